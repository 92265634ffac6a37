"""Qt's own translations: the file Qt ships for each language, found as Qt names it, and
silence where Qt ships none (the kiosk's own catalogue covers what it shows)."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from kiosk import i18n, paths

QT_SHIPS = [("zh", "qtbase_zh_CN.qm"), ("kk", "qtbase_kk.qm"), ("ru", "qtbase_ru.qm"),
            ("ar", "qtbase_ar.qm"), ("fr", "qtbase_fr.qm"), ("es", "qtbase_es.qm"),
            ("ky", None), ("tg", None), ("uz", None), ("tk", None)]
"""Issue 13's languages and the qtbase catalogue Qt 6.8-6.11 ships for each (its
translations folder): Chinese is zh_CN, Kyrgyz, Tajik, Uzbek and Turkmen have none."""


@pytest.fixture
def own_catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A translations folder holding a kiosk_<code>.qm for every code of QT_SHIPS (copies of
    the Russian catalogue), so that only Qt's side of the lookup is under test."""
    folder = tmp_path / "translations"
    folder.mkdir()
    for code, _ in QT_SHIPS:
        shutil.copy(paths.bundled("translations") / "kiosk_ru.qm", folder / f"kiosk_{code}.qm")
    monkeypatch.setattr(i18n, "bundled",
                        lambda name: folder if name == "translations" else paths.bundled(name))
    return folder


@pytest.mark.parametrize(("code", "qt_file"), QT_SHIPS)
def test_qt_catalogue_is_the_file_qt_ships(qapp: QApplication, own_catalogues: Path,
                                            code: str, qt_file: str | None) -> None:
    """Switching to a language installs the qtbase catalogue Qt ships for it under Qt's own
    name (zh -> qtbase_zh_CN.qm), so Qt's standard strings follow; where Qt ships none,
    nothing is installed and nothing is logged at WARNING (the conftest rule)."""
    languages = i18n.Languages([code])
    languages.set(code)
    installed = [Path(translator.filePath()).name for translator in i18n._installed]
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    try:
        assert installed == [f"kiosk_{code}.qm", *([qt_file] if qt_file else [])]
        assert (cancel != "Cancel") == (qt_file is not None), cancel
    finally:
        i18n.Languages(["en"]).set("en")
        QLocale.setDefault(QLocale("en"))


@pytest.mark.log_expected(r"no translation kiosk_ky\.qm")
def test_missing_own_catalogue_warns_but_missing_qt_one_does_not(
        qapp: QApplication, own_catalogues: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A language whose kiosk_<code>.qm is missing is logged once, naming that file (the
    interface would stay English); Qt's missing qtbase file for it is not mentioned."""
    (own_catalogues / "kiosk_ky.qm").unlink()
    with caplog.at_level(logging.WARNING):
        i18n.Languages(["ky"]).set("ky")
    i18n.Languages(["en"]).set("en")
    warnings = [record.getMessage() for record in caplog.records
                if record.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "kiosk_ky.qm" in warnings[0], warnings
    assert not any("qtbase" in message for message in warnings)
