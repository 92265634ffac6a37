"""The kiosk's benchmark: `python tools/bench.py [--quick] [--json] [--display]`.

A thin entry point: the benchmark is the package tools/bench/ (tools/bench/cli.py says what
the options do, tools/bench/figures.py what each figure means). `python -m tools.bench` is
the same.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: the repository's kiosk and tools packages
    sys.path.insert(0, str(ROOT))

from tools.bench.cli import main  # noqa: E402  # the package, not this file: it takes precedence

if __name__ == "__main__":
    sys.exit(main())
