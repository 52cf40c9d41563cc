"""Process-wide services shared by requests: settings, event bus, rate limiter, Redis."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from redis.asyncio import Redis

from backend.auth.ratelimit import InProcessRateLimiter, RateLimiter, RedisRateLimiter
from backend.events.bus import EventBus, InProcessBus, RedisBus
from backend.settings import Settings


@dataclass
class Services:
    settings: Settings
    bus: EventBus
    login_limiter: RateLimiter
    redis: Redis | None = None
    alert_fanout: Any = None  # backend.alerts.fanout.AlertFanout, created on the first subscription
    # "now" for services that decide by age (recording retention); tests inject another clock
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))

    @classmethod
    def create(cls, settings: Settings) -> Services:
        if settings.redis_url:
            redis = Redis.from_url(settings.redis_url)
            return cls(
                settings=settings,
                bus=RedisBus(redis, prefix=f"{settings.redis_prefix}events:"),
                login_limiter=RedisRateLimiter(
                    redis, settings.login_attempts_per_window, settings.login_window_seconds
                ),
                redis=redis,
            )
        return cls(
            settings=settings,
            bus=InProcessBus(),
            login_limiter=InProcessRateLimiter(
                settings.login_attempts_per_window, settings.login_window_seconds
            ),
        )

    async def close(self) -> None:
        if self.alert_fanout is not None:
            await self.alert_fanout.close()
        await self.bus.close()
        if self.redis is not None:
            await self.redis.aclose()
