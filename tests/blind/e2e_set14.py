# ruff: noqa: E501
"""Blind end-to-end set 14 for guard: a prepaid, payroll and benefits card program
("Alto Card") and a remittance app ("EnviaYa"), 2026.

Customers are gig workers and delivery drivers paid on a payroll card, people receiving
government benefits on a prepaid debit card, people reloading cards with cash at stores, and
people sending money to family in Mexico, Guatemala, Honduras, El Salvador and the Dominican
Republic. Channels are the app's chat (human agents and a scripted virtual assistant with
menus) and an SMS-to-chat line. English ~45%, Spanish ~35% (Central American and Caribbean
usage), Spanglish ~20%, typed the way people really type: no accents, run-ons, voice
dictation, all caps, emoji, bursts of short messages, answers to a question asked two
messages earlier, corrected digits, pasted bank texts, a relative's card.

Labelled secrets: full card numbers (all brands, Luhn-valid, many layouts, some split over
2-4 messages), card security codes, SSNs, one-time passcodes, passwords and PINs. Hard
negatives that must pass untouched: amounts in dollars, pesos, quetzales and lempiras, fees,
dates, times, US and Central American phone numbers, ZIP codes, last-four references,
masked numbers, remittance tracking numbers (MTCN, folio, clave de envio), reload pack and
receipt numbers (Luhn-invalid), employer IDs, benefit case numbers, routing and account
numbers, check, store and order numbers, reference codes, ITINs, years, hours and miles.
Agent messages carry the secret types they ask for (forbidden asks: politely, urgently,
folded into an allowed ask, by a bot template or by a phisher); legitimate verification
(last four, ZIP, date of birth, expiry, last reload amount) and talk about secrets without
asking carry none.

Written blind: without reading guard's code, rules, README, benchmarks or tests; only the
shared schema at the top of tests.blind.e2e_set and the scorer tests.blind.evaluate_e2e
were read. `generate(seed)` is deterministic: one seeded `random.Random` drives everything,
and a self-check asserts every label before the set is returned.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from itertools import pairwise
from random import Random

from stdnum import luhn

from tests.blind.e2e_set import (
    CC,
    CVV,
    KEEP_LAST,
    NUMBER_RUN_RE,
    OTP,
    PIN,
    PW,
    SECRET_SLOTS,
    SLOT_RE,
    SSN,
    TYPES,
    Conversation,
    Label,
    Message,
)

# Secret slots of this set: the shared ones plus second values and split-card parts.
SLOT_TYPES: dict[str, str] = {
    **SECRET_SLOTS,
    "card2": CC,
    "ssn2": SSN,
    "otp2": OTP,
    "pin2": PIN,
    "pw2": PW,
    "part": CC,
}

# --------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------

FIRST_F = [
    "Maria",
    "Rosa",
    "Yesenia",
    "Glenda",
    "Karla",
    "Ana Lucia",
    "Dayana",
    "Keisha",
    "Tanya",
    "Brittany",
    "Lupe",
    "Yolanda",
    "Marisol",
    "Jasmine",
    "Wendy",
    "Sonia",
    "Dulce",
    "Ashley",
]
FIRST_M = [
    "Jose",
    "Juan Carlos",
    "Wilmer",
    "Elvin",
    "Marvin",
    "Darnell",
    "Luis",
    "Kevin",
    "Franklin",
    "Edwin",
    "Tyrone",
    "Brayan",
    "Yeison",
    "Mike",
    "Ramon",
    "Nelson",
    "Andre",
    "Cristian",
]
LAST = [
    "Lopez",
    "Hernandez",
    "Ramirez",
    "Castillo",
    "Mejia",
    "Reyes",
    "Pineda",
    "Brown",
    "Johnson",
    "Flores",
    "Cruz",
    "Santos",
    "Perez",
    "Alvarado",
    "Guzman",
    "Washington",
    "Martinez",
    "Batista",
]
AGENTS = [
    "Brianna",
    "Carlos",
    "Denise",
    "Marcus",
    "Sofia",
    "Jorge",
    "Tiffany",
    "Alejandra",
    "Kevin",
    "Paola",
    "Ray",
    "Gabriela",
]
RELATIVES_ES = [
    "mi mama",
    "mi hermana",
    "mi tia",
    "mi abuela",
    "mi esposo",
    "mi hijo",
    "mi prima",
    "mi papa",
    "mi suegra",
    "mi hermano",
]
RELATIVES_EN = [
    "my mom",
    "my sister",
    "my aunt",
    "my grandma",
    "my husband",
    "my son",
    "my cousin",
    "my dad",
    "my brother",
    "my wife",
]
COUNTRIES: dict[str, dict[str, object]] = {
    "mx": {
        "en": "Mexico",
        "es": "Mexico",
        "cities": [
            "Puebla",
            "Oaxaca",
            "Morelia",
            "Zacatecas",
            "Leon",
            "Acapulco",
            "Guadalajara",
            "Iguala",
        ],
    },
    "gt": {
        "en": "Guatemala",
        "es": "Guate",
        "cities": ["Xela", "Huehuetenango", "Escuintla", "Coban", "San Marcos", "Totonicapan"],
    },
    "hn": {
        "en": "Honduras",
        "es": "Honduras",
        "cities": [
            "San Pedro Sula",
            "Tegucigalpa",
            "La Ceiba",
            "Choluteca",
            "Juticalpa",
            "Comayagua",
        ],
    },
    "sv": {
        "en": "El Salvador",
        "es": "El Salvador",
        "cities": ["San Miguel", "Santa Ana", "Usulutan", "La Union", "Sonsonate", "Chalatenango"],
    },
    "do": {
        "en": "the Dominican Republic",
        "es": "RD",
        "cities": [
            "Santiago",
            "San Francisco de Macoris",
            "La Romana",
            "Higuey",
            "Bani",
            "Santo Domingo",
        ],
    },
}
US_CITIES = [
    "Houston",
    "Dallas",
    "Charlotte",
    "Atlanta",
    "the Bronx",
    "Los Angeles",
    "Nashville",
    "Raleigh",
    "Orlando",
    "Newark",
    "Chicago",
    "Omaha",
]
STORES = [
    "Walmart",
    "Dollar General",
    "7-Eleven",
    "CVS",
    "Walgreens",
    "Family Dollar",
    "la bodega",
    "Circle K",
    "Rite Aid",
    "Kroger",
]
PICKUP = [
    "Elektra",
    "Banco Industrial",
    "Banrural",
    "BAC",
    "Caribe Express",
    "Banco Atlantida",
    "Oxxo",
    "Banco Agricola",
    "Coppel",
]
EMPLOYERS = [
    "QuickDrop",
    "RutaExpress",
    "FreshCart",
    "GigGo Delivery",
    "Metro Staffing",
    "Sunbelt Roofing",
    "Prime Clean Services",
    "Lone Star Labor",
    "BoxRunner",
]
PRODUCTS = {"card": "Alto Card", "remit": "EnviaYa"}

# --------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------

DIGITS = "0123456789"
MONTHS_EN = [
    "Jan",
    "Feb",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
]
MONTHS_ES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]

# Card brands: prefixes and the lengths a number of that brand can have.
BRAND_RULES: list[tuple[tuple[str, ...], tuple[int, ...]]] = [
    (("4",), (13, 16, 19)),
    (("51", "52", "53", "54", "55", *(str(x) for x in range(2221, 2721))), (16,)),
    (("34", "37"), (15,)),
    (("6011", "65", *(str(x) for x in range(644, 650))), (16, 19)),
    (tuple(str(x) for x in range(3528, 3590)), (16, 17, 18, 19)),
    (("36", "38", "39", *(str(x) for x in range(300, 306))), (14, 16)),
    (("62",), (16, 17, 18, 19)),
]
BRAND_PREFIXES: tuple[str, ...] = tuple(p for prefixes, _ in BRAND_RULES for p in prefixes)


def brand_ok(digits: str) -> bool:
    return any(
        digits.startswith(prefixes) and len(digits) in lengths for prefixes, lengths in BRAND_RULES
    )


def rand_digits(rng: Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def luhn_number(rng: Random, prefix: str, length: int) -> str:
    body = prefix + rand_digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def not_luhn(number: str) -> str:
    """The same digits with the last one changed if the whole string passes Luhn."""
    if luhn.is_valid(number):
        number = number[:-1] + str((int(number[-1]) + 1) % 10)
    return number


def card_digits(rng: Random, brand: str) -> str:
    if brand == "visa":
        return luhn_number(rng, "4", 16)
    if brand == "mc":
        prefix = rng.choice(["51", "52", "53", "54", "55", str(rng.randint(2221, 2720))])
        return luhn_number(rng, prefix, 16)
    if brand == "amex":
        return luhn_number(rng, rng.choice(["34", "37"]), 15)
    if brand == "discover":
        return luhn_number(rng, rng.choice(["6011", "65", str(rng.randint(644, 649))]), 16)
    if brand == "jcb":
        return luhn_number(rng, str(rng.randint(3528, 3589)), 16)
    if brand == "diners":
        return luhn_number(rng, rng.choice(["36", "38", str(rng.randint(300, 305))]), 14)
    return luhn_number(rng, "62", rng.choice([16, 16, 19]))


CARD_GROUPS: dict[int, list[list[int]]] = {
    16: [[4, 4, 4, 4]] * 6 + [[8, 8], [4, 4, 8], [3, 5, 4, 4], [6, 10], [4, 12], [5, 5, 6]],
    15: [[4, 6, 5]] * 4 + [[4, 4, 4, 3], [5, 5, 5], [10, 5]],
    14: [[4, 6, 4]] * 3 + [[4, 4, 4, 2], [7, 7]],
    19: [[4, 4, 4, 4, 3]] * 3 + [[6, 13], [4, 4, 4, 7]],
}


def chunk(digits: str, sizes: list[int]) -> list[str]:
    out, pos = [], 0
    for size in sizes:
        out.append(digits[pos : pos + size])
        pos += size
    if pos < len(digits):
        out[-1] += digits[pos:]
    return out


def fmt_card(rng: Random, digits: str) -> str:
    style = rng.choices(
        ["space", "dash", "none", "newline", "dot", "double", "single", "mixed"],
        weights=[38, 14, 22, 8, 3, 5, 3, 7],
    )[0]
    if style == "none":
        return digits
    if style == "single":
        return " ".join(digits)
    groups = chunk(digits, rng.choice(CARD_GROUPS[len(digits)]))
    if style == "space":
        return " ".join(groups)
    if style == "dash":
        return "-".join(groups)
    if style == "dot":
        return ".".join(groups)
    if style == "double":
        return "  ".join(groups)
    if style == "mixed":
        seps = [rng.choice([" ", "-", " ", ""]) for _ in groups[1:]]
        return groups[0] + "".join(s + g for s, g in zip(seps, groups[1:], strict=True))
    half = len(groups) // 2
    if rng.random() < 0.5 or len(groups) < 3:
        return " ".join(groups[:half]) + "\n" + " ".join(groups[half:])
    return "\n".join(groups)


def split_card_parts(rng: Random, digits: str) -> list[str]:
    n = len(digits)
    k = rng.choice([2, 2, 3, 3, 4])
    if k == 4 and n >= 16:
        options = [[4, 4, 4, n - 12]]
    elif k >= 3:
        options = [[4, 4, n - 8], [8, 4, n - 12], [4, n - 8, 4], [6, 4, n - 10]]
    else:
        options = [[n // 2, n - n // 2], [4, n - 4], [n - 4, 4], [8, n - 8]]
    sizes = rng.choice([o for o in options if min(o) >= 4])
    parts = chunk(digits, sizes)
    out = []
    for part in parts:
        if len(part) > 5 and rng.random() < 0.6:
            sep = rng.choice([" ", " ", "-"])
            out.append(sep.join(chunk(part, [4] * (len(part) // 4 + 1))).strip(sep))
        else:
            out.append(part)
    return out


def ssn_digits(rng: Random) -> str:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def one_digit_off(rng: Random, digits: str, first: int) -> str:
    """`digits` with one digit at or after `first` changed (an SSN stays a valid SSN)."""
    while True:
        i = rng.randrange(first, len(digits))
        out = digits[:i] + rng.choice([d for d in DIGITS if d != digits[i]]) + digits[i + 1 :]
        if len(out) != 9 or ssn_valid(out):
            return out


def fmt_ssn(rng: Random, digits: str) -> str:
    style = rng.choices(["dash", "space", "plain", "dot"], weights=[55, 15, 25, 5])[0]
    sep = {"dash": "-", "space": " ", "plain": "", "dot": "."}[style]
    return f"{digits[:3]}{sep}{digits[3:5]}{sep}{digits[5:]}"


def ssn_valid(digits: str) -> bool:
    if not re.fullmatch(r"\d{9}", digits):
        return False
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def otp_value(rng: Random) -> str:
    n = rng.choices([6, 4, 5, 7, 8], weights=[60, 12, 8, 5, 15])[0]
    d = rand_digits(rng, n)
    r = rng.random()
    if n == 6 and r < 0.18:
        return f"{d[:3]} {d[3:]}"
    if n == 6 and r < 0.25:
        return f"{d[:3]}-{d[3:]}"
    if n == 8 and r < 0.25:
        return f"{d[:4]} {d[4:]}"
    return d


def pin_value(rng: Random) -> str:
    return rand_digits(rng, rng.choices([4, 6, 5], weights=[80, 15, 5])[0])


PW_WORDS = [
    "Rosita",
    "Lupita",
    "Chapin",
    "Catracho",
    "Guanaco",
    "Quisqueya",
    "pollito",
    "Gatita",
    "Dodgers",
    "Chivas",
    "America",
    "Messi",
    "tigre",
    "Morena",
    "princesa",
    "Angelito",
    "mariposa",
    "Familia",
    "JesusTeAma",
    "Bendecida",
    "delivery",
    "Trokero",
    "Mustang",
    "Camaro",
    "bebe",
    "Mimi",
    "Sofia",
    "Mateo",
    "Keisha",
    "Jayden",
    "brooklyn",
    "Houston",
    "Olimpia",
    "Motagua",
    "Alianza",
    "Aguilas",
    "Licey",
    "Xela",
    "negrito",
    "Dios",
]


def pw_value(rng: Random) -> str:
    word = rng.choice(PW_WORDS)
    year = str(rng.choice([rng.randint(1975, 2026), rng.randint(0, 99)]))
    sym = rng.choice(["!", "#", "$", "@", "*", ".", "_"])
    pattern = rng.randrange(8)
    if pattern == 0:
        return word + year
    if pattern == 1:
        return word + year + sym
    if pattern == 2:
        return word.lower() + rand_digits(rng, rng.randint(2, 4))
    if pattern == 3:
        return word.capitalize() + sym + rand_digits(rng, 2)
    if pattern == 4:
        leet = word.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        return leet + sym + rand_digits(rng, 1)
    if pattern == 5:
        return rng.choice(["Mi", "Te", "Yo", "Soy"]) + word.capitalize() + year
    if pattern == 6:
        return word.lower() + sym + word2(rng) + rand_digits(rng, 2)
    return word.upper() + year


def word2(rng: Random) -> str:
    return rng.choice(["casa", "amor", "mama", "papi", "love", "bb", "rey", "hn", "gt", "sv", "rd"])


# --------------------------------------------------------------------------------------
# Negative values (never labelled)
# --------------------------------------------------------------------------------------


def money(rng: Random, lang: str) -> str:
    whole = rng.choices(
        [rng.randint(5, 99), rng.randint(100, 900), rng.randint(1000, 2600)], weights=[40, 45, 15]
    )[0]
    cents = rng.choice(["", "", f".{rng.randint(0, 99):02d}"])
    fmt = f"{whole:,}" if rng.random() < 0.6 else str(whole)
    words = ["dlls", "dolares", "dls"] if lang == "es" else ["bucks", "dollars", "dollars"]
    return rng.choice(
        [f"${fmt}{cents}", f"${fmt}{cents}", f"${whole}", f"{whole} {rng.choice(words)}"]
    )


def fee(rng: Random) -> str:
    return rng.choice(
        ["$3.95", "$2.50", "$5.95", "$1.00", "$4.99", "$2.95", "$7.50", "$3", "$9.99", "2.50 dlls"]
    )


def local_money(rng: Random, country: str) -> str:
    n = rng.choice([500, 800, 1000, 1200, 1500, 2000, 2500, 3000, 3500, 4000, 5000, 8000])
    if country == "mx":
        return rng.choice([f"{n:,} pesos", f"${n:,} MXN", f"{n} pesos mexicanos"])
    if country == "gt":
        return rng.choice([f"Q{n:,}", f"{n} quetzales", f"Q {n}"])
    if country == "hn":
        return rng.choice([f"L {n:,}", f"{n} lempiras", f"L.{n}"])
    if country == "do":
        return rng.choice([f"RD${n:,}", f"{n} pesos dominicanos", f"RD$ {n}"])
    return rng.choice([f"${n // 10}", f"{n // 10} dolares"])


def a_date(rng: Random, lang: str) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    if lang == "es":
        return rng.choice(
            [
                f"{d} de {MONTHS_ES[m - 1]}",
                f"{d}/{m}",
                f"{d:02d}/{m:02d}/2026",
                f"{rng.choice(['lunes', 'martes', 'viernes', 'sabado'])} {d}",
            ]
        )
    return rng.choice(
        [
            f"{m}/{d}",
            f"{m:02d}/{d:02d}/2026",
            f"{MONTHS_EN[m - 1]} {d}",
            f"{m}/{d}/26",
            f"2026-{m:02d}-{d:02d}",
        ]
    )


def a_time(rng: Random, lang: str) -> str:
    h, mi = rng.randint(1, 12), rng.choice([0, 5, 15, 20, 30, 45, 50])
    if lang == "es":
        return rng.choice(
            [
                f"{h}:{mi:02d}",
                f"las {h} de la tarde",
                f"{h}:{mi:02d} pm",
                f"{rng.randint(13, 22)}:{mi:02d}",
            ]
        )
    return rng.choice(
        [f"{h}:{mi:02d}pm", f"{h}am", f"{h}:{mi:02d} AM", f"around {h}", f"{h}:{mi:02d}"]
    )


def us_phone(rng: Random) -> str:
    area = rng.choice(
        [
            "713",
            "832",
            "281",
            "214",
            "469",
            "704",
            "980",
            "404",
            "678",
            "718",
            "347",
            "213",
            "323",
            "615",
            "919",
            "407",
            "973",
            "773",
            "402",
        ]
    )
    ex = str(rng.randint(200, 989))
    line = rand_digits(rng, 4)
    return rng.choice(
        [
            f"({area}) {ex}-{line}",
            f"{area}-{ex}-{line}",
            f"{area}.{ex}.{line}",
            f"{area}{ex}{line}",
            f"+1 {area} {ex} {line}",
            f"{area} {ex} {line}",
        ]
    )


def intl_phone(rng: Random, country: str) -> str:
    if country == "mx":
        return rng.choice(
            [
                f"+52 {rng.choice(['33', '55', '81'])} {rand_digits(rng, 4)} {rand_digits(rng, 4)}",
                f"+52 {rng.randint(222, 999)} {rand_digits(rng, 3)} {rand_digits(rng, 4)}",
                f"52{rng.randint(222, 999)}{rand_digits(rng, 7)}",
            ]
        )
    if country == "do":
        return rng.choice(
            [
                f"+1 ({rng.choice(['809', '829', '849'])}) {rng.randint(200, 989)}-{rand_digits(rng, 4)}",
                f"{rng.choice(['809', '829', '849'])}-{rng.randint(200, 989)}-{rand_digits(rng, 4)}",
            ]
        )
    code = {"gt": "502", "hn": "504", "sv": "503"}[country]
    first = {"gt": "45", "hn": "39", "sv": "67"}[country]
    num = rng.choice(first) + rand_digits(rng, 7)
    return rng.choice(
        [
            f"+{code} {num[:4]} {num[4:]}",
            f"+{code} {num[:4]}-{num[4:]}",
            f"({code}) {num}",
            f"{code} {num[:4]}{num[4:]}",
        ]
    )


def a_zip(rng: Random) -> str:
    z = rng.choice(
        [
            "770",
            "750",
            "752",
            "282",
            "303",
            "900",
            "913",
            "331",
            "113",
            "104",
            "606",
            "276",
            "372",
            "681",
            "328",
            "071",
        ]
    ) + rand_digits(rng, 2)
    return z if rng.random() < 0.9 else f"{z}-{rand_digits(rng, 4)}"


def a_dob(rng: Random, lang: str) -> str:
    y, m, d = rng.randint(1955, 2004), rng.randint(1, 12), rng.randint(1, 28)
    if lang == "es":
        return rng.choice(
            [
                f"{d}/{m}/{y}",
                f"{d} de {MONTHS_ES[m - 1]} del {y}",
                f"{d:02d}-{m:02d}-{y}",
                f"{d} {MONTHS_ES[m - 1]} {str(y)[2:]}",
            ]
        )
    return rng.choice(
        [
            f"{m}/{d}/{y}",
            f"{m:02d}/{d:02d}/{y}",
            f"{MONTHS_EN[m - 1]} {d} {y}",
            f"{m}-{d}-{str(y)[2:]}",
            f"{m:02d}{d:02d}{y}",
        ]
    )


def an_exp(rng: Random) -> str:
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d}{y}"])


def masked(rng: Random, last4: str) -> str:
    return rng.choice(
        [
            f"****{last4}",
            f"XXXX XXXX XXXX {last4}",
            f"•••• {last4}",
            f"xxxx-xxxx-xxxx-{last4}",
            f"*{last4}",
            f"ending in {last4}",
            f"5xxx xxxx xxxx {last4}",
            f"************{last4}",
        ]
    )


def mtcn(rng: Random) -> str:
    d = rand_digits(rng, 10)
    return rng.choice([d, d, f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}"])


def folio(rng: Random) -> str:
    return rng.choice(
        [
            rand_digits(rng, 8),
            f"EY{rand_digits(rng, 9)}",
            f"F-2026-{rand_digits(rng, 6)}",
            f"{rand_digits(rng, 4)}-{rand_digits(rng, 4)}",
            f"MX{rand_digits(rng, 7)}",
        ]
    )


def clave_envio(rng: Random) -> str:
    return rng.choice(
        [
            f"EY-{rng.choice('ABCDHKMQ')}{rand_digits(rng, 2)}-{rand_digits(rng, 3)}{rng.choice('PQRXZ')}",
            rand_digits(rng, 12),
            f"{rand_digits(rng, 4)} {rand_digits(rng, 4)} {rand_digits(rng, 4)}",
            f"{rand_digits(rng, 3)}-{rand_digits(rng, 3)}-{rand_digits(rng, 4)}",
        ]
    )


def long_neg(rng: Random, n: int) -> str:
    """n digits, Luhn-invalid when 13 or more."""
    d = rng.choice("123789") + rand_digits(rng, n - 1)
    return not_luhn(d) if n >= 13 else d


def reload_pack(rng: Random) -> str:
    d = long_neg(rng, rng.choice([10, 12, 13, 14, 16, 16]))
    if len(d) >= 12 and rng.random() < 0.5:
        return " ".join(chunk(d, [4] * (len(d) // 4 + 1))).strip()
    return d


def receipt(rng: Random) -> str:
    d = long_neg(rng, rng.choice([12, 14, 16, 18, 20]))
    r = rng.random()
    if r < 0.35:
        return "-".join(chunk(d, [4] * (len(d) // 4 + 1))).strip("-")
    if r < 0.55:
        return " ".join(chunk(d, [4] * (len(d) // 4 + 1))).strip()
    return d


def routing(rng: Random) -> str:
    while True:
        d = rng.choice(
            [
                "01",
                "02",
                "03",
                "04",
                "05",
                "06",
                "07",
                "08",
                "09",
                "10",
                "11",
                "12",
                "21",
                "22",
                "26",
                "31",
                "32",
            ]
        ) + rand_digits(rng, 7)
        w = [3, 7, 1, 3, 7, 1, 3, 7, 1]
        if sum(int(c) * x for c, x in zip(d, w, strict=True)) % 10 == 0:
            return d


def case_no(rng: Random) -> str:
    return rng.choice(
        [
            f"2026-{rand_digits(rng, 4)}-{rand_digits(rng, 4)}",
            f"00{rand_digits(rng, 7)}",
            f"BEN-{rand_digits(rng, 7)}",
            f"C-{rand_digits(rng, 5)}-TX",
            f"UI{rand_digits(rng, 8)}",
            rand_digits(rng, 11),
        ]
    )


def order_no(rng: Random) -> str:
    r = rng.random()
    if r < 0.4:
        d = not_luhn("1" + rand_digits(rng, 16))
        return f"{d[:3]}-{d[3:10]}-{d[10:]}"
    if r < 0.7:
        return f"#{rand_digits(rng, 6)}"
    return f"A-{rand_digits(rng, 5)}"


def ref_code(rng: Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return rng.choice(
        [
            "RLD-" + "".join(rng.choice(letters + DIGITS) for _ in range(6)),
            "TX" + rand_digits(rng, 5) + rng.choice(letters),
            f"{rng.choice(letters)}{rand_digits(rng, 1)}{rng.choice(letters)}-{rand_digits(rng, 3)}{rng.choice(letters)}",
            "CS" + rand_digits(rng, 8),
        ]
    )


def itin(rng: Random) -> str:
    return f"9{rand_digits(rng, 2)}-{rng.choice([rng.randint(70, 88), rng.randint(90, 92), rng.randint(94, 99)])}-{rand_digits(rng, 4)}"


def employer_id(rng: Random) -> str:
    return rng.choice(
        [
            f"EMP-{rand_digits(rng, 5)}",
            rand_digits(rng, 6),
            f"W-{rand_digits(rng, 4)}-A",
            f"{rand_digits(rng, 2)}-{rand_digits(rng, 7)}",
            f"DRV{rand_digits(rng, 6)}",
        ]
    )


# --------------------------------------------------------------------------------------
# Conversation context: slot values (secrets and negatives)
# --------------------------------------------------------------------------------------

CACHED = {
    "card",
    "cvv",
    "cid",
    "ssn",
    "otp",
    "pw",
    "pin",
    "last4",
    "ssn4",
    "zip",
    "name",
    "dob",
    "exp",
    "country",
    "city",
    "phone",
    "employer",
    "rname",
    "agent_name",
    "p4",
    "product",
    "store",
    "relative",
    "email",
    "city_us",
}


class Ctx:
    """Slot values for one conversation: secrets and the names, places and numbers around them."""

    def __init__(self, rng: Random, lang: str, amex_ok: bool = True) -> None:
        self.rng = rng
        self.lang = lang
        self.country = rng.choice(list(COUNTRIES))
        self.cache: dict[str, str] = {}
        brands = ["visa", "mc", "discover", "jcb", "diners", "unionpay"] + (
            ["amex"] if amex_ok else []
        )
        weights = [40, 30, 8, 4, 4, 6] + ([8] if amex_ok else [])
        self.brand = rng.choices(brands, weights=weights)[0]
        self._card_digits = ""
        self._ssn_digits = ""
        self.tlang = ""  # language of the template being filled ("" for the conversation's)

    @property
    def card_digits(self) -> str:
        if not self._card_digits:
            self._card_digits = card_digits(self.rng, self.brand)
        return self._card_digits

    def new_card(self, brand: str | None = None) -> None:
        self.brand = brand or self.brand
        self._card_digits = ""
        self.cache.pop("card", None)
        self.cache.pop("last4", None)

    @property
    def ssn_digits(self) -> str:
        if not self._ssn_digits:
            self._ssn_digits = ssn_digits(self.rng)
        return self._ssn_digits

    def lang_of(self) -> str:
        return (
            "es"
            if self.lang == "es"
            else ("en" if self.lang == "en" else self.rng.choice(["en", "es"]))
        )

    def value(self, slot: str) -> str:
        if slot in CACHED:
            if slot not in self.cache:
                self.cache[slot] = self._make(slot)
            return self.cache[slot]
        return self._make(slot)

    def _make(self, slot: str) -> str:
        rng, lang = self.rng, self.lang
        lg = self.tlang or ("es" if lang == "es" else "en")
        country = COUNTRIES[self.country]
        if slot in ("card", "card2"):
            return fmt_card(
                rng,
                self.card_digits
                if slot == "card"
                else card_digits(rng, rng.choice(["visa", "mc", "discover"])),
            )
        if slot == "cvv":
            return rand_digits(rng, 4 if self.brand == "amex" else 3)
        if slot == "cid":
            return rand_digits(rng, 4)
        if slot == "ssn":
            return fmt_ssn(rng, self.ssn_digits)
        if slot == "ssn2":  # the same SSN with one digit corrected (or another SSN)
            if rng.random() < 0.7 and "ssn" in self.cache:
                first = self.cache["ssn"]
                sep = "" if first[3].isdigit() else first[3]
                d = one_digit_off(rng, self.ssn_digits, 3)
                return f"{d[:3]}{sep}{d[3:5]}{sep}{d[5:]}"
            return fmt_ssn(rng, ssn_digits(rng))
        if slot == "otp2" and "otp" in self.cache and rng.random() < 0.5:
            return one_digit_off(rng, re.sub(r"\D", "", self.cache["otp"]), 0)
        if slot in ("otp", "otp2"):
            return otp_value(rng)
        if slot == "pin2" and "pin" in self.cache:
            return one_digit_off(rng, self.cache["pin"], 0)
        if slot in ("pin", "pin2"):
            return pin_value(rng)
        if slot in ("pw", "pw2"):
            return pw_value(rng)
        if slot == "last4":
            return (
                self.card_digits[-4:]
                if self._card_digits or rng.random() < 0.5
                else rand_digits(rng, 4)
            )
        if slot == "ssn4":
            return self.ssn_digits[-4:]
        if slot == "masked":
            return masked(rng, self.value("last4"))
        if slot in ("amt", "amt2", "balance", "tips"):
            return money(rng, lg)
        if slot == "fee":
            return fee(rng)
        if slot == "local":
            return local_money(rng, self.country)
        if slot in ("date", "date2"):
            return a_date(rng, lg)
        if slot == "time":
            return a_time(rng, lg)
        if slot in ("phone", "phone2"):
            return us_phone(rng)
        if slot == "phone_intl":
            return intl_phone(rng, self.country)
        if slot == "p4":
            return rand_digits(rng, 4)
        if slot in ("zip", "zip2"):
            return a_zip(rng)
        if slot == "dob":
            return a_dob(rng, lg)
        if slot == "exp":
            return an_exp(rng)
        if slot == "mtcn":
            return mtcn(rng)
        if slot == "folio":
            return folio(rng)
        if slot == "clave_envio":
            return clave_envio(rng)
        if slot == "pack":
            return reload_pack(rng)
        if slot == "receipt":
            return receipt(rng)
        if slot == "employer":
            return rng.choice(EMPLOYERS)
        if slot == "employer_id":
            return employer_id(rng)
        if slot == "case_no":
            return case_no(rng)
        if slot == "routing":
            return routing(rng)
        if slot == "acct":
            return rand_digits(rng, rng.randint(8, 12))
        if slot == "check_no":
            return (
                str(rng.randint(1001, 9899))
                if rng.random() < 0.7
                else str(rng.randint(10000, 40000))
            )
        if slot == "store":
            return rng.choice(STORES)
        if slot == "store_no":
            return rng.choice([str(rng.randint(100, 9999)), f"{rng.randint(1, 9999):04d}"])
        if slot == "order_no":
            return order_no(rng)
        if slot == "ref":
            return ref_code(rng)
        if slot == "year":
            return str(rng.randint(2015, 2026))
        if slot == "hours":
            h = rng.choice([str(rng.randint(22, 62)), f"{rng.randint(22, 55)}.5"])
            return f"{h} {rng.choice(['hrs', 'hours'])}" if lg == "en" else f"{h} horas"
        if slot == "miles":
            m = rng.choice(
                [str(rng.randint(40, 900)), f"{rng.randint(1, 2)},{rand_digits(rng, 3)}"]
            )
            return f"{m} {rng.choice(['miles', 'mi'])}" if lg == "en" else f"{m} millas"
        if slot == "trips":
            return str(rng.randint(12, 96))
        if slot == "shortcode":
            return str(rng.randint(20000, 99999))
        if slot == "itin":
            return itin(rng)
        if slot == "name":
            return f"{rng.choice(FIRST_F + FIRST_M)} {rng.choice(LAST)}"
        if slot == "rname":
            return f"{rng.choice(FIRST_F + FIRST_M)} {rng.choice(LAST)} {rng.choice(LAST)}"
        if slot == "agent_name":
            return rng.choice(AGENTS)
        if slot == "city":
            return rng.choice(country["cities"])  # type: ignore[arg-type]
        if slot == "country":
            return str(country[lg])
        if slot == "city_us":
            return rng.choice(US_CITIES)
        if slot == "pickup":
            return rng.choice(PICKUP)
        if slot == "relative":
            return rng.choice(RELATIVES_ES if lg == "es" else RELATIVES_EN)
        if slot == "email":
            first = rng.choice(FIRST_F + FIRST_M).split()[0].lower()
            return f"{first}{rng.choice(['.', '_', ''])}{rng.choice(LAST).lower()}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'yahoo.com', 'hotmail.com', 'icloud.com'])}"
        if slot == "product":
            return PRODUCTS["card"]
        if slot == "n":
            return str(rng.randint(2, 5))
        raise KeyError(slot)


# --------------------------------------------------------------------------------------
# Filling templates
# --------------------------------------------------------------------------------------

Style = Callable[[str, bool], str]


def strip_accents(text: str) -> str:
    keep = {"ñ": "\0", "Ñ": "\1"}
    for k, v in keep.items():
        text = text.replace(k, v)
    out = "".join(
        c
        for c in unicodedata.normalize("NFD", text)
        if unicodedata.category(c) != "Mn" or c == "\ufe0f"
    )
    return out.replace("\0", "ñ").replace("\1", "Ñ")


EN_SLANG = [
    (r"\byou\b", "u"),
    (r"\byour\b", "ur"),
    (r"\bplease\b", "pls"),
    (r"\bthanks\b", "thx"),
    (r"\bbecause\b", "bc"),
    (r"\bdon't\b", "dont"),
    (r"\bI'm\b", "im"),
    (r"\bcan't\b", "cant"),
    (r"\bdidn't\b", "didnt"),
    (r"\bare\b", "r"),
    (r"\bknow\b", "kno"),
    (r"\bwhat\b", "wat"),
    (r"\bit's\b", "its"),
    (r"\bgoing to\b", "gonna"),
    (r"\bright now\b", "rn"),
]
ES_SLANG = [
    (r"\bque\b", "q"),
    (r"\bpor favor\b", "porfa"),
    (r"\bporque\b", "xq"),
    (r"\bhola\b", "ola"),
    (r"\bnecesito\b", "nesesito"),
    (r"\bhice\b", "ise"),
    (r"\bquiero\b", "kiero"),
    (r"\btambien\b", "tmb"),
    (r"\bahorita\b", "aorita"),
    (r"\bhacer\b", "aser"),
    (r"\bpara\b", "pa"),
    (r"\bbueno\b", "weno"),
    (r"\bhay\b", "ai"),
    (r"\bvez\b", "ves"),
    (r"\bya\b", "ya"),
    (r"\bllego\b", "yego"),
    (r"\bestoy\b", "toy"),
    (r"\bdinero\b", "dinero"),
    (r"\bhaber\b", "aber"),
    (r"\bcobrar\b", "cobrar"),
]


def make_style(
    rng: Random, lang: str, sms: bool = False
) -> tuple[str, Style, Callable[[str], str] | None]:
    name = rng.choices(
        ["asis", "lower", "sloppy", "caps", "dictation"],
        weights=[24, 28, 26, 12 if not sms else 30, 10],
    )[0]

    def slang(text: str) -> str:
        table = ES_SLANG + EN_SLANG if lang == "mix" else (ES_SLANG if lang == "es" else EN_SLANG)
        for pattern, repl in table:
            text = re.sub(
                pattern,
                lambda m, r=repl: r if rng.random() < 0.55 else m.group(0),
                text,
                flags=re.IGNORECASE,
            )
        return text

    def style(text: str, first: bool) -> str:
        if name == "lower":
            return strip_accents(text.lower())
        if name == "sloppy":
            text = slang(strip_accents(text.lower())).replace("¿", "").replace("¡", "")
            return re.sub(r"[,.](?=\s|$)", lambda m: "" if rng.random() < 0.6 else m.group(0), text)
        if name == "caps":
            return strip_accents(text).upper()
        if name == "dictation":
            text = text.replace("¿", "").replace("¡", "")
            return text[:1].upper() + text[1:] if first else text
        return text

    case = {"lower": str.lower, "sloppy": str.lower, "caps": str.upper}.get(name)
    return name, style, case


def fill(
    ctx: Ctx,
    template: str,
    style: Style | None = None,
    part: str | None = None,
    part_keep: int = 0,
    case: Callable[[str], str] | None = None,
) -> tuple[str, list[Label]]:
    """Fill the slots of `template`; the labels are computed from the pieces as they are joined."""
    out: list[str] = []
    labels: list[Label] = []
    length = 0
    pos = 0
    for m in SLOT_RE.finditer(template):
        literal = template[pos : m.start()]
        if style is not None:
            literal = style(literal, pos == 0)
        out.append(literal)
        length += len(literal)
        slot = m.group(1)
        if slot == "part":
            assert part is not None
            value = part
            labels.append(Label(CC, length, length + len(value), keep=part_keep, split_part=True))
        else:
            value = ctx.value(slot)
            kind = SLOT_TYPES.get(slot)
            if kind is not None:
                labels.append(Label(kind, length, length + len(value), keep=KEEP_LAST.get(kind, 0)))
            elif case is not None:
                value = case(value)
        out.append(value)
        length += len(value)
        pos = m.end()
    tail = template[pos:]
    if style is not None:
        tail = style(tail, pos == 0)
    out.append(tail)
    return "".join(out), labels


# --------------------------------------------------------------------------------------
# Customer templates
# --------------------------------------------------------------------------------------

Pool = dict[str, list[str]]

OPENERS: Pool = {
    "en": [
        "hi",
        "hello",
        "hello?? anyone there",
        "hi i need help",
        "good morning",
        "hey",
        "Hi, I have a problem with my card",
        "HELLO",
        "hi good afternoon",
        "need help asap",
    ],
    "es": [
        "hola",
        "buenas",
        "buenas tardes",
        "hola buenos dias",
        "ola necesito ayuda",
        "alguien me puede ayudar",
        "buenas noches disculpe",
        "hola 🙏",
        "saludos",
        "bendiciones buenas tardes",
    ],
    "mix": [
        "hi buenas",
        "hola i need help",
        "hello necesito ayuda",
        "hey buenas tardes",
        "hola good morning",
        "hi, tengo un problem",
    ],
}

THANKS: Pool = {
    "en": [
        "ok thank you",
        "thx",
        "ok",
        "👍",
        "thank u so much God bless",
        "ok ill wait",
        "alright thanks",
        "ok cool",
        "THANK YOU",
    ],
    "es": [
        "gracias",
        "ok gracias",
        "muchas gracias dios le bendiga",
        "ta bien",
        "ok",
        "ok muchas gracias 🙏",
        "perfecto gracias",
        "va gracias",
        "ok esperare",
    ],
    "mix": [
        "ok thank u",
        "gracias bro",
        "ok perfect gracias",
        "ok thanks, bendiciones",
        "ok gracias 👍",
    ],
}

WAITS: Pool = {
    "en": [
        "wait",
        "hold on let me get it",
        "one sec its in my car",
        "ok hold on",
        "brb",
        "hang on my kid has the card",
        "sorry had to pull over",
    ],
    "es": [
        "un momento",
        "dejeme buscarla",
        "espereme tantito",
        "aver",
        "ya voy",
        "un momentito que estoy manejando",
        "perame la tengo en la cartera",
    ],
    "mix": ["wait un momento", "hold on la estoy buscando", "one sec, la tengo en el carro"],
}

WHYS: Pool = {
    "en": [
        "why do u need that?",
        "is this safe??",
        "for what",
        "u sure? they told me never give that",
    ],
    "es": [
        "y eso para que?",
        "es seguro darle eso?",
        "para que lo ocupa",
        "seguro? me dijeron que no lo diera",
    ],
    "mix": ["para que lo need?", "is it safe darle eso?"],
}

REFUSALS: Pool = {
    "en": [
        "no im not giving that out",
        "i dont feel comfortable, can we do it another way?",
        "nah thats a scam right?",
        "I'd rather not send that in a chat",
    ],
    "es": [
        "no, eso no se lo doy",
        "mejor no, hay otra forma?",
        "eso es estafa verdad?",
        "no voy a mandar eso por aqui",
    ],
    "mix": ["no, eso no lo voy a mandar sorry", "mi hija dice que no le de eso, its a scam?"],
}
REFUSE_TYPE: dict[str, Pool] = {
    CC: {
        "en": ["i dont give my card number in chats sorry"],
        "es": ["el numero de la tarjeta no se lo doy"],
        "mix": ["el card number no, sorry"],
    },
    CVV: {
        "en": ["the back code? no way"],
        "es": ["los numeros de atras no se dan"],
        "mix": ["el code de atras no se lo doy"],
    },
    SSN: {
        "en": ["im not giving my whole social in a chat"],
        "es": ["mi seguro completo no se lo voy a dar"],
        "mix": ["mi social completo no, sorry"],
    },
    OTP: {
        "en": ["the text literally says dont share this code"],
        "es": ["a mi me dijeron que ese codigo no se le da a nadie"],
        "mix": ["el text dice que no lo comparta"],
    },
    PW: {
        "en": ["i'm not giving my password to anybody"],
        "es": ["la contraseña no se la doy"],
        "mix": ["el password no se lo doy"],
    },
    PIN: {
        "en": ["my bank said never give the pin to anybody"],
        "es": ["el pin no se le da a nadie, eso me dijeron"],
        "mix": ["el pin no, mi hijo dice its a scam"],
    },
}

# Clean customer messages by topic, negative-heavy.
CLEAN: dict[str, Pool] = {
    "reload": {
        "en": [
            "I loaded {amt} at {store} store #{store_no} on {date} and its not on my card yet, receipt # {receipt}",
            "reload pack number is {pack}, I paid {amt} plus {fee} fee",
            "the cashier said it went thru, receipt says {receipt}",
            "put {amt} cash on it at {store} around {time} still nothing",
            "why did they charge me {fee} to reload {amt}",
            "the receipt number is {receipt} and the ref is {ref}",
            "I RELOADED {amt} AT {store} YESTERDAY WHERE IS MY MONEY",
            "is there a limit? I tried to load {amt} and it only took {amt2}",
            "store number {store_no} in {city_us}, {date} at {time}",
        ],
        "es": [
            "recargue {amt} en el {store} tienda {store_no} y no aparece, el recibo dice {receipt}",
            "le puse {amt} en efectivo a la tarjeta el {date} como a las {time} y nada",
            "el numero de la recarga es {pack}",
            "me cobraron {fee} de comision por recargar {amt} es normal?",
            "la cajera me dio este numero {receipt} de comprobante",
            "fui al {store} de la {store_no} y dicen que el sistema no sirve",
            "ya van 3 dias que recargue y no me aparece el dinero",
        ],
        "mix": [
            "hice un reload de {amt} en {store} y no show up",
            "el receipt dice {receipt} pero no veo el money",
            "pague {amt} mas el fee de {fee} en el {store} #{store_no}",
            "el reload pack es {pack} y la cajera dijo que ya",
        ],
    },
    "remit": {
        "en": [
            "MTCN {mtcn} my mom in {city} says it isn't there",
            "I sent {amt} to {country} on {date} and it still says pending, tracking {mtcn}",
            "how much is the fee to send {amt} to {country}?",
            "my cousin in {city} phone is {phone_intl}, she went to {pickup} and they said no",
            "the receiver name is {rname}, should I fix the spelling?",
            "confirmation # {folio}, sent {local} to {city}",
            "can she pick it up at {pickup} in {city}? her number {phone_intl}",
        ],
        "es": [
            "mande {amt} a {country} con folio {folio} y mi mama no lo ha podido cobrar",
            "el numero de mi mama es {phone_intl} le pueden marcar",
            "la clave de envio es {clave_envio} pero en {pickup} le dicen que no existe",
            "le mande {local} a mi papa en {city} el {date}",
            "cuanto cobran por mandar {amt} a {country}?",
            "el envio {mtcn} dice pagado pero mi hermana no lo cobro",
            "le puse mal el apellido es {rname} como lo arreglo",
            "ella recibe {local} cada mes, hoy no le llego",
            "la clave de envio {clave_envio} y el monto {amt}",
        ],
        "mix": [
            "el tracking number {mtcn} dice pending",
            "le mande money a mi abuela en {city} folio {folio}",
            "the fee fue {fee} pero el app decia otro",
            "mi mom en {city} no puede cobrar el envio, su cel es {phone_intl}",
            "la clave de envio {clave_envio}, she went to {pickup} ayer",
        ],
    },
    "payroll": {
        "en": [
            "my employer {employer} says they sent the pay on {date}, employee ID {employer_id}",
            "worked {hours} this week and drove {miles}, the deposit should be {amt} not {amt2}",
            "is the routing number {routing}? my job needs it for direct deposit, account {acct}",
            "I did {trips} deliveries and made {tips} in tips, cash out isnt working",
            "check #{check_no} for {amt} from {employer} bounced",
            "payroll said the deposit was {amt} on {date} ref {ref}",
            "my driver ID is {employer_id} if that helps",
            "I put the routing {routing} and account {acct} in the {employer} app, is that right",
        ],
        "es": [
            "trabaje {hours} y maneje {miles} y solo me depositaron {amt}",
            "ID de empleado {employer_id}, trabajo para {employer}",
            "el cheque numero {check_no} de {amt} no me lo aceptan",
            "la tarjeta de nomina no me deja sacar, tengo {balance} de saldo",
            "me dieron el routing {routing} y la cuenta {acct} para el deposito directo",
            "el viernes {date} me tenian que pagar y nada",
            "hice {trips} entregas esta semana y no me ha caido el pago",
        ],
        "mix": [
            "el direct deposit de {employer} llego {amt} short",
            "my check numero {check_no} no pasa",
            "mi routing {routing} y account {acct} esta bien?",
            "trabaje {hours} this week y el pay stub dice {amt}",
            "el cash out de mis tips {tips} no me llega",
        ],
    },
    "benefits": {
        "en": [
            "my benefits case number is {case_no}, deposit was supposed to be {date}",
            "when does the unemployment hit the card? last time it was {amt}",
            "my caseworker said to call, case {case_no}, phone {phone}",
            "I only got {amt} this month instead of {amt2}",
            "my ITIN is {itin} can I still get the benefits card",
            "the SSI deposit comes the 1st right? today is {date} and nothing",
            "the letter says case # {case_no} and amount {amt}",
        ],
        "es": [
            "mi numero de caso de beneficios es {case_no}",
            "cuando cae el deposito del desempleo? la vez pasada fue el {date}",
            "solo me depositaron {amt} y siempre son {amt2}",
            "tengo ITIN {itin} sirve para la tarjeta?",
            "la carta dice caso {case_no} y que me marcan al {phone}",
            "el deposito de la manutencion no me llego este mes",
        ],
        "mix": [
            "mi case number es {case_no}",
            "el benefits deposit no llego, usually es el {date}",
            "la trabajadora social me dio este numero {phone}",
        ],
    },
    "card": {
        "en": [
            "card ending in {last4} got declined at the gas station",
            "the card they mailed says {masked} but its not activated",
            "my card exp is {exp} can i still use it",
            "I forgot my PIN how do I change it",
            "i forgot my password and the reset code never comes to {phone}",
            "my card got swallowed by the atm at {store} on {date} at {time}",
            "somebody used my card in {city_us} for {amt} on {date}, not me",
            "the last four of my social is {ssn4}",
            "can you send the new card to my new address zip {zip}",
            "order {order_no} from the app store still pending and the card is locked",
            "they charged me {fee} atm fee at {store} twice",
            "my new phone number is {phone}",
            "is it safe to give my card number to the guy selling phone cards?",
        ],
        "es": [
            "termina en {last4} la tarjeta, no me deja pagar",
            "el plastico que me llego dice {masked}",
            "se me olvido el pin como lo cambio",
            "no me acuerdo de la clave de la app y el codigo no me llega al {phone}",
            "el cajero se trago mi tarjeta el {date} en el {store}",
            "alguien uso mi tarjeta por {amt} yo no fui",
            "mi numero es {phone} marqueme despues de las {time}",
            "el codigo postal de mi casa es {zip}",
            "vence el {exp} todavia sirve?",
            "tengo la tarjeta desde {year} y nunca me habia pasado",
            "me cobraron {fee} en el cajero 2 veces",
            "la clave no me la se, la tiene mi hijo",
        ],
        "mix": [
            "mi card ending {last4} no pasa",
            "se me olvido el PIN, como lo reseteo?",
            "my zip es {zip} y el phone {phone}",
            "me llego la new card {masked} pero no activa",
            "alguien hizo un charge de {amt} en {city_us} y no fui yo",
            "el password no lo remember y el code no llega",
        ],
    },
}
TOPICS = list(CLEAN)

# Answers to legitimate verification, by what was asked.
VERIFY_ANS: dict[str, Pool] = {
    "last4": {
        "en": [
            "{last4}",
            "last 4 {last4}",
            "its {last4}",
            "ending {last4}",
            "the last four are {last4}",
            "{last4} i think",
        ],
        "es": [
            "{last4}",
            "termina en {last4}",
            "los ultimos 4 son {last4}",
            "los ultimos cuatro {last4}",
            "es {last4}",
            "terminacion {last4}",
        ],
        "mix": ["el last 4 es {last4}", "{last4}", "ending en {last4}"],
    },
    "zip": {
        "en": ["{zip}", "zip {zip}", "its {zip}"],
        "es": ["{zip}", "codigo postal {zip}", "el zip es {zip}"],
        "mix": ["my zip es {zip}", "{zip}"],
    },
    "dob": {
        "en": ["{dob}", "born {dob}", "dob {dob}"],
        "es": ["{dob}", "naci el {dob}", "fecha de nacimiento {dob}"],
        "mix": ["my DOB es {dob}", "{dob}"],
    },
    "ssn4": {
        "en": ["{ssn4}", "last 4 of my social {ssn4}", "last four ss {ssn4}"],
        "es": ["{ssn4}", "los ultimos 4 del seguro son {ssn4}", "del social {ssn4}"],
        "mix": ["last 4 del social {ssn4}", "{ssn4}"],
    },
    "reload": {
        "en": ["{amt}", "it was {amt} at {store}", "{amt} on {date} i think"],
        "es": ["{amt}", "fue de {amt} en el {store}", "como {amt} el {date}"],
        "mix": ["fue {amt} at {store}", "{amt}"],
    },
    "exp": {
        "en": ["{exp}", "exp {exp}"],
        "es": ["vence {exp}", "{exp}"],
        "mix": ["expira {exp}", "{exp}"],
    },
    "phone": {
        "en": ["{phone}", "its {phone}"],
        "es": ["{phone}", "mi cel {phone}"],
        "mix": ["mi phone es {phone}"],
    },
    "recipient": {
        "en": ["{rname} in {city}", "my mom {rname}, {city} {country}", "{amt} to {rname}"],
        "es": ["a mi mama {rname} en {city}", "{rname}, {city}", "le mande {local} a {rname}"],
        "mix": ["a mi abuela {rname} en {city}, {amt}"],
    },
    "last4_zip": {
        "en": ["{last4} and {zip}", "{last4} {zip}"],
        "es": ["{last4} y el codigo postal {zip}", "{last4}, {zip}"],
        "mix": ["last 4 {last4} y zip {zip}"],
    },
    "dob_zip": {
        "en": ["{dob} {zip}", "dob {dob} zip {zip}"],
        "es": ["naci el {dob}, zip {zip}", "{dob} y {zip}"],
        "mix": ["{dob}, mi zip {zip}"],
    },
}

# Customer messages holding secrets, by kind.
SECRET: dict[str, Pool] = {
    "card": {
        "en": [
            "my card number is {card} can u check why the reload didnt post",
            "{card} thats the card",
            "Card: {card}",
            "the payroll card they gave me at work is {card} and its not working at the gas station",
            "I NEED HELP MY CARD {card} GOT DECLINED AT {store}",
            "the benefits card number is {card}, I have {balance} on it supposedly",
            "ok here it is\n{card}",
            "My card number is {card} I need to know why I can't use it",
        ],
        "es": [
            "mi tarjeta es {card}",
            "el numero de la tarjeta de nomina es {card} no me deja sacar dinero",
            "este es el plastico {card} vence {exp}",
            "TARJETA {card} NO SIRVE",
            "buenas tardes quisiera saber porque me rechazaron la tarjeta {card} en el {store}",
            "la tarjeta de los beneficios es la {card}",
            "le paso el numero del plastico: {card}",
        ],
        "mix": [
            "hi mi card es {card} y no funciona",
            "ya le mande el card {card} check porfa",
            "el numero de mi card es {card}, expira {exp}",
            "{card} es la card de nomina",
        ],
    },
    "card_cvv": {
        "en": [
            "here {card} exp {exp} cvv {cvv}",
            "ok the card is {card}\nexp {exp}\nback {cvv}",
            "number on the front is {card} and the code on the back is {cvv}",
            "{card} {exp} {cvv}",
            "Card number {card}, expiration {exp}, security code {cvv}.",
        ],
        "es": [
            "le paso los numeros {card} y atras dice {cvv}",
            "{card}\n{exp}\n{cvv}",
            "tarjeta {card} vence {exp} codigo {cvv}",
            "el plastico es {card} y los de atras {cvv}",
        ],
        "mix": [
            "la card number {card}, expira {exp}, el code de atras {cvv}",
            "ok {card} y el cvv es {cvv}",
        ],
    },
    "card_rel": {
        "en": [
            "its my moms card im helping her, {card}, she lives in {city_us}",
            "can you send the money to my brother card {card} he is in {city_us}",
            "this is my wifes card {card} she doesnt speak english",
            "my son has the payroll card, his number is {card}",
        ],
        "es": [
            "es la tarjeta de mi hermana {card} porfa ayudeme",
            "le escribo por mi mama, su tarjeta es {card} ella no sabe usar el celular",
            "quiero mandarle a la tarjeta de {relative} que es {card}",
            "la tarjeta de mi esposo es {card} el esta trabajando",
        ],
        "mix": [
            "ok so la tarjeta de mi mom {card} she needs the money asap",
            "es la card de {relative}: {card}",
        ],
    },
    "amex": {
        "en": [
            "its an amex {card} the 4 numbers on the front are {cid}",
            "amex {card} front code {cid}",
        ],
        "es": [
            "es american express {card} y el codigo de enfrente {cid}",
            "la amex {card} los 4 numeritos de adelante {cid}",
        ],
        "mix": ["es una amex {card}, el code del frente {cid}"],
    },
    "cvv": {
        "en": [
            "cvv {cvv}",
            "the back says {cvv}",
            "security code {cvv} 👍",
            "its {cvv}",
            "code on the back {cvv}",
        ],
        "es": [
            "atras dice {cvv}",
            "los de atras son {cvv}",
            "el codigo es {cvv}",
            "cvv {cvv}",
            "los numeros de atras {cvv}",
        ],
        "mix": ["el cvv es {cvv}", "el code de atras {cvv}"],
    },
    "ssn": {
        "en": [
            "my social is {ssn}",
            "ssn {ssn}",
            "social security number {ssn} date of birth {dob}",
            "I only have my SS number {ssn} I lost the card",
            "the benefits card is under my daughters social {ssn}",
            "ok here's my whole social {ssn}, last 4 are {ssn4}",
            "SSN: {ssn}",
        ],
        "es": [
            "mi seguro social es {ssn}",
            "el social {ssn} y naci el {dob}",
            "seguro {ssn}",
            "mi numero de seguro es el {ssn} el de mi esposo no se",
            "le doy mi seguro social {ssn} para que me ayude",
            "numero de social {ssn}",
        ],
        "mix": ["my social es {ssn}", "el SSN {ssn}", "mi seguro social is {ssn}"],
    },
    "otp": {
        "en": [
            "the code is {otp}",
            "code {otp}",
            "the verification number they sent me is {otp} but the app says expired",
            "i got {otp}",
            "ok it came, {otp}",
        ],
        "es": [
            "ya me llego el codigo {otp}",
            "el codigo que me llego es {otp}",
            "me llego {otp} es ese?",
            "ok el codigo {otp} ya lo puse y nada",
            "CODIGO {otp}",
            "el mensaje dice {otp}",
        ],
        "mix": ["me llego un text con el code {otp}", "el code es {otp}", "ya llego, {otp}"],
    },
    "otp_paste": {
        "en": [
            "got this:\nAlto Card: {otp} is your verification code. It expires in 10 minutes. Don't share it with anyone. Reply STOP to opt out",
            'it says "EnviaYa: Your one-time code is {otp}. We will never call you to ask for it."',
            "Alto: Use {otp} to confirm your new device. If you didn't request this call {phone}. Msg&data rates may apply",
        ],
        "es": [
            "me llego esto: Envio Ya: Tu codigo de seguridad es {otp}. No lo compartas con nadie. Vence en 5 min.",
            "Alto Card: {otp} es tu codigo de verificacion. Nunca te lo pediremos por telefono.",
            "dice asi\nALTO: tu codigo es {otp}\nsi no fuiste tu llama al {phone}",
        ],
        "mix": [
            "me llego este text: Alto Card: {otp} is your verification code. Don't share it.",
            "dice 'EnviaYa: tu codigo es {otp}' es legit?",
        ],
    },
    "pw": {
        "en": [
            "my password is {pw} and it says wrong",
            "the app password is {pw} i already tried it 3 times",
            "user: {email} pass: {pw}",
            "I changed it to {pw} yesterday and now it wont let me in",
            "password {pw}",
            "i tried {pw} and also {pw2} neither works",
        ],
        "es": [
            "mi contraseña es {pw}",
            "la clave de la app es {pw}",
            "contraseña {pw} usuario {phone}",
            "la clave nueva que puse es {pw} y no entra",
            "la contra es {pw} con mayuscula",
            "puse {pw} y tambien {pw2} y nada",
        ],
        "mix": [
            "my password es {pw} pero no me deja entrar",
            "el password es {pw}",
            "la clave del app es {pw} and it says error",
        ],
    },
    "pin": {
        "en": [
            "my pin is {pin} and the atm says incorrect",
            "pin {pin}",
            "I set the pin to {pin} when I activated it",
            "the PIN is {pin}, I gave it to my son so he can take out {amt}",
        ],
        "es": [
            "el NIP es {pin}",
            "el pin del cajero es {pin} y no me deja sacar",
            "la clave del cajero {pin}",
            "mi pin es {pin} se lo di a mi hijo para que saque {amt}",
            "los numeros del pin son {pin}",
        ],
        "mix": [
            "el pin que puse es {pin} but it says invalid",
            "mi PIN es {pin}",
            "el pin del cajero {pin}, the atm dice wrong",
        ],
    },
}

# Bare answers to a question the agent asked.
BARE: dict[str, list[str]] = {
    CC: ["{card}", "{card}", "ok {card}", "{card}\n{exp}"],
    CVV: ["{cvv}", "{cvv}", "es {cvv}", "{cvv} ✅"],
    SSN: ["{ssn}", "{ssn}", "ok {ssn}"],
    OTP: ["{otp}", "{otp}", "{otp} 👍", "ok {otp}"],
    PW: ["{pw}", "{pw}", "ok its {pw}"],
    PIN: ["{pin}", "{pin}", "es {pin}", "ok {pin}"],
}
ANSWER_KINDS: dict[str, list[str]] = {
    CC: ["card", "card_rel"],
    CVV: ["cvv"],
    SSN: ["ssn"],
    OTP: ["otp", "otp_paste"],
    PW: ["pw"],
    PIN: ["pin"],
}

OVERSHARE: dict[str, Pool] = {
    "last4": {
        "en": ["{card}", "here is the whole number {card}", "idk which 4, the card is {card}"],
        "es": ["toda la tarjeta es {card}", "{card}", "le mando todo mejor {card}"],
        "mix": ["el numero completo es {card}", "{card}"],
    },
    "ssn4": {
        "en": ["{ssn}", "my social is {ssn}", "here's all of it {ssn}"],
        "es": ["el seguro completo {ssn}", "{ssn}", "mi social es {ssn}"],
        "mix": ["el social completo is {ssn}", "{ssn}"],
    },
}

CORRECTIONS: dict[str, Pool] = {
    SSN: {
        "en": ["sorry wrong one its {ssn2}", "wait no, {ssn2}"],
        "es": ["perdon me equivoque es {ssn2}", "no espere es {ssn2}"],
        "mix": ["sorry, es {ssn2}"],
    },
    OTP: {
        "en": ["sorry typo {otp2}", "no wait a new one came {otp2}"],
        "es": ["perdon es {otp2}", "me llego otro {otp2}"],
        "mix": ["wait me llego otro, {otp2}"],
    },
    PIN: {
        "en": ["oh no its {pin2} sorry", "wait maybe {pin2}"],
        "es": ["no perdon es {pin2}", "o era {pin2}"],
        "mix": ["no wait, es {pin2}"],
    },
}

SPLIT_FIRST: Pool = {
    "en": [
        "{part}",
        "ok its {part}",
        "{part}...",
        "card number {part}",
        "here {part}",
        "the number is {part}",
    ],
    "es": [
        "{part}",
        "el numero es {part}",
        "la tarjeta {part}",
        "{part} y",
        "aqui va {part}",
        "son {part}",
    ],
    "mix": ["{part}", "ok el card number {part}", "ahi va {part}"],
}
SPLIT_MID: Pool = {
    "en": ["{part}", "then {part}", "{part}..."],
    "es": ["{part}", "y {part}", "{part}..."],
    "mix": ["{part}", "y {part}"],
}
SPLIT_LAST: Pool = {
    "en": ["{part}", "{part} thats all", "last {part}", "{part}\nexp {exp}", "{part} done"],
    "es": ["{part}", "{part} ya", "y {part} 👍", "{part} vence {exp}", "y {part} esos son"],
    "mix": ["{part} thats it", "{part} ya", "y {part}\nexpira {exp}"],
}

SMS_CUSTOMER: list[str] = [
    "BAL",
    "HELP",
    "AGENT",
    "balance",
    "SALDO",
    "AYUDA",
    "agente pls",
    "hi this is {name} i text from my other phone {phone}",
    "is my deposit in",
    "ya cayo el deposito?",
    "CARD LOCKED WHY",
    "Stop",
    "que paso con mi envio {mtcn}",
]

# --------------------------------------------------------------------------------------
# Agent templates
# --------------------------------------------------------------------------------------

AgentPool = dict[str, list[tuple[str, str]]]

GREET: dict[str, list[str]] = {
    "en": [
        "Hi, thanks for reaching out to {product} support, this is {agent_name}. How can I help today?",
        "Hello! You're chatting with {agent_name} from {product}. What's going on?",
        "Hi there, I'm {agent_name}. I'll help you with that.",
        "Thanks for waiting. My name is {agent_name}, I'm looking into this for you.",
    ],
    "es": [
        "Hola, gracias por comunicarse con {product}, le atiende {agent_name}. ¿En qué le puedo ayudar?",
        "¡Buenas tardes! Mi nombre es {agent_name}, con gusto le ayudo.",
        "Hola, soy {agent_name}. Permítame revisar su caso.",
        "Gracias por esperar, le atiende {agent_name} de {product}.",
    ],
}

# Legitimate verification: (template, what the customer answers with).
VERIFY: AgentPool = {
    "en": [
        ("For security, can you confirm the last 4 digits of your card?", "last4"),
        ("Please verify the billing ZIP code on the account.", "zip"),
        ("Can I get your date of birth and the last four of your Social?", "ssn4"),
        ("What was the amount of your last reload?", "reload"),
        ("Please confirm the expiration date on the card, month and year only.", "exp"),
        ("Can you confirm the phone number on the account?", "phone"),
        ("Who is receiving the money, and in which city?", "recipient"),
        (
            "To pull up the account I just need the last 4 of the card and your ZIP code.",
            "last4_zip",
        ),
        ("Just to verify: date of birth and the ZIP code on file?", "dob_zip"),
        ("Can you tell me the last four digits of your SSN? Only the last four, please.", "ssn4"),
        ("Which card is this about? Just the last four digits is fine.", "last4"),
        ("What's the date of birth on the account?", "dob"),
    ],
    "es": [
        ("Por seguridad, ¿me confirma los últimos 4 dígitos de su tarjeta?", "last4"),
        ("¿Me confirma su fecha de nacimiento y el código postal?", "dob_zip"),
        ("¿De cuánto fue su última recarga y en qué tienda?", "reload"),
        ("¿Me confirma los últimos 4 de su seguro social?", "ssn4"),
        ("¿Qué fecha de vencimiento aparece en el plástico? Solo mes y año.", "exp"),
        ("¿Me confirma el nombre de quien recibe y la ciudad?", "recipient"),
        ("¿Cuál es el código postal registrado en la cuenta?", "zip"),
        ("¿Me da los últimos cuatro números de la tarjeta y su código postal?", "last4_zip"),
        ("¿Me confirma el número de teléfono registrado?", "phone"),
        ("Para ubicar su cuenta, ¿me dice su fecha de nacimiento?", "dob"),
        ("¿La tarjeta termina en qué números? Solo los últimos 4, por favor.", "last4"),
    ],
}

# Legitimate talk about secrets, without asking for one.
SECRET_TALK: dict[str, list[str]] = {
    "en": [
        "Never share your PIN or the codes we text you with anyone, not even with us.",
        "We'll text you a one-time code to the number ending in {p4}. Enter it in the app only, please don't send it in this chat.",
        "You can reset your password from the app: tap Profile > Security > Reset password.",
        "You can change your PIN at any in-network ATM or in the app under Card Settings.",
        "If someone calls saying they're from {product} and asks for your code, hang up. We never ask for it.",
        "Heads up: we will never ask for your full card number, your PIN or your password in chat.",
        "Did the code arrive? You don't need to tell me what it is, just type it into the app.",
        "Once you pick a new PIN at the ATM, the old one stops working right away.",
        "For your security I can't see or change your password. The reset link goes to {email}.",
        "The code expires in 10 minutes, so if it doesn't work, tap 'Resend code' in the app.",
    ],
    "es": [
        "Nunca comparta su NIP ni los códigos que le enviamos por mensaje, ni siquiera con nosotros.",
        "Le vamos a mandar un código por SMS; ingréselo solamente en la app, no lo escriba aquí.",
        "Puede cambiar su clave en la app: Perfil > Seguridad > Cambiar contraseña.",
        "Si alguien le pide el código que le llegó, es fraude. Nosotros nunca se lo pedimos.",
        "El PIN lo puede cambiar en cualquier cajero de la red o en la app, en Ajustes de tarjeta.",
        "Recuerde: nunca le vamos a pedir el número completo de la tarjeta ni su contraseña por chat.",
        "¿Ya le llegó el código? No me lo diga a mí, solo escríbalo en la app.",
        "El código vence en 10 minutos; si no funciona, toque 'Reenviar código'.",
        "La clave de envío solo se la da a la persona que va a cobrar, a nadie más.",
    ],
}

# Warnings after a customer typed a secret, by type.
WARN: dict[str, dict[str, list[str]]] = {
    CC: {
        "en": [
            "Please don't share your full card number in the chat. I've removed it; I only need the last 4 digits.",
            "For your safety, please don't post card numbers here. The last four is all I need.",
        ],
        "es": [
            "Por favor no mande el número completo de la tarjeta por aquí, solo ocupo los últimos 4.",
            "Por su seguridad borré el mensaje con el número de tarjeta. Solo necesito los últimos 4 dígitos.",
        ],
    },
    CVV: {
        "en": ["Please never send the security code from the back of your card in chat."],
        "es": ["Por favor nunca mande el código de seguridad de atrás de la tarjeta por chat."],
    },
    SSN: {
        "en": [
            "We don't need your full Social Security number here. Please only share the last 4 if I ask.",
            "Thanks, but please don't send your full SSN in chat. I only needed the last four.",
        ],
        "es": [
            "No necesitamos su seguro social completo por aquí, solo los últimos 4 si se los pido.",
            "Gracias, pero por favor no mande el seguro social completo, solo los últimos 4.",
        ],
    },
    OTP: {
        "en": [
            "Please don't share that code with anyone, including us. Enter it only in the app.",
            "That code is only for you to type in the app. Don't send it to anybody.",
        ],
        "es": [
            "Ese código no lo comparta con nadie, ni con nosotros. Solo escríbalo en la app.",
            "Ese código es solo para que usted lo ponga en la app, no se lo dé a nadie.",
        ],
    },
    PW: {
        "en": [
            "Please don't send passwords in chat. Let's reset it in the app under Profile > Security."
        ],
        "es": [
            "Por favor no mande su contraseña por el chat. Vamos a cambiarla en la app en Perfil > Seguridad."
        ],
    },
    PIN: {
        "en": [
            "For your safety, never send your PIN here, not even to us. You can change it at any ATM.",
            "Please don't share your PIN with anyone, including family. I'd recommend changing it in the app.",
        ],
        "es": [
            "Por su seguridad nunca mande su NIP por aquí, ni a nosotros. Lo puede cambiar en cualquier cajero.",
            "No comparta el pin con nadie, ni con familiares. Le recomiendo cambiarlo en la app.",
        ],
    },
}

INFO: dict[str, dict[str, list[str]]] = {
    "reload": {
        "en": [
            "I see a reload of {amt} on {date} at store #{store_no}, reference {ref}. It can take up to 2 hours to post.",
            "The reload fee at {store} is {fee}. Your available balance is {balance}.",
            "I opened a reload trace, ticket {ref}. Keep the receipt until it posts.",
        ],
        "es": [
            "Veo una recarga de {amt} del {date} en la tienda {store_no}, referencia {ref}. Puede tardar hasta 2 horas.",
            "La comisión de recarga en {store} es de {fee}. Su saldo disponible es {balance}.",
            "Abrí un reporte de recarga, número {ref}. Guarde el recibo hasta que se refleje.",
        ],
    },
    "remit": {
        "en": [
            "The transfer {mtcn} was paid out on {date} at {pickup}.",
            "The fee to send {amt} to {country} is {fee}.",
            "Your transfer is on hold for a quick review, it should be released by {time} today.",
        ],
        "es": [
            "Su envío con folio {folio} ya está disponible para cobro en {pickup}.",
            "La comisión por envío a {country} es de {fee}.",
            "El envío está en revisión; debería liberarse hoy antes de las {time}.",
        ],
    },
    "payroll": {
        "en": [
            "Our routing number is {routing}; your account number is in the app under Direct Deposit.",
            "I see a deposit from {employer} of {amt} pending for {date}.",
            "Instant cash out has a {fee} fee and usually lands in minutes.",
        ],
        "es": [
            "Nuestro número de ruta es {routing}; su número de cuenta está en la app en Depósito directo.",
            "El depósito de nómina de {employer} se refleja normalmente el viernes antes de las 9am.",
            "Veo un depósito pendiente de {amt} para el {date}.",
        ],
    },
    "benefits": {
        "en": [
            "Your next benefits deposit is scheduled for {date}.",
            "I can see case {case_no} linked to the card; the last deposit was {amt} on {date}.",
            "Benefit deposits post at 6am on the scheduled day.",
        ],
        "es": [
            "Su próximo depósito de beneficios está programado para el {date}.",
            "Veo el caso {case_no} ligado a la tarjeta; el último depósito fue de {amt}.",
            "Los depósitos de beneficios se reflejan a las 6am del día programado.",
        ],
    },
    "card": {
        "en": [
            "I've blocked the card ending in {last4}. A new one will arrive in 7-10 business days.",
            "The card ending in {last4} is active, your balance is {balance}.",
            "I see an ATM fee of {fee} on {date}; I've refunded it.",
        ],
        "es": [
            "Bloqueé la tarjeta terminación {last4}. La nueva le llega en 7 a 10 días hábiles.",
            "La tarjeta que termina en {last4} está activa, su saldo es {balance}.",
            "Veo un cargo de cajero de {fee} del {date}; ya se lo reembolsé.",
        ],
    },
}

ACK: dict[str, list[str]] = {
    "en": [
        "Thank you, give me a moment.",
        "Got it, one moment please.",
        "Thanks, checking now.",
        "Perfect, thank you. Let me look.",
    ],
    "es": [
        "Gracias, permítame un momento.",
        "Listo, déjeme revisar.",
        "Perfecto, un momento por favor.",
        "Gracias, ya lo estoy revisando.",
    ],
}

BOT_MENU: dict[str, list[str]] = {
    "en": [
        "[Virtual Assistant] Hi! I'm Alto's virtual assistant. Reply with a number: 1 Balance 2 Reload 3 Send money 4 Lost/stolen card 5 Talk to an agent",
        "[Virtual Assistant] Your available balance on the card ending {last4} is {balance}. Anything else? 1 Yes 2 No",
        "[Virtual Assistant] I'm connecting you with an agent. Estimated wait: {n} minutes.",
        "[Virtual Assistant] Cash reloads are available at Walmart, CVS, 7-Eleven and more. A fee of up to {fee} may apply.",
    ],
    "es": [
        "[Asistente Virtual] Hola, soy Alto, tu asistente virtual. Elige una opción: 1 Saldo 2 Recargas 3 Envíos 4 Tarjeta perdida 5 Hablar con un agente",
        "[Asistente Virtual] Tu saldo disponible en la tarjeta terminación {last4} es {balance}. ¿Algo más? 1 Sí 2 No",
        "[Asistente Virtual] Te estoy comunicando con un agente. Tiempo de espera: {n} minutos.",
        "[Asistente Virtual] Puedes recargar en efectivo en Walmart, Oxxo, 7-Eleven y más. Puede aplicar una comisión de hasta {fee}.",
    ],
}
BOT_CHOICES: Pool = {
    "en": ["1", "2", "balance", "5", "agent", "talk to a person"],
    "es": ["1", "2", "saldo", "5", "agente", "quiero hablar con una persona"],
    "mix": ["1", "5", "agente pls", "balance"],
}

SMS_AGENT: list[str] = [
    "Alto: Reply BAL for balance, HELP for help, STOP to opt out. Msg&data rates may apply.",
    "Alto: Available balance on card ending {last4}: {balance}. Last deposit {amt} on {date}.",
    "Alto: Hi, this is {agent_name}. What can I help you with? We will never ask for your PIN or codes by text.",
    "Alto: Saldo disponible en la tarjeta terminación {last4}: {balance}.",
    "Alto: Hola, le atiende {agent_name}. Nunca le pediremos su NIP ni códigos por mensaje.",
]

# Forbidden asks: (template, kind) keyed by the requested types joined with "+".
FORBID: dict[str, dict[str, list[tuple[str, str]]]] = {
    "CC": {
        "en": [
            ("To verify you, I'll need the full 16-digit card number please.", "ask_polite"),
            (
                "Can you type the whole card number from the front of the card so I can pull up the account?",
                "ask_polite",
            ),
            (
                "I need the full card number to process the refund, all the digits please.",
                "ask_polite",
            ),
            ("Last 4 won't work for this one, I need the complete card number.", "ask_folded"),
        ],
        "es": [
            (
                "Para verificar su identidad necesito el número completo de la tarjeta, los 16 dígitos.",
                "ask_polite",
            ),
            ("Pásame el número del plástico completo y la fecha de vencimiento.", "ask_folded"),
            (
                "¿Me puede dar el número de tarjeta de su mamá para hacer el depósito directo a ella?",
                "ask_polite",
            ),
            (
                "Con los últimos 4 no me sale, ¿me regala todos los números de la tarjeta?",
                "ask_folded",
            ),
        ],
    },
    "CVV": {
        "en": [
            (
                "Thanks! Last thing: the 3 digit security code on the back of the card.",
                "ask_polite",
            ),
            (
                "Please confirm your billing ZIP and the CVV so I can finish the reload refund.",
                "ask_folded",
            ),
            ("I'll need the last 4 of the card AND the code on the back.", "ask_folded"),
        ],
        "es": [
            ("¿Me regala los 3 números de atrás de la tarjeta por favor?", "ask_polite"),
            ("Necesito su código postal y el CVV para hacer el reembolso.", "ask_folded"),
            ("Confírmeme la fecha de vencimiento y el código de seguridad de atrás.", "ask_folded"),
        ],
    },
    "CC+CVV": {
        "en": [
            ("Send me a pic or type the numbers on the front and back of the card.", "ask_polite"),
            (
                "Please verify your identity: name on card, card number, and security code.",
                "ask_folded",
            ),
        ],
        "es": [
            (
                "Para reactivarla necesito el número de la tarjeta, la fecha de vencimiento y el código de atrás.",
                "ask_folded",
            ),
        ],
    },
    "SSN": {
        "en": [
            (
                "For the replacement I need your full Social Security number, all 9 digits.",
                "ask_polite",
            ),
            ("Could you confirm your date of birth and your complete SSN?", "ask_folded"),
            (
                "What's your SSN? Benefits cards are tied to it so I need it to look you up.",
                "ask_polite",
            ),
        ],
        "es": [
            (
                "Confírmeme su número de seguro social completo para continuar con el trámite.",
                "ask_polite",
            ),
            (
                "Para el reemplazo de la tarjeta de beneficios necesito su seguro social, los 9 números.",
                "ask_polite",
            ),
            ("¿Me da su fecha de nacimiento y su número de seguro social completo?", "ask_folded"),
        ],
    },
    "OTP": {
        "en": [
            (
                "We just sent a 6-digit code to the phone ending in {p4}. Please read it back to me here.",
                "ask_polite",
            ),
            (
                "What's the verification code that came in by text? I need it to unlock the card.",
                "ask_polite",
            ),
            (
                "Go ahead and send me the code as soon as it arrives, it expires quick!",
                "ask_urgent",
            ),
        ],
        "es": [
            (
                "Le acabamos de enviar un código por mensaje de texto, ¿me lo puede compartir por aquí?",
                "ask_polite",
            ),
            (
                "Favor de proporcionar el código de 6 dígitos que le enviamos al celular.",
                "ask_polite",
            ),
            ("Dígame rápido el código que le llegó antes de que se venza.", "ask_urgent"),
        ],
    },
    "PW": {
        "en": [
            (
                "Go ahead and send me your app password and I'll log in and check the deposit for you.",
                "ask_polite",
            ),
            (
                "Can you give me your login password? The reset link isn't working on our side.",
                "ask_polite",
            ),
        ],
        "es": [
            ("Escríbame la contraseña de la app para entrar a revisar su cuenta.", "ask_polite"),
            ("¿Cuál es la clave con la que entra a la app? Así le reviso yo.", "ask_polite"),
        ],
    },
    "PIN": {
        "en": [
            (
                "What PIN are you using at the ATM? I can see if it matches what we have.",
                "ask_polite",
            ),
            (
                "ok what's your 4 digit pin so i can verify the reload went to the right card",
                "ask_polite",
            ),
            ("I can set the new PIN for you, just tell me your current one.", "ask_folded"),
        ],
        "es": [
            ("¿Cuál es su NIP del cajero? Necesito validarlo.", "ask_polite"),
            ("Regáleme la clave del cajero y le desbloqueo la tarjeta de una vez.", "ask_polite"),
            ("Para activar el plástico dígame el pin que eligió.", "ask_polite"),
        ],
    },
}

PHISH: dict[str, dict[str, list[tuple[str, str]]]] = {
    "CC+CVV": {
        "en": [
            (
                "URGENT: your Alto card will be blocked in 30 minutes. Reply with the card number, exp and CVV to keep it active.",
                "phish",
            )
        ],
        "es": [
            (
                "ALTO AVISO: su tarjeta sera suspendida hoy. Responda con el numero de tarjeta, vencimiento y codigo de seguridad para evitarlo.",
                "phish",
            )
        ],
    },
    "OTP": {
        "en": [
            (
                "This is the Alto Card fraud department. Someone tried to use your card in Miami. To cancel it, confirm the code we just sent you.",
                "phish",
            )
        ],
        "es": [
            (
                "Le habla el departamento de fraudes. Alguien intento usar su tarjeta. Para cancelarlo, digame el codigo que le acaba de llegar.",
                "phish",
            )
        ],
    },
    "OTP+PW": {
        "en": [
            (
                "EnviaYa Security: your transfer is on hold. To release it send the code you received and your account password.",
                "phish",
            )
        ],
        "es": [
            (
                "Le habla seguridad de EnviaYa. Su envio esta retenido; para liberarlo mandeme el codigo que le llego y la clave de su cuenta.",
                "phish",
            )
        ],
    },
    "PIN": {
        "en": [
            (
                "Alto Benefits: your deposit is ready. Verify your 4-digit PIN to receive it today.",
                "phish",
            )
        ],
        "es": [
            (
                "Beneficios Alto: su deposito esta listo. Confirme su PIN de 4 digitos para recibirlo hoy.",
                "phish",
            )
        ],
    },
}

BOT_FORBID: dict[str, dict[str, list[tuple[str, str]]]] = {
    "PIN": {
        "en": [("[Virtual Assistant] To continue, enter your 4-digit card PIN.", "bot_ask")],
        "es": [
            (
                "[Asistente Virtual] Para continuar, escribe el NIP de 4 dígitos de tu tarjeta.",
                "bot_ask",
            )
        ],
    },
    "CC+CVV": {
        "en": [
            (
                "[Virtual Assistant] Please type your full card number and the security code to verify your identity.",
                "bot_ask",
            )
        ],
        "es": [
            (
                "[Asistente Virtual] Para continuar, digite el número de su tarjeta y el código de seguridad.",
                "bot_ask",
            )
        ],
    },
    "SSN": {
        "en": [
            (
                "[Virtual Assistant] Enter your 9-digit Social Security number to look up your benefits card.",
                "bot_ask",
            )
        ],
        "es": [
            (
                "[Asistente Virtual] Escribe tu número de seguro social (9 dígitos) para buscar tu tarjeta de beneficios.",
                "bot_ask",
            )
        ],
    },
    "OTP": {
        "en": [
            ("[Virtual Assistant] Type the one-time code we sent to your phone here.", "bot_ask")
        ],
        "es": [("[Asistente Virtual] Escribe aquí el código que te enviamos por SMS.", "bot_ask")],
    },
}

REASK: dict[str, dict[str, list[str]]] = {
    CC: {
        "en": [
            "It's just to confirm the account is yours. Go ahead and type the card number when you have it."
        ],
        "es": [
            "Es solo para confirmar que la cuenta es suya. Escríbame el número de la tarjeta cuando la tenga."
        ],
    },
    CVV: {
        "en": ["It's only to verify, go ahead with the code on the back."],
        "es": ["Es solo para verificar, mándeme los números de atrás."],
    },
    SSN: {
        "en": ["It's how we find benefits accounts, please send the full SSN."],
        "es": ["Así buscamos las cuentas de beneficios, mándeme el seguro social completo."],
    },
    OTP: {
        "en": ["It's safe, I'm with the account team. Just send me the code."],
        "es": ["Es seguro, soy del equipo de cuentas. Mándeme el código."],
    },
    PW: {
        "en": ["It's fine, I just need it to get in and check. Send the password."],
        "es": ["No se preocupe, solo la ocupo para entrar. Mándeme la contraseña."],
    },
    PIN: {
        "en": ["It's just to check it matches. What's the PIN?"],
        "es": ["Es solo para ver si coincide. ¿Cuál es el NIP?"],
    },
}

# --------------------------------------------------------------------------------------
# Building conversations
# --------------------------------------------------------------------------------------


def key_types(key: str) -> frozenset[str]:
    names = {"CC": CC, "CVV": CVV, "SSN": SSN, "OTP": OTP, "PW": PW, "PIN": PIN}
    return frozenset(names[k] for k in key.split("+"))


class Builder:
    def __init__(self, rng: Random, lang: str, *, sms: bool = False, amex_ok: bool = True) -> None:
        self.rng = rng
        self.lang = lang
        self.ctx = Ctx(rng, lang, amex_ok=amex_ok)
        self.agent_lang = (
            "es" if lang == "es" else ("en" if lang == "en" else rng.choice(["en", "es"]))
        )
        self.style_name, self.style, self.case = make_style(rng, lang, sms)
        self.msgs: list[Message] = []
        self.sms = sms
        self.used: set[str] = set()

    def pick(self, pool: Pool) -> str:
        """A template of the customer's language not used yet in this conversation (if any)."""
        lang = self.lang
        if lang == "mix" and (self.rng.random() < 0.4 or not pool.get("mix")):
            lang = self.rng.choice(["en", "es"])
        fresh = [t for t in pool[lang] if t not in self.used] or pool[lang]
        template = self.rng.choice(fresh)
        self.used.add(template)
        self.ctx.tlang = lang if lang != "mix" else self.rng.choice(["en", "es"])
        return template

    def choose(self, options: list[str]) -> str:
        """An agent template not used yet in this conversation (if any)."""
        fresh = [t for t in options if t not in self.used] or options
        template = self.rng.choice(fresh)
        self.used.add(template)
        return template

    def alang(self) -> str:
        return self.agent_lang

    def cust(
        self, template: str, kind: str = "clean", part: str | None = None, part_keep: int = 0
    ) -> list[Label]:
        text, labels = fill(self.ctx, template, self.style, part, part_keep, self.case)
        self.ctx.tlang = ""
        if self.rng.random() < 0.12 and not self.sms:
            text += self.rng.choice(
                [" 🙏", " 😭", " 😡", "🙏🙏", " 🤦‍♀️", " 😔", " ??", "!!", " 💯", " 😩"]
            )
        self.msgs.append(Message("customer", text, labels, kind=kind))
        return labels

    def agent(
        self, template: str, requested: frozenset[str] = frozenset(), kind: str = "legit"
    ) -> None:
        self.ctx.tlang = self.agent_lang
        text, labels = fill(self.ctx, template)
        self.ctx.tlang = ""
        assert not labels, template
        if self.sms and not text.lower().startswith("alto"):
            text = "Alto: " + text
        self.msgs.append(Message("agent", text, [], requested, kind))

    def opener(self, topic: str | None = None) -> None:
        if self.rng.random() < 0.65:
            for _ in range(self.rng.choice([1, 1, 2])):
                self.cust(self.pick(OPENERS), "filler")
        if topic is not None:
            if topic == "remit":
                self.ctx.cache["product"] = PRODUCTS["remit"]
            self.cust(self.pick(CLEAN[topic]))

    def greet(self) -> None:
        if self.rng.random() < 0.7:
            self.agent(self.choose(GREET[self.alang()]), kind="greeting")

    def verify(self, answer: bool = True, only: tuple[str, ...] = ()) -> str:
        options = [
            (t, a)
            for t, a in VERIFY[self.alang()]
            if t not in self.used and a not in self.used and (not only or a in only)
        ]
        if not options:
            options = [(t, a) for t, a in VERIFY[self.alang()] if not only or a in only]
        template, ans = self.rng.choice(options)
        self.used.update((template, ans))
        self.agent(template, kind="legit_verify")
        if answer:
            if self.rng.random() < 0.2:
                self.cust(self.pick(WAITS), "filler")
            self.cust(self.pick(VERIFY_ANS[ans]), "verify_answer")
        return ans

    def talk(self) -> None:
        self.agent(self.choose(SECRET_TALK[self.alang()]), kind="legit_talk")

    def info(self, topic: str) -> None:
        self.agent(self.choose(INFO[topic][self.alang()]), kind="legit_info")

    def warn(self, kind: str) -> None:
        self.agent(self.choose(WARN[kind][self.alang()]), kind="legit_warn")

    def thanks(self) -> None:
        self.cust(self.pick(THANKS), "filler")

    def ack(self) -> None:
        self.agent(self.choose(ACK[self.alang()]), kind="legit_ack")

    def refuse(self, kind: str) -> None:
        pool = {lang: REFUSALS[lang] + REFUSE_TYPE[kind][lang] for lang in REFUSALS}
        self.cust(self.pick(pool), "refusal")

    def forbid(
        self, key: str, pool: dict[str, dict[str, list[tuple[str, str]]]] | None = None
    ) -> frozenset[str]:
        pool = pool or FORBID
        requested = key_types(key)
        options = pool[key][self.alang()]
        if CC in requested and len(self.ctx.card_digits) != 16:
            options = [o for o in options if "16" not in o[0]] or options
        template, kind = self.rng.choice(options)
        # an ask that names a length gets an answer of that length
        if PIN in requested and re.search(r"\b4[ -]d[ií]git", template):
            self.ctx.cache["pin"] = rand_digits(self.rng, 4)
        if OTP in requested and re.search(r"\b6[ -]d[ií]git", template):
            self.ctx.cache["otp"] = rand_digits(self.rng, 6)
        self.agent(template, requested, kind)
        return requested

    def answer(self, kind: str, bare: bool) -> None:
        """A customer message giving a secret of `kind` (a SECRET key or a type for BARE)."""
        if bare:
            self.cust(self.choose(BARE[kind]), "bare_" + SLOT_KIND[kind])
            return
        if kind in TYPES:
            kind = self.rng.choice(ANSWER_KINDS[kind])
        self.cust(self.pick(SECRET[kind]), kind)

    def split_card(self) -> None:
        parts = split_card_parts(self.rng, self.ctx.card_digits)
        filler_at = self.rng.randrange(1, len(parts)) if self.rng.random() < 0.2 else -1
        for i, part in enumerate(parts):
            if i == filler_at:
                self.cust(self.pick(WAITS), "filler")
            last = i == len(parts) - 1
            template = self.pick(SPLIT_FIRST if i == 0 else (SPLIT_LAST if last else SPLIT_MID))
            self.cust(template, "split_card", part=part, part_keep=KEEP_LAST[CC] if last else 0)


SLOT_KIND = {CC: "card", CVV: "cvv", SSN: "ssn", OTP: "otp", PW: "pw", PIN: "pin"}
TYPE_OF_KIND = {
    "card": CC,
    "card_cvv": CC,
    "card_rel": CC,
    "amex": CC,
    "cvv": CVV,
    "ssn": SSN,
    "otp": OTP,
    "otp_paste": OTP,
    "pw": PW,
    "pin": PIN,
}


# ---- scenarios without secrets ---------------------------------------------------------


def sc_clean_verify(b: Builder) -> str:
    topic = b.rng.choice(TOPICS)
    b.opener(topic)
    if b.rng.random() < 0.4:
        b.cust(b.pick(CLEAN[topic]))
    b.greet()
    b.verify()
    if b.rng.random() < 0.3:
        b.verify()
    b.info(topic)
    if b.rng.random() < 0.5:
        b.cust(b.pick(CLEAN[topic]))
        b.info(topic)
    if b.rng.random() < 0.35:
        b.talk()
    b.thanks()
    return "clean_" + topic


def sc_clean_bot(b: Builder) -> str:
    lg = b.alang()
    b.cust(b.pick(OPENERS), "filler")
    b.agent(BOT_MENU[lg][0], kind="bot_menu")
    b.cust(b.pick(BOT_CHOICES), "menu_choice")
    b.agent(b.rng.choice(BOT_MENU[lg][1:]), kind="bot_info")
    topic = b.rng.choice(TOPICS)
    b.cust(b.pick(CLEAN[topic]))
    b.agent(BOT_MENU[lg][2], kind="bot_info")
    b.greet()
    if b.rng.random() < 0.6:
        b.verify()
    b.info(topic)
    return "clean_bot"


def sc_clean_sms(b: Builder) -> str:
    b.cust(b.rng.choice(SMS_CUSTOMER), "sms")
    b.agent(b.rng.choice(SMS_AGENT), kind="sms_bot")
    b.cust(b.rng.choice(SMS_CUSTOMER), "sms")
    topic = b.rng.choice(TOPICS)
    b.cust(b.pick(CLEAN[topic]))
    if b.rng.random() < 0.6:
        b.verify()
    b.info(topic)
    if b.rng.random() < 0.4:
        b.talk()
    return "clean_sms"


SCAM_Q: dict[str, Pool] = {
    OTP: {
        "en": [
            "someone called saying they're from Alto and asked for the code they texted me, is that you guys?",
            "I got a text from {shortcode} saying my card is locked and to reply with the code, is that real??",
        ],
        "es": [
            "me llamaron que eran de Alto y me pidieron el codigo que me llego, son ustedes?",
            "me llego un mensaje del {shortcode} que mi tarjeta esta bloqueada y que mande el codigo",
        ],
        "mix": ["me llamaron del fraud department y querian el code, is that real?"],
    },
    PIN: {
        "en": [
            "a guy at the store said he can reload my card if I give him my PIN, is that ok?",
            "a lady called from {phone} asking my pin to release my benefits, legit?",
        ],
        "es": [
            "un señor en la tienda me dijo que le diera mi pin para recargar, esta bien?",
            "me marcaron del {phone} pidiendo el NIP pa liberar el deposito",
        ],
        "mix": ["un guy me pidio el pin para hacer el reload, esta ok?"],
    },
    PW: {
        "en": ["my cousin wants my login to check something, should I give it to him"],
        "es": ["mi sobrino me pide la contraseña de la app pa mandar dinero, se la doy?"],
        "mix": ["mi cousin quiere mi password del app, is that ok?"],
    },
    CC: {
        "en": [
            "they want the full card number on facebook marketplace to send me money, legit?",
            "my landlord wants a picture of my card front and back for the rent",
        ],
        "es": [
            "me dicen que les de los numeros de la tarjeta pa depositarme, es verdad?",
            "el del trabajo quiere foto de la tarjeta de los dos lados",
        ],
        "mix": ["un vato en marketplace wants my card number pa mandarme money, legit?"],
    },
}


SCAM_REPLY: dict[str, dict[str, list[str]]] = {
    OTP: {
        "en": [
            "That was not us. We never call or text asking for a code, so please don't give it to anyone.",
            "That's a scam. The code is only for you to type into the app yourself.",
        ],
        "es": [
            "Esos no éramos nosotros. Nunca le llamamos ni le escribimos para pedirle un código, no se lo dé a nadie.",
            "Eso es una estafa. El código es solo para que usted lo escriba en la app.",
        ],
    },
    PIN: {
        "en": [
            "No, please don't. Nobody needs your PIN to reload your card, the cashier just scans it.",
            "That's not legit. Your PIN is only for you at the ATM or the register keypad.",
        ],
        "es": [
            "No, no se lo dé. Para recargar nadie necesita su PIN, solo escanean la tarjeta.",
            "Eso no es correcto. El NIP es solo para usted, en el cajero o en la terminal de la tienda.",
        ],
    },
    PW: {
        "en": [
            "Please don't share your login, even with family. You can add him as a recipient instead.",
            "Keep your password to yourself. If he needs to send money he can make his own account.",
        ],
        "es": [
            "Por favor no comparta su contraseña, ni con familiares. Mejor agréguelo como beneficiario.",
            "La contraseña es solo suya. Si él necesita mandar dinero, que abra su propia cuenta.",
        ],
    },
    CC: {
        "en": [
            "To receive money you never need to give your full card number or a photo of the card. That sounds like a scam.",
            "Please don't send pictures of your card to anyone. To get paid they can use your direct deposit info instead.",
        ],
        "es": [
            "Para recibir dinero nunca necesita dar el número completo ni fotos de la tarjeta. Eso suena a estafa.",
            "No mande fotos de la tarjeta a nadie. Para pagarle pueden usar sus datos de depósito directo.",
        ],
    },
}


def sc_clean_scam_question(b: Builder) -> str:
    kind = b.rng.choice(sorted(SCAM_Q))
    b.opener()
    b.cust(b.pick(SCAM_Q[kind]), "scam_question")
    if b.rng.random() < 0.3:
        b.cust(
            b.pick(
                {
                    "en": ["I didn't give them anything", "i almost did lol"],
                    "es": ["no les di nada", "casi le doy todo 😩"],
                    "mix": ["no le di nada, only my name"],
                }
            ),
            "filler",
        )
    b.greet()
    b.agent(b.choose(SCAM_REPLY[kind][b.alang()]), kind="legit_warn")
    b.talk()
    if b.rng.random() < 0.5:
        b.verify()
    b.thanks()
    return "clean_scam_question"


def sc_ask_refused(b: Builder) -> str:
    topic = b.rng.choice(TOPICS)
    b.opener(topic)
    b.greet()
    key = b.rng.choice(list(FORBID))
    requested = b.forbid(key)
    b.refuse(b.rng.choice(sorted(requested)))
    b.verify()
    b.info(topic)
    return "ask_refused"


# ---- scenarios with secrets -----------------------------------------------------------

VOLUNTEER_KINDS = ["card", "card_cvv", "card_rel", "amex", "ssn", "pw", "pin", "otp", "otp_paste"]
VOLUNTEER_WEIGHTS = [24, 9, 9, 4, 13, 16, 18, 6, 6]


def sc_volunteer(b: Builder) -> str:
    kind = b.rng.choices(VOLUNTEER_KINDS, weights=VOLUNTEER_WEIGHTS)[0]
    if kind == "amex":
        b.ctx.new_card("amex")
    elif kind == "card_cvv" and b.ctx.brand == "amex":
        b.ctx.new_card("visa")
    topic = b.rng.choice(TOPICS)
    b.opener(topic if b.rng.random() < 0.5 else None)
    b.answer(kind, bare=False)
    if b.rng.random() < 0.25:
        b.cust(b.pick(CLEAN[topic]))
    b.greet()
    b.warn(TYPE_OF_KIND[kind])
    if b.rng.random() < 0.6:
        b.verify()
    b.info(topic)
    if b.rng.random() < 0.4:
        b.thanks()
    return "volunteer_" + kind


def sc_forbidden_answer(b: Builder) -> str:
    key = b.rng.choice(
        [
            "CC",
            "CC",
            "CVV",
            "CVV",
            "CC+CVV",
            "SSN",
            "SSN",
            "OTP",
            "OTP",
            "PW",
            "PW",
            "PIN",
            "PIN",
            "PIN",
        ]
    )
    if "CVV" in key and b.ctx.brand == "amex":
        b.ctx.new_card("mc")
    topic = b.rng.choice(TOPICS)
    b.opener(topic)
    b.greet()
    if b.rng.random() < 0.5:
        b.verify()
    requested = b.forbid(key)
    r = b.rng.random()
    if r < 0.2:
        b.cust(b.pick(WAITS), "filler")
    elif r < 0.35:
        b.cust(b.pick(WHYS), "filler")
        kind = b.rng.choice(sorted(requested))
        b.agent(b.choose(REASK[kind][b.alang()]), frozenset({kind}), "ask_reask")
    for kind in (CC, CVV, SSN, OTP, PW, PIN):
        if kind not in requested:
            continue
        if b.rng.random() < 0.55:
            b.answer(kind, bare=True)
        else:
            b.answer(kind, bare=False)
    b.ack()
    b.info(topic)
    if b.rng.random() < 0.3:
        b.thanks()
    return "forbidden_" + key.lower().replace("+", "_")


def sc_split_card(b: Builder) -> str:
    topic = b.rng.choice(["reload", "card", "payroll", "benefits"])
    b.opener(topic)
    b.greet()
    if b.rng.random() < 0.6:
        b.forbid("CC")
        how = "asked"
    else:
        b.verify(answer=False, only=("last4", "last4_zip"))
        b.cust(
            b.pick(
                {
                    "en": [
                        "let me send the whole number",
                        "ok i'll send u the numbers",
                        "idk, here's all of it",
                    ],
                    "es": [
                        "le mando el numero completo mejor",
                        "no se cual, le mando todo",
                        "mejor le paso toda la tarjeta",
                    ],
                    "mix": ["le mando el whole number", "ok te mando todos los numbers"],
                }
            ),
            "filler",
        )
        how = "volunteered"
    b.split_card()
    if b.rng.random() < 0.3:
        b.warn(CC)
    else:
        b.ack()
    b.info(topic)
    return "split_card_" + how


def sc_pasted_sms(b: Builder) -> str:
    b.opener()
    if b.rng.random() < 0.5:
        b.cust(
            b.pick(
                {
                    "en": ["i got this text is it real?", "what is this"],
                    "es": ["me llego este mensaje es de ustedes?", "que es esto"],
                    "mix": ["me llego este text, is it you?"],
                }
            ),
            "filler",
        )
    b.cust(b.pick(SECRET["otp_paste"]), "otp_paste")
    b.greet()
    b.warn(OTP)
    b.talk()
    if b.rng.random() < 0.5:
        b.verify()
    b.thanks()
    return "pasted_sms"


def sc_overshare(b: Builder) -> str:
    topic = b.rng.choice(TOPICS)
    b.opener(topic)
    b.greet()
    which = b.rng.choice(["last4", "ssn4"])
    lg = b.alang()
    options = [t for t, a in VERIFY[lg] if a == which]
    b.agent(b.rng.choice(options), kind="legit_verify")
    b.cust(b.pick(OVERSHARE[which]), "overshare_" + which)
    b.warn(CC if which == "last4" else SSN)
    b.info(topic)
    return "overshare_" + which


def sc_phisher(b: Builder) -> str:
    key = b.rng.choice(list(PHISH))
    if "CVV" in key and b.ctx.brand == "amex":
        b.ctx.new_card("visa")
    if b.rng.random() < 0.5:
        b.cust(b.rng.choice(SMS_CUSTOMER), "sms")
    requested = b.forbid(key, PHISH)
    if b.rng.random() < 0.35:
        b.cust(
            b.pick(
                {
                    "en": ["is this really Alto?", "who is this"],
                    "es": ["quien habla?", "son de Alto de verdad?"],
                    "mix": ["who is this? es Alto?"],
                }
            ),
            "filler",
        )
        kind = b.rng.choice(sorted(requested))
        b.agent(b.choose(REASK[kind][b.alang()]), frozenset({kind}), "phish")
    if b.rng.random() < 0.25:
        kind = b.rng.choice(sorted(requested))
        b.refuse(kind)
        b.cust(b.pick(SCAM_Q.get(kind, SCAM_Q[OTP])), "scam_question")
        return "phisher_refused"
    for kind in (CC, CVV, OTP, PW, PIN):
        if kind in requested:
            b.answer(kind, bare=b.rng.random() < 0.6)
    if b.rng.random() < 0.5:
        b.cust(b.pick(THANKS), "filler")
    return "phisher_" + key.lower().replace("+", "_")


def sc_correction(b: Builder) -> str:
    kind = b.rng.choice([SSN, SSN, OTP, PIN])
    topic = b.rng.choice(TOPICS)
    b.opener(topic)
    b.greet()
    if b.rng.random() < 0.6:
        b.forbid({SSN: "SSN", OTP: "OTP", PIN: "PIN"}[kind])
        b.answer(kind, bare=b.rng.random() < 0.5)
    else:
        b.answer(SLOT_KIND[kind], bare=False)
    b.cust(b.pick(CORRECTIONS[kind]), "correction_" + SLOT_KIND[kind])
    if b.rng.random() < 0.5:
        b.warn(kind)
    else:
        b.ack()
    b.info(topic)
    return "correction_" + SLOT_KIND[kind]


def sc_bot_forbid(b: Builder) -> str:
    key = b.rng.choice(list(BOT_FORBID))
    if "CVV" in key and b.ctx.brand == "amex":
        b.ctx.new_card("visa")
    lg = b.alang()
    b.cust(b.pick(OPENERS), "filler")
    b.agent(BOT_MENU[lg][0], kind="bot_menu")
    b.cust(b.pick(BOT_CHOICES), "menu_choice")
    requested = b.forbid(key, BOT_FORBID)
    for kind in (CC, CVV, SSN, OTP, PIN):
        if kind in requested:
            b.answer(kind, bare=True)
    b.agent(BOT_MENU[lg][2], kind="bot_info")
    b.greet()
    return "bot_forbid_" + key.lower().replace("+", "_")


LOGIN_TROUBLE: Pool = {
    "en": [
        "i cant log in to the app",
        "it says my account is locked after 3 tries",
        "the app keeps saying wrong password",
    ],
    "es": [
        "no puedo entrar a la app",
        "dice que mi cuenta esta bloqueada",
        "me dice contraseña incorrecta",
    ],
    "mix": ["no puedo hacer login en el app", "dice wrong password otra vez"],
}
PW_FIX: Pool = {
    "en": ["ok i reset it, new one is {pw2}", "i changed it to {pw2} now"],
    "es": ["ya la cambie, la nueva es {pw2}", "ahora puse {pw2}"],
    "mix": ["ya la cambie, ahora es {pw2}"],
}


def sc_login(b: Builder) -> str:
    """Login trouble: the customer types the password (sometimes two), the agent warns."""
    b.opener()
    b.cust(b.pick(LOGIN_TROUBLE))
    b.answer(PW, bare=False)
    b.greet()
    b.warn(PW)
    b.talk()
    if b.rng.random() < 0.4:
        b.cust(b.pick(PW_FIX), "pw_new")
        b.warn(PW)
    elif b.rng.random() < 0.5:
        b.verify()
    b.thanks()
    return "login_pw"


def sc_agent_asks_two(b: Builder) -> str:
    """The agent asks; the customer answers two messages later, after a question of their own."""
    key = b.rng.choice(["CVV", "OTP", "PIN", "SSN"])
    if b.ctx.brand == "amex":
        b.ctx.new_card("visa")
    topic = b.rng.choice(TOPICS)
    b.opener(topic)
    b.greet()
    requested = b.forbid(key)
    b.cust(b.pick(CLEAN[topic]))
    b.agent(b.rng.choice(INFO[topic][b.alang()]), kind="legit_info")
    kind = next(iter(requested))
    b.answer(kind, bare=True)
    b.ack()
    return "late_answer_" + key.lower()


SCENARIOS: list[tuple[Callable[[Builder], str], int, bool]] = [
    (sc_clean_verify, 31, False),
    (sc_clean_bot, 7, False),
    (sc_clean_sms, 7, True),
    (sc_clean_scam_question, 6, False),
    (sc_ask_refused, 6, False),
    (sc_volunteer, 12, False),
    (sc_forbidden_answer, 12, False),
    (sc_split_card, 5, False),
    (sc_pasted_sms, 4, False),
    (sc_overshare, 5, False),
    (sc_phisher, 4, True),
    (sc_correction, 3, False),
    (sc_bot_forbid, 2, False),
    (sc_agent_asks_two, 3, False),
    (sc_login, 3, False),
]


def build(rng: Random, index: int, seed: int) -> Conversation:
    lang = rng.choices(["en", "es", "mix"], weights=[45, 35, 20])[0]
    scenario = rng.choices(SCENARIOS, weights=[w for _, w, _ in SCENARIOS])[0]
    func, _, sms = scenario
    b = Builder(rng, lang, sms=sms)
    kind = func(b)
    msgs = b.msgs
    if len(msgs) > 10:
        msgs = trim(msgs)
    return Conversation(f"s14-{seed}-{index:04d}", kind, lang, msgs)


def trim(msgs: list[Message]) -> list[Message]:
    """Drop filler and greetings (never labelled or asking) until at most 10 messages remain."""
    out = list(msgs)
    for kind in (
        "filler",
        "greeting",
        "legit_talk",
        "legit_info",
        "clean",
        "verify_answer",
        "legit_verify",
    ):
        i = 0
        while len(out) > 10 and i < len(out):
            if out[i].kind == kind and not out[i].labels and not out[i].requested:
                del out[i]
            else:
                i += 1
    return out


# --------------------------------------------------------------------------------------
# Self-check
# --------------------------------------------------------------------------------------

DIGIT_GROUP_RE = re.compile(r"\d+")
SSN_LIKE_RE = re.compile(r"(?<![\d-])(\d{3})([-. ])(\d{2})\2(\d{4})(?![\d-])")


def accidental(msg: Message) -> list[str]:
    """Unlabelled digit runs that would be secrets: a Luhn-valid card-like run, an SSN-like one."""
    problems: list[str] = []
    spans = [(lab.start, lab.end) for lab in msg.labels]

    def labelled(a: int, z: int) -> bool:
        return any(a < e and s < z for s, e in spans)

    for run in NUMBER_RUN_RE.finditer(msg.text):
        groups = [
            (g.start() + run.start(), g.end() + run.start(), g.group())
            for g in DIGIT_GROUP_RE.finditer(run.group())
        ]
        for i in range(len(groups)):
            digits = ""
            for j in range(i, len(groups)):
                digits += groups[j][2]
                if len(digits) > 19:
                    break
                a, z = groups[i][0], groups[j][1]
                if (
                    len(digits) >= 13
                    and not labelled(a, z)
                    and luhn.is_valid(digits)
                    and (digits.startswith(BRAND_PREFIXES) or (i == 0 and j == len(groups) - 1))
                ):
                    problems.append(f"unlabelled Luhn-valid run {msg.text[a:z]!r}")
    for m in SSN_LIKE_RE.finditer(msg.text):
        if not labelled(m.start(), m.end()) and ssn_valid(m.group(1) + m.group(3) + m.group(4)):
            problems.append(f"unlabelled SSN-like {m.group()!r}")
    return problems


def check_label(text: str, lab: Label) -> None:
    assert 0 <= lab.start < lab.end <= len(text), (lab, text)
    value = text[lab.start : lab.end]
    assert value == value.strip() and value, (lab, value)
    digits = re.sub(r"\D", "", value)
    assert lab.type in TYPES, lab
    if lab.type == CC:
        assert re.fullmatch(r"\d[\d \-.\n]*\d|\d{4,}", value), value
        if lab.split_part:
            assert len(digits) >= 4, value
            assert lab.keep in (0, KEEP_LAST[CC]), lab
        else:
            assert luhn.is_valid(digits) and brand_ok(digits), value
            assert lab.keep == KEEP_LAST[CC], lab
    elif lab.type == SSN:
        assert re.fullmatch(r"\d{3}([-. ]?)\d{2}\1\d{4}", value), value
        assert ssn_valid(digits), value
        assert lab.keep == KEEP_LAST[SSN], lab
    elif lab.type == CVV:
        assert re.fullmatch(r"\d{3,4}", value), value
        assert lab.keep == 0
    elif lab.type == OTP:
        assert re.fullmatch(r"\d[\d -]*\d", value) and 4 <= len(digits) <= 8, value
        assert lab.keep == 0
    elif lab.type == PIN:
        assert re.fullmatch(r"\d{4,6}", value), value
        assert lab.keep == 0
    else:
        assert len(value) >= 4 and not re.search(r"\s", value), value
        assert lab.keep == 0


def check_conversation(conv: Conversation) -> None:
    assert 3 <= len(conv.messages) <= 10, (conv.cid, len(conv.messages))
    assert conv.lang in ("en", "es", "mix")
    split_digits = ""
    split_msgs: list[Message] = []
    for msg in conv.messages:
        assert msg.role in ("customer", "agent")
        assert msg.requested <= set(TYPES)
        if msg.role == "agent":
            assert not msg.labels, (conv.cid, msg.text)
        else:
            assert not msg.requested
        ordered = sorted(msg.labels, key=lambda lab: lab.start)
        assert ordered == msg.labels, (conv.cid, msg.text)
        for a, z in pairwise(ordered):
            assert a.end <= z.start, (conv.cid, msg.text)
        for lab in msg.labels:
            check_label(msg.text, lab)
            if lab.split_part:
                split_digits += re.sub(r"\D", "", msg.text[lab.start : lab.end])
        if any(lab.split_part for lab in msg.labels):
            split_msgs.append(msg)
        assert not accidental(msg), (conv.cid, msg.text, accidental(msg))
    if split_msgs:
        assert len(split_msgs) >= 2, conv.cid
        assert luhn.is_valid(split_digits) and brand_ok(split_digits), (conv.cid, split_digits)
        last = split_msgs[-1]
        assert last.labels[0].split_part and last.labels[0].type == CC, conv.cid
        assert last.labels[0].keep == KEEP_LAST[CC]
        for msg in split_msgs:
            assert sum(lab.split_part for lab in msg.labels) == 1, conv.cid
            if msg is not last:
                assert all(lab.keep == 0 for lab in msg.labels if lab.split_part)


def check_pools() -> None:
    for kind, pool in SECRET.items():
        slot = "{" + SLOT_KIND[TYPE_OF_KIND[kind]] + "}" if kind != "amex" else "{cid}"
        for lang, templates in pool.items():
            for t in templates:
                assert slot in t, (kind, lang, t)
    for topic in CLEAN.values():
        for templates in topic.values():
            for t in templates:
                assert not any(s in SLOT_TYPES for s in SLOT_RE.findall(t)), t


def template_counts() -> dict[str, int]:
    """How many distinct templates each family has (for the report)."""

    def n(pool: dict[str, list[object]]) -> int:
        return sum(len(v) for v in pool.values())

    return {
        "customer_secret": sum(n(p) for p in SECRET.values())
        + sum(len(v) for v in BARE.values())
        + sum(n(p) for p in OVERSHARE.values())
        + sum(n(p) for p in CORRECTIONS.values())
        + n(SPLIT_FIRST)
        + n(SPLIT_MID)
        + n(SPLIT_LAST)
        + n(PW_FIX),
        "customer_clean": sum(n(p) for p in CLEAN.values())
        + sum(n(p) for p in VERIFY_ANS.values())
        + sum(n(p) for p in SCAM_Q.values())
        + sum(n(p) for p in REFUSE_TYPE.values())
        + n(REFUSALS)
        + n(LOGIN_TROUBLE)
        + len(SMS_CUSTOMER),
        "agent_forbidden": sum(n(p) for p in FORBID.values())
        + sum(n(p) for p in PHISH.values())
        + sum(n(p) for p in BOT_FORBID.values())
        + sum(n(p) for p in REASK.values()),
        "agent_legit": n(VERIFY)
        + n(SECRET_TALK)
        + sum(n(p) for p in WARN.values())
        + sum(n(p) for p in INFO.values())
        + n(GREET)
        + n(ACK)
        + n(BOT_MENU)
        + sum(n(p) for p in SCAM_REPLY.values())
        + len(SMS_AGENT),
    }


def generate(seed: int, count: int = 480) -> list[Conversation]:
    """`count` conversations of set 14; the same seed gives the same set."""
    check_pools()
    rng = Random(seed)
    conversations: list[Conversation] = []
    for index in range(count):
        for _ in range(200):
            conv = build(rng, index, seed)
            if 3 <= len(conv.messages) <= 10 and not any(accidental(m) for m in conv.messages):
                break
        else:
            raise AssertionError(f"could not build conversation {index} without accidental secrets")
        check_conversation(conv)
        conversations.append(conv)
    return conversations
