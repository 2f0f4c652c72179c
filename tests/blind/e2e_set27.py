# ruff: noqa: E501
"""Blind set 27: business and corporate cards, virtual cards, expense tools.

A card issuer's support chat for small-business owners, office managers, bookkeepers and
employees who use corporate cards, in English, Spanish (Mexican, Caribbean, Argentine,
Colombian, Central American and peninsular varieties) and Spanglish. Families: several
employees' cards listed in one message or pasted as CSV/table rows, virtual cards pasted
from the app or from an email, declined vendor payments, lost employee cards, admins locked
out of the portal (user names, passwords, 2FA codes, the company EIN that is not an SSN),
the owner's personal SSN for the business application, new cardholders (date of birth,
address, last four of the SSN), business debit PINs, cards typed over several messages,
verification codes, expense-report exports and receipts, spending limits, ACH payments and
foreign tax IDs, and agents who ask for forbidden secrets (impostors, careless agents).
Look-alikes everywhere: EINs, invoice/PO/report numbers, GL codes and cost centers,
employee IDs, amounts, dates, routing and account numbers, phone numbers, ZIP codes, last
fours, masked cards ("Corp Visa ****4821"), auth codes, Luhn-invalid long references.

Written blind: its author read only lines 1-85 of tests/blind/e2e_set.py (the schema),
tests/blind/evaluate_e2e.py (the scorer) and the [tool.ruff] section of pyproject.toml;
nothing of guard's code, rules, benchmarks or the other sets.

`generate(seed, count)` is deterministic: one seeded `random.Random` drives everything.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from random import Random

from stdnum import luhn

from tests.blind.e2e_set import (
    CC,
    CVV,
    KEEP_LAST,
    OTP,
    PIN,
    PW,
    SSN,
    Conversation,
    Label,
    Message,
)

# --------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------

FIRST_ES = [
    "María",
    "Juan",
    "Guadalupe",
    "José",
    "Alejandra",
    "Luis",
    "Carmen",
    "Jorge",
    "Daniela",
    "Ricardo",
    "Yesenia",
    "Héctor",
    "Marisol",
    "Fernando",
    "Rosa",
    "Arturo",
    "Paola",
    "Esteban",
    "Lucía",
    "Ramón",
    "Xiomara",
    "Wilfredo",
    "Nayeli",
    "Iván",
    "Maribel",
    "Óscar",
    "Yadira",
    "Efraín",
]
LAST_ES = [
    "García",
    "Hernández",
    "López",
    "Martínez",
    "Rodríguez",
    "Pérez",
    "Ramírez",
    "Torres",
    "Flores",
    "Rivera",
    "Gómez",
    "Díaz",
    "Morales",
    "Ortiz",
    "Castillo",
    "Vargas",
    "Medina",
    "Rosario",
    "Colón",
    "Cruz",
    "Villanueva",
    "Peña",
]
FIRST_EN = [
    "Jennifer",
    "Michael",
    "Ashley",
    "David",
    "Karen",
    "Brian",
    "Megan",
    "Tyler",
    "Rachel",
    "Kevin",
    "Lauren",
    "Derek",
    "Tiffany",
    "Scott",
    "Heather",
    "Jason",
    "Amanda",
    "Greg",
    "Tasha",
    "Connor",
]
LAST_EN = [
    "Miller",
    "Johnson",
    "Parker",
    "Nguyen",
    "Walsh",
    "Thompson",
    "Carter",
    "Brooks",
    "Kim",
    "Patel",
    "Sullivan",
    "Reed",
    "O'Brien",
    "Washington",
]
AGENTS = [
    "Alex",
    "Danielle",
    "Marcos",
    "Priya",
    "Sofía",
    "Kendra",
    "Óscar",
    "Lina",
    "Tomás",
    "Renee",
]
COMPANIES = [
    "Rivera Landscaping LLC",
    "Sabor Latino Catering Inc",
    "Blue Harbor Dental Group",
    "García & Sons Plumbing",
    "Tres Hermanos Construction",
    "Sunbelt HVAC Services",
    "La Estrella Bakery",
    "Pinecrest Property Management",
    "Cruz Auto Body",
    "Coastal Trucking Co",
    "Mendoza Cleaning Services",
    "Brightline Marketing LLC",
    "Casa Verde Nursery",
    "Alamo Roofing & Gutters",
    "Northgate Logistics",
    "Dulce Vida Café",
    "Summit Accounting PLLC",
    "Torres Electric",
    "Eastside Physical Therapy",
    "El Rancho Foods",
    "Boricua Builders Corp",
    "Pampa Grill LLC",
]
VENDORS = [
    "Amazon Business",
    "Home Depot Pro",
    "Staples",
    "Adobe",
    "Google Workspace",
    "Zoom",
    "Delta Air Lines",
    "Uber for Business",
    "Office Depot",
    "Costco Business Center",
    "Lowe's Pro",
    "Grainger",
    "Sysco",
    "Microsoft 365",
    "Shopify",
    "Canva",
    "QuickBooks Online",
    "Dropbox",
    "United Airlines",
    "Marriott",
    "FedEx Office",
    "Sherwin-Williams",
    "Ferguson Supply",
    "Mailchimp",
    "GoDaddy",
    "AWS",
    "Restaurant Depot",
    "Sam's Club",
]
CITIES = [
    ("Miami, FL", "33135"),
    ("Houston, TX", "77036"),
    ("San Antonio, TX", "78207"),
    ("Los Angeles, CA", "90022"),
    ("Phoenix, AZ", "85009"),
    ("El Paso, TX", "79905"),
    ("Orlando, FL", "32822"),
    ("Chicago, IL", "60623"),
    ("Bronx, NY", "10458"),
    ("Newark, NJ", "07105"),
    ("Dallas, TX", "75211"),
    ("Albuquerque, NM", "87105"),
    ("San Juan, PR", "00907"),
    ("Denver, CO", "80219"),
    ("Las Vegas, NV", "89101"),
    ("McAllen, TX", "78501"),
    ("Hialeah, FL", "33012"),
    ("Santa Ana, CA", "92701"),
]
STREETS = [
    "SW 8th St",
    "Bellaire Blvd",
    "Calle Loíza",
    "W Cermak Rd",
    "E Cesar Chavez Ave",
    "N Nogales Hwy",
    "Grand Concourse",
    "Ferry St",
    "Jefferson Blvd",
    "Isleta Blvd SW",
    "W Colfax Ave",
    "Palm Ave",
    "N 10th St",
    "Ave Ponce de León",
]
OLD_BANKS = [
    "Chase Ink",
    "Amex Business",
    "Capital One Spark",
    "Brex",
    "Ramp",
    "Bank of America",
    "Wells Fargo",
]
BANKS = [
    "Chase",
    "Bank of America",
    "Wells Fargo",
    "BBVA",
    "Banco Popular",
    "Frost Bank",
    "Citibank",
    "TD Bank",
]
MERCHANTS = [
    "HOME DEPOT",
    "STAPLES",
    "SHELL OIL",
    "UBER TRIP",
    "DELTA AIR",
    "AMZN MKTP US",
    "CHEVRON",
    "COSTCO WHSE",
    "SYSCO FOODS",
    "OFFICE DEPOT",
    "MARRIOTT",
    "LOWES",
    "ZOOM.US",
    "ADOBE *ACROPRO",
    "TACOS EL GUERO",
    "PANERA BREAD",
    "EXXONMOBIL",
    "FEDEX OFFIC",
]
PW_WORDS = [
    "Sunshine",
    "Tacos",
    "Bluebird",
    "Oficina",
    "Ventas",
    "Panchito",
    "Girasol",
    "Dragon",
    "Coqui",
    "Yankees",
    "Mariposa",
    "Cafecito",
    "Tortuga",
    "Lobos",
    "Verano",
    "Chivas",
    "Boricua",
    "Gatita",
    "Harbor",
    "Maple",
    "Falcon",
    "Canela",
    "Limonada",
    "Empresa",
    "Roofing",
    "Bakery",
    "Rancho",
    "Cielito",
]

DIG = "0123456789"

# --------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------


def digits(rng: Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


def deaccent(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


BRANDS = ["visa", "mc", "amex", "discover", "jcb", "diners", "unionpay", "maestro"]
BRAND_W = [34, 22, 14, 8, 5, 5, 6, 6]
BRAND_NAME = {
    "visa": "Visa",
    "mc": "Mastercard",
    "amex": "Amex",
    "discover": "Discover",
    "jcb": "JCB",
    "diners": "Diners",
    "unionpay": "UnionPay",
    "maestro": "Maestro",
}


def card_digits(rng: Random, brand: str | None = None) -> tuple[str, str]:
    brand = brand or rng.choices(BRANDS, BRAND_W)[0]
    if brand == "visa":
        prefix, n = "4", rng.choices([16, 13, 19], [14, 1, 2])[0]
    elif brand == "mc":
        prefix, n = rng.choice(["51", "52", "53", "54", "55", str(rng.randint(2221, 2720))]), 16
    elif brand == "amex":
        prefix, n = rng.choice(["34", "37"]), 15
    elif brand == "discover":
        prefix = rng.choice(["6011", "65", str(rng.randint(644, 649))])
        n = rng.choices([16, 19], [6, 1])[0]
    elif brand == "jcb":
        prefix, n = str(rng.randint(3528, 3589)), rng.choices([16, 19], [8, 1])[0]
    elif brand == "diners":
        prefix, n = rng.choice(["36", "38", str(rng.randint(300, 305))]), 14
    elif brand == "unionpay":
        prefix, n = rng.choice(["62", "6212", "6250", "6282"]), rng.choice([16, 17, 18, 19])
    else:
        prefix = rng.choice(["5018", "5020", "5038", "6304", "6759", "6761", "6763"])
        n = rng.choice([13, 16, 19])
    body = prefix + digits(rng, n - len(prefix) - 1)
    return brand, body + luhn.calc_check_digit(body)


def group_sizes(rng: Random, n: int) -> list[int]:
    if n == 15:
        return rng.choices([[4, 6, 5], [4, 4, 4, 3]], [6, 1])[0]
    if n == 14:
        return [4, 6, 4]
    if n == 13:
        return rng.choice([[4, 4, 5], [4, 3, 3, 3]])
    if n == 17:
        return [4, 4, 4, 5]
    if n == 18:
        return [4, 4, 4, 4, 2]
    if n == 19:
        return rng.choices([[4, 4, 4, 4, 3], [6, 13]], [5, 1])[0]
    return [4, 4, 4, 4]


def chunk(d: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for s in sizes:
        out.append(d[i : i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return [p for p in out if p]


def fmt_card(rng: Random, d: str, style: str | None = None) -> str:
    style = (
        style
        or rng.choices(["space", "dash", "none", "dot", "dspace", "mixed"], [10, 4, 5, 1, 1, 1])[0]
    )
    groups = chunk(d, group_sizes(rng, len(d)))
    if style == "none":
        return d
    if style == "mixed":
        out = groups[0]
        for g in groups[1:]:
            out += rng.choice([" ", "-"]) + g
        return out
    sep = {"space": " ", "dash": "-", "dot": ".", "dspace": "  "}[style]
    return sep.join(groups)


def bad_luhn(rng: Random, n: int, prefix: str = "") -> str:
    while True:
        s = prefix + digits(rng, n - len(prefix))
        if s[0] != "0" and not luhn.is_valid(s):
            return s


def make_ssn(rng: Random, style: str | None = None) -> str:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    raw = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    style = style or rng.choices(["dash", "space", "none"], [8, 2, 2])[0]
    if style == "dash":
        return f"{raw[:3]}-{raw[3:5]}-{raw[5:]}"
    if style == "space":
        return f"{raw[:3]} {raw[3:5]} {raw[5:]}"
    return raw


EIN_PREFIX = [
    "12",
    "20",
    "26",
    "27",
    "33",
    "45",
    "46",
    "47",
    "59",
    "61",
    "65",
    "74",
    "81",
    "82",
    "84",
    "85",
    "86",
    "87",
    "88",
    "90",
    "91",
    "92",
    "93",
    "94",
    "95",
    "98",
]


def make_ein(rng: Random) -> str:
    if rng.random() < 0.06:
        return "12-3456789"
    return f"{rng.choice(EIN_PREFIX)}-{digits(rng, 7)}"


def make_otp(rng: Random) -> str:
    n = rng.choices([6, 4, 7, 8], [14, 1, 1, 1])[0]
    code = digits(rng, n)
    if n == 6 and rng.random() < 0.07:
        return code[:3] + rng.choice([" ", "-"]) + code[3:]
    return code


def make_pin(rng: Random) -> str:
    return digits(rng, rng.choices([4, 6], [9, 1])[0])


def make_cvv(rng: Random, brand: str) -> str:
    return digits(rng, 4 if brand == "amex" else 3)


def make_pw(rng: Random) -> str:
    w = rng.choice(PW_WORDS)
    sym = rng.choice("!@#$%&*_-+")
    k = rng.randrange(9)
    if k == 0:
        return f"{w}{rng.randint(1980, 2026)}{sym}"
    if k == 1:
        return f"{w}{sym}{digits(rng, 2)}"
    if k == 2:
        return f"{w.lower()}.{rng.choice(PW_WORDS).lower()}{digits(rng, 2)}"
    if k == 3:
        leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return f"{leet}{digits(rng, 3)}"
    if k == 4:
        alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        body = "".join(rng.choice(alphabet) for _ in range(rng.randint(9, 13)))
        return body[:4] + sym + body[4:]
    if k == 5:
        return f"{w}_{rng.choice(PW_WORDS)}{digits(rng, 1)}"
    if k == 6:
        return f"{sym}{w}{digits(rng, 4)}"
    if k == 7:
        return f"{w}{digits(rng, 2)}{sym}{rng.choice(PW_WORDS).lower()}"
    return f"{w[0].lower()}{w[1:].upper()}{digits(rng, 3)}!"


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", deaccent(s).lower())


def money(rng: Random, lo: float = 12, hi: float = 9500) -> str:
    v = rng.uniform(lo, hi)
    if rng.random() < 0.8:
        return f"${v:,.2f}"
    return f"${int(v):,}"


def limit_amount(rng: Random) -> str:
    v = rng.choice([500, 750, 1000, 1500, 2000, 2500, 3000, 5000, 7500, 10000, 15000, 25000])
    return rng.choice([f"${v:,}", f"${v:,}.00", f"{v:,} USD"])


def make_date(rng: Random, es: bool = False) -> str:
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.choice([2024, 2025, 2025, 2026])
    months_en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    months_es = [
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
    k = rng.randrange(5)
    if k == 0:
        return f"{m:02d}/{d:02d}/{y}"
    if k == 1:
        return f"{m}/{d}"
    if k == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if es:
        return f"{d} de {months_es[m - 1]}"
    return f"{months_en[m - 1]} {d}"


def make_dob(rng: Random) -> str:
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(1958, 2004)
    months = [
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
    k = rng.randrange(5)
    if k == 0:
        return f"{m:02d}/{d:02d}/{y}"
    if k == 1:
        return f"{m}/{d}/{y % 100:02d}"
    if k == 2:
        return f"{months[m - 1]} {d}, {y}"
    if k == 3:
        return f"{d:02d}/{m:02d}/{y}"
    return f"{y}-{m:02d}-{d:02d}"


def make_exp(rng: Random) -> str:
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    return rng.choices(
        [f"{m:02d}/{y}", f"{m}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d} / {y}"],
        [10, 3, 2, 2, 1],
    )[0]


def make_phone(rng: Random) -> str:
    area = rng.choice(
        [
            "305",
            "786",
            "713",
            "210",
            "323",
            "602",
            "915",
            "407",
            "773",
            "718",
            "973",
            "214",
            "505",
            "787",
            "956",
        ]
    )
    line = f"01{rng.randint(0, 9)}{rng.randint(0, 9)}"
    return rng.choice(
        [
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"+1 {area} 555 {line}",
            f"{area}.555.{line}",
            f"{area}555{line}",
        ]
    )


def make_routing(rng: Random) -> str:
    first = rng.choice(
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
    )
    body = first + digits(rng, 6)
    weights = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(ch) * w for ch, w in zip(body, weights, strict=True))
    return body + str((-s) % 10)


def make_invoice(rng: Random) -> str:
    return rng.choice(
        [
            f"INV-{rng.choice([2024, 2025])}-{digits(rng, 5)}",
            f"#{rng.randint(10000, 999999)}",
            f"INV{digits(rng, 7)}",
            f"A-{digits(rng, 5)}",
            f"{rng.randint(1000, 9999)}-{digits(rng, 3)}",
        ]
    )


def make_po(rng: Random) -> str:
    return rng.choice(
        [
            f"PO-{digits(rng, 6)}",
            f"PO# 45000{digits(rng, 5)}",
            f"PO {rng.randint(1000, 99999)}",
            f"P.O. {digits(rng, 8)}",
        ]
    )


def make_gl(rng: Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(5000, 7999)}-{rng.randint(100, 900)}",
            f"{rng.randint(5000, 7999)}",
            f"{rng.randint(5000, 7999)}.{rng.randint(10, 99)}",
            f"GL{rng.randint(5000, 7999)}",
        ]
    )


def make_ccenter(rng: Random) -> str:
    return rng.choice(
        [
            f"CC-{rng.randint(100, 999)}",
            f"CC {rng.randint(1000, 9999)}",
            f"Dept {rng.randint(100, 450)}",
            f"{rng.randint(100, 999)}",
        ]
    )


def make_empid(rng: Random) -> str:
    return rng.choice(
        [
            f"EMP-{digits(rng, 5)}",
            f"E{rng.randint(100000, 999999)}",
            f"{rng.randint(100000, 999999)}",
            f"{rng.randint(1000, 9999)}",
        ]
    )


def make_report(rng: Random) -> str:
    return rng.choice(
        [
            f"ER-{rng.choice([2024, 2025])}-{digits(rng, 5)}",
            f"EXP-{rng.randint(10000, 99999)}",
            f"{rng.randint(100000, 999999)}",
            f"R{digits(rng, 7)}",
        ]
    )


def make_case(rng: Random) -> str:
    return rng.choice(
        [
            f"CS-{digits(rng, 8)}",
            f"{rng.randint(10000000, 99999999)}",
            f"#{digits(rng, 7)}",
            f"BC{digits(rng, 6)}",
        ]
    )


def make_ref(rng: Random) -> str:
    k = rng.randrange(4)
    if k == 0:
        return " ".join(chunk(bad_luhn(rng, 16), [4, 4, 4, 4]))
    if k == 1:
        return bad_luhn(rng, rng.choice([15, 16, 17, 18]))
    if k == 2:
        return f"TXN{digits(rng, 12)}"
    ref = bad_luhn(rng, 14)
    return f"{ref[:10]}-{ref[10:]}"


def make_conf(rng: Random) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return rng.choice(
        [
            "".join(rng.choice(alphabet) for _ in range(6)),
            f"{rng.randint(1000000, 9999999)}",
            f"ACH-{digits(rng, 9)}",
        ]
    )


def make_auth(rng: Random) -> str:
    return rng.choice([digits(rng, 6), f"{digits(rng, 2)}{rng.choice('ABCDEFGH')}{digits(rng, 3)}"])


def make_acct(rng: Random) -> str:
    return digits(rng, rng.randint(8, 12)).lstrip("0") or "48210093"


def masked(rng: Random, l4: str, brand: str = "Visa") -> str:
    return rng.choice(
        [
            f"Corp {brand} ****{l4}",
            f"****{l4}",
            f"**** **** **** {l4}",
            f"XXXX-XXXX-XXXX-{l4}",
            f"•••• {l4}",
            f"{brand} x{l4}",
            f"************{l4}",
            f"{brand} Business ...{l4}",
        ]
    )


def make_user(rng: Random, first: str, last: str, domain: str) -> str:
    f, lst = slug(first), slug(last)
    return rng.choice(
        [
            f"{f[0]}{lst}",
            f"{f}.{lst}",
            f"{f[0]}{lst}_admin",
            f"admin@{domain}",
            f"{f}@{domain}",
            f"{lst}{rng.randint(1, 99)}",
            f"ops.{lst}",
        ]
    )


def person(rng: Random) -> tuple[str, str]:
    if rng.random() < 0.68:
        return rng.choice(FIRST_ES), rng.choice(LAST_ES)
    return rng.choice(FIRST_EN), rng.choice(LAST_EN)


def foreign_tax_id(rng: Random) -> tuple[str, str]:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    k = rng.randrange(7)
    if k == 0:
        rfc = (
            "".join(rng.choice(letters) for _ in range(4))
            + f"{rng.randint(60, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            + rng.choice(letters)
            + rng.choice(letters)
            + rng.choice(DIG)
        )
        return "RFC", rfc
    if k == 1:
        return "NIT", f"900.{digits(rng, 3)}.{digits(rng, 3)}-{rng.randint(0, 9)}"
    if k == 2:
        return "CUIT", f"30-{digits(rng, 8)}-{rng.randint(0, 9)}"
    if k == 3:
        return "NIF", f"B{digits(rng, 8)}"
    if k == 4:
        return "BN", f"{digits(rng, 9)}RT0001"
    if k == 5:
        return "VAT", f"GB{digits(rng, 9)}"
    return "CNPJ", f"{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}/0001-{digits(rng, 2)}"


# --------------------------------------------------------------------------------------
# Text building with exact labels
# --------------------------------------------------------------------------------------

SLOT = re.compile(r"\{(\w+)\}")
SECRET_BASE: dict[str, str] = {
    "card": CC,
    "cvv": CVV,
    "cid": CVV,
    "ssn": SSN,
    "otp": OTP,
    "pw": PW,
    "pin": PIN,
}
WORD = re.compile(r"[A-Za-zÁÉÍÓÚáéíóúñÑ]{5,}")
SUFFIXES = [" 🙏", " 😩", " !!", " 🙏🙏", " 😕", " ??", " :(", " 👍"]


class Noise:
    """How a person types one message: casing, accents, typos, punctuation."""

    def __init__(self, rng: Random, role: str) -> None:
        cust = role == "customer"
        self.rng = rng
        self.lower = rng.random() < (0.18 if cust else 0.02)
        self.upper = cust and not self.lower and rng.random() < 0.02
        self.plain = rng.random() < (0.35 if cust else 0.06)
        self.noinv = rng.random() < (0.5 if cust else 0.08)
        self.typo = cust and rng.random() < 0.1
        self.dropend = rng.random() < (0.35 if cust else 0.04)
        self.suffix = rng.choice(SUFFIXES) if cust and rng.random() < 0.06 else ""

    def apply(self, s: str) -> str:
        if self.plain:
            s = deaccent(s)
        if self.noinv:
            s = s.replace("¿", "").replace("¡", "")
        if self.lower:
            s = s.lower()
        elif self.upper:
            s = s.upper()
        if self.typo:
            words = list(WORD.finditer(s))
            if words:
                m = self.rng.choice(words)
                w = m.group()
                i = self.rng.randint(1, len(w) - 2)
                op = self.rng.randrange(3)
                if op == 0:
                    w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
                elif op == 1:
                    w = w[:i] + w[i + 1 :]
                else:
                    w = w[:i] + w[i] + w[i:]
                s = s[: m.start()] + w + s[m.end() :]
                self.typo = False
        return s


class TB:
    """Text builder: literal text (noised) and secret values (labelled, untouched)."""

    def __init__(self, noise: Noise | None = None) -> None:
        self.text = ""
        self.labels: list[Label] = []
        self.noise = noise

    def lit(self, s: str) -> TB:
        if self.noise is not None and s:
            s = self.noise.apply(s)
        self.text += s
        return self

    def sec(self, typ: str, value: str, keep: int | None = None, split: bool = False) -> TB:
        start = len(self.text)
        self.text += value
        k = KEEP_LAST.get(typ, 0) if keep is None else keep
        self.labels.append(Label(typ, start, start + len(value), k, split))
        return self

    def tpl(self, template: str, vals: dict[str, str]) -> TB:
        buf: list[str] = []
        pos = 0
        for m in SLOT.finditer(template):
            buf.append(template[pos : m.start()])
            name = m.group(1)
            base = name.rstrip(DIG)
            value = vals[name]
            if base in SECRET_BASE:
                self.lit("".join(buf))
                buf = []
                self.sec(SECRET_BASE[base], value)
            else:
                buf.append(value)
            pos = m.end()
        buf.append(template[pos:])
        self.lit("".join(buf))
        return self

    def message(self, role: str, kind: str, requested: frozenset[str] = frozenset()) -> Message:
        text = self.text
        if self.noise is not None:
            if (
                self.noise.dropend
                and text.endswith(".")
                and not any(lab.end == len(text) for lab in self.labels)
            ):
                text = text[:-1]
            text += self.noise.suffix
        return Message(role, text, list(self.labels), frozenset(requested), kind)


# --------------------------------------------------------------------------------------
# A conversation being written
# --------------------------------------------------------------------------------------

Pool = dict[str, list[str]]


class C:
    def __init__(self, rng: Random, lang: str, kind: str) -> None:
        self.rng = rng
        self.lang = lang
        self.kind = kind
        self.messages: list[Message] = []
        first, last = person(rng)
        emps = [person(rng) for _ in range(4)]
        company = rng.choice(COMPANIES)
        domain = slug(company.split()[0]) + rng.choice([".com", "llc.com", "co.com", ".net"])
        city, zipc = rng.choice(CITIES)
        l4, l4b = digits(rng, 4), digits(rng, 4)
        brand = rng.choice(["Visa", "Visa", "Mastercard", "Amex"])
        self.v: dict[str, str] = {
            "name": first,
            "fullname": f"{first} {last}",
            "company": company,
            "agent": rng.choice(AGENTS),
            "emp": emps[0][0],
            "empfull": f"{emps[0][0]} {emps[0][1]}",
            "emp2": emps[1][0],
            "emp3": emps[2][0],
            "vendor": rng.choice(VENDORS),
            "vendor2": rng.choice(VENDORS),
            "amount": money(rng),
            "amount2": money(rng, 5, 900),
            "limit": limit_amount(rng),
            "limit2": limit_amount(rng),
            "date": make_date(rng, lang == "es"),
            "date2": make_date(rng, lang == "es"),
            "time": rng.choice(
                ["9:15 am", "10:40", "2:15pm", "3:42 PM", "11:05 AM", "16:20", "1pm", "7:30 pm"]
            ),
            "zip": zipc if rng.random() < 0.85 else f"{zipc}-{digits(rng, 4)}",
            "city": city,
            "addr": f"{rng.randint(12, 9800)} {rng.choice(STREETS)}, {city} {zipc}",
            "phone": make_phone(rng),
            "ein": make_ein(rng),
            "last4": l4,
            "last4b": l4b,
            "brand": brand,
            "masked": masked(rng, l4, brand),
            "maskedb": masked(rng, l4b, brand),
            "inv": make_invoice(rng),
            "po": make_po(rng),
            "gl": make_gl(rng),
            "ccenter": make_ccenter(rng),
            "empid": make_empid(rng),
            "empid2": make_empid(rng),
            "report": make_report(rng),
            "case": make_case(rng),
            "ref": make_ref(rng),
            "conf": make_conf(rng),
            "auth": make_auth(rng),
            "user": make_user(rng, first, last, domain),
            "email": f"{slug(first)}@{domain}",
            "dob": make_dob(rng),
            "exp": make_exp(rng),
            "exp2": make_exp(rng),
            "mcc": rng.choice(
                ["5812", "5411", "4511", "5734", "7011", "5541", "5200", "7995", "5999", "4121"]
            ),
            "ssnlast": digits(rng, 4),
            "routing": make_routing(rng),
            "acct": make_acct(rng),
            "bank": rng.choice(BANKS),
            "oldbank": rng.choice(OLD_BANKS),
            "days": str(rng.choice([3, 5, 7, 10])),
            "attempts": str(rng.choice([3, 4, 5])),
        }

    # -- language and picking ------------------------------------------------------
    def msg_lang(self, role: str) -> str:
        if self.lang != "mix":
            return self.lang
        r = self.rng.random()
        if role == "customer":
            return "mix" if r < 0.6 else ("en" if r < 0.78 else "es")
        return "mix" if r < 0.12 else ("en" if r < 0.6 else "es")

    def pick(self, pool: Pool, role: str) -> str:
        lang = self.msg_lang(role)
        opts = pool.get(lang)
        if not opts:
            opts = pool.get(self.rng.choice(["en", "es"])) or pool["en"]
        return self.rng.choice(opts)

    def say(
        self,
        role: str,
        pool: Pool | str,
        kind: str = "clean",
        requested: frozenset[str] = frozenset(),
        noise: bool = True,
        **vals: str,
    ) -> Message:
        tpl = pool if isinstance(pool, str) else self.pick(pool, role)
        tb = TB(Noise(self.rng, role) if noise else None)
        tb.tpl(tpl, {**self.v, **vals})
        m = tb.message(role, kind, requested)
        self.messages.append(m)
        return m

    def add(self, role: str, tb: TB, kind: str, requested: frozenset[str] = frozenset()) -> Message:
        m = tb.message(role, kind, requested)
        self.messages.append(m)
        return m

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # -- secrets ---------------------------------------------------------------------
    def new_card(self, brand: str | None = None, style: str | None = None) -> dict[str, str]:
        b, d = card_digits(self.rng, brand)
        card = fmt_card(self.rng, d, style)
        self.v["last4"] = d[-4:]
        self.v["brand"] = BRAND_NAME[b]
        self.v["masked"] = masked(self.rng, d[-4:], BRAND_NAME[b])
        return {
            "card": card,
            "cvv": make_cvv(self.rng, b),
            "exp": make_exp(self.rng),
            "digits": d,
            "brandkey": b,
        }

    def secrets(self) -> dict[str, str]:
        card = self.new_card()
        return {
            "card": card["card"],
            "cvv": card["cvv"],
            "exp": card["exp"],
            "ssn": make_ssn(self.rng),
            "otp": make_otp(self.rng),
            "pw": make_pw(self.rng),
            "pin": make_pin(self.rng),
        }

    # -- common moves ----------------------------------------------------------------
    def aside(self, p: float = 0.2) -> None:
        """Sometimes the customer asks about secrets without giving any."""
        if self.chance(p):
            self.exchange(SECRET_TALK)

    def opening(self) -> None:
        r = self.rng.random()
        if r < 0.4:
            self.say("customer", GREET_C, "greeting")
            self.say("agent", GREET_A, "greeting")
        elif r < 0.65:
            self.say("agent", GREET_A0, "greeting")

    def closing(self) -> None:
        self.aside(0.15)
        if self.messages and self.messages[-1].role == "customer":
            if self.chance(0.6):
                self.say("agent", CLOSE_A, "closing")
        elif self.chance(0.75):
            self.say("customer", THANKS_C)
            if self.chance(0.6):
                self.say("agent", CLOSE_A, "closing")

    def exchange(
        self, pairs: dict[str, list[tuple[str, str]]], qkind: str = "clean", akind: str = "info"
    ) -> None:
        """A customer question and the agent answer that goes with it."""
        lang = self.msg_lang("customer")
        opts = pairs.get(lang) or pairs[self.rng.choice(["en", "es"])]
        q, a = self.rng.choice(opts)
        self.say("customer", q, qkind)
        self.say("agent", a, akind)

    def warn(self, topic: str) -> Message:
        return self.say("agent", WARN[topic] if self.chance(0.75) else WARN_A, "warning")

    def ask(self, key: str) -> Message:
        return self.say("agent", ASKS[key], "ask", ASK_TYPES[key])

    def comply(self, key: str, sec: dict[str, str]) -> Message:
        return self.say("customer", COMPLY[key], "comply", **sec)

    def refuse(self) -> Message:
        return self.say("customer", REFUSE)

    def careless(self, key: str, p_comply: float = 0.7) -> bool:
        """An agent asks for a forbidden secret; the customer gives it or refuses."""
        self.ask(key)
        if self.chance(p_comply):
            self.comply(key, self.secrets())
            if self.chance(0.5):
                self.warn(WARN_OF_ASK[key])
            return True
        self.refuse()
        if self.chance(0.6):
            self.say("agent", BACKPEDAL_A, "info")
        return False


# --------------------------------------------------------------------------------------
# Shared pools
# --------------------------------------------------------------------------------------

GREET_C: Pool = {
    "en": [
        "Hi, this is {name} from {company}. I'm the office manager.",
        "hello i need help with our company cards",
        "Hi there, I'm the bookkeeper for {company} and I have a question about employee cards",
        "Good morning. {fullname} here, owner of {company}.",
        "hey, quick question about the corporate card account for {company}",
        "Hi! I handle AP for {company}.",
        "Hello, I'm one of the cardholders at {company}, my manager told me to chat in",
        "hi is this business card support??",
    ],
    "es": [
        "Hola, buenas tardes. Le escribe {name} de {company}.",
        "Buenos días, soy {name}, la encargada de oficina en {company}.",
        "Hola, ¿cómo va? Les escribo de {company} por las tarjetas de los empleados.",
        "Buenas, os escribo desde {company}, llevo la contabilidad.",
        "Buenos días sumercé, le habla {name} de {company}.",
        "Saludos, mire, soy el dueño de {company} y necesito ayuda con las tarjetas del negocio.",
        "buenas tardes fíjese que tengo un problema con la tarjeta de la empresa",
        "Buenas, ¿me ayuda? Soy la contadora de {company}.",
        "hola, q tal. tengo una consulta con las tarjetas corporativas",
    ],
    "mix": [
        "Hi, soy {name} de {company}, tengo un issue con las company cards",
        "hola! necesito help con la tarjeta corporativa de uno de mis employees",
        "Buenas, I'm the bookkeeper de {company}, quick question sobre los cards",
        "hello, hablo spanish and english, es sobre la business card",
    ],
}
GREET_A: Pool = {
    "en": [
        "Hi {name}, thanks for reaching out to Business Card Support. How can I help today?",
        "Hello! I'm {agent} with the business card team. What's going on?",
        "Thanks for contacting us, {name}. I can help with that. What do you need?",
        "Hi {name}! You're chatting with {agent}. Tell me a bit more.",
    ],
    "es": [
        "Hola {name}, gracias por comunicarse con Soporte de Tarjetas Empresariales. ¿En qué le puedo ayudar?",
        "¡Hola! Le atiende {agent}. Cuénteme, ¿qué sucede?",
        "Buenas tardes {name}, con gusto le ayudo. ¿Qué necesita?",
        "Hola {name}, soy {agent} del equipo de tarjetas corporativas. Dígame.",
    ],
}
GREET_A0: Pool = {
    "en": [
        "Hi, you're chatting with {agent} from Business Card Support. How can I help?",
        "Welcome to business card support! What can I do for you today?",
        "Hello, this is {agent}. How can I help with your company's card program?",
    ],
    "es": [
        "Hola, le atiende {agent} de Soporte de Tarjetas Empresariales. ¿En qué le ayudo?",
        "¡Bienvenido al soporte de tarjetas de negocio! ¿Cómo le puedo ayudar hoy?",
        "Buenas, soy {agent}. ¿En qué le puedo servir?",
    ],
}
THANKS_C: Pool = {
    "en": [
        "thanks!",
        "ok perfect, thank you",
        "Great, appreciate it.",
        "got it thx",
        "Thank you so much, that fixed it.",
        "ok cool. thanks",
        "awesome, you're a lifesaver",
    ],
    "es": [
        "Muchas gracias",
        "mil gracias!",
        "Perfecto, gracias.",
        "vale, gracias",
        "dale, gracias!",
        "ok, muy amable",
        "Listo, gracias por la ayuda.",
        "qué pena con usted, muchas gracias",
        "ok gracias, bendiciones",
    ],
    "mix": [
        "ok thank you!! muy amable",
        "perfect, gracias",
        "ok listo, thanks",
        "gracias, you helped a lot",
    ],
}
CLOSE_A: Pool = {
    "en": [
        "You're welcome! Anything else I can help with?",
        "Happy to help. Have a great day!",
        "Glad that's sorted. Take care, {name}!",
    ],
    "es": [
        "¡Con gusto! ¿Algo más en lo que le pueda ayudar?",
        "Que tenga buen día.",
        "Para servirle, {name}. ¡Saludos!",
    ],
}
WARN_A: Pool = {
    "en": [
        "For your security, please don't post full card numbers, CVVs or PINs in this chat. The last four digits are all I need.",
        "Just a heads-up: we will never ask for your password, PIN or the 2FA code.",
        "I've hidden those details, but please avoid sharing the full number or the security code here going forward.",
        "Please enter the CVV only on the vendor's checkout page, never in a chat or an email.",
        "Quick reminder: full card numbers, security codes, SSNs, PINs and passwords should never go in chat. I'll only ever need the last four.",
        "Thanks, but please don't send that kind of information here. If you think the card was exposed, I can replace it.",
    ],
    "es": [
        "Por su seguridad, no comparta números completos de tarjeta, CVV ni PIN en este chat. Con los últimos cuatro dígitos es suficiente.",
        "Le recuerdo que nunca le vamos a pedir su contraseña, su NIP ni el código de verificación.",
        "Por favor no envíe el código de seguridad por aquí; solo se ingresa en la página del proveedor.",
        "Ojo: no mande el número completo de la tarjeta ni el seguro social por chat. Con los últimos 4 me basta.",
        "Gracias, pero por favor no comparta esos datos por este medio. Si cree que la tarjeta quedó expuesta, se la reemplazo.",
    ],
}
WARN: dict[str, Pool] = {
    "card": {
        "en": [
            "Thanks. Please don't share full card numbers or security codes in chat; I've masked them. The last four is all I ever need.",
            "I've removed the card number and CVV from the transcript. If you think the card was exposed, I can replace it today.",
            "Heads-up: posting full card details here isn't safe. Next time, just give me the last 4.",
        ],
        "es": [
            "Gracias. Por favor no comparta números completos ni códigos de seguridad en el chat; ya los oculté. Con los últimos cuatro basta.",
            "Quité el número y el CVV de la conversación. Si cree que la tarjeta quedó expuesta, se la reemplazo hoy.",
            "Ojo: poner los datos completos de la tarjeta aquí no es seguro. La próxima vez, solo los últimos 4.",
        ],
    },
    "ssn": {
        "en": [
            "Please don't type a full Social Security number in chat. I've hidden it; it only goes in the secure application form.",
            "For privacy, we only need the last four of an SSN here. The full number is entered in the secure form.",
        ],
        "es": [
            "Por favor no escriba el número de seguro social completo en el chat. Ya lo oculté; solo se pone en el formulario seguro.",
            "Por privacidad, aquí solo necesitamos los últimos cuatro del seguro social. El completo va en el formulario seguro.",
        ],
    },
    "login": {
        "en": [
            "Please never share your password or verification codes, not even with us. I'd recommend changing that password once you're back in.",
            "We never need your password or the 2FA code. I've hidden it from the chat; please change it after you log in.",
        ],
        "es": [
            "Por favor nunca comparta su contraseña ni los códigos de verificación, ni con nosotros. Le recomiendo cambiarla cuando entre.",
            "Nunca necesitamos su contraseña ni el código de verificación. Ya lo oculté; cámbiela cuando entre.",
        ],
    },
    "pin": {
        "en": [
            "Please don't share the PIN with anyone, including us. I'd suggest choosing a new one in the app.",
            "Never send your PIN in chat. Change it in the app under Card settings > Change PIN.",
        ],
        "es": [
            "Por favor no comparta el NIP con nadie, ni con nosotros. Le sugiero poner uno nuevo en la app.",
            "Nunca mande su PIN por chat. Cámbielo en la app, en Configuración de tarjeta > Cambiar NIP.",
        ],
    },
}
WARN_OF_ASK = {
    "cc_cvv": "card",
    "cc": "card",
    "cvv": "card",
    "ssn": "ssn",
    "otp": "login",
    "pw": "login",
    "pw_otp": "login",
    "pin": "pin",
    "cc_pin": "pin",
}

BACKPEDAL_A: Pool = {
    "en": [
        "Understood, no problem. The last four of the card is enough for me to look it up.",
        "That's fair, you're right to be careful. I'll open case {case} and someone will call you at the number on file.",
        "Ok, let's do it another way: can you confirm the billing ZIP and the last 4 of the card?",
    ],
    "es": [
        "Entiendo, no hay problema. Con los últimos cuatro de la tarjeta puedo buscarla.",
        "Tiene razón en cuidarse. Le abro el caso {case} y lo llaman al número registrado.",
        "Está bien, hagámoslo de otra forma: ¿me confirma el código postal de facturación y los últimos 4 de la tarjeta?",
    ],
}
REFUSE: Pool = {
    "en": [
        "Um, your own app says never to share that. I'm not comfortable.",
        "no, I'm not giving you that in chat",
        "Isn't that something you're not supposed to ask for?",
        "I'd rather not. Can I call the number on the back of the card instead?",
        "hmm no. the last four is {last4}, that's all you get lol",
        "I don't think so. Who is this exactly?",
    ],
    "es": [
        "Mmm, la app dice que nunca comparta eso. Prefiero no.",
        "No, eso no se lo voy a dar por chat.",
        "¿Y eso para qué? Ustedes dicen que nunca lo piden.",
        "Prefiero llamar al número de atrás de la tarjeta.",
        "Ni loca, eso no lo paso por acá. Los últimos 4 son {last4}.",
        "Perdone pero no, eso es confidencial.",
    ],
    "mix": [
        "no way, eso no lo comparto por chat",
        "mmm no, la app dice never share that",
        "I'd rather not, mejor llamo al banco",
    ],
}

# Customers talking about secrets without giving one.
SECRET_TALK: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "the verification code never arrives, my phone number ends in {last4b}",
            "I've resent it to the phone ending {last4b}. Type it only in the app, never in a chat.",
        ),
        (
            "does the password need a special character? it keeps rejecting mine",
            "Yes: at least 12 characters with a number and a symbol. Please don't share it with anyone, including us.",
        ),
        (
            "I didn't write the PIN anywhere, don't worry",
            "Good. Keep it that way, and never share it, not even with us.",
        ),
        (
            "where do I find the CVV on a virtual card?",
            "In the app, open the virtual card and tap Show details. Enter it only on the vendor's checkout page.",
        ),
        (
            "is it safe to give the vendor the card number over the phone?",
            "It's better to use a virtual card locked to that vendor, so the number can't be used anywhere else.",
        ),
        (
            "do I need to send you the code from the text or just type it in the app?",
            "Just type it in the app. We'll never ask you for that code.",
        ),
        (
            "the card shows 4 digits on the back instead of 3, is that normal for Amex?",
            "On Amex the 4-digit code is on the front. Enter it only on the vendor's site.",
        ),
        (
            "my SSN isn't on the account, only our EIN {ein}, right?",
            "Correct, we identify the business by EIN and business name. The owner's SSN is only used for the application.",
        ),
    ],
    "es": [
        (
            "el código de verificación nunca me llega, mi celular termina en {last4b}",
            "Se lo reenvié al celular que termina en {last4b}. Póngalo solo en la app, nunca en un chat.",
        ),
        (
            "¿la contraseña tiene que llevar un símbolo? me la sigue rechazando",
            "Sí: mínimo 12 caracteres con un número y un símbolo. No se la comparta a nadie, ni a nosotros.",
        ),
        (
            "el NIP no lo tengo anotado en ningún lado, no se preocupe",
            "Muy bien. Así debe ser, y no lo comparta con nadie, ni con nosotros.",
        ),
        (
            "¿dónde veo el CVV de una tarjeta virtual?",
            "En la app, abra la tarjeta virtual y toque Ver datos. Póngalo solo en la página del proveedor.",
        ),
        (
            "¿es seguro darle el número de la tarjeta al proveedor por teléfono?",
            "Es mejor usar una tarjeta virtual asignada a ese proveedor, así el número no sirve en otro lado.",
        ),
        (
            "¿el código del mensaje se lo mando a usted o lo pongo en la app?",
            "Solo póngalo en la app. Nosotros nunca le vamos a pedir ese código.",
        ),
        (
            "la tarjeta tiene 4 números atrás en vez de 3, ¿es normal en Amex?",
            "En Amex el código de 4 dígitos va al frente. Póngalo solo en la página del proveedor.",
        ),
        (
            "mi seguro social no está en la cuenta, solo el EIN {ein}, ¿verdad?",
            "Correcto, identificamos al negocio por el EIN y el nombre. El seguro social del dueño solo se usa en la solicitud.",
        ),
    ],
    "mix": [
        (
            "el code nunca llega, mi cel termina en {last4b}",
            "I've resent it to the phone ending {last4b}. Type it only in the app.",
        ),
        (
            "el password necesita special character? me lo rechaza",
            "Sí: mínimo 12 caracteres con un número y un símbolo.",
        ),
        (
            "dónde veo el CVV del virtual card?",
            "In the app, open the virtual card and tap Show details. Enter it only at the vendor's checkout.",
        ),
    ],
}

# Legitimate agent asks: they request no secret.
LEGIT: dict[str, Pool] = {
    "last4": {
        "en": [
            "Can you confirm the last four digits of the card?",
            "Which card is it? Just the last 4 please.",
            "What are the last four of {emp}'s card?",
            "Could you tell me the last four digits only, so I can find the right card?",
            "Do you know which card it was? The last 4 digits printed on the front are enough.",
        ],
        "es": [
            "¿Me confirma los últimos cuatro dígitos de la tarjeta?",
            "¿Cuáles son los últimos 4 de la tarjeta de {emp}?",
            "Pasame solo los últimos cuatro números de la tarjeta, porfa.",
            "Regáleme por favor los últimos cuatro dígitos, nada más.",
            "¿Con qué números termina la tarjeta? Solo los últimos 4.",
        ],
    },
    "zip": {
        "en": [
            "What's the billing ZIP code on the account?",
            "Can you confirm the ZIP code of the business address?",
        ],
        "es": [
            "¿Cuál es el código postal de facturación?",
            "¿Me confirma el zip code de la dirección del negocio?",
        ],
    },
    "ein": {
        "en": [
            "Can you confirm the business name and the EIN on file?",
            "To find the account, what's the company's EIN (the federal tax ID)?",
            "What's the legal business name and the EIN?",
        ],
        "es": [
            "¿Me confirma el nombre del negocio y el EIN (número de identificación del empleador)?",
            "Para ubicar la cuenta, ¿cuál es el EIN de la empresa?",
            "¿Cuál es el nombre legal de la empresa y su número EIN?",
        ],
    },
    "holder": {
        "en": [
            "What's the new cardholder's full name, date of birth and home address?",
            "I'll need their legal name, date of birth, home address and the last four of their SSN. Only the last four, please.",
            "Please give me the employee's name as it should appear on the card, their DOB and their address.",
        ],
        "es": [
            "¿Me da el nombre completo, fecha de nacimiento y dirección del nuevo titular?",
            "Necesito nombre legal, fecha de nacimiento, domicilio y los últimos 4 del seguro social. Solo los últimos cuatro, por favor.",
            "Dígame el nombre como debe salir en la tarjeta, la fecha de nacimiento y la dirección del empleado.",
        ],
    },
    "amount": {
        "en": [
            "What was the amount and the vendor name, and about what time did it decline?",
            "Do you have the amount, the date and the merchant? That helps me find the authorization.",
            "How much was the charge, and which vendor?",
        ],
        "es": [
            "¿De cuánto era el cargo, con qué proveedor y a qué hora más o menos?",
            "¿Tiene el monto, la fecha y el comercio? Así encuentro la autorización.",
            "¿Por cuánto fue el cobro y de qué proveedor?",
        ],
    },
    "user": {
        "en": [
            "What's the admin username or the email you log in with?",
            "Which user is locked, and what's the email on that profile?",
        ],
        "es": [
            "¿Cuál es el usuario de administrador o el correo con el que entra?",
            "¿Qué usuario quedó bloqueado y cuál es el correo de ese perfil?",
        ],
    },
    "empid": {
        "en": [
            "Do you have the employee ID?",
            "What's the employee's ID number in your card program?",
        ],
        "es": [
            "¿Tiene el número de empleado?",
            "¿Cuál es el ID del empleado en el programa de tarjetas?",
        ],
    },
    "phone": {
        "en": [
            "What's the best callback number?",
            "Which phone number should we text the replacement tracking to?",
        ],
        "es": [
            "¿A qué número le podemos devolver la llamada?",
            "¿A qué celular le mandamos el número de seguimiento?",
        ],
    },
}

ASK_TYPES: dict[str, frozenset[str]] = {
    "cc_cvv": frozenset({CC, CVV}),
    "cc": frozenset({CC}),
    "cvv": frozenset({CVV}),
    "ssn": frozenset({SSN}),
    "otp": frozenset({OTP}),
    "pw": frozenset({PW}),
    "pin": frozenset({PIN}),
    "pw_otp": frozenset({PW, OTP}),
    "cc_pin": frozenset({CC, PIN}),
}
ASKS: dict[str, Pool] = {
    "cc_cvv": {
        "en": [
            "send me the virtual card number and CVV so I can check it",
            "Please type the full card number, the expiration and the 3-digit code on the back so I can run a test authorization.",
            "To verify the card I'll need the 16 digits plus the security code.",
            "can you paste the whole card number and cvv here? I'll see why it declined",
            "I need the complete number of {emp}'s card and its CVC to re-submit the payment.",
            "Go ahead and give me the card number, exp date and the security code and I'll process it for you.",
        ],
        "es": [
            "Mándeme el número completo de la tarjeta virtual y el CVV para revisarlo.",
            "Pasame los 16 números de la tarjeta y el código de seguridad así lo verifico.",
            "Para validar la tarjeta necesito el número completo y los tres dígitos de atrás.",
            "Escríbame aquí el número de la tarjeta con la fecha de vencimiento y el CVV, por favor.",
            "Dime el número entero de la tarjeta y el código de seguridad, que lo compruebo yo.",
        ],
        "mix": [
            "Ok, mándame el full card number y el CVV so I can check it",
            "pásame el card number completo y el security code please",
        ],
    },
    "cc": {
        "en": [
            "What's the full card number on {emp}'s card?",
            "I need the complete card number, not just the last four.",
            "Please provide all the digits of the card so I can locate it.",
            "can you type out the long number on the front of the card?",
        ],
        "es": [
            "¿Me da el número completo de la tarjeta? No solo los últimos cuatro.",
            "Necesito los 16 dígitos de la tarjeta para ubicarla.",
            "Escríbame todos los números que vienen al frente de la tarjeta.",
            "Pasame el número de la tarjeta completo, porfa.",
        ],
    },
    "cvv": {
        "en": [
            "What's the CVV on that card?",
            "Can you read me the security code on the back?",
            "I'll also need the CVC to confirm it's you.",
            "what are the 3 digits on the back of the card?",
        ],
        "es": [
            "¿Cuál es el CVV de esa tarjeta?",
            "Dígame el código de seguridad que está atrás.",
            "Regáleme el código de tres dígitos del reverso.",
            "¿Me confirma los 3 numeritos de atrás de la tarjeta?",
        ],
    },
    "ssn": {
        "en": [
            "I'll need the owner's full Social Security number to proceed.",
            "Please type your complete SSN here so I can verify the application.",
            "what's your social? all 9 digits please",
            "To finish the application, reply with the guarantor's full social security number.",
        ],
        "es": [
            "Para continuar necesito el número de seguro social completo del dueño.",
            "Escríbame su Social Security completo, los nueve dígitos.",
            "¿Me pasa su número de seguro social? El completo, no solo los últimos cuatro.",
        ],
    },
    "otp": {
        "en": [
            "Can you read me the 6-digit code we just texted you?",
            "Please reply with the verification code from your authenticator app.",
            "What's the 2FA code you received? I'll enter it on my side.",
            "I just sent a one-time code to your phone, type it here so I can unlock the account.",
        ],
        "es": [
            "¿Me puede dictar el código de 6 dígitos que le llegó por SMS?",
            "Pasame el código que te llegó al celu así destrabo la cuenta.",
            "Dígame el código de verificación que le acaba de llegar al móvil.",
            "Escríbame aquí el código de un solo uso que le enviamos.",
        ],
        "mix": ["mándame el code que te llegó por text, el de 6 dígitos"],
    },
    "pw": {
        "en": [
            "I need the admin password to reset the portal.",
            "What's your current password? I'll log in and fix the settings.",
            "please send the login password for the admin account",
            "Can you share the portal password so I can check the user permissions?",
        ],
        "es": [
            "Necesito la contraseña del administrador para resetear el portal.",
            "Dime la clave de acceso al portal, que lo miro yo.",
            "¿Cuál es su contraseña actual? Así entro y lo reviso.",
            "Me comparte la contraseña del usuario admin para revisar los permisos?",
        ],
        "mix": ["necesito el password del admin para hacer el reset del portal"],
    },
    "pin": {
        "en": [
            "Please confirm the PIN you use at the ATM so I can reset it.",
            "What's the 4-digit PIN on the debit card?",
            "tell me the current PIN and I'll unlock it",
        ],
        "es": [
            "¿Cuál es el NIP de la tarjeta de débito?",
            "Confírmeme el PIN actual para poder desbloquearla.",
            "Decime el PIN de la tarjeta así la reseteo.",
            "¿Me dice la clave del cajero que usa con la tarjeta del negocio?",
        ],
    },
    "pw_otp": {
        "en": [
            "Reply with your password and the 2FA code and I'll unlock the admin account.",
            "Send me the admin password and the code you just got, and I'll log in for you.",
        ],
        "es": [
            "Envíeme su contraseña y el código de verificación y le desbloqueo la cuenta.",
            "Pasame la contraseña y el código que te llegó, y entro yo a arreglarlo.",
        ],
    },
    "cc_pin": {
        "en": ["To unlock cash withdrawals I need the debit card number and its PIN."],
        "es": ["Para habilitar los retiros necesito el número de la tarjeta de débito y su NIP."],
    },
}
COMPLY: dict[str, Pool] = {
    "cc_cvv": {
        "en": [
            "ok it's {card} exp {exp} cvv {cvv}",
            "{card}\n{exp}\n{cvv}",
            "card {card}, exp {exp}, code {cvv}",
            "Number: {card} / Exp: {exp} / CVV: {cvv}",
            "sure, {card} and the cvv is {cvv}",
        ],
        "es": [
            "número {card} vence {exp} código {cvv}",
            "ok, es la {card}, vence {exp}, el de atrás es {cvv}",
            "Ahí va: {card} {exp} cvv {cvv}",
            "tarjeta {card} / vto {exp} / cód. seg. {cvv}",
        ],
        "mix": [
            "ok el card number es {card}, exp {exp} y el cvv {cvv}",
            "aquí: {card} exp {exp}, security code {cvv}",
        ],
    },
    "cc": {
        "en": ["ok it's {card}", "{card}", "the number is {card}", "sure: {card}"],
        "es": ["el número es {card}", "va: {card}", "{card}", "es la {card}"],
        "mix": ["ok, el number es {card}"],
    },
    "cvv": {
        "en": ["it's {cvv}", "{cvv}", "cvv {cvv}", "the code on the back is {cvv}"],
        "es": ["el código es {cvv}", "{cvv}", "es {cvv}", "los de atrás son {cvv}"],
    },
    "ssn": {
        "en": ["{ssn}", "it's {ssn}", "SSN: {ssn}", "ok my social is {ssn}"],
        "es": ["mi seguro social es {ssn}", "{ssn}", "es el {ssn}", "Social: {ssn}"],
    },
    "otp": {
        "en": ["{otp}", "the code is {otp}", "got it: {otp}", "ok {otp}"],
        "es": ["me llegó {otp}", "{otp}", "el código es {otp}", "es {otp}"],
        "mix": ["el code es {otp}"],
    },
    "pw": {
        "en": ["it's {pw}", "password: {pw}", "ok the password is {pw}", "{pw}"],
        "es": ["la contraseña es {pw}", "clave: {pw}", "es {pw}", "ok, {pw}"],
        "mix": ["el password es {pw}"],
    },
    "pin": {
        "en": ["{pin}", "pin is {pin}", "it's {pin}", "the PIN is {pin}"],
        "es": ["el NIP es {pin}", "{pin}", "el pin es {pin}", "es {pin}"],
    },
    "pw_otp": {
        "en": ["pw {pw} and code {otp}", "password {pw}\ncode {otp}", "ok: {pw} / {otp}"],
        "es": ["contraseña {pw} y el código {otp}", "clave {pw}, código {otp}"],
    },
    "cc_pin": {
        "en": ["card {card}, PIN {pin}", "{card} pin {pin}"],
        "es": ["tarjeta {card}, NIP {pin}", "la tarjeta es {card} y el pin {pin}"],
    },
}


Pairs = dict[str, list[tuple[str, str]]]

VC_FOLLOW: Pairs = {
    "en": [
        (
            "ah ok, how do I raise it?",
            "In the app go to Cards > Virtual > {vendor}, tap Edit limit and set it to {limit2}. It takes effect right away.",
        ),
        (
            "ok so I just make a new one?",
            "Yes: Cards > Virtual > New card, choose Multi-use, lock it to {vendor} and set the monthly limit. The old one stays closed.",
        ),
        (
            "can you just fix it from your side?",
            "I've updated it from here. Try the payment again in a few minutes; the authorization should show up under reference {ref}.",
        ),
        (
            "weird, it worked last month",
            "Last month's charge was {amount2}, under the limit. This month the vendor billed the annual plan, {amount}.",
        ),
    ],
    "es": [
        (
            "ah ok, ¿y cómo le subo el límite?",
            "En la app vaya a Tarjetas > Virtuales > {vendor}, toque Editar límite y póngalo en {limit2}. Aplica de inmediato.",
        ),
        (
            "¿entonces creo otra?",
            "Sí: Tarjetas > Virtuales > Nueva, elija Uso múltiple, asígnela a {vendor} y ponga el límite mensual. La otra queda cerrada.",
        ),
        (
            "¿lo puede arreglar desde allá?",
            "Ya lo actualicé desde aquí. Intente el pago en unos minutos; la autorización debería salir con referencia {ref}.",
        ),
        (
            "qué raro, el mes pasado sí pasó",
            "El mes pasado el cargo fue de {amount2}, debajo del límite. Este mes el proveedor cobró el plan anual, {amount}.",
        ),
    ],
    "mix": [
        (
            "ok so creo otro virtual card?",
            "Sí: Tarjetas > Virtuales > Nueva, elija Uso múltiple y asígnela a {vendor}.",
        ),
        (
            "ah ok, y cómo hago el limit más alto?",
            "In the app go to Cards > Virtual > {vendor}, tap Edit limit and set it to {limit2}.",
        ),
    ],
}
DECLINE_FOLLOW: Pairs = {
    "en": [
        (
            "Can you raise it to {limit2} just for today?",
            "Done. The limit on the card ending {last4} is {limit2} until {date2}. Case number {case}.",
        ),
        (
            "ok they'll retry. will it go through now?",
            "Yes, it should go through now. I've added {vendor} as a trusted merchant on the account.",
        ),
        (
            "can we make sure this doesn't happen again with {vendor}?",
            "I've added {vendor} as a trusted merchant, so first-time fraud checks won't block it again. Case {case}.",
        ),
    ],
    "es": [
        (
            "¿Me lo puede subir a {limit2} solo por hoy?",
            "Listo. El límite de la tarjeta que termina en {last4} queda en {limit2} hasta el {date2}. Número de caso {case}.",
        ),
        (
            "ok, lo van a reintentar. ¿ya pasa?",
            "Sí, ya debería pasar. Agregué a {vendor} como comercio de confianza en la cuenta.",
        ),
        (
            "¿se puede evitar que vuelva a pasar con {vendor}?",
            "Agregué a {vendor} como comercio de confianza, así no lo vuelve a frenar la revisión de fraude. Caso {case}.",
        ),
    ],
    "mix": [
        (
            "can you subirlo a {limit2} solo por hoy?",
            "Done. The limit on the card ending {last4} is {limit2} until {date2}.",
        ),
        (
            "ok, ya van a hacer retry. will it work now?",
            "Sí, ya debería pasar. Agregué a {vendor} como comercio de confianza.",
        ),
    ],
}
LOST_FOLLOW: Pairs = {
    "en": [
        (
            "can she still use apple pay in the meantime?",
            "No, the digital wallet token is suspended together with the card. I can issue a virtual card for her right now though.",
        ),
        (
            "there's a {amount2} charge from {vendor} I don't recognize, can you dispute it?",
            "I've opened dispute {case} for {amount2}; you'll see a temporary credit within {days} business days.",
        ),
        (
            "ok. and can you overnight it?",
            "Yes, expedited shipping to {addr} is free for lost cards. Tracking goes to {email}.",
        ),
    ],
    "es": [
        (
            "¿mientras tanto puede usar apple pay?",
            "No, la billetera digital se suspende junto con la tarjeta. Pero le puedo emitir una virtual ahora mismo.",
        ),
        (
            "hay un cargo de {amount2} de {vendor} que no reconozco, ¿lo pueden disputar?",
            "Abrí la disputa {case} por {amount2}; verá un crédito temporal en {days} días hábiles.",
        ),
        (
            "ok. ¿se puede mandar urgente?",
            "Sí, el envío urgente a {addr} es gratis por pérdida. El seguimiento llega a {email}.",
        ),
    ],
    "mix": [
        (
            "y mientras tanto puede usar apple pay?",
            "No, the digital wallet is suspended with the card, but I can issue a virtual card right now.",
        ),
        (
            "hay un charge de {amount2} de {vendor} que no reconozco",
            "Abrí la disputa {case} por {amount2}; verá un crédito temporal en {days} días hábiles.",
        ),
    ],
}
LIMITS: Pairs = {
    "en": [
        (
            "Can you raise {emp}'s monthly limit from $2,500 to {limit}? Card ending {last4}, cost center {ccenter}.",
            "Done: {emp}'s card ending {last4} now has a {limit} monthly limit, effective immediately. Your company credit line is {limit2}.",
        ),
        (
            "I want to block gambling and bars on all employee cards, and allow restaurants (MCC 5812) only for the sales team",
            "Updated. MCC 7995 (gambling) and 5813 (bars) are blocked on all 14 cards; 5812 is allowed for the Sales group only.",
        ),
        (
            "what's the max per-transaction limit I can set? we buy equipment around {amount}",
            "The per-transaction cap can go up to your available credit. I set it to {amount} for the cards in cost center {ccenter}.",
        ),
        (
            "Please set a {limit} limit for the new hires, employee IDs {empid} and {empid2}",
            "Done, both new cards ({empid} and {empid2}) have a {limit} monthly limit and a $500 per-transaction cap.",
        ),
    ],
    "es": [
        (
            "¿Me sube el límite mensual de {emp} de $2,500 a {limit}? La tarjeta termina en {last4}, centro de costo {ccenter}.",
            "Listo: la tarjeta de {emp} terminada en {last4} tiene ahora límite mensual de {limit}, desde ya. La línea de crédito de la empresa es {limit2}.",
        ),
        (
            "Quiero bloquear casinos y bares en todas las tarjetas de empleados, y permitir restaurantes (MCC 5812) solo para ventas",
            "Actualizado. Los MCC 7995 (apuestas) y 5813 (bares) quedan bloqueados en las 14 tarjetas; el 5812 solo para el grupo de Ventas.",
        ),
        (
            "¿cuál es el máximo por transacción que puedo poner? compramos equipo de unos {amount}",
            "El tope por transacción puede llegar a su crédito disponible. Lo puse en {amount} para las tarjetas del centro de costo {ccenter}.",
        ),
        (
            "Póngale por favor un límite de {limit} a los nuevos, números de empleado {empid} y {empid2}",
            "Listo, las dos tarjetas nuevas ({empid} y {empid2}) tienen límite de {limit} al mes y tope de $500 por compra.",
        ),
    ],
    "mix": [
        (
            "puedes subir el limit de {emp} a {limit}? la card termina en {last4}",
            "Done: {emp}'s card ending {last4} now has a {limit} monthly limit.",
        ),
        (
            "quiero block gambling en todas las cards de employees",
            "Listo, el MCC 7995 (apuestas) queda bloqueado en todas las tarjetas de empleados.",
        ),
    ],
}
ACH: Pairs = {
    "en": [
        (
            "We want to pay our card balance of {amount} by ACH from our business checking: routing {routing}, account {acct}.",
            "Thanks. The ACH of {amount} is scheduled and will post in 1-3 business days. Confirmation {conf}.",
        ),
        (
            "How do I set up autopay? Our bank is {bank}, routing number {routing}, account ending {last4}",
            "Autopay is on for the statement balance, drafted on the {days}th from the {bank} account ending {last4}.",
        ),
        (
            "our vendor wants ACH instead of card. Their bank info: routing {routing} acct {acct}. Can we pay them from the portal?",
            "Vendor ACH payouts are under Payments > Bill Pay. Add the vendor with the routing and account number there; the first payment takes 2 days.",
        ),
        (
            "The ACH payment {conf} for {amount} shows returned. Routing {routing}, acct {acct}. Why?",
            "It was returned with code R01 (insufficient funds) on {date}. You can retry from the portal; no fee for the first return.",
        ),
    ],
    "es": [
        (
            "Queremos pagar el saldo de la tarjeta de {amount} por ACH desde la cuenta de cheques del negocio: ruta {routing}, cuenta {acct}.",
            "Gracias. El ACH de {amount} queda programado y se aplica en 1-3 días hábiles. Confirmación {conf}.",
        ),
        (
            "¿Cómo pongo el pago automático? Nuestro banco es {bank}, número de ruta {routing}, la cuenta termina en {last4}",
            "El pago automático quedó activo por el saldo del estado, se debita el día {days} de la cuenta de {bank} que termina en {last4}.",
        ),
        (
            "el proveedor quiere ACH en vez de tarjeta. Sus datos: ruta {routing} cuenta {acct}. ¿Se puede pagar desde el portal?",
            "Los pagos ACH a proveedores están en Pagos > Pago de facturas. Ahí agrega al proveedor con ruta y cuenta; el primer pago tarda 2 días.",
        ),
        (
            "El pago ACH {conf} por {amount} salió devuelto. Ruta {routing}, cuenta {acct}. ¿Por qué?",
            "Se devolvió con código R01 (fondos insuficientes) el {date}. Puede reintentar desde el portal; la primera devolución no tiene cargo.",
        ),
    ],
    "mix": [
        (
            "quiero pagar el balance de {amount} por ACH, routing {routing}, account {acct}",
            "Thanks. The ACH of {amount} is scheduled and will post in 1-3 business days. Confirmation {conf}.",
        ),
        (
            "el ACH payment {conf} salió returned, routing {routing}",
            "Se devolvió con código R01 (fondos insuficientes) el {date}. Puede reintentar desde el portal.",
        ),
    ],
}


def pair(c: C, pairs: Pairs) -> tuple[str, str]:
    lang = c.msg_lang("customer")
    opts = pairs.get(lang) or pairs[c.rng.choice(["en", "es"])]
    return c.rng.choice(opts)


# --------------------------------------------------------------------------------------
# Families with secrets
# --------------------------------------------------------------------------------------

TEAM_PROBLEM: Pool = {
    "en": [
        "A few of our employee cards got declined at {vendor} this morning. Can you check them?",
        "My crew's cards aren't working for fuel today, at least 3 of them. What's going on?",
        "Several cards on our account are declining for online orders. We have a job starting tomorrow.",
        "hi, none of the field techs can pay for materials at {vendor}, all declined",
        "I need to check a couple of employee cards, they say the cards are 'inactive' but we activated them last week",
    ],
    "es": [
        "Varias tarjetas de los empleados salieron rechazadas en {vendor} hoy en la mañana. ¿Me las revisa?",
        "Fíjese que a mis trabajadores no les pasa la tarjeta para la gasolina, a tres de ellos.",
        "Hola, las tarjetas de mi equipo están rebotando en las compras en línea, ¿qué pasa?",
        "Buenas, os cuento: a varios empleados les rechazan la tarjeta de empresa desde ayer.",
        "Ninguno de los muchachos pudo pagar el material en {vendor}, todas declinadas.",
    ],
    "mix": [
        "las cards de mis employees están declined en {vendor}, can you check?",
        "Hi, varias tarjetas de la company no pasan, says declined. necesito ayuda asap",
    ],
}
MULTI_INTRO: Pool = {
    "en": [
        "ok here they are:",
        "Here's the info for each one:",
        "These are the ones that failed -",
        "",
        "here:",
        "Sure, here you go",
    ],
    "es": [
        "Aquí van:",
        "Estas son las que fallaron:",
        "Le paso los datos:",
        "",
        "ahí te paso las tarjetas:",
        "Mire, son estas:",
    ],
    "mix": ["ok aquí están las cards:", "here van:", ""],
}
MULTI_ENTRY: Pool = {
    "en": [
        "{n}'s card {card} exp {exp} cvv {cvv}",
        "{n}: {card} exp {exp} CVV {cvv}",
        "{n} - {card} - {exp} - {cvv}",
        "{n} {card} {exp} sec code {cvv}",
        "for {n} it's {card}, expires {exp}, code {cvv}",
        "{n}'s is {card} ({exp}, cvv {cvv})",
        "{n}: {card} exp {exp}",
        "{n} -> {card}",
    ],
    "es": [
        "la de {n}: {card} vence {exp} cvv {cvv}",
        "{n}: {card}, venc. {exp}, código {cvv}",
        "tarjeta de {n} {card} exp {exp} cvv {cvv}",
        "{n} -> {card} / {exp} / {cvv}",
        "para {n} es {card}, vence el {exp} y el código de atrás es {cvv}",
        "{n}: {card} vto {exp}",
        "la de {n} termina... no, es la {card}",
    ],
    "mix": [
        "{n}'s card {card} exp {exp} y cvv {cvv}",
        "la de {n}: {card} exp {exp} cvv {cvv}",
        "{n} card {card}, expira {exp}",
    ],
}
TEAM_EXPLAIN: Pool = {
    "en": [
        "Thanks. All three of those cards sit under cost center {ccenter}, which hit its monthly budget of {limit}. I've raised it to {limit2} until the 1st.",
        "I see it. Those cards were issued on {date} but never activated by the cardholders; each person needs to activate in the app.",
        "Those declines were MCC blocks: fuel ({mcc}) is not allowed on the default policy. I can add it to the policy for the field team.",
        "The cards are fine; {vendor} flagged the address mismatch. Make sure the billing ZIP is {zip}.",
    ],
    "es": [
        "Gracias. Esas tarjetas están en el centro de costo {ccenter}, que llegó a su presupuesto mensual de {limit}. Se lo subí a {limit2} hasta el día 1.",
        "Ya lo vi. Las tarjetas se emitieron el {date} pero los titulares nunca las activaron; cada uno debe activarla en la app.",
        "Fueron bloqueos por categoría de comercio (MCC {mcc}), que no está permitida en la política. Puedo agregarla para el equipo.",
        "Las tarjetas están bien; {vendor} rechazó por el código postal. El de facturación es el {zip}.",
    ],
}


def multi_cards(c: C, n: int, lang: str | None = None) -> TB:
    lang = lang or c.msg_lang("customer")
    tb = TB(Noise(c.rng, "customer"))
    intro = c.rng.choice(MULTI_INTRO.get(lang) or MULTI_INTRO["en"])
    sep = c.rng.choice([", ", "; ", "\n", "\n", " / "])
    if intro:
        tb.lit(intro + ("\n" if sep == "\n" or c.chance(0.5) else " "))
    names = [person(c.rng)[0] for _ in range(n)]
    pool = MULTI_ENTRY.get(lang) or MULTI_ENTRY["en"]
    entries = c.rng.sample(pool, len(pool))
    if c.chance(0.5):
        entries = [entries[0]] * n  # people often repeat one pattern
    for i, who in enumerate(names):
        if i:
            tb.lit(
                sep
                if not (i == n - 1 and sep == ", " and c.chance(0.5))
                else (" and " if lang == "en" else " y ")
            )
        card = c.new_card()
        entry = entries[i % len(entries)]
        tb.tpl(entry, {"n": who, "card": card["card"], "exp": card["exp"], "cvv": card["cvv"]})
    return tb


def fam_team_cards(c: C) -> None:
    c.opening()
    c.say("customer", TEAM_PROBLEM)
    if c.chance(0.2):
        c.ask(c.rng.choice(["cc_cvv", "cc"]))
    else:
        c.say("agent", LEGIT["last4"], "legit_ask")
    c.add("customer", multi_cards(c, c.rng.choice([2, 2, 3, 3, 4])), "cards_multi")
    if c.chance(0.7):
        c.warn("card")
    c.say("agent", TEAM_EXPLAIN, "info")
    c.closing()


CSV_INTRO: Pool = {
    "en": [
        "We're moving our cards over from {oldbank}. Here's the export of who has what, can you set up the same limits?",
        "Reconciling last month. This is the card list from our spreadsheet, can you tell me which ones are still active?",
        "My boss asked me to send you the list of cards so you can check the limits:",
        "here's the roster I keep for the cards (sorry it's messy)",
    ],
    "es": [
        "Nos estamos pasando de {oldbank}. Le copio la lista de tarjetas por empleado, ¿puede poner los mismos límites?",
        "Estoy cuadrando el mes pasado. Esta es la lista de tarjetas de la hoja de Excel, ¿cuáles siguen activas?",
        "Mi jefe me pidió mandarle la lista de tarjetas para revisar los límites:",
        "le pego el listado que tengo de las tarjetas (perdón el formato)",
    ],
    "mix": [
        "aquí está el spreadsheet de las cards, can you check which ones are active?",
        "te paso el export de las tarjetas, sorry el formato",
    ],
}
CSV_REPLY: Pool = {
    "en": [
        "Thanks. I can't reuse card numbers from another issuer, so we'll issue new cards. I only need each employee's name, employee ID and the limit. Please delete that file from the chat if you can.",
        "Got it. Of those, the cards ending {last4} and {last4b} are active; the rest were closed on {date}. Please don't paste full card numbers or security codes next time, the last four is enough.",
        "I see the list. Limits are set per cardholder in the portal under Cards > Controls; I've matched the ones in your sheet. Case {case}.",
    ],
    "es": [
        "Gracias. No podemos reutilizar números de otro banco, así que emitiremos tarjetas nuevas. Solo necesito nombre, número de empleado y límite de cada uno.",
        "Listo. De esas, las terminadas en {last4} y {last4b} están activas; las demás se cerraron el {date}. La próxima vez no pegue números completos ni códigos, con los últimos 4 basta.",
        "Ya vi la lista. Los límites se ponen por titular en el portal, en Tarjetas > Controles; ya dejé los de su hoja. Caso {case}.",
    ],
}


def card_table(c: C) -> TB:
    rng = c.rng
    tb = TB(None)
    style = rng.choice(["csv", "csv", "pipe", "tab", "stack"])
    es = c.lang == "es" or (c.lang == "mix" and c.chance(0.5))
    with_cvv = c.chance(0.75)
    rows = rng.randint(2, 5)
    hdr_name, hdr_id, hdr_card, hdr_exp, hdr_cvv, hdr_lim = (
        ("Empleado", "No. Empleado", "Tarjeta", "Vence", "CVV", "Limite")
        if es
        else rng.choice(
            [
                ("Employee", "Emp ID", "Card Number", "Exp", "CVV", "Monthly Limit"),
                ("name", "emp_id", "card", "exp", "cvc", "limit"),
                ("Cardholder", "Employee #", "Card #", "Expiration", "Security Code", "Limit"),
            ]
        )
    )
    cols = [hdr_name, hdr_id, hdr_card, hdr_exp] + ([hdr_cvv] if with_cvv else []) + [hdr_lim]
    if style == "csv":
        tb.lit(",".join(cols) + "\n")
    elif style == "pipe":
        tb.lit("| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n")
    elif style == "tab":
        tb.lit("\t".join(cols) + "\n")
    masked_row = rng.randrange(rows) if c.chance(0.3) else -1
    for r in range(rows):
        first, last = person(rng)
        name = f"{first} {last}"
        empid = make_empid(rng)
        lim = rng.choice(["2500", "2,500.00", "$1,000", "5000.00", "$750", "10,000"])
        if style == "csv" and "," in lim:
            lim = f'"{lim}"'
        card = c.new_card(style=rng.choice(["none", "none", "space", "dash"]))
        exp, cvv = card["exp"], card["cvv"]
        row_masked = r == masked_row
        cells: list[tuple[str, str | None]] = [(name, None), (empid, None)]
        cells.append(
            ("************" + card["digits"][-4:], None) if row_masked else (card["card"], CC)
        )
        cells.append((exp, None))
        if with_cvv:
            cells.append(("***", None) if row_masked else (cvv, CVV))
        cells.append((lim, None))
        if style == "stack":
            for (val, typ), col in zip(cells, cols, strict=True):
                tb.lit(f"{col}: ")
                if typ:
                    tb.sec(typ, val)
                else:
                    tb.lit(val)
                tb.lit("\n")
            if r < rows - 1:
                tb.lit("\n")
            continue
        sep = {"csv": ",", "pipe": " | ", "tab": "\t"}[style]
        if style == "pipe":
            tb.lit("| ")
        for i, (val, typ) in enumerate(cells):
            if i:
                tb.lit(sep)
            if typ:
                tb.sec(typ, val)
            else:
                tb.lit(val)
        if style == "pipe":
            tb.lit(" |")
        if r < rows - 1:
            tb.lit("\n")
    return tb


def fam_card_csv(c: C) -> None:
    c.opening()
    c.say("customer", CSV_INTRO)
    c.add("customer", card_table(c), "card_table")
    c.say("agent", CSV_REPLY, "info")
    if c.chance(0.4):
        c.say(
            "customer",
            {
                "en": ["ok, and can {emp} get {limit}?", "how long for the new cards?"],
                "es": [
                    "ok, ¿y a {emp} le puede poner {limit}?",
                    "¿cuánto tardan las tarjetas nuevas?",
                ],
            },
        )
        c.say(
            "agent",
            {
                "en": [
                    "Yes, {emp}'s limit is now {limit}. New cards arrive in {days} business days."
                ],
                "es": [
                    "Sí, el límite de {emp} quedó en {limit}. Las tarjetas llegan en {days} días hábiles."
                ],
            },
            "info",
        )
    c.closing()


VC_PROBLEM: Pool = {
    "en": [
        "I made a virtual card for {vendor} in the app and it got declined",
        "The virtual card I created yesterday for our {vendor} subscription isn't working",
        "Hi, our marketing person generated a virtual card for {vendor2} ads and the payment failed twice",
        "how do virtual cards work? I created one and the vendor says invalid card",
    ],
    "es": [
        "Hice una tarjeta virtual en la app para pagar {vendor} y me la rechazaron",
        "La tarjeta virtual que generé ayer para la suscripción de {vendor} no funciona",
        "Buenas, generé una virtual para los anuncios de {vendor2} y el pago falló dos veces",
        "¿Cómo funcionan las tarjetas virtuales? Creé una y el proveedor dice tarjeta inválida",
    ],
    "mix": [
        "hice un virtual card en la app para {vendor} y me sale declined",
        "el virtual card que creé no funciona con {vendor}, help",
    ],
}
VC_PASTE: Pool = {
    "en": [
        "Virtual card\nCard number: {card}\nExp: {exp}\nCVV: {cvv}\nNickname: {vendor} subscription\nLimit: {limit}/month",
        "{card}\n{exp}\n{cvv}",
        "Here's what the app shows: {card} exp {exp} cvc {cvv}",
        "copied from the app: Number {card} Expiry {exp} Security code {cvv}",
        "Your virtual card is ready\n\nMerchant lock: {vendor}\nCard: {card}\nExpiration: {exp}\nCVV2: {cvv}\nSingle-use: Yes\nReference: {ref}",
        "this is from the email you sent: card {card}, expires {exp}, cvv {cvv}. spend limit {limit}",
        "it's {card} {exp} {cvv}",
    ],
    "es": [
        "Tarjeta virtual\nNúmero: {card}\nVence: {exp}\nCVV: {cvv}\nLímite: {limit}",
        "me salió esto en la app: {card} venc {exp} cod seg {cvv}",
        "Le copio lo del correo:\nSu tarjeta virtual para {vendor} está lista\nNúmero de tarjeta: {card}\nFecha de vencimiento: {exp}\nCódigo de seguridad: {cvv}",
        "es la {card} con vencimiento {exp} y código {cvv}",
        "Número {card}\nCaducidad {exp}\nCVC {cvv}",
    ],
    "mix": [
        "aquí está el virtual card: {card} exp {exp} cvv {cvv}, el limit es {limit}",
        "esto dice el app: card number {card}, expira {exp}, CVV {cvv}",
    ],
}
VC_PASTE_NOCVV: Pool = {
    "en": ["the number is {card}, exp {exp}", "Card: {card}\nValid thru {exp}"],
    "es": ["el número es {card}, vence {exp}", "Tarjeta: {card}\nVálida hasta {exp}"],
}
VC_CVV_LATER: Pool = {
    "en": ["oh and the cvv is {cvv}", "security code {cvv} if you need it", "forgot: cvc {cvv}"],
    "es": [
        "ah y el cvv es {cvv}",
        "el código de seguridad es {cvv} por si acaso",
        "se me olvidó: cvc {cvv}",
    ],
}
VC_EXPLAIN: Pool = {
    "en": [
        "I see it: the virtual card ending {last4} was created with a {limit} limit and the charge was {amount}, above the limit.",
        "That virtual card is single-use and it was already used on {date} for {amount2}, so it closed itself. Create a multi-use card for subscriptions.",
        "The card is locked to merchant category {mcc}, and {vendor} processes as a different category. You can unlock the category in the card settings.",
        "The vendor entered the billing ZIP wrong. For virtual cards the billing address is the business address, ZIP {zip}.",
    ],
    "es": [
        "Ya lo veo: la virtual terminada en {last4} se creó con límite de {limit} y el cargo fue de {amount}, por encima del límite.",
        "Esa tarjeta virtual es de un solo uso y ya se usó el {date} por {amount2}, por eso se cerró. Para suscripciones cree una de uso múltiple.",
        "La tarjeta está bloqueada a la categoría {mcc} y {vendor} cobra con otra categoría. Puede cambiarlo en la configuración de la tarjeta.",
        "El proveedor puso mal el código postal. En las virtuales la dirección de facturación es la del negocio, ZIP {zip}.",
    ],
}


def fam_virtual_card(c: C) -> None:
    c.opening()
    c.say("customer", VC_PROBLEM)
    card = c.new_card()
    sec = {"card": card["card"], "cvv": card["cvv"], "exp": card["exp"]}
    if c.chance(0.28):
        c.ask("cc_cvv")
    else:
        follow = c.chance(0.3)
        c.say(
            "agent", LEGIT["amount" if follow else c.rng.choice(["amount", "last4"])], "legit_ask"
        )
        if follow:
            c.say(
                "customer",
                {
                    "en": ["it was {amount} on {date}", "{amount}, {vendor}, today around {time}"],
                    "es": [
                        "fue de {amount} el {date}",
                        "{amount}, {vendor}, hoy como a las {time}",
                    ],
                },
            )
            c.say(
                "agent",
                {
                    "en": ["And the virtual card's last four?"],
                    "es": ["¿Y los últimos cuatro de la virtual?"],
                },
                "legit_ask",
            )
    if c.chance(0.2):
        c.say("customer", VC_PASTE_NOCVV, "virtual_paste", **sec)
        c.say("customer", VC_CVV_LATER, "cvv", **sec)
    else:
        c.say("customer", VC_PASTE, "virtual_paste", **sec)
    if c.chance(0.6):
        c.warn("card")
    c.say("agent", VC_EXPLAIN, "info")
    c.exchange(VC_FOLLOW)
    c.closing()


DECLINE_OPEN: Pool = {
    "en": [
        "Our payment to {vendor} for invoice {inv} ({amount}) got declined on {masked}.",
        "Vendor says our card was declined for {po}, total {amount}. This is urgent, they won't ship.",
        "Hi, trying to pay {vendor} {amount} for invoice {inv} and it keeps declining",
        "why did our card get declined at {vendor}?? we have plenty of credit left",
    ],
    "es": [
        "El pago a {vendor} de la factura {inv} ({amount}) salió rechazado con la {masked}.",
        "El proveedor dice que la tarjeta fue rechazada para la orden {po}, total {amount}. Es urgente, no nos mandan el material.",
        "Estoy tratando de pagarle {amount} a {vendor} por la factura {inv} y la tarjeta sigue rebotando",
        "¿por qué me rechazaron la tarjeta en {vendor}? tenemos crédito de sobra",
    ],
    "mix": [
        "el payment a {vendor} por el invoice {inv} got declined, {amount}",
        "me declinaron la card con {vendor}, el total era {amount}",
    ],
}
DECLINE_DETAILS_SECRET: Pool = {
    "en": [
        "It was {date}, {amount}. card number {card} exp {exp} cvv {cvv} in case you need it",
        "{amount} on {date}. The card is {card}",
        "today around {time}. it's the card {card}, code {cvv}",
        "Invoice {inv}, {amount}. Card {card} exp {exp}",
        "amount {amount}. here's the card so you can look: {card} / {exp} / {cvv}",
    ],
    "es": [
        "Fue el {date}, {amount}. La tarjeta es {card} vence {exp} cvv {cvv} por si la necesita",
        "{amount} el {date}. El número de la tarjeta es {card}",
        "hoy como a las {time}, tarjeta {card} código {cvv}",
        "Factura {inv}, {amount}. Tarjeta {card} vto {exp}",
    ],
    "mix": [
        "fue hoy, {amount}. la card es {card} exp {exp} cvv {cvv}",
        "{amount}, el card number es {card}",
    ],
}
DECLINE_DETAILS_CLEAN: Pool = {
    "en": [
        "It was on {date} around {time}, {amount}, {po}. Card ending {last4}.",
        "{amount}, invoice {inv}, the card is the one ending in {last4} ({emp}'s)",
        "it's {masked}, {amount} on {date}. vendor's phone is {phone} if you need to call them",
        "Amount {amount}. Date {date}. Last 4: {last4}. Our EIN is {ein} if that helps.",
    ],
    "es": [
        "Fue el {date} como a las {time}, {amount}, orden {po}. La tarjeta termina en {last4}.",
        "{amount}, factura {inv}, es la tarjeta que termina en {last4} (la de {emp})",
        "Es la {masked}, {amount} el {date}. El teléfono del proveedor es {phone} por si los llama",
        "Monto {amount}. Fecha {date}. Últimos 4: {last4}. El EIN de la empresa es {ein} por si sirve.",
    ],
    "mix": [
        "fue {amount} el {date}, la card termina en {last4}",
        "la {masked}, {amount}, invoice {inv}",
    ],
}
DECLINE_EXPLAIN: Pool = {
    "en": [
        "I see an authorization attempt on {date} for {amount} at {vendor}, reference {ref}. It declined because the card's single-transaction limit is {limit}.",
        "The decline was flagged as possible fraud since it was the first charge from {vendor}. I've cleared it, please have them retry.",
        "That attempt was declined for an incorrect CVV entered on the vendor's side. Ask them to re-enter it on their terminal; don't send it to me.",
        "Your company's available credit is fine; the issue is the card ending {last4} has a daily limit of {limit}, and today's spend already hit it.",
    ],
    "es": [
        "Veo un intento de autorización el {date} por {amount} en {vendor}, referencia {ref}. Se rechazó porque el límite por transacción de la tarjeta es {limit}.",
        "El rechazo se marcó como posible fraude por ser el primer cargo de {vendor}. Ya lo liberé, que intenten de nuevo.",
        "Ese intento se rechazó por un CVV incorrecto del lado del proveedor. Que lo vuelvan a ingresar en su terminal; a mí no me lo mande.",
        "El crédito disponible está bien; el problema es que la tarjeta terminada en {last4} tiene límite diario de {limit} y hoy ya se alcanzó.",
    ],
}


CVV_ALONE: Pool = {
    "en": [
        "we typed the cvv {cvv} exactly as it shows on the card",
        "the vendor says the security code is wrong but it's {cvv}, I checked twice",
        "the 4-digit CID on the front is {cid}, they keep saying mismatch",
    ],
    "es": [
        "pusimos el cvv {cvv} tal cual sale en la tarjeta",
        "el proveedor dice que el código de seguridad está mal pero es {cvv}, lo revisé dos veces",
        "el código de 4 dígitos del frente es {cid} y dicen que no coincide",
    ],
    "mix": ["pusimos el security code {cvv} exactly como sale en la card"],
}


def fam_declined(c: C, secret: bool) -> None:
    c.opening()
    c.say("customer", DECLINE_OPEN)
    if secret and c.chance(0.25):
        key = c.rng.choice(["cc_cvv", "cc", "cvv"])
        c.careless(key, 0.75)
    else:
        c.say("agent", LEGIT[c.rng.choice(["amount", "last4", "amount"])], "legit_ask")
        if secret and c.chance(0.75):
            card = c.new_card()
            c.say(
                "customer",
                DECLINE_DETAILS_SECRET,
                "card_cvv",
                card=card["card"],
                cvv=card["cvv"],
                exp=card["exp"],
            )
            if c.chance(0.5):
                c.warn("card")
        else:
            c.say("customer", DECLINE_DETAILS_CLEAN, "lookalike")
            if secret and c.chance(0.6):
                c.say(
                    "customer",
                    CVV_ALONE,
                    "cvv",
                    cvv=make_cvv(c.rng, "visa"),
                    cid=make_cvv(c.rng, "amex"),
                )
    c.say("agent", DECLINE_EXPLAIN, "info")
    c.exchange(DECLINE_FOLLOW)
    c.closing()


LOST_OPEN: Pool = {
    "en": [
        "One of my employees, {emp}, lost her corporate card last night.",
        "{emp} left his company card at a gas station in {city}. Need it blocked ASAP",
        "I think I lost my work card. I'm an employee at {company}, my manager told me to contact you.",
        "our driver's card was stolen from the truck, can you cancel it",
    ],
    "es": [
        "Una de mis empleadas, {emp}, perdió la tarjeta de la empresa anoche.",
        "A {emp} se le quedó la tarjeta del negocio en una gasolinera. Hay que bloquearla ya.",
        "Creo que perdí mi tarjeta del trabajo. Soy empleado de {company}, mi jefa me dijo que les escribiera.",
        "le robaron la tarjeta a nuestro chofer de la troca, ¿la pueden cancelar?",
        "Buenas, a un operario se le ha extraviado la tarjeta de empresa, ¿cómo la anulo?",
    ],
    "mix": [
        "{emp} perdió su company card, can you block it?",
        "le robaron la card a uno de mis drivers, necesito cancelarla asap",
    ],
}
LOST_AGENT: Pool = {
    "en": [
        "I'm sorry to hear that. I can lock it right away. Which card is it: the last four digits or the cardholder's name?",
        "Let's block it now. Do you have the cardholder's name or the last 4 of the card?",
    ],
    "es": [
        "Lamento escuchar eso. La puedo bloquear de inmediato. ¿Cuál tarjeta es? Los últimos cuatro o el nombre del titular.",
        "Vamos a bloquearla ya. ¿Tiene el nombre del titular o los últimos 4 de la tarjeta?",
    ],
}
LOST_SECRET: Pool = {
    "en": [
        "the number is {card}",
        "it's {card} exp {exp}",
        "I have it in my records: {card}",
        "card # {card}, it's under {emp}",
        "{emp}'s card, {card}",
    ],
    "es": [
        "el número es {card}",
        "es la {card} vence {exp}",
        "la tengo anotada: {card}",
        "tarjeta {card}, está a nombre de {emp}",
    ],
    "mix": ["la card es {card}", "el number es {card}, es la de {emp}"],
}
LOST_CLEAN: Pool = {
    "en": [
        "It ends in {last4}, employee ID {empid}.",
        "last 4 {last4}, name on the card is {empfull}",
        "{masked}, {empfull}",
    ],
    "es": [
        "Termina en {last4}, número de empleado {empid}.",
        "los últimos 4 son {last4}, a nombre de {empfull}",
        "{masked}, {empfull}",
    ],
    "mix": ["termina en {last4}, employee ID {empid}"],
}
LOST_PIN: Pool = {
    "en": [
        "and she says the PIN was {pin} and it was written on a paper in the wallet 🙄",
        "also he told me the pin is {pin}, should we change it?",
        "PIN was {pin} if that matters",
    ],
    "es": [
        "y dice que el NIP era {pin} y lo tenía anotado en la cartera 🙄",
        "además me dijo que el pin es {pin}, ¿hay que cambiarlo?",
        "la clave del cajero era {pin}, por si importa",
    ],
}
LOST_DONE: Pool = {
    "en": [
        "The card ending {last4} is now locked. A replacement ships to the business address in 5-7 business days. Case {case}.",
        "Done, it's blocked and no new charges will go through. I see no transactions after {date}. The new card will have a different number.",
    ],
    "es": [
        "La tarjeta terminada en {last4} ya está bloqueada. La reposición llega a la dirección del negocio en 5 a 7 días hábiles. Caso {case}.",
        "Listo, quedó bloqueada y no pasará ningún cargo nuevo. No veo movimientos después del {date}. La nueva tendrá otro número.",
    ],
}


def fam_lost(c: C, secret: bool) -> None:
    c.opening()
    c.say("customer", LOST_OPEN)
    if secret and c.chance(0.2):
        c.careless("cc", 0.7)
    else:
        c.say("agent", LOST_AGENT, "legit_ask")
        if secret:
            card = c.new_card()
            c.say("customer", LOST_SECRET, "card", card=card["card"], exp=card["exp"])
        else:
            c.say("customer", LOST_CLEAN, "lookalike")
    if secret and c.chance(0.4):
        c.say("customer", LOST_PIN, "pin", pin=make_pin(c.rng))
        c.warn("pin")
    c.say("agent", LOST_DONE, "info")
    if c.chance(0.6):
        c.exchange(LOST_FOLLOW)
    c.closing()


LOCK_OPEN: Pool = {
    "en": [
        "I'm locked out of the admin portal, it says too many attempts",
        "Hi, I'm the account admin for {company} and I can't log in to the expense portal since this morning",
        "portal keeps saying invalid credentials and now it's locked. I need to approve expense reports today!",
        "I can't get into the admin dashboard, the 2FA code never works",
    ],
    "es": [
        "Estoy bloqueada del portal de administrador, dice demasiados intentos",
        "Hola, soy el administrador de la cuenta de {company} y no puedo entrar al portal desde la mañana",
        "El portal me dice credenciales inválidas y ya se bloqueó. Tengo que aprobar los reportes de gastos hoy",
        "No puedo entrar al panel de admin, el código de verificación nunca funciona",
        "Buenas, me he quedado fuera del portal de empresa, ¿me echáis una mano?",
    ],
    "mix": [
        "estoy locked out del admin portal, says too many attempts",
        "no puedo hacer login al portal, el 2FA code no sirve",
    ],
}
LOCK_IDS: Pool = {
    "en": [
        "username {user}, EIN {ein}",
        "user is {user} and our EIN is {ein}. Business name {company}.",
        "{company}, EIN {ein}. I log in with {email}",
        "login {user} / tax ID {ein}",
    ],
    "es": [
        "usuario {user}, EIN {ein}",
        "el usuario es {user} y el EIN de la empresa es {ein}",
        "{company}, EIN {ein}. Entro con el correo {email}",
        "mi usuario: {user}. El número de empleador (EIN) es {ein}",
    ],
    "mix": ["el user es {user}, EIN {ein}", "login con {email}, el EIN es {ein}"],
}
LOCK_PW: Pool = {
    "en": [
        "I know the password is right, it's {pw}",
        "I've tried my password {pw} like 5 times",
        "I even reset it to {pw} yesterday and it still says invalid",
        "user {user} pass {pw}, I copy-pasted it from my password manager",
        "the temp password from the email was {pw} but it expired?",
    ],
    "es": [
        "Yo sé que la contraseña está bien, es {pw}",
        "Ya puse mi contraseña {pw} como 5 veces",
        "Hasta la cambié a {pw} ayer y sigue diciendo inválida",
        "usuario {user} clave {pw}, la copié del gestor de contraseñas",
        "la contraseña temporal del correo era {pw} pero ¿ya venció?",
    ],
    "mix": [
        "el password es {pw}, estoy segura que está bien",
        "puse el password {pw} like 5 times",
    ],
}
LOCK_OTP: Pool = {
    "en": [
        "and the 2FA code {otp} just says invalid",
        "the code I got was {otp} and it says expired",
        "I keep getting codes, last one was {otp}, none of them work",
    ],
    "es": [
        "y el código de verificación {otp} me dice inválido",
        "el código que me llegó fue {otp} y dice que expiró",
        "me siguen llegando códigos, el último fue {otp} y ninguno sirve",
    ],
    "mix": ["y el 2FA code {otp} says invalid", "el code que me llegó es {otp} pero dice expired"],
}
LOCK_FIX: Pool = {
    "en": [
        "I've unlocked the profile and sent a reset link to {email}. Never share your password or verification codes with anyone, including us.",
        "The lock clears automatically after 30 minutes, but I've cleared it now. Your authenticator may be out of sync; the reset link is on its way to {email}.",
        "Thanks, I've verified the account with the EIN. A password reset link was sent to the admin email on file. The 2FA codes last 10 minutes.",
    ],
    "es": [
        "Desbloqueé el perfil y envié un enlace para restablecer la contraseña a {email}. Nunca comparta su contraseña ni los códigos con nadie, ni con nosotros.",
        "El bloqueo se quita solo a los 30 minutos, pero ya lo quité. Puede que el autenticador esté desfasado; el enlace va en camino a {email}.",
        "Gracias, verifiqué la cuenta con el EIN. Le llegó un enlace para cambiar la contraseña al correo del administrador. Los códigos duran 10 minutos.",
    ],
}
LOCK_AFTER_OTP: Pool = {
    "en": [
        "got the link. new code is {otp}, it worked!",
        "in! the code {otp} went through this time",
        "ok the new code {otp} worked",
    ],
    "es": [
        "ya me llegó. el código nuevo es {otp} y funcionó!",
        "ya entré, esta vez el código {otp} sí pasó",
        "listo, con el código {otp} ya pude",
    ],
    "mix": ["ya, el code {otp} worked this time"],
}
LOCK_AFTER_PW: Pool = {
    "en": [
        "ok I set the new one to {pw} and I'm in",
        "changed it to {pw}, works now",
        "new password is {pw}, is that strong enough?",
    ],
    "es": [
        "ok puse la nueva {pw} y ya entré",
        "la cambié a {pw} y ya funciona",
        "la nueva contraseña es {pw}, ¿está bien segura?",
    ],
    "mix": ["puse el new password {pw} y ya entré"],
}
LOCK_AFTER_CLEAN: Pool = {
    "en": [
        "ok got the email, I'm in now",
        "it worked, thank you!!",
        "still nothing... oh wait, spam folder. got it",
    ],
    "es": [
        "ok ya me llegó el correo, ya entré",
        "ya funcionó, muchas gracias!!",
        "nada... ah no, estaba en spam. listo",
    ],
}


def fam_admin_lockout(c: C, secret: bool) -> None:
    c.opening()
    c.say("customer", LOCK_OPEN)
    c.say("agent", LEGIT[c.rng.choice(["ein", "user", "ein"])], "legit_ask")
    c.say("customer", LOCK_IDS, "lookalike")
    if secret:
        if c.chance(0.3):
            c.careless(c.rng.choice(["pw", "otp", "pw_otp"]), 0.7)
        else:
            r = c.rng.random()
            if r < 0.45:
                c.say("customer", LOCK_PW, "password", pw=make_pw(c.rng))
            elif r < 0.75:
                c.say("customer", LOCK_OTP, "otp", otp=make_otp(c.rng))
            else:
                c.say("customer", LOCK_PW, "password", pw=make_pw(c.rng))
                c.say("customer", LOCK_OTP, "otp", otp=make_otp(c.rng))
            if c.chance(0.5):
                c.warn("login")
    c.say("agent", LOCK_FIX, "info")
    if secret and c.chance(0.35):
        if c.chance(0.5):
            c.say("customer", LOCK_AFTER_OTP, "otp", otp=make_otp(c.rng))
        else:
            c.say("customer", LOCK_AFTER_PW, "password", pw=make_pw(c.rng))
    else:
        c.say("customer", LOCK_AFTER_CLEAN)
    c.closing()


APP_OPEN: Pool = {
    "en": [
        "I'm applying for the business card for {company}. What do you need from me?",
        "Hi, I started the application online but it got stuck at the owner information page",
        "We want to get corporate cards for our 8 employees. How do I apply?",
    ],
    "es": [
        "Estoy solicitando la tarjeta de negocio para {company}. ¿Qué necesitan de mí?",
        "Hola, empecé la solicitud en línea pero se trabó en la parte de información del dueño",
        "Queremos sacar tarjetas corporativas para nuestros 8 empleados. ¿Cómo aplico?",
        "Buenas, ¿qué papeles piden para la tarjeta empresarial? Soy el propietario.",
    ],
    "mix": [
        "quiero aplicar para la business card, qué info necesitan?",
        "empecé el application pero se quedó stuck en la parte del owner",
    ],
}
APP_AGENT: Pool = {
    "en": [
        "Great! I'll need the legal business name, the EIN, and the owner's date of birth and home address. The SSN goes only in the secure application form, not in chat.",
        "Happy to help. Can you confirm the business name, EIN and annual revenue? The personal guarantor details are entered in the form.",
    ],
    "es": [
        "¡Perfecto! Necesito el nombre legal del negocio, el EIN, y la fecha de nacimiento y dirección del dueño. El seguro social solo se pone en el formulario seguro, no en el chat.",
        "Con gusto. ¿Me confirma el nombre del negocio, el EIN y los ingresos anuales? Los datos del garante se ingresan en el formulario.",
    ],
}
APP_SECRET: Pool = {
    "en": [
        "EIN {ein}, my SSN {ssn}, DOB {dob}, home {addr}",
        "Business: {company}, EIN {ein}. Owner {fullname}, SSN {ssn}, born {dob}",
        "here's everything: EIN {ein} / SSN {ssn} / DOB {dob} / {addr}",
        "ok the EIN is {ein} and my personal social is {ssn}. revenue about {amount} a month",
        "{fullname}\nSSN: {ssn}\nDOB: {dob}\nAddress: {addr}\nEIN: {ein}",
        "my social security number is {ssn}, the company tax id is {ein}",
    ],
    "es": [
        "EIN {ein}, mi seguro social {ssn}, nacimiento {dob}, domicilio {addr}",
        "Negocio: {company}, EIN {ein}. Dueño {fullname}, social {ssn}, fecha de nacimiento {dob}",
        "el EIN es {ein} y mi número de seguro social personal es {ssn}",
        "{fullname}\nSeguro social: {ssn}\nNacimiento: {dob}\nDirección: {addr}\nEIN: {ein}",
        "mi SSN es {ssn}, el de la empresa (EIN) es {ein}",
    ],
    "mix": [
        "el EIN es {ein} y mi social es {ssn}, DOB {dob}",
        "my SSN {ssn}, el EIN del business {ein}",
    ],
}
APP_CLEAN: Pool = {
    "en": [
        "EIN {ein}, {company}, DOB {dob}, home address {addr}. The form says SSN but I'll put it there.",
        "{company}, EIN {ein}, about {amount} a month in revenue. I'm {fullname}, born {dob}.",
    ],
    "es": [
        "EIN {ein}, {company}, fecha de nacimiento {dob}, domicilio {addr}. El seguro social lo pongo en el formulario.",
        "{company}, EIN {ein}, facturamos como {amount} al mes. Soy {fullname}, nací el {dob}.",
    ],
}
APP_DONE: Pool = {
    "en": [
        "Thanks. Your application reference is {report}. A decision usually takes {days} business days; we'll email {email}.",
        "Got it. I've attached the business details to application {report}. If the page freezes again, clear your browser cache and resume from the link in your email.",
    ],
    "es": [
        "Gracias. Su número de solicitud es {report}. La decisión tarda unos {days} días hábiles; le escribimos a {email}.",
        "Listo. Agregué los datos del negocio a la solicitud {report}. Si la página se congela otra vez, borre el caché y continúe desde el enlace del correo.",
    ],
}


def fam_owner_application(c: C, secret: bool = True) -> None:
    c.opening()
    c.say("customer", APP_OPEN)
    if secret and c.chance(0.25):
        c.say("agent", LEGIT["ein"], "legit_ask")
        c.say(
            "customer",
            {
                "en": ["{company}, EIN {ein}"],
                "es": ["{company}, EIN {ein}"],
                "mix": ["es {company}, el EIN {ein}"],
            },
            "lookalike",
        )
        c.careless("ssn", 0.75)
    else:
        c.say("agent", APP_AGENT, "legit_ask")
        if secret:
            c.say("customer", APP_SECRET, "ssn", ssn=make_ssn(c.rng))
            if c.chance(0.7):
                c.warn("ssn")
        else:
            c.say("customer", APP_CLEAN, "lookalike")
    c.say("agent", APP_DONE, "info")
    c.closing()


NEWHOLDER_OPEN: Pool = {
    "en": [
        "I need to add a new cardholder, {emp}, our new sales rep.",
        "How do I add an employee card? We just hired {emp} as a project manager.",
        "Please set up a card for our new bookkeeper {emp}, limit {limit} a month",
    ],
    "es": [
        "Necesito agregar un nuevo titular, {emp}, nuestro nuevo vendedor.",
        "¿Cómo agrego una tarjeta de empleado? Acabamos de contratar a {emp} como encargada de proyecto.",
        "Por favor sáquele una tarjeta a {emp}, la nueva contadora, con límite de {limit} al mes",
        "Buenas, quiero darle de alta una tarjeta a un trabajador nuevo",
    ],
    "mix": [
        "necesito add un new cardholder, se llama {emp}",
        "quiero una employee card para {emp}, limit {limit}",
    ],
}
NEWHOLDER_CLEAN: Pool = {
    "en": [
        "{empfull}, DOB {dob}, {addr}, last 4 of SSN {ssnlast}, employee ID {empid}, monthly limit {limit}",
        "Name: {empfull}\nDOB: {dob}\nAddress: {addr}\nSSN last four: {ssnlast}\nEmp ID: {empid}",
        "her name is {empfull}, born {dob}, lives at {addr}. last four of social is {ssnlast}",
        "{empfull} / {dob} / {addr} / xxx-xx-{ssnlast}",
    ],
    "es": [
        "{empfull}, nacimiento {dob}, {addr}, últimos 4 del seguro {ssnlast}, empleado {empid}, límite {limit}",
        "Nombre: {empfull}\nFecha de nacimiento: {dob}\nDirección: {addr}\nÚltimos 4 SSN: {ssnlast}\nNo. empleado: {empid}",
        "se llama {empfull}, nació el {dob}, vive en {addr}. los últimos cuatro del social son {ssnlast}",
    ],
    "mix": ["{empfull}, DOB {dob}, vive en {addr}, last 4 del SSN {ssnlast}"],
}
NEWHOLDER_SECRET: Pool = {
    "en": [
        "{empfull}, born {dob}, SSN {ssn}, lives at {addr}",
        "Name: {empfull}\nDOB: {dob}\nSSN: {ssn}\nAddress: {addr}\nEmp ID: {empid}",
        "it's {empfull}, DOB {dob}. I have her whole social, {ssn}, is that ok?",
        "{empfull} {dob} ss# {ssn} employee {empid}",
    ],
    "es": [
        "{empfull}, nació el {dob}, seguro social {ssn}, vive en {addr}",
        "Nombre: {empfull}\nNacimiento: {dob}\nSeguro social: {ssn}\nDomicilio: {addr}",
        "es {empfull}, fecha de nac. {dob}, el social completo es {ssn}",
    ],
    "mix": ["{empfull}, DOB {dob}, su social es {ssn}, vive en {addr}"],
}
NEWHOLDER_DONE: Pool = {
    "en": [
        "All set. {emp}'s card is on its way and should arrive in 7-10 days. Limit {limit}, cost center {ccenter}, GL {gl}.",
        "Thanks! The card for {emp} is created; they'll get an email at work to activate it and set a PIN in the app.",
    ],
    "es": [
        "Listo. La tarjeta de {emp} va en camino, llega en 7 a 10 días. Límite {limit}, centro de costo {ccenter}, cuenta contable {gl}.",
        "¡Gracias! Ya se creó la tarjeta de {emp}; le llegará un correo para activarla y poner su NIP en la app.",
    ],
}


def fam_new_cardholder(c: C, secret: bool) -> None:
    c.opening()
    c.say("customer", NEWHOLDER_OPEN)
    c.say("agent", LEGIT["holder"], "legit_ask")
    if secret:
        c.say("customer", NEWHOLDER_SECRET, "ssn", ssn=make_ssn(c.rng))
        c.warn("ssn")
    else:
        c.say("customer", NEWHOLDER_CLEAN, "lookalike")
    if c.chance(0.4):
        c.say("agent", LEGIT["empid"], "legit_ask")
        c.say(
            "customer",
            {"en": ["it's {empid2}", "{empid2}"], "es": ["es el {empid2}", "{empid2}"]},
            "lookalike",
        )
    c.say("agent", NEWHOLDER_DONE, "info")
    c.closing()


PIN_OPEN: Pool = {
    "en": [
        "I'm trying to take cash out with our business debit card and the ATM says wrong PIN",
        "How do I change the PIN on the company debit card? I want to withdraw {amount2} for petty cash",
        "ATM ate my business debit card after I put the pin",
        "the bank machine says 'PIN tries exceeded'. what do I do",
    ],
    "es": [
        "Estoy tratando de sacar efectivo con la tarjeta de débito del negocio y el cajero dice NIP incorrecto",
        "¿Cómo cambio el PIN de la tarjeta de débito de la empresa? Quiero sacar {amount2} para caja chica",
        "El cajero se tragó la tarjeta de débito del negocio después de poner el pin",
        "El cajero dice que excedí los intentos del PIN, ¿qué hago?",
        "Hola, no me deja sacar plata del cajero con la débito de la empresa",
    ],
    "mix": [
        "el ATM dice wrong PIN con la business debit card",
        "quiero sacar cash con la debit card del negocio pero el PIN no funciona",
    ],
}
PIN_AGENT: Pool = {
    "en": [
        "How many attempts did you make? After {attempts} wrong tries the PIN locks for 24 hours. You can set a new PIN in the app under Card settings.",
        "I can help. First, is it the debit card ending {last4}? Don't tell me the PIN; I just need to know if you changed it recently.",
    ],
    "es": [
        "¿Cuántos intentos hizo? Después de {attempts} intentos fallidos el NIP se bloquea 24 horas. Puede poner uno nuevo en la app, en Configuración de tarjeta.",
        "Le ayudo. ¿Es la débito que termina en {last4}? No me diga el PIN; solo necesito saber si lo cambió hace poco.",
    ],
}
PIN_SECRET: Pool = {
    "en": [
        "I typed {pin} which is what I set when we opened the account",
        "the pin is {pin} I'm sure",
        "I changed it to {pin} yesterday at the branch",
        "3 times. I used {pin}, maybe it's the old one?",
        "yes ending {last4}. pin {pin}",
    ],
    "es": [
        "Puse {pin} que es el que pusimos cuando abrimos la cuenta",
        "el NIP es {pin}, estoy segura",
        "lo cambié a {pin} ayer en la sucursal",
        "3 veces. Usé {pin}, ¿será el viejo?",
        "sí, termina en {last4}. la clave del cajero es {pin}",
    ],
    "mix": ["puse el PIN {pin}, I'm sure it's right", "tried {pin} tres veces"],
}
PIN_CLEAN: Pool = {
    "en": [
        "{attempts} times I think. yes it ends in {last4}",
        "twice. I didn't change it since we opened the account in {date}",
    ],
    "es": [
        "como {attempts} veces. sí, termina en {last4}",
        "dos veces. No lo he cambiado desde que abrimos la cuenta en {date}",
    ],
}
PIN_FIX: Pool = {
    "en": [
        "I've reset the PIN attempt counter. Please set a new PIN in the app (Card settings > Change PIN) and try the ATM again in 10 minutes. The daily cash limit is {limit}.",
        "The card was retained by the ATM, so I've ordered a replacement to the business address. It will come with a new PIN you can change in the app.",
    ],
    "es": [
        "Ya reinicié el contador de intentos. Ponga un NIP nuevo en la app (Configuración > Cambiar NIP) e intente en 10 minutos. El límite diario en efectivo es {limit}.",
        "El cajero retuvo la tarjeta, así que pedí una reposición a la dirección del negocio. Llega con un NIP nuevo que puede cambiar en la app.",
    ],
}
PIN_AFTER: Pool = {
    "en": ["ok I changed it to {pin}, it worked", "done, new pin {pin}. cash came out"],
    "es": ["ok lo cambié a {pin} y ya funcionó", "listo, nuevo nip {pin}. ya salió el efectivo"],
}


def fam_debit_pin(c: C) -> None:
    c.opening()
    c.say("customer", PIN_OPEN)
    if c.chance(0.25):
        c.careless(c.rng.choice(["pin", "pin", "cc_pin"]), 0.7)
    else:
        c.say("agent", PIN_AGENT, "legit_ask")
        c.say("customer", PIN_SECRET, "pin", pin=make_pin(c.rng))
        if c.chance(0.6):
            c.warn("pin")
    c.say("agent", PIN_FIX, "info")
    if c.chance(0.35):
        c.say("customer", PIN_AFTER, "pin", pin=make_pin(c.rng))
    c.closing()


def fam_debit_pin_clean(c: C) -> None:
    c.opening()
    c.say("customer", PIN_OPEN)
    c.say("agent", PIN_AGENT, "legit_ask")
    c.say("customer", PIN_CLEAN, "lookalike")
    c.say("agent", PIN_FIX, "info")
    c.closing()


SPLIT_OPEN: Pool = {
    "en": [
        "The card for our {vendor} account keeps getting declined, can you check it",
        "Need to verify a card, my employee says it doesn't work anywhere",
        "hi, is this card active? {emp} just got it",
    ],
    "es": [
        "La tarjeta de la cuenta de {vendor} sigue saliendo rechazada, ¿la revisa?",
        "Necesito verificar una tarjeta, mi empleado dice que no le pasa en ningún lado",
        "hola, ¿esta tarjeta está activa? a {emp} le acaba de llegar",
    ],
    "mix": ["la card de {emp} no funciona anywhere, can you check?"],
}
SPLIT_FIRST: Pool = {
    "en": ["the card number is {part}", "ok it's {part}", "{part}", "number: {part}"],
    "es": ["el número es {part}", "es la {part}", "{part}", "número: {part}"],
    "mix": ["el card number es {part}", "ok es {part}"],
}
SPLIT_MID: Pool = {
    "en": ["{part}", "then {part}", "{part}...", "cont. {part}"],
    "es": ["{part}", "luego {part}", "{part}...", "sigue {part}"],
}
SPLIT_LAST: Pool = {
    "en": [
        "{part} sorry my phone sent it early",
        "{part}",
        "{part} exp {exp}",
        "and {part}",
        "last part {part}",
    ],
    "es": [
        "{part} perdón se me envió antes",
        "{part}",
        "{part} vence {exp}",
        "y {part}",
        "lo último es {part}",
    ],
    "mix": ["{part} sorry se envió antes", "y el resto {part}"],
}


def split_parts(c: C, d: str) -> list[str]:
    n = len(d)
    if c.chance(0.55):
        cut = c.rng.choice([p for p in range(4, n - 3) if p % 4 == 0] or [n // 2])
        cuts = [cut]
    else:
        a = c.rng.choice([p for p in range(4, n - 7) if p % 4 == 0] or [4])
        b = c.rng.choice([p for p in range(a + 4, n - 3)] or [a + 4])
        cuts = [a, b]
    pieces, prev = [], 0
    for cut in [*cuts, n]:
        pieces.append(d[prev:cut])
        prev = cut
    sep = c.rng.choice([" ", " ", "-", ""])
    return [sep.join(chunk(p, [4] * 5)) if sep else p for p in pieces]


def fam_split_card(c: C) -> None:
    c.opening()
    c.say("customer", SPLIT_OPEN)
    asked = c.chance(0.3)
    if asked:
        c.ask(c.rng.choice(["cc", "cc_cvv"]))
    else:
        c.say("agent", LEGIT["last4"], "legit_ask")
    card = c.new_card(style="none")
    parts = split_parts(c, card["digits"])
    for i, part in enumerate(parts):
        pool = SPLIT_FIRST if i == 0 else (SPLIT_LAST if i == len(parts) - 1 else SPLIT_MID)
        last = i == len(parts) - 1
        tpl = c.pick(pool, "customer")
        tb = TB(Noise(c.rng, "customer"))
        pre, post = tpl.split("{part}")
        tb.lit(pre)
        tb.sec(CC, part, keep=4 if last else 0, split=True)
        tb.tpl(post, {"exp": card["exp"]})
        c.add("customer", tb, "split")
    if asked and c.chance(0.6):
        c.say("customer", COMPLY["cvv"], "cvv", cvv=card["cvv"])
    c.warn("card")
    c.say(
        "agent",
        {
            "en": [
                "The card ending {last4} is active, but it was never used with {vendor}. The declines were for a wrong billing ZIP; it should be {zip}.",
                "That card is active with a {limit} limit. I see no declines today, so the issue may be on the merchant's side.",
            ],
            "es": [
                "La tarjeta que termina en {last4} está activa, pero nunca se usó con {vendor}. Los rechazos fueron por el código postal; debe ser {zip}.",
                "Esa tarjeta está activa con límite de {limit}. No veo rechazos hoy, así que puede ser del lado del comercio.",
            ],
        },
        "info",
    )
    c.closing()


OTP_OPEN: Pool = {
    "en": [
        "I got a text with code {otp}, is that from you guys? I didn't request anything",
        "The app sent me a code {otp} to approve a card payment of {amount}. Is this legit?",
        "what is this code {otp} I just got? it says do not share",
        "Hi, someone called saying they're from your fraud team and asked me for the code. I got {otp}. I didn't give it.",
    ],
    "es": [
        "Me llegó un mensaje con el código {otp}, ¿es de ustedes? Yo no pedí nada",
        "La app me mandó un código {otp} para aprobar un pago con la tarjeta de {amount}. ¿Es real?",
        "¿qué es este código {otp} que me llegó? dice que no lo comparta",
        "Hola, me llamaron diciendo que eran de fraudes y me pidieron el código. Me llegó el {otp}. No se lo di.",
        "Oye, me ha llegado un SMS con el código {otp} al móvil y no he hecho nada",
    ],
    "mix": [
        "me llegó un text con el code {otp}, is it from you?",
        "got un código {otp} y yo no pedí nada, es scam?",
    ],
}
OTP_AGENT: Pool = {
    "en": [
        "That code is used to confirm a new device login on your admin profile. Don't share it with anyone. If you didn't request it, change your password now.",
        "Good call not sharing it. We never call asking for codes. I'm securing the account and will review recent logins.",
        "It was triggered by an attempt to add a device at {time}. Please don't share it with anyone, not even with us.",
    ],
    "es": [
        "Ese código sirve para confirmar un inicio de sesión desde un dispositivo nuevo. No lo comparta con nadie. Si no lo pidió, cambie su contraseña ya.",
        "Hizo bien en no darlo. Nunca llamamos pidiendo códigos. Voy a asegurar la cuenta y revisar los accesos recientes.",
        "Se generó por un intento de agregar un dispositivo a las {time}. Por favor no lo comparta con nadie, ni con nosotros.",
    ],
}
OTP_OOPS: Pool = {
    "en": [
        "uh oh. I already typed {otp} into a site that looked like yours",
        "I think my assistant gave the guy the code, it was {otp}",
        "oh no, I entered {otp} on the link they texted me",
    ],
    "es": [
        "ay no. ya puse el {otp} en una página que parecía la de ustedes",
        "creo que mi asistente le dio el código al señor, era el {otp}",
        "no puede ser, metí el {otp} en el enlace que me mandaron",
    ],
}
OTP_SECURE: Pool = {
    "en": [
        "No problem, I've locked the admin profile, ended all sessions and blocked the card ending {last4}. A reset link is going to {email}. Case {case}.",
        "I've frozen the account for now. I don't see any new payees or charges after {date}. Please reset your password from the email we just sent.",
    ],
    "es": [
        "Tranquilo, bloqueé el perfil de administrador, cerré todas las sesiones y bloqueé la tarjeta terminada en {last4}. Le llega un enlace a {email}. Caso {case}.",
        "Congelé la cuenta por ahora. No veo beneficiarios ni cargos nuevos después del {date}. Cambie la contraseña desde el correo que le mandamos.",
    ],
}


def fam_otp_verify(c: C) -> None:
    c.opening()
    c.say("customer", OTP_OPEN, "otp", otp=make_otp(c.rng))
    if c.chance(0.22):
        c.careless("otp", 0.6)
    else:
        c.say("agent", OTP_AGENT, "info")
    if c.chance(0.45):
        c.say("customer", OTP_OOPS, "otp", otp=make_otp(c.rng))
    c.say("agent", OTP_SECURE, "info")
    c.closing()


# --------------------------------------------------------------------------------------
# Expense reports and receipts
# --------------------------------------------------------------------------------------

EXP_INTRO: Pool = {
    "en": [
        "Here's the expense report export, why was line {k} flagged as out of policy?",
        "Can you check this report? Approver says the totals don't match the card statement",
        "pasting {emp}'s report, the receipts are attached in the portal but it says 'missing'",
        "our accountant needs to know why these charges show twice:",
    ],
    "es": [
        "Le pego el reporte de gastos exportado, ¿por qué la línea {k} salió fuera de política?",
        "¿Me revisa este reporte? El aprobador dice que el total no cuadra con el estado de cuenta",
        "le copio el reporte de {emp}, los recibos están en el portal pero dice 'faltante'",
        "el contador necesita saber por qué estos cargos salen dos veces:",
    ],
    "mix": [
        "aquí está el expense report, por qué la line {k} sale flagged?",
        "el report de {emp} dice missing receipts, check esto:",
    ],
}
EXP_REPLY: Pool = {
    "en": [
        "Line {k} was flagged because merchant category {mcc} requires an itemized receipt over $75. Once the itemized receipt is attached, the flag clears.",
        "The totals differ because the {amount2} charge is still pending; it posts in 1-2 days and will land on next month's statement.",
        "Those aren't duplicates: the first is the authorization hold and the second the final amount. The hold drops off in {days} days.",
        "The report {report} is coded to GL {gl}, but the card's default is cost center {ccenter}. Change the coding on those lines and resubmit.",
    ],
    "es": [
        "La línea {k} se marcó porque la categoría {mcc} requiere recibo detallado arriba de $75. Al adjuntarlo, se quita la alerta.",
        "Los totales no cuadran porque el cargo de {amount2} sigue pendiente; se aplica en 1-2 días y sale en el estado del próximo mes.",
        "No son duplicados: el primero es la retención de autorización y el segundo el monto final. La retención se cae en {days} días.",
        "El reporte {report} está codificado a la cuenta {gl}, pero la tarjeta tiene por defecto el centro de costo {ccenter}. Cambie la codificación y reenvíe.",
    ],
}


def expense_paste(c: C, slip: bool) -> TB:
    rng = c.rng
    tb = TB(None)
    style = rng.choice(["fixed", "csv", "bullet", "csv"])
    emp_first, emp_last = person(rng)
    empid, report = make_empid(rng), make_report(rng)
    l4 = digits(rng, 4)
    brand = rng.choice(["Visa", "Mastercard", "Amex"])
    n = rng.randint(3, 7)
    slip_row = rng.randrange(n) if slip else -1
    total = 0.0
    if style == "csv":
        tb.lit(
            rng.choice(
                [
                    "date,merchant,amount,gl_code,cost_center,card,report_id,txn_id\n",
                    "Date,Merchant,Amount,GL,Cost Center,Card,Report,Transaction ID\n",
                ]
            )
        )
    elif style == "fixed":
        tb.lit(
            f"Expense Report {report} | Employee: {emp_first} {emp_last} ({empid}) | Period {rng.randint(1, 12):02d}/01/2025 - {rng.randint(1, 12):02d}/28/2025\n"
        )
        tb.lit("Date        Merchant                 Amount      GL         Cost Ctr   Card\n")
    else:
        tb.lit(f"Report {report} - {emp_first} {emp_last}, emp {empid}\n")
    for i in range(n):
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        merch = f"{rng.choice(MERCHANTS)} #{rng.randint(100, 9999)}"
        amt = rng.uniform(4, 2400)
        total += amt
        gl, cc = make_gl(rng), make_ccenter(rng)
        if cc.isdigit():
            cc = f"CC {cc}"
        txn = bad_luhn(rng, 16)
        if i == slip_row:
            card = c.new_card(style=rng.choice(["none", "none", "space"]))
            card_val, card_typ = card["card"], CC
        else:
            card_val, card_typ = (
                rng.choice(
                    [
                        f"{brand} ****{l4}",
                        f"****{l4}",
                        f"XXXXXXXXXXXX{l4}",
                        f"Corp {brand} ****{l4}",
                    ]
                ),
                None,
            )
        if style == "csv":
            tb.lit(f"2025-{m:02d}-{d:02d},{merch},{amt:.2f},{gl},{cc},")
            if card_typ:
                tb.sec(card_typ, card_val)
            else:
                tb.lit(card_val)
            tb.lit(f",{report},{txn}")
        elif style == "fixed":
            tb.lit(f"{m:02d}/{d:02d}/2025  {merch:<24} ${amt:>9,.2f}  {gl:<9}  {cc:<9}  ")
            if card_typ:
                tb.sec(card_typ, card_val)
            else:
                tb.lit(card_val)
        else:
            tb.lit(f"- {m}/{d} — {merch.title()} — ${amt:,.2f} — GL {gl} / {cc} — ")
            if card_typ:
                tb.sec(card_typ, card_val)
            else:
                tb.lit(card_val)
        tb.lit("\n")
    tb.lit(f"Total: ${total:,.2f}")
    return tb


def fam_expense(c: C, slip: bool) -> None:
    c.opening()
    k = str(c.rng.randint(1, 3))
    c.say("customer", EXP_INTRO, k=k)
    c.add("customer", expense_paste(c, slip), "expense_slip" if slip else "lookalike")
    if slip:
        c.say(
            "customer",
            {
                "en": [
                    "oops I think the export included the whole card number on one line, sorry",
                    "wait why does it show the full number on that one row?",
                ],
                "es": [
                    "uy creo que el export sacó el número completo de una tarjeta, perdón",
                    "¿por qué en esa fila sale el número completo?",
                ],
            },
        )
        c.warn("card")
    c.say("agent", EXP_REPLY, "info", k=k)
    if c.chance(0.4):
        c.say(
            "customer",
            {
                "en": ["ok where do I attach the itemized receipt?", "makes sense. thx"],
                "es": ["ok ¿dónde adjunto el recibo detallado?", "tiene sentido, gracias"],
            },
        )
        c.say(
            "agent",
            {
                "en": [
                    "In the portal open report {report}, tap the line and choose Add receipt. You can also email it to receipts@ with the report number in the subject."
                ],
                "es": [
                    "En el portal abra el reporte {report}, toque la línea y elija Agregar recibo. También puede mandarlo por correo con el número de reporte en el asunto."
                ],
            },
            "info",
        )
    c.closing()


def receipt_paste(c: C) -> TB:
    rng = c.rng
    city, zipc = rng.choice(CITIES)
    lines = [
        f"{rng.choice(MERCHANTS)} #{rng.randint(100, 9999)}",
        f"{rng.randint(100, 9999)} {rng.choice(STREETS).upper()} {city.upper()} {zipc}",
        make_phone(rng),
        f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/25 {rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}",
        rng.choice(["SALE", "PURCHASE", "VENTA"]),
    ]
    sub = 0.0
    for _ in range(rng.randint(2, 5)):
        amt = rng.uniform(2, 400)
        sub += amt
        lines.append(
            f"SKU {digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 3)}  {rng.choice(['2X4 STUD 8FT', 'PAPER A4 CASE', 'TONER HP 58A', 'GAS UNL', 'CATERING TRAY', 'PVC 3/4 10FT', 'COFFEE 2LB'])}  ${amt:,.2f}"
        )
    tax = sub * 0.0825
    lines += [
        f"SUBTOTAL {sub:,.2f}",
        f"TAX 8.25% {tax:,.2f}",
        f"TOTAL ${sub + tax:,.2f}",
        rng.choice(
            [
                f"VISA ************{digits(rng, 4)}",
                f"MASTERCARD XXXX XXXX XXXX {digits(rng, 4)}",
                f"AMEX ***********{digits(rng, 4)}",
                f"CARD # ...{digits(rng, 4)} CHIP",
            ]
        ),
        f"AUTH CODE: {make_auth(rng)}",
        f"REF# {digits(rng, 6)}  TERMINAL ID {digits(rng, 4)}",
        rng.choice(
            [
                f"TRANS ID {bad_luhn(rng, 16)}",
                f"INVOICE {rng.randint(10000, 99999)}",
                f"STORE {rng.randint(100, 999)} REG {rng.randint(1, 12)}",
            ]
        ),
    ]
    return TB(None).lit("\n".join(lines))


def fam_receipt(c: C) -> None:
    c.opening()
    c.say(
        "customer",
        {
            "en": [
                "Is this receipt enough for the expense or do I need the itemized one?",
                "The portal won't read this receipt, can I just paste it here?",
                "{emp} sent me this receipt, which GL code should it go to?",
            ],
            "es": [
                "¿Este recibo sirve para el gasto o necesito el detallado?",
                "El portal no lee este recibo, ¿se lo pego aquí?",
                "{emp} me mandó este recibo, ¿a qué cuenta contable va?",
            ],
            "mix": [
                "este receipt sirve o necesito el itemized?",
                "el portal no lee el receipt, te lo pego aquí",
            ],
        },
    )
    c.add("customer", receipt_paste(c), "lookalike")
    c.say(
        "agent",
        {
            "en": [
                "That receipt works: it shows the merchant, date, total and the card's last four. For office supplies use GL {gl}.",
                "Thanks. I matched it to the transaction on {date}. You can attach it to report {report}; it doesn't need the itemized version.",
            ],
            "es": [
                "Ese recibo sirve: tiene comercio, fecha, total y los últimos cuatro de la tarjeta. Para papelería use la cuenta {gl}.",
                "Gracias. Lo emparejé con el cargo del {date}. Puede adjuntarlo al reporte {report}; no necesita el detallado.",
            ],
        },
        "info",
    )
    c.closing()


def fam_limits(c: C) -> None:
    c.opening()
    q, a = pair(c, LIMITS)
    c.say("customer", q, "lookalike")
    if c.chance(0.4):
        c.say("agent", LEGIT[c.rng.choice(["last4", "empid", "ein"])], "legit_ask")
        c.say(
            "customer",
            {
                "en": ["{last4}", "it's {empid}, card ending {last4}", "EIN {ein}"],
                "es": ["{last4}", "es el {empid}, tarjeta terminada en {last4}", "EIN {ein}"],
            },
            "lookalike",
        )
    c.say("agent", a, "info")
    c.closing()


def fam_ach(c: C) -> None:
    c.opening()
    q, a = pair(c, ACH)
    c.say("customer", q, "lookalike")
    if c.chance(0.35):
        c.say(
            "agent",
            {
                "en": [
                    "Can you confirm the routing number and the last four of the account?",
                    "What's the business name on the checking account?",
                ],
                "es": [
                    "¿Me confirma el número de ruta y los últimos cuatro de la cuenta?",
                    "¿A nombre de qué negocio está la cuenta de cheques?",
                ],
            },
            "legit_ask",
        )
        c.say(
            "customer",
            {
                "en": ["routing {routing}, ends {last4}", "{company}"],
                "es": ["ruta {routing}, termina en {last4}", "{company}"],
            },
            "lookalike",
        )
    c.say("agent", a, "info")
    c.closing()


def fam_vendor_tax(c: C) -> None:
    c.opening()
    taxkind, tax = foreign_tax_id(c.rng)
    c.say(
        "customer",
        {
            "en": [
                "We're paying a supplier abroad, {taxkind} {tax}, invoice {inv} for {amount}. Can we use the corporate card? Any foreign fees?",
                "Vendor sent a W-8BEN with tax ID {taxkind} {tax}. Our EIN is {ein}. Do you need that for the card payment?",
                "can I pay an invoice from a company with {taxkind} {tax} with the Amex? it's {amount}",
            ],
            "es": [
                "Le vamos a pagar a un proveedor de afuera, {taxkind} {tax}, factura {inv} por {amount}. ¿Se puede con la tarjeta corporativa? ¿Cobran comisión?",
                "El proveedor mandó su {taxkind} {tax} y nosotros tenemos el EIN {ein}. ¿Lo necesitan para el pago con tarjeta?",
                "¿puedo pagar con la tarjeta una factura de una empresa con {taxkind} {tax}? son {amount}",
            ],
            "mix": [
                "el supplier tiene {taxkind} {tax}, invoice {inv} por {amount}, puedo usar la corporate card?"
            ],
        },
        "lookalike",
        taxkind=taxkind,
        tax=tax,
    )
    c.say(
        "agent",
        {
            "en": [
                "Yes, the card works internationally with no foreign transaction fee. We don't need the vendor's {taxkind}; keep it with the invoice for your records.",
                "You can. The charge converts at the network rate on the posting date. Note it on report {report} with invoice {inv}.",
            ],
            "es": [
                "Sí, la tarjeta funciona en el extranjero sin comisión por transacción internacional. No necesitamos el {taxkind} del proveedor; guárdelo con la factura.",
                "Sí se puede. El cargo se convierte al tipo de cambio de la red el día que se aplica. Anótelo en el reporte {report} con la factura {inv}.",
            ],
        },
        "info",
        taxkind=taxkind,
    )
    c.closing()


def fam_portal_clean(c: C) -> None:
    c.opening()
    c.say("customer", LOCK_OPEN)
    c.say("agent", LEGIT[c.rng.choice(["ein", "user"])], "legit_ask")
    c.say("customer", LOCK_IDS, "lookalike")
    if c.chance(0.5):
        c.say(
            "customer",
            {
                "en": [
                    "do you need my password or the code?",
                    "should I send you the 2FA code?",
                    "I have the password written down if you need it",
                ],
                "es": [
                    "¿necesita mi contraseña o el código?",
                    "¿le mando el código de verificación?",
                    "tengo la contraseña anotada por si la necesita",
                ],
                "mix": ["necesitas el password o el code?"],
            },
        )
        c.say(
            "agent",
            {
                "en": [
                    "No, please never share your password or codes, not even with us. I'll send a reset link instead.",
                    "No thanks! We never need your password or the 2FA code.",
                ],
                "es": [
                    "No, por favor nunca comparta su contraseña ni los códigos, ni con nosotros. Le mando un enlace para restablecerla.",
                    "¡No, gracias! Nunca necesitamos su contraseña ni el código de verificación.",
                ],
            },
            "warning",
        )
    c.say("agent", LOCK_FIX, "info")
    c.say("customer", LOCK_AFTER_CLEAN)
    c.closing()


PHISH_OPEN_A: Pool = {
    "en": [
        "Hello, this is the Business Card Security Department. We detected unusual activity on your company account ending {last4}.",
        "Hi {name}, {agent} from card services. Your corporate cards have been temporarily suspended pending verification.",
        "Good afternoon. We noticed a {amount} charge at {vendor} on {masked}. Did you authorize it?",
    ],
    "es": [
        "Hola, le escribe el Departamento de Seguridad de Tarjetas Empresariales. Detectamos actividad inusual en la cuenta terminada en {last4}.",
        "Hola {name}, soy {agent} de servicios de tarjetas. Sus tarjetas corporativas fueron suspendidas temporalmente hasta verificar.",
        "Buenas tardes. Vimos un cargo de {amount} en {vendor} con la {masked}. ¿Usted lo autorizó?",
    ],
}
PHISH_REPLY_C: Pool = {
    "en": [
        "no I didn't authorize that!",
        "oh no. what do I need to do?",
        "ok, what do you need",
        "which card? we have like 12",
    ],
    "es": [
        "no, yo no autoricé eso!",
        "ay no. ¿qué tengo que hacer?",
        "ok, ¿qué necesita?",
        "¿cuál tarjeta? tenemos como 12",
    ],
    "mix": ["no, yo no authorize eso!", "ok what do you need?"],
}


def fam_phish(c: C) -> None:
    if c.chance(0.5):
        c.say("agent", PHISH_OPEN_A, "info")
        c.say("customer", PHISH_REPLY_C)
    else:
        c.opening()
        c.say("customer", c.rng.choice([DECLINE_OPEN, LOCK_OPEN, TEAM_PROBLEM, VC_PROBLEM]))
    keys = c.rng.sample(
        ["cc_cvv", "cc", "cvv", "ssn", "otp", "pw", "pin", "pw_otp"], c.rng.choice([1, 1, 2])
    )
    complied = False
    for key in keys:
        complied = c.careless(key, 0.6) or complied
    if complied and c.chance(0.5):
        c.say(
            "customer",
            {
                "en": [
                    "wait, was that safe? my bookkeeper says you never ask for that",
                    "hmm now I'm worried, is this really the bank?",
                ],
                "es": [
                    "oiga, ¿eso era seguro? mi contadora dice que ustedes nunca piden eso",
                    "mmm ahora me preocupa, ¿de verdad son del banco?",
                ],
            },
        )
    c.closing()


# --------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------


def _families() -> dict[str, tuple[int, Callable[[C], None]]]:
    return {
        "team_cards": (6, fam_team_cards),
        "card_csv": (4, fam_card_csv),
        "virtual_card": (7, fam_virtual_card),
        "declined_vendor": (5, lambda c: fam_declined(c, True)),
        "lost_card": (4, lambda c: fam_lost(c, True)),
        "admin_lockout": (8, lambda c: fam_admin_lockout(c, True)),
        "owner_application": (6, lambda c: fam_owner_application(c, True)),
        "new_cardholder": (3, lambda c: fam_new_cardholder(c, True)),
        "debit_pin": (5, fam_debit_pin),
        "split_card": (5, fam_split_card),
        "otp_verify": (4, fam_otp_verify),
        "expense_slip": (2, lambda c: fam_expense(c, True)),
        "phish": (7, fam_phish),
        "expense_report": (4, lambda c: fam_expense(c, False)),
        "receipt": (3, fam_receipt),
        "spending_limits": (3, fam_limits),
        "ach_payment": (3, fam_ach),
        "vendor_tax": (2, fam_vendor_tax),
        "declined_clean": (3, lambda c: fam_declined(c, False)),
        "lost_card_clean": (2, lambda c: fam_lost(c, False)),
        "portal_clean": (3, fam_portal_clean),
        "application_clean": (2, lambda c: fam_owner_application(c, False)),
        "new_cardholder_clean": (2, lambda c: fam_new_cardholder(c, False)),
        "debit_pin_clean": (2, fam_debit_pin_clean),
    }


def generate(seed: int, count: int = 480) -> list[Conversation]:
    rng = Random(seed)
    fams = _families()
    names = list(fams)
    weights = [fams[n][0] for n in names]
    order = names[:]
    rng.shuffle(order)
    kinds = order[:count] + rng.choices(names, weights, k=max(0, count - len(order)))
    out: list[Conversation] = []
    for i, kind in enumerate(kinds):
        lang = rng.choices(["en", "es", "mix"], [45, 37, 18])[0]
        c = C(rng, lang, kind)
        fams[kind][1](c)
        out.append(Conversation(f"b27-{seed}-{i:04d}", kind, lang, c.messages))
    return out
