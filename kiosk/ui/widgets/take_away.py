"""Take this page with you: a card over the screen with a QR code of the office's page online,
in the visitor's language (or the one the bundle names for it), and the same address as text.

The kiosk never opens the address (no link, no browser): a visitor's own phone does, with its
own access tools. The code is drawn module by module at an integer scale, black on white in
both palettes (phone cameras read dark on light), with the quiet zone of 4 modules that ISO/IEC
18004 asks for, error correction M (15 %: a smudged kiosk glass).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from kiosk.content import Bundle
from kiosk.ui.widgets.overlay import Overlay
from kiosk.ui.widgets.text import text_label

QUIET_ZONE = 4
"""Light modules around the code (ISO/IEC 18004 asks for 4)."""
ERROR_CORRECTION = "m"


def _matrix(data: str) -> tuple[bytearray, ...]:
    """The code's modules, row by row (1 dark, 0 light), quiet zone excluded. segno is
    imported here, when a visitor first opens the card: its package pulls in urllib.request
    (for its writers), 40 ms that start-up should not pay and the kiosk does not need."""
    import segno

    matrix: tuple[bytearray, ...] = segno.make(data, error=ERROR_CORRECTION,
                                               boost_error=False).matrix
    return matrix


def qr_image(data: str, module_px: int) -> QImage:
    """The QR code of `data` (text, UTF-8) as a black-on-white image, each module
    `module_px` x `module_px` pixels, quiet zone included (an image of
    (modules + 2 * QUIET_ZONE) * module_px pixels square)."""
    matrix = _matrix(data)
    side = (len(matrix) + 2 * QUIET_ZONE) * module_px
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    black = QColor("black")
    for row, cells in enumerate(matrix):
        for column, dark in enumerate(cells):
            if dark:
                painter.fillRect(QRect((column + QUIET_ZONE) * module_px,
                                       (row + QUIET_ZONE) * module_px, module_px, module_px),
                                 black)
    painter.end()
    return image


def modules(data: str) -> int:
    """The QR code's side in modules, quiet zone included."""
    return len(_matrix(data)) + 2 * QUIET_ZONE


class TakeAwayCard(Overlay):
    """The card: a title, the QR code, the address, a note when the page is in another
    language than the visitor's, and Close. Esc, Close and a tap beside the card close it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        card, column = self.card(900)
        self.close_beside(card)
        self.title = text_label("subheading")
        self.explanation = text_label()
        self.code = QLabel()
        self.code.setObjectName("qrCode")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.address = text_label("mono")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.language_note = text_label("muted")
        self.close_button = QPushButton()
        self.close_button.setObjectName("secondary")
        self.close_button.clicked.connect(self.hide)
        for widget in (self.title, self.explanation, self.code, self.address,
                       self.language_note):
            column.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        column.addLayout(buttons)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 16, 16, 16)
        row.addStretch(1)
        row.addWidget(card, 1000, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)
        self.url = ""

    def show_page(self, bundle: Bundle, code: str) -> None:
        """Open the card for a visitor reading language `code` of `bundle`."""
        translate = QCoreApplication.translate
        self.url = bundle.online_url(code)
        page_language = bundle.online_language(code)
        self.title.setText(translate("TakeAway", "Take this page with you"))
        self.explanation.setText(translate(
            "TakeAway", "Point your phone's camera at the code, or type the address."))
        # The address reads left to right in every language: isolated (LRI ... PDI).
        self.address.setText(f"\u2066{self.url}\u2069")
        self.address.setAccessibleName(self.url)
        if page_language != code:
            name = bundle.texts[page_language].language.name if page_language in \
                bundle.texts else page_language
            self.language_note.setText(translate(
                "TakeAway", "The office's website has no page in this language: this one "
                            "is in %1.").replace("%1", name))
        self.language_note.setVisible(page_language != code)
        self.close_button.setText(translate("TakeAway", "Close"))
        self._draw_code()
        self.open()
        self.setAccessibleName(self.title.text())
        self.close_button.setFocus(Qt.FocusReason.PopupFocusReason)

    def _draw_code(self) -> None:
        """The code at the largest whole number of pixels a module that fits a third of the
        window's shorter side (at least 3 px a module: phones read 1 mm modules at 20 cm)."""
        window = self.parentWidget()
        short = min(window.width(), window.height()) if window is not None else 600
        module_px = max(3, (short // 3) // modules(self.url))
        image = qr_image(self.url, module_px)
        self.code.setPixmap(QPixmap.fromImage(image))
        self.code.setFixedHeight(image.height())
        self.code.setAccessibleName(QCoreApplication.translate(
            "TakeAway", "QR code of the address %1").replace("%1", self.url))
