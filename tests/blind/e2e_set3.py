"""Third blind end-to-end set for guard: messy, realistic customer-care transcripts.

Written without reading guard's code, rules, tests or benchmarks (only the scorer and the
schema of `tests.blind.e2e_set`). Where the first sets are tidy, this one is messy: long
conversations (4-12 messages) over several topics; pasted forms and statements, ALL CAPS,
voice-to-text digits ("four one one one 1111 ..."), markdown and bullets, line breaks
inside numbers, emoji between words, impatient customers who repeat themselves, customers
who refuse, agents who fold a forbidden ask into an allowed one, polite phishing, bots with
numbered menus, and hard negatives everywhere (amounts, dates, phones, tracking and
reference numbers that fail Luhn, IMEIs, last-four talk, masked numbers, ZIP+4, flights).

Labels follow `tests.blind.e2e_set`: `Label(type, start, end, keep, split_part)` with
`text[start:end]` exactly the value; cards and SSNs keep 4 (the earlier parts of a card
typed over several messages keep 0: the last four are in the last part). `Message.requested`
holds the forbidden types an agent message asks for.

`generate(seed, count)` is deterministic (one seeded `random.Random`) and checks itself.
"""

# ruff: noqa: E501  (long template strings are data)
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from random import Random

from stdnum import luhn

from tests.blind.e2e_set import CC, CVV, OTP, PIN, PW, SSN, TYPES, Conversation, Label, Message

# --------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------

# brand: (prefixes, lengths, grouping)
BRANDS: dict[str, tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]] = {
    "visa": (("4",), (16, 16, 16, 13), (4, 4, 4, 4)),
    "mastercard": (
        ("51", "52", "53", "54", "55", "2221", "2300", "2510", "2699", "2720"),
        (16,),
        (4, 4, 4, 4),
    ),
    "amex": (("34", "37"), (15,), (4, 6, 5)),
    "discover": (("6011", "644", "645", "646", "647", "648", "649", "65"), (16,), (4, 4, 4, 4)),
    "jcb": (("3528", "3530", "3540", "3566", "3589"), (16,), (4, 4, 4, 4)),
    "diners": (("300", "301", "302", "303", "304", "305", "36", "38"), (14,), (4, 6, 4)),
    "unionpay": (("62",), (16, 19), (4, 4, 4, 4)),
    "maestro": (("5018", "5020", "5038", "6304", "6759", "6761", "6763"), (16, 19), (4, 4, 4, 4)),
}
BRAND_NAMES = {
    "visa": "Visa",
    "mastercard": "Mastercard",
    "amex": "Amex",
    "discover": "Discover",
    "jcb": "JCB",
    "diners": "Diners Club",
    "unionpay": "UnionPay",
    "maestro": "Maestro",
}

WORDS_EN = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
WORDS_ES = ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")
WORD_DIGIT = {w: str(i) for ws in (WORDS_EN, WORDS_ES) for i, w in enumerate(ws)} | {"oh": "0"}
WORD_RE = re.compile(r"[a-záéíóúñ]+", re.IGNORECASE)
RUN_RE = re.compile(r"\d(?:[ \-.]?\d)*")
SLOT_RE = re.compile(r"\{(\w+)\}")

EMOJI = ("🙏", "😩", "👉", "🤦‍♀️", "😡", "🙂", "👍", "💳", "😅", "🔥", "‼️", "😭", "🤞")


@dataclass(frozen=True)
class V:
    """A secret value placed in a template slot."""

    type: str
    text: str
    split: bool = False
    keep: int | None = None

    def label(self, start: int) -> Label:
        keep = self.keep if self.keep is not None else (4 if self.type in (CC, SSN) else 0)
        return Label(self.type, start, start + len(self.text), keep, self.split)


Slot = str | V


def digits_of(text: str) -> str:
    """Digits of a value, spelled-out digit words read as digits."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isdigit():
            out.append(ch)
            i += 1
            continue
        m = WORD_RE.match(text, i)
        if m:
            word = m.group(0).lower()
            if word in WORD_DIGIT:
                out.append(WORD_DIGIT[word])
            i = m.end()
            continue
        i += 1
    return "".join(out)


def luhn_ok(number: str) -> bool:
    return number.isdigit() and luhn.is_valid(number)


def spoil_luhn(number: str) -> str:
    """The same number with its last digit changed so that it fails Luhn."""
    if not luhn_ok(number):
        return number
    last = (int(number[-1]) + 1 + (number[-1] == "9")) % 10
    out = number[:-1] + str(last)
    assert not luhn_ok(out)
    return out


def rand_digits(rng: Random, n: int, first_nonzero: bool = True) -> str:
    first = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return first + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


@dataclass(frozen=True)
class Card:
    brand: str
    number: str

    @property
    def groups(self) -> list[str]:
        sizes = list(BRANDS[self.brand][2])
        if len(self.number) != sum(sizes):
            sizes = {13: [4, 4, 5], 19: [4, 4, 4, 4, 3]}[len(self.number)]
        out, pos = [], 0
        for size in sizes:
            out.append(self.number[pos : pos + size])
            pos += size
        return out

    @property
    def last4(self) -> str:
        return self.number[-4:]


def make_card(rng: Random, brand: str | None = None) -> Card:
    brand = brand or rng.choice(
        ["visa"] * 5
        + ["mastercard"] * 4
        + ["amex"] * 3
        + ["discover"] * 2
        + ["jcb", "diners", "unionpay", "maestro"]
    )
    prefixes, lengths, _ = BRANDS[brand]
    prefix = rng.choice(prefixes)
    length = rng.choice(lengths)
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    number = body + luhn.calc_check_digit(body)
    assert luhn_ok(number)
    return Card(brand, number)


def spell(digits: str, lang: str, rng: Random) -> str:
    words = WORDS_ES if lang == "es" else WORDS_EN
    out = []
    for d in digits:
        if d == "0" and lang != "es" and rng.random() < 0.4:
            out.append("oh")
        else:
            out.append(words[int(d)])
    return " ".join(out)


def card_text(rng: Random, card: Card, style: str, lang: str = "en") -> str:
    groups = card.groups
    if style == "plain":
        return card.number
    if style == "spaces":
        return " ".join(groups)
    if style == "dashes":
        return "-".join(groups)
    if style == "dots":
        return ".".join(groups)
    if style == "spaced_dash":
        return " - ".join(groups)
    if style == "newline":
        cut = rng.randint(1, len(groups) - 1)
        return " ".join(groups[:cut]) + rng.choice(["\n", " \n", "\n\n"]) + " ".join(groups[cut:])
    if style == "irregular":
        parts, pos = [], 0
        n = card.number
        while pos < len(n):
            size = min(rng.randint(2, 5), len(n) - pos)
            parts.append(n[pos : pos + size])
            pos += size
        return rng.choice([" ", "  ", "-"]).join(parts)
    if style == "voice":
        out = []
        for i, g in enumerate(groups):
            if i < len(groups) - 1 and rng.random() < 0.6:
                out.append(spell(g, lang, rng))
            else:
                out.append(g)
        return rng.choice([" ", ", ", " "]).join(out)
    raise ValueError(style)


CARD_STYLES = ("plain", "spaces", "spaces", "dashes", "dots", "spaced_dash", "newline", "irregular")


def make_ssn(rng: Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def ssn_text(rng: Random, ssn: str, style: str | None = None) -> str:
    style = style or rng.choice(["dash", "dash", "dash", "space", "plain", "dot"])
    a, g, s = ssn[:3], ssn[3:5], ssn[5:]
    return {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "plain": ssn, "dot": f"{a}.{g}.{s}"}[
        style
    ]


def make_cvv(rng: Random, amex: bool = False) -> str:
    return f"{rng.randint(0, 9999):04d}" if amex else f"{rng.randint(0, 999):03d}"


def make_otp(rng: Random) -> str:
    n = rng.choice([6, 6, 6, 6, 4, 5, 7, 8])
    raw = rand_digits(rng, n, first_nonzero=rng.random() < 0.8)
    if n == 6 and rng.random() < 0.25:
        return raw[:3] + rng.choice([" ", "-"]) + raw[3:]
    return raw


def make_pin(rng: Random) -> str:
    n = rng.choice([4, 4, 4, 4, 6])
    return rand_digits(rng, n, first_nonzero=rng.random() < 0.7)


PW_WORDS = (
    "Sunflower",
    "Gato",
    "Tigre",
    "Summer",
    "monkey",
    "Dragon",
    "Lucia",
    "Chivas",
    "Boca",
    "Pelusa",
    "Rocky",
    "Milagros",
    "Bluebird",
    "Azul",
    "Firulais",
    "Yankees",
    "Mariposa",
    "Coffee",
    "Panchito",
    "Estrella",
)


def make_pw(rng: Random) -> str:
    word = rng.choice(PW_WORDS)
    if rng.random() < 0.3:
        word = word.replace("o", "0").replace("a", "@", 1)
    sym = rng.choice(["#", "!", "@", "_", ".", "$", "*", ""])
    num = rng.choice([str(rng.randint(1, 99)), str(rng.randint(1980, 2024)), "123", "2k", ""])
    if not sym and not num:
        num = str(rng.randint(10, 99))
    tail = rng.choice(["", "", "!"])
    pw = rng.choice([word + sym + num + tail, num + word + sym, word.lower() + sym + num])
    if pw[-1] in "._,":  # a trailing dot or comma would read as punctuation
        pw += str(rng.randint(1, 9))
    return pw


# --------------------------------------------------------------------------------------
# Hard negatives: numbers that are not secrets
# --------------------------------------------------------------------------------------

MONTHS_EN = (
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
)
MONTHS_ES = (
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
)
STREETS = ("Maple Ave", "Ocean Dr", "Calle 8", "Elm St", "Av. Reforma", "Brickell Ave", "Main St")
CITIES = (
    ("Miami", "FL", "331"),
    ("Houston", "TX", "770"),
    ("Los Angeles", "CA", "900"),
    ("New York", "NY", "100"),
    ("Chicago", "IL", "606"),
    ("San Antonio", "TX", "782"),
    ("Phoenix", "AZ", "850"),
    ("El Paso", "TX", "799"),
)
MERCHANTS = (
    "AMAZON MKTPLACE",
    "UBER *TRIP",
    "WALMART #4821",
    "NETFLIX.COM",
    "SHELL OIL 5744",
    "MERCADOLIBRE",
    "OXXO 1123",
    "TARGET T-2281",
    "SPOTIFY",
    "DOORDASH*TACOS",
    "AIRBNB",
)
AGENT_EN = ("Dana", "Marcus", "Priya", "Kevin", "Ava (virtual assistant)", "Jordan")
AGENT_ES = ("Sofía", "Carlos", "Valentina", "Andrés", "Lupita", "Martín")
NAMES = (
    "John Carter",
    "Maria Lopez",
    "Keisha Brown",
    "Tom O'Neil",
    "José Hernández",
    "María Fernanda Ruiz",
    "Lucía Gómez",
    "Santiago Pérez",
    "Daniel Kim",
    "Ana Beltrán",
)


class Neg:
    """Generators of non-secret numbers (all formats, none Luhn-valid at 13-19 digits)."""

    def __init__(self, rng: Random) -> None:
        self.rng = rng

    def amount(self) -> str:
        r = self.rng
        dollars = r.choice([r.randint(5, 99), r.randint(100, 999), r.randint(1000, 9999)])
        cents = r.randint(0, 99)
        return r.choice(
            [
                f"${dollars:,}.{cents:02d}",
                f"${dollars}",
                f"${dollars:,}.00",
                f"USD {dollars}.{cents:02d}",
                f"MXN ${dollars:,}.{cents:02d}",
                f"$ {dollars:,}.{cents:02d}".replace(",", "X").replace(".", ",").replace("X", "."),
                f"€{dollars},{cents:02d}",
            ]
        )

    def date(self, lang: str = "en") -> str:
        r = self.rng
        y, m, d = r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28)
        if lang == "es":
            return r.choice(
                [
                    f"{d}/{m:02d}/{y}",
                    f"{d} de {MONTHS_ES[m - 1]}",
                    f"{d} de {MONTHS_ES[m - 1]} de {y}",
                    f"{d:02d}-{m:02d}-{y}",
                    f"{y}-{m:02d}-{d:02d}",
                ]
            )
        return r.choice(
            [
                f"{m:02d}/{d:02d}/{y}",
                f"{m}/{d}",
                f"{MONTHS_EN[m - 1]} {d}, {y}",
                f"{MONTHS_EN[m - 1][:3]} {d}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d}-{MONTHS_EN[m - 1][:3].upper()}-{y}",
                f"the {d}{ {1: 'st', 21: 'st', 2: 'nd', 22: 'nd', 3: 'rd', 23: 'rd'}.get(d, 'th') }",
            ]
        )

    def expiry(self) -> str:
        r = self.rng
        m, y = r.randint(1, 12), r.randint(25, 31)
        return r.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d} {y}"])

    def phone(self) -> str:
        r = self.rng
        a, b = r.randint(201, 989), r.randint(100, 999)
        return r.choice(
            [
                f"({a}) 555-{r.randint(100, 199):04d}",
                f"+1 ({a}) {b}-{r.randint(1000, 9999)}",
                f"1-800-{b}-{r.randint(1000, 9999)}",
                f"{a}-555-{r.randint(1000, 9999)}",
                f"+52 55 {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
                f"+34 6{r.randint(10, 99)} {b} {r.randint(100, 999)}",
                f"+54 9 11 {r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                f"{a}.{b}.{r.randint(1000, 9999)}",
            ]
        )

    def zip(self) -> str:
        r = self.rng
        z = f"{r.choice(CITIES)[2]}{r.randint(1, 99):02d}"
        return z if r.random() < 0.7 else f"{z}-{r.randint(1000, 9999)}"

    def case(self, lang: str = "en") -> str:
        r = self.rng
        if lang == "es":
            return r.choice(
                [
                    f"folio {r.randint(2023, 2026)}-{r.randint(0, 999999):06d}",
                    f"número de caso {rand_digits(r, 8)}",
                    f"ticket #{rand_digits(r, 7)}",
                    f"reporte {rand_digits(r, 10)}",
                ]
            )
        return r.choice(
            [
                f"case number {rand_digits(r, 8)}",
                f"case #{rand_digits(r, 9)}",
                f"reference CS-{r.randint(2023, 2026)}-{r.randint(0, 999999):06d}",
                f"ticket {rand_digits(r, 7)}",
                f"dispute ID {rand_digits(r, 10)}",
            ]
        )

    def ref16(self) -> str:
        """A 16-digit order/reference number that fails Luhn, often card-like."""
        r = self.rng
        first = r.choice(["4", "5", "3", "6", "1", "7", "9", "2"])
        number = spoil_luhn(first + rand_digits(r, 15, first_nonzero=False))
        if r.random() < 0.5:
            return " ".join(number[i : i + 4] for i in range(0, 16, 4))
        return number

    def imei(self) -> str:
        r = self.rng
        number = spoil_luhn(r.choice(["35", "86", "01", "49"]) + rand_digits(r, 13, False))
        return (
            number
            if r.random() < 0.7
            else f"{number[:2]}-{number[2:8]}-{number[8:14]}-{number[14]}"
        )

    def tracking(self) -> str:
        r = self.rng
        alnum = "ABCDEFGHJKLMNPRSTVWXY0123456789"
        return r.choice(
            [
                "1Z" + "".join(r.choice(alnum) for _ in range(6)) + "03" + rand_digits(r, 8, False),
                " ".join(
                    ["9400", *(rand_digits(r, 4, False) for _ in range(4)), rand_digits(r, 2)]
                ),
                f"{rand_digits(r, 4)} {rand_digits(r, 4, False)} {rand_digits(r, 4, False)}",
                "EE" + rand_digits(r, 9) + "MX",
            ]
        )

    def confirmation(self) -> str:
        r = self.rng
        alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return r.choice(
            [
                "".join(r.choice(alnum) for _ in range(6)),
                rand_digits(r, 8),
                "PMT-" + rand_digits(r, 6),
            ]
        )

    def flight(self) -> str:
        r = self.rng
        airline = r.choice(["AA", "UA", "DL", "AM", "IB", "LA", "AV", "B6"])
        return f"{airline}{r.choice(['', ' '])}{r.randint(10, 2999)}"

    def last4(self) -> str:
        return rand_digits(self.rng, 4, first_nonzero=False)

    def masked(self, last4: str | None = None) -> str:
        r = self.rng
        last4 = last4 or self.last4()
        return r.choice(
            [
                f"**** {last4}",
                f"XXXX-XXXX-XXXX-{last4}",
                f"•••• •••• •••• {last4}",
                f"xxxxxxxxxxxx{last4}",
                f"*{last4}",
                f"************{last4}",
            ]
        )

    def address(self) -> str:
        r = self.rng
        city, state, z3 = r.choice(CITIES)
        apt = r.choice(
            ["", f", Apt {r.randint(1, 30)}{r.choice('ABCD')}", f" #{r.randint(100, 999)}"]
        )
        zip5 = f"{z3}{r.randint(1, 99):02d}"
        return f"{r.randint(10, 9999)} {r.choice(STREETS)}{apt}, {city}, {state} {zip5}"

    def dob(self, lang: str = "en") -> str:
        r = self.rng
        y, m, d = r.randint(1950, 2002), r.randint(1, 12), r.randint(1, 28)
        if lang == "es":
            return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} de {MONTHS_ES[m - 1]} de {y}"])
        return r.choice([f"{m:02d}/{d:02d}/{y}", f"{MONTHS_EN[m - 1]} {d}, {y}", f"{m}-{d}-{y}"])


# --------------------------------------------------------------------------------------
# Message building
# --------------------------------------------------------------------------------------


def build(
    role: str,
    template: str,
    kind: str,
    slots: dict[str, Slot] | None = None,
    requested: Sequence[str] = (),
    upper: bool = False,
) -> Message:
    """Fill `template`'s {slots}; secret slots (V) become labels with exact spans."""
    slots = slots or {}
    out: list[str] = []
    labels: list[Label] = []
    length = 0
    pos = 0
    for m in SLOT_RE.finditer(template):
        lit = template[pos : m.start()]
        lit = lit.upper() if upper else lit
        out.append(lit)
        length += len(lit)
        value = slots[m.group(1)]
        if isinstance(value, V):
            if upper and value.type != PW:
                value = V(value.type, value.text.upper(), value.split, value.keep)
            labels.append(value.label(length))
            out.append(value.text)
            length += len(value.text)
        else:
            text = value.upper() if upper else value
            out.append(text)
            length += len(text)
        pos = m.end()
    tail = template[pos:]
    out.append(tail.upper() if upper else tail)
    return Message(role, "".join(out), labels, frozenset(requested), kind)


class Ctx:
    """Random choices for one conversation in one language ("en", "es" or "mix")."""

    def __init__(self, rng: Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.neg = Neg(rng)
        self.card = make_card(rng)
        self.ssn = make_ssn(rng)
        self.zip = self.neg.zip()
        self.phone_last4 = self.neg.last4()
        self.agent = rng.choice(AGENT_ES if lang == "es" else AGENT_EN)
        self.cur = "es" if lang == "es" else "en"  # language of the template being filled

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def sub_lang(self) -> str:
        """The language of one message: a mixed conversation switches back and forth."""
        if self.lang == "mix":
            return self.rng.choice(["en", "es", "mix"])
        return self.lang

    def say(self, en: Sequence[str], es: Sequence[str], mix: Sequence[str] = ()) -> str:
        lang = self.sub_lang()
        if lang == "mix" and mix:
            self.cur = self.rng.choice(["en", "es"])
            return self.rng.choice(list(mix))
        if lang == "es" or (lang == "mix" and self.rng.random() < 0.5):
            self.cur = "es"
            return self.rng.choice(list(es))
        self.cur = "en"
        return self.rng.choice(list(en))

    def emo(self, template: str, p: float = 0.25) -> str:
        """Maybe put an emoji between two words of a template."""
        if not self.chance(p):
            return template
        spaces = [i for i, ch in enumerate(template) if ch == " "]
        if not spaces:
            return template + " " + self.rng.choice(EMOJI)
        i = self.rng.choice(spaces)
        return template[:i] + " " + self.rng.choice(EMOJI) + template[i:]

    # value slots -------------------------------------------------------------------

    def v_card(self, styles: Sequence[str] = CARD_STYLES, card: Card | None = None) -> V:
        card = card or self.card
        style = self.rng.choice(list(styles))
        return V(CC, card_text(self.rng, card, style, self.cur))

    def v_cvv(self, spelled: bool = False) -> V:
        value = make_cvv(self.rng, self.card.brand == "amex")
        if spelled:
            return V(CVV, spell(value, self.cur, self.rng))
        return V(CVV, value)

    def v_ssn(self, style: str | None = None) -> V:
        return V(SSN, ssn_text(self.rng, self.ssn, style))

    def v_otp(self, spelled: bool = False) -> V:
        value = make_otp(self.rng)
        if spelled:
            return V(OTP, spell(value.replace(" ", "").replace("-", ""), "en", self.rng))
        return V(OTP, value)

    def v_pin(self) -> V:
        return V(PIN, make_pin(self.rng))

    def v_pw(self) -> V:
        return V(PW, make_pw(self.rng))

    def plain(self) -> dict[str, Slot]:
        """Non-secret slots every template may use."""
        n, lang = self.neg, self.cur
        return {
            "amount": n.amount(),
            "amount2": n.amount(),
            "date": n.date(lang),
            "date2": n.date(lang),
            "exp": n.expiry(),
            "phone": n.phone(),
            "zip": self.zip,
            "case": n.case(lang),
            "ref": n.ref16(),
            "imei": n.imei(),
            "tracking": n.tracking(),
            "conf": n.confirmation(),
            "flight": n.flight(),
            "last4": self.card.last4,
            "ssn4": self.ssn[-4:],
            "plast4": self.phone_last4,
            "masked": n.masked(self.card.last4),
            "address": n.address(),
            "dob": n.dob(lang),
            "name": self.rng.choice(NAMES),
            "agent": self.agent,
            "brand": BRAND_NAMES[self.card.brand],
            "merchant": self.rng.choice(MERCHANTS),
            "year": str(self.rng.randint(2015, 2025)),
            "pct": f"{self.rng.randint(12, 29)}.{self.rng.choice(['99', '49', '24', '9'])}%",
            "points": f"{self.rng.randint(1, 90):,},{self.rng.randint(0, 9)}00",
            "n": str(self.rng.randint(2, 5)),
            "mins": str(self.rng.choice([5, 10, 15, 30])),
        }

    def msg(
        self,
        role: str,
        template: str,
        kind: str,
        requested: Sequence[str] = (),
        upper: bool = False,
        secrets: dict[str, V] | None = None,
        **more: V,
    ) -> Message:
        slots: dict[str, Slot] = self.plain()
        slots.update(secrets or {})
        slots.update(more)
        return build(role, template, kind, slots, requested, upper)


Topic = Callable[[Ctx], list[Message]]

# --------------------------------------------------------------------------------------
# Agent asks: forbidden (with what they ask for) and legitimate
# --------------------------------------------------------------------------------------

AskList = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]

ASKS: dict[str, AskList] = {
    CC: (
        (
            "Can you please provide the full card number so I can locate the account?",
            "To verify, I'll need the number on the front of your card, all 16 digits.",
            "Please type your complete card number below 👇",
            "What is the long number on your card?",
            "Kindly confirm your billing ZIP and the full card number.",
            "Thanks {name}! Could you share the card number exactly as it appears on the card?",
            "[Bot] Please enter your 16-digit card number to continue.",
            "I see two accounts under that phone. Which card is it? Send me the whole number please",
            "Sure, I can check that charge of {amount}. First, what's the complete card number?",
        ),
        (
            "¿Me podría proporcionar el número completo de su tarjeta?",
            "Para ubicar tu cuenta necesito los 16 dígitos de tu tarjeta.",
            "Por favor escríbeme el número de la tarjeta, sin espacios.",
            "Confírmame tu código postal y el número completo de la tarjeta, porfa.",
            "Regáleme el número de la tarjeta para validar, por favor.",
            "Pasame el número de tu tarjeta así lo verifico.",
            "Vale, ¿me dices el número entero de la tarjeta?",
        ),
        (
            "Ok perfecto, mándame el card number completo please",
            "Para el dispute necesito el full card number, ¿me lo pasas?",
        ),
    ),
    CVV: (
        (
            "What's the CVV on the back of your card?",
            "Please confirm your ZIP and the CVV.",
            "Can you read me the 3-digit security code on the back?",
            "I'll also need the CVC to process this payment of {amount}.",
            "Last four digits and the security code, please.",
            "For Amex cards, please give me the 4-digit CID printed on the front.",
            "Kindly provide the three digits on the signature strip so we can verify it's you 🙂",
            "Got it. And the card verification value?",
            "One more thing: what's the security code? It's on the back, next to the signature.",
        ),
        (
            "¿Cuál es el código de seguridad de tu tarjeta? Los 3 dígitos de atrás.",
            "Me confirma los últimos 4 dígitos y el CVV, por favor.",
            "Necesito el CVV para procesar el cargo de {amount}.",
            "Dígame el código de 3 dígitos que aparece al reverso.",
            "Porfa mandame el CVC así avanzamos.",
            "¿Me regala el código de seguridad de la tarjeta?",
        ),
        (
            "Ok, y el CVV de atrás? necesito los 3 digits",
            "Please mándame el security code para terminar",
        ),
    ),
    SSN: (
        (
            "Can you verify your full Social Security number?",
            "Please provide your SSN so I can pull up the application.",
            "I need your complete social, all 9 digits.",
            "Please confirm your date of birth and your Social Security number.",
            "To open the dispute I have to verify identity: what's your SSN?",
            "Could you type your social security # here? The whole thing please.",
        ),
        (
            "¿Me puede dar su número de Seguro Social completo?",
            "Para continuar necesito tu SSN, los 9 dígitos.",
            "Confírmame tu fecha de nacimiento y tu número de seguro social.",
            "¿Cuál es su número de seguro social? Es para validar la solicitud.",
        ),
        ("Necesito tu social security number completo para el credit check",),
    ),
    OTP: (
        (
            "I just sent a code to your phone, can you read it to me?",
            "Please tell me the 6-digit verification code you received.",
            "What's the one-time passcode we texted you?",
            "Kindly share the authenticator code from your app so I can finish the verification.",
            "Please reply with the OTP to confirm the transfer of {amount}.",
            "You should have received a text from us. What's the code in it?",
            "[Bot] To continue, reply here with the verification code sent to the phone ending in {plast4}.",
        ),
        (
            "Te acabo de enviar un código por SMS, ¿me lo puedes dictar?",
            "¿Cuál es el código de verificación que te llegó?",
            "Compárteme el código de 6 dígitos que te enviamos, por favor.",
            "Pasame el código que te llegó al celu.",
            "¿Me puede indicar la clave dinámica que recibió por mensaje?",
        ),
        ("Te mandé un code por text, ¿me lo dices?", "Dime el OTP que te llegó please"),
    ),
    PW: (
        (
            "Can you tell me your online banking password so I can check the account?",
            "What password are you using to log in?",
            "Please type your current password here so I can reset it.",
            "To unlock the app I'll need your username and password.",
            "For security purposes, kindly confirm your account password.",
        ),
        (
            "¿Me indica su contraseña de la banca en línea?",
            "Escríbeme tu contraseña actual para desbloquear el acceso.",
            "¿Cuál es la contraseña con la que entras a la app?",
            "Para reactivar tu usuario necesito que me compartas tu contraseña.",
        ),
        ("Mándame tu password actual y te lo reseteo",),
    ),
    PIN: (
        (
            "What's your 4-digit PIN?",
            "Please confirm the PIN you use at the ATM.",
            "Could you type your card PIN so I can verify it matches?",
            "To unblock the card I need the current PIN, please.",
        ),
        (
            "¿Cuál es tu NIP de 4 dígitos?",
            "Confírmame tu PIN del cajero, por favor.",
            "Necesito la clave de la tarjeta, la del cajero, para validar.",
            "¿Me dices tu NIP actual para desbloquear la tarjeta?",
        ),
        ("Ok, dime tu PIN del ATM y lo desbloqueo",),
    ),
}

# asks for several things at once: (en, es, requested)
MULTI_ASKS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "Please send your card number, expiry and CVV so I can rerun the payment.",
        "Envíame el número de tarjeta, la fecha de vencimiento y el CVV para reintentar el pago.",
        (CC, CVV),
    ),
    (
        "To verify: your full SSN and the code we just texted you.",
        "Para verificar: tu número de seguro social completo y el código que te enviamos.",
        (SSN, OTP),
    ),
    (
        "Please confirm your ZIP, the last 4 of the card, and your PIN.",
        "Confírmame tu código postal, los últimos 4 de la tarjeta y tu NIP.",
        (PIN,),
    ),
    (
        "I need the card number and the PIN to unlock it. Sorry for the hassle!",
        "Necesito el número de la tarjeta y el NIP para desbloquearla. ¡Disculpa la molestia!",
        (CC, PIN),
    ),
    (
        "Can you give me your username, password and the authenticator code?",
        "¿Me das tu usuario, tu contraseña y el código del autenticador?",
        (PW, OTP),
    ),
    (
        "Thanks for your patience 😊 To release the hold, reply with your date of birth and CVV.",
        "Gracias por tu paciencia 😊 Para liberar el bloqueo, respóndeme con tu fecha de nacimiento y el CVV.",
        (CVV,),
    ),
)

# polite phishing: the "agent" sounds official and friendly
PHISH: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "Dear valued customer, to protect your account from the suspicious charge of {amount}, "
        "kindly share the 6-digit code we just sent you. This is a standard security step 🔒",
        "Estimado cliente, para proteger su cuenta del cargo sospechoso de {amount}, le "
        "pedimos amablemente compartir el código de 6 dígitos que le acabamos de enviar 🔒",
        (OTP,),
    ),
    (
        "Hello from the Fraud Prevention Team! We need to re-validate your card. Please reply "
        "with the card number, expiration date and the security code on the back. Thank you!",
        "¡Hola, le saluda el equipo de Prevención de Fraude! Necesitamos revalidar su tarjeta. "
        "Responda con el número de la tarjeta, la fecha de vencimiento y el código de seguridad.",
        (CC, CVV),
    ),
    (
        "We're updating our records as of {date}. Could you kindly confirm your Social Security "
        "number and your online banking password? It only takes a minute.",
        "Estamos actualizando nuestros registros al {date}. ¿Podría confirmarnos su número de "
        "seguro social y su contraseña de banca en línea? Solo toma un minuto.",
        (SSN, PW),
    ),
    (
        "Your card was temporarily locked for your safety. To unlock it, just reply with your "
        "ATM PIN and we'll take care of the rest 🙂",
        "Su tarjeta fue bloqueada temporalmente por seguridad. Para desbloquearla, solo "
        "responda con su NIP del cajero y nosotros nos encargamos 🙂",
        (PIN,),
    ),
)

LEGIT_ASKS: tuple[tuple[str, ...], tuple[str, ...]] = (
    (
        "Can you confirm the last four digits of the card?",
        "What's the billing ZIP code on the account?",
        "Please confirm the last 4 of your SSN and your date of birth.",
        "Could you verify the last four of your social and the ZIP on file?",
        "What's the name on the card and the last 4 digits?",
        "Which card is it, the one ending in {last4}?",
        "To verify, please give me your billing ZIP and the last four of the card.",
        "Can you confirm the last four of the card and the billing ZIP? Please do NOT send the CVV.",
        "Can you confirm the email address on the account?",
        "What's the best phone number to reach you?",
    ),
    (
        "¿Me confirmas los últimos 4 dígitos de la tarjeta?",
        "¿Cuál es el código postal de facturación?",
        "Por favor confírmame los últimos 4 de tu seguro social y tu fecha de nacimiento.",
        "¿Es la tarjeta con terminación {last4}?",
        "¿Me confirmas tu código postal y los últimos cuatro dígitos de la tarjeta?",
        "Tu código postal y los últimos 4 de la tarjeta, por favor (no me mandes el CVV).",
        "¿Cuál es tu correo electrónico registrado?",
        "¿A qué número de celular te podemos llamar?",
    ),
)

WARNINGS: tuple[tuple[str, ...], tuple[str, ...]] = (
    (
        "Just a reminder: we will never ask for your PIN, password or full card number.",
        "Please never share your PIN with anyone, including us.",
        "Enter the code in the app, not here in the chat.",
        "I've sent a 6-digit code to the phone ending in {plast4}. Please enter it in the app "
        "and don't share it with anyone, including me.",
        "Don't type your CVV or SSN in this chat. I only need the last four digits.",
        "If someone calls asking for a verification code, hang up and call {phone}.",
        "If you received a code by text, there's no need to share it with me.",
        "For your security, never give your PIN to anyone who calls you, even if they say they're from the bank.",
        "You can reset your password from the login screen by tapping 'Forgot password'.",
        "To change your PIN go to any of our ATMs, insert the card and choose 'PIN services'.",
    ),
    (
        "Te recuerdo que nunca te pediremos tu NIP, contraseña ni el número completo de tu tarjeta.",
        "Por favor no compartas tu código de verificación con nadie, ni siquiera con nosotros.",
        "Ingresa el código en la app, no aquí en el chat.",
        "Si te llegó un código por SMS, no necesitas compartírmelo.",
        "Te envié un código de 6 dígitos al celular terminación {plast4}. Ingrésalo en la app "
        "y no se lo compartas a nadie.",
        "No escribas tu CVV ni tu número de seguro social en este chat.",
        "Para cambiar tu NIP acude a cualquier cajero y elige 'Cambio de NIP'.",
        "Puedes restablecer tu contraseña desde la app, en 'Olvidé mi contraseña'.",
    ),
)


def ask(ctx: Ctx, kind: str) -> Message:
    en, es, mix = ASKS[kind]
    return ctx.msg("agent", ctx.say(en, es, mix), f"ask_{kind.lower()}", (kind,))


def multi_ask(ctx: Ctx, needs: str | None = None) -> tuple[Message, tuple[str, ...]]:
    en, es, req = ctx.rng.choice([m for m in MULTI_ASKS if needs is None or needs in m[2]])
    return ctx.msg("agent", ctx.say([en], [es]), "ask_multi", req), req


def legit_ask(ctx: Ctx) -> Message:
    return ctx.msg("agent", ctx.say(*LEGIT_ASKS), "legit_ask")


def warning(ctx: Ctx) -> Message:
    return ctx.msg("agent", ctx.say(*WARNINGS), "warning")


def ack(ctx: Ctx) -> Message:
    return ctx.msg(
        "agent",
        ctx.say(
            [
                "Thanks, one moment please ⏳",
                "Got it, let me check.",
                "Thank you {name}, give me a minute while I pull that up.",
                "Ok, I'm looking into it now.",
                "Thanks! I see a pending charge of {amount} from {merchant} on {date}.",
            ],
            [
                "Gracias, dame un momento por favor ⏳",
                "Perfecto, déjame revisar.",
                "Gracias {name}, un minuto mientras lo reviso.",
                "Listo, veo un cargo pendiente de {amount} de {merchant} del {date}.",
            ],
        ),
        "ack",
    )


def nudge(ctx: Ctx) -> Message:
    return ctx.msg(
        "customer",
        ctx.say(
            ["hello??", "?????", "are you there", "HELLO", "still waiting...", "hellooo 😩"],
            ["¿hola?", "???", "sigues ahí?", "holaaa", "bueno??", "oigan 😡"],
        ),
        "nudge",
    )


def cust(
    ctx: Ctx,
    kind: str,
    en: Sequence[str],
    es: Sequence[str],
    mix: Sequence[str] = (),
    upper: bool = False,
    **secrets: V,
) -> Message:
    return ctx.msg("customer", ctx.emo(ctx.say(en, es, mix)), kind, upper=upper, secrets=secrets)


def agent(
    ctx: Ctx, kind: str, en: Sequence[str], es: Sequence[str], mix: Sequence[str] = (), **secrets: V
) -> Message:
    return ctx.msg("agent", ctx.say(en, es, mix), kind, secrets=secrets)


PROBLEMS: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = (
    (
        "my card got declined at {merchant} for {amount} 😡",
        "Hi I was charged twice for {amount} on {date}",
        "i need help, theres a charge from {merchant} i dont recognize",
        "Hello, my payment of {amount} due {date} didn't go through",
        "HI MY CARD IS NOT WORKING SINCE {date}",
        "hey so I'm traveling on {flight} on {date} and I want to make sure my card works",
    ),
    (
        "hola, me rechazaron la tarjeta en {merchant} por {amount}",
        "Buenas tardes, me cobraron dos veces {amount} el {date}",
        "tengo un cargo de {merchant} que no reconozco",
        "Hola, mi pago de {amount} con vencimiento el {date} no se aplicó",
        "oye mi tarjeta no pasa desde el {date} 😩",
    ),
    (
        "hola, my card got declined en {merchant} por {amount}",
        "Hi, me hicieron un double charge de {amount} el {date}",
    ),
)


def problem(ctx: Ctx) -> Message:
    return cust(ctx, "problem", *PROBLEMS)


# --------------------------------------------------------------------------------------
# Topics with secrets
# --------------------------------------------------------------------------------------


def t_card_ask(ctx: Ctx) -> list[Message]:
    out = [problem(ctx)] if ctx.chance(0.6) else []
    if ctx.chance(0.3):
        a, req = multi_ask(ctx, CC)
        out.append(a)
    else:
        out.append(ask(ctx, CC))
        req = (CC,)
    card = ctx.v_card()
    if CVV in req:
        out.append(
            cust(
                ctx,
                "card_cvv",
                [
                    "{card} exp {exp} cvv {cvv}",
                    "ok its {card}, {exp}, {cvv}",
                    "card: {card}\nexp: {exp}\ncvv: {cvv}",
                    "{card} {exp} {cvv}",
                    "Sure. Number {card}, expires {exp}, security code {cvv}",
                ],
                [
                    "{card} vence {exp} cvv {cvv}",
                    "va: {card}, {exp}, código {cvv}",
                    "tarjeta: {card}\nvencimiento: {exp}\ncódigo de seguridad: {cvv}",
                ],
                ["ok aquí va {card} exp {exp} y el cvv es {cvv}"],
                card=card,
                cvv=ctx.v_cvv(),
            )
        )
    elif PIN in req:
        out.append(
            cust(
                ctx,
                "card_pin",
                ["{card} and pin {pin}", "card {card}\npin {pin}"],
                ["{card} y el nip es {pin}", "tarjeta {card}, NIP {pin}"],
                card=card,
                pin=ctx.v_pin(),
            )
        )
    else:
        out.append(
            cust(
                ctx,
                "card",
                [
                    "{card}",
                    "sure, it's {card}",
                    "ok here: {card}",
                    "{card} thanks",
                    "its {card} the {brand} one",
                    "Card number: {card}",
                    "{card}\n\nplease hurry I'm at the register",
                ],
                [
                    "{card}",
                    "claro, es {card}",
                    "va, la tarjeta es {card}",
                    "es la {brand}: {card}",
                    "número: {card}",
                ],
                ["ok, es {card}", "la card es {card}"],
                card=card,
            )
        )
    if ctx.chance(0.5):
        out.append(ack(ctx))
    return out


def t_cvv(ctx: Ctx) -> list[Message]:
    out = [problem(ctx)] if ctx.chance(0.5) else []
    a = ask(ctx, CVV)
    out.append(a)
    amex = any(w in a.text for w in ("CID", "4-digit", "4 dígitos"))
    cvv = V(CVV, make_cvv(ctx.rng, amex or ctx.card.brand == "amex"))
    both = any(w in a.text for w in ("ZIP", "postal", "four", "4 dígitos", "Last four"))
    if both:
        if "ZIP" in a.text or "postal" in a.text:
            out.append(
                cust(
                    ctx,
                    "zip_cvv",
                    ["{zip}, {cvv}", "zip {zip} cvv {cvv}", "{zip}\n{cvv}", "{zip} and {cvv}"],
                    ["{zip} y {cvv}", "cp {zip}, cvv {cvv}", "{zip}\n{cvv}"],
                    cvv=cvv,
                )
            )
        else:
            out.append(
                cust(
                    ctx,
                    "last4_cvv",
                    ["{last4} and {cvv}", "last 4 {last4}, cvv {cvv}", "{last4}\n{cvv}"],
                    ["{last4} y {cvv}", "terminación {last4}, código {cvv}"],
                    cvv=cvv,
                )
            )
    else:
        out.append(
            cust(
                ctx,
                "cvv_answer",
                [
                    "{cvv}",
                    "{cvv}",
                    "its {cvv}",
                    "ok {cvv} 👍",
                    "{cvv}.",
                    "umm {cvv} I think",
                    "CVV {cvv}",
                ],
                ["{cvv}", "es {cvv}", "va, {cvv}", "{cvv} 🙏", "el código es {cvv}"],
                ["es {cvv}", "ok it's {cvv}"],
                cvv=cvv,
            )
        )
    if ctx.chance(0.5):
        out.append(ack(ctx))
    return out


def t_ssn(ctx: Ctx) -> list[Message]:
    out: list[Message] = []
    if ctx.chance(0.5):
        out.append(
            cust(
                ctx,
                "problem",
                [
                    "I applied for a credit line increase on {date}, any news?",
                    "hi, I want to apply for the secured card",
                    "my application says pending since {date}",
                ],
                [
                    "solicité un aumento de línea el {date}, ¿hay novedades?",
                    "hola quiero tramitar la tarjeta garantizada",
                ],
            )
        )
    if ctx.chance(0.2):
        a, req = multi_ask(ctx, SSN)
    else:
        a, req = ask(ctx, SSN), (SSN,)
    out.append(a)
    if ctx.chance(0.25):
        out.append(
            cust(
                ctx,
                "refusal",
                [
                    "I'm not giving you my SSN 😡 why do you need that",
                    "no way, I don't share my social over chat",
                    "Absolutely not. You already have it on file.",
                    "is this legit?? I'm not comfortable typing my social here",
                ],
                [
                    "No le voy a dar mi número de seguro social por chat",
                    "¿para qué quieren mi seguro social? no lo voy a mandar",
                    "ni loco te paso mi social",
                ],
                ["no, I'm not giving you mi social security"],
            )
        )
        out.append(
            ctx.msg(
                "agent",
                ctx.say(
                    [
                        "Understood! The last 4 of your SSN is enough then.",
                        "No problem, you can just give me the last four digits of your social.",
                    ],
                    [
                        "Entendido, con los últimos 4 dígitos de su seguro social es suficiente.",
                        "Sin problema, solo los últimos cuatro de tu seguro social.",
                    ],
                ),
                "legit_ask",
            )
        )
        out.append(
            cust(
                ctx,
                "ssn_last4",
                ["{ssn4}", "ok last 4 are {ssn4}", "it ends in {ssn4}"],
                ["{ssn4}", "termina en {ssn4}", "los últimos 4 son {ssn4}"],
            )
        )
        return out
    ssn = ctx.v_ssn()
    if OTP in req:
        out.append(
            cust(
                ctx,
                "ssn_otp",
                ["{ssn} and the code is {otp}", "ssn {ssn}\ncode {otp}"],
                ["{ssn} y el código es {otp}", "seguro social {ssn}, código {otp}"],
                ssn=ssn,
                otp=ctx.v_otp(),
            )
        )
    elif ctx.chance(0.3):
        out.append(
            cust(
                ctx,
                "ssn_voice",
                [
                    "my social is {ssn}",
                    "social security number {ssn}",
                    "my social is {ssn} and date of birth {dob}",
                ],
                ["mi seguro social es {ssn}", "el social es {ssn}, nací el {dob}"],
                ["my social es {ssn}"],
                ssn=ctx.v_ssn("space"),
            )
        )
    else:
        out.append(
            cust(
                ctx,
                "ssn_answer",
                [
                    "{ssn}",
                    "sure {ssn}",
                    "SSN: {ssn}",
                    "{ssn}, DOB {dob}",
                    "ok... {ssn}",
                    "its {ssn}",
                ],
                [
                    "{ssn}",
                    "claro, {ssn}",
                    "mi número de seguro social es {ssn}",
                    "{ssn} y nací el {dob}",
                ],
                ["el SSN es {ssn}"],
                ssn=ssn,
            )
        )
    if ctx.chance(0.5):
        out.append(ack(ctx))
    return out


OTP_NOTICES: tuple[tuple[str, ...], tuple[str, ...]] = (
    (
        "I've sent a one-time code to the phone ending in {plast4}. It expires in {mins} minutes.",
        "A verification code is on its way to your phone ending {plast4}. Please don't share it.",
        "Ok, I just triggered a new passcode by text message. Enter it in the app when it arrives.",
        "[Bot] We sent a 6-digit code to ***-***-{plast4}.",
    ),
    (
        "Te envié un código de verificación al celular terminación {plast4}. Vence en {mins} minutos.",
        "Acabo de mandarte un código por SMS, no lo compartas con nadie.",
        "[Bot] Enviamos un código de 6 dígitos al ***-***-{plast4}.",
    ),
)


def t_otp_typeback(ctx: Ctx) -> list[Message]:
    out = [
        cust(
            ctx,
            "problem",
            [
                "I'm trying to log into the app and it says verify your identity",
                "the app keeps asking me to verify, I tried {n} times",
                "cant add my card to apple pay",
            ],
            [
                "quiero entrar a la app y me pide verificar identidad",
                "no puedo agregar la tarjeta a Google Pay, ya lo intenté {n} veces",
            ],
            ["no puedo hacer login en la app, me pide verify"],
        ),
        ctx.msg("agent", ctx.say(*OTP_NOTICES), "otp_notice"),
    ]
    if ctx.chance(0.25):
        out.append(
            cust(
                ctx,
                "otp_wait",
                ["nothing yet", "still nothing 😩 been {mins} min"],
                ["no me ha llegado nada", "todavía nada 😩"],
            )
        )
    spelled = ctx.chance(0.1)
    out.append(
        cust(
            ctx,
            "otp_typeback",
            [
                "ok it says {otp}",
                "got it {otp}",
                "{otp}",
                "GOT IT: {otp}",
                "it's {otp} now what",
                "ok the text says {otp}",
                "i got {otp}",
            ]
            if not spelled
            else ["the code is {otp}"],
            ["listo, es {otp}", "ya me llegó el sms, es {otp}", "{otp}", "me llegó {otp}"]
            if not spelled
            else ["el código es {otp}"],
            ["ya me llegó, it's {otp}"] if not spelled else (),
            otp=ctx.v_otp(spelled),
        )
    )
    out.append(
        agent(
            ctx,
            "warning",
            [
                "Please don't share codes in the chat, enter it in the app. You're all set now.",
                "Thanks, you're verified. Next time just type it in the app 🙂",
            ],
            [
                "Por favor no compartas códigos en el chat, ingrésalo en la app.",
                "Listo, ya quedaste verificado.",
            ],
        )
    )
    return out


def t_otp_ask(ctx: Ctx) -> list[Message]:
    out = [ask(ctx, OTP)]
    if ctx.chance(0.3):
        out.insert(0, ctx.msg("agent", ctx.say(*OTP_NOTICES), "otp_notice"))
    spelled = ctx.chance(0.12)
    if spelled:
        out.append(
            cust(
                ctx,
                "otp_spelled",
                ["the code is {otp}", "code {otp}"],
                ["the code is {otp}"],
                otp=ctx.v_otp(True),
            )
        )
    else:
        out.append(
            cust(
                ctx,
                "otp_answer",
                [
                    "{otp}",
                    "{otp}",
                    "sure, {otp}",
                    "it's {otp}",
                    "the code is {otp}",
                    "ok {otp}",
                    "verification code: {otp}",
                    "{otp} (it said expires in {mins} min)",
                ],
                ["{otp}", "es {otp}", "el código es {otp}", "me llegó el {otp}", "va: {otp}"],
                ["the code es {otp}", "ok, {otp}"],
                otp=ctx.v_otp(),
            )
        )
    if ctx.chance(0.3):
        out.append(
            cust(
                ctx,
                "otp_reissue",
                ["wait that one expired, new one is {otp}", "sorry new code: {otp}"],
                ["ese ya venció, el nuevo es {otp}", "perdón, me llegó otro: {otp}"],
                otp=ctx.v_otp(),
            )
        )
    return out


def t_pin(ctx: Ctx) -> list[Message]:
    r = ctx.rng.random()
    if r < 0.3:
        return [
            cust(
                ctx,
                "pin_volunteer",
                [
                    "I want to change my PIN, the current pin is {pin}",
                    "the ATM says wrong PIN but my pin is {pin} I'm sure",
                    "my PIN: {pin} — is it blocked?",
                    "pin {pin} doesnt work at the atm on {date}",
                ],
                [
                    "quiero cambiar mi NIP, el actual es {pin}",
                    "el cajero dice NIP incorrecto pero mi nip es {pin}",
                    "mi clave del cajero es {pin} y no me deja sacar dinero",
                    "NIP: {pin}, ¿está bloqueado?",
                ],
                ["mi PIN es {pin} y el ATM me lo rechaza"],
                pin=ctx.v_pin(),
            ),
            warning(ctx),
        ]
    out = [ask(ctx, PIN)]
    if r < 0.6:
        out.append(
            cust(
                ctx,
                "announce",
                ["the pin is", "ok my pin is", "PIN:"],
                ["el nip es", "mi clave es"],
                ["ok el PIN es"],
            )
        )
        out.append(
            ctx.msg(
                "customer",
                ctx.emo(ctx.say(["{pin}"], ["{pin}"])),
                "pin_after_announce",
                pin=ctx.v_pin(),
            )
        )
    else:
        out.append(
            cust(
                ctx,
                "pin_answer",
                ["{pin}", "{pin}", "its {pin}", "pin {pin}"],
                ["{pin}", "es {pin}", "NIP {pin}"],
                pin=ctx.v_pin(),
            )
        )
    return out


def t_password(ctx: Ctx) -> list[Message]:
    out: list[Message] = []
    if ctx.chance(0.45):
        out.append(
            cust(
                ctx,
                "pw_volunteer",
                [
                    "can't log in, my password is {pw} and it says invalid",
                    "I typed password {pw} like 5 times and now I'm locked out",
                    "pw: {pw} — why doesn't it work??",
                    "my password is {pw}, can you check it?",
                ],
                [
                    "no puedo entrar, mi contraseña es {pw} y dice inválida",
                    "contraseña: {pw} ¿por qué no funciona?",
                    "la contraseña que uso es {pw}",
                ],
                ["mi password es {pw} y no funciona"],
                pw=ctx.v_pw(),
            )
        )
        out.append(warning(ctx))
        return out
    out.append(
        cust(
            ctx,
            "problem",
            ["I'm locked out of online banking", "the app logged me out"],
            ["no puedo entrar a la banca en línea", "la app me sacó"],
        )
    )
    out.append(ask(ctx, PW))
    out.append(
        cust(
            ctx,
            "pw_answer",
            ["it's {pw}", "password is {pw}", "{pw}", "ok: {pw}", "pw {pw}"],
            ["es {pw}", "mi contraseña es {pw}", "contraseña: {pw}", "{pw}"],
            ["el password es {pw}"],
            pw=ctx.v_pw(),
        )
    )
    return out


FORMS_EN = (
    "Name: {name}\nCard: {card}\nExp: {exp}\nCVV: {cvv}\nZIP: {zip}",
    "- **Name:** {name}\n- **Card number:** {card}\n- **Expiration:** {exp}\n- **CVV:** {cvv}",
    "Name: {name} | Card: {card} | Exp: {exp} | CVV: {cvv} | Phone: {phone}",
    "copied from my notes:\n\n* card {card}\n* exp {exp}\n* sec code {cvv}\n* billing {address}",
    "NAME {name}\nCARD NO. {card}\nEXP {exp}\nCVC {cvv}",
    "Here's everything:\nFull name: {name}\nDOB: {dob}\nSSN: {ssn}\nAddress: {address}\nPhone: {phone}",
    "1. Name - {name}\n2. Social - {ssn}\n3. Card - {card}\n4. Exp - {exp}",
    "```\nCard: {card}\nExp:  {exp}\nCVV:  {cvv}\n```",
)
FORMS_ES = (
    "Nombre: {name}\nTarjeta: {card}\nVencimiento: {exp}\nCVV: {cvv}\nCP: {zip}",
    "- **Nombre:** {name}\n- **Número de tarjeta:** {card}\n- **Vence:** {exp}\n- **Código de seguridad:** {cvv}",
    "Nombre: {name} / Tarjeta: {card} / Venc: {exp} / CVV: {cvv} / Tel: {phone}",
    "Datos:\nNombre completo: {name}\nFecha de nacimiento: {dob}\nSeguro social: {ssn}\nDirección: {address}",
    "1) Nombre: {name}\n2) Tarjeta: {card}\n3) Vence: {exp}\n4) Código: {cvv}",
)


def t_form(ctx: Ctx) -> list[Message]:
    out: list[Message] = []
    if ctx.chance(0.4):
        out.append(
            agent(
                ctx,
                "legit_ask",
                [
                    "Can you fill in the dispute form? I need the date, amount and merchant.",
                    "Please send me the details of the transaction: date, amount and merchant.",
                ],
                ["¿Me compartes los datos del cargo? Fecha, monto y comercio."],
            )
        )
    template = ctx.say(FORMS_EN, FORMS_ES)
    secrets: dict[str, V] = {}
    if "{card}" in template:
        secrets["card"] = ctx.v_card(("spaces", "plain", "dashes", "irregular", "spaces"))
    if "{cvv}" in template:
        secrets["cvv"] = ctx.v_cvv()
    if "{ssn}" in template:
        secrets["ssn"] = ctx.v_ssn()
    lead = ctx.rng.choice(["", "", "ok here you go\n", "aquí están mis datos:\n", "FYI\n\n"])
    out.append(ctx.msg("customer", lead + template, "form_paste", secrets=secrets))
    if ctx.chance(0.5):
        out.append(ack(ctx))
    return out


def t_voice(ctx: Ctx) -> list[Message]:
    out: list[Message] = []
    if ctx.chance(0.5):
        out.append(
            cust(
                ctx,
                "voice_intro",
                ["sorry im driving using voice to text", "im using voice typing sorry"],
                ["perdón estoy manejando, uso el dictado", "le hablo al celular perdón"],
            )
        )
    kind = ctx.rng.choice(["card", "card", "ssn", "cvv", "otp"])
    if kind == "card":
        out.append(
            ctx.msg(
                "customer",
                ctx.say(
                    [
                        "my card number is {card} expiration {exp}",
                        "card number {card} period",
                        "okay my card is {card} and the security code is {cvv}",
                    ],
                    [
                        "mi número de tarjeta es {card} vence {exp}",
                        "el número de la tarjeta es {card} punto",
                    ],
                ),
                "voice_card",
                card=ctx.v_card(("voice",)),
                cvv=ctx.v_cvv(ctx.chance(0.5)),
            )
        )
    elif kind == "ssn":
        out.append(
            ctx.msg(
                "customer",
                ctx.say(
                    [
                        "my social is {ssn}",
                        "social security number is {ssn} period",
                        "my social security {ssn} comma date of birth {dob}",
                    ],
                    ["mi seguro social es {ssn}", "número de seguro social {ssn} punto"],
                ),
                "voice_ssn",
                ssn=ctx.v_ssn("space"),
            )
        )
    elif kind == "cvv":
        out.append(
            ctx.msg(
                "customer",
                ctx.say(
                    ["the security code is {cvv}", "CVV is {cvv} period"],
                    ["el código de seguridad es {cvv}", "el CVV es {cvv} punto"],
                ),
                "voice_cvv",
                cvv=ctx.v_cvv(True),
            )
        )
    else:
        out.append(
            ctx.msg(
                "customer",
                ctx.say(
                    ["the code they sent me is {otp}", "verification code {otp} period"],
                    ["the verification code is {otp}"],
                ),
                "voice_otp",
                otp=ctx.v_otp(True),
            )
        )
    return out


def t_split(ctx: Ctx) -> list[Message]:
    out: list[Message] = []
    if ctx.chance(0.6):
        out.append(ask(ctx, CC))
    else:
        out.append(
            cust(
                ctx,
                "split_intro",
                ["ok let me give you the card number", "I'll type my card number, one sec"],
                ["te paso el número de la tarjeta", "va, te escribo el número de mi tarjeta"],
                ["ok te paso el card number"],
            )
        )
    card = make_card(ctx.rng, ctx.rng.choice(["visa", "mastercard", "amex", "discover", "visa"]))
    groups = card.groups
    # 2-4 messages, each one or more whole groups
    n = ctx.rng.randint(2, min(4, len(groups)))
    cuts = sorted(ctx.rng.sample(range(1, len(groups)), n - 1))
    chunks = [groups[a:b] for a, b in zip([0, *cuts], [*cuts, len(groups)], strict=True)]
    if out[-1].role == "agent" and ctx.chance(0.3):
        out.append(
            cust(
                ctx,
                "split_intro",
                ["ok hold on, reading it", "sec, it's worn out"],
                ["espera, la estoy leyendo", "un segundo, ya casi no se ven los números"],
            )
        )
    for i, chunk in enumerate(chunks):
        last = i == len(chunks) - 1
        value = V(CC, " ".join(chunk), split=True, keep=4 if last else 0)
        if i == 0:
            tpl = ctx.rng.choice(["{p}", "{p}", "card is {p}", "{p}...", "es {p}"])
        elif last:
            tpl = ctx.rng.choice(["{p}", "{p}", "{p} that's it", "and {p}", "y {p}"])
        else:
            tpl = ctx.rng.choice(["{p}", "{p}", "then {p}", "{p}..."])
        out.append(ctx.msg("customer", tpl, "split_card", p=value))
    assert luhn_ok(card.number)
    return out


def t_caps(ctx: Ctx) -> list[Message]:
    kind = ctx.rng.choice(["card", "ssn", "cvv"])
    if kind == "card":
        msg = ctx.msg(
            "customer",
            ctx.emo(
                ctx.say(
                    [
                        "I ALREADY GAVE YOU MY CARD {card} AND THE CVV IS {cvv} WHY IS IT STILL DECLINED???",
                        "THIS IS RIDICULOUS. CARD {card} CVV {cvv}. FIX IT",
                        "CARD NUMBER {card} EXP {exp} CODE {cvv} !!!!",
                    ],
                    [
                        "YA LES DI MI TARJETA {card} Y EL CVV ES {cvv} POR QUÉ SIGUE RECHAZADA???",
                        "TARJETA {card} CÓDIGO {cvv}. ARRÉGLENLO YA",
                    ],
                ),
                0.4,
            ),
            "caps",
            card=ctx.v_card(("spaces", "plain", "dashes")),
            cvv=ctx.v_cvv(),
        )
    elif kind == "ssn":
        msg = ctx.msg(
            "customer",
            ctx.emo(
                ctx.say(
                    [
                        "MY SOCIAL IS {ssn} HOW MANY TIMES DO I HAVE TO SAY IT",
                        "SSN {ssn}. NOW PLEASE APPROVE MY APPLICATION",
                    ],
                    ["MI SEGURO SOCIAL ES {ssn} CUÁNTAS VECES SE LOS TENGO QUE DECIR"],
                ),
                0.4,
            ),
            "caps",
            ssn=ctx.v_ssn(),
        )
    else:
        msg = ctx.msg(
            "customer",
            ctx.emo(
                ctx.say(
                    ["THE CVV IS {cvv}!!! I TOLD YOU ALREADY", "SECURITY CODE {cvv} OMG"],
                    ["EL CVV ES {cvv}!!! YA TE LO DIJE"],
                ),
                0.4,
            ),
            "caps",
            cvv=ctx.v_cvv(),
        )
    return [
        msg,
        agent(
            ctx,
            "ack",
            ["I'm sorry for the frustration, {name}. Let me fix this."],
            ["Lamento mucho la molestia. Déjeme revisarlo."],
        ),
    ]


def t_repeat(ctx: Ctx) -> list[Message]:
    kind = ctx.rng.choice([CVV, OTP, PIN])
    out = [ask(ctx, kind)]
    value = {CVV: ctx.v_cvv, OTP: ctx.v_otp, PIN: ctx.v_pin}[kind]()
    out.append(
        ctx.msg(
            "customer",
            ctx.emo(ctx.say(["{v}", "it's {v}"], ["{v}", "es {v}"])),
            f"{kind.lower()}_answer",
            v=value,
        )
    )
    out.append(nudge(ctx))
    out.append(
        cust(
            ctx,
            "repeat",
            ["I SAID {v}", "{v}!!! {v2}", "{v}... {v2}... {v3}", "again: {v}"],
            ["YA TE DIJE {v}", "{v}!!! {v2}", "otra vez: {v}"],
            upper=False,
            v=value,
            v2=value,
            v3=value,
        )
    )
    return out


def t_correction(ctx: Ctx) -> list[Message]:
    kind = ctx.rng.choice([CVV, PIN, OTP, SSN])

    def other_ssn() -> V:  # a correction changes the value
        return V(SSN, ssn_text(ctx.rng, make_ssn(ctx.rng)))

    makers: dict[str, Callable[[], V]] = {
        CVV: ctx.v_cvv,
        PIN: ctx.v_pin,
        OTP: ctx.v_otp,
        SSN: other_ssn,
    }
    make = makers[kind]
    cue = {
        CVV: (
            ["my cvv is {v}", "security code {v}"],
            ["mi cvv es {v}", "el código de seguridad es {v}"],
        ),
        PIN: (["my pin is {v}", "PIN {v}"], ["mi nip es {v}", "mi clave es {v}"]),
        OTP: (
            ["the code is {v}", "verification code {v}"],
            ["el código es {v}", "el código de verificación es {v}"],
        ),
        SSN: (["my ssn is {v}", "social: {v}"], ["mi seguro social es {v}"]),
    }[kind]
    out: list[Message] = []
    if ctx.chance(0.5):
        out.append(ask(ctx, kind))
    out.append(cust(ctx, f"{kind.lower()}_given", *cue, v=make()))
    out.append(
        cust(
            ctx,
            "correction",
            ["no wait, {v}", "sorry typo, {v}", "wait no its {v}", "*{v}"],
            ["perdón, es {v}", "no espera, {v}", "me equivoqué: {v}", "*{v}"],
            v=make(),
        )
    )
    return out


def t_phish(ctx: Ctx) -> list[Message]:
    en, es, req = ctx.rng.choice(PHISH)
    out = [ctx.msg("agent", ctx.say([en], [es]), "phishing", req)]
    if ctx.chance(0.5):
        out.append(
            cust(
                ctx,
                "refusal",
                [
                    "is this a scam? my bank never asks for that",
                    "I'm not sending that here. I'll call the number on the back of my card.",
                    "nope. not giving you any codes",
                ],
                [
                    "¿esto es una estafa? mi banco nunca pide eso",
                    "no voy a mandar eso, mejor llamo al número de atrás de la tarjeta",
                ],
                ["no, I'm not giving you nada de eso"],
            )
        )
        return out
    secrets: dict[str, V] = {}
    if req == (OTP,):
        tpl = ctx.say(
            ["ok {otp}", "here {otp} thank you!"], ["ok {otp}", "aquí está: {otp} gracias"]
        )
        secrets["otp"] = ctx.v_otp()
    elif req == (CC, CVV):
        tpl = ctx.say(
            ["{card} {exp} {cvv}", "card {card}, exp {exp}, code {cvv}"],
            ["{card} {exp} {cvv}", "tarjeta {card}, vence {exp}, código {cvv}"],
        )
        secrets["card"] = ctx.v_card()
        secrets["cvv"] = ctx.v_cvv()
    elif req == (SSN, PW):
        tpl = ctx.say(
            ["ssn {ssn} and password {pw}", "{ssn}\npassword: {pw}"],
            ["seguro social {ssn}, contraseña {pw}"],
        )
        secrets["ssn"] = ctx.v_ssn()
        secrets["pw"] = ctx.v_pw()
    else:
        tpl = ctx.say(["ok its {pin}", "{pin}"], ["mi nip es {pin}", "{pin}"])
        secrets["pin"] = ctx.v_pin()
    out.append(ctx.msg("customer", tpl, "phish_comply", secrets=secrets))
    return out


def t_multi(ctx: Ctx) -> list[Message]:
    a, req = multi_ask(ctx)
    out = [a]
    parts: list[str] = []
    secrets: dict[str, V] = {}
    if CC in req:
        parts.append("{card}")
        secrets["card"] = ctx.v_card()
    if "ZIP" in a.text or "postal" in a.text:
        parts.append("{zip}")
    if "last 4" in a.text or "últimos 4" in a.text:
        parts.append("{last4}")
    if "birth" in a.text or "nacimiento" in a.text:
        parts.append("{dob}")
    if "expiry" in a.text or "vencimiento" in a.text:
        parts.append("{exp}")
    slot_of = {CVV: "cvv", SSN: "ssn", OTP: "otp", PIN: "pin", PW: "pw"}
    for kind in req:  # in the order the agent asked
        if kind in slot_of:
            slot = slot_of[kind]
            parts.append("{" + slot + "}")
            makers: dict[str, Callable[[], V]] = {
                CVV: ctx.v_cvv,
                SSN: ctx.v_ssn,
                OTP: ctx.v_otp,
                PIN: ctx.v_pin,
                PW: ctx.v_pw,
            }
            secrets[slot] = makers[kind]()
    if "username" in a.text or "usuario" in a.text:
        parts.insert(0, ctx.rng.choice(["jcarter88", "maria.lopez", "lucygomez_"]))
    sep = ctx.rng.choice([", ", "\n", " / ", " - "])
    out.append(ctx.msg("customer", sep.join(parts), "multi_answer", secrets=secrets))
    return out


def t_bot_otp(ctx: Ctx) -> list[Message]:
    code = ctx.v_otp()
    out = [
        ctx.msg(
            "agent",
            ctx.say(
                [
                    "[Bot] Your Card Services verification code is {otp}. It expires in {mins} "
                    "minutes. We will never call you to ask for it.",
                    "[Bot] Code: {otp}. Use it to confirm the payment of {amount}.",
                ],
                [
                    "[Bot] Tu código de verificación es {otp}. Vence en {mins} minutos. Nunca te "
                    "lo pediremos por teléfono."
                ],
            ),
            "bot_otp",
            otp=code,
        )
    ]
    if ctx.chance(0.5):
        out.append(
            ctx.msg(
                "customer",
                ctx.say(
                    ["ok I got {otp}, what now?", "{otp}"],
                    ["ya me llegó el {otp}, ¿y ahora?", "{otp}"],
                ),
                "otp_typeback",
                otp=V(OTP, code.text),
            )
        )
    else:
        out.append(cust(ctx, "thanks", ["ok thx", "done ✅"], ["listo", "gracias"]))
    return out


# --------------------------------------------------------------------------------------
# Clean topics: numbers everywhere, none of them a secret
# --------------------------------------------------------------------------------------


def t_statement(ctx: Ctx) -> list[Message]:
    return [
        cust(
            ctx,
            "statement_paste",
            [
                "this is what my statement says:\n{date} {merchant} {amount}\n{date2} PAYMENT - THANK "
                "YOU -{amount2}\nCard {masked}\nPurchase APR {pct}",
                "Statement closing date {date}\nNew balance: {amount}\nMinimum payment due: {amount2}\n"
                "Account ending in {last4}",
                "| Date | Description | Amount |\n|---|---|---|\n| {date} | {merchant} | {amount} |\n"
                "| {date2} | INTEREST CHARGE | {amount2} |",
                "I see this charge: {merchant} {amount} ref {ref} on {date}, I never bought that",
            ],
            [
                "mi estado de cuenta dice:\n{date} {merchant} {amount}\n{date2} SU PAGO GRACIAS "
                "-{amount2}\nTarjeta {masked}\nTasa de interés {pct}",
                "Fecha de corte {date}\nSaldo: {amount}\nPago mínimo: {amount2}\nTarjeta terminación {last4}",
                "tengo este cargo: {merchant} {amount} referencia {ref} del {date}, yo no lo hice",
            ],
            ["mi statement dice {merchant} {amount} on {date}, ref {ref}"],
        ),
        agent(
            ctx,
            "dispute_info",
            [
                "I've opened a dispute for {amount}. Your {case}. You'll hear back by {date}.",
                "Thanks. I filed the claim, {case}. A temporary credit of {amount} will post in 1-2 "
                "business days.",
            ],
            [
                "Listo, abrí la aclaración por {amount}. Tu {case}. Te respondemos antes del {date}.",
                "Gracias. Registré el reclamo con {case}; el abono temporal de {amount} se verá en 48 horas.",
            ],
        ),
    ]


def t_dispute(ctx: Ctx) -> list[Message]:
    return [
        cust(
            ctx,
            "dispute",
            [
                "the order number is {ref} and I returned it on {date}",
                "they gave me a confirmation {conf} for the return",
                "I called {phone} and they said to contact you, order {ref}",
            ],
            [
                "el número de pedido es {ref} y lo devolví el {date}",
                "me dieron la confirmación {conf} de la devolución",
                "llamé al {phone} y me dijeron que les escribiera, pedido {ref}",
            ],
            ["el order number es {ref}, lo devolví el {date}"],
        ),
        agent(
            ctx,
            "dispute_info",
            [
                "Thanks! I added order {ref} to {case}.",
                "Perfect. The refund of {amount} should show by {date}.",
            ],
            [
                "Gracias, agregué el pedido {ref} al {case}.",
                "Perfecto, el reembolso de {amount} se refleja a más tardar el {date}.",
            ],
        ),
        cust(
            ctx,
            "thanks",
            ["thanks!!", "ok great 👍", "cool, the amount was {amount} btw"],
            ["gracias!!", "va, muchas gracias", "ok, eran {amount} por cierto"],
        ),
    ]


def t_travel(ctx: Ctx) -> list[Message]:
    return [
        cust(
            ctx,
            "travel",
            [
                "I'm flying {flight} on {date} to Cancún and back on {date2}, please don't block my card",
                "travel notice: Madrid {date} to {date2}, flight {flight}. My cell is {phone}",
                "I'll be in Bogotá from {date} until {date2}",
            ],
            [
                "viajo en el vuelo {flight} el {date} y regreso el {date2}, no me bloqueen la tarjeta",
                "aviso de viaje: Miami del {date} al {date2}, mi cel es {phone}",
            ],
            ["voy a travel a Madrid on {date}, flight {flight}"],
        ),
        agent(
            ctx,
            "travel_ok",
            [
                "Done! Travel notice added for the card ending in {last4} until {date2}.",
                "All set. If you need us abroad call {phone}.",
            ],
            [
                "¡Listo! Aviso de viaje registrado para la tarjeta terminación {last4} hasta el {date2}.",
                "Quedó registrado. Si necesitas ayuda en el extranjero llama al {phone}.",
            ],
        ),
    ]


def t_shipping(ctx: Ctx) -> list[Message]:
    return [
        cust(
            ctx,
            "shipping",
            [
                "when will my replacement card arrive? I live at {address}",
                "did you ship the new card? my zip is {zip}",
            ],
            [
                "¿cuándo llega mi tarjeta de reposición? vivo en {address}",
                "ya enviaron la tarjeta nueva? mi código postal es {zip}",
            ],
        ),
        agent(
            ctx,
            "shipping_info",
            [
                "It shipped on {date} via UPS, tracking {tracking}. Expected delivery {date2}.",
                "Your new card ending in {last4} was mailed {date}. Tracking number: {tracking}",
            ],
            [
                "Se envió el {date}, guía {tracking}. Llega aproximadamente el {date2}.",
                "Tu nueva tarjeta con terminación {last4} salió el {date}. Número de guía: {tracking}",
            ],
        ),
        cust(
            ctx,
            "thanks",
            ["ok thanks", "perfect 🙏", "it's {address} right?"],
            ["gracias", "perfecto 🙏", "a {address}, ¿verdad?"],
        ),
    ]


def t_device(ctx: Ctx) -> list[Message]:
    return [
        cust(
            ctx,
            "device",
            [
                "the app crashes on my phone, IMEI {imei}, version 5.12.3",
                "I got a new phone (IMEI {imei}) and now the app wants to verify again",
                "error code 4012 when I open the app since {date}",
            ],
            [
                "la app se cierra en mi celular, IMEI {imei}, versión 5.12.3",
                "cambié de teléfono (IMEI {imei}) y la app no abre",
            ],
            ["la app crashea en mi phone, IMEI {imei}"],
        ),
        agent(
            ctx,
            "device_info",
            [
                "Thanks. Please update to version 5.13 and restart the phone. {case}.",
                "Got it. I've reset your device binding; log in again and you'll be asked to verify.",
            ],
            [
                "Gracias. Actualiza a la versión 5.13 y reinicia el teléfono. {case}.",
                "Listo, desvinculé el dispositivo; vuelve a entrar y te pedirá verificar.",
            ],
        ),
    ]


def t_lastfour(ctx: Ctx) -> list[Message]:
    out = [legit_ask(ctx)]
    text = out[0].text
    if "ZIP" in text or "postal" in text:
        if "four" in text or "4" in text or "cuatro" in text:
            reply = (
                ["{zip} and {last4}", "zip {zip}, last four {last4}", "{zip}\n{last4}"],
                ["{zip} y {last4}", "cp {zip}, terminación {last4}"],
            )
        else:
            reply = ["{zip}", "its {zip}", "ZIP {zip}"], ["{zip}", "es el {zip}"]
    elif "social" in text or "SSN" in text:
        reply = (
            ["{ssn4}, {dob}", "last 4 {ssn4} and dob {dob}"],
            ["{ssn4}, {dob}", "{ssn4} y nací el {dob}"],
        )
    elif "email" in text or "correo" in text:
        reply = ["jcarter88@gmail.com", "it's maria.lopez@yahoo.com"], ["lucia.gomez@hotmail.com"]
    elif "phone" in text or "celular" in text:
        reply = ["{phone}", "you can call me at {phone}"], ["{phone}", "al {phone}"]
    else:
        reply = (
            ["{last4}", "ends in {last4}", "the one ending {last4} yes", "{name}, {last4}"],
            ["{last4}", "termina en {last4}", "sí, la de terminación {last4}"],
        )
    out.append(cust(ctx, "legit_answer", *reply))
    return out


def t_warning(ctx: Ctx) -> list[Message]:
    return [
        cust(
            ctx,
            "secret_talk",
            [
                "I forgot my PIN 😩",
                "the code never arrived, I've been waiting {mins} minutes",
                "my password isn't working since {date}",
                "how do I change my PIN?",
                "I think someone knows my CVV, should I cancel the card?",
                "do I need my SSN to open the account?",
                "I entered the wrong PIN 3 times and now its blocked",
            ],
            [
                "olvidé mi NIP 😩",
                "no me llega el código, ya esperé {mins} minutos",
                "¿cómo cambio mi contraseña?",
                "creo que alguien tiene mi CVV, ¿cancelo la tarjeta?",
                "puse mal el NIP 3 veces y se bloqueó",
            ],
            ["I forgot mi contraseña otra vez", "no me llega el code del app"],
        ),
        warning(ctx),
    ]


def t_hardneg(ctx: Ctx) -> list[Message]:
    return [
        cust(
            ctx,
            "hard_negative",
            [
                "my new number is {phone}, please update it",
                "I got a text from 72166 saying my card was locked, is that you?",
                "the zip code on file should be {zip}",
                "can you send the replacement to {address}?",
                "the card ending in {last4} was declined, not the other one",
                "my phone's IMEI is {imei} if that helps",
                "I used promo code SAVE20 and still got charged {amount}",
                "I've had this card since {year}, 10+ years as a customer",
                "my reference number is {ref}",
                "tracking says {tracking}, still nothing",
                "i see {masked} in the app, is that my new card?",
            ],
            [
                "mi nuevo número es {phone}, actualícenlo por favor",
                "me llegó un SMS del 72166 diciendo que mi tarjeta está bloqueada, ¿son ustedes?",
                "el código postal registrado debería ser {zip}",
                "la tarjeta que termina en {last4} fue rechazada",
                "usé el cupón PROMO15 y aun así me cobraron {amount}",
                "tengo la tarjeta desde {year}",
                "mi número de referencia es {ref}",
                "en la app veo {masked}, ¿es la nueva?",
            ],
            ["my new phone es {phone}", "veo {masked} en la app, is that the new one?"],
        ),
        agent(
            ctx,
            "ack_info",
            ["Thanks, noted. I've updated it on {date}.", "Got it, thanks for letting me know."],
            ["Gracias, quedó registrado.", "Entendido, gracias por avisar."],
        ),
    ]


def t_payment(ctx: Ctx) -> list[Message]:
    return [
        cust(
            ctx,
            "payment",
            [
                "I paid {amount} on {date} from my checking, confirmation {conf}",
                "autopay took {amount} on {date} AND {amount2} on {date2}??",
                "can I move my due date to the 15th? I get paid on {date}",
            ],
            [
                "pagué {amount} el {date}, confirmación {conf}",
                "el domiciliado me cobró {amount} el {date} y {amount2} el {date2}",
                "¿puedo cambiar mi fecha de pago? me pagan el {date}",
            ],
            ["hice un payment de {amount} el {date}, confirmation {conf}"],
        ),
        agent(
            ctx,
            "payment_info",
            [
                "I see the payment of {amount} posted on {date}. Your balance is {amount2}.",
                "The second debit of {amount2} will be reversed in 3-5 business days ({case}).",
            ],
            [
                "Veo tu pago de {amount} aplicado el {date}. Tu saldo es {amount2}.",
                "El segundo cargo de {amount2} se revierte en 3 a 5 días hábiles ({case}).",
            ],
        ),
    ]


def t_rewards(ctx: Ctx) -> list[Message]:
    return [
        cust(
            ctx,
            "rewards",
            [
                "how many points do I have? I booked {flight} with points in {year}",
                "is the {pct} APR still promo? and what about the 3% cash back",
            ],
            [
                "¿cuántos puntos tengo? los uso desde {year}",
                "¿la tasa de {pct} sigue siendo promocional?",
            ],
        ),
        agent(
            ctx,
            "rewards_info",
            [
                "You have {points} points, worth about {amount}. The 3% cash back applies until {date}.",
                "Your promo APR of {pct} ends on {date}; after that it's 27.49%.",
            ],
            [
                "Tienes {points} puntos, equivalentes a {amount}. El 3% aplica hasta el {date}.",
                "La tasa promocional de {pct} termina el {date}.",
            ],
        ),
    ]


def t_refuse(ctx: Ctx) -> list[Message]:
    kind = ctx.rng.choice(TYPES)
    return [
        ask(ctx, kind),
        cust(
            ctx,
            "refusal",
            [
                "why do you need that? I'm not giving it",
                "no. you should already have it",
                "I'd rather not share that in a chat",
                "I don't have it with me rn, I'm at work",
            ],
            [
                "no te lo voy a dar",
                "¿para qué lo necesitas? no lo voy a mandar",
                "prefiero no compartir eso por chat",
                "no la traigo conmigo ahorita",
            ],
        ),
        agent(
            ctx,
            "apology",
            [
                "No problem! Then let's verify with your ZIP code and the last four of the card.",
                "Understood. You can also call us at {phone}.",
            ],
            [
                "Sin problema, entonces verifiquemos con tu código postal y la terminación de la tarjeta.",
                "Entendido. También puedes llamarnos al {phone}.",
            ],
        ),
    ]


MENUS: tuple[tuple[str, ...], tuple[str, ...]] = (
    (
        "Hi! I'm Ava, your virtual assistant 🤖\nReply 1 for balance\n2 for payments\n3 for "
        "lost/stolen card\n4 for disputes\n0 to talk to an agent",
        "Welcome to Card Services. Reply 1 for balance, 2 for payments, 3 for a lost card, 9 to "
        "repeat, or 0 for an agent.",
        "MAIN MENU\n1️⃣ Balance\n2️⃣ Pay my bill\n3️⃣ Report fraud\n4️⃣ Travel notice",
    ),
    (
        "¡Hola! Soy Sofía, tu asistente virtual 🤖\nResponde 1 para saldo\n2 para pagos\n3 para "
        "tarjeta perdida o robada\n4 para aclaraciones\n0 para hablar con un asesor",
        "Bienvenido. Marca 1 para saldo, 2 para pagos, 3 para reportar tu tarjeta o 0 para un asesor.",
    ),
)


def t_bot_balance(ctx: Ctx) -> list[Message]:
    return [
        ctx.msg("agent", ctx.say(*MENUS), "menu"),
        cust(ctx, "menu_reply", ["1", "1", "balance"], ["1", "saldo"]),
        agent(
            ctx,
            "bot_balance",
            [
                "Your current balance is {amount}. Minimum payment of {amount2} is due {date}. "
                "Reply 2 to pay now or 0 for an agent.",
                "Balance: {amount}\nAvailable credit: {amount2}\nNext due date: {date}",
            ],
            [
                "Tu saldo actual es {amount}. El pago mínimo de {amount2} vence el {date}. "
                "Responde 2 para pagar o 0 para un asesor.",
                "Saldo: {amount}\nCrédito disponible: {amount2}\nFecha límite: {date}",
            ],
        ),
    ]


SECRET_TOPICS: tuple[tuple[str, Topic, int], ...] = (
    ("card_ask", t_card_ask, 5),
    ("cvv", t_cvv, 5),
    ("ssn", t_ssn, 4),
    ("otp_typeback", t_otp_typeback, 3),
    ("otp_ask", t_otp_ask, 3),
    ("pin", t_pin, 4),
    ("password", t_password, 4),
    ("form", t_form, 3),
    ("voice", t_voice, 3),
    ("split", t_split, 3),
    ("caps", t_caps, 2),
    ("repeat", t_repeat, 2),
    ("correction", t_correction, 2),
    ("phish", t_phish, 3),
    ("multi", t_multi, 3),
    ("bot_otp", t_bot_otp, 2),
)
CLEAN_TOPICS: tuple[tuple[str, Topic, int], ...] = (
    ("statement", t_statement, 3),
    ("dispute", t_dispute, 3),
    ("travel", t_travel, 2),
    ("shipping", t_shipping, 2),
    ("device", t_device, 2),
    ("lastfour", t_lastfour, 4),
    ("warning", t_warning, 3),
    ("payment", t_payment, 3),
    ("rewards", t_rewards, 2),
    ("hard_negative", t_hardneg, 4),
    ("refuse", t_refuse, 2),
)


def pick_topic(rng: Random, topics: Sequence[tuple[str, Topic, int]]) -> tuple[str, Topic]:
    name, fn, _ = rng.choices(list(topics), weights=[w for _, _, w in topics])[0]
    return name, fn


def opening(ctx: Ctx) -> list[Message]:
    out: list[Message] = []
    if ctx.chance(0.35):
        out.append(ctx.msg("agent", ctx.say(*MENUS), "menu"))
        out.append(
            cust(
                ctx,
                "menu_reply",
                ["0", "agent", "AGENT PLEASE", "3", "0 0 0"],
                ["0", "asesor", "quiero hablar con una persona", "3"],
            )
        )
    if ctx.chance(0.7):
        out.append(
            agent(
                ctx,
                "greeting",
                [
                    "Hi, this is {agent} from Card Services. How can I help you today?",
                    "Thanks for waiting! You're chatting with {agent}.",
                    "Hello {name}, I'm {agent}. What can I do for you?",
                ],
                [
                    "Hola, te atiende {agent} de Servicios de Tarjeta. ¿En qué te puedo ayudar?",
                    "¡Gracias por esperar! Te atiende {agent}.",
                    "Buen día, le saluda {agent}, ¿cómo le ayudo?",
                ],
                ["Hola! Soy {agent}, how can I help you hoy?"],
            )
        )
    return out


def closing(ctx: Ctx) -> list[Message]:
    out = [
        agent(
            ctx,
            "closing",
            [
                "Is there anything else I can help you with? Your {case}.",
                "Thanks for contacting us, {name}. Have a great day! 🙂",
                "Anything else? Remember you can reach us 24/7 at {phone}.",
            ],
            [
                "¿Algo más en lo que te pueda ayudar? Tu {case}.",
                "Gracias por comunicarte, que tengas excelente día.",
                "¿Algo más? Recuerda que estamos 24/7 en el {phone}.",
            ],
        )
    ]
    if ctx.chance(0.6):
        out.append(
            cust(
                ctx,
                "bye",
                ["no thats all thx", "thanks!!", "bye", "ok 👍👍"],
                ["no, gracias", "gracias!!", "bye, gracias", "va, saludos"],
                ["thanks, bye!"],
            )
        )
    return out


# --------------------------------------------------------------------------------------
# Conversations
# --------------------------------------------------------------------------------------


def conversation(rng: Random, cid: str) -> Conversation:
    lang = rng.choices(["en", "es", "mix"], weights=[5, 4, 2])[0]
    while True:
        ctx = Ctx(rng, lang)
        target = rng.randint(4, 12)
        messages = opening(ctx)
        names: list[str] = []
        while not names or len(messages) < target - 1:
            secret = not names or rng.random() < 0.5
            name, fn = pick_topic(rng, SECRET_TOPICS if secret else CLEAN_TOPICS)
            part = fn(ctx)
            if name == "split":
                if messages and messages[-1].role == "customer" and part[0].role == "customer":
                    messages.append(
                        agent(ctx, "go_ahead", ["Sure, go ahead."], ["Claro, adelante."])
                    )
                part.append(ack(ctx))
            messages.extend(part)
            names.append(name)
        if len(messages) < 11 or rng.random() < 0.3:
            messages.extend(closing(ctx)[: max(0, 12 - len(messages))])
        conv = Conversation(cid, "+".join(names), lang, messages)
        if 4 <= len(messages) <= 12 and not problems(conv):
            return conv


def problems(conv: Conversation) -> list[str]:
    """What is wrong with a conversation's labels ([] when all is well)."""
    out: list[str] = []
    parts: list[str] = []
    split_msgs: list[Message] = []
    for msg in conv.messages:
        spans = sorted((lab.start, lab.end) for lab in msg.labels)
        for (_, e1), (s2, _) in pairwise(spans):
            if s2 < e1:
                out.append(f"{conv.cid}: overlapping labels in {msg.text!r}")
        for lab in msg.labels:
            value = msg.text[lab.start : lab.end]
            digits = digits_of(value)
            where = f"{conv.cid}: {lab.type} {value!r} in {msg.text!r}"
            if not value or value != value.strip():
                out.append(f"{where}: empty or padded span")
            if lab.type == SSN and lab.keep != 4:
                out.append(f"{where}: keep")
            if lab.type not in (CC, SSN) and lab.keep:
                out.append(f"{where}: keep")
            if lab.type == CC and lab.split_part:
                parts.append(digits)
                if not split_msgs or split_msgs[-1] is not msg:
                    split_msgs.append(msg)
            elif lab.type == CC:
                if not (13 <= len(digits) <= 19 and luhn_ok(digits)) or lab.keep != 4:
                    out.append(f"{where}: not a valid card")
            elif lab.type == SSN:
                area, group, serial = digits[:3], digits[3:5], digits[5:]
                if (
                    len(digits) != 9
                    or area in ("000", "666")
                    or area[0] == "9"
                    or group == "00"
                    or serial == "0000"
                ):
                    out.append(f"{where}: not a valid SSN")
            elif lab.type == CVV and len(digits) not in (3, 4):
                out.append(f"{where}: bad CVV")
            elif lab.type == OTP and not 4 <= len(digits) <= 8:
                out.append(f"{where}: bad OTP")
            elif lab.type == PIN and not 4 <= len(digits) <= 6:
                out.append(f"{where}: bad PIN")
            elif lab.type == PW and (" " in value or value.isdigit()):
                out.append(f"{where}: bad password")
        # outside the labels, no digit run may be a Luhn-valid card number
        blanked = list(msg.text)
        for lab in msg.labels:
            blanked[lab.start : lab.end] = "x" * (lab.end - lab.start)
        rest = "".join(blanked)
        for m in [*RUN_RE.finditer(rest), *re.finditer(r"\d+", rest)]:
            d = re.sub(r"\D", "", m.group(0))
            if 13 <= len(d) <= 19 and luhn_ok(d):
                out.append(
                    f"{conv.cid}: Luhn-valid run {m.group(0)!r} outside labels in {msg.text!r}"
                )
        if msg.role == "customer" and msg.requested:
            out.append(f"{conv.cid}: a customer message with requested types")
    if parts:
        number = "".join(parts)
        if not (13 <= len(number) <= 19 and luhn_ok(number)):
            out.append(f"{conv.cid}: split parts {parts} do not join into a card")
        last = split_msgs[-1]
        if not (last.labels[0].split_part and last.labels[0].keep == 4):
            out.append(f"{conv.cid}: the last part must be the first label and keep 4")
        if any(m.labels[0].keep != 0 for m in split_msgs[:-1]):
            out.append(f"{conv.cid}: an earlier part keeps digits")
        if any(m.role != "customer" or len(m.labels) != 1 for m in split_msgs):
            out.append(f"{conv.cid}: split parts must be alone in customer messages")
    return out


def tally(conversations: list[Conversation]) -> tuple[Counter[str], Counter[str], int]:
    labels: Counter[str] = Counter()
    asks: Counter[str] = Counter()
    clean = 0
    for conv in conversations:
        for msg in conv.messages:
            labels.update(lab.type for lab in msg.labels)
            asks.update(msg.requested)
            clean += not msg.labels and not msg.requested
    return labels, asks, clean


def self_check(conversations: list[Conversation], count: int) -> None:
    errors = [p for conv in conversations for p in problems(conv)]
    if len({c.cid for c in conversations}) != len(conversations):
        errors.append("duplicate conversation ids")
    for conv in conversations:
        if not 4 <= len(conv.messages) <= 12:
            errors.append(f"{conv.cid}: {len(conv.messages)} messages")
    if count >= 400:
        labels, asks, clean = tally(conversations)
        errors += [f"only {labels[t]} {t} labels" for t in TYPES if labels[t] < 40]
        errors += [f"only {asks[t]} {t} asks" for t in TYPES if asks[t] < 20]
        if clean < 1000:
            errors.append(f"only {clean} clean messages")
    if errors:
        raise AssertionError("e2e_set3 self-check failed:\n" + "\n".join(errors[:20]))


def generate(seed: int, count: int = 400) -> list[Conversation]:
    """`count` messy conversations, the same for the same seed; checked before returned."""
    rng = Random(f"guard-blind-set3-{seed}")
    conversations = [conversation(rng, f"s3-{seed}-{i:04d}") for i in range(count)]
    self_check(conversations, count)
    return conversations


if __name__ == "__main__":
    convs = generate(1)
    labels, asks, clean = tally(convs)
    print(len(convs), sum(len(c.messages) for c in convs), dict(labels), dict(asks), clean)
