"""The screens that are a list of items: priorities, achievements, added value, other offices."""

from __future__ import annotations

from kiosk.content import Bundle, Texts
from kiosk.ui.screens.base import PageScreen
from kiosk.ui.widgets.grid import ReflowGrid
from kiosk.ui.widgets.page import Card


class PrioritiesScreen(PageScreen):
    ID = SECTION = "priorities"

    def __init__(self, bundle: Bundle, screen_id: str = "") -> None:
        super().__init__(bundle, screen_id)
        self.heading = self.page.label("heading")
        self.intro = self.page.label("lead")
        self.items = {pid: self.page.card() for pid in bundle.facts.priorities}
        self.activities = self.page.label()

    def title(self, texts: Texts) -> str:
        return texts.sections[self.ID].title

    def retranslate(self, texts: Texts) -> None:
        part = texts.priorities
        assert part is not None  # the loader refuses a section without its text
        self.heading.setText(texts.sections[self.ID].title)
        self.intro.setText(part.intro)
        for pid, card in self.items.items():
            card.text.setText(part.items[pid])
        self.activities.setText(part.activities)


class AchievementsScreen(PageScreen):
    ID = SECTION = "achievements"

    def __init__(self, bundle: Bundle, screen_id: str = "") -> None:
        super().__init__(bundle, screen_id)
        self.heading = self.page.label("heading")
        self.engagement = self.page.label("lead")
        self.intro = self.page.label("subheading")
        self.items = {a.id: self.page.card() for a in bundle.facts.achievements}

    def title(self, texts: Texts) -> str:
        return texts.sections[self.ID].title

    def retranslate(self, texts: Texts) -> None:
        part = texts.achievements
        assert part is not None  # the loader refuses a section without its text
        self.heading.setText(texts.sections[self.ID].title)
        self.engagement.setText(part.engagement)
        self.intro.setText(part.intro)
        for aid, card in self.items.items():
            card.text.setText(part.items[aid])


class ValueScreen(PageScreen):
    ID = SECTION = "value"

    def __init__(self, bundle: Bundle, screen_id: str = "") -> None:
        super().__init__(bundle, screen_id)
        self.heading = self.page.label("heading")
        self.intro = self.page.label("lead")
        self.items = {v.id: self.page.card(with_title=True) for v in bundle.facts.value}
        self.closing = self.page.label()

    def title(self, texts: Texts) -> str:
        return texts.sections[self.ID].title

    def retranslate(self, texts: Texts) -> None:
        part = texts.value
        assert part is not None  # the loader refuses a section without its text
        self.heading.setText(texts.sections[self.ID].title)
        self.intro.setText(part.intro)
        for vid, card in self.items.items():
            item = part.items[vid]
            assert card.title is not None
            card.title.setText(item.title)
            card.text.setText(item.text)
        self.closing.setText(part.closing)


class OfficesScreen(PageScreen):
    """OHCHR's regional offices and centres around the world."""
    ID = SECTION = "offices"

    COLUMNS = 2
    CARD_EMS = 16
    """The narrowest card, in body-text ems: one column below that."""

    def __init__(self, bundle: Bundle, screen_id: str = "") -> None:
        super().__init__(bundle, screen_id)
        self.heading = self.page.label("heading")
        self.intro = self.page.label("lead")
        self.grid = ReflowGrid(lambda: self.CARD_EMS * self.grid.fontInfo().pixelSize(),
                               max_columns=self.COLUMNS, spacing=16)
        self.items: dict[str, Card] = {}
        for oid in bundle.facts.offices:
            card = Card(with_title=True)
            self.grid.add(card)
            self.items[oid] = card
        self.page.add(self.grid)

    def title(self, texts: Texts) -> str:
        return texts.sections[self.ID].title

    def retranslate(self, texts: Texts) -> None:
        part = texts.offices
        assert part is not None  # the loader refuses a section without its text
        self.heading.setText(texts.sections[self.ID].title)
        self.intro.setText(part.intro)
        for oid, card in self.items.items():
            entry = part.items[oid]
            assert card.title is not None
            card.title.setText(entry.name)
            card.text.setText(entry.city)
