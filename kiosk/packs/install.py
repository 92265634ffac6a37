"""`install(pack, store, settings)`: stage, verify every hash, validate, switch the pointer,
on trial; every install or refusal gets a receipt.

The steps, and where a test may stop the process (`FAULT_VARIABLE`):

1. take the store's install lock and remove what a killed install left (`Store.clean`);
2. stage: copy the pack, check its signature, write its files, hashes checked  -> "staged"
3. verify: a newer version, the full loader, the kiosk version needed           -> "verified"
4. move the staged folder into versions/                                 -> "before-switch"
5. switch the pointer (atomic), on trial                                   -> "after-switch"
6. the receipt beside the pack and in the store's receipts.jsonl.

A kill anywhere leaves the pointer naming the old install or the new one, each complete.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Protocol

from kiosk.packs.errors import PackError
from kiosk.packs.extract import remove, stage
from kiosk.packs.manifest import Manifest, version_key
from kiosk.packs.receipt import Receipt, now, write_receipt
from kiosk.packs.store import Store
from kiosk.packs.verify import check_staged, trusted

log = logging.getLogger(__name__)

FAULT_VARIABLE = "KIOSK_PACK_FAULT"
"""For the fault tests only: set to a step's name ("staged", "verified", "before-switch",
"after-switch"), the install ends the process there with os._exit(FAULT_EXIT)."""
FAULT_EXIT = 86
STEPS = ("staged", "verified", "before-switch", "after-switch")


class PackSettings(Protocol):
    """What an install reads of kiosk.settings.Settings."""

    @property
    def trusted_keys(self) -> tuple[str, ...]: ...

    @property
    def allow_unsigned_packs(self) -> bool: ...


def _step(name: str) -> None:
    if os.environ.get(FAULT_VARIABLE) == name:
        os._exit(FAULT_EXIT)


def install(pack: Path, store: Store, settings: PackSettings, force: bool = False) -> Receipt:
    """Install `pack` (FILE.tar, its FILE.tar.minisig beside it) into `store`, on trial.

    `settings` gives `trusted_keys` and `allow_unsigned_packs`; `force` installs a version
    that is not newer than the active one. Never raises for a bad pack or an unwritable
    store: the returned `Receipt` says installed or refused and why (`retry` for a pack that
    may still be arriving), and is written beside the pack (FILE.tar.receipt.json) and in
    the store's receipts.jsonl. A refused pack leaves the store as it was. Runs on any
    thread (no Qt widgets); one install at a time per store (another gets kind "busy").
    Takes about 0.1 s for the shipped content (tools/bench: pack_install_s).
    """
    pack = Path(pack)
    seen: list[Manifest] = []
    previous: str | None = None
    try:
        try:
            with _Lock(store):  # the active version is read under the lock: one install at once
                before = store.active()
                previous = None if before is None else before.version
                signed_by = _install(pack, store, settings, force, previous, seen)
        except OSError as error:
            raise PackError("store", f"{pack}: cannot be installed: {error}; check the "
                            "space and permissions of the kiosk's data folder") from None
    except PackError as refusal:
        manifest = seen[0] if seen else None
        receipt = Receipt("refused", refusal.reason, str(pack), refusal.kind, refusal.retry,
                          None if manifest is None else manifest.bundle_id,
                          None if manifest is None else manifest.version, previous, now())
        log.info("pack refused: %s", refusal.reason)
    else:
        manifest = seen[0]
        signature = f"signed by key {signed_by}" if signed_by else \
            "unsigned (allowed by allow_unsigned_packs)"
        receipt = Receipt("installed", f"{pack}: installed {manifest.bundle_id} "
                          f"{manifest.version} (before: {previous or 'the bundled content'}), "
                          f"{signature}; on trial until the kiosk shows its home screen",
                          str(pack), "", False, manifest.bundle_id, manifest.version,
                          previous, now())
        log.info("%s", receipt.reason)
    issue(receipt, pack, store)
    return receipt


def issue(receipt: Receipt, pack: Path, store: Store) -> None:
    """Write `receipt` beside `pack` and into the store's log (a failure is logged)."""
    write_receipt(receipt, pack)
    try:
        store.record(receipt.to_json())
    except OSError as error:
        log.warning("cannot add to %s: %s", store.root / "receipts.jsonl", error)


def _install(pack: Path, store: Store, settings: PackSettings, force: bool,
             previous: str | None, seen: list[Manifest]) -> str | None:
    """The steps; the staged manifest goes into `seen`; the signing key's id is returned."""
    store.clean()
    folder = store.new_staging()
    try:
        staged = stage(pack, folder, trusted(settings.trusted_keys),
                       settings.allow_unsigned_packs)
        _step("staged")
        manifest = staged.manifest
        seen.append(manifest)
        if previous is not None and not force and \
                version_key(manifest.version) <= version_key(previous):
            raise PackError("older", f"{pack}: version {manifest.version} is not newer than "
                            f"the active {previous}; install it with --force to go back")
        check_staged(staged, str(pack))
        _step("verified")
        installed = store.add(folder, manifest, pack, now())
        _step("before-switch")
        store.switch(installed, trial=True)
        _step("after-switch")
        return staged.signed_by
    finally:
        remove(folder)


class _Lock:
    """The store's install lock (QLockFile: a lock left by a killed process is stale)."""

    def __init__(self, store: Store) -> None:
        from PySide6.QtCore import QLockFile

        store.root.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(store.root / "install.lock"))
        self._lock.setStaleLockTime(0)
        self._root = store.root

    def __enter__(self) -> None:
        if not self._lock.tryLock(2000):
            raise PackError("busy", f"{self._root}: another install is running; try again "
                            "when it is done")

    def __exit__(self, *exc: object) -> None:
        self._lock.unlock()
