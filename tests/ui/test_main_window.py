"""What a visitor sees: every screen in every language, mirrored layout, no stale text."""

from __future__ import annotations

import re
from typing import cast

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kiosk.content import default_content_dir, load_bundle
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.home import HomeScreen
from tests.helpers import LANGUAGES, Headed, MakeWindow

EXPECTED_SCREENS = ["home", "mandate", "countries", "country/KZ", "country/KG", "country/TJ",
                    "country/TM", "country/UZ", "priorities", "achievements", "value", "offices"]
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
ALLOWED_LATIN = {"COVID"}  # a name used in Russian
URL = re.compile(r"https?://\S+")


def visible_texts(window: QWidget) -> list[str]:
    """Every text a visitor (or a screen reader) gets from the visible widgets."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        texts += [widget.accessibleName(), widget.toolTip()]
    return [t for t in texts if t]


OWN_NAMES = {word for code in LANGUAGES for word in LATIN_WORD.findall(
    load_bundle(default_content_dir()).texts[code].language.name)}
"""The languages' own names ("Français", "Oʻzbekcha"): the chooser offers each in its own
script, in Arabic too."""


def latin_words(texts: list[str]) -> set[str]:
    return {w for t in texts for w in LATIN_WORD.findall(URL.sub("", t))} - ALLOWED_LATIN \
        - OWN_NAMES


def test_screen_ids_are_every_screen(make_window: MakeWindow) -> None:
    """The public list of screens has home, the six sections and the five countries."""
    assert make_window().screen_ids() == EXPECTED_SCREENS


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_screen_in_every_language(make_window: MakeWindow, code: str) -> None:
    """Each screen opens in each language with its title in that language in the bar."""
    window = make_window("--lang", code)
    texts = window.bundle.texts[code]
    for screen_id in window.screen_ids():
        window.navigate(screen_id)
        assert window.current_screen() == screen_id
        assert window.language() == code
        assert window.stack.currentWidget() is window.screen_widget(screen_id)
        if screen_id.startswith("country/"):
            expected = texts.countries[screen_id.split("/")[1]].name
            assert expected in visible_texts(window)
        if screen_id == "home":
            assert texts.office.name in visible_texts(window)
        else:
            title = window.screen_widget(screen_id).title(texts)
            heading = cast(Headed, window.screen_widget(screen_id)).heading
            assert heading.text() == title  # on the page
            assert window.windowTitle().startswith(title)  # and for the window list


def test_direction_follows_language_back_and_forth(make_window: MakeWindow) -> None:
    """Arabic is right to left, English and Russian left to right, over several switches."""
    window = make_window("--lang", "en")
    for code in ("ar", "en", "ar", "ru", "ar", "en"):
        window.set_language(code)
        rtl = code == "ar"
        expected = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        assert QApplication.layoutDirection() == expected
        assert window.isRightToLeft() is rtl
        assert window.navbar.back.isRightToLeft() is rtl
        home = cast(HomeScreen, window.screen_widget("home"))
        assert home.tiles["mandate"].isRightToLeft() is rtl


def _x_span(widget: QWidget, window: QWidget) -> tuple[int, int]:
    left = widget.mapTo(window, QPoint(0, 0)).x()
    return left, left + widget.width()


@pytest.mark.parametrize("part", ["back", "home", "language", "first_tile"])
def test_layout_is_mirrored_in_arabic(make_window: MakeWindow, part: str) -> None:
    """The same widget sits at the mirrored position in Arabic: back on the right, and so on."""
    window = make_window("--lang", "en")

    def widget() -> QWidget:
        if part == "first_tile":
            return cast(HomeScreen, window.screen_widget("home")).tiles["mandate"]
        return cast(QWidget, getattr(window.navbar, part))

    QApplication.processEvents()
    left_en, right_en = _x_span(widget(), window)
    window.set_language("ar")
    QApplication.processEvents()
    left_ar, right_ar = _x_span(widget(), window)
    # The outer edge mirrors exactly; widths may differ where the text does ("Back", "رجوع").
    if part in ("back", "first_tile"):  # the first at the reading start
        assert right_ar == window.width() - left_en
    if part in ("language", "first_tile"):  # the last at the reading end / same width
        assert left_ar == window.width() - right_en
    if part != "language":  # leading widgets: left half in English, right half in Arabic
        assert left_en < window.width() // 2 < left_ar
    else:  # the trailing one: right half in English, left half in Arabic
        assert right_ar < window.width() // 2 < right_en


def _ink_centre(window: MainWindow) -> float:
    """Where the back icon's ink is, from 0 (left edge) to 1 (right edge)."""
    size = window.navbar.back.iconSize()
    image = window.navbar.back.icon().pixmap(size).toImage()
    xs = [x for x in range(image.width()) for y in range(image.height())
          if image.pixelColor(x, y).alpha() > 128]
    return sum(xs) / len(xs) / image.width()


def test_back_arrow_points_the_reading_way(make_window: MakeWindow) -> None:
    """The back arrow's head (most of its ink) points left in English and right in Arabic."""
    window = make_window("--lang", "en")
    window.navigate("mandate")
    assert _ink_centre(window) < 0.5
    window.set_language("ar")
    assert _ink_centre(window) > 0.5
    window.set_language("ru")
    assert _ink_centre(window) < 0.5


@pytest.mark.parametrize(("before", "after"), [("en", "ar"), ("ru", "ar"), ("ar", "en"),
                                               ("ar", "ru"), ("en", "ru")])
def test_no_stale_text_after_switch(make_window: MakeWindow, before: str, after: str) -> None:
    """After a switch no visible text (titles, accessible names included) is left over."""
    window = make_window("--lang", before)
    for screen_id in window.screen_ids():
        window.set_language(before)
        window.navigate(screen_id)
        old = set(visible_texts(window))
        window.set_language(after)
        new = visible_texts(window)
        # Language names and city names shared by both languages are the same on purpose.
        shared = {window.bundle.texts[c].language.name for c in window.bundle.languages}
        offices = window.bundle.texts[after].offices
        assert offices is not None
        stale = {t for t in new if t in old} - shared - set(offices.items[i].city
                                                              for i in window.bundle.facts.offices)
        assert not stale, f"{screen_id}: {before} text left after switching to {after}: {stale}"
        if after == "ar":
            assert not latin_words(new), f"{screen_id}: Latin text in Arabic"


def test_language_switch_keeps_the_screen_and_the_way_back(make_window: MakeWindow) -> None:
    """Switching language stays on the same screen and back still leads where it led."""
    window = make_window("--lang", "en")
    window.navigate("countries")
    window.navigate("country/TJ")
    window.set_language("ar")
    assert window.current_screen() == "country/TJ"
    window.back()
    assert window.current_screen() == "countries"


def test_tiles_back_and_home(make_window: MakeWindow, qtbot: object) -> None:
    """Tiles open screens; back returns; home goes home and forgets the way back."""
    window = make_window("--lang", "ru")
    qtbot.mouseClick(window.screen_widget("home").tiles["countries"],  # type: ignore[attr-defined]
                     Qt.MouseButton.LeftButton)
    assert window.current_screen() == "countries"
    qtbot.mouseClick(window.screen_widget("countries").tiles["UZ"],  # type: ignore[attr-defined]
                     Qt.MouseButton.LeftButton)
    assert window.current_screen() == "country/UZ"
    qtbot.mouseClick(window.navbar.back, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert window.current_screen() == "countries"
    qtbot.mouseClick(window.navbar.home, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert window.current_screen() == "home"
    assert not window.navbar.back.isEnabled()


def test_keyboard_enter_on_tile_and_backspace(make_window: MakeWindow, qtbot: object) -> None:
    """A focused tile opens with Enter; Backspace goes back."""
    window = make_window("--lang", "en")
    tile = cast(HomeScreen, window.screen_widget("home")).tiles["priorities"]
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert window.current_screen() == "priorities"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Backspace)  # type: ignore[attr-defined]
    assert window.current_screen() == "home"


def test_language_sheet_switches_language(make_window: MakeWindow, qtbot: object) -> None:
    """The bar's language control opens the sheet of every offered language, the current one
    checked; a choice switches the language on the same screen and closes the sheet."""
    window = make_window("--lang", "en")
    window.navigate("offices")
    assert window.navbar.language.text() == window.bundle.texts["en"].language.name
    qtbot.mouseClick(window.navbar.language, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    sheet = window.language_sheet()
    assert sheet is not None and sheet.isVisible()
    assert sheet.languages.codes() == list(window.bundle.languages)
    assert sheet.languages.button("en").isChecked()
    other = next(code for code in window.bundle.languages if code != "en")
    qtbot.mouseClick(sheet.languages.button(other),  # type: ignore[attr-defined]
                     Qt.MouseButton.LeftButton)
    assert window.language() == other
    assert window.current_screen() == "offices"
    assert not sheet.isVisible()
    assert window.navbar.language.text() == window.bundle.texts[other].language.name


def test_language_sheet_closes_without_a_change(make_window: MakeWindow, qtbot: object) -> None:
    """Close, Esc and a tap beside the card close the sheet and keep the language."""
    window = make_window("--lang", "ru")
    for close in ("button", "escape", "beside"):
        window.open_language_sheet()
        sheet = window.language_sheet()
        assert sheet is not None and sheet.isVisible()
        if close == "button":
            qtbot.mouseClick(sheet.close_button,  # type: ignore[attr-defined]
                             Qt.MouseButton.LeftButton)
        elif close == "escape":
            qtbot.keyClick(sheet.focusWidget() or sheet,  # type: ignore[attr-defined]
                           Qt.Key.Key_Escape)
        else:
            qtbot.mouseClick(sheet, Qt.MouseButton.LeftButton,  # type: ignore[attr-defined]
                             pos=sheet.rect().topLeft() + QPoint(4, 4))
        assert not sheet.isVisible(), close
        assert window.language() == "ru"


def test_unknown_screen_is_refused(make_window: MakeWindow) -> None:
    """Navigating to a screen that does not exist says which exist."""
    window = make_window()
    with pytest.raises(ValueError, match="unknown screen 'country/AF'"):
        window.navigate("country/AF")


@pytest.mark.parametrize(("code", "side"), [("en", 1), ("ar", -1)])
def test_screens_slide_in_the_reading_direction(make_window: MakeWindow, qtbot: object,
                                                code: str, side: int) -> None:
    """Forward, the new screen slides in from the reading end (right in English, left in
    Arabic), back from the other side, within 200 ms; it can be turned off."""
    window = make_window("--lang", code, "--animations")
    window.navigate("priorities")
    screen = window.screen_widget("priorities")
    assert screen.x() * side > 0  # starts shifted towards the reading end
    qtbot.waitUntil(lambda: screen.x() == 0, timeout=1000)  # type: ignore[attr-defined]
    window.back()
    home = window.screen_widget("home")
    assert home.x() * side < 0
    qtbot.waitUntil(lambda: home.x() == 0, timeout=1000)  # type: ignore[attr-defined]
    from kiosk.ui.transition import DURATION_MS
    assert DURATION_MS <= 200
    window.slide.enabled = False
    window.navigate("value")
    assert window.screen_widget("value").x() == 0
