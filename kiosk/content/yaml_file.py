"""Reads one YAML file into a node tree safely: regular file, size cap, strict UTF-8, no tags,
no anchors or aliases, bounded nesting.

Only the parser runs, never a constructor, so a tag such as `!!python/object` builds nothing;
it is reported. The node tree is composed here from the parser's events without recursion
(PyYAML's own composer recurses once per level: with its pure-Python fallback, `[[[[...`
nested ~1,000 deep in a 2 KB file raised RecursionError), so nesting is capped at
`MAX_DEPTH`. Anchors and aliases are refused at the first one, which also bounds "billion
laughs" documents.

A folded block scalar (`>`, `>-`) joins its lines with a space, as YAML says, except where
the line break falls between two East Asian wide characters: there the lines are joined with
nothing, by CSS Text 3's segment break rule (`segment_break_removed`),
so Chinese folded over several lines of the file gets no spaces between its characters.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from pathlib import Path
from typing import Any

import yaml
from yaml.resolver import Resolver

from kiosk.content.errors import Problem, Problems

try:  # the C parser is several times faster; fall back to pure Python where it is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_FILE_BYTES = 1024 * 1024
"""A language file of this office is about 20 KB; a file fifty times larger is a mistake."""

MAX_DEPTH = 32
"""Deepest nesting of lists and mappings accepted; the content format needs 5 levels."""

_STANDARD_TAG = "tag:yaml.org,2002:"
_PLAIN_TAGS = {f"{_STANDARD_TAG}{t}" for t in
               ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")}
_NO_ANCHORS = ("anchors and aliases (& and *) are not allowed in content; write the text "
               "out in full")
_resolver: Any = Resolver()  # typeshed leaves resolve() untyped
_MAY_JOIN = re.compile("[\u200b\u1100-\u115f\u231a-\u23ff\u2600-\u27bf\u2b1b-\u2b55"
                       "\u2e80-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe6f"
                       "\uff00-\uffef\U00016fe0-\U0001faff\U00020000-\U0003fffd]")
"""Every character a line break may vanish beside (zero-width space; East Asian Fullwidth,
Wide or Halfwidth by UAX #11's ranges, and more): a folded scalar without one is YAML's."""


class _RefusedError(Exception):
    """The file is refused for the reason already added to the problems."""


def read_nodes(path: Path, label: str, problems: list[Problem]) -> yaml.Node | None:
    """The file's root node, or None after adding to `problems` why it cannot be read.

    `path` must be a regular file (not a FIFO, device or directory) of at most
    `MAX_FILE_BYTES` bytes, counted on what is read, not on what `stat` says."""
    def fail(message: str, line: int = 0, column: int = 0) -> None:
        problems.append(Problem(label, line, column, "", message))

    try:
        data = _read_regular(path, label, problems)
    except _RefusedError:
        return None
    except OSError as error:
        fail(f"cannot be read ({error.strerror or error}); check that it exists and is readable")
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        fail(f"is not UTF-8 text (byte 0x{data[error.start]:02x}); save the file as UTF-8",
             line, column)
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    before = len(problems) + getattr(problems, "omitted", 0)
    try:
        root = _compose(text, label, problems)
    except _RefusedError:
        return None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        reason = error.problem or error.context or "malformed"
        fail(f"is not valid YAML: {reason}", *_position(mark))
        return None
    except yaml.reader.ReaderError as error:
        index = error.position
        if not issubclass(_Loader, yaml.reader.Reader):  # libyaml counts UTF-8 bytes
            index = len(text.encode("utf-8")[:index].decode("utf-8", "ignore"))
        line, column = _line_column(text, index)
        fail(f"is not valid YAML: the character U+{error.character:04X} is not allowed "
             "(a control character); remove it", line, column)
        return None
    except yaml.YAMLError as error:
        fail(f"is not valid YAML: {error}")
        return None
    if root is None:
        fail("is empty; it must hold the keys described in docs/content-format.md")
        return None
    return root if len(problems) + getattr(problems, "omitted", 0) == before else None


def position(node: yaml.Node) -> tuple[int, int]:
    """The 1-based line and column where a node starts."""
    return _position(node.start_mark)


def _position(mark: yaml.Mark | None) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)


def _line_column(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of the character at `index` of `text`."""
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def _read_regular(path: Path, label: str, problems: list[Problem]) -> bytes:
    """The bytes of a regular file, read through one descriptor: opened without blocking (a
    FIFO would wait forever for a writer), checked with fstat, read to one byte past the cap
    (a link to /dev/zero or a file that grows reads no further). Raises `_RefusedError` after
    adding the problem, or OSError."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            problems.append(Problem(label, 0, 0, "", "is not a regular file (a device, pipe or "
                                    "directory); put the file itself in the bundle"))
            raise _RefusedError
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_FILE_BYTES:
            chunk = os.read(descriptor, MAX_FILE_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(descriptor)
    if size > MAX_FILE_BYTES:
        problems.append(Problem(label, 0, 0, "", f"the file is more than the "
                                f"{MAX_FILE_BYTES:,} bytes a content file may have; check "
                                "that the right file was copied"))
        raise _RefusedError
    return b"".join(chunks)


def _compose(text: str, label: str, problems: list[Problem]) -> yaml.Node | None:
    """The single document of `text` as a node tree, built from parser events with an explicit
    stack. Raises `_RefusedError` (problem added) for anchors, aliases, too deep nesting or more
    than one document; tags other than the standard ones are reported and composing goes on."""
    def refuse(event: Any, message: str) -> None:
        problems.append(Problem(label, *_position(event.start_mark), "", message))
        raise _RefusedError

    def tagged(event: Any, tag: str) -> str:
        if tag not in _PLAIN_TAGS:
            problems.append(Problem(label, *_position(event.start_mark), "",
                                    f"the tag {tag!r} is not allowed in content; remove it"))
            if isinstance(problems, Problems) and problems.full:
                raise _RefusedError
        return tag

    stack: list[tuple[yaml.Node, list[Any]]] = []
    root: yaml.Node | None = None
    documents = 0
    resolve = _resolver.resolve
    loader: Any = _Loader(text)  # libyaml's events and marks are not yaml's to typeshed
    try:
        while True:
            event = loader.get_event()
            kind = type(event)
            node: yaml.Node
            if kind is yaml.ScalarEvent:
                if event.anchor is not None:
                    refuse(event, _NO_ANCHORS)
                tag = event.tag
                if tag is None or tag == "!":
                    tag = resolve(yaml.ScalarNode, event.value, event.implicit)
                if tag not in _PLAIN_TAGS:
                    tagged(event, tag)
                value = event.value
                if event.style == ">" and _MAY_JOIN.search(value):
                    value = _refolded(text, event.start_mark.index, event.end_mark.index,
                                      value)
                node = yaml.ScalarNode(tag, value, event.start_mark, None,
                                       style=event.style)  # no end mark: a third less memory
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if event.anchor is not None:
                    refuse(event, _NO_ANCHORS)
                if len(stack) >= MAX_DEPTH:
                    refuse(event, f"is nested more than {MAX_DEPTH} lists or mappings deep; "
                                  "no file of the kiosk needs that many")
                node_kind = yaml.MappingNode if kind is yaml.MappingStartEvent \
                    else yaml.SequenceNode
                tag = event.tag
                if tag is None or tag == "!":
                    tag = resolve(node_kind, None, event.implicit)
                stack.append((node_kind(tagged(event, tag), [], event.start_mark, None,
                                        flow_style=event.flow_style), []))
                continue
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                node, items = stack.pop()
                node.value = list(zip(items[::2], items[1::2], strict=True)) \
                    if isinstance(node, yaml.MappingNode) else items
            elif kind is yaml.AliasEvent:
                refuse(event, _NO_ANCHORS)
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    refuse(event, "holds more than one document (a second '---'); keep one")
                continue
            elif kind is yaml.StreamEndEvent:
                return root
            else:  # stream start, document end
                continue
            if stack:
                stack[-1][1].append(node)
            else:
                root = node
    finally:
        loader.dispose()


def segment_break_removed(before: str, after: str) -> bool:
    """Whether a line break between `before` and `after` (one character each) disappears when
    the lines are joined, by CSS Text Level 3's segment break transformation
    (https://www.w3.org/TR/css-text-3/#line-break-transform): next to a zero-width space, or
    between two characters whose East Asian Width (UAX #11) is Fullwidth, Wide or Halfwidth,
    neither of them Hangul. Otherwise the break becomes a space, as YAML folds it."""
    if "\u200b" in (before, after):
        return True
    return all(unicodedata.east_asian_width(c) in ("F", "W", "H")
               and not unicodedata.name(c, "").startswith("HANGUL") for c in (before, after))


def _refolded(text: str, start: int, end: int, folded: str) -> str:
    """The folded block scalar at `text[start:end]` (from its `>` indicator), whose value YAML
    folded to `folded`, with each line break that YAML turned into a space between two East
    Asian wide characters removed instead (`segment_break_removed`).

    The same lines read as a literal scalar (`|`, the same chomping) keep every line break;
    walking both values side by side shows which spaces of `folded` were breaks. Where that
    cannot be done (an explicit indentation indicator, which is relative to the parent's
    indentation, or values that do not line up) YAML's folding is kept."""
    source = text[start:end]
    header = source.split("\n", 1)[0].split("#", 1)[0]
    if not source.startswith(">") or any(char.isdigit() for char in header):  # !!str >, >2
        return folded
    literal = _literal("|" + source[1:])
    if literal is None:
        return folded
    out: list[str] = []
    j = 0
    for i, char in enumerate(literal):
        if j < len(folded) and char == folded[j]:
            out.append(char)
            j += 1
        elif char == "\n" and j < len(folded) and folded[j] == " ":  # a break YAML folded
            if not (0 < i < len(literal) - 1
                    and segment_break_removed(literal[i - 1], literal[i + 1])):
                out.append(" ")
            j += 1
        elif char != "\n":  # a break YAML dropped (before empty lines) is the only other case
            return folded
    return "".join(out) if j == len(folded) else folded


def _literal(source: str) -> str | None:
    """The value of the one block scalar `source` holds, or None if it is not that."""
    loader: Any = _Loader(source)
    try:
        while True:
            event = loader.get_event()
            if isinstance(event, yaml.ScalarEvent):
                return str(event.value)
            if isinstance(event, yaml.StreamEndEvent):
                return None
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()
