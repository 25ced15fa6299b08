"""Builds each outgoing message as bytes, fast, from a rendered message.

Python's ``EmailMessage`` builds about 700 messages a second; a send must do several
thousand. The constant parts (From, Reply-To, the MIME skeleton) are made once per
delivery; per message only the personalised values are encoded. A test parses every
kind of message back with the ``email`` package. Every header value goes through
``header_safe``: nothing a profile contains can add a header.
"""

from __future__ import annotations

import base64
import binascii
import email.utils
import itertools
import secrets
import time
from dataclasses import dataclass, field
from email.header import Header

from campaign_desktop.engine.address_syntax import domain_of
from campaign_desktop.domain.enums import TrackingKind
from campaign_desktop.engine.personalization import RenderedMessage, header_safe
from campaign_desktop.engine.return_path import ReturnPath
from campaign_desktop.engine.tracking import Tracker

UTF8 = "utf-8"
ISO_2022_JP = "iso-2022-jp"
#: Japanese mobile carriers still expect ISO-2022-JP.
JAPANESE_MOBILE_DOMAINS = frozenset({"docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp", "i.softbank.jp", "disney.ne.jp"})


@dataclass(frozen=True)
class SenderFacts:
    """A delivery's constant message parameters."""

    delivery_id: int
    from_name: str
    from_address: str
    reply_to: str
    error_address: str
    bcc_archive: str = ""


@dataclass
class OutgoingMessage:
    log_id: int
    to_address: str
    envelope_from: str
    envelope_to: list[str]
    message_id: str
    data: bytes
    charset: str = UTF8
    #: the DSN envelope id (RFC 3461): the return path's token, reported back with any notice
    envid: str = ""


def encode_header_value(value: str, charset: str = UTF8) -> str:
    """A header value as RFC 2047 encoded words when it is not plain ASCII."""
    value = header_safe(value)
    if value.isascii():
        return value
    if charset == ISO_2022_JP:
        try:
            return Header(value, ISO_2022_JP).encode()
        except UnicodeEncodeError:
            pass
    if len(value.encode()) <= 45:
        return f"=?utf-8?b?{base64.b64encode(value.encode()).decode()}?="
    words, chunk = [], ""
    for char in value:  # at most 45 bytes a word so each stays under 76 characters encoded
        if len((chunk + char).encode()) > 45:
            words.append(chunk)
            chunk = ""
        chunk += char
    words.append(chunk)
    return "\r\n ".join(f"=?utf-8?b?{base64.b64encode(w.encode()).decode()}?=" for w in words)


def format_address(name: str, address: str, charset: str = UTF8) -> str:
    name, address = header_safe(name), header_safe(address)
    if not name:
        return address
    if name.isascii():
        return email.utils.formataddr((name, address))
    return f"{encode_header_value(name, charset)} <{address}>"


def _body(text: str, charset: str, readable: bool = True) -> tuple[str, bytes]:
    """The transfer encoding and the encoded bytes of one part, with CRLF line ends.

    ``readable`` parts (the text one) are quoted-printable; the HTML part is base64, which
    costs a seventh of quoted-printable's time on HTML full of long lines and '=' signs.
    """
    text = text.replace("\r\n", "\n")
    if charset == ISO_2022_JP:
        raw = text.encode(ISO_2022_JP)
        if all(len(line) <= 998 for line in raw.split(b"\n")):
            return "7bit", raw.replace(b"\n", b"\r\n")
        return "base64", base64.encodebytes(raw).replace(b"\n", b"\r\n")
    if not readable:
        encoded = binascii.b2a_base64(text.encode(UTF8), newline=False)
        return "base64", b"\r\n".join([encoded[i : i + 76] for i in range(0, len(encoded), 76)])
    encoded = binascii.b2a_qp(text.encode(UTF8), istext=True)
    return "quoted-printable", encoded.replace(b"\n", b"\r\n")


class _Clock:
    """The Date header, formatted once a second rather than once a message."""

    def __init__(self) -> None:
        self.second = -1
        self.text = ""

    def now(self) -> str:
        second = int(time.time())
        if second != self.second:
            self.second, self.text = second, email.utils.formatdate(second, usegmt=True)
        return self.text


@dataclass
class MessageBuilder:
    """Builds the messages of one delivery; links are tracked when a tracker is given."""

    facts: SenderFacts
    tracker: Tracker | None = None
    clock: _Clock = field(default_factory=_Clock)
    #: the click targets of a template made by ``tracking.instrument``: its links are tracked already
    instrumented_targets: tuple[str, ...] | None = None
    #: tokens for the envelope sender (VERP), so what comes back names its row; None: the plain error address
    return_path: ReturnPath | None = None

    def __post_init__(self) -> None:
        self.nonce, self.counter = secrets.token_hex(6), itertools.count()
        f = self.facts
        self.domain = domain_of(f.from_address) or "localhost"
        self.headers = {cs: self._constant_headers(cs) for cs in (UTF8, ISO_2022_JP)}
        self.unsubscribe_mailto = f"mailto:{header_safe(f.error_address or f.from_address)}?subject=unsubscribe"

    def _constant_headers(self, charset: str) -> bytes:
        f = self.facts
        lines = [f"From: {format_address(f.from_name, f.from_address, charset)}"]
        if f.reply_to:
            lines.append(f"Reply-To: {header_safe(f.reply_to)}")
        lines.append("MIME-Version: 1.0")
        return ("\r\n".join(lines) + "\r\n").encode("ascii")

    def charset_for(self, address: str) -> str:
        return ISO_2022_JP if domain_of(address) in JAPANESE_MOBILE_DOMAINS else UTF8

    def links(self, log_id: int) -> dict[str, str]:
        """The per-message URLs templates may use: ``unsubscribe_url`` and ``mirror_url``."""
        if self.tracker is None:
            return {"unsubscribe_url": self.unsubscribe_mailto, "mirror_url": ""}
        d, tracker = self.facts.delivery_id, self.tracker
        links = {
            "unsubscribe_url": tracker.url(TrackingKind.UNSUBSCRIPTION, d, log_id),
            "mirror_url": tracker.url(TrackingKind.MIRROR_VIEW, d, log_id),
        }
        if self.instrumented_targets is not None:
            links["_open_url"] = tracker.url(TrackingKind.OPEN, d, log_id)
            for index, target in enumerate(self.instrumented_targets):
                links[f"_track_{index}"] = tracker.url(TrackingKind.CLICK, d, log_id, target)
        return links

    def build(self, log_id: int, to_address: str, message: RenderedMessage, links: dict[str, str] | None = None) -> OutgoingMessage:
        to_address = header_safe(to_address)
        charset = self.charset_for(to_address)
        html = message.html
        if self.tracker is not None and self.instrumented_targets is None:
            html = self.tracker.rewrite(html, self.facts.delivery_id, log_id)
        try:
            text_encoding, text_body = _body(message.text, charset)
            html_encoding, html_body = _body(html, charset, readable=False)
            subject = encode_header_value(message.subject, charset)
        except UnicodeEncodeError:  # a character ISO-2022-JP cannot carry: UTF-8 it is
            charset = UTF8
            text_encoding, text_body = _body(message.text, charset)
            html_encoding, html_body = _body(html, charset, readable=False)
            subject = encode_header_value(message.subject, charset)
        # unique without a system call a message: a random part drawn once a builder, and a counter
        # (a retry of the same row gets a new Message-ID; the boundary cannot occur in a QP body)
        unique = f"{self.nonce}{next(self.counter):x}"
        message_id = f"<{self.facts.delivery_id}.{log_id}.{unique}@{self.domain}>"
        boundary = f"=_cd_{unique}"
        links = links or self.links(log_id)
        unsubscribe = links["unsubscribe_url"]
        head = (
            f"To: {to_address}\r\n"
            f"Subject: {subject}\r\n"
            f"Date: {self.clock.now()}\r\n"
            f"Message-ID: {message_id}\r\n"
            f"List-Unsubscribe: <{header_safe(unsubscribe)}>, <{self.unsubscribe_mailto}>\r\n"
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
            f"X-Campaign-Delivery: {self.facts.delivery_id}.{log_id}\r\n"
            f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n\r\n'
        ).encode("ascii")
        body = b"".join(
            (
                f'--{boundary}\r\nContent-Type: text/plain; charset="{charset}"\r\n'
                f"Content-Transfer-Encoding: {text_encoding}\r\n\r\n".encode(),
                text_body,
                f'\r\n--{boundary}\r\nContent-Type: text/html; charset="{charset}"\r\n'
                f"Content-Transfer-Encoding: {html_encoding}\r\n\r\n".encode(),
                html_body,
                f"\r\n--{boundary}--\r\n".encode(),
            )
        )
        recipients = [to_address] + ([self.facts.bcc_archive] if self.facts.bcc_archive else [])
        envelope_from, envid = self.facts.error_address or self.facts.from_address, ""
        if self.return_path is not None and log_id > 0:  # seed copies and proofs (log id 0) name no row
            envid = self.return_path.token(log_id)
            envelope_from = self.return_path.address(envelope_from, envid)
        return OutgoingMessage(
            log_id, to_address, envelope_from, recipients, message_id, self.headers[charset] + head + body, charset, envid,
        )
