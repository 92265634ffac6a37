"""`kiosk translate export|import|mark-current`: a language's texts to PO and back.

    kiosk translate export LANG [--content DIR] --output FILE.po
    kiosk translate import FILE.po [--content DIR]
    kiosk translate mark-current LANG [KEY ...] [--content DIR]

Exit codes: 0 done; 1 a file problem, or entries refused (the others were imported);
2 usage. docs/translating.md is the editor's guide; kiosk/translation/ does the work.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.content import ContentError, default_content_dir

SHOWN_FUZZY = 10
"""Fuzzy entries named one by one after an import (they are not errors); the rest counted."""


def main(args: Sequence[str]) -> int:
    """Run one of export, import and mark-current (see the module's docstring)."""
    parser = argparse.ArgumentParser(
        prog="kiosk translate", description="Export a language's texts to a PO file for "
        "Poedit or Weblate, import it back, or record the current translations as made "
        "from the current reference texts (docs/translating.md).")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = actions.add_parser("export", help="write a language's texts as a PO file")
    export.add_argument("language", metavar="LANG")
    export.add_argument("--output", "-o", metavar="FILE.po", type=Path, required=True)
    imported = actions.add_parser("import", help="write a translated PO file's texts into "
                                  "its language file")
    imported.add_argument("po", metavar="FILE.po", type=Path)
    mark = actions.add_parser("mark-current", help="record a language's texts (all, or "
                              "those at the KEYs) as translated from the current reference "
                              "texts")
    mark.add_argument("language", metavar="LANG")
    mark.add_argument("keys", metavar="KEY", nargs="*",
                      help="a text's key, as msgctxt in the PO (countries.KZ.role)")
    for action in (export, imported, mark):
        action.add_argument("--content", metavar="DIR", type=Path,
                            help="the content bundle (default: the one shipped with the app)")
    options = parser.parse_args(list(args))
    directory: Path = options.content or default_content_dir()
    try:
        if options.action == "export":
            return _export(directory, options.language, options.output)
        if options.action == "import":
            return _import(directory, options.po)
        return _mark_current(directory, options.language, options.keys)
    except ContentError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 1
    except OSError as error:
        print(f"kiosk translate: {error.filename or ''}: {error.strerror or error}",
              file=sys.stderr)
        return 1


def _export(directory: Path, code: str, output: Path) -> int:
    from kiosk.translation.atomic import write_atomically
    from kiosk.translation.po_export import export_po

    catalogue = export_po(directory, code)
    write_atomically(output, str(catalogue).encode("utf-8") + b"\n")
    fuzzy = sum("fuzzy" in entry.flags for entry in catalogue)
    empty = sum(not entry.msgstr for entry in catalogue)
    print(f"{output}: {len(catalogue)} texts of '{code}': {len(catalogue) - fuzzy - empty} "
          f"translated, {fuzzy} stale (fuzzy), {empty} missing")
    return 0


def _import(directory: Path, po: Path) -> int:
    from kiosk.translation.po_import import import_po

    result = import_po(po, directory)
    for problem in result.refused:
        print(problem, file=sys.stderr)
    for problem in result.fuzzy[:SHOWN_FUZZY]:
        print(problem)
    if len(result.fuzzy) > SHOWN_FUZZY:
        print(f"... and {len(result.fuzzy) - SHOWN_FUZZY} more fuzzy entries, not imported")
    parts = [f"{len(result.changed)} changed", f"{len(result.confirmed)} unchanged"]
    parts += [f"{count} {what}" for count, what in (
        (len(result.fuzzy), "fuzzy, not imported"), (len(result.refused), "refused"),
        (result.untranslated, "untranslated, not imported"),
        (result.obsolete, "obsolete, ignored")) if count]
    print(f"{directory / result.file}: {', '.join(parts)}")
    return 1 if result.refused else 0


def _mark_current(directory: Path, code: str, keys: list[str]) -> int:
    from kiosk.translation.provenance import mark_current

    path, count = mark_current(directory, code, keys)
    print(f"{path}: {count} text{'s' if count != 1 else ''} of '{code}' recorded as "
          "translated from the current reference texts")
    return 0
