/**
 * Impact: which consumer interactions a spec change breaks, and which it puts at risk.
 *
 * The model is reads x guarantees. Each interaction's response is read into what it relies on
 * (versioning/crosscheck/reads.ts: status, media type, headers, body fields with their Pact
 * matchers); the spec guarantees a read when every response the operation may send satisfies it
 * (versioning/crosscheck/guarantees.ts). A read is broken when BASE guarantees it and REVISION
 * does not: removed, optional, nullable, retyped or widened fields, an undocumented status or
 * media type, an expected value no longer allowed, a dropped header. Loosening is caught, where an
 * example-validation test would pass. Reads BASE does not guarantee either are not blamed on the
 * revision (check-pacts warns about them).
 *
 * Requests keep the example test: the cross-check (versioning/crosscheck) must still accept the
 * request against REVISION; a request that newly fails is tied to the change on its field.
 *
 * Each broken read is tied to the changes at its place (./reads-map.ts), which get a
 * `ConsumerImpact` in `Change.consumers`; broken interactions no change explains are reported as
 * `unmapped` (never dropped). A warning-level (or breaking) change at the very place of a read that
 * it does not break puts the interaction at risk (`Change.atRisk`); an interaction that nothing
 * breaks but something endangers gets the verdict `at-risk`.
 *
 * Layering: beside policy; imports model, load (through crosscheck), crosscheck and broker; never cli.
 */
import { checkPacts } from '../crosscheck/check.ts';
import { findOperation, guaranteeOf, typesOf, type Gap } from '../crosscheck/guarantees.ts';
import { PatternCache } from '../crosscheck/regex.ts';
import { responseReads, type Read } from '../crosscheck/reads.ts';
import type { CrossCheckFinding, CrossCheckResult, PactFile } from '../crosscheck/types.ts';
import {
  type Change,
  type ConsumerImpact,
  type ImpactSummary,
  type InteractionVerdict,
  type JsonObject,
  type JsonValue,
  type LoadedSpec,
} from '../model.ts';
import { classify } from './classify.ts';
import { bestMatches, onOperation, why, type InteractionFacts } from './map.ts';
import { brokenText, explaining, readData, readScore } from './reads-map.ts';

export { classify, propertyPathOf, type Target } from './classify.ts';
export { bestMatches, onOperation, score, why, type InteractionFacts } from './map.ts';
export { explaining, readScore, readText, unguaranteedText } from './reads-map.ts';

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

function requestErrors(result: CrossCheckResult): Map<Key, CrossCheckFinding[]> {
  const map = new Map<Key, CrossCheckFinding[]>();
  for (const f of result.findings) {
    if (f.level !== 'error' || !f.code.startsWith('request.')) continue;
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

function requestOf(interaction: JsonObject): JsonObject {
  return isObject(interaction['request']) ? interaction['request'] : {};
}

function factsOf(pact: PactFile, index: number, description: string): InteractionFacts {
  const interaction = pact.pact.interactions[index] ?? {};
  const request = requestOf(interaction);
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

/** Whether the interaction sends this request header (any case). */
function sendsHeader(interaction: JsonObject, name: string): boolean {
  const headers = requestOf(interaction)['headers'];
  return isObject(headers) && Object.keys(headers).some((key) => key.toLowerCase() === name.toLowerCase());
}

/** The changes on the operation the interaction calls (the template it reaches in either spec). */
function candidatesFor(
  changes: readonly Change[],
  facts: InteractionFacts,
  specs: { base: LoadedSpec; revision: LoadedSpec },
): Change[] {
  const templates = new Set<string>();
  for (const spec of [specs.base, specs.revision]) {
    const found = findOperation(spec, facts.method, facts.path);
    if (found) templates.add(`${found.method} ${found.path}`);
  }
  return changes.filter((c) => {
    if (!onOperation(c, facts)) return false;
    if (templates.size === 0) return true;
    const d = c.details;
    const op =
      d?.method && d.path
        ? `${d.method.toLowerCase()} ${d.path}`
        : c.operation
          ? c.operation.replace(/^(\S+)/, (m) => m.toLowerCase())
          : '';
    return templates.has(op);
  });
}

const add = (map: Map<Change, ConsumerImpact[]>, change: Change, impact: ConsumerImpact): void => {
  const list = map.get(change);
  if (list) list.push(impact);
  else map.set(change, [impact]);
};

/** Reads each interaction against both specs and ties each broken read (and rejected request) to the changes. */
export async function analyzeImpact(
  changes: readonly Change[],
  specs: { base: LoadedSpec; revision: LoadedSpec },
  options: ImpactOptions,
): Promise<ImpactResult> {
  const common = {
    pacts: options.pacts,
    ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
    ...(options.provider !== undefined ? { provider: options.provider } : {}),
  };
  const before = await checkPacts({ ...common, spec: specs.base });
  const after = await checkPacts({ ...common, spec: specs.revision });
  const baseErrors = requestErrors(before);
  const revisionErrors = requestErrors(after);
  const bySource = new Map(options.pacts.map((p) => [p.source, p]));
  // Every read of every interaction is judged against both specs: compile each pattern once.
  const patterns = new PatternCache();

  const impacts = new Map<Change, ConsumerImpact[]>();
  const risks = new Map<Change, ConsumerImpact[]>();
  const unmapped: ConsumerImpact[] = [];
  const alreadyFailing: ConsumerImpact[] = [];
  const verdicts: InteractionVerdict[] = [];
  let broken = 0;
  let atRisk = 0;

  for (const checked of after.pacts) {
    const pact = bySource.get(checked.source);
    if (!pact) continue;
    for (const interaction of checked.interactions) {
      const key = keyOf(checked.source, interaction.index);
      const base = {
        consumer: interaction.consumer,
        interaction: interaction.interaction,
        ...(interaction.providerState !== undefined ? { providerState: interaction.providerState } : {}),
        pactLocation: interaction.location,
      };
      const who = `${interaction.consumer} '${interaction.interaction}'`;
      const verdict = (v: InteractionVerdict['verdict']) =>
        verdicts.push({
          consumer: interaction.consumer,
          interaction: interaction.interaction,
          pactLocation: interaction.location,
          verdict: v,
        });
      const was = baseErrors.get(key);
      if (was) {
        alreadyFailing.push({ ...base, reason: `${who} already fails against the base: ${was[0]!.message}` });
        verdict('fine');
        continue;
      }
      const raw = pact.pact.interactions[interaction.index] ?? {};
      const facts = factsOf(pact, interaction.index, interaction.interaction);
      const candidates = candidatesFor(changes, facts, specs);
      const reasons = new Map<Change, ConsumerImpact>();
      const unexplained: string[] = [];

      // Requests: the revision must still accept what the interaction sends.
      for (const finding of revisionErrors.get(key) ?? []) {
        let target = classify(finding);
        if (
          target.kind === 'parameter' &&
          target.in === 'header' &&
          target.problem === 'value' &&
          !sendsHeader(raw, target.name)
        ) {
          target = { kind: 'parameter', in: 'header', name: target.name, problem: 'missing' };
        }
        const matches = bestMatches(candidates, target, facts);
        if (matches.length === 0) unexplained.push(why({ kind: 'other' }, facts, finding.message));
        for (const change of matches)
          if (!reasons.has(change))
            reasons.set(change, { ...base, reason: why(target, facts, finding.message, change) });
      }

      // Responses: every read the base guarantees must stay guaranteed.
      const operation = `${facts.method.toUpperCase()} ${facts.path}`;
      const reads = responseReads(raw);
      const guaranteed: Read[] = [];
      const brokenReads: Array<{ read: Read; gap: Gap }> = [];
      for (const read of reads) {
        let scope: 'full' | 'presence' = 'full';
        if (guaranteeOf(specs.base, facts.method, facts.path, read, 'full', patterns) !== undefined) {
          // The base leaves the value open (say, nullable): its presence may still be guaranteed, and break.
          if (read.kind !== 'field' && read.kind !== 'header') continue;
          if (guaranteeOf(specs.base, facts.method, facts.path, read, 'presence', patterns) !== undefined) continue;
          scope = 'presence';
        } else guaranteed.push(read);
        const gap = guaranteeOf(specs.revision, facts.method, facts.path, read, scope, patterns);
        if (gap !== undefined) brokenReads.push({ read, gap });
      }
      for (const { read, gap } of brokenReads) {
        const types =
          gap === 'retyped' && read.kind === 'field'
            ? typesOf(specs.revision, facts.method, facts.path, read, patterns)
            : undefined;
        const text = `${who} ${brokenText(read, gap, operation, types)}`;
        const matches = explaining(candidates, read, gap);
        if (matches.length === 0) unexplained.push(text);
        for (const change of matches)
          if (!reasons.has(change)) reasons.set(change, { ...base, reason: text, read: readData(read, gap) });
      }

      // At risk: a change rated warning (or breaking) at the very place of something the interaction
      // reads, without breaking that read.
      const touching = new Map<Change, ConsumerImpact>();
      for (const read of reads) {
        for (const change of candidates) {
          if (
            change.level === 'info' ||
            reasons.has(change) ||
            touching.has(change) ||
            readScore(change, read, undefined) < 3
          )
            continue;
          const data = readData(read);
          const what =
            read.kind === 'field'
              ? `\`${read.property}\` (${data.matcher ?? 'exact match'})`
              : read.kind === 'header'
                ? `the response header \`${read.name}\``
                : read.kind === 'media-type'
                  ? `\`${read.mediaType}\``
                  : `status ${read.status}`;
          const reason = guaranteed.includes(read)
            ? `${who} reads ${what}, which this ${change.level} change touches; ` +
              `the read still holds, check that the consumer copes`
            : `${who} reads ${what}, which the base does not guarantee either and this ${change.level} change touches`;
          touching.set(change, { ...base, reason, read: data });
        }
      }
      for (const [change, impact] of touching) add(risks, change, impact);

      const isBroken = (revisionErrors.get(key)?.length ?? 0) > 0 || brokenReads.length > 0;
      if (isBroken) {
        broken++;
        for (const [change, impact] of reasons) add(impacts, change, impact);
        // Only when nothing explains the interaction at all: a partly explained interaction is already blamed.
        if (reasons.size === 0)
          unmapped.push({ ...base, reason: unexplained[0] ?? `${who} now fails against the revision` });
        verdict('broken');
        continue;
      }
      if (touching.size > 0) atRisk++;
      verdict(touching.size > 0 ? 'at-risk' : 'fine');
    }
  }

  const out = changes.map((c) => {
    const next: Change = { ...c, consumers: [...(c.consumers ?? []), ...(impacts.get(c) ?? [])] };
    const risk = risks.get(c);
    if (risk) next.atRisk = [...(c.atRisk ?? []), ...risk];
    return next;
  });
  const notes = [
    ...unmapped.map((k) => `${k.reason} (${k.pactLocation}); no change could be tied to it`),
    ...alreadyFailing.map((k) => `${k.reason} (${k.pactLocation}); not blamed on the revision`),
  ];
  return {
    changes: out,
    summary: {
      pacts: after.summary.pacts,
      interactions: after.summary.interactions,
      broken,
      unmapped,
      alreadyFailing,
      atRisk,
      verdicts,
    },
    notes,
  };
}

/** An `ImpactStep` for `analyze` (versioning/engine.ts) over the given pacts. */
export function impactStep(
  options: ImpactOptions,
): (changes: Change[], specs: { base: LoadedSpec; revision: LoadedSpec }) => Promise<ImpactResult> {
  return (changes, specs) => analyzeImpact(changes, specs, options);
}

export { loadPacts, type PactSourceOptions } from '../crosscheck/source.ts';
