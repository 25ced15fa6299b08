"""Proofs (BAT): the delivery's message sent to a few test addresses before the real send.

Each proof is rendered for one sample profile, goes through the configured transport,
carries ``[Proof n]`` before its subject (n counts the delivery's proofs), and is kept in
the delivery's history with who sent it and what the server answered. Proofs are not
targeted recipients: no log row, no tracking, no figures, no archive copy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import Connection, Engine, func, insert, select

from campaign_desktop.db.models import Delivery, Proof, utcnow
from campaign_desktop.engine.address_syntax import address_problem
from campaign_desktop.engine.delivery_edit import load_draft, render_preview
from campaign_desktop.domain.enums import Role
from campaign_desktop.engine.message import MessageBuilder, SenderFacts
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.messages import Msg
from campaign_desktop.engine.roles import require_role
from campaign_desktop.engine.transports import Transport

#: More than this many proof recipients is a send, not a proof.
MAX_PROOF_RECIPIENTS = 100
#: Proof messages carry this in place of a log id: no recipient's log row matches it.
PROOF_LOG_ID = 0


class ProofRefused(EngineError, ValueError):
    """The proof cannot be sent as asked (no address, too many, an invalid one)."""


@dataclass(frozen=True)
class ProofResult:
    number: int
    accepted: int
    refused: list[tuple[str, str]]


def parse_addresses(text: str) -> list[str]:
    """Addresses typed one a line, or separated by commas or semicolons; duplicates once."""
    seen: dict[str, None] = {}
    for part in text.replace(";", ",").replace("\n", ",").split(","):
        if part.strip():
            seen.setdefault(part.strip(), None)
    return list(seen)


def check_addresses(addresses: list[str]) -> None:
    if not addresses:
        raise ProofRefused(Msg.PROOF_NO_ADDRESS)
    if len(addresses) > MAX_PROOF_RECIPIENTS:
        raise ProofRefused(Msg.PROOF_TOO_MANY, limit=MAX_PROOF_RECIPIENTS, count=len(addresses))
    for address in addresses:
        problem = address_problem(address)
        if problem:
            raise ProofRefused(Msg.ADDRESS_INVALID, address=address, detail=problem)


def send_proof(engine: Engine, delivery_id: int, operator: str, addresses: list[str], sample_profile_id: int | None,
               transport: Transport, now: dt.datetime | None = None) -> ProofResult:
    """Send proof n+1 of the delivery; ``RoleRefused`` without the *Prepare deliveries* role,
    ``ProofRefused`` for bad addresses, ``TemplateProblem``/``RenderProblem`` for the content."""
    check_addresses(addresses)
    with engine.connect() as conn:
        require_role(conn, operator, Role.PREPARE_DELIVERIES)
        draft, _ = load_draft(conn, delivery_id)
        rendered = render_preview(conn, draft, sample_profile_id)
        number = _next_number(conn, delivery_id)
    builder = MessageBuilder(SenderFacts(delivery_id, draft.from_name, draft.from_address, draft.reply_to, draft.error_address,
                                         charset=draft.charset))
    rendered = replace(rendered, subject=f"[Proof {number}] {rendered.subject}")
    session = transport.session()
    refused: list[tuple[str, str]] = []
    try:
        for address in addresses:
            reply = session.send(builder.build(PROOF_LOG_ID, address, rendered))
            if not reply.accepted:
                refused.append((address, f"{reply.code or ''} {reply.text}".strip()))
    finally:
        session.close()
    with engine.begin() as conn:
        conn.execute(insert(Proof).values(
            delivery_id=delivery_id, number=number, sent_at=now or utcnow(), operator=operator,
            sample_profile_id=sample_profile_id, addresses=addresses, accepted=len(addresses) - len(refused),
            refused=[list(r) for r in refused],
        ))
    return ProofResult(number, len(addresses) - len(refused), refused)


def _next_number(conn: Connection, delivery_id: int) -> int:
    if conn.execute(select(Delivery.id).where(Delivery.id == delivery_id)).scalar_one_or_none() is None:
        raise ProofRefused(Msg.NO_DELIVERY, delivery=delivery_id)
    return int(conn.execute(select(func.coalesce(func.max(Proof.number), 0)).where(Proof.delivery_id == delivery_id)).scalar_one()) + 1


@dataclass(frozen=True)
class ProofLine:
    number: int
    sent_at: dt.datetime
    operator: str
    addresses: list[str]
    accepted: int
    refused: list[tuple[str, str]]


def proof_history(conn: Connection, delivery_id: int) -> list[ProofLine]:
    rows = conn.execute(select(Proof.number, Proof.sent_at, Proof.operator, Proof.addresses, Proof.accepted, Proof.refused)
                        .where(Proof.delivery_id == delivery_id).order_by(Proof.number.desc()))
    return [ProofLine(n, at, who, list(to), ok, [tuple(r) for r in bad]) for n, at, who, to, ok, bad in rows]
