"""Login rate limiting: the same fixed-window behaviour in-process and shared through Redis."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from backend.auth.ratelimit import InProcessRateLimiter, RateLimiter, RedisRateLimiter
from tests.conftest import REDIS_URL


@pytest.fixture(params=["in-process", "redis"])
async def limiters(request: pytest.FixtureRequest) -> AsyncIterator[tuple[RateLimiter, RateLimiter]]:
    """Two limiters that must share counts: one object, or two instances on one Redis."""
    if request.param == "in-process":
        limiter = InProcessRateLimiter(limit=3, window_seconds=60)
        yield limiter, limiter
        return
    first, second = Redis.from_url(REDIS_URL), Redis.from_url(REDIS_URL)
    yield RedisRateLimiter(first, 3, 60), RedisRateLimiter(second, 3, 60)
    await first.aclose()
    await second.aclose()


async def test_limit_is_shared_and_reset_on_success(limiters: tuple[RateLimiter, RateLimiter]) -> None:
    instance_a, instance_b = limiters
    key = f"login:{uuid.uuid4().hex}:127.0.0.1"
    assert [await instance_a.hit(key), await instance_b.hit(key), await instance_a.hit(key)] == [0, 0, 0]
    wait = await instance_b.hit(key)
    assert 0 < wait <= 60
    await instance_a.reset(key)
    assert await instance_b.hit(key) == 0


async def test_keys_are_independent(limiters: tuple[RateLimiter, RateLimiter]) -> None:
    limiter, _ = limiters
    noisy, quiet = f"login:{uuid.uuid4().hex}:a", f"login:{uuid.uuid4().hex}:b"
    for _ in range(4):
        await limiter.hit(noisy)
    assert await limiter.hit(quiet) == 0
