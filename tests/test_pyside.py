"""The Qt binding the kiosk runs on keeps Python's reference counts right."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_calls_returning_none_keep_none_alive(qtbot: object) -> None:
    """PySide6 6.12.0 dropped a reference to None on every call returning None; on Python 3.11
    the kiosk then aborted ('deallocating None') after a few hours of visitors. The version
    range in pyproject.toml excludes it; this catches any version that does it again."""
    widget = QWidget()
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    before = sys.getrefcount(None)
    for _ in range(1000):
        widget.childAt(QPoint(-10, -10))
        QApplication.focusWidget()
    assert sys.getrefcount(None) >= before - 10
