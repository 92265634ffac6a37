"""The list of search results: one button a screen (its title, the snippet with the words in
bold), or one sentence when nothing matched, in a scrolling column."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.search import Hit
from kiosk.ui import touch
from kiosk.ui.search.marked import marked_html
from kiosk.ui.widgets.text import text_label


def no_match_text() -> str:
    """The sentence shown when a query matches nothing, in the interface language."""
    return QCoreApplication.translate("Search", "No page has these words.")


class ResultItem(QPushButton):
    """One result: the screen's title over the snippet; `hit` is what it stands for."""

    def __init__(self, hit: Hit, direction: Qt.LayoutDirection) -> None:
        super().__init__()
        self.hit = hit
        self.setObjectName("tile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 10, 18, 12)
        column.setSpacing(4)
        self.title = text_label("tileTitle")
        self.title.setText(hit.title)
        self.snippet = QLabel()
        self.snippet.setObjectName("tileSummary")
        self.snippet.setTextFormat(Qt.TextFormat.RichText)  # built escaped (marked.py)
        self.snippet.setWordWrap(True)
        self.snippet.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.snippet.setText(marked_html(hit.snippet, hit.marks, direction))
        for label in (self.title, self.snippet):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            column.addWidget(label)
        self.setAccessibleName(f"{hit.title}: {hit.snippet}")

    def sizeHint(self):  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        layout = self.layout()
        if layout is not None:
            hint.setHeight(max(hint.height(), layout.totalHeightForWidth(self.width())
                               if self.width() > 0 else layout.sizeHint().height()))
        return hint


class ResultsList(QScrollArea):
    """The results of the last query; `chosen` carries the Hit a visitor picked."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        holder.setObjectName("column")
        self._column = QVBoxLayout(holder)
        self._column.setContentsMargins(8, 8, 8, 8)
        self._column.setSpacing(10)
        self._column.addStretch(1)
        self.setWidget(holder)
        self.none = text_label("lead")
        """The no-match sentence (hidden while there are results or no query)."""
        self.none.hide()
        self._column.insertWidget(0, self.none)
        QTimer.singleShot(0, self, self._grab_touch)  # kinetic scrolling, as pages have
        self.items: list[ResultItem] = []
        self.query = ""
        """The query the list shows the results of ("" when cleared)."""

    def _grab_touch(self) -> None:
        QScroller.grabGesture(self.viewport(), touch.scroll_gesture(self))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self._grab_touch()  # by a drag once the window is locked down (touch.scroll_gesture)
        super().showEvent(event)

    def show_hits(self, hits: list[Hit], query: str) -> None:
        """The hits of `query` (best first); none for a query with letters: the sentence."""
        self.clear()
        self.query = query
        direction = self.layoutDirection()
        for index, hit in enumerate(hits):
            item = ResultItem(hit, direction)
            item.clicked.connect(lambda _=False, h=hit: self.chosen.emit(h))
            self._column.insertWidget(1 + index, item)
            self.items.append(item)
        self.none.setText(no_match_text())
        self.none.setVisible(not hits and bool(query.strip()))
        self.verticalScrollBar().setValue(0)

    def clear(self) -> None:
        """No results and no sentence: nothing of the last query is left here."""
        for item in self.items:
            self._column.removeWidget(item)
            item.hide()
            item.deleteLater()
        self.items = []
        self.query = ""
        self.none.hide()
        self.none.setText("")
