"""The passages a visitor can read on each screen, from the content model alone (no Qt).

A passage is one text of the language file as a screen shows it: a paragraph, a list item, a
title. Screens are named by the ids `kiosk --screen` and `MainWindow.navigate` take (home, then
each section in the order of the home tiles, the countries' screens after "countries");
tests/search checks that they are exactly `kiosk.ui.screens.screen_ids`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import NamedTuple

from kiosk.content import Bundle, Texts

COUNTRY_PREFIX = "country/"
"""The screen id of a country is this and its ISO 3166 code (kiosk.ui.screens.countries)."""


class Passage(NamedTuple):
    """One text on one screen: `screen` its id, `title` the screen's title in the language,
    `key` the text's dotted path in the language file (mandate.founding), `text` as shown."""

    screen: str
    title: str
    key: str
    text: str


def _strings(value: object, key: str) -> Iterator[tuple[str, str]]:
    """Every string inside a text dataclass, dict or tuple, with its dotted key, in order."""
    if isinstance(value, str):
        if value.strip():
            yield key, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name), f"{key}.{field.name}")
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from _strings(item, f"{key}.{name}")
    elif isinstance(value, tuple | list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{key}.{index}")


def passages(bundle: Bundle, code: str) -> list[Passage]:
    """Every passage of language `code` (one of bundle.languages), screen by screen in the
    order of the home tiles. Raises KeyError for a language the bundle lacks."""
    texts: Texts = bundle.texts[code]
    office = texts.office
    found = [Passage("home", office.name, f"office.{name}", text)
             for name, text in _strings(office, "office")
             for name in [name.removeprefix("office.")]]
    for entry in bundle.facts.sections:
        section = texts.sections[entry.id]
        heading = [Passage(entry.id, section.title, key, text)
                   for key, text in _strings(section, f"sections.{entry.id}")]
        found.extend(heading)
        if entry.kind == "countries":
            for country in bundle.facts.countries:
                country_text = texts.countries[country.code]
                screen = COUNTRY_PREFIX + country.code
                found.extend(Passage(screen, country_text.name, key, text) for key, text
                             in _strings(country_text, f"countries.{country.code}"))
        elif entry.kind == "text":
            found.extend(Passage(entry.id, section.title, key, text) for key, text
                         in _strings(texts.pages.get(entry.id, ()), f"pages.{entry.id}"))
        else:
            found.extend(Passage(entry.id, section.title, key, text) for key, text
                         in _strings(getattr(texts, entry.kind, None), entry.kind))
    return found
