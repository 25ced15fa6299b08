"""What comes back after the hand-over: bounces, delivery reports, retries, the end of validity.

Bounce messages (RFC 3464 delivery status notifications, and the plain-text ones many
servers still send) are read from a folder of ``.eml`` files or an mbox, matched back to
their log row by our ``X-Campaign-Delivery`` header or the Message-ID, classified with
the same table as SMTP replies, and applied with the semantics of the reporting mode
(the table at the end of seeds/003):

=================  ====================================  =================================
event              relay reporting                       email feedback
=================  ====================================  =================================
delivered report   (nothing to change)                   Pending → Sent
hard bounce        Sent → Failed                         Pending → Failed
soft bounce        stays Sent, retried                   Pending → Failed, retried
retry succeeds     stays Sent                            Failed → Sent (on its report)
retries exhausted  Sent → Failed                         stays Failed
=================  ====================================  =================================
"""

from __future__ import annotations

import datetime as dt
import mailbox
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import Connection, Engine, and_, or_, select, update

from campaign_desktop.db.models import Delivery, DeliveryLog, utcnow
from campaign_desktop.domain.enums import (
    DeliveryState,
    FailureReason,
    FailureType,
    LogStatus,
    ReportingMode,
    TrackingKind,
)
from campaign_desktop.engine.fields import normalize_email
from campaign_desktop.engine.indicators import recompute
from campaign_desktop.engine.quarantine import record_complaint, record_failure, record_successes
from campaign_desktop.engine.reply_rules import Classification, classify, enhanced_code
from campaign_desktop.engine.retries import next_retry
from campaign_desktop.engine.sending import retry_rows
from campaign_desktop.engine.settings import Settings
from campaign_desktop.engine.tracking import Hit, record_event
from campaign_desktop.engine.transports import Transport

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
    retries_due: int = 0
    closed: int = 0


def process_source(engine: Engine, source: Path, settings: Settings, now: dt.datetime | None = None) -> FeedbackSummary:
    """Apply every report found in ``source``; processed ``.eml`` files move to ``processed/``."""
    now = now or utcnow()
    summary = FeedbackSummary()
    done = source / "processed" if source.is_dir() else None
    touched: set[int] = set()
    moved: list[Path] = []
    conn = engine.connect()
    try:
        transaction = conn.begin()
        for path, data in read_source(source):  # one commit a hundred reports, then the files move
            summary.read += 1
            report = read_report(data)
            if report is None or not apply_report(conn, report, settings, now, summary, touched):
                summary.unmatched += 1
            if path is not None:
                moved.append(path)
            if summary.read % 100 == 0:
                transaction.commit()
                _move(moved, done)
                transaction = conn.begin()
        transaction.commit()
        _move(moved, done)
    finally:
        conn.close()
    _refresh(engine, touched, settings, now)
    return summary


def _move(paths: list[Path], done: Path | None) -> None:
    """Processed files go to ``processed/`` once their effects are committed."""
    if done is not None and paths:
        done.mkdir(exist_ok=True)
        for path in paths:
            path.replace(done / path.name)
    paths.clear()


def _refresh(engine: Engine, delivery_ids: set[int], settings: Settings, now: dt.datetime) -> None:
    """The stored figures of the deliveries the feedback changed, counted again from their logs."""
    with engine.begin() as conn:
        for delivery_id in sorted(delivery_ids):
            recompute(conn, delivery_id, settings.reporting_mode, now)


def _find(conn: Connection, report: Report) -> tuple[int, int, LogStatus, str | None, int] | None:
    query = select(DeliveryLog.id, DeliveryLog.delivery_id, DeliveryLog.status, DeliveryLog.address, DeliveryLog.profile_id)
    if report.log_id is not None:
        query = query.where(DeliveryLog.id == report.log_id, DeliveryLog.delivery_id == report.delivery_id)
    else:
        query = query.where(DeliveryLog.message_id == report.message_id)
    row = conn.execute(query).first()
    return None if row is None else (row[0], row[1], row[2], row[3], row[4])


def apply_report(conn: Connection, report: Report, settings: Settings, now: dt.datetime, summary: FeedbackSummary,
                 touched: set[int] | None = None) -> bool:
    found = _find(conn, report)
    if found is None:
        return False
    log_id, delivery_id, status, address, profile_id = found
    if touched is not None:
        touched.add(delivery_id)
    summary.matched += 1
    feedback_mode = settings.reporting_mode is ReportingMode.EMAIL_FEEDBACK
    norm = normalize_email(address)
    if report.kind == FeedbackKind.COMPLAINT:
        summary.complaints += 1
        if norm:
            record_complaint(conn, norm, now)
        record_event(conn, Hit(TrackingKind.SPAM_COMPLAINT, delivery_id, log_id, None), profile_id, now)
        return True
    if report.kind == FeedbackKind.DELIVERED:
        summary.delivered += 1
        if status in (LogStatus.PENDING, LogStatus.FAILED):
            conn.execute(update(DeliveryLog).where(DeliveryLog.id == log_id).values(
                status=LogStatus.SENT, failure_type=FailureType.NONE, failure_reason=FailureReason.NOT_DEFINED,
                next_retry_at=None, last_reply=report.text, updated_at=now))
        if norm:
            record_successes(conn, [norm], now)
        return True
    c = classify(report.code, report.text)
    if c.success:
        return True
    _apply_failure(conn, log_id, delivery_id, status, c, report.text, feedback_mode, settings, now)
    if norm and c.type in (FailureType.HARD, FailureType.SOFT):
        record_failure(conn, norm, c.type, c.reason, report.text, now, settings)
    if c.type is FailureType.HARD:
        summary.hard += 1
    else:
        summary.soft += 1
    return True


def _apply_failure(
    conn: Connection, log_id: int, delivery_id: int, status: LogStatus, c: Classification, text: str,
    feedback_mode: bool, settings: Settings, now: dt.datetime,
) -> None:
    sent_at, validity = conn.execute(
        select(Delivery.sent_at, Delivery.validity_hours).where(Delivery.id == delivery_id)
    ).one()
    retries_done = conn.execute(select(DeliveryLog.retry_count).where(DeliveryLog.id == log_id)).scalar_one()
    end = (sent_at or now) + dt.timedelta(hours=validity or settings.validity_hours)
    retry = next_retry(now, retries_done, settings) if c.type is FailureType.SOFT else None
    retry = retry if retry is not None and retry < end else None
    if c.type is FailureType.SOFT and not feedback_mode and retry is not None:
        new_status = LogStatus.SENT  # relay reporting: a soft bounce changes nothing until its retries end
    else:
        new_status = LogStatus.FAILED
    conn.execute(update(DeliveryLog).where(DeliveryLog.id == log_id).values(
        status=new_status, failure_type=c.type, failure_reason=c.reason, matched_rule=c.rule,
        last_reply=text[:2000], next_retry_at=retry, updated_at=now))


def close_expired(engine: Engine, settings: Settings, now: dt.datetime | None = None) -> int:
    """End the validity period of every sent delivery past it: pending retries become final failures."""
    now = now or utcnow()
    closed = 0
    with engine.begin() as conn:
        rows = conn.execute(
            select(Delivery.id, Delivery.sent_at, Delivery.validity_hours).where(Delivery.state == DeliveryState.SENT)
        ).all()
        for delivery_id, sent_at, validity in rows:
            if sent_at is None or sent_at + dt.timedelta(hours=validity or settings.validity_hours) > now:
                continue
            conn.execute(update(DeliveryLog).where(
                DeliveryLog.delivery_id == delivery_id, DeliveryLog.next_retry_at.is_not(None),
                or_(DeliveryLog.status == LogStatus.SENT, DeliveryLog.status == LogStatus.FAILED),
            ).values(status=LogStatus.FAILED, next_retry_at=None, updated_at=now))
            conn.execute(update(Delivery).where(Delivery.id == delivery_id).values(state=DeliveryState.CLOSED))
            recompute(conn, delivery_id, settings.reporting_mode, now)
            closed += 1
    return closed


def due_retries(conn: Connection, now: dt.datetime) -> list[int]:
    """Log rows whose retry is due."""
    return list(conn.execute(
        select(DeliveryLog.id).where(and_(DeliveryLog.next_retry_at.is_not(None), DeliveryLog.next_retry_at <= now))
    ).scalars())


def send_due_retries(engine: Engine, transport: Transport, settings: Settings, now: dt.datetime | None = None) -> int:
    """Send again every soft failure whose retry is due; returns how many were tried."""
    now = now or utcnow()
    with engine.connect() as conn:
        due = due_retries(conn, now)
    if due:
        retry_rows(engine, due, transport, settings, now)
    return len(due)
