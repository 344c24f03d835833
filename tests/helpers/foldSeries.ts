import { DrawdownFold } from '../../src/core/DrawdownFold.js';
import type { MilestoneRow } from '../../src/core/IndexReport.type.js';
import { MacdFold } from '../../src/core/MacdFold.js';
import type { DrawdownEpisode, Macd, MarketContext, MilestoneHistory, MovingAverage } from '../../src/core/MarketContext.type.js';
import { MarketContextFold } from '../../src/core/MarketContextFold.js';
import type { LevelPlan } from '../../src/core/MilestoneConfig.type.js';
import { MovingAverageCrossFold } from '../../src/core/MovingAverageCrossFold.js';
import type { PriceSeries } from '../../src/core/PriceSeries.type.js';
import { RecentCloses } from '../../src/core/RecentCloses.js';
import { RsiFold } from '../../src/core/RsiFold.js';

/** Drives the folds as the product does: rows `0..end` of a series (or column), pushed in order. */

/** The market context of rows `0..end`, the milestone rows' levels being `plan`'s slots 0, 1, 2... */
export function contextOf(
  series: PriceSeries,
  end = series.length - 1,
  milestones: readonly MilestoneRow[] = [],
  plan: LevelPlan = { kind: 'list', levels: milestones.map((m) => m.level) },
  atOrAbove = false,
): MarketContext {
  const { days, high, low, close } = series;
  const fold = new MarketContextFold(plan, atOrAbove, { high: high !== null, low: low !== null });
  for (let i = 0; i <= end; i++) fold.push(days[i], high === null ? NaN : high[i], low === null ? NaN : low[i], close[i]);
  return fold.result(milestones);
}

/** The history of each of `levels` (ascending, a list plan) over rows `0..end`, without gap ranks. */
export function historiesOf(
  series: PriceSeries,
  end: number,
  levels: readonly number[],
  atOrAbove: boolean,
): Omit<MilestoneHistory, 'gapRank' | 'gapsRanked'>[] {
  const rows = levels.map((level) => unrankedRow(level));
  return contextOf(series, end, rows, { kind: 'list', levels }, atOrAbove).milestones.map(
    ({ gapRank: _rank, gapsRanked: _ranked, ...history }) => history,
  );
}

/** A milestone row with no gap to rank. */
export function unrankedRow(level: number): MilestoneRow {
  return {
    level,
    status: 'untouched',
    firstTouchDate: null,
    firstTouchHigh: null,
    firstCloseDate: null,
    firstClose: null,
    tradingDays: null,
    calendarDays: null,
    touchToCloseSessions: null,
  };
}

export function drawdownsOf(series: PriceSeries, end: number, minDepthPct: number): DrawdownEpisode[] {
  const fold = new DrawdownFold(minDepthPct);
  for (let i = 0; i <= end; i++) fold.push(series.days[i], series.close[i]);
  return fold.episodes();
}

export function movingAverageOf(close: ArrayLike<number>, end: number, sessions: number): MovingAverage | null {
  const closes = new RecentCloses(sessions);
  for (let i = 0; i <= end; i++) closes.push(close[i]);
  return closes.movingAverage(sessions);
}

export function crossesOf(series: PriceSeries, end: number, fast = 50, slow = 200) {
  const closes = new RecentCloses(slow + 1);
  const fold = new MovingAverageCrossFold(closes, fast, slow);
  for (let i = 0; i <= end; i++) {
    closes.push(series.close[i]);
    fold.push(series.days[i]);
  }
  return fold.result();
}

export function rsiOf(close: ArrayLike<number>, end: number, period = 14): number | null {
  const fold = new RsiFold(period);
  for (let i = 0; i <= end; i++) fold.push(close[i]);
  return fold.result();
}

export function macdOf(close: ArrayLike<number>, end: number, fast = 12, slow = 26, signal = 9): Macd | null {
  const fold = new MacdFold(fast, slow, signal);
  for (let i = 0; i <= end; i++) fold.push(close[i]);
  return fold.result();
}
