"""The kiosk's benchmark: start-up, memory, language switch, navigation, idle CPU, soak, loading.

    python tools/bench.py              # the full measurement, a few minutes
    python tools/bench.py --quick      # a smoke test: every figure, shorter and rougher
    python tools/bench.py --json       # the table on stderr, one JSON object on stdout
    python tools/bench.py --display    # use the real display ($DISPLAY) instead of offscreen

One command, one run, every figure side by side with its target, shown as hold or miss and
never asserted. Figures taken on a shared machine are indicative: compare runs made on the
same machine, and look at `machine.loadavg` to see how busy it was. MB are 2^20 bytes. What
each figure means and how it is taken: tools/bench/figures.py.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.content import Bundle, load_bundle
from tools.bench.chromium import measure_chromium
from tools.bench.figures import FIGURES, Section, lookup, verdicts
from tools.bench.idle import measure_idle
from tools.bench.loading import measure_loading
from tools.bench.machine import machine_info
from tools.bench.pack_frames import measure_pack_frames
from tools.bench.pack_install import measure_pack_install
from tools.bench.plan import QUICK, Plan
from tools.bench.report import as_json, table
from tools.bench.sandbox import ROOT, Sandbox, make_sandbox
from tools.bench.search import measure_search
from tools.bench.standalone import measure_standalone, standalone_executable
from tools.bench.startup import measure_screenshot, measure_startup, measure_toured_memory
from tools.bench.stats import ratio
from tools.bench.switching import measure_in_process
from tools.bench.window import start_application

OPTIONAL: tuple[Section, ...] = ("chromium", "standalone")
"""Sections whose figures may be null: Chromium not installed, the standalone not built."""
CHROMIUM_KEYS = ("chromium_startup_s", "chromium_rss_mb")
"""Chromium's figures that are in the result, as null, even without Chromium."""


def run_section(result: dict[str, Any], notes: list[str], name: Section,
                measure: Measure) -> bool:
    """One part of the benchmark; a failure is reported in the notes (False), the others
    still run."""
    try:
        result.update(measure() or {})
    except Exception as error:  # report it and measure the rest
        traceback.print_exc(file=sys.stderr)
        notes.append(f"{name} failed: {type(error).__name__}: {error}".splitlines()[0])
        return False
    return True


def missing_figures(result: dict[str, Any], sections: set[str]) -> list[str]:
    """The figures of FIGURES that `sections` (which ran without failing) should have produced
    and did not; Chromium's are allowed to be null."""
    return [figure.key for figure in FIGURES if figure.section in sections
            and figure.section not in OPTIONAL and lookup(result, figure.key) is None]


Measure = Callable[[], dict[str, Any] | None]
"""One section's measurement: its figures, or None when it cannot be taken here."""


def sections(plan: Plan, sandbox: Sandbox, bundle: Bundle) -> dict[Section, Measure]:
    """The sections of a run, in the order they run (each figure of figures.FIGURES names
    one); nothing is measured until a section is called."""
    return {
        "loading": lambda: measure_loading(sandbox, plan.load_repeats),
        "start-up": lambda: measure_startup(sandbox, plan.startup_runs),
        "memory after every screen": lambda: measure_toured_memory(sandbox, plan.toured_runs),
        "screenshot": lambda: measure_screenshot(sandbox, plan.screenshot_runs),
        "chromium": lambda: measure_chromium(sandbox, bundle, plan.chromium_runs,
                                             plan.chromium_memory_runs),
        "standalone": lambda: measure_standalone(sandbox, plan.standalone_runs),
        "idle CPU": lambda: measure_idle(sandbox, plan.idle_settle_s, plan.idle_s),
        "in-process": lambda: measure_in_process(start_application(sandbox), sandbox, plan),
        "pack install": lambda: measure_pack_install(sandbox),
        "pack frames": lambda: measure_pack_frames(sandbox),
        "search": lambda: measure_search(sandbox, plan.search_queries, plan.search_builds),
    }


def run(plan: Plan, sandbox: Sandbox, bundle: Bundle, quick: bool) -> dict[str, Any]:
    """Every section in turn; the JSON result (see figures.py for its figures)."""
    started = time.perf_counter()
    notes: list[str] = []
    result: dict[str, Any] = {"machine": machine_info(sandbox)}
    if result["machine"]["loadavg"][0] > 0.5 * (os.cpu_count() or 1):
        notes.append(f"the machine was busy (load average {result['machine']['loadavg'][0]}): "
                     "timings are indicative")
    succeeded: set[str] = set()
    for name, measure in sections(plan, sandbox, bundle).items():
        if run_section(result, notes, name, measure):
            succeeded.add(name)
        if name == "standalone" and standalone_executable() is None:
            notes.append("the standalone build is not in dist/kiosk/: its figures are null "
                         "(python tools/build_standalone.py)")
        if name == "chromium":
            if shutil.which("chromium") is None:
                notes.append("chromium is not installed: the Chromium figures are null "
                             "(Debian: apt-get install chromium)")
            for key in CHROMIUM_KEYS:
                result.setdefault(key, None)
            result["chromium_ratio"] = ratio(result["chromium_startup_s"],
                                             result.get("startup_s"))
            result["chromium_ratio_vs_screenshot"] = ratio(result["chromium_startup_s"],
                                                           result.get("kiosk_screenshot_s"))
    if result.get("soak_qobjects_gained_total"):
        notes.append(f"the window gained {result['soak_qobjects_gained_total']} QObjects over "
                     f"the soak ({result['soak_qobjects_gained']}): a leak")
    if result.get("soak_cycles", plan.soak_cycles) < plan.soak_cycles:
        notes.append(f"the soak stopped at its {plan.soak_limit_s:g} s limit after "
                     f"{result['soak_cycles']} of {plan.soak_cycles} cycles")
    check = result.get("paint_check")
    if check and (check["steps_without_paint"] or check["paints_left_after_settle"]):
        notes.append(f"paint check: {check}; some timings may miss painting work")
    missing = missing_figures(result, succeeded)
    if missing:
        notes.append(f"figures not produced: {', '.join(missing)}")
    result["targets"] = verdicts(result)
    result["notes"] = notes
    result["quick"] = quick
    result["duration_s"] = round(time.perf_counter() - started, 1)
    return result


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line: --quick, --json, --display, --soak-cycles N."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
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
    """Run the benchmark; 0 when it ran (misses are reported, not failed), 2 on bad usage."""
    options = parse_args(argv)
    if options.display and not os.environ.get("DISPLAY"):
        print("bench: --display needs $DISPLAY", file=sys.stderr)
        return 2
    plan = QUICK if options.quick else Plan()
    if options.soak_cycles is not None:
        plan = dataclasses.replace(plan, soak_cycles=options.soak_cycles)
    bundle = load_bundle(ROOT / "data")
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as folder:
        sandbox = make_sandbox(Path(folder), options.display, bundle)
        result = run(plan, sandbox, bundle, options.quick)
    print(table(result), file=sys.stderr if options.json else sys.stdout)
    if options.json:
        print(as_json(result))
    return 0
