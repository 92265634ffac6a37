"""Script checks of the language files, and Chinese folded over lines: what bad text gets."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml

from kiosk.content import default_content_dir, load_bundle
from kiosk.content.scripts import (
    MIN_LETTERS,
    OKINA,
    SCRIPT_NAMES,
    TUTUQ,
    check_text,
    expected_script,
)
from tests.helpers import Run, problems

SHIPPED = load_bundle(default_content_dir())
REFERENCE = SHIPPED.facts.bundle.reference_language
SCRIPTS = {code: expected_script(code) for code in SHIPPED.languages}
NON_LATIN = [code for code, script in SCRIPTS.items() if script not in (None, "Latn")]


def node_at(path: Path, key: str) -> yaml.ScalarNode:
    """The scalar node at the dotted `key` of the YAML file `path`."""
    node = yaml.compose(path.read_text(encoding="utf-8"))
    for name in key.split("."):
        assert isinstance(node, yaml.MappingNode)
        node = next(v for k, v in node.value if k.value == name)
    assert isinstance(node, yaml.ScalarNode)
    return node


def set_text(path: Path, key: str, text: str) -> int:
    """Write `text` as the value at the dotted `key` of the language file `path` (quoted, on
    one line, in place of whatever style it had); returns its 1-based line."""
    node = node_at(path, key)
    source = path.read_text(encoding="utf-8")
    start, end = node.start_mark.index, node.end_mark.index
    tail = "\n" if source[start:end].endswith("\n") else ""
    path.write_text(source[:start] + json.dumps(text, ensure_ascii=False) + tail +
                    source[end:], encoding="utf-8")
    return node.start_mark.line + 1


def add_language(bundle: Path, code: str) -> Path:
    """Add the language `code` to `bundle` as a draft copy of the reference language's file
    (unless the bundle has it already); returns its file."""
    loaded = load_bundle(bundle)
    if code in loaded.languages:
        return bundle / next(lang.file for lang in loaded.facts.bundle.languages
                             if lang.code == code)
    target = bundle / f"{code}.yaml"
    target.write_bytes((bundle / f"{REFERENCE}.yaml").read_bytes())
    facts = bundle / "bundle.yaml"
    text = facts.read_text(encoding="utf-8")
    anchor = f"    - code: {loaded.languages[-1]}\n"
    entry = f"    - code: {code}\n      file: {code}.yaml\n      status: draft\n"
    start = text.index(anchor)
    end = text.index("\n\n", start) + 1
    facts.write_text(text[:end] + entry + text[end:], encoding="utf-8")
    return target


def file_of(code: str) -> str:
    return next(lang.file for lang in SHIPPED.facts.bundle.languages if lang.code == code)


def test_every_shipped_language_has_a_known_script_and_clean_texts() -> None:
    """Each language of the shipped bundle is checked (its script is known) and its texts
    give no script problem and no warning."""
    assert None not in SCRIPTS.values()
    assert SHIPPED.warnings == ()


@pytest.mark.parametrize(("code", "script"), [("uz", "Latn"), ("uz_Cyrl", "Cyrl"),
                                              ("kk", "Cyrl"), ("tk", "Latn"), ("zh", "Hans"),
                                              ("sr_Latn", "Latn"), ("xh", None)])
def test_expected_script_from_the_code_or_cldr(code: str, script: str | None) -> None:
    """The code's own script wins; else CLDR's likely script; a language in neither has
    none (and is not checked)."""
    assert expected_script(code) == script


@pytest.mark.parametrize("code", [c for c in SHIPPED.languages if SCRIPTS[c] is not None])
def test_a_text_in_another_script_is_refused(bundle_copy: Path, code: str) -> None:
    """A text of a language file written in another language of the bundle, of another script
    (Latin in the Arabic file, Cyrillic in the English one ...), is an error naming the file,
    line, key, and both scripts."""
    donor = next((c for c in SHIPPED.languages if SCRIPTS[c] not in (None, SCRIPTS[code])
                  and not (SCRIPTS[c] in ("Hans", "Hant") and SCRIPTS[code] in ("Hans", "Hant"))),
                 None)
    if donor is None:
        pytest.skip("the bundle has no language of another script")
    script = SCRIPTS[code]
    assert script is not None
    line = set_text(bundle_copy / file_of(code), "office.welcome",
                    SHIPPED.texts[donor].office.welcome)
    found = problems(bundle_copy)
    [problem] = [p for p in found if p.startswith(f"{file_of(code)}:{line}:")]
    donor_script = SCRIPTS[donor]
    assert donor_script is not None
    assert f" office.welcome: written in {SCRIPT_NAMES[donor_script].split(' (')[0]}" in problem
    assert f"none of them {SCRIPT_NAMES[script]} as '{code}' is written" in problem
    assert found == [problem]


@pytest.mark.parametrize("code", NON_LATIN)
def test_what_stays_latin_is_not_judged(bundle_copy: Path, code: str) -> None:
    """Acronyms, addresses, markup and numbers stay Latin in any language: a text of only
    those, or a name in Latin inside the language's own text, is no problem."""
    path = bundle_copy / file_of(code)
    set_text(path, "office.name", "OHCHR / GANHRI, UPR, COVID-19, NHRIs 48/141: "
             "https://www.ohchr.org/en <img src=x>")
    set_text(path, "office.welcome", f"{SHIPPED.texts[code].office.welcome} Bishkek Osh.")
    set_text(path, "places.osh", "O" * (MIN_LETTERS - 1))
    bundle = load_bundle(bundle_copy)
    assert bundle.warnings == ()


@pytest.mark.parametrize("code", NON_LATIN)
def test_short_texts_are_judged_from_min_letters(bundle_copy: Path, code: str) -> None:
    """A Latin text of `MIN_LETTERS` letters in a non-Latin file is judged (and refused)."""
    line = set_text(bundle_copy / file_of(code), "places.osh", "Oshk"[:MIN_LETTERS])
    [problem] = problems(bundle_copy)
    assert problem.startswith(f"{file_of(code)}:{line}:")
    assert " places.osh: written in Latin letters" in problem


@pytest.mark.parametrize(("text", "between"), [
    ("联合国 人权事务高级专员办事处", ("国", "人")),
    ("中亚区域办事处 。", ("处", "。")),
    ("《巴黎原则》 和国家人权机构", ("》", "和")),
])
def test_an_ascii_space_inside_chinese_is_reported(text: str, between: tuple[str, str]) -> None:
    """Between two ideographs, or an ideograph and CJK punctuation, Chinese has no space."""
    [finding] = check_text(text, "zh")
    assert not finding.error
    assert finding.message.startswith(f"an ASCII space between “{between[0]}” and "
                                      f"“{between[1]}”")
    assert finding.message.endswith("remove it")


@pytest.mark.parametrize("text", ["人权高专办 OHCHR 的工作", "2008 年", "中亚区域办事处",
                                  "一\u3000二"])
def test_spaces_beside_latin_or_digits_in_chinese_are_fine(text: str) -> None:
    """A space beside Latin letters or digits, or an ideographic space, is not reported."""
    assert list(check_text(text, "zh")) == []


@pytest.mark.parametrize(("text", "mark", "right"), [
    ("O'zbekiston", "'", OKINA), ("Qozog‘iston", "‘", OKINA), ("bo’yicha", "’", OKINA),
    ("ma'lumot", "'", TUTUQ), ("ta`lim", "`", TUTUQ), ("Qur’on", "’", TUTUQ),
])
def test_uzbek_apostrophes_name_the_right_letter(text: str, mark: str, right: str) -> None:
    """A quote mark typed for oʻ, gʻ or the tutuq belgisi names itself and the letter to
    write (U+02BB for oʻ and gʻ, U+02BC for the tutuq belgisi)."""
    [finding] = check_text(text, "uz")
    assert not finding.error
    assert finding.message.startswith(f"“{mark}” (U+{ord(mark):04X})")
    assert f"with {right} (U+{ord(right):04X} " in finding.message
    assert list(check_text(text, "tk")) == []  # Turkmen has no such letters


def test_right_uzbek_letters_are_fine() -> None:
    """oʻ, gʻ and the tutuq belgisi written with U+02BB / U+02BC give nothing, in uz and
    uz_Latn; Uzbek in Cyrillic is not checked for them."""
    for code in ("uz", "uz_Latn"):
        assert list(check_text(f"O{OKINA}zbekiston, Qozog{OKINA}iston, ma{TUTUQ}lumot",
                               code)) == []
    assert list(check_text("Ўзбекистон ma'lumot", "uz_Cyrl")) == []


def test_loaded_bundle_carries_script_warnings(bundle_copy: Path) -> None:
    """Chinese with a space and Uzbek with a quote mark load (they are shown as written) with
    one warning each naming the file, line and key."""
    zh = add_language(bundle_copy, "zh")
    uz = add_language(bundle_copy, "uz")
    zh_line = set_text(zh, "office.name", "中亚 区域办事处")
    uz_line = set_text(uz, "office.name", "Markaziy Osiyo bo'yicha mintaqaviy idora")
    bundle = load_bundle(bundle_copy)
    assert sorted((w.file, w.line, w.key) for w in bundle.warnings) == sorted([
        (zh.name, zh_line, "office.name"), (uz.name, uz_line, "office.name")])


def test_a_language_of_unknown_script_is_said_once(bundle_copy: Path) -> None:
    """A language the script table lacks loads, unchecked, with one warning on its line of
    bundle.yaml saying so and how to name its script."""
    add_language(bundle_copy, "xh")
    bundle = load_bundle(bundle_copy)
    [warning] = bundle.warnings
    last = len(bundle.languages) - 1
    assert (warning.file, warning.key) == ("bundle.yaml", f"bundle.languages[{last}].code")
    assert warning.line == (bundle_copy / "bundle.yaml").read_text(
        encoding="utf-8").splitlines().index("    - code: xh") + 1
    assert "'xh' is not known" in warning.message and "'xh_Latn'" in warning.message


def test_validate_prints_warnings_and_exits_0(bundle_copy: Path, run_kiosk: Run) -> None:
    """`kiosk validate` on a bundle with warnings only: exit code 0, each warning printed."""
    zh = add_language(bundle_copy, "zh")
    line = set_text(zh, "office.name", "中亚 区域办事处")
    result: subprocess.CompletedProcess[str] = run_kiosk("validate", str(bundle_copy))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"warning: {zh.name}:{line}:" in result.stdout


def folded(key: str, lines: list[str], indicator: str = ">-") -> str:
    """A YAML mapping with `key` holding `lines` as a folded block scalar."""
    return f"{key}: {indicator}\n" + "".join(f"  {line}\n" for line in lines)


def test_chinese_folded_over_lines_gets_no_spaces(bundle_copy: Path) -> None:
    """A Chinese paragraph folded over several lines of its file reads as one paragraph with
    no space where the lines meet (CSS Text 3's segment break rule), and no warning."""
    zh = add_language(bundle_copy, "zh")
    text = "自2008年起，办事处以比什凯克为基地，与中亚五国合作，促进和保护所有人权。"
    source = zh.read_text(encoding="utf-8")
    node = node_at(zh, "office.welcome")
    block = "  welcome: >-\n" + "".join(f"    {text[i:i + 9]}\n" for i in range(0, len(text), 9))
    start = source.rindex("\n", 0, node.start_mark.index) + 1  # the line of "welcome:"
    end = source.index("\n", node.end_mark.index - 1) + 1  # the line after its value
    zh.write_text(source[:start] + block + source[end:], encoding="utf-8")
    bundle = load_bundle(bundle_copy)
    assert bundle.texts["zh"].office.welcome == text
    assert bundle.warnings == ()


@pytest.mark.parametrize(("lines", "indicator", "value"), [
    (["中亚区域", "办事处"], ">-", "中亚区域办事处"),
    (["人权，", "高专办"], ">-", "人权，高专办"),
    (["中文", "Latin", "中文"], ">-", "中文 Latin 中文"),
    (["2008", "年"], ">-", "2008 年"),
    (["한국어", "한국"], ">-", "한국어 한국"),
    (["中文", "", "中文"], ">-", "中文\n中文"),
    (["中文", "中文"], ">", "中文中文\n"),
    (["中文", "中文", ""], ">+", "中文中文\n\n"),
    (["中文", "  缩进", "中文"], ">-", "中文\n  缩进\n中文"),
    (["中文\u200b", "abc"], ">-", "中文\u200babc"),
])
def test_folding_follows_the_segment_break_rule(tmp_path: Path, lines: list[str],
                                                indicator: str, value: str) -> None:
    """The line break of a folded scalar disappears between two wide characters (neither
    Hangul) and next to a zero-width space; elsewhere it stays YAML's: a space, a kept blank
    line, a more-indented line, the chomping."""
    from kiosk.content.yaml_file import read_nodes
    path = tmp_path / "x.yaml"
    path.write_text(folded("text", lines, indicator), encoding="utf-8")
    root = read_nodes(path, "x.yaml", [])
    assert isinstance(root, yaml.MappingNode)
    assert root.value[0][1].value == value


def test_english_folding_is_unchanged() -> None:
    """Every folded text of the shipped English file reads as YAML folds it (PyYAML's own
    constructor, libyaml or pure Python)."""
    from kiosk.content.yaml_file import read_nodes
    path = default_content_dir() / f"{REFERENCE}.yaml"
    ours = read_nodes(path, path.name, [])
    assert ours is not None
    theirs = yaml.compose(path.read_text(encoding="utf-8"))
    assert theirs is not None

    def scalars(node: yaml.Node) -> list[yaml.ScalarNode]:
        if isinstance(node, yaml.MappingNode):
            return [s for _, v in node.value for s in scalars(v)]
        if isinstance(node, yaml.SequenceNode):
            return [s for v in node.value for s in scalars(v)]
        assert isinstance(node, yaml.ScalarNode)
        return [node]

    assert [n.value for n in scalars(ours)] == [n.value for n in scalars(theirs)]
    # ... among them folded texts that are not ASCII (“quotes”, no-break spaces): refolded
    assert [n for n in scalars(theirs) if n.style == ">" and not n.value.isascii()]
