"""A KPI tile: a big figure, its name, its share, a secondary line (the figures that make it up),
and on hover the formula with its numbers."""

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
        self.detail = QLabel("")  # e.g. "Hard 12 · other errors 3": how the figure breaks down
        self.detail.setStyleSheet("color: #5b6673; font-size: 11px;")
        self.detail.setWordWrap(True)
        self.detail.setVisible(False)
        layout = QVBoxLayout(self)
        for label in (self.title, self.value, self.share, self.detail):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(label)
        self.setToolTip(formula)
        self.setMinimumWidth(130)

    def show_figure(self, value: int | None, share: float | None = None, detail: str | None = None,
                    formula: str | None = None) -> None:
        """``detail`` and ``formula`` replace the secondary line and the tooltip when given."""
        locale = QLocale()
        self.value.setText("—" if value is None else locale.toString(value))
        self.share.setText("" if share is None else percent(share))
        self.explain(detail, formula)

    def explain(self, detail: str | None, formula: str | None = None) -> None:
        """The secondary line (hidden when empty) and the tooltip; ``None`` keeps what is there."""
        if detail is not None:
            self.detail.setText(detail)
            self.detail.setVisible(bool(detail))
        if formula is not None:
            self.setToolTip(formula)


def percent(share: float) -> str:
    """A share as the user's locale writes a percentage with one decimal."""
    return QLocale().toString(share * 100, "f", 1) + " %"
