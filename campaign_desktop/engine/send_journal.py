"""The per-send journal: a plain append-only file that says, message by message, what the
server answered, so that a process killed mid-send loses (almost) nothing.

The database learns the fate of a batch only when the batch is settled; a ``kill -9``
before that used to leave every claimed row *Unknown*, most of which had never reached
the server. Each sending thread now writes to this journal, as the send happens:

* ``W <log id>`` just before the message's final dot is written: from here on the server
  may have it;
* ``A <log id> <Message-ID> <reply>`` when the server accepted it (2xx after the dot);
* ``R <log id>`` when it gave a final refusal after the dot (the message was not taken).

Each sending thread has a file of its own. A ``write`` to a file survives the death of its
process (the kernel holds it), so the journal costs one small system call a message; it
is flushed to the disk (``fsync``) once a batch, which bounds what a power cut can lose. On recovery a claimed row is *accepted*
when its journal says A, *unknown* when it says W and nothing after (its final dot was
on the wire: at most one message per connection, RFC 1047), and *never sent* otherwise.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from campaign_desktop.db.session import data_dir

_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def journal_root(engine: Engine) -> Path:
    """Where a database's send journals live: beside a SQLite file, else in the data folder."""
    url = engine.url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(f"{url.database}.sends")
    identity = url.render_as_string(hide_password=True).encode()
    return data_dir() / "sends" / hashlib.sha1(identity).hexdigest()[:16]


def delivery_folder(engine: Engine, delivery_id: int) -> Path:
    return journal_root(engine) / f"delivery-{delivery_id}"


def retry_folder(engine: Engine) -> Path:
    return journal_root(engine) / "retries"


def file_name(owner: str) -> str:
    """A journal file's name for a lease owner (host:pid:nonce) or a worker of it."""
    return _UNSAFE.sub("-", owner) + ".log"


def _clean(text: str) -> str:
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")[:500]


class SendJournal:
    """One sending thread's journal file: no lock, and one system call a message.

    The line saying how the previous message ended (A or R) goes out with the W line of the
    next, in the same ``write``; ``flush`` writes the last one at the end of a batch. So a
    connection has at most one message whose fate the journal does not tell, the one on
    the wire, whatever the moment of the kill.
    """

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self.pending = ""  # how the last message ended, not yet written

    def on_the_wire(self, log_id: int) -> None:
        os.write(self.fd, f"{self.pending}W\t{log_id}\n".encode("utf-8", "replace"))
        self.pending = ""

    def accepted(self, log_id: int, message_id: str, reply: str) -> None:
        self.pending = f"A\t{log_id}\t{_clean(message_id)}\t{_clean(reply)}\n"

    def refused(self, log_id: int) -> None:
        self.pending = f"R\t{log_id}\n"

    def flush(self) -> None:
        if self.pending:
            os.write(self.fd, self.pending.encode("utf-8", "replace"))
            self.pending = ""

    def sync(self) -> None:
        self.flush()
        os.fsync(self.fd)

    def close(self) -> None:
        if self.fd >= 0:
            self.flush()
            os.close(self.fd)
            self.fd = -1


@dataclass
class Reading:
    """What the journals of a folder say: accepted messages, and those left on the wire."""

    accepted: dict[int, tuple[str, str]] = field(default_factory=dict)  # log id → (Message-ID, reply)
    on_the_wire: set[int] = field(default_factory=set)
    files: list[Path] = field(default_factory=list)


def read(folder: Path, names: set[str] | None = None) -> Reading:
    """Read every journal of ``folder`` (or only the files named); a torn last line is ignored.

    Files are read oldest first and, for each row, its latest attempt decides: a message
    returned by one run and on the wire in the next is on the wire."""
    reading = Reading()
    if not folder.is_dir():
        return reading
    for path in sorted(folder.glob("*.log"), key=_age):
        if names is not None and path.name not in names:
            continue
        reading.files.append(path)
        for line in path.read_text("utf-8", "replace").split("\n"):
            parts = line.split("\t")
            if len(parts) < 2 or not parts[1].isdigit():
                continue
            log_id = int(parts[1])
            if parts[0] == "W":
                reading.on_the_wire.add(log_id)
                reading.accepted.pop(log_id, None)
            elif parts[0] == "A" and len(parts) >= 4:
                reading.accepted[log_id] = (parts[2], parts[3])
                reading.on_the_wire.discard(log_id)
            elif parts[0] == "R":
                reading.on_the_wire.discard(log_id)
                reading.accepted.pop(log_id, None)
    return reading


def _age(path: Path) -> tuple[float, str]:
    try:
        return (path.stat().st_mtime, path.name)
    except FileNotFoundError:
        return (0.0, path.name)


def forget(paths: list[Path]) -> None:
    """Remove journals whose every line is now settled in the database (and their folder, once empty)."""
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            pass
    # a delivery's folder is only ever written under its lease, so it can go; the retries' one is shared
    for folder in {path.parent for path in paths if path.parent.name.startswith("delivery-")}:
        try:
            folder.rmdir()
        except OSError:
            pass  # a journal of another run is still there


__all__ = ["Reading", "SendJournal", "delivery_folder", "file_name", "forget", "journal_root", "read", "retry_folder"]
