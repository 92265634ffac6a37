"""What makes the window a kiosk: idle reset, attract screen, operator panel, lock-down."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QKeySequence, QShortcut

from kiosk import logs
from kiosk.content import ContentError, load_bundle
from kiosk.settings import Settings, save_settings
from kiosk.ui import theme
from kiosk.ui.idle import IdleWarning, IdleWatcher
from kiosk.ui.lockdown import Lockdown
from kiosk.ui.main_window import MainWindow
from kiosk.ui.operator.access import CornerLongPress
from kiosk.ui.screens import ATTRACT, HOME
from kiosk.ui.speech import system_voice
from kiosk.ui.widgets.text import isolate

if TYPE_CHECKING:
    from kiosk.ui.operator.panel import OperatorPanel

log = logging.getLogger(__name__)

SPEECH_LIMIT_MS = 10 * 60 * 1000
"""The longest screen read aloud takes a few minutes; after this the idle count resumes."""


class KioskMode(QObject):
    """Attached to the main window by `create_window`; owns the per-visitor session."""

    def __init__(self, window: MainWindow, settings: Settings, settings_path: Path,
                 warnings: list[str], look: theme.Look = theme.DEFAULT_LOOK) -> None:
        super().__init__(window)
        self.look = look
        """The contrast and text size each visitor starts with."""
        self.window = window
        self.settings_path = settings_path
        self.warnings = list(warnings)
        self.settings = settings
        """The settings in use: the offered languages and the default as the content allows."""
        self.chosen = settings
        """The settings as the file or the panel said them (no languages: all the content's)."""
        self.lockdown = Lockdown(window, settings.hide_cursor) if settings.kiosk else None

        self.idle = IdleWatcher(settings.idle_timeout, self)
        self.idle.idle.connect(self._warn)
        self.warning = IdleWarning(window)
        self.warning.continued.connect(self.idle.restart)
        self.warning.start_over.connect(self.start_over)
        window.screen_changed.connect(self._screen_changed)
        window.language_changed.connect(lambda _code: self.warning.retranslate())

        self._panel: OperatorPanel | None = None
        CornerLongPress(window).triggered.connect(self.open_panel)
        QShortcut(QKeySequence("Ctrl+Alt+O"), window).activated.connect(self.open_panel)

        self._speech_guard = QTimer(self)
        self._speech_guard.setSingleShot(True)
        self._speech_guard.setInterval(SPEECH_LIMIT_MS)
        self._speech_guard.timeout.connect(lambda: self._speaking(False))
        voice = system_voice(self)
        if voice is not None:
            voice.speaking.connect(self._speaking)
            window.set_voice(voice)
        self.apply(settings)
        if settings.kiosk and not settings.pin_hash:
            log.warning("no operator PIN is set: the operator panel cannot be opened in kiosk "
                        "mode; set one with 'kiosk set-pin'")

    # --- the visitor's session -----------------------------------------------------------------

    def start_over(self) -> None:
        """The next visitor finds the kiosk fresh: attract screen (kiosk) or home, default
        language and look, every screen scrolled to the top, no way back."""
        self._close_overlays()
        self.window.start_over(self.settings.default_language,
                               ATTRACT if self.settings.kiosk else HOME, self.look)
        if self.lockdown is not None:
            self.lockdown.reassert()
        self._restart_idle()

    def recover(self) -> None:
        """After an unexpected error: close what was open over the screens, count idle again."""
        self._close_overlays()
        self._restart_idle()

    def _close_overlays(self) -> None:
        self.warning.hide()
        if self._panel is not None and self._panel.isVisible():
            self._panel.close_panel()

    def apply(self, settings: Settings) -> None:
        """Use new settings at once (from the panel, at start, after a content reload)."""
        self.chosen = settings
        offered = [c for c in settings.languages if c in self.window.bundle.languages] or \
            list(self.window.bundle.languages)
        default = settings.default_language
        if default not in offered:
            if default:
                log.warning("default language %r is not offered (%s); using the content's "
                            "default", default, ", ".join(offered))
            default = self.window.bundle.facts.bundle.default_language
            default = default if default in offered else offered[0]
        self.settings = dataclasses.replace(settings, languages=tuple(offered),
                                            default_language=default)
        self.window.set_offered_languages(offered)  # every screen follows, attract included
        self.idle.set_timeout(settings.idle_timeout)
        self._restart_idle()

    def _restart_idle(self) -> None:
        """Count idle time from now, except on the attract screen and while the operator works
        in the unlocked panel (a warning would cover it, a reset close it). The PIN pad alone
        counts: a visitor who opens it by chance and walks away leaves a kiosk that resets."""
        operator_at_work = self._panel is not None and self._panel.is_unlocked()
        if self.settings.resets_when_idle and self.window.current_screen() != ATTRACT and \
                not operator_at_work:
            self.idle.restart()
        else:
            self.idle.pause()

    def _speaking(self, speaking: bool) -> None:
        """Nobody touches the screen while listening: no reset in the middle of it (but an
        engine that never says it finished does not keep the kiosk from resetting)."""
        if speaking:
            self.idle.pause()
            self._speech_guard.start()
        else:
            self._speech_guard.stop()
            self._restart_idle()
            self.window.navbar.read_aloud.setChecked(False)

    def _warn(self) -> None:
        self.idle.pause()
        self.warning.begin(self.settings.idle_warning)

    def _screen_changed(self, screen_id: str) -> None:
        if not self.warning.isVisible():
            self._restart_idle()

    # --- the operator --------------------------------------------------------------------------

    @property
    def panel(self) -> OperatorPanel:
        """The operator panel, built the first time it is needed (not at start-up)."""
        if self._panel is None:
            from kiosk.ui.operator import panel  # built by an operator, not at every start

            self._panel = panel.OperatorPanel(self.window, self._language_names(),
                                              self._diagnostics)
            self._panel.save_requested.connect(self._save)
            self._panel.reload_requested.connect(self._reload)
            self._panel.exit_requested.connect(self._exit)
            self._panel.unlocked.connect(self._restart_idle)  # pauses it: see there
            self._panel.closed.connect(self._panel_closed)
        return self._panel

    def open_panel(self) -> None:
        if self._panel is not None and self._panel.isVisible():
            return
        if self.settings.kiosk and not self.settings.pin_hash:
            log.warning("operator panel refused: no PIN is set ('kiosk set-pin')")
            return
        self.panel.open_panel(self.settings, self.warnings)

    def _save(self, settings: Settings) -> None:
        try:
            save_settings(settings, self.settings_path)
        except OSError as error:
            log.error("%s", error)
            self.panel.say(QCoreApplication.translate(
                "OperatorPanel", "Not saved: %1").replace("%1", isolate(str(error))))
            return
        self.apply(settings)
        self.panel.say(QCoreApplication.translate("OperatorPanel", "Saved to %1")
                       .replace("%1", isolate(str(self.settings_path))))

    def _reload(self) -> None:
        directory = self.window.bundle.directory
        try:
            bundle = load_bundle(directory)
        except ContentError as error:
            log.error("content reload refused, the current content stays:\n%s", error)
            self.panel.say_reload_refused([str(p) for p in error.problems])
            return
        self.window.replace_bundle(bundle)
        self.apply(self.chosen)  # "all languages" now includes a new one
        self.panel.set_languages(self._language_names(), self.settings)  # and its lists too
        self.panel.say(QCoreApplication.translate("OperatorPanel", "Content reloaded: %1")
                       .replace("%1", isolate(f"{bundle.facts.bundle.id} "
                                              f"{bundle.facts.bundle.version}")))
        log.info("content reloaded from %s (sha256 %s)", directory, bundle.checksum)

    def _exit(self) -> None:
        log.info("operator exited the kiosk")
        if self.lockdown is not None:
            self.lockdown.release()
        self.window.close()

    def _panel_closed(self) -> None:
        self._restart_idle()

    def _language_names(self) -> dict[str, str]:
        bundle = self.window.bundle
        return {code: bundle.texts[code].language.name for code in bundle.languages}

    def _diagnostics(self) -> str:
        from kiosk import diagnostics

        return diagnostics.report(self.window.bundle, self.settings_path, self.warnings,
                                  logs.log_path)
