"""Where the app's folders are: the bundled ones (inside the installed package, or at a
checkout's root) and the data folder it writes (`data_dir`)."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled(name: str) -> Path:
    """The folder `data`, `resources` or `translations` shipped with the app.

    A wheel installs them inside the package (see pyproject.toml); a checkout has them
    next to the package.
    """
    packaged = _PACKAGE / name
    return packaged if packaged.is_dir() else _PACKAGE.parent / name


def data_dir() -> Path:
    """The folder the kiosk writes its data in (installed packs, ...): the platform's
    per-user data folder (QStandardPaths AppDataLocation; ~/.local/share/ohchr-roca-kiosk on
    Linux). The one place that decides it, so a portable mode changes only this."""
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


def usage_database() -> Path:
    """The anonymous usage counts (kiosk.usage.store): `usage.sqlite3` in the data folder."""
    return data_dir() / "usage.sqlite3"
