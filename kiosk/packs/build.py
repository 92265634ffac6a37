"""`build_pack(bundle_dir, output)`: a bundle folder made into a pack, a tar of manifest.json
then every file of the bundle, after the full loader has validated it."""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
from pathlib import Path

from kiosk import __version__
from kiosk.content import load_bundle
from kiosk.packs.manifest import MANIFEST, MAX_FILES, Manifest, PackFile, name_problem


class BuildError(ValueError):
    """A bundle folder that cannot be packed; the message names the file and what to do."""


def bundle_files(bundle_dir: Path) -> list[Path]:
    """Every file under `bundle_dir`, sorted; `BuildError` for a link or anything that is
    not a regular file or folder (a pack holds only regular files)."""
    files: list[Path] = []
    for path in sorted(bundle_dir.rglob("*")):
        relative = path.relative_to(bundle_dir).as_posix()
        if path.is_symlink():
            raise BuildError(f"{path}: is a link; put the file itself in the bundle")
        if path.is_dir():
            continue
        if not path.is_file():
            raise BuildError(f"{path}: is not a regular file; remove it from the bundle")
        problem = name_problem(relative)
        if problem:
            raise BuildError(f"{path}: its name {relative!r} {problem}; rename it")
        files.append(path)
    if len(files) > MAX_FILES:
        raise BuildError(f"{bundle_dir}: {len(files):,} files, more than a pack may hold "
                         f"({MAX_FILES:,})")
    return files


def build_pack(bundle_dir: Path, output: Path, app_version: str = __version__) -> Manifest:
    """Write the pack of `bundle_dir` to `output` (replaced only once complete) and return
    its manifest. `app_version` is the oldest kiosk that may install it (default: this one).

    Raises `ContentError` when the bundle does not validate, `BuildError` for a link or a
    special file in it, OSError when `output` cannot be written.
    """
    bundle = load_bundle(bundle_dir)
    files = bundle_files(bundle_dir)
    contents = {path: path.read_bytes() for path in files}
    info = bundle.facts.bundle
    manifest = Manifest(info.id, info.version, app_version, tuple(
        PackFile(path.relative_to(bundle_dir).as_posix(), len(data),
                 hashlib.sha256(data).hexdigest()) for path, data in contents.items()))
    temporary = output.with_name(f".{output.name}.part")
    with tarfile.open(temporary, "w", format=tarfile.PAX_FORMAT) as tar:
        _add(tar, MANIFEST, manifest.to_json())
        for entry, data in zip(manifest.files, contents.values(), strict=True):
            _add(tar, entry.name, data)
    with temporary.open("rb+") as file:
        os.fsync(file.fileno())
    os.replace(temporary, output)
    return manifest


def _add(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    """One regular member, the same on every machine: no owner, mode 644, time 0."""
    member = tarfile.TarInfo(name)
    member.size = len(data)
    member.mode = 0o644
    member.mtime = 0
    tar.addfile(member, io.BytesIO(data))
