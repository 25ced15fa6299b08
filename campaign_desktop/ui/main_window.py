"""The main window: navigation between Deliveries, Profiles, Addresses and Settings.

The Deliveries page is the list (new, duplicate, delete, search) with one tab a delivery
opened from it. Everything is read on pool threads; the window's size and the list's
columns are kept between runs in the user's Qt settings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QModelIndex, QSettings, QThreadPool, QTimer, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from campaign_desktop.db.models import utcnow
from campaign_desktop.engine.deliveries import DeliveryRow, list_deliveries
from campaign_desktop.engine.delivery_edit import create_delivery, delete_delivery, duplicate_delivery
from campaign_desktop.domain.enums import Role
from campaign_desktop.engine.operators import OperatorInfo, list_operators
from campaign_desktop.engine.preparation import recover_interrupted
from campaign_desktop.engine.scheduler import StepReport, scheduler_step
from campaign_desktop.engine.send_recovery import recover_orphans
from campaign_desktop.engine.settings import load_settings
from campaign_desktop.transport_setup import transport_kit
from campaign_desktop.ui import tasks
from campaign_desktop.ui.addresses_page import AddressesPage
from campaign_desktop.ui.bounce_watch import BounceWatch
from campaign_desktop.ui.delivery_dashboard import DeliveryDashboard
from campaign_desktop.ui.delivery_model import DeliveryTableModel
from campaign_desktop.ui.inbound_page import InboundPage
from campaign_desktop.ui.profiles_page import ProfilesPage
from campaign_desktop.ui.operators_page import OperatorsPage
from campaign_desktop.ui.settings_page import SettingsPage
from campaign_desktop.ui.sign_in import SignInDialog
from campaign_desktop.ui.engine_messages import text
from campaign_desktop.ui.style import page_title

SETTINGS_PAGE, OPERATORS_PAGE = 4, 5
SCHEDULER_EVERY_MS = 15_000
#: Where the window's layout is kept between runs (Qt's per-user settings).
LAYOUT_KEYS = ("window/geometry", "window/state", "deliveries/header")


def recover_at_start(engine: Engine) -> list[int]:
    """Preparations and stopped sends whose process died: back to Draft, rows settled."""
    return recover_interrupted(engine) + recover_orphans(engine)


class MainWindow(QMainWindow):
    """Lists the deliveries; the list is read on a pool thread, never on the GUI thread."""

    def __init__(self, engine: Engine, operator: str = "", transport_factory: Any = None) -> None:
        """``operator``: the login to work as; empty until someone signs in (the engine refuses
        every action of an empty login)."""
        super().__init__()
        self.engine = engine
        self.operator = operator
        self.transport_factory = transport_factory or (lambda delivery_id: transport_kit(engine, delivery_id=delivery_id))
        self.dashboards: dict[int, DeliveryDashboard] = {}
        self._loaded_pages: set[QWidget] = set()
        self._header_restored = False
        self.setWindowTitle(self.tr("Campaign Desktop"))
        self.resize(1280, 800)
        self.model = DeliveryTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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
        self.list_buttons = {
            "new": QPushButton(self.tr("New")),
            "duplicate": QPushButton(self.tr("Duplicate")),
            "delete": QPushButton(self.tr("Delete")),
        }
        self.list_buttons["new"].clicked.connect(self.on_new)
        self.list_buttons["duplicate"].clicked.connect(self.on_duplicate)
        self.list_buttons["delete"].clicked.connect(self.on_delete)
        self.table.selectionModel().selectionChanged.connect(self._enable_list)
        title = page_title(self.tr("Deliveries"))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        for button in self.list_buttons.values():
            top.addWidget(button)
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
        self.profiles = ProfilesPage(engine)
        self.addresses = AddressesPage(engine)
        self.settings_page = SettingsPage(engine, lambda: self.operator)
        self.inbound_page = InboundPage(engine)
        self.operators_page = OperatorsPage(engine)
        self.operators_page.actor = operator
        self.pages = QStackedWidget()
        self.navigation = QListWidget()
        for page, name in ((self.tabs, self.tr("Deliveries")), (self.profiles, self.tr("Profiles")),
                           (self.addresses, self.tr("Addresses")), (self.inbound_page, self.tr("Inbound mail")),
                           (self.settings_page, self.tr("Settings")), (self.operators_page, self.tr("Operators"))):
            self.pages.addWidget(page)
            self.navigation.addItem(name)
        self.operator_button = QPushButton()
        self.operator_button.setFlat(True)
        self.operator_button.setToolTip(self.tr("Sign in as another operator"))
        self.operator_button.clicked.connect(self.on_switch_operator)
        self.navigation.setFixedWidth(150)
        self.navigation.setStyleSheet("QListWidget { font-size: 14px; } QListWidget::item { padding: 8px 10px; }")
        self.navigation.currentRowChanged.connect(self.show_page)
        self.navigation.setCurrentRow(0)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.navigation)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.statusBar().addWidget(self.message, 1)
        self.mailbox_status = QLabel()
        self.statusBar().addPermanentWidget(self.mailbox_status)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.operator_button)
        self.navigation.item(OPERATORS_PAGE).setHidden(True)  # until the operator's roles are read
        self.operator_button.setText(operator)
        self._tasks: list[tasks.Task] = []
        # the scheduler: scheduled deliveries start and recurring ones run while the app is open
        self.clock: Callable[[], dt.datetime] = utcnow  # tests move time forward
        self._step: tasks.Task | None = None
        self.scheduler_timer = QTimer(self, interval=SCHEDULER_EVERY_MS)
        self.scheduler_timer.timeout.connect(self.scheduler_tick)
        self.scheduler_timer.start()
        # the bounce mailbox: read every minute while the app is open
        self.bounce_watch = BounceWatch(engine, self)
        self.bounce_watch.status.connect(self.mailbox_status.setText)
        self.bounce_watch.read.connect(self.on_bounces_read)
        self.settings_page.saved.connect(self.bounce_watch.settings_changed)
        self.bounce_watch.start()
        self.work_as(operator)
        self._enable_list()
        self.restore_layout()
        self._run(lambda: recover_at_start(engine), self.on_recovered)

    @Slot(object)
    def on_recovered(self, recovered: list[int]) -> None:
        """What a process that died had left (a preparation, a stopped send's rows) is settled."""
        if recovered:
            self.reload()

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
        selected = self.selected_row()
        first = self.model.rowCount() == 0
        self.model.set_rows(rows)
        if first and not self._header_restored:
            self.table.resizeColumnsToContents()
            self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if selected is not None:
            self.select_delivery(selected.id)
        self._enable_list()
        self.message.setText(self.tr("Deliveries shown: %1").replace("%1", QLocale().toString(len(rows))))

    @Slot()
    def on_bounces_read(self) -> None:
        """New mail was applied: the figures of open deliveries, the list and the inbound mail may have moved."""
        self.reload()
        if self.inbound_page in self._loaded_pages:
            self.inbound_page.reload()

    # --- the scheduler --------------------------------------------------------------------------
    @Slot()
    def scheduler_tick(self) -> None:
        if self._step is not None and not self._step.done:
            return  # the previous step (a recurring delivery's preparation) is still at work
        engine, now = self.engine, self.clock()
        self._step = tasks.start(lambda: scheduler_step(engine, now), self.on_scheduler_step, self.on_failed)

    @Slot(object)
    def on_scheduler_step(self, report: StepReport) -> None:
        for delivery_id in report.due:
            dashboard = self.open_delivery_id(delivery_id, self.tr("Scheduled delivery"), focus=False)
            dashboard.start_scheduled_send()
        if report.awaiting_confirmation:
            self.statusBar().showMessage(self.tr("A recurring delivery is prepared and waits for your confirmation."), 15_000)
        if report.problems:
            self.message.setText(self.tr("Scheduler: %1").replace("%1", " ".join(text(p) for p in report.problems)))
        if report.due or report.created:
            self.reload()

    # --- who is signed in ----------------------------------------------------------------------
    def set_operator(self, info: OperatorInfo) -> None:
        """Work as ``info`` from now on: its login goes with every engine call (which checks its roles)."""
        self.operator = info.login
        self.operators_page.actor = info.login
        for dashboard in self.dashboards.values():
            dashboard.operator = info.login
        self.operator_button.setText(self.tr("Signed in as %1 — switch").replace("%1", info.login))
        admin = Role.ADMINISTRATOR in info.roles
        self.navigation.item(OPERATORS_PAGE).setHidden(not admin)
        self.settings_page.set_editable(admin)
        if not admin and self.navigation.currentRow() == OPERATORS_PAGE:
            self.navigation.setCurrentRow(0)
        self._loaded_pages.discard(self.operators_page)

    def work_as(self, login: str) -> None:
        """Read the operator's roles (in the background), then work as them."""
        engine = self.engine

        def read() -> OperatorInfo | None:
            with engine.connect() as conn:
                return next((o for o in list_operators(conn) if o.login == login), None)

        self._run(read, self.on_operator_read)

    @Slot(object)
    def on_operator_read(self, info: OperatorInfo | None) -> None:
        if info is not None:
            self.set_operator(info)

    @Slot()
    def on_switch_operator(self) -> None:
        dialog = SignInDialog(self.engine, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.operator is not None:
            self.set_operator(dialog.operator)
            self.statusBar().showMessage(self.tr("Signed in as %1.").replace("%1", dialog.operator.name), 5000)

    # --- pages -------------------------------------------------------------------------------
    @Slot(int)
    def show_page(self, index: int) -> None:
        page = self.pages.widget(index)
        self.pages.setCurrentIndex(index)
        if page in self._loaded_pages or page is self.tabs:
            return
        self._loaded_pages.add(page)  # read on first show: the app opens on the deliveries
        page.reload()  # type: ignore[attr-defined]

    # --- the list's actions ----------------------------------------------------------------------
    def selected_row(self) -> DeliveryRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_delivery(self, delivery_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == delivery_id:
                self.table.selectRow(row)
                return

    @Slot()
    def _enable_list(self) -> None:
        selected = self.selected_row() is not None
        self.list_buttons["duplicate"].setEnabled(selected)
        self.list_buttons["delete"].setEnabled(selected)

    @Slot()
    def on_new(self) -> None:
        engine, operator, label = self.engine, self.operator, self.tr("New delivery")

        def create() -> int:
            with engine.connect() as conn:
                settings = load_settings(conn)
            return create_delivery(engine, operator, settings, label)

        self._run(create, self.on_created)

    @Slot()
    def on_duplicate(self) -> None:
        row = self.selected_row()
        if row is not None:
            engine, operator = self.engine, self.operator
            self._run(lambda: duplicate_delivery(engine, row.id, operator), self.on_created)

    @Slot(object)
    def on_created(self, delivery_id: int) -> None:
        """Open the new delivery on its Properties page, and show it in the list."""
        self.search.clear()
        self.reload()
        dashboard = self.open_delivery_id(delivery_id, self.tr("New delivery"))
        dashboard.pages.setCurrentIndex(1)

    @Slot()
    def on_delete(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete the delivery"),
            self.tr("Delete '%1' with its logs and figures? This cannot be undone.").replace("%1", row.label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        dashboard = self.dashboards.get(row.id)
        if dashboard is not None:
            if dashboard.job is not None and dashboard.job.running:
                QMessageBox.warning(self, self.tr("Delete the delivery"), self.tr("Stop its preparation or send first."))
                return
            self._close_dashboard(dashboard)
        engine = self.engine
        operator = self.operator
        self._run(lambda: delete_delivery(engine, row.id, operator), self.on_deleted)

    @Slot(object)
    def on_deleted(self, _: object) -> None:
        self.reload()

    # --- layout kept between runs -------------------------------------------------------------
    def restore_layout(self) -> None:
        store = QSettings()
        geometry, state, header = (store.value(key) for key in LAYOUT_KEYS)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self._header_restored = isinstance(header, QByteArray) and self.table.horizontalHeader().restoreState(header)

    def save_layout(self) -> None:
        store = QSettings()
        values = (self.saveGeometry(), self.saveState(), self.table.horizontalHeader().saveState())
        for key, value in zip(LAYOUT_KEYS, values):
            store.setValue(key, value)
        store.sync()

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
        self.open_delivery_id(row.id, row.label)

    def open_delivery_id(self, delivery_id: int, label: str, focus: bool = True) -> DeliveryDashboard:
        dashboard = self.dashboards.get(delivery_id)
        if dashboard is None:
            dashboard = self.dashboards[delivery_id] = DeliveryDashboard(self.engine, delivery_id, self.operator, self.transport_factory)
            dashboard.changed.connect(self.reload)
            dashboard.renamed.connect(self.on_renamed)
            self.tabs.addTab(dashboard, label)
        if focus:
            self.navigation.setCurrentRow(0)
            self.tabs.setCurrentWidget(dashboard)
        return dashboard

    @Slot(int, str)
    def on_renamed(self, delivery_id: int, label: str) -> None:
        dashboard = self.dashboards.get(delivery_id)
        if dashboard is not None:
            self.tabs.setTabText(self.tabs.indexOf(dashboard), label)

    @Slot(int)
    def close_tab(self, index: int) -> None:
        dashboard = self.tabs.widget(index)
        if isinstance(dashboard, DeliveryDashboard):
            if dashboard.sending and not self._leave_paused():
                return
            if dashboard.editor.dirty and not self._discard_edits(dashboard):
                return
            self._close_dashboard(dashboard)

    def _close_dashboard(self, dashboard: DeliveryDashboard) -> None:
        dashboard.shutdown()
        self.dashboards.pop(dashboard.delivery_id, None)
        self.tabs.removeTab(self.tabs.indexOf(dashboard))
        dashboard.deleteLater()

    def _discard_edits(self, dashboard: DeliveryDashboard) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("'%1' has changes that were not saved. Close it and lose them?").replace("%1", dashboard.title.text()),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

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
        unsaved = [d for d in self.dashboards.values() if d.editor.dirty]
        if unsaved and not self._discard_edits(unsaved[0]):
            event.ignore()
            return
        self.scheduler_timer.stop()
        self.bounce_watch.stop()
        for dashboard in self.dashboards.values():
            dashboard.shutdown()
        self.save_layout()
        QThreadPool.globalInstance().waitForDone()
        super().closeEvent(event)
