"""`kiosk fleet status DIR [--silent-after MINUTES]`: the office's table of its kiosks, read
from their synced outboxes (kiosk.fleet.report; docs/deploy/fleet.md).

Exit 0 when the table is printed, malformed or silent kiosks included (they are lines of the
table); 1 when DIR is not a folder; 2 for a bad command line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

USAGE_ERROR = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"kiosk fleet: {message}", file=sys.stderr)
        raise SystemExit(USAGE_ERROR)


def _minutes(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 7 * 24 * 60:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a whole number of minutes from "
                                         f"1 to {7 * 24 * 60}")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    """`kiosk fleet`'s subcommands and options."""
    from kiosk.fleet.report import SILENT_AFTER_S

    parser = _Parser(prog="kiosk fleet", description="The kiosks' status files, read from "
                     "their synced outboxes (docs/deploy/fleet.md).")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    status = commands.add_parser("status", help="one line per kiosk: last report, versions, "
                                 "languages, last install, health")
    status.add_argument("directory", type=Path, metavar="DIR",
                        help="a folder holding the kiosks' outboxes (DIR/*/status/*.json), "
                        "or one outbox (DIR/status/*.json)")
    status.add_argument("--silent-after", type=_minutes, metavar="MINUTES",
                        default=SILENT_AFTER_S // 60,
                        help="a kiosk whose newest status is older is 'unknown' (default: "
                        f"{SILENT_AFTER_S // 60}, three missed reports)")
    return parser


def main(args: Sequence[str]) -> int:
    """Run `kiosk fleet ARGS`; the exit code."""
    try:
        options = build_parser().parse_args(list(args))
    except SystemExit as exit_:
        return int(exit_.code or 0)
    from kiosk.fleet.report import table

    if not options.directory.is_dir():
        print(f"kiosk fleet: {options.directory} is not a folder; give the folder that holds "
              "the kiosks' synced outboxes", file=sys.stderr)
        return 1
    for line in table(options.directory, silent_after=options.silent_after * 60):
        print(line)
    return 0
