"""Scheduled regulatory checks. Each is a plain async function of (bus, now) so tests call it
directly with an injected clock; ``run_scheduler`` runs them all every interval in the app lifespan.

With several backend instances, a Redis lock per round keeps one instance checking at a time
(each check is also idempotent: it marks what it has reported)."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from backend.documents.services import check_overdue_documents
from backend.duty.services import check_unattended_rooms
from backend.faults.services import check_fault_deadlines, check_unauthorized_removals, sync_fault_tickets
from backend.hazards.services import check_overdue_notices
from backend.media.services import check_silent_gateways
from backend.recordings.ingest import check_recording_stalls
from backend.services import Services

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckReport:
    overdue_notices: int
    fault_tickets_synced: int
    fault_breaches: int
    unauthorized_removals: int
    overdue_documents: int
    unattended_rooms: int
    silent_gateways: int
    recording_gaps: int = 0


async def run_checks(services: Services, now: datetime | None = None) -> CheckReport:
    now = now or datetime.now(UTC)
    bus = services.bus
    timeout = timedelta(seconds=services.settings.duty_heartbeat_timeout_seconds)
    return CheckReport(
        overdue_notices=await check_overdue_notices(bus, now),  # Art. 14
        fault_tickets_synced=await sync_fault_tickets(bus, now),  # Art. 16
        fault_breaches=await check_fault_deadlines(bus, now),  # Art. 16
        unauthorized_removals=await check_unauthorized_removals(bus, now),  # Art. 16
        overdue_documents=await check_overdue_documents(bus, now),  # Art. 11
        unattended_rooms=await check_unattended_rooms(bus, now, timeout),  # Art. 9
        silent_gateways=(  # Art. 16
            await check_silent_gateways(
                bus, now, timedelta(seconds=services.settings.gateway_silence_seconds)
            )
            if services.settings.gateway_silence_seconds > 0
            else 0
        ),
        recording_gaps=await check_recording_stalls(  # Art. 8, 16
            bus, now, timedelta(seconds=services.settings.recording_gap_fault_seconds)
        ),
    )


async def _acquire_round(services: Services, interval: int) -> bool:
    if services.redis is None:
        return True
    lock = await services.redis.set("sitewatch:checks:lock", "1", nx=True, ex=max(1, interval - 1))
    return bool(lock)


async def run_scheduler(services: Services) -> None:
    interval = services.settings.check_interval_seconds
    while True:
        try:
            if await _acquire_round(services, interval):
                report = await run_checks(services)
                if any(vars(report).values()):
                    log.info("scheduled checks: %s", report)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("scheduled checks failed; retrying next round")
        await asyncio.sleep(interval)
