"""Builds each outgoing message as bytes, fast, from a rendered message.

Python's ``EmailMessage`` builds about 700 messages a second; a send must do several
thousand. The constant parts (From, Reply-To, the MIME skeleton) are made once per
delivery; per message only the personalised values are encoded. A test parses every
kind of message back with the ``email`` package. Every header is written by
``mail_headers`` and, unless it is plainly safe, parsed back and compared with what was
meant: nothing a profile contains can add a header or an address. Addresses travel in
their wire form (``address_syntax.wire_address``); a UTF-8 local part anywhere marks the
message as needing the relay's SMTPUTF8.
"""

from __future__ import annotations

import base64
import binascii
import email.utils
import itertools
import secrets
import time
from dataclasses import dataclass, field
from urllib.parse import quote

from campaign_desktop.engine.address_syntax import WireAddress, wire_address
from campaign_desktop.domain.enums import TrackingKind
from campaign_desktop.engine import mail_headers
from campaign_desktop.engine.mail_headers import ISO_2022_JP, UTF8, header_text
from campaign_desktop.engine.personalization import RenderedMessage
from campaign_desktop.engine.return_path import ReturnPath
from campaign_desktop.engine.tracking import Tracker

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
    #: the delivery's chosen character set: ISO-2022-JP for every recipient, else UTF-8 (and ISO-2022-JP
    #: for the Japanese mobile carriers, who need it)
    charset: str = UTF8


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
    #: the first address with a UTF-8 local part in the envelope or the headers ("" for none): only a
    #: relay offering SMTPUTF8 can take the message
    smtputf8_address: str = ""

    @property
    def smtputf8(self) -> bool:
        return bool(self.smtputf8_address)


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
        self.sender = wire_address(header_text(f.from_address))
        self.errors_to = wire_address(header_text(f.error_address or f.from_address))
        self.bcc = wire_address(header_text(f.bcc_archive)) if f.bcc_archive.strip() else None
        self.domain = self.sender.domain or "localhost"
        self.headers = {cs: self._constant_headers(cs) for cs in (UTF8, ISO_2022_JP)}
        local = quote(self.errors_to.local, safe="!$'()*+,;=-._~")  # RFC 6068: UTF-8, percent-encoded
        self.unsubscribe_mailto = f"mailto:{local}@{self.errors_to.domain}?subject=unsubscribe"
        wires = [self.sender, self.errors_to, *([self.bcc] if self.bcc else [])]
        if f.reply_to.strip():
            wires.append(wire_address(header_text(f.reply_to)))
        self.utf8_sender = next((str(w) for w in wires if w.needs_smtputf8), "")

    def _constant_headers(self, charset: str) -> bytes:
        """From, Reply-To and MIME-Version, written once and checked as a mail client reads them."""
        f = self.facts
        lines = [mail_headers.address_header("From", f.from_address, f.from_name, charset)]
        addresses = {"From": (header_text(f.from_name), str(self.sender))}
        if f.reply_to.strip():
            lines.append(mail_headers.address_header("Reply-To", f.reply_to))
            addresses["Reply-To"] = ("", str(wire_address(header_text(f.reply_to))))
        lines.append("MIME-Version: 1.0")
        block = "\r\n".join(lines)
        mail_headers.check(block, {"MIME-Version": "1.0"}, addresses)
        return (block + "\r\n").encode()

    def charset_for(self, domain: str) -> str:
        """The character set a message to ``domain`` is written in (``build`` falls back to UTF-8 for
        a message whose text ISO-2022-JP cannot carry)."""
        if self.facts.charset.lower() == ISO_2022_JP:
            return ISO_2022_JP
        return ISO_2022_JP if domain.lower() in JAPANESE_MOBILE_DOMAINS else UTF8

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

    def _recipient_headers(self, to: WireAddress, subject: str, charset: str) -> str:
        """To and Subject, each checked as a mail client reads it unless plainly safe."""
        to_text = str(to)
        to_line = f"To: {to_text}"
        if not mail_headers.is_plain_address(to_text):
            to_line = mail_headers.address_header("To", to_text)
            mail_headers.check(to_line, {}, {"To": ("", to_text)})
        return f"{to_line}\r\n{mail_headers.subject_line(subject, charset)}\r\n"

    def build(self, log_id: int, to_address: str, message: RenderedMessage, links: dict[str, str] | None = None) -> OutgoingMessage:
        """The message for one recipient; raises ``HeaderProblem`` when a header cannot be written safely."""
        to = wire_address(header_text(to_address))
        charset = self.charset_for(to.domain)
        html = message.html
        if self.tracker is not None and self.instrumented_targets is None:
            html = self.tracker.rewrite(html, self.facts.delivery_id, log_id)
        try:
            text_encoding, text_body = _body(message.text, charset)
            html_encoding, html_body = _body(html, charset, readable=False)
            recipient_headers = self._recipient_headers(to, message.subject, charset)
        except UnicodeEncodeError:  # a character ISO-2022-JP cannot carry: UTF-8 it is
            charset = UTF8
            text_encoding, text_body = _body(message.text, charset)
            html_encoding, html_body = _body(html, charset, readable=False)
            recipient_headers = self._recipient_headers(to, message.subject, charset)
        # unique without a system call a message: a random part drawn once a builder, and a counter
        # (a retry of the same row gets a new Message-ID; the boundary cannot occur in a QP body)
        unique = f"{self.nonce}{next(self.counter):x}"
        message_id = f"<{self.facts.delivery_id}.{log_id}.{unique}@{self.domain}>"
        boundary = f"=_cd_{unique}"
        links = links or self.links(log_id)
        unsubscribe = links["unsubscribe_url"]
        head = (
            f"{recipient_headers}"
            f"Date: {self.clock.now()}\r\n"
            f"Message-ID: {message_id}\r\n"
            f"List-Unsubscribe: <{_url(unsubscribe)}>,\r\n <{self.unsubscribe_mailto}>\r\n"
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
            f"X-Campaign-Delivery: {self.facts.delivery_id}.{log_id}\r\n"
            f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n\r\n'
        ).encode()
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
        recipients = [str(to)] + ([str(self.bcc)] if self.bcc else [])
        envelope_from, envid = str(self.errors_to), ""
        if self.return_path is not None and log_id > 0:  # seed copies and proofs (log id 0) name no row
            envid = self.return_path.token(log_id)
            envelope_from = self.return_path.address(envelope_from, envid)
        return OutgoingMessage(
            log_id, str(to), envelope_from, recipients, message_id, self.headers[charset] + head + body, charset, envid,
            str(to) if to.needs_smtputf8 else self.utf8_sender,
        )


def _url(value: str) -> str:
    """A URL for a header: nothing in it may end the header or the angle brackets."""
    return header_text(value).replace(" ", "%20").replace(">", "%3E").replace("<", "%3C")
