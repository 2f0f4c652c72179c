# ruff: noqa: E501
"""Blind end-to-end set 6 for guard: bots and people in one chat, pasted texts, disguised numbers.

Written without reading guard's code, rules, tests, benchmarks or the other blind sets (only
the scorer `tests.blind.evaluate_e2e` and the data schema of `tests.blind.e2e_set`). Emphasis:

- a virtual assistant and a human agent in the same chat: menus, confirmations, handoffs, and
  customers answering the bot tersely ("2", "yes", a bare code);
- pasted material: bank SMS and e-mails quoted verbatim, statement tables, receipts, text
  copied out of screenshots, form fields, JSON and key: value blocks;
- disguised numbers: one digit at a time (spaces, dots, dashes), digits as words mixed with
  digits, letter look-alikes (O, l, I), keycap emoji, full-width digits, a card typed over
  2-4 messages with chatter in between, a card corrected half-way;
- secrets in odd places: first thing in the message, in parentheses, after a newline, in a
  numbered list, with trailing punctuation or emoji, typed twice;
- Spanish from Mexico, Colombia, Chile, Argentina, Spain and the US, Spanglish, non-native
  English; typos, missing accents, ALL CAPS, no punctuation;
- many negatives: amounts, dates, times, phones, ZIP and ZIP+4, masked cards, order,
  tracking, case, claim, confirmation and reference numbers (Luhn-invalid long ones too),
  IMEIs, routing and account numbers, points, addresses, flights, versions, error codes and
  talk about secrets without a value;
- agent messages: legitimate verification (last four, ZIP, date of birth), reminders,
  instructions to use the app or an ATM, explanations; and forbidden asks from careless
  agents, phishers and badly built bots, labelled with the secret types asked for.

`generate(seed, count)` is deterministic: one seeded `random.Random` drives everything.
Every label is computed from the pieces a message is assembled from and checked on the spot:
cards are Luhn-valid with real brand prefixes and lengths, SSNs are valid, and a message
holds no unlabelled Luhn-valid 13-19 digit run nor a valid SSN shape (a conversation that
draws one by chance is drawn again).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from random import Random

from tests.blind.e2e_set import CC, CVV, OTP, PIN, PW, SSN, Conversation, Label, Message

# --------------------------------------------------------------------------------------
# Pieces a message is made of
# --------------------------------------------------------------------------------------


class Redraw(Exception):
    """A conversation broke an invariant by chance; it is drawn again."""


@dataclass(frozen=True)
class Sec:
    """A secret as typed (`text`) and what it stands for (`value`: digits, or the password)."""

    type: str
    text: str
    value: str
    split: bool = False
    keep: int = -1  # -1: 4 for cards and SSNs, else 0


@dataclass(frozen=True)
class Fix:
    """A filled-in negative value (amount, phone, ...): styled only by ALL CAPS."""

    text: str


Part = str | Sec | Fix
Given = Part | list[Part]

# --------------------------------------------------------------------------------------
# Numbers: Luhn, brands, SSNs, disguises
# --------------------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_complete(prefix: str) -> str:
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError(prefix)


def brand_of(d: str) -> str | None:
    """The brand a card number belongs to, from its prefix and length (None: no brand)."""
    n = len(d)
    p2, p3, p4 = int(d[:2]), int(d[:3]), int(d[:4])
    if d[0] == "4" and n in (13, 16, 19):
        return "Visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "Mastercard"
    if p2 in (34, 37) and n == 15:
        return "Amex"
    if (d.startswith("6011") or 644 <= p3 <= 649 or p2 == 65) and n in (16, 19):
        return "Discover"
    if (300 <= p3 <= 305 or p2 in (36, 38, 39)) and n == 14:
        return "Diners"
    if 3528 <= p4 <= 3589 and n in (16, 19):
        return "JCB"
    if p2 == 62 and 16 <= n <= 19:
        return "UnionPay"
    if p4 in (5018, 5020, 5038, 6304, 6759, 6761, 6763) and 16 <= n <= 19:
        return "Maestro"
    if 2200 <= p4 <= 2204 and n == 16:
        return "Mir"
    return None


CARD_SPECS: list[tuple[str, list[str], list[int], int]] = [
    ("Visa", ["4"], [16, 16, 16, 16, 16, 16, 13, 19], 34),
    (
        "Mastercard",
        ["51", "52", "53", "54", "55", "2221", "2223", "2300", "2410", "2500", "2600", "2720"],
        [16],
        24,
    ),
    ("Amex", ["34", "37"], [15], 12),
    ("Discover", ["6011", "644", "645", "649", "65"], [16, 16, 16, 16, 19], 8),
    ("Diners", ["300", "301", "305", "36", "38", "39"], [14], 4),
    ("JCB", ["3528", "3530", "3566", "3589"], [16], 5),
    ("UnionPay", ["62"], [16, 16, 17, 18, 19], 5),
    ("Maestro", ["5018", "5020", "5038", "6304", "6759", "6761", "6763"], [16, 18, 19], 4),
    ("Mir", ["2200", "2201", "2202", "2204"], [16], 2),
]


def make_card(rng: Random) -> str:
    _brand, prefixes, lengths, _w = rng.choices(CARD_SPECS, weights=[s[3] for s in CARD_SPECS])[0]
    prefix = rng.choice(prefixes)
    n = rng.choice(lengths)
    body = prefix + "".join(rng.choice("0123456789") for _ in range(n - len(prefix) - 1))
    card = luhn_complete(body)
    assert brand_of(card) is not None and luhn_ok(card), card
    return card


def card_groups(n: int) -> list[int]:
    return {
        13: [4, 4, 5],
        14: [4, 6, 4],
        15: [4, 6, 5],
        16: [4, 4, 4, 4],
        17: [4, 4, 4, 5],
        18: [4, 4, 4, 6],
        19: [4, 4, 4, 4, 3],
    }[n]


def chunk(digits: str, sizes: Sequence[int]) -> list[str]:
    out, pos = [], 0
    for size in sizes:
        out.append(digits[pos : pos + size])
        pos += size
    assert pos == len(digits)
    return out


def random_sizes(rng: Random, n: int, low: int = 2, high: int = 6) -> list[int]:
    sizes: list[int] = []
    while sum(sizes) < n:
        left = n - sum(sizes)
        size = min(left, rng.randint(low, high))
        if 0 < left - size < low:
            size = left
        sizes.append(size)
    return sizes


def fmt_card(rng: Random, digits: str) -> str:
    groups = chunk(digits, card_groups(len(digits)))
    style = rng.choices(
        ["space", "plain", "dash", "dot", "dspace", "irregular", "mixed"],
        weights=[40, 20, 14, 5, 4, 10, 7],
    )[0]
    if style == "plain":
        return digits
    if style == "dash":
        return "-".join(groups)
    if style == "dot":
        return ".".join(groups)
    if style == "dspace":
        return "  ".join(groups)
    if style == "irregular":
        return " ".join(chunk(digits, random_sizes(rng, len(digits), 3, 7)))
    if style == "mixed":
        out = groups[0]
        for g in groups[1:]:
            out += rng.choice([" ", "-", " - ", " "]) + g
        return out
    return " ".join(groups)


def ssn_ok(d: str) -> bool:
    if len(d) != 9 or not d.isdigit():
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


def make_ssn(rng: Random) -> str:
    while True:
        d = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn_ok(d):
            return d


def fmt_ssn(rng: Random, d: str) -> str:
    style = rng.choices(["dash", "space", "plain", "dot"], weights=[60, 15, 20, 5])[0]
    sep = {"dash": "-", "space": " ", "plain": "", "dot": "."}[style]
    return sep.join(chunk(d, [3, 2, 4]))


WORDS_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
WORDS_ES = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
KEYCAP = "\ufe0f\u20e3"
_WORD_DIGIT = {w: str(i) for i, w in enumerate(WORDS_EN)} | {
    w: str(i) for i, w in enumerate(WORDS_ES)
}
_TOKEN_RE = re.compile(
    r"(\d)\ufe0f?\u20e3|("
    + "|".join(sorted(_WORD_DIGIT, key=len, reverse=True))
    + r")|(\d)|([OolI])",
    re.IGNORECASE,
)


def to_digits(text: str) -> str:
    """The digits a (possibly disguised) number stands for."""
    out: list[str] = []
    for m in _TOKEN_RE.finditer(text):
        if m.group(1):
            out.append(str(unicodedata.digit(m.group(1))))
        elif m.group(2):
            out.append(_WORD_DIGIT[m.group(2).lower()])
        elif m.group(3):
            out.append(str(unicodedata.digit(m.group(3))))
        else:
            out.append("0" if m.group(4) in "Oo" else "1")
    return "".join(out)


def fullwidth(text: str) -> str:
    return "".join(chr(0xFF10 + int(c)) if c.isascii() and c.isdigit() else c for c in text)


def keycaps(groups: Sequence[str]) -> str:
    return " ".join("".join(c + KEYCAP for c in g) for g in groups)


def lookalike(rng: Random, text: str) -> str | None:
    spots = [i for i, c in enumerate(text) if c in "01"]
    if not spots:
        return None
    chars = list(text)
    for i in rng.sample(spots, min(len(spots), rng.randint(1, 3))):
        chars[i] = rng.choice("Oo") if chars[i] == "0" else rng.choice("lI")
    return "".join(chars)


def as_words(rng: Random, groups: Sequence[str], words: Sequence[str], share: float) -> str:
    """Digits as words (a `share` of them), groups apart; at least one word."""
    tokens = [[words[int(c)] if rng.random() < share else c for c in g] for g in groups]
    flat = [t for g in tokens for t in g]
    if all(t.isdigit() for t in flat):
        gi = rng.randrange(len(tokens))
        ti = rng.randrange(len(tokens[gi]))
        tokens[gi][ti] = words[int(tokens[gi][ti])]
    sep = rng.choice([", ", " - ", "  ", " / "]) if len(groups) > 1 else " "
    return sep.join(" ".join(g) for g in tokens)


def disguise(rng: Random, digits: str, sizes: Sequence[int], mode: str, lang: str) -> str:
    groups = chunk(digits, sizes)
    if mode == "spaced":
        inner = " "
        outer = rng.choice(["  ", " ", "   "])
        return outer.join(inner.join(g) for g in groups)
    if mode == "dotted":
        return ".".join(digits)
    if mode == "dashed1":
        return "-".join(digits)
    if mode == "words":
        words = WORDS_ES if lang == "es" else WORDS_EN
        return as_words(rng, groups, words, rng.choice([0.4, 0.6, 1.0]))
    if mode == "keycap":
        return keycaps(groups)
    if mode == "fullwidth":
        return fullwidth(" ".join(groups))
    if mode == "lookalike":
        text = " ".join(groups) if rng.random() < 0.7 else "".join(groups)
        out = lookalike(rng, text)
        if out is None:
            return disguise(rng, digits, sizes, "spaced", lang)
        return out
    raise AssertionError(mode)


# --------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------

_RUN_RE = re.compile(r"\d+(?:[ \-./,\n]{1,3}\d+)*")
_SSN_RE = re.compile(r"(?<!\d)(\d{3})([ \-.]?)(\d{2})\2(\d{4})(?!\d)")


def unlabelled_problem(text: str, labels: Sequence[Label], allow9: bool = False) -> str | None:
    """A Luhn-valid 13-19 digit run or a valid SSN shape outside every label, if any."""
    chars = list(text)
    for lab in labels:
        for i in range(lab.start, lab.end):
            chars[i] = "X"
    masked = "".join(chars)
    for m in _RUN_RE.finditer(masked):
        groups = re.findall(r"\d+", m.group())
        for i in range(len(groups)):
            acc = ""
            for g in groups[i:]:
                acc += g
                if len(acc) > 19:
                    break
                if len(acc) >= 13 and acc.isascii() and luhn_ok(acc):
                    return f"luhn-valid run {acc}"
    for m in _SSN_RE.finditer(masked):
        if allow9 and not m.group(2):
            continue
        d = m.group(1) + m.group(3) + m.group(4)
        if d.isascii() and ssn_ok(d):
            return f"ssn shape {m.group()}"
    return None


def check_sec(sec: Sec) -> None:
    assert sec.text and sec.text == sec.text.strip(), sec
    if sec.type == PW:
        assert sec.text == sec.value and len(sec.value) >= 6, sec
        return
    got = to_digits(sec.text)
    assert got == sec.value, (sec, got)
    if sec.type == CC:
        if not sec.split:
            assert luhn_ok(sec.value) and brand_of(sec.value), sec
    elif sec.type == SSN:
        assert ssn_ok(sec.value), sec
    elif sec.type == CVV:
        assert len(sec.value) in (3, 4), sec
    elif sec.type == OTP:
        assert 4 <= len(sec.value) <= 8, sec
    elif sec.type == PIN:
        assert 4 <= len(sec.value) <= 6, sec


# --------------------------------------------------------------------------------------
# Style of customer text
# --------------------------------------------------------------------------------------


def strip_accents(s: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn"
    ).replace("¿", "")


def typo(rng: Random, s: str) -> str:
    words = list(re.finditer(r"[A-Za-zÁÉÍÓÚáéíóúñ]{4,}", s))
    if not words:
        return s
    m = rng.choice(words)
    w = m.group()
    i = rng.randrange(len(w) - 1)
    swap = rng.random() < 0.5
    w = w[:i] + w[i + 1] + w[i] + w[i + 2 :] if swap else w[:i] + w[i + 1 :]
    return s[: m.start()] + w + s[m.end() :]


def stylize(rng: Random, s: str, style: str | None) -> str:
    if not style or not s:
        return s
    if style == "caps":
        return s.upper()
    if style == "nopunct":
        return re.sub(r"[,;:!?¿¡'’]|\.(?=\s|$)", "", s)
    if style == "noaccent":
        return strip_accents(s)
    if style == "lower":
        return s.lower()
    return s


# --------------------------------------------------------------------------------------
# Conversation context: who is talking, and the values that stay the same in a chat
# --------------------------------------------------------------------------------------

NAMES_EN = [
    "Maria",
    "John",
    "Priya",
    "Wei",
    "Kwame",
    "Olga",
    "Derek",
    "Aisha",
    "Tom",
    "Nguyen",
    "Fatima",
    "Brian",
]
NAMES_ES = [
    "María",
    "José",
    "Lucía",
    "Camila",
    "Andrés",
    "Valentina",
    "Jorge",
    "Guadalupe",
    "Matías",
    "Sofía",
    "Diego",
    "Paula",
]
AGENTS = ["Marco", "Tasha", "Luis", "Jenna", "Carlos", "Ana", "Kevin", "Rosa", "Sam", "Daniela"]
BANKS_EN = ["Northwind Card", "Crestline Bank", "Harbor Financial", "Bluebird Card"]
BANKS_ES = ["Tarjeta Aurora", "Banco Sierra", "Finanzas Pacífico", "Banco Andino"]
BOTS_EN = ["Ava", "Max", "Nova", "Penny"]
BOTS_ES = ["Luz", "Sofi", "Aurora", "Tito"]
USERS = ["jsmith88", "maria.lopez", "kwame_a", "priya.k", "dlee2020", "tom.b", "guada.h", "mati_r"]
MERCHANTS = [
    "AMZN Mktp US*2K4LT0",
    "UBER *TRIP",
    "SQ *BLUE BOTTLE",
    "SHELL OIL 57444",
    "WALMART #2394",
    "NETFLIX.COM",
    "PAYPAL *STEAMGAMES",
    "TARGET T-1123",
    "DOORDASH*CHIPOTLE",
    "SPOTIFY USA",
    "APPLE.COM/BILL",
    "COSTCO WHSE #0481",
]
MERCHANTS_ES = [
    "OXXO SUC 1234",
    "MERCADOLIBRE*MX",
    "RAPPI*COL",
    "FALABELLA",
    "CARREFOUR MADRID",
    "DIDI FOOD",
    "LIDER EXPRESS",
    "Coto CICSA",
    "Éxito Calle 80",
    "EL CORTE INGLES",
]


class Ctx:
    """One conversation's speakers and values."""

    def __init__(self, rng: Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang  # en, es or mix
        if lang == "en":
            self.region = "us"
        elif lang == "mix":
            self.region = rng.choice(["us", "us", "us", "mx"])
        else:
            self.region = rng.choice(["mx", "mx", "co", "cl", "ar", "sp", "us"])
        spanish = lang == "es" or (lang == "mix" and rng.random() < 0.5)
        self.bank = rng.choice(BANKS_ES if spanish else BANKS_EN)
        self.bot = rng.choice(BOTS_ES if spanish else BOTS_EN)
        self.name = rng.choice(NAMES_ES if lang != "en" else NAMES_EN)
        self.agent = rng.choice(AGENTS)
        self.user = rng.choice(USERS)
        self.card = make_card(rng)
        self.pin_value = "".join(
            rng.choice("0123456789") for _ in range(rng.choice([4, 4, 4, 4, 6]))
        )
        self.cvv_value = f"{rng.randint(0, 999):03d}"
        self.cid_value = f"{rng.randint(0, 9999):04d}"
        self.ssn_value = make_ssn(rng)
        self.pw_value = make_password(rng, spanish)
        self.style: str | None = None
        roll = rng.random()
        if roll < 0.07:
            self.style = "caps"
        elif roll < 0.17:
            self.style = "nopunct"
        elif roll < 0.30:
            self.style = "typo"
        elif roll < 0.36:
            self.style = "lower"
        if lang != "en" and rng.random() < 0.35:
            self.style = "noaccent" if self.style in (None, "typo") else self.style

    # language of the next line: mix conversations draw per line
    def lk(self) -> str:
        if self.lang == "mix":
            return self.rng.choice(["mix", "mix", "en", "es"])
        return self.lang

    def es_line(self) -> bool:
        return self.lang == "es" or (self.lang == "mix" and self.rng.random() < 0.5)

    @property
    def last4(self) -> str:
        return self.card[-4:]

    # secrets, plainly typed
    def card_sec(self) -> Sec:
        return Sec(CC, fmt_card(self.rng, self.card), self.card)

    def other_card(self) -> Sec:
        digits = make_card(self.rng)
        return Sec(CC, fmt_card(self.rng, digits), digits)

    def cvv_sec(self) -> Sec:
        return Sec(CVV, self.cvv_value, self.cvv_value)

    def cid_sec(self) -> Sec:
        return Sec(CVV, self.cid_value, self.cid_value)

    def ssn_sec(self) -> Sec:
        return Sec(SSN, fmt_ssn(self.rng, self.ssn_value), self.ssn_value)

    def otp_sec(self) -> Sec:
        n = self.rng.choices([6, 4, 5, 7, 8], weights=[70, 8, 6, 6, 10])[0]
        d = "".join(self.rng.choice("0123456789") for _ in range(n))
        text = d
        if n == 6 and self.rng.random() < 0.15:
            text = d[:3] + self.rng.choice([" ", "-"]) + d[3:]
        return Sec(OTP, text, d)

    def pw_sec(self) -> Sec:
        return Sec(PW, self.pw_value, self.pw_value)

    def pin_sec(self) -> Sec:
        return Sec(PIN, self.pin_value, self.pin_value)

    def secret(self, slot: str) -> Sec:
        return {
            "card": self.card_sec,
            "cvv": self.cvv_sec,
            "cid": self.cid_sec,
            "ssn": self.ssn_sec,
            "otp": self.otp_sec,
            "pw": self.pw_sec,
            "pin": self.pin_sec,
        }[slot]()

    def disguised(self, typ: str, mode: str | None = None) -> Sec:
        rng = self.rng
        lang = "es" if self.es_line() else "en"
        if typ == CC:
            digits, sizes = self.card, card_groups(len(self.card))
            modes = ["spaced", "dotted", "words", "lookalike", "keycap", "fullwidth", "dashed1"]
            weights = [22, 10, 20, 22, 12, 6, 8]
        elif typ == SSN:
            digits, sizes = self.ssn_value, [3, 2, 4]
            modes = ["spaced", "dotted", "words", "lookalike", "keycap"]
            weights = [30, 10, 30, 20, 10]
        elif typ == OTP:
            digits = self.otp_sec().value
            sizes = [len(digits)]
            modes = ["spaced", "words", "keycap", "dashed1", "lookalike", "fullwidth"]
            weights = [30, 25, 15, 10, 15, 5]
        elif typ == PIN:
            digits, sizes = self.pin_value, [len(self.pin_value)]
            modes = ["spaced", "words", "keycap", "dashed1", "dotted"]
            weights = [30, 35, 15, 10, 10]
        else:
            digits, sizes = self.cvv_value, [3]
            modes = ["spaced", "words", "keycap", "dashed1"]
            weights = [30, 40, 15, 15]
        if mode is None:
            mode = rng.choices(modes, weights=weights)[0]
        text = disguise(rng, digits, sizes, mode, lang)
        return Sec(typ, text, digits)


PW_WORDS = [
    "Sunflower",
    "Tucan",
    "Dragon",
    "Mariposa",
    "Bluebird",
    "Tigre",
    "Luna",
    "Panther",
    "Rosa",
    "Falcon",
    "Chispa",
    "Winter",
]


def make_password(rng: Random, spanish: bool) -> str:
    word = rng.choice(PW_WORDS)
    style = rng.randrange(6)
    if style == 0:
        pw = f"{word}{rng.choice('#$!@*')}{rng.randint(1990, 2025)}"
    elif style == 1:
        pw = f"{word.lower()}{rng.randint(10, 999)}"
    elif style == 2:
        pw = word.replace("a", "@").replace("o", "0").replace("e", "3") + rng.choice(
            ["!", "!!", "?", "#"]
        )
    elif style == 3:
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#$%&*"
        pw = "".join(rng.choice(alphabet) for _ in range(rng.randint(9, 14)))
    elif style == 4:
        pw = f"{'MiClave' if spanish else 'MyPass'}.{rng.randint(10, 99)}{word[:3].lower()}"
    else:
        pw = f"{word}_{rng.choice(['perro', 'gato', 'blue', 'casa', 'home'])}{rng.randint(1, 99)}"
    if len(pw) < 8:
        pw += str(rng.randint(10, 99))
    return pw


# --------------------------------------------------------------------------------------
# Negative values
# --------------------------------------------------------------------------------------


def _d(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def swap_seps(s: str) -> str:
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def n_amount(ctx: Ctx) -> str:
    rng = ctx.rng
    a = round(rng.choice([rng.uniform(1, 100), rng.uniform(20, 900), rng.uniform(500, 15000)]), 2)
    region = ctx.region if ctx.es_line() else "us"
    if region == "us":
        return rng.choice(
            [
                f"${a:,.2f}",
                f"${a:.2f}",
                f"{a:,.2f} USD",
                f"USD {a:,.2f}",
                f"${int(a)}",
                f"{int(a)} dollars",
                f"-${a:.2f}",
                f"$ {a:,.2f}",
                f"${a / 1000:.1f}k" if a > 1000 else f"${a:.0f}",
            ]
        )
    if region == "mx":
        return rng.choice([f"${a:,.2f} MXN", f"${a:,.2f} pesos", f"{int(a)} pesos", f"${a:,.2f}"])
    if region == "co":
        return rng.choice(
            [f"$ {swap_seps(f'{int(a) * 100:,}')}", f"COP {swap_seps(f'{int(a) * 100:,}')}"]
        )
    if region == "cl":
        return rng.choice(
            [f"${swap_seps(f'{int(a) * 10:,}')}", f"CLP {swap_seps(f'{int(a) * 10:,}')}"]
        )
    if region == "ar":
        return rng.choice([f"${swap_seps(f'{a * 10:,.2f}')}", f"ARS {swap_seps(f'{a * 10:,.2f}')}"])
    return rng.choice(
        [f"{swap_seps(f'{a:,.2f}')} €", f"€{swap_seps(f'{a:,.2f}')}", f"{int(a)} euros"]
    )


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


def n_date(ctx: Ctx, years: tuple[int, int] = (2023, 2025)) -> str:
    rng = ctx.rng
    y, m, d = rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28)
    if ctx.es_line():
        return rng.choice(
            [
                f"{d:02d}/{m:02d}/{y}",
                f"{d} de {MONTHS_ES[m - 1]}",
                f"{d:02d}-{m:02d}-{y}",
                f"{d}/{m}",
                f"{d} de {MONTHS_ES[m - 1]} de {y}",
            ]
        )
    return rng.choice(
        [
            f"{m:02d}/{d:02d}/{y}",
            f"{m}/{d}",
            f"{MONTHS_EN[m - 1]} {d}",
            f"{MONTHS_EN[m - 1][:3]} {d}, {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"the {d}th",
        ]
    )


def n_dob(ctx: Ctx) -> str:
    rng = ctx.rng
    y, m, d = rng.randint(1950, 2003), rng.randint(1, 12), rng.randint(1, 28)
    if ctx.es_line():
        return rng.choice(
            [
                f"{d:02d}/{m:02d}/{y}",
                f"{d} de {MONTHS_ES[m - 1]} de {y}",
                f"{d:02d}-{m:02d}-{y % 100:02d}",
            ]
        )
    return rng.choice(
        [
            f"{m:02d}/{d:02d}/{y}",
            f"{m}/{d}/{y % 100:02d}",
            f"{MONTHS_EN[m - 1]} {d}, {y}",
            f"{y}-{m:02d}-{d:02d}",
        ]
    )


def n_time(ctx: Ctx) -> str:
    rng = ctx.rng
    h, mi = rng.randint(1, 12), rng.choice([0, 5, 15, 30, 42, 45])
    if ctx.es_line():
        return rng.choice(
            [f"{h + 8}:{mi:02d}", f"{h + 8}:{mi:02d} h", f"las {h} de la tarde", f"{h}:{mi:02d} pm"]
        )
    return rng.choice([f"{h}:{mi:02d} PM", f"{h}:{mi:02d}am", f"{h}pm", f"{h + 8}:{mi:02d}"])


def n_phone(ctx: Ctx) -> str:
    rng = ctx.rng
    region = ctx.region if ctx.es_line() else "us"
    if region == "us":
        a = rng.choice([212, 305, 312, 415, 512, 602, 713, 786, 818, 915, 956])
        x = f"{rng.randint(0, 99):02d}"
        return rng.choice(
            [
                f"({a}) 555-01{x}",
                f"{a}-555-01{x}",
                f"+1 {a} 555 01{x}",
                f"{a}55501{x}",
                f"1-800-555-01{x}",
                f"+1 ({a}) 555-01{x}",
                f"{a}.555.01{x}",
            ]
        )
    if region == "mx":
        return rng.choice(
            [
                f"+52 55 {_d(rng, 4)} {_d(rng, 4)}",
                f"55 {_d(rng, 4)} {_d(rng, 4)}",
                f"+52 1 33 {_d(rng, 4)} {_d(rng, 4)}",
                f"(81) {_d(rng, 4)}-{_d(rng, 4)}",
            ]
        )
    if region == "sp":
        return rng.choice(
            [
                f"+34 6{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}",
                f"6{_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}",
                f"91 {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}",
            ]
        )
    if region == "co":
        return rng.choice(
            [
                f"+57 3{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 4)}",
                f"3{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 4)}",
            ]
        )
    if region == "ar":
        return rng.choice(
            [
                f"+54 9 11 {_d(rng, 4)}-{_d(rng, 4)}",
                f"11 {_d(rng, 4)}-{_d(rng, 4)}",
                f"15-{_d(rng, 4)}-{_d(rng, 4)}",
            ]
        )
    return rng.choice([f"+56 9 {_d(rng, 4)} {_d(rng, 4)}", f"9 {_d(rng, 4)} {_d(rng, 4)}"])


def n_vanity(ctx: Ctx) -> str:
    return ctx.rng.choice(
        [
            "1-800-FLOWERS",
            "1-888-NWCARDS",
            "1-800-PAY-BILL",
            "1-800-CONTACTS",
            "1 800 GO FEDEX",
            "1-877-SAVE-NOW",
            "1-800-HELP-NOW",
        ]
    )


def n_zip(ctx: Ctx) -> str:
    return f"{ctx.rng.randint(1001, 99950):05d}"


def n_zip4(ctx: Ctx) -> str:
    return f"{n_zip(ctx)}-{ctx.rng.randint(1, 9999):04d}"


def n_cp(ctx: Ctx) -> str:
    if ctx.region == "ar":
        return f"C{ctx.rng.randint(1000, 1440)}{ctx.rng.choice('ABCD')}"
    if ctx.region == "cl":
        return _d(ctx.rng, 7)
    if ctx.region == "co":
        return f"11{_d(ctx.rng, 4)}"
    return f"{ctx.rng.randint(1000, 52999):05d}"


def n_last4(ctx: Ctx) -> str:
    return ctx.last4 if ctx.rng.random() < 0.7 else _d(ctx.rng, 4)


def n_masked(ctx: Ctx) -> str:
    rng, l4 = ctx.rng, ctx.last4
    bin6 = ctx.card[:6]
    return rng.choice(
        [
            f"**** **** **** {l4}",
            f"XXXX-XXXX-XXXX-{l4}",
            f"************{l4}",
            f"•••• {l4}",
            f"...{l4}",
            f"x{l4}",
            f"{bin6}******{l4}",
            f"{bin6[:4]} {bin6[4:]}** **** {l4}",
            f"xxxx xxxx xxxx {l4}",
            f"****{l4}",
            f"Visa ···· {l4}",
            f"{bin6[:4]} **** **** {l4}",
        ]
    )


def n_order(ctx: Ctx) -> str:
    rng = ctx.rng
    return rng.choice(
        [
            f"112-{_d(rng, 7)}-{_d(rng, 7)}",
            f"#{_d(rng, 8)}",
            f"ORD-{rng.randint(2023, 2025)}{_d(rng, 4)}-{_d(rng, 4)}",
            f"W{_d(rng, 9)}",
            _d(rng, 10),
            f"{_d(rng, 3)}-{_d(rng, 7)}",
        ]
    )


def n_ups(ctx: Ctx) -> str:
    rng = ctx.rng
    alnum = "".join(rng.choice("ABCDEFGHJKLMNPRTVWXY0123456789") for _ in range(6))
    return f"1Z{alnum}{_d(rng, 10)}"


def n_tracking(ctx: Ctx) -> str:
    rng = ctx.rng
    kind = rng.randrange(5)
    if kind == 0:
        return n_ups(ctx)
    if kind == 1:
        d = "9400" + _d(rng, 18)
        return " ".join(chunk(d, [4, 4, 4, 4, 4, 2])) if rng.random() < 0.5 else d
    if kind == 2:
        return _d(rng, 12)
    if kind == 3:
        return f"JD{_d(rng, 18)}"
    return f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}"


def n_case(ctx: Ctx) -> str:
    rng = ctx.rng
    return rng.choice(
        [
            f"CAS-{_d(rng, 7)}",
            f"#{_d(rng, 8)}",
            f"{rng.randint(2023, 2025)}-{_d(rng, 6)}",
            f"C{_d(rng, 7)}-{rng.choice('ABCDEFGH')}{_d(rng, 1)}",
            f"INC{_d(rng, 7)}",
        ]
    )


def n_claim(ctx: Ctx) -> str:
    rng = ctx.rng
    return rng.choice(
        [
            f"CLM-{rng.randint(2023, 2025)}-{_d(rng, 6)}",
            f"DSP{_d(rng, 8)}",
            f"{_d(rng, 2)}-{_d(rng, 5)}-{_d(rng, 3)}",
        ]
    )


def n_conf(ctx: Ctx) -> str:
    rng = ctx.rng
    return rng.choice(
        [
            _d(rng, 6),
            _d(rng, 8),
            _d(rng, 10),
            "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
            f"NW-{_d(rng, 4)}-{_d(rng, 4)}",
        ]
    )


def n_ref(ctx: Ctx) -> str:
    """A Luhn-invalid 13-19 digit reference number, some with card-like prefixes."""
    rng = ctx.rng
    n = rng.randint(13, 19)
    prefix = rng.choice(["", "", "4", "5", "37", "6011", "00", "9", "20"])
    while True:
        d = prefix + _d(rng, n - len(prefix))
        if not luhn_ok(d):
            break
    if rng.random() < 0.35:
        return " ".join(
            chunk(d, random_sizes(rng, n, 4, 4) if n % 4 != 1 else [4] * (n // 4 - 1) + [5])
        )
    return d


def n_imei(ctx: Ctx) -> str:
    rng = ctx.rng
    while True:
        d = rng.choice(["35", "86", "01", "99"]) + _d(rng, 13)
        if not luhn_ok(d):
            break
    return rng.choice(
        [d, f"{d[:2]}-{d[2:8]}-{d[8:14]}-{d[14]}", f"{d[:2]} {d[2:8]} {d[8:14]} {d[14]}"]
    )


def n_routing(ctx: Ctx) -> str:
    rng = ctx.rng
    while True:
        head = (
            f"{rng.choice([rng.randint(1, 12), rng.randint(21, 32), rng.randint(61, 72)]):02d}"
            + _d(rng, 6)
        )
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(c) * w[i] for i, c in enumerate(head))
        d = head + str((10 - s % 10) % 10)
        if d[:3] not in ("000", "666"):
            return d


def n_account(ctx: Ctx) -> str:
    return _d(ctx.rng, ctx.rng.choice([10, 11, 12]))


def n_points(ctx: Ctx) -> str:
    p = ctx.rng.randint(120, 250000)
    if ctx.es_line():
        return ctx.rng.choice([swap_seps(f"{p:,}"), str(p)])
    return ctx.rng.choice([f"{p:,}", str(p)])


ADDRESSES = {
    "us": [
        "{n} Elm St Apt 3B, Austin, TX {zip}",
        "{n} W 42nd St, New York, NY {zip}",
        "PO Box {n}, Miami FL {zip}",
        "{n} Oak Ridge Dr, Unit 12, Phoenix, AZ {zip4}",
    ],
    "mx": [
        "Av. Insurgentes Sur {n}, Col. Del Valle, CP {cp}, CDMX",
        "Calle Morelos {n} int. 4, Guadalajara, Jal. {cp}",
    ],
    "co": ["Calle 93 #{a}-{b}, Bogotá", "Carrera 43A # {a}-{b}, Medellín"],
    "cl": ["Av. Providencia {n}, depto 504, Providencia", "Los Leones {n}, of. 21, Santiago"],
    "ar": ["Av. Corrientes {n}, piso 5 B, CABA ({cp})", "Calle 7 n° {n}, La Plata"],
    "sp": ["Calle de Alcalá {a}, 3º izq, 28014 Madrid", "Carrer de Mallorca {n}, 08013 Barcelona"],
}


def n_address(ctx: Ctx) -> str:
    region = ctx.region if ctx.es_line() else "us"
    tpl = ctx.rng.choice(ADDRESSES[region])
    return (
        tpl.replace("{n}", str(ctx.rng.randint(10, 9800)))
        .replace("{a}", str(ctx.rng.randint(1, 120)))
        .replace("{b}", str(ctx.rng.randint(1, 99)))
        .replace("{zip4}", n_zip4(ctx))
        .replace("{zip}", n_zip(ctx))
        .replace("{cp}", n_cp(ctx))
    )


def n_flight(ctx: Ctx) -> str:
    return f"{ctx.rng.choice(['UA', 'AA', 'DL', 'AM', 'IB', 'LA', 'AV', 'AR', 'Y4', 'B6', 'WN'])}{ctx.rng.choice(['', ' '])}{ctx.rng.randint(1, 2999)}"


def n_version(ctx: Ctx) -> str:
    rng = ctx.rng
    return rng.choice(
        [
            f"{rng.randint(3, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
            f"v{rng.randint(3, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)} (build {rng.randint(2023, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d})",
            f"{rng.randint(3, 9)}.{rng.randint(0, 9)} ({rng.randint(1000, 9999)})",
        ]
    )


def n_err(ctx: Ctx) -> str:
    rng = ctx.rng
    return rng.choice(
        [
            f"E-{rng.randint(1000, 9999)}",
            "0x80070005",
            "ERR_CARD_DECLINED_05",
            f"code {rng.choice([5, 14, 51, 54, 57, 61, 91])}",
            f"HTTP {rng.choice([500, 502, 503, 429])}",
            f"R-{rng.randint(100, 999)}",
            f"#{rng.randint(1000, 1999)}",
        ]
    )


def n_merchant(ctx: Ctx) -> str:
    return ctx.rng.choice(MERCHANTS_ES if ctx.es_line() else MERCHANTS)


def n_exp(ctx: Ctx) -> str:
    rng = ctx.rng
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    return rng.choice(
        [f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d}/{y}", f"{m:02d} / {y}"]
    )


def n_auth(ctx: Ctx) -> str:
    return ctx.rng.choice(
        [_d(ctx.rng, 6), f"{_d(ctx.rng, 2)}{ctx.rng.choice('ABCDEFGH')}{_d(ctx.rng, 3)}"]
    )


def n_dni(ctx: Ctx) -> str:
    rng = ctx.rng
    if ctx.region == "sp":
        num = rng.randint(10000000, 79999999)
        return f"{num}{'TRWAGMYFPDXBNJZSQVHLCKE'[num % 23]}"
    if ctx.region == "cl":
        num = rng.randint(8000000, 25999999)
        total, factor = 0, 2
        for c in reversed(str(num)):
            total += int(c) * factor
            factor = 2 if factor == 7 else factor + 1
        dv = 11 - total % 11
        check = "0" if dv == 11 else "K" if dv == 10 else str(dv)
        return f"{swap_seps(f'{num:,}')}-{check}"
    if ctx.region == "co":
        return str(rng.randint(1000000000, 1099999999))
    return swap_seps(f"{rng.randint(20000000, 45999999):,}")


def n_year(ctx: Ctx) -> str:
    return str(ctx.rng.randint(2009, 2024))


def n_small(ctx: Ctx) -> str:
    return str(ctx.rng.randint(2, 15))


def n_last4p(ctx: Ctx) -> str:
    return _d(ctx.rng, 4)


def n_amountnum(ctx: Ctx) -> str:
    return f"{ctx.rng.uniform(1, 2000):.2f}"


NEG: dict[str, Callable[[Ctx], str]] = {
    "amount": n_amount,
    "amount2": n_amount,
    "date": n_date,
    "date2": n_date,
    "dob": n_dob,
    "time": n_time,
    "phone": n_phone,
    "vanity": n_vanity,
    "zip": n_zip,
    "zip4": n_zip4,
    "cp": n_cp,
    "last4": n_last4,
    "masked": n_masked,
    "order": n_order,
    "ups": n_ups,
    "tracking": n_tracking,
    "case": n_case,
    "claim": n_claim,
    "conf": n_conf,
    "ref": n_ref,
    "imei": n_imei,
    "account": n_account,
    "points": n_points,
    "address": n_address,
    "flight": n_flight,
    "version": n_version,
    "err": n_err,
    "merchant": n_merchant,
    "merchant2": n_merchant,
    "exp": n_exp,
    "auth": n_auth,
    "dni": n_dni,
    "year": n_year,
    "n": n_small,
    "last4p": n_last4p,
    "amountnum": n_amountnum,
    "name": lambda ctx: ctx.name,
    "agent": lambda ctx: ctx.agent,
    "bank": lambda ctx: ctx.bank,
    "bot": lambda ctx: ctx.bot,
    "user": lambda ctx: ctx.user,
}
ALLOW9 = {"routing"}


def neg_value(ctx: Ctx, slot: str) -> str:
    if slot == "routing":
        return n_routing(ctx)
    fn = NEG[slot]
    for _ in range(50):
        value = fn(ctx)
        if unlabelled_problem(value, []) is None:
            return value
    raise Redraw(slot)


# --------------------------------------------------------------------------------------
# Templates and messages
# --------------------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{(\w+)\}")
SECRET_SLOTS = {"card", "cvv", "cid", "ssn", "otp", "pw", "pin"}


def fill(ctx: Ctx, template: str, **given: Given) -> list[Part]:
    parts: list[Part] = []
    pos = 0
    for m in SLOT_RE.finditer(template):
        if m.start() > pos:
            parts.append(template[pos : m.start()])
        slot = m.group(1)
        if slot in given:
            value = given[slot]
            if isinstance(value, list):
                parts.extend(value)
            else:
                parts.append(value)
        elif slot in SECRET_SLOTS:
            parts.append(ctx.secret(slot))
        else:
            parts.append(Fix(neg_value(ctx, slot)))
        pos = m.end()
    if pos < len(template):
        parts.append(template[pos:])
    return parts


def build(
    ctx: Ctx,
    role: str,
    parts: Sequence[Part],
    kind: str,
    requested: frozenset[str] = frozenset(),
    style: bool = True,
) -> Message:
    text = ""
    labels: list[Label] = []
    st = ctx.style if role == "customer" and style and ctx.rng.random() < 0.75 else None
    allow9 = kind == "neg_routing"
    typo_at = -1
    if st == "typo":
        spots = [
            i for i, p in enumerate(parts) if isinstance(p, str) and re.search(r"[A-Za-z]{4}", p)
        ]
        typo_at = ctx.rng.choice(spots) if spots else -1
        st = None
    for i, p in enumerate(parts):
        if isinstance(p, Sec):
            check_sec(p)
            keep = p.keep if p.keep >= 0 else (4 if p.type in (CC, SSN) else 0)
            labels.append(Label(p.type, len(text), len(text) + len(p.text), keep, p.split))
            text += p.text
        elif isinstance(p, Fix):
            text += p.text.upper() if st == "caps" else p.text
        elif i == typo_at:
            text += typo(ctx.rng, p)
        else:
            text += stylize(ctx.rng, p, st)
    for lab, p in zip(labels, [q for q in parts if isinstance(q, Sec)], strict=True):
        assert text[lab.start : lab.end] == p.text
    problem = unlabelled_problem(text, labels, allow9)
    if problem:
        raise Redraw(problem)
    if role == "agent" and requested:
        assert requested <= {CC, CVV, SSN, OTP, PW, PIN}
    return Message(role, text, labels, frozenset(requested), kind)


def pick(ctx: Ctx, table: dict[str, list[str]], lk: str | None = None) -> str:
    """A template for the line's language (and the conversation's region, for Spanish)."""
    lk = lk or ctx.lk()
    options: list[str] = []
    if lk == "es":
        options = table.get("es", []) + table.get(ctx.region, []) * 2
    else:
        options = table.get(lk, [])
    if not options:
        options = table.get("en", []) or table.get("es", [])
    return ctx.rng.choice(options)


def say(
    ctx: Ctx,
    role: str,
    table: dict[str, list[str]],
    kind: str,
    lk: str | None = None,
    **given: Given,
) -> Message:
    return build(ctx, role, fill(ctx, pick(ctx, table, lk), **given), kind)


# --------------------------------------------------------------------------------------
# Customer lines with secrets
# --------------------------------------------------------------------------------------

POS: dict[str, dict[str, list[str]]] = {
    "card": {
        "en": [
            "my card number is {card}",
            "card: {card}",
            "{card} is the card that got declined",
            "ok here it is {card}",
            "its {card} exp {exp}",
            "The number on the front says {card}",
            "Hello sir, my card number is {card}, kindly check why it is blocked",
            "I have try to pay with {card} but is declined always",
            "MY CARD {card} WAS CHARGED TWICE FOR {amount}",
            "can u check this card {card} pls",
            "reading it off the card: {card}",
            "it's the new one, {card}, got it in the mail on {date}",
            "this one -> {card} <- keeps getting declined at gas stations",
            "Card number is {card} and my zip is {zip}",
            "the one I used at {merchant} was {card}",
            "please cancel {card}, I lost it at the airport",
            "number {card} name on card {name}",
            "I think the problem is this card {card}. The other one works fine",
            "Good evening. Please to check card {card}, the payment of {amount} not pass",
        ],
        "es": [
            "el número de mi tarjeta es {card}",
            "tarjeta: {card}",
            "MI TARJETA ES {card} Y NO ME DEJA PAGAR",
            "le paso el numero {card}",
            "es esta {card}, vence {exp}",
            "numero de tarjeta {card} a nombre de {name}",
            "intenté pagar {amount} con la {card} y me la rechazaron",
        ],
        "mx": [
            "oiga mi tarjeta {card} no pasa en el oxxo",
            "ahí le va el número: {card}",
            "la tarjeta es la {card}, la de nómina",
        ],
        "co": [
            "le regalo el número de la tarjeta: {card}",
            "buenas, le comento que mi tarjeta {card} me la bloquearon",
            "su merced, la tarjeta es {card}",
        ],
        "cl": [
            "la tarjeta es {card}, cachai",
            "al tiro te paso el número: {card}",
            "ya po, es la {card}",
        ],
        "ar": [
            "mirá, el número es {card}",
            "te paso la tarjeta: {card}, fijate qué onda",
            "che, me debitaron con la {card} y no fui yo",
        ],
        "sp": [
            "mi número de tarjeta es {card}, vale?",
            "os paso la tarjeta: {card}",
            "la tarjeta es la {card}, la de débito",
        ],
        "us": ["mi tarjeta es {card}, la que me llegó por correo"],
        "mix": [
            "oye my card es {card}, can you check?",
            "la card que usé es {card}",
            "my tarjeta {card} no funciona at the store",
        ],
    },
    "card_cvv": {
        "en": [
            "card {card} cvv {cvv}",
            "{card} exp {exp} cvc {cvv}",
            "number is {card}, the 3 digits on the back are {cvv}",
            "{card} {exp} {cvv}",
            "card {card}\nexp {exp}\ncvv {cvv}",
            "here: {card} / {exp} / {cvv}",
            "Card {card} security code {cvv} zip {zip}",
        ],
        "es": [
            "tarjeta {card} cvv {cvv}",
            "{card} vence {exp} código {cvv}",
            "el número es {card} y atrás dice {cvv}",
        ],
        "mx": ["ahí va: {card}, vence {exp}, los de atrás {cvv}"],
        "ar": ["la tarjeta es {card}, vto {exp}, cód. seg. {cvv}"],
        "sp": ["tarjeta {card}, caducidad {exp}, CVV {cvv}"],
        "mix": ["card {card}, el cvv es {cvv}", "mi card {card} y el security code {cvv}"],
    },
    "cvv": {
        "en": [
            "the cvv is {cvv}",
            "CVV: {cvv}",
            "3 digit code on back = {cvv}",
            "cvc2 {cvv}",
            "it says {cvv} on the back next to the signature strip",
            "security code {cvv}",
            "the 3 numbers on the back are {cvv}",
            "cvv is {cvv} if you need it",
            "it's an Amex, the CID on the front is {cid}",
            "CID {cid}",
        ],
        "es": [
            "el CVV es {cvv}",
            "código de seguridad: {cvv}",
            "los 3 números de atrás son {cvv}",
            "cvv {cvv}",
        ],
        "mx": ["los tres numeritos de atrás: {cvv}"],
        "co": ["el código de atrás es {cvv}"],
        "ar": ["el código de seguridad es {cvv}, el de atrás"],
        "sp": ["el CVV son {cvv}", "el CVC es {cvv}"],
        "mix": ["el cvv es {cvv} ok?", "the código de atrás is {cvv}"],
    },
    "ssn": {
        "en": [
            "my social is {ssn}",
            "SSN {ssn}",
            "ssn: {ssn} dob {dob}",
            "social security number {ssn}",
            "here's my ss# {ssn}",
            "my SS number is {ssn} if you need it for the application",
            "{ssn} that's my social",
            "social {ssn}, born {dob}",
            "Social Security No. {ssn}",
        ],
        "es": [
            "mi número de seguro social es {ssn}",
            "el SSN es {ssn}",
            "seguro social {ssn}",
            "mi social es {ssn}",
        ],
        "us": ["mi seguro social es el {ssn}", "el social mío es {ssn}"],
        "mix": ["mi social security es {ssn}", "el SSN es {ssn} ok", "my seguro social is {ssn}"],
    },
    "otp": {
        "en": [
            "the code is {otp}",
            "got the text, its {otp}",
            "verification code {otp}",
            "the one time passcode they sent is {otp}",
            "code: {otp} (it expires in 10 min)",
            "I received {otp} by sms",
            "it says {otp}",
            "otp {otp}",
            "the code from the text is {otp} but the app says invalid",
            "Good day, I receive the code {otp}, what I do now?",
        ],
        "es": [
            "el código es {otp}",
            "me llegó el código {otp}",
            "código de verificación {otp}",
            "codigo {otp}",
        ],
        "mx": ["el token dice {otp}", "me llegó al cel el {otp}"],
        "co": [
            "la clave dinámica que me llegó es {otp}",
            "el código que me llegó al celular es {otp}",
        ],
        "cl": ["el código que me llegó por SMS: {otp}", "la clave dinámica es {otp}"],
        "ar": [
            "te paso el código que me llegó: {otp}",
            "me llegó este código {otp}, ¿lo necesitás?",
        ],
        "sp": [
            "el código que me ha llegado al móvil es {otp}",
            "me ha llegado un SMS con el código {otp}",
        ],
        "mix": [
            "el code que me mandaron es {otp}, ya lo puse pero no works",
            "the código is {otp}",
        ],
    },
    "pw": {
        "en": [
            "my password is {pw}",
            "password: {pw}",
            "I tried logging in with {pw} and it says invalid",
            "my online banking pw is {pw} can you see if thats right",
            "username {user} password {pw}",
            "login: {user} / pass: {pw}",
            "I reset it to {pw} yesterday",
            'password is "{pw}"',
        ],
        "es": ["mi contraseña es {pw}", "contraseña: {pw}", "usuario {user} contraseña {pw}"],
        "mx": ["mi contraseña de la app es {pw}"],
        "co": ["la contraseña de la sucursal virtual es {pw}"],
        "cl": ["mi clave de internet es {pw}"],
        "ar": ["mi clave del home banking es {pw}"],
        "sp": ["la contraseña de la banca online es {pw}"],
        "mix": ["la password es {pw}", "my contraseña es {pw}"],
    },
    "pin": {
        "en": [
            "my pin is {pin}",
            "PIN {pin}",
            "I typed {pin} at the ATM and it said incorrect PIN",
            "the pin they mailed me was {pin}",
            "changed my pin to {pin} yesterday but it doesnt work",
            "pin number: {pin}",
        ],
        "es": ["mi PIN es {pin}", "el pin es {pin}"],
        "mx": ["mi NIP es {pin}", "cambié el NIP a {pin} y no me deja sacar"],
        "co": ["mi clave del cajero es {pin}", "la clave de la tarjeta débito es {pin}"],
        "cl": ["mi clave del cajero es {pin}", "la clave de la tarjeta es {pin}, la del cajero"],
        "ar": ["che, mi PIN es {pin}, fijate si anda", "el PIN de la tarjeta es {pin}"],
        "sp": ["el PIN es {pin}", "mi número secreto es {pin}"],
        "mix": ["my pin es {pin}", "el PIN is {pin}"],
    },
}

# A bare answer to an assistant that asked for one thing.
TERSE: dict[str, list[str]] = {
    CC: ["{card}", "{card}", "ok {card}", "{card} exp {exp}", "{card}\n{exp}"],
    CVV: ["{cvv}", "{cvv}", "cvv {cvv}"],
    SSN: ["{ssn}", "{ssn}"],
    OTP: ["{otp}", "{otp}", "{otp}", "ok {otp}", "it's {otp}"],
    PIN: ["{pin}", "{pin}", "pin {pin}"],
    PW: ["{pw}", "{pw}", "ok {pw}"],
}
TERSE_ES: dict[str, list[str]] = {
    CC: ["{card}", "{card}", "va {card}", "{card} vence {exp}"],
    CVV: ["{cvv}", "{cvv}", "cvv {cvv}"],
    SSN: ["{ssn}"],
    OTP: ["{otp}", "{otp}", "es {otp}"],
    PIN: ["{pin}", "{pin}"],
    PW: ["{pw}", "{pw}"],
}
SHORT_EN = {
    CC: "card {card}",
    CVV: "cvv {cvv}",
    SSN: "ssn {ssn}",
    OTP: "code {otp}",
    PW: "password {pw}",
    PIN: "pin {pin}",
}
SHORT_ES = {
    CC: "tarjeta {card}",
    CVV: "cvv {cvv}",
    SSN: "seguro social {ssn}",
    OTP: "código {otp}",
    PW: "contraseña {pw}",
    PIN: "NIP {pin}",
}
COMBO_KEY = {
    frozenset({CC}): "card",
    frozenset({CC, CVV}): "card_cvv",
    frozenset({CVV}): "cvv",
    frozenset({SSN}): "ssn",
    frozenset({OTP}): "otp",
    frozenset({PW}): "pw",
    frozenset({PIN}): "pin",
}
TYPE_ORDER = [CC, CVV, PIN, SSN, OTP, PW]


def cust_secret(
    ctx: Ctx, types: frozenset[str], kind: str = "plain", terse: bool = False
) -> Message:
    """A customer line giving the secrets of `types` in plain form."""
    rng = ctx.rng
    if terse and len(types) == 1:
        (typ,) = types
        table = TERSE_ES if ctx.es_line() else TERSE
        return build(ctx, "customer", fill(ctx, rng.choice(table[typ])), "terse")
    key = COMBO_KEY.get(types)
    if key and (len(types) == 1 or rng.random() < 0.7):
        return build(ctx, "customer", fill(ctx, pick(ctx, POS[key])), kind)
    short = SHORT_ES if ctx.es_line() else SHORT_EN
    sep = rng.choice([", ", "\n", " / ", " "])
    template = sep.join(short[t] for t in TYPE_ORDER if t in types)
    return build(ctx, "customer", fill(ctx, template), kind)


POS_TYPES = [
    frozenset({CC}),
    frozenset({CC, CVV}),
    frozenset({CVV}),
    frozenset({SSN}),
    frozenset({OTP}),
    frozenset({PW}),
    frozenset({PIN}),
]
POS_WEIGHTS = [26, 12, 8, 12, 18, 10, 14]


def random_types(ctx: Ctx) -> frozenset[str]:
    return ctx.rng.choices(POS_TYPES, weights=POS_WEIGHTS)[0]


# --------------------------------------------------------------------------------------
# Pasted material
# --------------------------------------------------------------------------------------

SMS_OTP: dict[str, list[str]] = {
    "en": [
        "{bank}: Your code is {otp}. Don't share it.",
        "{otp} is your {bank} verification code. It expires in 10 minutes. Never share this code.",
        "{bank}: Use {otp} to verify your login. We will never call you to ask for this code.",
        "{bank}: Code {otp} to approve a {amount} purchase at {merchant} with card ending {last4}. Not you? Call {phone}.",
        "<#> Your {bank} code: {otp}\nFA+9qCX9VSu",
        "Your one-time passcode is {otp}. If you didn't request it, call us at {vanity}.",
        "{bank} security code: {otp}. Valid for 5 min. Do not share.",
        "[{bank}] Verification code {otp}. Reply STOP to opt out.",
    ],
    "es": [
        "{bank}: Tu código de verificación es {otp}. No lo compartas con nadie.",
        "Tu clave dinámica es: {otp}. Vigencia 3 minutos.",
        "{bank} informa: el código para autorizar tu compra de {amount} en {merchant} es {otp}. Si no fuiste tú llama al {phone}.",
        "Código de seguridad {bank}: {otp}. Nunca te lo pediremos por teléfono ni chat.",
        "{otp} es tu código de acceso a {bank}. No lo compartas.",
        "{bank}: tu token para la operación es {otp}",
    ],
}
SMS_CRED: dict[str, list[str]] = {
    "en": [
        "{bank}: Your temporary PIN is {pin}. Change it at any ATM within 30 days.",
        "{bank}: your temporary password is {pw} - change it after you sign in.",
    ],
    "es": [
        "{bank}: Tu NIP temporal es {pin}. Cámbialo en cualquier cajero.",
        "{bank}: tu contraseña provisional es {pw}. Deberás cambiarla al ingresar.",
    ],
}
SMS_NEG: dict[str, list[str]] = {
    "en": [
        "{bank} Fraud Alert: Did you use card ending {last4} for {amount} at {merchant} on {date}? Reply YES or NO. Msg&data rates may apply.",
        "{bank}: Payment of {amount} received on {date}. Thank you!",
        "{bank}: Your statement is ready. Balance {amount}, min due {amount2} by {date}.",
        "{bank}: We will never ask for your PIN or one-time code. If someone does, call {vanity}.",
        "ALERT: your {bank} card is locked. Verify now at nwcard-secure.co/verify or call {phone}",
        "{bank}: your code expired. Request a new one in the app.",
        "UPS: Your package {ups} is out for delivery. Track: ups.com",
        "{bank}: A purchase of {amount} was declined on card {masked}. Reply 1 if it was you, 2 if not.",
    ],
    "es": [
        "{bank}: Compra aprobada por {amount} en {merchant} con tu tarjeta terminación {last4}. ¿No fuiste tú? Llama al {phone}.",
        "{bank}: Recibimos tu pago de {amount} el {date}. Gracias.",
        "{bank} nunca te pedirá tu NIP ni códigos por teléfono.",
        "Tu tarjeta terminación {last4} fue bloqueada preventivamente. Llámanos al {phone}.",
        "{bank}: tu código expiró. Solicita uno nuevo desde la app.",
        "AVISO: Su cuenta {bank} ha sido suspendida. Ingrese a aurora-seguro.info o llame al {phone}",
    ],
}
SMS_WRAP: dict[str, list[str]] = {
    "en": [
        'i got this text: "{x}"',
        "this just came in:\n{x}",
        "{x}\n\n^ got that 5 min ago",
        "copy paste: {x}",
        "Text says: {x}",
        "{x}",
        "is this legit??\n\n{x}",
    ],
    "es": [
        "me llegó este mensaje: «{x}»",
        "me llegó esto:\n{x}",
        '"{x}" ¿es de ustedes?',
        "{x}\n\nesto me llegó recién",
        "{x}",
    ],
}


def quote_lines(parts: list[Part]) -> list[Part]:
    out: list[Part] = ["> "]
    for p in parts:
        out.append(p.replace("\n", "\n> ") if isinstance(p, str) else p)
    return out


def wrap(ctx: Ctx, table: dict[str, list[str]], body: list[Part], es: bool) -> list[Part]:
    if ctx.rng.random() < 0.12:
        intro = "mira:\n" if es else "see below\n"
        return [intro, *quote_lines(body)]
    return fill(ctx, ctx.rng.choice(table["es" if es else "en"]), x=body)


def paste_sms(ctx: Ctx, positive: bool) -> Message:
    es = ctx.es_line()
    lk = "es" if es else "en"
    if positive:
        table = SMS_OTP if ctx.rng.random() < 0.8 else SMS_CRED
        body = fill(ctx, ctx.rng.choice(table[lk]))
    else:
        body = fill(ctx, ctx.rng.choice(SMS_NEG[lk]))
    return build(ctx, "customer", wrap(ctx, SMS_WRAP, body, es), "sms")


EMAIL_POS: dict[str, list[str]] = {
    "en": [
        "From: {bank} <no-reply@bank.example>\nSubject: Your temporary password\n\nHello {name},\nYour temporary password is {pw}\nYou'll be asked to change it the first time you sign in.\n\nRef: {conf}",
        "Subject: Your card PIN\n\nDear {name},\nYour new card PIN is {pin}. Memorize it and destroy this message.\nQuestions? Call {vanity}.",
        'this is what I emailed the hotel:\n"Hi, please charge my card {card}, exp {exp}, CVV {cvv} for booking {conf}. Thanks, {name}"',
        "Fwd: booking\n> Please confirm the card for the deposit of {amount}\nmy reply was: card {card} exp {exp}",
    ],
    "es": [
        "De: {bank} <avisos@banco.example>\nAsunto: Tu contraseña temporal\n\nHola {name}, tu contraseña temporal es: {pw}\nCámbiala al ingresar.\nFolio: {conf}",
        "Asunto: NIP de tu tarjeta\nEstimado {name}: tu NIP es {pin}. No lo compartas con nadie.",
        "esto le mandé al hotel por correo: «Buenas, cobren a la tarjeta {card} vence {exp} CVV {cvv}. Reserva {conf}»",
    ],
}
EMAIL_NEG: dict[str, list[str]] = {
    "en": [
        "From: {bank} <alerts@bank.example>\nSubject: Your replacement card is on its way\n\nHi {name},\nYour new card ending in {last4} was mailed on {date}. Track it with UPS: {ups}.\nQuestions? Call {vanity}.\n\n{bank} will never ask for your PIN or password by email.",
        "Subject: Payment confirmation\nWe received your payment of {amount} on {date}. Confirmation number: {conf}.\nAccount ending {last4}.",
        "Subject: Update on your dispute (Case {case})\nDear {name}, we've issued a temporary credit of {amount} for the charge from {merchant} on {date}. Claim ID: {claim}.",
        "Subject: New sign-in\nWe noticed a sign-in from a new device (IMEI {imei}) on {date} at {time}. If this wasn't you, call {phone}.",
        "Subject: Your statement is ready\nStatement balance: {amount}\nMinimum payment: {amount2}\nDue date: {date}\nCard: {masked}",
    ],
    "es": [
        "De: {bank}\nAsunto: Tu nueva tarjeta va en camino\n\nHola {name}, tu tarjeta terminación {last4} se envió el {date}. Número de guía: {tracking}.\n{bank} nunca te pedirá tu NIP ni tu contraseña.",
        "Asunto: Confirmación de pago\nRecibimos tu pago por {amount} el {date}. Folio: {conf}.",
        "Asunto: Aclaración {case}\nEstimado(a) {name}, abonamos {amount} de forma temporal por el cargo de {merchant} del {date}.",
    ],
}
EMAIL_WRAP: dict[str, list[str]] = {
    "en": [
        "got this email:\n\n{x}",
        "copy/paste from the email:\n{x}",
        "{x}\n\nis this real?",
        "---------- Forwarded message ---------\n{x}",
    ],
    "es": ["me llegó este correo:\n\n{x}", "copio el correo:\n{x}", "{x}\n\n¿esto es real?"],
}


def paste_email(ctx: Ctx, positive: bool) -> Message:
    es = ctx.es_line()
    lk = "es" if es else "en"
    if positive:
        tpl = ctx.rng.choice(EMAIL_POS[lk])
        body = fill(ctx, tpl)
        parts = (
            body
            if ("emailed" in tpl or "mandé" in tpl or "my reply" in tpl)
            else fill(ctx, ctx.rng.choice(EMAIL_WRAP[lk]), x=body)
        )
    else:
        parts = fill(
            ctx, ctx.rng.choice(EMAIL_WRAP[lk]), x=fill(ctx, ctx.rng.choice(EMAIL_NEG[lk]))
        )
    return build(ctx, "customer", parts, "email")


def statement_rows(ctx: Ctx, n: int) -> list[Part]:
    rng = ctx.rng
    parts: list[Part] = []
    month = rng.randint(1, 12)
    for _ in range(n):
        day = rng.randint(1, 28)
        date = f"{day:02d}/{month:02d}" if ctx.es_line() else f"{month:02d}/{day:02d}"
        merchant = n_merchant(ctx)
        amt = neg_value(ctx, "amount")
        parts.append(Fix(f"{date}  {merchant:<22} {amt:>12}"))
        parts.append("\n")
    return parts


def paste_statement(ctx: Ctx, positive: bool) -> Message:
    es = ctx.es_line()
    rng = ctx.rng
    parts: list[Part] = []
    if es:
        parts += fill(
            ctx,
            rng.choice(["copié esto del estado de cuenta:\n", "mira mi estado de cuenta:\n", ""]),
        )
        parts += fill(ctx, "{bank} — ESTADO DE CUENTA\n")
        parts += fill(
            ctx,
            rng.choice(["Número de tarjeta: {card}\n", "Tarjeta {card}\n"])
            if positive
            else rng.choice(["Tarjeta terminación {last4}\n", "Tarjeta: {masked}\n"]),
        )
        parts.append("Fecha  Concepto               Importe\n")
        parts += statement_rows(ctx, rng.randint(2, 5))
        parts += fill(
            ctx, "Saldo al corte: {amount}  Pago mínimo: {amount2}  Fecha límite de pago: {date}"
        )
        parts += fill(
            ctx,
            rng.choice(["", "\n\nel segundo cargo no es mío", "\n\nno reconozco el de {merchant}"]),
        )
    else:
        parts += fill(
            ctx,
            rng.choice(
                [
                    "here's what my statement shows:\n",
                    "statement:\n",
                    "",
                    "pasting the statement page:\n\n",
                ]
            ),
        )
        parts += fill(ctx, "{bank} - STATEMENT\n")
        parts += fill(
            ctx,
            rng.choice(["Account number: {card}\n", "Card Number {card}\n"])
            if positive
            else rng.choice(
                ["Account ending in {last4}\n", "Card: {masked}\n", "Account number: {masked}\n"]
            ),
        )
        parts.append("Date   Description            Amount\n")
        parts += statement_rows(ctx, rng.randint(2, 5))
        parts += fill(ctx, "New balance: {amount}   Minimum due: {amount2}   Payment due: {date}")
        parts += fill(
            ctx, rng.choice(["", "\n\nthe 2nd line is not mine", "\n\nwhy was I charged twice??"])
        )
    return build(ctx, "customer", parts, "statement")


def paste_receipt(ctx: Ctx) -> Message:
    rng = ctx.rng
    es = ctx.es_line()
    if es:
        tpl = (
            "{merchant}\nTICKET {n}{n}\n"
            "TOTAL {amount}\nTARJETA {masked}\nAUTORIZACIÓN: {auth}\nAFILIACIÓN: "
            + _d(rng, 7)
            + "\nTERMINAL: "
            + _d(rng, 8)
            + "\nREF: "
            + _d(rng, 12)
            + "\n{date} {time}"
        )
        intro = rng.choice(["este es el ticket:\n", "foto del ticket (copié el texto):\n", ""])
    else:
        tpl = (
            "WALMART SUPERCENTER\nST# "
            + _d(rng, 4)
            + " OP# "
            + _d(rng, 6)
            + " TE# "
            + _d(rng, 2)
            + " TR# "
            + _d(rng, 5)
            + "\n"
            "SUBTOTAL {amount}\nTOTAL {amount2}\nVISA TEND {amount2}\nACCOUNT # {masked}\nAPPROVAL # {auth}\nREF # "
            + _d(rng, 12)
            + "\nTERMINAL # "
            + _d(rng, 8)
            + "\nAID A0000000031010\n{date} {time}"
        )
        intro = rng.choice(
            ["receipt says:\n", "here's the receipt text\n", "", "OCR of the receipt:\n"]
        )
    parts = [
        intro,
        *fill(ctx, tpl),
        rng.choice(
            ["", "\n\nI was only supposed to pay once", "\n\ncan you find it?"]
            if not es
            else ["", "\n\nme cobraron doble"]
        ),
    ]
    return build(ctx, "customer", parts, "receipt")


def paste_ocr(ctx: Ctx, positive: bool) -> Message:
    rng = ctx.rng
    es = ctx.es_line()
    if positive:
        sec = ctx.card_sec()
        if rng.random() < 0.4:
            text = lookalike(rng, " ".join(chunk(ctx.card, card_groups(len(ctx.card)))))
            if text:
                sec = Sec(CC, text, ctx.card)
        body: list[Part] = [Fix(ctx.bank.upper()), "\n", sec, "\n"]
        body += fill(ctx, rng.choice(["VALID THRU {exp}\n", "GOOD THRU {exp}\n", "VENCE {exp}\n"]))
        body += [
            Fix(
                strip_accents(ctx.name).upper()
                + " "
                + rng.choice(["LOPEZ", "SMITH", "GARCIA", "NGUYEN", "OKAFOR"])
            )
        ]
        if rng.random() < 0.5:
            body += fill(
                ctx, rng.choice(["\nAUTHORIZED SIGNATURE   {cvv}", "\nCVV2 {cvv}", "\n{cvv}"])
            )
        if rng.random() < 0.4:
            body += fill(ctx, "\nCustomer service {phone}")
        intro = rng.choice(
            ["copié el texto de la foto:\n", "texto de la captura:\n"]
            if es
            else [
                "I took a screenshot, the text is:\n",
                "ocr from the pic:\n",
                "Live Text copied this:\n",
            ]
        )
        return build(ctx, "customer", [intro, *body], "ocr")
    tpl = rng.choice(
        [
            "Available credit {amount}\nCurrent balance {amount2}\nCard {masked}\nLast payment {date}",
            "Transaction details\n{merchant}\n{amount}\n{date} {time}\nCard {masked}\nStatus: Pending",
            "Error {err}\nSomething went wrong. Try again later.\nApp version {version}",
            "Rewards\n{points} pts\nNext reward at 50,000",
        ]
    )
    intro = rng.choice(
        ["texto de la captura:\n", "screenshot:\n"]
        if es
        else ["screenshot text:\n", "here is what the app shows\n", ""]
    )
    return build(ctx, "customer", [intro, *fill(ctx, tpl)], "ocr")


FORM_POS: dict[str, list[str]] = {
    "en": [
        "Cardholder name: {name}\nCard number: {card}\nExpiry: {exp}\nSecurity code: {cvv}\nBilling ZIP: {zip}",
        "Name on card: {name}\nCard #: {card}\nCVV: {cvv}",
        "First name: {name}\nSSN: {ssn}\nDate of birth: {dob}\nAnnual income: {amount}",
        "Username: {user}\nPassword: {pw}\nRemember me: yes",
    ],
    "es": [
        "Nombre del titular: {name}\nNúmero de tarjeta: {card}\nFecha de vencimiento: {exp}\nCVV: {cvv}\nCorreo: cliente@mail.example",
        "Titular: {name}\nTarjeta: {card}\nCód. seguridad: {cvv}",
        "Usuario: {user}\nContraseña: {pw}",
        "Nombre: {name}\nNúmero de Seguro Social: {ssn}\nFecha de nacimiento: {dob}",
    ],
}
FORM_NEG: dict[str, list[str]] = {
    "en": [
        "Cardholder name: {name}\nCard number: {masked}\nBilling ZIP: {zip4}\nPhone: {phone}",
        "Order: {order}\nTotal: {amount}\nShip to: {address}",
        "Date of birth: {dob}\nLast 4 of card: {last4}\nZIP: {zip}",
    ],
    "es": [
        "Titular: {name}\nTarjeta: {masked}\nTeléfono: {phone}\nCP: {cp}",
        "Pedido: {order}\nTotal: {amount}\nDirección: {address}",
        "Fecha de nacimiento: {dob}\nÚltimos 4 dígitos: {last4}",
    ],
}
FORM_WRAP: dict[str, list[str]] = {
    "en": [
        "this is what I filled in on the website:\n{x}",
        "the form:\n{x}\n\nand it says error {err}",
        "{x}\n\n^ that's what I entered",
        "I typed:\n{x}",
    ],
    "es": [
        "esto es lo que llené en la página:\n{x}",
        "el formulario:\n{x}\n\ny me sale error {err}",
        "{x}\n\neso fue lo que puse",
    ],
}


def paste_form(ctx: Ctx, positive: bool) -> Message:
    es = ctx.es_line()
    lk = "es" if es else "en"
    table = FORM_POS if positive else FORM_NEG
    body = fill(ctx, ctx.rng.choice(table[lk]))
    return build(ctx, "customer", fill(ctx, ctx.rng.choice(FORM_WRAP[lk]), x=body), "form")


JSON_POS = [
    '{"cardNumber": "{card}", "expiry": "{exp}", "cvv": "{cvv}", "zip": "{zip}"}',
    "card_number={card}&exp={exp}&cvc={cvv}",
    '{"ssn":"{ssn}","dob":"{dob}","name":"{name}"}',
    '{"otp": "{otp}", "device": "iPhone 14", "app_version": "{version}"}',
    'payload: {"pin":"{pin}","card_last4":"{last4}"}',
    "name: {name}\ncard: {card}\nexp: {exp}\ncvv: {cvv}",
    "SSN: {ssn}\nDOB: {dob}\nZIP: {zip}",
    "user: {user}\npass: {pw}",
    "tarjeta: {card}\nvence: {exp}\ncvv: {cvv}",
    "usuario = {user}\nclave = {pw}",
    "[card]\nnumber = {card}\ncvc = {cvv}",
]
JSON_NEG = [
    '{"order_id": "{order}", "amount": {amountnum}, "currency": "USD", "status": "declined", "error_code": "{err}"}',
    '{"transaction_id": "{ref}", "last4": "{last4}", "auth_code": "{auth}"}',
    "order: {order}\ntracking: {ups}\ntotal: {amount}",
    "case: {case}\nclaim: {claim}\nphone: {phone}",
    '{"imei": "{imei}", "os": "Android 14", "app": "{version}"}',
    "routing: {routing}\naccount: {account}",
    "pedido: {order}\nguía: {tracking}\ntotal: {amount}",
]
JSON_WRAP: dict[str, list[str]] = {
    "en": [
        "the app crashed and showed this:\n{x}",
        "here's what the website sent me back:\n```\n{x}\n```",
        "this is what I typed in the form:\n{x}",
        "{x}",
        "dev console says:\n{x}",
    ],
    "es": ["copié esto de la pantalla:\n{x}", "me sale esto:\n```\n{x}\n```", "{x}"],
}


def paste_json(ctx: Ctx, positive: bool) -> Message:
    es = ctx.es_line()
    tpl = ctx.rng.choice(JSON_POS if positive else JSON_NEG)
    body = fill(ctx, tpl)
    kind = "neg_routing" if "{routing}" in tpl else "json"
    return build(
        ctx, "customer", fill(ctx, ctx.rng.choice(JSON_WRAP["es" if es else "en"]), x=body), kind
    )


def paste_any(ctx: Ctx, positive: bool) -> Message:
    rng = ctx.rng
    if positive:
        fn = rng.choices(
            ["sms", "email", "statement", "ocr", "form", "json"], weights=[34, 12, 10, 14, 15, 15]
        )[0]
    else:
        fn = rng.choices(
            ["sms", "email", "statement", "ocr", "form", "json", "receipt"],
            weights=[25, 14, 12, 12, 10, 12, 15],
        )[0]
    if fn == "sms":
        return paste_sms(ctx, positive)
    if fn == "email":
        return paste_email(ctx, positive)
    if fn == "statement":
        return paste_statement(ctx, positive)
    if fn == "ocr":
        return paste_ocr(ctx, positive)
    if fn == "form":
        return paste_form(ctx, positive)
    if fn == "json":
        return paste_json(ctx, positive)
    return paste_receipt(ctx)


# --------------------------------------------------------------------------------------
# Disguised, odd positions, corrections
# --------------------------------------------------------------------------------------

DISGUISE_WRAP: dict[str, list[str]] = {
    "en": [
        "{x}",
        "writing it like this so the bot doesn't eat it: {x}",
        "ok so its {x}",
        "{label} {x}",
        "lol your chat blocks numbers so here: {x}",
        "{x} (sorry for the weird format)",
        "{label}: {x}",
        "my {label} is {x}",
        "{label} (written funny so the filter lets it through): {x}",
    ],
    "es": [
        "{x}",
        "te lo escribo así porque el chat lo borra: {x}",
        "{label} {x}",
        "va así: {x}",
        "mi {label} es {x}",
        "{label}: {x}",
        "{x} ({label})",
    ],
}
TYPE_LABELS: dict[str, dict[str, list[str]]] = {
    CC: {"en": ["card", "card number", "number"], "es": ["tarjeta", "número de tarjeta"]},
    SSN: {"en": ["social", "ssn"], "es": ["seguro social", "social"]},
    OTP: {"en": ["code", "verification code"], "es": ["código", "código de verificación"]},
    PIN: {"en": ["pin", "PIN"], "es": ["PIN", "NIP", "clave del cajero"]},
    CVV: {"en": ["cvv", "security code"], "es": ["CVV", "código de seguridad"]},
}


def cust_disguised(ctx: Ctx, typ: str | None = None, asked: bool = False) -> Message:
    """A disguised secret; without an ask just before, only a card goes without a cue word."""
    rng = ctx.rng
    typ = typ or rng.choices([CC, SSN, OTP, PIN, CVV], weights=[45, 15, 18, 12, 10])[0]
    sec = ctx.disguised(typ)
    es = ctx.es_line()
    lk = "es" if es else "en"
    label = rng.choice(TYPE_LABELS[typ][lk])
    if typ == PIN and es and ctx.region != "mx" and label == "NIP":
        label = "PIN"
    options = DISGUISE_WRAP[lk]
    if typ != CC and not asked:
        options = [t for t in options if "{label}" in t]
    tpl = rng.choice(options)
    return build(ctx, "customer", fill(ctx, tpl, x=sec, label=Fix(label)), "disguised")


POSITION_TPL: list[tuple[str, str]] = [
    ("{card} <- this one", "en"),
    ("{card} - declined again", "en"),
    ("(card: {card})", "en"),
    ("the cvv is ({cvv})", "en"),
    ("details below\n{card}\n{exp}\n{cvv}", "en"),
    ("1) {card}\n2) {exp}\n3) {cvv}", "en"),
    ("1. name: {name}\n2. ssn: {ssn}\n3. dob: {dob}", "en"),
    ("{card}!!", "en"),
    ("{otp} 🙏🙏 that's the code", "en"),
    ("pin {pin}.", "en"),
    ("card {card}, again {card}", "rep"),
    ("code {otp} {otp}", "rep"),
    ("- {card}\n- {cvv}", "en"),
    ("code👉{otp}👈", "en"),
    ("el código: «{otp}»", "es"),
    ("PIN [{pin}]", "en"),
    ("CVV={cvv};", "en"),
    ("ssn#{ssn}", "en"),
    ("{card}\n\nSent from my iPhone", "en"),
    ("{ssn}? is that the social you have?", "en"),
    ("{card}.", "en"),
    ("CODE!!! {otp}!!!", "en"),
    ("🔢 code {otp}", "en"),
    ("{pin} 😅 that's my pin", "en"),
    ("a) tarjeta {card}\nb) vence {exp}\nc) cvv {cvv}", "es"),
    ("({card})", "es"),
    ("{card} ← esa", "es"),
    ("{otp}. ese es el código", "es"),
    ("NIP: {pin} !!", "es"),
    ("el código es {otp}... el código es {otp}", "rep_es"),
    ("{card}\n{card}", "rep"),
    ("cvv {cvv} / cvv {cvv}", "rep"),
    ("\n{card}", "en"),
    ("ok the code\n\n{otp}\n\nthx", "en"),
    ("my pin is *{pin}*", "en"),
    ('"{pw}" <- password', "en"),
    ("contraseña:\n{pw}", "es"),
    ("(password: {pw})", "en"),
    ("pass -> {pw} <-", "en"),
    ("{ssn}, {dob}, {zip} <- social, birthday, zip", "en"),
    ("Tarjeta:\n{card}\nCVV:\n{cvv}", "es"),
]


def cust_position(ctx: Ctx) -> Message:
    rng = ctx.rng
    allowed = {
        "en": {"en", "rep"},
        "es": {"es", "rep", "rep_es"},
        "mix": {"en", "es", "rep", "rep_es"},
    }[ctx.lang]
    tpl, lk = rng.choice([t for t in POSITION_TPL if t[1] in allowed])
    given: dict[str, Given] = {}
    if lk.startswith("rep"):
        for slot in ("card", "otp", "cvv"):
            if "{" + slot + "}" in tpl:
                given[slot] = ctx.secret(slot)
    listed = "1)" in tpl or "1." in tpl or "a)" in tpl or tpl.startswith("- ")
    kind = "repeated" if lk.startswith("rep") else "list" if listed else "position"
    return build(ctx, "customer", fill(ctx, tpl, **given), kind)


def cust_corrected(ctx: Ctx) -> Message:
    """A card corrected half-way: an aborted BIN prefix, or a first (valid) card replaced."""
    rng = ctx.rng
    es = ctx.es_line()
    if rng.random() < 0.5:
        prefix = Fix(ctx.card[: rng.choice([4, 5, 6])] + rng.choice(["...", "-", " —", ".."]))
        tpl = rng.choice(
            ["{p} espera me equivoqué, es {card}", "{p} no, perdón: {card}"]
            if es
            else [
                "{p} wait wrong, {card}",
                "{p} ugh fat fingers — {card}",
                "{p} sorry let me retype it: {card}",
            ]
        )
        return build(ctx, "customer", fill(ctx, tpl, p=prefix), "corrected")
    first = ctx.other_card()
    tpl = rng.choice(
        ["mi tarjeta es {a}, perdón, esa es la vieja, la nueva es {b}", "{a} no espera, es {b}"]
        if es
        else [
            "my card is {a}, sorry I mean {b}",
            "{a} no wait that's the old one. new one: {b}",
            "the old one was {a}, the new one is {b}",
        ]
    )
    return build(ctx, "customer", fill(ctx, tpl, a=first, b=ctx.card_sec()), "corrected")


def cust_positive(ctx: Ctx) -> Message:
    """Any customer line with a secret."""
    rng = ctx.rng
    kind = rng.choices(
        ["plain", "paste", "disguised", "position", "corrected"], weights=[44, 22, 18, 12, 4]
    )[0]
    if kind == "paste":
        return paste_any(ctx, True)
    if kind == "disguised":
        return cust_disguised(ctx)
    if kind == "position":
        return cust_position(ctx)
    if kind == "corrected":
        return cust_corrected(ctx)
    return cust_secret(ctx, random_types(ctx))


# --------------------------------------------------------------------------------------
# Customer lines without secrets
# --------------------------------------------------------------------------------------

NEG_CUST: dict[str, list[str]] = {
    "en": [
        "I was charged {amount} on {date} at {merchant} and I didn't make that purchase",
        "my card ending in {last4} was declined at {merchant} around {time}",
        "you can call me back at {phone}",
        "call me at {phone} after {time} pls",
        "is {vanity} your real number? found it on google",
        "my billing zip is {zip4}",
        "order #{order} never arrived. UPS tracking {ups}",
        "tracking says {tracking} delivered but nothing here",
        "case number {case}",
        "the claim number you gave me was {claim}",
        "confirmation number: {conf}",
        "the reference on the letter is {ref}",
        "my phone's IMEI is {imei} if that helps with the app issue",
        "I have {points} points, can I use them for flight {flight}?",
        "my address is {address}",
        "I've been a cardholder since {year}",
        "app version {version}, error {err}",
        "it shows {masked}",
        "the card on file is {masked}, that's right",
        "do I need my PIN for contactless?",
        "what's a CVV?",
        "where's the CVC on an Amex?",
        "the code never arrived, I waited 10 min",
        "I forgot my password again 🙄",
        "can I change my PIN in the app?",
        "someone called asking for my SSN, was that you guys?",
        "my new card expires {exp}, is that normal?",
        "I paid {amount} on {date}, confirmation {conf}",
        "min payment is {amount} due {date}?",
        "dispute for {amount} from {merchant} on {date}",
        "I'm traveling to Mexico from {date} to {date2}, flight {flight}",
        "Hello sir, I have been charge two times {amount} on date {date}, please kindly reverse",
        "Please I need help, my card ending {last4} is not working since {date}",
        "why is my limit {amount} now",
        "the ATM ate my card at {time} today, it was the one ending {last4}",
        "is the code the same as my PIN?",
        "I never got a PIN for the new card",
        "my SSN changed? no wait, my address changed. new one is {address}",
        "My account number for direct deposit is {account}, is that where the refund goes?",
        "PAYMENT OF {amount} STILL NOT SHOWING",
        "the number on the back says {vanity}, is that you?",
        "I got a text from {phone} asking for my code. I didn't reply",
        "is it safe to save my card in the app?",
        "I bought it on {date} for {amount}, order {order}",
        "my points balance says {points} but should be more",
        "will the new card have the same number? mine ends in {last4}",
    ],
    "es": [
        "me cobraron {amount} el {date} y no reconozco el cargo",
        "mi tarjeta con terminación {last4} no pasa en {merchant}",
        "el código no me llegó",
        "no me llega el SMS con el código",
        "¿dónde veo el CVV?",
        "se me bloqueó la clave, ¿qué hago?",
        "el folio de mi aclaración es {case}",
        "número de guía {tracking}",
        "vivo en {address}",
        "tengo {points} puntos, ¿los puedo usar?",
        "la app me da el error {err} (versión {version})",
        "pagué {amount} el {date}, referencia {ref}",
        "¿qué es el CVV?",
        "¿me cobran comisión por pagar {amount}?",
        "la tarjeta vence el {exp}",
        "termina en {last4}",
        "mi fecha de nacimiento es {dob}",
        "¿necesito el PIN para pagar sin contacto?",
        "el vuelo {flight} del {date} se canceló y no me devuelven {amount}",
        "me aparece {masked} en la app",
        "el pedido {order} nunca llegó",
        "¿el código es lo mismo que la contraseña?",
        "olvidé mi contraseña de la app",
        "nunca me llegó el PIN de la tarjeta nueva",
        "la referencia del pago es {ref}",
    ],
    "mx": [
        "mi cel es {phone}",
        "olvidé mi NIP, ¿cómo lo cambio?",
        "código postal {cp}",
        "sale, gracias",
        "me hicieron un cargo de {amount} en {merchant} que no reconozco",
        "¿el NIP es el mismo que el de la app?",
    ],
    "co": [
        "mi celular es el {phone}",
        "listo, muchas gracias",
        "me regala el número de radicado, por favor",
        "mi cédula es {dni}",
    ],
    "cl": [
        "mi celular es {phone}",
        "ya, gracias",
        "mi RUT es {dni}",
        "¿la clave del cajero la cambio en la sucursal?",
    ],
    "ar": [
        "mi celu es {phone}",
        "dale, gracias",
        "mi DNI es {dni}",
        "¿tengo que ir al cajero para cambiar el PIN?",
    ],
    "sp": [
        "mi móvil es {phone}",
        "vale, gracias",
        "mi DNI es {dni}",
        "¿el PIN lo puedo cambiar en el cajero?",
    ],
    "us": ["mi teléfono es {phone}", "ok gracias", "mi ZIP code es {zip}"],
    "mix": [
        "me hicieron un charge de {amount} que no reconozco",
        "mi card ending en {last4} no funciona",
        "el code no me llegó, can you resend?",
        "ok perfect, gracias",
        "my phone es {phone}",
        "el balance dice {amount}, is that right?",
    ],
}
TINY: dict[str, list[str]] = {
    "en": [
        "ok",
        "thx",
        "yes",
        "no",
        "👍",
        "great, thanks!!",
        "ok 2 min",
        "10am works",
        "YES",
        "that's all",
        "k",
        "hello?",
        "still there?",
        "ty",
        "perfect",
    ],
    "es": [
        "ok",
        "gracias",
        "sí",
        "no",
        "👍",
        "listo",
        "va",
        "¿sigue ahí?",
        "hola?",
        "perfecto, gracias",
    ],
    "mix": ["ok", "gracias!", "yes", "sí", "👍", "ok thanks", "perfecto"],
}


def cust_negative(ctx: Ctx) -> Message:
    rng = ctx.rng
    roll = rng.random()
    if roll < 0.14:
        return say(ctx, "customer", TINY, "tiny")
    if roll < 0.30:
        return paste_any(ctx, False)
    if roll < 0.34:
        return build(
            ctx,
            "customer",
            fill(
                ctx,
                rng.choice(
                    [
                        "for autopay: routing {routing}, account {account}",
                        "routing number {routing}",
                        "ABA {routing} / acct {account}",
                    ]
                ),
            ),
            "neg_routing",
        )
    return say(ctx, "customer", NEG_CUST, "neg")


# --------------------------------------------------------------------------------------
# Agents and assistants
# --------------------------------------------------------------------------------------

LEGIT: dict[str, dict[str, list[str]]] = {
    "greeting": {
        "en": [
            "Hi {name}, this is {agent} from {bank}. How can I help today?",
            "Hello! You're chatting with {agent}. What can I do for you?",
            "Thanks for waiting, {name}. I'm {agent}, I'll take it from here.",
        ],
        "es": [
            "Hola {name}, le atiende {agent} de {bank}. ¿En qué le puedo ayudar?",
            "Buenas tardes, habla {agent}. ¿En qué te ayudo?",
        ],
        "ar": ["¡Hola! Soy {agent}, ¿en qué te puedo ayudar?"],
        "co": ["Buenas tardes, con gusto le colaboro. Mi nombre es {agent}."],
    },
    "greeting_bot": {
        "en": [
            "Hi there, {agent} here. I see you were talking with our assistant, let me catch up.",
            "Hi {name}, I'm {agent}. {bot} already verified you, so how can I help?",
            "Thanks for waiting! {agent} from {bank} here. I've read what you told {bot}.",
        ],
        "es": [
            "¡Hola! Soy {agent}, ya vi lo que le contaste a la asistente virtual, dame un momento.",
            "Hola {name}, le atiende {agent}. {bot} ya validó su identidad, ¿en qué le ayudo?",
        ],
    },
    "verify": {
        "en": [
            "Before we continue, can you confirm the last four digits of the card and your billing ZIP code?",
            "To verify your identity, please confirm your date of birth and the last 4 of the card.",
            "Can you confirm the ZIP code on the account?",
            "For verification: last 4 digits of the card, please.",
            "What's the billing ZIP+4 on file? Just the 5-digit ZIP is fine too.",
            "Please confirm your full name and date of birth.",
            "Which card is this about? Just the last four, please, never the full number.",
            "Can you tell me the last 4 of the card and the phone number on the account?",
            "Please have your card handy. I'll only ask for the last 4 digits, never the full number.",
            "Security code? No need, just the billing ZIP please.",
        ],
        "es": [
            "Antes de continuar, ¿me confirma los últimos 4 dígitos de la tarjeta y su fecha de nacimiento?",
            "Para validar su identidad, indíqueme los últimos cuatro dígitos de la tarjeta.",
            "¿Me confirmas tu código postal?",
            "¿Me dices tu fecha de nacimiento, por favor?",
        ],
        "co": ["¿Me regala los últimos 4 dígitos de la tarjeta, por favor?"],
        "ar": ["¿Me pasás los últimos 4 números de la tarjeta y tu fecha de nacimiento?"],
        "sp": ["¿Me confirmas los cuatro últimos dígitos de la tarjeta?"],
        "cl": ["¿Me podrías confirmar los últimos 4 dígitos de la tarjeta?"],
        "mix": ["Can you confirm los últimos 4 dígitos de la card?"],
    },
    "reminder": {
        "en": [
            "Just a reminder: we'll never ask for your full card number, PIN, password or the codes we text you.",
            "Please don't share your CVV or PIN in this chat, even with me.",
            "If anyone calls asking for your one-time passcode, hang up. It's a scam.",
            "For your security I've removed the number you typed. Please never send card numbers or codes in chat.",
            "Please don't type your password here. We don't need it to help you.",
            "Never share your Social Security number over chat.",
            "Heads up: the code we text you is only for you to type in the app. Nobody from {bank} will ask you for it.",
            "Did the code arrive? No need to share it, just tell me yes or no.",
            "Did the ATM accept your PIN this time? Please don't tell me what it is.",
            "Was the CVV rejected on the website, or the whole card? You don't need to send it.",
            "If the bot asked you for your card number, please ignore that. I've reported it.",
        ],
        "es": [
            "Por seguridad, nunca le pediremos su PIN, contraseña ni el código que le llega por SMS.",
            "Por favor no comparta el número completo de su tarjeta ni el CVV por este medio.",
            "Recuerde: el código que le enviamos es solo para usted, no lo comparta con nadie, ni conmigo.",
            "¿Le llegó el código? No me lo comparta, solo confírmeme si llegó.",
            "¿El NIP que intentó es el mismo de antes? No me lo diga, solo sí o no.",
            "¿Tiene la tarjeta a la mano? Solo necesito los últimos 4 dígitos.",
            "Eliminé el dato que envió por seguridad. No escriba su contraseña en el chat.",
        ],
        "mx": ["Le recuerdo que nunca le pediremos su NIP ni su token."],
        "ar": ["Ojo, no me pases el PIN ni la clave por acá, nunca te los vamos a pedir."],
        "sp": ["Recuerda que nunca te pediremos el código que te llega al móvil."],
    },
    "instruct": {
        "en": [
            "I've sent a code to your phone. Enter it in the {bank} app under Settings > Security, don't type it here.",
            "You can set a new PIN at any {bank} ATM: insert the card and choose Change PIN.",
            "Please reset your password using the 'Forgot password' link on the login page.",
            "Type the code in the app, not in this chat.",
            "To add the new card, open the app > Cards > Add card and scan it with the camera.",
            "When the ATM asks for your PIN, enter it on the keypad only.",
            "You'll get a text with a code; enter it on the website to finish the reset.",
            "Please call the number on the back of your card and enter your card number on the keypad when the system asks.",
        ],
        "es": [
            "Le envié un código; ingréselo en la app, no lo escriba en este chat.",
            "Puede cambiar su PIN en cualquier cajero automático.",
            "Restablezca su contraseña con la opción '¿Olvidaste tu contraseña?' de la app.",
            "Cuando llegue el SMS, escribe el código en la app y listo.",
        ],
        "mx": [
            "Puede cambiar su NIP en cualquier cajero de la red.",
            "Genere su token desde la app y captúrelo ahí mismo.",
        ],
        "co": ["La clave dinámica la ingresa directamente en la app, no me la comparta."],
        "sp": ["Introduce el código que te llegue al móvil en la app, no aquí."],
    },
    "explain": {
        "en": [
            "The CVV is the 3-digit number on the back of your card, next to the signature strip. On Amex it's the 4 digits on the front.",
            "A one-time passcode is a code we text you when you sign in from a new device. It expires in 10 minutes.",
            "Your PIN is only needed at ATMs and some card readers; tap to pay usually doesn't ask for it.",
            "The card number is the long number on the front; for verification we only ever use the last four.",
            "Your SSN is only needed for the credit application, which you fill out on our secure site, never in chat.",
        ],
        "es": [
            "El CVV son los 3 dígitos al reverso de la tarjeta; no lo comparta por aquí.",
            "El código de verificación llega por SMS y vence en 5 minutos.",
            "El PIN solo se usa en cajeros y algunas terminales.",
        ],
        "mx": ["El NIP es el de 4 dígitos que usa en el cajero; nunca se lo pediremos."],
    },
    "info": {
        "en": [
            "I see a payment of {amount} posted on {date}.",
            "Your replacement card ending in {last4} will arrive in 5-7 business days. Tracking: {ups}.",
            "Your case number is {case}. You'll get an email update within 48 hours.",
            "You can reach us at {vanity} ({phone}).",
            "You currently have {points} points.",
            "The charge from {merchant} for {amount} on {date} is now under dispute, claim {claim}.",
            "Your confirmation number is {conf}.",
            "Your minimum payment is {amount}, due {date}.",
            "Card {masked} is now locked.",
            "Please update the app to version {version}; the error {err} was fixed there.",
            "I can see the card ending {last4} was used at {merchant} on {date} at {time}.",
            "The reference for the refund is {ref}.",
        ],
        "es": [
            "Veo un pago de {amount} el {date}.",
            "Su número de folio es {case}.",
            "Su tarjeta terminación {last4} llegará en 5 a 7 días hábiles. Guía: {tracking}.",
            "Le marcamos al {phone} en unos minutos.",
            "El cargo de {merchant} por {amount} quedó en aclaración.",
            "Tiene {points} puntos disponibles.",
            "La tarjeta {masked} quedó bloqueada.",
        ],
    },
    "closing": {
        "en": [
            "Anything else I can help with?",
            "Thanks for chatting with {bank}! Have a great day.",
            "Glad I could help. Take care!",
        ],
        "es": [
            "¿Hay algo más en lo que pueda ayudarle?",
            "Gracias por comunicarse con {bank}. ¡Buen día!",
        ],
        "ar": ["¿Algo más en lo que te pueda ayudar?"],
        "co": ["Fue un gusto atenderle, que tenga un buen día."],
    },
    "ack": {
        "en": [
            "Got it, one moment while I check.",
            "Thanks, that matches our records. ✅",
            "Okay, let me look into that.",
            "I understand, that's frustrating.",
        ],
        "es": [
            "Perfecto, deme un momento.",
            "Gracias, los datos coinciden. ✅",
            "Entiendo, déjeme revisar.",
        ],
        "ar": ["Dale, ya lo reviso."],
        "cl": ["Ya, dame un segundo."],
    },
}

ASKS: list[tuple[str, str, frozenset[str]]] = [
    # direct
    ("en", "What's the full card number?", frozenset({CC})),
    ("en", "Can you give me the CVV on the back?", frozenset({CVV})),
    ("en", "I need your social security number to continue.", frozenset({SSN})),
    ("en", "What's the code we just texted you?", frozenset({OTP})),
    ("en", "What's your online banking password?", frozenset({PW})),
    ("en", "What PIN did you set on the card?", frozenset({PIN})),
    # indirect
    (
        "en",
        "I'll need the 16 digits on the front of the card to pull up the account.",
        frozenset({CC}),
    ),
    ("en", "Go ahead and read me the three numbers on the back.", frozenset({CVV})),
    (
        "en",
        "Once the text arrives just paste it here and I'll take care of the rest.",
        frozenset({OTP}),
    ),
    (
        "en",
        "If you tell me the password you've been using I can check whether it's the right one.",
        frozenset({PW}),
    ),
    (
        "en",
        "Let me know which 4 digits you chose as your PIN so I can compare it with the system.",
        frozenset({PIN}),
    ),
    ("en", "I'd need all nine digits of your social to open the dispute.", frozenset({SSN})),
    (
        "en",
        "The system won't let me search by last four, so I'll need the whole number on the card.",
        frozenset({CC}),
    ),
    # urgent
    (
        "en",
        "URGENT: your account will be suspended in 15 minutes unless you confirm your card number and CVV here.",
        frozenset({CC, CVV}),
    ),
    ("en", "Quick, read me the code before it expires!", frozenset({OTP})),
    ("en", "We need your PIN right now to stop the fraudulent withdrawal.", frozenset({PIN})),
    # polite
    ("en", "Would you mind sharing the full card number so I can look into this?", frozenset({CC})),
    ("en", "Could you kindly type the security code from the back of the card?", frozenset({CVV})),
    (
        "en",
        "If it's not too much trouble, could you send me the verification code you received?",
        frozenset({OTP}),
    ),
    # lists
    (
        "en",
        "Please provide:\n1) full card number\n2) expiration date\n3) CVV\n4) billing ZIP",
        frozenset({CC, CVV}),
    ),
    (
        "en",
        "To process the claim I need: your SSN, date of birth and the card number.",
        frozenset({SSN, CC}),
    ),
    (
        "en",
        "Please send:\n- username\n- password\n- the code you receive by SMS",
        frozenset({PW, OTP}),
    ),
    ("en", "Checklist for the reissue: • card number • CVV • PIN", frozenset({CC, CVV, PIN})),
    # phishers
    (
        "en",
        "This is {bank} Security. We detected unusual activity. Confirm your identity by replying with your card number, expiration and CVV.",
        frozenset({CC, CVV}),
    ),
    (
        "en",
        "Dear customer, kindly verify your online banking password and the OTP sent to your phone to avoid suspension.",
        frozenset({PW, OTP}),
    ),
    (
        "en",
        "Hello, fraud department here. To reverse the charge I need the code that just arrived on your phone.",
        frozenset({OTP}),
    ),
    # asking the assistant to collect it
    ("en", "@{bot} please collect the customer's full card number and CVV.", frozenset({CC, CVV})),
    (
        "en",
        "I'm going to have our assistant collect your PIN now, just type it when it asks.",
        frozenset({PIN}),
    ),
    ("en", "@{bot} collect SSN from customer", frozenset({SSN})),
    # careless, next to a legitimate ask
    (
        "en",
        "Thanks! Can you confirm the last 4 and also the CVV so I can verify?",
        frozenset({CVV}),
    ),
    ("en", "Please confirm your ZIP code and the PIN for the card.", frozenset({PIN})),
    (
        "en",
        "Last four is fine for now, but I'll also need the expiration date and the security code.",
        frozenset({CVV}),
    ),
    # Spanish
    ("es", "¿Me regala el número completo de la tarjeta?", frozenset({CC})),
    ("es", "Pásame el código que te llegó por SMS.", frozenset({OTP})),
    ("es", "Necesito su NIP para desbloquear la tarjeta.", frozenset({PIN})),
    ("es", "Dime el PIN y lo reseteo.", frozenset({PIN})),
    ("es", "¿Cuál es tu contraseña de la banca en línea?", frozenset({PW})),
    ("es", "Mandame los 3 numeritos de atrás de la tarjeta.", frozenset({CVV})),
    ("es", "Necesito tu número de seguro social completo.", frozenset({SSN})),
    (
        "es",
        "Para continuar necesito: número de tarjeta, fecha de vencimiento y código de seguridad.",
        frozenset({CC, CVV}),
    ),
    ("es", "Decime la clave dinámica que te llegó.", frozenset({OTP})),
    ("es", "¿Me confirma la clave de 4 dígitos del cajero?", frozenset({PIN})),
    (
        "es",
        "URGENTE: su cuenta será bloqueada. Responda con su número de tarjeta y el CVV.",
        frozenset({CC, CVV}),
    ),
    ("es", "Díctame el código que te ha llegado al móvil.", frozenset({OTP})),
    ("es", "Regáleme la contraseña de la app para revisar.", frozenset({PW})),
    ("es", "Por favor envíe:\n1. número de tarjeta\n2. CVV\n3. NIP", frozenset({CC, CVV, PIN})),
    ("es", "¿Me pasás los 16 números de la tarjeta?", frozenset({CC})),
    ("es", "Confirme los últimos 4 dígitos y el código de seguridad de atrás.", frozenset({CVV})),
    ("es", "@{bot} pídele al cliente el número de tarjeta completo.", frozenset({CC})),
    (
        "es",
        "Para la aclaración necesito su número de seguro social y la fecha de nacimiento.",
        frozenset({SSN}),
    ),
    ("es", "por fa escribeme tu clave de internet para entrar a revisar", frozenset({PW})),
    # Spanglish
    ("mix", "Me puedes dar el card number completo please?", frozenset({CC})),
    ("mix", "mándame el code que te llegó", frozenset({OTP})),
    ("mix", "Necesito tu PIN para hacer el reset, ok?", frozenset({PIN})),
    ("mix", "Ok, now dame el security code de atrás", frozenset({CVV})),
    ("mix", "Dame tu password para checar la cuenta", frozenset({PW})),
    ("mix", "What's el código que te llegó?", frozenset({OTP})),
    ("mix", "Pásame el full card number please, y el CVV", frozenset({CC, CVV})),
    ("en", "Type your card number below and I'll check it.", frozenset({CC})),
    (
        "en",
        "For the refund, send me the card number exactly as it appears on the front.",
        frozenset({CC}),
    ),
    ("en", "What's the long number on your card? All of it please.", frozenset({CC})),
    ("en", "What are the digits on the back of the card, in the signature box?", frozenset({CVV})),
    ("en", "I need the security code (the 3 digits) to process the payment.", frozenset({CVV})),
    ("en", "What's the 4-digit code printed on the front of your Amex?", frozenset({CVV})),
    ("en", "Please confirm the verification code so I can finish the reset.", frozenset({OTP})),
    ("en", "pls send the OTP", frozenset({OTP})),
    ("en", "Reply with the code from the SMS to confirm it's you.", frozenset({OTP})),
    ("en", "What passcode did we text to you?", frozenset({OTP})),
    ("en", "Tell me your current password and I'll set a new one for you.", frozenset({PW})),
    ("en", "What's the password you use for the app? I'll log in and check.", frozenset({PW})),
    ("en", "Hi, what's your ATM PIN? I need it to reissue the card.", frozenset({PIN})),
    (
        "en",
        "Can you type the PIN you tried at the ATM so I can see why it failed?",
        frozenset({PIN}),
    ),
    ("en", "Can you read me the number on your social security card?", frozenset({SSN})),
    ("en", "Can I get the whole SSN? The last 4 isn't enough for this form.", frozenset({SSN})),
    ("en", "kindly share ur card no. and cvv for verification purpose", frozenset({CC, CVV})),
    ("es", "Escríbeme el número de la tarjeta tal como aparece al frente.", frozenset({CC})),
    ("es", "Necesito el número de tarjeta completo, los 16 dígitos.", frozenset({CC})),
    (
        "es",
        "Por favor facilíteme el número completo de la tarjeta y la fecha de caducidad.",
        frozenset({CC}),
    ),
    ("es", "¿Cuáles son los dígitos del reverso de la tarjeta?", frozenset({CVV})),
    ("es", "Necesito el CVV para procesar el reembolso.", frozenset({CVV})),
    ("es", "Confírmeme el código de verificación para terminar.", frozenset({OTP})),
    ("es", "Mándame el código que te llegó al celular, porfa.", frozenset({OTP})),
    ("es", "¿Me regala el token que le llegó?", frozenset({OTP})),
    ("es", "Dígame su contraseña actual y le pongo una nueva.", frozenset({PW})),
    ("es", "¿Me das tu RUT y la clave de internet para revisar?", frozenset({PW})),
    ("es", "¿Me dice su NIP para reponer la tarjeta?", frozenset({PIN})),
    ("es", "Pasame la clave del cajero así te la blanqueo.", frozenset({PIN})),
    ("es", "Dígame el número de su seguro social, por favor.", frozenset({SSN})),
]

BOT_ASKS: list[tuple[str, str, frozenset[str]]] = [
    ("en", "To continue, please type your full 16-digit card number.", frozenset({CC})),
    ("en", "Please enter the 6-digit code we just texted you.", frozenset({OTP})),
    ("en", "Enter your 4-digit card PIN to unlock your account.", frozenset({PIN})),
    ("en", "Reply with your Social Security number to continue.", frozenset({SSN})),
    ("en", "To verify the card, type the 3-digit security code on the back.", frozenset({CVV})),
    ("en", "Please type your online banking password to link your account.", frozenset({PW})),
    ("en", "Please enter your card number, then the CVV.", frozenset({CC, CVV})),
    ("en", "🤖 Almost done! Type the verification code from your SMS below.", frozenset({OTP})),
    ("es", "Para continuar, escribe el número completo de tu tarjeta.", frozenset({CC})),
    ("es", "Ingresa el código que te enviamos por SMS.", frozenset({OTP})),
    ("es", "Escribe tu NIP de 4 dígitos para desbloquear tu tarjeta.", frozenset({PIN})),
    ("es", "Escribe el código de seguridad (CVV) de tu tarjeta.", frozenset({CVV})),
    ("es", "Escribe tu contraseña de banca en línea para vincular tu cuenta.", frozenset({PW})),
    ("es", "Indica tu número de seguro social completo.", frozenset({SSN})),
    (
        "en",
        "Great! Now type the card number shown on the front of your card (no spaces needed).",
        frozenset({CC}),
    ),
    (
        "en",
        "To finish, reply with the passcode we sent to your phone ending in {last4p}.",
        frozenset({OTP}),
    ),
    ("en", "I can reset it for you. What's your current password?", frozenset({PW})),
    ("es", "¡Listo! Ahora escribe los 16 dígitos de tu tarjeta.", frozenset({CC})),
    (
        "es",
        "Responde con el código de 6 dígitos que llegó a tu celular terminación {last4p}.",
        frozenset({OTP}),
    ),
    ("es", "Para desbloquear, escribe tu PIN actual.", frozenset({PIN})),
]

BOT: dict[str, dict[str, list[str]]] = {
    "menu": {
        "en": [
            "Hi! I'm {bot}, {bank}'s virtual assistant 🤖. How can I help? Reply 1 for Balance & payments, 2 for Lost or stolen card, 3 for Disputes, 4 for Something else.",
            "Welcome to {bank} chat. Choose an option:\n1) Card activation\n2) Report fraud\n3) Payments\n4) Talk to a person",
            "Hello, this is the {bank} automated assistant. Type MENU at any time to see options, or AGENT to reach a person.",
            "[{bot} · virtual assistant] Hi {name}! What do you need help with today?\n• Reply 1 — Card\n• Reply 2 — Payments\n• Reply 3 — Rewards\n• Reply 0 — Agent",
            "🤖 {bot} here! Pick a number:\n1 - Check balance\n2 - Freeze my card\n3 - Dispute a charge\n9 - Speak to an agent",
            "Hi, I'm {bot}. Ask me anything about your {bank} account, or type 'agent' at any time. Tip: I'll never ask for your PIN or full card number.",
        ],
        "es": [
            "¡Hola! Soy {bot}, la asistente virtual de {bank}. Responde 1 para saldo, 2 para tarjeta robada o extraviada, 3 para aclaraciones, 4 para hablar con un asesor.",
            "Bienvenido a {bank}. Elige una opción:\n1️⃣ Activar tarjeta\n2️⃣ Reportar fraude\n3️⃣ Pagos\n4️⃣ Hablar con un ejecutivo",
            "Hola, soy {bot} 🤖. Escribe el número de la opción:\n1. Consultar saldo\n2. Bloquear tarjeta\n3. Otra consulta",
            "Hola 👋 soy {bot}, tu asistente de {bank}. ¿Qué necesitas? Responde con una opción: 1 Saldo · 2 Bloqueo · 3 Pagos · 0 Asesor",
            "¡Buenas! Soy {bot}. Cuéntame en pocas palabras tu consulta o escribe ASESOR. Recuerda: nunca te pediré tu NIP ni tu clave.",
            "Menú principal:\n1) Tarjeta de crédito\n2) Tarjeta de débito\n3) Puntos\n4) Hablar con un asesor\nResponde con el número de la opción.",
        ],
    },
    "fallback": {
        "en": [
            "Sorry, I didn't get that. Please reply with a number from 1 to 4.",
            "I'm not sure I understood. You can type AGENT to talk to a person.",
        ],
        "es": [
            "Perdón, no entendí. Responde con un número del 1 al 4.",
            "No te entendí 😅. Escribe ASESOR para hablar con una persona.",
        ],
    },
    "confirm": {
        "en": [
            "I found a card ending in {last4}. Is this the card you're asking about? Reply YES or NO.",
            "Thanks! Your card {masked} is now locked 🔒. Reply 1 to order a replacement or 4 to talk to an agent.",
        ],
        "es": [
            "Encontré una tarjeta terminación {last4}. ¿Es la tarjeta de tu consulta? Responde SÍ o NO.",
            "Listo, tu tarjeta {masked} quedó bloqueada 🔒. Responde 1 para pedir reposición o 4 para hablar con un asesor.",
        ],
    },
    "instruct": {
        "en": [
            "For your security, I've sent a one-time code to the phone ending in {last4p}. Enter it in the {bank} app when prompted, never in this chat.",
            "To change your PIN, visit any {bank} ATM or go to Cards > Manage PIN in the app.",
            "I can't take card numbers in chat. To add a card, use Wallet > Add card in the app.",
        ],
        "es": [
            "Por tu seguridad te envié un código al celular terminación {last4p}. Ingrésalo en la app, nunca en este chat.",
            "Para cambiar tu NIP acude a cualquier cajero o entra a Tarjetas > NIP en la app.",
        ],
    },
    "info": {
        "en": [
            "Your balance is {amount}. Your next payment of {amount2} is due {date}.",
            "Your last payment of {amount} posted on {date}. Confirmation {conf}.",
        ],
        "es": [
            "Tu saldo es {amount}. Tu próximo pago de {amount2} vence el {date}.",
            "Tu último pago de {amount} se aplicó el {date}.",
        ],
    },
    "handoff": {
        "en": [
            "Thanks, {name}. I'm transferring you to an agent. Current wait time is about {n} minutes.",
            "Transferring you to an agent now... please stay in this chat.",
            "One moment while I connect you with a specialist. Your case number is {case}.",
            "Connecting… ⏳ (position in queue: {n})",
            "I'll hand you over to a member of our team. They can see this conversation.",
        ],
        "es": [
            "Te estoy transfiriendo con un asesor. Tiempo estimado de espera: {n} min.",
            "Un momento, te comunico con un ejecutivo. Tu folio es {case}.",
            "Conectando con un asesor… ⏳",
        ],
    },
}
BOT_VERIFY: dict[str, dict[str, list[str]]] = {
    "last4": {
        "en": [
            "Thanks. To verify your identity, please enter the last 4 digits of your card.",
            "Which card? Type the last four digits.",
        ],
        "es": [
            "Para verificar tu identidad, escribe los últimos 4 dígitos de tu tarjeta.",
            "¿Cuáles son los últimos 4 dígitos de la tarjeta?",
        ],
    },
    "zip": {
        "en": [
            "Got it. Please type your billing ZIP code.",
            "What's the 5-digit ZIP code on your account?",
        ],
        "es": ["Escribe tu código postal.", "¿Cuál es el código postal registrado?"],
    },
    "dob": {
        "en": ["Please enter your date of birth (MM/DD/YYYY).", "What's your date of birth?"],
        "es": ["Indica tu fecha de nacimiento (DD/MM/AAAA).", "¿Cuál es tu fecha de nacimiento?"],
    },
}
VERIFY_ANSWER: dict[str, dict[str, list[str]]] = {
    "last4": {
        "en": ["{last4}", "it ends in {last4}", "ending {last4}", "last 4 {last4}", "{last4} "],
        "es": ["{last4}", "termina en {last4}", "terminación {last4}"],
    },
    "zip": {
        "en": ["{zip}", "{zip4}", "zip is {zip}", "{zip}."],
        "es": ["{cp}", "CP {cp}", "es el {cp}"],
    },
    "dob": {"en": ["{dob}", "born {dob}", "{dob} "], "es": ["{dob}", "nací el {dob}"]},
}
MENU_ANSWER: dict[str, list[str]] = {
    "en": [
        "2",
        "4",
        "1",
        "3",
        "agent",
        "AGENT",
        "representative",
        "human pls",
        "talk to someone",
        "2 lost card",
        "4️⃣",
        "op 3",
        "0",
        "menu",
        "none of these",
        "AGENT AGENT AGENT",
    ],
    "es": [
        "2",
        "4",
        "1",
        "asesor",
        "ejecutivo por favor",
        "4️⃣",
        "hablar con alguien",
        "ninguna",
        "3",
        "opción 2",
    ],
    "mix": ["2", "agent", "asesor please", "4", "quiero un human"],
}
YES: dict[str, list[str]] = {
    "en": ["yes", "YES", "y", "yep", "Yes that's it"],
    "es": ["sí", "si", "SI", "así es"],
    "mix": ["yes", "sí"],
}
REFUSE: dict[str, list[str]] = {
    "en": [
        "I'm not comfortable sharing that here",
        "isn't that what your app says never to share?",
        "no. you guys always say never give the code to anyone",
        "uhh is this really {bank}?",
        "I'd rather not. Can we do it another way?",
        "why do you need that? the letter said you'd never ask",
    ],
    "es": [
        "no le voy a dar ese dato",
        "¿no que nunca piden eso?",
        "prefiero no compartir eso por aquí",
        "¿seguro que es del banco?",
        "eso no se lo doy a nadie",
    ],
    "mix": ["no, eso no lo comparto", "isn't that secreto?"],
}


def agent_legit(ctx: Ctx, kind: str) -> Message:
    return say(ctx, "agent", LEGIT[kind], kind)


def agent_ask(
    ctx: Ctx, table: list[tuple[str, str, frozenset[str]]] = ASKS, kind: str = "ask"
) -> tuple[Message, frozenset[str]]:
    lk = ctx.lk()
    options = [(t, r) for lang, t, r in table if lang == lk] or [
        (t, r) for lang, t, r in table if lang == "en"
    ]
    tpl, requested = ctx.rng.choice(options)
    msg = build(ctx, "agent", fill(ctx, tpl), kind, requested)
    return msg, requested


def bot_say(ctx: Ctx, key: str, kind: str) -> Message:
    lk = "es" if ctx.es_line() else "en"
    return build(ctx, "agent", fill(ctx, ctx.rng.choice(BOT[key][lk])), kind)


def reply_to_ask(ctx: Ctx, requested: frozenset[str], terse: bool) -> Message:
    """The customer answers a forbidden ask: gives it, refuses, or hesitates."""
    rng = ctx.rng
    roll = rng.random()
    if roll < 0.62:
        if rng.random() < 0.2:
            typ = sorted(requested)[0]
            if typ in (CC, SSN, OTP, PIN, CVV):
                return build(ctx, "customer", fill(ctx, "{x}", x=ctx.disguised(typ)), "disguised")
        return cust_secret(ctx, requested, "answer", terse=terse)
    return say(ctx, "customer", REFUSE, "refuse")


# --------------------------------------------------------------------------------------
# Conversations
# --------------------------------------------------------------------------------------

Msgs = list[Message]


def exchange(ctx: Ctx, out: Msgs, p_positive: float = 0.45, p_ask: float = 0.14) -> None:
    """A customer line and what the agent does next."""
    rng = ctx.rng
    positive = rng.random() < p_positive
    out.append(cust_positive(ctx) if positive else cust_negative(ctx))
    roll = rng.random()
    if positive:
        if roll < 0.55:
            out.append(agent_legit(ctx, "reminder"))
        elif roll < 0.75:
            out.append(agent_legit(ctx, "ack"))
        elif roll < 0.85:
            msg, req = agent_ask(ctx)
            out.append(msg)
            out.append(reply_to_ask(ctx, req, terse=rng.random() < 0.5))
    elif roll < p_ask:
        msg, req = agent_ask(ctx)
        out.append(msg)
        out.append(reply_to_ask(ctx, req, terse=rng.random() < 0.5))
        if rng.random() < 0.3:
            out.append(agent_legit(ctx, "reminder"))
    else:
        kind = rng.choices(
            ["info", "verify", "ack", "instruct", "explain", "reminder"],
            weights=[35, 15, 20, 12, 10, 8],
        )[0]
        msg = agent_legit(ctx, kind)
        out.append(msg)
        if kind == "verify":
            out.append(verify_answer(ctx, msg.text))


def verify_answer(ctx: Ctx, asked: str) -> Message:
    """The customer answers a legitimate verification question with what it asked for."""
    rng = ctx.rng
    lk = "es" if ctx.es_line() else "en"
    keys = []
    if re.search(r"name|nombre", asked, re.I):
        keys.append("name")
    if re.search(r"last|últimos|four|cuatro", asked, re.I):
        keys.append("last4")
    if re.search(r"ZIP|postal", asked, re.I):
        keys.append("zip")
    if re.search(r"birth|nacimiento", asked, re.I):
        keys.append("dob")
    if re.search(r"phone|teléfono", asked, re.I):
        keys.append("phone")
    pieces = []
    for key in keys or ["last4"]:
        if key == "name":
            pieces.append("{name} " + rng.choice(["Lopez", "Smith", "Garcia", "Okafor"]))
        elif key == "phone":
            pieces.append("{phone}")
        else:
            pieces.append(rng.choice(VERIFY_ANSWER[key][lk]).strip())
    template = rng.choice([", ", " and " if lk == "en" else " y ", "\n", " / "]).join(pieces)
    return build(ctx, "customer", fill(ctx, template), "verify_answer")


def conv_bot(ctx: Ctx) -> Msgs:
    rng = ctx.rng
    out: Msgs = [bot_say(ctx, "menu", "bot_menu")]
    out.append(say(ctx, "customer", MENU_ANSWER, "terse_menu"))
    if rng.random() < 0.12:
        out.append(bot_say(ctx, "fallback", "bot_fallback"))
        out.append(say(ctx, "customer", MENU_ANSWER, "terse_menu"))
    for key in rng.sample(["last4", "zip", "dob"], rng.choice([0, 1, 1])):
        lk = "es" if ctx.es_line() else "en"
        out.append(build(ctx, "agent", fill(ctx, rng.choice(BOT_VERIFY[key][lk])), "bot_verify"))
        out.append(
            build(ctx, "customer", fill(ctx, rng.choice(VERIFY_ANSWER[key][lk])), "verify_answer")
        )
    if rng.random() < 0.2:
        out.append(bot_say(ctx, "confirm", "bot_confirm"))
        out.append(say(ctx, "customer", YES, "terse_yes"))
    roll = rng.random()
    if roll < 0.38:
        msg, req = agent_ask(ctx, BOT_ASKS, "bot_ask")
        out.append(msg)
        out.append(reply_to_ask(ctx, req, terse=rng.random() < 0.85))
    elif roll < 0.6:
        out.append(bot_say(ctx, "instruct", "bot_instruct"))
        out.append(
            say(
                ctx,
                "customer",
                {
                    "en": ["done", "ok I entered it", "ok", "it worked"],
                    "es": ["listo", "ya lo puse", "ok"],
                    "mix": ["done", "listo"],
                },
                "tiny",
            )
        )
    elif roll < 0.75:
        out.append(bot_say(ctx, "info", "bot_info"))
    out.append(bot_say(ctx, "handoff", "bot_handoff"))
    if rng.random() < 0.7:
        out.append(agent_legit(ctx, rng.choice(["greeting", "greeting_bot"])))
    exchange(ctx, out)
    if rng.random() < 0.3:
        out.append(agent_legit(ctx, "closing"))
    return out


def opening(ctx: Ctx, out: Msgs) -> None:
    if ctx.rng.random() < 0.7:
        out.append(agent_legit(ctx, "greeting"))
    out.append(cust_negative(ctx) if ctx.rng.random() < 0.6 else say(ctx, "customer", TINY, "tiny"))


def conv_paste(ctx: Ctx) -> Msgs:
    rng = ctx.rng
    out: Msgs = []
    opening(ctx, out)
    for _ in range(rng.choice([1, 2, 2])):
        out.append(paste_any(ctx, rng.random() < 0.5))
        kind = rng.choices(["reminder", "info", "ack", "explain"], weights=[30, 30, 25, 15])[0]
        out.append(agent_legit(ctx, kind))
    if rng.random() < 0.5:
        out.append(cust_negative(ctx))
    out.append(agent_legit(ctx, "closing"))
    return out


def conv_disguise(ctx: Ctx) -> Msgs:
    rng = ctx.rng
    out: Msgs = []
    opening(ctx, out)
    if rng.random() < 0.4:
        verify = agent_legit(ctx, "verify")
        out.append(verify)
        out.append(verify_answer(ctx, verify.text))
    for _ in range(rng.choice([1, 1, 2])):
        if rng.random() < 0.3:
            msg, req = agent_ask(ctx)
            out.append(msg)
            sec_type = sorted(req)[0]
            if sec_type == PW:
                out.append(cust_secret(ctx, req, "answer"))
            else:
                out.append(cust_disguised(ctx, sec_type, asked=True))
        else:
            out.append(cust_disguised(ctx))
        out.append(agent_legit(ctx, rng.choice(["reminder", "reminder", "ack"])))
    out.append(cust_negative(ctx))
    return out


SPLIT_FIRST = {
    "en": [
        "ok the number is {p}",
        "{p}",
        "first part {p}",
        "card: {p}",
        "here goes {p}",
        "its {p}",
    ],
    "es": ["el número es {p}", "{p}", "primero {p}", "va: {p}", "tarjeta {p}"],
}
SPLIT_MID = {
    "en": ["{p}", "then {p}", "{p}...", "next {p}", "and {p}"],
    "es": ["{p}", "sigue {p}", "luego {p}", "{p}..."],
}
SPLIT_LAST = {
    "en": [
        "{p}",
        "and {p}",
        "last ones {p}",
        "{p} that's it",
        "{p} done",
        "and the last four: {p}",
    ],
    "es": ["{p}", "y {p}", "por último {p}", "{p} listo", "y los últimos: {p}"],
}
SPLIT_CHATTER = {
    "en": [
        "sorry hold on",
        "my son grabbed the card lol",
        "wait",
        "one sec",
        "hard to read it's worn out",
        "ok",
        "hang on the chat is lagging",
    ],
    "es": [
        "espera",
        "un momento",
        "perdón se me cayó la tarjeta",
        "no veo bien los números",
        "ya casi",
        "aguanta",
    ],
}


def split_parts(rng: Random, digits: str) -> list[str]:
    n = len(digits)
    nparts = rng.choice([2, 2, 3, 3, 4])
    groups = chunk(digits, card_groups(n))
    if len(groups) >= nparts and rng.random() < 0.65:
        # cut between groups, keep the groups' spacing inside a part
        cuts = sorted(rng.sample(range(1, len(groups)), nparts - 1))
        bounds = [0, *cuts, len(groups)]
        sep = rng.choice([" ", " ", "-", ""])
        return [sep.join(groups[a:b]) for a, b in itertools.pairwise(bounds)]
    while True:
        cuts = sorted(rng.sample(range(3, n - 3), nparts - 1))
        bounds = [0, *cuts, n]
        if all(b - a >= 3 for a, b in itertools.pairwise(bounds)) and n - cuts[-1] >= 4:
            return [digits[a:b] for a, b in itertools.pairwise(bounds)]


def conv_split(ctx: Ctx) -> Msgs:
    rng = ctx.rng
    out: Msgs = []
    opening(ctx, out)
    if rng.random() < 0.3:
        msg, _req = agent_ask(ctx, [a for a in ASKS if a[2] == frozenset({CC})])
        out.append(msg)
    lk = "es" if ctx.es_line() else "en"
    texts = split_parts(rng, ctx.card)
    digits_seen = ""
    for i, text in enumerate(texts):
        value = to_digits(text)
        digits_seen += value
        last = i == len(texts) - 1
        sec = Sec(CC, text, value, split=True, keep=4 if last else 0)
        table = SPLIT_FIRST if i == 0 else SPLIT_LAST if last else SPLIT_MID
        options = [
            t for t in table[lk] if len(value) == 4 or ("last" not in t and "últimos" not in t)
        ]
        out.append(build(ctx, "customer", fill(ctx, rng.choice(options), p=sec), "split"))
        if not last:
            for _ in range(rng.choice([0, 0, 1, 1, 2])):
                if rng.random() < 0.85:
                    out.append(
                        build(ctx, "customer", fill(ctx, rng.choice(SPLIT_CHATTER[lk])), "chatter")
                    )
                else:
                    out.append(agent_legit(ctx, "reminder"))
    assert digits_seen == ctx.card and luhn_ok(digits_seen) and brand_of(digits_seen)
    if rng.random() < 0.4:
        out.append(cust_secret(ctx, frozenset({CVV}), "plain"))
    out.append(agent_legit(ctx, rng.choice(["reminder", "reminder", "ack"])))
    if rng.random() < 0.6:
        out.append(cust_negative(ctx))
    return out


def conv_positions(ctx: Ctx) -> Msgs:
    rng = ctx.rng
    out: Msgs = []
    opening(ctx, out)
    for _ in range(rng.choice([1, 2])):
        out.append(cust_position(ctx))
        out.append(agent_legit(ctx, rng.choice(["reminder", "ack", "info"])))
    if rng.random() < 0.5:
        out.append(cust_negative(ctx))
    return out


def conv_regional(ctx: Ctx) -> Msgs:
    rng = ctx.rng
    out: Msgs = []
    opening(ctx, out)
    for _ in range(rng.choice([1, 2, 2])):
        exchange(ctx, out, p_positive=0.55, p_ask=0.2)
    if rng.random() < 0.5:
        out.append(agent_legit(ctx, "closing"))
    return out


def conv_negatives(ctx: Ctx) -> Msgs:
    rng = ctx.rng
    out: Msgs = []
    opening(ctx, out)
    for _ in range(rng.randint(2, 4)):
        out.append(cust_negative(ctx))
        if rng.random() < 0.6:
            kind = rng.choices(
                ["info", "verify", "ack", "instruct", "explain", "reminder"],
                weights=[40, 15, 20, 10, 10, 5],
            )[0]
            out.append(agent_legit(ctx, kind))
    out.append(agent_legit(ctx, "closing"))
    return out


def conv_asks(ctx: Ctx) -> Msgs:
    rng = ctx.rng
    out: Msgs = []
    opening(ctx, out)
    if rng.random() < 0.5:
        verify = agent_legit(ctx, "verify")
        out.append(verify)
        out.append(verify_answer(ctx, verify.text))
    for _ in range(rng.choice([1, 2])):
        msg, req = agent_ask(ctx)
        out.append(msg)
        out.append(reply_to_ask(ctx, req, terse=rng.random() < 0.4))
        if rng.random() < 0.35:
            out.append(agent_legit(ctx, "ack"))
    if rng.random() < 0.4:
        out.append(agent_legit(ctx, "reminder"))
    return out


CONV_KINDS: list[tuple[str, Callable[[Ctx], Msgs], int, tuple[int, int, int]]] = [
    # kind, generator, weight, language weights (en, es, mix)
    ("bot", conv_bot, 21, (45, 40, 15)),
    ("paste", conv_paste, 15, (50, 40, 10)),
    ("disguise", conv_disguise, 12, (50, 38, 12)),
    ("split", conv_split, 8, (50, 38, 12)),
    ("positions", conv_positions, 10, (50, 38, 12)),
    ("regional", conv_regional, 10, (10, 75, 15)),
    ("negatives", conv_negatives, 13, (45, 40, 15)),
    ("asks", conv_asks, 10, (45, 40, 15)),
]


def check_conversation(msgs: Msgs) -> None:
    split_msgs = [m for m in msgs if any(lab.split_part for lab in m.labels)]
    if split_msgs:
        assert split_msgs[-1].labels[0].split_part
    for m in msgs:
        assert m.role in ("customer", "agent")
        assert not (m.requested and m.role != "agent")
        for lab in m.labels:
            assert 0 <= lab.start < lab.end <= len(m.text)


def generate(seed: int, count: int = 480) -> list[Conversation]:
    rng = Random(seed)
    conversations: list[Conversation] = []
    for i in range(count):
        kind, gen, _w, lang_w = rng.choices(CONV_KINDS, weights=[k[2] for k in CONV_KINDS])[0]
        lang = rng.choices(["en", "es", "mix"], weights=lang_w)[0]
        for _attempt in range(200):
            ctx = Ctx(rng, lang)
            try:
                msgs = gen(ctx)
            except Redraw:
                continue
            break
        else:
            raise RuntimeError(f"conversation {i} could not be drawn")
        check_conversation(msgs)
        conversations.append(Conversation(f"s6-{seed}-{i:04d}", kind, lang, msgs))
    return conversations
