"""Address standing: the fifth counted soft error quarantines, a hard one at once."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from campaign_desktop.db.models import Address
from campaign_desktop.domain.enums import AddressStatus, DenylistCause, FailureReason, FailureType
from campaign_desktop.engine.quarantine import denylist, record_failure, record_success
from campaign_desktop.engine.settings import Settings

T0 = dt.datetime(2026, 11, 1, 9, 0)
SOFT, HARD = FailureType.SOFT, FailureType.HARD


def _standing(conn, email):
    return tuple(conn.execute(select(Address.status, Address.error_count).where(Address.email_norm == email)).one())


def test_fifth_counted_soft_error_quarantines(engine):
    settings = Settings()
    with engine.begin() as conn:
        for day in range(4):
            status = record_failure(conn, "a@example.com", SOFT, FailureReason.MAILBOX_FULL, "452 4.2.2 full", T0 + dt.timedelta(days=day), settings)
            assert status is AddressStatus.WITH_ERRORS
            # a second error the same day does not count
            record_failure(conn, "a@example.com", SOFT, FailureReason.MAILBOX_FULL, "452", T0 + dt.timedelta(days=day, hours=2), settings)
        assert _standing(conn, "a@example.com") == (AddressStatus.WITH_ERRORS, 4)
        status = record_failure(conn, "a@example.com", SOFT, FailureReason.MAILBOX_FULL, "452", T0 + dt.timedelta(days=4), settings)
        assert status is AddressStatus.QUARANTINE
        assert _standing(conn, "a@example.com") == (AddressStatus.QUARANTINE, 5)
        record_success(conn, "a@example.com", T0 + dt.timedelta(days=5))  # only a person releases quarantine
        assert _standing(conn, "a@example.com")[0] is AddressStatus.QUARANTINE


def test_hard_failure_quarantines_at_once(engine):
    with engine.begin() as conn:
        status = record_failure(conn, "b@example.com", HARD, FailureReason.USER_UNKNOWN, "550 5.1.1", T0, Settings())
        assert status is AddressStatus.QUARANTINE


def test_counter_restarts_after_ten_quiet_days_and_success_releases(engine):
    settings = Settings()
    with engine.begin() as conn:
        for day in (0, 1, 2):
            record_failure(conn, "c@example.com", SOFT, FailureReason.MAILBOX_FULL, "452", T0 + dt.timedelta(days=day), settings)
        record_failure(conn, "c@example.com", SOFT, FailureReason.MAILBOX_FULL, "452", T0 + dt.timedelta(days=14), settings)
        assert _standing(conn, "c@example.com") == (AddressStatus.WITH_ERRORS, 1)
        record_success(conn, "c@example.com", T0 + dt.timedelta(days=15))
        assert _standing(conn, "c@example.com") == (AddressStatus.VALID, 0)


def test_thresholds_are_settings_and_complaints_denylist(engine):
    quick = Settings(quarantine_after_errors=2, error_spacing_hours=0)
    with engine.begin() as conn:
        record_failure(conn, "d@example.com", SOFT, FailureReason.MAILBOX_FULL, "452", T0, quick)
        assert record_failure(conn, "d@example.com", SOFT, FailureReason.MAILBOX_FULL, "452", T0 + dt.timedelta(minutes=1), quick) is AddressStatus.QUARANTINE
        denylist(conn, "e@example.com", DenylistCause.COMPLAINT, T0)
        assert _standing(conn, "e@example.com")[0] is AddressStatus.DENYLISTED
        cause = conn.execute(select(Address.denylist_cause).where(Address.email_norm == "e@example.com")).scalar_one()
        assert cause is DenylistCause.COMPLAINT  # the Addresses page says why
