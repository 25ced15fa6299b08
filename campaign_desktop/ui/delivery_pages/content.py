"""The Content page: subject, HTML and text bodies with a field picker, and the preview for a sample profile.

The preview itself is rendered in the background by the editor, a moment after the typing
stops; the page shows the answer it is given.
"""

from __future__ import annotations

from dataclasses import replace
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from campaign_desktop.engine.delivery_edit import DeliveryDraft
from campaign_desktop.engine.fields import PROFILE_FIELDS
from campaign_desktop.engine.personalization import RenderedMessage
from campaign_desktop.ui.delivery_pages.page import EditorPage
from campaign_desktop.ui.labels import field_label
from campaign_desktop.ui.style import PROBLEM


class ContentPage(EditorPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._insert_into: QObject | None = None  # the content field the field picker inserts into
        splitter = QSplitter()
        splitter.addWidget(self._editing())
        splitter.addWidget(self._previewing())
        splitter.setSizes([500, 400])
        QVBoxLayout(self).addWidget(splitter)
        self.subject.textChanged.connect(self._changed)
        for body in (self.html, self.text):
            body.textChanged.connect(self._changed)
        for typed_in in (self.subject, self.html, self.text):
            typed_in.cursorPositionChanged.connect(self._cursor_moved)

    def _editing(self) -> QWidget:
        self.subject = QLineEdit()
        self.html = QPlainTextEdit()
        self.html.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Left empty, the text part is generated from the HTML."))
        self.field_picker = QToolButton()
        self.field_picker.setText(self.tr("Insert a field"))
        self.field_picker.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.field_picker)
        for name in PROFILE_FIELDS:
            menu.addAction(field_label(name)).setData(f"{{{{ recipient.{name} }}}}")
        menu.addSeparator()
        menu.addAction(self.tr("Unsubscribe link")).setData("{{ unsubscribe_url }}")
        menu.addAction(self.tr("Mirror page link")).setData("{{ mirror_url }}")
        menu.triggered.connect(self.insert_field)
        self.field_picker.setMenu(menu)
        self.bodies = QTabWidget()
        self.bodies.addTab(self.html, self.tr("HTML"))
        self.bodies.addTab(self.text, self.tr("Text"))
        subject_row = QHBoxLayout()
        subject_row.addWidget(QLabel(self.tr("Subject")))
        subject_row.addWidget(self.subject, 1)
        subject_row.addWidget(self.field_picker)
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(subject_row)
        layout.addWidget(self.bodies, 1)
        return left

    def _previewing(self) -> QWidget:
        self.sample = QComboBox()  # (profile id, "Name <address>"): the proof dialog offers them too
        self.sample.setMinimumContentsLength(24)
        self.preview_subject = QLabel()
        self.preview_subject.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_subject.setStyleSheet("font-weight: 600;")
        self.preview_subject.setWordWrap(True)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview_problem = QLabel()
        self.preview_problem.setStyleSheet(PROBLEM)
        self.preview_problem.setWordWrap(True)
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        sample_row = QHBoxLayout()
        sample_row.addWidget(QLabel(self.tr("Preview for")))
        sample_row.addWidget(self.sample, 1)
        layout.addLayout(sample_row)
        layout.addWidget(self.preview_subject)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.preview_problem)
        return right

    def _show(self, draft: DeliveryDraft) -> None:
        self.subject.setText(draft.subject)
        self.html.setPlainText(draft.html)
        self.text.setPlainText(draft.text)

    def apply(self, draft: DeliveryDraft) -> DeliveryDraft:
        return replace(draft, subject=self.subject.text(), html=self.html.toPlainText(), text=self.text.toPlainText())

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.subject.setReadOnly(not editable)
        self.html.setReadOnly(not editable)
        self.text.setReadOnly(not editable)
        self.field_picker.setEnabled(editable)

    def field_labels(self) -> dict[str, str]:
        return {"subject": self.tr("Subject"), "html": self.tr("HTML"), "text": self.tr("Text")}

    # --- the field picker ----------------------------------------------------------------------
    @Slot()
    def _cursor_moved(self) -> None:
        if not self._loading:
            self._insert_into = self.sender()

    @Slot(QAction)
    def insert_field(self, action: QAction) -> None:
        """Insert the picked field at the cursor of the content field the marketer was last in:
        the subject, or the HTML or text body."""
        code, target = action.data(), self._insert_into
        if target is self.subject:
            self.subject.insert(code)
            self.subject.setFocus()
            return
        editor = target if isinstance(target, QPlainTextEdit) else self.bodies.currentWidget()
        assert isinstance(editor, QPlainTextEdit)
        self.bodies.setCurrentWidget(editor)
        editor.insertPlainText(code)
        editor.setFocus()

    # --- what the background reads found ---------------------------------------------------------
    def show_samples(self, samples: list[tuple[int, str]]) -> None:
        """Offer these profiles for the preview; the one chosen stays chosen if it is still among them."""
        chosen = self.sample.currentData()
        self.sample.blockSignals(True)  # not a change of the marketer's choice
        self.sample.clear()
        for profile_id, shown in samples:
            self.sample.addItem(shown, profile_id)
        self.sample.setCurrentIndex(max(0, self.sample.findData(chosen)))
        self.sample.blockSignals(False)

    def show_preview(self, rendered: RenderedMessage | None, problem: str) -> None:
        """The message as the sample profile would get it, or why it cannot be rendered."""
        self.preview_problem.setText(problem)
        if rendered is not None:
            self.preview_subject.setText(rendered.subject)
            self.preview.setHtml(rendered.html)
