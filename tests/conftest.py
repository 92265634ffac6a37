"""Shared fixtures: headless Qt, windows built through the public surface, bundle copies."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

# Before any Qt import: tests never need a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest
from PySide6.QtCore import QStandardPaths
from pytestqt.qtbot import QtBot

from kiosk.content import default_content_dir
from kiosk.ui.main_window import MainWindow
from tests.helpers import LANGUAGES, PIN, ROOT, MakeWindow, Run

__all__ = ["LANGUAGES"]  # tests/helpers.py holds it; kept here for the files that import it

# Settings, logs and locks of the tests live under ~/.qttest, never in the user's own folders.
QStandardPaths.setTestModeEnabled(True)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--full-matrix", action="store_true", default=False,
                     help="run the whole layout matrix (every display x every text size), "
                     "not its representative part")


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
