"""The installed packs: one folder per install under the store's root, the active one named
by a pointer file (active.json) that is replaced atomically, the last three kept.

Layout of the root (the kiosk's data folder's `packs`, `default_root()`):

    active.json            the pointer: the active folder, whether it is on trial, and the
                           installs kept, newest first
    versions/<folder>/     one install: manifest.json and content/ (the bundle)
    staging/               installs in progress (removed by the next install)
    receipts.jsonl         every install, refusal and rollback, one JSON object a line
    install.lock           held while an install runs (QLockFile)

Only this module and kiosk.packs.trial are imported at the kiosk's start (a JSON read).

The pointer is written to a temporary file, flushed (fsync), then renamed over the old one
with os.replace and the folder flushed: a crash leaves the old pointer or the new one, and
the rename survives a power cut. (QSaveFile renames the same way but does not flush the
folder.) A folder is complete before the pointer names it, so the kiosk loads either the
old pack or the new one, never a mix. Everything here runs on any thread; no Qt widgets.
"""

from __future__ import annotations

import builtins
import json
import logging
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.packs.manifest import Manifest

log = logging.getLogger(__name__)

POINTER = "active.json"
MANIFEST = "manifest.json"
"""Each install's manifest, beside its content/ (kiosk.packs.manifest.MANIFEST)."""
RECEIPTS = "receipts.jsonl"
KEEP = 3
"""Installs kept: the active one and the two before it, for `rollback`."""
MAX_LOG_BYTES = 1 << 20
"""receipts.jsonl is cut to its newer half past this size."""


@dataclass(frozen=True)
class Installed:
    """One install kept in the store: its `folder` name under versions/, the bundle's id and
    version, when it was installed (ISO 8601, UTC) and from which pack file (`source`)."""

    folder: str
    bundle_id: str
    version: str
    installed: str
    source: str


@dataclass(frozen=True)
class State:
    """What the pointer says: the `active` folder (None: the bundled content), whether it is
    `trial` (not yet shown by a kiosk), and the installs kept, newest first (`kept`)."""

    active: str | None = None
    trial: bool = False
    kept: tuple[Installed, ...] = ()

    def entry(self, folder: str | None) -> Installed | None:
        return next((item for item in self.kept if item.folder == folder), None)


def default_root() -> Path:
    """The store of this kiosk: `packs` in the data folder (kiosk.paths.data_dir)."""
    from kiosk.paths import data_dir

    return data_dir() / "packs"


class Store:
    """The packs installed under `root` (created when first written)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.versions = self.root / "versions"
        self.staging = self.root / "staging"

    # -- reading -------------------------------------------------------------------------

    def state(self) -> State:
        """The pointer's state; an empty one when there is none. A pointer that cannot be
        read is logged as an error and taken as empty (the bundled content is shown)."""
        path = self.root / POINTER
        try:
            data: Any = json.loads(path.read_bytes())
            kept = tuple(Installed(**item) for item in data["kept"])
            state = State(data["active"], bool(data["trial"]), kept)
            if state.active is not None and state.entry(state.active) is None:
                raise ValueError(f"the active folder {state.active!r} is not in 'kept'")
            return state
        except FileNotFoundError:
            return State()
        except (OSError, ValueError, KeyError, TypeError) as error:
            log.error("%s cannot be read (%s); showing the bundled content until a pack is "
                      "installed again", path, error)
            return State()

    def content(self, folder: str) -> Path:
        """The bundle folder of install `folder`."""
        return self.versions / folder / "content"

    def manifest_of(self, folder: str) -> Path:
        return self.versions / folder / MANIFEST

    def active(self) -> Installed | None:
        """The active install, or None when the kiosk shows its bundled content."""
        state = self.state()
        return state.entry(state.active)

    def active_content(self) -> Path | None:
        """The bundle folder the kiosk shows (None: the bundled content)."""
        active = self.active()
        return None if active is None else self.content(active.folder)

    def list(self) -> list[tuple[Installed, bool]]:
        """The installs kept, newest first, each with whether it is the active one."""
        state = self.state()
        return [(item, item.folder == state.active) for item in state.kept]

    # -- changing ------------------------------------------------------------------------

    def new_staging(self) -> Path:
        """A fresh staging folder (not created yet) under staging/."""
        return self.staging / os.urandom(8).hex()

    def clean(self) -> None:
        """Remove what a killed install left: staging folders and install folders the
        pointer does not name. Call it holding the install lock."""
        from kiosk.packs.extract import remove

        remove(self.staging)
        kept = {item.folder for item in self.state().kept}
        if self.versions.is_dir():
            for folder in self.versions.iterdir():
                if folder.name not in kept:
                    remove(folder)

    def add(self, staged: Path, manifest: Manifest, source: Path, when: str) -> Installed:
        """Move a staged install (`staged` holding content/) into versions/ under a new
        folder name, with its manifest; not active yet (`switch` makes it so)."""
        from kiosk.packs.manifest import VERSION

        if not VERSION.fullmatch(manifest.version):
            raise ValueError(f"bad version {manifest.version!r}")
        folder = f"{manifest.version}-{os.urandom(4).hex()}"
        (staged / MANIFEST).write_bytes(manifest.to_json())
        _fsync_path(staged / MANIFEST)
        _fsync_path(staged / "content")
        self.versions.mkdir(parents=True, exist_ok=True)
        os.replace(staged, self.versions / folder)
        _fsync_path(self.versions)
        return Installed(folder, manifest.bundle_id, manifest.version, when, str(source))

    def switch(self, installed: Installed, trial: bool = True) -> State:
        """Make `installed` (from `add`) the active one, on trial; keep the newest KEEP
        installs, the active one always among them, and remove the others' folders."""
        state = self.state()
        kept = (installed, *(item for item in state.kept if item.folder != installed.folder))
        kept = kept[:KEEP]
        new = State(installed.folder, trial, kept)
        self._write(new)
        self._prune(new)
        return new

    def rollback(self) -> Installed:
        """Make the install before the active one active (confirmed, not on trial) and return
        it; `PackError("store")` when there is none."""
        from kiosk.packs.errors import PackError

        state = self.state()
        position = next((n for n, item in enumerate(state.kept)
                         if item.folder == state.active), None)
        if position is None or position + 1 >= len(state.kept):
            where = "no pack is installed" if not state.kept else \
                "the active pack is the oldest kept"
            raise PackError("store", f"{self.root}: nothing to roll back to ({where})")
        previous = state.kept[position + 1]
        self._write(replace(state, active=previous.folder, trial=False))
        return previous

    def switch_to_bundled(self) -> None:
        """No install active: the kiosk shows its bundled content (the installs are kept)."""
        self._write(replace(self.state(), active=None, trial=False))

    def confirm(self) -> None:
        """The active install has been shown: it is no longer on trial."""
        state = self.state()
        if state.trial:
            self._write(replace(state, trial=False))

    def record(self, receipt: dict[str, Any]) -> None:
        """Add one receipt (a JSON object) to receipts.jsonl; OSError when it cannot."""
        self.root.mkdir(parents=True, exist_ok=True)
        path = self.root / RECEIPTS
        line = json.dumps(receipt, ensure_ascii=False) + "\n"
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
            _write_atomically(path, "".join(lines[len(lines) // 2:]).encode("utf-8"))
        with path.open("a", encoding="utf-8") as file:
            file.write(line)

    def receipts(self) -> builtins.list[dict[str, Any]]:
        """Every receipt recorded, oldest first."""
        path = self.root / RECEIPTS
        if not path.exists():
            return []
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()]

    def _write(self, state: State) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        data = {"active": state.active, "trial": state.trial,
                "kept": [asdict(item) for item in state.kept]}
        _write_atomically(self.root / POINTER,
                          (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode())

    def _prune(self, state: State) -> None:
        from kiosk.packs.extract import remove

        kept = {item.folder for item in state.kept}
        if self.versions.is_dir():
            for folder in self.versions.iterdir():
                if folder.name not in kept:
                    remove(folder)


def _write_atomically(path: Path, data: bytes) -> None:
    """`data` into `path`: a temporary file, fsync, os.replace, fsync of the folder."""
    temporary = path.with_name(f".{path.name}.{os.urandom(4).hex()}")
    with temporary.open("xb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
    os.replace(temporary, path)
    _fsync_path(path.parent)


def _fsync_path(path: Path) -> None:
    """Flush a file or a folder's entries to the disk (folders: POSIX only)."""
    if path.is_dir():
        if os.name != "posix":
            return
        descriptor = os.open(path, os.O_RDONLY)
    else:
        descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
