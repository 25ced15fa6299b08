"""When the relay fails rather than the recipient: say why, probe with backoff, resume.

A refused connection, a relay that does not answer, a 421, a refused login, a failed TLS
set-up or a 452 *too many recipients* say nothing about an address (DESIGN.md §3). The
message goes back to *To send*, no address counts an error, and the send probes the relay
(the same check as *Test connection*): at once, then after ``first_s``, doubling up to
``max_s``. While it waits, the delivery is *Paused* with a reason a marketer can read.

A relay that answers every probe yet fails one recipient again and again (a server that
drops the connection at one RCPT) would pause the send for ever: after ``STRIKES``
relay-level failures the recipient is failed softly with the server's words, and the
retries take it from there.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from dataclasses import dataclass

from campaign_desktop.engine.messages import Message, Msg, message
from campaign_desktop.engine.transports import RelayProblem, Reply, Transport

#: Relay-level failures of one recipient, with the relay answering, before it counts as its own.
STRIKES = 3

REASONS: dict[RelayProblem, Msg] = {
    RelayProblem.REFUSED: Msg.RELAY_REFUSES,
    RelayProblem.SILENT: Msg.RELAY_SILENT,
    RelayProblem.CLOSING: Msg.RELAY_CLOSING,
    RelayProblem.LOGIN: Msg.RELAY_LOGIN,
    RelayProblem.TLS: Msg.RELAY_TLS,
    RelayProblem.TOO_MANY: Msg.RELAY_TOO_MANY,
}


def relay_name(transport: Transport) -> str:
    return str(getattr(transport, "name", None) or transport.describe())


def check(transport: Transport) -> Reply:
    """Whether the relay answers now; a transport that cannot tell is taken at its word."""
    probe = getattr(transport, "check", None)
    return probe() if probe is not None else Reply(250, "assumed to answer")


def usable(reply: Reply) -> bool:
    return reply.relay is None and reply.code is not None and 200 <= reply.code < 400


@dataclass
class Outage:
    """The relay has failed since ``since``; the next probe is due after ``every_s``."""

    relay: str
    problem: RelayProblem
    reply: str
    since: dt.datetime
    every_s: float

    def reason(self) -> Message:
        return message(REASONS[self.problem], relay=self.relay, since=self.since, every=round(self.every_s))


class RelayWatch:
    """Probes a relay with backoff, and counts each recipient's relay-level failures."""

    def __init__(self, transport: Transport, first_s: float, max_s: float) -> None:
        self.transport = transport
        self.first_s, self.max_s = max(first_s, 0.01), max(max_s, first_s, 0.01)
        self.strikes: Counter[int] = Counter()
        self.outage: Outage | None = None
        self._next_probe = 0.0

    def strike(self, log_id: int) -> bool:
        """Count a relay-level failure of this recipient; whether it is now its own failure."""
        self.strikes[log_id] += 1
        return self.strikes[log_id] >= STRIKES

    def probe(self) -> Reply:
        return check(self.transport)

    def failed(self, problem: RelayProblem, reply: str, now: dt.datetime) -> Outage:
        """The relay failed and its first probe too: an outage begins (or goes on, waiting longer)."""
        if self.outage is None:
            self.outage = Outage(relay_name(self.transport), problem, reply, now, self.first_s)
        else:
            self.outage.every_s = min(self.outage.every_s * 2, self.max_s)
            self.outage.problem, self.outage.reply = problem, reply
        self._next_probe = time.monotonic() + self.outage.every_s
        return self.outage

    def probe_due(self) -> bool:
        return time.monotonic() >= self._next_probe

    def probe_now(self) -> None:
        """A person resumed the send: probe at once rather than at the next tick of the backoff."""
        self._next_probe = 0.0

    def recovered(self) -> None:
        self.outage = None
        self._next_probe = 0.0


__all__ = ["Outage", "REASONS", "RelayWatch", "STRIKES", "check", "relay_name", "usable"]
