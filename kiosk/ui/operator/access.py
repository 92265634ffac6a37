"""Operator access: the hidden way in (a corner long press, Ctrl+Alt+O) and the panel's acts."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QKeySequence, QMouseEvent, QShortcut, QTouchEvent
from PySide6.QtWidgets import QWidget

from kiosk import logs
from kiosk.content import Bundle, ContentError, load_bundle
from kiosk.settings import Settings, save_settings
from kiosk.ui.input_filter import input_filter
from kiosk.ui.main_window import MainWindow
from kiosk.ui.session import VisitorSession
from kiosk.ui.widgets.text import isolate

if TYPE_CHECKING:
    from kiosk.ui.operator.panel import OperatorPanel

log = logging.getLogger(__name__)

CORNER_PX = 96
"""How near a corner a press must start; a fingertip's width and a little more."""
HOLD_MS = 3000
SLOP_PX = 24
"""How far a finger may drift during the long press."""
_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.MouseMove,
           QEvent.Type.TouchUpdate, QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd,
           QEvent.Type.TouchCancel)


class CornerLongPress(QObject):
    """Emits `triggered` when a press starts in a corner of `window` and is held for 3 s."""

    triggered = Signal()

    def __init__(self, window: QWidget, hold_ms: int = HOLD_MS) -> None:
        super().__init__(window)
        self._window = window
        self._start: QPoint | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hold_ms)
        self._timer.timeout.connect(self.triggered)
        input_filter().watch(self, _EVENTS, self._input)

    def _input(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            point = self._global_point(event)
            if point is not None and self._in_corner(point):
                self._start = point
                self._timer.start()
        elif kind in (QEvent.Type.MouseMove, QEvent.Type.TouchUpdate) and self._timer.isActive():
            point = self._global_point(event)
            if point is None or self._start is None or \
                    (point - self._start).manhattanLength() > SLOP_PX:
                self._timer.stop()
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd,
                      QEvent.Type.TouchCancel):
            self._timer.stop()
        return False

    @staticmethod
    def _global_point(event: QEvent) -> QPoint | None:
        if isinstance(event, QMouseEvent):
            return event.globalPosition().toPoint()
        if isinstance(event, QTouchEvent) and event.points():
            return event.points()[0].globalPosition().toPoint()
        return None

    def _in_corner(self, point: QPoint) -> bool:
        local = self._window.mapFromGlobal(point)
        width, height = self._window.width(), self._window.height()
        if not (0 <= local.x() < width and 0 <= local.y() < height):
            return False
        near_x = local.x() < CORNER_PX or local.x() >= width - CORNER_PX
        near_y = local.y() < CORNER_PX or local.y() >= height - CORNER_PX
        return near_x and near_y


class OperatorAccess(QObject):
    """The operator's way in and what the panel does: a corner press or Ctrl+Alt+O opens the
    panel (behind the PIN in kiosk mode); save, reload and exit act through `session`.

    Parented to the window. `exit_requested` asks the wiring to end the kiosk (release the
    lock-down, close the window); `at_work()` tells the session to hold its idle count.
    """

    exit_requested = Signal()
    panel_built = Signal(object)
    """The panel was built (OperatorPanel), the first time it was needed: for its extra pages."""

    def __init__(self, window: MainWindow, session: VisitorSession, settings_path: Path,
                 warnings: Sequence[str]) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.settings_path = settings_path
        self.warnings = list(warnings)
        self._panel: OperatorPanel | None = None
        CornerLongPress(window).triggered.connect(self.open_panel)
        QShortcut(QKeySequence("Ctrl+Alt+O"), window).activated.connect(self.open_panel)
        session.add_hold(self.at_work)
        session.closing.connect(self.close_panel)
        settings = session.settings
        if settings.kiosk and not settings.pin_hash:
            log.warning("no operator PIN is set: the operator panel cannot be opened in kiosk "
                        "mode; set one with 'kiosk set-pin'")

    @property
    def panel(self) -> OperatorPanel:
        """The operator panel, built the first time it is needed (not at start-up)."""
        if self._panel is None:
            from kiosk.ui.operator import panel  # built by an operator, not at every start

            self._panel = panel.OperatorPanel(self.window, self._language_names(),
                                              self._diagnostics)
            self._panel.save_requested.connect(self._save)
            self._panel.reload_requested.connect(self._reload)
            self._panel.exit_requested.connect(self._exit)
            self._panel.unlocked.connect(self.session.restart_idle)  # held: see at_work
            self._panel.closed.connect(self.session.restart_idle)
            self.panel_built.emit(self._panel)
        return self._panel

    def at_work(self) -> bool:
        """Whether the operator works in the unlocked panel. The PIN pad alone does not
        count: a visitor who opens it by chance and walks away leaves a kiosk that resets."""
        return self._panel is not None and self._panel.is_unlocked()

    def open_panel(self) -> None:
        """Show the panel (its PIN pad first), unless it is open or no PIN guards a kiosk."""
        if self._panel is not None and self._panel.isVisible():
            return
        settings = self.session.settings
        if settings.kiosk and not settings.pin_hash:
            log.warning("operator panel refused: no PIN is set ('kiosk set-pin')")
            return
        self.panel.open_panel(settings, self.warnings)

    def close_panel(self) -> None:
        """Close the panel if it is open (a start over, a recovery)."""
        if self._panel is not None and self._panel.isVisible():
            self._panel.close_panel()

    def _save(self, settings: Settings) -> None:
        try:
            save_settings(settings, self.settings_path)
        except OSError as error:
            log.error("%s", error)
            self.panel.say(QCoreApplication.translate(
                "OperatorPanel", "Not saved: %1").replace("%1", isolate(str(error))))
            return
        self.session.apply(settings)
        self.panel.say(QCoreApplication.translate("OperatorPanel", "Saved to %1")
                       .replace("%1", isolate(str(self.settings_path))))

    def _reload(self) -> None:
        directory = self.window.bundle.directory
        try:
            bundle = load_bundle(directory)
        except ContentError as error:
            log.error("content reload refused, the current content stays:\n%s", error)
            self.panel.say_reload_refused([str(p) for p in error.problems])
            return
        self.show_content(bundle)
        self.panel.say(QCoreApplication.translate("OperatorPanel", "Content reloaded: %1")
                       .replace("%1", isolate(f"{bundle.facts.bundle.id} "
                                              f"{bundle.facts.bundle.version}")))
        log.info("content reloaded from %s (sha256 %s): languages %s; draft (unofficial) %s",
                 directory, bundle.checksum, ", ".join(bundle.languages),
                 ", ".join(bundle.drafts) or "none")

    def show_content(self, bundle: Bundle) -> None:
        """Show `bundle` instead of the current content (a reload, a pack installed): every
        screen built anew on home, the offered languages and the panel's lists updated.
        Raises what building the home screen raises (a pack's trial: kiosk.ui.live_content)."""
        self.window.replace_bundle(bundle)
        self.session.apply(self.session.chosen)  # "all languages" now includes a new one
        if self._panel is not None:  # its lists too
            self._panel.set_languages(self._language_names(), self.session.settings)

    def _exit(self) -> None:
        log.info("operator exited the kiosk")
        self.exit_requested.emit()

    def _language_names(self) -> dict[str, str]:
        bundle = self.window.bundle
        return {code: bundle.texts[code].language.name for code in bundle.languages}

    def _diagnostics(self) -> str:
        from kiosk import diagnostics

        return diagnostics.report(self.window.bundle, self.settings_path, self.warnings,
                                  logs.log_path)
