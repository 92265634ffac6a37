"""The fleet: each kiosk's status file in its outbox, and the office's table of them (issue 14).

- `kiosk.fleet.status`: the status file's format (`Status`, schema version `SCHEMA`), its
  place in the outbox (status/<kiosk-id>.json) and its atomic rewrite (`write_status`).
- `kiosk.fleet.reporter.StatusReporter`: in a running kiosk with `outbox` set, rewrites it
  every `WRITE_INTERVAL_S` and soon after every change (content, languages, install, error).
- `kiosk.fleet.identity`, `kiosk.fleet.restarts`: the kiosk's id, and the crash-restarts
  told from a marker file left by a run that did not end cleanly.
- `kiosk.fleet.report`: `kiosk fleet status DIR`, the office's table (kiosk/commands/fleet.py).

The kiosk only writes files here; Syncthing (docs/deploy/fleet.md) carries them. No sockets.
"""
