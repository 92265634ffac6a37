"""A scrolling column of text for a screen: headings, paragraphs and cards, touch-scrollable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui import touch
from kiosk.ui.widgets.draft_note import draft_note, show_note
from kiosk.ui.widgets.text import text_label

MEASURE_EMS = 58
"""The widest text column, in body-text ems (1280 px at the designed 22 px): longer lines are
hard to read at a kiosk. It grows with the text size, so larger text keeps its words a line."""
MARGIN = (16, 48)
"""The page's side margins in px, from a 800 px wide window to a 1600 px one and wider."""


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
        layout.addStretch(1)  # in a row of taller cards, the text stays under its title


class Page(QScrollArea):
    """The body of a screen: a centred column that scrolls by touch, wheel and keyboard.

    It scrolls only when its content is taller than the screen (then a scroll bar shows), and
    it ends at its last line: no blank tail to scroll into.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Down scroll
        self._column_widget = QWidget()
        self._column_widget.setObjectName("column")
        self._column_widget.setSizePolicy(QSizePolicy.Policy.Expanding,
                                          QSizePolicy.Policy.Preferred)
        outer = _Sheet()
        outer.setObjectName("column")
        self._outer = QVBoxLayout(outer)
        self._outer.setContentsMargins(MARGIN[1], 28, MARGIN[1], 40)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._column_widget, 1000)  # all the width up to its maximum, then margins
        row.addStretch(1)
        self._outer.addLayout(row, 1)
        self.column = QVBoxLayout(self._column_widget)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(16)
        self._end = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        self.column.addItem(self._end)  # takes what is left of a tall screen, unless filled
        self.draft_note = draft_note()
        """Placed under the first heading added (`label("heading")`), shown for a draft."""
        self.setWidget(outer)
        # Kinetic touch scrolling; set up just after start-up, off the first frame's path.
        # The page as the timer's context: a page deleted first (a reload) is not touched.
        QTimer.singleShot(0, self, self._grab_touch)

    def _grab_touch(self) -> None:
        QScroller.grabGesture(self.viewport(), touch.scroll_gesture(self))

    def label(self, style: str = "") -> QLabel:
        label = text_label(style)
        self.add(label)
        if style == "heading" and self.draft_note.parentWidget() is None:
            # Right under the page's title: seen with it, and read after it.
            self.column.insertWidget(self.column.count() - 1, self.draft_note, 0,
                                     Qt.AlignmentFlag.AlignLeading)
        return label

    def show_draft_note(self, draft: bool) -> None:
        """Show the "Unofficial translation" note under the heading when the language shown
        is a draft (kiosk.ui.widgets.draft_note), hide it when it is reviewed."""
        show_note(self.draft_note, draft and self.draft_note.parentWidget() is not None)

    def card(self, with_title: bool = False) -> Card:
        card = Card(with_title)
        self.add(card)
        return card

    def add(self, widget: QWidget, fill: bool = False) -> QWidget:
        """Add a widget at the end of the column; `fill=True` gives it what is left of the
        screen's height (home's tiles on a portrait screen) instead of blank space."""
        self.column.insertWidget(self.column.count() - 1, widget, 1 if fill else 0)
        if fill:
            self._end.changeSize(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
        return widget

    def scroll_to_top(self) -> None:
        self.verticalScrollBar().setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self._fit_measure(event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_measure(self.width())
        super().changeEvent(event)

    def _fit_measure(self, width: int) -> None:
        """Side margins from the window's width, the column's measure from the text size."""
        low, high = MARGIN
        side = round(min(high, max(low, low + (width - 800) * (high - low) / 800)))
        margins = self._outer.contentsMargins()
        if margins.left() != side:
            self._outer.setContentsMargins(side, margins.top(), side, margins.bottom())
        measure = MEASURE_EMS * self._column_widget.fontInfo().pixelSize()
        if self._column_widget.maximumWidth() != measure:
            self._column_widget.setMaximumWidth(measure)


class _Sheet(QWidget):
    """The scrolled widget. Its height is its layout's height for the viewport's width and
    nothing more: a layout's minimum height adds up the minimum heights of word-wrapped
    labels at their narrowest, which QScrollArea would use and which left up to 500 px of
    blank page to scroll into after the last line."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(0, 0)
