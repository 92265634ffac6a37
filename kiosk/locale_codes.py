"""The one rule for a language code, shared by the content bundle and the settings file.

A code is an ISO 639 language code of two or three lower-case letters (`ar`, `en`, `kaa`),
optionally followed by `_` and an ISO 15924 script in title case (`uz_Latn`, `uz_Cyrl`), as
Qt spells a locale's language and script (QLocale.name() without the territory) and names
its .qm catalogues. Pure Python: `kiosk validate` and the content package import no Qt.
"""

from __future__ import annotations

import re

LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(_[A-Z][a-z]{3})?")
"""ISO 639 language, optional `_` + ISO 15924 script: `ar`, `en`, `ru`, `uz_Latn`."""


def is_language_code(value: object) -> bool:
    """Whether `value` is a str that is a whole language code by `LANGUAGE_CODE`."""
    return isinstance(value, str) and LANGUAGE_CODE.fullmatch(value) is not None
