"""One tap, one action: drags never activate, and input that began before a screen change, or the
second tap of a double tap that changed it, never reaches what the change revealed.

Qt delivers every press, move and release of a finger or a mouse first to the window (a
QWindow) and then to the widget under it. The guard here sees each of them in the kiosk's one
application input filter (`kiosk.ui.input_filter`) and follows each pointing device's
*sequence*, from its press (or touch begin) to its release:

- A sequence that starts within the platform's double-click interval
  (`QStyleHints.mouseDoubleClickInterval`, 400 ms on Linux) of the last input of the same
  device before the screen changed (`fence`) is the second tap of a double tap, or a finger
  still tapping while the screen changes: all of it -- press, double click, moves, release,
  touch points -- is swallowed at the window, so no widget ever sees it.
- A sequence whose press was delivered before the change, or whose finger travelled further
  than `QStyleHints.startDragDistance` (a drag, a scroll), ends with a *cancelled* release:
  the widget that took the press gets a release far outside itself instead (the way QScroller
  cancels a press it turns into a scroll), so a button un-presses without clicking and the map
  finds no country there.

Everything else passes untouched, so keyboard, wheel and ordinary taps work as before.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF
from PySide6.QtGui import (
    QGuiApplication,
    QMouseEvent,
    QPointerEvent,
    QPointingDevice,
    QTouchEvent,
    QWindow,
)
from PySide6.QtWidgets import QApplication, QScroller, QWidget

from kiosk.ui.input_filter import input_filter

_PRESSES = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                      QEvent.Type.TouchBegin})
_MOVES = frozenset({QEvent.Type.MouseMove, QEvent.Type.TouchUpdate})
_RELEASES = frozenset({QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd,
                       QEvent.Type.TouchCancel})
_KINDS = _PRESSES | _MOVES | _RELEASES
_OUTSIDE = QPointF(-16777215, -16777215)
"""Where a cancelled release happens: -QWIDGETSIZE_MAX, as QScroller's own cancelled press."""

DeviceKey = tuple[int, int, str]


@dataclass
class _Sequence:
    """One device's input from its press to its release."""

    start: int
    """The press's timestamp (ms, the device's clock)."""
    origin: QPointF
    """Where it started, in global coordinates."""
    swallowed: bool
    """No part of it reaches a widget (the second tap of a double tap, a tap during a change)."""
    stale: bool = False
    """It began before the screen changed: its release must not act on the new screen."""
    dragged: bool = False
    """It travelled beyond the drag distance: a drag or a scroll, never a tap."""
    released: bool = False
    verdict: str = ""
    """For its release: "swallow", "cancel" or "pass"."""


class TapGuard(QObject):
    """The application's one guard; made by `tap_guard()`, told of changes by `fence()`."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._sequences: dict[DeviceKey, _Sequence] = {}
        self._last: dict[DeviceKey, tuple[int, QWindow | None]] = {}
        """Each device's last press or release: its timestamp and window."""
        self._fences: dict[DeviceKey, int] = {}
        """Per device, the timestamp of its last input before the latest change."""
        self._seen: tuple[QEvent.Type, DeviceKey, int] | None = None
        input_filter().watch(self, _KINDS, self._input)

    def fence(self, window: QWidget) -> None:
        """The screen of `window` (a top-level widget) changed or an overlay opened or closed:
        what is pressed now was aimed at what was there before, and so is a tap that follows
        the last one within the double-click interval."""
        handle = window.windowHandle()
        if handle is None:  # not shown yet: nobody can have aimed at it
            return
        for key, (stamp, where) in self._last.items():
            if where is handle:
                self._fences[key] = stamp
        for sequence in self._sequences.values():
            if not sequence.released:
                sequence.stale = True

    # --- the filter -------------------------------------------------------------------------

    def _input(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QPointerEvent) or not event.spontaneous():
            return False  # our own cancelled releases, QScroller's replayed presses, copies
        at_window = isinstance(watched, QWindow)
        if not at_window and not isinstance(watched, QWidget):
            return False
        if isinstance(event, QMouseEvent) and event.type() == QEvent.Type.MouseMove and \
                not event.buttons():
            return False  # hovering
        key = _device_key(event.pointingDevice())
        kind = event.type()
        stamp = event.timestamp()
        if self._seen != (kind, key, stamp):  # first sight of this event (window, then widget)
            self._seen = (kind, key, stamp)
            self._follow(kind, key, stamp, event, watched)
        sequence = self._sequences.get(key)
        if sequence is None:
            return False
        if sequence.swallowed:
            return True
        if kind == QEvent.Type.MouseButtonRelease and sequence.verdict == "cancel" and \
                not at_window and isinstance(event, QMouseEvent):
            sequence.verdict = "cancelled"  # once: the copies for the parents are not sent
            _cancel(watched, event)
            return True
        return kind == QEvent.Type.MouseButtonRelease and sequence.verdict == "cancelled"

    def _follow(self, kind: QEvent.Type, key: DeviceKey, stamp: int, event: QPointerEvent,
                watched: QObject) -> None:
        """Update the device's sequence with an event seen for the first time."""
        position = _global_position(event)
        sequence = self._sequences.get(key)
        if kind in _PRESSES:
            if sequence is None or not _same_press(sequence, stamp):
                sequence = self._begin(key, stamp, position)
            self._remember(key, stamp, watched)
        elif sequence is None:
            return
        elif kind in _MOVES:
            if position is not None and _travel(sequence.origin, position) > \
                    QGuiApplication.styleHints().startDragDistance():
                sequence.dragged = True
        elif kind == QEvent.Type.MouseButtonRelease or (
                kind in _RELEASES and isinstance(event, QTouchEvent) and sequence.swallowed):
            if position is not None and _travel(sequence.origin, position) > \
                    QGuiApplication.styleHints().startDragDistance():
                sequence.dragged = True
            sequence.released = True
            sequence.verdict = ("swallow" if sequence.swallowed else
                                "cancel" if sequence.stale or sequence.dragged else "pass")
            if sequence.swallowed:  # a third quick tap is still part of the same burst
                self._fences[key] = stamp
            self._remember(key, stamp, watched)

    def _begin(self, key: DeviceKey, stamp: int, position: QPointF | None) -> _Sequence:
        fence = self._fences.pop(key, None)
        interval = QGuiApplication.styleHints().mouseDoubleClickInterval()
        swallowed = fence is not None and 0 <= stamp - fence <= interval
        sequence = _Sequence(stamp, position or QPointF(), swallowed)
        self._sequences[key] = sequence
        return sequence

    def _remember(self, key: DeviceKey, stamp: int, watched: QObject) -> None:
        if isinstance(watched, QWindow):
            handle: QWindow | None = watched
        elif isinstance(watched, QWidget):
            handle = watched.window().windowHandle()
        else:
            return
        self._last[key] = (stamp, handle)


def _same_press(sequence: _Sequence, stamp: int) -> bool:
    """Whether a double click belongs to the sequence (Qt sends it right after its press)."""
    return not sequence.released and sequence.start == stamp


def _device_key(device: QPointingDevice | None) -> DeviceKey:
    if device is None:
        return (0, 0, "")
    return (device.type().value, device.systemId(), device.name())


def _global_position(event: QPointerEvent) -> QPointF | None:
    if isinstance(event, QMouseEvent):
        return event.globalPosition()
    if event.points():
        return event.points()[0].globalPosition()
    return None


def _travel(start: QPointF, end: QPointF) -> float:
    """How far the pointer went, in logical pixels (Qt's drag distance is a Manhattan length)."""
    return (end - start).manhattanLength()


def _cancel(widget: QObject, release: QMouseEvent) -> None:
    """Give the widget that took the press a release that cannot activate it."""
    cancelled = QMouseEvent(QEvent.Type.MouseButtonRelease, _OUTSIDE, _OUTSIDE, _OUTSIDE,
                            release.button(), release.buttons(), release.modifiers(),
                            release.pointingDevice())
    QApplication.sendEvent(widget, cancelled)


_LOCKED_DOWN = "kioskLockedDown"
"""The dynamic property that marks a locked-down window (set by kiosk.ui.lockdown)."""


def set_locked_down(window: QWidget, locked_down: bool) -> None:
    """Mark `window` as locked down (kiosk.ui.lockdown): its pages scroll by mouse drags too."""
    window.setProperty(_LOCKED_DOWN, locked_down)


def scroll_gesture(page: QWidget) -> QScroller.ScrollerGestureType:
    """How a page of `page`'s window scrolls by hand.

    In a locked-down kiosk (`set_locked_down`, by kiosk.ui.lockdown) by a drag of the left
    button: fingers reach it too (Qt turns touches that no widget takes into mouse events) and
    so do the many kiosk panels that report as a mouse; QScroller holds a press until it knows
    it is no scroll and cancels it when it is. Elsewhere (a field laptop) by touch only, so a
    mouse keeps behaving as a mouse: presses are not held back, and wheel and keys scroll.
    """
    if page.window().property(_LOCKED_DOWN):
        return QScroller.ScrollerGestureType.LeftMouseButtonGesture
    return QScroller.ScrollerGestureType.TouchGesture


def is_tap(widget: QWidget, release: QMouseEvent) -> bool:
    """Whether a release that `widget` gets ends a tap on it: it lies inside (a drag, or a
    press from before a screen change, ends far outside: see `TapGuard`)."""
    return widget.rect().contains(release.position().toPoint())


_guards: dict[int, TapGuard] = {}


def tap_guard() -> TapGuard:
    """The application's one tap guard, made on first use."""
    app = QCoreApplication.instance()
    assert app is not None, "the tap guard needs a QApplication"
    if id(app) not in _guards:
        _guards[id(app)] = TapGuard(app)
    return _guards[id(app)]


def fence(window: QWidget) -> None:
    """Tell the guard that what `window` shows changed (a screen, an overlay)."""
    tap_guard().fence(window.window())
