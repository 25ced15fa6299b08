"""The send policy on the Parameters page: connections, rate, daily cap, auto-pause, a sending
window, and the projected finish they imply.

What it pre-fills and what it stores are the engine's ``SendPolicy`` rules (the delivery's
own values over the workspace's defaults); this section only shows them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QLocale, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from campaign_desktop.engine.delivery_edit import Choices, DeliveryDraft
from campaign_desktop.engine.send_policy import SendPolicy, Window
from campaign_desktop.engine.settings import Settings
from campaign_desktop.ui.delivery_model import format_time
from campaign_desktop.ui.delivery_pages.page import EditorPage


class PolicySection(EditorPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = Settings()
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
        for spin in (self.connections, self.rate, self.daily_cap, self.auto_pause):
            spin.valueChanged.connect(self._changed)
        for box in (self.windowed, *self.window_days):
            box.toggled.connect(self._changed)
        for edit in (self.window_start, self.window_end):
            edit.timeChanged.connect(self._changed)
        box = QGroupBox(self.tr("Send policy"))
        policy = QFormLayout(box)
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
        for day in self.window_days:
            days.addWidget(day)
        days.addStretch(1)
        policy.addRow(self.tr("Sending window"), hours)
        policy.addRow("", days)
        policy.addRow(self.tr("Projected finish"), self.finish)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)

    def set_workspace(self, choices: Choices, settings: Settings) -> None:
        self.settings = settings  # what an untouched policy follows

    def _show(self, draft: DeliveryDraft) -> None:
        policy = SendPolicy.from_json(draft.send_policy, self.settings)
        self.connections.setValue(policy.connections)
        self.rate.setValue(policy.messages_per_second)
        self.daily_cap.setValue(policy.daily_cap)
        self.auto_pause.setValue(100 * policy.auto_pause_bounce_rate)
        self.windowed.setChecked(bool(policy.windows))
        if policy.windows:  # the first window; the others, set elsewhere, are kept by apply()
            first = policy.windows[0]
            self.window_start.setTime(QTime(first.start.hour, first.start.minute))
            self.window_end.setTime(QTime(first.end.hour, first.end.minute))
            for day, box in enumerate(self.window_days):
                box.setChecked(day in first.days)
        self._show_window()

    def apply(self, draft: DeliveryDraft) -> DeliveryDraft:
        shown = SendPolicy(connections=self.connections.value(), messages_per_second=self.rate.value(),
                           daily_cap=self.daily_cap.value(), auto_pause_bounce_rate=self.auto_pause.value() / 100,
                           windows=(self._window(),) if self.windowed.isChecked() else ())
        return replace(draft, send_policy=shown.edited_json(draft.send_policy, self.settings))

    def _window(self) -> Window:
        start, end = self.window_start.time(), self.window_end.time()
        return Window(tuple(d for d, box in enumerate(self.window_days) if box.isChecked()),
                      dt.time(start.hour(), start.minute()), dt.time(end.hour(), end.minute()))

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for widget in (self.connections, self.rate, self.daily_cap, self.auto_pause, self.windowed):
            widget.setEnabled(editable)
        self._show_window()

    @Slot()
    def _show_window(self) -> None:
        on = self.editable and self.windowed.isChecked()
        for widget in (self.window_start, self.window_end, *self.window_days):
            widget.setEnabled(on)

    def show_finish(self, finish: dt.datetime | None, messages: int, problem: str) -> None:
        """When a send of ``messages`` would end under this policy, or why it never would."""
        if finish is None:
            self.finish.setText(problem)
        else:
            self.finish.setText(self.tr("%1 (for %2 messages)").replace("%1", format_time(finish))
                                .replace("%2", QLocale().toString(messages)))
