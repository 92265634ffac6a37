"""The shipped world map is what tools/build_map.py makes: not edited by hand, not stale after
a change to the tool's figures, and world-frames.json agrees with world.json."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tools import build_map


def shipped(path: Path) -> dict[str, object]:
    content: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return content


def test_world_map_holds_what_its_checksum_says() -> None:
    """A hand edit of an outline, a name or a label point shows: the checksum that the tool
    recorded is no longer that of the content."""
    world = shipped(build_map.WORLD)
    content = {"countries": world["countries"], "others": world["others"]}
    assert world["checksum"] == build_map.checksum(content)


def test_world_map_was_made_with_the_tools_figures() -> None:
    """A change of the tool's simplification, rounding or source without a rebuild shows."""
    for path in (build_map.WORLD, build_map.FRAMES):
        content = shipped(path)
        recorded = {key: content[key] for key in build_map.parameters()}
        assert recorded == build_map.parameters(), f"{path.name} is stale: run tools/build_map.py"


def test_frames_are_the_boxes_of_the_world_maps_outlines() -> None:
    """The loader's frames (world-frames.json) are the boxes of world.json's outlines, so that
    a place the loader accepts is one the map shows."""
    world, frames = shipped(build_map.WORLD), shipped(build_map.FRAMES)
    countries = world["countries"]
    assert isinstance(countries, dict)
    expected = {code: build_map.bbox(entry["rings"]) for code, entry in countries.items()}
    assert {code: entry["bbox"] for code, entry in countries.items()} == expected
    assert frames["bbox"] == expected
    assert frames["checksum"] == build_map.checksum(expected)


def test_world_map_stays_small() -> None:
    """The map ships in the wheel: under 1 MB for both files."""
    assert build_map.WORLD.stat().st_size + build_map.FRAMES.stat().st_size < 1_000_000


@pytest.mark.skipif(not os.environ.get("KIOSK_MAP_WHEEL"),
                    reason="set KIOSK_MAP_WHEEL to a geopandas 0.14.4 wheel to rebuild the map")
def test_rebuilding_from_the_same_wheel_gives_the_shipped_map() -> None:
    """The whole build, from Natural Earth in the geopandas wheel, gives the shipped files."""
    pytest.importorskip("shapely")
    pytest.importorskip("shapefile")
    countries = build_map.read_countries(Path(os.environ["KIOSK_MAP_WHEEL"]))
    world, frames = build_map.build(countries, build_map.alpha_2_by_alpha_3())
    assert world == shipped(build_map.WORLD)
    assert frames == shipped(build_map.FRAMES)
