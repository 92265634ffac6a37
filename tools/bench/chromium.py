"""The alternative: headless Chromium rendering the same home screen to a screenshot.

Debian's `chromium`; every figure is None (and the run adds a note) when it is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

from kiosk.content import Bundle
from tools import bench_html
from tools.bench.proc import proportional_kb, status_kb
from tools.bench.sandbox import CHILD_TIMEOUT_S, HEIGHT, ROOT, WIDTH, Sandbox, say
from tools.bench.stats import median


def chromium_command(executable: str, sandbox: Sandbox, page: Path, shot: Path) -> list[str]:
    """Headless Chromium showing `page` at the kiosk's size and writing `shot` (PNG)."""
    return [executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", f"--user-data-dir={sandbox.root / 'chromium-profile'}",
            f"--window-size={WIDTH},{HEIGHT}", f"--screenshot={shot}", page.as_uri()]


def browser_processes(root: int, mark: str) -> set[int]:
    """`root`, every process descending from it (parent ids in /proc/*/stat), and every
    Chromium process whose command line names `mark`: its crash handlers leave the tree."""
    children: dict[int, list[int]] = {}
    found = {root}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            command = (entry / "cmdline").read_bytes()
            named = mark.encode() in command and b"chrom" in command
        except (OSError, IndexError, ValueError):
            continue  # gone meanwhile
        children.setdefault(parent, []).append(int(entry.name))
        if named:
            found.add(int(entry.name))
    todo = [root]
    while todo:
        pid = todo.pop()
        found.add(pid)
        todo.extend(children.get(pid, []))
    return found


def peak_browser_memory_mb(proc: subprocess.Popen[bytes], mark: str,
                           interval_s: float = 0.02) -> tuple[float, float]:
    """The largest sums of VmRSS and of Pss (MB) over the browser's processes, sampled every
    `interval_s` s until the browser exits."""
    peak_rss = peak_pss = 0
    while proc.poll() is None:
        pids = browser_processes(proc.pid, mark)
        peak_rss = max(peak_rss, sum(status_kb(pid, "VmRSS") for pid in pids))
        peak_pss = max(peak_pss, sum(proportional_kb(pid) for pid in pids))
        time.sleep(interval_s)  # the sampling period, not a synchronisation
    return peak_rss / 1024, peak_pss / 1024


def chromium_version() -> str | None:
    """`chromium --version`, or None when it is not installed or does not answer."""
    executable = shutil.which("chromium")
    if executable is None:
        return None
    try:
        done = subprocess.run([executable, "--version"], capture_output=True, text=True,
                              timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() or None


def measure_chromium(sandbox: Sandbox, bundle: Bundle, runs: int,
                     memory_runs: int) -> dict[str, Any] | None:
    """chromium_startup_s (s), chromium_rss_mb and chromium_pss_mb (MB); None when Chromium
    is not installed. Raises RuntimeError when it writes no screenshot or fails."""
    executable = shutil.which("chromium")
    if executable is None:
        return None
    say(f"Chromium: {runs} timed runs and {memory_runs} runs sampling memory")
    page = sandbox.root / "home.html"
    page.write_text(bench_html.home_page(bundle, sandbox.start_language, ROOT / "resources",
                                         ROOT / "translations"), encoding="utf-8")
    shot = sandbox.root / "chromium.png"
    command = chromium_command(executable, sandbox, page, shot)
    env = sandbox.env()
    quiet = subprocess.DEVNULL

    def timed() -> float:
        shot.unlink(missing_ok=True)
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, timeout=CHILD_TIMEOUT_S, stdin=quiet,
                       stdout=quiet, stderr=quiet)
        seconds = time.perf_counter() - started
        if not shot.is_file() or shot.stat().st_size == 0:
            raise RuntimeError("Chromium wrote no screenshot")
        return seconds

    def sampled() -> tuple[float, float]:
        proc = subprocess.Popen(command, env=env, stdin=quiet, stdout=quiet, stderr=quiet)
        peaks = peak_browser_memory_mb(proc, str(sandbox.root))
        if proc.wait() != 0:
            raise RuntimeError(f"Chromium exited with {proc.returncode}")
        return peaks

    timed()  # warm-up: creates the profile, warms the file cache
    times = [timed() for _ in range(runs)]
    memory = [sampled() for _ in range(memory_runs)]
    return {"chromium_startup_s": round(median(times), 3),
            "chromium_rss_mb": round(median([rss for rss, _ in memory]), 1),
            "chromium_pss_mb": round(median([pss for _, pss in memory]), 1),
            "chromium_runs_s": [round(t, 3) for t in times]}
