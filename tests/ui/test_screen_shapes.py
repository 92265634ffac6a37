"""The small inputs that broke the layout on real displays, each kept as a test: a bar cut at
800x480, a bar that grew under the finger, portrait screens left half empty, a column that did
not widen with the text, a screenshot of the wrong size under Qt's scaling."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui import theme
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.screens.mandate import MandateScreen
from kiosk.ui.settle import settle
from tests.helpers import LANGUAGES, ROOT, MakeWindow
from tests.ui.layout_checks import cut_text


def _box(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("code", LANGUAGES)
def test_bar_is_whole_on_a_7_inch_panel(make_window: MakeWindow, code: str) -> None:
    """`--size 800x480` at normal text: Back, Home and the language control show their whole
    text ("Наза" was "Назад" cut), and the language control names the language."""
    window = make_window("--lang", code, "--size", "800x480", "--screen", "mandate")
    settle(QApplication.instance())
    bar = window.navbar
    cut = [f"{b.accessibleName()!r} {why}" for b in bar.buttons()
           if b.isVisible() and (why := cut_text(b))]
    assert not cut
    assert bar.language.text() == window.bundle.texts[code].language.name
    assert bar.back.text() and bar.home.text()  # 800 px hold the words


@pytest.mark.parametrize("code", LANGUAGES)
def test_narrow_bar_drops_words_not_letters(make_window: MakeWindow, code: str) -> None:
    """Narrower still, Back and Home show only their icons, keep their names for screen
    readers, and nothing in the bar is cut or overlaps."""
    window = make_window("--lang", code, "--size", "560x480", "--screen", "mandate")
    settle(QApplication.instance())
    bar = window.navbar
    assert (bar.back.text(), bar.home.text()) == ("", "")
    assert bar.back.accessibleName() and bar.home.accessibleName()
    assert not bar.back.icon().isNull() and not bar.home.icon().isNull()
    shown = [b for b in bar.buttons() if b.isVisible()]
    assert not [why for b in shown if (why := cut_text(b))]
    boxes = [_box(b, window) for b in shown]
    assert not [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:] if a.intersects(b)]
    assert all(box.right() < window.width() for box in boxes)


def test_text_size_never_moves_a_bar_control(make_window: MakeWindow) -> None:
    """Each press of text size leaves every bar control where it was (a second tap on the same
    spot lands on text size again, not on contrast), and the control shows its step."""
    window = make_window("--lang", "ru", "--screen", "mandate")
    bar = window.navbar
    settle(QApplication.instance())
    before = {b.accessibleName() or b.text(): _box(b, window) for b in bar.buttons()
              if b.isVisible() and b is not bar.text_size}
    names, icons = [], []
    for _ in theme.TEXT_SCALES:
        names.append(bar.text_size.accessibleName())
        icons.append(bar.text_size.icon().pixmap(bar.text_size.iconSize()).toImage())
        text_size_box = _box(bar.text_size, window)
        bar.text_size.click()
        settle(QApplication.instance())
        assert _box(bar.text_size, window) == text_size_box
        after = {b.accessibleName() or b.text(): _box(b, window) for b in bar.buttons()
                 if b.isVisible() and b is not bar.text_size}
        assert after == before
    assert len(set(names)) == len(theme.TEXT_SCALES)  # "Text size: normal / large / larger"
    assert all(icons[i] != icons[i - 1] for i in range(1, len(icons)))  # the icon shows it


@pytest.mark.parametrize("code", LANGUAGES)
def test_portrait_uses_its_height(make_window: MakeWindow, code: str) -> None:
    """On a 1080x1920 totem the home tiles take the height below the text instead of leaving
    40-60 % of the screen empty, in fewer, wider columns than on a landscape screen."""
    window = make_window("--lang", code, "--size", "1080x1920")
    settle(QApplication.instance())
    home = cast(HomeScreen, window.screen_widget("home"))
    viewport = home.page.viewport()
    bottom = max(_box(tile, viewport).bottom() for tile in home.tiles.values())
    assert viewport.height() - bottom < 0.1 * viewport.height()
    assert home.grid.columns() < len(home.tiles) // 2 + 1
    landscape = make_window("--lang", code, "--size", "1920x1080")
    settle(QApplication.instance())
    assert home.grid.columns() <= cast(HomeScreen, landscape.screen_widget("home")).grid.columns()


@pytest.mark.parametrize(("display", "scale"), [("1080x1920", "1.5"), ("800x480", "1.5")])
def test_tiles_reflow_with_text_size(make_window: MakeWindow, display: str, scale: str) -> None:
    """Larger text, fewer tile columns: a tile is never narrower than its longest title word
    ("Приоритеты", "Достижения", "Добавленная" lost their last letters in three columns)."""
    window = make_window("--lang", "ru", "--size", display)
    settle(QApplication.instance())
    home = cast(HomeScreen, window.screen_widget("home"))
    normal = home.grid.columns()
    window.set_look(theme.Look(text_scale=float(scale)))
    settle(QApplication.instance())
    assert home.grid.columns() < normal or normal == 1
    cut = [f"{label.text()!r} {why}" for tile in home.tiles.values()
           for label in (tile.title, tile.summary) if (why := cut_text(label))]
    assert not cut


def test_column_widens_with_the_text(make_window: MakeWindow) -> None:
    """At text size 2.0 on 1920x1080 the text column takes the screen's width (it stayed
    1280 px wide between wide empty margins), and at 1.0 it keeps a readable measure."""
    window = make_window("--lang", "en", "--size", "1920x1080", "--screen", "mandate",
                         "--text-scale", "2.0")
    settle(QApplication.instance())
    page = cast(MandateScreen, window.screen_widget("mandate")).page
    heading = cast(MandateScreen, window.screen_widget("mandate")).heading
    assert heading.width() > 0.9 * page.viewport().width()
    window.set_look(theme.Look())
    settle(QApplication.instance())
    assert heading.width() < 0.8 * page.viewport().width()


def test_screenshot_is_the_size_asked_for_under_scaling(tmp_path: Path,
                                                        app_env: dict[str, str]) -> None:
    """`QT_SCALE_FACTOR=1.5 kiosk --screenshot s.png --size 1280x800` writes a 1280x800 picture
    (it wrote 1920x1200): --size is the display's pixels, as on a panel scaled to 150 %."""
    target = tmp_path / "s.png"
    env = {**app_env, "QT_SCALE_FACTOR": "1.5"}
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--screenshot", str(target),
                    "--size", "1280x800", "--lang", "en"], env=env, check=True, timeout=120,
                   capture_output=True)
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)
    assert os.path.getsize(target) > 0


def test_language_sheet_fits_a_small_screen(make_window: MakeWindow) -> None:
    """The sheet of languages opens whole at 800x480 at the largest text, in every language."""
    window = make_window("--size", "800x480", "--text-scale", str(max(theme.TEXT_SCALES)))
    for code in window.bundle.languages:
        window.set_language(code)
        window.open_language_sheet()
        settle(QApplication.instance())
        sheet = window.language_sheet()
        assert sheet is not None and sheet.isVisible()
        shown = [w for w in sheet.findChildren(QWidget) if w.isVisible()]
        assert not [f"{code}: {why}" for w in shown if (why := cut_text(w))]
        for code_shown in sheet.languages.codes():
            box = _box(sheet.languages.button(code_shown), window)
            assert window.rect().contains(box), (code, code_shown, box)
        sheet.hide()
