"""The office's view of the fleet: every kiosk's status file under a folder, as a table.

The office machine holds each kiosk's outbox as its own receive-only Syncthing folder, all
side by side in one folder (docs/deploy/fleet.md: ~/kiosk-fleet/<kiosk>/status/<id>.json),
so `kiosk fleet status ~/kiosk-fleet` reads DIR/*/status/*.json, and DIR/status/*.json for
one outbox given alone. No Qt: it runs on any machine with Python and PyYAML.

A kiosk's health is "ok", "errors" (errors logged since it started, crash-restarts, or its
last install refused or rolled back), or "unknown" when its newest status is older than
`silent_after` seconds: a kiosk switched off at night is silent, not down, and the office
cannot tell the two apart from here. A file that cannot be read as a status is a line naming
the file and what is wrong, never a traceback.
"""

from __future__ import annotations

import calendar
import json
import time
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.errors import printable
from kiosk.fleet.status import STATUS_DIR, WRITE_INTERVAL_S, Status, StatusError

SILENT_AFTER_S = 3 * WRITE_INTERVAL_S
"""A kiosk is "unknown" after three missed rewrites (15 minutes): one late file (Syncthing
waiting for a link) is not enough to lose sight of it."""
MAX_BYTES = 1 << 20
"""A status file is about 1 KB; anything past 1 MiB is refused unread."""
CONFLICT = ".sync-conflict-"
"""Syncthing's name for a conflicting copy (FILE.sync-conflict-DATE-TIME-DEVICE.json): not a
kiosk's status, left out."""
HEADINGS = ("KIOSK", "LAST REPORT", "APP", "CONTENT", "LANGUAGES", "LAST INSTALL", "HEALTH")


@dataclass(frozen=True)
class Entry:
    """One status file found: its `path`, and either its `status` or its `problem`."""

    path: Path
    status: Status | None = None
    problem: str = ""


def status_files(directory: Path) -> list[Path]:
    """The status files under `directory`: DIR/status/*.json and DIR/*/status/*.json, sorted,
    hidden files (Syncthing's temporaries) and conflict copies left out."""
    directory = Path(directory)
    found = {*directory.glob(f"{STATUS_DIR}/*.json"), *directory.glob(f"*/{STATUS_DIR}/*.json")}
    return sorted(path for path in found
                  if not path.name.startswith(".") and CONFLICT not in path.name)


def read_entry(path: Path) -> Entry:
    """The status in `path`, or what is wrong with it (with the JSON line and column)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Entry(path, problem=f"{size:,} bytes, more than a status file can be "
                         f"({MAX_BYTES:,}); not read")
        text = path.read_bytes().decode("utf-8")
    except OSError as error:
        return Entry(path, problem=f"cannot be read ({error.strerror or error})")
    except UnicodeDecodeError as error:
        return Entry(path, problem=f"not UTF-8 text (byte {error.start})")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return Entry(path, problem=f"line {error.lineno}, column {error.colno}: not JSON "
                     f"({error.msg})")
    try:
        status = Status.from_json(data)
    except StatusError as error:
        return Entry(path, problem=str(error))
    if _seconds(status.written) is None:
        return Entry(path, problem=f"written: expected a UTC time such as "
                     f"2026-12-01T20:15:03Z, found {status.written[:40]!r}")
    if status.kiosk_id != path.stem:
        return Entry(path, problem=f"kiosk_id: {status.kiosk_id[:64]!r} is not the file's "
                     f"name {path.stem!r}; a status file is named after its kiosk")
    return Entry(path, status)


def health(status: Status, age: float, silent_after: float) -> str:
    """"ok", "errors (...)" or "unknown (...)" for a status `age` seconds old."""
    if not status.running:  # its last word: it was switched off from the panel or system
        return f"unknown (stopped cleanly {_duration(age)} ago)"
    if age > silent_after:
        return f"unknown (silent {_duration(age)})"
    faults = []
    if status.errors:
        faults.append(f"{status.errors} error{'s' if status.errors != 1 else ''} logged")
    if status.crash_restarts:
        faults.append(f"{status.crash_restarts} crash-restart"
                      f"{'s' if status.crash_restarts != 1 else ''} in 7 days")
    result = (status.last_install or {}).get("result")
    if result in ("refused", "rolled back"):
        faults.append(f"last install {result}")
    return f"errors ({', '.join(faults)})" if faults else "ok"


def table(directory: Path, now: float | None = None,
          silent_after: float = SILENT_AFTER_S) -> list[str]:
    """The lines `kiosk fleet status DIR` prints: headings and one line per kiosk (by name),
    then one line per file that is not a status; a line saying none was found otherwise.
    `now` is the UNIX time to measure ages from (default: now)."""
    now = time.time() if now is None else now
    entries = [read_entry(path) for path in status_files(directory)]
    good = sorted((entry for entry in entries if entry.status is not None),
                  key=lambda entry: (_name(entry).casefold(), str(entry.path)))
    owners: dict[str, Path] = {}
    rows: list[tuple[str, ...]] = []
    notes: list[str] = []
    for entry in good:
        status = entry.status
        assert status is not None
        if status.kiosk_id in owners:
            notes.append(f"{entry.path}: kiosk_id {status.kiosk_id!r} is also in "
                         f"{owners[status.kiosk_id]}: two kiosks share one id (a copied data "
                         "folder?); set kiosk_id in one kiosk's settings")
        owners.setdefault(status.kiosk_id, entry.path)
        age = now - (_seconds(status.written) or 0.0)
        rows.append(tuple(printable(cell) for cell in (
            _name(entry), _age(age), status.app_version,
            f"{status.content_id} {status.content_version}"
            + (" (bundled)" if status.content_source == "bundled" else ""),
            " ".join(status.languages) or "-", _install(status, now),
            health(status, age, silent_after))))
    lines = []
    if rows:
        widths = [max(len(row[n]) for row in (HEADINGS, *rows)) for n in range(len(HEADINGS))]
        for row in (HEADINGS, *rows):
            lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths,
                                                                           strict=True)).rstrip())
    for entry in entries:
        if entry.status is None:
            lines.append(printable(f"{entry.path}: {entry.problem}; not a kiosk status file: "
                                   "the kiosk rewrites it every few minutes, if it stays "
                                   "wrong, look at that kiosk's outbox"))
    lines.extend(printable(note) for note in notes)
    if not entries:
        lines.append(f"no kiosk status found in {directory} (looked for {STATUS_DIR}/*.json "
                     f"and */{STATUS_DIR}/*.json): are the kiosks' outboxes shared with this "
                     "machine? (docs/deploy/fleet.md)")
    return lines


def _name(entry: Entry) -> str:
    status = entry.status
    assert status is not None
    return f"{status.kiosk_name} ({status.kiosk_id})" if status.kiosk_name != status.kiosk_id \
        else status.kiosk_id


def _install(status: Status, now: float) -> str:
    install = status.last_install
    if install is None:
        return "-"
    when = _seconds(install.get("time") or "")
    ago = f", {_age(now - when)}" if when is not None else ""
    return f"{install.get('result') or '?'} {install.get('version') or '?'}{ago}"


def _seconds(text: str) -> float | None:
    """A UTC time "2026-12-01T20:15:03Z" as UNIX seconds; None when it is not one."""
    try:
        return float(calendar.timegm(time.strptime(text, "%Y-%m-%dT%H:%M:%SZ")))
    except (ValueError, TypeError, OverflowError):
        return None


def _age(seconds: float) -> str:
    if seconds < -300:
        return f"in {_duration(-seconds)} (clock ahead?)"
    if seconds < 60:
        return "just now"
    return f"{_duration(seconds)} ago"


def _duration(seconds: float) -> str:
    seconds = max(0.0, seconds)
    if seconds < 3600:
        return f"{max(1, int(seconds // 60))} min"
    if seconds < 2 * 86400:
        return f"{int(seconds // 3600)} h"
    return f"{int(seconds // 86400)} days"
