"""The fleet on Syncthing, end to end: an office and a kiosk, two Syncthing instances on
loopback; a signed pack published in the office's packs folder reaches the running kiosk's
inbox and installs, and the kiosk's status comes back through its outbox to show the new
version in `kiosk fleet status`."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from pytestqt.exceptions import TimeoutError as NotInTime
from pytestqt.qtbot import QtBot

from kiosk.content import default_content_dir
from kiosk.settings import Settings, save_settings
from tests.fleet.syncthing import SYNCTHING, Syncthing
from tests.helpers import ROOT, edit

pytestmark = pytest.mark.skipif(
    SYNCTHING is None, reason="syncthing is not installed (Debian: apt-get install syncthing; "
    ".ci/run installs it)")

SYNCED_MS = 120_000
"""How long a file may take to cross (about 2 s here: a 1 s watcher delay on each side)."""


@pytest.fixture
def pair(tmp_path: Path, qtbot: QtBot) -> Iterator[tuple[Syncthing, Syncthing]]:
    """The office's and the kiosk's Syncthing, started and answering their API; stopped
    after the test."""
    office = Syncthing(tmp_path / "office" / "syncthing", "office")
    kiosk = Syncthing(tmp_path / "kiosk" / "syncthing", "kiosk")
    try:
        office.start()
        kiosk.start()
        qtbot.waitUntil(lambda: office.answers() and kiosk.answers(), timeout=SYNCED_MS)
        yield office, kiosk
    finally:
        kiosk.stop()
        office.stop()


def cli(*args: str, env: dict[str, str]) -> str:
    """`kiosk ARGS` as an operator runs it; its output (AssertionError with it if it fails)."""
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def explained(qtbot: QtBot, condition: Callable[[], bool], what: str,
              *context: Callable[[], str]) -> None:
    """Wait until `condition()` (polling, SYNCED_MS at most); when it does not come, fail
    saying `what` and each `context()` (folders, logs), so a red run in CI can be read."""
    try:
        qtbot.waitUntil(condition, timeout=SYNCED_MS)
    except NotInTime:
        pytest.fail(f"{what} not within {SYNCED_MS // 1000} s\n"
                    + "\n".join(f"--- {text()}" for text in context), pytrace=False)


def listing(folder: Path) -> str:
    return f"{folder}: " + ", ".join(sorted(p.relative_to(folder).as_posix()
                                            for p in folder.rglob("*") if p.is_file()))


def tail(path: Path, lines: int = 30) -> str:
    text = path.read_text(errors="replace") if path.exists() else "(none)"
    return f"{path}:\n" + "\n".join(text.splitlines()[-lines:])


def newest_status(folder: Path) -> dict[str, Any] | None:
    """The status file the office holds of the kiosk, or None while there is none."""
    files = sorted((folder / "status").glob("*.json"))
    if not files:
        return None
    try:
        data: dict[str, Any] = json.loads(files[0].read_bytes())
    except ValueError:
        return None  # Syncthing renames whole files in: not expected, but not a reason to stop
    return data


def test_a_pack_published_at_the_office_installs_and_the_status_comes_back(
        pair: tuple[Syncthing, Syncthing], tmp_path: Path, app_env: dict[str, str],
        qtbot: QtBot) -> None:
    """Office packs folder (send only) -> kiosk inbox (receive only); kiosk outbox (send only)
    -> office (receive only). The kiosk runs on the bundled content, a newer signed pack is
    published at the office, the kiosk installs it while it runs, and the office's
    `kiosk fleet status` shows the new version, installed, healthy."""
    office, kiosk = pair
    packs, fleet = tmp_path / "office" / "packs", tmp_path / "office" / "fleet"
    inbox, outbox = tmp_path / "kiosk" / "inbox", tmp_path / "kiosk" / "outbox"
    for folder in (packs, fleet / "lobby", inbox, outbox):
        folder.mkdir(parents=True)
    # Receipts the kiosk writes beside a pack stay local (docs/deploy/fleet.md).
    (inbox / ".stignore").write_text("*.receipt.json\n")
    office.add_device(kiosk)  # paused: the folders are shared before the two connect
    kiosk.add_device(office)
    office.add_folder("ohchr-packs", packs, "sendonly", kiosk)
    office.add_folder("outbox-lobby", fleet / "lobby", "receiveonly", kiosk)
    kiosk.add_folder("ohchr-packs", inbox, "receiveonly", office)
    kiosk.add_folder("outbox-lobby", outbox, "sendonly", office)
    office.resume(kiosk)
    kiosk.resume(office)
    explained(qtbot, lambda: office.connected(kiosk) and kiosk.connected(office),
              "the office and the kiosk connected", lambda: office.log()[-3000:],
              lambda: kiosk.log()[-3000:])

    keys = tmp_path / "keys"
    keys.mkdir()
    cli("pack", "keygen", "--output", str(keys / "office"), env=app_env)
    public = (keys / "office.pub").read_text().splitlines()[1]
    config = tmp_path / "kiosk" / "settings.yaml"
    save_settings(Settings(inbox=str(inbox), outbox=str(outbox), trusted_keys=(public,),
                           kiosk_name="Bishkek, lobby"), config)
    shipped = yaml.safe_load((default_content_dir() / "bundle.yaml").read_text(
        encoding="utf-8"))["bundle"]["version"]
    running = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--config", str(config), "--size", "800x480"],
        env=app_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    kiosk_log = Path(app_env["XDG_DATA_HOME"]) / "ohchr-roca-kiosk" / "kiosk.log"
    context = (lambda: listing(tmp_path / "kiosk"), lambda: listing(tmp_path / "office"),
               lambda: json.dumps(newest_status(fleet / "lobby")), lambda: tail(kiosk_log),
               lambda: tail(kiosk.home / "log.txt"), lambda: tail(office.home / "log.txt"))
    try:
        explained(qtbot, lambda: (newest_status(fleet / "lobby") or {}).get(
            "content_version") == shipped, "the kiosk's first status at the office", *context)
        before = cli("fleet", "status", str(fleet), env=app_env).splitlines()
        assert len(before) == 2 and f"ohchr-roca {shipped} (bundled)" in before[1]

        newer = f"{shipped}.1"
        bundle = tmp_path / "bundle"
        shutil.copytree(default_content_dir(), bundle)
        edit(bundle / "bundle.yaml", f'version: "{shipped}"', f'version: "{newer}"')
        built = tmp_path / "built" / f"content-{newer}.tar"
        built.parent.mkdir()
        cli("pack", "build", str(bundle), "--output", str(built), env=app_env)
        cli("pack", "sign", str(built), "--key", str(keys / "office.key"), env=app_env)
        for name in (built.name + ".minisig", built.name):  # published as an office would
            shutil.copy2(built.parent / name, packs / name)

        def installed() -> bool:
            status = newest_status(fleet / "lobby") or {}
            return status.get("content_version") == newer and \
                (status.get("last_install") or {}).get("result") == "installed"

        explained(qtbot, installed, f"the kiosk's status with {newer} installed at the office",
                  *context)
        assert running.poll() is None, "installed while it runs"
        status = newest_status(fleet / "lobby")
        assert status is not None
        assert (status["content_source"], status["errors"]) == ("pack", 0)
        after = cli("fleet", "status", str(fleet), env=app_env).splitlines()
        assert len(after) == 2, after
        line = after[1]
        assert line.startswith(f"Bishkek, lobby ({status['kiosk_id']})")
        assert f"ohchr-roca {newer}" in line and "(bundled)" not in line
        assert f"installed {newer}" in line and line.endswith("ok")
        assert (inbox / f"{built.name}.receipt.json").exists(), "the kiosk's own receipt"
        assert not (packs / f"{built.name}.receipt.json").exists(), "kept off the office"
    finally:
        running.terminate()
        _, errors = running.communicate(timeout=60)
    assert b"Traceback" not in errors, errors.decode(errors="replace")
