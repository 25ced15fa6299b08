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
    window.search.setText("news")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5_000)
    assert window.model.data(window.model.index(0, 2)) == "Draft"
    window.close()
