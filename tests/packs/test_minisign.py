"""Signatures made by the real minisign tool (Debian's) verify in the kiosk, prehashed and
legacy; one made by another key is refused; the kiosk's own signatures verify in minisign."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk.packs.errors import PackError
from kiosk.packs.found import signature_path
from kiosk.packs.minisign import parse_public_key, parse_secret_key
from kiosk.packs.verify import verify
from tests.packs.conftest import PackOf, Signer

MINISIGN = shutil.which("minisign")
pytestmark = pytest.mark.skipif(MINISIGN is None, reason="minisign is not installed "
                                "(Debian: apt-get install minisign; .ci/run installs it)")


def _minisign(*args: str) -> subprocess.CompletedProcess[str]:
    assert MINISIGN is not None
    return subprocess.run([MINISIGN, *args], capture_output=True, text=True, timeout=60,
                          check=False, stdin=subprocess.DEVNULL)


def _keypair(folder: Path, name: str) -> tuple[Path, Path]:
    public, secret = folder / f"{name}.pub", folder / f"{name}.key"
    made = _minisign("-G", "-W", "-p", str(public), "-s", str(secret))
    assert made.returncode == 0, made.stderr
    return public, secret


@pytest.mark.parametrize("legacy", [False, True], ids=["prehashed", "legacy"])
def test_a_pack_signed_by_minisign_verifies_and_another_key_is_refused(
        legacy: bool, tmp_path: Path, pack_of: PackOf) -> None:
    """`minisign -Sm` (ED, or Ed with -l) by a trusted key verifies; the same pack signed by
    a key the kiosk does not trust is refused, naming that key's id as minisign prints it."""
    office, office_secret = _keypair(tmp_path, "office")
    other, other_secret = _keypair(tmp_path, "other")
    pack = pack_of("2026.12.2")
    signature_path(pack).unlink()
    signed = _minisign("-S", *(["-l"] if legacy else []), "-s", str(office_secret), "-m",
                       str(pack), "-t", "ohchr-roca 2026.12.2")
    assert signed.returncode == 0, signed.stderr
    office_key = parse_public_key(office.read_text())
    assert verify(pack, [office_key]).version == "2026.12.2"
    signed = _minisign("-S", "-s", str(other_secret), "-m", str(pack))
    assert signed.returncode == 0, signed.stderr
    other_id = other.read_text().splitlines()[0].split()[-1]
    with pytest.raises(PackError, match=f"signed by key {other_id}, which is not in "
                       "trusted_keys") as refused:
        verify(pack, [office_key])
    assert refused.value.kind == "unknown-key"


def test_a_trusted_comment_changed_after_minisign_signed_is_refused(
        tmp_path: Path, pack_of: PackOf) -> None:
    """The global signature covers the trusted comment: editing it breaks the signature."""
    public, secret = _keypair(tmp_path, "office")
    pack = pack_of("2026.12.2")
    assert _minisign("-S", "-s", str(secret), "-m", str(pack), "-t", "version 1").returncode == 0
    path = signature_path(pack)
    path.write_text(path.read_text().replace("version 1", "version 2"))
    with pytest.raises(PackError, match="trusted comment was changed"):
        verify(pack, [parse_public_key(public.read_text())])


def test_the_kiosks_signature_and_keys_are_minisigns(tmp_path: Path, pack_of: PackOf,
                                                      signer: Signer) -> None:
    """What `kiosk pack sign` and `keygen` write, minisign verifies and reads: one format."""
    pack = pack_of("2026.12.2")  # signed by `signer`, a kiosk-made key
    checked = _minisign("-V", "-p", str(signer.public_path), "-m", str(pack))
    assert checked.returncode == 0, checked.stderr
    _, secret = _keypair(tmp_path, "made-by-minisign")
    assert len(parse_secret_key(secret.read_text()).seed) == 32


def test_key_ids_read_as_minisign_prints_them() -> None:
    """minisign prints a key id with printf's PRIX64: upper-case hex, no leading zeros (a
    random key id starts with a zero one time in sixteen: this test failed then)."""
    from kiosk.packs.minisign import key_id_text

    assert key_id_text((0x0385AB12CD34EF56).to_bytes(8, "little")) == "385AB12CD34EF56"
    assert key_id_text((0x6BB719195552D3FB).to_bytes(8, "little")) == "6BB719195552D3FB"
