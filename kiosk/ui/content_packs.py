"""Content packs in a running kiosk: the worker that installs off the GUI thread, the inbox
watcher, the live switch, and the operator panel's page, wired together on demand.

Nothing heavy at start-up: the pack modules (tarfile, hashing, cryptography) are imported
when the inbox is first looked at, INBOX_DELAY_MS after the kiosk starts, or when the
operator panel is first built.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.packs.found import Volume, removable_volumes
from kiosk.packs.store import Store
from kiosk.settings import Settings
from kiosk.ui.operator.access import OperatorAccess
from kiosk.ui.session import VisitorSession

if TYPE_CHECKING:
    from kiosk.packs.inbox import InboxWatcher, PackWorker
    from kiosk.packs.jobs import Ready
    from kiosk.ui.live_content import LiveContent
    from kiosk.ui.operator.panel import OperatorPanel

INBOX_DELAY_MS = 1000
"""The inbox is first looked at this long after start: not before the first frame."""


class ContentPacks(QObject):
    """The packs of `store` in the kiosk around `session`'s window: `inbox` (None until
    started, and unless `settings.inbox`), `worker`, `live`; the panel gets its page.

    `receipt(Receipt)`: an install or refusal by the inbox or the panel (for the status
    file); `switched(Bundle)`: the content on the screen changed (kiosk.ui.live_content).
    """

    receipt = Signal(object)
    switched = Signal(object)

    def __init__(self, session: VisitorSession, operator: OperatorAccess, store: Store,
                 settings: Settings) -> None:
        super().__init__(session)
        self.session = session
        self.operator = operator
        self.store = store
        self.settings = settings
        self.inbox: InboxWatcher | None = None
        self.volumes: Callable[[], Sequence[Volume]] = removable_volumes
        """The removable volumes the panel searches (tests put their own)."""
        self._worker: PackWorker | None = None
        self._live: LiveContent | None = None
        operator.panel_built.connect(self._add_page)
        if settings.inbox:
            QTimer.singleShot(INBOX_DELAY_MS, self, self.watch_inbox)

    @property
    def worker(self) -> PackWorker:
        if self._worker is None:
            from kiosk.packs.inbox import PackWorker

            self._worker = PackWorker(self)
        return self._worker

    @property
    def live(self) -> LiveContent:
        if self._live is None:
            from kiosk.ui.live_content import LiveContent

            self._live = LiveContent(self.session, self.operator, self.store)
            self._live.switched.connect(self.switched)
        return self._live

    def watch_inbox(self) -> InboxWatcher:
        """Start watching the settings' inbox (once); the watcher."""
        if self.inbox is None:
            from kiosk.packs.inbox import InboxWatcher

            self.inbox = InboxWatcher(Path(self.settings.inbox), self.store, self.settings,
                                      self.worker, self)
            self.inbox.receipt.connect(self.receipt)
            self.inbox.installed.connect(self._installed)
            self.inbox.start()
        return self.inbox

    def show(self, ready: Ready, at_once: bool = False) -> None:
        """Installed content to show (see kiosk.ui.live_content for when)."""
        self.live.offer(ready, at_once)

    def _installed(self, ready: Ready) -> None:
        self.show(ready)

    def _add_page(self, panel: OperatorPanel) -> None:
        from kiosk.ui.operator.packs_panel import TITLE, PacksPage

        panel.add_page(PacksPage(self), TITLE)
