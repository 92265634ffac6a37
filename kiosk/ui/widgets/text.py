"""Labels for text a visitor reads: plain text only, wrapped, never rich text or links."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


def text_label(style: str = "", parent: QWidget | None = None) -> QLabel:
    """A wrapping label that shows its text as plain text, so content can load nothing.

    Plain text also keeps markup in the content (an <img src=...>) from ever being fetched.
    """
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if style:
        label.setObjectName(style)
    return label


def isolate(text: str) -> str:
    """Wrap a left-to-right run (an address, a code) so right-to-left text cannot reorder it."""
    return f"\u2066{text}\u2069"
