"""Kiosk lock-down: full screen, no way to close, no context menus, optional hidden cursor.

It works on the window from outside, with event filters of its own: the window does not know
it is locked down (a close is refused here, not by a flag the window reads).

Full screen is kept, not only asked for once: on X11 without a window manager (the usual
kiosk) nobody resizes the window when xrandr changes the resolution or rotates the screen, so
the lock-down follows the screen's geometry itself, and every idle reset asserts full screen,
raise and activate again (a window manager's key that hid or shrank the kiosk heals).

What the app cannot stop (Alt+Tab, Ctrl+Alt+Del, switching consoles) is the compositor's job:
see docs/deploy/.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QScreen
from PySide6.QtWidgets import QWidget

from kiosk.ui import touch
from kiosk.ui.input_filter import input_filter

_SWALLOWED_KEYS = [QKeySequence(k) for k in ("Esc", "Alt+F4", "Ctrl+Q", "Ctrl+W", "Ctrl+F4")]
"""What would close or leave the kiosk from a keyboard: swallowed before any widget or shortcut."""
_EVENTS = (QEvent.Type.ContextMenu, QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)


class Lockdown(QObject):
    """Applied to `window` at start in kiosk mode (parented to it); `release()` undoes it to
    exit the kiosk. While active, `window` refuses every close (close(), Alt+F4, the window
    manager's), keys in `_SWALLOWED_KEYS` and context-menu requests reach nobody, and a
    mouse drag scrolls pages as a finger does (kiosk.ui.touch)."""

    def __init__(self, window: QWidget, hide_cursor: bool) -> None:
        super().__init__(window)
        self._window = window
        self._cursor_hidden = hide_cursor
        self.active = True
        """Until `release()`."""
        touch.set_locked_down(window, True)
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.setWindowState(Qt.WindowState.WindowFullScreen)
        if hide_cursor:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
        input_filter().watch(self, _EVENTS, self._input)
        self._screen: QScreen | None = None
        self._follows_window = False
        self._shrink_pending = False
        self._covered: QRect | None = None
        """The screen geometry the window was last made to cover."""
        window.installEventFilter(self)  # its first Show: its native window exists from then

    def reassert(self) -> None:
        """Full screen on the window's screen, above every other window, with the focus
        (each idle reset); nothing while the window is not shown."""
        if not self.active or not self._window.isVisible():
            return
        screen = self._window.screen()
        if screen is not None:
            self._cover(screen.geometry())
        self._window.raise_()
        self._window.activateWindow()

    def release(self) -> None:
        """The window closes, keys and context menus act, the cursor shows again."""
        input_filter().unwatch(self._input)
        if self._cursor_hidden:
            QGuiApplication.restoreOverrideCursor()
            self._cursor_hidden = False
        self.active = False
        touch.set_locked_down(self._window, False)
        self._follow(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._window and self.active and event.type() == QEvent.Type.Close:
            event.ignore()  # refused: QWidget.close() returns False, the window stays
            return True
        if watched is self._window and self.active and \
                event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._shrink_to_screen()  # the layout is about to redo its minimum: see there
        # Only a full-screen window: a --screenshot asks for a picture of its own size.
        if watched is self._window and event.type() == QEvent.Type.Show and \
                not self._follows_window and \
                self._window.windowState() & Qt.WindowState.WindowFullScreen:
            handle = self._window.windowHandle()
            if handle is not None:  # moved to another screen (a second display, a new one)
                self._follows_window = True
                handle.screenChanged.connect(self._follow)
            self._follow(self._window.screen())
        return False

    def _follow(self, screen: QScreen | None) -> None:
        """Cover `screen` now and whenever its geometry changes (resolution, rotation)."""
        if self._screen is not None:
            self._screen.geometryChanged.disconnect(self._cover)
        self._screen = screen if self.active else None
        if self._screen is not None:
            self._screen.geometryChanged.connect(self._cover)
            self._cover(self._screen.geometry())

    def _cover(self, geometry: QRect) -> None:
        """Make the window `geometry` (the screen's, in device-independent pixels) and full
        screen. The geometry first: without a window manager it is the only thing that
        resizes the window (and Qt clears the full-screen state on a resize); the state then
        asks a window manager, where there is one, for full screen."""
        if not self.active:
            return
        self._covered = QRect(geometry)
        self._window.setGeometry(geometry)
        state = self._window.windowState() & ~Qt.WindowState.WindowMinimized  # a WM's key
        self._window.setWindowState(state | Qt.WindowState.WindowFullScreen)

    def _shrink_to_screen(self) -> None:
        """A window larger than its screen was held up by its minimum size, which is its type
        scale's for the size it had (1920x1080 type on an 800x480 panel); the resize gives it
        the smaller type, so cover the screen again once the layout has redone its minimum
        (after each layout request: the one it is about to handle, and those that follow as
        wrapped text settles). Only when larger: a window manager that shrinks the kiosk is
        answered at the next idle reset instead."""
        target = self._covered
        if target is None or self._shrink_pending:
            return
        size = self._window.size()
        if size.width() > target.width() or size.height() > target.height():
            self._shrink_pending = True
            QTimer.singleShot(0, self, self._shrink_now)  # not after the lock-down is gone

    def _shrink_now(self) -> None:
        self._shrink_pending = False
        if self._covered is not None:
            self._cover(self._covered)

    def _input(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and \
                isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch
                   for k in _SWALLOWED_KEYS):
                # A ShortcutOverride left unaccepted lets Qt run the shortcut even when the
                # event reaches nobody: accepted, it says "a widget takes this key", so no
                # shortcut runs, and the KeyPress that follows is swallowed here too.
                event.accept()
                return True
        return False
