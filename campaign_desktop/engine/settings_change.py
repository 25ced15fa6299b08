"""Changing the workspace's settings: an administrator's act, checked here in the engine.

The settings decide where every delivery goes (the relay), how its links are signed and
counted, and when addresses are quarantined; they are the same for every operator of the
workspace. So, as in the enterprise product, only an *Administrator* changes them, whether
from the app or from a script; ``save_settings`` stays for the workspace's own set-up
(the demo, the tests, the tracking secret made on first use).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from campaign_desktop.engine.operators import require_admin
from campaign_desktop.engine.settings import save_settings


def change_settings(engine: Engine, actor: str, **values: Any) -> None:
    with engine.connect() as conn:
        require_admin(conn, actor)
    save_settings(engine, **values)
