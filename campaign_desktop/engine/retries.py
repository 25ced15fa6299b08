"""When a soft failure is tried again (DESIGN.md §4)."""

from __future__ import annotations

import datetime as dt

from campaign_desktop.engine.settings import Settings


def next_retry(now: dt.datetime, retries_done: int, settings: Settings) -> dt.datetime:
    """``retries_first_day`` retries at least ``retry_min_interval_hours`` apart, then one a day."""
    if retries_done < settings.retries_first_day:
        return now + dt.timedelta(hours=settings.retry_min_interval_hours)
    return now + dt.timedelta(days=1)
