"""Three visitors at a real kiosk window: what is counted, what the CSV says, and that the file
holds nothing that could identify anyone; a wall clock set wrong spoils no duration."""

from __future__ import annotations

import csv
import datetime as dt
import re
import sqlite3
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app import kiosk_of
from kiosk.ui.main_window import MainWindow
from kiosk.usage.export import COLUMNS, write_csv
from kiosk.usage.recorder import UsageRecorder
from kiosk.usage.store import DURATION_BUCKETS, FEATURES, KINDS, UsageStore
from tests.helpers import MakeWindow, Run


class FakeVoice(QObject):
    """A voice for every language that says nothing (read aloud is then offered)."""

    speaking = Signal(bool)

    def can_speak(self, code: str) -> bool:
        return True

    def say(self, text: str, code: str) -> None:
        self.speaking.emit(True)

    def stop(self) -> None:
        self.speaking.emit(False)


def _totals(path: Path) -> Counter[tuple[str, str]]:
    """(kind, value) -> count, summed over every hour and day of the file."""
    db = sqlite3.connect(path)
    totals: Counter[tuple[str, str]] = Counter()
    for kind, value, n in db.execute("SELECT kind, value, n FROM counts"):
        totals[kind, value] += n
    db.close()
    return totals


def _touch_attract(window: MainWindow) -> None:
    """A visitor walks up and touches the attract screen."""
    assert window.current_screen() == "attract"
    QTest.mouseClick(window.screen_widget("attract"), Qt.MouseButton.LeftButton)
    assert window.current_screen() == "home"


def _three_visitors(window: MainWindow) -> tuple[str, str, str, list[str]]:
    """Drive three sessions; the default language, two others and the screens opened."""
    kiosk = kiosk_of(window)
    kiosk.read_aloud.set_voice(FakeVoice())
    bundle = window.bundle
    default = bundle.facts.bundle.default_language
    first, second = [code for code in bundle.languages if code != default][:2]
    screens = [s for s in window.screen_ids() if s != "home"][:3]
    # 1: reads two screens in the default language, touches nothing else.
    _touch_attract(window)
    window.navigate(screens[0])
    window.back()
    window.navigate(screens[1])
    kiosk.session.start_over()
    # 2: switches language at once (the default is not read), larger text, one screen.
    _touch_attract(window)
    window.set_language(first)
    QTest.mouseClick(window.navbar.text_size, Qt.MouseButton.LeftButton)
    window.navigate(screens[2])
    kiosk.session.start_over()
    # 3: another language, contrast, read aloud and a search.
    _touch_attract(window)
    window.set_language(second)
    QTest.mouseClick(window.navbar.contrast, Qt.MouseButton.LeftButton)
    window.navigate(screens[0])
    window.navbar.read_aloud.click()
    kiosk.usage.search_happened()
    kiosk.session.start_over()
    kiosk.usage.flush()
    return default, first, second, screens


def test_three_visitor_sessions_are_counted(make_window: MakeWindow, config: Path,
                                            usage_file: Path) -> None:
    """Sessions, languages read, screens opened, durations and features, as visitors did them;
    the attract screen, and the reset's return to the default language, count for nobody."""
    window = make_window("--kiosk", "--config", str(config))
    default, first, second, screens = _three_visitors(window)
    totals = _totals(usage_file)
    assert totals["session", ""] == 3
    assert {v: n for (k, v), n in totals.items() if k == "language"} == \
        {default: 1, first: 1, second: 1}
    # home: each first touch, and Back from the first screen of visitor 1
    opened = {"home": 4, screens[0]: 2, screens[1]: 1, screens[2]: 1}
    assert {v: n for (k, v), n in totals.items() if k == "screen"} == opened
    assert {v: n for (k, v), n in totals.items() if k == "duration"} == {"0-30s": 3}
    assert {v: n for (k, v), n in totals.items() if k == "feature"} == \
        {"text_size": 1, "contrast": 1, "read_aloud": 1, "search": 1}


def test_the_file_holds_nothing_that_identifies_a_visitor(make_window: MakeWindow,
                                                          config: Path, usage_file: Path) -> None:
    """One table of hourly totals: no session id, no time finer than the hour, and every
    value a language code, a screen id, a bucket or a feature of the kiosk's -- no free text."""
    window = make_window("--kiosk", "--config", str(config))
    _three_visitors(window)
    db = sqlite3.connect(usage_file)
    tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master")]
    assert tables == ["counts"]  # WITHOUT ROWID: not even a row number
    columns = [(name, kind) for _cid, name, kind, *_ in db.execute("PRAGMA table_info(counts)")]
    assert columns == [("day", "TEXT"), ("hour", "INTEGER"), ("kind", "TEXT"),
                       ("value", "TEXT"), ("n", "INTEGER")]
    known = {"", *window.bundle.languages, *window.screen_ids(),
             *(name for name, _limit in DURATION_BUCKETS), *FEATURES}
    rows = db.execute("SELECT day, hour, kind, value, n FROM counts").fetchall()
    db.close()
    assert rows
    for day, hour, kind, value, n in rows:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) and dt.date.fromisoformat(day)
        assert isinstance(hour, int) and 0 <= hour <= 23
        assert kind in KINDS and value in known, (kind, value)
        assert isinstance(n, int) and n > 0


def test_the_csv_export_says_what_the_file_holds(make_window: MakeWindow, config: Path,
                                                 usage_file: Path, run_kiosk: Run,
                                                 tmp_path: Path) -> None:
    """`kiosk stats export` writes the header and every row, as the store reads them."""
    window = make_window("--kiosk", "--config", str(config))
    _three_visitors(window)
    output = tmp_path / "usage.csv"
    result = run_kiosk("stats", "export", "--output", str(output), "--database", str(usage_file))
    assert result.returncode == 0, result.stderr
    store = UsageStore(usage_file)
    expected = [[c.day.isoformat(), str(c.hour), c.kind, c.value, str(c.n)]
                for c in store.counts()]
    with output.open(encoding="utf-8", newline="") as file:
        lines = list(csv.reader(file))
    assert lines[0] == list(COLUMNS) and lines[1:] == expected
    assert f"{len(expected)} rows" in result.stdout
    again = tmp_path / "again.csv"
    assert write_csv(store, again) == len(expected)
    assert again.read_bytes() == output.read_bytes()


def test_stats_export_without_counts_says_where_it_looked(run_kiosk: Run, tmp_path: Path) -> None:
    """No usage file yet: exit 1, the file named, nothing written (and none created)."""
    missing = tmp_path / "nothing.sqlite3"
    result = run_kiosk("stats", "export", "--output", str(tmp_path / "out.csv"),
                       "--database", str(missing))
    assert result.returncode == 1
    assert f"no usage counts at {missing}" in result.stderr
    assert not missing.exists() and not (tmp_path / "out.csv").exists()


def test_a_wall_clock_moved_during_a_session_spoils_no_duration(
        make_window: MakeWindow, config: Path, usage_file: Path, tmp_path: Path) -> None:
    """The clock is set back three hours, then forward three days, while a visitor spends 40
    seconds: the session lasts 30 s-2 min (the monotonic clock) in the hour it began."""
    window = make_window("--kiosk", "--config", str(config))
    wall = [dt.datetime(2026, 12, 1, 12, 5)]
    monotonic = [1000.0]
    path = tmp_path / "clocked.sqlite3"
    recorder = UsageRecorder(window, kiosk_of(window).session, path, window,
                             now=lambda: wall[0], clock=lambda: monotonic[0])
    _touch_attract(window)
    wall[0] -= dt.timedelta(hours=3)
    monotonic[0] += 20
    QTest.mouseClick(window.navbar.text_size, Qt.MouseButton.LeftButton)
    wall[0] += dt.timedelta(days=3)
    monotonic[0] += 20
    QTest.mouseClick(window.navbar.contrast, Qt.MouseButton.LeftButton)
    kiosk_of(window).session.start_over()
    recorder.flush()
    rows = [(c.day, c.hour, c.kind, c.value, c.n) for c in UsageStore(path).counts()
            if c.kind in ("session", "duration")]
    assert rows == [(dt.date(2026, 12, 1), 12, "duration", "30s-2min", 1),
                    (dt.date(2026, 12, 1), 12, "session", "", 1)]


def test_a_windowed_session_runs_from_the_start_and_counts_only_if_touched(
        make_window: MakeWindow, config: Path, usage_file: Path, qtbot: QtBot) -> None:
    """A field laptop: the session begins at start (no attract screen); a start over nobody
    touched before counts nothing, one with a visitor's press counts one session."""
    window = make_window("--config", str(config))
    kiosk = kiosk_of(window)
    kiosk.session.start_over()  # nobody came
    kiosk.usage.flush()
    assert not usage_file.exists()
    QTest.mouseClick(window.navbar.text_size, Qt.MouseButton.LeftButton)
    kiosk.session.start_over()
    kiosk.usage.flush()
    totals = _totals(usage_file)
    assert totals["session", ""] == 1 and totals["feature", "text_size"] == 1
    assert totals["screen", "home"] == 1
