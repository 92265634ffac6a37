"""Two or more widgets side by side from a given width on, one above the other below it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget


class ResponsiveRow(QWidget):
    """`row` is a QBoxLayout that reads in the reading direction (mirrored in RTL) when the
    widget is at least `side_by_side` pixels wide, and top to bottom below that.

    `side_by_side` is a width in pixels or a function giving it, called on every resize, so
    that the threshold can follow the font (text size, screen fit) or the contents.
    """

    def __init__(self, side_by_side: int | Callable[[], int], spacing: int = 24,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._threshold = side_by_side
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)  # mirrors in RTL
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(spacing)

    def threshold(self) -> int:
        return self._threshold() if callable(self._threshold) else self._threshold

    def side_by_side(self) -> bool:
        return self.row.direction() == QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        wide = event.size().width() >= self.threshold()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)
        super().resizeEvent(event)
