"""The bar on top of every screen: back, home, read aloud, text size, contrast and the one
language control (it opens the language sheet).

The bar never moves a control under the finger: its sizes follow the screen, not the visitor's
text size, and on a narrow screen Back, Home and Take away drop their words (their names stay
for screen readers and tooltips) instead of being cut.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QWidget

from kiosk.ui import theme


class _Step(NamedTuple):
    """What the bar shows at one step of giving way to a narrow screen."""

    words: set[QPushButton]
    """The buttons that show their words (the others only their icons)."""
    globe: bool
    """Whether the language control shows its globe beside the language's name."""
    take_away: bool
    """Whether the Take away control is there at all."""


class NavBar(QWidget):
    """The bar's buttons are public (`back`, `home`, `read_aloud`, `text_size`, `contrast`,
    `language`); the window connects them."""

    def __init__(self, parent: QWidget | None = None) -> None:
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
        self.language = QPushButton()
        self.language.setObjectName("languageControl")
        self.take_away = QPushButton()
        """Opens the card with the QR code of the office's page (widgets/take_away.py)."""
        for button in self.buttons():
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            # A Tab stop, but a tap leaves the keyboard focus on the page, so Page Up/Down
            # still scroll it after the visitor changed the text size or the contrast.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout.addWidget(self.back)
        layout.addWidget(self.home)
        layout.addStretch(1)
        layout.addWidget(self.take_away)
        layout.addWidget(self.read_aloud)
        layout.addWidget(self.text_size)
        layout.addWidget(self.contrast)
        layout.addWidget(self.language)
        self._layout = layout
        self._words: dict[QPushButton, str] = {}
        """Back's, Home's and Take away's words, shown when the bar is wide enough."""
        self._steps: list[tuple[int, _Step]] = []
        """(width needed, what the bar shows at that width), widest first."""
        self._language_icon = QIcon()
        self._icons_for: tuple[object, ...] = ()
        """What the icons were drawn for (colours, text step, direction, font): a language
        switch that changes none of it draws none again."""
        """(width needed, the buttons that keep their words), widest first."""
        self._fit = 1.0

    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.back, self.home, self.take_away, self.read_aloud, self.text_size,
                self.contrast, self.language)

    def set_fit(self, fit: float) -> None:
        """Icons and margins for the screen (see `theme.screen_fit`)."""
        self._fit = fit
        size = round(theme.ICON_SIZE.width() * fit)
        for button in self.buttons():
            button.setIconSize(QSize(size, size))
        self.text_size.setIconSize(QSize(round(size * 1.6), size))
        margin = round(24 * fit * fit)  # 24 px, 12 on a 7-inch panel
        self._layout.setContentsMargins(margin, round(14 * fit), margin, round(14 * fit))
        self._layout.setSpacing(round(16 * fit * fit))

    def retranslate(self, text_step: int, language_name: str) -> None:
        """Every text and icon of the bar, for the language, direction and look in force;
        `text_step` is the index of the text size in `theme.TEXT_SCALES`."""
        translate = QCoreApplication.translate
        self._words = {self.back: translate("NavBar", "Back"),
                       self.home: translate("NavBar", "Home"),
                       self.take_away: translate("NavBar", "Take this page with you")}
        self.back.setToolTip(translate("NavBar", "Back to the previous screen"))
        self.back.setAccessibleName(translate("NavBar", "Back"))
        self.home.setToolTip(translate("NavBar", "Back to the start screen"))
        self.home.setAccessibleName(translate("NavBar", "Home"))
        self.take_away.setToolTip(translate("NavBar", "The office's page online, as a QR code"))
        self.take_away.setAccessibleName(translate("NavBar", "Take this page with you"))
        steps = (translate("NavBar", "Text size: normal"), translate("NavBar", "Text size: large"),
                 translate("NavBar", "Text size: larger"))
        self.text_size.setAccessibleName(steps[text_step])
        self.text_size.setToolTip(steps[text_step])
        self.contrast.setAccessibleName(translate("NavBar", "High contrast"))
        self.contrast.setToolTip(translate("NavBar", "High contrast"))
        self.read_aloud.setAccessibleName(translate("NavBar", "Read aloud"))
        self.read_aloud.setToolTip(translate("NavBar", "Read aloud"))
        self.language.setText(language_name)
        self.language.setAccessibleName(
            translate("NavBar", "Language: %1").replace("%1", language_name))
        self.language.setToolTip(translate("NavBar", "Choose your language"))
        self._draw_icons(text_step)
        self._measure()

    def _draw_icons(self, text_step: int) -> None:
        palette = self.palette()
        colour = palette.color(palette.ColorRole.HighlightedText)
        checked = palette.color(palette.ColorRole.Highlight)
        drawn_for = (colour.rgba(), checked.rgba(), text_step, self.isRightToLeft(),
                     QApplication.font().key())  # the text-size icon's letters are in it
        if drawn_for == self._icons_for:
            return
        self._icons_for = drawn_for
        self.home.setIcon(theme.icon("home", colour))
        self.take_away.setIcon(theme.icon("qr", colour))
        self.text_size.setIcon(text_size_icon(text_step, len(theme.TEXT_SCALES), colour))
        self.read_aloud.setIcon(theme.toggle_icon("speak", colour, checked))
        self.contrast.setIcon(theme.toggle_icon("contrast", colour, checked))
        self._language_icon = theme.icon("language", colour)
        self.language.setIcon(self._language_icon)
        # The back arrow points the way the visitor came from: left in LTR, right in RTL.
        self.back.setIcon(theme.icon("back", colour, mirrored=self.isRightToLeft()))

    def _measure(self) -> None:
        """How wide the bar must be at each step of giving way, from all words on: Take
        away's words go first, then the language control's globe (its name says what it
        is), then Back's and Home's words (the way back matters more than the way out), and
        last, narrower than any real panel (560 px), Take away itself."""
        everything = set(self._words)
        steps = [_Step(everything, True, True),
                 _Step(everything - {self.take_away}, True, True),
                 _Step(everything - {self.take_away}, False, True),
                 _Step(set(), False, True),
                 _Step(set(), False, False)]
        self._steps = []
        hidden = self.take_away.isHidden()
        for step in steps:
            self._apply(step)
            self._steps.append((self._layout.sizeHint().width(), step))
        self.take_away.setHidden(hidden)
        self._fold(self.width())

    def _apply(self, step: _Step) -> None:
        for button, word in self._words.items():
            text = word if button in step.words else ""
            if button.text() != text:
                button.setText(text)
        icon = self._language_icon if step.globe else QIcon()
        if self.language.icon().cacheKey() != icon.cacheKey():
            self.language.setIcon(icon)
        if self.take_away.isHidden() == step.take_away:
            self.take_away.setVisible(step.take_away)

    def _fold(self, width: int) -> None:
        if self._steps:
            self._apply(next((step for needed, step in self._steps if width >= needed),
                             self._steps[-1][1]))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self._fold(event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange) and self._words:
            # The words' widths follow the screen's type; measured once the buttons have their
            # new style too (they get the change after the bar: measured now, each was 2 px
            # short, and a bar that was just wide enough cut every word).
            QTimer.singleShot(0, self, self._measure)


def text_size_icon(step: int, steps: int, colour: QColor) -> QIcon:
    """The text-size control's icon: one letter A per step, growing, the current step's drawn
    full and the others faint, so the visitor sees where they are (WCAG 1.3.3 asks for more
    than colour: the current letter is also underlined)."""
    height = theme.ICON_SIZE.height() * 2
    width = round(height * 1.6)
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = painter.font()
    font.setBold(True)
    x = 0.0
    faint = QColor(colour)
    faint.setAlphaF(0.45)
    for index in range(steps):
        font.setPixelSize(round(height * (0.5 + 0.25 * index)))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        advance = metrics.horizontalAdvance("A")
        painter.setPen(colour if index == step else faint)
        baseline = height - round(height * 0.14)
        painter.drawText(round(x), baseline, "A")
        if index == step:
            painter.fillRect(round(x), height - round(height * 0.08), advance,
                             max(2, round(height * 0.06)), colour)
        x += advance + height * 0.06
    painter.end()
    return QIcon(pixmap)
