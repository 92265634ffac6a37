"""A seeded random visitor: taps, swipes, keys, wheel, language switches, long presses and idle
resets over every screen and language of the kiosk, checking after each event that nothing
broke.

    python tools/monkey.py                      # 100,000 events, seed 1, kiosk mode
    python tools/monkey.py --events 5000 --seed 7

The test suite runs a few thousand events of the same driver (tests/test_monkey.py).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

if __package__ in (None, ""):  # run as a script: the repository's kiosk package
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QPoint,
    QPointF,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app import kiosk_of
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens import ATTRACT
from kiosk.ui.settle import settle
from tools.bench.proc import resident_bytes

KEYS = [Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Space,
        Qt.Key.Key_Backspace, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right,
        Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End,
        Qt.Key.Key_Escape, Qt.Key.Key_A, Qt.Key.Key_1, Qt.Key.Key_F4, Qt.Key.Key_Q]
MODIFIERS = [Qt.KeyboardModifier.NoModifier] * 6 + [
    Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier]
# The offscreen platform says what it cannot do (raise a popup, grab the keyboard, size hints);
# those are about the platform used for testing, not about the kiosk.
OFFSCREEN_NOTE = "This plugin does not support "


MB = 1e6
"""The report's memory unit, in bytes."""


@dataclass
class Report:
    events: int = 0
    seconds: float = 0.0
    exceptions: list[str] = field(default_factory=list)
    qt_warnings: list[str] = field(default_factory=list)
    invalid_states: list[str] = field(default_factory=list)
    rss_start_mb: float = 0.0
    rss_end_mb: float = 0.0
    rss_checkpoints_mb: list[float] = field(default_factory=list)
    """Resident memory after each tenth of the run: flat once the screens are built."""
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not (self.exceptions or self.qt_warnings or self.invalid_states)

    def __str__(self) -> str:
        actions = ", ".join(f"{name} {count}" for name, count in sorted(self.counts.items()))
        return (f"{self.events} events in {self.seconds:.1f} s ({actions})\n"
                f"exceptions: {len(self.exceptions)}, Qt warnings: {len(self.qt_warnings)}, "
                f"invalid states: {len(self.invalid_states)}\n"
                f"resident memory: {self.rss_start_mb:.1f} MB at start, "
                f"{self.rss_end_mb:.1f} MB at end; after each tenth: "
                f"{', '.join(f'{mb:.0f}' for mb in self.rss_checkpoints_mb)} MB")


class Monkey:
    def __init__(self, window: MainWindow, seed: int) -> None:
        self.window = window
        self.random = random.Random(seed)
        self.report = Report()
        self._actions = [(self.tap, 40), (self.swipe, 12), (self.key, 20), (self.wheel, 10),
                         (self.switch_language, 8), (self.long_press, 3), (self.idle_reset, 3),
                         (self.back_and_home, 4)]

    # --- the visitor -----------------------------------------------------------------------

    def _point(self) -> QPoint:
        return QPoint(self.random.randrange(self.window.width()),
                      self.random.randrange(self.window.height()))

    def _target(self, point: QPoint) -> tuple[QWidget, QPoint]:
        target = self.window.childAt(point) or self.window
        return target, target.mapFrom(self.window, point)

    def tap(self) -> None:
        target, local = self._target(self._point())
        QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=local)

    def swipe(self) -> None:
        start, end = self._point(), self._point()
        target, local = self._target(start)
        QTest.mousePress(target, Qt.MouseButton.LeftButton, pos=local)
        for step in range(1, 5):
            point = start + (end - start) * step / 4
            QTest.mouseMove(target, target.mapFrom(self.window, point))
        QTest.mouseRelease(target, Qt.MouseButton.LeftButton,
                           pos=target.mapFrom(self.window, end))

    def key(self) -> None:
        focus = QApplication.focusWidget() or self.window
        QTest.keyClick(focus, self.random.choice(KEYS), self.random.choice(MODIFIERS))

    def wheel(self) -> None:
        target, local = self._target(self._point())
        delta = QPoint(0, self.random.choice((-360, -120, 120, 360)))
        event = QWheelEvent(QPointF(local), QPointF(target.mapToGlobal(local)), QPoint(), delta,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(target, event)

    def switch_language(self) -> None:
        """Through the bar's language sheet when the bar shows, as a visitor would."""
        code = self.random.choice(self.window.offered_languages())
        control = self.window.navbar.language
        if not (control.isVisible() and self.window.navbar.isVisible()):
            self.window.set_language(code)
            return
        QTest.mouseClick(control, Qt.MouseButton.LeftButton)
        sheet = self.window.language_sheet()
        if sheet is not None and sheet.isVisible():
            QTest.mouseClick(sheet.languages.button(code), Qt.MouseButton.LeftButton)

    def long_press(self) -> None:
        """A press held in a corner: the operator gesture (refused without a PIN)."""
        corner = QPoint(self.random.choice((2, self.window.width() - 3)),
                        self.random.choice((2, self.window.height() - 3)))
        target, local = self._target(corner)
        QTest.mousePress(target, Qt.MouseButton.LeftButton, pos=local)
        kiosk_of(self.window).operator.open_panel()  # what the 3 s hold leads to
        QTest.mouseRelease(target, Qt.MouseButton.LeftButton, pos=local)

    def idle_reset(self) -> None:
        session = kiosk_of(self.window).session
        if self.random.random() < 0.5:
            session.idle.idle.emit()  # the warning appears; later taps continue or not
        else:
            session.start_over()

    def back_and_home(self) -> None:
        if self.random.random() < 0.5:
            self.window.back()
        else:
            self.window.navigate("home")

    # --- the run -----------------------------------------------------------------------------

    def _on_qt_message(self, kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg and \
                not text.startswith(OFFSCREEN_NOTE):
            self.report.qt_warnings.append(f"event {self.report.events}: {text}")

    def _on_exception(self, kind: type[BaseException], error: BaseException,
                      trace: TracebackType | None) -> None:
        self.report.exceptions.append(f"event {self.report.events}: {kind.__name__}: {error}")

    def _check(self, action: str) -> None:
        window = self.window
        valid = set(window.screen_ids()) | {ATTRACT}
        if window.current_screen() not in valid or window.language() not in \
                window.bundle.languages or not window.isVisible():
            self.report.invalid_states.append(
                f"event {self.report.events} ({action}): screen {window.current_screen()!r}, "
                f"language {window.language()!r}, visible {window.isVisible()}")

    def run(self, events: int) -> Report:
        functions, weights = zip(*self._actions, strict=True)
        previous_handler = qInstallMessageHandler(self._on_qt_message)
        previous_hook = sys.excepthook
        sys.excepthook = self._on_exception
        self.report.rss_start_mb = resident_bytes() / MB
        started = time.perf_counter()
        try:
            for _ in range(events):
                action = self.random.choices(functions, weights)[0]
                try:
                    action()
                except Exception as error:  # raised straight through QTest
                    self._on_exception(type(error), error, error.__traceback__)
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                settle()
                self.report.events += 1
                name = action.__name__
                self.report.counts[name] = self.report.counts.get(name, 0) + 1
                self._check(name)
                if self.report.events % max(1, events // 10) == 0:
                    self.report.rss_checkpoints_mb.append(resident_bytes() / MB)
        finally:
            self.report.seconds = time.perf_counter() - started
            self.report.rss_end_mb = resident_bytes() / MB
            sys.excepthook = previous_hook
            qInstallMessageHandler(previous_handler)
        return self.report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--windowed", action="store_true", help="not in kiosk mode")
    options = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    from PySide6.QtCore import QStandardPaths

    from kiosk.app import create_window
    from kiosk.pin import hash_pin
    from kiosk.settings import Settings, save_settings

    app = QApplication([sys.argv[0]])
    QStandardPaths.setTestModeEnabled(True)  # never the operator's own settings
    config = Path(tempfile.mkdtemp()) / "settings.yaml"
    save_settings(Settings(pin_hash=hash_pin("271828182845")), config)  # the panel stays locked
    args = ["--size", "1280x800", "--config", str(config)]
    window = create_window(args if options.windowed else ["--kiosk", *args])
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.show()
    app.processEvents()
    report = Monkey(window, options.seed).run(options.events)
    print(report)
    for line in (report.exceptions + report.qt_warnings + report.invalid_states)[:20]:
        print("  " + line)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
