"""Signed content packs: build, sign, verify, install, list and roll back (issue 14).

The API, for the command line (kiosk/commands/pack.py) and the operator panel's inbox:

- `kiosk.packs.verify.verify(pack, keys, allow_unsigned=False) -> Manifest`: the pack's
  signature, members, hashes and content checked in a temporary folder; `PackError` if not.
- `kiosk.packs.install.install(pack, store, settings, force=False) -> Receipt`: stage, check,
  switch, on trial; never raises for a bad pack (the receipt says refused and why).
- `kiosk.packs.store.Store(root)`: `list()`, `rollback()`, `active_content()`.
- `kiosk.packs.build.build_pack`, `kiosk.packs.minisign.sign_file`: what an office runs.

No Qt widgets in any of it: every function may run on any thread. The format and the rules
are in docs/packs.md. Nothing here is imported at the kiosk's start but `store`.
"""
