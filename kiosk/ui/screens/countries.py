"""The bundle's countries: a tile for each, and a screen per country (`country/KZ` and so on)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.content import Bundle, Texts
from kiosk.ui.screens.base import PageScreen
from kiosk.ui.widgets.map_legend import MapLegend
from kiosk.ui.widgets.region_map import RegionMap, read_map
from kiosk.ui.widgets.responsive_row import ResponsiveRow
from kiosk.ui.widgets.tile import Tile


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


def map_legend_entries(bundle: Bundle, texts: Texts) -> list[tuple[bool, str]]:
    """The map legend's rows, (seat, text): the seat's symbol with "Regional office: Bishkek",
    the presences' with "Presence: Osh, Dushanbe, ..." listed the visitor's locale's way."""
    translate = QCoreApplication.translate
    seat = bundle.facts.office.seat
    presences = [texts.places[p.id] for p in bundle.facts.places
                 if p.role == "presence" and p.id != seat]
    rows = [(True, translate("Countries", "Regional office: %1").replace(
        "%1", texts.places[seat]))]
    if presences:
        rows.append((False, translate("Countries", "Presence: %1").replace(
            "%1", QLocale().createSeparatedList(presences))))
    return rows


class CountriesScreen(PageScreen):
    """The map and a tile per country: side by side on a wide screen, one above the other on a
    narrow or portrait one."""

    ID = SECTION = "countries"

    SIDE_BY_SIDE_EMS = 55
    """Width of the page, in body-text ems, from which the tiles go beside the map (1210 px at
    the designed 22 px, 850 px on a 7-inch panel): narrower, the map gets the whole width and
    the tiles go below it; larger text stacks them sooner."""

    def __init__(self, bundle: Bundle, screen_id: str = "") -> None:
        super().__init__(bundle, screen_id)
        self.heading = self.page.label("heading")
        self.intro = self.page.label("lead")
        self.body = ResponsiveRow(lambda: self.SIDE_BY_SIDE_EMS * self.fontInfo().pixelSize())
        data = read_map(bundle)  # framed to the bundle's countries and places
        self.map = RegionMap(data, bundle) if data is not None else None
        self.legend = MapLegend()
        if self.map is not None:
            self.map.country_chosen.connect(lambda c: self.open_screen.emit(CountryScreen.id_of(c)))
            map_column = QVBoxLayout()
            map_column.addWidget(self.map)
            map_column.addWidget(self.legend)
            map_column.addStretch(1)
            self.body.row.addLayout(map_column, 3)
        tiles = QWidget()
        column = QVBoxLayout(tiles)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.tiles: dict[str, Tile] = {}
        for code in bundle.country_codes:
            tile = Tile()
            tile.clicked.connect(
                lambda _=False, c=code: self.open_screen.emit(CountryScreen.id_of(c)))
            column.addWidget(tile)
            self.tiles[code] = tile
        column.addStretch(1)
        self.body.row.addWidget(tiles, 2)
        self.page.add(self.body)

    def title(self, texts: Texts) -> str:
        return texts.sections[self.ID].title

    def retranslate(self, texts: Texts) -> None:
        section = texts.sections[self.ID]
        self.heading.setText(section.title)
        self.intro.setText(section.intro or "")  # the office's own words, from the bundle
        self.intro.setVisible(section.intro is not None)
        for code, tile in self.tiles.items():
            tile.set_text(texts.countries[code].name, presence_line(self.bundle, texts, code))
        if self.map is not None:
            self.legend.set_entries(map_legend_entries(self.bundle, texts))
            names = {code: texts.countries[code].name for code in self.bundle.country_codes}
            self.map.set_names(names, {code: QCoreApplication.translate(
                "Countries", "%1 on the map").replace("%1", name) for code, name in names.items()},
                texts.places)


class CountryScreen(PageScreen):
    """One country: the office's role there and what of its work names the country."""

    ID = "country"
    SECTION = "countries"
    PREFIX = "country/"

    @classmethod
    def ids(cls, bundle: Bundle) -> list[str]:
        """One screen per country of the bundle: country/KZ and so on."""
        return [cls.id_of(code) for code in bundle.country_codes]

    @classmethod
    def id_of(cls, code: str) -> str:
        """The screen id of the country with ISO code `code`."""
        return cls.PREFIX + code

    def __init__(self, bundle: Bundle, screen_id: str) -> None:
        super().__init__(bundle, screen_id)
        self.country = screen_id.removeprefix(self.PREFIX)
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
            assert texts.achievements is not None  # the bundle names achievements: it has them
            card.text.setText(texts.achievements.items[aid])
        for vid, card in self.value.items():
            assert texts.value is not None
            item = texts.value.items[vid]
            assert card.title is not None
            card.title.setText(item.title)
            card.text.setText(item.text)
