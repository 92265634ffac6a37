"""The content bundle as plain dataclasses: what the screens read, with no Qt and no files."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, fields
from pathlib import Path

# --- bundle.yaml: the facts that do not depend on the language -------------------------


@dataclass(frozen=True)
class LanguageFile:
    code: str
    file: str


@dataclass(frozen=True)
class BundleInfo:
    id: str
    version: str
    reference_language: str
    default_language: str
    languages: tuple[LanguageFile, ...]


@dataclass(frozen=True)
class Resolution:
    number: str
    date: datetime.date


@dataclass(frozen=True)
class OfficeFacts:
    established: int
    seat: str
    resolution: Resolution
    source_url: str
    online_url: str


@dataclass(frozen=True)
class CountryFacts:
    code: str
    capital: str


@dataclass(frozen=True)
class Place:
    id: str
    country: str
    role: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Linked:
    """An item of a list (an achievement, an area of added value) and the countries it names."""

    id: str
    countries: tuple[str, ...]


@dataclass(frozen=True)
class EditorialNote:
    id: str
    languages: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Facts:
    bundle: BundleInfo
    office: OfficeFacts
    countries: tuple[CountryFacts, ...]
    places: tuple[Place, ...]
    freedoms: tuple[str, ...]
    priorities: tuple[str, ...]
    achievements: tuple[Linked, ...]
    value: tuple[Linked, ...]
    offices: tuple[str, ...]
    editorial_notes: tuple[EditorialNote, ...]


PLACE_ROLES = ("regional-office", "presence", "capital")


# --- <language>.yaml: everything a visitor reads, one file per language ------------------


@dataclass(frozen=True)
class LanguageName:
    name: str


@dataclass(frozen=True)
class OfficeText:
    name: str
    parent: str
    welcome: str


@dataclass(frozen=True)
class Section:
    title: str
    summary: str


@dataclass(frozen=True)
class Sections:
    mandate: Section
    countries: Section
    priorities: Section
    achievements: Section
    value: Section
    offices: Section


@dataclass(frozen=True)
class MandateText:
    founding: str
    mandate: str
    cooperation: str
    freedoms: dict[str, str]
    presence: str


@dataclass(frozen=True)
class CountryText:
    name: str
    role: str


@dataclass(frozen=True)
class PrioritiesText:
    intro: str
    items: dict[str, str]
    activities: str


@dataclass(frozen=True)
class AchievementsText:
    engagement: str
    intro: str
    items: dict[str, str]


@dataclass(frozen=True)
class ValueItem:
    title: str
    text: str


@dataclass(frozen=True)
class ValueText:
    intro: str
    items: dict[str, ValueItem]
    closing: str


@dataclass(frozen=True)
class OfficeEntry:
    name: str
    city: str


@dataclass(frozen=True)
class OfficesText:
    intro: str
    items: dict[str, OfficeEntry]


@dataclass(frozen=True)
class AttractText:
    """The kiosk's invitation while nobody is using it."""

    invitation: str


@dataclass(frozen=True)
class Texts:
    language: LanguageName
    office: OfficeText
    places: dict[str, str]
    sections: Sections
    mandate: MandateText
    countries: dict[str, CountryText]
    priorities: PrioritiesText
    achievements: AchievementsText
    value: ValueText
    offices: OfficesText
    attract: AttractText


# --- the whole bundle -----------------------------------------------------------------------


@dataclass(frozen=True)
class Bundle:
    directory: Path
    facts: Facts
    texts: dict[str, Texts]
    checksum: str

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang.code for lang in self.facts.bundle.languages)

    @property
    def country_codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.facts.countries)

    @property
    def sections(self) -> tuple[str, ...]:
        """The home screen's sections, in the order of their tiles: the fields of `Sections`,
        which every language file gives a title and a summary."""
        return tuple(field.name for field in fields(Sections))

    def online_url(self, code: str) -> str:
        return self.facts.office.online_url.replace("{lang}", code)
