# ruff: noqa: E501
"""Blind end-to-end evaluation set 12 for guard: a US credit union and its card-app partner, 2026.

Members of a US credit union, and of the fintech whose debit/credit card app it partners
with, reach support through three doors:

- a WhatsApp-style channel: short bursts, several customer messages in a row, emoji, voice
  notes transcribed by the app ("[voice note] ...", with transcription slips such as "cold"
  for "code"), and now and then a phisher posing as the credit union;
- an e-mail-to-chat bridge: long messages with greetings, signatures and disclaimers,
  quoted earlier replies ("> " lines), forwarded bank texts and e-mails pasted inside;
- the in-app chat with an LLM assistant that sometimes misbehaves: it asks for too much,
  repeats back what the member typed, or summarises the chat with the numbers in it.

Members are small landlords, gig workers (Uber, DoorDash and Instacart payouts, 1099 forms),
students and military families (APO/FPO/DPO addresses, deployments). Languages: English
(~50%), Spanish (~35%: Puerto Rico, Dominican Republic, Argentina/Uruguay with voseo,
Spain) and Spanglish (~15%). About 45% of the conversations hold at least one secret: card
numbers of every brand (Luhn-valid, typed plainly, grouped, digit by digit, split over
several messages, quoted in e-mails, echoed by the assistant), card security codes, SSNs,
one-time passcodes, passwords and PINs. Clean messages are full of look-alikes: amounts,
dates, phone numbers, ZIP and ZIP+4, APO addresses, last-four and masked references,
Luhn-invalid order numbers, tracking numbers, routing/account/member numbers, EINs, payout
IDs, and talk about secrets that gives no value.

Every message carries its expected labels (type and character span of each secret value)
and, for agent messages, the set of secret types the agent asks for.

Written without reading guard's code, rules, tests or benchmarks. `generate(seed)` is
deterministic: one seeded `random.Random` drives everything.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from random import Random

from stdnum import luhn

from tests.blind.e2e_set import CC, CVV, KEEP_LAST, OTP, PIN, PW, SSN, Conversation, Label, Message

SLOT_RE = re.compile(r"\{(\w+)\}")
RUN_RE = re.compile(r"\d(?:[ \-.]?\d)*")

Sec = tuple[str, str, int, bool]  # value, type, keep, split_part
Ask = tuple[str, frozenset[str], str]  # template, requested types, kind

# --------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------

CREDIT_UNIONS: list[tuple[str, str]] = [
    ("Riverbend Federal Credit Union", "riverbendfcu.org"),
    ("Coastal Palms Credit Union", "coastalpalms.coop"),
    ("Borinquen Community FCU", "borinquencfcu.org"),
    ("Lone Star Members Credit Union", "lonestarmcu.org"),
    ("Harborline Federal Credit Union", "harborline.org"),
    ("Patriot Pines Credit Union", "patriotpines.org"),
]
APPS: list[str] = ["Lumo", "Kuadra", "Tandem", "Brixa", "Pago+"]
BOTS: list[str] = ["Lumi", "Kai", "Ava", "Nori", "Sol"]
AGENTS: list[str] = [
    "Tanya",
    "Luis",
    "Kelly",
    "Andrés",
    "Marisol",
    "Derek",
    "Yesenia",
    "Brandon",
    "Carla",
    "Omar",
]
FIRST_EN: list[str] = [
    "Jessica",
    "Marcus",
    "Tyler",
    "Brianna",
    "Kevin",
    "Ashley",
    "DeShawn",
    "Emily",
    "Connor",
    "Tasha",
    "Ryan",
    "Megan",
    "Jamal",
    "Kayla",
]
FIRST_ES: list[str] = [
    "María",
    "José",
    "Yamilet",
    "Luis",
    "Carmen",
    "Héctor",
    "Yadira",
    "Ramón",
    "Florencia",
    "Joaquín",
    "Lucía",
    "Agustín",
    "Nerea",
    "Javier",
    "Wilmer",
    "Yokasta",
]
LAST: list[str] = [
    "Rivera",
    "Santiago",
    "Pérez",
    "Martínez",
    "Rodríguez",
    "Colón",
    "Ortiz",
    "Fernández",
    "Gómez",
    "Álvarez",
    "García",
    "López",
    "Smith",
    "Johnson",
    "Williams",
    "Nguyen",
    "Patel",
    "O'Brien",
    "Kowalski",
    "Baez",
]
MERCHANTS: list[str] = [
    "Amazon",
    "Walmart",
    "Shell",
    "Home Depot",
    "Uber Eats",
    "Target",
    "Costco",
    "Netflix",
    "Spotify",
    "AliExpress",
    "Lowe's",
    "Farmacia Caridad",
    "Supermercados Econo",
    "La Sirena",
    "Mercado Libre",
    "Rappi",
    "El Corte Inglés",
    "Walgreens",
    "7-Eleven",
    "AutoZone",
    "Best Buy",
    "Chevron",
    "Temu",
    "Steam",
]
CITIES: list[str] = [
    "San Juan",
    "Bayamón",
    "Santo Domingo",
    "Santiago",
    "Orlando",
    "Kissimmee",
    "Miami",
    "Houston",
    "El Paso",
    "San Antonio",
    "Fayetteville",
    "Killeen",
    "Norfolk",
    "Tampa",
    "Newark",
    "Lawrence",
    "Caguas",
    "Ponce",
]
COUNTRIES: list[str] = [
    "Germany",
    "Japan",
    "Colombia",
    "the Dominican Republic",
    "Kuwait",
    "South Korea",
    "Spain",
    "Argentina",
    "Italy",
    "Mexico",
]
COUNTRIES_ES: list[str] = [
    "Alemania",
    "Japón",
    "Colombia",
    "República Dominicana",
    "Kuwait",
    "Corea del Sur",
    "España",
    "Argentina",
    "Italia",
    "México",
]
STREETS: list[str] = [
    "Calle Loíza",
    "Ave. Ponce de León",
    "Calle Duarte",
    "Oak Ridge Dr",
    "Maple St",
    "W 42nd St",
    "Calle San Francisco",
    "Palm Bay Blvd",
    "Fort Bragg Rd",
    "Calle Las Mercedes",
]
STATES: list[tuple[str, str]] = [
    ("PR", "009"),
    ("FL", "328"),
    ("TX", "787"),
    ("NJ", "071"),
    ("NC", "283"),
    ("MA", "018"),
    ("NY", "100"),
    ("VA", "235"),
]
MONTHS_EN: list[str] = [
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
MONTHS_ES: list[str] = [
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
PW_WORDS: list[str] = [
    "Luna",
    "Coqui",
    "Mofongo",
    "Boricua",
    "Quisqueya",
    "Mate",
    "Tango",
    "Sunset",
    "Dasher",
    "Falcon",
    "Semper",
    "Bayamon",
    "Pelota",
    "Chinola",
    "Yankees",
    "Mango",
    "Rayo",
    "Tigre",
    "Hooah",
    "Navy",
    "Sevilla",
    "Churro",
    "Canelo",
    "Gatita",
    "Pitbull",
    "Bachata",
    "Malbec",
    "Cielito",
]
EMOJI: list[str] = [
    "🙏",
    "😩",
    "😅",
    "🙄",
    "😡",
    "👍",
    "🤞",
    "😭",
    "🥲",
    "‼️",
    "🤦‍♀️",
    "💳",
    "🙏🏽",
    "😤",
    "✅",
]

# --------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------

# (display name, prefixes, lengths, weight)
BRANDS: list[tuple[str, list[str], tuple[int, ...], int]] = [
    ("Visa", ["4"], (16,), 30),
    ("Visa", ["4"], (13,), 3),
    ("Visa", ["4"], (19,), 3),
    ("Mastercard", ["51", "52", "53", "54", "55"], (16,), 14),
    ("Mastercard", [str(p) for p in range(2221, 2721)], (16,), 6),
    ("Amex", ["34", "37"], (15,), 10),
    ("Discover", ["6011", "65", *[str(p) for p in range(644, 650)]], (16,), 8),
    ("Discover", ["6011"], (19,), 1),
    ("JCB", [str(p) for p in range(3528, 3590)], (16,), 4),
    ("Diners Club", ["36", "38", *[str(p) for p in range(300, 306)]], (14,), 4),
    ("UnionPay", ["62"], (16, 17, 18, 19), 4),
    (
        "Maestro",
        ["5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763"],
        (16, 19),
        4,
    ),
]
CARD_GROUPS: dict[int, list[int]] = {
    13: [4, 3, 3, 3],
    14: [4, 6, 4],
    15: [4, 6, 5],
    16: [4, 4, 4, 4],
    17: [4, 4, 4, 5],
    18: [4, 4, 4, 6],
    19: [4, 4, 4, 4, 3],
}


def digits(rng: Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def luhn_number(rng: Random, prefix: str, length: int) -> str:
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def not_luhn(rng: Random, length: int, lead: str = "") -> str:
    """A number of `length` digits that fails the Luhn check."""
    lead = lead or str(rng.randint(1, 9))
    num = lead + digits(rng, length - len(lead))
    if luhn.is_valid(num):
        num = num[:-1] + str((int(num[-1]) + 1) % 10)
    return num


def group(d: str, sizes: list[int], sep: str) -> str:
    out: list[str] = []
    i = 0
    for size in sizes:
        if i >= len(d):
            break
        out.append(d[i : i + size])
        i += size
    if i < len(d):
        out.append(d[i:])
    return sep.join(out)


def pick_brand(rng: Random, amex: bool = False) -> tuple[str, str]:
    """A Luhn-valid card number and its brand name."""
    if amex:
        return "Amex", luhn_number(rng, rng.choice(["34", "37"]), 15)
    weights = [b[3] for b in BRANDS]
    name, prefixes, lengths, _w = rng.choices(BRANDS, weights=weights)[0]
    return name, luhn_number(rng, rng.choice(prefixes), rng.choice(lengths))


def format_card(rng: Random, d: str, voice: bool = False) -> str:
    n = len(d)
    if voice:
        style = rng.choice(["groups", "groups", "commas", "digits"])
        if style == "groups":
            return group(d, CARD_GROUPS[n], " ")
        if style == "commas":
            return group(d, CARD_GROUPS[n], ", ")
        return " ".join(d)
    styles = [
        "plain",
        "space",
        "space",
        "space",
        "dash",
        "dot",
        "irregular",
        "digits",
        "mixed",
        "double",
    ]
    if n == 19:
        styles.append("six")
    style = rng.choice(styles)
    if style == "plain":
        return d
    if style == "space":
        return group(d, CARD_GROUPS[n], " ")
    if style == "dash":
        return group(d, CARD_GROUPS[n], "-")
    if style == "dot":
        return group(d, CARD_GROUPS[n], ".")
    if style == "double":
        return group(d, CARD_GROUPS[n], "  ")
    if style == "six":
        return group(d, [6, 13], " ")
    if style == "digits":
        return " ".join(d)
    if style == "mixed":
        parts = group(d, CARD_GROUPS[n], "|").split("|")
        out = parts[0]
        for part in parts[1:]:
            out += rng.choice([" ", "-", ".", " - "]) + part
        return out
    sizes: list[int] = []
    while sum(sizes) < n:
        sizes.append(rng.randint(2, 6))
    return group(d, sizes, " ")


def gen_ssn(rng: Random) -> str:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def format_ssn(rng: Random, d: str, voice: bool = False) -> str:
    if voice:
        return rng.choice([f"{d[:3]} {d[3:5]} {d[5:]}", " ".join(d), f"{d[:3]}, {d[3:5]}, {d[5:]}"])
    sep = rng.choices(["-", " ", ".", ""], weights=[60, 14, 8, 18])[0]
    return f"{d[:3]}{sep}{d[3:5]}{sep}{d[5:]}"


def gen_otp(rng: Random, voice: bool = False) -> str:
    n = rng.choices([4, 5, 6, 7, 8], weights=[10, 4, 60, 6, 10])[0]
    d = digits(rng, n)
    if voice:
        return rng.choice([" ".join(d), group(d, [2] * 4, " "), d, group(d, [3, 3, 2], " ")])
    if n == 6:
        return rng.choices([d, f"{d[:3]} {d[3:]}", f"{d[:3]}-{d[3:]}"], weights=[60, 25, 15])[0]
    if n == 8:
        return rng.choices([d, f"{d[:4]} {d[4:]}", f"{d[:4]}-{d[4:]}"], weights=[70, 20, 10])[0]
    return d


def gen_pin(rng: Random, voice: bool = False) -> str:
    d = digits(rng, rng.choices([4, 5, 6], weights=[75, 8, 17])[0])
    if voice:
        return rng.choice([" ".join(d), d, group(d, [2, 2, 2], " ")])
    return d


def gen_password(rng: Random) -> str:
    w = rng.choice(PW_WORDS)
    w2 = rng.choice(PW_WORDS)
    sym = rng.choice("!@#$%&*_")
    pattern = rng.randrange(9)
    if pattern == 0:
        return f"{w}{rng.randint(1980, 2026)}{sym}"
    if pattern == 1:
        return f"{w.lower()}_{w2.lower()}{rng.randint(10, 99)}"
    if pattern == 2:
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789!$#%"
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(9, 14)))
    if pattern == 3:
        leet = w.translate(str.maketrans({"o": "0", "a": "4", "e": "3", "i": "1"}))
        return f"{leet}{sym}{rng.randint(1, 99)}"
    if pattern == 4:
        return f"Mi{w}{sym}{w2}{rng.randint(1, 9)}"
    if pattern == 5:
        return f"{w.lower()}{rng.randint(1985, 2007)}"
    if pattern == 6:
        return f"{w}{w2}{rng.randint(100, 999)}"
    if pattern == 7:
        return f"{sym}{w.upper()}{rng.randint(10, 99)}{w2.lower()}"
    return f"{w2}.{w.lower()}{rng.randint(1, 31):02d}{sym}"


def aba_routing(rng: Random) -> str:
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
            "23",
            "26",
            "31",
            "32",
        ]
    )
    d = first + digits(rng, 6)
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    total = sum(int(c) * k for c, k in zip(d, w, strict=True))
    return d + str((10 - total % 10) % 10)


def strip_accents(s: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if ch in "\u0301\u0308":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)).replace("¿", "").replace("¡", "")


def typo(rng: Random, s: str) -> str:
    words = list(re.finditer(r"[A-Za-záéíóúñ]{5,}", s))
    if not words:
        return s
    m = rng.choice(words)
    w = m.group()
    i = rng.randrange(1, len(w) - 1)
    op = rng.randrange(3)
    if op == 0:
        w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    elif op == 1:
        w = w[:i] + w[i + 1 :]
    else:
        w = w[:i] + w[i] + w[i:]
    return s[: m.start()] + w + s[m.end() :]


def quote(text: str, labels: list[Label], prefix: str = "> ") -> tuple[str, list[Label]]:
    """Prefix every line of `text` with `prefix`, moving the labels with their lines."""
    out_lines: list[str] = []
    moved: list[Label] = []
    pos_in = 0
    pos_out = 0
    for line in text.split("\n"):
        start_in, end_in = pos_in, pos_in + len(line)
        shift = pos_out + len(prefix) - start_in
        for lab in labels:
            if start_in <= lab.start and lab.end <= end_in:
                moved.append(
                    Label(lab.type, lab.start + shift, lab.end + shift, lab.keep, lab.split_part)
                )
        out_lines.append(prefix + line if line else prefix.rstrip())
        pos_out += len(out_lines[-1]) + 1
        pos_in = end_in + 1
    return "\n".join(out_lines), moved


class Buf:
    """Text under construction, with the labels of the secrets inside it."""

    def __init__(self) -> None:
        self.text = ""
        self.labels: list[Label] = []

    def add(self, text: str, labels: list[Label] | None = None) -> Buf:
        off = len(self.text)
        self.text += text
        for lab in labels or []:
            self.labels.append(
                Label(lab.type, lab.start + off, lab.end + off, lab.keep, lab.split_part)
            )
        return self


# --------------------------------------------------------------------------------------
# Conversation context: who is talking, in what language, and the look-alike fillers
# --------------------------------------------------------------------------------------


class Ctx:
    def __init__(self, rng: Random, lang: str, dialect: str, channel: str, persona: str) -> None:
        self.rng = rng
        self.lang = lang
        self.dialect = dialect
        self.channel = channel
        self.persona = persona
        self.cu, self.domain = rng.choice(CREDIT_UNIONS)
        self.app_name = rng.choice(APPS)
        self.bot_name = rng.choice(BOTS)
        hispanic = lang != "en" or rng.random() < 0.25
        self.first = rng.choice(FIRST_ES if hispanic else FIRST_EN)
        self.last = rng.choice(LAST)
        self.agent_name = rng.choice(AGENTS)
        self.card_l4 = digits(rng, 4)
        self.ssn_l4 = digits(rng, 4)
        self.phone_l4 = digits(rng, 4)
        self.member_no = rng.choice(
            [f"{rng.randint(1, 9999999):08d}", str(rng.randint(100000, 9999999999))]
        )
        self.brand = "Visa"
        self.topic = "general"
        # secrets the customer typed, for echoes and summaries
        self.given: list[tuple[str, Sec]] = []
        self.spanish_now = lang == "es"
        self.bot = channel == "app"  # the in-app LLM assistant answers (until a handoff)
        self.cache: dict[str, str] = {}
        self.mail_day = rng.randint(0, 300)

    # ---- language pools -------------------------------------------------------------

    def pool(self, table: dict[str, list[str]]) -> list[str]:
        rng = self.rng
        lang = self.lang
        if lang == "mix":
            r = rng.random()
            if "mix" in table and r < 0.55:
                self.spanish_now = True
                return table["mix"]
            lang = "en" if r < 0.78 else "es"
        self.spanish_now = lang != "en"
        if lang == "en":
            return table["en"]
        local = table.get("es_" + self.dialect, [])
        if local and rng.random() < 0.4:
            return local
        return table["es"] + local

    def pick(self, table: dict[str, list[str]]) -> str:
        return self.rng.choice(self.pool(table))

    def pick_ask(
        self,
        table: dict[str, list[Ask]],
        want: str | None = None,
        only: frozenset[str] | None = None,
    ) -> Ask:
        rng = self.rng
        lang = self.lang
        if lang == "mix":
            r = rng.random()
            lang = "mix" if r < 0.55 else ("en" if r < 0.78 else "es")
        keys = [lang] if lang in ("en", "mix") else ["es", "es_" + self.dialect]
        items = [a for k in keys for a in table.get(k, [])]
        if want is not None:
            items = [a for a in items if want in a[1]] or [a for a in table["en"] if want in a[1]]
        if only is not None:
            items = [a for a in items if a[1] <= only] or items
        self.spanish_now = lang != "en"
        return rng.choice(items)

    # ---- fillers -----------------------------------------------------------------------

    def fill(self, slot: str) -> str:
        if slot in self.cache:
            return self.cache[slot]
        value = str(getattr(self, "f_" + slot)())
        for _ in range(20):  # a look-alike never passes for a card number
            if not any(
                13 <= len(r) <= 19 and luhn.is_valid(r)
                for r in (re.sub(r"\D", "", m.group()) for m in RUN_RE.finditer(value))
            ):
                break
            value = str(getattr(self, "f_" + slot)())
        if slot in STABLE_SLOTS:
            self.cache[slot] = value
        return value

    def es(self) -> bool:
        return self.spanish_now

    def f_name(self) -> str:
        return self.first

    def f_fullname(self) -> str:
        return f"{self.first} {self.last}"

    def f_agent(self) -> str:
        return self.agent_name

    def f_cu(self) -> str:
        return self.cu

    def f_app(self) -> str:
        return self.app_name

    def f_bot(self) -> str:
        return self.bot_name

    def f_domain(self) -> str:
        return self.domain

    def f_brand(self) -> str:
        return self.brand

    def f_l4(self) -> str:
        return self.card_l4

    def f_l4b(self) -> str:
        return digits(self.rng, 4)

    def f_ssn4(self) -> str:
        return self.ssn_l4

    def f_ph4(self) -> str:
        return self.phone_l4

    def f_masked(self) -> str:
        l4 = self.card_l4
        return self.rng.choice(
            [
                f"**** {l4}",
                f"XXXX-XXXX-XXXX-{l4}",
                f"•••• {l4}",
                f"xxxx xxxx xxxx {l4}",
                f"************{l4}",
                f"{self.brand} ****{l4}",
                f"*{l4}",
                f"…{l4}",
            ]
        )

    def f_masked_ssn(self) -> str:
        return self.rng.choice(
            [f"***-**-{self.ssn_l4}", f"XXX-XX-{self.ssn_l4}", f"•••-••-{self.ssn_l4}"]
        )

    def _amount(self, lo: int, hi: int) -> str:
        rng = self.rng
        v = rng.randint(lo, hi)
        cents = rng.randint(0, 99)
        if rng.random() < 0.25:
            return f"${v:,}"
        return f"${v:,}.{cents:02d}"

    def f_amt(self) -> str:
        if self.es() and self.rng.random() < 0.4:
            return self.f_amt_local()
        return self._amount(12, 2400)

    def f_amt_small(self) -> str:
        return self._amount(1, 45)

    def f_amt_big(self) -> str:
        return self._amount(2500, 48000)

    def f_rent(self) -> str:
        return f"${self.rng.randrange(650, 2400, 25):,}" + self.rng.choice(["", ".00"])

    def f_amt1099(self) -> str:
        return self._amount(3200, 61000)

    def f_amt_local(self) -> str:
        rng = self.rng
        v = rng.randint(15, 3000)
        c = rng.randint(0, 99)
        d = self.dialect
        if d == "es":
            return rng.choice(
                [f"{v:,}".replace(",", ".") + f",{c:02d} €", f"{v},{c:02d}€", f"€{v}"]
            )
        if d == "do":
            big = v * 57
            return rng.choice(
                [f"RD${big:,}.00", f"RD$ {big:,}".replace(",", "."), f"{big:,} pesos"]
            )
        if d == "ar":
            big = v * 1100
            return rng.choice(
                [
                    f"ARS {big:,}".replace(",", "."),
                    f"$ {big:,}".replace(",", ".") + " pesos",
                    f"U$S {v}",
                ]
            )
        return rng.choice([f"${v:,}.{c:02d}", f"{v} chavos", f"${v}"])

    def _date(self, year: int | None = None) -> str:
        rng = self.rng
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        y = year or rng.choice([2025, 2026, 2026, 2026])
        if self.es():
            return rng.choice(
                [
                    f"{d:02d}/{m:02d}/{y}",
                    f"{d} de {MONTHS_ES[m - 1]}",
                    f"{d} de {MONTHS_ES[m - 1]} de {y}",
                    f"{d}-{m:02d}-{y}",
                    f"{d}/{m}",
                ]
            )
        return rng.choice(
            [
                f"{m:02d}/{d:02d}/{y}",
                f"{MONTHS_EN[m - 1]} {d}",
                f"{MONTHS_EN[m - 1][:3]} {d}, {y}",
                f"{m}/{d}",
                f"{y}-{m:02d}-{d:02d}",
            ]
        )

    def f_date(self) -> str:
        return self._date()

    def f_date2(self) -> str:
        return self._date(2026)

    def f_dob(self) -> str:
        rng = self.rng
        y = rng.randint(1960, 2006)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        if self.es():
            return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} de {MONTHS_ES[m - 1]} de {y}"])
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{MONTHS_EN[m - 1]} {d}, {y}", f"{m}-{d}-{y}"])

    def f_time(self) -> str:
        rng = self.rng
        h = rng.randint(1, 12)
        mi = rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
        return rng.choice(
            [f"{h}:{mi:02d} PM", f"{h}:{mi:02d}am", f"{h + 11}:{mi:02d}", f"{h}:{mi:02d} p.m."]
        )

    def f_year(self) -> str:
        return str(self.rng.randint(2012, 2026))

    def f_tax_year(self) -> str:
        return self.rng.choice(["2025", "2025", "2024"])

    def f_phone(self) -> str:
        rng = self.rng
        a = rng.choice(
            [
                "787",
                "939",
                "305",
                "407",
                "713",
                "210",
                "915",
                "201",
                "646",
                "910",
                "254",
                "757",
                "813",
                "617",
                "809",
                "829",
            ]
        )
        ex = rng.randint(201, 989)
        ln = rng.randint(0, 9999)
        return rng.choice(
            [
                f"({a}) {ex}-{ln:04d}",
                f"{a}-{ex}-{ln:04d}",
                f"{a}.{ex}.{ln:04d}",
                f"+1 {a} {ex} {ln:04d}",
                f"+1{a}{ex}{ln:04d}",
                f"1-{a}-{ex}-{ln:04d}",
                f"{a}{ex}{ln:04d}",
                f"+1 ({a}) {ex}-{ln:04d}",
                f"{a} {ex} {ln:04d}",
            ]
        )

    def f_myphone(self) -> str:
        return (
            self.f_phone_intl() if self.lang != "en" and self.rng.random() < 0.3 else self.f_phone()
        )

    def f_gl4(self) -> str:
        cards = [sec[0] for slot, sec in self.given if canon(slot) == "card"]
        return re.sub(r"\D", "", cards[-1])[-4:] if cards else self.card_l4

    def f_qdate(self) -> str:
        self.mail_day += self.rng.choice([0, 0, 1, 1, 2])
        m, d = divmod(self.mail_day % 336, 28)
        if self.es():
            return f"{d + 1} {MONTHS_ES[m % 12][:3]} 2026"
        return self.rng.choice(
            [f"{MONTHS_EN[m % 12][:3]} {d + 1}, 2026", f"{m % 12 + 1}/{d + 1}/2026"]
        )

    def f_phone_intl(self) -> str:
        rng = self.rng
        if self.dialect == "ar":
            return rng.choice(
                [
                    f"+54 9 11 {rng.randint(2000, 6999)}-{rng.randint(0, 9999):04d}",
                    f"+598 9{rng.randint(1, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                ]
            )
        if self.dialect == "es":
            return f"+34 6{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        return self.f_phone()

    def f_tollfree(self) -> str:
        rng = self.rng
        p = rng.choice(["800", "888", "877", "866", "855"])
        ex = rng.randint(200, 989)
        ln = rng.randint(0, 9999)
        return rng.choice(
            [
                f"1-{p}-{ex}-{ln:04d}",
                f"1 ({p}) {ex}-{ln:04d}",
                f"{p}.{ex}.{ln:04d}",
                f"({p}) {ex}-{ln:04d}",
                f"1-{p}-{ex}-{ln:04d}",
            ]
        )

    def f_zip(self) -> str:
        rng = self.rng
        _st, pre = rng.choice(STATES)
        return f"{pre}{rng.randint(0, 99):02d}"

    def f_zip4(self) -> str:
        return f"{self.f_zip()}-{self.rng.randint(1, 9999):04d}"

    def f_apo(self) -> str:
        rng = self.rng
        name = f"{self.first} {self.last}"
        kind = rng.randrange(5)
        if kind == 0:
            return f"{name}, Unit {rng.randint(2000, 9999)} Box {rng.randint(100, 9999)}, APO AE 09{rng.randint(0, 399):03d}"
        if kind == 1:
            return f"PSC {rng.randint(100, 9999)}, Box {rng.randint(100, 9999)}, APO AP 96{rng.randint(200, 699):03d}"
        if kind == 2:
            return f"{name}, USS {rng.choice(['Bataan', 'Gerald R. Ford', 'Carl Vinson', 'Arleigh Burke'])}, FPO AE 09{rng.randint(500, 599):03d}"
        if kind == 3:
            return f"CMR {rng.randint(400, 499)} Box {rng.randint(1000, 9999)}, APO AE 09{rng.randint(0, 199):03d}"
        return f"Unit {rng.randint(8000, 8999)} Box {rng.randint(100, 9999)}, DPO AA 340{rng.randint(10, 99)}"

    def f_addr(self) -> str:
        rng = self.rng
        st, pre = rng.choice(STATES)
        apt = rng.choice(
            ["", f", Apt {rng.randint(1, 12)}{rng.choice('ABCD')}", f" #{rng.randint(100, 999)}"]
        )
        return f"{rng.randint(12, 9899)} {rng.choice(STREETS)}{apt}, {rng.choice(CITIES)}, {st} {pre}{rng.randint(0, 99):02d}"

    def f_email(self) -> str:
        f = strip_accents(self.first).lower().replace("ñ", "n")
        ln = strip_accents(self.last).lower().replace("'", "")
        return self.rng.choice(
            [
                f"{f}.{ln}@gmail.com",
                f"{f}{ln[0]}{self.rng.randint(70, 99)}@yahoo.com",
                f"{f[0]}{ln}@outlook.com",
                f"{f}_{ln}@icloud.com",
            ]
        )

    def f_username(self) -> str:
        f = strip_accents(self.first).lower()
        return self.rng.choice(
            [
                f"{f}{self.rng.randint(1, 99)}",
                f"{f}.{strip_accents(self.last).lower().replace(chr(39), '')}",
                f"{f[0]}{strip_accents(self.last).lower()[:5]}",
            ]
        )

    def f_member(self) -> str:
        return self.member_no

    def f_ref(self) -> str:
        return not_luhn(self.rng, self.rng.randint(13, 19))

    def f_order(self) -> str:
        rng = self.rng
        kind = rng.randrange(4)
        if kind == 0:
            d = not_luhn(rng, 17)
            return f"{d[:3]}-{d[3:10]}-{d[10:]}"
        if kind == 1:
            return "#" + not_luhn(rng, rng.randint(13, 16))
        if kind == 2:
            return not_luhn(rng, rng.randint(14, 19))
        return f"ORD-{not_luhn(rng, 15)}"

    def f_ups(self) -> str:
        rng = self.rng
        s = (
            "1Z"
            + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6))
            + rng.choice(["01", "03", "12", "42"])
            + digits(rng, 8)
        )
        if rng.random() < 0.3:
            return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:10]} {s[10:14]} {s[14:]}"
        return s

    def f_usps(self) -> str:
        rng = self.rng
        d = rng.choice(["9400", "9205", "9361", "9270", "9405"]) + digits(rng, 18)
        if rng.random() < 0.4:
            return group(d, [4] * 6, " ")
        return d

    def f_fedex(self) -> str:
        d = str(self.rng.randint(2, 9)) + digits(self.rng, 11)
        return self.rng.choice([d, group(d, [4, 4, 4], " ")])

    def f_tracking(self) -> str:
        return self.rng.choice([self.f_ups, self.f_usps, self.f_fedex])()

    def f_case(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"CAS-2026-{rng.randint(0, 999999):06d}",
                f"#{rng.randint(10000000, 99999999)}",
                f"CU-{rng.randint(1000000, 9999999)}",
                f"DSP{rng.randint(100000, 999999)}",
                f"{rng.randint(100000, 999999)}-{rng.randint(10, 99)}",
            ]
        )

    def f_ticket(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"TKT-{rng.randint(100000, 999999)}",
                f"#{rng.randint(1000000, 9999999)}",
                f"INC{rng.randint(1000000, 9999999)}",
            ]
        )

    def f_conf(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                "".join(
                    rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                    for _ in range(rng.randint(8, 11))
                ),
                str(rng.randint(10**9, 10**12 - 1)),
                f"ZL{rng.randint(10**7, 10**8 - 1)}",
            ]
        )

    def f_routing(self) -> str:
        return aba_routing(self.rng)

    def f_acct(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                "00" + digits(rng, rng.randint(7, 10)),
                str(rng.randint(10**7, 10**11)),
                f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}",
            ]
        )

    def f_ein(self) -> str:
        rng = self.rng
        return f"{rng.choice([12, 20, 27, 33, 46, 47, 56, 61, 66, 74, 81, 82, 84, 87, 88, 92, 93])}-{rng.randint(1000000, 9999999)}"

    def f_payout(self) -> str:
        rng = self.rng
        hexd = "0123456789abcdef"
        kind = rng.randrange(4)
        if kind == 0:
            return "po_" + "".join(
                rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                for _ in range(14)
            )
        if kind == 1:
            return f"DD-{rng.choice([2025, 2026])}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{rng.randint(10000, 99999)}"
        if kind == 2:
            return "-".join("".join(rng.choice(hexd) for _ in range(k)) for k in (8, 4, 4))
        return f"TRF{rng.randint(10**9, 10**10 - 1)}"

    def f_merchant(self) -> str:
        return self.rng.choice(MERCHANTS)

    def f_city(self) -> str:
        return self.rng.choice(CITIES)

    def f_country(self) -> str:
        return self.rng.choice(COUNTRIES_ES if self.es() else COUNTRIES)

    def f_exp(self) -> str:
        rng = self.rng
        m = rng.randint(1, 12)
        y = rng.randint(26, 31)
        return rng.choice([f"{m:02d}/{y}", f"{m}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}"])

    def f_checknum(self) -> str:
        return str(self.rng.randint(101, 9999))

    def f_unit(self) -> str:
        return self.rng.choice(["2B", "3", "A", "1R", "4", "B"])

    def f_days(self) -> str:
        if self.es():
            return self.rng.choice(
                ["3 a 5 días hábiles", "10 días laborables", "7 a 10 días", "48 horas"]
            )
        return self.rng.choice(
            ["3-5 business days", "10 business days", "7 to 10 days", "48 hours"]
        )

    def f_nmls(self) -> str:
        return str(self.rng.randint(400000, 999999))

    def f_emoji(self) -> str:
        return self.rng.choice(EMOJI)

    def f_count(self) -> str:
        return str(self.rng.randint(2, 5))

    def f_shortcode(self) -> str:
        return str(self.rng.randint(22000, 99999))

    def f_mins(self) -> str:
        return str(self.rng.choice([5, 10, 15, 30]))

    def f_issue(self) -> str:
        rng = self.rng
        if self.es():
            return rng.choice(
                [
                    "cargo no reconocido",
                    "tarjeta perdida",
                    "depósito pendiente",
                    "cambio de dirección",
                    "pago de DoorDash sin llegar",
                    "formulario 1099",
                    "acceso al app bloqueado",
                    "cambio de PIN",
                ]
            )
        return rng.choice(
            [
                "unrecognized charge",
                "lost card",
                "pending deposit",
                "address change",
                "missing DoorDash payout",
                "1099 form",
                "locked out of the app",
                "PIN change",
            ]
        )

    # ---- secrets --------------------------------------------------------------------------

    def make_secret(self, slot: str, amex: bool = False) -> Sec:
        rng = self.rng
        if slot in ("card", "vcard"):
            brand, d = pick_brand(rng, amex)
            self.brand = brand
            return (format_card(rng, d, voice=slot == "vcard"), CC, KEEP_LAST.get(CC, 0), False)
        if slot in ("cvv", "vcvv"):
            d = digits(rng, 4 if self.brand == "Amex" and rng.random() < 0.5 else 3)
            return (" ".join(d) if slot == "vcvv" and rng.random() < 0.5 else d, CVV, 0, False)
        if slot == "cid":
            return (digits(rng, 4), CVV, 0, False)
        if slot in ("ssn", "vssn"):
            return (
                format_ssn(rng, gen_ssn(rng), voice=slot == "vssn"),
                SSN,
                KEEP_LAST.get(SSN, 0),
                False,
            )
        if slot in ("otp", "otp2", "votp"):
            return (gen_otp(rng, voice=slot == "votp"), OTP, 0, False)
        if slot in ("pw", "pw2"):
            return (gen_password(rng), PW, 0, False)
        if slot in ("pin", "pin2", "vpin"):
            return (gen_pin(rng, voice=slot == "vpin"), PIN, 0, False)
        raise KeyError(slot)


STABLE_SLOTS = {"email", "tollfree", "nmls", "case", "addr", "apo", "myphone", "username", "member"}
SECRET_SLOTS = {
    "card",
    "vcard",
    "cvv",
    "vcvv",
    "cid",
    "ssn",
    "vssn",
    "otp",
    "otp2",
    "votp",
    "pw",
    "pw2",
    "pin",
    "pin2",
    "vpin",
    "part",
}


def render(
    ctx: Ctx, tpl: str, sec: dict[str, Sec] | None = None, noisy: bool = False
) -> tuple[str, list[Label], dict[str, Sec]]:
    """Fill a template; secret slots become labelled spans (made up when not given)."""
    rng = ctx.rng
    used: dict[str, Sec] = dict(sec or {})
    slots = SLOT_RE.findall(tpl)
    amex = "cid" in slots
    for slot in slots:
        if slot in SECRET_SLOTS and slot not in used:
            used[slot] = ctx.make_secret(slot, amex=amex)
    pieces = SLOT_RE.split(tpl)
    lower = strip = False
    typo_at = -1
    if noisy:
        ch = ctx.channel
        lower = rng.random() < {"whatsapp": 0.3, "app": 0.12, "email": 0.02}[ch]
        strip = ctx.spanish_now and rng.random() < 0.35
        if rng.random() < {"whatsapp": 0.25, "app": 0.14, "email": 0.06}[ch]:
            lits = [i for i in range(0, len(pieces), 2) if re.search(r"[A-Za-z]{5,}", pieces[i])]
            if lits:
                typo_at = rng.choice(lits)
    text = ""
    labels: list[Label] = []
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            lit = piece
            if strip:
                lit = strip_accents(lit)
            if lower:
                lit = lit.lower()
            if i == typo_at:
                lit = typo(rng, lit)
            text += lit
        elif piece in used:
            value, typ, keep, split = used[piece]
            labels.append(Label(typ, len(text), len(text) + len(value), keep, split))
            text += value
        else:
            text += ctx.fill(piece)
    return text, labels, used


# --------------------------------------------------------------------------------------
# Customer templates: clean
# --------------------------------------------------------------------------------------

GREET_C: dict[str, list[str]] = {
    "en": [
        "hi",
        "hello?",
        "hey",
        "Hi there",
        "good morning",
        "hello, anyone there?",
        "hi, is this {cu}?",
        "hey quick question",
        "hiii",
        "Hi! 👋",
        "yo",
        "Good afternoon",
    ],
    "es": [
        "hola",
        "buenas",
        "buenos días",
        "buenas tardes",
        "hola? hay alguien?",
        "hola, esto es {cu}?",
        "saludos",
        "Hola! 👋",
    ],
    "es_pr": ["wepa, buenas", "saludos, una pregunta", "buenas, mano", "buenas buenas"],
    "es_do": ["klk", "buenas, dime a ver", "hola mi gente", "saludos, una pregunta ahí"],
    "es_ar": ["hola, che", "buenas, una consulta", "hola! consulta", "buen día"],
    "es_es": ["hola, buenas", "buenas, una duda", "hola qué tal", "buenos días, una consulta"],
    "mix": ["hi, hola", "hello buenas", "hola, quick question", "hey, buenas"],
}

INTRO: dict[str, dict[str, list[str]]] = {
    "landlord": {
        "en": [
            "I'm a small landlord, I rent out a duplex in {city}.",
            "I own two rental units and collect rent through {app}.",
            "I manage a 4-plex, rents come in by Zelle and ACH.",
            "Landlord here (3 doors in {city}).",
        ],
        "es": [
            "Tengo un par de apartamentos alquilados en {city}.",
            "Soy dueño de una casita que alquilo.",
            "Alquilo dos unidades y cobro la renta por {app}.",
        ],
        "es_ar": ["Tengo un depto que alquilo en {city}."],
        "es_es": ["Tengo un piso alquilado en {city}."],
        "mix": ["Soy landlord, tengo 2 units en {city}.", "Tengo unos apartments que rento."],
    },
    "gig": {
        "en": [
            "I drive for Uber and DoorDash.",
            "I do DoorDash full time.",
            "I'm an Instacart shopper and do some Uber on weekends.",
            "gig worker here, mostly Uber Eats",
        ],
        "es": [
            "Trabajo con Uber y DoorDash.",
            "Hago entregas de DoorDash.",
            "Manejo Uber a tiempo completo.",
        ],
        "es_ar": ["Laburo con Uber y Rappi."],
        "es_do": ["Yo hago delivery con DoorDash."],
        "mix": ["Hago Uber y DoorDash full time.", "Trabajo de delivery con DoorDash."],
    },
    "student": {
        "en": [
            "I'm a student at {city} Community College.",
            "I'm a sophomore, my parents co-signed the account.",
            "I'm an international student on an F-1 visa.",
            "college student here",
        ],
        "es": [
            "Soy estudiante universitaria.",
            "Estoy estudiando en {city} y mis papás me mandan dinero.",
            "Soy estudiante de intercambio.",
        ],
        "es_ar": ["Soy estudiante, mis viejos me mandan plata."],
        "es_es": ["Estoy de Erasmus, bueno, de intercambio aquí en {city}."],
        "mix": [
            "Soy student y mi mom me manda money.",
            "Estoy en college y uso la card para todo.",
        ],
    },
    "military": {
        "en": [
            "My husband is deployed and I handle our accounts.",
            "I'm active duty Army, currently stationed overseas.",
            "Navy spouse here, we're moving to a new duty station.",
            "Marine Corps, deployed until the fall.",
        ],
        "es": [
            "Mi esposo está desplegado y yo manejo las cuentas.",
            "Soy militar activo, estoy destacado en el extranjero.",
            "Mi esposa está en la Guardia Nacional y está desplegada.",
        ],
        "mix": [
            "My husband está deployed y yo manejo todo.",
            "Estoy en el Army, stationed en {country}.",
        ],
    },
    "general": {
        "en": ["I've been a member since {year}.", "I have checking and the {app} card."],
        "es": ["Soy socio desde {year}.", "Tengo la cuenta y la tarjeta de {app}."],
        "mix": ["Soy member desde {year}."],
    },
}

OPEN: dict[str, dict[str, list[str]]] = {
    "dispute": {
        "en": [
            "I see a charge of {amt} from {merchant} on {date} that I didn't make. Card ending in {l4}.",
            "there's 2 charges from {merchant} for {amt} each, ref {ref}, I only ordered once",
            "Someone used my card {masked} at {merchant} in {city}?? I've never been there",
            "I want to dispute {amt} posted {date}. Merchant said a refund was issued, refund ref {order}, still nothing.",
            "charge on my statement: {merchant} {amt} {date}. not me. last 4 are {l4}",
        ],
        "es": [
            "Tengo un cargo de {amt} de {merchant} del {date} que yo no hice. La tarjeta termina en {l4}.",
            "me cobraron dos veces en {merchant}, {amt} cada uno, referencia {ref}",
            "Aparece un cargo en la tarjeta terminada en {l4} por {amt_local} que no reconozco",
            "quiero disputar un cobro de {merchant} de {amt}, pedido {order}",
        ],
        "es_ar": [
            "Che, me aparece un cargo de {amt_local} en {merchant} que no hice, la tarjeta termina en {l4}"
        ],
        "es_es": [
            "Me han cobrado {amt_local} en {merchant} y no he sido yo, tarjeta acabada en {l4}"
        ],
        "es_do": [
            "Me salió un cargo de {amt_local} de {merchant} y yo no compré na' de eso, termina en {l4}"
        ],
        "mix": [
            "tengo un charge de {amt} de {merchant} que yo no hice, card ending in {l4}",
            "hay un cargo weird de {merchant} por {amt} on {date}",
        ],
    },
    "lost": {
        "en": [
            "I lost my card, the one ending in {l4}. Can you freeze it?",
            "my wallet got stolen at {merchant} around {time}, need to block my debit card asap",
            "left my card in an Uber last night lol, can I lock it in the app?",
            "card's gone. last used {date} at {merchant} for {amt}",
        ],
        "es": [
            "Perdí mi tarjeta, la que termina en {l4}. ¿La pueden bloquear?",
            "me robaron la cartera en {merchant} como a las {time}, necesito bloquear la tarjeta",
            "no encuentro la tarjeta, la última vez la usé el {date}",
        ],
        "es_pr": ["Mano, se me perdió la tarjeta ayer en {city}, termina en {l4}"],
        "es_do": ["Se me perdió la tarjeta, e' la que termina en {l4}, bloquéenla por favor"],
        "es_ar": ["Perdí la tarjeta de débito, fijate si la pueden bloquear, termina en {l4}"],
        "mix": [
            "perdí mi card, the one ending in {l4}, can you block it?",
            "me robaron la wallet en {merchant}, need to freeze la tarjeta",
        ],
    },
    "declined": {
        "en": [
            "my card keeps getting declined at {merchant}, {amt}, balance is fine",
            "declined at the pump again, card {masked}, what's going on",
            "why was my payment of {amt} to {merchant} declined on {date} at {time}?",
        ],
        "es": [
            "me rechazan la tarjeta en {merchant}, {amt}, y tengo balance",
            "la tarjeta {masked} fue declinada hoy a las {time}",
            "por qué me declinaron un pago de {amt} en {merchant}?",
        ],
        "es_ar": ["me rebota la tarjeta en {merchant}, {amt_local}, y tengo saldo"],
        "mix": [
            "me declinaron la card en {merchant} por {amt}, why??",
            "la tarjeta got declined otra vez en {merchant}",
        ],
    },
    "activate": {
        "en": [
            "got my new card in the mail, how do I activate it? it's the one ending {l4}",
            "the replacement card came (tracking {usps}) but the activation line {tollfree} just hangs up",
            "new card arrived, expires {exp}, do I need to activate before using it?",
        ],
        "es": [
            "me llegó la tarjeta nueva, cómo la activo? termina en {l4}",
            "la tarjeta de reemplazo llegó hoy, número de rastreo {usps}, pero no puedo activarla",
            "llamé al {tollfree} para activar la tarjeta y no contestan",
        ],
        "mix": [
            "me llegó la new card, how do I activate it?",
            "la replacement card llegó pero no la puedo activar",
        ],
    },
    "login": {
        "en": [
            "can't log into the {app} app, it says my session expired every time",
            "the app keeps asking me for a verification code but I never get the text, my number is {phone}",
            "new phone, can't get into online banking",
            "login loop on the app since {date}, username {username}",
        ],
        "es": [
            "no puedo entrar al app de {app}, me dice sesión expirada",
            "el app me pide un código pero nunca me llega el texto, mi número es {phone}",
            "cambié de teléfono y no puedo entrar a la banca en línea",
        ],
        "es_ar": [
            "no puedo entrar a la app, me pide un código y no me llega nada, mi cel es {phone_intl}"
        ],
        "es_es": ["no consigo entrar en la app desde el móvil nuevo, mi número es {phone_intl}"],
        "mix": [
            "no puedo hacer login en el app, keeps asking for a code",
            "el app me dice wrong password y yo sé que está bien",
        ],
    },
    "locked": {
        "en": [
            "I'm locked out after too many tries, username is {username}",
            "account locked?? I reset my password on {date} and now it's locked again",
            "online banking says 'account temporarily locked', ticket {ticket}",
        ],
        "es": [
            "me bloquearon la cuenta por intentos fallidos, mi usuario es {username}",
            "tengo la cuenta bloqueada desde el {date}",
            "el app dice cuenta bloqueada temporalmente",
        ],
        "mix": [
            "me locked out del online banking, usuario {username}",
            "la cuenta está locked desde el {date}",
        ],
    },
    "pin": {
        "en": [
            "I need to change my PIN",
            "I forgot my PIN and the ATM ate my card at the {city} branch",
            "how do I set a PIN on the new card ending in {l4}?",
            "ATM says incorrect PIN but I've used the same one for years",
        ],
        "es": [
            "necesito cambiar el PIN",
            "se me olvidó el PIN y el cajero se tragó la tarjeta",
            "cómo pongo el NIP de la tarjeta nueva?",
            "el cajero me dice PIN incorrecto",
        ],
        "es_do": ["el cajero me dijo PIN incorrecto tres veces y ahora no funciona la vaina"],
        "es_ar": ["el cajero me dice que el PIN está mal, y es el de siempre"],
        "mix": ["necesito cambiar mi PIN, forgot it", "el ATM me dice wrong PIN"],
    },
    "tax": {
        "en": [
            "I need my 1099-K for {tax_year}. Uber says {app} should send it? I made {amt1099}",
            "got a 1099-INT from you for {amt_small} interest, is that right?",
            "my accountant needs the 1099-NEC, payer EIN {ein}, box 1 shows {amt1099}",
            "where do I download my tax forms? need the {tax_year} 1099",
        ],
        "es": [
            "necesito el 1099 del {tax_year} para los taxes, gané como {amt1099}",
            "me llegó un 1099-INT por {amt_small}, está bien eso?",
            "el contable me pide el 1099-NEC, el EIN del pagador es {ein}",
        ],
        "es_pr": ["necesito el 1099 pa' radicar la planilla, hice {amt1099} con Uber"],
        "mix": [
            "necesito mi 1099-K del {tax_year}, el tax guy lo necesita by {date}",
            "el 1099 dice {amt1099} pero yo hice menos",
        ],
    },
    "w9": {
        "en": [
            "you sent me a W-9 form to fill out, do I really need to?",
            "The W-9 asks for my TIN, I'm a sole proprietor with EIN {ein}, which do I use?",
            "got a letter saying backup withholding unless I send a W-9 by {date}",
        ],
        "es": [
            "me mandaron un formulario W-9, tengo que llenarlo?",
            "el W-9 pide el TIN, tengo un EIN {ein} por el negocio de alquiler",
            "me llegó una carta que dice que me retienen si no mando el W-9 antes del {date}",
        ],
        "mix": [
            "me mandaron el W-9 form, do I need to fill it?",
            "el W-9 pide TIN, uso mi EIN {ein}?",
        ],
    },
    "deposit": {
        "en": [
            "my direct deposit of {amt} didn't post. Employer says it was sent {date}, trace {ref}",
            "is my mobile check deposit of {amt} on hold? check # {checknum}",
            "deposit from {merchant} payroll hasn't shown up, {amt}",
        ],
        "es": [
            "mi depósito directo de {amt} no ha entrado, el patrono dice que lo mandó el {date}",
            "deposité un cheque de {amt} por el app, número de cheque {checknum}, y está en hold",
        ],
        "es_pr": ["el depósito del trabajo no ha caído, son {amt}, y ya es {date}"],
        "mix": [
            "mi direct deposit de {amt} no ha llegado, trace number {ref}",
            "deposité un check de {amt} y está on hold",
        ],
    },
    "payout": {
        "en": [
            "DoorDash payout {payout} for {amt} hasn't hit my {app} card",
            "Uber instant cashout failed, {amt}, reference {payout}, on {date} at {time}",
            "Instacart says paid {amt} on {date}, transfer id {payout}",
        ],
        "es": [
            "el pago de DoorDash {payout} por {amt} no ha llegado a la tarjeta",
            "el cash out de Uber falló, {amt}, referencia {payout}",
        ],
        "es_do": ["DoorDash me pagó {amt} y no me ha llegado na', id {payout}"],
        "es_ar": ["Rappi me liquidó {amt} el {date} y no lo veo, id {payout}"],
        "mix": [
            "el payout de DoorDash {payout} no me ha llegado, son {amt}",
            "hice cash out de Uber por {amt} y nada",
        ],
    },
    "rent": {
        "en": [
            "my tenant says she sent rent {rent} via Zelle on {date}, conf {conf}, but I don't see it",
            "can I set up a separate account for security deposits? I hold {amt_big} for 3 tenants",
            "a tenant's check for {rent} bounced, check #{checknum}, routing {routing}",
        ],
        "es": [
            "mi inquilino dice que me mandó la renta de {rent} por Zelle el {date}, confirmación {conf}",
            "un inquilino me dio un cheque de {rent} y rebotó, cheque #{checknum}",
        ],
        "es_ar": ["el inquilino me transfirió el alquiler, {amt_local}, y no lo veo"],
        "es_es": ["el inquilino dice que me ha pagado el alquiler de {rent} y no me aparece"],
        "mix": [
            "mi tenant pagó la renta {rent} by Zelle, conf {conf}, y no aparece",
            "un tenant me dio un check de {rent} que rebotó",
        ],
    },
    "address": {
        "en": [
            "Need to update our mailing address to {apo}",
            "We PCS'd, new address is {apo}. Old one was {addr}.",
            "please send the replacement card to {apo}, not my old address",
        ],
        "es": [
            "necesito cambiar la dirección postal a {apo}",
            "nos mudamos, la nueva dirección es {addr}",
            "manden la tarjeta nueva a {apo} por favor",
        ],
        "mix": ["necesito update mi address a {apo}", "we moved, la nueva dirección es {addr}"],
    },
    "travel": {
        "en": [
            "I'll be deployed from {date} to {date2}, please add a travel note for card ending {l4}",
            "going to {country} on {date}, will my card work? ending {l4}",
            "TDY to {country} for 6 weeks, leaving {date}",
        ],
        "es": [
            "me voy de viaje a {country} el {date}, quiero poner aviso de viaje en la tarjeta que termina en {l4}",
            "voy a estar desplegado del {date} al {date2}",
        ],
        "mix": [
            "me voy a {country} el {date}, can you put a travel notice?",
            "voy deployed del {date} al {date2}",
        ],
    },
    "fee": {
        "en": [
            "why was I charged a {amt_small} foreign transaction fee on {date}?",
            "overdraft fee {amt_small} on {date}, I had a {amt} deposit pending",
            "what is this {amt_small} 'card replacement fee'?",
        ],
        "es": [
            "por qué me cobraron {amt_small} de cargo por transacción internacional?",
            "me cobraron sobregiro de {amt_small} el {date}",
        ],
        "es_ar": ["me cobraron una comisión de {amt_small}, ¿por qué?"],
        "mix": [
            "me cobraron un fee de {amt_small}, why?",
            "overdraft fee de {amt_small} on {date}??",
        ],
    },
    "refund": {
        "en": [
            "{merchant} refunded {amt} on {date}, refund ID {order}, when will I see it?",
            "returned an item, UPS tracking {ups}, still no refund",
            "my textbook order {order} was cancelled but I got charged {amt}",
        ],
        "es": [
            "{merchant} me hizo un reembolso de {amt} el {date}, ID {order}",
            "devolví un paquete, rastreo UPS {ups}, y no me han devuelto el dinero",
            "cancelé el pedido {order} y me cobraron {amt}",
        ],
        "mix": [
            "{merchant} me hizo refund de {amt}, order {order}, when?",
            "devolví el package, tracking {ups}, y no refund",
        ],
    },
    "transfer": {
        "en": [
            "I sent {amt} to my mom in {city} with {app}, transfer {conf}, she says it didn't arrive",
            "wire of {amt_big} to account {acct} has been pending since {date}",
            "ACH to my landlord bounced, routing {routing} account {acct}",
        ],
        "es": [
            "le mandé {amt_local} a mi mamá en {city}, confirmación {conf}, y no le llegó",
            "la transferencia de {amt} a la cuenta {acct} está pendiente",
        ],
        "es_do": ["le mandé {amt_local} a mi mai en {city} y no le ha llegao"],
        "mix": [
            "le mandé {amt} a mi mom, transfer {conf}, y no le llegó",
            "el wire de {amt_big} está pending since {date}",
        ],
    },
    "wallet": {
        "en": [
            "How do I add my card to Apple Pay? it's the one ending in {l4}",
            "Google Pay says card not supported, {masked}",
        ],
        "es": [
            "cómo añado la tarjeta a Apple Pay? termina en {l4}",
            "Google Pay me dice que la tarjeta no es compatible",
        ],
        "mix": ["cómo pongo la card en Apple Pay?", "el Google Pay no me acepta la card {masked}"],
    },
}

INFO: dict[str, dict[str, list[str]]] = {
    "l4": {
        "en": [
            "It ends in {l4}",
            "last 4 are {l4}",
            "{l4}",
            "the one ending {l4}",
            "ending in {l4}, the {brand}",
            "last four: {l4}",
        ],
        "es": [
            "Termina en {l4}",
            "los últimos 4 son {l4}",
            "{l4}",
            "la terminada en {l4}",
            "últimos cuatro: {l4}",
        ],
        "mix": ["ends en {l4}", "la que termina in {l4}"],
    },
    "zip": {
        "en": [
            "{zip}",
            "billing zip is {zip4}",
            "zip code {zip}",
            "it should be {zip}, we moved from {zip} last year",
        ],
        "es": ["{zip}", "el código postal es {zip}", "zip {zip4}"],
        "mix": ["el zip code es {zip}"],
    },
    "dob": {
        "en": ["{dob}", "born {dob}", "DOB {dob}", "my birthday is {dob}"],
        "es": ["{dob}", "nací el {dob}", "fecha de nacimiento: {dob}"],
        "mix": ["mi birthday es {dob}"],
    },
    "addr": {
        "en": ["{addr}", "it's {addr} but I'm currently at {apo}", "mailing: {apo}"],
        "es": ["{addr}", "la dirección es {addr}", "ahora estamos en {apo}"],
        "mix": ["mi address es {addr}"],
    },
    "email": {
        "en": ["{email}", "email on file should be {email}"],
        "es": ["{email}", "el correo es {email}"],
        "mix": ["mi email es {email}"],
    },
    "phone": {
        "en": ["{myphone}", "you can reach me at {myphone}", "cell is {myphone}, work {phone}"],
        "es": ["{myphone}", "mi número es {myphone}", "llámame al {myphone}"],
        "mix": ["mi cell es {myphone}"],
    },
    "member": {
        "en": ["member number {member}", "{member}", "Member #: {member}"],
        "es": ["número de socio {member}", "{member}", "mi número de miembro es {member}"],
        "mix": ["mi member number es {member}"],
    },
    "ssn4": {
        "en": ["last 4 of my social are {ssn4}", "{ssn4}", "SSN last four {ssn4}"],
        "es": [
            "los últimos 4 del seguro social: {ssn4}",
            "{ssn4}",
            "últimos cuatro del social {ssn4}",
        ],
        "mix": ["last 4 del social: {ssn4}"],
    },
    "exp": {
        "en": ["expires {exp}", "{exp}", "exp date {exp}"],
        "es": ["vence {exp}", "{exp}", "la fecha de vencimiento es {exp}"],
        "mix": ["expira {exp}"],
    },
}

LOOK: dict[str, list[str]] = {
    "en": [
        "also my account number is {acct} if that helps, routing {routing}",
        "the order number is {order}",
        "tracking says {ups}, delivered {date}",
        "USPS tracking {usps}",
        "FedEx {fedex} shows delivered to the front desk",
        "my member number is {member}",
        "you can call me at {phone} after {time}",
        "I called {tollfree} and waited 45 min",
        "the case number they gave me was {case}",
        "ticket {ticket} from last week",
        "my zip is {zip4}",
        "it was {amt} on {date} at {time}",
        "my business EIN is {ein}",
        "Uber says the payout id is {payout} for {amt}",
        "I made {amt1099} on DoorDash in {tax_year}",
        "ref {ref}",
        "card on file shows XXXX-XXXX-XXXX-{l4}",
        "the statement says {masked} and balance {amt}",
        "confirmation {conf}",
        "my rent is {rent} due on the 1st, so this is urgent",
        "we're at {apo} until {date2}",
        "the receipt has auth code {checknum} and terminal id {fedex}",
        "transaction id {ref}, amount {amt}",
        'FYI this is the alert I got: "{cu}: A purchase of {amt} at {merchant} was made with card ending {l4} on {date}. Reply YES if this was you, NO if not."',
        "Fwd: Your {app} statement is ready. Card {masked}, new balance {amt}, minimum due {amt_small} by {date2}.",
        "---------- Forwarded message ---------\nFrom: DoorDash <no-reply@doordash.com>\nSubject: Your weekly pay\n\nYou earned {amt} this week. Transfer ID {payout}. Funds arrive in 1-3 business days.",
    ],
    "es": [
        "mi número de cuenta es {acct} por si acaso, ruta {routing}",
        "el número de orden es {order}",
        "el rastreo dice {ups}, entregado el {date}",
        "rastreo USPS {usps}",
        "mi número de socio es {member}",
        "me pueden llamar al {phone} después de las {time}",
        "llamé al {tollfree} y estuve 45 minutos esperando",
        "el número de caso que me dieron fue {case}",
        "el código postal es {zip4}",
        "fue {amt} el {date} a las {time}",
        "el EIN del negocio es {ein}",
        "Uber dice que el id del pago es {payout}",
        "hice {amt1099} con DoorDash en el {tax_year}",
        "referencia {ref}",
        "en el estado de cuenta sale {masked} y balance {amt}",
        "confirmación {conf}",
        "la renta es {rent} y vence el 1ro",
        "el id de la transacción es {ref}, por {amt}",
        'me llegó esta alerta: "{cu}: Compra de {amt} en {merchant} con tarjeta terminada en {l4} el {date}. Responda SI si fue usted."',
        "Reenviado: Su estado de cuenta está listo. Tarjeta {masked}, balance {amt}, pago mínimo {amt_small} antes del {date2}.",
    ],
    "es_ar": [
        "te paso el número de operación: {ref}",
        "el CBU no lo tengo, pero la cuenta es {acct}",
    ],
    "es_do": ["el número de referencia e' {ref}", "me cobraron {amt_local} y eso no e' mío"],
    "es_es": [
        "el número de pedido es {order}, por si os sirve",
        "me han cobrado {amt_local} el {date}",
    ],
    "mix": [
        "el order number es {order}",
        "el tracking dice {ups}",
        "mi account number es {acct}, routing {routing}",
        "el case number es {case}",
        "llamé al {tollfree} y nobody answered",
        "el payout id es {payout}",
        "mi zip es {zip4}",
        "fue {amt} on {date}",
    ],
}

TALK: dict[str, list[str]] = {
    "en": [
        "should I send my SSN here?",
        "I forgot my PIN, how do I reset it",
        "I never got the code",
        "what's a CVV?",
        "is it safe to type my card number in this chat?",
        "the app says my password expired, do I need a new one?",
        "my PIN doesn't work at the ATM",
        "I didn't get the verification text, can you resend it",
        "do you need the numbers on the back?",
        "I'm not giving you my social over WhatsApp lol",
        "why would the 1099 need my full social?",
        "the code expired before I could type it",
        "do I need my old password to set a new one?",
        "which code, the one on the back or the text one?",
        "can I change my PIN without going to a branch?",
    ],
    "es": [
        "¿les mando mi seguro social por aquí?",
        "se me olvidó el PIN",
        "nunca me llegó el código",
        "qué es el CVV?",
        "es seguro poner el número de la tarjeta aquí?",
        "no me llega el código de verificación",
        "no voy a mandar mi clave por aquí",
        "el app dice que mi contraseña expiró",
        "necesitan los números de atrás de la tarjeta?",
        "para qué quieren el seguro social completo en el 1099?",
        "el código se venció antes de ponerlo",
    ],
    "es_ar": [
        "che, ¿te tengo que pasar el código de atrás?",
        "¿la clave de la app te la tengo que dar?",
    ],
    "es_do": ["el PIN ese se me olvidó, ¿cómo lo cambio?"],
    "es_es": ["¿os tengo que mandar el código que me ha llegado?"],
    "mix": [
        "should I send mi seguro social por aquí?",
        "forgot mi PIN otra vez",
        "no me llegó el code",
        "what's el CVV?",
        "el app dice password expired",
    ],
}

REFUSE: dict[str, list[str]] = {
    "en": [
        "I'm not comfortable sharing that here.",
        "isn't that something you're never supposed to ask for?",
        "no way, the app literally says never share the code",
        "I'd rather not. Can I go to a branch instead?",
        "wait is this really {cu}?",
        "nope. I'll call {tollfree} instead.",
    ],
    "es": [
        "No me siento cómodo dando eso por aquí.",
        "eso no se supone que no lo pidan nunca?",
        "prefiero ir a la sucursal",
        "¿de verdad son de {cu}?",
        "no, eso no lo doy por chat",
    ],
    "es_ar": ["ni loco te paso eso, che", "mmm no, eso no te lo paso"],
    "es_do": ["no mi hermano, eso no se da por aquí"],
    "es_es": ["no, eso no os lo voy a dar por aquí"],
    "mix": ["no, eso no lo comparto por chat, sorry", "wait, ustedes no piden eso, right?"],
}

PHISH_FWD: dict[str, list[str]] = {
    "en": [
        'I got this text, is it you? "{cu} ALERT: your card ending {l4} is locked. Reply with your PIN and CVV to unlock or call {phone}"',
        "Got a WhatsApp from someone saying they're {cu} asking for my full card number and the code they sent me. Scam?",
        "someone called from {phone} saying they were from the fraud dept and wanted my online banking password. I hung up",
        'this came by email: "Dear Member, verify your SSN and PIN within 24 hours at {cu}-secure-login.com". fake right?',
    ],
    "es": [
        'Me llegó este mensaje: "{cu}: Su tarjeta terminada en {l4} ha sido suspendida. Responda con su PIN para reactivarla." ¿Es real?',
        "alguien me escribió por WhatsApp diciendo que era de {cu} y me pidió el código que me llegó, no se lo di",
        "me llamaron del {phone} diciendo que eran del banco y me pidieron el seguro social, colgué",
    ],
    "es_ar": [
        "me escribieron por WhatsApp haciéndose pasar por ustedes, pedían el código del SMS y la clave. ¿Es trucho, no?"
    ],
    "mix": [
        'me llegó un text que dice "verify your account, send your SSN and PIN", is it legit?',
        "alguien me llamó del {phone} pidiendo el card number, scam?",
    ],
}

THANKS: dict[str, list[str]] = {
    "en": [
        "thanks!",
        "ok thank you so much",
        "perfect, appreciate it 🙏",
        "got it, thx",
        "ok cool",
        "great, have a good one",
        "ty",
        "that worked, thanks",
    ],
    "es": ["gracias!", "muchas gracias", "ok perfecto", "gracias por la ayuda", "listo, gracias"],
    "es_ar": ["dale, genial, gracias!", "buenísimo, gracias"],
    "es_do": ["ta bien, gracias", "ok mi hermano, gracias"],
    "es_pr": ["wepa, gracias mil", "brutal, gracias"],
    "es_es": ["vale, muchas gracias", "genial, gracias"],
    "mix": ["ok thank you, gracias!", "perfecto, thanks", "ok listo, thx"],
}

WAIT_C: dict[str, list[str]] = {
    "en": [
        "one sec",
        "ok let me check",
        "hold on",
        "hang on, getting my wallet",
        "ok",
        "wait",
        "brb",
    ],
    "es": ["un momento", "ok déjame ver", "espera", "dame un segundo", "ok"],
    "es_ar": ["aguantá un toque", "dale, esperá"],
    "es_do": ["espérate un chin"],
    "mix": ["un sec", "ok let me ver", "hold on, un momento"],
}

VOICE_CLEAN: dict[str, list[str]] = {
    "en": [
        "[voice note] hi yeah I'm calling about the charge of {amt} on {date} I didn't make that",
        "[voice note] I never got the cold, can you send it again to {phone}",
        "[voice note] so uh my door dash pay out didn't come through, it was like {amt}",
        "[voice note] hey it's {name} again, the card ending {l4} still isn't working at the gas station",
        "[voice note] yeah we're moving overseas so the new address is gonna be the APO, I'll type it",
    ],
    "es": [
        "[voice note] mira te cuento que el depósito de {amt} no me ha llegado y ya es {date}",
        "[nota de voz] hola sí, es que la tarjeta que termina en {l4} no me funciona en el cajero",
        "[voice note] oye el código nunca me llegó, mi número es {phone}",
        "[nota de voz] buenas, le escribo por lo del cargo de {merchant} que no reconozco",
    ],
    "es_ar": ["[voice note] che, fijate que el pago de Rappi no me entró, eran {amt_local}"],
    "es_do": ["[voice note] mira, e' que la tarjeta no me pasa en el colmado desde el {date}"],
    "mix": ["[voice note] hola, so el payout de Uber no llegó, it was like {amt}"],
}

OOPS: dict[str, list[str]] = {
    "en": [
        "oh sorry, didn't know",
        "oops ok",
        "my bad",
        "ok won't do that again",
        "ah ok, should I change it now?",
    ],
    "es": ["ay perdón, no sabía", "ups ok", "ok, no lo vuelvo a hacer", "ah ok, ¿lo cambio ahora?"],
    "es_ar": ["uy, perdón, no sabía"],
    "mix": ["oops sorry, no sabía", "ok my bad"],
}


# --------------------------------------------------------------------------------------
# Customer templates: secrets
# --------------------------------------------------------------------------------------

C_CARD: dict[str, list[str]] = {
    "en": [
        "my card number is {card}",
        "card: {card}",
        "{card}",
        "The full number is {card}, expiration {exp}.",
        "it's the {brand} one: {card}",
        "number on the front is {card}",
        "the new card they mailed me is {card}, the old one ending in {l4b} was closed",
        "I'll just type it so you can find it: {card}",
        "ok here {card}",
        "It's {card} exp {exp}",
        "card # {card}\nexp {exp}\nzip {zip}",
        "the charge was on {card}, {amt} at {merchant}",
        "{card} is the card that got charged",
    ],
    "es": [
        "mi tarjeta es {card}",
        "el número de la tarjeta: {card}",
        "la tarjeta es la {card}, la {brand}",
        "te paso el número: {card}",
        "número completo {card}",
        "es esta {card} vence {exp}",
        "aquí está: {card}",
        "la del cargo es {card}",
    ],
    "es_ar": ["te paso la tarjeta, es {card}, vence {exp}", "dale, la tarjeta es {card}"],
    "es_do": ["la tarjeta e' {card}", "mira, {card}, esa e' la mía"],
    "es_pr": ["Wepa, el número es {card}, expira {exp}", "la tarjeta es {card} mano"],
    "es_es": ["el número de la tarjeta es {card}, caduca el {exp}", "os paso la tarjeta: {card}"],
    "mix": [
        "ok the card es {card} y expira {exp}",
        "mi card number is {card}",
        "la card es {card}, the {brand}",
        "aquí va: {card}",
    ],
}

C_CARD_FULL: dict[str, list[str]] = {
    "en": [
        "here's the card {card} exp {exp} cvv {cvv}",
        "ok its {card} {exp} {cvv}",
        "Card# {card} Exp {exp} CVV {cvv} Zip {zip}",
        "card {card} / {exp} / {cvv}",
        "{card}|{exp}|{cvv}",
        "{card} exp. {exp}, security code {cvv}",
        "number {card}, expires {exp}, the 3 digits on the back are {cvv}",
    ],
    "es": [
        "aquí está {card} vence {exp} código {cvv}",
        "tarjeta {card} vencimiento {exp} cvv {cvv}",
        "{card} - {exp} - {cvv}",
        "es la {card}, vence {exp} y el código de atrás es {cvv}",
    ],
    "es_ar": ["tarjeta {card}, vto {exp}, código de seguridad {cvv}"],
    "es_es": ["tarjeta {card}, caducidad {exp}, CVV {cvv}"],
    "mix": [
        "aquí te va el card: {card}, exp {exp}, CVV {cvv}",
        "card {card} expira {exp} security code {cvv}",
    ],
}

C_CARD_AMEX: dict[str, list[str]] = {
    "en": [
        "Amex {card}, the 4 digits on the front are {cid}",
        "it's an amex: {card} and the little code on the front says {cid}",
        "{card} CID {cid}",
    ],
    "es": [
        "Es una Amex: {card}, el código de 4 dígitos del frente es {cid}",
        "Amex {card}, código {cid} (el del frente)",
    ],
    "mix": ["es Amex, {card}, y el code del frente es {cid}"],
}

C_CARD_OVERSHARE: dict[str, list[str]] = {
    "en": [
        "here's the whole thing so you have it: {card}",
        "oh just the last 4? well it's {card}",
        "{card} (the last 4 are at the end lol)",
        "easier if I send all of it: {card}",
    ],
    "es": [
        "te mando el número entero mejor: {card}",
        "los últimos 4? aquí está todo: {card}",
        "mejor te paso todo {card}",
    ],
    "mix": ["mejor te mando todo: {card}", "here, el número entero {card}"],
}

C_CVV: dict[str, list[str]] = {
    "en": [
        "cvv is {cvv}",
        "the 3 numbers on the back are {cvv}",
        "security code {cvv}",
        "CVC: {cvv}",
        "back of the card says {cvv}",
        "{cvv} is the code on the back",
        "cvv {cvv}",
    ],
    "es": [
        "el código de seguridad es {cvv}",
        "el código de atrás: {cvv}",
        "los 3 números de atrás son {cvv}",
        "cvv {cvv}",
        "el cvv es {cvv}",
    ],
    "es_ar": ["los numeritos de atrás son {cvv}"],
    "es_es": ["el CVV es {cvv}"],
    "mix": ["el security code es {cvv}", "the code de atrás es {cvv}"],
}

C_CID: dict[str, list[str]] = {
    "en": [
        "it's an Amex so the code is on the front: {cid}",
        "CID {cid}",
        "the 4 digit code on the front is {cid}",
    ],
    "es": ["es Amex, el código del frente es {cid}", "el código de 4 dígitos es {cid}"],
    "mix": ["es Amex, el code es {cid}"],
}

C_SSN: dict[str, list[str]] = {
    "en": [
        "my social is {ssn}",
        "SSN: {ssn}",
        "ssn {ssn}",
        "social security number {ssn}",
        "it's {ssn}, that's my social",
        "Social Security # {ssn}",
        "ok my ssn is {ssn}",
    ],
    "es": [
        "mi seguro social es {ssn}",
        "número de seguro social: {ssn}",
        "el social mío es {ssn}",
        "SSN {ssn}",
        "seguro social {ssn}",
    ],
    "es_pr": ["el seguro social es {ssn}, mano"],
    "es_do": ["mi social e' {ssn}"],
    "mix": ["mi social security es {ssn}", "el SSN es {ssn}", "mi social es {ssn} ok?"],
}

C_SSN_FORM: dict[str, list[str]] = {
    "en": [
        "here's my SSN for the W-9: {ssn}",
        "for the 1099 they need my SSN which is {ssn}",
        "W-9 line 'Social security number': {ssn}. EIN left blank.",
        "my accountant said put the SSN {ssn} on the 1099-NEC instead of the EIN {ein}",
        "TIN = SSN {ssn} (I'm a sole prop, no EIN)",
    ],
    "es": [
        "para el W-9 mi seguro social {ssn}",
        "el 1099 tiene que ir con mi número de seguro social {ssn}",
        "en el W-9 pongo el social {ssn}, no tengo EIN",
    ],
    "mix": ["el SSN es {ssn} for the 1099", "para el W-9 form, mi social es {ssn}"],
}

C_SSN_OVERSHARE: dict[str, list[str]] = {
    "en": [
        "the whole thing is {ssn}",
        "just take all of it, {ssn}",
        "my SSN is {ssn} so the last 4 are at the end",
    ],
    "es": ["el número completo es {ssn}", "te doy todo mejor: {ssn}"],
    "mix": ["mejor todo: {ssn}"],
}

C_OTP: dict[str, list[str]] = {
    "en": [
        "the code is {otp}",
        "got it: {otp}",
        "{otp}",
        "code {otp}",
        "verification code {otp}",
        "ok the text says {otp}",
        "it says {otp}",
        "just got {otp}",
    ],
    "es": [
        "el código es {otp}",
        "me llegó {otp}",
        "el código que me llegó por texto: {otp}",
        "código de verificación {otp}",
        "{otp}",
        "me dice {otp}",
    ],
    "es_ar": ["me llegó el código, es {otp}"],
    "es_do": ["el código e' {otp}"],
    "mix": ["el code es {otp}", "me llegó el code {otp}", "the código is {otp}"],
}

C_OTP_TWO: dict[str, list[str]] = {
    "en": [
        "first code was {otp} but it expired, new one is {otp2}",
        "I got two texts, {otp} and {otp2}, which one?",
    ],
    "es": [
        "el primer código fue {otp} pero se venció, el nuevo es {otp2}",
        "me llegaron dos, {otp} y {otp2}",
    ],
    "mix": ["me llegaron dos codes: {otp} y {otp2}"],
}

C_OTP_PASTE: dict[str, list[str]] = {
    "en": [
        "I got it, it's {otp}",
        "the app won't take it, it's {otp}",
        "{otp} - can you just enter it for me?",
        "typed {otp} and it says invalid",
    ],
    "es": [
        "ya me llegó, es {otp}",
        "el app no lo acepta, es {otp}",
        "{otp}, me lo puedes poner tú?",
    ],
    "mix": ["me llegó, es {otp}", "el app no acepta el {otp}"],
}

C_OTP_SMS: dict[str, list[str]] = {
    "en": [
        'this is what I got: "{cu}: {otp} is your verification code. We will never call to ask for it. Reply STOP to opt out"',
        "fwd from {shortcode}:\n{app} code: {otp}. Valid {mins} min. Don't share it with anyone.",
        'the text from {shortcode} says "Your one-time passcode is {otp}"',
        "Msg: {cu} security code {otp} for login on {date}. If this wasn't you call {tollfree}",
    ],
    "es": [
        'me llegó esto: "{cu}: Su código de verificación es {otp}. No lo comparta con nadie."',
        "reenviado de {shortcode}:\n{app}: tu código es {otp}. Vence en {mins} minutos.",
        'el mensaje dice "Código de acceso {otp}"',
    ],
    "mix": ['me llegó este text: "{app} code: {otp}"', "el SMS dice: Your {app} code is {otp}"],
}

C_OTP_MAIL: dict[str, list[str]] = {
    "en": [
        "Is this legit? See below.\n\n---------- Forwarded message ---------\nFrom: {app} <no-reply@{domain}>\nDate: {date}\nSubject: Your sign-in code\nTo: <{email}>\n\nHi {name},\nUse {otp} to sign in. It expires in {mins} minutes.\nIf you didn't request this, call {tollfree}.",
        "Forwarding the email I got:\n\nBegin forwarded message:\n> From: {cu} Alerts\n> Subject: Verification code\n> Your code is {otp}\n\nI didn't request it.",
    ],
    "es": [
        "¿Esto es de ustedes?\n\n---------- Mensaje reenviado ---------\nDe: {app} <no-reply@{domain}>\nFecha: {date}\nAsunto: Tu código de acceso\n\nHola {name},\nTu código es {otp}. Vence en {mins} minutos.",
    ],
    "mix": [
        "Me llegó este email, is it legit?\n\n-----Forwarded-----\nFrom: {app}\nSubject: Your code\n\nYour verification code is {otp}"
    ],
}

C_PW: dict[str, list[str]] = {
    "en": [
        "my password is {pw}",
        "pw: {pw}",
        "password: {pw}",
        "I set the password to {pw} and it still says wrong",
        "user {username} pass {pw}",
        "it's {username} / {pw}",
        'my password is "{pw}" without the quotes',
        "I'm typing {pw} as the password, is that wrong?",
        "login {email}\npassword {pw}",
    ],
    "es": [
        "mi contraseña es {pw}",
        "contraseña: {pw}",
        "la clave de acceso es {pw}",
        "mi clave del app es {pw}",
        "usuario {username} y contraseña {pw}",
        "pongo {pw} de contraseña y me dice incorrecta",
    ],
    "es_ar": ["la clave de la app es {pw}, fijate"],
    "es_es": ["la contraseña que tengo es {pw}"],
    "mix": ["mi password es {pw}", "el pw es {pw}", "mi login es {username} y el password {pw}"],
}

C_PW_CHANGE: dict[str, list[str]] = {
    "en": [
        "I changed it from {pw} to {pw2} yesterday",
        "old password {pw}, new one {pw2}, neither works",
    ],
    "es": ["la cambié de {pw} a {pw2} ayer", "la contraseña vieja era {pw} y la nueva {pw2}"],
    "mix": ["cambié el password de {pw} a {pw2}"],
}

C_PIN: dict[str, list[str]] = {
    "en": [
        "my PIN is {pin}",
        "pin {pin}",
        "the ATM PIN is {pin}",
        "I tried {pin} as my PIN",
        "PIN: {pin}",
        "I've always used {pin} as the pin",
        "my debit PIN is {pin}, it says incorrect",
    ],
    "es": [
        "mi PIN es {pin}",
        "el NIP es {pin}",
        "la clave del cajero es {pin}",
        "el PIN del cajero es {pin}",
        "mi clave es {pin}",
        "puse el PIN {pin} y no funciona",
    ],
    "es_do": ["el pin e' {pin}"],
    "es_ar": ["el PIN es {pin}, el de siempre"],
    "mix": ["mi PIN es {pin}", "el PIN del ATM es {pin}", "my pin es {pin}"],
}

C_PIN_CHANGE: dict[str, list[str]] = {
    "en": [
        "I want to change my PIN from {pin} to {pin2}",
        "old PIN {pin}, new PIN {pin2}",
        "can you set the new pin to {pin2}? current is {pin}",
    ],
    "es": [
        "quiero cambiar el PIN de {pin} a {pin2}",
        "PIN viejo {pin}, el nuevo {pin2}",
        "pónganme el PIN {pin2}, el actual es {pin}",
    ],
    "es_ar": ["cambiame el PIN de {pin} a {pin2}"],
    "mix": ["quiero change el PIN de {pin} a {pin2}"],
}

VOICE_SECRET: dict[str, dict[str, list[str]]] = {
    "otp": {
        "en": [
            "[voice note] hey so the cold they just texted me is {votp} I think, can you check",
            "[voice note] ok the code is {votp}, did it go through",
            "[voice note] yeah I got the text it says {votp}",
        ],
        "es": [
            "[voice note] el código que me llegó es {votp}",
            "[nota de voz] sí mira, me llegó el código, es {votp}",
            "[voice note] el coro que me mandaron es {votp}",
        ],
        "mix": ["[voice note] ok el code es {votp}, ya me llegó"],
    },
    "card": {
        "en": [
            "[voice note] okay um my card number is {vcard} and uh it expires {exp}",
            "[voice note] the card is {vcard}, the one from the credit union",
        ],
        "es": [
            "[voice note] hola sí mira la tarjeta es {vcard} y vence el {exp}",
            "[nota de voz] el número de la tarjeta es {vcard}",
        ],
        "mix": ["[voice note] ok so la tarjeta es {vcard}"],
    },
    "pin": {
        "en": [
            "[voice note] yeah the pin number I use is {vpin} but it's not working at the atm",
            "[voice note] my pin is {vpin}, pen, I mean PIN",
        ],
        "es": [
            "[voice note] el pin del cajero es {vpin} pero no me funciona",
            "[nota de voz] la clave del cajero es {vpin}",
        ],
        "mix": ["[voice note] mi PIN es {vpin}, it's not working"],
    },
    "cvv": {
        "en": [
            "[voice note] the three numbers in the back say {vcvv}",
            "[voice note] see vee vee is {vcvv}",
        ],
        "es": [
            "[voice note] los tres números de atrás son {vcvv}",
            "[nota de voz] el código de seguridad es {vcvv}",
        ],
        "mix": ["[voice note] el code de atrás es {vcvv}"],
    },
    "ssn": {
        "en": [
            "[voice note] my social is {vssn} for the ten ninety nine thing",
            "[voice note] ok social security number {vssn}",
        ],
        "es": [
            "[voice note] mi seguro social es {vssn} pa'l formulario",
            "[nota de voz] el número de seguro social es {vssn}",
        ],
        "mix": ["[voice note] mi social es {vssn} for the 1099"],
    },
}

SPLIT_LEAD: dict[str, list[str]] = {
    "en": [
        "ok typing the card",
        "hold on let me read it off the card",
        "one sec the numbers are faded",
        "ok here goes",
    ],
    "es": ["ok te escribo la tarjeta", "espera que la leo", "a ver, los números están borrosos"],
    "mix": ["ok, te escribo el card number", "espera, let me read it"],
}
SPLIT_FIRST: dict[str, list[str]] = {
    "en": ["{part}", "card is {part}", "{part}...", "it's {part}", "starts {part}"],
    "es": ["{part}", "la tarjeta es {part}", "es {part}", "empieza {part}"],
    "mix": ["{part}", "la card es {part}"],
}
SPLIT_MID: dict[str, list[str]] = {
    "en": ["{part}", "then {part}", "{part}", "next {part}"],
    "es": ["{part}", "luego {part}", "y {part}"],
    "mix": ["{part}", "then {part}"],
}
SPLIT_LAST: dict[str, list[str]] = {
    "en": [
        "{part}",
        "{part} that's it",
        "last part {part}",
        "{part} exp {exp}",
        "and {part}",
        "{part} cvv {cvv}",
    ],
    "es": [
        "{part}",
        "{part} ya",
        "y {part}",
        "{part} vence {exp}",
        "el resto: {part}",
        "{part} listo",
    ],
    "mix": ["{part} that's it", "y {part}", "{part} ya"],
}


# --------------------------------------------------------------------------------------
# Agent and assistant templates
# --------------------------------------------------------------------------------------

A_GREET: dict[str, list[str]] = {
    "en": [
        "Hi {name}, this is {agent} from {cu} Member Services. How can I help today?",
        "Thanks for reaching out to {cu}! I'm {agent}. What can I do for you?",
        "Hello! You're chatting with {agent}. What's going on?",
        "Hi {name}, {agent} here. Sorry to hear about the trouble, let's take a look.",
    ],
    "es": [
        "Hola {name}, le saluda {agent} de {cu}. ¿En qué le puedo ayudar?",
        "¡Hola! Soy {agent}, de servicio al socio de {cu}. ¿Cómo te ayudo?",
        "Buenas, le atiende {agent}. Cuénteme qué pasó.",
    ],
    "es_ar": [
        "Hola {name}, te habla {agent} de {cu}. ¿En qué te puedo ayudar?",
        "¡Hola! Soy {agent}. Contame qué pasó.",
    ],
    "es_es": ["Hola {name}, soy {agent} de {cu}. Cuéntame, ¿qué ha pasado?"],
    "mix": [
        "Hi {name}! Soy {agent} de {cu}, how can I help?",
        "Hola {name}, this is {agent}. ¿En qué te ayudo?",
    ],
}

B_GREET: dict[str, list[str]] = {
    "en": [
        "Hi {name}! I'm {bot}, {app}'s AI assistant 🤖. I can help with cards, payouts and transfers. What's going on?",
        "Hey there! {bot} here. Tell me what you need and I'll do my best.",
        "Hi! I'm {bot}, your virtual assistant. I can't see your full card details, but I can help with most things.",
    ],
    "es": [
        "¡Hola {name}! Soy {bot}, el asistente virtual de {app} 🤖. ¿En qué te puedo ayudar?",
        "¡Hola! Soy {bot}. Cuéntame qué necesitas.",
    ],
    "es_ar": ["¡Hola {name}! Soy {bot}, el asistente de {app}. Contame en qué te ayudo."],
    "mix": ["Hi! Soy {bot}, tu asistente de {app}. How can I help?"],
}

A_ACK: dict[str, list[str]] = {
    "en": [
        "Let me check that for you.",
        "One moment please.",
        "Thanks, looking into it now.",
        "Got it. Give me a minute to pull up the account.",
        "Okay, checking.",
    ],
    "es": [
        "Déjeme revisar.",
        "Un momento por favor.",
        "Gracias, lo estoy verificando.",
        "Perfecto, deme un minuto.",
    ],
    "es_ar": ["Dale, ya me fijo.", "Bancame un minuto que lo reviso."],
    "mix": ["Ok, déjame check.", "Un momento, looking into it."],
}

A_CONTINUE: dict[str, list[str]] = {
    "en": [
        "Wait, please don't type the full number here!",
        "Please stop, we only need the last 4.",
        "ok",
        "Hold on please.",
    ],
    "es": [
        "¡Espere, no escriba el número completo aquí!",
        "Por favor no siga, solo necesitamos los últimos 4.",
        "ok",
    ],
    "mix": ["Wait, no mande el número completo!"],
}

A_LEGIT: dict[str, dict[str, list[str]]] = {
    "l4": {
        "en": [
            "Can you confirm the last 4 digits of the card?",
            "Which card is it? Just the last four is enough.",
            "To find it, please send only the last 4 numbers of the card (never the full number).",
            "What are the last four digits on the card?",
        ],
        "es": [
            "¿Me confirma los últimos 4 dígitos de la tarjeta?",
            "¿Cuál tarjeta es? Con los últimos cuatro basta.",
            "Envíe solo los últimos 4 números de la tarjeta, nunca el número completo.",
        ],
        "es_ar": [
            "¿Me pasás los últimos 4 de la tarjeta?",
            "Decime los últimos cuatro números de la tarjeta, solo esos.",
        ],
        "mix": ["Can you confirm los últimos 4 de la card?", "Dame solo los last 4, please."],
    },
    "zip": {
        "en": [
            "What's the billing ZIP code on the account?",
            "Please confirm the ZIP code we have on file.",
        ],
        "es": [
            "¿Cuál es el código postal de facturación?",
            "Confírmeme el código postal que tenemos registrado.",
        ],
        "es_ar": ["Pasame el código postal de facturación."],
        "mix": ["¿Me das tu ZIP code?"],
    },
    "dob": {
        "en": ["Could you confirm your date of birth?", "For verification, what's your DOB?"],
        "es": [
            "¿Me confirma su fecha de nacimiento?",
            "Para verificar, ¿cuál es su fecha de nacimiento?",
        ],
        "es_ar": ["¿Me decís tu fecha de nacimiento?"],
        "mix": ["Para verificar, what's your date of birth?"],
    },
    "addr": {
        "en": [
            "What's the mailing address on file?",
            "Please confirm the street address on the account.",
            "Where should we mail the replacement card?",
        ],
        "es": [
            "¿Cuál es la dirección postal registrada?",
            "¿A qué dirección le enviamos la tarjeta nueva?",
        ],
        "mix": ["What's la dirección postal on file?"],
    },
    "email": {
        "en": ["What email address is on the account?"],
        "es": ["¿Qué correo electrónico tiene en la cuenta?"],
        "mix": ["¿Cuál es tu email on file?"],
    },
    "phone": {
        "en": [
            "What's the best phone number to reach you?",
            "Can you confirm the mobile number on file?",
        ],
        "es": ["¿A qué número le podemos llamar?", "¿Me confirma el número de celular registrado?"],
        "mix": ["What's el mejor número para llamarte?"],
    },
    "member": {
        "en": [
            "Could you share your member number? It's printed on your statement.",
            "What's your member number?",
        ],
        "es": [
            "¿Me da su número de socio? Aparece en el estado de cuenta.",
            "¿Cuál es su número de miembro?",
        ],
        "mix": ["¿Me das tu member number?"],
    },
    "exp": {
        "en": [
            "What's the expiration date on the card? Month and year only.",
            "Can you tell me when the card expires?",
        ],
        "es": [
            "¿Cuál es la fecha de vencimiento de la tarjeta? Solo mes y año.",
            "¿Cuándo vence la tarjeta?",
        ],
        "mix": ["What's la fecha de expiración de la card?"],
    },
    "ssn4": {
        "en": [
            "Please confirm the last four digits of your SSN.",
            "For identity verification, I just need the last 4 of your Social.",
            "Could you give me the last 4 of your social security number? Only the last 4, please.",
        ],
        "es": [
            "Confírmeme los últimos cuatro dígitos de su seguro social.",
            "Para verificar su identidad solo necesito los últimos 4 del seguro social.",
        ],
        "es_ar": ["Pasame solo los últimos 4 del seguro social."],
        "mix": ["Solo necesito los last 4 de tu social."],
    },
    "multi": {
        "en": [
            "To verify you, please send your full name, date of birth and billing ZIP.",
            "Please confirm: 1) last 4 of the card, 2) ZIP code, 3) date of birth.",
            "Before I make changes I need:\n- your member number\n- the last 4 of your SSN\n- the email on file",
        ],
        "es": [
            "Para verificarle, envíe su nombre completo, fecha de nacimiento y código postal.",
            "Confirme por favor: 1) últimos 4 de la tarjeta, 2) código postal, 3) fecha de nacimiento.",
        ],
        "mix": ["Para verificar, send me tu nombre, DOB y ZIP code."],
    },
}

FORBID: dict[str, list[Ask]] = {
    "en": [
        (
            "Please send the full card number so I can pull up the account.",
            frozenset({CC}),
            "ask_direct",
        ),
        ("What's the card number?", frozenset({CC}), "ask_direct"),
        (
            "Could you kindly provide the complete 16-digit number on the front of your card?",
            frozenset({CC}),
            "ask_polite",
        ),
        (
            "Would you mind typing the whole card number for me? Thanks!",
            frozenset({CC}),
            "ask_polite",
        ),
        (
            "Can you read me the long number on the front of the card?",
            frozenset({CC}),
            "ask_indirect",
        ),
        ("And the three numbers on the back?", frozenset({CVV}), "ask_indirect"),
        (
            "What are the numbers on the back of the card, by the signature strip?",
            frozenset({CVV}),
            "ask_indirect",
        ),
        (
            "I'll also need the CVV to confirm the card is in your possession.",
            frozenset({CVV}),
            "ask_direct",
        ),
        ("Please provide the security code (CVV/CVC) on the back.", frozenset({CVV}), "ask_polite"),
        (
            "If it's the Amex, please send the 4-digit code printed on the front.",
            frozenset({CVV}),
            "ask_indirect",
        ),
        (
            "Please type your full Social Security number so I can pull your 1099.",
            frozenset({SSN}),
            "ask_direct",
        ),
        ("For the W-9 I need your complete SSN, all 9 digits.", frozenset({SSN}), "ask_direct"),
        (
            "Could you send me your social? I need it to open the case.",
            frozenset({SSN}),
            "ask_indirect",
        ),
        (
            "I just texted you a 6-digit code. Can you tell me what it says?",
            frozenset({OTP}),
            "ask_direct",
        ),
        ("What's the verification code you just got?", frozenset({OTP}), "ask_direct"),
        ("Read me the code from the text when it arrives.", frozenset({OTP}), "ask_indirect"),
        (
            "What password are you using? I can check whether it's correct.",
            frozenset({PW}),
            "ask_direct",
        ),
        (
            "Please type your current password here so I can reset it from my side.",
            frozenset({PW}),
            "ask_polite",
        ),
        ("What do you type when you log in to the app?", frozenset({PW}), "ask_indirect"),
        ("What's your PIN? I'll verify it against our system.", frozenset({PIN}), "ask_direct"),
        ("Can you confirm your current 4-digit PIN?", frozenset({PIN}), "ask_polite"),
        ("What number do you punch in at the ATM?", frozenset({PIN}), "ask_indirect"),
        (
            "To process the dispute I need:\n1. Full name\n2. Card number\n3. Expiration date\n4. CVV\n5. Billing ZIP",
            frozenset({CC, CVV}),
            "ask_list",
        ),
        (
            "Please reply with the following:\n- card number\n- PIN\n- date of birth",
            frozenset({CC, PIN}),
            "ask_list",
        ),
        (
            "Thanks for the details about the {amt} charge. I've opened case {case}. To move this forward, kindly send the full card number along with the security code, and we'll have it filed within {days}.",
            frozenset({CC, CVV}),
            "ask_midpara",
        ),
        (
            "I understand how frustrating this is. I checked and the payout {payout} shows as sent on our end. If you can share the code we texted you and your online banking password, I can look deeper.",
            frozenset({OTP, PW}),
            "ask_midpara",
        ),
        (
            "I still need the code from the text to continue, otherwise the account stays locked.",
            frozenset({OTP}),
            "ask_pushy",
        ),
        (
            "Without the CVV I can't finish verification. Please send it so we can close this out today.",
            frozenset({CVV}),
            "ask_pushy",
        ),
        (
            "Just checking in again - I'll need that PIN before I can unlock the card.",
            frozenset({PIN}),
            "ask_pushy",
        ),
        (
            "I need the full SSN, the last four isn't enough for this request.",
            frozenset({SSN}),
            "ask_pushy",
        ),
        (
            "Your 1099 is ready once we confirm your identity. Reply with your Social Security number and date of birth.",
            frozenset({SSN}),
            "ask_direct",
        ),
    ],
    "es": [
        ("Por favor envíeme el número completo de la tarjeta.", frozenset({CC}), "ask_direct"),
        ("¿Cuál es el número de la tarjeta?", frozenset({CC}), "ask_direct"),
        ("¿Me puede dictar los 16 dígitos de la tarjeta?", frozenset({CC}), "ask_polite"),
        ("¿Y los tres números de atrás?", frozenset({CVV}), "ask_indirect"),
        (
            "Necesito el código de seguridad de la tarjeta para confirmar.",
            frozenset({CVV}),
            "ask_direct",
        ),
        ("¿Me confirma el código de atrás de la tarjeta?", frozenset({CVV}), "ask_polite"),
        (
            "Necesito su número de seguro social completo para el 1099.",
            frozenset({SSN}),
            "ask_direct",
        ),
        ("¿Me puede dar su seguro social? Es para verificar.", frozenset({SSN}), "ask_polite"),
        (
            "Le acabo de enviar un código por mensaje de texto, ¿me lo puede decir?",
            frozenset({OTP}),
            "ask_direct",
        ),
        ("¿Cuál es el código de verificación que le llegó?", frozenset({OTP}), "ask_direct"),
        ("¿Cuál es su contraseña actual? La reviso desde aquí.", frozenset({PW}), "ask_direct"),
        ("Escríbame su clave de acceso para revisar la cuenta.", frozenset({PW}), "ask_polite"),
        ("¿Cuál es su PIN?", frozenset({PIN}), "ask_direct"),
        ("Para desbloquear la tarjeta necesito el PIN del cajero.", frozenset({PIN}), "ask_direct"),
        (
            "Para procesar la reclamación necesito:\n1. Nombre completo\n2. Número de tarjeta\n3. Fecha de vencimiento\n4. Código de seguridad",
            frozenset({CC, CVV}),
            "ask_list",
        ),
        (
            "Gracias por la información del cargo de {amt}. Ya abrí el caso {case}. Para continuar, por favor envíenos el número completo de la tarjeta y el PIN, y lo resolvemos en {days}.",
            frozenset({CC, PIN}),
            "ask_midpara",
        ),
        (
            "Sigo esperando el código del mensaje, sin eso no puedo desbloquear la cuenta.",
            frozenset({OTP}),
            "ask_pushy",
        ),
        (
            "Sin el número de seguro social completo no puedo generar el 1099, por favor envíelo.",
            frozenset({SSN}),
            "ask_pushy",
        ),
    ],
    "es_ar": [
        ("Pasame tu PIN así lo verifico.", frozenset({PIN}), "ask_voseo"),
        ("Decime el número completo de la tarjeta, dale.", frozenset({CC}), "ask_voseo"),
        ("¿Me pasás el código que te llegó por SMS?", frozenset({OTP}), "ask_voseo"),
        ("Mandame tu número de seguro social completo.", frozenset({SSN}), "ask_voseo"),
        ("Pasame la clave de la app y lo reviso.", frozenset({PW}), "ask_voseo"),
        ("¿Me decís los tres numeritos de atrás de la tarjeta?", frozenset({CVV}), "ask_voseo"),
    ],
    "es_do": [
        ("Dime el PIN pa' verificar.", frozenset({PIN}), "ask_direct"),
        ("Mándame el número de la tarjeta completo.", frozenset({CC}), "ask_direct"),
    ],
    "es_pr": [
        ("Mándeme el seguro social completo pa' buscarle el 1099.", frozenset({SSN}), "ask_direct"),
        ("Escríbame el código que le llegó al celular.", frozenset({OTP}), "ask_direct"),
    ],
    "es_es": [
        ("¿Me dices el PIN de la tarjeta para comprobarlo?", frozenset({PIN}), "ask_direct"),
        (
            "Necesito que me pases el CVV, los tres dígitos del reverso.",
            frozenset({CVV}),
            "ask_direct",
        ),
    ],
    "mix": [
        ("Please send me el número completo de la card.", frozenset({CC}), "ask_spanglish"),
        ("Pásame tu PIN so I can verify it.", frozenset({PIN}), "ask_spanglish"),
        ("Necesito el security code de atrás, the CVV.", frozenset({CVV}), "ask_spanglish"),
        ("Send me el código que te llegó por text.", frozenset({OTP}), "ask_spanglish"),
        (
            "Dame tu social security number completo para el 1099.",
            frozenset({SSN}),
            "ask_spanglish",
        ),
        ("What's tu password del app?", frozenset({PW}), "ask_spanglish"),
    ],
}

LLM_FORBID: dict[str, list[Ask]] = {
    "en": [
        (
            "Happy to help! 😊 To verify your identity, please share your full card number, expiration date and the 3-digit security code.",
            frozenset({CC, CVV}),
            "ask_llm",
        ),
        (
            "I can look into that. First, please provide your full card number so I can verify it's yours.",
            frozenset({CC}),
            "ask_llm",
        ),
        (
            "To get your 1099 ready, I'll need your full Social Security Number. Please type it below.",
            frozenset({SSN}),
            "ask_llm",
        ),
        (
            "Great! Please enter the one-time code you received here in the chat so I can confirm it's you.",
            frozenset({OTP}),
            "ask_llm",
        ),
        (
            "For security, please type your current password so I can verify your account before resetting it.",
            frozenset({PW}),
            "ask_llm",
        ),
        (
            "Sure! To change your PIN, please tell me your current PIN and the new PIN you'd like.",
            frozenset({PIN}),
            "ask_llm",
        ),
        (
            "I understand! Here's what I need to help:\n• Full card number\n• Card PIN\n• Billing ZIP code\nOnce I have these I can check the decline.",
            frozenset({CC, PIN}),
            "ask_llm",
        ),
    ],
    "es": [
        (
            "¡Con gusto! 😊 Para verificar tu identidad, escribe el número completo de tu tarjeta, la fecha de vencimiento y el código de seguridad.",
            frozenset({CC, CVV}),
            "ask_llm",
        ),
        (
            "Para cambiar tu PIN, dime tu PIN actual y el nuevo que quieres.",
            frozenset({PIN}),
            "ask_llm",
        ),
        (
            "Para preparar tu 1099 necesito tu número de seguro social completo.",
            frozenset({SSN}),
            "ask_llm",
        ),
        (
            "Por favor escribe aquí el código de verificación que recibiste.",
            frozenset({OTP}),
            "ask_llm",
        ),
        ("Para ayudarte necesito tu contraseña actual del app.", frozenset({PW}), "ask_llm"),
    ],
    "es_ar": [
        (
            "¡Dale! Para verificar, pasame el número completo de la tarjeta y el código de atrás 😊",
            frozenset({CC, CVV}),
            "ask_llm",
        )
    ],
    "mix": [
        (
            "Para verificar, please type your full card number y el CVV.",
            frozenset({CC, CVV}),
            "ask_llm",
        ),
        ("Ok! Escribe tu current PIN aquí so I can change it.", frozenset({PIN}), "ask_llm"),
    ],
}

PHISH: dict[str, list[Ask]] = {
    "en": [
        (
            "{cu} Security Dept: We detected unusual activity on card ending {l4}. To avoid suspension reply with the full card number and PIN.",
            frozenset({CC, PIN}),
            "ask_phisher",
        ),
        (
            "Hello this is {cu} fraud team. We sent a code to your phone, please forward it to us to cancel the fraudulent transfer of {amt}.",
            frozenset({OTP}),
            "ask_phisher",
        ),
        (
            "Dear member, your account will be closed within 24h. Verify now: send your SSN, online banking password and date of birth.",
            frozenset({SSN, PW}),
            "ask_phisher",
        ),
        (
            "Hi {name}, {cu} here 👋 Your {app} card was used in {country} for {amt}. If it wasn't you, reply with the card number, expiry and CVV so we can block it.",
            frozenset({CC, CVV}),
            "ask_phisher",
        ),
    ],
    "es": [
        (
            "Departamento de Seguridad de {cu}: su tarjeta terminada en {l4} fue bloqueada. Para desbloquearla envíe el número completo y el PIN.",
            frozenset({CC, PIN}),
            "ask_phisher",
        ),
        (
            "Hola, le escribimos de {cu}. Le llegó un código por SMS, reenvíenoslo para cancelar la transferencia de {amt}.",
            frozenset({OTP}),
            "ask_phisher",
        ),
        (
            "Estimado socio, para evitar el cierre de su cuenta envíe su seguro social y su contraseña.",
            frozenset({SSN, PW}),
            "ask_phisher",
        ),
    ],
    "es_ar": [
        (
            "Hola! Somos de {cu}, detectamos un movimiento raro. Pasame el código que te llegó y el PIN así lo frenamos.",
            frozenset({OTP, PIN}),
            "ask_phisher",
        )
    ],
    "mix": [
        (
            "Hi, somos de {cu} fraud department. Please send el código que le llegó y su card number para cancelar el cargo.",
            frozenset({OTP, CC}),
            "ask_phisher",
        )
    ],
}

PHISH_PUSH: dict[str, list[Ask]] = {
    "en": [
        (
            "We still haven't received the code. Your account will be locked in 10 minutes.",
            frozenset({OTP}),
            "ask_phisher_pushy",
        ),
        (
            "URGENT: reply with the PIN now or the card will be cancelled permanently.",
            frozenset({PIN}),
            "ask_phisher_pushy",
        ),
        (
            "Sir/Ma'am we need the full card number to stop the charge, time is running out.",
            frozenset({CC}),
            "ask_phisher_pushy",
        ),
    ],
    "es": [
        (
            "Urgente: envíe el PIN ahora o la tarjeta será cancelada.",
            frozenset({PIN}),
            "ask_phisher_pushy",
        ),
        (
            "Todavía no recibimos el código. Su cuenta se bloqueará en 10 minutos.",
            frozenset({OTP}),
            "ask_phisher_pushy",
        ),
    ],
    "mix": [
        (
            "Urgent: mande el código ahora or the account will be locked.",
            frozenset({OTP}),
            "ask_phisher_pushy",
        )
    ],
}

PHISH_CHAT: dict[str, list[str]] = {
    "en": [
        "Yes this is the official {cu} WhatsApp support line.",
        "It is for your protection, we are verifying the account.",
        "Don't worry, this is a secure channel.",
    ],
    "es": [
        "Sí, esta es la línea oficial de WhatsApp de {cu}.",
        "Es por su seguridad, estamos verificando la cuenta.",
        "No se preocupe, este canal es seguro.",
    ],
    "mix": ["Yes, somos la línea oficial de {cu}."],
}

WHO_C: dict[str, list[str]] = {
    "en": [
        "who is this?",
        "how did you get my number",
        "is this really {cu}??",
        "what? I didn't make any transfer",
    ],
    "es": [
        "quién es?",
        "cómo consiguieron mi número?",
        "de verdad son de {cu}?",
        "qué? yo no hice ninguna transferencia",
    ],
    "es_ar": ["¿quién sos?"],
    "mix": ["who is this? quién habla?", "yo no hice ese transfer"],
}

A_WARN: dict[str, list[str]] = {
    "en": [
        "Please don't share your PIN, password or full card number here. {cu} will never ask for them.",
        "{cu} will never ask for your PIN, online banking password or one-time codes by phone, text or WhatsApp.",
        "Heads up: that message wasn't from us. We never request your CVV or Social Security number over chat.",
        "For your security, never share the code we text you with anyone, including our staff.",
        "Reminder: we'll only ask for the last 4 digits of your card, never the full number or the security code.",
    ],
    "es": [
        "Por favor no comparta su PIN, contraseña ni el número completo de la tarjeta por aquí. {cu} nunca se los pedirá.",
        "{cu} nunca le pedirá su PIN, contraseña ni códigos de verificación por teléfono, texto o WhatsApp.",
        "Ese mensaje no es nuestro. Nunca pedimos el CVV ni el seguro social por chat.",
        "Recuerde: solo le pediremos los últimos 4 dígitos de la tarjeta, nunca el número completo.",
    ],
    "es_ar": [
        "Nunca compartas tu PIN ni el código que te llega por SMS, ni siquiera con nosotros.",
        "Ojo: nosotros nunca te vamos a pedir la clave ni el código de seguridad.",
    ],
    "mix": [
        "Remember, nunca compartas tu PIN o password con nadie.",
        "Heads up: nunca te vamos a pedir el card number completo.",
    ],
}

A_SCRIPT: dict[str, list[str]] = {
    "en": [
        "This chat may be recorded for quality. Never share your CVV, PIN or passwords in this chat.",
        "Security notice: {cu} staff will never ask for your full Social Security number, PIN, password or verification codes.",
        "Tip: your card's CVV, your PIN and your one-time passcodes are for you only.",
    ],
    "es": [
        "Este chat puede ser grabado. Nunca comparta su CVV, PIN ni contraseñas en este chat.",
        "Aviso de seguridad: el personal de {cu} nunca le pedirá su seguro social completo, PIN, contraseña ni códigos de verificación.",
    ],
    "mix": ["Security notice: nunca compartas tu CVV, PIN o password aquí."],
}

A_AFTER: dict[str, dict[str, list[str]]] = {
    CC: {
        "en": [
            "Thanks, but please don't send full card numbers in chat. I've found the account with the last 4 ({gl4}). I'll lock that card and order a new one.",
            "Please avoid sending the full card number here. Since it's been shared, I'd recommend we replace the card - OK?",
        ],
        "es": [
            "Gracias, pero por favor no envíe números de tarjeta completos por chat. Ya encontré la cuenta con los últimos 4 ({gl4}).",
            "Por seguridad, como compartió el número completo, le recomiendo reemplazar la tarjeta.",
        ],
        "mix": ["Thanks, pero por favor no mandes el card number completo por aquí."],
    },
    CVV: {
        "en": [
            "Please don't send the security code, we never need it. I'd recommend replacing the card since it's been shared."
        ],
        "es": ["Por favor no envíe el código de seguridad, nunca lo necesitamos."],
        "mix": ["No mandes el CVV por aquí please, we never need it."],
    },
    SSN: {
        "en": [
            "Thanks - but please don't type your full SSN in chat. The last 4 is all we ever need here. Your 1099 will be under Documents.",
            "I only needed the last four, please don't share the full number in chat again.",
        ],
        "es": [
            "Gracias, pero no escriba su seguro social completo en el chat. Solo necesitamos los últimos 4.",
            "Solo necesitaba los últimos cuatro, por favor no comparta el número completo.",
        ],
        "mix": ["Solo necesitaba los last 4, no el SSN completo."],
    },
    OTP: {
        "en": [
            "Please don't share that code with anyone, including us - it should only be typed in the app. I'll send a fresh one; enter it on the screen.",
            "That code is only for you to enter in the app. I've invalidated it, please request a new one.",
        ],
        "es": [
            "No comparta ese código con nadie, ni con nosotros; solo se escribe en el app. Le envío uno nuevo.",
            "Ese código es solo para ponerlo en el app. Ya lo anulé, pida uno nuevo.",
        ],
        "mix": ["Ese code es solo para el app, don't share it. Te mando uno nuevo."],
    },
    PW: {
        "en": [
            "Please change that password right away since it was shared here. Go to Settings > Security > Change password.",
            "We never need your password. I recommend resetting it now with 'Forgot password?'.",
        ],
        "es": [
            "Por favor cambie esa contraseña ahora mismo ya que la compartió aquí. Vaya a Ajustes > Seguridad.",
            "Nunca necesitamos su contraseña. Le recomiendo restablecerla ahora.",
        ],
        "mix": ["Please cambia ese password ahora, ya que lo compartiste aquí."],
    },
    PIN: {
        "en": [
            "Please don't share your PIN - not even with us. You can change it in the app under Card settings > Change PIN.",
            "For your safety, change that PIN at an ATM or in the app today.",
        ],
        "es": [
            "No comparta su PIN, ni siquiera con nosotros. Puede cambiarlo en el app en Ajustes de tarjeta > Cambiar PIN.",
            "Por su seguridad, cambie ese PIN hoy en el cajero o en el app.",
        ],
        "es_ar": [
            "No compartas el PIN con nadie, che. Cambialo desde la app en Tarjeta > Cambiar PIN."
        ],
        "mix": ["No compartas tu PIN, cámbialo en el app under Card settings."],
    },
}

A_RESET: dict[str, list[str]] = {
    "en": [
        "You can reset your PIN in the {app} app: Cards > {l4} > Change PIN.",
        "To reset your password, tap 'Forgot password?' on the login screen. We'll text a code to the phone ending in {ph4}; enter it in the app only.",
        "I've sent a verification code to the number ending in {ph4}. Please enter it in the app, don't send it here.",
        "You can set a new PIN at any {cu} ATM or by calling {tollfree}.",
        "To unlock online banking, use 'Forgot username or password' and follow the steps. The code expires in {mins} minutes.",
    ],
    "es": [
        "Puede cambiar el PIN desde el app: Tarjetas > {l4} > Cambiar PIN.",
        "Para restablecer la contraseña, toque '¿Olvidó su contraseña?'. Le enviaremos un código al teléfono que termina en {ph4}; escríbalo solo en el app.",
        "Le envié un código al número que termina en {ph4}. Escríbalo en el app, no aquí.",
        "Puede poner un PIN nuevo en cualquier cajero de {cu} o llamando al {tollfree}.",
    ],
    "es_ar": [
        "Podés cambiar el PIN desde la app, en Tarjetas > Cambiar PIN.",
        "Te mandé un código al cel que termina en {ph4}; ponelo en la app, no me lo pases.",
    ],
    "mix": [
        "Puedes hacer reset del PIN en el app: Cards > Change PIN.",
        "Te mandé un code al número ending in {ph4}, ponlo en el app, not here.",
    ],
}

A_INFO: dict[str, dict[str, list[str]]] = {
    "card": {
        "en": [
            "I've locked the card ending in {l4}. A replacement will ship in {days}; tracking {usps}.",
            "I've opened dispute case {case} for {amt}. You'll get a provisional credit within {days}.",
            "The card {masked} shows the decline was for a velocity limit. I've cleared it.",
            "Your new card expires {exp}; activate it by calling {tollfree} or in the app.",
        ],
        "es": [
            "Bloqueé la tarjeta que termina en {l4}. La nueva llega en {days}; rastreo {usps}.",
            "Abrí la reclamación {case} por {amt}. Recibirá un crédito provisional en {days}.",
            "La tarjeta {masked} fue declinada por límite de uso; ya lo quité.",
        ],
        "mix": [
            "Ya bloqueé la card ending in {l4}. La nueva llega en {days}.",
            "Abrí el case {case} por {amt}.",
        ],
    },
    "tax": {
        "en": [
            "Your 1099-K for {tax_year} will be under Documents by January 31. Our EIN is {ein}.",
            "The 1099-INT shows {amt_small} in dividends for {tax_year}; that's correct.",
            "We report payouts over $600. Yours for {tax_year} total {amt1099}.",
        ],
        "es": [
            "Su 1099-K del {tax_year} estará en Documentos antes del 31 de enero. Nuestro EIN es {ein}.",
            "El 1099-INT muestra {amt_small} en dividendos del {tax_year}; es correcto.",
        ],
        "mix": ["Tu 1099-K del {tax_year} va a estar under Documents by January 31."],
    },
    "login": {
        "en": [
            "I've unlocked the online banking profile for username {username}. Try again in a few minutes.",
            "The phone on file ends in {ph4}. If that's wrong, we'll need to update it at a branch.",
        ],
        "es": [
            "Desbloqueé el perfil de banca en línea del usuario {username}. Intente de nuevo en unos minutos.",
            "El teléfono registrado termina en {ph4}.",
        ],
        "mix": ["Ya unlocked el perfil {username}, try again."],
    },
    "money": {
        "en": [
            "I see the payout {payout} for {amt} posted on {date}.",
            "The deposit of {amt} is on hold until {date} (check #{checknum}).",
            "The transfer {conf} was returned on {date}, R03 - no account. Please double-check account {acct}.",
            "Our phone line is {tollfree}, Mon-Fri 8am-8pm ET.",
            "The refund of {amt} from {merchant} should post in {days}.",
        ],
        "es": [
            "Veo el pago {payout} por {amt} acreditado el {date}.",
            "El depósito de {amt} está retenido hasta el {date} (cheque #{checknum}).",
            "La transferencia {conf} fue devuelta el {date}. Verifique la cuenta {acct}.",
            "Nuestro teléfono es {tollfree}, lunes a viernes de 8 a 8.",
        ],
        "mix": [
            "Veo el payout {payout} por {amt} on {date}.",
            "El deposit de {amt} está on hold hasta el {date}.",
        ],
    },
    "address": {
        "en": [
            "I've updated your mailing address to {apo}. Cards can take 3-4 weeks to reach APO addresses.",
            "Travel note added for card ending {l4} from {date} to {date2}.",
            "SCRA benefits applied; the new rate shows on your next statement dated {date2}.",
        ],
        "es": [
            "Actualicé su dirección postal a {apo}. Las tarjetas pueden tardar 3-4 semanas en llegar a direcciones APO.",
            "Aviso de viaje añadido para la tarjeta que termina en {l4} del {date} al {date2}.",
        ],
        "mix": ["Ya updated tu address a {apo}."],
    },
}

A_CLOSE: dict[str, list[str]] = {
    "en": [
        "Anything else I can help with today?",
        "You're welcome! Have a great day.",
        "Glad I could help. Your case number is {case} if you need it.",
        "Thanks for being a {cu} member!",
    ],
    "es": [
        "¿Algo más en que le pueda ayudar?",
        "¡Con gusto! Que tenga buen día.",
        "Su número de caso es {case} por si lo necesita.",
        "¡Gracias por ser socio de {cu}!",
    ],
    "es_ar": ["¿Algo más? ¡Que tengas buen día!"],
    "mix": ["¿Algo más? Have a great day!"],
}

A_HANDOFF: dict[str, list[str]] = {
    "en": [
        "I'm connecting you with a member of our team now. Estimated wait: {mins} min.",
        "Let me transfer you to a live agent who can help with that.",
    ],
    "es": [
        "Le estoy conectando con un agente. Tiempo de espera: {mins} min.",
        "Te paso con un agente en vivo.",
    ],
    "mix": ["Te conecto con un live agent ahora."],
}

SUMMARY_MASKED: dict[str, list[str]] = {
    "en": [
        "Here's a summary of our chat:\n- Card: •••• {l4}\n- Issue: {issue}\n- Amount: {amt}\n- Case: {case}\nAnything else?",
        "Summary:\n• Member: {fullname}\n• Card: XXXX-XXXX-XXXX-{l4}\n• SSN on file: {masked_ssn}\n• Next step: watch for an email from {cu}",
        "Recap: you reported {issue} on {date}. Card {masked} is locked, replacement ships to {apo}. Reference {case}.",
    ],
    "es": [
        "Resumen de la conversación:\n- Tarjeta: •••• {l4}\n- Problema: {issue}\n- Monto: {amt}\n- Caso: {case}",
        "Resumen:\n• Socio: {fullname}\n• Tarjeta: XXXX-XXXX-XXXX-{l4}\n• Seguro social: {masked_ssn}\n• Siguiente paso: espere un correo de {cu}",
    ],
    "mix": ["Summary de tu chat:\n- Card: **** {l4}\n- Issue: {issue}\n- Case: {case}"],
}

ECHO: dict[str, dict[str, list[str]]] = {
    "card": {
        "en": [
            "Thanks! I have your card number as {card}. Let me check that for you.",
            "Got it - card {card}. Looking it up now.",
            "I see you entered {card}. Is that the card with the disputed charge?",
        ],
        "es": [
            "¡Gracias! Tengo tu tarjeta como {card}. Déjame revisar.",
            "Entendido, la tarjeta {card}. La estoy buscando.",
        ],
        "mix": ["Got it, tu card {card}. Checking..."],
    },
    "cvv": {
        "en": ["And the security code {cvv}, noted ✅"],
        "es": ["Y el código de seguridad {cvv}, anotado ✅"],
        "mix": ["Security code {cvv}, noted ✅"],
    },
    "ssn": {
        "en": [
            "I've noted your SSN as {ssn} for the 1099.",
            "Thanks, SSN {ssn} received. Generating your tax form...",
        ],
        "es": [
            "Anoté tu seguro social {ssn} para el 1099.",
            "Gracias, recibí el seguro social {ssn}.",
        ],
        "mix": ["Ok, tu SSN {ssn} quedó anotado."],
    },
    "otp": {
        "en": ["Verifying code {otp}... ✅ verified!", "Thanks! Code {otp} received."],
        "es": ["Verificando el código {otp}... ✅", "¡Gracias! Recibí el código {otp}."],
        "mix": ["Code {otp} recibido ✅"],
    },
    "pw": {
        "en": [
            "Okay, I'll try signing in with the password {pw}.",
            "Got it, your password is {pw}. Let me check it.",
        ],
        "es": [
            "Ok, voy a intentar entrar con la contraseña {pw}.",
            "Entendido, tu contraseña es {pw}.",
        ],
        "mix": ["Ok, tu password {pw}, let me check."],
    },
    "pin": {
        "en": [
            "Just to confirm, you said your PIN is {pin}?",
            "Noted, PIN {pin}. I'll pass it to the card team.",
        ],
        "es": ["Confirmo, ¿tu PIN es {pin}?", "Anotado, PIN {pin}."],
        "mix": ["Just to confirm, tu PIN es {pin}?"],
    },
}

SUMMARY_LEAK_HEAD: dict[str, list[str]] = {
    "en": ["Here's a summary of our conversation:", "Summary of your request:", "Recap so far 📝"],
    "es": ["Resumen de nuestra conversación:", "Resumen de tu solicitud:"],
    "mix": ["Summary de tu request:"],
}
SUMMARY_LEAK_LINE: dict[str, dict[str, str]] = {
    "card": {"en": "- Card: {card}", "es": "- Tarjeta: {card}"},
    "cvv": {"en": "- Security code: {cvv}", "es": "- Código de seguridad: {cvv}"},
    "cid": {"en": "- Security code: {cid}", "es": "- Código de seguridad: {cid}"},
    "ssn": {"en": "- SSN: {ssn}", "es": "- Seguro social: {ssn}"},
    "otp": {"en": "- Verification code: {otp}", "es": "- Código de verificación: {otp}"},
    "pw": {"en": "- Password: {pw}", "es": "- Contraseña: {pw}"},
    "pin": {"en": "- PIN: {pin}", "es": "- PIN: {pin}"},
}

# ---- e-mail bridge envelopes ----------------------------------------------------------

EM_C_OPEN: dict[str, list[str]] = {
    "en": [
        "Hi {agent},\n\n",
        "Hello,\n\n",
        "Good morning,\n\n",
        "To whom it may concern,\n\n",
        "Hi,\n\n",
        "",
    ],
    "es": ["Hola {agent},\n\n", "Buenas tardes,\n\n", "Estimados:\n\n", "Buenos días,\n\n", ""],
    "mix": ["Hi {agent},\n\n", "Hola,\n\n"],
}
EM_C_CLOSE: dict[str, list[str]] = {
    "en": [
        "\n\nThanks,\n{name}",
        "\n\nThank you,\n{fullname}\nSent from my iPhone",
        "\n\nRegards,\n{fullname}\n{myphone}",
        "\n\n-- \n{fullname}\n{addr}",
        "\n\nBest,\n{name}\n\nSent from Yahoo Mail for Android",
    ],
    "es": [
        "\n\nGracias,\n{name}",
        "\n\nSaludos,\n{fullname}\nEnviado desde mi iPhone",
        "\n\nAtentamente,\n{fullname}\nTel. {myphone}",
        "\n\nUn saludo,\n{name}",
    ],
    "mix": ["\n\nThanks, gracias\n{name}", "\n\nSaludos,\n{fullname}\nSent from my iPhone"],
}
EM_A_OPEN: dict[str, list[str]] = {
    "en": [
        "Hello {name},\n\nThank you for contacting {cu}. ",
        "Dear {fullname},\n\n",
        "Hi {name},\n\nThanks for your patience. ",
    ],
    "es": ["Hola {name},\n\nGracias por comunicarse con {cu}. ", "Estimado/a {fullname}:\n\n"],
    "mix": ["Hola {name},\n\nThanks for contacting {cu}. "],
}
EM_A_CLOSE: dict[str, list[str]] = {
    "en": [
        "\n\nSincerely,\n{agent}\nMember Services | {cu}\n{tollfree} | NMLS #{nmls}\n\nThis e-mail may contain confidential information. {cu} will never ask for your PIN or password by e-mail.",
        "\n\nBest regards,\n{agent}\n{cu} - Member Care\nPhone: {tollfree}\nFederally insured by NCUA.",
        "\n\nThanks,\n{agent} | Case {case}",
    ],
    "es": [
        "\n\nAtentamente,\n{agent}\nServicio al Socio | {cu}\n{tollfree} | NMLS #{nmls}\n\nEste correo puede contener información confidencial.",
        "\n\nSaludos cordiales,\n{agent}\n{cu}\nTel.: {tollfree}\nAsegurado federalmente por la NCUA.",
    ],
    "mix": ["\n\nSaludos / Regards,\n{agent}\n{cu}\n{tollfree}"],
}
EM_QUOTE_HDR: dict[str, list[str]] = {
    "en": [
        "On {qdate}, at {time}, {who} wrote:",
        "On {qdate} {who} <{addr_mail}> wrote:",
        "-----Original Message-----\nFrom: {who}\nSent: {qdate} {time}",
    ],
    "es": [
        "El {qdate}, a las {time}, {who} escribió:",
        "-----Mensaje original-----\nDe: {who}\nEnviado: {qdate}",
    ],
    "mix": ["On {qdate}, {who} wrote:", "El {qdate}, {who} escribió:"],
}

OTP_SENT: dict[str, list[str]] = {
    "en": [
        "I've sent a verification code to the number ending in {ph4}. Please enter it in the app, don't send it here.",
        "A code is on its way to your phone ending in {ph4}. Type it on the verification screen in the app.",
        "Check your texts - we just sent a one-time code. Enter it in the app only; no one from {cu} will ask you for it.",
    ],
    "es": [
        "Le envié un código al número que termina en {ph4}. Escríbalo en el app, no aquí.",
        "Le llegará un código al celular que termina en {ph4}. Póngalo en la pantalla de verificación del app.",
    ],
    "es_ar": [
        "Te mandé un código al cel que termina en {ph4}. Ponelo en la app, no me lo pases a mí."
    ],
    "mix": ["Te mandé un code al phone ending in {ph4}. Ponlo en el app, not here."],
}

FOLLOW_UP: dict[str, list[str]] = {
    "en": [
        "Following up on my email below - still haven't heard back.",
        "Any update on this? I sent the details last week (see below).",
        "Resending in case this got lost. The charge is still there.",
        "Hi again, I never got a reply to this:",
    ],
    "es": [
        "Doy seguimiento a mi correo de abajo, todavía no tengo respuesta.",
        "¿Alguna novedad? Les mandé los datos la semana pasada (ver abajo).",
        "Reenvío por si se perdió.",
    ],
    "mix": ["Following up, todavía no me contestan (ver abajo).", "Any update? Mandé todo abajo."],
}

MULTI_ANSWER: dict[str, list[str]] = {
    "en": [
        "{fullname}, {dob}, {zip}",
        "1) {l4}\n2) {zip}\n3) {dob}",
        "member {member}, last 4 of SSN {ssn4}, {email}",
        "{fullname}\nDOB {dob}\nZIP {zip4}",
    ],
    "es": [
        "{fullname}, {dob}, {zip}",
        "1) {l4}\n2) {zip}\n3) {dob}",
        "socio {member}, últimos 4 del social {ssn4}, {email}",
    ],
    "mix": ["{fullname}, born {dob}, zip {zip}"],
}

A_APOLOGY: dict[str, list[str]] = {
    "en": [
        "You're right, sorry - please don't send that. The last 4 of the card and your ZIP are enough.",
        "Apologies, that was my mistake. We never need that; I'll verify you another way.",
        "Correct, please disregard my last message. Can you confirm your date of birth instead?",
    ],
    "es": [
        "Tiene razón, disculpe; no envíe eso. Con los últimos 4 de la tarjeta y el código postal basta.",
        "Disculpe, fue un error mío. Nunca necesitamos eso; lo verifico de otra forma.",
    ],
    "es_ar": ["Tenés razón, perdón. No me pases eso; con los últimos 4 alcanza."],
    "mix": ["You're right, sorry. No mandes eso, con los last 4 basta."],
}

A_BOT_SAFE: dict[str, list[str]] = {
    "en": [
        "I'm an AI assistant and can't accept card numbers, codes or passwords here. You can manage your card in the app under Cards.",
        "Please don't type your full card number here 🙂 - the last 4 ({l4}) is all I need.",
        "I can't verify PINs or passwords. To change your PIN go to Cards > Settings > Change PIN.",
    ],
    "es": [
        "Soy un asistente virtual y no puedo recibir números de tarjeta, códigos ni contraseñas. Puedes manejar la tarjeta en el app.",
        "Por favor no escribas el número completo de la tarjeta 🙂, con los últimos 4 ({l4}) basta.",
    ],
    "mix": ["Soy un AI assistant, no puedo recibir card numbers ni passwords aquí."],
}


# --------------------------------------------------------------------------------------
# Message helpers
# --------------------------------------------------------------------------------------


def record(ctx: Ctx, used: dict[str, Sec], given: dict[str, Sec] | None) -> None:
    for slot, sec in used.items():
        if slot in SECRET_SLOTS and slot != "part" and (given is None or slot not in given):
            ctx.given.append((slot, sec))


def decorate(ctx: Ctx, text: str) -> str:
    r = ctx.rng.random()
    if (ctx.channel == "whatsapp" and r < 0.18) or (ctx.channel == "app" and r < 0.07):
        return text + " " + ctx.rng.choice(EMOJI)
    return text


def cust_tpl(ctx: Ctx, tpl: str, kind: str, sec: dict[str, Sec] | None = None) -> Message:
    text, labels, used = render(ctx, tpl, sec, noisy=True)
    record(ctx, used, sec)
    return Message(
        "customer",
        decorate(ctx, text),
        sorted(labels, key=lambda lab: lab.start),
        frozenset(),
        kind,
    )


def cust(
    ctx: Ctx, table: dict[str, list[str]], kind: str, sec: dict[str, Sec] | None = None
) -> Message:
    return cust_tpl(ctx, ctx.pick(table), kind, sec)


def agent_tpl(
    ctx: Ctx,
    tpl: str,
    kind: str,
    requested: frozenset[str] = frozenset(),
    sec: dict[str, Sec] | None = None,
) -> Message:
    text, labels, _used = render(ctx, tpl, sec)
    return Message("agent", text, sorted(labels, key=lambda lab: lab.start), requested, kind)


def agent(ctx: Ctx, table: dict[str, list[str]], kind: str) -> Message:
    return agent_tpl(ctx, ctx.pick(table), kind)


def ask(ctx: Ctx, want: str | None = None, only: frozenset[str] | None = None) -> Message:
    table = LLM_FORBID if ctx.bot and ctx.rng.random() < 0.7 else FORBID
    tpl, types, kind = ctx.pick_ask(table, want, only)
    return agent_tpl(ctx, tpl, kind, types)


def value_kind(base: str, value: str) -> str:
    if re.fullmatch(r"\d( \d)+", value):
        return base + "_digits"
    if value.isdigit():
        return base + "_plain"
    return base + "_grouped"


def canon(slot: str) -> str:
    return {
        "vcard": "card",
        "vcvv": "cvv",
        "cid": "cvv",
        "vssn": "ssn",
        "votp": "otp",
        "otp2": "otp",
        "pw2": "pw",
        "pin2": "pin",
        "vpin": "pin",
    }.get(slot, slot)


def echo_value(ctx: Ctx, slot: str, sec: Sec) -> Sec:
    """The value as an assistant would repeat it (sometimes tidied up)."""
    value, typ, keep, _split = sec
    if typ == CC and ctx.rng.random() < 0.5:
        d = re.sub(r"\D", "", value)
        value = group(d, CARD_GROUPS[len(d)], " ")
    elif typ in (OTP, PIN) and ctx.rng.random() < 0.5:
        value = re.sub(r"\D", "", value)
    return (value, typ, keep, False)


def last_given(ctx: Ctx) -> dict[str, Sec]:
    out: dict[str, Sec] = {}
    for slot, sec in ctx.given:
        out[canon(slot)] = sec
    return out


def reaction(ctx: Ctx, typ_slot: str) -> list[Message]:
    """What the agent says right after the customer typed a secret."""
    rng = ctx.rng
    typ = {"card": CC, "cvv": CVV, "ssn": SSN, "otp": OTP, "pw": PW, "pin": PIN}[typ_slot]
    given = last_given(ctx)
    r = rng.random()
    if ctx.bot and r < 0.4 and typ_slot in given:
        sec = {typ_slot: echo_value(ctx, typ_slot, given[typ_slot])}
        return [agent_tpl(ctx, ctx.pick(ECHO[typ_slot]), "assistant_echo_" + typ_slot, sec=sec)]
    if ctx.bot and r < 0.55:
        return [agent(ctx, A_BOT_SAFE, "bot_safe")]
    if r < 0.7:
        return [agent(ctx, A_AFTER[typ], "after_secret_warning")]
    if r < 0.85:
        return [agent(ctx, A_ACK, "ack")]
    return []


# --------------------------------------------------------------------------------------
# Secret events
# --------------------------------------------------------------------------------------


def ev_card(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    out: list[Message] = []
    r = rng.random()
    asked: frozenset[str] = frozenset()
    overshare = False
    if r < 0.32:
        m = ask(ctx, CC)
        asked = m.requested
        out.append(m)
        if ctx.channel == "whatsapp" and rng.random() < 0.35:
            out.append(cust(ctx, WAIT_C, "wait"))
    elif r < 0.5:
        item = rng.choice(["l4", "l4", "exp", "multi"])
        out.append(agent(ctx, A_LEGIT[item], "legit_ask_" + item))
        overshare = True
    if overshare:
        table, base = C_CARD_OVERSHARE, "card_overshare"
    elif CVV in asked:
        table, base = C_CARD_FULL, "card_exp_cvv"
    else:
        table, base = rng.choices(
            [(C_CARD, "card"), (C_CARD_FULL, "card_exp_cvv"), (C_CARD_AMEX, "card_amex_cid")],
            weights=[60, 25, 15],
        )[0]
    msg = cust(ctx, table, base)
    card_label = next(lab for lab in msg.labels if lab.type == CC)
    msg.kind = value_kind(base, msg.text[card_label.start : card_label.end])
    out.append(msg)
    if base == "card" and rng.random() < 0.3:
        follow = ask(ctx, CVV, frozenset({CVV}))
        out.append(follow)
        out.append(cust(ctx, C_CID if ctx.brand == "Amex" else C_CVV, "cvv"))
        out.extend(reaction(ctx, "cvv"))
    else:
        out.extend(reaction(ctx, "card"))
    return out


def split_sizes(rng: Random, n: int) -> list[int]:
    k = rng.choice([2, 2, 3, 3, 4])
    if n == 16 and rng.random() < 0.6:
        return {2: [8, 8], 3: rng.choice([[4, 8, 4], [8, 4, 4], [4, 4, 8]]), 4: [4, 4, 4, 4]}[k]
    while True:
        cuts = sorted(rng.sample(range(2, n - 3), k - 1))
        sizes = [b - a for a, b in zip([0, *cuts], [*cuts, n], strict=True)]
        if min(sizes) >= 2 and sizes[-1] >= 4:
            return sizes


def ev_split(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    out: list[Message] = []
    if rng.random() < 0.3:
        out.append(ask(ctx, CC))
    if rng.random() < 0.45:
        out.append(cust(ctx, SPLIT_LEAD, "split_lead"))
    brand, d = pick_brand(rng)
    ctx.brand = brand
    sizes = split_sizes(rng, len(d))
    pos = 0
    for i, size in enumerate(sizes):
        part = d[pos : pos + size]
        pos += size
        text = group(part, [4] * 5, " ") if rng.random() < 0.6 else part
        last = i == len(sizes) - 1
        sec = {"part": (text, CC, KEEP_LAST.get(CC, 0) if last else 0, True)}
        table = SPLIT_FIRST if i == 0 else (SPLIT_LAST if last else SPLIT_MID)
        out.append(cust(ctx, table, "card_split", sec))
        if not last and rng.random() < 0.12:
            out.append(agent(ctx, A_CONTINUE, "continue"))
    ctx.given.append(
        ("card", (group(d, CARD_GROUPS[len(d)], " "), CC, KEEP_LAST.get(CC, 0), False))
    )
    out.extend(reaction(ctx, "card"))
    return out


def ev_quoted(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    table = rng.choice([C_CARD, C_CARD, C_CARD_FULL])
    inner, inner_labels, used = render(ctx, ctx.pick(table), noisy=True)
    record(ctx, used, None)
    hdr, _l, _u = render(
        ctx,
        rng.choice(
            [
                "On {qdate}, {fullname} <{email}> wrote:",
                "On {qdate} at {time}, {fullname} wrote:",
                "-----Original Message-----\nFrom: {fullname} <{email}>\nSent: {qdate}\nTo: Member Services",
            ]
        ),
    )
    q_text, q_labels = quote(inner, inner_labels)
    b = Buf()
    head, _l, _u = render(ctx, ctx.pick(FOLLOW_UP), noisy=True)
    b.add(head + "\n\n" + hdr + "\n")
    b.add(q_text, q_labels)
    return [
        Message("customer", b.text, b.labels, frozenset(), "card_quoted"),
        *reaction(ctx, "card"),
    ]


def ev_cvv(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    out: list[Message] = []
    if rng.random() < 0.75:
        out.append(ask(ctx, CVV, frozenset({CVV})))
    table, kind = (C_CID, "cid_amex") if rng.random() < 0.2 else (C_CVV, "cvv")
    out.append(cust(ctx, table, kind))
    out.extend(reaction(ctx, "cvv"))
    return out


def ev_ssn(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    out: list[Message] = []
    r = rng.random()
    if r < 0.3:
        out.append(ask(ctx, SSN, frozenset({SSN})))
        out.append(cust(ctx, C_SSN, "ssn"))
    elif r < 0.55:
        out.append(agent(ctx, A_LEGIT["ssn4"], "legit_ask_ssn4"))
        out.append(cust(ctx, C_SSN_OVERSHARE, "ssn_overshare"))
    else:
        out.append(cust(ctx, C_SSN_FORM if rng.random() < 0.6 else C_SSN, "ssn_form"))
    out.extend(reaction(ctx, "ssn"))
    return out


def ev_otp(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    out: list[Message] = []
    r = rng.random()
    if r < 0.3:
        out.append(agent(ctx, OTP_SENT, "otp_instruction"))
        out.append(cust(ctx, C_OTP_PASTE, "otp_paste"))
    elif r < 0.55:
        out.append(ask(ctx, OTP, frozenset({OTP})))
        out.append(cust(ctx, C_OTP_TWO if rng.random() < 0.15 else C_OTP, "otp"))
    else:
        if rng.random() < 0.4:
            out.append(cust(ctx, TALK, "secret_talk"))
        out.append(cust(ctx, C_OTP_TWO if rng.random() < 0.1 else C_OTP, "otp"))
    out.extend(reaction(ctx, "otp"))
    return out


def ev_otp_fwd(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    if ctx.channel == "email" or (ctx.channel == "app" and rng.random() < 0.3):
        msg = cust(ctx, C_OTP_MAIL, "otp_forwarded_email")
    else:
        msg = cust(ctx, C_OTP_SMS, "otp_forwarded_sms")
    return [msg, *reaction(ctx, "otp")]


def ev_pw(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    out: list[Message] = []
    if rng.random() < 0.3:
        out.append(ask(ctx, PW, frozenset({PW})))
        out.append(cust(ctx, C_PW, "password"))
    else:
        out.append(cust(ctx, C_PW_CHANGE if rng.random() < 0.2 else C_PW, "password"))
    out.extend(reaction(ctx, "pw"))
    return out


def ev_pin(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    out: list[Message] = []
    r = rng.random()
    if r < 0.3:
        out.append(ask(ctx, PIN, frozenset({PIN})))
        out.append(cust(ctx, C_PIN_CHANGE if rng.random() < 0.25 else C_PIN, "pin"))
    elif r < 0.5:
        out.append(cust(ctx, C_PIN_CHANGE, "pin_change"))
    else:
        out.append(cust(ctx, C_PIN, "pin"))
    out.extend(reaction(ctx, "pin"))
    return out


def ev_voice(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    out: list[Message] = []
    slot = rng.choice(["otp", "otp", "card", "pin", "cvv", "ssn"])
    typ = {"otp": OTP, "card": CC, "pin": PIN, "cvv": CVV, "ssn": SSN}[slot]
    if rng.random() < 0.4:
        out.append(ask(ctx, typ, frozenset({typ})))
    out.append(cust(ctx, VOICE_SECRET[slot], "voice_" + slot))
    out.extend(reaction(ctx, slot))
    return out


def ev_summary_leak(ctx: Ctx) -> list[Message]:
    given = last_given(ctx)
    if not given:
        return []
    rng = ctx.rng
    lang = "en" if ctx.lang == "en" or (ctx.lang == "mix" and rng.random() < 0.5) else "es"
    head = rng.choice(SUMMARY_LEAK_HEAD[lang])
    lines = [head, "- Name: {fullname}" if lang == "en" else "- Nombre: {fullname}"]
    sec: dict[str, Sec] = {}
    for slot in ("card", "cvv", "ssn", "otp", "pw", "pin"):
        if slot in given:
            lines.append(SUMMARY_LEAK_LINE[slot][lang])
            sec[slot] = echo_value(ctx, slot, given[slot])
    lines.append("- Issue: {issue}" if lang == "en" else "- Motivo: {issue}")
    lines.append("- Case: {case}" if lang == "en" else "- Caso: {case}")
    if rng.random() < 0.5:
        lines.append("Is everything correct?" if lang == "en" else "¿Está todo correcto?")
    ctx.spanish_now = lang == "es"
    return [agent_tpl(ctx, "\n".join(lines), "assistant_summary_leak", sec=sec)]


SECRET_EVENTS: dict[str, tuple[int, tuple[str, ...]]] = {
    "card": (18, ("whatsapp", "email", "app")),
    "split": (8, ("whatsapp", "app")),
    "quoted": (14, ("email",)),
    "cvv": (6, ("whatsapp", "email", "app")),
    "ssn": (12, ("whatsapp", "email", "app")),
    "otp": (12, ("whatsapp", "app", "email")),
    "otp_fwd": (8, ("whatsapp", "email", "app")),
    "pw": (10, ("whatsapp", "email", "app")),
    "pin": (11, ("whatsapp", "email", "app")),
    "voice": (14, ("whatsapp",)),
}
EVENT_FN = {
    "card": ev_card,
    "split": ev_split,
    "quoted": ev_quoted,
    "cvv": ev_cvv,
    "ssn": ev_ssn,
    "otp": ev_otp,
    "otp_fwd": ev_otp_fwd,
    "pw": ev_pw,
    "pin": ev_pin,
    "voice": ev_voice,
}
EVENT_TOPICS: dict[str, list[str]] = {
    "card": ["dispute", "lost", "declined", "activate", "refund"],
    "split": ["dispute", "declined", "lost"],
    "quoted": ["dispute", "refund"],
    "cvv": ["dispute", "declined", "activate"],
    "ssn": ["tax", "w9", "tax"],
    "otp": ["login", "locked", "transfer"],
    "otp_fwd": ["login", "locked"],
    "pw": ["login", "locked"],
    "pin": ["pin", "activate", "lost"],
    "voice": ["declined", "login", "pin", "dispute"],
}
PERSONA_TOPICS: dict[str, list[str]] = {
    "landlord": ["rent", "deposit", "tax", "w9", "dispute", "transfer", "fee"],
    "gig": ["payout", "tax", "declined", "fee", "login", "deposit", "payout"],
    "student": ["refund", "fee", "transfer", "wallet", "login", "deposit", "declined"],
    "military": ["address", "travel", "declined", "lost", "transfer", "fee", "address"],
    "general": [
        "dispute",
        "lost",
        "declined",
        "login",
        "fee",
        "refund",
        "transfer",
        "activate",
        "pin",
        "wallet",
    ],
}
INFO_OF_TOPIC: dict[str, str] = {
    "dispute": "card",
    "lost": "card",
    "declined": "card",
    "activate": "card",
    "wallet": "card",
    "tax": "tax",
    "w9": "tax",
    "login": "login",
    "locked": "login",
    "pin": "login",
    "deposit": "money",
    "payout": "money",
    "rent": "money",
    "transfer": "money",
    "fee": "money",
    "refund": "money",
    "address": "address",
    "travel": "address",
}


# --------------------------------------------------------------------------------------
# Clean events
# --------------------------------------------------------------------------------------


def ev_legit_qa(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    items = ["l4", "l4", "zip", "dob", "email", "phone", "member", "exp", "multi"]
    if ctx.persona == "military" or ctx.topic in ("address", "travel"):
        items += ["addr", "addr"]
    if ctx.topic in ("tax", "w9"):
        items += ["ssn4", "ssn4", "ssn4"]
    item = rng.choice(items)
    out = [agent(ctx, A_LEGIT[item], "legit_ask_" + item)]
    if item == "multi":
        out.append(cust(ctx, MULTI_ANSWER, "info_multi"))
    else:
        out.append(cust(ctx, INFO[item], "info_" + item))
    return out


def ev_look(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    out = [cust(ctx, LOOK, "lookalike")]
    if ctx.channel == "whatsapp" and rng.random() < 0.5:
        out.append(cust(ctx, LOOK, "lookalike"))
    out.append(
        agent(ctx, A_INFO[INFO_OF_TOPIC.get(ctx.topic, "money")], "info_reply")
        if rng.random() < 0.7
        else agent(ctx, A_ACK, "ack")
    )
    return out


def ev_talk(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    out = [cust(ctx, TALK, "secret_talk")]
    table, kind = rng.choice(
        [(A_RESET, "reset_instructions"), (A_WARN, "warning"), (A_SCRIPT, "scripted_notice")]
    )
    if ctx.bot and rng.random() < 0.4:
        table, kind = A_BOT_SAFE, "bot_safe"
    out.append(agent(ctx, table, kind))
    return out


TOPIC_ASKS: dict[str, list[str]] = {
    "card": [CC, CVV, PIN, CC],
    "tax": [SSN],
    "login": [OTP, PW, OTP],
    "money": [OTP, SSN, CC, PW],
    "address": [SSN, CC, OTP],
}


def ev_refuse(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    want = rng.choice(TOPIC_ASKS[INFO_OF_TOPIC.get(ctx.topic, "money")])
    out = [ask(ctx, want, frozenset({want}) if rng.random() < 0.6 else None)]
    out.append(cust(ctx, REFUSE, "refusal"))
    if rng.random() < 0.75:
        out.append(agent(ctx, A_APOLOGY, "apology"))
    return out


def ev_phish_fwd(ctx: Ctx) -> list[Message]:
    return [cust(ctx, PHISH_FWD, "phish_forward"), agent(ctx, A_WARN, "warning")]


def ev_masked_summary(ctx: Ctx) -> list[Message]:
    return [agent(ctx, SUMMARY_MASKED, "summary_masked")]


def ev_voice_clean(ctx: Ctx) -> list[Message]:
    if ctx.channel != "whatsapp":
        return ev_look(ctx)
    return [cust(ctx, VOICE_CLEAN, "voice_clean"), agent(ctx, A_ACK, "ack")]


def ev_handoff(ctx: Ctx) -> list[Message]:
    if not ctx.bot:
        return [agent(ctx, A_SCRIPT, "scripted_notice")]
    out = [agent(ctx, A_HANDOFF, "handoff")]
    ctx.bot = False
    out.append(agent(ctx, A_GREET, "greeting"))
    return out


def ev_talk_oops(ctx: Ctx) -> list[Message]:
    return [agent(ctx, A_WARN, "warning"), cust(ctx, OOPS, "oops")]


CLEAN_EVENTS: list[tuple[Callable[[Ctx], list[Message]], int]] = [
    (ev_legit_qa, 26),
    (ev_look, 24),
    (ev_talk, 14),
    (ev_refuse, 9),
    (ev_phish_fwd, 5),
    (ev_voice_clean, 7),
    (ev_talk_oops, 3),
]


# --------------------------------------------------------------------------------------
# Conversation
# --------------------------------------------------------------------------------------


def opener(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    intro_table = INTRO[ctx.persona]
    problem = ctx.pick(OPEN[ctx.topic])
    intro = ctx.pick(intro_table) if rng.random() < 0.55 else ""
    if ctx.channel == "whatsapp":
        out: list[Message] = []
        for _ in range(rng.choice([0, 1, 1, 2])):
            out.append(cust(ctx, GREET_C, "greeting"))
        if intro and rng.random() < 0.5:
            out.append(cust_tpl(ctx, intro, "intro"))
            intro = ""
        out.append(cust_tpl(ctx, (intro + " " + problem).strip(), "opener"))
        if rng.random() < 0.25:
            out.append(cust(ctx, LOOK, "lookalike"))
        return out
    if ctx.channel == "email":
        extra = " " + ctx.pick(LOOK) if rng.random() < 0.5 else ""
        extra = extra[:2].upper() + extra[2:] if extra else extra
        body = (
            (intro + " " + problem).strip()
            + ("." if not problem.endswith((".", "?", "!")) else "")
            + extra
        )
        return [cust_tpl(ctx, body, "opener")]
    body = (intro + " " + problem).strip()
    if rng.random() < 0.3:
        body = ctx.pick(GREET_C) + ", " + body[:1].lower() + body[1:]
    return [cust_tpl(ctx, body, "opener")]


def phisher_conversation(ctx: Ctx, with_secret: bool) -> list[Message]:
    rng = ctx.rng
    ctx.bot = False
    tpl, types, kind = ctx.pick_ask(PHISH)
    out = [agent_tpl(ctx, tpl, kind, types)]
    out.append(cust(ctx, WHO_C, "who_is_this"))
    out.append(agent(ctx, PHISH_CHAT, "phisher_chat"))
    if rng.random() < 0.5:
        out.append(cust(ctx, WAIT_C, "wait"))
    if with_secret:
        order = [t for t in (OTP, PIN, CC, CVV, SSN, PW) if t in types]
        typ = order[0] if rng.random() < 0.7 else rng.choice(order)
        table = {OTP: C_OTP, PIN: C_PIN, CC: C_CARD, CVV: C_CVV, SSN: C_SSN, PW: C_PW}[typ]
        if typ == OTP and rng.random() < 0.4:
            table = C_OTP_SMS
        out.append(cust(ctx, table, "phished_" + typ.lower()))
        if rng.random() < 0.6:
            t2, ty2, k2 = ctx.pick_ask(PHISH_PUSH)
            out.append(agent_tpl(ctx, t2, k2, ty2))
            if rng.random() < 0.5:
                out.append(cust(ctx, REFUSE, "refusal"))
    else:
        t2, ty2, k2 = ctx.pick_ask(PHISH_PUSH)
        out.append(agent_tpl(ctx, t2, k2, ty2))
        out.append(cust(ctx, REFUSE, "refusal"))
        if rng.random() < 0.4:
            out.append(cust(ctx, PHISH_FWD, "phish_forward"))
    return out


def email_pass(ctx: Ctx, msgs: list[Message]) -> list[Message]:
    """Wrap every message of an e-mail-bridge conversation in greeting, signature and quotes."""
    rng = ctx.rng
    out: list[Message] = []
    for msg in msgs:
        b = Buf()
        if msg.role == "customer":
            head, tail = ctx.pick(EM_C_OPEN), ctx.pick(EM_C_CLOSE)
        else:
            head, tail = ctx.pick(EM_A_OPEN), ctx.pick(EM_A_CLOSE)
        b.add(render(ctx, head)[0])
        b.add(msg.text, msg.labels)
        b.add(render(ctx, tail)[0])
        kind = msg.kind
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.role != msg.role
            and len(prev.text) < 1600
            and rng.random() < 0.45
        ):
            who = (
                f"{ctx.first} {ctx.last}"
                if prev.role == "customer"
                else f"{ctx.cu} Member Services"
            )
            mail = ctx.f_email() if prev.role == "customer" else f"support@{ctx.domain}"
            hdr_tpl = ctx.pick(EM_QUOTE_HDR).replace("{who}", who).replace("{addr_mail}", mail)
            q_text, q_labels = quote(prev.text, prev.labels)
            b.add("\n\n" + render(ctx, hdr_tpl)[0] + "\n")
            b.add(q_text, q_labels)
            if q_labels:
                kind += "+quoted_secret"
        out.append(
            Message(
                msg.role, b.text, sorted(b.labels, key=lambda lab: lab.start), msg.requested, kind
            )
        )
    return out


def pick_weighted(rng: Random, pairs: list[tuple[str, int]]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def build(rng: Random, cid: str) -> Conversation:
    lang = pick_weighted(rng, [("en", 50), ("es", 35), ("mix", 15)])
    if lang == "es":
        dialect = pick_weighted(rng, [("pr", 30), ("do", 25), ("ar", 25), ("es", 20)])
    elif lang == "mix":
        dialect = pick_weighted(rng, [("pr", 45), ("do", 35), ("ar", 10), ("es", 10)])
    else:
        dialect = "us"
    channel = pick_weighted(rng, [("whatsapp", 36), ("email", 24), ("app", 40)])
    persona = pick_weighted(
        rng, [("landlord", 18), ("gig", 24), ("student", 18), ("military", 15), ("general", 25)]
    )
    ctx = Ctx(rng, lang, dialect, channel, persona)
    has_secret = rng.random() < 0.45

    if channel == "whatsapp" and rng.random() < 0.14:
        msgs = phisher_conversation(ctx, has_secret)
        return Conversation(
            cid, f"whatsapp/phisher/{persona}" + ("/secret" if has_secret else "/clean"), lang, msgs
        )

    events: list[str] = []
    if has_secret:
        names = [n for n, (_w, chans) in SECRET_EVENTS.items() if channel in chans]
        weights = [SECRET_EVENTS[n][0] for n in names]
        n_events = rng.choices([1, 2, 3], weights=[68, 26, 6])[0]
        for _ in range(n_events):
            ev = rng.choices(names, weights=weights)[0]
            if ev == "split" and "split" in events:
                ev = "card"
            events.append(ev)
        ctx.topic = rng.choice(EVENT_TOPICS[events[0]])
    else:
        ctx.topic = rng.choice(PERSONA_TOPICS[persona])

    head: list[Message] = []
    if ctx.bot and rng.random() < 0.6:
        head.append(agent(ctx, B_GREET, "bot_greeting"))
    head += opener(ctx)
    if head[0].role != "agent":
        head.append(
            agent(ctx, B_GREET if ctx.bot else A_GREET, "greeting")
            if rng.random() < 0.5
            else agent(ctx, A_ACK, "ack")
        )

    secret_segs = [EVENT_FN[ev](ctx) for ev in events]
    if ctx.bot and secret_segs and rng.random() < 0.35:
        secret_segs.append(ev_summary_leak(ctx))
    target = rng.randint(4, 16)
    close: list[Message] = []
    if ctx.bot and rng.random() < 0.15:
        close += ev_handoff(ctx)
    if (ctx.bot or channel == "email") and rng.random() < 0.25:
        close += ev_masked_summary(ctx)
    if rng.random() < 0.7:
        close.append(cust(ctx, THANKS, "thanks"))
    if rng.random() < 0.6:
        close.append(agent(ctx, A_CLOSE, "closing"))

    fns = [f for f, _w in CLEAN_EVENTS]
    ws = [w for _f, w in CLEAN_EVENTS]
    clean_segs: list[list[Message]] = []
    total = len(head) + sum(map(len, secret_segs)) + len(close)
    while total < target:
        seg = rng.choices(fns, weights=ws)[0](ctx)
        clean_segs.append(seg)
        total += len(seg)
    segs: list[tuple[bool, list[Message]]] = [(True, s) for s in secret_segs]
    for seg in clean_segs:
        segs.insert(rng.randint(0, len(segs)), (False, seg))
    while len(head) + sum(len(s) for _k, s in segs) + len(close) > 16:
        cleans = [i for i, (k, _s) in enumerate(segs) if not k]
        if cleans:
            segs.pop(rng.choice(cleans))
        elif close:
            close.pop()
        else:
            segs.pop()
    msgs = head + [m for _k, s in segs for m in s] + close
    while len(msgs) < 4:
        msgs += ev_legit_qa(ctx)
    if channel == "email":
        msgs = email_pass(ctx, msgs)
    kind = f"{channel}/{persona}/{ctx.topic}/" + ("+".join(events) if events else "clean")
    return Conversation(cid, kind, lang, msgs)


# --------------------------------------------------------------------------------------
# Self-checks (a conversation that breaks one is drawn again)
# --------------------------------------------------------------------------------------


def masked_text(msg: Message) -> str:
    chars = list(msg.text)
    for lab in msg.labels:
        for i in range(lab.start, lab.end):
            chars[i] = "#"
    return "".join(chars)


def problems(conv: Conversation) -> list[str]:
    out: list[str] = []
    secrets: list[tuple[str, str, bool]] = []
    for msg in conv.messages:
        for lab in msg.labels:
            value = msg.text[lab.start : lab.end]
            if not value or value != value.strip():
                out.append(f"bad span {value!r}")
            secrets.append((lab.type, value, lab.split_part))
    for msg in conv.messages:
        masked = masked_text(msg)
        runs = [re.sub(r"\D", "", m.group()) for m in RUN_RE.finditer(masked)]
        tokens = set(re.findall(r"\d+", masked)) | set(runs)
        for run in runs:
            if 13 <= len(run) <= 19 and luhn.is_valid(run):
                out.append(f"Luhn-valid look-alike {run}")
        for typ, value, split in secrets:
            if typ == PW:
                if value in masked:
                    out.append(f"password {value!r} outside its label")
                continue
            d = re.sub(r"\D", "", value)
            if split and len(d) < 6:
                continue
            if d in tokens or (len(d) >= 9 and any(d in run for run in runs)):
                out.append(f"{typ} {value!r} outside its label")
    return out


def generate(seed: int, count: int = 480) -> list[Conversation]:
    rng = Random(seed)
    conversations: list[Conversation] = []
    for i in range(count):
        cid = f"s12-{seed}-{i:04d}"
        conv = build(rng, cid)
        tries = 0
        while problems(conv) and tries < 50:
            conv = build(rng, cid)
            tries += 1
        conversations.append(conv)
    return conversations
