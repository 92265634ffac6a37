"""One application-wide event filter for the kiosk's input watchers: idle time, the operator's
corner press and the lock-down.

A Python event filter on the application is called for every event Qt delivers, and a language
switch alone delivers about a thousand; one filter that hands only input events on to the
watchers that asked for them costs one call instead of one per watcher.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject

Handler = Callable[[QObject, QEvent], bool]
"""Gets the watched object and the event; True swallows the event."""


class InputFilter(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._handlers: dict[QEvent.Type, list[Handler]] = {}
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
