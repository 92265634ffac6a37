"""Search (issue 16): building a language's index and answering queries, on the shipped
bundle and on the 100x synthetic bundle of the loading section (tools/bench/loading.py)."""

from __future__ import annotations

import random
import re
import time
from pathlib import Path
from typing import Any

from kiosk.content import load_bundle
from kiosk.search import SearchIndex
from kiosk.search.passages import passages
from tools.bench.sandbox import ROOT, Sandbox, say
from tools.bench.stats import median

QUERIES = 300
"""Queries timed a language: words of its passages and the prefixes a visitor types on the
way to them (the field searches after each pause), two-word phrases, and words of no text."""
BUILD_REPEATS = 3


def _queries(texts: list[str], count: int, seed: int) -> list[str]:
    words = [w for text in texts for w in re.findall(r"\w{3,}", text)]
    chooser = random.Random(seed)
    out: list[str] = []
    while len(out) < count and words:
        word = chooser.choice(words)
        kind = len(out) % 4
        if kind == 0:
            out.append(word)
        elif kind == 1:
            out.append(word[:max(2, len(word) // 2)])  # half typed
        elif kind == 2:
            out.append(f"{word} {chooser.choice(words)}")
        else:
            out.append(word[::-1] + "qz")  # matches nothing: every passage scanned to the end
    return out


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure_bundle(folder: Path, queries: int = QUERIES,
                   repeats: int = BUILD_REPEATS) -> dict[str, float]:
    """{"build_ms": median build of the slowest language's index, "p95_ms": the 95th
    percentile of single searches over every language, "passages": the largest language's
    passage count} for the bundle in `folder`."""
    bundle = load_bundle(folder)
    builds, times, sizes = [], [], []
    for number, code in enumerate(bundle.languages):
        found = passages(bundle, code)
        sizes.append(len(found))
        runs = []
        for _ in range(repeats):
            started = time.perf_counter()
            index = SearchIndex(found)
            runs.append((time.perf_counter() - started) * 1000)
        builds.append(median(runs))
        for query in _queries([p.text for p in found], queries, number):
            started = time.perf_counter()
            index.search(query)
            times.append((time.perf_counter() - started) * 1000)
    return {"build_ms": round(max(builds), 2), "p95_ms": round(_p95(times), 2),
            "passages": max(sizes)}


def measure_search(sandbox: Sandbox, queries: int = QUERIES,
                   repeats: int = BUILD_REPEATS) -> dict[str, Any]:
    """search_ms_p95 and search_index_build_ms for 1x (the shipped content) and 100x; each
    language's index built `repeats` times, `queries` searched in it."""
    from tools.bench.loading import synthetic_bundle

    say("search: index build and query times, 1x and 100x bundles")
    source = ROOT / "data"
    folders = {"1x": source,
               "100x": synthetic_bundle(source, sandbox.root / "search-100x", 100)}
    results = {name: measure_bundle(folder, queries, repeats) for name, folder in folders.items()}
    return {"search_ms_p95": {name: r["p95_ms"] for name, r in results.items()},
            "search_index_build_ms": {name: r["build_ms"] for name, r in results.items()},
            "search_passages": {name: r["passages"] for name, r in results.items()}}
