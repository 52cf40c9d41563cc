"""Where leases live, behind one interface: the database (embedded default) or Redis (scale-out).

A store only loads and compare-and-sets; the rule (``leases.decide_acquire``) is applied by the
service on top, retrying when a concurrent writer won the race.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from redis.asyncio import Redis
from tortoise.exceptions import IntegrityError

from backend.control.leases import Lease
from backend.control.models import CameraControlLeaseRow

_FIELDS = (
    "camera_id",
    "project_id",
    "district_id",
    "lease_id",
    "version",
    "holder_id",
    "holder_username",
    "holder_display_name",
    "holder_role",
    "priority",
    "acquired_at",
    "last_command_at",
    "expires_at",
    "reserved",
)


class LeaseStore(Protocol):
    async def load(self, camera_id: int) -> Lease | None:
        """The stored lease, live or not (the caller judges liveness with its clock)."""
        ...

    async def compare_and_set(self, camera_id: int, expected: Lease | None, new: Lease | None) -> bool:
        """Replace ``expected`` (None: no lease) by ``new`` (None: delete) iff nothing changed meanwhile."""
        ...

    async def for_project(self, project_id: int) -> list[Lease]: ...

    async def due(self, now: datetime) -> list[Lease]:
        """Stored leases whose inactivity deadline has passed (candidates for the expiry sweep)."""
        ...

    async def close(self) -> None: ...


def _from_row(row: CameraControlLeaseRow) -> Lease:
    return Lease(**{name: getattr(row, name) for name in _FIELDS})


class DatabaseLeaseStore:
    async def load(self, camera_id: int) -> Lease | None:
        row = await CameraControlLeaseRow.get_or_none(camera_id=camera_id)
        return _from_row(row) if row else None

    async def compare_and_set(self, camera_id: int, expected: Lease | None, new: Lease | None) -> bool:
        if expected is None:
            if new is None:
                return not await CameraControlLeaseRow.exists(camera_id=camera_id)
            try:
                await CameraControlLeaseRow.create(**{name: getattr(new, name) for name in _FIELDS})
            except IntegrityError:
                return False  # someone else inserted first
            return True
        current = CameraControlLeaseRow.filter(
            camera_id=camera_id, lease_id=expected.lease_id, version=expected.version
        )
        if new is None:
            return await current.delete() == 1
        values = {name: getattr(new, name) for name in _FIELDS if name != "camera_id"}
        return await current.update(**values) == 1

    async def for_project(self, project_id: int) -> list[Lease]:
        return [_from_row(row) for row in await CameraControlLeaseRow.filter(project_id=project_id)]

    async def due(self, now: datetime) -> list[Lease]:
        rows = await CameraControlLeaseRow.filter(expires_at__lte=now)
        return [_from_row(row) for row in rows]

    async def close(self) -> None:
        return None


# KEYS: lease key, project index, expiry index. ARGV: expected token ('' = absent), new value ('' = delete),
# camera id, expiry score ('' = none). The whole check-and-write runs atomically inside Redis.
_CAS_SCRIPT = """
local current = redis.call('GET', KEYS[1])
local token = ''
if current then
  local lease = cjson.decode(current)
  token = lease['lease_id'] .. ':' .. tostring(lease['version'])
end
if token ~= ARGV[1] then return 0 end
if ARGV[2] == '' then
  redis.call('DEL', KEYS[1])
  redis.call('SREM', KEYS[2], ARGV[3])
  redis.call('ZREM', KEYS[3], ARGV[3])
else
  redis.call('SET', KEYS[1], ARGV[2])
  redis.call('SADD', KEYS[2], ARGV[3])
  if ARGV[4] == '' then
    redis.call('ZREM', KEYS[3], ARGV[3])
  else
    redis.call('ZADD', KEYS[3], ARGV[4], ARGV[3])
  end
end
return 1
"""


class RedisLeaseStore:
    def __init__(self, redis: Redis, prefix: str = "sitewatch:control:") -> None:
        self._redis = redis
        self._prefix = prefix
        self._cas = redis.register_script(_CAS_SCRIPT)

    def _key(self, camera_id: int) -> str:
        return f"{self._prefix}lease:{camera_id}"

    def _project_key(self, project_id: int) -> str:
        return f"{self._prefix}project:{project_id}"

    @property
    def _expiry_key(self) -> str:
        return f"{self._prefix}expiry"

    @staticmethod
    def _decode(raw: bytes | str | None) -> Lease | None:
        return Lease.from_json(json.loads(raw)) if raw else None

    async def load(self, camera_id: int) -> Lease | None:
        return self._decode(await self._redis.get(self._key(camera_id)))

    async def compare_and_set(self, camera_id: int, expected: Lease | None, new: Lease | None) -> bool:
        reference = new or expected
        project_id = reference.project_id if reference else 0
        score = "" if new is None or new.expires_at is None else str(new.expires_at.timestamp())
        result = await self._cas(
            keys=[self._key(camera_id), self._project_key(project_id), self._expiry_key],
            args=[
                expected.token if expected else "",
                json.dumps(new.to_json()) if new else "",
                str(camera_id),
                score,
            ],
        )
        return bool(result)

    async def _many(self, camera_ids: Sequence[bytes | str | int]) -> list[Lease]:
        if not camera_ids:
            return []
        raws = await self._redis.mget([self._key(int(c)) for c in camera_ids])
        return [lease for lease in (self._decode(raw) for raw in raws) if lease is not None]

    async def for_project(self, project_id: int) -> list[Lease]:
        members: set[bytes | str] = await self._redis.smembers(self._project_key(project_id))
        return await self._many(list(members))

    async def due(self, now: datetime) -> list[Lease]:
        ids = await self._redis.zrangebyscore(self._expiry_key, "-inf", now.timestamp())
        return await self._many([item for item in ids if isinstance(item, bytes | str)])

    async def close(self) -> None:
        return None
