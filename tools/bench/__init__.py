"""The kiosk's benchmark, as a package: `python tools/bench.py` (or `python -m tools.bench`).

figures.py lists every figure with its unit, target and meaning; sandbox.py is where a run
writes; probe.py is the fresh process timed to its first frame; startup.py, idle.py,
chromium.py, switching.py, soak.py and loading.py measure; report.py prints; cli.py runs.
"""
