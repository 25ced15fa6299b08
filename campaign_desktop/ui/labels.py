"""The words the screens use for statuses, types, reasons and causes, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from campaign_desktop.domain.enums import (
    AddressStatus,
    ApprovalMode,
    ExclusionCause,
    FailureReason,
    FailureType,
    InboundKind,
    JournalLevel,
    LogStatus,
    Role,
)
from campaign_desktop.engine.lifecycle import Action


#: Qt's translate, under the name lupdate looks for; the context of every label is "Labels".
translate = QCoreApplication.translate


def status_label(status: LogStatus) -> str:
    return {
        LogStatus.TO_SEND: translate("Labels", "To send"), LogStatus.PENDING: translate("Labels", "Pending"), LogStatus.SENT: translate("Labels", "Sent"),
        LogStatus.FAILED: translate("Labels", "Failed"), LogStatus.IGNORED: translate("Labels", "Ignored"), LogStatus.CANCELED: translate("Labels", "Canceled"),
        LogStatus.UNKNOWN: translate("Labels", "Unknown"),
    }[status]


def type_label(failure: FailureType) -> str:
    return {FailureType.NONE: "", FailureType.SOFT: translate("Labels", "Soft"), FailureType.HARD: translate("Labels", "Hard"), FailureType.IGNORED: translate("Labels", "Ignored")}[failure]


def reason_label(reason: FailureReason) -> str:
    return {
        FailureReason.NOT_DEFINED: translate("Labels", "Not defined"), FailureReason.USER_UNKNOWN: translate("Labels", "User unknown"),
        FailureReason.INVALID_DOMAIN: translate("Labels", "Invalid domain"), FailureReason.UNREACHABLE: translate("Labels", "Unreachable"),
        FailureReason.ACCOUNT_DISABLED: translate("Labels", "Account disabled"), FailureReason.MAILBOX_FULL: translate("Labels", "Mailbox full"),
        FailureReason.NOT_CONNECTED: translate("Labels", "Not connected"), FailureReason.ADDRESS_NOT_SPECIFIED: translate("Labels", "Address not specified"),
        FailureReason.DENYLISTED: translate("Labels", "Denylisted"), FailureReason.IN_QUARANTINE: translate("Labels", "In quarantine"),
        FailureReason.DUPLICATE: translate("Labels", "Duplicate"), FailureReason.EXCLUDED_BY_RULE: translate("Labels", "Excluded by a rule"),
        FailureReason.REFUSED: translate("Labels", "Refused"), FailureReason.ERROR_IGNORED: translate("Labels", "Error ignored"),
        FailureReason.CONTROL_GROUP: translate("Labels", "Control group"),
    }[reason]


def cause_label(cause: ExclusionCause) -> str:
    return {
        ExclusionCause.MISSING_ADDRESS: translate("Labels", "Missing address"), ExclusionCause.INVALID_ADDRESS: translate("Labels", "Invalid address"),
        ExclusionCause.DUPLICATE: translate("Labels", "Duplicate address"), ExclusionCause.QUARANTINE: translate("Labels", "Address in quarantine"),
        ExclusionCause.DENYLISTED: translate("Labels", "Address on the denylist"), ExclusionCause.DENIED_DOMAIN: translate("Labels", "Denied domain"),
        ExclusionCause.CONTROL_GROUP: translate("Labels", "Control group"), ExclusionCause.FATIGUE: translate("Labels", "Fatigue"),
        ExclusionCause.PERSONALIZATION_ERROR: translate("Labels", "Personalisation error"),
        ExclusionCause.RESERVED_DOMAIN: translate("Labels", "Reserved domain name"),
    }[cause]


def action_label(action: Action) -> str:
    """An action of the action bar, named as its button is (its own context: "Duplicate" the
    action is not "Duplicate" the exclusion cause)."""
    return {
        Action.PREPARE: translate("Actions", "Prepare"), Action.STOP_PREPARATION: translate("Actions", "Stop preparation"),
        Action.CONFIRM_SEND: translate("Actions", "Confirm send"), Action.PAUSE: translate("Actions", "Pause"),
        Action.RESUME: translate("Actions", "Resume"), Action.STOP: translate("Actions", "Stop"),
        Action.STOP_FOLLOWING: translate("Actions", "Stop following"), Action.PROOF: translate("Actions", "Proof"),
        Action.LOGS: translate("Actions", "Logs"), Action.COMPUTE_STATS: translate("Actions", "Compute stats"),
        Action.EDIT: translate("Actions", "Edit"), Action.DELETE: translate("Actions", "Delete"),
        Action.DUPLICATE: translate("Actions", "Duplicate"), Action.RETRY_FAILED: translate("Actions", "Retry failed"),
    }[action]


def inbound_kind_label(kind: InboundKind) -> str:
    return {
        InboundKind.BOUNCE: translate("Labels", "Bounce"), InboundKind.DELAYED: translate("Labels", "Delay notice"),
        InboundKind.DELIVERY_REPORT: translate("Labels", "Delivery report"),
        InboundKind.COMPLAINT: translate("Labels", "Spam complaint"), InboundKind.AUTO_REPLY: translate("Labels", "Automatic reply"),
        InboundKind.UNSUBSCRIBE: translate("Labels", "Unsubscribe request"),
        InboundKind.UNCLASSIFIED: translate("Labels", "Other mail"), InboundKind.MALFORMED: translate("Labels", "Unreadable"),
    }[kind]


def level_label(level: JournalLevel) -> str:
    return {JournalLevel.INFO: translate("Labels", "Info"), JournalLevel.WARNING: translate("Labels", "Warning"), JournalLevel.ERROR: translate("Labels", "Error")}[level]


def field_label(name: str) -> str:
    """A profile field, or a delivery field named in a problem, as the screens call it."""
    return {
        "email": translate("Labels", "Email"), "first_name": translate("Labels", "First name"), "last_name": translate("Labels", "Last name"), "title": translate("Labels", "Title"),
        "language": translate("Labels", "Language"), "country": translate("Labels", "Country"), "city": translate("Labels", "City"), "birth_date": translate("Labels", "Birth date"),
        "phone": translate("Labels", "Phone"), "label": translate("Labels", "Label"), "internal_name": translate("Labels", "Internal name"),
        "from_address": translate("Labels", "Sender address"), "reply_to": translate("Labels", "Reply-to address"), "error_address": translate("Labels", "Error address"),
        "subject": translate("Labels", "Subject"), "html": translate("Labels", "HTML"), "text": translate("Labels", "Text"), "audience_filter": translate("Labels", "Audience"),
        "validity_hours": translate("Labels", "Validity period"), "bcc_archive": translate("Labels", "Archive copy (BCC)"),
    }.get(name, name)


def operator_label(op: str) -> str:
    return {
        "eq": translate("Labels", "is"), "ne": translate("Labels", "is not"), "contains": translate("Labels", "contains"), "starts_with": translate("Labels", "starts with"),
        "empty": translate("Labels", "is empty"), "not_empty": translate("Labels", "is not empty"), "lt": translate("Labels", "is less than"), "gt": translate("Labels", "is greater than"),
        "in": translate("Labels", "is one of"),
    }[op]


def approval_label(mode: ApprovalMode) -> str:
    return {
        ApprovalMode.MANUAL: translate("Labels", "Manual: an operator confirms the send"),
        ApprovalMode.SEMI_AUTOMATIC: translate("Labels", "Semi-automatic: confirm only when the analysis warns"),
        ApprovalMode.AUTOMATIC: translate("Labels", "Automatic: send once the analysis is done"),
    }[mode]


def address_status_label(status: AddressStatus) -> str:
    return {
        AddressStatus.VALID: translate("Labels", "Valid"), AddressStatus.WITH_ERRORS: translate("Labels", "With errors"),
        AddressStatus.QUARANTINE: translate("Labels", "Quarantine"), AddressStatus.DENYLISTED: translate("Labels", "Denylisted"),
    }[status]


def role_label(role: Role) -> str:
    return {Role.PREPARE_DELIVERIES: translate("Labels", "Prepare deliveries"), Role.START_DELIVERIES: translate("Labels", "Start deliveries"),
            Role.ADMINISTRATOR: translate("Labels", "Administrator")}[role]
