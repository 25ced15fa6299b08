"""Profile import from CSV: every good record kept, every bad one refused with its lines, re-imports update.

The file is decoded as a stream of text and split into records by the csv module, so a
quoted field may hold line breaks, and an undecodable byte costs the one record that
holds it (its first and last physical line are reported), never the lines after it.
Without an encoding or a delimiter given, both are detected on a bounded sample of the
file's beginning: a byte-order mark, else UTF-8, else charset-normalizer's guess (the
Windows Western code page when it reads as well); the delimiter by ``csv.Sniffer``.

Values are kept as written: only the address is trimmed, and a blank value is no value.
A record is matched to the profiles on its address key (``address_key``): a known key
updates the profile with the lowest id (only the file's columns; custom fields merged),
an unknown one creates a profile. Records are read and written in batches, in one
transaction: a stop, or a failure, leaves the profiles as they were.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import charset_normalizer
from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    String,
    bindparam,
    func,
    insert,
    literal_column,
    select,
    update,
)

from campaign_desktop.db.models import ListMember, Profile, ProfileList, utcnow
from campaign_desktop.engine.address_syntax import address_key
from campaign_desktop.engine.control import ControlLike, Stopped
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.fields import PROFILE_FIELDS
from campaign_desktop.engine.messages import Message, Msg, english, message

#: Records written a batch (and fewer when their values are long: ``BATCH_CHARS``).
BATCH = 5000
BATCH_CHARS = 32 * 1024 * 1024
#: The longest value kept (characters); a longer one refuses its record.
MAX_FIELD = 1_048_576
#: How far the csv module reads one field before giving up: past it, a quote was surely never closed.
RUNAWAY_FIELD = 8 * MAX_FIELD
#: How much of the file's beginning the encoding and the delimiter are detected on.
SAMPLE_BYTES = 1 << 20
SNIFF_CHARS = 16 * 1024
DELIMITERS = ",;\t|"
#: How often the import reports its progress and looks for a stop (records).
PROGRESS_EVERY = 1000
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
_ISO_DATE = re.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})")
#: The longest value each profile column holds (its database type); custom fields take ``MAX_FIELD``.
def _column_limits() -> dict[str, int]:
    limits = {}
    for name in PROFILE_FIELDS:
        kind = Profile.__table__.columns[name].type
        if isinstance(kind, String) and kind.length:
            limits[name] = kind.length
    return limits


_COLUMN_LIMITS = _column_limits()
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
#: Bytes the Windows Western code page leaves undefined.
_CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"

#: The codec error handler of the import: each undecodable byte becomes a lone surrogate
#: U+DC00 + byte, which no decoded text holds otherwise, so the record that has one is found.
_ESCAPE = "campaign_desktop.profile_import"
_ESCAPED = re.compile("[\udc00-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f]")


def _escape_undecodable(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "".join(chr(0xDC00 + b) for b in exc.object[exc.start:exc.end]), exc.end


codecs.register_error(_ESCAPE, _escape_undecodable)


class ImportFailed(EngineError):
    """The file cannot be imported at all (unreadable, no header, no email column)."""


class ImportStopped(Stopped):
    """The user stopped the import: nothing of it was kept."""

    def __init__(self) -> None:
        EngineError.__init__(self, Msg.IMPORT_STOPPED)


@dataclass(frozen=True)
class BadRow:
    """A refused record: its first physical line (and its last, when it spans several) and why."""

    line: int
    reason: str  # the English, for the command line and scripts
    last_line: int | None = None
    message: Message | None = None  # the same, typed, for the screens

    @property
    def lines(self) -> str:
        return f"{self.line}-{self.last_line}" if self.last_line and self.last_line != self.line else str(self.line)


@dataclass(frozen=True)
class FileFormat:
    """How the file is read, and whether each part was given or detected."""

    encoding: str
    encoding_detected: bool
    delimiter: str
    delimiter_detected: bool


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: int = 0
    refused_rows: list[BadRow] = field(default_factory=list)  # the first ``keep_bad_rows``
    encoding: str = ""
    encoding_detected: bool = False
    delimiter: str = ","
    delimiter_detected: bool = False
    repeated_headers: list[int] = field(default_factory=list)  # lines of the header found again (skipped)
    mapping: dict[str, str] = field(default_factory=dict)
    list_name: str | None = None

    @property
    def kept(self) -> int:
        """The records kept: each created, updated or found unchanged a profile."""
        return self.created + self.updated + self.unchanged

    def as_json(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "refused": self.refused,
            "refused_rows": [{"line": b.line, "last_line": b.last_line or b.line, "reason": b.reason}
                             for b in self.refused_rows],
            "encoding": self.encoding,
            "encoding_detected": self.encoding_detected,
            "delimiter": self.delimiter,
            "delimiter_detected": self.delimiter_detected,
            "repeated_headers": self.repeated_headers,
            "mapping": self.mapping,
            "list": self.list_name,
        }


@dataclass(frozen=True)
class FilePreview:
    """The first records of a file as the import would read them (for the import dialog)."""

    format: FileFormat
    headers: list[str]
    fields: list[str]  # per column: a profile field, or ``custom:<name>``
    rows: list[list[str]]

    @property
    def has_email(self) -> bool:
        return "email" in self.fields


# --- headers --------------------------------------------------------------------------------------
def _key(header: str) -> str:
    return "".join(c for c in header.strip().lower() if c not in " -_")


def map_headers(headers: list[str]) -> dict[int, str]:
    """Column index → profile field, or ``custom:<name>`` for a column that is no field (names made unique)."""
    lookup = {alias: name for name, aliases in ALIASES.items() for alias in aliases}
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        name = lookup.get(_key(header))
        if name is None or name in taken:
            base = header.strip() or f"column_{index + 1}"
            custom, n = base, 1
            while f"custom:{custom}" in taken:
                n += 1
                custom = f"{base} ({n})"
            name = f"custom:{custom}"
        mapping[index] = name
        taken.add(name)
    return mapping


def _parse_date(value: str) -> dt.date | None:
    value = value.strip()
    if not value:
        return None
    if found := _ISO_DATE.fullmatch(value):  # the common form, without strptime's cost
        try:
            return dt.date(int(found[1]), int(found[2]), int(found[3]))
        except ValueError:
            pass
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise _Refused(message(Msg.IMPORT_NOT_A_DATE, value=_shortened(value)))


def _shortened(value: str, limit: int = 60) -> str:
    return value if len(value) <= limit else value[:limit] + "…"


# --- the file's format ----------------------------------------------------------------------------
def detect_format(path: Path, encoding: str | None = None, delimiter: str | None = None) -> FileFormat:
    """The encoding and the delimiter ``path`` is read with: each the one given, else detected on its beginning."""
    if encoding is not None:
        try:
            known = codecs.lookup(encoding)
        except LookupError as exc:
            raise ImportFailed(Msg.IMPORT_UNKNOWN_ENCODING, encoding=encoding) from exc
        if not getattr(known, "_is_text_encoding", True):  # rot13, base64…: codecs, but no text encodings
            raise ImportFailed(Msg.IMPORT_UNKNOWN_ENCODING, encoding=encoding)
    if delimiter is not None and len(delimiter) != 1:
        raise ImportFailed(Msg.IMPORT_BAD_DELIMITER, delimiter=delimiter)
    try:
        with path.open("rb") as stream:
            sample = stream.read(SAMPLE_BYTES)
            whole = len(sample) < SAMPLE_BYTES or not stream.read(1)
    except OSError as exc:
        raise ImportFailed(Msg.CANNOT_OPEN_FILE, name=str(path), detail=exc.strerror or str(exc)) from exc
    if encoding is None:
        chosen = _detect_encoding(sample, whole)
    else:  # the name given; a UTF-8 file's byte-order mark is still no character of its header
        chosen = "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" and sample.startswith(codecs.BOM_UTF8) else encoding
    if delimiter is None:
        text = codecs.getincrementaldecoder(chosen)(errors=_ESCAPE).decode(sample, final=whole)
        found = _detect_delimiter(text, whole)
    else:
        found = delimiter
    return FileFormat(_encoding_name(chosen), encoding is None, found, delimiter is None)


def _encoding_name(encoding: str) -> str:
    return codecs.lookup(encoding).name


def _detect_encoding(sample: bytes, whole: bool) -> str:
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name
    text = codecs.getincrementaldecoder("utf-8")(errors=_ESCAPE).decode(sample, final=whole)
    undecodable = len(_ESCAPED.findall(text))
    if not undecodable:
        return "utf-8"
    if (len(_NON_ASCII.findall(text)) - undecodable) * 4 >= undecodable:
        # UTF-8 with a few bad bytes (its multi-byte characters hardly ever occur by chance in a
        # legacy code page): the records holding the bad bytes are refused, the rest kept
        return "utf-8"
    return _guess_legacy(sample)


def _guess_legacy(sample: bytes) -> str:
    """charset-normalizer's guess; the Windows Western code page when it reads the sample as well
    (on a short sample the detector cannot tell it from Central European or even Big5)."""
    best = charset_normalizer.from_bytes(sample).best()
    western = charset_normalizer.from_bytes(sample.translate(None, _CP1252_UNDEFINED), cp_isolation=["cp1252"]).best()
    if western is not None and (best is None or western.chaos <= best.chaos):
        return "cp1252"
    if best is not None:
        return best.encoding
    return "cp1252"  # nothing reads it well: its undecodable records are refused, one by one


def _detect_delimiter(text: str, whole: bool) -> str:
    head = text[:SNIFF_CHARS]
    if not whole or len(text) > SNIFF_CHARS:
        head = head[: head.rfind("\n") + 1] or head
    lines = head.lstrip("\ufeff").splitlines()
    first_line = lines[0] if lines else ""
    try:
        found = csv.Sniffer().sniff(head, delimiters=DELIMITERS).delimiter
    except csv.Error:
        found = ""
    if found and found in DELIMITERS and found in first_line:
        return found
    counts = {d: first_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])  # the first of the list on a tie
    return best if counts[best] else ","


# --- reading records ------------------------------------------------------------------------------
class _Records:
    """The file's records: first and last physical line, values, and whether a quote in it is never
    closed (then the csv module ends the record at the end of the file, silently)."""

    def __init__(self, binary: io.BufferedReader, fmt: FileFormat) -> None:
        self.binary = binary
        self.delimiter = fmt.delimiter
        self.text = io.TextIOWrapper(binary, encoding=fmt.encoding, errors=_ESCAPE, newline="")  # type: ignore[arg-type]
        self.reader = csv.reader(self._lines(), delimiter=fmt.delimiter)
        self.last = 0
        self.record_lines: list[str] = []  # the physical lines of the record being read
        self.at_end = False

    def _lines(self) -> Iterator[str]:
        for line in self.text:
            self.record_lines.append(line)
            yield line
        self.at_end = True

    def __iter__(self) -> Iterator[tuple[int, int, list[str], bool]]:
        while True:
            try:
                values = next(self.reader)
            except StopIteration:
                return
            except csv.Error as exc:  # a field over RUNAWAY_FIELD: there is no telling where its record ends
                raise ImportFailed(Msg.IMPORT_RUNAWAY_FIELD, line=self.last + 1, limit=RUNAWAY_FIELD) from exc
            first, self.last = self.last + 1, self.reader.line_num
            lines, self.record_lines = self.record_lines, []
            # only a record the end of the file ended can have its quote open
            yield first, self.last, values, self.at_end and _quote_left_open(lines, self.delimiter)

    def bytes_read(self) -> int:
        return self.binary.tell()


def _quote_left_open(lines: list[str], delimiter: str, quote: str = '"') -> bool:
    """Whether the csv module (not strict, quotes doubled) is inside a quoted field at the end of ``lines``."""
    quoted = after_quote = False
    at_start = True
    for char in "".join(lines):
        if quoted:
            if after_quote:
                after_quote = False
                if char == quote:
                    continue  # a doubled quote: still quoted
                quoted = False  # closed; what follows ends the field or joins it
            elif char == quote:
                after_quote = True
                continue
            else:
                continue
        if char == delimiter or char in "\r\n":
            at_start = True
        elif at_start and char == quote:
            quoted, at_start = True, False
        else:
            at_start = False
    return quoted and not after_quote


def _raise_field_limit() -> None:
    # the limit is the csv module's, for the whole process: raised, never lowered, so two imports
    # at once cannot lower it under each other (other readers only accept longer fields)
    if csv.field_size_limit() < RUNAWAY_FIELD:
        csv.field_size_limit(RUNAWAY_FIELD)


def _open(path: Path) -> io.BufferedReader:
    try:
        return path.open("rb")
    except OSError as exc:
        raise ImportFailed(Msg.CANNOT_OPEN_FILE, name=str(path), detail=exc.strerror or str(exc)) from exc


def _header(records: Iterator[tuple[int, int, list[str], bool]], path: Path) -> tuple[int, list[str]]:
    for _, last, values, _ in records:
        if any(v.strip() for v in values):
            values[0] = values[0].lstrip("\ufeff")
            return last, [_ESCAPED.sub("\ufffd", v) for v in values]
    raise ImportFailed(Msg.CSV_NO_HEADER, name=str(path))


def preview_file(path: Path, encoding: str | None = None, delimiter: str | None = None, rows: int = 20) -> FilePreview:
    """How ``path`` would be read: its format, its columns with the field each goes to, its first ``rows`` records."""
    fmt = detect_format(path, encoding, delimiter)
    _raise_field_limit()
    with _open(path) as binary:
        records = iter(_Records(binary, fmt))
        _, headers = _header(records, path)
        mapping = map_headers(headers)
        first: list[list[str]] = []
        for _, _, values, _ in records:
            if len(first) >= rows:
                break
            if any(v.strip() for v in values):
                first.append([_ESCAPED.sub("\ufffd", v) for v in values])
    return FilePreview(fmt, headers, [mapping[i] for i in range(len(headers))], first)


# --- one record -----------------------------------------------------------------------------------
class _Refused(Exception):
    def __init__(self, why: Message) -> None:
        super().__init__(str(why))
        self.why = why


@dataclass(slots=True)
class _Row:
    first: int
    last: int
    key: str
    fields: dict[str, Any]  # the file's profile columns
    custom: dict[str, str | None]  # the file's custom columns (None: blank, the stored value goes)
    size: int


class _Plan:
    """What the header says: where the address is, which columns go to which field."""

    def __init__(self, headers: list[str], refuse_nul: bool, delimiter: str = ",") -> None:
        self.headers = headers
        self.delimiter = delimiter
        self.width = len(headers)
        mapping = map_headers(headers)
        if "email" not in mapping.values():
            raise ImportFailed(Msg.CSV_NO_EMAIL_COLUMN)
        self.mapping = {headers[i]: name for i, name in mapping.items()}
        self.email = next(i for i, name in mapping.items() if name == "email")
        # (index, field, header, longest value), the birth date apart: it is parsed
        self.columns = [(i, name, headers[i], _COLUMN_LIMITS.get(name, MAX_FIELD)) for i, name in mapping.items()
                        if name not in ("email", "birth_date") and not name.startswith("custom:")]
        self.birth_date = next((i for i, name in mapping.items() if name == "birth_date"), None)
        self.customs = [(i, name.removeprefix("custom:"), headers[i]) for i, name in mapping.items()
                        if name.startswith("custom:")]
        self.written = ["email", *(name for _, name, _, _ in self.columns)]
        self.written += (["birth_date"] if self.birth_date is not None else []) + (["custom"] if self.customs else [])
        self.stripped_header = [h.strip() for h in headers]
        self.refuse_nul = refuse_nul

    def swallows_records(self, values: list[str]) -> bool:
        """Whether a field that runs over several lines holds lines that read as records of their own
        (with an address where the address column is): a quote opened by mistake, closed only at a
        later record's quote, took them in; importing it would lose them without a word."""
        for value in values:
            for line in value.splitlines()[1:]:
                parts = next(csv.reader([line], delimiter=self.delimiter), [])
                if len(parts) >= max(self.width - 1, 2) and len(parts) > self.email and "@" in parts[self.email]:
                    return True
        return False

    def is_header(self, values: list[str]) -> bool:
        return (len(values) == self.width and values[self.email].strip() == self.stripped_header[self.email]
                and [v.strip() for v in values] == self.stripped_header)

    def row(self, first: int, last: int, values: list[str], joined: str) -> _Row:
        if len(values) != self.width:
            if len(values) < self.width or any(v.strip() for v in values[self.width:]):
                raise _Refused(message(Msg.IMPORT_COLUMN_COUNT, count=len(values), expected=self.width))
            values = values[: self.width]  # a trailing delimiter (spreadsheets add them): empty columns dropped
        if self.refuse_nul and "\x00" in joined:
            raise _Refused(message(Msg.IMPORT_NUL))
        email = values[self.email].strip()
        if not email:
            raise _Refused(message(Msg.IMPORT_NO_ADDRESS))
        if len(email) > _COLUMN_LIMITS["email"]:
            raise _Refused(message(Msg.IMPORT_TOO_LONG, column=self.headers[self.email], limit=_COLUMN_LIMITS["email"]))
        fields: dict[str, Any] = {"email": email}
        for index, name, header, limit in self.columns:
            value = values[index]
            if len(value) > limit:
                raise _Refused(message(Msg.IMPORT_TOO_LONG, column=header, limit=limit))
            fields[name] = value if value and not value.isspace() else None
        if self.birth_date is not None:
            fields["birth_date"] = _parse_date(values[self.birth_date])
        custom: dict[str, str | None] = {}
        for index, name, header in self.customs:
            value = values[index]
            if len(value) > MAX_FIELD:
                raise _Refused(message(Msg.IMPORT_TOO_LONG, column=header, limit=MAX_FIELD))
            custom[name] = value if value and not value.isspace() else None
        return _Row(first, last, address_key(email) or email, fields, custom, len(joined))


# --- the import -----------------------------------------------------------------------------------
def import_profiles(
    engine: Engine,
    path: Path,
    list_name: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    on_bad_row: Callable[[BadRow], None] | None = None,
    keep_bad_rows: int = 1000,
    control: ControlLike | None = None,
) -> ImportReport:
    """Import ``path``: counts, the first ``keep_bad_rows`` refused records (all go to ``on_bad_row``).

    ``control`` gets the progress (bytes read of the file's size, and the counts) and may stop
    the import: it then raises ``ImportStopped`` and nothing of it is kept.
    """
    fmt = detect_format(path, encoding, delimiter)
    report = ImportReport(list_name=list_name, encoding=fmt.encoding, encoding_detected=fmt.encoding_detected,
                          delimiter=fmt.delimiter, delimiter_detected=fmt.delimiter_detected)

    def refuse(first: int, last: int, why: Message) -> None:
        report.refused += 1
        row = BadRow(first, english(why), last, why)
        if len(report.refused_rows) < keep_bad_rows:
            report.refused_rows.append(row)
        if on_bad_row:
            on_bad_row(row)

    _raise_field_limit()
    with _open(path) as binary, engine.begin() as conn:
        size = path.stat().st_size
        reader = _Records(binary, fmt)
        records = iter(reader)
        _, headers = _header(records, path)
        plan = _Plan(headers, refuse_nul=conn.dialect.name == "postgresql", delimiter=fmt.delimiter)
        report.mapping = plan.mapping
        list_id = _list_id(conn, list_name) if list_name else None
        batch: list[_Row] = []
        batch_chars = seen = 0
        for first, last, values, quote_open in records:
            seen += 1
            if seen % PROGRESS_EVERY == 0:
                _progress(control, reader.bytes_read(), size, seen, report)
            joined = "".join(values)
            if unreadable := _unreadable(joined, quote_open, fmt.encoding):
                refuse(first, last, unreadable)
                continue
            if not joined or joined.isspace():
                continue
            if plan.is_header(values):
                if len(report.repeated_headers) < keep_bad_rows:
                    report.repeated_headers.append(first)
                continue
            if last > first and plan.swallows_records(values):
                refuse(first, last, message(Msg.IMPORT_QUOTE_SWALLOWS))
                continue
            try:
                row = plan.row(first, last, values, joined)
            except _Refused as exc:
                refuse(first, last, exc.why)
                continue
            batch.append(row)
            batch_chars += row.size
            if len(batch) >= BATCH or batch_chars >= BATCH_CHARS:
                _write(conn, batch, plan, list_id, report)
                batch_chars = 0
        _write(conn, batch, plan, list_id, report)
        _progress(control, size, size, seen, report, may_stop=False)
    return report


def _unreadable(joined: str, quote_open: bool, encoding: str) -> Message | None:
    """Why a record cannot be read as the file meant it: a quote never closed, or bytes the encoding has no text for."""
    if quote_open:
        return message(Msg.IMPORT_QUOTE_NOT_CLOSED)
    if not joined.isascii() and (bad := _ESCAPED.search(joined)):
        return message(Msg.IMPORT_NOT_DECODABLE, encoding=encoding, byte=f"0x{ord(bad.group()) - 0xDC00:02X}")
    return None


def _progress(control: ControlLike | None, done: int, total: int, rows: int, report: ImportReport,
              may_stop: bool = True) -> None:
    if control is None:
        return
    if may_stop and control.should_stop():
        raise ImportStopped()
    control.report(done, total, rows=rows, created=report.created, updated=report.updated,
                   unchanged=report.unchanged, refused=report.refused)


def _list_id(conn: Connection, name: str) -> int:
    found = conn.execute(select(ProfileList.id).where(ProfileList.name == name)).scalar_one_or_none()
    if found is not None:
        return found
    return conn.execute(insert(ProfileList).values(name=name, created_at=utcnow()).returning(ProfileList.id)).scalar_one()


def _stored(conn: Connection, keys: Iterable[str], plan: _Plan) -> dict[str, dict[str, Any]]:
    """The profile each key already has (the lowest id when several share it), with the file's columns."""
    columns = [Profile.id, Profile.email_norm, *(getattr(Profile, name) for name in plan.written)]
    found: dict[str, dict[str, Any]] = {}
    query = select(*columns).where(_one_of(conn, Profile.email_norm, list(keys))).order_by(Profile.id)
    for row in conn.execute(query).mappings():
        found.setdefault(row["email_norm"], dict(row))
    return found


def _one_of(conn: Connection, column: Any, values: list[Any]) -> ColumnElement[bool]:
    """``column IN values``; on SQLite the values go as one JSON parameter: binding thousands of
    parameters one by one costs more than the lookup itself."""
    if conn.dialect.name == "sqlite" and sqlite3.sqlite_version_info >= (3, 38):  # JSON functions built in
        return column.in_(select(literal_column("value")).select_from(func.json_each(json.dumps(values))))
    return column.in_(values)


def _merged(stored: dict[str, Any] | None, custom: dict[str, str | None]) -> dict[str, Any] | None:
    if not stored:
        return {name: value for name, value in custom.items() if value is not None} or None
    merged = dict(stored)
    for name, value in custom.items():
        if value is None:
            merged.pop(name, None)
        else:
            merged[name] = value
    return merged or None


def _write(conn: Connection, batch: list[_Row], plan: _Plan, list_id: int | None, report: ImportReport) -> None:
    """Create or update the batch's profiles: a key already stored, or met earlier in the batch, is an update."""
    if not batch:
        return
    stored = _stored(conn, {row.key for row in batch}, plan)
    created: dict[str, dict[str, Any]] = {}
    changed: dict[int, dict[str, Any]] = {}
    matched: set[int] = set()
    now = utcnow()
    for row in batch:
        target = created.get(row.key) or stored.get(row.key)
        if target is None:
            new: dict[str, Any] = {name: None for name in PROFILE_FIELDS}
            new.update(row.fields, email_norm=row.key, custom=_merged(None, row.custom), created_at=now)
            created[row.key] = new
            report.created += 1
            continue
        changes = {name: value for name, value in row.fields.items() if target[name] != value}
        if plan.customs:
            custom = _merged(target["custom"], row.custom)
            if custom != target["custom"]:
                changes["custom"] = custom
        if "id" in target:
            matched.add(target["id"])
        if not changes:
            report.unchanged += 1
            continue
        target.update(changes)
        report.updated += 1
        if "id" in target:
            changed[target["id"]] = target
    if changed:
        conn.execute(update(Profile).where(Profile.id == bindparam("_id")),
                     [{"_id": pid, **{name: target[name] for name in plan.written}} for pid, target in changed.items()])
    if list_id is None:
        if created:
            conn.execute(insert(Profile), list(created.values()))
    else:
        new_ids = conn.execute(insert(Profile).returning(Profile.id), list(created.values())).scalars().all() if created else []
        members = set(new_ids)
        if matched:
            already = set(conn.execute(select(ListMember.profile_id).where(
                ListMember.list_id == list_id, _one_of(conn, ListMember.profile_id, sorted(matched)))).scalars())
            members |= matched - already
        if members:
            conn.execute(insert(ListMember), [{"list_id": list_id, "profile_id": pid} for pid in sorted(members)])
    batch.clear()


__all__ = ["BadRow", "FileFormat", "FilePreview", "ImportFailed", "ImportReport", "ImportStopped", "detect_format",
           "import_profiles", "map_headers", "preview_file"]
