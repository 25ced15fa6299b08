"""The main window: for now the delivery list of the workspace, loaded in the background."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QThreadPool, QTimer, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from campaign_desktop.engine.deliveries import DeliveryRow, list_deliveries
from campaign_desktop.ui import tasks
from campaign_desktop.ui.delivery_dashboard import DeliveryDashboard
from campaign_desktop.ui.delivery_model import DeliveryTableModel


class MainWindow(QMainWindow):
    """Lists the deliveries; the list is read on a pool thread, never on the GUI thread."""

    def __init__(self, engine: Engine, operator: str = "admin", transport_factory: Any = None) -> None:
        super().__init__()
        self.engine = engine
        self.operator = operator
        self.transport_factory = transport_factory or _simulated_transport(engine)
        self.dashboards: dict[int, DeliveryDashboard] = {}
        self.setWindowTitle(self.tr("Campaign Desktop — Deliveries"))
        self.resize(1100, 640)
        self.model = DeliveryTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.open_delivery)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search deliveries by label or internal name"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = QLabel()
        title = QLabel(self.tr("Deliveries"))
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addWidget(self.table)
        list_page = QWidget()
        list_page.setLayout(layout)
        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.addTab(list_page, self.tr("Deliveries"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.setCentralWidget(self.tabs)
        self.statusBar().addWidget(self.message, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self._tasks: list[tasks.Task] = []

    def _run(self, function: Any, on_finished: Any) -> None:
        # Python must keep each task (and its signals) alive until it has reported.
        self._tasks = [t for t in self._tasks if not t.done] + [tasks.start(function, on_finished, self.on_failed)]

    @Slot()
    def reload(self) -> None:
        text = self.search.text().strip()
        engine = self.engine

        def load() -> list[DeliveryRow]:
            with engine.connect() as conn:
                return list_deliveries(conn, text)

        self.message.setText(self.tr("Loading deliveries…"))
        self._run(load, self.on_loaded)

    @Slot(object)
    def on_loaded(self, rows: list[DeliveryRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.message.setText(self.tr("Deliveries shown: %1").replace("%1", QLocale().toString(len(rows))))

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.progress.setVisible(False)
        self.message.setText(self.tr("Error: %1").replace("%1", message))

    def show_busy(self, text: str) -> None:
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.message.setText(text)

    @Slot(QModelIndex)
    def open_delivery(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        dashboard = self.dashboards.get(row.id)
        if dashboard is None:
            dashboard = self.dashboards[row.id] = DeliveryDashboard(self.engine, row.id, self.operator, self.transport_factory)
            dashboard.changed.connect(self.reload)
            self.tabs.addTab(dashboard, row.label)
        self.tabs.setCurrentWidget(dashboard)

    @Slot(int)
    def close_tab(self, index: int) -> None:
        dashboard = self.tabs.widget(index)
        if isinstance(dashboard, DeliveryDashboard):
            if dashboard.sending and not self._leave_paused():
                return
            dashboard.shutdown()
            self.dashboards.pop(dashboard.delivery_id, None)
            self.tabs.removeTab(index)
            dashboard.deleteLater()

    def _leave_paused(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("A send is running"),
            self.tr("Pause the send? You can resume it when you open the delivery again."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        if any(d.sending for d in self.dashboards.values()) and not self._leave_paused():
            event.ignore()
            return
        for dashboard in self.dashboards.values():
            dashboard.shutdown()
        QThreadPool.globalInstance().waitForDone()
        super().closeEvent(event)


def _simulated_transport(engine: Engine) -> Any:
    """What the dashboard sends with: the simulated MTA and its feedback (made in the sending thread)."""
    from campaign_desktop.demo.feedback_run import simulated_send_kit

    return lambda: simulated_send_kit(engine)
