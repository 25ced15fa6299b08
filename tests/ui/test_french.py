"""French ships: every string of the screens has its French, and the French window shows no English.

The check walks the real widgets of the main window and of a prepared delivery's tab (its
dashboard, the editor's pages, the logs) and reads every text a marketer can see.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from campaign_desktop.demo.workspace import build_demo
from campaign_desktop.domain.enums import DeliveryState
from campaign_desktop.ui.i18n import TRANSLATIONS, install_language
from campaign_desktop.ui.main_window import MainWindow

TS = TRANSLATIONS / "campaign_desktop_fr.ts"
ROOT = Path(__file__).resolve().parents[2]
#: Words of the English screens that French never uses; found in a French screen, they betray a miss.
ENGLISH = re.compile(r"\b(the|and|of|Send|Prepare|Logs|Delivered|Sent|Opens|Clicks|Targeted|Stop|Resume|Save|"
                     r"Revert|Properties|Content|Dashboard|Parameters|Deliveries|Profiles|Addresses|Settings|Search|"
                     r"Export|Preparation|finished|Draft|Prepared|Subject|Insert|Preview|Never|Every|Rate|Proof|Signed|"
                     r"Compute|deliver|exclude|Schedule|Repeat|Typology|Approval|Validity)\b")


def _catalogue() -> dict[str, str]:
    found = {}
    for message in ET.parse(TS).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") != "yes" and translation.text and translation.text != message.findtext("source"):
            found[message.findtext("source") or ""] = translation.text
    return found


@pytest.fixture
def french(qtbot):
    assert install_language("fr") == "fr"
    yield
    install_language("en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_every_string_of_the_screens_has_its_french(tmp_path):
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = [*sorted((ROOT / "campaign_desktop" / "ui").rglob("*.py")), ROOT / "campaign_desktop" / "engine" / "messages.py"]
    subprocess.run([str(lupdate), "-no-obsolete", *map(str, sources), "-ts", str(fresh)],
                   check=True, capture_output=True, timeout=120)
    in_code = {(m.findtext("source"), c.findtext("name")) for c in ET.parse(fresh).getroot().iter("context") for m in c.iter("message")}
    shipped = ET.parse(TS).getroot()
    in_ts = {(m.findtext("source"), c.findtext("name")) for c in shipped.iter("context") for m in c.iter("message")}
    assert in_code == in_ts, "run ./scripts/translations: the .ts is not up to date with the code"
    unfinished = [m.findtext("source") for m in shipped.iter("message") if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    qm = TRANSLATIONS / "campaign_desktop_fr.qm"
    assert qm.stat().st_mtime >= TS.stat().st_mtime - 1, "the .qm is older than the .ts: run ./scripts/translations"


def test_the_french_window_shows_no_english(qtbot, engine, french):
    assert QCoreApplication.translate("MainWindow", "Deliveries") == "Diffusions"
    build_demo(engine, profiles=300, seed=3)
    window = MainWindow(engine, operator="admin")
    qtbot.addWidget(window)
    window.reload()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10_000)
    row = next(r for r in range(3) if window.model.row_at(r).internal_name == "demo-newsletter")
    window.open_delivery(window.model.index(row, 0))
    dashboard = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: dashboard.state is DeliveryState.DRAFT and dashboard.editor.loaded is not None, timeout=10_000)
    dashboard.buttons["prepare"].click()
    qtbot.waitUntil(lambda: dashboard.state is DeliveryState.PREPARED and not dashboard.job.running, timeout=60_000)
    qtbot.waitUntil(lambda: "profils ciblés" in dashboard.editor.count.text(), timeout=10_000)
    dashboard.buttons["logs"].click()
    qtbot.waitUntil(lambda: dashboard.logs.journal.count() > 0, timeout=10_000)

    texts = []
    for index in range(dashboard.pages.count()):  # the dashboard, then each page of the editor
        dashboard.pages.setCurrentIndex(index)
        texts += _visible_texts(window)
    for index in range(dashboard.logs.tabs.count()):
        dashboard.logs.tabs.setCurrentIndex(index)
        texts += _visible_texts(dashboard.logs)
    for row in range(1, window.navigation.count()):  # Profiles, Addresses, Settings, Operators
        window.navigation.setCurrentRow(row)
        qtbot.wait(300)
        texts += _visible_texts(window)
    assert "Préparer" in texts and "Confirmer l'envoi" in texts and "BAT" in texts and "Diffusions" in texts
    english = _catalogue()
    untranslated = sorted({t for t in texts if t in english})
    assert untranslated == []
    betrayed = sorted({t for t in texts if ENGLISH.search(t.replace("[Proof n]", ""))})  # the prefix is literal
    print("\n".join(betrayed))
    assert betrayed == []
    journal = [dashboard.logs.journal.item(i).text() for i in range(dashboard.logs.journal.count())]
    assert any("Info — Préparation terminée" in line for line in journal)  # after its time
    assert QLocale().toString(12345) == "12\u202f345"  # French grouping of thousands
    dashboard.logs.close()
    window.close()


def _visible_texts(top: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.isHidden() or _is_content(widget):
            continue
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            headers = (model.headerData(c, Qt.Orientation.Horizontal) for c in range(widget.horizontalHeader().count()))
            texts += [str(h) for h in headers if h is not None]
        if widget.toolTip():
            texts.append(widget.toolTip())
    return [t for t in texts if t and t.strip()]


def _is_content(widget: QWidget) -> bool:
    """The marketer's own words (the demo newsletter is in English), not the screens'."""
    from campaign_desktop.ui.delivery_dashboard import DeliveryDashboard

    parent: QWidget | None = widget
    while parent is not None:
        if isinstance(parent, DeliveryDashboard):
            editor = parent.editor
            if widget in (editor.subject, editor.preview_subject, editor.preview, editor.sample, parent.title,
                          editor.label, editor.from_name):
                return True
            break
        parent = parent.parentWidget()
    return isinstance(widget, QPlainTextEdit)


def test_an_engine_refusal_names_the_action_in_french(french):
    """A refusal names its action as the button does: "Dupliquer", not the English (nor the
    exclusion cause "Doublon", whose English word is the same)."""
    from campaign_desktop.engine.messages import Msg, message
    from campaign_desktop.ui.engine_messages import text

    said = text(message(Msg.NOT_ALLOWED, action="Confirm send", state="SENT"))
    assert "Confirmer l'envoi" in said and "Confirm send" not in said
    assert "Dupliquer" in text(message(Msg.NOT_ALLOWED, action="Duplicate", state="DRAFT"))


def test_the_engine_s_own_words_in_a_last_reply_are_in_french(french):
    """A log row keeps the server's words as they came; the engine's own sentences beside them
    are shown in the user's language."""
    from campaign_desktop.engine.delivery_log import DELAYED_BY_RELAY, UNKNOWN_REPLY
    from campaign_desktop.ui.engine_messages import reply_text

    assert reply_text(UNKNOWN_REPLY).startswith("pas de réponse")
    delayed = reply_text(DELAYED_BY_RELAY + "4.4.1 The destination is busy")
    assert delayed == "retardé par le relais : 4.4.1 The destination is busy"
    assert reply_text("550 5.1.1 User unknown") == "550 5.1.1 User unknown"


@pytest.mark.parametrize(("template", "french_words"), [
    ("{{ 10**100000000 }}", "donnerait un nombre plus grand que la limite de 10"),
    ("{{ 'A' * 300000000 }}", "donnerait une valeur plus grande que la limite de 1"),
    ('<a href="{{ recipient.custom.site }}">x</a>', "seuls http, https, mailto et tel sont autorisés"),
])
def test_a_template_limit_says_why_in_french(french, template, french_words):
    """What a template may not do is said in the user's language, with the numbers written her way."""
    from campaign_desktop.engine.personalization import CompiledContent, RenderProblem
    from campaign_desktop.ui.engine_messages import error_text

    with pytest.raises(RenderProblem) as refused:
        CompiledContent("s", template, "t").render({"custom": {"site": "javascript:alert(1)"}})
    said = error_text(refused.value)
    assert said.startswith("HTML, ligne") and french_words in said and "would make" not in said, said
