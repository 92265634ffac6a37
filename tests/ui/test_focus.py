"""Keyboard focus as a keyboard user meets it: a thick ring on every control in both palettes
that never resizes anything, focus back where it was after every overlay, taps on the bar that
leave Page Up/Down to the page, and disabled bar buttons that look disabled."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QScrollArea, QWidget

from kiosk.app import Kiosk
from kiosk.app import kiosk_of as _kiosk_of
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens import HOME
from tests.helpers import PIN, MakeWindow, contrast, in_overlay

AROUND = 6
"""Pixels grabbed around a control: its ring and what lies next to it."""
RING = 3
"""The thinnest ring the kiosk promises, in pixels."""
ON_A_PICTURE = {"mapLabel": QPalette.ColorRole.BrightText}
"""Controls drawn over a many-coloured picture, and the colour that surrounds them when they
have the focus: the map fills the focused country with BrightText (kiosk.ui.widgets.map_style).
No single ring colour stands 3:1 from every colour of the high-contrast map."""


def kiosk_of(window: MainWindow) -> Kiosk:
    return _kiosk_of(window)


def focusable(window: MainWindow, overlays: bool) -> list[QWidget]:
    """The controls a Tab can reach, on the screen shown or on the open overlay."""
    return [w for w in window.findChildren(QWidget)
            if isinstance(w, QAbstractButton | QComboBox) and w.isVisible() and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus and in_overlay(w) == overlays]


def around(window: MainWindow, widget: QWidget) -> QImage:
    """What the visitor sees of the control and its surroundings (the window's own pixels,
    so a transparent control shows the bar's blue behind it)."""
    top_left = widget.mapTo(window, QPoint(0, 0)) - QPoint(AROUND, AROUND)
    rect = QRect(top_left, widget.size() + QSize(2 * AROUND, 2 * AROUND))
    return window.grab(rect).toImage()


def edge(image: QImage, size: QSize, side: str, depth: int) -> str:
    """The colour `depth` pixels inside the control's edge (negative: outside), mid-side."""
    w, h = size.width(), size.height()
    x, y = {"left": (depth, h // 2), "right": (w - 1 - depth, h // 2),
            "top": (w // 2, depth), "bottom": (w // 2, h - 1 - depth)}[side]
    return image.pixelColor(AROUND + x, AROUND + y).name()


def fresh_size_hint(widget: QWidget) -> QSize:
    """The size the style asks for in the widget's present state (buttons cache theirs)."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    return widget.sizeHint()


def ring_problem(window: MainWindow, widget: QWidget) -> str:
    """Why `widget` shows no thick, contrasting focus ring or changes size with focus; ""."""
    area = next((p for p in iter_parents(widget) if isinstance(p, QScrollArea)), None)
    if area is not None:
        area.ensureWidgetVisible(widget, AROUND + 2, AROUND + 2)
    widget.clearFocus()
    QApplication.processEvents()
    plain, plain_size, plain_hint = around(window, widget), widget.size(), \
        fresh_size_hint(widget)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    if not widget.hasFocus():
        return "does not take the focus"
    focused, size, hint = around(window, widget), widget.size(), fresh_size_hint(widget)
    if (size, hint) != (plain_size, plain_hint):
        return f"focus changes its size from {plain_size}/{plain_hint} to {size}/{hint}"
    ring = edge(focused, size, "top", 0)
    for side in ("left", "right", "top", "bottom"):
        drawn = [edge(focused, size, side, d) for d in range(RING)]
        if drawn != [ring] * RING:
            return f"no {RING} px ring of one colour on the {side}: {drawn}"
        if edge(plain, size, side, 1) == ring:
            return f"the {side} edge looks the same with and without focus ({ring})"
    for side in ("top", "bottom"):
        for where, depth in (("inside", RING + 1), ("outside", -2)):
            next_to = edge(focused, size, side, depth)
            if where == "outside" and widget.objectName() in ON_A_PICTURE:
                next_to = widget.palette().color(ON_A_PICTURE[widget.objectName()]).name()
            if contrast(ring, next_to) < 3:
                return (f"ring {ring} is {contrast(ring, next_to):.2f}:1 against {next_to} "
                        f"{where} its {side} edge")
    return ""


def iter_parents(widget: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def name(widget: QWidget) -> str:
    text = widget.accessibleName() or getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__}#{widget.objectName()} {text!r}"


def unlock(window: MainWindow) -> None:
    panel = kiosk_of(window).operator.panel
    for digit in PIN:
        panel.pin_pad.keys[digit].click()
    panel.pin_pad.keys[">"].click()
    assert panel.pages.currentWidget() is panel.settings_page


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_every_control_shows_a_thick_focus_ring(make_window: MakeWindow, config: Path,
                                                high_contrast: bool) -> None:
    """Every control a Tab reaches, on every screen and dialog, shows a ring of 3 px or more at
    3:1 against the control and its surroundings, and is the same size with focus as without."""
    window = make_window("--config", str(config), *(["--high-contrast"] if high_contrast else []))
    kiosk = kiosk_of(window)
    problems: dict[str, str] = {}
    seen: set[int] = set()

    def check(where: str, controls: list[QWidget]) -> None:
        for widget in controls:
            if id(widget) not in seen:
                seen.add(id(widget))
                problem = ring_problem(window, widget)
                if problem:
                    problems[f"{where}: {name(widget)}"] = problem

    for screen_id in window.screen_ids():
        window.navigate(screen_id)
        check(screen_id, focusable(window, overlays=False))
    kiosk.session.warning.begin(30)
    check("idle warning", focusable(window, overlays=True))
    kiosk.session.warning.continue_button.click()
    kiosk.operator.open_panel()
    check("PIN pad", focusable(window, overlays=True))
    unlock(window)
    check("operator panel", focusable(window, overlays=True))
    kiosk.operator.panel.diagnostics_button.click()
    check("diagnostics", focusable(window, overlays=True))
    kinds = {type(w) for w in window.findChildren(QWidget) if id(w) in seen}
    assert {QComboBox} <= kinds and len(seen) > 20  # the panel and the screens were reached
    assert not problems


def test_focus_returns_after_the_idle_warning(make_window: MakeWindow, config: Path,
                                              qtbot: object) -> None:
    """Still there? -> Continue: the focus is back on the control the visitor had reached."""
    window = make_window("--kiosk", "--config", str(config), "--idle-timeout", "2",
                         "--idle-warning", "1")
    kiosk = kiosk_of(window)
    window.navigate(HOME)
    control = focusable(window, overlays=False)[-1]
    control.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(kiosk.session.warning.isVisible, timeout=5000)  # type: ignore[attr-defined]
    assert not control.hasFocus()  # the warning holds it while it shows
    QTest.mouseClick(kiosk.session.warning.continue_button, Qt.MouseButton.LeftButton)
    assert not kiosk.session.warning.isVisible()
    assert QApplication.focusWidget() is control


def test_focus_returns_after_the_operator_panel(make_window: MakeWindow, config: Path) -> None:
    """Ctrl+Alt+O, PIN, Close (and Cancel on the PIN pad): the focus is back where it was."""
    window = make_window("--config", str(config))
    window.navigate("countries")
    for close in ("cancel", "close"):
        control = focusable(window, overlays=False)[-1]
        control.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(window, Qt.Key.Key_O,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        panel = kiosk_of(window).operator.panel
        assert panel.isVisible() and not control.hasFocus()
        if close == "cancel":
            QTest.mouseClick(panel.pin_pad.cancel, Qt.MouseButton.LeftButton)
        else:
            unlock(window)
            QTest.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
        assert not panel.isVisible()
        assert QApplication.focusWidget() is control, close


def test_focus_goes_to_the_screen_when_its_control_is_gone(make_window: MakeWindow,
                                                           config: Path) -> None:
    """Reload content under the panel: the focused tile is gone, so the focus goes to the new
    home screen, and the reload did not take it from the panel while it was open."""
    window = make_window("--config", str(config))
    focusable(window, overlays=False)[-1].setFocus(Qt.FocusReason.TabFocusReason)
    kiosk = kiosk_of(window)
    kiosk.operator.open_panel()
    unlock(window)
    kiosk.operator.panel.reload_button.setFocus(Qt.FocusReason.TabFocusReason)
    kiosk.operator.panel.reload_button.click()
    assert kiosk.operator.panel.reload_button.hasFocus()
    kiosk.operator.panel.close_button.click()
    focus = QApplication.focusWidget()
    assert focus is not None
    home = window.screen_widget(HOME)
    assert focus is home or home.isAncestorOf(focus)


def scrollable_screen(window: MainWindow) -> QScrollArea:
    for screen_id in window.screen_ids():
        window.navigate(screen_id)
        page = window.screen_widget(screen_id).findChild(QScrollArea)
        if page is not None and page.verticalScrollBar().maximum() > 0:
            return page
    raise AssertionError("no screen scrolls at this size")


@pytest.mark.parametrize("button", ["text_size", "contrast"])
def test_page_down_scrolls_after_a_tap_on_the_bar(make_window: MakeWindow, button: str) -> None:
    """A tap on Text size or High contrast leaves the keyboard on the page: Page Down scrolls."""
    window = make_window("--size", "1280x700")
    page = scrollable_screen(window)
    QTest.mouseClick(getattr(window.navbar, button), Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert page.verticalScrollBar().maximum() > 0
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_PageDown)
    assert page.verticalScrollBar().value() > 0


def test_tab_reaches_every_bar_button(make_window: MakeWindow) -> None:
    """Keyboard users still reach each of the bar's buttons with Tab, from the page."""
    window = make_window()
    window.navigate(window.screen_ids()[1])
    # Of an exclusive group (a choice of one), Tab visits the checked button; arrows move on.
    wanted = [b for b in window.navbar.findChildren(QAbstractButton)
              if b.isVisible() and b.isEnabled()
              and (b.group() is None or not b.group().exclusive() or b.isChecked())]
    reached: list[QWidget] = []
    for _ in range(len(focusable(window, overlays=False)) + 2):
        focus = QApplication.focusWidget()
        assert focus is not None
        QTest.keyClick(focus, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())  # type: ignore[arg-type]
    assert wanted and all(button in reached for button in wanted)


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_disabled_back_looks_inactive_and_nothing_moves(make_window: MakeWindow,
                                                        high_contrast: bool) -> None:
    """On home, Back does nothing and shows it: none of its pixels has the bar's full text
    colour; the bar's other controls stay put when another screen enables it."""
    window = make_window(*(["--high-contrast"] if high_contrast else []))
    window.navigate(HOME)
    back = window.navbar.back
    assert not back.isEnabled()
    palette = window.navbar.palette()
    text = QColor(palette.color(palette.ColorRole.HighlightedText))
    image = window.grab(QRect(back.mapTo(window, QPoint(0, 0)), back.size())).toImage()
    full = [(x, y) for y in range(image.height()) for x in range(image.width())
            if image.pixelColor(x, y).rgb() == text.rgb()]
    assert not full

    def places() -> dict[str, QRect]:
        buttons = [b for b in window.navbar.findChildren(QAbstractButton) if b.isVisible()]
        for button in buttons:  # as the bar is laid out after the next change of any kind
            fresh_size_hint(button)
        layout = window.navbar.layout()
        assert layout is not None
        layout.invalidate()
        layout.activate()
        return {b.accessibleName(): QRect(b.mapTo(window, QPoint(0, 0)), b.size())
                for b in buttons}

    at_home = places()
    window.navigate(next(s for s in window.screen_ids() if s != HOME))
    assert back.isEnabled()
    assert places() == at_home
