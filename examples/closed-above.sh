#!/bin/sh
# Has the index closed above LEVEL, and how far is its last close from it?
# Usage: closed-above.sh [LEVEL [FILE and options]]  (default: 7000 on the bundled S&P 500)
set -eu
level=${1:-7000}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || set -- --sample

# Exit status: 0 yes, 1 no, 2 or more an error (already explained on stderr).
status=0
milestones check "$@" --closed-above "$level" || status=$?
case $status in
  0) answer=yes ;;
  1) answer=no ;;
  *) exit "$status" ;;
esac

# The signed percent from the last close to LEVEL (negative: below), 4 decimal places. With several
# indexes each line starts with a symbol and a tab: this script answers for one.
pct=$(milestones distance "$level" "$@" --format value --quiet)
case $pct in
  *"$(printf '\t')"*) echo 'closed-above.sh: one index at a time (closed_above.py answers for each)' >&2; exit 2 ;;
esac
printf 'closed above %s: %s; last close %+.2f%% from it\n' "$level" "$answer" "$pct"
