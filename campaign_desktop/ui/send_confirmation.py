"""The question before a send: to how many, from whom, with what subject, through what, until when.

A marketer confirms what they can read; "Send now?" alone confirmed nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from campaign_desktop.db.models import utcnow
from campaign_desktop.domain.enums import TransportKind
from campaign_desktop.engine.delivery_edit import DeliveryDraft, projected_finish
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.settings import Settings
from campaign_desktop.ui.delivery_model import format_time
from campaign_desktop.ui.engine_messages import error_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("SendConfirmation", text)


def transport_text(settings: Settings) -> str:
    """Where the messages go, as the settings say."""
    if settings.transport is TransportKind.SMTP:
        return _tr("the SMTP relay %1").replace("%1", f"{settings.smtp_host}:{settings.smtp_port}")
    if settings.transport is TransportKind.PICKUP:
        return _tr("the pickup folder %1").replace("%1", settings.pickup_folder)
    return _tr("the simulated MTA (a demo: nothing leaves this computer)")


def confirmation_text(to_deliver: int, draft: DeliveryDraft | None, settings: Settings | None) -> str:
    lines = [_tr("Send %1 messages now?").replace("%1", QLocale().toString(to_deliver))]
    if draft is not None and settings is not None:
        sender = f"{draft.from_name} <{draft.from_address}>" if draft.from_name else draft.from_address
        lines += [_tr("From: %1").replace("%1", sender), _tr("Subject: %1").replace("%1", draft.subject),
                  _tr("Through: %1").replace("%1", transport_text(settings))]
        start = max(draft.contact_date or utcnow(), utcnow())
        try:
            finish = projected_finish(draft, to_deliver, settings, start)
        except EngineError as exc:  # sending windows that never open
            lines.append(error_text(exc))
        else:
            lines.append(_tr("Projected finish: %1").replace("%1", format_time(finish)))
    return "\n".join(lines)
