"""The inbound list: messages of the error mailbox that wait for a person.

Unclassified mail (a customer's question sent to the error address), messages that could
not be read, and bounces about no message of ours are never applied to a log row by
guesswork; they wait here, with the reason and their bytes, until someone dismisses them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, select, update

from campaign_desktop.db.models import InboundMessage
from campaign_desktop.domain.enums import InboundKind, InboundOutcome
from campaign_desktop.engine.messages import Message


@dataclass(frozen=True)
class InboundItem:
    id: int
    read_at: dt.datetime
    kind: InboundKind
    sender: str | None
    subject: str | None
    detail: str | None
    source: str
    reason: Message | None = None  # why it waits, typed (``detail`` is its English)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "read_at": self.read_at.isoformat(), "kind": self.kind.name.lower(),
                "from": self.sender, "subject": self.subject, "detail": self.detail, "source": self.source}


def waiting(engine: Engine, limit: int = 500) -> list[InboundItem]:
    """The messages waiting for a person, newest first."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(InboundMessage.id, InboundMessage.read_at, InboundMessage.kind, InboundMessage.from_address,
                   InboundMessage.subject, InboundMessage.detail, InboundMessage.source, InboundMessage.reason)
            .where(InboundMessage.outcome == InboundOutcome.FOR_A_PERSON)
            .order_by(InboundMessage.read_at.desc(), InboundMessage.id.desc()).limit(limit)).all()
    return [InboundItem(*row[:7], Message.from_json(row[7]) if row[7] else None) for row in rows]


def counts(engine: Engine) -> dict[InboundOutcome, int]:
    with engine.connect() as conn:
        return {outcome: n for outcome, n in conn.execute(
            select(InboundMessage.outcome, func.count()).group_by(InboundMessage.outcome))}


def raw_message(engine: Engine, inbound_id: int) -> bytes | None:
    """The bytes kept of a message waiting for a person (to read it whole)."""
    with engine.connect() as conn:
        return conn.execute(select(InboundMessage.raw).where(InboundMessage.id == inbound_id)).scalar_one_or_none()


def dismiss(engine: Engine, inbound_ids: list[int]) -> int:
    """A person has dealt with these: they leave the list (the record stays, so they are never read again)."""
    with engine.begin() as conn:
        return conn.execute(update(InboundMessage).where(
            InboundMessage.id.in_(inbound_ids), InboundMessage.outcome == InboundOutcome.FOR_A_PERSON)
            .values(outcome=InboundOutcome.DISMISSED, raw=None)).rowcount or 0


__all__ = ["InboundItem", "counts", "dismiss", "raw_message", "waiting"]
