"""The kiosk's settings, each declared once: defaults, ranges, help, file checks, options.

Every setting is one field of `Settings` made with `setting(...)`: its name, type and default
are the field's, its range, help text, command-line option and operator-panel choices are its
`Declared`. The settings file's checks (`load_settings`), the command-line options
(`kiosk.app.build_parser`) and the panel's choices (`kiosk.ui.operator.panel`) all read that
declaration, so adding a setting is one declaration plus its use.

An invalid or unreadable settings file never stops the kiosk: `load_settings` returns the
defaults for whatever is wrong, plus one message per problem for the log and the operator.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from PySide6.QtCore import QSaveFile
from yaml.constructor import SafeConstructor

from kiosk.content.errors import ContentError, Problem, Problems
from kiosk.content.yaml_file import position, read_nodes
from kiosk.locale_codes import is_language_code

SETTINGS_FILE = "settings.yaml"
PIN_HASH = re.compile(r"scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+")

Check = Callable[[Any], "str | None"]
"""A file value (as YAML reads it) -> None when good, else what was expected."""
T = TypeVar("T")
_UNREADABLE = object()
"""Stands for a value the constructor refused: every `Check` says what it expected."""


@dataclass(frozen=True)
class Declared:
    """How one setting is checked and offered; `name` and `default` are its field's.

    `low`..`high` is the one range (inclusive) the file, the command line and the panel
    share; `what` names the value in messages ("a whole number of seconds"). `option` is
    its command-line option (None: file only), with `flag` the value a flag option sets
    (None: the option takes a value, parsed like the file's), `dest` the attribute of the
    parsed options. `choices` are what the operator panel offers (empty: not in the panel,
    or choices that come from elsewhere, as the bundle's languages). `below` names the
    setting this one must be smaller than. `option_help` replaces `help` in `kiosk --help`
    where the option says the opposite of the setting (--no-animations).
    """

    help: str
    check: Check
    low: float | None = None
    high: float | None = None
    what: str = ""
    option: str | None = None
    flag: bool | None = None
    metavar: str | None = None
    dest: str = ""
    choices: tuple[Any, ...] = ()
    below: str | None = None
    option_help: str = ""
    name: str = ""
    default: Any = None

    def from_text(self, text: str) -> Any:
        """The value of a command-line option's `text`; ValueError saying what was expected."""
        value: Any = text
        if isinstance(self.default, bool):
            raise ValueError(f"{self.option} takes no value")
        if isinstance(self.default, int):
            value = int(text) if re.fullmatch(r"[+-]?\d+", text.strip()) else None
        elif isinstance(self.default, float):
            try:
                value = float(text)
            except ValueError:
                value = None
        error = self.check(value)
        if error:
            raise ValueError(f"{text!r}: {error}")
        return float(value) if isinstance(self.default, float) else value


def setting(default: T, help: str, check: Check | None = None, **declared: Any) -> T:
    """A `Settings` field: `default`, and its `Declared` (help, range, option, choices).

    Without `check`, a number's check is its range (`low`, `high`, `what`) and a bool's is
    true or false.
    """
    low, high, what = declared.get("low"), declared.get("high"), declared.get("what", "")
    if check is None:
        if isinstance(default, bool):
            check = _bool
        elif isinstance(default, int) and low is not None and high is not None:
            check = _whole(int(low), int(high), what)
        elif isinstance(default, float) and low is not None and high is not None:
            check = _number(float(low), float(high), what)
        else:
            raise TypeError(f"setting({default!r}) needs a check")
    return field(default=default,  # type: ignore[no-any-return]
                 metadata={"declared": Declared(help=help, check=check, **declared)})


def _bool(value: Any) -> str | None:
    return None if isinstance(value, bool) else "expected true or false"


def _whole(low: int, high: int, what: str) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            return f"expected {what} from {low} to {high}"
        return None
    return check


def _number(low: float, high: float, what: str) -> Check:
    def check(value: Any) -> str | None:
        if (isinstance(value, bool) or not isinstance(value, int | float)
                or not low <= value <= high):  # NaN is refused: it compares false
            return f"expected {what} from {low} to {high}"
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


def _public_keys(value: Any) -> str | None:
    from kiosk.packs.minisign import public_key_problem  # only when the file lists keys

    if not isinstance(value, list):
        return "expected a list of minisign public keys (the second line of each .pub file)"
    return next((f"item {n + 1}: {problem}" for n, key in enumerate(value)
                 if (problem := public_key_problem(key))), None)


def _folder(value: Any) -> str | None:
    return None if isinstance(value, str) else "expected a folder path, or '' for none"


KIOSK_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
"""A kiosk id is its status file's name in the outbox (status/<id>.json): a safe file name."""


def _kiosk_id(value: Any) -> str | None:
    if value == "" or (isinstance(value, str) and KIOSK_ID.fullmatch(value)):
        return None
    return ("expected up to 64 letters, digits, '.', '_' or '-' (not first), or '' for the id "
            "generated once and kept in the data folder")


def _kiosk_name(value: Any) -> str | None:
    if isinstance(value, str) and len(value) <= 100 and value.isprintable():
        return None
    return "expected a name of up to 100 characters on one line, or '' for the host name"


@dataclass(frozen=True)
class Settings:
    """What the operator set: the settings file, overridden by the command line.

    Each field is one setting, declared with `setting(...)` (see `DECLARED`).
    """

    kiosk: bool = setting(
        False, "locked-down full screen with idle reset and attract screen",
        option="--kiosk", flag=True)
    default_language: str = setting(
        "", "language to start in (default: the bundle's default language)", _language,
        option="--lang", metavar="CODE", dest="lang")
    """Empty: the content's default."""
    languages: tuple[str, ...] = setting(
        (), "the languages offered to visitors (default: all of the content's)", _languages)
    idle_timeout: int = setting(
        90, "seconds without input before the idle warning", low=2, high=24 * 3600,
        what="a whole number of seconds", option="--idle-timeout", metavar="SECONDS",
        choices=(30, 60, 90, 120, 180, 300, 600))
    """From 2 s, the shortest that leaves room for a 1-second warning, to a day."""
    idle_warning: int = setting(
        15, "seconds the idle warning counts down", low=1, high=300,
        what="a whole number of seconds", option="--idle-warning", metavar="SECONDS",
        below="idle_timeout")
    """From 1 s, the shortest countdown that shows a number, to 5 minutes: a longer
    "Still there?" would keep the next visitor waiting."""
    idle_reset: bool | None = setting(
        None, "reset when idle; null: only in kiosk mode (a field laptop is never reset)",
        _optional_bool)
    hide_cursor: bool = setting(False, "hide the mouse pointer (a touch screen)")
    animations: bool = setting(
        True, "the short slide between screens", option="--no-animations", flag=False,
        option_help="no slide between screens")
    text_scale: float = setting(
        1.0, "text size for each new visitor, 1.0 being normal", low=1.0, high=2.0,
        what="a text size", option="--text-scale", metavar="FACTOR")
    """The look each visitor starts with (the idle reset brings it back); 2.0 is the
    largest the layouts are checked at."""
    high_contrast: bool = setting(
        False, "start each visitor in the high-contrast theme", option="--high-contrast",
        flag=True)
    pin_hash: str = setting(
        "", "salted scrypt hash of the operator PIN, written by 'kiosk set-pin'; never the "
        "PIN", _pin_hash)
    trusted_keys: tuple[str, ...] = setting(
        (), "minisign public keys whose signed content packs this kiosk installs (the "
        "second line of each .pub file)", _public_keys)
    allow_unsigned_packs: bool = setting(
        False, "install content packs without a signature (never for a kiosk in public: "
        "anyone with a USB stick could change its content)")
    """Off by default; when set true in the file it is honoured everywhere, kiosk mode
    included (docs/packs.md), and every receipt says the pack was unsigned."""
    inbox: str = setting(
        "", "folder watched for content packs (a synced folder); '' for none", _folder)
    outbox: str = setting(
        "", "folder the kiosk writes its status file into (status/<kiosk_id>.json, a folder "
        "synced to the office: docs/deploy/fleet.md); '' for none", _folder)
    kiosk_id: str = setting(
        "", "this kiosk's id in the fleet (its status file's name); '' for one generated once "
        "and kept in the data folder", _kiosk_id)
    kiosk_name: str = setting(
        "", "this kiosk's name in 'kiosk fleet status', such as 'Bishkek, lobby'; '' for the "
        "machine's host name", _kiosk_name)

    @property
    def resets_when_idle(self) -> bool:
        return self.kiosk if self.idle_reset is None else self.idle_reset


DECLARED: dict[str, Declared] = {
    f.name: dataclasses.replace(f.metadata["declared"], name=f.name, default=f.default,
                                dest=f.metadata["declared"].dest or f.name)
    for f in dataclasses.fields(Settings)}
"""Every setting's declaration, by name, in the order of `Settings`."""


def conflict(settings: Settings) -> tuple[Declared, str] | None:
    """The first setting that breaks its `below` rule (idle_warning < idle_timeout) and what
    to say about it, or None when every rule holds."""
    for declared in DECLARED.values():
        if declared.below is not None:
            value, limit = getattr(settings, declared.name), getattr(settings, declared.below)
            if not value < limit:
                return declared, (f"{declared.name} ({value}) must be shorter than "
                                  f"{declared.below} ({limit})")
    return None


def add_options(parser: argparse.ArgumentParser) -> None:
    """Add the command-line option of every declared setting that has one.

    Each option's default is None (not given: the settings file's value stays); a value
    outside the declared range is refused with the range in the message.
    """
    for declared in DECLARED.values():
        if declared.option is None:
            continue
        if declared.flag is not None:
            parser.add_argument(declared.option, dest=declared.dest, default=None,
                                action="store_const", const=declared.flag,
                                help=_option_help(declared))
            continue
        parser.add_argument(declared.option, dest=declared.dest, metavar=declared.metavar,
                            type=_option_type(declared), help=_option_help(declared))


def with_options(settings: Settings, options: argparse.Namespace) -> Settings:
    """`settings` with each setting given on the command line (by `add_options`) replaced."""
    changes = {d.name: getattr(options, d.dest) for d in DECLARED.values()
               if d.option is not None and getattr(options, d.dest, None) is not None}
    return dataclasses.replace(settings, **changes)


def _option_type(declared: Declared) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        try:
            return declared.from_text(text)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from error
    parse.__name__ = declared.what or declared.name  # argparse names the type in messages
    return parse


def _option_help(declared: Declared) -> str:
    if declared.option_help:
        return declared.option_help
    if declared.low is None or isinstance(declared.default, str):
        return declared.help
    return f"{declared.help} (from {declared.low} to {declared.high}; default {declared.default})"


def default_settings_path() -> Path:
    """settings.yaml in the config folder (kiosk.paths.config_dir: portable or per-user)."""
    from kiosk.paths import config_dir

    return config_dir() / SETTINGS_FILE


def load_settings(path: Path) -> tuple[Settings, list[str]]:
    """The settings in `path` (defaults where a value is wrong or the file is missing).

    Never raises, whatever the file holds (issue 12: every case of the YAML test suite gives
    the defaults and messages). The messages say, for each thing ignored, the file, line, key
    and what to do, with control characters escaped (`Problem`); after `MAX_PROBLEMS` of
    them one last message counts the rest, as `kiosk validate` does for content.
    """
    if not path.exists():
        return Settings(), []
    label = str(path)
    problems = Problems()
    root = read_nodes(path, label, problems)
    if root is None:
        return Settings(), _messages(problems, "; using the default settings")
    if not isinstance(root, yaml.MappingNode):
        problems.append(Problem(label, *position(root), "", "expected keys such as "
                                "'kiosk: true'; using the default settings"))
        return Settings(), _messages(problems)
    values: dict[str, Any] = {}
    constructor = SafeConstructor()
    known = ", ".join(DECLARED)

    def report(node: yaml.Node, key: str, message: str) -> None:
        if not problems.counted():  # once full, only counted: a 1 MiB file of bad keys
            problems.append(Problem(label, *position(node), key, message))

    for key_node, value_node in root.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        declared = DECLARED.get(key) if isinstance(key, str) else None
        if declared is None:
            if key is None:
                report(key_node, "", "a list or mapping as a key is not a setting, ignored; "
                       f"known settings: {known}")
            else:
                report(key_node, key, f"unknown setting, ignored; known settings: {known}")
            continue
        if declared.name in values:
            report(key_node, declared.name, "given twice; the first one is used")
            continue
        try:
            value = constructor.construct_object(value_node, deep=True)
        except (yaml.YAMLError, ValueError, TypeError, KeyError, ArithmeticError) as error:
            # What the parser accepts the constructor may refuse: 2023-02-30, an integer
            # of more than 4,300 digits (sys.get_int_max_str_digits), `!!bool maybe`.
            report(key_node, declared.name, f"cannot be read as a value ({_reason(error)}); "
                   f"{declared.check(_UNREADABLE)}; using the default ({declared.default!r})")
            continue
        error_text = declared.check(value)
        if error_text:
            report(key_node, declared.name,
                   f"{error_text}; using the default ({declared.default!r})")
            continue
        if isinstance(value, list):
            value = tuple(value)
        elif isinstance(declared.default, float):
            value = float(value)  # `text_scale: 2` is 2.0
        values[declared.name] = value
    settings = Settings(**values)
    broken = conflict(settings)
    if broken is not None:
        declared, problem = broken
        problems.append(Problem(label, 0, 0, "", f"{problem}; using the defaults for both"))
        settings = dataclasses.replace(settings, **{
            name: DECLARED[name].default for name in (declared.name, str(declared.below))})
    return settings, _messages(problems)


def _messages(problems: Problems, suffix: str = "") -> list[str]:
    """One line per kept problem (`suffix` added), then ContentError's count of the rest."""
    return [f"{problem}{suffix if problem.file else ''}"
            for problem in ContentError(problems).problems]


def _reason(error: Exception) -> str:
    """What the constructor said, without its marks (the message has the place), cut short:
    `int('1.5' * 100_000)` would put the whole value in the message."""
    text = (error.problem or "") if isinstance(error, yaml.MarkedYAMLError) else str(error)
    text = text or type(error).__name__
    return text if len(text) <= 80 else text[:79] + "…"


def save_settings(settings: Settings, path: Path) -> None:
    """Write the settings atomically: after a crash the old file or the new one, never half.

    Raises OSError with the reason when the file cannot be written; the old file stays.
    """
    data = {f.name: getattr(settings, f.name) for f in dataclasses.fields(settings)}
    data["languages"] = list(settings.languages)
    data["trusted_keys"] = list(settings.trusted_keys)
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
