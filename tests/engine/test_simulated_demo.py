"""A whole offline demo: the simulated MTA, its later bounces and reports, opens and clicks, to Closed."""

from __future__ import annotations

import json
import subprocess
import sys

from sqlalchemy import func, select

from campaign_desktop.db.models import Address, DeliveryLog
from campaign_desktop.domain.enums import AddressStatus, DeliveryState, FailureType, LogStatus, ReportingMode
from campaign_desktop.engine.settings import save_settings


def _run(db_url, *args):
    return subprocess.run([sys.executable, "-m", "campaign_desktop", "--db", db_url, *args], capture_output=True, text=True, timeout=300)


def test_send_wait_follows_the_feedback_until_the_delivery_closes(engine, db_url, tmp_path):
    assert _run(db_url, "demo", "--profiles", "1200", "--seed", "4").returncode == 0
    # a trainer's settings: three and a half days of feedback in a few seconds, email feedback reporting
    save_settings(engine, simulation_speed=100_000.0, bounce_folder=str(tmp_path / "bounces"),
                  reporting_mode=ReportingMode.EMAIL_FEEDBACK)
    assert _run(db_url, "prepare", "demo-newsletter", "--operator", "marketer").returncode == 0
    out = _run(db_url, "send", "demo-newsletter", "--operator", "manager", "--wait", "--json")
    assert out.returncode == 0, out.stderr
    feedback = json.loads(out.stdout)["feedback"]
    assert feedback["delivered"] > 0 and feedback["hard"] > 0 and feedback["unmatched"] == 0
    stats = json.loads(_run(db_url, "stats", "demo-newsletter", "--json").stdout)
    computed = json.loads(_run(db_url, "stats", "demo-newsletter", "--json", "--compute").stdout)
    assert stats == computed  # the figures kept while it ran equal Compute stats
    listing = {d["internal_name"]: d for d in json.loads(_run(db_url, "deliveries", "--json").stdout)}
    assert listing["demo-newsletter"]["state"] == DeliveryState.CLOSED.name.lower()
    assert stats["pending"] == 0  # every message got its report before the end
    assert stats["sent"] == stats["delivered"] + stats["bounces_errors"] == stats["to_deliver"]
    assert 0.2 < stats["opens_rate"] < 0.5 and 0 < stats["clicks"] < stats["opens"]
    with engine.connect() as conn:
        late_hard = conn.execute(select(func.count()).where(
            DeliveryLog.status == LogStatus.FAILED, DeliveryLog.failure_type == FailureType.HARD,
            DeliveryLog.last_reply.like("%5.1.1%"))).scalar_one()
        quarantined = conn.execute(select(func.count()).where(Address.status == AddressStatus.QUARANTINE)).scalar_one()
    assert late_hard > 0 and quarantined >= late_hard
