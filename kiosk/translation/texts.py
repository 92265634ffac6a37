"""The texts of a bundle's language files as entries keyed by path, and the bundle's languages,
read without the full loader (so coverage can still count a bundle the loader refuses)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from kiosk.content.errors import Problem
from kiosk.content.loader import BUNDLE_FILE
from kiosk.content.model import BundleInfo
from kiosk.content.schema import INVALID, Reader
from kiosk.content.yaml_file import read_nodes

_STR = "tag:yaml.org,2002:str"


@dataclass(frozen=True)
class Entry:
    """One text of a language file: `key`, its path (`office.name`, `countries.KZ.role`,
    `pages.visit[0].items[1]`: mapping keys joined by dots, list items by their 0-based
    index), `text` as the loader reads it, and the 1-based `line` where it starts."""

    key: str
    text: str
    line: int


def walk(root: yaml.Node) -> Iterator[tuple[str, yaml.ScalarNode, yaml.Node | None, bool]]:
    """Every text scalar under `root` in file order: (key path, node, owner, in_flow).

    `owner` is the key node of a mapping value or the list node of a list item (its column
    is where the value's indentation starts); `in_flow` says a `[...]` or `{...}` holds it.
    Iterative: the tree is at most yaml_file.MAX_DEPTH deep, but needs no recursion."""
    stack: list[tuple[str, yaml.Node, yaml.Node | None, bool]] = [("", root, None, False)]
    while stack:
        key, node, owner, in_flow = stack.pop()
        if isinstance(node, yaml.MappingNode):
            flow = in_flow or bool(node.flow_style)
            stack.extend((f"{key}.{k.value}" if key else str(k.value), v, k, flow)
                         for k, v in reversed(node.value))
        elif isinstance(node, yaml.SequenceNode):
            flow = in_flow or bool(node.flow_style)
            stack.extend((f"{key}[{i}]", v, node, flow)
                         for i, v in reversed(list(enumerate(node.value))))
        elif isinstance(node, yaml.ScalarNode) and node.tag == _STR:
            yield key, node, owner, in_flow


def entries_of(root: yaml.Node) -> dict[str, Entry]:
    """The texts under `root` by key path, in file order."""
    return {key: Entry(key, node.value, node.start_mark.line + 1)
            for key, node, _, _ in walk(root)}


def read_entries(path: Path, label: str, problems: list[Problem]) -> dict[str, Entry] | None:
    """The texts of the language file at `path` (named `label` in messages), or None after
    adding to `problems` why it cannot be read (yaml_file.read_nodes: size, UTF-8, no tags,
    anchors or deep nesting)."""
    root = read_nodes(path, label, problems)
    return None if root is None else entries_of(root)


def read_bundle_info(directory: Path, problems: list[Problem]) -> BundleInfo | None:
    """bundle.yaml's `bundle` part (id, version, reference and default language, languages
    with their files and status), or None after adding its problems: enough to find the
    language files of a bundle whose other parts the loader refuses."""
    root = read_nodes(directory / BUNDLE_FILE, BUNDLE_FILE, problems)
    if root is None:
        return None
    reader = Reader(BUNDLE_FILE, problems)
    entries = reader.pairs(root, "")
    if not entries or "bundle" not in entries:
        problems.append(Problem(BUNDLE_FILE, 1, 1, "bundle", "missing; see "
                                "docs/content-format.md"))
        return None
    info = reader.read(entries["bundle"][1], BundleInfo, "bundle")
    return None if info is INVALID else info  # type: ignore[no-any-return]


def language_path(directory: Path, file: str) -> Path | None:
    """The language file `file` of the bundle in `directory`, or None when its name points
    outside the bundle (the loader reports that; nothing outside is read)."""
    name = Path(file)
    if name.is_absolute() or ".." in name.parts:
        return None
    return directory / name
