"""Labels for text a visitor reads: plain text only, wrapped, never rich text or links.

Every label comes from `text_label()`, a `TextLabel`: a QLabel that draws its own text with
QTextLayout. QLabel draws plain text with `QPainter.drawText(rect, flags, text)`, which
aligns each line itself (qt_format_text) and gets a wrapped right-to-left line's trailing
space wrong: every line but the last is drawn exactly one space width (3 px at 9 pt, 6-7 px
at text size 1.5) in from its start edge, and a line that fills the width loses as much of
its last word past the other edge ("الإنسان" drawn as "الإنساز"). No flag helps: QLabel
keeps only alignment bits, and Qt.TextIncludeTrailingSpaces changes nothing there.
QTextLine.draw() of the same layout (same text, font and width, so the same line breaks)
puts every line flush, so QLabel keeps the rest: size hints, accessibility, plain text only.
Left-to-right text is drawn pixel for pixel as QLabel draws it.
"""

from __future__ import annotations

import math
import sys
import unicodedata

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QStyle, QWidget

_ISOLATE_OPEN = "\u2066\u2067\u2068"  # LRI, RLI, FSI
_ISOLATE_CLOSE = "\u2069"  # PDI


def text_direction(text: str, fallback: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction of a paragraph from its first strong character (Unicode UAX #9, rules
    P2-P3: text inside isolates is skipped), or `fallback` when it has none (digits only)."""
    depth = 0
    for char in text:
        if char in _ISOLATE_OPEN:
            depth += 1
        elif char == _ISOLATE_CLOSE:
            depth = max(0, depth - 1)
        elif not depth:
            kind = unicodedata.bidirectional(char)
            if kind == "L":
                return Qt.LayoutDirection.LeftToRight
            if kind in ("R", "AL"):
                return Qt.LayoutDirection.RightToLeft
    return fallback


def lay_out(text: str, font: QFont, width: float, alignment: Qt.AlignmentFlag,
            direction: Qt.LayoutDirection, wrap: bool = True) -> tuple[QTextLayout, float]:
    """Lay `text` out in lines of `width` pixels; returns the layout and its height in pixels.

    `alignment` is the visual one (as from QStyle.visualAlignment). Lines are placed as
    QPainter.drawText places them (the font's leading between lines, each line on a whole
    pixel), so heights match QLabel's own. A newline is a forced line break.
    """
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption(alignment & Qt.AlignmentFlag.AlignHorizontal_Mask
                         | Qt.AlignmentFlag.AlignAbsolute)
    option.setTextDirection(direction)
    option.setWrapMode(QTextOption.WrapMode.WordWrap if wrap else QTextOption.WrapMode.NoWrap)
    layout.setTextOption(option)
    leading = QFontMetricsF(font).leading()
    height = -leading
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(0.0, width))
        height = math.ceil(height + leading)
        line.setPosition(QPointF(0.0, height))
        height += line.ascent() + line.descent()
    layout.endLayout()
    return layout, max(0.0, height)


_MEASURED_PER_LABEL = 64
"""How many heights a label remembers: every language's text at the four or five widths the
layouts ask while they settle (with and without a scroll bar, a card's and a column's). The
texts in the keys are interned (sys.intern): one copy of each, however many widths."""


class TextLabel(QLabel):
    """A plain-text QLabel whose lines start flush at their start edge in either direction.

    Draws with `lay_out()` in the label's contents rectangle (less `margin()`; indent and
    frames are not used by the kiosk); `heightForWidth()` measures with the same layout.

    Layouts ask a label's height for a width several times while they settle, and again for
    every language switch; a label remembers the heights it measured (by width, text, font,
    direction, alignment, margins and frame), so only a text or width it has not seen is laid
    out again (a switch between languages already shown measures none), and it keeps its last
    layout, so the paint after a measurement at the width it is given lays out nothing.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[object, ...], int] = {}
        """heightForWidth by everything it depends on (width, text, font, direction, shape)."""
        self._kept: tuple[tuple[object, ...], QTextLayout, float] | None = None
        self._direction: tuple[str, Qt.LayoutDirection, Qt.LayoutDirection] | None = None

    def text_direction(self) -> Qt.LayoutDirection:
        """The direction the text is drawn in: its own, else the widget's (as QLabel does)."""
        text, fallback = self.text(), self.layoutDirection()
        known = self._direction
        if known is None or known[0] != text or known[1] != fallback:
            known = self._direction = (text, fallback, text_direction(text, fallback))
        return known[2]

    def _indent(self, measuring: bool) -> int:
        # QLabel's rule (qlabel.cpp): with no indent set, a framed label (a style sheet's
        # padding makes a frame) is indented from the sides it is aligned to; its size adds
        # an x-width there, its drawing half of one.
        if self.indent() >= 0 or not self.frameWidth():
            return max(0, self.indent())
        x_width = self.fontMetrics().horizontalAdvance("x")
        return x_width - 2 * self.margin() if measuring else x_width // 2 - self.margin()

    def _visual_alignment(self) -> Qt.AlignmentFlag:
        return QStyle.visualAlignment(self.text_direction(), self.alignment())

    def text_rect(self) -> QRect:
        """Where the text is drawn, in the label's coordinates (as QLabel's documentRect)."""
        margin = self.margin()
        rect = self.contentsRect().adjusted(margin, margin, -margin, -margin)
        indent, alignment = self._indent(measuring=False), self._visual_alignment()
        if indent > 0:
            rect.adjust(indent if alignment & Qt.AlignmentFlag.AlignLeft else 0,
                        indent if alignment & Qt.AlignmentFlag.AlignTop else 0,
                        -indent if alignment & Qt.AlignmentFlag.AlignRight else 0,
                        -indent if alignment & Qt.AlignmentFlag.AlignBottom else 0)
        return rect

    def text_layout(self, width: float | None = None) -> tuple[QTextLayout, float]:
        """The layout drawn at `width` pixels (by default the text rectangle's): lines, height."""
        return lay_out(self.text(), self.font(), self.text_rect().width() if width is None
                       else width, self._visual_alignment(), self.text_direction(),
                       self.wordWrap())

    def line_spans(self, width: float | None = None) -> list[tuple[int, int]]:
        """(start, length) in `text()` of each drawn line, at `width` pixels or the label's."""
        layout, _ = self.text_layout(width)
        return [(layout.lineAt(i).textStart(), layout.lineAt(i).textLength())
                for i in range(layout.lineCount())]

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        text = self.text()
        if not text or not self.wordWrap():
            return super().heightForWidth(width)
        margins = self.contentsMargins()
        key = (width, sys.intern(text), sys.intern(self.font().key()), self.layoutDirection(),
               self.alignment(), self.margin(), self.indent(), self.frameWidth(),
               self.minimumHeight(), margins.left(), margins.top(), margins.right(),
               margins.bottom())
        known = self._heights.get(key)
        if known is None:
            if len(self._heights) >= _MEASURED_PER_LABEL:
                self._heights.clear()
            known = self._heights[key] = self._height_for(width)
        return known

    def _height_for(self, width: int) -> int:
        # As QLabel's sizeForWidth: margins, then the indent on the aligned sides.
        margins, alignment = self.contentsMargins(), self._visual_alignment()
        across = down = 2 * self.margin()
        indent = self._indent(measuring=True)
        if indent > 0:
            if alignment & (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight):
                across += indent
            if alignment & (Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignBottom):
                down += indent
        _, height = self._layout_kept(width - margins.left() - margins.right() - across)
        return max(math.ceil(height) + down + margins.top() + margins.bottom(),
                   self.minimumHeight())

    def _layout_kept(self, width: float) -> tuple[QTextLayout, float]:
        """`text_layout(width)`, the last one kept: a label measured at the width it is then
        given draws with the layout it was measured with."""
        key = (self.text(), self.font().key(), width, self._visual_alignment(),
               self.text_direction(), self.wordWrap())
        if self._kept is None or self._kept[0] != key:
            self._kept = (key, *self.text_layout(width))
        return self._kept[1], self._kept[2]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        self.drawFrame(painter)
        if not self.text():
            return
        rect = QRectF(self.text_rect())
        layout, height = self._layout_kept(rect.width())
        alignment = self._visual_alignment()
        top = rect.top()
        if alignment & Qt.AlignmentFlag.AlignBottom:
            top = rect.bottom() + 1 - height
        elif alignment & Qt.AlignmentFlag.AlignVCenter:
            top += (rect.height() - height) / 2
        painter.setPen(self.palette().color(self.foregroundRole()))
        layout.draw(painter, QPointF(rect.left(), top))


def text_label(style: str = "", parent: QWidget | None = None) -> TextLabel:
    """A wrapping label that shows its text as plain text, so content can load nothing.

    Plain text also keeps markup in the content (an <img src=...>) from ever being fetched.
    `style` becomes the object name the style sheet styles it by (kiosk/ui/theme.py).
    """
    label = TextLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if style:
        label.setObjectName(style)
    return label


def isolate(text: str) -> str:
    """Wrap a left-to-right run (an address, a path, a code) in LRI...PDI (U+2066, U+2069) so
    the right-to-left text around it cannot reorder it ("/srv/kiosk" never shows as
    "srv/kiosk/"). Use it on every address or path placed in a translatable message.

    Qt 6.11's bidi algorithm does not resolve a neutral at an isolate's edge by the isolate's
    direction ("/" of "/srv" took the Arabic side's), so a left-to-right mark (U+200E) after
    LRI and after PDI pins both ends."""
    return f"\u2066\u200e{text}\u2069\u200e"
