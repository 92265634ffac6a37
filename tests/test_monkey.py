"""A CI-sized run of the random visitor (tools/monkey.py): no exception, no Qt warning, always a
valid screen in a valid language, memory bounded."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.pin import hash_pin
from kiosk.settings import Settings, save_settings
from tests.helpers import MakeWindow
from tools.monkey import Monkey


@pytest.mark.parametrize(("mode", "seed"), [("--kiosk", 1), ("", 2)])
def test_random_visitor(make_window: MakeWindow, tmp_path: Path, mode: str, seed: int) -> None:
    """2,000 seeded random taps, swipes, keys, wheel turns, language switches, long presses and
    idle resets leave the kiosk working."""
    config = tmp_path / "settings.yaml"
    save_settings(Settings(pin_hash=hash_pin("271828182845")), config)  # not guessed by chance
    args = ["--config", str(config)] + ([mode] if mode else [])
    window = make_window(*args)
    window.setWindowState(Qt.WindowState.WindowNoState)
    report = Monkey(window, seed).run(2000)
    assert report.events == 2000
    assert not report.exceptions
    assert not report.qt_warnings
    assert not report.invalid_states
    assert report.rss_end_mb - report.rss_start_mb < 60, str(report)
    assert len(report.counts) >= 7  # every kind of input was tried
