/**
 * `json`: the machine-readable report. Its shape is `JsonReport` below, documented by the JSON
 * Schema in `docs/report.schema.json` (`REPORT_SCHEMA` in ./json-schema.ts). Stable: every key is
 * always present (`null` or `[]` when there is nothing), keys only get added.
 */
import type { ConsumerImpact, Bump, FindingDetails, ImpactSummary, Level, Report } from '../model.ts';
import { versionStatus, type FormatOptions } from './common.ts';

export const JSON_REPORT_SCHEMA_VERSION = 1;

export interface JsonSide {
  pointer: string;
  file: string;
  line: number;
}

export interface JsonChange {
  id: string;
  level: Level;
  defaultLevel: Level;
  operation: string | null;
  pointer: string;
  location: { file: string; line: number };
  base: JsonSide | null;
  revision: JsonSide | null;
  message: string;
  /** How to avoid the break (breaking changes), else null. */
  mitigation: string | null;
  details: FindingDetails;
  accepted: { reason: string; expires: string | null } | null;
  expiredAcceptance: { reason: string; expires: string } | null;
  consumers: ConsumerImpact[];
  /** Interactions this warning-level change puts at risk (reads it touches without breaking them). */
  atRisk: ConsumerImpact[];
}

export interface JsonReport {
  schemaVersion: number;
  base: { source: string; file: string };
  revision: { source: string; file: string };
  bump: Bump;
  version: { base: string | null; revision: string | null; required: string | null; ok: boolean; skipped: boolean; message: string | null };
  summary: { breaking: number; warning: number; info: number; accepted: number; total: number };
  gate: { ok: boolean; failOn: Level; failOnApplied: boolean; policy: 'semver' | 'consumers'; reasons: string[] } | null;
  /** Set when pacts were analysed. */
  impact: ImpactSummary | null;
  changes: JsonChange[];
  notes: string[];
}

export function toJsonReport(report: Report): JsonReport {
  const v = report.version;
  return {
    schemaVersion: JSON_REPORT_SCHEMA_VERSION,
    base: { source: report.base.source, file: report.base.file },
    revision: { source: report.revision.source, file: report.revision.file },
    bump: report.bump,
    version: {
      base: v.base ?? null,
      revision: v.revision ?? null,
      required: v.required ?? null,
      ok: v.ok,
      skipped: versionStatus(report) === 'skipped',
      message: v.message ?? null,
    },
    summary: { ...report.summary, total: report.changes.length },
    gate: report.gate ? { ...report.gate, reasons: [...report.gate.reasons] } : null,
    impact: report.impact
      ? {
          ...report.impact,
          unmapped: report.impact.unmapped.map((k) => ({ ...k })),
          alreadyFailing: report.impact.alreadyFailing.map((k) => ({ ...k })),
          ...(report.impact.verdicts ? { verdicts: report.impact.verdicts.map((v) => ({ ...v })) } : {}),
        }
      : null,
    changes: report.changes.map((c) => ({
      id: c.id,
      level: c.level,
      defaultLevel: c.defaultLevel,
      operation: c.operation ?? null,
      pointer: c.pointer,
      location: { file: c.location.file, line: c.location.line },
      base: c.base ? { pointer: c.base.pointer, file: c.base.file, line: c.base.line } : null,
      revision: c.revision ? { pointer: c.revision.pointer, file: c.revision.file, line: c.revision.line } : null,
      message: c.message,
      mitigation: c.mitigation ?? null,
      details: { ...(c.details ?? {}) },
      accepted: c.accepted ? { reason: c.accepted.reason, expires: c.accepted.expires ?? null } : null,
      expiredAcceptance: c.expiredAcceptance ? { ...c.expiredAcceptance } : null,
      consumers: (c.consumers ?? []).map((k) => ({ ...k })),
      atRisk: (c.atRisk ?? []).map((k) => ({ ...k })),
    })),
    notes: [...(report.notes ?? [])],
  };
}

export function json(report: Report, _options: FormatOptions): string {
  return JSON.stringify(toJsonReport(report), null, 2) + '\n';
}
