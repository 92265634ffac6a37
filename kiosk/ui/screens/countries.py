"""The five countries: a tile for each, and a screen per country (`country/KZ` and so on)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.content import Bundle, Texts
from kiosk.ui.screens.base import PageScreen
from kiosk.ui.widgets.tile import Tile

COUNTRY_PREFIX = "country/"


def presence_line(bundle: Bundle, texts: Texts, country: str) -> str:
    """Where the office is in a country, for example "Regional office: Bishkek · Presence: Osh"."""
    translate = QCoreApplication.translate
    parts = []
    for place in bundle.facts.places:
        if place.country != country:
            continue
        name = texts.places[place.id]
        if place.role == "regional-office":
            parts.append(translate("Countries", "Regional office: %1").replace("%1", name))
        elif place.role == "presence":
            parts.append(translate("Countries", "Presence: %1").replace("%1", name))
    if not parts:
        seat = texts.places[bundle.facts.office.seat]
        return translate("Countries", "Covered from the regional office in %1").replace("%1", seat)
    return " · ".join(parts)


class CountriesScreen(PageScreen):
    COLUMNS = 2

    def __init__(self, bundle: Bundle, screen_id: str = "countries") -> None:
        super().__init__(bundle, screen_id)
        self.heading = self.page.label("heading")
        self.intro = self.page.label("lead")
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(20)
        self.tiles: dict[str, Tile] = {}
        for index, code in enumerate(bundle.country_codes):
            tile = Tile()
            tile.clicked.connect(lambda _=False, c=code: self.open_screen.emit(COUNTRY_PREFIX + c))
            grid.addWidget(tile, index // self.COLUMNS, index % self.COLUMNS)
            self.tiles[code] = tile
        for column in range(self.COLUMNS):
            grid.setColumnStretch(column, 1)
        self.page.add(grid_widget)

    def title(self, texts: Texts) -> str:
        return texts.sections.countries.title

    def retranslate(self, texts: Texts) -> None:
        self.heading.setText(texts.sections.countries.title)
        self.intro.setText(QCoreApplication.translate(
            "Countries", "The office covers all five countries of Central Asia. "
                         "Choose a country to read more."))
        for code, tile in self.tiles.items():
            tile.set_text(texts.countries[code].name, presence_line(self.bundle, texts, code))


class CountryScreen(PageScreen):
    """One country: the office's role there and what of its work names the country."""

    def __init__(self, bundle: Bundle, screen_id: str) -> None:
        super().__init__(bundle, screen_id)
        self.country = screen_id.removeprefix(COUNTRY_PREFIX)
        self.heading = self.page.label("heading")
        self.presence = self.page.label("subheading")
        self.role = self.page.label("lead")
        self.named = self.page.label("subheading")
        self.achievements = {a.id: self.page.card() for a in bundle.facts.achievements
                             if self.country in a.countries}
        self.value = {v.id: self.page.card(with_title=True) for v in bundle.facts.value
                      if self.country in v.countries}
        self.named.setVisible(bool(self.achievements or self.value))

    def title(self, texts: Texts) -> str:
        return texts.countries[self.country].name

    def retranslate(self, texts: Texts) -> None:
        self.heading.setText(texts.countries[self.country].name)
        self.presence.setText(presence_line(self.bundle, texts, self.country))
        self.role.setText(texts.countries[self.country].role)
        self.named.setText(QCoreApplication.translate("Countries",
                                                      "The office's work in this country"))
        for aid, card in self.achievements.items():
            card.text.setText(texts.achievements.items[aid])
        for vid, card in self.value.items():
            item = texts.value.items[vid]
            assert card.title is not None
            card.title.setText(item.title)
            card.text.setText(item.text)
