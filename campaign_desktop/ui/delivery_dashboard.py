"""The delivery dashboard: the action bar (Prepare, Send, pause, resume, stop), progress, KPI tiles.

Every engine call runs in an ``EngineJob`` on its own thread; the tiles are filled from
the figures the job reports a few times a second, then from the stored indicators.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine, select

from campaign_desktop.db.models import Delivery, utcnow
from campaign_desktop.engine.control import Control
from campaign_desktop.domain.enums import DeliveryState
from campaign_desktop.engine.delivery_edit import SaveOutcome
from campaign_desktop.engine.indicators import recompute, series, stored
from campaign_desktop.engine.settings import load_settings
from campaign_desktop.engine.preparation import prepare
from campaign_desktop.engine.send_lease import sending_elsewhere
from campaign_desktop.engine.sending import SendRefused, confirm_send, resume, send, set_state
from campaign_desktop.ui import tasks
from campaign_desktop.ui.delivery_model import format_time, state_label
from campaign_desktop.ui.delivery_editor import DeliveryEditor
from campaign_desktop.ui.deployment_chart import DeploymentChart
from campaign_desktop.ui.engine_job import EngineJob
from campaign_desktop.ui.engine_text import engine_text
from campaign_desktop.ui.kpi_tile import KpiTile
from campaign_desktop.ui.logs_dialog import LogsDialog
from campaign_desktop.ui.proof_dialog import ProofDialog
from campaign_desktop.ui.style import TITLE

Transport = Any
#: States in which a process may hold the send (engine/send_lease.py).
LEASED_STATES = frozenset({DeliveryState.SENDING, DeliveryState.PAUSED})


class Handover(enum.Enum):
    """What a Resume did when this window does not run the send itself."""

    RESUMED_ELSEWHERE = enum.auto()
#: States in which the indicators can be counted again from the logs.
STATS_STATES = frozenset({DeliveryState.SENDING, DeliveryState.PAUSED, DeliveryState.SENT, DeliveryState.CLOSED,
                          DeliveryState.STOPPED})


class DeliveryDashboard(QWidget):
    """One delivery. ``changed`` is emitted when its state may have changed (the list reloads),
    ``renamed(id, label)`` when its label is read anew."""

    changed = Signal()
    renamed = Signal(int, str)

    def __init__(self, engine: Engine, delivery_id: int, operator: str, transport_factory: Any) -> None:
        super().__init__()
        self.engine, self.delivery_id, self.operator = engine, delivery_id, operator
        self.transport_factory = transport_factory
        self.job: EngineJob | None = None
        self.state: DeliveryState | None = None
        self.to_deliver = 0
        self.interrupted = False  # Sending in the database, and no process sends it any more
        self.kind = ""
        self.title = QLabel()
        self.title.setStyleSheet(TITLE)
        self.state_text = QLabel()
        self.state_text.setWordWrap(True)  # a long reason wraps instead of widening the window
        self.buttons = {
            "prepare": QPushButton(self.tr("Prepare")),
            "stop_preparation": QPushButton(self.tr("Stop preparation")),
            "send": QPushButton(self.tr("Confirm send")),
            "pause": QPushButton(self.tr("Pause")),
            "resume": QPushButton(self.tr("Resume")),
            "stop": QPushButton(self.tr("Stop")),
            "stop_following": QPushButton(self.tr("Stop following")),
            "proof": QPushButton(self.tr("Proof")),
            "logs": QPushButton(self.tr("Logs")),
            "compute_stats": QPushButton(self.tr("Compute stats")),
        }
        self.buttons["compute_stats"].setToolTip(self.tr("Count every indicator again from the sending logs and the tracking"))
        self.buttons["compute_stats"].clicked.connect(self.on_compute_stats)
        self.buttons["logs"].clicked.connect(self.on_logs)
        self.buttons["proof"].clicked.connect(self.on_proof)
        self.buttons["proof"].setToolTip(self.tr("Send the message to test addresses, with [Proof n] before the subject"))
        self.buttons["prepare"].clicked.connect(self.on_prepare)
        self.buttons["stop_preparation"].clicked.connect(self.on_stop_preparation)
        self.buttons["send"].clicked.connect(self.on_send)
        self.buttons["pause"].clicked.connect(self.on_pause)
        self.buttons["resume"].clicked.connect(self.on_resume)
        self.buttons["stop"].clicked.connect(self.on_stop)
        self.buttons["stop_following"].clicked.connect(self.on_stop_preparation)
        self.buttons["stop_following"].setToolTip(self.tr("Stop following the feedback here; the delivery stays sent"))
        self.progress = QProgressBar()
        self.progress_text = QLabel()
        self.tiles = {
            "targeted": KpiTile(self.tr("Targeted"), self.tr("Profiles selected by the audience")),
            "to_deliver": KpiTile(self.tr("To deliver"), self.tr("Targeted − To exclude")),
            "to_exclude": KpiTile(self.tr("To exclude"), self.tr("Profiles removed by a filtering rule")),
            "sent": KpiTile(self.tr("Sent"), self.tr("Delivered + Bounces and errors (messages processed)")),
            "delivered": KpiTile(self.tr("Delivered"), self.tr("Messages delivered ÷ Sent")),
            "bounces_errors": KpiTile(self.tr("Bounces + errors"), self.tr("Failed messages ÷ Sent")),
            "opens": KpiTile(self.tr("Opens"), self.tr("Unique recipients who opened ÷ Delivered")),
            "clicks": KpiTile(self.tr("Clicks"), self.tr("Unique recipients who clicked ÷ Delivered")),
        }
        self.chart = DeploymentChart()
        self.export_button = QPushButton(self.tr("Export chart to PNG…"))
        self.export_button.clicked.connect(self.on_export)
        self.editor = DeliveryEditor(engine, delivery_id, self, lambda: self.operator)
        self.editor.saved.connect(self.on_saved)
        self.editor.dirty_changed.connect(self.on_dirty_changed)
        self._layout()
        self.editor.load()
        self.reload()

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        for button in self.buttons.values():
            header.addWidget(button)
        grid = QGridLayout()
        for column, key in enumerate(("targeted", "to_deliver", "to_exclude")):
            grid.addWidget(self.tiles[key], 0, column)
        for column, key in enumerate(("sent", "delivered", "bounces_errors", "opens", "clicks")):
            grid.addWidget(self.tiles[key], 1, column)
        summary = QWidget()
        layout = QVBoxLayout(summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_text)
        layout.addLayout(grid)
        chart_bar = QHBoxLayout()
        chart_title = QLabel(self.tr("Deployment"))
        chart_title.setStyleSheet("font-weight: 600;")
        chart_bar.addWidget(chart_title)
        chart_bar.addStretch(1)
        chart_bar.addWidget(self.export_button)
        layout.addLayout(chart_bar)
        layout.addWidget(self.chart, 1)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(summary, self.tr("Dashboard"))
        for page, title in self.editor.pages:
            self.pages.addTab(page, title)
        outer = QVBoxLayout(self)
        outer.addLayout(header)
        outer.addWidget(self.state_text)  # the whole width: a reason can be long
        outer.addWidget(self.pages, 1)
        outer.addWidget(self.editor.save_bar)
        self.pages.currentChanged.connect(self._show_save_bar)
        self._show_save_bar()

    # --- reading the delivery, off the GUI thread ----------------------------------------------
    def reload(self) -> None:
        engine, delivery_id = self.engine, self.delivery_id

        def read() -> dict[str, Any]:
            with engine.connect() as conn:
                row = conn.execute(select(Delivery.label, Delivery.internal_name, Delivery.state, Delivery.state_reason,
                                          Delivery.targeted, Delivery.to_deliver, Delivery.to_exclude)
                                   .where(Delivery.id == delivery_id)).one()
                figures = stored(conn, delivery_id)
                points = series(conn, delivery_id)
            # whether another process sends it, or nobody does any more (killed mid-send)
            elsewhere = sending_elsewhere(engine, delivery_id) if row.state in LEASED_STATES else None
            return {"row": row, "figures": figures.as_json() if figures else None, "series": points,
                    "elsewhere": elsewhere}

        self._task = tasks.start(read, self.on_loaded, self.on_failed)

    @Slot(object)
    def on_loaded(self, data: dict[str, Any]) -> None:
        label, name, state, reason, targeted, to_deliver, to_exclude = data["row"]
        self.state, self.to_deliver = state, to_deliver
        running_here = self.job is not None and self.job.running
        elsewhere = data["elsewhere"]
        self.interrupted = state is DeliveryState.SENDING and elsewhere is None and not running_here
        if label != self.title.text():
            self.title.setText(label)
            self.renamed.emit(self.delivery_id, label)
        if self.interrupted:
            reason = self.tr("interrupted: nothing sends it any more. Resume sends the rest; the messages that were in "
                             "flight are reported unknown, never sent twice.")
        elif elsewhere is not None and not running_here:
            reason = self.tr("being sent by another process (%1, process %2)").replace("%1", elsewhere.host).replace(
                "%2", str(elsewhere.pid))
        else:
            reason = engine_text(reason) if reason else ""
        self.state_text.setText(f"{name} · {state_label(state)}" + (f" — {reason}" if reason else ""))
        self.tiles["targeted"].show_figure(targeted)
        self.tiles["to_deliver"].show_figure(to_deliver, to_deliver / targeted if targeted else None)
        self.tiles["to_exclude"].show_figure(to_exclude, to_exclude / targeted if targeted else None)
        if data["figures"]:
            self._show_deployment(data["figures"])
        if not (self.job is not None and self.job.running):
            self.chart.set_series(data["series"])
        loaded = self.editor.loaded
        if loaded is not None and loaded.state is not state and not self.editor.dirty:
            self.editor.load()  # prepared, sent…: what can be edited changed
        self._enable()

    def _show_deployment(self, f: dict[str, Any]) -> None:
        sent, delivered = f.get("sent", 0), f.get("delivered", 0)
        self.tiles["sent"].show_figure(sent, sent / f["to_deliver"] if f.get("to_deliver") else None)
        self.tiles["delivered"].show_figure(delivered, delivered / sent if sent else None)
        self.tiles["bounces_errors"].show_figure(f.get("bounces_errors", 0), f.get("bounces_errors", 0) / sent if sent else None)
        self.tiles["opens"].show_figure(f.get("opens", 0), f.get("opens", 0) / delivered if delivered else None)
        self.tiles["clicks"].show_figure(f.get("clicks", 0), f.get("clicks", 0) / delivered if delivered else None)

    def _enable(self) -> None:
        running = self.job is not None and self.job.running
        preparing = running and self.kind == "prepare"
        sending = running and self.kind == "send"
        self.buttons["stop_following"].setVisible(running and self.kind == "feedback")
        paused = sending and self.job is not None and self.job.control.paused
        state = self.state
        dirty = self.editor.dirty
        self.editor.set_editable(not running)
        self.buttons["prepare"].setEnabled(not running and not dirty and state in (DeliveryState.DRAFT, DeliveryState.PREPARED))
        self.buttons["stop_preparation"].setVisible(preparing)
        self.buttons["send"].setEnabled(not running and not dirty and state is DeliveryState.PREPARED)
        for key in ("prepare", "send"):
            self.buttons[key].setToolTip(self.tr("Save or revert your changes first") if dirty else "")
        self.buttons["compute_stats"].setEnabled(not running and state in STATS_STATES)
        self.buttons["proof"].setEnabled(not running and not dirty and state in (DeliveryState.DRAFT, DeliveryState.PREPARED))
        self.buttons["pause"].setVisible(sending and not paused)
        self.buttons["resume"].setVisible(paused or (not running and (state is DeliveryState.PAUSED or self.interrupted)))
        self.buttons["stop"].setVisible(sending or (not running and (state in (DeliveryState.PAUSED, DeliveryState.SCHEDULED)
                                                                     or self.interrupted)))

    # --- actions ------------------------------------------------------------------------------------
    def _run(self, kind: str, function: Any) -> None:
        self.kind = kind
        self.job = EngineJob(function, self)
        self.job.progressed.connect(self.on_progress)
        self.job.finished.connect(self.on_finished)
        self.job.failed.connect(self.on_failed)
        self.job.stopped.connect(self.on_stopped)
        self.job.start()
        self.progress.setRange(0, 0)
        self._enable()

    @Slot()
    def on_prepare(self) -> None:
        engine, delivery_id, operator = self.engine, self.delivery_id, self.operator
        self.progress_text.setText(self.tr("Preparing: computing the target…"))
        self._run("prepare", lambda control: prepare(engine, delivery_id, control, operator=operator))

    @Slot()
    def on_stop_preparation(self) -> None:
        if self.job is not None:
            self.job.stop()

    @Slot()
    def on_send(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Confirm send"),
            self.tr("The messages will be sent to the recipients to deliver. Send now?"),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return
        engine, delivery_id, operator = self.engine, self.delivery_id, self.operator

        def confirm_and_send(control: Control) -> Any:
            # the role is checked here, in the engine; a future contact date leaves it Scheduled
            if confirm_send(engine, delivery_id, operator) is DeliveryState.SCHEDULED:
                return DeliveryState.SCHEDULED  # the scheduler starts it when its time comes
            return self._send_and_follow(control)

        self.progress_text.setText(self.tr("Sending…"))
        self.chart.begin_live(self.to_deliver)
        self.state_text.setText(self.state_text.text().split(" · ")[0] + " · " + state_label(DeliveryState.SENDING))
        self._run("send", confirm_and_send)

    def start_scheduled_send(self) -> None:
        """Its contact date has come (the scheduler says so): send, with the progress shown here."""
        if self.job is not None and self.job.running:
            return
        self.progress_text.setText(self.tr("Sending…"))
        self.chart.begin_live(self.to_deliver)
        self._run("send", self._send_and_follow)

    def _send_and_follow(self, control: Control) -> Any:
        """On the worker thread: hand every message over, then (simulated MTA) follow the feedback."""
        transport_context, follow = self.transport_factory()
        with transport_context as transport:
            summary = send(self.engine, self.delivery_id, transport, control)
            if follow is not None and summary.state is DeliveryState.SENT:
                follow(self.delivery_id, transport, control)
        return summary

    @Slot(object)
    def on_saved(self, outcome: SaveOutcome) -> None:
        self.reload()
        self.changed.emit()

    @Slot(bool)
    def on_dirty_changed(self, dirty: bool) -> None:
        self._enable()
        self._show_save_bar()

    @Slot()
    def _show_save_bar(self) -> None:
        """The save bar belongs to the editor's pages; on the dashboard, only while edits are unsaved."""
        self.editor.save_bar.setVisible(self.pages.currentIndex() > 0 or self.editor.dirty)

    @Slot()
    def on_compute_stats(self) -> None:
        engine, delivery_id = self.engine, self.delivery_id

        def compute() -> None:
            with engine.begin() as conn:
                recompute(conn, delivery_id, load_settings(conn).reporting_mode, utcnow())

        self.buttons["compute_stats"].setEnabled(False)
        self.progress_text.setText(self.tr("Computing the indicators from the logs…"))
        self._task = tasks.start(compute, self.on_computed, self.on_failed)

    @Slot(object)
    def on_computed(self, _: object) -> None:
        self.progress_text.setText(self.tr("Indicators computed from the logs."))
        self.reload()

    @Slot()
    def on_proof(self) -> None:
        samples = [(self.editor.sample.itemData(i), self.editor.sample.itemText(i)) for i in range(self.editor.sample.count())]
        self.proof = ProofDialog(self.engine, self.delivery_id, self.operator, samples, self)
        self.proof.show()

    @Slot()
    def on_logs(self) -> None:
        self.logs = LogsDialog(self.engine, self.delivery_id, self.title.text(), self)
        self.logs.show()

    @Slot()
    def on_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), "deployment.png", self.tr("PNG images (*.png)"))
        if path:
            self.chart.export_png(path)

    @Slot()
    def on_pause(self) -> None:
        if self.job is not None:
            self.job.control.pause()
            self._enable()

    @Slot()
    def on_resume(self) -> None:
        if self.job is not None and self.job.running:
            self.job.control.resume()
            self._enable()
            return
        # a send left paused (the app was closed during it) or interrupted (the app was killed):
        # send again from where it stopped, unless another process holds it and goes on by itself
        engine, delivery_id, operator = self.engine, self.delivery_id, self.operator

        def resume_and_send(control: Control) -> Any:
            if not resume(engine, delivery_id, operator):
                return Handover.RESUMED_ELSEWHERE
            return self._send_and_follow(control)

        self.progress_text.setText(self.tr("Sending…"))
        self._run("send", resume_and_send)

    @Slot()
    def on_stop(self) -> None:
        answer = QMessageBox.warning(
            self, self.tr("Stop the delivery"),
            self.tr("A stopped delivery cannot be resumed: the messages not yet sent will be canceled. Stop it?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.job is not None and self.job.running:
            self.job.stop()
            return
        engine, delivery_id, operator = self.engine, self.delivery_id, self.operator  # paused or scheduled, no job
        self._task = tasks.start(lambda: set_state(engine, delivery_id, operator, DeliveryState.STOPPED), self.on_computed_stop,
                                 self.on_failed)

    @Slot(object)
    def on_computed_stop(self, _: object) -> None:
        self.progress_text.setText(self.tr("Stopped."))
        self._after()

    # --- what the job says ------------------------------------------------------------------------
    @Slot(dict)
    def on_progress(self, figures: dict[str, Any]) -> None:
        done, total = figures.get("done", 0), figures.get("total", 0)
        if total and figures.get("phase") != "feedback":
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        if self.kind == "prepare":
            self.tiles["targeted"].show_figure(done)
            self.tiles["to_deliver"].show_figure(figures.get("to_deliver"))
            self.tiles["to_exclude"].show_figure(figures.get("to_exclude"))
        elif "delivered" in figures:
            self._show_deployment(figures)
            when = dt.datetime.fromisoformat(figures["simulated"]) if "simulated" in figures else utcnow()
            self.chart.add_point(figures, when)
        if figures.get("phase") == "feedback" and self.kind != "feedback":
            self.kind = "feedback"
            self.progress.setRange(0, 0)
            self.reload()  # the delivery is Sent now
            self._enable()
        if self.kind == "feedback" and "simulated" in figures:
            self.progress_text.setText(self.tr("Following the feedback (simulated time %1)…").replace(
                "%1", format_time(dt.datetime.fromisoformat(figures["simulated"]))))
        if figures.get("state") == "paused":
            self.progress_text.setText(self.tr("Paused"))

    @Slot(object)
    def on_finished(self, result: Any) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        texts = {"prepare": self.tr("Preparation finished."), "send": self.tr("All messages handed over."),
                 "feedback": self.tr("Feedback followed until the delivery closed.")}
        self.progress_text.setText(texts.get(self.kind, ""))
        if result is Handover.RESUMED_ELSEWHERE:
            self.progress_text.setText(self.tr("Resumed: the process that holds the send goes on with it."))
        if result is DeliveryState.SCHEDULED:
            self.chart.end_live()
            self.progress_text.setText(self.tr("Scheduled: the send starts by itself at its contact date, while the app "
                                               "is open or the scheduler runs."))
        self._after()

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress_text.setText(message)
        if self.job is not None and self.kind == "send":
            QMessageBox.warning(self, self.tr("Confirm send"), message)
        self._after()

    @Slot()
    def on_stopped(self) -> None:
        self.progress_text.setText(self.tr("Preparation stopped: nothing was kept.") if self.kind == "prepare" else self.tr("Stopped."))
        self._after()

    def _after(self) -> None:
        self._enable()
        self.reload()
        self.changed.emit()

    @property
    def sending(self) -> bool:
        return self.job is not None and self.job.running and self.kind == "send"

    def shutdown(self) -> None:
        """The window is closing: a send is left paused (to resume later), a preparation stopped;
        then wait for the thread to end."""
        if self.job is not None and self.job.running:
            if self.kind == "send":
                self.job.control.detach()
            else:
                self.job.stop()
            self.job.wait()


__all__ = ["DeliveryDashboard", "SendRefused"]
