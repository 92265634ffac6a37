"""How far each language of a bundle is translated: translated, stale and missing entries.

An entry of the reference language's file (texts.Entry) is, in another language's file:
missing when that file has no text at its key; translated when the language's provenance
record says it was made from the reference text as it is now; stale otherwise (made from an
earlier reference text, or with no record at all). Counted from the files themselves, so a
bundle the loader refuses (a missing key is one of its problems) is still counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.content.errors import Problem
from kiosk.translation.catalogue import Catalogue, catalogue
from kiosk.translation.provenance import Provenance, read_provenance
from kiosk.translation.texts import Entry, language_path, read_bundle_info, read_entries

TRANSLATED, STALE, MISSING = "translated", "stale", "missing"


def state_of(key: str, reference: Entry, entries: dict[str, Entry],
             record: Provenance | None, reference_code: str) -> str:
    """TRANSLATED, STALE or MISSING: the state of the entry `key` of a language whose texts
    are `entries` and whose provenance is `record`, against the reference text `reference`."""
    if key not in entries:
        return MISSING
    if record is None or record.reference_language != reference_code:
        return STALE
    return TRANSLATED if record.made_from.get(key) == reference.text else STALE


@dataclass(frozen=True)
class LanguageCoverage:
    """One language of the bundle: its `status` (bundle.yaml's reviewed/draft), whether it
    is the `reference`, the keys of its entries in each state (reference order), `recorded`
    (whether it has a provenance record) and its interface `catalogue`."""

    code: str
    status: str
    reference: bool
    translated: tuple[str, ...]
    stale: tuple[str, ...]
    missing: tuple[str, ...]
    recorded: bool
    catalogue: Catalogue

    def counts(self) -> str:
        """"108 translated, 0 stale, 0 missing", or what the reference language is."""
        if self.reference:
            return f"the reference language ({len(self.translated)} texts)"
        return (f"{len(self.translated)} translated, {len(self.stale)} stale, "
                f"{len(self.missing)} missing")


def bundle_coverage(directory: Path, translations: Path | None = None
                    ) -> tuple[list[LanguageCoverage], list[Problem]]:
    """The coverage of every language of the bundle in `directory`, in bundle.yaml's order,
    and the problems that kept any file from being counted (then that language is left out,
    or all of them when bundle.yaml or the reference file cannot be read). `translations`
    is the interface catalogues' folder (the app's own when None)."""
    problems: list[Problem] = []
    info = read_bundle_info(directory, problems)
    if info is None:
        return [], problems
    files = {lang.code: lang.file for lang in info.languages}
    reference_code = info.reference_language
    texts: dict[str, dict[str, Entry]] = {}
    for code, file in files.items():
        path = language_path(directory, file)
        found = read_entries(path, file, problems) if path is not None else None
        if found is not None:
            texts[code] = found
    if reference_code not in texts:
        return [], problems
    reference = texts[reference_code]
    result = []
    for lang in info.languages:
        if lang.code not in texts:
            continue
        is_reference = lang.code == reference_code
        record = None if is_reference else read_provenance(directory, lang.code, problems)
        states: dict[str, list[str]] = {TRANSLATED: [], STALE: [], MISSING: []}
        for key, entry in reference.items():
            state = TRANSLATED if is_reference else state_of(
                key, entry, texts[lang.code], record, reference_code)
            states[state].append(key)
        result.append(LanguageCoverage(
            lang.code, lang.status, is_reference, tuple(states[TRANSLATED]),
            tuple(states[STALE]), tuple(states[MISSING]), record is not None,
            catalogue(lang.code, translations)))
    return result, problems
