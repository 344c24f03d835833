/** `data/spx.csv` → `SPX`; standard input → `STDIN`. */
export function symbolFromPath(path: string): string {
  if (path === '-') return 'STDIN';
  const base = path.split(/[\\/]/).pop() ?? path;
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).toUpperCase();
}
