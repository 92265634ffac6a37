"""The kiosk starts on the active pack, and a pack on trial whose home screen fails is rolled
back by itself: the previous content is shown, the log and the receipt say so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.content import Bundle, default_content_dir
from kiosk.packs.install import install
from kiosk.packs.receipt import receipt_path
from kiosk.packs.store import Store
from kiosk.settings import Settings
from kiosk.ui.screens.home import HomeScreen
from tests.helpers import MakeWindow
from tests.packs.conftest import PackOf, shipped_version

OLD, NEW = "2026.12.1", "2026.12.2"


@pytest.fixture
def kiosk_store(store: Store, monkeypatch: pytest.MonkeyPatch) -> Store:
    """`store` as the kiosk's own (the one create_window reads without --content)."""
    monkeypatch.setattr("kiosk.packs.store.default_root", lambda: store.root)
    return store


def _breaks_home_of(version: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The home screen fails for content of `version`, as a screen bug that the new content
    sets off would: the content loads, the screen cannot be built."""
    build = HomeScreen.__init__

    def failing(self: HomeScreen, bundle: Bundle, screen_id: str = "") -> None:
        if bundle.facts.bundle.version == version:
            raise RuntimeError("the home screen cannot be built")
        build(self, bundle, screen_id)

    monkeypatch.setattr(HomeScreen, "__init__", failing)


def test_without_content_the_kiosk_shows_the_active_pack_and_confirms_its_trial(
        kiosk_store: Store, pack_of: PackOf, settings: Settings,
        make_window: MakeWindow, config: Path) -> None:
    """A new pack is on trial until a window has built its home screen with it."""
    assert make_window().bundle.facts.bundle.version == shipped_version()
    assert install(pack_of(NEW), kiosk_store, settings).installed
    assert kiosk_store.state().trial
    window = make_window("--kiosk", "--config", str(config))  # attract shown, home built
    assert window.bundle.facts.bundle.version == NEW
    assert not kiosk_store.state().trial


def test_with_content_the_kiosk_shows_that_bundle_and_leaves_the_trial(
        kiosk_store: Store, pack_of: PackOf, settings: Settings,
        make_window: MakeWindow) -> None:
    """--content is shown as given, whatever is installed; the pack stays on trial."""
    assert install(pack_of(NEW), kiosk_store, settings).installed
    window = make_window("--content", str(default_content_dir()))
    assert window.bundle.facts.bundle.version == shipped_version()
    assert kiosk_store.state().trial


@pytest.mark.log_expected(r"could not show its home screen")
def test_a_pack_whose_home_screen_fails_is_rolled_back_by_itself(
        kiosk_store: Store, pack_of: PackOf, settings: Settings, make_window: MakeWindow,
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """The kiosk starts on the previous pack, home screen shown, and says why in the log and
    in the receipt beside the pack and in the store's log."""
    assert install(pack_of(OLD), kiosk_store, settings).installed
    kiosk_store.confirm()
    new = pack_of(NEW)
    assert install(new, kiosk_store, settings).installed
    _breaks_home_of(NEW, monkeypatch)
    window = make_window()
    assert window.bundle.facts.bundle.version == OLD
    assert window.current_screen() == "home" and window.isVisible()
    active = kiosk_store.active()
    assert active is not None and active.version == OLD and not kiosk_store.state().trial
    receipt = json.loads(receipt_path(new).read_text(encoding="utf-8"))
    assert receipt["result"] == "rolled back" and receipt["version"] == NEW
    assert receipt["previous_version"] == OLD and "home screen" in receipt["reason"]
    assert kiosk_store.receipts()[-1] == receipt
    assert any("rolled back to 2026.12.1" in r.getMessage() for r in caplog.records)


@pytest.mark.log_expected(r"could not show its home screen")
def test_a_first_pack_whose_home_screen_fails_goes_back_to_the_bundled_content(
        kiosk_store: Store, pack_of: PackOf, settings: Settings, make_window: MakeWindow,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """With no pack before it, the kiosk goes back to the content it shipped with."""
    assert install(pack_of(NEW), kiosk_store, settings).installed
    _breaks_home_of(NEW, monkeypatch)
    assert make_window().bundle.facts.bundle.version == shipped_version()
    assert kiosk_store.active() is None


@pytest.mark.log_expected(r"cannot be shown")
def test_a_confirmed_pack_that_no_longer_loads_gives_the_bundled_content(
        kiosk_store: Store, pack_of: PackOf, settings: Settings,
        make_window: MakeWindow) -> None:
    """An installed pack damaged on the disk later: the kiosk still starts, on the bundled
    content, and the store is left for the operator (reinstall or roll back)."""
    assert install(pack_of(NEW), kiosk_store, settings).installed
    kiosk_store.confirm()
    content = kiosk_store.active_content()
    assert content is not None
    (content / "bundle.yaml").write_text("bundle: [", encoding="utf-8")
    assert make_window().bundle.facts.bundle.version == shipped_version()
    assert kiosk_store.active() is not None

