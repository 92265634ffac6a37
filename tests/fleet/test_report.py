"""`kiosk fleet status DIR`: the office's table of its kiosks, from good, silent and
malformed status files."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.commands.fleet import main
from kiosk.fleet.status import Status, status_path
from tests.fleet.conftest import a_status
from tests.helpers import Run


def put(fleet_dir: Path, kiosk: str, status: Status) -> Path:
    """`status` in the office's copy of kiosk `kiosk`'s outbox: DIR/<kiosk>/status/<id>.json."""
    path = status_path(fleet_dir / kiosk, status.kiosk_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(status.to_json())
    return path


def ago(seconds: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - seconds))


def fleet_status(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    code = main(["status", *args])
    out, err = capsys.readouterr()
    assert not err
    return code, out.splitlines()


def line_of(lines: list[str], text: str) -> str:
    found = [line for line in lines if text in line]
    assert len(found) == 1, (text, lines)
    return found[0]


def test_a_good_and_a_silent_kiosk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One line per kiosk, under headings: its name and id, the age of its last report, app
    and content versions, languages, last install, and health: ok when it reported lately,
    unknown (never 'down') when it has been silent longer than --silent-after."""
    put(tmp_path, "bishkek", a_status(written=ago(120)))
    put(tmp_path, "almaty", a_status(kiosk_id="almaty-1", kiosk_name="Almaty, hall",
                                      written=ago(3 * 3600), content_version="2026.12.1",
                                      languages=("ru", "kk")))
    code, lines = fleet_status(capsys, str(tmp_path))
    assert code == 0
    assert lines[0].split()[:3] == ["KIOSK", "LAST", "REPORT"]
    assert len(lines) == 3
    good = line_of(lines, "Bishkek, lobby (a1b2c3d4e5f6)")
    for shown in ("2 min ago", "0.1.0", "ohchr-roca 2026.12.2", "ar en ru",
                  "installed 2026.12.2"):
        assert shown in good
    assert good.endswith("ok")
    silent = line_of(lines, "Almaty, hall (almaty-1)")
    assert "3 h ago" in silent and "ru kk" in silent and "2026.12.1" in silent
    assert "unknown" in silent and "down" not in " ".join(lines)
    assert lines.index(silent) < lines.index(good), "by name"
    code, lines = fleet_status(capsys, str(tmp_path), "--silent-after", "240")
    assert line_of(lines, "almaty-1").endswith("ok")


def test_health_says_errors_crashes_and_refused_installs(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Errors logged, crash-restarts and a refused or rolled-back last install make a
    kiosk's health 'errors', saying which; a clean stop is 'unknown', not ok."""
    refused = {"result": "refused", "version": "2026.12.3", "time": ago(60), "reason": "x"}
    put(tmp_path, "a", a_status(kiosk_id="k-errors", errors=3, crash_restarts=1))
    put(tmp_path, "b", a_status(kiosk_id="k-refused", last_install=refused))
    put(tmp_path, "c", a_status(kiosk_id="k-stopped", running=False))
    code, lines = fleet_status(capsys, str(tmp_path))
    assert code == 0
    errors = line_of(lines, "k-errors")
    assert "errors (3 errors logged, 1 crash-restart in 7 days)" in errors
    assert "errors (last install refused)" in line_of(lines, "k-refused")
    assert "refused 2026.12.3" in line_of(lines, "k-refused")
    assert "unknown (stopped cleanly" in line_of(lines, "k-stopped")


def test_one_outbox_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """DIR may be one kiosk's outbox (DIR/status/<id>.json)."""
    path = status_path(tmp_path, "solo")
    path.parent.mkdir()
    path.write_bytes(a_status(kiosk_id="solo").to_json())
    code, lines = fleet_status(capsys, str(tmp_path))
    assert code == 0 and "(solo)" in lines[1]


@pytest.mark.parametrize(("content", "said"), [
    (b'{"schema": 1, "kiosk_id": ', "line 1, column 27: not JSON"),
    (b"\xff\xfe", "not UTF-8"),
    (b"[1, 2]", "expected a JSON object, found a list"),
    (b'{"schema": 7}', "schema: expected schema 1, found 7"),
    (None, "errors: expected a whole number from 0, found a string"),
    (b"", "line 1, column 1: not JSON"),
])
def test_a_malformed_file_is_a_line_saying_what_is_wrong(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None,
        said: str) -> None:
    """A file that is not a status is one line naming the file and what is wrong, after the
    good kiosks, never a traceback; the exit code is still 0."""
    put(tmp_path, "good", a_status())
    bad = status_path(tmp_path / "bad", "broken")
    bad.parent.mkdir(parents=True)
    if content is None:
        data = json.loads(a_status(kiosk_id="broken").to_json())
        data["errors"] = "many"
        content = json.dumps(data).encode()
    bad.write_bytes(content)
    code, lines = fleet_status(capsys, str(tmp_path))
    assert code == 0
    assert line_of(lines, "a1b2c3d4e5f6").endswith("ok")
    problem = line_of(lines, str(bad))
    assert problem.startswith(f"{bad}: {said}"), problem
    assert lines[-1] == problem


def test_a_file_missing_a_field_or_misnamed(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A status without one of its fields names the field; one whose kiosk_id is not its
    file's name says so (a copied file would otherwise show the wrong kiosk)."""
    data = json.loads(a_status(kiosk_id="k1").to_json())
    del data["languages"]
    missing = status_path(tmp_path / "one", "k1")
    missing.parent.mkdir(parents=True)
    missing.write_text(json.dumps(data))
    misnamed = put(tmp_path, "two", a_status(kiosk_id="k2"))
    misnamed = misnamed.rename(misnamed.with_name("k3.json"))
    code, lines = fleet_status(capsys, str(tmp_path))
    assert code == 0
    assert line_of(lines, str(missing)).startswith(f"{missing}: languages: missing")
    assert line_of(lines, str(misnamed)).startswith(
        f"{misnamed}: kiosk_id: 'k2' is not the file's name 'k3'")


def test_control_characters_cannot_drive_the_terminal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A name or version with escape sequences or a newline (a forged or broken file) is
    printed escaped: one line per kiosk, no terminal control."""
    put(tmp_path, "x", a_status(kiosk_name="Lobby\x1b[2J\nfake line", content_version="1\r2"))
    code, lines = fleet_status(capsys, str(tmp_path))
    assert code == 0 and len(lines) == 2
    assert "\x1b" not in lines[1] and "\r" not in lines[1]
    assert "Lobby\\x1b[2J\\nfake line" in lines[1]


def test_two_kiosks_with_one_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The same kiosk id in two outboxes (a copied data folder) is said, with what to do."""
    put(tmp_path, "one", a_status())
    put(tmp_path, "two", replace(a_status(), kiosk_name="Osh"))
    code, lines = fleet_status(capsys, str(tmp_path))
    assert code == 0
    note = line_of(lines, "two kiosks share one id")
    assert "set kiosk_id" in note


def test_syncthing_leftovers_are_not_kiosks(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """Syncthing's temporary files and conflict copies in an outbox are not kiosks."""
    path = put(tmp_path, "one", a_status())
    (path.parent / ".syncthing.a1b2c3d4e5f6.json.tmp").write_text("{")
    (path.parent / "a1b2c3d4e5f6.sync-conflict-20261201-101010-ABCDEFG.json").write_text("{")
    code, lines = fleet_status(capsys, str(tmp_path))
    assert code == 0 and len(lines) == 2 and lines[1].endswith("ok")


def test_an_empty_or_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No status found is said with where it looked; a folder that does not exist is exit 1
    with what to give instead; a bad --silent-after is a usage error (2)."""
    code, lines = fleet_status(capsys, str(tmp_path))
    assert code == 0 and lines[0].startswith(f"no kiosk status found in {tmp_path}")
    assert main(["status", str(tmp_path / "nowhere")]) == 1
    assert "is not a folder" in capsys.readouterr().err
    assert main(["status", str(tmp_path), "--silent-after", "0"]) == 2
    assert "expected a whole number of minutes" in capsys.readouterr().err


def test_the_command_line(tmp_path: Path, run_kiosk: Run) -> None:
    """`kiosk fleet status DIR` from the shell prints the table and exits 0."""
    put(tmp_path, "bishkek", a_status())
    done = run_kiosk("fleet", "status", str(tmp_path))
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines()[1].startswith("Bishkek, lobby (a1b2c3d4e5f6)")
