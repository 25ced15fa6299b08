"""Profile import from CSV: header mapping, streaming, every bad row reported, every good row kept.

The file is read line by line (a million rows in bounded memory) and written in batches.
A row is bad when it cannot be decoded, has the wrong number of columns, or holds a value
that does not fit its field (a date that is no date); it is reported with its line number
and the reason, and the import goes on. Columns that are no profile field become custom
fields.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, select

from campaign_desktop.db.models import ListMember, Profile, ProfileList, utcnow
from campaign_desktop.engine.fields import PROFILE_FIELDS, normalize_email
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.messages import Msg

BATCH = 5000
#: Header spellings accepted for each profile field (compared lower-cased, without spaces, - and _).
ALIASES: dict[str, tuple[str, ...]] = {
    "email": ("email", "e-mail", "emailaddress", "mail", "courriel", "adresseemail"),
    "first_name": ("firstname", "first", "givenname", "prenom", "prénom"),
    "last_name": ("lastname", "last", "surname", "familyname", "nom"),
    "title": ("title", "salutation", "civilite", "civilité"),
    "language": ("language", "lang", "langue", "locale"),
    "country": ("country", "pays"),
    "city": ("city", "town", "ville"),
    "birth_date": ("birthdate", "dateofbirth", "dob", "birthday", "datedenaissance"),
    "phone": ("phone", "mobile", "telephone", "téléphone", "tel"),
}
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y")
_MAX_FIELD = 1000


class ImportFailed(EngineError):
    """The file cannot be imported at all (unreadable, no header, no email column)."""


@dataclass(frozen=True)
class BadRow:
    line: int
    reason: str


@dataclass
class ImportReport:
    imported: int = 0
    bad: int = 0
    first_bad_rows: list[BadRow] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)
    list_name: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "bad": self.bad,
            "bad_rows": [{"line": b.line, "reason": b.reason} for b in self.first_bad_rows],
            "mapping": self.mapping,
            "list": self.list_name,
        }


def _key(header: str) -> str:
    return "".join(c for c in header.strip().lower() if c not in " -_")


def map_headers(headers: list[str]) -> dict[int, str]:
    """Column index → profile field, or ``custom:<name>`` for a column that is no field."""
    lookup = {alias: name for name, aliases in ALIASES.items() for alias in aliases}
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        name = lookup.get(_key(header))
        if name is None or name in taken:
            mapping[index] = f"custom:{header.strip() or f'column_{index + 1}'}"
        else:
            mapping[index] = name
            taken.add(name)
    return mapping


def _parse_date(value: str) -> dt.date | None:
    value = value.strip()
    if not value:
        return None
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"'{value}' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)")


class _Lines:
    """Decodes a binary file line by line, so one badly encoded line costs one row, not the file."""

    def __init__(self, stream: io.BufferedReader, encoding: str, on_bad: Callable[[int, str], None]) -> None:
        self.stream, self.encoding, self.on_bad = stream, encoding, on_bad
        self.line = 0

    def __iter__(self) -> Iterator[str]:
        for raw in self.stream:
            self.line += 1
            try:
                text = raw.decode(self.encoding)
            except UnicodeDecodeError as exc:
                self.on_bad(self.line, f"not valid {self.encoding} text (byte {exc.start + 1})")
                continue
            if self.line == 1:
                text = text.lstrip("\ufeff")
            yield text


def import_profiles(
    engine: Engine,
    path: Path,
    list_name: str | None = None,
    encoding: str = "utf-8",
    delimiter: str | None = None,
    on_bad_row: Callable[[BadRow], None] | None = None,
    keep_bad_rows: int = 1000,
) -> ImportReport:
    """Import ``path``; returns counts and the first ``keep_bad_rows`` bad rows (all go to ``on_bad_row``)."""
    report = ImportReport(list_name=list_name)

    def bad(line: int, reason: str) -> None:
        report.bad += 1
        row = BadRow(line, reason)
        if len(report.first_bad_rows) < keep_bad_rows:
            report.first_bad_rows.append(row)
        if on_bad_row:
            on_bad_row(row)

    try:
        stream = path.open("rb")
    except OSError as exc:
        raise ImportFailed(Msg.CANNOT_OPEN_FILE, name=str(path), detail=exc.strerror or str(exc)) from exc
    with stream, engine.begin() as conn:
        lines = _Lines(stream, encoding, bad)  # type: ignore[arg-type]
        iterator = iter(lines)
        first = next(iterator, None)
        if first is None:
            raise ImportFailed(Msg.CSV_NO_HEADER, name=str(path))
        dialect_delimiter = delimiter or _sniff_delimiter(first)
        headers = next(csv.reader([first], delimiter=dialect_delimiter))
        mapping = map_headers(headers)
        if "email" not in mapping.values():
            raise ImportFailed(Msg.CSV_NO_EMAIL_COLUMN)
        report.mapping = {headers[i]: name for i, name in mapping.items()}
        list_id = _list_id(conn, list_name) if list_name else None
        reader = csv.reader(iterator, delimiter=dialect_delimiter)
        batch: list[dict[str, Any]] = []
        for values in reader:
            line = lines.line
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(headers):
                bad(line, f"{len(values)} columns where the header has {len(headers)}")
                continue
            try:
                batch.append(_profile(values, mapping))
            except ValueError as exc:
                bad(line, str(exc))
                continue
            if len(batch) >= BATCH:
                report.imported += _write(conn, batch, list_id)
        report.imported += _write(conn, batch, list_id)
    return report


def _sniff_delimiter(header: str) -> str:
    return max((";", ",", "\t"), key=header.count)


def _profile(values: list[str], mapping: dict[int, str]) -> dict[str, Any]:
    row: dict[str, Any] = {name: None for name in PROFILE_FIELDS}
    custom: dict[str, str] = {}
    for index, value in enumerate(values):
        name = mapping[index]
        if len(value) > _MAX_FIELD:
            raise ValueError(f"the value of '{name.removeprefix('custom:')}' is longer than {_MAX_FIELD} characters")
        if name.startswith("custom:"):
            if value.strip():
                custom[name.removeprefix("custom:")] = value.strip()
        elif name == "birth_date":
            row[name] = _parse_date(value)
        else:
            row[name] = value.strip() or None
    row["email_norm"] = normalize_email(row["email"])
    row["custom"] = custom or None
    row["created_at"] = utcnow()
    return row


def _list_id(conn: Any, name: str) -> int:
    found = conn.execute(select(ProfileList.id).where(ProfileList.name == name)).scalar_one_or_none()
    if found is not None:
        return found
    return conn.execute(insert(ProfileList).values(name=name, created_at=utcnow()).returning(ProfileList.id)).scalar_one()


def _write(conn: Any, batch: list[dict[str, Any]], list_id: int | None) -> int:
    if not batch:
        return 0
    if list_id is None:
        conn.execute(insert(Profile), batch)
    else:
        ids = conn.execute(insert(Profile).returning(Profile.id), batch).scalars().all()
        conn.execute(insert(ListMember), [{"list_id": list_id, "profile_id": i} for i in ids])
    written = len(batch)
    batch.clear()
    return written
