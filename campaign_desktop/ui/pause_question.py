"""Pause first, then ask: while Stop's or closing's question is open, nothing more goes out.

The pause goes through the database (as from any terminal), so it holds a send run here or
by another process. The question does not wait for it: it opens at once, and what its
answer asks for (resume on Cancel, stop on Yes) runs once the pause has landed, so a resume
can never overtake the pause it undoes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from sqlalchemy import Engine

from campaign_desktop.engine.messages import Msg, message
from campaign_desktop.engine.send_actions import pause, resume
from campaign_desktop.ui import tasks


class PauseForQuestion(QObject):
    """``landed()`` when the pause was made (or found unneeded); ``resumed()`` after a Cancel lifted
    it; ``failed(message)`` when that resume was refused."""

    landed = Signal()
    resumed = Signal()
    failed = Signal(str)

    def __init__(self, engine: Engine, delivery_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine, self.delivery_id = engine, delivery_id
        self.pausing: tasks.Task | None = None
        self.paused_here = False
        self.after: Callable[[bool], None] | None = None

    def pause(self, operator: str, closing: bool = False) -> None:
        """Pause the send now; ``closing``: the reason says the application closed."""
        self.paused_here, self.after = False, None
        engine, delivery_id = self.engine, self.delivery_id
        reason = message(Msg.REASON_APP_CLOSED) if closing else None
        self.pausing = tasks.start(lambda: pause(engine, delivery_id, operator, reason), self.on_paused,
                                   self.on_not_paused)

    @property
    def asked(self) -> bool:
        """Whether a pause was asked for this question."""
        return self.pausing is not None

    def forget(self) -> None:
        """No send was going out: nothing was paused, nothing to undo."""
        self.pausing, self.paused_here, self.after = None, False, None

    @Slot(object)
    def on_paused(self, _: object) -> None:
        self.paused_here = True
        self._landed()

    @Slot(str)
    def on_not_paused(self, _: str) -> None:
        """The send ended or was paused meanwhile: there is nothing to resume afterwards."""
        self._landed()

    def _landed(self) -> None:
        self.landed.emit()
        follow_up, self.after = self.after, None
        if follow_up is not None:
            follow_up(self.paused_here)

    def then(self, follow_up: Callable[[bool], None]) -> None:
        """Run ``follow_up(paused_here)`` once the pause has landed (at once if it has)."""
        if self.pausing is not None and not self.pausing.done:
            self.after = follow_up
        else:
            follow_up(self.paused_here)

    def undo(self, operator: str) -> None:
        """The answer was Cancel: the send goes on as if nothing had been asked."""
        engine, delivery_id = self.engine, self.delivery_id

        def lift(paused_here: bool) -> None:
            if paused_here:
                self.paused_here = False
                tasks.start(lambda: resume(engine, delivery_id, operator), self.on_resumed, self.on_resume_failed)

        self.then(lift)

    @Slot(object)
    def on_resumed(self, _: object) -> None:
        self.resumed.emit()

    @Slot(str)
    def on_resume_failed(self, said: str) -> None:
        self.failed.emit(said)
