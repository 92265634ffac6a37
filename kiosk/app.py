"""Wiring only: options -> content -> languages -> main window."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk import __version__, i18n
from kiosk.content import default_content_dir, load_bundle
from kiosk.ui import theme
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens import HOME

WINDOW_SIZE = QSize(1280, 800)
SCREENSHOT_SIZE = QSize(1920, 1080)


class UsageError(ValueError):
    """A command line that cannot be followed; the message says why."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _size(text: str) -> QSize:
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit() and int(width) >= 320 and int(height) >= 240):
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 1920x1080")
    return QSize(int(width), int(height))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kiosk", description="Offline information kiosk of the OHCHR Regional "
                     "Office for Central Asia. Subcommand: 'kiosk validate [DIR]' checks a "
                     "content bundle.")
    parser.add_argument("--lang", metavar="CODE", help="language to start in (default: the "
                        "bundle's default language)")
    parser.add_argument("--screen", metavar="ID", default=HOME,
                        help="screen to start on, such as home, countries or country/KZ")
    parser.add_argument("--content", metavar="DIR", type=Path,
                        help="content bundle directory (default: the bundled content)")
    parser.add_argument("--size", metavar="WxH", type=_size, help="window size")
    parser.add_argument("--screenshot", metavar="FILE.png", type=Path,
                        help="render the screen to a PNG file and exit (needs no display)")
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    return parser


def parse_options(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser().parse_args(list(argv))


_fonts_registered = False


def create_window(argv: Sequence[str] = ()) -> MainWindow:
    """The kiosk's window (not shown), built from command-line options.

    Needs a QApplication. Raises `UsageError` for bad options and `ContentError` for a
    bundle that cannot be used.
    """
    global _fonts_registered
    options = parse_options(argv)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("create_window needs a QApplication")
    if not _fonts_registered:
        i18n.register_fonts()
        theme.apply(app)
        _fonts_registered = True
    bundle = load_bundle(options.content or default_content_dir())
    language = options.lang or bundle.facts.bundle.default_language
    if language not in bundle.languages:
        raise UsageError(f"unknown language {language!r}; the content offers "
                         f"{', '.join(bundle.languages)}")
    window = MainWindow(bundle, i18n.Languages(bundle.languages))
    if options.screen not in window.screen_ids():
        raise UsageError(f"unknown screen {options.screen!r}; the screens are "
                         f"{', '.join(window.screen_ids())}")
    window.set_language(language)
    window.navigate(options.screen)
    window.resize(options.size or (SCREENSHOT_SIZE if options.screenshot
                                  else _fitting(WINDOW_SIZE)))
    return window


def _fitting(size: QSize) -> QSize:
    """`size`, made smaller where the screen is (a 1366x768 laptop)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return size
    available = screen.availableGeometry().size() * 0.95
    return size.boundedTo(available)
