"""The Properties page: the delivery's names, its sender and where bounces, archive copies go, its character set."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from campaign_desktop.engine.delivery_edit import CHARSETS, DeliveryDraft
from campaign_desktop.engine.mail_headers import ISO_2022_JP, UTF8
from campaign_desktop.ui.delivery_pages.page import AddressCheck, EditorPage

#: The draft's text fields shown on this page, each in a line edit.
_LINES = ("label", "internal_name", "from_name", "from_address", "reply_to", "error_address", "bcc_archive")


class PropertiesPage(EditorPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = {
            "label": self.tr("Label"), "internal_name": self.tr("Internal name"), "from_name": self.tr("Sender name"),
            "from_address": self.tr("Sender address"), "reply_to": self.tr("Reply-to address"),
            "error_address": self.tr("Error address"), "bcc_archive": self.tr("Archive copy (BCC)"),
            "charset": self.tr("Character set"),
        }
        self.label = QLineEdit()
        self.internal_name = QLineEdit()
        self.from_name = QLineEdit()
        self.from_address = QLineEdit()
        self.reply_to = QLineEdit()
        self.error_address = QLineEdit()
        self.bcc_archive = QLineEdit()
        self.error_address.setPlaceholderText(self.tr("Bounces come back here (the envelope sender)"))
        self.bcc_archive.setPlaceholderText(self.tr("A hidden copy of every message goes here, for the archive"))
        self.bcc_check = AddressCheck()
        self.bcc_archive.textChanged.connect(self._check_bcc)
        self.charset = QComboBox()
        self.charset.setToolTip(self.tr("The character set of the messages' text and headers."))
        shown = {UTF8: self.tr("UTF-8 (every language)"), ISO_2022_JP: self.tr("ISO-2022-JP (Japanese mobile carriers)")}
        for name in CHARSETS:
            self.charset.addItem(shown.get(name, name), name)
        for name in _LINES:
            self._line(name).textChanged.connect(self._changed)
        self.charset.currentIndexChanged.connect(self._changed)
        form = QFormLayout(self)
        for name in _LINES[:-1]:
            form.addRow(self._labels[name], self._line(name))
        bcc = QVBoxLayout()
        bcc.addWidget(self.bcc_archive)
        bcc.addWidget(self.bcc_check)
        form.addRow(self._labels["bcc_archive"], bcc)
        form.addRow(self._labels["charset"], self.charset)

    @Slot(str)
    def _check_bcc(self, typed: str) -> None:
        self.bcc_check.check([typed])

    def _line(self, name: str) -> QLineEdit:
        line = getattr(self, name)
        assert isinstance(line, QLineEdit)
        return line

    def _show(self, draft: DeliveryDraft) -> None:
        for name in _LINES:
            self._line(name).setText(getattr(draft, name))
        if self.charset.findData(draft.charset) < 0:  # stored by a script, unknown here: shown, not lost
            self.charset.addItem(draft.charset, draft.charset)
        self.charset.setCurrentIndex(self.charset.findData(draft.charset))

    def apply(self, draft: DeliveryDraft) -> DeliveryDraft:
        return replace(draft, label=self.label.text(), internal_name=self.internal_name.text().strip(),
                       from_name=self.from_name.text(), from_address=self.from_address.text().strip(),
                       reply_to=self.reply_to.text().strip(), error_address=self.error_address.text().strip(),
                       bcc_archive=self.bcc_archive.text().strip(), charset=self.charset.currentData())

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for name in _LINES:
            self._line(name).setReadOnly(not editable)
        self.charset.setEnabled(editable)

    def field_labels(self) -> dict[str, str]:
        return dict(self._labels)
