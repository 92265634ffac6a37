"""Shared test helpers: the bundle's languages, the window type, colour contrast, overlays.

One place for what several test files used to copy; the fixtures that use these live in
tests/conftest.py, the layout checks in tests/ui/layout_checks.py. Import this module after
tests/conftest.py has set the offscreen platform (pytest loads conftest first).
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.content import ContentError, default_content_dir, load_bundle
from kiosk.ui.main_window import MainWindow
from kiosk.ui.widgets.overlay import Overlay

ROOT = Path(__file__).resolve().parent.parent
"""The repository's root folder (main.py, tools/, data/)."""

LANGUAGES = load_bundle(default_content_dir()).languages
"""The shipped bundle's languages: tests take them from the content, never from a list."""

MakeWindow = Callable[..., MainWindow]
"""The `make_window` fixture: `make_window(*argv)` -> a shown MainWindow (tests/conftest.py)."""

Run = Callable[..., "subprocess.CompletedProcess[str]"]
"""The `run_kiosk` fixture: `run_kiosk(*args, stdin="")` -> the finished `python main.py`."""



class Headed(Protocol):
    """A screen with a heading label (every screen but home's slides and the attract screen):
    `cast(Headed, window.screen_widget(screen_id)).heading`."""

    heading: QLabel


PIN = "4321"
"""The operator PIN of the `config` fixture's settings file."""


def luminance(colour: QColor) -> float:
    """The relative luminance of an sRGB colour, 0.0 (black) to 1.0 (white), as WCAG 2
    defines it (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance)."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
            + 0.0722 * channel(colour.blue()))


def contrast(a: str, b: str) -> float:
    """The WCAG 2 contrast ratio of two colours given as names QColor reads ("#1a1a1a"),
    1.0 to 21.0 (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio)."""
    high, low = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (high + 0.05) / (low + 0.05)


def shown(window: QWidget) -> list[QWidget]:
    """The widgets of `window` that are visible and in that window (overlays included)."""
    return [w for w in window.findChildren(QWidget) if w.isVisible() and w.window() is window]


def in_overlay(widget: QWidget) -> bool:
    """Whether `widget` is an Overlay (sheet, panel, dialog) or inside one."""
    parent: QWidget | None = widget
    while parent is not None:
        if isinstance(parent, Overlay):
            return True
        parent = parent.parentWidget()
    return False


def problems(directory: Path) -> list[str]:
    """The problems `load_bundle(directory)` reports, as the text a user reads; the test fails
    if the bundle loads."""
    with pytest.raises(ContentError) as caught:
        load_bundle(directory)
    return [str(p) for p in caught.value.problems]


def edit(path: Path, old: str, new: str) -> None:
    """Replace the first `old` in the UTF-8 file `path` with `new`; AssertionError if the file
    has no `old` (the fixture text moved)."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, text: str) -> int:
    """The 1-based number of the first line of `path` that contains `text`; StopIteration if
    none does."""
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if text in line)
