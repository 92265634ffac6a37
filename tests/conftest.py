"""Shared fixtures: headless Qt, windows built through the public surface, bundle copies, and
a test that fails on any Python log record at WARNING or above it did not ask for."""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

# Before any Qt import: tests never need a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
if os.environ.get("PYTEST_XDIST_WORKER"):
    # `pytest -n 2` (pytest-xdist): each worker process its own home, so that the settings,
    # locks, logs and usage counts of ~/.qttest (and of the kiosks the tests start) are never
    # shared by two tests running at the same moment.
    import tempfile

    _home = Path(tempfile.mkdtemp(prefix=f"kiosk-tests-{os.environ['PYTEST_XDIST_WORKER']}-"))
    os.environ["HOME"] = str(_home)
    for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ.pop(_name, None)

import pytest
from PySide6.QtCore import QStandardPaths
from pytestqt.qtbot import QtBot

from kiosk import logs
from kiosk.content import default_content_dir
from kiosk.ui.main_window import MainWindow
from tests.helpers import PIN, ROOT, MakeWindow, Run

# Settings, logs and locks of the tests live under ~/.qttest, never in the user's own folders.
QStandardPaths.setTestModeEnabled(True)


LOG_EXPECTED = "log_expected"
"""The marker a test carries to expect log records: `@pytest.mark.log_expected(PATTERN, ...)`."""


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{LOG_EXPECTED}(*patterns): the test provokes Python log records at WARNING "
        "or above whose messages match one of these regular expressions (re.search); any other "
        "such record fails it")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--full-matrix", action="store_true", default=False,
                     help="run the whole layout matrix (every display x every text size), "
                     "not its representative part")


class _Records(logging.Handler):
    """Keeps every record it is given at WARNING and above."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def fail_on_log_warnings(request: pytest.FixtureRequest,
                         monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail the test if Python logging saw a record at WARNING or above during it (its fixtures'
    set-up and tear-down included) that no `log_expected` pattern of the test matches.

    The records are caught by a handler on the root logger, so caplog's levels do not hide
    them; kiosk.logs.setup_logging, which replaces the root's handlers, keeps this one (and
    routes Qt's messages into logging, where this handler sees them too). Records of a
    separate process (a kiosk run with subprocess) are that process's own."""
    patterns = [re.compile(pattern) for marker in request.node.iter_markers(LOG_EXPECTED)
                for pattern in marker.args]
    if request.node.get_closest_marker(LOG_EXPECTED) is not None and not patterns:
        pytest.fail(f"@pytest.mark.{LOG_EXPECTED} needs the pattern of the records it expects")
    handler = _Records()
    root = logging.getLogger()
    root.addHandler(handler)
    setup_logging = logs.setup_logging

    def setup_logging_heard(path: Path | None = None) -> Path | None:
        log_file = setup_logging(path)
        if handler not in root.handlers:
            root.addHandler(handler)
        return log_file

    monkeypatch.setattr(logs, "setup_logging", setup_logging_heard)
    yield
    root.removeHandler(handler)
    unexpected = [f"{record.levelname} {record.name}: {record.getMessage()}"
                  for record in handler.records
                  if not any(pattern.search(record.getMessage()) for pattern in patterns)]
    if unexpected:
        pytest.fail("unexpected log records at WARNING or above (mark the test "
                    f"@pytest.mark.{LOG_EXPECTED}(pattern) if it provokes them):\n"
                    + "\n".join(unexpected), pytrace=False)


@pytest.fixture
def app_env(tmp_path: Path) -> dict[str, str]:
    """Environment for a kiosk subprocess: offscreen, with its own config and data folders."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}


@pytest.fixture
def run_kiosk(app_env: dict[str, str]) -> Run:
    """Run `python main.py ARGS` as a separate process, as an operator would; its output is
    text, it may take up to 120 s, and a non-zero exit code is returned, not raised."""
    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], input=stdin,
                              capture_output=True, text=True, env=app_env, timeout=120,
                              check=False)
    return run


@pytest.fixture
def config(tmp_path: Path) -> Path:
    """A settings file with the operator PIN tests.helpers.PIN."""
    from kiosk.pin import hash_pin
    from kiosk.settings import Settings, save_settings

    path = tmp_path / "settings.yaml"
    save_settings(Settings(pin_hash=hash_pin(PIN)), path)
    return path


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[MakeWindow]:
    """Build a window with `create_window(argv)`, shown at kiosk size, closed at teardown.
    Screens appear at once (--no-animations) unless a test passes "--animations"."""
    from kiosk.app import create_window
    from kiosk.ui import touch

    # The application's tap guard outlives each test's windows: what an earlier test pressed
    # (QTest's synthetic timestamps, its last event seen, its fences) must not decide whether
    # this test's first tap is a double tap or a copy already seen.
    guard = touch.tap_guard()
    for memory in (guard._sequences, guard._last, guard._fences):
        memory.clear()
    guard._seen = None

    def make(*argv: str) -> MainWindow:
        animations = "--animations" in argv
        argv = tuple(a for a in argv if a != "--animations")
        window = create_window(["--size", "1280x800",
                                *([] if animations else ["--no-animations"]), *argv])
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()  # shortcuts need an active window
        return window

    yield make


@pytest.fixture
def bundle_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped bundle, to break in one place."""
    target = tmp_path / "bundle"
    shutil.copytree(default_content_dir(), target)
    return target
