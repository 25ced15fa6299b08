"""The layers keep their arrows one way, nothing below the screens imports Qt, and the
migrations match the models.

The contracts live in pyproject.toml ([tool.importlinter]); import-linter reads every
import statement of the package, including those inside functions.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from campaign_desktop.db.models import Base

ROOT = Path(__file__).resolve().parents[2]


def test_the_import_contracts_hold():
    lint = Path(sys.executable).parent / "lint-imports"
    out = subprocess.run([str(lint), "--config", str(ROOT / "pyproject.toml")], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "ui above engine above db above domain KEPT" in out.stdout
    assert "no Qt below the screens KEPT" in out.stdout


def test_engine_db_and_demo_never_import_qt_when_loaded():
    code = (
        "import sys, pkgutil, importlib, campaign_desktop\n"
        "for pkg in ('domain', 'engine', 'db', 'demo'):\n"
        "    base = importlib.import_module('campaign_desktop.' + pkg)\n"
        "    for m in pkgutil.walk_packages(base.__path__, base.__name__ + '.'):\n"
        "        if '.migrations' not in m.name: importlib.import_module(m.name)\n"
        "import campaign_desktop.cli, campaign_desktop.bench\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_the_migrations_build_exactly_the_models(engine):
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
