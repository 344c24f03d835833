/**
 * The byte scanner met something it does not read (a quote, a missing value, another date or number
 * shape, a bad row, rows out of date order): the general path must read the file instead, and gives
 * the result or the error message.
 */
export class NotPlainError extends Error {
  override readonly name = 'NotPlainError';
}
