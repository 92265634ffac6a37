"""The screens of the kiosk and the one registry that knows their ids."""

from __future__ import annotations

from kiosk.content import Bundle
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.countries import COUNTRY_PREFIX, CountriesScreen, CountryScreen
from kiosk.ui.screens.home import SECTIONS, HomeScreen
from kiosk.ui.screens.lists import AchievementsScreen, OfficesScreen, PrioritiesScreen, ValueScreen
from kiosk.ui.screens.mandate import MandateScreen

HOME = "home"
ATTRACT = "attract"
"""The kiosk's invitation while nobody uses it: shown by the window, not a visitor's choice."""

_SCREENS: dict[str, type[Screen]] = {
    HOME: HomeScreen,
    ATTRACT: AttractScreen,
    "mandate": MandateScreen,
    "countries": CountriesScreen,
    "priorities": PrioritiesScreen,
    "achievements": AchievementsScreen,
    "value": ValueScreen,
    "offices": OfficesScreen,
}
assert set(SECTIONS) <= set(_SCREENS)


def screen_ids(bundle: Bundle) -> list[str]:
    """Every screen a visitor can reach, in the order of the home tiles, countries after theirs."""
    ids = [HOME]
    for section in SECTIONS:
        ids.append(section)
        if section == "countries":
            ids.extend(COUNTRY_PREFIX + code for code in bundle.country_codes)
    return ids


def create_screen(screen_id: str, bundle: Bundle) -> Screen:
    if screen_id.startswith(COUNTRY_PREFIX):
        return CountryScreen(bundle, screen_id)
    return _SCREENS[screen_id](bundle, screen_id)


__all__ = ["ATTRACT", "HOME", "Screen", "create_screen", "screen_ids"]
