"""Headless commands for scripts, trainers and tests; with no command, the desktop app opens.

Every command takes ``--db URL`` (or ``CAMPAIGN_DB``); failures print a clear message on
standard error and exit with a non-zero status.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from campaign_desktop.engine.errors import EngineError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
#: The send is paused because its relay still fails: run ``send`` again (or ``resume``) later.
EXIT_RELAY_DOWN = 3


class CommandError(Exception):
    """A failure to report to the user as one line, without a traceback."""


def _engine(args: argparse.Namespace) -> Any:
    from campaign_desktop.db.session import open_database

    try:
        return open_database(args.db)
    except Exception as exc:  # an unreachable server, a bad URL, a file we cannot write
        raise CommandError(f"Cannot open the database: {exc}") from exc


def cmd_demo(args: argparse.Namespace) -> int:
    from campaign_desktop.demo.workspace import build_demo

    engine = _engine(args)
    started = time.perf_counter()
    summary = build_demo(engine, args.profiles, args.seed, reset=args.reset)
    out = {"profiles": summary.profiles, "flaws": summary.flaws, "seconds": round(time.perf_counter() - started, 2)}
    print(json.dumps(out) if args.json else _lines(out))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from campaign_desktop.engine.profile_import import BadRow, import_profiles

    def show(row: BadRow) -> None:
        print(f"{args.file}:{row.lines}: {row.reason}", file=sys.stderr)

    delimiter = {"\\t": "\t", "tab": "\t", "TAB": "\t"}.get(args.delimiter, args.delimiter)
    report = import_profiles(_engine(args), Path(args.file), args.list, args.encoding, delimiter, on_bad_row=show)
    if args.json:
        print(json.dumps(report.as_json()))
        return EXIT_OK
    how = {True: "detected", False: "given"}
    shown = {"\t": "tab", ",": "','", ";": "';'", "|": "'|'"}.get(report.delimiter, repr(report.delimiter))
    print(f"{report.created} created, {report.updated} updated, {report.unchanged} unchanged, {report.refused} refused"
          + (f" (list '{args.list}')" if args.list else ""))
    print(f"encoding {report.encoding} ({how[report.encoding_detected]}), "
          f"delimiter {shown} ({how[report.delimiter_detected]})")
    for line in report.repeated_headers:
        print(f"line {line}: the header again, skipped")
    return EXIT_OK


def cmd_deliveries(args: argparse.Namespace) -> int:
    from campaign_desktop.domain.enums import DeliveryState
    from campaign_desktop.engine.deliveries import list_deliveries

    with _engine(args).connect() as conn:
        rows = list_deliveries(conn, args.search or "")
    if args.json:
        print(json.dumps([row.as_json() for row in rows]))
    else:
        for row in rows:
            again = "prepare" if row.state is DeliveryState.PREPARING else "send"
            hint = f"  [interrupted: run '{again}' again to resume]" if row.interrupted else ""
            print(f"{row.id:>5}  {row.internal_name:<24} {row.state.name.lower():<10} {row.to_deliver:>9}  {row.label}{hint}")
    return EXIT_OK


def cmd_prepare(args: argparse.Namespace) -> int:
    from campaign_desktop.engine.control import Control
    from campaign_desktop.engine.preparation import prepare
    from campaign_desktop.engine.send_actions import confirm_if_approved

    engine = _engine(args)
    delivery_id = _delivery_id(engine, args.delivery)
    result = prepare(engine, delivery_id, Control(), workers=args.workers, operator=args.operator)
    out = result.as_json()
    try:  # automatic approval: confirmed at once by the same operator, who needs Start deliveries
        out["confirmed"] = confirm_if_approved(engine, delivery_id, args.operator)
    except EngineError as exc:
        out["confirmed"], out["not_confirmed"] = False, str(exc)
    if args.json:
        print(json.dumps(out))
    else:
        print(_lines({k: v for k, v in out.items() if k not in ("errors", "warnings")}))
        for level in ("errors", "warnings"):
            for message in out[level]:
                print(f"{level[:-1]}: {message}")
    return EXIT_OK


def _delivery_id(engine: Any, reference: str) -> int:
    from campaign_desktop.engine.deliveries import find_delivery_id

    with engine.connect() as conn:
        return find_delivery_id(conn, reference)


def _transport_kind(args: argparse.Namespace, engine: Any) -> Any:
    from campaign_desktop.domain.enums import TransportKind
    from campaign_desktop.engine.settings import load_settings

    if args.transport:
        return TransportKind[args.transport.upper()]
    with engine.connect() as conn:
        return load_settings(conn).transport


def _transport_kit(args: argparse.Namespace, engine: Any, follow: bool, delivery_id: int | None = None) -> Any:
    """The transport named on the command line, else the one in the settings."""
    from campaign_desktop.transport_setup import TransportChoice, transport_kit

    kind = _transport_kind(args, engine)
    return transport_kit(engine, TransportChoice(kind, args.smtp or "", args.pickup or "", follow), delivery_id)


def cmd_send(args: argparse.Namespace) -> int:
    """Confirm a prepared delivery (or resume one that was paused or interrupted) and hand every
    message over; Ctrl-C or SIGTERM finish what is on the wire and leave it paused."""
    from campaign_desktop.domain.enums import DeliveryState, TransportKind
    from campaign_desktop.engine.control import Control
    from campaign_desktop.engine.messages import Msg, message
    from campaign_desktop.engine.send_actions import Start, start_send
    from campaign_desktop.engine.sending import send
    from campaign_desktop.transport_setup import require_usable

    engine = _engine(args)
    delivery_id = _delivery_id(engine, args.delivery)
    if args.wait and _transport_kind(args, engine) is not TransportKind.SIMULATED:
        raise CommandError("--wait follows a simulated send; for real sends run 'feedback' regularly until validity ends.")
    transport_context, follow = _transport_kit(args, engine, args.wait, delivery_id)
    control = Control()
    with transport_context as transport, _leave_paused_on_signal(control, message(Msg.REASON_INTERRUPTED)):
        require_usable(transport)  # a relay that cannot work is refused before anything is confirmed
        start = start_send(engine, delivery_id, args.operator)
        if start is not Start.SEND_NOW:
            print(json.dumps({"delivery": delivery_id, "start": start.name.lower()}) if args.json
                  else f"{start.name.lower().replace('_', ' ')}")
            return EXIT_OK
        summary = send(engine, delivery_id, transport, control, relay_wait_s=args.relay_wait)
        sent = summary.state is DeliveryState.SENT
        feedback = follow(delivery_id, transport, control) if follow is not None and sent else None
    out: dict[str, Any] = {
        "delivery": delivery_id, "state": summary.state.name.lower(), "handed_over": summary.handed_over,
        "accepted": summary.accepted, "failed": summary.failed, "unknown": summary.unknown,
        "canceled": summary.canceled, "seconds": round(summary.seconds, 2), "reasons": summary.reasons,
    }
    if summary.figures is not None:
        out["identity"] = summary.figures.identity()
    if feedback is not None:
        out["feedback"] = feedback.__dict__
    if summary.relay_down is not None:
        out["relay_down"] = str(summary.relay_down)
    print(json.dumps(out) if args.json else _lines(out))
    if summary.relay_down is not None:
        print(f"campaign-desktop: {message(Msg.RELAY_STILL_DOWN)} {summary.relay_down}", file=sys.stderr)
        return EXIT_RELAY_DOWN
    return EXIT_OK


@contextlib.contextmanager
def _leave_paused_on_signal(control: Any, reason: Any) -> Any:
    """While sending, Ctrl-C and SIGTERM leave the send paused (what is on the wire finishes)."""

    def leave(signum: int, frame: Any) -> None:
        control.detach(reason)

    previous = {sig: signal.signal(sig, leave) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def cmd_pause(args: argparse.Namespace) -> int:
    from campaign_desktop.engine.send_actions import pause

    engine = _engine(args)
    pause(engine, _delivery_id(engine, args.delivery), args.operator)
    print("paused")
    return EXIT_OK


def cmd_resume(args: argparse.Namespace) -> int:
    from campaign_desktop.engine.send_actions import resume

    engine = _engine(args)
    if resume(engine, _delivery_id(engine, args.delivery), args.operator):
        print("resumed: no process sends it now; run 'send' to hand the rest over")
    else:
        print("sending")
    return EXIT_OK


def cmd_stop(args: argparse.Namespace) -> int:
    from campaign_desktop.engine.send_actions import stop

    engine = _engine(args)
    canceled = stop(engine, _delivery_id(engine, args.delivery), args.operator)
    print(f"stopped: {canceled} canceled")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    """The figures as they stand (kept with the logs), or counted again from the logs (``--compute``)."""
    from campaign_desktop.engine.clock import delivery_now
    from campaign_desktop.engine.indicators import live, recompute
    from campaign_desktop.engine.settings import load_settings

    engine = _engine(args)
    delivery_id = _delivery_id(engine, args.delivery)
    with engine.begin() as conn:
        mode = load_settings(conn).reporting_mode
        if args.compute:
            figures = recompute(conn, delivery_id, mode, delivery_now(conn, delivery_id))
        else:
            figures = live(conn, delivery_id, mode)
    out = figures.as_json()
    if args.json:
        print(json.dumps(out))
    else:
        print(_lines({k: v for k, v in out.items() if k not in ("formulas", "identity", "delivery_identity")}))
        print(figures.identity())
        print(figures.delivery_identity())
    return EXIT_OK


def cmd_feedback(args: argparse.Namespace) -> int:
    from campaign_desktop.domain.enums import InboundOutcome
    from campaign_desktop.engine.bounce_mailbox import MailboxUnavailable, open_mailbox
    from campaign_desktop.engine.feedback import FeedbackSummary, close_expired, process_mailbox
    from campaign_desktop.engine.inbound import counts, waiting
    from campaign_desktop.engine.retrying import send_due_retries
    from campaign_desktop.engine.send_recovery import recover_orphans
    from campaign_desktop.engine.settings import load_settings

    engine = _engine(args)
    with engine.connect() as conn:
        settings = load_settings(conn)
    recover_orphans(engine, settings)  # a send killed after a stop: its rows are settled now
    summary, problem = FeedbackSummary(), None
    try:  # a mailbox that cannot be read is said; the retries and the closing are done all the same
        box = open_mailbox(settings, args.source)
        if box is not None:
            summary = process_mailbox(engine, box, settings)
    except MailboxUnavailable as exc:
        problem = exc
    with _transport_kit(args, engine, follow=False)[0] as transport:
        summary.retries_due = send_due_retries(engine, transport, settings)
    summary.closed = close_expired(engine, settings)
    if args.json:
        inbound = waiting(engine)
        total = counts(engine).get(InboundOutcome.FOR_A_PERSON, 0)
        print(json.dumps({**summary.__dict__, "inbound_waiting": total, "inbound": [item.as_json() for item in inbound]}))
    else:
        print(_lines(summary.__dict__))
    if problem is not None:
        raise problem
    return EXIT_OK


def cmd_follow(args: argparse.Namespace) -> int:
    """Go on following the simulated feedback of demos whose follow stopped (the app closed, a
    ``send --wait`` interrupted): the one named, else each waiting one in turn, until it closes.
    Ctrl-C or SIGTERM stop following; the rest waits for the next follow."""
    from sqlalchemy import select

    from campaign_desktop.db.models import Delivery
    from campaign_desktop.demo.feedback_run import deliveries_to_follow, resume_follow
    from campaign_desktop.engine.control import Control
    from campaign_desktop.engine.messages import Msg, message

    engine = _engine(args)
    if args.delivery:
        targets = [_delivery_id(engine, args.delivery)]
    else:
        with engine.connect() as conn:
            targets = deliveries_to_follow(conn)
    control = Control()
    followed: list[dict[str, Any]] = []
    with _leave_paused_on_signal(control, message(Msg.REASON_INTERRUPTED)):
        for delivery_id in targets:
            if control.detached:
                break
            summary = resume_follow(engine, delivery_id, control)
            with engine.connect() as conn:
                state = conn.execute(select(Delivery.state).where(Delivery.id == delivery_id)).scalar_one()
            followed.append({"delivery": delivery_id, "state": state.name.lower(), "feedback": summary.__dict__})
    if args.json:
        print(json.dumps(followed))
    elif not followed:
        print("nothing to follow")
    else:
        print("\n".join(_lines({"delivery": out["delivery"], "state": out["state"], **out["feedback"]}) for out in followed))
    return EXIT_OK


def cmd_settings(args: argparse.Namespace) -> int:
    """Every setting, or (``set``) one changed by an administrator, as the Settings page does."""
    from campaign_desktop.engine.settings import load_settings
    from campaign_desktop.engine.settings_change import change_settings, parse_setting, visible_settings

    engine = _engine(args)
    if args.action == "set":
        if not (args.key and args.value is not None and args.operator):
            raise CommandError("settings set KEY VALUE --operator LOGIN")
        change_settings(engine, args.operator, **{args.key: parse_setting(args.key, args.value)})
    with engine.connect() as conn:
        shown = visible_settings(load_settings(conn))
    print(json.dumps(shown) if args.json else _lines(shown))
    return EXIT_OK


def _json_file(path: str) -> dict[str, Any]:
    try:
        values = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise CommandError(f"Cannot read {path}: {exc.strerror}") from exc
    except ValueError as exc:
        raise CommandError(f"{path} is not JSON: {exc}") from exc
    if not isinstance(values, dict):
        raise CommandError(f"{path} must hold one JSON object: the delivery's fields by name")
    return values


def cmd_delivery(args: argparse.Namespace) -> int:
    """Create, update or show a delivery from a script, with the editor's fields and checks."""
    from campaign_desktop.engine.delivery_edit import (
        DraftProblems,
        create_delivery,
        draft_as_json,
        draft_from_json,
        load_draft,
        save_draft,
    )
    from campaign_desktop.engine.settings import load_settings

    engine = _engine(args)
    if args.action == "show":
        delivery_id = _delivery_id(engine, args.target)
    else:
        if not args.operator:
            raise CommandError(f"delivery {args.action} needs --operator LOGIN")
        values = _json_file(args.file if args.action == "update" else args.target)
        if args.action == "update":
            delivery_id = _delivery_id(engine, args.target)
            created = False
        else:
            with engine.connect() as conn:
                settings = load_settings(conn)
            delivery_id, created = create_delivery(engine, args.operator, settings, values.get("label", "New delivery")), True
        try:
            with engine.connect() as conn:
                base, _ = load_draft(conn, delivery_id)
                draft = draft_from_json(conn, values, base)
            save_draft(engine, delivery_id, draft, args.operator)
        except DraftProblems as exc:
            if created:  # a delivery that does not check is not left behind half made
                from campaign_desktop.engine.delivery_edit import delete_delivery

                delete_delivery(engine, delivery_id, args.operator)
            for problem in exc.problems:
                print(f"campaign-desktop: {problem.field}: {problem.message}", file=sys.stderr)
            return EXIT_FAILED
    with engine.connect() as conn:
        draft, state = load_draft(conn, delivery_id)
    print(json.dumps({"delivery": delivery_id, "state": state.name.lower(), **draft_as_json(draft)}))
    return EXIT_OK


def cmd_retry_failed(args: argparse.Namespace) -> int:
    from campaign_desktop.engine.retry_failed import retry_failed

    engine = _engine(args)
    new_id, targeted = retry_failed(engine, _delivery_id(engine, args.delivery), args.operator, args.unknown)
    if args.unknown:
        print("campaign-desktop: warning: the recipients whose fate was unknown are included; some of them did "
              "receive the message and will receive it twice.", file=sys.stderr)
    print(json.dumps({"delivery": new_id, "recipients": targeted}))
    return EXIT_OK


def cmd_tracking_server(args: argparse.Namespace) -> int:
    from campaign_desktop.engine.settings import load_settings, tracking_secret
    from campaign_desktop.engine.tracking import Tracker
    from campaign_desktop.engine.tracking_endpoint import serve

    engine = _engine(args)
    with engine.connect() as conn:
        base = load_settings(conn).tracking_base_url
    if not base:
        raise CommandError("Set the tracking base URL first: it is where mail clients will reach this server.")
    server = serve(engine, Tracker(base, tracking_secret(engine)), args.host, args.port)
    print(f"tracking endpoint for {base} on http://{args.host}:{args.port}", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return EXIT_OK


def cmd_bench(args: argparse.Namespace) -> int:
    from campaign_desktop.bench import bench_prepare

    print(json.dumps(bench_prepare(args.profiles, args.seed, args.workers)))
    return EXIT_OK


def cmd_bench_send(args: argparse.Namespace) -> int:
    from campaign_desktop.bench import bench_send

    print(json.dumps(bench_send(args.messages, args.connections, args.peer)))
    return EXIT_OK


def cmd_bench_relay(args: argparse.Namespace) -> int:
    from campaign_desktop.bench import bench_relay

    print(json.dumps(bench_relay(args.relay, args.to, args.messages, args.connections)))
    return EXIT_OK


def cmd_bench_kills(args: argparse.Namespace) -> int:
    from campaign_desktop.bench import bench_kills

    print(json.dumps(bench_kills(args.kills, args.messages, args.connections)))
    return EXIT_OK


def cmd_scheduler(args: argparse.Namespace) -> int:
    """Start scheduled deliveries when their time comes and run recurring ones, until Ctrl-C
    (or after one step with ``--once``)."""
    from campaign_desktop.db.models import utcnow
    from campaign_desktop.engine.control import Control
    from campaign_desktop.engine.messages import Msg, message
    from campaign_desktop.engine.scheduler import scheduler_step
    from campaign_desktop.engine.sending import send

    class LeaveWhenPaused(Control):
        """The scheduler serves every due delivery: one that someone paused waits for its Resume
        (from the app, or `resume` then `send`) without holding the others."""

        def report(self, done: int, total: int, **figures: Any) -> None:
            super().report(done, total, **figures)
            status = figures.get("status")
            if status is not None and getattr(status, "id", None) is Msg.PROGRESS_PAUSED:
                self.detach()

    engine = _engine(args)
    try:
        while True:
            report = scheduler_step(engine, utcnow())
            for copy_id in report.created:
                _say(args, {"event": "recurring_copy", "delivery": copy_id,
                            "awaiting_confirmation": copy_id in report.awaiting_confirmation})
            for problem in report.problems:
                _say(args, {"event": "problem", "message": str(problem)})
            for delivery_id in report.due:
                control = LeaveWhenPaused()
                try:  # one delivery that cannot go (another process took it …) never ends the scheduler
                    with _transport_kit(args, engine, follow=False, delivery_id=delivery_id)[0] as transport, \
                            _leave_paused_on_signal(control, message(Msg.REASON_INTERRUPTED)):
                        summary = send(engine, delivery_id, transport, control, relay_wait_s=RELAY_WAIT_S)
                except EngineError as exc:
                    _say(args, {"event": "problem", "delivery": delivery_id, "message": str(exc)})
                    continue
                _say(args, {"event": "sent", "delivery": delivery_id, "state": summary.state.name.lower(),
                            "accepted": summary.accepted, "failed": summary.failed})
            if args.once:
                return EXIT_OK
            time.sleep(args.interval)
    except KeyboardInterrupt:
        return EXIT_OK


#: How long the scheduler waits for a relay that went down before it leaves that send paused.
RELAY_WAIT_S = 300.0


def _say(args: argparse.Namespace, event: dict[str, Any]) -> None:
    print(json.dumps(event) if args.json else " ".join(f"{k}={v}" for k, v in event.items()), flush=True)


def cmd_bench_ui(args: argparse.Namespace) -> int:
    from campaign_desktop.ui.bench_ui import bench_ui

    print(json.dumps(bench_ui(args.recipients)))
    return EXIT_OK


def cmd_app(args: argparse.Namespace) -> int:
    from campaign_desktop.ui.app import run_app

    return run_app(args.db, demo_profiles=args.demo_profiles)


def _lines(values: dict[str, Any]) -> str:
    return "\n".join(f"{key}: {value}" for key, value in values.items())


def _transport_options(command: argparse.ArgumentParser) -> None:
    """The options of the commands that hand messages over (send, and feedback for its retries)."""
    command.add_argument("--transport", choices=["simulated", "smtp", "pickup"])
    command.add_argument("--smtp", metavar="HOST:PORT", help="the SMTP relay, instead of the one in the settings")
    command.add_argument("--pickup", metavar="DIR", help="the pickup folder, instead of the one in the settings")
    command.add_argument("--json", action="store_true")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="campaign-desktop", description="Prepare and send email deliveries.")
    parser.add_argument("--db", help="database URL (default: CAMPAIGN_DB, else a SQLite file in your data folder)")
    parser.add_argument("--demo-profiles", type=int, default=20_000, help="profiles of the demo made at first start")
    parser.set_defaults(func=cmd_app)
    sub = parser.add_subparsers(title="commands")

    demo = sub.add_parser("demo", help="build the demo workspace")
    demo.add_argument("--profiles", type=int, default=20_000)
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--reset", action="store_true", help="empty the database first")
    demo.add_argument("--json", action="store_true")
    demo.set_defaults(func=cmd_demo)

    imp = sub.add_parser("import", help="import profiles from a CSV file")
    imp.add_argument("file")
    imp.add_argument("--list", help="also add the imported profiles to this list")
    imp.add_argument("--encoding", help="the file's encoding (default: detected)")
    imp.add_argument("--delimiter", help="the column delimiter, one character or 'tab' (default: detected)")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=cmd_import)

    deliveries = sub.add_parser("deliveries", help="list the deliveries")
    deliveries.add_argument("--search")
    deliveries.add_argument("--json", action="store_true")
    deliveries.set_defaults(func=cmd_deliveries)

    prep = sub.add_parser("prepare", help="prepare a delivery (id or internal name)")
    prep.add_argument("delivery")
    prep.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    prep.add_argument("--operator", required=True,
                      help="who prepares (needs Prepare deliveries); the send is confirmed at once when the approval mode allows it")
    prep.add_argument("--json", action="store_true")
    prep.set_defaults(func=cmd_prepare)

    send = sub.add_parser("send", help="confirm and send a prepared delivery, or resume an interrupted send")
    send.add_argument("delivery")
    send.add_argument("--operator", required=True, help="the login that confirms (needs Start deliveries)")
    send.add_argument("--wait", action="store_true", help="then follow the feedback until the delivery closes (simulated MTA: at its speed)")
    send.add_argument("--relay-wait", type=float, default=300.0, metavar="SECONDS",
                      help="how long to wait for a failing relay before leaving the send paused (exit status 3)")
    _transport_options(send)
    send.set_defaults(func=cmd_send)
    for name, func, text in (("pause", cmd_pause, "pause a send"), ("resume", cmd_resume, "resume a paused send"),
                             ("stop", cmd_stop, "stop a send for good: the rest is canceled")):
        command = sub.add_parser(name, help=text)
        command.add_argument("delivery")
        command.add_argument("--operator", required=True)
        command.set_defaults(func=func)
    stats = sub.add_parser("stats", help="the deployment indicators of a delivery, with the identities that tie them")
    stats.add_argument("delivery")
    stats.add_argument("--json", action="store_true")
    stats.add_argument("--compute", action="store_true", help="Compute stats: count every figure again from the logs")
    stats.set_defaults(func=cmd_stats)

    feedback = sub.add_parser("feedback", help="read bounce messages, send due retries, close deliveries past validity")
    feedback.add_argument("--source", help="a Maildir, an mbox or a folder of .eml files (default: the bounce mailbox setting)")
    _transport_options(feedback)
    feedback.set_defaults(func=cmd_feedback)
    follow = sub.add_parser("follow", help="go on following the simulated feedback of demos whose follow stopped, "
                                           "until they close (Ctrl-C: stop following, go on later)")
    follow.add_argument("delivery", nargs="?", help="one delivery (id or internal name); default: every one waiting")
    follow.add_argument("--json", action="store_true")
    follow.set_defaults(func=cmd_follow)
    settings = sub.add_parser("settings", help="show the settings, or set one (administrators)")
    settings.add_argument("action", nargs="?", choices=["show", "set"], default="show")
    settings.add_argument("key", nargs="?")
    settings.add_argument("value", nargs="?")
    settings.add_argument("--operator", help="who sets it (an administrator)")
    settings.add_argument("--json", action="store_true")
    settings.set_defaults(func=cmd_settings)
    delivery = sub.add_parser("delivery", help="create or update a delivery from a JSON file of the editor's fields, or show one")
    delivery.add_argument("action", choices=["create", "update", "show"])
    delivery.add_argument("target", help="create: the JSON file; update and show: the delivery (id or internal name)")
    delivery.add_argument("file", nargs="?", help="update: the JSON file")
    delivery.add_argument("--operator", help="who saves it (needs Prepare deliveries)")
    delivery.set_defaults(func=cmd_delivery)
    retry = sub.add_parser("retry-failed", help="a new delivery for the recipients that finally failed")
    retry.add_argument("delivery")
    retry.add_argument("--operator", required=True)
    retry.add_argument("--unknown", action="store_true",
                       help="also the recipients whose fate is unknown (some may receive the message twice)")
    retry.set_defaults(func=cmd_retry_failed)

    tracking = sub.add_parser("tracking-server", help="serve the tracking URLs of real sends (opens, clicks, unsubscribe, mirror)")
    tracking.add_argument("--host", default="127.0.0.1")
    tracking.add_argument("--port", type=int, default=8080)
    tracking.set_defaults(func=cmd_tracking_server)

    scheduler = sub.add_parser("scheduler", help="start scheduled deliveries at their time and run recurring ones (until Ctrl-C)")
    scheduler.add_argument("--once", action="store_true", help="one step, then exit")
    scheduler.add_argument("--interval", type=float, default=30.0, help="seconds between steps (default 30)")
    _transport_options(scheduler)
    scheduler.set_defaults(func=cmd_scheduler)
    bench = sub.add_parser("bench", help="benchmarks that print one JSON line")
    bench_sub = bench.add_subparsers(title="benchmarks", required=True)
    bench_prep = bench_sub.add_parser("prepare", help="prepare a fresh demo of N profiles")
    bench_prep.add_argument("--profiles", type=int, default=100_000)
    bench_prep.add_argument("--seed", type=int, default=7)
    bench_prep.add_argument("--workers", type=int, default=None)
    bench_prep.set_defaults(func=cmd_bench)
    bench_send = bench_sub.add_parser("send", help="send N messages through the real path to a local discarding server")
    bench_send.add_argument("--messages", type=int, default=20_000)
    bench_send.add_argument("--connections", type=int, default=4)
    bench_send.add_argument("--peer", choices=["mailmerge"], help="also time this tool on the same messages")
    bench_send.set_defaults(func=cmd_bench_send)
    relay = bench_sub.add_parser("relay", help="N messages through a real relay, by the app and by a bare pipelined client")
    relay.add_argument("--relay", required=True, metavar="HOST:PORT")
    relay.add_argument("--to", required=True, metavar="MAILBOX", help="an existing mailbox; recipients are its plus-tags")
    relay.add_argument("--messages", type=int, default=5000)
    relay.add_argument("--connections", type=int, default=8)
    relay.set_defaults(func=cmd_bench_relay)
    bench_kills = bench_sub.add_parser("kills", help="kill a send with SIGKILL at random moments; count what is left unknown")
    bench_kills.add_argument("--kills", type=int, default=20)
    bench_kills.add_argument("--messages", type=int, default=3000)
    bench_kills.add_argument("--connections", type=int, default=4)
    bench_kills.set_defaults(func=cmd_bench_kills)
    bench_ui = bench_sub.add_parser("ui", help="drive the window offscreen through a preparation and a send; print max_stall_ms")
    bench_ui.add_argument("--recipients", type=int, default=200_000)
    bench_ui.set_defaults(func=cmd_bench_ui)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except (CommandError, EngineError) as exc:  # expected: one line, never a traceback
        print(f"campaign-desktop: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except SQLAlchemyError as exc:  # the database refused: say what it said, not a traceback
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        print(f"campaign-desktop: the database refused the operation: {detail}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("campaign-desktop: interrupted", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:  # a file or folder the system refused: its words, and which one
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"campaign-desktop: {exc.strerror or exc}{where}", file=sys.stderr)
        return EXIT_FAILED
