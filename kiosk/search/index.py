"""An in-memory index of one language's passages: ranked hits, one per screen, with a snippet
and the spans of the match in it.

Why in memory and not SQLite FTS5 (APSW): the shipped bundle is about 90 passages a language
(7,000 words), the 100x stress bundle of tools/bench 9,000; a scan of the folded passages with
str.find is a few milliseconds even there (tools/bench's search figures), needs no new
dependency and no file, and keeps folding in one place (fold.py) for content and query alike.
FTS5's tokenizers would have to reproduce that folding (Arabic marks, Uzbek apostrophes).

Matching: every word of the query must occur in the passage (a substring of the folded text,
so the Arabic article and conjunctions written onto a word -- والحقوق -- do not hide it);
a word at the start of a word ranks above one inside a word, the whole query as a phrase
above its words apart, a screen's title above its paragraphs.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import NamedTuple

from kiosk.content import Bundle
from kiosk.search.fold import fold, fold_query
from kiosk.search.passages import Passage, passages

SNIPPET_BEFORE = 50
"""Characters of context before the first match in a snippet (cut at a space)."""
SNIPPET_LENGTH = 160
"""A snippet's length at most, in characters of the original text, before its ellipses."""
ELLIPSIS = "…"


class Hit(NamedTuple):
    """The best passage of one screen for a query: `screen` (an id for navigate()), `title` of
    the screen, `key` and `text` of the passage, `snippet` (a part of `text`, with "…" where
    cut) and `marks`, the (start, end) character spans of the query's words in `snippet`;
    `matches` is how many passages of the screen matched, `score` the rank (higher first)."""

    screen: str
    title: str
    key: str
    text: str
    snippet: str
    marks: tuple[tuple[int, int], ...]
    matches: int
    score: float


class _Folded(NamedTuple):
    passage: Passage
    folded: str
    positions: list[int]


class SearchIndex:
    """The passages of one language, folded once; `search` scans them."""

    def __init__(self, found: list[Passage]) -> None:
        self._passages = [_Folded(p, *fold(p.text)) for p in found]

    def __len__(self) -> int:
        return len(self._passages)

    def search(self, query: str, limit: int = 20) -> list[Hit]:
        """Up to `limit` hits for `query` (any text a visitor types), best first, at most one
        per screen; [] when the query has no letters or digits or nothing matches."""
        words = fold_query(query)
        if not words:
            return []
        phrase = " ".join(words)
        best: dict[str, tuple[float, _Folded]] = {}
        counts: dict[str, int] = {}
        for entry in self._passages:
            score = _score(entry.folded, words, phrase)
            if score is None:
                continue
            if entry.passage.key.endswith((".title", ".name")):
                score += 2
            screen = entry.passage.screen
            counts[screen] = counts.get(screen, 0) + 1
            if screen not in best or score > best[screen][0]:
                best[screen] = (score, entry)
        ranked = sorted(best.items(), key=lambda item: -item[1][0])[:limit]
        return [_hit(entry, words, score, counts[screen])
                for screen, (score, entry) in ranked]


def _is_word_start(folded: str, at: int) -> bool:
    return at == 0 or not folded[at - 1].isalnum() or _ideograph(folded[at])


def _ideograph(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def _score(folded: str, words: list[str], phrase: str) -> float | None:
    """The passage's score for the folded query words, or None when a word is missing."""
    score = 0.0
    for word in words:
        at = folded.find(word)
        if at < 0:
            return None
        starts = 0
        while at >= 0:
            starts += _is_word_start(folded, at)
            at = folded.find(word, at + 1)
        score += 3 if starts else 1
    if len(words) > 1 and phrase in folded:
        score += 5
    return score


def _hit(entry: _Folded, words: list[str], score: float, matches: int) -> Hit:
    text = entry.passage.text
    spans = []
    for word in words:
        at = entry.folded.find(word)
        while at >= 0:
            spans.append(_span(entry, at, at + len(word)))
            at = entry.folded.find(word, at + len(word))
    spans.sort()
    first = spans[0][0] if spans else 0
    start = 0
    if first > SNIPPET_BEFORE:  # at a space a little before the context, else (Chinese,
        cut = first - SNIPPET_BEFORE  # no spaces; a long word) right there
        space = text.rfind(" ", max(0, cut - 20), cut)
        start = space + 1 if space >= 0 else cut
    end = min(len(text), start + SNIPPET_LENGTH)
    if end < len(text):
        space = text.rfind(" ", spans[0][1] if spans else start, end)
        end = space if space > start else end
    prefix = ELLIPSIS if start > 0 else ""
    snippet = prefix + text[start:end].strip() + (ELLIPSIS if end < len(text) else "")
    shift = len(prefix) - start - (len(text[start:end]) - len(text[start:end].lstrip()))
    marks = tuple((a + shift, b + shift) for a, b in spans if a >= start and b <= end)
    p = entry.passage
    return Hit(p.screen, p.title, p.key, text, snippet, marks, matches, score)


def _span(entry: _Folded, start: int, end: int) -> tuple[int, int]:
    """The original text's span of folded characters start..end: from the character the first
    came from through the last, and the marks after it that folding dropped (harakat)."""
    text, positions = entry.passage.text, entry.positions
    first, last = positions[start], positions[end - 1] + 1
    limit = positions[end] if end < len(positions) else len(text)
    while last < limit and fold(text[last])[0] == "":
        last += 1
    return first, last


_CACHE: OrderedDict[tuple[str, str, int], SearchIndex] = OrderedDict()
_CACHE_SIZE = 16


def index_for(bundle: Bundle, code: str) -> SearchIndex:
    """The index of `bundle`'s language `code`, built on first use and kept (the last
    _CACHE_SIZE bundles and languages; a reloaded bundle with other files has another
    checksum). Raises KeyError for a language the bundle lacks."""
    key = (bundle.checksum, code, id(bundle))
    index = _CACHE.get(key)
    if index is None:
        index = _CACHE[key] = SearchIndex(passages(bundle, code))
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    else:
        _CACHE.move_to_end(key)
    return index
