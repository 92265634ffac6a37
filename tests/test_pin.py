"""The operator PIN: hashed with a salt, verified, and locked out after wrong attempts."""

from __future__ import annotations

from kiosk.pin import PinLock, check_pin_format, hash_pin, verify_pin


def test_hash_is_salted_and_verifies() -> None:
    """The same PIN hashes differently each time; only the right PIN verifies."""
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second and "2468" not in first
    assert verify_pin("2468", first) and verify_pin("2468", second)
    assert not verify_pin("2469", first)


def test_malformed_hash_never_verifies() -> None:
    """A damaged hash is a refusal, not a crash."""
    for stored in ("", "scrypt$1$2", "md5$x$y$z$a$b", "scrypt$a$b$c$!!$!!"):
        assert not verify_pin("1234", stored)


def test_pin_format() -> None:
    """PINs are 4 to 12 ASCII digits."""
    assert check_pin_format("1234") is None
    assert check_pin_format("12") and check_pin_format("12a4") and check_pin_format("١٢٣٤")
    assert check_pin_format("1" * 13)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_five_wrong_pins_lock_for_a_minute_then_longer() -> None:
    """Five wrong PINs lock the pad for 60 s (even the right PIN); the next lock is longer."""
    clock = Clock()
    lock, stored = PinLock(clock), hash_pin("1357")
    for _ in range(4):
        assert not lock.try_pin("0000", stored)
    assert lock.seconds_left() == 0
    assert not lock.try_pin("0000", stored)
    assert lock.seconds_left() == 60
    assert not lock.try_pin("1357", stored)  # locked: even the right PIN is refused
    clock.now += 60
    assert not lock.try_pin("0000", stored)  # one more wrong PIN after a lock locks again
    assert lock.seconds_left() == 120
    clock.now += 120
    assert lock.try_pin("1357", stored)
    assert lock.seconds_left() == 0
