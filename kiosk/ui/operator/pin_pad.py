"""A touch PIN pad: large digit keys, dots for the digits typed, a message line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.pin import MAX_LENGTH
from kiosk.ui.widgets.text import text_label

KEY_MIN = QSize(56, 48)
"""The smallest a key may get on a 7-inch panel: above the 44x44 px a fingertip needs."""
KEY_MAX_HEIGHT = 96
"""The tallest a key grows on a big screen; taller keys are no easier to hit."""
KEY_TALL = 80
"""A key's height where the pad is a column (portrait): the height is there to use."""


class PinPad(QWidget):
    """Digit keys (1-2-3 from the left in every language, like a phone), the digits typed as
    dots, a message line and Cancel.

    `set_wide(True)` puts the keys beside the rest instead of under it: a landscape display
    (800x480, 1280x720) has the width and lacks the height for a column.
    """

    entered = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = ""
        self._arrangement = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._arrangement.setContentsMargins(0, 0, 0, 0)
        self._arrangement.setSpacing(24)
        info = QVBoxLayout()
        info.setSpacing(12)
        self.title = text_label("subheading")
        self.dots = text_label("heading")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = text_label()
        for label in (self.title, self.dots, self.message):
            info.addWidget(label)
        info.addStretch(1)
        self.cancel = QPushButton()
        self.cancel.setObjectName("secondary")
        self.cancel.clicked.connect(self.cancelled)
        keys = QWidget()
        # A keypad keeps 1-2-3 from left to right in every language, like a phone's.
        keys.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = self._grid = QGridLayout(keys)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        self.keys: dict[str, QPushButton] = {}
        for index, key in enumerate("123456789C0>"):
            button = QPushButton(key if key.isdigit() else "")
            button.setObjectName("pinKey")
            button.setMinimumSize(KEY_MIN)
            button.setMaximumHeight(KEY_MAX_HEIGHT)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.clicked.connect(lambda _=False, k=key: self._press(k))
            grid.addWidget(button, index // 3, index % 3)
            self.keys[key] = button
        self._info = info
        self._keys = keys
        self.set_wide(False)

    def set_wide(self, wide: bool) -> None:
        """Keys beside the title, dots, message and Cancel (True), or under them (False)."""
        while self._arrangement.takeAt(0) is not None:
            pass  # the widgets and the column stay; only their places go
        self._info.removeWidget(self.cancel)
        for button in self.keys.values():
            button.setMinimumHeight(KEY_MIN.height() if wide else KEY_TALL)
        if wide:
            self._arrangement.setDirection(QBoxLayout.Direction.LeftToRight)
            self._info.addWidget(self.cancel)
            self._arrangement.addLayout(self._info, 1)
            self._arrangement.addWidget(self._keys, 1)
        else:
            self._arrangement.setDirection(QBoxLayout.Direction.TopToBottom)
            self._arrangement.addLayout(self._info)
            self._arrangement.addWidget(self._keys, 0, Qt.AlignmentFlag.AlignHCenter)
            self._arrangement.addWidget(self.cancel)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.title.setText(translate("PinPad", "Operator PIN"))
        self.keys["C"].setText(translate("PinPad", "Clear"))
        self.keys[">"].setText(translate("PinPad", "OK"))
        self.cancel.setText(translate("PinPad", "Cancel"))
        for button in self.keys.values():
            button.setAccessibleName(button.text())
        self._even_columns()

    def _even_columns(self) -> None:
        """Three columns of equal width where there is room, each never narrower than its own
        widest key, so no word is cut ("Тоза кардан" on Clear is wider than "1").

        Each column's minimum is its own keys' (Clear's column, OK's, the middle digits'),
        not the widest key's for all three: three times Tajik's or Turkmen's Clear at text
        size 1.5 (3 x 195 px) left the pad wider than an 800 px window. The equal stretch
        shares out what is left, so the columns line up evenly whenever the words allow."""
        keys = list(self.keys.values())  # in the grid's order, row by row
        for column in range(3):
            widest = max(button.sizeHint().width() for button in keys[column::3])
            self._grid.setColumnMinimumWidth(column, max(widest, KEY_MIN.width()))
            self._grid.setColumnStretch(column, 1)

    def clear(self, message: str = "") -> None:
        self._digits = ""
        self.dots.setText("")
        self.message.setText(message)

    def set_locked(self, locked: bool, message: str) -> None:
        for button in self.keys.values():
            button.setEnabled(not locked)
        self.message.setText(message)

    def _press(self, key: str) -> None:
        if key == "C":
            self.clear()
        elif key == ">":
            pin, self._digits = self._digits, ""
            self.dots.setText("")
            self.entered.emit(pin)
        elif len(self._digits) < MAX_LENGTH:
            self._digits += key
            self.dots.setText("●" * len(self._digits))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        text = event.text()
        if text.isdigit() and text.isascii():
            self._press(text)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._press(">")
        elif event.key() == Qt.Key.Key_Backspace:
            self._digits = self._digits[:-1]
            self.dots.setText("●" * len(self._digits))
        elif event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)
