"""What the operator panel's diagnostics page says: versions, content, settings, logs, uptime."""

from __future__ import annotations

import dataclasses
import platform
import time
from pathlib import Path
from typing import Any

import PySide6
from PySide6.QtCore import qVersion

from kiosk import STARTED, __version__
from kiosk.content import Bundle
from kiosk.translation.coverage import LanguageCoverage, bundle_coverage


def count_texts(value: Any) -> int:
    """How many non-empty texts a language's content holds."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return sum(count_texts(getattr(value, f.name)) for f in dataclasses.fields(value))
    if isinstance(value, dict):
        return sum(count_texts(v) for v in value.values())
    return 1 if isinstance(value, str) and value.strip() else 0


def report(bundle: Bundle, settings_path: Path, settings_warnings: list[str],
           log_path: Path | None) -> str:
    """The diagnostics page's text, one fact a line: versions, uptime, the content and each
    of its languages with its status (bundle.yaml's `reviewed` or `draft`), how many of
    the reference language's texts it has and how many are stale or missing (coverage, as
    `kiosk validate --coverage` counts them) and its interface catalogue's state, the
    editorial notes, the settings and log files."""
    info = bundle.facts.bundle
    reference = count_texts(bundle.texts[info.reference_language])
    uptime = int(time.monotonic() - STARTED)
    lines = [
        f"Kiosk {__version__}; Qt {qVersion()}; PySide6 {PySide6.__version__}; "
        f"Python {platform.python_version()}; {platform.system()} {platform.release()}",
        f"Uptime: {uptime // 3600} h {uptime % 3600 // 60} min {uptime % 60} s",
        "",
        f"Content: {info.id} {info.version} from {bundle.directory}",
        f"SHA-256: {bundle.checksum}",
    ]
    lines += [f"Languages ({len(bundle.languages)}; a draft is shown to visitors as an "
              "unofficial translation):"]
    coverage = {language.code: language for language in bundle_coverage(bundle.directory)[0]}
    for code in bundle.languages:
        filled = count_texts(bundle.texts[code])
        lines.append(f"  {code}: {bundle.language_status(code)}; "
                     f"{filled}/{reference} texts ({100 * filled // reference} %)"
                     + _translation(coverage.get(code)))
    if bundle.warnings:  # kiosk.content.scripts: shown to visitors as written
        lines += ["Content warnings:"] + [f"  ! {warning}" for warning in bundle.warnings]
    lines += ["", "Editorial notes:"]
    lines += [f"  [{note.id}, {', '.join(note.languages)}] {note.text}"
              for note in bundle.facts.editorial_notes]
    lines += ["", f"Settings file: {settings_path}"]
    lines += [f"  ! {warning}" for warning in settings_warnings]
    lines.append(f"Log file: {log_path if log_path else 'none (stderr only)'}")
    return "\n".join(lines)


def _translation(language: LanguageCoverage | None) -> str:
    """"; 0 stale, 0 missing; interface complete" for a language's line, or nothing when its
    files could not be counted."""
    if language is None:
        return ""
    if language.reference:
        return "; the reference language"
    interface = "complete" if language.catalogue.complete else language.catalogue.describe()
    return f"; {len(language.stale)} stale, {len(language.missing)} missing; interface {interface}"
