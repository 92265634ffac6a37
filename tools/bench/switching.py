"""In-process: first visits, language switches and navigation, each step timed to its frame."""

from __future__ import annotations

import time
from functools import partial
from typing import Any

from PySide6.QtWidgets import QApplication

from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens import HOME
from kiosk.ui.settle import settle
from tools.bench.plan import Plan
from tools.bench.sandbox import Sandbox, say
from tools.bench.soak import measure_soak
from tools.bench.stats import median, percentile
from tools.bench.window import PaintCheck, close_window, new_window, timed_ms

Samples = dict[str, list[float]]
"""Timings in ms by screen."""


def measure_first_visits(sandbox: Sandbox, windows: int) -> dict[str, Any]:
    """create_window_ms and nav_first_ms_*: fresh windows, every screen visited once."""
    say(f"first visits: {windows} fresh window(s), every screen once")
    samples: list[float] = []
    build_ms = 0.0
    for index in range(windows):
        started = time.perf_counter()
        window = new_window(sandbox)
        if index == 0:
            build_ms = (time.perf_counter() - started) * 1000
        for screen in window.screen_ids()[1:]:  # home was built with the window
            samples.append(timed_ms(partial(window.navigate, screen)))
        close_window(window)
    return {"create_window_ms": round(build_ms, 1),
            "nav_first_ms_median": round(median(samples), 2),
            "nav_first_ms_max": round(max(samples), 2)}


def visit_everything(app: QApplication, window: MainWindow, check: PaintCheck,
                     languages: tuple[str, ...]) -> None:
    """The warm-up, and the check pass: every screen, every language switch, untimed."""
    for screen in window.screen_ids():
        if screen != window.current_screen():  # navigating to the current screen does nothing
            check.step(app, partial(window.navigate, screen))
        for code in languages:
            check.step(app, partial(window.set_language, code))


def warmed_window(app: QApplication, sandbox: Sandbox, check: PaintCheck,
                  *options: str) -> MainWindow:
    """A window whose every screen was built and shown in every language, back on home in the
    start language."""
    window = new_window(sandbox, *options)
    visit_everything(app, window, check, sandbox.switch_order)
    window.navigate(HOME)
    window.set_language(sandbox.start_language)
    settle()
    return window


def measure_language_switch(window: MainWindow, order: tuple[str, ...], rounds: int) -> Samples:
    """On every screen, `rounds` times through `order` (the sandbox's switch order, from the
    start language round to it again), each switch timed."""
    samples: Samples = {}
    for screen in window.screen_ids():
        window.navigate(screen)
        settle()
        samples[screen] = [timed_ms(partial(window.set_language, code))
                           for _ in range(rounds) for code in order]
    return samples


def measure_navigation(window: MainWindow, order: tuple[str, ...],
                       rounds: int) -> tuple[Samples, Samples]:
    """Tours of every screen in order (home, mandate, ..., offices, home...), every navigation
    timed: in each language, the first tour after switching to it (the hidden screens were
    retranslated but not laid out yet: kept apart), then `rounds` steady tours."""
    ids = window.screen_ids()
    steady: Samples = {screen: [] for screen in ids}
    after_switch: Samples = {screen: [] for screen in ids}
    for code in order:
        window.set_language(code)
        settle()
        for tour in range(1 + rounds):
            for screen in [*ids[1:], ids[0]]:  # from home on, so each is a change of screen
                ms = timed_ms(partial(window.navigate, screen))
                (after_switch if tour == 0 else steady)[screen].append(ms)
    return steady, after_switch


def summary_ms(samples: Samples, name: str) -> dict[str, Any]:
    """Median and p95 over all samples, and the median of each screen (ms)."""
    values = [ms for by_screen in samples.values() for ms in by_screen]
    return {f"{name}_ms_median": round(median(values), 2),
            f"{name}_ms_p95": round(percentile(values, 95), 2),
            f"{name}_ms_by_screen": {screen: round(median(ms), 1)
                                     for screen, ms in samples.items() if ms}}


def measure_switch_and_navigation(window: MainWindow, sandbox: Sandbox,
                                  plan: Plan) -> dict[str, Any]:
    """lang_switch_ms_* and nav_ms_* on a warmed window."""
    order = sandbox.switch_order
    say(f"language switch: {plan.switch_rounds} round(s) of "
        f"{'->'.join((sandbox.start_language, *order))} on every screen")
    switches = measure_language_switch(window, order, plan.switch_rounds)
    say(f"navigation: in each language, 1 + {plan.nav_rounds} tours of every screen")
    navigations, after_switch = measure_navigation(window, order, plan.nav_rounds)
    window.set_language(sandbox.start_language)
    settle()
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
    switches = measure_language_switch(window, sandbox.switch_order, rounds)
    close_window(window)
    return {"lang_switch_kiosk_mode_ms_median":
            summary_ms(switches, "lang_switch")["lang_switch_ms_median"]}


def measure_first_font_switch(sandbox: Sandbox) -> dict[str, Any]:
    """lang_switch_first_font_ms: in the process's first window, before any other switch,
    the first switch to each language whose fonts load on first use (kiosk.fonts.files:
    Chinese's CJK cut), on home; and lang_switch_first_ms_median, the first switch to each of
    the other languages in the same window, for comparison."""
    from kiosk import fonts

    window = new_window(sandbox)
    lazy: list[float] = []
    others: list[float] = []
    for code in sandbox.switch_order:
        if code == window.language():
            continue
        needs_fonts = bool(set(fonts.files(code)) - fonts.registered())
        (lazy if needs_fonts else others).append(timed_ms(partial(window.set_language, code)))
    close_window(window)
    say(f"first switches: {len(lazy)} with fonts to load, {len(others)} without")
    return {"lang_switch_first_font_ms": round(max(lazy), 2) if lazy else None,
            "lang_switch_first_ms_median": round(median(others), 2) if others else None}


def measure_in_process(app: QApplication, sandbox: Sandbox, plan: Plan) -> dict[str, Any]:
    """Everything timed inside kiosk windows in this process (`app` is its QApplication)."""
    result = measure_first_font_switch(sandbox)  # first: no font of a language loaded yet
    result.update(measure_first_visits(sandbox, plan.first_visit_windows))
    say("warm-up and paint check: every screen, every language")
    check = PaintCheck()
    window = warmed_window(app, sandbox, check)
    result.update(measure_switch_and_navigation(window, sandbox, plan))
    result.update(measure_soak(window, sandbox, plan))
    close_window(window)
    result.update(measure_kiosk_mode_switch(app, sandbox, check, plan.switch_rounds))
    result["paint_check"] = check.summary()
    return result
