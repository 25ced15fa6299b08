"""What a message that arrived at the error address is, and which message of ours it is about.

The error address receives more than bounces (DESIGN.md §4): delivery status notifications
(RFC 3464) that say *failed*, *delayed* (the relay is still trying: not a bounce) or
*delivered*; feedback-loop complaints (ARF, RFC 5965); out-of-office and other automatic
replies (RFC 3834); unsubscribe requests mailed to the List-Unsubscribe address; bounces
in the many non-standard forms servers still send (read by flufl.bounce's detectors); and
anything else, which waits for a person. Sorting never raises: a message that cannot be
read is *malformed*, with the error, and the others are still applied.

Sorting only reads the message; ``feedback`` finds the row from the clues (the return
path's token above all, then our header or the Message-ID in the returned headers) and
applies it through the log writer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email import message_from_bytes
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parseaddr

import flufl.bounce

from campaign_desktop.domain.enums import InboundKind
from campaign_desktop.engine.reply_rules import enhanced_code

_CAMPAIGN_HEADER = re.compile(r"X-Campaign-Delivery:\s*(\d+)\.(\d+)", re.IGNORECASE)
_MESSAGE_ID = re.compile(r"^Message-ID:\s*(<[^>\s]+>)", re.IGNORECASE | re.MULTILINE)
_SMTP_CODE = re.compile(r"\b([245]\d\d)[ -]")
#: Headers a reply or a notice carries its envelope recipient in: the return path, with its token.
_ENVELOPE_HEADERS = ("Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To", "To")
_BOUNCE_SENDERS = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|mailerdaemon|bounce[s]?)$", re.IGNORECASE)
_AUTO_SUBJECT = re.compile(
    r"^\s*((re|aw|tr|fw|wg)\s*:\s*)*(auto(matic)?[ _-]?(reply|response|answer|antwort)|out of (the )?office|"
    r"absen(ce|t|t from)|vacation|on leave|r[ée]ponse automatique|abwesen(d|heit)|fuera de la oficina|"
    r"respuesta autom[áa]tica|risposta automatica|automatisch antwoord|afwezig)", re.IGNORECASE)
_UNSUBSCRIBE_SUBJECT = re.compile(
    r"\bunsubscribe\b|d[ée]sinscri|d[ée]sabonn|abmelden|darse de baja|cancella(re)? iscrizione|afmelden",
    re.IGNORECASE)
#: An auto-reply that cites no reason takes this many characters of its text into the history.
_EXCERPT = 300


@dataclass(frozen=True)
class RecipientStatus:
    """One per-recipient block of a delivery status notification."""

    action: str  # failed, delayed, delivered, relayed, expanded
    status: str  # the enhanced status code, e.g. 5.1.1
    diagnostic: str  # the remote server's words, or the reporting MTA's
    recipient: str | None  # the final recipient, lower-cased

    @property
    def text(self) -> str:
        return f"{self.status} {self.diagnostic}".strip()

    @property
    def code(self) -> int | None:
        """The basic reply code: the one in the diagnostic, else from the status class."""
        return reply_code(self.diagnostic, self.status)


@dataclass(frozen=True)
class Clues:
    """What may name the message of ours a returned message is about, best first."""

    addresses: tuple[str, ...] = ()  # envelope recipients and envelope ids: the return path's token
    campaign: tuple[int, int] | None = None  # our X-Campaign-Delivery header, quoted back
    message_ids: tuple[str, ...] = ()  # the Message-ID of the returned message
    text: str = ""  # the whole message, where a quoted return path may still be found


@dataclass(frozen=True)
class Sorted:
    kind: InboundKind
    message_id: str | None = None
    sender: str | None = None  # the From address, lower-cased
    subject: str | None = None
    clues: Clues = field(default_factory=Clues)
    recipients: tuple[RecipientStatus, ...] = ()  # a DSN's blocks
    reason: str = ""  # a bounce's reason line; why a message could not be read; an auto-reply's excerpt
    code: int | None = None  # a non-standard bounce's reply code
    permanent: bool | None = None  # a non-standard bounce: whether the detectors found it permanent
    failed: tuple[str, ...] = ()  # a non-standard bounce: the addresses the detectors found, lower-cased


def reply_code(text: str, status: str) -> int | None:
    """The reply code a text gives, else one made from an enhanced status's class."""
    match = _SMTP_CODE.search(text)
    if match:
        return int(match.group(1))
    if status[:1] in ("2", "4", "5"):
        return int(status[0]) * 100 + 50
    return None


def sort_message(data: bytes) -> Sorted:
    """What ``data`` is. Never raises: what cannot be read is ``MALFORMED`` with the reason."""
    try:
        return _sort(data)
    except Exception as exc:  # noqa: BLE001 - any defect of one message must leave the others to be applied
        return Sorted(InboundKind.MALFORMED, reason=f"{type(exc).__name__}: {exc}"[:500])


def _sort(data: bytes) -> Sorted:
    if not data.strip():
        return Sorted(InboundKind.MALFORMED, reason="an empty message")
    message = message_from_bytes(data)
    if message.defects and not message.keys():
        return Sorted(InboundKind.MALFORMED, reason="no header could be read: " + ", ".join(
            type(d).__name__ for d in message.defects))
    text = data.decode("utf-8", "replace")
    sender = parseaddr(_header(message, "From"))[1].lower() or None
    subject = _header(message, "Subject")
    clues = _clues(message, text)
    common = {"message_id": _header(message, "Message-ID").strip() or None, "sender": sender, "subject": subject,
              "clues": clues}
    if message.get_content_type() == "multipart/report":
        report_type = (message.get_param("report-type") or "").lower()
        if report_type == "feedback-report":
            return Sorted(InboundKind.COMPLAINT, reason="spam complaint", **common)
        recipients = _delivery_status(message)
        if recipients:
            return Sorted(_dsn_kind(recipients), recipients=recipients, **common)
    local = (sender or "").partition("@")[0]
    if _BOUNCE_SENDERS.match(local) or message.get("X-Failed-Recipients"):
        return _bounce(message, common)
    if _auto_reply(message, subject):
        return Sorted(InboundKind.AUTO_REPLY, reason=_excerpt(message), **common)
    if _UNSUBSCRIBE_SUBJECT.search(subject) or _UNSUBSCRIBE_SUBJECT.search(_first_text(message)[:200]):
        return Sorted(InboundKind.UNSUBSCRIBE, reason=subject[:200], **common)
    temporary, permanent = _failures(message)
    if temporary or permanent:
        return _bounce(message, common)
    return Sorted(InboundKind.UNCLASSIFIED, reason=_excerpt(message), **common)


def _header(message: Message, name: str) -> str:
    """A header's value decoded (RFC 2047), or "" when it is missing or cannot be decoded."""
    raw = message.get(name)
    if raw is None:
        return ""
    try:
        return str(make_header(decode_header(str(raw)))).strip()
    except (ValueError, LookupError, UnicodeError):
        return str(raw).strip()


def _clues(message: Message, text: str) -> Clues:
    addresses = [address for name in _ENVELOPE_HEADERS for _, address in getaddresses(message.get_all(name, []))]
    returned_ids: list[str] = []
    campaign: tuple[int, int] | None = None
    for part in message.walk():
        kind = part.get_content_type()
        if kind == "message/delivery-status":
            for block in _blocks(part):
                addresses += [block.get("Original-Envelope-Id", ""), block.get("X-Postfix-Sender", "")]
        elif kind in ("text/rfc822-headers", "message/rfc822", "message/rfc822-headers"):
            quoted = _part_text(part)
            returned_ids += _MESSAGE_ID.findall(quoted)
            match = _CAMPAIGN_HEADER.search(quoted)
            campaign = campaign or ((int(match.group(1)), int(match.group(2))) if match else None)
            addresses += [m.group(1) for m in re.finditer(r"^Return-Path:\s*<([^>]*)>", quoted, re.I | re.M)]
    if campaign is None:  # a non-standard bounce quotes the message in its text, if at all
        match = _CAMPAIGN_HEADER.search(text)
        campaign = (int(match.group(1)), int(match.group(2))) if match else None
    own = (message.get("Message-ID") or "").strip()
    returned_ids += [m for m in _MESSAGE_ID.findall(text) if m != own and m not in returned_ids]
    return Clues(tuple(a for a in addresses if a), campaign, tuple(dict.fromkeys(returned_ids)), text)


def _part_text(part: Message) -> str:
    payload = part.get_payload()
    if isinstance(payload, list):
        return "\n".join(p.as_string() if isinstance(p, Message) else str(p) for p in payload)
    raw = part.get_payload(decode=True)
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(payload)


def _blocks(part: Message) -> list[Message]:
    """The header blocks of a message/delivery-status part: the per-message one, then one a recipient."""
    payload = part.get_payload()
    if isinstance(payload, list):
        return [block for block in payload if isinstance(block, Message)]
    raw = part.get_payload(decode=True) or b""  # encoded, the parser left it as text
    return [message_from_bytes(chunk.strip() + b"\n") for chunk in re.split(rb"\r?\n\r?\n", raw) if chunk.strip()]


def _delivery_status(message: Message) -> tuple[RecipientStatus, ...]:
    for part in message.walk():
        if part.get_content_type() != "message/delivery-status":
            continue
        statuses = []
        for block in _blocks(part)[1:]:
            action = (block.get("Action") or "").strip().lower()
            if not action:
                continue
            diagnostic = (block.get("Diagnostic-Code") or "").partition(";")[2] or block.get("Diagnostic-Code") or ""
            recipient = (block.get("Final-Recipient") or block.get("Original-Recipient") or "").partition(";")[2]
            statuses.append(RecipientStatus(action, (block.get("Status") or "").strip(), " ".join(diagnostic.split()),
                                            recipient.strip().strip("<>").lower() or None))
        return tuple(statuses)
    return ()


def _dsn_kind(recipients: tuple[RecipientStatus, ...]) -> InboundKind:
    actions = {r.action for r in recipients}
    if "failed" in actions:
        return InboundKind.BOUNCE
    if "delayed" in actions:
        return InboundKind.DELAYED
    return InboundKind.DELIVERY_REPORT


def _auto_reply(message: Message, subject: str) -> bool:
    """RFC 3834's header, the ones common mail programs add instead, or a telling subject."""
    submitted = (message.get("Auto-Submitted") or "").strip().lower()
    if submitted and submitted != "no":
        return True
    if any(message.get(name) for name in ("X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Mailautoreply")):
        return True
    if (message.get("Precedence") or "").strip().lower() in ("auto_reply", "auto-reply"):
        return True
    return bool(_AUTO_SUBJECT.search(subject))


def _first_text(message: Message) -> str:
    for part in message.walk():
        if part.get_content_type() == "text/plain" and not part.get_filename():
            raw = part.get_payload(decode=True)
            if isinstance(raw, bytes):
                return raw.decode(part.get_content_charset() or "utf-8", "replace")
    return ""


def _excerpt(message: Message) -> str:
    return " ".join(_first_text(message).split())[:_EXCERPT]


def _failures(message: Message) -> tuple[frozenset[bytes], frozenset[bytes]]:
    try:
        return flufl.bounce.all_failures(message)
    except Exception:  # noqa: BLE001 - a detector tripping on an odd message is no reason to lose it
        return frozenset(), frozenset()


def _bounce(message: Message, common: dict) -> Sorted:
    """A bounce in a non-standard form: its reason is the first line that reads like a reply."""
    text = _first_text(message)
    reason = _reason_line(text)
    temporary, permanent = _failures(message)
    code = reply_code(reason, enhanced_code(reason) or "")
    if code is None:
        code = 450 if temporary and not permanent else 550  # a bounce that says nothing is permanent
    failed = tuple(sorted({a.decode("utf-8", "replace").strip("<>").lower() for a in temporary | permanent}))
    return Sorted(InboundKind.BOUNCE, reason=reason, code=code, permanent=bool(permanent) or None, failed=failed, **common)


def _reason_line(text: str) -> str:
    for line in text.splitlines():
        if _SMTP_CODE.search(line) or enhanced_code(line):
            return " ".join(line.split())[:500]
    stripped = [line.strip() for line in text.splitlines() if line.strip()]
    return stripped[0][:500] if stripped else "bounce without a reason"


__all__ = ["Clues", "RecipientStatus", "Sorted", "reply_code", "sort_message"]
