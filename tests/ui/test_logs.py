"""The logs view: a page of a million rows without loading the rest; causes, reasons, filters, CSV."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert

from campaign_desktop.db.models import Delivery, Profile
from campaign_desktop.domain.enums import ExclusionCause, FailureReason, FailureType, LogStatus
from campaign_desktop.ui.logs_dialog import LogsDialog
from campaign_desktop.ui.logs_model import PAGE

ROWS = 1_000_000


def _million_logs(engine):
    with engine.begin() as conn:
        conn.execute(insert(Profile).values(id=1, email="someone@example.com", email_norm="someone@example.com"))
        delivery = conn.execute(insert(Delivery).values(label="Big", internal_name="big", send_policy={}).returning(Delivery.id)).scalar_one()
        at = dt.datetime(2026, 11, 22, 10).strftime("%Y-%m-%d %H:%M:%S.%f")
        rows = []
        for i in range(1, ROWS + 1):
            if i % 1000 == 0:  # one in a thousand bounced, one in five hundred excluded
                rows.append((delivery, 1, f"user{i}@example.com", int(LogStatus.FAILED), int(FailureType.HARD), int(FailureReason.USER_UNKNOWN), None, "550 5.1.1 User unknown", at))
            elif i % 500 == 0:
                rows.append((delivery, 1, f"user{i}@example.com", int(LogStatus.IGNORED), int(FailureType.IGNORED), int(FailureReason.DUPLICATE), int(ExclusionCause.DUPLICATE), None, None))
            else:
                rows.append((delivery, 1, f"user{i}@example.com", int(LogStatus.SENT), 0, 0, None, "250 OK", at))
        conn.exec_driver_sql(
            "INSERT INTO delivery_log (delivery_id, profile_id, address, status, failure_type, failure_reason, exclusion_cause, "
            "last_reply, sent_at, retry_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows)
    return delivery


def test_a_million_rows_answer_a_page_without_loading_the_rest(qtbot, engine, tmp_path):
    delivery = _million_logs(engine)
    dialog = LogsDialog(engine, delivery, "Big")
    qtbot.addWidget(dialog)
    model = dialog.model
    qtbot.waitUntil(lambda: model.rowCount() == ROWS, timeout=60_000)
    assert model.data(model.index(ROWS - 1, 0)) == "…"  # not there yet: asked for, in the background
    qtbot.waitUntil(lambda: model.data(model.index(ROWS - 1, 0)) == f"user{ROWS}@example.com", timeout=10_000)
    assert len(model.pages) <= 2 and sum(len(p) for p in model.pages.values()) <= 2 * PAGE  # only what was asked for
    assert model.data(model.index(ROWS - 1, 3)) == "User unknown"

    # the exclusions tab: duplicates counted, drill down to the excluded profiles
    qtbot.waitUntil(lambda: dialog.exclusions.rowCount() == 1, timeout=20_000)
    assert dialog.exclusions.item(0, 0).text() == "Duplicate address" and dialog.exclusions.item(0, 1).text() == "1000"
    dialog.on_drill_down(0, 0)
    qtbot.waitUntil(lambda: model.rowCount() == 1000, timeout=20_000)
    qtbot.waitUntil(lambda: model.data(model.index(0, 4)) == "Duplicate address", timeout=10_000)

    # the bounced recipients with their reason, by filter then by address search, and the CSV export
    dialog.cause = None
    dialog.status.setCurrentIndex(dialog.status.findData(LogStatus.FAILED))
    qtbot.waitUntil(lambda: model.rowCount() == 1000, timeout=20_000)
    dialog.search.setText("user5000@")
    dialog.apply_filter()
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.data(model.index(0, 5)) == "550 5.1.1 User unknown", timeout=20_000)
    target = tmp_path / "failed.csv"
    dialog.export_to(target)
    qtbot.waitUntil(lambda: "exported" in dialog.count.text(), timeout=20_000)
    lines = target.read_text().splitlines()
    assert lines[0].startswith("address,status") and lines[1].startswith("user5000@example.com,failed,hard,user_unknown")

    # every row: a long export on its own thread, stopped from its button; no partial file is left
    dialog.search.setText("")
    dialog.status.setCurrentIndex(0)
    qtbot.waitUntil(lambda: model.rowCount() == ROWS, timeout=60_000)
    everything = tmp_path / "all.csv"
    dialog.export_to(everything)
    qtbot.waitUntil(lambda: "Exporting" in dialog.count.text(), timeout=20_000)
    assert dialog.export_button.text() == "Stop the export"
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "stopped" in dialog.count.text(), timeout=20_000)
    assert not everything.exists() and dialog.export_button.text() == "Export to CSV…"


def test_journal_lines_carry_their_time_and_the_level_s_colour(qtbot, engine):
    """Errors and warnings stand out in the analysis journal; Compute stats is journaled."""
    from campaign_desktop.domain.enums import JournalLevel, ReportingMode
    from campaign_desktop.engine import delivery_journal
    from campaign_desktop.engine.indicators import recompute
    from campaign_desktop.engine.messages import Msg, message
    from campaign_desktop.db.models import utcnow
    from campaign_desktop.ui.logs_dialog import LogsDialog
    from tests.engine.builders import add_delivery

    delivery = add_delivery(engine)
    with engine.begin() as conn:
        delivery_journal.write(conn, delivery, JournalLevel.ERROR, message(Msg.HTML_EMPTY))
        delivery_journal.write(conn, delivery, JournalLevel.WARNING, message(Msg.NO_UNSUBSCRIBE_LINK))
        recompute(conn, delivery, ReportingMode.RELAY, utcnow())
    dialog = LogsDialog(engine, delivery, "Test delivery")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.journal.count() == 3, timeout=10_000)
    items = [dialog.journal.item(i) for i in range(3)]
    assert "The HTML content is empty." in items[0].text() and items[0].foreground().color().name() == "#b00020"
    assert "unsubscribe" in items[1].text() and items[1].foreground().color().name() == "#8a5300"
    assert "Stats computed again from the logs: 0 sent" in items[2].text()
    assert all(":" in item.text().split("   ")[0] for item in items)  # each line starts with its time
    assert all(not item.icon().isNull() for item in items)
