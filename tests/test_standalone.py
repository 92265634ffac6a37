"""The standalone build (issue 15): dist/kiosk/ runs with no Python, no environment and no
writes beside itself, in every language, and a `portable` file moves its data beside it."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk import __version__
from kiosk.paths import PORTABLE_MARKER
from tests.helpers import LANGUAGES, ROOT
from tools.build_standalone import build, executable

pytestmark = pytest.mark.slow  # about 40 s to build, 1 s a run; CI runs it (.ci/run)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder tools/build_standalone.py builds, built once for this module."""
    pytest.importorskip("PyInstaller", reason="the [test] extra installs PyInstaller")
    scratch = tmp_path_factory.mktemp("standalone")
    return build(scratch / "dist", scratch / "work")


def _files(folder: Path) -> dict[str, tuple[int, int]]:
    """Each path under `folder` -> (size, modification time in ns): what a write changes."""
    return {str(path.relative_to(folder)): (path.lstat().st_size, path.lstat().st_mtime_ns)
            for path in folder.rglob("*")}


@pytest.fixture(scope="module")
def read_only(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A copy of the build that nobody may write to (chmod -R a-w), made writable again after.
    Tests run as root cannot be stopped by modes, so each also compares the files before and
    after."""
    copy = tmp_path_factory.mktemp("read-only") / "kiosk"
    shutil.copytree(built, copy, symlinks=True)
    for path in [copy, *copy.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    yield copy
    for path in [copy, *copy.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode | stat.S_IWUSR)


def run(folder: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The build's executable run with an empty environment: HOME in a temporary folder and
    the offscreen platform, nothing else (no PATH to a Python, no PYTHONPATH)."""
    home.mkdir(exist_ok=True)
    return subprocess.run([str(executable(folder)), *args], capture_output=True, text=True,
                          env={"HOME": str(home), "QT_QPA_PLATFORM": "offscreen"},
                          cwd=home, timeout=120, check=False)


def not_blank(picture: Path, width: int, height: int) -> bool:
    """Whether the PNG is `width` x `height` and at least 2 % of it differs from its most
    common colour (a page with text and tiles on its background)."""
    from PySide6.QtGui import QImage

    image = QImage(str(picture))
    if image.width() != width or image.height() != height:
        return False
    counts: dict[int, int] = {}
    for y in range(0, height, 4):
        for x in range(0, width, 4):
            pixel = image.pixel(x, y)
            counts[pixel] = counts.get(pixel, 0) + 1
    return 1 - max(counts.values()) / sum(counts.values()) > 0.02


@pytest.mark.parametrize("code", LANGUAGES)
def test_screenshot_in_every_language_from_a_read_only_copy(
        read_only: Path, tmp_path: Path, code: str) -> None:
    """The home screen is drawn in each of the bundle's languages (Arabic and Russian among
    them), and the run writes nothing beside the executable: its log goes to HOME."""
    before = _files(read_only)
    picture = tmp_path / f"home-{code}.png"
    result = run(read_only, tmp_path / "home", "--lang", code, "--screenshot", str(picture),
                 "--size", "800x480")
    assert result.returncode == 0, result.stderr
    assert not_blank(picture, 800, 480)
    assert _files(read_only) == before
    assert (tmp_path / "home" / ".local" / "share" / "ohchr-roca-kiosk" / "kiosk.log").is_file()


def test_validate_and_version(read_only: Path, tmp_path: Path) -> None:
    """`kiosk validate` finds the bundled content valid and `--version` says the version."""
    validated = run(read_only, tmp_path / "home", "validate")
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert "is valid" in validated.stdout
    version = run(read_only, tmp_path / "home", "--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"kiosk {__version__}"


def test_the_bundle_carries_the_content_and_qt_catalogues(built: Path) -> None:
    """Every content file, font, icon, map and .qm the wheel ships is in the build, and Qt's own
    catalogue of each language Qt translates (qtbase_ar.qm, qtbase_ru.qm, ...)."""
    inside = built / "_internal" / "kiosk"
    needed = [pattern for folder, patterns in {
        "data": ["*.yaml", "translated-from/*.json"],
        "resources": ["fonts/*.ttf", "fonts/*.otf", "fonts/OFL.txt", "icons/*.svg", "map/*.json"],
        "translations": ["*.qm"]}.items() for pattern in (f"{folder}/{p}" for p in patterns)]
    missing = [str(path.relative_to(ROOT)) for pattern in needed for path in ROOT.glob(pattern)
               if not (inside / path.relative_to(ROOT)).is_file()]
    assert not missing
    catalogues = {path.name for path in built.rglob("qtbase_*.qm")}
    assert {"qtbase_ar.qm", "qtbase_ru.qm"} <= catalogues
    assert "qtbase_de.qm" not in catalogues  # German is no language of the bundle


def test_portable_copy_keeps_its_logs_beside_it(built: Path, tmp_path: Path) -> None:
    """With a `portable` file beside the executable, the log lands in data/ beside it and
    nothing is written to HOME."""
    copy = tmp_path / "stick" / "kiosk"
    shutil.copytree(built, copy, symlinks=True)
    (copy / PORTABLE_MARKER).touch()
    home = tmp_path / "home"
    result = run(copy, home, "--screenshot", str(tmp_path / "home.png"))
    assert result.returncode == 0, result.stderr
    log = copy / "data" / "kiosk.log"
    assert "content ohchr-roca" in log.read_text(encoding="utf-8")  # the start-up's line
    assert not (home / ".local" / "share" / "ohchr-roca-kiosk").exists()
    assert not (home / ".config" / "ohchr-roca-kiosk").exists()
    assert sorted(os.listdir(copy / "data")) == ["cache", "kiosk.log"]
    assert (copy / "data" / "cache" / "bundle-cache.json").is_file()
