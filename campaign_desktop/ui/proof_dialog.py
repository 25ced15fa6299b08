"""The Proof dialog: test addresses, a sample profile, Send proof, and the proofs sent so far.

The addresses last used are offered again (kept in the user's Qt settings); the proof
goes through the configured transport on a pool thread.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from campaign_desktop.engine.proofs import MAX_PROOF_RECIPIENTS, ProofLine, ProofResult, parse_addresses, proof_history, send_proof
from campaign_desktop.transport_setup import TransportChoice, transport_kit
from campaign_desktop.ui import tasks
from campaign_desktop.ui.delivery_model import format_time
from campaign_desktop.ui.style import PROBLEM, SUCCESS

LAST_ADDRESSES_KEY = "proofs/addresses"


class ProofDialog(QDialog):
    def __init__(self, engine: Engine, delivery_id: int, operator: str, samples: list[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine, self.delivery_id, self.operator = engine, delivery_id, operator
        self.setWindowTitle(self.tr("Send a proof"))
        self.resize(620, 520)
        self.addresses = QPlainTextEdit()
        self.addresses.setPlaceholderText(self.tr("One test address a line (at most %1)").replace("%1", str(MAX_PROOF_RECIPIENTS)))
        self.addresses.setPlainText(str(QSettings().value(LAST_ADDRESSES_KEY, "") or ""))
        self.sample = QComboBox()
        for profile_id, text in samples:
            self.sample.addItem(text, profile_id)
        self.send_button = QPushButton(self.tr("Send proof"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.on_send)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.history = QListWidget()
        form = QFormLayout()
        form.addRow(self.tr("Test addresses"), self.addresses)
        form.addRow(self.tr("Personalised as"), self.sample)
        buttons = QHBoxLayout()
        buttons.addWidget(self.result, 1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Proofs sent")))
        layout.addWidget(self.history, 1)
        self._tasks: dict[str, tasks.Task] = {}
        self.load_history()

    def load_history(self) -> None:
        engine, delivery_id = self.engine, self.delivery_id

        def read() -> list[ProofLine]:
            with engine.connect() as conn:
                return proof_history(conn, delivery_id)

        self._tasks["history"] = tasks.start(read, self.on_history, self.on_failed)

    @Slot(object)
    def on_history(self, lines: list[ProofLine]) -> None:
        self.history.clear()
        for line in lines:
            text = self.tr("Proof %1 — %2 — by %3 to %4 address(es), %5 accepted").replace("%1", str(line.number)).replace(
                "%2", format_time(line.sent_at)).replace("%3", line.operator).replace(
                "%4", QLocale().toString(len(line.addresses))).replace("%5", QLocale().toString(line.accepted))
            for address, reply in line.refused:
                text += "\n    " + self.tr("refused for %1: %2").replace("%1", address).replace("%2", reply)
            self.history.addItem(text)

    @Slot()
    def on_send(self) -> None:
        addresses = parse_addresses(self.addresses.toPlainText())
        engine, delivery_id, operator, sample = self.engine, self.delivery_id, self.operator, self.sample.currentData()
        QSettings().setValue(LAST_ADDRESSES_KEY, "\n".join(addresses))

        def send() -> ProofResult:
            transport_context, _ = transport_kit(engine, TransportChoice(follow=False))
            with transport_context as transport:
                return send_proof(engine, delivery_id, operator, addresses, sample, transport)

        self.send_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Sending the proof…"))
        self._tasks["send"] = tasks.start(send, self.on_sent, self.on_failed)

    @Slot(object)
    def on_sent(self, result: ProofResult) -> None:
        self.send_button.setEnabled(True)
        text = self.tr("Proof %1 sent: %2 accepted.").replace("%1", str(result.number)).replace(
            "%2", QLocale().toString(result.accepted))
        if result.refused:
            text += " " + self.tr("Refused: %1").replace("%1", "; ".join(f"{a} ({r})" for a, r in result.refused))
        self.result.setStyleSheet(SUCCESS if not result.refused else PROBLEM)
        self.result.setText(text)
        self.load_history()

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.send_button.setEnabled(True)
        self.result.setStyleSheet(PROBLEM)
        self.result.setText(message)
