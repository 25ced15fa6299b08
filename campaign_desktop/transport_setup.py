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
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from campaign_desktop.engine.credentials import smtp_password
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.messages import Msg
from campaign_desktop.engine.relay_watch import check, relay_name, usable
from campaign_desktop.domain.enums import ReportingMode, TransportKind
from campaign_desktop.engine.settings import Settings, load_settings
from campaign_desktop.engine.transports import PickupTransport, SmtpSettings, SmtpTransport, TransportError

Follow = Callable[..., Any]


class TransportUnavailable(EngineError, ValueError):
    """The chosen transport cannot be used as configured (no pickup folder …)."""


@dataclass(frozen=True)
class TransportChoice:
    kind: TransportKind | None = None  # None: the settings' transport
    smtp: str = ""  # host:port instead of the settings'
    pickup: str = ""  # a folder instead of the settings'
    follow: bool = True  # the simulated MTA: follow the feedback until the delivery closes


#: What the relay is asked to report in each reporting mode (DESIGN.md §3): email feedback
#: needs the delivery reports that move Pending to Delivered.
DSN_NOTIFY = {ReportingMode.RELAY: "FAILURE,DELAY", ReportingMode.EMAIL_FEEDBACK: "SUCCESS,FAILURE,DELAY"}


def smtp_settings(settings: Settings) -> SmtpSettings:
    return SmtpSettings(settings.smtp_host, settings.smtp_port, settings.smtp_security, settings.smtp_login,
                        smtp_password(settings.smtp_login), settings.smtp_timeout_s,
                        message_deadline_s=settings.message_deadline_s, dsn_notify=DSN_NOTIFY[settings.reporting_mode])


def require_usable(transport: Any) -> None:
    """Refuse a relay that cannot work (a closed port, an unknown host, port 99999, a refused
    login) before a send is confirmed, rather than fail every recipient against it."""
    answer = check(transport)
    if not usable(answer):
        detail = f"{answer.code or ''} {answer.text}".strip()
        raise TransportUnavailable(Msg.RELAY_UNUSABLE, relay=relay_name(transport), detail=detail)


def transport_kit(engine: Engine, choice: TransportChoice = TransportChoice(),
                  delivery_id: int | None = None) -> tuple[AbstractContextManager[Any], Follow | None]:
    """The transport for a send (of ``delivery_id``: a simulated send's feedback runs on its clock)."""
    with engine.connect() as conn:
        settings = load_settings(conn)
    kind = choice.kind if choice.kind is not None else settings.transport
    if kind is TransportKind.SIMULATED:
        from campaign_desktop.demo.feedback_run import simulated_send_kit
        from campaign_desktop.demo.mta_process import SimulatedMtaProcess

        if not choice.follow or delivery_id is None:  # nobody would read the feedback: the MTA alone
            return SimulatedMtaProcess(settings.simulation_seed), None
        return simulated_send_kit(engine, delivery_id)
    if kind is TransportKind.PICKUP:
        folder = choice.pickup or settings.pickup_folder
        if not folder:
            raise TransportUnavailable(Msg.NO_PICKUP_FOLDER)
        try:
            return nullcontext(PickupTransport(Path(folder))), None
        except TransportError as exc:
            raise TransportUnavailable(exc.message) from exc
    smtp = smtp_settings(settings)
    if choice.smtp:
        host, _, port = choice.smtp.rpartition(":")
        if not port.isdigit() or not 0 < int(port) < 65536:
            raise TransportUnavailable(Msg.RELAY_BAD_PORT, port=port)
        smtp = replace(smtp, host=host, port=int(port))
    return nullcontext(SmtpTransport(smtp)), None
