"""Small hostile or mistaken inputs (issue 12): each ends in a `ContentError` that names the
file, line and key and says what to write, never in a traceback, a hang or a silent accept."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from kiosk.content import yaml_file
from tests.helpers import edit, line_of, problems


@pytest.fixture(params=["libyaml", "pure-python"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Each test with this fixture runs with the C parser and with PyYAML's pure-Python
    fallback (what a machine without libyaml uses)."""
    if request.param == "pure-python":
        monkeypatch.setattr(yaml_file, "_Loader", yaml.SafeLoader)
    elif not hasattr(yaml, "CSafeLoader"):
        pytest.skip("PyYAML was built without libyaml")
    yield request.param


@pytest.mark.parametrize("written", ["1993-02-30", "1993-13-01", "0000-12-20",
                                     "1993-12-20 25:00:00"])
def test_impossible_date_or_time_is_named(bundle_copy: Path, written: str) -> None:
    """A date the YAML resolver takes but the calendar has not: file, line, key, the fix."""
    path = bundle_copy / "bundle.yaml"
    edit(path, "date: 1993-12-20", f"date: {written}")
    line = line_of(path, f"date: {written}")
    found = problems(bundle_copy)
    assert any(p.startswith(f"bundle.yaml:{line}:") and "office.resolution.date:" in p
               and "YYYY-MM-DD" in p for p in found), found


@pytest.mark.parametrize(("old", "key"), [("established: 2008", "office.established"),
                                          ("lat: 42.87", "places[0].lat")])
def test_integer_beyond_pythons_digit_limit_is_named(bundle_copy: Path, old: str,
                                                     key: str) -> None:
    """A whole number of 5,000 digits (more than Python's int_max_str_digits, 4,300)."""
    path = bundle_copy / "bundle.yaml"
    name = old.split(":")[0]
    edit(path, old, f"{name}: {'7' * 5000}")
    line = line_of(path, f"{name}: 777")
    found = problems(bundle_copy)
    assert any(p.startswith(f"bundle.yaml:{line}:") and f"{key}:" in p and "digits" in p
               and len(p) < 300 for p in found), found


def test_bundle_file_as_a_fifo_is_refused_without_waiting(bundle_copy: Path) -> None:
    """A named pipe as bundle.yaml would block a plain open() forever."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    (bundle_copy / "bundle.yaml").unlink()
    os.mkfifo(bundle_copy / "bundle.yaml")
    assert any(p.startswith("bundle.yaml:") and "not a regular file" in p
               for p in problems(bundle_copy))


def test_bundle_file_as_a_directory_is_refused(bundle_copy: Path) -> None:
    (bundle_copy / "bundle.yaml").unlink()
    (bundle_copy / "bundle.yaml").mkdir()
    assert any(p.startswith("bundle.yaml:") and "not a regular file" in p
               for p in problems(bundle_copy))


def test_bundle_file_linked_to_dev_zero_is_refused(bundle_copy: Path) -> None:
    """/dev/zero has a size of 0 for stat and never ends when read."""
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    (bundle_copy / "bundle.yaml").unlink()
    (bundle_copy / "bundle.yaml").symlink_to("/dev/zero")
    assert any(p.startswith("bundle.yaml:") for p in problems(bundle_copy))


def test_bundle_file_linked_out_of_the_bundle_is_refused(bundle_copy: Path,
                                                         tmp_path: Path) -> None:
    """bundle.yaml follows the language files' rule: a file inside the bundle directory."""
    outside = tmp_path / "elsewhere.yaml"
    shutil.move(bundle_copy / "bundle.yaml", outside)
    (bundle_copy / "bundle.yaml").symlink_to(outside)
    assert any(p.startswith("bundle.yaml:") and "outside the bundle" in p
               for p in problems(bundle_copy))


def test_oversized_bundle_file_is_refused(bundle_copy: Path) -> None:
    path = bundle_copy / "bundle.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "#" * (yaml_file.MAX_FILE_BYTES + 1),
                    encoding="utf-8")
    assert any(p.startswith("bundle.yaml:") and "bytes" in p for p in problems(bundle_copy))


@pytest.mark.parametrize("name", ["bundle.yaml", "en.yaml", "ru.yaml"])
def test_deep_nesting_is_refused_with_either_parser(bundle_copy: Path, parser: str,
                                                    name: str) -> None:
    """`[[[[...` 1,000 deep in a 2 KB file: PyYAML's composer recursed once per level."""
    (bundle_copy / name).write_text("[" * 1000 + "]" * 1000 + "\n", encoding="utf-8")
    assert any(p.startswith(f"{name}:1:") and "nested more than" in p
               for p in problems(bundle_copy))


def test_control_characters_in_a_key_are_escaped(bundle_copy: Path) -> None:
    """A quoted key holding a newline or a terminal escape cannot forge a line or clear the
    operator's terminal: it is shown escaped."""
    path = bundle_copy / "ru.yaml"
    edit(path, "language:\n", 'language:\n  "x\\nbundle.yaml:1:1: forged\\e[2J": 1\n')
    found = problems(bundle_copy)
    assert all("\n" not in p and "\x1b" not in p for p in found), found
    assert any(p.startswith("ru.yaml:") and "x\\nbundle.yaml:1:1: forged\\x1b[2J" in p
               for p in found), found


def test_raw_control_character_is_reported_with_its_line(bundle_copy: Path,
                                                         parser: str) -> None:
    """Both parsers' positions (libyaml's in UTF-8 bytes) become the character's line."""
    path = bundle_copy / "ru.yaml"
    edit(path, "  welcome: >-", "  welcome: >-\n    bell \x07 here")
    line = line_of(path, "bell \x07")
    found = problems(bundle_copy)
    assert any(p.startswith(f"ru.yaml:{line}:") and "U+0007" in p for p in found), found


def test_every_file_is_checked_when_bundle_yaml_fails_its_schema(bundle_copy: Path) -> None:
    """One bad value in bundle.yaml still lets the language files be checked."""
    edit(bundle_copy / "bundle.yaml", 'version: "2026.11.1"', "version: 2026.11")
    edit(bundle_copy / "ru.yaml", "  welcome: >-", "  welcom: typo\n  welcome: >-")
    found = problems(bundle_copy)
    assert any(p.startswith("bundle.yaml:") and "bundle.version" in p for p in found)
    assert any(p.startswith("ru.yaml:") and "office.welcom" in p for p in found), found


def test_every_file_is_checked_when_bundle_yaml_is_not_yaml(bundle_copy: Path) -> None:
    """bundle.yaml that does not even parse: the language files next to it are checked."""
    (bundle_copy / "bundle.yaml").write_text("bundle: [unclosed\n", encoding="utf-8")
    edit(bundle_copy / "ar.yaml", "  welcome: >-", "  welcom: typo\n  welcome: >-")
    found = problems(bundle_copy)
    assert any(p.startswith("bundle.yaml:") and "not valid YAML" in p for p in found)
    assert any(p.startswith("ar.yaml:") and "office.welcom" in p for p in found), found


@pytest.mark.parametrize("name", ["en.yaml", "./en.yaml", "bundle.yaml"])
def test_a_language_may_not_use_another_files(bundle_copy: Path, name: str) -> None:
    """`ru` pointing at en.yaml would show Russian visitors English."""
    edit(bundle_copy / "bundle.yaml", "file: ru.yaml", f"file: {name}")
    found = problems(bundle_copy)
    assert any(p.startswith("bundle.yaml:") and "bundle.languages.ru.file" in p
               and "its own file" in p for p in found), found


def test_a_language_file_linked_to_another_is_refused(bundle_copy: Path) -> None:
    (bundle_copy / "ru.yaml").unlink()
    (bundle_copy / "ru.yaml").symlink_to("en.yaml")
    assert any("bundle.languages.ru.file" in p and "its own file" in p
               for p in problems(bundle_copy))


def test_an_anchor_without_an_alias_is_refused(bundle_copy: Path, parser: str) -> None:
    """The format refuses anchors, used or not."""
    path = bundle_copy / "bundle.yaml"
    edit(path, "id: ohchr-roca", "id: &office ohchr-roca")
    line = line_of(path, "&office")
    assert any(p.startswith(f"bundle.yaml:{line}:") and "anchors" in p
               for p in problems(bundle_copy))


def test_a_country_code_outside_iso_3166_is_refused(bundle_copy: Path) -> None:
    """XX (user-assigned, no country) everywhere KZ was: only the country code is wrong."""
    for path in bundle_copy.glob("*.yaml"):
        path.write_text(path.read_text(encoding="utf-8").replace("KZ", "XX"), encoding="utf-8")
    found = problems(bundle_copy)
    assert found and all("'XX' is not an ISO 3166-1 country code" in p for p in found), found


def test_problems_are_capped(bundle_copy: Path) -> None:
    """Thousands of duplicate keys give the first 100 problems and a count of the rest."""
    lines = "".join(f"  k{i % 7}: x\n" for i in range(60_000))
    for name in ("ar.yaml", "en.yaml", "ru.yaml"):
        edit(bundle_copy / name, "language:\n", "language:\n" + lines)
    found = problems(bundle_copy)
    assert len(found) == 101, len(found)
    assert "more problems not shown" in found[-1]
    assert sum(len(p) for p in found) < 100 * 1000
