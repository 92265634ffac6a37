"""Kiosk lock-down: full screen, no way to close, no context menus, optional hidden cursor.

What the app cannot stop (Alt+Tab, Ctrl+Alt+Del, switching consoles) is the compositor's job:
see docs/deploy/.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence

from kiosk.ui.input_filter import input_filter
from kiosk.ui.main_window import MainWindow

_SWALLOWED_KEYS = [QKeySequence(k) for k in ("Esc", "Alt+F4", "Ctrl+Q", "Ctrl+W", "Ctrl+F4")]
_EVENTS = (QEvent.Type.ContextMenu, QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)


class Lockdown(QObject):
    """Applied to the window at start in kiosk mode; `release()` undoes it to exit the kiosk."""

    def __init__(self, window: MainWindow, hide_cursor: bool) -> None:
        super().__init__(window)
        self._window = window
        self._cursor_hidden = hide_cursor
        window.locked = True
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.setWindowState(Qt.WindowState.WindowFullScreen)
        if hide_cursor:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
        input_filter().watch(self, _EVENTS, self._input)

    def release(self) -> None:
        input_filter().unwatch(self._input)
        if self._cursor_hidden:
            QGuiApplication.restoreOverrideCursor()
            self._cursor_hidden = False
        self._window.locked = False

    def _input(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and \
                isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch
                   for k in _SWALLOWED_KEYS):
                return True
        return False
