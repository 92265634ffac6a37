"""Which kiosk this is in the fleet: its id (the status file's name) and its name.

The id is the `kiosk_id` setting when set; otherwise one generated at random the first time
and kept in the data folder (fleet/kiosk-id). Not the machine's id (QSysInfo.machineUniqueId,
/etc/machine-id): kiosks are often installed from one disk image, which gives them all the
same machine id, and two kiosks with one id overwrite each other's status file without a
word. The machine id, hashed, is used only when the data folder cannot be written.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from pathlib import Path

log = logging.getLogger(__name__)

ID_FILE = "kiosk-id"


def kiosk_id(setting: str, folder: Path) -> str:
    """The kiosk's id: `setting` when not empty (kiosk.settings checks it: KIOSK_ID), else
    the id kept in `folder`/kiosk-id, made there the first time (12 hex digits).

    Never raises: when `folder` cannot be written, the hashed machine id (logged as a
    warning, so the operator can set `kiosk_id`)."""
    from kiosk.settings import KIOSK_ID

    if setting:
        return setting
    path = Path(folder) / ID_FILE
    try:
        kept = path.read_text(encoding="ascii").strip()
        if KIOSK_ID.fullmatch(kept):
            return kept
        log.warning("%s does not hold a kiosk id (%r); making a new one", path, kept[:20])
    except FileNotFoundError:
        pass
    except (OSError, UnicodeDecodeError) as error:
        log.warning("cannot read %s (%s); making a new kiosk id", path, error)
    made = secrets.token_hex(6)
    try:
        _save(path, made)
    except OSError as error:
        made = _machine_id()
        log.warning("cannot keep a kiosk id in %s (%s); using %s, from the machine's id: set "
                    "kiosk_id in the settings so it cannot change", path, error, made)
    return made


def kiosk_name(setting: str) -> str:
    """The kiosk's name for people: `setting`, or the machine's host name."""
    if setting:
        return setting
    from PySide6.QtCore import QSysInfo

    return QSysInfo.machineHostName() or "kiosk"


def _save(path: Path, text: str) -> None:
    from PySide6.QtCore import QSaveFile

    path.parent.mkdir(parents=True, exist_ok=True)
    file = QSaveFile(str(path))
    data = (text + "\n").encode("ascii")
    if not file.open(QSaveFile.OpenModeFlag.WriteOnly) or file.write(data) != len(data) \
            or not file.commit():
        reason = file.errorString()
        file.cancelWriting()
        raise OSError(reason)


def _machine_id() -> str:
    from PySide6.QtCore import QSysInfo

    machine = bytes(QSysInfo.machineUniqueId().data()) or QSysInfo.machineHostName().encode()
    return "m" + hashlib.sha256(b"ohchr-roca-kiosk:" + machine).hexdigest()[:11]
