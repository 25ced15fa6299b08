"""The deployment chart as a marketer reads it: which clock the time axis is on, an empty chart
that says so, dates in the screens' language, a legend beside the curves, a live curve that
keeps up with the figures."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel

from campaign_desktop.domain.enums import SampleClock
from campaign_desktop.engine.indicators import Series
from campaign_desktop.ui.chart_axes import day_label, month_label
from campaign_desktop.ui.deployment_chart import MIN_SPAN_S, DeploymentChart
from tests.ui import test_french

french = test_french.french  # the French screens, and English again after the test

BASE = dt.datetime(2026, 11, 23, 9, 0)  # a Monday


def _points(hours, step=1.0):
    """Points every ``step`` hours: Sent rises to 1,000, Opens to about 300."""
    out = []
    for i in range(int(hours / step) + 1):
        sent = min(1000, 250 * i)
        out.append((BASE + dt.timedelta(hours=i * step), sent, sent - sent // 25, sent // 25, min(300, 20 * i), 7 * i))
    return tuple(out)


@pytest.fixture
def chart(qtbot):
    widget = DeploymentChart()
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    return widget


def _axis_title(chart):
    return chart.plot.getAxis("bottom").labelText


def _ticks(chart, width=900):
    """The time axis's tick labels for the range shown, level by level: (spacing, labels)."""
    axis = chart.time_axis
    low, high = chart.plot.viewRange()[0]
    return [(spacing, axis.tickStrings(values, 1.0, spacing)) for spacing, values in axis.tickValues(low, high, width)]


def test_the_time_axis_says_which_clock_the_points_are_on(chart):
    chart.set_series(Series(_points(72), SampleClock.SIMULATED))
    assert _axis_title(chart) == "Simulated time"
    chart.set_series(Series(_points(72), SampleClock.REAL))
    assert _axis_title(chart) == "Time"
    chart.set_series(list(_points(72)))  # a plain list of points: real time
    assert _axis_title(chart) == "Time"


def test_a_live_demo_send_says_simulated_time_from_its_first_point(chart):
    chart.set_series(Series((), SampleClock.REAL))  # a prepared delivery: no clock of its own yet
    chart.begin_live(1000)
    chart.add_point({"sent": 40, "delivered": 40, "simulated": BASE.isoformat()}, BASE)
    assert _axis_title(chart) == "Simulated time"
    chart.add_point({"sent": 80, "delivered": 80}, BASE + dt.timedelta(hours=1))  # once simulated, it stays so
    assert _axis_title(chart) == "Simulated time"


@pytest.mark.parametrize("points", [(), ((BASE, 0, 0, 0, 0, 0),)], ids=["no point", "the point stored at confirmation"])
def test_a_chart_with_nothing_sent_shows_its_empty_state(chart, points):
    assert chart.stack.currentWidget() is chart.empty
    chart.set_series(Series(points, SampleClock.REAL))
    assert chart.stack.currentWidget() is chart.empty
    assert chart.empty.text() == "Nothing sent yet: the chart fills in as the delivery is sent."
    chart.begin_live(500)  # the send starts: still nothing to draw, and it says why
    assert chart.stack.currentWidget() is chart.empty and chart.empty.text().startswith("Sending")
    chart.add_point({"sent": 3, "delivered": 3}, BASE + dt.timedelta(seconds=1))
    chart._flush()
    assert chart.stack.currentWidget() is chart.canvas


def test_a_short_send_is_read_in_seconds_not_in_fractions(chart):
    chart.set_series(Series(((BASE, 0, 0, 0, 0, 0), (BASE + dt.timedelta(seconds=2), 4, 4, 0, 0, 0)), SampleClock.REAL))
    low, high = chart.plot.viewRange()[0]
    assert high - low >= MIN_SPAN_S
    labels = [label for _, strings in _ticks(chart) for label in strings if label]
    assert labels and not any("." in label for label in labels)
    axis = chart.time_axis  # even an axis over one second (an empty plot's range) writes no "00.100 … 00.900"
    second = [label for spacing, values in axis.tickValues(0.0, 1.0, 800) for label in axis.tickStrings(values, 1.0, spacing)]
    assert not any("." in label for label in second)
    left = chart.plot.getAxis("left")
    counts = [label for spacing, values in left.tickValues(*chart.plot.viewRange()[1], 300)
              for label in left.tickStrings(values, 1.0, spacing)]
    assert counts and not any("." in label for label in counts if label)  # whole messages


def test_the_legend_is_a_row_above_the_plot_not_over_the_curves(chart):
    assert chart.plot.plotItem.legend is None
    legend = chart.canvas.layout().itemAt(0).widget()
    names = [label.text() for label in legend.findChildren(QLabel) if label.text()]
    assert names == ["Sent", "Delivered", "Bounces + errors", "Opens", "Clicks"]


def test_day_and_month_names_follow_the_screens_language(chart, french):
    assert day_label(BASE.date()) == "lun. 23"
    assert month_label(11) == "nov."
    chart.set_series(Series(_points(72), SampleClock.SIMULATED))
    labels = " ".join(label for _, strings in _ticks(chart, width=1600) for label in strings)
    assert "mar. 24" in labels and "Tue" not in labels


def test_the_live_curve_keeps_up_with_the_figures(chart):
    chart.begin_live(1000)
    chart.add_point({"sent": 100, "delivered": 100}, BASE)
    chart.add_point({"sent": 100, "delivered": 96, "bounces_errors": 4}, BASE + dt.timedelta(seconds=1))
    chart._flush()  # the next redraw: the bounces that came back without a new message sent are drawn
    _, bounces = chart.curves["bounces_errors"].getData()
    assert bounces[-1] == 4
    chart.add_point({"sent": 100, "delivered": 96, "bounces_errors": 4, "opens": 2}, BASE - dt.timedelta(minutes=5))
    chart.end_live()  # the job ended: its last figures are drawn at once
    times, opens = chart.curves["opens"].getData()
    assert opens[-1] == 2
    assert np.all(np.diff(times) >= 0)  # a report read late is drawn at the end, not back in time
