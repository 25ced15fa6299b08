"""What a delivery's dashboard shows, read in one go: its row, live figures, chart, who works on it.

The dashboard reads it every second while the delivery may change (in any process) and
every few seconds otherwise, so the read is kept cheap: the chart's samples are read again
only when some were added, and the analysis only for a prepared delivery.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from campaign_desktop.db.models import Delivery, IndicatorSample, utcnow
from campaign_desktop.domain.enums import DeliveryState, JournalLevel
from campaign_desktop.engine import delivery_journal
from campaign_desktop.engine.indicators import Series, live, series
from campaign_desktop.engine.job_lease import holder as lease_holder
from campaign_desktop.engine.messages import Message
from campaign_desktop.engine.settings import load_settings

#: (how many samples, the latest sample's id): changes whenever a sample is added or replaced.
SampleStamp = tuple[int, Any]


@dataclass(frozen=True)
class DeliverySnapshot:
    label: str
    internal_name: str
    state: DeliveryState
    state_reason: str | None
    reason: Any
    targeted: int
    to_deliver: int
    to_exclude: int
    figures: dict[str, Any]
    series: Series | None  # None: unchanged since ``samples`` was last read
    samples: SampleStamp
    holder: Any  # the job lease (engine/job_lease.py), or None
    now: dt.datetime
    analysis: list[tuple[JournalLevel, Message | str]]  # a prepared delivery's errors and warnings


def read_snapshot(conn: Connection, delivery_id: int, known_samples: SampleStamp | None) -> DeliverySnapshot:
    row = conn.execute(select(Delivery.label, Delivery.internal_name, Delivery.state, Delivery.state_reason,
                              Delivery.reason, Delivery.targeted, Delivery.to_deliver, Delivery.to_exclude)
                       .where(Delivery.id == delivery_id)).one()
    mode = load_settings(conn).reporting_mode
    analysis = [(line.level, line.message or line.text) for line in delivery_journal.read(conn, delivery_id)
                if line.level in (JournalLevel.ERROR, JournalLevel.WARNING)] if row.state is DeliveryState.PREPARED else []
    samples: SampleStamp = tuple(conn.execute(select(func.count(), func.max(IndicatorSample.id))  # type: ignore[assignment]
                                              .where(IndicatorSample.delivery_id == delivery_id)).one())
    return DeliverySnapshot(
        *row, figures=live(conn, delivery_id, mode).as_json(),
        series=series(conn, delivery_id) if samples != known_samples else None, samples=samples,
        holder=lease_holder(conn, delivery_id), now=utcnow(), analysis=analysis)
