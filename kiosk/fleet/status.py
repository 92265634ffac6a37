"""A kiosk's status file, status/<kiosk-id>.json in its outbox: the format and its rewrite.

One JSON object (UTF-8), schema version `SCHEMA`; every field is one of `Status`'s, all
always present (null where said). It is rewritten whole, atomically (QSaveFile: a temporary
file renamed over the old one), so Syncthing and the office never read half a file.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

SCHEMA = 1
"""The format's version; a reader refuses a file of another version by name."""
STATUS_DIR = "status"
"""The folder of status files inside an outbox."""
WRITE_INTERVAL_S = 300
"""A status is rewritten at least every 5 minutes: often enough that the office sees a kiosk
is on within minutes, rarely enough that Syncthing carries about 300 small files a day."""
INSTALL_KEYS = ("result", "version", "time", "reason")
"""The keys of `Status.last_install` (a pack receipt's, kiosk.packs.receipt.Receipt)."""


def utc_now() -> str:
    """The time now in UTC, ISO 8601 to the second ("2026-12-01T20:15:03Z")."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


@dataclass(frozen=True)
class Status:
    """What a kiosk tells the office about itself.

    `kiosk_id` names the file; `kiosk_name` is for people (the host name by default).
    `content_source` is "pack" (an installed pack), "bundled" (the content shipped with the
    app) or "folder" (--content). `languages`: the offered ones, in order. `last_install`:
    the store's newest receipt as {result: installed|refused|rolled back, version, time,
    reason}, None when there is none. `errors`: log records at ERROR since the kiosk started.
    `crash_restarts`: starts after a run that did not end cleanly, in the last
    `kiosk.fleet.restarts.WINDOW_DAYS` days, the newest at `last_crash_restart`. `uptime_s`:
    seconds since the process started (monotonic clock). `running`: false in the last file
    of a run that ended cleanly (switched off from the panel or the system). `day_counts`:
    today's usage counts (kiosk.usage), None when not counted. `written`: UTC, ISO 8601.
    """

    kiosk_id: str
    kiosk_name: str
    app_version: str
    content_id: str
    content_version: str
    content_source: str
    languages: tuple[str, ...]
    last_install: dict[str, str | None] | None
    errors: int
    crash_restarts: int
    last_crash_restart: str | None
    uptime_s: int
    running: bool
    day_counts: dict[str, Any] | None
    written: str
    schema: int = SCHEMA

    def to_json(self) -> bytes:
        """The file's bytes: indented JSON, keys in this order, UTF-8, a final newline."""
        data = asdict(self)
        data = {"schema": data.pop("schema"), **data, "languages": list(self.languages)}
        return (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8")

    @classmethod
    def from_json(cls, data: Any) -> Status:
        """The status in a parsed file; `StatusError(key, what)` for the first thing wrong
        (not an object, another schema, a key missing or of the wrong type)."""
        if not isinstance(data, dict):
            raise StatusError("", f"expected a JSON object, found {_kind(data)}")
        schema = data.get("schema")
        if schema != SCHEMA:
            raise StatusError("schema", f"expected schema {SCHEMA}, found {schema!r}; "
                              "a kiosk and this office machine run different versions")
        values: dict[str, Any] = {}
        for item in fields(cls):
            if item.name not in data:
                raise StatusError(item.name, "missing")
            value = data[item.name]
            problem = _CHECKS[item.name](value)
            if problem:
                raise StatusError(item.name, f"{problem}, found {_kind(value)}")
            values[item.name] = tuple(value) if item.name == "languages" else value
        return cls(**values)


class StatusError(ValueError):
    """A status file's content that is not a `Status`: the `key` (empty: the whole file)
    and what was expected (`what`)."""

    def __init__(self, key: str, what: str) -> None:
        super().__init__(f"{key}: {what}" if key else what)
        self.key = key
        self.what = what


def status_path(outbox: Path, kiosk_id: str) -> Path:
    """Where kiosk `kiosk_id` writes its status in `outbox`: status/<kiosk_id>.json."""
    return Path(outbox) / STATUS_DIR / f"{kiosk_id}.json"


def write_status(status: Status, outbox: Path) -> Path:
    """Rewrite `status`'s file in `outbox` atomically (QSaveFile: the old file or the new
    one, never half) and return its path; `status/` is made when missing, the outbox is not
    (a missing outbox is a synced folder not set up: see docs/deploy/fleet.md).

    Raises OSError saying which file and why; the previous file stays.
    """
    from PySide6.QtCore import QSaveFile

    outbox = Path(outbox)
    path = status_path(outbox, status.kiosk_id)
    if not outbox.is_dir():
        raise OSError(f"cannot write {path}: the outbox {outbox} does not exist; create it "
                      "or set up its synced folder (docs/deploy/fleet.md)")
    try:
        path.parent.mkdir(exist_ok=True)
    except OSError as error:
        raise OSError(f"cannot write {path}: cannot create {path.parent} "
                      f"({error.strerror or error})") from error
    file = QSaveFile(str(path))
    if not file.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise OSError(f"cannot write {path}: {file.errorString()}")
    data = status.to_json()
    if file.write(data) != len(data) or not file.commit():
        reason = file.errorString()
        file.cancelWriting()
        raise OSError(f"cannot write {path}: {reason}; the previous status stays")
    return path


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    kinds = {dict: "an object", list: "a list", str: "a string", int: "a number",
             float: "a number"}
    text = kinds.get(type(value), type(value).__name__)
    return f"{text} {value!r}"[:60] if isinstance(value, int | float | str) else text


def _text(value: Any) -> str | None:
    return None if isinstance(value, str) else "expected a string"


def _count(value: Any) -> str | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
    return None if ok else "expected a whole number from 0"


def _optional_text(value: Any) -> str | None:
    return None if value is None or isinstance(value, str) else "expected a string or null"


def _languages(value: Any) -> str | None:
    ok = isinstance(value, list) and all(isinstance(item, str) for item in value)
    return None if ok else "expected a list of language codes"


def _install(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict) and set(value) == set(INSTALL_KEYS) and all(
            item is None or isinstance(item, str) for item in value.values()):
        return None
    return f"expected null or an object of {', '.join(INSTALL_KEYS)}"


def _counts(value: Any) -> str | None:
    return None if value is None or isinstance(value, dict) else "expected an object or null"


def _bool(value: Any) -> str | None:
    return None if isinstance(value, bool) else "expected true or false"


def _schema(value: Any) -> str | None:
    return None if value == SCHEMA else f"expected {SCHEMA}"


_CHECKS = {
    "kiosk_id": _text, "kiosk_name": _text, "app_version": _text, "content_id": _text,
    "content_version": _text, "content_source": _text, "languages": _languages,
    "last_install": _install, "errors": _count, "crash_restarts": _count,
    "last_crash_restart": _optional_text, "uptime_s": _count, "running": _bool,
    "day_counts": _counts, "written": _text, "schema": _schema,
}
