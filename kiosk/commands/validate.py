"""`kiosk validate [DIR] [--coverage]`: print every problem of a content bundle (exit 0 valid,
1 not); with --coverage, also each language's status and translated / stale / missing texts
and its interface catalogue (a missing text is an error, a stale one a warning)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.content import ContentError, default_content_dir, load_bundle

USAGE = "usage: kiosk validate [DIR] [--coverage]"
SHOWN_KEYS = 12
"""Stale or missing keys listed per language; the rest are counted."""


def main(args: Sequence[str]) -> int:
    """Print every problem of a bundle; exit 0 when there is none, 1 otherwise."""
    arguments = [a for a in args if a != "--coverage"]
    if len(arguments) > 1 or (arguments and arguments[0].startswith("-")):
        print(USAGE, file=sys.stderr)
        return 2
    directory = Path(arguments[0]) if arguments else default_content_dir()
    shown: set[str] = set()
    valid = _validate(directory, shown)
    if "--coverage" not in args:
        return 0 if valid else 1
    return 0 if _coverage(directory, shown) and valid else 1


def _validate(directory: Path, shown: set[str]) -> bool:
    """Print the bundle's problems (adding them to `shown`) or that it is valid."""
    try:
        bundle = load_bundle(directory)
    except ContentError as error:
        for problem in error.problems:
            print(problem)
            shown.add(str(problem))
        # The last line of a capped list says "... and N more"; it is a count, not a problem.
        count = len(error.problems) - (1 if error.omitted else 0) + error.omitted
        print(f"{count:,} problem{'s' if count != 1 else ''} in the content bundle {directory}",
              file=sys.stderr)
        return False
    info = bundle.facts.bundle
    for warning in bundle.warnings:  # shown as written: worth fixing, not refused
        print(f"warning: {warning}")
    print(f"{directory}: content bundle {info.id} {info.version} is valid: "
          f"languages {', '.join(bundle.languages)}; sha256 {bundle.checksum}")
    return True


def _coverage(directory: Path, shown: set[str]) -> bool:
    """Print the coverage of every language, and the problems that kept a file from being
    counted unless `shown` already has them; False when a text or interface message is
    missing or a file could not be counted (stale texts are warnings)."""
    from kiosk.translation.coverage import bundle_coverage

    languages, problems = bundle_coverage(directory)
    for problem in problems:
        if str(problem) not in shown:
            print(problem)
    print(f"Coverage of {directory}:")
    if not languages:
        print("  nothing can be counted before the problems above are fixed")
    complete = not problems and bool(languages)
    for language in languages:
        print(f"  {language.code} ({language.status}): {language.counts()}; interface: "
              f"{language.catalogue.describe()}")
        for what, keys, mark in (("missing", language.missing, "error"),
                                 ("stale", language.stale, "warning")):
            if not keys:
                continue
            listed = ", ".join(keys[:SHOWN_KEYS]) + (
                f" and {len(keys) - SHOWN_KEYS} more" if len(keys) > SHOWN_KEYS else "")
            print(f"    {mark}: {what}: {listed}")
        if language.stale and not language.recorded:
            print(f"    (no record of the reference texts it was made from: check the "
                  f"translation, then run kiosk translate mark-current {language.code})")
        elif language.stale:
            print(f"    (kiosk translate export {language.code} marks them fuzzy, with the "
                  "earlier text, for the translator)")
        complete = complete and not language.missing and language.catalogue.complete
    return complete
