"""A translated PO catalogue written back into its language file (`kiosk translate import`).

Only entries whose text changed are written, into the file's text (yaml_edit), so comments,
key order and untouched lines stay as they were. An entry is refused, with the PO file, its
line, the msgctxt and what to do, when its msgctxt is no key of the reference language, when
it comes twice, when its msgid is not the reference text as it is now (translated from an
earlier text: translate-toolkit's po2yaml would silently write it), or when the language file
has no text at that key. Fuzzy entries and empty translations are left out and counted. The
other entries are imported; the new file is checked with the full loader on a copy of the
bundle before it replaces the old one (atomically), so a bad PO never breaks good content.
Each imported entry, changed or confirmed unchanged, is recorded as made from the current
reference text (provenance).
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import polib

from kiosk.content import ContentError, load_bundle
from kiosk.content.errors import Problem
from kiosk.translation.atomic import write_atomically
from kiosk.translation.provenance import Provenance, read_provenance, write_provenance
from kiosk.translation.texts import Entry, language_path, read_bundle_info, read_entries
from kiosk.translation.yaml_edit import replace_texts

MAX_PO_BYTES = 4 * 1024 * 1024
"""A PO of this office's content is about 60 KB; a file seventy times larger is a mistake."""


@dataclass
class ImportResult:
    """What an import did: `changed` and `confirmed` (imported unchanged) keys, `fuzzy`
    entries left out, `refused` ones (each a Problem naming the PO file, line and key),
    `untranslated` (empty msgstr) and `obsolete` entries counted."""

    language: str
    file: str
    changed: list[str] = field(default_factory=list)
    confirmed: list[str] = field(default_factory=list)
    fuzzy: list[Problem] = field(default_factory=list)
    refused: list[Problem] = field(default_factory=list)
    untranslated: int = 0
    obsolete: int = 0


def read_po(path: Path) -> polib.POFile:
    """The PO catalogue at `path`; ContentError naming the file (and line) when it cannot be
    read as UTF-8 PO text."""
    label = path.name

    def fail(message: str, line: int = 0) -> ContentError:
        return ContentError([Problem(label, line, 1 if line else 0, "", message)])
    try:
        with path.open("rb") as file:
            data = file.read(MAX_PO_BYTES + 1)
    except OSError as error:
        raise fail(f"cannot be read ({error.strerror or error})") from None
    if len(data) > MAX_PO_BYTES:
        raise fail(f"is more than {MAX_PO_BYTES:,} bytes; is it the PO of this bundle?")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise fail("is not UTF-8 text; save it as UTF-8 (Poedit: Catalog > Properties)",
                   data.count(b"\n", 0, error.start) + 1) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise fail("is empty; export a PO with kiosk translate export")
    try:
        return polib.pofile(text, wrapwidth=78)
    except (OSError, ValueError) as error:  # polib: "Syntax error in po file (line 4)"
        where = re.search(r"\(line (\d+)\)", str(error))
        raise fail("is not a PO file: a syntax error; save it again from Poedit or Weblate, "
                   "or export it again", int(where.group(1)) if where else 0) from None


def import_po(po_path: Path, directory: Path) -> ImportResult:
    """Import the PO catalogue `po_path` into the bundle `directory` (its Language header
    names the language). Raises ContentError when nothing can be imported: an unreadable PO,
    no usable Language header, an unreadable bundle, or a result the loader refuses (then
    nothing is written). Refused entries are in the result; the others are imported."""
    catalogue = read_po(po_path)
    problems: list[Problem] = []
    info = read_bundle_info(directory, problems)
    if info is None:
        raise ContentError(problems)
    files = {lang.code: lang.file for lang in info.languages}
    code = _language(catalogue, po_path, list(files), info.reference_language)
    reference = _read(directory, files[info.reference_language], problems)
    own = _read(directory, files[code], problems)
    record = read_provenance(directory, code, problems)
    if reference is None or own is None:
        raise ContentError(problems)
    problems.clear()  # a damaged record is rewritten from what this import confirms
    result = ImportResult(code, files[code])
    changes: dict[str, str] = {}
    seen: set[str] = set()
    for entry in catalogue:
        if entry.obsolete:
            result.obsolete += 1
            continue

        def problem(message: str, entry: polib.POEntry = entry) -> Problem:
            return Problem(po_path.name, entry.linenum or 0, 1, entry.msgctxt or "(no msgctxt)",
                           message)
        key = entry.msgctxt
        if key is None or key not in reference:
            result.refused.append(problem(
                f"no text of {files[info.reference_language]} has this key; export the PO "
                f"again (kiosk translate export {code}) and translate that file"))
            continue
        if key in seen:
            result.refused.append(problem("this msgctxt comes twice; keep one entry"))
            continue
        seen.add(key)
        if "fuzzy" in entry.flags:
            result.fuzzy.append(problem("not imported: marked fuzzy (needs work); check the "
                                        "translation, clear the flag and import again"))
            continue
        if entry.msgid != reference[key].text:
            result.refused.append(problem(
                f"stale: translated from an earlier {info.reference_language} text; export "
                f"again (kiosk translate export {code}), translate what changed and import "
                "that file"))
            continue
        if not entry.msgstr.strip():
            result.untranslated += 1
            continue
        if key not in own:
            result.refused.append(problem(
                f"{files[code]} has no text at this key; add it there (copy it from "
                f"{files[info.reference_language]}) and import again"))
            continue
        if entry.msgstr == own[key].text:
            result.confirmed.append(key)
        else:
            changes[key] = entry.msgstr
            result.changed.append(key)
    if changes:
        _write(directory, files[code], changes)
    if changes or result.confirmed:
        made_from = dict(record.made_from) if record is not None \
            and record.reference_language == info.reference_language else {}
        for key in (*result.changed, *result.confirmed):
            made_from[key] = reference[key].text
        write_provenance(directory, Provenance(code, info.reference_language, {
            key: made_from[key] for key in reference if key in made_from}))
    return result


def _language(catalogue: polib.POFile, po_path: Path, codes: list[str], reference: str) -> str:
    """The bundle language that the PO's Language header names (`fr`, or `fr_FR` when the
    bundle has `fr` only); ContentError when it names none, or the reference language."""
    named = str(catalogue.metadata.get("Language", "")).strip()
    candidates = [named, named.replace("_", "-"), named.replace("-", "_").split("_")[0]]
    code = next((c for c in candidates if c in codes), None)
    if code is None or code == reference:
        what = "is the reference language" if code == reference else (
            "is not a language of this bundle" if named else "is missing")
        others = ", ".join(c for c in codes if c != reference)
        raise ContentError([Problem(po_path.name, 0, 0, "Language",
                                    f"the header's Language {named!r} {what}; set it to "
                                    f"one of {others} (Poedit: Catalog > Properties)")])
    return code


def _read(directory: Path, file: str, problems: list[Problem]) -> dict[str, Entry] | None:
    path = language_path(directory, file)
    return None if path is None else read_entries(path, file, problems)


def _write(directory: Path, file: str, changes: dict[str, str]) -> None:
    """Write `changes` into the language file `file`, after the loader has accepted the
    bundle with the new file in a copy; ContentError (nothing written) when it does not."""
    path = directory / file
    raw = path.read_bytes().decode("utf-8")
    bom = "\ufeff" if raw.startswith("\ufeff") else ""
    new = (bom + replace_texts(raw[len(bom):], changes)).encode("utf-8")
    with tempfile.TemporaryDirectory(prefix="kiosk-import-") as scratch:
        copy = Path(scratch) / "bundle"
        shutil.copytree(directory, copy, symlinks=True)
        (copy / file).write_bytes(new)
        try:
            load_bundle(copy)
        except ContentError as error:
            raise ContentError([*error.problems, Problem(
                file, 0, 0, "", "the imported translations would make these problems; "
                "nothing was written: correct them in the PO and import again")]) from None
    write_atomically(path, new)
