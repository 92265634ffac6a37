"""Each language's status in bundle.yaml: reviewed or draft, required, read from the model."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content import load_bundle
from kiosk.content.loader import default_content_dir
from kiosk.content.model import LANGUAGE_STATUSES
from tests.helpers import Run, edit, line_of, problems

SHIPPED = load_bundle(default_content_dir())


def status_line(bundle: Path, code: str) -> str:
    """The `status:` line of the language `code` in `bundle`'s bundle.yaml (its text)."""
    lines = (bundle / "bundle.yaml").read_text(encoding="utf-8").splitlines()
    start = lines.index(f"    - code: {code}")
    return next(line for line in lines[start + 1:] if line.strip().startswith("status:"))


@pytest.mark.parametrize("code", SHIPPED.languages)
def test_every_shipped_language_has_a_status(code: str) -> None:
    """The shipped bundle says of every language it offers whether it is reviewed or a draft,
    and the model gives that status by the language's code."""
    assert SHIPPED.language_status(code) in LANGUAGE_STATUSES
    assert status_line(default_content_dir(), code).strip() == \
        f"status: {SHIPPED.language_status(code)}"


def test_the_reference_language_is_reviewed() -> None:
    """The language every translation is made from is itself reviewed (a draft reference would
    make every language a draft)."""
    assert SHIPPED.language_status(SHIPPED.facts.bundle.reference_language) == "reviewed"


def test_a_language_marked_draft_is_draft(bundle_copy: Path) -> None:
    """Marking one language draft changes that language's status and no other's."""
    code = SHIPPED.languages[-1]
    line = status_line(bundle_copy, code)
    edit(bundle_copy / "bundle.yaml", f"file: {code}.yaml\n{line}",
         f"file: {code}.yaml\n      status: draft")
    bundle = load_bundle(bundle_copy)
    assert bundle.language_status(code) == "draft"
    assert [bundle.language_status(c) for c in bundle.languages if c != code] == \
        [SHIPPED.language_status(c) for c in SHIPPED.languages if c != code]


def test_unknown_language_has_no_status() -> None:
    """Asking for a language the bundle lacks is a KeyError, not a made-up status."""
    with pytest.raises(KeyError):
        SHIPPED.language_status("xx")


def test_missing_status_names_the_line_and_the_two_values(bundle_copy: Path) -> None:
    """A language entry without `status` is refused: bundle.yaml, the entry's line, its key,
    and the two values to choose from."""
    index = len(SHIPPED.languages) - 1
    code = SHIPPED.languages[index]
    line = status_line(bundle_copy, code)
    edit(bundle_copy / "bundle.yaml", f"file: {code}.yaml\n{line}\n", f"file: {code}.yaml\n")
    row = line_of(bundle_copy / "bundle.yaml", f"- code: {code}")
    assert problems(bundle_copy) == [
        f"bundle.yaml:{row}:7: bundle.languages[{index}]: missing key 'status' "
        "(one of: reviewed, draft)"]


@pytest.mark.parametrize("value", ["official", "Reviewed", "''", "yes", "[draft]"])
def test_unknown_status_is_refused_with_the_allowed_values(bundle_copy: Path,
                                                           value: str) -> None:
    """A status other than the two (a misspelling, another case, empty text, yes/no, a list)
    is refused at its own line and key, naming both allowed values."""
    code = SHIPPED.languages[0]
    line = status_line(bundle_copy, code)
    edit(bundle_copy / "bundle.yaml", line, f"      status: {value}")
    row = line_of(bundle_copy / "bundle.yaml", f"      status: {value}")
    [found] = problems(bundle_copy)
    assert found.startswith(f"bundle.yaml:{row}:15: bundle.languages[0].status: ")
    assert "one of: reviewed, draft" in found


def test_validate_refuses_a_bundle_without_status(bundle_copy: Path, run_kiosk: Run) -> None:
    """`kiosk validate` exits 1 on a bundle whose language has no status and prints why."""
    code = SHIPPED.languages[0]
    line = status_line(bundle_copy, code)
    edit(bundle_copy / "bundle.yaml", f"{line}\n", "")
    result = run_kiosk("validate", str(bundle_copy))
    assert result.returncode == 1
    assert "missing key 'status' (one of: reviewed, draft)" in result.stdout + result.stderr
