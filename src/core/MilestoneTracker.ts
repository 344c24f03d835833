import type { Intraday } from './Intraday.type.js';
import { formatDecimal } from '../formatDecimal.js';
import { decimalDifference } from './decimalDifference.js';
import { getDistance } from './getDistance.js';
import type { Distance, LastMilestone, MilestoneRow, TargetReport, TrackedReport } from './IndexReport.type.js';
import { LevelLadder } from './LevelLadder.js';
import { PRICE } from './PRICE.js';
import type { MilestoneConfig } from './MilestoneConfig.type.js';

/** Milestone levels one index may reach: a wild price (a close of 1e308) must not exhaust memory. */
export const MAX_LEVELS = 100_000;

/**
 * A session whose price would make more than `MAX_LEVELS` milestone levels (step plans only). The
 * price is `wild` when it is more than ten times the close before it (a bad row); otherwise the data
 * moved as markets do and the step is too fine for it.
 */
export class TooManyLevels extends Error {
  override readonly name = 'TooManyLevels';
  readonly wild: boolean;
  constructor(price: number, step: number, previousClose: number) {
    const wild = !(price <= 10 * previousClose);
    const levels = `more than ${formatDecimal(MAX_LEVELS, 0, 3)} milestone levels`;
    super(wild ? `a price of ${price} would make ${levels} of ${step} points: check the row, or use a larger --step` : `--step ${step} would make ${levels} below ${price}: use a larger --step`);
    this.wild = wild;
  }
}

/**
 * Folds one index's sessions, in ascending date order, into its milestone report. Memory is bounded
 * by the number of milestone levels, not the number of sessions, so a caller can stream rows in.
 *
 * "Above" is strict (`>`) unless `atOrAbove`. A session's intraday reach is its high, or its close
 * when a defective row has a high below the close.
 */
export class MilestoneTracker {
  /** Where the milestone levels are, and what "above" means. */
  private readonly ladder: LevelLadder;
  /** Number of level slots: unbounded for a step plan. */
  private readonly slotCount: number;
  /** A list plan's levels are fixed: a level the first session already closed above predates the data. */
  private readonly listed: boolean;
  /** `--target`, or `NaN`. */
  private readonly target: number;
  private rows = 0;
  private firstDay = 0;
  private lastDay = 0;
  private lastClose = NaN;
  private prevClose = NaN;
  private recordClose = -Infinity;
  private recordCloseDay = 0;
  private recordHigh = -Infinity;
  private recordHighDay = 0;
  /** Per level slot: first touch / first close as row, day and value (-1 row = not yet). */
  private readonly touchRow: number[] = [];
  private readonly touchDay: number[] = [];
  private readonly touchValue: number[] = [];
  private readonly closeRow: number[] = [];
  private readonly closeDay: number[] = [];
  private readonly closeValue: number[] = [];
  private nextTouch = 0;
  private nextClose = 0;
  private targetTouchDay = NaN;
  private targetCloseDay = NaN;
  /**
   * The lowest intraday reach and close that could cross the next level or the target (`advance`
   * decides exactly): most sessions cross nothing, and then `push` is small enough to be inlined
   * into a caller's loop.
   */
  private touchGate = -Infinity;
  private closeGate = -Infinity;

  constructor(
    private readonly config: MilestoneConfig,
    /** Whether the index has intraday highs (read when reporting). */
    private readonly intraday: Intraday,
  ) {
    this.ladder = new LevelLadder(config.plan, config.atOrAbove);
    this.slotCount = this.ladder.size;
    this.listed = config.plan.kind === 'list';
    this.target = config.target ?? NaN;
  }

  get sessions(): number {
    return this.rows;
  }

  /** Day number of the last session pushed (the report's `asOf`). */
  get asOf(): number {
    return this.lastDay;
  }

  private above(value: number, level: number): boolean {
    return this.ladder.isAbove(value, level);
  }

  private levelAt(slot: number): number {
    return this.ladder.levelAt(slot);
  }

  private hasSlot(slot: number): boolean {
    return slot < this.slotCount;
  }

  private ensureSlot(slot: number): void {
    while (this.touchRow.length <= slot) {
      this.touchRow.push(-1);
      this.touchDay.push(0);
      this.touchValue.push(NaN);
      this.closeRow.push(-1);
      this.closeDay.push(0);
      this.closeValue.push(NaN);
    }
  }

  /**
   * Adds the next session, its prices indexed by `PRICE` (a missing high is `NaN`: the close stands
   * for it). An array, not arguments: prices passed to a call V8 does not inline are
   * boxed on the heap, garbage on every row.
   */
  push(day: number, prices: Float64Array): void {
    const high = prices[PRICE.high];
    const close = prices[PRICE.close];
    const reach = high > close ? high : close;
    const row = this.rows++;
    this.prevClose = this.lastClose;
    this.lastClose = close;
    this.lastDay = day;
    if (row === 0) {
      this.firstDay = day;
      this.ladder.start(close);
    }
    if (close > this.recordClose) {
      this.recordClose = close;
      this.recordCloseDay = day;
    }
    if (reach > this.recordHigh) {
      this.recordHigh = reach;
      this.recordHighDay = day;
    }
    if (reach >= this.touchGate || close >= this.closeGate) this.advance(row, day, reach, close);
  }

  /** Records the levels and target that the session `row` touched or closed above. */
  private advance(row: number, day: number, reach: number, close: number): void {
    if (this.ladder.exceeds(reach, MAX_LEVELS)) {
      const plan = this.config.plan;
      throw new TooManyLevels(reach, plan.kind === 'step' ? plan.step : Number.NaN, row === 0 ? close : this.prevClose);
    }
    while (this.hasSlot(this.nextTouch) && this.above(reach, this.levelAt(this.nextTouch))) {
      this.ensureSlot(this.nextTouch);
      this.touchRow[this.nextTouch] = row;
      this.touchDay[this.nextTouch] = day;
      this.touchValue[this.nextTouch] = reach;
      this.nextTouch++;
    }
    while (this.hasSlot(this.nextClose) && this.above(close, this.levelAt(this.nextClose))) {
      this.ensureSlot(this.nextClose);
      this.closeRow[this.nextClose] = row;
      this.closeDay[this.nextClose] = day;
      this.closeValue[this.nextClose] = close;
      this.nextClose++;
    }
    const target = this.target;
    if (!Number.isNaN(target)) {
      if (Number.isNaN(this.targetTouchDay) && this.above(reach, target)) this.targetTouchDay = day;
      if (Number.isNaN(this.targetCloseDay) && this.above(close, target)) this.targetCloseDay = day;
    }
    // Gates: Infinity once the target is reached, or when there is none (NaN would close them).
    const untouched = Number.isNaN(this.targetTouchDay) && !Number.isNaN(target) ? target : Infinity;
    const unclosed = Number.isNaN(this.targetCloseDay) && !Number.isNaN(target) ? target : Infinity;
    this.touchGate = Math.min(this.hasSlot(this.nextTouch) ? this.levelAt(this.nextTouch) : Infinity, untouched);
    this.closeGate = Math.min(this.hasSlot(this.nextClose) ? this.levelAt(this.nextClose) : Infinity, unclosed);
  }

  /** The report for the sessions pushed so far; requires at least one session. */
  report(symbol: string, source: string): TrackedReport {
    if (this.rows === 0) throw new Error('MilestoneTracker.report: no sessions');
    const close = this.lastClose;
    const hasPrev = this.rows > 1;
    const recordHigh = this.intraday.high ? this.recordHigh : null;
    return {
      symbol,
      source,
      asOf: this.lastDay,
      firstDate: this.firstDay,
      sessions: this.rows,
      close,
      previousClose: hasPrev ? this.prevClose : null,
      change: hasPrev ? decimalDifference(close, this.prevClose) : null,
      changePct: hasPrev ? (close / this.prevClose - 1) * 100 : null,
      recordClose: { date: this.recordCloseDay, value: this.recordClose },
      recordHigh: recordHigh === null ? null : { date: this.recordHighDay, value: recordHigh },
      pctFromRecordClose: (close / this.recordClose - 1) * 100,
      pctFromRecordHigh: recordHigh === null ? null : (close / recordHigh - 1) * 100,
      nextMilestone: this.nextMilestone(close),
      nearestLevelAbove: this.nearestLevelAbove(close),
      target: this.targetReport(close),
      lastMilestone: this.lastMilestone(),
      milestones: this.milestoneRows(),
    };
  }

  /** The lowest level never closed above (pending or untouched); `null` when every listed level was. */
  private nextMilestone(close: number): Distance | null {
    return this.hasSlot(this.nextClose) ? getDistance(close, this.levelAt(this.nextClose)) : null;
  }

  /**
   * The nearest level of the plan's grid above the close, when it is not the next milestone (the
   * close fell back below levels it had closed above); `null` otherwise.
   */
  private nearestLevelAbove(close: number): Distance | null {
    const level = this.ladder.nearestAbove(close);
    const next = this.hasSlot(this.nextClose) ? this.levelAt(this.nextClose) : null;
    return level === null || level === next ? null : getDistance(close, level);
  }

  private lastMilestone(): LastMilestone | null {
    // Slots below `nextClose` were all closed above: the highest of them closed above last.
    let slot = this.nextClose - 1;
    while (slot >= 0 && (this.closeRow[slot] < 0 || this.isPredates(slot))) slot--;
    if (slot < 0) return null;
    const date = this.closeDay[slot];
    return { level: this.levelAt(slot), date, sessionsSince: this.tradingDays(this.closeRow[slot], date, this.rows - 1, this.lastDay) };
  }

  private targetReport(close: number): TargetReport | null {
    const target = this.config.target;
    if (target === null) return null;
    const touched = !Number.isNaN(this.targetTouchDay);
    const closed = !Number.isNaN(this.targetCloseDay);
    return {
      ...getDistance(close, target),
      touched: this.intraday.high ? touched : null,
      firstTouchDate: this.intraday.high && touched ? this.targetTouchDay : null,
      closedAbove: closed,
      firstCloseDate: closed ? this.targetCloseDay : null,
    };
  }

  /** Step plan: every level touched (or closed above) so far. List plan: every listed level. */
  private milestoneRows(): MilestoneRow[] {
    const count = this.listed ? this.slotCount : Math.max(this.nextTouch, this.nextClose);
    this.ensureSlot(count - 1);
    const lastRow = this.rows - 1;
    const rows: MilestoneRow[] = [];
    for (let slot = 0; slot < count; slot++) {
      const closeRow = this.closeRow[slot];
      const touchRow = this.touchRow[slot];
      const predates = this.isPredates(slot);
      const status = predates ? 'predates' : closeRow >= 0 ? 'confirmed' : touchRow >= 0 ? 'pending' : 'untouched';
      const prev = slot - 1;
      const prevConfirmed = prev >= 0 && this.closeRow[prev] >= 0 && !this.isPredates(prev);
      let tradingDays: number | null = null;
      let calendarDays: number | null = null;
      if (prevConfirmed && (status === 'confirmed' || status === 'pending')) {
        const endRow = status === 'confirmed' ? closeRow : lastRow;
        const endDay = status === 'confirmed' ? this.closeDay[slot] : this.lastDay;
        tradingDays = this.tradingDays(this.closeRow[prev], this.closeDay[prev], endRow, endDay);
        calendarDays = endDay - this.closeDay[prev];
      }
      const touchKnown = this.intraday.high && touchRow >= 0 && !predates;
      const closed = closeRow >= 0 && !predates;
      rows.push({
        level: this.levelAt(slot),
        status,
        firstTouchDate: touchKnown ? this.touchDay[slot] : null,
        firstTouchHigh: touchKnown ? this.touchValue[slot] : null,
        firstCloseDate: closed ? this.closeDay[slot] : null,
        firstClose: closed ? this.closeValue[slot] : null,
        tradingDays,
        calendarDays,
        touchToCloseSessions: touchKnown && closeRow >= 0 ? this.sessionsBetween(touchRow, this.touchDay[slot], closeRow, this.closeDay[slot]) : null,
      });
    }
    return rows;
  }

  /** Trading days from one milestone's row to a later row as gaps count them: `sessionsBetween`, one more with `--inclusive` (both ends). */
  private tradingDays(fromRow: number, fromDay: number, toRow: number, toDay: number): number | null {
    const sessions = this.sessionsBetween(fromRow, fromDay, toRow, toDay);
    return sessions === null ? null : sessions + (this.config.inclusive ? 1 : 0);
  }

  /**
   * Trading days after one row up to another: their row difference, or with a calendar the exchange
   * sessions after the first day up to the second (`null` when the calendar does not know a day).
   */
  private sessionsBetween(fromRow: number, fromDay: number, toRow: number, toDay: number): number | null {
    const calendar = this.config.calendar;
    if (calendar === undefined || calendar === null) return toRow - fromRow;
    return calendar.covers(fromDay) && calendar.covers(toDay) ? calendar.countSessions(fromDay, toDay) : null;
  }

  /** A listed level the first session already closed above: its first close is before the data. */
  private isPredates(slot: number): boolean {
    return this.listed && this.closeRow[slot] === 0;
  }
}
