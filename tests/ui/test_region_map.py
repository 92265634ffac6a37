"""The map of Central Asia: geography never mirrors, every country opens by touch and keyboard."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.__main__ import settle
from kiosk.ui.main_window import MainWindow
from kiosk.ui.widgets.region_map import RegionMap

MakeWindow = Callable[..., MainWindow]
CODES = ["KZ", "KG", "TJ", "TM", "UZ"]


def the_map(window: MainWindow) -> RegionMap:
    window.navigate("countries")
    region = window.screen_widget("countries").map
    assert region is not None
    QTest.qWaitForWindowExposed(window)
    return region


def free_point(region: RegionMap, code: str) -> QPoint:
    """A point of the country that no name button covers."""
    for y in range(0, region.height(), 4):
        for x in range(0, region.width(), 4):
            point = QPoint(x, y)
            if region.country_at(QPointF(point)) == code and region.childAt(point) is None:
                return point
    raise AssertionError(f"{code} has no free point on the map")


def test_map_is_not_mirrored_in_arabic_while_the_screen_is(make_window: MakeWindow) -> None:
    """In Arabic the map moves to the other side of the screen, but its drawing and the names
    on it stay where the geography puts them."""
    window = make_window("--lang", "en")
    region = the_map(window)

    def seen() -> dict[tuple[int, int], int | None]:
        """The colour at points of the map's own coordinates, None where a name covers it."""
        settle(QApplication.instance())  # names resized and placed for the new language
        image = region.grab().toImage()
        covered = [label.geometry().adjusted(-4, -4, 4, 4) for label in region.labels.values()]
        colours: dict[tuple[int, int], int | None] = {}
        for y in range(5, int(region.data.height), 12):
            for x in range(5, int(region.data.width), 12):
                point = region.to_widget(QPointF(x, y)).toPoint()
                hidden = any(rect.contains(point) for rect in covered)
                colours[x, y] = None if hidden else image.pixel(point)
        return colours

    en_colours = seen()
    en_side = region.mapTo(window, region.rect().center()).x()
    en_names = {c: region.country_at(QPointF(label.geometry().center()))
                for c, label in region.labels.items()}
    window.set_language("ar")
    assert window.isRightToLeft() and region.isRightToLeft()
    ar_colours = seen()
    ar_side = region.mapTo(window, region.rect().center()).x()
    assert en_side < window.width() // 2 < ar_side  # the layout around the map mirrors
    for code, label in region.labels.items():  # each name is still on its own country
        assert region.country_at(QPointF(label.geometry().center())) == en_names[code] == code
    both = [key for key in en_colours if en_colours[key] is not None and
            ar_colours[key] is not None]
    assert len(both) > 1500
    different = [key for key in both if en_colours[key] != ar_colours[key]]
    assert not different  # the same drawing, point for point


@pytest.mark.parametrize("code", CODES)
def test_tapping_a_country_opens_its_screen(make_window: MakeWindow, code: str) -> None:
    """A tap on a country's land, or on its name, opens that country's screen."""
    window = make_window("--lang", "ar")
    region = the_map(window)
    QTest.mouseClick(region, Qt.MouseButton.LeftButton, pos=free_point(region, code))
    assert window.current_screen() == f"country/{code}"
    window.back()
    QTest.mouseClick(region.labels[code], Qt.MouseButton.LeftButton)
    assert window.current_screen() == f"country/{code}"


def test_sea_and_neighbours_open_nothing(make_window: MakeWindow) -> None:
    """A tap outside the five countries stays on the countries screen."""
    window = make_window("--lang", "en")
    region = the_map(window)
    QTest.mouseClick(region, Qt.MouseButton.LeftButton, pos=QPoint(3, region.height() - 3))
    assert window.current_screen() == "countries"


def test_map_works_from_the_keyboard(make_window: MakeWindow) -> None:
    """Each country's name takes the focus with Tab and opens with Enter; names are readable."""
    window = make_window("--lang", "ru")
    region = the_map(window)
    label = region.labels["TM"]
    assert label.text() == "Туркменистан"
    assert label.accessibleName() == "Туркменистан на карте"
    assert label.focusPolicy() & Qt.FocusPolicy.TabFocus
    label.setFocus()
    QTest.keyClick(label, Qt.Key.Key_Return)
    assert window.current_screen() == "country/TM"
