"""The usage counts as CSV, and where the operator panel can put the file (removable media, the
outbox).

The CSV has a header and one line per stored row, oldest first (`COLUMNS`):

    day,hour,kind,value,count
    2026-12-01,14,session,,3
    2026-12-01,14,language,ar,2
    2026-12-01,14,screen,country/KG,1
    2026-12-01,14,duration,30s-2min,2
    2026-12-01,14,feature,text_size,1

`day` is the local date (ISO 8601), `hour` 0-23 local time (the hour the sessions began),
`kind` and `value` as in kiosk.usage.store (session: value empty; language: a language code;
screen: a screen id; duration: 0-30s, 30s-2min, 2-5min or 5min+; feature: text_size,
contrast, read_aloud or search), `count` the number of sessions (screens: of openings).
The file is written beside its final name and renamed, so a reader never sees half of it.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from kiosk.usage.store import UsageStore

COLUMNS = ("day", "hour", "kind", "value", "count")


def write_csv(store: UsageStore, path: Path) -> int:
    """Write every row of `store` to `path` as CSV (UTF-8, `COLUMNS`); the number of rows.
    `OSError` when the folder cannot be written; the file is then left as it was."""
    rows = store.counts()
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            writer = csv.writer(file)
            writer.writerow(COLUMNS)
            writer.writerows((row.day.isoformat(), row.hour, row.kind, row.value, row.n)
                             for row in rows)
            file.flush()
            os.fsync(file.fileno())  # on a USB stick pulled out right after
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(rows)


def file_name(day: dt.date, kiosk_id: str = "") -> str:
    """The export's name: usage-<kiosk id>-<day>.csv (usage-<day>.csv without an id)."""
    return f"usage-{kiosk_id}-{day.isoformat()}.csv" if kiosk_id else \
        f"usage-{day.isoformat()}.csv"


def removable_folders() -> list[Path]:
    """The root of each mounted, ready, writable volume that is removable media: not the
    system's root or the volume of the home folder, and (on Linux) mounted under /media,
    /run/media or /mnt, where desktops and udisks put USB sticks (QStorageInfo)."""
    from PySide6.QtCore import QStorageInfo

    system = {QStorageInfo.root().rootPath(), QStorageInfo(str(Path.home())).rootPath()}
    found = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly() or \
                root in system:
            continue
        if os.name == "posix" and not root.startswith(("/media/", "/run/media/", "/mnt/")):
            continue
        found.append(Path(root))
    return found


def destinations(outbox: str, removable: Callable[[], Sequence[Path]] = removable_folders
                 ) -> list[Path]:
    """Where an export from the panel can go, best first: each removable volume's root, then
    `usage/` in the outbox (the fleet's folder synced back to the office) when one is set."""
    found = list(removable())
    if outbox:
        found.append(Path(outbox) / "usage")
    return found
