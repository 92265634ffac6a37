"""Readings from Linux's /proc: resident memory, CPU time, per-process memory fields.

The one resident-memory reading of the tools (the benchmark's soak, the monkey's report).
"""

from __future__ import annotations

import os
from pathlib import Path

MIB = 1024 * 1024
"""The benchmark's MB: 2^20 bytes."""


def resident_bytes() -> float:
    """This process's resident set now (pages in RAM, from /proc/self/statm), in bytes; NaN
    where /proc is missing (not Linux). Not the peak: see peak_resident_kb for that."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return float("nan")
    return float(pages * os.sysconf("SC_PAGE_SIZE"))


def status_kb(pid: int | str, name: str) -> int:
    """A kB (1024 bytes) field of /proc/PID/status, such as VmRSS (resident now) or VmHWM
    (peak resident); 0 if the process is gone."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith(name + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def proportional_kb(pid: int) -> int:
    """Pss from /proc/PID/smaps_rollup, in kB: shared pages divided among the processes
    sharing them; 0 if the process is gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            return next((int(line.split()[1]) for line in rollup if line.startswith("Pss:")), 0)
    except OSError:
        return 0


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time a process has used, in s, from /proc/PID/stat; raises
    OSError if the process is gone."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime
