"""The usage recorder: counts visitor sessions from the window's and the session's signals and
writes each session's totals, as one small batch, off the GUI thread.

A visitor session runs from the first touch after the attract screen (kiosk mode) or from a
start (windowed mode, and each start over there) to the next start over or the end of the
program. It counts (kiosk.usage.store): the session itself, in the hour it began; the
languages it read (chosen by the visitor, a screen opened in it, or the one shown at the end,
so the default language a visitor switched away from at once is not counted); every screen
opened (the attract screen is not one); how long the visitor was active, in a coarse bucket,
from the session's start to the last touch or key (the idle time before a reset is nobody's);
and whether it used the text size, contrast, read aloud or search. A windowed session nobody
touched (a field laptop left open) is not counted. Durations come from the monotonic clock,
the hour from the wall clock at the session's start: a clock set wrong, or moved during a
session, can put a session in the wrong hour but never gives it a negative or huge duration.

Nothing is written during a session; at its end one batch goes to a single worker thread
(`concurrent.futures`), which opens the file on first use, so neither start-up nor a
navigation waits for SQLite.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from kiosk.ui.input_filter import input_filter
from kiosk.ui.screens import ATTRACT

if TYPE_CHECKING:
    import concurrent.futures

    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.session import VisitorSession
    from kiosk.usage.store import Key, UsageStore

log = logging.getLogger(__name__)

TOUCHES = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress,
           QEvent.Type.Wheel, QEvent.Type.TabletPress)
"""What counts as the visitor being active: a press, a touch, a key, a scroll wheel. Not
movements: they are many, and a press comes first anyway."""


@dataclass
class _Visit:
    """One visitor session while it runs (never written as such: see `counts`)."""

    day: dt.date
    hour: int
    began: float
    """Monotonic seconds at the start."""
    last_touch: float
    touched: bool
    language: str
    languages: set[str] = field(default_factory=set)
    screens: Counter[str] = field(default_factory=Counter)
    features: set[str] = field(default_factory=set)

    def counts(self) -> dict[Key, int]:
        from kiosk.usage.store import duration_bucket

        counts: dict[Key, int] = {("session", ""): 1,
                                  ("duration", duration_bucket(self.last_touch - self.began)): 1}
        counts.update({("language", code): 1 for code in self.languages | {self.language}})
        counts.update({("screen", screen): n for screen, n in self.screens.items()})
        counts.update({("feature", name): 1 for name in self.features})
        return counts


class UsageRecorder(QObject):
    """Counts the visitor sessions at `window` (run by `session`) into the usage file `path`.

    Parented to `parent` (the Kiosk). `now` is the wall clock (local time: the hour), `clock`
    the monotonic one (durations), both replaceable in tests. Other parts of the kiosk call
    `used("read_aloud")`, `search_happened()`; `flush()` waits for the writes so far.
    """

    def __init__(self, window: MainWindow, session: VisitorSession, path: Path,
                 parent: QObject | None = None,
                 now: Callable[[], dt.datetime] = dt.datetime.now,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.window = window
        self.path = path
        self._now = now
        self._clock = clock
        self._visit: _Visit | None = None
        self._resetting = False
        self._reset_over = QTimer(self)
        self._reset_over.setSingleShot(True)
        self._reset_over.setInterval(0)
        self._reset_over.timeout.connect(self._after_reset)
        self._writer: concurrent.futures.ThreadPoolExecutor | None = None
        self._store: UsageStore | None = None
        self._store_lock = threading.Lock()
        self.problem = ""
        """Why counts are not kept (the file cannot be used), or "" while they are."""
        window.screen_changed.connect(self._screen_changed)
        window.language_changed.connect(self._language_changed)
        window.navbar.text_size.clicked.connect(lambda: self.used("text_size"))
        window.navbar.contrast.clicked.connect(lambda: self.used("contrast"))
        session.closing.connect(self._closing)
        session.started_over.connect(self._started_over)
        input_filter().watch(self, TOUCHES, self._touch)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.finish)

    # --- what other parts of the kiosk call ----------------------------------------------------

    def used(self, feature: str) -> None:
        """The visitor used `feature`, one of kiosk.usage.store.FEATURES."""
        visit = self._current()
        if visit is not None:
            visit.features.add(feature)

    def listening(self, speaking: bool) -> None:
        """Read aloud started (True) or stopped (kiosk.ui.speech.ReadAloud.listening)."""
        if speaking:
            self.used("read_aloud")

    def search_happened(self) -> None:
        """The visitor searched (what was searched for is never given, nor kept)."""
        self.used("search")

    def store(self) -> UsageStore | None:
        """The usage file, opened if it was not yet; None (and `problem` says why) when it
        cannot be used."""
        with self._store_lock:
            if self._store is None and not self.problem:
                from kiosk.usage.store import UsageFileError, UsageStore

                try:
                    self._store = UsageStore(self.path, today=lambda: self._now().date())
                except UsageFileError as error:
                    self.problem = str(error)
                    log.error("usage counts are not kept: %s", error)
            return self._store

    def today_counts(self) -> dict[str, object] | None:
        """Today's totals (kiosk.usage.store.day_counts: the fleet's status file), None when
        counts are not kept."""
        from kiosk.usage.store import day_counts

        store = self.store()
        return None if store is None else day_counts(store, self._now().date())

    def flush(self) -> None:
        """Wait until every session ended so far is written (tests, the export, the end)."""
        if self._writer is not None:
            self._writer.submit(lambda: None).result()

    def finish(self) -> None:
        """The program ends: the session in progress ends too and every write completes."""
        self._end()
        if self._writer is not None:
            self._writer.shutdown(wait=True)
            self._writer = None

    # --- inside ------------------------------------------------------------------------------

    def _current(self) -> _Visit | None:
        """The session in progress, begun now if the visitor acts outside one (not on the
        attract screen, not while the session starts over)."""
        if self._visit is None and not self._resetting and \
                self.window.current_screen() not in ("", ATTRACT):
            self._begin(touched=True)
        return None if self._resetting else self._visit

    def _begin(self, touched: bool) -> None:
        wall, now = self._now(), self._clock()
        self._visit = _Visit(day=wall.date(), hour=wall.hour, began=now, last_touch=now,
                             touched=touched, language=self.window.language())
        self._visit.screens[self.window.current_screen()] += 1

    def _end(self) -> None:
        visit, self._visit = self._visit, None
        if visit is None or not visit.touched:
            return
        if self._writer is None:  # at the first session's end, not at start-up
            import concurrent.futures

            self._writer = concurrent.futures.ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="usage")
        self._writer.submit(self._write, visit.day, visit.hour, visit.counts())

    def _write(self, day: dt.date, hour: int, counts: dict[Key, int]) -> None:
        """In the worker thread: one session's counts, in one transaction."""
        from kiosk.usage.store import UsageFileError

        store = self.store()
        if store is None:
            return
        try:
            store.add(day, hour, counts)
        except UsageFileError as error:
            log.error("a visitor session was not counted: %s", error)
        except Exception:  # in a worker thread nobody else would hear of it
            log.exception("a visitor session was not counted")

    def _touch(self, watched: QObject, event: QEvent) -> bool:
        if self._visit is not None:
            self._visit.touched = True
            self._visit.last_touch = self._clock()
        return False

    def _screen_changed(self, screen_id: str) -> None:
        if self._resetting or screen_id == ATTRACT:
            return
        if self._visit is None:
            self._current()  # the first touch after the attract screen: counts this screen
            return
        self._visit.screens[screen_id] += 1
        self._visit.languages.add(self._visit.language)

    def _language_changed(self, code: str) -> None:
        visit = self._current()
        if visit is not None:
            visit.language = code
            visit.languages.add(code)

    def _closing(self) -> None:
        """A start over or a recovery begins: what the window does until the start over ends
        (or, after a recovery, until control returns to the event loop) is the kiosk's doing,
        not the visitor's."""
        self._resetting = True
        self._reset_over.start()

    def _started_over(self) -> None:
        self._resetting = False  # what follows is the next visitor's
        self._reset_over.stop()
        self._end()
        if self.window.current_screen() != ATTRACT:  # windowed: a new session, untouched yet
            self._begin(touched=False)

    def _after_reset(self) -> None:
        self._resetting = False
