"""A KPI tile: a big figure, its name, its share, and on hover the formula and denominator."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout


class KpiTile(QFrame):
    def __init__(self, title: str, formula: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("kpi")
        self.setStyleSheet("#kpi { background: #ffffff; border: 1px solid #d9dde3; border-radius: 6px; }")
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 22px; font-weight: 600; color: #1f2a37;")
        self.share = QLabel("")
        self.share.setStyleSheet("color: #5b6673;")
        self.title = QLabel(title)
        self.title.setStyleSheet("color: #5b6673; text-transform: uppercase; font-size: 11px;")
        layout = QVBoxLayout(self)
        for label in (self.title, self.value, self.share):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(label)
        self.setToolTip(formula)
        self.setMinimumWidth(130)

    def show_figure(self, value: int | None, share: float | None = None) -> None:
        locale = QLocale()
        self.value.setText("—" if value is None else locale.toString(value))
        self.share.setText("" if share is None else locale.toString(share * 100, "f", 1) + " %")
