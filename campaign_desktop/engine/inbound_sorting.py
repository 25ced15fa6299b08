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

import base64
import binascii
import logging
import quopri
import re
from dataclasses import dataclass, field
from email import message_from_bytes
from email.header import decode_header
from email.message import Message
from email.utils import getaddresses, parseaddr

import flufl.bounce

# a detector tripping on an odd message logs its traceback; we keep the message and move on
logging.getLogger("flufl.bounce").addHandler(logging.NullHandler())
logging.getLogger("flufl.bounce").propagate = False

from campaign_desktop.domain.enums import InboundKind
from campaign_desktop.engine.reply_rules import enhanced_code

# ids fit a 64-bit integer: longer digit runs are no id of ours (and would overflow the database)
_CAMPAIGN_HEADER = re.compile(r"X-Campaign-Delivery:\s*(\d{1,18})\.(\d{1,18})(?!\d)", re.IGNORECASE)
#: The quoted Message-IDs tried a message (a notice quotes one; a hostile one could quote a million).
MAX_QUOTED_IDS = 5
_STATUS_PARTS = ("message/delivery-status", "message/global-delivery-status")
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
        """The basic reply code: the one the diagnostic begins with, else from the status class. The
        status decides the class: a "250" inside a diagnostic's words ("used 250 MB of 250 MB")
        never turns a failed notice into a success."""
        found = reply_code(self.diagnostic, self.status)
        if found is not None and self.status[:1] in ("2", "4", "5") and str(found)[0] != self.status[0]:
            return int(self.status[0]) * 100 + 50
        return found


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
        return Sorted(InboundKind.MALFORMED, reason="no header could be read")  # the parser's names mean nothing to a marketer
    text = data.decode("utf-8", "replace")
    sender = parseaddr(_header(message, "From"))[1].lower() or None
    subject = _header(message, "Subject")
    clues = _clues(message, text)
    common = {"message_id": _header(message, "Message-ID").strip() or None, "sender": sender, "subject": subject,
              "clues": clues}
    if message.get_content_type() == "multipart/report" and \
            str(message.get_param("report-type") or "").lower() == "feedback-report":
        return Sorted(InboundKind.COMPLAINT, reason="spam complaint", **common)
    recipients = _delivery_status(message)  # a report, or a status part in a message of another type
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
    """A header's value decoded (RFC 2047, or raw 8-bit bytes read as UTF-8, else Latin-1), or ""
    when it is missing."""
    raw = message.get(name)
    if raw is None:
        return ""
    try:
        parts = decode_header(raw if isinstance(raw, str) else raw)  # a Header for raw 8-bit bytes
    except (ValueError, LookupError, UnicodeError, TypeError):
        return str(raw).strip()
    words = []
    for chunk, charset in parts:
        if isinstance(chunk, str):
            words.append(chunk)
            continue
        words.append(_decode(chunk, charset if charset not in (None, "unknown-8bit") else None))
    return "".join(words).strip()


def _decode(data: bytes, charset: str | None) -> str:
    """Bytes in their declared charset; undeclared or unknown ones as UTF-8, else Latin-1."""
    if charset:
        try:
            return data.decode(charset, "replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")



def _clues(message: Message, text: str) -> Clues:
    addresses = [address for name in _ENVELOPE_HEADERS for _, address in getaddresses(message.get_all(name, []))]
    returned_ids: list[str] = []
    campaign: tuple[int, int] | None = None
    for part in message.walk():
        kind = part.get_content_type()
        if kind in _STATUS_PARTS:
            for block in _blocks(part):
                addresses += [_header(block, "Original-Envelope-Id"), _header(block, "X-Postfix-Sender")]
        elif kind in ("text/rfc822-headers", "message/rfc822", "message/rfc822-headers"):
            quoted = _part_text(part)
            returned_ids += _MESSAGE_ID.findall(quoted)
            match = _CAMPAIGN_HEADER.search(quoted)
            campaign = campaign or ((int(match.group(1)), int(match.group(2))) if match else None)
            addresses += [m.group(1) for m in re.finditer(r"^Return-Path:\s*<([^>]*)>", quoted, re.I | re.M)]
    if campaign is None:  # a non-standard bounce quotes the message in its text, if at all
        match = _CAMPAIGN_HEADER.search(text)
        campaign = (int(match.group(1)), int(match.group(2))) if match else None
    own = _header(message, "Message-ID")
    returned_ids += [m for m in _MESSAGE_ID.findall(text) if m != own and m not in returned_ids]
    return Clues(tuple(a for a in addresses if a), campaign, tuple(dict.fromkeys(returned_ids))[:MAX_QUOTED_IDS], text)


def _part_text(part: Message) -> str:
    payload = part.get_payload()
    if isinstance(payload, list):
        return "\n".join(p.as_string() if isinstance(p, Message) else str(p) for p in payload)
    raw = part.get_payload(decode=True)
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(payload)


def _blocks(part: Message) -> list[Message]:
    """The header blocks of a delivery-status part: the per-message one, then one a recipient."""
    payload = part.get_payload()
    encoding = str(part.get("Content-Transfer-Encoding", "7bit")).strip().lower()
    if isinstance(payload, list) and encoding in ("7bit", "8bit", "binary"):
        return [block for block in payload if isinstance(block, Message)]
    if isinstance(payload, list):  # an encoded status part: the parser took its encoded text for blocks
        payload = "\n".join(p.as_string() for p in payload if isinstance(p, Message))
    text = payload if isinstance(payload, str) else ""
    try:
        raw = (base64.b64decode(re.sub(r"\s+", "", text)) if encoding == "base64"
               else quopri.decodestring(text.encode("utf-8", "replace")) if encoding == "quoted-printable"
               else text.encode("utf-8", "surrogateescape"))
    except (ValueError, binascii.Error):
        return []
    # blocks are separated by an empty line, which some servers fill with spaces
    return [message_from_bytes(chunk.strip() + b"\n") for chunk in re.split(rb"\r?\n[ \t]*\r?\n", raw) if chunk.strip()]


def _delivery_status(message: Message) -> tuple[RecipientStatus, ...]:
    for part in message.walk():
        if part.get_content_type() not in _STATUS_PARTS:
            continue
        statuses = []
        for block in _blocks(part):
            recipient = _header(block, "Final-Recipient") or _header(block, "Original-Recipient")
            status = _header(block, "Status")
            action = (_header(block, "Action").split() or [""])[0].lower()  # "failed (permanent)" is failed
            if not recipient and not action:
                continue  # the per-message block (or one that says nothing of a recipient)
            if action not in ("failed", "delayed", "delivered", "relayed", "expanded"):
                action = "delivered" if status.startswith("2") else "delayed" if action == "delayed" else "failed"
            code = _header(block, "Diagnostic-Code")
            diagnostic = code.partition(";")[2] or code
            statuses.append(RecipientStatus(action, status, " ".join(diagnostic.split()),
                                            recipient.partition(";")[2].strip().strip("<>").lower() or None))
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
    submitted = _header(message, "Auto-Submitted").lower()
    if submitted and submitted != "no":
        return True
    if any(_header(message, name) for name in ("X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Mailautoreply")):
        return True
    if _header(message, "Precedence").lower() in ("auto_reply", "auto-reply"):
        return True
    return bool(_AUTO_SUBJECT.search(subject))


def _first_text(message: Message) -> str:
    for part in message.walk():
        if part.get_content_type() == "text/plain" and not part.get_filename():
            raw = part.get_payload(decode=True)
            if isinstance(raw, bytes):
                charset = part.get_content_charset()
                # a UTF-16 label over plain ASCII bytes is a lie; an unknown label is no reason to give up
                if charset and charset.lower().startswith("utf-16") and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                    charset = None
                return _decode(raw, charset)
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
