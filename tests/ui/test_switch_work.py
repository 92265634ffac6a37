"""What a language switch remembers and what it redoes: a label's measured heights, the map's
placement of names and its drawn land, the fonts of screens not showing, the input filter.

Each memory makes a switch cheaper (tools/bench: lang_switch_ms); each test here checks that
what a visitor sees is what it would be without it: a remembered height or placement is used
only for the very text, font and size it was made for, and nothing waits for a visitor's input.
"""

from __future__ import annotations

import sys
from types import FrameType
from typing import cast

import pytest
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from kiosk import fonts
from kiosk.content import default_content_dir, load_bundle
from kiosk.ui import theme
from kiosk.ui.input_filter import input_filter
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.countries import CountriesScreen
from kiosk.ui.settle import settle
from kiosk.ui.theme import Look
from kiosk.ui.widgets import map_labels, text
from kiosk.ui.widgets.map_style import map_colours
from kiosk.ui.widgets.region_map import RegionMap
from kiosk.ui.widgets.text import text_label
from tests.helpers import MakeWindow

BUNDLE = load_bundle(default_content_dir())
HAN = [code for code in BUNDLE.languages if fonts.files(code)]
"""The bundle's languages whose fonts change the app font's family list (Chinese)."""
OTHERS = [code for code in BUNDLE.languages if not fonts.files(code)]


def twin_of(label: text.TextLabel) -> text.TextLabel:
    """A label that never measured nor drew, with the same text, font and shape."""
    twin = text_label()
    twin.ensurePolished()  # as the label is by then: an app style sheet sets no font after
    twin.setFont(label.font())
    twin.setText(label.text())
    twin.setWordWrap(label.wordWrap())
    twin.setAlignment(label.alignment())
    twin.setLayoutDirection(label.layoutDirection())
    return twin


def as_fresh(label: text.TextLabel, width: int) -> bool:
    """Whether the label measures at `width` and draws at that size as its twin does."""
    twin = twin_of(label)
    height = label.heightForWidth(width)
    if height != twin.heightForWidth(width):
        return False
    label.resize(width, height)
    twin.resize(width, height)
    return label.grab().toImage() == twin.grab().toImage()


def test_a_label_measures_and_draws_anew_whatever_changed(qapp: QApplication) -> None:
    """Text, width, font, wrapping and direction each give the height and the drawing a
    fresh label has, however often the label measured and drew before."""
    label = text_label()
    label.ensurePolished()  # as in a window: the app's style sheet has given it its font
    mandate = BUNDLE.texts[OTHERS[0]].mandate
    assert mandate is not None
    label.setText(mandate.founding)
    first = label.heightForWidth(300)
    assert as_fresh(label, 300)
    label.setText(label.text() * 2)
    assert as_fresh(label, 300) and label.heightForWidth(300) > first
    assert as_fresh(label, 150)
    bigger = QFont(label.font())
    bigger.setPixelSize(label.fontMetrics().height() * 2)
    label.setFont(bigger)
    assert as_fresh(label, 300)
    label.setWordWrap(False)
    assert as_fresh(label, 300)
    label.setWordWrap(True)
    label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert as_fresh(label, 300)
    label.setText(mandate.founding)  # back to a text measured before, in another direction
    assert as_fresh(label, 300)


def test_a_language_shown_before_lays_out_no_label_again(make_window: MakeWindow,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    """Back in a language already shown at this size, the labels measure nothing anew: only
    the labels painted lay their text out (to draw it)."""
    first, second = OTHERS[:2]
    window = make_window("--lang", first)
    window.navigate("mandate")
    for code in (second, first):
        window.set_language(code)
        settle()
    measured: list[str] = []
    painted: list[str] = []
    real_layout = text.TextLabel.text_layout

    def counted(self: text.TextLabel, width: float | None = None) -> object:
        frame: FrameType | None = sys._getframe(1)
        callers: list[str] = []
        while frame is not None and len(callers) < 8:
            callers.append(frame.f_code.co_name)
            frame = frame.f_back
        (painted if "paintEvent" in callers else measured).append(self.text()[:40])
        return real_layout(self, width)

    monkeypatch.setattr(text.TextLabel, "text_layout", counted)
    window.set_language(second)
    settle()
    assert painted, "the switch painted nothing"
    assert not measured, f"measured again: {measured}"


def the_map(window: MainWindow) -> RegionMap:
    screen = cast(CountriesScreen, window.screen_widget("countries"))
    assert screen.map is not None
    return screen.map


def boxes(region: RegionMap) -> dict[str, QRectF]:
    return {**{code: QRectF(label.geometry()) for code, label in region.labels.items()},
            **{place: QRectF(box) for place, box in region.city_boxes.items()}}


def test_the_map_places_a_language_again_as_it_did_the_first_time(
        make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Names placed once per language and size: back in a language, every name is where it
    was, without a new search; a new size or text size searches again."""
    first, second = OTHERS[:2]
    window = make_window("--lang", first)
    window.navigate("countries")
    settle()
    region = the_map(window)
    placed = boxes(region)
    for code in (second, first, second):  # the page re-flows through a size or two the
        window.set_language(code)           # first time: those are placed once too
        settle()
        assert boxes(region) == placed or code != first
    searches: list[int] = []
    real = map_labels.place_best

    def counted(*args: object, **kwargs: object) -> map_labels.Placement:
        searches.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("kiosk.ui.widgets.region_map.place_best", counted)
    window.set_language(first)
    settle()
    assert boxes(region) == placed
    assert not searches
    window.set_look(Look(text_scale=theme.TEXT_SCALES[-1]))
    settle()
    assert searches, "a new text size kept the old placement"


def test_the_land_is_drawn_again_for_a_new_look_and_focus(make_window: MakeWindow) -> None:
    """The map's land, drawn once and copied, takes the high-contrast colours and the focused
    country's fill as soon as they change."""
    window = make_window("--lang", OTHERS[0], "--size", "1920x1080")
    window.navigate("countries")
    settle()
    region = the_map(window)

    def colour_of(code: str) -> QColor:
        point = region.to_widget(region.data.labels[code]).toPoint()
        for dy in range(0, region.height(), 3):  # below the name's button, still on the land
            below = point + type(point)(0, dy)
            if region.country_at(QPointF(below)) == code and region.childAt(below) is None:
                return QColor(region.grab().toImage().pixel(below))
        raise AssertionError(f"no free point of {code}")

    assert colour_of("KZ") == map_colours(region.palette()).country
    window.set_look(Look(high_contrast=True))
    settle()
    assert colour_of("KZ") == map_colours(region.palette()).country
    region.labels["KZ"].setFocus()
    settle()
    assert colour_of("KZ") == map_colours(region.palette()).focused


@pytest.mark.skipif(not HAN, reason="the bundle has no language written in Han")
def test_a_screen_hidden_during_a_font_change_shows_in_the_new_fonts(
        make_window: MakeWindow) -> None:
    """Switched to a Han language while a screen is hidden, the screen's every widget has the
    Han family list first once it shows (the re-polish waits for it), and back again."""
    window = make_window("--lang", OTHERS[0])
    window.navigate("mandate")
    window.navigate("priorities")
    for code in (HAN[0], OTHERS[0]):
        window.set_language(code)  # mandate is hidden now
        window.navigate("mandate")
        settle()
        screen = window.screen_widget("mandate")
        wrong = [w.objectName() or type(w).__name__ for w in screen.findChildren(QWidget)
                 if w.isVisible() and w.font().families()[:1] != fonts.families(code)[:1]]
        assert not wrong, f"{code}: {wrong}"
        window.navigate("priorities")


def test_input_reaches_the_watchers_after_a_switch_and_not_while_paused(
        make_window: MakeWindow) -> None:
    """The application's input filter is out of the way only inside a switch: a key pressed
    after it reaches the watchers (idle time, lock-down, usage counts)."""
    window = make_window("--lang", OTHERS[0])
    seen: list[int] = []
    owner = QObject()

    def watcher(_watched: QObject, event: QEvent) -> bool:
        seen.append(cast(QKeyEvent, event).key())
        return False

    input_filter().watch(owner, [QEvent.Type.KeyPress], watcher)

    def press(key: Qt.Key) -> None:
        QApplication.sendEvent(window, QKeyEvent(QEvent.Type.KeyPress, key,
                                                 Qt.KeyboardModifier.NoModifier))

    with input_filter().paused():
        with input_filter().paused():
            press(Qt.Key.Key_A)
        press(Qt.Key.Key_B)
    press(Qt.Key.Key_C)
    window.set_language(OTHERS[1])
    press(Qt.Key.Key_D)
    assert seen == [Qt.Key.Key_C, Qt.Key.Key_D]
    owner.deleteLater()


def ink(icon_owner: QWidget) -> set[str]:
    """The colours of the opaque pixels of a bar button's icon."""
    button = cast(QPushButton, icon_owner)
    image = button.icon().pixmap(button.iconSize()).toImage()
    return {QColor(image.pixelColor(x, y)).name() for y in range(image.height())
            for x in range(image.width()) if image.pixelColor(x, y).alpha() == 255}


def test_the_bars_icons_follow_the_look_across_switches(make_window: MakeWindow) -> None:
    """Drawn once per look (not per switch), the bar's icons (the search control's too) still
    take each look's colour: high contrast on and off, with language switches between."""
    window = make_window("--lang", OTHERS[0], "--screen", "mandate")
    bar = window.navbar
    for high_contrast, code in ((True, OTHERS[1]), (False, OTHERS[0]), (True, OTHERS[0])):
        window.set_look(Look(high_contrast=high_contrast))
        window.set_language(code)
        settle()
        colour = bar.palette().color(bar.palette().ColorRole.HighlightedText).name()
        assert ink(bar.home) == {colour}, (high_contrast, code)
        assert ink(window.search.control) == {colour}, (high_contrast, code)
