"""The kiosk's settings file: defaults, validation with file/line/key, atomic saving.

An invalid or unreadable settings file never stops the kiosk: `load_settings` returns the
defaults for whatever is wrong, plus one message per problem for the log and the operator.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from PySide6.QtCore import QSaveFile, QStandardPaths
from yaml.constructor import SafeConstructor

from kiosk.content.errors import Problem
from kiosk.content.yaml_file import position, read_nodes
from kiosk.locale_codes import is_language_code

SETTINGS_FILE = "settings.yaml"
PIN_HASH = re.compile(r"scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+")


@dataclass(frozen=True)
class Settings:
    kiosk: bool = False
    """Locked-down full screen with idle reset and attract screen."""
    default_language: str = ""
    """The language each visitor starts in; empty: the content's default."""
    languages: tuple[str, ...] = ()
    """The languages offered to visitors; empty: all of the content's."""
    idle_timeout: int = 90
    """Seconds without input before the "Still there?" warning."""
    idle_warning: int = 15
    """Seconds the warning counts down before the kiosk starts over."""
    idle_reset: bool | None = None
    """Reset when idle; unset: only in kiosk mode (a field laptop is never reset)."""
    hide_cursor: bool = False
    animations: bool = True
    """The short slide between screens."""
    pin_hash: str = ""
    """Salted scrypt hash of the operator PIN, written by `kiosk set-pin`; never the PIN."""

    @property
    def resets_when_idle(self) -> bool:
        return self.kiosk if self.idle_reset is None else self.idle_reset


def _bool(value: Any) -> str | None:
    return None if isinstance(value, bool) else "expected true or false"


def _seconds(low: int, high: int) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            return f"expected a whole number of seconds from {low} to {high}"
        return None
    return check


def _language(value: Any) -> str | None:
    if value == "" or is_language_code(value):
        return None
    return "expected a language code such as ar, en, ru or uz_Latn"


def _languages(value: Any) -> str | None:
    if isinstance(value, list) and all(is_language_code(v) for v in value) \
            and len(set(value)) == len(value):
        return None
    return "expected a list of different language codes such as [ar, en, ru]"


def _optional_bool(value: Any) -> str | None:
    return None if value is None or isinstance(value, bool) else "expected true, false or null"


def _pin_hash(value: Any) -> str | None:
    if value == "" or (isinstance(value, str) and PIN_HASH.fullmatch(value)):
        return None
    return "not a PIN hash written by 'kiosk set-pin'; run it again to set the PIN"


_CHECKS: dict[str, Callable[[Any], str | None]] = {
    "kiosk": _bool,
    "default_language": _language,
    "languages": _languages,
    "idle_timeout": _seconds(10, 24 * 3600),
    "idle_warning": _seconds(3, 300),
    "idle_reset": _optional_bool,
    "hide_cursor": _bool,
    "animations": _bool,
    "pin_hash": _pin_hash,
}
assert set(_CHECKS) == {f.name for f in dataclasses.fields(Settings)}


def default_settings_path() -> Path:
    """settings.yaml in the platform's per-user config folder (QStandardPaths)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(folder) / SETTINGS_FILE


def load_settings(path: Path) -> tuple[Settings, list[str]]:
    """The settings in `path` (defaults where a value is wrong or the file is missing).

    The messages say, for each thing ignored, the file, line, key and what to do.
    """
    if not path.exists():
        return Settings(), []
    problems: list[Problem] = []
    root = read_nodes(path, str(path), problems)
    if root is None:
        return Settings(), [f"{p}; using the default settings" for p in problems]
    if not isinstance(root, yaml.MappingNode):
        line, column = position(root)
        return Settings(), [f"{path}:{line}:{column}: expected keys such as 'kiosk: true'; "
                            "using the default settings"]
    values: dict[str, Any] = {}
    messages: list[str] = []
    constructor = SafeConstructor()
    for key_node, value_node in root.value:
        key = key_node.value
        line, column = position(key_node)
        where = f"{path}:{line}:{column}: {key}"
        if key not in _CHECKS:
            messages.append(f"{where}: unknown setting, ignored; known settings: "
                            f"{', '.join(_CHECKS)}")
            continue
        if key in values:
            messages.append(f"{where}: given twice; the first one is used")
            continue
        value = constructor.construct_object(value_node, deep=True)
        error = _CHECKS[key](value)
        if error:
            default = getattr(Settings(), key)
            messages.append(f"{where}: {error}; using the default ({default!r})")
            continue
        values[key] = tuple(value) if isinstance(value, list) else value
    settings = Settings(**values)
    if settings.idle_warning >= settings.idle_timeout:
        messages.append(f"{path}: idle_warning ({settings.idle_warning} s) must be shorter than "
                        f"idle_timeout ({settings.idle_timeout} s); using the defaults for both")
        settings = dataclasses.replace(settings, idle_timeout=Settings.idle_timeout,
                                       idle_warning=Settings.idle_warning)
    return settings, messages


def save_settings(settings: Settings, path: Path) -> None:
    """Write the settings atomically: after a crash the old file or the new one, never half.

    Raises OSError with the reason when the file cannot be written; the old file stays.
    """
    data = {f.name: getattr(settings, f.name) for f in dataclasses.fields(settings)}
    data["languages"] = list(settings.languages)
    text = ("# Settings of the OHCHR Central Asia kiosk, written by the kiosk.\n"
            "# See docs/deploy/README.md; check values in the operator panel.\n"
            + yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OSError(f"cannot write {path}: cannot create the folder {path.parent} "
                      f"({error.strerror or error}); the previous settings are kept") from error
    file = QSaveFile(str(path))
    if not file.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise OSError(f"cannot write {path}: {file.errorString()}")
    encoded = text.encode("utf-8")
    if file.write(encoded) != len(encoded) or not file.commit():
        reason = file.errorString()
        file.cancelWriting()
        raise OSError(f"cannot write {path}: {reason}; the previous settings are kept")
