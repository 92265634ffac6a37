"""The look of the kiosk: two palettes (normal and high contrast), one style sheet that draws
every colour from the palette and every size from a type scale times the visitor's text size,
and the icons.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from kiosk.paths import bundled

log = logging.getLogger(__name__)

Role = QPalette.ColorRole

NORMAL = {
    Role.Window: "#ffffff", Role.WindowText: "#1a2330", Role.Base: "#ffffff",
    Role.Text: "#1a2330", Role.AlternateBase: "#eef4fa", Role.Button: "#eef4fa",
    Role.ButtonText: "#1a2330",
    # UN blue, darker than the logo's #009edb so that white on it reads at 4.5:1 and more.
    Role.Highlight: "#0072bc", Role.HighlightedText: "#ffffff", Role.Link: "#005e9c",
    Role.Mid: "#c9d9ea", Role.Midlight: "#e3e8ee", Role.Dark: "#475569",
    Role.BrightText: "#ffb000",  # the keyboard focus ring
    Role.ToolTipBase: "#1a2330", Role.ToolTipText: "#ffffff",
}
HIGH_CONTRAST = {
    Role.Window: "#000000", Role.WindowText: "#ffffff", Role.Base: "#000000",
    Role.Text: "#ffffff", Role.AlternateBase: "#000000", Role.Button: "#000000",
    Role.ButtonText: "#ffffff", Role.Highlight: "#ffd60a", Role.HighlightedText: "#000000",
    Role.Link: "#ffd60a", Role.Mid: "#ffffff", Role.Midlight: "#3a3a3a", Role.Dark: "#ffffff",
    Role.BrightText: "#00e5ff", Role.ToolTipBase: "#ffffff", Role.ToolTipText: "#000000",
}

TEXT_PAIRS = (
    (Role.WindowText, Role.Window),          # body text on the page
    (Role.Text, Role.Base),
    (Role.Link, Role.Window),                # headings
    (Role.Link, Role.AlternateBase),         # card and tile titles
    (Role.Dark, Role.AlternateBase),         # tile summaries, muted text on cards
    (Role.Dark, Role.Window),                # muted text on the page
    (Role.HighlightedText, Role.Highlight),  # the bar, selected buttons
    (Role.Highlight, Role.Base),             # outlined buttons
    (Role.ButtonText, Role.Button),
    (Role.ToolTipText, Role.ToolTipBase),
)
"""Every text colour on every background the style sheet uses; tests check their contrast."""

TEXT_SCALES = (1.0, 1.25, 1.5)
"""Normal, large, larger: the steps of the text-size control."""

ICON_SIZE = QSize(32, 32)

# The type scale in pixels at text size 1.0, designed for 1920x1080 read from a metre away.
_SIZES = {"body": 22, "small": 19, "lead": 26, "heading": 40, "subheading": 28, "title": 28,
          "tile": 28, "button": 22, "attract_title": 48, "attract_text": 34, "attract": 30,
          "pin": 30, "map": 18, "mono": 17}

_STYLE = """
QWidget {{ font-size: {body}px; }}
QWidget#screen, QWidget#column, QScrollArea {{ background: palette(window); border: none; }}
QLabel {{ color: palette(window-text); font-size: {body}px; }}
QLabel#heading {{ font-size: {heading}px; font-weight: bold; color: palette(link); }}
QLabel#subheading {{ font-size: {subheading}px; font-weight: bold; }}
QLabel#lead {{ font-size: {lead}px; }}
QLabel#muted {{ color: palette(dark); font-size: {small}px; }}
QWidget#navbar {{ background: palette(highlight); }}
QWidget#navbar QPushButton {{
    color: palette(highlighted-text); background: transparent;
    border: 2px solid palette(highlighted-text); border-radius: 10px; padding: 8px 18px;
    font-size: {button}px; min-height: 44px; min-width: 44px;
}}
QWidget#navbar QPushButton:disabled {{ border-style: dashed; }}
QWidget#navbar QPushButton:checked {{ background: palette(highlighted-text);
    color: palette(highlight); }}
QWidget#card {{ background: palette(alternate-base); border: 1px solid palette(mid);
    border-radius: 14px; }}
QLabel#cardTitle {{ font-size: {tile}px; font-weight: bold; color: palette(link); }}
QPushButton#tile {{ background: palette(alternate-base); border: 2px solid palette(mid);
    border-radius: 16px; text-align: left; }}
QPushButton#tile:hover {{ border-color: palette(highlight); }}
QPushButton#tile:pressed {{ background: palette(mid); }}
QLabel#tileTitle {{ font-size: {tile}px; font-weight: bold; color: palette(link); }}
QLabel#tileSummary {{ font-size: {small}px; color: palette(dark); }}
QPushButton#language, QPushButton#secondary {{
    background: palette(base); color: palette(highlight); border: 2px solid palette(highlight);
    border-radius: 12px; padding: 10px 26px; font-size: {button}px; min-height: 44px;
    min-width: 44px;
}}
QPushButton#language:checked, QPushButton#primary {{
    background: palette(highlight); color: palette(highlighted-text);
    border: 2px solid palette(highlight); border-radius: 12px; padding: 10px 26px;
    font-size: {button}px; min-height: 44px; min-width: 44px;
}}
QPushButton#danger {{ background: #b3261e; color: #ffffff; border: 2px solid #b3261e;
    border-radius: 12px; padding: 10px 26px; font-size: {button}px; min-height: 44px; }}
QPushButton#mapLabel {{
    background: palette(base); color: palette(text); border: 1px solid palette(mid);
    border-radius: 10px; padding: 2px 10px; font-size: {map}px; font-weight: bold;
    min-height: 44px; min-width: 44px;
}}
QPushButton#pinKey {{ background: palette(alternate-base); color: palette(text);
    border: 2px solid palette(mid); border-radius: 12px; font-size: {pin}px; }}
QPushButton#pinKey:pressed {{ background: palette(mid); }}
QPushButton:focus, QCheckBox:focus, QComboBox:focus {{ border: 3px solid palette(bright-text); }}
QWidget#attract {{ background: palette(highlight); }}
QLabel#attractTitle {{ color: palette(highlighted-text); font-size: {attract_title}px;
    font-weight: bold; }}
QLabel#attractText {{ color: palette(highlighted-text); font-size: {attract_text}px; }}
QLabel#attractInvite {{ color: palette(highlighted-text); font-size: {attract}px;
    font-weight: bold; }}
QLabel#attractFooter {{ color: palette(highlighted-text); font-size: {small}px; }}
QWidget#dim {{ background: rgba(10, 20, 35, 0.6); }}
QWidget#dialog {{ background: palette(window); border: 2px solid palette(mid);
    border-radius: 18px; }}
QLabel#warning {{ color: #6b3a00; background: #fff1d6; padding: 10px; border-radius: 8px; }}
QLabel#mono {{ font-family: monospace; font-size: {mono}px; }}
QScrollBar:vertical {{ background: palette(window); width: 14px; margin: 0; }}
QScrollBar::handle:vertical {{ background: palette(mid); border-radius: 7px; min-height: 48px; }}
QScrollBar::handle:vertical:disabled {{ background: transparent; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
QCheckBox, QComboBox {{ min-height: 44px; }}
QCheckBox::indicator {{ width: 28px; height: 28px; }}
"""


@dataclass(frozen=True)
class Look:
    """What a visitor chose: contrast and text size. Reset for each new visitor."""

    high_contrast: bool = False
    text_scale: float = 1.0


DEFAULT_LOOK = Look()


def palette(high_contrast: bool) -> QPalette:
    result = QPalette()
    for role, colour in (HIGH_CONTRAST if high_contrast else NORMAL).items():
        result.setColor(role, QColor(colour))
    return result


def style_sheet(text_scale: float) -> str:
    return _STYLE.format(**{name: round(size * text_scale) for name, size in _SIZES.items()})


def apply(app: QApplication, look: Look = DEFAULT_LOOK) -> None:
    """Give the whole application a look: palette first, so the style sheet draws on it."""
    app.setPalette(palette(look.high_contrast))
    app.setStyleSheet(style_sheet(look.text_scale))


def toggle_icon(name: str, colour: QColor, checked_colour: QColor) -> QIcon:
    """An icon for a checkable button: drawn in `checked_colour` while it is checked."""
    result = icon(name, colour)
    checked = icon(name, checked_colour)
    if not result.isNull() and not checked.isNull():
        result.addPixmap(checked.pixmap(ICON_SIZE * 2), QIcon.Mode.Normal, QIcon.State.On)
    return result


def icon(name: str, colour: QColor, mirrored: bool = False) -> QIcon:
    """A bundled icon drawn in `colour` (its strokes are currentColor); directional icons are
    mirrored for right-to-left, which Qt never does by itself."""
    path = bundled("resources") / "icons" / f"{name}.svg"
    try:
        svg = path.read_text(encoding="utf-8").replace("currentColor", colour.name())
    except OSError:
        svg = ""
    renderer = QSvgRenderer(QByteArray(svg.encode())) if svg else None
    if renderer is None or not renderer.isValid():
        log.warning("icon %s is missing or unreadable; the button shows its text only", path)
        return QIcon()
    pixmap = QPixmap(ICON_SIZE * 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    if mirrored:
        pixmap = pixmap.transformed(QTransform().scale(-1, 1))
    return QIcon(pixmap)
