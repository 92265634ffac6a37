"""The on-screen keyboard of kiosk mode: layouts as data per language (layouts.py, read from
resources/keyboards/) and the widget that types them into a field (widget.py)."""

from kiosk.ui.keyboard.layouts import Layout, LayoutError, frequent_pairs, load_layout
from kiosk.ui.keyboard.widget import OnScreenKeyboard

__all__ = ["Layout", "LayoutError", "OnScreenKeyboard", "frequent_pairs", "load_layout"]
