"""The kiosk's home screen as a static HTML page, for the benchmark's Chromium comparison.

tools/bench.py times headless Chromium rendering this page to a screenshot, to compare a
browser-based kiosk with the Qt one. The page shows what the Qt home screen shows, from the
same content bundle: the navigation bar (back, home, title, language buttons), the office's
name, parent and welcome text, the language chooser and the six section tiles with their
titles and summaries, in the same colours and sizes, with the kiosk's bundled fonts loaded
through @font-face from file:// URLs. No script, no network.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from PySide6.QtCore import QLocale, Qt

from kiosk.content import Bundle
from kiosk.ui.theme import NORMAL, Role

# The kiosk's normal palette, taken from the app (kiosk/ui/theme.py) by role: the page's
# colours follow the theme's.
BLUE, INK, PAPER, MIST, LINE, MUTED = (NORMAL[role] for role in (
    Role.Highlight, Role.WindowText, Role.Window, Role.AlternateBase, Role.Mid, Role.Dark))

FONT_FACES = [  # (family, weight, file in resources/fonts)
    ("Noto Sans", 400, "NotoSans-Regular.ttf"),
    ("Noto Sans", 700, "NotoSans-Bold.ttf"),
    ("Noto Sans Arabic", 400, "NotoSansArabic-Regular.ttf"),
    ("Noto Sans Arabic", 700, "NotoSansArabic-Bold.ttf"),
]

UI_STRINGS = {  # the interface strings of the home screen: (Qt context, English source)
    "title": ("HomeScreen", "Welcome"),
    "choose": ("HomeScreen", "Choose your language"),
    "back": ("NavBar", "Back"),
    "home": ("NavBar", "Home"),
}


def ui_strings(translations: Path, code: str) -> dict[str, str]:
    """The home screen's interface strings in `code`, from translations/kiosk_<code>.ts;
    English (the source language) or a missing translation gives the English text."""
    found: dict[tuple[str, str], str] = {}
    path = translations / f"kiosk_{code}.ts"
    if path.is_file():
        for context in ElementTree.parse(path).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                text = message.findtext("translation") or ""
                if text.strip():
                    found[(name, message.findtext("source", ""))] = text
    return {key: found.get(source, source[1]) for key, source in UI_STRINGS.items()}


def home_page(bundle: Bundle, code: str, resources: Path, translations: Path) -> str:
    """The HTML of the home screen in language `code`."""
    texts = bundle.texts[code]
    ui = ui_strings(translations, code)
    right_to_left = QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft
    direction = "rtl" if right_to_left else "ltr"  # as the kiosk decides it
    e = html.escape

    def language_buttons(css_class: str) -> str:
        return "".join(
            f'<button class="{css_class}{" current" if other == code else ""}" '
            f'lang="{other}">{e(bundle.texts[other].language.name)}</button>'
            for other in bundle.languages)

    tiles = "".join(
        f'<button class="tile"><span class="tile-title">{e(section.title)}</span>'
        f'<span class="tile-summary">{e(section.summary)}</span></button>'
        for section in texts.sections.values())  # the tiles, in the home's order
    icons = resources / "icons"
    back_icon = (icons / "back.svg").as_uri()
    home_icon = (icons / "home.svg").as_uri()
    mirror = ' style="transform: scaleX(-1)"' if direction == "rtl" else ""
    return f"""<!DOCTYPE html>
<html lang="{code}" dir="{direction}">
<head>
<meta charset="utf-8">
<title>{e(texts.office.name)}</title>
<style>
{_font_faces(resources / "fonts")}
{_STYLE}
</style>
</head>
<body>
<header class="navbar">
  <button disabled><img src="{back_icon}" alt=""{mirror}>{e(ui["back"])}</button>
  <button disabled><img src="{home_icon}" alt="">{e(ui["home"])}</button>
  <h1 class="title">{e(ui["title"])}</h1>
  <nav class="languages">{language_buttons("nav-language")}</nav>
</header>
<main>
  <h2 class="heading">{e(texts.office.name)}</h2>
  <p class="lead">{e(texts.office.parent)}</p>
  <p>{e(texts.office.welcome)}</p>
  <div class="choose"><span class="subheading">{e(ui["choose"])}</span>
    {language_buttons("language")}</div>
  <div class="tiles">{tiles}</div>
</main>
</body>
</html>
"""


def _font_faces(fonts: Path) -> str:
    return "\n".join(
        f'@font-face {{ font-family: "{family}"; font-weight: {weight}; '
        f'src: url("{(fonts / name).as_uri()}") format("truetype"); }}'
        for family, weight, name in FONT_FACES)


_STYLE = f"""
* {{ box-sizing: border-box; }}
html, body {{ margin: 0; background: {PAPER}; color: {INK};
  font-family: "Noto Sans", "Noto Sans Arabic", sans-serif; font-size: 22px; }}
button {{ font: inherit; cursor: pointer; }}
.navbar {{ display: flex; align-items: center; gap: 16px; padding: 14px 24px;
  background: {BLUE}; }}
.navbar button {{ display: flex; align-items: center; gap: 6px; color: white;
  background: transparent; border: 2px solid rgba(255,255,255,0.55); border-radius: 10px;
  padding: 8px 18px; font-size: 22px; min-height: 44px; }}
.navbar button:disabled {{ color: rgba(255,255,255,0.45); border-color: rgba(255,255,255,0.25); }}
.navbar img {{ width: 32px; height: 32px; }}
.title {{ flex: 1; margin: 0; color: white; font-size: 28px; font-weight: bold; }}
.languages {{ display: flex; gap: 12px; }}
.navbar .nav-language.current {{ background: white; color: {BLUE}; }}
main {{ max-width: 1280px; margin: 0 auto; padding: 28px 48px 48px; }}
main p {{ margin: 0 0 16px; }}
.heading {{ margin: 0 0 16px; font-size: 40px; font-weight: bold; color: {BLUE}; }}
.lead {{ font-size: 26px; }}
.choose {{ display: flex; align-items: center; gap: 12px; margin: 4px 0 20px; }}
.subheading {{ font-size: 28px; font-weight: bold; margin-inline-end: 12px; }}
.language {{ background: {PAPER}; color: {BLUE}; border: 2px solid {BLUE};
  border-radius: 12px; padding: 10px 28px; font-size: 26px; min-height: 44px; }}
.language.current {{ background: {BLUE}; color: white; }}
.tiles {{ display: grid; grid-template-columns: repeat(3, 1fr); gap: 20px; }}
.tile {{ display: flex; flex-direction: column; gap: 8px; text-align: start; padding: 22px 28px;
  min-height: 196px; background: {MIST}; border: 2px solid {LINE};
  border-radius: 16px; color: {INK}; }}
.tile-title {{ font-size: 28px; font-weight: bold; color: {BLUE}; }}
.tile-summary {{ font-size: 20px; color: {MUTED}; }}
"""
