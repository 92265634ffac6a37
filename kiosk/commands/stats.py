"""`kiosk stats export --output FILE.csv [--database FILE]`: the anonymous usage counts as CSV
(columns: kiosk.usage.export). Exit 0 done, 1 no counts or a file problem, 2 usage."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"kiosk stats: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kiosk stats", description="The kiosk's anonymous usage counts.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    export = commands.add_parser(
        "export", help="write every count as CSV: day,hour,kind,value,count",
        description="Write the usage counts as CSV, one line per hour, kind and value: "
        "day (YYYY-MM-DD), hour (0-23, local time), kind (session, language, screen, duration, "
        "feature), value, count.")
    export.add_argument("--output", metavar="FILE.csv", type=Path, required=True,
                        help="the CSV file to write (replaced if it exists)")
    export.add_argument("--database", metavar="FILE", type=Path,
                        help="the usage file (default: usage.sqlite3 in the data folder)")
    return parser


def main(args: Sequence[str]) -> int:
    """Run `kiosk stats ARGS`; the exit code."""
    try:
        options = build_parser().parse_args(list(args))
    except SystemExit as exit_:
        return int(exit_.code or 0)
    from kiosk.usage.export import write_csv
    from kiosk.usage.store import UsageFileError, UsageStore

    database: Path | None = options.database
    if database is None:
        from kiosk.commands import name_the_app
        from kiosk.paths import usage_database

        name_the_app()  # the data folder is named after the app
        database = usage_database()
    if not database.is_file():
        print(f"kiosk stats: no usage counts at {database}: the kiosk writes them there after "
              "each visitor session (give another file with --database)", file=sys.stderr)
        return 1
    try:
        store = UsageStore(database)
    except UsageFileError as error:
        print(f"kiosk stats: {error}", file=sys.stderr)
        return 1
    try:
        rows = write_csv(store, options.output)
    except OSError as error:
        print(f"kiosk stats: {options.output} was not written: {error.strerror or error}; "
              "choose a folder that exists and is writable", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"{rows} rows of usage counts written to {options.output}")
    return 0
