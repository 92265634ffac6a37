"""Fresh processes to their first painted frame: start-up time, peak memory, --screenshot.

Each kiosk or bare window runs in tools/bench/probe.py, started with `python -P` so that the
probe's folder does not shadow any module the kiosk imports.
"""

from __future__ import annotations

import select
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tools.bench import probe
from tools.bench.sandbox import CHILD_TIMEOUT_S, HEIGHT, ROOT, WIDTH, Sandbox, say
from tools.bench.stats import median, ratio

PROBE = Path(probe.__file__)


@dataclass(frozen=True)
class FirstFrame:
    """One probe's first frame: `seconds` since it was started, its peak memory in MB."""

    seconds: float
    peak_rss_mb: float


def start_probe(sandbox: Sandbox, kind: str, args: list[str], stay: bool = False,
                tour: bool = False) -> subprocess.Popen[bytes]:
    """Start the probe: `kind` "kiosk" (main.py with `args`) or "bare"; `stay` keeps it running
    after the first frame, `tour` visits every screen in every language before the report."""
    command = [sys.executable, "-P", str(PROBE), kind]
    if kind == "kiosk":
        command += [str(ROOT), *args, "--config", str(sandbox.settings)]
    else:
        command.append(f"{WIDTH}x{HEIGHT}")
    env = sandbox.env()
    if stay:
        env["BENCH_STAY"] = "1"
    if tour:
        env["BENCH_TOUR"] = ",".join(sandbox.switch_order)
    stderr = open(sandbox.root / f"{kind}.stderr", "ab")  # noqa: SIM115 - the child owns it
    try:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                stderr=stderr, stdin=subprocess.DEVNULL)
    finally:
        stderr.close()


def wait_first_frame(proc: subprocess.Popen[bytes], started: float, sandbox: Sandbox,
                     kind: str) -> FirstFrame:
    """Block until the probe prints its marker; the time is measured from `started`
    (time.perf_counter()). Raises RuntimeError, with the probe's stderr, if it never does."""
    assert proc.stdout is not None
    deadline = started + CHILD_TIMEOUT_S
    while True:
        ready, _, _ = select.select([proc.stdout], [], [], max(0.0, deadline - time.perf_counter()))
        line = proc.stdout.readline().decode() if ready else ""
        if line.startswith(probe.MARKER):
            seconds = time.perf_counter() - started
            return FirstFrame(seconds, int(line.split()[1]) / 1024)
        if not line:  # end of output or timeout: the probe never painted
            proc.kill()
            tail = (sandbox.root / f"{kind}.stderr").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"the {kind} probe exited or hung before its first frame "
                               f"(exit code {proc.wait()}):\n{tail}")


def time_first_frame(sandbox: Sandbox, kind: str, tour: bool = False) -> FirstFrame:
    """One fresh process to its first painted frame (and its tour, if asked)."""
    started = time.perf_counter()
    proc = start_probe(sandbox, kind, sandbox.kiosk_args, tour=tour)
    frame = wait_first_frame(proc, started, sandbox, kind)
    if proc.wait(timeout=CHILD_TIMEOUT_S) != 0:
        raise RuntimeError(f"the {kind} probe exited with {proc.returncode}")
    return frame


def measure_startup(sandbox: Sandbox, runs: int) -> dict[str, Any]:
    """startup_s, bare_startup_s and the peak memories: alternating fresh processes."""
    say(f"start-up: {runs} runs each of the kiosk and of a bare window, alternating")
    time_first_frame(sandbox, "kiosk")  # warm-up: file cache and .pyc files, not counted
    time_first_frame(sandbox, "bare")
    kiosk: list[FirstFrame] = []
    bare: list[FirstFrame] = []
    for _ in range(runs):
        kiosk.append(time_first_frame(sandbox, "kiosk"))
        bare.append(time_first_frame(sandbox, "bare"))
    startup = median([r.seconds for r in kiosk])
    bare_startup = median([r.seconds for r in bare])
    rss = median([r.peak_rss_mb for r in kiosk])
    bare_rss = median([r.peak_rss_mb for r in bare])
    return {
        "startup_s": round(startup, 3), "bare_startup_s": round(bare_startup, 3),
        "startup_ratio_vs_bare": ratio(startup, bare_startup),
        "rss_mb": round(rss, 1), "bare_rss_mb": round(bare_rss, 1),
        "rss_ratio_vs_bare": ratio(rss, bare_rss),
        "startup_runs_s": {"kiosk": [round(r.seconds, 3) for r in kiosk],
                           "bare": [round(r.seconds, 3) for r in bare]},
    }


def measure_toured_memory(sandbox: Sandbox, runs: int) -> dict[str, Any]:
    """rss_all_screens_mb: kiosks that visited every screen in every language after their
    first frame."""
    say(f"memory after every screen: {runs} run(s)")
    peaks = [time_first_frame(sandbox, "kiosk", tour=True).peak_rss_mb for _ in range(runs)]
    return {"rss_all_screens_mb": round(median(peaks), 1)}


def measure_screenshot(sandbox: Sandbox, runs: int) -> dict[str, Any]:
    """kiosk_screenshot_s: main.py --screenshot, launch to exit, the task Chromium is given."""
    say(f"kiosk --screenshot: {runs} runs")
    shot = sandbox.root / "kiosk.png"
    command = [sys.executable, str(ROOT / "main.py"), *sandbox.kiosk_args, "--config",
               str(sandbox.settings), "--screenshot", str(shot)]

    def once() -> float:
        shot.unlink(missing_ok=True)
        started = time.perf_counter()
        subprocess.run(command, cwd=ROOT, env=sandbox.env(), check=True, timeout=CHILD_TIMEOUT_S,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seconds = time.perf_counter() - started
        if not shot.is_file():
            raise RuntimeError("the kiosk wrote no screenshot")
        return seconds

    once()  # warm-up
    times = [once() for _ in range(runs)]
    return {"kiosk_screenshot_s": round(median(times), 3)}
