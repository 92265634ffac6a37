"""minisign's formats, read and written with `cryptography`'s Ed25519: public keys, secret
keys (unencrypted ones: `minisign -G -W`), signatures (`Ed` legacy and `ED` prehashed with
BLAKE2b-512) with their trusted comment and global signature.

The format is minisign's own (https://jedisct1.github.io/minisign/, src/minisign.c of
jedisct1/minisign 0.11): a public key is base64 of "Ed", an 8-byte key id and the 32-byte
key; a signature file is four lines: "untrusted comment: ...", base64 of the algorithm
("Ed" or "ED"), the key id and the 64-byte signature of the file (of its BLAKE2b-512 hash for
"ED"), "trusted comment: TEXT", and base64 of the global signature of the 64-byte signature
followed by TEXT. Key ids are printed as minisign prints them: the id read as a
little-endian 64-bit number, 16 upper-case hex digits.

`cryptography` is imported only when a signature is made or checked, so the settings'
check of `trusted_keys` (`public_key_problem`) costs the kiosk's start-up nothing.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kiosk.packs.errors import PackError

UNTRUSTED = "untrusted comment: "
TRUSTED = "trusted comment: "
LEGACY, PREHASHED = b"Ed", b"ED"
_KDF_NONE, _KDF_SCRYPT, _CHECKSUM = b"\0\0", b"Sc", b"B2"


def prehash() -> hashlib.blake2b:
    """The running hash of an `ED` signature: BLAKE2b-512 of the whole file."""
    return hashlib.blake2b(digest_size=64)


def key_id_text(key_id: bytes) -> str:
    """A key id as minisign prints it ("6BB719195552D3FB")."""
    return f"{int.from_bytes(key_id, 'little'):X}"  # PRIX64: no leading zeros


@dataclass(frozen=True)
class PublicKey:
    """A minisign public key: its 8-byte `key_id` and the 32-byte Ed25519 key."""

    key_id: bytes
    key: bytes

    @property
    def id_text(self) -> str:
        return key_id_text(self.key_id)


def _base64_line(text: str) -> str:
    """The base64 line of a key given as minisign's file (comment line, key line) or as the
    key line alone (as `minisign -P` takes it)."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    lines = [line for line in lines if not line.startswith(UNTRUSTED)]
    if len(lines) != 1:
        raise ValueError("expected one base64 line, as in minisign's .pub file")
    return lines[0]


def parse_public_key(text: str) -> PublicKey:
    """The key in `text` (the .pub file's text, or its base64 line); ValueError saying why
    it is not a minisign Ed25519 public key."""
    try:
        raw = base64.b64decode(_base64_line(text), validate=True)
    except binascii.Error:
        raise ValueError("not base64") from None
    if len(raw) != 42 or raw[:2] != LEGACY:
        raise ValueError("not a minisign Ed25519 public key (42 bytes starting with 'Ed')")
    return PublicKey(raw[2:10], raw[10:])


def public_key_problem(value: object) -> str | None:
    """None when `value` is a minisign public key's base64 line; else what was expected."""
    if isinstance(value, str):
        try:
            parse_public_key(value)
            return None
        except ValueError:
            pass
    return "expected a minisign public key such as RWT701JVGRm3ay8RX1vY... (the second line " \
           "of the .pub file)"


@dataclass(frozen=True)
class Signature:
    """A parsed .minisig: `algorithm` (b"Ed" or b"ED"), `key_id`, the 64-byte `signature`,
    the `trusted_comment` text and the 64-byte `global_signature`."""

    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes


def parse_signature(text: str, label: str) -> Signature:
    """The signature in a .minisig file's `text`; `PackError("signature")` naming `label`
    (the .minisig file) when it is not one."""
    def refuse(what: str) -> PackError:
        return PackError("signature", f"{label}: {what}; sign the pack again with "
                         "'minisign -Sm' or 'kiosk pack sign'")

    lines = text.splitlines()
    if len(lines) < 4 or not lines[0].startswith(UNTRUSTED) \
            or not lines[2].startswith(TRUSTED):
        raise refuse("is not a minisign signature (four lines: untrusted comment, signature, "
                     "trusted comment, global signature)")
    try:
        raw = base64.b64decode(lines[1].strip(), validate=True)
        global_signature = base64.b64decode(lines[3].strip(), validate=True)
    except binascii.Error:
        raise refuse("holds a line that is not base64") from None
    if len(raw) != 74 or raw[:2] not in (LEGACY, PREHASHED) or len(global_signature) != 64:
        raise refuse("line 2 is not an Ed25519 signature ('Ed' or 'ED', key id, 64 bytes)")
    return Signature(raw[:2], raw[2:10], raw[10:], lines[2][len(TRUSTED):], global_signature)


def check_signature(signature: Signature, hashed: bytes, whole: Callable[[], bytes],
                    keys: Iterable[PublicKey], label: str) -> PublicKey:
    """The trusted key that made `signature`, after checking it and its global signature.

    `hashed` is the BLAKE2b-512 of the file (`prehash()`), `whole` returns the file's bytes
    (read only for a legacy `Ed` signature). `label` names the pack in messages. Raises
    `PackError("unknown-key")` when no key of `keys` has the signature's key id, and
    `PackError("signature")` when the file or the trusted comment was changed after signing.
    """
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    matching = [key for key in keys if key.key_id == signature.key_id]
    if not matching:
        raise PackError("unknown-key", f"{label}: signed by key "
                        f"{key_id_text(signature.key_id)}, which is not in trusted_keys; "
                        "add its public key to the settings or sign with a trusted key")
    key = matching[0]
    verifier = Ed25519PublicKey.from_public_bytes(key.key)
    message = hashed if signature.algorithm == PREHASHED else whole()
    try:
        verifier.verify(signature.signature, message)
    except InvalidSignature:
        raise PackError("signature", f"{label}: the signature by key {key.id_text} does not "
                        "match the file (changed after signing, or not the signed file); "
                        "get the pack again from the office") from None
    try:
        verifier.verify(signature.global_signature,
                        signature.signature + signature.trusted_comment.encode("utf-8"))
    except InvalidSignature:
        raise PackError("signature", f"{label}: the trusted comment was changed after "
                        f"signing by key {key.id_text}; get the pack again from the "
                        "office") from None
    return key


@dataclass(frozen=True)
class SecretKey:
    """An unencrypted minisign secret key: `key_id` and the 32-byte Ed25519 seed."""

    key_id: bytes
    seed: bytes


def parse_secret_key(text: str) -> SecretKey:
    """The key in a minisign .key file's `text`; ValueError when it is not one, or is
    encrypted (minisign's default): this kiosk reads only keys made with `minisign -G -W` or
    `kiosk pack keygen`; sign with `minisign -Sm FILE.tar` for an encrypted key."""
    try:
        raw = base64.b64decode(_base64_line(text), validate=True)
    except binascii.Error:
        raise ValueError("not base64") from None
    if len(raw) != 158 or raw[:2] != LEGACY or raw[4:6] != _CHECKSUM:
        raise ValueError("not a minisign Ed25519 secret key")
    if raw[2:4] == _KDF_SCRYPT:
        raise ValueError("an encrypted (password) key: sign with 'minisign -Sm FILE.tar -s "
                         "KEY' instead, or make an unencrypted key with 'minisign -G -W'")
    if raw[2:4] != _KDF_NONE:
        raise ValueError("an unknown key derivation")
    key_id, secret = raw[54:62], raw[62:126]
    checksum = raw[126:158]
    if checksum != bytes(32) and checksum != hashlib.blake2b(
            LEGACY + key_id + secret, digest_size=32).digest():
        raise ValueError("its checksum does not match: the key file is damaged")
    return SecretKey(key_id, secret[:32])


def sign_file(data: bytes, key: SecretKey, trusted_comment: str, prehashed: bool = True,
              untrusted_comment: str = "signature from kiosk pack sign") -> str:
    """The .minisig text for `data`, made with `key`: `ED` (BLAKE2b-512 prehashed, minisign's
    default since 0.10) unless `prehashed` is False (legacy `Ed`)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    if "\n" in trusted_comment or "\r" in trusted_comment:
        raise ValueError("a trusted comment is one line")
    signer = Ed25519PrivateKey.from_private_bytes(key.seed)
    if prehashed:
        digest = prehash()
        digest.update(data)
        signature = signer.sign(digest.digest())
    else:
        signature = signer.sign(data)
    algorithm = PREHASHED if prehashed else LEGACY
    global_signature = signer.sign(signature + trusted_comment.encode("utf-8"))
    return (f"{UNTRUSTED}{untrusted_comment}\n"
            f"{base64.b64encode(algorithm + key.key_id + signature).decode()}\n"
            f"{TRUSTED}{trusted_comment}\n"
            f"{base64.b64encode(global_signature).decode()}\n")


def default_trusted_comment(file_name: str) -> str:
    """minisign's own: "timestamp:SECONDS\tfile:NAME\thashed"."""
    return f"timestamp:{int(time.time())}\tfile:{file_name}\thashed"


def generate_keypair() -> tuple[str, str]:
    """A new key pair as minisign writes it with -G -W: (public key file text, unencrypted
    secret key file text)."""
    import os

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    seed = os.urandom(32)
    key_id = os.urandom(8)
    public = Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes(
        Encoding.Raw, PublicFormat.Raw)
    secret = (LEGACY + _KDF_NONE + _CHECKSUM + bytes(32 + 8 + 8) + key_id + seed + public
              + bytes(32))
    id_text = key_id_text(key_id)
    return (f"{UNTRUSTED}minisign public key {id_text}\n"
            f"{base64.b64encode(LEGACY + key_id + public).decode()}\n",
            f"{UNTRUSTED}minisign secret key {id_text} (unencrypted)\n"
            f"{base64.b64encode(secret).decode()}\n")
