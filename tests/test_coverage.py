"""`kiosk validate --coverage`: each language's status, translated / stale / missing texts and
interface catalogue, as an editor reads it; a missing text fails, a stale one warns."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kiosk.__main__ import main
from kiosk.content import default_content_dir, load_bundle
from kiosk.translation.catalogue import INTERFACE_SOURCE, catalogue
from tests.helpers import edit


def languages(bundle: Path) -> tuple[str, list[str]]:
    """The reference language of the bundle and its other languages, from bundle.yaml."""
    info = load_bundle(bundle).facts.bundle
    return info.reference_language, [lang.code for lang in info.languages
                                     if lang.code != info.reference_language]


def coverage(directory: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """The exit code and the output (stdout) of `kiosk validate DIR --coverage`."""
    capsys.readouterr()
    code = main(["validate", str(directory), "--coverage"])
    return code, capsys.readouterr().out


def all_current(bundle: Path) -> None:
    """Record every translation of the bundle as made from today's reference texts, so a
    test starts from fully translated content whatever records the copy came with."""
    for code in languages(bundle)[1]:
        assert main(["translate", "mark-current", code, "--content", str(bundle)]) == 0


def line_of(output: str, code: str) -> str:
    """The coverage line of language `code`."""
    return next(line for line in output.splitlines() if line.startswith(f"  {code} ("))


def test_shipped_bundle_is_fully_translated(capsys: pytest.CaptureFixture[str]) -> None:
    """On the shipped bundle every language is listed with its status, none has a stale or
    missing text, and each interface catalogue is complete and compiled."""
    bundle = load_bundle(default_content_dir())
    status, output = coverage(default_content_dir(), capsys)
    assert status == 0, output
    reference = bundle.facts.bundle.reference_language
    for code in bundle.languages:
        line = line_of(output, code)
        assert line.startswith(f"  {code} ({bundle.language_status(code)}): ")
        if code == reference:
            assert "the reference language" in line
        else:
            assert ", 0 stale, 0 missing;" in line, line
        assert "unfinished" not in line or " 0 unfinished" in line, line
        assert "stale (run" not in line and "no kiosk_" not in line, line
    assert "warning:" not in output and "error:" not in output


def test_a_missing_and_a_stale_text(bundle_copy: Path, capsys: pytest.CaptureFixture[str]
                                    ) -> None:
    """A text one language lacks is an error (exit 1) named by its key; a reference text
    changed since the translations were made makes that entry stale in every other language,
    a warning (exit 0 when it is the only thing wrong), with the command that shows it to
    the translator."""
    reference, others = languages(bundle_copy)
    all_current(bundle_copy)
    edit(bundle_copy / f"{reference}.yaml", "presence in Dushanbe.",
         "presence in Dushanbe, its capital.")
    status, output = coverage(bundle_copy, capsys)
    assert status == 0
    total = int(line_of(output, reference).split("(")[2].split()[0])
    for code in others:
        assert f"{total - 1} translated, 1 stale, 0 missing" in line_of(output, code)
        assert "warning: stale: countries.TJ.role" in output
        assert f"kiosk translate export {code}" in output

    lacking = others[-1]
    text = (bundle_copy / f"{lacking}.yaml").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    osh = next(i for i, line in enumerate(lines) if line.startswith("  osh:"))
    (bundle_copy / f"{lacking}.yaml").write_text("".join(lines[:osh] + lines[osh + 1:]),
                                                 encoding="utf-8")
    status, output = coverage(bundle_copy, capsys)
    assert status == 1
    assert f"{total - 2} translated, 1 stale, 1 missing" in line_of(output, lacking)
    assert "error: missing: places.osh" in output


def test_a_missing_list_item_is_an_error_the_loader_lets_pass(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A text page's bulleted list shorter in one language than in the reference loads (the
    loader compares mappings, not list lengths), but coverage names the missing item and
    fails (another office's bundle, tests/data/other-office)."""
    bundle = tmp_path / "other-office"
    shutil.copytree(Path(__file__).parent / "data" / "other-office", bundle)
    reference, others = languages(bundle)
    lacking = others[0]
    reference_texts = load_bundle(bundle).texts[reference]
    page, blocks = next(iter(reference_texts.pages.items()))
    index, block = next((i, b) for i, b in enumerate(blocks) if len(b.items) > 1)
    own = load_bundle(bundle).texts[lacking].pages[page][index].items[-1]
    text = (bundle / f"{lacking}.yaml").read_text(encoding="utf-8")
    (bundle / f"{lacking}.yaml").write_text(
        "".join(line for line in text.splitlines(keepends=True) if own not in line),
        encoding="utf-8")
    load_bundle(bundle)  # still valid content
    status, output = coverage(bundle, capsys)
    assert status == 1
    assert f"error: missing: pages.{page}[{index}].items[{len(block.items) - 1}]" in output
    assert ", 1 missing;" in line_of(output, lacking)


def test_a_translation_with_no_record_is_stale_until_marked(
        bundle_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A language with no record of the reference texts it was made from (a translation made
    outside the PO workflow) has every text stale, with the command to run once it has been
    checked; after `kiosk translate mark-current` it has none."""
    _, others = languages(bundle_copy)
    code = others[0]
    shutil.rmtree(bundle_copy / "translated-from", ignore_errors=True)
    _, output = coverage(bundle_copy, capsys)
    assert " 0 translated, " in line_of(output, code)
    assert f"run kiosk translate mark-current {code}" in output
    assert main(["translate", "mark-current", code, "--content", str(bundle_copy)]) == 0
    _, output = coverage(bundle_copy, capsys)
    assert ", 0 stale, 0 missing;" in line_of(output, code)


def test_a_text_revised_by_hand_is_marked_alone(bundle_copy: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """After two reference texts change, marking one key of a language (its translation
    revised in the YAML file) leaves the other stale and every other record as it was; an
    unknown key is refused with the language file and the key."""
    reference, others = languages(bundle_copy)
    all_current(bundle_copy)
    edit(bundle_copy / f"{reference}.yaml", "presence in Dushanbe.",
         "presence in Dushanbe, its capital.")
    edit(bundle_copy / f"{reference}.yaml", "Touch the screen to start", "Touch to start")
    code = others[0]
    assert main(["translate", "mark-current", code, "countries.TJ.role",
                 "--content", str(bundle_copy)]) == 0
    status, output = coverage(bundle_copy, capsys)
    assert status == 0
    assert ", 1 stale, 0 missing;" in line_of(output, code)
    assert output.split(f"  {code} (")[1].split("\n")[1] == "    warning: stale: attract.invitation"
    assert main(["translate", "mark-current", code, "countries.XX.role",
                 "--content", str(bundle_copy)]) == 1
    assert f"{code}.yaml: countries.XX.role: is not a text" in capsys.readouterr().err


def test_a_damaged_record_is_a_problem(bundle_copy: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """A provenance record that is not what `kiosk translate` writes is reported with its
    file and line and what to run (exit 1); its language counts as stale."""
    _, others = languages(bundle_copy)
    code = others[0]
    assert main(["translate", "mark-current", code, "--content", str(bundle_copy)]) == 0
    record = bundle_copy / "translated-from" / f"{code}.json"
    record.write_text(record.read_text(encoding="utf-8").replace('",\n', '"\n', 3),
                      encoding="utf-8")
    status, output = coverage(bundle_copy, capsys)
    assert status == 1
    assert f"translated-from/{code}.json:3:" in output and "is not valid JSON" in output
    assert f"kiosk translate mark-current {code}" in output


def test_interface_catalogue_state(tmp_path: Path) -> None:
    """The interface catalogue: the source language needs none; a .ts counts its finished and
    unfinished messages; a .qm that lacks a translated text is stale, and a missing one is
    said; either makes the catalogue incomplete."""
    assert catalogue(INTERFACE_SOURCE).describe() == "the interface's source language"
    _, others = languages(default_content_dir())
    code = others[0]
    shipped = catalogue(code)
    assert shipped.complete and shipped.finished and not shipped.unfinished
    for suffix in (".ts", ".qm"):
        shutil.copy(shipped_path(code, suffix), tmp_path / f"kiosk_{code}{suffix}")
    assert catalogue(code, tmp_path) == shipped
    ts = tmp_path / f"kiosk_{code}.ts"
    text = ts.read_text(encoding="utf-8")
    start = text.index("<translation>") + len("<translation>")
    ts.write_text(text[:start] + "X" + text[start:].replace(
        "<translation>", '<translation type="unfinished">', 1), encoding="utf-8")
    changed = catalogue(code, tmp_path)
    assert (changed.finished, changed.unfinished) == (shipped.finished - 1, 1)
    assert changed.qm == "stale" and not changed.complete
    assert f"kiosk_{code}.qm stale" in changed.describe()
    (tmp_path / f"kiosk_{code}.qm").unlink()
    assert catalogue(code, tmp_path).qm == "missing"
    assert f"no kiosk_{code}.qm" in catalogue(code, tmp_path).describe()


def shipped_path(code: str, suffix: str) -> Path:
    from kiosk.paths import bundled

    return bundled("translations") / f"kiosk_{code}{suffix}"


def test_the_interface_source_is_the_one_i18n_uses() -> None:
    """Coverage names the interface's source language as kiosk.i18n does (two constants: the
    coverage imports no Qt)."""
    from kiosk.i18n import SOURCE_LANGUAGE

    assert INTERFACE_SOURCE == SOURCE_LANGUAGE


def test_record_keeps_reference_order(bundle_copy: Path) -> None:
    """mark-current writes every text of the language, keyed as in the reference file."""
    reference, others = languages(bundle_copy)
    assert main(["translate", "mark-current", others[0], "--content", str(bundle_copy)]) == 0
    record = json.loads((bundle_copy / "translated-from" / f"{others[0]}.json").read_text(
        encoding="utf-8"))
    assert record["language"] == others[0] and record["reference_language"] == reference
    keys = list(record["made_from"])
    assert keys[0] == "language.name" and "countries.TJ.role" in keys
    assert record["made_from"]["language.name"] == load_bundle(bundle_copy).texts[
        reference].language.name


def test_operators_see_stale_and_missing_counts(bundle_copy: Path, tmp_path: Path) -> None:
    """The operator's diagnostics page gives each language's stale and missing counts beside
    its status, then its interface catalogue's state."""
    from kiosk import diagnostics

    reference, others = languages(bundle_copy)
    all_current(bundle_copy)
    edit(bundle_copy / f"{reference}.yaml", "presence in Dushanbe.",
         "presence in Dushanbe, its capital.")
    bundle = load_bundle(bundle_copy)
    text = diagnostics.report(bundle, tmp_path / "settings.yaml", [], None)
    for code in others:
        line = next(line for line in text.splitlines() if line.startswith(f"  {code}: "))
        assert "; 1 stale, 0 missing; interface " in line, line
    assert next(line for line in text.splitlines()
                if line.startswith(f"  {reference}: ")).endswith("; the reference language")


def test_the_records_ship_with_the_app() -> None:
    """Every provenance record of the shipped bundle is package data of the wheel (an
    installed kiosk's diagnostics count stale texts from them)."""
    import fnmatch
    import tomllib

    from tests.helpers import ROOT

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["kiosk.data"]
    records = sorted((ROOT / "data" / "translated-from").glob("*"))
    assert records
    for record in records:
        name = record.relative_to(ROOT / "data").as_posix()
        assert any(fnmatch.fnmatch(name, pattern) for pattern in patterns), name


def test_a_bundle_that_cannot_be_counted_says_so_once(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Where bundle.yaml cannot be read, coverage adds no second copy of the problem that
    validation printed, says nothing can be counted, and fails."""
    status, output = coverage(tmp_path / "nowhere", capsys)
    assert status == 1
    assert output.count("bundle.yaml: cannot be read") == 1
    assert "nothing can be counted" in output
