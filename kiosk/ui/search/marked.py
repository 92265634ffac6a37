"""A hit's snippet as rich text with its marks in bold, every character escaped.

The snippet's own characters are escaped with html.escape and the marks become <b>...</b>
around logical (not visual) spans, so the bidi algorithm lays Arabic out as plain text: the
tags carry no direction and nothing is mirrored. The paragraph's direction is set from the
snippet's first strong character (kiosk.ui.widgets.text.text_direction), not the markup.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt

from kiosk.ui.widgets.text import text_direction


def marked_html(snippet: str, marks: tuple[tuple[int, int], ...],
                fallback: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight) -> str:
    """`snippet` as HTML with each (start, end) character span of `marks` in <b>; spans
    outside the snippet or overlapping an earlier one are clipped. The paragraph carries
    dir="rtl" or "ltr" from the snippet's text (`fallback` when it has no strong letter)."""
    parts, at = [], 0
    for start, end in sorted(marks):
        start, end = max(start, at), min(end, len(snippet))
        if start >= end:
            continue
        parts.append(html.escape(snippet[at:start]))
        parts.append(f"<b>{html.escape(snippet[start:end])}</b>")
        at = end
    parts.append(html.escape(snippet[at:]))
    rtl = text_direction(snippet, fallback) == Qt.LayoutDirection.RightToLeft
    return f'<p dir="{"rtl" if rtl else "ltr"}">{"".join(parts)}</p>'
