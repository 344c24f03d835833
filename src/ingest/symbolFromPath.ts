/** A path that names an open descriptor, not a file: `<(cat f.csv)` gives `/dev/fd/63`. */
const DESCRIPTOR = /^\/(?:dev\/(?:fd\/\d+|stdin)|proc\/(?:self|\d+)\/fd\/\d+)$/;

/** `data/spx.csv` → `SPX`; standard input, or a descriptor (`/dev/fd/63` of a process substitution) → `STDIN`. */
export function symbolFromPath(path: string): string {
  if (path === '-' || DESCRIPTOR.test(path)) return 'STDIN';
  const base = path.split(/[\\/]/).pop() ?? path;
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).toUpperCase();
}
