"""The headless commands a trainer or a script runs: demo, deliveries, prepare, errors."""

from __future__ import annotations

import json
import subprocess
import sys


def _run(db_url, *args):
    return subprocess.run([sys.executable, "-m", "campaign_desktop", "--db", db_url, *args], capture_output=True, text=True)


def test_demo_then_prepare_by_internal_name(db_url):
    assert _run(db_url, "demo", "--profiles", "3000", "--seed", "5").returncode == 0
    listing = json.loads(_run(db_url, "deliveries", "--json").stdout)
    assert "demo-newsletter" in {d["internal_name"] for d in listing}
    out = _run(db_url, "prepare", "demo-newsletter", "--json")
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout)
    assert figures["targeted"] == 3000 == figures["to_deliver"] + figures["to_exclude"]
    assert set(figures["exclusions"]) == {
        "missing_address", "invalid_address", "duplicate", "quarantine", "denylisted",
        "denied_domain", "control_group", "fatigue", "personalization_error",
    }
    assert sum(figures["exclusions"].values()) == figures["to_exclude"]
    assert figures["errors"] == [] and isinstance(figures["warnings"], list)
    again = _run(db_url, "demo", "--profiles", "10")
    assert again.returncode == 1 and "--reset" in again.stderr


def test_unknown_delivery_and_bad_database_fail_clearly(db_url, tmp_path):
    out = _run(db_url, "prepare", "no-such-delivery")
    assert out.returncode == 1 and "no-such-delivery" in out.stderr and "Traceback" not in out.stderr
    (tmp_path / "file").write_text("x")
    bad = _run(f"sqlite:///{tmp_path / 'file' / 'x.db'}", "deliveries")
    assert bad.returncode == 1 and "Cannot open the database" in bad.stderr
