"""The screen registry: every screen declares its id and section, one registry knows them all,
every screen follows the languages the kiosk offers, and another office's bundle (its own
sections, countries and languages) shows only its own content."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, Qt

from kiosk.content import default_content_dir, load_bundle
from kiosk.content.model import TEXT_KIND, SectionEntry
from kiosk.settings import Settings, save_settings
from kiosk.ui.screens import ATTRACT, HOME, SCREENS, create_screen, screen_ids
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.widgets.tile import Tile
from tests.helpers import MakeWindow
from tests.ui.test_main_window import visible_texts

BUNDLE = load_bundle(default_content_dir())
OTHER = load_bundle(Path(__file__).resolve().parent.parent / "data" / "other-office")
"""Another office's bundle: other countries (one south of the equator), sections (no
priorities, achievements or added value; a text page of its own), default language."""


def test_every_screen_declares_a_unique_id() -> None:
    """No two screen classes share an id (a text page takes its section's id from the
    bundle); home and the attract screen belong to no section."""
    declared = [cls.ID for cls in SCREENS if cls.SECTION != TEXT_KIND]
    assert all(declared) and len(set(declared)) == len(declared)
    assert HomeScreen.SECTION == AttractScreen.SECTION == ""


def test_screen_ids_follow_the_bundle(qtbot: object) -> None:
    """Home, then each section of the bundle in its order, each followed by its items'
    screens; every id builds a screen that knows its own id and section."""
    ids = screen_ids(BUNDLE)
    assert ids[0] == HOME and ATTRACT not in ids
    sections = [i for i in ids if i in BUNDLE.sections]
    assert sections == list(BUNDLE.sections)
    assert len(ids) == len(set(ids))
    for screen_id in ids:
        screen = create_screen(screen_id, BUNDLE)
        qtbot.addWidget(screen)  # type: ignore[attr-defined]
        assert screen.screen_id == screen_id
        assert screen.SECTION in ("", *(entry.kind for entry in BUNDLE.facts.sections))
        if screen.SECTION:  # an item's screen comes after its section's own
            assert ids.index(screen.SECTION) <= ids.index(screen_id)


def test_a_section_without_a_screen_is_named() -> None:
    """A bundle whose home lists a section no screen presents is refused with its name."""
    bundle = SimpleNamespace(facts=SimpleNamespace(sections=(
        SectionEntry("mandate", "mandate"), SectionEntry("visit-us", "poster"))))
    with pytest.raises(ValueError, match="'visit-us' of kind 'poster'"):
        screen_ids(bundle)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown screen 'nowhere'"):
        create_screen("nowhere", BUNDLE)


@pytest.mark.log_expected("no operator PIN is set")  # kiosk mode without a PIN, on purpose
def test_every_screen_follows_the_offered_languages(make_window: MakeWindow,
                                                    tmp_path: Path) -> None:
    """With two languages offered, home's chooser, the bar's sheet and the attract screen show
    those two only, in screens built before and after the choice."""
    offered = list(BUNDLE.languages[-2:])
    config = tmp_path / "settings.yaml"
    save_settings(Settings(languages=tuple(offered), kiosk=True), config)
    window = make_window("--config", str(config), "--lang", offered[0])
    assert window.offered_languages() == offered
    attract = window.screen_widget(ATTRACT)
    assert isinstance(attract, AttractScreen)
    invitations = {BUNDLE.texts[code].attract.invitation for code in BUNDLE.languages}
    shown = {label.text() for label in attract.findChildren(type(attract.office))
             if label.text() in invitations}
    assert shown == {BUNDLE.texts[code].attract.invitation for code in offered}
    home = window.screen_widget(HOME)  # built after the choice
    assert isinstance(home, HomeScreen)
    assert home.languages.codes() == offered
    window.open_language_sheet()
    sheet = window.language_sheet()
    assert sheet is not None and sheet.languages.codes() == offered


def _shipped_office_words() -> set[str]:
    """What only the shipped office's bundle says: its office's name, region, places and
    countries, in each of its languages (the other bundle shares none of them)."""
    words = set()
    for texts in BUNDLE.texts.values():
        words.add(texts.office.name)
        words.update(texts.places.values())
        words.update(country.name for country in texts.countries.values())
        words.add(texts.sections["countries"].summary)
        if texts.sections["countries"].intro:
            words.add(texts.sections["countries"].intro)
    return words | {"Central Asia", "Центральной Азии", "آسيا الوسطى"}


@pytest.mark.parametrize("code", OTHER.languages)
def test_another_office_shows_only_its_own_content(make_window: MakeWindow, code: str) -> None:
    """Another office's bundle in each of its languages: home has a tile per section of its
    bundle.yaml, in order, each opening its screen; every screen shows the bundle's own texts
    and not one word of the shipped office. (Its map is not checked here: the map of other
    regions is another piece of work.)"""
    window = make_window("--content", str(OTHER.directory), "--lang", code)
    texts = OTHER.texts[code]
    assert window.screen_ids() == screen_ids(OTHER)
    home = window.screen_widget(HOME)
    assert isinstance(home, HomeScreen)
    mirrored = -1 if home.layoutDirection() == Qt.LayoutDirection.RightToLeft else 1
    tiles = sorted((t for t in home.findChildren(Tile) if t.isVisible()), key=lambda t: (
        t.mapTo(home, QPoint()).y(), mirrored * t.mapTo(home, QPoint()).x()))
    assert [t.accessibleName() for t in tiles] == [texts.sections[s].title for s in OTHER.sections]
    for section in OTHER.sections:
        window.navigate(HOME)
        home.tiles[section].click()
        assert window.current_screen() == section
        assert texts.sections[section].title in visible_texts(window)
    window.navigate("visit")
    shown_page = visible_texts(window)
    for block in texts.pages["visit"]:
        assert block.text in shown_page
        assert any(all(item in t for item in block.items) for t in shown_page)
    window.navigate("countries")
    assert texts.sections["countries"].intro in visible_texts(window)
    forbidden = _shipped_office_words()
    for screen_id in window.screen_ids():
        window.navigate(screen_id)
        shown = visible_texts(window)
        leaks = {word for word in forbidden for text in shown if word in text}
        assert not leaks, f"{screen_id} in {code} shows the shipped office's {leaks}"
