"""Transports hand messages to a mail server: an SMTP relay, a pickup folder, or the simulated MTA.

The sending engine depends only on ``Transport``: ``session()`` gives one connection's
worth of sending (each sending thread has its own), and ``send`` answers with the
server's reply code and text, or ``None`` as the code when the server never answered
(refused connection, dropped connection, stall past the timeout).
"""

from __future__ import annotations

import enum
import functools
import os
import re
import smtplib
import socket
import ssl
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.message import OutgoingMessage
from campaign_desktop.engine.messages import Msg
from campaign_desktop.engine.messages import message as _message


class RelayProblem(enum.Enum):
    """A failure of the relay itself, which says nothing about the recipient (DESIGN.md §3)."""

    REFUSED = enum.auto()  # connection refused, host unreachable or unknown
    SILENT = enum.auto()  # no greeting, a timeout, a connection dropped before the message was written
    CLOSING = enum.auto()  # 421: the server is closing the channel
    LOGIN = enum.auto()  # the login was refused (535 …)
    TLS = enum.auto()  # the secure connection could not be set up
    TOO_MANY = enum.auto()  # 452 4.5.3: too many recipients for now


@dataclass(frozen=True)
class Reply:
    """What the server said about one message.

    ``code`` is ``None`` when no reply came. ``relay`` names a failure of the relay rather
    than of the recipient; ``after_dot`` says the final dot was written, so a missing reply
    leaves the message's fate unknown (RFC 1047); ``halted`` says the send stopped it before
    it left.
    """

    code: int | None
    text: str
    relay: RelayProblem | None = None
    after_dot: bool = False
    halted: bool = False
    #: refused here, before anything went to the server (a UTF-8 address the relay cannot take)
    local: bool = False

    @property
    def accepted(self) -> bool:
        return self.code is not None and 200 <= self.code < 300


#: Called just before a message's final dot is written: from then on the server may have it.
OnTheWire = Callable[[], None]


class TransportSession(Protocol):
    def send(self, message: OutgoingMessage, on_the_wire: OnTheWire | None = None) -> Reply: ...

    def abort(self, halted: bool = False) -> None: ...

    def close(self) -> None: ...


class Transport(Protocol):
    def session(self) -> TransportSession: ...

    def describe(self) -> str: ...


class CheckedTransport(Transport, Protocol):
    """A transport that can tell, before and during a send, whether its relay answers."""

    @property
    def name(self) -> str: ...

    def check(self) -> Reply: ...


class TransportError(EngineError):
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
    #: the longest one message may take, however slowly the server drips its replies
    message_deadline_s: float = 120.0
    #: what the relay is asked to report (RFC 3461 NOTIFY, e.g. "FAILURE,DELAY") when it offers
    #: DSN; empty: nothing is asked
    dsn_notify: str = ""

    @property
    def relay(self) -> str:
        return f"{self.host}:{self.port}"


_TOO_MANY = re.compile(r"\b4\.5\.3\b|too many recipients", re.IGNORECASE)


def _relay_problem(code: int, text: str) -> RelayProblem | None:
    """A reply that speaks of the relay, not of the recipient."""
    if code == 421:
        return RelayProblem.CLOSING
    if code == 452 and _TOO_MANY.search(text):
        return RelayProblem.TOO_MANY
    if code in (530, 534, 535, 538, 454) or 500 <= code < 600 and "authentication" in text.lower():
        return RelayProblem.LOGIN
    return None


class _Stage(enum.IntEnum):
    CONNECT = 0
    SETUP = 1  # greeting, STARTTLS, login
    ENVELOPE = 2
    CONTENT = 3  # after the final dot was written


class SmtpSession:
    """One SMTP connection, opened on first use and again after the server dropped it.

    ``abort`` (from another thread) cuts the connection at once: a stop or a pause must not
    wait for a server that answers a byte every twenty seconds. The message being sent
    then returns ``halted``, or unknown if its final dot had gone.
    """

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self.client: smtplib.SMTP | None = None
        self.busy_since: float | None = None  # monotonic start of the message in hand
        self.halted = False

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        # loading the system's authorities costs a tenth of a second of CPU: only when TLS is used
        context = ssl.create_default_context(cafile=s.ca_file or None) if s.security in ("tls", "starttls") else None
        if s.security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(local_hostname=s.helo or _helo(), timeout=s.timeout_s, context=context)
        else:
            client = smtplib.SMTP(local_hostname=s.helo or _helo(), timeout=s.timeout_s)
        client._host = s.host  # what the constructor would have kept: STARTTLS checks the certificate against it
        self.client = client  # from here abort() can cut it, also while the greeting is awaited
        code, greeting = client.connect(s.host, s.port)
        if code != 220:
            client.close()
            raise smtplib.SMTPConnectError(code, greeting)
        if s.security == "starttls":
            client.starttls(context=context)
        client.ehlo_or_helo_if_needed()
        if s.login:
            client.login(s.login, s.password)
        return client

    def send(self, message: OutgoingMessage, on_the_wire: OnTheWire | None = None) -> Reply:
        """One SMTP transaction. smtplib's ``sendmail`` parses both addresses and runs two regular
        expressions over the whole message each time; the message is already CRLF and the
        addresses already checked, so the commands are sent as they are."""
        stage = _Stage.CONNECT
        self.halted = False
        self.busy_since = time.monotonic()
        try:
            if self.client is None:
                self._connect()
            client = self.client
            assert client is not None
            stage = _Stage.ENVELOPE
            if message.smtputf8 and not client.has_extn("smtputf8"):
                return Reply(None, str(_message(Msg.NEEDS_SMTPUTF8, address=message.smtputf8_address)), local=True)
            mail_from, rcpt_to = self._envelope(client, message)
            if client.has_extn("pipelining"):
                mail, replies, data_reply = self._pipelined_envelope(client, mail_from, rcpt_to)
            else:
                mail = client.docmd("MAIL", mail_from)
                replies = [] if mail[0] != 250 else [client.docmd("RCPT", rcpt) for rcpt in rcpt_to]
                data_reply = None
            for code, text in [mail, *replies, *([data_reply] if data_reply else [])]:
                problem = _relay_problem(code, _text(text))
                if problem is not None:
                    self._drop() if problem is RelayProblem.CLOSING else self._reset()
                    return Reply(code, _text(text), problem)
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
                problem = _relay_problem(code, _text(text)) if code is not None else None
                return Reply(code, _text(text), problem)
            data = message.data.replace(b"\r\n.", b"\r\n..")  # dot-stuffing (RFC 5321 §4.5.2)
            if data.startswith(b"."):
                data = b"." + data
            if on_the_wire is not None:
                on_the_wire()
            stage = _Stage.CONTENT
            client.send(data + (b".\r\n" if data.endswith(b"\r\n") else b"\r\n.\r\n"))
            code, text = client.getreply()
            if code == 421:
                self._drop()
            return Reply(code, _text(text), _relay_problem(code, _text(text)), after_dot=True)
        except smtplib.SMTPAuthenticationError as exc:
            self._drop()
            return Reply(exc.smtp_code, _text(exc.smtp_error), RelayProblem.LOGIN)
        except smtplib.SMTPResponseException as exc:  # 421 and the like: the server is closing
            self._drop()
            return self._failure(exc.smtp_code, _text(exc.smtp_error), stage)
        except ssl.SSLError as exc:
            self._drop()
            return Reply(None, f"TLS: {exc}".strip(), RelayProblem.TLS, halted=self.halted)
        except (smtplib.SMTPException, OSError) as exc:  # dropped, refused, timed out, cut by abort()
            self._drop()
            return self._failure(None, f"{type(exc).__name__}: {exc}".strip(), stage, _refused(exc))
        finally:
            self.busy_since = None

    def _failure(self, code: int | None, text: str, stage: _Stage, refused: bool = False) -> Reply:
        if stage is _Stage.CONTENT:
            return Reply(code, text, after_dot=True, halted=self.halted)
        if self.halted:
            return Reply(code, text, halted=True)
        if code is not None and code != 421 and _relay_problem(code, text) is None and stage is _Stage.ENVELOPE:
            return Reply(code, text)
        if code == 421:
            return Reply(code, text, RelayProblem.CLOSING)
        return Reply(code, text, RelayProblem.REFUSED if refused else RelayProblem.SILENT)

    def _envelope(self, client: smtplib.SMTP, message: OutgoingMessage) -> tuple[str, list[str]]:
        """The arguments of MAIL and of each RCPT. When the relay offers DSN (RFC 3461) it is asked
        for the headers only, with the message's envelope id, and to notify what the reporting
        mode needs about the recipient (never about an archive copy)."""
        mail_from = f"FROM:<{message.envelope_from}>"
        rcpt_to = [f"TO:<{a}>" for a in message.envelope_to]
        if message.smtputf8:  # RFC 6531: UTF-8 in the envelope and the headers; commands go out as UTF-8
            mail_from += " SMTPUTF8" + (" BODY=8BITMIME" if client.has_extn("8bitmime") else "")
            client.command_encoding = "utf-8"
        else:
            client.command_encoding = "ascii"
        notify = self.settings.dsn_notify
        if notify and client.has_extn("dsn"):
            mail_from += " RET=HDRS" + (f" ENVID={message.envid}" if message.envid else "")
            rcpt_to = [f"{rcpt} NOTIFY={notify if a == message.to_address else 'NEVER'}"
                       for rcpt, a in zip(rcpt_to, message.envelope_to)]
        return mail_from, rcpt_to

    @staticmethod
    def _pipelined_envelope(client: smtplib.SMTP, mail_from: str, rcpt_to: list[str]) -> tuple[tuple[int, bytes], list[tuple[int, bytes]], tuple[int, bytes]]:
        """MAIL, RCPT and DATA in one write (RFC 2920), then their replies in order: one round trip."""
        commands = f"MAIL {mail_from}\r\n" + "".join(f"RCPT {rcpt}\r\n" for rcpt in rcpt_to)
        client.send((commands + "DATA\r\n").encode())
        mail = client.getreply()
        replies = [client.getreply() for _ in rcpt_to]
        return mail, replies, client.getreply()

    def overdue(self, now: float) -> bool:
        """Whether the message in hand has taken longer than its deadline."""
        started = self.busy_since
        return started is not None and now - started > self.settings.message_deadline_s

    def abort(self, halted: bool = False) -> None:
        """Cut the connection now (from any thread): the blocked read in ``send`` ends at once."""
        self.halted = self.halted or halted
        client = self.client
        sock = getattr(client, "sock", None) if client is not None else None
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

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


@functools.cache
def _helo() -> str:
    """This machine's name for EHLO, looked up once (smtplib would ask the resolver at each connection)."""
    return socket.getfqdn()


def _refused(exc: BaseException) -> bool:
    """A connection that could not be opened at all (as opposed to one that went quiet)."""
    return isinstance(exc, (ConnectionRefusedError, socket.gaierror)) or "unreachable" in str(exc).lower()


def _text(raw: bytes | str) -> str:
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


class SmtpTransport:
    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings

    def session(self) -> SmtpSession:
        return SmtpSession(self.settings)

    def describe(self) -> str:
        return f"SMTP relay {self.settings.relay}"

    @property
    def name(self) -> str:
        return self.settings.relay

    def check(self) -> Reply:
        return check_connection(self.settings)


def check_connection(settings: SmtpSettings) -> Reply:
    """Connect, greet, log in and quit: what a Test connection button reports, and what a send
    checks before it is confirmed and while it waits for a relay to come back."""
    if not 0 < settings.port < 65536:
        return Reply(None, f"port {settings.port} is not a port number", RelayProblem.REFUSED)
    session = SmtpSession(settings)
    # a relay that answers a byte at a time never lets the socket time out: the check has a deadline too
    watchdog = threading.Timer(settings.message_deadline_s, session.abort)
    watchdog.daemon = True
    watchdog.start()
    try:
        client = session._connect()
        code, text = client.noop()
        client.quit()
        return Reply(code, _text(text))
    except smtplib.SMTPAuthenticationError as exc:
        return Reply(exc.smtp_code, _text(exc.smtp_error), RelayProblem.LOGIN)
    except smtplib.SMTPResponseException as exc:
        code, text = exc.smtp_code, _text(exc.smtp_error)
        problem = _relay_problem(code, text) or (RelayProblem.CLOSING if code == 421 else RelayProblem.SILENT)
        return Reply(code, text, problem)
    except ssl.SSLError as exc:
        return Reply(None, f"TLS: {exc}", RelayProblem.TLS)
    except (smtplib.SMTPException, OSError, socket.timeout) as exc:
        return Reply(None, f"{type(exc).__name__}: {exc}", RelayProblem.REFUSED if _refused(exc) else RelayProblem.SILENT)
    finally:
        watchdog.cancel()
        session._drop()


class PickupSession:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def send(self, message: OutgoingMessage, on_the_wire: OnTheWire | None = None) -> Reply:
        name = message.message_id.strip("<>").replace("/", "_") + ".eml"
        try:
            handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                out.write(message.data)
            if on_the_wire is not None:
                on_the_wire()
            os.replace(temporary, self.folder / name)  # a reader never sees half a message
        except OSError as exc:  # the folder is the relay here: it says nothing of the recipient
            return Reply(None, f"cannot write to {self.folder}: {exc.strerror}", RelayProblem.REFUSED)
        return Reply(250, f"written to {name}", after_dot=True)

    def abort(self, halted: bool = False) -> None:
        pass  # a file write is never stuck waiting for a server

    def close(self) -> None:
        pass


class PickupTransport:
    """Writes one ``.eml`` file a message, for a mail server that collects them."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise TransportError(Msg.PICKUP_FOLDER_UNUSABLE, folder=str(folder), detail=exc.strerror or str(exc)) from exc

    def session(self) -> PickupSession:
        return PickupSession(self.folder)

    def describe(self) -> str:
        return f"pickup folder {self.folder}"

    @property
    def name(self) -> str:
        return str(self.folder)

    def check(self) -> Reply:
        """Whether a message can be written there now."""
        try:
            with tempfile.NamedTemporaryFile(dir=self.folder, suffix=".check"):
                pass
        except OSError as exc:
            return Reply(None, f"cannot write to {self.folder}: {exc.strerror}", RelayProblem.REFUSED)
        return Reply(250, f"{self.folder} can be written")
