import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';

export interface DateTick {
  /** Day number of the tick (the first day of a month or year). */
  readonly day: number;
  /** `2025` for a year step; for month steps `Jan 2025` for January and the first tick, else `Apr`. */
  readonly label: string;
}

const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240, 300, 600, 1200];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Calendar ticks strictly inside `firstDay`..`lastDay` (day numbers): the first of every Nth month,
 * N the smallest of 1, 2, 3, 6, 12, 24, 60, … months that gives at most `maxTicks` ticks. Month
 * steps stay aligned to January, year steps to years divisible by the step.
 */
export function chooseDateTicks(firstDay: number, lastDay: number, maxTicks: number): DateTick[] {
  for (const step of MONTH_STEPS) {
    const ticks = ticksEvery(step, firstDay, lastDay);
    if (ticks.length <= Math.max(1, maxTicks) || step === MONTH_STEPS[MONTH_STEPS.length - 1]) return ticks;
  }
  return [];
}

function ticksEvery(months: number, firstDay: number, lastDay: number): DateTick[] {
  const start = fromDayNumber(firstDay);
  // Months counted from year 0, January: a step of 12 × k lands on years divisible by k.
  let index = Math.ceil((start.year * 12 + start.month - 1) / months) * months;
  const ticks: DateTick[] = [];
  for (;;) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const day = toDayNumber(year, month, 1);
    if (day > lastDay) break;
    if (day > firstDay) ticks.push({ day, label: months >= 12 ? String(year) : month === 1 || ticks.length === 0 ? `${MONTHS[month - 1]} ${year}` : MONTHS[month - 1] });
    index += months;
  }
  return ticks;
}
