"""Which reference text each translated entry was made from: `translated-from/<code>.json`.

One file per language beside the language files, written by `kiosk translate import` and
`kiosk translate mark-current`, never by hand:

    {"language": "fr", "reference_language": "en",
     "made_from": {"office.name": "Regional Office for Central Asia", ...}}

The reference text itself is stored, not a hash, so an export can give a stale entry the
previous reference text (`#| msgid`) and Poedit or Weblate show the translator what changed.
JSON, not YAML: a generated file that no loader of the kiosk reads at start-up (coverage and
the operator's diagnostics read it when asked), and the YAML loader's look for language files
never meets it. An entry with no record counts as stale: nobody has said which text it
translates.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content import ContentError, load_bundle
from kiosk.content.errors import Problem
from kiosk.content.yaml_file import MAX_FILE_BYTES
from kiosk.translation.atomic import write_atomically
from kiosk.translation.texts import read_entries

FOLDER = "translated-from"
"""The folder of the provenance files, inside the bundle directory."""


@dataclass(frozen=True)
class Provenance:
    """One language's record: `made_from` maps an entry's key (texts.Entry.key) to the text
    of `reference_language` it was translated from."""

    language: str
    reference_language: str
    made_from: dict[str, str] = field(default_factory=dict)


def provenance_label(code: str) -> str:
    """How messages name the provenance file of `code`: `translated-from/<code>.json`."""
    return f"{FOLDER}/{code}.json"


def read_provenance(directory: Path, code: str, problems: list[Problem]) -> Provenance | None:
    """The record of language `code` in the bundle `directory`; None when it has none yet
    (no file), or, after adding the problem, when the file is not a record this module wrote
    (damaged JSON, another language's record, over MAX_FILE_BYTES)."""
    label = provenance_label(code)
    path = directory / FOLDER / f"{code}.json"

    def fail(message: str, line: int = 0, column: int = 0) -> None:
        problems.append(Problem(label, line, column, "", message + "; run `kiosk translate "
                                f"mark-current {code}` after checking the translation"))
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as error:
        fail(f"cannot be read ({error.strerror or error})")
        return None
    if len(data) > MAX_FILE_BYTES:
        fail(f"is more than {MAX_FILE_BYTES:,} bytes")
        return None
    try:
        value = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        fail("is not UTF-8 text")
        return None
    except json.JSONDecodeError as error:
        fail(f"is not valid JSON ({error.msg})", error.lineno, error.colno)
        return None
    made_from = value.get("made_from") if isinstance(value, dict) else None
    if (not isinstance(made_from, dict) or value.get("language") != code
            or not isinstance(value.get("reference_language"), str)
            or not all(isinstance(k, str) and isinstance(v, str) for k, v in made_from.items())):
        fail(f"is not a record of the language '{code}' (language, reference_language, "
             "made_from: key -> reference text)")
        return None
    return Provenance(code, value["reference_language"], dict(made_from))


def write_provenance(directory: Path, record: Provenance) -> Path:
    """Write `record` to its file in the bundle `directory` (atomically; the folder is made
    when missing) and return the file's path. Keys keep `made_from`'s order. Raises OSError."""
    path = directory / FOLDER / f"{record.language}.json"
    path.parent.mkdir(exist_ok=True)
    text = json.dumps({"language": record.language,
                       "reference_language": record.reference_language,
                       "made_from": record.made_from}, ensure_ascii=False, indent=2)
    write_atomically(path, (text + "\n").encode("utf-8"))
    return path


def mark_current(directory: Path, code: str,
                 keys: Sequence[str] = ()) -> tuple[Path, int]:
    """Record the texts of language `code` in the (valid) bundle `directory` at `keys` (all
    of them when empty) as translated from their reference texts as they are now: for the
    first record of a translation made outside the PO workflow, or a text revised by hand in
    the YAML file, once someone has checked it against the reference. The other records are
    kept. Returns the record's path and how many texts it marked. ContentError when the
    bundle does not load, `code` is not one of its languages other than the reference, or a
    key is not a text of the reference language."""
    bundle = load_bundle(directory)
    info = bundle.facts.bundle
    files = {lang.code: lang.file for lang in info.languages}
    if code not in files or code == info.reference_language:
        what = "the reference language" if code == info.reference_language \
            else "not a language of this bundle"
        raise ContentError([Problem("bundle.yaml", 0, 0, "bundle.languages",
                                    f"'{code}' is {what}; name one of " + ", ".join(
                                        c for c in files if c != info.reference_language))])
    problems: list[Problem] = []
    reference = read_entries(directory / files[info.reference_language],
                             files[info.reference_language], problems) or {}
    own = read_entries(directory / files[code], files[code], problems) or {}
    unknown = [key for key in keys if key not in reference or key not in own]
    if unknown:
        raise ContentError([Problem(files[code], 0, 0, key, "is not a text of both "
                                    f"{files[code]} and {files[info.reference_language]}; "
                                    "name a key as kiosk translate export writes it "
                                    "(msgctxt)") for key in unknown])
    record = read_provenance(directory, code, [])
    kept = dict(record.made_from) if keys and record is not None \
        and record.reference_language == info.reference_language else {}
    marked = [key for key in reference if key in own and (not keys or key in keys)]
    kept.update((key, reference[key].text) for key in marked)
    made_from = {key: kept[key] for key in reference if key in kept}
    return write_provenance(directory, Provenance(code, info.reference_language,
                                                  made_from)), len(marked)
