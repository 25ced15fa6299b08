"""Creating, editing, duplicating and deleting deliveries: what the delivery editor saves.

A prepared delivery's analysis holds for the content, audience and parameters it was
computed from; any edit voids it (DESIGN.md §1): the log rows go, the delivery returns
to Draft, and its reason says which sections changed, so the marketer knows why Prepare
is needed again.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from campaign_desktop.db.models import Delivery, DeliveryLog, JournalEntry, Operator, Profile, ProfileList, Typology, utcnow
from campaign_desktop.engine.address_syntax import address_problem
from campaign_desktop.engine.audience import AudienceError, AudienceSpec, count_targeted, in_audience
from campaign_desktop.domain.enums import ApprovalMode, DeliveryState, Role
from campaign_desktop.engine.personalization import CompiledContent, RenderedMessage, TemplateProblem
from campaign_desktop.engine.recipients import RecipientReader, profile_columns
from campaign_desktop.engine.send_policy import SendPolicy
from campaign_desktop.engine.sending import require_role
from campaign_desktop.engine.settings import Settings

#: States whose delivery can still be edited; a Prepared one goes back to Draft.
EDITABLE_STATES = frozenset({DeliveryState.DRAFT, DeliveryState.PREPARED})
#: States in which a delivery is being worked on by the engine and cannot be deleted.
BUSY_STATES = frozenset({DeliveryState.PREPARING, DeliveryState.SENDING})
_INTERNAL_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")


class Section(enum.Enum):
    """The editor's sections; an edit of a prepared delivery names the ones that changed."""

    PROPERTIES = "properties"
    CONTENT = "content"
    AUDIENCE = "audience"
    PARAMETERS = "parameters"


class EditRefused(ValueError):
    """The delivery cannot be changed (or deleted) in its state."""


@dataclass
class DeliveryDraft:
    """The editable part of a delivery, as plain values (it crosses threads)."""

    label: str = ""
    internal_name: str = ""
    from_name: str = ""
    from_address: str = ""
    reply_to: str = ""
    error_address: str = ""
    subject: str = ""
    html: str = ""
    text: str = ""
    audience_list_id: int | None = None
    audience_filter: list[dict[str, Any]] = field(default_factory=list)
    typology_id: int | None = None
    contact_date: dt.datetime | None = None
    validity_hours: float = 84.0
    approval_mode: ApprovalMode = ApprovalMode.MANUAL
    send_policy: dict[str, Any] = field(default_factory=dict)
    recurrence: dict[str, Any] | None = None  # see engine.scheduler.Recurrence


SECTION_OF: dict[str, Section] = {
    **dict.fromkeys(("label", "internal_name", "from_name", "from_address", "reply_to", "error_address"), Section.PROPERTIES),
    **dict.fromkeys(("subject", "html", "text"), Section.CONTENT),
    **dict.fromkeys(("audience_list_id", "audience_filter"), Section.AUDIENCE),
    **dict.fromkeys(("typology_id", "contact_date", "validity_hours", "approval_mode", "send_policy", "recurrence"),
                    Section.PARAMETERS),
}
#: Changing only these keeps the analysis: they are not read by the preparation.
_HARMLESS = frozenset({"label", "internal_name"})


@dataclass(frozen=True)
class Problem:
    """One thing to correct before saving, and the field it belongs to."""

    field: str
    message: str


@dataclass(frozen=True)
class SaveOutcome:
    changed: frozenset[Section]
    returned_to_draft: bool


def load_draft(conn: Connection, delivery_id: int) -> tuple[DeliveryDraft, DeliveryState]:
    names = [f.name for f in fields(DeliveryDraft)]
    row = conn.execute(select(*(getattr(Delivery, n) for n in names), Delivery.state).where(Delivery.id == delivery_id)).one()
    values = dict(zip(names, row))
    values["audience_filter"] = list(values["audience_filter"] or [])
    values["send_policy"] = dict(values["send_policy"] or {})
    return DeliveryDraft(**values), row[-1]


def check_draft(draft: DeliveryDraft) -> list[Problem]:
    """What must be corrected before the draft can be saved (an empty list: it can)."""
    problems = []
    if not draft.label.strip():
        problems.append(Problem("label", "A label is required."))
    if not _INTERNAL_NAME.match(draft.internal_name):
        problems.append(Problem("internal_name", "The internal name takes letters, digits, '-', '_' and '.', and no spaces."))
    for name in ("from_address", "reply_to", "error_address"):
        value = getattr(draft, name).strip()
        if value or name == "from_address":
            problem = address_problem(value) if value else "The sender address is required."
            if problem:
                problems.append(Problem(name, problem))
    try:
        CompiledContent(draft.subject, draft.html, draft.text)
    except TemplateProblem as exc:
        problems.append(Problem(exc.part.lower(), str(exc)))
    try:
        count_targeted(AudienceSpec.from_json(draft.audience_list_id, draft.audience_filter))
    except (AudienceError, KeyError) as exc:
        problems.append(Problem("audience_filter", str(exc)))
    if draft.validity_hours <= 0:
        problems.append(Problem("validity_hours", "The validity period must be longer than zero."))
    return problems


def changed_fields(before: DeliveryDraft, after: DeliveryDraft) -> set[str]:
    return {f.name for f in fields(DeliveryDraft) if getattr(before, f.name) != getattr(after, f.name)}


def save_draft(engine: Engine, delivery_id: int, draft: DeliveryDraft, operator: str) -> SaveOutcome:
    """Store the draft; raises ``SendRefused`` without the *Prepare deliveries* role,
    ``EditRefused`` in a state that cannot be edited, ``ValueError`` with the problems when it
    does not check. A prepared delivery returns to Draft."""
    problems = check_draft(draft)
    if problems:
        raise ValueError("\n".join(p.message for p in problems))
    with engine.begin() as conn:
        require_role(conn, operator, Role.PREPARE_DELIVERIES)
        before, state = load_draft(conn, delivery_id)
        if state not in EDITABLE_STATES:
            raise EditRefused(f"A delivery in the state {state.name.title()} cannot be edited.")
        if _name_taken(conn, draft.internal_name, delivery_id):
            raise ValueError(f"Another delivery already has the internal name '{draft.internal_name}'.")
        changed = changed_fields(before, draft)
        if not changed:
            return SaveOutcome(frozenset(), False)
        values = {name: getattr(draft, name) for name in changed}
        invalidates = state is DeliveryState.PREPARED and bool(changed - _HARMLESS)
        sections = frozenset(SECTION_OF[name] for name in changed)
        if invalidates:
            values.update(_back_to_draft(conn, delivery_id, sections))
        conn.execute(update(Delivery).where(Delivery.id == delivery_id).values(**values, updated_at=utcnow()))
    return SaveOutcome(sections, invalidates)


def _back_to_draft(conn: Connection, delivery_id: int, sections: frozenset[Section]) -> dict[str, Any]:
    conn.execute(delete(DeliveryLog).where(DeliveryLog.delivery_id == delivery_id))
    conn.execute(delete(JournalEntry).where(JournalEntry.delivery_id == delivery_id))
    names = ", ".join(s.value for s in Section if s in sections)
    reason = f"Edited after preparation ({names}): prepare it again."
    return {"state": DeliveryState.DRAFT, "state_reason": reason, "targeted": 0, "to_deliver": 0, "to_exclude": 0,
            "prepared_at": None}


def _name_taken(conn: Connection, name: str, other_than: int | None) -> bool:
    query = select(func.count()).where(Delivery.internal_name == name)
    if other_than is not None:
        query = query.where(Delivery.id != other_than)
    return bool(conn.execute(query).scalar_one())


def _free_internal_name(conn: Connection, stem: str) -> str:
    for number in range(1, 100_000):  # bounded: a workspace never holds that many copies
        candidate = f"{stem}{number}" if stem.endswith(("-", "DM")) else f"{stem}-{number}"
        if not _name_taken(conn, candidate, None):
            return candidate
    raise ValueError("No free internal name.")


def _author(conn: Connection, login: str) -> int | None:
    return conn.execute(select(Operator.id).where(Operator.login == login)).scalar_one_or_none()


def create_delivery(engine: Engine, operator: str, settings: Settings, label: str = "New delivery") -> int:
    """A new Draft delivery with the workspace's defaults; returns its id."""
    with engine.begin() as conn:
        require_role(conn, operator, Role.PREPARE_DELIVERIES)
        draft = DeliveryDraft(label=label, internal_name=_free_internal_name(conn, "DM"), validity_hours=settings.validity_hours)
        sender = conn.execute(select(Delivery.from_name, Delivery.from_address, Delivery.error_address)
                              .order_by(Delivery.id.desc()).limit(1)).one_or_none()
        if sender is not None:  # the sender of the latest delivery is the likeliest one
            draft.from_name, draft.from_address, draft.error_address = sender
        return _insert(conn, draft, operator)


def duplicate_delivery(engine: Engine, delivery_id: int, operator: str) -> int:
    """A Draft copy of a delivery's content, audience and parameters (not its logs nor figures)."""
    with engine.begin() as conn:
        require_role(conn, operator, Role.PREPARE_DELIVERIES)
        draft, _ = load_draft(conn, delivery_id)
        copy = replace(draft, label=f"Copy of {draft.label}"[:200], recurrence=None,  # a copy recurs only if asked
                       internal_name=_free_internal_name(conn, draft.internal_name[:90]))
        return _insert(conn, copy, operator)


def _insert(conn: Connection, draft: DeliveryDraft, operator: str) -> int:
    values = asdict(draft)
    values.update(state=DeliveryState.DRAFT, author_id=_author(conn, operator))
    return int(conn.execute(insert(Delivery).values(**values).returning(Delivery.id)).scalar_one())


def delete_delivery(engine: Engine, delivery_id: int, operator: str) -> None:
    """Delete a delivery with its logs; refused while it is being prepared or sent."""
    with engine.begin() as conn:
        require_role(conn, operator, Role.PREPARE_DELIVERIES)
        state = conn.execute(select(Delivery.state).where(Delivery.id == delivery_id)).scalar_one()
        if state in BUSY_STATES:
            raise EditRefused(f"A delivery in the state {state.name.title()} cannot be deleted: stop it first.")
        conn.execute(delete(DeliveryLog).where(DeliveryLog.delivery_id == delivery_id))
        conn.execute(delete(Delivery).where(Delivery.id == delivery_id))


@dataclass(frozen=True)
class Choices:
    """What the editor's drop-downs offer."""

    lists: list[tuple[int, str]]
    typologies: list[tuple[int, str]]


def read_choices(conn: Connection) -> Choices:
    lists = [(i, n) for i, n in conn.execute(select(ProfileList.id, ProfileList.name).order_by(ProfileList.name))]
    typologies = [(i, n) for i, n in conn.execute(select(Typology.id, Typology.name).order_by(Typology.name))]
    return Choices(lists, typologies)


def audience_count(conn: Connection, list_id: int | None, conditions: list[dict[str, Any]]) -> int:
    """How many profiles the audience selects now (before any filtering rule)."""
    return int(conn.execute(count_targeted(AudienceSpec.from_json(list_id, conditions))).scalar_one())


def projected_finish(draft: DeliveryDraft, messages: int, settings: Settings, start: dt.datetime) -> dt.datetime:
    """When a send of ``messages`` started at ``start`` would have handed everything over."""
    return SendPolicy.from_json(draft.send_policy, settings).projected_finish(messages, start)


#: Where the preview's personal links point: nowhere, the preview is not a message.
PREVIEW_LINKS = {"unsubscribe_url": "#unsubscribe", "mirror_url": "#mirror"}


def sample_profiles(conn: Connection, list_id: int | None, conditions: list[dict[str, Any]], limit: int = 25) -> list[tuple[int, str]]:
    """A few profiles of the audience to preview the content with: (id, "Name <address>")."""
    spec = AudienceSpec.from_json(list_id, conditions)
    query = in_audience(select(Profile.id, Profile.first_name, Profile.last_name, Profile.email), spec)
    rows = conn.execute(query.order_by(Profile.id).limit(limit))
    return [(pid, f"{' '.join(n for n in (first, last) if n)} <{email or '—'}>".strip()) for pid, first, last, email in rows]


def render_preview(conn: Connection, draft: DeliveryDraft, profile_id: int | None) -> RenderedMessage:
    """The draft's subject, HTML and text as ``profile_id`` would get them (``TemplateProblem`` or
    ``RenderProblem`` when it cannot be rendered)."""
    content = CompiledContent(draft.subject, draft.html, draft.text)
    values: dict[str, Any] = {}
    if profile_id is not None:
        row = conn.execute(select(*profile_columns()).where(Profile.id == profile_id)).one_or_none()
        values = RecipientReader(content)(row) if row is not None else {}
    return content.render(values, **PREVIEW_LINKS)
