"""Where a text of a language file is shown, for the note each PO entry carries to translators.

The screens are named by the ids that `kiosk --screen ID` takes, so a translator can look at
the text in place: `kiosk --lang fr --screen country/KZ`. The rule follows the content format
(docs/content-format.md): the first part of a key names the screen, except for the parts the
home screen and the bar share.
"""

from __future__ import annotations

_SHARED = {
    "language": "the language choice (home and the bar): the language's own name",
    "office.name": "home (heading), the attract screen and the window title",
    "office.parent": "home (under the heading) and the window title",
    "office.welcome": "home (the welcome)",
    "places": "the countries screen (map) and the country screens",
    "attract": "the attract screen, while nobody is using the kiosk",
}


def shown_on(key: str) -> str:
    """A short phrase naming the screens that show the text at `key` (a texts.Entry key),
    such as "home (tile) and the screen mandate (heading)"."""
    parts = key.replace("[", ".[").split(".")
    head = parts[0]
    for name in (".".join(parts[:2]), head):
        if name in _SHARED:
            return _SHARED[name]
    if head == "sections" and len(parts) >= 3:
        section, field = parts[1], parts[2]
        if field == "title":
            return f"home (tile) and the screen {section} (heading)"
        if field == "summary":
            return f"home (the tile of {section})"
        return f"the screen {section} (the lead under its heading)"
    if head == "countries" and len(parts) >= 3:
        code = parts[1]
        if parts[2] == "name":
            return f"the countries screen (map and tiles) and the screen country/{code}"
        return f"the screen country/{code}"
    if head == "pages" and len(parts) >= 2:
        return f"the screen {parts[1]}"
    return f"the screen {head}"
