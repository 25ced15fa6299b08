"""The typed SQLAlchemy 2 models: operators, profiles, lists, deliveries, logs, addresses, rules.

Enums are stored as integers (``IntEnumType``); the delivery-log table is the big one
(one row per targeted profile) and is written with Core in batches, so its columns stay
narrow and nullable where a value only exists after the send.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from campaign_desktop.db.types import IntEnumType
from campaign_desktop.domain.enums import (
    AddressStatus,
    ApprovalMode,
    DeliveryState,
    DenylistCause,
    ExclusionCause,
    FailureReason,
    FailureType,
    InboundKind,
    InboundOutcome,
    Job,
    JournalLevel,
    LogStatus,
    Role,
    RuleKind,
    SampleClock,
    SimulatedEventKind,
)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    # a missing dict is SQL NULL, not the JSON value null
    type_annotation_map = {dict[str, Any]: JSON(none_as_null=True)}


class Operator(Base):
    """A person who signs in; what they may do is in their roles."""

    __tablename__ = "operator"
    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str | None] = mapped_column(String(255))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    roles: Mapped[list[OperatorRole]] = relationship(
        back_populates="operator", cascade="all, delete-orphan", lazy="selectin"
    )

    def has_role(self, role: Role) -> bool:
        granted = {r.role for r in self.roles}
        return role in granted or Role.ADMINISTRATOR in granted


class OperatorRole(Base):
    __tablename__ = "operator_role"
    operator_id: Mapped[int] = mapped_column(ForeignKey("operator.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[Role] = mapped_column(IntEnumType(Role), primary_key=True)
    operator: Mapped[Operator] = relationship(back_populates="roles")


class Profile(Base):
    """A recipient. ``email_norm`` is the address key used for matching (address_syntax.address_key)."""

    __tablename__ = "profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str | None] = mapped_column(String(320))
    email_norm: Mapped[str | None] = mapped_column(String(320), index=True)
    first_name: Mapped[str | None] = mapped_column(String(200))
    last_name: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str | None] = mapped_column(String(16))
    country: Mapped[str | None] = mapped_column(String(80))
    city: Mapped[str | None] = mapped_column(String(120))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(40))
    custom: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ProfileList(Base):
    """A named, fixed set of profiles (an import, a control group, a seed list)."""

    __tablename__ = "profile_list"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ListMember(Base):
    __tablename__ = "list_member"
    list_id: Mapped[int] = mapped_column(ForeignKey("profile_list.id", ondelete="CASCADE"), primary_key=True)
    profile_id: Mapped[int] = mapped_column(
        ForeignKey("profile.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Typology(Base):
    """A named set of filtering and control rules, chosen per delivery."""

    __tablename__ = "typology"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    rules: Mapped[list[TypologyRule]] = relationship(
        back_populates="typology", cascade="all, delete-orphan", lazy="selectin", order_by="TypologyRule.kind"
    )


class TypologyRule(Base):
    """One rule; ``parameters`` holds its settings (denied domains, fatigue limits, severity …)."""

    __tablename__ = "typology_rule"
    id: Mapped[int] = mapped_column(primary_key=True)
    typology_id: Mapped[int] = mapped_column(ForeignKey("typology.id", ondelete="CASCADE"), index=True)
    kind: Mapped[RuleKind] = mapped_column(IntEnumType(RuleKind))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    parameters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    typology: Mapped[Typology] = relationship(back_populates="rules")


class Delivery(Base):
    """An email delivery: audience, content, parameters and where it stands."""

    __tablename__ = "delivery"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    internal_name: Mapped[str] = mapped_column(String(100), unique=True)
    state: Mapped[DeliveryState] = mapped_column(IntEnumType(DeliveryState), default=DeliveryState.DRAFT)
    state_reason: Mapped[str] = mapped_column(Text, default="")  # the reason in English, for scripts
    reason: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # the same as a typed message (engine/messages.py)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # sender and content
    from_name: Mapped[str] = mapped_column(String(200), default="")
    from_address: Mapped[str] = mapped_column(String(320), default="")
    reply_to: Mapped[str] = mapped_column(String(320), default="")
    error_address: Mapped[str] = mapped_column(String(320), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    html: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    charset: Mapped[str] = mapped_column(String(32), default="utf-8")
    mirror_page: Mapped[bool] = mapped_column(Boolean, default=False)
    bcc_archive: Mapped[str] = mapped_column(String(320), default="")
    # addresses that get a copy of the message (with a target profile's data), outside the figures
    seed_addresses: Mapped[list[Any] | None] = mapped_column(JSON)
    # audience: a list, a filter on profile fields, or everyone when both are empty
    audience_list_id: Mapped[int | None] = mapped_column(ForeignKey("profile_list.id", ondelete="SET NULL"))
    audience_filter: Mapped[list[Any] | None] = mapped_column(JSON)
    control_group_list_id: Mapped[int | None] = mapped_column(ForeignKey("profile_list.id", ondelete="SET NULL"))
    typology_id: Mapped[int | None] = mapped_column(ForeignKey("typology.id", ondelete="SET NULL"))
    # parameters
    contact_date: Mapped[dt.datetime | None] = mapped_column(DateTime)
    validity_hours: Mapped[float] = mapped_column(Float, default=84.0)
    approval_mode: Mapped[ApprovalMode] = mapped_column(IntEnumType(ApprovalMode), default=ApprovalMode.MANUAL)
    send_policy: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    recurrence: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # preparation KPIs, kept so lists show them without counting logs
    targeted: Mapped[int] = mapped_column(Integer, default=0)
    to_deliver: Mapped[int] = mapped_column(Integer, default=0)
    to_exclude: Mapped[int] = mapped_column(Integer, default=0)
    prepared_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # the deployment figures as last counted (live while sending, then after each feedback pass)
    indicators: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # who works on it (prepares, sends, follows the feedback) and its last sign of life (engine/job_lease.py)
    lease_owner: Mapped[str | None] = mapped_column(String(200))
    lease_heartbeat_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    lease_job: Mapped[Job] = mapped_column(IntEnumType(Job), default=Job.NONE)
    # a demo's simulated clock: {"real": ISO UTC, "simulated": ISO UTC, "speed": x} (engine/clock.py)
    feedback_clock: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    audience_list: Mapped[ProfileList | None] = relationship(foreign_keys=[audience_list_id])
    control_group_list: Mapped[ProfileList | None] = relationship(foreign_keys=[control_group_list_id])
    typology: Mapped[Typology | None] = relationship()
    author: Mapped[Operator | None] = relationship()


class DeliveryLog(Base):
    """One row per targeted profile: to send, or excluded with its cause; then what the send did."""

    __tablename__ = "delivery_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"))
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"))
    address: Mapped[str | None] = mapped_column(String(320))
    status: Mapped[LogStatus] = mapped_column(IntEnumType(LogStatus))
    failure_type: Mapped[FailureType] = mapped_column(IntEnumType(FailureType), default=FailureType.NONE)
    failure_reason: Mapped[FailureReason] = mapped_column(
        IntEnumType(FailureReason), default=FailureReason.NOT_DEFINED
    )
    exclusion_cause: Mapped[ExclusionCause | None] = mapped_column(IntEnumType(ExclusionCause))
    detail: Mapped[str | None] = mapped_column(Text)  # personalisation error text, exclusion detail
    message_size: Mapped[int | None] = mapped_column(Integer)
    retry_count: Mapped[int] = mapped_column(Integer, default=0)
    last_reply: Mapped[str | None] = mapped_column(Text)
    matched_rule: Mapped[str | None] = mapped_column(String(100))
    message_id: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    next_retry_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # set and committed just before the message is handed over: the crash-safety mark
    handover_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # the process that claimed the row's due retry, until the retry is settled (engine/retrying.py)
    retry_claim: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (
        Index("ix_delivery_log_delivery_status", "delivery_id", "status"),
        Index("ix_delivery_log_profile_sent", "profile_id", "sent_at"),
        Index("ix_delivery_log_message_id", "message_id"),  # a returned message names its row by it
    )


class DeliveryCount(Base):
    """How many log rows of a delivery are in each class (status, failure type, retry planned).

    Kept by the one writer of log rows (engine/delivery_log.py) in the same transaction as
    the rows themselves, so the live figures read here always equal those that Compute
    stats counts from the logs, whichever process wrote them.
    """

    __tablename__ = "delivery_count"
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"), primary_key=True)
    status: Mapped[LogStatus] = mapped_column(IntEnumType(LogStatus), primary_key=True)
    failure_type: Mapped[FailureType] = mapped_column(IntEnumType(FailureType), primary_key=True)
    retrying: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class Address(Base):
    """The standing of one email address across deliveries: quarantine, denylist, error counter."""

    __tablename__ = "address"
    id: Mapped[int] = mapped_column(primary_key=True)
    email_norm: Mapped[str] = mapped_column(String(320), unique=True)
    status: Mapped[AddressStatus] = mapped_column(IntEnumType(AddressStatus), default=AddressStatus.VALID)
    error_count: Mapped[int] = mapped_column(Integer, default=0)
    last_reason: Mapped[FailureReason] = mapped_column(IntEnumType(FailureReason), default=FailureReason.NOT_DEFINED)
    last_reply: Mapped[str | None] = mapped_column(Text)
    first_error_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_error_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    denylist_cause: Mapped[DenylistCause | None] = mapped_column(IntEnumType(DenylistCause))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class TrackingEvent(Base):
    """An open, a click or an unsubscription by one recipient of one delivery."""

    __tablename__ = "tracking_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"))
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"))
    kind: Mapped[int] = mapped_column(Integer)  # domain.enums.TrackingKind
    url: Mapped[str | None] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (Index("ix_tracking_event_delivery_kind", "delivery_id", "kind", "at"),)


class IndicatorSample(Base):
    """The deployment counts of a delivery at one moment: the points of its chart."""

    __tablename__ = "indicator_sample"
    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    sent: Mapped[int] = mapped_column(Integer)
    delivered: Mapped[int] = mapped_column(Integer)
    bounces_errors: Mapped[int] = mapped_column(Integer)
    opens: Mapped[int] = mapped_column(Integer)
    clicks: Mapped[int] = mapped_column(Integer)
    # which clock ``at`` is on: a demo's feedback stores simulated times (migration 0010)
    clock: Mapped[SampleClock] = mapped_column(IntEnumType(SampleClock), default=SampleClock.REAL,
                                               server_default="0")

    __table_args__ = (Index("ix_indicator_sample_delivery_at", "delivery_id", "at"),)


class JournalEntry(Base):
    """A line of a delivery's analysis journal (info, warning or error)."""

    __tablename__ = "journal_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    level: Mapped[JournalLevel] = mapped_column(IntEnumType(JournalLevel))
    rule: Mapped[RuleKind | None] = mapped_column(IntEnumType(RuleKind))
    message: Mapped[str] = mapped_column(Text)  # in English, for scripts and older rows
    code: Mapped[str | None] = mapped_column(String(64))  # the message's id (engine/messages.py)
    args: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Proof(Base):
    """A proof (BAT) of a delivery: its number, who sent it, to whom, rendered for which profile."""

    __tablename__ = "proof"
    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    sent_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    operator: Mapped[str] = mapped_column(String(100))
    sample_profile_id: Mapped[int | None] = mapped_column(ForeignKey("profile.id", ondelete="SET NULL"))
    addresses: Mapped[list[Any]] = mapped_column(JSON)
    accepted: Mapped[int] = mapped_column(Integer, default=0)
    # [address, reply] of each address the transport did not take
    refused: Mapped[list[Any]] = mapped_column(JSON, default=list)


class InboundMessage(Base):
    """A message read from the error mailbox, once: reading it again changes nothing.

    Each is recorded by a digest of its bytes (and, for a mailbox server, its key there);
    those a person must look at (unclassified, unreadable, about no message of ours) keep
    their bytes.
    """

    __tablename__ = "inbound_message"
    id: Mapped[int] = mapped_column(primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(String(500))  # the mailbox it was read from
    source_key: Mapped[str | None] = mapped_column(String(300))  # its key there (POP3 UIDL, IMAP UID …)
    message_id: Mapped[str | None] = mapped_column(String(998))
    read_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    from_address: Mapped[str | None] = mapped_column(String(998))
    subject: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[InboundKind] = mapped_column(IntEnumType(InboundKind))
    outcome: Mapped[InboundOutcome] = mapped_column(IntEnumType(InboundOutcome))
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("delivery.id", ondelete="SET NULL"))
    log_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str | None] = mapped_column(Text)  # the reason read, or why it could not be applied
    reason: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # why it waits, as a typed message (translated when shown)
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)

    __table_args__ = (Index("ix_inbound_message_outcome", "outcome", "read_at"),
                      Index("ix_inbound_message_source_key", "source", "source_key"))


class SimulatedEvent(Base):
    """One thing the simulated internet will do later about a message the simulated MTA accepted
    (a report, a bounce, an open, a click), due at a time of the delivery's simulated clock.

    The demo's feedback schedule lives here, not in the memory of the process that sent: the
    follow releases each row once, deleting it with its effect, and a follow taken up after a
    restart goes on from the rows left (demo/feedback_simulation.py).
    """

    __tablename__ = "simulated_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"))
    log_id: Mapped[int | None] = mapped_column(Integer)  # the message's log row, as its X-Campaign-Delivery header says
    due_at: Mapped[dt.datetime] = mapped_column(DateTime)  # on the delivery's simulated clock (engine/clock.py)
    kind: Mapped[SimulatedEventKind] = mapped_column(IntEnumType(SimulatedEventKind))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)  # what producing the event needs (a notice's fields, a URL)

    # ids never come back after the table empties (SQLite): a notice's file and Message-ID are named by its id
    __table_args__ = (Index("ix_simulated_event_delivery_due", "delivery_id", "due_at"), {"sqlite_autoincrement": True})


class Setting(Base):
    """One value of the typed settings registry, stored as JSON."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


__all__ = [
    "Address", "Base", "Delivery", "DeliveryCount", "DeliveryLog", "InboundMessage", "IndicatorSample", "JournalEntry",
    "ListMember", "Operator",
    "OperatorRole", "Profile", "ProfileList", "Setting", "SimulatedEvent", "TrackingEvent", "Typology", "TypologyRule",
    "utcnow",
]
