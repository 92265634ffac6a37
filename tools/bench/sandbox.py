"""Where a run happens: temporary folders, the Qt platform, the window size and languages.

Everything a run writes goes into one temporary folder; no user settings are read. The
window size is the app's own (kiosk.app.WINDOW_SIZE) and the languages are the bundle's.
"""

from __future__ import annotations

import compileall
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from kiosk.app import WINDOW_SIZE
from kiosk.content import Bundle

ROOT = Path(__file__).resolve().parent.parent.parent
"""The repository: main.py, data/, resources/, translations/."""
WIDTH, HEIGHT = WINDOW_SIZE.width(), WINDOW_SIZE.height()
"""The windowed kiosk's size in px, and the offscreen screen's (so --kiosk is the same size)."""
CHILD_TIMEOUT_S = 120
"""How long any child process may take before the run gives up on it, in s."""


@dataclass(frozen=True)
class Sandbox:
    """Temporary config, data and cache folders, a settings file that does not exist (so no
    user settings are read), the Qt platform every process uses, and the bundle's languages
    (`languages`, in the bundle's order from its default language, which the kiosk starts in)."""

    root: Path
    qt_platform: str | None
    """QT_QPA_PLATFORM for every process; None uses the real display."""
    languages: tuple[str, ...]

    @property
    def start_language(self) -> str:
        """The language every kiosk of the run starts in: the bundle's default."""
        return self.languages[0]

    @property
    def switch_order(self) -> tuple[str, ...]:
        """The language switches timed on each screen, from the start language round to it
        again: every one a real change (en, ru, ar for a bundle of ar, en, ru)."""
        return (*self.languages[1:], self.languages[0])

    @property
    def kiosk_args(self) -> list[str]:
        """The command line of every kiosk of the run: the start language, the window size."""
        return ["--lang", self.start_language, "--size", f"{WIDTH}x{HEIGHT}"]

    @property
    def settings(self) -> Path:
        return self.root / "settings.yaml"  # never created

    def env(self) -> dict[str, str]:
        """The environment of every child process: this one's, with the sandbox's folders and
        Qt platform."""
        env = dict(os.environ)
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            env[name] = str(self.root / name.lower())
        env.pop("BENCH_STAY", None)
        env.pop("BENCH_TOUR", None)
        if self.qt_platform:
            env["QT_QPA_PLATFORM"] = self.qt_platform
        else:
            env.pop("QT_QPA_PLATFORM", None)
        return env


def bundle_languages(bundle: Bundle) -> tuple[str, ...]:
    """The bundle's language codes in its order, rotated to start with its default language."""
    codes = bundle.languages
    start = codes.index(bundle.facts.bundle.default_language)
    return (*codes[start:], *codes[:start])


def write_bytecode() -> None:
    """Bytecode for every module of the kiosk, in its __pycache__ folders (a no-op when it is
    current): what an installed kiosk has (pip compiles on install, the standalone build holds
    bytecode) and what the first run writes on a machine that allows it. A machine with
    PYTHONDONTWRITEBYTECODE set (this project's: the variable is in its environment) writes
    none, and every timed start compiled the kiosk's 230 modules from source again, about
    0.1 s of each start-up figure that no installed kiosk pays."""
    compileall.compile_dir(ROOT / "kiosk", quiet=1)


def make_sandbox(root: Path, use_display: bool, bundle: Bundle) -> Sandbox:
    """Lay out the sandbox in the empty folder `root`; offscreen gets a WIDTHxHEIGHT screen
    (Qt's default is 800x800), so the kiosk mode's full screen has the windowed runs' size.
    The kiosk's bytecode is written first (`write_bytecode`)."""
    write_bytecode()
    for name in ("xdg_config_home", "xdg_data_home", "xdg_cache_home"):
        (root / name).mkdir()
    qt_platform = None
    if not use_display:
        screen = {"name": "bench", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT,
                  "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
        config = root / "offscreen.json"
        config.write_text(json.dumps({"screens": [screen]}))
        qt_platform = f"offscreen:configfile={config}"
    return Sandbox(root, qt_platform, bundle_languages(bundle))


def say(message: str) -> None:
    """Progress, on stderr so that --json's stdout stays one JSON object."""
    print(f"bench: {message}", file=sys.stderr, flush=True)
