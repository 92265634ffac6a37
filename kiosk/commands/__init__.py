"""The kiosk's subcommands (`kiosk validate`, `kiosk set-pin`, ...): one module each.

COMMANDS maps a subcommand's name to its module; the module's `main(args) -> int` takes the
arguments after the name and returns the exit code (0 done, 1 content or file problem, 2 usage).
A module is imported only when its command runs, so `kiosk validate` imports no Qt and the kiosk
itself imports none of them. Adding a subcommand is adding its module and one line here.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence

COMMANDS: dict[str, str] = {
    "validate": "kiosk.commands.validate",
    "set-pin": "kiosk.commands.set_pin",
    "translate": "kiosk.commands.translate",
    "pack": "kiosk.commands.pack",
    "stats": "kiosk.commands.stats",
    "fleet": "kiosk.commands.fleet",
    "search": "kiosk.commands.search",
}


def run_command(name: str, args: Sequence[str]) -> int:
    """Run subcommand `name` (a key of COMMANDS) with `args`; return its exit code."""
    module = importlib.import_module(COMMANDS[name])
    try:
        code: int = module.main(list(args))
    except BrokenPipeError:  # `kiosk search ... | head`: the reader has gone, nothing is wrong
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return code


def name_the_app() -> None:
    """Name the application for Qt, which names the settings and data folders after it."""
    from PySide6.QtCore import QCoreApplication

    from kiosk import APP_NAME

    QCoreApplication.setApplicationName(APP_NAME)
