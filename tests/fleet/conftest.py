"""Fixtures of the fleet tests: a kiosk's settings with an outbox, its data folder in the
test's folder (kiosk.paths.data_dir), and status files as a kiosk writes them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from kiosk import paths
from kiosk.fleet.status import Status, utc_now
from kiosk.settings import Settings, save_settings


@dataclass(frozen=True)
class Fleet:
    """One kiosk's folders: its settings file `config`, `outbox` and `data` folder."""

    config: Path
    outbox: Path
    data: Path

    def settings(self, **changes: Any) -> Path:
        """Rewrite the settings file with `changes` on top of the outbox; its path."""
        save_settings(replace(Settings(outbox=str(self.outbox)), **changes), self.config)
        return self.config


@pytest.fixture
def fleet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Fleet:
    """A kiosk named 'Bishkek, lobby' reporting to tmp_path/outbox, its data (kiosk id, run
    marker, pack store) in tmp_path/data."""
    data = tmp_path / "data"
    monkeypatch.setattr(paths, "data_dir", lambda: data)
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    made = Fleet(tmp_path / "settings.yaml", outbox, data)
    made.settings(kiosk_name="Bishkek, lobby")
    return made


def a_status(**changes: Any) -> Status:
    """A healthy kiosk's status written now; `changes` replace fields."""
    status = Status(
        kiosk_id="a1b2c3d4e5f6", kiosk_name="Bishkek, lobby", app_version="0.1.0",
        content_id="ohchr-roca", content_version="2026.12.2", content_source="pack",
        languages=("ar", "en", "ru"),
        last_install={"result": "installed", "version": "2026.12.2", "time": utc_now(),
                      "reason": "installed"},
        errors=0, crash_restarts=0, last_crash_restart=None, uptime_s=3600, running=True,
        day_counts=None, written=utc_now())
    return replace(status, **changes)
