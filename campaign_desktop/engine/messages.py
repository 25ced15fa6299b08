"""Every sentence the engine says to a person, as an id with its arguments.

Journal lines, state reasons, refusals and progress carry a ``Message``, not a finished
sentence: the database stores its id and arguments, the command line prints the English,
and the screens translate the template (Qt context "Engine") and show each argument in
the user's language (numbers, states, roles, times). The templates are marked with
``QT_TRANSLATE_NOOP``, which Qt's lupdate reads in this file, so the catalogue of the
screens holds exactly these sentences and no copy of them can drift.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from campaign_desktop.domain.enums import DeliveryState, ExclusionCause, Role


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for translation in ``context`` without importing Qt."""
    return text


class Msg(enum.Enum):
    """The engine's sentences; ``{name}`` is filled from the message's arguments."""

    # preparation
    PREPARATION_STARTED = QT_TRANSLATE_NOOP("Engine", "Preparation started.")
    PREPARATION_FINISHED = QT_TRANSLATE_NOOP(
        "Engine", "Preparation finished: {targeted} targeted, {to_deliver} to deliver, {to_exclude} to exclude.")
    PREPARATION_FINISHED_CAUSES = QT_TRANSLATE_NOOP(
        "Engine", "Preparation finished: {targeted} targeted, {to_deliver} to deliver, {to_exclude} to exclude ({causes}).")
    PREPARATION_STOPPED = QT_TRANSLATE_NOOP("Engine", "Preparation stopped by the user: no log was kept.")
    PREPARATION_FAILED = QT_TRANSLATE_NOOP("Engine", "Preparation failed: {detail}")
    PREPARATION_INTERRUPTED = QT_TRANSLATE_NOOP(
        "Engine", "The preparation was interrupted (its process stopped): nothing of it was kept; prepare it again.")
    NO_DELIVERY = QT_TRANSLATE_NOOP("Engine", "There is no delivery {delivery}.")
    DELIVERY_NOT_FOUND = QT_TRANSLATE_NOOP("Engine", "No delivery has the id or internal name '{reference}'.")
    # the send
    SEND_CONFIRMED = QT_TRANSLATE_NOOP("Engine", "Send confirmed by {login}.")
    ALL_HANDED_OVER = QT_TRANSLATE_NOOP(
        "Engine", "All messages handed over: {sent} sent; in this run the server accepted {accepted} and refused {refused}.")
    SEED_COPIES = QT_TRANSLATE_NOOP("Engine", "Seed copies: {accepted} of {total} accepted.")
    RECOVERED = QT_TRANSLATE_NOOP(
        "Engine", "The send had been interrupted with {claimed} message(s) in hand: {accepted} accepted by the server "
        "were recorded, {again} had not left and will be sent, {unknown} were on the wire and are unknown (never sent "
        "again).")
    SEND_TAKEN_UP = QT_TRANSLATE_NOOP("Engine", "The send had been interrupted; {login} took it up again.")
    PAUSED_BY = QT_TRANSLATE_NOOP("Engine", "Paused by {login}.")
    RESUMED_BY = QT_TRANSLATE_NOOP("Engine", "Resumed by {login}.")
    STOPPED_BY = QT_TRANSLATE_NOOP("Engine", "Stopped by {login}: {canceled} message(s) canceled.")
    STOPPED = QT_TRANSLATE_NOOP("Engine", "Stopped: {canceled} message(s) canceled.")
    AUTO_PAUSED = QT_TRANSLATE_NOOP("Engine", "The send paused itself: the bounce rate passed {rate}.")
    CLOSED_AT_VALIDITY_END = QT_TRANSLATE_NOOP(
        "Engine", "Validity period over: the delivery is closed; {failed} soft-bounced message(s) finally failed "
        "(Retries failed), {expired} of them now.")
    # the follow of a demo's simulated feedback (demo/feedback_run.py)
    FEEDBACK_OVER = QT_TRANSLATE_NOOP(
        "Engine", "Feedback over: the simulated feedback has nothing more to bring; {sent} sent, {delivered} delivered, "
        "{bounces} bounces and errors, {opens} opens, {clicks} clicks.")
    FOLLOW_LEFT = QT_TRANSLATE_NOOP(
        "Engine", "The follow of the simulated feedback stopped with {pending} event(s) still to come; its simulated "
        "clock waits, and the follow goes on from there the next time the application starts.")
    FOLLOW_RESUMED = QT_TRANSLATE_NOOP(
        "Engine", "The follow of the simulated feedback went on from where it stopped: {pending} event(s) still to come.")
    NOTHING_TO_FOLLOW = QT_TRANSLATE_NOOP(
        "Engine", "Delivery {delivery} has no simulated feedback to follow: it is {state}, or was not sent through "
        "the simulated MTA.")
    ALREADY_FOLLOWING = QT_TRANSLATE_NOOP(
        "Engine", "Another process ({host}, process {pid}) already follows this delivery's feedback; its last sign of "
        "life was at {at}.")
    UNKNOWN_SENT_AGAIN = QT_TRANSLATE_NOOP(
        "Engine", "{count} recipient(s) whose fate was unknown were put in a new delivery by {login}; some may "
        "receive the message twice.")
    # state reasons
    REASON_PAUSED_BY = QT_TRANSLATE_NOOP("Engine", "paused by {login}")
    REASON_STOPPED_BY = QT_TRANSLATE_NOOP("Engine", "stopped by {login}")
    REASON_STOPPED = QT_TRANSLATE_NOOP("Engine", "stopped")
    REASON_AUTO_PAUSED = QT_TRANSLATE_NOOP("Engine", "paused automatically: bounce rate over {rate}")
    REASON_APP_CLOSED = QT_TRANSLATE_NOOP("Engine", "paused when the application closed")
    REASON_INTERRUPTED = QT_TRANSLATE_NOOP("Engine", "paused when its process was asked to end")
    REASON_EDITED = QT_TRANSLATE_NOOP("Engine", "Edited after preparation ({sections}): prepare it again.")
    AWAITING_CONFIRMATION = QT_TRANSLATE_NOOP("Engine", "Recurring delivery: waiting for an operator to confirm the send.")
    # the relay (relay-level outcomes: the send pauses itself and probes)
    RELAY_REFUSES = QT_TRANSLATE_NOOP(
        "Engine", "The relay {relay} refuses connections since {since}; retrying every {every} s.")
    RELAY_SILENT = QT_TRANSLATE_NOOP(
        "Engine", "The relay {relay} does not answer since {since}; retrying every {every} s.")
    RELAY_CLOSING = QT_TRANSLATE_NOOP(
        "Engine", "The relay {relay} is closing its connections (421) since {since}; retrying every {every} s.")
    RELAY_LOGIN = QT_TRANSLATE_NOOP(
        "Engine", "The relay {relay} refuses the login since {since}: check the login and password in the settings; "
        "retrying every {every} s.")
    RELAY_TLS = QT_TRANSLATE_NOOP(
        "Engine", "The secure connection to the relay {relay} fails since {since}; retrying every {every} s.")
    RELAY_TOO_MANY = QT_TRANSLATE_NOOP(
        "Engine", "The relay {relay} takes no more recipients for now (452) since {since}; retrying every {every} s.")
    RELAY_PAUSED = QT_TRANSLATE_NOOP(
        "Engine", "The send paused itself, no recipient counted as failed: {reason} (the relay said: {reply})")
    RELAY_BACK = QT_TRANSLATE_NOOP("Engine", "The relay {relay} answers again: the send resumed by itself.")
    RELAY_UNUSABLE = QT_TRANSLATE_NOOP("Engine", "The relay {relay} cannot be used: {detail}")
    # what the engine itself writes in a log row's last reply, beside the servers' own words
    REPLY_UNKNOWN = QT_TRANSLATE_NOOP(
        "Engine", "no reply after the message was written: it may have arrived, it is never sent again")
    REPLY_DELAYED = QT_TRANSLATE_NOOP("Engine", "delayed by the relay: {reply}")
    # why a message of the error mailbox waits for a person
    INBOUND_UNRECOGNISED = QT_TRANSLATE_NOOP("Engine", "Not a notice, a reply or a request: read it to decide.")
    INBOUND_UNREADABLE = QT_TRANSLATE_NOOP("Engine", "It cannot be read: {detail}")
    INBOUND_TOO_LARGE = QT_TRANSLATE_NOOP("Engine", "Too large to read here ({size} bytes): its beginning is kept.")
    INBOUND_NOT_OURS = QT_TRANSLATE_NOOP("Engine", "About no message we sent. It says: {detail}")
    INBOUND_NOT_OURS_TO = QT_TRANSLATE_NOOP("Engine", "About no message we sent to {address}. It says: {detail}")
    INBOUND_UNSUBSCRIBE_UNKNOWN = QT_TRANSLATE_NOOP("Engine", "An unsubscribe request from {address}, which no profile has.")
    INBOUND_UNSUBSCRIBE_NO_SENDER = QT_TRANSLATE_NOOP("Engine", "An unsubscribe request without a sender address.")
    INBOUND_NOT_APPLIED = QT_TRANSLATE_NOOP("Engine", "It could not be applied: {detail}")
    # the error mailbox
    MAILBOX_MISSING = QT_TRANSLATE_NOOP("Engine", "The bounce mailbox {where} does not exist.")
    MAILBOX_REFUSED = QT_TRANSLATE_NOOP("Engine", "The bounce mailbox {where} cannot be read: {detail}")
    MAILBOX_READ = QT_TRANSLATE_NOOP("Engine", "Bounce mailbox: {read} read, {clock}")
    MAILBOX_NOT_SET = QT_TRANSLATE_NOOP("Engine", "Bounce mailbox: none set")
    MAILBOX_NO_SERVER = QT_TRANSLATE_NOOP("Engine", "Enter the bounce mailbox's server.")
    MAILBOX_NOT_MBOX = QT_TRANSLATE_NOOP("Engine", "{where} is not a mailbox: a Maildir, an mbox or a folder of .eml files is expected.")
    RELAY_BAD_PORT = QT_TRANSLATE_NOOP("Engine", "The relay's port {port} is not a port number (1 to 65535).")
    RELAY_STILL_DOWN = QT_TRANSLATE_NOOP(
        "Engine", "The relay is still unavailable: the send stays paused; resume it when the relay answers.")
    # refusals of the lifecycle
    ILLEGAL_MOVE = QT_TRANSLATE_NOOP("Engine", "A delivery that is {state} cannot become {wanted}.")
    NOT_ALLOWED = QT_TRANSLATE_NOOP("Engine", "'{action}' is not possible on a delivery that is {state}.")
    NOT_CONFIRMED = QT_TRANSLATE_NOOP("Engine", "The delivery is {state}: confirm the send first.")
    ANALYSIS_ERRORS = QT_TRANSLATE_NOOP("Engine", "The analysis has {count} error(s): correct them and prepare again.")
    ALREADY_SENDING = QT_TRANSLATE_NOOP(
        "Engine", "Another process ({host}, process {pid}) is already sending this delivery; its last sign of life "
        "was at {at}.")
    ALREADY_PREPARING = QT_TRANSLATE_NOOP(
        "Engine", "Another process ({host}, process {pid}) is already preparing this delivery; its last sign of life "
        "was at {at}.")
    LEASE_RACE = QT_TRANSLATE_NOOP("Engine", "Another process started working on this delivery at the same moment.")
    SENT_ELSEWHERE = QT_TRANSLATE_NOOP("Engine", "This delivery is being sent by another process ({host}, process {pid}).")
    # who may do what
    NO_OPERATOR = QT_TRANSLATE_NOOP("Engine", "There is no active operator '{login}'.")
    ROLE_MISSING = QT_TRANSLATE_NOOP(
        "Engine", "This needs the '{role}' role, which {login} does not have: ask an administrator to give it.")
    # editing deliveries
    CANNOT_EDIT = QT_TRANSLATE_NOOP("Engine", "A delivery in the state {state} cannot be edited.")
    CANNOT_DELETE = QT_TRANSLATE_NOOP("Engine", "A delivery in the state {state} cannot be deleted.")
    NAME_TAKEN = QT_TRANSLATE_NOOP("Engine", "Another delivery already has the internal name '{name}'.")
    NO_FREE_NAME = QT_TRANSLATE_NOOP("Engine", "No free internal name is left for a copy of '{name}'.")
    LABEL_REQUIRED = QT_TRANSLATE_NOOP("Engine", "A label is required.")
    INTERNAL_NAME_FORMAT = QT_TRANSLATE_NOOP(
        "Engine", "The internal name takes letters, digits, '-', '_' and '.', and no spaces.")
    SENDER_REQUIRED = QT_TRANSLATE_NOOP("Engine", "The sender address is required.")
    VALIDITY_POSITIVE = QT_TRANSLATE_NOOP("Engine", "The validity period must be longer than zero.")
    ADDRESS_INVALID = QT_TRANSLATE_NOOP("Engine", "'{address}' is not a valid address: {detail}")
    DRAFT_PROBLEMS = QT_TRANSLATE_NOOP("Engine", "The delivery cannot be saved: {detail}")
    DRAFT_UNKNOWN_FIELDS = QT_TRANSLATE_NOOP("Engine", "Unknown delivery field(s): {names}. The fields are: {known}.")
    DRAFT_BAD_VALUE = QT_TRANSLATE_NOOP("Engine", "The field {name} cannot be {value}: {detail}")
    SETTING_UNKNOWN = QT_TRANSLATE_NOOP("Engine", "There is no setting '{name}'. The settings are: {known}.")
    SETTING_BAD_VALUE = QT_TRANSLATE_NOOP("Engine", "The setting {name} cannot be '{value}': {detail}")
    SETTING_NOT_BY_HAND = QT_TRANSLATE_NOOP("Engine", "The setting {name} is made by the workspace, not set by hand.")
    # content and the analysis
    SUBJECT_EMPTY = QT_TRANSLATE_NOOP("Engine", "The subject is empty.")
    SENDER_EMPTY = QT_TRANSLATE_NOOP("Engine", "The sender address is empty.")
    SENDER_INVALID = QT_TRANSLATE_NOOP("Engine", "The sender address '{address}' is not a valid address.")
    DELIVERY_ADDRESS_INVALID = QT_TRANSLATE_NOOP("Engine", "{field}: '{address}' is not a valid address.")
    HTML_EMPTY = QT_TRANSLATE_NOOP("Engine", "The HTML content is empty.")
    STATS_COMPUTED = QT_TRANSLATE_NOOP(
        "Engine", "Stats computed again from the logs: {sent} sent, {delivered} delivered, {bounces} bounces and "
        "errors, {opens} opens, {clicks} clicks.")
    NOBODY_TO_DELIVER = QT_TRANSLATE_NOOP("Engine", "Nobody is left to deliver: there is nothing to send.")
    NO_UNSUBSCRIBE_LINK = QT_TRANSLATE_NOOP("Engine", "The HTML content has no unsubscribe link.")
    UNRESOLVED_FIELD = QT_TRANSLATE_NOOP("Engine", "Unresolved personalisation field 'recipient.{name}' in the {part}.")
    LINK_EMPTY = QT_TRANSLATE_NOOP("Engine", "An empty link ('{url}') goes nowhere.")
    LINK_BROKEN = QT_TRANSLATE_NOOP("Engine", "The link '{url}' is broken.")
    LINK_NOT_HTTPS = QT_TRANSLATE_NOOP("Engine", "The link '{url}' is not https.")
    NO_TEXT_PART = QT_TRANSLATE_NOOP(
        "Engine", "There is no text part: mail clients that do not show HTML will get one generated from it.")
    MESSAGES_TOO_LARGE = QT_TRANSLATE_NOOP(
        "Engine", "{count} message(s) are larger than {limit} KB (largest {largest} KB): common webmail will clip them.")
    TEMPLATE_PROBLEM = QT_TRANSLATE_NOOP("Engine", "Personalisation error in the {part}, line {line}: {detail}")
    RENDER_PROBLEM = QT_TRANSLATE_NOOP("Engine", "{part}, line {line}: {detail}")
    # hostile values: what a profile or a template cannot do
    HEADER_PROBLEM = QT_TRANSLATE_NOOP("Engine", "The {header} header cannot be written safely: {detail}.")
    NEEDS_SMTPUTF8 = QT_TRANSLATE_NOOP(
        "Engine", "The address '{address}' needs SMTPUTF8, which the relay does not offer.")
    MESSAGE_NOT_BUILT = QT_TRANSLATE_NOOP("Engine", "The message could not be built: {detail}")
    UNSAFE_LINK_VALUE = QT_TRANSLATE_NOOP(
        "Engine", "The value of {fields} makes a link with the scheme '{scheme}:'; only http, https, mailto and tel "
        "are allowed.")
    LINK_UNSAFE_SCHEME = QT_TRANSLATE_NOOP(
        "Engine", "The link '{url}' uses the scheme '{scheme}:'; only http, https, mailto and tel are allowed.")
    TEMPLATE_VALUE_TOO_LARGE = QT_TRANSLATE_NOOP(
        "Engine", "'{operation}' would make a value larger than the limit of {limit} characters.")
    TEMPLATE_NUMBER_TOO_LARGE = QT_TRANSLATE_NOOP(
        "Engine", "'{operation}' would make a number larger than the limit of {limit} digits.")
    RENDER_TOO_SLOW = QT_TRANSLATE_NOOP("Engine", "rendering took longer than the limit of {seconds} s.")
    MESSAGE_OVER_CAP = QT_TRANSLATE_NOOP(
        "Engine", "the message is larger than the hard cap of {cap} MB.")
    RUNAWAY_TEMPLATE = QT_TRANSLATE_NOOP(
        "Engine", "The template ran out of time for {count} profiles ({detail}): fix the template; nothing was "
        "prepared.")
    MESSAGES_OVER_CAP = QT_TRANSLATE_NOOP(
        "Engine", "{count} message(s) are larger than the hard cap of {cap} MB: those profiles were excluded "
        "(personalisation error).")
    AUDIENCE_UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Engine", "Unknown profile field '{name}' in the audience filter.")
    AUDIENCE_UNKNOWN_OPERATOR = QT_TRANSLATE_NOOP("Engine", "Unknown operator '{name}' in the audience filter.")
    # proofs
    PROOF_NO_ADDRESS = QT_TRANSLATE_NOOP("Engine", "Give at least one test address.")
    PROOF_TOO_MANY = QT_TRANSLATE_NOOP("Engine", "A proof goes to at most {limit} addresses; {count} were given.")
    # operators
    WRONG_LOGIN = QT_TRANSLATE_NOOP("Engine", "Wrong login or password.")
    NO_PASSWORD_YET = QT_TRANSLATE_NOOP("Engine", "This operator has no password yet: ask an administrator to set one.")
    OPERATOR_DISABLED = QT_TRANSLATE_NOOP("Engine", "This operator is disabled: ask an administrator.")
    PASSWORD_TOO_SHORT = QT_TRANSLATE_NOOP("Engine", "A password has at least {count} characters.")
    NO_SUCH_OPERATOR = QT_TRANSLATE_NOOP("Engine", "There is no operator '{login}'.")
    LOGIN_TAKEN = QT_TRANSLATE_NOOP("Engine", "The login '{login}' is taken.")
    LOGIN_FORMAT = QT_TRANSLATE_NOOP("Engine", "A login is 2 to 64 lower-case letters, digits, '.', '_' or '-'.")
    KEEP_OWN_ADMIN = QT_TRANSLATE_NOOP("Engine", "You cannot take the Administrator role from yourself.")
    CANNOT_DISABLE_SELF = QT_TRANSLATE_NOOP("Engine", "You cannot disable yourself.")
    # transports and settings
    NO_PICKUP_FOLDER = QT_TRANSLATE_NOOP("Engine", "No pickup folder: choose one in the settings.")
    PICKUP_FOLDER_UNUSABLE = QT_TRANSLATE_NOOP("Engine", "The pickup folder {folder} cannot be created: {detail}")
    KEYRING_UNAVAILABLE = QT_TRANSLATE_NOOP("Engine", "The system keyring cannot store the password: {detail}")
    SIMULATED_MTA_DOWN = QT_TRANSLATE_NOOP("Engine", "The simulated MTA did not start.")
    WINDOWS_NEVER_OPEN = QT_TRANSLATE_NOOP("Engine", "The sending windows never open.")
    POLICY_NEVER_FINISHES = QT_TRANSLATE_NOOP("Engine", "The send policy never finishes.")
    # files
    CANNOT_OPEN_FILE = QT_TRANSLATE_NOOP("Engine", "Cannot open {name}: {detail}")
    FILE_EMPTY = QT_TRANSLATE_NOOP("Engine", "{name} is empty.")
    CSV_NO_HEADER = QT_TRANSLATE_NOOP("Engine", "{name} is empty: a header line is expected.")
    CSV_NO_EMAIL_COLUMN = QT_TRANSLATE_NOOP(
        "Engine", "No column holds the email address (expected a header such as 'email').")
    WORKSPACE_NOT_EMPTY = QT_TRANSLATE_NOOP(
        "Engine", "The workspace already holds {count} profiles; use --reset to replace it.")
    # profile import
    IMPORT_NOT_DECODABLE = QT_TRANSLATE_NOOP("Engine", "not valid {encoding} text (byte {byte})")
    IMPORT_COLUMN_COUNT = QT_TRANSLATE_NOOP("Engine", "{count} columns where the header has {expected}")
    IMPORT_NOT_A_DATE = QT_TRANSLATE_NOOP("Engine", "'{value}' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)")
    IMPORT_TOO_LONG = QT_TRANSLATE_NOOP("Engine", "the value of '{column}' is longer than {limit} characters")
    IMPORT_NO_ADDRESS = QT_TRANSLATE_NOOP("Engine", "no address")
    IMPORT_NUL = QT_TRANSLATE_NOOP("Engine", "a value holds a NUL character, which the database cannot store")
    IMPORT_QUOTE_NOT_CLOSED = QT_TRANSLATE_NOOP(
        "Engine", "a quote opened in this record is never closed: it runs to the end of the file")
    IMPORT_QUOTE_SWALLOWS = QT_TRANSLATE_NOOP(
        "Engine", "a quote opened in this record is closed only lines later: the lines it took in read as records "
        "of their own; correct the quotes and import it again")
    IMPORT_STOPPED = QT_TRANSLATE_NOOP("Engine", "Import stopped by the user: nothing of it was kept.")
    IMPORT_UNKNOWN_ENCODING = QT_TRANSLATE_NOOP("Engine", "There is no encoding '{encoding}'.")
    IMPORT_BAD_DELIMITER = QT_TRANSLATE_NOOP("Engine", "The delimiter is one character; '{delimiter}' was given.")
    IMPORT_RUNAWAY_FIELD = QT_TRANSLATE_NOOP(
        "Engine", "From line {line}, a quoted field runs on for more than {limit} characters (a quote is probably "
        "not closed): nothing was imported.")
    # tracking
    TOKEN_MALFORMED = QT_TRANSLATE_NOOP("Engine", "malformed tracking token")
    TOKEN_FORGED = QT_TRANSLATE_NOOP("Engine", "the tracking token is not signed by this workspace")
    # progress
    PROGRESS_PAUSED = QT_TRANSLATE_NOOP("Engine", "Paused")
    PROGRESS_SCHEDULED = QT_TRANSLATE_NOOP("Engine", "Waiting for the contact date")
    PROGRESS_WINDOW_CLOSED = QT_TRANSLATE_NOOP("Engine", "Outside the sending windows: waiting for the next one")
    PROGRESS_DAILY_CAP = QT_TRANSLATE_NOOP("Engine", "Daily cap reached: the rest goes out tomorrow")


#: Arguments shown as something other than their text: how each is read back.
STATE_ARGS = frozenset({"state", "wanted"})
ROLE_ARGS = frozenset({"role"})
TIME_ARGS = frozenset({"at", "since"})
RATE_ARGS = frozenset({"rate"})


@dataclass(frozen=True)
class Message:
    """One sentence: its id and its arguments (plain JSON values, so it can be stored)."""

    id: Msg
    args: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return english(self)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id.name, "args": dict(self.args)}

    @classmethod
    def from_json(cls, stored: Mapping[str, Any] | None) -> Message | None:
        if not stored or stored.get("id") not in Msg.__members__:
            return None
        return cls(Msg[stored["id"]], dict(stored.get("args") or {}))


def message(id: Msg, **args: Any) -> Message:
    """A message with its arguments made storable: enums by name, times in ISO form."""
    return Message(id, {name: _storable(value) for name, value in args.items()})


def _storable(value: Any) -> Any:
    if isinstance(value, Message):  # a sentence within a sentence: kept typed, translated when shown
        return value.as_json()
    if isinstance(value, enum.Enum):
        return value.name
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k.key if isinstance(k, ExclusionCause) else k): _storable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_storable(v) for v in value]
    return value


def english(msg: Message) -> str:
    """The sentence in English, as the command line prints it."""
    return msg.id.value.format(**{name: _english_arg(name, value) for name, value in msg.args.items()})


def nested(value: Any) -> Message | None:
    """An argument that is itself a message (stored as its id and arguments), if it is one."""
    return Message.from_json(value) if isinstance(value, dict) and set(value) == {"id", "args"} else None


def _english_arg(name: str, value: Any) -> str:
    inner = nested(value)
    if inner is not None:
        return english(inner)
    if name in STATE_ARGS and isinstance(value, str) and value in DeliveryState.__members__:
        return value.lower()
    if name in ROLE_ARGS and isinstance(value, str) and value in Role.__members__:
        return value.replace("_", " ").capitalize()
    if name in TIME_ARGS and isinstance(value, str):
        return local_clock_text(dt.datetime.fromisoformat(value))
    if name in RATE_ARGS and isinstance(value, (int, float)):
        return f"{value:.0%}"
    if isinstance(value, dict):
        return ", ".join(f"{key}: {count}" for key, count in value.items())
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def local_clock_text(utc: dt.datetime) -> str:
    """A stored (naive UTC) time as this machine's local clock reads it."""
    return utc.replace(tzinfo=dt.timezone.utc).astimezone().strftime("%H:%M:%S")


__all__ = ["Message", "Msg", "QT_TRANSLATE_NOOP", "english", "message", "nested"]
