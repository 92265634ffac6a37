"""Crash-restarts: a start after a run that did not end cleanly, told by a marker file.

A running kiosk keeps fleet/running.json in its data folder (its process id and the
machine's boot id, QSysInfo.bootUniqueId) and removes it when it ends cleanly (the operator's
Exit, the window closed, the application quitting). A start that finds the marker of a
process that is gone, from the same boot, is a crash-restart: the kiosk died (an exception
Qt could not survive, a kill, systemd restarting it) while the machine stayed up. A marker
from another boot is not one: the machine was switched off or lost power with the kiosk
running, which is how kiosks end their day. Where the boot id is unknown (not Linux, macOS
or Windows), every marker counts.

The restarts of the last `WINDOW_DAYS` days are kept in fleet/crash-restarts.json (UTC times).
"""

from __future__ import annotations

import calendar
import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MARKER = "running.json"
HISTORY = "crash-restarts.json"
WINDOW_DAYS = 7
"""A crash-restart counts in the status for a week: long enough for the office to see it on
Monday, short enough that an old one does not mark a kiosk unhealthy for good."""


@dataclass(frozen=True)
class Restarts:
    """The crash-restarts of the last WINDOW_DAYS days: how many, and the newest (UTC)."""

    count: int = 0
    last: str | None = None


class RunMarker:
    """The marker of this run in `folder` (the data folder's fleet/)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.marker = self.folder / MARKER
        self.history = self.folder / HISTORY

    def start(self, now: float | None = None) -> Restarts:
        """Look at the marker a previous run left, count a crash-restart if it is one, and
        leave this run's marker; the restarts of the last WINDOW_DAYS days. Never raises: a
        folder that cannot be written is logged as a warning (no restarts are told then)."""
        now = time.time() if now is None else now
        times = self._times(now)
        try:
            previous = json.loads(self.marker.read_text(encoding="utf-8"))
        except FileNotFoundError:
            previous = None
        except (OSError, ValueError) as error:
            log.warning("%s cannot be read (%s); taken as a run that did not end cleanly",
                        self.marker, error)
            previous = {}
        if previous is not None and _crashed(previous):
            times.append(time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now)))
            log.warning("the previous run of the kiosk did not end cleanly (process %s); "
                        "counted as a crash-restart: see the log before this start",
                        previous.get("pid") if isinstance(previous, dict) else "?")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _write(self.history, json.dumps(times) + "\n")
            _write(self.marker, json.dumps({"pid": os.getpid(), "boot": _boot_id(),
                                            "started": int(now)}) + "\n")
        except OSError as error:
            log.warning("cannot keep the run marker in %s (%s); crash-restarts are not "
                        "counted", self.folder, error.strerror or error)
        return Restarts(len(times), times[-1] if times else None)

    def end(self) -> None:
        """This run ends cleanly: its marker goes (when it is this process's)."""
        try:
            data = json.loads(self.marker.read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("pid") == os.getpid():
                self.marker.unlink()
        except (OSError, ValueError):
            pass

    def _times(self, now: float) -> list[str]:
        """The kept restart times not older than WINDOW_DAYS (unreadable: none)."""
        try:
            data: Any = json.loads(self.history.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        if not isinstance(data, list):
            return []
        since = now - WINDOW_DAYS * 86400
        return [item for item in data if isinstance(item, str) and _seconds(item) >= since]


def _crashed(previous: Any) -> bool:
    """Whether a marker left behind tells of a crash: same boot (or boot unknown) and its
    process gone. A marker that cannot be read counts."""
    if not isinstance(previous, dict):
        return True
    pid, boot = previous.get("pid"), previous.get("boot")
    if pid == os.getpid():
        return False  # this process's own marker (a second reporter in one process)
    current = _boot_id()
    if current and boot and boot != current:
        return False  # switched off or power lost: not the kiosk's failure
    return not (isinstance(pid, int) and _alive(pid))


def _alive(pid: int) -> bool:
    """Whether process `pid` runs (POSIX; elsewhere unknown: taken as gone)."""
    if os.name != "posix":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _boot_id() -> str:
    from PySide6.QtCore import QSysInfo

    return bytes(QSysInfo.bootUniqueId().data()).decode("ascii", "replace")


def _seconds(text: str) -> float:
    try:
        return calendar.timegm(time.strptime(text, "%Y-%m-%dT%H:%M:%SZ"))
    except ValueError:
        return 0.0


def _write(path: Path, text: str) -> None:
    """`text` into `path` atomically (QSaveFile); OSError with the reason."""
    from PySide6.QtCore import QSaveFile

    file = QSaveFile(str(path))
    data = text.encode("utf-8")
    if not file.open(QSaveFile.OpenModeFlag.WriteOnly) or file.write(data) != len(data) \
            or not file.commit():
        reason = file.errorString()
        file.cancelWriting()
        raise OSError(f"{path}: {reason}")
