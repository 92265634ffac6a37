"""The start screen: who the office is, the language chooser and a tile for every section."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from kiosk.content import Bundle, Texts
from kiosk.ui.screens.base import PageScreen
from kiosk.ui.widgets.language_chooser import LanguageChooser
from kiosk.ui.widgets.text import text_label
from kiosk.ui.widgets.tile import Tile

SECTIONS = ("mandate", "countries", "priorities", "achievements", "value", "offices")
"""The sections reachable from home, in the order of their tiles; each is a screen id."""

COLUMNS = 3


class HomeScreen(PageScreen):
    def __init__(self, bundle: Bundle, screen_id: str = "home") -> None:
        super().__init__(bundle, screen_id)
        self.heading = self.page.label("heading")
        self.parent_office = self.page.label("lead")
        self.welcome = self.page.label()
        self.choose = text_label("subheading")
        self.choose.setWordWrap(False)
        self.languages = LanguageChooser(
            {code: bundle.texts[code].language.name for code in bundle.languages}, "language")
        self.languages.chosen.connect(self.choose_language)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 4, 0, 4)
        row_layout.setSpacing(24)
        row_layout.addWidget(self.choose)
        row_layout.addWidget(self.languages)
        row_layout.addStretch(1)
        self.page.add(row)
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(20)
        self.tiles: dict[str, Tile] = {}
        for index, section in enumerate(SECTIONS):
            tile = Tile()
            tile.clicked.connect(lambda _=False, s=section: self.open_screen.emit(s))
            grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
            self.tiles[section] = tile
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        self.page.add(grid_widget)

    def show_language(self, code: str) -> None:
        self.languages.set_current(code)
        super().show_language(code)

    def title(self, texts: Texts) -> str:
        return QCoreApplication.translate("HomeScreen", "Welcome")

    def retranslate(self, texts: Texts) -> None:
        self.heading.setText(texts.office.name)
        self.parent_office.setText(texts.office.parent)
        self.welcome.setText(texts.office.welcome)
        self.choose.setText(QCoreApplication.translate("HomeScreen", "Choose your language"))
        self.languages.setAccessibleName(QCoreApplication.translate("HomeScreen",
                                                                    "Choose your language"))
        for section, tile in self.tiles.items():
            text = getattr(texts.sections, section)
            tile.set_text(text.title, text.summary)
