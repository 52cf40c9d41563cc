"""Finding 1: an operation is sized with its fragments expanded — once per fragment — and refused
over the budget before any other validation runs, so no small document can stall the backend.

The timing assertions are a loose guard (a refused document costs well under 50 ms; the figures
are in bench/security/bench_operation_budget.py): on the unmemoized validators a 20-level
fragment chain took seconds."""

from __future__ import annotations

import time

import pytest

from tests.conftest import GraphQLClient

GUARD_SECONDS = 0.5


def fragment_chain(levels: int) -> str:
    chain = " ".join(f"fragment L{i} on Query {{ ...L{i + 1} ...L{i + 1} }}" for i in range(levels))
    return f"{{ ...L0 }} {chain} fragment L{levels} on Query {{ __typename }}"


CRAFTED = {
    "fragment chain of 20": fragment_chain(20),
    "fragment chain of 190 (fits the token limit)": fragment_chain(190),
    "fragment fan-out": "{ ...A } fragment A on Query { "
    + " ".join(["...B"] * 40)
    + " } fragment B on Query { "
    + " ".join(["...C"] * 40)
    + " } fragment C on Query { __typename me { id } }",
    "the same field 450 times": "{ " + " ".join(["me { id }"] * 450) + " }",
    "1,900 leaf fields": "{ " + " ".join(["__typename"] * 1900) + " }",
    "a fragment that spreads itself": "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }",
}


@pytest.mark.parametrize("name", list(CRAFTED))
async def test_crafted_operation_is_refused_quickly(anonymous: GraphQLClient, name: str) -> None:
    # The best of three: a stall of the shared machine during one try is not the backend's cost.
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        response = await anonymous.raw(CRAFTED[name])
        timings.append(time.perf_counter() - started)
    elapsed = min(timings)
    body = response.json()
    assert body.get("data") is None
    assert body["errors"][0]["extensions"]["code"] == "QUERY_TOO_COMPLEX", body["errors"][0]
    assert elapsed < GUARD_SECONDS, f"{name}: {elapsed * 1000:.0f} ms"


async def test_the_refusal_says_what_was_too_big(anonymous: GraphQLClient) -> None:
    body = (await anonymous.raw(fragment_chain(20))).json()
    assert "fields with fragments expanded" in body["errors"][0]["message"]


async def test_fragments_within_budget_still_work(as_role) -> None:  # type: ignore[no-untyped-def]
    query = "{ ...A } fragment A on Query { me { ...B } } fragment B on User { id ...C } fragment C on User { username }"
    data = await as_role("CITY_CENTER").data(query)
    assert data["me"]["username"]


async def test_depth_counts_through_fragments(as_role) -> None:  # type: ignore[no-untyped-def]
    # 13 levels below the root field, written inside a fragment.
    path = ["districts", "projects", "edges", "node", "cameras", "project", "district"] * 2
    nest = " { ".join(path) + " { id" + " }" * len(path)
    body = (await as_role("CITY_CENTER").raw("{ ...A } fragment A on Query { " + nest + " }")).json()
    assert "exceeds maximum operation depth" in body["errors"][0]["message"]


async def test_a_valid_document_is_validated_once_an_invalid_one_every_time(
    as_role, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The SPA sends the same few documents again and again (every socket re-subscribing to
    `Alerts` after a backend died): validating one text once is enough; a wrong one is refused
    every time with its errors."""
    from backend.graphql_core import limits

    validated: list[str] = []
    real_validate = limits.validate

    def counting(schema, document, *args, **kwargs):  # type: ignore[no-untyped-def]
        validated.append(document.loc.source.body)
        return real_validate(schema, document, *args, **kwargs)

    monkeypatch.setattr(limits, "validate", counting)
    city = as_role("CITY_CENTER")
    good = "query ValidatedOnce { me { username } }"
    bad = "query RefusedEveryTime { me { nonexistentField } }"
    for _ in range(3):
        assert (await city.data(good))["me"]["username"]
        body = (await city.raw(bad)).json()
        assert body.get("data") is None and "nonexistentField" in body["errors"][0]["message"]
    assert validated.count(good) == 1
    assert validated.count(bad) == 3
