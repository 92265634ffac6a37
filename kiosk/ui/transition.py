"""A short slide of the new screen in the reading direction (off for those who prefer stillness)."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPoint, QPropertyAnimation
from PySide6.QtWidgets import QWidget

DURATION_MS = 180
OFFSET = 0.12
"""How far in from the side the screen starts, as a part of its width: a hint of movement
that keeps the text readable from the first frame."""


class Slide:
    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self._animation: QPropertyAnimation | None = None

    def run(self, screen: QWidget, forward: bool) -> None:
        """Slide `screen` (just made current) in: from the reading end when going forward,
        from the other side when going back; left and right swap in right-to-left."""
        self.stop()
        if not self.enabled or not screen.isVisible():
            return
        from_end = forward != screen.isRightToLeft()  # forward in LTR: from the right
        shift = round(screen.width() * OFFSET) * (1 if from_end else -1)
        animation = QPropertyAnimation(screen, b"pos", screen)
        animation.setDuration(DURATION_MS)
        animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        animation.setStartValue(QPoint(shift, 0))
        animation.setEndValue(QPoint(0, 0))
        screen.move(shift, 0)
        animation.start()
        self._animation = animation

    def stop(self) -> None:
        """Finish a slide at once (a new screen, a reset, a resize)."""
        if self._animation is not None:
            self._animation.stop()
            target = self._animation.targetObject()
            if isinstance(target, QWidget):
                target.move(0, 0)
            self._animation = None

    def running(self) -> bool:
        return self._animation is not None and \
            self._animation.state() == QPropertyAnimation.State.Running
