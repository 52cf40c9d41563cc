"""Times shown to people (alert texts) in the city's local time; the API itself speaks UTC ISO 8601."""

from __future__ import annotations

import os
from datetime import datetime
from zoneinfo import ZoneInfo

DISPLAY_TIMEZONE = ZoneInfo(os.environ.get("SITEWATCH_DISPLAY_TIMEZONE", "Asia/Shanghai"))


def local_display(moment: datetime) -> str:
    """E.g. ``2026-11-26 22:52 (UTC+08:00)``."""
    local = moment.astimezone(DISPLAY_TIMEZONE)
    offset = local.strftime("%z")
    return f"{local:%Y-%m-%d %H:%M} (UTC{offset[:3]}:{offset[3:]})"
