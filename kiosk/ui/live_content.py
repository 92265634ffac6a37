"""Content installed while the kiosk runs goes on the screen: at once when nobody is reading,
at the visitor's next start over otherwise, and then its trial (rolled back if it fails).

When (issue 14: the visitor on screen is not disturbed more than a reload does):
- at once when no visitor can be disturbed: the attract screen is showing, or the kiosk
  never resets by itself (a windowed kiosk, a desk), or the operator asked (the panel);
- otherwise at the next start over (the idle reset after the visitor left, or "Start
  over"): rebuilding every screen under a reading visitor would take their page away, and the
  next visitor sees the new content from their first touch. A newer install waiting replaces
  an older one waiting.

The switch is the operator's "Reload content" (OperatorAccess.show_content) on a bundle
already loaded off the GUI thread (kiosk.packs.jobs.Ready); a pack on trial whose home
screen cannot be built is rolled back by itself (kiosk.packs.trial: log, receipt) and the
content shown before stays. `switched(Bundle)` says what is on the screen now.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kiosk.packs.store import Store
from kiosk.packs.trial import StartContent
from kiosk.ui.operator.access import OperatorAccess
from kiosk.ui.screens import ATTRACT
from kiosk.ui.session import VisitorSession

if TYPE_CHECKING:
    from kiosk.packs.jobs import Ready

log = logging.getLogger(__name__)


class LiveContent(QObject):
    """Puts new content on `session`'s window through `operator` (see the module's note)."""

    switched = Signal(object)
    """The content now shown (a kiosk.content.Bundle), after a switch or a rollback."""

    def __init__(self, session: VisitorSession, operator: OperatorAccess, store: Store
                 ) -> None:
        super().__init__(session)
        self.session = session
        self.operator = operator
        self.store = store
        self.pending: Ready | None = None
        """Content waiting for the next start over."""
        session.started_over.connect(self._started_over)

    def offer(self, ready: Ready, at_once: bool = False) -> None:
        """Show `ready` now if nobody can be disturbed (or `at_once`), else at the next start
        over."""
        window = self.session.window
        quiet = not self.session.settings.resets_when_idle or \
            window.current_screen() == ATTRACT or self.operator.at_work()
        if at_once or quiet:
            self.pending = None
            self._switch(ready)
        else:
            self.pending = ready
            log.info("content %s %s installed; shown at the next start over",
                     ready.installed.bundle_id, ready.installed.version)

    def _started_over(self) -> None:
        ready, self.pending = self.pending, None
        if ready is not None:
            self._switch(ready)

    def _switch(self, ready: Ready) -> None:
        window = self.session.window
        before = window.bundle
        start = StartContent(self.store.content(ready.installed.folder), self.store,
                             ready.installed, ready.on_trial)
        attract = window.current_screen() == ATTRACT
        try:
            self.operator.show_content(ready.bundle)
        except Exception as error:  # the new content's home screen cannot be built
            start.failed(error)  # rolled back, logged, a receipt beside the pack
            self.operator.show_content(before)
        else:
            start.shown()  # a pack on trial is confirmed
            log.info("content switched to %s %s (%s)", ready.installed.bundle_id,
                     ready.installed.version, self.store.content(ready.installed.folder))
        if attract or (self.session.settings.resets_when_idle and not self.operator.at_work()):
            self.session.start_over()  # the attract screen (kiosk) again, on the new content
        self.switched.emit(window.bundle)
