"""Which content the kiosk starts on, and the trial of a newly installed pack: the kiosk
shows the active pack (the bundled content when none is installed, or --content), and a pack
on trial that cannot show its home screen is rolled back by itself, with a log record and a
receipt."""

from __future__ import annotations

import logging
from pathlib import Path

from kiosk.content import default_content_dir
from kiosk.packs.store import Installed, Store

log = logging.getLogger(__name__)


class StartContent:
    """The content a kiosk starts on: `directory` (a bundle folder), and the store's
    install it comes from (`installed`, None for --content or the bundled content),
    `on_trial` when that install has never been shown yet.

    `StartContent.choose(explicit)` picks it; after a window failed to start on it, `failed`
    goes back (the previous install on trial, the bundled content otherwise) and says so;
    `shown` confirms a trial once the home screen was built."""

    def __init__(self, directory: Path, store: Store | None = None,
                 installed: Installed | None = None, on_trial: bool = False) -> None:
        self.directory = directory
        self.store = store
        self.installed = installed
        self.on_trial = on_trial

    @classmethod
    def choose(cls, explicit: Path | None, store: Store | None = None) -> StartContent:
        """`explicit` (--content) when given; else the active pack of `store` (default: this
        kiosk's, kiosk.packs.store.default_root), or the bundled content."""
        if explicit is not None:
            return cls(explicit)
        if store is None:
            from kiosk.packs.store import default_root

            store = Store(default_root())
        state = store.state()
        installed = state.entry(state.active)
        if installed is None:
            return cls(default_content_dir(), store)
        return cls(store.content(installed.folder), store, installed, state.trial)

    @property
    def from_pack(self) -> bool:
        return self.installed is not None

    def failed(self, error: BaseException) -> StartContent:
        """The content to start on instead of this pack, which could not show its home
        screen (`error`): on trial, the previous install (rolled back, with a receipt beside
        the pack and in the store's log); otherwise the bundled content, the store left as
        it is. Logged as an error either way."""
        assert self.store is not None and self.installed is not None
        store, bad = self.store, self.installed
        if not self.on_trial:
            log.error("the active pack %s %s (%s) cannot be shown (%s); showing the bundled "
                      "content: reinstall the pack or roll back", bad.bundle_id, bad.version,
                      self.directory, error)
            return StartContent(default_content_dir(), store)
        from kiosk.packs.errors import PackError
        from kiosk.packs.receipt import Receipt, now, write_receipt

        try:
            previous: Installed | None = store.rollback()
        except PackError:  # nothing older than it: the bundled content
            previous = None
        if previous is None:
            store.switch_to_bundled()
        reason = (f"{bad.source}: {bad.bundle_id} {bad.version} could not show its home screen "
                  f"({type(error).__name__}: {error}); rolled back to "
                  f"{previous.version if previous else 'the bundled content'}")
        log.error("%s", reason)
        receipt = Receipt("rolled back", reason, bad.source, "home-screen", False,
                          bad.bundle_id, bad.version, previous.version if previous else None,
                          now())
        write_receipt(receipt, Path(bad.source))
        try:
            store.record(receipt.to_json())
        except OSError as failure:
            log.error("cannot record the rollback in %s: %s", store.root, failure)
        if previous is None:
            return StartContent(default_content_dir(), store)
        return StartContent(store.content(previous.folder), store, previous, False)

    def shown(self) -> None:
        """The home screen was built on this content: a pack on trial is confirmed."""
        if self.on_trial and self.store is not None:
            self.store.confirm()
            self.on_trial = False
            log.info("pack %s %s passed its trial", self.installed.bundle_id if
                     self.installed else "", self.installed.version if self.installed else "")
