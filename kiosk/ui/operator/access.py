"""The hidden way into the operator panel: a long press in a corner of the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QWidget

from kiosk.ui.input_filter import input_filter

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
