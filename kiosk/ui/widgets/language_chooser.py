"""Buttons that switch the language, each language named in its own script."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QWidget


class LanguageChooser(QWidget):
    chosen = Signal(str)

    def __init__(self, names: Mapping[str, str], style: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self._group = QButtonGroup(self)
        self._buttons: dict[str, QPushButton] = {}
        for code, name in names.items():
            button = QPushButton(name)
            button.setCheckable(True)
            # A fixed height would be the row's: Arabic script needs more than Latin.
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            if style:
                button.setObjectName(style)
            # The name is in its own script whatever the interface language; say which it is.
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, c=code: self.chosen.emit(c))
            self._group.addButton(button)
            layout.addWidget(button)
            self._buttons[code] = button

    def set_offered(self, codes: Sequence[str]) -> None:
        """Show only the buttons of these languages."""
        for code, button in self._buttons.items():
            button.setVisible(code in codes)

    def set_current(self, code: str) -> None:
        self._buttons[code].setChecked(True)

    def button(self, code: str) -> QPushButton:
        return self._buttons[code]
