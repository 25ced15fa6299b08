"""Importing a denylist: a CSV of addresses that must never receive a message again.

The file is the kind a former tool or a complaint desk exports: one address a line,
with or without a header, possibly with more columns (the first one that looks like an
email column is used). A bad line is reported with its number and reason and skipped;
the others are put on the denylist whatever their standing was.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, insert, select, update

from campaign_desktop.db.models import Address
from campaign_desktop.engine.address_syntax import address_problem
from campaign_desktop.domain.enums import AddressStatus, DenylistCause
from campaign_desktop.engine.fields import normalize_email
from campaign_desktop.engine.profile_import import BadRow, ImportFailed
from campaign_desktop.engine.messages import Msg

FIRST_BAD_ROWS = 20
CHUNK = 5000
_EMAIL_HEADERS = {"email", "e-mail", "mail", "address", "email address", "adresse", "courriel"}


@dataclass
class DenylistReport:
    added: int = 0  # newly denylisted
    already: int = 0  # were denylisted before
    bad: int = 0
    first_bad_rows: list[BadRow] = field(default_factory=list)


def import_denylist(engine: Engine, path: Path, now: dt.datetime, encoding: str = "utf-8") -> DenylistReport:
    report = DenylistReport()
    try:
        with path.open(encoding=encoding, errors="replace", newline="") as handle:
            dialect = _dialect(handle.read(4096))
            handle.seek(0)
            rows = list(csv.reader(handle, dialect))
    except (OSError, csv.Error) as exc:
        raise ImportFailed(Msg.CANNOT_OPEN_FILE, name=path.name, detail=str(exc)) from exc
    if not rows:
        raise ImportFailed(Msg.FILE_EMPTY, name=path.name)
    column, start = _email_column(rows[0])
    emails: dict[str, int] = {}
    for line, row in enumerate(rows[start:], start=start + 1):
        value = row[column].strip() if len(row) > column else ""
        problem = address_problem(value) if value else "no address on this line"
        if problem:
            report.bad += 1
            if len(report.first_bad_rows) < FIRST_BAD_ROWS:
                report.first_bad_rows.append(BadRow(line, problem))
            continue
        emails.setdefault(normalize_email(value) or "", line)
    addresses = list(emails)
    with engine.begin() as conn:  # one transaction: a failure leaves the denylist as it was
        for first in range(0, len(addresses), CHUNK):
            chunk = addresses[first : first + CHUNK]
            known = dict(conn.execute(select(Address.email_norm, Address.status).where(Address.email_norm.in_(chunk))).all())
            new = [e for e in chunk if e not in known]
            change = [e for e, status in known.items() if status is not AddressStatus.DENYLISTED]
            if new:
                conn.execute(insert(Address), [{"email_norm": e, "status": AddressStatus.DENYLISTED,
                                                     "denylist_cause": DenylistCause.IMPORTED, "updated_at": now} for e in new])
            if change:
                conn.execute(update(Address).where(Address.email_norm.in_(change)).values(
                    status=AddressStatus.DENYLISTED, denylist_cause=DenylistCause.IMPORTED, updated_at=now))
            report.added += len(new) + len(change)
    report.already = len(addresses) - report.added
    return report


def _dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample, ",;\t")
    except csv.Error:  # one column: no delimiter to find
        return csv.excel


def _email_column(header: list[str]) -> tuple[int, int]:
    """(column, first data row): a header names the email column; without one, the first column."""
    for index, name in enumerate(header):
        if name.strip().lower().lstrip("\ufeff") in _EMAIL_HEADERS:
            return index, 1
    return 0, 0
