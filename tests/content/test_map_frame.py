"""A place the map cannot show is a content error: the map is framed to the bundle's countries
(kiosk.content.map_frame), and a bundle may bring its own map."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kiosk.content import ContentError, load_bundle
from kiosk.content.map_frame import FRAMES, WORLD, map_folder
from kiosk.paths import bundled

ASHGABAT = "lat: 37.96\n    lon: 58.33"
GENEVA = "lat: 46.20\n    lon: 6.14"


def move_ashgabat(bundle: Path, to: str) -> None:
    path = bundle / "bundle.yaml"
    text = path.read_text(encoding="utf-8")
    assert ASHGABAT in text
    path.write_text(text.replace(ASHGABAT, to), encoding="utf-8")


def problems_of(bundle: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_bundle(bundle)
    return [str(problem) for problem in caught.value.problems]


def test_shipped_places_are_on_the_map() -> None:
    """The shipped bundle's places all lie in its frame: it loads."""
    load_bundle(bundled("data"))


def test_place_outside_the_frame_is_named(bundle_copy: Path) -> None:
    """A place far from the bundle's countries (Ashgabat put at Geneva) is refused, with the
    file, the key, the place and the frame it should be in."""
    move_ashgabat(bundle_copy, GENEVA)
    problems = problems_of(bundle_copy)
    assert len(problems) == 1
    assert "bundle.yaml" in problems[0] and "places" in problems[0]
    assert "'ashgabat'" in problems[0] and "outside the map" in problems[0]


def test_place_just_beyond_a_country_but_in_the_margin_is_accepted(bundle_copy: Path) -> None:
    """The frame has a margin: a place a little west of Kazakhstan's westmost point (in the
    Caspian, 46.47 E) is still on the map."""
    move_ashgabat(bundle_copy, "lat: 44.00\n    lon: 45.50")
    load_bundle(bundle_copy)


def own_map(bundle: Path, boxes: dict[str, list[float]] | None = None) -> None:
    """Give the bundle a map/ of its own: the shipped one, with `boxes` replaced."""
    folder = bundle / "map"
    folder.mkdir()
    shutil.copy(bundled("resources") / "map" / WORLD, folder / WORLD)
    frames = json.loads((bundled("resources") / "map" / FRAMES).read_text(encoding="utf-8"))
    frames["bbox"].update(boxes or {})
    (folder / FRAMES).write_text(json.dumps(frames), encoding="utf-8")


def test_a_bundles_own_map_sets_the_frame(bundle_copy: Path) -> None:
    """With a map of its own whose Turkmenistan reaches Geneva, the same place is accepted:
    the bundle's map, not the shipped one, frames it."""
    move_ashgabat(bundle_copy, GENEVA)
    own_map(bundle_copy, {"TM": [5.0, 35.0, 66.6, 47.0]})
    assert map_folder(bundle_copy) == bundle_copy / "map"
    load_bundle(bundle_copy)


def test_a_damaged_own_map_is_a_problem_of_the_bundle(bundle_copy: Path) -> None:
    """A bundle's own world-frames.json that is not JSON is named, not ignored."""
    own_map(bundle_copy)
    (bundle_copy / "map" / FRAMES).write_text("{not json", encoding="utf-8")
    problems = problems_of(bundle_copy)
    assert any(f"map/{FRAMES}" in problem for problem in problems)
