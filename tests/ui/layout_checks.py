"""What a visitor would see as wrong in a layout, measured on the real widgets: shared by the
layout matrix and the screen-shape tests."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

from kiosk.ui.widgets.page import Page
from kiosk.ui.widgets.text import TextLabel
from tests.helpers import in_overlay

BLANK_TAIL = 24
"""Pixels of empty page a visitor may scroll into after the last content."""


def on_screen(window: QWidget) -> list[QWidget]:
    """The widgets a visitor sees: shown, in this window, not under a closed overlay."""
    return [w for w in window.findChildren(QWidget)
            if w.isVisible() and w.window() is window and not in_overlay(w)]


def cut_text(widget: QWidget) -> str:
    """Why the widget's text does not fit its box, measured on the text laid out as it is
    drawn, or an empty string."""
    if isinstance(widget, QLabel) and widget.text():
        if isinstance(widget, TextLabel):
            box = widget.text_rect()
            layout, height = widget.text_layout(box.width())
            widest = max((layout.lineAt(i).naturalTextWidth()
                          for i in range(layout.lineCount())), default=0.0)
        else:
            box = widget.contentsRect()
            height = widget.heightForWidth(box.width()) if widget.wordWrap() else \
                widget.sizeHint().height()
            widest = widget.fontMetrics().horizontalAdvance(widget.text()) \
                if not widget.wordWrap() else 0
        if widest > box.width() + 1:
            return f"a line needs {widest:.0f} px of width, has {box.width()}"
        if height > box.height() + 1:
            return f"needs {height:.0f} px of height, has {box.height()}"
        return ""
    if isinstance(widget, QAbstractButton) and widget.text() and not widget.layout():
        hint = widget.sizeHint()
        if widget.width() + 1 < hint.width() or widget.height() + 1 < hint.height():
            return f"needs {hint.width()}x{hint.height()}, has {widget.width()}x{widget.height()}"
    return ""


def screen_box(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def overlaps(widgets: list[QWidget]) -> Iterator[str]:
    """Pairs of controls whose boxes intersect (a control inside another is not a pair)."""
    controls = [w for w in widgets if isinstance(w, (QAbstractButton, QComboBox))]
    boxes = [(w, screen_box(w)) for w in controls]
    for i, (a, box_a) in enumerate(boxes):
        for b, box_b in boxes[i + 1:]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            if box_a.intersects(box_b):
                yield f"{name(a)} overlaps {name(b)}"


def page_problems(page: Page) -> Iterator[str]:
    """Content wider than the page, a blank tail, a scroll bar with nothing to scroll."""
    sheet = page.widget()
    assert sheet is not None
    viewport = page.viewport()
    if sheet.width() > viewport.width():
        yield f"the page is {sheet.width()} px wide in a view of {viewport.width()}"
    bottom = 0
    for child in sheet.findChildren(QWidget):
        if not child.isVisibleTo(sheet) or isinstance(child.parentWidget(), QAbstractButton):
            continue
        box = QRect(child.mapTo(sheet, QPoint(0, 0)), child.size())
        if box.left() < -1 or box.right() > viewport.width() + 1:
            yield f"{name(child)} spans x {box.left()}..{box.right()} in a view of " \
                  f"{viewport.width()}"
        bottom = max(bottom, box.bottom())
    layout = sheet.layout()
    margin = layout.contentsMargins().bottom() if layout else 0
    scroll = page.verticalScrollBar()
    fits = bottom + margin <= viewport.height()
    if scroll.maximum() > 0:
        tail = sheet.height() - bottom - margin
        if tail > BLANK_TAIL:
            yield f"{tail} px of blank page after the last content"
        if fits:
            yield "scrolls although its content fits"
    if fits and scroll.isVisible():
        yield "a scroll bar on a page that fits"


def name(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {text[:24]!r}" if text else type(widget).__name__
