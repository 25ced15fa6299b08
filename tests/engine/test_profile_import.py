"""CSV import: bad rows are listed with their line and reason, good rows are all kept."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from sqlalchemy import select

from campaign_desktop.db.models import ListMember, Profile, ProfileList
from campaign_desktop.engine.profile_import import ImportFailed, import_profiles


def test_bad_rows_are_reported_and_good_rows_kept(engine, tmp_path):
    path = tmp_path / "people.csv"
    path.write_bytes(
        "E-mail;Prénom;Last name;Date of birth;Loyalty tier\n".encode()
        + "lea@example.fr;Léa;Martin;1990-04-02;Gold\n".encode()
        + b"too;few\n"  # line 3: wrong column count
        + "hugo@example.fr;Hugo;Dubois;31/02/1985;\n".encode()  # line 4: no such date
        + b"bad\xff@example.fr;Bad;Bytes;1980-01-01;\n"  # line 5: not UTF-8
        + "zoe@example.fr;Zoé;\"Roux; jr\";12/07/2001;Silver\n".encode()
        + b"\n"
        + "chen@example.com;Chen;Li;;\n".encode()
    )
    report = import_profiles(engine, path, list_name="Autumn import")
    assert report.imported == 3
    assert [(b.line, b.reason.split(" ")[0]) for b in report.first_bad_rows] == [(3, "2"), (4, "'31/02/1985'"), (5, "not")]
    assert "header has 5" in report.first_bad_rows[0].reason
    with engine.connect() as conn:
        rows = conn.execute(select(Profile.email, Profile.first_name, Profile.last_name, Profile.birth_date, Profile.custom).order_by(Profile.id)).all()
        members = conn.execute(select(ListMember.profile_id).join(ProfileList).where(ProfileList.name == "Autumn import")).all()
    assert [r.email for r in rows] == ["lea@example.fr", "zoe@example.fr", "chen@example.com"]
    assert rows[1].last_name == "Roux; jr" and str(rows[1].birth_date) == "2001-07-12"
    assert rows[0].custom == {"Loyalty tier": "Gold"} and rows[2].custom is None
    assert len(members) == 3


def test_a_file_without_an_email_column_is_refused(engine, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("name,city\nAnn,Paris\n")
    with pytest.raises(ImportFailed, match="email"):
        import_profiles(engine, path)


def test_the_import_command_lists_bad_rows_and_exits_zero(db_url, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("email,first_name\nann@example.com,Ann\nbob@example.com,Bob,extra\n")
    out = subprocess.run(
        [sys.executable, "-m", "campaign_desktop", "--db", db_url, "import", str(path), "--json"],
        capture_output=True, text=True,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["imported"] == 1
    assert f"{path}:3: 3 columns where the header has 2" in out.stderr
