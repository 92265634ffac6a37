"""Installing a content pack: the shipped content, built and signed once, installed from a
local folder into a fresh store, staging to the pointer switch (kiosk.packs.install)."""

from __future__ import annotations

import time
from typing import Any

from kiosk.packs.build import build_pack
from kiosk.packs.found import signature_path
from kiosk.packs.install import install
from kiosk.packs.minisign import generate_keypair, parse_secret_key, sign_file
from kiosk.packs.store import Store
from kiosk.settings import Settings
from tools.bench.sandbox import ROOT, Sandbox, say
from tools.bench.stats import median

REPEATS = 5
"""Installs timed; each into a store of its own, so each stages, checks and switches."""


def measure_pack_install(sandbox: Sandbox, repeats: int = REPEATS) -> dict[str, Any]:
    """{"pack_install_s": median seconds of `install()` of the shipped content's pack,
    signed (ED), from the sandbox's folder: copy, signature, every member and hash, the full
    loader, the move into the store and the pointer switch, the receipt}."""
    say("installing the shipped content as a signed pack")
    folder = sandbox.root / "pack-install"
    folder.mkdir(parents=True, exist_ok=True)
    pack = folder / "content.tar"
    build_pack(ROOT / "data", pack)
    public, secret = generate_keypair()
    signature_path(pack).write_text(sign_file(pack.read_bytes(), parse_secret_key(secret),
                                              "bench"))
    settings = Settings(trusted_keys=(public.splitlines()[1],))
    times = []
    for run in range(repeats):
        store = Store(folder / f"store-{run}")
        started = time.perf_counter()
        receipt = install(pack, store, settings)
        times.append(time.perf_counter() - started)
        if not receipt.installed:
            raise RuntimeError(receipt.reason)
    return {"pack_install_s": round(median(times), 3)}
