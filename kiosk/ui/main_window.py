"""The shell around the screens: navigation bar, screen stack, history and language switch."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kiosk.content import Bundle
from kiosk.i18n import Languages
from kiosk.ui.screens import HOME, Screen, create_screen, screen_ids
from kiosk.ui.widgets.navbar import NavBar


class MainWindow(QWidget):
    """One window; screens are built the first time they are shown and kept."""

    screen_changed = Signal(str)

    def __init__(self, bundle: Bundle, languages: Languages) -> None:
        super().__init__()
        self.bundle = bundle
        self._languages = languages
        languages.setParent(self)
        self._ids = screen_ids(bundle)
        self._screens: dict[str, Screen] = {}
        self._history: list[str] = []
        self._current = ""

        self.navbar = NavBar({code: bundle.texts[code].language.name
                              for code in bundle.languages})
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navbar)
        layout.addWidget(self.stack, 1)

        self.navbar.back.clicked.connect(self.back)
        self.navbar.home.clicked.connect(lambda: self.navigate(HOME))
        self.navbar.languages.chosen.connect(self.set_language)
        languages.changed.connect(self._retranslate)
        back_keys = {k.toString(): k for k in
                     [*QKeySequence.keyBindings(QKeySequence.StandardKey.Back),
                      QKeySequence(Qt.Key.Key_Backspace)]}  # the platform's Back may have it
        back = QShortcut(self)
        back.setKeys(list(back_keys.values()))
        back.activated.connect(self.back)
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Home), self).activated.connect(
            self._go_home)

    # --- the public surface (kept stable for tests and embedders) -------------------------

    def navigate(self, screen_id: str) -> None:
        """Show a screen; going home forgets the way back."""
        if screen_id not in self._ids:
            raise ValueError(f"unknown screen {screen_id!r}; the screens are "
                             f"{', '.join(self._ids)}")
        if screen_id == self._current:
            return
        if screen_id == HOME:
            self._history.clear()
        elif self._current:
            self._history.append(self._current)
        self._show(screen_id).reset()

    def back(self) -> None:
        if self._history:
            self._show(self._history.pop())

    def set_language(self, code: str) -> None:
        self._languages.set(code)

    def current_screen(self) -> str:
        return self._current

    def language(self) -> str:
        return self._languages.code

    def screen_ids(self) -> list[str]:
        return list(self._ids)

    def screen_widget(self, screen_id: str) -> Screen:
        """The widget of a screen (built if it was not yet)."""
        return self._screens.get(screen_id) or self._build(screen_id)

    # --- inside -----------------------------------------------------------------------------

    def _go_home(self) -> None:
        self.navigate(HOME)

    def _build(self, screen_id: str) -> Screen:
        screen = create_screen(screen_id, self.bundle)
        screen.open_screen.connect(self.navigate)
        screen.choose_language.connect(self.set_language)
        if self._languages.code:
            screen.show_language(self._languages.code)
        self.stack.addWidget(screen)
        self._screens[screen_id] = screen
        return screen

    def _show(self, screen_id: str) -> Screen:
        screen = self.screen_widget(screen_id)
        self.stack.setCurrentWidget(screen)
        screen.setFocus()  # keyboard focus follows the visitor to the new screen
        self._current = screen_id
        self._update_navbar()
        self.screen_changed.emit(screen_id)
        return screen

    def _update_navbar(self) -> None:
        if not self._current or not self._languages.code:
            return
        texts = self.bundle.texts[self._languages.code]
        self.navbar.title.setText(self._screens[self._current].title(texts))
        at_home = self._current == HOME
        self.navbar.back.setEnabled(bool(self._history))
        self.navbar.home.setEnabled(not at_home)

    def _retranslate(self, code: str) -> None:
        texts = self.bundle.texts[code]
        self.setWindowTitle(f"{texts.office.name} — {texts.office.parent}")
        self.navbar.languages.set_current(code)
        self.navbar.retranslate()
        for screen in self._screens.values():
            screen.show_language(code)
        self._update_navbar()
