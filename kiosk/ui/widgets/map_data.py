"""The map's data: the outlines of the countries and the projection, read from the SVG that
tools/build_map.py makes from Natural Earth (resources/map/central-asia.svg)."""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath

log = logging.getLogger(__name__)
_SVG = "{http://www.w3.org/2000/svg}"
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
        """A place (degrees of longitude and latitude) in map units, as build_map projects."""
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
