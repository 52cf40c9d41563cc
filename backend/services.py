"""Process-wide services shared by requests: settings, event bus, rate limiter, Redis."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from redis.asyncio import Redis

from backend.auth.ratelimit import InProcessRateLimiter, RateLimiter, RedisRateLimiter
from backend.client_address import TrustedProxies, parse_proxies
from backend.control.services import ControlService
from backend.events.bus import EventBus, InProcessBus, RedisBus
from backend.settings import Settings


@dataclass
class Services:
    settings: Settings
    bus: EventBus
    login_limiter: RateLimiter  # per account
    address_limiter: RateLimiter  # per client address, across accounts
    proxies: TrustedProxies
    redis: Redis | None = None
    alert_fanout: Any = None  # backend.alerts.fanout.AlertFanout, created on the first subscription
    # "now" for services that decide by age (recording retention); tests inject another clock
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    # PTZ leases (Art. 8, 12) and the Art. 12 upload check: part of the services object, not a
    # registry filled at import time, so the lock cannot vanish with a missing import.
    control: ControlService = field(init=False)

    def __post_init__(self) -> None:
        from backend.control.runtime import build_control

        self.control = build_control(self)

    @classmethod
    def create(cls, settings: Settings) -> Services:
        proxies = TrustedProxies(parse_proxies(settings.trusted_proxies))
        window = settings.login_window_seconds
        if settings.redis_url:
            redis = Redis.from_url(settings.redis_url)
            return cls(
                settings=settings,
                bus=RedisBus(redis, prefix=f"{settings.redis_prefix}events:"),
                login_limiter=RedisRateLimiter(redis, settings.login_attempts_per_window, window),
                address_limiter=RedisRateLimiter(redis, settings.login_attempts_per_address, window),
                proxies=proxies,
                redis=redis,
            )
        return cls(
            settings=settings,
            bus=InProcessBus(),
            login_limiter=InProcessRateLimiter(settings.login_attempts_per_window, window),
            address_limiter=InProcessRateLimiter(settings.login_attempts_per_address, window),
            proxies=proxies,
        )

    async def close(self) -> None:
        await self.control.aclose()
        if self.alert_fanout is not None:
            await self.alert_fanout.close()
        await self.bus.close()
        if self.redis is not None:
            await self.redis.aclose()
