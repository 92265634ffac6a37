"""`kiosk search QUERY [--lang CODE] [--content DIR]`: one hit a line, the screen id, a tab and
the snippet with the match in [brackets]; exit 0 with hits, 1 with none or bad content, 2 usage.
No Qt is imported: the index is the content model's (kiosk/search/)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.content import ContentError, default_content_dir, load_bundle
from kiosk.search import Hit, index_for


def marked(hit: Hit, before: str = "[", after: str = "]") -> str:
    """The hit's snippet on one line with each mark between `before` and `after`."""
    out, at = [], 0
    for start, end in hit.marks:
        out += [hit.snippet[at:start], before, hit.snippet[start:end], after]
        at = end
    out.append(hit.snippet[at:])
    return " ".join("".join(out).split())


def main(args: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="kiosk search", description="Search the content's texts in one language and "
        "print each screen that has the words: its id, a tab, the passage with the match in "
        "[brackets]. Exit 0 with hits, 1 with none.")
    parser.add_argument("query", nargs="+", help="the words to find (any case, with or "
                        "without Arabic harakat, ё or е, any Uzbek apostrophe)")
    parser.add_argument("--lang", metavar="CODE", help="the language to search (default: "
                        "the bundle's default language)")
    parser.add_argument("--content", metavar="DIR", type=Path, help="the content bundle "
                        "(default: the one shipped with the kiosk)")
    options = parser.parse_args(list(args))
    directory = options.content or default_content_dir()
    try:
        bundle = load_bundle(directory)
    except ContentError as error:
        print(f"kiosk: the content in {directory} cannot be used ({len(error.problems)} "
              f"problems; see 'kiosk validate {directory}')", file=sys.stderr)
        return 1
    code = options.lang or bundle.facts.bundle.default_language
    if code not in bundle.languages:
        print(f"kiosk search: unknown language {code!r}; the content has "
              f"{', '.join(bundle.languages)}", file=sys.stderr)
        return 2
    hits = index_for(bundle, code).search(" ".join(options.query))
    for hit in hits:
        print(f"{hit.screen}\t{marked(hit)}")
    if not hits:
        print(f"kiosk search: nothing in {code} matches {' '.join(options.query)!r}",
              file=sys.stderr)
    return 0 if hits else 1
