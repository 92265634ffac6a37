"""The language sheet: every offered language by its own name, over the dimmed screen, opened
from the bar's one language control (a bar cannot hold eleven language buttons)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk.ui.widgets.language_chooser import LanguageChooser
from kiosk.ui.widgets.overlay import Overlay
from kiosk.ui.widgets.text import text_label


class LanguageSheet(Overlay):
    """Emits `chosen` with a language code and closes; a tap beside the card, Esc or Close
    closes it without a change."""

    chosen = Signal(str)

    def __init__(self, names: Mapping[str, str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dim")
        card, column = self.card(1100)
        self.title = text_label("subheading")
        self.languages = LanguageChooser(names)
        self.languages.chosen.connect(self._choose)
        self.close_button = QPushButton()
        self.close_button.setObjectName("secondary")
        self.close_button.clicked.connect(self.hide)
        column.addWidget(self.title)
        column.addWidget(self.languages)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        column.addLayout(buttons)
        self.close_beside(card)
        # On a small screen with many languages the card scrolls instead of overflowing.
        scroll = QScrollArea()
        scroll.setObjectName("sheetScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        holder.setObjectName("sheetHolder")
        rows = QVBoxLayout(holder)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addStretch(1)
        row = QHBoxLayout()  # centred between stretches: wrapped text keeps its full height
        row.addStretch(1)
        row.addWidget(card, 1000)
        row.addStretch(1)
        rows.addLayout(row)
        rows.addStretch(1)
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.addWidget(scroll)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.title.setText(translate("LanguageSheet", "Choose your language"))
        self.languages.setAccessibleName(translate("LanguageSheet", "Choose your language"))
        self.close_button.setText(translate("LanguageSheet", "Close"))

    def set_current(self, code: str) -> None:
        self.languages.set_current(code)

    def set_offered(self, codes: Sequence[str]) -> None:
        self.languages.set_offered(codes)

    def open(self) -> None:
        self.retranslate()
        super().open()
        current = next((self.languages.button(c) for c in self.languages.codes()
                        if self.languages.button(c).isChecked()), None)
        (current or self.close_button).setFocus(Qt.FocusReason.PopupFocusReason)

    def _choose(self, code: str) -> None:
        self.hide()
        self.chosen.emit(code)
