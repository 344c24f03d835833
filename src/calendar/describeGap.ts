import { plural } from '../plural.js';
import { isoFromDayNumber } from './dayNumber.js';
import type { Finding } from './SessionAudit.js';
import type { SessionCalendar } from './SessionCalendar.js';

/** How many dates a note names before `…`. */
const SHOWN = 3;

/**
 * What the rows of a trading-day gap after `after` up to `upTo` (day numbers) add to or leave out of
 * the calendar's sessions, where the row difference and the session count differ: "gap spans 1
 * non-session row (1979-06-02)", "gap spans 4 missing sessions (2001-09-17 to 2001-09-20)".
 * `null` when the rows are exactly the sessions.
 */
export function describeGap(findings: readonly Finding[], calendar: SessionCalendar, after: number, upTo: number): string | null {
  if (!calendar.covers(after) || !calendar.covers(upTo)) {
    return `gap not counted: it runs outside the ${calendar.name.toUpperCase()} calendar (${calendar.span})`;
  }
  const extra: number[] = [];
  const missing: Finding[] = [];
  for (const f of findings) {
    if (f.kind === 'nonSessionRows') for (const day of f.days) if (day > after && day <= upTo) extra.push(day);
    if (f.kind === 'missingSessions' && f.fromDate > after && f.toDate <= upTo) missing.push(f);
  }
  const notes: string[] = [];
  if (extra.length > 0) notes.push(`gap spans ${plural(extra.length, 'non-session row')} (${listed(extra.map(isoFromDayNumber))})`);
  if (missing.length > 0) {
    const count = missing.reduce((sum, f) => sum + f.count, 0);
    notes.push(`gap spans ${plural(count, 'missing session')} (${listed(missing.map(stretch))})`);
  }
  return notes.length === 0 ? null : notes.join('; ');
}

function stretch(f: Finding): string {
  return f.fromDate === f.toDate ? isoFromDayNumber(f.fromDate) : `${isoFromDayNumber(f.fromDate)} to ${isoFromDayNumber(f.toDate)}`;
}

function listed(items: readonly string[]): string {
  return items.length > SHOWN ? `${items.slice(0, SHOWN).join(', ')}, …` : items.join(', ');
}
