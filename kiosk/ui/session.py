"""The visitor session: idle count, "Still there?" warning, start over, attract screen."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from kiosk.settings import Settings
from kiosk.ui import theme
from kiosk.ui.idle import IdleWarning, IdleWatcher
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens import ATTRACT, HOME

log = logging.getLogger(__name__)

class VisitorSession(QObject):
    """One visitor after another at `window`: counts idle time, warns, then starts over.

    Parented to the window; the window does not know it. `closing` is emitted before a start
    over or a recovery (whoever opened something over the screens closes it), `started_over`
    after a start over (the lock-down asserts full screen again).
    """

    closing = Signal()
    started_over = Signal()

    def __init__(self, window: MainWindow, settings: Settings,
                 look: theme.Look = theme.DEFAULT_LOOK) -> None:
        super().__init__(window)
        self.window = window
        self.look = look
        """The contrast and text size each visitor starts with."""
        self.settings = settings
        """The settings in use: the offered languages and the default as the content allows."""
        self.chosen = settings
        """The settings as the file or the panel said them (no languages: all the content's)."""
        self._holds: list[Callable[[], bool]] = []
        self.idle = IdleWatcher(settings.idle_timeout, self)
        self.idle.idle.connect(self._warn)
        self.warning = IdleWarning(window)
        self.warning.continued.connect(self.idle.restart)
        self.warning.start_over.connect(self.start_over)
        window.screen_changed.connect(self._screen_changed)
        window.language_changed.connect(lambda _code: self.warning.retranslate())
        self.apply(settings)

    def add_hold(self, holding: Callable[[], bool]) -> None:
        """Idle time is not counted while `holding()` is true (the operator at work); call
        `restart_idle` when its answer changes."""
        self._holds.append(holding)

    def start_over(self) -> None:
        """The next visitor finds the kiosk fresh: attract screen (kiosk) or home, default
        language and look, every screen scrolled to the top, no way back."""
        self._close_overlays()
        self.window.start_over(self.settings.default_language,
                               ATTRACT if self.settings.kiosk else HOME, self.look)
        self.started_over.emit()
        self.restart_idle()

    def recover(self) -> None:
        """After an unexpected error: close what was open over the screens, count idle again."""
        self._close_overlays()
        self.restart_idle()

    def apply(self, settings: Settings) -> None:
        """Use new settings at once (from the panel, at start, after a content reload)."""
        self.chosen = settings
        bundle = self.window.bundle
        offered = [c for c in settings.languages if c in bundle.languages] or \
            list(bundle.languages)
        default = settings.default_language
        if default not in offered:
            if default:
                log.warning("default language %r is not offered (%s); using the content's "
                            "default", default, ", ".join(offered))
            default = bundle.facts.bundle.default_language
            default = default if default in offered else offered[0]
        self.settings = dataclasses.replace(settings, languages=tuple(offered),
                                            default_language=default)
        self.window.set_offered_languages(offered)  # every screen follows, attract included
        self.idle.set_timeout(settings.idle_timeout)
        self.restart_idle()

    def restart_idle(self) -> None:
        """Count idle time from now, except on the attract screen and while a hold is on (the
        operator in the unlocked panel: a warning would cover it, a reset close it)."""
        if self.settings.resets_when_idle and self.window.current_screen() != ATTRACT and \
                not any(holding() for holding in self._holds):
            self.idle.restart()
        else:
            self.idle.pause()

    def listening(self, speaking: bool) -> None:
        """Nobody touches the screen while listening: no reset in the middle of it (read
        aloud says when listening ends, at the latest after `speech.SPEECH_LIMIT_MS`)."""
        if speaking:
            self.idle.pause()
        else:
            self.restart_idle()

    def _close_overlays(self) -> None:
        self.warning.hide()
        self.closing.emit()

    def _warn(self) -> None:
        self.idle.pause()
        self.warning.begin(self.settings.idle_warning)

    def _screen_changed(self, screen_id: str) -> None:
        if not self.warning.isVisible():
            self.restart_idle()
