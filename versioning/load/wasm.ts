/**
 * Some dependencies need WebAssembly: the pact comparator uses `Headers`, and the broker client
 * `fetch`, both from Node's undici, which compiles a WebAssembly HTTP parser when first loaded.
 * Under an address-space limit (`ulimit -v` below about 10 GB) WebAssembly cannot reserve its
 * memory, and undici's failure is an unhandled rejection (a stack trace, exit 1). This probe turns
 * that into one line and exit 2, before the dependency is loaded.
 */
import { InputError } from '../model.ts';

interface WebAssemblyGlobal {
  WebAssembly: { Memory: new (descriptor: { initial: number }) => unknown };
}

export function requireWebAssembly(what: string): void {
  try {
    new (globalThis as unknown as WebAssemblyGlobal).WebAssembly.Memory({ initial: 1 });
  } catch {
    throw new InputError(
      `${what} needs WebAssembly (Node's HTTP parser), which cannot allocate memory under this ` +
        `address-space limit (ulimit -v); raise the limit to about 10 GB or remove it`,
    );
  }
}
