"""The benchmark (tools/bench): its figure list is whole and its cheapest parts produce it."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path
from typing import get_args

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.content import Bundle, load_bundle
from tools.bench.cli import missing_figures, sections
from tools.bench.figures import FIGURES, Section, Unit, verdicts
from tools.bench.plan import QUICK
from tools.bench.sandbox import ROOT, Sandbox, make_sandbox
from tools.bench.startup import time_first_frame
from tools.bench.switching import measure_in_process

TINY = dataclasses.replace(QUICK, first_visit_windows=1, switch_rounds=1, nav_rounds=1,
                           soak_cycles=13, soak_warmup_cycles=13, load_repeats=(1, 1, 1))
"""Less than --quick: every figure once, in seconds."""


@pytest.fixture
def bundle() -> Bundle:
    return load_bundle(ROOT / "data")


@pytest.fixture
def sandbox(tmp_path: Path, bundle: Bundle) -> Sandbox:
    return make_sandbox(tmp_path, False, bundle)


def test_every_figure_has_one_key_and_a_unit() -> None:
    """Each line of the table is a distinct figure with a unit the report knows."""
    keys = [figure.key for figure in FIGURES]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    assert [f.key for f in FIGURES if f.unit not in get_args(Unit)] == []


def test_every_figure_comes_from_a_section_that_runs(sandbox: Sandbox, bundle: Bundle) -> None:
    """A figure (and so each target) names a section the run has, and every section runs."""
    run = list(sections(QUICK, sandbox, bundle))
    assert [f.key for f in FIGURES if f.section not in run] == []
    assert sorted(run) == sorted(get_args(Section))
    assert {f.section for f in FIGURES} == set(run)


def test_a_missing_figure_is_reported_and_has_no_verdict() -> None:
    """An empty result lacks every figure, and no target claims to hold or miss on it."""
    assert missing_figures({}, {"loading"}) == [f.key for f in FIGURES if f.section == "loading"]
    assert {v["holds"] for v in verdicts({}).values()} == {None}
    assert set(verdicts({})) == {f.key for f in FIGURES if f.target is not None}


def test_loading_produces_its_figures(sandbox: Sandbox, bundle: Bundle) -> None:
    """The loading section gives every loading figure, on bundles about 10x and 100x larger."""
    result = sections(TINY, sandbox, bundle)["loading"]()
    assert result is not None
    assert missing_figures(result, {"loading"}) == []
    sizes = result["load_bytes"]
    for scale in (10, 100):
        assert abs(sizes[f"{scale}x"] / sizes["1x"] / scale - 1) <= 0.1, sizes


@pytest.mark.log_expected("no operator PIN is set")
def test_in_process_produces_its_figures(qapp: QApplication, sandbox: Sandbox,
                                         bundle: Bundle) -> None:
    """Windows in this process: every switch, navigation and soak figure, every step painted,
    and every screen switched through each of the bundle's languages."""
    result = measure_in_process(qapp, sandbox, TINY)
    assert missing_figures(result, {"in-process"}) == []
    assert result["paint_check"]["steps"] > 0
    assert result["paint_check"]["steps_without_paint"] == 0, result["paint_check"]
    screens = len(result["lang_switch_ms_by_screen"])
    assert result["samples"]["lang_switch"] == screens * len(bundle.languages)
    assert result["soak_cycles"] == TINY.soak_cycles


def test_the_probe_reports_a_bare_window_first_frame(sandbox: Sandbox) -> None:
    """tools/bench/probe.py, run by path in a fresh process, prints its first frame."""
    frame = time_first_frame(sandbox, "bare")
    assert frame.seconds > 0
    assert frame.peak_rss_mb > 10  # a PySide6 process: tens of MB


def test_bench_runs_as_documented() -> None:
    """`python tools/bench.py --help` works from anywhere and offers --quick and --json."""
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "bench.py"), "--help"],
                          capture_output=True, text=True, timeout=60, cwd="/")
    assert done.returncode == 0, done.stderr
    assert "--quick" in done.stdout and "--json" in done.stdout
