import { countOnOrBefore } from './countOnOrBefore.js';
import { isoFromDayNumber } from './dayNumber.js';

/**
 * An exchange's sessions from `first` to `last` (day numbers, inclusive), as a sorted list: whether
 * a day was a session, and how many sessions lie between two days, by binary search. Pure data;
 * `reasonClosed` says why a day in range was not a session.
 */
export class SessionCalendar {
  constructor(
    /** Short name, as `--calendar` takes it. */
    readonly name: string,
    /** First and last day the calendar knows (day numbers, inclusive). */
    readonly first: number,
    readonly last: number,
    /** Every session from `first` to `last`, ascending. */
    private readonly sessions: Int32Array,
    private readonly closedBecause: (day: number) => string,
  ) {}

  /** Whether the calendar knows `day`. */
  covers(day: number): boolean {
    return day >= this.first && day <= this.last;
  }

  /** The days the calendar knows, for a message: `1885-01-01 to 2035-12-31`. */
  get span(): string {
    return `${isoFromDayNumber(this.first)} to ${isoFromDayNumber(this.last)}`;
  }

  isSession(day: number): boolean {
    const at = this.sessionsThrough(day) - 1;
    return at >= 0 && this.sessions[at] === day;
  }

  /**
   * Sessions after `after` up to and including `upTo`: the trading-day gap between two dates, the
   * row difference of a file that holds exactly the sessions. 0 when `upTo <= after`.
   */
  countSessions(after: number, upTo: number): number {
    return upTo <= after ? 0 : this.sessionsThrough(upTo) - this.sessionsThrough(after);
  }

  /** The sessions after `after` up to and including `upTo`, ascending. */
  sessionsBetween(after: number, upTo: number): number[] {
    return upTo <= after ? [] : Array.from(this.sessions.subarray(this.sessionsThrough(after), this.sessionsThrough(upTo)));
  }

  /** Why `day` (in range, not a session) was not one: `Saturday`, `Good Friday`, `Hurricane Sandy`; `''` for a session. */
  reasonClosed(day: number): string {
    return this.isSession(day) ? '' : this.closedBecause(day);
  }

  /** Number of sessions on or before `day` (clamped to the calendar's range). */
  private sessionsThrough(day: number): number {
    return countOnOrBefore(this.sessions, day);
  }
}
