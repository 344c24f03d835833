/**
 * Chalk colour level for stdout: off for `--no-color`, a non-empty `NO_COLOR`, or a non-terminal
 * stdout; `FORCE_COLOR` (non-empty, not `0`) turns it on even for a pipe. `--no-color` always wins.
 */
export function decideColor(flag: boolean, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): 0 | 1 {
  if (!flag) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  return isTTY ? 1 : 0;
}
