"""Shared fixtures: headless Qt, windows built through the public surface, bundle copies."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

# Before any Qt import: tests never need a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest
from PySide6.QtCore import QStandardPaths

from kiosk.content import default_content_dir, load_bundle

LANGUAGES = load_bundle(default_content_dir()).languages
"""The shipped bundle's languages: tests take them from the content, never from a list."""

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
def make_window(qtbot: object) -> Iterator[Callable[..., object]]:
    """Build a window with `create_window(argv)`, shown at kiosk size, closed at teardown.
    Screens appear at once (--no-animations) unless a test passes "--animations"."""
    from kiosk.app import create_window

    def make(*argv: str) -> object:
        animations = "--animations" in argv
        argv = tuple(a for a in argv if a != "--animations")
        window = create_window(["--size", "1280x800",
                                *([] if animations else ["--no-animations"]), *argv])
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        with qtbot.waitActive(window):  # type: ignore[attr-defined]
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
