"""A delivery's journal: the analysis lines of its preparation and the events of its send.

Each line is stored as its typed message (id and arguments) and, for scripts and the
command line, as its English sentence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from campaign_desktop.db.models import JournalEntry, utcnow
from campaign_desktop.domain.enums import JournalLevel, RuleKind
from campaign_desktop.engine.messages import Message


@dataclass(frozen=True)
class JournalLine:
    level: JournalLevel
    rule: RuleKind | None
    message: Message

    @property
    def text(self) -> str:
        return str(self.message)


def row(delivery_id: int, line: JournalLine, at: dt.datetime | None = None) -> dict[str, Any]:
    return {"delivery_id": delivery_id, "at": at or utcnow(), "level": line.level, "rule": line.rule,
            "message": line.text, "code": line.message.id.name, "args": dict(line.message.args)}


def write(conn: Connection, delivery_id: int, level: JournalLevel, message: Message, rule: RuleKind | None = None) -> None:
    conn.execute(insert(JournalEntry), [row(delivery_id, JournalLine(level, rule, message))])


def write_lines(conn: Connection, delivery_id: int, lines: list[JournalLine]) -> None:
    if lines:
        conn.execute(insert(JournalEntry), [row(delivery_id, line) for line in lines])


def clear(conn: Connection, delivery_id: int) -> None:
    conn.execute(delete(JournalEntry).where(JournalEntry.delivery_id == delivery_id))


@dataclass(frozen=True)
class StoredLine:
    """A journal line as read back: its time, level, the English, and the typed message if it has one."""

    at: dt.datetime
    level: JournalLevel
    text: str
    message: Message | None


def read(conn: Connection, delivery_id: int) -> list[StoredLine]:
    rows = conn.execute(select(JournalEntry.at, JournalEntry.level, JournalEntry.message, JournalEntry.code, JournalEntry.args)
                        .where(JournalEntry.delivery_id == delivery_id).order_by(JournalEntry.id))
    return [StoredLine(at, level, text, Message.from_json({"id": code, "args": args}) if code else None)
            for at, level, text, code, args in rows]


__all__ = ["JournalLine", "StoredLine", "clear", "read", "row", "write", "write_lines"]
