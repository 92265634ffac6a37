"""The screen-reader check: the kiosk under Xvfb on a private D-Bus session, its accessibility
tree read through AT-SPI (pyatspi, what Orca reads) on every screen in every language.

    python3 tools/atspi_check.py [--kiosk-python PYTHON] [--repo DIR] [--verbose]

Run it with a python that has Debian's python3-pyatspi (/usr/bin/python3); the kiosk itself
runs under `--kiosk-python` (default: the `python` on PATH, e.g. an activated virtualenv),
importing the kiosk from `--repo` (default: this checkout). Needs Xvfb, dbus-run-session and
at-spi2-core (`apt-get install xvfb dbus at-spi2-core python3-pyatspi`). Exit code 0 when
every check holds, 1 with one line per fault, 2 when the environment is missing.

It walks, for each language of the bundle switched live, each screen of the bundle (taken
from the kiosk, never a fixed list) and fails on: an unnamed focus stop; a name in another
language (a name without a letter of the language's script, unless the object's own locale
says it is in another of the bundle's languages: a language's own name); an object whose
locale is not the interface language (ditto); a screen change that leaves the focus on an
unnamed object; a screen without a level-1 heading, or with two (the last page still
showing); the idle warning not being a named modal dialog holding the focus; Tab or
Shift+Tab leaving it; the focus landing on an unnamed object after it closes; an object
that, after going to a section and back home, a client that had read it while it was
hidden holds as showing but not visible (Orca's flat review skips it: `--watch`).

The kiosk side is a small driver (`--drive`, run by this script) that reads one command a
line on stdin (`go ID`, `back`, `lang CODE`, `warn`, `tab`, `backtab`, `enter`,
`continue`, `quit`),
does it through the kiosk's own API or Qt key events, lets the events settle and answers one
JSON line. Qt's AT-SPI bridge logs warnings the test suite would count as failures, so this
runs as its own CI step (.ci/run).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SETTLE_S = 0.35
"""Seconds the walker waits for the bus after a step has settled inside the kiosk (events
are asynchronous D-Bus signals; the tree itself is read synchronously, so this is a margin
for the bridge's deferred updates, not a synchronisation the result depends on)."""


# --- the kiosk side --------------------------------------------------------------------------

def drive(repo: str) -> int:
    """Run the kiosk and obey commands on stdin; one JSON answer per command on stdout."""
    sys.path.insert(0, repo)
    from PySide6.QtCore import QSocketNotifier, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kiosk.app import create_window
    from kiosk.ui.idle import IdleWarning
    from kiosk.ui.settle import settle

    app = QApplication([sys.argv[0]])
    window = create_window(["--size", "1280x800", "--no-animations"])
    window.show()
    window.activateWindow()
    settle(app)
    bundle = window.bundle
    out = sys.stdout

    def answer(**info: Any) -> None:
        settle(app)
        out.write(json.dumps(info, ensure_ascii=False) + "\n")
        out.flush()

    answer(pid=os.getpid(), languages={c: bundle.texts[c].language.name
                                       for c in bundle.languages},
           screens=window.screen_ids(), language=window.language())
    warning = window.findChild(IdleWarning)  # however the window's session holds it

    def obey() -> None:
        line = sys.stdin.readline()
        command, _, argument = line.strip().partition(" ")
        if command == "go":
            window.navigate(argument)
        elif command == "back":
            window.back()
        elif command == "lang":
            window.set_language(argument)
        elif command == "warn" and warning is not None:
            warning.begin(15)
        elif command == "continue" and warning is not None:
            warning.continue_button.click()
        elif command == "enter":
            QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Return)
        elif command in ("tab", "backtab"):
            target = QApplication.focusWidget() or window
            QTest.keyClick(target, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier
                           if command == "backtab" else Qt.KeyboardModifier.NoModifier)
        elif command == "quit" or not line:
            app.quit()
            return
        answer(screen=window.current_screen(), language=window.language(),
               warning=warning.title.text() if warning is not None and warning.isVisible()
               else "")

    # The event loop keeps running between commands: the AT-SPI bridge answers through it.
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(obey)
    app.exec()
    window.close()
    return 0


# --- the screen reader's side ----------------------------------------------------------------

def script(text: str) -> set[str]:
    """The scripts (Unicode name's first word: ARABIC, LATIN, CYRILLIC) of `text`'s letters."""
    return {unicodedata.name(c, "?").split()[0] for c in text if c.isalpha()}


class Kiosk:
    """The driven kiosk process."""

    def __init__(self, python: str, repo: str) -> None:
        home = tempfile.mkdtemp(prefix="atspi-check-")  # no visitor's or operator's settings
        env = {**os.environ, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb",
               "QT_ACCESSIBILITY": "1", "XDG_CONFIG_HOME": f"{home}/config",
               "XDG_DATA_HOME": f"{home}/data"}
        self.process = subprocess.Popen(
            [python, "-X", "faulthandler", str(Path(__file__).resolve()), "--drive", "--repo",
             repo],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=repo)
        self.info = self._read()

    def _read(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the kiosk exited ({self.process.wait()})")
        time.sleep(SETTLE_S)
        return dict(json.loads(line))

    def do(self, command: str) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self._read()

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, BrokenPipeError):
            self.do("quit")
        self.process.wait(10)


class Walker:
    """Reads the kiosk's tree as a screen reader does and records every fault."""

    def __init__(self, pid: int, languages: dict[str, str]) -> None:
        import gi
        gi.require_version("Atspi", "2.0")
        import pyatspi
        self.at = pyatspi
        self.languages = languages
        self.faults: list[str] = []
        self.bus: Any = None
        self.app = None
        for _ in range(100):
            desktop = pyatspi.Registry.getDesktop(0)
            for index in range(desktop.childCount):
                candidate = desktop.getChildAtIndex(index)
                if candidate is not None and candidate.get_process_id() == pid:
                    self.app = candidate
            if self.app is not None:
                break
            time.sleep(0.1)
        if self.app is None:
            raise RuntimeError("the kiosk never appeared on the AT-SPI bus")

    def showing(self) -> list[Any]:
        """Every object that is showing, in tree order."""
        found: list[Any] = []

        def walk(node: Any, depth: int) -> None:
            for index in range(node.childCount):
                child = node.getChildAtIndex(index)
                if child is None:
                    continue
                states = child.getState()
                if not states.contains(self.at.STATE_SHOWING):
                    continue
                found.append(child)
                if depth < 60:
                    walk(child, depth + 1)
        walk(self.app, 0)
        return found

    def fault(self, where: str, what: str) -> None:
        self.faults.append(f"{where}: {what}")

    def describe(self, obj: Any) -> str:
        return f"{obj.getRoleName()} {obj.name!r}"

    def locale(self, obj: Any) -> str:
        """The object's language code (its AT-SPI "Locale" property, "ru_RU" -> "ru"), asked
        on the bus each time: libatspi keeps an object's first answer for good (no AT-SPI
        event says that a locale changed), so after a live switch it would say the first."""
        from gi.repository import Gio, GLib
        if self.bus is None:
            session = Gio.bus_get_sync(Gio.BusType.SESSION)
            address = session.call_sync(
                "org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
                GLib.VariantType("(s)"), Gio.DBusCallFlags.NONE, 5000).unpack()[0]
            self.bus = Gio.DBusConnection.new_for_address_sync(
                address, Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
                | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION)
        value = self.bus.call_sync(
            obj.app.bus_name, obj.path, "org.freedesktop.DBus.Properties", "Get",
            GLib.Variant("(ss)", ("org.a11y.atspi.Accessible", "Locale")),
            GLib.VariantType("(v)"), Gio.DBusCallFlags.NONE, 5000).unpack()[0]
        return str(value or "").split("_")[0].split("-")[0]

    def focused(self, objects: list[Any]) -> Any:
        """The focused object: the deepest one that says so (Qt says "focused" also of each
        widget whose focus proxy leads to it, the window first)."""
        focused = [o for o in objects if o.getState().contains(self.at.STATE_FOCUSED)]
        return focused[-1] if focused else None

    def check_screen(self, where: str, code: str, after_change: bool) -> None:
        objects = self.showing()
        own = script(self.languages[code])
        headings = []
        for obj in objects:
            states, name = obj.getState(), obj.name or ""
            if states.contains(self.at.STATE_FOCUSABLE) and not name.strip():
                self.fault(where, f"unnamed focus stop: {self.describe(obj)}")
            locale = self.locale(obj)
            foreign = locale in self.languages and locale != code
            if foreign and name and script(name) & script(self.languages[locale]):
                continue  # a language's own name, in its own language
            if name and script(name) and not script(name) & own:
                self.fault(where, f"name in another language: {self.describe(obj)}")
            if locale != code and name:
                self.fault(where, f"locale {locale or 'none'} instead of {code}: "
                           f"{self.describe(obj)}")
            if obj.getRole() == self.at.ROLE_HEADING and \
                    obj.get_attributes().get("level", "1") == "1":
                headings.append(obj)
        if not headings:
            self.fault(where, "no heading")
        elif len(headings) > 1:
            self.fault(where, "more than one title showing: "
                       + ", ".join(self.describe(h) for h in headings))
        focus = self.focused(objects)
        if after_change and (focus is None or not (focus.name or "").strip()):
            self.fault(where, "focus after the screen change on "
                       + (self.describe(focus) if focus is not None else "nothing showing"))

    def dialog_of(self, obj: Any) -> Any:
        while obj is not None and obj.getRole() != self.at.ROLE_DIALOG:
            obj = obj.parent
        return obj

    def check_warning(self, where: str, title: str, kiosk: Kiosk) -> None:
        objects = self.showing()
        dialogs = [o for o in objects if o.getRole() == self.at.ROLE_DIALOG]
        dialog = next((d for d in dialogs if (d.name or "") == title), None)
        if dialog is None:
            self.fault(where, f"the idle warning is not a dialog named {title!r} (dialogs: "
                       f"{[d.name for d in dialogs]})")
        elif not dialog.getState().contains(self.at.STATE_MODAL):
            self.fault(where, "the idle warning is not modal")
        for step in ["", "tab", "tab", "tab", "backtab", "backtab", "backtab", "backtab"]:
            if step:
                kiosk.do(step)
            focus = self.focused(self.showing())
            inside = focus is not None and self.dialog_of(focus) is not None and \
                (self.dialog_of(focus).name or "") == title
            if not inside:
                self.fault(where, f"focus outside the warning after {step or 'opening'}: "
                           + (self.describe(focus) if focus is not None else "nothing"))
                break


# --- a client that keeps what it read: the reader's cache --------------------------------------

def watch(pid: int) -> int:
    """A screen reader's view of the kiosk `pid` over time (what Orca sees): a pyatspi client
    whose event loop runs (libatspi then keeps each object's state set from its first read
    and updates it only from state-changed events). On each line `read` of stdin it walks
    the whole tree, hidden pages too, and answers one JSON line: [role, name] of every
    object its cached states call showing but not visible."""
    import threading

    import gi
    gi.require_version("Atspi", "2.0")
    import pyatspi
    app = None
    for _ in range(100):
        desktop = pyatspi.Registry.getDesktop(0)
        app = next((a for a in desktop if a is not None and a.get_process_id() == pid), None)
        if app is not None:
            break
        time.sleep(0.1)
    if app is None:
        raise RuntimeError("the kiosk never appeared on the AT-SPI bus")

    def walk(node: Any, depth: int, found: list[list[str]]) -> list[list[str]]:
        for child in node:
            if child is None:
                continue
            states = child.getState()
            if states.contains(pyatspi.STATE_SHOWING) and \
                    not states.contains(pyatspi.STATE_VISIBLE):
                found.append([child.getRoleName(), child.name or ""])
            if depth < 60:
                walk(child, depth + 1, found)
        return found

    def obey() -> None:
        for _ in sys.stdin:
            time.sleep(SETTLE_S)  # margin for the bus's signals to reach this loop
            print(json.dumps(walk(app, 0, []), ensure_ascii=False), flush=True)
        pyatspi.Registry.stop()

    # Listening is what makes libatspi cache (as in Orca); the events update that cache.
    pyatspi.Registry.registerEventListener(lambda event: None, "object:state-changed")
    threading.Thread(target=obey, daemon=True).start()
    pyatspi.Registry.start()
    return 0


def check_return(kiosk: Kiosk, code: str, section: str) -> list[str]:
    """Go to `section`, let a reader read everything (home hidden), go back home: every
    object the reader now holds as showing must be visible too."""
    kiosk.do(f"lang {code}")
    kiosk.do(f"go {section}")
    watcher = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--watch",
                                str(kiosk.info["pid"])], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    assert watcher.stdin is not None and watcher.stdout is not None
    try:
        watcher.stdin.write("read\n")
        watcher.stdin.flush()
        watcher.stdout.readline()  # home's objects are now in its cache, read while hidden
        kiosk.do("back")
        watcher.stdin.write("read\n")
        watcher.stdin.flush()
        stale = json.loads(watcher.stdout.readline() or "[]")
    finally:
        watcher.stdin.close()
        watcher.wait(10)
    return [f"{code} {section} -> back: showing but not visible to a reader that read it "
            f"hidden (flat review skips it): {role} {name!r}" for role, name in stale]


def check(python: str, repo: str, verbose: bool) -> list[str]:
    """Walk every screen in every language; return the faults."""
    kiosk = Kiosk(python, repo)
    try:
        info = kiosk.info
        languages: dict[str, str] = info["languages"]
        walker = Walker(info["pid"], languages)
        for code in languages:
            state = kiosk.do(f"lang {code}")  # a live switch: stale names show up here
            walker.check_screen(f"{code} {state['screen']} (switched live)", code, False)
            for screen in info["screens"]:
                state = kiosk.do(f"go {screen}")
                walker.check_screen(f"{code} {screen}", code, after_change=True)
                if screen != "home":
                    state = kiosk.do("back")
                    walker.check_screen(f"{code} {state['screen']} (back)", code, True)
            state = kiosk.do("go home")
            state = kiosk.do("warn")
            walker.check_warning(f"{code} idle warning", state["warning"], kiosk)
            kiosk.do("continue")
            focus = walker.focused(walker.showing())
            if focus is None or not (focus.name or "").strip():
                walker.fault(f"{code} idle warning", "focus after Continue on "
                             + (walker.describe(focus) if focus is not None else "nothing"))
            section = next(s for s in info["screens"] if s != "home")
            walker.faults += check_return(kiosk, code, section)
            if verbose:
                print(f"{code}: walked {len(info['screens'])} screens", file=sys.stderr)
        return walker.faults
    finally:
        kiosk.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kiosk-python", default=shutil.which("python") or sys.executable)
    parser.add_argument("--repo", default=str(REPO))
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--drive", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--watch", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.drive:
        return drive(args.repo)
    if args.watch:
        return watch(args.watch)
    if not args.inside:
        missing = [t for t in ("Xvfb", "dbus-run-session") if shutil.which(t) is None]
        if missing:
            print(f"atspi_check: {', '.join(missing)} not found (apt-get install xvfb dbus "
                  "at-spi2-core python3-pyatspi)", file=sys.stderr)
            return 2
        display = next(n for n in range(90, 200) if not Path(f"/tmp/.X{n}-lock").exists()
                       and not Path(f"/tmp/.X11-unix/X{n}").exists())
        xvfb = subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", "1280x800x24",
                                 "-nolisten", "tcp"], stderr=subprocess.DEVNULL)
        socket = Path(f"/tmp/.X11-unix/X{display}")
        deadline = time.monotonic() + 20
        while not socket.exists() and xvfb.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)  # Xvfb is ready when its socket is there
        if not socket.exists():
            print(f"atspi_check: Xvfb :{display} did not start", file=sys.stderr)
            xvfb.kill()
            return 2
        try:
            env = {**os.environ, "DISPLAY": f":{display}", "NO_AT_BRIDGE": "0"}
            return subprocess.call(["dbus-run-session", "--", sys.executable, __file__,
                                    "--inside", "--kiosk-python", args.kiosk_python,
                                    "--repo", args.repo, *(["--verbose"] if args.verbose
                                                           else [])], env=env)
        finally:
            xvfb.terminate()
            xvfb.wait(10)
    try:
        import pyatspi  # noqa: F401 - only to say clearly when it is missing
    except ImportError:
        print("atspi_check: pyatspi not found: run it with Debian's python3 "
              "(apt-get install python3-pyatspi)", file=sys.stderr)
        return 2
    faults = check(args.kiosk_python, args.repo, args.verbose)
    for fault in faults:
        print(fault)
    print(f"atspi_check: {len(faults)} fault(s)", file=sys.stderr)
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
