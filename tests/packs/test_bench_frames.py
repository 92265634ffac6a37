"""The benchmark's frames-while-installing figures (tools/bench/pack_frames.py) come from a
real kiosk window that installs and shows a pack dropped in its inbox."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.content import default_content_dir, load_bundle
from kiosk.packs.store import Store
from tools.bench.cli import missing_figures, sections
from tools.bench.figures import FIGURES
from tools.bench.plan import QUICK
from tools.bench.sandbox import make_sandbox


def test_the_pack_frames_section_gives_its_figures(qapp: QApplication, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The section installs the pack through the inbox (the store's active pack is its
    version) and gives every figure it declares; the longest frame has issue 14's target."""
    store = Store(tmp_path / "store")
    monkeypatch.setattr("kiosk.packs.store.default_root", lambda: store.root)
    bundle = load_bundle(default_content_dir())
    (tmp_path / "bench").mkdir()
    result = sections(QUICK, make_sandbox(tmp_path / "bench", False, bundle), bundle)[
        "pack frames"]()
    assert result is not None and missing_figures(result, {"pack frames"}) == []
    active = store.active()
    assert active is not None and active.version == "9999.1.1"
    assert result["pack_install_longest_frame_ms"] > 0 and result["pack_install_live_s"] > 0
    figure = next(f for f in FIGURES if f.key == "pack_install_longest_frame_ms")
    assert figure.target is not None and figure.target.limit == 50
