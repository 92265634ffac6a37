"""The running kiosk's status reporter: rewrites status/<kiosk-id>.json in the outbox every
`WRITE_INTERVAL_S`, and soon after every change (content, offered languages, an install or a
refusal, an error logged), until the kiosk ends (a last file saying it stopped).

Made by kiosk.app's `Kiosk` only when the `outbox` setting is set; it reads the window's
public state (`bundle`, `offered_languages()`), the pack store's pointer and newest receipt,
and counts log records at ERROR with a handler on the root logger. The status is put together
on the GUI thread (0.2 ms to see whether anything changed, 1 ms for a whole status with the
day's counts from SQLite, on this project's machine) and
written on a thread of its own: QSaveFile's commit flushes the file to the disk, 8 ms on this
machine and far more on a kiosk's SD card, which would be a frame missed. It never opens a
socket.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from kiosk import STARTED, __version__
from kiosk.fleet.identity import kiosk_id, kiosk_name
from kiosk.fleet.restarts import RunMarker
from kiosk.fleet.status import INSTALL_KEYS, WRITE_INTERVAL_S, Status, utc_now, write_status

if TYPE_CHECKING:
    from kiosk.content.model import Bundle
    from kiosk.packs.store import Store
    from kiosk.settings import Settings

log = logging.getLogger(__name__)

CHECK_INTERVAL_S = 30
"""How often the reporter looks for a change no signal told it of (a pack installed from the
command line, the offered languages saved in the panel): a JSON read of the pack pointer and
the receipts' last line, written only when something differs."""
SOON_MS = 1000
"""A change is written this long after it, so a burst (an error storm, a reload) is one file."""
REASON_CHARS = 300
"""A receipt's reason is cut to this in the status (the full one is in the store's log)."""


class Shown(Protocol):
    """What the reporter reads of the window (kiosk.ui.main_window.MainWindow)."""

    @property
    def bundle(self) -> Bundle: ...

    def offered_languages(self) -> list[str]: ...


class _ErrorCount(logging.Handler):
    """Counts log records at ERROR and above, from any thread; calls `seen` after each."""

    def __init__(self, seen: Callable[[], None]) -> None:
        super().__init__(logging.ERROR)
        self.count = 0
        self._seen = seen

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        self._seen()


class StatusReporter(QObject):
    """Keeps this kiosk's status file in `settings.outbox` up to date (see the module).

    `folder` is where the kiosk id and the run marker are kept (default: the data folder's
    fleet/), `store` the pack store (default: this kiosk's), `day_counts` gives today's usage
    counts (None: not counted). `written(path)` is emitted after each file; `changed()` asks
    for a file soon; `stop()` writes the last one (running: false) and ends the run cleanly
    (called when the application quits). Files are written one at a time, in order, on the
    reporter's own thread; `written` comes from there (queued to the GUI thread's slots)."""

    written = Signal(str)
    _error_logged = Signal()

    def __init__(self, window: Shown, settings: Settings, parent: QObject | None = None,
                 folder: Path | None = None, store: Store | None = None,
                 day_counts: Callable[[], dict[str, Any] | None] | None = None) -> None:
        super().__init__(parent)
        from kiosk.packs.store import Store, default_root
        from kiosk.paths import data_dir

        folder = folder if folder is not None else data_dir() / "fleet"
        self.window = window
        self.outbox = Path(settings.outbox)
        self.kiosk_id = kiosk_id(settings.kiosk_id, folder)
        self.kiosk_name = kiosk_name(settings.kiosk_name)
        self.store = store if store is not None else Store(default_root())
        self.day_counts = day_counts
        self._marker = RunMarker(folder)
        self._restarts = self._marker.start()
        self._errors = _ErrorCount(self._error_logged.emit)  # queued when from another thread
        self._error_logged.connect(self.changed)
        logging.getLogger().addHandler(self._errors)
        errors = self._errors
        self.destroyed.connect(lambda: logging.getLogger().removeHandler(errors))
        self._last: dict[str, Any] | None = None
        self._failure = ""
        """The last write's failure, said once (touched on the writing thread only)."""
        self._running = True
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fleet-status")
        writer = self._writer
        self.destroyed.connect(lambda: writer.shutdown(wait=True))  # no write after the end
        self._soon = QTimer(self, singleShot=True, interval=SOON_MS)
        self._soon.timeout.connect(self.write_soon)
        self._every = QTimer(self, interval=WRITE_INTERVAL_S * 1000)
        self._every.timeout.connect(self.write_soon)
        self._check = QTimer(self, interval=CHECK_INTERVAL_S * 1000)
        self._check.timeout.connect(self._refresh_soon)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        self._every.start()
        self._check.start()
        self._soon.start()  # the first file once the window is up, not during start-up
        log.info("fleet: kiosk %s (%s) reports to %s", self.kiosk_id, self.kiosk_name,
                 self.outbox)

    @property
    def path(self) -> Path:
        from kiosk.fleet.status import status_path

        return status_path(self.outbox, self.kiosk_id)

    def changed(self) -> None:
        """Something the status tells has changed: write it soon (bursts are one file)."""
        if self._running:
            self._soon.start()

    def status(self) -> Status:
        """The status now."""
        bundle = self.window.bundle
        facts = self._facts()
        return Status(
            kiosk_id=self.kiosk_id, kiosk_name=self.kiosk_name, app_version=__version__,
            content_id=bundle.facts.bundle.id, content_version=bundle.facts.bundle.version,
            content_source=facts["content_source"], languages=tuple(facts["languages"]),
            last_install=facts["last_install"], errors=self._errors.count,
            crash_restarts=self._restarts.count, last_crash_restart=self._restarts.last,
            uptime_s=int(time.monotonic() - STARTED), running=self._running,
            day_counts=self._counts(), written=utc_now())

    def write(self) -> Path | None:
        """Write the status now and wait for it; its path, or None when it cannot be written
        (logged as a warning once per reason, never as an error: that would be counted and
        written again)."""
        return self._submit().result()

    def write_soon(self) -> None:
        """Write the status on the reporter's thread, without waiting (the timers)."""
        self._submit()

    def _submit(self) -> Future[Path | None]:
        self._soon.stop()
        status = self.status()
        self._last = self._facts(status)
        return self._writer.submit(self._write_file, status)

    def _write_file(self, status: Status) -> Path | None:
        """On the writing thread: the file, or the warning that it could not be written."""
        try:
            path = write_status(status, self.outbox)
        except OSError as error:
            if str(error) != self._failure:
                self._failure = str(error)
                log.warning("fleet status not written: %s", error)
            return None
        if self._failure:
            log.info("fleet status written again to %s", path)
            self._failure = ""
        with suppress(RuntimeError):  # the kiosk closed meanwhile
            self.written.emit(str(path))
        return path

    def stop(self) -> None:
        """The kiosk ends cleanly: a last status (running: false), the run marker removed,
        no more files. Safe to call more than once."""
        if not self._running:
            return
        self._running = False
        for timer in (self._soon, self._every, self._check):
            timer.stop()
        self.write()
        self._writer.shutdown(wait=True)
        logging.getLogger().removeHandler(self._errors)
        self._marker.end()

    def refresh(self) -> Path | None:
        """Write the status now if what it tells (content, languages, last install, errors)
        differs from the last file written; its path, or None when nothing was written.
        Every CHECK_INTERVAL_S, for the changes no signal tells of."""
        return self.write() if self._facts() != self._last else None

    def _refresh_soon(self) -> None:
        if self._facts() != self._last:
            self.write_soon()

    def _facts(self, status: Status | None = None) -> dict[str, Any]:
        """What a change is made of: the status without its clocks and counts."""
        if status is not None:
            return {"content": (status.content_id, status.content_version),
                    "content_source": status.content_source,
                    "languages": list(status.languages), "last_install": status.last_install,
                    "errors": status.errors}
        bundle = self.window.bundle
        return {"content": (bundle.facts.bundle.id, bundle.facts.bundle.version),
                "content_source": self._source(bundle.directory),
                "languages": self.window.offered_languages(),
                "last_install": self._last_install(), "errors": self._errors.count}

    def _source(self, directory: Path) -> str:
        from kiosk.content import default_content_dir

        active = self.store.active_content()
        if active is not None and _same(active, directory):
            return "pack"
        return "bundled" if _same(default_content_dir(), directory) else "folder"

    def _last_install(self) -> dict[str, str | None] | None:
        """The store's newest receipt, as `Status.last_install`; None when there is none."""
        receipt = last_receipt(self.store.root / "receipts.jsonl")
        if receipt is None:
            return None
        install: dict[str, str | None] = {}
        for key in INSTALL_KEYS:
            value = receipt.get(key)
            install[key] = None if value is None else str(value)
        if install["reason"] is not None and len(install["reason"]) > REASON_CHARS:
            install["reason"] = install["reason"][:REASON_CHARS - 1] + "…"
        return install

    def _counts(self) -> dict[str, Any] | None:
        if self.day_counts is None:
            return None
        try:
            return self.day_counts()
        except Exception as error:  # the counts are extra: a status goes out without them
            log.warning("fleet status without the day's counts: %s", error)
            return None


def last_receipt(path: Path, tail: int = 64 * 1024) -> dict[str, Any] | None:
    """The last JSON object line of a receipts log (kiosk.packs.store's receipts.jsonl),
    reading only its last `tail` bytes; None when there is none or it cannot be read."""
    try:
        with path.open("rb") as file:
            file.seek(0, 2)
            size = file.tell()
            file.seek(max(0, size - tail))
            lines = file.read().splitlines()
    except OSError:
        return None
    for line in reversed(lines):
        try:
            data = json.loads(line)
        except ValueError:
            continue
        if isinstance(data, dict):
            return data
    return None


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
