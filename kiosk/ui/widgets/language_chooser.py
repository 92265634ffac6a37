"""Buttons that switch the language, each language named in its own script, in a grid that
reflows with the width (one row of three on a wide screen, eleven in a few rows).

Each button is a Tab stop of its own and arrows only move the focus: in a Qt button group
only the checked button is a Tab stop and an arrow key presses the next one, which switched
the whole interface as a keyboard visitor merely looked for English. To a screen reader the
chooser is a named group of toggle buttons, each in its own language (its locale), so the
reader says "English" with an English voice whatever the interface language."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui import accessibility
from kiosk.ui.widgets.grid import ReflowGrid


class LanguageChooser(QWidget):
    """One checkable button per language, the current one checked; `chosen` carries the
    language code. Name the group with setAccessibleName()."""

    chosen = Signal(str)

    def __init__(self, names: Mapping[str, str], style: str = "language",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        accessibility.mark_group(self)
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
            button.setLocale(QLocale(code))
            button.clicked.connect(lambda _=False, c=code: self._choose(c))
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

    def _choose(self, code: str) -> None:
        self.set_current(code)  # a tap on the current one leaves it checked
        self.chosen.emit(code)

    def set_current(self, code: str) -> None:
        """Check the button of `code`, and only it."""
        for other, button in self._buttons.items():
            button.setChecked(other == code)

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
