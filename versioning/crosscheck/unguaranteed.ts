/**
 * check-pacts warnings for what an interaction reads that the spec does not guarantee: Service A
 * reads `detail` of a problem body that `Problem` leaves optional. The pact still verifies today
 * (the provider happens to send it), but the spec lets the provider stop at any time without a
 * breaking change, so the impact analysis cannot protect that read. Pure.
 *
 * Reads on an undocumented operation or status are left to the comparator's own errors.
 */
import type { JsonObject, LoadedSpec } from '../model.ts';
import { findOperation, guaranteeOf } from './guarantees.ts';
import { PatternCache } from './regex.ts';
import { isHttpInteraction, providerStateOf } from './pacts.ts';
import { unguaranteedText } from './read-text.ts';
import { responseReads, type Read } from './reads.ts';
import { locateInSpec } from './spec.ts';
import type { CrossCheckFinding, PactFile, PactSide } from './types.ts';

export const UNGUARANTEED_CODE = 'response.read.unguaranteed';

function fieldOf(read: Read): string {
  switch (read.kind) {
    case 'field':
      return read.property === '' ? 'response.body' : `response.body.${read.property.replace(/\[\]/g, '.0')}`;
    case 'header':
      return `response.headers.${read.name}`;
    case 'media-type':
      return 'response.headers.Content-Type';
    case 'status':
      return 'response.status';
  }
}

export function unguaranteedReads(
  file: PactFile,
  lines: readonly number[],
  spec: LoadedSpec,
  describe: (interaction: JsonObject, index: number) => string,
): CrossCheckFinding[] {
  const out: CrossCheckFinding[] = [];
  const patterns = new PatternCache();
  file.pact.interactions.forEach((interaction, index) => {
    if (!isHttpInteraction(interaction)) return;
    const request = interaction['request'];
    if (request === null || typeof request !== 'object' || Array.isArray(request)) return;
    const method = typeof request['method'] === 'string' ? request['method'] : '';
    const requestPath = typeof request['path'] === 'string' ? request['path'] : '';
    for (const read of responseReads(interaction)) {
      const gap = guaranteeOf(spec, method, requestPath, read, 'full', patterns);
      if (gap === undefined || gap === 'operation' || gap === 'status') continue;
      // A child of a read already reported (`errors[].field` under an optional `errors`) adds nothing.
      if (
        read.kind === 'field' &&
        out.some(
          (f) => f.pact.index === index && f.pact.field !== undefined && fieldOf(read).startsWith(`${f.pact.field}.`),
        )
      )
        continue;
      const pact: PactSide = {
        consumer: file.pact.consumer.name,
        provider: file.pact.provider.name,
        interaction: describe(interaction, index),
        index,
        file: file.source,
        pointer: `/interactions/${index}`,
        location: `${file.source}#/interactions/${index}`,
        field: fieldOf(read),
      };
      const state = providerStateOf(interaction);
      if (state !== undefined) pact.providerState = state;
      const line = lines[index];
      if (line !== undefined) pact.line = line;
      if (read.kind === 'field' || read.kind === 'header') pact.value = read.value;
      const template = pathTemplate(spec, method, requestPath);
      const where = template ? `[root].paths.${template}.${method.toLowerCase()}.responses.${read.status}` : '[root]';
      out.push({
        code: UNGUARANTEED_CODE,
        level: 'warning',
        message:
          `${unguaranteedText(read, gap)}; the provider may ` +
          `${gap === 'nullable' ? 'send null' : 'stop sending it'} without a breaking change: ` +
          `make the spec promise it, or stop relying on it`,
        pact,
        spec: locateInSpec(spec, where, {
          pathName: template ?? null,
          pathMethod: template ? method.toLowerCase() : null,
        }),
      });
    }
  });
  return out;
}

function pathTemplate(spec: LoadedSpec, method: string, requestPath: string): string | undefined {
  return findOperation(spec, method, requestPath)?.path;
}
