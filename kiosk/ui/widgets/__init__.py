"""Reusable pieces of the kiosk's screens: text page, tiles, navigation bar, language chooser."""
