"""Turns a YAML node tree into the dataclasses of `model`, strictly, collecting every problem.

The dataclass type hints are the schema: unknown keys, missing keys, duplicate keys, wrong
types, empty text and a value outside a `Literal[...]`'s choices are all reported with the
file, line, column and dotted key.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import sys
import types
import typing
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from kiosk.content.errors import Problem, Problems
from kiosk.content.yaml_file import position

INVALID: Any = object()
"""Returned for a value that had problems; the problems are already recorded."""

_TAG = "tag:yaml.org,2002:"
_KINDS = {
    f"{_TAG}str": "text", f"{_TAG}int": "a whole number", f"{_TAG}float": "a number",
    f"{_TAG}bool": "yes/no", f"{_TAG}null": "nothing", f"{_TAG}timestamp": "a date",
    f"{_TAG}map": "a mapping of keys", f"{_TAG}seq": "a list",
}
_constructor = SafeConstructor()
_EXPECTED = {str: (f"{_TAG}str",), int: (f"{_TAG}int",), float: (f"{_TAG}float", f"{_TAG}int"),
             datetime.date: (f"{_TAG}timestamp",)}
"""The tags a node may have for each scalar type of the model."""
_VALID = {
    datetime.date: "a real date; write it as YYYY-MM-DD (month 1-12, a day the month has, "
                   "a year from 1)",
    int: f"a usable whole number; write at most {sys.get_int_max_str_digits() or 4300} digits",
    float: "a usable number; write it with at most 300 digits",
}
"""What to write instead of a typed value the YAML resolver accepted but Python cannot build."""


@functools.cache
def _fields(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


@functools.cache
def _optional(cls: type) -> frozenset[str]:
    """The fields of `cls` that a file may leave out: those with a default (the model says
    what leaving them out means)."""
    return frozenset(f.name for f in dataclasses.fields(cls)
                     if f.default is not dataclasses.MISSING
                     or f.default_factory is not dataclasses.MISSING)


def _present(tp: Any) -> Any:
    """The type a value of `X | None` has when it is written: X (None is never written, it
    is what leaving the key out means)."""
    if isinstance(tp, types.UnionType):
        return next(arg for arg in typing.get_args(tp) if arg is not type(None))
    return tp


def describe(tp: Any) -> str:
    """How a type is named in a message to the person editing the file."""
    tp = _present(tp)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return "a mapping with the keys " + ", ".join(_fields(tp))
    origin = typing.get_origin(tp)
    if origin is typing.Literal:
        return "one of: " + ", ".join(typing.get_args(tp))
    if origin is tuple:
        return "a list"
    if origin is dict:
        return "a mapping of ids"
    return {str: "text", int: "a whole number", float: "a number",
            datetime.date: "a date (YYYY-MM-DD)"}.get(tp, str(tp))


class Reader:
    """Reads nodes of one file, adding what is wrong to a shared list of problems."""

    def __init__(self, label: str, problems: list[Problem]) -> None:
        self.label = label
        self.problems = problems

    def problem(self, node: yaml.Node, key: str, message: str) -> None:
        if isinstance(self.problems, Problems) and self.problems.counted():
            return
        self.problems.append(Problem(self.label, *position(node), key, message))

    def read(self, node: yaml.Node, tp: Any, key: str = "") -> Any:
        tp = _present(tp)
        if isinstance(tp, type) and dataclasses.is_dataclass(tp):
            return self._dataclass(node, tp, key)
        origin = typing.get_origin(tp)
        if origin is typing.Literal:
            return self._choice(node, typing.get_args(tp), key)
        if origin is tuple:
            return self._tuple(node, typing.get_args(tp)[0], key)
        if origin is dict:
            return self._dict(node, typing.get_args(tp)[1], key)
        return self._scalar(node, tp, key)

    def pairs(self, node: yaml.Node, key: str) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        """A mapping node's entries by key, reporting duplicate and non-text keys."""
        if not isinstance(node, yaml.MappingNode):
            return None
        entries: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            name = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(name, str) or key_node.tag not in (f"{_TAG}str", f"{_TAG}int"):
                self.problem(key_node, key, "keys must be plain names")
                continue
            if name in entries:
                first = position(entries[name][0])[0]
                self.problem(key_node, _join(key, name),
                             f"duplicate key (first given on line {first}); keep only one")
                continue
            entries[name] = (key_node, value_node)
        return entries

    def _dataclass(self, node: yaml.Node, cls: type, key: str) -> Any:
        entries = self._mapping(node, cls, key)
        if entries is None:
            return INVALID
        fields = _fields(cls)
        values: dict[str, Any] = {}
        ok = True
        for name, (key_node, _) in entries.items():
            if name not in fields:
                self.problem(key_node, _join(key, name),
                             f"unknown key; expected one of: {', '.join(fields)}")
                ok = False
        for name, tp in fields.items():
            if name not in entries:
                if name in _optional(cls):
                    continue  # the dataclass's default
                self.problem(node, key or "(top level)", f"missing key '{name}' ({describe(tp)})")
                ok = False
                continue
            values[name] = self.read(entries[name][1], tp, _join(key, name))
            ok = ok and values[name] is not INVALID
        return cls(**values) if ok else INVALID

    def _dict(self, node: yaml.Node, tp: Any, key: str) -> Any:
        entries = self._mapping(node, dict[str, tp], key)
        if entries is None:
            return INVALID
        values = {name: self.read(value, tp, _join(key, name))
                  for name, (_, value) in entries.items()}
        return INVALID if INVALID in values.values() else values

    def _mapping(self, node: yaml.Node, tp: Any,
                 key: str) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        entries = self.pairs(node, key)
        if entries is None:
            found = _KINDS.get(node.tag, node.tag)
            self.problem(node, key, f"expected {describe(tp)}, found {found}")
        return entries

    def _tuple(self, node: yaml.Node, tp: Any, key: str) -> Any:
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, key, f"expected a list, found {_KINDS.get(node.tag, node.tag)}")
            return INVALID
        values = tuple(self.read(item, tp, f"{key}[{i}]") for i, item in enumerate(node.value))
        return INVALID if any(v is INVALID for v in values) else values

    def _choice(self, node: yaml.Node, allowed: tuple[str, ...], key: str) -> Any:
        """A `Literal[...]` field: text that is one of `allowed`, written as it is."""
        if not isinstance(node, yaml.ScalarNode) or node.tag != f"{_TAG}str":
            self.problem(node, key, f"expected one of: {', '.join(allowed)}, found "
                                    f"{_KINDS.get(node.tag, node.tag)}")
            return INVALID
        value = node.value
        if value not in allowed:
            self.problem(node, key, f"'{_shortened(value)}' is not allowed here; write one of: "
                                    f"{', '.join(allowed)}")
            return INVALID
        return value

    def _scalar(self, node: yaml.Node, tp: Any, key: str) -> Any:
        if not isinstance(node, yaml.ScalarNode) or node.tag not in _EXPECTED[tp]:
            found = _KINDS.get(node.tag, node.tag)
            hint = "; put it in quotes" if tp is str and isinstance(node, yaml.ScalarNode) else ""
            self.problem(node, key, f"expected {describe(tp)}, found {found}{hint}")
            return INVALID
        if tp is str:  # what SafeConstructor makes of a str node: its text, unchanged
            if not node.value.strip():
                self.problem(node, key, "the text is empty; write the text")
                return INVALID
            return node.value
        try:
            value = _constructor.construct_object(node)
            if tp is float:
                value = float(value)
        except (ValueError, OverflowError):  # 1993-02-30, 25:00:00, an int of 5,000 digits
            self.problem(node, key, f"'{_shortened(node.value)}' is not {_VALID[tp]}")
            return INVALID
        if tp is datetime.date and isinstance(value, datetime.datetime):
            return value.date()
        return value


def _shortened(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text):,} characters)"


def _join(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name
