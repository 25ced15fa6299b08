"""The typed settings registry: every threshold and default in one place, stored as JSON.

Each setting has a name, a type and a default; the database holds only what a user
changed. Tests and trainers shorten the thresholds (a demo's validity period in minutes).
"""

from __future__ import annotations

import dataclasses
import enum
import secrets
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, select

from campaign_desktop.db.models import Setting
from campaign_desktop.domain.enums import MailboxKind, ProcessedMail, ReportingMode, TransportKind


@dataclass
class Settings:
    """What the engine reads; defaults are those of DESIGN.md §3–§4."""

    reporting_mode: ReportingMode = ReportingMode.RELAY
    transport: TransportKind = TransportKind.SIMULATED
    # SMTP relay (the password lives in the system keyring, never here)
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 25
    smtp_security: str = "none"  # none | starttls | tls
    smtp_login: str = ""
    smtp_timeout_s: float = 30.0
    message_deadline_s: float = 120.0  # the longest one message may take, however slowly the relay answers
    # when the relay itself fails: the first probe's wait, doubling up to the longest (seconds)
    relay_probe_s: float = 30.0
    relay_probe_max_s: float = 300.0
    pickup_folder: str = ""
    # the error mailbox (DESIGN.md §4): a local Maildir, mbox or .eml folder, or a server
    bounce_mailbox: MailboxKind = MailboxKind.LOCAL
    bounce_folder: str = ""  # the local one; empty: none
    bounce_host: str = ""
    bounce_port: int = 993
    bounce_security: str = "tls"  # none | starttls | tls
    bounce_login: str = ""  # its password is in the keyring, like the relay's
    bounce_imap_folder: str = "INBOX"
    bounce_processed: ProcessedMail = ProcessedMail.FLAG
    bounce_processed_folder: str = "Processed"
    bounce_ca_file: str = ""  # a private authority to trust besides the system's
    bounce_read_every_s: int = 60  # how often the app reads it while open
    # the envelope sender carries each recipient's token (errors+TOKEN@domain); off for a
    # relay that refuses the plus form
    verp: bool = True
    # tracking
    tracking_base_url: str = ""  # where the tracking endpoint answers; empty: links are not tracked
    tracking_secret: str = ""
    # retries and validity
    validity_hours: float = 84.0
    retries_first_day: int = 5
    retry_min_interval_hours: float = 1.0
    retry_daily_after_first_day: int = 1
    # quarantine
    quarantine_after_errors: int = 5
    error_spacing_hours: float = 24.0
    error_counter_reset_days: float = 10.0
    # send policy defaults
    connections: int = 4
    messages_per_second: float = 0.0  # 0: as fast as the server takes them
    daily_cap: int = 0
    auto_pause_bounce_rate: float = 0.0  # 0: never; else a share, e.g. 0.2
    auto_pause_min_sent: int = 200
    # the hard cap on one message (a profile whose message is larger is excluded, an analysis error);
    # the webmail clipping warning (about 100 KB) is the typology's MESSAGE_SIZE rule
    message_size_cap_mb: float = 10.0
    # simulated MTA
    simulation_seed: int = 7
    simulation_speed: float = 3600.0  # one real second is an hour of feedback
    language: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def message_size_cap(self) -> int:
        """The hard cap in bytes (a cap of 0 or less, which would refuse every message, is the default)."""
        return int((self.message_size_cap_mb if self.message_size_cap_mb > 0 else 10.0) * 1_000_000)

    @property
    def names(self) -> list[str]:
        return [f.name for f in dataclasses.fields(self) if f.name != "extra"]


def _coerce(default: Any, value: Any) -> Any:
    """The stored JSON value as the setting's own type (an enum from its number, a float from an int)."""
    return type(default)(value)


def load_settings(conn: Connection) -> Settings:
    settings = Settings()
    stored = {key: value for key, value in conn.execute(select(Setting.key, Setting.value))}
    for name in settings.names:
        if name in stored:
            setattr(settings, name, _coerce(getattr(settings, name), stored[name]))
    return settings


def save_settings(engine: Engine, **values: Any) -> None:
    """Store the given settings (by name); unknown names are refused."""
    known = Settings().names
    with engine.begin() as conn:
        for name, value in values.items():
            if name not in known:
                raise KeyError(f"Unknown setting '{name}'")
            stored = int(value) if isinstance(value, enum.Enum) else value
            conn.execute(Setting.__table__.delete().where(Setting.key == name))
            conn.execute(Setting.__table__.insert().values(key=name, value=stored))


def tracking_secret(engine: Engine) -> bytes:
    """The key that signs tracking links; made once per workspace."""
    with engine.connect() as conn:
        secret = load_settings(conn).tracking_secret
    if not secret:
        secret = secrets.token_hex(32)
        save_settings(engine, tracking_secret=secret)
    return bytes.fromhex(secret)
