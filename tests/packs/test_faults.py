"""A kiosk killed at any step of an install (a separate process ended with os._exit) then
starts on the old pack or the new one, each whole, never a mix; the next install cleans up."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import APP_NAME
from kiosk.packs.install import FAULT_EXIT, FAULT_VARIABLE, STEPS, install
from kiosk.packs.manifest import MANIFEST
from kiosk.packs.store import Store
from kiosk.packs.trial import StartContent
from kiosk.settings import Settings, save_settings
from tests.helpers import ROOT, MakeWindow
from tests.packs.conftest import PackOf

OLD, NEW = "2026.12.1", "2026.12.2"
EXPECTED = {"staged": OLD, "verified": OLD, "before-switch": OLD, "after-switch": NEW}
"""The version the kiosk shows after a kill at each step: the pointer switch decides."""


def _whole(store: Store, directory: Path) -> str:
    """The version of the install in `directory`, after checking that its files are exactly
    its manifest's (no file missing, none extra, each hash right)."""
    folder = directory.parent
    manifest = json.loads((folder / MANIFEST).read_bytes())
    on_disk = {path.relative_to(directory).as_posix(): hashlib.sha256(path.read_bytes())
               .hexdigest() for path in directory.rglob("*") if path.is_file()}
    assert on_disk == {f["name"]: f["sha256"] for f in manifest["files"]}
    version: str = manifest["bundle"]["version"]
    return version


@pytest.mark.parametrize("step", STEPS)
def test_a_kill_at_each_install_step_leaves_the_old_or_the_new_pack_whole(
        step: str, tmp_path: Path, app_env: dict[str, str], pack_of: PackOf,
        settings: Settings, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """The install process dies at `step`; the kiosk then starts on a whole pack, the old one
    before the pointer switch and the new one (on trial) after it."""
    store = Store(Path(app_env["XDG_DATA_HOME"]) / APP_NAME / "packs")
    assert install(pack_of(OLD), store, settings).installed
    store.confirm()
    config = tmp_path / "settings.yaml"
    save_settings(settings, config)
    killed = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "pack", "install", str(pack_of(NEW)),
         "--config", str(config)], env={**app_env, FAULT_VARIABLE: step},
        capture_output=True, text=True, timeout=120, check=False)
    assert killed.returncode == FAULT_EXIT, killed.stderr
    start = StartContent.choose(None, store)
    assert _whole(store, start.directory) == EXPECTED[step]
    assert start.on_trial == (step == "after-switch")
    monkeypatch.setattr("kiosk.packs.store.default_root", lambda: store.root)
    assert make_window().bundle.facts.bundle.version == EXPECTED[step]
    newer = pack_of("2026.12.3")
    assert install(newer, store, settings).installed  # what the kill left is cleaned up
    assert not list(store.staging.iterdir())
    assert sorted(p.name for p in store.versions.iterdir()) == sorted(
        item.folder for item, _ in store.list())
