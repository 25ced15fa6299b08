"""Transports hand messages to a mail server: an SMTP relay, a pickup folder, or the simulated MTA.

The sending engine depends only on ``Transport``: ``session()`` gives one connection's
worth of sending (each sending thread has its own), and ``send`` answers with the
server's reply code and text, or ``None`` as the code when the server never answered
(refused connection, dropped connection, stall past the timeout).
"""

from __future__ import annotations

import os
import smtplib
import socket
import ssl
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from campaign_desktop.engine.message import OutgoingMessage


@dataclass(frozen=True)
class Reply:
    code: int | None
    text: str

    @property
    def accepted(self) -> bool:
        return self.code is not None and 200 <= self.code < 300


class TransportSession(Protocol):
    def send(self, message: OutgoingMessage) -> Reply: ...

    def close(self) -> None: ...


class Transport(Protocol):
    def session(self) -> TransportSession: ...

    def describe(self) -> str: ...


class TransportError(Exception):
    """The transport cannot work at all (a folder that cannot be written, a bad setting)."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: str = "none"  # none | starttls | tls
    login: str = ""
    password: str = ""
    timeout_s: float = 30.0
    helo: str | None = None
    ca_file: str = ""  # a private authority to trust besides the system's (a company relay)


class SmtpSession:
    """One SMTP connection, opened on first use and again after the server dropped it."""

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self.client: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        context = ssl.create_default_context(cafile=s.ca_file or None)
        if s.security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, local_hostname=s.helo, timeout=s.timeout_s, context=context)
        else:
            client = smtplib.SMTP(s.host, s.port, local_hostname=s.helo, timeout=s.timeout_s)
            if s.security == "starttls":
                client.starttls(context=context)
        client.ehlo_or_helo_if_needed()
        if s.login:
            client.login(s.login, s.password)
        return client

    def send(self, message: OutgoingMessage) -> Reply:
        """One SMTP transaction. smtplib's ``sendmail`` parses both addresses and runs two regular
        expressions over the whole message each time; the message is already CRLF and the
        addresses already checked, so the commands are sent as they are."""
        try:
            if self.client is None:
                self.client = self._connect()
            client = self.client
            if client.has_extn("pipelining"):
                mail, replies, data_reply = self._pipelined_envelope(client, message)
            else:
                mail = client.docmd("MAIL", f"FROM:<{message.envelope_from}>")
                replies = [] if mail[0] != 250 else [client.docmd("RCPT", f"TO:<{a}>") for a in message.envelope_to]
                data_reply = None
            if any(code == 421 for code, _ in [mail, *replies]):
                self._drop()
                return Reply(421, _text(next(text for code, text in [mail, *replies] if code == 421)))
            primary = dict(zip(message.envelope_to, replies)).get(message.to_address)
            refusal = mail if mail[0] != 250 else primary if primary is None or primary[0] not in (250, 251) else None
            if data_reply is None and refusal is None:
                data_reply = client.docmd("DATA")
            if refusal is not None or data_reply is None or data_reply[0] != 354:
                if data_reply is not None and data_reply[0] == 354:  # a pipelined DATA was accepted: end it empty
                    client.send(b".\r\n")
                    client.getreply()
                self._reset()
                code, text = refusal or data_reply or (None, b"no recipient")
                return Reply(code, _text(text))
            data = message.data.replace(b"\r\n.", b"\r\n..")  # dot-stuffing (RFC 5321 §4.5.2)
            if data.startswith(b"."):
                data = b"." + data
            client.send(data + (b".\r\n" if data.endswith(b"\r\n") else b"\r\n.\r\n"))
            code, text = client.getreply()
            if code == 421:
                self._drop()
            return Reply(code, _text(text))
        except smtplib.SMTPResponseException as exc:  # 421 and the like: the server is closing
            self._drop()
            return Reply(exc.smtp_code, _text(exc.smtp_error))
        except (smtplib.SMTPException, OSError) as exc:  # dropped, refused, timed out
            self._drop()
            return Reply(None, f"{type(exc).__name__}: {exc}".strip())

    @staticmethod
    def _pipelined_envelope(client: smtplib.SMTP, message: OutgoingMessage) -> tuple[tuple[int, bytes], list[tuple[int, bytes]], tuple[int, bytes]]:
        """MAIL, RCPT and DATA in one write (RFC 2920), then their replies in order: one round trip."""
        commands = f"MAIL FROM:<{message.envelope_from}>\r\n" + "".join(f"RCPT TO:<{a}>\r\n" for a in message.envelope_to)
        client.send((commands + "DATA\r\n").encode())
        mail = client.getreply()
        replies = [client.getreply() for _ in message.envelope_to]
        return mail, replies, client.getreply()

    def _reset(self) -> None:
        try:
            if self.client is not None:
                self.client.rset()
        except (smtplib.SMTPException, OSError):
            self._drop()

    def _drop(self) -> None:
        if self.client is not None:
            try:
                self.client.close()
            except OSError:
                pass
        self.client = None

    def close(self) -> None:
        if self.client is not None:
            try:
                self.client.quit()
            except (smtplib.SMTPException, OSError):
                pass
        self._drop()


def _text(raw: bytes | str) -> str:
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


class SmtpTransport:
    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings

    def session(self) -> SmtpSession:
        return SmtpSession(self.settings)

    def describe(self) -> str:
        return f"SMTP relay {self.settings.host}:{self.settings.port}"


def check_connection(settings: SmtpSettings) -> Reply:
    """Connect, greet, log in and quit: what a Test connection button reports."""
    session = SmtpSession(settings)
    try:
        client = session._connect()
        code, text = client.noop()
        client.quit()
        return Reply(code, _text(text))
    except (smtplib.SMTPException, OSError, socket.timeout) as exc:
        return Reply(None, f"{type(exc).__name__}: {exc}")


class PickupSession:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def send(self, message: OutgoingMessage) -> Reply:
        name = message.message_id.strip("<>").replace("/", "_") + ".eml"
        try:
            handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                out.write(message.data)
            os.replace(temporary, self.folder / name)  # a reader never sees half a message
        except OSError as exc:
            return Reply(None, f"cannot write to {self.folder}: {exc.strerror}")
        return Reply(250, f"written to {name}")

    def close(self) -> None:
        pass


class PickupTransport:
    """Writes one ``.eml`` file a message, for a mail server that collects them."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise TransportError(f"The pickup folder {folder} cannot be created: {exc.strerror}") from exc

    def session(self) -> PickupSession:
        return PickupSession(self.folder)

    def describe(self) -> str:
        return f"pickup folder {self.folder}"
