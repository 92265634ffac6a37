"""`kiosk pack build|sign|keygen|verify|install|list|rollback`: content packs from the
command line (kiosk.packs; docs/packs.md). Exit 0 done, 1 refused or a file problem, 2 usage."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

USAGE_ERROR = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"kiosk pack: {message}", file=sys.stderr)
        raise SystemExit(USAGE_ERROR)


def build_parser() -> argparse.ArgumentParser:
    """The subcommands of `kiosk pack` and their options."""
    parser = _Parser(prog="kiosk pack", description="Signed content packs (docs/packs.md).")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    build = commands.add_parser("build", help="make a pack of a content bundle folder")
    build.add_argument("bundle", type=Path, metavar="BUNDLE_DIR")
    build.add_argument("--output", type=Path, required=True, metavar="FILE.tar")
    build.add_argument("--app-version", metavar="VERSION",
                       help="the oldest kiosk version that may install it (default: this one)")
    sign = commands.add_parser("sign", help="sign a pack (FILE.tar.minisig beside it)")
    sign.add_argument("pack", type=Path, metavar="FILE.tar")
    sign.add_argument("--key", type=Path, required=True, metavar="SECRET.key",
                      help="an unencrypted minisign secret key (minisign -G -W, kiosk pack "
                      "keygen); for an encrypted one use 'minisign -Sm FILE.tar'")
    sign.add_argument("--comment", metavar="TEXT", help="the trusted comment (default: "
                      "minisign's timestamp, file name and 'hashed')")
    sign.add_argument("--legacy", action="store_true",
                      help="a legacy (Ed, not prehashed) signature, as minisign -l")
    keygen = commands.add_parser("keygen", help="make an unencrypted key pair NAME.pub and "
                                 "NAME.key (as minisign -G -W)")
    keygen.add_argument("--output", type=Path, required=True, metavar="NAME")
    for name, text in (("verify", "check a pack as an install would, without installing"),
                       ("install", "install a pack (on trial until the kiosk shows it)")):
        command = commands.add_parser(name, help=text)
        command.add_argument("pack", type=Path, metavar="FILE.tar")
        command.add_argument("--config", type=Path, metavar="FILE",
                             help="settings file with trusted_keys (default: the user's)")
        if name == "verify":
            command.add_argument("--key", type=Path, action="append", metavar="PUBLIC.pub",
                                 help="trust this public key instead of the settings' keys")
        else:
            command.add_argument("--force", action="store_true",
                                 help="install even when it is not newer than the active one")
    commands.add_parser("list", help="the installed packs, newest first (* active)")
    commands.add_parser("rollback", help="go back to the pack installed before the active one")
    return parser


def main(args: Sequence[str]) -> int:
    """Run `kiosk pack ARGS`; the exit code."""
    try:
        options = build_parser().parse_args(list(args))
    except SystemExit as exit_:
        return int(exit_.code or 0)
    from kiosk.commands import name_the_app

    name_the_app()  # the store is in the app's data folder
    run = {"build": _build, "sign": _sign, "keygen": _keygen, "verify": _verify,
           "install": _install, "list": _list, "rollback": _rollback}[options.command]
    code: int = run(options)
    return code


def _fail(message: str) -> int:
    print(f"kiosk pack: {message}", file=sys.stderr)
    return 1


def _build(options: argparse.Namespace) -> int:
    from kiosk import __version__
    from kiosk.content import ContentError
    from kiosk.packs.build import BuildError, build_pack

    try:
        manifest = build_pack(options.bundle, options.output,
                              options.app_version or __version__)
    except ContentError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return _fail(f"{options.bundle} does not validate; fix it (kiosk validate "
                     f"{options.bundle}) and build again")
    except (BuildError, OSError) as error:
        return _fail(str(error))
    print(f"{options.output}: pack of {manifest.bundle_id} {manifest.version}, "
          f"{len(manifest.files)} files, {manifest.total_bytes:,} bytes; sign it with "
          f"'minisign -Sm {options.output}' or 'kiosk pack sign'")
    return 0


def _sign(options: argparse.Namespace) -> int:
    from kiosk.packs.found import signature_path
    from kiosk.packs.minisign import default_trusted_comment, parse_secret_key, sign_file

    try:
        key = parse_secret_key(options.key.read_text(encoding="utf-8", errors="replace"))
    except ValueError as error:
        return _fail(f"{options.key}: {error}")
    except OSError as error:
        return _fail(f"{options.key}: cannot be read ({error.strerror})")
    comment = options.comment or default_trusted_comment(options.pack.name)
    try:
        text = sign_file(options.pack.read_bytes(), key, comment, not options.legacy)
        signature_path(options.pack).write_text(text, encoding="utf-8")
    except ValueError as error:
        return _fail(f"--comment: {error}")
    except OSError as error:
        return _fail(f"{options.pack}: {error.strerror or error}")
    print(f"{signature_path(options.pack)}: signed")
    return 0


def _keygen(options: argparse.Namespace) -> int:
    from kiosk.packs.minisign import generate_keypair, parse_public_key

    public, secret = generate_keypair()
    public_path = options.output.with_name(options.output.name + ".pub")
    secret_path = options.output.with_name(options.output.name + ".key")
    try:
        with secret_path.open("x", encoding="utf-8") as file:
            file.write(secret)
        secret_path.chmod(0o600)
        public_path.write_text(public, encoding="utf-8")
    except FileExistsError:
        return _fail(f"{secret_path}: exists already; choose another name")
    except OSError as error:
        return _fail(f"{options.output}: {error.strerror or error}")
    key = parse_public_key(public)
    print(f"key {key.id_text}: public {public_path} (put its second line in trusted_keys), "
          f"secret {secret_path} (unencrypted: keep it off the kiosks)")
    return 0


def _settings(config: Path | None) -> tuple[tuple[str, ...], bool]:
    from kiosk.settings import default_settings_path, load_settings

    settings, warnings = load_settings(config or default_settings_path())
    for warning in warnings:
        print(f"kiosk pack: settings: {warning}", file=sys.stderr)
    return settings.trusted_keys, settings.allow_unsigned_packs


def _verify(options: argparse.Namespace) -> int:
    from kiosk.packs.errors import PackError
    from kiosk.packs.minisign import parse_public_key
    from kiosk.packs.verify import trusted, verify

    keys, allow_unsigned = _settings(options.config)
    try:
        public = [parse_public_key(path.read_text(encoding="utf-8")) for path in options.key] \
            if options.key else trusted(keys)
    except (OSError, ValueError) as error:
        return _fail(f"--key: {error}")
    try:
        manifest = verify(options.pack, public, allow_unsigned)
    except PackError as refusal:
        return _fail(refusal.reason)
    except OSError as error:
        return _fail(f"{options.pack}: {error}")
    print(f"{options.pack}: {manifest.bundle_id} {manifest.version}, {len(manifest.files)} "
          "files: every check passes")
    return 0


def _install(options: argparse.Namespace) -> int:
    from kiosk.packs.install import install
    from kiosk.packs.store import Store, default_root
    from kiosk.settings import default_settings_path, load_settings

    settings, warnings = load_settings(options.config or default_settings_path())
    for warning in warnings:
        print(f"kiosk pack: settings: {warning}", file=sys.stderr)
    receipt = install(options.pack, Store(default_root()), settings, options.force)
    if not receipt.installed:
        return _fail(receipt.reason)
    print(receipt.reason)
    return 0


def _list(options: argparse.Namespace) -> int:
    from kiosk.packs.store import Store, default_root

    store = Store(default_root())
    installs = store.list()
    if not installs:
        print(f"no pack installed in {store.root}: the kiosk shows its bundled content")
        return 0
    trial = store.state().trial
    for item, active in installs:
        note = " (on trial)" if active and trial else ""
        print(f"{'*' if active else ' '} {item.bundle_id} {item.version}  installed "
              f"{item.installed} from {item.source}{note}")
    return 0


def _rollback(options: argparse.Namespace) -> int:
    from kiosk.packs.errors import PackError
    from kiosk.packs.receipt import Receipt, now
    from kiosk.packs.store import Store, default_root

    store = Store(default_root())
    before = store.active()
    try:
        previous = store.rollback()
    except PackError as refusal:
        return _fail(refusal.reason)
    reason = (f"rolled back from {before.version if before else '?'} to {previous.version} "
              "by the operator")
    receipt = Receipt("rolled back", reason, previous.source, "", False, previous.bundle_id,
                      previous.version, before.version if before else None, now())
    store.record(receipt.to_json())  # in the store only: the pack file may be long gone
    print(reason)
    return 0
