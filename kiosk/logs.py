"""Logging: a rotating file in the app's log folder plus stderr, with Qt's messages routed in."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from kiosk.paths import log_dir

LOG_FILE = "kiosk.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
# Said by the offscreen platform (screenshots, tests) about what it cannot do; not the app's.
_QT_NOISE = "This plugin does not support "

log_path: Path | None = None
"""Where the log file is, once `setup_logging` found a writable place."""


def default_log_path() -> Path:
    """kiosk.log in the log folder (kiosk.paths.log_dir: portable or the per-user data one)."""
    return log_dir() / LOG_FILE


def setup_logging(path: Path | None = None) -> Path | None:
    """Log to stderr and to a rotating file; returns the file, or None if none can be written."""
    global log_path
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setLevel(logging.WARNING)
    stderr.setFormatter(logging.Formatter("kiosk: %(levelname)s: %(message)s"))
    root.handlers[:] = [stderr]
    path = path or default_log_path()
    from logging.handlers import RotatingFileHandler  # imported here, off the start-up path

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                                       encoding="utf-8")
    except OSError as error:
        logging.getLogger(__name__).warning("cannot write the log file %s (%s); logging to "
                                            "stderr only", path, error.strerror or error)
        log_path = None
    else:
        handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(handler)
        log_path = path
    qInstallMessageHandler(_qt_message)
    return log_path


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = _QT_LEVELS.get(kind, logging.WARNING)
    if message.startswith(_QT_NOISE):
        level = logging.DEBUG
    logging.getLogger(f"qt.{context.category or 'default'}").log(level, "%s", message)
