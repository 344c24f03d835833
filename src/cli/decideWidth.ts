/** The width of a pipe or a file: the classic terminal's. */
export const DEFAULT_WIDTH = 80;

/**
 * Terminal columns the human formats fit: `Infinity` for `--wide`; else `COLUMNS` when it is a positive
 * whole number (as shells export it, and as a script sets it); else the terminal's width; else 80.
 */
export function decideWidth(
  wide: boolean,
  env: Readonly<Record<string, string | undefined>>,
  terminalSize: { readonly columns: number } | null,
): number {
  if (wide) return Infinity;
  const columns = env.COLUMNS;
  if (columns !== undefined && /^[1-9]\d{0,4}$/.test(columns)) return Number(columns);
  return terminalSize?.columns ?? DEFAULT_WIDTH;
}
