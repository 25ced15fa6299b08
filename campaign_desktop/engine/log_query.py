"""Reading a delivery's logs for the logs view: filtered ids, pages of rows, journal, exclusions, CSV.

The view holds only the ids of the rows that match (filtered and sorted in SQL) and asks
for the rows of the page on screen; a million rows never travel at once.
"""

from __future__ import annotations

import csv
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select

from campaign_desktop.db.models import DeliveryLog, TrackingEvent
from campaign_desktop.db.streaming import stream_ids
from campaign_desktop.domain.enums import ExclusionCause, FailureReason, LogStatus
from campaign_desktop.engine.control import ControlLike, Stopped
from campaign_desktop.engine.delivery_journal import StoredLine
from campaign_desktop.engine.delivery_journal import read as read_journal

#: Rows fetched and written between two looks at the control.
EXPORT_BATCH = 5_000
COLUMNS = ("address", "status", "failure_type", "failure_reason", "exclusion_cause", "last_reply", "retry_count", "sent_at", "detail")


@dataclass(frozen=True)
class LogFilter:
    status: LogStatus | None = None
    reason: FailureReason | None = None
    cause: ExclusionCause | None = None
    address: str = ""


def _where(delivery_id: int, f: LogFilter) -> list[Any]:
    conditions: list[Any] = [DeliveryLog.delivery_id == delivery_id]
    if f.status is not None:
        conditions.append(DeliveryLog.status == f.status)
    if f.reason is not None:
        conditions.append(DeliveryLog.failure_reason == f.reason)
    if f.cause is not None:
        conditions.append(DeliveryLog.exclusion_cause == f.cause)
    if f.address.strip():
        conditions.append(DeliveryLog.address.like(f"%{f.address.strip()}%"))
    return conditions


def log_ids(conn: Connection, delivery_id: int, f: LogFilter = LogFilter()) -> array[int]:
    """The ids of the matching rows, in id order, as a compact array (8 bytes a row)."""
    return stream_ids(conn, select(DeliveryLog.id).where(*_where(delivery_id, f)).order_by(DeliveryLog.id))


def log_rows(conn: Connection, delivery_id: int, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    """The displayed columns of these rows of one delivery, by id, ending with the recipient's events."""
    if not ids:
        return {}
    rows = conn.execute(
        select(DeliveryLog.id, DeliveryLog.profile_id, *(getattr(DeliveryLog, c) for c in COLUMNS))
        .where(DeliveryLog.id.in_(list(ids)))
    ).all()
    events = dict(conn.execute(
        select(TrackingEvent.profile_id, func.count())
        .where(TrackingEvent.delivery_id == delivery_id, TrackingEvent.profile_id.in_([r[1] for r in rows]))
        .group_by(TrackingEvent.profile_id)
    ).all())
    return {row[0]: (*row[2:], events.get(row[1], 0)) for row in rows}


def journal(conn: Connection, delivery_id: int) -> list[StoredLine]:
    """The delivery's journal, errors first."""
    return sorted(read_journal(conn, delivery_id), key=lambda line: -int(line.level))


def exclusion_counts(conn: Connection, delivery_id: int) -> list[tuple[ExclusionCause, int]]:
    return [(ExclusionCause(cause), n) for cause, n in conn.execute(
        select(DeliveryLog.exclusion_cause, func.count())
        .where(DeliveryLog.delivery_id == delivery_id, DeliveryLog.exclusion_cause.is_not(None))
        .group_by(DeliveryLog.exclusion_cause).order_by(func.count().desc())
    )]


def export_csv(conn: Connection, delivery_id: int, f: LogFilter, path: Path, control: ControlLike | None = None) -> int:
    """Write the matching rows to ``path`` (streamed); returns how many. ``control`` hears the
    progress every few thousand rows and can stop the export (the partial file is removed)."""
    written = 0
    try:
        with path.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(COLUMNS)
            result = conn.execution_options(stream_results=True, yield_per=EXPORT_BATCH).execute(
                select(*(getattr(DeliveryLog, c) for c in COLUMNS)).where(*_where(delivery_id, f)).order_by(DeliveryLog.id)
            )
            for row in result:
                writer.writerow([v.name.lower() if hasattr(v, "name") else ("" if v is None else v) for v in row])
                written += 1
                if control is not None and written % EXPORT_BATCH == 0:
                    control.report(written, 0)
                    if control.should_stop():
                        raise Stopped()
    except Stopped:
        path.unlink(missing_ok=True)  # half a file would pass for the whole export
        raise
    return written
