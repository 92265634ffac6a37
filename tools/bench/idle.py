"""Idle CPU: two real kiosk processes left alone, their CPU time read from /proc."""

from __future__ import annotations

import time
from typing import Any

from tools.bench.proc import cpu_seconds
from tools.bench.sandbox import Sandbox, say
from tools.bench.startup import start_probe, wait_first_frame


def measure_idle(sandbox: Sandbox, settle_s: float, idle_s: float) -> dict[str, Any]:
    """idle_cpu_percent_* (percent of one core): the attract screen (--kiosk) and home
    (windowed), started together, `settle_s` s after their first frames then `idle_s` s
    measured. Raises RuntimeError if a kiosk exits meanwhile."""
    say(f"idle CPU: the attract screen (--kiosk) and home, {settle_s:g} s settling + "
        f"{idle_s:g} s idle")
    kiosks = {"attract": start_probe(sandbox, "kiosk", [*sandbox.kiosk_args, "--kiosk"],
                                     stay=True),
              "home": start_probe(sandbox, "kiosk", sandbox.kiosk_args, stay=True)}
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
