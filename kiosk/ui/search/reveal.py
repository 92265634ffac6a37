"""Open a hit's passage: find the label showing its text on the screen, scroll it into view
and highlight it briefly (a colour animation of its background, in the palette in force)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEasingCurve, QVariantAnimation
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

log = logging.getLogger(__name__)

FLASH_MS = 1800
"""How long the highlight takes to fade (WCAG 2.2.2 asks nothing of under 5 s)."""
FLASH_ALPHA = 0.45
"""The highlight's opacity at its start: the palette's Highlight colour over the page."""


def passage_label(screen: QWidget, text: str) -> QLabel | None:
    """The visible label of `screen` whose text is `text` (stripped), else one containing it,
    else None."""
    wanted = text.strip()
    labels = [label for label in screen.findChildren(QLabel) if not label.isHidden()]
    exact = [label for label in labels if label.text().strip() == wanted]
    if exact:
        return exact[0]
    return next((label for label in labels if wanted and wanted in label.text()), None)


def reveal(screen: QWidget, text: str) -> QLabel | None:
    """Scroll `screen` to the label showing `text` and flash it; returns the label (None and a
    debug line when the screen shows the text in no label, e.g. a map's name)."""
    label = passage_label(screen, text)
    if label is None:
        log.debug("no label shows the passage on %s", screen.objectName())
        return None
    layout = screen.layout()
    if layout is not None:
        layout.activate()
    area = _scroll_area(label)
    if area is not None:
        holder = area.widget()
        sheet = holder.layout() if holder is not None else None
        if sheet is not None:
            sheet.activate()
        area.ensureWidgetVisible(label, 0, max(0, (area.viewport().height()
                                                   - label.height()) // 3))
    flash(label)
    return label


def _scroll_area(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def flash(label: QLabel) -> QVariantAnimation:
    """Fade the label's background from the Highlight colour to nothing over FLASH_MS; the
    label's own style sheet comes back when it ends (or is restarted)."""
    old = label.findChild(QVariantAnimation, "searchFlash")
    if old is not None:
        old.stop()
        old.deleteLater()
    base = label.property("searchStyle")
    if base is None:
        base = label.styleSheet()
        label.setProperty("searchStyle", base)
    start = QColor(label.palette().color(QPalette.ColorRole.Highlight))
    start.setAlphaF(FLASH_ALPHA)
    end = QColor(start)
    end.setAlphaF(0.0)
    animation = QVariantAnimation(label)
    animation.setObjectName("searchFlash")
    animation.setStartValue(start)
    animation.setEndValue(end)
    animation.setDuration(FLASH_MS)
    animation.setEasingCurve(QEasingCurve.Type.InQuad)

    def paint(value: object) -> None:
        if isinstance(value, QColor):
            label.setStyleSheet(f"{base} QLabel {{ background-color: rgba({value.red()}, "
                                f"{value.green()}, {value.blue()}, {value.alpha()}); }}")

    def done() -> None:
        label.setStyleSheet(str(base))
        label.setProperty("searchStyle", None)

    animation.valueChanged.connect(paint)
    animation.finished.connect(done)
    paint(start)
    animation.start()
    return animation
