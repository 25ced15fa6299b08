"""What every part of the delivery editor is: a widget that shows some fields of a draft and gives them back.

The editor holds no field itself: each page (and each section of a page) shows its fields
with ``load(draft)``, which never counts as an edit, and returns the draft with them as the
widgets show them now with ``apply(draft)``, so the editor can tell unsaved changes, check
and save them. Pages never read the database: the editor hands them what the drop-downs
offer and the workspace's defaults (``set_workspace``) before it loads a draft.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from campaign_desktop.engine.address_syntax import address_problem
from campaign_desktop.engine.delivery_edit import Choices, DeliveryDraft
from campaign_desktop.engine.messages import Msg, message
from campaign_desktop.engine.settings import Settings
from campaign_desktop.ui.engine_messages import text
from campaign_desktop.ui.style import PROBLEM


class EditorPage(QWidget):
    """One page or section of the editor.

    ``edited`` is emitted when the marketer changes one of its fields, never while it loads.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editable = False
        self._loading = False

    def set_workspace(self, choices: Choices, settings: Settings) -> None:
        """What the drop-downs offer and the workspace's defaults (before ``load``); most pages need neither."""

    def load(self, draft: DeliveryDraft) -> None:
        """Show the draft's fields of this page (not an edit)."""
        self._loading = True
        try:
            self._show(draft)
        finally:
            self._loading = False

    def _show(self, draft: DeliveryDraft) -> None:
        raise NotImplementedError

    def apply(self, draft: DeliveryDraft) -> DeliveryDraft:
        """``draft`` with this page's fields as the widgets show them now."""
        raise NotImplementedError

    def set_editable(self, editable: bool) -> None:
        """Read-only when the delivery can no longer be edited (or the engine works on it)."""
        raise NotImplementedError

    def field_labels(self) -> dict[str, str]:
        """The draft fields this page holds, as its form names them (a refused save names them so)."""
        return {}

    @Slot()
    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()


class AddressCheck(QLabel):
    """Under an address field: which of the addresses typed is no address, said at once.

    Saving refuses them too (``check_draft``, with the same words); this only says it before,
    and never touches what was typed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(PROBLEM)
        self.setWordWrap(True)
        self.hide()

    def check(self, addresses: list[str]) -> None:
        said = [text(message(Msg.ADDRESS_INVALID, address=a.strip(), detail=problem))
                for a in addresses if a.strip() and (problem := address_problem(a.strip()))]
        self.setText("\n".join(said))
        self.setVisible(bool(said))
