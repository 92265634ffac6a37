"""`kiosk pack ...` as an operator runs it: build, keygen, sign, verify, install, list,
rollback, with exit codes 0 done, 1 refused, 2 usage, and one clear line for each refusal."""

from __future__ import annotations

from pathlib import Path

from kiosk.settings import Settings, save_settings
from tests.helpers import Run
from tests.packs.conftest import BundleOf


def test_an_office_builds_signs_and_a_kiosk_installs_lists_and_rolls_back(
        tmp_path: Path, run_kiosk: Run, bundle_of: BundleOf) -> None:
    """The whole path on the command line, and each refusal in one line naming the pack."""
    key = tmp_path / "office"
    made = run_kiosk("pack", "keygen", "--output", str(key))
    assert made.returncode == 0, made.stderr
    public = (tmp_path / "office.pub").read_text().splitlines()[1]
    config = tmp_path / "settings.yaml"
    save_settings(Settings(trusted_keys=(public,)), config)
    packs = {}
    for version in ("2026.12.1", "2026.12.2"):
        pack = packs[version] = tmp_path / f"content-{version}.tar"
        built = run_kiosk("pack", "build", str(bundle_of(version)), "--output", str(pack))
        assert built.returncode == 0 and version in built.stdout, built.stderr
        unsigned = run_kiosk("pack", "verify", str(pack), "--config", str(config))
        assert unsigned.returncode == 1
        assert unsigned.stderr.strip().splitlines() == [
            f"kiosk pack: {pack}: no signature {pack.name}.minisig beside it; copy the "
            "signature too (minisign -Sm), or wait if it is still coming"]
        signed = run_kiosk("pack", "sign", str(pack), "--key", f"{key}.key")
        assert signed.returncode == 0, signed.stderr
        assert run_kiosk("pack", "verify", str(pack), "--config", str(config)).returncode == 0
        installed = run_kiosk("pack", "install", str(pack), "--config", str(config))
        assert installed.returncode == 0 and f"installed ohchr-roca {version}" in \
            installed.stdout, installed.stderr
    again = run_kiosk("pack", "install", str(packs["2026.12.1"]), "--config", str(config))
    assert again.returncode == 1 and "not newer than the active 2026.12.2" in again.stderr
    listed = run_kiosk("pack", "list").stdout.splitlines()
    assert [line.split()[:3] for line in listed] == [["*", "ohchr-roca", "2026.12.2"],
                                                     ["ohchr-roca", "2026.12.1", "installed"]]
    rolled = run_kiosk("pack", "rollback")
    assert rolled.returncode == 0 and "to 2026.12.1" in rolled.stdout
    assert run_kiosk("pack", "list").stdout.startswith("  ohchr-roca 2026.12.2")
    assert run_kiosk("pack", "rollback").returncode == 1


def test_bad_usage_and_a_bundle_that_does_not_validate(tmp_path: Path, run_kiosk: Run,
                                                       bundle_copy: Path) -> None:
    """Usage mistakes exit 2; a bundle with a problem is not packed, its problem printed."""
    assert run_kiosk("pack").returncode == 2
    assert run_kiosk("pack", "install").returncode == 2
    (bundle_copy / "bundle.yaml").write_text("bundle: [", encoding="utf-8")
    built = run_kiosk("pack", "build", str(bundle_copy), "--output", str(tmp_path / "x.tar"))
    assert built.returncode == 1 and "bundle.yaml" in built.stderr
    assert not (tmp_path / "x.tar").exists()
