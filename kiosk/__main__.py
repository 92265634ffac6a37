"""The command line: `kiosk [options]` runs the kiosk; `kiosk COMMAND ...` runs one of the
subcommands of kiosk/commands/ (validate, set-pin, ...).

Exit codes: 0 done, 1 content or file problem, 2 usage, 3 another kiosk is already running.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import APP_NAME
from kiosk.commands import COMMANDS, run_command
from kiosk.content import ContentError, default_content_dir

if TYPE_CHECKING:
    import argparse

    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QApplication

log = logging.getLogger("kiosk")


ALREADY_RUNNING = 3


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="kiosk: %(levelname)s: %(message)s")
    if args and args[0] in COMMANDS:
        return run_command(args[0], args[1:])
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setApplicationName(APP_NAME)  # names the config and data folders
    return run(args)


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
    elif sys.platform.startswith("linux") and not any(
            os.environ.get(name) for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")):
        # Qt would abort with a page about platform plugins: say what is wrong instead.
        print("kiosk: no display to show the kiosk on (neither DISPLAY nor WAYLAND_DISPLAY is "
              "set); start it in a desktop session or under cage (docs/deploy/README.md), or "
              "render a picture with --screenshot FILE.png", file=sys.stderr)
        return 1
    elif _uses_xcb():
        from kiosk.display import unreachable_display

        display = os.environ["DISPLAY"]
        reason = unreachable_display(display)
        if reason is not None:  # Qt would abort with a page blaming libxcb-cursor0
            print(f"kiosk: cannot open the display {display} ({reason}); start the X server "
                  "first, or set DISPLAY to one that runs", file=sys.stderr)
            return 1

    from PySide6.QtWidgets import QApplication

    from kiosk.logs import setup_logging

    app = QApplication([sys.argv[0]])
    log_file = setup_logging()
    try:
        return _run_window(app, args, options, log_file)
    except Exception as error:  # a fatal start-up problem: one clear line, details in the log
        log.exception("the kiosk could not start")
        where = f"; details in {log_file}" if log_file else ""
        print(f"kiosk: cannot start: {error}{where}", file=sys.stderr)
        return 1


def _run_window(app: QApplication, args: Sequence[str], options: argparse.Namespace,
                log_file: Path | None) -> int:
    from kiosk.app import UsageError, create_window, kiosk_of
    from kiosk.ui.recovery import Recovery

    try:
        window = create_window(args, options)  # parsed once, in run()
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
        from kiosk.ui.settle import settle

        settle(app)
        if not window.grab().save(str(options.screenshot), "PNG"):
            print(f"kiosk: cannot write the screenshot {options.screenshot}", file=sys.stderr)
            return 1
        return 0
    kiosk = kiosk_of(window)
    locked_down = kiosk.lockdown is not None  # kiosk mode, from the command line or the file
    lock = None
    if locked_down:
        lock = _single_instance()
        if lock is None:
            return ALREADY_RUNNING
    log.info("kiosk started%s; log file %s", " in kiosk mode" if locked_down else "",
             log_file)
    Recovery(kiosk.recover).install()  # in kiosk mode the lock-down covers the screen when shown
    window.show()
    code = app.exec()
    if lock is not None:
        lock.unlock()
    return code


def _uses_xcb() -> bool:
    """Whether Qt will show the kiosk on the X display named by DISPLAY (Linux only)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    return sys.platform.startswith("linux") and bool(os.environ.get("DISPLAY")) and (
        platform.startswith("xcb") or (not platform and not os.environ.get("WAYLAND_DISPLAY")))


def _single_instance() -> QLockFile | None:
    """Hold the kiosk's lock file, or say who holds it and return None."""
    from PySide6.QtCore import QLockFile

    from kiosk.paths import data_dir

    folder = data_dir()  # portable or per-user
    folder.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(folder / "kiosk.lock"))
    lock.setStaleLockTime(0)  # a lock left by a crash is stale once its process is gone
    if lock.tryLock(100):
        return lock
    pid, host, application = lock.getLockInfo()  # PySide: (pid, hostname, appname)
    holder = f"process {pid} ({application}) on {host}" if pid else \
        f"its lock file {lock.fileName()} cannot be read"
    print(f"kiosk: another kiosk is already running ({holder}); only one may run at a time",
          file=sys.stderr)
    return None


if __name__ == "__main__":
    sys.exit(main())
