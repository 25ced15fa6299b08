"""Where the error address's mail is read: a Maildir, an mbox, a folder of ``.eml`` files, or a
server over IMAP or POP3 (DESIGN.md §4).

Every mailbox gives its messages with a key (a file name, an IMAP UID, a POP3 UIDL) and,
once their effects are committed, ``done`` marks them: flagged as read, or moved to a
folder of their own, never deleted. Reading the same message twice changes nothing
anyway (``feedback`` records each one by its digest), so a crash between the commit and
the mark costs nothing but a second look. A POP3 mailbox cannot flag: its messages stay
where they are and the keys already read are skipped.

A mailbox that cannot be reached raises ``MailboxUnavailable`` with the server's words:
a clear message, never a failed send.
"""

from __future__ import annotations

import dataclasses
import imaplib
import mailbox as mailbox_files
import os
import poplib
import re
import socket
import ssl
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from campaign_desktop.domain.enums import MailboxKind, ProcessedMail
from campaign_desktop.engine.credentials import mailbox_password
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.messages import Msg
from campaign_desktop.engine.settings import Settings

#: Whether a key was read before: a server's mailbox skips those without downloading them (a
#: local one moves or flags what it read, and the digests tell the rest).
Known = Callable[[str], bool]


class MailboxUnavailable(EngineError):
    """The error mailbox cannot be read now (unreachable, refused login, missing folder)."""


#: A message larger than this is not read whole: its first bytes wait for a person (no notice
#: is that large; a 50 MB message once took 600 MB of memory and half a minute to sort).
MAX_MESSAGE_BYTES = 10 << 20
#: What is kept of a message too large to read: enough for a person to see its headers.
TOO_LARGE_KEPT = 64 << 10


@dataclass(frozen=True)
class Inbound:
    key: str
    data: bytes
    size: int = 0  # the whole message's size, when ``data`` is only its beginning

    @property
    def too_large(self) -> bool:
        return self.size > MAX_MESSAGE_BYTES


def read_file(path: Path) -> Inbound | None:
    """A regular file's bytes (its beginning when too large); ``None`` for anything else (a
    folder, a FIFO, a device, a symlink loop) or a file that cannot be read now: skipped,
    never a reason to stop reading the others."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return None
        with path.open("rb") as handle:
            data = handle.read(TOO_LARGE_KEPT if info.st_size > MAX_MESSAGE_BYTES else MAX_MESSAGE_BYTES + 1)
    except OSError:
        return None
    return Inbound(path.name, data, info.st_size)


class Mailbox(Protocol):
    @property
    def name(self) -> str: ...

    def messages(self, known: Known) -> Iterator[Inbound]: ...

    def done(self, keys: list[str]) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class ServerSettings:
    """An IMAP or POP3 server holding the error address's mail."""

    kind: MailboxKind
    host: str
    port: int
    security: str = "tls"  # none | starttls | tls
    login: str = ""
    password: str = ""
    folder: str = "INBOX"  # IMAP
    processed: ProcessedMail = ProcessedMail.FLAG
    processed_folder: str = "Processed"
    ca_file: str = ""
    timeout_s: float = 30.0

    @property
    def name(self) -> str:
        scheme = "imap" if self.kind is MailboxKind.IMAP else "pop3"
        where = f"/{self.folder}" if self.kind is MailboxKind.IMAP else ""
        return f"{scheme}://{self.login + '@' if self.login else ''}{self.host}:{self.port}{where}"

    def context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.ca_file or None)


# --- local mailboxes --------------------------------------------------------------------------------

class EmlFolder:
    """A folder of ``.eml`` files; read ones move to ``processed/`` (the folder's own convention)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.name = str(folder)

    def messages(self, known: Known) -> Iterator[Inbound]:
        # a file name may come back with other bytes: read ones move away, and digests tell the rest
        for path in sorted(p for p in self.folder.iterdir() if p.suffix.lower() == ".eml"):
            found = read_file(path)
            if found is not None:
                yield found

    def done(self, keys: list[str]) -> None:
        target = self.folder / "processed"
        try:
            target.mkdir(exist_ok=True)
        except OSError:
            return  # cannot be marked: read again next time, and known by its digest
        for key in keys:
            try:
                (self.folder / key).replace(target / key)
            except OSError:
                pass  # moved by another reader, or a folder that cannot be written

    def close(self) -> None:
        pass


_INFO = re.compile(r":2,([A-Za-z]*)$")


class MaildirBox:
    """A Maildir (as Postfix and Dovecot write it): new and unseen messages are read; read ones
    get the ``S`` flag in ``cur/``, or move to the Maildir++ folder ``.<name>``."""

    def __init__(self, root: Path, processed: ProcessedMail = ProcessedMail.FLAG, folder: str = "Processed") -> None:
        self.root, self.processed, self.folder = root, processed, folder
        self.name = str(root)

    def messages(self, known: Known) -> Iterator[Inbound]:
        for sub in ("new", "cur"):
            if not (self.root / sub).is_dir():
                continue
            for path in sorted((self.root / sub).iterdir()):
                info = _INFO.search(path.name)
                if path.name.startswith(".") or (info is not None and "S" in info.group(1)):
                    continue  # being written, or read already
                found = read_file(path)
                if found is not None:
                    yield Inbound(f"{sub}/{path.name}", found.data, found.size)

    def done(self, keys: list[str]) -> None:
        target = self.root / "cur"
        if self.processed is ProcessedMail.MOVE:
            target = self.root / f".{self.folder}" / "cur"
            for sub in ("cur", "new", "tmp"):
                (target.parent / sub).mkdir(parents=True, exist_ok=True)
        for key in keys:
            path = self.root / key
            base, _, flags = path.name.partition(":2,")
            try:
                os.replace(path, target / f"{base}:2,{''.join(sorted(set(flags) | {'S'}))}")
            except OSError:
                pass  # taken by another reader, or a folder that cannot be written: known by its digest

    def close(self) -> None:
        pass


class MboxFile:
    """An mbox file. It is never rewritten (a mail server appends to it while we read): the
    messages already read are known by their digest and change nothing."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = str(path)

    def messages(self, known: Known) -> Iterator[Inbound]:
        box = mailbox_files.mbox(self.path, create=False)
        try:
            for key in box.iterkeys():
                data = box.get_bytes(key)
                yield Inbound(f"mbox:{key}", data[:TOO_LARGE_KEPT] if len(data) > MAX_MESSAGE_BYTES else data, len(data))
        finally:
            box.close()

    def done(self, keys: list[str]) -> None:
        pass

    def close(self) -> None:
        pass


class EmlFile:
    """One message in a file of its own (``--source message.eml``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = str(path)

    def messages(self, known: Known) -> Iterator[Inbound]:
        found = read_file(self.path)
        if found is not None:
            yield found

    def done(self, keys: list[str]) -> None:
        pass

    def close(self) -> None:
        pass


def local_mailbox(path: Path, processed: ProcessedMail = ProcessedMail.FLAG, folder: str = "Processed") -> Mailbox:
    """The mailbox at ``path``: a Maildir (or its ``new/``), an mbox file, or a folder of ``.eml`` files."""
    if not path.exists():
        raise MailboxUnavailable(Msg.MAILBOX_MISSING, where=str(path))
    if path.is_dir() and path.name in ("new", "cur") and (path.parent / "cur").is_dir() and (path.parent / "new").is_dir():
        path = path.parent  # MAILDIR/new, as a user may point at it
    if path.is_dir() and all((path / sub).is_dir() for sub in ("new", "cur")):
        return MaildirBox(path, processed, folder)
    if path.is_dir():
        return EmlFolder(path)
    if not path.is_file():  # a FIFO, a device: nothing a mail program writes, and reading it may never end
        raise MailboxUnavailable(Msg.MAILBOX_REFUSED, where=str(path), detail="not a mailbox")
    if path.suffix.lower() == ".eml":
        return EmlFile(path)
    try:
        with path.open("rb") as handle:
            start = handle.read(5)
    except OSError as exc:
        raise MailboxUnavailable(Msg.MAILBOX_REFUSED, where=str(path), detail=exc.strerror or str(exc)) from exc
    if start and start != b"From ":  # an mbox begins with its first message's "From " line
        raise MailboxUnavailable(Msg.MAILBOX_NOT_MBOX, where=str(path))
    return MboxFile(path)


# --- servers -------------------------------------------------------------------------------------

class ImapBox:
    """An IMAP folder: unseen messages are read without marking them (``BODY.PEEK``), then flagged
    ``\\Seen`` or moved to the processed folder."""

    def __init__(self, settings: ServerSettings) -> None:
        self.settings = settings
        self.name = settings.name
        s = settings
        try:
            if s.security == "tls":
                self.client: imaplib.IMAP4 = imaplib.IMAP4_SSL(s.host, s.port, ssl_context=s.context(), timeout=s.timeout_s)
            else:
                self.client = imaplib.IMAP4(s.host, s.port, timeout=s.timeout_s)
                if s.security == "starttls":
                    self.client.starttls(ssl_context=s.context())
            if s.login:
                self.client.login(s.login, s.password)
            kind, data = self.client.select(_quoted(s.folder))
            if kind != "OK":
                raise MailboxUnavailable(Msg.MAILBOX_REFUSED, where=self.name, detail=_said(data))
            self.validity = _said(self.client.response("UIDVALIDITY")[1])
        except MailboxUnavailable:
            self.close()
            raise
        except (imaplib.IMAP4.error, OSError, ssl.SSLError) as exc:
            self.close()
            raise MailboxUnavailable(Msg.MAILBOX_REFUSED, where=self.name, detail=_detail(exc)) from exc

    def messages(self, known: Known) -> Iterator[Inbound]:
        try:
            _, found = self.client.uid("SEARCH", "UNSEEN")
            for uid in (found[0] or b"").split():
                key = f"{self.validity}:{uid.decode()}"
                if known(key):
                    continue
                _, parts = self.client.uid("FETCH", uid, "(BODY.PEEK[])")
                data = next((p[1] for p in parts if isinstance(p, tuple)), None)
                if data is not None:
                    yield Inbound(key, data)
        except (imaplib.IMAP4.error, OSError) as exc:
            raise MailboxUnavailable(Msg.MAILBOX_REFUSED, where=self.name, detail=_detail(exc)) from exc

    def done(self, keys: list[str]) -> None:
        uids = ",".join(key.rpartition(":")[2] for key in keys)
        if not uids:
            return
        try:
            if self.settings.processed is ProcessedMail.MOVE:
                folder = _quoted(self.settings.processed_folder)
                self.client.create(folder)  # already there: a NO, which changes nothing
                if "MOVE" in self._capabilities():
                    self.client.uid("MOVE", uids, folder)
                    return
                self.client.uid("COPY", uids, folder)
            self.client.uid("STORE", uids, "+FLAGS.SILENT", r"(\Seen)")
        except (imaplib.IMAP4.error, OSError) as exc:
            raise MailboxUnavailable(Msg.MAILBOX_REFUSED, where=self.name, detail=_detail(exc)) from exc

    def _capabilities(self) -> set[str]:
        """What the server offers now: many (Dovecot among them) announce MOVE only after the
        login, which imaplib's greeting-time list does not show."""
        _, data = self.client.capability()
        return set(_said(data).upper().split())

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is None:
            return
        try:
            if client.state == "SELECTED":
                client.close()
            client.logout()
        except (imaplib.IMAP4.error, OSError):
            pass


class Pop3Box:
    """A POP3 mailbox: messages stay on the server (POP3 has no flags, and a deleted message would
    be lost); those whose UIDL was read before are skipped without being downloaded."""

    def __init__(self, settings: ServerSettings) -> None:
        self.settings = settings
        self.name = settings.name
        s = settings
        try:
            if s.security == "tls":
                self.client: poplib.POP3 = poplib.POP3_SSL(s.host, s.port, timeout=s.timeout_s, context=s.context())
            else:
                self.client = poplib.POP3(s.host, s.port, timeout=s.timeout_s)
                if s.security == "starttls":
                    self.client.stls(context=s.context())
            if s.login:
                self.client.user(s.login)
                self.client.pass_(s.password)
        except (poplib.error_proto, OSError, ssl.SSLError) as exc:
            self.close()
            raise MailboxUnavailable(Msg.MAILBOX_REFUSED, where=self.name, detail=_detail(exc)) from exc

    def messages(self, known: Known) -> Iterator[Inbound]:
        try:
            _, listing, _ = self.client.uidl()
            for line in listing:
                number, _, uidl = line.decode("ascii", "replace").partition(" ")
                if known(uidl):
                    continue
                _, lines, _ = self.client.retr(int(number))
                yield Inbound(uidl, b"\r\n".join(lines) + b"\r\n")
        except (poplib.error_proto, OSError) as exc:
            raise MailboxUnavailable(Msg.MAILBOX_REFUSED, where=self.name, detail=_detail(exc)) from exc

    def done(self, keys: list[str]) -> None:
        pass

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is None:
            return
        try:
            client.quit()
        except (poplib.error_proto, OSError):
            pass


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _said(data: list[bytes | None] | None) -> str:
    first = (data or [b""])[0]
    return first.decode("utf-8", "replace") if isinstance(first, bytes) else str(first or "")


def _detail(exc: BaseException) -> str:
    """The server's or the system's words for what went wrong."""
    if isinstance(exc, socket.timeout):
        return "no answer in time"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"TLS: {exc.verify_message}"
    if isinstance(exc, ssl.SSLError):
        return f"TLS: {exc.reason or exc}"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = exc.args[0] if exc.args else exc
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{text}".strip() or type(exc).__name__


# --- from the settings -----------------------------------------------------------------------------

def server_settings(settings: Settings) -> ServerSettings:
    return ServerSettings(settings.bounce_mailbox, settings.bounce_host, settings.bounce_port, settings.bounce_security,
                          settings.bounce_login, mailbox_password(settings.bounce_login), settings.bounce_imap_folder,
                          settings.bounce_processed, settings.bounce_processed_folder, settings.bounce_ca_file)


def waiting_count(box: Mailbox) -> int:
    """How many messages of ``box`` are still to read, without reading them (a mailbox test)."""
    if isinstance(box, ImapBox):
        _, found = box.client.uid("SEARCH", "UNSEEN")
        return len((found[0] or b"").split())
    if isinstance(box, Pop3Box):
        return int(box.client.stat()[0])
    return sum(1 for _ in box.messages(lambda key: False))


def test_mailbox(settings: Settings, password: str) -> int | None:
    """Open the mailbox ``settings`` describe (with ``password``, not yet stored) and count what
    waits there; ``None`` when none is set. ``MailboxUnavailable`` says why it cannot be opened."""
    kind = settings.bounce_mailbox
    if kind in (MailboxKind.IMAP, MailboxKind.POP3):
        if not settings.bounce_host.strip():
            raise MailboxUnavailable(Msg.MAILBOX_NO_SERVER)
        server = dataclasses.replace(server_settings(settings), password=password)
        box: Mailbox = ImapBox(server) if kind is MailboxKind.IMAP else Pop3Box(server)
    else:
        found = open_mailbox(settings)
        if found is None:
            return None
        box = found
    try:
        return waiting_count(box)
    except (imaplib.IMAP4.error, poplib.error_proto, OSError) as exc:
        raise MailboxUnavailable(Msg.MAILBOX_REFUSED, where=box.name, detail=_detail(exc)) from exc
    finally:
        box.close()


def open_mailbox(settings: Settings, source: str = "") -> Mailbox | None:
    """The error mailbox the settings name (or the local ``source`` given instead); ``None`` when
    none is set."""
    if source:
        return local_mailbox(Path(source), settings.bounce_processed, settings.bounce_processed_folder)
    kind = settings.bounce_mailbox
    if kind is MailboxKind.LOCAL:
        return local_mailbox(Path(settings.bounce_folder), settings.bounce_processed,
                             settings.bounce_processed_folder) if settings.bounce_folder else None
    if kind is MailboxKind.IMAP:
        return ImapBox(server_settings(settings))
    if kind is MailboxKind.POP3:
        return Pop3Box(server_settings(settings))
    return None


__all__ = [
    "EmlFile", "EmlFolder", "ImapBox", "Inbound", "Mailbox", "MailboxUnavailable", "MaildirBox", "MboxFile", "Pop3Box",
    "ServerSettings", "local_mailbox", "open_mailbox", "server_settings", "test_mailbox", "waiting_count",
]
