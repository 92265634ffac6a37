"""When code fails behind a visitor's back: log the traceback and take them to a working screen."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QTimer

log = logging.getLogger(__name__)


class Recovery:
    """`sys.excepthook` while the kiosk runs: PySide reports exceptions in slots, timers and
    event handlers there, after the code that raised has been left.

    `recover` takes the visitor to a working screen (from the wiring: kiosk.app.Kiosk.recover
    closes what is open over the screens and goes home); it runs once per burst of errors,
    from the event loop, and its own failure is logged, not raised.
    """

    def __init__(self, recover: Callable[[], None]) -> None:
        self.recover = recover
        self.errors = 0
        self._pending = False

    def install(self) -> None:
        sys.excepthook = self.handle

    def handle(self, kind: type[BaseException], error: BaseException,
               trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        self.errors += 1
        log.error("unexpected error; the visitor is taken back to the home screen",
                  exc_info=(kind, error, trace))
        if not self._pending:  # one recovery for a burst of errors
            self._pending = True
            QTimer.singleShot(0, self._recover)

    def _recover(self) -> None:
        self._pending = False
        try:
            self.recover()
        except Exception:  # the home screen itself failing: keep the window, log it
            log.exception("could not return to the home screen")
