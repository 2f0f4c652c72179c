# ruff: noqa: E501
"""Blind end-to-end set 23: a card issuer's payments, collections and account-servicing desk.

Chat conversations, in English, Spanish (Mexican, Caribbean, Colombian, Rioplatense and
peninsular turns of phrase) and Spanglish, between customers and the issuer's payments and
collections agents: one-time payments from a bank account (routing, checking/savings account
and check numbers, confirmation numbers), autopay, disputed late fees, hardship programs and
payment arrangements, balance transfers, credit-limit increases (income, rent, employer,
years), card replacement and shipping (tracking numbers, addresses, apartments), travel
notices (dates, flights, countries) and statements (balances, minimum due, APRs, due dates,
reward points).

Numbers are everywhere and most of them are not secrets: amounts in many formats, dates,
ABA routing numbers with a valid checksum, bank account numbers, check, confirmation, case
and ACH trace numbers, Luhn-invalid long references, phone numbers, ZIP codes, SMS short
codes, authorization codes, last fours and masked card numbers. Some customers still paste
real secrets (a full card to pay with "my other card", its CVV and expiry, a debit PIN "for
the payment", a full SSN for the hardship program, the one-time code sent for a new payee,
an online-banking password when locked out), sometimes in the same message as a bank account
and routing number; some type a card over two or three messages (every part labelled with
`split_part=True`). A minority of agents (collectors under pressure, impostors) ask for
forbidden secrets; most ask legitimately (last four, ZIP, date of birth, address, income,
amount, date, routing and bank account number), and those asks request nothing.

Written blind: the only project files read were lines 1-85 of tests/blind/e2e_set.py (the
shared schema), tests/blind/evaluate_e2e.py (the scorer) and the [tool.ruff] section of
pyproject.toml. None of guard's code, rules, tests, benchmarks or the other blind sets.

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
    SECRET_SLOTS,
    SLOT_RE,
    SSN,
    Conversation,
    Label,
    Message,
)

Pool = dict[str, list[str]]

SHORT: dict[str, str] = {
    CC: "card",
    CVV: "cvv",
    SSN: "ssn",
    OTP: "otp",
    PW: "password",
    PIN: "pin",
}

# --------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------

FIRST_EN = [
    "Jessica",
    "Michael",
    "Ashley",
    "Brandon",
    "Tiffany",
    "Derek",
    "Latoya",
    "Kevin",
    "Amanda",
    "Tyler",
    "Nicole",
    "Marcus",
    "Heather",
    "Jordan",
    "Crystal",
    "Dustin",
    "Brittany",
    "Terrence",
]
FIRST_ES = [
    "María",
    "José",
    "Guadalupe",
    "Luis",
    "Yesenia",
    "Juan Carlos",
    "Rosa",
    "Alejandro",
    "Marisol",
    "Jorge",
    "Daniela",
    "Héctor",
    "Lucía",
    "Fernando",
    "Yadira",
    "Ramón",
    "Carolina",
    "Iván",
]
LAST_NAMES = [
    "García",
    "Rodríguez",
    "Martínez",
    "Hernández",
    "López",
    "González",
    "Pérez",
    "Rivera",
    "Torres",
    "Ramírez",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Miller",
    "Davis",
    "Wilson",
    "Moore",
    "Jackson",
    "Thompson",
]
AGENTS = [
    "Kayla",
    "Ricardo",
    "Monique",
    "Daniel",
    "Sofía",
    "Trevor",
    "Andrea",
    "Malik",
    "Paola",
    "Greg",
    "Valeria",
    "Chris",
    "Itzel",
    "Jasmine",
]
BANKS = [
    "Chase",
    "Bank of America",
    "Wells Fargo",
    "BBVA",
    "Navy Federal",
    "my credit union",
    "Banco Popular",
    "TD Bank",
    "PNC",
    "Citibanamex",
    "Santander",
    "Regions",
    "Chime",
    "USAA",
]
ISSUERS = [
    "Chase",
    "Citi",
    "Capital One",
    "Discover",
    "Wells Fargo",
    "Bank of America",
    "Synchrony",
    "Barclays",
    "US Bank",
    "Amex",
]
EMPLOYERS = [
    "Walmart",
    "Amazon",
    "Home Depot",
    "Publix",
    "H-E-B",
    "the county",
    "a dental office",
    "Target",
    "FedEx",
    "Marriott",
    "a construction company",
    "Kaiser",
    "the school district",
    "Tesla",
    "UPS",
    "my own business",
    "a trucking company",
    "Memorial Hermann",
]
MERCHANTS = [
    "AMZN Mktp US*2K4T81",
    "UBER *TRIP",
    "WALMART #4417",
    "OXXO",
    "SHELL OIL 57442",
    "DOLLAR TREE 06123",
    "CHEVRON 0209931",
    "NETFLIX.COM",
    "Costco Whse #0488",
    "H-E-B #592",
    "Soriana",
    "Liverpool",
    "Zara",
    "SPIRIT AIRL 4872",
    "AIRBNB * HMQ2",
    "MERCADOPAGO*TIENDA",
]
COUNTRIES_EN = [
    "Mexico",
    "Colombia",
    "the Dominican Republic",
    "Spain",
    "Japan",
    "Italy",
    "Canada",
    "Guatemala",
    "Peru",
    "Argentina",
    "El Salvador",
    "Portugal",
]
COUNTRIES_ES = [
    "México",
    "Colombia",
    "República Dominicana",
    "España",
    "Japón",
    "Italia",
    "Canadá",
    "Guatemala",
    "Perú",
    "Argentina",
    "El Salvador",
    "Portugal",
]
PLACES = [
    "Cancún",
    "Bogotá",
    "Madrid",
    "Punta Cana",
    "Lima",
    "Tokyo",
    "Rome",
    "CDMX",
    "Medellín",
    "Guadalajara",
    "Lisbon",
    "Buenos Aires",
]
CITIES = [
    "Miami, FL",
    "Houston, TX",
    "Los Angeles, CA",
    "Bronx, NY",
    "Chicago, IL",
    "Phoenix, AZ",
    "San Juan, PR",
    "Dallas, TX",
    "Orlando, FL",
    "El Paso, TX",
    "Newark, NJ",
    "Las Vegas, NV",
]
STREETS_EN = [
    "NW 7th St",
    "Maple Ave",
    "Oak Ridge Dr",
    "W 43rd St",
    "Bissonnet St",
    "S Central Ave",
    "Elm St",
    "Palm Ave",
    "Grand Concourse",
    "E Camelback Rd",
    "Bellaire Blvd",
]
STREETS_ES = [
    "Calle 5 de Mayo",
    "Av. Insurgentes Sur",
    "Calle Loíza",
    "Calle Mayor",
    "Av. Ponce de León",
    "Calle Morelos",
    "Av. Juárez",
]
AIRLINES = [
    "AA",
    "UA",
    "DL",
    "AM",
    "IB",
    "AV",
    "CM",
    "B6",
    "WN",
    "Y4",
    "VB",
    "LA",
    "AR",
    "NK",
    "F9",
]
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
PW_WORDS = [
    "Sunshine",
    "Dragon",
    "Buster",
    "Charlie",
    "Yankees",
    "Cowboys",
    "Princess",
    "Summer",
    "Mustang",
    "Shadow",
    "Bluebird",
    "Maverick",
    "Harley",
    "Tigger",
    "Pepper",
    "Lakers",
    "Mariposa",
    "Corazon",
    "Tigre",
    "Chivas",
    "Lupita",
    "Princesa",
    "Estrella",
    "Gatito",
    "Conejo",
    "Pumas",
    "Guadalupe",
    "Dulce",
    "Azul",
    "Rayados",
    "Boca",
    "Cielo",
    "Bendecida",
    "Milagros",
]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com"]
ROUTING_KNOWN = ["021000021", "026009593", "121000248", "011000138", "122000661"]


def ordinal(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def digits(r: Random, n: int, first_nonzero: bool = True) -> str:
    head = str(r.randint(1, 9)) if first_nonzero else str(r.randrange(10))
    return head + "".join(str(r.randrange(10)) for _ in range(n - 1))


def luhn_invalid(r: Random, n: int) -> str:
    """n digits that do not pass the Luhn check (a reference, not a card)."""
    value = digits(r, n)
    if luhn.is_valid(value):
        value = value[:-1] + str((int(value[-1]) + 1) % 10)
    return value


def group(value: str, sizes: list[int], sep: str) -> str:
    out, pos = [], 0
    for size in sizes:
        out.append(value[pos : pos + size])
        pos += size
    if pos < len(value):
        out.append(value[pos:])
    return sep.join(part for part in out if part)


def euro(v: float) -> str:
    return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


# --------------------------------------------------------------------------------------
# Secrets
# --------------------------------------------------------------------------------------

BRANDS: list[tuple[str, int, Callable[[Random], str], tuple[int, ...]]] = [
    ("visa", 28, lambda r: "4", (16, 16, 16, 16, 13, 19)),
    ("mastercard", 17, lambda r: str(r.randint(51, 55)), (16,)),
    ("mastercard2", 8, lambda r: str(r.randint(2221, 2720)), (16,)),
    ("amex", 10, lambda r: r.choice(("34", "37")), (15,)),
    ("discover", 8, lambda r: r.choice(("6011", str(r.randint(644, 649)), "65")), (16, 16, 19)),
    ("jcb", 5, lambda r: str(r.randint(3528, 3589)), (16,)),
    ("diners", 5, lambda r: r.choice(("36", "38", "39", str(r.randint(300, 305)))), (14,)),
    ("unionpay", 6, lambda r: "62" + str(r.randint(1, 8)), (16, 17, 19)),
    (
        "maestro",
        6,
        lambda r: r.choice(("5018", "5020", "5038", "6304", "6759", "6761", "6763")),
        (16, 19),
    ),
]


def make_card(r: Random) -> tuple[str, str]:
    name, _w, prefix_of, lengths = r.choices(BRANDS, weights=[b[1] for b in BRANDS])[0]
    prefix = prefix_of(r)
    length = r.choice(lengths)
    body = prefix + "".join(str(r.randrange(10)) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body), name


def card_sizes(n: int, brand: str, r: Random) -> list[int]:
    if n == 15:
        return [4, 6, 5] if r.random() < 0.85 else [4, 4, 4, 3]
    if n == 14:
        return [4, 6, 4]
    if n == 13:
        return [4, 4, 5] if r.random() < 0.7 else [4, 3, 3, 3]
    if n == 17:
        return [4, 4, 4, 5]
    if n == 19:
        return [4, 4, 4, 4, 3] if r.random() < 0.8 else [6, 13]
    return [4, 4, 4, 4]


def format_card(value: str, brand: str, r: Random) -> str:
    sep = r.choices([" ", "-", "", ".", "  "], weights=[45, 18, 28, 4, 5])[0]
    if not sep:
        return value
    return group(value, card_sizes(len(value), brand, r), sep)


def split_card(value: str, brand: str, r: Random) -> list[str]:
    sizes = card_sizes(len(value), brand, r)
    if len(sizes) < 3:
        sizes = [4] * (len(value) // 4) + ([len(value) % 4] if len(value) % 4 else [])
    sep = r.choice([" ", " ", "-", ""])
    while True:
        k = 3 if len(sizes) >= 3 and r.random() < 0.4 else 2
        cuts = sorted(r.sample(range(1, len(sizes)), k - 1))
        bounds = [0, *cuts, len(sizes)]
        chunks = [sizes[bounds[i] : bounds[i + 1]] for i in range(k)]
        if sum(chunks[-1]) >= 4:
            break
    parts, pos = [], 0
    for chunk in chunks:
        n = sum(chunk)
        parts.append(group(value[pos : pos + n], chunk, sep))
        pos += n
    return parts


def make_ssn(r: Random) -> str:
    area = r.randint(1, 899)
    while area == 666:
        area = r.randint(1, 899)
    value = f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
    sep = r.choices(["-", " ", ""], weights=[55, 15, 30])[0]
    return f"{value[:3]}{sep}{value[3:5]}{sep}{value[5:]}"


def make_password(r: Random) -> str:
    style = r.randrange(8)
    word = r.choice(PW_WORDS)
    if style == 0:
        return f"{word}{r.randint(1975, 2024)}{r.choice('!#$*')}"
    if style == 1:
        return f"{word.lower()}{r.randint(1, 999)}"
    if style == 2:
        return f"{word}{r.choice('#@$_')}{r.randint(10, 99)}"
    if style == 3:
        leet = word.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return f"{leet}{r.randint(1, 99)}"
    if style == 4:
        first = unicodedata.normalize("NFD", r.choice(FIRST_ES + FIRST_EN).split()[0])
        first = "".join(c for c in first if c.isascii()).lower()
        last = "".join(c for c in unicodedata.normalize("NFD", r.choice(LAST_NAMES)) if c.isascii())
        return f"{first}.{last.lower()}{r.randint(10, 99)}"
    if style == 5:
        alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#$%&*"
        body = "".join(r.choice(alphabet) for _ in range(r.randint(9, 13)))
        return body + r.choice("abcdefghXYZ3579")
    if style == 6:
        return f"{word}{r.choice(PW_WORDS)}{r.randint(1, 99)}"
    return f"tqm{word.lower()}{r.randint(1, 9)}{r.randint(0, 9)}{r.choice('!*')}"


def make_otp(r: Random) -> str:
    style = r.choices(["6", "4", "5", "8", "3+3", "7"], weights=[62, 9, 6, 10, 8, 5])[0]
    if style == "3+3":
        return f"{digits(r, 3, False)} {digits(r, 3, False)}"
    return digits(r, int(style), False)


def make_pin(r: Random) -> str:
    return digits(r, 6 if r.random() < 0.1 else 4, False)


def make_routing(r: Random) -> str:
    if r.random() < 0.2:
        return r.choice(ROUTING_KNOWN)
    prefixes = [*range(1, 13), *range(21, 33), *range(61, 73), 80]
    body = f"{r.choice(prefixes):02d}" + "".join(str(r.randrange(10)) for _ in range(6))
    total = sum(int(c) * w for c, w in zip(body, (3, 7, 1, 3, 7, 1, 3, 7), strict=True))
    return body + str((10 - total % 10) % 10)


# --------------------------------------------------------------------------------------
# Slot values
# --------------------------------------------------------------------------------------


class Ctx:
    """Values of a conversation's template slots, made on first use and then reused."""

    def __init__(self, rng: Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.cur = "es" if lang == "es" else "en"
        self.vals: dict[str, str] = {}
        self.cards: dict[str, tuple[str, str]] = {}
        self.part_keep: dict[str, int] = {}
        self.first = rng.choice(FIRST_EN if lang == "en" and rng.random() < 0.75 else FIRST_ES)
        self.last = rng.choice(LAST_NAMES)

    def es(self) -> bool:
        return self.cur == "es"

    def get(self, slot: str) -> str:
        if slot not in self.vals:
            base = slot.rstrip("0123456789")
            self.vals[slot] = getattr(self, "g_" + base)(slot)
        return self.vals[slot]

    # secrets ---------------------------------------------------------------------------
    def g_card(self, slot: str) -> str:
        value, brand = make_card(self.rng)
        self.cards[slot] = (value, brand)
        return format_card(value, brand, self.rng)

    def g_cvv(self, slot: str) -> str:
        amex = any(brand == "amex" for _v, brand in self.cards.values())
        return digits(self.rng, 4 if amex else 3, False)

    def g_ssn(self, slot: str) -> str:
        return make_ssn(self.rng)

    def g_otp(self, slot: str) -> str:
        return make_otp(self.rng)

    def g_pin(self, slot: str) -> str:
        return make_pin(self.rng)

    def g_pw(self, slot: str) -> str:
        return make_password(self.rng)

    # people and places -----------------------------------------------------------------
    def g_cname(self, slot: str) -> str:
        return self.first

    def g_fullname(self, slot: str) -> str:
        return f"{self.first} {self.last}"

    def g_aname(self, slot: str) -> str:
        return self.rng.choice(AGENTS)

    def g_user(self, slot: str) -> str:
        first = "".join(
            c for c in unicodedata.normalize("NFD", self.first.split()[0]) if c.isascii()
        ).lower()
        last = "".join(c for c in unicodedata.normalize("NFD", self.last) if c.isascii()).lower()
        r = self.rng
        return r.choice(
            [
                f"{first}{last[:5]}{r.randint(1, 99)}",
                f"{first[0]}{last}_{r.randint(70, 99)}",
                f"{first}.{last}",
                f"{last}{first[0]}{r.randint(1, 9)}",
            ]
        )

    def g_email(self, slot: str) -> str:
        user = self.get("user").replace("_", ".")
        return f"{user}@{self.rng.choice(EMAIL_DOMAINS)}"

    def g_maskedemail(self, slot: str) -> str:
        email = self.get("email")
        return f"{email[0]}*****@{email.split('@')[1]}"

    def g_addr(self, slot: str) -> str:
        street = self.rng.choice(STREETS_ES if self.es() else STREETS_EN)
        return f"{self.rng.randint(12, 9899)} {street}"

    def g_apt(self, slot: str) -> str:
        r = self.rng
        n = r.randint(1, 40)
        if self.es():
            return r.choice(
                [
                    f"apto {n}0{r.randint(1, 9)}",
                    f"depto {n}",
                    f"int. {n}",
                    f"apt {n}{r.choice('ABCD')}",
                    f"piso {r.randint(1, 9)} puerta {r.choice('ABCD')}",
                ]
            )
        return r.choice(
            [
                f"Apt {n}{r.choice('ABCDEFR')}",
                f"Apt. {n}",
                f"Unit {n}0{r.randint(1, 9)}",
                f"#{r.randint(100, 2999)}",
                f"apt {n}",
            ]
        )

    def g_suite(self, slot: str) -> str:
        return str(self.rng.randint(100, 950))

    def g_city(self, slot: str) -> str:
        return self.rng.choice(CITIES)

    def g_place(self, slot: str) -> str:
        return self.rng.choice(PLACES)

    def g_country(self, slot: str) -> str:
        names = COUNTRIES_ES if self.es() else COUNTRIES_EN
        taken = {v for k, v in self.vals.items() if k.startswith("country")}
        return self.rng.choice([c for c in names if c not in taken])

    def g_bank(self, slot: str) -> str:
        return self.rng.choice(BANKS)

    def g_issuer(self, slot: str) -> str:
        return self.rng.choice(ISSUERS)

    def g_employer(self, slot: str) -> str:
        return self.rng.choice(EMPLOYERS)

    def g_merchant(self, slot: str) -> str:
        return self.rng.choice(MERCHANTS)

    def g_flight(self, slot: str) -> str:
        r = self.rng
        return f"{r.choice(AIRLINES)}{r.choice(['', ' ', ''])}{r.randint(12, 2999)}"

    # short numbers ---------------------------------------------------------------------
    def g_lastfour(self, slot: str) -> str:
        return digits(self.rng, 4, False)

    def g_ssnlast(self, slot: str) -> str:
        return digits(self.rng, 4, False)

    def g_acctlast(self, slot: str) -> str:
        return re.sub(r"\D", "", self.get("acct"))[-4:]

    def g_cardlast(self, slot: str) -> str:
        if "card" in self.cards:
            return self.cards["card"][0][-4:]
        return digits(self.rng, 4, False)

    def g_phonelast(self, slot: str) -> str:
        return re.sub(r"\D", "", self.get("phone"))[-4:]

    def g_zip(self, slot: str) -> str:
        r = self.rng
        z = (
            r.choice(
                [
                    "33012",
                    "78521",
                    "90011",
                    "10453",
                    "60623",
                    "85009",
                    "77036",
                    "00923",
                    "07104",
                    "89110",
                    "79936",
                    "32822",
                ]
            )
            if r.random() < 0.5
            else digits(r, 5)
        )
        return f"{z}-{digits(r, 4)}" if r.random() < 0.12 else z

    def g_shortcode(self, slot: str) -> str:
        return self.rng.choice(["72975", "227898", "32665", "692632", "89549", "24273", "454545"])

    def g_checkno(self, slot: str) -> str:
        return str(self.rng.randint(101, 4999))

    def g_auth(self, slot: str) -> str:
        return digits(self.rng, 6, False)

    def g_day(self, slot: str) -> str:
        d = self.rng.randint(1, 28)
        return str(d) if self.es() else ordinal(d)

    def g_days(self, slot: str) -> str:
        return str(self.rng.randint(2, 5))

    def g_pastdue(self, slot: str) -> str:
        return self.rng.choice(["30", "45", "60", "90", "120", "35"])

    def g_years(self, slot: str) -> str:
        return str(self.rng.randint(2, 18))

    def g_year(self, slot: str) -> str:
        return str(self.rng.randint(2004, 2020))

    def g_time(self, slot: str) -> str:
        r = self.rng
        return f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['pm', 'PM', 'am', 'p.m.'])}"

    # money -----------------------------------------------------------------------------
    def money(self, lo: float, hi: float, cents: bool = True) -> str:
        r = self.rng
        v = (
            round(r.uniform(lo, hi), 2)
            if cents and r.random() < 0.75
            else float(r.randint(int(lo), int(hi)))
        )
        if self.es():
            style = r.randrange(8)
            if style == 0:
                return f"${v:,.2f}"
            if style == 1:
                return f"{euro(v)} MXN"
            if style == 2:
                return f"{int(v)} dlls"
            if style == 3:
                return f"{euro(v)} €"
            if style == 4:
                return f"{int(v)} dólares"
            if style == 5:
                return f"${int(v):,}"
            if style == 6:
                return f"USD {v:,.2f}"
            return f"${v:.2f}"
        style = r.randrange(6)
        if style == 0:
            return f"${v:,.2f}"
        if style == 1:
            return f"${int(v):,}"
        if style == 2:
            return f"{v:.2f}"
        if style == 3:
            return f"${v:,.2f} USD"
        if style == 4:
            return f"$ {v:,.2f}"
        return f"{int(v)} dollars"

    def g_amt(self, slot: str) -> str:
        return self.money(25, 3800)

    def g_fee(self, slot: str) -> str:
        v = self.rng.choice([25, 29, 30, 39, 40, 41])
        return self.rng.choice([f"${v}", f"${v}.00", f"{v} dlls" if self.es() else f"${v}"])

    def g_limit(self, slot: str) -> str:
        v = self.rng.randint(3, 60) * 500
        return f"${v:,}"

    def g_income(self, slot: str) -> str:
        r = self.rng
        k = r.randint(24, 150)
        if self.es():
            return r.choice([f"{k} mil dólares", f"${k * 1000:,}", f"{k} mil", f"como {k} mil"])
        return r.choice([f"${k * 1000:,}", f"{k}k", f"{k},000", f"about {k}k"])

    def g_rent(self, slot: str) -> str:
        v = self.rng.randint(650, 3200)
        return self.rng.choice([f"${v:,}", str(v), f"${v:,}.00"])

    def g_points(self, slot: str) -> str:
        v = self.rng.randint(300, 98000)
        return f"{v:,}" if not self.es() or self.rng.random() < 0.5 else f"{v:,}".replace(",", ".")

    def g_apr(self, slot: str) -> str:
        v = self.rng.choice([0.0, 9.99, 14.99, 19.24, 21.49, 24.99, 26.74, 27.99, 29.99, 31.24])
        if self.es() and self.rng.random() < 0.5:
            return f"{v:.2f}".replace(".", ",") + " %"
        return f"{v:.2f}%"

    def g_pct(self, slot: str) -> str:
        return self.rng.choice(["3%", "5%", "3 %", "4%", "2.7%"])

    # dates -----------------------------------------------------------------------------
    def g_date(self, slot: str) -> str:
        r = self.rng
        m, d, y = r.randint(1, 12), r.randint(1, 28), r.choice([2024, 2025, 2026])
        if self.es():
            mes = MONTHS_ES[m - 1]
            return r.choice(
                [
                    f"{d:02d}/{m:02d}",
                    f"{d}/{m}/{y}",
                    f"{d} de {mes}",
                    f"{d}-{mes[:3]}",
                    f"{d:02d}/{m:02d}/{y}",
                    f"{d} de {mes} de {y}",
                ]
            )
        month = MONTHS_EN[m - 1]
        return r.choice(
            [
                f"{m:02d}/{d:02d}",
                f"{m}/{d}",
                f"{month} {d}",
                f"{month} {d}, {y}",
                f"{m}/{d}/{y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{month[:3]} {d}",
            ]
        )

    def g_dob(self, slot: str) -> str:
        r = self.rng
        m, d, y = r.randint(1, 12), r.randint(1, 28), r.randint(1950, 2003)
        if self.es():
            return r.choice(
                [
                    f"{d:02d}/{m:02d}/{y}",
                    f"{d} de {MONTHS_ES[m - 1]} de {y}",
                    f"{d:02d}-{m:02d}-{y % 100:02d}",
                ]
            )
        return r.choice(
            [
                f"{m:02d}/{d:02d}/{y}",
                f"{m}/{d}/{y % 100:02d}",
                f"{MONTHS_EN[m - 1]} {d}, {y}",
                f"{y}-{m:02d}-{d:02d}",
            ]
        )

    def g_exp(self, slot: str) -> str:
        r = self.rng
        m, yy = r.randint(1, 12), r.randint(25, 31)
        return r.choice(
            [f"{m:02d}/{yy}", f"{m:02d}/20{yy}", f"{m}/{yy}", f"{m:02d}-{yy}", f"{m:02d}/{yy}"]
        )

    # bank and reference numbers --------------------------------------------------------
    def g_routing(self, slot: str) -> str:
        return make_routing(self.rng)

    def g_acct(self, slot: str) -> str:
        r = self.rng
        routing = re.sub(r"\D", "", self.get("routing"))
        n = r.choice([8, 9, 10, 10, 11, 12, 12, 13, 14, 15, 16, 17])
        while True:
            value = luhn_invalid(r, n) if n >= 13 else digits(r, n, r.random() < 0.7)
            both = routing + value
            if not (13 <= len(both) <= 19 and luhn.is_valid(both)):
                break
        if n >= 12 and r.random() < 0.15:
            return group(value, [4] * 5, " ")
        return value

    def g_conf(self, slot: str) -> str:
        r = self.rng
        style = r.randrange(6)
        if style == 0:
            return f"{r.choice(['PMT', 'CNF', 'P', 'WEB', 'OTP'])}{digits(r, 8)}"
        if style == 1:
            return digits(r, 10)
        if style == 2:
            return digits(r, 12)
        if style == 3:
            return f"{r.choice([2024, 2025])}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{digits(r, 4)}"
        if style == 4:
            return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
        return f"{digits(r, 3)}-{digits(r, 3)}-{digits(r, 4)}"

    def g_case(self, slot: str) -> str:
        r = self.rng
        return r.choice(
            [
                f"CS-{digits(r, 7)}",
                digits(r, 8),
                f"#{digits(r, 9)}",
                f"C{digits(r, 6)}",
                f"{digits(r, 2)}-{digits(r, 6)}",
            ]
        )

    def g_ref(self, slot: str) -> str:
        r = self.rng
        value = luhn_invalid(r, r.randint(13, 19))
        return group(value, [4] * 5, " ") if r.random() < 0.2 else value

    def g_trace(self, slot: str) -> str:
        return luhn_invalid(self.rng, 15)

    def g_track(self, slot: str) -> str:
        r = self.rng
        style = r.randrange(4)
        if style == 0:
            alnum = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXY0123456789") for _ in range(6))
            return f"1Z{alnum}{digits(r, 10, False)}"
        if style == 1:
            value = "9400" + digits(r, 18, False)
            return group(value, [4] * 6, " ") if r.random() < 0.4 else value
        if style == 2:
            return digits(r, 12)
        return f"{digits(r, 10)}"

    def g_masked(self, slot: str) -> str:
        r = self.rng
        last = self.get("lastfour")
        return r.choice(
            [
                f"**** {last}",
                f"****{last}",
                f"XXXX-XXXX-XXXX-{last}",
                f"xxxx xxxx xxxx {last}",
                f"•••• {last}",
                f"************{last}",
                f"{digits(r, 6)}******{last}",
                f"XXXX XXXXXX X{last}",
            ]
        )

    def g_phone(self, slot: str) -> str:
        r = self.rng
        a, b, c = r.randint(201, 989), r.randint(200, 989), digits(r, 4, False)
        if self.es() and r.random() < 0.5:
            return r.choice(
                [
                    f"+52 55 {digits(r, 4)} {digits(r, 4, False)}",
                    f"55 {digits(r, 4)} {digits(r, 4, False)}",
                    f"+1 787 {b} {c}",
                    f"+57 310 {b} {c}",
                    f"+34 6{digits(r, 2, False)} {digits(r, 3, False)} {digits(r, 3, False)}",
                    f"({a}) {b}-{c}",
                ]
            )
        return r.choice(
            [
                f"({a}) {b}-{c}",
                f"{a}-{b}-{c}",
                f"{a}.{b}.{c}",
                f"+1 {a} {b} {c}",
                f"1-800-{b}-{c}",
                f"{a}{b}{c}",
            ]
        )


# --------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------

WORD_RE = re.compile(r"[A-Za-zÁÉÍÓÚáéíóúñÑ]{5,}")


def strip_accents(text: str) -> str:
    text = text.replace("¿", "").replace("¡", "")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def add_typo(text: str, r: Random) -> str:
    words = [(m.start(), m.end()) for m in WORD_RE.finditer(text)]
    if not words:
        return text
    a, b = r.choice(words)
    i = r.randrange(a + 1, b - 2)
    op = r.randrange(3)
    if op == 0:
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if op == 1:
        return text[:i] + text[i + 1 :]
    return text[:i] + text[i] + text[i:]


def render(ctx: Ctx, template: str, noise: dict[str, bool]) -> tuple[str, list[Label]]:
    pieces: list[tuple[bool, str]] = []
    pos = 0
    for m in SLOT_RE.finditer(template):
        if m.start() > pos:
            pieces.append((False, template[pos : m.start()]))
        pieces.append((True, m.group(1)))
        pos = m.end()
    if pos < len(template):
        pieces.append((False, template[pos:]))
    lits = [i for i, (slot, _s) in enumerate(pieces) if not slot]
    for i in lits:
        s = pieces[i][1]
        if noise.get("lower"):
            s = s.lower()
        if noise.get("upper"):
            s = s.upper()
        if noise.get("noacc"):
            s = strip_accents(s)
        pieces[i] = (False, s)
    if noise.get("typo"):
        eligible = [i for i in lits if WORD_RE.search(pieces[i][1])]
        if eligible:
            i = ctx.rng.choice(eligible)
            pieces[i] = (False, add_typo(pieces[i][1], ctx.rng))
    if noise.get("drop_end") and pieces and not pieces[-1][0]:
        pieces[-1] = (False, pieces[-1][1].rstrip(".!"))
    text = ""
    labels: list[Label] = []
    for is_slot, s in pieces:
        if not is_slot:
            text += s
            continue
        value = ctx.get(s)
        base = s.rstrip("0123456789")
        if base.startswith("part"):
            labels.append(
                Label(CC, len(text), len(text) + len(value), keep=ctx.part_keep[s], split_part=True)
            )
        elif base in SECRET_SLOTS:
            kind = SECRET_SLOTS[base]
            labels.append(
                Label(kind, len(text), len(text) + len(value), keep=KEEP_LAST.get(kind, 0))
            )
        text += value
    return text, sorted(labels, key=lambda lab: lab.start)


class B:
    """Builds one conversation."""

    def __init__(self, rng: Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.ctx = Ctx(rng, lang)
        self.msgs: list[Message] = []
        self.alang = lang if lang != "mix" else rng.choice(["en", "es"])

    def p(self, prob: float) -> bool:
        return self.rng.random() < prob

    def pick(self, pool: Pool, role: str) -> tuple[str, str]:
        r = self.rng
        if self.lang != "mix":
            lang = self.lang
        elif role == "agent":
            lang = self.alang if r.random() < 0.85 else ("es" if self.alang == "en" else "en")
        elif "mix" in pool and r.random() < 0.6:
            lang = "mix"
        else:
            lang = r.choice(["en", "es"])
        if lang not in pool:
            lang = "en"
        return r.choice(pool[lang]), lang

    def say(
        self,
        role: str,
        pool: Pool,
        kind: str | None = None,
        req: tuple[str, ...] = (),
        prefix: Pool | None = None,
    ) -> Message:
        r = self.rng
        template, lang = self.pick(pool, role)
        if prefix is not None:
            template = r.choice(prefix.get(lang, prefix["en"])) + template
        self.ctx.cur = lang if lang != "mix" else r.choice(["en", "es"])
        if role == "customer":
            noise = {
                "lower": r.random() < 0.25,
                "upper": r.random() < 0.02,
                "noacc": lang != "en" and r.random() < 0.45,
                "drop_end": r.random() < 0.35,
                "typo": r.random() < 0.15,
            }
        else:
            noise = {"drop_end": r.random() < 0.05, "typo": r.random() < 0.03}
        text, labels = render(self.ctx, template, noise)
        if kind is None:
            if any(lab.split_part for lab in labels):
                kind = "split_card"
            elif labels:
                kind = "+".join(sorted({SHORT[lab.type] for lab in labels}))
            elif req:
                kind = "ask_" + "+".join(sorted(SHORT[t] for t in req))
            else:
                kind = "clean"
        msg = Message(role, text, labels, frozenset(req), kind)
        self.msgs.append(msg)
        return msg

    def c(self, pool: Pool, kind: str | None = None) -> Message:
        return self.say("customer", pool, kind)

    def a(self, pool: Pool, kind: str | None = None, req: tuple[str, ...] = ()) -> Message:
        return self.say("agent", pool, kind, req)

    def open(self) -> None:
        self.a(GREET)

    def verify(self) -> None:
        self.topic(VERIFY_TOPICS, "lookalike", "legit_ask", ask_first=True)
        self.a(VERIFIED)

    def topic(
        self, topics: list[tuple[Pool, Pool]], ckind: str, akind: str, ask_first: bool = False
    ) -> None:
        first, second = topics[self.rng.randrange(len(topics))]
        if ask_first:
            self.a(first, akind)
            self.c(second, ckind)
        else:
            self.c(first, ckind)
            self.a(second, akind)

    def extras(self, prob: float = 0.3) -> None:
        if self.p(prob):
            self.topic(KEYWORD_TOPICS, "keyword_negative", "warning")
        if self.p(prob):
            self.topic(LOOKALIKE_TOPICS, "lookalike", "clean")

    def close(self) -> None:
        if self.p(0.75):
            self.a(CLOSE_A)
            if self.p(0.6):
                self.c(CLOSE_C)
        elif self.p(0.5):
            self.c(CLOSE_C)


# --------------------------------------------------------------------------------------
# Shared pools
# --------------------------------------------------------------------------------------

GREET: Pool = {
    "en": [
        "Hi {cname}, thanks for contacting Card Services. My name is {aname}. How can I help today?",
        "Hello! You're chatting with {aname} from the payments team. What can I do for you?",
        "Good afternoon, this is {aname}. I see you're writing about the card ending in {lastfour}. How can I help?",
        "Thanks for your patience. {aname} here, how can I help with your account today?",
        "Hi there, welcome to Account Services chat. What can I help you with?",
        "Hey {cname}! My name is {aname} and I'll be helping you today. What's going on?",
        "Good morning and thank you for reaching out. You're connected with {aname}.",
    ],
    "es": [
        "Hola {cname}, gracias por comunicarte con Servicios de Tarjeta. Mi nombre es {aname}, ¿en qué te puedo ayudar?",
        "Buenas tardes, le atiende {aname} del área de pagos. ¿En qué le puedo servir?",
        "¡Hola! Soy {aname}. Veo que nos escribe por la tarjeta con terminación {lastfour}. ¿Cómo le ayudo?",
        "Buen día, gracias por esperar. ¿En qué puedo ayudarle hoy?",
        "Hola, bienvenido al chat de atención a clientes. Mi nombre es {aname}, ¿con quién tengo el gusto?",
        "Qué tal {cname}, le saluda {aname}. Cuénteme, ¿en qué le ayudo?",
        "Buenas noches, gracias por contactarnos. Le atiende {aname}.",
    ],
}

VERIFY_TOPICS: list[tuple[Pool, Pool]] = [
    (
        {
            "en": [
                "Before we get started, can you please confirm the last four digits of the card and your billing ZIP code?",
                "Quick verification: last 4 of the card number and the ZIP on the account, please.",
            ],
            "es": [
                "Antes de empezar, ¿me confirma los últimos cuatro dígitos de la tarjeta y su código postal?",
                "Una validación rápida: ¿los últimos 4 de la tarjeta y el código postal registrado?",
            ],
        },
        {
            "en": [
                "ending {lastfour}, zip {zip}",
                "{lastfour} and {zip}",
                "last 4 is {lastfour} and zip code {zip}",
                "{lastfour}\n{zip}",
                "sure its {lastfour}, zip {zip}",
            ],
            "es": [
                "termina en {lastfour}, cp {zip}",
                "{lastfour} y el código postal es {zip}",
                "claro, {lastfour}. el zip es {zip}",
                "{lastfour}\n{zip}",
            ],
            "mix": [
                "ending {lastfour}, mi zip es {zip}",
                "el last four es {lastfour} y zip code {zip}",
            ],
        },
    ),
    (
        {
            "en": [
                "For security purposes, please verify your date of birth and the ZIP code on the account."
            ],
            "es": [
                "Por seguridad, ¿me indica su fecha de nacimiento y el código postal registrado?"
            ],
        },
        {
            "en": ["DOB {dob}, zip is {zip}", "{dob}, {zip}", "born {dob}. zip {zip}"],
            "es": [
                "mi fecha de nacimiento es {dob}, código postal {zip}",
                "nací el {dob}, cp {zip}",
                "{dob} y {zip}",
            ],
            "mix": ["mi birthday es {dob}, zip {zip}"],
        },
    ),
    (
        {
            "en": [
                "I just need to verify a couple of things first: your full name and the last 4 of your Social Security number."
            ],
            "es": [
                "Necesito validar unos datos: su nombre completo y los últimos 4 de su seguro social."
            ],
        },
        {
            "en": [
                "{fullname}, last four of social {ssnlast}",
                "{fullname}. ss last 4: {ssnlast}",
                "it's {fullname} and {ssnlast}",
            ],
            "es": [
                "{fullname}, los últimos 4 del social son {ssnlast}",
                "a nombre de {fullname}, social terminación {ssnlast}",
            ],
            "mix": ["{fullname}, los ultimos 4 del social {ssnlast}"],
        },
    ),
    (
        {
            "en": [
                "To pull up the account, can I get the last four of the card and the phone number on file?"
            ],
            "es": [
                "Para ubicar la cuenta, ¿me da los últimos 4 de la tarjeta y el teléfono registrado?"
            ],
        },
        {
            "en": ["{lastfour}, phone is {phone}", "card ends {lastfour}, phone {phone}"],
            "es": ["los ultimos 4 son {lastfour} y mi tel es {phone}", "{lastfour}, cel {phone}"],
            "mix": ["ending {lastfour}, mi cell es {phone}"],
        },
    ),
    (
        {
            "en": ["Can you confirm your date of birth and the address we have on file?"],
            "es": ["¿Me confirma su fecha de nacimiento y el domicilio que tenemos registrado?"],
        },
        {
            "en": [
                "my birthday is {dob} and I live at {addr}, {apt}",
                "{dob}. {addr} {apt}, {city} {zip}",
            ],
            "es": ["vivo en {addr}, {apt}. nací el {dob}", "{dob}, {addr} {apt}, {city} {zip}"],
            "mix": ["dob {dob}, vivo en {addr} {apt}"],
        },
    ),
]

VERIFIED: Pool = {
    "en": [
        "Thank you, you're verified.",
        "Perfect, thanks. I have your account up.",
        "Got it, thank you {cname}.",
        "Thanks! I see the account ending in {lastfour}.",
        "Great, that matches. One moment while I review the account.",
    ],
    "es": [
        "Gracias, ya quedó verificado.",
        "Perfecto, ya tengo su cuenta en pantalla.",
        "Listo, gracias {cname}.",
        "Gracias, ya veo la cuenta con terminación {lastfour}.",
        "Muy bien, los datos coinciden. Permítame un momento mientras reviso.",
    ],
}

CLOSE_A: Pool = {
    "en": [
        "Is there anything else I can help you with today?",
        "Anything else I can do for you?",
        "Thanks for chatting with us, {cname}. Have a great day!",
        "You're all set. Take care!",
        "Thank you for being a cardmember. Have a good one.",
        "Glad I could help. If anything comes up, we're here 24/7.",
    ],
    "es": [
        "¿Hay algo más en lo que le pueda ayudar?",
        "¿Le ayudo con algo más?",
        "Gracias por comunicarse, {cname}. ¡Que tenga excelente día!",
        "Listo, quedó todo. ¡Saludos!",
        "Fue un gusto atenderle. Que esté muy bien.",
        "Para servirle. Estamos disponibles las 24 horas.",
    ],
}

CLOSE_C: Pool = {
    "en": [
        "no that's all, thanks",
        "nope thank you!!",
        "thx",
        "that's it, appreciate it",
        "ok great thank you so much",
        "all good 👍",
        "thanks bye",
        "ok",
    ],
    "es": [
        "no, es todo, gracias",
        "ok muchas gracias",
        "va, gracias",
        "listo, gracias!",
        "dale, gracias",
        "vale, muchas gracias",
        "perfecto, gracias señorita",
        "no, eso era todo. bendiciones",
        "ok gracias joven",
        "gracias, muy amable",
    ],
    "mix": [
        "ok perfect, gracias!",
        "no that's all, gracias",
        "listo thank you",
        "ok thanks, bye bye",
        "ok gracias, have a good day",
    ],
}

WARN: Pool = {
    "en": [
        "Just a reminder: we will never ask for your PIN, your online banking password or the one-time codes we text you.",
        "For your security, please don't send your full card number or the security code in this chat.",
        "Heads up: we'll never call or chat asking for your password or PIN. If someone does, it's a scam.",
        "For security reasons I can't take card details in chat. You can pay by card in the mobile app under Payments.",
    ],
    "es": [
        "Le recuerdo que nunca le pediremos su NIP, su contraseña ni los códigos que le enviamos por mensaje.",
        "Por su seguridad, no comparta el número completo de su tarjeta ni el código de seguridad por este chat.",
        "Ojo: nunca le vamos a pedir su contraseña ni su PIN por chat o llamada. Si alguien lo hace, es fraude.",
        "Por políticas de seguridad no puedo recibir datos de tarjeta por chat. Puede pagar con tarjeta desde la app, en la sección Pagos.",
    ],
}

KEYWORD_TOPICS: list[tuple[Pool, Pool]] = [
    (
        {
            "en": [
                "also I forgot my PIN, how do I reset it?",
                "oh and I don't remember my pin for the ATM",
            ],
            "es": ["también olvidé mi NIP, ¿cómo lo cambio?", "y no me acuerdo del pin del cajero"],
            "mix": ["also se me olvidó el PIN, ¿cómo lo reseteo?"],
        },
        {
            "en": [
                "You can reset your PIN at any of our ATMs or in the app under Card settings > Change PIN. Never share it with anyone, including us."
            ],
            "es": [
                "Puede cambiar su NIP en cualquiera de nuestros cajeros o en la app en Configuración de tarjeta > Cambiar NIP. No lo comparta con nadie, ni con nosotros."
            ],
        },
    ),
    (
        {
            "en": [
                "btw the codes you guys text me never arrive",
                "I never get the verification texts, is something wrong?",
            ],
            "es": [
                "por cierto nunca me llegan los códigos por mensaje",
                "nunca me llegan los mensajes de verificación, ¿qué pasa?",
            ],
            "mix": ["btw nunca me llegan los codes por text"],
        },
        {
            "en": [
                "If texts aren't arriving, check that {phone} is the number on file. You can also get codes by email. Just never share them with anyone."
            ],
            "es": [
                "Si no le llegan los mensajes, revise que {phone} sea el número registrado. También puede recibir los códigos por correo. Eso sí, no los comparta con nadie."
            ],
        },
    ),
    (
        {
            "en": ["and my password expired again lol. do I have to call?"],
            "es": ["y se me venció la contraseña otra vez jaja, ¿tengo que llamar?"],
            "mix": ["mi password expired otra vez, ¿tengo que llamar?"],
        },
        {
            "en": [
                "You can reset your password from the login screen with 'Forgot password'. We'll never ask you for it."
            ],
            "es": [
                "Puede restablecer la contraseña desde la pantalla de inicio con 'Olvidé mi contraseña'. Nunca se la vamos a pedir."
            ],
        },
    ),
    (
        {
            "en": ["does the new card come with a different CVV?"],
            "es": ["¿la tarjeta nueva trae otro CVV?"],
            "mix": ["¿la new card trae otro CVV?"],
        },
        {
            "en": [
                "Yes, each new card has its own expiration date and security code. Keep them private."
            ],
            "es": [
                "Sí, cada tarjeta nueva tiene su propia fecha de vencimiento y código de seguridad. Manténgalos en privado."
            ],
        },
    ),
    (
        {
            "en": [
                "someone called me saying they were from you and asked for my social. was that you??"
            ],
            "es": [
                "me llamaron diciendo que eran ustedes y me pidieron mi seguro social, ¿eran ustedes??"
            ],
            "mix": ["me llamaron diciendo que eran ustedes y me pidieron mi social, was that you?"],
        },
        {
            "en": [
                "That was not us. We never call asking for your full SSN, card number, PIN or passwords. I've added a fraud note to the account."
            ],
            "es": [
                "No éramos nosotros. Nunca llamamos para pedir su seguro social completo, número de tarjeta, NIP ni contraseñas. Dejé una nota de fraude en la cuenta."
            ],
        },
    ),
    (
        {
            "en": ["what's the security code for? the website keeps asking"],
            "es": ["¿para qué sirve el código de seguridad? la página me lo sigue pidiendo"],
        },
        {
            "en": [
                "The security code on the back is used for online and phone purchases. Only type it on the merchant's checkout page, never in chat or email."
            ],
            "es": [
                "El código de seguridad del reverso se usa para compras en línea y por teléfono. Escríbalo solo en la página de pago del comercio, nunca en chats ni correos."
            ],
        },
    ),
    (
        {
            "en": ["quick question, is it safe to save my card number in the app?"],
            "es": ["una pregunta, ¿es seguro guardar el número de la tarjeta en la app?"],
        },
        {
            "en": [
                "Yes, the app stores it encrypted. Just never send the full number by chat, text or email."
            ],
            "es": [
                "Sí, la app lo guarda cifrado. Solo nunca envíe el número completo por chat, mensaje o correo."
            ],
        },
    ),
    (
        {
            "en": ["I changed my PIN at the ATM yesterday, will the old one still work?"],
            "es": ["ayer cambié el pin en el cajero, ¿todavía sirve el anterior?"],
            "mix": ["cambié mi PIN en el ATM ayer, ¿el old one todavía sirve?"],
        },
        {
            "en": [
                "Only the new PIN works now. Keep it to yourself; no one from the bank will ever ask for it."
            ],
            "es": [
                "Ahora solo funciona el NIP nuevo. No se lo dé a nadie; nadie del banco se lo va a pedir."
            ],
        },
    ),
]

LOOKALIKE_TOPICS: list[tuple[Pool, Pool]] = [
    (
        {
            "en": ["also my old card {masked} still shows up in the app"],
            "es": ["también mi tarjeta anterior {masked} sigue apareciendo en la app"],
            "mix": ["also mi old card {masked} sigue en la app"],
        },
        {
            "en": ["That card was closed and replaced; it will drop off the app in a few days."],
            "es": ["Esa tarjeta se canceló y se reemplazó; dejará de aparecer en unos días."],
        },
    ),
    (
        {
            "en": ["my bank statement shows the transaction id as {ref}, is that yours?"],
            "es": ["en mi banco el movimiento aparece con el número {ref}, ¿es de ustedes?"],
        },
        {
            "en": ["Yes, that matches our payment record {conf}."],
            "es": ["Sí, coincide con nuestro registro de pago {conf}."],
        },
    ),
    (
        {
            "en": ["I called {phone} earlier and they gave me case {case}"],
            "es": ["hace rato llamé al {phone} y me dieron el caso {case}"],
        },
        {
            "en": ["I see that case; it's still open and I've added notes from today."],
            "es": ["Veo ese caso; sigue abierto y ya agregué las notas de hoy."],
        },
    ),
    (
        {
            "en": ["my bank says the ACH trace number is {trace}"],
            "es": ["en el banco me dicen que el número de rastreo ACH es {trace}"],
            "mix": ["el bank me dice que el trace number es {trace}"],
        },
        {
            "en": ["Thanks, that's the ACH trace. It should post within 1-2 business days."],
            "es": ["Gracias, ese es el rastreo ACH. Debe aplicarse en 1 a 2 días hábiles."],
        },
    ),
    (
        {
            "en": ["there's a pending charge from {merchant} with auth code {auth}"],
            "es": ["tengo un cargo pendiente de {merchant} con número de autorización {auth}"],
            "mix": ["tengo un pending charge de {merchant}, auth code {auth}"],
        },
        {
            "en": [
                "That's the authorization from {merchant} for {amt}; it should post in 1-3 days."
            ],
            "es": ["Es la autorización de {merchant} por {amt}; debe aplicarse en 1 a 3 días."],
        },
    ),
    (
        {
            "en": ["the letter I got has reference number {ref} at the top"],
            "es": ["la carta que me llegó dice referencia {ref} arriba"],
        },
        {
            "en": [
                "That's the reference of the notice we mailed on {date}; nothing else is needed from you."
            ],
            "es": [
                "Es la referencia del aviso que enviamos el {date}; no necesita hacer nada más."
            ],
        },
    ),
    (
        {
            "en": ["the text came from {shortcode}, is that really you guys?"],
            "es": ["el mensaje me llegó del {shortcode}, ¿sí son ustedes?"],
            "mix": ["el text me llegó del {shortcode}, ¿son ustedes?"],
        },
        {
            "en": ["Yes, {shortcode} is our official short code."],
            "es": ["Sí, el {shortcode} es nuestro número oficial de mensajes."],
        },
    ),
]

CARD_WARN: Pool = {
    "en": [
        "For your security, please don't send your full card number or the security code in this chat. I've removed it. We can take the payment from a bank account instead.",
        "I've removed that message for your protection. Please never type full card numbers here. Card payments can be made in the app under Payments; otherwise I can take it from a checking or savings account.",
        "Thanks, but for security reasons I can't take card details in chat, and I've masked what you sent. Would a bank account work?",
    ],
    "es": [
        "Por su seguridad, no envíe el número completo de su tarjeta ni el código de seguridad por este chat. Ya lo eliminé. Podemos tomar el pago de una cuenta bancaria.",
        "Eliminé ese mensaje por su protección. Por favor nunca escriba números de tarjeta completos aquí. Los pagos con tarjeta se hacen en la app, en Pagos; si no, lo tomo de una cuenta de cheques o de ahorros.",
        "Gracias, pero por seguridad no puedo recibir datos de tarjeta por chat y ya oculté lo que envió. ¿Le sirve pagar desde una cuenta bancaria?",
    ],
}

DUMP_WARN: Pool = {
    "en": [
        "Please don't send card numbers, security codes, PINs or your Social Security number here; I've removed them for your protection. Let's take the payment from your bank account instead.",
        "I've masked that message. We never need your full card, CVV, PIN or SSN in chat. Which bank account would you like to pay from?",
    ],
    "es": [
        "Por favor no envíe números de tarjeta, códigos de seguridad, NIP ni su seguro social por aquí; ya los eliminé por su protección. Tomemos el pago de su cuenta bancaria.",
        "Oculté ese mensaje. Nunca necesitamos su tarjeta completa, CVV, NIP ni seguro social por chat. ¿De qué cuenta bancaria quiere pagar?",
    ],
}

# --------------------------------------------------------------------------------------
# Payments from a bank account (clean)
# --------------------------------------------------------------------------------------

PAY_OPEN: Pool = {
    "en": [
        "I want to make a payment of {amt} from my checking account",
        "need to pay {amt} today from my bank acct, can you do it over chat?",
        "hi, can I make a one time payment? my minimum due is {amt} and it's due {date}",
        "I'd like to pay the statement balance ({amt}) from my savings",
        "Can u set up a payment for {amt} on {date}? I get paid that day",
        "trying to pay in the app but it keeps erroring out. can you take a payment from my bank?",
        "Hello, I need to make a payment on my account ending {lastfour}. The app says I owe {amt}.",
    ],
    "es": [
        "quiero hacer un pago de {amt} desde mi cuenta de cheques",
        "necesito pagar {amt} hoy de mi cuenta del banco, ¿se puede por aquí?",
        "hola, quisiera hacer un pago único. el mínimo es {amt} y vence el {date}",
        "buenas, quiero abonar {amt} a la tarjeta desde mi cuenta de ahorros",
        "¿me pueden programar un pago de {amt} para el {date}? ese día me pagan",
        "la app no me deja pagar, me sale error. ¿me ayudan a hacer el pago desde mi cuenta?",
        "buenas tardes, necesito pagar la tarjeta terminación {lastfour}, en la app dice que debo {amt}",
        "che, quiero pagar {amt} desde mi cuenta, ¿se puede por acá?",
    ],
    "mix": [
        "hola, quiero hacer un payment de {amt} from my checking",
        "necesito pagar el minimum payment, son {amt}, de mi bank account",
        "can I pay {amt} hoy? la app no sirve",
    ],
}

ASK_BANK: Pool = {
    "en": [
        "Sure thing. Please provide the 9-digit routing number and the account number, and let me know if it's checking or savings.",
        "Happy to help. What's the routing number and account number of the bank account you'd like to use?",
        "Of course. I'll need the bank routing number, the account number, and the type of account.",
        "I can do that. Is it the same checking account ending in {acctlast} we have on file, or a new one? If new, send me the routing and account numbers.",
        "No problem. Which bank account should the payment come from? I'll need the routing and account number.",
    ],
    "es": [
        "Con gusto. ¿Me proporciona el número de ruta (routing) de 9 dígitos y el número de cuenta? ¿Es de cheques o de ahorros?",
        "Claro que sí. ¿Cuál es el número de ruta y el número de cuenta bancaria que desea usar?",
        "Por supuesto. Necesito el número de ruta del banco, el número de cuenta y el tipo de cuenta.",
        "Puedo ayudarle. ¿Es la misma cuenta de cheques terminación {acctlast} que tenemos registrada o una nueva? Si es nueva, mándeme la ruta y el número de cuenta.",
        "Sin problema. ¿De qué cuenta bancaria sale el pago? Necesito el número de ruta y el número de cuenta.",
    ],
}

GIVE_BANK: Pool = {
    "en": [
        "routing {routing} acct {acct} checking",
        "Routing: {routing}\nAccount: {acct}\nChecking",
        "the routing # is {routing} and the account number is {acct}. it's savings",
        "{routing} / {acct} (checking)",
        "it's with {bank}. routing {routing}, account {acct}",
        "numbers at the bottom of my check: {routing} {acct} {checkno}",
        "ok so routing number {routing} and acct # {acct}",
        "same one ending in {acctlast}",
        "ABA {routing}, checking account {acct}",
    ],
    "es": [
        "ruta {routing} cuenta {acct}, es de cheques",
        "número de ruta: {routing}\nnúmero de cuenta: {acct}\nahorros",
        "es de {bank}, routing {routing} y la cuenta {acct}",
        "los números de abajo del cheque: {routing} {acct} {checkno}",
        "{routing} y {acct}, cuenta de cheques",
        "la misma que termina en {acctlast}",
        "ABA {routing}, cuenta corriente {acct}",
    ],
    "mix": [
        "routing {routing}, la cuenta es {acct}, checking",
        "es de {bank}, el routing number {routing} y account {acct}",
        "mi checking account es {acct} y el routing {routing}",
    ],
}

CONFIRM_PAY: Pool = {
    "en": [
        "Thank you. I've scheduled a payment of {amt} from the account ending in {acctlast} for {date}. Your confirmation number is {conf}.",
        "All set! {amt} will be debited on {date}. Confirmation #: {conf}. Please allow 1-2 business days for it to show as posted.",
        "Payment submitted. Amount: {amt}. Date: {date}. Confirmation: {conf}. Your remaining statement balance will be {amt2}.",
        "Done. The payment of {amt} is pending with reference {ref}. You'll also get an email confirmation.",
    ],
    "es": [
        "Gracias. Quedó programado un pago de {amt} de la cuenta terminación {acctlast} para el {date}. Su número de confirmación es {conf}.",
        "¡Listo! Se cargarán {amt} el {date}. Confirmación: {conf}. Puede tardar de 1 a 2 días hábiles en reflejarse.",
        "Pago registrado. Monto: {amt}. Fecha: {date}. Folio: {conf}. Su saldo restante del estado de cuenta será de {amt2}.",
        "Hecho. El pago de {amt} quedó pendiente con referencia {ref}. También le llegará la confirmación por correo.",
    ],
}

PAY_FOLLOW: Pool = {
    "en": [
        "will it post today? my due date is {date2}",
        "ok and will that stop the late fee? last month I got charged {fee}",
        "can you send the confirmation to my email too",
        "thanks. what's my available credit after that?",
        "is {conf} the number I use if something goes wrong?",
        "my bank shows it as pending with trace {trace}, is that normal",
    ],
    "es": [
        "¿se refleja hoy? mi fecha límite es el {date2}",
        "ok, ¿y con eso ya no me cobran el cargo por pago tardío? el mes pasado me cobraron {fee}",
        "¿me pueden mandar la confirmación al correo?",
        "gracias. ¿cuánto crédito disponible me queda?",
        "el {conf} es el folio por si pasa algo, ¿verdad?",
    ],
    "mix": [
        "ok, ¿y el late fee? me cobraron {fee} last month",
        "perfect, ¿cuándo se refleja el payment?",
    ],
}

PAY_FOLLOW_A: Pool = {
    "en": [
        "Payments made before 8 p.m. ET post the same business day. Your due date is {date2}, so you're fine.",
        "Yes, keep {conf} for your records. Your available credit will be about {amt3} once it posts.",
        "Your minimum payment of {amt2} is covered, so no late fee will apply this cycle.",
        "I've emailed the confirmation to {maskedemail}.",
    ],
    "es": [
        "Los pagos realizados antes de las 8 p.m. hora del Este se aplican el mismo día hábil. Su fecha límite es el {date2}, así que está a tiempo.",
        "Sí, guarde el folio {conf}. Su crédito disponible será de aproximadamente {amt3} cuando se aplique.",
        "Con eso cubre su pago mínimo de {amt2}, así que no se generará cargo por pago tardío este ciclo.",
        "Le envié la confirmación a {maskedemail}.",
    ],
}


def fam_payment_bank(b: B) -> None:
    b.open()
    b.c(PAY_OPEN, "lookalike")
    if b.p(0.55):
        b.verify()
    if b.p(0.15):
        b.a(WARN, "warning")
    b.a(ASK_BANK, "legit_ask")
    b.c(GIVE_BANK, "lookalike")
    b.a(CONFIRM_PAY)
    b.extras(0.2)
    if b.p(0.65):
        b.c(PAY_FOLLOW, "lookalike")
        b.a(PAY_FOLLOW_A)
    b.close()


# --------------------------------------------------------------------------------------
# Autopay (clean)
# --------------------------------------------------------------------------------------

AUTOPAY_OPEN: Pool = {
    "en": [
        "I want to set up autopay so I stop missing the due date",
        "can you turn on automatic payments for the statement balance?",
        "how do i change my autopay from minimum payment to full balance",
        "my autopay didn't go through this month?? it was supposed to take {amt} on the {day}",
        "please cancel autopay, I changed banks",
        "Hi. I'd like to enroll in AutoPay. My statement closes around the {day}.",
    ],
    "es": [
        "quiero activar el pago automático para ya no atrasarme",
        "¿me pueden poner domiciliación del pago del saldo total?",
        "cómo cambio el pago automático del mínimo al saldo completo",
        "este mes no se cobró el pago automático?? tenía que sacar {amt} el día {day}",
        "quiero cancelar el autopago, me cambié de banco",
        "vale, quiero domiciliar el pago de la tarjeta en mi cuenta",
    ],
    "mix": [
        "quiero poner el autopay para el statement balance",
        "mi autopay no pasó este mes, eran {amt}",
        "can you cancelar el autopay? cambié de bank",
    ],
}

AUTOPAY_ASK: Pool = {
    "en": [
        "I can set that up. Would you like to pay the minimum due, the statement balance, or a fixed amount? And which bank account, the one ending in {acctlast}?",
        "Sure. Which day of the month should it draft, and what account should we use? I'll need routing and account number if it's a new one.",
        "No problem. Should autopay be for the full statement balance or a fixed amount each month?",
        "I see the autopay was returned by your bank on {date}. Do you want to keep the same account or add a new one?",
    ],
    "es": [
        "Se lo puedo activar. ¿Desea pagar el mínimo, el saldo del estado de cuenta o un monto fijo? ¿Y de qué cuenta, la terminación {acctlast}?",
        "Claro. ¿Qué día del mes quiere que se haga el cargo y de qué cuenta? Si es nueva necesito la ruta y el número de cuenta.",
        "Sin problema. ¿El pago automático sería por el saldo total o por un monto fijo cada mes?",
        "Veo que su banco devolvió el pago automático el {date}. ¿Quiere mantener la misma cuenta o agregar una nueva?",
    ],
}

AUTOPAY_ANS: Pool = {
    "en": [
        "statement balance, from checking ending {acctlast}",
        "fixed {amt2} every month on the {day2}",
        "new account: routing {routing}, account {acct}",
        "full balance please. my checking at {bank} is {acct}, routing {routing}",
        "minimum is fine for now, I'll pay extra when I can",
        "new one. {bank} savings {acct}, routing number {routing}",
    ],
    "es": [
        "el saldo del estado de cuenta, de la de cheques terminación {acctlast}",
        "un monto fijo de {amt2} cada mes, el día {day2}",
        "cuenta nueva: ruta {routing}, cuenta {acct}",
        "el saldo total porfa. mi cuenta en {bank} es {acct} y la ruta {routing}",
        "el mínimo por ahora, cuando pueda pago más",
        "una nueva, de ahorros en {bank}: {acct}, número de ruta {routing}",
    ],
    "mix": [
        "el full balance, de mi checking {acctlast}",
        "new account, routing {routing} y la cuenta {acct}",
    ],
}

AUTOPAY_DONE: Pool = {
    "en": [
        "Done! Autopay is set for the statement balance, drafting {days} days before your due date. Your next statement closes on {date}. Reference: {conf}.",
        "You're enrolled. The first automatic payment of {amt2} will process on {date}. Confirmation {conf}.",
        "Autopay updated. It can take one billing cycle to take effect, so please make this month's payment of {amt} manually.",
        "Autopay has been cancelled as of today. Reference number {case}.",
    ],
    "es": [
        "¡Listo! Quedó el pago automático por el saldo del estado de cuenta, {days} días antes de la fecha límite. Su próximo corte es el {date}. Referencia: {conf}.",
        "Quedó inscrito. El primer pago automático de {amt2} se procesará el {date}. Confirmación {conf}.",
        "Ya se actualizó. Puede tardar un ciclo en aplicar, así que le sugiero hacer el pago de este mes de {amt} manualmente.",
        "El pago automático quedó cancelado a partir de hoy. Número de referencia {case}.",
    ],
}

AUTOPAY_Q: Pool = {
    "en": [
        "what happens if the money isn't there? will I get charged?",
        "can I still make extra payments with autopay on?",
        "will I get a reminder before it drafts?",
    ],
    "es": [
        "¿y si no tengo fondos ese día me cobran algo?",
        "¿puedo hacer pagos extra aunque tenga el automático?",
        "¿me avisan antes de que se haga el cargo?",
    ],
    "mix": [
        "y si no tengo fondos, ¿me cobran un fee?",
        "¿puedo hacer extra payments con el autopay?",
    ],
}

AUTOPAY_QA: Pool = {
    "en": [
        "If the payment is returned, a returned payment fee of up to {fee} may apply, and autopay stays on.",
        "Yes, any extra payment lowers the autopay amount for that month.",
        "Yes, we send an email {days} days before each draft.",
    ],
    "es": [
        "Si el pago es devuelto, puede aplicar un cargo por pago devuelto de hasta {fee} y el pago automático sigue activo.",
        "Sí, cualquier pago extra reduce el monto del pago automático de ese mes.",
        "Sí, le enviamos un correo {days} días antes de cada cargo.",
    ],
}


def fam_autopay(b: B) -> None:
    b.open()
    b.c(AUTOPAY_OPEN, "lookalike")
    if b.p(0.5):
        b.verify()
    b.a(AUTOPAY_ASK, "legit_ask")
    b.c(AUTOPAY_ANS, "lookalike")
    b.a(AUTOPAY_DONE)
    if b.p(0.6):
        b.c(AUTOPAY_Q)
        b.a(AUTOPAY_QA)
    b.extras(0.25)
    b.close()


# --------------------------------------------------------------------------------------
# Late fee disputes (clean)
# --------------------------------------------------------------------------------------

LATE_OPEN: Pool = {
    "en": [
        "Why was I charged a late fee of {fee}?? I paid on {date}",
        "I got hit with a {fee} late fee but my payment of {amt} went out on {date}, confirmation {conf}",
        "can you waive the late fee, first time I've been late in {years} years",
        "my payment was returned, check #{checkno}, and now there's a late fee AND a returned payment fee",
        "there's a {fee} charge on my statement dated {date}, what is that",
        "I PAID ON TIME. WHY IS THERE A LATE FEE",
        "Hello, I'd like to dispute a late fee. I mailed check number {checkno} for {amt} on {date}.",
    ],
    "es": [
        "¿Por qué me cobraron un cargo por pago tardío de {fee}? Yo pagué el {date}",
        "me cobraron {fee} de late fee pero mi pago de {amt} salió el {date}, folio {conf}",
        "¿me pueden quitar el cargo por atraso? es la primera vez en {years} años",
        "me rebotaron el pago, cheque número {checkno}, y ahora tengo cargo por atraso y por pago devuelto",
        "hay un cargo de {fee} en mi estado de cuenta del {date}, ¿qué es?",
        "oiga, pagué a tiempo y me salió una comisión por pago tardío, no se vale",
        "buenas, mandé el cheque {checkno} por {amt} el {date} y igual me cobraron recargo",
    ],
    "mix": [
        "me cobraron un late fee de {fee} pero yo pagué on time el {date}",
        "can you quitar el late fee? first time que me pasa",
    ],
}

LATE_RESP: Pool = {
    "en": [
        "Let me take a look. I see a payment of {amt} received on {date2}, which was one day after the due date of {date}.",
        "I see the payment with confirmation {conf}. It was submitted after the 8 p.m. ET cutoff, so it posted the next day.",
        "Your check #{checkno} was returned by your bank on {date2} as insufficient funds, which triggered the fee.",
        "Thanks for waiting. The {fee} fee posted on {date} because the minimum of {amt2} wasn't received by the due date.",
    ],
    "es": [
        "Permítame revisar. Veo un pago de {amt} recibido el {date2}, un día después de la fecha límite del {date}.",
        "Veo el pago con folio {conf}. Se hizo después del horario de corte de las 8 p.m. (hora del Este), por eso se aplicó al día siguiente.",
        "Su cheque número {checkno} fue devuelto por su banco el {date2} por fondos insuficientes, por eso el cargo.",
        "Gracias por esperar. El cargo de {fee} se generó el {date} porque el mínimo de {amt2} no se recibió a tiempo.",
    ],
}

LATE_PUSH: Pool = {
    "en": [
        "that's not fair, the app said it was on time",
        "I've been a customer since {year}, can you make an exception?",
        "ok but can you do anything? money is tight right now",
        "I have the screenshot with the confirmation {conf} and time {time}",
        "my bank shows the money left on {date} with trace number {trace}",
    ],
    "es": [
        "no es justo, la app decía que estaba a tiempo",
        "soy cliente desde {year}, ¿no pueden hacer una excepción?",
        "ok pero ¿no pueden hacer algo? ando corto de dinero",
        "tengo la captura con el folio {conf} y la hora {time}",
        "en mi banco dice que el dinero salió el {date}, número de rastreo {trace}",
    ],
    "mix": ["no es justo, la app said it was on time", "soy customer desde {year}, please"],
}

LATE_FIX: Pool = {
    "en": [
        "I've submitted a one-time courtesy reversal of the {fee} late fee. You'll see the credit in 1-2 business days. Case number {case}.",
        "Good news: I was able to waive the late fee and the interest from that cycle, total credit {amt3}. Reference {case}.",
        "I'm not able to reverse it myself, but I've opened a review with case number {case}. You'll hear back within 5-7 business days.",
    ],
    "es": [
        "Le apliqué una bonificación única del cargo por atraso de {fee}. Verá el crédito en 1 a 2 días hábiles. Número de caso {case}.",
        "Buenas noticias: pude quitar el cargo por atraso y los intereses de ese ciclo, en total {amt3}. Referencia {case}.",
        "Yo no puedo revertirlo, pero abrí una revisión con número de caso {case}. Le responderán en 5 a 7 días hábiles.",
    ],
}


def fam_late_fee(b: B) -> None:
    b.open()
    b.c(LATE_OPEN, "lookalike")
    if b.p(0.6):
        b.verify()
    b.a(LATE_RESP)
    b.c(LATE_PUSH, "lookalike")
    b.a(LATE_FIX)
    b.extras(0.25)
    b.close()


# --------------------------------------------------------------------------------------
# Travel notices (clean)
# --------------------------------------------------------------------------------------

TRAVEL_OPEN: Pool = {
    "en": [
        "I'm traveling to {country} from {date} to {date2}, can you put a travel notice?",
        "going to {country} next week, flight {flight} on {date}. will my card work there?",
        "need a travel alert for {country} and {country2}, leaving {date} coming back {date2}",
        "my card got declined at {merchant} in {place}, I'm on vacation. please fix",
        "Hi! Heading to {place} for a wedding, {date} thru {date2}. Anything I need to do before I go?",
    ],
    "es": [
        "voy a viajar a {country} del {date} al {date2}, ¿me pueden poner aviso de viaje?",
        "me voy a {country} la otra semana, vuelo {flight} el {date}. ¿sí va a funcionar mi tarjeta allá?",
        "necesito un aviso de viaje para {country} y {country2}, salgo el {date} y regreso el {date2}",
        "me rechazaron la tarjeta en {merchant}, estoy de vacaciones en {place}. ¡ayuda!",
        "hola, me voy de viaje a {place} del {date} al {date2}, ¿tengo que avisar algo?",
        "vale, me voy a {country} en {flight}, ¿tengo que notificar el viaje?",
    ],
    "mix": [
        "voy a {country} del {date} al {date2}, can you add a travel notice?",
        "my flight es el {date}, {flight}, a {country}",
        "me declinaron la card en {merchant}, estoy en {place}",
    ],
}

TRAVEL_RESP: Pool = {
    "en": [
        "You don't need to set a travel notice anymore, but I've added a note for {country} from {date} to {date2} anyway. Is {phone} still the best number to reach you?",
        "Done. Travel notice on file for {country} and {country2}. Just a heads up, transactions abroad have a {pct} foreign transaction fee on this card.",
        "I see the declined transaction at {merchant} for {amt}. It was held for review; I've released it, so you can try again now.",
    ],
    "es": [
        "Ya no es necesario, pero le dejé la nota de viaje para {country} del {date} al {date2}. ¿Sigue siendo {phone} el mejor número para contactarle?",
        "Listo, aviso de viaje registrado para {country} y {country2}. Le comento que esta tarjeta cobra {pct} de comisión por transacciones en el extranjero.",
        "Veo la transacción rechazada en {merchant} por {amt}. Quedó en revisión; ya la liberé, puede intentar de nuevo.",
    ],
}

TRAVEL_2: Pool = {
    "en": [
        "yes {phone} is good. my wife has the authorized user card ending {lastfour2}, add her too",
        "yes that's my cell",
        "perfect, I'll be back {date2}. return flight is {flight2}",
        "ok ty. what's the number to call from abroad?",
    ],
    "es": [
        "sí, {phone} es mi celular. mi esposa tiene la adicional terminación {lastfour2}, agréguela también",
        "sí, ese es",
        "perfecto, regreso el {date2} en el vuelo {flight2}",
        "ok gracias. ¿a qué número llamo desde allá?",
    ],
    "mix": ["yes, {phone} es mi cell", "perfecto, regreso el {date2}, flight {flight2}"],
}

TRAVEL_2A: Pool = {
    "en": [
        "Added. From abroad you can call us collect at {phone2}.",
        "Noted for both cards. Safe travels!",
        "Great, you're all set through {date2}. Enjoy the trip!",
    ],
    "es": [
        "Listo, agregada. Desde el extranjero puede llamar por cobrar al {phone2}.",
        "Anotado para ambas tarjetas. ¡Buen viaje!",
        "Perfecto, quedó registrado hasta el {date2}. ¡Disfrute el viaje!",
    ],
}


def fam_travel(b: B) -> None:
    b.open()
    b.c(TRAVEL_OPEN, "lookalike")
    if b.p(0.4):
        b.verify()
    b.a(TRAVEL_RESP)
    b.c(TRAVEL_2, "lookalike")
    b.a(TRAVEL_2A)
    b.extras(0.25)
    b.close()


# --------------------------------------------------------------------------------------
# Card replacement and shipping (clean)
# --------------------------------------------------------------------------------------

REPL_OPEN: Pool = {
    "en": [
        "I lost my card, the one ending in {lastfour}. need a new one asap",
        "my card is cracked and the chip doesn't work anymore. can you send a replacement?",
        "where is my new card? you said it shipped on {date}",
        "someone stole my wallet last night. please block card {masked}",
        "the new card never came. tracking says delivered: {track}",
        "Hi, my card {masked} got eaten by an ATM in {city}",
    ],
    "es": [
        "perdí mi tarjeta, la que termina en {lastfour}. necesito una nueva urgente",
        "mi tarjeta está rota y el chip ya no sirve, ¿me mandan reposición?",
        "¿dónde está mi tarjeta nueva? me dijeron que la enviaron el {date}",
        "me robaron la cartera anoche, por favor bloqueen la tarjeta {masked}",
        "nunca me llegó el plástico nuevo. la guía dice entregado: {track}",
        "el cajero se tragó mi tarjeta {masked}, ¿qué hago?",
        "se me perdió la tarjeta, ¿me la pueden cancelar? termina en {lastfour}",
    ],
    "mix": [
        "perdí mi card, la que termina en {lastfour}, I need a new one",
        "la tarjeta nueva never arrived, tracking {track}",
    ],
}

REPL_RESP: Pool = {
    "en": [
        "I'm sorry to hear that. I've blocked the card ending in {lastfour} and ordered a replacement. Can you confirm the shipping address?",
        "I see the card was mailed on {date} via USPS, tracking {track}. It should arrive within 7-10 business days.",
        "I've locked the card {masked}. Did you see any charges you don't recognize?",
        "I can send it expedited at no cost. What address should we ship to?",
    ],
    "es": [
        "Lamento lo sucedido. Ya bloqueé la tarjeta terminación {lastfour} y pedí la reposición. ¿Me confirma la dirección de envío?",
        "Veo que la tarjeta se envió el {date} por USPS, número de guía {track}. Debería llegar en 7 a 10 días hábiles.",
        "Bloqueé la tarjeta {masked}. ¿Ve algún cargo que no reconozca?",
        "Se la puedo enviar exprés sin costo. ¿A qué dirección la mandamos?",
    ],
}

REPL_ADDR: Pool = {
    "en": [
        "{addr}, {apt}, {city} {zip}",
        "same address, {addr} {apt}",
        "please send it to my work: {addr}, suite {suite}, {city} {zip}",
        "no unauthorized charges, just the {merchant} one for {amt} which was me",
        "I see a charge at {merchant} for {amt} on {date2} that wasn't me",
        "I moved! new address is {addr} {apt}, {city} {zip}",
    ],
    "es": [
        "{addr}, {apt}, {city}, CP {zip}",
        "la misma dirección, {addr} {apt}",
        "mándenla a mi trabajo: {addr}, oficina {suite}, {city} {zip}",
        "no hay cargos raros, solo el de {merchant} por {amt} que sí fui yo",
        "veo un cargo en {merchant} por {amt} el {date2} que yo no hice",
        "me cambié de casa, ahora es {addr} {apt}, {city} {zip}",
    ],
    "mix": ["same address, {addr} {apt}", "hay un charge de {merchant} por {amt} que no es mío"],
}

REPL_DONE: Pool = {
    "en": [
        "Your replacement is on its way by FedEx, tracking number {track2}. The new card will have a new number; your autopay will carry over.",
        "Done, shipping to {addr}, {apt}. I've also opened a dispute for the {amt} charge, case {case}.",
        "The new card should arrive by {date2}. Once it arrives, activate it in the app or by calling {phone2}.",
    ],
    "es": [
        "Su reposición va en camino por FedEx, guía {track2}. La tarjeta nueva tendrá otro número; el pago automático se mantiene.",
        "Listo, se envía a {addr}, {apt}. También abrí una aclaración por el cargo de {amt}, caso {case}.",
        "La tarjeta nueva debe llegar a más tardar el {date2}. Cuando llegue, actívela en la app o llamando al {phone2}.",
    ],
}

REPL_END: Pool = {
    "en": [
        "ok and the PIN stays the same?",
        "do I need to call to activate or can I do it online?",
        "will my Netflix and stuff update automatically?",
    ],
    "es": [
        "¿y el NIP es el mismo?",
        "¿la activo en línea o tengo que llamar?",
        "ok, ¿y mi pin sigue igual o cambia?",
    ],
    "mix": ["¿y el PIN es el mismo con la new card?", "ok, ¿la activo online?"],
}

REPL_END_A: Pool = {
    "en": [
        "Yes, your PIN stays the same. You can change it anytime at an ATM or in the app.",
        "You can activate it in the app; no call needed.",
        "Most subscriptions update automatically with the new number, but check them just in case.",
    ],
    "es": [
        "Sí, su NIP se mantiene. Lo puede cambiar en cualquier cajero o en la app.",
        "La puede activar en la app, no hace falta llamar.",
        "La mayoría de las suscripciones se actualizan solas con el nuevo número, pero revíselas por si acaso.",
    ],
}


def fam_replacement(b: B) -> None:
    b.open()
    b.c(REPL_OPEN, "lookalike")
    if b.p(0.6):
        b.verify()
    b.a(REPL_RESP, "legit_ask")
    b.c(REPL_ADDR, "lookalike")
    b.a(REPL_DONE)
    if b.p(0.5):
        b.c(REPL_END, "keyword_negative")
        b.a(REPL_END_A, "warning")
    b.extras(0.2)
    b.close()


# --------------------------------------------------------------------------------------
# Credit-limit increase (clean)
# --------------------------------------------------------------------------------------

CLI_OPEN: Pool = {
    "en": [
        "can I get a credit limit increase? my limit is {limit} and it's too low",
        "I'd like to request a higher limit please",
        "why did my CLI get denied? I make good money",
        "Is it possible to raise my limit before the holidays?",
    ],
    "es": [
        "¿me pueden aumentar la línea de crédito? tengo {limit} y no me alcanza",
        "quiero solicitar un aumento de límite",
        "¿por qué me negaron el aumento de crédito?",
        "quisiera que me subieran el cupo de la tarjeta",
    ],
    "mix": [
        "quiero un credit limit increase, mi limit es {limit}",
        "can you subir mi límite? es muy bajo",
    ],
}

CLI_ASK: Pool = {
    "en": [
        "I can submit that for you. What's your total annual income, and your monthly rent or mortgage payment?",
        "Sure. Please tell me your current employer, how many years you've been there, and your gross annual income.",
        "Happy to check. What's your yearly household income and monthly housing payment?",
    ],
    "es": [
        "Con gusto lo solicito. ¿Cuál es su ingreso anual total y cuánto paga de renta o hipoteca al mes?",
        "Claro. ¿Dónde trabaja actualmente, cuántos años lleva ahí y cuál es su ingreso anual bruto?",
        "Lo reviso. ¿Cuál es el ingreso anual del hogar y cuánto paga de vivienda al mes?",
    ],
}

CLI_ANS: Pool = {
    "en": [
        "I make {income} a year, rent is {rent}",
        "work at {employer} for {years} years, about {income}. rent {rent}/mo",
        "income {income}, mortgage {rent}",
        "{income} plus my husband's, we pay {rent} in rent",
        "{employer}, {years} yrs, {income}/yr, rent {rent}",
    ],
    "es": [
        "gano {income} al año, pago {rent} de renta",
        "trabajo en {employer} desde hace {years} años, gano como {income}. la renta es {rent}",
        "ingreso {income}, hipoteca {rent}",
        "{income} más lo de mi esposo, pagamos {rent} de renta",
        "en {employer}, {years} años, {income} anuales, renta {rent}",
    ],
    "mix": [
        "gano {income} al year, la rent es {rent}",
        "trabajo en {employer}, {years} years, {income}",
    ],
}

CLI_RESULT: Pool = {
    "en": [
        "Good news! Your credit limit has been increased from {limit} to {limit2}, effective immediately. Reference {ref}.",
        "I'm sorry, we weren't able to approve an increase at this time. You'll receive a letter within 7-10 days explaining why. Reference {ref}.",
        "Your request is pending review. We'll let you know within 30 days. Decision ID: {ref}.",
    ],
    "es": [
        "¡Buenas noticias! Su límite de crédito aumentó de {limit} a {limit2}, con efecto inmediato. Referencia {ref}.",
        "Lo siento, por ahora no fue posible aprobar el aumento. Recibirá una carta en 7 a 10 días con los motivos. Referencia {ref}.",
        "Su solicitud quedó en revisión. Le avisaremos en un plazo de 30 días. Folio de decisión: {ref}.",
    ],
}

CLI_END: Pool = {
    "en": ["will this be a hard pull?", "does this affect my credit score?", "nice!! thank you"],
    "es": ["¿me van a checar el buró?", "¿afecta mi historial?", "¡qué bien! gracias"],
    "mix": ["¿es un hard pull?", "nice, gracias!!"],
}

CLI_END_A: Pool = {
    "en": [
        "No, a limit increase request through chat is a soft inquiry and won't affect your score.",
        "You're welcome! The new limit is available now.",
    ],
    "es": [
        "No, la consulta es suave y no afecta su historial crediticio.",
        "¡Con gusto! El nuevo límite ya está disponible.",
    ],
}


def fam_credit_limit(b: B) -> None:
    b.open()
    b.c(CLI_OPEN, "lookalike")
    if b.p(0.5):
        b.verify()
    b.a(CLI_ASK, "legit_ask")
    b.c(CLI_ANS, "lookalike")
    b.a(CLI_RESULT)
    if b.p(0.6):
        b.c(CLI_END)
        b.a(CLI_END_A)
    b.extras(0.2)
    b.close()


# --------------------------------------------------------------------------------------
# Statements, APRs, points (clean)
# --------------------------------------------------------------------------------------

STMT_OPEN: Pool = {
    "en": [
        "why is my APR {apr}? I thought it was lower",
        "my statement says balance {amt} and minimum due {amt2}, due {date}. can you explain the interest charge of {amt3}?",
        "how many points do I have? it says {points} in the app but I thought more",
        "what's the balance transfer fee and APR right now",
        "when does my statement close? I want to pay before it reports",
        "New balance {amt}, min payment {amt2}, payment due date {date}. Why is the minimum so high?",
    ],
    "es": [
        "¿por qué mi tasa es de {apr}? yo pensaba que era menor",
        "mi estado de cuenta dice saldo {amt} y pago mínimo {amt2}, fecha límite {date}. ¿por qué me cobraron {amt3} de intereses?",
        "¿cuántos puntos tengo? en la app dice {points} pero creo que eran más",
        "¿cuánto cobran por transferencia de saldo y qué tasa tiene?",
        "¿cuál es mi fecha de corte? quiero pagar antes de que reporte",
        "saldo al corte {amt}, pago mínimo {amt2}, fecha límite {date}. ¿por qué el mínimo está tan alto?",
    ],
    "mix": [
        "mi APR es {apr}, why so high?",
        "el statement dice {amt} y el minimum {amt2}",
        "¿cuántos points tengo?",
    ],
}

STMT_RESP: Pool = {
    "en": [
        "Your purchase APR is {apr} variable, based on the Prime Rate. Your cash advance APR is {apr2}.",
        "The interest charge of {amt3} is because the previous statement balance wasn't paid in full. If you pay the full {amt} by {date} you'll avoid interest next cycle.",
        "You have {points} points available, and {points2} pending from recent purchases.",
        "Right now balance transfers are {pct} with a {apr2} intro APR for 15 months, then {apr} variable.",
        "Your statement closes on the {day} of every month; your payment is due {date}.",
    ],
    "es": [
        "Su tasa de compras es {apr} variable, basada en la tasa Prime. La tasa de disposición de efectivo es {apr2}.",
        "Los intereses de {amt3} son porque no se liquidó el saldo anterior completo. Si paga los {amt} completos antes del {date}, no generará intereses el próximo ciclo.",
        "Tiene {points} puntos disponibles y {points2} pendientes de compras recientes.",
        "Actualmente las transferencias de saldo tienen comisión de {pct} y tasa promocional de {apr2} por 15 meses, después {apr} variable.",
        "Su fecha de corte es el día {day} de cada mes; la fecha límite de pago es el {date}.",
    ],
}

STMT_2: Pool = {
    "en": [
        "can you lower the APR? I always pay on time",
        "ok can I redeem {points} points for a statement credit?",
        "got it. how much to pay to avoid interest then",
        "ok thanks. and my old card ending {lastfour2}, is it closed?",
    ],
    "es": [
        "¿me pueden bajar la tasa? siempre pago a tiempo",
        "¿puedo cambiar {points} puntos por bonificación?",
        "ok, ¿cuánto tengo que pagar para no generar intereses?",
        "gracias. ¿y mi tarjeta anterior terminación {lastfour2} ya está cancelada?",
    ],
    "mix": ["¿me pueden bajar el APR? I always pay on time", "¿puedo redeem {points} points?"],
}

STMT_2A: Pool = {
    "en": [
        "I've submitted an APR review; reference {case}. You'll be notified in writing.",
        "Yes, {points} points = {amt4} statement credit. I've applied it; it'll show in 1-2 days.",
        "To avoid interest, pay the statement balance of {amt} by {date}.",
        "The card ending {lastfour2} was closed on {date2} and replaced by the current one.",
    ],
    "es": [
        "Ingresé una solicitud de revisión de tasa; referencia {case}. Le avisaremos por escrito.",
        "Sí, {points} puntos equivalen a {amt4} de bonificación. Ya se aplicó, se verá en 1 a 2 días.",
        "Para no generar intereses, pague el saldo al corte de {amt} antes del {date}.",
        "La tarjeta terminación {lastfour2} se canceló el {date2} y se reemplazó por la actual.",
    ],
}


def fam_statement(b: B) -> None:
    b.open()
    b.c(STMT_OPEN, "lookalike")
    if b.p(0.45):
        b.verify()
    b.a(STMT_RESP)
    b.c(STMT_2, "lookalike")
    b.a(STMT_2A)
    b.extras(0.25)
    b.close()


# --------------------------------------------------------------------------------------
# Hardship without secrets (clean)
# --------------------------------------------------------------------------------------

HS_OPEN: Pool = {
    "en": [
        "I lost my job last month and can't make the minimum of {amt}. is there any program?",
        "I'm behind 2 payments, can we set up a payment arrangement?",
        "got a letter saying my account is {pastdue} days past due. I want to work something out",
        "my hours got cut. can I pay {amt2} a month instead?",
        "I was in the hospital for 3 weeks and missed my payment. please help",
    ],
    "es": [
        "perdí mi trabajo el mes pasado y no puedo pagar el mínimo de {amt}. ¿hay algún programa de apoyo?",
        "voy atrasado 2 pagos, ¿podemos hacer un convenio de pago?",
        "me llegó una carta que dice que tengo {pastdue} días de atraso. quiero ponerme al corriente",
        "me recortaron horas, ¿puedo pagar {amt2} al mes?",
        "estuve hospitalizada 3 semanas y no pude pagar, ayúdenme por favor",
        "ando sin chamba, ¿me pueden dar chance con los pagos?",
    ],
    "mix": [
        "perdí mi job y no puedo pagar el minimum de {amt}",
        "quiero un payment plan, voy atrasada",
        "me cortaron las hours, ¿puedo pagar {amt2} al mes?",
    ],
}

HS_ASK: Pool = {
    "en": [
        "I'm sorry you're going through that. To see what you qualify for, what's your current monthly income and your monthly expenses, roughly?",
        "We have a hardship program. Can you confirm your date of birth and the last four of your SSN so I can enroll you?",
        "Let's see what we can do. How much could you afford each month, and on what date?",
    ],
    "es": [
        "Lamento mucho la situación. Para ver a qué califica, ¿cuánto son sus ingresos mensuales y sus gastos aproximados?",
        "Tenemos un programa de apoyo. ¿Me confirma su fecha de nacimiento y los últimos 4 de su seguro social para inscribirle?",
        "Veamos qué podemos hacer. ¿Cuánto podría pagar al mes y en qué fecha?",
    ],
}

HS_ANS: Pool = {
    "en": [
        "unemployment is {amt3} every two weeks, rent {rent}",
        "born {dob}, last four {ssnlast}",
        "I could do {amt2} on the {day} of every month",
        "I can do {amt2}, I get paid on the {day}. is that ok?",
    ],
    "es": [
        "del desempleo me dan {amt3} cada dos semanas, renta {rent}",
        "nací el {dob}, los últimos cuatro son {ssnlast}",
        "podría pagar {amt2} el día {day} de cada mes",
        "puedo dar {amt2}, me pagan el {day}",
    ],
    "mix": ["I could do {amt2}, me pagan el {day}", "dob {dob}, last 4 {ssnlast}"],
}

HS_NOSSN: Pool = {
    "en": [
        "do you need my full social? I don't want to put it in chat",
        "do I have to send my SSN for this?",
    ],
    "es": [
        "¿necesitan mi seguro social completo? no quiero ponerlo aquí",
        "¿tengo que mandar mi social para esto?",
    ],
    "mix": ["¿necesitan mi full social? no quiero ponerlo aquí"],
}

HS_NOSSN_A: Pool = {
    "en": [
        "No, the last four is all I need. Please never send your full SSN in chat.",
        "Not at all. We already have it on file; please don't type your Social Security number here.",
    ],
    "es": [
        "No, con los últimos cuatro es suficiente. Por favor nunca envíe su seguro social completo por chat.",
        "Para nada, ya lo tenemos registrado; por favor no escriba su número de seguro social aquí.",
    ],
}

HS_PLAN: Pool = {
    "en": [
        "You qualify for a 12-month plan: {amt2} per month at a reduced APR of {apr}, starting {date}. The card will be suspended while you're enrolled. Plan ID {conf}.",
        "I've set up a payment arrangement: {amt2} on {date} and {amt3} on {date2}. Arrangement number {case}.",
        "Your account will be re-aged once you make 3 consecutive payments. Program reference: {ref}.",
    ],
    "es": [
        "Califica para un plan de 12 meses: {amt2} mensuales con tasa reducida de {apr}, a partir del {date}. La tarjeta quedará suspendida mientras esté en el programa. Folio {conf}.",
        "Quedó el convenio: {amt2} el {date} y {amt3} el {date2}. Número de convenio {case}.",
        "Su cuenta se pondrá al corriente después de 3 pagos consecutivos. Referencia del programa: {ref}.",
    ],
}


def fam_hardship_plan(b: B) -> None:
    b.open()
    b.c(HS_OPEN, "lookalike")
    b.a(HS_ASK, "legit_ask")
    if b.p(0.35):
        b.c(HS_NOSSN, "keyword_negative")
        b.a(HS_NOSSN_A, "warning")
    b.c(HS_ANS, "lookalike")
    b.a(HS_PLAN)
    b.extras(0.2)
    b.close()


# --------------------------------------------------------------------------------------
# Paying with "my other card" (card, CVV, expiry)
# --------------------------------------------------------------------------------------

OTHER_OPEN: Pool = {
    "en": [
        "can I pay my balance with my other card? it's a debit card from {bank}",
        "I want to pay the {amt} with a different card",
        "my bank account is overdrawn, can I pay with my debit card instead?",
        "Can I pay the minimum with my {issuer} card? I'll pay that one off later lol",
    ],
    "es": [
        "¿puedo pagar el saldo con mi otra tarjeta? es de débito de {bank}",
        "quiero pagar los {amt} con otra tarjeta",
        "mi cuenta está en ceros, ¿puedo pagar con mi tarjeta de débito?",
        "¿se puede pagar con la tarjeta de mi hermana? ella me presta",
    ],
    "mix": ["can I pay con mi debit card de {bank}?", "quiero pagar el balance with my other card"],
}

OTHER_A1: Pool = {
    "en": [
        "We accept debit card payments in the app or by phone. How much are you looking to pay today?",
        "Let me check. What amount would you like to pay?",
        "I can note the payment amount. How much and on what date?",
    ],
    "es": [
        "Aceptamos pagos con tarjeta de débito en la app o por teléfono. ¿Cuánto desea pagar hoy?",
        "Déjeme revisar. ¿Qué monto quiere pagar?",
        "Le tomo nota del monto. ¿Cuánto y en qué fecha?",
    ],
}

OTHER_CARD: Pool = {
    "en": [
        "{amt}. here's the card: {card}",
        "ok its {card} exp {exp} cvv {cvv}",
        "card number {card}\nexp {exp}\nsecurity code {cvv}",
        "{card} {exp} {cvv}",
        "Use this one: {card}, expires {exp}, the code on the back is {cvv}. Zip {zip}",
        "the whole balance. {card} exp {exp}",
        "just put it on {card}, cvv is {cvv}",
        "{amt} please. Debit card {card} exp. {exp} CVV: {cvv}",
        "{card}",
        "it's a {bank} visa {card} good thru {exp}",
    ],
    "es": [
        "{amt}. la tarjeta es {card}",
        "es la {card} vence {exp} cvv {cvv}",
        "número de tarjeta {card}\nvencimiento {exp}\ncódigo de seguridad {cvv}",
        "{card} {exp} {cvv}",
        "use esta: {card}, vence {exp}, el código de atrás es {cvv}. CP {zip}",
        "todo el saldo. {card} fecha de vencimiento {exp}",
        "cárguelo a la {card}, los números de atrás son {cvv}",
        "{amt} por favor. tarjeta de débito {card} exp {exp} CVV: {cvv}",
        "{card}",
        "dale, es la {card}, vto {exp}, cód. {cvv}",
    ],
    "mix": [
        "ok es la {card}, exp {exp}, el cvv es {cvv}",
        "my debit es {card} y el security code {cvv}",
        "{amt} con la card {card}, vence {exp}",
    ],
}

LATE_CVV: Pool = {
    "en": [
        "oh and cvv {cvv}",
        "forgot, the code is {cvv}",
        "cvv {cvv}",
        "security code on back: {cvv}",
    ],
    "es": [
        "ah y el cvv {cvv}",
        "se me olvidó, el código es {cvv}",
        "cvv {cvv}",
        "los de atrás: {cvv}",
    ],
    "mix": ["oh y el cvv es {cvv}", "se me olvidó, code {cvv}"],
}

SORRY_BANK: Pool = {
    "en": [
        "oh sorry! ok then use my checking, routing {routing} account {acct}",
        "my bad. ok just take it from {bank}, acct {acct} routing {routing}",
        "ok same checking as always, ending {acctlast}",
    ],
    "es": [
        "¡ay perdón! entonces de mi cuenta, ruta {routing} cuenta {acct}",
        "perdón. sáquenlo de {bank}, cuenta {acct} ruta {routing}",
        "ah ok, entonces de la cuenta de siempre, la que termina en {acctlast}",
    ],
    "mix": ["sorry! entonces de mi checking, routing {routing}, account {acct}"],
}


def fam_pay_other_card(b: B) -> None:
    b.open()
    b.c(OTHER_OPEN)
    if b.p(0.4):
        b.verify()
    if b.p(0.6):
        b.a(OTHER_A1, "legit_ask")
    msg = b.c(OTHER_CARD)
    if not any(lab.type == CVV for lab in msg.labels) and b.p(0.45):
        b.c(LATE_CVV)
    b.a(CARD_WARN, "warning")
    b.c(SORRY_BANK, "lookalike")
    b.a(CONFIRM_PAY)
    b.close()


# --------------------------------------------------------------------------------------
# A card typed over several messages
# --------------------------------------------------------------------------------------

SPLIT_FIRST: Pool = {
    "en": ["{part1}", "card is {part1}", "ok here {part1}", "the number is {part1}", "{part1} ..."],
    "es": ["{part1}", "la tarjeta es {part1}", "es la {part1}", "número {part1}", "ahí va {part1}"],
    "mix": ["la card es {part1}", "ok it's {part1}", "el number es {part1}"],
}
SPLIT_MID: Pool = {
    "en": ["{part2}", "then {part2}", "{part2}"],
    "es": ["{part2}", "luego {part2}", "y {part2}"],
    "mix": ["{part2}", "y {part2}"],
}
SPLIT_LAST: Pool = {
    "en": [
        "{partN}",
        "{partN} exp {exp}",
        "{partN} and the exp is {exp}",
        "{partN} sorry it cut off",
        "{partN}\nexp {exp}",
    ],
    "es": [
        "{partN}",
        "{partN} vence {exp}",
        "{partN} y la fecha es {exp}",
        "{partN} perdón se cortó",
        "{partN}\nvto {exp}",
    ],
    "mix": ["{partN} exp {exp}", "{partN}, sorry se cortó"],
}
SPLIT_WAIT: Pool = {
    "en": ["wait", "sorry hit enter", "oops"],
    "es": ["espera", "perdón le di enter", "ups"],
    "mix": ["wait", "perdón, hit enter"],
}
SPLIT_CVV: Pool = {
    "en": ["cvv {cvv}", "code on the back {cvv}", "and {cvv} is the security code"],
    "es": ["cvv {cvv}", "el código de atrás {cvv}", "y {cvv} es el código de seguridad"],
    "mix": ["el cvv es {cvv}", "security code {cvv}"],
}
SPLIT_INTRO: Pool = {
    "en": [
        "I want to pay {amt} with my debit card, I'll type the number",
        "ok let me give you my card for the payment",
        "can I pay with card? I'll send it in pieces, my phone is weird",
    ],
    "es": [
        "quiero pagar {amt} con mi débito, le paso el número",
        "ok le doy la tarjeta para el pago",
        "¿puedo pagar con tarjeta? se la mando en partes, mi cel está raro",
    ],
    "mix": [
        "quiero pagar {amt} con mi debit, te paso el number",
        "ok te doy la card para el payment",
    ],
}


def fam_split_card(b: B) -> None:
    b.open()
    b.c(SPLIT_INTRO)
    if b.p(0.4):
        b.a(OTHER_A1, "legit_ask")
    value, brand = make_card(b.rng)
    parts = split_card(value, brand, b.rng)
    b.ctx.cards["card"] = (value, brand)
    names = ["part1", "part2", "partN"] if len(parts) == 3 else ["part1", "partN"]
    for name, part in zip(names, parts, strict=True):
        b.ctx.vals[name] = part
        b.ctx.part_keep[name] = 4 if name == "partN" else 0
    b.c(SPLIT_FIRST)
    if b.p(0.15):
        b.c(SPLIT_WAIT)
    if len(parts) == 3:
        b.c(SPLIT_MID)
    b.c(SPLIT_LAST)
    if b.p(0.45):
        b.c(SPLIT_CVV)
    b.a(CARD_WARN, "warning")
    b.c(SORRY_BANK, "lookalike")
    b.a(CONFIRM_PAY)
    b.close()


# --------------------------------------------------------------------------------------
# Balance transfer with the other issuer's card number
# --------------------------------------------------------------------------------------

BT_OPEN: Pool = {
    "en": [
        "I want to do a balance transfer from my {issuer} card, about {amt}",
        "can I move my {issuer} balance to this card? it's {amt} at {apr}",
        "Saw the balance transfer offer in my email. How do I do it?",
    ],
    "es": [
        "quiero hacer una transferencia de saldo de mi tarjeta {issuer}, como {amt}",
        "¿puedo pasar el saldo de mi {issuer} a esta tarjeta? son {amt} al {apr}",
        "me llegó la promo de transferencia de saldo, ¿cómo le hago?",
    ],
    "mix": [
        "quiero hacer un balance transfer de mi {issuer}, son {amt}",
        "can I pasar mi balance de {issuer} a esta card?",
    ],
}

BT_RESP: Pool = {
    "en": [
        "The current offer is {apr2} intro APR for 12 months with a {pct} transfer fee. How much would you like to transfer?",
        "You're eligible! The fee is {pct} of the amount, minimum $5. What's the amount?",
    ],
    "es": [
        "La oferta actual es tasa promocional de {apr2} por 12 meses con comisión de {pct}. ¿Cuánto desea transferir?",
        "¡Sí califica! La comisión es de {pct} del monto, mínimo $5. ¿Qué monto sería?",
    ],
}

BT_CARD: Pool = {
    "en": [
        "{amt}. the {issuer} card number is {card}",
        "all of it. account # {card}",
        "the card to pay off is {card}, balance {amt}",
        "{issuer} {card} - {amt}",
        "{amt2}\n{issuer} card: {card}",
    ],
    "es": [
        "{amt}. el número de la tarjeta {issuer} es {card}",
        "todo. la tarjeta es {card}",
        "la que quiero liquidar es {card}, saldo {amt}",
        "{issuer} {card} - {amt}",
    ],
    "mix": ["todo el balance, la card de {issuer} es {card}", "{amt}, el account number es {card}"],
}

BT_DONE: Pool = {
    "en": [
        "For your security please don't post full card numbers here; I've masked it. I've set up the transfer of {amt} to your {issuer} account ending {cardlast}. Reference {ref}. It can take 7-14 days.",
        "Thanks. The transfer to the account ending in {cardlast} is submitted, confirmation {conf}. Keep paying the {issuer} card until it posts.",
    ],
    "es": [
        "Por su seguridad no escriba números de tarjeta completos aquí; ya lo oculté. Quedó la transferencia de {amt} a su cuenta {issuer} terminación {cardlast}. Referencia {ref}. Puede tardar de 7 a 14 días.",
        "Gracias. La transferencia a la cuenta terminación {cardlast} quedó registrada, confirmación {conf}. Siga pagando la tarjeta {issuer} hasta que se aplique.",
    ],
}


def fam_balance_transfer(b: B) -> None:
    b.open()
    b.c(BT_OPEN, "lookalike")
    if b.p(0.5):
        b.verify()
    b.a(BT_RESP, "legit_ask")
    b.c(BT_CARD)
    b.a(BT_DONE, "warning")
    b.extras(0.15)
    b.close()


# --------------------------------------------------------------------------------------
# A debit PIN "for the payment"
# --------------------------------------------------------------------------------------

PIN_OPEN: Pool = {
    "en": [
        "I want to make a payment with my debit card",
        "can I pay over the phone with my debit? what do you need",
        "the ATM wouldn't let me pay my card, it keeps rejecting",
    ],
    "es": [
        "quiero hacer un pago con mi tarjeta de débito",
        "¿puedo pagar con mi débito por aquí? ¿qué necesitan?",
        "el cajero no me deja pagar la tarjeta, me la rechaza",
    ],
    "mix": ["quiero hacer un payment con mi debit card", "el ATM no me deja pagar"],
}

PIN_MSG: Pool = {
    "en": [
        "use my debit card for the payment, the PIN is {pin}",
        "do you need my pin? it's {pin}",
        "my debit card pin is {pin} if you need it for the payment",
        "card ending {lastfour2}, pin {pin}. please take {amt}",
        "I tried to pay at the ATM but it says wrong PIN. I put {pin}, is that not right?",
        "ok pin: {pin}",
        "PIN {pin}",
    ],
    "es": [
        "usen mi tarjeta de débito para el pago, el NIP es {pin}",
        "¿necesitan mi nip? es {pin}",
        "mi PIN de la débito es {pin} por si lo ocupan para el pago",
        "la terminación {lastfour2}, nip {pin}. cóbrense {amt}",
        "intenté pagar en el cajero y dice NIP incorrecto. puse {pin}, ¿no es ese?",
        "mi clave del cajero es {pin}",
        "el pin es {pin}",
    ],
    "mix": [
        "el PIN de mi debit card es {pin}",
        "use mi debit, pin {pin}, para pagar {amt}",
        "mi nip es {pin}, can you take the payment?",
    ],
}

PIN_WARN: Pool = {
    "en": [
        "Please don't share your PIN, we never need it and I can't use it. I've removed it from the chat. Would you like to pay from a bank account instead?",
        "Thanks, but we never ask for PINs. Please change it at an ATM to be safe. We can take the payment from a checking account.",
    ],
    "es": [
        "Por favor no comparta su NIP, nunca lo necesitamos y no lo puedo usar. Ya lo eliminé del chat. ¿Prefiere pagar desde una cuenta bancaria?",
        "Gracias, pero nunca pedimos el NIP. Le recomiendo cambiarlo en un cajero. Podemos tomar el pago de una cuenta de cheques.",
    ],
}


def fam_pin_payment(b: B) -> None:
    b.open()
    b.c(PIN_OPEN)
    if b.p(0.5):
        b.verify()
    if b.p(0.4):
        b.a(OTHER_A1, "legit_ask")
    b.c(PIN_MSG)
    b.a(PIN_WARN, "warning")
    b.c(SORRY_BANK, "lookalike")
    b.a(CONFIRM_PAY)
    b.close()


# --------------------------------------------------------------------------------------
# A full SSN for the hardship program
# --------------------------------------------------------------------------------------

SSN_MSG: Pool = {
    "en": [
        "my social is {ssn}",
        "SSN {ssn}, dob {dob}",
        "here's my full social so you can look me up: {ssn}",
        "{ssn} that's my ss#. born {dob}",
        "for the hardship application: name {fullname}, SSN {ssn}, income {income}",
        "I don't know the last 4 thing, here's the whole number {ssn}",
        "social security number: {ssn}",
        "ok. {ssn}",
    ],
    "es": [
        "mi seguro social es {ssn}",
        "SSN {ssn}, nací el {dob}",
        "aquí está mi social completo para que me busquen: {ssn}",
        "{ssn} es mi número de seguro social. fecha de nacimiento {dob}",
        "para la solicitud del programa: {fullname}, social {ssn}, ingresos {income}",
        "mi número de social es el {ssn}",
        "el seguro social: {ssn}",
    ],
    "mix": [
        "mi social es {ssn}, dob {dob}",
        "my SSN es {ssn}",
        "el social security number es {ssn}, para el hardship program",
    ],
}

SSN_WARN: Pool = {
    "en": [
        "Thank you, but please don't send your full Social Security number in chat. I've masked it. The last four is all I need.",
        "I've removed that for your security. We never need your full SSN here.",
    ],
    "es": [
        "Gracias, pero por favor no envíe su número de seguro social completo por chat. Ya lo oculté. Con los últimos cuatro es suficiente.",
        "Lo eliminé por su seguridad. Nunca necesitamos su seguro social completo por aquí.",
    ],
}


HS_ASK_ID: Pool = {
    "en": [
        "We have a hardship program. Can you confirm your date of birth and the last four of your SSN so I can enroll you?",
        "I can start the application. First, please verify your full name and the last 4 digits of your Social Security number.",
        "To open the hardship request I need to verify your identity: date of birth and the last four of your social, please.",
    ],
    "es": [
        "Tenemos un programa de apoyo. ¿Me confirma su fecha de nacimiento y los últimos 4 de su seguro social para inscribirle?",
        "Puedo iniciar la solicitud. Primero, verifique su nombre completo y los últimos 4 dígitos de su seguro social.",
        "Para abrir la solicitud necesito validar su identidad: fecha de nacimiento y los últimos cuatro del social, por favor.",
    ],
}


def fam_hardship_ssn(b: B) -> None:
    b.open()
    b.c(HS_OPEN, "lookalike")
    b.a(HS_ASK_ID if b.p(0.75) else HS_ASK, "legit_ask")
    b.c(SSN_MSG)
    b.a(SSN_WARN, "warning")
    b.c(HS_ANS, "lookalike")
    b.a(HS_PLAN)
    b.close()


# --------------------------------------------------------------------------------------
# The one-time code sent for a new payee account
# --------------------------------------------------------------------------------------

OTP_OPEN: Pool = {
    "en": [
        "I'm trying to add my new bank account in the app to pay my card but it's asking for a code",
        "I can't add a new payment account, it says verification needed",
        "i want to link my {bank} checking so I can pay from it",
        "App says 'enter the code we sent to your phone' when I add a payee",
    ],
    "es": [
        "estoy agregando mi cuenta nueva en la app para pagar la tarjeta pero me pide un código",
        "no puedo agregar la cuenta para pagos, dice que requiere verificación",
        "quiero vincular mi cuenta de {bank} para pagar desde ahí",
        "la app me pide un código cuando agrego la cuenta",
    ],
    "mix": [
        "estoy tratando de add my new bank account y me pide un code",
        "quiero linkear mi cuenta de {bank}",
    ],
}

OTP_INFO: Pool = {
    "en": [
        "Sure. We just sent a one-time code to the phone ending in {phonelast}. Please enter it in the app to finish linking the account.",
        "You should receive a text from {shortcode} with a 6-digit code. Enter it on the screen; it expires in 10 minutes.",
        "That's an extra security step for new payment accounts. The code goes to {phone}; type it in the app only.",
    ],
    "es": [
        "Claro. Acabamos de enviar un código de un solo uso al teléfono terminación {phonelast}. Ingréselo en la app para terminar de vincular la cuenta.",
        "Le llegará un SMS del {shortcode} con un código de 6 dígitos. Ingréselo en la pantalla; vence en 10 minutos.",
        "Es un paso extra de seguridad para cuentas nuevas. El código se envía al {phone}; escríbalo solo en la app.",
    ],
}

OTP_MSG: Pool = {
    "en": [
        "got it, the code is {otp}",
        "{otp}",
        "it says {otp}",
        "the text from {shortcode} says {otp}. where do I put it",
        "code: {otp}",
        "ok I got {otp} but the app froze",
        "is it {otp}? it says it expires in 10 min",
        "verification code {otp}",
    ],
    "es": [
        "ya me llegó, el código es {otp}",
        "{otp}",
        "me llegó este: {otp}",
        "el mensaje del {shortcode} dice {otp}, ¿dónde lo pongo?",
        "código: {otp}",
        "ya tengo el {otp} pero se trabó la app",
        "el código de verificación es {otp}",
        "la clave dinámica que me llegó es {otp}",
    ],
    "mix": [
        "ya me llegó el code, es {otp}",
        "el código es {otp}, the app is frozen",
        "me llegó {otp} del {shortcode}",
    ],
}

OTP_WARN: Pool = {
    "en": [
        "Please don't share that code with anyone, including us. I can't enter it for you; type it in the app. If it expired, tap Resend.",
        "No need to send it to me! That code is only for the app screen. Go ahead and enter it there.",
    ],
    "es": [
        "Por favor no comparta ese código con nadie, ni con nosotros. Yo no lo puedo ingresar; escríbalo en la app. Si venció, toque Reenviar.",
        "¡No hace falta que me lo mande! Ese código es solo para la pantalla de la app. Ingréselo ahí.",
    ],
}

OTP_RESEND: Pool = {
    "en": [
        "it expired, new one is {otp2}",
        "ok it worked with the new one {otp2}",
        "resent: {otp2}",
    ],
    "es": [
        "se venció, el nuevo es {otp2}",
        "ya funcionó con el nuevo {otp2}",
        "me reenviaron: {otp2}",
    ],
    "mix": ["expired, el nuevo es {otp2}"],
}

OTP_DONE_C: Pool = {
    "en": ["ok done, it worked", "it says account linked!", "ok I entered it, thanks"],
    "es": ["listo, ya quedó", "ya dice cuenta vinculada!", "ok ya lo puse, gracias"],
    "mix": ["ok ya quedó, it worked", "listo, account linked"],
}

OTP_DONE_A: Pool = {
    "en": [
        "Great! The account ending in {acctlast} is now linked. It may take up to 3 days before you can schedule payments from it.",
        "Perfect. You can now pay from the new account. Your next due date is {date}.",
    ],
    "es": [
        "¡Excelente! La cuenta terminación {acctlast} ya está vinculada. Puede tardar hasta 3 días en estar disponible para pagos.",
        "Perfecto. Ya puede pagar desde la cuenta nueva. Su próxima fecha límite es el {date}.",
    ],
}


def fam_otp_payee(b: B) -> None:
    b.open()
    b.c(OTP_OPEN)
    if b.p(0.4):
        b.verify()
    b.a(OTP_INFO)
    b.c(OTP_MSG)
    b.a(OTP_WARN, "warning")
    if b.p(0.3):
        b.c(OTP_RESEND)
        b.a(OTP_WARN, "warning")
    b.c(OTP_DONE_C)
    b.a(OTP_DONE_A)
    b.close()


# --------------------------------------------------------------------------------------
# Online banking password when locked out
# --------------------------------------------------------------------------------------

PW_OPEN: Pool = {
    "en": [
        "I'm locked out of my online account",
        "can't log in, says too many attempts",
        "my password isn't working and I need to make a payment today",
        "the website keeps saying invalid credentials",
    ],
    "es": [
        "se me bloqueó la cuenta en línea",
        "no puedo entrar, dice demasiados intentos",
        "mi contraseña no funciona y tengo que pagar hoy",
        "la página me dice credenciales inválidas",
    ],
    "mix": [
        "estoy locked out de mi cuenta online",
        "mi password no funciona y tengo que pagar today",
    ],
}

PW_ASK_LEGIT: Pool = {
    "en": [
        "I can help you unlock it. Can you confirm your username and the email on file?",
        "Let's get you back in. What's the username, and the phone number on the profile?",
        "Sure. What's the email address tied to your online profile?",
    ],
    "es": [
        "Le ayudo a desbloquearla. ¿Me confirma su usuario y el correo registrado?",
        "Vamos a recuperar el acceso. ¿Cuál es su usuario y el teléfono del perfil?",
        "Claro. ¿Cuál es el correo vinculado a su perfil en línea?",
    ],
}

PW_MSG: Pool = {
    "en": [
        "username is {user}, password {pw}",
        "user {user} pass {pw}",
        "I'm typing {pw} and it says invalid",
        "my password is {pw}, I know it's right",
        'the password I use is "{pw}"',
        "{user} / {pw}",
        "I changed it last week to {pw} but it won't take it",
        "email {email}. pw: {pw}",
    ],
    "es": [
        "el usuario es {user} y la contraseña {pw}",
        "usuario {user} contraseña {pw}",
        "estoy poniendo {pw} y dice inválido",
        "mi contraseña es {pw}, estoy segura que está bien",
        'la clave con la que entro es "{pw}"',
        "{user} / {pw}",
        "la cambié la semana pasada a {pw} pero no la acepta",
        "correo {email}. contraseña: {pw}",
    ],
    "mix": [
        "mi username es {user} y el password {pw}",
        "estoy poniendo {pw} y dice invalid password",
        "el password es {pw}, I'm sure",
    ],
}

PW_WARN: Pool = {
    "en": [
        "Please don't share your password with anyone, including us. I've sent a reset link to {maskedemail}; it's valid for 30 minutes.",
        "I've removed your password from the chat for your security. I unlocked the profile; please reset the password from the login page.",
    ],
    "es": [
        "Por favor no comparta su contraseña con nadie, ni con nosotros. Le envié un enlace para restablecerla a {maskedemail}; es válido por 30 minutos.",
        "Eliminé su contraseña del chat por seguridad. Ya desbloqueé el perfil; restablezca la contraseña desde la página de inicio.",
    ],
}

PW_AFTER: Pool = {
    "en": [
        "ok got the email. it worked",
        "ok I reset it, I'm in now. can I pay {amt} today still?",
        "thanks, logged in",
    ],
    "es": [
        "ok ya me llegó el correo, ya entré",
        "ya la cambié y ya entré. ¿todavía puedo pagar {amt} hoy?",
        "gracias, ya pude entrar",
    ],
    "mix": ["ok ya entré, thanks", "ya la cambié, ¿puedo pagar {amt} today?"],
}

PW_AFTER_A: Pool = {
    "en": ["Yes, payments before 8 p.m. ET post today.", "Glad to hear it!"],
    "es": ["Sí, los pagos antes de las 8 p.m. hora del Este se aplican hoy.", "¡Qué bueno!"],
}


def fam_pw_lockout(b: B) -> None:
    b.open()
    b.c(PW_OPEN)
    b.a(PW_ASK_LEGIT, "legit_ask")
    if b.p(0.3):
        b.c(
            {
                "en": ["{user}, {email}"],
                "es": ["{user}, correo {email}"],
                "mix": ["user {user}, email {email}"],
            },
            "lookalike",
        )
        b.a(
            {
                "en": ["Thanks, I see the profile. It's locked after 5 failed attempts."],
                "es": ["Gracias, ya veo el perfil. Se bloquea después de 5 intentos fallidos."],
            }
        )
    b.c(PW_MSG)
    b.a(PW_WARN, "warning")
    b.c(PW_AFTER)
    b.a(PW_AFTER_A)
    b.close()


# --------------------------------------------------------------------------------------
# Bank account and card in the same message
# --------------------------------------------------------------------------------------

BC_MSG: Pool = {
    "en": [
        "routing {routing} acct {acct}. or if that doesn't work use my card {card} exp {exp} cvv {cvv}",
        "checking: {routing} / {acct}\nbackup card: {card} {exp} {cvv}",
        "here's everything: bank {bank}, routing {routing}, account {acct}, and my debit card {card} cvv {cvv}",
        "Take {amt} from acct {acct} (routing {routing}). If it bounces charge {card}",
        "acct {acct} rtn {routing}, card {card}",
    ],
    "es": [
        "ruta {routing} cuenta {acct}. y si no pasa, usen mi tarjeta {card} vence {exp} cvv {cvv}",
        "cuenta de cheques: {routing} / {acct}\ntarjeta de respaldo: {card} {exp} {cvv}",
        "aquí va todo: banco {bank}, ruta {routing}, cuenta {acct}, y mi débito {card} cvv {cvv}",
        "saquen {amt} de la cuenta {acct} (ruta {routing}). si rebota cárguenlo a la {card}",
    ],
    "mix": [
        "routing {routing}, cuenta {acct}, y si no la card {card} exp {exp} cvv {cvv}",
        "mi checking {acct}, routing {routing}, o la debit {card}",
    ],
}

BC_REPLY: Pool = {
    "en": [
        "Thanks! I'll use the bank account. I removed the card details from the chat since we can't take card numbers here. Payment of {amt} is set for {date}, confirmation {conf}.",
        "I've scheduled it from the checking account ending {acctlast}, confirmation {conf}. Please don't send card numbers or security codes in chat; I've masked them.",
    ],
    "es": [
        "¡Gracias! Usaré la cuenta bancaria. Eliminé los datos de la tarjeta del chat porque no podemos recibir números de tarjeta aquí. El pago de {amt} quedó para el {date}, confirmación {conf}.",
        "Quedó programado desde la cuenta terminación {acctlast}, confirmación {conf}. Por favor no envíe números de tarjeta ni códigos de seguridad por chat; ya los oculté.",
    ],
}


def fam_bank_and_card(b: B) -> None:
    b.open()
    b.c(PAY_OPEN, "lookalike")
    if b.p(0.5):
        b.verify()
    b.a(ASK_BANK, "legit_ask")
    b.c(BC_MSG)
    b.a(BC_REPLY, "warning")
    b.extras(0.2)
    b.close()


# --------------------------------------------------------------------------------------
# Everything at once
# --------------------------------------------------------------------------------------

DUMP_OPEN: Pool = {
    "en": [
        "I've been trying to pay for 3 days!! nothing works",
        "your website is garbage, I just want to pay my bill",
        "PLEASE HELP my payment keeps failing",
    ],
    "es": [
        "llevo 3 días tratando de pagar!! nada sirve",
        "su página no sirve, solo quiero pagar",
        "AYUDA el pago me sigue fallando",
    ],
    "mix": ["llevo 3 days tratando de pagar!!", "la website no sirve, solo quiero pagar my bill"],
}

DUMP_A: Pool = {
    "en": [
        "I'm sorry about the trouble, I can help. What amount would you like to pay, and from which bank account?",
        "Let's fix this. Can you confirm the last four of the card and the payment amount?",
    ],
    "es": [
        "Lamento el problema, le ayudo. ¿Qué monto quiere pagar y de qué cuenta bancaria?",
        "Vamos a resolverlo. ¿Me confirma los últimos cuatro de la tarjeta y el monto del pago?",
    ],
}

DUMP_MSG: Pool = {
    "en": [
        "{fullname}\nSSN {ssn}\ncard {card} exp {exp} cvv {cvv}\nplease just fix it",
        "card {card}, cvv {cvv}, pin {pin}. I need this payment to go through today",
        "here's all my info: {card} / {exp} / {cvv}, social {ssn}, dob {dob}",
        "{amt}. my debit {card} pin {pin}",
    ],
    "es": [
        "{fullname}\nseguro social {ssn}\ntarjeta {card} vence {exp} cvv {cvv}\nya arréglenlo por favor",
        "tarjeta {card}, cvv {cvv}, nip {pin}. necesito que pase el pago hoy",
        "ahí les va todo: {card} / {exp} / {cvv}, social {ssn}, nacimiento {dob}",
        "{amt}. mi débito {card} nip {pin}",
    ],
    "mix": [
        "mi info: card {card} exp {exp} cvv {cvv}, social {ssn}",
        "card {card}, cvv {cvv}, el pin {pin}, please hoy mismo",
    ],
}


def fam_dump_all(b: B) -> None:
    b.open()
    b.c(DUMP_OPEN)
    b.a(DUMP_A, "legit_ask")
    b.c(DUMP_MSG)
    b.a(DUMP_WARN, "warning")
    b.c(SORRY_BANK, "lookalike")
    b.a(CONFIRM_PAY)
    b.close()


# --------------------------------------------------------------------------------------
# Agents asking for forbidden secrets
# --------------------------------------------------------------------------------------

ASK: dict[tuple[str, ...], Pool] = {
    (CC,): {
        "en": [
            "To locate your account I'll need the full card number, all 16 digits please.",
            "Can you type out the complete card number for me? The last four isn't enough for this request.",
            "What's the card number you want the payment taken from?",
            "Please send the full number on the front of your card so I can verify it.",
            "I need the card number to process the payment today, the long number on the front.",
        ],
        "es": [
            "Para ubicar su cuenta necesito el número completo de la tarjeta, los 16 dígitos.",
            "¿Me escribe el número de tarjeta completo? Con los últimos cuatro no me alcanza.",
            "¿Cuál es el número de la tarjeta de donde quiere que tomemos el pago?",
            "Me regala el número completo de la tarjeta por favor, el que está al frente.",
            "Necesito el número de la tarjeta para procesar el pago hoy mismo.",
        ],
    },
    (CVV,): {
        "en": [
            "And the 3-digit security code on the back?",
            "Please confirm the CVV so I can authorize it.",
            "Can you confirm your ZIP code and the security code on the back of the card?",
            "I'll also need the CVV2, the little number next to the signature strip.",
        ],
        "es": [
            "¿Y el código de seguridad de atrás, los 3 dígitos?",
            "Confírmeme el CVV para autorizarlo.",
            "¿Me confirma su código postal y el código de seguridad al reverso de la tarjeta?",
            "También necesito el CVV, los numeritos de atrás junto a la firma.",
        ],
    },
    (CC, CVV): {
        "en": [
            "To take the payment I need the card number, expiration date and CVV.",
            "Please provide the full card number plus the security code so I can verify you're the cardholder.",
            "Go ahead and send the long card number, exp date and the 3 digits on the back and I'll process it right now.",
        ],
        "es": [
            "Para procesar el pago necesito el número de tarjeta, la fecha de vencimiento y el CVV.",
            "Por favor indíqueme el número completo de la tarjeta y el código de seguridad para validar que es el titular.",
            "Mándeme el número largo de la tarjeta, la fecha de vencimiento y los 3 números de atrás y se lo proceso ahorita.",
        ],
    },
    (SSN,): {
        "en": [
            "To enroll you in the hardship program I need your full Social Security number.",
            "Please confirm your full SSN, all 9 digits, for verification.",
            "Can you provide your social security number? The complete one, not just the last four.",
        ],
        "es": [
            "Para inscribirle en el programa necesito su número de seguro social completo.",
            "Por favor confirme su SSN completo, los 9 dígitos, para la verificación.",
            "¿Me proporciona su número de seguro social? El completo, no solo los últimos cuatro.",
        ],
    },
    (OTP,): {
        "en": [
            "I just sent a verification code to your phone. Please read it back to me here.",
            "What's the 6-digit code you just received by text?",
            "You'll get a one-time passcode in a moment, type it here so I can confirm your identity.",
        ],
        "es": [
            "Le acabo de enviar un código de verificación por SMS. ¿Me lo puede dictar aquí?",
            "¿Cuál es el código de 6 dígitos que le acaba de llegar por mensaje?",
            "En un momento le llega un código de un solo uso, escríbamelo aquí para validar su identidad.",
            "Pásame la clave dinámica que te llegó al celular porfa.",
        ],
    },
    (PW,): {
        "en": [
            "What password are you using to log in? I'll check it against our system.",
            "Please provide your online banking password so I can reset the lock.",
            "To unlock the profile I need your current password.",
        ],
        "es": [
            "¿Cuál es la contraseña con la que entra? La verifico en el sistema.",
            "Por favor indíqueme su contraseña de la banca en línea para quitar el bloqueo.",
            "Para desbloquear el perfil necesito su contraseña actual.",
        ],
    },
    (PIN,): {
        "en": [
            "To authorize the payment from your debit card, please confirm the 4-digit PIN.",
            "Can you verify your card PIN for me?",
            "I'll need your ATM PIN to process this over chat.",
        ],
        "es": [
            "Para autorizar el pago con su tarjeta de débito, confirme su NIP de 4 dígitos.",
            "¿Me puede verificar el PIN de su tarjeta?",
            "Necesito su clave del cajero para procesarlo por chat.",
        ],
    },
    (OTP, PW): {
        "en": [
            "Please send me your password and the code we just texted so I can reset your access.",
            "I need your current password and the verification code from the text message.",
        ],
        "es": [
            "Mándeme su contraseña y el código que le acabamos de enviar para restablecer el acceso.",
            "Necesito su contraseña actual y el código de verificación que le llegó por mensaje.",
        ],
    },
    (CC, PIN): {
        "en": [
            "I'll need your debit card number and PIN to pull the payment.",
            "Send me the full debit card number and its PIN and I'll run it.",
        ],
        "es": [
            "Necesito el número de su tarjeta de débito y el NIP para hacer el cargo.",
            "Páseme el número completo de la débito y su NIP y lo paso.",
        ],
    },
    (CC, SSN): {
        "en": [
            "Confirm your full social and the complete card number so I can verify the account."
        ],
        "es": [
            "Confírmeme su seguro social completo y el número completo de la tarjeta para verificar la cuenta."
        ],
    },
}

ASK_WEIGHTS: dict[tuple[str, ...], int] = {
    (CC,): 12,
    (CVV,): 10,
    (CC, CVV): 16,
    (SSN,): 12,
    (OTP,): 14,
    (PW,): 10,
    (PIN,): 11,
    (OTP, PW): 5,
    (CC, PIN): 6,
    (CC, SSN): 4,
}

COMPLY: dict[tuple[str, ...], Pool] = {
    (CC,): {
        "en": ["{card}", "ok it's {card}", "sure, {card}", "{card} is the one"],
        "es": ["{card}", "es la {card}", "claro, {card}", "la tarjeta es {card}"],
        "mix": ["ok es la {card}", "sure, la {card}"],
    },
    (CVV,): {
        "en": ["{cvv}", "cvv is {cvv}", "zip {zip}, code {cvv}", "it's {cvv}"],
        "es": ["{cvv}", "el código es {cvv}", "cp {zip}, cvv {cvv}", "es {cvv}"],
        "mix": ["el cvv es {cvv}", "zip {zip} y el code {cvv}"],
    },
    (CC, CVV): {
        "en": [
            "{card} exp {exp} cvv {cvv}",
            "{card}\n{exp}\n{cvv}",
            "card {card}, {exp}, security code {cvv}",
        ],
        "es": [
            "{card} vence {exp} cvv {cvv}",
            "tarjeta {card}, {exp}, código {cvv}",
            "{card}\n{exp}\n{cvv}",
        ],
        "mix": ["la card {card}, exp {exp}, cvv {cvv}"],
    },
    (SSN,): {
        "en": ["{ssn}", "ok, my ssn is {ssn}", "it's {ssn}"],
        "es": ["{ssn}", "mi seguro social es {ssn}", "es el {ssn}"],
        "mix": ["ok, mi social es {ssn}"],
    },
    (OTP,): {
        "en": ["{otp}", "the code is {otp}", "got it: {otp}"],
        "es": ["{otp}", "me llegó {otp}", "el código es {otp}"],
        "mix": ["el code es {otp}", "ok me llegó {otp}"],
    },
    (PW,): {
        "en": ["it's {pw}", "{pw}", "password is {pw}"],
        "es": ["es {pw}", "{pw}", "la contraseña es {pw}"],
        "mix": ["el password es {pw}"],
    },
    (PIN,): {
        "en": ["{pin}", "pin is {pin}", "it's {pin}"],
        "es": ["{pin}", "mi nip es {pin}", "es {pin}"],
        "mix": ["el PIN es {pin}"],
    },
    (OTP, PW): {
        "en": ["password {pw} and the code {otp}", "{pw}\n{otp}"],
        "es": ["contraseña {pw} y el código {otp}", "{pw}\n{otp}"],
        "mix": ["el password {pw} y el code {otp}"],
    },
    (CC, PIN): {
        "en": ["{card} pin {pin}", "card {card}\npin {pin}"],
        "es": ["{card} nip {pin}", "tarjeta {card}\nnip {pin}"],
        "mix": ["la card {card}, pin {pin}"],
    },
    (CC, SSN): {
        "en": ["ssn {ssn}, card {card}"],
        "es": ["social {ssn}, tarjeta {card}"],
        "mix": ["social {ssn}, la card {card}"],
    },
}

REFUSE: Pool = {
    "en": [
        "Why do you need that? I was told never to give that out.",
        "I'm not comfortable sharing that in chat.",
        "no way, the bank never asks for that. who is this?",
        "isn't that against your own policy?",
        "I'll call the number on the back of my card instead.",
        "hmm can I just give you the last 4?",
    ],
    "es": [
        "¿Para qué necesita eso? Me dijeron que nunca lo diera.",
        "No me siento cómodo dando eso por chat.",
        "no, el banco nunca pide eso. ¿quién es usted?",
        "¿eso no va contra sus propias políticas?",
        "mejor llamo al número de atrás de la tarjeta.",
        "mmm, ¿le puedo dar solo los últimos 4?",
    ],
    "mix": [
        "no, why do you need eso?",
        "mejor llamo al number de atrás de la card",
        "no me siento comfortable dando eso",
    ],
}

PRESS: Pool = {
    "en": [
        "It's completely safe, this chat is encrypted. ",
        "I understand, but the system won't let me continue otherwise. ",
        "It's just a standard verification step. ",
    ],
    "es": [
        "Es totalmente seguro, este chat está cifrado. ",
        "Entiendo, pero el sistema no me deja continuar de otra forma. ",
        "Es solo un paso de verificación de rutina. ",
    ],
}

PHISH_OPEN: Pool = {
    "en": [
        "Hi, I got a text saying my card was locked?",
        "I need help with a payment that didn't go through",
        "Hello, I got an email that my account will be closed if I don't verify",
        "my card got declined at {merchant}",
    ],
    "es": [
        "hola, me llegó un mensaje que mi tarjeta está bloqueada",
        "necesito ayuda con un pago que no pasó",
        "me llegó un correo que si no verifico me cierran la cuenta",
        "me rechazaron la tarjeta en {merchant}",
    ],
    "mix": ["hola, me llegó un text que mi card está locked", "necesito ayuda, mi payment no pasó"],
}

PHISH_GIVEUP: Pool = {
    "en": [
        "Ok, no problem. The hold will stay on until you verify.",
        "Understood. Your account may stay restricted in the meantime.",
    ],
    "es": [
        "Está bien, no hay problema. El bloqueo seguirá hasta que verifique.",
        "Entendido. Mientras tanto su cuenta podría seguir restringida.",
    ],
}

PHISH_END: Pool = {
    "en": [
        "Thank you, your account has been verified and the hold is removed.",
        "Ok, that's all I need. You'll get a confirmation shortly.",
        "Thanks, processing now.",
    ],
    "es": [
        "Gracias, su cuenta quedó verificada y se quitó el bloqueo.",
        "Listo, es todo lo que necesito. Le llegará una confirmación.",
        "Gracias, lo estoy procesando.",
    ],
}


def ask_types(b: B) -> tuple[str, ...]:
    keys = list(ASK_WEIGHTS)
    return b.rng.choices(keys, weights=[ASK_WEIGHTS[k] for k in keys])[0]


def fam_phish(b: B) -> None:
    b.open()
    b.c(PHISH_OPEN, "lookalike")
    if b.p(0.5):
        b.verify()
    types = ask_types(b)
    b.a(ASK[types], req=types)
    if b.p(0.55):
        b.c(COMPLY[types])
        b.a(PHISH_END)
    else:
        b.c(REFUSE, "refusal")
        if b.p(0.5):
            b.say("agent", ASK[types], req=types, prefix=PRESS)
            if b.p(0.4):
                b.c(COMPLY[types])
                b.a(PHISH_END)
            else:
                b.c(REFUSE, "refusal")
        else:
            b.a(PHISH_GIVEUP)
    b.close()


# --------------------------------------------------------------------------------------
# Collectors under pressure
# --------------------------------------------------------------------------------------

COLL_OPEN: Pool = {
    "en": [
        "Hi {cname}, this is {aname} from the collections department. Your account ending {lastfour} is {pastdue} days past due with an amount due of {amt}. Can we take care of that today?",
        "Hello {cname}, {aname} with Account Recovery. We've been trying to reach you at {phone} about a past-due balance of {amt}.",
        "Good afternoon. I'm reaching out because the minimum payment of {amt} due {date} hasn't been received.",
    ],
    "es": [
        "Hola {cname}, le habla {aname} del departamento de cobranza. Su cuenta terminación {lastfour} tiene {pastdue} días de atraso con un monto vencido de {amt}. ¿Lo podemos resolver hoy?",
        "Buenas tardes {cname}, soy {aname} de Recuperación. Hemos intentado comunicarnos al {phone} por un saldo vencido de {amt}.",
        "Buen día. Le escribo porque no hemos recibido el pago mínimo de {amt} que vencía el {date}.",
    ],
}

COLL_C1: Pool = {
    "en": [
        "I can pay {amt2} today, the rest on {date2}",
        "I get paid {date2}, can I pay then?",
        "I know, I know. I was going to pay this week",
        "how much do I need to pay to stop the calls",
    ],
    "es": [
        "puedo pagar {amt2} hoy y lo demás el {date2}",
        "me pagan el {date2}, ¿puedo pagar ese día?",
        "ya sé, ya sé, iba a pagar esta semana",
        "¿cuánto tengo que pagar para que ya no me llamen?",
    ],
    "mix": [
        "puedo pagar {amt2} today y el resto el {date2}",
        "me pagan el {date2}, ¿can I pay then?",
    ],
}

COLL_PRESS: Pool = {
    "en": [
        "If we don't receive at least {amt2} today, another late fee of {fee} will post and the account may be reported to the credit bureaus.",
        "I understand. To keep the account from going to {pastdue2} days late, I'd need a payment of {amt2} today.",
    ],
    "es": [
        "Si no recibimos al menos {amt2} hoy, se generará otro cargo por atraso de {fee} y la cuenta podría reportarse al buró.",
        "Entiendo. Para que la cuenta no llegue a {pastdue2} días de atraso, necesitaría un pago de {amt2} hoy.",
    ],
}

COLL_C2: Pool = {
    "en": ["ok how do I pay", "fine. what do you need", "ok let's do it"],
    "es": ["ok, ¿cómo pago?", "ya, ¿qué necesita?", "va, hagámoslo"],
    "mix": ["ok, ¿how do I pay?", "fine, ¿qué necesitas?"],
}

COLL_ASK_WEIGHTS: dict[tuple[str, ...], int] = {
    (CC, CVV): 30,
    (CC,): 15,
    (CVV,): 10,
    (PIN,): 10,
    (CC, PIN): 10,
    (SSN,): 8,
    (OTP,): 7,
}

COLL_BANK: Pool = {
    "en": [
        "can I just give you my bank account instead? routing {routing} acct {acct}",
        "I'd rather pay from my checking, {routing} {acct}",
    ],
    "es": [
        "¿mejor le doy mi cuenta de banco? ruta {routing} cuenta {acct}",
        "prefiero pagar de mi cuenta de cheques, {routing} {acct}",
    ],
    "mix": ["¿mejor de mi checking? routing {routing}, account {acct}"],
}

COLL_ECHO: Pool = {
    "en": ["I have {card}, exp {exp}, is that right?", "Just to confirm, card number {card}?"],
    "es": [
        "Tengo la {card}, vence {exp}, ¿es correcto?",
        "Nada más para confirmar, ¿la tarjeta {card}?",
    ],
}

COLL_DONE_OTHER: Pool = {
    "en": [
        "Thank you, you're verified. The payment of {amt2} has been processed, confirmation {conf}.",
        "Got it. {amt2} received today, confirmation {conf}. Your next payment of {amt3} is due {date2}.",
    ],
    "es": [
        "Gracias, quedó verificado. El pago de {amt2} se procesó, confirmación {conf}.",
        "Listo. Recibimos {amt2} hoy, confirmación {conf}. Su siguiente pago de {amt3} vence el {date2}.",
    ],
}

COLL_DONE: Pool = {
    "en": [
        "Thank you, payment of {amt2} processed on the card ending {cardlast}. Confirmation {conf}.",
        "All set. {amt2} received today, confirmation {conf}. Your next payment of {amt3} is due {date2}.",
    ],
    "es": [
        "Gracias, se procesó el pago de {amt2} con la tarjeta terminación {cardlast}. Confirmación {conf}.",
        "Listo. Recibimos {amt2} hoy, confirmación {conf}. Su siguiente pago de {amt3} vence el {date2}.",
    ],
}

COLL_BANK_DONE: Pool = {
    "en": [
        "That works. {amt2} from the account ending {acctlast}, confirmation {conf}.",
        "Ok, scheduled from checking for today. Confirmation {conf}.",
    ],
    "es": [
        "Perfecto. {amt2} de la cuenta terminación {acctlast}, confirmación {conf}.",
        "Ok, quedó programado de su cuenta para hoy. Confirmación {conf}.",
    ],
}


def fam_collector(b: B) -> None:
    b.a(COLL_OPEN)
    if b.p(0.5):
        b.topic(VERIFY_TOPICS, "lookalike", "legit_ask", ask_first=True)
    b.c(COLL_C1, "lookalike")
    b.a(COLL_PRESS)
    b.c(COLL_C2)
    keys = list(COLL_ASK_WEIGHTS)
    types = b.rng.choices(keys, weights=[COLL_ASK_WEIGHTS[k] for k in keys])[0]
    b.a(ASK[types], req=types)
    if b.p(0.7):
        b.c(COMPLY[types])
        if CC in types and b.p(0.2):
            b.a(COLL_ECHO)
            b.c({"en": ["yes", "yep that's it"], "es": ["sí", "sí, esa es"], "mix": ["yes, esa"]})
        b.a(COLL_DONE if CC in types else COLL_DONE_OTHER)
    else:
        b.c(COLL_BANK, "lookalike")
        b.a(COLL_BANK_DONE)
    b.close()


# --------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------

FAMILIES: list[tuple[str, int, Callable[[B], None]]] = [
    ("payment_bank", 7, fam_payment_bank),
    ("autopay", 5, fam_autopay),
    ("late_fee", 5, fam_late_fee),
    ("travel", 4, fam_travel),
    ("replacement", 5, fam_replacement),
    ("credit_limit", 4, fam_credit_limit),
    ("statement", 4, fam_statement),
    ("hardship_plan", 3, fam_hardship_plan),
    ("pay_other_card", 8, fam_pay_other_card),
    ("split_card", 6, fam_split_card),
    ("balance_transfer", 5, fam_balance_transfer),
    ("pin_payment", 5, fam_pin_payment),
    ("hardship_ssn", 6, fam_hardship_ssn),
    ("otp_payee", 6, fam_otp_payee),
    ("pw_lockout", 6, fam_pw_lockout),
    ("bank_and_card", 5, fam_bank_and_card),
    ("dump_all", 3, fam_dump_all),
    ("phish", 7, fam_phish),
    ("collector", 6, fam_collector),
]


def generate(seed: int, count: int = 480) -> list[Conversation]:
    rng = Random(seed)
    conversations: list[Conversation] = []
    weights = [w for _n, w, _f in FAMILIES]
    for i in range(count):
        name, _w, fam = rng.choices(FAMILIES, weights=weights)[0]
        lang = rng.choices(["en", "es", "mix"], weights=[45, 35, 20])[0]
        builder = B(rng, lang)
        fam(builder)
        conversations.append(Conversation(f"s23-{seed}-{i:04d}", name, lang, builder.msgs))
    return conversations
