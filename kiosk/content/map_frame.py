"""The map's frame: the part of the world the countries screen shows for a bundle, in degrees.

Pure Python (no Qt), so that the content loader and `kiosk validate` can refuse a place that
the map could not show. The frame is the bounding box of the bundle's countries, from the
per-country boxes in world-frames.json (made by tools/build_map.py beside world.json), with
a margin of MARGIN of its larger side on every side. A bundle may bring its own map: a
`map/` folder in the bundle with both files in the same format replaces the shipped ones.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.paths import bundled

WORLD = "world.json"
FRAMES = "world-frames.json"
MARGIN = 0.04
"""Share of the frame's larger side (in degrees) added on every side: 1.6 degrees for the
five Central Asian countries, about the sea and neighbour shown around them before."""
MIN_MARGIN = 1.0
"""Degrees of margin at least, so that a small country is not drawn edge to edge."""


@dataclass(frozen=True)
class Frame:
    """A box of longitudes and latitudes in degrees, west/south/east/north."""

    lon_min: float
    lat_min: float
    lon_max: float
    lat_max: float

    def contains(self, lon: float, lat: float) -> bool:
        return self.lon_min <= lon <= self.lon_max and self.lat_min <= lat <= self.lat_max

    def intersects(self, box: Sequence[float]) -> bool:
        """Whether a [lon_min, lat_min, lon_max, lat_max] box overlaps the frame."""
        return not (box[2] < self.lon_min or box[0] > self.lon_max
                    or box[3] < self.lat_min or box[1] > self.lat_max)


def map_folder(bundle_directory: Path) -> Path:
    """The folder of the map to use: the bundle's own `map/` when it holds world.json and
    world-frames.json, else the one shipped with the app (resources/map)."""
    own = Path(bundle_directory) / "map"
    if (own / WORLD).is_file() and (own / FRAMES).is_file():
        return own
    return bundled("resources") / "map"


def read_boxes(folder: Path) -> dict[str, list[float]]:
    """The bounding box [lon_min, lat_min, lon_max, lat_max] of every country code of the map
    in `folder`. Raises OSError or ValueError (json's errors included) when the file is
    missing or damaged."""
    content = json.loads((folder / FRAMES).read_text(encoding="utf-8"))
    boxes = content["bbox"]
    if not isinstance(boxes, dict):
        raise ValueError(f"{FRAMES}: 'bbox' is not a mapping")
    return {str(code): [float(v) for v in box] for code, box in boxes.items()}


def frame_of(boxes: Sequence[Sequence[float]], points: Sequence[tuple[float, float]] = ()
             ) -> Frame | None:
    """The frame around the countries' `boxes` and the (lon, lat) `points`, with the margin;
    None when there is neither."""
    lons = [v for box in boxes for v in (box[0], box[2])] + [p[0] for p in points]
    lats = [v for box in boxes for v in (box[1], box[3])] + [p[1] for p in points]
    if not lons:
        return None
    margin = max(MIN_MARGIN, MARGIN * max(max(lons) - min(lons), max(lats) - min(lats)))
    return Frame(max(-180.0, min(lons) - margin), max(-90.0, min(lats) - margin),
                 min(180.0, max(lons) + margin), min(90.0, max(lats) + margin))
