"""The map of Central Asia: geography never mirrors, every country opens by touch and keyboard."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

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
    en_labels = {c: label.geometry().center() for c, label in region.labels.items()}
    en_image = region.grab().toImage()
    en_side = region.mapTo(window, region.rect().center()).x()
    window.set_language("ar")
    assert window.isRightToLeft() and region.isRightToLeft()
    ar_labels = {c: label.geometry().center() for c, label in region.labels.items()}
    ar_image = region.grab().toImage()
    ar_side = region.mapTo(window, region.rect().center()).x()
    assert en_side < window.width() // 2 < ar_side  # the layout around the map mirrors
    for code in CODES:  # names stay on their country (centres move only if the text's width does)
        assert abs(ar_labels[code].y() - en_labels[code].y()) <= 12
        assert region.country_at(QPointF(ar_labels[code])) == \
            region.country_at(QPointF(en_labels[code]))
    covered = [label.geometry().adjusted(-4, -4, 4, 4) for label in region.labels.values()]
    same = checked = 0
    for y in range(0, region.height(), 9):
        for x in range(0, region.width(), 9):
            if any(rect.contains(x, y) for rect in covered):
                continue
            checked += 1
            same += en_image.pixel(x, y) == ar_image.pixel(x, y)
    assert checked > 1000 and same == checked  # the drawing is identical, not flipped


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
