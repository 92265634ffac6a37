"""The usage counts' SQLite file: anonymous hourly totals, a schema version, 400 days kept.

One row is one total for one hour of one day: (day "YYYY-MM-DD", hour 0-23, kind, value, n),
such as (2026-12-01, 14, "language", "ar", 3): three visitor sessions read Arabic between 14:00
and 15:00 that day. There is no session id, no timestamp finer than the hour and no free text:
the kinds are `KINDS`, a value is a language code, a screen id, a `DURATION_BUCKETS` name or a
`FEATURES` name (what `VALUE_PATTERN` allows, checked here and by the table itself).

The file's schema version is SQLite's `PRAGMA user_version` (`SCHEMA_VERSION`); a file made by
a newer kiosk, or one that is not a usage database, is refused with `UsageFileError` and left as
it is. Rows older than `RETENTION_DAYS` are deleted each time the file is opened. No Qt here:
`kiosk stats export` reads it without a display. One `UsageStore` may be used from two threads
(the recorder writes from its own; the panel reads from the GUI thread): a lock serialises them.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import sqlite3
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

SCHEMA_VERSION = 1
"""The table layout this kiosk writes (PRAGMA user_version). Raise it with a migration."""
RETENTION_DAYS = 400
"""A row of day D is deleted from day D + 400 on (issue 14: "kept 400 days"): a year and a
month, so a yearly report can compare the same month of two years."""

SESSION = "session"
"""Visitor sessions begun in the hour (value "")."""
LANGUAGE = "language"
"""Sessions that read each language (value: its code): chosen, a screen opened in it, or the
one shown at the end (kiosk.usage.recorder)."""
SCREEN = "screen"
"""Screens opened (value: the screen id), each opening counted."""
DURATION = "duration"
"""Sessions by how long the visitor was active (value: a `DURATION_BUCKETS` name)."""
FEATURE = "feature"
"""Sessions that used a feature (value: one of `FEATURES`)."""
KINDS = (SESSION, LANGUAGE, SCREEN, DURATION, FEATURE)

DURATION_BUCKETS: tuple[tuple[str, float], ...] = (
    ("0-30s", 30.0), ("30s-2min", 120.0), ("2-5min", 300.0), ("5min+", math.inf))
"""(name, upper limit in seconds, exclusive): coarse on purpose, from kiosk-ux.md's "a minute
or two each" -- a glance, a read, a long read, a very long stay."""
FEATURES = ("text_size", "contrast", "read_aloud", "search")
"""The text-size control, high contrast, read aloud, and "a search happened"."""

VALUE_PATTERN = re.compile(r"[A-Za-z0-9/_.+-]{0,40}")
"""What a value may be: a code or an id, never a sentence (no spaces, at most 40 characters)."""

_SCHEMA = """
CREATE TABLE counts (
    day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
    kind TEXT NOT NULL CHECK (kind IN ('session', 'language', 'screen', 'duration', 'feature')),
    value TEXT NOT NULL CHECK (length(value) <= 40 AND value NOT GLOB '*[^A-Za-z0-9/_.+-]*'),
    n INTEGER NOT NULL CHECK (n > 0),
    PRIMARY KEY (day, hour, kind, value)
) WITHOUT ROWID
"""

Key = tuple[str, str]
"""(kind, value): what a count counts."""


class UsageFileError(Exception):
    """The usage file cannot be used; the message names it, says why and what to do."""


@dataclass(frozen=True)
class Count:
    """One row: `n` of (`kind`, `value`) in hour `hour` (0-23, local time) of `day`."""

    day: dt.date
    hour: int
    kind: str
    value: str
    n: int


def duration_bucket(seconds: float) -> str:
    """The `DURATION_BUCKETS` name for a duration in seconds (a negative one counts as 0)."""
    return next(name for name, limit in DURATION_BUCKETS if seconds < limit)


class UsageStore:
    """The usage file at `path`, opened (and created, with its folder) now; `UsageFileError`
    when it cannot be. `today` gives the date the retention counts back from."""

    def __init__(self, path: Path, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db = self._open(path)
        self.delete_before(today() - dt.timedelta(days=RETENTION_DAYS - 1))

    def add(self, day: dt.date, hour: int, counts: Mapping[Key, int]) -> None:
        """Add `counts` to the totals of `hour` of `day`, in one transaction; `ValueError`
        for a kind, value, hour or count the file does not hold, `UsageFileError` when the
        file cannot be written (full disk, read-only)."""
        if not 0 <= hour <= 23:
            raise ValueError(f"hour {hour} is not 0-23")
        for (kind, value), n in counts.items():
            if kind not in KINDS or not VALUE_PATTERN.fullmatch(value) or n <= 0:
                raise ValueError(f"not a usage count: {kind!r} {value!r} {n!r}")
        rows = [(day.isoformat(), hour, kind, value, n) for (kind, value), n in counts.items()]
        with self._lock:
            try:
                with self._db:
                    self._db.executemany(
                        "INSERT INTO counts VALUES (?, ?, ?, ?, ?) ON CONFLICT "
                        "(day, hour, kind, value) DO UPDATE SET n = n + excluded.n", rows)
            except sqlite3.Error as error:
                raise UsageFileError(f"{self.path}: the counts were not written ({error}); "
                                     "check that the data folder is writable and not full"
                                     ) from error

    def counts(self, first: dt.date | None = None, last: dt.date | None = None) -> list[Count]:
        """Every row from day `first` to day `last` (both included; None: no limit), in the
        order of day, hour, kind and value."""
        low = first.isoformat() if first else "0000-00-00"
        high = last.isoformat() if last else "9999-99-99"
        with self._lock:
            rows = self._db.execute(
                "SELECT day, hour, kind, value, n FROM counts WHERE day BETWEEN ? AND ? "
                "ORDER BY day, hour, kind, value", (low, high)).fetchall()
        return [Count(dt.date.fromisoformat(day), hour, kind, value, n)
                for day, hour, kind, value, n in rows]

    def delete_before(self, day: dt.date) -> int:
        """Delete the rows of days before `day`; the number of rows deleted."""
        with self._lock, self._db:
            cursor = self._db.execute("DELETE FROM counts WHERE day < ?", (day.isoformat(),))
        return cursor.rowcount

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        what_to_do = "move it away (the kiosk then starts a new one) or restore the right file"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=5, check_same_thread=False)
        except (OSError, sqlite3.Error) as error:
            raise UsageFileError(f"{path}: cannot be opened ({error}); check that the data "
                                 "folder is writable") from error
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            tables = {name for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if version == 0 and not tables:
                with db:
                    db.execute(_SCHEMA)
                    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            elif version > SCHEMA_VERSION:
                raise UsageFileError(f"{path}: made by a newer kiosk (schema {version}; this "
                                     f"one reads {SCHEMA_VERSION}); update the kiosk, or "
                                     f"{what_to_do}")
            elif version != SCHEMA_VERSION or "counts" not in tables:
                raise UsageFileError(f"{path}: not a usage counts file (schema {version}, "
                                     f"tables {', '.join(sorted(tables)) or 'none'}); "
                                     f"{what_to_do}")
        except sqlite3.DatabaseError as error:
            db.close()
            raise UsageFileError(f"{path}: not a usage counts file ({error}); "
                                 f"{what_to_do}") from error
        except UsageFileError:
            db.close()
            raise
        return db


def day_counts(store: UsageStore, day: dt.date) -> dict[str, object]:
    """One day's totals, ready for JSON (the fleet's status file):
    {"day": "2026-12-01", "sessions": 12, "languages": {"ar": 7, ...}, "screens": {"home": 30,
    ...}, "durations": {"0-30s": 4, ...}, "features": {"text_size": 2, ...}}; zeros are left
    out, so a day without visitors is {"day": ..., "sessions": 0} and four empty mappings."""
    totals: dict[str, dict[str, int]] = {kind: {} for kind in KINDS}
    for count in store.counts(day, day):
        bucket = totals[count.kind]
        bucket[count.value] = bucket.get(count.value, 0) + count.n
    return {"day": day.isoformat(), "sessions": sum(totals[SESSION].values()),
            "languages": totals[LANGUAGE], "screens": totals[SCREEN],
            "durations": totals[DURATION], "features": totals[FEATURE]}


def daily_sessions(store: UsageStore, last: dt.date, days: int = 14) -> list[tuple[dt.date, int]]:
    """Visitor sessions per day for the `days` days up to `last` (included), oldest first, days
    without visitors included as 0 (the operator panel's chart)."""
    first = last - dt.timedelta(days=days - 1)
    per_day: dict[dt.date, int] = {}
    for count in store.counts(first, last):
        if count.kind == SESSION:
            per_day[count.day] = per_day.get(count.day, 0) + count.n
    return [(day, per_day.get(day, 0))
            for day in (first + dt.timedelta(days=i) for i in range(days))]


def language_totals(store: UsageStore, first: dt.date | None = None,
                    last: dt.date | None = None) -> dict[str, int]:
    """Sessions that read each language from `first` to `last` (None: all kept), most first."""
    totals: dict[str, int] = {}
    for count in store.counts(first, last):
        if count.kind == LANGUAGE:
            totals[count.value] = totals.get(count.value, 0) + count.n
    return dict(sorted(totals.items(), key=lambda item: (-item[1], item[0])))
