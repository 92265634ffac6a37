"""A layer over the whole window (attract screen, idle warning, operator panel, language sheet)
that gives the keyboard focus back to where it was when it closes."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QHideEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from kiosk.ui import touch


class Overlay(QWidget):
    """Covers its parent window, dimming it, and follows its size; hidden until `open()`.

    `open()` remembers the widget that had the keyboard focus; hiding the overlay (`hide()`,
    however it is reached) gives the focus back to it if it still exists, is visible and
    enabled, and otherwise to the parent window, whose focus proxy is the current screen
    (WCAG 2.4.3: focus order stays meaningful; a keyboard user is not thrown back to the top).
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dim")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        parent.installEventFilter(self)
        self._focus_before: QWidget | None = None
        self._card: QWidget | None = None
        self.hide()

    def close_beside(self, card: QWidget) -> None:
        """From now on Esc, and a tap on the dimmed screen outside `card` (a widget inside
        the overlay, however deep), close the overlay: the language sheet, the take-away card,
        the search overlay."""
        self._card = card

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._card is None:
            super().mousePressEvent(event)
            return
        card = QRect(self._card.mapTo(self, QPoint(0, 0)), self._card.size())
        if not card.contains(event.position().toPoint()):
            self.hide()  # a tap on the dimmed screen beside the card
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if self._card is not None and event.key() == Qt.Key.Key_Escape:
            self.hide()
        else:
            super().keyPressEvent(event)

    def open(self) -> None:
        parent = self.parentWidget()
        assert parent is not None
        focus = QApplication.focusWidget()
        if focus is not None and focus is not self and not self.isAncestorOf(focus):
            self._focus_before = focus  # opened again while open: keep the first one
        self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.setFocus()
        touch.fence(self)  # a finger still down was aiming at what is now covered

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        # Sent before Qt moves the focus off a hidden widget to the next tab stop; isHidden()
        # tells this overlay's own hide() from its window's being hidden.
        super().hideEvent(event)
        if self.isHidden():
            touch.fence(self)  # the closing tap's second tap must not press what was beneath
            self._give_focus_back()

    def _give_focus_back(self) -> None:
        before, self._focus_before = self._focus_before, None
        focus = QApplication.focusWidget()
        if focus is not None and focus is not self and not self.isAncestorOf(focus):
            return  # the focus has already moved on (another overlay, a new screen)
        if before is not None and shiboken6.isValid(before) and before.isVisible() \
                and before.isEnabled() and before.window() is self.window():
            before.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        parent = self.parentWidget()
        if parent is not None:
            parent.setFocus(Qt.FocusReason.OtherFocusReason)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt's names
        """Tab and Shift+Tab go round the overlay's own controls in their focus order: what
        it covers is out of reach while it is open (a modal dialog, WAI-ARIA APG)."""
        start = QApplication.focusWidget() or self
        widget: QWidget | None = start
        while True:
            assert widget is not None  # the focus chain is a ring
            widget = widget.nextInFocusChain() if next else widget.previousInFocusChain()
            if widget is None or widget is start:
                return True
            if self.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() \
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus \
                    and widget.focusProxy() is None:
                widget.setFocus(Qt.FocusReason.TabFocusReason if next
                                else Qt.FocusReason.BacktabFocusReason)
                return True

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
