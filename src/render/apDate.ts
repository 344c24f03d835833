import { fromDayNumber } from '../calendar/dayNumber.js';

/** AP style: five months abbreviated, March to July spelled out. */
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** A day number as news copy writes a date: `Jan. 28, 2026`, `March 3, 2026`, `Sept. 5, 2025`. */
export function apDate(dayNumber: number): string {
  const { year, month, day } = fromDayNumber(dayNumber);
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}
