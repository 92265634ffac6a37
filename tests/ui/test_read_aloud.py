"""Read aloud: offered only with a voice for the language; reads the screen; the kiosk does not
reset while it speaks."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal

from kiosk.app import kiosk_of
from kiosk.ui import speech
from tests.helpers import MakeWindow


class FakeVoice(QObject):
    """Stands in for QtTextToSpeech: a voice for English and Russian only."""

    speaking = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.said: list[tuple[str, str]] = []

    def can_speak(self, code: str) -> bool:
        return code in ("en", "ru")

    def say(self, text: str, code: str) -> None:
        self.said.append((text, code))
        self.speaking.emit(True)

    def stop(self) -> None:
        self.speaking.emit(False)


def test_without_qt_text_to_speech_no_control(make_window: MakeWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Without PySide6-Addons (the [speech] extra), no voice and no control."""
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)  # import fails
    assert speech.system_voice(QObject()) is None
    window = make_window("--lang", "en")
    assert kiosk_of(window).read_aloud.voice is None
    assert not window.navbar.read_aloud.isVisible()


@pytest.mark.log_expected("no operator PIN is set")
def test_reads_the_screen_in_its_language(make_window: MakeWindow, tmp_path: Path) -> None:
    """Shown for languages with a voice; reads the current screen's text in that language;
    idle time does not count while it speaks, and counts again when it stops. The voice comes
    in through read aloud's one seam; the rest is create_window's own wiring."""
    window = make_window("--lang", "ar", "--kiosk", "--config", str(tmp_path / "s.yaml"))
    kiosk = kiosk_of(window)
    voice = FakeVoice()
    kiosk.read_aloud.set_voice(voice)
    window.navigate("home")
    assert not window.navbar.read_aloud.isVisible()  # no Arabic voice
    window.set_language("ru")
    window.navigate("mandate")
    assert window.navbar.read_aloud.isVisible()
    assert window.navbar.read_aloud.accessibleName() == "Читать вслух"
    window.navbar.read_aloud.click()
    text, code = voice.said[-1]
    texts = window.bundle.texts["ru"]
    assert code == "ru"
    assert text.startswith(texts.sections["mandate"].title)
    assert texts.mandate is not None
    assert texts.mandate.founding in text and texts.mandate.presence in text
    assert not kiosk.session.idle.is_counting()
    window.navbar.read_aloud.click()  # stop
    assert kiosk.session.idle.is_counting()


@pytest.mark.log_expected("no operator PIN is set")  # kiosk mode without a PIN
def test_the_end_of_speech_unchecks_and_counts_idle_again(make_window: MakeWindow,
                                                          tmp_path: Path) -> None:
    """When the voice finishes by itself the control is no longer pressed and the idle time
    counts again; a new screen stops the reading."""
    window = make_window("--lang", "en", "--kiosk", "--config", str(tmp_path / "s.yaml"))
    kiosk = kiosk_of(window)
    voice = FakeVoice()
    kiosk.read_aloud.set_voice(voice)
    window.navigate("mandate")
    window.navbar.read_aloud.click()
    assert window.navbar.read_aloud.isChecked() and not kiosk.session.idle.is_counting()
    voice.speaking.emit(False)  # the engine reached the end of the text
    assert not window.navbar.read_aloud.isChecked()
    assert kiosk.session.idle.is_counting()
    window.navbar.read_aloud.click()
    window.navigate("value")
    assert not window.navbar.read_aloud.isChecked() and kiosk.session.idle.is_counting()


@pytest.mark.log_expected("no operator PIN is set")  # kiosk mode without a PIN
def test_an_engine_that_never_finishes_cannot_hold_the_kiosk(
        make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        qtbot: object) -> None:
    """An engine that never says it finished (a wedged speech-dispatcher): after the limit the
    control is no longer pressed and the idle time counts again, so the kiosk still resets."""
    monkeypatch.setattr(speech, "SPEECH_LIMIT_MS", 50)
    window = make_window("--lang", "en", "--kiosk", "--config", str(tmp_path / "s.yaml"))
    kiosk = kiosk_of(window)
    voice = FakeVoice()
    voice.stop = lambda: None  # type: ignore[method-assign]  # never reports the end
    kiosk.read_aloud.set_voice(voice)
    window.navigate("mandate")
    window.navbar.read_aloud.click()
    assert window.navbar.read_aloud.isChecked() and not kiosk.session.idle.is_counting()
    qtbot.waitUntil(lambda: not window.navbar.read_aloud.isChecked())  # type: ignore[attr-defined]
    assert kiosk.session.idle.is_counting()
