"""The content loader: the shipped bundle loads; every kind of bad input is named precisely."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.content import default_content_dir, load_bundle
from kiosk.content.yaml_file import MAX_FILE_BYTES
from tests.helpers import edit, line_of, problems


def test_shipped_bundle_loads() -> None:
    """The bundled content is valid, has the reviewed Arabic, English and Russian text and
    every language bundle.yaml names, each with the same countries."""
    bundle = load_bundle(default_content_dir())
    assert {"ar", "en", "ru"} <= set(bundle.languages)
    assert all(set(bundle.texts[code].countries) == {"KZ", "KG", "TJ", "TM", "UZ"}
               for code in bundle.languages)
    assert bundle.texts["ar"].countries["KG"].name == "قيرغيزستان"
    assert bundle.texts["ru"].countries["KZ"].name == "Казахстан"
    assert bundle.facts.office.resolution.number == "48/141"
    assert [n.id for n in bundle.facts.editorial_notes] == ["resolution-48-141", "astana"]


@pytest.mark.parametrize("code", ["ar", "en", "ru"])
def test_corrections_are_applied_in_every_language(code: str) -> None:
    """48/141 (not 48/142) and Astana (not Nur-Sultan) in every language's text."""
    text = (default_content_dir() / f"{code}.yaml").read_text(encoding="utf-8")
    assert "48/141" in text and "48/142" not in text
    assert not any(old in text for old in ("Nur-Sultan", "Нур-Султан", "نور سلطان"))


def test_unknown_key_is_named_with_file_and_line(bundle_copy: Path) -> None:
    """A key the format does not know is an error at its own line."""
    path = bundle_copy / "en.yaml"
    edit(path, "  welcome: >-", "  welcom: typo\n  welcome: >-")
    line = line_of(path, "welcom: typo")
    assert any(p.startswith(f"en.yaml:{line}:3: office.welcom: unknown key")
               for p in problems(bundle_copy))


def test_missing_key_is_named(bundle_copy: Path) -> None:
    """A required key that is absent is reported with the mapping it belongs to."""
    edit(bundle_copy / "bundle.yaml", '  version: "2026.11.1"\n', "")
    found = problems(bundle_copy)
    assert any(p.startswith("bundle.yaml:") and "missing key 'version'" in p for p in found)


def test_wrong_type_is_named(bundle_copy: Path) -> None:
    """A number where text is expected says what was expected and how to fix it."""
    edit(bundle_copy / "bundle.yaml", 'version: "2026.11.1"', "version: 2026.11")
    found = problems(bundle_copy)
    assert any("bundle.version: expected text, found a number; put it in quotes" in p
               for p in found)


def test_list_where_text_expected(bundle_copy: Path) -> None:
    """A structure of the wrong shape (a list for a text) is refused."""
    edit(bundle_copy / "ru.yaml", "  name: Русский", "  name: [Русский]")
    assert any(p.startswith("ru.yaml:") and "language.name: expected text, found a list" in p
               for p in problems(bundle_copy))


def test_duplicate_id_in_a_list(bundle_copy: Path) -> None:
    """Two countries with the same code are an error."""
    edit(bundle_copy / "bundle.yaml", "  - code: TM", "  - code: KZ")
    found = problems(bundle_copy)
    assert any("countries: the id 'KZ' is used twice" in p for p in found)


def test_duplicate_key_in_a_mapping(bundle_copy: Path) -> None:
    """A key given twice is an error naming the line of the first one."""
    path = bundle_copy / "en.yaml"
    first = line_of(path, "  bishkek: Bishkek")
    edit(path, "  osh: Osh", "  osh: Osh\n  bishkek: Pishpek")
    found = problems(bundle_copy)
    assert any(f"places.bishkek: duplicate key (first given on line {first})" in p
               for p in found)


def test_language_file_missing_a_key_of_the_reference(bundle_copy: Path) -> None:
    """A translation that lacks a key of the reference language names it and the reference."""
    path = bundle_copy / "ru.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  activities: >-")
    end = text.index("\nachievements:")
    path.write_text(text[:start] + text[end + 1:], encoding="utf-8")
    found = problems(bundle_copy)
    mapping_starts = path.read_text(encoding="utf-8").splitlines().index("priorities:") + 2
    assert f"ru.yaml:{mapping_starts}:3: priorities: missing key 'activities' (text)" in found


def test_language_file_missing_an_id_of_the_reference(bundle_copy: Path) -> None:
    """A translation that lacks a country names the reference file's line to translate from."""
    path = bundle_copy / "ru.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  TM:\n")
    end = text.index("  UZ:\n")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    reference_line = line_of(bundle_copy / "en.yaml", "  TM:")
    found = problems(bundle_copy)
    assert any(p.startswith("ru.yaml:") and "countries.TM: missing: en.yaml (the reference "
               f"language) has it on line {reference_line}; translate it here" in p
               for p in found), found


def test_language_file_with_a_key_the_reference_lacks(bundle_copy: Path) -> None:
    """An extra country id in a translation is a structure different from the reference."""
    path = bundle_copy / "ar.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\ncountries:\n", "\ncountries:\n  AF:\n    name: أفغانستان\n"
                                 "    role: نص\n", 1), encoding="utf-8")
    line = line_of(path, "  AF:")
    found = problems(bundle_copy)
    assert f"ar.yaml:{line}:3: countries.AF: this key is not in en.yaml (the reference " \
           "language); remove it or add it there first" in found


def test_reference_must_match_bundle_ids(bundle_copy: Path) -> None:
    """The reference language must name exactly the priorities declared in bundle.yaml."""
    edit(bundle_copy / "bundle.yaml", "priorities: [democratic-space,",
         "priorities: [civic-space, democratic-space,")
    found = problems(bundle_copy)
    assert any(p.startswith("en.yaml:") and "priorities.items: missing civic-space" in p
               for p in found)


def test_referenced_language_file_missing(bundle_copy: Path) -> None:
    """A language whose file does not exist is an error naming the file and the fix."""
    (bundle_copy / "ru.yaml").unlink()
    assert ("bundle.yaml: bundle.languages.ru.file: the file 'ru.yaml' does not exist; add it "
            "or remove the language 'ru'") in problems(bundle_copy)


@pytest.mark.parametrize("name", ["../en.yaml", "/etc/passwd", "sub/../../en.yaml"])
def test_language_file_outside_the_bundle(bundle_copy: Path, name: str) -> None:
    """A path that leaves the bundle directory is refused before it is opened."""
    edit(bundle_copy / "bundle.yaml", "file: ru.yaml", f"file: {name}")
    assert any(f"'{name}' is not a file inside the bundle directory" in p
               for p in problems(bundle_copy))


def test_symlink_out_of_the_bundle(bundle_copy: Path, tmp_path: Path) -> None:
    """A language file that is a link to a file elsewhere is refused."""
    outside = tmp_path / "elsewhere.yaml"
    (bundle_copy / "ru.yaml").rename(outside)
    os.symlink(outside, bundle_copy / "ru.yaml")
    assert any("'ru.yaml' is not a file inside the bundle directory" in p
               for p in problems(bundle_copy))


def test_unknown_reference_between_facts(bundle_copy: Path) -> None:
    """An achievement naming a country the bundle does not have is an error."""
    edit(bundle_copy / "bundle.yaml", "countries: [KZ, KG, TJ]", "countries: [KZ, KG, AF]")
    assert any("achievements: 'AF' is not one of the countries" in p
               for p in problems(bundle_copy))


def test_malformed_yaml_names_line(bundle_copy: Path) -> None:
    """A syntax error points at the line where YAML found it."""
    edit(bundle_copy / "en.yaml", "  bishkek: Bishkek", "  bishkek: [Bishkek")
    found = problems(bundle_copy)
    assert len(found) == 1 and found[0].startswith("en.yaml:")
    assert "is not valid YAML" in found[0]


def test_python_object_tag_is_refused_and_never_run(bundle_copy: Path, tmp_path: Path) -> None:
    """A tag that would build a Python object is reported; nothing is executed."""
    marker = tmp_path / "ran"
    edit(bundle_copy / "en.yaml", "  name: English",
         f"  name: !!python/object/apply:os.system ['touch {marker}']")
    found = problems(bundle_copy)
    assert any("the tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed" in p
               for p in found)
    assert not marker.exists()


def test_aliases_are_refused(bundle_copy: Path) -> None:
    """Anchors and aliases are refused, which also bounds 'billion laughs' documents."""
    laughs = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n"
        for i in range(9))
    (bundle_copy / "en.yaml").write_text(laughs, encoding="utf-8")
    found = problems(bundle_copy)
    assert any(p.startswith("en.yaml:") and "anchors and aliases" in p for p in found)


def test_not_utf8(bundle_copy: Path) -> None:
    """Text in another encoding is named with its line."""
    path = bundle_copy / "ru.yaml"
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp1251"))
    found = problems(bundle_copy)
    assert len(found) == 1 and found[0].startswith("ru.yaml:")
    assert "is not UTF-8 text" in found[0]


def test_empty_file(bundle_copy: Path) -> None:
    """An empty language file says so."""
    (bundle_copy / "ar.yaml").write_text("", encoding="utf-8")
    assert any(p.startswith("ar.yaml: is empty") for p in problems(bundle_copy))


def test_oversized_file_is_refused_before_parsing(bundle_copy: Path) -> None:
    """A file above the cap is refused without reading it as YAML."""
    (bundle_copy / "en.yaml").write_text("# " + "x" * MAX_FILE_BYTES, encoding="utf-8")
    found = problems(bundle_copy)
    assert any(p.startswith("en.yaml:") and "more than the" in p for p in found)


def test_every_problem_is_reported_not_just_the_first(bundle_copy: Path) -> None:
    """Problems in two files are reported together."""
    edit(bundle_copy / "en.yaml", "  name: English", "  name: 12")
    edit(bundle_copy / "ru.yaml", "  name: Русский", "  name: [Русский]")
    found = problems(bundle_copy)
    assert any(p.startswith("en.yaml:") for p in found)
    assert any(p.startswith("ru.yaml:") for p in found)


def test_a_fallback_the_online_page_lacks_is_refused(bundle_copy: Path) -> None:
    """office.online_fallback must be one of the languages the online page has."""
    path = bundle_copy / "bundle.yaml"
    edit(path, "  online_fallback: ru", "  online_fallback: kk")
    [problem] = problems(bundle_copy)
    assert problem.startswith(f"bundle.yaml:{line_of(path, 'online_fallback')}:")
    assert "office.online_fallback" in problem and "'kk' is not one of" in problem


def test_languages_the_online_page_lacks_need_a_fallback(bundle_copy: Path) -> None:
    """A bundle language the online page does not have, and no fallback: refused, naming the
    languages and what to add."""
    edit(bundle_copy / "bundle.yaml", "  online_fallback: ru\n", "")
    [problem] = problems(bundle_copy)
    assert "office.online_languages" in problem and "online_fallback" in problem
    assert all(code in problem for code in ("kk", "ky", "tg", "tk", "uz"))
