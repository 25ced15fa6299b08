"""What comes back after the hand-over: bounces, delivery reports, retries, the end of validity.

Bounce messages (RFC 3464 delivery status notifications, and the plain-text ones many
servers still send) are read from a folder of ``.eml`` files or an mbox, matched back to
their log row by our ``X-Campaign-Delivery`` header or the Message-ID, classified with
the same table as SMTP replies, and applied by the log writer with the semantics of the
reporting mode (engine/reporting.py, the table at the end of seeds/003). A report about a
message still being handed over stays in the folder for the next pass.
"""

from __future__ import annotations

import datetime as dt
import mailbox
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import Connection, Engine, select

from campaign_desktop.db.models import Delivery, DeliveryLog
from campaign_desktop.domain.enums import DeliveryState, FailureType, JournalLevel
from campaign_desktop.engine import delivery_journal
from campaign_desktop.engine.clock import delivery_now
from campaign_desktop.engine.delivery_log import (
    Applied,
    apply_bounce,
    apply_complaint,
    apply_delivered,
    expire_retries,
    find,
    validity_end,
)
from campaign_desktop.engine.fields import normalize_email
from campaign_desktop.engine.indicators import live, store
from campaign_desktop.engine.lifecycle import move
from campaign_desktop.engine.messages import Msg, message
from campaign_desktop.engine.reply_rules import classify, enhanced_code
from campaign_desktop.engine.reporting import rules_for
from campaign_desktop.engine.settings import Settings

_CAMPAIGN_HEADER = re.compile(r"X-Campaign-Delivery:\s*(\d+)\.(\d+)", re.IGNORECASE)
_MESSAGE_ID = re.compile(r"Message-ID:\s*(<[^>\s]+>)", re.IGNORECASE)
_SMTP_CODE = re.compile(r"\b([245]\d\d)[ -]")


class FeedbackKind:
    DELIVERED = "delivered"
    BOUNCE = "bounce"
    DELAYED = "delayed"
    COMPLAINT = "complaint"


@dataclass(frozen=True)
class Report:
    """One thing a returned message says about one of our messages."""

    kind: str
    delivery_id: int | None
    log_id: int | None
    message_id: str | None
    code: int | None
    text: str


def read_report(data: bytes) -> Report | None:
    """What a returned message says, or ``None`` when it is not about one of our messages."""
    message = message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    raw = data.decode("utf-8", "replace")
    match = _CAMPAIGN_HEADER.search(raw)
    delivery_id, log_id = (int(match.group(1)), int(match.group(2))) if match else (None, None)
    ids = [m for m in _MESSAGE_ID.findall(raw) if m != message.get("Message-ID")]
    message_id = ids[0] if ids else None
    if delivery_id is None and message_id is None:
        return None
    report_type = message.get_param("report-type", header="content-type") if message.get_content_type() == "multipart/report" else None
    if report_type == "feedback-report":
        return Report(FeedbackKind.COMPLAINT, delivery_id, log_id, message_id, None, "spam complaint")
    status = _delivery_status(message)
    if status is not None:
        action, code_text, diagnostic = status
        if action == "delivered":
            return Report(FeedbackKind.DELIVERED, delivery_id, log_id, message_id, 250, diagnostic or "delivered")
        kind = FeedbackKind.DELAYED if action == "delayed" else FeedbackKind.BOUNCE
        return Report(kind, delivery_id, log_id, message_id, _code(diagnostic, code_text), f"{code_text} {diagnostic}".strip())
    text = _first_text(message)  # a non-standard bounce: the reason is somewhere in its text
    return Report(FeedbackKind.BOUNCE, delivery_id, log_id, message_id, _code(text, enhanced_code(text) or ""), _reason_line(text))


def _delivery_status(message: EmailMessage) -> tuple[str, str, str] | None:
    for part in message.walk():
        if part.get_content_type() == "message/delivery-status":
            fields: dict[str, str] = {}
            payload = part.get_payload()
            blocks = payload if isinstance(payload, list) else [message_from_bytes(part.get_payload(decode=True) or b"")]
            for block in blocks:
                for key, value in block.items():
                    fields[key.lower()] = str(value)
            diagnostic = fields.get("diagnostic-code", "").split(";", 1)[-1].strip()
            return fields.get("action", "failed").lower(), fields.get("status", ""), diagnostic
    return None


def _first_text(message: EmailMessage) -> str:
    body = message.get_body(("plain",))
    return body.get_content() if body is not None else ""


def _reason_line(text: str) -> str:
    for line in text.splitlines():
        if _SMTP_CODE.search(line) or enhanced_code(line):
            return line.strip()[:500]
    return text.strip().splitlines()[0][:500] if text.strip() else "bounce without a reason"


def _code(text: str, status: str) -> int | None:
    match = _SMTP_CODE.search(text)
    if match:
        return int(match.group(1))
    if status[:1] in ("4", "5"):
        return int(status[0]) * 100 + 50
    return 550  # a bounce that says nothing is a permanent failure


def read_source(source: Path) -> Iterator[tuple[Path | None, bytes]]:
    """The messages of a folder of ``.eml`` files, or of an mbox file."""
    if source.is_dir():
        for path in sorted(source.glob("*.eml")):
            yield path, path.read_bytes()
    else:
        for message in mailbox.mbox(source):
            yield None, message.as_bytes()


@dataclass
class FeedbackSummary:
    read: int = 0
    matched: int = 0
    delivered: int = 0
    hard: int = 0
    soft: int = 0
    complaints: int = 0
    unmatched: int = 0
    deferred: int = 0  # about a message still being handed over: read again at the next pass
    retries_due: int = 0
    closed: int = 0


#: How a delivery's "now" is read: its simulated clock for a demo, the real time otherwise.
DeliveryNow = Callable[[Connection, int], dt.datetime]


def process_source(engine: Engine, source: Path, settings: Settings, now: dt.datetime | None = None) -> FeedbackSummary:
    """Apply every report found in ``source``; processed ``.eml`` files move to ``processed/``.

    Each report is applied at its delivery's own time (``now`` overrides it, for tests).
    """
    summary = FeedbackSummary()
    done = source / "processed" if source.is_dir() else None
    touched: set[int] = set()
    moved: list[Path] = []
    clock: DeliveryNow = (lambda conn, delivery_id: now) if now is not None else delivery_now
    conn = engine.connect()
    try:
        transaction = conn.begin()
        for path, data in read_source(source):  # one commit a hundred reports, then the files move
            summary.read += 1
            report = read_report(data)
            applied = apply_report(conn, report, settings, clock, summary, touched) if report is not None else None
            if applied is None:
                summary.unmatched += 1
            if applied is Applied.TOO_EARLY:
                summary.deferred += 1
            elif path is not None:
                moved.append(path)
            if summary.read % 100 == 0:
                transaction.commit()
                _move(moved, done)
                transaction = conn.begin()
        transaction.commit()
        _move(moved, done)
    finally:
        conn.close()
    _refresh(engine, touched, settings, clock)
    return summary


def _move(paths: list[Path], done: Path | None) -> None:
    """Processed files go to ``processed/`` once their effects are committed."""
    if done is not None and paths:
        done.mkdir(exist_ok=True)
        for path in paths:
            path.replace(done / path.name)
    paths.clear()


def _refresh(engine: Engine, delivery_ids: set[int], settings: Settings, clock: DeliveryNow) -> None:
    """The figures of the deliveries the feedback changed, stored and charted at their own time."""
    with engine.begin() as conn:
        for delivery_id in sorted(delivery_ids):
            store(conn, delivery_id, live(conn, delivery_id, settings.reporting_mode), clock(conn, delivery_id))


def apply_report(conn: Connection, report: Report, settings: Settings, clock: DeliveryNow, summary: FeedbackSummary,
                 touched: set[int] | None = None) -> Applied | None:
    """Apply one report to its row; ``None`` when no row matches it."""
    target = find(conn, report.delivery_id, report.log_id, report.message_id)
    if target is None:
        return None
    if touched is not None:
        touched.add(target.delivery_id)
    summary.matched += 1
    rules = rules_for(settings.reporting_mode)
    now = clock(conn, target.delivery_id)
    norm = normalize_email(target.address)
    if report.kind == FeedbackKind.COMPLAINT:
        summary.complaints += 1
        return apply_complaint(conn, target, norm, now)
    if report.kind == FeedbackKind.DELIVERED:
        summary.delivered += 1
        return apply_delivered(conn, target, report.text, rules, now)
    if report.kind == FeedbackKind.DELAYED:
        return Applied.UNCHANGED  # the relay is still trying: nothing is decided yet
    c = classify(report.code, report.text)
    if c.success:
        return Applied.UNCHANGED
    if c.type is FailureType.HARD:
        summary.hard += 1
    else:
        summary.soft += 1
    return apply_bounce(conn, target, c, report.text, rules, settings, now, norm)


def close_expired(engine: Engine, settings: Settings, now: dt.datetime | None = None,
                  delivery_ids: Iterable[int] | None = None) -> int:
    """End the validity period of every sent delivery past it (or of those named): retries not
    yet made become final failures and the delivery closes. A delivery with a retry being
    handed over right now waits for it."""
    closed = 0
    with engine.connect() as conn:
        query = select(Delivery.id).where(Delivery.state == DeliveryState.SENT)
        if delivery_ids is not None:
            query = query.where(Delivery.id.in_(list(delivery_ids)))
        candidates = conn.execute(query).scalars().all()
    for delivery_id in candidates:
        with engine.begin() as conn:
            at = now or delivery_now(conn, delivery_id)
            if validity_end(conn, delivery_id, at, settings) > at or _retry_in_hand(conn, delivery_id):
                continue
            expired = expire_retries(conn, delivery_id, at)
            move(conn, delivery_id, DeliveryState.SENT, DeliveryState.CLOSED)
            figures = live(conn, delivery_id, settings.reporting_mode)
            delivery_journal.write(conn, delivery_id, JournalLevel.INFO, message(
                Msg.CLOSED_AT_VALIDITY_END, failed=figures.retries_failed, expired=expired))
            store(conn, delivery_id, figures, at)
        closed += 1
    return closed


def _retry_in_hand(conn: Connection, delivery_id: int) -> bool:
    return conn.execute(select(DeliveryLog.id).where(DeliveryLog.delivery_id == delivery_id,
                                                     DeliveryLog.retry_claim.is_not(None)).limit(1)).first() is not None
