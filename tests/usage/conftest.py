"""Usage tests: each window counts into its own file under tmp_path, never the shared one."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def usage_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The usage file the windows built in this test write (kiosk.paths.usage_database)."""
    path = tmp_path / "data" / "usage.sqlite3"
    monkeypatch.setattr("kiosk.app.usage_database", lambda: path)
    return path
