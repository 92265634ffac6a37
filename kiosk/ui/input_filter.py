"""One application-wide event filter for the kiosk's input watchers: idle time, the operator's
corner press and the lock-down.

A Python event filter on the application is called for every event Qt delivers, and a language
switch alone delivers about a thousand; one filter that hands only input events on to the
watchers that asked for them costs one call instead of one per watcher, and `paused()` takes
it out of the way of work that delivers many events and no input at all (a language switch's
LanguageChange and LocaleChange to every widget: 3 to 5 ms of a switch's 12, December 2026).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QObject

Handler = Callable[[QObject, QEvent], bool]
"""Gets the watched object and the event; True swallows the event."""


class InputFilter(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._handlers: dict[QEvent.Type, list[Handler]] = {}
        self._app = app
        self._pauses = 0
        app.installEventFilter(self)

    def watch(self, owner: QObject, kinds: Iterable[QEvent.Type], handler: Handler) -> None:
        """Call `handler` for these kinds of event until `owner` is destroyed."""
        for kind in kinds:
            self._handlers.setdefault(kind, []).append(handler)
        owner.destroyed.connect(lambda: self.unwatch(handler))

    def unwatch(self, handler: Handler) -> None:
        for handlers in self._handlers.values():
            while handler in handlers:
                handlers.remove(handler)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Out of the application's event delivery for the `with` block, back after it.

        Only for synchronous work: no input can arrive while Python code runs without an
        event loop (input comes from the window system through processEvents), so no watcher
        misses any; posted events the block leaves are delivered later, filtered as usual.
        Nested blocks are one pause."""
        self._pauses += 1
        if self._pauses == 1:
            self._app.removeEventFilter(self)
        try:
            yield
        finally:
            self._pauses -= 1
            if not self._pauses:
                self._app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        handlers = self._handlers.get(event.type())
        if handlers:
            for handler in tuple(handlers):
                if handler(watched, event):
                    return True
        return False


_filters: dict[int, InputFilter] = {}


def input_filter() -> InputFilter:
    """The application's one input filter, made on first use."""
    app = QCoreApplication.instance()
    assert app is not None, "input watchers need a QApplication"
    if id(app) not in _filters:
        _filters[id(app)] = InputFilter(app)
    return _filters[id(app)]
