"""Bundled fonts: the families each language's script is drawn with, each face registered when
a language first needs it (the Chinese cut on the first switch to Chinese, not at start-up).

The kiosk must not depend on the machine's fonts: a bare machine has none, and a machine with
fonts may hold the wrong ones (Qt's fallback for code points of script Common such as 、 and 。
picks whatever font fontconfig offers first, a Mongolian or a Japanese one). So the app font is
a list of bundled families (QFont.setFamilies) ordered for the current language's script, and
Qt falls back along that list before it asks the system: a Han language puts the CJK cut first
so that its punctuation (、。，“”) and the Latin inside it come from one design; every other
language puts Noto Sans first (Latin, Cyrillic, the Uzbek ʻ and ʼ), then Noto Sans Arabic
(which has no Latin by design). The start-up cut of the CJK face (tools/build_cjk_font.py)
ends every list: it holds what the kiosk shows in every language at once (each language's own
name in the chooser, the attract screen's slides) and the interface's symbols Noto Sans lacks.
The style sheet (kiosk/ui/theme.py) sets sizes and weights only, never a family, so this list
is what every widget draws with.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, QObject
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import paths

log = logging.getLogger(__name__)

LATIN = "Noto Sans"
ARABIC = "Noto Sans Arabic"
CJK = "Kiosk CJK SC"
CJK_STARTUP = "Kiosk CJK SC Names"
"""Family names as the bundled files declare them (the CJK ones renamed by the build script
so that they cannot clash with a system Noto Sans CJK)."""

STARTUP_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansArabic-Regular.ttf",
                 "NotoSansArabic-Bold.ttf", "KioskCJKNames-Regular.otf",
                 "KioskCJKNames-Bold.otf")
"""Registered at start-up, in resources/fonts/: together about 1.6 MB."""

HAN_FILES = ("KioskCJK-Regular.otf", "KioskCJK-Bold.otf")
"""Registered on the first switch to a language written in Han."""

HAN_SCRIPTS = frozenset({QLocale.Script.HanScript, QLocale.Script.SimplifiedHanScript,
                         QLocale.Script.TraditionalHanScript})


def families(code: str) -> list[str]:
    """The family list for language `code` (a QLocale name such as "zh" or "ar"), by the
    script QLocale gives it (CLDR's likely script: zh -> Hans, kk -> Cyrl, uz -> Latn)."""
    if QLocale(code).script() in HAN_SCRIPTS:
        return [CJK, LATIN, ARABIC, CJK_STARTUP]
    return [LATIN, ARABIC, CJK_STARTUP]


def files(code: str) -> tuple[str, ...]:
    """The font files (in resources/fonts) language `code` needs beyond the start-up ones."""
    return HAN_FILES if QLocale(code).script() in HAN_SCRIPTS else ()


_registered: set[str] = set()
"""The file names registered (or tried) so far in this process."""


def registered() -> frozenset[str]:
    """The font files registered (or tried, when broken) so far, by file name."""
    return frozenset(_registered)


def register(names: Sequence[str]) -> None:
    """Register the bundled font files `names` not registered yet; a file that is missing or
    not a font is logged at WARNING once and skipped (its text falls back to other fonts)."""
    folder = paths.bundled("resources") / "fonts"
    for name in names:
        if name in _registered:
            continue
        _registered.add(name)
        path = folder / name
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("font %s could not be loaded; text falls back to a system font", path)


def register_startup_fonts() -> None:
    """Register the start-up fonts (later calls do nothing) and make them the app font, in the
    order of a non-Han language until `apply` is called for the first language."""
    register(STARTUP_FILES)
    _set_app_font([LATIN, ARABIC, CJK_STARTUP])


def apply(code: str) -> None:
    """Make the app font the family list of language `code`, registering the faces it needs
    first, and have every widget that is showing take it at once, the hidden ones when they
    are next shown (only when the list changes: between a Han and another language; about
    14 ms for the 330 widgets of a window with every screen built, a third of that for the
    screen showing)."""
    register(files(code))
    wanted = families(code)
    if QGuiApplication.font().families() == wanted:
        return
    _set_app_font(wanted)
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.styleSheet():
        # Under the app's style sheet a widget's font is resolved when the sheet polishes
        # it, against its parent's font; a later QApplication.setFont reaches the windows
        # only (Qt's QWidgetPrivate::updateFont leaves children styled by the app's sheet
        # alone; its docs: "do not use this function in conjunction with Qt Style Sheets").
        # Polishing again, parents before children, resolves each against its new parent
        # font, the sheet's sizes and weights kept; setStyleSheet would do the same but
        # polishes each widget once per ancestor (270 ms here).
        polish(app.topLevelWidgets())


def polish(widgets: Sequence[QWidget]) -> None:
    """Polish `widgets` and their descendants again, parents before children, so each takes
    the app font (see `apply`); a hidden one, and all inside it, is polished when it is next
    shown instead (a screen not showing, a closed overlay): a language switch pays for what
    the visitor sees."""
    pending = list(widgets)
    while pending:
        widget = pending.pop()
        if not widget.isVisible():
            widget.installEventFilter(_when_shown)  # once: Qt does not install it twice
            continue
        widget.style().polish(widget)
        pending.extend(child for child in widget.children() if isinstance(child, QWidget))


class _PolishWhenShown(QObject):
    """Polishes a widget skipped by `polish` while it was hidden, as it is shown: Qt shows
    its children first, then sends it the Show event, all before it is painted."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            polish([watched])
        return False


_when_shown = _PolishWhenShown()


def _set_app_font(wanted: list[str]) -> None:
    font = QFont()
    font.setFamilies(wanted)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    QGuiApplication.setFont(font)
