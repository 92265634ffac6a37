"""The screens of the kiosk and the one registry that knows them.

Each screen class declares its id (`Screen.ID`, or `ids()` for one screen per item) and the
kind of home section it presents (`Screen.SECTION`); bundle.yaml's `sections` say which
sections home shows, in what order, and each one's kind (`Bundle.facts.sections`). Adding a
kind of screen is one class, one line here and its kind in kiosk.content.model.
"""

from __future__ import annotations

from kiosk.content import Bundle
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.countries import CountriesScreen, CountryScreen
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.screens.lists import AchievementsScreen, OfficesScreen, PrioritiesScreen, ValueScreen
from kiosk.ui.screens.mandate import MandateScreen
from kiosk.ui.screens.text_page import TextPageScreen

SCREENS: tuple[type[Screen], ...] = (
    HomeScreen, AttractScreen, MandateScreen, CountriesScreen, CountryScreen, PrioritiesScreen,
    AchievementsScreen, ValueScreen, OfficesScreen, TextPageScreen,
)
"""Every kind of screen; within a section, its own screen comes before its items' screens."""

HOME = HomeScreen.ID
ATTRACT = AttractScreen.ID
"""The kiosk's invitation while nobody uses it: shown by the window, not a visitor's choice."""


def screen_ids(bundle: Bundle) -> list[str]:
    """Every screen a visitor can reach: home, then each of the bundle's sections in the order
    of the home tiles, followed by its items' screens (the countries after "countries").

    Raises ValueError for a section of a kind that no screen class presents (the loader
    refuses such a bundle first).
    """
    ids = [HOME]
    for entry in bundle.facts.sections:
        classes = [cls for cls in SCREENS if entry.kind == cls.SECTION]
        if not classes:
            raise ValueError(f"no screen presents the section {entry.id!r} of kind "
                             f"{entry.kind!r}")
        for cls in classes:
            ids.extend(cls.section_ids(bundle, entry.id))
    return ids


def create_screen(screen_id: str, bundle: Bundle) -> Screen:
    """The screen `screen_id` of `bundle`, built (not shown). Raises ValueError for an id no
    screen class has."""
    for cls in SCREENS:
        if screen_id in cls.ids(bundle):
            return cls(bundle, screen_id)
    raise ValueError(f"unknown screen {screen_id!r}")


__all__ = ["ATTRACT", "HOME", "SCREENS", "Screen", "create_screen", "screen_ids"]
