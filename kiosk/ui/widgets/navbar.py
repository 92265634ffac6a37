"""The bar on top of every screen: back, home, the screen's title and the language chooser."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

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
        for button in (self.back, self.home):
            button.setIconSize(theme.ICON_SIZE)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            layout.addWidget(button)
        self.home.setIcon(theme.icon("home"))
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.title, 1)
        self._layout = layout
        self.languages = LanguageChooser(languages)
        self.languages.chosen.connect(self.language_chosen)
        layout.addWidget(self.languages)

    def set_languages(self, languages: Mapping[str, str]) -> None:
        """Offer another set of languages (after a content reload)."""
        chooser = LanguageChooser(languages)
        chooser.chosen.connect(self.language_chosen)
        self._layout.replaceWidget(self.languages, chooser)
        self.languages.deleteLater()
        self.languages = chooser

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.back.setText(translate("NavBar", "Back"))
        self.back.setToolTip(translate("NavBar", "Back to the previous screen"))
        self.back.setAccessibleName(translate("NavBar", "Back"))
        self.home.setText(translate("NavBar", "Home"))
        self.home.setToolTip(translate("NavBar", "Back to the start screen"))
        self.home.setAccessibleName(translate("NavBar", "Home"))
        self.languages.setAccessibleName(translate("NavBar", "Language"))
        # The back arrow points the way the visitor came from: left in LTR, right in RTL.
        self.back.setIcon(theme.icon("back", mirrored=self.isRightToLeft()))
