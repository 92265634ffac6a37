"""Take this page with you: the QR card decodes, with a real decoder, to the office's page in
the visitor's language (or the language the bundle names for it), and it closes when the
next visitor comes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from kiosk.app import kiosk_of
from kiosk.ui.settle import settle
from kiosk.ui.widgets.take_away import TakeAwayCard, qr_image
from tests.helpers import LANGUAGES, MakeWindow

ZBARIMG = shutil.which("zbarimg")
needs_zbar = pytest.mark.skipif(ZBARIMG is None, reason="zbarimg (Debian's zbar-tools) is "
                                "not installed; .ci/run installs it")


def decoded(path: Path) -> str:
    """What a real QR decoder (zbarimg, ZBar) reads in the picture."""
    assert ZBARIMG is not None
    result = subprocess.run([ZBARIMG, "--raw", "-q", str(path)], capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, f"no code found in {path}: {result.stderr}"
    return result.stdout.strip()


@needs_zbar
@pytest.mark.parametrize("code", LANGUAGES)
def test_the_card_decodes_to_the_page_in_the_visitors_language(
        make_window: MakeWindow, tmp_path: Path, code: str) -> None:
    """The window's picture with the card open holds a code that decodes to the office's
    page in the visitor's language, or in the bundle's fallback for it; the same address is
    printed beside the code, and the card says when the page is in another language."""
    window = make_window("--lang", code, "--screen", "mandate")
    window.navbar.take_away.click()
    settle(QApplication.instance())
    card = window.take_away_card()
    assert isinstance(card, TakeAwayCard) and card.isVisible()
    picture = tmp_path / f"card-{code}.png"
    assert window.grab().save(str(picture))
    office = window.bundle.facts.office  # bundle.yaml's own words, not the function tested
    page = code if code in office.online_languages else office.online_fallback
    expected = window.bundle.facts.office.online_url.replace("{lang}", page)
    assert decoded(picture) == expected
    assert card.address.text().strip("\u2066\u2069") == expected
    assert card.language_note.isVisible() == (page != code)
    if page != code:
        assert window.bundle.texts[page].language.name in card.language_note.text()


def test_the_address_reads_left_to_right_in_arabic(make_window: MakeWindow) -> None:
    """The printed address is isolated left to right (LRI ... PDI) inside the right-to-left
    card, so "https://" comes first, at the left."""
    window = make_window("--lang", "ar", "--screen", "mandate")
    window.open_take_away()
    card = window.take_away_card()
    assert card is not None and card.isRightToLeft()
    text = card.address.text()
    assert text.startswith("\u2066https://") and text.endswith("\u2069")


def test_the_card_closes_for_the_next_visitor(make_window: MakeWindow, qtbot: object) -> None:
    """The idle reset (the visitor session's start over) closes the card."""
    window = make_window("--screen", "mandate")
    window.open_take_away()
    card = window.take_away_card()
    assert card is not None and card.isVisible()
    kiosk_of(window).session.start_over()
    assert not card.isVisible()


def test_esc_and_close_close_the_card(make_window: MakeWindow, qtbot: object) -> None:
    window = make_window("--screen", "countries")
    window.open_take_away()
    card = window.take_away_card()
    assert card is not None
    qtbot.keyClick(card, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert not card.isVisible()
    window.open_take_away()
    assert card.isVisible()
    card.close_button.click()
    assert not card.isVisible()


def test_the_card_speaks_the_visitors_language(make_window: MakeWindow) -> None:
    """Its title is the catalogue's translation, in every language of the bundle."""
    window = make_window()
    for code in window.bundle.languages:
        window.set_language(code)
        window.open_take_away()
        card = window.take_away_card()
        assert card is not None
        assert card.title.text() == QCoreApplication.translate("TakeAway",
                                                               "Take this page with you")
        card.hide()


@needs_zbar
def test_show_qr_renders_the_card(tmp_path: Path) -> None:
    """`kiosk --screen ID --show-qr --screenshot FILE` pictures the screen with the card."""
    import sys

    picture = tmp_path / "qr.png"
    result = subprocess.run([sys.executable, "-m", "kiosk", "--lang", "ru", "--screen",
                             "country/KG", "--show-qr", "--size", "800x480", "--screenshot",
                             str(picture)], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert decoded(picture).startswith("https://www.ohchr.org/ru/")


@needs_zbar
def test_the_code_alone_decodes(tmp_path: Path) -> None:
    """qr_image at the smallest scale the card uses (3 px a module) decodes on its own."""
    url = "https://www.ohchr.org/zh/countries/asia-pacific-region/ohchr-central-asia-regional-office"
    path = tmp_path / "code.png"
    assert qr_image(url, 3).save(str(path))
    assert decoded(path) == url
