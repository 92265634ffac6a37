"""A Syncthing instance for tests: its own --home, GUI/API and sync port on 127.0.0.1, no
global or local discovery, no relays, NAT, usage reports, crash reports or upgrades, so
nothing leaves the machine; devices and folders set with `syncthing cli`, the commands of
docs/deploy/fleet.md."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

SYNCTHING = shutil.which("syncthing")
"""Debian's syncthing (`apt-get install syncthing`; .ci/run installs it), None when absent."""

LOCAL_ONLY = {
    "globalAnnounceEnabled": "false", "localAnnounceEnabled": "false",
    "relaysEnabled": "false", "natEnabled": "false", "startBrowser": "false",
    "urAccepted": "-1", "autoUpgradeIntervalH": "0", "crashReportingEnabled": "false",
    "reconnectionIntervalS": "1",
}
"""The options set in config.xml before the first start (a first start with the defaults
would announce itself to the discovery servers): the same as docs/deploy/fleet.md's
`syncthing cli config options ... set` for a LAN, and a reconnection every second instead of
60 s, so the test does not wait for the second device to be dialled again."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


class Syncthing:
    """One instance under `home`; `start()`, `cli(...)`, `stop()`. Its log is home/log.txt."""

    def __init__(self, home: Path, name: str) -> None:
        assert SYNCTHING is not None
        self.home = home
        self.name = name
        self.port = free_port()
        self.gui = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self._run("generate", "--home", str(home), "--no-default-folder",
                  "--skip-port-probing")
        config = home / "config.xml"
        tree = ElementTree.parse(config)
        root = tree.getroot()
        options = root.find("options")
        assert options is not None
        for key, value in {**LOCAL_ONLY,
                           "listenAddress": f"tcp://127.0.0.1:{self.port}"}.items():
            element = options.find(key)
            assert element is not None, key
            element.text = value
        address = root.find("gui/address")
        assert address is not None
        address.text = f"127.0.0.1:{self.gui}"
        device = root.find("device")
        assert device is not None
        device.set("name", name)
        tree.write(config)
        self.device_id = self._run("serve", "--home", str(home), "--device-id").strip()

    def _run(self, *args: str) -> str:
        assert SYNCTHING is not None
        done = subprocess.run([SYNCTHING, *args], capture_output=True, text=True,
                              timeout=60, check=False, env=self._env())
        if done.returncode:
            raise RuntimeError(f"syncthing {' '.join(args)}: {done.stderr or done.stdout}")
        return done.stdout

    def _env(self) -> dict[str, str]:
        return {**os.environ, "STNOUPGRADE": "1", "STNORESTART": "1",
                "HOME": str(self.home)}

    def start(self) -> None:
        """Run it (`answers()` tells when its API is up)."""
        assert SYNCTHING is not None
        log = (self.home / "log.txt").open("wb")
        self.process = subprocess.Popen(
            [SYNCTHING, "serve", "--home", str(self.home), "--no-browser", "--no-restart",
             "--no-upgrade"], stdout=log, stderr=subprocess.STDOUT, env=self._env())
        log.close()

    def answers(self) -> bool:
        """Whether its API answers; RuntimeError with its log when it has ended."""
        assert self.process is not None
        if self.process.poll() is not None:
            raise RuntimeError(f"syncthing {self.name} ended: {self.log()[-2000:]}")
        try:
            self.cli("show", "system")
        except RuntimeError:
            return False
        return True

    def cli(self, *args: str) -> str:
        """`syncthing cli --home HOME ARGS`; its output, RuntimeError when it fails."""
        return self._run("cli", "--home", str(self.home), *args)

    def add_device(self, other: Syncthing) -> None:
        """Know `other` by its id at its static address, paused until `resume(other)`.

        The address is set after the device is added: Debian's syncthing 1.19 `cli config
        devices add --addresses` panics (reflect: call of reflect.Value.Elem on slice
        Value); the device's first address, "dynamic", is replaced instead. Paused, because a
        folder shared while the two were connected did not sync until they reconnected
        (1.19: the office never got the kiosk's index of it, 30 s and more); so the folders
        are shared first, then the devices resumed (docs/deploy/fleet.md)."""
        self.cli("config", "devices", "add", "--device-id", other.device_id, "--name",
                 other.name, "--paused")
        self.cli("config", "devices", other.device_id, "addresses", "0", "set",
                 f"tcp://127.0.0.1:{other.port}")

    def resume(self, other: Syncthing) -> None:
        """Connect to `other` (added paused)."""
        self.cli("config", "devices", other.device_id, "paused", "set", "false")

    def add_folder(self, folder_id: str, path: Path, kind: str, other: Syncthing) -> None:
        """Share `path` as folder `folder_id` of type `kind` (sendonly, receiveonly) with
        `other`, the file watcher telling changes after 1 s."""
        self.cli("config", "folders", "add", "--id", folder_id, "--label", folder_id,
                 "--path", str(path), "--type", kind, "--fswatcher-delays", "1")
        self.cli("config", "folders", folder_id, "devices", "add", "--device-id",
                 other.device_id)

    def connected(self, other: Syncthing) -> bool:
        data: Any = json.loads(self.cli("show", "connections"))
        return bool(data.get("connections", {}).get(other.device_id, {}).get("connected"))

    def log(self) -> str:
        path = self.home / "log.txt"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(30)
