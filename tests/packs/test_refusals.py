"""Every refusal of a pack: its receipt says refused and why, beside the pack and in the
store's log, and the current content (the pointer and every installed file) is untouched."""

from __future__ import annotations

import json
import tarfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.packs.found import signature_path
from kiosk.packs.install import install
from kiosk.packs.receipt import receipt_path
from kiosk.packs.store import Store
from kiosk.settings import Settings
from tests.packs.conftest import (
    BundleOf,
    PackOf,
    Signer,
    read_pack,
    regular,
    snapshot,
    write_pack,
)

CURRENT = "2026.12.1"
NEW = "2026.12.2"

Breaker = Callable[[Path], Path]
"""Given a good signed pack of version NEW, make a bad one (its path)."""


@pytest.fixture
def installed(store: Store, pack_of: PackOf, settings: Settings) -> dict[str, str]:
    """A store whose active pack is CURRENT, installed and shown; its snapshot."""
    receipt = install(pack_of(CURRENT), store, settings)
    assert receipt.installed, receipt.reason
    store.confirm()
    return snapshot(store)


def check_refused(pack: Path, store: Store, settings: Settings, before: dict[str, str],
                  kind: str, words: str) -> None:
    receipt = install(pack, store, settings)
    assert (receipt.result, receipt.kind) == ("refused", kind), receipt.reason
    assert str(pack) in receipt.reason and words in receipt.reason
    written = json.loads(receipt_path(pack).read_text(encoding="utf-8"))
    assert written["result"] == "refused" and written["reason"] == receipt.reason
    assert store.receipts()[-1]["reason"] == receipt.reason
    assert snapshot(store) == before, "a refused pack changed the store"
    active = store.active()
    assert active is not None and active.version == CURRENT
    assert not list(store.staging.glob("*")), "staging left behind"


def _forged(signer: Signer, change: Callable[[list[tuple[tarfile.TarInfo, bytes]]], object],
            manifest_change: Callable[..., object] | None = None) -> Breaker:
    """A pack re-written with its members changed, then signed by the trusted key: the
    signature is good, so only the pack's own checks can refuse it."""
    def breaker(pack: Path) -> Path:
        manifest, members = read_pack(pack)
        change(members)
        if manifest_change is not None:
            manifest = manifest_change(manifest)  # type: ignore[assignment]
        bad = pack.with_name("bad.tar")
        write_pack(bad, manifest, members)
        signer.sign(bad)
        return bad
    return breaker


def _link(kind: bytes) -> Callable[[list[tuple[tarfile.TarInfo, bytes]]], None]:
    def change(members: list[tuple[tarfile.TarInfo, bytes]]) -> None:
        info, _ = members[-1]
        special = tarfile.TarInfo(info.name)
        special.type = kind
        if kind in (tarfile.SYMTYPE, tarfile.LNKTYPE):
            special.linkname = "/etc/passwd"
        else:
            special.devmajor, special.devminor = 1, 3
        members[-1] = (special, b"")
    return change


def _renamed(name: str) -> Callable[[list[tuple[tarfile.TarInfo, bytes]]], None]:
    def change(members: list[tuple[tarfile.TarInfo, bytes]]) -> None:
        _, data = members[-1]
        members[-1] = regular(name, data)
    return change


def _bad_signature(pack: Path) -> Path:
    path = signature_path(pack)
    lines = path.read_text().splitlines()
    raw = bytearray(__import__("base64").b64decode(lines[1]))
    raw[-1] ^= 1  # the last byte of the signature
    lines[1] = __import__("base64").b64encode(bytes(raw)).decode()
    path.write_text("\n".join(lines) + "\n")
    return pack


def _changed_after_signing(pack: Path) -> Path:
    data = bytearray(pack.read_bytes())
    at = data.index(b"version:")  # in bundle.yaml's data, well inside the tar
    data[at] = ord("V")
    pack.write_bytes(bytes(data))
    return pack


CASES: dict[str, tuple[str, str, Callable[[Signer, Signer, BundleOf], Breaker]]] = {
    # name: (kind, words in the reason, how to break a good pack)
    "bad signature": ("signature", "does not match", lambda s, o, b: _bad_signature),
    "unknown key": ("unknown-key", "not in trusted_keys",
                    lambda s, o, b: lambda pack: (o.sign(pack), pack)[1]),
    "file changed after signing": ("signature", "changed after signing",
                                   lambda s, o, b: _changed_after_signing),
    "missing file": ("member", "which its manifest lists",
                     lambda s, o, b: _forged(s, lambda m: m.pop())),
    "../x": ("manifest", "goes up a folder",
             lambda s, o, b: _forged(s, _renamed("../../../../x"),
                                     lambda m: _rename_in(m, "../../../../x"))),
    "absolute name": ("manifest", "absolute",
                      lambda s, o, b: _forged(s, _renamed("/tmp/x"),
                                              lambda m: _rename_in(m, "/tmp/x"))),
    "symlink": ("member", "symbolic link", lambda s, o, b: _forged(s, _link(tarfile.SYMTYPE))),
    "hard link": ("member", "hard link", lambda s, o, b: _forged(s, _link(tarfile.LNKTYPE))),
    "device file": ("member", "character device",
                    lambda s, o, b: _forged(s, _link(tarfile.CHRTYPE))),
    "more members": ("limits", "one more than",
                     lambda s, o, b: _forged(s, lambda m: m.append(regular("extra.yaml", b"")))),
    "more bytes": ("limits", "more than the",
                   lambda s, o, b: _forged(s, lambda m: m.__setitem__(
                       -1, regular(m[-1][0].name, m[-1][1] + b"# more\n")))),
    "a file not in the manifest": ("member", "not in its manifest",
                                   lambda s, o, b: _forged(s, _renamed("other.yaml"))),
    "bytes that differ": ("hash", "SHA-256", lambda s, o, b: _forged(s, lambda m: m.__setitem__(
        -1, regular(m[-1][0].name, m[-1][1][:-1] + b"!")))),
}


def _rename_in(manifest: object, name: str) -> object:
    """The manifest with its last file renamed, as a forger would write it: the manifest's
    own check refuses such a name before any member is read."""
    from kiosk.packs.manifest import Manifest

    assert isinstance(manifest, Manifest)
    return replace(manifest, files=(*manifest.files[:-1], replace(manifest.files[-1],
                                                                    name=name)))


@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_pack_is_refused_with_its_receipt_and_the_content_untouched(
        case: str, installed: dict[str, str], store: Store, pack_of: PackOf,
        settings: Settings, signer: Signer, stranger: Signer, bundle_of: BundleOf,
        tmp_path: Path) -> None:
    """Each way a pack can be wrong is refused, says so in one line naming the pack, and
    changes nothing of what the kiosk shows; nothing is written outside the store."""
    kind, words, breaker = CASES[case]
    bad = breaker(signer, stranger, bundle_of)(pack_of(NEW))
    check_refused(bad, store, settings, installed, kind, words)
    assert not (tmp_path / "x").exists() and not Path("/tmp/x").exists()


def test_a_member_named_up_a_folder_in_a_valid_manifest_is_refused_by_the_member_check(
        installed: dict[str, str], store: Store, pack_of: PackOf, settings: Settings,
        signer: Signer) -> None:
    """A `../x` member that the manifest does not list is refused as a member (the manifest
    itself is fine), and nothing lands outside the staging folder."""
    bad = _forged(signer, lambda m: m.insert(0, regular("../x", b"x")))(pack_of(NEW))
    check_refused(bad, store, settings, installed, "member", "goes up a folder")


def test_an_older_version_is_refused_unless_forced(
        installed: dict[str, str], store: Store, pack_of: PackOf, settings: Settings) -> None:
    """A pack not newer than the active one is refused; --force installs it."""
    older = pack_of("2026.11.9")
    check_refused(older, store, settings, installed, "older", "not newer than the active")
    assert install(older, store, settings, force=True).installed


def test_a_bundle_that_fails_validation_is_refused(
        installed: dict[str, str], store: Store, bundle_of: BundleOf, settings: Settings,
        signer: Signer, tmp_path: Path) -> None:
    """A well-signed pack whose bundle the full loader refuses is not installed; the receipt
    gives the first problem with its file."""
    bundle = bundle_of(NEW)
    text = (bundle / "bundle.yaml").read_text(encoding="utf-8")
    (bundle / "bundle.yaml").write_text(text.replace("established: 2008",
                                                     "established: soon"), encoding="utf-8")
    from kiosk.packs.build import build_pack

    pack = tmp_path / "invalid.tar"
    with pytest.raises(Exception, match=r"bundle\.yaml"):
        build_pack(bundle, pack)  # the builder refuses it too: forge it past the builder
    manifest, members = read_pack(_good(bundle_of, tmp_path))
    data = (bundle / "bundle.yaml").read_bytes()
    import hashlib

    files = tuple(replace(f, size=len(data), sha256=hashlib.sha256(data).hexdigest())
                  if f.name == "bundle.yaml" else f for f in manifest.files)
    members = [regular(m.name, data) if m.name == "bundle.yaml" else (m, d) for m, d in members]
    write_pack(pack, replace(manifest, files=files), members)
    signer.sign(pack)
    check_refused(pack, store, settings, installed, "content", "bundle.yaml")


def _good(bundle_of: BundleOf, tmp_path: Path) -> Path:
    from kiosk.packs.build import build_pack

    pack = tmp_path / "good-for-forging.tar"
    build_pack(bundle_of("2026.12.3"), pack)
    return pack


def test_a_pack_without_its_signature_waits(installed: dict[str, str], store: Store,
                                            pack_of: PackOf, settings: Settings) -> None:
    """A pack whose .minisig has not arrived is refused as one to try again later."""
    pack = pack_of(NEW)
    signature_path(pack).unlink()
    check_refused(pack, store, settings, installed, "unsigned", "no signature")
    assert install(pack, store, settings).retry


def test_unsigned_packs_install_only_when_the_settings_allow_them(
        installed: dict[str, str], store: Store, pack_of: PackOf, settings: Settings) -> None:
    """allow_unsigned_packs lets a pack without a signature in, and the receipt says so; a
    wrong signature is refused even then."""
    allowing = replace(settings, allow_unsigned_packs=True)
    pack = pack_of(NEW)
    _bad_signature(pack)
    check_refused(pack, store, allowing, installed, "signature", "does not match")
    signature_path(pack).unlink()
    receipt = install(pack, store, allowing)
    assert receipt.installed and "unsigned" in receipt.reason


@pytest.mark.parametrize("cut", [0.5, 0.999])
def test_a_pack_still_being_copied_waits(cut: float, installed: dict[str, str], store: Store,
                                         pack_of: PackOf, settings: Settings) -> None:
    """A pack cut short (its signature there first, the tar still arriving) is refused as
    incomplete, to try again, and installs once it is whole."""
    pack = pack_of(NEW)
    whole = pack.read_bytes()
    pack.write_bytes(whole[:int(len(whole) * cut)])
    check_refused(pack, store, settings, installed, "incomplete", "not complete")
    assert install(pack, store, settings).retry
    pack.write_bytes(whole)
    assert install(pack, store, settings).installed
