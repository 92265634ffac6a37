"""What the figures were taken on: cores, memory, CPU, load, Python, Qt, Chromium, platform."""

from __future__ import annotations

import os
import platform
from pathlib import Path
from typing import Any

import PySide6
from PySide6.QtCore import qVersion

from tools.bench.chromium import chromium_version
from tools.bench.proc import MIB
from tools.bench.sandbox import HEIGHT, WIDTH, Sandbox


def _cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def machine_info(sandbox: Sandbox) -> dict[str, Any]:
    """The JSON result's `machine`: memory_gb in 2^30 bytes, loadavg over 1, 5, 15 minutes."""
    meminfo = Path("/proc/meminfo").read_text().split()
    return {
        "cores": os.cpu_count(),
        "memory_gb": round(int(meminfo[meminfo.index("MemTotal:") + 1]) / MIB, 1),
        "cpu": _cpu_model(),
        "loadavg": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "qt": qVersion(),
        "pyside6": PySide6.__version__,
        "chromium": chromium_version(),
        "os": platform.platform(),
        "qt_platform": f"offscreen ({WIDTH}x{HEIGHT} screen)" if sandbox.qt_platform
        else f"display {os.environ.get('DISPLAY', '')}",
    }
