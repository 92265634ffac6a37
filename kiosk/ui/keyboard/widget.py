"""The on-screen keyboard of kiosk mode: large keys in the window's language that type into a
search field, so a visitor at a touch screen needs no system keyboard.

Use (the search overlay's field, in kiosk mode)::

    keyboard = OnScreenKeyboard(parent)
    keyboard.set_target(field)     # a QLineEdit: keys insert at its cursor
    keyboard.follow(window)        # the MainWindow: layout follows its language_changed
    keyboard.done.connect(...)     # the visitor pressed Done

The letter rows keep the positions of the language's standard keyboard, which are geography a
typist knows (Arabic ض at the top left, as printed on Arabic keyboards), so they are never
mirrored; the row of Shift, Space, Delete and Done and the Chinese words row follow the
window's direction and mirror in right-to-left. What a key types, and its direction, is the
field's business: Qt's QLineEdit shows Arabic right to left by itself.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui import theme
from kiosk.ui.keyboard.layouts import Layout, LayoutError, frequent_pairs, load_layout

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from kiosk.content import Bundle


class FollowedWindow(Protocol):
    """What the keyboard follows (the MainWindow, without importing it: the window imports
    the search, which imports the keyboard): its language, its shape's fit, its content."""

    language_changed: SignalInstance
    fit: float
    bundle: Bundle

    def language(self) -> str: ...

    def installEventFilter(self, filter: QObject) -> None: ...  # noqa: N802 - Qt's

log = logging.getLogger(__name__)

KEY_SIZE = 64
"""A key's height in pixels at fit 1.0 (1920x1080); it follows `theme.screen_fit`."""
MIN_KEY = 44
"""The smallest touch target, at any fit (WCAG 2.5.5, Apple's HIG: 44 px)."""
WORDS = 8
"""How many frequent words the Chinese layout's words row offers."""
TATWEEL = "\u0640"
"""Carries a lone Arabic haraka on its key's face, so that the mark can be seen."""


class OnScreenKeyboard(QWidget):
    """Rows of keys of one language's `Layout`, a shift layer, Space, Delete (repeats while
    held) and Done. Keys never take the keyboard focus (the field keeps it and its cursor).

    `done` is emitted when the visitor presses Done; hiding the keyboard is the host's call.
    """

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._target: QLineEdit | None = None
        self._layout: Layout | None = None
        self._shifted = False
        self._fit = 0.0
        self._window: FollowedWindow | None = None
        self._letter_keys: list[QPushButton] = []
        self._word_keys: list[QPushButton] = []

        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(4, 4, 4, 4)
        self._outer.setSpacing(4)
        self._keys = QWidget()  # the words and letters: built anew for each layout and layer
        self._outer.addWidget(self._keys)

        controls = QHBoxLayout()
        controls.setSpacing(4)
        self.shift = self._key(checkable=True)
        self.shift.toggled.connect(self._set_shifted)
        self.space = self._key()
        self.space.clicked.connect(lambda: self._type(" "))
        self.backspace = self._key()
        self.backspace.setAutoRepeat(True)
        self.backspace.clicked.connect(self._delete)
        self.done_key = self._key()
        self.done_key.clicked.connect(self.done)
        controls.addWidget(self.shift, 2)
        controls.addWidget(self.space, 6)
        controls.addWidget(self.backspace, 2)
        controls.addWidget(self.done_key, 2)
        self._outer.addLayout(controls)
        self.set_fit(1.0)

    # --- what the host calls ----------------------------------------------------------------

    def set_target(self, field: QLineEdit | None) -> None:
        """Type into `field` (insert at its cursor, replacing a selection; Delete removes the
        character before the cursor), or nowhere (None)."""
        self._target = field

    def follow(self, window: FollowedWindow) -> None:
        """Take the layout of `window`'s language now and at every language_changed, and the
        key size of its shape (theme.screen_fit) at every resize."""
        self._window = window
        window.language_changed.connect(self.set_language)
        window.installEventFilter(self)
        self.set_fit(window.fit)
        if window.language():
            self.set_language(window.language())

    def set_language(self, code: str, words: Sequence[str] | None = None) -> None:
        """Show the layout of language `code`, with `words` in the words row if the layout has
        one (None: the followed window's content's frequent words, see `frequent_pairs`). A
        layout that cannot be loaded is logged (file, key, what to do) and the keyboard keeps
        the one it had: a visitor never sees an error."""
        try:
            layout = load_layout(code)
        except LayoutError as error:
            log.error("%s", error)
            return
        if not layout.words:
            words = ()
        elif words is None:
            words = _words(self._window.bundle, code) if self._window is not None else ()
        self._layout = layout
        self.shift.setChecked(False)
        self._build(layout, words)

    def set_fit(self, fit: float) -> None:
        """Key and type sizes for a window of this fit (theme.screen_fit): keys are KEY_SIZE x
        fit high, never below MIN_KEY."""
        if fit == self._fit:
            return
        self._fit = fit
        size = max(MIN_KEY, round(KEY_SIZE * fit))
        self.setStyleSheet(
            f"QPushButton#key {{ background: palette(button); color: palette(button-text);"
            f" border: 2px solid palette(mid); border-radius: 8px; padding: 0 6px;"
            f" font-size: {max(16, round(28 * fit))}px; }}"
            " QPushButton#key:pressed { background: palette(mid); }"
            " QPushButton#key:checked { background: palette(highlight);"
            " color: palette(highlighted-text); }"
            " QWidget#keyboard { background: palette(alternate-base); }")
        for key in self.findChildren(QPushButton, "key"):
            _size(key, size)
            if key.property("types") is not None:
                key.setMaximumWidth(round(size * 1.5))
        for key in (self.shift, self.space, self.backspace, self.done_key):
            _fit_text(key)

    def language(self) -> str:
        """The code of the layout shown ("" before any)."""
        return self._layout.code if self._layout else ""

    def letter_keys(self) -> list[QPushButton]:
        """The letter keys shown (of the shift layer when Shift is on), row by row, in the
        order of the layout file."""
        return list(self._letter_keys)

    def word_keys(self) -> list[QPushButton]:
        """The words row's keys (Chinese), most frequent first; empty for other layouts."""
        return list(self._word_keys)

    def key(self, text: str) -> QPushButton | None:
        """The shown letter or word key that types `text`, if there is one."""
        return next((k for k in self._letter_keys + self._word_keys
                     if k.property("types") == text), None)

    # --- inside -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is cast(object, self._window) and isinstance(event, QResizeEvent):
            size = event.size()
            self.set_fit(theme.screen_fit(size.width(), size.height()))
        return False

    def _key(self, checkable: bool = False) -> QPushButton:
        key = QPushButton()
        key.setObjectName("key")
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setCheckable(checkable)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        _size(key, max(MIN_KEY, round(KEY_SIZE * (self._fit or 1.0))))
        return key

    def _build(self, layout: Layout, words: Sequence[str]) -> None:
        keys = QWidget()
        column = QVBoxLayout(keys)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        if words:  # in reading order: mirrored in right-to-left
            word_row = QHBoxLayout()
            word_row.setSpacing(4)
            column.addLayout(word_row)
            self._word_keys = [self._typing_key(word, word_row) for word in words]
        else:
            self._word_keys = []
        letters = QWidget()
        # Geography of the language's keyboard: never mirrored (see the module's docstring).
        letters.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        rows = QVBoxLayout(letters)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        column.addWidget(letters)
        self._letter_keys = []
        for printed in layout.shift if self._shifted else layout.rows:
            row = QHBoxLayout()
            row.setSpacing(4)
            row.addStretch(1)
            self._letter_keys.extend(self._typing_key(text, row) for text in printed)
            row.addStretch(1)
            rows.addLayout(row)
        old, self._keys = self._keys, keys
        self._outer.replaceWidget(old, keys)
        old.hide()
        old.deleteLater()  # a key of it may be emitting its clicked signal right now
        for key, name in ((self.shift, "shift"), (self.space, "space"),
                          (self.backspace, "backspace"), (self.done_key, "done")):
            key.setText(layout.labels[name])
            key.setAccessibleName(layout.names[name])
            _fit_text(key)

    def _typing_key(self, text: str, row: QHBoxLayout) -> QPushButton:
        key = self._key()
        key.setProperty("types", text)
        lone_mark = all(unicodedata.combining(char) for char in text)
        key.setText(TATWEEL + text if lone_mark else text)
        key.setAccessibleName(text)
        key.setMaximumWidth(round(max(MIN_KEY, round(KEY_SIZE * (self._fit or 1.0))) * 1.5))
        key.clicked.connect(lambda: self._type(text))
        row.addWidget(key, 10)  # keys grow to their maximum before the row's side stretches
        return key

    def _type(self, text: str) -> None:
        if self._target is not None:
            self._target.insert(text)
        if self._shifted and text != " ":
            self.shift.setChecked(False)  # one capital, as on a phone

    def _delete(self) -> None:
        if self._target is not None:
            self._target.backspace()

    def _set_shifted(self, on: bool) -> None:
        if on == self._shifted:
            return
        self._shifted = on
        if self._layout is not None:
            words = [k.property("types") for k in self._word_keys]
            self._build(self._layout, words)


def _size(key: QPushButton, size: int) -> None:
    key.setFixedHeight(size)
    key.setMinimumWidth(MIN_KEY)


def _fit_text(key: QPushButton) -> None:
    """A control key is never narrower than its name (Заглавные, Majuscule) at the current
    type size, nor than MIN_KEY."""
    key.ensurePolished()
    key.setMinimumWidth(max(MIN_KEY, key.sizeHint().width()))


def _words(bundle: Bundle, code: str) -> list[str]:
    """The frequent two-character words of language `code`'s texts (kiosk.search.passages)."""
    from kiosk.search.passages import passages

    return frequent_pairs((p.text for p in passages(bundle, code)), WORDS)
