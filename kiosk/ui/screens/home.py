"""The start screen: who the office is, the language chooser and a tile for every section."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt

from kiosk.content import Bundle, Texts
from kiosk.ui.screens.base import PageScreen
from kiosk.ui.widgets.grid import ReflowGrid
from kiosk.ui.widgets.language_chooser import LanguageChooser
from kiosk.ui.widgets.responsive_row import ResponsiveRow
from kiosk.ui.widgets.text import text_label
from kiosk.ui.widgets.tile import Tile

COLUMNS = 3
"""Tiles in a row at the most; fewer where a tile would be narrower than `TILE_EMS`."""
TILE_EMS = 14
"""The narrowest tile, in body-text ems: room for a long Russian or Kazakh title word at the
tile's larger type, whatever the text size (the em grows with it)."""


class HomeScreen(PageScreen):
    """Who the office is, the languages to choose from and a tile for every section."""

    ID = "home"

    def __init__(self, bundle: Bundle, screen_id: str = "") -> None:
        super().__init__(bundle, screen_id)
        self.heading = self.page.label("heading")
        self.parent_office = self.page.label("lead")
        self.welcome = self.page.label()
        self.choose = text_label("subheading")
        self.languages = LanguageChooser(
            {code: bundle.texts[code].language.name for code in bundle.languages})
        self.languages.chosen.connect(self.choose_language)
        # "Choose your language" beside the buttons when they all fit in one row with it, as
        # on a wide screen with a few languages; above them otherwise.
        self.language_row = ResponsiveRow(self._row_width)
        self.language_row.row.addWidget(self.choose, 0, Qt.AlignmentFlag.AlignVCenter)
        self.language_row.row.addWidget(self.languages, 1)
        self.page.add(self.language_row)
        self.grid = ReflowGrid(self._tile_width, max_columns=COLUMNS)
        self.tiles: dict[str, Tile] = {}
        for section in bundle.sections:  # each a screen id (kiosk.ui.screens)
            tile = Tile()
            tile.clicked.connect(lambda _=False, s=section: self.open_screen.emit(s))
            self.grid.add(tile)
            self.tiles[section] = tile
        self.page.add(self.grid, fill=True)  # a tall (portrait) screen: the tiles take it

    def _tile_width(self) -> int:
        return TILE_EMS * self.grid.fontInfo().pixelSize()

    def _row_width(self) -> int:
        """The width "Choose your language" and every language button need in one row."""
        spacing = self.language_row.row.spacing()
        metrics = self.choose.fontMetrics()
        return metrics.horizontalAdvance(self.choose.text()) + spacing + \
            self.languages.one_row_width() + 2

    def set_offered_languages(self, codes: Sequence[str]) -> None:
        self.languages.set_offered(codes)

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
            text = texts.sections[section]
            tile.set_text(text.title, text.summary)
