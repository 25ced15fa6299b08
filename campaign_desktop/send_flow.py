"""The app's send, from the click to the closed delivery: check the relay, confirm or resume,
hand every message over, then (simulated MTA) follow the feedback.

It runs on a worker thread with a control object, so it is a plain function over ids and the
engine, never a widget's method; it imports no Qt. The relay is checked before anything is
confirmed or resumed: a relay that cannot work never leaves a delivery *Sending*.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine

from campaign_desktop.domain.enums import DeliveryState
from campaign_desktop.engine.control import ControlLike
from campaign_desktop.engine.send_actions import Start, resume, start_send
from campaign_desktop.engine.sending import SendSummary, send
from campaign_desktop.transport_setup import require_usable

#: ``factory(delivery_id) -> (transport context manager, follow or None)`` (transport_setup.transport_kit).
TransportFactory = Callable[[int], tuple[Any, Any]]


class Handover(enum.Enum):
    """What a Resume did when this process does not run the send itself."""

    RESUMED_ELSEWHERE = enum.auto()


def send_and_follow(engine: Engine, delivery_id: int, operator: str, transport_factory: TransportFactory,
                    control: ControlLike, start: bool, resume_first: bool = False
                    ) -> SendSummary | Handover | DeliveryState:
    """``start``: confirm the send first (Confirm send); ``resume_first``: lift a pause left by a
    closed app or take up an interrupted send. Returns the send's summary, ``Handover`` when a
    living process holds the send, or ``DeliveryState.SCHEDULED`` when it waits for its date."""
    transport_context, follow = transport_factory(delivery_id)
    with transport_context as transport:
        require_usable(transport)
        if resume_first and not resume(engine, delivery_id, operator):
            return Handover.RESUMED_ELSEWHERE
        if start:
            begun = start_send(engine, delivery_id, operator)
            if begun is Start.SCHEDULED:
                return DeliveryState.SCHEDULED  # the scheduler starts it when its time comes
            if begun is Start.RESUMED_ELSEWHERE:
                return Handover.RESUMED_ELSEWHERE
        summary = send(engine, delivery_id, transport, control)
        if follow is not None and summary.state is DeliveryState.SENT:
            follow(delivery_id, transport, control)
    return summary
