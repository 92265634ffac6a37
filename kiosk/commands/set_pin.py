"""`kiosk set-pin [--config FILE]`: store a salted hash of a new operator PIN in the settings."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def main(args: Sequence[str]) -> int:
    """Store a salted hash of a new operator PIN in the settings file; never the PIN itself."""
    import argparse
    import dataclasses
    import getpass

    from kiosk.commands import name_the_app
    from kiosk.pin import check_pin_format, hash_pin
    from kiosk.settings import default_settings_path, load_settings, save_settings

    parser = argparse.ArgumentParser(prog="kiosk set-pin", description="Set the operator PIN. "
                                     "It is read twice from the terminal, or once from stdin.")
    parser.add_argument("--config", metavar="FILE", type=Path, help="settings file")
    options = parser.parse_args(list(args))
    name_the_app()  # before the default settings path, which Qt names after the app
    path = options.config or default_settings_path()
    settings, warnings = load_settings(path)
    if warnings:
        for warning in warnings:
            print(f"kiosk: {warning}", file=sys.stderr)
        print(f"kiosk: fix {path} first; nothing was changed", file=sys.stderr)
        return 1
    if sys.stdin.isatty():
        pin = getpass.getpass("New operator PIN (digits): ")
        if getpass.getpass("The same PIN again: ") != pin:
            print("kiosk: the two PINs differ; nothing was changed", file=sys.stderr)
            return 1
    else:
        pin = sys.stdin.readline().strip()
    problem = check_pin_format(pin)
    if problem:
        print(f"kiosk: {problem}; nothing was changed", file=sys.stderr)
        return 1
    try:
        save_settings(dataclasses.replace(settings, pin_hash=hash_pin(pin)), path)
    except OSError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return 1
    print(f"Operator PIN set (only its salted hash is stored, in {path}).")
    return 0
