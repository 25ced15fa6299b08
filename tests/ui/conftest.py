"""The window's tests collect garbage on the GUI thread, as the app does (``prepare_process_for_gui``).

Otherwise a Qt object left in a reference cycle by one test can be destroyed by a
collection that a later test's worker thread happens to trigger: Qt's locks and the
interpreter lock then wait on each other for ever (seen in CI, in the million-row logs test).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from pyqtgraph.util.garbage_collector import GarbageCollector


@pytest.fixture(autouse=True)
def garbage_on_the_gui_thread(qapp: object) -> Iterator[None]:
    gc.collect()
    collector = GarbageCollector(interval=0.2)  # turns automatic collection off while it runs
    yield
    collector.timer.stop()
    gc.collect()  # what the test's widgets left, here on the GUI thread
    gc.enable()


def open_demo_window(qtbot: object, engine: object, monkeypatch: pytest.MonkeyPatch, profiles: int) -> object:
    """The main window on a demo workspace of ``profiles`` profiles, its three deliveries listed;
    every question answered Yes."""
    from PySide6.QtWidgets import QMessageBox

    from campaign_desktop.demo.workspace import build_demo
    from campaign_desktop.ui.main_window import MainWindow

    build_demo(engine, profiles=profiles, seed=5)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = MainWindow(engine, operator="admin")
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.reload()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10_000)  # type: ignore[attr-defined]
    return window
