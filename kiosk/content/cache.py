"""A cache of the validated bundle: a start reads one JSON file instead of parsing and checking
every YAML file (eleven languages, eleven files), and is never trusted over the files.

The cache file holds a key and the bundle as plain JSON data (no pickle, nothing that runs
code when read). The key is a SHA-256 of every file of the bundle's folder, of the bundled map
the loader checks places against, and of the loader's own code (its sources; in the frozen
build, the executable that holds them), so any change to any of them misses the cache and the
files are loaded and checked again. A cache that cannot be read, or whose data do not fit the
model's types exactly, is a miss too; one that cannot be written is left alone.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import hashlib
import json
import logging
import os
import sys
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk import __version__
from kiosk.content import model
from kiosk.content.model import Bundle
from kiosk.paths import bundled

log = logging.getLogger(__name__)

CACHE_FILE = "bundle-cache.json"
FORMAT = 1
"""Changes when the cache file's layout does."""
_MAX_FILES, _MAX_BYTES = 500, 32 * 1024 * 1024
"""A folder larger than this is loaded without the cache (hashing it would cost more)."""


class _MismatchError(ValueError):
    """The cached data do not fit the model's types."""


def cached_bundle(directory: Path, cache: Path, load: Callable[[Path], Bundle]) -> Bundle:
    """The bundle in `directory`: from `cache`/bundle-cache.json when its key matches the
    files, else `load(directory)` (which raises `ContentError` for a bundle with problems),
    then stored in the cache for the next start."""
    key = _key(directory)
    path = cache / CACHE_FILE
    if key is None:
        return load(directory)
    try:
        stored = json.loads(path.read_bytes())
        if isinstance(stored, dict) and stored.get("key") == key:
            cached: Bundle = _decode(Bundle, stored["bundle"], directory)
            return cached
    except FileNotFoundError:
        pass
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        log.info("the bundle cache %s is not used (%s); loading the files", path, error)
    bundle = load(directory)
    _store(path, key, bundle)
    return bundle


def _key(directory: Path) -> str | None:
    """The SHA-256 the cache is valid for, or None for a folder too large to hash."""
    digest = hashlib.sha256(f"{FORMAT} {__version__}".encode())
    files = [(str(p.relative_to(directory)), p) for p in sorted(directory.rglob("*"))
             if p.is_file()]
    files += [(f"map/{p.name}", p) for p in sorted((bundled("resources") / "map").glob("*"))]
    if len(files) > _MAX_FILES or sum(p.stat().st_size for _, p in files) > _MAX_BYTES:
        return None
    sources = sorted(Path(model.__file__).parent.glob("*.py"))
    if sources:  # names only: the same bundle on a stick mounted elsewhere hits the cache
        files += [(f"code/{p.name}", p) for p in sources]
    else:  # frozen: the code is inside the executable
        stat = Path(sys.executable).stat()
        digest.update(f"{stat.st_size} {stat.st_mtime_ns}".encode())
    for name, path in files:
        digest.update(f"\0{name}\0{path.stat().st_size}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _store(path: Path, key: str, bundle: Bundle) -> None:
    """Write the cache atomically (a temporary file renamed over it); a folder that cannot
    be written (read-only media) only means no cache."""
    data = json.dumps({"key": key, "bundle": _encode(bundle)}, ensure_ascii=False)
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(data, encoding="utf-8")
        os.replace(temporary, path)
    except OSError as error:
        log.info("cannot write the bundle cache %s (%s)", path, error.strerror or error)
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)
                if f.init and f.name != "directory"}
    if isinstance(value, tuple | list):
        return [_encode(item) for item in value]
    if isinstance(value, dict):
        return {key: _encode(item) for key, item in value.items()}
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


_DECODERS: dict[Any, Callable[[Any, Path], Any]] = {}


def _decode(kind: Any, value: Any, directory: Path) -> Any:
    """`value` (JSON data) as an instance of the type `kind`; `_MismatchError` when it is not."""
    return _decoder(kind)(value, directory)


def _decoder(kind: Any) -> Callable[[Any, Path], Any]:
    """The function that turns JSON data into a `kind`, made once per type (the bundle has
    thousands of values and a few dozen types)."""
    if kind not in _DECODERS:
        _DECODERS[kind] = _make_decoder(kind)
    return _DECODERS[kind]


def _make_decoder(kind: Any) -> Callable[[Any, Path], Any]:
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (types.UnionType, typing.Union):
        (other,) = [arg for arg in args if arg is not type(None)]
        inner = _decoder(other)
        return lambda value, folder: None if value is None else inner(value, folder)
    if origin is typing.Literal:
        def literal(value: Any, folder: Path) -> Any:
            if value not in args:
                raise _MismatchError(f"{value!r} is not one of {args}")
            return value
        return literal
    if origin is tuple:
        item = _decoder(args[0])
        return lambda value, folder: tuple(item(v, folder) for v in _expect(value, list))
    if origin is dict:
        item = _decoder(args[1])
        return lambda value, folder: {_expect(k, str): item(v, folder)
                                      for k, v in _expect(value, dict).items()}
    if kind is Path:
        return lambda value, folder: folder
    if kind is datetime.date:
        return lambda value, folder: datetime.date.fromisoformat(_expect(value, str))
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        cls: Any = kind
        hints = typing.get_type_hints(kind, vars(model))
        names = {f.name for f in dataclasses.fields(kind) if f.init} - {"directory"}
        fields = [(name, _decoder(hints[name])) for name in sorted(names)]
        takes_folder = "directory" in hints

        def instance(value: Any, folder: Path) -> Any:
            if _expect(value, dict).keys() != names:
                raise _MismatchError(f"{cls.__name__} has {sorted(names)}, not {sorted(value)}")
            extra = {"directory": folder} if takes_folder else {}
            return cls(**extra, **{name: make(value[name], folder) for name, make in fields})
        return instance
    if kind is float:
        return lambda value, folder: float(_expect(value, int | float))
    return lambda value, folder: _expect(value, kind)


def _expect(value: Any, kind: Any) -> Any:
    """`value` when it is a `kind` (a bool is no number), else `_MismatchError`."""
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise _MismatchError(f"{value!r} is not a {kind}")
    return value
