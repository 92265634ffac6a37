"""Property tests: whatever a content file holds, the loader returns a bundle or a ContentError."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content import Bundle, ContentError, default_content_dir, load_bundle

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=20), st.dates())
documents = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=5),
    st.dictionaries(st.text(max_size=10), inner, max_size=5)), max_leaves=30)


@pytest.fixture(scope="module")
def bundle_dir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "bundle"
        shutil.copytree(default_content_dir(), target)
        yield target


def _load(directory: Path) -> None:
    try:
        result = load_bundle(directory)
    except ContentError as error:
        # The last line of a capped list counts the rest ("... and N more"): not a problem.
        shown = error.problems[:-1] if error.omitted else error.problems
        assert shown and all(p.file for p in shown)
    else:
        assert isinstance(result, Bundle)


def _restore(directory: Path, name: str) -> None:
    shutil.copy(default_content_dir() / name, directory / name)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=st.binary(max_size=400))
def test_any_bytes_as_a_language_file(bundle_dir: Path, raw: bytes) -> None:
    """Arbitrary bytes in a language file: a bundle or a ContentError naming a file."""
    (bundle_dir / "ru.yaml").write_bytes(raw)
    try:
        _load(bundle_dir)
    finally:
        _restore(bundle_dir, "ru.yaml")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=documents)
def test_any_yaml_document_as_bundle_yaml(bundle_dir: Path, document: object) -> None:
    """Any well-formed YAML document in bundle.yaml: a bundle or a ContentError."""
    (bundle_dir / "bundle.yaml").write_text(yaml.safe_dump(document), encoding="utf-8")
    try:
        _load(bundle_dir)
    finally:
        _restore(bundle_dir, "bundle.yaml")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(key=st.sampled_from(["office", "places", "countries", "priorities", "value"]),
       value=documents)
def test_one_section_replaced_by_anything(bundle_dir: Path, key: str, value: object) -> None:
    """A single section of the reference language replaced by any value."""
    reference = yaml.safe_load((default_content_dir() / "en.yaml").read_text(encoding="utf-8"))
    reference[key] = value
    (bundle_dir / "en.yaml").write_text(yaml.safe_dump(reference, allow_unicode=True),
                                        encoding="utf-8")
    try:
        _load(bundle_dir)
    finally:
        _restore(bundle_dir, "en.yaml")
