"""The state of a language's interface catalogue: translations/kiosk_<code>.ts and its .qm.

Counted without Qt (kiosk validate imports none): the .ts is read as XML, and the .qm is
"current-looking" when it holds one message per translated message of the .ts and every
translated text of the .ts (a .qm stores its translations as UTF-16BE; the section layout is
Qt's, qtbase/src/corelib/kernel/qtranslator.cpp). tests/test_translations.py compares the .qm
with a fresh lrelease byte for byte; this is the cheap look an installed kiosk can afford.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from kiosk.paths import bundled

INTERFACE_SOURCE = "en"
"""The language the interface strings are written in: kiosk.i18n.SOURCE_LANGUAGE, repeated
here so that counting needs no Qt (tests/test_coverage.py checks they agree)."""

_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_QM_HASHES = 0x42
"""The .qm section that has one 8-byte entry (hash, offset) per message."""


@dataclass(frozen=True)
class Catalogue:
    """`code`'s interface catalogue: `finished` and `unfinished` messages of its .ts (None
    when there is no .ts: the source language, or an installed kiosk, which ships only the
    .qm) and `qm`: "current", "stale", "missing", or "source" (the interface's own language)."""

    code: str
    finished: int | None
    unfinished: int | None
    qm: str

    @property
    def complete(self) -> bool:
        """Whether visitors get the whole interface in the language."""
        return self.qm in ("current", "source") and not self.unfinished

    def describe(self) -> str:
        """One phrase for the coverage report and diagnostics."""
        if self.qm == "source":
            return "the interface's source language"
        name = f"kiosk_{self.code}"
        counted = (f"{self.finished} finished, {self.unfinished} unfinished; "
                   if self.finished is not None else f"no {name}.ts; ")
        return counted + {"current": f"{name}.qm current",
                          "stale": f"{name}.qm stale (run python tools/update_translations.py)",
                          "missing": f"no {name}.qm (run python tools/update_translations.py)",
                          }[self.qm]


def catalogue(code: str, directory: Path | None = None) -> Catalogue:
    """The state of `code`'s catalogue in `directory` (the app's translations/ folder when
    None). A .ts that is not XML counts as having no finished message."""
    folder = bundled("translations") if directory is None else directory
    if code == INTERFACE_SOURCE:
        return Catalogue(code, None, None, "source")
    ts, qm = folder / f"kiosk_{code}.ts", folder / f"kiosk_{code}.qm"
    translated: list[str] | None = None
    finished = unfinished = None
    compiled_messages = 0
    if ts.is_file():
        finished, unfinished, compiled_messages, translated = _count(ts)
    try:
        compiled = qm.read_bytes()
    except OSError:
        return Catalogue(code, finished, unfinished, "missing")
    if translated is None:
        return Catalogue(code, finished, unfinished,
                         "current" if compiled.startswith(_QM_MAGIC) else "stale")
    current = (_messages_in(compiled) == compiled_messages
               and all(text.encode("utf-16-be") in compiled for text in translated))
    return Catalogue(code, finished, unfinished, "current" if current else "stale")


def _count(ts: Path) -> tuple[int, int, int, list[str]]:
    """Finished and unfinished messages of a .ts, how many messages lrelease compiles (each
    with a non-empty translation, unfinished ones included, as lrelease does by default) and
    their texts."""
    try:
        root = ET.parse(ts).getroot()
    except (ET.ParseError, OSError):
        return 0, 0, 0, []
    finished = unfinished = compiled = 0
    texts: list[str] = []
    for message in root.iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("vanished", "obsolete"):
            continue
        forms = [] if translation is None else (
            [f.text or "" for f in translation.findall("numerusform")]
            or [translation.text or ""])
        done = kind != "unfinished" and bool(forms) and all(f.strip() for f in forms)
        finished += done
        unfinished += not done
        if any(forms):
            compiled += 1
            texts.extend(f for f in forms if f)
    return finished, unfinished, compiled, texts


def _messages_in(qm: bytes) -> int:
    """How many messages a .qm holds (its hash table's entries); -1 when it is not a .qm."""
    if not qm.startswith(_QM_MAGIC):
        return -1
    index = len(_QM_MAGIC)
    while index + 5 <= len(qm):
        tag, length = qm[index], int.from_bytes(qm[index + 1:index + 5], "big")
        if tag == _QM_HASHES:
            return length // 8
        index += 5 + length
    return 0
