"""The search overlay of kiosk mode: the field, a place for the on-screen keyboard, the
results and Close, in a card over the dimmed screen (kiosk.ui.widgets.overlay: the focus
comes back where it was, Tab stays inside)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.search.results import ResultsList
from kiosk.ui.widgets.overlay import Overlay


class SearchOverlay(Overlay):
    """`field` (a QLineEdit the on-screen keyboard types into), `keyboard_place` (a column
    the keyboard goes in), `results` and `close_button`. Esc, Close and a tap beside the
    card close it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        card, column = self.card(1000)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(12)
        self.close_beside(card)
        top = QHBoxLayout()
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.close_button = QPushButton()
        self.close_button.setObjectName("secondary")
        self.close_button.clicked.connect(self.hide)
        top.addWidget(self.field, 1)
        top.addWidget(self.close_button)
        column.addLayout(top)
        self.results = ResultsList()
        column.addWidget(self.results, 1)
        self.keyboard_place = QVBoxLayout()
        """Where the on-screen keyboard goes (the qr room's widget), under the results."""
        self.keyboard_place.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.keyboard_place)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 16, 16, 16)
        row.addStretch(1)
        row.addWidget(card, 1000)
        row.addStretch(1)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.field.setPlaceholderText(translate("Search", "Search"))
        self.field.setAccessibleName(translate("Search", "Search"))
        self.close_button.setText(translate("Search", "Close"))
        self.setAccessibleName(translate("Search", "Search"))

    def open_search(self) -> None:
        """Show the overlay with the keyboard focus in the field."""
        self.retranslate()
        self.open()
        self.field.setFocus(Qt.FocusReason.PopupFocusReason)
