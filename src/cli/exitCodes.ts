/** One exit-code scheme for every command, so a script can tell "no" from "broken". */
export const EXIT = {
  /** Success (for `check`: the condition holds). */
  ok: 0,
  /** `check` only: the condition does not hold. */
  no: 1,
  /** Usage error: unknown option, bad option value, missing argument. */
  usage: 2,
  /** Input or data error: missing file, unparsable row, conflicting duplicate dates. */
  input: 3,
  /** Internal error: a bug in milestones (the message says so). */
  internal: 4,
  /** Output error: standard output or error could not be written (a full disk, an I/O error). */
  output: 5,
} as const;

export const EXIT_CODES_HELP = `
Exit codes:
  0  success (check: the condition holds)
  1  check: the condition does not hold
  2  usage error (unknown option, bad option value)
  3  input error (missing file, bad row, conflicting duplicate dates)
  4  internal error (a bug in milestones)
  5  output error (stdout or --out could not be written: disk full, I/O error)`;
