"""Builds the offline install kit: `python tools/build_wheelhouse.py [DIR]` -> a folder with
the kiosk's wheel and the wheel of every dependency, for this machine or another platform.

On a machine with Python and no network, from that folder:
    python -m pip install --no-index --find-links DIR ohchr-roca-kiosk

It needs the network once, here (pip downloads the dependencies from the package index, or
takes them from pip's cache). For another platform, name it as pip does:
`--platform win_amd64 --python-version 3.11` (only binary wheels are taken then, so what is
in the folder is what installs there).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = "ohchr-roca-kiosk"


def build(folder: Path, platform: str | None = None, python_version: str | None = None,
          extras: str = "") -> list[Path]:
    """Fill `folder` (created) with the kiosk's wheel and its dependencies' wheels; return the
    wheels in it, sorted. `platform` and `python_version` are pip's (`manylinux2014_x86_64`,
    `win_amd64`; `3.11`); `extras` such as `speech` adds an extra's packages.
    Raises `subprocess.CalledProcessError` when pip cannot build or find a wheel (its
    message says which)."""
    folder.mkdir(parents=True, exist_ok=True)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    with tempfile.TemporaryDirectory() as scratch:  # the kiosk's own wheel, built from here
        subprocess.run([*pip, "wheel", "--no-deps", "--wheel-dir", scratch, str(ROOT)],
                       check=True)
        (wheel,) = Path(scratch).glob("*.whl")
        own = folder / wheel.name
        own.write_bytes(wheel.read_bytes())
    target = []
    if platform or python_version:
        target = ["--only-binary=:all:", *(["--platform", platform] if platform else []),
                  *(["--python-version", python_version] if python_version else [])]
    requirement = f"{own}[{extras}]" if extras else str(own)
    subprocess.run([*pip, "download", "--dest", str(folder), *target, requirement], check=True)
    return sorted(folder.glob("*.whl"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "dist" / "wheelhouse",
                        help="where the wheels go (default: dist/wheelhouse/)")
    parser.add_argument("--platform", help="pip's platform tag of the target, e.g. win_amd64")
    parser.add_argument("--python-version", help="the target's Python, e.g. 3.11")
    parser.add_argument("--extras", default="", help="extras to include, e.g. speech")
    options = parser.parse_args(argv)
    wheels = build(options.folder, options.platform, options.python_version, options.extras)
    size = sum(wheel.stat().st_size for wheel in wheels)
    print(f"{len(wheels)} wheels, {size / 1e6:.1f} MB, in {options.folder}; install with:\n"
          f"  python -m pip install --no-index --find-links {options.folder} {PROJECT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
