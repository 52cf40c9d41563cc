"""Summarize a py-spy collapsed-stack profile (``py-spy record --format raw``) of the gateway.

    py-spy record --pid GATEWAY_PID --duration 20 --rate 200 --nonblocking --format raw -o gw.txt
    .venv/bin/python bench/gateway/profile_summary.py gw.txt [--top 25]

Prints the share of samples per function, self (the innermost frame) and inclusive (anywhere on the
stack), so the viewer path's cost can be split into packetization, RTP serialization, SRTP, socket writes,
asyncio scheduling, etc.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

FRAME = re.compile(r"^(?P<function>.+?) \((?P<file>[^():]+)(?::\d+)?\)$")


def short(frame: str) -> str:
    match = FRAME.match(frame.strip())
    if match is None:
        return frame.strip()
    parts = Path(match["file"]).parts
    tail = "/".join(parts[-2:]) if len(parts) >= 2 else match["file"]
    return f"{match['function']} ({tail})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("profile", type=Path)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    own: collections.Counter[str] = collections.Counter()
    inclusive: collections.Counter[str] = collections.Counter()
    total = 0
    for line in args.profile.read_text().splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = [short(f) for f in stack.split(";") if f and not f.startswith("process ")]
        frames = [f for f in frames if not f.startswith("thread ")]
        if not frames:
            continue
        total += count
        own[frames[-1]] += count
        for frame in set(frames):
            inclusive[frame] += count
    if not total:
        print("no samples", file=sys.stderr)
        return 1
    print(f"{total} samples")
    for title, counter in (("self", own), ("inclusive", inclusive)):
        print(f"\n{title}:")
        for frame, count in counter.most_common(args.top):
            print(f"{100 * count / total:6.1f} %  {frame}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
