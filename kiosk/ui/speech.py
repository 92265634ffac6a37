"""Read aloud: the current screen's text in the current language, through QtTextToSpeech.

QtTextToSpeech is in PySide6-Addons (`pip install '.[speech]'`) and needs an engine on the
machine (speech-dispatcher or flite on Linux, SAPI/WinRT on Windows); without one, or without
a voice for the language, the control is not shown at all.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from PySide6.QtCore import QLocale, QObject, Signal

log = logging.getLogger(__name__)


class Voice(Protocol):
    """What the kiosk needs of a speech engine (QtTextToSpeech, or a stand-in in tests)."""

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
