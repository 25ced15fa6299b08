"""The Settings page: every setting of the typed registry, grouped as a marketer looks for them.

The widgets come from the registry's types (text, whole number, number, choice), with the
registry's defaults; saving stores what was changed on the page. The SMTP relay's and the
bounce mailbox's passwords go to the system keyring, never to the database; **Test
connection** greets the relay and **Test mailbox** opens the mailbox with what the form
holds (not yet saved), on a pool thread.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from campaign_desktop.domain.enums import MailboxKind, ProcessedMail, ReportingMode, TransportKind
from campaign_desktop.engine.bounce_mailbox import test_mailbox
from campaign_desktop.engine.credentials import (
    KeyringUnavailable,
    mailbox_password,
    smtp_password,
    store_mailbox_password,
    store_smtp_password,
)
from campaign_desktop.engine.settings import Settings, load_settings
from campaign_desktop.engine.settings_change import change_settings
from campaign_desktop.engine.transports import Reply, SmtpSettings, check_connection
from campaign_desktop.ui import tasks
from campaign_desktop.ui.engine_messages import error_text
from campaign_desktop.ui.style import PROBLEM, SUCCESS, page_title

#: The settings shown, by group; the others (secrets, the demo's seed …) stay internal.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("sending", ("transport", "smtp_host", "smtp_port", "smtp_security", "smtp_login", "smtp_timeout_s", "pickup_folder")),
    ("feedback", ("reporting_mode", "tracking_base_url", "verp")),
    ("mailbox", ("bounce_mailbox", "bounce_folder", "bounce_host", "bounce_port", "bounce_security", "bounce_login",
                 "bounce_imap_folder", "bounce_processed", "bounce_processed_folder", "bounce_read_every_s")),
    ("retries", ("validity_hours", "retries_first_day", "retry_min_interval_hours", "retry_daily_after_first_day")),
    ("quarantine", ("quarantine_after_errors", "error_spacing_hours", "error_counter_reset_days")),
    ("policy", ("connections", "messages_per_second", "daily_cap", "auto_pause_bounce_rate", "auto_pause_min_sent",
                "message_size_cap_mb")),
    ("general", ("language", "simulation_speed")),
)


GROUPS_BY_NAME = dict(GROUPS)
#: The usual port of each kind of mailbox server, with TLS from the start or not.
STANDARD_PORTS = {(MailboxKind.IMAP, True): 993, (MailboxKind.IMAP, False): 143,
                  (MailboxKind.POP3, True): 995, (MailboxKind.POP3, False): 110}


class SettingsPage(QWidget):
    """``saved()`` after the settings were stored."""

    saved = Signal()

    def __init__(self, engine: Engine, actor: Callable[[], str]) -> None:
        super().__init__()
        self.engine, self.actor = engine, actor
        self.editable = True
        self.widgets: dict[str, QWidget] = {}
        self.settings = Settings()
        self.loaded_password = ""
        self._language_changed = False
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Kept in the system keyring"))
        self.mailbox_password = QLineEdit()
        self.mailbox_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.mailbox_password.setPlaceholderText(self.tr("Kept in the system keyring"))
        self.loaded_mailbox_password = ""
        self.mailbox_button = QPushButton(self.tr("Test mailbox"))
        self.mailbox_button.clicked.connect(self.on_test_mailbox)
        self.mailbox_result = QLabel()
        self.mailbox_result.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.on_test)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.on_save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.read_only_note = QLabel(self.tr("Only an administrator can change the settings. You can still test the "
                                             "connection to the relay."))
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setVisible(False)
        self._tasks: dict[str, tasks.Task] = {}
        self._layout()

    def set_editable(self, editable: bool) -> None:
        """An administrator changes the settings; other operators read them (the engine refuses them too)."""
        self.editable = editable
        for name, widget in self.widgets.items():
            widget.setEnabled(editable)
        self.password.setEnabled(editable)
        self.mailbox_password.setEnabled(editable)
        self._mailbox_fields()
        self.save_button.setVisible(editable)
        self.read_only_note.setVisible(not editable)

    def _titles(self) -> dict[str, str]:
        return {
            "sending": self.tr("Sending"), "feedback": self.tr("Feedback and tracking"),
            "retries": self.tr("Retries and validity"), "quarantine": self.tr("Quarantine"),
            "policy": self.tr("Send policy defaults"), "general": self.tr("General"),
            "mailbox": self.tr("Bounce mailbox (the error address)"),
        }

    def _labels(self) -> dict[str, str]:
        return {
            "transport": self.tr("Send through"), "smtp_host": self.tr("SMTP relay host"), "smtp_port": self.tr("Port"),
            "smtp_security": self.tr("Security"), "smtp_login": self.tr("Login"), "smtp_timeout_s": self.tr("Timeout (s)"),
            "pickup_folder": self.tr("Pickup folder"), "reporting_mode": self.tr("Reporting mode"),
            "tracking_base_url": self.tr("Tracking base URL"),
            "verp": self.tr("Recipient in the return path (VERP)"), "bounce_mailbox": self.tr("Read from"),
            "bounce_folder": self.tr("Local mailbox (Maildir, mbox or folder)"), "bounce_host": self.tr("Server"),
            "bounce_port": self.tr("Port"), "bounce_security": self.tr("Security"), "bounce_login": self.tr("Login"),
            "bounce_imap_folder": self.tr("IMAP folder"), "bounce_processed": self.tr("Once read"),
            "bounce_processed_folder": self.tr("Folder for read mail"),
            "bounce_read_every_s": self.tr("Read every (s, while the app is open)"),
            "validity_hours": self.tr("Validity period (h)"), "retries_first_day": self.tr("Retries on the first day"),
            "retry_min_interval_hours": self.tr("Hours between retries"),
            "retry_daily_after_first_day": self.tr("Retries a day after the first"),
            "quarantine_after_errors": self.tr("Quarantine after errors"),
            "error_spacing_hours": self.tr("Hours between counted errors"),
            "error_counter_reset_days": self.tr("Error counter reset after (days)"),
            "connections": self.tr("Connections"), "messages_per_second": self.tr("Messages a second (0: no limit)"),
            "daily_cap": self.tr("Daily cap (0: none)"), "auto_pause_bounce_rate": self.tr("Auto-pause bounce rate (0: never)"),
            "auto_pause_min_sent": self.tr("Auto-pause after at least"), "language": self.tr("Language"),
            "message_size_cap_mb": self.tr("Largest message (MB)"),
            "simulation_speed": self.tr("Demo: simulated seconds a second"),
        }

    def _choices(self, name: str) -> list[tuple[str, Any]] | None:
        if name == "transport":
            return [(self.tr("Simulated MTA (offline demo)"), TransportKind.SIMULATED),
                    (self.tr("SMTP relay"), TransportKind.SMTP), (self.tr("Pickup folder"), TransportKind.PICKUP)]
        if name == "reporting_mode":
            return [(self.tr("Relay: handed over counts as delivered"), ReportingMode.RELAY),
                    (self.tr("Email feedback: delivered when the server reports it"), ReportingMode.EMAIL_FEEDBACK)]
        if name in ("smtp_security", "bounce_security"):
            return [(self.tr("None"), "none"), (self.tr("STARTTLS"), "starttls"), (self.tr("TLS"), "tls")]
        if name == "verp":
            return [(self.tr("Yes: every notice names its recipient"), True),
                    (self.tr("No: the relay refuses errors+token addresses"), False)]
        if name == "bounce_mailbox":
            return [(self.tr("Nowhere"), MailboxKind.NONE), (self.tr("A mailbox on this computer"), MailboxKind.LOCAL),
                    (self.tr("An IMAP server"), MailboxKind.IMAP), (self.tr("A POP3 server (mail stays there)"), MailboxKind.POP3)]
        if name == "bounce_processed":
            return [(self.tr("Mark it as read"), ProcessedMail.FLAG), (self.tr("Move it to a folder"), ProcessedMail.MOVE)]
        if name == "language":
            return [(self.tr("As the system"), ""), ("English", "en"), ("Français", "fr")]
        return None

    def _widget(self, name: str, default: Any) -> QWidget:
        choices = self._choices(name)
        if choices is not None:
            combo = QComboBox()
            for text, value in choices:
                combo.addItem(text, value)
            return combo
        if isinstance(default, str):
            return QLineEdit()
        if isinstance(default, int):
            return QSpinBox(minimum=0, maximum=1_000_000_000)
        if name == "message_size_cap_mb":  # a hard cap: never 0, which would refuse every message
            return QDoubleSpinBox(decimals=1, minimum=0.1, maximum=1000)
        return QDoubleSpinBox(decimals=2, minimum=0, maximum=1e9)

    def _layout(self) -> None:
        titles, labels, defaults = self._titles(), self._labels(), Settings()
        content = QWidget()
        content.setMaximumWidth(820)  # a form, not a spreadsheet: fields stay at reading width
        column = QVBoxLayout(content)
        for group, names in GROUPS:
            box = QGroupBox(titles[group])
            form = QFormLayout(box)
            for name in names:
                widget = self.widgets[name] = self._widget(name, getattr(defaults, name))
                form.addRow(labels[name], widget)
                if name == "smtp_login":
                    form.addRow(self.tr("Password"), self.password)
                if name == "bounce_login":
                    form.addRow(self.tr("Password"), self.mailbox_password)
            if group == "sending":
                test = QHBoxLayout()
                test.addWidget(self.test_button)
                test.addWidget(self.test_result, 1)
                form.addRow(test)
            if group == "mailbox":
                test = QHBoxLayout()
                test.addWidget(self.mailbox_button)
                test.addWidget(self.mailbox_result, 1)
                form.addRow(test)
            column.addWidget(box)
        column.addStretch(1)
        for name in ("bounce_mailbox", "bounce_security", "bounce_processed"):
            choice = self.widgets[name]
            assert isinstance(choice, QComboBox)
            choice.currentIndexChanged.connect(self._mailbox_fields)
            choice.currentIndexChanged.connect(self.mailbox_result.clear)  # an old answer about another mailbox
        self.widgets["bounce_security"].currentIndexChanged.connect(self._standard_port)  # type: ignore[attr-defined]
        self.widgets["bounce_mailbox"].currentIndexChanged.connect(self._standard_port)  # type: ignore[attr-defined]
        self._mailbox_fields()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        title = page_title(self.tr("Settings"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.read_only_note)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

    @Slot()
    def _mailbox_fields(self) -> None:
        """Only the fields of the chosen kind of mailbox can be typed in."""
        kind = self._get("bounce_mailbox")
        server = kind in (MailboxKind.IMAP, MailboxKind.POP3)
        moves = self._get("bounce_processed") is ProcessedMail.MOVE
        usable = {"bounce_folder": kind is MailboxKind.LOCAL, "bounce_imap_folder": kind is MailboxKind.IMAP,
                  "bounce_processed": kind in (MailboxKind.LOCAL, MailboxKind.IMAP),
                  "bounce_processed_folder": kind in (MailboxKind.LOCAL, MailboxKind.IMAP) and moves,
                  "bounce_read_every_s": kind is not MailboxKind.NONE,
                  **dict.fromkeys(("bounce_host", "bounce_port", "bounce_security", "bounce_login"), server)}
        for name, on in usable.items():
            self.widgets[name].setEnabled(self.editable and on)
        self.mailbox_password.setEnabled(self.editable and server)

    @Slot()
    def _standard_port(self) -> None:
        """A port left at a standard one follows the kind and the security (993 is IMAP over TLS,
        995 POP3 over TLS, 143 and 110 in clear or with STARTTLS); a port typed by hand stays."""
        port = self.widgets["bounce_port"]
        assert isinstance(port, QSpinBox)
        if port.value() not in STANDARD_PORTS.values():
            return
        wanted = STANDARD_PORTS.get((self._get("bounce_mailbox"), self._get("bounce_security") == "tls"))
        if wanted is not None:
            port.setValue(wanted)

    # --- values ------------------------------------------------------------------------------------
    def _set(self, name: str, value: Any) -> None:
        widget = self.widgets[name]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value))
        elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            widget.setValue(value)

    def _get(self, name: str) -> Any:
        widget = self.widgets[name]
        default = getattr(self.settings, name)
        if isinstance(widget, QComboBox):
            value = widget.currentData()
            return type(default)(value) if isinstance(default, enum.Enum) else value
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        assert isinstance(widget, (QSpinBox, QDoubleSpinBox))
        return type(default)(widget.value())

    def changes(self) -> dict[str, Any]:
        """The settings the page shows differently from the stored ones."""
        current = {name: self._get(name) for name in self.widgets}
        return {name: value for name, value in current.items() if value != getattr(self.settings, name)}

    @Slot()
    def reload(self) -> None:
        engine = self.engine

        def read() -> tuple[Settings, str, str]:
            with engine.connect() as conn:
                settings = load_settings(conn)
            return settings, smtp_password(settings.smtp_login), mailbox_password(settings.bounce_login)

        self._tasks["load"] = tasks.start(read, self.on_loaded, self.on_failed)

    @Slot(object)
    def on_loaded(self, result: tuple[Settings, str, str]) -> None:
        self.settings, self.loaded_password, self.loaded_mailbox_password = result
        for name in self.widgets:
            self._set(name, getattr(self.settings, name))
        self.password.setText(self.loaded_password)
        self.mailbox_password.setText(self.loaded_mailbox_password)

    @Slot()
    def on_save(self) -> None:
        engine, actor, values = self.engine, self.actor(), self.changes()
        login, password = self._get("smtp_login"), self.password.text()
        keep_password = bool(login) and (password != self.loaded_password or "smtp_login" in values)
        box_login, box_password = self._get("bounce_login"), self.mailbox_password.text()
        keep_box_password = bool(box_login) and (box_password != self.loaded_mailbox_password or "bounce_login" in values)
        self._language_changed = "language" in values

        def save() -> str:
            change_settings(engine, actor, **values)  # the Administrator role is checked there
            try:
                if keep_password:
                    store_smtp_password(login, password)
                if keep_box_password:
                    store_mailbox_password(box_login, box_password)
            except KeyringUnavailable as exc:  # reported; the other settings are saved
                return error_text(exc)
            return ""

        self.save_button.setEnabled(False)
        self._tasks["save"] = tasks.start(save, self.on_saved, self.on_failed)

    @Slot(object)
    def on_saved(self, keyring_problem: str) -> None:
        self.save_button.setEnabled(True)
        if keyring_problem:
            self.message.setText(self.tr("Settings saved, but not the password: %1").replace("%1", keyring_problem))
        else:
            self.message.setText(self.tr("Settings saved."))
        if self._language_changed:
            self.message.setText(self.message.text() + " " + self.tr("The new language is used from the next start."))
        self.reload()
        self.saved.emit()

    def smtp_form(self) -> SmtpSettings:
        return SmtpSettings(self._get("smtp_host"), self._get("smtp_port"), self._get("smtp_security"),
                            self._get("smtp_login"), self.password.text(), self._get("smtp_timeout_s"))

    @Slot()
    def on_test(self) -> None:
        smtp = self.smtp_form()
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Connecting to %1:%2…").replace("%1", smtp.host).replace("%2", str(smtp.port)))
        self._tasks["test"] = tasks.start(lambda: check_connection(smtp), self.on_tested, self.on_failed)

    @Slot(object)
    def on_tested(self, reply: Reply) -> None:
        self.test_button.setEnabled(True)
        if reply.accepted:
            self.test_result.setStyleSheet(SUCCESS)
            self.test_result.setText(self.tr("Connection succeeded: the relay answered %1 %2").replace(
                "%1", str(reply.code)).replace("%2", reply.text))
        else:
            self.test_result.setStyleSheet(PROBLEM)
            self.test_result.setText(self.tr("Connection failed: %1").replace("%1", reply.text))

    def mailbox_form(self) -> Settings:
        """The bounce mailbox as the form holds it (not yet saved)."""
        form = Settings(**{name: self._get(name) for name in GROUPS_BY_NAME["mailbox"]})
        return form

    @Slot()
    def on_test_mailbox(self) -> None:
        form, password = self.mailbox_form(), self.mailbox_password.text()
        self.mailbox_button.setEnabled(False)
        self.mailbox_result.setStyleSheet("")
        self.mailbox_result.setText(self.tr("Opening the mailbox…"))
        self._tasks["mailbox"] = tasks.start(lambda: test_mailbox(form, password), self.on_mailbox_tested,
                                             self.on_mailbox_failed)

    @Slot(object)
    def on_mailbox_tested(self, waiting: int | None) -> None:
        self.mailbox_button.setEnabled(True)
        if waiting is None:
            self.mailbox_result.setStyleSheet("")
            self.mailbox_result.setText(self.tr("No bounce mailbox is set: bounces are not read."))
        else:
            self.mailbox_result.setStyleSheet(SUCCESS)
            self.mailbox_result.setText(self.tr("The mailbox opens: %1 message(s) to read.").replace(
                "%1", QLocale().toString(waiting)))

    @Slot(str)
    def on_mailbox_failed(self, message: str) -> None:
        self.mailbox_button.setEnabled(True)
        self.mailbox_result.setStyleSheet(PROBLEM)
        self.mailbox_result.setText(message)

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.test_button.setEnabled(True)
        self.message.setText(self.tr("Error: %1").replace("%1", message))
