"""The map's legend: each kind of marker drawn exactly as the map draws it, on the countries'
fill, beside its wrapped explanation in the visitor's language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from kiosk.ui.widgets.map_style import map_colours, marker_radius, paint_marker
from kiosk.ui.widgets.text import text_label


class MarkerSymbol(QWidget):
    """One marker (the seat's or a presence's) on a swatch of the countries' fill."""

    def __init__(self, seat: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seat = seat
        side = int(2 * marker_radius(True) + 8)
        self.setFixedSize(QSize(side, side))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        colours = map_colours(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.country)
        painter.drawRoundedRect(self.rect(), 6, 6)
        paint_marker(painter, QPointF(self.rect().center()) + QPointF(0.5, 0.5), self.seat,
                     colours)
        painter.end()


class MapLegend(QWidget):
    """What the map's markers mean: a row per kind, the symbol then its text (wrapped).

    The rows follow the layout direction (the symbol is on the reading side); the symbols
    are the map's own (map_style.paint_marker), so legend and map cannot disagree.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapLegend")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(1, 1)
        self.symbols: list[MarkerSymbol] = []
        self.texts: list[QLabel] = []

    def set_entries(self, entries: Sequence[tuple[bool, str]]) -> None:
        """The rows: (seat, text) each, `seat` True for the regional office's symbol."""
        while len(self.symbols) < len(entries):
            row = len(self.symbols)
            self.symbols.append(MarkerSymbol(True, self))
            self.texts.append(text_label("muted", self))
            self.grid.addWidget(self.symbols[row], row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(self.texts[row], row, 1)
        for row, (symbol, text) in enumerate(zip(self.symbols, self.texts, strict=True)):
            shown = row < len(entries)
            symbol.setVisible(shown)
            text.setVisible(shown)
            if shown:
                symbol.seat = entries[row][0]
                symbol.update()
                text.setText(entries[row][1])
