"""Fonts: every character the kiosk shows comes from a bundled font, on a machine with none, CJK
punctuation from the CJK face, the CJK cut is not stale, and Chinese loads on first use."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
from functools import cache
from pathlib import Path

import yaml
from PySide6.QtGui import QRawFont, QTextLayout
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kiosk import fonts
from kiosk.content import default_content_dir, load_bundle
from tests.helpers import ROOT
from tools import build_cjk_font

FONT_DIR = ROOT / "resources" / "fonts"
CJK_FAMILIES = (fonts.CJK, fonts.CJK_STARTUP)
"""The bundled cuts of Noto Sans CJK SC: where CJK punctuation must come from."""


def _is_cjk_punctuation(char: str) -> bool:
    """CJK Symbols and Punctuation (U+3000-303F) and the halfwidth and fullwidth forms
    (U+FF00-FFEF): the marks a non-CJK font draws with the wrong width or design."""
    return 0x3000 <= ord(char) <= 0x303F or 0xFF00 <= ord(char) <= 0xFFEF


def _is_han(char: str) -> bool:
    return unicodedata.name(char, "").startswith("CJK UNIFIED IDEOGRAPH")


def _shown_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    return ""


def glyph_faults(window: QWidget, where: str) -> list[str]:
    """What a visitor would see drawn wrongly in the visible labels and buttons of `window`:
    a character drawn as glyph 0 (a box), and a CJK punctuation mark or a “ ” ‘ ’ inside a
    Chinese text from a font other than the bundled CJK cuts (a Western font draws them
    narrow, off the ideographs' em square). Each fault names `where` and the text."""
    faults = []
    for widget in window.findChildren(QWidget):
        text = _shown_text(widget).replace("\n", "\u2028")
        if not text or not widget.isVisibleTo(window):
            continue
        layout = QTextLayout(text, widget.font())
        layout.beginLayout()
        while layout.createLine().isValid():
            pass
        layout.endLayout()
        chinese = any(_is_han(char) for char in text)
        for index, char in enumerate(text):
            if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp"):
                continue  # drawn as nothing
            runs = layout.glyphRuns(index, 1)
            names = {run.rawFont().familyName() for run in runs}
            if any(0 in run.glyphIndexes() for run in runs):
                faults.append(f"{where}: {char!r} (U+{ord(char):04X}) is a box in {text!r} "
                              f"({type(widget).__name__} {widget.objectName()!r}, "
                              f"{', '.join(sorted(names))})")
            elif (_is_cjk_punctuation(char) or (chinese and char in "“”‘’")) \
                    and not names <= set(CJK_FAMILIES):
                faults.append(f"{where}: {char!r} (U+{ord(char):04X}) from "
                              f"{', '.join(sorted(names))} in {text!r}")
    return faults


def check_every_screen(content: str, walk: bool = True) -> dict[str, object]:
    """Run in a process of its own (see `_run_check`): the kiosk on bundle `content`, every
    screen of `window.screen_ids()`, the attract screen's every slide and the language sheet
    in every language of the bundle, the Han languages last (what a visitor sees before any
    switch to Chinese must not rely on the Chinese cut). Returns the faults and the font
    files registered at start-up and after the first switch to a Han language; with `walk`
    false, only the switches, no screen."""
    from kiosk.app import create_window
    from kiosk.ui.screens.attract import AttractScreen

    app = QApplication.instance() or QApplication([])
    window = create_window(["--content", content, "--size", "1280x800"])
    window.show()
    result: dict[str, object] = {"startup": sorted(fonts.registered())}
    faults: list[str] = []
    languages = list(window.bundle.languages)
    for code in sorted(languages, key=lambda code: bool(fonts.files(code))):
        window.set_language(code)
        if fonts.files(code) and "first_han" not in result:
            result["first_han"] = sorted(fonts.registered())
        if not walk:
            continue
        for screen_id in window.screen_ids():
            window.navigate(screen_id)
            app.processEvents()
            faults += glyph_faults(window, f"{code} {screen_id}")
        window.navigate("attract")
        attract = window.screen_widget("attract")
        assert isinstance(attract, AttractScreen)
        for index in range(attract.slide_count()):
            attract.show_slide(index)
            faults += glyph_faults(window, f"{code} attract slide {index}")
        window.navigate(window.screen_ids()[0])
        window.open_language_sheet()
        app.processEvents()
        faults += glyph_faults(window, f"{code} language sheet")
        sheet = window.language_sheet()
        assert sheet is not None
        sheet.hide()
    result["faults"] = faults
    window.close()
    return result


EMPTY_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig/>
"""


def _run_check(tmp_path: Path, content: Path, walk: bool = True) -> dict[str, object]:
    """`check_every_screen(content, walk)` in a kiosk process that sees no font of the machine: its
    FONTCONFIG_FILE is a fontconfig configuration with no <dir>, as on a bare machine."""
    config = tmp_path / "fonts.conf"
    config.write_text(EMPTY_FONTCONFIG, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FONTCONFIG_FILE": str(config),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    program = ("import json, sys; from tests.test_fonts import check_every_screen; "
               "print(json.dumps(check_every_screen(sys.argv[1], sys.argv[2] == 'walk')))")
    done = subprocess.run([sys.executable, "-c", program, str(content),
                           "walk" if walk else "switch"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert " WARNING " not in done.stderr and "font " not in done.stderr, done.stderr
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


@cache
def _han_languages(content: Path) -> tuple[str, ...]:
    return tuple(code for code in load_bundle(content).languages if fonts.files(code))


def test_no_box_and_cjk_punctuation_from_cjk_on_a_machine_without_fonts(
        tmp_path: Path) -> None:
    """With no font of the machine visible, every text of every screen, slide and sheet in
    every language of the shipped bundle is drawn with glyphs of the bundled fonts (no glyph
    index 0), and CJK punctuation comes from the bundled CJK cut."""
    result = _run_check(tmp_path, default_content_dir())
    faults = result["faults"]
    assert isinstance(faults, list)
    assert not faults, f"{len(faults)} faults:\n" + "\n".join(faults[:40])


def _with_chinese(tmp_path: Path) -> Path:
    """The shipped bundle if it offers a Han language, else a copy of it with a Chinese
    language made of the shipped texts' Chinese words (language names, as the cut has them)."""
    content = default_content_dir()
    if _han_languages(content):
        return content
    copy = tmp_path / "bundle"
    shutil.copytree(content, copy)
    reference = yaml.safe_load((copy / "en.yaml").read_text(encoding="utf-8"))

    def chinese(node: object) -> object:
        if isinstance(node, dict):
            return {key: chinese(value) for key, value in node.items()}
        if isinstance(node, list):
            return [chinese(item) for item in node]
        return "中文" if isinstance(node, str) else node

    (copy / "zh.yaml").write_text(yaml.safe_dump(chinese(reference), allow_unicode=True,
                                                 sort_keys=False),
                                  encoding="utf-8")
    facts = (copy / "bundle.yaml").read_text(encoding="utf-8")
    facts = facts.replace("  languages:\n", "  languages:\n    - code: zh\n      file: zh.yaml\n"
                          "      status: draft\n", 1)
    (copy / "bundle.yaml").write_text(facts, encoding="utf-8")
    return copy


def test_chinese_face_registered_on_first_switch_not_at_start(tmp_path: Path) -> None:
    """The kiosk starts (in the bundle's default language, not Chinese) without the Chinese
    cut and registers it when it first switches to a language written in Han."""
    content = _with_chinese(tmp_path)
    assert not fonts.files(load_bundle(content).facts.bundle.default_language)
    result = _run_check(tmp_path, content, walk=False)
    startup, first_han = result["startup"], result["first_han"]
    assert isinstance(startup, list) and isinstance(first_han, list)
    assert not set(fonts.HAN_FILES) & set(startup), startup
    assert set(fonts.STARTUP_FILES) <= set(startup)
    assert set(fonts.HAN_FILES) <= set(first_han), first_han


def _manifest() -> dict[str, str]:
    manifest: dict[str, str] = json.loads(
        (FONT_DIR / build_cjk_font.MANIFEST).read_text(encoding="utf-8"))
    return manifest


def test_cjk_cut_is_not_stale() -> None:
    """The CJK cuts were made from today's texts: every character of the content, the
    catalogues and the code's symbols is one the build script asked for (its manifest); else
    run `python tools/build_cjk_font.py`."""
    manifest = _manifest()
    for cut, wanted in (("full", build_cjk_font.full_cut_characters()),
                        ("every_language", build_cjk_font.every_language_characters())):
        missing = sorted(wanted - set(manifest[cut]))
        assert not missing, (f"the {cut} CJK cut lacks {' '.join(missing)}: run "
                             "python tools/build_cjk_font.py")


def test_every_shown_character_is_in_a_bundled_font(qapp: QApplication) -> None:
    """Each character the kiosk can show (content, catalogues, symbols) is in a bundled font's
    character map, and what every language shows at once is in the start-up fonts."""
    def covered(names: tuple[str, ...], chars: set[str]) -> set[str]:
        raws = [QRawFont(str(FONT_DIR / name), 16) for name in names]
        assert all(raw.isValid() for raw in raws), names
        return {char for char in chars if any(raw.supportsCharacter(ord(char)) for raw in raws)}

    shown = build_cjk_font.shown_characters()
    every = fonts.STARTUP_FILES + fonts.HAN_FILES
    assert not sorted(shown - covered(every, shown))
    at_once = build_cjk_font.every_language_characters()
    assert not sorted(at_once - covered(fonts.STARTUP_FILES, at_once))


def test_theme_sets_no_font_family() -> None:
    """The style sheet sets sizes and weights, never a family that would override the
    language's family list (the operator's monospace diagnostics excepted)."""
    from kiosk.ui import theme

    sheet = theme.style_sheet(2.0, theme.screen_fit(1920, 1080))
    rules = [rule for rule in sheet.split("}") if "font-family" in rule or "font:" in rule]
    assert all("QLabel#mono" in rule for rule in rules), rules
