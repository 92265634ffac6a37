"""A layer over the whole window (attract screen, idle warning, operator panel)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget


class Overlay(QWidget):
    """Covers its parent window, dimming it, and follows its size; hidden until `open()`."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dim")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        parent.installEventFilter(self)
        self.hide()

    def open(self) -> None:
        parent = self.parentWidget()
        assert parent is not None
        self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        parent = self.parentWidget()
        if event.type() == QEvent.Type.Resize and parent is not None and watched is parent:
            self.setGeometry(parent.rect())
        return False

    @staticmethod
    def card(max_width: int) -> tuple[QWidget, QVBoxLayout]:
        """The light panel in the middle of an overlay, and its column."""
        card = QWidget()
        card.setObjectName("dialog")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        card.setMaximumWidth(max_width)
        column = QVBoxLayout(card)
        column.setContentsMargins(40, 32, 40, 32)
        column.setSpacing(20)
        return card, column
