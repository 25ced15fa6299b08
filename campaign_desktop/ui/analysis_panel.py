"""What the last preparation's analysis found, on the dashboard: counts, the errors, a journal link.

Its errors keep Confirm send disabled (the engine would refuse the send): the panel says
so where the marketer looks, instead of after a click.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel

from campaign_desktop.domain.enums import DeliveryState, JournalLevel
from campaign_desktop.engine.messages import Message
from campaign_desktop.ui.engine_messages import text
from campaign_desktop.ui.style import PROBLEM

#: Analysis errors listed on the dashboard (the journal has them all).
SHOWN_ERRORS = 5


class AnalysisPanel(QLabel):
    """``journal_requested()`` when its link is followed."""

    journal_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setVisible(False)
        self.linkActivated.connect(lambda _: self.journal_requested.emit())

    def show_lines(self, state: DeliveryState, lines: list[tuple[JournalLevel, Message | str]]) -> int:
        """Show a prepared delivery's errors and warnings; returns how many errors hold the send."""
        errors = [said for level, said in lines if level is JournalLevel.ERROR]
        warnings = sum(level is JournalLevel.WARNING for level, _ in lines)
        if state is not DeliveryState.PREPARED or not lines:
            self.setVisible(False)
            return 0
        counts = self.tr("Prepared with %1 and %2.").replace(
            "%1", self.tr("%n error(s)", "", len(errors))).replace("%2", self.tr("%n warning(s)", "", warnings))
        shown = [f"• {html.escape(text(said) if isinstance(said, Message) else said)}" for said in errors[:SHOWN_ERRORS]]
        if len(errors) > SHOWN_ERRORS:
            shown.append(self.tr("… and %n more.", "", len(errors) - SHOWN_ERRORS))
        fix = self.tr("Confirm send stays disabled until they are fixed and the delivery is prepared again.")
        journal = self.tr("Open the analysis journal")  # outside the f-string, where lupdate finds it
        link = f'<a href="journal">{html.escape(journal)}</a>'
        body = [f"<b>{html.escape(counts)}</b>", *shown] + ([html.escape(fix)] if errors else []) + [link]
        self.setText("<br>".join(body))
        self.setStyleSheet(PROBLEM if errors else "")
        self.setVisible(True)
        return len(errors)
