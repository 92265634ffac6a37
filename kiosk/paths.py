"""Where the app's bundled folders are: inside the installed package, or at a checkout's root."""

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
