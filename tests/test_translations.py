"""The Qt Linguist files: complete, in step with the code, and compiled into current .qm files."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.content import default_content_dir, load_bundle
from tools import update_translations as tr

TS_FILES = sorted(tr.TRANSLATIONS.glob("kiosk_*.ts"))


def messages(ts: Path) -> dict[tuple[str, str], ET.Element | None]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name", ""), msg.findtext("source", "")): msg.find("translation")
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def test_every_content_language_but_the_source_has_a_ts_file() -> None:
    """Adding a language means adding its .ts: each non-English language of the bundle has one."""
    languages = set(load_bundle(default_content_dir()).languages) - {"en"}
    assert {ts.stem.removeprefix("kiosk_") for ts in TS_FILES} == languages


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated(ts: Path) -> None:
    """No message is left unfinished or empty, each plural form included."""
    def done(translation: ET.Element | None) -> bool:
        if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                              "obsolete"):
            return False
        forms = translation.findall("numerusform")
        texts = [f.text for f in forms] if forms else [translation.text]
        return all((text or "").strip() for text in texts)

    untranslated = [source for (_, source), translation in messages(ts).items()
                    if not done(translation)]
    assert not untranslated


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_ts_is_in_step_with_the_code(ts: Path, tmp_path: Path) -> None:
    """lupdate over the sources finds no string that the .ts lacks, and none it has extra."""
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    subprocess.run([tr.tool("lupdate"), "-no-obsolete", "-locations", "none", "-silent",
                    *tr.sources(), "-ts", str(copy)], cwd=tr.ROOT, check=True)
    assert set(messages(copy)) == set(messages(ts)), "run: python tools/update_translations.py"


def test_qm_files_are_current(tmp_path: Path) -> None:
    """The committed .qm files are exactly what lrelease makes of the .ts files."""
    for fresh in tr.release(tmp_path):
        committed = tr.TRANSLATIONS / fresh.name
        assert committed.exists(), f"{committed.name} is missing; run tools/update_translations.py"
        assert committed.read_bytes() == fresh.read_bytes(), \
            f"{committed.name} is stale; run: python tools/update_translations.py --release"
