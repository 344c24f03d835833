import type { MilestoneRow } from './IndexReport.type.js';

/**
 * Ranks the confirmed milestones' trading-day gaps, fastest (fewest trading days) first. Ties share
 * the best rank and the next rank skips ("1, 2, 2, 4"). Pending levels and levels without a gap are
 * not ranked. Returns level → rank, and how many gaps were ranked.
 */
export function rankGaps(milestones: readonly MilestoneRow[]): { ranks: Map<number, number>; ranked: number } {
  const gaps = milestones.filter((m) => m.status === 'confirmed' && m.tradingDays !== null);
  const ranks = new Map<number, number>();
  for (const m of gaps) {
    const faster = gaps.filter((o) => (o.tradingDays as number) < (m.tradingDays as number)).length;
    ranks.set(m.level, faster + 1);
  }
  return { ranks, ranked: gaps.length };
}
