"""The map's data for a bundle: its countries' outlines and their neighbours', projected and
framed at run time from the world map that tools/build_map.py makes from Natural Earth
(resources/map/world.json, or the bundle's own map/world.json: kiosk.content.map_frame)."""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath

from kiosk.content import Bundle
from kiosk.content.map_frame import WORLD, frame_of, map_folder

log = logging.getLogger(__name__)
WIDTH = 1000.0
"""Width of the map in map units; the height follows from the frame and the projection."""


@dataclass(frozen=True)
class MapData:
    """The outlines (map units: x east from the frame's west edge, y south from its north
    edge, WIDTH across) and the projection: equirectangular, longitudes shrunk by the cosine
    of the frame's middle latitude, as tools/build_map.py draws it."""

    width: float
    height: float
    lon_min: float
    lat_max: float
    scale: float
    cos: float
    countries: dict[str, QPainterPath]
    """The bundle's countries found on the map, by ISO alpha-2 code: the ones to tap."""
    neighbours: list[QPainterPath]
    """Every other country whose box meets the frame, unclipped: paint them clipped to
    (0, 0, width, height)."""
    labels: dict[str, QPointF]
    """Where each of `countries`' names goes (tools/build_map.py's label point), map units."""

    def project(self, lon: float, lat: float) -> QPointF:
        """A place (degrees of longitude and latitude) in map units."""
        return QPointF((lon - self.lon_min) * self.cos * self.scale,
                       (self.lat_max - lat) * self.scale)


def read_map(bundle: Bundle) -> MapData | None:
    """The map for `bundle`: its countries highlighted, framed to them and its places
    (kiosk.content.map_frame), or None (logged) when the map file is missing or damaged or
    holds none of the bundle's countries."""
    path = map_folder(bundle.directory) / WORLD
    try:
        world = json.loads(Path(path).read_text(encoding="utf-8"))
        return project_world(world, bundle.country_codes,
                             [(p.lon, p.lat) for p in bundle.facts.places])
    except (OSError, ValueError, KeyError, TypeError, IndexError) as error:
        log.warning("map %s cannot be used (%s); the countries screen shows no map", path, error)
        return None


def project_world(world: dict[str, Any], codes: tuple[str, ...] | list[str],
                  places: list[tuple[float, float]]) -> MapData:
    """MapData for the countries `codes` of `world` (world.json's content) and the (lon, lat)
    `places`. Raises ValueError when none of `codes` is on the map, KeyError, TypeError or
    IndexError when `world` is not shaped as tools/build_map.py writes it."""
    entries: dict[str, Any] = world["countries"]
    focus = [code for code in codes if code in entries]
    if not focus:
        raise ValueError(f"none of the countries {', '.join(codes)} is on the map")
    frame = frame_of([entries[code]["bbox"] for code in focus], places)
    assert frame is not None
    cos = math.cos(math.radians((frame.lat_min + frame.lat_max) / 2))
    scale = WIDTH / ((frame.lon_max - frame.lon_min) * cos)
    height = (frame.lat_max - frame.lat_min) * scale

    def outline(rings: list[list[float]]) -> QPainterPath:
        path = QPainterPath()
        for ring in rings:
            points = [QPointF((lon - frame.lon_min) * cos * scale, (frame.lat_max - lat) * scale)
                      for lon, lat in zip(ring[0::2], ring[1::2], strict=True)]
            if len(points) >= 3:
                path.moveTo(points[0])
                for point in points[1:]:
                    path.lineTo(point)
                path.closeSubpath()
        return path

    countries = {code: outline(entries[code]["rings"]) for code in focus}
    labels = {code: QPointF((entries[code]["label"][0] - frame.lon_min) * cos * scale,
                            (frame.lat_max - entries[code]["label"][1]) * scale)
              for code in focus}
    others = [entry for code, entry in entries.items() if code not in countries]
    neighbours = [outline(entry["rings"]) for entry in others
                  if frame.intersects(entry["bbox"])]
    neighbours += [outline(entry["rings"]) for entry in world.get("others", [])
                   if frame.intersects(_box(entry["rings"]))]
    return MapData(WIDTH, height, frame.lon_min, frame.lat_max, scale, cos, countries,
                   neighbours, labels)


def _box(rings: list[list[float]]) -> list[float]:
    lons = [v for ring in rings for v in ring[0::2]]
    lats = [v for ring in rings for v in ring[1::2]]
    return [min(lons), min(lats), max(lons), max(lats)]

