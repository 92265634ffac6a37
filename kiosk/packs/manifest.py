"""manifest.json, the first member of a pack: bundle id and version, the kiosk version it
needs, each file's name, size (bytes) and SHA-256; its parsing, writing and version order."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from kiosk.packs.errors import PackError

MANIFEST = "manifest.json"
"""The pack's first member; no bundle file may have this name."""
FORMAT = 1
"""The manifest's format; a kiosk refuses a pack of a format it does not know."""
MAX_MANIFEST_BYTES = 1 << 20
MAX_FILES = 1000
"""Far more than a bundle holds (four YAML files and a map today)."""
MAX_TOTAL_BYTES = 256 << 20
"""The bundle's files together, in bytes: a bundle is a few hundred KB; a pack claiming more
is refused before anything is written."""
VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z._+-]{0,63}")
"""A bundle version ("2026.11.1"): it names the pack's folder in the store."""
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class PackFile:
    """One file of the bundle: `name` relative to the bundle folder ("map/world.json", "/"
    between parts), `size` in bytes, `sha256` in lower-case hex."""

    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    """What a pack says it holds: the bundle's `bundle_id` and `version` (bundle.yaml's), the
    kiosk version it needs (`app_version`, at least), and its `files` in tar order."""

    bundle_id: str
    version: str
    app_version: str
    files: tuple[PackFile, ...]

    @property
    def total_bytes(self) -> int:
        return sum(file.size for file in self.files)

    def to_json(self) -> bytes:
        """The manifest.json of this manifest (UTF-8, sorted keys, one file a line)."""
        data = {"format": FORMAT, "bundle": {"id": self.bundle_id, "version": self.version},
                "app_version": self.app_version,
                "files": [{"name": f.name, "size": f.size, "sha256": f.sha256}
                          for f in self.files]}
        return (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def name_problem(name: str) -> str | None:
    """Why `name` cannot be a file of a pack (absolute, `..`, a backslash, a control
    character, empty parts, manifest.json), or None when it can."""
    if not name or name.startswith("/") or re.match(r"[A-Za-z]:", name):
        return "is an absolute name"
    if "\\" in name or any(ord(c) < 32 or ord(c) == 127 for c in name):
        return "holds a backslash or a control character"
    parts = name.split("/")
    if ".." in parts:
        return "goes up a folder ('..')"
    if any(part in ("", ".") for part in parts):
        return "has an empty or '.' part"
    if name == MANIFEST:
        return f"is the manifest's own name ({MANIFEST})"
    return None


def parse_manifest(data: bytes, label: str) -> Manifest:
    """The manifest in `data` (the bytes of manifest.json); `PackError("manifest")` naming
    `label` (the pack) and the key when anything is missing, of the wrong type, or a file
    name is unsafe or given twice."""
    def refuse(what: str) -> PackError:
        return PackError("manifest", f"{label}: {MANIFEST} {what}; rebuild the pack with "
                         "'kiosk pack build'")

    try:
        root: Any = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise refuse(f"is not JSON ({error})") from None
    if not isinstance(root, dict):
        raise refuse("is not a JSON object")
    if root.get("format") != FORMAT:
        raise refuse(f"has format {root.get('format')!r}; this kiosk reads format {FORMAT}")
    bundle = root.get("bundle")
    if not isinstance(bundle, dict) or not isinstance(bundle.get("id"), str) \
            or not isinstance(bundle.get("version"), str):
        raise refuse("lacks 'bundle': {'id': ..., 'version': ...}")
    if not VERSION.fullmatch(bundle["version"]):
        raise refuse(f"key bundle.version: {bundle['version']!r} is not a version such as "
                     "2026.11.1")
    app_version = root.get("app_version")
    if not isinstance(app_version, str) or not VERSION.fullmatch(app_version):
        raise refuse("key app_version: expected a kiosk version such as 0.1.0")
    entries = root.get("files")
    if not isinstance(entries, list) or not entries:
        raise refuse("key files: expected a list of files")
    if len(entries) > MAX_FILES:
        raise refuse(f"key files: {len(entries):,} files, more than {MAX_FILES:,}")
    files: list[PackFile] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries):
        key = f"files[{number}]"
        if not isinstance(entry, dict):
            raise refuse(f"key {key}: expected name, size and sha256")
        name, size, digest = entry.get("name"), entry.get("size"), entry.get("sha256")
        if not isinstance(name, str):
            raise refuse(f"key {key}.name: expected a file name")
        problem = name_problem(name)
        if problem:
            raise refuse(f"key {key}.name: {name!r} {problem}")
        if name in seen:
            raise refuse(f"key {key}.name: {name!r} is given twice")
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise refuse(f"key {key}.size: expected a size in bytes")
        if not isinstance(digest, str) or not _SHA256.fullmatch(digest):
            raise refuse(f"key {key}.sha256: expected 64 lower-case hex digits")
        seen.add(name)
        files.append(PackFile(name, size, digest))
    manifest = Manifest(bundle["id"], bundle["version"], app_version, tuple(files))
    if manifest.total_bytes > MAX_TOTAL_BYTES:
        raise refuse(f"claims {manifest.total_bytes:,} bytes, more than "
                     f"{MAX_TOTAL_BYTES:,}")
    return manifest


def version_key(version: str) -> tuple[tuple[int, int, str], ...]:
    """An order on versions: dotted parts compared as numbers where they are digits, else as
    text, a number before text ("2026.11.1" < "2026.11.2" < "2026.12" < "2026.12.a")."""
    parts = re.split(r"[._+-]", version)
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in parts)
