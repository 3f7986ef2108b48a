/**
 * What the human formats (text, markdown, github, junit, changelog) read of a report's changes, made
 * once per formatter call: from `report.changes`, or, for a report made from the edits of a run
 * (`editsOf`), from the edits, without making its changes (one per operation that reaches each edit:
 * Stripe's 47,264 changes are 400 edits). Both say the same, byte for byte in every format.
 */
import type { Change, Level, Report } from '../model.ts';
import { compareOccurrences, editsOf, type EditSet, type Occurrence } from '../policy/changes.ts';
import { collapse, collapseAll, type Entry, type Listing } from './common.ts';
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
    const collapsed = collapseAll(this.set.occurrences, {
      order: compareOccurrences,
      ...(escaper ? { show: (s: string) => escaper.text(s) } : {}),
    });
    const entries = collapsed.map((e): Entry => ({
      change: this.#change(e.shown),
      count: e.count,
      operations: e.operations,
      varied: e.varied,
    }));
    return (this.#all = { length: this.set.occurrences.length, entries });
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
