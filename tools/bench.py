"""The kiosk's benchmark: start-up, memory, language switch, navigation, idle CPU, soak, loading.

    python tools/bench.py              # the full measurement, a few minutes
    python tools/bench.py --quick      # a smoke test: every figure, shorter and rougher
    python tools/bench.py --json       # the table on stderr, one JSON object on stdout
    python tools/bench.py --display    # use the real display ($DISPLAY) instead of offscreen

One command, one run, every figure side by side with its target, shown as hold or miss and
never asserted. Figures taken on a shared machine are indicative: compare runs made on the
same machine, and look at `machine.loadavg` to see how busy it was. MB are 2^20 bytes.

What each figure means and how it is taken:

startup_s, bare_startup_s, startup_ratio_vs_bare
    Wall time from starting a fresh Python process (the parent's Popen) to the first painted
    frame, median of alternating runs (after one unmeasured warm-up run of each, so both find
    the same warm file cache). The kiosk runs as `main.py --lang ar --size 1280x800` (home
    screen, Arabic); the bare program is a PySide6 window with one QLabel of the same size.
    Both run in the same small probe script (PROBE below): an application-wide event filter
    sees the first Paint event, and a zero timer then prints a marker once that paint pass
    (every widget of the window painted and the frame flushed to the backing store) has
    returned to the event loop; the probe exits at once. Platform: offscreen with a
    1280x800 screen, or the real display with --display.
kiosk_screenshot_s
    Launch to exit of `main.py --lang ar --size 1280x800 --screenshot FILE`: the same task as
    Chromium's below (render the home screen to a PNG and quit), for a like-for-like ratio.
chromium_startup_s, chromium_ratio, chromium_ratio_vs_screenshot
    Headless Chromium rendering the home screen as a static page (tools/bench_html.py: the
    same texts, fonts, colours and size, dir="rtl") to a screenshot: launch to exit, median.
    Chromium has no first-paint signal on its command line, so its time includes writing the
    PNG and shutting down. One profile folder is used for every run, warmed by one unmeasured
    run, as a browser kiosk would keep its profile. chromium_ratio = Chromium / startup_s;
    chromium_ratio_vs_screenshot = Chromium / kiosk_screenshot_s. Null without `chromium`.
rss_mb, bare_rss_mb, rss_ratio_vs_bare, chromium_rss_mb, chromium_pss_mb
    Peak resident memory up to the first frame: the probe prints its own VmHWM
    (/proc/self/status) with the marker; medians of the start-up runs. For Chromium, separate
    runs (so that sampling does not slow the timed ones) sum VmRSS over its processes (its
    process tree, plus the crash handlers that leave it) every 20 ms and take the largest
    sum. That counts the pages its processes share once per process; chromium_pss_mb sums
    the proportional set size (smaps_rollup) instead, its fair share of memory.
rss_all_screens_mb
    Peak resident memory of a kiosk process that, after its first frame, visited every screen
    in every language (the probe with BENCH_TOUR): what a kiosk grows to once fully used.
lang_switch_ms_median, lang_switch_ms_p95
    In-process, on every screen: set_language() through ar -> en -> ru -> ar, each switch
    timed until it is laid out and painted. "Painted" is settle(): eight rounds of posted
    layout requests and processEvents() (like the app's own settle() before a screenshot),
    in which Qt's repaint manager lays out the mirrored widgets, paints every dirty one and
    flushes the frame, as the event loop would; a round with nothing to do costs ~2 us. No
    extra repaint() or grab() is added: that would paint everything a second time. Instead an
    untimed pass counts Paint events and checks that every step paints and that settling
    leaves nothing to paint (`paint_check`).
    `lang_switch_ms_by_screen` gives the median on each screen. The window is windowed, as
    for start-up; lang_switch_kiosk_mode_ms_median repeats the switches with --kiosk.
nav_ms_median, nav_ms_p95, nav_after_switch_ms_median, nav_first_ms_median, nav_first_ms_max
    navigate() to every screen in turn, timed the same way, once every screen has been built
    and shown, in each language. A language switch retranslates the hidden screens but Qt lays
    them out only when shown, so the first tour after a switch is slower: it is reported
    apart (nav_after_switch). First visits build the screen: timed apart too, on fresh
    windows (the first of them in a process that has built no screen yet). Where the app
    slides the new screen in, the figure is to its first painted frame; the slide goes on
    after it (and the next navigation stops it).
create_window_ms
    create_window() for the first window in the process: options, settings, content, fonts,
    style sheet, the window and its home screen (not shown).
idle_cpu_percent_attract, idle_cpu_percent_home, idle_cpu_percent
    CPU time (utime + stime from /proc/PID/stat) of a real kiosk process over an idle
    window (30 s; --quick 5 s) after its first frame and a few seconds of settling, as a
    percentage of one core: in kiosk mode on the attract screen (--kiosk) and windowed on
    home. The two run at the same time. idle_cpu_percent is the attract one.
soak_rss_drift_mb
    In-process: resident memory (/proc/self/statm) after minus before 10,000 cycles of
    "navigate to the next screen (the attract screen included), switch to the next language,
    settle", after a warm-up of 1,000 such cycles and a garbage collection: Qt's pixmap cache
    (10 MB by default: style sheet backgrounds, icons) fills over the first several hundred
    cycles, which is not a leak. `soak_rss_trace_mb` shows the way, and
    `soak_rss_drift_last_half_mb` the growth over the last half alone, where a leak still
    shows and a filling cache does not. `soak_qobjects_gained` names the classes of QObjects
    the window gained (a leak by name). The measured cycles stop at 300 s if not done by then
    (soak_cycles says how many ran); --soak-cycles changes the count.
load_ms, load_bytes, load_scaling_exponent
    load_bundle() of the bundled content and of synthetic bundles about 10x and 100x larger,
    made from it in a temporary folder (within 10 % of those sizes): more countries (C001...)
    each with a capital and an office, longer texts, and, since a language file may not pass
    the loader's 1 MiB limit, more languages (copies of the real ones, "arb", "enb"...), so
    every bundle is valid; each is checked by the real loader before it is timed. Median of
    repeated loads. The exponent fits time ~ size^k between 10x and 100x: 1 is linear.
machine
    Cores, memory, CPU model, load average at the start, Python, Qt, PySide6, Chromium, the
    Qt platform used.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import gc
import json
import logging
import math
import os
import platform
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: the repository's kiosk package
    sys.path.insert(0, str(ROOT))

import PySide6  # noqa: E402
import yaml  # noqa: E402
from PySide6.QtCore import (  # noqa: E402
    QEvent,
    QMessageLogContext,
    QObject,
    QtMsgType,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.app import create_window  # noqa: E402
from kiosk.content import Bundle, load_bundle  # noqa: E402
from tools import bench_html  # noqa: E402

if TYPE_CHECKING:
    from kiosk.ui.main_window import MainWindow

MB = 1024 * 1024
WIDTH, HEIGHT = 1280, 800
KIOSK_ARGS = ["--lang", "ar", "--size", f"{WIDTH}x{HEIGHT}"]
LANGUAGES = ("ar", "en", "ru")
SWITCH_ORDER = ("en", "ru", "ar")
"""The language switches timed on each screen, starting from Arabic: every one a real change."""
MARKER = "BENCH-FIRST-FRAME"
CHILD_TIMEOUT_S = 120
ATTRACT = "attract"
MAX_FILE_BYTES = 1024 * 1024
"""The loader refuses larger content files (docs/content-format.md)."""
SETTLE_ROUNDS = 8
OFFSCREEN_NOTE = "This plugin does not support "
"""What the offscreen platform says about what it cannot do: not about the kiosk."""

PROBE = f'''"""Started by tools/bench.py in a fresh process: `probe.py bare` shows a window with one
QLabel, `probe.py kiosk ROOT ARGS...` runs ROOT/main.py ARGS. Either prints
"{MARKER} <VmHWM kB>" once the first frame is painted, then exits at once, or, with
BENCH_STAY=1, keeps running (for the idle-CPU figure). With BENCH_TOUR=en,ru,ar the kiosk
first visits every screen in those languages (for the memory of a fully used kiosk)."""
import os
import sys

from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject, QTimer


def peak_rss_kb():
    with open("/proc/self/status") as status:
        return next(line.split()[1] for line in status if line.startswith("VmHWM:"))


def tour(languages):
    """Every screen in every language, as visitors would over a day."""
    app = QtWidgets.QApplication.instance()
    window = next(w for w in app.topLevelWidgets() if hasattr(w, "screen_ids"))
    for code in languages:
        window.set_language(code)
        for screen in window.screen_ids():
            window.navigate(screen)
            app.processEvents()


def report():
    if os.environ.get("BENCH_TOUR"):
        tour(os.environ["BENCH_TOUR"].split(","))
    print("{MARKER}", peak_rss_kb(), flush=True)
    if os.environ.get("BENCH_STAY") != "1":
        os._exit(0)  # the figure is taken; the teardown is not part of it


class FirstPaint(QObject):
    """Sees every event until the first Paint event; the zero timer fires once that paint
    pass (the whole window painted, the frame flushed) has returned to the event loop."""

    seen = False

    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QtWidgets.QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False


class ProbedApplication(QtWidgets.QApplication):
    def __init__(self, *args):
        super().__init__(*args)
        self.first_paint = FirstPaint(self)
        self.installEventFilter(self.first_paint)


def bare():
    app = ProbedApplication(sys.argv[:1])
    window = QtWidgets.QWidget()
    QtWidgets.QVBoxLayout(window).addWidget(QtWidgets.QLabel("Hello, world"))
    window.resize({WIDTH}, {HEIGHT})
    window.show()
    return app.exec()


def kiosk(root, args):
    QtWidgets.QApplication = ProbedApplication  # the kiosk imports its QApplication from here
    sys.path.insert(0, root)  # as `python ROOT/main.py` would
    sys.argv = [os.path.join(root, "main.py"), *args]
    import runpy
    runpy.run_path(sys.argv[0], run_name="__main__")


if sys.argv[1] == "bare":
    sys.exit(bare())
kiosk(sys.argv[2], sys.argv[3:])
'''


# --- how much to measure --------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """How many runs, rounds and seconds each figure gets: the full run or --quick."""

    startup_runs: int = 7
    toured_runs: int = 3
    screenshot_runs: int = 5
    chromium_runs: int = 7
    chromium_memory_runs: int = 3
    idle_settle_s: float = 5.0
    idle_s: float = 30.0
    first_visit_windows: int = 3
    switch_rounds: int = 5
    nav_rounds: int = 3
    soak_cycles: int = 10_000
    soak_warmup_cycles: int = 1_000
    soak_limit_s: float = 300.0
    load_repeats: tuple[int, int, int] = (20, 5, 3)  # 1x, 10x, 100x


QUICK = Plan(startup_runs=3, toured_runs=1, screenshot_runs=2, chromium_runs=2,
             chromium_memory_runs=1, idle_settle_s=2.0, idle_s=5.0, first_visit_windows=1,
             switch_rounds=1, nav_rounds=1, soak_cycles=300, soak_warmup_cycles=78,
             soak_limit_s=60.0, load_repeats=(5, 2, 1))


# --- small helpers ----------------------------------------------------------------------------


def say(message: str) -> None:
    """Progress, on stderr so that --json's stdout stays one JSON object."""
    print(f"bench: {message}", file=sys.stderr, flush=True)


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile: the smallest value with at least p % of the values at or below."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def ratio(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None or b == 0 else round(a / b, 2)


def proc_field(pid: int | str, name: str) -> int:
    """A kB figure such as VmRSS from /proc/PID/status; 0 if the process is gone."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith(name + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def resident_mb() -> float:
    """This process's resident memory now, from /proc/self/statm."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / MB


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time a process has used, from /proc/PID/stat."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


# --- the sandbox: a temporary folder for everything the run writes ----------------------------


@dataclass
class Sandbox:
    """Temporary config, data and cache folders, a settings file that does not exist (so no
    user settings are read), the probe script and the Qt platform every process uses."""

    root: Path
    qt_platform: str | None
    """QT_QPA_PLATFORM for every process; None uses the real display."""

    @property
    def settings(self) -> Path:
        return self.root / "settings.yaml"  # never created

    @property
    def probe(self) -> Path:
        return self.root / "probe.py"

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            env[name] = str(self.root / name.lower())
        env.pop("BENCH_STAY", None)
        if self.qt_platform:
            env["QT_QPA_PLATFORM"] = self.qt_platform
        else:
            env.pop("QT_QPA_PLATFORM", None)
        return env


def make_sandbox(root: Path, use_display: bool) -> Sandbox:
    """Lay out the sandbox; offscreen gets a 1280x800 screen (Qt's default is 800x800), so the
    kiosk mode's full screen has the same size as the windowed runs."""
    for name in ("xdg_config_home", "xdg_data_home", "xdg_cache_home"):
        (root / name).mkdir()
    qt_platform = None
    if not use_display:
        screen = {"name": "bench", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT,
                  "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
        config = root / "offscreen.json"
        config.write_text(json.dumps({"screens": [screen]}))
        qt_platform = f"offscreen:configfile={config}"
    sandbox = Sandbox(root, qt_platform)
    sandbox.probe.write_text(PROBE)
    return sandbox


# --- fresh processes: start-up, memory, idle CPU ----------------------------------------------


@dataclass(frozen=True)
class FirstFrame:
    seconds: float
    peak_rss_mb: float


def start_probe(sandbox: Sandbox, kind: str, args: list[str], stay: bool = False,
                tour: bool = False) -> subprocess.Popen[bytes]:
    """Start the probe: `kind` "kiosk" (main.py with `args`) or "bare"; `stay` keeps it running
    after the first frame, `tour` visits every screen in every language before the report."""
    command = [sys.executable, str(sandbox.probe), kind]
    if kind == "kiosk":
        command += [str(ROOT), *args, "--config", str(sandbox.settings)]
    env = sandbox.env()
    if stay:
        env["BENCH_STAY"] = "1"
    if tour:
        env["BENCH_TOUR"] = ",".join(SWITCH_ORDER)
    stderr = open(sandbox.root / f"{kind}.stderr", "ab")  # noqa: SIM115 - the child owns it
    try:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                stderr=stderr, stdin=subprocess.DEVNULL)
    finally:
        stderr.close()


def wait_first_frame(proc: subprocess.Popen[bytes], started: float, sandbox: Sandbox,
                     kind: str) -> FirstFrame:
    """Block until the probe prints its marker; the time is measured from `started`."""
    assert proc.stdout is not None
    deadline = started + CHILD_TIMEOUT_S
    while True:
        ready, _, _ = select.select([proc.stdout], [], [], max(0.0, deadline - time.perf_counter()))
        line = proc.stdout.readline().decode() if ready else ""
        if line.startswith(MARKER):
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
    proc = start_probe(sandbox, kind, KIOSK_ARGS, tour=tour)
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
    command = [sys.executable, str(ROOT / "main.py"), *KIOSK_ARGS, "--config",
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


def measure_idle(sandbox: Sandbox, settle_s: float, idle_s: float) -> dict[str, Any]:
    """idle_cpu_percent_*: two real kiosk processes left alone, their CPU time read from /proc."""
    say(f"idle CPU: the attract screen (--kiosk) and home, {settle_s:g} s settling + "
        f"{idle_s:g} s idle")
    kiosks = {"attract": start_probe(sandbox, "kiosk", [*KIOSK_ARGS, "--kiosk"], stay=True),
              "home": start_probe(sandbox, "kiosk", KIOSK_ARGS, stay=True)}
    started = time.perf_counter()
    try:
        for proc in kiosks.values():
            wait_first_frame(proc, started, sandbox, "kiosk")
        time.sleep(settle_s)  # deliberate: start-up work and first timers are not idle time
        before = {name: cpu_seconds(proc.pid) for name, proc in kiosks.items()}
        begun = time.perf_counter()
        time.sleep(idle_s)  # deliberate: the measured idle window
        after = {name: cpu_seconds(proc.pid) for name, proc in kiosks.items()}
        elapsed = time.perf_counter() - begun
        for name, proc in kiosks.items():
            if proc.poll() is not None:
                raise RuntimeError(f"the {name} kiosk exited during the idle window")
    finally:
        for proc in kiosks.values():
            proc.kill()
            proc.wait()
    percent = {name: round(100 * (after[name] - before[name]) / elapsed, 3) for name in kiosks}
    return {"idle_cpu_percent": percent["attract"],
            "idle_cpu_percent_attract": percent["attract"],
            "idle_cpu_percent_home": percent["home"], "idle_window_s": round(elapsed, 1)}


# --- Chromium -----------------------------------------------------------------------------------


def chromium_command(executable: str, sandbox: Sandbox, page: Path, shot: Path) -> list[str]:
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


def proportional_kb(pid: int) -> int:
    """Pss from /proc/PID/smaps_rollup: shared pages divided among the processes sharing them."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            return next((int(line.split()[1]) for line in rollup if line.startswith("Pss:")), 0)
    except OSError:
        return 0


def peak_browser_memory_mb(proc: subprocess.Popen[bytes], mark: str,
                           interval_s: float = 0.02) -> tuple[float, float]:
    """The largest sums of VmRSS and of Pss over the browser's processes, sampled until the
    browser exits."""
    peak_rss = peak_pss = 0
    while proc.poll() is None:
        pids = browser_processes(proc.pid, mark)
        peak_rss = max(peak_rss, sum(proc_field(pid, "VmRSS") for pid in pids))
        peak_pss = max(peak_pss, sum(proportional_kb(pid) for pid in pids))
        time.sleep(interval_s)  # the sampling period, not a synchronisation
    return peak_rss / 1024, peak_pss / 1024


def measure_chromium(sandbox: Sandbox, bundle: Bundle, runs: int,
                     memory_runs: int) -> dict[str, Any] | None:
    """chromium_startup_s and chromium_rss_mb; None when Chromium is not installed."""
    executable = shutil.which("chromium")
    if executable is None:
        return None
    say(f"Chromium: {runs} timed runs and {memory_runs} runs sampling memory")
    page = sandbox.root / "home.html"
    page.write_text(bench_html.home_page(bundle, "ar", ROOT / "resources",
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


# --- in-process: language switch, navigation, soak ----------------------------------------------


def _quiet_qt_messages(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if not message.startswith(OFFSCREEN_NOTE):
        print(f"qt: {message}", file=sys.stderr)


def start_application(sandbox: Sandbox) -> QApplication:
    """This process's QApplication, on the same platform and folders as the children."""
    os.environ.update({k: v for k, v in sandbox.env().items() if k.startswith("XDG_")})
    if sandbox.qt_platform:
        os.environ["QT_QPA_PLATFORM"] = sandbox.qt_platform
    qInstallMessageHandler(_quiet_qt_messages)
    logging.getLogger("kiosk").setLevel(logging.ERROR)  # "no operator PIN is set" and such
    return QApplication([sys.argv[0]])


def settle(app: QApplication) -> None:
    """Let Qt finish a change the way its event loop would: posted layout requests first, then
    the rest (the update request that paints and flushes the frame). Several rounds, because
    wrapped text that changes height lays out its parents again, which may paint again (four
    rounds, as the app's own settle() before a screenshot, were sometimes one short)."""
    for _ in range(SETTLE_ROUNDS):
        app.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        app.processEvents()


def new_window(app: QApplication, sandbox: Sandbox, *options: str) -> MainWindow:
    """A kiosk window as `main.py` builds it, shown and settled (on home, or on the attract
    screen with --kiosk). The idle timeout is the longest allowed, so that no idle warning
    comes up in the middle of a measurement."""
    window = create_window([*KIOSK_ARGS, *options, "--config", str(sandbox.settings),
                            "--idle-timeout", str(24 * 3600)])
    window.show()
    settle(app)
    return window


def close_window(app: QApplication, window: MainWindow) -> None:
    window.close()  # refused in kiosk mode: deleting it is enough
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def timed_ms(app: QApplication, action: Callable[[], object]) -> float:
    """Milliseconds to do `action` and settle: laid out, painted and flushed."""
    started = time.perf_counter()
    action()
    settle(app)
    return (time.perf_counter() - started) * 1000


class PaintCounter(QObject):
    """Counts the Paint events the application delivers (only in untimed check passes)."""

    paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


@contextmanager
def counting_paints(app: QApplication) -> Iterator[PaintCounter]:
    counter = PaintCounter()
    app.installEventFilter(counter)
    try:
        yield counter
    finally:
        app.removeEventFilter(counter)


@dataclass
class PaintCheck:
    """What an untimed pass saw: every step painted, and settling left nothing to paint."""

    steps: int = 0
    unpainted_steps: int = 0
    min_paints: int | None = None
    paints_left_after_settle: int = 0

    def step(self, app: QApplication, action: Callable[[], object]) -> None:
        with counting_paints(app) as counter:
            action()
            settle(app)
            painted = counter.paints
            app.processEvents()  # one more round: anything painted now came after the timing
            left = counter.paints - painted
        self.steps += 1
        self.unpainted_steps += painted == 0
        self.min_paints = painted if self.min_paints is None else min(self.min_paints, painted)
        self.paints_left_after_settle += left

    def summary(self) -> dict[str, int | None]:
        return {"steps": self.steps, "steps_without_paint": self.unpainted_steps,
                "min_widgets_painted": self.min_paints,
                "paints_left_after_settle": self.paints_left_after_settle}


def measure_first_visits(app: QApplication, sandbox: Sandbox, windows: int) -> dict[str, Any]:
    """create_window_ms and nav_first_ms_*: fresh windows, every screen visited once."""
    say(f"first visits: {windows} fresh window(s), every screen once")
    samples: list[float] = []
    build_ms = 0.0
    for index in range(windows):
        started = time.perf_counter()
        window = new_window(app, sandbox)
        if index == 0:
            build_ms = (time.perf_counter() - started) * 1000
        for screen in window.screen_ids()[1:]:  # home was built with the window
            samples.append(timed_ms(app, partial(window.navigate, screen)))
        close_window(app, window)
    return {"create_window_ms": round(build_ms, 1),
            "nav_first_ms_median": round(median(samples), 2),
            "nav_first_ms_max": round(max(samples), 2)}


def visit_everything(window: MainWindow, check: PaintCheck, app: QApplication) -> None:
    """The warm-up, and the check pass: every screen, every language switch, untimed."""
    for screen in window.screen_ids():
        if screen != window.current_screen():  # navigating to the current screen does nothing
            check.step(app, partial(window.navigate, screen))
        for code in SWITCH_ORDER:
            check.step(app, partial(window.set_language, code))


Samples = dict[str, list[float]]
"""Timings in ms by screen."""


def measure_language_switch(app: QApplication, window: MainWindow, rounds: int) -> Samples:
    """On every screen, `rounds` times ar -> en -> ru -> ar, each switch timed."""
    samples: Samples = {}
    for screen in window.screen_ids():
        window.navigate(screen)
        settle(app)
        samples[screen] = [timed_ms(app, partial(window.set_language, code))
                           for _ in range(rounds) for code in SWITCH_ORDER]
    return samples


def measure_navigation(app: QApplication, window: MainWindow,
                       rounds: int) -> tuple[Samples, Samples]:
    """Tours of every screen in order (home, mandate, ..., offices, home...), every navigation
    timed: in each language, the first tour after switching to it (the hidden screens were
    retranslated but not laid out yet: kept apart), then `rounds` steady tours."""
    ids = window.screen_ids()
    steady: Samples = {screen: [] for screen in ids}
    after_switch: Samples = {screen: [] for screen in ids}
    for code in SWITCH_ORDER:
        window.set_language(code)
        settle(app)
        for tour in range(1 + rounds):
            for screen in [*ids[1:], ids[0]]:  # from home on, so each is a change of screen
                ms = timed_ms(app, partial(window.navigate, screen))
                (after_switch if tour == 0 else steady)[screen].append(ms)
    return steady, after_switch


def summary_ms(samples: Samples, name: str) -> dict[str, Any]:
    """Median and p95 over all samples, and the median of each screen."""
    values = [ms for by_screen in samples.values() for ms in by_screen]
    return {f"{name}_ms_median": round(median(values), 2),
            f"{name}_ms_p95": round(percentile(values, 95), 2),
            f"{name}_ms_by_screen": {screen: round(median(ms), 1)
                                     for screen, ms in samples.items() if ms}}


def qobject_census(window: MainWindow) -> Counter[str]:
    """How many QObjects of each class the window holds."""
    return Counter(type(child).__name__ for child in window.findChildren(QObject))


def measure_soak(app: QApplication, window: MainWindow, plan: Plan) -> dict[str, Any]:
    """soak_rss_drift_mb: cycles of navigate + switch language + settle, RSS before and after.

    The tour has 13 screens (the attract screen included) against 3 languages, so every
    screen is seen in every language. The cycles stop early at the time limit (a regression
    must not make the benchmark endless); `soak_cycles` says how many ran. QObjects the window
    gained over the soak are counted by class: a steady leak shows there by name."""
    order = [*window.screen_ids(), ATTRACT]

    def cycle(index: int) -> None:
        window.navigate(order[index % len(order)])
        window.set_language(LANGUAGES[index % len(LANGUAGES)])
        settle(app)

    def collected_rss() -> float:
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        return resident_mb()

    say(f"soak: {plan.soak_warmup_cycles} + {plan.soak_cycles} navigation + language cycles "
        f"(at most {plan.soak_limit_s:g} s)")
    for index in range(plan.soak_warmup_cycles):
        cycle(index)
    before, objects_before = collected_rss(), qobject_census(window)
    started = time.perf_counter()
    trace = [round(before, 1)]
    step = max(1, plan.soak_cycles // 10)
    done = 0
    while done < plan.soak_cycles and time.perf_counter() - started < plan.soak_limit_s:
        cycle(done)
        done += 1
        if done % step == 0:
            trace.append(round(resident_mb(), 1))
    seconds = time.perf_counter() - started
    after = collected_rss()
    gained = qobject_census(window) - objects_before
    return {"soak_rss_drift_mb": round(after - before, 1),
            "soak_rss_drift_last_half_mb": round(trace[-1] - trace[len(trace) // 2], 1),
            "soak_cycles": done, "soak_warmup_cycles": plan.soak_warmup_cycles,
            "soak_s": round(seconds, 1), "soak_ms_per_cycle": round(seconds / done * 1000, 1),
            "soak_rss_before_mb": round(before, 1), "soak_rss_after_mb": round(after, 1),
            "soak_rss_trace_mb": trace, "soak_qobjects_gained": dict(gained.most_common(5)),
            "soak_qobjects_gained_total": sum(gained.values())}


def warmed_window(app: QApplication, sandbox: Sandbox, check: PaintCheck,
                  *options: str) -> MainWindow:
    """A window whose every screen was built and shown in every language, back on home in
    Arabic."""
    window = new_window(app, sandbox, *options)
    visit_everything(window, check, app)
    window.navigate("home")
    window.set_language("ar")
    settle(app)
    return window


def measure_switch_and_navigation(app: QApplication, window: MainWindow,
                                  plan: Plan) -> dict[str, Any]:
    """lang_switch_ms_* and nav_ms_* on a warmed window."""
    say(f"language switch: {plan.switch_rounds} round(s) of ar->en->ru->ar on every screen")
    switches = measure_language_switch(app, window, plan.switch_rounds)
    say(f"navigation: in each language, 1 + {plan.nav_rounds} tours of every screen")
    navigations, after_switch = measure_navigation(app, window, plan.nav_rounds)
    window.set_language("ar")
    settle(app)
    after = summary_ms(after_switch, "nav_after_switch")
    return {
        **summary_ms(switches, "lang_switch"), **summary_ms(navigations, "nav"),
        "nav_after_switch_ms_median": after["nav_after_switch_ms_median"],
        "nav_after_switch_ms_by_screen": after["nav_after_switch_ms_by_screen"],
        "samples": {name: sum(map(len, samples.values())) for name, samples in (
            ("lang_switch", switches), ("nav", navigations), ("nav_after_switch", after_switch))},
    }


def measure_kiosk_mode_switch(app: QApplication, sandbox: Sandbox, check: PaintCheck,
                              rounds: int) -> dict[str, Any]:
    """lang_switch_kiosk_mode_ms_median: the same switches in kiosk mode (--kiosk), where the
    lock-down adds its own application-wide event filter."""
    say("language switch in kiosk mode")
    window = warmed_window(app, sandbox, check, "--kiosk")
    switches = measure_language_switch(app, window, rounds)
    close_window(app, window)
    return {"lang_switch_kiosk_mode_ms_median":
            summary_ms(switches, "lang_switch")["lang_switch_ms_median"]}


def measure_in_process(sandbox: Sandbox, plan: Plan) -> dict[str, Any]:
    """Everything timed inside kiosk windows in this process."""
    app = start_application(sandbox)
    result = measure_first_visits(app, sandbox, plan.first_visit_windows)
    say("warm-up and paint check: every screen, every language")
    check = PaintCheck()
    window = warmed_window(app, sandbox, check)
    result.update(measure_switch_and_navigation(app, window, plan))
    result.update(measure_soak(app, window, plan))
    close_window(app, window)
    result.update(measure_kiosk_mode_switch(app, sandbox, check, plan.switch_rounds))
    result["paint_check"] = check.summary()
    return result


# --- loading: the real bundle and synthetic larger ones ------------------------------------------


class _NoAliases(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """The loader refuses anchors and aliases: write every node out in full."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _write_yaml(path: Path, data: Any) -> None:
    path.write_text(yaml.dump(data, Dumper=_NoAliases, allow_unicode=True, sort_keys=False,
                              width=100), encoding="utf-8")


def _lengthened(node: Any, times: int) -> Any:
    """Every paragraph (text longer than 80 characters) written `times` times over."""
    if isinstance(node, dict):
        return {key: _lengthened(value, times) for key, value in node.items()}
    if isinstance(node, str) and len(node) > 80:
        return " ".join([node] * times)
    return node


def _add_countries(facts: dict[str, Any], texts: dict[str, dict[str, Any]], count: int) -> None:
    """`count` more countries C001..., each with a capital and an office, in every file."""
    real = list(facts["countries"])
    places = {place["id"]: place for place in facts["places"]}
    for number in range(1, count + 1):
        model = real[(number - 1) % len(real)]
        code, capital, office = f"C{number:03d}", f"c{number:03d}-capital", f"c{number:03d}-office"
        model_place = places[model["capital"]]
        facts["countries"].append({"code": code, "capital": capital})
        for place_id, role in ((capital, "capital"), (office, "presence")):
            facts["places"].append({"id": place_id, "country": code, "role": role,
                                    "lat": model_place["lat"], "lon": model_place["lon"]})
        for language in texts.values():
            country = language["countries"][model["code"]]
            language["countries"][code] = {"name": f"{country['name']} {number}",
                                           "role": country["role"]}
            place_name = language["places"][model["capital"]]
            language["places"][capital] = f"{place_name} {number}"
            language["places"][office] = f"{place_name} ({number})"


def write_synthetic_bundle(source: Path, target: Path, scale: float, copies: int) -> None:
    """A bundle about `scale` times `source`: `copies` copies of each language, each file grown
    by scale / copies (that many times the countries and the paragraphs)."""
    facts = yaml.safe_load((source / "bundle.yaml").read_text(encoding="utf-8"))
    languages = facts["bundle"]["languages"]
    texts = {lang["code"]: yaml.safe_load((source / lang["file"]).read_text(encoding="utf-8"))
             for lang in languages}
    growth = scale / copies
    times = max(1, round(growth))
    texts = {code: {key: value if key in ("countries", "places", "language")
                    else _lengthened(value, times) for key, value in language.items()}
             for code, language in texts.items()}
    _add_countries(facts, texts, round(len(facts["countries"]) * (growth - 1)))
    originals = list(languages)
    for index in range(1, copies):  # more languages: "arb", "enb", "rub", then "arc"...
        for lang in originals:
            code = lang["code"] + "abcdefghijklmnopqrstuvwxyz"[index]
            language = copy.deepcopy(texts[lang["code"]])
            language["language"]["name"] += f" {index}"
            texts[code] = language
            languages.append({"code": code, "file": f"{code}.yaml"})
    target.mkdir(parents=True)
    _write_yaml(target / "bundle.yaml", facts)
    for lang in languages:
        _write_yaml(target / lang["file"], texts[lang["code"]])


def bundle_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.glob("*.yaml"))


def largest_file(folder: Path) -> int:
    return max(path.stat().st_size for path in folder.glob("*.yaml"))


def synthetic_bundle(source: Path, target: Path, scale: float) -> Path:
    """A valid bundle within 10 % of `scale` times the bytes of `source`.

    Short texts (titles, names) do not grow, so the growth asked for is corrected from what a
    first try gave. Each try uses the fewest language copies that keep every file under the
    loader's limit. The result is loaded once by the real loader to prove it valid."""
    wanted = scale * bundle_bytes(source)
    growth = scale
    copies = max(1, math.ceil(largest_file(source) * scale / MAX_FILE_BYTES))
    for attempt in range(6):
        folder = target / f"try-{attempt}"
        write_synthetic_bundle(source, folder, growth, copies)
        if largest_file(folder) > MAX_FILE_BYTES:
            copies += 1
            continue
        if abs(bundle_bytes(folder) / wanted - 1) <= 0.1:
            load_bundle(folder)  # raises ContentError if the bundle is not valid
            return folder
        growth *= wanted / bundle_bytes(folder)
        copies = max(copies, math.ceil(largest_file(folder) * wanted / bundle_bytes(folder)
                                       / MAX_FILE_BYTES))
    raise RuntimeError(f"could not make a valid {scale}x bundle under the loader's "
                       f"{MAX_FILE_BYTES:,}-byte file limit")


def time_load_ms(folder: Path, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        load_bundle(folder)
        times.append((time.perf_counter() - started) * 1000)
    return median(times)


def measure_loading(sandbox: Sandbox, repeats: tuple[int, int, int]) -> dict[str, Any]:
    """load_ms and load_bytes for 1x (the bundled content), 10x and 100x."""
    say("content loading: 1x, 10x and 100x bundles")
    source = ROOT / "data"
    folders = {"1x": source}
    for scale in (10, 100):
        folders[f"{scale}x"] = synthetic_bundle(source, sandbox.root / f"bundle-{scale}x", scale)
    load_ms = {name: round(time_load_ms(folder, n), 2)
               for (name, folder), n in zip(folders.items(), repeats, strict=True)}
    sizes = {name: bundle_bytes(folder) for name, folder in folders.items()}
    exponent = math.log(load_ms["100x"] / load_ms["10x"]) / math.log(sizes["100x"] / sizes["10x"])
    return {"load_ms": load_ms, "load_bytes": sizes,
            "load_files": {name: len(list(folder.glob("*.yaml")))
                           for name, folder in folders.items()},
            "load_scaling_exponent": round(exponent, 2)}


# --- the machine ----------------------------------------------------------------------------------


def _cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def _chromium_version() -> str | None:
    executable = shutil.which("chromium")
    if executable is None:
        return None
    try:
        done = subprocess.run([executable, "--version"], capture_output=True, text=True,
                              timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() or None


def machine_info(sandbox: Sandbox) -> dict[str, Any]:
    meminfo = Path("/proc/meminfo").read_text().split()
    return {
        "cores": os.cpu_count(),
        "memory_gb": round(int(meminfo[meminfo.index("MemTotal:") + 1]) / MB, 1),
        "cpu": _cpu_model(),
        "loadavg": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "qt": qVersion(),
        "pyside6": PySide6.__version__,
        "chromium": _chromium_version(),
        "os": platform.platform(),
        "qt_platform": "offscreen (1280x800 screen)" if sandbox.qt_platform
        else f"display {os.environ.get('DISPLAY', '')}",
    }


# --- targets and the report -----------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    key: str
    text: str
    holds: Callable[[float], bool]


TARGETS = [
    Target("startup_ratio_vs_bare", "<= 2.0x bare", lambda v: v <= 2.0),
    Target("chromium_ratio", ">= 3x the kiosk", lambda v: v >= 3.0),
    Target("rss_ratio_vs_bare", "<= 1.6x bare", lambda v: v <= 1.6),
    Target("lang_switch_ms_median", "<= 16 ms", lambda v: v <= 16),
    Target("nav_ms_median", "<= 8 ms", lambda v: v <= 8),
    Target("idle_cpu_percent_attract", "<= 0.5 %", lambda v: v <= 0.5),
    Target("idle_cpu_percent_home", "<= 0.5 %", lambda v: v <= 0.5),
    Target("soak_rss_drift_mb", "<= 5 MB", lambda v: v <= 5),
    Target("load_scaling_exponent", "<= 1.2 (1 = linear)", lambda v: v <= 1.2),
]

TABLE = [  # (key, unit) in the order printed
    ("startup_s", "s"), ("bare_startup_s", "s"), ("startup_ratio_vs_bare", "x"),
    ("kiosk_screenshot_s", "s"),
    ("chromium_startup_s", "s"), ("chromium_ratio", "x"), ("chromium_ratio_vs_screenshot", "x"),
    ("rss_mb", "MB"), ("bare_rss_mb", "MB"), ("rss_ratio_vs_bare", "x"),
    ("chromium_rss_mb", "MB"), ("chromium_pss_mb", "MB"), ("rss_all_screens_mb", "MB"),
    ("create_window_ms", "ms"),
    ("lang_switch_ms_median", "ms"), ("lang_switch_ms_p95", "ms"),
    ("lang_switch_kiosk_mode_ms_median", "ms"),
    ("nav_ms_median", "ms"), ("nav_ms_p95", "ms"),
    ("nav_after_switch_ms_median", "ms"),
    ("nav_first_ms_median", "ms"), ("nav_first_ms_max", "ms"),
    ("idle_cpu_percent_attract", "%"), ("idle_cpu_percent_home", "%"),
    ("soak_rss_drift_mb", "MB"), ("soak_rss_drift_last_half_mb", "MB"), ("soak_cycles", ""),
    ("soak_ms_per_cycle", "ms"), ("soak_qobjects_gained_total", ""),
    ("load_ms.1x", "ms"), ("load_ms.10x", "ms"), ("load_ms.100x", "ms"),
    ("load_bytes.1x", "B"), ("load_bytes.10x", "B"), ("load_bytes.100x", "B"),
    ("load_scaling_exponent", ""),
]


def _lookup(result: dict[str, Any], dotted: str) -> Any:
    value: Any = result
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def verdicts(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each target, its figure and whether it holds (None when the figure is missing)."""
    out = {}
    for target in TARGETS:
        value = result.get(target.key)
        out[target.key] = {"target": target.text,
                           "holds": None if value is None else target.holds(value)}
    return out


def table(result: dict[str, Any]) -> str:
    """The figures, their targets and hold/miss, one per line."""
    targets = {t.key: t for t in TARGETS}
    lines = [f"{'figure':32} {'value':>14}  {'target':22} verdict"]
    for key, unit in TABLE:
        value = _lookup(result, key)
        shown = "-" if value is None else f"{value:,}" if isinstance(value, int) else f"{value:g}"
        target = targets.get(key)
        verdict = "" if target is None else "n/a" if value is None else \
            "hold" if target.holds(value) else "MISS"
        lines.append(f"{key:32} {shown + (' ' + unit if unit else ''):>14}  "
                     f"{target.text if target else '':22} {verdict}")
    machine = result["machine"]
    lines.append(f"\nmachine: {machine['cores']} cores, {machine['memory_gb']} GB, "
                 f"{machine['cpu']}; load average {machine['loadavg']}; Python "
                 f"{machine['python']}, Qt {machine['qt']}, PySide6 {machine['pyside6']}, "
                 f"{machine['chromium'] or 'no Chromium'}; {machine['qt_platform']}")
    lines.append(f"took {result['duration_s']} s{' (--quick)' if result['quick'] else ''}")
    lines += [f"note: {note}" for note in result["notes"]]
    return "\n".join(lines)


# --- the run ------------------------------------------------------------------------------------


def run_section(result: dict[str, Any], notes: list[str], name: str,
                measure: Callable[[], dict[str, Any] | None]) -> None:
    """One part of the benchmark; a failure is reported in the notes, the others still run."""
    try:
        result.update(measure() or {})
    except Exception as error:  # report it and measure the rest
        traceback.print_exc(file=sys.stderr)
        notes.append(f"{name} failed: {type(error).__name__}: {error}".splitlines()[0])


def run(plan: Plan, sandbox: Sandbox, quick: bool) -> dict[str, Any]:
    started = time.perf_counter()
    notes: list[str] = []
    result: dict[str, Any] = {"machine": machine_info(sandbox)}
    if result["machine"]["loadavg"][0] > 0.5 * (os.cpu_count() or 1):
        notes.append(f"the machine was busy (load average {result['machine']['loadavg'][0]}): "
                     "timings are indicative")
    bundle = load_bundle(ROOT / "data")
    run_section(result, notes, "loading", lambda: measure_loading(sandbox, plan.load_repeats))
    run_section(result, notes, "start-up", lambda: measure_startup(sandbox, plan.startup_runs))
    run_section(result, notes, "memory after every screen",
                lambda: measure_toured_memory(sandbox, plan.toured_runs))
    run_section(result, notes, "screenshot",
                lambda: measure_screenshot(sandbox, plan.screenshot_runs))
    run_section(result, notes, "chromium", lambda: measure_chromium(
        sandbox, bundle, plan.chromium_runs, plan.chromium_memory_runs))
    if shutil.which("chromium") is None:
        notes.append("chromium is not installed: the Chromium figures are null "
                     "(Debian: apt-get install chromium)")
    for key in ("chromium_startup_s", "chromium_rss_mb"):
        result.setdefault(key, None)
    result["chromium_ratio"] = ratio(result["chromium_startup_s"], result.get("startup_s"))
    result["chromium_ratio_vs_screenshot"] = ratio(result["chromium_startup_s"],
                                                   result.get("kiosk_screenshot_s"))
    run_section(result, notes, "idle CPU",
                lambda: measure_idle(sandbox, plan.idle_settle_s, plan.idle_s))
    run_section(result, notes, "in-process", lambda: measure_in_process(sandbox, plan))
    if result.get("soak_qobjects_gained_total"):
        notes.append(f"the window gained {result['soak_qobjects_gained_total']} QObjects over "
                     f"the soak ({result['soak_qobjects_gained']}): a leak")
    if result.get("soak_cycles", plan.soak_cycles) < plan.soak_cycles:
        notes.append(f"the soak stopped at its {plan.soak_limit_s:g} s limit after "
                     f"{result['soak_cycles']} of {plan.soak_cycles} cycles")
    check = result.get("paint_check")
    if check and (check["steps_without_paint"] or check["paints_left_after_settle"]):
        notes.append(f"paint check: {check}; some timings may miss painting work")
    result["targets"] = verdicts(result)
    result["notes"] = notes
    result["quick"] = quick
    result["duration_s"] = round(time.perf_counter() - started, 1)
    return result


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="a short smoke test: fewer runs, 5 s idle, a small soak")
    parser.add_argument("--json", action="store_true",
                        help="print one JSON object on stdout (the table goes to stderr)")
    parser.add_argument("--display", action="store_true",
                        help="use the real display ($DISPLAY) instead of the offscreen platform")
    parser.add_argument("--soak-cycles", type=int, metavar="N",
                        help="cycles of the soak (default 10,000; --quick 300)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    options = parse_args(argv)
    if options.display and not os.environ.get("DISPLAY"):
        print("bench: --display needs $DISPLAY", file=sys.stderr)
        return 2
    plan = QUICK if options.quick else Plan()
    if options.soak_cycles is not None:
        plan = dataclasses.replace(plan, soak_cycles=options.soak_cycles)
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as folder:
        sandbox = make_sandbox(Path(folder), options.display)
        result = run(plan, sandbox, options.quick)
    print(table(result), file=sys.stderr if options.json else sys.stdout)
    if options.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
