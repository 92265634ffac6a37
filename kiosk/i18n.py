"""Languages at run time: Qt translators, layout direction and fonts; emits `changed`.

The list of languages comes from the content bundle, so adding a language is adding its
content file and its `translations/kiosk_<code>.ts`; nothing here names a language.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from kiosk.paths import bundled

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
"""The language the UI strings are written in; it needs no translation file."""

FONT_FAMILIES = ["Noto Sans", "Noto Sans Arabic"]
"""Noto Sans covers Latin and Cyrillic, Noto Sans Arabic has no Latin by design: a fallback list."""


_fonts_registered = False


def register_fonts() -> None:
    """Register the bundled fonts once (later calls do nothing) and make them the app font."""
    global _fonts_registered
    if _fonts_registered:
        return
    _fonts_registered = True
    for path in sorted(bundled("resources").joinpath("fonts").glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("font %s could not be loaded; text falls back to a system font", path)
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    QGuiApplication.setFont(font)


_installed: list[QTranslator] = []
"""The translators this module installed in the application."""


class Languages(QObject):
    """The current language; switching it installs translators and sets the direction."""

    changed = Signal(str)

    def __init__(self, codes: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.codes = tuple(codes)
        self.code = ""

    def set(self, code: str) -> None:
        if code not in self.codes:
            raise ValueError(f"unknown language {code!r}; the content offers "
                             f"{', '.join(self.codes)}")
        app = QCoreApplication.instance()
        assert app is not None, "languages need a QApplication"
        # Translators belong to the application, not to one window: replace all of ours.
        for translator in _installed:
            app.removeTranslator(translator)
        qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _installed[:] = [t for t in (
            _translator(f"kiosk_{code}", str(bundled("translations")), code),
            _translator(f"qtbase_{code}", qt_translations, code),  # Qt's own dialogs and buttons
        ) if t is not None]
        for translator in _installed:
            app.installTranslator(translator)
        locale = QLocale(code)
        QLocale.setDefault(locale)
        # Set explicitly on every switch, both ways: once set, Qt no longer derives it.
        QGuiApplication.setLayoutDirection(locale.textDirection())
        self.code = code
        self.changed.emit(code)


def _translator(name: str, directory: str, code: str) -> QTranslator | None:
    if code == SOURCE_LANGUAGE:
        return None
    translator = QTranslator()
    if translator.load(name, directory):
        return translator
    log.warning("no translation %s.qm in %s; that part of the interface stays in English",
                name, directory)
    return None
