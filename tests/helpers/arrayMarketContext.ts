/**
 * The reference for the folds' property tests: the array implementations the folds replaced, each
 * recomputing its facts from the whole column up to row `end` (straight loops, one definition per
 * fact). Kept here, on the test side only, as the numbers the folds must reproduce bit for bit.
 * Dates are ISO text here, as they were: compare with a fold's result through `isoDatesOf`.
 */

import { fromDayNumber, isoFromDayNumber, toDayNumber, weekdayOf } from '../../src/calendar/dayNumber.js';
import { oneYearBefore } from '../../src/calendar/oneYearBefore.js';
import type { DatedValue, MilestoneRow } from '../../src/core/IndexReport.type.js';
import type {
  CurrentDrawdown,
  DrawdownEpisode,
  DrawdownLabel,
  FiftyTwoWeek,
  Macd,
  MarketContext,
  MilestoneHistory,
  MovingAverage,
  PeriodReturn,
  RecordFacts,
  Returns,
  YearReturn,
} from '../../src/core/MarketContext.type.js';
import type { PriceSeries } from '../../src/core/PriceSeries.type.js';
import { rankGaps } from '../../src/core/rankGaps.js';
import type { IsoDates } from './isoDatesOf.js';

/** The market context of rows `0..end` (`end` ≥ 0), with the history of each of `milestones`' levels. */
export function computeMarketContext(
  series: PriceSeries,
  end: number,
  milestones: readonly MilestoneRow[],
  atOrAbove: boolean,
): IsoDates<MarketContext> {
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

/**
 * Record-close facts over rows `0..end`: how long since the record close (its first session), how
 * many record closes each calendar year had, and the drawdown the index is in now.
 */
export function getRecordFacts(series: PriceSeries, end: number): IsoDates<RecordFacts> {
  const { close, days } = series;
  const firstYear = fromDayNumber(days[0]).year;
  const counts = new Array<number>(fromDayNumber(days[end]).year - firstYear + 1).fill(0);
  let record = close[0];
  let recordRow = 0;
  // Track the calendar year by its end rather than converting every row's date.
  let year = firstYear;
  let nextYearDay = toDayNumber(year + 1, 1, 1);
  for (let i = 1; i <= end; i++) {
    while (days[i] >= nextYearDay) nextYearDay = toDayNumber(++year + 1, 1, 1);
    if (close[i] > record) {
      record = close[i];
      recordRow = i;
      counts[year - firstYear]++;
    }
  }
  return {
    sessionsSinceRecordClose: end - recordRow,
    calendarDaysSinceRecordClose: days[end] - days[recordRow],
    recordClosesByYear: counts.map((count, k) => ({ year: firstYear + k, count })),
    currentDrawdown: currentDrawdown(series, end, record),
  };
}

function currentDrawdown(series: PriceSeries, end: number, record: number): IsoDates<CurrentDrawdown> | null {
  const { close, days } = series;
  const last = close[end];
  if (last >= record) return null;
  let peak = end;
  while (close[peak] !== record) peak--;
  let trough = peak + 1;
  for (let i = peak + 2; i <= end; i++) if (close[i] < close[trough]) trough = i;
  return {
    peakDate: isoFromDayNumber(days[peak]),
    peakClose: record,
    troughDate: isoFromDayNumber(days[trough]),
    troughClose: close[trough],
    maxDepthPct: (close[trough] / record - 1) * 100,
    depthPct: (last / record - 1) * 100,
    sessions: end - peak,
    gainToRecordPct: (record / last - 1) * 100,
  };
}

/**
 * Returns to the close of row `end`: week (Monday–Sunday), month, quarter and year to date, each from
 * the last close before the period began; the previous calendar year's; and one year, from the last
 * close on or before the same calendar date a year earlier (29 February → 28 February).
 * A return whose base session is not in the data is `null`.
 */
export function getPeriodReturns(series: PriceSeries, end: number): IsoDates<Returns> {
  const { days, close } = series;
  const day = days[end];
  const { year, month } = fromDayNumber(day);
  const since = (startDay: number): IsoDates<PeriodReturn> | null => periodReturn(series, end, lastRowBefore(series, end, startDay));
  const jan1 = toDayNumber(year, 1, 1);
  let previousYear: IsoDates<YearReturn> | null = null;
  const yearEnd = lastRowBefore(series, end, jan1);
  if (yearEnd >= 0 && days[yearEnd] >= toDayNumber(year - 1, 1, 1)) {
    const base = lastRowBefore(series, yearEnd, toDayNumber(year - 1, 1, 1));
    previousYear = {
      year: year - 1,
      date: isoFromDayNumber(days[yearEnd]),
      close: close[yearEnd],
      pct: base < 0 ? null : (close[yearEnd] / close[base] - 1) * 100,
    };
  }
  return {
    wtd: since(day - ((weekdayOf(day) + 6) % 7)),
    mtd: since(toDayNumber(year, month, 1)),
    qtd: since(toDayNumber(year, month - ((month - 1) % 3), 1)),
    ytd: since(jan1),
    previousYear,
    oneYear: periodReturn(series, end, lastRowBefore(series, end, oneYearBefore(day) + 1)),
  };
}

/** Last row at or before `end` dated before `startDay`; −1 when there is none. */
function lastRowBefore(series: PriceSeries, end: number, startDay: number): number {
  let i = end;
  while (i >= 0 && series.days[i] >= startDay) i--;
  return i;
}

function periodReturn(series: PriceSeries, end: number, base: number): IsoDates<PeriodReturn> | null {
  if (base < 0) return null;
  const { close, days } = series;
  return {
    fromDate: isoFromDayNumber(days[base]),
    fromClose: close[base],
    points: decimalMinus(close[end], close[base]),
    pct: (close[end] / close[base] - 1) * 100,
  };
}

/**
 * 52-week high and low of row `end`: over the sessions dated after the same calendar date one year
 * earlier, up to `end`. `null` when the data starts after that date (a partial year is not 52 weeks).
 * Ties are dated by their first session. Intraday values use the high (low) column; a defective row
 * whose high is below its close (low above it) counts its close, as milestones do.
 */
export function getFiftyTwoWeek(series: PriceSeries, end: number): IsoDates<FiftyTwoWeek> | null {
  const { days, close, high, low } = series;
  const from = oneYearBefore(days[end]);
  if (days[0] > from) return null;
  let start = end;
  while (start > 0 && days[start - 1] > from) start--;
  let hiC = start;
  let loC = start;
  let hi = start;
  let lo = start;
  const reachUp = (i: number): number => (high !== null && high[i] > close[i] ? high[i] : close[i]);
  const reachDown = (i: number): number => (low !== null && low[i] < close[i] ? low[i] : close[i]);
  for (let i = start + 1; i <= end; i++) {
    if (close[i] > close[hiC]) hiC = i;
    if (close[i] < close[loC]) loC = i;
    if (reachUp(i) > reachUp(hi)) hi = i;
    if (reachDown(i) < reachDown(lo)) lo = i;
  }
  const at = (i: number, value: number): IsoDates<DatedValue> => ({ date: isoFromDayNumber(days[i]), value });
  const last = close[end];
  const range = close[hiC] - close[loC];
  return {
    fromDate: isoFromDayNumber(days[start]),
    highClose: at(hiC, close[hiC]),
    lowClose: at(loC, close[loC]),
    high: high === null ? null : at(hi, reachUp(hi)),
    low: low === null ? null : at(lo, reachDown(lo)),
    pctFromHighClose: (last / close[hiC] - 1) * 100,
    pctFromHigh: high === null ? null : (last / reachUp(hi) - 1) * 100,
    rangePositionPct: range > 0 ? ((last - close[loC]) / range) * 100 : null,
  };
}

/** Simple moving average of the `sessions` closes ending at row `end`; `null` with fewer rows. */
export function getMovingAverage(close: Float64Array, end: number, sessions: number): MovingAverage | null {
  if (end + 1 < sessions) return null;
  let sum = 0;
  for (let i = end - sessions + 1; i <= end; i++) sum += close[i];
  const value = sum / sessions;
  return { sessions, value, pctFromAverage: (close[end] / value - 1) * 100 };
}

/**
 * Dates of the latest golden cross (the `fast`-session SMA goes above the `slow` one: at or below on
 * the previous row, above on this one) and death cross (at or above, then below) up to row `end`.
 * Only rows where both averages exist on this and the previous row count. The averages are compared
 * exactly, of the closes as decimals (each close's shortest text, as a CSV writes it), in BigInt.
 */
export function findMovingAverageCrosses(
  series: PriceSeries,
  end: number,
  fast = 50,
  slow = 200,
): { goldenCrossDate: string | null; deathCrossDate: string | null } {
  const { close, days } = series;
  // A close as a whole number of 10^-24: its shortest decimal text, digits padded.
  const exact = (x: number): bigint => {
    const [whole, fraction = ''] = String(x).split('.');
    if (!/^\d+$/.test(whole) || fraction.length > 24) throw new Error(`close ${x} has no short decimal text`);
    return BigInt(whole + fraction.padEnd(24, '0'));
  };
  let golden = -1;
  let death = -1;
  if (end >= slow) {
    let fastSum = 0n;
    let slowSum = 0n;
    for (let i = slow - fast; i < slow; i++) fastSum += exact(close[i]);
    for (let i = 0; i < slow; i++) slowSum += exact(close[i]);
    // The sign of SMA fast − SMA slow: of fastSum × slow − slowSum × fast.
    const signNow = (): number => Math.sign(Number(fastSum * BigInt(slow) - slowSum * BigInt(fast)));
    let prev = signNow();
    for (let i = slow; i <= end; i++) {
      fastSum += exact(close[i]) - exact(close[i - fast]);
      slowSum += exact(close[i]) - exact(close[i - slow]);
      const sign = signNow();
      if (prev <= 0 && sign > 0) golden = i;
      if (prev >= 0 && sign < 0) death = i;
      prev = sign;
    }
  }
  return {
    goldenCrossDate: golden < 0 ? null : isoFromDayNumber(days[golden]),
    deathCrossDate: death < 0 ? null : isoFromDayNumber(days[death]),
  };
}

function sumOf(values: Float64Array, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i <= to; i++) sum += values[i];
  return sum;
}

/**
 * Relative strength index of the closes up to row `end`, 0–100, with Wilder's smoothing as TradingView
 * computes it: the first averages are the simple means of the first `period` gains and losses (rows
 * 1..period), then avg = (avg × (period − 1) + today) ÷ period. Because the smoothing never forgets,
 * the value depends on where the data starts. `null` before `period` changes exist. 100 when the
 * average loss is 0.
 */
export function getRsi(close: Float64Array, end: number, period = 14): number | null {
  if (end < period) return null;
  let gain = 0;
  let loss = 0;
  for (let i = 1; i <= period; i++) {
    const change = close[i] - close[i - 1];
    if (change > 0) gain += change;
    else loss -= change;
  }
  gain /= period;
  loss /= period;
  for (let i = period + 1; i <= end; i++) {
    const change = close[i] - close[i - 1];
    gain = (gain * (period - 1) + (change > 0 ? change : 0)) / period;
    loss = (loss * (period - 1) + (change < 0 ? -change : 0)) / period;
  }
  return loss === 0 ? 100 : 100 - 100 / (1 + gain / loss);
}

/**
 * MACD(fast, slow, signal) of the closes up to row `end`. Each EMA uses k = 2 ÷ (N + 1) and is seeded
 * with the simple mean of its first N inputs (TradingView's and TA-Lib's convention), so EMA(26) starts
 * at row 25 and the signal, an EMA(9) of the line, at row 25 + 8 = 33. `null` before that.
 */
export function getMacd(close: Float64Array, end: number, fast = 12, slow = 26, signal = 9): Macd | null {
  const lineStart = slow - 1;
  if (end < lineStart + signal - 1) return null;
  const kFast = 2 / (fast + 1);
  const kSlow = 2 / (slow + 1);
  const kSignal = 2 / (signal + 1);
  let emaFast = 0;
  for (let i = 0; i < fast; i++) emaFast += close[i];
  emaFast /= fast;
  let emaSlow = 0;
  for (let i = 0; i < slow; i++) emaSlow += close[i];
  emaSlow /= slow;
  for (let i = fast; i <= lineStart; i++) emaFast += kFast * (close[i] - emaFast);
  let line = emaFast - emaSlow;
  let signalSum = line;
  let signalEma = NaN;
  for (let i = lineStart + 1; i <= end; i++) {
    emaFast += kFast * (close[i] - emaFast);
    emaSlow += kSlow * (close[i] - emaSlow);
    line = emaFast - emaSlow;
    const n = i - lineStart + 1; // how many line values so far
    if (n < signal) signalSum += line;
    else if (n === signal) signalEma = (signalSum + line) / signal;
    else signalEma += kSignal * (line - signalEma);
  }
  return { line, signal: signalEma, histogram: line - signalEma };
}

export type LevelHistory = IsoDates<Omit<MilestoneHistory, 'gapRank' | 'gapsRanked'>>;

/**
 * What rows `0..end` say about each of `levels` (ascending). "Above" is `>` (`>=` with `atOrAbove`),
 * as for milestones.
 * - attempts: sessions whose high went above the level but whose close did not (`null` without highs);
 * - up-crossings: closes above the level after a close at or below it on the previous row; down: the reverse;
 * - the last session that closed above it, and whether the last close is above it.
 *
 * One pass over the rows, however many levels: a session affects a contiguous run of levels (those
 * between its previous close and its close, or between its close and its high), found by binary
 * search and counted with difference arrays. O(rows × log levels + levels).
 */
export function getMilestoneHistories(
  series: PriceSeries,
  end: number,
  levels: readonly number[],
  atOrAbove: boolean,
): LevelHistory[] {
  const { close, high, days } = series;
  const n = levels.length;
  // countBelow(v): how many levels v is above; they are levels[0 .. countBelow(v) − 1].
  const countBelow = (v: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (atOrAbove ? v >= levels[mid] : v > levels[mid]) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const attempts = new Int32Array(n + 1);
  const up = new Int32Array(n + 1);
  const down = new Int32Array(n + 1);
  const addRange = (diff: Int32Array, from: number, to: number): void => {
    diff[from]++;
    diff[to]--;
  };
  let prev = -1;
  for (let i = 0; i <= end; i++) {
    const below = countBelow(close[i]);
    if (high !== null && high[i] > close[i]) {
      const reach = countBelow(high[i]);
      if (reach > below) addRange(attempts, below, reach);
    }
    if (prev >= 0 && below > prev) addRange(up, prev, below);
    if (prev >= 0 && below < prev) addRange(down, below, prev);
    prev = below;
  }
  // Last close above each level: walking back from the end, the running count of levels closed
  // above only grows; each level gets the first (latest) row that covers it.
  const lastAbove = new Int32Array(n).fill(-1);
  let covered = 0;
  for (let i = end; i >= 0 && covered < n; i--) {
    const below = countBelow(close[i]);
    for (; covered < below; covered++) lastAbove[covered] = i;
  }
  const out: LevelHistory[] = [];
  let a = 0;
  let u = 0;
  let d = 0;
  for (let k = 0; k < n; k++) {
    a += attempts[k];
    u += up[k];
    d += down[k];
    out.push({
      level: levels[k],
      attempts: high === null ? null : a,
      upCrossings: u,
      downCrossings: d,
      lastCloseAboveDate: lastAbove[k] < 0 ? null : isoFromDayNumber(days[lastAbove[k]]),
      aboveNow: k < prev,
    });
  }
  return out;
}

/**
 * Every fall from a record close at least `minDepthPct` deep (10 = 10%), over rows `0..end`, oldest first.
 *
 * An episode starts at the first close below the running record close; its peak is the last session
 * at that record before the fall. It ends (recovers) on the first close at or above the peak close;
 * that session starts the search for the next peak. The trough is the first session at the lowest
 * close in between. An episode still open at `end` is reported with `recoveryDate: null`, its trough
 * being the lowest close so far (the bug users hit elsewhere: open drawdowns dropped or mis-dated).
 */
export function findDrawdowns(series: PriceSeries, end: number, minDepthPct: number): IsoDates<DrawdownEpisode>[] {
  const { close, days } = series;
  // Compare ratios, not rounded percentages: a fall from 100 to 80 is exactly a bear market.
  const maxRatio = 1 - minDepthPct / 100;
  const out: IsoDates<DrawdownEpisode>[] = [];
  const emit = (peak: number, trough: number, recovery: number | null): void => {
    const ratio = close[trough] / close[peak];
    if (ratio > maxRatio) return;
    out.push({
      peakDate: isoFromDayNumber(days[peak]),
      peakClose: close[peak],
      troughDate: isoFromDayNumber(days[trough]),
      troughClose: close[trough],
      depthPct: (ratio - 1) * 100,
      recoveryDate: recovery === null ? null : isoFromDayNumber(days[recovery]),
      sessionsPeakToTrough: trough - peak,
      sessionsTroughToRecovery: recovery === null ? null : recovery - trough,
      label: labelFor(ratio),
    });
  };
  let peak = 0;
  let trough = -1; // −1: not in a drawdown
  for (let i = 1; i <= end; i++) {
    const c = close[i];
    if (c >= close[peak]) {
      if (trough >= 0) emit(peak, trough, i);
      trough = -1;
      peak = i;
    } else if (trough < 0 || c < close[trough]) {
      trough = i;
    }
  }
  if (trough >= 0) emit(peak, trough, null);
  return out;
}

function labelFor(ratio: number): DrawdownLabel {
  if (ratio <= 0.8) return 'bear market';
  if (ratio <= 0.9) return 'correction';
  return 'decline';
}

/** Row of the last session on or before `day` (a day number), or −1 when there is none. Binary search. */
export function findEndIndex(series: PriceSeries, day: number | null): number {
  const { days } = series;
  if (day === null) return series.length - 1;
  let lo = 0;
  let hi = series.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * `a − b` as the decimal it is, worked out from the numbers' shortest decimal text (not the
 * product's rule): the difference of two decimals of `p` places, written with `p` places.
 */
function decimalMinus(a: number, b: number): number {
  const places = (x: number) => {
    const [mantissa, exponent = '0'] = String(x).split('e');
    const fraction = mantissa.split('.')[1] ?? '';
    return Math.max(0, fraction.length - Number(exponent));
  };
  return Number((a - b).toFixed(Math.min(10, Math.max(places(a), places(b))))); // documented: at most 10 places
}
