"""The on-screen keyboard: every language of the bundle has a layout, keys type into the field at
its cursor in the language's direction, the layout follows the window's language, keys are
touch-sized on the smallest panel, and a broken layout file is named with what to do."""

from __future__ import annotations

import itertools
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QRawFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from kiosk import fonts
from kiosk.paths import bundled
from kiosk.search.passages import passages
from kiosk.ui.keyboard import LayoutError, OnScreenKeyboard, frequent_pairs, load_layout
from kiosk.ui.keyboard.widget import MIN_KEY
from kiosk.ui.main_window import MainWindow
from tests.helpers import MakeWindow


def _typing_setup(window: MainWindow) -> tuple[OnScreenKeyboard, QLineEdit]:
    """A field and a keyboard under it in `window`, the field with the focus."""
    field = QLineEdit(window)
    field.setGeometry(20, 80, 600, 60)
    keyboard = OnScreenKeyboard(window)
    keyboard.set_target(field)
    keyboard.follow(window)
    keyboard.setGeometry(0, 150, window.width(), keyboard.sizeHint().height())
    field.show()
    keyboard.show()
    field.setFocus()
    return keyboard, field


def _press(qtbot: QtBot, keyboard: OnScreenKeyboard, text: str) -> None:
    key = keyboard.key(text)
    assert key is not None, f"no key types {text!r} in the {keyboard.language()} layout"
    QTest.mouseClick(key, Qt.MouseButton.LeftButton)


def _cursor_xs(qtbot: QtBot, keyboard: OnScreenKeyboard, field: QLineEdit,
               letters: list[str]) -> list[int]:
    """Type `letters` by touch; the text cursor's x on screen after each (the field painted
    first: QLineEdit scrolls its text into place when it paints)."""
    xs = []
    for letter in letters:
        _press(qtbot, keyboard, letter)
        field.repaint()
        xs.append(field.cursorRect().center().x())
    return xs


def _shown_keys(keyboard: OnScreenKeyboard) -> list[str]:
    return [key.property("types") for key in keyboard.letter_keys()]


def test_every_language_of_the_bundle_has_a_layout(make_window: MakeWindow) -> None:
    """Each language the bundle offers loads a layout with letter rows and named controls."""
    window = make_window()
    for code in window.bundle.languages:
        layout = load_layout(code)
        assert layout.code == code
        assert sum(len(row) for row in layout.rows) >= 20, code
        assert all(layout.names.values()), code


def test_arabic_types_right_to_left(qtbot: QtBot, make_window: MakeWindow) -> None:
    """Arabic keys put Arabic letters in the field in typing order, and each new letter
    appears to the left of the one before (the cursor walks leftwards)."""
    window = make_window("--lang", "ar")
    keyboard, field = _typing_setup(window)
    assert all(unicodedata.name(key[0]).startswith("ARABIC") for key in _shown_keys(keyboard))
    xs = _cursor_xs(qtbot, keyboard, field, list("حقوق"))
    assert field.text() == "حقوق"
    assert field.isRightToLeft()
    assert xs[0] > field.width() / 2, "the first letter is not at the field's right"
    assert all(later < earlier for earlier, later in itertools.pairwise(xs)), xs
    assert field.hasFocus(), "a key took the focus from the field"


def test_russian_types_left_to_right(qtbot: QtBot, make_window: MakeWindow) -> None:
    """Russian keys (ЙЦУКЕН) type left to right: each letter to the right of the one before;
    Shift gives one capital."""
    window = make_window("--lang", "ru")
    keyboard, field = _typing_setup(window)
    assert _shown_keys(keyboard)[:6] == list("йцукен")
    QTest.mouseClick(keyboard.shift, Qt.MouseButton.LeftButton)
    xs = _cursor_xs(qtbot, keyboard, field, ["П", *"рава"])
    assert field.text() == "Права"
    assert not field.isRightToLeft()
    assert xs[0] < field.width() / 2, "the first letter is not at the field's left"
    assert all(later > earlier for earlier, later in itertools.pairwise(xs)), xs


def test_keys_insert_at_the_cursor_and_delete_before_it(qtbot: QtBot,
                                                        make_window: MakeWindow) -> None:
    """A key inserts where the cursor is; Delete removes the character before it; Space."""
    window = make_window("--lang", "en")
    keyboard, field = _typing_setup(window)
    field.setText("rts")
    field.setCursorPosition(1)
    _press(qtbot, keyboard, "i")
    _press(qtbot, keyboard, "g")
    with qtbot.waitSignal(field.textEdited):  # an edit, as the search hears typing
        _press(qtbot, keyboard, "h")
    assert field.text() == "rights"
    assert field.cursorPosition() == 4
    QTest.mouseClick(keyboard.backspace, Qt.MouseButton.LeftButton)
    assert field.text() == "rigts"
    QTest.mouseClick(keyboard.space, Qt.MouseButton.LeftButton)
    assert field.text() == "rig ts"
    with qtbot.waitSignal(keyboard.done):
        QTest.mouseClick(keyboard.done_key, Qt.MouseButton.LeftButton)


def test_the_layout_follows_the_window_language(qtbot: QtBot, make_window: MakeWindow) -> None:
    """Switching the window's language shows the keys of the new language's layout, for every
    language of the bundle; the control row mirrors in right-to-left, the letters keep the
    positions of the language's printed keyboard."""
    window = make_window("--lang", "en")
    keyboard, _field = _typing_setup(window)
    for code in window.bundle.languages:
        window.set_language(code)
        layout = load_layout(code)
        assert keyboard.language() == code
        assert _shown_keys(keyboard) == [key for row in layout.rows for key in row], code
        assert keyboard.space.text() == layout.labels["space"]
        assert keyboard.space.accessibleName() == layout.names["space"]
        outer = keyboard.layout()
        assert outer is not None
        outer.activate()
        mirrored = keyboard.shift.x() > keyboard.done_key.x()
        assert mirrored == window.isRightToLeft(), code
        first_row = keyboard.letter_keys()[:len(layout.rows[0])]  # as printed: never mirrored
        left, right = first_row[0], first_row[-1]
        qtbot.waitUntil(lambda: left.x() != right.x())  # noqa: B023 - awaited here, laid out
        assert left.x() < right.x(), code


def test_keys_are_touch_sized_on_the_smallest_panel(make_window: MakeWindow) -> None:
    """At 800x480 every layout fits the width, every key is at least 44 px and none takes the
    keyboard focus; at the keyboard's narrowest no control's name is cut."""
    window = make_window("--size", "800x480")
    keyboard, _field = _typing_setup(window)
    for code in window.bundle.languages:
        window.set_language(code)
        assert keyboard.minimumSizeHint().width() <= window.width(), code
        assert keyboard.sizeHint().height() <= window.height() * 0.6, code
        keys = keyboard.findChildren(QPushButton, "key")
        assert keys
        for key in keys:
            if key.isHidden():
                continue
            assert key.minimumHeight() >= MIN_KEY and key.minimumWidth() >= MIN_KEY, code
            assert key.focusPolicy() == Qt.FocusPolicy.NoFocus
            assert key.accessibleName(), (code, key.text())
        keyboard.resize(keyboard.minimumSizeHint().width(), keyboard.sizeHint().height())
        outer = keyboard.layout()
        assert outer is not None
        outer.activate()
        for key in (keyboard.shift, keyboard.space, keyboard.backspace, keyboard.done_key):
            assert key.width() >= key.fontMetrics().horizontalAdvance(key.text()), (
                code, key.text(), "cut")


def test_chinese_offers_the_content_words(qtbot: QtBot, make_window: MakeWindow) -> None:
    """Chinese (no pinyin input method): a row of two-character words of the bundle's own
    Chinese text, which type themselves; other languages have no such row."""
    window = make_window("--lang", "en")
    keyboard, field = _typing_setup(window)
    assert keyboard.word_keys() == []
    if "zh" not in window.bundle.languages:
        pytest.skip("the bundle has no Chinese")
    window.set_language("zh")
    words = [key.property("types") for key in keyboard.word_keys()]
    assert len(words) >= 4
    text = "".join(p.text for p in passages(window.bundle, "zh"))
    assert all(len(word) == 2 and word in text for word in words), words
    QTest.mouseClick(keyboard.word_keys()[0], Qt.MouseButton.LeftButton)
    assert field.text() == words[0]


def test_chinese_words_are_whole_words_not_fragments() -> None:
    """Runs of ideographs are cut into words, not every overlapping pair: 区域办事处 offers
    区域 and 办事, never 域办 or 事处."""
    words = frequent_pairs(["区域办事处", "人权高专办的区域办事处。", "办事处"], 8)
    assert {"区域", "办事", "人权"} <= set(words)
    assert not {"域办", "事处"} & set(words), words


@pytest.mark.parametrize(("content", "said"), [
    ('{"language": "en",\n "rows": ["q w"\n "names": {}}', "line 3"),
    ('{"language": "en", "rows": ["q  w"], "names": {}}', "row 1: an empty key"),
    ('{"language": "en", "rows": ["q w"], "shift": ["Q"], '
     '"names": {"shift": "a", "space": "b", "backspace": "c", "done": "d"}}', "'shift'"),
    ('{"language": "en", "rows": ["q w"], "names": {"shift": "Shift"}}', "'names'"),
    ('{"language": "fr", "rows": ["q w"], "names": {}}', "'language'"),
])
def test_a_broken_layout_names_file_and_place(tmp_path: Path, content: str, said: str) -> None:
    """A layout file that cannot be used is refused with its path and what is wrong where."""
    (tmp_path / "en.json").write_text(content, encoding="utf-8")
    with pytest.raises(LayoutError) as caught:
        load_layout("en", tmp_path)
    assert str(tmp_path / "en.json") in str(caught.value)
    assert said in str(caught.value)
    with pytest.raises(LayoutError, match="add this file"):
        load_layout("xx", tmp_path)


def test_every_key_face_is_in_the_kiosk_fonts(make_window: MakeWindow) -> None:
    """What each layout's keys show, in both layers, is drawn by the fonts the kiosk bundles
    for that language (no box on a machine without fonts)."""
    window = make_window()
    for code in window.bundle.languages:
        layout = load_layout(code)
        raws = [QRawFont(str(bundled("resources") / "fonts" / name), 16)
                for name in (*fonts.STARTUP_FILES, *fonts.files(code))]
        faces = [*layout.labels.values(), *(key for row in layout.rows + layout.shift
                                           for key in row)]
        missing = sorted({char for face in faces for char in face if not char.isspace()
                          and not any(raw.supportsCharacter(ord(char)) for raw in raws)})
        assert not missing, (code, missing)
