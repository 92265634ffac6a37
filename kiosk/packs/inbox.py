"""The inbox: a folder watched for packs (a Syncthing folder, a share), each new pack
installed by itself once its files are complete and it checks; and the worker that runs pack
jobs off the GUI thread. QtCore only (no widgets).

When a pack is tried (docs/packs.md, "From where operators are"):

- A pack is seen when FILE.tar is in the inbox under its own name (found.packs_in: a
  temporary ".syncthing.FILE.tar.tmp" is not seen until Syncthing renames it), found on a
  `directoryChanged` of QFileSystemWatcher or by the slow re-scan (RESCAN_MS), which also
  catches what a watcher misses (network and FUSE folders, an inbox created later).
- Once its files (the tar and its .minisig) have not changed for SETTLE_MS, it is checked
  on the worker (kiosk.packs.jobs.from_inbox): a pack that checks and is newer installs; a
  wrong one (tampered, unknown key, older, bad content) is refused with its receipt.
- A pack that fails only because it may still be arriving (PackError.retry: cut short, no
  signature yet) is "waiting": no receipt, and it is checked again whenever its files
  change. Only when its files have then been still for PATIENCE_MS is it refused with a
  receipt (retry: true), once; a signature that arrives later still installs it.
- A pack with a receipt written after its files last changed (found.answered) has been
  answered: it is not tried again (the panel can). So a restart does not refuse, as
  "not newer", the pack it installed itself.

`InboxWatcher.receipt` is emitted for each receipt its installs write, `installed` with the
content to show (a kiosk.packs.jobs.Ready). The log says "pack installed from the inbox:
PACK: installed ID VERSION ..." at INFO (a refusal: the core's "pack refused: ...", and
"pack waiting: ..." for a pack still arriving), and kiosk.ui.live_content's "content
switched to ID VERSION" once it is on the screen.
"""

from __future__ import annotations

import logging
import weakref
from collections import deque
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QElapsedTimer, QFileSystemWatcher, QObject, QThreadPool, QTimer, Signal

from kiosk.packs.found import Fingerprint, answered, fingerprint, packs_in
from kiosk.packs.store import Store

if TYPE_CHECKING:
    from kiosk.packs.install import PackSettings
    from kiosk.packs.jobs import Outcome

log = logging.getLogger(__name__)

SETTLE_MS = 1000
"""How long a pack's files must be unchanged before it is checked: a copy in progress
writes continuously and a Syncthing file appears whole (renamed from its temporary name), so
one second skips checking files while they visibly grow. Checking early is harmless anyway:
a pack cut short is only "waiting"."""
PATIENCE_MS = 5 * 60 * 1000
"""How long the files of a waiting pack must stay still before it is refused with a
receipt: Syncthing retries a failed pull every minute and a USB copy may stall for a while,
so five minutes passes what is still arriving, and the office still learns the same day why
a pack did not install (it installs by itself if the missing file arrives later)."""
RESCAN_MS = 30 * 1000
"""The fallback re-scan: a watcher can miss events (network or FUSE folders) or have
nothing to watch yet (an inbox created after the kiosk started)."""


class _Relay(QObject):
    """Carries results from the pool's threads to the GUI thread. One for the process, made
    on the GUI thread and never deleted: a thread must never emit through an object that the
    GUI thread may be deleting (a closed kiosk's worker), which crashed the interpreter."""

    done = Signal(object, object, object)  # weakref to the PackWorker, then, result

    def __init__(self) -> None:
        super().__init__()
        self.done.connect(self._delivered)  # queued: the slot runs on the GUI thread

    def _delivered(self, worker: weakref.ref[PackWorker], then: Callable[[Any], None],
                   result: Any) -> None:
        alive = worker()
        if alive is None:
            return
        with suppress(RuntimeError):  # its kiosk was closed meanwhile (C++ object deleted)
            alive.deliver(then, result)


_relay: list[_Relay] = []


def _the_relay() -> _Relay:
    if not _relay:
        _relay.append(_Relay())
    return _relay[0]


class PackWorker(QObject):
    """Runs pack jobs one at a time, in order, on Qt's global thread pool; each job's result
    is handed to its `then` on the GUI thread (through one relay object that lives as long as
    the process). A job that raises (a bug) is logged with its traceback as an error, and
    the next job runs. A job still running when the kiosk closes finishes; its result is
    dropped."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: deque[tuple[Callable[[], Any], Callable[[Any], None]]] = deque()
        self._running = False
        self._relay = _the_relay()

    def run(self, job: Callable[[], Any], then: Callable[[Any], None]) -> None:
        """Run `job()` off the GUI thread after the jobs before it; then `then(result)`."""
        self._queue.append((job, then))
        self._next()

    def busy(self) -> bool:
        """Whether a job runs or waits."""
        return self._running or bool(self._queue)

    def _next(self) -> None:
        if self._running or not self._queue:
            return
        job, then = self._queue.popleft()
        self._running = True
        done, me = self._relay.done, weakref.ref(self)

        def task() -> None:
            try:
                result: Any = job()
            except Exception as error:  # a bug: said on the GUI thread
                result = _Failed(error)
            done.emit(me, then, result)

        QThreadPool.globalInstance().start(task)

    def deliver(self, then: Callable[[Any], None], result: Any) -> None:
        """A job's result, on the GUI thread (from the relay): `then(result)`, the next job."""
        self._running = False
        try:
            if isinstance(result, _Failed):
                log.error("a pack job failed", exc_info=result.error)
            else:
                then(result)
        finally:
            self._next()


@dataclass(frozen=True)
class _Failed:
    error: Exception


@dataclass
class _Entry:
    files: Fingerprint
    since: int
    """When the files took this form (QElapsedTimer ms)."""
    state: str
    """"new", "checking", "waiting", "done"."""
    reason: str = ""


class InboxWatcher(QObject):
    """Watches `folder` and installs into `store` each pack that arrives (see the module's
    note), with `settings` (trusted_keys, allow_unsigned_packs), on `worker`.

    `receipt(Receipt)`: a receipt was written (installed or refused); `installed(Ready)`:
    new content to show; `changed()`: a pack's state changed (for the panel). Call `start`.
    """

    receipt = Signal(object)
    installed = Signal(object)
    changed = Signal()

    def __init__(self, folder: Path, store: Store, settings: PackSettings, worker: PackWorker,
                 parent: QObject | None = None, settle_ms: int = SETTLE_MS,
                 patience_ms: int = PATIENCE_MS, rescan_ms: int = RESCAN_MS) -> None:
        super().__init__(parent)
        self.folder = Path(folder).expanduser()
        self.store = store
        self.settings = settings
        self.worker = worker
        self.settle_ms = settle_ms
        self.patience_ms = patience_ms
        self._entries: dict[Path, _Entry] = {}
        self._clock = QElapsedTimer()
        self._clock.start()
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _path: self.scan())
        self._rescan = QTimer(self)
        self._rescan.setInterval(rescan_ms)
        self._rescan.timeout.connect(self.scan)
        self._due = QTimer(self)
        self._due.setSingleShot(True)
        self._due.timeout.connect(self.scan)

    def start(self) -> None:
        """Watch the folder and look at what is in it now."""
        log.info("watching the inbox %s for content packs", self.folder)
        self._rescan.start()
        self.scan()

    def state_of(self, pack: Path) -> tuple[str, str]:
        """What the inbox is doing with `pack`: ("new" | "checking" | "waiting" | "done" |
        "", the reason of a waiting pack)."""
        entry = self._entries.get(pack)
        return ("", "") if entry is None else (entry.state, entry.reason)

    def scan(self) -> None:
        """Look at the inbox's packs now: start what is due, plan the next look."""
        if self.folder.is_dir() and str(self.folder) not in self._watcher.directories():
            self._watcher.addPath(str(self.folder))
        now = self._clock.elapsed()
        packs = packs_in(self.folder)
        for gone in set(self._entries) - set(packs):
            del self._entries[gone]
        due: list[int] = []
        for pack in packs:
            files = fingerprint(pack)
            if files is None:
                continue
            entry = self._entries.get(pack)
            if entry is None or entry.files != files:
                entry = _Entry(files, now, "done" if answered(pack) else "new")
                self._entries[pack] = entry
            if entry.state == "new":
                if now - entry.since >= self.settle_ms:
                    self._try(pack, entry, patient=False)
                else:
                    due.append(entry.since + self.settle_ms)
            elif entry.state == "waiting":
                if now - entry.since >= self.patience_ms:
                    self._try(pack, entry, patient=True)
                else:
                    due.append(entry.since + self.patience_ms)
        if due:
            self._due.start(max(10, min(due) - now))

    def _try(self, pack: Path, entry: _Entry, patient: bool) -> None:
        from kiosk.packs import jobs

        entry.state = "checking"
        job = jobs.install_pack if patient else jobs.from_inbox
        self.worker.run(partial(job, pack, self.store, self.settings),
                        partial(self._done, pack, entry.files))
        self.changed.emit()

    def _done(self, pack: Path, files: Fingerprint, outcome: Outcome) -> None:
        entry = self._entries.get(pack)
        if entry is not None and entry.files == files:
            entry.state = "waiting" if outcome.state == "waiting" else "done"
            entry.reason = outcome.reason
        if outcome.state == "waiting":
            log.info("pack waiting: %s", outcome.reason)
        if outcome.receipt is not None:
            if outcome.receipt.installed:
                log.info("pack installed from the inbox: %s", outcome.receipt.reason)
            self.receipt.emit(outcome.receipt)
        if outcome.ready is not None:
            self.installed.emit(outcome.ready)
        self.changed.emit()
        self.scan()
