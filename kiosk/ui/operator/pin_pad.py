"""A touch PIN pad: large digit keys, dots for the digits typed, a message line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.pin import MAX_LENGTH
from kiosk.ui.widgets.text import text_label


class PinPad(QWidget):
    entered = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = ""
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        self.title = text_label("subheading")
        self.dots = text_label("heading")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = text_label()
        layout.addWidget(self.title)
        layout.addWidget(self.dots)
        layout.addWidget(self.message)
        keys = QWidget()
        # A keypad keeps 1-2-3 from left to right in every language, like a phone's.
        keys.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QGridLayout(keys)
        grid.setSpacing(12)
        self.keys: dict[str, QPushButton] = {}
        for index, key in enumerate("123456789C0>"):
            button = QPushButton(key if key.isdigit() else "")
            button.setObjectName("pinKey")
            button.setMinimumSize(96, 80)
            button.clicked.connect(lambda _=False, k=key: self._press(k))
            grid.addWidget(button, index // 3, index % 3)
            self.keys[key] = button
        layout.addWidget(keys, 0, Qt.AlignmentFlag.AlignHCenter)
        self.cancel = QPushButton()
        self.cancel.setObjectName("secondary")
        self.cancel.clicked.connect(self.cancelled)
        layout.addWidget(self.cancel)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.title.setText(translate("PinPad", "Operator PIN"))
        self.keys["C"].setText(translate("PinPad", "Clear"))
        self.keys[">"].setText(translate("PinPad", "OK"))
        self.cancel.setText(translate("PinPad", "Cancel"))
        for button in self.keys.values():
            button.setAccessibleName(button.text())

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
