"""What every screen is: built once from the bundle, filled again on every language switch."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.content import Bundle, Texts
from kiosk.ui.accessibility import HEADING_LEVELS
from kiosk.ui.widgets.page import Page


class Screen(QWidget):
    """A screen shows one part of the content; it never opens files nor knows its neighbours."""

    open_screen = Signal(str)
    """Asks the window to show another screen, by id."""
    choose_language = Signal(str)
    """Asks the window to switch to a language, by code."""
    shows_navbar = True
    """Whether the window's bar (back, home, languages) is shown above the screen."""
    ID: ClassVar[str] = ""
    """The screen's id, as `navigate()` takes it (see `ids` for screens made once per item)."""
    SECTION: ClassVar[str] = ""
    """The kind of home section (kiosk.content.model.SECTION_KINDS) the screen presents: a
    section's own screen has SECTION == ID (a text page, "text", has its section's id), a
    country's screen belongs to "countries"; home and the attract screen belong to none."""

    @classmethod
    def ids(cls, bundle: Bundle) -> list[str]:
        """The ids of this class's screens for a bundle: one, its ID, unless the screen is
        made once per item of the content (a country) or per section (a text page)."""
        return [cls.ID]

    @classmethod
    def section_ids(cls, bundle: Bundle, section: str) -> list[str]:
        """The ids of this class's screens that belong to the bundle's section `section` (one
        of this class's SECTION kind): by default all of `ids`."""
        return cls.ids(bundle)

    def __init__(self, bundle: Bundle, screen_id: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bundle = bundle
        self.screen_id = screen_id or self.ID
        self.code = ""
        """The language the screen is shown in ("" until it is shown)."""
        self.setObjectName("screen")

    def show_language(self, code: str) -> None:
        """Show the screen in the language `code`."""
        self.code = code
        self.retranslate(self.bundle.texts[code])

    def title(self, texts: Texts) -> str:
        """The screen's name in the navigation bar."""
        raise NotImplementedError

    def retranslate(self, texts: Texts) -> None:
        """Set every text of the screen in the language of `texts` and of the Qt translators."""
        raise NotImplementedError

    def reset(self) -> None:
        """Back to how a new visitor finds it."""

    def set_offered_languages(self, codes: Sequence[str]) -> None:
        """The languages the kiosk offers, in order (the content may have more): a screen that
        lists or shows languages shows only these. The window calls it on every screen."""

    def spoken_text(self) -> str:
        """The screen's main text, in reading order, for read aloud."""
        return ""

    def focus_target(self) -> QWidget:
        """Where the keyboard focus goes when the screen is shown: its first heading (a
        screen reader then says the screen's title), else its first Tab stop, else itself.

        The heading takes the focus without becoming a Tab stop (ClickFocus): Tab goes on to
        the screen's first control, and the keys it does not use (Page Down) reach its page.
        """
        headings = [label for label in self.findChildren(QLabel)
                    if HEADING_LEVELS.get(label.objectName()) == 1 and label.text()
                    and not label.isHidden()]
        if headings:
            heading = min(headings, key=lambda label: label.mapTo(self, QPoint(0, 0)).y())
            if heading.focusPolicy() == Qt.FocusPolicy.NoFocus:
                heading.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            return heading
        stops = [widget for widget in self.findChildren(QWidget)
                 if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not widget.isHidden()
                 and widget.isEnabled() and widget.accessibleName()]
        return stops[0] if stops else self


class PageScreen(Screen):
    """A screen whose body is a scrolling page of text."""

    def __init__(self, bundle: Bundle, screen_id: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(bundle, screen_id, parent)
        self.page = Page()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self.setFocusProxy(self.page)

    def show_language(self, code: str) -> None:
        super().show_language(code)
        # The page is a Tab stop (arrows and Page Down scroll it): name it after the screen.
        self.page.setAccessibleName(self.title(self.bundle.texts[code]))
        self.page.show_draft_note(self.bundle.language_status(code) == "draft")

    def reset(self) -> None:
        self.page.scroll_to_top()

    def spoken_text(self) -> str:
        column = self.page.widget()
        assert column is not None
        labels = [label for label in column.findChildren(QLabel)
                  if label.text() and not label.isHidden()]
        labels.sort(key=lambda label: label.mapTo(column, QPoint(0, 0)).y())
        return "\n".join(label.text() for label in labels)
