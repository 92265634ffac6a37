"""Offline, proven: no internet socket, no QtNetwork, no remote resource, whatever is shown."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest

from kiosk.app import kiosk_of
from kiosk.ui.screens.home import HomeScreen
from tests.helpers import LANGUAGES, ROOT, MakeWindow

_attempts: list[tuple[str, tuple[Any, ...]]] = []
_watching = False


def _audit(event: str, args: tuple[Any, ...]) -> None:
    """Python's audit hooks see every socket the process opens or connects, and browsers."""
    if not _watching:
        return
    internet = event == "socket.__new__" and args[1] in (socket.AF_INET, socket.AF_INET6)
    if internet or event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
                             "urllib.Request", "webbrowser.open"):
        _attempts.append((event, args))


sys.addaudithook(_audit)  # cannot be removed; it only records while a test watches


@pytest.fixture
def no_network() -> Iterator[list[tuple[str, tuple[Any, ...]]]]:
    global _watching
    _attempts.clear()
    _watching = True
    try:
        yield _attempts
    finally:
        _watching = False


def test_the_guard_sees_an_internet_socket(no_network: list[tuple[str, tuple[Any, ...]]]) -> None:
    """The guard itself works: opening an internet socket is recorded."""
    socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
    assert no_network


@pytest.mark.log_expected("no operator PIN is set")
def test_every_screen_language_and_overlay_offline(
        make_window: MakeWindow, tmp_path: Path,
        no_network: list[tuple[str, tuple[Any, ...]]]) -> None:
    """Walking every screen in every language, the QR card, the attract screen, the idle
    warning and the operator panel opens no internet socket and resolves no name."""
    window = make_window("--kiosk", "--config", str(tmp_path / "settings.yaml"))
    kiosk = kiosk_of(window).session
    for code in LANGUAGES:
        window.set_language(code)
        for screen_id in window.screen_ids():
            window.navigate(screen_id)
            window.grab()  # painted, not only built
        window.open_take_away()  # the QR card: an address shown, never opened
        window.grab()
        card = window.take_away_card()
        assert card is not None
        card.hide()
    kiosk.idle.idle.emit()
    window.grab()
    kiosk.start_over()
    window.grab()
    assert not no_network
    assert "PySide6.QtNetwork" not in sys.modules


def test_qt_network_is_not_in_the_import_graph() -> None:
    """A fresh interpreter that builds and shows the kiosk has not imported QtNetwork."""
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
        "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "import kiosk.__main__; from kiosk.app import create_window;"
        "w = create_window(['--kiosk', '--config', os.devnull + '.yaml']); w.show();"
        "[w.navigate(s) for s in w.screen_ids()];"
        "print(sorted(m for m in sys.modules if 'Network' in m or m in "
        "('urllib.request', 'http.client', 'webbrowser')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=120, check=True)
    assert result.stdout.strip() == "[]"


def test_markup_in_content_is_shown_as_text(make_window: MakeWindow, bundle_copy: Path,
                                            no_network: list[tuple[str, tuple[Any, ...]]]) -> None:
    """An <img> or a link in content is shown as the characters written, never fetched."""
    markup = ('<img src="http://127.0.0.1:9/x.png"> <a href="https://example.org">more</a> '
              '<img src="file:///etc/hostname">')
    path = bundle_copy / "en.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  welcome: >-")
    end = text.index("\nplaces:")
    path.write_text(text[:start] + f"  welcome: '{markup}'\n" + text[end:], encoding="utf-8")
    window = make_window("--content", str(bundle_copy), "--lang", "en")
    label = cast(HomeScreen, window.screen_widget("home")).welcome
    window.grab()
    assert label.text() == markup
    assert label.textFormat().name == "PlainText"
    assert not no_network
