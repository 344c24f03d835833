import { isoFromDayNumber } from '../calendar/dayNumber.js';
import type { IndexReport } from '../core/IndexReport.type.js';

/**
 * The line under an index's heading saying how far back its first closes reach (table and markdown):
 * `null` when the file holds the index's whole published history. Under 80 columns with its indent.
 */
export function historyNote(index: Pick<IndexReport, 'firstDate' | 'historyStart' | 'historyComplete'>): string | null {
  const first = isoFromDayNumber(index.firstDate);
  if (index.historyStart === null) return `History from ${first} in this file: first closes are the first in it`;
  if (index.historyComplete === true) return null;
  return `First closes since ${first}, the file's start (history from ${isoFromDayNumber(index.historyStart)})`;
}

/** The footnote for `predates` rows: levels the first session already closed above. */
export function predatesNote(index: Pick<IndexReport, 'firstDate'>): string {
  return `predates: closed above on the file's first day, ${isoFromDayNumber(index.firstDate)}; first close unknown`;
}

/**
 * Whether a first touch or close on `day` is only the first in the file: it falls on the file's first
 * session and the file may not hold the index's whole history, so it may have come earlier.
 */
export function onlyFirstInFile(day: number | null, index: { readonly firstDate: number; readonly historyComplete: boolean | null }): boolean {
  return day !== null && day === index.firstDate && index.historyComplete !== true;
}
