"""Every screen reads whole on every display people mount, at every text size a visitor can
reach, in every language of the bundle: no cut word, nothing wider than its view, no window
larger than its screen, no overlapping controls, no blank tail to scroll into, no scroll bar on
a page that fits.

By default a representative part of the matrix runs (every language at 800x480 and text size
1.5 and at one other display, each display and text size in several languages, every screen);
`pytest --full-matrix` runs all of it (see README).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from kiosk.ui.settle import settle
from kiosk.ui.widgets.page import Page
from tests.helpers import LANGUAGES, MakeWindow
from tests.ui.layout_checks import cut_text, name, on_screen, overlaps, page_problems, screen_box

DISPLAYS = ("800x480", "1024x600", "1280x800", "1366x768", "1920x1080", "1080x1920")
"""The kiosk displays people mount: a 7-inch panel, 1024x600, laptops, landscape and portrait
full HD (a 4K panel at 200 % is 1920x1080 of logical pixels)."""
TEXT_SCALES: dict[str, tuple[str, ...]] = {display: ("1.0", "1.25", "1.5")
                                           for display in DISPLAYS}
TEXT_SCALES["1920x1080"] += ("2.0",)  # --text-scale reaches 2.0; big displays must hold it
TEXT_SCALES["1080x1920"] += ("2.0",)
FULL = [(display, scale) for display in DISPLAYS for scale in TEXT_SCALES[display]]
HARDEST = ("800x480", "1.5")
"""A 7-inch panel at the largest text but one: where words are cut first."""
REPRESENTATIVE = [("1024x600", "1.0"), ("1280x800", "1.25"), ("1366x768", "1.0"),
                  ("1920x1080", "2.0"), ("1080x1920", "1.5")]
"""Each other display once, each text size at least once, portrait and large text included."""


def representative(languages: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """The default part of the matrix as (language, display, text size): every language at
    the hardest pair, and each at one of the others in turn, so that with eleven languages
    every other pair runs in two or three languages (22 cases instead of 66)."""
    cases = [(code, *HARDEST) for code in languages]
    cases += [(code, *REPRESENTATIVE[index % len(REPRESENTATIVE)])
              for index, code in enumerate(languages)]
    return cases


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "display" in metafunc.fixturenames:
        if metafunc.config.getoption("--full-matrix"):
            cases = [(code, *pair) for code in LANGUAGES for pair in FULL]
        else:
            cases = representative(LANGUAGES)
        metafunc.parametrize(("code", "display", "scale"), cases)


# --- the matrix ------------------------------------------------------------------------------

def test_every_screen_reads_whole(make_window: MakeWindow, display: str, scale: str,
                                  code: str) -> None:
    """Every screen in this language at this display and text size: nothing cut, nothing
    too wide, no overlap, no blank tail, no idle scroll bar, no window larger than the screen."""
    width, height = (int(n) for n in display.split("x"))
    window = make_window("--lang", code, "--size", display, "--text-scale", scale)
    app = QApplication.instance()
    problems: list[str] = []
    for screen_id in window.screen_ids():
        window.navigate(screen_id)
        settle(app)
        where = f"{code} {display} x{scale} {screen_id}"
        if (window.width(), window.height()) != (width, height):
            problems.append(f"{where}: the window is {window.width()}x{window.height()}")
        needed = window.minimumSizeHint()
        if needed.width() > width or needed.height() > height:
            problems.append(f"{where}: the window needs {needed.width()}x{needed.height()}")
        shown = on_screen(window)
        problems += [f"{where}: {name(w)} {why}" for w in shown if (why := cut_text(w))]
        problems += [f"{where}: {why}" for why in overlaps(shown)]
        pages = [w for w in shown if isinstance(w, Page)]
        problems += [f"{where}: {why}" for page in pages for why in page_problems(page)]
        wide = [w for w in shown if isinstance(w, QScrollArea) and not isinstance(w, Page)
                and screen_box(w).right() > screen_box(window).right() + 1]
        problems += [f"{where}: {name(w)} runs off the window" for w in wide]
    assert not problems, "\n".join(problems[:25]) + \
        (f"\n... and {len(problems) - 25} more" if len(problems) > 25 else "")
