"""The profile fields personalisation, import and audience filters can use."""

from __future__ import annotations

#: Profile columns, in the order a marketer expects to see them.
PROFILE_FIELDS: tuple[str, ...] = (
    "email",
    "first_name",
    "last_name",
    "title",
    "language",
    "country",
    "city",
    "birth_date",
    "phone",
)

#: Fields available to templates as ``recipient.<name>``; ``custom`` holds the imported extras.
RECIPIENT_FIELDS: frozenset[str] = frozenset(PROFILE_FIELDS) | {"id", "custom"}


def normalize_email(value: str | None) -> str | None:
    """The form addresses are compared in: trimmed and lower-cased; ``None`` when empty."""
    if value is None:
        return None
    value = value.strip().lower()
    return value or None
