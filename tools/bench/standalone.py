"""The standalone build (tools/build_standalone.py, dist/kiosk/) against the venv's kiosk:
launch to exit of the same --screenshot, and each one's peak memory.

The frozen executable has no Python to host the first-frame probe (tools/bench/probe.py),
so both are timed on the task they share: render the home screen to a PNG and exit, as
`kiosk_screenshot_s` and Chromium are. Peak memory is the child's ru_maxrss (os.wait4).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from tools.bench.sandbox import CHILD_TIMEOUT_S, ROOT, Sandbox, say
from tools.bench.stats import median, ratio

BUILD = ROOT / "dist" / "kiosk"
"""Where tools/build_standalone.py puts the build; the section measures the one there."""


def standalone_executable(folder: Path = BUILD) -> Path | None:
    """The built kiosk's executable, or None when nothing is built there."""
    path = folder / ("kiosk.exe" if sys.platform == "win32" else "kiosk")
    return path if path.is_file() else None


def timed_run(command: list[str], env: dict[str, str], picture: Path) -> tuple[float, float]:
    """(seconds from launch to exit, peak resident memory in MB) of `command`, which must
    write `picture`; RuntimeError when it fails or writes none."""
    picture.unlink(missing_ok=True)
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    watchdog = threading.Timer(CHILD_TIMEOUT_S, proc.kill)  # a hung child is killed
    watchdog.start()
    try:  # os.wait4 gives the child's own rusage, which Popen.wait does not
        _, status, usage = os.wait4(proc.pid, 0)
    finally:
        watchdog.cancel()
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 or not picture.is_file():
        raise RuntimeError(f"{command[0]} exited with {proc.returncode} and wrote "
                           f"{'a' if picture.is_file() else 'no'} screenshot")
    return seconds, usage.ru_maxrss / 1024  # Linux: kB


def measure_standalone(sandbox: Sandbox, runs: int) -> dict[str, Any] | None:
    """standalone_screenshot_s, standalone_ratio_vs_venv, standalone_rss_mb and
    venv_screenshot_rss_mb, alternating runs after one warm-up of each; None (the figures
    null, with a note) when dist/kiosk/ is not built."""
    executable = standalone_executable()
    if executable is None:
        return None
    say(f"standalone build: {runs} runs each of it and the venv's kiosk, --screenshot")
    shot = sandbox.root / "standalone.png"
    args = [*sandbox.kiosk_args, "--config", str(sandbox.settings), "--screenshot", str(shot)]
    frozen = [str(executable), *args]
    venv = [sys.executable, str(ROOT / "main.py"), *args]
    env = sandbox.env()
    timed_run(frozen, env, shot)
    timed_run(venv, env, shot)
    frozen_runs, venv_runs = [], []
    for _ in range(runs):
        frozen_runs.append(timed_run(frozen, env, shot))
        venv_runs.append(timed_run(venv, env, shot))
    seconds = median([s for s, _ in frozen_runs])
    return {
        "standalone_screenshot_s": round(seconds, 3),
        "standalone_ratio_vs_venv": ratio(seconds, median([s for s, _ in venv_runs])),
        "standalone_rss_mb": round(median([m for _, m in frozen_runs]), 1),
        "venv_screenshot_rss_mb": round(median([m for _, m in venv_runs]), 1),
    }
