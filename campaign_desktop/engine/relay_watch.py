"""When the relay fails rather than the recipient: say why, probe with backoff, resume.

A refused connection, a relay that does not answer, a 421, a refused login, a failed TLS
set-up or a 452 *too many recipients* say nothing about an address (DESIGN.md §3). The
message goes back to *To send*, no address counts an error, and the send decides whether
the relay is down:

* the relay is probed (the same check as *Test connection*); if it does not answer, it is
  down;
* if it answers, the recipient whose message failed is set aside (a *suspect*) and the
  send goes on with the others. If ``OUTAGE_AFTER`` recipients in a row fail that way with
  nothing going through, the relay is down after all (it greets, then refuses everyone:
  421 or 452 at RCPT); when messages go through, the failure belonged to that recipient's
  message: it gets a strike and is tried again, and at its third strike it fails softly
  with the server's words (a relay that drops the connection at one RCPT would otherwise
  hold the send for ever).

While the relay is down the delivery is *Paused* with a reason a marketer can read, and
the send tries again after ``first_s``, doubling up to ``max_s``; the wait goes back to
``first_s`` once a batch goes through.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from dataclasses import dataclass

from campaign_desktop.engine.messages import Message, Msg, message
from campaign_desktop.engine.transports import RelayProblem, Reply, Transport

#: Relay-level failures of one recipient, while the relay serves the others, before they count as its own.
STRIKES = 3
#: Recipients in a row that the relay fails, with nothing going through, before it counts as down.
OUTAGE_AFTER = 5

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


@dataclass(frozen=True)
class RelayFailure:
    """One message the relay failed, and how."""

    log_id: int
    problem: RelayProblem
    reply: str


@dataclass
class Outage:
    """The relay has failed since ``since``; the send tries again after ``every_s``."""

    relay: str
    problem: RelayProblem
    reply: str
    since: dt.datetime
    every_s: float

    def reason(self) -> Message:
        return message(REASONS[self.problem], relay=self.relay, since=self.since, every=round(self.every_s))


class RelayWatch:
    """Tells a relay that is down from a recipient whose message keeps failing at the relay."""

    def __init__(self, transport: Transport, first_s: float, max_s: float) -> None:
        self.transport = transport
        self.first_s = max(first_s, 0.01)
        self.max_s = max(max_s, self.first_s)
        self.strikes: Counter[int] = Counter()
        self.suspects: set[int] = set()  # set aside: claimed again once others went through
        self.failing: set[int] = set()  # recipients failed in a row, with nothing going through
        self.outage: Outage | None = None
        self._wait_s = self.first_s
        self._next_try = 0.0

    def last_chance(self, log_id: int) -> bool:
        """Whether a relay-level failure of this recipient now counts as its own (its third)."""
        return self.strikes[log_id] >= STRIKES - 1

    def failed(self, failures: list[RelayFailure], processed: int, now: dt.datetime,
               answer: Reply | None = None) -> Outage | None:
        """The relay failed these messages, while it processed ``processed`` others (or failed a
        probe, ``answer``): an outage, or suspects to set aside and go on without."""
        first = failures[0]
        answer = answer if answer is not None else check(self.transport)
        if processed:
            self.failing.clear()
        self.failing.update(f.log_id for f in failures if f.log_id)
        # it answers and has not refused a run of recipients: the failures may be those messages' own
        if usable(answer) and len(self.failing) < OUTAGE_AFTER:
            self.suspects.update(f.log_id for f in failures)
            return None
        self.suspects.clear()
        self.failing.clear()
        problem = answer.relay if not usable(answer) and answer.relay is not None else first.problem
        reply = first.reply if usable(answer) else f"{answer.code or ''} {answer.text}".strip()
        if self.outage is None:
            self.outage = Outage(relay_name(self.transport), problem, reply, now, self._wait_s)
        else:
            self.outage.problem, self.outage.reply, self.outage.every_s = problem, reply, self._wait_s
        self._next_try = time.monotonic() + self._wait_s
        self._wait_s = min(self._wait_s * 2, self.max_s)
        return self.outage

    def went_through(self) -> set[int]:
        """A batch went through: the suspects' failures were their own; each gets a strike and
        may be tried again. Returns them."""
        readmitted = set(self.suspects)
        for log_id in readmitted:
            self.strikes[log_id] += 1
        self.suspects.clear()
        self.failing.clear()
        self._wait_s = self.first_s
        return readmitted

    def try_due(self) -> bool:
        return time.monotonic() >= self._next_try

    def try_now(self) -> None:
        """A person resumed the send: try at once rather than at the next step of the backoff."""
        self._next_try = 0.0

    def probe(self) -> Reply:
        return check(self.transport)

    def ended(self) -> None:
        """The relay answers again: the send goes on (the wait stays long until a batch goes through)."""
        self.outage = None


__all__ = ["OUTAGE_AFTER", "Outage", "REASONS", "RelayFailure", "RelayWatch", "STRIKES", "check", "relay_name", "usable"]
