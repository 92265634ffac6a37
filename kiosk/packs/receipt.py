"""Receipts: what became of a pack (installed, refused and why, or rolled back), as JSON next
to the pack file (FILE.tar.receipt.json) and in the store's receipts.jsonl."""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

log = logging.getLogger(__name__)

RECEIPT_SUFFIX = ".receipt.json"
Result = Literal["installed", "refused", "rolled back"]


def now() -> str:
    """The time now, ISO 8601 in UTC to the second ("2026-12-01T20:15:03Z")."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


@dataclass(frozen=True)
class Receipt:
    """One install's outcome. `result`: "installed", "refused" or "rolled back" (a pack on
    trial whose home screen failed); `reason`: one line a person can act on; `kind`: the
    refusal's kind (kiosk.packs.errors.Kind; "" when installed); `retry`: a refusal that may
    be a pack still arriving (check it again later); the pack's `bundle_id` and `version`
    (None when its manifest could not be read) and the active version before
    (`previous_version`, None: the bundled content); `time` (ISO 8601, UTC); `pack`, the pack
    file's path."""

    result: Result
    reason: str
    pack: str
    kind: str = ""
    retry: bool = False
    bundle_id: str | None = None
    version: str | None = None
    previous_version: str | None = None
    time: str = ""

    @property
    def installed(self) -> bool:
        return self.result == "installed"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def receipt_path(pack: Path) -> Path:
    """Where a pack's receipt goes: FILE.tar.receipt.json beside FILE.tar."""
    return pack.with_name(pack.name + RECEIPT_SUFFIX)


def write_receipt(receipt: Receipt, pack: Path) -> Path | None:
    """Write `receipt` beside `pack` (atomically: the old receipt or the new one); its path,
    or None when that folder cannot be written (read-only media: logged, not raised)."""
    path = receipt_path(pack)
    temporary = path.with_name(f".{path.name}.{os.urandom(4).hex()}")
    data = (json.dumps(receipt.to_json(), indent=1, ensure_ascii=False) + "\n").encode()
    try:
        with temporary.open("xb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except OSError as error:
        log.warning("cannot write the receipt %s (%s); it is in the store's receipts.jsonl",
                    path, error.strerror or error)
        temporary.unlink(missing_ok=True)
        return None
    return path
