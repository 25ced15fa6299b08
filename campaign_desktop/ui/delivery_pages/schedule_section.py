"""The schedule on the Parameters page: send once, or repeat every day or week at a time, with or
without a confirmation before each send (engine/scheduler.py makes the occurrences)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QLocale, QTime, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QTimeEdit, QVBoxLayout, QWidget

from campaign_desktop.db.models import utcnow
from campaign_desktop.engine.delivery_edit import DeliveryDraft
from campaign_desktop.engine.scheduler import Frequency, Recurrence
from campaign_desktop.ui.delivery_model import format_time
from campaign_desktop.ui.delivery_pages.page import EditorPage


class ScheduleSection(EditorPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        for combo in (self.frequency, self.weekday):
            combo.currentIndexChanged.connect(self._changed)
        self.run_at.timeChanged.connect(self._changed)
        self.confirm_each.toggled.connect(self._changed)
        box = QGroupBox(self.tr("Schedule"))
        form = QFormLayout(box)
        form.addRow(self.tr("Repeat"), self.frequency)
        form.addRow(self.tr("At"), self.run_at)
        form.addRow(self.tr("On"), self.weekday)
        form.addRow("", self.confirm_each)
        form.addRow(self.tr("Next run"), self.next_run)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)

    def _show(self, draft: DeliveryDraft) -> None:
        recurrence = Recurrence.from_json(draft.recurrence) if draft.recurrence else None
        self.frequency.setCurrentIndex(max(0, self.frequency.findData(recurrence.frequency if recurrence else None)))
        if recurrence is not None:
            self.run_at.setTime(QTime(recurrence.at.hour, recurrence.at.minute))
            self.weekday.setCurrentIndex(recurrence.weekday)
            self.confirm_each.setChecked(recurrence.confirm_each)
        self.next_run.setText(format_time(recurrence.next_run) if recurrence and recurrence.next_run else self.tr("—"))
        self._show_recurrence()

    def apply(self, draft: DeliveryDraft) -> DeliveryDraft:
        return replace(draft, recurrence=self._recurrence(draft.recurrence))

    def _recurrence(self, stored: dict[str, Any] | None) -> dict[str, Any] | None:
        frequency = self.frequency.currentData()
        if frequency is None:
            return None
        at = self.run_at.time()
        chosen = Recurrence(frequency, dt.time(at.hour(), at.minute()), self.weekday.currentData(), self.confirm_each.isChecked())
        if stored and replace(Recurrence.from_json(stored), next_run=None) == chosen:
            return stored  # unchanged: keep its next run
        return replace(chosen, next_run=chosen.following(utcnow())).as_json()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.frequency.setEnabled(editable)
        self._show_recurrence()

    @Slot()
    def _show_recurrence(self) -> None:
        recurring = self.frequency.currentData() is not None
        self.run_at.setEnabled(self.editable and recurring)
        self.weekday.setEnabled(self.editable and self.frequency.currentData() is Frequency.WEEKLY)
        self.confirm_each.setEnabled(self.editable and recurring)
