"""The "Unofficial translation" note a visitor sees on every screen of a draft language.

bundle.yaml gives each language a status (kiosk.content.model.LanguageStatus); a `draft`
translation has not been reviewed by anyone fluent, and issue 13 asks that nothing pretend to
be official. The note is one interface message, in the visitor's language like every other;
a page shows it under its heading (kiosk.ui.widgets.page), the attract screen under each
slide of a draft language. A reviewed language shows no note at all.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTranslator
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.paths import bundled
from kiosk.ui.widgets.text import TextLabel, text_label

CONTEXT = "DraftNote"
#: A small note under the title of every screen in a language whose translation nobody
#: fluent has reviewed yet: the text is not the office's official version.
MESSAGE = str(QT_TRANSLATE_NOOP("DraftNote", "Unofficial translation"))
"""The note's text in the source language; each .ts catalogue translates it."""

_catalogues: dict[str, QTranslator | None] = {}
"""The interface catalogue of each language asked for by `note_in`, loaded once."""


def note_text() -> str:
    """The note in the interface language installed now (the visitor's)."""
    return QCoreApplication.translate(CONTEXT, MESSAGE)


def note_in(code: str) -> str:
    """The note in the language `code`, whatever language is installed now (the attract
    screen shows several languages in turn): from `translations/kiosk_<code>.qm`, or the
    source text when the language has no catalogue or no translation of it."""
    if code not in _catalogues:
        loaded = QTranslator()
        _catalogues[code] = loaded if loaded.load(f"kiosk_{code}",
                                                  str(bundled("translations"))) else None
    translator = _catalogues[code]
    text = translator.translate(CONTEXT, MESSAGE) if translator is not None else ""
    return text or MESSAGE


def draft_note(style: str = "draftNote", parent: QWidget | None = None) -> TextLabel:
    """A hidden note label, one line as wide as its text; show it with
    `show_note`. `style` is its style sheet name: `draftNote` on a page, `attractDraftNote`
    on the attract screen's coloured background (kiosk/ui/theme.py draws both from the
    palette). A screen reader reads it as the static text it is, in reading order."""
    label = text_label(style, parent)
    # One line as wide as the text: a wrapped label beside a layout alignment gets its height
    # for the column's whole width, so a second line was cut ("Неофициальный" alone). The
    # note is two or three words in every language, far narrower than the narrowest page.
    label.setWordWrap(False)
    label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    label.hide()
    return label


def show_note(label: TextLabel, draft: bool, text: str | None = None) -> None:
    """Show `label` with the note (`text`, by default `note_text()`) when `draft`, else hide
    it and clear its text, so nothing of it remains for a reviewed language."""
    label.setText((text or note_text()) if draft else "")
    label.setVisible(draft)
