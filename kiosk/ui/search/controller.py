"""The search as the window wears it: in windowed mode (field laptops) a field in the bar,
Ctrl+F to it, Esc to clear and leave, results in a panel under the bar; in kiosk mode a
control in the bar that opens the search overlay. Results follow typing after a pause
(DEBOUNCE_MS); the index of the language is built on the first search (kiosk.search.index_for),
never at start-up, and so are the results panel and the overlay (their modules too): a kiosk
pays for search when a visitor first searches. Nothing typed is kept: `searched` says only
that a search happened."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QBoxLayout, QLineEdit, QPushButton, QWidget

from kiosk.ui import theme

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from kiosk.content import Bundle
    from kiosk.search import Hit
    from kiosk.ui.search.overlay import SearchOverlay
    from kiosk.ui.search.results import ResultsList
    from kiosk.ui.widgets.navbar import NavBar


class Shell(Protocol):
    """What the search needs of the window beyond a QWidget (the MainWindow, not imported:
    the window builds the search, and kiosk/ has no import cycle, typed or not)."""

    navbar: NavBar
    bundle: Bundle
    fit: float
    language_changed: SignalInstance

    def navigate(self, screen_id: str) -> None: ...

    def screen_widget(self, screen_id: str) -> QWidget: ...

    def language(self) -> str: ...

DEBOUNCE_MS = 150
"""The pause in typing after which results are looked up (a keystroke restarts it)."""
FIELD_WIDTH = 260
"""The bar's field at fit 1.0, in pixels (it follows the screen's fit, not the text size)."""
class SearchUI(QObject):
    """The window's search. `field` is the bar's field (windowed), `control` the bar's button
    (kiosk), `panel` the windowed results (built when first needed), `overlay()` the kiosk
    overlay once opened;
    `searched` is emitted once a looked-up query (never its text), `opened` with the Hit
    chosen once its screen shows."""

    searched = Signal()
    opened = Signal(object)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.shell = cast(Shell, window)
        """The window as the search uses it beyond a QWidget (Shell)."""
        self.kiosk = False
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.control = QPushButton()
        self.control.setCursor(Qt.CursorShape.PointingHandCursor)
        self.control.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.control.hide()
        self.control.clicked.connect(self.open_overlay)
        bar = self.shell.navbar.layout()
        if isinstance(bar, QBoxLayout):  # after the stretch, before the bar's own controls
            at = next(i for i in range(bar.count())
                      if (item := bar.itemAt(i)) is not None and item.spacerItem() is not None)
            bar.insertWidget(at + 1, self.field)
            bar.insertWidget(at + 2, self.control)
        self._panel: ResultsList | None = None
        self._icon_colour: QColor | None = None
        """The colour the control's icon was drawn in."""
        self._overlay: SearchOverlay | None = None
        self.keyboard: Any = None  # an OnScreenKeyboard; not imported here (an import cycle)
        """The overlay's on-screen keyboard (kiosk.ui.keyboard), built with the overlay in
        kiosk mode; it types into the overlay's field."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._look_up)
        self.field.textEdited.connect(self._typed)
        self.field.installEventFilter(self)
        window.installEventFilter(self)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), window)
        find.activated.connect(self.focus_field)
        self.shell.language_changed.connect(self.retranslate)
        self.set_fit(self.shell.fit)

    # --- what the window and the kiosk call -------------------------------------------------

    def set_kiosk(self, kiosk: bool) -> None:
        """Kiosk mode: the bar shows the control (the overlay has the field and the on-screen
        keyboard); windowed: the bar shows the field."""
        self.kiosk = kiosk
        self.reset()
        self.field.setVisible(not kiosk)
        self.control.setVisible(kiosk)

    def set_fit(self, fit: float) -> None:
        """The field's width and the control's icon for the screen (`theme.screen_fit`)."""
        self.field.setFixedWidth(round(FIELD_WIDTH * fit))
        self.control.setIconSize(self.shell.navbar.back.iconSize())

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        name = translate("Search", "Search")
        self.field.setPlaceholderText(name)
        self.field.setAccessibleName(name)
        self.control.setAccessibleName(name)
        self.control.setToolTip(name)
        palette = self.shell.navbar.palette()
        colour = palette.color(palette.ColorRole.HighlightedText)
        if colour != self._icon_colour:  # a new look; a switch of language changes nothing
            self._icon_colour = colour
            self.control.setIcon(theme.icon("search", colour))
        if self._overlay is not None:
            self._overlay.retranslate()
        self._look_up_now_if_shown()

    def focus_field(self) -> None:
        """Ctrl+F: the bar's field (windowed) or the overlay (kiosk), its text selected."""
        if self.kiosk:
            self.open_overlay()
            return
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    @property
    def panel(self) -> ResultsList:
        """The windowed results under the bar, built the first time they are needed."""
        if self._panel is None:
            from kiosk.ui.search.results import ResultsList

            self._panel = ResultsList(self.window)
            self._panel.setObjectName("searchPanel")
            self._panel.hide()
            self._panel.chosen.connect(self.choose)
        return self._panel

    def open_overlay(self) -> None:
        """The search overlay, built the first time it is needed."""
        if self._overlay is None:
            from kiosk.ui import accessibility
            from kiosk.ui.search.overlay import SearchOverlay

            self._overlay = SearchOverlay(self.window)
            accessibility.mark_dialog(self._overlay)
            self._overlay.field.textChanged.connect(self._typed)  # keys, and the keyboard's
            self._overlay.results.chosen.connect(self.choose)
            if self.kiosk:  # no system keyboard in kiosk mode: the visitor's own language's
                from kiosk.ui.keyboard.widget import OnScreenKeyboard

                self.keyboard = OnScreenKeyboard()
                self.keyboard.set_target(self._overlay.field)
                self.keyboard.follow(self.window)
                self.keyboard.done.connect(self._look_up)
                self._overlay.keyboard_place.addWidget(self.keyboard)
        self._overlay.open_search()

    def overlay(self) -> SearchOverlay | None:
        return self._overlay

    def reset(self) -> None:
        """Nothing of the last query left: fields empty, results gone, overlay closed."""
        self._timer.stop()
        for field in self._fields():
            field.clear()
        if self._panel is not None:
            self._panel.clear()
            self._panel.hide()
        if self._overlay is not None:
            self._overlay.results.clear()
            self._overlay.hide()

    def choose(self, hit: Hit) -> None:
        """Open the hit's screen scrolled to its passage, highlighted; the query is dropped."""
        from kiosk.ui.search.reveal import reveal

        self.reset()
        self.shell.navigate(hit.screen)
        reveal(self.shell.screen_widget(hit.screen), hit.text)
        self.opened.emit(hit)

    # --- inside -----------------------------------------------------------------------------

    def _fields(self) -> list[QLineEdit]:
        fields = [self.field]
        if self._overlay is not None:
            fields.append(self._overlay.field)
        return fields

    def _active(self) -> tuple[QLineEdit, ResultsList]:
        if self.kiosk and self._overlay is not None:
            return self._overlay.field, self._overlay.results
        return self.field, self.panel

    def _typed(self, _text: str) -> None:
        self._timer.start()

    def _look_up_now_if_shown(self) -> None:
        if (self._overlay if self.kiosk else self._panel) is None:
            return  # nothing was ever looked up: nothing to show again
        field, results = self._active()
        if field.text().strip() and (results.isVisible() or self.kiosk):
            self._look_up()

    def _look_up(self) -> None:
        from kiosk.search import index_for  # the index is built here, on the first search

        field, results = self._active()
        query = field.text()
        code = self.shell.language()
        hits = index_for(self.shell.bundle, code).search(query) if query.strip() and code \
            else []
        results.show_hits(hits, query)
        if results is self.panel:
            self._place_panel()
            self.panel.setVisible(bool(query.strip()))
        if query.strip():
            self.searched.emit()

    def _place_panel(self) -> None:
        """Under the bar, on the field's side, as wide as 36 em or the window."""
        window, bar = self.window, self.shell.navbar
        width = min(window.width() - 16, max(self.field.width(),
                                              round(36 * self.field.fontMetrics().height())))
        x = self.field.mapTo(window, self.field.rect().topLeft()).x()
        if window.isRightToLeft():
            x = max(8, x)
        else:
            x = max(8, min(x + self.field.width() - width, window.width() - 8 - width))
        top = bar.geometry().bottom() + 1 if bar.isVisible() else 0
        height = max(120, min(window.height() - top - 8, round(window.height() * 0.7)))
        self.panel.setGeometry(QRect(x, top, width, height))
        self.panel.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if "field" not in vars(self):
            # The window's events can reach this filter while PySide tears the Python side of
            # this object down before the C++ side (seen when a test's window is dropped):
            # nothing to do then.
            return False
        if watched is self.field and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.reset()
                self.window.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._timer.stop()
                self._look_up()
                if self.panel.items:
                    if event.key() == Qt.Key.Key_Down:
                        self.panel.items[0].setFocus(Qt.FocusReason.TabFocusReason)
                    else:
                        self.choose(self.panel.items[0].hit)
                return True
        if watched is self.window and event.type() == QEvent.Type.Resize \
                and self._panel is not None and self._panel.isVisible():
            self._place_panel()
        return False
