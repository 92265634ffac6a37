"""Kiosk windows inside the benchmark's process, timed steps, and the untimed paint check."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QMessageLogContext, QObject, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from kiosk.app import create_window
from kiosk.ui.main_window import MainWindow
from kiosk.ui.settle import settle
from tools.bench.sandbox import Sandbox

OFFSCREEN_NOTE = "This plugin does not support "
"""What the offscreen platform says about what it cannot do: not about the kiosk (the same
words kiosk/logs.py keeps out of the log)."""


def _quiet_qt_messages(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if not message.startswith(OFFSCREEN_NOTE):
        print(f"qt: {message}", file=sys.stderr)


def start_application(sandbox: Sandbox) -> QApplication:
    """This process's QApplication, on the same platform and folders as the children."""
    os.environ.update({k: v for k, v in sandbox.env().items() if k.startswith("XDG_")})
    if sandbox.qt_platform:
        os.environ["QT_QPA_PLATFORM"] = sandbox.qt_platform
    qInstallMessageHandler(_quiet_qt_messages)
    logging.getLogger("kiosk").setLevel(logging.ERROR)  # "no operator PIN is set" and such
    return QApplication([sys.argv[0]])


def new_window(sandbox: Sandbox, *options: str) -> MainWindow:
    """A kiosk window as `main.py` builds it, shown and settled (on home, or on the attract
    screen with --kiosk). The idle timeout is the longest allowed, so that no idle warning
    comes up in the middle of a measurement."""
    window = create_window([*sandbox.kiosk_args, *options, "--config", str(sandbox.settings),
                            "--idle-timeout", str(24 * 3600)])
    window.show()
    settle()
    return window


def close_window(window: MainWindow) -> None:
    """Close and delete `window` now."""
    window.close()  # refused in kiosk mode: deleting it is enough
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def timed_ms(action: Callable[[], object]) -> float:
    """Milliseconds to do `action` and settle(): laid out, painted and flushed."""
    started = time.perf_counter()
    action()
    settle()
    return (time.perf_counter() - started) * 1000


class PaintCounter(QObject):
    """Counts the Paint events the application delivers (only in untimed check passes)."""

    paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


@contextmanager
def counting_paints(app: QApplication) -> Iterator[PaintCounter]:
    """A PaintCounter installed on `app` for the duration of the block."""
    counter = PaintCounter()
    app.installEventFilter(counter)
    try:
        yield counter
    finally:
        app.removeEventFilter(counter)


@dataclass
class PaintCheck:
    """What an untimed pass saw: every step painted, and settling left nothing to paint."""

    steps: int = 0
    unpainted_steps: int = 0
    min_paints: int | None = None
    paints_left_after_settle: int = 0

    def step(self, app: QApplication, action: Callable[[], object]) -> None:
        """Do `action` and settle(), counting what was painted then and in one more round."""
        with counting_paints(app) as counter:
            action()
            settle()
            painted = counter.paints
            app.processEvents()  # one more round: anything painted now came after the timing
            left = counter.paints - painted
        self.steps += 1
        self.unpainted_steps += painted == 0
        self.min_paints = painted if self.min_paints is None else min(self.min_paints, painted)
        self.paints_left_after_settle += left

    def summary(self) -> dict[str, int | None]:
        """The check as the JSON result's `paint_check`."""
        return {"steps": self.steps, "steps_without_paint": self.unpainted_steps,
                "min_widgets_painted": self.min_paints,
                "paints_left_after_settle": self.paints_left_after_settle}
