"""Folding for search: the forms a visitor may type and the forms the content writes meet.

Per script (what readers of each expect a search box to ignore):
- Arabic: the harakat and other marks (U+064B-065F, U+0670, Quranic marks U+06D6-06ED),
  tatweel (U+0640), the hamza forms of alif (أ إ آ ٱ -> ا), alif maqsura (ى -> ي) and ta
  marbuta (ة -> ه): the folding of Arabic search engines (Lucene's ArabicNormalizer does
  the same set).
- Cyrillic: case; ё -> е (Russian writes ё optionally). The letters of Kazakh, Kyrgyz and
  Tajik (ә ғ қ ң ө ұ ү һ і ӣ ӯ ҳ ҷ) are letters of their own and stay: they tell words apart.
- Latin: case; accents and other combining marks go (é -> e, ç -> c, ň -> n: what French,
  Spanish and Turkmen readers type on a keyboard without them), and the apostrophes of Uzbek
  (oʻ gʻ with U+02BB, the tutuq belgisi U+02BC, and the ' ‘ ’ ` typed for them) are dropped, so
  Oʻzbekiston, O'zbekiston and Ozbekiston meet. The dotted capital İ folds to i.
- Han: nothing to fold; every ideograph is matched in sequence (a phrase matches where its
  characters stand together), as readers of Chinese search without word breaks.
- Everywhere: NFKC compatibility forms (full-width Latin, ligatures), format characters (the
  bidi isolates and marks, word joiners, soft hyphens) dropped, every space and no-break space
  one space.

`fold(text)` returns the folded text and, for each folded character, the index of the
character of `text` it came from, so a match in folded text marks the right span of the
original (snippets, highlights).
"""

from __future__ import annotations

import unicodedata

_ARABIC_LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}
_APOSTROPHES = frozenset("\u02bb\u02bc'\u2018\u2019`\u02b9\u02bf")


def _arabic_mark(char: str) -> bool:
    code = ord(char)
    return 0x064B <= code <= 0x065F or code == 0x0670 or 0x06D6 <= code <= 0x06ED \
        or code == 0x0640


def fold_char(char: str) -> str:
    """The folded form of one character: "" (dropped), one or a few characters."""
    if char in _APOSTROPHES or _arabic_mark(char):
        return ""
    if char in _ARABIC_LETTERS:
        return _ARABIC_LETTERS[char]
    if char.isspace():
        return " "
    category = unicodedata.category(char)
    if category == "Cf":  # LRI, PDI, LRM, word joiner, soft hyphen, zero-width joiners
        return ""
    if char in "ёЁ":
        return "е"
    if char == "İ":
        return "i"
    out = []
    for part in unicodedata.normalize("NFKC", char).casefold():
        if part == "ё":
            out.append("е")
            continue
        decomposed = unicodedata.normalize("NFD", part)
        base = decomposed[0]
        if len(decomposed) > 1 and "LATIN" in unicodedata.name(base, ""):
            out.append(base)  # é -> e, ç -> c: Latin letters lose their marks
        elif unicodedata.category(part) == "Mn":
            continue  # a combining mark on its own (İ's dot after casefold, NFD text)
        else:
            out.append(part)
    return "".join(out)


def fold(text: str) -> tuple[str, list[int]]:
    """`text` folded for search, and for each character of the result the index in `text` of
    the character it came from (len(result) == len(positions))."""
    folded: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(text):
        for part in fold_char(char):
            if part == " " and folded and folded[-1] == " ":
                continue  # runs of spaces are one space
            folded.append(part)
            positions.append(index)
    return "".join(folded), positions


def fold_query(query: str) -> list[str]:
    """The words of a query, folded; empty when it holds nothing to search for. Chinese is
    one word per run of ideographs (matched as a phrase)."""
    folded, _ = fold(query)
    return [word for word in folded.split(" ") if any(c.isalnum() for c in word)]
