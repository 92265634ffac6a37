"""ISO 3166-1 alpha-2 country codes, the codes a bundle's countries may use.

Copied from Debian's iso-codes package 4.15.0 (/usr/share/iso-codes/json/iso_3166-1.json,
249 codes; Debian follows the ISO 3166 Maintenance Agency), so that the kiosk stays
offline and pure Python with no new dependency: pycountry would add a package and ~1 MB of
data for a set of 249 two-letter codes, Qt's QLocale territories are not ISO's list (and
`kiosk validate` imports no Qt), and /usr/share/iso-codes is missing on Windows and minimal
systems. tests/content/test_country_codes.py compares this set with that file wherever it is
installed, so a newer iso-codes shows when it must be copied again. User-assigned codes such
as XX or XK are not ISO 3166-1 codes and are refused.
"""

from __future__ import annotations

_CODES = """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
    BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ
    DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP
    GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG
    KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML
    MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE
    PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL
    SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM
    US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
"""

ALPHA_2: frozenset[str] = frozenset(_CODES.split())
"""Every officially assigned ISO 3166-1 alpha-2 code, upper case."""
