"""The fault suite's GraphQL fuzz run with many more examples per role than CI runs
(tests/faults/test_fuzz_graphql.py): zero 500s, zero masked or unmasked internal errors.

Run: .venv/bin/python bench/faults/fuzz_graphql.py [--examples 200]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=200)
    args = parser.parse_args()
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/faults/test_fuzz_graphql.py", "-q", "-p", "no:cacheprovider"],
        cwd=ROOT,
        env={**os.environ, "SITEWATCH_FUZZ_EXAMPLES": str(args.examples)},
        check=False,
    )
    took = time.monotonic() - started
    print(
        f"fuzz: {args.examples} documents per role x 8 roles in {took:.0f} s, pytest exit {result.returncode}"
    )
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
