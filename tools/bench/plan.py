"""How much a run measures: the full run's counts and seconds, or --quick's."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Plan:
    """How many runs, rounds and seconds each figure gets (the full run by default)."""

    startup_runs: int = 7
    toured_runs: int = 3
    screenshot_runs: int = 5
    standalone_runs: int = 5
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
    search_queries: int = 300  # a language
    search_builds: int = 3  # of each language's index


QUICK = Plan(startup_runs=3, toured_runs=1, screenshot_runs=2, standalone_runs=2,
             chromium_runs=2, chromium_memory_runs=1, idle_settle_s=2.0, idle_s=5.0,
             first_visit_windows=1, switch_rounds=1, nav_rounds=1, soak_cycles=300,
             soak_warmup_cycles=78, soak_limit_s=60.0, load_repeats=(5, 2, 1),
             search_queries=100, search_builds=1)
"""--quick: a smoke test of every figure, shorter and rougher."""
