/**
 * What the human formats (text, markdown, github, junit, changelog) read of a report's changes, made
 * once per formatter call: from `report.changes`, or, for a report made from the edits of a run
 * (`editsOf`), from the edits, without making its changes (one per operation that reaches each edit:
 * Stripe's 47,264 changes are 400 edits). Both say the same, byte for byte in every format.
 */
import type { Change, Level, Report } from '../model.ts';
import {
  compareInEdit,
  compareOccurrences,
  editsOf,
  type EditGroup,
  type EditSet,
  type FindingOccurrences,
  type Occurrence,
} from '../policy/changes.ts';
import { collapse, collapseState, type Entry, type Listing } from './common.ts';
import { escaperOf, type Escaper } from './escape.ts';

/** What a format that lists every change (junit) reads of one: a `Change`, or an `Occurrence` of a run's edits. */
export type Listed = Pick<
  Change,
  'id' | 'level' | 'operation' | 'location' | 'message' | 'mitigation' | 'accepted' | 'expiredAcceptance'
> &
  Pick<Change, 'consumers' | 'atRisk'>;

export interface ReportChanges {
  /** Every change. */
  readonly all: Listing;
  /** The changes at `level`, their entries those of `all` at that level. */
  at(level: Level): Listing;
  /**
   * With pacts analysed (`report.impact`): the breaking changes that break a known consumer's
   * interaction, those that break none, and the others. Undefined otherwise.
   */
  readonly consumers: { known: Listing; none: Listing; others: Listing } | undefined;
  /** Every change, in report order. */
  listed(): readonly Listed[];
}

/**
 * The changes of `report`, as its formats read them: from its edits while it has them and no pacts
 * were analysed (a report with consumers is made from its changes), escaped as the escaping made
 * the report (escape.ts), else from `report.changes`.
 */
export function changesOf(report: Report): ReportChanges {
  const set = report.impact ? undefined : editsOf(report);
  return set ? new EditChanges(set, escaperOf(report)) : new FlatChanges(report);
}

/** Changes as a list: entries worked out when first read, or given (derived from those of a larger list). */
class FlatListing implements Listing {
  #entries: Array<Entry & { changes: Change[] }> | undefined;

  constructor(
    readonly changes: readonly Change[],
    entries?: Array<Entry & { changes: Change[] }>,
  ) {
    this.#entries = entries;
  }

  get length(): number {
    return this.changes.length;
  }

  get entries(): Array<Entry & { changes: Change[] }> {
    return (this.#entries ??= collapse(this.changes));
  }

  /**
   * The changes for which `keep` holds, with their entries worked out from these (one pass over a
   * large report, not one per level or section) when `keep` holds for all or none of each entry.
   */
  filter(keep: (c: Change) => boolean): FlatListing {
    const out = this.changes.filter(keep);
    const entries: Array<Entry & { changes: Change[] }> = [];
    for (const e of this.entries) {
      const k = keep(e.changes[0]!);
      for (const c of e.changes) if (keep(c) !== k) return new FlatListing(out); // mixed: collapsed afresh
      if (k) entries.push(e);
    }
    return new FlatListing(out, entries);
  }
}

class FlatChanges implements ReportChanges {
  readonly all: FlatListing;
  readonly #levels = new Map<Level, Listing>();
  #consumers: ReportChanges['consumers'] | null = null;

  constructor(private readonly report: Report) {
    this.all = new FlatListing(report.changes);
  }

  at(level: Level): Listing {
    let list = this.#levels.get(level);
    if (!list) this.#levels.set(level, (list = this.all.filter((c) => c.level === level)));
    return list;
  }

  get consumers(): ReportChanges['consumers'] {
    if (this.#consumers !== null) return this.#consumers;
    return (this.#consumers = this.report.impact
      ? {
          known: this.all.filter((c) => c.level === 'breaking' && (c.consumers?.length ?? 0) > 0),
          none: this.all.filter((c) => c.level === 'breaking' && (c.consumers?.length ?? 0) === 0),
          others: this.all.filter((c) => c.level !== 'breaking'),
        }
      : undefined);
  }

  listed(): readonly Listed[] {
    return this.report.changes;
  }
}

/**
 * The changes of a run's edits: the occurrences collapse in the order of the findings, in report
 * order as `compareOccurrences` gives it (without sorting them); only the changes shown are made.
 * With `escaper`, the strings are printed escaped: the entries tell them apart as printed, and the
 * changes shown are escaped copies.
 */
class EditChanges implements ReportChanges {
  #all: Listing | undefined;
  readonly #levels = new Map<Level, Listing>();
  readonly consumers = undefined;

  constructor(
    private readonly set: EditSet,
    private readonly escaper: Escaper | undefined,
  ) {}

  get all(): Listing {
    if (this.#all) return this.#all;
    const escaper = this.escaper;
    const entries = collapseEdits(this.set, escaper ? (s: string) => escaper.text(s) : undefined).map((e): Entry => ({
      change: this.#change(e.shown),
      count: e.count,
      operations: e.operations,
      varied: e.varied,
    }));
    return (this.#all = { length: this.set.size, entries });
  }

  at(level: Level): Listing {
    let list = this.#levels.get(level);
    if (!list) {
      // The changes of an entry share its level.
      const entries = this.all.entries.filter((e) => e.change.level === level);
      this.#levels.set(level, (list = { length: entries.reduce((n, e) => n + e.count, 0), entries }));
    }
    return list;
  }

  listed(): readonly Listed[] {
    const ordered = this.set.ordered();
    return this.escaper ? ordered.map((o) => this.#change(o)) : ordered;
  }

  #change(o: Occurrence): Change {
    const c = o.change();
    return this.escaper ? this.escaper.deep(c) : c;
  }
}

/** An entry of `collapseEdits` while it is made: its first and shown occurrences as findings and occurrence numbers. */
interface EditEntry {
  first: FindingOccurrences;
  firstAt: number;
  shown: FindingOccurrences;
  shownAt: number;
  /** The bare message of `shown`, as printed. */
  shownText: string;
  count: number;
  operations: Set<string>;
  varied: boolean;
}

/**
 * `collapse` of the changes a run's edits make (`EditSet.changes()`), read from the findings: the
 * same entries, with their first and shown occurrences made as objects, and no other. The
 * occurrences of one finding share its text, and, unless the rule has acceptances, their state: each
 * finding is one step (its occurrences differ by operation only), not one per occurrence (Stripe:
 * ~8,400 findings for 47,264 occurrences). In report order (`compareOccurrences`), the changes of one
 * edit are in the order of their operations, so an entry lists its operations sorted. `show` is how
 * the report will print a string (escaped, see escape.ts): messages, operations and acceptance
 * reasons are told apart, and messages measured, as printed.
 */
export function collapseEdits(
  set: EditSet,
  show?: (s: string) => string,
): Array<{ shown: Occurrence; first: Occurrence; count: number; operations: string[]; varied: boolean }> {
  const text = show ?? ((s: string) => s);
  // Keyed by edit (one group per edit), then by state (short strings).
  const byGroup = new Map<EditGroup, Map<string, EditEntry>>();
  const out: EditEntry[] = [];
  /** The entry of `f`'s edit in `state` (undefined: a finding without an edit, always a new entry). */
  const entryOf = (f: FindingOccurrences, state: string | undefined, message: string): EditEntry => {
    let states: Map<string, EditEntry> | undefined;
    if (state !== undefined) {
      states = byGroup.get(f.group);
      if (!states) byGroup.set(f.group, (states = new Map()));
      const known = states.get(state);
      if (known) return known;
    }
    // Its first and shown occurrences are set as the first occurrences are added (`addTo`).
    const entry: EditEntry = {
      first: f,
      firstAt: 0,
      shown: f,
      shownAt: 0,
      shownText: message,
      count: 0,
      operations: new Set(),
      varied: false,
    };
    states?.set(state!, entry);
    out.push(entry);
    return entry;
  };
  /** Adds occurrences `from` to `to` (excluded) of `f` to `entry`; `message` is their bare message. */
  const addTo = (entry: EditEntry, f: FindingOccurrences, from: number, to: number, message: string): void => {
    // The first of them in report order: by operation, then number (they share their text).
    let least = from;
    for (let k = from; k < to; k++) {
      if (k > from && compareInEdit(f, k, f, least) < 0) least = k;
      const operation = f.operationAt(k);
      if (operation !== undefined) entry.operations.add(operation);
    }
    const fresh = entry.count === 0;
    entry.count += to - from;
    if (fresh) {
      entry.first = entry.shown = f;
      entry.firstAt = entry.shownAt = least;
      return;
    }
    if (compareInEdit(f, least, entry.first, entry.firstAt) < 0) {
      entry.first = f;
      entry.firstAt = least;
    }
    if (message !== entry.shownText) entry.varied = true;
    const longer = message.length - entry.shownText.length;
    if (longer < 0 || (longer === 0 && compareInEdit(f, least, entry.shown, entry.shownAt) < 0)) {
      entry.shown = f;
      entry.shownAt = least;
      entry.shownText = message;
    }
  };
  for (const f of set.findings) {
    const message = text(f.text);
    const level = f.group.rule.level;
    if (f.group.edit === undefined) {
      // Not an edit shared with other findings: each occurrence is an entry of its own.
      for (let k = 0; k < f.count; k++) addTo(entryOf(f, undefined, message), f, k, k + 1, message);
    } else if (f.acceptances === undefined) {
      addTo(entryOf(f, collapseState(level, false, undefined, undefined, text), message), f, 0, f.count, message);
    } else {
      for (let k = 0; k < f.count; k++) {
        const { accepted, expiredAcceptance } = f.acceptanceAt(k);
        const state = collapseState(level, false, accepted, expiredAcceptance, text);
        addTo(entryOf(f, state, message), f, k, k + 1, message);
      }
    }
  }
  const entries = out.map((e) => {
    const sorted = [...e.operations].sort();
    return {
      shown: e.shown.occurrence(e.shownAt),
      first: e.first.occurrence(e.firstAt),
      count: e.count,
      // Printed: operations that print the same are one, where the first of them is.
      operations: show ? [...new Set(sorted.map(show))] : sorted,
      varied: e.varied,
    };
  });
  return entries.sort((a, b) => compareOccurrences(a.first, b.first));
}
