#!/usr/bin/env python3
"""Has each index closed above LEVEL, and how far is its last close from it?

Usage: closed_above.py [LEVEL [FILE... and options]]  (default: 7000 on the bundled S&P 500)
"""
import json
import subprocess
import sys


def main(argv):
    level = argv[1] if len(argv) > 1 else "7000"
    inputs = argv[2:] or ["--sample"]
    run = subprocess.run(
        ["milestones", "distance", level, *inputs, "--format", "json"],
        capture_output=True,
        text=True,
    )
    if run.returncode != 0:  # 2 usage, 3 input error: the message is on stderr
        sys.stderr.write(run.stderr)
        return run.returncode
    doc = json.loads(run.stdout)
    if doc["schemaVersion"] != 3:
        sys.exit(f"unexpected schemaVersion {doc['schemaVersion']}")
    for index in doc["indexes"]:
        closed = f"yes, first on {index['firstCloseDate']}" if index["closedAbove"] else "no"
        print(
            f"{index['symbol']}: closed above {doc['target']:,g}: {closed}; "
            f"last close {index['close']:,.2f} on {index['asOf']} is "
            f"{index['points']:+,.2f} points ({index['pct']:+.2f}%) from it"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
