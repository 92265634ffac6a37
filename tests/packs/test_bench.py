"""The benchmark's pack install figure (tools/bench/pack_install.py) is produced by a real
install of the shipped content."""

from __future__ import annotations

from pathlib import Path

from kiosk.content import default_content_dir, load_bundle
from tools.bench.figures import FIGURES
from tools.bench.pack_install import measure_pack_install
from tools.bench.sandbox import make_sandbox


def test_the_pack_install_section_gives_its_figure(tmp_path: Path) -> None:
    """One install, timed, installed: pack_install_s is a figure of the table, with a target."""
    sandbox = make_sandbox(tmp_path, False, load_bundle(default_content_dir()))
    result = measure_pack_install(sandbox, repeats=1)
    assert set(result) == {"pack_install_s"} and result["pack_install_s"] > 0
    figure = next(f for f in FIGURES if f.key == "pack_install_s")
    assert figure.target is not None and figure.section == "pack install"
    assert any(tmp_path.rglob("active.json")), "no store got an active pack"
