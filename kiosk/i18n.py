"""Languages at run time: Qt translators, layout direction and fonts; emits `changed`.

The list of languages comes from the content bundle, so adding a language is adding its
content file and its `translations/kiosk_<code>.ts`; nothing here names a language.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtGui import QGuiApplication

from kiosk import fonts
from kiosk.paths import bundled

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
"""The language the UI strings are written in; it needs no translation file."""


def register_fonts() -> None:
    """Register the fonts every language needs from the start (kiosk.fonts); once."""
    fonts.register_startup_fonts()


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
        _installed[:] = [t for t in (_kiosk_translator(code), qt_translator(code))
                         if t is not None]
        for translator in _installed:
            app.installTranslator(translator)
        locale = QLocale(code)
        QLocale.setDefault(locale)
        # Set explicitly on every switch, both ways: once set, Qt no longer derives it.
        QGuiApplication.setLayoutDirection(locale.textDirection())
        fonts.apply(code)
        self.code = code
        self.changed.emit(code)


def _kiosk_translator(code: str) -> QTranslator | None:
    """The app's own catalogue translations/kiosk_<code>.qm; its absence is logged at WARNING
    (the interface would stay English), except for the source language, which has none."""
    if code == SOURCE_LANGUAGE:
        return None
    translator = QTranslator()
    directory = str(bundled("translations"))
    if translator.load(f"kiosk_{code}", directory):
        return translator
    log.warning("no translation kiosk_%s.qm in %s; that part of the interface stays in English",
                code, directory)
    return None


def qt_translator(code: str) -> QTranslator | None:
    """Qt's own catalogue for language `code` (its dialogs' and standard buttons' strings), or
    None where Qt ships none.

    Qt names its files by its own locales (qtbase_zh_CN.qm, qtbase_pt_BR.qm, qtbase_ru.qm):
    QTranslator.load(QLocale, ...) tries each of the locale's UI languages (zh: zh-Hans-CN,
    zh-CN, zh-Hans, zh) as Qt does. Qt 6.11 ships none for ky, tg, uz or tk: nothing is
    loaded and nothing logged, as the kiosk's own catalogue has every string it shows.
    """
    translator = QTranslator()
    directory = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(code), "qtbase", "_", directory):
        return translator
    log.debug("Qt has no qtbase translation for %s in %s", code, directory)
    return None
