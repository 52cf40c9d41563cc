"""Control leases and the one rule deciding who holds a camera. Both lease stores apply this rule
and commit its outcome with a compare-and-set, so the rule is written once."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any


@dataclass(frozen=True)
class Lease:
    """Who controls one camera, since when, until when. A city reservation (Art. 12) is not renewed
    by commands: it ends ``reservation`` after it was taken, so site uploads are not blocked
    indefinitely (``expires_at`` None only for reservations stored before this rule)."""

    lease_id: str
    camera_id: int
    project_id: int
    district_id: int
    holder_id: int
    holder_username: str
    holder_display_name: str
    holder_role: str
    priority: int
    acquired_at: datetime
    last_command_at: datetime
    expires_at: datetime | None
    reserved: bool
    version: int = 1

    @property
    def token(self) -> str:
        """Compare-and-set token: a lease id is never reused, so no ABA."""
        return f"{self.lease_id}:{self.version}"

    def live(self, now: datetime) -> bool:
        return self.expires_at is None or self.expires_at > now

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("acquired_at", "last_command_at", "expires_at"):
            value = data[key]
            data[key] = value.isoformat() if value is not None else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Lease:
        values = dict(data)
        for key in ("acquired_at", "last_command_at", "expires_at"):
            raw = values.get(key)
            values[key] = datetime.fromisoformat(raw) if raw else None
        return cls(**values)

    def touched(self, now: datetime, inactivity: timedelta) -> Lease:
        return replace(
            self,
            last_command_at=now,
            expires_at=self.expires_at if self.reserved else now + inactivity,
            version=self.version + 1,
        )


@dataclass(frozen=True)
class Candidate:
    """Who asks for a camera, with what priority and rights."""

    camera_id: int
    project_id: int
    district_id: int
    holder_id: int
    holder_username: str
    holder_display_name: str
    holder_role: str
    priority: int
    reserve: bool = False
    break_reservation: bool = False  # asked for and permitted


class Verdict(StrEnum):
    GRANTED = "GRANTED"  # the camera was free (or its lease had expired)
    RENEWED = "RENEWED"  # the caller already held it
    PREEMPTED = "PREEMPTED"  # a lower priority (or a broken reservation) lost it
    REFUSED = "REFUSED"  # held by an equal or higher priority, or reserved


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    lease: Lease | None  # the lease to store (None when refused)
    previous: Lease | None  # the lease replaced: preempted, or expired and taken over
    blocking: Lease | None = None  # when refused: the lease in the way


def decide_acquire(
    current: Lease | None,
    candidate: Candidate,
    now: datetime,
    inactivity: timedelta,
    reservation: timedelta = timedelta(hours=2),
) -> Decision:
    expires = now + (reservation if candidate.reserve else inactivity)
    if current is not None and current.live(now):
        if current.holder_id == candidate.holder_id:
            renewed = replace(
                current,
                priority=candidate.priority,
                last_command_at=now,
                expires_at=expires,
                reserved=candidate.reserve,
                version=current.version + 1,
            )
            return Decision(Verdict.RENEWED, renewed, None)
        if current.reserved:
            if not candidate.break_reservation:
                return Decision(Verdict.REFUSED, None, None, current)
        elif candidate.priority <= current.priority:
            return Decision(Verdict.REFUSED, None, None, current)
        verdict = Verdict.PREEMPTED
    else:
        verdict = Verdict.GRANTED
    lease = Lease(
        lease_id=uuid.uuid4().hex,
        camera_id=candidate.camera_id,
        project_id=candidate.project_id,
        district_id=candidate.district_id,
        holder_id=candidate.holder_id,
        holder_username=candidate.holder_username,
        holder_display_name=candidate.holder_display_name,
        holder_role=candidate.holder_role,
        priority=candidate.priority,
        acquired_at=now,
        last_command_at=now,
        expires_at=expires,
        reserved=candidate.reserve,
    )
    return Decision(verdict, lease, current)
