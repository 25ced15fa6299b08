"""The delivery list as a Qt table model over rows read in the background."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QDateTime, QLocale, QModelIndex, QPersistentModelIndex, Qt

from campaign_desktop.engine.deliveries import DeliveryRow
from campaign_desktop.domain.enums import DeliveryState

Index = QModelIndex | QPersistentModelIndex


def local_time(utc: dt.datetime) -> QDateTime:
    """A stored time (naive UTC) as the user's local time."""
    return QDateTime.fromSecsSinceEpoch(int(utc.replace(tzinfo=dt.timezone.utc).timestamp())).toLocalTime()


def format_time(value: Any) -> str:
    """A stored time (naive UTC) in the user's time zone and locale; a date as a date."""
    if isinstance(value, dt.datetime):
        return QLocale().toString(local_time(value), QLocale.FormatType.ShortFormat)
    if isinstance(value, dt.date):
        return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)
    return "" if value is None else str(value)


def state_label(state: DeliveryState) -> str:
    labels = {
        DeliveryState.DRAFT: QCoreApplication.translate("DeliveryState", "Draft"),
        DeliveryState.PREPARING: QCoreApplication.translate("DeliveryState", "Preparing"),
        DeliveryState.PREPARED: QCoreApplication.translate("DeliveryState", "Prepared"),
        DeliveryState.SCHEDULED: QCoreApplication.translate("DeliveryState", "Scheduled"),
        DeliveryState.SENDING: QCoreApplication.translate("DeliveryState", "Sending"),
        DeliveryState.PAUSED: QCoreApplication.translate("DeliveryState", "Paused"),
        DeliveryState.SENT: QCoreApplication.translate("DeliveryState", "Sent"),
        DeliveryState.CLOSED: QCoreApplication.translate("DeliveryState", "Closed"),
        DeliveryState.STOPPED: QCoreApplication.translate("DeliveryState", "Stopped"),
    }
    return labels[state]


class DeliveryTableModel(QAbstractTableModel):
    """Label, internal name, state, contact date, author, the preparation KPIs, Delivered % and Opens %."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[DeliveryRow] = []
        self._headers = [
            self.tr("Label"), self.tr("Internal name"), self.tr("State"), self.tr("Contact date"),
            self.tr("Author"), self.tr("Targeted"), self.tr("To deliver"), self.tr("To exclude"),
            self.tr("Delivered"), self.tr("Opens"),
        ]

    def set_rows(self, rows: list[DeliveryRow]) -> None:
        """The list read again: the same deliveries are updated in place (selection, scroll and
        hover stay where they are every few seconds); another set of deliveries resets the model."""
        if [r.id for r in rows] != [r.id for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        old, self._rows = self._rows, rows
        last = self.columnCount() - 1
        for i, (before, now) in enumerate(zip(old, rows)):
            if before != now:
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))

    def row_at(self, row: int) -> DeliveryRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        locale = QLocale()
        if column == 0:
            return row.label
        if column == 1:
            return row.internal_name
        if column == 2:
            return self.tr("%1 (interrupted)").replace("%1", state_label(row.state)) if row.interrupted else state_label(row.state)
        if column == 3:  # when it was sent, else when it is planned
            when = row.sent_at or row.contact_date
            return locale.toString(local_time(when), QLocale.FormatType.ShortFormat) if when else self.tr("As soon as possible")
        if column == 4:
            return row.author or ""
        if column >= 8:  # the rates, once something was sent
            rate = row.delivered_rate if column == 8 else row.opens_rate
            return locale.toString(100 * rate, "f", 1) + " %" if rate is not None else "—"
        figure = (row.targeted, row.to_deliver, row.to_exclude)[column - 5]
        return locale.toString(figure)
