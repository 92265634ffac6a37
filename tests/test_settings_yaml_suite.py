"""Every case of the YAML test suite (tests/data/yaml-test-suite, MIT) as the settings file,
with libyaml and with the pure-Python parser: the kiosk starts on the defaults and says what
was wrong, naming the file (and the line where there is one), never with an exception."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from kiosk.content import yaml_file
from kiosk.content.errors import MAX_PROBLEMS, printable
from kiosk.settings import Settings, load_settings

SUITE = Path(__file__).parent / "data" / "yaml-test-suite"
CASES = sorted(SUITE.glob("**/in.yaml"))


@pytest.mark.parametrize("parser", ["libyaml", "pure-python"])
def test_every_case_gives_the_defaults_and_says_where(tmp_path: Path, parser: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """All 402 cases: defaults, at least one message, each naming the file, with a line and
    column unless the file holds no document at all, and no unescaped control character."""
    if parser == "pure-python":
        monkeypatch.setattr(yaml_file, "_Loader", yaml.SafeLoader)
    elif not hasattr(yaml, "CSafeLoader"):
        pytest.skip("PyYAML was built without libyaml")
    assert len(CASES) >= 400, "the vendored suite is missing (tests/data/yaml-test-suite)"
    path = tmp_path / "settings.yaml"
    located = re.compile(re.escape(str(path)) + r":\d+:\d+: ")
    wrong: list[str] = []
    for case in CASES:
        path.write_bytes(case.read_bytes())
        label = case.parent.relative_to(SUITE).as_posix()
        try:
            settings, messages = load_settings(path)
        except Exception as error:  # the point of the test: name every case that raises
            wrong.append(f"{label}: {type(error).__name__}: {error}")
            continue
        if settings != Settings():
            wrong.append(f"{label}: not the defaults: {settings}")
        if not messages or len(messages) > MAX_PROBLEMS + 1:
            wrong.append(f"{label}: {len(messages)} messages")
        for message in messages:
            if not message.startswith(f"{path}:"):
                wrong.append(f"{label}: does not name the file: {message!r}")
            elif not located.match(message) and " is empty;" not in message:
                wrong.append(f"{label}: no line and column: {message!r}")
            if printable(message) != message or "Node(" in message:
                wrong.append(f"{label}: raw text or parser objects: {message!r}")
    assert not wrong, f"{len(wrong)} faults:\n" + "\n".join(wrong)
