# ruff: noqa: E501
"""Blind end-to-end set 20: family members and caregivers acting for a cardholder (2026).

Adult children helping elderly parents, spouses, a parent helping a teen with a first debit
card, home caregivers and people holding power of attorney talk to a card issuer's chat in
English, Spanish (Mexico, Puerto Rico, Cuba/Miami, Spain) and Spanglish. Secrets are mostly
third-person ("my mom's card is ...", "el NIP de mi papá es ...", "he read me the code"), read
aloud with hesitations, copied from a note or a photo, split over messages, or buried in long
messages about hospital stays, dementia or a death in the family. Many conversations hold no
secret at all but plenty of look-alikes: Medicare numbers, hospital and pharmacy accounts,
prescription and room numbers, phone numbers, dates of birth, benefit amounts, last fours,
masked numbers, power-of-attorney and case numbers. Agents mostly ask legitimate questions
(relationship, name, date of birth, last four, ZIP); a minority ask for forbidden secrets.

Written blind: only the shared schema (the head of tests/blind/e2e_set.py) and the scorer
(tests/blind/evaluate_e2e.py) were read; nothing of guard's code, rules, tests or benchmarks.

`generate(seed, count)` is deterministic: one seeded `random.Random` drives everything.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from random import Random

from stdnum import luhn

from tests.blind.e2e_set import CC, CVV, OTP, PIN, PW, SSN, Conversation, Label, Message

# --------------------------------------------------------------------------------------
# Secret values
# --------------------------------------------------------------------------------------

# (brand, prefixes, lengths)
BRANDS: list[tuple[str, list[str], list[int]]] = [
    ("visa", ["4"], [16, 16, 16, 13]),
    ("mastercard", ["51", "52", "53", "54", "55", "2221", "2300", "2511", "2720"], [16]),
    ("amex", ["34", "37"], [15]),
    ("discover", ["6011", "644", "645", "649", "65"], [16]),
    ("diners", ["36", "300", "305"], [14]),
    ("jcb", ["3528", "3540", "3566", "3589"], [16]),
    ("unionpay", ["62"], [16, 19]),
]
BRAND_WEIGHTS = [40, 26, 12, 9, 3, 4, 6]

CARD_PREFIXES = (
    "4",
    "34",
    "37",
    "36",
    "30",
    "35",
    "51",
    "52",
    "53",
    "54",
    "55",
    "22",
    "23",
    "24",
    "25",
    "26",
    "27",
    "6011",
    "64",
    "65",
    "62",
)


def looks_like_card(digits: str) -> bool:
    """A 13-19 digit string with a card prefix that passes Luhn."""
    return 13 <= len(digits) <= 19 and digits.startswith(CARD_PREFIXES) and luhn.is_valid(digits)


def card_digits(rng: Random) -> tuple[str, str]:
    brand, prefixes, lengths = rng.choices(BRANDS, weights=BRAND_WEIGHTS)[0]
    prefix = rng.choice(prefixes)
    length = rng.choice(lengths)
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body), brand


def group_card(digits: str, brand: str, rng: Random) -> str:
    n = len(digits)
    if brand == "amex":
        sizes = [4, 6, 5]
    elif brand == "diners" and n == 14:
        sizes = [4, 6, 4]
    elif n == 13:
        sizes = [4, 3, 3, 3]
    elif n == 19:
        sizes = [4, 4, 4, 4, 3]
    else:
        sizes = [4, 4, 4, 4]
    sep = rng.choices([" ", "-", "", "  ", "."], weights=[50, 18, 20, 5, 3])[0]
    parts, i = [], 0
    for size in sizes:
        parts.append(digits[i : i + size])
        i += size
    return sep.join(parts)


def make_card(rng: Random) -> tuple[str, str, list[str]]:
    """(formatted card, brand, groups) for a Luhn-valid card of a real issuer range."""
    digits, brand = card_digits(rng)
    text = group_card(digits, brand, rng)
    groups = (
        re.findall(r"\d+", text)
        if re.search(r"\D", text)
        else [digits[i : i + 4] for i in range(0, len(digits), 4)]
    )
    return text, brand, groups


def make_cvv(rng: Random, brand: str) -> str:
    n = 4 if brand == "amex" else 3
    return "".join(str(rng.randrange(10)) for _ in range(n))


def make_ssn(rng: Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group = rng.randint(1, 99)
    serial = rng.randint(1, 9999)
    style = rng.choices(["-", " ", "", "."], weights=[62, 18, 16, 4])[0]
    return f"{area:03d}{style}{group:02d}{style}{serial:04d}"


def make_otp(rng: Random) -> str:
    n = rng.choices([6, 4, 5, 7, 8], weights=[64, 12, 8, 8, 8])[0]
    code = "".join(str(rng.randrange(10)) for _ in range(n))
    if n == 6 and rng.random() < 0.15:
        code = code[:3] + rng.choice([" ", "-"]) + code[3:]
    return code


def make_pin(rng: Random) -> str:
    if rng.random() < 0.12:
        return "".join(str(rng.randrange(10)) for _ in range(6))
    return "".join(str(rng.randrange(10)) for _ in range(4))


PW_WORDS = [
    "Rosita",
    "Pepe",
    "Lupita",
    "Chispa",
    "Buddy",
    "Yankees",
    "Tigers",
    "Canela",
    "Gordo",
    "Sunny",
    "Grandma",
    "Milagros",
    "Paloma",
    "Princesa",
    "Cubita",
    "Boricua",
    "Jesus",
    "Bendicion",
    "Lucky",
    "Max",
    "Coqui",
    "Madrid",
    "Betis",
    "Chivas",
    "Kitty",
    "Roses",
    "Bingo",
    "Nieto",
    "Abuelita",
    "Pancho",
]
PW_SYMBOLS = ["!", "#", "@", "$", "*", "."]


def make_pw(rng: Random) -> str:
    word = rng.choice(PW_WORDS)
    style = rng.randrange(7)
    year = str(rng.randint(1938, 2019))
    if style == 0:
        return f"{word}{year}{rng.choice(PW_SYMBOLS)}"
    if style == 1:
        return f"{word.lower()}{year[2:]}"
    if style == 2:
        return f"{word}{rng.choice(PW_SYMBOLS)}{rng.randint(1, 99)}"
    if style == 3:
        return f"{word[0].lower()}{word[1:]}{rng.choice(PW_WORDS)}{rng.randint(1, 9)}"
    if style == 4:
        return f"{word.upper()}{rng.choice(PW_SYMBOLS)}{year}"
    if style == 5:
        return f"Te{word}{rng.randint(10, 99)}{rng.choice(PW_SYMBOLS)}"
    return f"{word}{rng.choice(PW_SYMBOLS)}{word[:2].lower()}{year[2:]}"


# --------------------------------------------------------------------------------------
# Clean look-alikes
# --------------------------------------------------------------------------------------

MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"


def make_mbi(rng: Random) -> str:
    def letter() -> str:
        return rng.choice(MBI_LETTERS)

    def alnum() -> str:
        return rng.choice(MBI_LETTERS + "0123456789")

    raw = (
        str(rng.randint(1, 9))
        + letter()
        + alnum()
        + str(rng.randrange(10))
        + letter()
        + alnum()
        + str(rng.randrange(10))
        + letter()
        + letter()
        + str(rng.randrange(10))
        + str(rng.randrange(10))
    )
    if rng.random() < 0.6:
        return f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"
    return raw


def digits_n(rng: Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randrange(10)) for _ in range(n - 1))


def make_longref(rng: Random) -> str:
    """A 16-digit reference that is NOT a valid card (Luhn fails)."""
    while True:
        digits = digits_n(rng, 16)
        if not luhn.is_valid(digits):
            break
    if rng.random() < 0.5:
        return " ".join(digits[i : i + 4] for i in range(0, 16, 4))
    return digits


def make_amount(rng: Random, region: str, big: bool = False) -> str:
    value = (
        rng.randint(600, 3400) if big else rng.choice([rng.randint(5, 300), rng.randint(100, 4000)])
    )
    cents = rng.choice([0, 0, rng.randint(1, 99)])
    if region == "es":
        whole = f"{value:,}".replace(",", ".")
        return f"{whole},{cents:02d} €" if cents else f"{whole} €"
    if region == "mx" and rng.random() < 0.5:
        return f"${value:,} pesos"
    return f"${value:,}.{cents:02d}" if cents else f"${value:,}"


def make_phone(rng: Random, region: str) -> str:
    if region == "es":
        d = "6" + digits_n(rng, 8)
        return rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", f"+34 {d[:3]} {d[3:6]} {d[6:]}"])
    if region == "mx":
        d = "55" + digits_n(rng, 8)
        return rng.choice([f"{d[:2]} {d[2:6]} {d[6:]}", f"+52 {d[:2]} {d[2:6]} {d[6:]}"])
    area = {"pr": rng.choice(["787", "939"]), "cu": rng.choice(["305", "786"])}.get(
        region
    ) or rng.choice(["718", "412", "602", "214", "503", "901", "614", "313"])
    line = f"555-01{rng.randint(0, 99):02d}"
    return rng.choice([f"({area}) {line}", f"{area}-{line}", f"{area}.{line.replace('-', '.')}"])


MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
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


def make_date(rng: Random, lang: str) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    if lang == "es":
        return rng.choice([f"{d} de {MONTHS_ES[m - 1]}", f"{d:02d}/{m:02d}/2026"])
    return rng.choice(
        [
            f"{MONTHS_EN[m - 1]} {d}",
            f"{m}/{d}",
            f"{m:02d}/{d:02d}/2026",
            f"{MONTHS_EN[m - 1][:3]} {d}",
        ]
    )


def make_dob(rng: Random, lang: str, teen: bool = False) -> str:
    y = rng.randint(2009, 2012) if teen else rng.randint(1931, 1962)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    if lang == "es":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} de {MONTHS_ES[m - 1]} de {y}"])
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{MONTHS_EN[m - 1]} {d}, {y}", f"{m}-{d}-{y}"])


MERCHANTS = [
    "Walgreens",
    "CVS Pharmacy",
    "Publix",
    "HEB",
    "Amazon",
    "Netflix",
    "Walmart",
    "Home Depot",
    "Oxxo",
    "Farmacias Guadalajara",
    "Mercadona",
    "El Corte Inglés",
    "Econo Supermercado",
    "Sedano's",
    "Winn-Dixie",
    "PayPal *QVC",
    "Hulu",
    "Uber Eats",
    "Roku",
    "Shein",
]
HOSPITALS = [
    "Jackson Memorial",
    "Mount Sinai",
    "St. Luke's",
    "Baptist Hospital",
    "Centro Médico",
    "Hospital Auxilio Mutuo",
    "IMSS La Raza",
    "Hospital La Paz",
    "Mercy General",
    "UPMC Presbyterian",
]


def clean_value(name: str, rng: Random, ctx: dict[str, str]) -> str:
    region, lang = ctx["region"], ctx["lang"]
    dlang = "es" if lang == "es" else "en"
    base = name.rstrip("0123456789")
    if base == "amount":
        return make_amount(rng, region)
    if base == "benefit":
        return make_amount(rng, region, big=True)
    if base == "date":
        return make_date(rng, dlang)
    if base == "dob":
        return make_dob(rng, dlang, teen=ctx.get("teen") == "1")
    if base == "time":
        return rng.choice(
            [
                f"{rng.randint(1, 11)}:{rng.choice(['00', '15', '30', '45'])} {rng.choice(['am', 'pm', 'AM', 'PM'])}",
                f"{rng.randint(8, 18)}:{rng.choice(['00', '30'])}",
            ]
        )
    if base == "phone":
        return make_phone(rng, region)
    if base == "zip":
        return {
            "pr": f"00{rng.randint(600, 988)}",
            "cu": f"33{rng.randint(100, 199)}",
            "mx": f"{rng.randint(1000, 16999):05d}",
            "es": f"{rng.randint(1, 52):02d}{rng.randint(0, 999):03d}",
        }.get(region, f"{rng.randint(10001, 98999)}")
    if base == "last":
        return ctx["last4"]
    if base == "masked":
        return rng.choice(
            [
                f"**** **** **** {ctx['last4']}",
                f"****{ctx['last4']}",
                f"XXXX-XXXX-XXXX-{ctx['last4']}",
                f"•••• {ctx['last4']}",
                f"x{ctx['last4']}",
            ]
        )
    if base == "case":
        return rng.choice(
            [
                f"CAS-2026-{digits_n(rng, 6)}",
                f"#{digits_n(rng, 8)}",
                f"C{digits_n(rng, 7)}",
                f"2026-{digits_n(rng, 5)}",
            ]
        )
    if base == "poa":
        return rng.choice(
            [
                f"POA-{rng.choice(['FL', 'TX', 'NY', 'CA', 'PR', 'NJ'])}-2025-{digits_n(rng, 5)}",
                f"{rng.choice(['HH', 'GG', 'DD'])} {digits_n(rng, 6)}",
                f"{rng.randint(100, 4999):,}",
                f"Doc {digits_n(rng, 10)}",
            ]
        )
    if base == "mbi":
        return make_mbi(rng)
    if base == "hosp":
        return rng.choice(
            [
                digits_n(rng, 10),
                f"HAR {digits_n(rng, 10)}",
                f"{digits_n(rng, 3)}-{digits_n(rng, 7)}",
                f"PT{digits_n(rng, 8)}",
            ]
        )
    if base == "rx":
        return rng.choice(
            [
                digits_n(rng, 7),
                f"{digits_n(rng, 7)}-{rng.randint(1, 9):02d}",
                f"RX{digits_n(rng, 6)}",
            ]
        )
    if base == "room":
        return rng.choice(
            [
                str(rng.randint(101, 918)),
                f"{rng.randint(2, 9)}{rng.choice('ABCD')}",
                f"{rng.randint(1, 9)}{rng.randint(10, 40)}-B",
            ]
        )
    if base == "age":
        return str(rng.randint(15, 16) if ctx.get("teen") == "1" else rng.randint(71, 98))
    if base == "merchant":
        return rng.choice(MERCHANTS)
    if base == "hospital":
        return rng.choice(HOSPITALS)
    if base == "exp":
        return f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}"
    if base == "dni":
        return f"{digits_n(rng, 8)}{rng.choice('TRWAGMYFPDXBNJZSQVHLCKE')}"
    if base == "imss":
        return digits_n(rng, 11)
    if base == "claim":
        return rng.choice(
            [
                f"{digits_n(rng, 4)}-{digits_n(rng, 7)}",
                f"CLM{digits_n(rng, 11)}",
                f"2026{digits_n(rng, 8)}",
            ]
        )
    if base == "longref":
        return make_longref(rng)
    if base == "year":
        return str(rng.randint(1958, 2024))
    if base == "day":
        return str(rng.choice([1, 3, 15, 20, 28]))
    if base == "n":
        return str(rng.randint(2, 6))
    if base == "years":
        return str(rng.randint(3, 40))
    if base == "limit":
        return {"mx": "200 pesos", "es": "30 €"}.get(region) or rng.choice(
            ["$20", "$50", "$100", "$25"]
        )
    if base == "email":
        return f"{ctx['name'].split()[0].lower()}{rng.randint(40, 62)}@{rng.choice(['gmail.com', 'yahoo.com', 'aol.com', 'hotmail.com'])}"
    if base == "ref":
        return "".join(
            rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.randint(6, 8))
        )
    raise KeyError(name)


# --------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------

# en, es (mx/cu), es (Spain), es (Puerto Rico), gender
RELS_ELDER = [
    ("mom", "mamá", "madre", "mami", "f"),
    ("dad", "papá", "padre", "papi", "m"),
    ("mother", "mamá", "madre", "mamá", "f"),
    ("father", "papá", "padre", "papá", "m"),
    ("grandma", "abuela", "abuela", "abuela", "f"),
    ("grandpa", "abuelo", "abuelo", "abuelo", "m"),
    ("mother-in-law", "suegra", "suegra", "suegra", "f"),
    ("father-in-law", "suegro", "suegro", "suegro", "m"),
    ("aunt", "tía", "tía", "titi", "f"),
    ("uncle", "tío", "tío", "tío", "m"),
]
RELS_SPOUSE = [
    ("wife", "esposa", "mujer", "esposa", "f"),
    ("husband", "esposo", "marido", "esposo", "m"),
]
RELS_TEEN = [("son", "hijo", "hijo", "nene", "m"), ("daughter", "hija", "hija", "nena", "f")]
RELS_CARE = [
    ("client", "paciente", "paciente", "paciente", "f"),
    ("client", "paciente", "paciente", "paciente", "m"),
    ("patient", "paciente", "paciente", "paciente", "f"),
    ("patient", "paciente", "paciente", "paciente", "m"),
]

NAMES_EN = {
    "f": [
        "Dolores",
        "Margaret",
        "Betty",
        "Ruth",
        "June",
        "Gloria",
        "Linh",
        "Shirley",
        "Evelyn",
        "Doris",
        "Patricia",
        "Mae",
    ],
    "m": [
        "Harold",
        "Eugene",
        "Walter",
        "Frank",
        "Earl",
        "Chen Wei",
        "Raymond",
        "Leon",
        "Arthur",
        "Tomasz",
        "Curtis",
        "Vernon",
    ],
}
NAMES_ES = {
    "f": [
        "Guadalupe",
        "Carmen",
        "Ana María",
        "Rosario",
        "Milagros",
        "Esperanza",
        "Mercedes",
        "Consuelo",
        "Pilar",
        "Nilda",
        "Caridad",
        "Maruja",
    ],
    "m": [
        "Refugio",
        "José Luis",
        "Juan",
        "Tomás",
        "Ramón",
        "Eusebio",
        "Manolo",
        "Héctor",
        "Ángel",
        "Rigoberto",
        "Fermín",
        "Cheo",
    ],
}
TEEN_NAMES = {
    "f": ["Kayla", "Sofía", "Maddie", "Valeria", "Ximena", "Ava"],
    "m": ["Jayden", "Mateo", "Liam", "Diego", "Ethan", "Santi"],
}
SURNAMES = [
    "Alvarez",
    "Johnson",
    "Nguyen",
    "Hernández",
    "Kowalski",
    "Rivera",
    "Smith",
    "Pérez",
    "O'Brien",
    "García",
    "Washington",
    "Soto",
    "Morales",
    "Fernández",
    "Li",
    "Díaz",
]

REGION_WORDS = {
    "us": {"pinword": "PIN", "cel": "phone"},
    "mx": {"pinword": "NIP", "cel": "celular"},
    "pr": {"pinword": "PIN", "cel": "celular"},
    "cu": {"pinword": "PIN", "cel": "teléfono"},
    "es": {"pinword": "PIN", "cel": "móvil"},
}
FILLERS = {
    "mx": ["oiga", "mire", "fíjese que", "ay", "pues"],
    "pr": ["mira", "ay bendito", "oye", "pues", "wepa"],
    "cu": ["oye", "mira", "chica", "ay", "asere"],
    "es": ["mire", "vale", "pues nada", "oiga", "bueno"],
}


def build_ctx(rng: Random, lang: str, family: str) -> dict[str, str]:
    region = "us"
    if lang in ("es", "mix"):
        region = (
            rng.choices(["mx", "pr", "cu", "es"], weights=[36, 22, 24, 18])[0]
            if lang == "es"
            else rng.choice(["mx", "pr", "cu", "us"])
        )
    pool = {"elder": RELS_ELDER, "spouse": RELS_SPOUSE, "teen": RELS_TEEN, "care": RELS_CARE}[
        family
    ]
    en, es_mx, es_es, es_pr, g = rng.choice(pool)
    rel_es = {"es": es_es, "pr": es_pr}.get(region, es_mx)
    if family == "teen":
        first = rng.choice(TEEN_NAMES[g])
    elif lang == "en" and rng.random() < 0.75:
        first = rng.choice(NAMES_EN[g])
    else:
        first = rng.choice(NAMES_ES[g])
    name = f"{first} {rng.choice(SURNAMES)}"
    ctx = {
        "lang": lang,
        "region": region,
        "rel": en if lang == "en" else rel_es,
        "rel_en": en,
        "rel_es": rel_es,
        "subj": "she" if g == "f" else "he",
        "Subj": "She" if g == "f" else "He",
        "obj": "her" if g == "f" else "him",
        "poss": "her" if g == "f" else "his",
        "Poss": "Her" if g == "f" else "His",
        "el": "ella" if g == "f" else "él",
        "lo": "la" if g == "f" else "lo",
        "o": "a" if g == "f" else "o",
        "name": name,
        "first": first,
        "me": rng.choice(
            [
                "Tasha",
                "Mike",
                "Karen",
                "Luis",
                "Yesenia",
                "Brandon",
                "Alicia",
                "Omar",
                "Nicole",
                "Javier",
                "Marisol",
                "Derek",
                "Lupe",
                "Iván",
            ]
        ),
        "last4": f"{rng.randrange(10000):04d}",
        "teen": "1" if family == "teen" else "0",
        "filler": rng.choice(FILLERS.get(region, ["ok", "so", "um"])),
    }
    if lang == "mix" and region == "us":
        ctx["region"] = "cu"
    ctx.update(REGION_WORDS[ctx["region"] if lang != "en" else "us"])
    return ctx


# --------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------

SLOT_TYPE = {
    "card": CC,
    "cvv": CVV,
    "ssn": SSN,
    "otp": OTP,
    "pin": PIN,
    "pinx": PIN,
    "pw": PW,
    "part": CC,
}
TOKEN_RE = re.compile(r"\{(\w+)\}")
EMOJI = [" 🙏", " 😩", " 😭", " ❤️", " 🙏🏽", " 😅", " 🤦‍♀️", " 😔", " 👍", " 😡", " 🥺"]


def style_literal(text: str, style: str, rng: Random) -> str:
    if style in ("caps", "caps_nopunct"):
        text = text.upper()
    if style in ("lower", "nopunct", "young"):
        text = text.lower()
    if style in ("nopunct", "caps_nopunct", "young", "voice"):
        text = re.sub(r"[,.¿¡?!']", "", text)
    if style in ("typo", "young") and rng.random() < 0.4:
        words = [m for m in re.finditer(r"[A-Za-záéíóúñ]{5,}", text)]
        if words:
            m = rng.choice(words)
            i = rng.randint(m.start() + 1, m.end() - 2)
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


def render(
    rng: Random,
    template: str,
    ctx: dict[str, str],
    values: dict[str, str] | None = None,
    style: str = "plain",
    split_keep: dict[str, int] | None = None,
) -> tuple[str, list[Label]]:
    """Fill `template`; secret slots become labels, other slots plain text."""
    values = dict(values or {})
    pieces: list[tuple[str, str | None]] = []  # (text, secret slot or None for literal)
    literal = ""
    pos = 0
    for m in TOKEN_RE.finditer(template):
        literal += template[pos : m.start()]
        pos = m.end()
        slot = m.group(1)
        base = slot.rstrip("0123456789")
        if base in SLOT_TYPE and slot in values:
            pieces.append((literal, None))
            literal = ""
            pieces.append((values[slot], slot))
            continue
        if slot in ctx:
            value = ctx[slot]
        elif slot in values:
            value = values[slot]
        else:
            value = clean_value(slot, rng, ctx)
            values[slot] = value
        if re.search(r"[\d*•]", value):
            pieces.append((literal, None))
            literal = ""
            pieces.append((value, ""))
        else:
            literal += value
    literal += template[pos:]
    pieces.append((literal, None))
    text = ""
    labels: list[Label] = []
    for chunk, slot in pieces:
        if slot is None:
            text += style_literal(chunk, style, rng)
        elif slot == "":
            text += chunk
        else:
            base = slot.rstrip("0123456789")
            kind = SLOT_TYPE[base]
            start = len(text)
            text += chunk
            if base == "part":
                keep = (split_keep or {}).get(slot, 0)
                labels.append(Label(kind, start, len(text), keep=keep, split_part=True))
            else:
                labels.append(Label(kind, start, len(text), keep=4 if kind in (CC, SSN) else 0))
    if style in ("emoji", "young") and rng.random() < 0.6:
        text += rng.choice(EMOJI)
    labels.sort(key=lambda lab: (not lab.split_part, lab.start))
    return text, labels


# --------------------------------------------------------------------------------------
# Template pools: lang -> templates. "mix" falls back to en/es when missing.
# --------------------------------------------------------------------------------------

Pool = dict[str, list[str]]

OPEN_ELDER: Pool = {
    "en": [
        "Hi, I'm calling on behalf of my {rel}, {name}. {Subj}'s {age} and doesn't do computers.",
        "hello im helping my {rel} with {poss} credit card, {subj} is sitting right next to me",
        "Hi there. My {rel} is in the hospital and I'm trying to take care of {poss} bills while {subj} recovers.",
        "I'm the daughter of the cardholder. My {rel} has early dementia and I handle {poss} finances now.",
        "Good morning, my {rel} {first} asked me to chat with you because {poss} hearing isn't great anymore",
        "hi so my {rel} got a letter from you guys and {subj} is confused, can I help {obj} with it",
        "Hello. I'm writing for my elderly {rel}. {Subj} lives with us since {poss} fall in {date}.",
        "hey, my {rel} asked me to sort out something on {poss} card, {subj} is {age} and gets flustered on the phone",
        "MY SON IS HELPING ME TYPE THIS. I AM {name} AND I NEED HELP WITH MY CARD",
        "Hi, long story short my {rel} can't get into {poss} account and I'm trying to help {obj} from out of state",
    ],
    "es": [
        "Buenas tardes, le escribo de parte de mi {rel}, {name}, que ya tiene {age} años y no sabe usar el chat.",
        "hola buenas, estoy ayudando a mi {rel} con su tarjeta, {el} está aquí a mi lado",
        "{filler}, mi {rel} está hospitalizad{o} y yo me estoy encargando de sus pagos",
        "Hola, soy la hija de la titular. Mi {rel} tiene demencia y yo llevo sus cuentas ahora.",
        "buenos días le escribo por mi {rel} que no oye bien por teléfono",
        "Hola, a mi {rel} le llegó una carta de ustedes y no entiende nada, ¿me ayuda?",
        "BUENAS MI NIETO ME ESTA AYUDANDO A ESCRIBIR SOY {name}",
        "{filler} le escribo desde lejos, mi {rel} vive sol{o} y necesita ayuda con la tarjeta",
        "Hola, soy el hijo de {name}. Mi {rel} me pidió que le ayudara con una duda de su tarjeta.",
    ],
    "mix": [
        "hi, estoy ayudando a mi {rel_es} con su card, {subj} no habla mucho inglés",
        "Hello buenas, my {rel} está en el hospital and I'm handling {poss} bills",
        "hola so my {rel} got a letter de ustedes and {subj} is super confused",
        "hi! le escribo por mi {rel_es}, {subj}'s {age} y no sabe usar la app",
        "ok so mi {rel_es} me pidió que la ayudara con su credit card, {subj} is right here",
    ],
}
OPEN_SPOUSE: Pool = {
    "en": [
        "Hi, I'm writing about my {rel}'s card, we share everything but the account is in {poss} name",
        "hello my {rel} had a stroke last month and I'm handling the bills now",
        "Hi, my {rel} is deployed/traveling and asked me to deal with {poss} card",
        "Hey, my {rel} {first} is the primary on the account, I'm just the spouse",
    ],
    "es": [
        "Hola, le escribo por la tarjeta de mi {rel}, la cuenta está a su nombre",
        "buenas, mi {rel} tuvo un derrame y ahora yo me encargo de todo",
        "Hola, mi {rel} está de viaje y me pidió que arreglara lo de su tarjeta",
    ],
    "mix": [
        "hi, la tarjeta es de mi {rel_es} but I'm the one who pays everything",
        "hello, my {rel} tuvo un stroke y ahora yo manejo las cuentas",
    ],
}
OPEN_TEEN: Pool = {
    "en": [
        "Hi! My {rel} just got {poss} first debit card and we're trying to set it up together",
        "hello, I'm a parent on my {rel}'s teen account, {subj} is {age}",
        "hey so my {rel} {first} got the new teen card in the mail and {subj} has questions lol",
        "Hi, I opened a teen checking for my {rel} and I'm the co-owner",
    ],
    "es": [
        "Hola, mi {rel} acaba de recibir su primera tarjeta de débito y la estamos activando juntos",
        "buenas, soy la mamá de {first}, tiene {age} años y tiene la tarjeta de adolescente",
        "Hola, abrí una cuenta juvenil para mi {rel} y tenemos dudas",
    ],
    "mix": [
        "hi, mi {rel_es} got {poss} first debit card y la estamos activando",
        "hola so my {rel} {first} tiene la teen card nueva and we need help",
    ],
}
OPEN_CARE: Pool = {
    "en": [
        "Hello, I'm a home caregiver for {name}, I have power of attorney for {poss} finances",
        "Hi, I'm {poss} caregiver and I hold durable POA, {subj} asked me to contact you",
        "Good afternoon, I work for a home care agency and help my {rel} {first} with errands and bills",
        "hi I'm the live-in aide for {name}, {subj}'s {age} and bedridden",
    ],
    "es": [
        "Buenas, soy la cuidadora de {name}, tengo poder notarial para sus cuentas",
        "Hola, cuido a {name} en su casa y {el} me pidió que le escribiera",
        "Buenas tardes, trabajo cuidando a {name}, de {age} años, y le ayudo con sus pagos",
    ],
    "mix": [
        "hi soy la caregiver de {name}, tengo el power of attorney",
        "hello, cuido a {name} y {subj} me pidió que escribiera about {poss} card",
    ],
}
OPENERS = {"elder": OPEN_ELDER, "spouse": OPEN_SPOUSE, "teen": OPEN_TEEN, "care": OPEN_CARE}

# Legitimate agent lines (no forbidden ask)
AGENT_VERIFY: Pool = {
    "en": [
        "Thanks for reaching out. May I ask your relationship to the cardholder?",
        "I can help with that. What's the cardholder's full name and date of birth?",
        "To find the account, could you give me the last four digits of your {rel}'s card and the billing ZIP code?",
        "Happy to help. Are you an authorized user on the account, or do you hold power of attorney?",
        "Thank you. Can you confirm the cardholder's name and the last 4 of the card?",
        "Before we go on, what is your relationship to {name}, and is {subj} with you right now?",
        "Could you confirm the ZIP code and the email address on file for your {rel}?",
        "I'll need to verify a few things: the cardholder's date of birth and the billing address, please.",
        "Sure. What's the last four of the card and the cardholder's date of birth?",
    ],
    "es": [
        "Con gusto le ayudo. ¿Qué parentesco tiene usted con el titular de la tarjeta?",
        "Para ubicar la cuenta, ¿me indica los últimos cuatro dígitos de la tarjeta y el código postal?",
        "¿Me confirma el nombre completo y la fecha de nacimiento de su {rel}?",
        "¿Usted es usuario autorizado de la cuenta o tiene un poder notarial?",
        "Gracias. ¿Me da los últimos 4 de la tarjeta y la dirección registrada, por favor?",
        "¿Su {rel} se encuentra con usted en este momento? ¿Me confirma su fecha de nacimiento?",
        "Para verificar, necesito el código postal de facturación y el correo electrónico registrado.",
    ],
    "mix": [
        "Sure, con gusto. What's your relationship to the cardholder?",
        "Claro. Can you give me the last four of the card y el código postal?",
    ],
}
AGENT_TOPIC: dict[str, Pool] = {
    "general": {
        "en": [
            "For your {rel}'s security, please don't share {poss} PIN or any one-time codes with us or anyone else, even family. We will never ask for them.",
            "Please don't type the full card number here. The last four digits are enough for me to find it.",
            "A friendly reminder: nobody from our bank will ever ask for a PIN, password or texted code. If someone does, hang up.",
            "I've placed a note on the account and opened case {case}. You can reference it if you call back.",
            "Thanks. I've verified the account. The charge of {amount} from {merchant} on {date} is now under dispute.",
            "I see the card ending in {last4}. A replacement will arrive in {n} to 7 business days at the address on file.",
            "Thank you for confirming. I can see the account but I can only share limited details until we have {poss} permission on file.",
        ],
        "es": [
            "Por seguridad, nunca comparta el {pinword} de su {rel} ni los códigos que le llegan por mensaje, ni siquiera con familiares. Nosotros nunca se los pediremos.",
            "Por favor no escriba el número completo de la tarjeta por aquí; con los últimos 4 dígitos basta.",
            "Le recuerdo que nadie del banco le pedirá nunca el {pinword}, la contraseña ni el código que le llega por SMS.",
            "Abrí el caso {case} con una nota en la cuenta.",
            "Listo, ya quedó en disputa el cargo de {amount} del {date}.",
            "Veo la tarjeta terminada en {last4}. La reposición llegará en {n} a 7 días hábiles a la dirección registrada.",
        ],
        "mix": [
            "Ok, por seguridad please don't share the PIN or the codes, ni con familia.",
            "Got it, abrí el caso {case}. Please don't type the full card number aquí.",
        ],
    },
    "estate": {
        "en": [
            "I'm so sorry for your loss. For a deceased cardholder, please send a copy of the death certificate and the executor's letters; we'll close the account and stop recurring charges.",
            "My condolences. I've flagged the card ending in {last4} as deceased cardholder and stopped new charges. Case {case}.",
            "Once we receive the death certificate, the estate team will contact you within 10 business days about the remaining balance.",
        ],
        "es": [
            "Lamento mucho su pérdida. Para un titular fallecido necesitamos copia del acta de defunción; cerraremos la cuenta y detendremos los cargos automáticos.",
            "Mi más sentido pésame. Ya marqué la tarjeta terminada en {last4} y bloqueé cargos nuevos. Caso {case}.",
        ],
    },
    "poa": {
        "en": [
            "If you hold power of attorney, you can upload the document through our secure portal. Review takes 5-7 business days, then we can speak with you directly about the account.",
            "Thanks. I see the POA was received on {date}; it's still under review. I'll add a note that you called.",
            "Once the POA is approved you'll be able to manage payments and request statements, but {subj} stays the cardholder.",
        ],
        "es": [
            "Si usted tiene un poder notarial, puede enviarlo por el portal seguro. La revisión toma de 5 a 7 días hábiles.",
            "Veo que recibimos el poder el {date}; sigue en revisión. Dejo una nota de su llamada.",
        ],
    },
    "au": {
        "en": [
            "To add you as an authorized user, {subj} can do it in the app or call in with you. We'll only need your name, date of birth and address.",
            "Authorized users get their own card and their own PIN, so you never need {poss}. {Subj} can add you from Card settings.",
        ],
        "es": [
            "Para agregarle como usuario autorizado, su {rel} puede hacerlo desde la app o llamarnos junto con usted. Solo necesitaremos su nombre, fecha de nacimiento y dirección.",
            "Los usuarios autorizados reciben su propia tarjeta y su propio {pinword}, así no necesita el de su {rel}.",
        ],
    },
    "teen": {
        "en": [
            "Teen cards have spending limits you can set from the parent app. {Subj} will choose {poss} own PIN at activation; please keep it private.",
            "You can see every transaction from the parent dashboard and freeze the card anytime.",
        ],
        "es": [
            "En las tarjetas juveniles usted puede poner límites desde la app de padres. {el} escoge su propio {pinword} al activarla; que no se lo diga a nadie.",
            "Desde el panel de padres ve todas las compras y puede congelar la tarjeta cuando quiera.",
        ],
    },
    "code": {
        "en": [
            "We'll text a verification code to the phone on file. Please have your {rel} enter it in the app; don't send it in this chat.",
            "Please don't share texted codes here. The code is only for typing into the app, and it expires in 10 minutes.",
        ],
        "es": [
            "Le enviaremos un código al {cel} registrado. Que su {rel} lo introduzca en la app; no lo escriba en este chat.",
            "Por favor no comparta los códigos aquí; el código es solo para ponerlo en la app y vence en 10 minutos.",
        ],
    },
    "pin": {
        "en": [
            "Your {rel} can reset {poss} PIN at any of our ATMs or in the app under Card settings. We can't see or set it for {obj}.",
            "Please don't send {poss} PIN here. I've unlocked the card; {subj} can pick a new PIN at the ATM.",
        ],
        "es": [
            "Su {rel} puede cambiar el {pinword} en cualquier cajero nuestro o en la app. Nosotros no podemos verlo.",
            "Por favor no mande el {pinword} por aquí. Ya desbloqueé la tarjeta; puede poner uno nuevo en el cajero.",
        ],
    },
    "login": {
        "en": [
            "I've sent a password reset link to the email on file. Please don't share passwords in chat, even {poss}.",
            "For security we never need the password. {Subj} can tap Forgot password on the login screen.",
        ],
        "es": [
            "Le envié un enlace para restablecer la contraseña al correo registrado. Por favor no comparta contraseñas en el chat.",
            "Nunca necesitamos la contraseña; puede tocar ¿Olvidó su contraseña? en la app.",
        ],
    },
}
AGENT_INFO = AGENT_TOPIC["general"]
VERIFY_ANSWER: Pool = {
    "en": [
        "I'm {poss} {me_rel}. {Poss} name is {name}, DOB {dob}",
        "card ending in {last4}, zip {zip}",
        "{Poss} date of birth is {dob} and the zip is {zip}",
        "last 4 is {last4}",
        "I'm {poss} {me_rel}, {subj} is right here with me",
        "{name}, born {dob}",
        "zip {zip}, email {email}",
        "I'm just {poss} {me_rel}, I'm not on the account. {Poss} DOB is {dob}",
        "{name}\n{dob}\n{zip}",
    ],
    "es": [
        "Soy su {me_rel_es}. Se llama {name}, nació el {dob}",
        "la tarjeta termina en {last4}, código postal {zip}",
        "su fecha de nacimiento es {dob} y el código postal {zip}",
        "los últimos 4 son {last4}",
        "soy su {me_rel_es}, {el} está aquí conmigo",
        "{name}, {dob}",
    ],
    "mix": ["I'm su {me_rel_es}, {poss} DOB es {dob}", "card ending en {last4}, el zip es {zip}"],
}
AGENT_CLOSE: Pool = {
    "en": [
        "Is there anything else I can help you and your {rel} with today?",
        "You're welcome! Take care of your {rel}.",
        "Thanks for your patience. Have a good day.",
        "Glad I could help. Wishing your {rel} a quick recovery.",
    ],
    "es": [
        "¿Hay algo más en que le pueda ayudar?",
        "Con mucho gusto. Que su {rel} se mejore pronto.",
        "Gracias por su paciencia, que tenga buen día.",
        "Para servirle. Saludos a su {rel}.",
    ],
    "mix": ["Anything else? Con gusto le ayudo.", "De nada! Take care of your {rel_es}."],
}

# Forbidden agent asks: (types, pool)
AGENT_ASKS: list[tuple[frozenset[str], Pool]] = [
    (
        frozenset({CC}),
        {
            "en": [
                "Can you read me your {rel}'s full card number?",
                "I'll need the complete 16 digits on {poss} card to go any further.",
                "please type the whole card number from the front of {poss} card",
                "What is the full number on the card you have in front of you?",
                "ok go ahead and give me {poss} card number, all of it",
            ],
            "es": [
                "¿Me puede dar el número completo de la tarjeta de su {rel}?",
                "Necesito los 16 dígitos de la tarjeta de su {rel} para continuar.",
                "escríbame el número de la tarjeta completo por favor",
                "¿Me dicta el número que aparece al frente de la tarjeta?",
            ],
            "mix": [
                "Ok, can you give me el número completo de la tarjeta?",
                "necesito the full card number de su {rel_es}",
            ],
        },
    ),
    (
        frozenset({CVV}),
        {
            "en": [
                "And the 3-digit code on the back of {poss} card?",
                "I also need the security code from the back to verify.",
                "what's the CVV on {poss} card?",
            ],
            "es": [
                "¿Y el código de seguridad de atrás de la tarjeta?",
                "También necesito los tres números de atrás de la tarjeta.",
                "¿me da el CVV de la tarjeta de su {rel}?",
            ],
            "mix": ["and the security code, los tres numeritos de atrás?"],
        },
    ),
    (
        frozenset({CC, CVV}),
        {
            "en": [
                "Send me the card number, expiration and the CVV and I'll process the payment for {obj}.",
                "To verify {poss} identity I need the full card number plus the 3 digits on the back.",
            ],
            "es": [
                "Mándeme el número de la tarjeta, la fecha de vencimiento y el código de seguridad y le proceso el pago.",
                "Para verificar necesito el número completo de la tarjeta y el código de atrás.",
            ],
        },
    ),
    (
        frozenset({SSN}),
        {
            "en": [
                "I'll need {poss} social to add you as an authorized user.",
                "What's your {rel}'s full Social Security number?",
                "Can you provide the cardholder's SSN, all 9 digits?",
                "to verify I need {poss} social security number please",
            ],
            "es": [
                "Necesito el número de seguro social completo de su {rel}.",
                "¿Me da el seguro social de su {rel} para agregarle como usuario autorizado?",
                "para verificar necesito el social de su {rel}, los 9 dígitos",
            ],
            "mix": [
                "I need el seguro social de su {rel_es}, the full number",
                "can you give me {poss} social security number completo?",
            ],
        },
    ),
    (
        frozenset({OTP}),
        {
            "en": [
                "Ask your {rel} for the code we just texted {obj} and type it here.",
                "Read me the verification code that came to {poss} phone.",
                "We sent a 6-digit code to {poss} cell, what does it say?",
                "ok can you have {obj} read you the text code and send it to me",
            ],
            "es": [
                "¿Me lee el código que le acaba de llegar a su {rel}?",
                "Pídale a su {rel} el código que le enviamos por mensaje y escríbalo aquí.",
                "le llegó un código al {cel} de su {rel}, ¿cuál es?",
            ],
            "mix": [
                "Ask your {rel_es} for el código we just sent y me lo escribe aquí",
                "what's the code que le llegó a {poss} phone?",
            ],
        },
    ),
    (
        frozenset({PIN}),
        {
            "en": [
                "What's {poss} PIN so I can reset it?",
                "Please confirm your {rel}'s 4-digit PIN for me.",
                "I need the PIN on the card to unlock it.",
            ],
            "es": [
                "¿Me pasa el {pinword} de su {rel}?",
                "Confírmeme el {pinword} de la tarjeta para desbloquearla.",
                "¿cuál es el {pinword} de 4 dígitos de su {rel}?",
            ],
            "mix": ["¿me pasa el PIN de su {rel_es}? so I can unlock it"],
        },
    ),
    (
        frozenset({PW}),
        {
            "en": [
                "What's {poss} online banking password? I'll log in and fix it for you.",
                "Give me the password for {poss} app account and I'll reset the settings.",
            ],
            "es": [
                "¿Cuál es la contraseña de la app de su {rel}? Yo entro y lo arreglo.",
                "Necesito la contraseña de banca en línea de su {rel}.",
            ],
            "mix": ["what's la contraseña de la app de su {rel_es}?"],
        },
    ),
    (
        frozenset({SSN, PIN}),
        {
            "en": ["To verify, I need {poss} SSN and the card PIN."],
            "es": ["Para verificar necesito el seguro social y el {pinword} de su {rel}."],
        },
    ),
    (
        frozenset({PW, OTP}),
        {
            "en": ["Send me {poss} app password and the code we texted and I'll fix the lockout."],
            "es": ["Páseme la contraseña de la app y el código que le llegó y yo lo desbloqueo."],
        },
    ),
]

# Customer secret sentences by slot
CUST_CARD: Pool = {
    "en": [
        "my {rel}'s card number is {card}",
        "ok {subj} read it to me: {card}",
        "the card in {poss} wallet says {card}",
        "{Subj} wrote it on a sticky note for me, {card}",
        "here's the number off the photo {subj} sent me\n{card}",
        "its {card} exp {exp}",
        "{card} that's {poss} card not mine",
        "I have {poss} card right here. {card}",
        "card number is {card}, it's in {poss} name {name}",
        "I'm looking at the envelope where {subj} wrote it down: {card}",
        "{poss} card: {card} does that match?",
        "mom's visa {card}",
        "{Subj} says it's {card}\n\nsorry {subj} reads slow",
        "the number on the front is {card} and it expires {exp}",
        "Card # {card}",
    ],
    "es": [
        "el número de la tarjeta de mi {rel} es {card}",
        "{el} me lo está dictando: {card}",
        "la tarjeta que tiene en la cartera dice {card}",
        "aquí está el número de la foto que me mandó mi {rel}\n{card}",
        "tarjeta de mi {rel} {card} vence {exp}",
        "le copio el número de su tarjeta: {card}",
        "apunté el número en un papelito: {card}",
        "ya la encontré en su bolso, es la {card}",
        "{filler}, el número es {card}",
        "la tarjeta está a nombre de {name}, número {card}",
    ],
    "mix": [
        "el card number de mi {rel_es} es {card}",
        "ok so mi {rel_es} me lo leyó: {card}",
        "la tarjeta in {poss} wallet dice {card}",
        "here, la foto que me mandó: {card}",
        "{card} esa es la card de mi {rel_es}",
    ],
}
CUST_CVV: Pool = {
    "en": [
        "and the 3 numbers on the back are {cvv}",
        "security code {cvv}",
        "cvv is {cvv}",
        "the code on the back says {cvv}",
        "back of the card: {cvv}",
    ],
    "es": [
        "y el código de atrás es {cvv}",
        "los tres numeritos de atrás: {cvv}",
        "código de seguridad {cvv}",
        "atrás dice {cvv}",
    ],
    "mix": ["y el security code es {cvv}", "the code de atrás {cvv}"],
}
CUST_CID: Pool = {
    "en": [
        "and the 4 digit code on the front is {cvv}",
        "the little number above the card number is {cvv}",
    ],
    "es": ["y el código de 4 números del frente es {cvv}"],
}
CUST_SSN: Pool = {
    "en": [
        "my {rel}'s social is {ssn}",
        "{poss} SSN: {ssn}",
        "{Subj} gave me {poss} social security number, {ssn}",
        "ok {poss} social is\n{ssn}",
        "SS# {ssn} that's {poss} not mine",
        "I have {poss} social security card here, it says {ssn}",
        "{poss} ssn {ssn} and dob {dob}",
    ],
    "es": [
        "el seguro social de mi {rel} es {ssn}",
        "su número de seguro social: {ssn}",
        "el social de mi {rel} {ssn}",
        "aquí tengo su tarjeta del seguro social, dice {ssn}",
        "seguro social {ssn} y nació el {dob}",
    ],
    "mix": ["el social de mi {rel_es} is {ssn}", "{poss} social security es {ssn}"],
}
CUST_OTP: Pool = {
    "en": [
        "the code went to my {rel}'s phone, {subj} read it to me: {otp}",
        "{Subj} got a text with a code, it says {otp}",
        "code is {otp}",
        "ok {subj} just read me the code from {poss} phone {otp}",
        "{otp} is the code that came to {poss} flip phone",
        "{Subj} says the text says {otp}",
        "hold on {subj}'s finding {poss} glasses... ok {otp}",
    ],
    "es": [
        "le llegó el código a mi {rel} al {cel}: {otp}",
        "el código que le mandaron es {otp}",
        "mi {rel} dice que el código es {otp}",
        "código de verificación {otp}",
        "{el} me leyó el mensaje, dice {otp}",
        "espere que busca los lentes... ya, {otp}",
    ],
    "mix": ["el code que le llegó a mi {rel_es} es {otp}", "{subj} read me el código: {otp}"],
}
CUST_PIN: Pool = {
    "en": [
        "{poss} PIN is {pin}",
        "{Subj} says {pinpart}... wait, {pin}",
        "{poss} pin is {poss} birth year {pin}",
        "the PIN {subj} uses is {pin}, {subj} can't remember if {subj} changed it",
        "pin {pin} according to the note in {poss} drawer",
        "{Subj} told me {poss} PIN, it's {pin}",
        "{pinx}, no sorry, {subj} says it's {pin}",
    ],
    "es": [
        "el {pinword} de mi {rel} es {pin}",
        "el {pinword} de la tarjeta de mi {rel} es {pin}",
        "me dice que es {pinpart}... no, espere, {pin}",
        "su {pinword} es el año en que nació, {pin}",
        "la clave del cajero de mi {rel} es {pin}",
        "{pinx}, no, me corrige, es {pin}",
    ],
    "mix": [
        "el PIN de mi {rel_es} es {pin}",
        "{subj} says el pin es {pin}",
        "{poss} PIN, el que usa en el cajero, es {pin}",
    ],
}
CUST_PW: Pool = {
    "en": [
        "{poss} password for the app is {pw}",
        "login is {email} and password {pw}",
        "{Subj} wrote the password in {poss} address book: {pw}",
        "pw: {pw}",
        "try {pw} that's what {subj} uses for everything",
        "the password is\n{pw}",
    ],
    "es": [
        "la contraseña de la app de mi {rel} es {pw}",
        "usuario {email} y contraseña {pw}",
        "la clave de la app la tiene apuntada en la libreta: {pw}",
        "contraseña: {pw}",
        "pruebe con {pw} que es la que usa para todo",
    ],
    "mix": ["el password de {poss} app es {pw}", "la contraseña is {pw}"],
}
CUST_FOR = {CC: CUST_CARD, CVV: CUST_CVV, SSN: CUST_SSN, OTP: CUST_OTP, PIN: CUST_PIN, PW: CUST_PW}

SPLIT_FIRST: Pool = {
    "en": [
        "ok {subj}'s reading it slow, first part {part}",
        "{part}",
        "{Subj} says {part}",
        "starts with {part}",
    ],
    "es": [
        "me lo va leyendo despacio, empieza con {part}",
        "{part}",
        "{el} dice {part}",
        "los primeros son {part}",
    ],
    "mix": ["ok {subj} lo está leyendo, first {part}", "{part}"],
}
SPLIT_MID: Pool = {
    "en": ["then {part}", "{part}", "next {part}"],
    "es": ["luego {part}", "{part}", "después {part}"],
    "mix": ["then {part}", "y luego {part}"],
}
SPLIT_LAST: Pool = {
    "en": ["and {part}", "last ones {part}", "{part}", "{part} thats all of it"],
    "es": ["y al final {part}", "{part}", "y termina en {part}", "los últimos {part}"],
    "mix": ["y los últimos {part}", "and {part}"],
}
SPLIT_PAUSE: Pool = {
    "en": [
        "hold on {subj} dropped {poss} glasses",
        "sorry one sec",
        "wait {subj}'s looking for the card again",
    ],
    "es": [
        "un momento que se le cayeron los lentes",
        "espere tantito",
        "perdón, ya {el} la está buscando otra vez",
    ],
}

# Long emotional messages holding one secret (or none)
EMOTIONAL: Pool = {
    "en": [
        "I'm sorry this is long. My {rel} fell on {date} and has been at {hospital} since, room {room}. I've been driving back and forth, {poss} Medicare is {mbi} and the hospital account is {hosp} and the bill is already {amount}. {Subj} asked me to pay the pharmacy with {poss} card so here it is {SECRET} please just help me get this done",
        "we just found out my {rel} has dementia. {Subj} kept paying the same bill over and over, {amount} to {merchant} three times. I'm trying to take over. {Subj} gave me everything on a piece of paper, {SECRET}, I don't even know what I need. my number is {phone} if that helps",
        "My {rel} passed away on {date}. I'm the executor. The funeral home wants {amount} and I'm going through {poss} drawers and found {poss} card info {SECRET}. I just want to stop the charges on the card ending {last4}. case {case} from last week",
        "hi sorry its me again. my {rel} is {age} and just came home from rehab, {poss} social security check of {benefit} didnt arrive and {subj} is panicking. {Subj} read me this {SECRET} from the back of a notebook, is that what you need??",
    ],
    "es": [
        "Perdone lo largo. Mi {rel} se cayó el {date} y está en el {hospital}, habitación {room}. Yo voy y vengo todos los días, la cuenta del hospital es {hosp} y ya van {amount}. {el} me pidió que pagara la farmacia con su tarjeta, aquí está {SECRET} ayúdeme por favor",
        "nos acabamos de enterar que mi {rel} tiene demencia, pagó el mismo recibo tres veces, {amount} a {merchant}. me dio todo apuntado en un papel {SECRET} y yo ya no sé qué hacer. mi teléfono es {phone}",
        "Mi {rel} falleció el {date}. Estoy revisando sus papeles y encontré esto {SECRET}. Solo quiero que paren los cargos a la tarjeta terminada en {last4}.",
        "{filler}, mi {rel} tiene {age} años, salió del hospital ayer y su pensión de {benefit} no ha llegado. me leyó esto de su libreta {SECRET} a ver si les sirve",
    ],
    "mix": [
        "sorry es largo, my {rel} se cayó on {date} y está en {hospital}, room {room}. {Subj} me dio {poss} card info {SECRET} para pagar la farmacia, please help",
        "my {rel_es} passed away el {date}, I'm going through sus papeles y encontré {SECRET}. I just want to stop the charges on the card ending {last4}",
    ],
}
EMO_SECRET_FORMS = {
    CC: {"en": "{card}", "es": "{card}", "mix": "{card}"},
    PIN: {"en": "PIN {pin}", "es": "{pinword} {pin}", "mix": "PIN {pin}"},
    SSN: {"en": "social {ssn}", "es": "seguro social {ssn}", "mix": "social {ssn}"},
    PW: {"en": "password {pw}", "es": "contraseña {pw}", "mix": "password {pw}"},
}

# Clean customer lines with look-alikes
CLEAN_INFO: Pool = {
    "en": [
        "I'm {poss} {me_rel}. {Poss} name is {name}, DOB {dob}",
        "card ending in {last4}, zip {zip}",
        "{Poss} date of birth is {dob} and the zip is {zip}",
        "last 4 is {last4}",
        "the app shows the card as {masked}",
        "{Subj} is at {hospital}, you can reach me at {phone}",
        "{Poss} social security check of {benefit} didn't arrive this month",
        "{Poss} Medicare number is {mbi}, the pharmacy keeps asking for it but that's not you guys right",
        "the hospital account number is {hosp} and the bill is {amount}",
        "{Subj}'s in room {room}, visiting hours end at {time}",
        "you can also call my brother at {phone}",
        "I see a charge for {amount} on {date} from {merchant} that {subj} didn't make",
        "the prescription number is {rx}, it was {amount} at {merchant}",
        "{poss} pension deposit of {benefit} usually comes on the {day}th",
        "the POA is document {poa}, notarized on {date}",
        "my case number is {case}",
        "{Subj} is {age} and has dementia, {subj} can't remember {poss} PIN at all, what do we do",
        "the appointment is at {time} on {date}, can the card be unfrozen by then?",
        "the Medicare claim number is {claim} and they say they paid {amount}",
        "the hospital billing reference is {longref}, is that something you can see?",
        "{Subj} was born in {year}, {subj}'s been with your bank {years} years",
        "{poss} email on file is probably {email}",
        "ok {subj} is back from {poss} nap lol. {Subj} says the card ending {last4} is the one",
        "the old card ended in {last4}, the replacement should come by {date}",
        "the Social Security office said the payment of {benefit} went out on {date}",
    ],
    "es": [
        "Soy su {me_rel_es}. Se llama {name}, nació el {dob}",
        "la tarjeta termina en {last4}, código postal {zip}",
        "su fecha de nacimiento es {dob} y el código postal {zip}",
        "los últimos 4 son {last4}",
        "en la app sale como {masked}",
        "{el} está en el {hospital}, me puede llamar al {phone}",
        "el cheque del seguro social de mi {rel} de {benefit} no llegó este mes",
        "su número de Medicare es {mbi}",
        "la cuenta del hospital es {hosp} y deben {amount}",
        "está en la habitación {room}, las visitas son hasta las {time}",
        "también puede llamar a mi hermano al {phone}",
        "hay un cargo de {amount} del {date} en {merchant} que {el} no hizo",
        "la receta número {rx} costó {amount}",
        "su pensión de {benefit} cae el día {day}",
        "el poder notarial es el número {poa}, firmado el {date}",
        "número de caso {case}",
        "tiene {age} años y ya no se acuerda del {pinword}, ¿qué hacemos?",
        "la cita es a las {time} el {date}",
        "nació en {year} y lleva {years} años con ustedes",
        "su correo es {email} creo",
        "la referencia del hospital es {longref}",
    ],
    "mix": [
        "card ending en {last4}, el zip es {zip}",
        "{poss} DOB es {dob}",
        "el social security check de {benefit} no llegó this month",
        "{Subj}'s en la habitación {room} at {hospital}",
        "hay un charge de {amount} on {date} de {merchant}",
        "my phone es {phone}",
        "la receta {rx} costó {amount}",
        "el Medicare number es {mbi}, pero eso no es de ustedes right?",
    ],
}
CLEAN_ESTATE: Pool = {
    "en": [
        "My {rel} passed away on {date}. I'm the executor of {poss} estate.",
        "{Poss} card ending {last4} is still being charged {amount} a month by {merchant}",
        "I have the death certificate and the letters testamentary, case {case} at probate court",
        "my late {rel}'s card ending in {last4}, can you close it?",
        "I sent the documents on {date}, reference {ref}",
        "there was {amount} left on the balance when {subj} died",
    ],
    "es": [
        "Mi {rel} falleció el {date}. Soy el albacea.",
        "a la tarjeta terminada en {last4} le siguen cobrando {amount} al mes de {merchant}",
        "tengo el acta de defunción, mandé todo el {date} con referencia {ref}",
        "la tarjeta de mi difunt{o} {rel} terminada en {last4}, ¿la pueden cancelar?",
        "quedó un saldo de {amount}",
    ],
    "mix": [
        "my {rel} falleció on {date}, I'm the executor",
        "la card ending {last4} sigue con charges de {amount}",
    ],
}
CLEAN_TEEN: Pool = {
    "en": [
        "can I set a daily limit of {limit} on {poss} card?",
        "{Subj} wants to use it at {merchant}, will it work online?",
        "i told {obj} never to tell anyone {poss} PIN, not even friends lol",
        "{Poss} DOB is {dob}, {subj} just turned {age}",
        "how do I see {poss} transactions from my app? I see {amount} at {merchant}",
        "does {subj} pick {poss} own PIN or does it come in the mail?",
        "mom its me {first}, is the card supposed to say {masked}",
        "the card ends in {last4}",
    ],
    "es": [
        "¿puedo ponerle un límite diario de {limit}?",
        "quiere usarla en {merchant}, ¿funciona en línea?",
        "ya le dije que nunca le diga a nadie su {pinword}",
        "nació el {dob}, acaba de cumplir {age}",
        "¿cómo veo sus compras? veo {amount} en {merchant}",
        "¿el {pinword} lo escoge {el} o llega por correo?",
        "la tarjeta termina en {last4}",
    ],
    "mix": [
        "can I set un límite de {limit}?",
        "le dije que never share su PIN con nadie",
        "{Subj} wants to buy en {merchant}, will it work?",
    ],
}
CLEAN_POA: Pool = {
    "en": [
        "I have durable power of attorney, document {poa}, signed {date}",
        "where do I upload the POA? I have it as a PDF",
        "the notary's commission number is {poa} if that matters",
        "I'm {poss} caregiver, the agency number is {phone}",
        "my name is {me}, I'm on the POA as agent",
        "the POA was uploaded on {date}, confirmation {ref}",
    ],
    "es": [
        "tengo poder notarial, escritura número {poa}, firmada el {date}",
        "¿dónde subo el poder? lo tengo en PDF",
        "soy su cuidadora, el teléfono de la agencia es {phone}",
        "me llamo {me} y soy la apoderada",
        "lo subí el {date}, confirmación {ref}",
    ],
    "mix": ["tengo el power of attorney, doc {poa}", "lo subí on {date}, confirmation {ref}"],
}
CLEAN_REFUSE: Pool = {
    "en": [
        "umm I don't think I should give that out",
        "{Subj} always told me never to share that. is there another way?",
        "isn't that something the bank is never supposed to ask for?",
        "no, I'd rather not. I can give you the last four: {last4}",
        "{Subj} says no, {subj} doesn't give that to anyone 😂",
        "I'm going to call the number on the back of the card instead",
    ],
    "es": [
        "mmm no creo que deba darle eso",
        "mi {rel} siempre dice que nunca dé el {pinword}",
        "¿eso no es algo que el banco nunca pide?",
        "prefiero no, le doy los últimos 4: {last4}",
        "voy a llamar al número de atrás de la tarjeta mejor",
    ],
    "mix": ["no, I'd rather not, mi {rel_es} dice never share that", "ehh eso no se da, right?"],
}
CUST_ACK: Pool = {
    "en": [
        "ok thank you so much",
        "THANK YOU",
        "ok {subj} says thank you too",
        "great, that's a relief",
        "ok",
        "got it thanks",
        "thank u",
        "perfect thanks for your patience with us",
    ],
    "es": [
        "muchas gracias",
        "GRACIAS MIJA",
        "ok gracias",
        "{el} le manda las gracias también",
        "vale, gracias",
        "bendiciones",
        "ok perfecto",
    ],
    "mix": ["ok gracias!", "thank you, muchas gracias", "ok perfect, gracias"],
}
PARENT_TAKEOVER: Pool = {
    "en": [
        "THIS IS {first} NOW. MY {child2} IS HELPING ME",
        "hi its {first}, the one with the card. my {child} is helping me",
    ],
    "es": ["HOLA SOY {first} YO ESTOY AQUÍ", "habla {first}, mi hij{o2} me ayuda"],
}


def pick(rng: Random, pool: Pool, lang: str) -> tuple[str, str]:
    """(template, language used) from a pool; mix falls back to en or es."""
    if lang in pool and (lang != "mix" or rng.random() < 0.7):
        return rng.choice(pool[lang]), lang
    use = "en" if lang == "en" or (lang == "mix" and rng.random() < 0.5) else "es"
    if use not in pool:
        use = "en"
    return rng.choice(pool[use]), use


# --------------------------------------------------------------------------------------
# Conversation builder
# --------------------------------------------------------------------------------------


class Builder:
    def __init__(self, rng: Random, lang: str, family: str, persona: str) -> None:
        self.rng = rng
        self.lang = lang
        self.family = family
        self.persona = persona
        self.ctx = build_ctx(rng, lang, family)
        self.ctx["child"] = rng.choice(["daughter", "son"])
        self.ctx["child2"] = "SON" if self.ctx["child"] == "son" else "DAUGHTER"
        self.ctx["o2"] = "o" if self.ctx["child"] == "son" else "a"
        me_rel = {
            "elder": (self.ctx["child"], "hij" + self.ctx["o2"]),
            "spouse": (
                "husband" if self.ctx["subj"] == "she" else "wife",
                "esposo" if self.ctx["subj"] == "she" else "esposa",
            ),
            "teen": rng.choice([("mom", "mamá"), ("dad", "papá")]),
            "care": ("caregiver", "cuidadora"),
        }[family]
        self.ctx["me_rel"], self.ctx["me_rel_es"] = me_rel
        self.messages: list[Message] = []
        card, brand, groups = make_card(rng)
        self.card, self.brand, self.groups = card, brand, groups
        self.ctx["last4"] = re.sub(r"\D", "", card)[-4:]  # "ending in" matches the card
        self.kind = ""

    def ctx_for(self, used: str) -> dict[str, str]:
        ctx = dict(self.ctx)
        ctx["lang"] = used if used != "mix" else "en"
        if used in ("en", "mix"):
            ctx["rel"] = self.ctx["rel_en"]
        elif used == "es":
            ctx["rel"] = self.ctx["rel_es"]
        return ctx

    def style(self, role: str) -> str:
        r = self.rng.random()
        if role == "agent":
            return "lower" if r < 0.06 else "plain"
        if self.persona == "old":
            return (
                "caps"
                if r < 0.35
                else "caps_nopunct"
                if r < 0.5
                else "nopunct"
                if r < 0.65
                else "plain"
            )
        if self.persona == "young":
            return "young" if r < 0.55 else "emoji" if r < 0.8 else "lower"
        if self.persona == "voice":
            return "voice" if r < 0.8 else "plain"
        return "typo" if r < 0.2 else "emoji" if r < 0.3 else "lower" if r < 0.4 else "plain"

    def add(
        self,
        role: str,
        pool: Pool,
        kind: str,
        values: dict[str, str] | None = None,
        requested: frozenset[str] = frozenset(),
        split_keep: dict[str, int] | None = None,
        style: str | None = None,
    ) -> Message:
        tpl, used = pick(self.rng, pool, self.lang)
        text, labels = render(
            self.rng, tpl, self.ctx_for(used), values, style or self.style(role), split_keep
        )
        msg = Message(role, text, labels, requested, kind)
        self.messages.append(msg)
        return msg

    # value makers ------------------------------------------------------------------
    def secret_values(self) -> dict[str, str]:
        rng = self.rng
        pin = make_pin(rng)
        if rng.random() < 0.15:
            pin = str(rng.randint(1936, 1962))
        pinx = (
            pin[:-2] + pin[-1] + pin[-2]
            if pin[-1] != pin[-2]
            else pin[:-1] + str((int(pin[-1]) + 1) % 10)
        )
        return {
            "card": self.card,
            "cvv": make_cvv(rng, self.brand),
            "ssn": make_ssn(rng),
            "otp": make_otp(rng),
            "pin": pin,
            "pinx": pinx,
            "pinpart": "-".join(pin[:3]),
            "pw": make_pw(rng),
        }


def strip_unlabeled(values: dict[str, str], keep: set[str]) -> dict[str, str]:
    """Values for the given secret slots only (others fall back to clean generation)."""
    out = {k: v for k, v in values.items() if k in keep}
    if "pinpart" in values:
        out["pinpart"] = values["pinpart"]
    return out


SHORT = {CC: "card", CVV: "cvv", SSN: "ssn", OTP: "otp", PIN: "pin", PW: "pw"}


def ask_kind(types: frozenset[str]) -> str:
    return "ask_" + "_".join(sorted(SHORT[t] for t in types))


def info(b: Builder, topic: str = "general") -> None:
    pool = AGENT_TOPIC[topic] if b.rng.random() < 0.75 else AGENT_INFO
    b.add("agent", pool, "info_legit")


def opener(b: Builder) -> None:
    b.add("customer", OPENERS[b.family], "context")


def verify(b: Builder) -> None:
    if b.rng.random() < 0.8:
        b.add("agent", AGENT_VERIFY, "verify_legit")
        if b.rng.random() < 0.8:
            b.add("customer", VERIFY_ANSWER, "verify_answer")


def maybe_close(b: Builder) -> None:
    if b.rng.random() < 0.5:
        b.add("customer", CUST_ACK, "thanks")
    if b.rng.random() < 0.4:
        b.add("agent", AGENT_CLOSE, "closing")


def give(b: Builder, kind: str, values: dict[str, str]) -> None:
    """A customer message giving one secret of type `kind`."""
    pool = CUST_CID if kind == CVV and b.brand == "amex" else CUST_FOR[kind]
    slot = {CC: "card", CVV: "cvv", SSN: "ssn", OTP: "otp", PIN: "pin", PW: "pw"}[kind]
    # a corrected PIN ("{pinx}, no, it's {pin}") is labelled twice: both were given as the PIN
    tpl_vals = strip_unlabeled(values, {slot, "pinx"} if kind == PIN else {slot})
    b.add("customer", pool, f"third_person_{slot}", tpl_vals)


# --- secret conversation kinds -----------------------------------------------------------


def k_card_readout(b: Builder) -> None:
    opener(b)
    verify(b)
    v = b.secret_values()
    give(b, CC, v)
    if b.rng.random() < 0.45:
        give(b, CVV, v)
    info(b)
    maybe_close(b)


def k_card_photo(b: Builder) -> None:
    opener(b)
    v = b.secret_values()
    tpls = {
        "en": [
            "the card in {poss} wallet says {card} exp {exp} and on the back {cvv}",
            "ok from the photo: {card}\n{exp}\n{cvv}",
            "{Subj} sent me a pic of the front and back lol. {card} exp {exp} code {cvv}",
        ],
        "es": [
            "la foto de la tarjeta dice {card} vence {exp} y atrás {cvv}",
            "de la foto que me mandó: {card}\n{exp}\n{cvv}",
        ],
        "mix": ["from la foto: {card} exp {exp} y el code de atrás {cvv}"],
    }
    b.add(
        "customer",
        {
            "en": [
                "I'm paying {poss} electric bill with {poss} card, {subj} sent me a photo of it"
            ],
            "es": ["voy a pagar la luz de mi {rel} con su tarjeta, me mandó foto"],
            "mix": ["voy a pagar el bill de mi {rel_es} with {poss} card"],
        },
        "context",
    )
    b.add("customer", tpls, "card_photo", strip_unlabeled(v, {"card", "cvv"}))
    info(b)
    maybe_close(b)


def k_split_card(b: Builder) -> None:
    opener(b)
    verify(b)
    groups = b.groups
    if len(groups) >= 4 and b.rng.random() < 0.5:
        sep = " " if " " in b.card else ""
        chunks = [sep.join(groups[:2]), sep.join(groups[2:-1]), groups[-1]]
    else:
        sep = " " if " " in b.card else ""
        half = (len(groups) + 1) // 2
        chunks = [sep.join(groups[:half]), sep.join(groups[half:])]
    if len(re.sub(r"\D", "", chunks[-1])) < 4:  # keep the last four inside the last part
        chunks = [sep.join(groups[:-2]), sep.join(groups[-2:])]
    for i, chunk in enumerate(chunks):
        last = i == len(chunks) - 1
        pool = SPLIT_FIRST if i == 0 else SPLIT_LAST if last else SPLIT_MID
        b.add(
            "customer",
            pool,
            "card_split_part",
            {"part": chunk},
            split_keep={"part": 4 if last else 0},
        )
        if not last and b.rng.random() < 0.25:
            b.add("customer", SPLIT_PAUSE, "pause")
    info(b)
    maybe_close(b)


def k_pin_readout(b: Builder) -> None:
    opener(b)
    b.add(
        "customer",
        {
            "en": ["{Subj} can't use the ATM, it says wrong PIN", "the card got locked at the ATM"],
            "es": [
                "el cajero le dice que el {pinword} está mal",
                "se le bloqueó la tarjeta en el cajero",
            ],
            "mix": ["el ATM dice wrong PIN", "se le bloqueó la card en el cajero"],
        },
        "context",
    )
    v = b.secret_values()
    if b.rng.random() < 0.3:
        b.add("agent", AGENT_ASKS[5][1], "ask_pin", requested=frozenset({PIN}))
    else:
        verify(b)
    give(b, PIN, v)
    info(b, "pin")
    maybe_close(b)


def k_otp_relay(b: Builder) -> None:
    opener(b)
    verify(b)
    v = b.secret_values()
    if b.rng.random() < 0.35:
        b.add("agent", AGENT_ASKS[4][1], "ask_otp", requested=frozenset({OTP}))
    else:
        b.add(
            "agent",
            {
                "en": [
                    "We'll text a verification code to the phone on file. Please have your {rel} enter it in the app; don't send it in this chat."
                ],
                "es": [
                    "Le enviaremos un código al {cel} registrado. Que su {rel} lo introduzca en la app; no lo escriba en este chat."
                ],
            },
            "info_legit",
        )
    give(b, OTP, v)
    if b.rng.random() < 0.3:
        b.add(
            "customer",
            CUST_OTP,
            "third_person_otp",
            strip_unlabeled({"otp": make_otp(b.rng)}, {"otp"}),
        )
    info(b, "code")
    maybe_close(b)


def k_parent_ssn(b: Builder) -> None:
    if b.ctx["region"] == "es":  # no US SSN in Spain: a card instead
        b.kind = "card_for_relative"
        k_card_readout(b)
        return
    opener(b)
    v = b.secret_values()
    if b.rng.random() < 0.5:
        b.add("agent", AGENT_ASKS[3][1], "ask_ssn", requested=frozenset({SSN}))
    else:
        b.add(
            "customer",
            {
                "en": ["I want to be added as an authorized user on {poss} card"],
                "es": ["quiero que me agreguen como usuario autorizado"],
                "mix": ["quiero ser authorized user en {poss} card"],
            },
            "context",
        )
    give(b, SSN, v)
    info(b, "au")
    maybe_close(b)


def k_app_password(b: Builder) -> None:
    opener(b)
    b.add(
        "customer",
        {
            "en": [
                "{Subj} is locked out of the app again",
                "I'm trying to log into {poss} app to pay the bill",
            ],
            "es": ["no puede entrar a la app", "estoy tratando de entrar a su app para pagar"],
            "mix": ["{Subj} is locked out de la app"],
        },
        "context",
    )
    v = b.secret_values()
    if b.rng.random() < 0.3:
        b.add("agent", AGENT_ASKS[6][1], "ask_pw", requested=frozenset({PW}))
    give(b, PW, v)
    if b.rng.random() < 0.25:
        give(b, OTP, v)
    info(b, "login")
    maybe_close(b)


def k_emotional(b: Builder) -> None:
    v = b.secret_values()
    kind = b.rng.choice([CC, CC, PIN, SSN, PW])
    if b.ctx["region"] == "es" and kind == SSN:
        kind = PIN
    tpl, used = pick(b.rng, EMOTIONAL, b.lang)
    form = EMO_SECRET_FORMS[kind][used]
    slot = {CC: "card", PIN: "pin", SSN: "ssn", PW: "pw"}[kind]
    tpl = tpl.replace("{SECRET}", form)
    text, labels = render(
        b.rng, tpl, b.ctx_for(used), strip_unlabeled(v, {slot}), b.style("customer")
    )
    b.messages.append(Message("customer", text, labels, frozenset(), "emotional_long"))
    info(b)
    if b.rng.random() < 0.5:
        b.add("customer", CLEAN_INFO, "lookalike")
    maybe_close(b)


def k_estate_full(b: Builder) -> None:
    b.add("customer", CLEAN_ESTATE, "estate_context")
    v = b.secret_values()
    info(b, "estate")
    b.add(
        "customer",
        {
            "en": [
                "the full number on {poss} card is {card}, I found it in {poss} files",
                "my late {rel}'s card, the whole thing: {card}",
            ],
            "es": [
                "el número completo de la tarjeta de mi difunt{o} {rel} es {card}",
                "encontré su tarjeta: {card}",
            ],
            "mix": ["found {poss} card, el número es {card}"],
        },
        "estate_card",
        strip_unlabeled(v, {"card"}),
    )
    b.add("customer", CLEAN_ESTATE, "estate_context")
    maybe_close(b)


def k_teen_secret(b: Builder) -> None:
    opener(b)
    v = b.secret_values()
    b.add("customer", CLEAN_TEEN, "teen_context")
    kind = b.rng.choice([PIN, PIN, OTP, CC, PW])
    if b.rng.random() < 0.3:
        b.add(
            "agent",
            next(p for t, p in AGENT_ASKS if t == frozenset({kind})),
            ask_kind(frozenset({kind})),
            requested=frozenset({kind}),
        )
    give(b, kind, v)
    info(b, "teen")
    maybe_close(b)


def k_impostor_complied(b: Builder) -> None:
    opener(b)
    verify(b)
    types, pool = b.rng.choice(AGENT_ASKS)
    if b.ctx["region"] == "es" and SSN in types:
        types, pool = AGENT_ASKS[0]
    b.add("agent", pool, ask_kind(types), requested=types)
    v = b.secret_values()
    for kind in sorted(types):
        give(b, kind, v)
    b.add(
        "agent",
        {
            "en": ["ok thanks, processing now", "perfect, one moment"],
            "es": ["listo, un momento", "perfecto, ya lo estoy procesando"],
        },
        "ack",
    )
    maybe_close(b)


def k_caregiver_secret(b: Builder) -> None:
    opener(b)
    b.add("customer", CLEAN_POA, "poa_context")
    verify(b)
    v = b.secret_values()
    kinds = [CC, SSN] if b.ctx["region"] != "es" else [CC, CVV]
    for kind in kinds[: b.rng.randint(1, 2)]:
        give(b, kind, v)
    info(b, "poa")
    maybe_close(b)


# --- clean conversation kinds -----------------------------------------------------------


def k_clean_general(b: Builder, extra: Pool, topic: str) -> None:
    opener(b)
    verify(b)
    for _ in range(b.rng.randint(1, 3)):
        b.add(
            "customer",
            extra if topic == "teen" or b.rng.random() < 0.6 else CLEAN_INFO,
            "lookalike",
        )
        if b.rng.random() < 0.5:
            info(b, topic)
    if b.rng.random() < 0.2 and b.family != "teen":
        b.add("customer", PARENT_TAKEOVER, "parent_takes_over")
    maybe_close(b)


def k_estate_clean(b: Builder) -> None:
    b.add("customer", CLEAN_ESTATE, "estate_context")
    info(b, "estate")
    for _ in range(b.rng.randint(1, 3)):
        b.add("customer", CLEAN_ESTATE, "estate_context")
    if b.rng.random() < 0.5:
        b.add("agent", AGENT_VERIFY, "verify_legit")
        b.add("customer", VERIFY_ANSWER, "verify_answer")
    maybe_close(b)


def k_impostor_refused(b: Builder) -> None:
    opener(b)
    verify(b)
    types, pool = b.rng.choice(AGENT_ASKS)
    b.add("agent", pool, ask_kind(types), requested=types)
    b.add("customer", CLEAN_REFUSE, "refusal")
    if b.rng.random() < 0.5:
        info(b)
    maybe_close(b)


def k_secret_talk(b: Builder) -> None:
    opener(b)
    talk: Pool = {
        "en": [
            "{Subj} keeps forgetting {poss} PIN so {subj} wrote it on the card, I told {obj} not to",
            "someone called {obj} pretending to be you and asked for the code from {poss} texts",
            "{Subj} doesn't remember {poss} password, do we need a new one?",
            "I'm worried {subj} gave {poss} social security number to a scammer on the phone",
            "the code never arrived on {poss} phone",
            "should {subj} change {poss} PIN after the hospital staff saw {obj} use it?",
            "does the CVV change when the new card comes?",
        ],
        "es": [
            "se le olvida el {pinword} y lo apuntó en la tarjeta, ya le dije que no",
            "alguien la llamó haciéndose pasar por ustedes y le pidió el código del mensaje",
            "no se acuerda de la contraseña, ¿hay que hacer una nueva?",
            "me preocupa que le dio el seguro social a un estafador por teléfono",
            "el código nunca le llegó al {cel}",
            "¿el código de seguridad cambia con la tarjeta nueva?",
        ],
        "mix": [
            "se le olvida el PIN all the time",
            "someone called pidiendo el código, was that you?",
        ],
    }
    for _ in range(b.rng.randint(1, 2)):
        b.add("customer", talk, "secret_talk")
        info(b)
    maybe_close(b)


def k_teen_clean(b: Builder) -> None:
    k_clean_general(b, CLEAN_TEEN, "teen")


def k_poa_clean(b: Builder) -> None:
    k_clean_general(b, CLEAN_POA, "poa")


def k_benefits_clean(b: Builder) -> None:
    k_clean_general(b, CLEAN_INFO, "general")


KINDS: list[tuple[str, str, Callable[[Builder], None], int, tuple[str, ...]]] = [
    # name, secret?, builder, weight, families
    ("card_for_relative", "secret", k_card_readout, 6, ("elder", "spouse", "care")),
    ("card_photo_with_cvv", "secret", k_card_photo, 4, ("elder", "spouse")),
    ("card_read_in_parts", "secret", k_split_card, 5, ("elder", "spouse")),
    ("pin_read_aloud", "secret", k_pin_readout, 5, ("elder", "spouse", "care")),
    ("otp_relayed_from_relative", "secret", k_otp_relay, 5, ("elder", "spouse")),
    ("ssn_for_authorized_user", "secret", k_parent_ssn, 4, ("elder", "spouse", "care")),
    ("app_password_help", "secret", k_app_password, 3, ("elder", "spouse")),
    ("hospital_or_loss_story", "secret", k_emotional, 4, ("elder", "spouse")),
    ("estate_full_number", "secret", k_estate_full, 2, ("elder", "spouse")),
    ("teen_first_debit_secret", "secret", k_teen_secret, 3, ("teen",)),
    ("agent_ask_complied", "secret", k_impostor_complied, 4, ("elder", "care", "spouse")),
    ("caregiver_poa_secret", "secret", k_caregiver_secret, 3, ("care",)),
    ("estate_clean", "clean", k_estate_clean, 7, ("elder", "spouse")),
    ("benefits_and_medicare", "clean", k_benefits_clean, 16, ("elder", "spouse", "care")),
    ("teen_card_setup", "clean", k_teen_clean, 6, ("teen",)),
    ("poa_process", "clean", k_poa_clean, 8, ("care", "elder")),
    ("agent_ask_refused", "clean", k_impostor_refused, 7, ("elder", "spouse", "care", "teen")),
    ("secret_talk_no_value", "clean", k_secret_talk, 8, ("elder", "spouse", "teen", "care")),
    (
        "hospital_bills_clean",
        "clean",
        lambda b: k_clean_general(b, CLEAN_INFO, "general"),
        10,
        ("elder", "spouse", "care"),
    ),
]


def build_one(rng: Random, cid: str) -> Conversation:
    lang = rng.choices(["en", "es", "mix"], weights=[50, 35, 15])[0]
    name, _secret, fn, _w, families = rng.choices(KINDS, weights=[k[3] for k in KINDS])[0]
    family = rng.choice(families)
    persona = rng.choices(["old", "young", "voice", "normal"], weights=[15, 25, 15, 45])[0]
    if family == "teen":
        persona = rng.choice(["young", "normal"])
    b = Builder(rng, lang, family, persona)
    fn(b)
    name = b.kind or name
    msgs = b.messages[:10]
    while len(msgs) < 3:
        b.messages = msgs
        b.add("agent", AGENT_CLOSE, "closing")
        msgs = b.messages
    return Conversation(cid, name, lang, msgs)


def generate(seed: int, count: int = 480) -> list[Conversation]:
    rng = Random(seed)
    return [build_one(rng, f"s20-{seed}-{i:04d}") for i in range(count)]


if __name__ == "__main__":
    for conv in generate(1, 8):
        print(f"== {conv.cid} {conv.kind} ({conv.lang})")
        for msg in conv.messages:
            print(f"  {msg.role:>8} [{msg.kind}] {msg.text!r}")
            for lab in msg.labels:
                print(
                    f"           {lab.type} {msg.text[lab.start : lab.end]!r} keep={lab.keep} split={lab.split_part}"
                )
            if msg.requested:
                print(f"           requested {sorted(msg.requested)}")
