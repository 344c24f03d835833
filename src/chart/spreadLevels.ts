import type { ChartLevel } from './ChartModel.type.js';

/**
 * The levels that get a rule, each at least `minGap` from the others (`positionOf` gives a level's
 * position: pixels or text rows), so that rules and their labels never crowd (a log scale squeezes
 * the high levels together). The highest level is always kept; then rounder levels (10,000 before
 * 5,000 before 1,000) go first, higher before lower. Ascending, like the input.
 */
export function spreadLevels(levels: readonly ChartLevel[], positionOf: (level: number) => number, minGap: number): ChartLevel[] {
  if (levels.length === 0) return [];
  const top = levels[levels.length - 1];
  const rest = levels.slice(0, -1).sort((a, b) => roundness(b.level) - roundness(a.level) || b.level - a.level);
  const kept: ChartLevel[] = [];
  for (const l of [top, ...rest]) {
    const at = positionOf(l.level);
    if (kept.every((k) => Math.abs(positionOf(k.level) - at) >= minGap)) kept.push(l);
  }
  return kept.sort((a, b) => a.level - b.level);
}

/** 2 per trailing zero, +1 when the digits before them end in 5: 40,000 → 8, 45,000 → 7, 48,000 → 6. */
function roundness(level: number): number {
  if (!Number.isInteger(level) || level === 0) return 0;
  let n = level;
  let score = 0;
  while (n % 10 === 0) (n /= 10), (score += 2);
  return score + (n % 5 === 0 ? 1 : 0);
}
