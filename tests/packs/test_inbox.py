"""The inbox installs a pack by itself once all of it has arrived and checks, exactly once; a
pack still arriving waits without a receipt; a bad one is refused with its receipt and the
content stays; the running kiosk then shows the new content (at once on the attract screen,
at the next start over under a visitor)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.app import kiosk_of
from kiosk.packs.found import signature_path
from kiosk.packs.inbox import InboxWatcher, PackWorker
from kiosk.packs.jobs import Ready
from kiosk.packs.receipt import Receipt, receipt_path
from kiosk.packs.store import Store
from kiosk.pin import hash_pin
from kiosk.settings import Settings, save_settings
from kiosk.ui.screens import ATTRACT, HOME
from tests.helpers import PIN, MakeWindow
from tests.packs.conftest import PackOf, Signer, shipped_version, snapshot

NEW = "2026.12.2"
WAIT_MS = 20_000


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


@pytest.fixture
def kiosk_store(store: Store, monkeypatch: pytest.MonkeyPatch) -> Store:
    """`store` as the kiosk's own (the one create_window reads without --content)."""
    monkeypatch.setattr("kiosk.packs.store.default_root", lambda: store.root)
    return store


@pytest.fixture
def kiosk_config(tmp_path: Path, inbox: Path, signer: Signer) -> Path:
    """A settings file: the operator PIN, the inbox and the office's key trusted."""
    path = tmp_path / "kiosk-settings.yaml"
    save_settings(Settings(pin_hash=hash_pin(PIN), inbox=str(inbox),
                           trusted_keys=(signer.public,)), path)
    return path


def watcher(qtbot: QtBot, inbox: Path, store: Store, settings: Settings,
            patience_ms: int = 3_600_000) -> tuple[InboxWatcher, list[Receipt], list[Ready]]:
    """An inbox watcher checking as soon as files are still (settle 0), its receipts and
    installs as they come."""
    worker = PackWorker()
    watching = InboxWatcher(inbox, store, settings, worker, settle_ms=0,
                            patience_ms=patience_ms)
    receipts: list[Receipt] = []
    installs: list[Ready] = []
    watching.receipt.connect(receipts.append)
    watching.installed.connect(installs.append)
    watching.start()
    return watching, receipts, installs


def idle(qtbot: QtBot, watching: InboxWatcher) -> None:
    qtbot.waitUntil(lambda: not watching.worker.busy(), timeout=WAIT_MS)


def test_a_pack_arriving_in_pieces_installs_once_and_only_when_complete(
        qtbot: QtBot, inbox: Path, store: Store, settings: Settings, pack_of: PackOf) -> None:
    """Signature first, then the tar cut short under its own name (as a plain copy writes
    it), then a Syncthing-style temporary file renamed over it: "waiting" without a receipt
    until the whole tar is there, then one install."""
    pack = pack_of(NEW)
    data = pack.read_bytes()
    target = inbox / pack.name
    watching, receipts, installs = watcher(qtbot, inbox, store, settings)

    shutil.copy(signature_path(pack), signature_path(target))  # the signature first
    target.write_bytes(data[: len(data) // 3])  # a third of the tar
    qtbot.waitUntil(lambda: watching.state_of(target)[0] == "waiting", timeout=WAIT_MS)
    idle(qtbot, watching)
    assert not receipt_path(target).exists() and receipts == [] and store.active() is None

    temporary = inbox / f".syncthing.{pack.name}.tmp"
    with temporary.open("wb") as file:  # written in chunks under a name that is no pack
        for start in range(0, len(data), 8192):
            file.write(data[start:start + 8192])
            file.flush()
            qtbot.wait(0)  # let the watcher see every chunk
    watching.scan()
    assert not receipt_path(target).exists()
    temporary.replace(target)
    qtbot.waitUntil(lambda: len(installs) == 1, timeout=WAIT_MS)
    for _ in range(3):  # more events and scans change nothing
        watching.scan()
        idle(qtbot, watching)
    assert len(installs) == 1 and [r.result for r in receipts] == ["installed"]
    assert [r["result"] for r in store.receipts()] == ["installed"]
    active = store.active()
    assert active is not None and active.version == NEW
    assert json.loads(receipt_path(target).read_text(encoding="utf-8"))["result"] == "installed"


def test_a_tar_before_its_signature_waits_then_installs_when_it_comes(
        qtbot: QtBot, inbox: Path, store: Store, settings: Settings, pack_of: PackOf) -> None:
    """The tar alone is "waiting" (its signature may be on its way), no receipt; once the
    signature arrives the pack installs."""
    pack = pack_of(NEW)
    target = inbox / pack.name
    watching, receipts, installs = watcher(qtbot, inbox, store, settings)
    shutil.copy(pack, target)
    qtbot.waitUntil(lambda: watching.state_of(target)[0] == "waiting", timeout=WAIT_MS)
    assert "signature" in watching.state_of(target)[1] and not receipt_path(target).exists()
    shutil.copy(signature_path(pack), signature_path(target))
    qtbot.waitUntil(lambda: len(installs) == 1, timeout=WAIT_MS)
    assert [r.result for r in receipts] == ["installed"]


def test_a_pack_still_incomplete_after_the_patience_gets_a_retry_receipt_once(
        qtbot: QtBot, inbox: Path, store: Store, settings: Settings, pack_of: PackOf) -> None:
    """Files that stay cut short are refused, once, with retry: true; the same files are not
    tried again."""
    pack = pack_of(NEW)
    target = inbox / pack.name
    shutil.copy(signature_path(pack), signature_path(target))
    target.write_bytes(pack.read_bytes()[:4096])
    watching, receipts, _ = watcher(qtbot, inbox, store, settings, patience_ms=0)
    qtbot.waitUntil(lambda: len(receipts) == 1, timeout=WAIT_MS)
    watching.scan()
    idle(qtbot, watching)
    receipt = json.loads(receipt_path(target).read_text(encoding="utf-8"))
    assert receipt["result"] == "refused" and receipt["kind"] == "incomplete"
    assert receipt["retry"] is True and len(store.receipts()) == 1 and store.active() is None


@pytest.mark.parametrize("damage", ["another key", "changed after signing"])
def test_a_bad_pack_gets_its_refusal_receipt_and_the_kiosk_keeps_its_content(
        qtbot: QtBot, inbox: Path, kiosk_store: Store, pack_of: PackOf, stranger: Signer,
        kiosk_config: Path, make_window: MakeWindow, damage: str) -> None:
    """A running kiosk refuses a pack signed by a key it does not trust, or changed after it
    was signed: the receipt beside it says why, the store and the screen stay as they were."""
    window = make_window("--config", str(kiosk_config))
    packs = kiosk_of(window).packs
    assert packs is not None
    before = snapshot(kiosk_store)
    pack = pack_of(NEW)
    if damage == "another key":
        stranger.sign(pack)
    else:
        data = bytearray(pack.read_bytes())
        data[-2000] ^= 1  # inside the last member's padding or data: the signature breaks
        pack.write_bytes(bytes(data))
    shutil.copy(signature_path(pack), signature_path(inbox / pack.name))
    shutil.copy(pack, inbox / pack.name)
    receipts: list[Receipt] = []
    packs.receipt.connect(receipts.append)
    qtbot.waitUntil(lambda: len(receipts) == 1, timeout=WAIT_MS)
    receipt = json.loads(receipt_path(inbox / pack.name).read_text(encoding="utf-8"))
    assert receipt["result"] == "refused" and receipt["retry"] is False
    assert receipt["kind"] == ("unknown-key" if damage == "another key" else "signature")
    assert snapshot(kiosk_store) == before
    assert window.bundle.facts.bundle.version == shipped_version()


def test_a_running_kiosk_switches_to_a_pack_dropped_in_its_inbox(
        qtbot: QtBot, inbox: Path, kiosk_store: Store, pack_of: PackOf,
        kiosk_config: Path, make_window: MakeWindow) -> None:
    """A windowed kiosk (no idle reset) shows the new content at once, on home, and its
    trial is passed; the receipt beside the pack says installed."""
    window = make_window("--config", str(kiosk_config))
    window.navigate(window.screen_ids()[-1])
    pack = pack_of(NEW)
    shutil.copy(signature_path(pack), signature_path(inbox / pack.name))
    shutil.copy(pack, inbox / pack.name)
    qtbot.waitUntil(lambda: window.bundle.facts.bundle.version == NEW, timeout=WAIT_MS)
    assert window.current_screen() == HOME
    assert not kiosk_store.state().trial
    receipt = json.loads(receipt_path(inbox / pack.name).read_text(encoding="utf-8"))
    assert receipt["result"] == "installed" and receipt["version"] == NEW


def test_in_kiosk_mode_a_visitor_keeps_the_content_until_the_next_start_over(
        qtbot: QtBot, inbox: Path, kiosk_store: Store, pack_of: PackOf,
        kiosk_config: Path, make_window: MakeWindow) -> None:
    """Under a visitor the new content waits for the start over; on the attract screen it
    comes at once (and the attract screen stays)."""
    window = make_window("--kiosk", "--config", str(kiosk_config))
    kiosk = kiosk_of(window)
    assert kiosk.packs is not None
    window.navigate(HOME)  # a visitor
    pack = pack_of(NEW)
    shutil.copy(signature_path(pack), signature_path(inbox / pack.name))
    shutil.copy(pack, inbox / pack.name)
    qtbot.waitUntil(lambda: kiosk.packs is not None and kiosk.packs.live.pending is not None,
                    timeout=WAIT_MS)
    assert window.bundle.facts.bundle.version == shipped_version()
    assert window.current_screen() == HOME
    kiosk.session.start_over()
    assert window.bundle.facts.bundle.version == NEW
    assert window.current_screen() == ATTRACT
    newer = pack_of("2026.12.3")
    shutil.copy(signature_path(newer), signature_path(inbox / newer.name))
    shutil.copy(newer, inbox / newer.name)  # nobody at the kiosk: at once
    qtbot.waitUntil(lambda: window.bundle.facts.bundle.version == "2026.12.3",
                    timeout=WAIT_MS)
    assert window.current_screen() == ATTRACT
