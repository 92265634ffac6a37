"""The on-screen keyboard's layouts, read from resources/keyboards/<code>.json (one per language).

A layout file holds (see resources/keyboards/en.json):

- ``rows``: the letter rows, each a string of keys separated by single spaces, as printed on
  that language's standard keyboard from left to right (a key may type several characters:
  Uzbek ``oʻ``, Arabic ``لا``);
- ``shift`` (optional): the shift layer, the same number of rows and keys; without it the
  shift layer is each key in upper case (``str.upper``);
- ``names``: the accessible names of ``shift``, ``space``, ``backspace`` and ``done`` in the
  language (a screen reader says them in the voice of the language the keyboard types);
- ``labels`` (optional): what some of those keys show instead of their name (Chinese: the
  kiosk's Chinese font is cut to the characters of its texts, so a face uses those);
- ``words`` (optional): ``"frequent_pairs"`` adds a row of the content's most frequent
  two-character sequences (Chinese: a pinyin input method is out of scope, see
  `frequent_pairs`).

No Qt here: files -> `Layout` -> the widget (kiosk.ui.keyboard.widget).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kiosk.paths import bundled

NAMES = ("shift", "space", "backspace", "done")
"""The keys every layout names for screen readers."""

WORD_SOURCES = ("frequent_pairs",)
"""The values `words` may take."""


class LayoutError(ValueError):
    """A layout file that cannot be used; the message names the file, the line or key, and
    what to do."""


@dataclass(frozen=True)
class Layout:
    """One language's keyboard: `rows` and `shift` are rows of keys (strings typed as they
    are), of the same shape; `names` maps each of NAMES to its accessible name and `labels`
    to the text on its face; `words` is "" or one of WORD_SOURCES."""

    code: str
    rows: tuple[tuple[str, ...], ...]
    shift: tuple[tuple[str, ...], ...]
    names: dict[str, str]
    labels: dict[str, str]
    words: str = ""


def layouts_dir() -> Path:
    """The folder of the shipped layout files."""
    return bundled("resources") / "keyboards"


def layout_path(code: str, directory: Path | None = None) -> Path:
    """Where the layout of language `code` lives."""
    return (directory or layouts_dir()) / f"{code}.json"


def load_layout(code: str, directory: Path | None = None) -> Layout:
    """The layout of language `code` (an ISO 639-1 code of the bundle) from `directory`
    (default: the shipped resources/keyboards). Raises LayoutError naming the file, the line
    (for bad JSON) or the key, and what to do."""
    path = layout_path(code, directory)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LayoutError(f"{path}: no on-screen keyboard for language '{code}'; add this "
                          "file (copy resources/keyboards/en.json and change its keys)") from None
    except json.JSONDecodeError as error:
        raise LayoutError(f"{path}, line {error.lineno}: not valid JSON ({error.msg}); fix "
                          "the file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise LayoutError(f"{path}: cannot be read ({error}); reinstall the kiosk") from None
    if not isinstance(data, dict):
        raise LayoutError(f"{path}: must be a JSON object with 'rows' and 'names'")
    unknown = set(data) - {"language", "about", "rows", "shift", "names", "labels",
                           "words"}
    if unknown:
        raise LayoutError(f"{path}: unknown key '{sorted(unknown)[0]}'; remove it")
    if data.get("language") != code:
        raise LayoutError(f"{path}: key 'language' is {data.get('language')!r}, must be "
                          f"'{code}' (the file's name)")
    rows = _rows(path, data, "rows")
    shift = _rows(path, data, "shift") if "shift" in data else tuple(
        tuple(key.upper() for key in row) for row in rows)
    if [len(row) for row in shift] != [len(row) for row in rows]:
        raise LayoutError(f"{path}: key 'shift' must have as many rows and keys per row as "
                          f"'rows' ({[len(r) for r in rows]}, not {[len(r) for r in shift]})")
    names = data.get("names")
    if not isinstance(names, dict) or any(not isinstance(names.get(n), str) or not names[n]
                                          for n in NAMES):
        raise LayoutError(f"{path}: key 'names' must give a name for each of "
                          f"{', '.join(NAMES)}")
    labels = data.get("labels", {})
    if not isinstance(labels, dict) or any(n not in NAMES or not isinstance(t, str) or not t
                                           for n, t in labels.items()):
        raise LayoutError(f"{path}: key 'labels' may give a text for some of "
                          f"{', '.join(NAMES)}, and nothing else")
    words = data.get("words", "")
    if words not in ("", *WORD_SOURCES):
        raise LayoutError(f"{path}: key 'words' is {words!r}; use one of "
                          f"{', '.join(WORD_SOURCES)} or leave it out")
    return Layout(code, rows, shift, {n: names[n] for n in NAMES},
                  {n: str(labels.get(n, names[n])) for n in NAMES}, words)


def _rows(path: Path, data: dict[str, object], key: str) -> tuple[tuple[str, ...], ...]:
    rows = data.get(key)
    if not isinstance(rows, list) or not rows or not all(isinstance(r, str) for r in rows):
        raise LayoutError(f"{path}: key '{key}' must be a list of rows, each a string of keys "
                          "separated by spaces")
    parsed = tuple(tuple(row.split(" ")) for row in rows)
    for number, row in enumerate(parsed, 1):
        if "" in row:
            raise LayoutError(f"{path}: key '{key}', row {number}: an empty key (two spaces "
                              "together, or one at an end); separate keys by single spaces")
    return parsed


def _ideograph(char: str) -> bool:
    """CJK Unified Ideographs and Extension A (U+3400-U+4DBF, U+4E00-U+9FFF)."""
    return "\u3400" <= char <= "\u4dbf" or "\u4e00" <= char <= "\u9fff"


def frequent_pairs(texts: Iterable[str], count: int = 8) -> list[str]:
    """The `count` most frequent two-ideograph words of `texts`, most frequent first (ties in
    order of first appearance). Chinese has no spaces between words, and most of its words are
    two characters long: each run of ideographs is cut greedily into pairs, taking at each
    point the pair more frequent overall than the one starting a character later, so that
    区域办事处 gives 区域 and 办事, not the fragments 域办 and 事处. A visitor can then search
    Chinese text by touch without a pinyin input method."""
    runs = [run for text in texts for run in _ideograph_runs(text)]
    overall: Counter[str] = Counter(run[i:i + 2] for run in runs for i in range(len(run) - 1))
    words: Counter[str] = Counter()
    for run in runs:
        at = 0
        while at + 1 < len(run):
            here, later = run[at:at + 2], run[at + 1:at + 3]
            if len(later) < 2 or overall[here] >= overall[later]:
                words[here] += 1
                at += 2
            else:
                at += 1
    return [word for word, _ in words.most_common(count)]


def _ideograph_runs(text: str) -> list[str]:
    runs, run = [], ""
    for char in text:
        if _ideograph(char):
            run += char
        else:
            if len(run) > 1:
                runs.append(run)
            run = ""
    if len(run) > 1:
        runs.append(run)
    return runs
