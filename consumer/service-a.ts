import { HttpClient } from './http.ts';
import type { HttpClientOptions } from './http.ts';
import { UpstreamError } from './errors.ts';

/** The classic example: Service A asks Service B to process data and wraps the result. */
export class ServiceA {
  readonly http: HttpClient;

  constructor(options: HttpClientOptions | { http: HttpClient }) {
    this.http = 'http' in options ? options.http : new HttpClient(options);
  }

  /** POST /process { data } on B; returns `ServiceA got: <result>`. */
  async handle(data: string): Promise<string> {
    const { body } = await this.http.request({ method: 'POST', path: '/process', body: { data } });
    const result = typeof body === 'object' && body !== null ? (body as { result?: unknown }).result : undefined;
    if (typeof result !== 'string')
      throw new UpstreamError('protocol', 'POST /process: Service B answered without a string "result"');
    return `ServiceA got: ${result}`;
  }
}
