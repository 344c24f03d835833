/**
 * A time of day after a date: ` 00:00:00`, `T16:00`, `T00:00:00.000Z`, ` 00:00:00-05:00`,
 * ` 12:00:00 AM`. Bounded repetitions only: linear in the text's length.
 */
const TIME = /^[T ](?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?: ?[AaPp][Mm])?(?: ?(?:Z|UTC|GMT|[+-]\d\d(?::?\d\d)?))?$/;

/** Whether `rest`, the text after a date, is empty or a time of day: anything else is not a date of the column. */
export function isTimeOfDay(rest: string): boolean {
  return rest === '' || TIME.test(rest);
}
