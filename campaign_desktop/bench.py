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
    from campaign_desktop.engine.send_actions import confirm_send
    from campaign_desktop.engine.sending import send
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


class _Counting:
    """An aiosmtpd handler that takes every message and counts what each recipient received."""

    def __init__(self) -> None:
        import collections
        import threading

        self.received: collections.Counter[str] = collections.Counter()
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            for rcpt in envelope.rcpt_tos:
                self.received[rcpt] += 1
        return "250 2.0.0 OK"


def bench_kills(kills: int, messages: int, connections: int = 4, seed: int = 11) -> dict[str, Any]:
    """Kill ``send`` with SIGKILL at a random moment ``kills`` times, resume it each time, and count
    what was left *Unknown*: the journal keeps that to the messages on the wire (one a
    connection at most). Also counts duplicates (a recipient mailed twice) and losses."""
    import random
    import signal

    from aiosmtpd.controller import Controller
    from sqlalchemy import func, select

    from campaign_desktop.db.models import DeliveryLog
    from campaign_desktop.domain.enums import LogStatus, RuleKind, TransportKind
    from campaign_desktop.engine.settings import save_settings

    rng = random.Random(seed)
    handler = _Counting()
    port = _free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, ready_timeout=5)
    controller.start()
    unknown: list[int] = []
    duplicates = lost = 0
    try:
        with tempfile.TemporaryDirectory(prefix="campaign-bench-") as folder:
            url = f"sqlite:///{Path(folder) / 'bench.db'}"
            engine = open_database(url)
            build_demo(engine, messages, seed=7)
            save_settings(engine, transport=TransportKind.SMTP, smtp_host="127.0.0.1", smtp_port=port)
            with engine.begin() as conn:
                kept = ", ".join(str(int(k)) for k in (RuleKind.MISSING_ADDRESS, RuleKind.INVALID_ADDRESS,
                                                       RuleKind.PERSONALIZATION_ERROR, RuleKind.DUPLICATE))
                conn.exec_driver_sql(f"UPDATE typology_rule SET active = 0 WHERE kind NOT IN ({kept})")
                model_id = find_delivery_id(conn, DEMO_DELIVERY)
            for kill in range(kills):
                from campaign_desktop.engine.delivery_edit import duplicate_delivery

                delivery_id = duplicate_delivery(engine, model_id, "admin")
                with engine.begin() as conn:
                    conn.exec_driver_sql(f"UPDATE delivery SET send_policy = '{{\"connections\": {connections}}}' "
                                         f"WHERE id = {delivery_id}")
                prepare(engine, delivery_id, Control(), workers=0)
                with handler.lock:
                    handler.received.clear()
                command = [sys.executable, "-m", "campaign_desktop", "--db", url, "send", str(delivery_id), "--operator", "admin"]
                first = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                target = rng.randint(messages // 10, messages * 9 // 10)  # a random moment of the send
                deadline = time.monotonic() + 120
                while sum(handler.received.values()) < target and time.monotonic() < deadline and first.poll() is None:
                    time.sleep(0.001)
                os.kill(first.pid, signal.SIGKILL)
                first.wait(timeout=30)
                subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=600)
                with engine.connect() as conn:
                    rows = conn.execute(select(DeliveryLog.address, DeliveryLog.status)
                                        .where(DeliveryLog.delivery_id == delivery_id,
                                               DeliveryLog.status != LogStatus.IGNORED)).all()
                    unknown.append(conn.execute(select(func.count()).where(
                        DeliveryLog.delivery_id == delivery_id, DeliveryLog.status == LogStatus.UNKNOWN)).scalar_one())
                with handler.lock:
                    received = dict(handler.received)
                duplicates += sum(1 for n in received.values() if n > 1)
                # lost: recorded as handed over (or never handed over) and yet never received
                lost += sum(1 for address, status in rows if status is not LogStatus.UNKNOWN and address not in received)
            engine.dispose()
    finally:
        controller.stop()
    return {
        "benchmark": "kills",
        "kills": kills,
        "messages": messages,
        "connections": connections,
        "unknown_max": max(unknown),
        "unknown_mean": round(sum(unknown) / len(unknown), 2),
        "unknown_each": unknown,
        "duplicates": duplicates,
        "lost": lost,
    }


def _raw_send(host: str, port: int, sender: str, recipients: list[str], data: bytes, connections: int) -> float:
    """A bare SMTP client: ``connections`` sockets, each sending its share of ``recipients`` the same
    ``data`` with MAIL, RCPT and DATA pipelined (RFC 2920) and nothing else; its seconds."""
    import threading

    def replies(stream: Any, count: int) -> None:
        for _ in range(count):
            while True:
                line = stream.readline()
                if not line:
                    raise ConnectionError("the relay closed the connection")
                if line[3:4] != b"-":
                    break
                continue

    body = data.replace(b"\r\n.", b"\r\n..") + b".\r\n"

    def one(share: list[str]) -> None:
        with socket.create_connection((host, port), timeout=60) as sock:
            stream = sock.makefile("rb")
            replies(stream, 1)
            sock.sendall(b"EHLO bench.local\r\n")
            replies(stream, 1)
            for rcpt in share:
                sock.sendall(f"MAIL FROM:<{sender}>\r\nRCPT TO:<{rcpt}>\r\nDATA\r\n".encode())
                replies(stream, 3)
                sock.sendall(body)
                replies(stream, 1)
            sock.sendall(b"QUIT\r\n")

    threads = [threading.Thread(target=one, args=(recipients[i::connections],)) for i in range(connections)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started


def bench_relay(relay: str, to: str, messages: int, connections: int = 8, settle_s: float = 10.0) -> dict[str, Any]:
    """Send ``messages`` through the relay at ``relay`` (host:port) to plus-tags of the mailbox
    ``to`` with the app's send, and the same bytes with a bare pipelined client before and
    after; both rates and their ratio. A relay keeps delivering what it took after the
    client is done, which slows whoever comes next: each run waits ``settle_s`` first."""
    from sqlalchemy import text

    from campaign_desktop.domain.enums import ReportingMode, RuleKind
    from campaign_desktop.engine.message import MessageBuilder, SenderFacts
    from campaign_desktop.engine.personalization import CompiledContent, RenderedMessage
    from campaign_desktop.engine.send_actions import confirm_send
    from campaign_desktop.engine.sending import send
    from campaign_desktop.engine.settings import Settings
    from campaign_desktop.engine.transports import SmtpSettings, SmtpTransport

    host, _, port_text = relay.rpartition(":")
    port = int(port_text)
    local, _, domain = to.rpartition("@")
    recipients = [f"{local}+bench{i}@{domain}" for i in range(messages)]
    sender = f"bench-errors@{domain}"
    with tempfile.TemporaryDirectory(prefix="campaign-bench-") as folder:
        engine = open_database(f"sqlite:///{Path(folder) / 'bench.db'}")
        build_demo(engine, messages, seed=7)
        with engine.begin() as conn:
            kept = ", ".join(str(int(k)) for k in (RuleKind.MISSING_ADDRESS, RuleKind.INVALID_ADDRESS, RuleKind.PERSONALIZATION_ERROR))
            conn.exec_driver_sql(f"UPDATE typology_rule SET active = 0 WHERE kind NOT IN ({kept})")
            conn.exec_driver_sql(f"UPDATE delivery SET send_policy = '{{\"connections\": {connections}}}', "
                                 f"error_address = '{sender}'")
            conn.execute(text("UPDATE profile SET email = :local || '+bench' || (id - 1) || '@' || :domain, "
                              "email_norm = :local || '+bench' || (id - 1) || '@' || :domain"),
                         {"local": local.lower(), "domain": domain.lower()})
            conn.exec_driver_sql("DELETE FROM address")
            delivery_id = find_delivery_id(conn, DEMO_DELIVERY)
            draft = conn.execute(text("SELECT subject, html, text, from_name, from_address FROM delivery WHERE id = :d"),
                                 {"d": delivery_id}).one()
        prepared = prepare(engine, delivery_id, Control())
        confirm_send(engine, delivery_id, "admin")
        # the bytes the bare client sends: the app's own message for one recipient
        content = CompiledContent(draft.subject, draft.html, draft.text or "")
        rendered: RenderedMessage = content.render(
            {"first_name": "Ann", "last_name": "Martin", "email": recipients[0], "city": "Paris", "language": "en",
             "custom": {}}, unsubscribe_url=f"mailto:{sender}", mirror_url="")
        data = MessageBuilder(SenderFacts(0, draft.from_name, draft.from_address, "", sender)).build(1, recipients[0], rendered).data
        raw_before = _raw_send(host, port, sender, recipients, data, connections)
        time.sleep(settle_s)
        transport = SmtpTransport(SmtpSettings(host, port, timeout_s=60))
        started = time.perf_counter()
        summary = send(engine, delivery_id, transport, Control(), Settings(reporting_mode=ReportingMode.RELAY,
                                                                            tracking_base_url=""))
        seconds = time.perf_counter() - started
        engine.dispose()
        time.sleep(settle_s)
        raw_after = _raw_send(host, port, sender, recipients, data, connections)
    app_rate = summary.accepted / seconds
    raw_rate = 2 * messages / (raw_before + raw_after)
    return {
        "benchmark": "relay",
        "relay": relay,
        "messages": messages,
        "to_deliver": prepared.to_deliver,
        "accepted": summary.accepted,
        "connections": connections,
        "message_bytes": len(data),
        "app_seconds": round(seconds, 2),
        "app_messages_per_s": round(app_rate),
        "raw_seconds": [round(raw_before, 2), round(raw_after, 2)],
        "raw_messages_per_s": round(raw_rate),
        "ratio": round(app_rate / raw_rate, 3),
    }
