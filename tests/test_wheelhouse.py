"""The offline install kit (issue 15): the wheelhouse installs the kiosk into a fresh venv
with no package index, and the installed kiosk draws its home screen."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.helpers import LANGUAGES
from tests.test_standalone import not_blank
from tools.build_wheelhouse import PROJECT, build

pytestmark = pytest.mark.slow  # about 40 s: the wheels, a venv, an install; CI runs it


def test_wheelhouse_installs_with_no_index_and_the_kiosk_runs(tmp_path: Path) -> None:
    """`pip install --no-index --find-links DIR ohchr-roca-kiosk` (the README's command) in a
    new venv, with every index refused, gives a `kiosk` that writes a screenshot."""
    wheels = build(tmp_path / "wheelhouse")
    assert any(wheel.name.startswith("ohchr_roca_kiosk-") for wheel in wheels)
    environment = venv.EnvBuilder(with_pip=True)
    environment.create(tmp_path / "venv")
    bin_dir = tmp_path / "venv" / ("Scripts" if sys.platform == "win32" else "bin")
    offline = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path / "home"),
               "PIP_NO_INDEX": "1", "PIP_CONFIG_FILE": os.devnull,
               # were pip to try the network anyway, it would meet a closed port
               "HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9",
               "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    installed = subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "--no-index", "--find-links",
         str(tmp_path / "wheelhouse"), PROJECT],
        capture_output=True, text=True, env=offline, timeout=600, check=False)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    picture = tmp_path / "home.png"
    language = LANGUAGES[0]
    shown = subprocess.run(
        [str(bin_dir / "kiosk"), "--lang", language, "--screenshot", str(picture),
         "--size", "800x480"], capture_output=True, text=True, cwd=tmp_path,
        env={**offline, "QT_QPA_PLATFORM": "offscreen"}, timeout=120, check=False)
    assert shown.returncode == 0, shown.stderr
    assert not_blank(picture, 800, 480)
