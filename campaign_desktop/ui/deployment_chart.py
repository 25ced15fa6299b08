"""The deployment chart: Sent, Delivered, Bounces + errors, Opens and Clicks over time (pyqtgraph).

Live, one point is added per progress tick (a few a second, never per message) and the
curves are redrawn once a second; afterwards the stored samples are drawn. A delivery has
one time line, real or (a demo) simulated, and the time axis says which: "Time" or
"Simulated time"; its dates are in the screens' language (ui/chart_axes.py). The legend
is a row above the plot, where it hides no curve; a chart with nothing to draw says so
instead of showing empty axes. A read-out of the values under the mouse, and export to PNG.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDateTime, QLocale, QPointF, QSize, Qt, QTimer, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from campaign_desktop.domain.enums import SampleClock
from campaign_desktop.engine.indicators import Point
from campaign_desktop.ui.chart_axes import CountAxis, LocalizedDateAxis

SERIES = (
    ("sent", "#3b82f6"),
    ("delivered", "#16a34a"),
    ("bounces_errors", "#dc2626"),
    ("opens", "#f59e0b"),
    ("clicks", "#8b5cf6"),
)
CAPACITY = 20_000  # points kept; older live points are thinned out beyond it
# The shortest time axis (seconds): shorter sends would be labelled in fractions of a second.
MIN_SPAN_S = 60.0
# The lowest top of the count axis: three messages fill a few ticks, not the whole height.
MIN_TOP = 5
# Room under nought, as a share of the top: the axis's "0" is drawn only with some room for it.
FLOOR = -0.02
REDRAW_EVERY_MS = 1000
# Below this many points a curve shows its points too: one point alone draws no line.
DOTS_BELOW = 3
# The size of an exported image when the chart was never laid out on screen.
EXPORT_SIZE = QSize(900, 420)


class DeploymentChart(QWidget):
    def __init__(self) -> None:
        super().__init__()
        pg.setConfigOptions(antialias=False, background="w", foreground="#374151")
        self.names = {
            "sent": self.tr("Sent"), "delivered": self.tr("Delivered"), "bounces_errors": self.tr("Bounces + errors"),
            "opens": self.tr("Opens"), "clicks": self.tr("Clicks"),
        }
        self.time_axis = LocalizedDateAxis("bottom")
        self.plot = pg.PlotWidget(axisItems={"bottom": self.time_axis, "left": CountAxis("left")})
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setLabel("left", self.tr("Messages"))
        self.plot.setClipToView(True)
        self.plot.setDownsampling(auto=True, mode="peak")
        self.curves = {key: self.plot.plot([], [], pen=pg.mkPen(color, width=2), symbolBrush=color, symbolPen=color,
                                           symbolSize=6) for key, color in SERIES}
        self.times = np.zeros(CAPACITY)
        self.values = {key: np.zeros(CAPACITY) for key, _ in SERIES}
        self.count = 0
        self.clock = SampleClock.REAL
        self.live = False
        self.live_span: tuple[float, float] | None = None
        # live points are drawn once a second: redrawing the date axis costs more than a tick allows
        self.dirty = False
        self.redraw_timer = QTimer(self)
        self.redraw_timer.setInterval(REDRAW_EVERY_MS)
        self.redraw_timer.timeout.connect(self._flush)
        self.redraw_timer.start()
        self.readout = QLabel(" ")
        self.readout.setStyleSheet("color: #4b5563;")
        self.plot.scene().sigMouseMoved.connect(self.on_mouse_moved)
        self.idle_text = self.tr("Nothing sent yet: the chart fills in as the delivery is sent.")
        self.live_text = self.tr("Sending: the chart starts with the first figures.")
        self.empty = QLabel(self.idle_text)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #6b7280; background: white; border: 1px solid #e5e7eb;")
        # the legend and the plot make one picture: shown together, exported together
        self.canvas = QWidget()
        canvas_layout = QVBoxLayout(self.canvas)
        canvas_layout.setContentsMargins(0, 0, 0, 0)
        canvas_layout.setSpacing(2)
        canvas_layout.addWidget(self._legend())
        canvas_layout.addWidget(self.plot, 1)
        self.canvas.setStyleSheet("background: white;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.canvas)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        layout.addWidget(self.readout)
        self._show_clock(SampleClock.REAL)

    def _legend(self) -> QWidget:
        """The legend as a row of coloured swatches above the plot: inside it, it covered the curves."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(8, 4, 8, 0)
        line.setSpacing(6)
        for key, color in SERIES:
            swatch = QLabel()
            swatch.setFixedSize(18, 4)
            swatch.setStyleSheet(f"background: {color}; border: none;")
            name = QLabel(self.names[key])
            name.setStyleSheet("color: #374151; border: none;")
            line.addWidget(swatch, 0, Qt.AlignmentFlag.AlignVCenter)
            line.addWidget(name)
            line.addSpacing(10)
        line.addStretch(1)
        return row

    def _show_clock(self, clock: SampleClock) -> None:
        """Title the time axis with the clock the points are on: a demo's simulated days are
        never taken for the calendar's."""
        self.clock = clock
        title = self.axis_title()
        if self.plot.getAxis("bottom").labelText != title:  # a new title lays the axes out again: only when it changes
            self.plot.setLabel("bottom", title)

    def axis_title(self) -> str:
        """The time axis's title, as shown: "Time" or "Simulated time", translated."""
        return self.tr("Simulated time") if self.clock is SampleClock.SIMULATED else self.tr("Time")

    def set_series(self, points: Sequence[Point]) -> None:
        """The stored samples (naive UTC times), replacing what is drawn: what
        ``engine.indicators.series`` returns, whose ``clock`` says which time line they are on
        (a plain list of points is taken as real time)."""
        self._stop_live()
        rows = list(points)[-CAPACITY:]
        self.count = n = len(rows)
        if n:  # at once, not point by point: a reload of a long send's chart must not stall the window
            self.times[:n] = [_epoch(row[0]) for row in rows]
            block = np.array([row[1:] for row in rows], dtype=float)
            for column, (key, _) in enumerate(SERIES):
                self.values[key][:n] = block[:, column]
        self._show_clock(getattr(points, "clock", SampleClock.REAL))
        self._fit()
        self._redraw()

    def _fit(self) -> None:
        """Both axes on what is drawn, from zero and at least a minute wide: a send of a few
        seconds reads as times of day, not as fractions of a second, and a handful of messages
        as whole numbers."""
        n = self.count
        if not n:
            return
        start = self.times[0]
        self.plot.enableAutoRange(axis="x", enable=False)
        self.plot.setXRange(start, max(self.times[n - 1], start + MIN_SPAN_S), padding=0.02)
        top = max(float(self.values[key][:n].max()) for key, _ in SERIES)
        self._set_top(max(top, MIN_TOP))

    def _set_top(self, top: float) -> None:
        self.plot.enableAutoRange(axis="y", enable=False)
        self.plot.setYRange(FLOOR * top, top * 1.05, padding=0)

    def begin_live(self, ceiling: int) -> None:
        """A send starts: the vertical scale is fixed to what can be reached, so the axes are not
        laid out again at every redraw (their painting is the chart's dearest part)."""
        self._set_top(max(ceiling, MIN_TOP))
        self.plot.enableAutoRange(axis="x", enable=False)
        self.live_span = None  # set at the first live point
        self.live = True
        self._redraw()

    def end_live(self) -> None:
        """The job ended: what it reported last is drawn now, not at the next tick."""
        self._flush()
        self._stop_live()
        self._fit()
        self._redraw()

    def _stop_live(self) -> None:
        self.live = False
        self.live_span = None
        self.dirty = False

    def add_point(self, figures: dict[str, int], at: dt.datetime) -> None:
        """One live point at ``at`` (called on the progress timer, a few times a second); drawn
        at the next redraw, so the curves are never more than a redraw behind the figures.

        Figures that carry ``simulated`` are on the delivery's simulated clock. A simulated clock
        starts where real time stands, so the points before it are on its line: once simulated,
        the chart stays simulated."""
        if "simulated" in figures and self.clock is not SampleClock.SIMULATED:
            self._show_clock(SampleClock.SIMULATED)
        n = self.count
        when = _epoch(at)
        values = [figures.get(key, 0) for key, _ in SERIES]
        if n:
            when = max(when, self.times[n - 1])  # a report read late never draws back in time
            if n >= 2 and self._same(n - 1, values) and self._same(n - 2, values):
                self.times[n - 1] = when  # a flat stretch: its end moves on, no new point
                self.dirty = True
                return
        if self.count == CAPACITY:  # keep every other point: bounded memory for a long send
            for array in (self.times, *self.values.values()):
                array[: CAPACITY // 2] = array[::2][: CAPACITY // 2]
            self.count = CAPACITY // 2
        self._append(when, values)
        self.dirty = True

    def _same(self, i: int, values: list[int]) -> bool:
        return all(self.values[key][i] == value for (key, _), value in zip(SERIES, values))

    @Slot()
    def _flush(self) -> None:
        if self.dirty:
            self.dirty = False
            self._widen_live_span()
            self._redraw()

    def _widen_live_span(self) -> None:
        """Live, the time axis doubles its span when the curves reach its end: it is laid out
        again a handful of times in a send, not every second."""
        if not self.live or not self.count:
            return
        if self.live_span is None:
            self.live_span = (self.times[0], self.times[0] + MIN_SPAN_S)
            self.plot.setXRange(*self.live_span, padding=0)
        start, end = self.live_span
        if self.times[self.count - 1] > end:
            while self.times[self.count - 1] > end:
                end = start + 2 * (end - start)
            self.live_span = (start, end)
            self.plot.setXRange(start, end, padding=0)

    def _append(self, when: float, figures: Sequence[int]) -> None:
        self.times[self.count] = when
        for (key, _), value in zip(SERIES, figures):
            self.values[key][self.count] = value
        self.count += 1

    def has_figures(self) -> bool:
        """Whether anything was sent: points that are all zero (the one stored when a send is
        confirmed) draw a flat line at nought, which says less than the empty state."""
        n = self.count
        return bool(n) and any(bool(self.values[key][:n].any()) for key, _ in SERIES)

    def _redraw(self) -> None:
        n = self.count
        self.empty.setText(self.live_text if self.live else self.idle_text)
        self.stack.setCurrentWidget(self.canvas if self.has_figures() else self.empty)
        dots = "o" if n < DOTS_BELOW else None
        for key, curve in self.curves.items():
            if curve.opts["symbol"] != dots:
                curve.setSymbol(dots)
            curve.setData(self.times[:n], self.values[key][:n])

    @Slot(object)
    def on_mouse_moved(self, position: QPointF) -> None:
        if not self.count or not self.plot.sceneBoundingRect().contains(position):
            return
        x = self.plot.plotItem.vb.mapSceneToView(position).x()
        i = int(np.clip(np.searchsorted(self.times[: self.count], x), 0, self.count - 1))
        locale = QLocale()
        when = locale.toString(QDateTime.fromSecsSinceEpoch(int(self.times[i])), QLocale.FormatType.ShortFormat)
        parts = [f"{self.names[key]}: {locale.toString(int(self.values[key][i]))}" for key, _ in SERIES]
        self.readout.setText(f"{self.axis_title()} {when} — " + " · ".join(parts))

    def export_png(self, path: str) -> None:
        """The chart as the marketer sees it, legend and axis titles included."""
        if not self.canvas.isVisible():  # never laid out on screen (a hidden tab): a readable size
            self.canvas.resize(self.canvas.size().expandedTo(EXPORT_SIZE))
        self.canvas.grab().save(path, "PNG")


def _epoch(at: dt.datetime) -> float:
    return at.replace(tzinfo=dt.timezone.utc).timestamp() if at.tzinfo is None else at.timestamp()
