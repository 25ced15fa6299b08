"""The same workspace on a real PostgreSQL server: demo, import, preparation in workers, stop.

Runs when ``CAMPAIGN_TEST_PG`` names a server URL whose user may create databases (CI
installs and starts PostgreSQL and sets it); each run works in a database of its own.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, func, select, text

from campaign_desktop.db.models import DeliveryLog
from campaign_desktop.db.session import open_database
from campaign_desktop.demo.workspace import DEMO_DELIVERY, build_demo
from campaign_desktop.engine.control import Control, Stopped
from campaign_desktop.engine.deliveries import find_delivery_id
from campaign_desktop.engine.preparation import prepare
from campaign_desktop.engine.profile_import import import_profiles
from tests.engine.test_preparation_flow import _StopAfterFirstBatch

SERVER = os.environ.get("CAMPAIGN_TEST_PG")
pytestmark = pytest.mark.skipif(not SERVER, reason="CAMPAIGN_TEST_PG names no PostgreSQL server")


@pytest.fixture
def pg_url() -> Iterator[str]:
    assert SERVER
    name = f"campaign_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def test_demo_prepare_import_and_stop_on_postgresql(pg_url, engine, tmp_path):
    pg = open_database(pg_url)
    build_demo(pg, profiles=4000, seed=11)
    build_demo(engine, profiles=4000, seed=11)  # the same workspace on SQLite
    with pg.connect() as conn:
        delivery = find_delivery_id(conn, DEMO_DELIVERY)
    in_workers = prepare(pg, delivery, Control(), workers=2)
    here = prepare(pg, delivery, Control(), workers=0)
    with engine.connect() as conn:
        on_sqlite = prepare(engine, find_delivery_id(conn, DEMO_DELIVERY), Control(), workers=0)
    assert in_workers.as_json() == here.as_json() == on_sqlite.as_json()
    assert in_workers.targeted == 4000 and in_workers.to_exclude > 0

    csv = tmp_path / "more.csv"
    csv.write_text("email,first_name,birthday\nnew.one@example.com,New,1990-01-02\nbad,row\n")
    report = import_profiles(pg, csv)  # after the demo's own ids: the sequence must follow
    assert (report.created, report.refused) == (1, 1)

    with pytest.raises(Stopped):
        prepare(pg, delivery, _StopAfterFirstBatch(), workers=2)
    with pg.connect() as conn:
        assert conn.execute(select(func.count()).where(DeliveryLog.delivery_id == delivery)).scalar_one() == 0
    pg.dispose()


def test_a_send_holds_its_lease_on_postgresql(pg_url):
    """The lease's conditional update and heartbeat on PostgreSQL: while one send holds the
    delivery (paused here), a second is refused; the counts kept with the rows equal a
    count of the rows; at the end everyone got one message."""
    from campaign_desktop.db.models import Delivery
    from campaign_desktop.domain.enums import ReportingMode
    from campaign_desktop.engine.indicators import compute, live
    from campaign_desktop.engine.job_lease import AlreadyWorking, holder
    from campaign_desktop.engine.send_actions import confirm_send, pause, resume
    from campaign_desktop.engine.sending import send
    from campaign_desktop.engine.settings import Settings
    from tests.engine.send_thread import sending_in_thread, status, wait_for
    from tests.engine.test_sending import _transport
    from tests.smtp_server import ScriptedServer

    pg = open_database(pg_url)
    build_demo(pg, profiles=300, seed=11)
    with pg.connect() as conn:
        delivery = find_delivery_id(conn, DEMO_DELIVERY)
    prepare(pg, delivery, Control(), workers=0)
    confirm_send(pg, delivery, "manager")
    first = Control()

    def held():
        with pg.connect() as conn:
            return holder(conn, delivery)

    with ScriptedServer() as server, sending_in_thread(pg, delivery, server, first) as (thread, result):
        assert wait_for(lambda: held() is not None)
        pause(pg, delivery, "manager")
        assert wait_for(lambda: status(first) == "PROGRESS_PAUSED")
        with pytest.raises(AlreadyWorking, match="already sending"):
            send(pg, delivery, _transport(server), Control(), Settings(tracking_base_url=""))
        with pg.connect() as conn:
            assert live(conn, delivery, ReportingMode.RELAY) == compute(conn, delivery, ReportingMode.RELAY)
        assert resume(pg, delivery, "manager") is False
        thread.join(timeout=60)
    with pg.connect() as conn:
        to_deliver, owner = conn.execute(select(Delivery.to_deliver, Delivery.lease_owner).where(Delivery.id == delivery)).one()
        assert live(conn, delivery, ReportingMode.RELAY) == compute(conn, delivery, ReportingMode.RELAY)
    assert result["summary"].accepted == to_deliver == len(server.handler.recipients)
    assert max(server.handler.recipients.values()) == 1 and owner is None
    pg.dispose()


def test_two_preparations_at_once_on_postgresql(pg_url):
    """Two `prepare` commands at the same moment on a team database: one prepares, the other
    is refused; one log row a profile (two simultaneous prepares once made every row twice)."""
    import subprocess
    import sys

    from campaign_desktop.db.models import Delivery
    from campaign_desktop.domain.enums import DeliveryState

    pg = open_database(pg_url)
    build_demo(pg, profiles=20_000, seed=5)
    commands = [subprocess.Popen([sys.executable, "-m", "campaign_desktop", "--db", pg_url, "prepare", DEMO_DELIVERY,
                                  "--operator", "admin"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for _ in range(2)]
    results = [c.communicate(timeout=300) for c in commands]
    assert sorted(c.returncode for c in commands) == [0, 1], results
    with pg.connect() as conn:
        delivery, targeted, state = conn.execute(select(Delivery.id, Delivery.targeted, Delivery.state)
                                                 .where(Delivery.internal_name == DEMO_DELIVERY)).one()
        rows = conn.execute(select(func.count()).where(DeliveryLog.delivery_id == delivery)).scalar_one()
    assert state is DeliveryState.PREPARED and rows == targeted == 20_000
    pg.dispose()
