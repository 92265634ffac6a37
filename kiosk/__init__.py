"""Offline information kiosk of the OHCHR Regional Office for Central Asia."""

import time

STARTED = time.monotonic()
"""When the kiosk started, for the uptime in the operator's diagnostics."""

__version__ = "0.1.0"

APP_NAME = "ohchr-roca-kiosk"
"""Names the settings and data folders (QStandardPaths) and the single-instance lock."""
