"""Refresh the Qt Linguist files: extract UI strings into translations/*.ts, compile the .qm.

    python tools/update_translations.py            # lupdate + lrelease
    python tools/update_translations.py --release  # lrelease only (after translating)

A new language's .ts is made by creating
translations/kiosk_<code>.ts (copy another and clear the translations); this script
then keeps it up to date. English is the source language and has no file.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"


def tool(name: str) -> str:
    """The path of pyside6-lupdate / pyside6-lrelease next to this Python."""
    candidate = Path(sys.executable).parent / f"pyside6-{name}"
    return str(candidate) if candidate.exists() else f"pyside6-{name}"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "kiosk").rglob("*.py"))


def update() -> None:
    for ts in sorted(TRANSLATIONS.glob("kiosk_*.ts")):
        subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(),
                        "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)


def release(out_dir: Path = TRANSLATIONS) -> list[Path]:
    compiled = []
    for ts in sorted(TRANSLATIONS.glob("kiosk_*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        compiled.append(qm)
    return compiled


if __name__ == "__main__":
    if "--release" not in sys.argv:
        update()
    release()
