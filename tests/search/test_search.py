"""Search: every screen findable in every language, folding per script, snippets, the command."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from kiosk.content import default_content_dir, load_bundle
from kiosk.search import SearchIndex, index_for
from kiosk.search.fold import fold, fold_query
from kiosk.search.passages import Passage, passages

BUNDLE = load_bundle(default_content_dir())


def words_of(text: str) -> list[str]:
    """A text's words as a visitor might type them: runs of letters; for Chinese, pairs of
    adjacent ideographs (a two-character phrase)."""
    found = []
    for run in re.findall(r"\w+", text):
        ideographs = [c for c in run if "\u4e00" <= c <= "\u9fff"]
        if ideographs and len(ideographs) == len(run):
            found += [run[i:i + 2] for i in range(len(run) - 1)]
        elif not any(c.isdigit() for c in run):
            found.append(run)
    return found


def test_passages_name_exactly_the_screens_a_visitor_can_reach() -> None:
    """The search's screen ids are the window's (kiosk.ui.screens.screen_ids), in every
    language: no screen unsearchable, no hit that cannot be opened."""
    from kiosk.ui.screens import screen_ids

    for code in BUNDLE.languages:
        assert list(dict.fromkeys(p.screen for p in passages(BUNDLE, code))) == \
            screen_ids(BUNDLE)


@pytest.mark.parametrize("code", BUNDLE.languages)
def test_a_word_of_each_screen_finds_that_screen(code: str) -> None:
    """For each screen, its longest word (Chinese: a two-character phrase of its text) as a
    query finds that screen among the hits."""
    index = index_for(BUNDLE, code)
    by_screen: dict[str, list[str]] = {}
    for passage in passages(BUNDLE, code):
        by_screen.setdefault(passage.screen, []).extend(words_of(passage.text))
    missed = []
    for screen, words in by_screen.items():
        word = max(words, key=len)
        if screen not in [hit.screen for hit in index.search(word, limit=100)]:
            missed.append((screen, word))
    assert missed == []


def single(text: str) -> SearchIndex:
    return SearchIndex([Passage("home", "Home", "office.welcome", text)])


@pytest.mark.parametrize(("text", "query"), [
    ("حُقُوقُ الإِنْسَانِ", "حقوق الانسان"),            # harakat in the text
    ("حقوق الإنسان", "حُقُوقُ الْإِنْسَانِ"),           # harakat in the query
    ("الإنسان", "الانسان"),                             # alif with and without hamza
    ("الانسان", "الإنسان"),
    ("أحمد", "احمد"), ("آسيا", "اسيا"),
    ("مستشفى", "مستشفي"),                               # alif maqsura
    ("المفوضية", "المفوضيه"),                           # ta marbuta
    ("حـــقوق", "حقوق"),                                # tatweel
    ("Ёлка и её мёд", "елка ее мед"), ("Елка", "ёлка"),  # ё and е
    ("Oʻzbekiston", "O'zbekiston"), ("Oʻzbekiston", "O‘zbekiston"),
    ("Oʻzbekiston", "O’zbekiston"), ("Oʻzbekiston", "O`zbekiston"),
    ("Oʻzbekiston", "Ozbekiston"), ("Oʻzbekiston", "oʼzbekiston"),
    ("taʼlim", "ta'lim"),                               # the tutuq belgisi
    ("Bureau régional", "REGIONAL"), ("Türkmençe", "turkmence"),
    ("人权高专办", "人权"), ("人权高专办", "高专"),        # a two-character phrase
    ("Қазақстан", "ҚАЗАҚСТАН"), ("İstanbul", "istanbul"),
])
def test_folding_finds(text: str, query: str) -> None:
    assert single(text).search(query), (text, query)


@pytest.mark.parametrize(("text", "query"), [
    ("人权高专办", "权人"),          # the same characters, not in this order: no phrase
    ("Қазақстан", "казакстан"),      # Kazakh letters are letters of their own
    ("Тоҷикистон", "тоджикистон"),
    ("human rights", "humane"),
])
def test_folding_does_not_merge_what_differs(text: str, query: str) -> None:
    assert single(text).search(query) == [], (text, query)


def test_nothing_to_search_for_finds_nothing() -> None:
    """A query of spaces, punctuation or marks alone is no query."""
    assert fold_query("  ،. ?! ــ ") == []
    assert single("anything").search("  ، ") == []


def test_the_snippet_marks_the_words_as_written() -> None:
    """The marks cover the passage's own letters, harakat included, not the folded forms."""
    [hit] = single("تعزيز حُقُوقِ الإِنْسَانِ في آسيا").search("حقوق الانسان")
    assert [hit.snippet[a:b] for a, b in hit.marks] == ["حُقُوقِ", "الإِنْسَانِ"]


def test_long_passages_are_cut_around_the_match() -> None:
    text = " ".join(f"word{n}" for n in range(200)) + " needle " + "tail " * 100
    [hit] = single(text).search("needle")
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) <= 170 and "needle" in hit.snippet
    [(a, b)] = hit.marks
    assert hit.snippet[a:b] == "needle"


def test_fold_positions_point_into_the_original() -> None:
    text = "Oʻzbekiston ﬁle Ёлка"
    folded, positions = fold(text)
    assert folded == "ozbekiston file елка"
    assert len(positions) == len(folded)
    assert all(0 <= p < len(text) for p in positions)


def run_search(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", "search", *args],
                          capture_output=True, text=True, timeout=60)


def test_command_finds_human_rights_typed_with_full_harakat() -> None:
    """The issue's case: «حقوق الإنسان» typed with every haraka finds the office's texts."""
    result = run_search("حُقُوقُ الْإِنْسَانِ", "--lang", "ar")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines and all("\t" in line for line in lines)
    assert any("[حقوق] [الإنسان]" in line for line in lines)
    assert {line.split("\t")[0] for line in lines} >= {"home", "mandate"}


def test_command_says_when_nothing_matches() -> None:
    result = run_search("xyzzyqwerty", "--lang", "en")
    assert result.returncode == 1 and result.stdout == ""
    assert "nothing" in result.stderr


def test_command_refuses_an_unknown_language() -> None:
    result = run_search("rights", "--lang", "xx")
    assert result.returncode == 2 and "unknown language 'xx'" in result.stderr
