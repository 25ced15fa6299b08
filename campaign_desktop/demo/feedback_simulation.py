"""What the internet does after the simulated MTA accepted a message: a schedule kept in the database.

For each accepted message, drawn from the seed and the address: a delivery report a few
simulated minutes later (email feedback mode reads it), or a bounce that arrives later
(hard, or soft on the first acceptance only, so a retry succeeds); opens spread over two
simulated days, clicks after some opens, a few unsubscriptions. Delays are simulated
seconds, due times are on the delivery's simulated clock (engine/clock.py).

The plan is written as rows (``SimulatedEvent``) by the process that accepts the message,
in batches of a twentieth of a second (``Schedule``), so the send keeps its pace. The
schedule used to live in that process's memory, and closing the app during the follow
lost it (the delivery stayed *Sent* for ever).

The rows whose time has come on the delivery's clock are released (``release_due``, by the
simulated MTA's process while a send or a follow runs): opens and clicks are recorded in
the transaction that deletes their rows; reports and bounces are written as
``.eml`` files into the bounce folder, where the feedback processing reads them like real
ones, just before that transaction. A notice released again after a crash between the two
is the same file with the same bytes (named and identified by its row), which the feedback
processing knows by its digest: no event is applied twice, and none is lost.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import sys
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from email import message_from_bytes
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Engine, delete, func, insert, select
from sqlalchemy.exc import SQLAlchemyError

from campaign_desktop.db.models import SimulatedEvent
from campaign_desktop.demo.bounce_messages import dsn
from campaign_desktop.demo.seeded import draw
from campaign_desktop.domain.enums import SimulatedEventKind as Kind
from campaign_desktop.engine.tracking import BadToken, Tracker, record_hit

LATER_HARD = 0.015
LATER_SOFT = 0.02
OPENS = 0.35
CLICKS_OF_OPENERS = 0.30
UNSUBSCRIBES_OF_OPENERS = 0.005
#: When an opener opens (simulated seconds after acceptance: from ``OPEN_AFTER_S``, over two days),
#: and how long a clicker thinks after opening (30 s at least).
OPEN_AFTER_S, OPENS_OVER_S, THINK_S = 300, 48 * 3600, 600
#: The longest a planned event comes after its message's acceptance (a late click; bounces come sooner).
LONGEST_WAIT_S = OPEN_AFTER_S + OPENS_OVER_S + 30 + THINK_S
_TRACKED = re.compile(r'(?:href|src)="(https?://[^"]+/([ocu])/[^"]+)"')
#: The tracked URL's kind by the letter of its path (/o/ open pixel, /c/ click, /u/ unsubscribe).
_HIT_KINDS = {"o": Kind.OPEN, "c": Kind.CLICK, "u": Kind.UNSUBSCRIBE}
#: What each notice says: its status, the remote server's diagnostic, the DSN action.
NOTICES: Mapping[Kind, tuple[str, str, str]] = {
    Kind.DELIVERY_REPORT: ("2.0.0", "250 2.0.0 delivered", "delivered"),
    Kind.HARD_BOUNCE: ("5.1.1", "550 5.1.1 The email account does not exist", "failed"),
    Kind.SOFT_BOUNCE: ("5.2.2", "552 5.2.2 Mailbox full", "failed"),
}
#: Events released in one transaction, and transactions in one call (a tick): bounded work per tick.
RELEASE_BATCH = 500
RELEASE_BATCHES = 40

Row = dict[str, Any]
Planned = tuple[float, Kind, dict[str, str]]  # after (simulated seconds), kind, payload


class Schedule:
    """Writes planned events in batches: the rows of the messages accepted within ``WINDOW_S``
    go in one transaction, written on the event loop's executor while the server goes on.

    The server does not wait for the commit before it answers 250: a commit per message (even
    grouped as a database groups them) made a demo send a fifth slower, the two processes
    taking the database's write lock from each other hundreds of times a second. What is
    queued is written when the server stops (``flush``), also when the process that started
    it is gone: only a crash of the simulated MTA's own process can lose the plans of its
    last ``WINDOW_S``, and such a message is then delivered without later news.
    """

    WINDOW_S = 0.05

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.written = 0
        self._rows: list[Row] = []
        self._queue = threading.Lock()  # the loop's thread adds, the executor's and the main thread take
        self._writing = threading.Lock()  # one insert at a time; ``flush`` waits for the one under way
        self._window: asyncio.TimerHandle | None = None

    def add(self, rows: list[Row]) -> None:
        """Queue rows (on the server's event loop); they are committed within ``WINDOW_S``."""
        with self._queue:
            self._rows.extend(rows)
        if self._window is None:
            loop = asyncio.get_running_loop()
            self._window = loop.call_later(self.WINDOW_S, self._window_ends, loop)

    def _window_ends(self, loop: asyncio.AbstractEventLoop) -> None:
        self._window = None  # a message accepted from now on opens the next window
        loop.run_in_executor(None, self._write_queued)

    def _write_queued(self) -> None:
        rows = self._take()
        try:
            self._insert(rows)
        except SQLAlchemyError as exc:  # a database busy for too long: the rows wait for the next write
            with self._queue:
                self._rows[:0] = rows
            print(f"simulated MTA: planned feedback not written yet: {exc}", file=sys.stderr)

    def flush(self) -> None:
        """Write what is queued, now: the server has stopped, no window will end any more."""
        self._insert(self._take())

    def _take(self) -> list[Row]:
        with self._queue:
            rows, self._rows = self._rows, []
        return rows

    def _insert(self, rows: list[Row]) -> None:
        with self._writing:
            if rows:
                with self.engine.begin() as conn:
                    conn.execute(insert(SimulatedEvent), rows)
                self.written += len(rows)


class FeedbackSimulator:
    """Plans what happens to each message the simulated MTA accepts, and has it written."""

    def __init__(self, seed: int, delivery_id: int, now: Callable[[], dt.datetime], schedule: Schedule | None = None,
                 delivery_reports: bool = True, accepted_before: Mapping[str, int] | None = None) -> None:
        self.seed, self.delivery_id, self.now, self.schedule = seed, delivery_id, now, schedule
        self.delivery_reports = delivery_reports  # only email feedback reporting reads them
        # acceptances by address: a full mailbox bounces the first only, each acceptance draws its own open;
        # a process that takes over (the follow after a restart) starts from what was accepted before it
        self.attempts: dict[str, int] = dict(accepted_before or {})

    def accepted(self, recipients: Sequence[str], data: bytes) -> None:
        """Plan what happens to one accepted message, and queue the plan to be written."""
        at = self.now()
        rows = [row for recipient in recipients for row in self.plan(recipient, data, at)]
        if rows and self.schedule is not None:
            self.schedule.add(rows)

    def plan(self, recipient: str, data: bytes, at: dt.datetime) -> list[Row]:
        """The rows of what happens to the message accepted for ``recipient`` at ``at`` (simulated)."""
        key = recipient.lower()
        attempt = self.attempts[key] = self.attempts.get(key, 0) + 1
        head = data.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")
        campaign = _header(head, "X-Campaign-Delivery")
        notice = {"message_id": _header(head, "Message-ID"), "campaign": campaign, "recipient": recipient}
        planned: list[Planned] = []
        roll = draw(self.seed, key, "later")
        if roll < LATER_HARD:
            planned.append((60 + roll * 200_000, Kind.HARD_BOUNCE, notice))
        elif roll < LATER_HARD + LATER_SOFT and attempt == 1:
            planned.append((60 + roll * 40_000, Kind.SOFT_BOUNCE, notice))
        else:
            if self.delivery_reports:
                planned.append((5 + roll * 100, Kind.DELIVERY_REPORT, notice))
            if draw(self.seed, key, f"open{attempt}") < OPENS:
                planned += self._engagement(key, data, attempt)
        log_id = _log_id(campaign)
        return [{"delivery_id": self.delivery_id, "log_id": log_id, "due_at": at + dt.timedelta(seconds=after),
                 "kind": kind, "payload": payload} for after, kind, payload in planned]

    def _engagement(self, key: str, data: bytes, attempt: int) -> list[Planned]:
        urls: dict[Kind, list[str]] = {kind: [] for kind in _HIT_KINDS.values()}
        for url, letter in _TRACKED.findall(_html_of(data)):
            urls[_HIT_KINDS[letter]].append(url.replace("&amp;", "&"))
        delay = OPEN_AFTER_S + draw(self.seed, key, "when") * OPENS_OVER_S
        planned: list[Planned] = [(delay, Kind.OPEN, {"url": url}) for url in urls[Kind.OPEN][:1]]
        clicks = urls[Kind.CLICK]
        if clicks and draw(self.seed, key, f"click{attempt}") < CLICKS_OF_OPENERS:
            choice = clicks[int(draw(self.seed, key, "which") * len(clicks))]
            planned.append((delay + 30 + draw(self.seed, key, "think") * THINK_S, Kind.CLICK, {"url": choice}))
        if urls[Kind.UNSUBSCRIBE] and draw(self.seed, key, "unsubscribe") < UNSUBSCRIBES_OF_OPENERS:
            planned.append((delay + 60, Kind.UNSUBSCRIBE, {"url": urls[Kind.UNSUBSCRIBE][0]}))
        return planned


# --- what is still to come, and its release -----------------------------------------------------

def pending_events(conn: Connection, delivery_id: int) -> int:
    """How many simulated events of the delivery are still to come."""
    return int(conn.execute(select(func.count()).select_from(SimulatedEvent)
                            .where(SimulatedEvent.delivery_id == delivery_id)).scalar_one())


@dataclass(frozen=True)
class Release:
    """Where released events go: the bounce folder for notices, the tracking rules for hits."""

    bounce_folder: Path
    tracker: Tracker


class _Overtaken(Exception):
    """Some of the rows read were released by someone else meanwhile: this batch is left to them."""


def release_due(engine: Engine, delivery_id: int, now: dt.datetime, release: Release,
                stopping: Callable[[], bool] = lambda: False) -> int:
    """Carry out every event of the delivery due by ``now`` (its simulated time), oldest first;
    returns how many. At most ``RELEASE_BATCHES`` batches, fewer once ``stopping()``: what is
    left goes at the next tick."""
    released = 0
    for _ in range(RELEASE_BATCHES):
        if stopping():
            break
        with engine.connect() as conn:
            rows = conn.execute(
                select(SimulatedEvent.id, SimulatedEvent.kind, SimulatedEvent.due_at, SimulatedEvent.payload)
                .where(SimulatedEvent.delivery_id == delivery_id, SimulatedEvent.due_at <= now)
                .order_by(SimulatedEvent.due_at, SimulatedEvent.id).limit(RELEASE_BATCH)).all()
        if not rows:
            break
        # the notices first, outside the transaction (files do not roll back): one written twice is one file
        for row in rows:
            if row.kind in NOTICES:
                write_notice(release.bounce_folder, row.id, row.kind, row.payload)
        try:
            with engine.begin() as conn:
                _delete_with_hits(conn, rows, release.tracker)
        except _Overtaken:
            break  # another releaser took them (none does under the follow's lease): nothing is applied twice
        released += len(rows)
        if len(rows) < RELEASE_BATCH:
            break
    return released


def _delete_with_hits(conn: Connection, rows: Sequence[Any], tracker: Tracker) -> None:
    """Delete the rows and record their opens and clicks, in the caller's transaction."""
    taken = conn.execute(delete(SimulatedEvent).where(SimulatedEvent.id.in_([row.id for row in rows]))).rowcount
    if taken != len(rows):
        raise _Overtaken()
    within = cast(Engine, _InTransaction(conn))
    for row in rows:
        if row.kind in NOTICES:
            continue
        try:
            hit = tracker.read_url(row.payload["url"])
        except BadToken:
            continue  # a link that is not ours: the tracking endpoint ignores it too
        # at its due time, not when the tick came: an interrupted demo records what an uninterrupted one does
        record_hit(within, hit, row.due_at)


class _InTransaction:
    """An engine whose ``begin`` is the release's own transaction: the hit is recorded by the
    tracking endpoint's own code (an unsubscription denylists), committed with its row's deletion."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        yield self.conn


def write_notice(folder: Path, event_id: int, kind: Kind, payload: Mapping[str, str]) -> Path:
    """The event's report or bounce as a file of the bounce folder, named by the event."""
    status = NOTICES[kind][0]
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{status}-{payload['campaign']}-{event_id}.eml"
    # written under a dot name (which no reader takes), then renamed: a reader never sees half of it
    (folder / f".{name}.tmp").write_bytes(notice_bytes(event_id, kind, payload))
    (folder / f".{name}.tmp").replace(folder / name)
    return folder / name


def notice_bytes(event_id: int, kind: Kind, payload: Mapping[str, str]) -> bytes:
    """The notice, the same bytes each time for one event: its Message-ID and MIME boundary come
    from the event, so that a notice written again after a crash is known by its digest."""
    status, diagnostic, action = NOTICES[kind]
    notice = message_from_bytes(dsn(payload["message_id"], payload["campaign"], payload["recipient"], status,
                                    diagnostic, action))
    notice.replace_header("Message-ID", f"<simulated-notice-{event_id}@mx.example.net>")
    notice.set_boundary(f"=_simulated_{event_id}")
    return notice.as_bytes()


def _log_id(campaign: str) -> int | None:
    """The log row named by an ``X-Campaign-Delivery: delivery.log`` value."""
    _, _, log = campaign.partition(".")
    return int(log) if log.isdigit() and len(log) <= 18 else None  # ours are short: anything else names no row


def _html_of(data: bytes) -> str:
    """The HTML part, decoded. The legacy ``compat32`` parser is used on purpose: the simulated
    MTA reads every opener's message, and it is eight times faster than the modern policy."""
    for part in message_from_bytes(data).walk():
        if part.get_content_type() == "text/html":
            body = part.get_payload(decode=True)
            return body.decode(part.get_content_charset() or "utf-8", "replace") if isinstance(body, bytes) else ""
    return ""


def _header(head: str, name: str) -> str:
    match = re.search(rf"^{name}:\s*(.+)$", head, re.IGNORECASE | re.MULTILINE)
    return match.group(1).strip() if match else ""


__all__ = ["FeedbackSimulator", "LONGEST_WAIT_S", "NOTICES", "Release", "Schedule", "notice_bytes", "pending_events", "release_due",
           "write_notice"]
