"""The status file a running kiosk keeps in its outbox: what it says, when it is rewritten,
how it is rewritten (atomically), and the crash-restarts it counts."""

from __future__ import annotations

import calendar
import datetime
import json
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

import kiosk
from kiosk.app import kiosk_of
from kiosk.fleet.reporter import StatusReporter
from kiosk.fleet.restarts import RunMarker
from kiosk.fleet.status import Status
from tests.fleet.conftest import Fleet
from tests.helpers import ROOT, MakeWindow


def reporter(window: Any) -> StatusReporter:
    status = kiosk_of(window).status
    assert status is not None, "a kiosk with an outbox reports its status"
    return status


def first_status(qtbot: QtBot, window: Any) -> dict[str, Any]:
    """The status file the kiosk writes soon after it starts, as JSON."""
    status = reporter(window)
    if not status.path.exists():
        with qtbot.waitSignal(status.written, timeout=10_000):
            pass
    data: dict[str, Any] = json.loads(status.path.read_text(encoding="utf-8"))
    return data


def test_the_status_says_which_kiosk_shows_what(fleet: Fleet, make_window: MakeWindow,
                                                qtbot: QtBot) -> None:
    """Soon after start the outbox holds status/<id>.json: the kiosk's id and name, the app
    and content versions, the offered languages, no install yet, no errors, its uptime, the
    time written (UTC), the schema."""
    window = make_window("--config", str(fleet.config))
    data = first_status(qtbot, window)
    files = list((fleet.outbox / "status").iterdir())
    assert files == [reporter(window).path]
    facts = window.bundle.facts.bundle
    assert data["schema"] == 1
    assert data["kiosk_id"] == files[0].stem
    assert data["kiosk_name"] == "Bishkek, lobby"
    assert data["app_version"] == kiosk.__version__
    assert (data["content_id"], data["content_version"]) == (facts.id, facts.version)
    assert data["content_source"] == "bundled"
    assert data["languages"] == window.offered_languages()
    assert data["last_install"] is None
    assert (data["errors"], data["crash_restarts"], data["running"]) == (0, 0, True)
    assert 0 <= data["uptime_s"] < 24 * 3600
    counts = data["day_counts"]
    assert counts["day"] == datetime.date.today().isoformat()
    assert {"sessions", "languages", "screens"} <= set(counts)
    written = calendar.timegm(time.strptime(data["written"], "%Y-%m-%dT%H:%M:%SZ"))
    assert abs(written - time.time()) < 120, "UTC, to the second"
    Status.from_json(data)  # what the office's reader accepts


def test_the_kiosk_id_is_made_once_and_kept(fleet: Fleet, make_window: MakeWindow,
                                           qtbot: QtBot) -> None:
    """Without a kiosk_id setting the id is generated once, kept in the data folder and the
    same at the next start; with one, the setting's id names the file."""
    first = reporter(make_window("--config", str(fleet.config)))
    first.stop()
    second = reporter(make_window("--config", str(fleet.config)))
    second.stop()
    assert first.kiosk_id == second.kiosk_id
    assert (fleet.data / "fleet" / "kiosk-id").read_text().strip() == first.kiosk_id
    fleet.settings(kiosk_id="bishkek-lobby")
    named = reporter(make_window("--config", str(fleet.config)))
    assert named.path == fleet.outbox / "status" / "bishkek-lobby.json"


@pytest.mark.log_expected(r"kiosk_id: expected up to 64 letters")
def test_a_kiosk_id_that_is_not_a_file_name_is_refused(fleet: Fleet, make_window: MakeWindow,
                                                       qtbot: QtBot) -> None:
    """kiosk_id '../../x' in the settings is refused with its file, line and key, and the
    status goes to status/<generated id>.json, nowhere else."""
    fleet.config.write_text(f"outbox: {fleet.outbox}\nkiosk_id: ../../x\n", encoding="utf-8")
    window = make_window("--config", str(fleet.config))
    first_status(qtbot, window)
    root = fleet.outbox.parent
    written = sorted(p.relative_to(root).as_posix() for p in root.rglob("*")
                     if p.is_file() and fleet.data not in p.parents)
    assert written == [f"outbox/status/{reporter(window).kiosk_id}.json", "settings.yaml"]
    assert reporter(window).kiosk_id != "../../x"


@pytest.mark.log_expected(r"a failure the office should see")
def test_an_error_is_counted_and_written_soon(fleet: Fleet, make_window: MakeWindow,
                                             qtbot: QtBot) -> None:
    """A log record at ERROR is counted and a new status follows within seconds; warnings
    are not counted."""
    window = make_window("--config", str(fleet.config))
    first_status(qtbot, window)
    status = reporter(window)
    with qtbot.waitSignal(status.written, timeout=10_000):
        logging.getLogger("kiosk.test").error("a failure the office should see")
        logging.getLogger("kiosk.test").warning("a failure the office should see, mildly")
    data = json.loads(status.path.read_text(encoding="utf-8"))
    assert data["errors"] == 1


def test_offered_languages_are_a_change(fleet: Fleet, make_window: MakeWindow,
                                        qtbot: QtBot) -> None:
    """Offering fewer languages changes the status (the periodic check writes it); with
    nothing changed the check writes nothing."""
    window = make_window("--config", str(fleet.config))
    first_status(qtbot, window)
    status = reporter(window)
    assert status.refresh() is None, "nothing changed: nothing written"
    offered = window.bundle.languages[:2]
    window.set_offered_languages(offered)
    assert status.refresh() == status.path
    assert json.loads(status.path.read_text(encoding="utf-8"))["languages"] == list(offered)


def test_the_file_is_replaced_whole(fleet: Fleet, make_window: MakeWindow,
                                    qtbot: QtBot) -> None:
    """A rewrite puts a new file in place (a rename): whoever was reading the old one, as
    Syncthing may be, still reads all of it, and no temporary file is left beside it."""
    window = make_window("--config", str(fleet.config))
    first_status(qtbot, window)
    status = reporter(window)
    before = status.path.read_bytes()
    with status.path.open("rb", buffering=0) as reading:  # reads what the file holds
        start = reading.read(10)
        window.set_offered_languages(window.bundle.languages[:1])
        status.write()
        rest = reading.read()
    assert start + rest == before, "the old file, complete"
    assert json.loads(status.path.read_bytes())["languages"] == list(window.bundle.languages[:1])
    assert [p.name for p in status.path.parent.iterdir()] == [status.path.name]


@pytest.mark.log_expected(r"fleet status not written: .*the outbox .* does not exist")
def test_a_missing_outbox_is_said_once_and_the_kiosk_goes_on(
        fleet: Fleet, make_window: MakeWindow, qtbot: QtBot,
        caplog: pytest.LogCaptureFixture) -> None:
    """An outbox that is gone (an unplugged disk, Syncthing not set up) is a warning naming
    it, said once however often the kiosk tries, not an error; writing resumes when it is
    back."""
    window = make_window("--config", str(fleet.config))
    first_status(qtbot, window)
    status = reporter(window)
    (fleet.outbox / "status" / status.path.name).unlink()
    (fleet.outbox / "status").rmdir()
    fleet.outbox.rmdir()
    assert status.write() is None
    assert status.write() is None
    said = [r for r in caplog.records if "not written" in r.getMessage()]
    assert len(said) == 1 and said[0].levelno == logging.WARNING
    assert str(fleet.outbox) in said[0].getMessage()
    fleet.outbox.mkdir()
    assert status.write() == status.path
    assert json.loads(status.path.read_bytes())["errors"] == 0


def test_a_clean_end_says_so_and_leaves_no_marker(fleet: Fleet, make_window: MakeWindow,
                                                  qtbot: QtBot) -> None:
    """When the kiosk ends cleanly its last status says running: false and the next start
    counts no crash-restart."""
    window = make_window("--config", str(fleet.config))
    first_status(qtbot, window)
    reporter(window).stop()
    assert json.loads(reporter(window).path.read_bytes())["running"] is False
    assert not (fleet.data / "fleet" / "running.json").exists()
    again = make_window("--config", str(fleet.config))
    assert first_status(qtbot, again)["crash_restarts"] == 0


@pytest.mark.log_expected(r"did not end cleanly")
def test_a_marker_of_a_dead_process_from_this_boot_is_a_crash_restart(tmp_path: Path) -> None:
    """A marker left by a process that is gone, from this boot, is a crash-restart (logged);
    one from another boot (the machine switched off) is not."""
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    pid = int(gone.stdout)
    marker = RunMarker(tmp_path)
    marker.start()
    boot = json.loads(marker.marker.read_text())["boot"]
    assert boot, "this machine tells its boot id (QSysInfo.bootUniqueId)"
    marker.marker.write_text(json.dumps({"pid": pid, "boot": "another-boot", "started": 0}))
    assert RunMarker(tmp_path).start().count == 0
    marker.marker.write_text(json.dumps({"pid": pid, "boot": boot, "started": 0}))
    restarts = RunMarker(tmp_path).start()
    assert restarts.count == 1 and restarts.last is not None
    marker.end()
    later = RunMarker(tmp_path).start(now=time.time() + 8 * 86400)
    assert later.count == 0, "a crash-restart counts for a week"


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_kiosk_counts_a_crash_restart(fleet: Fleet, app_env: dict[str, str],
                                              qtbot: QtBot) -> None:
    """A kiosk process killed while it runs is counted at its next start (the second
    process's status says crash_restarts 1)."""
    env = {**app_env, "XDG_DATA_HOME": str(fleet.data.parent / "xdg")}
    command = [sys.executable, str(ROOT / "main.py"), "--config", str(fleet.config),
               "--size", "800x480"]
    status_dir = fleet.outbox / "status"

    def run_until_status() -> tuple[subprocess.Popen[bytes], dict[str, Any]]:
        for old in status_dir.glob("*.json"):
            old.unlink()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        qtbot.waitUntil(lambda: any(status_dir.glob("*.json")), timeout=60_000)
        path = next(status_dir.glob("*.json"))
        return process, json.loads(path.read_bytes())

    first, data = run_until_status()
    assert data["crash_restarts"] == 0
    first.send_signal(signal.SIGKILL)
    first.wait(30)
    second, data = run_until_status()
    try:
        assert data["crash_restarts"] == 1
        assert data["last_crash_restart"] is not None
    finally:
        second.kill()
        second.wait(30)
