import type { SessionCalendar } from './SessionCalendar.js';

/**
 * One data-quality finding about a file's rows: a stretch of them, or of days they lack. A list of
 * findings is the shape every data-quality report shares; new kinds may join.
 * - `nonSessionRows`: rows dated on days that were not sessions, with no session between them.
 * - `missingSessions`: sessions between two consecutive rows that the file lacks.
 * - `outsideCalendar`: consecutive rows dated outside the days the calendar knows (not judged).
 */
export interface Finding {
  readonly kind: 'nonSessionRows' | 'missingSessions' | 'outsideCalendar';
  /** First and last day of the stretch (day numbers). */
  readonly fromDate: number;
  readonly toDate: number;
  /** Rows (or, for `missingSessions`, sessions) in the stretch. */
  readonly count: number;
  /** Each row's day and line; empty for `missingSessions`. */
  readonly days: readonly number[];
  readonly lines: readonly number[];
  /** Why the days were not sessions (`Saturday`, `Thanksgiving`), or `''`. */
  readonly note: string;
}

/** A finding still open to the next row. */
interface Open {
  kind: Finding['kind'];
  days: number[];
  lines: number[];
  notes: string[];
}

/**
 * Folds one index's rows, in ascending date order, against an exchange calendar: which rows fall on
 * days that were not sessions, and which sessions between its first and last row it lacks. Memory
 * grows with the findings, not the rows.
 */
export class SessionAudit {
  private readonly done: Finding[] = [];
  private open: Open | null = null;
  /** Rows pushed, and the days of the first and last (0 before any). */
  rows = 0;
  firstDay = 0;
  lastDay = 0;

  constructor(readonly calendar: SessionCalendar) {}

  push(day: number, line: number): void {
    const calendar = this.calendar;
    const last = this.lastDay;
    if (this.rows++ === 0) this.firstDay = day;
    this.lastDay = day;
    if (!calendar.covers(day)) return this.add('outsideCalendar', day, line, '');
    if (this.rows > 1 && calendar.covers(last)) {
      const missing = calendar.sessionsBetween(last, day - 1);
      if (missing.length > 0) {
        this.close();
        this.done.push({ kind: 'missingSessions', fromDate: missing[0], toDate: missing[missing.length - 1], count: missing.length, days: [], lines: [], note: '' });
      }
    }
    if (calendar.isSession(day)) this.close();
    else this.add('nonSessionRows', day, line, calendar.reasonClosed(day));
  }

  /** Every finding so far, in date order. */
  findings(): Finding[] {
    this.close();
    return this.done;
  }

  /** Adds a row to the open stretch of `kind`, or opens one (a session row closes any stretch). */
  private add(kind: Finding['kind'], day: number, line: number, note: string): void {
    if (this.open?.kind !== kind) {
      this.close();
      this.open = { kind, days: [], lines: [], notes: [] };
    }
    const open = this.open as Open;
    open.days.push(day);
    open.lines.push(line);
    if (note !== '' && !open.notes.includes(note)) open.notes.push(note);
  }

  private close(): void {
    const open = this.open;
    if (open === null) return;
    this.open = null;
    const { kind, days, lines, notes } = open;
    this.done.push({ kind, fromDate: days[0], toDate: days[days.length - 1], count: days.length, days, lines, note: notes.join(', ') });
  }
}
