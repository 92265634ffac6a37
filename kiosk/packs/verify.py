"""`verify(pack)`: everything an install checks, without installing: the signature, every
member and hash, the bundle with the full loader, the kiosk version it needs."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from kiosk import __version__
from kiosk.content import ContentError, load_bundle
from kiosk.packs.errors import PackError
from kiosk.packs.extract import Staged, stage
from kiosk.packs.manifest import Manifest, version_key
from kiosk.packs.minisign import PublicKey, parse_public_key


def trusted(keys: Sequence[str]) -> list[PublicKey]:
    """The settings' `trusted_keys` (base64 lines; the settings loader checked them)."""
    return [parse_public_key(key) for key in keys]


def verify(pack: Path, keys: Sequence[PublicKey], allow_unsigned: bool = False) -> Manifest:
    """The manifest of `pack` once all of it checks (see `check_staged`), in a temporary
    folder removed afterwards. Raises `PackError` (one line naming the pack and the member
    or key; `.retry` for a pack that may still be arriving); OSError when no temporary
    folder can be written."""
    with tempfile.TemporaryDirectory(prefix="kiosk-pack-") as folder:
        staged = stage(pack, Path(folder) / "stage", keys, allow_unsigned)
        check_staged(staged, str(pack))
        return staged.manifest


def check_staged(staged: Staged, label: str) -> None:
    """A staged pack's bundle validated with the full loader (`PackError("content")` with
    the first problem and how many there are), its id and version those of its manifest,
    and the kiosk version it needs no newer than this kiosk (`PackError("app-version")`)."""
    manifest = staged.manifest
    if version_key(manifest.app_version) > version_key(__version__):
        raise PackError("app-version", f"{label}: needs kiosk {manifest.app_version} or "
                        f"newer; this is {__version__}: update the kiosk first")
    try:
        bundle = load_bundle(staged.content)
    except ContentError as error:
        count = len(error.problems) - (1 if error.omitted else 0) + error.omitted
        raise PackError("content", f"{label}: the bundle does not validate ({count} "
                        f"problem{'s' if count != 1 else ''}; the first: "
                        f"{error.problems[0]}); fix it, check with 'kiosk validate', "
                        "rebuild the pack") from None
    info = bundle.facts.bundle
    if (info.id, info.version) != (manifest.bundle_id, manifest.version):
        raise PackError("manifest", f"{label}: its manifest says {manifest.bundle_id} "
                        f"{manifest.version}, its bundle.yaml {info.id} {info.version}; "
                        "rebuild the pack with 'kiosk pack build'")
