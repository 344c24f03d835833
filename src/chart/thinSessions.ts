/**
 * Row positions to draw a line through when there are more sessions than `columns` pixels: per
 * column the first, lowest, highest and last row, in time order (the M4 reduction), which draws the
 * same picture as every row. With few sessions, every row. `xOf` gives a row's pixel column.
 */
export function thinSessions(values: Float64Array, columns: number, xOf: (row: number) => number): number[] {
  const n = values.length;
  if (n <= 4 * Math.max(1, columns)) return Array.from({ length: n }, (_, i) => i);
  const rows: number[] = [];
  let i = 0;
  while (i < n) {
    const column = Math.floor(xOf(i));
    let lo = i;
    let hi = i;
    let j = i;
    while (j < n && Math.floor(xOf(j)) === column) {
      if (values[j] < values[lo]) lo = j;
      if (values[j] > values[hi]) hi = j;
      j++;
    }
    for (const r of [...new Set([i, lo, hi, j - 1])].sort((a, b) => a - b)) rows.push(r);
    i = j;
  }
  return rows;
}
