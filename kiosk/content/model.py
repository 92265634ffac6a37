"""The content bundle as plain dataclasses: what the screens read, with no Qt and no files."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, get_args

from kiosk.content.errors import Problem

# --- bundle.yaml: the facts that do not depend on the language -------------------------


LanguageStatus = Literal["reviewed", "draft"]
"""How far a language's translation can be trusted (bundle.yaml's `status`, required):
`reviewed`, checked by someone fluent for the office; `draft`, a translation nobody fluent
has reviewed yet, which visitors see marked as unofficial (issue 13: nothing pretends to be
official)."""
LANGUAGE_STATUSES: tuple[str, ...] = get_args(LanguageStatus)
"""The values `status` may have, in the order messages name them."""


@dataclass(frozen=True)
class LanguageFile:
    """A language of the bundle: its `code` (kiosk.locale_codes), its `file` next to
    bundle.yaml and its translation's `status` (`LanguageStatus`)."""

    code: str
    file: str
    status: LanguageStatus


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
    """The office's page online, `{lang}` standing for one of `online_languages`."""
    online_languages: tuple[str, ...] = ()
    """The languages the online page exists in; empty: every language of the bundle."""
    online_fallback: str = ""
    """The page's language for a visitor's language the site lacks: one of online_languages
    (the office's page has ar, en, es, fr, ru and zh; Central Asia's languages read Russian)."""


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
class SectionEntry:
    """A tile of the home screen and the screen it opens: `id` (the screen id, and the key of
    its title and summary under each language file's `sections`) and `kind`, one of
    `SECTION_KINDS`, which says what the screen shows and where its text is."""

    id: str
    kind: str


@dataclass(frozen=True)
class EditorialNote:
    id: str
    languages: tuple[str, ...]
    text: str


TODAYS_KINDS = ("mandate", "countries", "priorities", "achievements", "value", "offices")
"""The kinds of section that have their own part of each language file, named as the kind
(`mandate:`, `priorities:` ...): each can be a section once, with the kind as its id. They
are also the home's sections, in this order, of a bundle.yaml without `sections`."""
TEXT_KIND = "text"
"""A text page: paragraphs and bulleted lists under `pages.<id>` of each language file; a
bundle may have any number of them."""
SECTION_KINDS = (*TODAYS_KINDS, TEXT_KIND)
"""Every kind of section the app can show (each maps to a screen class, kiosk.ui.screens)."""


@dataclass(frozen=True, kw_only=True)
class Facts:
    """bundle.yaml. Keys with a default may be left out: `sections` then means today's six
    sections (`TODAYS_KINDS`), and the lists of an omitted section are empty."""

    bundle: BundleInfo
    office: OfficeFacts
    sections: tuple[SectionEntry, ...] = tuple(SectionEntry(k, k) for k in TODAYS_KINDS)
    countries: tuple[CountryFacts, ...]
    places: tuple[Place, ...]
    freedoms: tuple[str, ...] = ()
    priorities: tuple[str, ...] = ()
    achievements: tuple[Linked, ...] = ()
    value: tuple[Linked, ...] = ()
    offices: tuple[str, ...] = ()
    editorial_notes: tuple[EditorialNote, ...] = ()


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


@dataclass(frozen=True, kw_only=True)
class Section:
    """A home tile's `title` and `summary`, also the section screen's heading; `intro`, the
    lead under the heading where the screen has one (the countries screen), else None."""

    title: str
    summary: str
    intro: str | None = None


@dataclass(frozen=True, kw_only=True)
class TextBlock:
    """A paragraph of a text page, `text`, and the bulleted list that follows it, `items`
    (none when left out)."""

    text: str
    items: tuple[str, ...] = ()


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


@dataclass(frozen=True, kw_only=True)
class Texts:
    """One language file. `sections` maps every section id of bundle.yaml to its tile text;
    the part of a kind of section the bundle omits is None (the loader refuses it present,
    and refuses it missing when the section is there); `pages` holds the text pages, by id."""

    language: LanguageName
    office: OfficeText
    places: dict[str, str]
    sections: dict[str, Section]
    mandate: MandateText | None = None
    countries: dict[str, CountryText]
    priorities: PrioritiesText | None = None
    achievements: AchievementsText | None = None
    value: ValueText | None = None
    offices: OfficesText | None = None
    pages: dict[str, tuple[TextBlock, ...]] = field(default_factory=dict)
    attract: AttractText


# --- the whole bundle -----------------------------------------------------------------------


@dataclass(frozen=True)
class Bundle:
    """A bundle that loaded: its facts, each language's texts by code, the SHA-256 of its
    files, and `warnings`, what is worth fixing but shown as written (kiosk.content.scripts:
    spaces inside Chinese, Uzbek apostrophes, a language whose script is not known)."""

    directory: Path
    facts: Facts
    texts: dict[str, Texts]
    checksum: str
    warnings: tuple[Problem, ...] = ()

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang.code for lang in self.facts.bundle.languages)

    @property
    def country_codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.facts.countries)

    @property
    def sections(self) -> tuple[str, ...]:
        """The home screen's sections, in the order of their tiles: the ids of bundle.yaml's
        `sections` (each also a screen id), which every language file gives a title and a
        summary."""
        return tuple(entry.id for entry in self.facts.sections)

    def kind_of(self, section: str) -> str:
        """The kind (`SECTION_KINDS`) of the section `section`; KeyError for an unknown id."""
        for entry in self.facts.sections:
            if entry.id == section:
                return entry.kind
        raise KeyError(section)

    def language_status(self, code: str) -> LanguageStatus:
        """The `status` bundle.yaml gives the language `code` (`reviewed` or `draft`);
        KeyError for a language the bundle does not have."""
        for lang in self.facts.bundle.languages:
            if lang.code == code:
                return lang.status
        raise KeyError(code)

    @property
    def drafts(self) -> tuple[str, ...]:
        """The languages whose status is `draft`, in the bundle's order."""
        return tuple(lang.code for lang in self.facts.bundle.languages if lang.status == "draft")

    def online_language(self, code: str) -> str:
        """The language of the office's online page for a visitor reading `code`: `code`
        itself where the site has it, else bundle.yaml's `office.online_fallback`."""
        office = self.facts.office
        if not office.online_languages or code in office.online_languages:
            return code
        return office.online_fallback

    def online_url(self, code: str) -> str:
        """The absolute address of the office's page for a visitor reading `code` (in
        `online_language(code)`)."""
        return self.facts.office.online_url.replace("{lang}", self.online_language(code))
