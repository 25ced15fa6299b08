"""What the editor pre-fills from a delivery's send policy and what it stores back (SendPolicy.from_json,
SendPolicy.edited_json): the workspace's defaults until the marketer changes a figure, and nothing
the editor does not show is lost."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from campaign_desktop.engine.send_policy import SendPolicy, Window
from campaign_desktop.engine.settings import Settings

WORKSPACE = Settings(connections=6, messages_per_second=120.0, daily_cap=50_000, auto_pause_bounce_rate=0.2)


def test_an_empty_policy_shows_the_workspace_defaults_and_stays_empty_when_untouched():
    shown = SendPolicy.from_json({}, WORKSPACE)
    assert (shown.connections, shown.messages_per_second, shown.daily_cap, shown.auto_pause_bounce_rate) == \
           (6, 120.0, 50_000, 0.2)
    assert shown.edited_json({}, WORKSPACE) == {}  # it keeps following the defaults when they change
    assert SendPolicy.from_json(shown.edited_json({}, WORKSPACE), Settings(connections=2)).connections == 2


def test_a_changed_figure_stores_the_figures_and_keeps_what_the_editor_does_not_show():
    stored = {"auto_pause_min_sent": 50, "windows": [{"days": [0], "start": "09:00", "end": "12:00"},
                                                     {"days": [5], "start": "10:00", "end": "11:00"}]}
    shown = replace(SendPolicy.from_json(stored, WORKSPACE), messages_per_second=10.0, auto_pause_bounce_rate=0.123456,
                    windows=(Window((0, 1), dt.time(8, 0), dt.time(18, 30)),))
    assert shown.edited_json(stored, WORKSPACE) == {
        "connections": 6, "messages_per_second": 10.0, "daily_cap": 50_000, "auto_pause_bounce_rate": 0.1235,
        "auto_pause_min_sent": 50,
        "windows": [{"days": [0, 1], "start": "08:00", "end": "18:30"}, {"days": [5], "start": "10:00", "end": "11:00"}],
    }
    # the sending window turned off: no window at all
    assert "windows" not in replace(shown, windows=()).edited_json(stored, WORKSPACE)
    # a round trip changes nothing
    again = shown.edited_json(stored, WORKSPACE)
    assert SendPolicy.from_json(again, WORKSPACE).edited_json(again, WORKSPACE) == again
