"""The delivery editor: properties, content with a live preview, audience with a live count, parameters.

Its four pages sit beside the dashboard in the delivery's tab; the save bar under them
says what is wrong, and warns that saving a prepared delivery returns it to Draft. The
preview and the audience count are computed on the thread pool, a moment after the
typing stops, and only the latest answer is shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt, QTime, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine, select

from campaign_desktop.db.models import Delivery, utcnow
from campaign_desktop.engine.delivery_edit import (
    Choices,
    DeliveryDraft,
    Problem,
    SaveOutcome,
    audience_count,
    changed_fields,
    check_draft,
    load_draft,
    projected_finish,
    read_choices,
    render_preview,
    sample_profiles,
    save_draft,
)
from campaign_desktop.domain.enums import ApprovalMode, DeliveryState
from campaign_desktop.engine.fields import PROFILE_FIELDS
from campaign_desktop.engine.scheduler import Frequency, Recurrence
from campaign_desktop.engine.settings import Settings, load_settings
from campaign_desktop.ui import tasks
from campaign_desktop.ui.delivery_model import format_time, local_time, state_label
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.lifecycle import Action, allowed_actions
from campaign_desktop.ui.engine_messages import error_text, text
from campaign_desktop.ui.labels import approval_label, field_label, operator_label
from campaign_desktop.ui.style import PROBLEM

DEBOUNCE_MS = 300
#: Audience filter operators offered in the editor (the engine knows them all).
FILTER_OPERATORS = ("eq", "ne", "contains", "starts_with", "empty", "not_empty", "lt", "gt")


def _editable(state: DeliveryState) -> bool:
    """Whether the lifecycle lets a delivery in ``state`` be edited (Draft, Prepared)."""
    return Action.EDIT in allowed_actions(state)


@dataclass(frozen=True)
class Loaded:
    draft: DeliveryDraft
    state: DeliveryState
    choices: Choices
    settings: Settings
    to_deliver: int




def _stored(moment: QDateTime) -> dt.datetime:
    return dt.datetime.fromtimestamp(moment.toSecsSinceEpoch(), dt.timezone.utc).replace(tzinfo=None)


class FilterTable(QTableWidget):
    """The audience filter: one condition a row (field, operator, value), all of them must hold."""

    edited = Signal()

    def __init__(self) -> None:
        super().__init__(0, 3)
        self.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Operator"), self.tr("Value")])
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)

    def add_condition(self, field: str = "country", op: str = "eq", value: Any = "") -> None:
        row = self.rowCount()
        self.insertRow(row)
        fields, ops, text = QComboBox(), QComboBox(), QLineEdit(str(value or ""))
        for name in PROFILE_FIELDS:
            fields.addItem(field_label(name), name)
        for name in FILTER_OPERATORS:
            ops.addItem(operator_label(name), name)
        fields.setCurrentIndex(max(0, fields.findData(field)))
        ops.setCurrentIndex(max(0, ops.findData(op)))
        for widget in (fields, ops):
            widget.currentIndexChanged.connect(self.edited)
        text.textChanged.connect(self.edited)
        self.setCellWidget(row, 0, fields)
        self.setCellWidget(row, 1, ops)
        self.setCellWidget(row, 2, text)
        self.edited.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.selectedIndexes()} or ({self.currentRow()} - {-1}), reverse=True)
        for row in rows:
            self.removeRow(row)
        self.edited.emit()

    def conditions(self) -> list[dict[str, Any]]:
        found = []
        for row in range(self.rowCount()):
            field, op, text = (self.cellWidget(row, c) for c in range(3))
            found.append({"field": field.currentData(), "op": op.currentData(), "value": text.text()})
        return found

    def set_conditions(self, conditions: list[dict[str, Any]]) -> None:
        self.setRowCount(0)
        for c in conditions:
            self.add_condition(c.get("field", "country"), c.get("op", "eq"), c.get("value"))


class DeliveryEditor(QObject):
    """The editor's pages (``pages``) and its save bar (``save_bar``), laid out by the dashboard.

    ``saved(outcome)`` after a save; ``dirty_changed(bool)`` when unsaved edits appear or go.
    """

    saved = Signal(object)
    dirty_changed = Signal(bool)

    def __init__(self, engine: Engine, delivery_id: int, parent: QWidget, operator: Callable[[], str]) -> None:
        """``operator`` tells who is signed in now: saving is done (and its role checked) as them."""
        super().__init__(parent)
        self.engine, self.delivery_id, self.operator = engine, delivery_id, operator
        self.loaded: Loaded | None = None
        self.dirty = False
        self.editable = False
        self._filling = False
        self._insert_into: QObject | None = None  # the content field the field picker inserts into
        self._saving: DeliveryDraft | None = None
        self._tasks: dict[str, tasks.Task] = {}
        self._generation = {"preview": 0, "count": 0}
        self._preview_timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._count_timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._count_timer.timeout.connect(self.refresh_count)
        self.pages = [
            (self._properties_page(), self.tr("Properties")),
            (self._content_page(), self.tr("Content")),
            (self._audience_page(), self.tr("Audience")),
            (self._parameters_page(), self.tr("Parameters")),
        ]
        self.save_bar = self._save_bar()
        self._connect_edits()

    # --- pages ------------------------------------------------------------------------------
    def _properties_page(self) -> QWidget:
        self.label = QLineEdit()
        self.internal_name = QLineEdit()
        self.from_name = QLineEdit()
        self.from_address = QLineEdit()
        self.reply_to = QLineEdit()
        self.error_address = QLineEdit()
        self.error_address.setPlaceholderText(self.tr("Bounces come back here (the envelope sender)"))
        form = QFormLayout()
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.tr("Internal name"), self.internal_name)
        form.addRow(self.tr("Sender name"), self.from_name)
        form.addRow(self.tr("Sender address"), self.from_address)
        form.addRow(self.tr("Reply-to address"), self.reply_to)
        form.addRow(self.tr("Error address"), self.error_address)
        page = QWidget()
        page.setLayout(form)
        return page

    def _content_page(self) -> QWidget:
        self.subject = QLineEdit()
        self.html = QPlainTextEdit()
        self.html.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Left empty, the text part is generated from the HTML."))
        self.field_picker = QToolButton()
        self.field_picker.setText(self.tr("Insert a field"))
        self.field_picker.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.field_picker)
        for name in PROFILE_FIELDS:
            menu.addAction(field_label(name)).setData(f"{{{{ recipient.{name} }}}}")
        menu.addSeparator()
        menu.addAction(self.tr("Unsubscribe link")).setData("{{ unsubscribe_url }}")
        menu.addAction(self.tr("Mirror page link")).setData("{{ mirror_url }}")
        menu.triggered.connect(self.insert_field)
        self.field_picker.setMenu(menu)
        self.bodies = QTabWidget()
        self.bodies.addTab(self.html, self.tr("HTML"))
        self.bodies.addTab(self.text, self.tr("Text"))
        subject_row = QHBoxLayout()
        subject_row.addWidget(QLabel(self.tr("Subject")))
        subject_row.addWidget(self.subject, 1)
        subject_row.addWidget(self.field_picker)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(subject_row)
        left_layout.addWidget(self.bodies, 1)
        self.sample = QComboBox()
        self.sample.setMinimumContentsLength(24)
        self.sample.currentIndexChanged.connect(self._preview_timer.start)
        self.preview_subject = QLabel()
        self.preview_subject.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_subject.setStyleSheet("font-weight: 600;")
        self.preview_subject.setWordWrap(True)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview_problem = QLabel()
        self.preview_problem.setStyleSheet(PROBLEM)
        self.preview_problem.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        sample_row = QHBoxLayout()
        sample_row.addWidget(QLabel(self.tr("Preview for")))
        sample_row.addWidget(self.sample, 1)
        right_layout.addLayout(sample_row)
        right_layout.addWidget(self.preview_subject)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.preview_problem)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([500, 400])
        page = QWidget()
        QVBoxLayout(page).addWidget(splitter)
        return page

    def _audience_page(self) -> QWidget:
        self.audience_list = QComboBox()
        self.filters = FilterTable()
        add, remove = QPushButton(self.tr("Add a condition")), QPushButton(self.tr("Remove"))
        add.clicked.connect(lambda: self.filters.add_condition())
        remove.clicked.connect(self.filters.remove_selected)
        self.filter_buttons = (add, remove)
        self.count = QLabel()
        self.count.setStyleSheet("font-size: 16px; font-weight: 600;")
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Profiles from"), self.audience_list)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Keep the profiles that match every condition:")))
        layout.addWidget(self.filters, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.count)
        return page

    def _parameters_page(self) -> QWidget:
        self.typology = QComboBox()
        self.later = QCheckBox(self.tr("Send at a later date"))
        self.contact_date = QDateTimeEdit()
        self.contact_date.setCalendarPopup(True)
        self.contact_date.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.later.toggled.connect(self.contact_date.setEnabled)
        self.validity = QDoubleSpinBox(decimals=1, minimum=0.5, maximum=24 * 30, singleStep=12)
        self.validity.setSuffix(self.tr(" h"))
        self.approval = QComboBox()
        for mode in ApprovalMode:
            self.approval.addItem(approval_label(mode), mode)
        self.connections = QSpinBox(minimum=1, maximum=64)
        self.rate = QDoubleSpinBox(decimals=1, minimum=0, maximum=100_000, singleStep=50)
        self.rate.setSpecialValueText(self.tr("As fast as the server takes them"))
        self.rate.setSuffix(self.tr(" messages/s"))
        self.daily_cap = QSpinBox(minimum=0, maximum=100_000_000, singleStep=1000)
        self.daily_cap.setSpecialValueText(self.tr("No cap"))
        self.auto_pause = QDoubleSpinBox(decimals=1, minimum=0, maximum=100, singleStep=5)
        self.auto_pause.setSpecialValueText(self.tr("Never"))
        self.auto_pause.setSuffix(self.tr(" % bounces"))
        self.finish = QLabel()
        self.finish.setWordWrap(True)
        self.windowed = QCheckBox(self.tr("Send only between"))
        self.window_start, self.window_end = QTimeEdit(QTime(8, 0)), QTimeEdit(QTime(20, 0))
        self.window_days = [QCheckBox(QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat)) for day in range(7)]
        for box in self.window_days[:5]:
            box.setChecked(True)
        self.windowed.toggled.connect(self._show_window)
        self.frequency = QComboBox()
        self.frequency.addItem(self.tr("Once"), None)
        self.frequency.addItem(self.tr("Every day"), Frequency.DAILY)
        self.frequency.addItem(self.tr("Every week"), Frequency.WEEKLY)
        self.run_at = QTimeEdit(QTime(9, 0))
        self.weekday = QComboBox()
        for day in range(7):
            self.weekday.addItem(QLocale().dayName(day + 1), day)
        self.confirm_each = QCheckBox(self.tr("Ask for confirmation before each send"))
        self.next_run = QLabel()
        self.frequency.currentIndexChanged.connect(self._show_recurrence)
        when = QHBoxLayout()
        when.addWidget(self.later)
        when.addWidget(self.contact_date, 1)
        general = QFormLayout()
        general.addRow(self.tr("Typology"), self.typology)
        general.addRow(self.tr("Contact date"), when)
        general.addRow(self.tr("Validity period"), self.validity)
        general.addRow(self.tr("Approval"), self.approval)
        policy_box = QGroupBox(self.tr("Send policy"))
        policy = QFormLayout(policy_box)
        policy.addRow(self.tr("Connections"), self.connections)
        policy.addRow(self.tr("Rate"), self.rate)
        policy.addRow(self.tr("Daily cap"), self.daily_cap)
        policy.addRow(self.tr("Pause automatically above"), self.auto_pause)
        hours = QHBoxLayout()
        hours.addWidget(self.windowed)
        hours.addWidget(self.window_start)
        hours.addWidget(QLabel(self.tr("and")))
        hours.addWidget(self.window_end)
        hours.addStretch(1)
        days = QHBoxLayout()
        for box in self.window_days:
            days.addWidget(box)
        days.addStretch(1)
        policy.addRow(self.tr("Sending window"), hours)
        policy.addRow("", days)
        policy.addRow(self.tr("Projected finish"), self.finish)
        schedule_box = QGroupBox(self.tr("Schedule"))
        schedule = QFormLayout(schedule_box)
        schedule.addRow(self.tr("Repeat"), self.frequency)
        schedule.addRow(self.tr("At"), self.run_at)
        schedule.addRow(self.tr("On"), self.weekday)
        schedule.addRow("", self.confirm_each)
        schedule.addRow(self.tr("Next run"), self.next_run)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(general)
        layout.addWidget(schedule_box)
        layout.addWidget(policy_box)
        layout.addStretch(1)
        return page

    def _save_bar(self) -> QWidget:
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(PROBLEM)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.revert_button.clicked.connect(self.revert)
        self.save_button.clicked.connect(self.save)
        bar = QWidget()
        layout = QHBoxLayout(bar)
        texts = QVBoxLayout()
        texts.addWidget(self.notice)
        texts.addWidget(self.problems)
        layout.addLayout(texts, 1)
        layout.addWidget(self.revert_button)
        layout.addWidget(self.save_button)
        return bar

    def _connect_edits(self) -> None:
        for line in (self.label, self.internal_name, self.from_name, self.from_address, self.reply_to, self.error_address):
            line.textChanged.connect(self._edited)
        self.subject.textChanged.connect(self._content_edited)
        self.html.textChanged.connect(self._content_edited)
        self.text.textChanged.connect(self._content_edited)
        for field in (self.subject, self.html, self.text):
            field.cursorPositionChanged.connect(self._cursor_moved)
        self.audience_list.currentIndexChanged.connect(self._audience_edited)
        self.filters.edited.connect(self._audience_edited)
        for combo in (self.typology, self.approval, self.frequency, self.weekday):
            combo.currentIndexChanged.connect(self._edited)
        self.run_at.timeChanged.connect(self._edited)
        self.confirm_each.toggled.connect(self._edited)
        self.later.toggled.connect(self._policy_edited)
        self.contact_date.dateTimeChanged.connect(self._policy_edited)
        for spin in (self.validity, self.connections, self.rate, self.daily_cap, self.auto_pause):
            spin.valueChanged.connect(self._policy_edited)
        for box in (self.windowed, *self.window_days):
            box.toggled.connect(self._policy_edited)
        for edit in (self.window_start, self.window_end):
            edit.timeChanged.connect(self._policy_edited)

    # --- loading and filling --------------------------------------------------------------------
    def load(self) -> None:
        engine, delivery_id = self.engine, self.delivery_id

        def read() -> Loaded:
            with engine.connect() as conn:
                draft, state = load_draft(conn, delivery_id)
                to_deliver = conn.execute(select(Delivery.to_deliver).where(Delivery.id == delivery_id)).scalar_one()
                return Loaded(draft, state, read_choices(conn), load_settings(conn), to_deliver)

        self._start("load", read, self.on_loaded)

    def _start(self, name: str, function: Any, on_finished: Any) -> None:
        self._tasks[name] = tasks.start(function, on_finished, self.on_failed)

    @Slot(object)
    def on_loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self._fill(loaded)
        self.set_editable(_editable(loaded.state))
        self._set_dirty(False)
        self.refresh_count()
        self.refresh_samples()

    def _fill(self, loaded: Loaded) -> None:
        draft, choices = loaded.draft, loaded.choices
        self._filling = True
        try:
            for name in ("label", "internal_name", "from_name", "from_address", "reply_to", "error_address", "subject"):
                getattr(self, name).setText(getattr(draft, name))
            self.html.setPlainText(draft.html)
            self.text.setPlainText(draft.text)
            self.audience_list.clear()
            self.audience_list.addItem(self.tr("The whole profile base"), None)
            for list_id, name in choices.lists:
                self.audience_list.addItem(self.tr("The list %1").replace("%1", name), list_id)
            self.audience_list.setCurrentIndex(max(0, self.audience_list.findData(draft.audience_list_id)))
            self.filters.set_conditions(draft.audience_filter)
            self.typology.clear()
            self.typology.addItem(self.tr("No typology rules"), None)
            for typology_id, name in choices.typologies:
                self.typology.addItem(name, typology_id)
            self.typology.setCurrentIndex(max(0, self.typology.findData(draft.typology_id)))
            self.later.setChecked(draft.contact_date is not None)
            self.contact_date.setEnabled(draft.contact_date is not None)
            self.contact_date.setDateTime(local_time(draft.contact_date) if draft.contact_date
                                          else QDateTime.currentDateTime().addSecs(3600))
            self.validity.setValue(draft.validity_hours)
            self.approval.setCurrentIndex(max(0, self.approval.findData(draft.approval_mode)))
            policy, settings = draft.send_policy, loaded.settings
            self.connections.setValue(int(policy.get("connections", settings.connections)))
            self.rate.setValue(float(policy.get("messages_per_second", settings.messages_per_second)))
            self.daily_cap.setValue(int(policy.get("daily_cap", settings.daily_cap)))
            self.auto_pause.setValue(100 * float(policy.get("auto_pause_bounce_rate", settings.auto_pause_bounce_rate)))
            windows = policy.get("windows") or []
            self.windowed.setChecked(bool(windows))
            if windows:  # the editor shows the first window; others, set elsewhere, are kept
                first = windows[0]
                self.window_start.setTime(QTime.fromString(first["start"][:5], "HH:mm"))
                self.window_end.setTime(QTime.fromString(first["end"][:5], "HH:mm"))
                chosen = set(first.get("days", range(7)))
                for day, box in enumerate(self.window_days):
                    box.setChecked(day in chosen)
            self._show_window()
            recurrence = Recurrence.from_json(draft.recurrence) if draft.recurrence else None
            self.frequency.setCurrentIndex(max(0, self.frequency.findData(recurrence.frequency if recurrence else None)))
            if recurrence is not None:
                self.run_at.setTime(QTime(recurrence.at.hour, recurrence.at.minute))
                self.weekday.setCurrentIndex(recurrence.weekday)
                self.confirm_each.setChecked(recurrence.confirm_each)
            self.next_run.setText(format_time(recurrence.next_run) if recurrence and recurrence.next_run else self.tr("—"))
            self._show_recurrence()
        finally:
            self._filling = False

    def draft(self) -> DeliveryDraft:
        """The draft as the widgets show it now."""
        assert self.loaded is not None
        base = self.loaded.draft
        policy = dict(base.send_policy)
        policy.update(connections=self.connections.value(), messages_per_second=self.rate.value(),
                      daily_cap=self.daily_cap.value(), auto_pause_bounce_rate=round(self.auto_pause.value() / 100, 4))
        policy.pop("windows", None)
        if self.windowed.isChecked():
            window = {"days": [d for d, box in enumerate(self.window_days) if box.isChecked()],
                      "start": self.window_start.time().toString("HH:mm"), "end": self.window_end.time().toString("HH:mm")}
            policy["windows"] = [window, *(base.send_policy.get("windows") or [])[1:]]
        if policy == self._default_policy(base) and not base.send_policy:
            policy = {}  # untouched: keep following the workspace's defaults
        return replace(
            base,
            label=self.label.text(), internal_name=self.internal_name.text().strip(), from_name=self.from_name.text(),
            from_address=self.from_address.text().strip(), reply_to=self.reply_to.text().strip(),
            error_address=self.error_address.text().strip(), subject=self.subject.text(),
            html=self.html.toPlainText(), text=self.text.toPlainText(),
            audience_list_id=self.audience_list.currentData(), audience_filter=self.filters.conditions(),
            typology_id=self.typology.currentData(),
            contact_date=_stored(self.contact_date.dateTime()) if self.later.isChecked() else None,
            validity_hours=self.validity.value(), approval_mode=ApprovalMode(self.approval.currentData()),
            send_policy=policy, recurrence=self._recurrence(base),
        )

    def _recurrence(self, base: DeliveryDraft) -> dict[str, Any] | None:
        frequency = self.frequency.currentData()
        if frequency is None:
            return None
        at = self.run_at.time()
        chosen = Recurrence(frequency, dt.time(at.hour(), at.minute()), self.weekday.currentData(), self.confirm_each.isChecked())
        if base.recurrence:
            stored = Recurrence.from_json(base.recurrence)
            if replace(stored, next_run=None) == chosen:
                return base.recurrence  # unchanged: keep its next run
        return replace(chosen, next_run=chosen.following(utcnow())).as_json()

    @Slot()
    def _show_window(self) -> None:
        on = self.editable and self.windowed.isChecked()
        for widget in (self.window_start, self.window_end, *self.window_days):
            widget.setEnabled(on)

    @Slot()
    def _show_recurrence(self) -> None:
        recurring = self.frequency.currentData() is not None
        self.run_at.setEnabled(self.editable and recurring)
        self.weekday.setEnabled(self.editable and self.frequency.currentData() is Frequency.WEEKLY)
        self.confirm_each.setEnabled(self.editable and recurring)

    def _default_policy(self, base: DeliveryDraft) -> dict[str, Any]:
        assert self.loaded is not None
        s = self.loaded.settings
        return {"connections": s.connections, "messages_per_second": s.messages_per_second, "daily_cap": s.daily_cap,
                "auto_pause_bounce_rate": round(s.auto_pause_bounce_rate, 4)}

    def set_editable(self, editable: bool) -> None:
        """Read-only while the delivery is past Prepared or the engine works on it."""
        self.editable = editable and self.loaded is not None and _editable(self.loaded.state)
        for widget in (self.label, self.internal_name, self.from_name, self.from_address, self.reply_to,
                       self.error_address, self.subject):
            widget.setReadOnly(not self.editable)
        self.html.setReadOnly(not self.editable)
        self.text.setReadOnly(not self.editable)
        for widget in (self.field_picker, self.audience_list, self.filters, *self.filter_buttons, self.typology, self.later,
                       self.validity, self.approval, self.connections, self.rate, self.daily_cap, self.auto_pause,
                       self.frequency, self.windowed):
            widget.setEnabled(self.editable)
        self.contact_date.setEnabled(self.editable and self.later.isChecked())
        self._show_recurrence()
        self._show_window()
        self._show_bar()

    # --- edits ---------------------------------------------------------------------------------
    @Slot()
    def _edited(self) -> None:
        if self._filling or self.loaded is None:
            return
        self._set_dirty(bool(changed_fields(self.loaded.draft, self.draft())))

    @Slot()
    def _content_edited(self) -> None:
        self._edited()
        if not self._filling:
            self._preview_timer.start()

    @Slot()
    def _audience_edited(self) -> None:
        self._edited()
        if not self._filling:
            self._count_timer.start()

    @Slot()
    def _policy_edited(self) -> None:
        self._edited()
        if not self._filling:
            self._count_timer.start()  # the projected finish follows the policy

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self.dirty
        self.dirty = dirty
        self._show_bar()
        if changed:
            self.dirty_changed.emit(dirty)

    def _show_bar(self) -> None:
        self.save_button.setEnabled(self.editable and self.dirty)
        self.revert_button.setEnabled(self.editable and self.dirty)
        state = self.loaded.state if self.loaded is not None else None
        if state is not None and not _editable(state):
            self.notice.setText(self.tr("This delivery is %1: it can no longer be edited. Duplicate it to send it again.")
                                .replace("%1", state_label(state)))
        elif self.dirty and state is DeliveryState.PREPARED:
            self.notice.setText(self.tr("This delivery is prepared: saving these changes returns it to Draft, "
                                        "and it must be prepared again."))
        elif self.dirty:
            self.notice.setText(self.tr("Unsaved changes."))
        else:
            self.notice.setText("")
        if not self.dirty:
            self.problems.setText("")

    @Slot()
    def _cursor_moved(self) -> None:
        if not self._filling:
            self._insert_into = self.sender()

    @Slot(QAction)
    def insert_field(self, action: QAction) -> None:
        """Insert the picked field at the cursor of the content field the marketer was last in:
        the subject, or the HTML or text body."""
        code, target = action.data(), self._insert_into
        if target is self.subject:
            self.subject.insert(code)
            self.subject.setFocus()
            return
        editor = target if isinstance(target, QPlainTextEdit) else self.bodies.currentWidget()
        assert isinstance(editor, QPlainTextEdit)
        self.bodies.setCurrentWidget(editor)
        editor.insertPlainText(code)
        editor.setFocus()

    # --- save and revert -------------------------------------------------------------------------
    @Slot()
    def save(self) -> None:
        if self.loaded is None or not self.dirty:
            return
        draft = self.draft()
        self.save_button.setEnabled(False)
        engine, delivery_id, operator = self.engine, self.delivery_id, self.operator()
        self._saving = draft

        def checked_save() -> SaveOutcome | list[Problem]:
            # compiling the templates is checked off the GUI thread too: a template is the marketer's code
            return check_draft(draft) or save_draft(engine, delivery_id, draft, operator)

        self._start("save", checked_save, self.on_saved)

    @Slot(object)
    def on_saved(self, outcome: SaveOutcome | list[Problem]) -> None:
        if isinstance(outcome, list):
            self.problems.setText("\n".join(f"• {field_label(p.field)}: {text(p.message)}" for p in outcome))
            self._show_bar()
            self.save_button.setEnabled(self.editable and self.dirty)
            return
        if self.loaded is not None and self._saving is not None:  # saved: no longer unsaved, before the reload
            self.loaded = replace(self.loaded, draft=self._saving)
            self._set_dirty(bool(changed_fields(self._saving, self.draft())))
        self.saved.emit(outcome)
        self.load()

    @Slot()
    def revert(self) -> None:
        if self.loaded is not None:
            self.on_loaded(self.loaded)

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.problems.setText(message)
        self._show_bar()
        self.save_button.setEnabled(self.editable and self.dirty)

    # --- background figures ------------------------------------------------------------------------
    @Slot()
    def refresh_count(self) -> None:
        """The audience's size and the projected finish, from the database (on the pool)."""
        if self.loaded is None:
            return
        draft, engine, loaded = self.draft(), self.engine, self.loaded
        self._generation["count"] += 1
        generation = self._generation["count"]

        def count() -> tuple[int, int, dt.datetime | None, str]:
            with engine.connect() as conn:
                targeted = audience_count(conn, draft.audience_list_id, draft.audience_filter)
            messages = loaded.to_deliver if loaded.state is DeliveryState.PREPARED and not changed_fields(loaded.draft, draft) else targeted
            start = max(draft.contact_date or utcnow(), utcnow())
            try:
                return generation, targeted, projected_finish(draft, messages, loaded.settings, start), ""
            except EngineError as exc:  # sending windows that never open
                return generation, targeted, None, error_text(exc)

        self.count.setText(self.tr("Counting…"))
        self._start("count", count, self.on_counted)

    @Slot(object)
    def on_counted(self, result: tuple[int, int, dt.datetime | None, str]) -> None:
        generation, targeted, finish, problem = result
        if generation != self._generation["count"]:
            return  # an older answer: the audience changed since
        locale = QLocale()
        self.count.setText(self.tr("%1 profiles targeted").replace("%1", locale.toString(targeted)))
        if finish is None:
            self.finish.setText(problem)
        else:
            self.finish.setText(self.tr("%1 (for %2 messages)").replace(
                "%1", format_time(finish)).replace("%2", locale.toString(targeted)))

    def refresh_samples(self) -> None:
        if self.loaded is None:
            return
        draft, engine = self.loaded.draft, self.engine

        def read() -> list[tuple[int, str]]:
            with engine.connect() as conn:
                return sample_profiles(conn, draft.audience_list_id, draft.audience_filter)

        self._start("samples", read, self.on_samples)

    @Slot(object)
    def on_samples(self, samples: list[tuple[int, str]]) -> None:
        chosen = self.sample.currentData()
        self.sample.blockSignals(True)
        self.sample.clear()
        for profile_id, shown in samples:
            self.sample.addItem(shown, profile_id)
        self.sample.setCurrentIndex(max(0, self.sample.findData(chosen)))
        self.sample.blockSignals(False)
        self.refresh_preview()

    @Slot()
    def refresh_preview(self) -> None:
        if self.loaded is None:
            return
        draft, engine, profile_id = self.draft(), self.engine, self.sample.currentData()
        self._generation["preview"] += 1
        generation = self._generation["preview"]

        def render() -> tuple[int, Any, str]:
            try:
                with engine.connect() as conn:
                    return generation, render_preview(conn, draft, profile_id), ""
            except EngineError as exc:  # TemplateProblem, RenderProblem, AudienceError: shown, not raised
                return generation, None, error_text(exc)

        self._start("preview", render, self.on_preview)

    @Slot(object)
    def on_preview(self, result: tuple[int, Any, str]) -> None:
        generation, message, problem = result
        if generation != self._generation["preview"]:
            return
        self.preview_problem.setText(problem)
        if message is not None:
            self.preview_subject.setText(message.subject)
            self.preview.setHtml(message.html)
