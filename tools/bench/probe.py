"""A fresh process timed to its first painted frame: a bare window, or the kiosk's main.py.

Started by the benchmark (tools/bench/startup.py, idle.py), run by path so that it imports
nothing but PySide6 before the program it times:

    python tools/bench/probe.py bare WIDTHxHEIGHT    # a window with one QLabel
    python tools/bench/probe.py kiosk ROOT ARGS...   # ROOT/main.py ARGS, as `python main.py`

Either prints "BENCH-FIRST-FRAME <VmHWM kB>" on stdout once the first frame is painted, then
exits at once, or, with BENCH_STAY=1 in the environment, keeps running (for the idle-CPU
figure). With BENCH_TOUR=en,ru,ar the kiosk first visits every screen in those languages
(for the memory of a fully used kiosk). Linux only: the peak comes from /proc/self/status.
"""

from __future__ import annotations

import os
import runpy
import sys
from typing import Protocol, cast

from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject, QTimer

MARKER = "BENCH-FIRST-FRAME"
"""The first word of the line the probe prints at its first frame."""


def peak_rss_kb() -> int:
    """This process's peak resident memory (VmHWM), in kB (1024 bytes)."""
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))


class Window(Protocol):
    """What the tour uses of the kiosk's main window (kiosk.ui.main_window.MainWindow)."""

    def set_language(self, code: str) -> None: ...
    def screen_ids(self) -> list[str]: ...
    def navigate(self, screen: str) -> None: ...


def tour(languages: list[str]) -> None:
    """Every screen in every language, as visitors would over a day."""
    app = QtWidgets.QApplication.instance()
    assert app is not None
    window = cast(Window, next(w for w in QtWidgets.QApplication.topLevelWidgets()
                               if hasattr(w, "screen_ids")))
    for code in languages:
        window.set_language(code)
        for screen in window.screen_ids():
            window.navigate(screen)
            app.processEvents()


def report() -> None:
    """Print the marker with the peak memory; exit at once unless BENCH_STAY=1."""
    if os.environ.get("BENCH_TOUR"):
        tour(os.environ["BENCH_TOUR"].split(","))
    print(MARKER, peak_rss_kb(), flush=True)
    if os.environ.get("BENCH_STAY") != "1":
        os._exit(0)  # the figure is taken; the teardown is not part of it


class FirstPaint(QObject):
    """Sees every event until the first Paint event; the zero timer fires once that paint
    pass (the whole window painted, the frame flushed) has returned to the event loop."""

    seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            app = QtWidgets.QApplication.instance()
            assert app is not None
            app.removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False


class ProbedApplication(QtWidgets.QApplication):
    """A QApplication that watches for its first paint from the moment it exists."""

    def __init__(self, *args: list[str]) -> None:
        super().__init__(*args)
        self.first_paint = FirstPaint(self)
        self.installEventFilter(self.first_paint)


def bare(size: str) -> int:
    """The floor: a PySide6 window of `size` ("WIDTHxHEIGHT", px) with one QLabel."""
    width, height = (int(n) for n in size.split("x"))
    app = ProbedApplication(sys.argv[:1])
    window = QtWidgets.QWidget()
    QtWidgets.QVBoxLayout(window).addWidget(QtWidgets.QLabel("Hello, world"))
    window.resize(width, height)
    window.show()
    return app.exec()


def kiosk(root: str, args: list[str]) -> None:
    """ROOT/main.py with `args`, as `python ROOT/main.py ARGS` would run it."""
    QtWidgets.QApplication = ProbedApplication  # type: ignore[misc, assignment]  # kiosk uses it
    sys.path.insert(0, root)
    sys.argv = [os.path.join(root, "main.py"), *args]
    runpy.run_path(sys.argv[0], run_name="__main__")


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        sys.exit(bare(sys.argv[2]))
    kiosk(sys.argv[2], sys.argv[3:])
