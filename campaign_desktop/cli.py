"""Headless commands for scripts, trainers and tests; with no command, the desktop app opens.

Every command takes ``--db URL`` (or ``CAMPAIGN_DB``); failures print a clear message on
standard error and exit with a non-zero status.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A failure to report to the user as one line, without a traceback."""


def _engine(args: argparse.Namespace) -> Any:
    from campaign_desktop.db.session import open_database

    try:
        return open_database(args.db)
    except Exception as exc:  # an unreachable server, a bad URL, a file we cannot write
        raise CommandError(f"Cannot open the database: {exc}") from exc


def cmd_demo(args: argparse.Namespace) -> int:
    from campaign_desktop.demo.workspace import WorkspaceNotEmpty, build_demo

    engine = _engine(args)
    started = time.perf_counter()
    try:
        summary = build_demo(engine, args.profiles, args.seed, reset=args.reset)
    except WorkspaceNotEmpty as exc:
        raise CommandError(str(exc)) from exc
    out = {"profiles": summary.profiles, "flaws": summary.flaws, "seconds": round(time.perf_counter() - started, 2)}
    print(json.dumps(out) if args.json else _lines(out))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from campaign_desktop.engine.profile_import import BadRow, ImportFailed, import_profiles

    def show(row: BadRow) -> None:
        print(f"{args.file}:{row.line}: {row.reason}", file=sys.stderr)

    try:
        report = import_profiles(_engine(args), Path(args.file), args.list, args.encoding, on_bad_row=show)
    except ImportFailed as exc:
        raise CommandError(str(exc)) from exc
    if args.json:
        print(json.dumps(report.as_json()))
    else:
        print(f"{report.imported} profiles imported, {report.bad} bad rows" + (f" (list '{args.list}')" if args.list else ""))
    return EXIT_OK


def cmd_deliveries(args: argparse.Namespace) -> int:
    from campaign_desktop.engine.deliveries import list_deliveries

    with _engine(args).connect() as conn:
        rows = list_deliveries(conn, args.search or "")
    if args.json:
        print(json.dumps([row.as_json() for row in rows]))
    else:
        for row in rows:
            print(f"{row.id:>5}  {row.internal_name:<24} {row.state.name.lower():<10} {row.to_deliver:>9}  {row.label}")
    return EXIT_OK


def cmd_prepare(args: argparse.Namespace) -> int:
    from campaign_desktop.engine.control import Control, Stopped
    from campaign_desktop.engine.deliveries import DeliveryNotFound, find_delivery_id
    from campaign_desktop.engine.preparation import PreparationFailed, prepare

    engine = _engine(args)
    try:
        with engine.connect() as conn:
            delivery_id = find_delivery_id(conn, args.delivery)
        result = prepare(engine, delivery_id, Control(), workers=args.workers)
    except (DeliveryNotFound, PreparationFailed) as exc:
        raise CommandError(str(exc)) from exc
    except Stopped as exc:
        raise CommandError("The preparation was stopped.") from exc
    out = result.as_json()
    if args.json:
        print(json.dumps(out))
    else:
        print(_lines({k: v for k, v in out.items() if k not in ("errors", "warnings")}))
        for level in ("errors", "warnings"):
            for message in out[level]:
                print(f"{level[:-1]}: {message}")
    return EXIT_OK


def cmd_bench(args: argparse.Namespace) -> int:
    from campaign_desktop.bench import bench_prepare

    print(json.dumps(bench_prepare(args.profiles, args.seed, args.workers)))
    return EXIT_OK


def cmd_app(args: argparse.Namespace) -> int:
    from campaign_desktop.ui.app import run_app

    return run_app(args.db, demo_profiles=args.demo_profiles)


def _lines(values: dict[str, Any]) -> str:
    return "\n".join(f"{key}: {value}" for key, value in values.items())


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
    imp.add_argument("--encoding", default="utf-8")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=cmd_import)

    deliveries = sub.add_parser("deliveries", help="list the deliveries")
    deliveries.add_argument("--search")
    deliveries.add_argument("--json", action="store_true")
    deliveries.set_defaults(func=cmd_deliveries)

    prep = sub.add_parser("prepare", help="prepare a delivery (id or internal name)")
    prep.add_argument("delivery")
    prep.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    prep.add_argument("--json", action="store_true")
    prep.set_defaults(func=cmd_prepare)

    bench = sub.add_parser("bench", help="benchmarks that print one JSON line")
    bench_sub = bench.add_subparsers(title="benchmarks", required=True)
    bench_prep = bench_sub.add_parser("prepare", help="prepare a fresh demo of N profiles")
    bench_prep.add_argument("--profiles", type=int, default=100_000)
    bench_prep.add_argument("--seed", type=int, default=7)
    bench_prep.add_argument("--workers", type=int, default=None)
    bench_prep.set_defaults(func=cmd_bench)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except CommandError as exc:
        print(f"campaign-desktop: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except SQLAlchemyError as exc:  # the database refused: say what it said, not a traceback
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        print(f"campaign-desktop: the database refused the operation: {detail}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("campaign-desktop: interrupted", file=sys.stderr)
        return EXIT_FAILED
