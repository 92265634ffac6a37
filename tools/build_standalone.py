"""Builds the standalone kiosk, one folder with Python, Qt and the content inside:
`python tools/build_standalone.py` -> dist/kiosk/ (run dist/kiosk/kiosk, or kiosk.exe).

It runs PyInstaller (`pip install pyinstaller`, or the [build] extra) on tools/kiosk.spec,
which says what goes in and what stays out. The same command builds on Windows (untested
there). A file named `portable` put beside the executable makes the copy portable
(kiosk.paths): it then writes settings, logs, packs and counts to `data/` beside it.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "tools" / "kiosk.spec"


def executable(folder: Path) -> Path:
    """The kiosk's executable in a built folder (`kiosk`, or `kiosk.exe` on Windows)."""
    return folder / ("kiosk.exe" if sys.platform == "win32" else "kiosk")


def build(dist: Path, work: Path) -> Path:
    """Build the one-folder kiosk into `dist`/kiosk (replaced) with PyInstaller's scratch in
    `work`; return the folder. Raises `subprocess.CalledProcessError` when PyInstaller fails
    (its messages are on stderr) and SystemExit, saying what to install, without it."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit("build_standalone: PyInstaller is not installed in this Python; "
                         "run: python -m pip install pyinstaller")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work),
                    str(SPEC)], check=True, cwd=ROOT)
    return dist / "kiosk"


def size_of(folder: Path) -> int:
    """Bytes of every file under `folder`, links not followed (`du -s --apparent-size`)."""
    return sum(path.lstat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the kiosk/ folder goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "standalone",
                        help="PyInstaller's scratch folder (default: build/standalone/)")
    parser.add_argument("--archive", action="store_true",
                        help="also pack the folder as kiosk-<platform>.tar.xz (zip on Windows), "
                        "the download a field office gets")
    options = parser.parse_args(argv)
    folder = build(options.dist.resolve(), options.work.resolve())
    print(f"built {folder} ({size_of(folder) / 1e6:.1f} MB); run {executable(folder)}")
    if options.archive:
        kind = "zip" if sys.platform == "win32" else "xztar"
        archive = shutil.make_archive(str(folder.parent / f"kiosk-{sys.platform}"), kind,
                                      folder.parent, folder.name)
        print(f"archive {archive} ({Path(archive).stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
