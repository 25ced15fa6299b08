"""A profile's history: every delivery it was targeted by, with status, reason and events."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, case, func, select

from campaign_desktop.db.models import Delivery, DeliveryLog, TrackingEvent
from campaign_desktop.domain.enums import ExclusionCause, FailureReason, LogStatus, TrackingKind


@dataclass(frozen=True)
class HistoryLine:
    delivery_id: int
    label: str
    internal_name: str
    status: LogStatus
    reason: FailureReason
    exclusion: ExclusionCause | None
    sent_at: dt.datetime | None
    last_reply: str | None
    opens: int
    clicks: int


def profile_history(conn: Connection, profile_id: int) -> list[HistoryLine]:
    events = (
        select(
            TrackingEvent.delivery_id,
            func.sum(case((TrackingEvent.kind == int(TrackingKind.OPEN), 1), else_=0)).label("opens"),
            func.sum(case((TrackingEvent.kind == int(TrackingKind.CLICK), 1), else_=0)).label("clicks"),
        )
        .where(TrackingEvent.profile_id == profile_id)
        .group_by(TrackingEvent.delivery_id)
        .subquery()
    )
    rows = conn.execute(
        select(Delivery.id, Delivery.label, Delivery.internal_name, DeliveryLog.status, DeliveryLog.failure_reason,
               DeliveryLog.exclusion_cause, DeliveryLog.sent_at, DeliveryLog.last_reply,
               func.coalesce(events.c.opens, 0), func.coalesce(events.c.clicks, 0))
        .join(Delivery, Delivery.id == DeliveryLog.delivery_id)
        .outerjoin(events, events.c.delivery_id == Delivery.id)
        .where(DeliveryLog.profile_id == profile_id)
        .order_by(func.coalesce(DeliveryLog.sent_at, Delivery.created_at).desc())
    ).all()
    return [HistoryLine(*row) for row in rows]
