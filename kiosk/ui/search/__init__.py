"""The search a visitor uses (issue 16): a field in the bar on field laptops, a control that
opens the search overlay in kiosk mode, results as they type, and the chosen passage opened,
scrolled to and briefly highlighted. The index itself is kiosk.search (no Qt)."""

from kiosk.ui.search.controller import SearchUI

__all__ = ["SearchUI"]
