"""Sections as content: bundle.yaml's `sections` list the home's sections and their kinds;
a bundle without it keeps today's six; what a wrong list gets told."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.content import default_content_dir, load_bundle
from kiosk.content.model import TODAYS_KINDS
from tests.helpers import edit, problems

OTHER = Path(__file__).resolve().parent.parent / "data" / "other-office"
"""A bundle with `sections`: mandate, countries, a text page 'visit', offices."""


@pytest.fixture
def other_copy(tmp_path: Path) -> Path:
    """A copy of the other office's bundle to break."""
    target = tmp_path / "other"
    shutil.copytree(OTHER, target)
    return target


def test_a_bundle_without_sections_keeps_todays_six() -> None:
    """The shipped bundle.yaml has no `sections`: home shows today's six, in today's order."""
    bundle = load_bundle(default_content_dir())
    assert "sections:" not in (default_content_dir() / "bundle.yaml").read_text("utf-8")
    assert bundle.sections == TODAYS_KINDS
    assert [bundle.kind_of(s) for s in bundle.sections] == list(TODAYS_KINDS)


def test_sections_come_in_the_order_of_bundle_yaml() -> None:
    """The other office's sections, in its order, with its text page's blocks."""
    bundle = load_bundle(OTHER)
    assert bundle.sections == ("mandate", "countries", "visit", "offices")
    assert bundle.kind_of("visit") == "text"
    assert bundle.texts["en"].priorities is None
    assert len(bundle.texts["en"].pages["visit"]) == 2


def test_an_unknown_kind_is_refused(other_copy: Path) -> None:
    """A section of a kind the app does not know names the kind and the kinds it knows."""
    edit(other_copy / "bundle.yaml", "kind: text", "kind: poster")
    found = problems(other_copy)
    assert any("'poster' (section 'visit') is not a kind of section" in p
               and "text" in p for p in found), found


def test_a_kind_with_its_own_text_keeps_its_name(other_copy: Path) -> None:
    """`mandate` under another id is refused: its text is under `mandate:`."""
    edit(other_copy / "bundle.yaml", "  - id: mandate\n", "  - id: about\n")
    found = problems(other_copy)
    assert any("must have the id 'mandate'" in p for p in found), found


def test_a_text_page_cannot_take_a_screens_name(other_copy: Path) -> None:
    """A text page called "home" would hide the home screen: refused."""
    for name in ("bundle.yaml", "en.yaml", "ar.yaml"):
        edit(other_copy / name, "visit", "home")
    found = problems(other_copy)
    assert any("'home' cannot name a text page" in p for p in found), found


def test_a_listed_section_needs_its_text(other_copy: Path) -> None:
    """Adding `priorities` to bundle.yaml's sections without writing them is refused, in the
    reference language's file."""
    edit(other_copy / "bundle.yaml", "  - id: offices\n",
         "  - id: priorities\n    kind: priorities\n  - id: offices\n")
    found = problems(other_copy)
    assert any(p.startswith("en.yaml") and "bundle.yaml lists the section 'priorities'" in p
               for p in found), found


def test_text_of_an_omitted_section_is_refused(bundle_copy: Path) -> None:
    """The shipped bundle with `sections` that leave out the offices: its `offices:` text
    is named as not shown, and the tile text's ids no longer match."""
    text = (bundle_copy / "bundle.yaml").read_text("utf-8")
    kinds = [k for k in TODAYS_KINDS if k != "offices"]
    listing = "".join(f"  - id: {k}\n    kind: {k}\n" for k in kinds)
    (bundle_copy / "bundle.yaml").write_text(
        text.replace("\ncountries:\n", f"\nsections:\n{listing}\ncountries:\n", 1), "utf-8")
    found = problems(bundle_copy)
    assert any("bundle.yaml has no section 'offices'" in p for p in found), found
    assert any("sections: not in bundle.yaml: offices" in p for p in found), found


def test_a_text_page_without_its_blocks_is_refused(other_copy: Path) -> None:
    """The reference language must write each text page under `pages`."""
    edit(other_copy / "en.yaml", "pages:\n  visit:", "pages:\n  visiting:")
    found = problems(other_copy)
    assert any("pages: missing visit" in p for p in found), found
