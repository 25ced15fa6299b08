"""Benchmarks that print figures (never timed assertions): ``campaign-desktop bench …``."""

from __future__ import annotations

import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from campaign_desktop.db.session import open_database
from campaign_desktop.demo.workspace import DEMO_DELIVERY, build_demo
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
