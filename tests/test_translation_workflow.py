"""The PO workflow an editor and a translator see: export, stale entries, import and refusals."""

from __future__ import annotations

import shutil
import subprocess
import textwrap
from pathlib import Path

import polib
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.__main__ import main
from kiosk.content import load_bundle
from kiosk.translation.texts import entries_of
from kiosk.translation.yaml_edit import replace_texts
from tests.helpers import edit

TJ_ROLE = "countries.TJ.role"
"""An entry whose reference text the tests change (a folded block in every language file)."""
TJ_CHANGE = ("presence in Dushanbe.", "presence in Dushanbe, its capital.")
"""The change of its reference text (in the reference language's file)."""


def reference_and_other(bundle: Path) -> tuple[str, str, str]:
    """The bundle's reference language, its file, and the first other language, whose
    translation is recorded as made from today's reference texts (mark-current), so that
    its export has no fuzzy entry whatever records the shipped bundle has."""
    info = load_bundle(bundle).facts.bundle
    other = next(lang.code for lang in info.languages if lang.code != info.reference_language)
    assert main(["translate", "mark-current", other, "--content", str(bundle)]) == 0
    return info.reference_language, f"{info.reference_language}.yaml", other


def export(bundle: Path, code: str, output: Path) -> polib.POFile:
    assert main(["translate", "export", code, "--content", str(bundle),
                 "--output", str(output)]) == 0
    return polib.pofile(str(output))


def files(bundle: Path) -> dict[str, bytes]:
    """Every file of the bundle (language files and provenance records) by relative name."""
    return {str(p.relative_to(bundle)): p.read_bytes() for p in bundle.rglob("*")
            if p.is_file()}


def entry_lines(lines: list[str], line: int) -> tuple[int, int]:
    """The 0-based [start, end) of the lines of the entry whose key is on 1-based `line`: it,
    and the lines after it that are indented more (a block's text; blank lines after it are
    not the entry's)."""
    def indent(text: str) -> int:
        return len(text) - len(text.lstrip(" "))
    start = end = line - 1
    while end + 1 < len(lines) and (not lines[end + 1].strip()
                                    or indent(lines[end + 1]) > indent(lines[start])):
        end += 1
    while not lines[end].strip():
        end -= 1
    return start, end + 1


def test_round_trip_stale_then_imported(bundle_copy: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    """The issue's round trip: after a reference text changes, its entry exports fuzzy with the
    earlier text as `#| msgid`; a translated PO changes only that entry's lines of the language
    file, keeps its comments, and the entry is no longer stale."""
    _, reference_file, code = reference_and_other(bundle_copy)
    first = export(bundle_copy, code, tmp_path / "first.po")
    entry = first.find(TJ_ROLE, by="msgctxt")
    assert entry is not None and entry.msgstr and not entry.fuzzy
    assert not [e.msgctxt for e in first if e.fuzzy or not e.msgstr]
    assert entry.comment.startswith("Shown on: ") and "country/TJ" in entry.comment
    old_text = entry.msgid

    edit(bundle_copy / reference_file, *TJ_CHANGE)
    second = export(bundle_copy, code, tmp_path / "second.po")
    stale = second.find(TJ_ROLE, by="msgctxt")
    assert stale is not None and stale.fuzzy and stale.previous_msgid == old_text
    assert stale.msgid != old_text and "its capital" in stale.msgid
    assert stale.msgstr == entry.msgstr  # the translation to revise is there
    assert [e.msgctxt for e in second if e.fuzzy] == [TJ_ROLE]
    assert "#| msgid" in (tmp_path / "second.po").read_text(encoding="utf-8")

    language_file = bundle_copy / f"{code}.yaml"
    before = language_file.read_text(encoding="utf-8")
    stale.msgstr = f"{entry.msgstr} {entry.msgstr}"  # revised, and long enough to fold
    stale.flags.remove("fuzzy")
    stale.previous_msgid = None
    second.save(str(tmp_path / "translated.po"))
    capsys.readouterr()
    assert main(["translate", "import", str(tmp_path / "translated.po"),
                 "--content", str(bundle_copy)]) == 0
    assert "1 changed" in capsys.readouterr().out
    after = language_file.read_text(encoding="utf-8")
    old_lines, new_lines = before.splitlines(), after.splitlines()
    start, old_end = entry_lines(old_lines, int(stale.occurrences[0][1]))
    _, new_end = entry_lines(new_lines, int(stale.occurrences[0][1]))
    assert old_lines[:start] == new_lines[:start]  # every line before the entry, as it was
    assert old_lines[old_end:] == new_lines[new_end:]  # and every line after it
    assert old_lines[start:old_end] != new_lines[start:new_end]
    comments = [line for line in before.splitlines() if line.lstrip().startswith("#")]
    assert comments and comments == [line for line in after.splitlines()
                                     if line.lstrip().startswith("#")]
    assert load_bundle(bundle_copy).texts[code].countries["TJ"].role == stale.msgstr
    third = export(bundle_copy, code, tmp_path / "third.po")
    assert not [e.msgctxt for e in third if e.fuzzy]


def test_poedit_style_po_is_imported(bundle_copy: Path, tmp_path: Path) -> None:
    """A PO as Poedit or Weblate writes it (translator comments, wrapped lines, escaped quotes
    and backslashes, a regional Language, Plural-Forms) imports exactly its texts."""
    _, _, code = reference_and_other(bundle_copy)
    exported = export(bundle_copy, code, tmp_path / "exported.po")
    osh = exported.find("places.osh", by="msgctxt")
    role = exported.find("countries.KZ.role", by="msgctxt")
    assert osh is not None and role is not None
    # The translations are the language's own words with quotes, a '#', a backslash and a
    # tab added: text in the language's script, as a translator's would be.
    osh_text = polib.escape(f'{osh.msgstr} "{osh.msgstr}" # {osh.msgstr}: 1')
    words = role.msgstr.split(" ")
    halves = (" ".join(words[:len(words) // 2]), " ".join(words[len(words) // 2:]))
    msgid = "\n".join(f'"{polib.escape(role.msgid[i:i + 60])}"'
                      for i in range(0, len(role.msgid), 60))
    po = tmp_path / "poedit.po"
    po.write_text(textwrap.dedent(f'''\
        # Translators' own notes stay in their file.
        msgid ""
        msgstr ""
        "Project-Id-Version: test\\n"
        "Language: {code}_XX\\n"
        "MIME-Version: 1.0\\n"
        "Content-Type: text/plain; charset=UTF-8\\n"
        "Content-Transfer-Encoding: 8bit\\n"
        "Plural-Forms: nplurals=2; plural=(n != 1);\\n"
        "X-Generator: Poedit 3.4.2\\n"

        # checked with the office
        #. Shown on: somewhere
        msgctxt "places.osh"
        msgid "{osh.msgid}"
        msgstr "{osh_text}"

        msgctxt "countries.KZ.role"
        msgid ""
        ''') + msgid + textwrap.dedent(f'''
        msgstr ""
        "{polib.escape(halves[0])} a back\\\\slash, a tab\\there, "
        "{polib.escape(halves[1])}"
        '''), encoding="utf-8")
    assert main(["translate", "import", str(po), "--content", str(bundle_copy)]) == 0
    texts = load_bundle(bundle_copy).texts[code]
    assert texts.places["osh"] == f'{osh.msgstr} "{osh.msgstr}" # {osh.msgstr}: 1'
    assert texts.countries["KZ"].role == f"{halves[0]} a back\\slash, a tab\there, {halves[1]}"


GETTEXT = pytest.mark.skipif(shutil.which("msgfmt") is None or shutil.which("msgmerge") is None,
                             reason="GNU gettext is not installed (Debian: gettext; CI has it)")


@GETTEXT
def test_exported_po_passes_gettext_check(bundle_copy: Path, tmp_path: Path) -> None:
    """An export with a stale and a missing entry is a PO that GNU gettext, the tools under
    Poedit, accepts with every check on (header, format, accelerators)."""
    _, reference_file, code = reference_and_other(bundle_copy)
    edit(bundle_copy / reference_file, *TJ_CHANGE)
    language_file = bundle_copy / f"{code}.yaml"
    language_file.write_text("".join(line for line in language_file.read_text(
        encoding="utf-8").splitlines(keepends=True) if not line.startswith("  osh:")),
        encoding="utf-8")
    po = export(bundle_copy, code, tmp_path / "x.po")
    assert [e.msgctxt for e in po if e.fuzzy] == [TJ_ROLE]
    assert [e.msgctxt for e in po if not e.msgstr] == ["places.osh"]
    checked = subprocess.run(["msgfmt", "--check", "--statistics", "-o", "/dev/null",
                              str(tmp_path / "x.po")], capture_output=True, text=True,
                             check=False)
    assert checked.returncode == 0, checked.stderr
    assert (f"{len(po) - 2} translated messages, 1 fuzzy translation, 1 untranslated message"
            in checked.stderr)


@GETTEXT
def test_a_po_brought_up_to_date_with_msgmerge_imports(bundle_copy: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    """A translator who updates an old PO the gettext way (msgmerge with the new export) gets
    the changed entry fuzzy with its earlier text; importing the merged file leaves that
    entry out and imports the others."""
    _, reference_file, code = reference_and_other(bundle_copy)
    old = export(bundle_copy, code, tmp_path / "old.po")
    osh = old.find("places.osh", by="msgctxt")
    assert osh is not None
    osh.msgstr = f"{osh.msgstr} ({osh.msgstr})"
    old.save(str(tmp_path / "old.po"))
    edit(bundle_copy / reference_file, *TJ_CHANGE)
    export(bundle_copy, code, tmp_path / "new.pot")
    subprocess.run(["msgmerge", "--quiet", "--previous", "-o", str(tmp_path / "merged.po"),
                    str(tmp_path / "old.po"), str(tmp_path / "new.pot")], check=True)
    merged = polib.pofile(str(tmp_path / "merged.po"))
    stale = merged.find(TJ_ROLE, by="msgctxt")
    assert stale is not None and stale.fuzzy and stale.previous_msgid
    capsys.readouterr()
    assert main(["translate", "import", str(tmp_path / "merged.po"),
                 "--content", str(bundle_copy)]) == 0
    output = capsys.readouterr().out
    assert f"{TJ_ROLE}: not imported: marked fuzzy" in output and "1 changed" in output
    assert load_bundle(bundle_copy).texts[code].places["osh"] == osh.msgstr


def test_stale_po_is_refused(bundle_copy: Path, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    """A translation made from an earlier reference text is refused as stale, naming the PO
    file, the line and the msgctxt and what to do, and the language file is left as it was."""
    _, reference_file, code = reference_and_other(bundle_copy)
    old = export(bundle_copy, code, tmp_path / "old.po")
    edit(bundle_copy / reference_file, *TJ_CHANGE)
    entry = old.find(TJ_ROLE, by="msgctxt")
    assert entry is not None
    entry.msgstr = "A translation of the earlier text."
    old.save(str(tmp_path / "old.po"))
    before = (bundle_copy / f"{code}.yaml").read_bytes()
    capsys.readouterr()
    assert main(["translate", "import", str(tmp_path / "old.po"),
                 "--content", str(bundle_copy)]) == 1
    err = capsys.readouterr().err
    saved = polib.pofile(str(tmp_path / "old.po")).find(TJ_ROLE, by="msgctxt")
    assert saved is not None
    assert f"old.po:{saved.linenum}:1: {TJ_ROLE}: stale" in err
    assert f"{TJ_ROLE}: stale" in err and f"kiosk translate export {code}" in err
    assert (bundle_copy / f"{code}.yaml").read_bytes() == before


@pytest.mark.parametrize(("change", "expected"), [
    ({"msgctxt": "countries.XX.name"}, "countries.XX.name: no text of"),
    ({"flags": ["fuzzy"]}, "not imported: marked fuzzy"),
])
def test_unknown_and_fuzzy_entries_are_not_imported(
        bundle_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        change: dict[str, object], expected: str) -> None:
    """An entry with an unknown msgctxt is refused (exit 1), a fuzzy one left out (exit 0);
    either way the PO says so and the language file does not change."""
    _, _, code = reference_and_other(bundle_copy)
    po = export(bundle_copy, code, tmp_path / "x.po")
    entry = po.find("places.osh", by="msgctxt")
    assert entry is not None
    entry.msgstr = "Changed"
    for name, value in change.items():
        setattr(entry, name, value)
    po.save(str(tmp_path / "x.po"))
    before = (bundle_copy / f"{code}.yaml").read_bytes()
    capsys.readouterr()
    code_returned = main(["translate", "import", str(tmp_path / "x.po"),
                          "--content", str(bundle_copy)])
    assert code_returned == (0 if "fuzzy" in expected else 1)
    output = capsys.readouterr()
    assert expected in (output.out if "fuzzy" in expected else output.err)
    assert (bundle_copy / f"{code}.yaml").read_bytes() == before


@pytest.mark.parametrize(("text", "expected"), [
    ('msgid ""\nmsgstr ""\n"Language: {code}\\n"\n\nmsgctxt "places.osh"\nmsgid "Osh"\nOsh\n',
     "x.po:7:1: is not a PO file"),
    ('msgid ""\nmsgstr ""\n"Project-Id-Version: x\\n"\n\nmsgctxt "places.osh"\nmsgid "Osh"\n'
     'msgstr "O"\n', "x.po: Language: the header's Language '' is missing"),
    ('msgid ""\nmsgstr ""\n"Language: {reference}\\n"\n', "is the reference language"),
])
def test_a_bad_po_changes_nothing(bundle_copy: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str], text: str,
                                  expected: str) -> None:
    """A PO that is not PO, or names no language of the bundle, is refused as a whole with
    its file name and what to do; no file of the bundle changes."""
    reference, _, code = reference_and_other(bundle_copy)
    (tmp_path / "x.po").write_text(text.format(code=code, reference=reference),
                                   encoding="utf-8")
    before = files(bundle_copy)
    assert main(["translate", "import", str(tmp_path / "x.po"),
                 "--content", str(bundle_copy)]) == 1
    assert expected in capsys.readouterr().err
    assert files(bundle_copy) == before


def test_import_into_a_bundle_the_loader_refuses_writes_nothing(
        bundle_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The result is checked with the full loader before it replaces the file: where the
    bundle would not load (here another language file has a key the reference lacks), its
    problems are printed, nothing is written and no record is made."""
    reference, _, code = reference_and_other(bundle_copy)
    po = export(bundle_copy, code, tmp_path / "x.po")
    entry = po.find("places.osh", by="msgctxt")
    assert entry is not None
    entry.msgstr = "Changed"
    po.save(str(tmp_path / "x.po"))
    other = bundle_copy / next(lang.file for lang in load_bundle(bundle_copy).facts.bundle.languages
                               if lang.code not in (code, reference))
    edit(other, "\nplaces:\n", "\nunknown_part: text\nplaces:\n")
    before = files(bundle_copy)
    assert main(["translate", "import", str(tmp_path / "x.po"),
                 "--content", str(bundle_copy)]) == 1
    err = capsys.readouterr().err
    assert f"{other.name}:" in err and "unknown_part" in err and "nothing was written" in err
    assert files(bundle_copy) == {**before, other.name: other.read_bytes()}


SAMPLE = textwrap.dedent("""\
    # a comment that stays
    part:
      plain: Bishkek  # the seat
      quoted: "Osh"
      block: >-
        A longer text that was folded
        over two lines.

      list: [one, two]
      items:
        - first
        - second
    """)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(key=st.sampled_from(["part.plain", "part.quoted", "part.block", "part.list[1]",
                            "part.items[0]"]),
       value=st.text(st.characters(codec="utf-8"), min_size=1, max_size=300))
def test_any_text_reads_back_and_other_lines_stay(key: str, value: str) -> None:
    """Whatever the new text (quotes, colons, #, line breaks, controls, any script, any
    length), the file reads back with exactly that text there and every other text and
    comment unchanged."""
    def texts(document: str) -> dict[str, str]:
        root = yaml.compose(document, Loader=yaml.SafeLoader)
        assert root is not None
        return {k: e.text for k, e in entries_of(root).items()}

    after_text = replace_texts(SAMPLE, {key: value})
    assert texts(after_text) == {**texts(SAMPLE), key: value}
    assert after_text.startswith("# a comment that stays\npart:\n")
    assert "# the seat" in after_text and "# a comment" in after_text
