"""What a start does not pay for: the modules that wait for their first use stay unimported
until then (tools/bench measures the start-up; this keeps its lazy parts lazy).

Each start is a fresh interpreter showing the home screen; the second of two starts with the
same cache folder reads the validated bundle from its cache, as every kiosk start but the
first after a content change does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

LAZY = ("kiosk.search.index", "kiosk.ui.search.results", "kiosk.ui.search.overlay",
        "kiosk.packs.extract", "kiosk.packs.minisign", "tarfile", "kiosk.packs.inbox")
"""Search (index, panels: the first query), pack extraction and signatures (the inbox's first
look, a second after start, or the operator's packs page)."""
LAZY_ON_A_CACHED_START = ("kiosk.content.scripts",)
"""The script checks' tables: only when language files are read and checked."""

START = (
    "import json, os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
    "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
    "import kiosk.__main__; from kiosk.app import create_window;"
    "w = create_window(sys.argv[1:]); w.show(); w.grab(); app.processEvents();"
    "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('kiosk', 'tarfile')))))"
)


def started(tmp_path: Path, *argv: str) -> set[str]:
    """The modules (kiosk's and tarfile) imported once a fresh kiosk shows its first screen."""
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-c", START, *argv,
                             "--config", str(tmp_path / "settings.yaml")],
                            capture_output=True, text=True, cwd=ROOT, timeout=120, check=True,
                            env=env)
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("mode", [(), ("--kiosk",)], ids=["windowed", "kiosk"])
def test_a_start_imports_nothing_that_waits_for_its_first_use(tmp_path: Path,
                                                              mode: tuple[str, ...]) -> None:
    first = started(tmp_path, *mode)
    assert "kiosk.ui.search.controller" in first  # the bar's search is there, ...
    assert not first & set(LAZY), "imported at start"  # ... what it searches with is not
    cached = started(tmp_path, *mode)
    assert not cached & set(LAZY + LAZY_ON_A_CACHED_START), "imported at a cached start"
