"""The send policy: connections, message rate, sending windows, daily cap, auto-pause; and
the projected finish time it implies, shown before the marketer confirms.

Times come in and go out as naive UTC, like every stored time; the windows are wall-clock
times of one zone (the machine's unless given), and the daily cap's day is that zone's
day (engine/clock.py), so the projection, the windows and the cap agree.

A delivery stores only what differs from the workspace: an empty stored policy follows the
settings' defaults, even when they change later. ``from_json`` merges the stored values over
the settings (what is in force, and what the editor shows); ``edited_json`` writes back what
the editor shows over what was stored.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from campaign_desktop.engine.clock import to_local, to_utc
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.messages import Msg
from campaign_desktop.engine.settings import Settings


class PolicyProblem(EngineError):
    """The send policy can never let the messages out (windows that never open)."""


@dataclass(frozen=True)
class Window:
    """Sending allowed on ``days`` (0 = Monday) between ``start`` and ``end`` (local wall time)."""

    days: tuple[int, ...]
    start: dt.time
    end: dt.time

    def contains(self, moment: dt.datetime) -> bool:
        return moment.weekday() in self.days and self.start <= moment.time() < self.end

    @classmethod
    def from_json(cls, stored: dict[str, Any]) -> Window:
        return cls(tuple(stored.get("days", range(7))), dt.time.fromisoformat(stored["start"]),
                   dt.time.fromisoformat(stored["end"]))

    def as_json(self) -> dict[str, Any]:
        return {"days": list(self.days), "start": self.start.isoformat("minutes"), "end": self.end.isoformat("minutes")}


@dataclass(frozen=True)
class SendPolicy:
    connections: int = 4
    messages_per_second: float = 0.0  # 0: as fast as the server takes them
    windows: tuple[Window, ...] = ()  # empty: any time
    daily_cap: int = 0  # 0: none
    auto_pause_bounce_rate: float = 0.0  # 0: never
    auto_pause_min_sent: int = 200
    assumed_rate: float = 500.0  # messages a second the projection assumes when the rate is free
    zone: dt.tzinfo | None = None  # where the windows' hours are read; None: this machine's zone

    @classmethod
    def from_json(cls, stored: dict[str, Any] | None, settings: Settings) -> SendPolicy:
        """The policy in force: ``stored`` (a delivery's own values) over the workspace's ``settings``."""
        s = stored or {}
        return cls(
            connections=max(1, int(s.get("connections", settings.connections))),
            messages_per_second=float(s.get("messages_per_second", settings.messages_per_second)),
            windows=tuple(Window.from_json(w) for w in s.get("windows") or ()),
            daily_cap=int(s.get("daily_cap", settings.daily_cap)),
            auto_pause_bounce_rate=float(s.get("auto_pause_bounce_rate", settings.auto_pause_bounce_rate)),
            auto_pause_min_sent=int(s.get("auto_pause_min_sent", settings.auto_pause_min_sent)),
        )

    def edited_json(self, stored: dict[str, Any] | None, settings: Settings) -> dict[str, Any]:
        """What a delivery stores once the editor shows this policy: its four figures and its first
        window (the editor shows one) over ``stored``, whose other keys and later windows are kept.

        A delivery that stored nothing and still shows the workspace's figures stores nothing:
        it keeps following the defaults."""
        before = dict(stored or {})
        after = {**before, **self._figures()}
        after.pop("windows", None)
        if self.windows:
            after["windows"] = [self.windows[0].as_json(), *(before.get("windows") or [])[1:]]
        if not before and after == SendPolicy.from_json(None, settings)._figures():
            return {}
        return after

    def _figures(self) -> dict[str, Any]:
        """The figures the editor shows, as stored (the bounce rate a share, to 4 decimals)."""
        return {"connections": self.connections, "messages_per_second": self.messages_per_second,
                "daily_cap": self.daily_cap, "auto_pause_bounce_rate": round(self.auto_pause_bounce_rate, 4)}

    def open_at(self, utc: dt.datetime) -> bool:
        """Whether the windows let messages out at ``utc``."""
        return self._open_local(to_local(utc, self.zone))

    def _open_local(self, moment: dt.datetime) -> bool:
        return not self.windows or any(w.contains(moment) for w in self.windows)

    def next_open(self, utc: dt.datetime) -> dt.datetime:
        """The first minute at or after ``utc`` inside a window, in UTC."""
        return to_utc(self._next_open_local(to_local(utc, self.zone)), self.zone)

    def _next_open_local(self, moment: dt.datetime) -> dt.datetime:
        probe = moment
        for _ in range(8 * 24 * 60):  # bounded search: 8 days
            if self._open_local(probe):
                return probe
            probe = (probe + dt.timedelta(minutes=1)).replace(second=0, microsecond=0)
        raise PolicyProblem(Msg.WINDOWS_NEVER_OPEN)

    def projected_finish(self, messages: int, start: dt.datetime, sent_today: int = 0) -> dt.datetime:
        """When ``messages`` started at ``start`` (UTC) will all be handed over, in UTC, given the
        rate, the windows and the daily cap (``sent_today``: already sent since local midnight)."""
        return to_utc(self._finish_local(messages, to_local(start, self.zone), sent_today), self.zone)

    def _finish_local(self, messages: int, start: dt.datetime, sent_today: int) -> dt.datetime:
        rate = self.messages_per_second or self.assumed_rate
        moment, left, today, day = start, messages, sent_today, start.date()
        for _ in range(10_000):  # bounded: one step per window opening or day
            if left <= 0:
                return moment
            moment = self._next_open_local(moment)
            if moment.date() != day:
                day, today = moment.date(), 0
            room = self.daily_cap - today if self.daily_cap else left
            if room <= 0:
                moment = dt.datetime.combine(day + dt.timedelta(days=1), dt.time())
                continue
            window_end = self._window_end(moment)
            seconds_open = (window_end - moment).total_seconds()
            batch = min(left, room, int(seconds_open * rate) or 1)
            moment += dt.timedelta(seconds=batch / rate)
            left, today = left - batch, today + batch
            if left and moment >= window_end:
                moment = window_end
        raise PolicyProblem(Msg.POLICY_NEVER_FINISHES)

    def _window_end(self, moment: dt.datetime) -> dt.datetime:
        midnight = dt.datetime.combine(moment.date() + dt.timedelta(days=1), dt.time())
        ends = [dt.datetime.combine(moment.date(), w.end) for w in self.windows if w.contains(moment)]
        return min(ends) if ends else midnight


@dataclass
class RateLimiter:
    """A token bucket shared by the sending threads; ``rate`` 0 lets everything through."""

    rate: float
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _next: float = 0.0

    def acquire(self) -> None:
        if self.rate <= 0:
            return
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next)
            self._next = slot + 1.0 / self.rate
        if slot > now:
            time.sleep(slot - now)
