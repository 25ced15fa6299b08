"""Benchmarks that print figures (never timed assertions): ``campaign-desktop bench …``."""

from __future__ import annotations

import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from campaign_desktop.db.session import open_database
from campaign_desktop.demo.workspace import DEMO_DELIVERY, TEMPLATES, build_demo
from campaign_desktop.engine.control import Control
from campaign_desktop.engine.deliveries import find_delivery_id
from campaign_desktop.engine.preparation import prepare


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_prepare(profiles: int, seed: int = 7, workers: int | None = None) -> dict[str, Any]:
    """A fresh demo of ``profiles`` in a temporary folder, prepared; the preparation alone is timed.

    ``peak_rss_mb`` adds this process's peak to each worker's: the memory the preparation
    needed at most, counted without discount for pages the processes share.
    """
    with tempfile.TemporaryDirectory(prefix="campaign-bench-") as folder:
        engine = open_database(f"sqlite:///{Path(folder) / 'bench.db'}")
        build_demo(engine, profiles, seed)
        with engine.connect() as conn:
            delivery_id = find_delivery_id(conn, DEMO_DELIVERY)
        started = time.perf_counter()
        result = prepare(engine, delivery_id, Control(), workers=workers)
        seconds = time.perf_counter() - started
        engine.dispose()
    return {
        "benchmark": "prepare",
        "profiles": profiles,
        "targeted": result.targeted,
        "to_deliver": result.to_deliver,
        "seconds": round(seconds, 2),
        "recipients_per_s": round(result.targeted / seconds),
        "workers": len(result.worker_peak_rss_mb),
        "peak_rss_mb": round(_peak_rss_mb() + sum(result.worker_peak_rss_mb), 1),
        "main_peak_rss_mb": round(_peak_rss_mb(), 1),
    }


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start_sink() -> tuple[subprocess.Popen[str], int]:
    port = _free_port()
    sink = subprocess.Popen([sys.executable, "-m", "campaign_desktop.smtp_sink", str(port)], stdout=subprocess.PIPE, text=True)
    assert sink.stdout is not None and sink.stdout.readline().strip() == "ready"
    return sink, port


def bench_send(messages: int, connections: int = 4, peer: str | None = None) -> dict[str, Any]:
    """Prepare ``messages`` recipients and send them through the real path to a discarding SMTP sink."""
    from campaign_desktop.domain.enums import ReportingMode, RuleKind
    from campaign_desktop.engine.sending import confirm_send, send
    from campaign_desktop.engine.settings import Settings
    from campaign_desktop.engine.transports import SmtpSettings, SmtpTransport

    sink, port = _start_sink()
    try:
        with tempfile.TemporaryDirectory(prefix="campaign-bench-") as folder:
            engine = open_database(f"sqlite:///{Path(folder) / 'bench.db'}")
            build_demo(engine, messages, seed=7)
            with engine.begin() as conn:  # everyone who can be rendered is sent: the figure is about sending
                kept = ", ".join(str(int(k)) for k in (RuleKind.MISSING_ADDRESS, RuleKind.INVALID_ADDRESS, RuleKind.PERSONALIZATION_ERROR))
                conn.exec_driver_sql(f"UPDATE typology_rule SET active = 0 WHERE kind NOT IN ({kept})")
                conn.exec_driver_sql(f"UPDATE delivery SET send_policy = '{{\"connections\": {connections}}}'")
                delivery_id = find_delivery_id(conn, DEMO_DELIVERY)
            prepared = prepare(engine, delivery_id, Control())
            confirm_send(engine, delivery_id, "admin")
            transport = SmtpTransport(SmtpSettings("127.0.0.1", port, timeout_s=30))
            settings = Settings(reporting_mode=ReportingMode.RELAY, tracking_base_url="https://t.example.com")
            started = time.perf_counter()
            summary = send(engine, delivery_id, transport, Control(), settings)
            seconds = time.perf_counter() - started
            engine.dispose()
            result: dict[str, Any] = {
                "benchmark": "send",
                "messages": summary.handed_over,
                "to_deliver": prepared.to_deliver,
                "accepted": summary.accepted,
                "connections": connections,
                "seconds": round(seconds, 2),
                "messages_per_s": round(summary.handed_over / seconds),
            }
            if peer == "mailmerge":
                result.update(_bench_mailmerge(Path(folder), messages, port))
                result["ratio"] = round(result["messages_per_s"] / result["mailmerge_messages_per_s"], 1)
            return result
    finally:
        _report_sink_cpu(sink)
        sink.terminate()
        sink.wait(timeout=10)


def _report_sink_cpu(sink: subprocess.Popen[str]) -> None:
    try:
        fields = Path(f"/proc/{sink.pid}/stat").read_text().rsplit(")", 1)[1].split()
        print(f"sink cpu s: {(int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK'):.2f}", file=sys.stderr)
    except OSError:
        pass


def _bench_mailmerge(folder: Path, messages: int, port: int) -> dict[str, Any]:
    """Time the mailmerge command-line tool sending the same number of messages to the same sink."""
    import shutil

    command = shutil.which("mailmerge") or str(Path(sys.executable).with_name("mailmerge"))
    if not Path(command).exists():
        raise RuntimeError("mailmerge is not installed: pip install mailmerge")
    (folder / "mailmerge_template.txt").write_text(
        "TO: {{email}}\nSUBJECT: {{first_name}}, our autumn collection has arrived\nFROM: news@maison-lumiere.example.com\n"
        "CONTENT-TYPE: text/html\n\n" + (TEMPLATES / "newsletter.html").read_text(encoding="utf-8").replace("recipient.", "")
        .replace("custom.", ""),
        encoding="utf-8",
    )
    with (folder / "mailmerge_database.csv").open("w", encoding="utf-8") as out:
        out.write("email,first_name,language,city,loyalty_tier,loyalty_points,mirror_url,unsubscribe_url\n")
        for i in range(messages):
            out.write(f"person{i}@example.com,Ann,en,Paris,,,https://m.example.com/{i},https://u.example.com/{i}\n")
    (folder / "mailmerge_server.conf").write_text(f"[smtp_server]\nhost = 127.0.0.1\nport = {port}\nratelimit = 0\n")
    started = time.perf_counter()
    subprocess.run([command, "--no-dry-run", "--no-limit", "--output-format", "raw"], cwd=folder, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - started
    return {"mailmerge_seconds": round(seconds, 2), "mailmerge_messages_per_s": round(messages / seconds)}
