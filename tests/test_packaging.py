"""The wheel carries every part of the app: each package, and the data, fonts and translations."""

from __future__ import annotations

import tomllib

from tests.helpers import ROOT


def test_every_package_is_in_the_wheel() -> None:
    """A new subpackage of kiosk/ must be listed in pyproject.toml, or installs break."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts)
             for p in (ROOT / "kiosk").rglob("__init__.py")}
    assert found <= listed, f"add to pyproject.toml: {sorted(found - listed)}"
    mapped = config["tool"]["setuptools"]["package-dir"]
    assert mapped == {"kiosk.data": "data", "kiosk.resources": "resources",
                      "kiosk.translations": "translations"}
