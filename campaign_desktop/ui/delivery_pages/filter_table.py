"""The audience filter as a table: one condition a row (field, operator, value), all of them must hold."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableWidget

from campaign_desktop.engine.fields import PROFILE_FIELDS
from campaign_desktop.ui.labels import field_label, operator_label

#: Audience filter operators offered in the editor (the engine knows them all).
FILTER_OPERATORS = ("eq", "ne", "contains", "starts_with", "empty", "not_empty", "lt", "gt")


class FilterTable(QTableWidget):
    """``edited`` when a condition is added, removed or changed."""

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
