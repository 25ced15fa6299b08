"""The README's screenshots, taken from the real window on a fresh demo workspace.

Run under Xvfb (``xvfb-run -s '-screen 0 1400x900x24' python -m campaign_desktop.ui.screenshots
docs/screenshots [fr]``): it builds a demo, opens the newsletter, shows the editor, prepares,
sends with the simulated MTA, and grabs the window before, during and after the send,
then the logs, the profiles, the addresses and the settings.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from campaign_desktop.db.session import open_database
from campaign_desktop.demo.workspace import DEMO_DELIVERY, build_demo
from campaign_desktop.domain.enums import DeliveryState
from campaign_desktop.engine.settings import save_settings
from campaign_desktop.ui.app import prepare_process_for_gui
from campaign_desktop.ui.i18n import install_language
from campaign_desktop.ui.main_window import MainWindow

SIZE = QSize(1360, 860)


def _wait(app: QApplication, condition: Any, limit_s: float) -> None:
    deadline = time.monotonic() + limit_s
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if not condition():
        raise TimeoutError("the window did not get there in time")


def _settle(app: QApplication, seconds: float = 0.8) -> None:
    """Let the pool threads' answers arrive and the window repaint."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _grab(app: QApplication, widget: QWidget, folder: Path, name: str) -> None:
    _settle(app)
    widget.grab().save(str(folder / f"{name}.png"))
    print(folder / f"{name}.png")


def take(folder: Path, profiles: int = 20_000, language: str = "en") -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Campaign Desktop screenshots")
    install_language(language)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    prepare_process_for_gui()
    QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Ok  # type: ignore[method-assign]
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="campaign-screenshots-") as work:
        engine = open_database(f"sqlite:///{Path(work) / 'demo.db'}")
        build_demo(engine, profiles, seed=7)
        save_settings(engine, simulation_speed=20_000.0, bounce_folder=str(Path(work) / "bounces"))
        window = MainWindow(engine, operator="admin")
        window.resize(SIZE)
        window.show()
        window.reload()
        _wait(app, lambda: window.model.rowCount() == 3, 30)
        _grab(app, window, folder, "01-deliveries")
        row = next(r for r in range(3) if window.model.row_at(r).internal_name == DEMO_DELIVERY)
        window.open_delivery(window.model.index(row, 0))
        dashboard = window.tabs.currentWidget()
        _wait(app, lambda: dashboard.state is DeliveryState.DRAFT and dashboard.editor.loaded is not None, 30)
        dashboard.pages.setCurrentIndex(1)
        _grab(app, window, folder, "02a-editor-properties")
        dashboard.pages.setCurrentIndex(2)
        _wait(app, lambda: dashboard.editor.sample.count() > 0, 30)
        _grab(app, window, folder, "02-editor-content")
        dashboard.pages.setCurrentIndex(3)
        _grab(app, window, folder, "03-editor-audience")
        dashboard.pages.setCurrentIndex(4)
        _grab(app, window, folder, "03b-editor-parameters")
        dashboard.pages.setCurrentIndex(0)
        dashboard.buttons["prepare"].click()
        _wait(app, lambda: not dashboard.job.running and dashboard.state is DeliveryState.PREPARED, 300)
        _grab(app, window, folder, "04-prepared")
        dashboard.buttons["send"].click()
        _wait(app, lambda: dashboard.progress.maximum() > 0 and dashboard.progress.value() > profiles // 6, 300)
        _grab(app, window, folder, "05-sending")
        dashboard.buttons["pause"].click()  # paused: the labels, the tiles and Resume say so
        _wait(app, lambda: dashboard.state is DeliveryState.PAUSED and not dashboard.buttons["resume"].isHidden(), 60)
        _settle(app, 2.0)
        _grab(app, window, folder, "05b-paused")
        dashboard.buttons["resume"].click()
        _wait(app, lambda: not dashboard.job.running and dashboard.state is DeliveryState.CLOSED, 900)
        _grab(app, window, folder, "06-closed")
        dashboard.buttons["logs"].click()
        _wait(app, lambda: dashboard.logs.isVisible(), 10)
        dashboard.logs.resize(1200, 700)
        dashboard.logs.tabs.setCurrentIndex(2)
        _wait(app, lambda: dashboard.logs.model.rowCount() > 0 and dashboard.logs.model.data(dashboard.logs.model.index(0, 1)) != "…", 30)
        _grab(app, dashboard.logs, folder, "07-logs")
        dashboard.logs.close()
        for index, name in ((1, "08-profiles"), (2, "09-addresses"), (3, "10-settings")):
            window.navigation.setCurrentRow(index)
            if index == 1:
                _wait(app, lambda: window.profiles.model.rowCount() > 0, 30)
                window.profiles.table.selectRow(3)
            _grab(app, window, folder, name)
        window.close()
        engine.dispose()


if __name__ == "__main__":
    take(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"), language=sys.argv[2] if len(sys.argv) > 2 else "en")
