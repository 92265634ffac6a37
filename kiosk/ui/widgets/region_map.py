"""The offline map of Central Asia: the five countries to tap, neighbours muted, the office marked.

Geography does not mirror: the map is drawn in absolute coordinates and its country names
(buttons, so that touch, keyboard and screen readers reach them) are placed on it by hand,
outside any layout, whatever the layout direction around it.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from kiosk.content import Bundle

log = logging.getLogger(__name__)
_SVG = "{http://www.w3.org/2000/svg}"
MAX_HEIGHT = 460
"""The map leaves room for the country tiles below it on a 1280x800 screen."""
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


@dataclass(frozen=True)
class MapData:
    """The outlines and projection read from the SVG that tools/build_map.py makes."""

    width: float
    height: float
    lon_min: float
    lat_max: float
    scale: float
    cos: float
    countries: dict[str, QPainterPath]
    neighbours: list[QPainterPath]
    labels: dict[str, QPointF]

    def project(self, lon: float, lat: float) -> QPointF:
        return QPointF((lon - self.lon_min) * self.cos * self.scale,
                       (self.lat_max - lat) * self.scale)


def read_map(path: Path) -> MapData | None:
    """The map in `path`, or None (logged) when it is missing or damaged."""
    try:
        root = ET.parse(path).getroot()
        _, _, width, height = (float(v) for v in root.attrib["viewBox"].split())
        countries: dict[str, QPainterPath] = {}
        neighbours: list[QPainterPath] = []
        labels: dict[str, QPointF] = {}
        for element in root.iter(f"{_SVG}path"):
            outline = _path(element.attrib["d"])
            if element.attrib.get("class") == "focus":
                code = element.attrib["id"]
                countries[code] = outline
                labels[code] = QPointF(float(element.attrib["data-label-x"]),
                                       float(element.attrib["data-label-y"]))
            else:
                neighbours.append(outline)
        return MapData(width, height, float(root.attrib["data-lon-min"]),
                       float(root.attrib["data-lat-max"]), float(root.attrib["data-scale"]),
                       float(root.attrib["data-cos"]), countries, neighbours, labels)
    except (OSError, ET.ParseError, KeyError, ValueError) as error:
        log.warning("map %s cannot be used (%s); the countries screen shows no map", path, error)
        return None


def _path(data: str) -> QPainterPath:
    """A QPainterPath from the only path data the map uses: M x y L x y ... Z."""
    outline = QPainterPath()
    for ring in data.split("Z"):
        numbers = [float(n) for n in _NUMBER.findall(ring)]
        points = [QPointF(x, y) for x, y in zip(numbers[::2], numbers[1::2], strict=True)]
        if len(points) >= 3:
            outline.moveTo(points[0])
            for point in points[1:]:
                outline.lineTo(point)
            outline.closeSubpath()
    return outline


def _mix(base: QColor, colour: QColor, amount: float) -> QColor:
    """`amount` of `colour` over `base`: a tint that follows the palette (high contrast too)."""
    return QColor(*(round(b + (c - b) * amount) for b, c in
                    ((base.red(), colour.red()), (base.green(), colour.green()),
                     (base.blue(), colour.blue()))))


class CountryLabel(QPushButton):
    """A country's name on the map: a real button, so Tab, Enter and screen readers reach it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        else:
            super().keyPressEvent(event)


class RegionMap(QWidget):
    country_chosen = Signal(str)

    def __init__(self, data: MapData, bundle: Bundle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionMap")
        self.data = data
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(280)
        self._focused = ""
        self.markers = [(data.project(p.lon, p.lat), p.role) for p in bundle.facts.places
                        if p.role in ("regional-office", "presence")]
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

    def set_names(self, names: Mapping[str, str], accessible: Mapping[str, str]) -> None:
        for code, label in self.labels.items():
            label.setText(names[code])
            label.setAccessibleName(accessible[code])
            label.adjustSize()
        self._place_labels()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return min(MAX_HEIGHT, int(width * self.data.height / self.data.width))

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
        scale, offset = self._frame()
        return QPointF(point.x() * scale + offset.x(), point.y() * scale + offset.y())

    def country_at(self, position: QPointF) -> str:
        scale, offset = self._frame()
        local = QPointF((position.x() - offset.x()) / scale, (position.y() - offset.y()) / scale)
        return next((code for code, outline in self.data.countries.items()
                     if outline.contains(local)), "")

    def _place_labels(self) -> None:
        for code, label in self.labels.items():
            centre = self.to_widget(self.data.labels[code])  # chosen clear of the city markers
            # move() takes the left edge in every direction: geography does not mirror.
            label.move(int(centre.x() - label.width() / 2), int(centre.y() - label.height() / 2))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self._place_labels()

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
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale, offset = self._frame()
        painter.translate(offset)
        painter.scale(scale, scale)
        border = QPen(palette.color(palette.ColorRole.Base), 1.5 / scale)
        painter.setPen(border)
        painter.setBrush(palette.color(palette.ColorRole.Midlight))
        for outline in self.data.neighbours:
            painter.drawPath(outline)
        highlight = palette.color(palette.ColorRole.Highlight)
        calm = _mix(palette.color(palette.ColorRole.Base), highlight, 0.38)
        for code, outline in self.data.countries.items():
            painter.setBrush(highlight if code == self._focused else calm)
            painter.drawPath(outline)
        self._paint_markers(painter, scale)
        painter.end()

    def _paint_markers(self, painter: QPainter, scale: float) -> None:
        palette = self.palette()
        ink = palette.color(palette.ColorRole.WindowText)
        painter.setPen(QPen(palette.color(palette.ColorRole.Base), 2.5 / scale))
        for point, role in self.markers:
            radius = (11 if role == "regional-office" else 7) / scale
            painter.setBrush(ink)
            painter.drawEllipse(point, radius, radius)
            if role == "regional-office":
                painter.setBrush(palette.color(palette.ColorRole.Base))
                painter.drawEllipse(point, radius / 2.4, radius / 2.4)
