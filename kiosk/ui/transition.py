"""A short slide of the new screen in the reading direction (off for those who prefer stillness)."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPoint, QPropertyAnimation
from PySide6.QtWidgets import QWidget

DURATION_MS = 180
OFFSET = 0.12
"""How far in from the side the screen starts, as a part of its width: a hint of movement
that keeps the text readable from the first frame."""


class Slide:
    """One animation, reused for every screen: nothing is left behind per navigation."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self._animation = QPropertyAnimation()
        self._animation.setPropertyName(b"pos")
        self._animation.setDuration(DURATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.setEndValue(QPoint(0, 0))

    def run(self, screen: QWidget, forward: bool) -> None:
        """Slide `screen` (just made current) in: from the reading end when going forward,
        from the other side when going back; left and right swap in right-to-left."""
        self.stop()
        if not self.enabled or not screen.isVisible():
            return
        from_end = forward != screen.isRightToLeft()  # forward in LTR: from the right
        shift = round(screen.width() * OFFSET) * (1 if from_end else -1)
        self._animation.setTargetObject(screen)
        self._animation.setStartValue(QPoint(shift, 0))
        screen.move(shift, 0)
        self._animation.start()

    def stop(self) -> None:
        """Finish a slide at once (a new screen, a reset, a resize)."""
        if self._animation.state() == QPropertyAnimation.State.Running:
            self._animation.stop()
            target = self._animation.targetObject()
            if isinstance(target, QWidget):
                target.move(0, 0)
