"""Crafted GraphQL documents: how long the backend takes to answer them, with the operation budget
(backend/graphql_core/limits.py: expanded size memoized per fragment, checked before validation)
against the peer measured in the same run — the previous pipeline (strawberry's depth and alias
limiters plus graphql-core validation, all walking fragment spreads at every use).

The peer is only run on chains short enough to finish; the budget is also run on the 190-level
chain that fits the 2,000-token limit (the peer would not finish it).

Run: .venv/bin/python bench/security/bench_operation_budget.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from graphql import parse, specified_rules, validate

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from strawberry.extensions import MaxAliasesLimiter, QueryDepthLimiter  # noqa: E402

from backend.graphql_core.limits import Budget, check_operation  # noqa: E402
from backend.schema import build_schema  # noqa: E402


def chain(levels: int) -> str:
    body = " ".join(f"fragment L{i} on Query {{ ...L{i + 1} ...L{i + 1} }}" for i in range(levels))
    return f"{{ ...L0 }} {body} fragment L{levels} on Query {{ __typename }}"


def budget_answer(schema, document: str) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    refused = check_operation(schema, parse(document, max_tokens=2000), None, Budget())
    assert refused is not None
    return time.perf_counter() - started


def peer_answer(schema, document: str) -> float:  # type: ignore[no-untyped-def]
    depth_rule = QueryDepthLimiter(max_depth=12).validation_rules[0]  # type: ignore[attr-defined]
    alias_rule = MaxAliasesLimiter(max_alias_count=30).validation_rules[0]  # type: ignore[attr-defined]
    started = time.perf_counter()
    validate(schema, parse(document, max_tokens=2000), [*specified_rules, depth_rule, alias_rule])
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    schema = build_schema()._schema
    cases = {
        "chain 12": chain(12),
        "chain 14": chain(14),
        "chain 16": chain(16),
        "same field x450": "{ " + " ".join(["me { id }"] * 450) + " }",
        "chain 190": chain(190),
    }
    print(f"{'document':18s} {'budget ms':>10s} {'peer ms':>10s} {'peer/budget':>12s}")
    for name, document in cases.items():
        ours = statistics.median(budget_answer(schema, document) for _ in range(args.rounds))
        if name == "chain 190":
            print(f"{name:18s} {ours * 1000:10.2f} {'(no end)':>10s} {'-':>12s}")
            continue
        peer = statistics.median(peer_answer(schema, document) for _ in range(args.rounds))
        print(f"{name:18s} {ours * 1000:10.2f} {peer * 1000:10.1f} {peer / ours:12.0f}")


if __name__ == "__main__":
    main()
