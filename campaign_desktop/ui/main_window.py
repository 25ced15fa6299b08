"""The main window: navigation between Deliveries, Profiles, Addresses, Inbound mail, Settings, Operators.

The Deliveries page is the list (delivery_list_page.py) with one tab a delivery opened
from it (delivery_dashboard.py); the scheduler runs beside them (scheduler_driver.py).
This module only puts them together: which tab is open, who is signed in, what closing
the window must settle first. The window's size and the list's columns are kept between
runs in the user's Qt settings.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QWidget,
)
from sqlalchemy import Engine

from campaign_desktop.demo.feedback_run import deliveries_to_follow
from campaign_desktop.domain.enums import Role
from campaign_desktop.engine.deliveries import DeliveryRow
from campaign_desktop.engine.operators import OperatorInfo, list_operators
from campaign_desktop.engine.preparation import recover_interrupted
from campaign_desktop.engine.scheduler import StepReport
from campaign_desktop.engine.send_recovery import recover_orphans
from campaign_desktop.transport_setup import transport_kit
from campaign_desktop.ui import tasks
from campaign_desktop.ui.addresses_page import AddressesPage
from campaign_desktop.ui.bounce_watch import BounceWatch
from campaign_desktop.ui.delivery_dashboard import DeliveryDashboard
from campaign_desktop.ui.delivery_list_page import DeliveryListPage
from campaign_desktop.ui.engine_messages import text
from campaign_desktop.ui.inbound_page import InboundPage
from campaign_desktop.ui.operators_page import OperatorsPage
from campaign_desktop.ui.profiles_page import ProfilesPage
from campaign_desktop.ui.scheduler_driver import SchedulerDriver
from campaign_desktop.ui.settings_page import SettingsPage
from campaign_desktop.ui.sign_in import SignInDialog

SETTINGS_PAGE, OPERATORS_PAGE = 4, 5
#: How often the page shown (Profiles, Addresses) checks the database for changes.
PAGE_REFRESH_EVERY_MS = 3_000
#: Where the window's layout is kept between runs (Qt's per-user settings).
LAYOUT_KEYS = ("window/geometry", "window/state", "deliveries/header")


def recover_at_start(engine: Engine) -> list[int]:
    """Preparations and stopped sends whose process died: back to Draft, rows settled."""
    return recover_interrupted(engine) + recover_orphans(engine)


class MainWindow(QMainWindow):
    """The navigation, the delivery tabs, the status bar; the list and the scheduler live in their own modules."""

    def __init__(self, engine: Engine, operator: str = "", transport_factory: Any = None) -> None:
        """``operator``: the login to work as; empty until someone signs in (the engine refuses
        every action of an empty login)."""
        super().__init__()
        self.engine = engine
        self.operator = operator
        self.list_count: int | None = None
        self.transport_factory = transport_factory or (lambda delivery_id: transport_kit(engine, delivery_id=delivery_id))
        self.dashboards: dict[int, DeliveryDashboard] = {}
        self._loaded_pages: set[QWidget] = set()
        self.setWindowTitle(self.tr("Campaign Desktop"))
        self.resize(1280, 800)
        self.list_page = DeliveryListPage(engine, lambda: self.operator)
        self.list_page.opened.connect(self.on_opened)
        self.list_page.created.connect(self.on_created)
        self.list_page.delete_requested.connect(self.on_delete_requested)
        self.list_page.loaded.connect(self.on_loaded)
        self.list_page.failed.connect(self.on_failed)
        # the list's parts, as tests and the screenshots reach them
        self.model, self.table, self.search = self.list_page.model, self.list_page.table, self.list_page.search
        self.list_buttons = self.list_page.buttons
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = QLabel()
        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.addTab(self.list_page, self.tr("Deliveries"))
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
        self.tabs.currentChanged.connect(self._show_list_count)  # once the pages exist
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
        # the scheduler: scheduled deliveries start and recurring ones run while the app is open
        self.scheduler = SchedulerDriver(engine, self)
        self.scheduler.stepped.connect(self.on_scheduler_step)
        self.scheduler.failed.connect(self.on_failed)
        self.scheduler.start()
        refresh = QShortcut(QKeySequence.StandardKey.Refresh, self)  # F5: read everything shown again now
        refresh.activated.connect(self.refresh_now)
        # the Profiles and Addresses pages stay current while shown (a cheap check, then what changed)
        self.page_timer = QTimer(self, interval=PAGE_REFRESH_EVERY_MS)
        self.page_timer.timeout.connect(self.refresh_page)
        self.page_timer.start()
        # the bounce mailbox: read every minute while the app is open
        self.bounce_watch = BounceWatch(engine, self)
        self.bounce_watch.status.connect(self.mailbox_status.setText)
        self.bounce_watch.read.connect(self.on_bounces_read)
        self.settings_page.saved.connect(self.bounce_watch.settings_changed)
        self.bounce_watch.start()
        self.work_as(operator)
        self.restore_layout()
        self.list_page.refresh_timer.start()
        self._run(lambda: recover_at_start(engine), self.on_recovered)

    @Slot(object)
    def on_recovered(self, recovered: list[int]) -> None:
        """What a process that died had left (a preparation, a stopped send's rows) is settled."""
        if recovered:
            self.reload()
        engine = self.engine

        def waiting() -> list[int]:
            with engine.connect() as conn:
                return deliveries_to_follow(conn)

        self._run(waiting, self.on_follows_waiting)

    @Slot(object)
    def on_follows_waiting(self, delivery_ids: list[int]) -> None:
        """Demos whose simulated feedback was being followed when the app closed: the follow goes on."""
        for delivery_id in delivery_ids:
            self.open_delivery_id(delivery_id, self.tr("Feedback"), focus=False).resume_follow()

    def _run(self, function: Any, on_finished: Any) -> None:
        tasks.start(function, on_finished, self.on_failed)

    @Slot()
    def reload(self) -> None:
        self.list_page.reload()

    @Slot()
    def refresh_now(self) -> None:
        """F5: the list, the open deliveries and the page shown, read again at once."""
        self.list_page.reload()
        for dashboard in self.dashboards.values():
            dashboard.reload()
        page = self.pages.currentWidget()
        if page in self._loaded_pages:
            page.reload()  # type: ignore[attr-defined]

    @Slot()
    def refresh_page(self) -> None:
        page = self.pages.currentWidget()
        if page in self._loaded_pages and hasattr(page, "refresh"):
            page.refresh()

    @Slot(int)
    def on_loaded(self, count: int) -> None:
        self.list_count = count
        self._show_list_count()

    @Slot()
    def _show_list_count(self) -> None:
        """How many deliveries the list shows: said only while the list is the page in front."""
        on_list = self.pages.currentWidget() is self.tabs and self.tabs.currentWidget() is self.list_page
        if on_list and self.list_count is not None:
            self.message.setText(self.list_page.count_text(self.list_count))
        elif self.message.text().startswith(self.list_page.count_text(0).split(":")[0]):
            self.message.clear()

    @Slot()
    def on_bounces_read(self) -> None:
        """New mail was applied: the figures of open deliveries, the list and the inbound mail may have moved."""
        self.reload()
        if self.inbound_page in self._loaded_pages:
            self.inbound_page.reload()

    # --- the scheduler --------------------------------------------------------------------------
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
        self._show_list_count()
        if page in self._loaded_pages or page is self.tabs:
            return
        self._loaded_pages.add(page)  # read on first show: the app opens on the deliveries
        page.reload()  # type: ignore[attr-defined]

    # --- the list's actions ----------------------------------------------------------------------
    def selected_row(self) -> DeliveryRow | None:
        return self.list_page.selected_row()

    def select_delivery(self, delivery_id: int) -> None:
        self.list_page.select_delivery(delivery_id)

    @Slot(int)
    def on_created(self, delivery_id: int) -> None:
        """Open the new delivery (New or Duplicate) on its Properties page."""
        dashboard = self.open_delivery_id(delivery_id, self.tr("New delivery"))
        dashboard.pages.setCurrentIndex(1)

    @Slot(object)
    def on_delete_requested(self, row: DeliveryRow) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete the delivery"),
            self.tr("Delete '%1' with its logs and figures? This cannot be undone.").replace("%1", row.label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        dashboard = self.dashboards.get(row.id)
        if dashboard is not None:
            if dashboard.running:
                QMessageBox.warning(self, self.tr("Delete the delivery"), self.tr("Stop its preparation or send first."))
                return
            self._close_dashboard(dashboard)
        self.list_page.delete(row)

    # --- layout kept between runs -------------------------------------------------------------
    def restore_layout(self) -> None:
        store = QSettings()
        geometry, state, header = (store.value(key) for key in LAYOUT_KEYS)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self.list_page.restore_header(header)

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

    @Slot(int, str)
    def on_opened(self, delivery_id: int, label: str) -> None:
        self.open_delivery_id(delivery_id, label)

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
            if not self._leave_work([dashboard]):
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

    def _leave_work(self, dashboards: list[DeliveryDashboard]) -> bool:
        """Closing while this window sends or follows feedback: the sends are paused at once, then
        the question; Cancel resumes them. Whether to go on closing."""
        sending = [d for d in dashboards if d.sending]
        following = [d for d in dashboards if d.following]
        if not sending and not following:
            return True
        for dashboard in sending:
            dashboard.pause_for_question(closing=True)
        lines = []
        if sending:
            names = ", ".join(f"'{d.title.text()}'" for d in sending)
            lines.append(self.tr("The send of %1 is paused. Close and leave it paused? You can resume it when you "
                                 "open the delivery again.").replace("%1", names))
        if following:
            names = ", ".join(f"'{d.title.text()}'" for d in following)
            lines.append(self.tr("The feedback of %1 is being followed. Close? It goes on the next time the app "
                                 "starts, until the delivery closes.").replace("%1", names))
        answer = QMessageBox.question(self, self.tr("Work in progress"), "\n\n".join(lines),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            return True
        for dashboard in sending:
            dashboard.resume_after_question()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leave_work(list(self.dashboards.values())):
            event.ignore()
            return
        unsaved = [d for d in self.dashboards.values() if d.editor.dirty]
        if unsaved and not self._discard_edits(unsaved[0]):
            event.ignore()
            return
        self.list_page.refresh_timer.stop()
        self.page_timer.stop()
        self.scheduler.stop()
        self.bounce_watch.stop()
        for dashboard in self.dashboards.values():
            dashboard.shutdown()
        self.save_layout()
        tasks.wait()
        super().closeEvent(event)
