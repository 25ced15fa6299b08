"""Profile rows as the template's ``recipient``, for the preparation and the send alike.

Both read the same columns (``profile_columns``): id, normalised address, the profile
fields with the birth date as text, the custom fields as JSON text. Decoding a date or
the custom fields costs, so it happens only when a template reads them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Text, cast
from sqlalchemy.sql.elements import ColumnElement

from campaign_desktop.db.models import Profile
from campaign_desktop.engine.fields import PROFILE_FIELDS
from campaign_desktop.engine.personalization import CompiledContent, as_recipient

ID, NORM = 0, 1
FIELDS = slice(2, 2 + len(PROFILE_FIELDS))
CUSTOM = 2 + len(PROFILE_FIELDS)
#: The number of columns ``profile_columns`` gives.
WIDTH = CUSTOM + 1


def profile_columns() -> list[ColumnElement[Any]]:
    fields = [cast(getattr(Profile, name), Text) if name == "birth_date" else getattr(Profile, name) for name in PROFILE_FIELDS]
    return [Profile.id, Profile.email_norm, *fields, cast(Profile.custom, Text)]


class RecipientReader:
    """Turns a row that starts with ``profile_columns`` (at ``offset``) into a ``recipient``."""

    def __init__(self, content: CompiledContent, offset: int = 0) -> None:
        self.reads_birth_date = "birth_date" in content.fields
        self.reads_custom = "custom" in content.fields
        self.offset = offset

    def __call__(self, row: Sequence[Any]) -> Any:
        if self.offset:
            row = row[self.offset :]
        values = dict(zip(PROFILE_FIELDS, row[FIELDS]))
        values["id"] = row[ID]
        if self.reads_birth_date and isinstance(values["birth_date"], str):
            values["birth_date"] = _date(values["birth_date"])
        custom = row[CUSTOM] if self.reads_custom else None
        values["custom"] = json.loads(custom) if isinstance(custom, str) else (custom or {})
        return as_recipient(values)


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None
