"""The shell around the screens: navigation bar, screen stack, history and language switch."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk.content import Bundle
from kiosk.i18n import Languages
from kiosk.ui import accessibility, theme, touch
from kiosk.ui.input_filter import input_filter
from kiosk.ui.screens import ATTRACT, HOME, Screen, create_screen, screen_ids
from kiosk.ui.search import SearchUI
from kiosk.ui.transition import Slide
from kiosk.ui.widgets.language_sheet import LanguageSheet
from kiosk.ui.widgets.navbar import NavBar
from kiosk.ui.widgets.overlay import Overlay

if TYPE_CHECKING:
    from kiosk.ui.widgets.take_away import TakeAwayCard


class MainWindow(QWidget):
    """One window; screens are built the first time they are shown and kept.

    It stands alone: the visitor session, operator access, lock-down and read aloud
    (kiosk.ui.session, .operator.access, .lockdown, .speech) are wired to it from outside
    (kiosk.app) through its signals and public methods; it knows none of them.
    """

    screen_changed = Signal(str)
    language_changed = Signal(str)

    def __init__(self, bundle: Bundle, languages: Languages,
                 look: theme.Look = theme.DEFAULT_LOOK, fit: float = 1.0) -> None:
        super().__init__()
        accessibility.install()
        self.bundle = bundle
        self._languages = languages
        languages.setParent(self)
        self._ids = screen_ids(bundle)
        self._screens: dict[str, Screen] = {}
        self._history: list[str] = []
        self._current = ""
        self.look = look
        """The visitor's contrast and text size (the application already wears it)."""
        self.fit = fit
        """The type scale's share for this window's size (`theme.screen_fit`); it follows
        every resize, and the application already wears it."""
        self._offered = list(bundle.languages)
        self._sheet: LanguageSheet | None = None
        self.slide = Slide()
        """The short slide between screens; `slide.enabled = False` turns it off."""

        self.navbar = NavBar()
        self.navbar.set_fit(fit)
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navbar)
        layout.addWidget(self.stack, 1)

        self.navbar.back.clicked.connect(self.back)
        self.navbar.home.clicked.connect(self._go_home)
        self.navbar.language.clicked.connect(self.open_language_sheet)
        self.navbar.take_away.clicked.connect(self.open_take_away)
        self._take_away: TakeAwayCard | None = None
        self.navbar.text_size.clicked.connect(self._next_text_size)
        self.navbar.contrast.clicked.connect(self._toggle_contrast)
        self.navbar.contrast.setChecked(look.high_contrast)
        self.search = SearchUI(self)
        """The bar's search (kiosk.ui.search); `search.set_kiosk(True)` for kiosk mode."""
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
        if screen_id not in self._ids and screen_id != ATTRACT:
            raise ValueError(f"unknown screen {screen_id!r}; the screens are "
                             f"{', '.join(self._ids)}")
        if screen_id == self._current:
            return
        forward = screen_id not in (HOME, ATTRACT)
        if not forward:
            self._history.clear()
        elif self._current:
            self._history.append(self._current)
        self._show(screen_id, forward).reset()

    def back(self) -> None:
        if self._history:
            self._show(self._history.pop(), forward=False)

    def set_language(self, code: str) -> None:
        """Switch every text, the direction and the fonts to language `code` (one of the
        bundle's; ValueError otherwise), the current screen at once, the others when shown.

        The switch delivers its LanguageChange events (posted to each window by every
        translator installed or removed) before it returns, with the input filter paused:
        about a thousand events, none of them input, that the filter would see one by one."""
        with input_filter().paused():
            self._languages.set(code)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def set_look(self, look: theme.Look) -> None:
        """High contrast and text size for everything, standard widgets and dialogs included."""
        app = QApplication.instance()
        if look == self.look or not isinstance(app, QApplication):
            return
        self.look = look
        theme.apply(app, look, self.fit)
        self.navbar.contrast.setChecked(look.high_contrast)
        if self._languages.code:
            self._retranslate(self._languages.code)  # icons and names follow the look

    def start_over(self, language: str, screen_id: str = HOME,
                   look: theme.Look = theme.DEFAULT_LOOK) -> None:
        """Everything back to how a new visitor finds it: language, look, screens, scroll."""
        self.set_look(look)
        for overlay in (self._sheet, self._take_away):
            if overlay is not None:
                overlay.hide()
        self.search.reset()  # nothing of a query is left for the next visitor
        self._history.clear()
        for screen in self._screens.values():
            screen.reset()
        if self._languages.code != language:
            self.set_language(language)
        self.navigate(screen_id)  # every built screen was reset above; a new one starts fresh

    def replace_bundle(self, bundle: Bundle) -> None:
        """Show other content (a reloaded bundle): every screen is built anew from it."""
        for screen in self._screens.values():
            self.stack.removeWidget(screen)
            screen.deleteLater()
        self._screens.clear()
        self._history.clear()
        self._current = ""
        self.search.reset()
        self.bundle = bundle
        self._ids = screen_ids(bundle)
        self._languages.codes = bundle.languages
        self._offered = list(bundle.languages)
        if self._sheet is not None:
            self._sheet.deleteLater()
            self._sheet = None
        code = self._languages.code
        self.set_language(code if code in bundle.languages
                          else bundle.facts.bundle.default_language)
        self.navigate(HOME)

    def set_offered_languages(self, codes: Sequence[str]) -> None:
        """Offer only these languages (the content may have more), in this order: the bar's
        sheet and every screen follow (`Screen.set_offered_languages`), those built later too."""
        self._offered = [code for code in codes if code in self.bundle.languages]
        if self._sheet is not None:
            self._sheet.set_offered(self._offered)
        for screen in self._screens.values():
            screen.set_offered_languages(self._offered)

    def offered_languages(self) -> list[str]:
        return list(self._offered)

    def open_language_sheet(self) -> None:
        """Every offered language by its own name, over the screen (the bar's language
        control); built the first time it is needed, not at start-up."""
        if self._sheet is None:
            self._sheet = LanguageSheet(_language_names(self.bundle), self)
            self._sheet.chosen.connect(self.set_language)
            accessibility.mark_dialog(self._sheet)
        self._sheet.set_offered(self._offered)
        if self._languages.code:
            self._sheet.set_current(self._languages.code)
        self._sheet.open()
        self._sheet.setAccessibleName(self._sheet.title.text())  # translated by open()

    def open_take_away(self) -> None:
        """The card with the QR code and address of the office's page online, in the current
        language (or the bundle's fallback for it); built the first time it is needed."""
        if self._take_away is None:
            from kiosk.ui.widgets.take_away import TakeAwayCard  # with segno, on first use

            self._take_away = TakeAwayCard(self)
            accessibility.mark_dialog(self._take_away)
        self._take_away.show_page(self.bundle, self._languages.code)

    def take_away_card(self) -> TakeAwayCard | None:
        """The take-away card, if it was ever opened."""
        return self._take_away

    def language_sheet(self) -> LanguageSheet | None:
        """The language sheet, if it was ever opened."""
        return self._sheet

    def current_screen(self) -> str:
        return self._current

    def language(self) -> str:
        return self._languages.code

    def screen_ids(self) -> list[str]:
        return list(self._ids)

    def screen_widget(self, screen_id: str) -> Screen:
        """The widget of a screen, built if it was not yet, in the current language."""
        screen = self._screens.get(screen_id) or self._build(screen_id)
        code = self._languages.code
        if code and screen.code != code:  # hidden during a switch: caught up when needed
            screen.show_language(code)
        return screen

    # --- inside -----------------------------------------------------------------------------

    def _go_home(self) -> None:
        self.navigate(HOME)

    def _build(self, screen_id: str) -> Screen:
        screen = create_screen(screen_id, self.bundle)
        screen.open_screen.connect(self.navigate)
        screen.choose_language.connect(self.set_language)
        screen.set_offered_languages(self._offered)
        self.stack.addWidget(screen)
        self._screens[screen_id] = screen
        return screen

    def _show(self, screen_id: str, forward: bool = True) -> Screen:
        screen = self.screen_widget(screen_id)
        touch.fence(self)  # what is pressed now was aimed at the last screen (kiosk.ui.touch)
        self.slide.stop()
        # Keyboard focus follows the visitor to the new screen's heading (a screen reader says
        # it), unless an overlay holds it (a content reload under the operator panel): the
        # overlay gives it back when it closes, to the window, whose focus proxy it is. The
        # new screen shows before the old one hides, so the focus moves once, straight there,
        # instead of passing through the next control in the bar (kiosk.ui.accessibility).
        old = self.stack.currentWidget()
        target = screen.focus_target()
        self.setFocusProxy(target)
        if not _overlay_has_focus(self):
            screen.show()
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.stack.setCurrentWidget(screen)
        accessibility.page_switched(old if old is not screen else None, screen)
        self.slide.run(screen, forward)
        self._current = screen_id
        self._update_navbar()
        self.screen_changed.emit(screen_id)
        return screen

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        fit = theme.screen_fit(event.size().width(), event.size().height())
        if fit != self.fit:  # another screen shape: the type scale follows (rarely: in steps)
            self.fit = fit
            self.navbar.set_fit(fit)
            self.search.set_fit(fit)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply(app, self.look, fit)
        super().resizeEvent(event)

    def _next_text_size(self) -> None:
        steps = theme.TEXT_SCALES
        following = next((s for s in steps if s > self.look.text_scale + 1e-6), steps[0])
        self.set_look(dataclasses.replace(self.look, text_scale=following))

    def _toggle_contrast(self) -> None:
        self.set_look(dataclasses.replace(self.look, high_contrast=not self.look.high_contrast))

    def _text_step(self) -> int:
        scales = theme.TEXT_SCALES
        return min(range(len(scales)), key=lambda i: abs(scales[i] - self.look.text_scale))

    def _update_navbar(self) -> None:
        if not self._current or not self._languages.code:
            return
        self.navbar.setVisible(self._screens[self._current].shows_navbar)
        texts = self.bundle.texts[self._languages.code]
        title = self._screens[self._current].title(texts)
        office = f"{texts.office.name} — {texts.office.parent}"
        self.setWindowTitle(f"{title} — {office}" if title else office)
        at_home = self._current == HOME
        self.navbar.back.setEnabled(bool(self._history))
        self.navbar.home.setEnabled(not at_home)

    def _retranslate(self, code: str) -> None:
        accessibility.set_language(self, code)
        self.navbar.retranslate(self._text_step(), self.bundle.texts[code].language.name)
        if self._current:  # the others catch up when they are shown (screen_widget)
            self.screen_widget(self._current)
        self._update_navbar()
        if self._current:  # said in the new language, by the new language's voice
            texts = self.bundle.texts[code]
            title = self._screens[self._current].title(texts)
            accessibility.announce(self, f"{texts.language.name}. {title}" if title
                                   else texts.language.name)
        self.language_changed.emit(code)


def _language_names(bundle: Bundle) -> dict[str, str]:
    """Each language's name in its own script, in the bundle's order."""
    return {code: bundle.texts[code].language.name for code in bundle.languages}


def _overlay_has_focus(window: QWidget) -> bool:
    """Whether the keyboard focus is inside an open overlay of `window`."""
    focus = QApplication.focusWidget()
    while focus is not None and focus is not window:
        if isinstance(focus, Overlay):
            return True
        focus = focus.parentWidget()
    return False
