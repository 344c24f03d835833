import type { IndexReport } from './IndexReport.type.js';

/**
 * The days a milestone's trading-day gap runs over (day numbers): after the previous level's first
 * close, up to this level's first close, or for a pending level up to the latest trading day.
 * `null` for the first level, an untouched or predating one, or a previous level never closed above.
 */
export function milestoneGap(report: Pick<IndexReport, 'milestones' | 'asOf'>, slot: number): { readonly after: number; readonly upTo: number } | null {
  const row = report.milestones[slot];
  const after = slot > 0 ? report.milestones[slot - 1].firstCloseDate : null;
  const upTo = row.status === 'confirmed' ? row.firstCloseDate : row.status === 'pending' ? report.asOf : null;
  return after === null || upTo === null ? null : { after, upTo };
}
