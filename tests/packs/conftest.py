"""Fixtures of the pack tests: a trusted key pair, bundles of a chosen version, packs built,
signed and broken on purpose, a store in the test's folder, and its snapshot."""

from __future__ import annotations

import hashlib
import io
import shutil
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.content import default_content_dir
from kiosk.packs.build import build_pack
from kiosk.packs.found import signature_path
from kiosk.packs.manifest import MANIFEST, Manifest
from kiosk.packs.minisign import (
    SecretKey,
    generate_keypair,
    parse_secret_key,
    sign_file,
)
from kiosk.packs.store import Store
from kiosk.settings import Settings
from tests.helpers import edit


@dataclass(frozen=True)
class Signer:
    """A key pair: `public` as trusted_keys holds it (the base64 line), `secret`, and the
    two files as minisign writes them (`public_path`, `secret_path`)."""

    public: str
    secret: SecretKey
    public_path: Path
    secret_path: Path

    def sign(self, pack: Path) -> Path:
        """Sign `pack` (FILE.tar.minisig beside it), prehashed; the signature's path."""
        path = signature_path(pack)
        path.write_text(sign_file(pack.read_bytes(), self.secret, f"file:{pack.name}"))
        return path


def make_signer(folder: Path, name: str) -> Signer:
    public, secret = generate_keypair()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.pub").write_text(public)
    (folder / f"{name}.key").write_text(secret)
    return Signer(public.splitlines()[1], parse_secret_key(secret), folder / f"{name}.pub",
                  folder / f"{name}.key")


@pytest.fixture
def signer(tmp_path: Path) -> Signer:
    """The office's key, trusted by `settings`."""
    return make_signer(tmp_path / "keys", "office")


@pytest.fixture
def stranger(tmp_path: Path) -> Signer:
    """A key no kiosk trusts."""
    return make_signer(tmp_path / "keys", "stranger")


@pytest.fixture
def settings(signer: Signer) -> Settings:
    return Settings(trusted_keys=(signer.public,))


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "data" / "packs")


BundleOf = Callable[[str], Path]
PackOf = Callable[[str], Path]


def shipped_version() -> str:
    return parse_version(default_content_dir() / "bundle.yaml")


def parse_version(bundle_yaml: Path) -> str:
    import yaml

    version: str = yaml.safe_load(bundle_yaml.read_text(encoding="utf-8"))["bundle"]["version"]
    return version


@pytest.fixture
def bundle_of(tmp_path: Path) -> BundleOf:
    """A copy of the shipped bundle with bundle.version set to the one given."""
    def make(version: str) -> Path:
        target = tmp_path / "bundles" / version
        shutil.copytree(default_content_dir(), target)
        edit(target / "bundle.yaml", f'version: "{shipped_version()}"', f'version: "{version}"')
        return target
    return make


@pytest.fixture
def pack_of(tmp_path: Path, bundle_of: BundleOf, signer: Signer) -> PackOf:
    """A pack of the shipped bundle at the version given, built and signed by `signer`."""
    def make(version: str) -> Path:
        pack = tmp_path / "packs" / f"content-{version}.tar"
        pack.parent.mkdir(parents=True, exist_ok=True)
        build_pack(bundle_of(version), pack)
        signer.sign(pack)
        return pack
    return make


def read_pack(pack: Path) -> tuple[Manifest, list[tuple[tarfile.TarInfo, bytes]]]:
    """A pack's manifest and its other members with their data."""
    from kiosk.packs.manifest import parse_manifest

    with tarfile.open(pack) as tar:
        members = [(m, (tar.extractfile(m) or io.BytesIO()).read() if m.isreg() else b"")
                   for m in tar.getmembers()]
    return parse_manifest(members[0][1], str(pack)), members[1:]


def write_pack(pack: Path, manifest: Manifest | bytes,
               members: list[tuple[tarfile.TarInfo, bytes]]) -> Path:
    """A pack written member by member, as a forger would: manifest.json then `members`."""
    data = manifest if isinstance(manifest, bytes) else manifest.to_json()
    with tarfile.open(pack, "w", format=tarfile.PAX_FORMAT) as tar:
        info = tarfile.TarInfo(MANIFEST)
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
        for member, content in members:
            tar.addfile(member, io.BytesIO(content) if member.isreg() else None)
    return pack


def regular(name: str, data: bytes) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    return info, data


def snapshot(store: Store) -> dict[str, str]:
    """Every file of the store but its receipts log and lock: path -> SHA-256, so a refusal
    that changed anything (the pointer, an install, a leftover) shows."""
    if not store.root.exists():
        return {}
    return {path.relative_to(store.root).as_posix(): hashlib.sha256(path.read_bytes())
            .hexdigest() for path in sorted(store.root.rglob("*"))
            if path.is_file() and path.name not in ("receipts.jsonl", "install.lock")}

