"""The Parameters page: typology, contact date, validity period, approval, then the schedule and
the send policy (each a section of its own: schedule_section.py, policy_section.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDateTime, QLocale, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from campaign_desktop.domain.enums import ApprovalMode
from campaign_desktop.engine.delivery_edit import Choices, DeliveryDraft
from campaign_desktop.engine.settings import Settings
from campaign_desktop.ui.delivery_model import local_time
from campaign_desktop.ui.delivery_pages.page import EditorPage
from campaign_desktop.ui.delivery_pages.policy_section import PolicySection
from campaign_desktop.ui.delivery_pages.schedule_section import ScheduleSection
from campaign_desktop.ui.labels import approval_label


def _stored(moment: QDateTime) -> dt.datetime:
    """A moment picked on screen (local time) as it is stored: naive UTC."""
    return dt.datetime.fromtimestamp(moment.toSecsSinceEpoch(), dt.timezone.utc).replace(tzinfo=None)


class ParametersPage(EditorPage):
    """``timing_edited`` when what the projected finish depends on changed (the policy, the contact date)."""

    timing_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typology = QComboBox()
        self.later = QCheckBox(self.tr("Send at a later date"))
        self.contact_date = QDateTimeEdit()
        self.contact_date.setCalendarPopup(True)
        self.contact_date.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.later.toggled.connect(self._show_contact_date)
        self.validity = QDoubleSpinBox(decimals=1, minimum=0.5, maximum=24 * 30, singleStep=12)
        self.validity.setSuffix(self.tr(" h"))
        self.approval = QComboBox()
        for mode in ApprovalMode:
            self.approval.addItem(approval_label(mode), mode)
        self.schedule = ScheduleSection()
        self.policy = PolicySection()
        for combo in (self.typology, self.approval):
            combo.currentIndexChanged.connect(self._changed)
        self.validity.valueChanged.connect(self._changed)
        for timing in (self.later.toggled, self.contact_date.dateTimeChanged):
            timing.connect(self._timing_changed)
        self.schedule.edited.connect(self.edited)
        self.policy.edited.connect(self._timing_changed)
        when = QHBoxLayout()
        when.addWidget(self.later)
        when.addWidget(self.contact_date, 1)
        general = QFormLayout()
        general.addRow(self.tr("Typology"), self.typology)
        general.addRow(self.tr("Contact date"), when)
        general.addRow(self.tr("Validity period"), self.validity)
        general.addRow(self.tr("Approval"), self.approval)
        layout = QVBoxLayout(self)
        layout.addLayout(general)
        layout.addWidget(self.schedule)
        layout.addWidget(self.policy)
        layout.addStretch(1)

    def set_workspace(self, choices: Choices, settings: Settings) -> None:
        self.typology.blockSignals(True)  # filled, not chosen: load() chooses
        self.typology.clear()
        self.typology.addItem(self.tr("No typology rules"), None)
        for typology_id, name in choices.typologies:
            self.typology.addItem(name, typology_id)
        self.typology.blockSignals(False)
        self.policy.set_workspace(choices, settings)

    def _show(self, draft: DeliveryDraft) -> None:
        self.typology.setCurrentIndex(max(0, self.typology.findData(draft.typology_id)))
        self.later.setChecked(draft.contact_date is not None)
        self.contact_date.setDateTime(local_time(draft.contact_date) if draft.contact_date
                                      else QDateTime.currentDateTime().addSecs(3600))
        self.validity.setValue(draft.validity_hours)
        self.approval.setCurrentIndex(max(0, self.approval.findData(draft.approval_mode)))
        self._show_contact_date()
        self.schedule.load(draft)
        self.policy.load(draft)

    def apply(self, draft: DeliveryDraft) -> DeliveryDraft:
        draft = replace(draft, typology_id=self.typology.currentData(),
                        contact_date=_stored(self.contact_date.dateTime()) if self.later.isChecked() else None,
                        validity_hours=self.validity.value(), approval_mode=ApprovalMode(self.approval.currentData()))
        return self.policy.apply(self.schedule.apply(draft))

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for widget in (self.typology, self.later, self.validity, self.approval):
            widget.setEnabled(editable)
        self._show_contact_date()
        self.schedule.set_editable(editable)
        self.policy.set_editable(editable)

    def field_labels(self) -> dict[str, str]:
        return {"typology_id": self.tr("Typology"), "contact_date": self.tr("Contact date"),
                "validity_hours": self.tr("Validity period"), "approval_mode": self.tr("Approval"),
                "send_policy": self.tr("Send policy"), "recurrence": self.tr("Schedule")}

    @Slot()
    def _show_contact_date(self) -> None:
        self.contact_date.setEnabled(self.editable and self.later.isChecked())

    @Slot()
    def _timing_changed(self) -> None:
        if not self._loading:
            self.edited.emit()
            self.timing_edited.emit()
