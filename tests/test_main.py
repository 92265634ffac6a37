"""The command line: validate's exit codes and report, the screenshot option, clear failures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk.__main__ import main
from kiosk.pin import verify_pin
from kiosk.settings import load_settings
from tests.helpers import LANGUAGES, ROOT, Run


def test_validate_shipped_bundle(capsys: pytest.CaptureFixture[str]) -> None:
    """The shipped bundle validates with exit code 0 and says which languages it has."""
    assert main(["validate"]) == 0
    out = capsys.readouterr().out
    assert "is valid" in out and "languages ar, en, ru" in out


def test_validate_lists_every_problem(bundle_copy: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """A bundle with two problems in two files: both printed, exit code 1."""
    for name, old, new in (("en.yaml", "  name: English", "  name: 12"),
                           ("ru.yaml", "  osh: Ош", "  osh: Ош\n  osh: Ош")):
        path = bundle_copy / name
        path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    assert main(["validate", str(bundle_copy)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert any(line.startswith("en.yaml:") and "language.name: expected text" in line
               for line in lines)
    assert any(line.startswith("ru.yaml:") and "places.osh: duplicate key" in line
               for line in lines)
    assert "2 problems in the content bundle" in captured.err


def test_validate_counts_the_problems_it_does_not_show(bundle_copy: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """250 duplicate keys: the first 100 are printed with a line saying how many more there
    are, and the total counts every problem, not the "more" line."""
    path = bundle_copy / "ru.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  osh: Ош", "  osh: Ош" + "\n  osh: Ош" * 250, 1),
                    encoding="utf-8")
    assert main(["validate", str(bundle_copy)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == 101 and "150 more" in lines[-1]
    assert "250 problems in the content bundle" in captured.err


def test_validate_missing_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A directory with no bundle says which file it could not read."""
    assert main(["validate", str(tmp_path / "nowhere")]) == 1
    assert capsys.readouterr().out.startswith("bundle.yaml: cannot be read")


def test_validate_usage_error() -> None:
    """A wrong call of validate is a usage error (exit code 2)."""
    assert main(["validate", "a", "b"]) == 2


def test_screenshot_writes_png(tmp_path: Path, run_kiosk: Run) -> None:
    """--screenshot renders the chosen screen at the chosen size to a PNG, with no display."""
    target = tmp_path / "kz.png"
    result = run_kiosk("--lang", "ar", "--screen", "country/KZ", "--size", "1366x768",
                       "--screenshot", str(target))
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1366, 768)


def test_bad_bundle_gives_one_clear_message(bundle_copy: Path, run_kiosk: Run) -> None:
    """The app itself refuses a broken bundle with the problem named, never a traceback."""
    (bundle_copy / "ar.yaml").write_text("language: [\n", encoding="utf-8")
    result = run_kiosk("--content", str(bundle_copy), "--screenshot",
                       str(bundle_copy / "x.png"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"the content in {bundle_copy} cannot be used" in result.stderr
    assert "ar.yaml:" in result.stderr and "is not valid YAML" in result.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["--lang", "xx"], f"unknown language 'xx'; the content offers {', '.join(LANGUAGES)}"),
    (["--screen", "country/AF"], "unknown screen 'country/AF'"),
    (["--size", "big"], "'big' is not a size such as 1920x1080"),
    (["--size", "100x100"], "'100x100' is too small: the smallest window is 320x240"),
    (["--size", "1920x200"], "'1920x200' is too small: the smallest window is 320x240"),
])
def test_bad_options_are_usage_errors(tmp_path: Path, args: list[str], message: str,
                                      run_kiosk: Run) -> None:
    """Bad options exit with code 2 and say what is wrong."""
    result = run_kiosk(*args, "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_version(run_kiosk: Run) -> None:
    """--version prints the version."""
    result = run_kiosk("--version")
    assert result.returncode == 0 and result.stdout.startswith("kiosk ")


def test_set_pin_from_stdin_stores_only_a_hash(tmp_path: Path, run_kiosk: Run) -> None:
    """`kiosk set-pin` reads the PIN from stdin; the file holds a salted hash, not the PIN."""
    config = tmp_path / "settings.yaml"
    config.write_text("kiosk: true\nidle_timeout: 120\n", encoding="utf-8")
    result = run_kiosk("set-pin", "--config", str(config), stdin="735919\n")
    assert result.returncode == 0, result.stderr
    text = config.read_text(encoding="utf-8")
    assert "735919" not in text
    settings, messages = load_settings(config)
    assert not messages and verify_pin("735919", settings.pin_hash)
    assert settings.kiosk and settings.idle_timeout == 120  # the other settings are kept


@pytest.mark.parametrize("pin", ["12", "12ab", ""])
def test_set_pin_refuses_bad_pins(tmp_path: Path, run_kiosk: Run, pin: str) -> None:
    """A PIN that is not 4-12 digits changes nothing."""
    config = tmp_path / "settings.yaml"
    result = run_kiosk("set-pin", "--config", str(config), stdin=pin + "\n")
    assert result.returncode == 1 and "nothing was changed" in result.stderr
    assert not config.exists()


def test_set_pin_refuses_to_overwrite_a_broken_settings_file(tmp_path: Path,
                                                             run_kiosk: Run) -> None:
    """set-pin never replaces a settings file it cannot read: nothing is lost."""
    config = tmp_path / "settings.yaml"
    config.write_text("kiosk: [\n", encoding="utf-8")
    result = run_kiosk("set-pin", "--config", str(config), stdin="1234\n")
    assert result.returncode == 1 and f"fix {config} first" in result.stderr
    assert config.read_text(encoding="utf-8") == "kiosk: [\n"


def test_second_kiosk_says_so_and_exits(tmp_path: Path, run_kiosk: Run,
                                        app_env: dict[str, str]) -> None:
    """Only one kiosk runs: a second start names the running one and exits with code 3."""
    from PySide6.QtCore import QLockFile

    folder = Path(app_env["XDG_DATA_HOME"]) / "ohchr-roca-kiosk"
    folder.mkdir(parents=True)
    lock = QLockFile(str(folder / "kiosk.lock"))
    assert lock.tryLock(0)
    try:
        result = run_kiosk("--kiosk", "--config", str(tmp_path / "settings.yaml"))
        contents = (folder / "kiosk.lock").read_text(encoding="utf-8").splitlines()
    finally:
        lock.unlock()
    assert result.returncode == 3
    assert "another kiosk is already running" in result.stderr
    pid, app, host = contents[:3]  # Qt's lock file: process id, application, host, one a line
    assert f"(process {pid} ({app}) on {host})" in result.stderr


def test_no_display_is_one_clear_line(app_env: dict[str, str]) -> None:
    """Started where there is no display, the kiosk says so instead of Qt aborting."""
    env = {k: v for k, v in app_env.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run([sys.executable, str(ROOT / "main.py")], capture_output=True,
                            text=True, env=env, timeout=60, check=False)
    assert result.returncode == 1
    assert result.stderr.startswith("kiosk: no display to show the kiosk on")
    assert "Traceback" not in result.stderr


def test_help_names_every_subcommand(run_kiosk: Run) -> None:
    """`kiosk --help` tells an operator about `kiosk validate` and `kiosk set-pin` too."""
    result = run_kiosk("--help")
    assert result.returncode == 0
    assert "kiosk validate [DIR]" in result.stdout
    assert "kiosk set-pin [--config FILE]" in result.stdout


def test_display_that_cannot_be_opened_is_one_clear_line(app_env: dict[str, str]) -> None:
    """DISPLAY names an X display where no server listens: one line and exit 1, not Qt's abort."""
    sockets = Path("/tmp/.X11-unix")
    number = next(n for n in range(99, 999) if not (sockets / f"X{n}").exists())
    env = {k: v for k, v in app_env.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = f":{number}"
    result = subprocess.run([sys.executable, str(ROOT / "main.py")], capture_output=True,
                            text=True, env=env, timeout=60, check=False)
    assert result.returncode == 1
    assert result.stderr.startswith(f"kiosk: cannot open the display :{number}")
    assert len(result.stderr.splitlines()) == 1, result.stderr
