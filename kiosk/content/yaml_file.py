"""Reads one YAML file into a node tree safely: size cap, strict UTF-8, no tags, no aliases.

Only the composer runs, never a constructor, so a tag such as `!!python/object` builds
nothing; it is reported. Aliases are refused outright, which also bounds "billion laughs"
documents: the node graph is walked once with a visited set, never expanded.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from kiosk.content.errors import Problem

try:  # the C parser is several times faster; fall back to pure Python where it is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_FILE_BYTES = 1024 * 1024
"""A language file of this office is about 20 KB; a file fifty times larger is a mistake."""

_STANDARD_TAG = "tag:yaml.org,2002:"
_PLAIN_TAGS = {f"{_STANDARD_TAG}{t}" for t in
               ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")}


def read_nodes(path: Path, label: str, problems: list[Problem]) -> yaml.Node | None:
    """The file's root node, or None after adding to `problems` why it cannot be read."""
    def fail(message: str, line: int = 0, column: int = 0) -> None:
        problems.append(Problem(label, line, column, "", message))

    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            fail(f"the file is {size:,} bytes, more than the {MAX_FILE_BYTES:,} a content file "
                 "may have; check that the right file was copied")
            return None
        data = path.read_bytes()
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
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        reason = error.problem or error.context or "malformed"
        fail(f"is not valid YAML: {reason}", *_position(mark))
        return None
    except yaml.YAMLError as error:
        fail(f"is not valid YAML: {error}")
        return None
    if root is None:
        fail("is empty; it must hold the keys described in docs/content-format.md")
        return None
    before = len(problems)
    _check_plain(root, label, problems)
    return root if len(problems) == before else None


def position(node: yaml.Node) -> tuple[int, int]:
    """The 1-based line and column where a node starts."""
    return _position(node.start_mark)


def _position(mark: yaml.Mark | None) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)


def _check_plain(root: yaml.Node, label: str, problems: list[Problem]) -> None:
    """Refuse tags and aliases; each node is visited once, so shared nodes cost nothing."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            problems.append(Problem(label, *position(node), "",
                                    "anchors and aliases (& and *) are not allowed in content; "
                                    "write the text out in full"))
            return
        seen.add(id(node))
        if node.tag not in _PLAIN_TAGS:
            problems.append(Problem(label, *position(node), "",
                                    f"the tag {node.tag!r} is not allowed in content; remove it"))
            continue
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend((value, key))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
