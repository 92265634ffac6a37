"""A language's texts as a PO catalogue for Poedit or Weblate (`kiosk translate export`).

Each text of the reference language's file is one entry: msgctxt its key (texts.Entry.key),
msgid the reference text, msgstr the language's text (empty when missing), a note for
translators (`#.`) naming the screens that show it, a reference (`#:`) to its line in the
language file, and for a stale entry the `fuzzy` flag and, when the record has it, the
reference text it was made from as `#| msgid`. No plural forms: content has none.
"""

from __future__ import annotations

from pathlib import Path

import polib

from kiosk.content.errors import ContentError, Problem
from kiosk.content.model import BundleInfo
from kiosk.translation.coverage import STALE, state_of
from kiosk.translation.provenance import read_provenance
from kiosk.translation.shown_on import shown_on
from kiosk.translation.texts import Entry, language_path, read_bundle_info, read_entries


def export_po(directory: Path, code: str) -> polib.POFile:
    """The PO catalogue of language `code` of the bundle in `directory`. Raises ContentError
    when bundle.yaml or the reference file cannot be read, `code` is not a language of the
    bundle or is its reference language, or the provenance record is damaged. The language's
    own file may lack texts (they are exported untranslated) or be missing altogether."""
    problems: list[Problem] = []
    info = read_bundle_info(directory, problems)
    if info is None:
        raise ContentError(problems)
    files = {lang.code: lang.file for lang in info.languages}
    if code not in files or code == info.reference_language:
        others = [c for c in files if c != info.reference_language]
        what = "the reference language, which is translated from" \
            if code == info.reference_language else "not a language of this bundle"
        raise ContentError([Problem("bundle.yaml", 0, 0, "bundle.languages",
                                    f"'{code}' is {what}; export one of "
                                    f"{', '.join(others) or '(none yet)'}")])
    reference = _entries(directory, files[info.reference_language], problems, required=True)
    entries = _entries(directory, files[code], problems, required=False)
    record = read_provenance(directory, code, problems)
    if reference is None or problems:
        raise ContentError(problems)
    catalogue = polib.POFile(wrapwidth=78)
    catalogue.header = _header(info, code)
    catalogue.metadata = {
        "Project-Id-Version": f"{info.id} {info.version}",
        "Language": code,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Generator": "kiosk translate export",
        "X-Kiosk-Reference-Language": info.reference_language,
    }
    for key, source in reference.items():
        state = state_of(key, source, entries or {}, record, info.reference_language)
        own = (entries or {}).get(key)
        entry = polib.POEntry(msgctxt=key, msgid=source.text,
                              msgstr="" if own is None else own.text,
                              comment=f"Shown on: {shown_on(key)}",
                              occurrences=[(files[code] if own else files[
                                  info.reference_language], str((own or source).line))])
        if state == STALE:
            entry.flags.append("fuzzy")
            previous = record.made_from.get(key) if record is not None else None
            if previous is not None and previous != source.text:
                entry.previous_msgid = previous
        catalogue.append(entry)
    return catalogue


def _entries(directory: Path, file: str, problems: list[Problem],
             required: bool) -> dict[str, Entry] | None:
    path = language_path(directory, file)
    if path is None:
        problems.append(Problem("bundle.yaml", 0, 0, "bundle.languages",
                                f"'{file}' is not a file inside the bundle directory"))
        return None
    if not required and not path.exists():
        return None
    return read_entries(path, file, problems)


def _header(info: BundleInfo, code: str) -> str:
    return (f"The texts of the content bundle {info.id} {info.version} in '{code}',\n"
            f"translated from '{info.reference_language}'. msgctxt is the text's key in the "
            "language file.\n"
            "A fuzzy entry was translated from an earlier reference text (the previous\n"
            "text shows what changed): check it, then clear the fuzzy flag.\n"
            "Import with: kiosk translate import FILE.po (docs/translating.md).")
