"""The deployment chart: Sent, Delivered, Bounces + errors, Opens and Clicks over time (pyqtgraph).

Live, one point is added per progress tick (a few a second, never per message) and the
curves are redrawn once a second; afterwards the stored samples are drawn. Dates on the time axis, a legend, a read-out of the values
under the mouse, and export to PNG.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QPointF, Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

SERIES = (
    ("sent", "#3b82f6"),
    ("delivered", "#16a34a"),
    ("bounces_errors", "#dc2626"),
    ("opens", "#f59e0b"),
    ("clicks", "#8b5cf6"),
)
CAPACITY = 20_000  # points kept; older live points are thinned out beyond it
#: The shortest time axis (seconds): shorter sends would be labelled in fractions of a second.
MIN_SPAN_S = 60.0
REDRAW_EVERY_MS = 1000


class DeploymentChart(QWidget):
    def __init__(self) -> None:
        super().__init__()
        pg.setConfigOptions(antialias=False, background="w", foreground="#374151")
        self.names = {
            "sent": self.tr("Sent"), "delivered": self.tr("Delivered"), "bounces_errors": self.tr("Bounces + errors"),
            "opens": self.tr("Opens"), "clicks": self.tr("Clicks"),
        }
        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.addLegend(offset=(10, 10))
        self.plot.setLabel("left", self.tr("Messages"))
        self.plot.setClipToView(True)
        self.plot.setDownsampling(auto=True, mode="peak")
        self.curves = {key: self.plot.plot([], [], name=self.names[key], pen=pg.mkPen(color, width=2)) for key, color in SERIES}
        self.times = np.zeros(CAPACITY)
        self.values = {key: np.zeros(CAPACITY) for key, _ in SERIES}
        self.count = 0
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
        self.empty = QLabel(self.tr("Nothing sent yet: the chart fills in as the delivery is sent."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #6b7280; background: white; border: 1px solid #e5e7eb;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.plot)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        layout.addWidget(self.readout)

    def set_series(self, points: list[tuple[dt.datetime, int, int, int, int, int]]) -> None:
        """The stored samples (naive UTC times), replacing what is drawn."""
        self.end_live()
        self.count = 0
        for at, *figures in points[-CAPACITY:]:
            self._append(_epoch(at), figures)
        if self.count and self.times[self.count - 1] - self.times[0] < MIN_SPAN_S:
            # a send of a few seconds: a minute's axis reads as times of day, not as fractions of a second
            self.plot.enableAutoRange(axis="x", enable=False)
            self.plot.setXRange(self.times[0], self.times[0] + MIN_SPAN_S, padding=0.02)
        self._redraw()

    def begin_live(self, ceiling: int) -> None:
        """A send starts: the vertical scale is fixed to what can be reached, so the axes are not
        laid out again at every redraw (their painting is the chart's dearest part)."""
        self.plot.enableAutoRange(axis="y", enable=False)
        self.plot.setYRange(0, max(ceiling, 1) * 1.05, padding=0)
        self.plot.enableAutoRange(axis="x", enable=False)
        self.live_span: tuple[float, float] | None = None  # set at the first live point
        self.live = True
        self.stack.setCurrentWidget(self.plot)

    def end_live(self) -> None:
        self.live = False
        self.live_span = None
        self.plot.enableAutoRange(axis="y", enable=True)
        self.plot.enableAutoRange(axis="x", enable=True)

    def add_point(self, figures: dict[str, int], at: dt.datetime) -> None:
        """One live point (called on the progress timer, a few times a second)."""
        if self.count and figures.get("sent", 0) == self.values["sent"][self.count - 1] and \
                figures.get("opens", 0) == self.values["opens"][self.count - 1]:
            return  # nothing new to draw
        if self.count == CAPACITY:  # keep every other point: bounded memory for a long send
            for array in (self.times, *self.values.values()):
                array[: CAPACITY // 2] = array[::2][: CAPACITY // 2]
            self.count = CAPACITY // 2
        self._append(_epoch(at), [figures.get(key, 0) for key, _ in SERIES])
        self.dirty = True

    @Slot()
    def _flush(self) -> None:
        if self.dirty:
            self.dirty = False
            self._widen_live_span()
            self._redraw()

    def _widen_live_span(self) -> None:
        """Live, the time axis doubles its span when the curves reach its end: it is laid out
        again a handful of times in a send, not every second."""
        if getattr(self, "live_span", None) is None and not self.plot.getViewBox().autoRangeEnabled()[0]:
            self.live_span = (self.times[0], self.times[0] + MIN_SPAN_S)
            self.plot.setXRange(*self.live_span, padding=0)
        span = getattr(self, "live_span", None)
        if span is not None and self.count and self.times[self.count - 1] > span[1]:
            start, end = span
            while self.times[self.count - 1] > end:
                end = start + 2 * (end - start)
            self.live_span = (start, end)
            self.plot.setXRange(start, end, padding=0)

    def _append(self, when: float, figures: list[int]) -> None:
        self.times[self.count] = when
        for (key, _), value in zip(SERIES, figures):
            self.values[key][self.count] = value
        self.count += 1

    def _redraw(self) -> None:
        n = self.count
        self.stack.setCurrentWidget(self.plot if n or self.live else self.empty)
        for key, curve in self.curves.items():
            curve.setData(self.times[:n], self.values[key][:n])

    @Slot(object)
    def on_mouse_moved(self, position: QPointF) -> None:
        if not self.count or not self.plot.sceneBoundingRect().contains(position):
            return
        x = self.plot.plotItem.vb.mapSceneToView(position).x()
        i = int(np.clip(np.searchsorted(self.times[: self.count], x), 0, self.count - 1))
        when = dt.datetime.fromtimestamp(self.times[i]).strftime("%x %X")
        parts = [f"{self.names[key]}: {int(self.values[key][i])}" for key, _ in SERIES]
        self.readout.setText(f"{when} — " + " · ".join(parts))

    def export_png(self, path: str) -> None:
        ImageExporter(self.plot.plotItem).export(path)


def _epoch(at: dt.datetime) -> float:
    return at.replace(tzinfo=dt.timezone.utc).timestamp() if at.tzinfo is None else at.timestamp()
