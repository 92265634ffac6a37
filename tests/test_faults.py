"""Faults around the app: missing or corrupt fonts, icons and translations, unwritable folders.
The app starts, falls back, and says what it could not use."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import cast

import pytest

from kiosk import fonts, i18n, logs, paths
from kiosk.app import kiosk_of
from kiosk.ui import theme
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.widgets.text import isolate
from tests.helpers import MakeWindow


@pytest.fixture
def broken_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the app's resources and translations in which each test breaks something."""
    for name in ("resources", "translations"):
        shutil.copytree(paths.bundled(name), tmp_path / name)
    real = paths.bundled

    def bundled(name: str) -> Path:
        return tmp_path / name if name in ("resources", "translations") else real(name)

    for module in (paths, i18n, theme):
        monkeypatch.setattr(module, "bundled", bundled)
    return tmp_path


@pytest.mark.log_expected("font .* could not be loaded")
def test_corrupt_font_is_logged_and_skipped(qapp: object, broken_resources: Path,
                                            caplog: pytest.LogCaptureFixture,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A damaged font file: a warning naming it; the other fonts still load."""
    font = broken_resources / "resources" / "fonts" / "NotoSans-Bold.ttf"
    font.write_bytes(b"not a font")
    monkeypatch.setattr(fonts, "_registered", set())  # as at a fresh start
    with caplog.at_level(logging.WARNING):
        i18n.register_fonts()
    assert f"font {font} could not be loaded" in caplog.text


@pytest.mark.log_expected(r"back\.svg is missing or unreadable")
def test_missing_icon_falls_back_to_text(broken_resources: Path, make_window: MakeWindow,
                                         caplog: pytest.LogCaptureFixture) -> None:
    """Without the back icon the button keeps its text, and the log says which icon."""
    (broken_resources / "resources" / "icons" / "back.svg").unlink()
    with caplog.at_level(logging.WARNING):
        window = make_window("--lang", "en")
    assert window.navbar.back.text() == "Back" and window.navbar.back.icon().isNull()
    assert "back.svg is missing or unreadable" in caplog.text


@pytest.mark.parametrize("damage", ["missing", "corrupt"])
@pytest.mark.log_expected(r"no translation kiosk_ru\.qm")
def test_bad_translation_keeps_english_chrome(broken_resources: Path, make_window: MakeWindow,
                                              caplog: pytest.LogCaptureFixture,
                                              damage: str) -> None:
    """A missing or corrupt .qm: the app starts, the content is still Russian, the log says so."""
    qm = broken_resources / "translations" / "kiosk_ru.qm"
    if damage == "missing":
        qm.unlink()
    else:
        qm.write_bytes(b"\x00garbage")
    with caplog.at_level(logging.WARNING):
        window = make_window("--lang", "ru")
    assert "no translation kiosk_ru.qm" in caplog.text
    assert window.navbar.back.text() == "Back"
    assert cast(HomeScreen, window.screen_widget("home")).heading.text() == \
        window.bundle.texts["ru"].office.name


@pytest.mark.log_expected("cannot write the log file", "still heard")
def test_unwritable_log_folder_logs_to_stderr(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """A log folder that cannot be created: stderr only, and a warning there saying so."""
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        assert logs.setup_logging(blocker / "logs" / "kiosk.log") is None
        logging.getLogger("kiosk").warning("still heard")
    finally:
        root.handlers[:], level = saved
        root.setLevel(level)
    err = capsys.readouterr().err
    assert f"cannot write the log file {blocker}/logs/kiosk.log" in err
    assert "still heard" in err


@pytest.mark.log_expected(r"cannot write .*settings\.yaml")
def test_unwritable_config_folder_keeps_running(make_window: MakeWindow, tmp_path: Path) -> None:
    """Saving settings where no file can be written: the panel says so; the kiosk goes on."""
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    window = make_window("--config", str(blocker / "settings.yaml"), "--lang", "en")
    kiosk = kiosk_of(window).operator
    kiosk.open_panel()
    kiosk.panel.save_button.click()
    # The error names paths: one left-to-right isolate, so Arabic cannot reorder it.
    opening = isolate("|").partition("|")[0]
    assert f"Not saved: {opening}cannot write {blocker}/settings.yaml: cannot create the " \
        "folder" in kiosk.panel.status.text()
    assert window.isVisible()
