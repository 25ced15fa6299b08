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

from campaign_desktop.db.models import Delivery, Operator, Profile, ProfileList, Typology, utcnow
from campaign_desktop.domain.enums import ApprovalMode, DeliveryState, Role
from campaign_desktop.engine import delivery_journal
from campaign_desktop.engine.address_syntax import address_problem
from campaign_desktop.engine.audience import AudienceError, AudienceSpec, count_targeted, in_audience
from campaign_desktop.engine.delivery_log import discard
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.job_lease import running_job
from campaign_desktop.engine.lifecycle import INITIAL, Action, allowed_actions, current_state, move
from campaign_desktop.engine.mail_headers import ISO_2022_JP, UTF8
from campaign_desktop.engine.messages import Message, Msg, message
from campaign_desktop.engine.personalization import CompiledContent, RenderedMessage, TemplateProblem
from campaign_desktop.engine.recipients import RecipientReader, profile_columns
from campaign_desktop.engine.roles import require_role
from campaign_desktop.engine.send_policy import SendPolicy
from campaign_desktop.engine.settings import Settings

_INTERNAL_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")
#: The character sets the message builder writes (engine/message.py), the first the default.
CHARSETS = (UTF8, ISO_2022_JP)


class Section(enum.Enum):
    """The editor's sections; an edit of a prepared delivery names the ones that changed."""

    PROPERTIES = "properties"
    CONTENT = "content"
    AUDIENCE = "audience"
    PARAMETERS = "parameters"


class EditRefused(EngineError, ValueError):
    """The delivery cannot be changed (or deleted) in its state, or under that name."""


class DraftProblems(EngineError, ValueError):
    """The draft does not check: ``problems`` says what to correct, field by field."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(Msg.DRAFT_PROBLEMS, detail=" ".join(str(p.message) for p in problems))


@dataclass
class DeliveryDraft:
    """The editable part of a delivery, as plain values (it crosses threads)."""

    label: str = ""
    internal_name: str = ""
    from_name: str = ""
    from_address: str = ""
    reply_to: str = ""
    error_address: str = ""
    bcc_archive: str = ""  # an archive copy of every message goes there
    charset: str = UTF8
    subject: str = ""
    html: str = ""
    text: str = ""
    audience_list_id: int | None = None
    audience_filter: list[dict[str, Any]] = field(default_factory=list)
    control_group_list_id: int | None = None  # its members are excluded (cause: control group)
    seed_addresses: list[str] = field(default_factory=list)  # each gets a copy, outside the figures
    typology_id: int | None = None
    contact_date: dt.datetime | None = None
    validity_hours: float = 84.0
    approval_mode: ApprovalMode = ApprovalMode.MANUAL
    send_policy: dict[str, Any] = field(default_factory=dict)
    recurrence: dict[str, Any] | None = None  # see engine.scheduler.Recurrence


SECTION_OF: dict[str, Section] = {
    **dict.fromkeys(("label", "internal_name", "from_name", "from_address", "reply_to", "error_address", "bcc_archive",
                     "charset"), Section.PROPERTIES),
    **dict.fromkeys(("subject", "html", "text"), Section.CONTENT),
    **dict.fromkeys(("audience_list_id", "audience_filter", "control_group_list_id", "seed_addresses"), Section.AUDIENCE),
    **dict.fromkeys(("typology_id", "contact_date", "validity_hours", "approval_mode", "send_policy", "recurrence"),
                    Section.PARAMETERS),
}
#: Changing only these keeps the analysis: they are not read by the preparation.
_HARMLESS = frozenset({"label", "internal_name"})


@dataclass(frozen=True)
class Problem:
    """One thing to correct before saving, and the field it belongs to."""

    field: str
    message: Message


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
    values["seed_addresses"] = [str(a) for a in values["seed_addresses"] or []]
    return DeliveryDraft(**values), row[-1]


def check_draft(draft: DeliveryDraft) -> list[Problem]:
    """What must be corrected before the draft can be saved (an empty list: it can)."""
    problems = []
    if not draft.label.strip():
        problems.append(Problem("label", message(Msg.LABEL_REQUIRED)))
    if not _INTERNAL_NAME.match(draft.internal_name):
        problems.append(Problem("internal_name", message(Msg.INTERNAL_NAME_FORMAT)))
    for name in ("from_address", "reply_to", "error_address", "bcc_archive"):
        value = getattr(draft, name).strip()
        if not value and name == "from_address":
            problems.append(Problem(name, message(Msg.SENDER_REQUIRED)))
        elif value and (problem := address_problem(value)):
            problems.append(Problem(name, message(Msg.ADDRESS_INVALID, address=value, detail=problem)))
    for seed in (s.strip() for s in draft.seed_addresses):  # each one named: the one to correct
        if problem := address_problem(seed):
            problems.append(Problem("seed_addresses", message(Msg.ADDRESS_INVALID, address=seed, detail=problem)))
    if draft.charset not in CHARSETS:
        problems.append(Problem("charset", message(Msg.DRAFT_BAD_VALUE, name="charset", value=draft.charset,
                                                   detail=_EXPECTED["charset"])))
    try:
        CompiledContent(draft.subject, draft.html, draft.text)
    except TemplateProblem as exc:
        problems.append(Problem(exc.part.lower(), exc.message))
    try:
        count_targeted(AudienceSpec.from_json(draft.audience_list_id, draft.audience_filter))
    except AudienceError as exc:
        problems.append(Problem("audience_filter", exc.message))
    if draft.validity_hours <= 0:
        problems.append(Problem("validity_hours", message(Msg.VALIDITY_POSITIVE)))
    return problems


def draft_from_json(conn: Connection, values: dict[str, Any], base: DeliveryDraft) -> DeliveryDraft:
    """``base`` with the fields a script gives (the editor's fields, by name): the audience list
    and the typology may be named rather than numbered, dates are ISO 8601, the approval mode
    is named. Unknown fields are refused, so a typo is never silently ignored."""
    known = {f.name for f in fields(DeliveryDraft)} | {"audience_list", "control_group_list", "typology"}
    unknown = sorted(set(values) - known)
    if unknown:
        raise DraftProblems([Problem(name, message(Msg.DRAFT_UNKNOWN_FIELDS, names=", ".join(unknown),
                                                   known=", ".join(sorted(known)))) for name in unknown[:1]])
    given = dict(values)
    if "audience_list" in given:
        name = given.pop("audience_list")
        given["audience_list_id"] = None if name is None else _named(conn, ProfileList, name, "audience_list")
    if "control_group_list" in given:
        name = given.pop("control_group_list")
        given["control_group_list_id"] = None if name is None else _named(conn, ProfileList, name, "control_group_list")
    if "typology" in given:
        name = given.pop("typology")
        given["typology_id"] = None if name is None else _named(conn, Typology, name, "typology")
    for name, convert in _CONVERSIONS.items():
        if name in given and (given[name] is not None or name not in _OPTIONAL):
            try:
                given[name] = convert(given[name])
            except (KeyError, ValueError, TypeError) as exc:
                raise DraftProblems([Problem(name, message(Msg.DRAFT_BAD_VALUE, name=name, value=repr(given[name])[:60],
                                                           detail=_EXPECTED[name]))]) from exc
    return replace(base, **given)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


def _of_type(kind: type) -> Any:
    def check(value: Any) -> Any:
        if not isinstance(value, kind) or isinstance(value, bool):
            raise TypeError(value)
        return value
    return check


def _filter(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise TypeError(value)
    return value


def _texts(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise TypeError(value)
    return value


def _charset(value: Any) -> str:
    if _text(value).strip().lower() not in CHARSETS:
        raise ValueError(value)
    return value.strip().lower()


_CONVERSIONS: dict[str, Any] = {
    **dict.fromkeys(("label", "internal_name", "from_name", "from_address", "reply_to", "error_address", "bcc_archive",
                     "subject", "html", "text"), _text),
    "charset": _charset,
    "contact_date": lambda v: dt.datetime.fromisoformat(_text(v)),
    "approval_mode": lambda v: ApprovalMode[_text(v).strip().upper()],
    "validity_hours": lambda v: float(_of_type((int, float))(v)),
    "audience_list_id": _of_type(int), "control_group_list_id": _of_type(int), "typology_id": _of_type(int),
    "audience_filter": _filter, "seed_addresses": _texts, "send_policy": _of_type(dict), "recurrence": _of_type(dict),
}
_OPTIONAL = frozenset({"audience_list_id", "control_group_list_id", "typology_id", "contact_date", "recurrence"})
_EXPECTED = {
    **dict.fromkeys(("label", "internal_name", "from_name", "from_address", "reply_to", "error_address", "bcc_archive",
                     "subject", "html", "text"), "text"),
    "charset": ", ".join(CHARSETS),
    "contact_date": "a date and time, ISO 8601 (2026-12-24T09:00)",
    "approval_mode": ", ".join(m.name.lower() for m in ApprovalMode),
    "validity_hours": "a number of hours", "audience_list_id": "a list's id", "typology_id": "a typology's id",
    "control_group_list_id": "a list's id", "audience_filter": "a list of conditions",
    "seed_addresses": "a list of addresses", "send_policy": "an object", "recurrence": "an object",
}


def _named(conn: Connection, table: Any, name: str, field_name: str) -> int:
    found = conn.execute(select(table.id).where(table.name == name)).scalar_one_or_none()
    if found is None:
        raise DraftProblems([Problem(field_name, message(Msg.DRAFT_BAD_VALUE, name=field_name, value=name,
                                                         detail="no such name in this workspace"))])
    return int(found)


def changed_fields(before: DeliveryDraft, after: DeliveryDraft) -> set[str]:
    return {f.name for f in fields(DeliveryDraft) if getattr(before, f.name) != getattr(after, f.name)}


def save_draft(engine: Engine, delivery_id: int, draft: DeliveryDraft, operator: str) -> SaveOutcome:
    """Store the draft; raises ``RoleRefused`` without the *Prepare deliveries* role,
    ``EditRefused`` in a state that cannot be edited (or for a taken name), ``DraftProblems``
    when it does not check. A prepared delivery returns to Draft."""
    problems = check_draft(draft)
    if problems:
        raise DraftProblems(problems)
    with engine.begin() as conn:
        require_role(conn, operator, Role.PREPARE_DELIVERIES)
        before, state = load_draft(conn, delivery_id)
        if Action.EDIT not in allowed_actions(state, running_job(conn, delivery_id)):
            raise EditRefused(Msg.CANNOT_EDIT, state=state)
        if _name_taken(conn, draft.internal_name, delivery_id):
            raise EditRefused(Msg.NAME_TAKEN, name=draft.internal_name)
        changed = changed_fields(before, draft)
        if not changed:
            return SaveOutcome(frozenset(), False)
        values = {name: getattr(draft, name) for name in changed}
        invalidates = state is DeliveryState.PREPARED and bool(changed - _HARMLESS)
        sections = frozenset(SECTION_OF[name] for name in changed)
        if invalidates:
            _back_to_draft(conn, delivery_id, sections)
            state = DeliveryState.DRAFT
        # only while it still is where it was read: a send confirmed meanwhile elsewhere wins
        saved = conn.execute(update(Delivery).where(Delivery.id == delivery_id, Delivery.state == state)
                             .values(**values, updated_at=utcnow())).rowcount
        if not saved:
            raise EditRefused(Msg.CANNOT_EDIT, state=current_state(conn, delivery_id))
    return SaveOutcome(sections, invalidates)


def _back_to_draft(conn: Connection, delivery_id: int, sections: frozenset[Section]) -> None:
    reason = message(Msg.REASON_EDITED, sections=[s.value for s in Section if s in sections])
    move(conn, delivery_id, DeliveryState.PREPARED, DeliveryState.DRAFT, reason,
         targeted=0, to_deliver=0, to_exclude=0, prepared_at=None)
    discard(conn, delivery_id)
    delivery_journal.clear(conn, delivery_id)


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
    raise EditRefused(Msg.NO_FREE_NAME, name=stem)


def _author(conn: Connection, login: str) -> int | None:
    return conn.execute(select(Operator.id).where(Operator.login == login)).scalar_one_or_none()


def draft_as_json(draft: DeliveryDraft) -> dict[str, Any]:
    """The draft as ``draft_from_json`` takes it back."""
    values = asdict(draft)
    values["contact_date"] = draft.contact_date.isoformat() if draft.contact_date else None
    values["approval_mode"] = draft.approval_mode.name.lower()
    return values


def create_delivery(engine: Engine, operator: str, settings: Settings, label: str = "New delivery") -> int:
    """A new Draft delivery with the workspace's defaults; returns its id."""
    with engine.begin() as conn:
        require_role(conn, operator, Role.PREPARE_DELIVERIES)
        draft = DeliveryDraft(label=label, internal_name=_free_internal_name(conn, "DM"), validity_hours=settings.validity_hours)
        sender = conn.execute(select(Delivery.from_name, Delivery.from_address, Delivery.error_address)
                              .order_by(Delivery.id.desc()).limit(1)).one_or_none()
        if sender is not None:  # the sender of the latest delivery is the likeliest one
            draft.from_name, draft.from_address, draft.error_address = sender
        return _insert(conn, asdict(draft), operator)


#: The columns of ``delivery`` a copy does not take from its original; every other one is copied,
#: so a column added later is kept by a duplicate unless it is named here.
NOT_COPIED = frozenset({
    "id", "label", "internal_name",  # its own: "Copy of …", and a free name
    "state", "state_reason", "reason",  # a copy starts as a draft
    "author_id", "created_at", "updated_at",  # made by whoever duplicates it, now
    "recurrence",  # a copy recurs only if asked (the scheduler's occurrences are copies too)
    "targeted", "to_deliver", "to_exclude", "prepared_at", "sent_at", "indicators",  # the original's figures
    "lease_owner", "lease_heartbeat_at", "lease_job",  # who works on the original
    "feedback_clock",  # the clock of the original's send
})


def duplicate_delivery(engine: Engine, delivery_id: int, operator: str) -> int:
    """A Draft copy of a delivery: every column but those of ``NOT_COPIED`` (not its logs nor figures)."""
    with engine.begin() as conn:
        require_role(conn, operator, Role.PREPARE_DELIVERIES)
        source = conn.execute(select(Delivery.__table__).where(Delivery.id == delivery_id)).mappings().one()
        values = {name: value for name, value in source.items() if name not in NOT_COPIED}
        values.update(label=f"Copy of {source['label']}"[:200],
                      internal_name=_free_internal_name(conn, source["internal_name"][:90]))
        return _insert(conn, values, operator)


def _insert(conn: Connection, values: dict[str, Any], operator: str) -> int:
    """A new delivery with these column values, in the initial state, authored by ``operator``."""
    (initial,) = INITIAL
    row = {**values, "state": initial, "author_id": _author(conn, operator)}
    return int(conn.execute(insert(Delivery).values(**row).returning(Delivery.id)).scalar_one())


def delete_delivery(engine: Engine, delivery_id: int, operator: str) -> None:
    """Delete a delivery with its logs: only before it was sent (its logs and figures are a record)."""
    with engine.begin() as conn:
        require_role(conn, operator, Role.PREPARE_DELIVERIES)
        state = current_state(conn, delivery_id)
        if Action.DELETE not in allowed_actions(state, running_job(conn, delivery_id)):
            raise EditRefused(Msg.CANNOT_DELETE, state=state)
        discard(conn, delivery_id)
        deleted = conn.execute(delete(Delivery).where(Delivery.id == delivery_id, Delivery.state == state)).rowcount
        if not deleted:  # moved meanwhile by another process: the transaction rolls back
            raise EditRefused(Msg.CANNOT_DELETE, state=current_state(conn, delivery_id))


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
