"""The country codes a bundle may use are ISO 3166-1's, as Debian's iso-codes lists them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.content.iso3166 import ALPHA_2

ISO_CODES = Path("/usr/share/iso-codes/json/iso_3166-1.json")


def test_codes_are_those_of_iso_codes() -> None:
    """The copy in kiosk/content/iso3166.py is the installed iso-codes list, no more or less
    (a newer iso-codes release shows here when the copy must be made again)."""
    if not ISO_CODES.is_file():
        pytest.skip("Debian's iso-codes package is not installed")
    entries = json.loads(ISO_CODES.read_text(encoding="utf-8"))["3166-1"]
    assert {entry["alpha_2"] for entry in entries} == ALPHA_2


def test_office_countries_are_codes_and_user_assigned_ones_are_not() -> None:
    assert {"KZ", "KG", "TJ", "TM", "UZ"} <= ALPHA_2
    assert not {"XX", "XK", "ZZ", "AA", "QM", "EU", "kg"} & ALPHA_2
