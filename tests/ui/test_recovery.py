"""An error behind the visitor's back is logged and the visitor lands on a working screen."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import Qt

from kiosk.app import kiosk_of
from kiosk.ui.recovery import Recovery
from kiosk.ui.screens.countries import CountryScreen
from kiosk.ui.settle import settle
from tests.helpers import MakeWindow


@pytest.mark.qt_no_exception_capture
@pytest.mark.log_expected("unexpected error; the visitor is taken back to the home screen")
def test_error_in_a_slot_takes_the_visitor_home(make_window: MakeWindow, qtbot: object,
                                                monkeypatch: pytest.MonkeyPatch,
                                                caplog: pytest.LogCaptureFixture) -> None:
    """A screen that fails while opening: traceback in the log, the visitor is taken home."""
    window = make_window("--lang", "en")
    recovery = Recovery(kiosk_of(window).recover)  # as kiosk.__main__ installs it
    monkeypatch.setattr(sys, "excepthook", recovery.handle)

    def broken(self: CountryScreen, texts: object) -> None:
        raise RuntimeError("country screen broke")

    monkeypatch.setattr(CountryScreen, "retranslate", broken)
    window.navigate("countries")
    settle()  # laid out, as a visitor sees it before tapping: QTest clicks at a window
    # position, and a tile that the page's layout then moved (from 233x46 at its first place
    # to 408x103 elsewhere) let the click land beside it now and then (CI, two workers)
    with caplog.at_level(logging.ERROR):
        qtbot.mouseClick(window.screen_widget("countries").tiles["TJ"],  # type: ignore[attr-defined]
                         Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.current_screen() == "home")  # type: ignore[attr-defined]
    assert recovery.errors == 1
    assert "unexpected error; the visitor is taken back to the home screen" in caplog.text
    assert "RuntimeError: country screen broke" in caplog.text
    assert window.isVisible()
