"""settle(): let Qt finish a change -- layouts, then painting -- as its event loop would.

The one settle() of the project: the app calls it before a screenshot, the tests before they
look at the screen, the benchmark inside every timed step (tools/bench) and the monkey after
every event (tools/monkey.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

SETTLE_ROUNDS = 8
"""Rounds of posted layout requests and processEvents(). Wrapped text that changes height
lays out its parents again, which may paint again, and a slide schedules its next frames. The
benchmark's paint check (every screen and language at 1280x800: windowed, --kiosk and text at
1.5x; one more processEvents() after settle() must paint nothing) left 16 to 56 paints
pending per pass of 47 steps after 4 rounds, 27 after 6 (first visits, text at 1.5x) and none
after 8 (measured December 2026). A round with nothing to do costs about 2 us, so the rounds
beyond need cost nothing."""


def settle(app: QCoreApplication | None = None) -> None:
    """Deliver posted layout requests, then every other pending event (the update request that
    paints and flushes the frame), SETTLE_ROUNDS times. `app` is the running application (the
    calls are static; it is accepted for the callers that pass it); returns when done."""
    del app  # sendPostedEvents and processEvents act on the running application
    for _ in range(SETTLE_ROUNDS):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()
