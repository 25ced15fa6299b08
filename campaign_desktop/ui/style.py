"""The few looks the screens share, named once: page titles, problems in red, success in green."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

TITLE = "font-size: 18px; font-weight: 600;"
PROBLEM = "color: #b00020;"
SUCCESS = "color: #1b7f3b;"


def page_title(text: str) -> QLabel:
    """The bold title at the top left of a page."""
    label = QLabel(text)
    label.setStyleSheet(TITLE)
    return label
