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
    Role.BrightText: "#ffb000",
    Role.ToolTipBase: "#1a2330", Role.ToolTipText: "#ffffff",
    # The keyboard focus ring (see FOCUS_RING): black is the one colour at 3:1 and more against
    # white, the bar's blue and the exit button's red alike.
    Role.Accent: "#000000", Role.LinkVisited: "#000000",
}
HIGH_CONTRAST = {
    Role.Window: "#000000", Role.WindowText: "#ffffff", Role.Base: "#000000",
    Role.Text: "#ffffff", Role.AlternateBase: "#000000", Role.Button: "#000000",
    Role.ButtonText: "#ffffff", Role.Highlight: "#ffd60a", Role.HighlightedText: "#000000",
    Role.Link: "#ffd60a", Role.Mid: "#ffffff", Role.Midlight: "#3a3a3a", Role.Dark: "#ffffff",
    Role.BrightText: "#00e5ff", Role.ToolTipBase: "#ffffff", Role.ToolTipText: "#000000",
    # Cyan on black (13.7:1) and on the exit button's red (4.3:1); on the yellow bar and yellow
    # buttons a blue that stands 3.5:1 from the yellow and 4.3:1 from black.
    Role.Accent: "#00e5ff", Role.LinkVisited: "#2962ff",
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

FOCUS_RING = Role.Accent
"""The keyboard focus ring on the page's surfaces (WCAG 2.4.7; 1.4.11 asks 3:1 against the
control and what surrounds it): Qt's role for "a colour that contrasts with Base, Window and
Button", which no widget of the kiosk draws otherwise."""
FOCUS_RING_ON_HIGHLIGHT = Role.LinkVisited
"""The ring on highlight-coloured surfaces (the bar, filled buttons) and on the map's names
(the focused country is filled with BrightText), where the page's ring would not stand out in
high contrast (cyan on yellow is 1.1:1). The kiosk shows no links, so this role is free (style
sheets reach only palette roles)."""

TEXT_SCALES = (1.0, 1.25, 1.5)
"""Normal, large, larger: the steps of the text-size control."""

FIT_FULL = 1080
"""A window whose shorter side has this many pixels (1920x1080, 1080x1920) gets the type scale
as designed; smaller windows get smaller type (see `screen_fit`)."""
FIT_MIN = 0.7
"""The smallest fit: 800x480 and 1024x600 panels are read from close by."""

ICON_SIZE = QSize(32, 32)

# The type scale in pixels at text size 1.0, designed for 1920x1080 read from a metre away.
# "bar" is the bar's buttons: they follow the screen, never the visitor's text size, so that
# pressing text size never moves a control under the finger.
_SIZES = {"bar": 22, "body": 22, "small": 19, "lead": 26, "heading": 40, "subheading": 28,
          "title": 28, "tile": 28, "button": 22, "attract_title": 48, "attract_text": 34,
          "attract": 30, "attract_footer": 24, "pin": 30, "map": 18, "mono": 17}

BAR_PADDING = 18
"""The bar buttons' side padding in px at the designed size (x the screen's fit)."""

# Keyboard focus. A rule with its own border (#tile, the bar's buttons) outranks a plain
# `QPushButton:focus` (CSS specificity: an id beats a pseudo-state), so each gets its own :focus
# rule, last in the sheet. The ring is 3 px; each control's normal border plus a margin add up to
# as much, and the ring takes the margin's place: focus never changes a size or moves a text.
# The search field has a 3 px border whether focused or not: the page's ring colour on the
# overlay's card, the bar's (FOCUS_RING_ON_HIGHLIGHT) in the bar. Every rule is in this one
# sheet, none in a widget's own: the bar field's own sheet cost 29 ms of every start-up (Qt
# restyles a widget with a sheet of its own, and its children, whenever it is reparented).
_FOCUS = """
QWidget#navbar QPushButton, QPushButton#tile, QPushButton#language, QPushButton#secondary,
QPushButton#primary, QPushButton#danger, QPushButton#pinKey {{ margin: 1px; }}
QPushButton#mapLabel {{ margin: 2px; }}
QCheckBox {{ border: 3px solid transparent; border-radius: 8px; padding: 0 6px; }}
QComboBox {{ background: palette(base); color: palette(text); border: 2px solid palette(mid);
    border-radius: 10px; margin: 1px; padding: 4px 12px; }}
QComboBox::drop-down {{ border: none; width: 36px; margin: 4px; border-radius: 6px;
    background: palette(mid); }}
QComboBox::down-arrow {{ image: url(:/qt-project.org/styles/commonstyle/images/arrow-down-32.png);
    width: 16px; height: 16px; }}
QWidget#navbar QPushButton:focus, QPushButton#tile:focus, QPushButton#language:focus,
QPushButton#secondary:focus, QPushButton#primary:focus, QPushButton#danger:focus,
QPushButton#pinKey:focus, QPushButton#mapLabel:focus, QComboBox:focus {{
    margin: 0; border: 3px solid palette(accent); }}
QCheckBox:focus {{ border-color: palette(accent); }}
QLineEdit#searchField {{ background: palette(base); color: palette(text);
    border: 3px solid palette(mid); border-radius: 8px; padding: 8px 12px; min-height: 44px; }}
QLineEdit#searchField:focus {{ border-color: palette(accent); }}
QWidget#navbar QLineEdit#searchField {{ border-color: palette(base); border-radius: 6px;
    padding: 4px 8px; min-height: 32px; }}
QWidget#navbar QLineEdit#searchField:focus {{ border-color: palette(link-visited); }}
QWidget#navbar QPushButton:focus, QPushButton#primary:focus, QPushButton#mapLabel:focus,
QPushButton#language:checked:focus {{ border-color: palette(link-visited); }}
"""

_STYLE = """
QWidget {{ font-size: {body}px; }}
QWidget#screen, QWidget#column, QScrollArea {{ background: palette(window); border: none; }}
QLabel {{ color: palette(window-text); font-size: {body}px; }}
QLabel#heading {{ font-size: {heading}px; font-weight: bold; color: palette(link); }}
QLabel#subheading {{ font-size: {subheading}px; font-weight: bold; }}
QLabel#lead {{ font-size: {lead}px; }}
QLabel#muted {{ color: palette(dark); font-size: {small}px; }}
QLabel#draftNote {{ color: palette(window-text); font-size: {small}px;
    border: 2px solid palette(dark); border-radius: 8px; padding: 2px 10px; }}
QWidget#navbar {{ background: palette(highlight); }}
QWidget#navbar QPushButton {{
    color: palette(highlighted-text); background: transparent;
    border: 2px solid palette(highlighted-text); border-radius: 10px;
    padding: 8px {bar_padding}px; font-size: {bar}px; min-height: 44px; min-width: 44px;
}}
QWidget#navbar QPushButton:disabled {{ border-color: transparent; color: palette(mid); }}
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
QWidget#attract {{ background: palette(highlight); }}
QLabel#attractTitle {{ color: palette(highlighted-text); font-size: {attract_title}px;
    font-weight: bold; }}
QLabel#attractText {{ color: palette(highlighted-text); font-size: {attract_text}px; }}
QLabel#attractInvite {{ color: palette(highlighted-text); font-size: {attract}px;
    font-weight: bold; }}
QLabel#attractFooter {{ color: palette(highlighted-text); font-size: {attract_footer}px; }}
QLabel#attractDraftNote {{ color: palette(highlighted-text); font-size: {attract_footer}px;
    border: 2px solid palette(highlighted-text); border-radius: 8px; padding: 2px 10px; }}
QWidget#dim {{ background: rgba(10, 20, 35, 0.6); }}
QScrollArea#sheetScroll, QWidget#sheetHolder {{ background: transparent; }}
QScrollArea#searchPanel {{ border: 2px solid palette(mid); }}
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
""" + _FOCUS


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


def screen_fit(width: int, height: int) -> float:
    """How much of the designed type scale a window of `width` x `height` logical pixels gets:
    1.0 from a shorter side of `FIT_FULL` px on, down to `FIT_MIN` for a 7-inch 800x480 panel.

    The power 3/4 keeps type from shrinking as fast as the screen (a 1366x768 laptop gets
    0.8, not 0.71); the result is rounded to 0.05 so that a resize by a few pixels does not
    restyle the whole application.
    """
    shorter = max(1, min(width, height))
    fit = min(1.0, float((shorter / FIT_FULL) ** 0.75))
    return max(FIT_MIN, round(fit * 20) / 20)


def style_sheet(text_scale: float, fit: float = 1.0) -> str:
    """The application's style sheet: every size is the type scale x `fit` (the window, see
    `screen_fit`) x `text_scale` (the visitor's choice), the bar's x `fit` only."""
    sizes = {name: round(size * fit * (1.0 if name == "bar" else text_scale))
             for name, size in _SIZES.items()}
    # The bar's buttons' side padding follows the screen faster than its type: 18 px at the
    # designed size, 9 on a 7-inch panel, where the bar holds seven controls and Back, Home
    # and the language's name keep their words.
    sizes["bar_padding"] = round(BAR_PADDING * fit * fit)
    return _STYLE.format(**sizes)


def apply(app: QApplication, look: Look = DEFAULT_LOOK, fit: float = 1.0) -> None:
    """Give the whole application a look: palette first, so the style sheet draws on it."""
    app.setPalette(palette(look.high_contrast))
    app.setStyleSheet(style_sheet(look.text_scale, fit))


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
    result = QIcon(pixmap)
    result.addPixmap(_faded(pixmap), QIcon.Mode.Disabled)
    return result


DISABLED_OPACITY = 0.4
"""A disabled control's icon is its own drawing at this opacity: Qt's generated disabled icon
keeps a white icon white, so a Back that does nothing looked like one that works."""


def _faded(pixmap: QPixmap) -> QPixmap:
    result = QPixmap(pixmap.size())
    result.fill(Qt.GlobalColor.transparent)
    painter = QPainter(result)
    painter.setOpacity(DISABLED_OPACITY)
    painter.drawPixmap(0, 0, pixmap)
    painter.end()
    return result
