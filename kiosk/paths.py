"""Where the app's folders are: the bundled ones (inside the installed package, the standalone
build, or at a checkout's root) and the ones it writes: config, data and logs, each decided by
one function here, portable mode included."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent

PORTABLE_MARKER = "portable"
"""The file whose presence beside the executable (`portable_root`) makes the kiosk portable."""


def bundled(name: str) -> Path:
    """The folder `data`, `resources` or `translations` shipped with the app.

    A wheel installs them inside the package (see pyproject.toml), and so does the standalone
    build (tools/kiosk.spec puts them in `_internal/kiosk/`); a checkout has them next to the
    package.
    """
    packaged = _PACKAGE / name
    return packaged if packaged.is_dir() else _PACKAGE.parent / name


def portable_root() -> Path | None:
    """The folder whose `portable` file makes this kiosk portable, or None when it is not.

    Frozen (the standalone build, tools/build_standalone.py): the executable's folder
    (`sys.executable`'s), so a USB stick carries the program and everything it writes. In a
    checkout: its root, beside main.py. An installed wheel is never portable (site-packages
    is no place for a visitor's data).
    """
    if getattr(sys, "frozen", False):
        root = Path(sys.executable).resolve().parent
    elif (_PACKAGE.parent / "main.py").is_file():
        root = _PACKAGE.parent
    else:
        return None
    return root if (root / PORTABLE_MARKER).is_file() else None


def portable_dir() -> Path | None:
    """Where a portable kiosk writes everything (settings, logs, installed packs, counts), or
    None when it is not portable.

    `data/` beside the executable: the standalone build's bundled content is in `_internal/`,
    so the name is free there. A checkout's `data/` is the content bundle, so a portable
    checkout writes to `portable-data/` instead (ignored by git).
    """
    root = portable_root()
    if root is None:
        return None
    return root / ("data" if getattr(sys, "frozen", False) else "portable-data")


def _standard(location_name: str) -> Path:
    from PySide6.QtCore import QStandardPaths

    location = getattr(QStandardPaths.StandardLocation, location_name)
    return Path(QStandardPaths.writableLocation(location))


def config_dir() -> Path:
    """The folder of settings.yaml: `portable_dir()` when portable, else the platform's
    per-user config folder (QStandardPaths AppConfigLocation; ~/.config/ohchr-roca-kiosk on
    Linux). Needs the application name set (kiosk.commands.name_the_app)."""
    return portable_dir() or _standard("AppConfigLocation")


def data_dir() -> Path:
    """The folder the kiosk writes its data in (installed packs, usage counts, the instance
    lock): `portable_dir()` when portable, else the platform's per-user data folder
    (QStandardPaths AppDataLocation; ~/.local/share/ohchr-roca-kiosk on Linux)."""
    return portable_dir() or _standard("AppDataLocation")


def log_dir() -> Path:
    """The folder of kiosk.log: `portable_dir()` when portable, else the data folder."""
    return portable_dir() or _standard("AppDataLocation")


def cache_dir() -> Path:
    """What the kiosk may lose and rebuild (the validated bundle, kiosk.content.cache):
    `cache/` in `portable_dir()` when portable, else the platform's per-user cache folder
    (QStandardPaths CacheLocation; ~/.cache/ohchr-roca-kiosk on Linux)."""
    portable = portable_dir()
    return portable / "cache" if portable is not None else _standard("CacheLocation")


def usage_database() -> Path:
    """The anonymous usage counts (kiosk.usage.store): `usage.sqlite3` in the data folder."""
    return data_dir() / "usage.sqlite3"
