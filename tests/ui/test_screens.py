"""The screen registry: every screen declares its id and section, one registry knows them all,
and every screen follows the languages the kiosk offers."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from kiosk.content import default_content_dir, load_bundle
from kiosk.settings import Settings, save_settings
from kiosk.ui.screens import ATTRACT, HOME, SCREENS, create_screen, screen_ids
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.home import HomeScreen
from tests.helpers import MakeWindow

BUNDLE = load_bundle(default_content_dir())


def test_every_screen_declares_a_unique_id() -> None:
    """No two screen classes share an id; home and the attract screen belong to no section."""
    declared = [cls.ID for cls in SCREENS]
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
        assert screen.SECTION in ("", *BUNDLE.sections)
        if screen.SECTION:  # an item's screen comes after its section's own
            assert ids.index(screen.SECTION) <= ids.index(screen_id)


def test_a_section_without_a_screen_is_named() -> None:
    """A bundle whose home lists a section no screen presents is refused with its name."""
    bundle = SimpleNamespace(sections=("mandate", "visit-us"), country_codes=())
    with pytest.raises(ValueError, match="'visit-us'"):
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
