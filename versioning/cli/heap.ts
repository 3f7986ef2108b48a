/**
 * The CLI process's young generation, kept at the size loading the first document gave it.
 *
 * V8 doubles the young generation (two semi-spaces) while many of the objects it holds survive a
 * collection, and nearly everything a run makes survives: the parsed documents, the diff, the
 * findings, the report. Every doubling is memory the process touches for the first time, which
 * costs more than the collections it saves (measured in docs/performance.md). Once the base
 * document is loaded (or, for a base too small to count, both), the CLI stops that growth
 * (`--semi-space-growth-factor=1`, which V8 reads at each growth): more collections of a smaller
 * space, less memory, a shorter run.
 *
 * V8 checks a code cache against its flags, so the flag is set back before the process exits:
 * the bundle's code cache is made in an `exit` listener (bin/run-bundle.js), and one made under
 * another flag would be rejected, and made again, by every later run.
 *
 * Only the CLI's own process is tuned (`processIo`): an embedding program or a test keeps its flags.
 */

/**
 * Below this much heap in use, the young generation has not grown much, and loading `node:v8`
 * would cost more than it saves (a small diff's start-up matters).
 */
const MIN_HEAP_USED = 12 * 1024 * 1024;

/** The flag as V8 has it (its own value on Node 22 and 24), which the exit listener restores. */
const GROWTH = '--semi-space-growth-factor=2';
/** The flag that stops the growth. */
const NO_GROWTH = '--semi-space-growth-factor=1';

type SetFlags = (flags: string) => void;

/**
 * The V8 flag setter of this process, or undefined when it is not to be touched: `node:v8` is not
 * at hand without loading it at start-up (`process.getBuiltinModule` is Node >= 22.3), or the user
 * set the young generation's sizes on the command line or in NODE_OPTIONS.
 */
function flagSetter(execArgv: readonly string[], nodeOptions: string | undefined): SetFlags | undefined {
  if ([...execArgv, nodeOptions ?? ''].some((arg) => arg.includes('semi-space'))) return undefined;
  const getBuiltin = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
  const v8 = getBuiltin?.call(process, 'node:v8') as { setFlagsFromString?: SetFlags } | undefined;
  const set = v8?.setFlagsFromString;
  return set === undefined ? undefined : (flags) => set.call(v8, flags);
}

/** Sets the growth factor back (see the module's comment); an `exit` listener, registered once. */
function restoreGrowth(): void {
  flagSetter([], undefined)?.(GROWTH);
}

/** Whether this process's young generation was settled: the listener that sets it back is registered. */
function settled(): boolean {
  return process.listeners('exit').includes(restoreGrowth);
}

/**
 * Runs `compile` with V8's flags as the process started with them: a script compiled against its
 * code cache after the young generation was settled (the CLI's second script, bin/run-bundle.js)
 * would have its cache rejected, and made again by every later run.
 */
export function asAtStartUp<T>(compile: () => T): T {
  if (!settled()) return compile();
  const set = flagSetter([], undefined);
  set?.(GROWTH);
  try {
    return compile();
  } finally {
    set?.(NO_GROWTH);
  }
}

/**
 * Stops the young generation from growing any further (see the module's comment); called once the
 * base document is loaded and once both are. Whether it did.
 */
export function settleYoungGeneration(
  heapUsed: number = process.memoryUsage().heapUsed,
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string | undefined = process.env['NODE_OPTIONS'],
): boolean {
  if (heapUsed < MIN_HEAP_USED) return false;
  const set = flagSetter(execArgv, nodeOptions);
  if (set === undefined) return false;
  // First in line: before the bundle's own listener makes the code cache.
  if (!settled()) process.prependOnceListener('exit', restoreGrowth);
  set(NO_GROWTH);
  return true;
}
