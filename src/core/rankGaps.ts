import type { MilestoneRow } from './IndexReport.type.js';

/**
 * Ranks the confirmed milestones' trading-day gaps, fastest (fewest trading days) first. Ties share
 * the best rank and the next rank skips ("1, 2, 2, 4"). Pending levels and levels without a gap are
 * not ranked. Returns level → rank, and how many gaps were ranked.
 */
export function rankGaps(milestones: readonly MilestoneRow[]): { ranks: Map<number, number>; ranked: number } {
  const gaps = milestones
    .filter((m) => m.status === 'confirmed' && m.tradingDays !== null)
    .map((m) => ({ level: m.level, days: m.tradingDays as number }))
    .sort((a, b) => a.days - b.days);
  const ranks = new Map<number, number>();
  gaps.forEach((g, k) => {
    // A tie takes the rank of the first gap of its run.
    ranks.set(g.level, k > 0 && gaps[k - 1].days === g.days ? (ranks.get(gaps[k - 1].level) as number) : k + 1);
  });
  return { ranks, ranked: gaps.length };
}
