"""The running kiosk's frames while a pack installs from its inbox: a timer asks for a frame
every 16 ms (as an animation would) and the longest gap between two frames is the figure.

The kiosk is a real window from create_window, windowed on home, with an inbox and the key
of a pack of the shipped content (a newer version) trusted; the pack and its signature are
copied into the inbox and the measurement runs until the window shows the new content (the
watcher's wait, the check, the install and the live switch, all of it) and 0.5 s more.
"""

from __future__ import annotations

import itertools
import shutil
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.app import create_window, kiosk_of
from kiosk.packs.build import build_pack
from kiosk.packs.found import signature_path
from kiosk.packs.jobs import Ready
from kiosk.packs.minisign import generate_keypair, parse_secret_key, sign_file
from kiosk.settings import Settings, save_settings
from tools.bench.sandbox import ROOT, Sandbox, say
from tools.bench.window import start_application

FRAME_MS = 16
"""One frame at 60 Hz: what the timer asks for."""
VERSION = "9999.1.1"
"""The pack's version: newer than anything installed."""
DEADLINE_S = 60.0
IDLE_MS = 1000
"""Frames timed before the drop: the kiosk alone, for comparison."""


def measure_pack_frames(sandbox: Sandbox) -> dict[str, Any]:
    """{"pack_install_longest_frame_ms": the longest gap between two 16 ms frames of a
    running kiosk while a pack dropped in its inbox is checked, installed and switched to,
    "pack_install_frame_p99_ms": the 99th percentile gap, "pack_install_live_s": the drop to
    the new content on screen}. RuntimeError if the pack is not shown within a minute."""
    say("frames of a running kiosk while a pack installs from its inbox")
    app = QApplication.instance() or start_application(sandbox)
    assert isinstance(app, QApplication)
    folder = sandbox.root / "pack-frames"
    inbox = folder / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    bundle = folder / "bundle"
    shutil.copytree(ROOT / "data", bundle, dirs_exist_ok=True)
    meta = bundle / "bundle.yaml"
    text = meta.read_text(encoding="utf-8")
    meta.write_text(text.replace(_version_line(text), f'  version: "{VERSION}"', 1),
                    encoding="utf-8")
    pack = folder / "content.tar"
    build_pack(bundle, pack)
    public, secret = generate_keypair()
    signature_path(pack).write_text(sign_file(pack.read_bytes(), parse_secret_key(secret),
                                              "bench"))
    settings = folder / "settings.yaml"
    save_settings(Settings(inbox=str(inbox), trusted_keys=(public.splitlines()[1],)),
                  settings)
    window = create_window([*sandbox.kiosk_args, "--config", str(settings),
                            "--idle-timeout", str(24 * 3600)])
    window.show()
    packs = kiosk_of(window).packs
    if packs is None:
        raise RuntimeError("the bench window has no pack store")
    packs.watch_inbox()
    ticks: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(FRAME_MS)
    ticker.timeout.connect(lambda: ticks.append(clock.nsecsElapsed() / 1e6))
    marks: dict[str, float] = {}
    loop = QEventLoop()

    def mark(name: str) -> None:
        marks[name] = clock.nsecsElapsed() / 1e6

    def switched(_bundle: object) -> None:
        mark("shown")
        QTimer.singleShot(500, loop.quit)  # and half a second of frames after it

    live = packs.live
    offer = live.offer

    def offered(ready: Ready, at_once: bool = False) -> None:
        mark("ready")  # installed and loaded on the worker
        # The switch two frames later, so that a frame spent on the install and one spent
        # on the switch are told apart.
        def switch() -> None:
            mark("switching")
            offer(ready, at_once)

        QTimer.singleShot(2 * FRAME_MS, switch)

    live.offer = offered  # type: ignore[method-assign]
    packs.switched.connect(switched)
    clock.start()
    ticker.start()
    idle = QEventLoop()
    QTimer.singleShot(IDLE_MS, idle.quit)
    idle.exec()  # the kiosk alone: the floor
    mark("dropped")
    shutil.copy(signature_path(pack), signature_path(inbox / pack.name))
    shutil.copy(pack, inbox / pack.name)
    QTimer.singleShot(int(DEADLINE_S * 1000), loop.quit)
    loop.exec()
    ticker.stop()
    window.close()
    if "shown" not in marks or window.bundle.facts.bundle.version != VERSION:
        raise RuntimeError("the pack dropped in the inbox was not shown within a minute")
    return {"pack_install_longest_frame_ms": _longest(ticks, marks["dropped"], marks["ready"]),
            "pack_idle_longest_frame_ms": _longest(ticks, 0.0, marks["dropped"]),
            "pack_switch_longest_frame_ms": _longest(ticks, marks["switching"],
                                                     marks["shown"] + 500),
            "pack_install_live_s": round((marks["shown"] - marks["dropped"]) / 1000, 3)}


def _longest(ticks: list[float], start: float, end: float) -> float:
    """The longest gap between two timer ticks that overlaps (start, end), in ms: a frame
    that began before the work or ended after it counts."""
    gaps = [b - a for a, b in itertools.pairwise(ticks) if a < end and b > start]
    return round(max(gaps), 1) if gaps else 0.0


def _version_line(text: str) -> str:
    line = next(line for line in text.splitlines() if line.strip().startswith("version:"))
    return line

