#!/usr/bin/env python3
"""Has each index closed above LEVEL, and how far is its last close from it?

Usage: closed_above.py [LEVEL [FILE... and options]]  (default: 7000 on the bundled S&P 500)
"""
import json
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal


def two_places(x, sign="-"):
    """x rounded to 2 decimals as the tool rounds: from its shortest text, half up. Python's own
    rounding works on the binary value, which is just below 1180.455 but just above 26180.455."""
    return f"{Decimal(repr(x)).quantize(Decimal('0.01'), ROUND_HALF_UP):{sign},}"


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
            f"{index['symbol']}: closed above {index['level']:,g}: {closed}; "
            f"last close {two_places(index['close'])} on {index['asOf']} is "
            f"{two_places(index['points'], '+')} points ({two_places(index['pct'], '+')}%) from it"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
