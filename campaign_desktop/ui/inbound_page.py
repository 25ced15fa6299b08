"""The Inbound mail page: what arrived at the error address and waits for a person.

A customer's question sent to the error address, a message nobody could read, a bounce
about somebody else's mail: the feedback never applies these by guesswork (DESIGN.md §4).
They are listed here with the reason, can be read whole, and leave the list once someone
has dealt with them (*Dismiss*). The list is read on a pool thread, and again after each
reading of the bounce mailbox.
"""

from __future__ import annotations

from email import message_from_bytes, policy

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from campaign_desktop.domain.enums import InboundKind
from campaign_desktop.engine.inbound import InboundItem, dismiss, raw_message, waiting
from campaign_desktop.ui import tasks
from campaign_desktop.ui.delivery_model import format_time
from campaign_desktop.ui.engine_messages import text
from campaign_desktop.ui.labels import inbound_kind_label
from campaign_desktop.ui.style import page_title

Index = QModelIndex | QPersistentModelIndex


class InboundModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.items: list[InboundItem] = []
        self.headers = [self.tr("Read at"), self.tr("What it is"), self.tr("From"), self.tr("Subject"), self.tr("Why it waits")]

    def set_items(self, items: list[InboundItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self.items[index.row()]
        values = (format_time(item.read_at), inbound_kind_label(InboundKind(item.kind)), item.sender or "",
                  item.subject or "", text(item.reason, item.detail or ""))
        return values[index.column()]


class InboundPage(QWidget):
    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self.model = InboundModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 140), (1, 150), (2, 220), (3, 260)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self.on_show)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.show_button = QPushButton(self.tr("Show the message"))
        self.show_button.clicked.connect(self.on_show)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Dealt with: it leaves the list, and is never read again"))
        self.dismiss_button.clicked.connect(self.on_dismiss)
        self.note = QLabel(self.tr("Mail that arrived at the error address and that the feedback does not apply by "
                                   "itself: read it, then dismiss it."))
        self.note.setWordWrap(True)
        self.message = QLabel()
        top = QHBoxLayout()
        top.addWidget(page_title(self.tr("Inbound mail")))
        top.addSpacing(16)
        top.addWidget(self.show_button)
        top.addWidget(self.dismiss_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self._tasks: list[tasks.Task] = []
        self._generation = 0
        self._enable()

    def _run(self, function, on_finished) -> None:  # type: ignore[no-untyped-def]
        self._tasks = [t for t in self._tasks if not t.done] + [tasks.start(function, on_finished, self.on_failed)]

    def _selected(self) -> list[InboundItem]:
        return [self.model.items[i.row()] for i in self.table.selectionModel().selectedRows()]

    @Slot()
    def _enable(self) -> None:
        chosen = len(self._selected())
        self.show_button.setEnabled(chosen == 1)
        self.dismiss_button.setEnabled(chosen > 0)

    @Slot()
    def reload(self) -> None:
        engine = self.engine
        self._generation += 1
        generation = self._generation

        def load() -> tuple[int, list[InboundItem]]:
            return generation, waiting(engine)

        self._run(load, self.on_loaded)

    @Slot(object)
    def on_loaded(self, result: tuple[int, list[InboundItem]]) -> None:
        generation, items = result
        if generation != self._generation:
            return  # an older answer: the latest one wins
        self.model.set_items(items)
        self._enable()
        self.message.setText(self.tr("Waiting: %1").replace("%1", QLocale().toString(len(items))))

    @Slot()
    def on_dismiss(self) -> None:
        ids, engine = [item.id for item in self._selected()], self.engine
        if not ids:
            return
        answer = QMessageBox.question(
            self, self.tr("Dismiss"),
            self.tr("Dismiss %1 message(s)? They leave the list for good (the mailbox keeps them).").replace(
                "%1", QLocale().toString(len(ids))))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: dismiss(engine, ids), self.on_dismissed)

    @Slot(object)
    def on_dismissed(self, count: int) -> None:
        self.reload()
        self.note.setText(self.tr("Dismissed: %1").replace("%1", QLocale().toString(count)))

    @Slot()
    def on_show(self) -> None:
        chosen = self._selected()
        if len(chosen) != 1:
            return
        item, engine = chosen[0], self.engine
        self._run(lambda: (item, raw_message(engine, item.id)), self.on_raw)

    @Slot(object)
    def on_raw(self, result: tuple[InboundItem, bytes | None]) -> None:
        item, raw = result
        MessageDialog(item, raw or b"", self).exec()

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.message.setText(self.tr("Error: %1").replace("%1", message))


class MessageDialog(QDialog):
    """One inbound message as it arrived: its headers and text (never rendered: it may be hostile)."""

    def __init__(self, item: InboundItem, raw: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(item.subject or self.tr("(no subject)"))
        self.resize(760, 560)
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.setPlainText(_readable(raw))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(text(item.reason, item.detail or "")))
        layout.addWidget(view, 1)
        layout.addWidget(buttons)


def _readable(raw: bytes) -> str:
    """The headers, then the first text part decoded; the raw bytes when it cannot be parsed."""
    try:
        message = message_from_bytes(raw, policy=policy.compat32)
        head = "\n".join(f"{name}: {value}" for name, value in message.items())
        for part in message.walk():
            if part.get_content_type() == "text/plain":
                body = part.get_payload(decode=True)
                if isinstance(body, bytes):
                    return f"{head}\n\n{body.decode(part.get_content_charset() or 'utf-8', 'replace')}"
        return f"{head}\n\n{message.get_payload() if not message.is_multipart() else ''}"
    except Exception:  # noqa: BLE001 - a message nobody could parse is shown as it is
        return raw.decode("utf-8", "replace")
