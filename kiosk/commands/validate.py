"""`kiosk validate [DIR]`: print every problem of a content bundle (exit 0 valid, 1 not)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.content import ContentError, default_content_dir, load_bundle


def main(args: Sequence[str]) -> int:
    """Print every problem of a bundle; exit 0 when there is none, 1 otherwise."""
    if len(args) > 1 or (args and args[0].startswith("-")):
        print("usage: kiosk validate [DIR]", file=sys.stderr)
        return 2
    directory = Path(args[0]) if args else default_content_dir()
    try:
        bundle = load_bundle(directory)
    except ContentError as error:
        for problem in error.problems:
            print(problem)
        # The last line of a capped list says "... and N more"; it is a count, not a problem.
        count = len(error.problems) - (1 if error.omitted else 0) + error.omitted
        print(f"{count:,} problem{'s' if count != 1 else ''} in the content bundle {directory}",
              file=sys.stderr)
        return 1
    info = bundle.facts.bundle
    print(f"{directory}: content bundle {info.id} {info.version} is valid: "
          f"languages {', '.join(bundle.languages)}; sha256 {bundle.checksum}")
    return 0
