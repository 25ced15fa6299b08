"""The engine, database and demo layers never import Qt; migrations match the models."""

from __future__ import annotations

import subprocess
import sys

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from campaign_desktop.db.models import Base


def test_engine_db_and_demo_never_import_qt():
    code = (
        "import sys, pkgutil, importlib, campaign_desktop\n"
        "for pkg in ('engine', 'db', 'demo'):\n"
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
