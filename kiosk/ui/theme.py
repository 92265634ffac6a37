"""The look of the kiosk: one palette, a style sheet drawn from it, and the icons."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap, QTransform
from PySide6.QtWidgets import QApplication

from kiosk.paths import bundled

log = logging.getLogger(__name__)

UN_BLUE = "#0072bc"
"""Darker than the logo's #009edb so that white text on it reads at 4.5:1."""
INK = "#1a2330"
PAPER = "#ffffff"
MIST = "#eef4fa"
LINE = "#c9d9ea"
MUTED = "#4a5868"

ICON_SIZE = QSize(32, 32)

_STYLE = f"""
QWidget#screen, QWidget#column {{ background: {PAPER}; }}
QScrollArea {{ border: none; background: {PAPER}; }}
QWidget#navbar {{ background: {UN_BLUE}; }}
QWidget#navbar QLabel#title {{ color: white; font-size: 28px; font-weight: bold; }}
QWidget#navbar QPushButton {{
    color: white; background: transparent; border: 2px solid rgba(255,255,255,0.55);
    border-radius: 10px; padding: 8px 18px; font-size: 22px; min-height: 44px; min-width: 44px;
}}
QWidget#navbar QPushButton:disabled {{ color: rgba(255,255,255,0.45);
    border-color: rgba(255,255,255,0.25); }}
QWidget#navbar QPushButton:checked {{ background: white; color: {UN_BLUE}; }}
QWidget#navbar QPushButton:focus, QPushButton#tile:focus, QPushButton#language:focus {{
    border: 3px solid #ffb000; }}
QLabel {{ color: {INK}; font-size: 22px; }}
QLabel#heading {{ font-size: 40px; font-weight: bold; color: {UN_BLUE}; }}
QLabel#subheading {{ font-size: 28px; font-weight: bold; color: {INK}; }}
QLabel#lead {{ font-size: 26px; color: {INK}; }}
QLabel#muted {{ color: {MUTED}; font-size: 20px; }}
QWidget#card {{ background: {MIST}; border-radius: 14px; }}
QLabel#cardTitle {{ font-size: 24px; font-weight: bold; color: {UN_BLUE}; }}
QPushButton#tile {{
    background: {MIST}; border: 2px solid {LINE}; border-radius: 16px; text-align: left;
}}
QPushButton#tile:hover {{ border-color: {UN_BLUE}; }}
QPushButton#tile:pressed {{ background: {LINE}; }}
QLabel#tileTitle {{ font-size: 28px; font-weight: bold; color: {UN_BLUE}; }}
QLabel#tileSummary {{ font-size: 20px; color: {MUTED}; }}
QPushButton#mapLabel {{
    background: rgba(255,255,255,0.88); color: {INK}; border: 1px solid {LINE};
    border-radius: 10px; padding: 2px 10px; font-size: 18px; font-weight: bold;
    min-height: 44px; min-width: 44px;
}}
QPushButton#mapLabel:focus {{ border: 3px solid #ffb000; }}
QPushButton#language {{
    background: {PAPER}; color: {UN_BLUE}; border: 2px solid {UN_BLUE}; border-radius: 12px;
    padding: 10px 28px; font-size: 26px; min-height: 44px;
}}
QPushButton#language:checked {{ background: {UN_BLUE}; color: white; }}
QWidget#attract {{ background: {UN_BLUE}; }}
QLabel#attractTitle {{ color: white; font-size: 48px; font-weight: bold; }}
QLabel#attractText {{ color: white; font-size: 34px; }}
QLabel#attractInvite {{ color: white; font-size: 30px; font-weight: bold; }}
QLabel#attractFooter {{ color: rgba(255,255,255,0.85); font-size: 24px; }}
QWidget#dim {{ background: rgba(10, 20, 35, 0.6); }}
QWidget#dialog {{ background: {PAPER}; border-radius: 18px; }}
QPushButton#primary, QPushButton#secondary, QPushButton#danger {{
    border-radius: 12px; padding: 10px 26px; font-size: 22px; min-height: 44px; min-width: 44px;
}}
QPushButton#primary {{ background: {UN_BLUE}; color: white; border: 2px solid {UN_BLUE}; }}
QPushButton#secondary {{ background: {PAPER}; color: {UN_BLUE}; border: 2px solid {UN_BLUE}; }}
QPushButton#danger {{ background: #b3261e; color: white; border: 2px solid #b3261e; }}
QPushButton#primary:focus, QPushButton#secondary:focus, QPushButton#danger:focus {{
    border: 3px solid #ffb000; }}
QPushButton#pinKey {{
    background: {MIST}; color: {INK}; border: 2px solid {LINE}; border-radius: 12px;
    font-size: 30px;
}}
QPushButton#pinKey:pressed {{ background: {LINE}; }}
QLabel#warning {{ color: #6b3a00; background: #fff1d6; padding: 10px; border-radius: 8px;
    font-size: 18px; }}
QLabel#mono {{ font-family: monospace; font-size: 17px; }}
QCheckBox, QComboBox {{ font-size: 22px; min-height: 44px; }}
QCheckBox::indicator {{ width: 28px; height: 28px; }}
QComboBox QAbstractItemView {{ font-size: 22px; }}
"""


def apply(app: QApplication) -> None:
    """Give the whole application the kiosk's palette and style sheet."""
    palette = app.palette()
    for role, colour in ((QPalette.ColorRole.Window, PAPER), (QPalette.ColorRole.Base, PAPER),
                         (QPalette.ColorRole.WindowText, INK), (QPalette.ColorRole.Text, INK),
                         (QPalette.ColorRole.Button, MIST), (QPalette.ColorRole.ButtonText, INK),
                         (QPalette.ColorRole.Midlight, "#e3e8ee"),
                         (QPalette.ColorRole.Highlight, UN_BLUE),
                         (QPalette.ColorRole.HighlightedText, PAPER)):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(_STYLE)


def icon(name: str, mirrored: bool = False) -> QIcon:
    """A bundled icon; directional ones are mirrored for right-to-left (Qt never does it)."""
    path = bundled("resources") / "icons" / f"{name}.svg"
    source = QIcon(str(path)) if path.is_file() else QIcon()
    if source.isNull() or source.pixmap(ICON_SIZE).isNull():
        log.warning("icon %s is missing or unreadable; the button shows its text only", path)
        return QIcon()
    if not mirrored:
        return source
    pixmap: QPixmap = source.pixmap(ICON_SIZE * 2)
    return QIcon(pixmap.transformed(QTransform().scale(-1, 1),
                                    Qt.TransformationMode.SmoothTransformation))
