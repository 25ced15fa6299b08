"""Builds the demo workspace: realistic profiles with the flaws of real data, in stated proportions.

Everything comes from one seed, so a trainer's demo can be replayed. The shares below are
of all profiles (``FLAWS``) or of the profiles with a well-formed address (``STANDINGS``),
and the README states them.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, insert, select, text, update

from campaign_desktop.db.models import (
    Address,
    Base,
    Delivery,
    DeliveryLog,
    ListMember,
    Operator,
    OperatorRole,
    Profile,
    ProfileList,
    Typology,
    TypologyRule,
    utcnow,
)
from campaign_desktop.demo import names
from campaign_desktop.domain.enums import (
    AddressStatus,
    DeliveryState,
    FailureReason,
    LogStatus,
    ReportingMode,
    Role,
    RuleKind,
)
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.fields import normalize_email
from campaign_desktop.engine.indicators import recompute
from campaign_desktop.engine.messages import Msg
from campaign_desktop.engine.typology import parameters_for

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"
DEMO_DELIVERY = "demo-newsletter"
CONTROL_GROUP_LIST = "Control group — autumn newsletter"

#: Share of all profiles with each flaw of the address itself (mutually exclusive).
FLAWS = {"missing_address": 0.010, "invalid_address": 0.015, "duplicate": 0.020, "denied_domain": 0.005}
#: Share of profiles with a well-formed address in each standing or group (mutually exclusive).
STANDINGS = {
    "quarantine": 0.008,
    "denylisted": 0.012,
    "with_errors": 0.010,
    "control_group": 0.020,
    "fatigue": 0.010,
    "personalization_error": 0.003,
}
#: Share of Japanese profiles whose address is at a Japanese mobile carrier.
JAPANESE_MOBILE_SHARE = 0.4
BATCH = 10_000

OPERATORS = {
    "admin": ("Administrator", [Role.ADMINISTRATOR, Role.PREPARE_DELIVERIES, Role.START_DELIVERIES]),
    "marketer": ("Morgane Marketer", [Role.PREPARE_DELIVERIES]),
    "manager": ("Marc Manager", [Role.PREPARE_DELIVERIES, Role.START_DELIVERIES]),
}


class WorkspaceNotEmpty(EngineError):
    """The database already holds profiles; building the demo would mix two workspaces."""


@dataclass
class DemoSummary:
    profiles: int
    flaws: dict[str, int] = field(default_factory=dict)


def ascii_slug(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in ".-")).lower()


def _invalid_address(rng: random.Random, local: str, domain: str) -> str:
    forms = [
        f"{local}@{domain.split('.')[0]}",  # no top-level domain
        f"{local}@@{domain}",
        f"{local.replace('.', ' ')}@{domain}",
        f"{local}@{domain.replace('.', ',')}",
        f"{local}..x@{domain}",
        f"{local}{domain}",  # the @ forgotten
    ]
    return rng.choice(forms)


def _case_variant(rng: random.Random, address: str) -> str:
    variant = "".join(c.upper() if rng.random() < 0.5 else c for c in address)
    return variant if variant != address else address.upper()


class _ProfileFactory:
    """Draws one profile at a time; remembers a few addresses to duplicate later."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.languages = list(names.LANGUAGE_WEIGHTS)
        self.weights = list(names.LANGUAGE_WEIGHTS.values())
        self.recent: list[str] = []
        self.today = dt.date.today()

    def _name(self, language: str) -> tuple[str, str, str]:
        rng = self.rng
        if language == "ja":
            (first, first_r), (last, last_r) = rng.choice(names.JAPANESE_FIRST), rng.choice(names.JAPANESE_LAST)
            return first, last, f"{first_r}.{last_r}"
        first, last = rng.choice(names.FIRST_NAMES[language]), rng.choice(names.LAST_NAMES[language])
        return first, last, f"{ascii_slug(first)}.{ascii_slug(last)}"

    def _domain(self, language: str) -> str:
        if language == "ja" and self.rng.random() < JAPANESE_MOBILE_SHARE:
            return self.rng.choice(names.JAPANESE_MOBILE_DOMAINS)
        return self.rng.choice(names.DOMAINS[language])

    def make(self, profile_id: int) -> tuple[dict[str, Any], str | None]:
        """A profile row and the flaw of its address (``None`` when it is well-formed)."""
        rng = self.rng
        language = rng.choices(self.languages, self.weights)[0]
        first, last, local = self._name(language)
        local = f"{local}{profile_id}"
        domain = self._domain(language)
        email: str | None = f"{local}@{domain}"
        flaw = _pick(rng.random(), FLAWS)
        if flaw == "missing_address":
            email = None if rng.random() < 0.7 else "  "
        elif flaw == "invalid_address":
            email = _invalid_address(rng, local, domain)
        elif flaw == "duplicate" and self.recent:
            email = _case_variant(rng, rng.choice(self.recent))
        elif flaw == "denied_domain":
            email = f"{local}@{rng.choice(names.DENIED_DOMAINS)}"
        else:
            flaw = None
            self.recent.append(email)
            if len(self.recent) > 500:
                self.recent.pop(rng.randrange(len(self.recent)))
        country, cities = names.CITIES[language]
        custom: dict[str, Any] = {"favourite_category": rng.choice(names.CATEGORIES)}
        if rng.random() < 0.3:
            custom["loyalty_tier"] = rng.choice(names.TIERS)
            custom["loyalty_points"] = rng.randrange(50, 12_000, 10)
        row = {
            "id": profile_id,
            "email": email,
            "email_norm": normalize_email(email),
            "first_name": first if rng.random() > 0.03 else None,
            "last_name": last,
            "title": None,
            "language": language,
            "country": country,
            "city": rng.choice(cities) if rng.random() > 0.05 else None,
            "birth_date": self.today - dt.timedelta(days=rng.randrange(18 * 365, 85 * 365)),
            "phone": None,
            "custom": custom,
        }
        return row, flaw


def _pick(roll: float, shares: dict[str, float]) -> str | None:
    total = 0.0
    for name, share in shares.items():
        total += share
        if roll < total:
            return name
    return None


def build_demo(
    engine: Engine,
    profiles: int = 20_000,
    seed: int = 7,
    reset: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill an empty database with the demo workspace; ``reset`` empties it first."""
    with engine.begin() as conn:
        if reset:
            for table in reversed(Base.metadata.sorted_tables):
                if table.name != "alembic_version":
                    conn.execute(table.delete())
        existing = conn.execute(select(func.count()).select_from(Profile)).scalar_one()
        if existing:
            raise WorkspaceNotEmpty(Msg.WORKSPACE_NOT_EMPTY, count=existing)
        return _fill(conn, profiles, random.Random(seed), progress)


def _fill(conn: Any, count: int, rng: random.Random, progress: Callable[[int, int], None] | None) -> DemoSummary:
    now = utcnow()
    admin_id = _operators(conn)
    typology_id = _typology(conn)
    control_list = conn.execute(insert(ProfileList).values(name=CONTROL_GROUP_LIST, created_at=now).returning(ProfileList.id)).scalar_one()
    flash, weekend = _past_deliveries(conn, admin_id, now)
    summary = DemoSummary(count, {name: 0 for name in [*FLAWS, *STANDINGS, "japanese_mobile"]})
    factory = _ProfileFactory(rng)
    batch: dict[str, list[dict[str, Any]]] = {"profile": [], "address": [], "member": [], "log": []}
    for profile_id in range(1, count + 1):
        row, flaw = factory.make(profile_id)
        batch["profile"].append(row)
        if flaw:
            summary.flaws[flaw] += 1
        else:
            _standing(rng, row, summary, batch, control_list, (flash, weekend), now)
        if row["email_norm"] and row["email_norm"].rpartition("@")[2] in names.JAPANESE_MOBILE_DOMAINS:
            summary.flaws["japanese_mobile"] += 1
        if len(batch["profile"]) >= BATCH:
            _flush(conn, batch)
            if progress:
                progress(profile_id, count)
    _flush(conn, batch)
    _advance_id_sequence(conn)
    # the past deliveries reached exactly the profiles whose logs were written above
    sent = summary.flaws["fatigue"]
    conn.execute(update(Delivery).where(Delivery.id.in_([flash, weekend])).values(targeted=sent, to_deliver=sent))
    for past in (flash, weekend):  # their figures, as Compute stats would give them, for the list and dashboards
        recompute(conn, past, ReportingMode.RELAY, now)
    _newsletter(conn, admin_id, typology_id, control_list, now)
    if progress:
        progress(count, count)
    return summary


def _standing(
    rng: random.Random,
    row: dict[str, Any],
    summary: DemoSummary,
    batch: dict[str, list[dict[str, Any]]],
    control_list: int,
    past: tuple[int, int],
    now: dt.datetime,
) -> None:
    standing = _pick(rng.random(), STANDINGS)
    if standing is None:
        return
    summary.flaws[standing] += 1
    norm = row["email_norm"]
    if standing in ("quarantine", "denylisted", "with_errors"):
        status, reason = {
            "quarantine": (AddressStatus.QUARANTINE, FailureReason.USER_UNKNOWN),
            "denylisted": (AddressStatus.DENYLISTED, FailureReason.DENYLISTED),
            "with_errors": (AddressStatus.WITH_ERRORS, FailureReason.MAILBOX_FULL),
        }[standing]
        errors = 1 if status is AddressStatus.WITH_ERRORS else 0
        seen = now - dt.timedelta(days=rng.randrange(1, 60))
        batch["address"].append(
            {"email_norm": norm, "status": status, "error_count": errors, "last_reason": reason,
             "first_error_at": seen, "last_error_at": seen, "updated_at": seen}
        )
    elif standing == "control_group":
        batch["member"].append({"list_id": control_list, "profile_id": row["id"]})
    elif standing == "fatigue":
        for delivery_id, days in zip(past, (2, 5)):
            sent = now - dt.timedelta(days=days)
            batch["log"].append(
                {"delivery_id": delivery_id, "profile_id": row["id"], "address": row["email"],
                 "status": LogStatus.SENT, "created_at": sent, "sent_at": sent, "updated_at": sent}
            )
    elif standing == "personalization_error":
        # An import glitch: a loyalty member whose points never arrived; the template prints them.
        row["custom"] = {**row["custom"], "loyalty_tier": "Gold"}
        row["custom"].pop("loyalty_points", None)


def _flush(conn: Any, batch: dict[str, list[dict[str, Any]]]) -> None:
    for key, model in (("profile", Profile), ("address", Address), ("member", ListMember), ("log", DeliveryLog)):
        if batch[key]:
            conn.execute(insert(model), batch[key])
            batch[key].clear()


def _advance_id_sequence(conn: Any) -> None:
    """Profiles were given their ids; a PostgreSQL sequence must hear of it before the next import."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT setval(pg_get_serial_sequence('profile', 'id'), (SELECT max(id) FROM profile))"))


def _operators(conn: Any) -> int:
    ids = {}
    for login, (name, roles) in OPERATORS.items():
        ids[login] = conn.execute(insert(Operator).values(login=login, name=name, disabled=False).returning(Operator.id)).scalar_one()
        conn.execute(insert(OperatorRole), [{"operator_id": ids[login], "role": role} for role in roles])
    return ids["admin"]


def _typology(conn: Any) -> int:
    typology_id = conn.execute(
        insert(Typology)
        .values(name="Newsletter typology", description="Every filtering and control rule, with the demo's settings.")
        .returning(Typology.id)
    ).scalar_one()
    overrides = {
        RuleKind.DENIED_DOMAIN: {"domains": names.DENIED_DOMAINS},
        RuleKind.FATIGUE: {"max_messages": 2, "period_days": 7},
    }
    conn.execute(
        insert(TypologyRule),
        [
            {"typology_id": typology_id, "kind": kind, "active": not kind.opt_in, "parameters": parameters_for(kind, overrides.get(kind))}
            for kind in RuleKind
        ],
    )
    return typology_id


def _past_deliveries(conn: Any, admin_id: int, now: dt.datetime) -> tuple[int, int]:
    ids = []
    for name, label, days in (("flash-sale", "Flash sale — 48 hours", 2), ("weekend-offer", "Weekend offer", 5)):
        sent = now - dt.timedelta(days=days)
        ids.append(
            conn.execute(
                insert(Delivery)
                .values(
                    label=label, internal_name=name, state=DeliveryState.SENT, author_id=admin_id,
                    from_name="Maison Lumière", from_address="news@maison-lumiere.example.com",
                    subject=label, html="<p>Archived</p>", text="Archived", created_at=sent, updated_at=sent, sent_at=sent,
                    send_policy={},
                )
                .returning(Delivery.id)
            ).scalar_one()
        )
    return ids[0], ids[1]


def _newsletter(conn: Any, admin_id: int, typology_id: int, control_list: int, now: dt.datetime) -> None:
    conn.execute(
        insert(Delivery).values(
            label="Autumn newsletter",
            internal_name=DEMO_DELIVERY,
            state=DeliveryState.DRAFT,
            author_id=admin_id,
            from_name="Maison Lumière",
            from_address="news@maison-lumiere.example.com",
            reply_to="care@maison-lumiere.example.com",
            error_address="bounces@maison-lumiere.example.com",
            subject="{{ recipient.first_name | default('Hello') }}, our autumn collection has arrived",
            html=(TEMPLATES / "newsletter.html").read_text(encoding="utf-8"),
            text=(TEMPLATES / "newsletter.txt").read_text(encoding="utf-8"),
            typology_id=typology_id,
            control_group_list_id=control_list,
            send_policy={},
            created_at=now,
            updated_at=now,
        )
    )
