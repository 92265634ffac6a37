"""In-process soak: resident memory and QObjects over thousands of navigation + language cycles."""

from __future__ import annotations

import gc
import time
from collections import Counter
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens import ATTRACT
from kiosk.ui.settle import settle
from tools.bench.plan import Plan
from tools.bench.proc import MIB, resident_bytes
from tools.bench.sandbox import Sandbox, say


def qobject_census(window: MainWindow) -> Counter[str]:
    """How many QObjects of each class the window holds."""
    return Counter(type(child).__name__ for child in window.findChildren(QObject))


def measure_soak(window: MainWindow, sandbox: Sandbox, plan: Plan) -> dict[str, Any]:
    """soak_rss_drift_mb (MB): cycles of navigate + switch language + settle, resident memory
    before and after.

    The tour is every screen plus the attract screen (13 today) against the bundle's
    languages (3), so every screen is seen in every language. The cycles stop early at the
    time limit (a regression must not make the benchmark endless); `soak_cycles` says how many
    ran. QObjects the window gained over the soak are counted by class: a steady leak shows
    there by name."""
    order = [*window.screen_ids(), ATTRACT]
    languages = sandbox.languages

    def cycle(index: int) -> None:
        window.navigate(order[index % len(order)])
        window.set_language(languages[index % len(languages)])
        settle()

    def collected_rss() -> float:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        return resident_bytes() / MIB

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
            trace.append(round(resident_bytes() / MIB, 1))
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
