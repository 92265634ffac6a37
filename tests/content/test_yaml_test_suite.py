"""Every case of the YAML test suite (tests/data/yaml-test-suite, MIT), put in place of
bundle.yaml, of the reference language file and of another language file, with libyaml and
with the pure-Python parser: the loader answers with a `ContentError` naming that file, and
never with another exception (2,412 loads, ~25 s on a 2-core machine)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from kiosk.content import ContentError, default_content_dir, load_bundle, yaml_file

SUITE = Path(__file__).parent.parent / "data" / "yaml-test-suite"
CASES = sorted(SUITE.glob("**/in.yaml"))


def test_the_suite_is_vendored() -> None:
    """The cases are there (402 in.yaml files of the data branch), with their licence."""
    assert len(CASES) >= 400
    assert "MIT License" in (SUITE / "License").read_text(encoding="utf-8")


@pytest.mark.parametrize("parser", ["libyaml", "pure-python"])
@pytest.mark.parametrize("name", ["bundle.yaml", "en.yaml", "ru.yaml"])
def test_every_case_is_a_content_error_naming_the_file(tmp_path: Path, name: str, parser: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    if parser == "pure-python":
        monkeypatch.setattr(yaml_file, "_Loader", yaml.SafeLoader)
    elif not hasattr(yaml, "CSafeLoader"):
        pytest.skip("PyYAML was built without libyaml")
    bundle = tmp_path / "bundle"
    shutil.copytree(default_content_dir(), bundle)
    _keep_only(bundle, {"ar", "en", "ru"})
    assert max(case.stat().st_size for case in CASES) < yaml_file.MAX_FILE_BYTES
    wrong: list[str] = []
    for case in CASES:
        (bundle / name).write_bytes(case.read_bytes())
        label = case.parent.relative_to(SUITE).as_posix()
        try:
            load_bundle(bundle)
        except ContentError as error:
            if not any(problem.file == name for problem in error.problems):
                wrong.append(f"{label}: no problem names {name}: {error}")
        except Exception as error:
            wrong.append(f"{label}: {type(error).__name__}: {error}")
        else:
            wrong.append(f"{label}: accepted")
    assert not wrong, "\n".join(wrong)


def _keep_only(bundle: Path, codes: set[str]) -> None:
    """The bundle with only the languages `codes` (the default, the reference and the file
    the cases go into): what is checked is how a broken file is reported, which the other
    languages do not change, and each of the 402 cases loads every language the bundle has."""
    path = bundle / "bundle.yaml"
    text = path.read_text(encoding="utf-8")
    for language in load_bundle(bundle).facts.bundle.languages:
        if language.code not in codes:
            entry = (f"    - code: {language.code}\n      file: {language.file}\n"
                     f"      status: {language.status}\n")
            assert entry in text, f"the entry of {language.code} moved in bundle.yaml"
            text = text.replace(entry, "")
            (bundle / language.file).unlink()
    path.write_text(text, encoding="utf-8")
    assert load_bundle(bundle).languages == tuple(c for c in ("ar", "en", "ru") if c in codes)

