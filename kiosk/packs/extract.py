"""Staging a pack: copy it, check its signature, then write its files into a staging folder,
member by member, checking each against the manifest while reading.

Nothing is written outside the staging folder: a member is written only when it is a regular
file (no links, devices, folders or FIFOs), its name is exactly one of the manifest's (none
absolute or with `..`: `manifest.name_problem`), tarfile's `data` filter accepts it, its size
is the manifest's and no more members than the manifest lists come; its SHA-256 is checked
as it is written. The pack is copied first and only the copy is read, so a file changed on
the stick during the install cannot slip in after its signature was checked.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tarfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.packs.errors import PackError
from kiosk.packs.found import signature_path
from kiosk.packs.manifest import (
    MANIFEST,
    MAX_FILES,
    MAX_MANIFEST_BYTES,
    MAX_TOTAL_BYTES,
    Manifest,
    name_problem,
    parse_manifest,
)
from kiosk.packs.minisign import PublicKey, check_signature, parse_signature, prehash

MAX_PACK_BYTES = MAX_TOTAL_BYTES + (MAX_FILES + 1) * 3 * 512 + MAX_MANIFEST_BYTES
"""The largest pack file: the largest bundle plus a header, a long-name header and padding
for each member, and the manifest."""
MAX_SIGNATURE_BYTES = 4096
_CHUNK = 1 << 16
_REGULAR = (tarfile.REGTYPE, tarfile.AREGTYPE)
_KINDS = {tarfile.SYMTYPE: "a symbolic link", tarfile.LNKTYPE: "a hard link",
          tarfile.CHRTYPE: "a character device", tarfile.BLKTYPE: "a block device",
          tarfile.DIRTYPE: "a folder", tarfile.FIFOTYPE: "a FIFO",
          tarfile.CONTTYPE: "a contiguous file"}


@dataclass(frozen=True)
class Staged:
    """A pack written into a staging folder: its `manifest`, the bundle folder `content`
    (every file of the manifest, each checked) and the id of the key that signed it
    (`signed_by`, as minisign prints it; None for an unsigned pack that was allowed)."""

    manifest: Manifest
    content: Path
    signed_by: str | None


def stage(pack: Path, folder: Path, keys: Sequence[PublicKey], allow_unsigned: bool
          ) -> Staged:
    """Check `pack` and write its bundle into `folder`/content (`folder` must be empty or
    absent; it is left for the caller to remove, whatever happens).

    `keys` are the trusted public keys. Without a .minisig beside the pack, it is refused
    (`PackError("unsigned")`, which may be a signature still on its way) unless
    `allow_unsigned`; a signature that does not verify is refused even then. Every refusal
    is a `PackError` naming the pack and the member; OSError when `folder` cannot be
    written.
    """
    label = str(pack)
    folder.mkdir(parents=True, exist_ok=True)
    signature_file = signature_path(pack)
    signature_text = _read_signature(signature_file, allow_unsigned, label)
    copy = folder / "pack.tar"
    hashed = _copy(pack, copy, label)
    signed_by = None
    if signature_text is not None:
        signature = parse_signature(signature_text, str(signature_file))
        try:
            signed_by = check_signature(signature, hashed, copy.read_bytes, keys, label).id_text
        except PackError as refusal:
            if refusal.kind == "signature" and not _complete(copy):
                raise PackError("incomplete", f"{label}: the pack is not complete (still "
                                "being copied?); wait until it is, then try again") from None
            raise
    content = folder / "content"
    content.mkdir()
    manifest = _extract(copy, content, label)
    copy.unlink()
    return Staged(manifest, content, signed_by)


def _read_signature(path: Path, allow_unsigned: bool, label: str) -> str | None:
    try:
        with path.open("rb") as file:
            data = file.read(MAX_SIGNATURE_BYTES + 1)
    except FileNotFoundError:
        if allow_unsigned:
            return None
        raise PackError("unsigned", f"{label}: no signature {path.name} beside it; copy the "
                        "signature too (minisign -Sm), or wait if it is still coming") \
            from None
    except OSError as error:
        raise PackError("incomplete", f"{path}: cannot be read ({error.strerror}); try "
                        "again") from None
    if len(data) > MAX_SIGNATURE_BYTES:
        raise PackError("signature", f"{path}: is not a minisign signature (larger than "
                        f"{MAX_SIGNATURE_BYTES} bytes); sign the pack again")
    return data.decode("utf-8", errors="replace")


def _copy(pack: Path, copy: Path, label: str) -> bytes:
    """Copy `pack` to `copy`; the BLAKE2b-512 of what was copied."""
    digest = prehash()
    size = 0
    try:
        with pack.open("rb") as source, copy.open("xb") as target:
            while chunk := source.read(_CHUNK):
                size += len(chunk)
                if size > MAX_PACK_BYTES:
                    raise PackError("limits", f"{label}: larger than {MAX_PACK_BYTES:,} "
                                    "bytes, the most a pack may be")
                digest.update(chunk)
                target.write(chunk)
    except FileNotFoundError:
        raise PackError("incomplete", f"{label}: the pack file is not there (moved or "
                        "still coming?); try again") from None
    except IsADirectoryError:
        raise PackError("manifest", f"{label}: is a folder, not a pack file; build one "
                        "with 'kiosk pack build'") from None
    return digest.digest()


def _complete(path: Path) -> bool:
    """Whether `path` reads as a whole tar: whole 512-byte blocks, every member's data, then
    the two zero blocks that end an archive (a copy cut short lacks one or the other)."""
    try:
        if path.stat().st_size % 512:
            return False
        with tarfile.open(path, "r:") as tar:
            for _ in tar:
                pass
            end = tar.offset
        with path.open("rb") as file:
            file.seek(end)
            return file.read(1024) == bytes(1024)
    except (tarfile.TarError, OSError, EOFError):
        return False


def _extract(copy: Path, content: Path, label: str) -> Manifest:
    try:
        with tarfile.open(copy, "r:") as tar:
            return _members(tar, content, label)
    except (tarfile.TarError, EOFError) as error:
        raise PackError("manifest", f"{label}: not a readable tar ({error}); rebuild it "
                        "with 'kiosk pack build'") from None


def _members(tar: tarfile.TarFile, content: Path, label: str) -> Manifest:
    first = tar.next()
    if first is None or first.name != MANIFEST or first.type not in _REGULAR:
        raise PackError("manifest", f"{label}: its first member is not {MANIFEST}; build "
                        "packs with 'kiosk pack build'")
    if first.size > MAX_MANIFEST_BYTES:
        raise PackError("limits", f"{label}: {MANIFEST} is larger than "
                        f"{MAX_MANIFEST_BYTES:,} bytes")
    reader = tar.extractfile(first)
    assert reader is not None  # a regular member always has a reader
    manifest = parse_manifest(reader.read(), label)
    expected = {file.name: file for file in manifest.files}
    written: set[str] = set()
    count = 0
    while (member := tar.next()) is not None:
        count += 1
        name = member.name
        if count > len(manifest.files):
            raise PackError("limits", f"{label}: member {name!r} is one more than the "
                            f"{len(manifest.files)} files its manifest lists")
        if member.type not in _REGULAR:
            kind = _KINDS.get(member.type, f"of tar type {member.type!r}")
            raise PackError("member", f"{label}: member {name!r} is {kind}; a pack holds "
                            "only regular files: rebuild it with 'kiosk pack build'")
        problem = name_problem(name)
        if problem:
            raise PackError("member", f"{label}: member {name!r} {problem}; refused")
        if name not in expected:
            raise PackError("member", f"{label}: member {name!r} is not in its manifest; "
                            "rebuild the pack with 'kiosk pack build'")
        if name in written:
            raise PackError("member", f"{label}: member {name!r} comes twice")
        try:
            tarfile.data_filter(member, str(content))
        except tarfile.FilterError as error:
            raise PackError("member", f"{label}: member {name!r} refused by tarfile's data "
                            f"filter ({error})") from None
        entry = expected[name]
        if member.size > entry.size:
            raise PackError("limits", f"{label}: member {name!r} holds {member.size:,} "
                            f"bytes, more than the {entry.size:,} its manifest says")
        if member.size != entry.size:
            raise PackError("hash", f"{label}: member {name!r} holds {member.size:,} bytes, "
                            f"not the {entry.size:,} its manifest says")
        _write(tar, member, content, entry.sha256, label)
        written.add(name)
    missing = [name for name in expected if name not in written]
    if missing:
        raise PackError("member", f"{label}: lacks {missing[0]!r}, which its manifest "
                        f"lists ({len(missing)} missing); rebuild the pack")
    return manifest


def _write(tar: tarfile.TarFile, member: tarfile.TarInfo, content: Path, sha256: str,
           label: str) -> None:
    """Write one member under `content`, hashing it; flushed to the disk (fsync)."""
    target = content.joinpath(*member.name.split("/"))
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.resolve().is_relative_to(content.resolve()):  # a folder part made a link
        raise PackError("member", f"{label}: member {member.name!r} would be written "
                        "outside the staging folder; refused")
    reader = tar.extractfile(member)
    assert reader is not None
    digest = hashlib.sha256()
    with target.open("xb") as file:
        while chunk := reader.read(_CHUNK):
            digest.update(chunk)
            file.write(chunk)
        file.flush()
        os.fsync(file.fileno())
    if digest.hexdigest() != sha256:
        raise PackError("hash", f"{label}: member {member.name!r} does not match its "
                        "SHA-256 in the manifest; get the pack again from the office")


def remove(folder: Path) -> None:
    """Remove a staging folder and all in it; a folder already gone is fine."""
    shutil.rmtree(folder, ignore_errors=True)
