"""Offline information kiosk of the OHCHR Regional Office for Central Asia."""

__version__ = "0.1.0"
