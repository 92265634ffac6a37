"""The validated bundle's cache (kiosk.content.cache): the same bundle as the files give, read
without them when nothing changed, and never trusted over them."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from kiosk.content import ContentError, default_content_dir, load_bundle
from kiosk.content.cache import CACHE_FILE, cached_bundle
from kiosk.content.model import Bundle
from tests.helpers import edit


@pytest.fixture
def bundle_dir(tmp_path: Path) -> Path:
    """A copy of the shipped bundle, free to edit."""
    return Path(shutil.copytree(default_content_dir(), tmp_path / "bundle"))


class CountingLoad:
    """load_bundle, counting how often the files are read and checked."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, directory: Path) -> Bundle:
        self.calls += 1
        return load_bundle(directory)


def test_an_unchanged_bundle_comes_from_the_cache_as_the_files_give_it(
        bundle_dir: Path, tmp_path: Path) -> None:
    """The second start reads no YAML and gets a bundle equal to the one the files give."""
    load = CountingLoad()
    first = cached_bundle(bundle_dir, tmp_path / "cache", load)
    second = cached_bundle(bundle_dir, tmp_path / "cache", load)
    assert load.calls == 1
    assert second == first == load_bundle(bundle_dir)
    assert second.directory == bundle_dir


def test_an_edited_text_is_shown_not_the_cached_one(bundle_dir: Path, tmp_path: Path) -> None:
    """Changing letters of one language file is seen at the next start, even when the file
    keeps its size and time (a copy that preserves times)."""
    cached_bundle(bundle_dir, tmp_path / "cache", load_bundle)
    english = load_bundle(bundle_dir).texts["en"].office.name
    path = bundle_dir / "en.yaml"
    times = path.stat().st_atime_ns, path.stat().st_mtime_ns
    edit(path, english, english.swapcase())
    os.utime(path, ns=times)
    bundle = cached_bundle(bundle_dir, tmp_path / "cache", load_bundle)
    assert bundle.texts["en"].office.name == english.swapcase()


def test_a_bundle_broken_after_caching_is_refused(bundle_dir: Path, tmp_path: Path) -> None:
    """A good bundle in the cache does not hide the problems its files have now."""
    cached_bundle(bundle_dir, tmp_path / "cache", load_bundle)
    edit(bundle_dir / "ru.yaml", "\nlanguage:", "\nlanguagX:")  # same size, a wrong key
    with pytest.raises(ContentError) as refused:
        cached_bundle(bundle_dir, tmp_path / "cache", load_bundle)
    assert any(problem.file == "ru.yaml" for problem in refused.value.problems)


@pytest.mark.parametrize("damage", ["truncated", "wrong type", "unknown field"])
def test_a_damaged_cache_is_not_used(bundle_dir: Path, tmp_path: Path, damage: str) -> None:
    """A cache file cut short, or whose data do not fit the model (a number where a text
    goes, a field the model lacks), under the right key, is ignored and rewritten."""
    cache = tmp_path / "cache"
    good = cached_bundle(bundle_dir, cache, load_bundle)
    path = cache / CACHE_FILE
    if damage == "truncated":
        path.write_bytes(path.read_bytes()[:1000])
    else:
        stored = json.loads(path.read_text(encoding="utf-8"))
        office = stored["bundle"]["texts"]["en"]["office"]
        if damage == "wrong type":
            office["name"] = 42
        else:
            office["motto"] = "not in the model"
        path.write_text(json.dumps(stored), encoding="utf-8")
    load = CountingLoad()
    assert cached_bundle(bundle_dir, cache, load) == good
    assert load.calls == 1
    cached_bundle(bundle_dir, cache, load)
    assert load.calls == 1  # rewritten: the next start hits it


def test_a_cache_folder_that_cannot_be_written_only_means_no_cache(
        bundle_dir: Path, tmp_path: Path) -> None:
    """Where the cache's folder cannot be made (a file is in the way), the bundle loads."""
    blocked = tmp_path / "blocked"
    blocked.write_text("a file, not a folder", encoding="utf-8")
    assert cached_bundle(bundle_dir, blocked / "cache", load_bundle) == load_bundle(bundle_dir)
