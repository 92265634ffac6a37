"""The kiosk package's modules import one another without a cycle, type-only imports included."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "kiosk"


def module_name(path: Path, root: Path) -> str:
    """`kiosk/ui/session.py` -> `kiosk.ui.session`; a package's `__init__.py` -> the package."""
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path) -> dict[str, set[str]]:
    """Each module of the package at `root` -> the package's modules it imports anywhere in
    its text: at the top, inside functions, and under `if TYPE_CHECKING:` (ast sees them all).
    `from a.b import c` names `a.b.c` when that is a module, otherwise `a.b`; relative imports
    are resolved against the importing module."""
    files = {module_name(path, root): path for path in sorted(root.rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[:len(package.split(".")) - (node.level - 1)]
                    base = ".".join([*anchor, *([base] if base else [])])
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    targets.add(full if full in files else base)
        graph[name] = {target for target in targets if target in files and target != name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as the list of its modules (first == last), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(name: str) -> list[str] | None:
        state[name] = 1
        path.append(name)
        for target in sorted(graph[name]):
            if state.get(target) == 1:
                return [*path[path.index(target):], target]
            if target not in state and (cycle := visit(target)) is not None:
                return cycle
        path.pop()
        state[name] = 2
        return None

    for name in sorted(graph):
        if name not in state and (cycle := visit(name)) is not None:
            return cycle
    return None


def test_find_cycle_sees_a_type_only_cycle(tmp_path: Path) -> None:
    """The check itself: a cycle made only of `if TYPE_CHECKING:` and relative imports is one."""
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "window.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.mode import Mode\n",
        encoding="utf-8")
    (package / "mode.py").write_text("from . import window\n", encoding="utf-8")
    assert find_cycle(import_graph(package)) == ["pkg.mode", "pkg.window", "pkg.mode"]


def test_no_import_cycle_in_the_kiosk_package() -> None:
    """No module of kiosk/ imports, through any chain, one that imports it back."""
    graph = import_graph(PACKAGE)
    assert "kiosk.ui.main_window" in graph  # the walk found the package
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])
