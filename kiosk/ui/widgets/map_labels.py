"""Where the names go on the map: each name's box placed greedily, most important first, at the
first candidate position that stays inside the map and clear of every marker and every name
already placed.

Pure geometry in widget pixels (QRectF, QPointF); the map widget supplies the boxes (from the
real size of each name at the current font), the markers and the candidates.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, QRectF, QSizeF

GAP = 4.0
"""Pixels kept free between a name and any other name or marker, so that they read apart."""
STEP = 3.0
"""Pixels between the candidate centres tried for a name in a grid (spiral)."""
BRANCH = 4
"""How many places place_best tries for each name before it gives up on the names before."""
NODES = 300
"""The most names place_best tries to place for one layout (a budget of time)."""


def _anywhere(_: QRectF) -> bool:
    return True


def _nowhere() -> Iterable[QPointF]:
    return ()


@dataclass(frozen=True)
class Name:
    """A name to place: `key` identifies it and `size` is its box in pixels; `preferred`
    yields, best first, the centres where it belongs (beside its marker, on its country) and
    `belongs` tells their boxes apart from the rest (checked last: it may be slow); `fallback`
    yields centres to try only when no preferred one is free."""

    key: str
    size: QSizeF
    preferred: Callable[[], Iterable[QPointF]]
    fallback: Callable[[], Iterable[QPointF]] = _nowhere
    belongs: Callable[[QRectF], bool] = _anywhere
    allowed: Callable[[QRectF], bool] = _anywhere
    """Which boxes the name may take at all, fallback included (a city's: nearer its own
    marker than any other, so that a name apart is not read as another city's)."""
    weight: int = 1
    """How bad it is for the name to be astray, against the others."""


@dataclass(frozen=True)
class Placement:
    """Where the names went: `boxes` by key; `astray` the names that did not find a place
    where they belong; `clashes` how many overlap something or leave the map (0: all well)."""

    boxes: dict[str, QRectF]
    astray: list[str]
    clashes: int


def box_at(centre: QPointF, size: QSizeF) -> QRectF:
    """The box of `size` centred on `centre`, on whole pixels (widgets sit on whole pixels)."""
    return QRectF(round(centre.x() - size.width() / 2), round(centre.y() - size.height() / 2),
                  size.width(), size.height())


def place(names: Sequence[Name], markers: Sequence[QRectF], bounds: QRectF,
          trial: bool = False) -> Placement:
    """Each name placed in the order given (the first are the most important).

    A box is free when it lies inside `bounds` and keeps GAP pixels from every marker box and
    every box already placed. Each name takes its first free preferred centre that belongs,
    else its first free fallback centre that is `allowed`, else any free fallback centre; a
    name with none stays at its first preferred centre, where it overlaps (`clashes`). A
    `trial` only tries the preferred centres and leaves the names astray out (quick).
    """
    # Plain numbers (left, top, right, bottom) rather than QRectF: this loop tries thousands
    # of boxes on every resize. Overlap is strict, as in QRectF.intersects.
    taken = [_edges(marker.adjusted(-GAP, -GAP, GAP, GAP)) for marker in markers]
    left, top, right, bottom = _edges(bounds)
    boxes: dict[str, QRectF] = {}
    astray = []

    def first_free(centres: Iterable[QPointF], *tests: Callable[[QRectF], bool]
                   ) -> QRectF | None:
        width, height = name.size.width(), name.size.height()
        for centre in centres:
            x, y = round(centre.x() - width / 2), round(centre.y() - height / 2)
            x2, y2 = x + width, y + height
            if (x >= left and y >= top and x2 <= right and y2 <= bottom
                    and not any(x < r and x2 > q and y < b and y2 > t for q, t, r, b in taken)):
                box = QRectF(x, y, width, height)
                if all(test(box) for test in tests):
                    return box
        return None

    for name in names:
        chosen = first_free(name.preferred(), name.allowed, name.belongs)
        if chosen is None:
            astray.append(name.key)
            if trial:
                continue
            # Better a name not where it is allowed than a name on another or on a marker.
            chosen = first_free(name.fallback(), name.allowed) or first_free(name.fallback())
        if chosen is None:
            chosen = box_at(next(iter(name.preferred()), bounds.center()), name.size)
        boxes[name.key] = chosen
        taken.append(_edges(chosen.adjusted(-GAP, -GAP, GAP, GAP)))
    return Placement(boxes, astray, clashes(boxes.values(), markers, bounds))


def _edges(rect: QRectF) -> tuple[float, float, float, float]:
    return rect.left(), rect.top(), rect.right(), rect.bottom()


def place_best(names: Sequence[Name], markers: Sequence[QRectF], bounds: QRectF) -> Placement:
    """The names placed so that none overlaps and as many as possible sit where they belong,
    the first ones (the most important) choosing first.

    Starts from `place` (greedy, in the order given), then improves on it by a depth-first
    search: the name with the fewest free places that belong tries up to BRANCH of them (at
    least half its height apart, so that the choices really differ), the others choosing
    after it; a name with none is astray and takes its fallback place at the end. The
    search allows no name astray, then names weighing 1, 2... (Name.weight), and stops at
    the first placement it finds or after NODES steps, so that a map too small for its
    names is still quick.
    """
    fixed = [_edges(marker.adjusted(-GAP, -GAP, GAP, GAP)) for marker in markers]
    left, top, right, bottom = _edges(bounds)
    best = place(names, markers, bounds)
    steps = 0

    weights = {name.key: name.weight for name in names}

    def score(placement: Placement) -> tuple[int, int]:
        return placement.clashes, sum(weights[key] for key in placement.astray)

    def options(name: Name, taken: list[tuple[float, float, float, float]]) -> list[QRectF]:
        width, height = name.size.width(), name.size.height()
        apart = height / 2
        found: list[QRectF] = []
        for centre in name.preferred():
            x, y = round(centre.x() - width / 2), round(centre.y() - height / 2)
            x2, y2 = x + width, y + height
            if (x >= left and y >= top and x2 <= right and y2 <= bottom
                    and not any(x < r and x2 > q and y < b and y2 > t for q, t, r, b in taken)
                    and all(abs(x - o.x()) >= apart or abs(y - o.y()) >= apart for o in found)
                    and name.allowed(box := QRectF(x, y, width, height))
                    and name.belongs(box)):
                found.append(box)
                if len(found) == BRANCH:
                    break
        return found

    def finish(boxes: dict[str, QRectF], astray: list[str]) -> None:
        nonlocal best
        settled = [Name(key, box.size(), (box.center(),).__iter__) for key, box in boxes.items()]
        whole = place(settled + [n for n in names if n.key in astray], markers, bounds)
        whole = Placement(whole.boxes, astray, whole.clashes)
        if score(whole) < score(best):
            best = whole

    def search(left_over: list[Name], taken: list[tuple[float, float, float, float]],
               boxes: dict[str, QRectF], astray: list[str], allowed: int) -> bool:
        """Whether a placement with names astray weighing `allowed` at most was found. The name with
        the fewest free places goes next (the first given among equals): a name that has
        no room left shows at once that the choices before it were wrong."""
        nonlocal steps
        if not left_over:
            finish(boxes, astray)
            return True
        if steps >= NODES:
            return False
        steps += 1
        choices = [(options(name, taken), name) for name in left_over]
        found, name = min(choices, key=lambda choice: len(choice[0]))
        rest = [other for other in left_over if other is not name]
        for box in found:
            boxes[name.key] = box
            done = search(rest, [*taken, _edges(box.adjusted(-GAP, -GAP, GAP, GAP))],
                          boxes, astray, allowed)
            del boxes[name.key]
            if done:
                return True
        if not found and sum(weights[key] for key in astray) + name.weight <= allowed:
            return search(rest, taken, boxes, [*astray, name.key], allowed)
        return False

    # Nothing astray first, then a weight of one, two...: each search gives up on a branch as
    # soon as it has more astray than allowed, which keeps it short.
    for allowed in range(score(best)[1]):
        if search(list(names), fixed, {}, [], allowed) or steps >= NODES:
            break
    return best


def clashes(boxes: Iterable[QRectF], markers: Iterable[QRectF], bounds: QRectF) -> int:
    """How many boxes overlap another box or a marker, or leave `bounds`: 0 when all is well."""
    boxes, markers = list(boxes), list(markers)
    return sum(1 for i, box in enumerate(boxes)
               if not bounds.contains(box) or any(box.intersects(m) for m in markers)
               or any(box.intersects(other) for other in boxes[i + 1:]))


def around(point: QPointF, radius: float, size: QSizeF) -> Iterator[QPointF]:
    """Centres of a box of `size` beside a marker of `radius` at `point`: right, left, above,
    below, the four diagonals, then right and left slid up and down by half the box, then
    all of it further out (the usual order of cartographic name placement, after Imhof)."""
    half_w, half_h = size.width() / 2, size.height() / 2
    for extra in (0.0, size.height() / 2, size.height()):
        gap = radius + GAP + 1 + extra  # 1: boxes are rounded to whole pixels
        diagonal = gap / math.sqrt(2)
        for dx, dy in ((gap + half_w, 0.0), (-gap - half_w, 0.0), (0.0, -gap - half_h),
                       (0.0, gap + half_h), (diagonal + half_w, -diagonal - half_h),
                       (-diagonal - half_w, -diagonal - half_h),
                       (diagonal + half_w, diagonal + half_h),
                       (-diagonal - half_w, diagonal + half_h),
                       (gap + half_w, -half_h), (gap + half_w, half_h),
                       (-gap - half_w, -half_h), (-gap - half_w, half_h)):
            yield QPointF(point.x() + dx, point.y() + dy)


def spiral(anchor: QPointF, reach: float, step: float = STEP) -> Iterator[QPointF]:
    """Points on a grid of `step` pixels around `anchor`, ring by square ring (nearest first
    within a ring), out to `reach` pixels."""
    for ring in range(math.ceil(reach / step) + 1):
        for dx, dy in _ring(ring):
            yield QPointF(anchor.x() + dx * step, anchor.y() + dy * step)


@cache
def _ring(ring: int) -> tuple[tuple[int, int], ...]:
    """The grid offsets at Chebyshev distance `ring` from the origin, nearest first."""
    cells = {(dx, dy) for dx in range(-ring, ring + 1) for dy in (-ring, ring)}
    cells |= {(dx, dy) for dy in range(-ring, ring + 1) for dx in (-ring, ring)}
    return tuple(sorted(cells, key=lambda d: (d[0] ** 2 + d[1] ** 2, d[1], d[0])))
