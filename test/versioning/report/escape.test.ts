/**
 * Document text in a report is escaped before a line-oriented format prints it (report/escape.ts):
 * control characters become visible escapes and, for formats a CI runner reads, `::` becomes `:\:`.
 */
import { expect } from 'chai';
import type { Report } from '../../../versioning/model.ts';
import { escapeReport } from '../../../versioning/report/escape.ts';
import { sampleReport } from './sample.ts';

/** The sample report without the line break its second change carries on purpose. */
function cleanReport(): Report {
  return JSON.parse(JSON.stringify(sampleReport()).replaceAll('\\n', ' ')) as Report;
}

describe('report: escaping document text', () => {
  it('returns a clean report itself, not a copy', () => {
    const report = cleanReport();
    expect(escapeReport(report, true)).to.equal(report);
  });

  it('escapes a control character or `::` wherever it is: a value, a nested value, an object key', () => {
    const withValue = cleanReport();
    withValue.changes[0]!.message = 'GET /x: a\u001b[2Jb';
    expect(escapeReport(withValue, false).changes[0]!.message).to.equal('GET /x: a\\u001b[2Jb');

    const nested = cleanReport();
    nested.changes[1]!.details = { ...nested.changes[1]!.details, property: 'a::b' };
    expect(escapeReport(nested, true).changes[1]!.details!.property).to.equal('a:\\:b');
    // Only the formats a CI runner reads escape `::`.
    expect(escapeReport(nested, false)).to.equal(nested);

    const withKey = cleanReport() as Report & { extra?: Record<string, string> };
    withKey.extra = { 'line\nbreak': 'v' };
    const escaped = escapeReport(withKey, false) as typeof withKey;
    expect(Object.keys(escaped.extra!)).to.deep.equal(['line\\nbreak']);
  });

  it('escapes a report whose strings repeat (each distinct string is tested once, every occurrence escaped)', () => {
    const report = cleanReport();
    const shared = 'x\ry';
    for (const c of report.changes) c.message = shared;
    const escaped = escapeReport(report, false);
    expect(escaped.changes.map((c) => c.message)).to.deep.equal(report.changes.map(() => 'x\\ry'));
  });
});
