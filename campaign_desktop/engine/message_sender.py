"""Renders, builds and hands over the messages of a batch: in threads, or in worker processes.

One ``MessageSender`` sends on several connections from its own threads. Past a few
thousand messages the work (rendering, building, SMTP) needs both cores, so the send
starts worker processes that each hold a ``MessageSender`` built from the same picklable
``SenderSpec``; the process that owns the database only claims and settles batches.
"""

from __future__ import annotations

import concurrent.futures as cf
import os
import signal
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from campaign_desktop.domain.enums import FailureReason, FailureType
from campaign_desktop.engine.delivery_log import Fate, Settled
from campaign_desktop.engine.processes import end_with, worker_context
from campaign_desktop.engine.html_text import html_to_text
from campaign_desktop.engine.messages import Msg
from campaign_desktop.engine.messages import message as _message
from campaign_desktop.engine.return_path import ReturnPath
from campaign_desktop.engine.message import MessageBuilder, SenderFacts
from campaign_desktop.engine.personalization import DEFAULT_SIZE_CAP, CompiledContent, RenderProblem
from campaign_desktop.engine.recipients import NORM, RecipientReader
from campaign_desktop.engine.reply_rules import Classification, classify
from campaign_desktop.engine.send_journal import SendJournal
from campaign_desktop.engine.send_policy import RateLimiter
from campaign_desktop.engine.tracking import Tracker, instrument
from campaign_desktop.engine.transports import Reply, Transport, TransportSession

#: A claimed row: log id, address, then the profile columns.
_ROW_PROFILE = 2


@dataclass(frozen=True)
class Outcome:
    log_id: int
    email_norm: str | None
    message_id: str | None
    reply: Reply
    classification: Classification
    size: int | None

    @property
    def fate(self) -> Fate:
        reply = self.reply
        if reply.after_dot and reply.code is None:
            return Fate.UNKNOWN  # the final dot went out and nothing came back (RFC 1047)
        if reply.halted or reply.relay is not None:
            return Fate.RETURNED  # it never left, or the relay (not the recipient) said no
        return Fate.ACCEPTED if reply.accepted else Fate.REFUSED

    def settled(self) -> Settled:
        return Settled(self.log_id, self.fate, self.email_norm, self.message_id, _reply_text(self.reply),
                       self.classification if self.fate is Fate.REFUSED else None, self.size)


def _reply_text(reply: Reply) -> str:
    if reply.local:
        return reply.text
    return f"{reply.code} {reply.text}".strip() if reply.code is not None else f"no reply: {reply.text}"


@dataclass(frozen=True)
class SenderSpec:
    """Everything needed to send a delivery's messages, as plain values another process can take."""

    subject: str
    html: str
    text: str
    facts: SenderFacts
    tracking_base: str
    tracking_secret: bytes
    transport: Transport
    connections: int
    messages_per_second: float
    journal: str = ""  # the journal file of this send, without its ".log" ("" for none)
    return_path: ReturnPath | None = None  # VERP tokens for the envelope sender
    size_cap: int = DEFAULT_SIZE_CAP  # the hard cap on one message, in bytes


class _Halt(Protocol):
    def is_set(self) -> bool: ...

    def set(self) -> None: ...


#: After a halt, how long a message in hand may still take before its connection is cut.
HALT_GRACE_S = 1.0
WATCH_S = 0.1


class MessageSender:
    """Sends batches on several connections from its own threads.

    ``halt`` stops the work between messages (a pause, a stop, a relay failure): the rest
    of the batch comes back *returned*, never sent. A watchdog cuts a connection whose
    message passed its deadline, or that still waits a second after a halt.
    """

    def __init__(self, spec: SenderSpec, halt: _Halt | None = None) -> None:
        text = spec.text if spec.text.strip() else html_to_text(spec.html)
        tracker = Tracker(spec.tracking_base, spec.tracking_secret) if spec.tracking_base else None
        instrumented = instrument(spec.html) if tracker is not None else None
        html = instrumented.source if instrumented is not None else spec.html
        self.content = CompiledContent(spec.subject, html, text, spec.size_cap)
        self.read_recipient = RecipientReader(self.content, offset=_ROW_PROFILE)
        self.builder = MessageBuilder(spec.facts, tracker, instrumented_targets=instrumented.targets if instrumented else None,
                                      return_path=spec.return_path)
        self.transport = spec.transport
        self.limiter = RateLimiter(spec.messages_per_second)
        self.connections = max(1, spec.connections)
        self.journal_base = spec.journal
        self.journals: list[SendJournal] = []
        self.halt: _Halt = halt if halt is not None else threading.Event()
        # what the halt said when last looked at: a shared (multiprocessing) event costs a lock
        # between processes at each look, which four threads a process looking at every message
        # paid for with a tenth of the throughput; it is read once a batch and by the watchdog
        self.halted = False
        self.local = threading.local()
        self.sessions: list[TransportSession] = []
        self.lock = threading.Lock()
        self.pool = cf.ThreadPoolExecutor(self.connections, thread_name_prefix="send")
        self._closed = threading.Event()
        self._halted_at: float | None = None
        self._watchdog = threading.Thread(target=self._watch, name="send-watchdog", daemon=True)
        self._watchdog.start()

    def _session(self) -> TransportSession:
        session = getattr(self.local, "session", None)
        if session is None:
            session = self.local.session = self.transport.session()
            with self.lock:
                self.sessions.append(session)
        return session

    def _journal(self) -> SendJournal | None:
        """This thread's journal (each connection writes its own file)."""
        journal = getattr(self.local, "journal", None)
        if journal is None and self.journal_base:
            with self.lock:
                journal = SendJournal(Path(f"{self.journal_base}-{os.getpid()}-{len(self.journals)}.log"))
                self.journals.append(journal)
            self.local.journal = journal
        return journal

    def _watch(self) -> None:
        while not self._closed.wait(WATCH_S):
            now = time.monotonic()
            if self.halt.is_set():
                self.halted = True
                self._halted_at = self._halted_at or now
            else:
                self._halted_at = None
            cut = self._halted_at is not None and now - self._halted_at > HALT_GRACE_S
            with self.lock:
                sessions = list(self.sessions)
            for session in sessions:
                overdue = getattr(session, "overdue", None)
                if cut or (overdue is not None and overdue(now)):
                    session.abort(halted=cut)

    def one(self, row: Any) -> Outcome:
        """Render, build and hand over one message. Whatever goes wrong with this one message
        fails this recipient alone, with its reason: it is *unknown* only if its final dot had
        gone, and the send goes on with the others."""
        log_id, address = row[0], (row[1] or "").strip()
        email_norm = row[_ROW_PROFILE + NORM]
        if self.halted:
            return Outcome(log_id, email_norm, None, Reply(None, "halted before it left", halted=True), HALTED, None)
        if not address:  # only when the typology let a profile without address through
            return Outcome(log_id, None, None, Reply(None, "no address"),
                           Classification(FailureType.HARD, FailureReason.ADDRESS_NOT_SPECIFIED, "no-address"), None)
        try:
            links = self.builder.links(log_id)
            rendered = self.content.render(self.read_recipient(row), **links)
            message = self.builder.build(log_id, address, rendered, links)
        except RenderProblem as exc:
            return _not_sent(log_id, email_norm, str(exc), PERSONALIZATION)
        except Exception as exc:  # noqa: BLE001 - one profile's value must never stop the others
            return _not_sent(log_id, email_norm, str(getattr(exc, "message", None) or _message(
                Msg.MESSAGE_NOT_BUILT, detail=f"{type(exc).__name__}: {exc}")), PERSONALIZATION)
        self.limiter.acquire()
        journal = self._journal()
        wire = _Wire(journal, log_id)
        try:
            reply = self._session().send(message, wire.mark)
        except Exception as exc:  # noqa: BLE001 - a transport's own error: this message only
            self._forget_session()
            reply = Reply(None, f"{type(exc).__name__}: {exc}", after_dot=wire.marked, local=not wire.marked)
        if journal is not None and reply.after_dot and reply.code is not None:
            if reply.accepted:
                journal.accepted(log_id, message.message_id, _reply_text(reply))
            else:
                journal.refused(log_id)
        if reply.relay is not None:  # the relay failed: the other connections stop too, nothing more is tried
            self.halted = True
            self.halt.set()
        classification = NOT_HANDED_OVER if reply.local else classify(reply.code, reply.text)
        return Outcome(log_id, email_norm, message.message_id, reply, classification, len(message.data))

    def _forget_session(self) -> None:
        """Drop this thread's connection after an unexpected error: its state is unknown."""
        session = getattr(self.local, "session", None)
        self.local.session = None
        if session is not None:
            try:
                session.abort()
                session.close()
            except Exception:  # noqa: BLE001 - it is being thrown away
                pass

    def _part(self, rows: list[Any]) -> list[Outcome]:
        self.halted = self.halt.is_set()  # a new batch: the halt as it stands now
        outcomes = [self.one(row) for row in rows]
        journal = getattr(self.local, "journal", None)
        if journal is not None:
            journal.sync()  # once a batch: a power cut loses at most this batch's lines
        return outcomes

    def send(self, rows: list[Any]) -> list[Outcome]:
        parts = [rows[i :: self.connections] for i in range(self.connections)]
        futures = [self.pool.submit(self._part, part) for part in parts if part]
        return [outcome for future in futures for outcome in future.result()]

    def close(self) -> None:
        self._closed.set()
        self.pool.shutdown(wait=True)
        for session in self.sessions:
            session.close()
        for journal in self.journals:
            journal.close()


HALTED = Classification(FailureType.NONE, FailureReason.NOT_DEFINED, "halted")
#: A message that could not be made (personalisation, a header that cannot be written safely).
PERSONALIZATION = Classification(FailureType.IGNORED, FailureReason.ERROR_IGNORED, "personalisation")
#: A message refused here before the server saw it (an address the relay cannot take): no fault of the address.
NOT_HANDED_OVER = Classification(FailureType.IGNORED, FailureReason.ERROR_IGNORED, "not-handed-over")


def _not_sent(log_id: int, email_norm: str | None, reason: str, classification: Classification) -> Outcome:
    return Outcome(log_id, email_norm, None, Reply(None, reason, local=True), classification, None)


class _Wire:
    """Journals that a message is on the wire, and remembers it: after an unexpected error the
    message's fate is unknown only if this was said."""

    def __init__(self, journal: SendJournal | None, log_id: int) -> None:
        self.journal, self.log_id, self.marked = journal, log_id, False

    def mark(self) -> None:
        self.marked = True
        if self.journal is not None:
            self.journal.on_the_wire(self.log_id)


# --- worker-process side -------------------------------------------------------------------

_worker: MessageSender | None = None


def _init_worker(spec: SenderSpec, owner: int, halt: _Halt) -> None:
    global _worker
    # Ctrl-C reaches every process of the terminal: the process that sends decides what
    # to do with the messages in hand, its workers must not die with them
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker = MessageSender(spec, halt)
    threading.Thread(target=end_with, args=(owner,), name="owner-watch", daemon=True).start()


def _send_in_worker(rows: list[Any]) -> list[Outcome]:
    assert _worker is not None, "_init_worker was not called in this process"
    return _worker.send(rows)


def _close_in_worker() -> None:
    if _worker is not None:
        _worker.close()


class Batch:
    """A batch being handed over, in one or several parts."""

    def __init__(self, futures: list[cf.Future[list[Outcome]]], size: int) -> None:
        self.futures = futures
        self.size = size

    def wait(self, timeout: float) -> bool:
        """Whether the whole batch is back, after waiting at most ``timeout`` seconds."""
        done, _ = cf.wait(self.futures, timeout=timeout)
        return len(done) == len(self.futures)

    def outcomes(self) -> list[Outcome]:
        return [outcome for future in self.futures for outcome in future.result()]


class ParallelSender:
    """Sends batches in this process's threads, or in ``processes`` worker processes.

    ``halt()`` makes every connection stop after its message in hand (and cuts it a second
    later if that message is stuck); ``carry_on()`` lets the next batch go.
    """

    def __init__(self, spec: SenderSpec, processes: int) -> None:
        self.processes = processes
        self.local: MessageSender | None = None
        self.pool: cf.ProcessPoolExecutor | None = None
        if processes <= 1:
            self.halt_event: _Halt = threading.Event()
            self.local = MessageSender(spec, self.halt_event)
            self.threads = cf.ThreadPoolExecutor(1, thread_name_prefix="batch")
        else:
            per_process = SenderSpec(**{**spec.__dict__, "connections": max(1, -(-spec.connections // processes)),
                                        "messages_per_second": spec.messages_per_second / processes})
            context = worker_context()  # forked from the fork server, never from this process
            self.halt_event = context.Event()
            self.pool = cf.ProcessPoolExecutor(processes, mp_context=context, initializer=_init_worker,
                                               initargs=(per_process, os.getpid(), self.halt_event))

    def submit(self, rows: list[Any]) -> Batch:
        if self.local is not None:
            return Batch([self.threads.submit(self.local.send, rows)], len(rows))
        assert self.pool is not None
        futures = [self.pool.submit(_send_in_worker, rows[i :: self.processes]) for i in range(self.processes)]
        return Batch(futures, len(rows))

    def halt(self) -> None:
        self.halt_event.set()

    @property
    def halted(self) -> bool:
        return self.halt_event.is_set()

    def carry_on(self) -> None:
        self.halt_event.clear()

    def close(self) -> None:
        """End the threads or worker processes (a second call does nothing)."""
        if getattr(self, "closed", False):
            return
        self.closed = True
        if self.local is not None:
            self.threads.shutdown(wait=True)
            self.local.close()
        if self.pool is not None:
            for future in [self.pool.submit(_close_in_worker) for _ in range(self.processes)]:
                future.result()
            self.pool.shutdown(wait=True)
