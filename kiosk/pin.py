"""The operator PIN: stored only as a salted scrypt hash, checked in constant time, rate limited."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from collections.abc import Callable

# scrypt at n=2**14, r=8 takes about 50 ms and 16 MiB: slow for a guesser, instant for a person.
_N, _R, _P = 2**14, 8, 1
MIN_LENGTH, MAX_LENGTH = 4, 12


def check_pin_format(pin: str) -> str | None:
    """Why a PIN cannot be used, or None. A PIN is digits, as the touch pad offers."""
    if not pin.isdigit() or not pin.isascii():
        return "a PIN is made of digits 0-9 only"
    if not MIN_LENGTH <= len(pin) <= MAX_LENGTH:
        return f"a PIN has {MIN_LENGTH} to {MAX_LENGTH} digits"
    return None


def hash_pin(pin: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P)
    return "$".join(["scrypt", str(_N), str(_R), str(_P),
                     base64.b64encode(salt).decode(), base64.b64encode(digest).decode()])


def verify_pin(pin: str, stored: str) -> bool:
    """Whether `pin` matches the hash; False for any malformed hash."""
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r),
                                p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


class PinLock:
    """Counts wrong PINs: five in a row lock the pad for 60 s, each lock after that doubles."""

    ATTEMPTS = 5
    FIRST_LOCK = 60.0
    LONGEST_LOCK = 3600.0

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._failures = 0
        self._locks = 0
        self._until = 0.0

    def seconds_left(self) -> int:
        """How long the pad stays locked (0: it is open)."""
        return max(0, int(self._until - self._clock() + 0.999))

    def try_pin(self, pin: str, stored: str) -> bool:
        """Check a PIN unless locked; a locked pad refuses even the right PIN."""
        if self.seconds_left():
            return False
        if verify_pin(pin, stored):
            self._failures = self._locks = 0
            return True
        self._failures += 1
        if self._failures >= self.ATTEMPTS:
            self._until = self._clock() + min(self.FIRST_LOCK * 2**self._locks, self.LONGEST_LOCK)
            self._locks += 1
            self._failures = self.ATTEMPTS - 1  # after a lock, one more wrong PIN locks again
        return False
