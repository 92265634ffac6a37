"""The pack work that runs off the GUI thread: check a pack found in the inbox or on a stick,
install it, roll back, and load the content the kiosk is to show next. No Qt at all.

Each job returns an `Outcome` (never raises for a bad pack): the GUI thread only reads it
and switches the window (kiosk.ui.live_content). Hashing, extraction, validation and the
loading of the new bundle all happen here (issue 14: no frame of the kiosk longer than
50 ms while a pack installs).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from kiosk.content import Bundle, ContentError, load_bundle
from kiosk.packs.errors import PackError
from kiosk.packs.extract import stage
from kiosk.packs.install import PackSettings, install
from kiosk.packs.manifest import Manifest, version_key
from kiosk.packs.receipt import Receipt
from kiosk.packs.store import Installed, Store
from kiosk.packs.verify import check_staged, trusted

State = Literal["waiting", "current", "installed", "refused", "checked"]
"""What became of a pack: "waiting" (not complete yet, no receipt: its files may still be
arriving), "current" (the active pack already: nothing to do, no receipt), "installed" and
"refused" (with a receipt), "checked" (the panel's check: every test passed, nothing
installed)."""


@dataclass(frozen=True)
class Ready:
    """Content installed and loaded, to be shown: the store's `installed` entry, its
    `bundle` (loaded here, off the GUI thread) and whether it is on trial."""

    installed: Installed
    bundle: Bundle
    on_trial: bool


@dataclass(frozen=True)
class Outcome:
    """A job's result for `pack`: its `state`, the one-line `reason` (names the pack and
    says what to do), the `receipt` written (installed or refused; None for "waiting",
    "current" and "checked"), the `manifest` when it could be read, the id of the key that
    signed it (`signed_by`, None: unsigned or not checked), whether it is `newer` than the
    active pack, and `ready`: the content to show after an install or a rollback."""

    pack: Path | None
    state: State
    reason: str
    receipt: Receipt | None = None
    manifest: Manifest | None = None
    signed_by: str | None = None
    newer: bool = False
    ready: Ready | None = None


def check(pack: Path, store: Store, settings: PackSettings) -> Outcome:
    """Every check of an install (signature, members, hashes, content, kiosk version) in a
    temporary folder, nothing installed and no receipt: "checked" with the manifest, the
    signing key and whether it is newer than the active pack, "waiting" for a refusal that
    may be a pack still arriving (PackError.retry), "refused" (no receipt) otherwise."""
    try:
        with tempfile.TemporaryDirectory(prefix="kiosk-pack-") as folder:
            staged = stage(pack, Path(folder) / "stage", trusted(settings.trusted_keys),
                           settings.allow_unsigned_packs)
            check_staged(staged, str(pack))
    except PackError as refusal:
        return Outcome(pack, "waiting" if refusal.retry else "refused", refusal.reason)
    except OSError as error:
        return Outcome(pack, "waiting", f"{pack}: cannot be checked now ({error}); the "
                       "kiosk tries again")
    manifest = staged.manifest
    active = store.active()
    newer = active is None or version_key(manifest.version) > version_key(active.version)
    if active is not None and (active.bundle_id, active.version) == \
            (manifest.bundle_id, manifest.version):
        return Outcome(pack, "current", f"{pack}: {manifest.bundle_id} {manifest.version} "
                       "is the active pack", manifest=manifest, signed_by=staged.signed_by)
    return Outcome(pack, "checked", "", manifest=manifest, signed_by=staged.signed_by,
                   newer=newer)


def from_inbox(pack: Path, store: Store, settings: PackSettings) -> Outcome:
    """A pack that appeared in the inbox: installed when it checks and is newer; refused
    with a receipt when it is wrong (older, tampered, unknown key ...); "waiting", without
    a receipt, when it may still be arriving; "current" when it is the active pack."""
    checked = check(pack, store, settings)
    if checked.state in ("waiting", "current"):
        return checked
    return install_pack(pack, store, settings)  # installs, or refuses with its receipt


def install_pack(pack: Path, store: Store, settings: PackSettings, force: bool = False
                 ) -> Outcome:
    """`kiosk.packs.install.install` (the receipt written beside the pack and in the
    store's log), then the new content loaded, ready to be shown."""
    receipt = install(pack, store, settings, force)
    if not receipt.installed:
        return Outcome(pack, "refused", receipt.reason, receipt)
    state = store.state()
    installed = state.entry(state.active)
    ready = None if installed is None else _ready(store, installed, state.trial)
    return Outcome(pack, "installed", receipt.reason, receipt, ready=ready)


def roll_back(store: Store) -> Outcome:
    """The install before the active one made active (Store.rollback) and loaded; "refused"
    with the reason when there is none or it cannot be loaded."""
    try:
        previous = store.rollback()
    except PackError as refusal:
        return Outcome(None, "refused", refusal.reason)
    except OSError as error:
        return Outcome(None, "refused", f"{store.root}: cannot roll back: {error}")
    ready = _ready(store, previous, False)
    if ready is None:
        return Outcome(None, "refused", f"{store.content(previous.folder)}: the content "
                       "rolled back to cannot be loaded; see the log")
    return Outcome(None, "installed", f"rolled back to {previous.bundle_id} "
                   f"{previous.version}", ready=ready)


def _ready(store: Store, installed: Installed, on_trial: bool) -> Ready | None:
    try:
        return Ready(installed, load_bundle(store.content(installed.folder)), on_trial)
    except (ContentError, OSError):  # validated when installed: the disk changed since
        return None
