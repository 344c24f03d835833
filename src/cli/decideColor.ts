/**
 * Chalk colour level for stdout: off for `--no-color`, a non-empty `NO_COLOR`, or a non-terminal
 * stdout; `FORCE_COLOR` (non-empty) turns it on even for a pipe, and `FORCE_COLOR=0` (or `false`) off even
 * for a terminal, as in chalk's supports-color. `--no-color` always wins.
 */
export function decideColor(flag: boolean, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): 0 | 1 {
  if (!flag) return 0;
  const force = env.FORCE_COLOR;
  if (force === '0' || force === 'false') return 0;
  if (force !== undefined && force !== '') return 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  return isTTY ? 1 : 0;
}
