"""Which transport a send goes through, from the settings (or the command line's choice).

The app and the command line both need it: the simulated MTA for offline demos (in a
process of its own, with the feedback it simulates and how to follow it until the
delivery closes), the SMTP relay with the password from the keyring, or a pickup folder.
Each comes as a context manager that yields the transport, plus the follow-up to run
after the send (``None`` for real transports: their feedback arrives by ``feedback``).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from campaign_desktop.engine.credentials import smtp_password
from campaign_desktop.domain.enums import TransportKind
from campaign_desktop.engine.settings import Settings, load_settings
from campaign_desktop.engine.transports import PickupTransport, SmtpSettings, SmtpTransport, TransportError

Follow = Callable[..., Any]


class TransportUnavailable(ValueError):
    """The chosen transport cannot be used as configured (no pickup folder …)."""


@dataclass(frozen=True)
class TransportChoice:
    kind: TransportKind | None = None  # None: the settings' transport
    smtp: str = ""  # host:port instead of the settings'
    pickup: str = ""  # a folder instead of the settings'
    follow: bool = True  # the simulated MTA: follow the feedback until the delivery closes


def smtp_settings(settings: Settings) -> SmtpSettings:
    return SmtpSettings(settings.smtp_host, settings.smtp_port, settings.smtp_security, settings.smtp_login,
                        smtp_password(settings.smtp_login), settings.smtp_timeout_s)


def transport_kit(engine: Engine, choice: TransportChoice = TransportChoice()) -> tuple[AbstractContextManager[Any], Follow | None]:
    with engine.connect() as conn:
        settings = load_settings(conn)
    kind = choice.kind if choice.kind is not None else settings.transport
    if kind is TransportKind.SIMULATED:
        from campaign_desktop.demo.feedback_run import simulated_send_kit
        from campaign_desktop.demo.mta_process import SimulatedMtaProcess

        if not choice.follow:  # nobody would read the feedback: the MTA alone
            return SimulatedMtaProcess(settings.simulation_seed), None
        return simulated_send_kit(engine)
    if kind is TransportKind.PICKUP:
        folder = choice.pickup or settings.pickup_folder
        if not folder:
            raise TransportUnavailable("No pickup folder: choose one in the settings.")
        try:
            return nullcontext(PickupTransport(Path(folder))), None
        except TransportError as exc:
            raise TransportUnavailable(str(exc)) from exc
    smtp = smtp_settings(settings)
    if choice.smtp:
        host, _, port = choice.smtp.rpartition(":")
        smtp = SmtpSettings(host, int(port), smtp.security, smtp.login, smtp.password, smtp.timeout_s)
    return nullcontext(SmtpTransport(smtp)), None
