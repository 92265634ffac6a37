"""How the map looks: its colours, derived from the palette to reach 3:1 for graphics, and its
city markers, drawn the same way on the map and in its legend.

WCAG 2.1 success criterion 1.4.11 (non-text contrast) asks 3:1 between the parts of a graphic
that carry meaning: here the five countries against their neighbours, the borders against
both fills and the markers against the countries they sit on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainter, QPalette, QPen

GRAPHIC_CONTRAST = 3.0
"""The least contrast between meaningful parts of a graphic (WCAG 2.1, 1.4.11)."""
SEAT_RADIUS = 12.0
"""Radius in pixels of the regional office's marker: a ringed disc, larger than a presence."""
PRESENCE_RADIUS = 7.0
"""Radius in pixels of a presence's marker: a plain disc."""
HALO = 2.5
"""Width in pixels of the light (dark in high contrast) ring that lifts a marker off any fill."""


def luminance(colour: QColor) -> float:
    """Relative luminance, 0 (black) to 1 (white), as WCAG 2 defines it (sRGB channels)."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours, 1.0 to 21.0."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mix(base: QColor, colour: QColor, amount: float) -> QColor:
    """`amount` (0..1) of `colour` over `base`, channel by channel, rounded to the 8 bits a
    channel has on screen (so that contrasts are those of the pixels painted)."""
    return QColor(*(round(b + (c - b) * amount) for b, c in
                    ((base.red(), colour.red()), (base.green(), colour.green()),
                     (base.blue(), colour.blue()))))


def _towards_luminance(colour: QColor, target: float, light: QColor, dark: QColor) -> QColor:
    """`colour` mixed with `light` or `dark` until its luminance is `target` (bisection)."""
    other = light if luminance(colour) < target else dark
    low, high = 0.0, 1.0
    for _ in range(30):
        middle = (low + high) / 2
        reached = luminance(mix(colour, other, middle))
        if (reached < target) == (other is light):
            low = middle
        else:
            high = middle
    return mix(colour, other, high)


@dataclass(frozen=True)
class MapColours:
    """Every colour the map paints with. `country` is the fill of the office's five countries,
    `focused` that of the one whose name has the keyboard focus, `border` the outlines, `marker`
    a city marker's disc and `halo` its ring and the outline of a city's name; `ink` writes
    the names of cities."""

    neighbour: QColor
    country: QColor
    focused: QColor
    border: QColor
    marker: QColor
    halo: QColor
    ink: QColor


def map_colours(palette: QPalette) -> MapColours:
    """The map's colours for a palette (normal or high contrast).

    Borders and markers take the text colour (WindowText); neighbours the Midlight role,
    pushed towards Base if needed so that the countries' fill fits between the two; the five
    countries the Highlight hue, lightened or darkened to the geometric mean of the other two
    luminances (+0.05, as in the contrast formula), which gives both pairs the same, largest
    possible ratio: at least 3:1 whenever neighbours and borders are 9:1 apart.
    """
    role = QPalette.ColorRole
    base, ink = palette.color(role.Base), palette.color(role.WindowText)
    border = ink
    neighbour = palette.color(role.Midlight)
    wanted = GRAPHIC_CONTRAST ** 2 + 0.5
    amount = 0.0
    while contrast(mix(neighbour, base, amount), border) < wanted and amount < 1.0:
        amount = min(1.0, amount + 0.05)
    neighbour = mix(neighbour, base, amount)
    middle = math.sqrt((luminance(neighbour) + 0.05) * (luminance(border) + 0.05)) - 0.05
    lighter, darker = (base, ink) if luminance(base) > luminance(ink) else (ink, base)
    country = _towards_luminance(palette.color(role.Highlight), middle, lighter, darker)
    return MapColours(neighbour=neighbour, country=country,
                      focused=palette.color(role.BrightText),  # the keyboard focus ring's colour
                      border=border, marker=ink, halo=base, ink=ink)


def marker_radius(seat: bool) -> float:
    """The outer radius in pixels of a marker, its halo included."""
    return (SEAT_RADIUS if seat else PRESENCE_RADIUS) + HALO / 2


def paint_marker(painter: QPainter, centre: QPointF, seat: bool, colours: MapColours) -> None:
    """A city's marker at `centre` (pixels): a disc with a halo; the seat's is larger and has a
    ring inside (◉), so it stands out without colour."""
    painter.save()
    painter.setPen(QPen(colours.halo, HALO))
    painter.setBrush(colours.marker)
    radius = SEAT_RADIUS if seat else PRESENCE_RADIUS
    painter.drawEllipse(centre, radius, radius)
    if seat:
        painter.setPen(QPen(colours.halo, HALO))
        painter.setBrush(colours.marker)
        painter.drawEllipse(centre, radius * 0.55, radius * 0.55)
    painter.restore()
