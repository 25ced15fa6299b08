"""What the internet does after the simulated MTA accepted a message, on a clock a trainer can speed up.

For each accepted message, drawn from the seed and the address: a delivery report a few
simulated minutes later (email feedback mode reads it), or a bounce that arrives later
(hard, or soft on the first attempt only, so a retry succeeds); opens spread over two
simulated days, clicks after some opens, a few unsubscriptions. Bounces are written as
``.eml`` files into the bounce folder, where the feedback processing reads them like real
ones; opens and clicks hit the tracking URLs found in the message, through ``on_hit``.
``speed`` simulated seconds pass in one real second. The schedule lives in memory: it
lasts as long as the process that sent.
"""

from __future__ import annotations

import heapq
import itertools
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email import message_from_bytes
from pathlib import Path

from campaign_desktop.demo.bounce_messages import dsn
from campaign_desktop.demo.seeded import draw

LATER_HARD = 0.015
LATER_SOFT = 0.02
OPENS = 0.35
CLICKS_OF_OPENERS = 0.30
UNSUBSCRIBES_OF_OPENERS = 0.005
_TRACKED = re.compile(r'(?:href|src)="(https?://[^"]+/([ocu])/[^"]+)"')


@dataclass(order=True)
class _Event:
    due: float
    order: int
    action: Callable[[], None] = field(compare=False)


class FeedbackSimulator:
    def __init__(self, seed: int, speed: float, bounce_folder: Path | None, on_hit: Callable[[str], None] | None,
                 clock: Callable[[], float] = time.monotonic, delivery_reports: bool = True,
                 on_pending: Callable[[int], None] | None = None) -> None:
        self.seed, self.speed, self.clock = seed, max(speed, 1e-9), clock
        self.bounce_folder, self.on_hit = bounce_folder, on_hit
        self.events: list[_Event] = []
        self.lock = threading.Lock()
        self.counter = itertools.count()
        self.attempts: dict[str, int] = {}
        self.released = 0
        self.delivery_reports = delivery_reports  # only email feedback reporting reads them
        # told the number of events not yet carried out whenever it changes, once an event's work is done
        self.on_pending = on_pending

    def _at(self, simulated_seconds: float, action: Callable[[], None]) -> None:
        with self.lock:
            heapq.heappush(self.events, _Event(self.clock() + simulated_seconds / self.speed, next(self.counter), action))
            if self.on_pending is not None:
                self.on_pending(len(self.events))

    @property
    def pending(self) -> int:
        with self.lock:
            return len(self.events)

    def accepted(self, recipient: str, data: bytes) -> None:
        """Plan what happens to one accepted message."""
        key = recipient.lower()
        attempt = self.attempts[key] = self.attempts.get(key, 0) + 1
        head = data.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")
        message_id = _header(head, "Message-ID")
        campaign = _header(head, "X-Campaign-Delivery")
        roll = draw(self.seed, key, "later")
        if roll < LATER_HARD:
            self._bounce(message_id, campaign, recipient, "5.1.1", "550 5.1.1 The email account does not exist", 60 + roll * 200_000)
            return
        if roll < LATER_HARD + LATER_SOFT and attempt == 1:
            self._bounce(message_id, campaign, recipient, "5.2.2", "552 5.2.2 Mailbox full", 60 + roll * 40_000)
            return
        if self.delivery_reports:
            self._bounce(message_id, campaign, recipient, "2.0.0", "250 2.0.0 delivered", 5 + roll * 100, action="delivered")
        if draw(self.seed, key, f"open{attempt}") < OPENS and self.on_hit is not None:
            self._engagement(key, data, attempt)

    def _engagement(self, key: str, data: bytes, attempt: int) -> None:
        html = _html_of(data)
        urls = {"o": [], "c": [], "u": []}  # type: dict[str, list[str]]
        for url, kind in _TRACKED.findall(html):
            urls[kind].append(url.replace("&amp;", "&"))
        delay = 300 + draw(self.seed, key, "when") * 48 * 3600
        for url in urls["o"][:1]:
            self._at(delay, lambda url=url: self._hit(url))
        if urls["c"] and draw(self.seed, key, f"click{attempt}") < CLICKS_OF_OPENERS:
            choice = urls["c"][int(draw(self.seed, key, "which") * len(urls["c"]))]
            self._at(delay + 30 + draw(self.seed, key, "think") * 600, lambda url=choice: self._hit(url))
        if urls["u"] and draw(self.seed, key, "unsubscribe") < UNSUBSCRIBES_OF_OPENERS:
            self._at(delay + 60, lambda url=urls["u"][0]: self._hit(url))

    def _hit(self, url: str) -> None:
        if self.on_hit is not None:
            self.on_hit(url)

    def _bounce(self, message_id: str, campaign: str, recipient: str, status: str, diagnostic: str,
                after: float, action: str = "failed") -> None:
        if self.bounce_folder is None:
            return
        folder = self.bounce_folder

        def write() -> None:
            folder.mkdir(parents=True, exist_ok=True)
            name = f"{status}-{campaign}-{next(self.counter)}.eml"
            # written under a dot name (which no reader takes), then renamed: a reader never sees half of it
            (folder / f".{name}.tmp").write_bytes(dsn(message_id, campaign, recipient, status, diagnostic, action))
            (folder / f".{name}.tmp").replace(folder / name)

        self._at(after, write)

    def release_due(self) -> int:
        """Carry out every event whose time has come; returns how many."""
        released = 0
        while True:
            with self.lock:
                if not self.events or self.events[0].due > self.clock():
                    break
                event = heapq.heappop(self.events)
            event.action()
            released += 1
            if self.on_pending is not None:  # after the action: a reader seeing 0 finds its work done
                with self.lock:
                    self.on_pending(len(self.events))
        self.released += released
        return released


def _html_of(data: bytes) -> str:
    """The HTML part, decoded. The legacy ``compat32`` parser is used on purpose: the simulated
    MTA reads every opener's message, and it is eight times faster than the modern policy."""
    for part in message_from_bytes(data).walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            return payload.decode(part.get_content_charset() or "utf-8", "replace") if isinstance(payload, bytes) else ""
    return ""


def _header(head: str, name: str) -> str:
    match = re.search(rf"^{name}:\s*(.+)$", head, re.IGNORECASE | re.MULTILINE)
    return match.group(1).strip() if match else ""
