"""Wiring only: options -> settings -> content -> languages -> main window -> kiosk mode.

Kiosk mode is separate objects around the window, which knows none of them: the visitor
session, operator access, lock-down (kiosk mode only) and read aloud, joined here by signals
(`Kiosk`). `create_window` returns the window; `create_kiosk` the same wiring, reachable.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk import __version__, i18n
from kiosk.content import load_bundle
from kiosk.packs.store import Store
from kiosk.packs.trial import StartContent
from kiosk.paths import cache_dir, usage_database
from kiosk.settings import (
    DECLARED,
    Settings,
    add_options,
    conflict,
    default_settings_path,
    load_settings,
    with_options,
)
from kiosk.ui import theme
from kiosk.ui.content_packs import ContentPacks
from kiosk.ui.lockdown import Lockdown
from kiosk.ui.main_window import MainWindow
from kiosk.ui.operator.access import OperatorAccess
from kiosk.ui.screens import HOME
from kiosk.ui.session import VisitorSession
from kiosk.ui.speech import ReadAloud, system_voice
from kiosk.usage.recorder import UsageRecorder

if TYPE_CHECKING:
    from kiosk.fleet.reporter import StatusReporter
    from kiosk.ui.operator.panel import OperatorPanel

log = logging.getLogger(__name__)

WINDOW_SIZE = QSize(1280, 800)
SCREENSHOT_SIZE = QSize(1920, 1080)


class UsageError(ValueError):
    """A command line that cannot be followed; the message says why."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _size(text: str) -> QSize:
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()):
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 1920x1080")
    size = QSize(int(width), int(height))
    smallest = QSize(320, 240)  # QVGA, the smallest display a kiosk is mounted on
    if size.width() < smallest.width() or size.height() < smallest.height():
        raise argparse.ArgumentTypeError(f"{text!r} is too small: the smallest window is "
                                         f"{smallest.width()}x{smallest.height()}")
    return size


def build_parser() -> argparse.ArgumentParser:
    """The command line: the options that are settings come from their declarations
    (`kiosk.settings.add_options`); a bad one raises `UsageError`."""
    parser = _Parser(prog="kiosk", description="Offline information kiosk of the OHCHR Regional "
                     "Office for Central Asia.",
                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=(
                         "subcommands:\n"
                         "  kiosk validate [DIR]           check a content bundle and list "
                         "every problem\n"
                         "  kiosk set-pin [--config FILE]  set the operator PIN (only a salted "
                         "hash is stored)\n"
                         "  kiosk pack build|sign|verify|install|list|rollback ...\n"
                         "                                 signed content packs (docs/packs.md)\n"
                         "\n"
                         "exit codes: 0 done, 1 content or file problem, 2 usage,\n"
                         "  3 another kiosk is already running"))
    parser.add_argument("--screen", metavar="ID",
                        help="screen to start on, such as home, countries or country/KZ "
                        "(default: home; the attract screen in kiosk mode)")
    parser.add_argument("--content", metavar="DIR", type=Path,
                        help="content bundle directory (default: the installed content pack, "
                        "or the bundled content)")
    parser.add_argument("--size", metavar="WxH", type=_size, help="window size")
    parser.add_argument("--screenshot", metavar="FILE.png", type=Path,
                        help="render the screen to a PNG file and exit (needs no display)")
    parser.add_argument("--show-qr", action="store_true",
                        help="open the card with the QR code of the office's page (with "
                        "--screenshot: a picture of it)")
    add_options(parser)  # --kiosk, --lang, --idle-timeout, ...: declared in kiosk.settings
    parser.add_argument("--config", metavar="FILE", type=Path,
                        help="settings file (default: settings.yaml in the user's config folder)")
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    return parser


def parse_options(argv: Sequence[str]) -> argparse.Namespace:
    """The options of command line `argv` (no program name); `UsageError` when bad."""
    return build_parser().parse_args(list(argv))


def create_window(argv: Sequence[str] = (), options: argparse.Namespace | None = None
                  ) -> MainWindow:
    """The kiosk's window (not shown), built from command-line options.

    `options`, when given, are `argv` already parsed by `parse_options` (kiosk.__main__
    parses once, to choose the display first). Needs a QApplication. Raises `UsageError`
    for bad options and `ContentError` for a bundle that cannot be used.

    Without --content the window shows the active content pack (kiosk.packs), else the
    bundled content. A pack on trial (just installed) whose window or home screen cannot be
    built is rolled back by itself (logged, with a receipt: kiosk.packs.trial), and the
    window is built on the previous content; one that builds is confirmed.
    """
    options = options if options is not None else parse_options(argv)
    start = StartContent.choose(options.content)
    try:
        window = _create_window(options, start)
    except UsageError:
        raise
    except Exception as error:  # the pack's fault: its content loads, a screen fails
        if not start.from_pack:
            raise
        start = start.failed(error)
        window = _create_window(options, start)
    start.shown()
    return window


def _create_window(options: argparse.Namespace, start: StartContent) -> MainWindow:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("create_window needs a QApplication")
    i18n.register_fonts()
    settings_path = options.config or default_settings_path()
    settings, warnings = load_settings(settings_path)
    for warning in warnings:
        log.warning("%s", warning)
    settings = _with_options(settings, options)
    look = theme.Look(high_contrast=settings.high_contrast, text_scale=settings.text_scale)
    bundle = load_bundle(start.directory, cache=cache_dir())  # checked files, or their cache
    log.info("content %s %s: languages %s; draft (unofficial) %s", bundle.facts.bundle.id,
             bundle.facts.bundle.version, ", ".join(bundle.languages),
             ", ".join(bundle.drafts) or "none")
    if options.lang and options.lang not in bundle.languages:
        raise UsageError(f"unknown language {options.lang!r}; the content offers "
                         f"{', '.join(bundle.languages)}")
    size = _window_size(options, settings.kiosk)
    fit = theme.screen_fit(size.width(), size.height())
    theme.apply(app, look, fit)  # once, for the size the window will have
    window = MainWindow(bundle, i18n.Languages(bundle.languages), look, fit)
    if options.screen and options.screen not in window.screen_ids():
        raise UsageError(f"unknown screen {options.screen!r}; the screens are "
                         f"{', '.join(window.screen_ids())}")
    window.slide.enabled = settings.animations and not options.screenshot
    if start.on_trial:  # the trial of a new pack: its home screen, built now
        window.navigate(HOME)
    store = None if options.content or options.screenshot else start.store
    Kiosk(window, settings, settings_path, warnings, look, store).session.start_over()
    if options.screen:
        window.navigate(options.screen)
    if options.screenshot:  # a picture of the chosen size, even of a full-screen kiosk
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(size)
    elif not settings.kiosk:
        window.resize(size)
    if options.show_qr:  # after the resize: the code is drawn for the window's size
        window.open_take_away()
    if settings.outbox and not options.screenshot:  # a kiosk of a fleet, not a picture
        kiosk_of(window).report_status(settings)
    return window


def _window_size(options: argparse.Namespace, kiosk: bool) -> QSize:
    """The window's size in logical pixels: the screen in kiosk mode, otherwise --size or a
    laptop-sized window that fits the screen.

    A screenshot's --size is the picture's size in pixels: on a screen scaled by Qt
    (QT_SCALE_FACTOR=1.5, a 4K panel at 200 %) the window is that size divided by the scale,
    so the picture shows what such a display shows.
    """
    screen = QGuiApplication.primaryScreen()
    if options.screenshot:
        ratio = screen.devicePixelRatio() if screen is not None else 1.0
        wanted = options.size or SCREENSHOT_SIZE
        return QSize(round(wanted.width() / ratio), round(wanted.height() / ratio))
    if kiosk and screen is not None:
        return screen.size()
    return options.size or _fitting(WINDOW_SIZE)


def _with_options(settings: Settings, options: argparse.Namespace) -> Settings:
    """The settings file's values, overridden by the command line; `UsageError` when the
    result breaks a rule between settings (the idle warning shorter than the timeout)."""
    settings = with_options(settings, options)
    broken = conflict(settings)
    if broken is not None:  # said with the options' names: --idle-warning, --idle-timeout
        declared, _ = broken
        limit = DECLARED[str(declared.below)]
        raise UsageError(f"{declared.option} ({getattr(settings, declared.name)}) must be "
                         f"shorter than {limit.option} ({getattr(settings, limit.name)})")
    return settings


def _fitting(size: QSize) -> QSize:
    """`size`, made smaller where the screen is (a 1366x768 laptop)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return size
    available = screen.availableGeometry().size() * 0.95
    return size.boundedTo(available)


class Kiosk(QObject):
    """The objects that make `window` a kiosk, and their wiring; parented to the window, so
    they live as long as it does (the window holds no reference to any of them).

    `session` (idle, warning, start over, attract), `operator` (corner press, Ctrl+Alt+O,
    panel, save, reload, exit), `lockdown` (None unless `settings.kiosk`) and `read_aloud`
    (with the machine's voice; `read_aloud.set_voice` puts another in, as tests do).
    `packs` (kiosk.ui.content_packs: the inbox, installs from the panel, the live switch)
    when the window shows the pack store's content (`store`; None with --content).
    """

    def __init__(self, window: MainWindow, settings: Settings, settings_path: Path,
                 warnings: Sequence[str], look: theme.Look = theme.DEFAULT_LOOK,
                 store: Store | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.lockdown = Lockdown(window, settings.hide_cursor) if settings.kiosk else None
        self.session = VisitorSession(window, settings, look)
        self.operator = OperatorAccess(window, self.session, settings_path, warnings)
        self.read_aloud = ReadAloud(window, system_voice(window))
        self.read_aloud.listening.connect(self.session.listening)
        self.usage = UsageRecorder(window, self.session, usage_database(), self)
        """Anonymous usage counts (kiosk.usage); the search calls `usage.search_happened()`."""
        self.read_aloud.listening.connect(self.usage.listening)
        window.search.set_kiosk(settings.kiosk)  # the bar's field, or the overlay's control
        window.search.searched.connect(self.usage.search_happened)
        self.operator.panel_built.connect(self._add_usage_page)
        self.operator.exit_requested.connect(self.exit)
        if self.lockdown is not None:
            self.session.started_over.connect(self.lockdown.reassert)
        self.status: StatusReporter | None = None
        """The status file in the outbox (kiosk.fleet), once `report_status` started it."""
        self.packs = None if store is None else \
            ContentPacks(self.session, self.operator, store, settings)

    def report_status(self, settings: Settings) -> None:
        """Keep this kiosk's status file in `settings.outbox` (kiosk.fleet.reporter), told of
        every install, refusal and content switch by `packs` when there is one, with the
        day's counts of `usage`."""
        from kiosk.fleet.reporter import StatusReporter  # only for a kiosk in a fleet

        self.status = StatusReporter(self.window, settings, self,
                                     day_counts=self.usage.today_counts)
        if self.packs is not None:
            self.packs.receipt.connect(self.status.changed)
            self.packs.switched.connect(self.status.changed)

    def _add_usage_page(self, panel: OperatorPanel) -> None:
        from kiosk.ui.operator.usage_page import TITLE, UsagePage  # built by an operator

        panel.add_page(UsagePage(self.usage, lambda: self.session.settings), str(TITLE))

    def recover(self) -> None:
        """After an unexpected error (kiosk.ui.recovery): overlays closed, idle counted again,
        the home screen."""
        self.session.recover()
        self.window.navigate(HOME)

    def exit(self) -> None:
        """End the kiosk (the operator's Exit): the lock-down lets go, the window closes."""
        if self.lockdown is not None:
            self.lockdown.release()
        self.window.close()


def create_kiosk(argv: Sequence[str] = ()) -> Kiosk:
    """`create_window(argv)` and the kiosk wired around it (`kiosk_of` that window)."""
    return kiosk_of(create_window(argv))


def kiosk_of(window: MainWindow) -> Kiosk:
    """The `Kiosk` wired around a window that `create_window` built (its child object);
    `LookupError` for a window built otherwise."""
    kiosk = window.findChild(Kiosk)
    if not isinstance(kiosk, Kiosk):
        raise LookupError("this window was not built by kiosk.app.create_window")
    return kiosk
