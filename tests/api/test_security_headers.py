"""Every response carries the security headers; API responses are never cached."""

from __future__ import annotations

import httpx


async def test_spa_and_health_responses_carry_security_headers(client: httpx.AsyncClient) -> None:
    for path in ("/healthz", "/projects/whatever"):
        response = await client.get(path)
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "no-referrer"
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy


async def test_api_responses_are_not_cached(client: httpx.AsyncClient, tokens: dict[str, str]) -> None:
    response = await client.post(
        "/graphql",
        json={"query": "{ me { id } }"},
        headers={"authorization": f"Bearer {tokens['CITY_CENTER']}"},
    )
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["x-content-type-options"] == "nosniff"
