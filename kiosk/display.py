"""Whether the X display in DISPLAY can be opened, checked before Qt would abort on it.

Qt's xcb platform plugin answers a display it cannot open with a page about platform plugins
(blaming libxcb-cursor0) and an abort (exit code 134). This check costs one connect(2) to a
local socket -- the display's own, the one Qt opens next -- and imports nothing new: `socket`
is imported on every start by the log file's handler anyway.
"""

from __future__ import annotations

import socket

SOCKET_DIR = "/tmp/.X11-unix"
"""Where X servers put their sockets (X0 for :0); Linux servers also listen on the same name
in the abstract namespace, which is what libxcb tries first."""


def unreachable_display(display: str, socket_dir: str = SOCKET_DIR) -> str | None:
    """Why the X server of `display` (the value of DISPLAY) cannot be reached, or None.

    Only local displays (`:N`, `:N.S`, `unix:N`) are checked; a remote one (`host:N`, which
    means TCP) and any other form are left to Qt, so this never opens a network connection.
    """
    host, _, screen = display.strip().rpartition(":")
    number = screen.partition(".")[0]
    if host not in ("", "unix") or not number.isdigit():
        return None
    path = f"{socket_dir}/X{number}"
    for address in ("\0" + path, path):  # abstract first, like libxcb
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            try:
                probe.connect(address)
            except OSError:
                continue
            return None
    return f"no X server listens at {path}"
