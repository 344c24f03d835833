import type { Intraday } from './Intraday.type.js';
import { FiftyTwoWeekFold } from './FiftyTwoWeekFold.js';
import type { MilestoneRow } from './IndexReport.type.js';
import { LevelHistoryFold } from './LevelHistoryFold.js';
import { LevelLadder } from './LevelLadder.js';
import { MacdFold } from './MacdFold.js';
import type { MarketContext } from './MarketContext.type.js';
import type { LevelPlan } from './MilestoneConfig.type.js';
import { MovingAverageCrossFold } from './MovingAverageCrossFold.js';
import { PeriodClock } from './PeriodClock.js';
import { PeriodReturnsFold } from './PeriodReturnsFold.js';
import { RecentCloses } from './RecentCloses.js';
import { RecordFold } from './RecordFold.js';
import { RsiFold } from './RsiFold.js';

/** Slots of `MarketContextFold.prices`. */
const HIGH = 0;
const LOW = 1;
const CLOSE = 2;

/**
 * Folds one index's sessions, in ascending date order, into its market context as of the last one:
 * records, returns, 52-week range, indicators and the history of each milestone level. Memory does
 * not grow with the number of sessions (fixed windows; per-level and per-year arrays). A session
 * allocates nothing unless the levels reached outgrow their arrays, and converts no date unless it
 * begins a month that does not follow the previous session's.
 */
export class MarketContextFold {
  private rows = 0;
  /**
   * The session being added. Its prices reach the parts of `push` through this array, not as
   * arguments: V8 boxes a number passed to a call it does not inline (allocation per session).
   */
  private readonly prices = new Float64Array(3);
  private readonly clock = new PeriodClock();
  private readonly ladder: LevelLadder;
  private readonly records: RecordFold;
  private readonly returns: PeriodReturnsFold;
  private readonly fiftyTwoWeek: FiftyTwoWeekFold;
  /** SMA 200 needs the 200 latest closes; the running sums of the crosses one more, the close leaving the window. */
  private readonly closes = new RecentCloses(201);
  private readonly crosses = new MovingAverageCrossFold(this.closes, 50, 200);
  private readonly rsi = new RsiFold(14);
  private readonly macd = new MacdFold(12, 26, 9);
  /** `null` when the caller needs no level history (`result` then gives none). */
  private readonly levels: LevelHistoryFold | null;

  /**
   * `plan` and `atOrAbove` are the index's milestone options; `intraday`: whether it has highs and
   * lows; `withLevels`: whether to keep each milestone level's history.
   */
  constructor(
    plan: LevelPlan,
    atOrAbove: boolean,
    intraday: Intraday,
    withLevels = true,
  ) {
    this.ladder = new LevelLadder(plan, atOrAbove);
    this.records = new RecordFold(this.clock);
    this.returns = new PeriodReturnsFold(this.clock);
    this.fiftyTwoWeek = new FiftyTwoWeekFold(intraday);
    this.levels = withLevels ? new LevelHistoryFold(this.ladder, intraday) : null;
  }

  /** Adds the next session: `day` a day number after the previous one's; `high`/`low` `NaN` when missing. */
  push(day: number, high: number, low: number, close: number): void {
    const prices = this.prices;
    prices[HIGH] = high;
    prices[LOW] = low;
    prices[CLOSE] = close;
    if (this.rows++ === 0) this.ladder.start(close);
    this.pushCalendarFacts(day);
    this.pushIndicators(day);
    if (this.levels !== null) this.levels.push(day, prices[HIGH], prices[CLOSE]);
  }

  /** Records, returns and the 52-week range. */
  private pushCalendarFacts(day: number): void {
    const close = this.prices[CLOSE];
    const began = this.clock.advance(day);
    this.records.push(began, day, close);
    this.returns.push(began, day, close);
    const high = this.prices[HIGH];
    const low = this.prices[LOW];
    const up = high > close ? high : close;
    const down = low < close ? low : close;
    this.fiftyTwoWeek.push(day, close, up, down, this.clock.oneYearBefore(day));
  }

  private pushIndicators(day: number): void {
    const close = this.prices[CLOSE];
    this.closes.push(close);
    this.crosses.push(day);
    this.rsi.push(close);
    this.macd.push(close);
  }

  /**
   * The context as of the last session pushed, with the history of each of the report's `milestones`
   * (the ladder's slots 0, 1, 2... in order). Requires at least one session.
   */
  result(milestones: readonly MilestoneRow[]): MarketContext {
    if (this.rows === 0) throw new Error('MarketContextFold.result: no sessions');
    return {
      records: this.records.result(),
      returns: this.returns.result(this.fiftyTwoWeek.yearAgo),
      fiftyTwoWeek: this.fiftyTwoWeek.result(),
      indicators: {
        sma50: this.closes.movingAverage(50),
        sma200: this.closes.movingAverage(200),
        ...this.crosses.result(),
        rsi14: this.rsi.result(),
        macd: this.macd.result(),
      },
      milestones: this.levels === null ? [] : this.levels.result(milestones),
    };
  }
}
