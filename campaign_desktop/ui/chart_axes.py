"""The deployment chart's axes: dates in the screens' language, and whole message counts.

pyqtgraph's ``DateAxisItem`` writes its labels with ``strftime``, which follows the C
library's locale, not Qt's: the French screens showed "Mon 23" and "Nov". It also has a
millisecond zoom level, which labelled an empty chart "00.100 … 00.900". Here the labels
come from ``QLocale()`` (the language ``install_language`` chose), the finest level is the
second, and the count axis never shows fractions of a message.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    DAY_HOUR_ZOOM_LEVEL,
    DAY_SPACING,
    HMS_ZOOM_LEVEL,
    HOUR_MINUTE_ZOOM_LEVEL,
    MONTH_SPACING,
    YEAR_MONTH_ZOOM_LEVEL,
    TickSpec,
    ZoomLevel,
    adjustTimestampToPreferredUtcOffset,
    makeMStepper,
    makeSStepper,
    utcfromtimestamp,
)
from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QFontMetrics


def day_label(day: dt.date, locale: QLocale | None = None) -> str:
    """A day as the time axis writes it: short day name and day of the month ("lun. 23")."""
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day), "ddd d")


def month_label(month: int, locale: QLocale | None = None) -> str:
    """A month as the time axis writes it, alone: its short standalone name ("nov.")."""
    return (locale or QLocale()).standaloneMonthName(month, QLocale.FormatType.ShortFormat)


#: What each of pyqtgraph's strftime formats becomes; times of day are written on 24 hours,
#: as pyqtgraph does, so that the labels keep the width its zoom levels were sized for.
_LABELS: dict[str, Callable[[dt.datetime, QLocale], str]] = {
    "%Y": lambda when, locale: str(when.year),
    "%b": lambda when, locale: month_label(when.month, locale),
    "%d": lambda when, locale: str(when.day),
    "%a %d": lambda when, locale: day_label(when.date(), locale),
    "%H:%M": lambda when, locale: f"{when.hour:02d}:{when.minute:02d}",
    "%H:%M:%S": lambda when, locale: f"{when.hour:02d}:{when.minute:02d}:{when.second:02d}",
}


# Days of a feedback of a few days to a few weeks: named ("jeu. 3"), not bare numbers ("3"),
# and spaced for the width of a name.
MONTH_DAY_ZOOM_LEVEL = ZoomLevel([
    TickSpec(MONTH_SPACING, makeMStepper(1), "%b"),
    TickSpec(DAY_SPACING, makeSStepper(DAY_SPACING), "%a %d", autoSkip=[1, 2, 7]),
], "MMM 00")


class LocalizedDateAxis(pg.DateAxisItem):
    """A time axis (Unix seconds, shown in local time) labelled in the screens' language."""

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation=orientation)
        # the millisecond level is gone: a send is never read in fractions of a second
        self.zoomLevels = OrderedDict([
            (float("inf"), YEAR_MONTH_ZOOM_LEVEL),
            (5 * 3600 * 24, MONTH_DAY_ZOOM_LEVEL),
            (6 * 3600, DAY_HOUR_ZOOM_LEVEL),
            (15 * 60, HOUR_MINUTE_ZOOM_LEVEL),
            (30, HMS_ZOOM_LEVEL),
        ])
        # pyqtgraph sets it at the first paint; ticks asked for before (a chart not shown yet) need it too
        self.fontMetrics = QFontMetrics(self.font())

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802 - pyqtgraph's name
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        label = _LABELS.get(spec.format) if spec is not None else None
        if label is None:  # a level this axis does not know: pyqtgraph's own strftime labels
            return super().tickStrings(values, scale, spacing)
        locale = QLocale()
        strings = []
        for value in values:
            try:
                when = utcfromtimestamp(adjustTimestampToPreferredUtcOffset(value, self.utcOffset))
            except (OverflowError, ValueError, OSError):  # far outside any delivery's time
                strings.append("")
                continue
            strings.append(label(when.replace(tzinfo=None), locale))
        return strings


class CountAxis(pg.AxisItem):
    """A message-count axis: ticks on whole numbers only, written as the locale writes numbers."""

    def __init__(self, orientation: str = "left") -> None:
        super().__init__(orientation=orientation)
        self.enableAutoSIPrefix(False)  # a million messages reads "1,000,000", not "1 (x1e+06)"

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:  # noqa: N802,N803
        levels = super().tickSpacing(minVal, maxVal, size)
        whole = [(spacing, offset) for spacing, offset in levels if spacing >= 1]
        return whole or [(1.0, 0.0)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        locale = QLocale()
        return [locale.toString(int(round(value))) if abs(value - round(value)) < 1e-9 else "" for value in values]


__all__ = ["CountAxis", "LocalizedDateAxis", "day_label", "month_label"]
