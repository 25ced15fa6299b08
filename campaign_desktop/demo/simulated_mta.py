"""The simulated MTA: a real SMTP server on 127.0.0.1 that answers like the internet would.

So that a trainer's demo runs the real SMTP path offline, the send talks SMTP to an
aiosmtpd server inside the app. Its answer for each recipient is drawn from a seed and
the address, so a demo replays identically: most are accepted, some are refused for an
unknown user, a full mailbox, a spam policy or greylisting, in the shares below; a
temporary refusal lets the retry through. (A server closing the connection, 421, is a
relay-level event that pauses the send; the simulation does not pretend one per recipient.) What happens after acceptance (reports,
later bounces, opens, clicks) is the ``FeedbackSimulator``'s: it is planned when the server
accepts the message, and written to the database (demo/feedback_simulation.py).

Which attempt a recipient is at (a greylisted address gets through the second time) is
remembered in memory, and by a server that takes over from an earlier one (the follow
after a restart), read back from the delivery's logs (``attempts_so_far``).
"""

from __future__ import annotations

import socket
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from aiosmtpd.controller import Controller
from sqlalchemy import Connection, select

from campaign_desktop.db.models import DeliveryLog
from campaign_desktop.demo.feedback_simulation import FeedbackSimulator
from campaign_desktop.demo.seeded import draw
from campaign_desktop.domain.enums import LogStatus
from campaign_desktop.engine.transports import Reply, SmtpSession, SmtpSettings, SmtpTransport, check_connection

#: Share of recipients, and the reply they get at RCPT; the rest are accepted.
OUTCOMES: tuple[tuple[float, str], ...] = (
    (0.015, "550 5.1.1 The email account that you tried to reach does not exist"),
    (0.010, "452 4.2.2 The email account that you tried to reach is over quota"),
    (0.005, "554 5.7.1 Message rejected: policy"),
    (0.004, "550 5.2.1 The email account that you tried to reach is disabled"),
    (0.005, "450 4.7.1 Greylisted, please try again later"),
)


def reply_for(seed: int, address: str) -> str | None:
    roll, total = draw(seed, address), 0.0
    for share, reply in OUTCOMES:
        total += share
        if roll < total:
            return reply
    return None


@dataclass
class _Handler:
    seed: int
    simulator: FeedbackSimulator | None = None
    accepted: int = 0
    refused: dict[str, int] = field(default_factory=dict)
    attempts: dict[str, int] = field(default_factory=dict)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        key = address.lower()
        attempt = self.attempts[key] = self.attempts.get(key, 0) + 1
        reply = reply_for(self.seed, address)
        if reply is not None and reply[0] == "4" and attempt > 1:
            reply = None  # a temporary failure: the retry gets through
        if reply is not None:
            code = reply.split(" ", 1)[0]
            self.refused[code] = self.refused.get(code, 0) + 1
            return reply
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.accepted += len(envelope.rcpt_tos)
        if self.simulator is not None:
            self.simulator.accepted(envelope.rcpt_tos, envelope.content)
        return "250 2.0.0 OK: queued"


def attempts_so_far(conn: Connection, delivery_id: int, seed: int) -> tuple[dict[str, int], dict[str, int]]:
    """How often each address of the delivery reached the simulated MTA (RCPT), and how often it
    was accepted, by servers before this one: each log row handed over was so once, and once
    more for each retry made, and the server's answers follow from the seed. Every row handed
    over counts, not only those waiting for a retry: a bounce still to come plans one too."""
    rows = conn.execute(select(DeliveryLog.address, DeliveryLog.retry_count).where(
        DeliveryLog.delivery_id == delivery_id, DeliveryLog.address.is_not(None),
        DeliveryLog.status.in_([LogStatus.PENDING, LogStatus.SENT, LogStatus.FAILED])))
    tried: dict[str, int] = {}
    accepted: dict[str, int] = {}
    for address, retries in rows:
        key, times = address.lower(), 1 + retries
        reply = reply_for(seed, address)
        refused = 0 if reply is None else 1 if reply[0] == "4" else times  # a temporary refusal, the first time only
        tried[key], accepted[key] = times, times - refused
    return tried, accepted


class LoopbackMta:
    """What a send needs of a simulated MTA listening on 127.0.0.1: sessions and a portable transport."""

    #: Tracked links of a simulated send point here when no tracking endpoint is set:
    #: the simulator reads them from the messages, nobody else ever follows them.
    tracking_base = "https://track.demo.invalid"
    seed: int
    port: int

    @property
    def running(self) -> bool:
        raise NotImplementedError

    def session(self) -> SmtpSession:
        if not self.running:
            raise RuntimeError("The simulated MTA is not running: use it in a 'with' block.")
        return SmtpSession(SmtpSettings("127.0.0.1", self.port, timeout_s=10))

    def portable(self) -> SmtpTransport:
        """What a worker process uses to reach this server: plain SMTP to its port."""
        return SmtpTransport(SmtpSettings("127.0.0.1", self.port, timeout_s=10))

    def describe(self) -> str:
        return f"simulated MTA (seed {self.seed})"

    @property
    def name(self) -> str:
        return f"127.0.0.1:{self.port}"

    def check(self) -> Reply:
        return check_connection(SmtpSettings("127.0.0.1", self.port, timeout_s=10))


class SimulatedMta(LoopbackMta):
    """The transport for offline demos; use as a context manager (it starts and stops the server)."""

    def __init__(self, seed: int = 7, simulator: FeedbackSimulator | None = None,
                 tried_before: Mapping[str, int] | None = None) -> None:
        self.seed = seed
        self.simulator = simulator
        self.handler = _Handler(seed, simulator, attempts=dict(tried_before or {}))
        self.controller: Controller | None = None
        self.port = 0

    @property
    def running(self) -> bool:
        return self.controller is not None

    def __enter__(self) -> SimulatedMta:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        # a modern relay: it takes UTF-8 addresses (RFC 6531)
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, ready_timeout=5,
                                     enable_SMTPUTF8=True)
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

