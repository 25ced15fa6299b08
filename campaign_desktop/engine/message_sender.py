"""Renders, builds and hands over the messages of a batch: in threads, or in worker processes.

One ``MessageSender`` sends on several connections from its own threads. Past a few
thousand messages the work (rendering, building, SMTP) needs both cores, so the send
starts worker processes that each hold a ``MessageSender`` built from the same picklable
``SenderSpec``; the process that owns the database only claims and settles batches.
"""

from __future__ import annotations

import concurrent.futures as cf
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from campaign_desktop.engine.processes import process_alive, worker_context
from campaign_desktop.domain.enums import FailureReason, FailureType
from campaign_desktop.engine.html_text import html_to_text
from campaign_desktop.engine.message import MessageBuilder, SenderFacts
from campaign_desktop.engine.personalization import CompiledContent, RenderProblem
from campaign_desktop.engine.recipients import NORM, RecipientReader
from campaign_desktop.engine.reply_rules import Classification, classify
from campaign_desktop.engine.send_policy import RateLimiter
from campaign_desktop.engine.tracking import Tracker, instrument
from campaign_desktop.engine.transports import Reply, Transport, TransportSession

#: A claimed row: log id, address, then the profile columns.
_ROW_PROFILE = 2
#: How often a worker process checks that the process it sends for still lives (seconds).
OWNER_WATCH_S = 0.5


@dataclass(frozen=True)
class Outcome:
    log_id: int
    email_norm: str | None
    message_id: str | None
    reply: Reply
    classification: Classification
    size: int | None


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


class MessageSender:
    def __init__(self, spec: SenderSpec) -> None:
        text = spec.text if spec.text.strip() else html_to_text(spec.html)
        tracker = Tracker(spec.tracking_base, spec.tracking_secret) if spec.tracking_base else None
        instrumented = instrument(spec.html) if tracker is not None else None
        html = instrumented.source if instrumented is not None else spec.html
        self.content = CompiledContent(spec.subject, html, text)
        self.read_recipient = RecipientReader(self.content, offset=_ROW_PROFILE)
        self.builder = MessageBuilder(spec.facts, tracker, instrumented_targets=instrumented.targets if instrumented else None)
        self.transport = spec.transport
        self.limiter = RateLimiter(spec.messages_per_second)
        self.connections = max(1, spec.connections)
        self.local = threading.local()
        self.sessions: list[TransportSession] = []
        self.lock = threading.Lock()
        self.pool = cf.ThreadPoolExecutor(self.connections, thread_name_prefix="send")

    def _session(self) -> TransportSession:
        session = getattr(self.local, "session", None)
        if session is None:
            session = self.local.session = self.transport.session()
            with self.lock:
                self.sessions.append(session)
        return session

    def one(self, row: Any) -> Outcome:
        log_id, address = row[0], (row[1] or "").strip()
        email_norm = row[_ROW_PROFILE + NORM]
        if not address:  # only when the typology let a profile without address through
            return Outcome(log_id, None, None, Reply(None, "no address"),
                           Classification(FailureType.HARD, FailureReason.ADDRESS_NOT_SPECIFIED, "no-address"), None)
        links = self.builder.links(log_id)
        try:
            rendered = self.content.render(self.read_recipient(row), **links)
        except RenderProblem as exc:
            return Outcome(log_id, email_norm, None, Reply(None, str(exc)),
                           Classification(FailureType.IGNORED, FailureReason.ERROR_IGNORED, "personalisation"), None)
        message = self.builder.build(log_id, address, rendered, links)
        self.limiter.acquire()
        reply = self._session().send(message)
        return Outcome(log_id, email_norm, message.message_id, reply, classify(reply.code, reply.text), len(message.data))

    def _part(self, rows: list[Any]) -> list[Outcome]:
        return [self.one(row) for row in rows]

    def send(self, rows: list[Any]) -> list[Outcome]:
        parts = [rows[i :: self.connections] for i in range(self.connections)]
        futures = [self.pool.submit(self._part, part) for part in parts if part]
        return [outcome for future in futures for outcome in future.result()]

    def close(self) -> None:
        self.pool.shutdown(wait=True)
        for session in self.sessions:
            session.close()


# --- worker-process side -------------------------------------------------------------------

_worker: MessageSender | None = None


def _init_worker(spec: SenderSpec, owner: int) -> None:
    global _worker
    _worker = MessageSender(spec)
    threading.Thread(target=_end_with, args=(owner,), name="owner-watch", daemon=True).start()


def _end_with(owner: int) -> None:
    """End this worker when the process that sends is gone (killed: it could not say so).

    A worker waits for batches for ever otherwise, and keeps open the output it inherited
    from that process, so whoever reads that output would wait for ever too.
    """
    while process_alive(owner):
        time.sleep(OWNER_WATCH_S)
    os._exit(1)


def _send_in_worker(rows: list[Any]) -> list[Outcome]:
    assert _worker is not None, "_init_worker was not called in this process"
    return _worker.send(rows)


def _close_in_worker() -> None:
    if _worker is not None:
        _worker.close()


class Batch:
    """A batch being handed over; ``outcomes()`` waits for it."""

    def __init__(self, waiters: list[Callable[[], list[Outcome]]], size: int) -> None:
        self.waiters = waiters
        self.size = size

    def outcomes(self) -> list[Outcome]:
        return [outcome for wait in self.waiters for outcome in wait()]


class ParallelSender:
    """Sends batches in this process's threads, or in ``processes`` worker processes."""

    def __init__(self, spec: SenderSpec, processes: int) -> None:
        self.processes = processes
        self.local: MessageSender | None = None
        self.pool: cf.ProcessPoolExecutor | None = None
        if processes <= 1:
            self.local = MessageSender(spec)
            self.threads = cf.ThreadPoolExecutor(1, thread_name_prefix="batch")
        else:
            per_process = SenderSpec(**{**spec.__dict__, "connections": max(1, -(-spec.connections // processes)),
                                        "messages_per_second": spec.messages_per_second / processes})
            context = worker_context()  # forked from the fork server, never from this process
            self.pool = cf.ProcessPoolExecutor(processes, mp_context=context, initializer=_init_worker,
                                               initargs=(per_process, os.getpid()))

    def submit(self, rows: list[Any]) -> Batch:
        if self.local is not None:
            future = self.threads.submit(self.local.send, rows)
            return Batch([future.result], len(rows))
        assert self.pool is not None
        futures = [self.pool.submit(_send_in_worker, rows[i :: self.processes]) for i in range(self.processes)]
        return Batch([f.result for f in futures], len(rows))

    def close(self) -> None:
        if self.local is not None:
            self.threads.shutdown(wait=True)
            self.local.close()
        if self.pool is not None:
            for future in [self.pool.submit(_close_in_worker) for _ in range(self.processes)]:
                future.result()
            self.pool.shutdown(wait=True)
