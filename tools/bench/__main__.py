"""`python -m tools.bench`: the same as `python tools/bench.py`."""

import sys

from tools.bench.cli import main

sys.exit(main())
