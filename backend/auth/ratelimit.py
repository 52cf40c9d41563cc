"""Fixed-window rate limiting for logins: in-process by default, Redis when scaled out."""

from __future__ import annotations

import time
from typing import Protocol

from redis.asyncio import Redis


class RateLimiter(Protocol):
    async def hit(self, key: str) -> int:
        """Count one attempt; return seconds to wait (0 when allowed)."""
        ...

    async def reset(self, key: str) -> None: ...


class InProcessRateLimiter:
    def __init__(self, limit: int, window_seconds: int) -> None:
        self._limit = limit
        self._window = window_seconds
        self._hits: dict[str, tuple[float, int]] = {}

    async def hit(self, key: str) -> int:
        now = time.monotonic()
        started, count = self._hits.get(key, (now, 0))
        if now - started >= self._window:
            started, count = now, 0
        count += 1
        self._hits[key] = (started, count)
        if len(self._hits) > 100_000:
            self._hits = {k: v for k, v in self._hits.items() if now - v[0] < self._window}
        if count > self._limit:
            return max(1, int(self._window - (now - started)))
        return 0

    async def reset(self, key: str) -> None:
        self._hits.pop(key, None)


class RedisRateLimiter:
    def __init__(self, redis: Redis, limit: int, window_seconds: int) -> None:
        self._redis = redis
        self._limit = limit
        self._window = window_seconds

    async def hit(self, key: str) -> int:
        redis_key = f"sitewatch:ratelimit:{key}"
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.incr(redis_key)
            pipe.expire(redis_key, self._window, nx=True)
            pipe.ttl(redis_key)
            count, _, ttl = await pipe.execute()
        if int(count) > self._limit:
            return max(1, int(ttl))
        return 0

    async def reset(self, key: str) -> None:
        await self._redis.delete(f"sitewatch:ratelimit:{key}")
