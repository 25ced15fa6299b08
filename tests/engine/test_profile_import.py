"""CSV import: files as CRM exports write them (BOMs, UTF-16, Windows code pages, semicolons,
tabs, multi-line notes, bad bytes), re-imports that update instead of duplicating, and a
stop that keeps nothing. Each file is written by the test as bytes, as a user would receive it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, insert, select

from campaign_desktop.db.models import ListMember, Profile, ProfileList, utcnow
from campaign_desktop.engine import profile_import
from campaign_desktop.engine.control import Control, Stopped
from campaign_desktop.engine.messages import Msg
from campaign_desktop.engine.profile_import import ImportFailed, import_profiles, preview_file

#: Nine people of a French CRM, names a Western code page holds (œ and ’ only in cp1252, not latin-1).
NINE = [("lea@exemple.fr", "Léa", "Müller", "Besançon"), ("zoe@exemple.fr", "Zoé", "Noël", "Orléans"),
        ("jose@exemple.fr", "José", "Peña", "Málaga"), ("helene@exemple.fr", "Hélène", "Dubœuf", "Nîmes"),
        ("francois@exemple.fr", "François", "Lefèvre", "Créteil"), ("mael@exemple.fr", "Maël", "Gaëlle", "Bâle"),
        ("ana@exemple.fr", "Ana", "Ibáñez", "Cádiz"), ("jurgen@exemple.fr", "Jürgen", "Groß", "Köln"),
        ("renee@exemple.fr", "Renée", "D’Arc", "Évry")]


def _nine(delimiter: str = ";", newline: str = "\r\n") -> str:
    lines = [delimiter.join(("E-mail", "Prénom", "Nom", "Ville"))] + [delimiter.join(p) for p in NINE]
    return newline.join(lines) + newline


def _profiles(engine) -> list:
    with engine.connect() as conn:
        return conn.execute(select(Profile).order_by(Profile.id)).all()


def _rows(engine, *columns) -> list:
    with engine.connect() as conn:
        return conn.execute(select(*columns).order_by(Profile.id)).all()


def _count(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Profile)).scalar_one()


def _refused(report) -> list[tuple[int, int, str]]:
    return [(b.line, b.last_line, b.reason) for b in report.refused_rows]


def test_bad_rows_are_reported_and_good_rows_kept(engine, tmp_path):
    path = tmp_path / "people.csv"
    path.write_bytes(
        "E-mail;Prénom;Last name;Date of birth;Loyalty tier\n".encode()
        + "lea@example.fr;Léa;Martin;1990-04-02;Gold\n".encode()
        + b"too;few\n"  # line 3: wrong column count
        + b"hugo@example.fr;Hugo;Dubois;31/02/1985;\n"  # line 4: no such date
        + b"bad\xff@example.fr;Bad;Bytes;1980-01-01;\n"  # line 5: not UTF-8
        + "zoe@example.fr;Zoé;\"Roux; jr\";12/07/2001;Silver\n".encode()
        + b"\n"
        + b"chen@example.com;Chen;Li;;\n"
    )
    report = import_profiles(engine, path, list_name="Autumn import")
    assert (report.created, report.updated, report.unchanged, report.refused) == (3, 0, 0, 3)
    assert _refused(report) == [
        (3, 3, "2 columns where the header has 5"),
        (4, 4, "'31/02/1985' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)"),
        (5, 5, "not valid utf-8 text (byte 0xFF)"),
    ]
    assert report.refused_rows[0].message.id is Msg.IMPORT_COLUMN_COUNT  # typed, for the screens
    assert (report.encoding, report.encoding_detected, report.delimiter, report.delimiter_detected) == ("utf-8", True, ";", True)
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
    said = json.loads(out.stdout)
    assert {k: said[k] for k in ("created", "updated", "unchanged", "refused")} == {"created": 1, "updated": 0, "unchanged": 0, "refused": 1}
    assert said["refused_rows"] == [{"line": 3, "last_line": 3, "reason": "3 columns where the header has 2"}]
    assert (said["encoding"], said["encoding_detected"], said["delimiter"], said["repeated_headers"]) == ("utf-8", True, ",", [])
    assert said["mapping"] == {"email": "email", "first_name": "first_name"} and said["list"] is None
    assert f"{path}:3: 3 columns where the header has 2" in out.stderr


def test_the_import_command_takes_a_tab_delimiter_and_an_encoding_and_says_they_were_given(db_url, tmp_path):
    path = tmp_path / "people.tsv"
    path.write_bytes("email\tfirst_name\nann@example.com\tAnaïs\n".encode("cp1252"))
    out = subprocess.run(
        [sys.executable, "-m", "campaign_desktop", "--db", db_url, "import", str(path), "--encoding", "cp1252",
         "--delimiter", "tab"], capture_output=True, text=True,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["1 created, 0 updated, 0 unchanged, 0 refused",
                                       "encoding cp1252 (given), delimiter tab (given)"]


# --- encodings ------------------------------------------------------------------------------------
def test_a_utf8_file_with_a_bom_keeps_its_first_column_name(engine, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(b"\xef\xbb\xbf" + _nine(",").encode())
    report = import_profiles(engine, path)
    assert report.created == 9 and report.refused == 0
    assert report.mapping["E-mail"] == "email"  # not "\ufeffE-mail", which would be no email column
    assert (report.encoding, report.encoding_detected, report.delimiter) == ("utf-8-sig", True, ",")
    assert [r.first_name for r in _rows(engine, Profile.first_name)] == [p[1] for p in NINE]


def test_a_utf16_file_with_a_bom_is_read_without_being_told(engine, tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes(_nine("\t").encode("utf-16"))  # Excel's "Unicode text": UTF-16 LE with a BOM, tabs
    report = import_profiles(engine, path)
    assert (report.created, report.refused) == (9, 0)
    assert (report.encoding, report.encoding_detected, report.delimiter, report.delimiter_detected) == ("utf-16", True, "\t", True)
    assert [(r.email, r.last_name, r.city) for r in _rows(engine, Profile.email, Profile.last_name, Profile.city)] == [
        (p[0], p[2], p[3]) for p in NINE]


def test_a_cp1252_export_without_encoding_keeps_all_nine_rows_with_their_accents(engine, tmp_path):
    """The old import read it as UTF-8 and kept 1 row of 9; the encoding is now detected."""
    path = tmp_path / "crm.csv"
    path.write_bytes(_nine(";").encode("cp1252"))
    report = import_profiles(engine, path)
    assert (report.created, report.refused) == (9, 0)
    assert (report.encoding, report.encoding_detected, report.delimiter) == ("cp1252", True, ";")
    stored = _rows(engine, Profile.email, Profile.first_name, Profile.last_name, Profile.city)
    assert [tuple(r) for r in stored] == NINE  # Dubœuf and D’Arc included: cp1252, not latin-1


def test_an_encoding_given_is_used_and_said_given(engine, tmp_path):
    path = tmp_path / "crm.csv"
    path.write_bytes(_nine(";").encode("latin-1", errors="replace"))
    report = import_profiles(engine, path, encoding="latin-1")
    assert (report.encoding, report.encoding_detected, report.delimiter_detected) == ("iso8859-1", False, True)
    assert _rows(engine, Profile.first_name)[3].first_name == "Hélène"


def test_an_unknown_encoding_or_a_long_delimiter_is_refused_before_anything_is_read(engine, tmp_path):
    path = tmp_path / "crm.csv"
    path.write_text(_nine(";"))
    with pytest.raises(ImportFailed, match="no encoding 'klingon'"):
        import_profiles(engine, path, encoding="klingon")
    with pytest.raises(ImportFailed, match="no encoding 'rot13'"):
        import_profiles(engine, path, encoding="rot13")
    with pytest.raises(ImportFailed, match="one character"):
        import_profiles(engine, path, delimiter=";;")
    assert _count(engine) == 0


# --- delimiters and records -----------------------------------------------------------------------
@pytest.mark.parametrize(("delimiter", "name"), [(";", "semicolons"), ("\t", "tabs"), ("|", "pipes"), (",", "commas")])
def test_the_delimiter_is_detected_even_when_values_hold_other_delimiters(engine, tmp_path, delimiter, name):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["email", "first_name", "Notes"])
    writer.writerow(["ann@example.com", "Ann", "likes; commas, tabs\tand | pipes"])
    writer.writerow(["bob@example.com", "Bob", "plain"])
    path = tmp_path / f"{name}.csv"
    path.write_bytes(out.getvalue().encode())
    report = import_profiles(engine, path)
    assert (report.delimiter, report.delimiter_detected, report.created, report.refused) == (delimiter, True, 2, 0)
    assert _rows(engine, Profile.custom)[0].custom == {"Notes": "likes; commas, tabs\tand | pipes"}


def test_quoted_notes_over_several_lines_stay_one_value_and_lines_are_counted_physically(engine, tmp_path):
    path = tmp_path / "notes.csv"
    path.write_bytes(
        b'email,first_name,Notes\r\n'
        b'ann@example.com,Ann,"called twice\r\nprefers email\nsays ""no"" to phone"\r\n'  # lines 2-4
        b'bob@example.com,Bob\r\n'  # line 5: too few columns
        b'cy@example.com,Cy,"one\rtwo"\r\n'
    )
    report = import_profiles(engine, path)
    assert report.created == 2
    assert _refused(report) == [(5, 5, "2 columns where the header has 3")]
    notes = [r.custom["Notes"] for r in _rows(engine, Profile.custom)]
    assert notes == ['called twice\r\nprefers email\nsays "no" to phone', "one\rtwo"]


def test_a_bad_byte_in_a_multiline_field_refuses_that_record_only_and_imports_no_evil_line(engine, tmp_path):
    """The old import decoded line by line: the notes' next line, which looks like a record,
    became a profile. Now the whole record is refused with its lines, and nothing else is lost."""
    path = tmp_path / "crm.csv"
    path.write_bytes(
        b"email,first_name,Notes\n"
        + "lea@example.fr,Léa,\"aime le thé\"\n".encode()  # line 2
        + b'ann@example.com,Ann,"bad byte here: \xff\n'  # lines 3-5: one record
        + b"evil@example.com,Evil,injected\n"
        + b'end of note"\n'
        + "zoe@example.fr,Zoé,\"deux\nlignes\"\n".encode()  # lines 6-7
        + b"bob@example.com,Bob,fine\n"
    )
    report = import_profiles(engine, path)
    assert report.encoding == "utf-8"  # mostly UTF-8: a bad byte does not make it another encoding
    assert _refused(report) == [(3, 5, "not valid utf-8 text (byte 0xFF)")]
    emails = [r.email for r in _rows(engine, Profile.email)]
    assert emails == ["lea@example.fr", "zoe@example.fr", "bob@example.com"]
    assert "evil@example.com" not in emails and "ann@example.com" not in emails


def test_an_undefined_cp1252_byte_refuses_its_record_with_its_lines(engine, tmp_path):
    body = _nine(",", "\n").encode("cp1252").splitlines(keepends=True)
    body.insert(4, b'broken@exemple.fr,Jos\x81,"two\nlines"\n')  # lines 5-6: 0x81 means nothing in cp1252
    path = tmp_path / "crm.csv"
    path.write_bytes(b"".join(body))
    report = import_profiles(engine, path)
    assert report.encoding == "cp1252" and report.created == 9
    assert [str(b.lines) + ": " + b.reason for b in report.refused_rows] == ["5-6: not valid cp1252 text (byte 0x81)"]


def test_a_100_kib_notes_field_is_kept_exactly_and_an_over_1_mib_one_refused(engine, tmp_path):
    notes = ("Ligne de notes, avec « guillemets » et \"quotes\";\n" * 2200)[:100 * 1024]
    huge = "x" * (profile_import.MAX_FIELD + 1)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerows([["email", "Notes"], ["ann@example.com", notes], ["big@example.com", huge], ["bob@example.com", "short"]])
    path = tmp_path / "long.csv"
    path.write_bytes(out.getvalue().encode())
    report = import_profiles(engine, path)
    assert report.created == 2
    big_line = 3 + notes.count("\n")  # after the header and Ann's record, whose notes span lines
    assert _refused(report) == [(big_line, big_line, "the value of 'Notes' is longer than 1048576 characters")]
    stored = _rows(engine, Profile.email, Profile.custom)
    assert stored[0].custom["Notes"] == notes and len(notes) == 100 * 1024
    assert [r.email for r in stored] == ["ann@example.com", "bob@example.com"]


def test_values_are_kept_as_written_only_the_address_is_trimmed(engine, tmp_path):
    path = tmp_path / "spaces.csv"
    path.write_bytes(b'email,first_name,last_name,city,Tier\n  ann@example.com\t,  Ann ,"  van Dyke",   ," Gold "\n')
    import_profiles(engine, path)
    row = _rows(engine, Profile.email, Profile.email_norm, Profile.first_name, Profile.last_name, Profile.city, Profile.custom)[0]
    assert (row.email, row.email_norm) == ("ann@example.com", "ann@example.com")
    assert (row.first_name, row.last_name) == ("  Ann ", "  van Dyke")
    assert row.city is None  # a blank value is no value
    assert row.custom == {"Tier": " Gold "}


def test_a_repeated_header_is_skipped_with_a_note_not_refused(engine, tmp_path):
    """Two exports concatenated: the second one's header line is no profile and no error."""
    path = tmp_path / "two.csv"
    path.write_bytes(b"email,first_name\nann@example.com,Ann\nemail,first_name\nbob@example.com,Bob\n")
    report = import_profiles(engine, path)
    assert (report.created, report.refused, report.repeated_headers) == (2, 0, [3])
    assert [r.email for r in _rows(engine, Profile.email)] == ["ann@example.com", "bob@example.com"]


def test_a_row_without_an_address_or_with_a_too_long_name_is_refused(engine, tmp_path):
    path = tmp_path / "gaps.csv"
    path.write_bytes(b"email,first_name\n   ,Nobody\nann@example.com," + b"A" * 201 + b"\nbob@example.com,Bob,\n")
    report = import_profiles(engine, path)
    assert _refused(report) == [(2, 2, "no address"), (3, 3, "the value of 'first_name' is longer than 200 characters")]
    assert [r.email for r in _rows(engine, Profile.email)] == ["bob@example.com"]  # a trailing delimiter is no column


@pytest.mark.parametrize("end", [b"\n", b""], ids=["last line ended", "last line not ended"])
def test_a_quote_never_closed_refuses_the_rest_of_the_file_as_one_record_with_its_lines(engine, tmp_path, end):
    """Without the check, Bob's first name would be the rest of the file, and Cy and Dan lost silently."""
    path = tmp_path / "open.csv"
    path.write_bytes(b'email,first_name\nann@example.com,Ann\nbob@example.com,"Bob\ncy@example.com,Cy\ndan@example.com,Dan' + end)
    report = import_profiles(engine, path)
    assert report.created == 1
    assert _refused(report) == [(3, 5, "a quote opened in this record is never closed: it runs to the end of the file")]
    path.write_bytes(b'email,first_name\nann@example.com,"Ann ""the first"""' + end)  # closed: kept
    assert import_profiles(engine, path).refused == 0
    assert _rows(engine, Profile.first_name)[0].first_name == 'Ann "the first"'


# --- re-import ------------------------------------------------------------------------------------
def test_reimporting_updates_instead_of_duplicating(engine, tmp_path):
    path = tmp_path / "crm.csv"
    path.write_bytes(_nine(";").encode("cp1252"))
    assert import_profiles(engine, path).created == 9
    again = import_profiles(engine, path)
    assert (again.created, again.updated, again.unchanged, again.refused) == (0, 0, 9, 0)
    edited = _nine(";").replace("Besançon", "Dijon").replace("Köln", "Bonn").replace("lea@exemple.fr", "LEA@Exemple.FR ")
    path.write_bytes((edited + "new@exemple.fr;Neuf;Nouveau;Nantes\r\n").encode("cp1252"))
    third = import_profiles(engine, path)
    assert (third.created, third.updated, third.unchanged) == (1, 2, 7)
    assert _count(engine) == 10
    rows = {r.email_norm: r for r in _rows(engine, Profile.email_norm, Profile.email, Profile.city)}
    assert rows["lea@exemple.fr"].city == "Dijon" and rows["lea@exemple.fr"].email == "LEA@Exemple.FR"
    assert rows["jurgen@exemple.fr"].city == "Bonn"


def test_an_update_changes_only_the_file_s_columns_and_merges_custom_fields(engine, tmp_path):
    path = tmp_path / "full.csv"
    path.write_bytes(b"email,first_name,last_name,phone,Tier,Notes\nann@example.com,Ann,Lee,0102,Gold,vip\n")
    import_profiles(engine, path)
    path.write_bytes(b"email,last_name,Tier,Source\nann@example.com,Lee-Smith,,fair\n")
    report = import_profiles(engine, path)
    assert (report.created, report.updated) == (0, 1)
    row = _rows(engine, Profile.first_name, Profile.last_name, Profile.phone, Profile.custom)[0]
    assert (row.first_name, row.last_name, row.phone) == ("Ann", "Lee-Smith", "0102")
    assert row.custom == {"Notes": "vip", "Source": "fair"}  # Tier blank in the file: no value any more


def test_the_same_address_twice_in_a_file_creates_once_then_updates(engine, tmp_path, monkeypatch):
    monkeypatch.setattr(profile_import, "BATCH", 2)  # the repeat falls in a later batch too
    path = tmp_path / "twice.csv"
    path.write_bytes(b"email,city\nann@example.com,Paris\nann@example.com,Lyon\nbob@example.com,Nice\n"
                     b"cy@example.com,Metz\nANN@example.com,Lille\nANN@example.com,Lille\n")
    report = import_profiles(engine, path)
    assert (report.created, report.updated, report.unchanged) == (3, 2, 1)
    assert [(r.email, r.city) for r in _rows(engine, Profile.email, Profile.city)] == [
        ("ANN@example.com", "Lille"), ("bob@example.com", "Nice"), ("cy@example.com", "Metz")]


def test_an_international_address_matches_its_stored_a_label_form(engine, tmp_path):
    with engine.begin() as conn:
        conn.execute(insert(Profile).values(email="user@xn--exmple-cua.de", email_norm="user@xn--exmple-cua.de",
                                            first_name="Uwe", created_at=utcnow()))
    path = tmp_path / "idn.csv"
    path.write_bytes("email,first_name\n User@Exämple.de ,Uwe\n".encode())
    report = import_profiles(engine, path)
    assert (report.created, report.updated) == (0, 1)  # the address is spelled as the file spells it now
    assert [(r.email, r.email_norm) for r in _rows(engine, Profile.email, Profile.email_norm)] == [
        ("User@Exämple.de", "user@xn--exmple-cua.de")]


def test_when_profiles_already_share_an_address_the_lowest_id_is_updated(engine, tmp_path):
    with engine.begin() as conn:
        for city in ("Old", "Older"):
            conn.execute(insert(Profile).values(email="ann@example.com", email_norm="ann@example.com", city=city,
                                                created_at=utcnow()))
    path = tmp_path / "ann.csv"
    path.write_bytes(b"email,city\nann@example.com,New\n")
    assert import_profiles(engine, path).updated == 1
    assert [r.city for r in _rows(engine, Profile.city)] == ["New", "Older"]


def test_list_membership_is_added_once_for_created_updated_and_unchanged_profiles(engine, tmp_path):
    path = tmp_path / "crm.csv"
    path.write_bytes(_nine(";").encode())
    import_profiles(engine, path, list_name="Autumn")
    path.write_bytes(_nine(";").replace("Nîmes", "Nice").encode())
    again = import_profiles(engine, path, list_name="Autumn")
    assert (again.created, again.updated, again.unchanged) == (0, 1, 8)
    import_profiles(engine, path, list_name="Winter")
    with engine.connect() as conn:
        members = conn.execute(select(ProfileList.name, func.count()).join(ListMember).group_by(ProfileList.name)
                               .order_by(ProfileList.name)).all()
    assert [tuple(m) for m in members] == [("Autumn", 9), ("Winter", 9)]
    assert _count(engine) == 9


# --- progress and stop ----------------------------------------------------------------------------
def test_progress_is_reported_by_the_thousand_and_a_stop_keeps_nothing(engine, tmp_path, monkeypatch):
    monkeypatch.setattr(profile_import, "BATCH", 500)
    path = tmp_path / "many.csv"
    path.write_bytes(b"email\n" + b"".join(b"p%d@example.com\n" % i for i in range(5000)))
    control = Control()
    report = import_profiles(engine, path, control=control)
    assert report.created == 5000
    last = control.snapshot()
    assert (last["done"], last["total"], last["rows"], last["created"]) == (path.stat().st_size, path.stat().st_size, 5000, 5000)

    class StopAfterFirstReport(Control):
        def report(self, done, total, **figures):
            super().report(done, total, **figures)
            self.stop()

    path.write_bytes(b"email\n" + b"".join(b"q%d@example.com\n" % i for i in range(5000)))
    with pytest.raises(Stopped, match="nothing of it was kept"):
        import_profiles(engine, path, list_name="Stopped", control=StopAfterFirstReport())
    assert _count(engine) == 5000  # the q… profiles of the batches written before the stop are gone
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(ProfileList)).scalar_one() == 0


def test_the_preview_shows_the_format_the_columns_and_the_first_rows(tmp_path):
    path = tmp_path / "crm.csv"
    path.write_bytes(_nine(";").encode("cp1252"))
    preview = preview_file(path, rows=3)
    assert (preview.format.encoding, preview.format.delimiter, preview.has_email) == ("cp1252", ";", True)
    assert preview.headers == ["E-mail", "Prénom", "Nom", "Ville"]
    assert preview.fields == ["email", "first_name", "last_name", "city"]
    assert preview.rows == [list(p) for p in NINE[:3]]


# --- any value comes back ---------------------------------------------------------------------------
_ADDRESS_SPACE = st.text(" \t", max_size=3)
_HEADERS = ["email", "first_name", "last_name", "city", "Notes", "Extra"]
_ROW = st.tuples(_ADDRESS_SPACE, st.text(max_size=40), _ADDRESS_SPACE, st.text(max_size=200), st.text(max_size=200),
                 st.text(max_size=120), st.text(max_size=3000), st.text(max_size=200))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_ROW, min_size=1, max_size=8), st.booleans())
def test_any_values_written_by_csv_writer_come_back_exactly(engine, tmp_path, rows, last_line_ended):
    """Quotes, delimiters, line breaks, control characters, any script: what csv.writer wrote in
    UTF-8 is what is stored; only the address is trimmed, and a blank value is no value. The
    file's last line may lack its line break (then the end of the file ends the last record)."""
    with engine.begin() as conn:
        conn.execute(delete(Profile))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(_HEADERS)
    expected = []
    for i, (before, address, after, first, last, city, notes, extra) in enumerate(rows):
        email = f"{before}p{i}.{address}{after}"  # "p<i>." keeps each address key apart
        writer.writerow([email, first, last, city, notes, extra])
        custom = {k: v for k, v in (("Notes", notes), ("Extra", extra)) if v.strip()}
        expected.append((email.strip(), *(v if v.strip() else None for v in (first, last, city)), custom or None))
    path = tmp_path / "any.csv"
    path.write_bytes(out.getvalue().encode() if last_line_ended else out.getvalue().removesuffix("\r\n").encode())
    report = import_profiles(engine, path)
    assert (report.created, report.refused, report.delimiter, report.encoding) == (len(rows), 0, ",", "utf-8")
    stored = _rows(engine, Profile.email, Profile.first_name, Profile.last_name, Profile.city, Profile.custom)
    assert [tuple(r) for r in stored] == expected


@pytest.mark.parametrize("data", [
    b"email,first_name\na@x.com,Jos\xc3\xa9\nb@x.com,It\x92s\n",
    b"email,first_name\na@x.com,Jos\xc3\xa9\nc@x.com,Ren\xc3\xa9e\nb@x.com,It\x92s\nd@x.com,\x93Hi\x94\n",
])
def test_utf8_with_a_stray_legacy_byte_stays_utf8_and_refuses_only_that_record(engine, tmp_path, data):
    """Tried: a UTF-8 export where one or two records got a cp1252 byte (a detector would call the
    whole file cp932 or cp1252 and garble every accented name)."""
    path = tmp_path / "mixed.csv"
    path.write_bytes(data)
    report = import_profiles(engine, path)
    assert report.encoding == "utf-8" and report.encoding_detected
    with engine.connect() as conn:
        names = set(conn.execute(select(Profile.first_name)).scalars())
    assert "José" in names and not any("Ã" in (n or "") for n in names)
    assert report.refused == data.count(b"\x92") + data.count(b"\x93")


def test_a_stray_quote_that_swallows_records_refuses_them_with_their_lines(engine, tmp_path):
    """Tried: a quote opened by mistake in a first name; the csv module closes it only at a later
    record's quote, so two records would vanish inside a name without a word."""
    path = tmp_path / "stray.csv"
    path.write_bytes(b'email,first_name,notes\na@x.com,"Jim,hello\nb@x.com,Bob,ok\nc@x.com,"Carl",fine\n'
                     b"d@x.com,Dan,ok\ne@x.com,Eve,\"two\nlines of notes\"\n")
    report = import_profiles(engine, path)
    assert [(row.line, row.last_line) for row in report.refused_rows] == [(2, 4)]
    assert "closed only lines later" in report.refused_rows[0].reason
    with engine.connect() as conn:
        kept = dict(conn.execute(select(Profile.email, Profile.custom)).all())
    assert set(kept) == {"d@x.com", "e@x.com"} and kept["e@x.com"] == {"notes": "two\nlines of notes"}
