"""Search in the window as a visitor meets it: results as they type in every language, a
chosen result opened at its passage, the no-match sentence, Ctrl+F and Esc on field laptops,
the overlay in kiosk mode and nothing of a query left after the idle reset."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt, QVariantAnimation
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import kiosk_of
from kiosk.content import default_content_dir, load_bundle
from kiosk.search.passages import passages
from kiosk.ui.main_window import MainWindow
from kiosk.ui.search.results import ResultsList
from kiosk.ui.settle import settle
from tests.helpers import MakeWindow, in_overlay, shown
from tests.search.test_search import words_of
from tests.ui.layout_checks import cut_text, name, overlaps, screen_box

BUNDLE = load_bundle(default_content_dir())
NOTHING = "qzxjvqk"
"""A query no language of the bundle has (checked in test_no_match_...)."""


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key as a keyboard layout delivers it: a key press and release
    carrying each character (QTest.keyClicks knows ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def type_query(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Type `text` into an emptied field key by key, as a keyboard does."""
    field.clear()
    field.setFocus()
    type_text(field, text)


def listed(results: ResultsList) -> list[str]:
    return [item.hit.screen for item in results.items]


def screen_words(code: str) -> dict[str, str]:
    """For each screen, its longest word in language `code` (tests/search's words)."""
    words: dict[str, list[str]] = {}
    for passage in passages(BUNDLE, code):
        words.setdefault(passage.screen, []).extend(words_of(passage.text))
    return {screen: max(found, key=len) for screen, found in words.items() if found}


@pytest.mark.parametrize("code", BUNDLE.languages)
def test_typing_a_word_of_a_screen_lists_that_screen(make_window: MakeWindow, qtbot: QtBot,
                                                      code: str) -> None:
    """In the bar's field, a word of each screen lists that screen, named by its title in the
    language, the word drawn bold in its snippet."""
    window = make_window("--lang", code)
    assert set(screen_words(code)) == set(window.screen_ids())
    missed = []
    for screen, word in screen_words(code).items():
        type_query(qtbot, window.search.field, word)
        qtbot.waitUntil(lambda w=word: window.search.panel.isVisible()  # type: ignore[misc]
                        and window.search.panel.query == w, timeout=3000)
        if screen not in listed(window.search.panel):
            missed.append(f"{screen}: {word!r} lists {listed(window.search.panel)}")
            continue
        item = next(i for i in window.search.panel.items if i.hit.screen == screen)
        assert item.title.text() == window.screen_widget(screen).title(BUNDLE.texts[code]) \
            or screen == "home"
        assert "<b>" in item.snippet.text()
    assert not missed, "\n".join(missed)


def _deep_passage(window: MainWindow, code: str) -> tuple[str, str, str]:
    """(screen, passage text, a word of it found only on that screen), the passage as far
    down its screen as can be: it needs scrolling at 800x480."""
    from kiosk.search import index_for

    index = index_for(BUNDLE, code)
    for passage in reversed(passages(BUNDLE, code)):
        if passage.screen == "home" or passage.key.endswith(".title"):
            continue
        for word in sorted(words_of(passage.text), key=len, reverse=True):
            hits = index.search(word)
            if [h.screen for h in hits] == [passage.screen] and hits[0].text == passage.text:
                return passage.screen, passage.text, word
    raise AssertionError(f"no passage of {code} has a word of its own")


@pytest.mark.parametrize("code", ["ar", "ru", "en"])
def test_choosing_a_result_opens_the_passage_in_view_highlighted(
        make_window: MakeWindow, qtbot: QtBot, code: str) -> None:
    """Clicking a result opens its screen with the passage's label inside the viewport and
    its background highlighted, the highlight fading back to nothing."""
    window = make_window("--lang", code, "--size", "800x480", "--text-scale", "1.5")
    screen, text, word = _deep_passage(window, code)
    type_query(qtbot, window.search.field, word)
    qtbot.waitUntil(lambda: screen in listed(window.search.panel), timeout=3000)
    item = next(i for i in window.search.panel.items if i.hit.screen == screen)
    with qtbot.waitSignal(window.search.opened, timeout=3000):
        QTest.mouseClick(item, Qt.MouseButton.LeftButton)
    assert window.current_screen() == screen
    settle(QApplication.instance())
    label = next(w for w in window.screen_widget(screen).findChildren(QLabel)
                 if w.isVisible() and w.text().strip() == text.strip())
    viewport = label.parentWidget()
    while viewport is not None and viewport.objectName() != "qt_scrollarea_viewport":
        viewport = viewport.parentWidget()
    assert viewport is not None
    box = QRect(label.mapTo(viewport, QPoint(0, 0)), label.size())
    assert viewport.rect().intersects(box), f"{text[:40]!r} at {box} is outside {viewport.rect()}"
    assert box.top() >= 0 and (box.bottom() <= viewport.height() or box.top() == 0)
    animation = label.findChild(QVariantAnimation, "searchFlash")
    assert animation is not None and animation.state() == QVariantAnimation.State.Running
    assert "background-color" in label.styleSheet()
    qtbot.waitUntil(lambda: "background-color" not in label.styleSheet(), timeout=5000)
    assert not window.search.panel.isVisible() and window.search.field.text() == ""


@pytest.mark.parametrize("code", BUNDLE.languages)
def test_no_match_says_so_in_the_visitors_language(make_window: MakeWindow, qtbot: QtBot,
                                                   code: str) -> None:
    """A query nothing matches shows one sentence, the catalogue's translation for the
    language (ar and ru translated, not the English source), and no result."""
    window = make_window("--lang", code)
    type_query(qtbot, window.search.field, NOTHING)
    panel = window.search.panel
    qtbot.waitUntil(panel.none.isVisible, timeout=3000)
    assert panel.items == []
    expected = QCoreApplication.translate("Search", "No page has these words.")
    assert panel.none.text() == expected
    if code in ("ar", "ru"):
        assert expected != "No page has these words."


def test_ctrl_f_focuses_the_field_and_esc_clears_and_leaves(make_window: MakeWindow,
                                                            qtbot: QtBot) -> None:
    """Windowed: Ctrl+F (the platform's Find) puts the focus in the bar's field; Esc empties
    it, closes the results and gives the focus back to the screen."""
    window = make_window("--lang", "en")
    field = window.search.field
    assert field.isVisible() and not field.hasFocus()
    find = QKeySequence(QKeySequence.StandardKey.Find)[0]  # type: ignore[index]
    QTest.keyClick(window.windowHandle(), find.key(), find.keyboardModifiers())
    qtbot.waitUntil(field.hasFocus, timeout=3000)
    QTest.keyClicks(field, "rights")
    qtbot.waitUntil(window.search.panel.isVisible, timeout=3000)
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "" and not window.search.panel.isVisible()
    assert not field.hasFocus()


def texts_of(window: QWidget) -> list[str]:
    """Every text a widget of the window holds: field contents, labels, buttons, names."""
    found = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLineEdit | QLabel | QAbstractButton):
            found.append(widget.text())
        found += [widget.accessibleName(), widget.toolTip()]
    return found


def test_kiosk_control_opens_the_overlay_and_the_reset_forgets_the_query(
        make_window: MakeWindow, qtbot: QtBot, config: Path) -> None:
    """Kiosk mode: no field in the bar, a control that opens the overlay with the field
    focused; results as the visitor types; the idle reset closes it and nothing of the query
    is left in any widget."""
    window = make_window("--kiosk", "--config", str(config), "--lang", "ru")
    window.navigate("home")
    assert not window.search.field.isVisible() and window.search.control.isVisible()
    QTest.mouseClick(window.search.control, Qt.MouseButton.LeftButton)
    overlay = window.search.overlay()
    assert overlay is not None and overlay.isVisible()
    qtbot.waitUntil(overlay.field.hasFocus, timeout=3000)
    word = screen_words("ru")["priorities"]
    type_text(overlay.field, word)
    qtbot.waitUntil(lambda: "priorities" in listed(overlay.results), timeout=3000)
    type_query(qtbot, overlay.field, NOTHING)
    qtbot.waitUntil(overlay.results.none.isVisible, timeout=3000)
    kiosk = kiosk_of(window)
    kiosk.session.idle.idle.emit()  # type: ignore[attr-defined]
    QTest.mouseClick(kiosk.session.warning.start_over_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen() == "attract", timeout=5000)
    assert not overlay.isVisible()
    assert overlay.field.text() == "" and overlay.results.items == []
    assert not [t for t in texts_of(window) if NOTHING in t]


@pytest.mark.parametrize("size", ["800x480", "1080x1920"])
def test_the_overlay_fits_at_text_size_1_5(make_window: MakeWindow, qtbot: QtBot, config: Path,
                                           size: str) -> None:
    """With results open in Arabic: nothing of the overlay cut, no controls overlapping, the
    card inside the window."""
    window = make_window("--kiosk", "--config", str(config), "--lang", "ar", "--size", size,
                         "--text-scale", "1.5")
    window.navigate("home")
    window.search.open_overlay()
    overlay = window.search.overlay()
    assert overlay is not None
    type_text(overlay.field, "حقوق")
    qtbot.waitUntil(lambda: len(overlay.results.items) > 1, timeout=3000)
    settle(QApplication.instance())
    viewport = overlay.results.viewport()
    inside = [w for w in shown(window) if viewport.isAncestorOf(w)
              and viewport.rect().intersects(QRect(w.mapTo(viewport, QPoint(0, 0)), w.size()))]
    around = [w for w in shown(window) if in_overlay(w) and not viewport.isAncestorOf(w)]
    problems = [f"{name(w)} {why}" for w in inside + around if (why := cut_text(w))]
    problems += list(overlaps(around))  # the results are clipped to their viewport:
    problems += list(overlaps(inside))  # they overlap nothing outside it if it does not
    problems += [f"the results overlap {name(w)}" for w in around
                 if isinstance(w, QAbstractButton) and screen_box(viewport).intersects(
                     screen_box(w))]
    assert not problems, "\n".join(problems)
    assert inside, "no result in view"
    assert window.rect().contains(overlay.geometry())


def test_the_on_screen_keyboard_types_a_search(make_window: MakeWindow, qtbot: QtBot,
                                               config: Path) -> None:
    """Kiosk mode: the overlay's keyboard is in the visitor's language and its keys type into
    the field; the results follow."""
    window = make_window("--kiosk", "--config", str(config), "--lang", "ar")
    window.navigate("home")
    window.search.open_overlay()
    overlay, keyboard = window.search.overlay(), window.search.keyboard
    assert overlay is not None and keyboard is not None and keyboard.isVisible()
    assert keyboard.language() == "ar"
    for letter in "حقوق":
        key = keyboard.key(letter)
        assert key is not None, letter
        QTest.mouseClick(key, Qt.MouseButton.LeftButton)
    assert overlay.field.text() == "حقوق"
    qtbot.waitUntil(lambda: overlay.results.query == "حقوق" and bool(overlay.results.items),
                    timeout=3000)


def ring(field: QLineEdit) -> str:
    """The colour of the field's border, 1 px in from its left edge, halfway down."""
    return field.grab().toImage().pixelColor(1, field.height() // 2).name()


@pytest.mark.parametrize("kiosk", [False, True])
def test_the_search_field_has_a_focus_ring_of_its_place(make_window: MakeWindow,
                                                       config: Path, kiosk: bool) -> None:
    """The field shows a 3 px ring when it has the keyboard focus and a border as wide when
    not (nothing moves): in the bar the bar's ring colour on a white field (link-visited,
    theme.FOCUS_RING_ON_HIGHLIGHT), on the kiosk overlay's card the page's (accent, FOCUS_RING)
    around the card's border colour (mid)."""
    window = make_window("--lang", "en", *(("--kiosk", "--config", str(config)) if kiosk
                                           else ()))
    if kiosk:
        window.search.open_overlay()
        overlay = window.search.overlay()
        assert overlay is not None
        field = overlay.field
        off, on = QPalette.ColorRole.Mid, QPalette.ColorRole.Accent
    else:
        field = window.search.field
        off, on = QPalette.ColorRole.Base, QPalette.ColorRole.LinkVisited
    palette = field.palette()
    window.setFocus()
    settle()
    size = field.size()
    assert ring(field) == palette.color(off).name()
    field.setFocus()
    settle()
    assert field.hasFocus() and ring(field) == palette.color(on).name()
    assert field.size() == size
