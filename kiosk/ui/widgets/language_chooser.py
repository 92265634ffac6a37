"""Buttons that switch the language, each language named in its own script, in a grid that
reflows with the width (one row of three on a wide screen, eleven in a few rows)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.widgets.grid import ReflowGrid


class LanguageChooser(QWidget):
    """One checkable button per language; `chosen` carries the language code."""

    chosen = Signal(str)

    def __init__(self, names: Mapping[str, str], style: str = "language",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._buttons: dict[str, QPushButton] = {}
        self.grid = ReflowGrid(self._button_width, max_columns=len(names) or 1, spacing=12,
                               uniform=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)
        for code, name in names.items():
            button = QPushButton(name)
            button.setCheckable(True)
            # A fixed height would be the row's: Arabic script needs more than Latin.
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setObjectName(style)
            # The name is in its own script whatever the interface language; say which it is.
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, c=code: self.chosen.emit(c))
            self._group.addButton(button)
            self.grid.add(button)
            self._buttons[code] = button

    def _button_width(self) -> int:
        """Every button as wide as the widest name: the grid reads as a table."""
        shown = self.grid.shown() or self.grid.items()
        return max((b.sizeHint().width() for b in shown), default=44)

    def one_row_width(self) -> int:
        """The width every offered button needs in a single row."""
        count = len(self.grid.shown() or self.grid.items())
        return count * self._button_width() + (count - 1) * self.grid.grid.spacing()

    def set_offered(self, codes: Sequence[str]) -> None:
        """Show only the buttons of these languages."""
        self.grid.show_only([b for c, b in self._buttons.items() if c in codes])

    def set_current(self, code: str) -> None:
        self._buttons[code].setChecked(True)

    def button(self, code: str) -> QPushButton:
        return self._buttons[code]

    def codes(self) -> list[str]:
        """The languages shown, in order."""
        shown = self.grid.shown()
        return [code for code, button in self._buttons.items() if button in shown]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.grid.reflow()  # the names' widths follow the text size
        super().changeEvent(event)
