"""The benchmark's arithmetic: medians, nearest-rank percentiles, ratios."""

from __future__ import annotations

import math
import statistics


def median(values: list[float]) -> float:
    """The median; raises statistics.StatisticsError on an empty list."""
    return statistics.median(values)


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile: the smallest value with at least p % of the values at or
    below it (p in 0..100)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def ratio(a: float | None, b: float | None) -> float | None:
    """a / b rounded to 2 decimals; None when either is missing or b is 0."""
    return None if a is None or b is None or b == 0 else round(a / b, 2)
