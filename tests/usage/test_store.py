"""The usage file: totals add up, 400 days are kept, and a file it cannot read is refused."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from kiosk.usage.store import (
    RETENTION_DAYS,
    SCHEMA_VERSION,
    UsageFileError,
    UsageStore,
    daily_sessions,
    day_counts,
    duration_bucket,
    language_totals,
)

DAY = dt.date(2026, 12, 1)


def test_counts_of_one_hour_add_up_and_day_counts_sums_the_day(tmp_path: Path) -> None:
    """Two batches of the same hour add; another hour of the day adds into the day's totals."""
    store = UsageStore(tmp_path / "usage.sqlite3", today=lambda: DAY)
    store.add(DAY, 14, {("session", ""): 1, ("language", "ar"): 1, ("screen", "home"): 2})
    store.add(DAY, 14, {("session", ""): 1, ("language", "en"): 1, ("screen", "home"): 1})
    store.add(DAY, 15, {("session", ""): 1, ("language", "ar"): 1,
                        ("duration", "2-5min"): 1, ("feature", "contrast"): 1})
    store.add(DAY - dt.timedelta(days=1), 9, {("session", ""): 5})
    assert day_counts(store, DAY) == {
        "day": "2026-12-01", "sessions": 3, "languages": {"ar": 2, "en": 1},
        "screens": {"home": 3}, "durations": {"2-5min": 1}, "features": {"contrast": 1}}
    assert day_counts(store, DAY + dt.timedelta(days=1))["sessions"] == 0
    chart = daily_sessions(store, DAY, days=14)
    assert len(chart) == 14 and chart[-1] == (DAY, 3) and chart[-2] == (DAY - dt.timedelta(1), 5)
    assert language_totals(store) == {"ar": 2, "en": 1}


@pytest.mark.parametrize("kind, value", [("visitor", ""), ("screen", "a visitor's words"),
                                         ("language", "x" * 41), ("screen", "home\n")])
def test_a_count_of_free_text_is_refused(tmp_path: Path, kind: str, value: str) -> None:
    """Only the known kinds, and codes or ids as values: no sentence reaches the file."""
    store = UsageStore(tmp_path / "usage.sqlite3", today=lambda: DAY)
    with pytest.raises(ValueError, match="not a usage count"):
        store.add(DAY, 10, {(kind, value): 1})
    assert store.counts() == []


def test_the_table_itself_refuses_free_text_and_minutes(tmp_path: Path) -> None:
    """Even a writer that bypasses the store cannot put a sentence or a time of day in it."""
    path = tmp_path / "usage.sqlite3"
    UsageStore(path, today=lambda: DAY).close()
    db = sqlite3.connect(path)
    for row in [("2026-12-01", 10, "screen", "hello world", 1),
                ("2026-12-01 10:15", 10, "session", "", 1),
                ("2026-12-01", 24, "session", "", 1),
                ("2026-12-01", 10, "comment", "x", 1)]:
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("INSERT INTO counts VALUES (?, ?, ?, ?, ?)", row)
    db.close()


def test_rows_older_than_400_days_are_deleted_on_open(tmp_path: Path) -> None:
    """Day D is kept through day D + 399 and deleted when the file is opened on D + 400."""
    path = tmp_path / "usage.sqlite3"
    old, kept = DAY - dt.timedelta(days=RETENTION_DAYS), DAY - dt.timedelta(days=RETENTION_DAYS - 1)
    store = UsageStore(path, today=lambda: old)
    store.add(old, 8, {("session", ""): 1})
    store.add(kept, 8, {("session", ""): 2})
    store.add(DAY, 8, {("session", ""): 3})
    store.close()
    store = UsageStore(path, today=lambda: DAY)
    assert [(c.day, c.n) for c in store.counts()] == [(kept, 2), (DAY, 3)]


def test_a_file_from_a_newer_kiosk_is_refused_and_left_alone(tmp_path: Path) -> None:
    """A newer schema is not read (nor changed): the error names the file and what to do."""
    path = tmp_path / "usage.sqlite3"
    UsageStore(path, today=lambda: DAY).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(UsageFileError, match=r"usage\.sqlite3: made by a newer kiosk.*update"):
        UsageStore(path, today=lambda: DAY)
    assert path.read_bytes() == before


@pytest.mark.parametrize("content", [b"not a database at all" * 100, b""],
                         ids=["junk", "another-database"])
def test_a_file_that_is_not_a_usage_file_is_refused(tmp_path: Path, content: bytes) -> None:
    """Some other file under the name is refused with what to do, and kept as it was."""
    path = tmp_path / "usage.sqlite3"
    if content:
        path.write_bytes(content)
        with pytest.raises(UsageFileError, match=r"usage\.sqlite3: not a usage counts file.*"
                           "move it away"):
            UsageStore(path, today=lambda: DAY)
        assert path.read_bytes() == content
    else:  # another program's database
        db = sqlite3.connect(path)
        db.execute("CREATE TABLE visitors (name TEXT)")
        db.close()
        with pytest.raises(UsageFileError, match=r"tables visitors\); move it away"):
            UsageStore(path, today=lambda: DAY)


@pytest.mark.parametrize("seconds, bucket", [(-3600.0, "0-30s"), (0.0, "0-30s"),
                                             (29.9, "0-30s"), (30.0, "30s-2min"),
                                             (299.0, "2-5min"), (1e9, "5min+")])
def test_durations_fall_into_coarse_buckets(seconds: float, bucket: str) -> None:
    """Seconds become one of four coarse buckets; a negative duration is no time at all."""
    assert duration_bucket(seconds) == bucket
