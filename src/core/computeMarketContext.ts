import { findMovingAverageCrosses } from './findMovingAverageCrosses.js';
import { getFiftyTwoWeek } from './getFiftyTwoWeek.js';
import { getMacd } from './getMacd.js';
import { getMilestoneHistories } from './getMilestoneHistories.js';
import { getMovingAverage } from './getMovingAverage.js';
import { getPeriodReturns } from './getPeriodReturns.js';
import { getRecordFacts } from './getRecordFacts.js';
import { getRsi } from './getRsi.js';
import type { MilestoneRow } from './IndexReport.type.js';
import type { MarketContext } from './MarketContext.type.js';
import type { PriceSeries } from './PriceSeries.type.js';
import { rankGaps } from './rankGaps.js';

/** The market context of rows `0..end` (`end` ≥ 0), with the history of each of `milestones`' levels. */
export function computeMarketContext(
  series: PriceSeries,
  end: number,
  milestones: readonly MilestoneRow[],
  atOrAbove: boolean,
): MarketContext {
  const { close } = series;
  const { ranks, ranked } = rankGaps(milestones);
  return {
    records: getRecordFacts(series, end),
    returns: getPeriodReturns(series, end),
    fiftyTwoWeek: getFiftyTwoWeek(series, end),
    indicators: {
      sma50: getMovingAverage(close, end, 50),
      sma200: getMovingAverage(close, end, 200),
      ...findMovingAverageCrosses(series, end, 50, 200),
      rsi14: getRsi(close, end, 14),
      macd: getMacd(close, end, 12, 26, 9),
    },
    milestones: getMilestoneHistories(
      series,
      end,
      milestones.map((m) => m.level),
      atOrAbove,
    ).map((h) => ({ ...h, gapRank: ranks.get(h.level) ?? null, gapsRanked: ranked })),
  };
}
