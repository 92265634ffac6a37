"""The operator's usage page: the chart of the last 14 days (mirrored in right-to-left, theme
colours in both palettes), sessions per language in their own names and the interface
language's digits, and the export to a USB stick."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.app import kiosk_of
from kiosk.ui import theme
from kiosk.ui.main_window import MainWindow
from kiosk.ui.operator.usage_page import UsagePage
from tests.helpers import PIN, MakeWindow
from tests.usage.test_recorder import _three_visitors


def _opened(window: MainWindow, usb: list[Path]) -> UsagePage:
    """The operator panel unlocked with the PIN and its usage page shown; USB sticks `usb`."""
    kiosk = kiosk_of(window)
    kiosk.operator.open_panel()
    panel = kiosk.operator.panel
    for digit in PIN:
        panel.pin_pad.keys[digit].click()
    panel.pin_pad.keys[">"].click()
    page = panel.findChild(UsagePage)
    assert page is not None
    page._removable = lambda: usb
    button = next(b for b, _name, p in panel._extra if p is page)
    assert button.isVisible() and button.text()
    button.click()
    assert page.isVisible()
    return page


def _totals_shown(page: UsagePage) -> dict[str, str]:
    """Language name -> the count beside it, as the page shows them."""
    grid = page.totals
    shown = {}
    for row in range(grid.rowCount()):
        name, count = (grid.itemAtPosition(row, column) for column in (0, 1))
        if name is not None and count is not None:
            name_label, count_label = name.widget(), count.widget()
            assert isinstance(name_label, QLabel) and isinstance(count_label, QLabel)
            shown[name_label.text()] = count_label.text()
    return shown


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_the_chart_and_totals_show_the_sessions_in_the_interface_language(
        make_window: MakeWindow, config: Path, usage_file: Path, qtbot: QtBot,
        direction: str) -> None:
    """Today's bar (three visitors) ends the chart on the reading side's far end -- the right
    in a left-to-right language, the left in a right-to-left one -- drawn in the palette's
    highlight, and each language read is listed by its own name with its count in the
    interface language's digits."""
    window = make_window("--kiosk", "--config", str(config))
    _default, first, second, _screens = _three_visitors(window)
    code = next(c for c in window.bundle.languages
                if (QLocale(c).textDirection().name == "RightToLeft") == (direction == "rtl"))
    window.set_language(code)
    page = _opened(window, [])
    chart = page.chart
    days = chart.days()
    assert len(days) == 14 and days[-1] == (dt.date.today(), 3)
    assert all(n == 0 for _day, n in days[:-1])
    today, yesterday = chart.bar_rect(13), chart.bar_rect(12)
    assert today.height() > 0 and yesterday.height() == 0
    assert chart.isRightToLeft() == (direction == "rtl")
    if direction == "rtl":
        assert today.center().x() < chart.width() / 2
    else:
        assert today.center().x() > chart.width() / 2
    picture = chart.grab().toImage()
    ratio = picture.devicePixelRatio()
    centre = today.center()
    pixel = picture.pixelColor(round(centre.x() * ratio), round(centre.y() * ratio))
    assert pixel == chart.palette().color(QPalette.ColorRole.Highlight)
    locale = QLocale(code)
    names = {c: window.bundle.texts[c].language.name for c in window.bundle.languages}
    default = window.bundle.facts.bundle.default_language
    assert _totals_shown(page) == {names[c]: locale.toString(1)
                                   for c in (default, first, second)}


def test_the_chart_follows_high_contrast(make_window: MakeWindow, config: Path,
                                         usage_file: Path) -> None:
    """In high contrast the bars take the high-contrast highlight (yellow on black)."""
    window = make_window("--kiosk", "--config", str(config), "--high-contrast")
    _three_visitors(window)
    page = _opened(window, [])
    chart = page.chart
    centre = chart.bar_rect(13).center()
    picture = chart.grab().toImage()
    ratio = picture.devicePixelRatio()
    pixel = picture.pixelColor(round(centre.x() * ratio), round(centre.y() * ratio))
    assert pixel.name() == theme.HIGH_CONTRAST[QPalette.ColorRole.Highlight]


def test_export_goes_to_the_usb_stick_and_says_where(make_window: MakeWindow, config: Path,
                                                     usage_file: Path, tmp_path: Path) -> None:
    """Export writes the CSV to the stick's root and names the file; without a stick or an
    outbox it says so and writes nothing."""
    window = make_window("--kiosk", "--config", str(config), "--lang", "en")
    _three_visitors(window)
    usb = tmp_path / "usb"
    usb.mkdir()
    page = _opened(window, [usb])
    page.export_button.click()
    written = list(usb.glob("usage-*.csv"))
    assert len(written) == 1 and written[0].name == f"usage-{dt.date.today().isoformat()}.csv"
    assert str(written[0]) in page.status.text()
    with written[0].open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    assert sum(int(row[4]) for row in rows[1:] if row[2] == "session") == 3
    page._removable = list
    written[0].unlink()
    page.export_button.click()
    assert page.status.text() == "No USB stick or outbox found."
    assert not list(usb.iterdir())
