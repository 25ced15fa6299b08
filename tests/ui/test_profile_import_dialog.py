"""The Import profiles dialog, as a marketer uses it: choose a CRM export, check how it is read,
import it into a list, read the report; stop a long import; the Profiles page shows the result."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QLocale, Qt
from sqlalchemy import func, select

from campaign_desktop.db.models import ListMember, Profile, ProfileList
from campaign_desktop.engine import profile_import
from campaign_desktop.ui.i18n import install_language
from campaign_desktop.ui.profile_import_dialog import ProfileImportDialog
from campaign_desktop.ui.profiles_page import ProfilesPage


def _crm_export(tmp_path):
    """A cp1252 export with semicolons, a multi-line note holding a bad byte, and a repeated header."""
    path = tmp_path / "crm.csv"
    path.write_bytes(
        "E-mail;Prénom;Ville;Notes\r\n".encode("cp1252")
        + "lea@exemple.fr;Léa;Besançon;\"rappeler\r\nen mai\"\r\n".encode("cp1252")  # lines 2-3
        + b'bad@exemple.fr;Bad;Metz;"byte \x81\r\nevil@example.com;Evil;X;Y"\r\n'  # lines 4-5: 0x81 is no cp1252
        + "E-mail;Prénom;Ville;Notes\r\n".encode("cp1252")  # line 6
        + "zoe@exemple.fr;Zoé;Orléans;cliente fidèle\r\n".encode("cp1252")
    )
    return path


def _count(engine, *where) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Profile).where(*where)).scalar_one()


@pytest.fixture
def dialog(qtbot, engine):
    shown = ProfileImportDialog(engine)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.close()


def _open(qtbot, dialog, path):
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.import_button.isEnabled(), timeout=10_000)


def test_the_dialog_shows_what_it_detected_then_imports_and_reports_the_refused_lines(qtbot, dialog, engine, tmp_path):
    _open(qtbot, dialog, _crm_export(tmp_path))
    assert dialog.detected.text() == "Encoding: cp1252 (detected). Delimiter: semicolon (;) (detected). Columns: 4."
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    assert headers == ["E-mail\n→ Email", "Prénom\n→ First name", "Ville\n→ City", "Notes\n→ custom field"]
    assert dialog.table.item(0, 1).text() == "Léa" and dialog.table.item(0, 3).text() == "rappeler ⏎ en mai"

    dialog.list_name.setText("Salon 2024")
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == ("Import finished: 2 created, 0 updated, 0 unchanged, 1 refused. "
                                    "The profiles are in the list 'Salon 2024'.")
    shown = [dialog.refused.item(i).text() for i in range(dialog.refused.count())]
    assert shown == ["Lines 4–5: not valid cp1252 text (byte 0x81)",
                     "Line 6: the header again (files put end to end): skipped."]
    assert _count(engine) == 2 and _count(engine, Profile.email == "evil@example.com") == 0
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(ListMember).join(ProfileList)
                            .where(ProfileList.name == "Salon 2024")).scalar_one() == 2
    qtbot.waitUntil(lambda: not dialog.running and dialog.import_button.isEnabled(), timeout=5_000)

    with qtbot.waitSignal(dialog.imported, timeout=20_000):  # the same file again: nothing new
        dialog.import_button.click()
    assert dialog.status.text().startswith("Import finished: 0 created, 0 updated, 2 unchanged, 1 refused.")
    assert _count(engine) == 2


def test_an_encoding_and_a_delimiter_chosen_by_hand_replace_the_detected_ones(qtbot, dialog, tmp_path):
    _open(qtbot, dialog, _crm_export(tmp_path))
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("iso8859-1"))
    qtbot.waitUntil(lambda: dialog.preview.format.encoding == "iso8859-1", timeout=10_000)
    dialog.delimiter.setCurrentIndex(dialog.delimiter.findData(","))
    qtbot.waitUntil(lambda: dialog.preview.format.delimiter == ",", timeout=10_000)
    assert "(chosen)" in dialog.detected.text() and dialog.table.columnCount() == 1
    assert not dialog.import_button.isEnabled()  # the one column "E-mail;Prénom;…" is no email column
    assert dialog.status.text().startswith("No column holds the email address")


def test_stop_ends_the_import_and_keeps_nothing(qtbot, dialog, engine, tmp_path, monkeypatch):
    monkeypatch.setattr(profile_import, "BATCH", 100)
    monkeypatch.setattr(profile_import, "PROGRESS_EVERY", 100)
    written = profile_import._write

    def slow_write(*args, **kwargs):  # a big file, in a test's time: each batch takes a while
        time.sleep(0.02)
        return written(*args, **kwargs)

    monkeypatch.setattr(profile_import, "_write", slow_write)
    path = tmp_path / "big.csv"
    path.write_bytes(b"email,first_name\n" + b"".join(b"p%d@example.com,P%d\n" % (i, i) for i in range(20_000)))
    _open(qtbot, dialog, path)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "Read" in dialog.status.text(), timeout=10_000)  # a progress report came
    assert dialog.stop_button.isEnabled() and not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.job.stopped, timeout=20_000):
        dialog.stop_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=5_000)
    assert dialog.status.text() == "Import stopped by the user: nothing of it was kept."
    assert _count(engine) == 0
    assert dialog.import_button.isEnabled() and not dialog.stop_button.isEnabled()


def test_the_profiles_page_opens_the_import_and_shows_the_imported_profiles(qtbot, engine, tmp_path):
    page = ProfilesPage(engine)
    qtbot.addWidget(page)
    page.reload()
    qtbot.waitUntil(lambda: page.count.text() == "Profiles: 0", timeout=10_000)
    page.import_button.click()
    dialog = page.import_dialog
    assert dialog is not None and dialog.isVisible()
    _open(qtbot, dialog, _crm_export(tmp_path))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: page.count.text() == "Profiles: 2", timeout=20_000)
    qtbot.waitUntil(lambda: not dialog.running, timeout=5_000)
    dialog.close()


def test_the_dialog_and_its_report_are_in_french(qtbot, engine, tmp_path):
    assert install_language("fr") == "fr"
    try:
        dialog = ProfileImportDialog(engine)
        qtbot.addWidget(dialog)
        dialog.show()
        _open(qtbot, dialog, _crm_export(tmp_path))
        assert dialog.detected.text().startswith("Encodage : cp1252 (détecté)")
        with qtbot.waitSignal(dialog.imported, timeout=20_000):
            dialog.import_button.click()
        assert dialog.status.text().startswith("Import terminé : 2 créés, 0 mis à jour, 0 inchangés, 1 refusés.")
        assert dialog.refused.item(0).text() == "Lignes 4–5 : texte cp1252 invalide (octet 0x81)"
        assert dialog.import_button.text() != "Import" and dialog.windowTitle() == "Importer des profils"
        qtbot.waitUntil(lambda: not dialog.running, timeout=5_000)
        dialog.close()
    finally:
        install_language("en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
