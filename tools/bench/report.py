"""The run's result as a table (one figure a line, with its target and verdict) or JSON."""

from __future__ import annotations

import json
from typing import Any

from tools.bench.figures import FIGURES, lookup


def table(result: dict[str, Any]) -> str:
    """The figures of FIGURES in order, their units, targets and hold/MISS, then the machine,
    the duration and the notes."""
    lines = [f"{'figure':32} {'value':>14}  {'target':22} verdict"]
    for figure in FIGURES:
        value = lookup(result, figure.key)
        shown = "-" if value is None else f"{value:,}" if isinstance(value, int) else f"{value:g}"
        target = figure.target
        verdict = "" if target is None else "n/a" if value is None else \
            "hold" if target.holds(value) else "MISS"
        lines.append(f"{figure.key:32} {shown + ' ' + figure.unit:>14}  "
                     f"{target.text if target else '':22} {verdict}")
    machine = result["machine"]
    lines.append(f"\nmachine: {machine['cores']} cores, {machine['memory_gb']} GB, "
                 f"{machine['cpu']}; load average {machine['loadavg']}; Python "
                 f"{machine['python']}, Qt {machine['qt']}, PySide6 {machine['pyside6']}, "
                 f"{machine['chromium'] or 'no Chromium'}; {machine['qt_platform']}")
    lines.append(f"took {result['duration_s']} s{' (--quick)' if result['quick'] else ''}")
    lines += [f"note: {note}" for note in result["notes"]]
    return "\n".join(lines)


def as_json(result: dict[str, Any]) -> str:
    """The whole result as one JSON object (non-ASCII kept, one key a line)."""
    return json.dumps(result, ensure_ascii=False, indent=1)
