"""The suite's log rule (tests/conftest.py): a Python log record at WARNING or above fails the
test that caused it, unless the test's `log_expected` marker names it."""

from __future__ import annotations

import os

import pytest

from tests.helpers import ROOT

pytest_plugins = ["pytester"]

INNER_TESTS = '''
import logging

import pytest

from kiosk import logs

log = logging.getLogger("kiosk.somewhere")


def test_stray_warning():
    log.warning("a stray warning")


def test_stray_error_under_caplog(caplog):
    with caplog.at_level(logging.INFO):
        log.error("an error caplog also sees")


@pytest.mark.log_expected("on purpose")
def test_expected_warning():
    log.warning("provoked on purpose")


@pytest.mark.log_expected("on purpose")
def test_other_warning_than_expected():
    log.warning("provoked on purpose")
    log.warning("and another one")


@pytest.mark.log_expected()
def test_marker_without_pattern():
    pass


def test_info_is_fine():
    log.info("just saying")


def test_warning_after_the_kiosk_sets_up_logging(tmp_path):
    logs.setup_logging(tmp_path / "kiosk.log")
    log.warning("after setup_logging")
'''


def test_unexpected_records_fail_and_expected_ones_pass(pytester: pytest.Pytester,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in a pytest of its own with the suite's conftest: each stray record fails its test
    (caplog in use, or after kiosk.logs.setup_logging replaced the root's handlers, included),
    and so does a marker without a pattern; a record the marker names and an INFO record do
    not."""
    pytester.makepyfile(test_inner=INNER_TESTS)
    pytester.makeini("[pytest]\nqt_api = pyside6\n")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    result = pytester.runpytest_subprocess("-p", "tests.conftest", "-p", "no:cacheprovider",
                                           "-rfE", timeout=120)
    failed = {line.split("::")[1].split()[0] for line in result.outlines
              if line.startswith(("ERROR test_inner.py::", "FAILED test_inner.py::"))}
    assert failed == {"test_stray_warning", "test_stray_error_under_caplog",
                      "test_other_warning_than_expected", "test_marker_without_pattern",
                      "test_warning_after_the_kiosk_sets_up_logging"}, result.stdout.str()
    # Seven tests: six run (a record fails a test at its tear-down) and the marker without a
    # pattern stops its test at set-up.
    assert result.parseoutcomes() == {"passed": 6, "errors": 5}
    result.stdout.fnmatch_lines(["*WARNING kiosk.somewhere: a stray warning*"])
    result.stdout.fnmatch_lines(["*WARNING kiosk.somewhere: and another one*"])
    result.stdout.fnmatch_lines(["*WARNING kiosk.somewhere: after setup_logging*"])
