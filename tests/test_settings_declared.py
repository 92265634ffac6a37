"""Each setting declared once: the command line, the settings file and the operator panel
accept the same range, refuse the same values and agree on the default."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import UsageError, _with_options, parse_options
from kiosk.settings import DECLARED, Declared, Settings, load_settings
from kiosk.ui.operator.panel import OperatorPanel

RANGED = [d for d in DECLARED.values() if d.low is not None and d.high is not None]
ON_COMMAND_LINE = [d for d in RANGED if d.option is not None]
IN_PANEL = [d for d in DECLARED.values() if d.choices]


def ids(declared: Declared) -> str:
    return declared.name


def past(declared: Declared, value: float, direction: float) -> float:
    """One step past `value` towards `direction`: the next whole number or the next float."""
    if isinstance(declared.default, int):
        return value + (1 if direction > 0 else -1)
    return math.nextafter(value, direction)


def bounds(declared: Declared) -> list[tuple[str, Any]]:
    assert declared.low is not None and declared.high is not None
    low, high = declared.low, declared.high
    if isinstance(declared.default, int):
        low, high = int(low), int(high)
    return [("minimum", low), ("maximum", high)]


def beyond(declared: Declared) -> list[tuple[str, Any]]:
    assert declared.low is not None and declared.high is not None
    return [("below the minimum", past(declared, declared.low, -math.inf)),
            ("above the maximum", past(declared, declared.high, math.inf))]


def companions(declared: Declared) -> dict[str, Any]:
    """Values of the other settings that let `declared` take any value of its range: a
    setting it must stay below at its maximum, one that must stay below it at its minimum."""
    values: dict[str, Any] = {}
    if declared.below is not None:
        values[declared.below] = DECLARED[declared.below].high
    for other in DECLARED.values():
        if other.below == declared.name:
            values[other.name] = other.low
    return {name: int(v) if isinstance(DECLARED[name].default, int) else v
            for name, v in values.items()}


def command_line(declared: Declared, value: Any) -> list[str]:
    assert declared.option is not None
    return [declared.option, repr(value)]


def file_text(values: dict[str, Any]) -> str:
    return "".join(f"{name}: {value!r}\n" for name, value in values.items())


def test_every_setting_is_declared_with_help_and_a_default_it_accepts() -> None:
    """Each setting has help text, and its own default passes its own check."""
    assert list(DECLARED) == [name for name in Settings.__dataclass_fields__]
    for declared in DECLARED.values():
        assert declared.help, declared.name
        assert declared.check(list(declared.default) if isinstance(declared.default, tuple)
                              else declared.default) is None, declared.name


def test_defaults_agree() -> None:
    """No file and no options: the same defaults as the declarations."""
    from_file, messages = load_settings(Path("/nonexistent/settings.yaml"))
    assert not messages
    assert _with_options(from_file, parse_options([])) == Settings()
    assert {d.name: getattr(Settings(), d.name) for d in DECLARED.values()} == \
        {d.name: d.default for d in DECLARED.values()}


@pytest.mark.parametrize("declared", [d for d in DECLARED.values() if d.flag is not None],
                         ids=ids)
def test_a_flag_sets_what_the_default_is_not(declared: Declared) -> None:
    """--kiosk, --no-animations, --high-contrast each change their setting from its default."""
    assert declared.option is not None
    settings = _with_options(Settings(), parse_options([declared.option]))
    assert getattr(settings, declared.name) == declared.flag != declared.default


@pytest.mark.parametrize("declared", ON_COMMAND_LINE, ids=ids)
def test_command_line_accepts_the_range(declared: Declared) -> None:
    """The option takes the setting's minimum and maximum."""
    for _, value in bounds(declared):
        base = Settings(**companions(declared))
        settings = _with_options(base, parse_options(command_line(declared, value)))
        assert getattr(settings, declared.name) == value


@pytest.mark.parametrize("declared", ON_COMMAND_LINE, ids=ids)
def test_command_line_refuses_one_past_the_range(declared: Declared) -> None:
    """One past the minimum or the maximum is a usage error that names the range."""
    for where, value in beyond(declared):
        with pytest.raises(UsageError, match=f"from {declared.low} to {declared.high}"):
            parse_options(command_line(declared, value))
            pytest.fail(f"{declared.option} {value!r} ({where}) was accepted")


@pytest.mark.parametrize("declared", RANGED, ids=ids)
def test_file_accepts_the_range(declared: Declared, tmp_path: Path) -> None:
    """The settings file takes the setting's minimum and maximum without a message."""
    for _, value in bounds(declared):
        path = tmp_path / "settings.yaml"
        path.write_text(file_text({**companions(declared), declared.name: value}),
                        encoding="utf-8")
        settings, messages = load_settings(path)
        assert not messages
        assert getattr(settings, declared.name) == value


@pytest.mark.parametrize("declared", RANGED, ids=ids)
def test_file_refuses_one_past_the_range(declared: Declared, tmp_path: Path) -> None:
    """One past the minimum or the maximum in the file: the default, and a message that
    names the key and the range."""
    for where, value in beyond(declared):
        path = tmp_path / "settings.yaml"
        path.write_text(file_text({**companions(declared), declared.name: value}),
                        encoding="utf-8")
        settings, messages = load_settings(path)
        assert getattr(settings, declared.name) == declared.default, where
        assert any(f": {declared.name}: expected" in m and
                   f"from {declared.low} to {declared.high}" in m for m in messages), messages


@pytest.mark.parametrize("declared", IN_PANEL, ids=ids)
def test_panel_offers_choices_in_the_range_and_the_default(declared: Declared,
                                                           qtbot: QtBot) -> None:
    """What the operator panel offers lies in the setting's range and includes its default."""
    parent = QWidget()
    qtbot.addWidget(parent)
    panel = OperatorPanel(parent, {"en": "English"}, lambda: "")
    panel.retranslate()
    box = getattr(panel, declared.name)
    assert isinstance(box, QComboBox)
    offered = [box.itemData(i) for i in range(box.count())]
    assert offered, declared.name
    assert declared.low is not None and declared.high is not None
    assert all(declared.low <= value <= declared.high for value in offered), offered
    assert declared.default in offered, offered
