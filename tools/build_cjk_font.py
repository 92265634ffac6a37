"""Cut Noto Sans CJK SC down to the characters the kiosk can show: resources/fonts/KioskCJK*.otf.

`python tools/build_cjk_font.py [--source-dir DIR]` (fontTools, the [dev] extra; the source is
Debian's fonts-noto-cjk, OFL) writes two cuts of the collection's Simplified Chinese face:

- KioskCJK-Regular.otf and KioskCJK-Bold.otf, family "Kiosk CJK SC": every character of every
  text of data/*.yaml (all languages: a Chinese text may quote Latin, and 中文 is in every
  language's chooser), of every translations/*.ts message, the CJK punctuation blocks and the
  symbols the interface draws, as far as the source has them. Registered on the first switch
  to a language written in Han (kiosk.fonts).
- KioskCJKNames-Regular.otf and -Bold.otf, family "Kiosk CJK SC Names": what the kiosk shows
  in every language at once (`EVERY_LANGUAGE_KEYS`: each language's own name, the attract
  screen's slides) and the interface's symbols that Noto Sans lacks (● of the PIN pad), less
  what Noto Sans and Noto Sans Arabic have. Registered at start-up.

The families are renamed (no localized names kept) so they cannot clash with a system Noto Sans
CJK; hinting is dropped (the kiosk renders unhinted) and the layout features stay fontTools'
defaults (kern, locl, ccmp, ...: what horizontal Chinese, Latin and Cyrillic text uses); the
vertical-writing tables go. tests/test_fonts.py fails when a text has a character the cut
lacks: run this script again after changing the content or the catalogues. The collection
functions below import no fontTools, so that test runs without it.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import yaml

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"
SOURCE_DIR = Path("/usr/share/fonts/opentype/noto")
"""Where Debian's fonts-noto-cjk puts the collections (`apt-get install fonts-noto-cjk`)."""
SOURCE_FACE = "Noto Sans CJK SC"
"""The face of the collection to cut: Simplified Chinese glyph forms."""

FAMILY = "Kiosk CJK SC"
NAMES_FAMILY = "Kiosk CJK SC Names"
MANIFEST = "KioskCJK.json"
"""What the cuts were asked to hold, written beside them: tests/test_fonts.py compares it with
the texts as they are now (no fontTools needed), so a new character fails there."""
CUTS = {  # file name -> (family, style, source collection)
    "KioskCJK-Regular.otf": (FAMILY, "Regular", "NotoSansCJK-Regular.ttc"),
    "KioskCJK-Bold.otf": (FAMILY, "Bold", "NotoSansCJK-Bold.ttc"),
    "KioskCJKNames-Regular.otf": (NAMES_FAMILY, "Regular", "NotoSansCJK-Regular.ttc"),
    "KioskCJKNames-Bold.otf": (NAMES_FAMILY, "Bold", "NotoSansCJK-Bold.ttc"),
}

EVERY_LANGUAGE_KEYS = (
    ("language", "name"),  # the chooser and the language sheet name each language in itself
    ("attract", "invitation"),  # the attract screen: its footer, and each slide
    ("office", "name"), ("office", "welcome"),
    ("sections", "countries", "summary"), ("sections", "priorities", "title"),
)
"""The texts of each language file that the kiosk shows whatever the interface language is
(kiosk/ui/widgets/language_chooser.py, language_sheet.py, kiosk/ui/screens/attract.py): the
start-up cut holds their characters. tests/test_fonts.py lays those screens out on a machine
without fonts, so a screen that starts showing another text in every language fails there."""

EVERY_LANGUAGE_MESSAGES = (
    ("DraftNote", "Unofficial translation"),  # under each attract slide of a draft language
)
"""The interface messages (context, source) shown in every language at once, from each
translations/*.ts: the start-up cut holds their translations' characters too."""

CJK_PUNCTUATION = (
    *range(0x3000, 0x3040),  # CJK Symbols and Punctuation: 、 。 「 」 《 》 〈 〉 ...
    *range(0xFF01, 0xFF66),  # fullwidth forms: ， ： ； ！ ？ （ ） ...
    *range(0xFFE0, 0xFFEF),  # fullwidth signs: ￥ ￡ ...
    *range(0x2010, 0x2028),  # general punctuation Chinese text uses: “ ” ‘ ’ … — ·
    *range(0x0020, 0x007F), *range(0x00A0, 0x0100),  # Basic Latin and Latin-1
)
"""Punctuation a Chinese text or translator may use although today's texts do not, and the
Latin letters of Latin-1: with them fontconfig counts the cut as covering English (its "en"
orthography), and only then does Qt draw a Latin run inside Chinese ("COVID-19", “B”) with
it rather than with Noto Sans, whose “ ” beside Chinese are narrow Western quotes."""


def _strings(node: object) -> Iterator[str]:
    """Every string in a parsed YAML document: keys and values, depth first."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(key)
            yield from _strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item)


def content_texts(data_dir: Path) -> Iterator[str]:
    """Every string of every data_dir/*.yaml (every language's file and bundle.yaml)."""
    for path in sorted(data_dir.glob("*.yaml")):
        yield from _strings(yaml.safe_load(path.read_text(encoding="utf-8")))


def catalogue_texts(translations_dir: Path) -> Iterator[str]:
    """Every source and translation (numerus forms included) of translations_dir/*.ts."""
    for path in sorted(translations_dir.glob("*.ts")):
        for element in ElementTree.parse(path).iter():
            if element.tag in ("source", "translation", "numerusform") and element.text:
                yield element.text


def every_language_texts(data_dir: Path) -> Iterator[str]:
    """The `EVERY_LANGUAGE_KEYS` texts of each language file in data_dir and the
    translations of `EVERY_LANGUAGE_MESSAGES` in each catalogue of translations/."""
    for path in sorted((ROOT / "translations").glob("*.ts")):
        for context in ElementTree.parse(path).iter("context"):
            for message in context.iter("message"):
                pair = (context.findtext("name"), message.findtext("source"))
                if pair in EVERY_LANGUAGE_MESSAGES:
                    yield message.findtext("translation") or ""
    for path in sorted(data_dir.glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        for keys in EVERY_LANGUAGE_KEYS:
            node = document
            for key in keys:
                node = node.get(key) if isinstance(node, dict) else None
            if isinstance(node, str):
                yield node


def interface_symbols(package_dir: Path) -> set[str]:
    """The non-ASCII punctuation and symbols (Unicode categories P* and S*) in the string
    constants of the package's code, docstrings and regular expressions (the arguments of
    `re` calls) left out: what the interface draws itself (● of the PIN pad, • of lists, —
    of the window title, · between places, …)."""
    symbols: set[str] = set()
    for path in sorted(package_dir.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = {id(node.body[0].value) for node in ast.walk(tree)
                   if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef
                                 | ast.AsyncFunctionDef)
                   and node.body and isinstance(node.body[0], ast.Expr)
                   and isinstance(node.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"):
                skipped.update(id(part) for arg in node.args for part in ast.walk(arg))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and id(node) not in skipped):
                symbols.update(char for char in node.value if ord(char) > 0x7F
                               and unicodedata.category(char)[0] in "PS")
    return symbols


def shown_characters(data_dir: Path = ROOT / "data") -> set[str]:
    """Every character the kiosk can show: the content in data_dir, the catalogues in
    translations/, the symbols of the code in kiosk/ (control and format characters left out:
    they draw nothing)."""
    chars = set(interface_symbols(ROOT / "kiosk"))
    for text in (*content_texts(data_dir), *catalogue_texts(ROOT / "translations")):
        chars.update(text)
    return {char for char in chars if unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp")}


def full_cut_characters(data_dir: Path = ROOT / "data") -> set[str]:
    """What the CJK cut must hold where the source has it: shown characters and punctuation."""
    return shown_characters(data_dir) | {chr(code) for code in CJK_PUNCTUATION}


def every_language_characters(data_dir: Path = ROOT / "data") -> set[str]:
    """What the start-up fonts must hold: the texts shown in every language at once and the
    interface's symbols (spaces, control and format characters left out)."""
    chars = set(interface_symbols(ROOT / "kiosk"))
    for text in every_language_texts(data_dir):
        chars.update(text)
    return {char for char in chars if not char.isspace()
            and unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp")}


def _face(collection: Path, family: str) -> int:
    """The index in `collection` of the face whose family (name ID 1) is `family`."""
    from fontTools.ttLib import TTCollection

    for index, font in enumerate(TTCollection(str(collection)).fonts):
        if font["name"].getDebugName(1) == family:
            return index
    raise SystemExit(f"{collection}: no face {family!r}; is it Debian's fonts-noto-cjk?")


def cut(collection: Path, chars: set[str], family: str, style: str, out: Path) -> list[str]:
    """Write the `SOURCE_FACE` face of `collection` cut to `chars`, renamed `family` `style`,
    to `out`; return the characters the source lacks."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(str(collection), fontNumber=_face(collection, SOURCE_FACE), lazy=False)
    cmap = font.getBestCmap()
    wanted = sorted(ord(char) for char in chars if ord(char) in cmap)
    options = subset.Options()
    options.hinting = False
    options.drop_tables += ["vhea", "vmtx", "VORG"]  # vertical writing: the kiosk is horizontal
    options.name_IDs = [0, 7, 8, 9, 11, 12, 13, 14]  # copyright, licence, makers: the OFL's due
    options.name_languages = [0x409]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(font)
    postscript = f"{family}-{style}".replace(" ", "")
    full_name = f"{family} {style}" if style != "Regular" else family
    names = font["name"]
    for name_id, value in ((1, family), (2, style), (3, f"{postscript};kiosk"), (4, full_name),
                           (6, postscript)):
        names.setName(value, name_id, 3, 1, 0x409)
    if "CFF " in font:
        cff = font["CFF "].cff
        top = cff[cff.fontNames[0]]
        top.FamilyName, top.FullName = family, full_name
        cff.fontNames = [postscript]
    font.save(str(out))
    return sorted(char for char in chars if ord(char) not in cmap)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir", type=Path, default=SOURCE_DIR,
                        help=f"folder of NotoSansCJK-*.ttc (default {SOURCE_DIR})")
    parser.add_argument("--content", type=Path, default=ROOT / "data",
                        help="the content bundle whose texts the cut covers (default data/)")
    parser.add_argument("--out", type=Path, default=FONTS,
                        help="where to write the cuts (default resources/fonts/)")
    args = parser.parse_args(argv)
    from fontTools.ttLib import TTFont

    base: set[int] = set()  # what the start-up cut need not repeat
    for name in ("NotoSans-Regular.ttf", "NotoSansArabic-Regular.ttf"):
        base.update(TTFont(str(FONTS / name)).getBestCmap())
    asked = {"full": full_cut_characters(args.content),
             "every_language": every_language_characters(args.content)}
    wanted = {FAMILY: asked["full"],
              NAMES_FAMILY: {char for char in asked["every_language"] if ord(char) not in base}}
    for file_name, (family, style, source) in CUTS.items():
        collection = args.source_dir / source
        if not collection.is_file():
            print(f"{collection}: missing; install Debian's fonts-noto-cjk or give "
                  "--source-dir", file=sys.stderr)
            return 1
        lacking = cut(collection, wanted[family], family, style, args.out / file_name)
        size = (args.out / file_name).stat().st_size
        print(f"{file_name}: {len(wanted[family]) - len(lacking)} characters, "
              f"{size / 1024:.0f} KB")
        if family == NAMES_FAMILY and lacking:
            print(f"  not in {SOURCE_FACE}: {' '.join(lacking)}", file=sys.stderr)
    manifest = {cut: "".join(sorted(chars)) for cut, chars in asked.items()}
    (args.out / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
