"""The dashboard's action bar: one button an action of the lifecycle, enabled as the engine allows.

Which buttons work is never decided here: ``show`` takes the engine's
``allowed_actions(state, job)`` (engine/lifecycle.py) for the delivery as it stands — this
window's own job, or a send run by another process — and only adds what the screen knows
and the engine cannot: unsaved edits, and analysis errors that the engine would refuse.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from campaign_desktop.engine.lifecycle import Action

#: Buttons that appear only when their action is possible; the others are greyed out instead.
TRANSIENT = frozenset({Action.STOP_PREPARATION, Action.PAUSE, Action.RESUME, Action.STOP, Action.STOP_FOLLOWING})
#: What cannot be done while the editor holds unsaved changes.
NEEDS_SAVED = frozenset({Action.PREPARE, Action.CONFIRM_SEND, Action.PROOF})


class ActionBar(QWidget):
    """``triggered(action)`` when a button is clicked."""

    triggered = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        labels = {
            Action.PREPARE: self.tr("Prepare"),
            Action.STOP_PREPARATION: self.tr("Stop preparation"),
            Action.CONFIRM_SEND: self.tr("Confirm send"),
            Action.PAUSE: self.tr("Pause"),
            Action.RESUME: self.tr("Resume"),
            Action.STOP: self.tr("Stop"),
            Action.STOP_FOLLOWING: self.tr("Stop following"),
            Action.PROOF: self.tr("Proof"),
            Action.LOGS: self.tr("Logs"),
            Action.COMPUTE_STATS: self.tr("Compute stats"),
        }
        self.tips = {
            Action.COMPUTE_STATS: self.tr("Count every indicator again from the sending logs and the tracking"),
            Action.PROOF: self.tr("Send the message to test addresses, with [Proof n] before the subject"),
            Action.STOP_FOLLOWING: self.tr("Stop following the feedback here; it goes on the next time the app starts"),
        }
        self.buttons: dict[Action, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for action, label in labels.items():
            button = self.buttons[action] = QPushButton(label)
            button.setToolTip(self.tips.get(action, ""))
            button.clicked.connect(lambda _=False, chosen=action: self.triggered.emit(chosen))
            layout.addWidget(button)
        self.show_allowed(frozenset())  # nothing is allowed before the delivery's state is read

    def show_allowed(self, actions: frozenset[Action], dirty: bool = False, analysis_errors: int = 0) -> None:
        """``actions``: the engine's ``allowed_actions``; ``dirty``: unsaved edits; ``analysis_errors``:
        errors of the last preparation's analysis, which keep Confirm send disabled."""
        for action, button in self.buttons.items():
            allowed = action in actions and not (dirty and action in NEEDS_SAVED)
            if action in TRANSIENT:
                button.setVisible(allowed)
                button.setEnabled(True)  # greyed while its click is on its way: usable again now
            else:
                button.setEnabled(allowed)
            tip = self.tips.get(action, "")
            if dirty and action in NEEDS_SAVED:
                tip = self.tr("Save or revert your changes first")
            elif action is Action.CONFIRM_SEND and analysis_errors and allowed:
                button.setEnabled(False)  # the engine would refuse it: said here, before the click
                tip = self.tr("The analysis found errors: fix them and prepare again")
            button.setToolTip(tip)

    def hold(self, action: Action) -> None:
        """Grey a button while its click is on its way (the next ``show_allowed`` frees it)."""
        self.buttons[action].setEnabled(False)
