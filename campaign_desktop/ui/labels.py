"""The words the screens use for statuses, types, reasons and causes, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from campaign_desktop.engine.enums import (
    AddressStatus,
    ApprovalMode,
    ExclusionCause,
    FailureReason,
    FailureType,
    JournalLevel,
    LogStatus,
    Role,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_label(status: LogStatus) -> str:
    return {
        LogStatus.TO_SEND: _t("To send"), LogStatus.PENDING: _t("Pending"), LogStatus.SENT: _t("Sent"),
        LogStatus.FAILED: _t("Failed"), LogStatus.IGNORED: _t("Ignored"), LogStatus.CANCELED: _t("Canceled"),
        LogStatus.UNKNOWN: _t("Unknown"),
    }[status]


def type_label(failure: FailureType) -> str:
    return {FailureType.NONE: "", FailureType.SOFT: _t("Soft"), FailureType.HARD: _t("Hard"), FailureType.IGNORED: _t("Ignored")}[failure]


def reason_label(reason: FailureReason) -> str:
    return {
        FailureReason.NOT_DEFINED: _t("Not defined"), FailureReason.USER_UNKNOWN: _t("User unknown"),
        FailureReason.INVALID_DOMAIN: _t("Invalid domain"), FailureReason.UNREACHABLE: _t("Unreachable"),
        FailureReason.ACCOUNT_DISABLED: _t("Account disabled"), FailureReason.MAILBOX_FULL: _t("Mailbox full"),
        FailureReason.NOT_CONNECTED: _t("Not connected"), FailureReason.ADDRESS_NOT_SPECIFIED: _t("Address not specified"),
        FailureReason.DENYLISTED: _t("Denylisted"), FailureReason.IN_QUARANTINE: _t("In quarantine"),
        FailureReason.DUPLICATE: _t("Duplicate"), FailureReason.EXCLUDED_BY_RULE: _t("Excluded by a rule"),
        FailureReason.REFUSED: _t("Refused"), FailureReason.ERROR_IGNORED: _t("Error ignored"),
        FailureReason.CONTROL_GROUP: _t("Control group"),
    }[reason]


def cause_label(cause: ExclusionCause) -> str:
    return {
        ExclusionCause.MISSING_ADDRESS: _t("Missing address"), ExclusionCause.INVALID_ADDRESS: _t("Invalid address"),
        ExclusionCause.DUPLICATE: _t("Duplicate address"), ExclusionCause.QUARANTINE: _t("Address in quarantine"),
        ExclusionCause.DENYLISTED: _t("Address on the denylist"), ExclusionCause.DENIED_DOMAIN: _t("Denied domain"),
        ExclusionCause.CONTROL_GROUP: _t("Control group"), ExclusionCause.FATIGUE: _t("Fatigue"),
        ExclusionCause.PERSONALIZATION_ERROR: _t("Personalisation error"),
    }[cause]


def level_label(level: JournalLevel) -> str:
    return {JournalLevel.INFO: _t("Info"), JournalLevel.WARNING: _t("Warning"), JournalLevel.ERROR: _t("Error")}[level]


def field_label(name: str) -> str:
    """A profile field, or a delivery field named in a problem, as the screens call it."""
    return {
        "email": _t("Email"), "first_name": _t("First name"), "last_name": _t("Last name"), "title": _t("Title"),
        "language": _t("Language"), "country": _t("Country"), "city": _t("City"), "birth_date": _t("Birth date"),
        "phone": _t("Phone"), "label": _t("Label"), "internal_name": _t("Internal name"),
        "from_address": _t("Sender address"), "reply_to": _t("Reply-to address"), "error_address": _t("Error address"),
        "subject": _t("Subject"), "html": _t("HTML"), "text": _t("Text"), "audience_filter": _t("Audience"),
        "validity_hours": _t("Validity period"),
    }.get(name, name)


def operator_label(op: str) -> str:
    return {
        "eq": _t("is"), "ne": _t("is not"), "contains": _t("contains"), "starts_with": _t("starts with"),
        "empty": _t("is empty"), "not_empty": _t("is not empty"), "lt": _t("is less than"), "gt": _t("is greater than"),
        "in": _t("is one of"),
    }[op]


def approval_label(mode: ApprovalMode) -> str:
    return {
        ApprovalMode.MANUAL: _t("Manual: an operator confirms the send"),
        ApprovalMode.SEMI_AUTOMATIC: _t("Semi-automatic: confirm only when the analysis warns"),
        ApprovalMode.AUTOMATIC: _t("Automatic: send once the analysis is done"),
    }[mode]


def address_status_label(status: AddressStatus) -> str:
    return {
        AddressStatus.VALID: _t("Valid"), AddressStatus.WITH_ERRORS: _t("With errors"),
        AddressStatus.QUARANTINE: _t("Quarantine"), AddressStatus.DENYLISTED: _t("Denylisted"),
    }[status]


def role_label(role: Role) -> str:
    return {Role.PREPARE_DELIVERIES: _t("Prepare deliveries"), Role.START_DELIVERIES: _t("Start deliveries"),
            Role.ADMINISTRATOR: _t("Administrator")}[role]
