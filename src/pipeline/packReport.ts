import type { IndexReport } from '../core/IndexReport.type.js';

/**
 * A report as compact JSON text for another thread: the milestone rows as arrays of values under one
 * list of keys (a third of the size of an array of objects). JSON keeps every report value exactly
 * (finite numbers, strings, `null`); `unpackReport` restores the same objects, keys in the same order.
 */
export function packReport(report: IndexReport): string {
  const rows = report.milestones;
  const keys = rows.length > 0 ? Object.keys(rows[0]) : [];
  const uniform = rows.every((row) => sameKeys(Object.keys(row), keys));
  if (!uniform) return JSON.stringify({ report });
  const values = rows.map((row) => keys.map((k) => (row as unknown as Record<string, unknown>)[k]));
  return JSON.stringify({ report: { ...report, milestones: [] }, keys, values });
}

export function unpackReport(text: string): IndexReport {
  const packed = JSON.parse(text) as { report: IndexReport; keys?: string[]; values?: unknown[][] };
  const { report, keys, values } = packed;
  if (keys === undefined || values === undefined) return report;
  const milestones = values.map((v) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) row[keys[i]] = v[i];
    return row;
  });
  return { ...report, milestones: milestones as unknown as IndexReport['milestones'] };
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}
