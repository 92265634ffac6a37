"""A scrolling column of text for a screen: headings, paragraphs and cards, touch-scrollable."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.widgets.text import text_label

MAX_TEXT_WIDTH = 1280
"""Lines longer than this are hard to read at a kiosk; wider screens get margins instead."""


class Card(QWidget):
    """A shaded block with an optional title and a text."""

    def __init__(self, with_title: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 22)
        layout.setSpacing(8)
        self.title = text_label("cardTitle") if with_title else None
        if self.title is not None:
            layout.addWidget(self.title)
        self.text = text_label()
        layout.addWidget(self.text)


class Page(QScrollArea):
    """The body of a screen: a centred column that scrolls by touch, wheel and keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there (faint when there is nothing to scroll), so the column keeps its width
        # whatever the language or text size, and visitors see when there is more below.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Down scroll
        column = QWidget()
        column.setObjectName("column")
        column.setMaximumWidth(MAX_TEXT_WIDTH)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        outer = QWidget()
        outer.setObjectName("column")
        outer_layout = QVBoxLayout(outer)
        outer_layout.setContentsMargins(48, 28, 48, 48)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 1000)  # takes all the width up to its maximum, then margins grow
        row.addStretch(1)
        outer_layout.addLayout(row)
        outer_layout.addStretch(1)
        self.column = QVBoxLayout(column)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(16)
        self.setWidget(outer)
        # Kinetic touch scrolling; set up just after start-up, off the first frame's path.
        QTimer.singleShot(0, self._grab_touch)

    def _grab_touch(self) -> None:
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)

    def label(self, style: str = "") -> QLabel:
        label = text_label(style)
        self.column.addWidget(label)
        return label

    def card(self, with_title: bool = False) -> Card:
        card = Card(with_title)
        self.column.addWidget(card)
        return card

    def add(self, widget: QWidget) -> QWidget:
        self.column.addWidget(widget)
        return widget

    def scroll_to_top(self) -> None:
        self.verticalScrollBar().setValue(0)
