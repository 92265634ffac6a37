"""The operator's PIN pad and panel on small and wide displays: whole keys, nothing overlapping,
everything inside the window or reachable by scrolling, in every language and text size."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QComboBox, QScrollArea, QWidget

from kiosk.app import kiosk_of
from kiosk.ui.operator.access import OperatorAccess
from kiosk.ui.settle import settle
from tests.helpers import PIN, MakeWindow

SIZES = ("800x480", "1024x600", "1280x720", "1080x1920")
"""A 7-inch panel, a 10-inch one, the laptop size where Arabic keys overlapped, and a portrait
totem (the pad in a column)."""
TEXT_SCALES = ("1.0", "1.5")


def opened(make_window: MakeWindow, config: Path, size: str, scale: str) -> OperatorAccess:
    """A window of `size` at text size `scale`, its operator panel open on the PIN pad."""
    window = make_window("--config", str(config), "--size", size, "--text-scale", scale)
    width, height = (int(n) for n in size.split("x"))
    window.resize(width, height)
    operator = kiosk_of(window).operator
    operator.open_panel()
    return operator


def in_window(widget: QWidget) -> QRect:
    window = widget.window()
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize(("size", "scale"), list(itertools.product(SIZES, TEXT_SCALES)))
def test_pin_keys_are_whole_and_apart(make_window: MakeWindow, config: Path, size: str,
                                      scale: str) -> None:
    """Every PIN key is at least 44x44, inside the window, shows its word whole and touches no
    other key."""
    kiosk = opened(make_window, config, size, scale)
    for code in kiosk.window.bundle.languages:
        kiosk.window.set_language(code)
        kiosk.panel.retranslate()
        settle()
        window_rect = kiosk.window.rect()
        boxes = {key: in_window(button) for key, button in kiosk.panel.pin_pad.keys.items()}
        for key, box in boxes.items():
            assert box.width() >= 44 and box.height() >= 44, (code, key, box)
            assert window_rect.contains(box), (code, key, box)
            button = kiosk.panel.pin_pad.keys[key]
            assert button.fontMetrics().horizontalAdvance(button.text()) < box.width(), \
                (code, button.text(), box)  # the word on the key is whole
        for (a, box_a), (b, box_b) in itertools.combinations(boxes.items(), 2):
            assert not box_a.intersects(box_b), (code, a, box_a, b, box_b)
        cancel = in_window(kiosk.panel.pin_pad.cancel)
        assert window_rect.contains(cancel) and cancel.height() >= 44, (code, cancel)


@pytest.mark.parametrize("scale", TEXT_SCALES)
def test_panel_fits_a_small_screen(make_window: MakeWindow, config: Path, scale: str) -> None:
    """At 800x480 the unlocked panel's controls are whole (words included), apart and each
    inside the window once scrolled to; nothing is wider than the panel (no sideways
    scrolling)."""
    kiosk = opened(make_window, config, "800x480", scale)
    for digit in PIN:
        kiosk.panel.pin_pad.keys[digit].click()
    kiosk.panel.pin_pad.keys[">"].click()
    for code in kiosk.window.bundle.languages:
        kiosk.window.set_language(code)
        kiosk.panel.retranslate()
        settle()
        controls = [w for w in kiosk.panel.settings_page.findChildren(QWidget)
                    if isinstance(w, (QAbstractButton, QComboBox)) and w.isVisibleTo(kiosk.panel)]
        assert len(controls) >= 5 + len(kiosk.window.bundle.languages)
        for control in controls:
            scroll = scroll_area_of(control)
            if scroll is not None:
                assert not scroll.horizontalScrollBar().maximum(), code
                scroll.ensureWidgetVisible(control, 0, 0)
                settle()
            box = in_window(control)
            assert kiosk.window.rect().contains(box), (code, name_of(control), box)
            assert box.height() >= 44, (code, name_of(control), box)
            if isinstance(control, QAbstractButton):  # its words whole, not cut at its edges
                assert control.fontMetrics().horizontalAdvance(control.text()) < box.width(), \
                    (code, name_of(control), box)
        page = kiosk.panel.settings_page
        boxes = [(name_of(c), QRect(c.mapTo(page, c.rect().topLeft()), c.size()))
                 for c in controls]
        for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2):
            assert not box_a.intersects(box_b), (code, a, box_a, b, box_b)


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    """The scroll area `widget` is shown in, if any."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def name_of(control: QWidget) -> str:
    return control.text() if isinstance(control, QAbstractButton) else \
        control.currentText() if isinstance(control, QComboBox) else repr(control)
