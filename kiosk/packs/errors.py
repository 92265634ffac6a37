"""Why a pack is refused: `PackError`, one line naming the pack, the member or key, and
what to do."""

from __future__ import annotations

from typing import Literal

Kind = Literal["incomplete", "unsigned", "signature", "unknown-key", "manifest", "member",
               "limits", "hash", "content", "older", "app-version", "store", "busy"]
"""What is wrong, for programs: "incomplete" (a pack still being copied: wait and try again),
"unsigned" (no .minisig and unsigned packs not allowed), "signature" (it does not verify),
"unknown-key" (signed by a key not in trusted_keys), "manifest" (manifest.json unreadable or
wrong), "member" (a member the pack must not hold: a link, a device, `../x`, a name not in the
manifest), "limits" (more members or bytes than the manifest or the pack limits say), "hash"
(a file differs from its manifest entry), "content" (the bundle does not validate), "older"
(not newer than the active pack; --force installs it), "app-version" (needs a newer kiosk),
"store" (the kiosk's data folder cannot be written), "busy" (another install is running:
try again)."""


class PackError(Exception):
    """A pack that is not installed (or not verified): `kind` (see `Kind`) and the one-line
    `reason`, which names the pack file and says what to do. `retry` is True when the pack
    may simply be incomplete (still being copied or synced, its signature not there yet) or
the store busy: check it again later."""

    def __init__(self, kind: Kind, reason: str) -> None:
        super().__init__(reason)
        self.kind: Kind = kind
        self.reason = reason

    @property
    def retry(self) -> bool:
        return self.kind in ("incomplete", "unsigned", "busy")
