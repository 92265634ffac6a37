"""The offline map of the bundle's countries (map_data frames them): they are the ones to tap,
their neighbours muted, the office's cities marked and named, the seat ringed.

Geography does not mirror: the map is drawn in absolute coordinates and its country names
(buttons, so that touch, keyboard and screen readers reach them) are placed on it outside any
layout, whatever the layout direction around it, by map_labels.place_best whenever the map is
laid out, clear of the markers and of each other. Colours and markers: map_style.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from kiosk.content import Bundle
from kiosk.ui.widgets.map_data import MapData, read_map
from kiosk.ui.widgets.map_labels import GAP, Name, around, place_best, spiral
from kiosk.ui.widgets.map_style import MapColours, map_colours, marker_radius, paint_marker

__all__ = ["CountryLabel", "MapData", "Marker", "RegionMap", "read_map"]

log = logging.getLogger(__name__)
MAX_HEIGHT = 460
"""The map leaves room for the country tiles below it on a 1280x800 screen..."""
MAX_SHARE = 0.4
"""...and takes up to this share of a taller window's height (a portrait totem), where a
bigger map keeps the small countries' names on their land."""
OFFICE_ROLES = ("regional-office", "presence")
"""The places of the bundle that the map marks and names: where the office is."""
INSIDE = 1
"""Pixels around its middle that a country's name must have on its own country."""
GRID = 60
"""Cells across a country in the grid of centres tried for its name."""
FAR_STEP = 12
"""Pixels between the centres tried for a name that finds no room where it belongs."""
FAR = 6
"""How far from its marker a city's name may go, in heights of the name (then with a line)."""
COUNTRY_WEIGHT = 2
"""A country's name off its country is worse than a city's name apart from its marker (with
a line to it): the countries' names are the map's buttons, and where they sit says which
country a tap opens."""
"""How far from its marker a city's name may go, in heights of the name (with a line)."""
PLACEMENTS_KEPT = 40
"""Placements the map remembers: every language at its final size and a transient size or
two it passes through while the page re-flows (each a few boxes: a few KB in all)."""
CITY_PADDING = 3
"""Pixels around a city's name inside its box: room for the halo drawn around the letters."""


class CountryLabel(QPushButton):
    """A country's name on the map: a real button, so Tab, Enter and screen readers reach it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        else:
            super().keyPressEvent(event)


@dataclass(frozen=True)
class Marker:
    """A city of the office on the map: its place id, where it is (map units), whether it is
    the seat (the regional office), drawn larger and ringed, with its name in bold."""

    place: str
    point: QPointF
    seat: bool


class RegionMap(QWidget):
    """The map widget: outlines scaled to fit and centred, the bundle's countries' names as
    buttons, the office's cities as markers with their names painted beside them.

    Names are placed (map_labels.place) whenever the map is resized, the names change or a
    name's size changes (a new text size or style), so that no name covers another or a
    marker. Emits `country_chosen` with a country code on a tap on a country or its name.
    """

    country_chosen = Signal(str)

    def __init__(self, data: MapData, bundle: Bundle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionMap")
        self.data = data
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(280)
        self._focused = ""
        seat = bundle.facts.office.seat
        self.markers = [Marker(p.id, data.project(p.lon, p.lat), p.id == seat)
                        for p in bundle.facts.places
                        if p.role in OFFICE_ROLES or p.id == seat]
        self.markers.sort(key=lambda m: not m.seat)  # the seat is named first
        self.city_names: dict[str, str] = {}
        self.city_boxes: dict[str, QRectF] = {}
        """Where each city's name is painted, in widget pixels, by place id."""
        self.astray: list[str] = []
        """The names (country codes, place ids) that found no room where they belong: they
        sit apart, with a line to their country's label point or their marker."""
        self._placed_for: object = None
        self._placements: dict[object, tuple[dict[str, QRectF], list[str]]] = {}
        """Placements made, by what they were made for (size, names' sizes, cities' names,
        font): a language shown before at this size is placed again without a search."""
        self._land_for: object = None
        self._land_pixmap = QPixmap()
        self._points: dict[str, list[QPointF]] = {}
        self._points_size = (0, 0)
        """`_points_on` by country at the map's size `_points_size` (the same in every
        language; thousands of points each, so only for the size the map has now)."""
        self._markers_now: dict[str, QRectF] = {}
        self.labels: dict[str, CountryLabel] = {}
        for code in bundle.country_codes:
            if code not in data.countries:
                continue
            label = CountryLabel(self)
            label.setObjectName("mapLabel")
            label.setCursor(Qt.CursorShape.PointingHandCursor)
            label.clicked.connect(lambda _=False, c=code: self.country_chosen.emit(c))
            label.installEventFilter(self)
            self.labels[code] = label
        # The smallest countries have the least room for their names: they choose first.
        self._countries_by_size = sorted(
            self.labels, key=lambda c: _area(data.countries[c].boundingRect()))

    def set_names(self, names: Mapping[str, str], accessible: Mapping[str, str],
                  places: Mapping[str, str]) -> None:
        """The countries' names (shown and for screen readers) by code, the cities' by place
        id (texts.places), in the visitor's language; places every name anew."""
        for code, label in self.labels.items():
            label.setText(names[code])
            label.setAccessibleName(accessible[code])
        self.city_names = {m.place: places[m.place] for m in self.markers}
        self.place_labels()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        cap = max(MAX_HEIGHT, int(self.window().height() * MAX_SHARE))
        return min(cap, int(width * self.data.height / self.data.width))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(1000, self.heightForWidth(1000))

    # --- geometry: from map units to the widget, the same in every language -------------------

    def _frame(self) -> tuple[float, QPointF]:
        """The scale and the top-left corner of the map inside the widget, centred."""
        scale = min(self.width() / self.data.width, self.height() / self.data.height)
        offset = QPointF((self.width() - self.data.width * scale) / 2,
                         (self.height() - self.data.height * scale) / 2)
        return scale, offset

    def to_widget(self, point: QPointF) -> QPointF:
        """A point in map units as a point of the widget, in pixels."""
        scale, offset = self._frame()
        return QPointF(point.x() * scale + offset.x(), point.y() * scale + offset.y())

    def country_at(self, position: QPointF) -> str:
        """The code of the country under a point of the widget, or "" (sea, neighbours)."""
        scale, offset = self._frame()
        if scale <= 0:
            return ""
        local = QPointF((position.x() - offset.x()) / scale, (position.y() - offset.y()) / scale)
        return next((code for code, outline in self.data.countries.items()
                     if outline.contains(local)), "")

    def marker_boxes(self) -> dict[str, QRectF]:
        """The square around each city's marker, halo included, in widget pixels, by place."""
        boxes = {}
        for marker in self.markers:
            centre, radius = self.to_widget(marker.point), marker_radius(marker.seat)
            boxes[marker.place] = QRectF(centre.x() - radius, centre.y() - radius,
                                         2 * radius, 2 * radius)
        return boxes

    def leaders(self) -> list[tuple[QPointF, QPointF]]:
        """The lines drawn from a marker or a country's label point to a name that had to sit
        apart from it, in widget pixels."""
        lines = []
        markers = self.marker_boxes()
        for marker in self.markers:
            box, centre = self.city_boxes.get(marker.place), markers[marker.place].center()
            if box is not None and _distance(centre, box) > marker_radius(marker.seat) + 3 * GAP:
                lines.append((centre, _nearest(centre, box)))
        for code in self.astray:
            if code in self.labels:
                point = self.to_widget(self.data.labels[code])
                lines.append((point, _nearest(point, QRectF(self.labels[code].geometry()))))
        return lines

    def name_areas(self) -> list[QRectF]:
        """Where the map paints names and their lines, which change with the language: the
        cities' boxes (with their halo) and the leaders' bounding boxes."""
        areas = [box.adjusted(-3, -3, 3, 3) for box in self.city_boxes.values()]
        areas += [QRectF(a, b).normalized().adjusted(-3, -3, 3, 3) for a, b in self.leaders()]
        return areas

    def city_font(self, seat: bool) -> QFont:
        """The font of a city's name: that of the countries' names (the style sheet's map
        size, which follows the text size), bold for the seat only."""
        font = QFont(next(iter(self.labels.values())).font() if self.labels else self.font())
        font.setBold(seat)
        return font

    def place_labels(self) -> None:
        """Place every name for the current size and fonts (map_labels.place_best): the
        seat's first, then the countries' (smallest first) on their country as near its
        label point as they fit, then the other cities' beside their markers. Nothing is
        done when size, names and fonts are those of the last placement."""
        if self.width() <= 0 or self.height() <= 0:
            return
        for label in self.labels.values():
            label.resize(label.sizeHint())
        inputs = (self.size().toTuple(), tuple(label.size().toTuple()
                                               for label in self.labels.values()),
                  tuple(self.city_names.items()), self.city_font(True).toString())
        if inputs == self._placed_for:
            return
        self._placed_for = inputs
        if inputs not in self._placements:
            if len(self._placements) >= PLACEMENTS_KEPT:
                self._placements.clear()
            self._placements[inputs] = self._placement()
        boxes, self.astray = self._placements[inputs]
        self.city_boxes = {m.place: QRectF(boxes[m.place]) for m in self.markers
                           if m.place in boxes}
        for code, label in self.labels.items():
            # move() takes the left edge in every direction: geography does not mirror.
            label.move(boxes[code].topLeft().toPoint())
        self.update()

    def _placement(self) -> tuple[dict[str, QRectF], list[str]]:
        """A new placement for the current size, names and fonts (map_labels.place_best):
        the boxes by country code and place id, and the names placed astray."""
        bounds = QRectF(self.rect())
        markers = self._markers_now = self.marker_boxes()
        reach = max(self.width(), self.height())
        cities = []
        for marker in self.markers:
            text = self.city_names.get(marker.place, "")
            if not text:
                continue
            metrics = QFontMetricsF(self.city_font(marker.seat))
            size = QSizeF(math.ceil(metrics.horizontalAdvance(text)) + 2 * CITY_PADDING,
                          math.ceil(metrics.height()) + 2 * CITY_PADDING)
            centre, radius = self.to_widget(marker.point), marker_radius(marker.seat)
            cities.append(Name(marker.place, size, partial(around, centre, radius, size),
                               partial(spiral, centre, FAR * size.height(), FAR_STEP),
                               allowed=partial(self._nearest_its_marker, marker.place)))
        countries = []
        for code in self._countries_by_size:
            label = self.labels[code]
            anchor = self.to_widget(self.data.labels[code])  # chosen clear of the city markers
            countries.append(Name(code, QSizeF(label.size()),
                                  self._points_on(code, anchor).__iter__,
                                  partial(spiral, anchor, reach, FAR_STEP),
                                  partial(self._inside, code), weight=COUNTRY_WEIGHT))
        seat, others = cities[:1], cities[1:]
        placement = place_best([*seat, *countries, *others], list(markers.values()), bounds)
        if placement.clashes or placement.astray:
            log.info("map %dx%d px: %d names overlap, %s placed apart", self.width(),
                     self.height(), placement.clashes, ", ".join(placement.astray) or "none")
        return placement.boxes, list(placement.astray)

    def _nearest_its_marker(self, place: str, box: QRectF) -> bool:
        """Whether a city's name in `box` is nearer its own marker than any other marker."""
        markers = self._markers_now
        own = _distance(markers[place].center(), box)
        return all(own <= _distance(other.center(), box)
                   for key, other in markers.items() if key != place)

    def _points_on(self, code: str, anchor: QPointF) -> list[QPointF]:
        """Points of the widget on a country, on a grid of about GRID cells across it (at
        least 2 px apart), nearest `anchor` first: where its name may be centred. The same
        for every language at a map size: computed once for the size the map has."""
        size = (self.width(), self.height())
        if size != self._points_size:
            self._points, self._points_size = {}, size
        if code not in self._points:
            self._points[code] = self._grid_on(code, anchor)
        return self._points[code]

    def _grid_on(self, code: str, anchor: QPointF) -> list[QPointF]:
        scale, offset = self._frame()
        outline = self.data.countries[code]
        extent = outline.boundingRect()
        step = max(2.0, max(extent.width(), extent.height()) * scale / GRID)
        points = []
        for i in range(math.ceil(extent.width() * scale / step) + 1):
            for j in range(math.ceil(extent.height() * scale / step) + 1):
                x = extent.left() * scale + offset.x() + i * step
                y = extent.top() * scale + offset.y() + j * step
                if outline.contains(QPointF((x - offset.x()) / scale, (y - offset.y()) / scale)):
                    points.append(QPointF(x, y))
        points.sort(key=lambda p: (p.x() - anchor.x()) ** 2 + (p.y() - anchor.y()) ** 2)
        return [anchor, *points]

    def _inside(self, code: str, box: QRectF) -> bool:
        """Whether a name in `box` (widget pixels) is on its country: the middle of the button
        it will be, give or take INSIDE pixels."""
        scale, offset = self._frame()
        outline, middle = self.data.countries[code], QPointF(box.toRect().center())
        return all(outline.contains(QPointF((middle.x() + dx - offset.x()) / scale,
                                            (middle.y() + dy - offset.y()) / scale))
                   for dx, dy in ((0, 0), (-INSIDE, 0), (INSIDE, 0), (0, -INSIDE), (0, INSIDE)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self.place_labels()

    def event(self, event: QEvent) -> bool:
        # A name changed its size hint (new text size, style or font): Qt posts a layout
        # request to the parent of a widget that is in no layout.
        if event.type() == QEvent.Type.LayoutRequest:
            self.place_labels()
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._focused = next((c for c, label in self.labels.items()
                                  if label.hasFocus()), "")
            self.update()
        return False

    # --- input and painting -------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        code = self.country_at(event.position())
        if code:
            self.country_chosen.emit(code)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        colours = map_colours(self.palette())
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._land(colours))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        markers = self.marker_boxes()
        for start, end in self.leaders():  # lines first: markers and names lie on them
            _paint_leader(painter, start, end, colours)
        for marker in self.markers:
            paint_marker(painter, markers[marker.place].center(), marker.seat, colours)
        for marker in self.markers:
            if marker.place in self.city_boxes:
                self._paint_city_name(painter, marker, colours)
        painter.end()

    def _land(self, colours: MapColours) -> QPixmap:
        """The outlines, neighbours and the frame, the same in every language: drawn once for
        each size, device pixel ratio, palette and focused country, then copied (35
        antialiased outlines cost about 4 ms a paint, and a language switch repaints the
        whole map for its names)."""
        ratio = self.devicePixelRatioF()
        key = (self.size().toTuple(), ratio, self._focused,
               tuple(QColor(c).rgba() for c in vars(colours).values()))
        if key == self._land_for:
            return self._land_pixmap
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale, offset = self._frame()
        painter.translate(offset)
        painter.scale(scale, scale)
        painter.setPen(QPen(colours.border, 1.0 / scale))
        painter.setBrush(colours.neighbour)
        painter.save()  # the neighbours run on past the frame, the bundle's countries do not
        painter.setClipRect(QRectF(0, 0, self.data.width, self.data.height))
        for outline in self.data.neighbours:
            painter.drawPath(outline)
        painter.restore()
        painter.setBrush(Qt.BrushStyle.NoBrush)  # the frame's edge, where the neighbours stop
        painter.drawRect(QRectF(0, 0, self.data.width, self.data.height))
        painter.setPen(QPen(colours.border, 1.5 / scale))
        for code, outline in self.data.countries.items():
            painter.setBrush(colours.focused if code == self._focused else colours.country)
            painter.drawPath(outline)
        painter.end()
        self._land_for, self._land_pixmap = key, pixmap
        return pixmap

    def _paint_city_name(self, painter: QPainter, marker: Marker, colours: MapColours) -> None:
        """The city's name in its box, ringed with the halo colour so that it reads on any
        fill and any border."""
        box = self.city_boxes[marker.place]
        painter.setFont(self.city_font(marker.seat))
        text = self.city_names[marker.place]
        flags = Qt.AlignmentFlag.AlignCenter
        painter.setPen(colours.halo)
        for dx, dy in ((-2, 0), (2, 0), (0, -2), (0, 2), (-1.5, -1.5), (1.5, -1.5),
                       (-1.5, 1.5), (1.5, 1.5)):
            painter.drawText(box.translated(dx, dy), flags, text)
        painter.setPen(colours.ink)
        painter.drawText(box, flags, text)


def _nearest(point: QPointF, box: QRectF) -> QPointF:
    """The point of `box` nearest to `point`."""
    return QPointF(min(max(point.x(), box.left()), box.right()),
                   min(max(point.y(), box.top()), box.bottom()))


def _distance(point: QPointF, box: QRectF) -> float:
    near = _nearest(point, box)
    return math.hypot(near.x() - point.x(), near.y() - point.y())


def _paint_leader(painter: QPainter, start: QPointF, end: QPointF, colours: MapColours) -> None:
    """A line to a name that had to sit apart, ink on a halo so that it shows on every fill."""
    painter.save()
    painter.setPen(QPen(colours.halo, 4.0))
    painter.drawLine(start, end)
    painter.setPen(QPen(colours.ink, 1.5))
    painter.drawLine(start, end)
    painter.restore()


def _area(rect: QRectF) -> float:
    return rect.width() * rect.height()
