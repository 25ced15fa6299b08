"""Every status, type, reason and cause the product knows, as enums.

The integer values are stored in the database, so they never change; the failure
reason codes are those of the reference system (DESIGN.md §4).
"""

from __future__ import annotations

import enum


class Role(enum.IntEnum):
    """What an operator is allowed to do."""

    PREPARE_DELIVERIES = 1
    START_DELIVERIES = 2
    ADMINISTRATOR = 3


class DeliveryState(enum.IntEnum):
    """Where a delivery stands in the send flow (DESIGN.md §1)."""

    DRAFT = 0
    PREPARING = 1
    PREPARED = 2
    SCHEDULED = 3
    SENDING = 4
    PAUSED = 5
    SENT = 6
    CLOSED = 7
    STOPPED = 8


class ApprovalMode(enum.IntEnum):
    """How the analysis is approved before the send."""

    MANUAL = 0
    SEMI_AUTOMATIC = 1
    AUTOMATIC = 2


class LogStatus(enum.IntEnum):
    """The status of one recipient's delivery-log row (DESIGN.md §4)."""

    TO_SEND = 0
    PENDING = 1
    SENT = 2
    FAILED = 3
    IGNORED = 4
    CANCELED = 5
    UNKNOWN = 6  # handed over when the sending process died: maybe sent, never sent again


class FailureType(enum.IntEnum):
    """How final a failure is."""

    NONE = 0
    SOFT = 1
    HARD = 2
    IGNORED = 3


class FailureReason(enum.IntEnum):
    """Failure reasons with the reference system's codes; keep these names."""

    NOT_DEFINED = 0
    USER_UNKNOWN = 1
    INVALID_DOMAIN = 2
    UNREACHABLE = 3
    ACCOUNT_DISABLED = 4
    MAILBOX_FULL = 5
    NOT_CONNECTED = 6
    ADDRESS_NOT_SPECIFIED = 7
    DENYLISTED = 8
    IN_QUARANTINE = 9
    DUPLICATE = 10
    EXCLUDED_BY_RULE = 11
    REFUSED = 20
    ERROR_IGNORED = 25
    CONTROL_GROUP = 127


class ExclusionCause(enum.IntEnum):
    """Why preparation removed a profile from the target; the order is the order rules apply."""

    MISSING_ADDRESS = 1
    INVALID_ADDRESS = 2
    DUPLICATE = 3
    QUARANTINE = 4
    DENYLISTED = 5
    DENIED_DOMAIN = 6
    CONTROL_GROUP = 7
    FATIGUE = 8
    PERSONALIZATION_ERROR = 9
    RESERVED_DOMAIN = 10  # a reserved or special-use name (.test, .invalid …): no mail arrives there

    @property
    def key(self) -> str:
        """The stable key used in JSON output (``missing_address`` …)."""
        return self.name.lower()

    @property
    def failure(self) -> tuple[FailureType, FailureReason]:
        """The failure type and reason code written on an excluded log row."""
        return _CAUSE_FAILURE[self]


_CAUSE_FAILURE: dict[ExclusionCause, tuple[FailureType, FailureReason]] = {
    ExclusionCause.MISSING_ADDRESS: (FailureType.HARD, FailureReason.ADDRESS_NOT_SPECIFIED),
    ExclusionCause.INVALID_ADDRESS: (FailureType.HARD, FailureReason.USER_UNKNOWN),
    ExclusionCause.DUPLICATE: (FailureType.IGNORED, FailureReason.DUPLICATE),
    ExclusionCause.QUARANTINE: (FailureType.HARD, FailureReason.IN_QUARANTINE),
    ExclusionCause.DENYLISTED: (FailureType.HARD, FailureReason.DENYLISTED),
    ExclusionCause.DENIED_DOMAIN: (FailureType.IGNORED, FailureReason.EXCLUDED_BY_RULE),
    ExclusionCause.CONTROL_GROUP: (FailureType.IGNORED, FailureReason.CONTROL_GROUP),
    ExclusionCause.FATIGUE: (FailureType.IGNORED, FailureReason.EXCLUDED_BY_RULE),
    ExclusionCause.PERSONALIZATION_ERROR: (FailureType.IGNORED, FailureReason.ERROR_IGNORED),
    ExclusionCause.RESERVED_DOMAIN: (FailureType.IGNORED, FailureReason.EXCLUDED_BY_RULE),
}


class AddressStatus(enum.IntEnum):
    """The standing of an email address across deliveries (DESIGN.md §4)."""

    VALID = 0
    WITH_ERRORS = 1
    QUARANTINE = 2
    DENYLISTED = 3


class SampleClock(enum.IntEnum):
    """Which clock a chart point's time is on: a demo's feedback runs on simulated time, days
    ahead of the real one, and its points must never be drawn on the real time line."""

    REAL = 0
    SIMULATED = 1


class JournalLevel(enum.IntEnum):
    """Severity of an analysis-journal line; an error blocks Confirm send."""

    INFO = 0
    WARNING = 1
    ERROR = 2


class RuleKind(enum.IntEnum):
    """The rules a typology can hold: filtering rules exclude profiles, control rules check the delivery."""

    # filtering rules, one per exclusion cause
    MISSING_ADDRESS = 1
    INVALID_ADDRESS = 2
    DUPLICATE = 3
    QUARANTINE = 4
    DENYLIST = 5
    DENIED_DOMAIN = 6
    CONTROL_GROUP = 7
    FATIGUE = 8
    PERSONALIZATION_ERROR = 9
    RESERVED_DOMAIN = 10  # opt-in: trainers and test relays send to .test names
    # control rules
    EMPTY_SUBJECT = 101
    EMPTY_SENDER = 102
    UNSUBSCRIBE_LINK = 103
    UNRESOLVED_FIELD = 104
    MESSAGE_SIZE = 105
    LINKS = 106
    TEXT_PART = 107

    @property
    def is_filter(self) -> bool:
        return self.value < 100

    @property
    def opt_in(self) -> bool:
        """A rule a typology holds only when someone turns it on (not in "every rule")."""
        return self is RuleKind.RESERVED_DOMAIN

    @property
    def cause(self) -> ExclusionCause:
        """The exclusion cause a filtering rule produces."""
        return ExclusionCause(self.value)


class TrackingKind(enum.IntEnum):
    """What a recipient did with a message."""

    OPEN = 1
    CLICK = 2
    UNSUBSCRIPTION = 3
    MIRROR_VIEW = 4
    SPAM_COMPLAINT = 5
    AUTO_REPLY = 6  # an out-of-office or other automatic answer came back (history only)


class ReportingMode(enum.IntEnum):
    """How the Delivered figure is reported (the two columns of the seed table)."""

    RELAY = 0  # handed over = Sent; Delivered starts at 100 % and goes down with bounces
    EMAIL_FEEDBACK = 1  # handed over = Pending; Delivered goes up when the server reports it


class TransportKind(enum.IntEnum):
    SIMULATED = 0
    SMTP = 1
    PICKUP = 2


class Job(enum.IntEnum):
    """What works on a delivery right now, in this process or another (stored with its lease)."""

    NONE = 0
    PREPARE = 1
    SEND = 2
    FEEDBACK = 3  # following the simulated feedback until the delivery closes (the app)


class SimulatedEventKind(enum.IntEnum):
    """What the simulated internet does later about a message the simulated MTA accepted: a row
    of the demo's feedback schedule (demo/feedback_simulation.py), kept until it is released."""

    DELIVERY_REPORT = 1  # a "delivered" DSN (read in email feedback reporting)
    HARD_BOUNCE = 2  # a later "failed" DSN, permanent
    SOFT_BOUNCE = 3  # a later "failed" DSN, temporary (the retry gets through)
    OPEN = 4  # the open pixel is fetched
    CLICK = 5  # a tracked link is followed
    UNSUBSCRIBE = 6  # the unsubscribe link is followed


class InboundKind(enum.IntEnum):
    """What a message that arrived at the error address is (DESIGN.md §4)."""

    BOUNCE = 1  # a failed DSN (RFC 3464), or a bounce in a non-standard form
    DELAYED = 2  # the relay is still trying: not a bounce
    DELIVERY_REPORT = 3  # delivered, relayed or expanded
    COMPLAINT = 4  # a feedback-loop spam complaint (ARF, RFC 5965)
    AUTO_REPLY = 5  # an out-of-office or other automatic answer (RFC 3834)
    UNSUBSCRIBE = 6  # an unsubscribe request mailed to the List-Unsubscribe address
    UNCLASSIFIED = 7  # something else: a person reads it
    MALFORMED = 8  # it could not be read at all: a person reads it


class InboundOutcome(enum.IntEnum):
    """What reading an inbound message did."""

    APPLIED = 1  # it changed a recipient's row, address or history
    NO_CHANGE = 2  # about a known message, with nothing to change (a duplicate, a delay notice …)
    FOR_A_PERSON = 3  # unclassified, unreadable, or about no message of ours: it waits in the inbound list
    DISMISSED = 4  # a person looked at it and put it aside


class DenylistCause(enum.IntEnum):
    """Why an address is on the denylist."""

    COMPLAINT = 1  # a spam complaint
    UNSUBSCRIBED = 2  # the unsubscribe link
    UNSUBSCRIBED_BY_MAIL = 3  # a request mailed to the List-Unsubscribe address
    IMPORTED = 4  # an imported denylist


class MailboxKind(enum.IntEnum):
    """Where the error address's mail is read (DESIGN.md §4)."""

    NONE = 0  # nowhere: bounces are not read
    LOCAL = 1  # a Maildir, an mbox file or a folder of .eml files on this machine
    IMAP = 2
    POP3 = 3


class ProcessedMail(enum.IntEnum):
    """What becomes of a message of the error mailbox once it was read (never deleted)."""

    FLAG = 1  # marked as read (IMAP \\Seen, Maildir's S flag); a POP3 mailbox keeps it as it is
    MOVE = 2  # moved to a folder of its own (IMAP, Maildir); a folder of .eml files: to processed/
