"""The attract screen: a calm invitation while nobody uses the kiosk; a touch goes home.

It shows a few highlights of the content, one language after the other, and the invitation
in every offered language. Between cross-fades nothing runs: an idle kiosk costs no CPU.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEasingCurve, QSize, Qt, QTimeLine, QTimer
from PySide6.QtGui import QHideEvent, QKeyEvent, QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.content import Bundle, Texts
from kiosk.ui import touch
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.widgets.draft_note import draft_note, note_in, show_note
from kiosk.ui.widgets.grid import ReflowGrid
from kiosk.ui.widgets.text import text_label

HOLD_MS = 15000
FADE_MS = 640
FADE_FRAME_MS = 80
"""12 frames a second are smooth enough for a slow fade and keeps an idle kiosk near 0 % CPU."""
FOOTER_COLUMNS = 6
"""At most this many invitations side by side: eleven languages take two rows on a wide screen."""
FOOTER_MAX_EMS = 6
"""An invitation's column is as wide as the longest one, up to this many line heights; longer
ones wrap."""


def _margins(width: int, height: int) -> tuple[int, int, int, int]:
    """Left, top, right, bottom margins in px for a screen of `width` x `height`: 80, 80, 80,
    60 on 1280x960 and larger, else a twelfth of the height at the top, a sixteenth at the
    bottom and of the width at the sides (800x480: 50, 40, 50, 30)."""
    side, top, bottom = min(80, width // 16), min(80, height // 12), min(60, height // 16)
    return side, top, side, bottom


class AttractScreen(Screen):
    """Shown at start in kiosk mode and after each idle reset; not in the visitors' screen list."""

    ID = "attract"
    shows_navbar = False

    def __init__(self, bundle: Bundle, screen_id: str = "") -> None:
        super().__init__(bundle, screen_id)
        self.setObjectName("attract")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._languages: tuple[str, ...] = bundle.languages
        self._slides: list[tuple[str, str, str, str]] = []
        """(language, office, highlight, invitation) of each slide."""
        self._index = 0

        self.slide = QWidget()
        slide = QVBoxLayout(self.slide)
        self.office = text_label("attractTitle")
        self.highlight = text_label("attractText")
        self.invitation = text_label("attractInvite")
        for label in (self.office, self.highlight, self.invitation):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            # Its height for the width it gets, not for its narrower preferred width: that
            # made the screen (and the kiosk's window) 600-850 px tall at least.
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            slide.addWidget(label)
        # A slide in a draft language says so, in that language, under its invitation.
        self.draft_note = draft_note("attractDraftNote")
        self.draft_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        slide.addWidget(self.draft_note, 0, Qt.AlignmentFlag.AlignHCenter)
        self._effect = QGraphicsOpacityEffect(self.slide)
        self._effect.setOpacity(1.0)
        self.slide.setGraphicsEffect(self._effect)
        self._fade = QTimeLine(FADE_MS, self)
        self._fade.setUpdateInterval(FADE_FRAME_MS)
        self._fade.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._fade.valueChanged.connect(self._effect.setOpacity)
        self._fade.finished.connect(self._fade_finished)
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(HOLD_MS)
        self._hold.timeout.connect(self._fade_out)

        # Every offered language's invitation at once, as many side by side as fit: a row of
        # eleven squeezed each to one word a line on a 7-inch panel.
        self.footer = ReflowGrid(self._footer_column, FOOTER_COLUMNS, spacing=16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*_margins(1920, 1080))
        layout.addStretch(2)
        self.slide.setMaximumWidth(1280)  # a readable measure, and fewer pixels to fade
        self.slide.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout()  # centred, as wide as allowed: wrapped lines get their full height
        row.addStretch(1)
        row.addWidget(self.slide, 1000)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(3)
        layout.addWidget(self.footer)

    def set_offered_languages(self, codes: Sequence[str]) -> None:
        """The offered languages, each shown in turn and in the footer."""
        self._languages = tuple(codes)
        self.footer.clear()
        for code in self._languages:
            label = text_label("attractFooter")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setText(self.bundle.texts[code].attract.invitation)
            self.footer.add(label)
        self._slides = []
        for code in self._languages:
            texts = self.bundle.texts[code]
            sections = texts.sections
            for highlight in (texts.office.welcome,
                              *([sections["countries"].summary] if "countries" in sections
                                else []),
                              *([sections["priorities"].title] if "priorities" in sections
                                else [])):
                self._slides.append((code, texts.office.name, highlight,
                                     texts.attract.invitation))
        if self.isVisible():  # the slide on screen may be in a language no longer offered
            self.show_slide(0)

    def _footer_column(self) -> int:
        """The footer's column width in px: the longest invitation on one line, at most
        FOOTER_MAX_EMS line heights of the footer's font (the grid asks on every resize)."""
        labels = [label for label in self.footer.items() if isinstance(label, QLabel)]
        if not labels:
            return 1
        metrics = labels[0].fontMetrics()
        longest = max(metrics.horizontalAdvance(label.text()) for label in labels)
        return min(longest, FOOTER_MAX_EMS * metrics.height())

    def title(self, texts: Texts) -> str:
        return ""

    def retranslate(self, texts: Texts) -> None:
        """Every language at once, whatever the current one: nothing to switch."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        layout = self.layout()
        if layout is not None:  # a 7-inch panel cannot spare 140 px of margins
            layout.setContentsMargins(*_margins(event.size().width(), event.size().height()))
        slide = self.slide.layout()
        if slide is not None:  # 28 px between the slide's lines, 13 on a 480 px panel
            slide.setSpacing(min(28, event.size().height() // 36))
        super().resizeEvent(event)
        # Once the footer has reflowed for the new width (its own resize comes after ours).
        QTimer.singleShot(0, self._fit_highlight)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as its layout allows, but no minimum height: the layout's minimum adds up
        every invitation wrapped at its narrowest (495 px with eleven languages), which kept
        the kiosk taller than an 800x480 panel; at the real width they take three rows, and
        the highlight gives way where even that does not fit (_fit_highlight)."""
        return QSize(super().minimumSizeHint().width(), 0)

    def _fit_highlight(self) -> None:
        """Show the slide's highlight only where it fits with every invitation: a 7-inch
        panel with eleven languages has room for the office's name, the invitation in the
        slide's language and all the others, not for a two-line highlight as well. Measured
        on the labels' own heights for their widths (the layout's total is not exact)."""
        layout, slide = self.layout(), self.slide.layout()
        if layout is None or slide is None or self.width() <= 0:
            return
        margins, inner = layout.contentsMargins(), slide.contentsMargins()
        width = self.slide.width() - inner.left() - inner.right()
        labels = [self.office, self.highlight, self.invitation,
                  *([self.draft_note] if not self.draft_note.isHidden() else [])]
        needed = (margins.top() + margins.bottom() + inner.top() + inner.bottom()
                  + sum(max(label.heightForWidth(width), label.sizeHint().height())
                        if label.hasHeightForWidth() else label.sizeHint().height()
                        for label in labels)
                  + slide.spacing() * (len(labels) - 1)
                  + self.footer.heightForWidth(self.footer.width()) + 2 * layout.spacing())
        self.highlight.setVisible(needed <= self.height())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if not self._slides:
            self.set_offered_languages(self._languages)
        self._index = 0
        self._show_slide()
        self._effect.setOpacity(1.0)
        self._hold.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        self._hold.stop()
        self._fade.stop()
        super().hideEvent(event)

    def slide_count(self) -> int:
        """How many slides the offered languages make (a few highlights each)."""
        if not self._slides:
            self.set_offered_languages(self._languages)
        return len(self._slides)

    def show_slide(self, index: int) -> None:
        """Show slide `index` at once (0 <= index < slide_count()); the cycle goes on from it."""
        self._index = index % self.slide_count()
        self._show_slide()

    def _show_slide(self) -> None:
        code, office, highlight, invitation = self._slides[self._index]
        self.office.setText(office)
        self.highlight.setText(highlight)
        self.invitation.setText(invitation)
        show_note(self.draft_note, self.bundle.language_status(code) == "draft", note_in(code))
        self._fit_highlight()

    def _fade_out(self) -> None:
        self._fade.setDirection(QTimeLine.Direction.Backward)  # opacity 1 -> 0
        self._fade.start()

    def _fade_finished(self) -> None:
        if self._fade.direction() == QTimeLine.Direction.Backward:  # out: next slide, fade in
            self._index = (self._index + 1) % len(self._slides)
            self._show_slide()
            self._fade.setDirection(QTimeLine.Direction.Forward)
            self._fade.start()
        else:
            self._hold.start()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        event.accept()  # a tap acts when the finger lifts, as every button does

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if touch.is_tap(self, event):
            self.open_screen.emit(HomeScreen.ID)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        self.open_screen.emit(HomeScreen.ID)
