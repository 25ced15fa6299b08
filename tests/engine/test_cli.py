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
    out = _run(db_url, "prepare", "demo-newsletter", "--operator", "marketer", "--json")
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout)
    assert figures["targeted"] == 3000 == figures["to_deliver"] + figures["to_exclude"]
    assert set(figures["exclusions"]) == {
        "missing_address", "invalid_address", "duplicate", "quarantine", "denylisted",
        "denied_domain", "control_group", "fatigue", "personalization_error", "reserved_domain",
    }
    assert sum(figures["exclusions"].values()) == figures["to_exclude"]
    assert figures["errors"] == [] and isinstance(figures["warnings"], list)
    again = _run(db_url, "demo", "--profiles", "10")
    assert again.returncode == 1 and "--reset" in again.stderr


def test_unknown_delivery_and_bad_database_fail_clearly(db_url, tmp_path):
    out = _run(db_url, "prepare", "no-such-delivery", "--operator", "marketer")
    assert out.returncode == 1 and "no-such-delivery" in out.stderr and "Traceback" not in out.stderr
    (tmp_path / "file").write_text("x")
    bad = _run(f"sqlite:///{tmp_path / 'file' / 'x.db'}", "deliveries")
    assert bad.returncode == 1 and "Cannot open the database" in bad.stderr


def test_send_stats_feedback_and_retry_failed_from_the_command_line(db_url, tmp_path):
    assert _run(db_url, "demo", "--profiles", "1500", "--seed", "2").returncode == 0
    assert _run(db_url, "prepare", "demo-newsletter", "--operator", "marketer").returncode == 0
    refused = _run(db_url, "send", "demo-newsletter", "--operator", "marketer")
    assert refused.returncode == 1 and "Start deliveries" in refused.stderr
    sent = _run(db_url, "send", "demo-newsletter", "--operator", "manager", "--json")
    assert sent.returncode == 0, sent.stderr
    summary = json.loads(sent.stdout)
    assert summary["state"] == "sent" and summary["accepted"] + summary["failed"] == summary["handed_over"] > 1000
    assert summary["failed"] > 0  # the simulated MTA refuses some, from its seed
    stats = json.loads(_run(db_url, "stats", "demo-newsletter", "--json", "--compute").stdout)
    for key in ("to_deliver", "sent", "delivered", "bounces_errors", "hard_bounces", "soft_bounces", "opens", "clicks",
                "unsubscriptions", "delivered_rate", "bounces_errors_rate", "opens_rate", "clicks_rate"):
        assert key in stats
    assert stats["sent"] == stats["delivered"] + stats["bounces_errors"]
    assert stats["hard_bounces"] == summary["reasons"].get("user_unknown", 0) + summary["reasons"].get("account_disabled", 0)
    (tmp_path / "bounces").mkdir()
    fed = _run(db_url, "feedback", "--source", str(tmp_path / "bounces"), "--json")
    assert fed.returncode == 0 and json.loads(fed.stdout)["read"] == 0
    retry = json.loads(_run(db_url, "retry-failed", "demo-newsletter", "--operator", "marketer").stdout)
    listing = {d["internal_name"]: d for d in json.loads(_run(db_url, "deliveries", "--json").stdout)}
    assert listing["demo-newsletter-retry1"]["state"] == "draft" and retry["delivery"] == listing["demo-newsletter-retry1"]["id"]
    assert _run(db_url, "pause", "demo-newsletter", "--operator", "manager").returncode == 1  # a sent delivery cannot pause


def test_settings_and_deliveries_are_set_up_from_a_script(db_url, tmp_path):
    """What the Settings page and the editor save, from a terminal: the same checks, the same roles."""
    assert _run(db_url, "demo", "--profiles", "300", "--seed", "3").returncode == 0
    shown = json.loads(_run(db_url, "settings", "--json").stdout)
    assert shown["reporting_mode"] == "relay" and shown["tracking_secret"] in ("(set)", "(not set)")
    refused = _run(db_url, "settings", "set", "reporting_mode", "email_feedback", "--operator", "marketer")
    assert refused.returncode == 1 and "Administrator" in refused.stderr
    changed = _run(db_url, "settings", "set", "reporting_mode", "email_feedback", "--operator", "admin", "--json")
    assert changed.returncode == 0 and json.loads(changed.stdout)["reporting_mode"] == "email_feedback"
    for key, value, said in (("smtp_port", "twenty", "a whole number"), ("bounce_mailbox", "ftp", "imap"),
                             ("no_such", "1", "There is no setting"), ("tracking_secret", "x", "made by the workspace")):
        bad = _run(db_url, "settings", "set", key, value, "--operator", "admin")
        assert bad.returncode == 1 and said in bad.stderr and "Traceback" not in bad.stderr, (key, bad.stderr)

    fields = {"label": "Winter sale", "internal_name": "winter-sale", "from_name": "Shop", "from_address": "news@shop.test",
              "error_address": "errors@bounce.test",  # a reserved name is a valid address (issue: .test refused)
              "subject": "Hello {{ recipient.first_name }}", "html": "<p>Hi {{ recipient.first_name }}</p>",
              "validity_hours": 48, "approval_mode": "manual", "contact_date": "2026-12-24T09:00"}
    (tmp_path / "winter.json").write_text(json.dumps(fields))
    created = _run(db_url, "delivery", "create", str(tmp_path / "winter.json"), "--operator", "marketer")
    assert created.returncode == 0, created.stderr
    made = json.loads(created.stdout)
    assert (made["state"], made["error_address"], made["contact_date"]) == ("draft", "errors@bounce.test", "2026-12-24T09:00:00")
    prepared = _run(db_url, "prepare", "winter-sale", "--operator", "marketer", "--json")
    assert prepared.returncode == 0 and json.loads(prepared.stdout)["to_deliver"] > 0
    # an update of a prepared delivery returns it to Draft, as the editor does
    (tmp_path / "subject.json").write_text(json.dumps({"subject": "Last days, {{ recipient.first_name }}"}))
    updated = _run(db_url, "delivery", "update", "winter-sale", str(tmp_path / "subject.json"), "--operator", "marketer")
    assert updated.returncode == 0 and json.loads(updated.stdout)["state"] == "draft"
    # what the editor would refuse is refused, field by field, and nothing is left half made
    for bad_fields, said in (({"subject": "{{ broken"}, "subject"), ({"labl": "x"}, "Unknown delivery field"),
                             ({"from_address": "not an address"}, "from_address"), ({"validity_hours": "long"}, "hours"),
                             ({"audience_list": "No such list"}, "no such name")):
        (tmp_path / "bad.json").write_text(json.dumps({**fields, "internal_name": "bad-one", **bad_fields}))
        bad = _run(db_url, "delivery", "create", str(tmp_path / "bad.json"), "--operator", "marketer")
        assert bad.returncode == 1 and said in bad.stderr and "Traceback" not in bad.stderr, (bad_fields, bad.stderr)
    listing = json.loads(_run(db_url, "deliveries", "--json").stdout)
    assert "bad-one" not in {d["internal_name"] for d in listing}
    no_role = _run(db_url, "delivery", "create", str(tmp_path / "winter.json"), "--operator", "nobody-here")
    assert no_role.returncode == 1 and "Traceback" not in no_role.stderr
