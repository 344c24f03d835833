/**
 * Where a session's prices are in the arrays that carry them from the reader to the folds (`NaN`
 * where the row or the file has none). An array, not arguments: a price passed to a call V8 does
 * not inline is boxed on the heap, and a large file has millions of rows.
 */
export const PRICE = { open: 0, high: 1, low: 2, close: 3 } as const;
