"""The command line: `kiosk [options]` runs the kiosk, `kiosk validate [DIR]` checks content."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content import ContentError, default_content_dir, load_bundle

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

log = logging.getLogger("kiosk")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="kiosk: %(levelname)s: %(message)s")
    if args[:1] == ["validate"]:
        return validate(args[1:])
    return run(args)


def validate(args: Sequence[str]) -> int:
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
        count = len(error.problems)
        print(f"{count} problem{'s' if count != 1 else ''} in the content bundle {directory}",
              file=sys.stderr)
        return 1
    info = bundle.facts.bundle
    print(f"{directory}: content bundle {info.id} {info.version} is valid: "
          f"languages {', '.join(bundle.languages)}; sha256 {bundle.checksum}")
    return 0


def run(args: Sequence[str]) -> int:
    from kiosk.app import UsageError, build_parser, parse_options

    try:
        options = parse_options(args)
    except UsageError as error:
        build_parser().print_usage(sys.stderr)
        print(f"kiosk: {error}", file=sys.stderr)
        return 2
    if options.screenshot:
        # A screenshot needs no display: render offscreen, the same on every machine.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtWidgets import QApplication

    from kiosk.app import create_window

    app = QApplication([sys.argv[0]])
    app.setApplicationName("ohchr-roca-kiosk")
    try:
        window = create_window(args)
    except ContentError as error:
        directory = options.content or default_content_dir()
        print(f"kiosk: the content in {directory} cannot be used; fix these problems "
              f"(check them with 'kiosk validate {directory}'):", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except UsageError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return 2
    if options.screenshot:
        window.show()
        settle(app)
        if not window.grab().save(str(options.screenshot), "PNG"):
            print(f"kiosk: cannot write the screenshot {options.screenshot}", file=sys.stderr)
            return 1
        return 0
    window.show()
    return app.exec()


def settle(app: QCoreApplication) -> None:
    """Let layouts finish: wrapped text changes heights, which lays out the parents again."""
    from PySide6.QtCore import QEvent

    for _ in range(4):
        app.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        app.processEvents()


if __name__ == "__main__":
    sys.exit(main())
