import { fromDayNumber } from '../calendar/dayNumber.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A day number as a reader writes it on a chart: `Jan 28, 2026`. */
export function formatChartDate(day: number): string {
  const { year, month, day: dom } = fromDayNumber(day);
  return `${MONTHS[month - 1]} ${dom}, ${year}`;
}
