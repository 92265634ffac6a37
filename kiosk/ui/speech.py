"""Read aloud: the current screen's text in the current language, through QtTextToSpeech.

`ReadAloud` is read aloud's one owner: the bar's control, what is said, when it stops; it
tells when the visitor listens (`listening`), so the session holds its idle count.
QtTextToSpeech is in PySide6-Addons (`pip install '.[speech]'`) and needs an engine on the
machine (speech-dispatcher or flite on Linux, SAPI/WinRT on Windows); without one, or without
a voice for the language, the control is not shown at all.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QLocale, QObject, QTimer, Signal, SignalInstance

if TYPE_CHECKING:
    from kiosk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class Voice(Protocol):
    """What the kiosk needs of a speech engine (QtTextToSpeech, or a stand-in in tests):
    `speaking` emits True when it starts saying something and False when it stops."""

    @property
    def speaking(self) -> SignalInstance: ...
    def can_speak(self, code: str) -> bool: ...
    def say(self, text: str, code: str) -> None: ...
    def stop(self) -> None: ...


class QtVoice(QObject):
    """QtTextToSpeech's default engine; `speaking` tells when it starts and stops."""

    speaking = Signal(bool)

    def __init__(self, engine: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        engine.stateChanged.connect(self._state_changed)

    def _locale(self, code: str) -> QLocale | None:
        """The engine's locale for the language of `code` (ar -> ar_EG, say), if it has one."""
        language = QLocale(code).language()
        return next((locale for locale in self._engine.availableLocales()
                     if locale.language() == language), None)

    def can_speak(self, code: str) -> bool:
        return self._locale(code) is not None

    def say(self, text: str, code: str) -> None:
        locale = self._locale(code)
        if locale is not None:
            self._engine.setLocale(locale)  # also picks that locale's default voice
            self._engine.say(text)

    def stop(self) -> None:
        self._engine.stop()

    def _state_changed(self, state: Any) -> None:
        self.speaking.emit(state.name == "Speaking")


def system_voice(parent: QObject) -> QtVoice | None:
    """The machine's speech engine, or None when there is no QtTextToSpeech or no engine."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return None
    # "mock" is Qt's engine for its own tests: it has voices and says nothing.
    engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
    engine = QTextToSpeech(engines[0], parent) if engines else None
    if engine is None or engine.state() == QTextToSpeech.State.Error:
        log.info("no working text-to-speech engine (%s): read aloud is not offered",
                 engine.errorString() if engine is not None else "none installed")
        return None
    return QtVoice(engine, parent)


SPEECH_LIMIT_MS = 10 * 60 * 1000
"""The longest screen read aloud takes a few minutes: an engine that has not said it finished
after this is taken to have finished (the control unchecks and the idle count resumes)."""


class ReadAloud(QObject):
    """The bar's read-aloud control of `window` with `voice` (parented to the window).

    The control shows only when `voice` can speak the current language; a press reads the
    current screen's `spoken_text()`, another stops it; a new screen or language stops it.
    `listening` mirrors the voice's `speaking`, and the control unchecks when it stops, or
    after `SPEECH_LIMIT_MS` if the engine never says so.
    """

    listening = Signal(bool)

    def __init__(self, window: MainWindow, voice: Voice | None) -> None:
        super().__init__(window)
        self.window = window
        self.voice: Voice | None = None
        """The speech engine, or None (then the control never shows)."""
        self._button = window.navbar.read_aloud
        self._button.clicked.connect(self._pressed)
        self._limit = QTimer(self)
        self._limit.setSingleShot(True)
        self._limit.setInterval(SPEECH_LIMIT_MS)
        self._limit.timeout.connect(lambda: self._speaking(False))
        window.screen_changed.connect(self._screen_changed)
        window.language_changed.connect(lambda _code: self._update())
        self.set_voice(voice)

    def set_voice(self, voice: Voice | None) -> None:
        """Read with `voice` from now on (the one way a voice comes in: the machine's at
        start, a stand-in in tests); the control shows where it can speak the language."""
        if self.voice is not None:
            self.voice.stop()
            self.voice.speaking.disconnect(self._speaking)
        self.voice = voice
        if voice is not None:
            voice.speaking.connect(self._speaking)
        self._update()

    def _pressed(self) -> None:
        screen = self.window.current_screen()
        if self.voice is None or not screen:
            return
        if self._button.isChecked():
            self.voice.say(self.window.screen_widget(screen).spoken_text(),
                           self.window.language())
        else:
            self.voice.stop()

    def _screen_changed(self, _screen_id: str) -> None:
        if self._button.isChecked():  # what was read belonged to the last screen
            self._update()

    def _update(self) -> None:
        if self.voice is not None:
            self.voice.stop()
        self._button.setChecked(False)
        code = self.window.language()
        self._button.setVisible(self.voice is not None and bool(code)
                                and self.voice.can_speak(code))

    def _speaking(self, speaking: bool) -> None:
        if speaking:
            self._limit.start()
        else:
            self._limit.stop()
            self._button.setChecked(False)
        self.listening.emit(speaking)
