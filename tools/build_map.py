"""Build resources/map/central-asia.svg, the offline map of the countries screen, from Natural
Earth's 1:110m country outlines (public domain) as shipped in the geopandas 0.14.x wheel.

    python -m pip install pyshp shapely          # or: python -m pip install '.[dev]'
    python tools/build_map.py                    # downloads the wheel with pip
    python tools/build_map.py --wheel geopandas-0.14.4-py3-none-any.whl

The SVG holds one closed polygon path per country (id = ISO alpha-2, class "focus" for the five
countries of the office, "neighbour" for the others), clipped to the region, in an
equirectangular projection whose parameters are stored on the root element (data-lon-min,
data-lat-max, data-scale, data-cos) so that the app can place cities with the same projection;
each of the five countries also has the point where its name goes (data-label-x, -y).
"""

from __future__ import annotations

import argparse
import io
import math
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import shapefile  # pyshp
import yaml
from shapely.geometry import MultiPolygon, Point, Polygon, box, shape
from shapely.ops import polylabel, unary_union

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "map" / "central-asia.svg"
WHEEL = "geopandas==0.14.4"
DATASET = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"

FOCUS = {"KAZ": "KZ", "KGZ": "KG", "TJK": "TJ", "TKM": "TM", "UZB": "UZ"}
LON_MIN, LON_MAX, LAT_MIN, LAT_MAX = 45.0, 89.0, 34.0, 56.5
WIDTH = 1000.0
"""Width of the drawing in SVG units; the height follows from the projection."""
CITY_CLEARANCE = 60.0
"""Map units kept free around a city marker when placing a country's name."""
TOLERANCE = 0.5
"""Simplification in SVG units: below a pixel at the sizes the kiosk shows the map."""


def marked_places() -> list[tuple[float, float]]:
    """(lon, lat) of the regional office and the presences, from the content bundle."""
    facts = yaml.safe_load((ROOT / "data" / "bundle.yaml").read_text(encoding="utf-8"))
    return [(p["lon"], p["lat"]) for p in facts["places"]
            if p["role"] in ("regional-office", "presence")]


def fetch_wheel(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", WHEEL,
                    "-d", str(folder)], check=True)
    return next(folder.glob("geopandas-*.whl"))


def read_countries(wheel: Path) -> list[tuple[str, str, Any]]:
    """(ISO alpha-3, name, geometry) of every country in the dataset."""
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


def project(lon: float, lat: float) -> tuple[float, float]:
    scale = WIDTH / ((LON_MAX - LON_MIN) * _cos())
    return (lon - LON_MIN) * _cos() * scale, (LAT_MAX - lat) * scale


def _cos() -> float:
    return math.cos(math.radians((LAT_MIN + LAT_MAX) / 2))


def path_data(geometry: object) -> str:
    polygons = geometry.geoms if isinstance(geometry, MultiPolygon) else [geometry]
    parts = []
    for polygon in polygons:
        if not isinstance(polygon, Polygon) or polygon.is_empty:
            continue
        ring = [project(lon, lat) for lon, lat in polygon.exterior.coords]
        simplified = Polygon(ring).simplify(TOLERANCE)
        points = list(simplified.exterior.coords)[:-1]
        if len(points) < 3:
            continue
        parts.append("M" + " L".join(f"{x:.1f} {y:.1f}" for x, y in points) + " Z")
    return " ".join(parts)


def build(wheel: Path) -> str:
    region = box(LON_MIN, LAT_MIN, LON_MAX, LAT_MAX)
    cities = unary_union([Point(project(lon, lat)).buffer(CITY_CLEARANCE)
                          for lon, lat in marked_places()])
    height = project(LON_MIN, LAT_MIN)[1]
    scale = WIDTH / ((LON_MAX - LON_MIN) * _cos())
    paths = []
    for iso3, name, geometry in read_countries(wheel):
        clipped = geometry.intersection(region)
        if clipped.is_empty:
            continue
        code = FOCUS.get(iso3)
        data = path_data(clipped)
        if not data:
            continue
        kind = "focus" if code else "neighbour"
        ident = code or iso3
        label = ""
        if code:  # where the name goes: deep inside the country, clear of the city markers
            parts = clipped.geoms if isinstance(clipped, MultiPolygon) else [clipped]
            largest = max(parts, key=lambda part: part.area)
            area = Polygon([project(*xy) for xy in largest.exterior.coords])
            free = area.difference(cities)
            if isinstance(free, MultiPolygon):
                free = max(free.geoms, key=lambda part: part.area)
            inner = polylabel(free if isinstance(free, Polygon) and free.area else area, 0.5)
            label = f' data-label-x="{inner.x:.1f}" data-label-y="{inner.y:.1f}"'
        paths.append(f'  <path id="{ident}" class="{kind}" data-name="{name}"{label} d="{data}"/>')
    paths.sort(key=lambda line: ' class="focus"' in line)  # the five countries drawn last
    return "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!-- Central Asia for the OHCHR ROCA kiosk. Made by tools/build_map.py from Natural",
        "     Earth 1:110m Admin 0 countries (public domain, naturalearthdata.com), as shipped",
        f"     in the {WHEEL} wheel ({DATASET}). Equirectangular projection,",
        f"     lon {LON_MIN}..{LON_MAX}, lat {LAT_MIN}..{LAT_MAX}; do not edit by hand. -->",
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH:.0f} {height:.1f}" '
        f'data-lon-min="{LON_MIN}" data-lat-max="{LAT_MAX}" data-scale="{scale:.6f}" '
        f'data-cos="{_cos():.6f}">',
        "  <style>.neighbour{fill:#e3e8ee;stroke:#ffffff;stroke-width:1}"
        ".focus{fill:#9cc9ea;stroke:#ffffff;stroke-width:1.5}</style>",
        *paths,
        "</svg>",
        "",
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheel", type=Path, help="a downloaded geopandas 0.14.x wheel")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        wheel = options.wheel or fetch_wheel(Path(folder))
        svg = build(wheel)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(svg, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(svg):,} bytes")


if __name__ == "__main__":
    main()
