"""The "Unofficial translation" note: on every screen of a draft language, in that language,
under the title, readable, fitting and mirrored; nowhere in a reviewed language."""

from __future__ import annotations

import logging
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kiosk import diagnostics
from kiosk.content import default_content_dir, load_bundle
from kiosk.content.scripts import expected_script
from kiosk.ui import theme
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.base import PageScreen
from kiosk.ui.settle import settle
from kiosk.ui.widgets.draft_note import MESSAGE
from tests.content.test_scripts import set_text
from tests.helpers import ROOT, MakeWindow, contrast
from tests.ui.layout_checks import cut_text, page_problems

SHIPPED = load_bundle(default_content_dir())
REFERENCE = SHIPPED.facts.bundle.reference_language
DRAFTS = [code for code in SHIPPED.languages if code != REFERENCE]
"""The languages the test bundle marks draft: all but the reference, which stays reviewed."""


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    """A copy of the shipped bundle in which every language but the reference is a draft."""
    target = tmp_path / "drafts"
    shutil.copytree(default_content_dir(), target)
    facts = target / "bundle.yaml"
    lines = facts.read_text(encoding="utf-8").splitlines(keepends=True)
    code = ""
    for i, line in enumerate(lines):
        if line.startswith("    - code: "):
            code = line.split(":", 1)[1].strip()
        elif line.strip().startswith("status:") and code in DRAFTS:
            lines[i] = line[:line.index("status:")] + "status: draft\n"
    facts.write_text("".join(lines), encoding="utf-8")
    bundle = load_bundle(target)
    assert [c for c in bundle.languages if bundle.language_status(c) == "draft"] == DRAFTS
    return target


def expected_note(code: str) -> str:
    """The note as the language's .ts catalogue translates it (the source text for the source
    language, or for a language that has no catalogue yet)."""
    ts = ROOT / "translations" / f"kiosk_{code}.ts"
    if not ts.exists():
        return MESSAGE
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") == "DraftNote":
            for message in context.iter("message"):
                if message.findtext("source") == MESSAGE:
                    return message.findtext("translation", "") or MESSAGE
    return MESSAGE


def notes(window: QWidget) -> list[QLabel]:
    """The draft notes a visitor sees in `window`."""
    return [label for label in window.findChildren(QLabel)
            if label.objectName() in ("draftNote", "attractDraftNote") and label.isVisible()]


def box(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def page_screen(window: MainWindow, screen_id: str) -> PageScreen:
    window.navigate(screen_id)
    settle(QApplication.instance())
    screen = window.screen_widget(screen_id)
    assert isinstance(screen, PageScreen)
    return screen


def heading_of(screen: PageScreen) -> QLabel:
    headings = [label for label in screen.findChildren(QLabel)
                if label.objectName() == "heading" and label.isVisible()]
    return min(headings, key=lambda label: label.mapTo(screen, QPoint(0, 0)).y())


@pytest.mark.parametrize("size", ["800x480", "1080x1920"])
@pytest.mark.parametrize("code", DRAFTS)
def test_every_screen_of_a_draft_language_says_unofficial(make_window: MakeWindow,
                                                          drafts: Path, code: str,
                                                          size: str) -> None:
    """In a draft language, at text size 1.5 on a 7-inch panel and on a portrait totem, each
    screen shows one note in that language, right under its title and above the rest of its
    text, starting on the title's side (the right in a right-to-left language), told to
    screen readers as the text it shows; it shows its whole text, covers nothing and leaves
    the page whole (tests/ui/layout_checks)."""
    window = make_window("--content", str(drafts), "--lang", code, "--size", size,
                         "--text-scale", "1.5")
    for screen_id in window.screen_ids():
        screen = page_screen(window, screen_id)
        [note] = notes(window)
        assert note.text() == expected_note(code), screen_id
        column = screen.page.widget()
        assert column is not None
        heading = heading_of(screen)
        note_box, heading_box = box(note, column), box(heading, column)
        assert 0 <= note_box.top() - heading_box.bottom() <= 3 * note.fontInfo().pixelSize()
        others = [label for label in column.findChildren(QLabel)
                  if label.isVisible() and label.text() and label not in (note, heading)]
        assert all(box(label, column).top() >= note_box.bottom() for label in others), screen_id
        assert note_box.width() < heading_box.width() / 2
        if window.isRightToLeft():
            assert abs(note_box.right() - heading_box.right()) <= 1, screen_id
        else:
            assert abs(note_box.left() - heading_box.left()) <= 1, screen_id
        accessible = QAccessible.queryAccessibleInterface(note)
        assert accessible is not None
        assert accessible.role() == QAccessible.Role.StaticText
        assert accessible.text(QAccessible.Text.Name) == note.text()
        assert not cut_text(note), (screen_id, cut_text(note))
        assert not list(page_problems(screen.page)), screen_id
        covered = [w for w in column.findChildren(QWidget) if w.isVisible() and w is not note
                   and not w.isAncestorOf(note) and box(w, column).intersects(note_box)]
        assert not covered, (screen_id, covered)


def test_a_reviewed_language_shows_no_note(make_window: MakeWindow, drafts: Path) -> None:
    """The reviewed language shows no note on any screen, also after a draft one was shown."""
    window = make_window("--content", str(drafts), "--lang", DRAFTS[0])
    for screen_id in window.screen_ids():
        page_screen(window, screen_id)
    window.set_language(REFERENCE)
    for screen_id in window.screen_ids():
        page_screen(window, screen_id)
        assert not notes(window), screen_id
        assert MESSAGE not in [label.text() for label in window.findChildren(QLabel)]


def test_the_shipped_reviewed_languages_show_no_note(make_window: MakeWindow) -> None:
    """The shipped bundle's reviewed languages show no note on their home screens."""
    window = make_window()
    for code in [c for c in SHIPPED.languages if SHIPPED.language_status(c) == "reviewed"]:
        window.set_language(code)
        page_screen(window, "home")
        assert not notes(window), code


@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_note_is_readable_in_both_palettes(make_window: MakeWindow, drafts: Path,
                                               high_contrast: bool) -> None:
    """The note's text stands 4.5:1 and more from the page behind it, its border 3:1 (WCAG
    1.4.3 and 1.4.11), in the normal and the high-contrast palette, on every screen."""
    window = make_window("--content", str(drafts), "--lang", DRAFTS[0])
    window.set_look(theme.Look(high_contrast=high_contrast))
    for screen_id in window.screen_ids():
        page_screen(window, screen_id)
        [note] = notes(window)
        image = note.grab().toImage()
        background = image.pixelColor(note.width() // 2, 3).name()  # inside the 2 px border
        text = note.palette().color(note.foregroundRole()).name()
        border = image.pixelColor(0, note.height() // 2).name()
        page = note.parentWidget()
        assert page is not None
        behind = page.palette().color(QPalette.ColorRole.Window).name()
        assert contrast(text, background) >= 4.5, screen_id
        assert contrast(border, behind) >= 3, (screen_id, border, behind)


def test_attract_slides_of_a_draft_language_say_so_in_it(make_window: MakeWindow,
                                                         drafts: Path) -> None:
    """The attract screen shows languages in turn: a slide in a draft language carries the
    note in that language (whatever the interface language), a reviewed one none."""
    window = make_window("--content", str(drafts), "--lang", REFERENCE)
    window.navigate("attract")
    settle(QApplication.instance())
    attract = window.screen_widget("attract")
    assert isinstance(attract, AttractScreen)
    seen: dict[str, set[str]] = {code: set() for code in window.bundle.languages}
    for index in range(attract.slide_count()):
        attract.show_slide(index)
        settle(QApplication.instance())
        shown = notes(window)
        code = next(c for c in window.bundle.languages
                    if window.bundle.texts[c].attract.invitation == attract.invitation.text())
        seen[code] |= {note.text() for note in shown}
        if shown:
            [note] = shown
            assert note.alignment() & Qt.AlignmentFlag.AlignHCenter
            assert not cut_text(note)
    assert seen == {code: ({expected_note(code)} if code in DRAFTS else set())
                    for code in window.bundle.languages}


def test_operators_see_every_language_with_its_status(drafts: Path, tmp_path: Path,
                                                      make_window: MakeWindow,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    """The diagnostics page names each language with its status and the content's warnings
    (a space inside Chinese text), and the log says at start which languages are drafts."""
    chinese = next((lang.file for lang in SHIPPED.facts.bundle.languages
                    if expected_script(lang.code) in ("Hans", "Hant")), None)
    if chinese is not None:
        set_text(drafts / chinese, "office.name", "中亚 区域办事处")
    bundle = load_bundle(drafts)
    text = diagnostics.report(bundle, tmp_path / "settings.yaml", [], None)
    for code in bundle.languages:
        assert [line for line in text.splitlines()
                if line.startswith(f"  {code}: {bundle.language_status(code)}; ")], code
    assert [f"  ! {warning}" for warning in bundle.warnings] == [
        line for line in text.splitlines() if line.startswith("  ! ")]
    assert bool(bundle.warnings) == (chinese is not None)
    with caplog.at_level(logging.INFO, logger="kiosk.app"):
        make_window("--content", str(drafts))
    assert f"draft (unofficial) {', '.join(DRAFTS)}" in caplog.text
