"""The profile fields personalisation, import and audience filters can use."""

from __future__ import annotations

from campaign_desktop.engine.address_syntax import address_key

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


#: The form addresses are compared in (trim, NFC, local part lower-cased, domain A-label).
normalize_email = address_key
