"""The Audience page: who is targeted (a list, conditions, with the live count), who is held back
as the control group, and the seed addresses that get a copy.

The count is computed in the background by the editor, a moment after the audience changes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QLocale, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from campaign_desktop.engine.delivery_edit import Choices, DeliveryDraft
from campaign_desktop.engine.settings import Settings
from campaign_desktop.ui.delivery_pages.filter_table import FilterTable
from campaign_desktop.ui.delivery_pages.page import AddressCheck, EditorPage

#: Seed addresses are typed one a line; commas and semicolons separate them too (a pasted list).
_SEPARATORS = re.compile(r"[\n,;]+")


def seed_list(typed: str) -> list[str]:
    """The addresses typed in the seed field, in order, blanks dropped."""
    return [a.strip() for a in _SEPARATORS.split(typed) if a.strip()]


class AudiencePage(EditorPage):
    """``targeting_edited`` when who is targeted changed (the list, the conditions): the count follows."""

    targeting_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audience_list = QComboBox()
        self.filters = FilterTable()
        add, remove = QPushButton(self.tr("Add a condition")), QPushButton(self.tr("Remove"))
        add.clicked.connect(self._add_condition)
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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Keep the profiles that match every condition:")))
        layout.addWidget(self.filters, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.count)
        layout.addWidget(self._held_back_and_seeds())
        self.audience_list.currentIndexChanged.connect(self._targeting_changed)
        self.filters.edited.connect(self._targeting_changed)
        self.control_group.currentIndexChanged.connect(self._changed)
        self.seeds.textChanged.connect(self._changed)
        self.seeds.textChanged.connect(self._check_seeds)

    def _held_back_and_seeds(self) -> QWidget:
        self.control_group = QComboBox()
        self.control_group.setToolTip(self.tr(
            "Members of this list are not sent the message (excluded as the control group) when the "
            "delivery's typology applies the control group rule."))
        self.seeds = QPlainTextEdit()
        self.seeds.setPlaceholderText(self.tr("One address a line: each gets a copy, counted in no figure"))
        self.seeds.setMaximumHeight(90)
        self.seeds_check = AddressCheck()
        seeds = QVBoxLayout()
        seeds.addWidget(self.seeds)
        seeds.addWidget(self.seeds_check)
        box = QGroupBox(self.tr("Control group and seed addresses"))
        form = QFormLayout(box)
        form.addRow(self.tr("Control group"), self.control_group)
        form.addRow(self.tr("Seed addresses"), seeds)
        return box

    def set_workspace(self, choices: Choices, settings: Settings) -> None:
        self.audience_list.blockSignals(True)  # filled, not chosen: load() chooses
        self.control_group.blockSignals(True)
        self.audience_list.clear()
        self.audience_list.addItem(self.tr("The whole profile base"), None)
        self.control_group.clear()
        self.control_group.addItem(self.tr("No control group"), None)
        for list_id, name in choices.lists:
            self.audience_list.addItem(self.tr("The list %1").replace("%1", name), list_id)
            self.control_group.addItem(name, list_id)
        self.audience_list.blockSignals(False)
        self.control_group.blockSignals(False)

    def _show(self, draft: DeliveryDraft) -> None:
        self.audience_list.setCurrentIndex(max(0, self.audience_list.findData(draft.audience_list_id)))
        self.filters.set_conditions(draft.audience_filter)
        self.control_group.setCurrentIndex(max(0, self.control_group.findData(draft.control_group_list_id)))
        self.seeds.setPlainText("\n".join(draft.seed_addresses))

    def apply(self, draft: DeliveryDraft) -> DeliveryDraft:
        return replace(draft, audience_list_id=self.audience_list.currentData(), audience_filter=self.filters.conditions(),
                       control_group_list_id=self.control_group.currentData(),
                       seed_addresses=seed_list(self.seeds.toPlainText()))

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for widget in (self.audience_list, self.filters, *self.filter_buttons, self.control_group):
            widget.setEnabled(editable)
        self.seeds.setReadOnly(not editable)

    def field_labels(self) -> dict[str, str]:
        return {"audience_list_id": self.tr("Profiles from"), "audience_filter": self.tr("Audience"),
                "control_group_list_id": self.tr("Control group"), "seed_addresses": self.tr("Seed addresses")}

    @Slot()
    def _targeting_changed(self) -> None:
        if not self._loading:
            self.edited.emit()
            self.targeting_edited.emit()

    @Slot()
    def _add_condition(self) -> None:
        self.filters.add_condition()

    @Slot()
    def _check_seeds(self) -> None:
        self.seeds_check.check(seed_list(self.seeds.toPlainText()))

    # --- what the background reads found ---------------------------------------------------------
    def show_counting(self) -> None:
        self.count.setText(self.tr("Counting…"))

    def show_count(self, targeted: int) -> None:
        self.count.setText(self.tr("%1 profiles targeted").replace("%1", QLocale().toString(targeted)))
