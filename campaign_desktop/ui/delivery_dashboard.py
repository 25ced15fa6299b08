"""The delivery dashboard: one delivery's action bar, progress, figures, chart and editor pages.

The parts live in their own modules (delivery_action_bar, delivery_figures,
deployment_chart, delivery_editor); this one reads the delivery and runs its jobs. Every
engine call runs in an ``EngineJob`` on its own thread or in the background service; the
figures come from the job's reports a few times a second, else from the database, read
again every second while anything may change them and every few seconds otherwise, so a
send run by another process (the command line, another window) shows here, with Pause,
Resume and Stop working on it through the database. Stop and closing during a send pause
it first, then ask.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from campaign_desktop.db.models import utcnow
from campaign_desktop.domain.enums import DeliveryState, Job
from campaign_desktop.engine.clock import delivery_now
from campaign_desktop.engine.control import Control
from campaign_desktop.engine.delivery_edit import SaveOutcome
from campaign_desktop.engine.delivery_snapshot import DeliverySnapshot, read_snapshot
from campaign_desktop.engine.indicators import recompute
from campaign_desktop.engine.lifecycle import Action, allowed_actions, interrupted
from campaign_desktop.engine.messages import Message, Msg, message
from campaign_desktop.engine.preparation import prepare
from campaign_desktop.demo.feedback_run import resume_follow
from campaign_desktop.engine.feedback import FeedbackSummary
from campaign_desktop.engine.send_actions import pause, resume, stop
from campaign_desktop.engine.sending import SendSummary
from campaign_desktop.engine.settings import load_settings
from campaign_desktop.send_flow import Handover, send_and_follow
from campaign_desktop.ui import tasks
from campaign_desktop.ui.delivery_action_bar import ActionBar
from campaign_desktop.ui.delivery_editor import DeliveryEditor
from campaign_desktop.ui.delivery_figures import FiguresPanel
from campaign_desktop.ui.delivery_model import format_time, state_label
from campaign_desktop.ui.deployment_chart import DeploymentChart
from campaign_desktop.ui.engine_job import EngineJob
from campaign_desktop.ui.engine_messages import text
from campaign_desktop.ui.analysis_panel import AnalysisPanel
from campaign_desktop.ui.logs_dialog import LogsDialog
from campaign_desktop.ui.pause_question import PauseForQuestion
from campaign_desktop.ui.proof_dialog import ProofDialog
from campaign_desktop.ui.send_confirmation import confirmation_text
from campaign_desktop.ui.style import TITLE

Transport = Any
#: While the delivery is in one of these states, or a job works on it, it is read every second.
LIVELY_STATES = frozenset({DeliveryState.PREPARING, DeliveryState.SCHEDULED, DeliveryState.SENDING, DeliveryState.PAUSED})
RELOAD_EVERY_MS = 1000
#: Otherwise every this many seconds: a send started elsewhere shows within 3 s.
QUIET_RELOAD_EVERY = 2
#: States in which nothing was sent yet: the deployment's tiles show dashes.
BEFORE_SENDING = frozenset({DeliveryState.DRAFT, DeliveryState.PREPARING, DeliveryState.PREPARED})


#: The buttons as tests and screenshots name them.
BUTTONS: dict[str, Action] = {
    "prepare": Action.PREPARE, "stop_preparation": Action.STOP_PREPARATION, "send": Action.CONFIRM_SEND,
    "pause": Action.PAUSE, "resume": Action.RESUME, "stop": Action.STOP, "stop_following": Action.STOP_FOLLOWING,
    "proof": Action.PROOF, "logs": Action.LOGS, "compute_stats": Action.COMPUTE_STATS,
}


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
        self.kind = Job.NONE  # what this window's own job does
        self.state: DeliveryState | None = None
        self.db_job = Job.NONE  # what works on it according to the database (any process)
        self.to_deliver = 0
        self.interrupted = False  # Sending in the database, and no process sends it any more
        self.figures_now: dict[str, Any] = {}  # the deployment's latest figures, from the job or the database
        self.samples: tuple[int, Any] | None = None
        self.follow_ended = False  # the chart's stored samples as last read (count, last id)
        self._reading: tasks.Task | None = None
        self._ticks = 0
        # a pause made to ask a question (Stop, closing), and what its answer does once it has landed
        self.question = PauseForQuestion(engine, delivery_id, self)
        self.question.landed.connect(self.reload)
        self.question.resumed.connect(self.on_acted_signal)
        self.question.failed.connect(self.on_action_failed)
        self.title = QLabel()
        self.title.setStyleSheet(TITLE)
        self.state_text = QLabel()
        self.state_text.setWordWrap(True)  # a long reason wraps instead of widening the window
        self.bar = ActionBar()
        self.bar.triggered.connect(self.on_action)
        self.buttons = {key: self.bar.buttons[action] for key, action in BUTTONS.items()}
        self.progress = QProgressBar()
        self.progress_text = QLabel()
        self.progress_text.setWordWrap(True)
        # what the analysis found: its errors keep Confirm send disabled until the delivery is prepared clean
        self.analysis = AnalysisPanel()
        self.analysis.journal_requested.connect(self.on_logs)
        self.analysis_errors = 0
        self.figures = FiguresPanel()
        self.tiles = self.figures.tiles
        self.chart = DeploymentChart()
        self.export_button = QPushButton(self.tr("Export chart to PNG…"))
        self.export_button.clicked.connect(self.on_export)
        self.editor = DeliveryEditor(engine, delivery_id, self, lambda: self.operator)
        self.editor.saved.connect(self.on_saved)
        self.editor.dirty_changed.connect(self.on_dirty_changed)
        self.reload_timer = QTimer(self, interval=RELOAD_EVERY_MS)
        self.reload_timer.timeout.connect(self.refresh)
        self._layout()
        self._enable()
        self.editor.load()
        self.reload()
        self.reload_timer.start()

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.bar)
        summary = QWidget()
        layout = QVBoxLayout(summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.analysis)
        layout.addWidget(self.figures)
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
        """Read the delivery now; this answer wins over any older read still on its way."""
        engine, delivery_id, known = self.engine, self.delivery_id, self.samples

        def read() -> DeliverySnapshot:
            with engine.connect() as conn:
                return read_snapshot(conn, delivery_id, known)

        self._reading = tasks.start(read, self.on_loaded, self.on_read_failed, key=(id(self), "read"))

    @Slot()
    def refresh(self) -> None:
        """Every second while something may change the delivery (here or in another process), every
        few seconds otherwise: a send started from the command line shows within seconds."""
        self._ticks += 1
        lively = self.state in LIVELY_STATES or self.db_job is not Job.NONE or self.running
        if (lively or self._ticks % QUIET_RELOAD_EVERY == 0) and (self._reading is None or self._reading.done):
            self.reload()

    @Slot(object)
    def on_loaded(self, data: DeliverySnapshot) -> None:
        label, name, state, holder = data.label, data.internal_name, data.state, data.holder
        before = (self.state, self.db_job)
        self.db_job = holder.job if holder is not None and holder.alive(data.now) else Job.NONE
        self.state, self.to_deliver = state, data.to_deliver
        self.interrupted = interrupted(state, self.db_job) and not self.running
        if label != self.title.text():
            self.title.setText(label)
            self.renamed.emit(self.delivery_id, label)
        self.state_text.setText(self._state_line(name, state, data.state_reason, data.reason, holder))
        if state is DeliveryState.DRAFT:  # not prepared: dashes, not zeros
            self.figures.show_preparation(None, None, None)
        else:
            self.figures.show_preparation(data.targeted, data.to_deliver, data.to_exclude)
        if state in BEFORE_SENDING:
            self.figures.clear_deployment()
        elif not self.running:  # this window's own job reports fresher figures
            self.figures_now = data.figures
            self.figures.show_deployment(data.figures)
        if data.series is not None and not self.running:
            self.chart.set_series(data.series)
        self.samples = data.samples
        self.analysis_errors = self.analysis.show_lines(state, data.analysis)
        self._show_progress_state()
        self._show_follow_end()
        loaded = self.editor.loaded
        if loaded is not None and loaded.state is not state and not self.editor.dirty:
            self.editor.load()  # prepared, sent…: what can be edited changed
        self._enable()
        if before != (self.state, self.db_job) and before[0] is not None:
            self.changed.emit()  # the list shows the state the dashboard shows

    def _state_line(self, name: str, state: DeliveryState, reason_text: str | None, reason: Any, holder: Any) -> str:
        if self.interrupted and state is DeliveryState.SENDING:
            reason_text = self.tr("interrupted: nothing sends it any more. Resume sends the rest; the messages that were "
                                  "on the wire are reported unknown, never sent twice.")
        elif self.interrupted:
            reason_text = self.tr("interrupted: the preparation's process stopped. Prepare it again.")
        elif self.db_job is Job.SEND and not self.running and holder is not None:
            reason_text = self.tr("being sent by another process (%1, process %2)").replace("%1", holder.host).replace(
                "%2", str(holder.pid))
        elif self.db_job is Job.FEEDBACK and not self.running and holder is not None:
            reason_text = self.tr("its feedback is followed by another process (%1, process %2)").replace(
                "%1", holder.host).replace("%2", str(holder.pid))
        else:
            reason_text = text(Message.from_json(reason), reason_text)
        return f"{name} · {state_label(state)}" + (f" — {reason_text}" if reason_text else "")

    def _show_progress_state(self) -> None:
        """The line under the progress bar never contradicts the state: paused is said as paused,
        a resumed send as sending, whoever runs it."""
        if self.running:
            return  # this window's own job says it, from its reports (on_progress)
        if self.state is DeliveryState.PAUSED and self.db_job is Job.SEND:
            self.progress_text.setText(self.tr("Paused: nothing goes out until Resume."))
        elif self.state is DeliveryState.SENDING and self.db_job is Job.SEND and not self.running:
            self.progress_text.setText(self.tr("Sending (in another process)…"))

    def _show_follow_end(self) -> None:
        """A follow of the feedback ended here: closed, or to be taken up at the next start."""
        if not self.follow_ended or self.running:
            return
        self.follow_ended = False
        self.progress_text.setText(self.tr("Feedback followed until the delivery closed.")
                                   if self.state is DeliveryState.CLOSED else
                                   self.tr("The feedback's follow stopped; it goes on the next time the app starts."))

    @property
    def running(self) -> bool:
        return self.job is not None and self.job.running

    def current_job(self) -> Job:
        """What works on the delivery: this window's own job, else what the database says."""
        return self.kind if self.running else self.db_job

    def _enable(self) -> None:
        """The action bar shows what the lifecycle allows (engine/lifecycle.py), nothing else."""
        actions = allowed_actions(self.state, self.current_job()) if self.state is not None else frozenset()
        self.editor.set_editable(Action.EDIT in actions and not self.running)
        self.bar.show_allowed(actions, self.editor.dirty, self.analysis_errors)

    # --- actions ------------------------------------------------------------------------------------
    def _run(self, kind: Job, function: Any) -> None:
        self.kind = kind
        self.job = EngineJob(function, self)
        self.job.progressed.connect(self.on_progress)
        self.job.finished.connect(self.on_finished)
        self.job.failed.connect(self.on_failed)
        self.job.stopped.connect(self.on_stopped)
        self.job.start()
        self.progress.setRange(0, 0)
        self._enable()

    @Slot(object)
    def on_action(self, action: Action) -> None:
        """A button of the action bar was clicked."""
        handlers: dict[Action, Callable[[], None]] = {
            Action.PREPARE: self.on_prepare, Action.STOP_PREPARATION: self.on_stop_preparation,
            Action.CONFIRM_SEND: self.on_send, Action.PAUSE: self.on_pause, Action.RESUME: self.on_resume,
            Action.STOP: self.on_stop, Action.STOP_FOLLOWING: self.on_stop_following, Action.PROOF: self.on_proof,
            Action.LOGS: self.on_logs, Action.COMPUTE_STATS: self.on_compute_stats,
        }
        handlers[action]()

    @Slot()
    def on_prepare(self) -> None:
        engine, delivery_id, operator = self.engine, self.delivery_id, self.operator
        self.progress_text.setText(self.tr("Preparing: computing the target…"))
        self._run(Job.PREPARE, lambda control: prepare(engine, delivery_id, control, operator=operator))

    @Slot()
    def on_stop_preparation(self) -> None:
        if self.job is not None:
            self.job.stop()

    @Slot()
    def on_stop_following(self) -> None:
        """The follow ends here; the simulated feedback's schedule stays in the database and the
        follow goes on the next time the app starts."""
        if self.job is not None:
            self.job.control.detach()

    @Slot()
    def on_send(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Confirm send"), confirmation_text(self.to_deliver or 0, *self._loaded_draft()),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return
        self.progress_text.setText(self.tr("Sending…"))
        self.chart.begin_live(self.to_deliver)
        self._run(Job.SEND, self._sending(start=True))

    def _loaded_draft(self) -> tuple[Any, Any]:
        loaded = self.editor.loaded
        return (loaded.draft, loaded.settings) if loaded is not None else (None, None)

    def resume_follow(self) -> None:
        """The app was closed while it followed this demo's simulated feedback: the follow goes on
        from the schedule kept in the database, on the delivery's clock, until it closes."""
        if self.running:
            return
        engine, delivery_id = self.engine, self.delivery_id
        self.progress_text.setText(self.tr("Following the feedback again, from where it stopped…"))
        self._run(Job.FEEDBACK, lambda control: resume_follow(engine, delivery_id, control))

    def start_scheduled_send(self) -> None:
        """Its contact date has come (the scheduler says so): send, with the progress shown here."""
        if self.running:
            return
        self.progress_text.setText(self.tr("Sending…"))
        self.chart.begin_live(self.to_deliver)
        self._run(Job.SEND, self._sending(start=False))

    def _sending(self, start: bool, resume_first: bool = False) -> Callable[[Control], Any]:
        """The send as a plain function for the worker thread (send_flow.py), never this widget's method."""
        engine, delivery_id, operator, factory = self.engine, self.delivery_id, self.operator, self.transport_factory

        def run(control: Control) -> Any:
            return send_and_follow(engine, delivery_id, operator, factory, control, start, resume_first)

        return run

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
                recompute(conn, delivery_id, load_settings(conn).reporting_mode, delivery_now(conn, delivery_id))

        self.bar.hold(Action.COMPUTE_STATS)
        self.progress_text.setText(self.tr("Computing the indicators from the logs…"))
        self._task = tasks.start(compute, self.on_computed, self.on_action_failed)

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
        """Through the database, as from any terminal: the sending process holds what is out."""
        engine, delivery_id, operator = self.engine, self.delivery_id, self.operator
        self.bar.hold(Action.PAUSE)
        self._task = tasks.start(lambda: pause(engine, delivery_id, operator), self.on_acted, self.on_action_failed)

    @Slot()
    def on_resume(self) -> None:
        engine, delivery_id, operator = self.engine, self.delivery_id, self.operator
        self.bar.hold(Action.RESUME)
        if self.running or self.db_job is Job.SEND:  # a process (this one or another) holds the send: lift the pause
            self._task = tasks.start(lambda: resume(engine, delivery_id, operator), self.on_acted, self.on_action_failed)
            return
        # a send left paused (the app was closed during it) or interrupted (the app was killed):
        # send again from where it stopped, unless another process took it up meanwhile
        self.progress_text.setText(self.tr("Sending…"))
        self._run(Job.SEND, self._sending(start=False, resume_first=True))

    # --- pause first, then ask (pause_question.py) ------------------------------------------------
    def pause_for_question(self, closing: bool = False) -> None:
        """Stop or closing during a send: pause it at once (whoever sends it), then ask."""
        if not self.sending and self.state is not DeliveryState.SENDING:  # nothing goes out: nothing to hold
            self.question.forget()
            return
        self.progress_text.setText(self.tr("Pausing…"))
        self.question.pause(self.operator, closing)

    def resume_after_question(self) -> None:
        """The question was answered Cancel: the send goes on."""
        self.question.undo(self.operator)

    @Slot()
    def on_stop(self) -> None:
        self.pause_for_question()
        locale = QLocale()
        rest = max(self.to_deliver - int(self.figures_now.get("sent", 0)), 0) if self.to_deliver else 0
        question = self.tr("A stopped delivery cannot be resumed: the %1 messages not yet sent will be canceled. "
                           "Stop it?").replace("%1", locale.toString(rest))
        if self.question.asked:
            question = self.tr("The send is paused while you decide.") + "\n\n" + question
        answer = QMessageBox.warning(self, self.tr("Stop the delivery"), question,
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            self.resume_after_question()
            return
        engine, delivery_id, operator = self.engine, self.delivery_id, self.operator

        def stop_it(_: bool) -> None:
            self.progress_text.setText(self.tr("Stopping…"))
            self._task = tasks.start(lambda: stop(engine, delivery_id, operator), self.on_stop_done,
                                     self.on_action_failed)

        self.question.then(stop_it)

    @Slot(object)
    def on_acted(self, _: object) -> None:
        self.reload()
        self.changed.emit()

    @Slot()
    def on_acted_signal(self) -> None:
        self.on_acted(None)

    @Slot(object)
    def on_stop_done(self, canceled: int) -> None:
        self.progress_text.setText(self._stopped_text(canceled))
        self._after()

    def _stopped_text(self, canceled: int) -> str:
        return self.tr("Stopped: %Ln message(s) canceled, never sent.", "", canceled)

    # --- what the job says ------------------------------------------------------------------------
    @Slot(dict)
    def on_progress(self, figures: dict[str, Any]) -> None:
        done, total = figures.get("done", 0), figures.get("total", 0)
        if total and figures.get("phase") != "feedback":
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        if self.kind is Job.PREPARE:
            self.figures.show_preparation(done, figures.get("to_deliver"), figures.get("to_exclude"))
        elif "delivered" in figures:
            self.figures_now = figures
            self.figures.show_deployment(figures)
            when = dt.datetime.fromisoformat(figures["simulated"]) if "simulated" in figures else utcnow()
            self.chart.add_point(figures, when)
        if figures.get("phase") == "feedback" and self.kind is not Job.FEEDBACK:
            self.kind = Job.FEEDBACK
            self.progress.setRange(0, 0)
            self.reload()  # the delivery is Sent now
            self._enable()
        self.progress_text.setText(self._progress_line(figures))

    def _progress_line(self, figures: dict[str, Any]) -> str:
        """What the job is doing, as its latest report says; a pause only while the state is paused."""
        status = figures.get("status")
        if self.kind is Job.FEEDBACK and "simulated" in figures:
            return self.tr("Following the feedback (simulated time %1)…").replace(
                "%1", format_time(dt.datetime.fromisoformat(figures["simulated"])))
        if isinstance(status, Message) and status.id is Msg.PROGRESS_PAUSED:
            if self.state is DeliveryState.PAUSED:
                return self.tr("Paused: nothing goes out until Resume.")
            return self.tr("Sending…")  # resumed: the sender's next report is on its way
        if isinstance(status, Message):
            return text(status)
        if self.kind is Job.SEND and self.state is DeliveryState.PAUSED:
            return self.tr("Pausing: the messages already on the wire are settled first…")
        if self.kind is Job.SEND:
            return self.tr("Sending…")
        return self.progress_text.text()

    @Slot(object)
    def on_finished(self, result: Any) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if self.kind is Job.PREPARE:
            self.progress_text.setText(self.tr("Preparation finished."))
        elif isinstance(result, FeedbackSummary) or (isinstance(result, SendSummary) and self.kind is Job.FEEDBACK):
            self.follow_ended = True  # said once the state is read again (_show_follow_end): closed or not
        elif isinstance(result, SendSummary):
            self.progress_text.setText(self._summary_text(result))
        if result is Handover.RESUMED_ELSEWHERE:
            self.progress_text.setText(self.tr("Resumed: the process that holds the send goes on with it."))
        if result is DeliveryState.SCHEDULED:
            self.chart.end_live()
            self.progress_text.setText(self.tr("Scheduled: the send starts by itself at its contact date, while the app "
                                               "is open or the scheduler runs."))
        self._after()

    def _summary_text(self, summary: SendSummary) -> str:
        if summary.state is DeliveryState.STOPPED:
            return self._stopped_text(summary.canceled)
        if summary.state is DeliveryState.PAUSED:
            return self.tr("Paused: Resume sends the rest.")
        return self.tr("All messages handed over.")

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress_text.setText(message)
        if self.job is not None and self.kind is Job.SEND:
            QMessageBox.warning(self, self.tr("Confirm send"), message)
        self._after()

    @Slot(str)
    def on_action_failed(self, message: str) -> None:
        """A pause, resume, stop or Compute stats refused or failed: said where the progress is said."""
        self.progress_text.setText(message)
        self._after()

    @Slot(str)
    def on_read_failed(self, message: str) -> None:
        """Reading the delivery failed (the database is busy or away): said, and tried again by the
        reload timer; never a dialog, and never a reload from here (it would loop)."""
        self.progress_text.setText(message)

    @Slot()
    def on_stopped(self) -> None:
        self.progress_text.setText(self.tr("Preparation stopped: nothing was kept.") if self.kind is Job.PREPARE else self.tr("Stopped."))
        self._after()

    def _after(self) -> None:
        self._enable()
        self.reload()
        self.changed.emit()

    @property
    def sending(self) -> bool:
        return self.running and self.kind is Job.SEND

    @property
    def following(self) -> bool:
        """This window follows the delivery's (simulated) feedback."""
        return self.running and self.kind is Job.FEEDBACK

    def shutdown(self) -> None:
        """The window is closing: a send is left paused (to resume later), a feedback follow left to
        go on at the next start, a preparation stopped; then wait for the thread to end."""
        self.reload_timer.stop()
        if self.job is not None and self.job.running:
            if self.kind in (Job.SEND, Job.FEEDBACK):
                self.job.control.detach(message(Msg.REASON_APP_CLOSED))
            else:
                self.job.stop()
            self.job.wait()


__all__ = ["DeliveryDashboard"]
