"""Changes texts of a YAML file in its text, leaving every other character as it was.

No dumper round trip: each changed scalar's span (its node's start and end marks) is replaced
by the new text written in a style that reads back as exactly that text, and every comment,
key order, blank line and untouched line stays byte for byte. The style follows the old one
where it can: a one-liner stays one (plain, else double-quoted) when the new text fits the
line (`WIDTH`); a block, or a text too long for its line, becomes a `>-` block indented two
columns past its key, folded at spaces; a text with line breaks becomes a `|-` block;
anything else is double-quoted with escapes. Each choice is checked by parsing the result
(the new text there, every other text as it was), and the next style is tried otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import yaml

from kiosk.translation.texts import walk

WIDTH = 100
"""Longest line written (the content files' own width); a word longer than a line is kept."""

try:  # the C parser is much faster; its marks count characters as the pure one does
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_PLAIN_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


class EditError(Exception):
    """A text could not be written so that it reads back unchanged (a bug: nothing is
    written); the message names the key."""


def replace_texts(text: str, changes: dict[str, str]) -> str:
    """`text` (a YAML document) with the scalar at each key of `changes` (texts.Entry keys)
    holding the new value. Raises KeyError for a key the document has no text at, EditError
    when no style reads back as the value."""
    newline = "\r\n" if "\r\n" in text else "\n"
    spans = {key: (node, owner, flow) for key, node, owner, flow in _walk(text)}
    for key in changes:
        if key not in spans:
            raise KeyError(key)
    values = {key: node.value for key, (node, _, _) in spans.items()}
    # From the end of the file backwards: an edit moves nothing before it.
    for key in sorted(changes, key=lambda k: spans[k][0].start_mark.index, reverse=True):
        node, owner, flow = spans[key]
        indent = (owner.start_mark.column if owner is not None else 0) + 2
        expected = {**values, key: changes[key]}
        for start, end, written in _candidates(text, node, indent, flow, changes[key], newline):
            attempt = text[:start] + written + text[end:]
            if _values(attempt) == expected:  # this text changed, every other one as it was
                text, values = attempt, expected
                break
        else:
            raise EditError(f"{key}: the new text cannot be written so that it reads back "
                            "unchanged; nothing was written")
    return text


def _walk(text: str) -> Iterator[tuple[str, yaml.ScalarNode, yaml.Node | None, bool]]:
    root = yaml.compose(text, Loader=_Loader)
    return walk(root) if root is not None else iter(())


def _values(text: str) -> dict[str, str] | None:
    """Every text of the document by key, in order; None when it is not YAML any more."""
    try:
        return {k: n.value for k, n, _, _ in _walk(text)}
    except yaml.YAMLError:
        return None


def _candidates(text: str, node: yaml.ScalarNode, indent: int, flow: bool, value: str,
                newline: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) replacements for the node's span, the preferred style first."""
    start, end = node.start_mark.index, node.end_mark.index
    span = text[start:end]
    comment, trailing = "", ""
    if node.style in (">", "|"):
        header = span.partition("\n")[0]
        if "#" in header:
            comment = header[header.index("#"):].rstrip()
        trailing = span[len(span.rstrip()):]  # the line break and blank lines after the block
    else:
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        rest = text[end:line_end].rstrip("\r")
        if not rest.strip() or rest.lstrip().startswith("#"):
            comment = rest.strip()
            end += len(rest)
    column = node.start_mark.column
    inline = f"  {comment}" if comment else ""

    def one_line(written: str) -> tuple[int, int, str]:
        return start, end, written + inline + trailing

    def block(indicator: str, lines: list[str]) -> tuple[int, int, str]:
        body = newline.join(" " * indent + line if line else "" for line in lines)
        return start, end, f"{indicator}{inline}{newline}{body}" + (trailing or "")

    def fits(written: str) -> bool:
        return column + len(written + inline) <= WIDTH

    styles: list[tuple[int, int, str]] = []
    quoted = _double_quoted(value)
    if flow:
        yield one_line(quoted)
        return
    if "\n" in value:
        styles.append(block("|-" if not value.endswith("\n") else "|", value.split("\n")
                            if not value.endswith("\n") else value[:-1].split("\n")))
    elif node.style not in (">", "|") and fits(quoted):
        if node.style in (None, "") and not _PLAIN_UNSAFE.search(value):
            styles.append(one_line(value))
        styles.append(one_line(quoted))
    if "\n" not in value:
        styles.append(block(">-", _fold(value, WIDTH - indent)))
    yield from styles
    yield one_line(quoted)


def _fold(value: str, width: int) -> list[str]:
    """`value` cut into lines of at most `width` characters at single spaces between two
    non-space characters (where folding gives the space back); a longer word stays whole."""
    words = re.split(r"(?<=\S) (?=\S)", value)
    lines: list[str] = []
    for word in words:
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _double_quoted(value: str) -> str:
    """`value` as a YAML double-quoted scalar on one line: quotes, backslashes, line breaks
    and every non-printable character escaped."""
    def escape(char: str) -> str:
        if char in _ESCAPES:
            return _ESCAPES[char]
        if _PLAIN_UNSAFE.match(char):
            return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"
        return char
    return '"' + "".join(escape(c) for c in value) + '"'
