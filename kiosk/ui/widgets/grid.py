"""A grid whose number of columns follows its width: tiles and language buttons reflow from one
row on a wide screen to one column on a narrow one, mirrored in right-to-left by QGridLayout."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget


class ReflowGrid(QWidget):
    """Lays out its widgets in as many columns of at least `min_width()` pixels as fit, at most
    `max_columns`; each column takes an equal share of the width.

    `min_width` is called on every resize, so it can follow the font (text size, screen fit).
    `uniform=False` keeps columns at their minimum width, aligned to the reading start, instead
    of sharing out the whole width (buttons that should not grow).
    """

    def __init__(self, min_width: Callable[[], int], max_columns: int = 6, spacing: int = 20,
                 uniform: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min_width = min_width
        self._max_columns = max_columns
        self._uniform = uniform
        self._items: list[QWidget] = []
        self._columns = 0
        self._placed: list[QWidget] = []
        self._left_out: set[int] = set()
        """ids of the widgets not shown (`show_only`): they take no cell."""
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(spacing)

    def add(self, widget: QWidget) -> None:
        self._items.append(widget)
        self._columns = 0  # placed at the next reflow
        self.reflow()

    def clear(self) -> None:
        """Remove every widget: hidden now, deleted once the event loop runs."""
        for widget in self._items:
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._items, self._placed, self._left_out, self._columns = [], [], set(), 0

    def items(self) -> list[QWidget]:
        return list(self._items)

    def shown(self) -> list[QWidget]:
        """The widgets that take a cell, in order."""
        return [w for w in self._items if id(w) not in self._left_out]

    def show_only(self, widgets: list[QWidget]) -> None:
        """Show these of the grid's widgets (in the grid's order) and hide the others."""
        keep = {id(w) for w in widgets}
        self._left_out = {id(w) for w in self._items if id(w) not in keep}
        for widget in self._items:
            widget.setVisible(id(widget) in keep)
        self.reflow()

    def columns(self) -> int:
        return self._columns

    def columns_for(self, width: int) -> int:
        """How many columns fit in `width` pixels (1 at the least)."""
        visible = self.shown() or self._items
        spacing = self.grid.spacing()
        fitting = (width + spacing) // (max(1, self._min_width()) + spacing)
        return max(1, min(self._max_columns, len(visible), fitting))

    def reflow(self) -> None:
        """Place the widgets again if the number of columns changed (or items were shown or
        hidden: hidden ones take no cell), and size the columns for the current font."""
        columns = self.columns_for(self.width() if self.width() > 0 else self.sizeHint().width())
        visible = self.shown()
        if columns != self._columns or self._placed != visible:
            self._columns = columns
            self._placed = visible
            for widget in self._items:
                self.grid.removeWidget(widget)
            for index, widget in enumerate(visible):
                self.grid.addWidget(widget, index // columns, index % columns)
        minimum = 0 if self._uniform else self._min_width()
        for column in range(max(self.grid.columnCount(), columns + 1)):
            used = column < columns
            # Uniform: the columns share the width. Otherwise an empty column after the last
            # takes what is left, and the buttons keep their width at the reading start.
            self.grid.setColumnStretch(column, int(used == self._uniform))
            self.grid.setColumnMinimumWidth(column, minimum if used else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.reflow()
