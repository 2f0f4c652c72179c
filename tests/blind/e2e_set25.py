# ruff: noqa: E501
"""Blind set 25: everyday card-issuer support chat, plain formats, both directions.

Theme: the day-to-day traffic of a US credit-card issuer's support chat, in English,
Spanish (Mexican, Puerto Rican, Colombian, Cuban and Peninsular speakers living in the US)
and Spanglish. People write in about a lost or stolen card, a declined purchase, a fraud
alert, activating a new card, a locked online account (forgotten password, a code that
never arrived), changing a PIN, a card that never arrived, adding an authorized user,
disputing a charge, paying the bill, rewards and changing their address.

Secrets are typed in the plain formats most people use: a card number in groups of four
with spaces, dashes, dots or nothing (Amex 4-6-5, Diners 4-6-4, 13 and 19 digit cards),
"123-45-6789" / "123 45 6789" / "123456789", a 3 digit CVV or an Amex 4 digit CID, a
6 digit code from a text message, a 4 digit PIN, a password. Customers volunteer them
unasked, after a bad ask, several in one message, split over two or three messages,
corrected after a typo ("sorry 4821 not 4812"), or a code alone one message after the
agent said it was sent. Just as often they only talk about a secret ("should I send my
social?", "I never got the code", "what is a CVV?"). Agents are mostly legitimate (last
four, billing ZIP, date of birth, name on the card, the amount and merchant of a charge,
warnings never to share a PIN or a code, masked read-backs); a minority, phishers or
careless agents, ask for forbidden things in many phrasings, direct and indirect.

About a third of the conversations hold no secret at all but plenty of look-alikes:
amounts, dates, phone numbers, ZIP codes, order / tracking / case / confirmation numbers,
routing numbers, last fours, masked numbers and Luhn-invalid long references.

Written blind: its author read only lines 1-85 of tests/blind/e2e_set.py (the shared
schema), tests/blind/evaluate_e2e.py (the scorer) and the [tool.ruff] section of
pyproject.toml, and nothing of guard's code, rules, tests or benchmarks.

Labelling conventions: text[start:end] is exactly the value; cards and SSNs keep 4; a
card typed over several messages has every part marked `split_part=True`, the last part
keeping 4 and the earlier parts 0; when a customer corrects a typo ("sorry 4821 not
4812") both the wrong and the right value are labelled, since either gives the secret
away. `generate(seed)` is deterministic: one seeded `random.Random` drives everything.
"""

from __future__ import annotations

import re
import unicodedata
from random import Random

from stdnum import luhn

from tests.blind.e2e_set import CC, CVV, OTP, PIN, PW, SSN, Conversation, Label, Message

_SLOT = re.compile(r"\{(\w+)\}")
_TAGGED = re.compile(r"^([a-z/,]+)\|")

# Slot bases that hold a secret, and their type. "part" / "lastpart" are pieces of a card
# typed over several messages.
SECRET_BASE: dict[str, str] = {
    "card": CC,
    "cvv": CVV,
    "ssn": SSN,
    "otp": OTP,
    "pin": PIN,
    "pw": PW,
    "part": CC,
    "lastpart": CC,
}

FAMILIES: tuple[str, ...] = (
    "lost_stolen",
    "declined",
    "fraud_alert",
    "activation",
    "locked_account",
    "pin_change",
    "card_not_received",
    "authorized_user",
    "dispute",
    "pay_bill",
    "rewards",
    "address_change",
)

# Which secrets come up naturally in each family (first ones more often).
FAM_TYPES: dict[str, tuple[str, ...]] = {
    "lost_stolen": (CC, CC, SSN, CVV, PIN),
    "declined": (CC, CVV, OTP, PIN, CC),
    "fraud_alert": (OTP, CC, SSN, CVV, OTP),
    "activation": (CC, CVV, SSN, OTP, PIN),
    "locked_account": (PW, OTP, PW, SSN, OTP),
    "pin_change": (PIN, PIN, OTP, CC, SSN),
    "card_not_received": (SSN, CC, OTP, SSN),
    "authorized_user": (SSN, SSN, CC, PW),
    "dispute": (CC, OTP, CVV, SSN),
    "pay_bill": (CC, PW, OTP, CVV),
    "rewards": (PW, OTP, CC, PW),
    "address_change": (SSN, OTP, PW, PIN),
}

SCENARIOS: tuple[tuple[str, float], ...] = (
    ("clean", 0.18),  # no secret, look-alikes only
    ("about", 0.12),  # customer talks about secrets without a value
    ("volunteer", 0.16),  # customer volunteers a secret unasked
    ("multi", 0.06),  # several secrets in one message
    ("split", 0.06),  # card typed over two or three messages
    ("correction", 0.06),  # a value, then "sorry, X not Y"
    ("code_alone", 0.07),  # the code arrives one message later, alone
    ("overshare", 0.06),  # legit ask for the last four, full value given
    ("bad_ask_comply", 0.15),  # agent asks a forbidden thing, customer gives it
    ("bad_ask_refuse", 0.08),  # agent asks a forbidden thing, customer refuses
)

# --------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------

FIRST_EN = [
    "James",
    "Ashley",
    "Brandon",
    "Megan",
    "Tyler",
    "Jennifer",
    "Kevin",
    "Brittany",
    "Michael",
    "Sarah",
    "Derek",
    "Tonya",
    "Chris",
    "Heather",
    "Marcus",
    "Kayla",
    "Robert",
    "Linda",
    "Jamal",
    "Courtney",
    "Ryan",
    "Amanda",
    "Dwayne",
    "Stephanie",
]
LAST_EN = [
    "Johnson",
    "Miller",
    "Davis",
    "Wilson",
    "Anderson",
    "Thompson",
    "Moore",
    "Jackson",
    "White",
    "Harris",
    "Clark",
    "Lewis",
    "Walker",
    "Young",
    "Allen",
    "Wright",
    "Scott",
    "Green",
    "Baker",
    "Adams",
]
FIRST_ES = [
    "María",
    "José",
    "Guadalupe",
    "Juan Carlos",
    "Yesenia",
    "Luis",
    "Maritza",
    "Carlos",
    "Yamilet",
    "Jorge",
    "Daniela",
    "Alejandro",
    "Lourdes",
    "Héctor",
    "Nayeli",
    "Andrés",
    "Xiomara",
    "Raúl",
    "Milagros",
    "Fernando",
    "Yadira",
    "Iván",
    "Marisol",
    "Ángel",
    "Lucía",
    "Javier",
    "Nereida",
    "Yoandry",
]
LAST_ES = [
    "García",
    "Rodríguez",
    "Hernández",
    "López",
    "Martínez",
    "González",
    "Pérez",
    "Sánchez",
    "Ramírez",
    "Torres",
    "Rivera",
    "Flores",
    "Morales",
    "Ortiz",
    "Cruz",
    "Reyes",
    "Vázquez",
    "Castillo",
    "Jiménez",
    "Ruiz",
    "Delgado",
    "Santiago",
    "Colón",
    "Betancourt",
]
AGENTS = [
    "Jessica",
    "Carlos",
    "Marisol",
    "Kevin",
    "Andrea",
    "Luis",
    "Tiffany",
    "Omar",
    "Gabriela",
    "Daniel",
    "Rosa",
    "Brian",
    "Valeria",
    "Eduardo",
    "Nicole",
    "Samuel",
]

MERCHANTS = {
    "us": [
        "Amazon",
        "Walmart",
        "Target",
        "Shell",
        "Uber Eats",
        "Netflix",
        "Costco",
        "Home Depot",
        "Best Buy",
        "Walgreens",
        "CVS Pharmacy",
        "Delta Air Lines",
        "Starbucks",
        "DoorDash",
        "Lyft",
        "Kroger",
        "Chevron",
        "Macy's",
        "eBay",
        "SQ *CAFE LUNA",
        "Apple.com/bill",
        "AutoZone",
        "Spotify",
    ],
    "mx": [
        "Walmart",
        "El Super",
        "Vallarta Supermarkets",
        "AutoZone",
        "Aeroméxico",
        "Mercado Libre",
        "Coppel",
        "Western Union",
        "Cardenas Markets",
        "Sam's Club",
        "Uber",
    ],
    "pr": [
        "Supermercados Selectos",
        "Farmacia Caridad",
        "Walgreens",
        "Econo",
        "Plaza Las Américas",
        "JetBlue",
        "Pueblo",
        "Me Salvé",
        "Claro",
        "Ralph's Food Warehouse",
    ],
    "co": [
        "Rappi",
        "Avianca",
        "Éxito",
        "Amazon",
        "Target",
        "Publix",
        "Uber",
        "Netflix",
        "Marshalls",
    ],
    "cu": [
        "Sedano's",
        "Navarro",
        "Publix",
        "Bravo Supermarket",
        "Versailles",
        "Walgreens",
        "Home Depot",
        "Western Union",
        "La Carreta",
    ],
    "es": [
        "Iberia",
        "El Corte Inglés",
        "Zara",
        "Amazon",
        "Whole Foods",
        "Trader Joe's",
        "Booking.com",
        "Apple Store",
        "Mercadona Online",
    ],
}

REGION_ZIPS = {
    "us": [
        "10032",
        "11368",
        "60623",
        "90011",
        "77036",
        "78201",
        "30303",
        "98109",
        "02134",
        "19104",
        "85033",
        "28205",
    ],
    "mx": ["78521", "79936", "90022", "60608", "85033", "78041", "92154", "75211"],
    "pr": ["00907", "00911", "00725", "00961", "00680", "00731", "00959", "00976"],
    "co": ["33172", "11372", "07087", "33026", "32822", "11373"],
    "cu": ["33135", "33012", "33165", "33186", "33010", "33144"],
    "es": ["10011", "33131", "94110", "20009", "02139", "78704"],
}
REGION_AREAS = {
    "us": ["212", "718", "312", "213", "713", "210", "404", "206", "617", "215", "602", "704"],
    "mx": ["956", "915", "323", "773", "602", "956", "619", "214"],
    "pr": ["787", "939", "787"],
    "co": ["305", "718", "201", "954", "407"],
    "cu": ["305", "786", "305"],
    "es": ["646", "786", "415", "202", "617"],
}
STREETS = {
    "us": [
        "Maple Ave",
        "Oak St",
        "W 181st St",
        "Pine Ridge Dr",
        "Lakeview Blvd",
        "N Central Ave",
        "Elm St",
        "Sunset Dr",
    ],
    "mx": [
        "S Main St",
        "Calle Ocho",
        "W Cermak Rd",
        "E Cesar Chavez Ave",
        "Guadalupe St",
        "Zarzamora St",
    ],
    "pr": [
        "Calle Loíza",
        "Ave. Ponce de León",
        "Calle Sol",
        "Calle Betances",
        "Urb. Villa Carolina Calle 12",
        "Calle Marginal",
    ],
    "co": ["Roosevelt Ave", "NW 7th St", "Bergenline Ave", "Kirkman Rd", "Hollywood Blvd"],
    "cu": ["SW 8th St", "W 49th St", "SW 137th Ave", "Palm Ave", "W Flagler St"],
    "es": ["Brickell Ave", "Mission St", "Columbia Rd NW", "Hudson St", "S Congress Ave"],
}
CITIES = {
    "us": [
        "New York NY",
        "Chicago IL",
        "Houston TX",
        "San Antonio TX",
        "Atlanta GA",
        "Seattle WA",
        "Boston MA",
        "Phoenix AZ",
    ],
    "mx": [
        "Brownsville TX",
        "El Paso TX",
        "Los Angeles CA",
        "Chicago IL",
        "Laredo TX",
        "Dallas TX",
    ],
    "pr": ["San Juan PR", "Bayamón PR", "Carolina PR", "Ponce PR", "Caguas PR", "Mayagüez PR"],
    "co": ["Doral FL", "Jackson Heights NY", "West New York NJ", "Orlando FL", "Pembroke Pines FL"],
    "cu": ["Miami FL", "Hialeah FL", "Miami FL", "Homestead FL", "Westchester FL"],
    "es": ["Miami FL", "San Francisco CA", "Washington DC", "New York NY", "Austin TX"],
}
BANKS = [
    "Chase",
    "Bank of America",
    "Wells Fargo",
    "Banco Popular",
    "BBVA",
    "Citi",
    "TD Bank",
    "Capital One 360",
    "Oriental",
    "Navy Federal",
]
ROUTING = [
    "021000021",
    "026009593",
    "121000248",
    "021502011",
    "111000614",
    "063100277",
    "031101266",
    "256074974",
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
    "sunshine",
    "Yankees",
    "maria",
    "Boricua",
    "Perrito",
    "Mariposa",
    "dragon",
    "Tigger",
    "Chivas",
    "America",
    "Milagros",
    "Lupita",
    "Corazon",
    "cafecito",
    "Paloma",
    "shadow",
    "football",
    "princess",
    "Barcelona",
    "Atleti",
    "Millonarios",
    "gatito",
    "Caribe",
    "Flamboyan",
    "coqui",
    "Habana",
    "Tequila",
    "Cowboys",
    "Selena",
    "mimi",
    "Bendecida",
    "Dodgers",
    "Azucar",
    "Brooklyn",
    "Medellin",
    "Guajira",
    "familia",
    "Sevilla",
    "Betis",
]
PW_SYMBOLS = ["!", "#", "$", "*", "@", "!!", "&", "%"]
EMOJI = ["🙏", "😩", "😭", "😤", "🙂", "👍", "😅", "🤦‍♀️", "😰", "❤️", "🥲", "😡"]

# Card brands: (name as customers say it, prefixes, lengths, weight)
BRANDS: tuple[tuple[str, str, tuple[str, ...], tuple[int, ...], int], ...] = (
    ("visa", "Visa", ("4",), (16,), 30),
    ("visa13", "Visa", ("4",), (13,), 3),
    ("visa19", "Visa", ("4",), (19,), 3),
    ("mc", "Mastercard", ("51", "52", "53", "54", "55"), (16,), 18),
    ("mc2", "Mastercard", ("2221", "2223", "2300", "2418", "2520", "2699", "2720"), (16,), 6),
    ("amex", "Amex", ("34", "37"), (15,), 12),
    ("discover", "Discover", ("6011", "65", "644", "645", "647", "649"), (16,), 8),
    ("jcb", "JCB", ("3528", "3530", "3566", "3589"), (16,), 4),
    ("diners", "Diners Club", ("36", "38", "300", "305"), (14,), 4),
    ("unionpay", "UnionPay", ("62",), (16, 19), 5),
    ("maestro", "Maestro", ("5018", "5020", "5038", "6304", "6759", "6761"), (16, 19, 13), 4),
)

# Card groupings by length.
GROUPS: dict[int, tuple[tuple[int, ...], ...]] = {
    13: ((4, 4, 5), (4, 3, 3, 3)),
    14: ((4, 6, 4),),
    15: ((4, 6, 5),),
    16: ((4, 4, 4, 4), (4, 4, 4, 4), (4, 4, 4, 4), (4, 4, 4, 4), (4, 4, 4, 4), (8, 8)),
    19: ((4, 4, 4, 4, 3), (4, 4, 4, 4, 3), (6, 13)),
}


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    )


def _digits(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_card(rng: Random, prefixes: tuple[str, ...], lengths: tuple[int, ...]) -> str:
    prefix = rng.choice(prefixes)
    length = rng.choice(lengths)
    body = prefix + _digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def typo_card(rng: Random, digits: str) -> str:
    """A different Luhn-valid number one or two digits away (what a hurried typist sends)."""
    i = rng.randint(6, len(digits) - 3)
    new = rng.choice([d for d in "0123456789" if d != digits[i]])
    body = digits[:i] + new + digits[i + 1 : -1]
    return body + luhn.calc_check_digit(body)


def luhn_invalid(rng: Random, n: int) -> str:
    num = str(rng.randint(1, 9)) + _digits(rng, n - 1)
    if luhn.is_valid(num):
        num = num[:-1] + str((int(num[-1]) + 1) % 10)
    return num


def _ssn_ok(d: str) -> bool:
    return d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def group(digits: str, sizes: tuple[int, ...]) -> list[str]:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i : i + size])
        i += size
    return out


# --------------------------------------------------------------------------------------
# One conversation's context: persona, secrets, look-alikes, rendering
# --------------------------------------------------------------------------------------


class Ctx:
    """Persona, values and message list of one conversation being written."""

    def __init__(self, rng: Random, family: str, scenario: str, lang: str) -> None:
        self.rng = rng
        self.family = family
        self.scenario = scenario
        self.lang = lang
        if lang == "en":
            self.region = rng.choices(
                ["us", "mx", "pr", "cu", "co", "es"], weights=[12, 3, 2, 1, 1, 1]
            )[0]
        else:
            self.region = rng.choices(["mx", "pr", "co", "cu", "es"], weights=[4, 3, 2, 2, 1])[0]
        self.agent_lang = lang if lang != "mix" else rng.choice(["en", "es", "es"])
        key, self.brand, prefixes, lengths, _w = rng.choices(
            BRANDS, weights=[b[4] for b in BRANDS]
        )[0]
        self.brand_key = key
        self.amex = key == "amex"
        self.card_digits = make_card(rng, prefixes, lengths)
        self.prefixes, self.lengths = prefixes, lengths
        self.sep = rng.choices([" ", "-", "", ".", "  "], weights=[45, 20, 26, 4, 2])[0]
        self.sizes = rng.choice(GROUPS[len(self.card_digits)])
        self.ssn_digits = self._ssn_digits()
        casual = rng.random()
        self.style = {
            "lower": casual < 0.45,
            "noacc": lang != "en" and rng.random() < 0.45,
            "noinv": rng.random() < 0.6,
            "nodot": rng.random() < 0.55,
            "apos": casual < 0.5,
            "typo": rng.choice([0.0, 0.05, 0.12, 0.2]),
            "emoji": rng.choice([0.0, 0.0, 0.08, 0.2]),
        }
        self.vals: dict[str, str] = {}
        self.used: set[str] = set()
        self.messages: list[Message] = []

    # ---- values ------------------------------------------------------------------------

    def _ssn_digits(self) -> str:
        rng = self.rng
        area = rng.choice([a for a in range(1, 900) if a != 666])
        return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"

    def fmt_card(self, digits: str) -> str:
        if len(digits) != len(self.card_digits) or self.rng.random() < 0.1:
            sizes = self.rng.choice(GROUPS[len(digits)])
        else:
            sizes = self.sizes
        sep = self.sep if self.rng.random() < 0.85 else self.rng.choice([" ", "-", ""])
        return sep.join(group(digits, sizes))

    def split_parts(self, n: int) -> list[str]:
        sizes = self.sizes if len(self.sizes) >= 3 else GROUPS[len(self.card_digits)][0]
        groups = group(self.card_digits, sizes)
        n = min(n, len(groups))
        cuts = sorted(self.rng.sample(range(1, len(groups)), n - 1))
        bounds = [0, *cuts, len(groups)]
        return [self.sep.join(groups[bounds[i] : bounds[i + 1]]) for i in range(n)]

    def fmt_ssn(self, digits: str) -> str:
        style = self.rng.choices(["-", " ", "", "."], weights=[55, 15, 26, 4])[0]
        return style.join([digits[:3], digits[3:5], digits[5:]])

    def new_cvv(self) -> str:
        return _digits(self.rng, 4 if self.amex else 3)

    def new_otp(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.06:
            return f"{_digits(rng, 3)} {_digits(rng, 3)}"
        if roll < 0.12:
            return _digits(rng, 8)
        return _digits(rng, 6)

    def new_pin(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.05:
            return " ".join(_digits(rng, 4))
        if roll < 0.12:
            return _digits(rng, 6)
        return _digits(rng, 4)

    def new_pw(self) -> str:
        pw = self._pw()
        while len(pw) < 8:
            pw += str(self.rng.randint(0, 9))
        return pw

    def _pw(self) -> str:
        rng = self.rng
        word = rng.choice(PW_WORDS)
        year = str(
            rng.choice([rng.randint(1960, 2024), rng.randint(1, 99), rng.randint(100, 9999)])
        )
        pattern = rng.randint(0, 9)
        if pattern == 0:
            return word.lower() + year
        if pattern == 1:
            return word.capitalize() + year + rng.choice(PW_SYMBOLS)
        if pattern == 2:
            return word.capitalize() + rng.choice(["_", ".", "-"]) + year
        if pattern == 3:
            leet = word.replace("a", "@").replace("o", "0").replace("e", "3")
            return leet.capitalize() + year
        if pattern == 4:
            return rng.choice(PW_SYMBOLS)[0] + word + year
        if pattern == 5:
            other = rng.choice(PW_WORDS)
            return word.capitalize() + other.capitalize() + str(rng.randint(1, 99))
        if pattern == 6:
            return (
                rng.choice(["Qwerty", "Password", "Abc", "Welcome", "Iloveyou", "Teamo"])
                + year
                + rng.choice(PW_SYMBOLS)
            )
        if pattern == 7:
            return word.upper() + year
        if pattern == 8:
            return word + rng.choice(PW_SYMBOLS) + year
        return word.capitalize() + year + word[:2].upper()

    def typo_of(self, typ: str) -> str:
        """A mistyped version of this conversation's value of `typ`."""
        rng = self.rng
        if typ == CC:
            return self.fmt_card(typo_card(rng, self.card_digits))
        if typ == SSN:
            d = self.ssn_digits
            tries = [d[:i] + d[i + 1] + d[i] + d[i + 2 :] for i in range(3, 8) if d[i] != d[i + 1]]
            tries = [t for t in tries if _ssn_ok(t)]
            if tries:
                return self.fmt_ssn(rng.choice(tries))
            return self.fmt_ssn(d[:-1] + ("1" if d[-1] != "1" else "2"))
        if typ == PW:
            pw = self.val("pw")
            if pw[0].isalpha():
                return pw[0].swapcase() + pw[1:]
            return pw + "1"
        value = self.val(SLOT_OF[typ])
        chars = list(value)
        spots = [
            i
            for i in range(len(chars) - 1)
            if chars[i].isdigit() and chars[i + 1].isdigit() and chars[i] != chars[i + 1]
        ]
        if spots:
            i = rng.choice(spots)
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        else:
            j = max(i for i, ch in enumerate(chars) if ch.isdigit())
            chars[j] = str((int(chars[j]) + 1) % 10)
        return "".join(chars)

    def val(self, name: str) -> str:
        if name not in self.vals:
            self.vals[name] = self._make(name)
        return self.vals[name]

    def _make(self, name: str) -> str:
        rng = self.rng
        base = name.rstrip("0123456789")
        numbered = base != name
        hisp = self.region != "us"
        if base == "card":
            if numbered:
                return self.fmt_card(make_card(rng, self.prefixes, self.lengths))
            return self.fmt_card(self.card_digits)
        if base == "cvv":
            return self.new_cvv()
        if base == "ssn":
            return self.fmt_ssn(self._ssn_digits() if numbered else self.ssn_digits)
        if base == "otp":
            return self.new_otp()
        if base == "pin":
            return self.new_pin()
        if base == "pw":
            return self.new_pw()
        if name == "first":
            return rng.choice(FIRST_ES if hisp else FIRST_EN)
        if base in ("name", "au"):
            first = (
                self.val("first") if name == "name" else rng.choice(FIRST_ES if hisp else FIRST_EN)
            )
            if hisp:
                last = rng.choice(LAST_ES)
                if rng.random() < 0.35:
                    last += " " + rng.choice(LAST_ES)
                return f"{first} {last}"
            return f"{first} {rng.choice(LAST_EN)}"
        if base == "agent":
            return rng.choice(AGENTS)
        if base == "lastfour":
            return self.card_digits[-4:]
        if base in ("oldfour", "acctfour"):
            return _digits(rng, 4)
        if base == "ssnlast":
            return self.ssn_digits[-4:]
        if base == "zip":
            z = rng.choice(REGION_ZIPS[self.region])
            return z + "-" + _digits(rng, 4) if rng.random() < 0.1 else z
        if base == "phone":
            area = rng.choice(REGION_AREAS[self.region])
            tail = f"01{rng.randint(0, 99):02d}"
            fmt = rng.randint(0, 4)
            return [
                f"({area}) 555-{tail}",
                f"{area}-555-{tail}",
                f"{area}555{tail}",
                f"+1 {area} 555 {tail}",
                f"{area}.555.{tail}",
            ][fmt]
        if base == "phonelast":
            return re.sub(r"\D", "", self.val("phone"))[-4:]
        if base == "amt":
            dollars = rng.choice(
                [rng.randint(3, 99), rng.randint(100, 999), rng.randint(1000, 4999)]
            )
            return (
                f"${dollars:,}.{rng.randint(0, 99):02d}" if rng.random() < 0.85 else f"${dollars:,}"
            )
        if base == "limit":
            return f"${rng.choice([500, 1000, 1500, 2500, 3000, 5000, 7500, 10000, 12000]):,}"
        if base == "merchant":
            pool = MERCHANTS[self.region] + MERCHANTS["us"][:8]
            return rng.choice(pool)
        if base == "date":
            m, d = rng.randint(1, 12), rng.randint(1, 28)
            return rng.choice(
                [
                    f"{m:02d}/{d:02d}",
                    f"{m}/{d}",
                    f"{MONTHS_EN[m - 1]} {d}",
                    f"{MONTHS_EN[m - 1][:3]} {d}",
                ]
            )
        if base == "datees":
            m, d = rng.randint(1, 12), rng.randint(1, 28)
            return rng.choice([f"{d} de {MONTHS_ES[m - 1]}", f"{d}/{m:02d}", f"{d:02d}/{m:02d}"])
        if base == "dob":
            y, m, d = rng.randint(1948, 2004), rng.randint(1, 12), rng.randint(1, 28)
            return rng.choice(
                [
                    f"{m:02d}/{d:02d}/{y}",
                    f"{m}/{d}/{y % 100:02d}",
                    f"{MONTHS_EN[m - 1]} {d}, {y}",
                    f"{m}-{d}-{y}",
                ]
            )
        if base == "dobes":
            y, m, d = rng.randint(1948, 2004), rng.randint(1, 12), rng.randint(1, 28)
            return rng.choice(
                [
                    f"{d:02d}/{m:02d}/{y}",
                    f"{d} de {MONTHS_ES[m - 1]} de {y}",
                    f"{d}-{m}-{y}",
                    f"{m:02d}/{d:02d}/{y}",
                ]
            )
        if base == "case":
            return rng.choice(
                [
                    f"CS-{rng.randint(2023, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{_digits(rng, 4)}",
                    _digits(rng, 8),
                    f"#{_digits(rng, 7)}",
                    f"DSP-{_digits(rng, 6)}",
                    f"{rng.choice('ABCDEFGHJK')}{_digits(rng, 9)}",
                ]
            )
        if base == "order":
            return rng.choice(
                [
                    "-".join(group(luhn_invalid(rng, 17), (3, 7, 7))),
                    f"#W{_digits(rng, 8)}",
                    _digits(rng, 10),
                    f"ORD-{_digits(rng, 6)}",
                ]
            )
        if base == "track":
            return rng.choice(
                [
                    "1Z"
                    + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(5))
                    + rng.choice("ABCEFHKRVWXY")
                    + _digits(rng, 10),
                    " ".join(group("9400" + _digits(rng, 18), (4, 4, 4, 4, 4, 2))),
                    _digits(rng, 12),
                    "92" + _digits(rng, 20),
                ]
            )
        if base == "conf":
            return rng.choice(
                [
                    _digits(rng, 7),
                    f"CNF{_digits(rng, 6)}",
                    "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))
                    + _digits(rng, 5),
                    _digits(rng, 9),
                ]
            )
        if base == "ref":
            roll = rng.random()
            if roll < 0.4:
                return " ".join(group(luhn_invalid(rng, 16), (4, 4, 4, 4)))
            if roll < 0.65:
                return luhn_invalid(rng, 16)
            if roll < 0.8:
                return luhn_invalid(rng, 12)
            return "7" + _digits(rng, 22)
        if base == "masked":
            l4 = self.card_digits[-4:]
            return rng.choice(
                [
                    f"**** **** **** {l4}",
                    f"xxxx-xxxx-xxxx-{l4}",
                    f"•••• {l4}",
                    f"XXXXXXXXXXXX{l4}",
                    f"****{l4}",
                    f"*{l4}",
                ]
            )
        if base == "exp":
            m, y = rng.randint(1, 12), rng.randint(26, 31)
            return rng.choice([f"{m:02d}/{y}", f"{m}/{y}", f"{m:02d}/20{y}"])
        if base == "points":
            n = rng.randint(1500, 98000)
            return f"{n:,}" if rng.random() < 0.7 else str(n)
        if base == "addr":
            num = rng.randint(12, 9850)
            street = rng.choice(STREETS[self.region])
            apt = rng.choice(
                [
                    "",
                    "",
                    f" Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
                    f" #{rng.randint(100, 999)}",
                ]
            )
            return f"{num} {street}{apt}, {rng.choice(CITIES[self.region])} {rng.choice(REGION_ZIPS[self.region])}"
        if base == "time":
            h, m = rng.randint(1, 11), rng.choice([0, 5, 15, 20, 30, 45, 50])
            return rng.choice(
                [
                    f"{h}:{m:02d} {rng.choice(['am', 'pm', 'AM', 'PM'])}",
                    f"{h}{rng.choice(['am', 'pm'])}",
                    f"{h}:{m:02d}",
                ]
            )
        if base == "brand":
            return self.brand if rng.random() < 0.6 else self.brand.lower()
        if base == "days":
            return str(rng.choice([3, 5, 7, 10, 12, 14, 15]))
        if base == "routing":
            return rng.choice(ROUTING)
        if base == "bank":
            return rng.choice(BANKS)
        if base == "user":
            first, *rest = _strip_accents(self.val("name")).lower().split(" ")
            last = rest[-1] if rest else "user"
            return rng.choice(
                [
                    f"{first}.{last}{rng.randint(70, 99)}",
                    f"{first[0]}{last}{rng.randint(1, 30)}",
                    f"{first}_{rng.randint(1970, 2005)}",
                ]
            )
        if base == "email":
            first = _strip_accents(self.val("first")).lower().replace(" ", "")
            return f"{first[0]}{'*' * rng.randint(4, 7)}@{rng.choice(['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'icloud.com'])}"
        if base == "year":
            return str(rng.randint(2009, 2023))
        raise KeyError(name)

    # ---- rendering ---------------------------------------------------------------------

    def _style_literal(self, text: str, role: str) -> str:
        if role != "customer" or not text:
            return text
        st, rng = self.style, self.rng
        if st["lower"]:
            text = text.lower()
        if st["noacc"]:
            text = _strip_accents(text)
        if st["noinv"]:
            text = text.replace("¿", "").replace("¡", "")
        if st["apos"]:
            text = text.replace("'", "").replace("’", "")
        if st["typo"] and rng.random() < st["typo"]:
            words = [m for m in re.finditer(r"[A-Za-záéíóúñ]{5,}", text)]
            if words:
                w = rng.choice(words)
                i = rng.randint(w.start() + 1, w.end() - 3)
                text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        return text

    def render(
        self, tpl: str, role: str, extra: dict[str, str] | None = None
    ) -> tuple[str, list[Label]]:
        pieces: list[tuple[str, str | None, str]] = []  # (text, type or None, slot)
        pos = 0
        for m in _SLOT.finditer(tpl):
            if m.start() > pos:
                pieces.append((self._style_literal(tpl[pos : m.start()], role), None, ""))
            name = m.group(1)
            value = (extra or {}).get(name) or self.val(name)
            typ = SECRET_BASE.get(name.rstrip("0123456789"))
            pieces.append((value, typ, name))
            pos = m.end()
        if pos < len(tpl):
            pieces.append((self._style_literal(tpl[pos:], role), None, ""))
        if role == "customer" and pieces and pieces[-1][1] is None:
            last = pieces[-1][0]
            if self.style["nodot"] and last.endswith(".") and not last.endswith(".."):
                pieces[-1] = (last[:-1], None, "")
        text, labels = "", []
        for value, typ, name in pieces:
            if typ is not None:
                base = name.rstrip("0123456789")
                keep = 4 if typ in (CC, SSN) and base != "part" else 0
                labels.append(
                    Label(
                        typ, len(text), len(text) + len(value), keep, base in ("part", "lastpart")
                    )
                )
            text += value
        wordy = any(typ is None and re.search(r"[^\W\d_]", value) for value, typ, _n in pieces)
        if (
            role == "customer"
            and wordy
            and self.style["emoji"]
            and self.rng.random() < self.style["emoji"]
        ):
            text += " " + self.rng.choice(EMOJI)
        return text, labels

    def pick(self, bank: dict[str, list[str]], lang: str) -> str:
        options = []
        for tpl in bank.get(lang) or bank.get("en", []):
            m = _TAGGED.match(tpl)
            if m is None:
                options.append(tpl)
            elif all(self._tag_ok(tag) for tag in m.group(1).split(",")):
                options.append(tpl[m.end() :])
        fresh = [tpl for tpl in options if tpl not in self.used]
        choice = self.rng.choice(fresh or options)
        self.used.add(choice)
        return choice

    def _tag_ok(self, tag: str) -> bool:
        if tag == "amex":
            return self.amex
        if tag == "std":
            return not self.amex
        return self.region in tag.split("/")

    def lang_for(self, role: str, bank: dict[str, list[str]]) -> str:
        if self.lang != "mix":
            return self.lang
        if role == "agent":
            return self.agent_lang
        if "mix" in bank and self.rng.random() < 0.55:
            return "mix"
        return self.rng.choice(["en", "es"])

    def say(
        self,
        role: str,
        bank: dict[str, list[str]],
        kind: str = "clean",
        requested: tuple[str, ...] = (),
        extra: dict[str, str] | None = None,
        prefix: dict[str, list[str]] | None = None,
    ) -> Message:
        lang = self.lang_for(role, bank)
        tpl = self.pick(bank, lang)
        if prefix is not None:
            tpl = self.pick(prefix, lang) + " " + tpl
        text, labels = self.render(tpl, role, extra)
        msg = Message(
            role=role, text=text, labels=labels, requested=frozenset(requested), kind=kind
        )
        self.messages.append(msg)
        return msg

    def c(
        self, bank: dict[str, list[str]], kind: str = "clean", extra: dict[str, str] | None = None
    ) -> Message:
        return self.say("customer", bank, kind, (), extra)

    def a(
        self,
        bank: dict[str, list[str]],
        kind: str = "info",
        requested: tuple[str, ...] = (),
        extra: dict[str, str] | None = None,
        prefix: dict[str, list[str]] | None = None,
    ) -> Message:
        return self.say("agent", bank, kind, requested, extra, prefix)


SLOT_OF: dict[str, str] = {CC: "card", CVV: "cvv", SSN: "ssn", OTP: "otp", PW: "pw", PIN: "pin"}


# --------------------------------------------------------------------------------------
# Family material: what people write in about, agent information, customer follow-ups
# (no secret values in any of these; plenty of look-alikes)
# --------------------------------------------------------------------------------------

Bank = dict[str, list[str]]

FAM: dict[str, dict[str, Bank]] = {
    "lost_stolen": {
        "problem": {
            "en": [
                "hi i lost my card, i think it fell out of my pocket at {merchant} yesterday",
                "Someone stole my wallet on the train this morning. I need to cancel my card ASAP",
                "my purse got stolen!! please block my card",
                "Hello, I can't find my credit card anywhere. Last time I used it was {date} at {merchant}.",
                "i left my card at a bar last night and they say they dont have it",
                "Lost my {brand} card while traveling, I'm in Cancun right now. What do I do?",
                "hey, my car got broken into and my wallet was in it. card ending {lastfour}",
                "I need to report a stolen card. It was in my gym locker.",
                "pretty sure i dropped my card at the gas station on {date}, can u freeze it",
                "My son took my card without asking and now he says he lost it 🤦‍♀️",
                "Good morning. My card ending in {lastfour} was stolen along with my phone.",
            ],
            "es": [
                "hola perdí mi tarjeta, creo que se me cayó en {merchant}",
                "Buenas tardes, me robaron la cartera y ahí estaba la tarjeta de crédito",
                "mx|oiga me asaltaron saliendo del camión y se llevaron mi cartera con el plástico",
                "pr|Saludos, se me perdió la tarjeta en el Walmart de Plaza, necesito bloquearla ya",
                "co|Buenas, me hace el favor y me bloquea la tarjeta? me la robaron en el bus",
                "cu|oye mi vida, se me perdió la tarjeta y estoy asustadísima",
                "es|Hola, me han robado el bolso con la tarjeta dentro, ¿la podéis bloquear?",
                "no encuentro mi tarjeta por ningún lado, la última vez la usé el {datees} en {merchant}",
                "Perdí la tarjeta terminada en {lastfour}, qué hago?",
                "me robaron el carro con la cartera adentro, necesito cancelar la tarjeta",
                "mx|se me cayó la tarjeta en el OXXO y ya no estaba cuando regresé",
            ],
            "mix": [
                "hi, perdí mi card ayer en el mall, can you block it?",
                "me robaron el wallet last night, necesito cancel la tarjeta",
                "hello, my tarjeta got stolen en el parking de {merchant}",
                "ayuda please, I lost mi tarjeta ending {lastfour}",
            ],
        },
        "a_body": {
            "en": [
                "I'm sorry to hear that. I've placed a block on the card ending in {lastfour}, it can't be used for new purchases.",
                "Your replacement card will ship within {days} business days to the address on file. Your case number is {case}.",
                "I see two recent transactions: {amt} at {merchant} on {date} and {amt2} at {merchant2}. Do you recognize both?",
                "The new card will have a different number and a new security code. Please don't share either with anyone.",
                "If you need it faster I can send it expedited, it would arrive by {date2}. There's no fee.",
                "Your case reference is {case}. Keep it in case you need to call us at 1-800-555-0199.",
                "Done. The card {masked} is permanently closed and a new one is on the way.",
            ],
            "es": [
                "Lamento lo sucedido. Ya bloqueé la tarjeta terminada en {lastfour}, no se podrá usar para compras nuevas.",
                "La reposición le llegará en {days} días hábiles a la dirección registrada. Su número de caso es {case}.",
                "Veo dos movimientos recientes: {amt} en {merchant} el {datees} y {amt2} en {merchant2}. ¿Reconoce ambos?",
                "La tarjeta nueva tendrá otro número y otro código de seguridad. No los comparta con nadie.",
                "Si la necesita antes, puedo enviarla urgente sin costo, le llegaría el {datees2}.",
                "Listo, la tarjeta {masked} quedó cancelada definitivamente y ya se envió una nueva.",
            ],
        },
        "c_body": {
            "en": [
                "yes the {merchant} one is mine, the other one i dont know",
                "ok thank you. how long until i get the new one?",
                "can you send it to my work address instead? {addr2}",
                "do I need to update netflix and spotify with the new number?",
                "the {amt2} charge is not mine!!",
                "ok expedited please, I'm traveling on {date2}",
            ],
            "es": [
                "sí, el de {merchant} sí es mío, el otro no",
                "ok gracias. cuánto tarda en llegar la nueva?",
                "se puede mandar a la dirección de mi trabajo? {addr2}",
                "y los pagos automáticos de la luz? se cambian solos?",
                "ese cargo de {amt2} no lo hice yo",
                "mx|sí porfa mándemela urgente",
            ],
        },
    },
    "declined": {
        "problem": {
            "en": [
                "why was my card declined at {merchant}?? i have plenty of credit",
                "Hi, I tried to pay {amt} at {merchant} and it got declined twice",
                "card keeps getting declined online, it says 'transaction not approved'",
                "Trying to book a flight and the payment fails every time",
                "got declined at the gas pump this morning, so embarrassing",
                "My card was declined at the pharmacy but worked at {merchant} an hour before. What's going on?",
                "declined again 😤 this is the third time this week",
                "hi my card was declined at {merchant} for {amt}, i paid my balance on {date}",
                "Why do I keep getting 'card declined, contact issuer'?",
            ],
            "es": [
                "por qué me rechazaron la tarjeta en {merchant}? tengo crédito disponible",
                "Hola, intenté pagar {amt} en {merchant} y me salió declinada dos veces",
                "mx|oiga no me pasa la tarjeta en el súper, me dice que fue rechazada",
                "pr|Buenas, me están declinando la tarjeta en el gas, qué pasa?",
                "co|buenas tardes, me rechazaron la compra en {merchant}, me colabora por favor",
                "cu|mira, me rechazaron la tarjeta en Sedano's delante de todo el mundo, qué pena",
                "es|Hola, me rechazan la tarjeta en una tienda online, ¿me podéis decir por qué?",
                "no puedo comprar nada por internet, me sale error en el pago",
                "me declinaron un pago de {amt} y ya pagué el saldo el {datees}",
            ],
            "mix": [
                "hola my card got declined en {merchant}, qué pasó?",
                "me declinaron la card otra vez, i have credit available!",
                "la tarjeta no pasa online, dice declined 😩",
            ],
        },
        "a_body": {
            "en": [
                "I see the attempt of {amt} at {merchant} on {date}. It was declined because it looked unusual for your account.",
                "Your available credit is {amt2} on a {limit} limit, so it wasn't a credit issue.",
                "I've removed the hold. Please try the purchase again in about 10 minutes.",
                "For online purchases the billing ZIP has to match what we have on file.",
                "It was declined because the expiration date entered didn't match. Please double-check it on the card itself.",
                "The reference for this review is {case}, in case the merchant asks.",
                "There's a temporary travel hold on the account. I've lifted it as of {time}.",
            ],
            "es": [
                "Veo el intento de {amt} en {merchant} el {datees}. Se rechazó porque parecía inusual para su cuenta.",
                "Su crédito disponible es {amt2} de un límite de {limit}, así que no fue por falta de crédito.",
                "Ya quité el bloqueo. Intente la compra de nuevo en unos 10 minutos.",
                "Para compras en línea el código postal de facturación debe coincidir con el registrado.",
                "Se rechazó porque la fecha de vencimiento no coincidía. Revísela en la tarjeta, por favor.",
                "La referencia de esta revisión es {case}, por si el comercio la solicita.",
            ],
        },
        "c_body": {
            "en": [
                "i just tried again and it went through, thanks",
                "it was for {amt}, at like {time}",
                "ok so what do I do next time, call you?",
                "that's weird, I buy there every week",
                "still declined. tried at {time}",
            ],
            "es": [
                "ya lo intenté otra vez y pasó, gracias",
                "fue por {amt}, como a las {time}",
                "y la próxima vez qué hago?",
                "qué raro, yo compro ahí todas las semanas",
                "pr|sigue sin pasar, lo intenté a las {time}",
            ],
        },
    },
    "fraud_alert": {
        "problem": {
            "en": [
                "I got a text asking if I made a purchase of {amt} at {merchant}. I did NOT",
                "got a fraud alert text, is this real? it says reply YES or NO",
                "There's a charge on my account from {merchant} for {amt} that I didn't make",
                "someone is using my card!! there are 3 charges from {merchant2} i didnt do",
                "hi I received an email about suspicious activity, wanted to confirm it's from you guys",
                "got a call from someone saying they were from your fraud department, they wanted info. was that you?",
                "did you guys just text me about a {amt} charge? the number was {phone}",
                "Hello, I have a charge for {amt} on {date} that I don't recognize at all.",
            ],
            "es": [
                "me llegó un mensaje preguntando si hice una compra de {amt} en {merchant}, yo no fui",
                "recibí una alerta de fraude, es real? dice que responda SI o NO",
                "hay un cargo de {merchant2} por {amt} que no reconozco",
                "mx|alguien está usando mi tarjeta!! tengo cargos que no hice en {merchant2}",
                "pr|Wepa, me llegó un texto de que si hice una compra en {merchant}, no fui yo",
                "co|buenas, me llamaron diciendo que eran del banco y me pidieron datos, eso es normal?",
                "es|Hola, me ha llegado un SMS raro sobre una compra en {merchant}, ¿es vuestro?",
                "cu|oye me están llegando un montón de alertas de compras que yo no hice",
                "me llamaron del número {phone} diciendo que eran ustedes, es cierto?",
            ],
            "mix": [
                "got a text de fraude about {merchant}, yo no hice esa compra",
                "hay unos charges raros en mi cuenta, like {amt} en {merchant2}",
                "me llamó alguien del fraud department, was that you guys?",
            ],
        },
        "a_body": {
            "en": [
                "Thanks for reaching out. Did you make a purchase of {amt} at {merchant} on {date}?",
                "Our alerts only ask you to reply YES or NO. We'll never ask for your PIN, password, or the codes we text you.",
                "I've marked those charges as fraud and blocked the card ending in {lastfour}. A new card is on its way.",
                "You won't be responsible for the fraudulent charges. Your claim number is {case}.",
                "That call wasn't from us. We never call asking for your full card number or codes, please hang up if it happens again.",
                "I can see the transaction: {merchant2}, {amt2}, posted {date}. Was that you?",
                "Our fraud alerts come from short code 32665, never from a regular phone number like {phone}.",
            ],
            "es": [
                "Gracias por escribirnos. ¿Usted hizo una compra de {amt} en {merchant} el {datees}?",
                "Nuestras alertas solo piden responder SÍ o NO. Nunca le pediremos su PIN, contraseña ni los códigos que le enviamos.",
                "Ya marqué esos cargos como fraude y bloqueé la tarjeta terminada en {lastfour}. Le enviamos una nueva.",
                "Usted no será responsable de los cargos fraudulentos. Su número de reclamo es {case}.",
                "Esa llamada no fue nuestra. Nunca llamamos pidiendo el número completo de la tarjeta ni códigos, cuelgue si vuelve a pasar.",
                "Veo la transacción: {merchant2}, {amt2}, del {datees}. ¿Fue usted?",
            ],
        },
        "c_body": {
            "en": [
                "no that wasn't me",
                "yes that one is mine, I bought shoes",
                "what about the {amt2} one?",
                "the guy on the phone knew my name and my address 😰",
                "ok so I just reply NO to the text?",
                "YES that was me, sorry for the scare",
            ],
            "es": [
                "no, no fui yo",
                "sí esa sí la hice yo",
                "y el de {amt2}?",
                "el señor sabía mi nombre y mi dirección 😰",
                "o sea que le contesto NO al mensaje?",
                "cu|ay no mi vida, eso no fui yo",
            ],
        },
    },
    "activation": {
        "problem": {
            "en": [
                "hi I just got my new card in the mail, how do I activate it?",
                "trying to activate my card online and it keeps saying error",
                "Need to activate the replacement card, the old one ended in {oldfour}",
                "got the card today but the sticker says to call, can i do it here?",
                "activate card please",
                "my new {brand} came, does it work right away?",
            ],
            "es": [
                "hola me llegó la tarjeta nueva, cómo la activo?",
                "quiero activar mi tarjeta pero la página me da error",
                "mx|ya me llegó el plástico nuevo, cómo lo activo?",
                "pr|Saludos, necesito activar la tarjeta que me llegó hoy",
                "co|buenas, me colabora activando la tarjeta nueva por favor",
                "es|Hola, me ha llegado la tarjeta nueva y no sé cómo activarla",
                "cu|me llegó la tarjeta, qué tengo que hacer pa activarla?",
            ],
            "mix": [
                "hi, me llegó la new card, cómo la activo?",
                "necesito activate mi tarjeta pls",
            ],
        },
        "a_body": {
            "en": [
                "I can help with that. You can activate it in the app under Cards > Activate, or I can do it here once you're verified.",
                "Your new card ending in {lastfour} is now active. The old card ending in {oldfour} has been deactivated.",
                "Please sign the back and set up a PIN at any ATM or in the app. Never share the PIN with anyone.",
                "If the website gives an error, it's usually the browser. Activation reference: {conf}.",
                "Any recurring charges on the old card will move to the new one automatically.",
            ],
            "es": [
                "Con gusto. Puede activarla en la app en Tarjetas > Activar, o la activo yo por aquí una vez verificado.",
                "Su tarjeta nueva terminada en {lastfour} ya está activa. La anterior terminada en {oldfour} quedó desactivada.",
                "Firme el reverso y cree un PIN en cualquier cajero o en la app. No comparta el PIN con nadie.",
                "Si la página da error suele ser el navegador. Referencia de activación: {conf}.",
                "Los cargos recurrentes pasarán a la tarjeta nueva automáticamente.",
            ],
        },
        "c_body": {
            "en": [
                "ok done, it says active now",
                "do i need to create a new pin?",
                "the card ending {lastfour} right?",
                "my old card still works until when?",
            ],
            "es": [
                "listo, ya dice activa",
                "tengo que crear un pin nuevo?",
                "la que termina en {lastfour} verdad?",
                "y la vieja hasta cuándo sirve?",
            ],
        },
    },
    "locked_account": {
        "problem": {
            "en": [
                "I'm locked out of my online account, it says too many attempts",
                "forgot my password and the reset link isn't working",
                "i never got the code to log in. tried like 5 times",
                "can't log into the app, it says my account is locked",
                "the verification code isn't coming to my phone, I changed numbers",
                "Hi, I need help resetting my password. I don't remember my username either",
                "app keeps saying 'we couldn't verify you' 🙄",
            ],
            "es": [
                "no puedo entrar a mi cuenta en línea, dice que está bloqueada",
                "se me olvidó la contraseña y no me llega el correo para cambiarla",
                "no me llega el código de verificación",
                "mx|no puedo entrar a la app, me dice que mi usuario está bloqueado",
                "co|buenas, no me llega la clave dinámica para entrar a la app",
                "es|Hola, he olvidado la contraseña y me he quedado bloqueado",
                "pr|Saludos, no me deja entrar a la aplicación, dice cuenta bloqueada",
                "cu|oye la aplicación no me deja entrar, dice que la contraseña está mala",
            ],
            "mix": [
                "no puedo hacer login, says my account is locked",
                "forgot my password y el code no me llega",
                "la app dice too many attempts, qué hago?",
            ],
        },
        "a_body": {
            "en": [
                "I've unlocked your online account. You'll need to reset your password from the login page.",
                "I've sent a reset link to the email on file, {email}. It expires in 30 minutes.",
                "The phone number on file ends in {phonelast}. If that's not your current number I can update it once you're verified.",
                "Your username is {user}. Please choose a new password with at least 8 characters, one number and one symbol.",
                "Codes can take up to 5 minutes to arrive. If it doesn't come, tap 'resend' on the login screen.",
                "Please don't reuse an old password. And remember, we'll never ask you for it.",
            ],
            "es": [
                "Ya desbloqueé su acceso en línea. Debe restablecer la contraseña desde la página de inicio.",
                "Le envié un enlace para restablecerla al correo registrado, {email}. Vence en 30 minutos.",
                "El teléfono registrado termina en {phonelast}. Si ya no es su número, lo actualizo una vez verificado.",
                "Su usuario es {user}. Elija una contraseña nueva de al menos 8 caracteres, con un número y un símbolo.",
                "Los códigos pueden tardar hasta 5 minutos. Si no llega, toque 'reenviar' en la pantalla de inicio.",
                "co|Recuerde que la clave dinámica es personal, no se la dé a nadie.",
            ],
        },
        "c_body": {
            "en": [
                "ok got the email",
                "still nothing 😩",
                "my new number is {phone}",
                "it worked!! im in",
                "what are the password rules?",
                "my username is {user} right?",
            ],
            "es": [
                "ya me llegó el correo",
                "todavía nada 😩",
                "mi número nuevo es {phone}",
                "ya pude entrar!!",
                "qué requisitos tiene la contraseña?",
                "mi usuario es {user} verdad?",
            ],
        },
    },
    "pin_change": {
        "problem": {
            "en": [
                "how do I change my PIN?",
                "my pin isn't working at the atm",
                "I forgot my PIN, need a cash advance today",
                "i want to set a new pin, the one i have is too easy",
                "atm ate my card after I put the wrong pin 3 times 😭",
                "Does this card even have a PIN? The store asked for one.",
            ],
            "es": [
                "cómo cambio mi PIN?",
                "mx|no me acuerdo de mi NIP y necesito sacar dinero",
                "mi pin no funciona en el cajero",
                "co|buenas, necesito cambiar la clave de la tarjeta",
                "es|Hola, quería cambiar el PIN de la tarjeta, ¿cómo se hace?",
                "pr|el ATH me dice que el pin está mal y yo estoy segura que es ese",
                "cu|el cajero se tragó la tarjeta porque puse mal el pin 😭",
                "mx|oiga el cajero me dice NIP incorrecto",
            ],
            "mix": [
                "mi PIN no works en el ATM",
                "how cambio el pin de mi card?",
            ],
        },
        "a_body": {
            "en": [
                "You can change your PIN in the app under Card settings > Change PIN, or at any of our ATMs.",
                "For security we can't see or set your PIN in chat. I can mail a PIN reminder to the address on file, it takes {days} business days.",
                "Your PIN was locked after 3 wrong attempts. I've reset the counter, you can try again now.",
                "Please never write your PIN down or share it, not even with us.",
                "The nearest branch ATM is at {addr2}, open 24 hours.",
                "A cash advance limit of {limit} applies, and the fee is 5% or $10, whichever is more.",
            ],
            "es": [
                "Puede cambiar su PIN en la app en Configuración de tarjeta > Cambiar PIN, o en cualquiera de nuestros cajeros.",
                "Por seguridad no podemos ver ni asignar su PIN por chat. Le puedo enviar un recordatorio por correo, tarda {days} días hábiles.",
                "Su PIN se bloqueó después de 3 intentos. Ya reinicié el contador, puede intentarlo de nuevo.",
                "Nunca anote su PIN ni lo comparta, ni siquiera con nosotros.",
                "mx|Por seguridad nunca comparta su NIP, ni con nosotros.",
                "El cajero más cercano está en {addr2}, abierto 24 horas.",
            ],
        },
        "c_body": {
            "en": [
                "ok i changed it in the app",
                "do i need the old pin to change it?",
                "can't you just tell me what my pin is?",
                "ok I'll go to the atm at {addr2}",
                "worked now, thanks",
            ],
            "es": [
                "listo ya lo cambié en la app",
                "necesito el pin viejo para cambiarlo?",
                "no me puede decir cuál es mi pin?",
                "ok voy al cajero de {addr2}",
                "ya funcionó, gracias",
            ],
        },
    },
    "card_not_received": {
        "problem": {
            "en": [
                "I was supposed to get my new card last week and it never came",
                "still haven't received my card, it's been {days} days",
                "tracking says delivered but there's nothing in my mailbox",
                "Card never arrived. I moved recently, maybe it went to my old address?",
                "where is my card?? ordered the replacement on {date}",
            ],
            "es": [
                "no me ha llegado la tarjeta nueva y ya pasaron {days} días",
                "pr|el cartero dice que la entregó pero no tengo nada en el buzón",
                "mx|oiga ya van dos semanas y no me llega la tarjeta",
                "co|buenas, la tarjeta no me ha llegado, me ayuda por favor",
                "es|Hola, todavía no he recibido la tarjeta, ¿me dais el número de seguimiento?",
                "cu|mi amor la tarjeta nunca llegó, y yo la pedí el {datees}",
            ],
            "mix": [
                "mi card nueva never arrived, ya van two weeks",
                "el tracking dice delivered pero no tengo nada",
            ],
        },
        "a_body": {
            "en": [
                "The card was mailed on {date} via USPS, tracking {track}.",
                "It was sent to {addr}. Is that still your address?",
                "I'll cancel the card ending in {lastfour} and send a new one by express. Tracking will be emailed to you.",
                "Your request number is {case}. The new card should arrive by {date2}.",
                "The card was never activated, so nobody could have used it.",
            ],
            "es": [
                "La tarjeta se envió el {datees} por USPS, rastreo {track}.",
                "Se envió a {addr}. ¿Sigue siendo su dirección?",
                "Voy a cancelar la tarjeta terminada en {lastfour} y enviarle otra por correo expreso. Le llegará el rastreo por email.",
                "Su número de solicitud es {case}. La tarjeta nueva debe llegar a más tardar el {datees2}.",
                "La tarjeta nunca se activó, así que nadie pudo usarla.",
            ],
        },
        "c_body": {
            "en": [
                "yes that's my address",
                "no i moved, the new one is {addr2}",
                "ok I'll wait till {date2}",
                "can you give me the tracking again?",
            ],
            "es": [
                "sí esa es mi dirección",
                "no, me mudé, la nueva es {addr2}",
                "ok espero hasta el {datees2}",
                "me da el número de rastreo otra vez?",
            ],
        },
    },
    "authorized_user": {
        "problem": {
            "en": [
                "I want to add my wife as an authorized user",
                "how do i add my son to my card? he's 17",
                "Hi, I'd like to add my mom {au} as an authorized user",
                "what do you need to add someone to my account?",
                "can my husband get his own card on my account?",
            ],
            "es": [
                "quiero agregar a mi esposa como usuaria autorizada",
                "cómo agrego a mi hijo a mi tarjeta? tiene 18 años",
                "mx|quiero sacarle una tarjeta adicional a mi mamá",
                "co|buenas, quiero una tarjeta amparada para mi esposo",
                "es|Hola, quería añadir a mi marido como usuario autorizado",
                "pr|quiero añadir a mi nena a la cuenta pa que vaya cogiendo crédito",
            ],
            "mix": [
                "quiero add a mi husband como authorized user",
                "cómo le saco una card a mi hija? she's 19",
            ],
        },
        "a_body": {
            "en": [
                "Sure! I'll need their full name, date of birth and address.",
                "{au} has been added. Their card will arrive in {days} business days.",
                "Would you like to set a spending limit for {au}? For example {limit} per month.",
                "Authorized users don't need to provide their SSN in chat. If we ever need it, it goes through the secure form in the app.",
                "Their card will have its own number, but purchases show on your statement.",
            ],
            "es": [
                "¡Claro! Necesito su nombre completo, fecha de nacimiento y dirección.",
                "Ya agregué a {au}. Su tarjeta llegará en {days} días hábiles.",
                "¿Desea ponerle un límite de gasto a {au}? Por ejemplo {limit} al mes.",
                "El usuario autorizado no tiene que dar su seguro social por chat. Si hiciera falta, se hace en el formulario seguro de la app.",
                "Su tarjeta tendrá otro número, pero las compras salen en su estado de cuenta.",
            ],
        },
        "c_body": {
            "en": [
                "her name is {au}, born {dob2}",
                "same address as mine",
                "yes put a limit of {limit}",
                "does it help his credit score?",
            ],
            "es": [
                "se llama {au}, nació el {dobes}",
                "la misma dirección que la mía",
                "sí, póngale un límite de {limit}",
                "eso le ayuda al crédito?",
            ],
        },
    },
    "dispute": {
        "problem": {
            "en": [
                "I want to dispute a charge from {merchant} for {amt}. I returned the item",
                "got charged twice for the same thing at {merchant}",
                "I canceled my subscription with {merchant2} and they still charged me {amt}",
                "the restaurant charged me {amt} instead of {amt2}, i have the receipt",
                "never got my order {order} and the seller won't answer",
            ],
            "es": [
                "quiero disputar un cargo de {merchant} por {amt}, devolví el producto",
                "me cobraron dos veces lo mismo en {merchant}",
                "mx|cancelé la suscripción de {merchant2} y me siguen cobrando",
                "co|buenas, me cobraron {amt} y eran {amt2}, tengo la factura",
                "es|Hola, quiero reclamar un cargo de {merchant} que no me corresponde",
                "nunca me llegó el pedido {order} y el vendedor no contesta",
            ],
            "mix": [
                "quiero dispute un charge de {merchant}, lo returned hace dos semanas",
                "me cobraron double en {merchant}, can you fix it?",
            ],
        },
        "a_body": {
            "en": [
                "I've opened dispute {case} for {amt} from {merchant}. You'll see a temporary credit within 2 business days.",
                "Do you have the return receipt or the tracking number for the return?",
                "The merchant has 30 days to respond. We'll email you updates.",
                "The acquirer reference for that charge is {ref}, in case the merchant asks.",
                "I see both charges, {amt} each, posted {date}. I'll dispute the duplicate.",
            ],
            "es": [
                "Abrí la disputa {case} por {amt} de {merchant}. Verá un crédito temporal en 2 días hábiles.",
                "¿Tiene el recibo de devolución o el número de rastreo del envío?",
                "El comercio tiene 30 días para responder. Le enviaremos novedades por correo.",
                "La referencia de ese cargo es {ref}, por si el comercio la pide.",
                "Veo los dos cargos de {amt} del {datees}. Voy a disputar el duplicado.",
            ],
        },
        "c_body": {
            "en": [
                "yes the return tracking is {track}",
                "I have the receipt, order {order}",
                "ok thank you so much",
                "the receipt says transaction {ref}",
            ],
            "es": [
                "sí, el rastreo de la devolución es {track}",
                "tengo el recibo, orden {order}",
                "ok muchas gracias",
                "en el recibo dice transacción {ref}",
            ],
        },
    },
    "pay_bill": {
        "problem": {
            "en": [
                "how do I pay my bill? the app keeps erroring",
                "I want to make a payment of {amt} today",
                "my autopay didn't go through this month, will I get a late fee?",
                "can I pay with my debit card from another bank?",
                "I need to change the bank account for autopay",
                "whats my minimum payment this month",
            ],
            "es": [
                "cómo pago mi factura? la app me da error",
                "quiero hacer un pago de {amt} hoy",
                "mx|no se me hizo el pago automático, me van a cobrar recargo?",
                "es|Hola, quiero pagar el saldo de la tarjeta, ¿cómo lo hago?",
                "pr|quiero pagar la tarjeta con mi cuenta del Popular",
                "co|buenas, necesito hacer el pago mínimo, cuánto es?",
                "cu|cuánto tengo que pagar este mes?",
            ],
            "mix": [
                "quiero pay mi bill pero la app no me deja",
                "cuánto es el minimum payment this month?",
            ],
        },
        "a_body": {
            "en": [
                "Your statement balance is {amt} and the minimum payment is {amt2}, due {date2}.",
                "I've scheduled a payment of {amt} from the checking account ending in {acctfour} for {date2}. Confirmation {conf}.",
                "We accept payments from a checking or savings account with the routing and account number, or by mail.",
                "I waived the late fee this time as a courtesy.",
                "You can mail a check to PO Box 30285, Salt Lake City UT 84130. Write the last four of the card on it.",
            ],
            "es": [
                "Su saldo al corte es {amt} y el pago mínimo es {amt2}, vence el {datees2}.",
                "Programé un pago de {amt} desde la cuenta de cheques terminada en {acctfour} para el {datees2}. Confirmación {conf}.",
                "Aceptamos pagos desde cuenta de cheques o ahorros con el número de ruta y de cuenta, o por correo.",
                "Esta vez le quité el cargo por pago tardío como cortesía.",
            ],
        },
        "c_body": {
            "en": [
                "it's {bank}, routing {routing}, account ends in {acctfour}",
                "ok pay the minimum",
                "when is my due date?",
                "can i pay {amt2} now and the rest on the 15th?",
                "i paid {amt} on {date}, confirmation {conf}, but it doesn't show",
            ],
            "es": [
                "es del {bank}, ruta {routing}, la cuenta termina en {acctfour}",
                "ok pague el mínimo",
                "cuándo vence el pago?",
                "puedo pagar {amt2} ahora y el resto el 15?",
                "pagué {amt} el {datees}, confirmación {conf}, y no aparece",
            ],
        },
    },
    "rewards": {
        "problem": {
            "en": [
                "how many points do I have?",
                "my cash back from last month didn't post",
                "I want to redeem my points for a flight",
                "trying to redeem points in the app and it asks me to log in again and again",
                "where did my {points} points go??",
            ],
            "es": [
                "cuántos puntos tengo?",
                "no me llegó el cashback del mes pasado",
                "mx|quiero canjear mis puntos por un vuelo",
                "es|Hola, quería canjear los puntos por un vale, ¿se puede?",
                "co|buenas, cómo redimo mis puntos?",
                "dónde están mis {points} puntos??",
            ],
            "mix": [
                "cuántos points tengo? quiero redeem for a gift card",
                "mi cash back no ha llegado this month",
            ],
        },
        "a_body": {
            "en": [
                "You have {points} points, worth about {amt} as a statement credit.",
                "The cash back of {amt2} posted on {date}, it shows on your next statement.",
                "I've redeemed {points} points for a {amt} gift card, confirmation {conf}.",
                "Points transfer to airline partners at 1:1 and take 2 to 3 days.",
            ],
            "es": [
                "Tiene {points} puntos, que equivalen a unos {amt} de crédito al estado de cuenta.",
                "El cashback de {amt2} se acreditó el {datees}, lo verá en su próximo estado de cuenta.",
                "Canjeé {points} puntos por una tarjeta de regalo de {amt}, confirmación {conf}.",
            ],
        },
        "c_body": {
            "en": [
                "ok do the statement credit",
                "what about airline miles?",
                "thanks! didn't know I had that many",
            ],
            "es": [
                "ok hágalo como crédito al estado de cuenta",
                "y millas de avión?",
                "gracias! no sabía que tenía tantos",
            ],
        },
    },
    "address_change": {
        "problem": {
            "en": [
                "I moved, I need to update my address",
                "how do I change my mailing address? new one is {addr2}",
                "need to change my phone number and address on the account",
                "hi, updating my address. we moved to {addr2}",
            ],
            "es": [
                "me mudé y necesito cambiar mi dirección",
                "mx|quiero actualizar mi domicilio",
                "pr|me mudé pa Bayamón, cómo cambio la dirección?",
                "es|Hola, me he mudado y necesito cambiar la dirección de la cuenta",
                "co|buenas, cómo actualizo mi dirección y mi celular?",
                "cu|me mudé pa Hialeah, cómo cambio la dirección?",
            ],
            "mix": [
                "me mudé, necesito update mi address",
                "new address: {addr2}, me la cambia?",
            ],
        },
        "a_body": {
            "en": [
                "I've updated your address to {addr2}. For security we'll send a confirmation letter to both addresses.",
                "Your new phone number {phone} has been saved.",
                "Cards already in the mail will still go to the old address, let me know if you're expecting one.",
                "Your confirmation number for the change is {conf}.",
            ],
            "es": [
                "Actualicé su dirección a {addr2}. Por seguridad enviaremos una carta de confirmación a ambas direcciones.",
                "Guardé su nuevo teléfono {phone}.",
                "Las tarjetas que ya estén en camino irán a la dirección anterior, avíseme si espera alguna.",
                "Su número de confirmación del cambio es {conf}.",
            ],
        },
        "c_body": {
            "en": [
                "the new one is {addr2}",
                "phone is {phone}",
                "great thanks",
                "the old one was {addr}",
            ],
            "es": [
                "la nueva es {addr2}",
                "el teléfono es {phone}",
                "perfecto gracias",
                "la vieja era {addr}",
            ],
        },
    },
}

# --------------------------------------------------------------------------------------
# Generic material
# --------------------------------------------------------------------------------------

C_HELLO: Bank = {
    "en": [
        "hi",
        "hello",
        "Hi there",
        "hey",
        "good morning",
        "hello?",
        "hi is anyone there",
        "Hi, I need help please",
        "hi 👋",
        "Good afternoon",
    ],
    "es": [
        "hola",
        "buenas",
        "buenos días",
        "buenas tardes",
        "hola, hay alguien?",
        "hola buenas noches",
        "pr|saludos",
        "mx|buenas tardes joven",
        "co|buenas, qué pena molestar",
        "cu|oye, hola",
        "es|Hola, buenas",
    ],
    "mix": ["hi, hola", "hello buenas", "hola, hi"],
}

A_HELLO: Bank = {
    "en": [
        "Hi {first}, this is {agent}. How can I help you today?",
        "Hello! My name is {agent}, I'll be helping you today.",
        "Thanks for contacting us, {agent} here. What can I do for you?",
        "Hi there, you're chatting with {agent}. What's going on?",
        "Good morning {first}! {agent} here, happy to help.",
    ],
    "es": [
        "Hola {first}, le atiende {agent}. ¿En qué le puedo ayudar?",
        "¡Buenas! Mi nombre es {agent}, con gusto le ayudo.",
        "Gracias por comunicarse, soy {agent}. ¿Cómo le puedo ayudar hoy?",
        "Hola, habla {agent}. Cuénteme, ¿qué sucede?",
        "es|Hola {first}, soy {agent}. ¿En qué te puedo ayudar?",
    ],
}

# Legitimate verification: nothing forbidden is asked.
A_VERIFY: dict[str, Bank] = {
    "name": {
        "en": [
            "Can you confirm the full name as it appears on the card?",
            "What's the name on the account?",
            "Could I get the cardholder's full name, please?",
        ],
        "es": [
            "¿Me confirma el nombre completo como aparece en la tarjeta?",
            "¿A nombre de quién está la cuenta?",
            "¿Me indica el nombre del titular, por favor?",
        ],
    },
    "last4": {
        "en": [
            "Can you confirm the last four digits of the card?",
            "Which card is this about? Just the last four, please.",
            "What are the last 4 of the card you're writing about?",
            "Please give me only the last 4 digits of the card number.",
        ],
        "es": [
            "¿Me indica los últimos cuatro dígitos de la tarjeta?",
            "¿De qué tarjeta se trata? Solo los últimos 4, por favor.",
            "mx|¿Me da los últimos 4 números del plástico, por favor?",
            "co|¿Me regala los últimos cuatro dígitos de la tarjeta?",
        ],
    },
    "zip": {
        "en": [
            "What's the billing ZIP code on the account?",
            "Please confirm your billing zip.",
            "And the ZIP code where you get your statements?",
        ],
        "es": [
            "¿Cuál es el código postal de facturación?",
            "¿Me confirma su código postal?",
            "¿Y el zip code de la dirección de facturación?",
        ],
    },
    "dob": {
        "en": [
            "Can you confirm your date of birth?",
            "And your DOB please?",
            "What's the primary cardholder's date of birth?",
        ],
        "es": [
            "¿Me confirma su fecha de nacimiento?",
            "¿Y su fecha de nacimiento, por favor?",
            "es|¿Me dices tu fecha de nacimiento?",
        ],
    },
    "ssn4": {
        "en": [
            "Could you confirm the last four of your Social Security number?",
            "For verification, just the last 4 digits of your SSN please.",
            "Last four of your social only, please, never the full number.",
        ],
        "es": [
            "¿Me confirma los últimos 4 dígitos de su seguro social?",
            "Para verificar, solo los últimos 4 de su número de seguro social.",
            "pr|¿Me da los últimos cuatro del social? Solo esos cuatro.",
        ],
    },
    "addr": {
        "en": ["What's the address on file?", "Can you confirm your mailing address?"],
        "es": ["¿Cuál es la dirección registrada?", "¿Me confirma su dirección postal?"],
    },
    "phone": {
        "en": ["What's the phone number on the account?", "Which phone number do we have for you?"],
        "es": [
            "¿Cuál es el teléfono registrado en la cuenta?",
            "co|¿Me confirma el número de celular registrado?",
        ],
    },
    "charge": {
        "en": [
            "To verify, what was the amount and merchant of your most recent purchase?",
            "Can you tell me the amount and where you made your last purchase?",
        ],
        "es": [
            "Para verificar, ¿de cuánto fue y dónde hizo su última compra?",
            "¿Me dice el monto y el comercio de su compra más reciente?",
        ],
    },
    "combo": {
        "en": [
            "Can you confirm your full name, billing ZIP and date of birth?",
            "I just need the name on the card, the last four and your ZIP code.",
        ],
        "es": [
            "¿Me confirma su nombre completo, código postal y fecha de nacimiento?",
            "Solo necesito el nombre en la tarjeta, los últimos cuatro y su código postal.",
        ],
    },
}

C_VERIFY_ANS: dict[str, Bank] = {
    "name": {
        "en": ["{name}", "its {name}", "{name}, that's me"],
        "es": ["{name}", "es {name}", "a nombre de {name}"],
    },
    "last4": {
        "en": [
            "{lastfour}",
            "ending in {lastfour}",
            "last 4 are {lastfour}",
            "the one ending {lastfour}",
        ],
        "es": ["{lastfour}", "termina en {lastfour}", "los últimos son {lastfour}"],
        "mix": ["ends in {lastfour}", "termina en {lastfour}"],
    },
    "zip": {
        "en": ["{zip}", "zip is {zip}", "{zip} i think"],
        "es": ["{zip}", "el código postal es {zip}", "es el {zip}"],
    },
    "dob": {
        "en": ["{dob}", "born {dob}", "dob {dob}"],
        "es": ["{dobes}", "nací el {dobes}", "el {dobes}"],
    },
    "ssn4": {
        "en": ["{ssnlast}", "last four {ssnlast}", "it ends in {ssnlast}"],
        "es": ["{ssnlast}", "los últimos 4 son {ssnlast}", "termina en {ssnlast}"],
    },
    "addr": {"en": ["{addr}", "it's {addr}"], "es": ["{addr}", "es {addr}"]},
    "phone": {"en": ["{phone}", "my cell {phone}"], "es": ["{phone}", "mi celular es el {phone}"]},
    "charge": {
        "en": ["{amt} at {merchant}", "i think it was {merchant}, like {amt}"],
        "es": ["{amt} en {merchant}", "creo que fue en {merchant}, como {amt}"],
    },
    "combo": {
        "en": ["{name}, {zip}, {dob}", "{name} / {lastfour} / {zip}"],
        "es": ["{name}, {zip}, {dobes}", "{name}, termina en {lastfour}, {zip}"],
    },
}

A_VERIFIED: Bank = {
    "en": [
        "Thank you, you're verified.",
        "Thanks {first}, I have your account up.",
        "Perfect, thank you.",
        "Great, that matches what we have.",
    ],
    "es": [
        "Gracias, ya verifiqué su identidad.",
        "Perfecto, ya tengo su cuenta.",
        "Gracias {first}, coincide con lo que tenemos.",
        "co|Listo, muchas gracias.",
    ],
}

A_WARN: Bank = {
    "en": [
        "Just a reminder: we will never ask for your PIN, your full card number or one-time codes in chat.",
        "Please don't share your password or any code we send you with anyone, including us.",
        "Heads up: if anyone asks for the code we text you, it's a scam.",
        "For your security, never send your full SSN or card number over chat.",
        "We'll text you a code, do not share it with anyone.",
    ],
    "es": [
        "Le recuerdo que nunca le pediremos su PIN, el número completo de la tarjeta ni códigos por chat.",
        "Por favor no comparta su contraseña ni los códigos que le enviamos con nadie, ni siquiera con nosotros.",
        "mx|Recuerde que nunca le vamos a pedir su NIP ni el código que le llega por SMS.",
        "co|Recuerde que nunca le solicitamos la clave dinámica ni la clave de la tarjeta.",
        "Por su seguridad, nunca envíe su seguro social completo ni el número de la tarjeta por chat.",
    ],
}

A_READBACK: Bank = {
    "en": [
        "I see the card ending in {lastfour}.",
        "Got it, that's the {brand} ending {lastfour}, correct?",
        "I have {masked} on file.",
        "Okay, card ending {lastfour}, expiring {exp}.",
    ],
    "es": [
        "Veo la tarjeta terminada en {lastfour}.",
        "Entendido, la {brand} terminada en {lastfour}, ¿correcto?",
        "Tengo registrada la tarjeta {masked}.",
    ],
}

C_LOOK: Bank = {
    "en": [
        "the receipt says ref {ref}",
        "you can call me back at {phone}",
        "my confirmation # was {conf}",
        "order number {order} if that helps",
        "the charge was {amt} on {date}",
        "my zip is {zip} btw",
        "case number from last time was {case}",
        "the card ending {lastfour}, the one that expires {exp}",
        "the app shows {masked}",
        "it says transaction id {ref}",
        "my checking account ends in {acctfour}",
        "i paid {amt2} on {date} confirmation {conf}",
        "I've been a customer since {year}",
        "tracking number they gave me was {track}",
    ],
    "es": [
        "el recibo dice referencia {ref}",
        "me puede llamar al {phone}",
        "mi número de confirmación fue {conf}",
        "el número de orden es {order}",
        "el cargo fue de {amt} el {datees}",
        "mi código postal es {zip}",
        "la tarjeta terminada en {lastfour}, la que vence {exp}",
        "en la app sale {masked}",
        "el caso de la otra vez era {case}",
        "soy cliente desde {year}",
        "me dieron este rastreo {track}",
        "pagué {amt2} el {datees}, confirmación {conf}",
    ],
}

A_LOOK: Bank = {
    "en": [
        "I see a payment of {amt} received on {date}, confirmation {conf}.",
        "Your case number is {case}.",
        "Our number is 1-800-555-0199 if you need to call, we're open 24/7.",
        "The transaction ID is {ref}, you can give that to the merchant.",
        "I'm showing the card {masked}, expiring {exp}.",
        "Your available credit right now is {amt2}.",
    ],
    "es": [
        "Veo un pago de {amt} recibido el {datees}, confirmación {conf}.",
        "Su número de caso es {case}.",
        "Nuestro número es 1-800-555-0199 si necesita llamar, atendemos 24/7.",
        "El ID de la transacción es {ref}, se lo puede dar al comercio.",
        "Veo la tarjeta {masked}, con vencimiento {exp}.",
        "Su crédito disponible ahora es {amt2}.",
    ],
}

# The customer talks about a secret without giving its value.
C_ABOUT: dict[str, Bank] = {
    CC: {
        "en": [
            "should i send you the card number?",
            "do you need the whole card number or just the last 4?",
            "i don't have the card with me so i don't know the number",
            "the number on the new card is different right?",
            "is it safe to type my card number here?",
        ],
        "es": [
            "le mando el número de la tarjeta?",
            "necesita el número completo o solo los últimos 4?",
            "no tengo la tarjeta aquí, no me sé el número",
            "el número de la tarjeta nueva es distinto verdad?",
            "es seguro escribir el número de la tarjeta por aquí?",
        ],
        "mix": ["le mando el card number?", "need el número completo o solo last 4?"],
    },
    CVV: {
        "en": [
            "what is a CVV?",
            "where's the security code on this card? i can't find it",
            "the site asks for the cvv, is that the one on the back?",
            "do i give the 3 digit code to the website?",
            "my card doesnt have a code on the back, it's an amex",
        ],
        "es": [
            "qué es el cvv?",
            "dónde está el código de seguridad?",
            "la página me pide el cvv, es el de atrás?",
            "es|¿el CVC es el de detrás de la tarjeta?",
            "mx|qué son los 3 numeritos de atrás?",
        ],
        "mix": ["qué es el CVV that the website asks?", "el security code es el de atrás?"],
    },
    SSN: {
        "en": [
            "should I send my social?",
            "do you need my SSN?",
            "i'm not comfortable giving my social over chat",
            "i dont have a social security number, i have an ITIN, is that ok?",
            "do you want the last 4 of my social or the whole thing?",
        ],
        "es": [
            "le mando mi seguro social?",
            "necesita mi número de seguro social?",
            "no me siento cómoda dando mi social por aquí",
            "no tengo seguro social, tengo ITIN, sirve?",
            "pr|le doy el social completo o nada más los últimos 4?",
        ],
        "mix": ["should i send my social? o no?", "necesita my SSN completo?"],
    },
    OTP: {
        "en": [
            "I never got the code",
            "the code didn't come",
            "code expired before i could type it",
            "it says the code is wrong but I typed exactly what I got",
            "do i send you the code when it comes?",
            "i got 2 codes which one do i use",
        ],
        "es": [
            "no me llegó el código",
            "el código nunca llegó",
            "se me venció el código",
            "co|no me llega la clave dinámica",
            "le mando el código cuando me llegue?",
            "me llegaron dos códigos, cuál uso?",
        ],
        "mix": ["no me llegó el code", "el code expired antes de ponerlo"],
    },
    PIN: {
        "en": [
            "my pin isn't working",
            "i forgot my PIN",
            "can you tell me my pin?",
            "do i need a pin for this card?",
            "is the pin the same as my debit card pin?",
        ],
        "es": [
            "mi pin no funciona",
            "mx|se me olvidó el NIP",
            "me puede decir cuál es mi pin?",
            "el pin es el mismo de la tarjeta anterior?",
            "co|no me acuerdo de la clave de la tarjeta",
        ],
        "mix": ["mi pin no works", "forgot mi PIN, qué hago?"],
    },
    PW: {
        "en": [
            "i forgot my password",
            "do you need my password?",
            "my password isn't working even though i know it's right",
            "can you just reset my password for me?",
            "should I give you my password so you can log in and check?",
        ],
        "es": [
            "se me olvidó la contraseña",
            "necesita mi contraseña?",
            "la contraseña no me funciona y estoy segura que es esa",
            "me puede resetear la contraseña?",
            "le doy mi contraseña pa que usted entre y revise?",
        ],
        "mix": ["forgot mi password otra vez", "le doy el password?"],
    },
}

A_ABOUT_REPLY: dict[str, Bank] = {
    CC: {
        "en": [
            "No need, the last four is enough.",
            "Please don't send the full number here, I only need the last 4.",
            "Yes, the new card has a new number. Update it wherever you had the old one saved.",
        ],
        "es": [
            "No hace falta, con los últimos cuatro es suficiente.",
            "Por favor no envíe el número completo por aquí, solo necesito los últimos 4.",
            "Sí, la tarjeta nueva tiene otro número. Actualícelo donde tenía guardada la anterior.",
        ],
    },
    CVV: {
        "en": [
            "The CVV is the 3-digit code on the back of the card (4 digits on the front for Amex). Enter it only at checkout, never send it in chat.",
            "It's the short code printed near the signature strip. Type it only on the merchant's payment page.",
        ],
        "es": [
            "El CVV es el código de 3 dígitos al reverso (4 al frente en Amex). Escríbalo solo al pagar, nunca por chat.",
            "Es el código corto impreso junto a la firma. Póngalo solo en la página de pago del comercio.",
        ],
    },
    SSN: {
        "en": [
            "No, please don't send your SSN here. The last four is all I need.",
            "An ITIN works too, but I don't need it here. Your date of birth and ZIP are enough.",
            "Never the whole thing, just the last 4.",
        ],
        "es": [
            "No, por favor no envíe su seguro social por aquí. Con los últimos cuatro basta.",
            "El ITIN también sirve, pero no lo necesito aquí. Con la fecha de nacimiento y el código postal es suficiente.",
            "Nunca completo, solo los últimos 4.",
        ],
    },
    OTP: {
        "en": [
            "Codes can take a few minutes. Please enter it in the app when it arrives, don't send it to me.",
            "Use the newest code, the older one expires. And don't share it with anyone.",
            "I'll resend it. Enter it on the verification screen, not here.",
        ],
        "es": [
            "Los códigos pueden tardar unos minutos. Ingréselo en la app cuando llegue, no me lo envíe a mí.",
            "Use el código más reciente, el anterior vence. Y no lo comparta con nadie.",
            "Se lo reenvío. Ingréselo en la pantalla de verificación, no aquí.",
        ],
    },
    PIN: {
        "en": [
            "We can't see your PIN. You can reset it in the app or we can mail you a PIN reminder.",
            "The PIN for this card is separate from your debit card. You can set a new one in the app.",
        ],
        "es": [
            "No podemos ver su PIN. Puede cambiarlo en la app o le enviamos un recordatorio por correo.",
            "El PIN de esta tarjeta es distinto al de su tarjeta de débito. Puede crear uno nuevo en la app.",
        ],
    },
    PW: {
        "en": [
            "I don't need your password and you should never share it. I'll send you a reset link instead.",
            "Please keep your password to yourself. I've unlocked the account, try 'Forgot password' on the login page.",
        ],
        "es": [
            "No necesito su contraseña y nunca debe compartirla. Le envío un enlace para restablecerla.",
            "Su contraseña es solo suya. Ya desbloqueé la cuenta, use 'Olvidé mi contraseña' en la página de inicio.",
        ],
    },
}

# The customer volunteers a secret, unasked.
C_VOL: dict[str, Bank] = {
    CC: {
        "en": [
            "my card number is {card}",
            "the card that got stolen is {card}",
            "its this one {card}",
            "{card} is the card",
            "card # {card} please block it",
            "here's the number so u can find it: {card}",
            "This is the card: {card}. The charges are on this one.",
            "card {card} exp {exp}",
            "its the {brand} {card}",
        ],
        "es": [
            "el número de mi tarjeta es {card}",
            "la tarjeta es la {card}",
            "mx|el plástico es el {card}",
            "le paso el número para que la busque: {card}",
            "es esta {card}",
            "co|le regalo el número de la tarjeta: {card}",
            "tarjeta {card} vence {exp}",
        ],
        "mix": ["my card es la {card}", "el number es {card}", "la card is {card}"],
    },
    CVV: {
        "en": [
            "the code on the back is {cvv} if you need it",
            "cvv {cvv}",
            "security code is {cvv}",
            "it asks for the cvv, mine is {cvv}, is that right?",
        ],
        "es": [
            "el código de atrás es {cvv}",
            "cvv {cvv} por si lo necesita",
            "es|el CVC es {cvv}",
            "el código de seguridad es {cvv}, está bien?",
        ],
        "mix": ["el cvv es {cvv} if you need it"],
    },
    SSN: {
        "en": [
            "my social is {ssn}",
            "ssn {ssn}",
            "here's my SSN so you can verify me: {ssn}",
            "ss# {ssn}",
            "my social security number is {ssn} if u need it",
            "SSN: {ssn}",
        ],
        "es": [
            "mi seguro social es {ssn}",
            "le paso mi social: {ssn}",
            "social {ssn}",
            "mi número de seguro social es el {ssn}",
            "pr|el social mío es {ssn}",
        ],
        "mix": ["my social es {ssn}", "el SSN is {ssn}"],
    },
    OTP: {
        "en": [
            "the code i got is {otp}",
            "i got this code {otp} what do i do with it",
            "it sent me {otp}",
            "code is {otp}",
            "got a text with {otp}, is that from you?",
        ],
        "es": [
            "el código que me llegó es {otp}",
            "me llegó este código {otp}",
            "co|la clave dinámica es {otp}",
            "código {otp}",
            "me llegó un mensaje con {otp}, es de ustedes?",
        ],
        "mix": ["me llegó el code {otp}", "the código is {otp}"],
    },
    PIN: {
        "en": [
            "my pin is {pin} and it doesn't work",
            "i tried {pin} like 3 times",
            "the pin i set was {pin}",
            "i want to change my pin to {pin}",
            "pin {pin} isn't working",
        ],
        "es": [
            "mi pin es {pin} y no funciona",
            "mx|mi NIP es {pin}",
            "puse {pin} tres veces",
            "quiero cambiar el pin a {pin}",
            "co|la clave de la tarjeta es {pin} y no me deja",
        ],
        "mix": ["mi pin es {pin} pero no works"],
    },
    PW: {
        "en": [
            "my password is {pw} and it says incorrect",
            "i typed {pw} and it wont let me in",
            "password: {pw}",
            'i\'m using "{pw}" is that too weak?',
            "pw is {pw} fyi",
        ],
        "es": [
            "mi contraseña es {pw} y me dice incorrecta",
            "puse {pw} y no me deja entrar",
            "la clave que uso es {pw}",
            'mi contraseña es "{pw}"',
        ],
        "mix": ["mi password es {pw} y no funciona"],
    },
}

A_AFTER_VOL: Bank = {
    "en": [
        "Thanks, but please don't share that here. I only need the last four.",
        "For your security please don't send full numbers or codes in chat. I don't need them.",
        "Please delete that message if you can. We never need that information in chat.",
        "I didn't need that, but thanks. Never share it with anyone, including us.",
    ],
    "es": [
        "Gracias, pero por favor no comparta ese dato por aquí. Con los últimos cuatro es suficiente.",
        "Por su seguridad no envíe números completos ni códigos por el chat, no los necesito.",
        "Si puede, borre ese mensaje. Nunca necesitamos esa información por chat.",
        "No era necesario. No comparta ese dato con nadie, ni siquiera con nosotros.",
    ],
}

# Forbidden asks, by the types they request.
A_ASK: dict[tuple[str, ...], Bank] = {
    (CC,): {
        "en": [
            "Can you confirm the full card number?",
            "std|I'll need the 16 digits on the front of the card to locate the account.",
            "amex|I'll need all 15 digits of the Amex.",
            "Please type the complete card number so I can pull it up.",
            "what's the card number?",
            "To process the replacement, please provide the full number of the lost card.",
            "Could you read me the long number on the card?",
            "I need the card number, not just the last 4.",
        ],
        "es": [
            "¿Me confirma el número completo de la tarjeta?",
            "std|Necesito los 16 dígitos de la tarjeta para ubicar la cuenta.",
            "Por favor escríbame el número completo de la tarjeta.",
            "mx|¿Me puede dar el número del plástico completo?",
            "co|Me regala el número completo de la tarjeta, por favor.",
            "¿Cuál es el número de la tarjeta? No solo los últimos 4.",
        ],
    },
    (CVV,): {
        "en": [
            "std|What's the 3 digit code on the back?",
            "Please provide the security code (CVV) on the card.",
            "amex|What's the 4-digit code on the front of your Amex?",
            "And the CVV?",
            "I also need the little code on the back of the card to verify it's in your possession.",
            "can you give me the cvv so i can run the charge through",
        ],
        "es": [
            "std|¿Cuáles son los 3 dígitos de atrás de la tarjeta?",
            "¿Me indica el código de seguridad de la tarjeta?",
            "Necesito el CVV para validar.",
            "es|¿Me facilitas el código CVC?",
            "amex|¿Me da el código de 4 dígitos del frente de la tarjeta?",
        ],
    },
    (SSN,): {
        "en": [
            "I'll need your social to verify.",
            "Please provide your full Social Security number.",
            "To continue I need your SSN, all 9 digits.",
            "Can you send your social security number so I can confirm your identity?",
            "whats your ssn",
            "What's your social? The full one, not the last four.",
        ],
        "es": [
            "Necesito su seguro social para verificar.",
            "¿Me da su número de seguro social completo?",
            "Para continuar necesito los 9 dígitos de su seguro social.",
            "pr|¿Me puede dar el social completo?",
            "¿Cuál es su seguro social? El completo, no los últimos cuatro.",
        ],
    },
    (OTP,): {
        "en": [
            "Read me the code we just sent.",
            "I just texted you a code, please tell me what it is.",
            "What's the verification code you received?",
            "Can you send me the code that came to your phone so I can finish the verification?",
            "Please provide the one-time passcode.",
            "once the code arrives, paste it here",
        ],
        "es": [
            "Dígame el código que le acaba de llegar por mensaje.",
            "Le envié un código, ¿me lo puede leer?",
            "¿Cuál es el código de verificación que recibió?",
            "co|Me regala la clave dinámica que le llegó al celular.",
            "Cuando le llegue el código me lo escribe aquí, por favor.",
            "es|¿Me dices el código que te ha llegado al móvil?",
        ],
    },
    (PW,): {
        "en": [
            "Type your password here so I can check it.",
            "What password are you using? I'll see if it matches.",
            "Can you send me your current password so I can reset it?",
            "I need your online banking password to unlock the account.",
            "what's the password you're entering?",
        ],
        "es": [
            "Escríbame su contraseña aquí para revisarla.",
            "¿Qué contraseña está usando? Yo verifico si coincide.",
            "Necesito su contraseña actual para desbloquear la cuenta.",
            "co|Me regala la clave de ingreso a la app para validarla.",
            "¿Cuál es la contraseña que está poniendo?",
        ],
    },
    (PIN,): {
        "en": [
            "What PIN did you try?",
            "Tell me your current PIN and the new one you'd like.",
            "I'll need your 4 digit PIN to verify.",
            "What's the PIN on the card? I can check if it matches our records.",
            "can u confirm your pin",
        ],
        "es": [
            "¿Qué PIN intentó?",
            "Dígame su PIN actual y el nuevo que desea.",
            "mx|¿Me proporciona su NIP para verificar?",
            "co|¿Me confirma la clave de la tarjeta de 4 dígitos?",
            "es|¿Qué PIN has puesto en el cajero?",
        ],
    },
    (CC, CVV): {
        "en": [
            "Please provide the full card number, the expiration date and the security code on the back.",
            "To verify the card I need the number and the CVV.",
            "Send me the card number and the 3 or 4 digit code so I can process it.",
        ],
        "es": [
            "Necesito el número de la tarjeta, la fecha de vencimiento y el código de seguridad.",
            "Para validar la tarjeta necesito el número completo y el CVV.",
            "co|Me regala el número de la tarjeta y el código de atrás, por favor.",
        ],
    },
    (SSN, CC): {
        "en": [
            "For verification please send your full SSN and the card number.",
            "I need your social and the full card number to pull up the account.",
        ],
        "es": [
            "Para verificar envíeme su seguro social completo y el número de la tarjeta.",
            "Necesito su social y el número completo de la tarjeta para ubicar la cuenta.",
        ],
    },
    (PW, OTP): {
        "en": [
            "Send me your password and the code you just got so I can log in and fix it.",
            "I'll need your login password and the verification code to unlock it from here.",
        ],
        "es": [
            "Envíeme su contraseña y el código que le llegó para entrar y arreglarlo.",
            "Necesito su contraseña y el código de verificación para desbloquearla desde aquí.",
        ],
    },
    (CC, PIN): {
        "en": [
            "I need the card number and the PIN to reactivate it.",
            "Give me the full card number and your PIN and I'll reset it.",
        ],
        "es": [
            "Necesito el número de la tarjeta y el PIN para reactivarla.",
            "mx|Deme el número del plástico y su NIP y se lo restablezco.",
        ],
    },
}

A_INSIST: Bank = {
    "en": [
        "It's just for verification, this chat is secure.",
        "I understand, but I can't continue without it.",
        "This is a secure channel, it's fine.",
        "Sorry, it's required.",
    ],
    "es": [
        "Es solo para verificar, este chat es seguro.",
        "Entiendo, pero sin ese dato no puedo continuar.",
        "Este canal es seguro, no se preocupe.",
        "Disculpe, es obligatorio.",
    ],
}

A_BACKOFF: Bank = {
    "en": [
        "You're right, my apologies. The last four and your ZIP are enough.",
        "No problem, we can verify you another way. What's your date of birth?",
        "Understood, you don't have to share that. I'll verify you with your billing ZIP instead.",
    ],
    "es": [
        "Tiene razón, disculpe. Con los últimos cuatro y el código postal es suficiente.",
        "No hay problema, lo verificamos de otra forma. ¿Su fecha de nacimiento?",
        "Entendido, no tiene que compartir eso. Lo verifico con su código postal.",
    ],
}

C_COMPLY: dict[tuple[str, ...], Bank] = {
    (CC,): {
        "en": ["{card}", "ok its {card}", "sure, {card}", "{card} exp {exp}", "here: {card}"],
        "es": ["{card}", "es la {card}", "claro, {card}", "ok {card}", "mx|el plástico es {card}"],
        "mix": ["ok es {card}"],
    },
    (CVV,): {
        "en": ["{cvv}", "its {cvv}", "cvv is {cvv}", "ok {cvv}"],
        "es": ["{cvv}", "es {cvv}", "el código es {cvv}"],
    },
    (SSN,): {
        "en": ["{ssn}", "ok my ssn is {ssn}", "its {ssn}", "{ssn} i guess", "ok... {ssn}"],
        "es": ["{ssn}", "mi seguro social es {ssn}", "es el {ssn}", "ok, {ssn}"],
    },
    (OTP,): {
        "en": ["{otp}", "the code is {otp}", "ok i got {otp}", "it says {otp}"],
        "es": ["{otp}", "el código es {otp}", "me llegó {otp}", "co|la clave es {otp}"],
    },
    (PW,): {
        "en": ["{pw}", "it's {pw}", "i'm typing {pw}", "password is {pw}"],
        "es": ["{pw}", "es {pw}", "pongo {pw}", "la contraseña es {pw}"],
    },
    (PIN,): {
        "en": ["{pin}", "i tried {pin}", "its {pin}", "current one is {pin} and i want {pin2}"],
        "es": ["{pin}", "puse {pin}", "es {pin}", "el actual es {pin} y quiero {pin2}"],
    },
    (CC, CVV): {
        "en": [
            "{card} exp {exp} cvv {cvv}",
            "{card}, {exp}, {cvv}",
            "number is {card} and the code is {cvv}",
        ],
        "es": ["{card} vence {exp} código {cvv}", "la tarjeta es {card} y el cvv {cvv}"],
    },
    (SSN, CC): {
        "en": ["ssn {ssn} card {card}", "{ssn} and the card is {card}"],
        "es": ["social {ssn} y la tarjeta {card}", "{ssn}, tarjeta {card}"],
    },
    (PW, OTP): {
        "en": ["pw {pw} code {otp}", "password is {pw} and the code {otp}"],
        "es": ["contraseña {pw} y el código {otp}", "{pw} y el código es {otp}"],
    },
    (CC, PIN): {
        "en": ["{card} and pin {pin}", "card {card}, pin {pin}"],
        "es": ["{card} y el pin {pin}", "mx|{card} y mi NIP es {pin}"],
    },
}

C_REFUSE: Bank = {
    "en": [
        "um is that safe? my bank always says never share that",
        "I'm not comfortable giving that out here",
        "isn't that the thing you're never supposed to share?",
        "no, I'll call the number on the back of my card instead",
        "why do you need that? the text said you'd never ask",
        "nope. not doing that lol",
    ],
    "es": [
        "eso es seguro? siempre dicen que eso no se comparte",
        "no me siento cómodo dando eso por aquí",
        "mejor llamo al número de atrás de la tarjeta",
        "y para qué necesita eso? el banco dice que nunca lo piden",
        "mx|no manches, eso no se da",
        "cu|ay no, eso no lo doy por aquí",
    ],
    "mix": ["hmm no, mi banco dice never share that", "no way, eso no se comparte"],
}

C_REFUSE2: Bank = {
    "en": [
        "no, sorry. I'll go to a branch",
        "still no. bye",
        "I'm reporting this chat",
        "i'll just call",
    ],
    "es": [
        "no, lo siento. Voy a ir a la sucursal",
        "que no. adiós",
        "voy a reportar este chat",
        "mejor llamo",
    ],
}

A_THANKS: Bank = {
    "en": [
        "Thank you. One moment while I verify.",
        "Got it, thanks. Verifying now.",
        "Thanks, give me a minute.",
        "Perfect, processing.",
    ],
    "es": [
        "Gracias, un momento mientras verifico.",
        "Recibido, gracias. Ya lo verifico.",
        "Gracias, deme un minuto.",
        "Perfecto, procesando.",
    ],
}

# A careless agent repeats a secret back (the agent message holds the secret).
A_ECHO: dict[str, Bank] = {
    CC: {
        "en": ["Thanks, so that's {card}, correct?", "ok I have {card} in front of me, checking."],
        "es": ["Gracias, entonces es la {card}, ¿correcto?", "Tengo la {card}, ya reviso."],
    },
    CVV: {"en": ["and the cvv {cvv}, got it."], "es": ["y el código {cvv}, anotado."]},
    SSN: {
        "en": ["Thank you, SSN {ssn} confirmed."],
        "es": ["Gracias, seguro social {ssn} confirmado."],
    },
    OTP: {
        "en": ["ok so the code was {otp}, correct?"],
        "es": ["ok, el código fue {otp}, ¿cierto?"],
    },
    PW: {"en": ["I tried {pw} and it works on my end."], "es": ["Probé {pw} y me funciona."]},
    PIN: {"en": ["ok {pin}, I'll check that."], "es": ["ok {pin}, lo reviso."]},
}

C_SPLIT_LEAD: Bank = {
    "en": ["hold on let me get the card", "ok one sec", "ok here it is", "wait i have to find it"],
    "es": ["un momento busco la tarjeta", "ok espere", "aquí está", "déjeme buscarla"],
    "mix": ["ok wait, busco la card"],
}
C_SPLIT_FIRST: Bank = {
    "en": ["ok the number is {part}", "{part}", "its {part}", "card is {part}", "{part}"],
    "es": ["el número es {part}", "{part}", "es la {part}", "{part}"],
    "mix": ["el number es {part}"],
}
C_SPLIT_MID: Bank = {
    "en": ["{part}", "{part}", "then {part}"],
    "es": ["{part}", "{part}", "luego {part}"],
}
C_SPLIT_LAST: Bank = {
    "en": [
        "{lastpart}",
        "{lastpart}",
        "{lastpart} thats it",
        "{lastpart} and the code on the back is {cvv}",
        "last part {lastpart}",
    ],
    "es": [
        "{lastpart}",
        "{lastpart}",
        "{lastpart} ya",
        "{lastpart} y el cvv {cvv}",
        "y al final {lastpart}",
    ],
}

C_CORR: dict[str, Bank] = {
    CC: {
        "en": [
            "sorry typo: {card}",
            "wait wrong number, it's {card}",
            "oops i mean {card}",
            "sorry thats wrong, {card}",
        ],
        "es": ["perdón me equivoqué, es la {card}", "ay no, es {card}", "corrijo: {card}"],
    },
    CVV: {
        "en": ["sorry {cvv} not {cvv2}", "typo, it's {cvv}"],
        "es": ["perdón, es {cvv} no {cvv2}", "me equivoqué, es {cvv}"],
    },
    SSN: {
        "en": ["sorry typo, it's {ssn}", "wait thats wrong, {ssn}", "i mean {ssn} sorry"],
        "es": ["perdón me equivoqué, es {ssn}", "corrijo, es el {ssn}"],
    },
    OTP: {
        "en": ["sorry {otp} not {otp2}", "typo, it's {otp}", "wait no {otp}"],
        "es": ["perdón, es {otp} no {otp2}", "me equivoqué, es {otp}"],
    },
    PIN: {
        "en": [
            "sorry {pin} not {pin2}",
            "wait i mean {pin}",
            "oops typo, its {pin}",
            "sorry it's {pin}, not {pin2}",
        ],
        "es": ["perdón es {pin} no {pin2}", "me equivoqué, es {pin}", "mx|perdón, el NIP es {pin}"],
    },
    PW: {
        "en": ["sorry caps lock, its {pw}", "no wait it's {pw} not {pw2}"],
        "es": ["perdón, es {pw} con mayúscula", "no espere, es {pw} no {pw2}"],
    },
}

A_CODE_SENT: Bank = {
    "en": [
        "I just sent a code to the phone ending in {phonelast}. Please enter it in the app, don't share it with anyone, including me.",
        "You'll get a text with a verification code. Enter it on the screen, we will never ask you for it.",
        "A one-time code is on its way to your phone. Type it on the website only.",
    ],
    "es": [
        "Le acabo de enviar un código al teléfono terminado en {phonelast}. Ingréselo en la app, no lo comparta con nadie, ni conmigo.",
        "Le llegará un mensaje con un código de verificación. Escríbalo en la pantalla, nunca se lo pediremos.",
        "co|Le llegará una clave dinámica al celular, digítela en la app. No se la dé a nadie.",
    ],
}

A_CODE_ASK: Bank = {
    "en": [
        "I just sent a code to the phone ending in {phonelast}. Read it back to me when it arrives.",
        "Sending you a verification code now, please type it here.",
        "I'm texting you a one-time code. What does it say?",
    ],
    "es": [
        "Le acabo de enviar un código al teléfono terminado en {phonelast}. Léamelo cuando le llegue.",
        "Le estoy enviando un código de verificación, escríbalo aquí por favor.",
        "co|Le llegó una clave dinámica al celular, me la regala por favor.",
    ],
}

C_WAIT: Bank = {
    "en": [
        "ok one sec",
        "hold on its not here yet",
        "nothing yet",
        "ok got it",
        "waiting...",
        "still waiting lol",
        "ok it came",
    ],
    "es": [
        "ok un momento",
        "todavía no llega",
        "ya me llegó",
        "espere",
        "mx|ahorita llega",
        "ya llegó",
    ],
    "mix": ["ok wait, todavía no llega", "ya llegó the code"],
}
A_WAIT: Bank = {
    "en": ["Take your time.", "No rush.", "Let me know when it arrives."],
    "es": ["Tómese su tiempo.", "Sin prisa.", "Avíseme cuando le llegue."],
}
C_CODE_ALONE: Bank = {
    "en": ["{otp}", "{otp}", "{otp}", "{otp}?"],
    "es": ["{otp}", "{otp}", "{otp}"],
}

A_CODE_AFTER_LEGIT: Bank = {
    "en": [
        "Please don't share codes here, even with us. I'll send a fresh one, enter that one in the app.",
        "Thanks, but that code is only for the app screen. Never share it in chat.",
    ],
    "es": [
        "Por favor no comparta códigos por aquí, ni con nosotros. Le envío uno nuevo para que lo ingrese en la app.",
        "Gracias, pero ese código es solo para la pantalla de la app. Nunca lo comparta por chat.",
    ],
}

C_OVERSHARE: dict[str, Bank] = {
    CC: {
        "en": ["{card}", "it's {card}", "the whole thing is {card}", "{card} that one"],
        "es": ["{card}", "es {card}", "la tarjeta entera es {card}"],
    },
    SSN: {
        "en": ["{ssn}", "it's {ssn}", "here's the whole thing {ssn}"],
        "es": ["{ssn}", "es {ssn}", "el social completo es {ssn}"],
    },
}
A_OVERSHARE_REPLY: Bank = {
    "en": [
        "Thank you, I only needed the last four. Please don't send the full number in chat.",
        "Got it. Next time just the last 4 is fine, the rest isn't needed.",
    ],
    "es": [
        "Gracias, solo necesitaba los últimos cuatro. Por favor no envíe el número completo por chat.",
        "Entendido. La próxima vez con los últimos 4 basta.",
    ],
}

C_MULTI: Bank = {
    "en": [
        "card {card} exp {exp} cvv {cvv}",
        "my social is {ssn} and my card is {card}",
        "pin is {pin} and the card number {card}",
        "login: {user} password: {pw} and the code it sent me is {otp}",
        "ok here's everything: {name}, {card}, {exp}, {cvv}, zip {zip}",
        "ssn {ssn} dob {dob} pin {pin}",
        "my password is {pw} and my social is {ssn}",
    ],
    "es": [
        "tarjeta {card} vence {exp} cvv {cvv}",
        "mi seguro social es {ssn} y la tarjeta {card}",
        "el pin es {pin} y el número de la tarjeta {card}",
        "usuario {user} contraseña {pw} y el código {otp}",
        "le paso todo: {name}, {card}, {exp}, {cvv}, código postal {zip}",
        "social {ssn}, nací el {dobes}, el pin es {pin}",
    ],
    "mix": [
        "aquí va todo: card {card}, cvv {cvv}, social {ssn}",
        "my password es {pw} y el code {otp}",
    ],
}

A_CLOSE: Bank = {
    "en": [
        "Is there anything else I can help you with?",
        "Thanks for chatting with us, {first}. Have a great day!",
        "You're all set. Case number {case} for your records.",
        "Anything else today?",
    ],
    "es": [
        "¿Hay algo más en lo que le pueda ayudar?",
        "Gracias por comunicarse, {first}. ¡Que tenga buen día!",
        "Listo. Su número de caso es {case}.",
        "co|Con mucho gusto, que tenga un feliz día.",
        "es|¿Algo más en lo que te pueda ayudar?",
    ],
}
C_CLOSE: Bank = {
    "en": [
        "no that's all thanks",
        "thank you!!",
        "thx",
        "ok bye",
        "great, appreciate it 🙏",
        "nope, thanks for the help",
        "ty",
    ],
    "es": [
        "no, eso es todo, gracias",
        "muchas gracias!!",
        "pr|gracias mil",
        "mx|muchas gracias joven",
        "co|muy amable, que Dios le pague",
        "es|vale, gracias",
        "cu|gracias mi amor",
        "ok gracias",
    ],
    "mix": ["ok thank you, gracias", "no, that's all. gracias!"],
}

# --------------------------------------------------------------------------------------
# Conversation building blocks
# --------------------------------------------------------------------------------------

VERIFY_KEYS = ("last4", "zip", "dob", "name", "ssn4", "addr", "phone", "charge", "combo")
VERIFY_WEIGHTS = (3.0, 3.0, 2.0, 2.0, 1.5, 0.7, 0.7, 0.7, 1.0)
COMBOS: tuple[tuple[str, ...], ...] = ((CC, CVV), (SSN, CC), (PW, OTP), (CC, PIN))


def pick_type(cx: Ctx) -> str:
    return cx.rng.choice(FAM_TYPES[cx.family])


def pick_ask(cx: Ctx, combo_p: float = 0.25) -> tuple[str, ...]:
    types = set(FAM_TYPES[cx.family])
    combos = [k for k in COMBOS if types & set(k)]
    if combos and cx.rng.random() < combo_p:
        return cx.rng.choice(combos)
    return (pick_type(cx),)


def opening(cx: Ctx) -> None:
    fam = FAM[cx.family]
    roll = cx.rng.random()
    if roll < 0.35:
        cx.c(C_HELLO, "greeting")
        cx.a(A_HELLO, "greeting")
        cx.c(fam["problem"], "problem")
    elif roll < 0.75:
        cx.c(fam["problem"], "problem")
        cx.a(A_HELLO, "greeting")
    else:
        cx.a(A_HELLO, "greeting")
        cx.c(fam["problem"], "problem")


def verification(cx: Ctx, skip_p: float = 0.15) -> None:
    rng = cx.rng
    if rng.random() < skip_p:
        return
    rounds = rng.choice([1, 1, 2, 2, 3])
    keys = []
    while len(keys) < rounds:
        key = rng.choices(VERIFY_KEYS, weights=VERIFY_WEIGHTS)[0]
        if key not in keys:
            keys.append(key)
    for key in keys:
        cx.a(A_VERIFY[key], "legit_ask")
        cx.c(C_VERIFY_ANS[key], "answer")
    if rng.random() < 0.5:
        cx.a(A_VERIFIED, "info")


def body(cx: Ctx, n: int) -> None:
    rng = cx.rng
    fam = FAM[cx.family]
    for _ in range(n):
        roll = rng.random()
        if roll < 0.38:
            cx.a(fam["a_body"], "info")
        elif roll < 0.66:
            cx.c(fam["c_body"], "clean")
        elif roll < 0.78:
            cx.c(C_LOOK, "lookalike")
        elif roll < 0.86:
            cx.a(A_LOOK, "info")
        elif roll < 0.93:
            cx.a(A_READBACK, "readback")
        else:
            cx.a(A_WARN, "warning")


def close(cx: Ctx) -> None:
    rng = cx.rng
    if rng.random() < 0.8:
        cx.a(A_CLOSE, "closing")
        if rng.random() < 0.75:
            cx.c(C_CLOSE, "closing")
    elif rng.random() < 0.5:
        cx.c(C_CLOSE, "closing")


def agent_after_secret(cx: Ctx, asked: bool) -> None:
    if asked:
        cx.a(A_THANKS, "info")
    elif cx.rng.random() < 0.8:
        cx.a(A_AFTER_VOL, "warning")


# --------------------------------------------------------------------------------------
# Scenarios
# --------------------------------------------------------------------------------------


def sc_clean(cx: Ctx) -> None:
    rng = cx.rng
    opening(cx)
    verification(cx, 0.1)
    body(cx, rng.randint(2, 4))
    if rng.random() < 0.6:
        cx.c(C_LOOK, "lookalike")
    if rng.random() < 0.5:
        cx.a(A_LOOK, "info")
    if rng.random() < 0.3:
        cx.a(A_WARN, "warning")
    body(cx, rng.randint(0, 2))
    close(cx)


def sc_about(cx: Ctx) -> None:
    rng = cx.rng
    opening(cx)
    first = pick_type(cx)
    if rng.random() < 0.35:
        cx.c(C_ABOUT[first], "about")
        cx.a(A_ABOUT_REPLY[first], "about_reply")
        verification(cx)
    else:
        verification(cx)
        body(cx, rng.randint(0, 2))
        cx.c(C_ABOUT[first], "about")
        cx.a(A_ABOUT_REPLY[first], "about_reply")
    if rng.random() < 0.45:
        second = rng.choice([t for t in (CC, CVV, SSN, OTP, PIN, PW) if t != first])
        cx.c(C_ABOUT[second], "about")
        cx.a(A_ABOUT_REPLY[second], "about_reply")
    body(cx, rng.randint(1, 3))
    if rng.random() < 0.3:
        cx.c(C_LOOK, "lookalike")
    close(cx)


def sc_volunteer(cx: Ctx) -> None:
    rng = cx.rng
    typ = pick_type(cx)
    opening(cx)
    if rng.random() < 0.35:
        cx.c(C_VOL[typ], "volunteer")
        agent_after_secret(cx, asked=False)
        verification(cx, 0.3)
    else:
        verification(cx)
        body(cx, rng.randint(0, 2))
        cx.c(C_VOL[typ], "volunteer")
        agent_after_secret(cx, asked=False)
    if rng.random() < 0.2:
        other = rng.choice([t for t in FAM_TYPES[cx.family] if t != typ] or [typ])
        cx.c(C_VOL[other], "volunteer")
        agent_after_secret(cx, asked=False)
    body(cx, rng.randint(1, 3))
    close(cx)


def sc_multi(cx: Ctx) -> None:
    rng = cx.rng
    opening(cx)
    verification(cx, 0.3)
    asked = rng.random() < 0.4
    if asked:
        key = rng.choice(COMBOS)
        cx.a(A_ASK[key], "ask_forbidden", key)
        cx.c(C_COMPLY[key], "multi")
    else:
        cx.c(C_MULTI, "multi")
    agent_after_secret(cx, asked)
    body(cx, rng.randint(1, 3))
    close(cx)


def sc_split(cx: Ctx) -> None:
    rng = cx.rng
    opening(cx)
    verification(cx, 0.3)
    body(cx, rng.randint(0, 1))
    asked = rng.random() < 0.5
    if asked:
        cx.a(A_ASK[(CC,)], "ask_forbidden", (CC,))
    if rng.random() < 0.35:
        cx.c(C_SPLIT_LEAD, "clean")
    parts = cx.split_parts(rng.choice([2, 2, 3]))
    cx.c(C_SPLIT_FIRST, "split", {"part": parts[0]})
    for part in parts[1:-1]:
        cx.c(C_SPLIT_MID, "split", {"part": part})
    cx.c(C_SPLIT_LAST, "split", {"lastpart": parts[-1]})
    agent_after_secret(cx, asked)
    body(cx, rng.randint(1, 3))
    close(cx)


def sc_correction(cx: Ctx) -> None:
    rng = cx.rng
    typ = pick_type(cx)
    slot = SLOT_OF[typ]
    opening(cx)
    verification(cx, 0.3)
    asked = rng.random() < 0.4
    if asked:
        cx.a(A_ASK[(typ,)], "ask_forbidden", (typ,))
    typo = cx.typo_of(typ)
    cx.vals[slot + "2"] = typo
    cx.c(C_VOL[typ], "correction", {slot: typo})
    if rng.random() < 0.2:
        cx.a({"en": ["Hmm, that doesn't match."], "es": ["Mmm, eso no coincide."]}, "info")
    cx.c(C_CORR[typ], "correction")
    agent_after_secret(cx, asked)
    body(cx, rng.randint(1, 3))
    close(cx)


def sc_code_alone(cx: Ctx) -> None:
    rng = cx.rng
    opening(cx)
    verification(cx, 0.25)
    legit = rng.random() < 0.5
    if legit:
        cx.a(A_CODE_SENT, "code_notice")
    else:
        cx.a(A_CODE_ASK, "ask_forbidden", (OTP,))
    for _ in range(rng.choice([1, 1, 2])):
        cx.c(C_WAIT, "clean")
    if rng.random() < 0.4:
        cx.a(A_WAIT, "info")
    cx.c(C_CODE_ALONE, "code_alone")
    if legit:
        cx.a(A_CODE_AFTER_LEGIT, "warning")
    elif rng.random() < 0.25:
        cx.a(A_ECHO[OTP], "echo")
    else:
        cx.a(A_THANKS, "info")
    body(cx, rng.randint(1, 3))
    close(cx)


def sc_overshare(cx: Ctx) -> None:
    rng = cx.rng
    typ = CC if rng.random() < 0.6 else SSN
    opening(cx)
    cx.a(A_VERIFY["last4" if typ == CC else "ssn4"], "legit_ask")
    cx.c(C_OVERSHARE[typ], "overshare")
    cx.a(A_OVERSHARE_REPLY, "warning")
    verification(cx, 0.5)
    body(cx, rng.randint(1, 3))
    close(cx)


def sc_bad_ask_comply(cx: Ctx) -> None:
    rng = cx.rng
    opening(cx)
    verification(cx, 0.35)
    body(cx, rng.randint(0, 1))
    key = pick_ask(cx)
    cx.a(A_ASK[key], "ask_forbidden", key)
    if rng.random() < 0.2:
        cx.c(
            {"en": ["ok hold on", "sure one sec"], "es": ["ok un momento", "claro, espere"]},
            "clean",
        )
    cx.c(C_COMPLY[key], "after_ask")
    if rng.random() < 0.25:
        cx.a(A_ECHO[key[0]], "echo")
    if rng.random() < 0.35:
        others = [t for t in FAM_TYPES[cx.family] if t not in key]
        if others:
            second = (rng.choice(others),)
            cx.a(A_ASK[second], "ask_forbidden", second)
            if rng.random() < 0.7:
                cx.c(C_COMPLY[second], "after_ask")
            else:
                cx.c(C_REFUSE, "refuse")
    cx.a(A_THANKS, "info")
    body(cx, rng.randint(0, 2))
    close(cx)


def sc_bad_ask_refuse(cx: Ctx) -> None:
    rng = cx.rng
    opening(cx)
    verification(cx, 0.35)
    body(cx, rng.randint(0, 1))
    key = pick_ask(cx)
    cx.a(A_ASK[key], "ask_forbidden", key)
    cx.c(C_REFUSE, "refuse")
    if rng.random() < 0.5:
        cx.a(A_ASK[key], "ask_forbidden", key, prefix=A_INSIST)
        cx.c(C_REFUSE2, "refuse")
        return
    cx.a(A_BACKOFF, "backoff")
    cx.c(C_VERIFY_ANS[rng.choice(["zip", "dob"])], "answer")
    body(cx, rng.randint(1, 3))
    close(cx)


BUILDERS = {
    "clean": sc_clean,
    "about": sc_about,
    "volunteer": sc_volunteer,
    "multi": sc_multi,
    "split": sc_split,
    "correction": sc_correction,
    "code_alone": sc_code_alone,
    "overshare": sc_overshare,
    "bad_ask_comply": sc_bad_ask_comply,
    "bad_ask_refuse": sc_bad_ask_refuse,
}


def generate(seed: int, count: int = 480) -> list[Conversation]:
    """`count` conversations, the same for the same seed."""
    rng = Random(seed)
    names = [name for name, _w in SCENARIOS]
    weights = [w for _n, w in SCENARIOS]
    plan: list[str] = []
    for name, weight in SCENARIOS:
        plan += [name] * max(1, round(weight * count))
    while len(plan) < count:
        plan.append(rng.choices(names, weights=weights)[0])
    rng.shuffle(plan)
    plan = plan[:count]
    families = [FAMILIES[i % len(FAMILIES)] for i in range(count)]
    rng.shuffle(families)
    conversations = []
    for i, (scenario, family) in enumerate(zip(plan, families, strict=True)):
        lang = rng.choices(["en", "es", "mix"], weights=[50, 35, 15])[0]
        cx = Ctx(rng, family, scenario, lang)
        BUILDERS[scenario](cx)
        conversations.append(
            Conversation(
                cid=f"b25-{seed}-{i:04d}",
                kind=f"{scenario}:{family}",
                lang=lang,
                messages=cx.messages,
            )
        )
    return conversations
