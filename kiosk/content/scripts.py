"""Script checks of a language file's texts: a text wholly in another script than its language's,
ASCII spaces inside Chinese, Uzbek oʻ, gʻ and the tutuq belgisi written with quote marks.

Each language is expected in one script (ISO 15924): the one its code names (`uz_Cyrl`,
kiosk.locale_codes), else its most likely script by CLDR (`LIKELY_SCRIPTS`). A language with
neither is not checked, and the loader says so once. Letters are judged by their Unicode
names (unicodedata): "CYRILLIC SMALL LETTER A" is Cyrillic. No Qt here.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import yaml

LIKELY_SCRIPTS = {
    "ar": "Arab", "en": "Latn", "ru": "Cyrl", "fr": "Latn", "es": "Latn", "zh": "Hans",
    "kk": "Cyrl", "ky": "Cyrl", "tg": "Cyrl", "uz": "Latn", "tk": "Latn",
    "sr": "Cyrl", "mn": "Cyrl", "uk": "Cyrl", "be": "Cyrl", "bg": "Cyrl", "mk": "Cyrl",
    "tt": "Cyrl", "ba": "Cyrl", "az": "Latn", "tr": "Latn", "de": "Latn", "it": "Latn",
    "pt": "Latn", "sw": "Latn", "fa": "Arab", "ps": "Arab", "ur": "Arab", "ug": "Arab",
    "he": "Hebr", "el": "Grek", "hy": "Armn", "ka": "Geor", "hi": "Deva", "am": "Ethi",
    "th": "Thai", "ja": "Jpan", "ko": "Kore",
}
"""A language's most likely script, from Unicode CLDR's likely subtags (CLDR 44,
common/supplemental/likelySubtags.xml: kk -> kk_Cyrl_KZ, uz -> uz_Latn_UZ, tk ->
tk_Latn_TM, zh -> zh_Hans_CN, sr -> sr_Cyrl_RS ...): the six UN languages, the five of
Central Asia, and their neighbours. A bundle's language outside it is not checked."""

SCRIPT_NAMES = {
    "Latn": "Latin", "Cyrl": "Cyrillic", "Arab": "Arabic", "Hani": "Han (Chinese characters)",
    "Hans": "Simplified Han", "Hant": "Traditional Han", "Hebr": "Hebrew", "Grek": "Greek",
    "Armn": "Armenian", "Geor": "Georgian", "Deva": "Devanagari", "Ethi": "Ethiopic",
    "Thai": "Thai", "Hang": "Hangul", "Hira": "Hiragana", "Kana": "Katakana",
    "Jpan": "Japanese", "Kore": "Korean",
}
"""English names of the scripts, for messages."""

_LETTERS_OF = {"Hans": {"Hani"}, "Hant": {"Hani"}, "Jpan": {"Hani", "Hira", "Kana"},
               "Kore": {"Hang", "Hani"}}
"""The scripts of the letters a writing system uses, where it is not one (ISO 15924 names
Simplified Chinese `Hans`; its letters are Han, `Hani`, as Unicode's names say)."""

_NAME_PREFIXES = {
    "LATIN": "Latn", "CYRILLIC": "Cyrl", "ARABIC": "Arab", "HEBREW": "Hebr", "GREEK": "Grek",
    "ARMENIAN": "Armn", "GEORGIAN": "Geor", "DEVANAGARI": "Deva", "ETHIOPIC": "Ethi",
    "THAI": "Thai", "HANGUL": "Hang", "HIRAGANA": "Hira", "KATAKANA": "Kana",
    "CJK UNIFIED IDEOGRAPH": "Hani", "CJK COMPATIBILITY IDEOGRAPH": "Hani",
}
"""How a letter's Unicode name starts, by script (after FULLWIDTH/HALFWIDTH)."""

_COMMON_LETTERS = {
    "Latn": "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff",
    "Cyrl": "\u0400-\u0481\u048a-\u052f",
    "Arab": "\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06fc\u0750-\u077f",
    "Hani": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f",
}
"""Where most letters of a script are, every character a letter of it by its Unicode name:
finding one of them is the quick way to see that a text is in its language's script (the
whole rule, `letter_script` on every letter, runs only for texts with none)."""
_BEYOND_LATIN = re.compile("[\u0370-\u1dff\u1f00-\u1fff\u2c00-\U0010ffff]")
"""Where every letter of a script other than Latin is (below U+0370 there is Latin only, and
U+1E00-U+1EFF and U+2000-U+2BFF hold Latin letters, punctuation and symbols): a text with
none of these has no letter of another script."""

MIN_LETTERS = 4
"""A text is judged by its letters only from this many on (acronyms, addresses and markup
left out): shorter, it is a code, a symbol or an abbreviation, not a sentence in a script."""

_IGNORED = re.compile(
    r"(?:https?|ftp)://\S+|www\.\S+|\S+@\S+\.\w+"  # addresses
    r"|<[^<>\n]*>"  # markup, shown as written (texts are plain text)
    r"|\b[A-Z][A-Z0-9]*[A-Z0-9](?:-[A-Z0-9]+)*s?\b"  # acronyms: OHCHR, GANHRI, COVID-19, NHRIs
)
"""What stays Latin in any language and is left out before a text is judged: web and mail
addresses, markup such as `<img src=...>`, and Latin acronyms (two or more capitals or
digits starting with a capital, with a plural s: OHCHR, UPR, COVID-19, NHRIs)."""

_WIDE = (r"\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
         r"\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003134f")
"""Han ideographs (with their radicals and compatibility forms), kana, CJK punctuation and
fullwidth forms: between two of these, Chinese and Japanese put no space."""
_SPACED = re.compile(f"([{_WIDE}])( +)([{_WIDE}])")

_UZ_APOSTROPHES = "'‘’`"
_UZ_WRONG = re.compile(f"([A-Za-z])([{_UZ_APOSTROPHES}])")
OKINA, TUTUQ = "\u02bb", "\u02bc"
"""Uzbek Latin (alphabet of 1995): oʻ and gʻ with U+02BB MODIFIER LETTER TURNED COMMA, the
tutuq belgisi (glottal stop, maʼno) with U+02BC MODIFIER LETTER APOSTROPHE: letters, so a
word is never broken or selected at them, unlike the quote marks ' ‘ ’ ` typed for them."""


_Path = tuple[object, object] | None
"""Where a node is in its file: (its parent's path, its key or index), joined only when a
text has a finding (`_dotted`)."""


@dataclass(frozen=True)
class Finding:
    """What is wrong with one text: `message` (what and what to write instead), and `error`
    (True: the text cannot be shown as the language's; False: a warning, shown as written)."""

    message: str
    error: bool


def expected_script(code: str) -> str | None:
    """The ISO 15924 script the language `code` is written in: its `_Script` suffix
    (`uz_Cyrl`), else `LIKELY_SCRIPTS`; None for a language in neither."""
    language, _, script = code.partition("_")
    return script or LIKELY_SCRIPTS.get(language)


@functools.cache
def letter_script(char: str) -> str | None:
    """The script of a letter (`Latn`, `Cyrl`, `Hani` ...), or None for what is not a letter
    or is shared (U+02BB and U+02BC are "MODIFIER LETTER"s of no script)."""
    if not unicodedata.category(char).startswith("L"):
        return None
    name = unicodedata.name(char, "").removeprefix("FULLWIDTH ").removeprefix("HALFWIDTH ")
    return next((script for prefix, script in _NAME_PREFIXES.items()
                 if name.startswith(prefix)), None)


def check_text(text: str, code: str) -> Iterator[Finding]:
    """What is wrong with `text` in the language `code` (nothing for a language whose script
    is unknown): a text of at least `MIN_LETTERS` letters, acronyms and addresses left out,
    none of them in the language's script, is an error; in Chinese and Japanese an ASCII
    space between two ideographs or CJK punctuation, and in Uzbek Latin a quote mark in
    place of ʻ or ʼ, are warnings (the first of each in the text, with a count of the rest)."""
    rules = _Rules.of(code)
    if rules is not None:
        yield from rules.check(text)


def check_nodes(root: yaml.Node, code: str) -> Iterator[tuple[yaml.Node, str, Finding]]:
    """Every text of a language file's node tree checked by `check_text`, in the file's
    order: (its node, its dotted key, the finding). Mapping keys (ids) are not texts."""
    rules = _Rules.of(code)
    if rules is None:
        return
    stack: list[tuple[yaml.Node, _Path]] = [(root, None)]
    while stack:
        node, path = stack.pop()
        if isinstance(node, yaml.MappingNode):
            stack.extend((value, (path, name.value)) for name, value in reversed(node.value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, (path, i)) for i, item in reversed(list(enumerate(node.value))))
        elif node.tag == "tag:yaml.org,2002:str":
            for finding in rules.check(node.value):
                yield node, _dotted(path), finding


@dataclass(frozen=True)
class _Rules:
    """What `check_text` checks for one language: its script and the letters that are its."""

    code: str
    script: str
    allowed: frozenset[str]
    spaced: bool
    """Whether spaces between ideographs are wrong (Chinese, Japanese; not Korean)."""
    uzbek: bool

    @staticmethod
    @functools.cache
    def of(code: str) -> _Rules | None:
        script = expected_script(code)
        if script is None:
            return None
        allowed = frozenset(_LETTERS_OF.get(script, {script}))
        return _Rules(code, script, allowed, "Hani" in allowed and "Hang" not in allowed,
                      code.partition("_")[0] == "uz" and script == "Latn")

    @functools.cached_property
    def _plain(self) -> re.Pattern[str] | None:
        """The common letters of the language's scripts (`_COMMON_LETTERS`), if it has any."""
        letters = "".join(_COMMON_LETTERS.get(s, "") for s in sorted(self.allowed))
        return re.compile(f"[{letters}]") if letters else None

    def _plainly_fine(self, text: str) -> bool:
        """Whether `text` needs no closer look: in a Latin language, it has no letter of
        another script; in another, it has a common letter of its own script (not one that
        `_IGNORED` could leave out: those are Latin)."""
        if "Latn" in self.allowed:
            return _BEYOND_LATIN.search(text) is None
        return self._plain is not None and self._plain.search(text) is not None

    def check(self, text: str) -> list[Finding]:
        findings = []
        if not self._plainly_fine(text):
            found = _foreign_letters(_IGNORED.sub(" ", text), self.allowed)
            if found:
                scripts = " and ".join(SCRIPT_NAMES.get(s, s) for s in found)
                findings.append(Finding(
                    f"written in {scripts} letters, none of them "
                    f"{SCRIPT_NAMES.get(self.script, self.script)} as '{self.code}' is "
                    f"written: “{_excerpt(text)}”; write it in the language", True))
        if self.spaced and _SPACED.search(text):
            findings += _spaced_ideographs(text)
        if self.uzbek and _UZ_WRONG.search(text):
            findings += _uzbek_apostrophes(text)
        return findings


def _dotted(path: _Path) -> str:
    """The dotted key of a path of `check_nodes`: `office.welcome`, `pages.visit[0].text`."""
    parts: list[str] = []
    while path is not None:
        parent, name = path
        path = parent  # type: ignore[assignment]  # a path's parent is a path
        parts.append(f"[{name}]" if isinstance(name, int) else f".{name}")
    return "".join(reversed(parts)).lstrip(".")


def _foreign_letters(text: str, allowed: frozenset[str]) -> list[str]:
    """The other scripts of `text`'s letters when it has `MIN_LETTERS` letters or more and
    none of them in `allowed`, most letters first; else []."""
    counts: dict[str, int] = {}
    for char in text:
        script = letter_script(char)
        if script is None:
            continue
        if script in allowed:
            return []
        counts[script] = counts.get(script, 0) + 1
    if sum(counts.values()) < MIN_LETTERS:
        return []
    return sorted(counts, key=lambda s: -counts[s])


def _spaced_ideographs(text: str) -> Iterator[Finding]:
    matches = list(_SPACED.finditer(text))
    if matches:
        first = matches[0]
        more = f" ({len(matches) - 1} more in this text)" if len(matches) > 1 else ""
        yield Finding(f"an ASCII space between “{first.group(1)}” and “{first.group(3)}” "
                      f"(“{_excerpt(text, first.start())}”){more}: Chinese puts no space "
                      "between characters; remove it", False)


def _uzbek_apostrophes(text: str) -> Iterator[Finding]:
    matches = list(_UZ_WRONG.finditer(text))
    if not matches:
        return
    first = matches[0]
    letter, mark = first.group(1), first.group(2)
    right = OKINA if letter in "oOgG" else TUTUQ
    what = f"{letter.lower()}ʻ" if right == OKINA else "the tutuq belgisi"
    name = "MODIFIER LETTER TURNED COMMA" if right == OKINA else "MODIFIER LETTER APOSTROPHE"
    more = f" ({len(matches) - 1} more in this text)" if len(matches) > 1 else ""
    word = _word(text, first.start(2))
    yield Finding(f"“{mark}” (U+{ord(mark):04X}) after “{letter}” in “{word}”{more}: write "
                  f"{what} with {right} (U+{ord(right):04X} {name})", False)


def _excerpt(text: str, at: int = 0, width: int = 40) -> str:
    """About `width` characters of `text` from a little before `at`, on one line."""
    start = max(0, at - width // 4)
    piece = " ".join(text[start:start + width].split())
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")


def _word(text: str, at: int) -> str:
    """The word of `text` around the index `at` (letters, marks and apostrophes)."""
    start, end = at, at + 1
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] in _UZ_APOSTROPHES):
        start -= 1
    while end < len(text) and (text[end].isalpha() or text[end] in _UZ_APOSTROPHES):
        end += 1
    return text[start:end]
