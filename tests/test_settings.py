"""The settings file: defaults, specific messages for bad values, saves that are never half done."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSaveFile

from kiosk.app import parse_options
from kiosk.content import load_bundle
from kiosk.content.errors import MAX_PROBLEMS, printable
from kiosk.settings import Settings, load_settings, save_settings

if TYPE_CHECKING:
    from tests.helpers import MakeWindow


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    """No settings file: the defaults (windowed, 90 s idle, 15 s warning), no complaint."""
    settings, messages = load_settings(tmp_path / "settings.yaml")
    assert settings == Settings() and not messages
    assert (settings.idle_timeout, settings.idle_warning, settings.kiosk) == (90, 15, False)


def test_values_are_read(tmp_path: Path) -> None:
    """Every setting is read from the file."""
    path = write(tmp_path / "s.yaml", "kiosk: true\ndefault_language: ru\nlanguages: [ru, en]\n"
                 "idle_timeout: 120\nidle_warning: 20\nhide_cursor: true\n")
    settings, messages = load_settings(path)
    assert not messages
    assert settings == Settings(kiosk=True, default_language="ru", languages=("ru", "en"),
                                idle_timeout=120, idle_warning=20, hide_cursor=True)
    assert settings.resets_when_idle


@pytest.mark.parametrize(("text", "expected"), [
    ("kiosk: yes please\n", ":1:1: kiosk: expected true or false; using the default (False)"),
    ("idle_timeout: 1\n", ":1:1: idle_timeout: expected a whole number of seconds from 2"),
    ("idle_timeout: 60\nidle_warning: ten\n", ":2:1: idle_warning: expected a whole number"),
    ("languages: [ar, ar]\n", ":1:1: languages: expected a list of different language codes"),
    ("kiosk: true\ncolour: blue\n", ":2:1: colour: unknown setting, ignored"),
    ("pin_hash: '1234'\n", ":1:1: pin_hash: not a PIN hash written by 'kiosk set-pin'"),
    ("kiosk: [\n", "is not valid YAML"),
    ("- kiosk\n", ":1:1: expected keys such as 'kiosk: true'; using the default settings"),
    ("kiosk: !!python/object/apply:os.system [ls]\n", "is not allowed"),
])
def test_bad_value_is_named_and_defaulted(tmp_path: Path, text: str, expected: str) -> None:
    """A bad value never stops the kiosk: that value is the default, and the message says where."""
    path = write(tmp_path / "settings.yaml", text)
    settings, messages = load_settings(path)
    assert any(m.startswith(str(path)) and expected in m for m in messages), messages
    assert settings.idle_timeout in (60, 90)  # the file's good value or the default


@pytest.mark.parametrize("value", [
    "2023-02-30",  # a date YAML reads but no calendar has
    "9" * 5000,  # more digits than Python converts (sys.get_int_max_str_digits)
    "!!int 1.5",
    "!!bool maybe",
])
def test_value_the_constructor_refuses_is_defaulted(tmp_path: Path, value: str) -> None:
    """A value the parser accepts but cannot be turned into one gives the default and says where,
    without the whole value in the message."""
    path = write(tmp_path / "settings.yaml", f"kiosk: true\nidle_timeout: {value}\n")
    settings, messages = load_settings(path)
    assert settings == Settings(kiosk=True)
    assert len(messages) == 1, messages
    assert messages[0].startswith(f"{path}:2:1: idle_timeout: cannot be read as a value (")
    assert messages[0].endswith("expected a whole number of seconds from 2 to 86400; "
                                "using the default (90)")
    assert len(messages[0]) < len(str(path)) + 250


@pytest.mark.parametrize("key", ["[a, b]", "{a: b}", "[[kiosk]]"])
def test_a_list_or_mapping_as_key_is_named_plainly(tmp_path: Path, key: str) -> None:
    """A complex key (`? [a, b]`) is said to be one, not shown as the parser's objects."""
    path = write(tmp_path / "settings.yaml", f"? {key}\n: 1\nkiosk: true\n")
    settings, messages = load_settings(path)
    assert settings == Settings(kiosk=True)
    assert messages == [f"{path}:1:3: a list or mapping as a key is not a setting, ignored; "
                        f"known settings: {', '.join(f.name for f in fields(Settings))}"]


@pytest.mark.parametrize(("text", "shown"), [
    ('"colour\\nkiosk: true": 1\n', "colour\\nkiosk: true: unknown setting"),
    ('"\\e[2J": 1\n', "\\x1b[2J: unknown setting"),
    ('"\\u202eeulav": 1\n', "\\u202eeulav: unknown setting"),
    ('idle_timeout: !!int "\\e[2J\\r"\n', "'\\x1b[2J\\r'"),
])
def test_keys_and_values_are_escaped_in_messages(tmp_path: Path, text: str, shown: str) -> None:
    """A key or value with a newline, an escape sequence or a bidi override is shown escaped:
    it can neither forge a log line nor drive the operator's terminal."""
    path = write(tmp_path / "settings.yaml", text)
    settings, messages = load_settings(path)
    assert settings == Settings()
    assert len(messages) == 1 and shown in messages[0], messages
    assert printable(messages[0]) == messages[0]


def test_a_file_of_many_problems_gives_bounded_messages(tmp_path: Path) -> None:
    """5,000 unknown keys: the first MAX_PROBLEMS are listed, then one line counts the rest,
    so the log and the operator panel get a page, not megabytes."""
    path = write(tmp_path / "settings.yaml",
                 "".join(f"colour{i}: blue\n" for i in range(5000)) + "idle_timeout: 60\n")
    settings, messages = load_settings(path)
    assert settings == Settings(idle_timeout=60)
    assert len(messages) == MAX_PROBLEMS + 1
    assert messages[0].startswith(f"{path}:1:1: colour0: unknown setting")
    assert messages[-1].startswith(f"... and {5000 - MAX_PROBLEMS:,} more problems not shown")


def test_good_values_survive_a_bad_one(tmp_path: Path) -> None:
    """Only the wrong value falls back; the others are used."""
    path = write(tmp_path / "s.yaml", "kiosk: true\nidle_timeout: -5\nhide_cursor: true\n")
    settings, messages = load_settings(path)
    assert settings.kiosk and settings.hide_cursor and settings.idle_timeout == 90
    assert len(messages) == 1


def test_warning_longer_than_timeout(tmp_path: Path) -> None:
    """A warning as long as the idle time itself falls back to the defaults for both."""
    path = write(tmp_path / "s.yaml", "idle_timeout: 20\nidle_warning: 30\n")
    settings, messages = load_settings(path)
    assert (settings.idle_timeout, settings.idle_warning) == (90, 15)
    assert "must be shorter than idle_timeout" in messages[0]


def test_save_then_load_round_trip(tmp_path: Path) -> None:
    """What the panel saves is what the next start reads."""
    path = tmp_path / "deep" / "settings.yaml"
    settings = Settings(kiosk=True, default_language="en", languages=("en", "ar"),
                        idle_timeout=45, idle_warning=10)
    save_settings(settings, path)
    assert load_settings(path) == (settings, [])


def test_every_bundle_language_saved_as_default_loads_back(bundle_copy: Path,
                                                          tmp_path: Path) -> None:
    """Each language a bundle offers, `uz_Latn` included (a language with its script), is a
    default language the panel can save and the next start reads without a warning, and one
    --lang takes."""
    (bundle_copy / "uz_Latn.yaml").write_bytes((bundle_copy / "en.yaml").read_bytes())
    facts = bundle_copy / "bundle.yaml"
    text = facts.read_text(encoding="utf-8")
    facts.write_text(text.replace("    - code: ru\n", "    - code: uz_Latn\n      file: uz_Latn"
                                  ".yaml\n      status: draft\n    - code: ru\n", 1),
                     encoding="utf-8")
    languages = load_bundle(bundle_copy).languages
    assert "uz_Latn" in languages
    for code in languages:
        path = tmp_path / f"{code}.yaml"
        settings = Settings(default_language=code, languages=tuple(languages))
        save_settings(settings, path)
        assert load_settings(path) == (settings, []), code
        assert parse_options(["--lang", code]).lang == code


def test_the_look_each_visitor_starts_with_comes_from_the_file(tmp_path: Path,
                                                              make_window: MakeWindow) -> None:
    """`text_scale` and `high_contrast` in the settings file set the visitor's look, as
    --text-scale and --high-contrast do; the command line wins over the file."""
    path = write(tmp_path / "settings.yaml", "text_scale: 1.5\nhigh_contrast: true\n")
    window = make_window("--config", str(path))
    assert (window.look.text_scale, window.look.high_contrast) == (1.5, True)
    window = make_window("--config", str(path), "--text-scale", "1.25")
    assert (window.look.text_scale, window.look.high_contrast) == (1.25, True)


def test_failed_write_keeps_the_old_file(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A disk that fills up while saving: an error, and the old settings file is untouched."""
    path = tmp_path / "settings.yaml"
    save_settings(Settings(idle_timeout=100), path)
    before = path.read_bytes()
    monkeypatch.setattr(QSaveFile, "write", lambda self, data: -1)
    with pytest.raises(OSError, match="the previous settings are kept"):
        save_settings(Settings(idle_timeout=200), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["settings.yaml"]


@pytest.mark.parametrize("stage", ["write", "commit"])
def test_crash_during_save_leaves_old_or_new(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             stage: str) -> None:
    """The process dying in the middle of a save (before the atomic rename) loses nothing."""
    path = tmp_path / "settings.yaml"
    save_settings(Settings(idle_timeout=100), path)
    before = path.read_bytes()

    class PowerCut(BaseException):
        pass

    def cut(*args: object) -> None:
        raise PowerCut

    monkeypatch.setattr(QSaveFile, stage, cut)
    with pytest.raises(PowerCut):
        save_settings(Settings(idle_timeout=200), path)
    assert path.read_bytes() == before
    assert load_settings(path)[0].idle_timeout == 100
