"""The bar on top of every screen: back, home, text size, contrast and the language chooser."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QPushButton, QWidget

from kiosk.ui import theme
from kiosk.ui.widgets.language_chooser import LanguageChooser


class NavBar(QWidget):
    language_chosen = Signal(str)

    def __init__(self, languages: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navbar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 14)
        layout.setSpacing(16)
        self.back = QPushButton()
        self.home = QPushButton()
        self.text_size = QPushButton()
        self.contrast = QPushButton()
        self.contrast.setCheckable(True)
        self.read_aloud = QPushButton()
        self.read_aloud.setCheckable(True)
        self.read_aloud.hide()  # shown only where a voice for the language exists
        for button in (self.back, self.home, self.read_aloud, self.text_size, self.contrast):
            button.setIconSize(theme.ICON_SIZE)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            # A Tab stop, but a tap leaves the keyboard focus on the page, so Page Up/Down
            # still scroll it after the visitor changed the text size or the contrast.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout.addWidget(self.back)
        layout.addWidget(self.home)
        layout.addStretch(1)
        layout.addWidget(self.read_aloud)
        layout.addWidget(self.text_size)
        layout.addWidget(self.contrast)
        self._layout = layout
        self.languages = LanguageChooser(languages)
        self.languages.chosen.connect(self.language_chosen)
        _tab_stops_only(self.languages)
        layout.addWidget(self.languages)

    def set_languages(self, languages: Mapping[str, str]) -> None:
        """Offer another set of languages (after a content reload)."""
        chooser = LanguageChooser(languages)
        chooser.chosen.connect(self.language_chosen)
        _tab_stops_only(chooser)
        self._layout.replaceWidget(self.languages, chooser)
        self.languages.deleteLater()
        self.languages = chooser

    def retranslate(self, text_step: int) -> None:
        """Every text and icon of the bar, for the language, direction and look in force."""
        translate = QCoreApplication.translate
        self.back.setText(translate("NavBar", "Back"))
        self.back.setToolTip(translate("NavBar", "Back to the previous screen"))
        self.back.setAccessibleName(translate("NavBar", "Back"))
        self.home.setText(translate("NavBar", "Home"))
        self.home.setToolTip(translate("NavBar", "Back to the start screen"))
        self.home.setAccessibleName(translate("NavBar", "Home"))
        steps = (translate("NavBar", "Text size: normal"), translate("NavBar", "Text size: large"),
                 translate("NavBar", "Text size: larger"))
        self.text_size.setAccessibleName(steps[text_step])
        self.text_size.setToolTip(steps[text_step])
        self.contrast.setAccessibleName(translate("NavBar", "High contrast"))
        self.contrast.setToolTip(translate("NavBar", "High contrast"))
        self.read_aloud.setAccessibleName(translate("NavBar", "Read aloud"))
        self.read_aloud.setToolTip(translate("NavBar", "Read aloud"))
        self.languages.setAccessibleName(translate("NavBar", "Language"))
        colour = self.palette().color(self.palette().ColorRole.HighlightedText)
        self.home.setIcon(theme.icon("home", colour))
        checked = self.palette().color(self.palette().ColorRole.Highlight)
        self.text_size.setIcon(theme.icon("text-size", colour))
        self.read_aloud.setIcon(theme.toggle_icon("speak", colour, checked))
        self.contrast.setIcon(theme.toggle_icon("contrast", colour, checked))
        # The back arrow points the way the visitor came from: left in LTR, right in RTL.
        self.back.setIcon(theme.icon("back", colour, mirrored=self.isRightToLeft()))


def _tab_stops_only(widget: QWidget) -> None:
    """The bar's buttons are Tab stops that a tap does not focus (see NavBar.__init__)."""
    for button in widget.findChildren(QAbstractButton):
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
