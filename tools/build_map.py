"""Build resources/map/world.json and world-frames.json, the kiosk's offline world map, from
Natural Earth's 1:110m country outlines (public domain) as shipped in the geopandas 0.14.x wheel.

    python -m pip install pyshp shapely          # or: python -m pip install '.[dev]'
    python tools/build_map.py                    # downloads the wheel with pip
    python tools/build_map.py --wheel geopandas-0.14.4-py3-none-any.whl

world.json holds, per ISO 3166-1 alpha-2 code, the country's English name, its outlines in
degrees (each outer ring a flat list lon, lat, lon, lat, ... simplified by TOLERANCE degrees
and rounded to DIGITS decimals), its bounding box [lon_min, lat_min, lon_max, lat_max] and
the point where its name goes (the pole of inaccessibility of its largest part, shapely's
polylabel, in the country's own equirectangular projection). Outlines with no alpha-2 code
(Kosovo's "-99") are kept under "others", drawn but never named. The app projects and frames
them at run time for the bundle's countries (kiosk/ui/widgets/map_data.py).

world-frames.json is the bounding box of every code alone: what the content loader, which is
pure Python and reads no outlines, needs to refuse a place outside the map's frame.

Both files record the build's parameters and a checksum of their content; the test
tests/test_build_map.py fails when a file is stale or edited by hand.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "map"
WORLD = OUT / "world.json"
FRAMES = OUT / "world-frames.json"
WHEEL = "geopandas==0.14.4"
DATASET = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
ISO_CODES = Path("/usr/share/iso-codes/json/iso_3166-1.json")
"""Debian's iso-codes table, for the alpha-3 to alpha-2 codes (the dataset has alpha-3 only)."""
TOLERANCE = 0.02
"""Simplification in degrees (about 2 km): below a pixel where the kiosk shows a region as
large as Central Asia (44 degrees across 1000 px), and keeps world.json small."""
DIGITS = 2
"""Decimals kept of each coordinate (about 1 km)."""
LABEL_PRECISION = 0.01
"""polylabel's precision, in degrees of the country's own projection."""


def parameters() -> dict[str, Any]:
    """What the output depends on besides the dataset: recorded in both files, compared by
    the staleness test with this module's figures."""
    return {"source": f"{WHEEL} {DATASET}", "tolerance": TOLERANCE, "digits": DIGITS,
            "label_precision": LABEL_PRECISION}


def fetch_wheel(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", WHEEL,
                    "-d", str(folder)], check=True)
    return next(folder.glob("geopandas-*.whl"))


def alpha_2_by_alpha_3() -> dict[str, str]:
    table = json.loads(ISO_CODES.read_text(encoding="utf-8"))["3166-1"]
    return {entry["alpha_3"]: entry["alpha_2"] for entry in table}


def read_countries(wheel: Path) -> list[tuple[str, str, Any]]:
    """(ISO alpha-3, name, geometry) of every country in the dataset."""
    import shapefile  # pyshp; imported here so that the staleness test needs it only to rebuild
    from shapely.geometry import shape
    with zipfile.ZipFile(wheel) as archive:
        parts = {ext: io.BytesIO(archive.read(f"{DATASET}.{ext}")) for ext in ("shp", "shx", "dbf")}
    # The .cpg says ISO-8859-1; pyshp would read UTF-8 ("Côte d'Ivoire" fails).
    reader = shapefile.Reader(shp=parts["shp"], shx=parts["shx"], dbf=parts["dbf"],
                              encoding="latin-1")
    fields = [f[0] for f in reader.fields[1:]]
    countries = []
    for record in reader.shapeRecords():
        attributes = dict(zip(fields, record.record, strict=True))
        countries.append((attributes["iso_a3"], attributes["name"],
                          shape(record.shape.__geo_interface__)))
    return countries


def polygons(geometry: Any) -> list[Any]:
    from shapely.geometry import MultiPolygon
    return list(geometry.geoms) if isinstance(geometry, MultiPolygon) else [geometry]


def rings(geometry: Any) -> list[list[float]]:
    """The outer rings, simplified and rounded, as flat [lon, lat, lon, lat, ...] lists
    (open: the last point is not the first again); rings of fewer than 3 points are dropped."""
    result = []
    for polygon in polygons(geometry):
        simplified = polygon.simplify(TOLERANCE, preserve_topology=True)
        points = list(simplified.exterior.coords)[:-1]
        flat = [round(v, DIGITS) for point in points for v in point]
        if len(flat) >= 6:
            result.append(flat)
    return result


def bbox(flat_rings: list[list[float]]) -> list[float]:
    """[lon_min, lat_min, lon_max, lat_max] of the stored (simplified, rounded) rings: the
    frame the app computes from them, so that the loader and the app agree."""
    lons = [v for ring in flat_rings for v in ring[0::2]]
    lats = [v for ring in flat_rings for v in ring[1::2]]
    return [min(lons), min(lats), max(lons), max(lats)]


def label_point(geometry: Any) -> list[float]:
    """Where the name goes: deep inside the largest part, in the country's own projection
    (x = lon * cos(mid-latitude)), so that a wide northern country is not judged stretched."""
    from shapely.geometry import Polygon
    from shapely.ops import polylabel
    largest = max(polygons(geometry), key=lambda part: part.area)
    _, lat_min, _, lat_max = largest.bounds
    cos = math.cos(math.radians((lat_min + lat_max) / 2))
    flat = Polygon([(lon * cos, lat) for lon, lat in largest.exterior.coords])
    inner = polylabel(flat, LABEL_PRECISION)
    return [round(inner.x / cos, DIGITS), round(inner.y, DIGITS)]


def checksum(content: Any) -> str:
    """sha256 of the canonical JSON of `content` (sorted keys, no spaces)."""
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build(countries: list[tuple[str, str, Any]], codes: dict[str, str]
          ) -> tuple[dict[str, Any], dict[str, Any]]:
    """(world, frames), the contents of world.json and world-frames.json."""
    named: dict[str, Any] = {}
    others: list[dict[str, Any]] = []
    for iso3, name, geometry in countries:
        flat = rings(geometry)
        if not flat:
            continue
        code = codes.get(iso3)
        if code is None:
            others.append({"name": name, "rings": flat})
            continue
        named[code] = {"name": name, "bbox": bbox(flat), "label": label_point(geometry),
                       "rings": flat}
    ordered = dict(sorted(named.items()))
    content = {"countries": ordered, "others": sorted(others, key=lambda o: o["name"])}
    boxes = {code: entry["bbox"] for code, entry in ordered.items()}
    return ({**parameters(), "checksum": checksum(content), **content},
            {**parameters(), "checksum": checksum(boxes), "bbox": boxes})


def write(world: dict[str, Any], frames: dict[str, Any]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    WORLD.write_text(json.dumps(world, separators=(",", ":"), ensure_ascii=False) + "\n",
                     encoding="utf-8")
    # One country a line: small, and reviewable in a diff.
    lines = [f'  "{code}": {json.dumps(box)}' for code, box in frames["bbox"].items()]
    head = {k: v for k, v in frames.items() if k != "bbox"}
    FRAMES.write_text(json.dumps(head, ensure_ascii=False)[:-1] + ', "bbox": {\n'
                      + ",\n".join(lines) + "\n}}\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheel", type=Path, help="a downloaded geopandas 0.14.x wheel")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        wheel = options.wheel or fetch_wheel(Path(folder))
        world, frames = build(read_countries(wheel), alpha_2_by_alpha_3())
    write(world, frames)
    for path in (WORLD, FRAMES):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
