"""Render the README's pictures with the app's own --screenshot option.

    python tools/readme_screenshots.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SHOTS = [("home", "ar"), ("home", "en"), ("countries", "ar"), ("countries", "en"),
         ("mandate", "ar"), ("mandate", "en"), ("country/KG", "ru")]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for screen, lang in SHOTS:
        target = OUT / f"{screen.replace('/', '-')}-{lang}.png"
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", lang, "--screen", screen,
                        "--size", "1280x800", "--screenshot", str(target)], check=True)
        print(target.relative_to(ROOT))


if __name__ == "__main__":
    main()
