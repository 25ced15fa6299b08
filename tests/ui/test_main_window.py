"""The app opens on an empty database, builds the demo workspace in the background and lists it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from campaign_desktop.ui.app import create_window


def test_first_start_builds_the_demo_and_lists_its_deliveries(qtbot, engine):
    window = create_window(engine, demo_profiles=500)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=20_000)
    labels = {window.model.data(window.model.index(r, 1), Qt.ItemDataRole.DisplayRole) for r in range(3)}
    assert labels == {"demo-newsletter", "flash-sale", "weekend-offer"}
    by_name = {window.model.row_at(r).internal_name: r for r in range(3)}
    sent = by_name["flash-sale"]
    assert window.model.data(window.model.index(sent, 2)) == "Sent"
    assert window.model.data(window.model.index(sent, 3)) != "As soon as possible"  # its sending date
    assert int(window.model.data(window.model.index(sent, 5)).replace(",", "")) > 0  # the profiles it reached
    assert window.model.data(window.model.index(sent, 8)).endswith("%")  # Delivered %
    assert window.model.data(window.model.index(by_name["demo-newsletter"], 8)) == "—"  # nothing sent yet
    assert window.model.data(window.model.index(by_name["demo-newsletter"], 3)) == "As soon as possible"
    window.search.setText("news")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5_000)
    assert window.model.data(window.model.index(0, 2)) == "Draft"
    window.close()
