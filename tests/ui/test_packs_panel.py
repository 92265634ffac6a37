"""The operator panel's content packs: the packs of the inbox and of removable media listed
with their version and signing key or why they are refused; Install, an older version only
after a confirmation, and Roll back, each shown on the screen at once."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.app import kiosk_of
from kiosk.packs.found import MEDIA_FOLDER, Volume, signature_path
from kiosk.packs.receipt import receipt_path
from kiosk.packs.store import Store
from kiosk.pin import hash_pin
from kiosk.settings import Settings, save_settings
from kiosk.ui.main_window import MainWindow
from kiosk.ui.operator.packs_panel import PackRow, PacksPage
from tests.helpers import PIN, MakeWindow
from tests.packs import conftest as pack_fixtures
from tests.packs.conftest import PackOf, Signer, shipped_version

# The pack tests' fixtures (tests/packs/conftest.py), used here too.
signer = pack_fixtures.signer
stranger = pack_fixtures.stranger
store = pack_fixtures.store
bundle_of = pack_fixtures.bundle_of
pack_of = pack_fixtures.pack_of

NEW, OLDER = "2026.12.2", "2026.11.5"
WAIT_MS = 20_000


@pytest.fixture
def kiosk_store(store: Store, monkeypatch: pytest.MonkeyPatch) -> Store:
    monkeypatch.setattr("kiosk.packs.store.default_root", lambda: store.root)
    return store


@pytest.fixture
def usb(tmp_path: Path) -> Volume:
    """A removable volume (what removable_volumes would give for a stick named OFFICE-USB)."""
    root = tmp_path / "media" / "OFFICE-USB"
    (root / MEDIA_FOLDER).mkdir(parents=True)
    return Volume(root, "OFFICE-USB")


def put(pack: Path, folder: Path) -> Path:
    """`pack` and its signature copied into `folder`; the copy's path."""
    shutil.copy(signature_path(pack), signature_path(folder / pack.name))
    return Path(shutil.copy(pack, folder / pack.name))


def opened_page(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, signer: Signer,
                usb: Volume, *argv: str) -> tuple[MainWindow, PacksPage]:
    """A kiosk with an inbox, its panel unlocked with the PIN and the packs page shown."""
    inbox = tmp_path / "inbox"
    inbox.mkdir(exist_ok=True)
    config = tmp_path / "panel-settings.yaml"
    save_settings(Settings(pin_hash=hash_pin(PIN), inbox=str(inbox),
                           trusted_keys=(signer.public,)), config)
    window = make_window("--config", str(config), *argv)
    kiosk = kiosk_of(window)
    assert kiosk.packs is not None
    kiosk.packs.volumes = lambda: [usb]
    kiosk.operator.open_panel()
    panel = kiosk.operator.panel
    for digit in PIN:
        panel.pin_pad.keys[digit].click()
    panel.pin_pad.keys[">"].click()
    page = panel.findChild(PacksPage)
    assert page is not None
    button = next(b for b, _name, p in panel._extra if p is page)
    assert button.isVisible() and button.text()
    button.click()
    assert page.isVisible()
    return window, page


def checked(qtbot: QtBot, page: PacksPage, count: int) -> list[PackRow]:
    qtbot.waitUntil(lambda: len(page.rows) == count and
                    all(row.outcome is not None for row in page.rows), timeout=WAIT_MS)
    return page.rows


def test_the_panel_lists_inbox_and_removable_packs_with_key_or_refusal(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, signer: Signer,
        stranger: Signer, usb: Volume, kiosk_store: Store, pack_of: PackOf) -> None:
    """A good pack on the stick (in kiosk-packs/) shows its version, the key that signed it
    and Install; a pack in the inbox signed by an unknown key shows why it is refused."""
    window, page = opened_page(qtbot, make_window, tmp_path, signer, usb)
    good = put(pack_of(NEW), usb.root / MEDIA_FOLDER)
    bad = pack_of("2026.12.9")
    stranger.sign(bad)
    bad = put(bad, tmp_path / "inbox")
    page.refresh_button.click()
    rows = {row.found.pack: row for row in checked(qtbot, page, 2)}
    assert list(rows) == [bad, good]  # the inbox first
    shown = rows[good].detail.text()
    assert "OFFICE-USB" in shown and NEW in shown
    assert signer.public_path.read_text().split("untrusted comment: minisign public key ")[1] \
        .split()[0] in shown  # the key's id, as minisign prints it
    assert rows[good].install_button.isVisible() and not rows[good].force_button.isVisible()
    refused = rows[bad].detail.text()
    outcome = rows[bad].outcome
    assert outcome is not None and outcome.state == "refused" and "trusted_keys" in outcome.reason
    assert outcome.reason in refused.replace("\u2066\u200e", "").replace("\u2069\u200e", "")
    assert str(tmp_path / "inbox") in refused
    assert not rows[bad].install_button.isVisible() and not rows[bad].force_button.isVisible()
    assert window.bundle.facts.bundle.version == shipped_version()


def test_install_from_the_panel_then_an_older_version_only_after_confirming(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, signer: Signer, usb: Volume,
        kiosk_store: Store, pack_of: PackOf) -> None:
    """Install shows the new content at once and writes the receipt beside the pack; an
    older pack offers only "older version", which asks first: Cancel changes nothing,
    confirming installs it; Roll back returns to the one before."""
    window, page = opened_page(qtbot, make_window, tmp_path, signer, usb)
    new = put(pack_of(NEW), usb.root)
    older = put(pack_of(OLDER), usb.root / MEDIA_FOLDER)
    page.refresh()
    rows = {row.found.pack: row for row in checked(qtbot, page, 2)}
    rows[new].install_button.click()
    qtbot.waitUntil(lambda: window.bundle.facts.bundle.version == NEW, timeout=WAIT_MS)
    assert json.loads(receipt_path(new).read_text(encoding="utf-8"))["result"] == "installed"
    assert NEW in page.status.text() and NEW in page.showing.text()

    rows = {row.found.pack: row for row in checked(qtbot, page, 2)}
    assert not rows[older].install_button.isVisible() and rows[older].force_button.isVisible()
    rows[older].force_button.click()
    assert page.confirm_row.isVisible() and OLDER in page.question.text()
    page.cancel_button.click()
    assert not page.confirm_row.isVisible() and not receipt_path(older).exists()
    rows[older].force_button.click()
    page.confirm_button.click()
    qtbot.waitUntil(lambda: window.bundle.facts.bundle.version == OLDER, timeout=WAIT_MS)
    assert json.loads(receipt_path(older).read_text(encoding="utf-8"))["result"] == "installed"

    page.rollback_button.click()
    qtbot.waitUntil(lambda: window.bundle.facts.bundle.version == NEW, timeout=WAIT_MS)
    active = kiosk_store.active()
    assert active is not None and active.version == NEW


def test_the_packs_page_follows_the_interface_language(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, signer: Signer, usb: Volume,
        kiosk_store: Store) -> None:
    """Every language of the bundle gives the page's buttons and its empty line their own
    text (no English left in a translated language), laid out in the language's direction."""
    window, page = opened_page(qtbot, make_window, tmp_path, signer, usb)
    panel = kiosk_of(window).operator.panel
    checked(qtbot, page, 0)
    english: dict[str, str] = {}
    for code in ["en", *(c for c in window.bundle.languages if c != "en")]:
        window.set_language(code)
        panel.retranslate()
        texts = {"refresh": page.refresh_button.text(), "rollback": page.rollback_button.text(),
                 "empty": page.empty.text(), "heading": page.heading.text()}
        assert all(texts.values()), (code, texts)
        if code == "en":
            english = texts
        else:
            assert all(texts[key] != english[key] for key in texts), (code, texts)
        assert page.isRightToLeft() == (window.layoutDirection().name == "RightToLeft")
