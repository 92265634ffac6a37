"""Every visitor can read and reach everything: no clipped text at any text size, targets of
44x44 px with translated names, contrast to WCAG, text size and contrast on every screen."""

from __future__ import annotations

import re
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QWidget

from kiosk.app import kiosk_of
from kiosk.ui import theme
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.lists import OfficesScreen
from kiosk.ui.settle import settle
from tests.helpers import LANGUAGES, MakeWindow, contrast, shown

LARGEST = str(max(theme.TEXT_SCALES))
INTERACTIVE = (QAbstractButton, QComboBox)


@pytest.mark.parametrize(("colours", "minimum"), [(theme.NORMAL, 4.5),
                                                  (theme.HIGH_CONTRAST, 7.0)])
def test_text_contrast(colours: dict[object, str], minimum: float) -> None:
    """Every text/background pair the style uses: 4.5:1 normally, 7:1 in high contrast."""
    weak = {(fg.name, bg.name, round(contrast(colours[fg], colours[bg]), 2))
            for fg, bg in theme.TEXT_PAIRS if contrast(colours[fg], colours[bg]) < minimum}
    assert not weak


def clipped(widget: QWidget) -> str:
    """Why the widget's text does not fit, or an empty string."""
    if isinstance(widget, QLabel) and widget.text():
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            return f"needs {needed} px of height, has {widget.height()}" \
                if widget.height() + 1 < needed else ""
        hint = widget.sizeHint()
        return f"needs {hint.width()} px of width, has {widget.width()}" \
            if widget.width() + 1 < hint.width() else ""
    if isinstance(widget, QAbstractButton) and widget.text() and not widget.layout():
        hint = widget.sizeHint()
        return f"needs {hint.width()}x{hint.height()}, has {widget.width()}x{widget.height()}" \
            if widget.width() + 1 < hint.width() or widget.height() + 1 < hint.height() else ""
    return ""


@pytest.mark.parametrize("scale", ["1.0", LARGEST])
@pytest.mark.parametrize("code", LANGUAGES)
def test_every_screen_fits_and_is_reachable(make_window: MakeWindow, code: str,
                                            scale: str) -> None:
    """At 1280x800, in every language, normal and largest text: no clipped label or button,
    every control at least 44x44 with a name in the visitor's language."""
    window = make_window("--lang", code, "--text-scale", scale)
    # Each language is offered by its own name (the chooser): "Français" in Arabic too.
    own_names = {texts.language.name for texts in window.bundle.texts.values()}
    problems = []
    for screen_id in window.screen_ids():
        window.navigate(screen_id)
        settle(QApplication.instance())
        for widget in shown(window):
            why = clipped(widget)
            if why:
                problems.append(f"{screen_id}: {type(widget).__name__} "
                                f"{getattr(widget, 'text', lambda: '')()!r} {why}")
            if isinstance(widget, INTERACTIVE):
                if widget.width() < 44 or widget.height() < 44:
                    problems.append(f"{screen_id}: {widget.accessibleName()!r} is "
                                    f"{widget.width()}x{widget.height()}")
                name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
                if not name:
                    problems.append(f"{screen_id}: a {type(widget).__name__} has no name")
                elif code == "ar" and re.search(r"[A-Za-z]{2,}", name) and name not in own_names:
                    problems.append(f"{screen_id}: {name!r} is not in Arabic")
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("size", ["1920x1080", "1080x1920", "1366x768"])
@pytest.mark.parametrize("code", LANGUAGES)
def test_every_screen_fits_other_screen_sizes(make_window: MakeWindow, code: str,
                                              size: str) -> None:
    """Landscape kiosk, portrait kiosk and a laptop: no clipped label or button anywhere."""
    window = make_window("--lang", code, "--size", size)
    problems = []
    for screen_id in window.screen_ids():
        window.navigate(screen_id)
        settle(QApplication.instance())
        problems += [f"{screen_id}: {type(w).__name__} {why}" for w in shown(window)
                     if (why := clipped(w))]
    assert not problems, "\n".join(problems[:20])


@pytest.mark.log_expected("no operator PIN is set")
def test_text_size_and_contrast_on_every_screen(make_window: MakeWindow) -> None:
    """The two controls are on every screen; the text size cycles through three steps and
    the next visitor starts at normal size and contrast."""
    window = make_window("--lang", "en", "--kiosk", "--config", "/nonexistent/settings.yaml")
    window.navigate("home")
    for screen_id in window.screen_ids():
        window.navigate(screen_id)
        assert window.navbar.text_size.isVisible() and window.navbar.contrast.isVisible()
    heading = cast(OfficesScreen, window.screen_widget("offices")).heading
    sizes = []
    for _ in theme.TEXT_SCALES:
        sizes.append(heading.fontInfo().pixelSize())
        window.navbar.text_size.click()
    assert sizes == sorted(sizes) and len(set(sizes)) == len(theme.TEXT_SCALES)
    assert heading.fontInfo().pixelSize() == sizes[0]  # the cycle starts again
    window.navbar.text_size.click()
    window.navbar.contrast.click()
    assert window.look.high_contrast
    assert QApplication.palette().color(QApplication.palette().ColorRole.Window).name() == \
        theme.HIGH_CONTRAST[theme.Role.Window]
    kiosk_of(window).session.start_over()
    assert window.look == theme.Look()
    assert QApplication.palette().color(QApplication.palette().ColorRole.Window).name() == \
        theme.NORMAL[theme.Role.Window]


def test_every_scrolling_area_scrolls_by_touch(make_window: MakeWindow) -> None:
    """Kinetic touch scrolling is set up on every page that scrolls."""
    from PySide6.QtWidgets import QScrollArea, QScroller

    window = make_window("--lang", "ru")
    for screen_id in window.screen_ids():
        window.navigate(screen_id)
    settle(QApplication.instance())
    areas = [a for a in window.findChildren(QScrollArea) if a.objectName() != "qt_scrollarea"]
    assert len(areas) >= len(window.screen_ids())
    assert all(QScroller.hasScroller(area.viewport()) for area in areas)


@pytest.mark.parametrize("size", ["1920x1080", "1080x1920", "1280x800"])
@pytest.mark.log_expected("no operator PIN is set")
def test_attract_screen_fits_every_slide(make_window: MakeWindow, tmp_path: object,
                                         size: str) -> None:
    """Every highlight of the attract screen, in every language, is shown whole."""
    window = make_window("--kiosk", "--config", "/nonexistent/settings.yaml", "--size", size)
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)
    window.resize(*(int(n) for n in size.split("x")))
    attract = cast(AttractScreen, window.screen_widget("attract"))
    problems = []
    for index in range(len(attract._slides)):
        attract._index = index
        attract._show_slide()
        settle(QApplication.instance())
        problems += [f"slide {index}: {w.text()[:30]!r} {why}"
                     for w in attract.findChildren(QLabel) if w.isVisible() and (why := clipped(w))]
    assert not problems, "\n".join(problems[:10])


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.log_expected("no operator PIN is set")
def test_idle_warning_fits_at_the_largest_text(make_window: MakeWindow, code: str) -> None:
    """The "Still there?" warning shows its whole text at the largest text size."""
    window = make_window("--kiosk", "--config", "/nonexistent/settings.yaml", "--lang", code,
                         "--text-scale", LARGEST)
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)
    window.resize(1280, 800)
    kiosk_of(window).session.warning.begin(15)
    settle(QApplication.instance())
    problems = [f"{getattr(w, 'text', lambda: '')()!r} {why}"
                for w in kiosk_of(window).session.warning.findChildren(QWidget)
                if w.isVisible() and (why := clipped(w))]
    assert not problems
