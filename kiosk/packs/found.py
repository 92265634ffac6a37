"""Where packs are found: the inbox folder and removable media, each pack a FILE.tar (its
FILE.tar.minisig beside it), and a fingerprint of its files that says whether they still move.

Where a pack may be (docs/packs.md, "From where operators are"):

- the inbox (`inbox` in the settings): FILE.tar directly in that folder;
- a removable volume (a USB stick, an SD card): FILE.tar at the volume's root or in its
  `kiosk-packs/` folder (MEDIA_FOLDER), so a stick that also carries other files can keep
  packs apart. A removable volume is one QStorageInfo says is valid and ready and that is
  mounted where removable media are mounted (MEDIA_MOUNTS: udisks' /media/USER/NAME and
  /run/media/USER/NAME, /mnt/NAME, macOS's /Volumes/NAME), or a Windows drive other than the
  system's. The system's own volumes (/, /boot, /home, /proc ...) are never searched.

Hidden names (".syncthing.FILE.tar.tmp", "~syncthing~FILE.tar.tmp", an editor's ".FILE.tar")
and anything not ending in ".tar" are not packs: a file still being synced under a temporary
name is not seen until its rename. QtCore only (no widgets): runs on any thread.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from kiosk.packs.receipt import receipt_path

MEDIA_FOLDER = "kiosk-packs"
"""A removable volume's folder for packs (beside packs at its root)."""
MEDIA_MOUNTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")
"""Where removable volumes are mounted (udisks2, by hand, macOS)."""
PACK_SUFFIX = ".tar"
SIGNATURE_SUFFIX = ".minisig"

Where = Literal["inbox", "removable"]
Fingerprint = tuple[int, int, int, int, int, int]
"""(size, mtime ns, ctime ns) of the tar, then of its signature (-1s when absent)."""


@dataclass(frozen=True)
class Volume:
    """A removable volume: its mount point (`root`) and the name it shows (`name`: its
    label, or the mount point's last part)."""

    root: Path
    name: str


@dataclass(frozen=True)
class Found:
    """One pack file found: its path, where (`"inbox"` or `"removable"`) and the name of
    that place for the operator (the inbox folder's path, or the volume's name)."""

    pack: Path
    where: Where
    place: str


def signature_path(pack: Path) -> Path:
    """Where a pack's signature is: FILE.tar.minisig beside FILE.tar."""
    return pack.with_name(pack.name + SIGNATURE_SUFFIX)


def packs_in(folder: Path) -> list[Path]:
    """The packs directly in `folder`, by name: regular files named FILE.tar, not hidden.
    [] when the folder is missing or cannot be read."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    packs = []
    for entry in entries:
        name = entry.name
        if not name.endswith(PACK_SUFFIX) or name.startswith((".", "~")):
            continue
        try:
            if entry.is_file(follow_symlinks=False):
                packs.append(Path(entry.path))
        except OSError:
            continue
    return sorted(packs)


def fingerprint(pack: Path) -> Fingerprint | None:
    """Sizes and times of `pack` and its signature: a change means a file is still being
    written, replaced or renamed into place (ctime moves on a rename). None: no pack."""
    try:
        tar = os.stat(pack)
    except OSError:
        return None
    try:
        sig = os.stat(signature_path(pack))
        signature = (sig.st_size, sig.st_mtime_ns, sig.st_ctime_ns)
    except OSError:
        signature = (-1, -1, -1)
    return (tar.st_size, tar.st_mtime_ns, tar.st_ctime_ns, *signature)


def answered(pack: Path) -> bool:
    """Whether `pack` has a receipt beside it written after its files last changed (an
    install or refusal already said what became of these very files)."""
    files = fingerprint(pack)
    try:
        written = os.stat(receipt_path(pack)).st_mtime_ns
    except OSError:
        return False
    return files is not None and written >= max(files[1], files[2], files[4], files[5])


def removable_volumes() -> list[Volume]:
    """The removable volumes mounted now (see the module's note), through
    QStorageInfo.mountedVolumes()."""
    from PySide6.QtCore import QDir, QStorageInfo

    system = Path(QDir.rootPath()).anchor if os.name == "nt" else None
    volumes = []
    for info in QStorageInfo.mountedVolumes():
        if not (info.isValid() and info.isReady()) or info.isRoot():
            continue
        root = Path(info.rootPath())
        if os.name == "nt":
            if root.anchor == system:
                continue
        elif not str(root).startswith(MEDIA_MOUNTS):
            continue
        volumes.append(Volume(root, info.displayName() or root.name))
    return volumes


def find_packs(inbox: str, volumes: Callable[[], Sequence[Volume]] = removable_volumes
               ) -> list[Found]:
    """Every pack in the inbox folder (`inbox`, '' for none) and on the removable volumes
    (`volumes()`: tests give their own), inbox first, each place's by name."""
    found = []
    if inbox:
        folder = Path(inbox).expanduser()
        found += [Found(pack, "inbox", str(folder)) for pack in packs_in(folder)]
    for volume in volumes():
        for folder in (volume.root, volume.root / MEDIA_FOLDER):
            found += [Found(pack, "removable", volume.name) for pack in packs_in(folder)]
    return found
