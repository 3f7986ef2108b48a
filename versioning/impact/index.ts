/**
 * Impact: which consumer interactions a spec change breaks.
 *
 * The oracle is the cross-check (versioning/crosscheck) run twice, on BASE and on REVISION: an
 * interaction is broken when it was valid against BASE and is invalid against REVISION. Each
 * broken interaction is then tied to the changes on its operation and fields (./map.ts), which
 * get a `ConsumerImpact` in `Change.consumers`. Broken interactions that no change explains are
 * reported as `unmapped` (never dropped); interactions that already fail against BASE are
 * reported as `alreadyFailing`, not blamed on the revision.
 *
 * Layering: beside policy; imports model, load (through crosscheck), crosscheck and broker; never cli.
 */
import { checkPacts } from '../crosscheck/check.ts';
import type { CrossCheckFinding, CrossCheckResult, PactFile } from '../crosscheck/types.ts';
import { type Change, type ConsumerImpact, type ImpactSummary, type JsonObject, type JsonValue, type LoadedSpec } from '../model.ts';
import { classify } from './classify.ts';
import { bestMatches, onOperation, why, type InteractionFacts } from './map.ts';

export { classify, propertyPathOf, type Target } from './classify.ts';
export { bestMatches, onOperation, score, why, type InteractionFacts } from './map.ts';

export interface ImpactResult {
  /** The changes, each with `consumers` set (an empty list when no known consumer uses it). */
  changes: Change[];
  summary: ImpactSummary;
  /** One line per broken interaction no change explains, and per interaction already failing against BASE. */
  notes: string[];
}

export interface ImpactOptions {
  pacts: PactFile[];
  /** Only pacts whose `provider.name` is this. */
  provider?: string;
  /** Working directory (file names in pact locations). */
  cwd?: string;
}

type Key = string;
const keyOf = (file: string, index: number): Key => `${file}#${index}`;

function errorsByInteraction(result: CrossCheckResult): Map<Key, CrossCheckFinding[]> {
  const map = new Map<Key, CrossCheckFinding[]>();
  for (const f of result.findings) {
    if (f.level !== 'error') continue;
    const key = keyOf(f.pact.file, f.pact.index);
    const list = map.get(key);
    if (list) list.push(f);
    else map.set(key, [f]);
  }
  return map;
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function factsOf(pact: PactFile, index: number, description: string): InteractionFacts {
  const interaction = pact.pact.interactions[index] ?? {};
  const request = isObject(interaction['request']) ? interaction['request'] : {};
  const response = isObject(interaction['response']) ? interaction['response'] : {};
  const path = typeof request['path'] === 'string' ? request['path'].split('?')[0]! : '';
  const facts: InteractionFacts = {
    consumer: pact.pact.consumer.name,
    description,
    method: typeof request['method'] === 'string' ? request['method'].toLowerCase() : '',
    path,
  };
  if (typeof response['status'] === 'number') facts.status = response['status'];
  return facts;
}

/** Runs the cross-check on both specs and ties each newly failing interaction to the changes. */
export async function analyzeImpact(changes: readonly Change[], specs: { base: LoadedSpec; revision: LoadedSpec }, options: ImpactOptions): Promise<ImpactResult> {
  const common = { pacts: options.pacts, ...(options.cwd !== undefined ? { cwd: options.cwd } : {}), ...(options.provider !== undefined ? { provider: options.provider } : {}) };
  const before = await checkPacts({ ...common, spec: specs.base });
  const after = await checkPacts({ ...common, spec: specs.revision });
  const baseErrors = errorsByInteraction(before);
  const revisionErrors = errorsByInteraction(after);
  const bySource = new Map(options.pacts.map((p) => [p.source, p]));

  const impacts = new Map<Change, ConsumerImpact[]>();
  const unmapped: ConsumerImpact[] = [];
  const alreadyFailing: ConsumerImpact[] = [];
  let broken = 0;

  for (const checked of after.pacts) {
    const pact = bySource.get(checked.source);
    if (!pact) continue;
    for (const interaction of checked.interactions) {
      const key = keyOf(checked.source, interaction.index);
      const base = { consumer: interaction.consumer, interaction: interaction.interaction, ...(interaction.providerState !== undefined ? { providerState: interaction.providerState } : {}), pactLocation: interaction.location };
      const who = `${interaction.consumer} '${interaction.interaction}'`;
      const was = baseErrors.get(key);
      if (was) {
        alreadyFailing.push({ ...base, reason: `${who} already fails against the base: ${was[0]!.message}` });
        continue;
      }
      const now = revisionErrors.get(key);
      if (!now) continue;
      broken++;
      const facts = factsOf(pact, interaction.index, interaction.interaction);
      const candidates = changes.filter((c) => onOperation(c, facts));
      const reasons = new Map<Change, string>();
      const unexplained: string[] = [];
      for (const finding of now) {
        const target = classify(finding);
        const matches = bestMatches(candidates, target, facts);
        if (matches.length === 0) unexplained.push(why({ kind: 'other' }, facts, finding.message));
        for (const change of matches) if (!reasons.has(change)) reasons.set(change, why(target, facts, finding.message, change));
      }
      for (const [change, reason] of reasons) {
        const list = impacts.get(change) ?? [];
        list.push({ ...base, reason });
        impacts.set(change, list);
      }
      // Only when nothing explains the interaction at all: a partly explained interaction is already blamed.
      if (reasons.size === 0) unmapped.push({ ...base, reason: unexplained[0] ?? `${who} now fails against the revision` });
    }
  }

  const out = changes.map((c) => ({ ...c, consumers: [...(c.consumers ?? []), ...(impacts.get(c) ?? [])] }));
  const notes = [
    ...unmapped.map((k) => `${k.reason} (${k.pactLocation}); no change could be tied to it`),
    ...alreadyFailing.map((k) => `${k.reason} (${k.pactLocation}); not blamed on the revision`),
  ];
  return {
    changes: out,
    summary: { pacts: after.summary.pacts, interactions: after.summary.interactions, broken, unmapped, alreadyFailing },
    notes,
  };
}

/** An `ImpactStep` for `analyze` (versioning/engine.ts) over the given pacts. */
export function impactStep(options: ImpactOptions): (changes: Change[], specs: { base: LoadedSpec; revision: LoadedSpec }) => Promise<ImpactResult> {
  return (changes, specs) => analyzeImpact(changes, specs, options);
}

export { loadPacts, type PactSourceOptions } from '../crosscheck/source.ts';
