"""Every figure the benchmark reports, in one list: its key, unit, target and section.

What each figure means and how it is taken:

startup_s, bare_startup_s, startup_ratio_vs_bare
    Wall time from starting a fresh Python process (the parent's Popen) to the first painted
    frame, median of alternating runs (after one unmeasured warm-up run of each, so both find
    the same warm file cache). The kiosk runs as `main.py --lang ar --size 1280x800` (home
    screen, Arabic); the bare program is a PySide6 window with one QLabel of the same size.
    Both run in the same small probe (tools/bench/probe.py): an application-wide event filter
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
standalone_screenshot_s, standalone_ratio_vs_venv, standalone_rss_mb, venv_screenshot_rss_mb
    The standalone build in dist/kiosk/ (tools/build_standalone.py) doing kiosk_screenshot_s's
    task, launch to exit, median of alternating runs with the venv's main.py after one
    warm-up of each (tools/bench/standalone.py); the ratio is standalone / venv. The frozen
    executable has no Python to host the first-frame probe, hence the screenshot. Memory:
    each one's peak resident set (ru_maxrss from os.wait4), medians. Null when not built.
rss_all_screens_mb
    Peak resident memory of a kiosk process that, after its first frame, visited every screen
    in every language (the probe with BENCH_TOUR): what a kiosk grows to once fully used.
lang_switch_ms_median, lang_switch_ms_p95
    In-process, on every screen: set_language() through every language of the bundle in its
    order, from the start language back to it (ar -> en -> ru -> ar), each switch timed until
    it is laid out and painted. "Painted" is the app's own settle() (kiosk/ui/settle.py):
    rounds of posted layout requests and processEvents(), in which Qt's repaint manager lays
    out the mirrored widgets, paints every dirty one and flushes the frame, as the event loop
    would; a round with nothing to do costs ~2 us. No
    extra repaint() or grab() is added: that would paint everything a second time. Instead an
    untimed pass counts Paint events and checks that every step paints and that settling
    leaves nothing to paint (`paint_check`).
    `lang_switch_ms_by_screen` gives the median on each screen. The window is windowed, as
    for start-up; lang_switch_kiosk_mode_ms_median repeats the switches with --kiosk.
lang_switch_first_font_ms, lang_switch_first_ms_median
    In the process's first window, before anything else is switched: the first switch (on
    home) to a language whose fonts load on first use (Chinese: the CJK cut is registered
    then, kiosk/fonts.py; the slowest of them if several), and the median first switch to
    the others. Reported, with no target of their own: issue 13 asks for it separately.
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
    made from it in a temporary folder (within 10 % of those sizes): more countries (unused
    ISO 3166 codes)
    each with a capital and an office, longer texts, and, since a language file may not pass
    the loader's 1 MiB limit, more languages (copies of the real ones, "arb", "enb"...), so
    every bundle is valid; each is checked by the real loader before it is timed. Median of
    repeated loads. The exponent fits time ~ size^k between 10x and 100x: 1 is linear.
search_ms_p95, search_index_build_ms, search_passages
    kiosk.search in-process (tools/bench/search.py), on the shipped bundle (1x) and the 100x
    synthetic bundle of load_ms: in every language, 300 queries (--quick 100) from its own
    passages -- whole words, half-typed words (the field searches at each pause in typing),
    two-word phrases and words of no text, which scan every passage -- each timed alone;
    the 95th percentile over all of them (issue 16: <= 50 ms). The index build is
    SearchIndex() of one language's passages (folding every text), median of 3 (--quick 1),
    the slowest language: what the first search of a visitor in that language waits, once
    (index_for keeps it). search_passages is the largest language's passage count.
load_hostile_ms
    load_bundle() refusing a bundle with 15,000 extra places and 80,000 unknown place ids in
    a language file, both under the 1 MiB limit (issue 12): median of the 100x repeats.
pack_install_s
    kiosk.packs.install.install() of the shipped content as a signed pack (ED) from a local
    folder into a fresh store: copy, signature, every member and its SHA-256, the full
    loader, the move into the store, the pointer switch and the receipt; median of 5
    (tools/bench/pack_install.py). Issue 14's target: under 2 s on this machine.
pack_install_longest_frame_ms, pack_idle_longest_frame_ms, pack_switch_longest_frame_ms,
pack_install_live_s
    A running kiosk (windowed, on home) with a 16 ms PreciseTimer: the longest gap between
    two of its ticks, i.e. the longest the GUI thread could not answer, while a newer pack
    of the shipped content dropped in its inbox is found, checked, installed and loaded on
    the worker (pack_install_longest_frame_ms, each frame that overlaps the drop-to-ready
    time; issue 14's target: at most 50 ms); the same over the second before the drop
    (pack_idle_..., the floor); from the switch, two frames after the content is ready, to
    0.5 s after it is on the screen (pack_switch_...: the GUI thread rebuilding every screen,
    as Reload content does); and the drop to the new content shown (pack_install_live_s:
    the watcher's 1 s of stillness included).
    tools/bench/pack_frames.py.
machine
    Cores, memory, CPU model, load average at the start, Python, Qt, PySide6, Chromium, the
    Qt platform used.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

Unit = Literal["s", "ms", "MB", "x", "%", "B", "cycles", "objects", "exponent"]
"""MB are 2^20 bytes; x is a ratio; exponent is k in time ~ size^k."""

Section = Literal["loading", "start-up", "memory after every screen", "screenshot", "chromium",
                  "standalone", "idle CPU", "in-process", "pack install", "pack frames",
                  "search"]
"""The parts of a run (cli.run), each measured by one module; a failing part is a note."""


@dataclass(frozen=True)
class Target:
    """What a figure should be: `text` as printed, `limit` and whether the figure must be at
    most (`<=`) or at least (`>=`) the limit. The targets are the ones README.md's
    "Performance" table shows."""

    text: str
    limit: float
    at_most: bool = True

    def holds(self, value: float) -> bool:
        """Whether `value` meets the target."""
        compare: Callable[[float, float], bool] = operator.le if self.at_most else operator.ge
        return compare(value, self.limit)


@dataclass(frozen=True)
class Figure:
    """One line of the table: `key` in the JSON result (a dot goes into a nested object:
    "load_ms.1x"), its unit, its target if it has one, and the section that produces it."""

    key: str
    unit: Unit
    section: Section
    target: Target | None = None


def _at_most(text: str, limit: float) -> Target:
    return Target(text, limit)


FIGURES: tuple[Figure, ...] = (  # in the order printed
    Figure("startup_s", "s", "start-up"),
    Figure("bare_startup_s", "s", "start-up"),
    Figure("startup_ratio_vs_bare", "x", "start-up", _at_most("<= 2.0x bare", 2.0)),
    Figure("kiosk_screenshot_s", "s", "screenshot"),
    Figure("chromium_startup_s", "s", "chromium"),
    Figure("chromium_ratio", "x", "chromium", Target(">= 3x the kiosk", 3.0, at_most=False)),
    Figure("chromium_ratio_vs_screenshot", "x", "chromium"),
    Figure("rss_mb", "MB", "start-up"),
    Figure("bare_rss_mb", "MB", "start-up"),
    Figure("rss_ratio_vs_bare", "x", "start-up", _at_most("<= 1.6x bare", 1.6)),
    Figure("chromium_rss_mb", "MB", "chromium"),
    Figure("chromium_pss_mb", "MB", "chromium"),
    Figure("rss_all_screens_mb", "MB", "memory after every screen"),
    Figure("standalone_screenshot_s", "s", "standalone"),
    Figure("standalone_ratio_vs_venv", "x", "standalone"),
    Figure("standalone_rss_mb", "MB", "standalone"),
    Figure("venv_screenshot_rss_mb", "MB", "standalone"),
    Figure("create_window_ms", "ms", "in-process"),
    Figure("lang_switch_ms_median", "ms", "in-process", _at_most("<= 16 ms", 16)),
    Figure("lang_switch_ms_p95", "ms", "in-process"),
    Figure("lang_switch_kiosk_mode_ms_median", "ms", "in-process"),
    Figure("lang_switch_first_font_ms", "ms", "in-process"),
    Figure("lang_switch_first_ms_median", "ms", "in-process"),
    Figure("nav_ms_median", "ms", "in-process", _at_most("<= 8 ms", 8)),
    Figure("nav_ms_p95", "ms", "in-process"),
    Figure("nav_after_switch_ms_median", "ms", "in-process"),
    Figure("nav_first_ms_median", "ms", "in-process"),
    Figure("nav_first_ms_max", "ms", "in-process"),
    Figure("idle_cpu_percent_attract", "%", "idle CPU", _at_most("<= 0.5 %", 0.5)),
    Figure("idle_cpu_percent_home", "%", "idle CPU", _at_most("<= 0.5 %", 0.5)),
    Figure("soak_rss_drift_mb", "MB", "in-process", _at_most("<= 5 MB", 5)),
    Figure("soak_rss_drift_last_half_mb", "MB", "in-process"),
    Figure("soak_cycles", "cycles", "in-process"),
    Figure("soak_ms_per_cycle", "ms", "in-process"),
    Figure("soak_qobjects_gained_total", "objects", "in-process"),
    Figure("load_ms.1x", "ms", "loading"),
    Figure("load_ms.10x", "ms", "loading"),
    Figure("load_ms.100x", "ms", "loading"),
    Figure("load_bytes.1x", "B", "loading"),
    Figure("load_bytes.10x", "B", "loading"),
    Figure("load_bytes.100x", "B", "loading"),
    Figure("load_scaling_exponent", "exponent", "loading",
           _at_most("<= 1.2 (1 = linear)", 1.2)),
    Figure("load_hostile_ms", "ms", "loading", _at_most("< 1000 ms", 999.9)),
    Figure("pack_install_s", "s", "pack install", _at_most("< 2 s", 1.999)),
    Figure("pack_install_longest_frame_ms", "ms", "pack frames", _at_most("<= 50 ms", 50)),
    Figure("pack_idle_longest_frame_ms", "ms", "pack frames"),
    Figure("pack_switch_longest_frame_ms", "ms", "pack frames"),
    Figure("pack_install_live_s", "s", "pack frames"),
    Figure("search_ms_p95.1x", "ms", "search", _at_most("<= 50 ms", 50)),
    Figure("search_ms_p95.100x", "ms", "search", _at_most("<= 50 ms", 50)),
    Figure("search_index_build_ms.1x", "ms", "search"),
    Figure("search_index_build_ms.100x", "ms", "search"),
)


def lookup(result: dict[str, Any], dotted: str) -> Any:
    """The value at `dotted` ("load_ms.1x") in a result; None where any part is missing."""
    value: Any = result
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def verdicts(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """{key: {"target": text, "holds": bool, or None when the figure is missing}} for every
    figure with a target, in table order."""
    out = {}
    for figure in FIGURES:
        if figure.target is not None:
            value = lookup(result, figure.key)
            out[figure.key] = {"target": figure.target.text,
                               "holds": None if value is None else figure.target.holds(value)}
    return out
