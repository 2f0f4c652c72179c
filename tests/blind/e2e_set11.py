# ruff: noqa: E501
"""Blind end-to-end evaluation set 11 for guard: a large US card issuer's chat in 2026.

Written without reading guard's code, rules, tests or benchmarks. The issuer ("Altura")
runs four chat desks and every conversation belongs to one of them:

- travel: a travel-rewards credit card (airline and hotel points, disputes of foreign
  charges in euros, pesos and colones, cards declined abroad, travel notices, flights);
- biz: a small-business card desk (owners, bookkeepers, employees' cards, expense tools,
  EIN talk -- an EIN is not a secret and must pass, routing numbers, invoices);
- coll: a collections and hardship team (payment plans, amounts, due dates, letters,
  collection calls);
- senior: an older-customer line (slow typists, caps lock, no punctuation, numbers written
  in words, voice-to-text artifacts, scam calls).

Languages: English about 55%, Spanish about 30% (Caribbean, Central American, Mexican and
Spain Spanish) and Spanglish about 15%. About 45% of the conversations hold at least one
secret: card numbers of every brand (Luhn-valid, typed plainly, grouped, digit by digit,
with spacing typos, split over several messages), card security codes, SSNs, one-time
passcodes (bare, spaced, pasted SMS and e-mails, read aloud), passwords and PINs. Clean
messages are full of look-alikes: amounts, dates, phones, ZIP+4, last-four references,
masked numbers, Luhn-invalid order and reference numbers, tracking numbers, EINs, routing
numbers, points balances, flight numbers and talk about secrets without a value. Agent
messages carry the secret types they ask for: forbidden asks (direct, in lists,
mid-paragraph, indirect, phishers posing as the bank) and many legitimate ones.

`generate(seed, count)` is deterministic: one seeded `random.Random` drives everything.
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
    OTP,
    PIN,
    PW,
    SSN,
    Conversation,
    Label,
    Message,
)

SLOT = re.compile(r"\{(\w+)\}")

# Template slots that hold a secret, and their type ("part" is one part of a split card).
SECRET_TYPES: dict[str, str] = {
    "card": CC,
    "part": CC,
    "cvv": CVV,
    "ssn": SSN,
    "otp": OTP,
    "pw": PW,
    "pin": PIN,
    "pin2": PIN,
}

BANK = "Altura"
LINES = ("travel", "biz", "coll", "senior")

# A secret put into a template: (value as typed, type, trailing digits kept, split part).
Secret = tuple[str, str, int, bool]


# --------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------

# brand: (prefixes, lengths)
BRANDS: dict[str, tuple[list[str], list[int]]] = {
    "visa": (["4"], [16, 16, 16, 16, 13, 19]),
    "mastercard": (["51", "52", "53", "54", "55"], [16]),
    "mastercard2": ([str(p) for p in range(2221, 2721)], [16]),
    "amex": (["34", "37"], [15]),
    "discover": (["6011", "65", *[str(p) for p in range(644, 650)]], [16, 16, 19]),
    "jcb": ([str(p) for p in range(3528, 3590)], [16]),
    "diners": (["36", "38", *[str(p) for p in range(300, 306)]], [14]),
    "unionpay": (["62"], [16, 19]),
    "maestro": (
        ["5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763"],
        [16, 19, 13],
    ),
}
BRAND_WEIGHTS = {
    "visa": 30,
    "mastercard": 14,
    "mastercard2": 8,
    "amex": 14,
    "discover": 9,
    "jcb": 5,
    "diners": 5,
    "unionpay": 6,
    "maestro": 5,
}


def card_number(r: Random, brand: str) -> str:
    prefixes, lengths = BRANDS[brand]
    prefix = r.choice(prefixes)
    length = r.choice(lengths)
    body = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def luhn_invalid(r: Random, length: int, first: str = "") -> str:
    digits = first + "".join(str(r.randint(0, 9)) for _ in range(length - len(first)))
    if luhn.is_valid(digits):
        last = (int(digits[-1]) + r.randint(1, 9)) % 10
        digits = digits[:-1] + str(last)
    return digits


def group(digits: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for size in sizes:
        if i >= len(digits):
            break
        out.append(digits[i : i + size])
        i += size
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(out)


def fours(n: int) -> list[int]:
    return [4] * (n // 4) + ([n % 4] if n % 4 else [])


def format_card(r: Random, number: str, brand: str, senior: bool = False) -> tuple[str, str]:
    """The card as a customer types it, and the name of the format."""
    n = len(number)
    weights = {
        "plain": 4 if not senior else 6,
        "space4": 7,
        "dash4": 3,
        "dot4": 1,
        "irregular": 2,
        "digits": 1 if not senior else 4,
        "typo": 2,
    }
    if brand == "amex" or n == 14:
        weights["amex"] = 8
    fmt = r.choices(list(weights), list(weights.values()))[0]
    if fmt == "plain":
        return number, fmt
    if fmt in ("space4", "dash4", "dot4"):
        sep = {"space4": " ", "dash4": "-", "dot4": "."}[fmt]
        return group(number, fours(n), sep), fmt
    if fmt == "amex":
        sizes = [4, 6, 5] if n == 15 else [4, 6, 4]
        return group(
            number, sizes, r.choice([" ", " ", "-"])
        ), "amex465" if n == 15 else "diners464"
    if fmt == "irregular":
        sizes, left = [], n
        while left > 0:
            s = min(left, r.randint(2, 6))
            sizes.append(s)
            left -= s
        return group(number, sizes, r.choice([" ", " ", "-"])), fmt
    if fmt == "digits":
        return r.choice([" ", " ", "-", "  "]).join(number), fmt
    # spacing typos: a double space, a missing space or a shifted group
    sizes = fours(n)
    kind = r.randint(0, 2)
    if kind == 0:
        text = group(number, sizes, " ")
        spots = [i for i, c in enumerate(text) if c == " "]
        at = r.choice(spots)
        return text[:at] + "  " + text[at + 1 :], fmt
    if kind == 1:
        text = group(number, sizes, " ")
        spots = [i for i, c in enumerate(text) if c == " "]
        at = r.choice(spots)
        return text[:at] + text[at + 1 :], fmt
    shifted = list(sizes)
    i = r.randrange(len(shifted) - 1)
    if shifted[i] > 2:
        shifted[i] -= 1
        shifted[i + 1] += 1
    return group(number, shifted, r.choice([" ", "-"])), fmt


def split_card(r: Random, number: str) -> list[str]:
    """Cut the digits of a card into 2-4 parts, the last holding at least 4 digits."""
    n = len(number)
    parts = r.choice([2, 2, 3, 3, 4])
    if parts == 2:
        cut = r.choice([n // 2, 8, 6, n - 4]) if n >= 13 else n // 2
        pieces = [number[:cut], number[cut:]]
    else:
        base = fours(n) if parts == 4 else None
        if base and len(base) == 4:
            pieces = [number[sum(base[:k]) : sum(base[: k + 1])] for k in range(4)]
        else:
            a = r.randint(4, 6)
            b = r.randint(4, 6)
            pieces = [number[:a], number[a : a + b], number[a + b :]]
            if parts == 4 and len(pieces[2]) >= 8:
                c = len(pieces[2]) - 4
                pieces = [pieces[0], pieces[1], pieces[2][:c], pieces[2][c:]]
    pieces = [p for p in pieces if p]
    if len(pieces[-1]) < 4:
        pieces[-2] += pieces[-1]
        pieces.pop()
    out = []
    for p in pieces:
        if len(p) >= 8 and r.random() < 0.6:
            out.append(group(p, fours(len(p)), r.choice([" ", "-"])))
        elif len(p) > 4 and r.random() < 0.25:
            out.append(" ".join(p))
        else:
            out.append(p)
    return out


def ssn_value(r: Random) -> str:
    while True:
        area = r.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"


def format_ssn(r: Random, digits: str) -> tuple[str, str]:
    fmt = r.choices(["dash", "space", "dot", "plain", "mixed"], [10, 3, 2, 4, 1])[0]
    a, g, s = digits[:3], digits[3:5], digits[5:]
    text = {
        "dash": f"{a}-{g}-{s}",
        "space": f"{a} {g} {s}",
        "dot": f"{a}.{g}.{s}",
        "plain": digits,
        "mixed": f"{a}-{g} {s}",
    }[fmt]
    return text, fmt


DIGIT_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DIGIT_ES = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]


def digits_in_words(r: Random, digits: str, lang: str) -> str:
    words = []
    for d in digits:
        if lang == "es":
            words.append(DIGIT_ES[int(d)])
        else:
            words.append("oh" if d == "0" and r.random() < 0.5 else DIGIT_EN[int(d)])
    sep = r.choice([" ", " ", ", ", "-"]) if lang != "es" else r.choice([" ", " ", ", "])
    return sep.join(words)


def otp_value(r: Random) -> str:
    n = r.choices([4, 5, 6, 7, 8], [2, 1, 10, 1, 2])[0]
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def format_otp(r: Random, digits: str, senior: bool, lang: str) -> tuple[str, str]:
    n = len(digits)
    opts = ["plain"] * 6
    if n == 6:
        opts += ["space3", "dash3"]
    if n in (6, 8):
        opts.append("spaced")
    if senior:
        opts += ["spaced", "words", "words"]
    fmt = r.choice(opts)
    if fmt == "space3":
        return f"{digits[:3]} {digits[3:]}", fmt
    if fmt == "dash3":
        return f"{digits[:3]}-{digits[3:]}", fmt
    if fmt == "spaced":
        return " ".join(digits), fmt
    if fmt == "words":
        return digits_in_words(r, digits, lang), fmt
    return digits, fmt


def pin_value(r: Random) -> str:
    n = r.choices([4, 5, 6], [10, 1, 2])[0]
    return "".join(str(r.randint(0, 9)) for _ in range(n))


PW_WORDS = [
    "sunshine", "Marlins", "grandkids", "bluebird", "Yankees", "coffee", "Tucson", "beach",
    "Rosie", "Buster", "Orlando", "Dolphins", "Puppy", "Freedom", "Gators", "Abuela", "perrito",
    "Bendicion", "mariposa", "Borinquen", "tortuga", "Quisqueya", "cafecito", "Lupita",
    "Chispa", "Catracho", "familia", "Estrella", "Valencia", "Cangrejo", "Pachanga", "Coqui",
    "Travel", "Cancun", "Tikal", "Mango", "Jupiter", "Bakery", "Landscape", "Payroll",
]  # fmt: skip


def password_value(r: Random) -> str:
    w = r.choice(PW_WORDS)
    w2 = r.choice(PW_WORDS).lower()
    kind = r.randint(0, 7)
    if kind == 0:
        return f"{w.capitalize()}{r.randint(1950, 2026)}!"
    if kind == 1:
        return f"{w.lower()}{r.randint(10, 99)}"
    if kind == 2:
        return f"{w.capitalize()}#{r.randint(1, 9999)}"
    if kind == 3:
        return f"{w.lower()}.{w2}{r.randint(1, 99)}"
    if kind == 4:
        pool = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789!@#$%&*"
        return "".join(r.choice(pool) for _ in range(r.randint(8, 13)))
    if kind == 5:
        leet = w.lower().replace("a", "@").replace("o", "0").replace("e", "3")
        return f"{leet.capitalize()}{r.choice('!$#*')}{r.randint(1, 99)}"
    if kind == 6:
        return f"{w.capitalize()}_{w2.capitalize()}{r.randint(1, 9)}"
    return f"{w.upper()}{r.randint(100, 999)}{r.choice(['', '!', '?', '$'])}"


# --------------------------------------------------------------------------------------
# Look-alike values for clean slots
# --------------------------------------------------------------------------------------

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]  # fmt: skip
ONES_EN = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]  # fmt: skip
TENS_EN = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
UNITS_ES = ["cero", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiún", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"]  # fmt: skip
TENS_ES = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta", 8: "ochenta", 9: "noventa"}  # fmt: skip
HUND_ES = ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos"]  # fmt: skip


def en_words(n: int) -> str:
    parts = []
    if n >= 1000:
        parts.append(en_words(n // 1000) + " thousand")
        n %= 1000
    if n >= 100:
        parts.append(ONES_EN[n // 100] + " hundred")
        n %= 100
    if n >= 20:
        parts.append(TENS_EN[n // 10] + (f"-{ONES_EN[n % 10]}" if n % 10 else ""))
    elif n:
        parts.append(ONES_EN[n])
    return " ".join(parts) or "zero"


def es_words(n: int) -> str:
    parts = []
    if n >= 1000:
        th = n // 1000
        parts.append("mil" if th == 1 else es_words(th) + " mil")
        n %= 1000
    if n >= 100:
        parts.append("cien" if n == 100 else HUND_ES[n // 100])
        n %= 100
    if n:
        if n < 30:
            parts.append(UNITS_ES[n])
        else:
            t = TENS_ES[n // 10]
            parts.append(t if n % 10 == 0 else f"{t} y {UNITS_ES[n % 10]}")
    return " ".join(parts) or "cero"


def money(r: Random) -> float:
    band = r.random()
    if band < 0.35:
        return r.randint(5, 99) + r.randint(0, 99) / 100
    if band < 0.8:
        return r.randint(100, 2999) + r.choice([0, r.randint(0, 99)]) / 100
    return r.randint(3000, 48000) + r.choice([0, 0, r.randint(0, 99)]) / 100


def us_amount(r: Random) -> str:
    v = money(r)
    return r.choice(
        [f"${v:,.2f}", f"${v:,.2f}", f"${int(v):,}", f"{v:,.2f} USD", f"USD {v:,.2f}", f"${v:.2f}"]
    )


def eu_number(v: float, decimals: bool = True) -> str:
    s = f"{v:,.2f}" if decimals else f"{int(v):,}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def fx_amount(r: Random) -> str:
    v = money(r)
    kind = r.randint(0, 8)
    if kind <= 2:
        return r.choice(
            [f"{eu_number(v)} €", f"€{eu_number(v)}", f"{eu_number(v)} EUR", f"€ {eu_number(v)}"]
        )
    if kind <= 4:
        w = min(v, 900) * 18
        return r.choice(
            [f"MXN {w:,.2f}", f"${w:,.2f} MXN", f"{int(w):,} pesos mexicanos", f"MX${w:,.0f}"]
        )
    if kind == 5:
        return f"RD${v * 58:,.2f}"
    if kind == 6:
        return f"COP {eu_number(v * 3900, False)}"
    if kind == 7:
        return f"₡{eu_number(v * 510, False)}"
    return f"£{v:,.2f}"


AREAS = ["305", "786", "787", "939", "210", "718", "915", "213", "407", "956", "347", "832", "602", "305", "561", "619"]  # fmt: skip


def us_phone(r: Random) -> str:
    a = r.choice(AREAS)
    ex = r.choice(["555", str(r.randint(201, 989))])
    ln = f"{r.randint(100, 9999):04d}" if ex != "555" else f"01{r.randint(0, 99):02d}"
    return r.choice(
        [
            f"({a}) {ex}-{ln}",
            f"{a}-{ex}-{ln}",
            f"{a}.{ex}.{ln}",
            f"+1 {a} {ex} {ln}",
            f"+1-{a}-{ex}-{ln}",
            f"+1 ({a}) {ex}-{ln}",
            f"{a}{ex}{ln}",
            f"1-{a}-{ex}-{ln}",
            f"{a} {ex} {ln}",
            f"+1{a}{ex}{ln}",
        ]
    )


def tollfree(r: Random) -> str:
    p = r.choice(["800", "888", "877", "866", "855"])
    ln = f"{r.randint(100, 9999):04d}"
    ex = r.choice(["555", str(r.randint(200, 989))])
    return r.choice(
        [
            f"1-{p}-{ex}-{ln}",
            f"1 ({p}) {ex}-{ln}",
            f"{p}-{ex}-{ln}",
            f"+1 {p} {ex} {ln}",
            f"1.{p}.{ex}.{ln}",
        ]
    )


def intl_phone(r: Random) -> str:
    return r.choice(
        [
            f"+34 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
            f"+52 998 {r.randint(100, 999)} {r.randint(1000, 9999)}",
            f"+1 809 555 01{r.randint(10, 99)}",
            f"+506 8{r.randint(100, 999)} {r.randint(1000, 9999)}",
            f"+57 3{r.randint(10, 20)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
            f"+44 7700 900{r.randint(100, 999)}",
            f"+351 91{r.randint(0, 9)} {r.randint(100, 999)} {r.randint(100, 999)}",
            f"+502 5{r.randint(100, 999)} {r.randint(1000, 9999)}",
            f"+39 3{r.randint(10, 99)} {r.randint(100, 9999)}",
        ]
    )


def us_zip(r: Random) -> str:
    return r.choice(
        [
            f"00{r.randint(601, 988)}",
            f"3{r.randint(2000, 4999)}",
            f"7{r.randint(5000, 9999)}",
            f"10{r.randint(1, 499):03d}",
            f"9{r.randint(1, 999):04d}",
            f"60{r.randint(1, 699):03d}",
        ]
    )


def us_date(r: Random) -> str:
    m, d = r.randint(1, 12), r.randint(1, 28)
    y = r.choice([2025, 2026, 2026, 2026])
    return r.choice(
        [
            f"{m:02d}/{d:02d}/{y}",
            f"{m}/{d}",
            f"{m}/{d}/{str(y)[2:]}",
            f"{MONTHS_EN[m - 1]} {d}",
            f"{MONTHS_EN[m - 1][:3]} {d}, {y}",
            f"{MONTHS_EN[m - 1]} {d}th",
            f"{y}-{m:02d}-{d:02d}",
        ]
    )


def es_date(r: Random) -> str:
    m, d = r.randint(1, 12), r.randint(1, 28)
    y = r.choice([2025, 2026, 2026])
    return r.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{d} de {MONTHS_ES[m - 1]}",
            f"{d}/{m}",
            f"{d} de {MONTHS_ES[m - 1]} de {y}",
            f"{d}-{m:02d}-{y}",
        ]
    )


def clock(r: Random) -> str:
    h, mi = r.randint(1, 12), r.choice([0, 15, 30, 45, r.randint(0, 59)])
    return r.choice(
        [
            f"{h}:{mi:02d} pm",
            f"{h}:{mi:02d} AM",
            f"{h}am",
            f"{h + 11 if h < 12 else 12}:{mi:02d}",
            f"{h}:{mi:02d} ET",
            f"{h}:{mi:02d}",
        ]
    )


def masked(r: Random, last4: str) -> str:
    bin6 = r.choice(["411111", "542418", "371449", "601100", "356600", "222300", "453201"])
    return r.choice(
        [
            f"**** {last4}",
            f"XXXX-XXXX-XXXX-{last4}",
            f"•••• {last4}",
            f"x{last4}",
            f"****{last4}",
            f"XXXXXXXXXXXX{last4}",
            f"{bin6}******{last4}",
            f"**** **** **** {last4}",
            f"Card ...{last4}",
        ]
    )


def reference(r: Random) -> str:
    kind = r.randint(0, 9)
    if kind <= 3:
        return luhn_invalid(r, r.randint(13, 19))
    if kind <= 5:
        n = r.choice([16, 16, 15, 19])
        digits = luhn_invalid(r, n, r.choice(["4", "5", "3", "6"]))
        return group(digits, fours(n), r.choice([" ", "-"]))
    if kind == 6:
        return f"TXN-{r.randint(10**9, 10**10 - 1)}"
    if kind == 7:
        return f"{r.choice('ABCDEFGHJK')}{r.randint(10**7, 10**8 - 1)}{r.choice('XYZQR')}"
    return luhn_invalid(r, r.randint(13, 19), r.choice(["7", "8", "9"]))


def tracking(r: Random) -> str:
    if r.random() < 0.5:
        alnum = "".join(r.choice("ABCDEFGHJKLMNPRSTVWXY0123456789") for _ in range(6))
        return f"1Z{alnum}{r.randint(1, 99):02d}{r.randint(10**7, 10**8 - 1)}"
    n = r.choice([20, 22, 22])
    digits = r.choice(["9400", "9205", "9361", "9270"]) + "".join(
        str(r.randint(0, 9)) for _ in range(n - 4)
    )
    return digits if r.random() < 0.6 else group(digits, fours(n), " ")


def routing(r: Random) -> str:
    first = r.choice([f"{r.randint(1, 12):02d}", f"{r.randint(21, 32):02d}"])
    d = [int(c) for c in first] + [r.randint(0, 9) for _ in range(6)]
    check = (-(3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5]))) % 10
    return "".join(map(str, d)) + str(check)


EIN_PREFIXES = [12, 20, 26, 27, 30, 33, 35, 36, 38, 45, 46, 47, 52, 54, 59, 61, 65, 74, 75, 81, 82, 83, 84, 85, 86, 87, 88, 90, 91, 92, 93, 94, 98, 99]  # fmt: skip


def ein(r: Random) -> str:
    p, rest = r.choice(EIN_PREFIXES), r.randint(0, 9999999)
    return f"{p}-{rest:07d}" if r.random() < 0.8 else f"{p}{rest:07d}"


REWARD_PROGRAMS = {
    "AAdvantage": lambda r: "".join(
        r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(7)
    ),
    "MileagePlus": lambda r: f"{r.choice(['AB', 'KX', 'TQ', 'MP'])}{r.randint(100000, 999999)}",
    "SkyMiles": lambda r: f"{r.randint(10**9, 10**10 - 1)}",
    "LifeMiles": lambda r: f"{r.randint(10**10, 10**11 - 1):011d}",
    "Iberia Plus": lambda r: f"{r.randint(10**7, 10**8 - 1)}",
    "Flying Blue": lambda r: f"{r.randint(10**9, 10**10 - 1)}",
    "Bonvoy": lambda r: f"{r.randint(10**8, 10**9 - 1)}",
    "Hilton Honors": lambda r: f"{r.randint(10**8, 10**9 - 1)}",
    "World of Hyatt": lambda r: (
        f"{r.randint(100, 999)}{r.randint(100000, 999999)}{r.choice('ABCDEFGHJK')}"
    ),
    "TrueBlue": lambda r: luhn_invalid(r, 16, "3"),
}


def points(r: Random, lang: str) -> str:
    n = r.choice([r.randint(1, 99) * 500, r.randint(1000, 350000)])
    unit = (
        r.choice(["points", "points", "miles", "pts"])
        if lang != "es"
        else r.choice(["puntos", "puntos", "millas"])
    )
    num = f"{n:,}" if lang != "es" or r.random() < 0.4 else eu_number(n, False)
    return f"{num} {unit}"


FIRST_EN = ["Linda", "Robert", "Karen", "James", "Patricia", "Frank", "Donna", "Michael", "Shirley", "Kevin", "Ashley", "Tyrone", "Megan", "Harold", "Brenda", "Dorothy", "Walter", "Jessica"]  # fmt: skip
FIRST_ES = ["María", "José", "Yesenia", "Carmen", "Dolores", "Luis", "Ana", "Jorge", "Maribel", "Héctor", "Ramón", "Lourdes", "Wilfredo", "Xiomara", "Nelson", "Gladys", "Alejandro", "Iván", "Mercedes", "Yolanda"]  # fmt: skip
LAST = ["Rodríguez", "Smith", "Johnson", "Martínez", "López", "Rivera", "García", "Brown", "Pérez", "Williams", "Hernández", "Torres", "Nguyen", "Cruz", "Ortiz", "Miller", "Reyes", "Castillo"]  # fmt: skip
AGENTS = ["Kayla", "Marcus", "Andrea", "Luis", "Destiny", "Brandon", "Sofía", "Omar", "Tiffany", "Rafael", "Jasmine", "Daniela", "Chris", "Valeria"]  # fmt: skip
CITIES = ["Madrid", "Cancún", "Lisbon", "Punta Cana", "Bogotá", "Rome", "Tokyo", "San José", "Cartagena", "Paris", "Santo Domingo", "Ciudad de Guatemala", "Barcelona", "London", "Reykjavík", "Tulum", "Sevilla", "Medellín", "Antigua", "San Salvador", "Panamá", "Oaxaca"]  # fmt: skip
MERCHANTS = ["Hotel Meliá", "Ryanair", "Uber *Trip BV", "OXXO", "El Corte Inglés", "Airbnb", "Booking.com", "Marriott Cancun", "Avis Lisboa", "Iberia", "Copa Airlines", "Restaurante Botín", "Farmacia San Pablo", "Hertz PTY", "DUFRY DUTY FREE", "Cabify", "TAP Air", "Mercadona", "Renfe Viajeros", "Hotel Casa Colonial"]  # fmt: skip
BIZ = ["Rivera Landscaping LLC", "Sunrise Bakery Inc", "Taquería El Güero", "Coastal HVAC Services", "Panadería La Espiga", "Bright Smile Dental PLLC", "Ortiz Trucking LLC", "Mendez Cleaning Co", "Blue Marlin Charters", "Castillo Roofing", "La Fonda de Doña Mary", "Nguyen Nails & Spa", "Torres Auto Body", "Brown & Reyes CPA"]  # fmt: skip
EXP_TOOLS = ["Expensify", "QuickBooks", "Ramp", "Xero", "Zoho Expense", "SAP Concur", "Brex", "FreshBooks"]  # fmt: skip
STREETS_EN = ["Coral Way", "Main St", "Palm Ave", "Oak Ridge Dr", "Bayshore Blvd", "Elm St", "Sunset Rd", "W 42nd St", "Cypress Ln", "Lakeview Ter"]  # fmt: skip
CITIES_US = [("Miami", "FL"), ("Houston", "TX"), ("Orlando", "FL"), ("El Paso", "TX"), ("Bronx", "NY"), ("Phoenix", "AZ"), ("Los Angeles", "CA"), ("Chicago", "IL"), ("Hialeah", "FL"), ("San Antonio", "TX")]  # fmt: skip
CALLES_PR = ["Calle Loíza", "Calle Sol", "Ave. Ponce de León", "Calle Marginal", "Calle Las Flores", "Calle del Parque", "Calle Betances"]  # fmt: skip
PUEBLOS_PR = ["San Juan", "Bayamón", "Carolina", "Caguas", "Ponce", "Mayagüez", "Arecibo"]  # fmt: skip


def address(r: Random, lang: str) -> str:
    if lang == "es" and r.random() < 0.5:
        calle = r.choice(CALLES_PR)
        return r.choice(
            [
                f"{calle} {r.randint(1, 2500)}, {r.choice(PUEBLOS_PR)}, PR 00{r.randint(601, 988)}",
                f"Urb. Las Lomas, Calle {r.randint(1, 40)} {r.choice('ABCDEF')}-{r.randint(1, 40)}, {r.choice(PUEBLOS_PR)} PR 00{r.randint(601, 988)}",
            ]
        )
    city, st = r.choice(CITIES_US)
    unit = r.choice(
        ["", "", f" Apt {r.randint(1, 30)}{r.choice('ABCD')}", f" Unit {r.randint(100, 999)}"]
    )
    zipc = us_zip(r) if r.random() < 0.7 else f"{us_zip(r)}-{r.randint(1, 9999):04d}"
    return f"{r.randint(10, 19999)} {r.choice(STREETS_EN)}{unit}, {city} {st} {zipc}"


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# --------------------------------------------------------------------------------------
# Templates. Each pool maps a language ("en", "es", "mix") to template strings whose
# {slots} are filled from the conversation; secret slots are labelled.
# --------------------------------------------------------------------------------------

Pool = dict[str, list[str]]

OPEN: dict[str, Pool] = {
    "travel": {
        "en": [
            "Hi, my card was declined at a restaurant in {city} last night",
            "hello, I'm flying to {city} on {date} and want to add a travel notice",
            "I see a charge of {amt_fx} from {merchant} that I don't recognize",
            "Hey there. My points from the {airline_prog} transfer never showed up",
            "My card isn't working at the ATMs here in {city}, what's going on??",
            "I was charged twice by {merchant}, {amt_fx} each time. Need to dispute one",
            "Hi! Quick question about a foreign transaction fee on my statement",
            "Trying to book flight {flight} with points and the site keeps erroring out",
            "I'm stuck at the front desk of my hotel in {city} and the card got declined. Help",
            "Good evening, I lost my wallet in {city}. Can you send a card to my hotel?",
        ],
        "es": [
            "Hola, me rechazaron la tarjeta en un restaurante en {city}",
            "Buenas, viajo a {city} el {date_es} y quiero avisar del viaje",
            "Tengo un cargo de {amt_fx} de {merchant} que no reconozco",
            "hola, no me llegaron los puntos de la transferencia a {airline_prog}",
            "Oigan, la tarjeta no me funciona en los cajeros de {city}",
            "Me cobraron dos veces en {merchant}, quiero hacer una disputa",
            "Buenos días, una consulta sobre la comisión por compras en el extranjero",
            "Vale, os escribo porque me habéis bloqueado la tarjeta en {city} y estoy de viaje",
            "Buenas noches, estoy en el hotel en {city} y la tarjeta no pasa, ayúdenme por favor",
            "Se me perdió la cartera en {city}, ¿me pueden mandar una tarjeta al hotel?",
        ],
        "mix": [
            "Hi, la tarjeta me la declinaron en {city} y estoy stuck aquí",
            "hola, quiero poner un travel notice, me voy pa {city} el {date_es}",
            "Hey, hay un charge de {amt_fx} de {merchant} que yo no hice",
            "los points de {airline_prog} no me aparecen, what happened?",
            "Hello, estoy en {city} y el ATM no me da cash con la card",
        ],
    },
    "biz": {
        "en": [
            "Hi, I'm the bookkeeper for {biz}, need help with an employee card",
            "Hello, I own {biz} and want to add a card for a new employee",
            "Our expense tool stopped syncing with the business account since {date}",
            "Hi, I need to update the EIN on our business profile",
            "Can I raise the limit on {emp}'s card? They travel for jobs a lot",
            "One of my employees lost her card, it ends in {last4}",
            "Hey, I'm doing month-end for {biz} and there's a charge I can't match",
            "Good morning, how do I lock an employee card without canceling it?",
        ],
        "es": [
            "Hola, soy la contable de {biz}, necesito ayuda con la tarjeta de un empleado",
            "Buenas, soy dueño de {biz} y quiero pedir una tarjeta para un empleado nuevo",
            "La herramienta de gastos ya no se sincroniza con la cuenta del negocio",
            "Hola, necesito actualizar el EIN del negocio",
            "Quiero subir el límite de la tarjeta de {emp}, que viaja mucho por trabajo",
            "Un empleado perdió la tarjeta, la que termina en {last4}",
            "Buenas, estoy cuadrando el mes de {biz} y hay un cargo que no encuentro",
        ],
        "mix": [
            "Hi, soy el bookkeeper de {biz}, tengo un issue con una employee card",
            "Buenas, el expense tool no está syncing con la cuenta business",
            "necesito cambiar el EIN en el profile del negocio, please",
            "hello, quiero un limit increase pa la card de {emp}",
        ],
    },
    "coll": {
        "en": [
            "I got a letter saying my account is past due",
            "Hi, I lost my job last month and can't make the full payment",
            "I want to set up a payment plan for the {amt} balance",
            "Why is my minimum payment {amt} now?",
            "someone from collections called me from {phone}, is that you guys?",
            "I need a few more days to pay, my check comes on the {day}",
            "Hello, I'm in the hardship program and have a question about my next payment",
            "My husband passed in {month} and I can't keep up with the card payments",
        ],
        "es": [
            "Recibí una carta que dice que estoy atrasado en los pagos",
            "Hola, perdí el trabajo y no puedo pagar el mínimo este mes",
            "Quiero hacer un plan de pagos para el balance de {amt}",
            "Me llamaron de cobros desde el {phone}, ¿son ustedes?",
            "Necesito unos días más para pagar, me pagan el {day_es}",
            "Buenas, ando corto de pisto este mes y no voy a poder pagar completo",
            "Hola, estoy en el programa de dificultad económica y tengo una duda del pago",
        ],
        "mix": [
            "Hi, me llegó una carta de past due y no entiendo",
            "quiero hacer un payment plan porque perdí el job",
            "me están llamando de collections del {phone}, is this legit?",
            "hello, el minimum payment subió a {amt}, por qué?",
        ],
    },
    "senior": {
        "en": [
            "HELLO I NEED HELP WITH MY CARD",
            "hi this is {name} i am {age} years old and my card is not working at the pharmacy",
            "my grandson set up this chat for me I have a question about my bill",
            "Good morning. I received a phone call about my card and I am worried",
            "I cant read my statement the print is too small what is the {amt} charge",
            "hello is this the bank i need to change my pin number",
            "Hello dear. I am not good with computers. My card got stuck in the machine",
            "yes hello my daughter said to write here about the letter i got",
        ],
        "es": [
            "HOLA NECESITO AYUDA CON MI TARJETA",
            "buenas tardes mi nieta me puso este chat tengo una pregunta de mi cuenta",
            "Hola soy {name} tengo {age} años y la tarjeta no pasa en la farmacia",
            "me llamaron diciendo que eran del banco y estoy preocupada",
            "quiero cambiar el pin de la tarjeta",
            "Buenos días mijo, el cajero se tragó la tarjeta",
            "hola hola se escucha? es que estoy usando el dictado del teléfono",
        ],
        "mix": [
            "hello mija I need help con la tarjeta",
            "HOLA, MY CARD NO FUNCIONA EN EL SUPERMERCADO",
            "hi, mi nieto me dijo que escribiera aquí about my bill",
        ],
    },
}

GREET: Pool = {
    "en": [
        "Hi {name}, thanks for contacting {prog}. My name is {agent}, how can I help?",
        "Hello! You're chatting with {agent} from {prog}. I'd be glad to look into that.",
        "Thanks for reaching out, {name}. I'm {agent} and I'll be helping you today.",
        "Good {daypart}! {agent} here with {prog}. Let me pull up your account.",
        "Hi there, I'm {agent}. Sorry to hear about that, let's get it sorted out.",
        "Welcome to {prog} chat. I'm {agent}. Give me one moment to review.",
    ],
    "es": [
        "Hola {name}, gracias por comunicarse con {prog}. Le atiende {agent}, ¿en qué le puedo ayudar?",
        "¡Buenas! Soy {agent} de {prog}, con gusto le ayudo.",
        "Gracias por escribirnos, {name}. Mi nombre es {agent}, déjeme revisar su cuenta.",
        "Buenas {daypart_es}, le saluda {agent}. Lamento el inconveniente, vamos a resolverlo.",
        "Hola, te atiende {agent} de {prog}. Cuéntame qué ha pasado.",
    ],
    "mix": [
        "Hi {name}! Soy {agent} de {prog}, how can I help you hoy?",
        "Hola {name}, this is {agent}. Con gusto le ayudo.",
        "Hello, le atiende {agent}. Give me un momentito para revisar.",
    ],
}

CLEAN_C: dict[str, Pool] = {
    "travel": {
        "en": [
            "The charge is {amt_fx} on {date}, merchant shows as {merchant}",
            "I land in {city} on flight {flight} at {time}",
            "My {airline_prog} number is {acct_reward} if that helps",
            "I have {points} right now, is that enough for a round trip?",
            "the card ending in {last4} is the one I'm using",
            "Order number from the hotel is {ref}, they charged {amt_fx} instead of {amt_fx}",
            "You can reach me at {phone_intl} while I'm abroad",
            "the statement says {masked} for that purchase",
            "hotel confirmation is {conf}, stay was {date} to {date}",
            "I'm back home on {date}, billing zip is {zip}",
            "The rental company gave me a receipt with transaction id {ref}",
            "Flights are {flight} out and {flight} back, {date} - {date}",
            "My {hotel_prog} member number is {acct_reward}, the nights didn't post",
            "I only bought a coffee for {amt_fx} and then it declined at the museum",
        ],
        "es": [
            "El cargo es de {amt_fx} el {date_es}, sale como {merchant}",
            "Llego a {city} en el vuelo {flight} a las {time}",
            "Mi número de {airline_prog} es {acct_reward}",
            "Tengo {points}, ¿me alcanza para ir y volver?",
            "Es la tarjeta que termina en {last4}",
            "El número de referencia del hotel es {ref}, me cobraron {amt_fx}",
            "Me pueden llamar al {phone_intl} mientras estoy fuera",
            "En el estado de cuenta aparece {masked}",
            "La confirmación del hotel es {conf}, del {date_es} al {date_es}",
            "Vuelvo el {date_es}, el código postal de facturación es {zip}",
            "El recibo del alquiler de coche trae el número {ref}",
            "Tengo el móvil con roaming, es el {phone_intl}",
        ],
        "mix": [
            "El charge es de {amt_fx}, on {date}, sale como {merchant}",
            "la card que termina en {last4}, that's the one",
            "tengo {points} y quiero usarlos pa un flight a {city}",
            "el booking confirmation es {conf}",
            "me pueden texto al {phone_intl}, estoy con roaming",
            "el receipt dice order {ref}",
        ],
    },
    "biz": {
        "en": [
            "Our EIN is {ein}, business name {biz}",
            "{emp}'s card ends in {last4}, limit is {amt} right now",
            "we use {exp_tool} for receipts, the sync failed on {date}",
            "Invoice {invoice} for {amt} was paid from the card ending {last4}",
            "Our routing number for autopay is {routing}",
            "the business address is {addr}",
            "We spent {amt} last quarter, mostly fuel and supplies",
            "Can you send the statement to {email}?",
            "she's been on the account as an employee cardholder since {year}",
            "the ACH reference is {ref}",
            "Employee IDs in {exp_tool} are like EMP-{ssn4}, does that matter?",
            "there's a {amt} charge at {merchant} on {masked} nobody claims",
            "Tax ID {ein}, we're an LLC registered in {year}",
        ],
        "es": [
            "El EIN es {ein}, a nombre de {biz}",
            "La tarjeta de {emp} termina en {last4}, el límite es {amt}",
            "Usamos {exp_tool} para los recibos y dejó de sincronizar el {date_es}",
            "La factura {invoice} por {amt} se pagó con la tarjeta que termina en {last4}",
            "El número de ruta para el pago automático es {routing}",
            "La dirección del negocio es {addr}",
            "Manden el estado de cuenta a {email}, por favor",
            "Gastamos {amt} el trimestre pasado, casi todo en gasolina",
            "Hay un cargo de {amt} en {masked} que nadie reconoce",
            "El número de identificación patronal es {ein}",
        ],
        "mix": [
            "el EIN es {ein}, el business name es {biz}",
            "la card de {emp} ends in {last4}",
            "el expense tool ({exp_tool}) no hace sync desde el {date_es}",
            "el invoice {invoice} por {amt} se pagó con la card {masked}",
            "mándame el statement a {email} please",
        ],
    },
    "coll": {
        "en": [
            "I can pay {amt} now and {amt} on the {day}",
            "My balance says {amt} but I paid {amt} on {date}",
            "My income is about {amt} a month right now",
            "The letter has reference {ref} at the top",
            "You can call me at {phone} after {time}",
            "I can do autopay from checking, routing {routing}",
            "the account ending in {last4} is the one past due",
            "My case number from last time is {case}",
            "is the {pct} interest going to keep going up?",
            "I get unemployment, {amt} every two weeks",
            "the letter came to {addr} but I moved",
            "I already paid {amt} by phone, confirmation {conf}",
        ],
        "es": [
            "Puedo pagar {amt} ahora y {amt} el {day_es}",
            "El balance dice {amt} pero pagué {amt} el {date_es}",
            "Ahora mismo gano como {amt} al mes",
            "La carta tiene la referencia {ref} arriba",
            "Me pueden llamar al {phone} después de las {time}",
            "El número de caso de la otra vez es {case}",
            "¿Me van a seguir subiendo el interés del {pct}?",
            "Ya pagué {amt} por teléfono, la confirmación es {conf}",
            "La carta llegó a {addr} pero ya no vivo ahí",
        ],
        "mix": [
            "puedo pagar {amt} now y el resto el {day_es}",
            "el balance dice {amt} pero yo hice un payment de {amt}",
            "la carta tiene un reference number, {ref}",
            "llámame al {phone} after work please",
        ],
    },
    "senior": {
        "en": [
            "MY BILL SAYS {amt} BUT I ONLY BOUGHT GROCERIES",
            "i was born in {year} so i dont do the computer much",
            "my phone number is {phone} call me there please",
            "the card ends in {last4} its the blue one",
            "i live at {addr}",
            "my daughter sent a package tracking {tracking} is that related",
            "I owe {amt_words} is that right",
            "it says {masked} on the paper",
            "the letter says to call {tollfree} but nobody answers",
            "I paid {amt_words} at the bank on {date}",
            "my zip code is {zip} if you need it",
        ],
        "es": [
            "LA CUENTA DICE {amt} PERO SOLO COMPRÉ COMIDA",
            "nací en {year} y no sé mucho de computadoras",
            "mi teléfono es {phone} llámenme ahí",
            "la tarjeta termina en {last4} la azul",
            "vivo en {addr}",
            "debo {amt_words_es} verdad",
            "en el papel dice {masked}",
            "pagué {amt_words_es} en el banco el {date_es}",
            "el número del paquete es {tracking} es de ustedes",
        ],
        "mix": [
            "MY BILL dice {amt}, no entiendo",
            "el phone es {phone}, llámame please",
            "I owe {amt_words} o {amt}? no sé",
        ],
    },
}

CLEAN_A: dict[str, Pool] = {
    "travel": {
        "en": [
            "I see the {amt_fx} charge from {merchant} posted on {date}. I've opened dispute {case}.",
            "Your travel notice for {city} is set from {date} to {date}.",
            "Your balance is {points}; transfers to {airline_prog} can take up to 5 business days.",
            "The decline was our fraud filter. I've cleared it, please try the card ending in {last4} again.",
            "A replacement card will ship to {addr} by UPS, tracking {tracking}.",
            "This card has no foreign transaction fee; the extra on the {amt_fx} charge was the merchant's currency conversion.",
            "Reference number for today's chat: {ref}.",
            "Award seats on {flight} show from {points} each way.",
            "I've credited {amt} back while the dispute is reviewed, case {case}.",
            "We can send an emergency card to your hotel in {city}; it usually arrives in 2 business days.",
        ],
        "es": [
            "Veo el cargo de {amt_fx} de {merchant} del {date_es}. Abrí la disputa {case}.",
            "Su aviso de viaje para {city} queda del {date_es} al {date_es}.",
            "Tiene {points}; la transferencia a {airline_prog} tarda hasta 5 días hábiles.",
            "El rechazo fue por nuestro filtro de fraude. Ya lo liberé, intente otra vez con la tarjeta terminada en {last4}.",
            "La tarjeta nueva se envía a {addr}, número de rastreo {tracking}.",
            "Su número de referencia de hoy es {ref}.",
            "Le acredité {amt} de forma provisional mientras se revisa el caso {case}.",
            "Te podemos enviar una tarjeta de emergencia al hotel en {city}, tarda unos 2 días hábiles.",
        ],
        "mix": [
            "Ok, veo el charge de {amt_fx} de {merchant}. Ya abrí el dispute {case}.",
            "Listo, el travel notice para {city} está activo hasta el {date_es}.",
            "Tus points son {points}, el transfer tarda unos 5 días.",
        ],
    },
    "biz": {
        "en": [
            "I've added {emp} as an employee cardholder; the card will arrive at {addr} in 7-10 business days.",
            "The EIN on file is {ein}. I can update it once we receive the IRS letter.",
            "The sync error on {date} was on our side; reconnect {exp_tool} from Settings > Integrations.",
            "The new limit for the card ending in {last4} is {amt}.",
            "Autopay is set from routing {routing}, checking account ending {last4}.",
            "The {month} statement shows {amt} in employee spend.",
            "I've locked the card {masked}. You can unlock it anytime in the business portal.",
            "The charge at {merchant} for {amt} was made on {date} with the card ending {last4}.",
        ],
        "es": [
            "Agregué a {emp} como empleado con tarjeta; le llega a {addr} en 7 a 10 días hábiles.",
            "El EIN que tenemos es {ein}. Lo actualizo cuando recibamos la carta del IRS.",
            "El error de sincronización del {date_es} fue nuestro; vuelva a conectar {exp_tool} en Ajustes > Integraciones.",
            "El nuevo límite de la tarjeta terminada en {last4} es {amt}.",
            "Bloqueé la tarjeta {masked}; la puede desbloquear en el portal de negocio.",
            "El cargo en {merchant} por {amt} se hizo el {date_es} con la tarjeta que termina en {last4}.",
        ],
        "mix": [
            "Ya le puse el limit de {amt} a la card ending {last4}.",
            "El EIN on file es {ein}, ok?",
            "Reconecta {exp_tool} en Settings > Integrations y debe hacer sync.",
        ],
    },
    "coll": {
        "en": [
            "I can set up a plan of {amt} per month starting {date}, for 6 months.",
            "Your past due amount is {amt} and the minimum due on {date} is {amt}.",
            "Our hardship program can lower the APR to {pct} for 12 months.",
            "That number is ours; our collections line is {tollfree}.",
            "Your payment confirmation number is {conf}.",
            "I've noted case {case}; you'll get a letter at {addr}.",
            "I've waived the {amt} late fee this one time.",
            "Your next payment of {amt} is due {date}; you can pay by phone at {tollfree}.",
        ],
        "es": [
            "Le puedo hacer un plan de {amt} al mes desde el {date_es}, por 6 meses.",
            "Su monto vencido es {amt} y el mínimo del {date_es} es {amt}.",
            "El programa de dificultad económica le baja la tasa a {pct} por 12 meses.",
            "Ese número sí es nuestro; la línea de cobros es {tollfree}.",
            "Su número de confirmación del pago es {conf}.",
            "Le eliminé el cargo por pago tardío de {amt} por esta vez.",
            "Anoté el caso {case}; le llegará una carta a {addr}.",
        ],
        "mix": [
            "Ok, te puedo hacer un payment plan de {amt} al mes starting el {date_es}.",
            "Tu confirmation number es {conf}.",
            "Sí, ese phone es nuestro, collections es el {tollfree}.",
        ],
    },
    "senior": {
        "en": [
            "I see a charge of {amt} at {merchant} on {date}. Does that look familiar?",
            "Your card ending in {last4} is active; the pharmacy decline was a system hiccup.",
            "I'll mail a large-print statement to {addr}.",
            "You can also call us at {tollfree}, we're open until {time}.",
            "No problem at all, take your time. I'm right here.",
            "Your balance today is {amt} and the payment is due {date}.",
        ],
        "es": [
            "Veo un cargo de {amt} en {merchant} el {date_es}. ¿Le suena?",
            "Su tarjeta terminada en {last4} está activa; lo de la farmacia fue una falla del sistema.",
            "Le envío un estado de cuenta en letra grande a {addr}.",
            "También nos puede llamar al {tollfree}, estamos hasta las {time}.",
            "No se preocupe, tómese su tiempo, aquí estoy.",
        ],
        "mix": [
            "No worries, tómese su tiempo.",
            "Su card ending {last4} está activa, try again please.",
        ],
    },
}

# Customers talking about a secret without giving a value.
TALK: Pool = {
    "en": [
        "should I send my SSN here?",
        "I forgot my PIN, how do I get a new one?",
        "I never got the code, can you resend it?",
        "what's a CVV? is it the number on the back?",
        "my password isn't working, it says locked",
        "do you need my social security number for the hardship thing?",
        "the text with the verification code never came",
        "I don't remember my online banking password",
        "is it safe to type my card number in this chat?",
        "I wrote my PIN down somewhere but I can't find it",
        "the app keeps asking for a 6 digit code but nothing arrives",
        "my employee says her PIN doesn't work at the gas pump",
        "do I put the 3 numbers from the back or the 4 on the front for amex?",
        "I changed my password yesterday and now it says wrong password",
    ],
    "es": [
        "¿le mando mi seguro social por aquí?",
        "se me olvidó el PIN, ¿cómo saco uno nuevo?",
        "nunca me llegó el código",
        "¿qué es el código de seguridad? ¿el de atrás?",
        "la contraseña no me funciona, dice bloqueada",
        "no me acuerdo de la clave del cajero",
        "¿es seguro escribir el número de la tarjeta aquí?",
        "¿necesitan mi número de seguro social para el plan?",
        "el código de verificación no me llega al móvil",
        "cambié la contraseña ayer y ahora no entra",
        "¿el NIP es el mismo que el de la tarjeta vieja?",
    ],
    "mix": [
        "should I mandar mi social por aquí?",
        "se me olvidó el PIN, how do I reset it?",
        "el code nunca llegó al phone",
        "mi password no funciona, dice locked",
        "es safe poner el card number aquí?",
    ],
}

# Legitimate agent asks and the customers' clean answers, by what they ask for.
LEGIT_ASK: dict[str, Pool] = {
    "last4": {
        "en": [
            "Can you confirm the last four digits of the card?",
            "Which card is it? Just the last 4, please.",
            "Please send only the last 4 digits, not the full number.",
            "What are the last four on the card you used in {city}?",
        ],
        "es": [
            "¿Me confirma los últimos cuatro dígitos de la tarjeta?",
            "¿Cuáles son los últimos 4 de la tarjeta? No necesito el número completo.",
            "Solo los últimos cuatro, por favor, no me envíe el número entero.",
        ],
        "mix": ["Me das los last four de la card?", "Which card? solo los últimos 4 please"],
    },
    "zip": {
        "en": ["What's the billing ZIP code on the account?", "Can you confirm your billing zip?"],
        "es": [
            "¿Cuál es el código postal de facturación?",
            "¿Me confirma el zip code de la cuenta?",
        ],
        "mix": ["Cuál es tu billing ZIP?"],
    },
    "dob": {
        "en": [
            "For verification, what is your date of birth?",
            "Can I get your date of birth to verify you?",
        ],
        "es": [
            "¿Me indica su fecha de nacimiento para verificar?",
            "Para validar, ¿su fecha de nacimiento?",
        ],
        "mix": ["Me confirmas tu date of birth?"],
    },
    "address": {
        "en": [
            "Can you confirm the mailing address on file?",
            "Where should we mail the replacement card?",
        ],
        "es": [
            "¿Me confirma la dirección postal que tenemos?",
            "¿A qué dirección le enviamos la tarjeta nueva?",
        ],
        "mix": ["Cuál es el address para mandar la card nueva?"],
    },
    "email": {
        "en": ["What email should we send the confirmation to?"],
        "es": ["¿A qué correo le mando la confirmación?"],
        "mix": ["A qué email te mando la confirmation?"],
    },
    "phone": {
        "en": [
            "What's the best phone number to reach you?",
            "Is there a number where we can call you while you travel?",
        ],
        "es": [
            "¿A qué número le podemos llamar?",
            "¿Tiene un teléfono donde localizarle durante el viaje?",
        ],
        "mix": ["Cuál es el best number para llamarte?"],
    },
    "expiry": {
        "en": [
            "What's the expiration date on the card? Only the expiration, please.",
            "Can you confirm the expiry month and year? No need for the security code.",
        ],
        "es": [
            "¿Me da la fecha de vencimiento de la tarjeta? Solo la fecha.",
            "¿Cuál es el mes y año de vencimiento? No necesito el código de seguridad.",
        ],
        "mix": ["Me das la expiration date? solo mes y año"],
    },
    "ein": {
        "en": [
            "Can you confirm the business EIN?",
            "What's the federal tax ID (EIN) for the business?",
        ],
        "es": [
            "¿Me confirma el EIN del negocio?",
            "¿Cuál es el número de identificación patronal (EIN)?",
        ],
        "mix": ["Me das el EIN del business?"],
    },
    "bizname": {
        "en": ["What's the legal name of the business as registered?"],
        "es": ["¿Cuál es el nombre legal del negocio?"],
        "mix": ["Cuál es el legal name del negocio?"],
    },
    "ssn_last4": {
        "en": [
            "Please confirm the last 4 of your Social Security number.",
            "Can you give me just the last four of your SSN?",
        ],
        "es": [
            "¿Me confirma los últimos 4 del seguro social?",
            "Solo los últimos cuatro del seguro social, por favor.",
        ],
        "mix": ["Me das los last 4 del social?"],
    },
    "merchant": {
        "en": [
            "What was the merchant name and the amount on the charge?",
            "Do you remember the date and amount of the purchase?",
        ],
        "es": [
            "¿Cuál fue el comercio y el monto del cargo?",
            "¿Recuerda la fecha y el monto de la compra?",
        ],
        "mix": ["Cuál fue el merchant y el amount?"],
    },
    "trip": {
        "en": ["Which countries will you visit, and what are the travel dates?"],
        "es": ["¿A qué países viaja y en qué fechas?"],
        "mix": ["A qué países vas y qué fechas?"],
    },
}

LEGIT_ANS: dict[str, Pool] = {
    "last4": {
        "en": [
            "it ends in {last4}",
            "{last4}",
            "last 4 are {last4}",
            "the one ending {last4}",
            "{masked}",
        ],
        "es": [
            "termina en {last4}",
            "{last4}",
            "los últimos cuatro son {last4}",
            "la que acaba en {last4}",
        ],
        "mix": ["ends in {last4}", "termina en {last4}"],
    },
    "zip": {
        "en": ["{zip}", "zip is {zip4}", "{zip} I think"],
        "es": ["el código postal es {zip}", "{zip4}"],
        "mix": ["el zip es {zip}"],
    },
    "dob": {
        "en": ["{dob}", "born {dob}"],
        "es": ["nací el {dob_es}", "{dob_es}"],
        "mix": ["mi birthday es {dob}"],
    },
    "address": {"en": ["{addr}"], "es": ["{addr}"], "mix": ["{addr}"]},
    "email": {"en": ["{email}"], "es": ["{email}"], "mix": ["{email}"]},
    "phone": {
        "en": ["{phone}", "my cell {phone}", "{phone_intl} while I'm away"],
        "es": ["mi cel es {phone}", "{phone_intl}"],
        "mix": ["mi cell es {phone}"],
    },
    "expiry": {
        "en": ["expires {exp}", "{exp}", "exp date {exp}"],
        "es": ["vence {exp}", "{exp}", "vencimiento {exp}"],
        "mix": ["expira {exp}"],
    },
    "ein": {
        "en": ["EIN {ein}", "it's {ein}", "{ein}"],
        "es": ["es {ein}", "el EIN es {ein}"],
        "mix": ["el EIN es {ein}"],
    },
    "bizname": {"en": ["{biz}", "legally it's {biz}"], "es": ["{biz}"], "mix": ["{biz}"]},
    "ssn_last4": {
        "en": ["last 4 are {ssn4}", "{ssn4}"],
        "es": ["los últimos 4 son {ssn4}", "{ssn4}"],
        "mix": ["los last 4 son {ssn4}"],
    },
    "merchant": {
        "en": ["{merchant}, {amt_fx}, around {date}", "it was {amt} at {merchant}"],
        "es": ["{merchant}, {amt_fx}, como el {date_es}", "fue de {amt} en {merchant}"],
        "mix": ["{merchant}, como {amt_fx}"],
    },
    "trip": {
        "en": [
            "{city} from {date} to {date}, then home",
            "Spain and Portugal, {date} through {date}",
        ],
        "es": [
            "{city} del {date_es} al {date_es}",
            "España y Portugal, del {date_es} al {date_es}",
        ],
        "mix": ["{city}, from {date_es} hasta {date_es}"],
    },
}

WARN: Pool = {
    "en": [
        "Just so you know, we will never ask for your PIN, password or security code in chat.",
        "Please don't share your full card number here; the last four is all I need.",
        "For your safety, never give a one-time code to anyone who calls you, even if they say they're from {bank}.",
        "If someone asks for your Social Security number by text, it isn't us.",
        "I'm sending a verification code to the phone ending in {last4p}. Enter it in the app; you don't need to tell me.",
        "You'll choose your new PIN at any {bank} ATM or in the app. I can't see or set it.",
        "Our agents can't see your password, so I can't tell you what it is.",
        "Reminder: the 3-digit code on the back should only be typed on the merchant's checkout page.",
        "Per policy I have to read this: {bank} will never ask you to read back a verification code.",
        "We don't need your SSN for the payment plan; your account number is enough.",
        "Please never email your card number, CVV or PIN to anyone, including your bookkeeper.",
        "If a caller asks for your PIN, hang up and call the number on the back of your card.",
    ],
    "es": [
        "Le recuerdo que nunca le pediremos su PIN, contraseña ni código de seguridad por chat.",
        "Por favor no escriba el número completo de la tarjeta aquí; con los últimos cuatro basta.",
        "Nunca le dé el código de verificación a nadie que le llame, aunque diga que es de {bank}.",
        "Si alguien le pide su número de seguro social por mensaje de texto, no somos nosotros.",
        "Le envié un código al teléfono que termina en {last4p}; ingréselo en la app, no me lo diga a mí.",
        "El nuevo PIN lo elige usted en cualquier cajero {bank} o en la app.",
        "Nosotros no vemos su contraseña, no se la puedo decir.",
        "Para el plan de pagos no necesitamos su seguro social.",
        "Si le llaman pidiendo su NIP, cuelgue y llame al número de atrás de la tarjeta.",
    ],
    "mix": [
        "Remember, nunca te vamos a pedir el PIN ni el password por chat.",
        "Please no me mandes el número completo de la tarjeta, solo los last four.",
        "Te mandé un code al phone ending {last4p}, ponlo en la app, no me lo digas a mí.",
        "Ojo: {bank} never te va a pedir el código de verificación.",
    ],
}

RESET: Pool = {
    "en": [
        "You can reset your password yourself at altura.com/reset; it will ask for your username and send a code.",
        "Tap 'Forgot password' in the app and follow the steps. I can't do it for you.",
        "To change your PIN, go to Card Settings > Change PIN in the app.",
        "I've unlocked the login. Please create a new password yourself the next time you sign in.",
        "I've requested a new code to your phone on file. Type it only in the app.",
        "For the expense tool, ask your admin to reset the integration password in {exp_tool}.",
    ],
    "es": [
        "Puede restablecer su contraseña en altura.com/reset; le pedirá su usuario y le enviará un código.",
        "Toque 'Olvidé mi contraseña' en la app y siga los pasos.",
        "Para cambiar el PIN, vaya a Ajustes de tarjeta > Cambiar PIN en la app.",
        "Ya desbloqueé el acceso. Cree una contraseña nueva usted mismo al entrar.",
        "Le pedí un código nuevo a su teléfono registrado. Escríbalo solo en la app.",
    ],
    "mix": [
        "Puedes hacer reset del password en la app, en 'Forgot password'.",
        "Para cambiar el PIN ve a Card Settings > Change PIN en el app.",
    ],
}

# Forbidden asks: typeset -> pool. Typesets are "+"-joined type keys.
ASK: dict[str, Pool] = {
    "CC": {
        "en": [
            "Can you type the full card number so I can verify it?",
            "I'll need the complete card number to continue.",
            "what's the long number on the front of your card?",
            "To process the dispute please provide the full card number.",
            "Please send the card number, all of it, not just the last four.",
            "Could you read me the 16 digits on the card?",
            "ok, and which card was it? send me the whole number",
        ],
        "es": [
            "¿Me puede escribir el número completo de la tarjeta?",
            "Necesito los 16 dígitos de la tarjeta para continuar.",
            "¿Cuál es el número largo que está al frente de la tarjeta?",
            "Para la disputa, envíeme el número de tarjeta completo por favor.",
            "Pásame el número de la tarjeta entero, no solo los últimos cuatro.",
        ],
        "mix": [
            "Me puedes dar el full card number para verificar?",
            "Necesito el card number completo, all 16 digits.",
            "Ok, mándame el número de la card, completo please",
        ],
    },
    "CVV": {
        "en": [
            "And the 3 digits on the back?",
            "What's the CVV on that card?",
            "what are the numbers on the back by the signature?",
            "Please also include the security code.",
            "Since it's an Amex, can you read the 4 digits printed on the front?",
            "I just need the CVC to finish verifying.",
        ],
        "es": [
            "¿Y los tres números de atrás?",
            "¿Cuál es el código de seguridad de la tarjeta?",
            "Dígame el CVV por favor.",
            "¿Me lee los números que están atrás, al lado de la firma?",
        ],
        "mix": ["Y el CVV? los 3 numeritos de atrás", "Me das el security code de atrás?"],
    },
    "CC+CVV": {
        "en": [
            "Please confirm the card number, expiration date and the CVV.",
            "I need: 1) full card number 2) expiry 3) security code",
            "To reissue, send me the full number plus the three digit code on the back.",
            "Type the card number and the code on the back and I'll push the payment through.",
            "Card number and CVV please, then I can add it to the expense tool for you.",
        ],
        "es": [
            "Confírmeme el número de la tarjeta, la fecha de vencimiento y el código de seguridad.",
            "Necesito: número completo, vencimiento y CVV.",
            "Envíeme el número de la tarjeta y los tres dígitos de atrás para procesar el pago.",
        ],
        "mix": [
            "Mándame el card number, la expiration y el CVV please",
            "Necesito el número de la card y el code de atrás",
        ],
    },
    "SSN": {
        "en": [
            "To verify your identity, I'll need your full Social Security number.",
            "Can you provide your SSN so I can file the hardship application?",
            "what's your social? all nine digits",
            "For the personal guarantee I need the owner's full SSN.",
        ],
        "es": [
            "Para verificar su identidad necesito su número de seguro social completo.",
            "¿Me da su seguro social para la solicitud?",
            "Necesito los nueve dígitos del seguro social del dueño.",
        ],
        "mix": [
            "Necesito tu social security number completo pa verificar.",
            "Me das tu SSN, los 9 dígitos?",
        ],
    },
    "OTP": {
        "en": [
            "I just sent you a code, can you read it back to me?",
            "What's the 6-digit code you received?",
            "Please tell me the verification code from the text.",
            "You should have gotten a text from us. What does the code say?",
        ],
        "es": [
            "Le acabo de mandar un código, ¿me lo puede leer?",
            "¿Cuál es el código de 6 dígitos que le llegó?",
            "Dígame el código de verificación del mensaje, por favor.",
        ],
        "mix": [
            "Te llegó un code por text, me lo dices?",
            "Cuál es el código que te llegó al phone?",
        ],
    },
    "PIN": {
        "en": [
            "What's your current PIN so I can reset it?",
            "Please confirm your 4 digit PIN.",
            "what do you punch in at the ATM?",
            "I'll need the employee's PIN to unlock the card.",
        ],
        "es": [
            "¿Cuál es su PIN actual para poder cambiarlo?",
            "Confírmeme su NIP de 4 dígitos.",
            "¿Qué clave marca en el cajero?",
        ],
        "mix": ["Cuál es tu PIN? lo necesito para el reset", "Dime el PIN que usas en el ATM"],
    },
    "PW": {
        "en": [
            "Can you give me your online banking password so I can check the lock?",
            "What password do you use to log in?",
            "Send me the password for the expense portal and I'll fix the sync.",
        ],
        "es": [
            "¿Me da su contraseña de la banca en línea para revisar el bloqueo?",
            "¿Cuál es la clave de acceso de su usuario?",
        ],
        "mix": [
            "Dame tu password del app y yo lo arreglo",
            "Cuál es el password que usas pa entrar?",
        ],
    },
    "CC+PIN+OTP": {
        "en": [
            "To unlock everything I need your card number, your PIN and the code we just texted you."
        ],
        "es": [
            "Para desbloquear necesito el número de tarjeta, su PIN y el código que le mandamos."
        ],
        "mix": ["Pa desbloquear necesito el card number, el PIN y el code del text."],
    },
    "SSN+PW": {
        "en": ["Please confirm your full SSN and your online password so I can restore access."],
        "es": ["Confírmeme su seguro social completo y su contraseña para restablecer el acceso."],
        "mix": ["Confírmame el SSN completo y tu password pa restaurar el access."],
    },
    "CC+SSN": {
        "en": [
            "For the hardship form I need the full card number and your Social Security number."
        ],
        "es": ["Para el formulario necesito el número completo de la tarjeta y su seguro social."],
        "mix": ["Pa la hardship application necesito el card number y tu social."],
    },
}

# Mid-paragraph forbidden asks; the typeset is the first element.
ASK_LONG: list[tuple[str, str, str]] = [
    (
        "CC+CVV",
        "en",
        "Thanks for waiting. I've reviewed the {amt_fx} charge and it does look like a duplicate. To move it to the disputes team I'll need you to type your full card number and the CVV here, then I can submit it before {time}. You'll get a letter at your address on file.",
    ),
    (
        "OTP",
        "en",
        "Ok so the account is showing a hold from the fraud system after the purchase in {city}. I'm going to send a text now. When it arrives just read me the code in it and I will release the hold, it should take two minutes.",
    ),
    (
        "SSN",
        "en",
        "I understand, and I'm sorry about your job. The hardship program can lower your payment to about {amt}. I just need your full social security number to submit the application, and then we'll mail the terms to {addr}.",
    ),
    (
        "PIN",
        "en",
        "The card is locked after three wrong tries at the ATM. I can unlock it from here, I only need you to confirm the PIN you were entering, then wait 10 minutes and try again.",
    ),
    (
        "PW",
        "en",
        "The {exp_tool} connection uses your admin login. If you give me the password for that login I can reconnect it for you from our side and the {month} transactions will sync.",
    ),
    (
        "CC+CVV",
        "es",
        "Gracias por esperar. Revisé el cargo de {amt_fx} y parece duplicado. Para pasarlo al equipo de disputas necesito que me escriba el número completo de la tarjeta y el código de seguridad, y lo envío hoy mismo.",
    ),
    (
        "OTP",
        "es",
        "Su cuenta tiene un bloqueo preventivo por la compra en {city}. Le voy a mandar un mensaje de texto; cuando le llegue, dígame el código y quito el bloqueo enseguida.",
    ),
    (
        "SSN",
        "es",
        "Entiendo su situación. Con el programa de dificultad el pago quedaría en unos {amt} al mes. Solo necesito su número de seguro social completo para enviar la solicitud.",
    ),
    (
        "PIN",
        "es",
        "La tarjeta se bloqueó por intentos fallidos en el cajero. La puedo desbloquear desde aquí, solo confírmeme el PIN que estaba marcando.",
    ),
    (
        "CC+CVV",
        "mix",
        "Ok, ya vi el charge de {amt_fx}. Pa mandarlo a disputes necesito el card number completo y el CVV, y lo someto hoy.",
    ),
    (
        "OTP",
        "mix",
        "Tu cuenta tiene un hold por la compra en {city}. Te mando un text ahora, just read me el código y te quito el hold.",
    ),
]

PHISH: list[tuple[str, str, str]] = [
    (
        "CC+CVV",
        "en",
        "This is the {bank} Fraud Department. Your card was used for {amt} in {city}. To cancel it reply with the full card number and CVV.",
    ),
    (
        "SSN+PW",
        "en",
        "URGENT: your account will be closed today. Verify your SSN and online password now.",
    ),
    (
        "OTP",
        "en",
        "hi this is {bank} security, we sent you a code to stop the transfer, read it to me now please",
    ),
    ("PIN", "en", "We need your PIN to unblock your card, otherwise it stays frozen."),
    (
        "CC+PIN+SSN",
        "en",
        "Final notice from {bank} collections: to avoid legal action confirm your card number, PIN and social security number.",
    ),
    (
        "OTP",
        "en",
        "Hello from {bank} Rewards! You won {points}. To claim them tell us the 6 digit code we just sent.",
    ),
    (
        "CC+CVV",
        "en",
        "{bank} Business Security: an employee card was compromised. Reply with the card number, expiry and 3 digit code to reissue it.",
    ),
    (
        "OTP",
        "es",
        "Le habla el departamento de fraude de {bank}. Para cancelar el cargo de {amt} necesito el código que le llegó por SMS.",
    ),
    (
        "CC+CVV",
        "es",
        "URGENTE: su cuenta será suspendida. Confirme su número de tarjeta, fecha de vencimiento y código de seguridad.",
    ),
    ("PIN", "es", "Para desbloquear su tarjeta necesitamos su clave del cajero."),
    (
        "SSN+PW",
        "es",
        "Somos de {bank}, verifique su seguro social y su contraseña para evitar el cierre de la cuenta.",
    ),
    (
        "CC+PIN",
        "es",
        "Señora, somos del banco, su tarjeta fue clonada. Deme el número de la tarjeta y el NIP para cancelarla ahorita.",
    ),
    (
        "OTP",
        "mix",
        "Hola, somos del fraud department de {bank}. Mándame el code que te llegó, it's urgent.",
    ),
    (
        "CC+PIN",
        "mix",
        "Your tarjeta está bloqueada. Para activarla, dame el número completo y el PIN.",
    ),
    (
        "SSN",
        "mix",
        "Hi, soy de {bank} collections. Para parar la demanda necesito tu social completo today.",
    ),
]

PUSH: dict[str, Pool] = {
    "OTP": {
        "en": [
            "I need it right now or the charge goes through. Just the code.",
            "ma'am the code expires in a minute, please read it",
        ],
        "es": [
            "Lo necesito ya o se aprueba el cargo. Solo el código.",
            "El código vence en un minuto, léamelo por favor",
        ],
        "mix": ["Quick, el code expira en un minute, dímelo"],
    },
    "CVV": {
        "en": [
            "Sir, this is the only way to stop it. Type the numbers on the back.",
            "just the three digits on the back and we're done",
        ],
        "es": [
            "Es la única forma de pararlo. Escriba los números de atrás.",
            "solo los tres de atrás y terminamos",
        ],
        "mix": ["Solo los 3 digits de atrás y ya"],
    },
    "PIN": {
        "en": [
            "I can't help you until you confirm the PIN.",
            "It's just a formality, what's the PIN?",
        ],
        "es": [
            "No le puedo ayudar hasta que me confirme el PIN.",
            "Es solo un trámite, ¿cuál es el NIP?",
        ],
        "mix": ["Es solo formality, cuál es el PIN?"],
    },
    "CC": {
        "en": [
            "Please, the whole card number, or we can't cancel the charge.",
            "I still need the card number, the long one",
        ],
        "es": [
            "El número completo de la tarjeta, o no podemos cancelar el cargo.",
            "Todavía necesito el número largo de la tarjeta",
        ],
        "mix": ["Todavía necesito el card number, the long one"],
    },
    "SSN": {
        "en": ["Without the SSN the account gets closed today."],
        "es": ["Sin el seguro social la cuenta se cierra hoy."],
        "mix": ["Sin el SSN la cuenta se cierra today."],
    },
    "PW": {
        "en": ["just send the password and I'll take care of everything"],
        "es": ["mándeme la contraseña y yo me encargo de todo"],
        "mix": ["mándame el password y yo lo fix"],
    },
}

# Customers giving a secret after an ask (or on their own), per type.
GIVE: dict[str, Pool] = {
    "CC": {
        "en": [
            "ok it's {card}",
            "{card}",
            "sure, {card}",
            "card number {card}",
            "here: {card}",
            "It's {card} I think",
            "{card} thats the whole thing",
            "the number on the front is {card}",
            "ok hold on... {card}",
        ],
        "es": [
            "es {card}",
            "{card}",
            "claro, {card}",
            "el número es {card}",
            "aquí va: {card}",
            "a ver... {card}",
            "la tarjeta es la {card}",
            "vale, {card}",
        ],
        "mix": ["ok, es {card}", "the number es {card}", "{card}, that's it"],
    },
    "CVV": {
        "en": [
            "cvv {cvv}",
            "the back says {cvv}",
            "{cvv}",
            "security code is {cvv}",
            "3 digits on back: {cvv}",
            "CVC is {cvv}",
        ],
        "es": [
            "el código de seguridad es {cvv}",
            "atrás dice {cvv}",
            "cvv {cvv}",
            "los de atrás: {cvv}",
            "{cvv}",
        ],
        "mix": ["el CVV es {cvv}", "security code {cvv}"],
    },
    "CID": {
        "en": [
            "the 4 on the front are {cvv}",
            "CID {cvv}",
            "the little numbers above the long one say {cvv}",
        ],
        "es": ["los 4 de adelante son {cvv}", "el CID es {cvv}"],
        "mix": ["los 4 del front son {cvv}"],
    },
    "SSN": {
        "en": [
            "my social is {ssn}",
            "SSN: {ssn}",
            "{ssn}",
            "ok my social security number is {ssn}",
            "ssn {ssn} dob {dob}",
            "social {ssn}",
        ],
        "es": [
            "mi seguro social es {ssn}",
            "seguro social: {ssn}",
            "el social es {ssn}",
            "es el {ssn}",
            "mi número de seguro social es el {ssn}",
        ],
        "mix": ["mi social es {ssn}", "SSN {ssn}, ok?", "el social security es {ssn}"],
    },
    "OTP": {
        "en": [
            "the code is {otp}",
            "{otp}",
            "it says {otp}",
            "code: {otp}",
            "I got {otp}",
            "ok the text says {otp}",
        ],
        "es": [
            "el código es {otp}",
            "{otp}",
            "me llegó el {otp}",
            "dice {otp}",
            "el código que me llegó es {otp}",
        ],
        "mix": ["el code es {otp}", "me llegó {otp}", "the code dice {otp}"],
    },
    "PIN": {
        "en": [
            "my pin is {pin}",
            "PIN {pin}",
            "it's {pin}, same as always",
            "{pin}",
            "pin number {pin}",
        ],
        "es": [
            "mi PIN es {pin}",
            "el NIP es {pin}",
            "la clave del cajero es {pin}",
            "es {pin}",
            "mi clave es {pin}",
        ],
        "mix": ["el PIN es {pin}", "my PIN es {pin}"],
    },
    "PW": {
        "en": [
            "my password is {pw}",
            "pw: {pw}",
            "password {pw}",
            "it's {pw} with a capital letter",
            "password is {pw} I think",
        ],
        "es": [
            "mi contraseña es {pw}",
            "la clave de acceso es {pw}",
            "contraseña: {pw}",
            "la contraseña es {pw}",
        ],
        "mix": ["el password es {pw}", "mi contraseña is {pw}"],
    },
}

# A card with expiry and code on one line.
CARD_COMBO: Pool = {
    "en": [
        "{card} exp {exp} cvv {cvv}",
        "{card}\nexp {exp}\ncvv {cvv}",
        "card: {card} / exp: {exp} / code: {cvv}",
        "{card} {exp} {cvv}",
        "number {card}, expires {exp}, back {cvv}",
        "{card} exp {exp} security code {cvv}",
    ],
    "es": [
        "número {card}, vence {exp}, código {cvv}",
        "{card} vence {exp} y el de atrás es {cvv}",
        "tarjeta {card}\nvencimiento {exp}\ncódigo de seguridad {cvv}",
        "{card} {exp} {cvv}",
    ],
    "mix": ["{card} exp {exp}, el CVV es {cvv}", "card {card}, vence {exp}, code {cvv}"],
}

# Customers volunteering a secret unprompted, per desk.
VOL: dict[str, Pool] = {
    "travel": {
        "en": [
            "my card {card} got declined at {merchant} in {city}, can you fix it?",
            "Dispute the {amt_fx} charge on card {card} please",
            "The card I used at the hotel is {card}, exp {exp}",
            "I got a text with code {otp} when I tried to pay in {city}, should I use it?",
            "traveling to {city} {date}-{date}, card {card}",
            "I can't log in to book with points, my password is {pw} and it says invalid",
            "the ATM in {city} says wrong PIN but I'm sure it's {pin}",
            "card {card} was charged {amt_fx} by {merchant} twice, the booking ref is {conf}",
        ],
        "es": [
            "mi tarjeta {card} la rechazaron en {merchant} en {city}",
            "quiero disputar el cargo de {amt_fx} en la tarjeta {card}",
            "la tarjeta del hotel es {card}, vence {exp}",
            "me llegó el código {otp} cuando intenté pagar en {city}",
            "el cajero de {city} me dice PIN incorrecto pero es {pin}, seguro",
            "no puedo entrar a canjear puntos, mi contraseña es {pw} y dice inválida",
            "me cobraron {amt_fx} dos veces en la tarjeta {card}",
        ],
        "mix": [
            "mi card {card} got declined en {city}",
            "el dispute es para la tarjeta {card}, el charge de {amt_fx}",
            "me llegó un code {otp} cuando traté de pagar, lo uso?",
            "el ATM dice wrong PIN pero es {pin}",
        ],
    },
    "biz": {
        "en": [
            "Here's {emp}'s card so you can find it: {card}",
            "Please add this card to our expense tool: {card} exp {exp} cvc {cvv}",
            "Our EIN is {ein} and my SSN is {ssn} for the personal guarantee",
            "the expense portal login is admin@{bizmail} / pw: {pw}",
            "set the PIN on {emp}'s card to {pin} please",
            "the card that got charged is {card}, invoice {invoice}",
            "{exp_tool} asked for a code and I got {otp}, then it failed",
            "owner info: {name}, SSN {ssn}, EIN {ein}",
        ],
        "es": [
            "La tarjeta de {emp} es {card}",
            "Agréguenme esta tarjeta al sistema de gastos: {card} vence {exp} cvc {cvv}",
            "El EIN es {ein} y mi seguro social es {ssn} para la garantía personal",
            "el usuario del portal es admin@{bizmail} y la contraseña es {pw}",
            "pónganle el PIN {pin} a la tarjeta de {emp}",
            "{exp_tool} me pidió un código, me llegó el {otp} y luego falló",
        ],
        "mix": [
            "la card de {emp} es {card}, can you check it?",
            "el EIN es {ein} y mi social es {ssn} pal personal guarantee",
            "el login del expense tool es admin@{bizmail}, password: {pw}",
        ],
    },
    "coll": {
        "en": [
            "just charge my debit card {card} for the {amt}",
            "my ssn is {ssn} for the hardship form, income is {amt} a month",
            "pay {amt} with the card {card} exp {exp} on {date}",
            "here's my social: {ssn}. can we start the plan?",
            "use my other card for the payment, {card}, the code on back is {cvv}",
            "I can't log in to pay, my password is {pw} and it keeps failing",
        ],
        "es": [
            "cóbrenme {amt} a la tarjeta de débito {card}",
            "mi seguro social es {ssn} para la solicitud, gano {amt} al mes",
            "paguen {amt} con la tarjeta {card} que vence {exp}",
            "aquí está mi seguro social: {ssn}, ¿empezamos el plan?",
            "no puedo entrar a pagar, mi contraseña es {pw}",
        ],
        "mix": [
            "cárgale los {amt} a mi debit card {card}",
            "mi social es {ssn} pa la hardship application",
        ],
    },
    "senior": {
        "en": [
            "MY CARD NUMBER IS {card}",
            "the pin is {pin} and it doesnt work at the store",
            "my social security is {ssn} i was born {dob}",
            "a man called and i gave him the code {otp} was that bad",
            "the number on the front is {card} and on the back {cvv}",
            "my grandson wrote my password on a paper it says {pw}",
            "my pen is {pin}",
            "i can read you the card its {card}",
            "the code on my phone says {otp}",
        ],
        "es": [
            "MI TARJETA ES {card}",
            "mi pin es {pin} y no me deja sacar dinero",
            "mi seguro social es {ssn}",
            "le di el código {otp} a un señor que llamó",
            "el número de adelante es {card} y atrás dice {cvv}",
            "mi nieta me apuntó la contraseña, es {pw}",
            "la clave mía es {pin}",
        ],
        "mix": [
            "MY CARD es {card}",
            "mi pin es {pin} y no funciona at the store",
            "un señor llamó y le di el code {otp}",
        ],
    },
}

OTP_SMS: Pool = {
    "en": [
        "{bank}: Your verification code is {otp}. Do not share this code. We will never call to ask for it.",
        'here\'s what the text says: "{bank} Alert: Use {otp} to verify your purchase of {amt_fx} at {merchant}. Reply STOP to opt out."',
        "got this: Your {bank} one-time passcode is {otp}. It expires in 10 minutes.",
        "Email says: Hello {name}, your sign-in code is {otp}. If you did not request this, call {tollfree}.",
        "{bank} Business: {otp} is your code to approve the new employee card. Msg&data rates may apply.",
        "the message: {otp} is your {bank} security code. Don't share it with anyone.",
    ],
    "es": [
        "{bank}: Su código de verificación es {otp}. No lo comparta con nadie.",
        'me llegó esto: "{bank}: {otp} es tu código para confirmar la compra de {amt_fx} en {merchant}"',
        "el mensaje dice: Tu clave dinámica {bank} es {otp}, vence en 5 minutos",
        "{bank} informa: use el código {otp} para ingresar. Si no lo solicitó llame al {tollfree}.",
    ],
    "mix": [
        "me llegó este text: {bank}: Your code is {otp}. Don't share it.",
        'el SMS dice "{bank}: tu código es {otp}", what do I do?',
    ],
}

PIN_CHANGE: Pool = {
    "en": [
        "I want to change my PIN from {pin} to {pin2}",
        "old pin {pin} new pin {pin2}",
        "can you set my new PIN to {pin2}? the old one was {pin}",
        "please change my pin, old is {pin}, I want {pin2}",
    ],
    "es": [
        "quiero cambiar el PIN de {pin} a {pin2}",
        "el PIN viejo es {pin} y el nuevo quiero que sea {pin2}",
        "cámbienme la clave del cajero, la de ahora es {pin} y quiero {pin2}",
        "NIP actual {pin}, NIP nuevo {pin2}",
    ],
    "mix": [
        "quiero cambiar mi PIN, el old es {pin} y el new {pin2}",
        "change my PIN a {pin2} please, el viejo es {pin}",
    ],
}

SPLIT_FIRST: Pool = {
    "en": [
        "ok the card is {part}",
        "{part}",
        "its {part}",
        "number: {part}",
        "starts {part}",
        "ok here goes {part}",
    ],
    "es": ["la tarjeta es {part}", "{part}", "empieza {part}", "número: {part}", "a ver, {part}"],
    "mix": ["ok el número es {part}", "{part}", "starts con {part}"],
}
SPLIT_MID: Pool = {
    "en": ["{part}", "then {part}", "{part}...", "next {part}"],
    "es": ["{part}", "luego {part}", "{part}...", "sigue {part}"],
    "mix": ["{part}", "then {part}", "luego {part}"],
}
SPLIT_LAST: Pool = {
    "en": [
        "{part}",
        "{part} and that's it",
        "{part} exp {exp}",
        "last part {part}",
        "{part} cvv {cvv}",
    ],
    "es": [
        "{part}",
        "y termina {part}",
        "{part} y vence {exp}",
        "{part} código {cvv}",
        "{part} eso es todo",
    ],
    "mix": ["{part}", "{part} and that's it", "y termina {part}, exp {exp}"],
}
SPLIT_PRE: Pool = {
    "en": [
        "ok let me type it in pieces, my screen is small",
        "hold on I'll send it a bit at a time",
        "wait I have to read it off the card",
    ],
    "es": [
        "espere, se lo mando por partes",
        "déjeme leerlo de la tarjeta, voy por partes",
        "un momento que no veo bien los números",
    ],
    "mix": ["hold on, te lo mando por partes", "espera, let me read it"],
}

REFUSE: Pool = {
    "en": [
        "I'm not comfortable giving that out in a chat",
        "wait, I thought you guys never ask for that?",
        "no, I'll call the number on the back of the card instead",
        "is this really {bank}? the app said you'd never ask for that",
        "I'd rather not. can you verify me another way?",
        "my son told me never to give that to anyone",
        "Hmm no. My bookkeeper said not to share that.",
    ],
    "es": [
        "no me siento cómoda dando eso por chat",
        "¿pero ustedes no dicen que nunca piden eso?",
        "no, mejor llamo al número de atrás de la tarjeta",
        "prefiero no, ¿hay otra forma de verificar?",
        "mi hija me dijo que nunca diera eso",
        "eso no se lo doy a nadie, perdone",
    ],
    "mix": [
        "no, I don't feel safe dando eso aquí",
        "wait, ustedes nunca piden eso, right?",
        "nah, mejor llamo al banco directo",
    ],
}

BACKOFF: Pool = {
    "en": [
        "You're right, I apologize. Please don't send it. The last four digits are enough.",
        "Sorry about that, you don't need to share it. I can verify you with your date of birth and billing ZIP instead.",
        "Good call. Never share that with anyone, including us.",
    ],
    "es": [
        "Tiene razón, disculpe. No lo envíe; con los últimos cuatro dígitos es suficiente.",
        "Perdone, no hace falta. Le verifico con su fecha de nacimiento y código postal.",
        "Hace bien, nunca comparta eso con nadie, ni con nosotros.",
    ],
    "mix": [
        "You're right, sorry. No lo mandes, los last four son suficientes.",
        "Tienes razón, no hace falta, good call.",
    ],
}

HOLD_C: Pool = {
    "en": [
        "one sec",
        "hold on let me find my card",
        "ok wait",
        "gimme a minute",
        "hang on, it's in my purse",
    ],
    "es": ["un momento", "espere que busco la tarjeta", "ya va", "déjeme ver", "un segundito"],
    "mix": ["one sec, déjame buscar", "ok wait, la tengo en la cartera"],
}
ACK_A: Pool = {
    "en": ["Got it.", "Ok, go ahead.", "Mm-hmm, I'm here.", "Take your time.", "Ok, continue."],
    "es": ["Entendido.", "Adelante.", "Sigo aquí.", "Tómese su tiempo.", "Ok, continúe."],
    "mix": ["Ok, go ahead.", "Sigo aquí, take your time."],
}
AFTER_SECRET_A: Pool = {
    "en": [
        "Thank you, I've located the account.",
        "Ok, I see it now. One moment while I review the charges.",
        "Thanks. For next time, please don't send that in chat; I'll ask our team to scrub it.",
        "Got it, I've noted it on case {case}.",
        "Thanks, that's processed. Confirmation {conf}.",
        "Ok. I'll mask that message on our side; please use the last four only from now on.",
        "Thank you. Let me check a couple of things, this may take 2-3 minutes.",
    ],
    "es": [
        "Gracias, ya ubiqué la cuenta.",
        "Listo, ya lo veo. Un momento mientras reviso los cargos.",
        "Gracias. La próxima vez por favor no envíe eso por chat.",
        "Entendido, quedó anotado en el caso {case}.",
        "Procesado. Confirmación {conf}.",
    ],
    "mix": [
        "Thanks, ya veo la cuenta.",
        "Ok, listo. Confirmation {conf}.",
        "Gracias, pero next time no mandes eso por chat please.",
    ],
}

CLOSE_C: Pool = {
    "en": [
        "ok thank you so much",
        "thanks, that's all",
        "great, appreciate it 🙏",
        "THANK YOU GOD BLESS",
        "perfect, bye",
        "cool thx",
        "Thank you for your patience with me",
    ],
    "es": [
        "muchas gracias",
        "gracias, eso es todo",
        "perfecto, que Dios le bendiga",
        "ok gracias mija",
        "listo, gracias 🙌",
        "vale, gracias, hasta luego",
        "gracias mijo, bendiciones",
    ],
    "mix": ["ok thanks, gracias", "perfect, muchas gracias!", "ok, thank you mija"],
}
CLOSE_A: Pool = {
    "en": [
        "You're welcome! Is there anything else I can help with?",
        "Glad I could help. Your reference for today is {ref}.",
        "Thanks for being an {bank} cardmember. Have a great day!",
        "Happy to help. You'll get a survey by email, we'd love your feedback.",
        "Take care, {name}. We're here 24/7 at {tollfree}.",
    ],
    "es": [
        "¡Con gusto! ¿Algo más en que le pueda ayudar?",
        "Para servirle. Su referencia de hoy es {ref}.",
        "Gracias por ser cliente de {bank}. ¡Que le vaya bien!",
        "Que tenga buen día, {name}. Estamos 24/7 en el {tollfree}.",
    ],
    "mix": ["De nada! Anything else?", "Con gusto, have a great day!", "Bye {name}, cuídese!"],
}

# Pieces that customers put around their messages.
PREFIX: Pool = {
    "en": ["ok so ", "um ", "hey ", "sorry ", "yes ", "well ", "hi again ", "ok "],
    "es": ["mira, ", "oye ", "bueno ", "perdón, ", "sí, ", "ay ", "pues ", "oiga, "],
    "mix": ["ok so ", "mira, ", "bueno ", "sorry, ", "oye "],
}
EMOJI = [
    " 😩",
    " 🙏",
    " 😅",
    " 👍",
    " 😡",
    " ✈️",
    " 🤞",
    " 😭",
    " 🙂",
    " 🤦‍♀️",
    " !!",
    " lol",
    " jaja",
    " xd",
]
JOINERS = [" ", ". ", "\n", " and ", "... ", " - ", ", also "]
JOINERS_ES = [" ", ". ", "\n", " y ", "... ", " - ", ", además "]

# Words guarded from typos: cues next to secrets stay readable.
CUE_WORDS = {"card", "pin", "nip", "cvv", "cvc", "cid", "ssn", "social", "security", "code", "código", "clave", "password", "contraseña", "seguro", "tarjeta", "number", "número", "passcode", "verification", "verificación", "pw"}  # fmt: skip


# --------------------------------------------------------------------------------------
# Conversation building
# --------------------------------------------------------------------------------------

SHORT = {CC: "card", CVV: "cvv", SSN: "ssn", OTP: "otp", PIN: "pin", PW: "pw"}
TYPE_KEYS = {"CC": CC, "CVV": CVV, "SSN": SSN, "OTP": OTP, "PIN": PIN, "PW": PW}

ASK_WEIGHTS: dict[str, dict[str, float]] = {
    "travel": {
        "CC": 4,
        "CVV": 2,
        "CC+CVV": 4,
        "OTP": 4,
        "PW": 1,
        "PIN": 1,
        "SSN": 1,
        "CC+PIN+OTP": 1,
    },
    "biz": {"CC": 3, "CVV": 1, "CC+CVV": 4, "SSN": 3, "PW": 3, "OTP": 2, "PIN": 1, "SSN+PW": 1},
    "coll": {"CC": 3, "CC+CVV": 3, "SSN": 5, "OTP": 1, "PIN": 1, "PW": 1, "CC+SSN": 2},
    "senior": {
        "CC": 3,
        "CVV": 1,
        "CC+CVV": 2,
        "PIN": 4,
        "OTP": 3,
        "SSN": 2,
        "PW": 1,
        "CC+PIN+OTP": 1,
        "SSN+PW": 1,
    },
}
SECRET_EVENTS: dict[str, dict[str, float]] = {
    "travel": {
        "ask_give": 3,
        "volunteer": 3,
        "split_card": 1.2,
        "otp_paste": 2,
        "pin_change": 0.5,
        "phish_give": 0.7,
    },
    "biz": {
        "ask_give": 3,
        "volunteer": 3.5,
        "split_card": 1,
        "otp_paste": 1.5,
        "pin_change": 0.7,
        "phish_give": 0.5,
    },
    "coll": {
        "ask_give": 3.5,
        "volunteer": 3,
        "split_card": 1,
        "otp_paste": 0.7,
        "pin_change": 0.3,
        "phish_give": 1,
    },
    "senior": {
        "ask_give": 2.5,
        "volunteer": 3,
        "split_card": 2,
        "otp_paste": 1,
        "pin_change": 1.5,
        "phish_give": 2.5,
    },
}
CLEAN_EVENTS: dict[str, float] = {
    "ask_refuse": 2,
    "phish_refuse": 1.2,
    "talk": 2.5,
    "verify": 3,
    "info": 3,
}
VERIFY_KINDS: dict[str, list[str]] = {
    "travel": [
        "last4",
        "zip",
        "dob",
        "phone",
        "trip",
        "merchant",
        "expiry",
        "address",
        "email",
        "last4",
    ],
    "biz": ["last4", "ein", "ein", "bizname", "zip", "email", "ssn_last4", "address", "expiry"],
    "coll": ["last4", "dob", "ssn_last4", "zip", "phone", "address", "email"],
    "senior": ["last4", "dob", "zip", "phone", "address", "ssn_last4"],
}
PROGS = {
    "travel": ["Altura Voyager Rewards", "Altura Travel Rewards", "Altura Voyager"],
    "biz": ["Altura Business", "Altura Business Card Services", "Altura for Business"],
    "coll": ["Altura Account Services", "Altura Customer Assistance", "Altura Payment Solutions"],
    "senior": ["Altura Care Line", "Altura Customer Care", "Altura Senior Services"],
}
PROFILES: dict[str, dict[str, float]] = {
    # per-message probabilities of each surface change
    "plain": {"typo": 0.01},
    "formal": {},
    "casual": {
        "lower": 0.5,
        "nopunct": 0.4,
        "typo": 0.04,
        "emoji": 0.25,
        "prefix": 0.2,
        "runon": 0.15,
    },
    "hurried": {"lower": 0.7, "nopunct": 0.7, "typo": 0.07, "emoji": 0.1, "runon": 0.3},
    "caps": {"caps": 0.85, "nopunct": 0.5, "typo": 0.03, "spaces": 0.3},
    "nopunct": {"lower": 0.6, "nopunct": 0.9, "typo": 0.05, "spaces": 0.4, "prefix": 0.2},
    "voice": {"voice": 0.8, "prefix": 0.3, "typo": 0.02},
    "slow": {"nopunct": 0.5, "typo": 0.03, "fragment": 0.4, "spaces": 0.3},
}


def weighted(r: Random, table: dict[str, float]) -> str:
    return r.choices(list(table), list(table.values()))[0]


def voice_text(s: str, lang: str) -> str:
    words = {
        ".": " punto" if lang == "es" else " period",
        ",": " coma" if lang == "es" else " comma",
        "?": " signo de interrogación" if lang == "es" else " question mark",
        "!": " signo de exclamación" if lang == "es" else " exclamation point",
    }
    s = s.replace("¿", "").replace("¡", "")
    return re.sub(r"[.,?!](?=\s|$)", lambda m: words[m.group(0)], s)


class Builder:
    """One conversation: its desk, language, customer style and secret values."""

    def __init__(self, r: Random, line: str, lang: str) -> None:
        self.r = r
        self.line = line
        self.lang = lang
        self.senior = line == "senior"
        if self.senior:
            self.profile = weighted(
                r, {"caps": 3, "nopunct": 3, "voice": 2.5, "slow": 2, "plain": 1}
            )
        else:
            self.profile = weighted(r, {"plain": 5, "formal": 2, "casual": 3, "hurried": 1})
        self.brand = weighted(r, BRAND_WEIGHTS)
        self.card = card_number(r, self.brand)
        self.cvv_digits = "".join(
            str(r.randint(0, 9)) for _ in range(4 if self.brand == "amex" else 3)
        )
        self.ssn_digits = ssn_value(r)
        self.otp_digits = otp_value(r)
        self.pin_digits = pin_value(r)
        self.pin2_digits = pin_value(r)
        while self.pin2_digits == self.pin_digits:
            self.pin2_digits = pin_value(r)
        self.password = password_value(r)
        self.ctx: dict[str, str] = {}
        self.cur_lang = "en"
        self.used: set[str] = set()

    # ---- languages and pools ------------------------------------------------------

    def msg_lang(self, role: str) -> str:
        if self.lang != "mix":
            return self.lang
        x = self.r.random()
        if x < 0.5:
            return "mix"
        if role == "customer":
            return "es" if x < 0.8 else "en"
        return "en" if x < 0.8 else "es"

    def pick(self, pool: Pool, lang: str, ok: Callable[[str], bool] | None = None) -> str:
        options = pool.get(lang) or pool["en"]
        if ok is not None:
            options = [t for t in options if ok(t)] or [t for t in pool["en"] if ok(t)]
        fresh = [t for t in options if t not in self.used]
        choice = self.r.choice(fresh or options)
        self.used.add(choice)
        return choice

    # ---- slot values --------------------------------------------------------------

    STABLE = frozenset(
        [
            "name",
            "agent",
            "prog",
            "biz",
            "emp",
            "city",
            "merchant",
            "airline_prog",
            "hotel_prog",
            "acct_reward",
            "last4",
            "last4p",
            "ssn4",
            "exp",
            "addr",
            "dob",
            "dob_es",
            "email",
            "zip",
            "exp_tool",
            "daypart",
            "daypart_es",
            "age",
            "bizmail",
            "ein",
        ]
    )

    def slot(self, name: str) -> str:
        if name in self.STABLE and name in self.ctx:
            return self.ctx[name]
        value = self.make_slot(name)
        if name in self.STABLE:
            self.ctx[name] = value
        return value

    def make_slot(self, name: str) -> str:
        r, lang = self.r, self.cur_lang
        if name == "bank":
            return BANK
        if name == "name":
            return r.choice(
                FIRST_ES
                if self.lang == "es" or (self.lang == "mix" and r.random() < 0.7)
                else FIRST_EN
            )
        if name == "emp":
            return r.choice(FIRST_EN + FIRST_ES)
        if name == "agent":
            return r.choice(AGENTS)
        if name == "prog":
            return r.choice(PROGS[self.line])
        if name == "biz":
            return r.choice(BIZ)
        if name == "bizmail":
            return re.sub(r"[^a-z]", "", strip_accents(self.slot("biz")).lower())[:14] + ".com"
        if name == "city":
            return r.choice(CITIES)
        if name == "merchant":
            return r.choice(MERCHANTS)
        if name == "airline_prog":
            return r.choice(
                [
                    "AAdvantage",
                    "MileagePlus",
                    "SkyMiles",
                    "LifeMiles",
                    "Iberia Plus",
                    "Flying Blue",
                    "TrueBlue",
                ]
            )
        if name == "hotel_prog":
            return r.choice(["Bonvoy", "Hilton Honors", "World of Hyatt"])
        if name == "acct_reward":
            return REWARD_PROGRAMS[r.choice(list(REWARD_PROGRAMS))](r)
        if name == "last4":
            if r.random() < 0.6:
                return self.card[-4:]
            return f"{r.randint(0, 9999):04d}"
        if name in ("last4p", "ssn4"):
            if name == "ssn4" and r.random() < 0.5:
                return self.ssn_digits[-4:]
            return f"{r.randint(0, 9999):04d}"
        if name == "exp":
            m, y = r.randint(1, 12), r.randint(2026, 2031)
            return r.choice(
                [
                    f"{m:02d}/{y % 100}",
                    f"{m}/{y % 100}",
                    f"{m:02d}/{y}",
                    f"{m:02d}-{y % 100}",
                    f"{MONTHS_EN[m - 1][:3]} {y}",
                ]
            )
        if name == "amt":
            return us_amount(r)
        if name == "amt_fx":
            return fx_amount(r)
        if name == "amt_words":
            return en_words(r.randint(2, 900) * 5) + " dollars"
        if name == "amt_words_es":
            return es_words(r.randint(2, 900) * 5) + " dólares"
        if name == "date":
            return us_date(r)
        if name == "date_es":
            return es_date(r)
        if name == "time":
            return clock(r)
        if name == "phone":
            return us_phone(r)
        if name == "phone_intl":
            return intl_phone(r)
        if name == "tollfree":
            return tollfree(r)
        if name == "zip":
            return us_zip(r)
        if name == "zip4":
            return f"{self.slot('zip')}-{r.randint(1, 9999):04d}"
        if name == "masked":
            return masked(r, self.slot("last4"))
        if name == "ref":
            return reference(r)
        if name == "case":
            return r.choice(
                [
                    f"CS-2026-{r.randint(0, 999999):06d}",
                    f"{r.randint(10**7, 10**8 - 1)}",
                    f"DSP{r.randint(10**6, 10**7 - 1)}",
                    f"#{r.randint(10**5, 10**6 - 1)}-{r.choice('ABCDE')}",
                ]
            )
        if name == "conf":
            return r.choice(
                [
                    f"{r.randint(10**7, 10**8 - 1)}",
                    "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
                    f"H{r.randint(1000, 9999)}-{r.randint(10000, 99999)}",
                    f"{r.randint(100000, 999999)}",
                ]
            )
        if name == "ein":
            return ein(r)
        if name == "routing":
            return routing(r)
        if name == "points":
            return points(r, lang)
        if name == "flight":
            code = r.choice(
                ["AA", "UA", "DL", "B6", "IB", "CM", "AV", "AM", "UX", "NK", "WN", "BA", "TP"]
            )
            return r.choice([f"{code} {r.randint(1, 2999)}", f"{code}{r.randint(1, 2999)}"])
        if name == "addr":
            return address(r, "es" if self.lang == "es" else lang)
        if name == "year":
            return str(r.randint(1941, 2024))
        if name == "tracking":
            return tracking(r)
        if name in ("dob", "dob_es"):
            y = r.randint(1930, 1958) if self.senior else r.randint(1955, 2003)
            m, d = r.randint(1, 12), r.randint(1, 28)
            if name == "dob":
                return r.choice(
                    [f"{m:02d}/{d:02d}/{y}", f"{MONTHS_EN[m - 1]} {d}, {y}", f"{m}/{d}/{y}"]
                )
            return r.choice([f"{d} de {MONTHS_ES[m - 1]} de {y}", f"{d:02d}/{m:02d}/{y}"])
        if name == "email":
            first = strip_accents(self.slot("name")).lower()
            last = strip_accents(r.choice(LAST)).lower()
            dom = r.choice(
                ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com"]
            )
            return r.choice(
                [
                    f"{first}.{last}{r.randint(1, 99)}@{dom}",
                    f"{first[0]}{last}@{dom}",
                    f"{first}{r.randint(1950, 2005)}@{dom}",
                ]
            )
        if name == "invoice":
            return r.choice(
                [
                    f"INV-{r.randint(1000, 99999)}",
                    f"#2026-{r.randint(1, 9999):04d}",
                    f"{r.randint(1000, 99999)}",
                ]
            )
        if name == "pct":
            return r.choice(["24.99%", "29.99% APR", "9.9%", "0%", "19,99 %", "27.24%"])
        if name == "day":
            return r.choice(["15th", "1st", "3rd", "30th", "22nd", "Friday"])
        if name == "day_es":
            return r.choice(["15", "30", "primero", "día 3", "viernes", "quince"])
        if name == "month":
            return r.choice(MONTHS_EN)
        if name == "exp_tool":
            return r.choice(EXP_TOOLS)
        if name == "daypart":
            return r.choice(["morning", "afternoon", "evening"])
        if name == "daypart_es":
            return r.choice(["tardes", "noches"])
        if name == "age":
            return str(r.randint(68, 94))
        raise KeyError(name)

    # ---- secret values ------------------------------------------------------------

    def secret(self, name: str, formats: list[str]) -> Secret:
        r = self.r
        if name == "card":
            value, fmt = format_card(r, self.card, self.brand, self.senior)
            formats.append(fmt)
            return value, CC, KEEP_LAST[CC], False
        if name == "ssn":
            value, fmt = format_ssn(r, self.ssn_digits)
            formats.append(fmt)
            return value, SSN, KEEP_LAST[SSN], False
        if name == "cvv":
            if self.senior and r.random() < 0.15:
                formats.append("words")
                return digits_in_words(r, self.cvv_digits, self.cur_lang), CVV, 0, False
            return self.cvv_digits, CVV, 0, False
        if name == "otp":
            value, fmt = format_otp(r, self.otp_digits, self.senior, self.cur_lang)
            formats.append(fmt)
            return value, OTP, 0, False
        if name in ("pin", "pin2"):
            digits = self.pin_digits if name == "pin" else self.pin2_digits
            if self.senior and r.random() < 0.2:
                formats.append("words")
                return digits_in_words(r, digits, self.cur_lang), PIN, 0, False
            if r.random() < 0.08:
                formats.append("spaced")
                return " ".join(digits), PIN, 0, False
            return digits, PIN, 0, False
        if name == "pw":
            return self.password, PW, 0, False
        raise KeyError(name)

    # ---- rendering ----------------------------------------------------------------

    def style_ops(self, role: str) -> dict[str, bool]:
        if role != "customer":
            return {}
        probs = PROFILES[self.profile]
        return {op: self.r.random() < p for op, p in probs.items() if op != "typo"} | {
            "typo": bool(probs.get("typo"))
        }

    def typos(self, s: str, before_secret: bool) -> str:
        p = PROFILES[self.profile].get("typo", 0.0)
        tokens = re.split(r"(\s+)", s)
        words = [i for i, t in enumerate(tokens) if t.strip()]
        protect = set(words[-3:]) if before_secret else set()
        for i in words:
            t = tokens[i]
            if i in protect or len(t) < 4 or not t.isalpha() or t.lower() in CUE_WORDS:
                continue
            if self.r.random() >= p:
                continue
            j = self.r.randrange(1, len(t) - 1)
            op = self.r.randint(0, 2)
            if op == 0:
                t = t[:j] + t[j + 1] + t[j] + t[j + 2 :] if j + 1 < len(t) else t
            elif op == 1:
                t = t[:j] + t[j + 1 :]
            else:
                t = t[:j] + t[j] + t[j:]
            tokens[i] = t
        return "".join(tokens)

    def stylize(self, s: str, ops: dict[str, bool], before_secret: bool) -> str:
        if not s or not ops:
            return s
        if ops.get("typo"):
            s = self.typos(s, before_secret)
        if ops.get("voice"):
            s = voice_text(s, self.cur_lang)
        if ops.get("nopunct"):
            s = re.sub(r"[.,!?¿¡;]", "", s)
            s = re.sub(r":(?=\s)", "", s)
            s = s.replace("'", "") if self.r.random() < 0.5 else s
        if ops.get("caps"):
            s = s.upper()
        elif ops.get("lower"):
            s = s.lower()
        if ops.get("spaces") and " " in s:
            spots = [i for i, c in enumerate(s) if c == " "]
            at = self.r.choice(spots)
            s = s[:at] + "  " + s[at + 1 :]
        return s

    def render(
        self,
        role: str,
        tpl: str,
        kind: str,
        lang: str,
        given: dict[str, Secret] | None = None,
        requested: frozenset[str] = frozenset(),
        plain: bool = False,
    ) -> Message:
        """Fill a template; secret slots take values from `given` or from the conversation."""
        self.cur_lang = lang
        ops = {} if plain else self.style_ops(role)
        if ops.get("runon") and "{" not in tpl and role == "customer":
            extra = self.pick(CLEAN_C[self.line], lang)
            tpl = tpl + self.r.choice(JOINERS_ES if lang == "es" else JOINERS) + extra
        if ops.get("prefix"):
            tpl = self.r.choice(PREFIX[lang]) + tpl
        if ops.get("emoji"):
            tpl = tpl + self.r.choice(EMOJI)
        given = dict(given or {})
        formats: list[str] = []
        pieces = SLOT.split(tpl)
        text, labels = "", []
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                before = i + 1 < len(pieces) and pieces[i + 1] in SECRET_TYPES
                text += self.stylize(piece, ops, before)
                continue
            if piece in SECRET_TYPES:
                if piece not in given:
                    given[piece] = self.secret(piece, formats)
                value, typ, keep, split = given[piece]
                if ops.get("caps") and typ != PW and any(c.isalpha() for c in value):
                    value = value.upper()
                labels.append(Label(typ, len(text), len(text) + len(value), keep, split))
                text += value
            else:
                text += self.slot(piece)
        labels.sort(key=lambda lab: (not lab.split_part, lab.start))
        if labels:
            names = list(
                dict.fromkeys(SHORT[lab.type] for lab in sorted(labels, key=lambda lab: lab.start))
            )
            more = "+" if len(names) > 1 else ""
            kind = f"{kind}:{names[0]}{more}" + (f"/{formats[0]}" if formats else "")
        return Message(role, text, labels, requested, kind)

    # ---- small helpers ------------------------------------------------------------

    def say(self, role: str, pool: Pool, kind: str, **kw: object) -> Message:
        lang = self.msg_lang(role)
        return self.render(role, self.pick(pool, lang), kind, lang, **kw)  # type: ignore[arg-type]

    def clean_pair(self) -> list[Message]:
        return [
            self.say("customer", CLEAN_C[self.line], "lookalike"),
            self.say("agent", CLEAN_A[self.line], "agent_info"),
        ]

    def verify(self) -> list[Message]:
        k = self.r.choice(VERIFY_KINDS[self.line])
        return [
            self.say("agent", LEGIT_ASK[k], f"legit_{k}"),
            self.say("customer", LEGIT_ANS[k], f"answer_{k}"),
        ]

    def filler(self) -> list[Message]:
        x = self.r.random()
        if x < 0.4:
            return self.clean_pair()
        if x < 0.65:
            return self.verify()
        if x < 0.8:
            return [self.say("customer", CLEAN_C[self.line], "lookalike")]
        if x < 0.92:
            return [self.say("agent", CLEAN_A[self.line], "agent_info")]
        return [self.say("agent", WARN, "warning")]

    def opener(self) -> list[Message]:
        lang = self.msg_lang("customer")
        tpl = self.pick(OPEN[self.line], lang)
        ops_fragment = PROFILES[self.profile].get("fragment", 0.0)
        msg = self.render("customer", tpl, "opener", lang)
        if self.r.random() < ops_fragment and not msg.labels:
            words = msg.text.split(" ")
            if len(words) >= 6:
                cuts = sorted(self.r.sample(range(1, len(words)), self.r.choice([1, 2])))
                bounds = [0, *cuts, len(words)]
                return [
                    Message("customer", " ".join(words[a:b]), [], frozenset(), "opener_fragment")
                    for a, b in pairwise(bounds)
                ]
        return [msg]

    def ask(self, typeset: str, lang: str | None = None) -> Message:
        lang = lang or self.msg_lang("agent")
        requested = frozenset(TYPE_KEYS[k] for k in typeset.split("+"))
        return self.render("agent", self.pick(ASK[typeset], lang), "ask", lang, requested=requested)

    def give(self, types: list[str], lang: str) -> Message:
        """A customer message holding the given secret types, in the order asked."""
        if "CC" in types and "CVV" in types and self.r.random() < 0.55:
            rest = [t for t in types if t not in ("CC", "CVV")]
            tpls = [self.pick(CARD_COMBO, lang)]
        else:
            rest = list(types)
            tpls = []
        for t in rest:
            key = "CID" if t == "CVV" and self.brand == "amex" and self.r.random() < 0.5 else t
            need_words = bool(tpls)  # later parts carry a cue so values never run together
            tpls.append(
                self.pick(
                    GIVE[key],
                    lang,
                    (lambda s: bool(re.search(r"[A-Za-zá-ú]", SLOT.sub("", s))))
                    if need_words
                    else None,
                )
            )
        sep = self.r.choice([", ", "\n", " / ", " and " if lang == "en" else " y ", ". "])
        return self.render("customer", sep.join(tpls), "give", lang)

    # ---- events -------------------------------------------------------------------

    def ev_ask_give(self) -> list[Message]:
        r = self.r
        lang = self.msg_lang("agent")
        longs = [(ts, t) for ts, lg, t in ASK_LONG if lg == lang]
        if longs and r.random() < 0.25:
            typeset, tpl = r.choice(longs)
            first = self.render(
                "agent",
                tpl,
                "ask_long",
                lang,
                requested=frozenset(TYPE_KEYS[k] for k in typeset.split("+")),
            )
        else:
            typeset = weighted(r, ASK_WEIGHTS[self.line])
            first = self.ask(typeset, lang)
        types = typeset.split("+")
        out = [first]
        if r.random() < 0.3:
            out.append(self.say("customer", HOLD_C, "hold"))
            if r.random() < 0.4:
                t = r.choice(types)
                out.append(
                    self.render(
                        "agent",
                        self.pick(PUSH[t], lang),
                        "push",
                        lang,
                        requested=frozenset({TYPE_KEYS[t]}),
                    )
                )
        given = list(types)
        if len(given) > 1 and r.random() < 0.25:
            given.pop(r.randrange(len(given)))
        out.append(self.give(given, self.msg_lang("customer")))
        if r.random() < 0.6:
            out.append(self.say("agent", AFTER_SECRET_A, "agent_after"))
        return out

    def ev_volunteer(self) -> list[Message]:
        out = [self.say("customer", VOL[self.line], "volunteer")]
        if self.r.random() < 0.7:
            out.append(
                self.say("agent", AFTER_SECRET_A if self.r.random() < 0.6 else WARN, "agent_after")
            )
        return out

    def ev_split_card(self) -> list[Message]:
        r = self.r
        lang = self.msg_lang("customer")
        out: list[Message] = []
        if r.random() < 0.5:
            out.append(self.ask("CC"))
        if r.random() < 0.4:
            out.append(self.render("customer", self.pick(SPLIT_PRE, lang), "split_pre", lang))
        parts = split_card(r, self.card)
        acked = False
        for k, part in enumerate(parts):
            last = k == len(parts) - 1
            keep = KEEP_LAST[CC] if last else 0
            pool = SPLIT_FIRST if k == 0 else SPLIT_LAST if last else SPLIT_MID
            tpl = self.pick(pool, lang)
            if k == 0 and part.isdigit() and len(part) <= 4 and tpl == "{part}":
                tpl = self.pick(pool, lang, lambda s: s != "{part}")
            out.append(
                self.render(
                    "customer", tpl, "split_card", lang, given={"part": (part, CC, keep, True)}
                )
            )
            if not last and not acked and r.random() < 0.2:
                out.append(self.say("agent", ACK_A, "ack"))
                acked = True
        if r.random() < 0.5:
            out.append(self.say("agent", AFTER_SECRET_A, "agent_after"))
        return out

    def ev_otp_paste(self) -> list[Message]:
        r = self.r
        out: list[Message] = []
        x = r.random()
        if x < 0.4:
            out.append(self.say("agent", WARN, "warning"))
        elif x < 0.7:
            out.append(self.ask("OTP"))
        lang = self.msg_lang("customer")
        self.otp_digits = otp_value(r) if r.random() < 0.3 else self.otp_digits
        if 0.4 <= x < 0.7 and r.random() < 0.3:  # read back after the ask instead of pasted
            msg = self.render("customer", self.pick(GIVE["OTP"], lang), "give", lang)
        else:
            msg = self.render("customer", self.pick(OTP_SMS, lang), "otp_sms", lang, plain=True)
        out.append(msg)
        if r.random() < 0.6:
            out.append(
                self.say("agent", WARN if r.random() < 0.5 else AFTER_SECRET_A, "agent_after")
            )
        return out

    def ev_pin_change(self) -> list[Message]:
        out: list[Message] = []
        if self.r.random() < 0.3:
            out.append(self.ask("PIN"))
        out.append(self.say("customer", PIN_CHANGE, "pin_change"))
        out.append(self.say("agent", RESET if self.r.random() < 0.6 else WARN, "reset_self"))
        return out

    def ev_phish(self, give: bool) -> list[Message]:
        r = self.r
        lang = self.msg_lang("agent")
        options = [(ts, t) for ts, lg, t in PHISH if lg == lang] or [
            (ts, t) for ts, lg, t in PHISH if lg == "en"
        ]
        typeset, tpl = r.choice(options)
        types = typeset.split("+")
        out = [
            self.render(
                "agent", tpl, "phish", lang, requested=frozenset(TYPE_KEYS[k] for k in types)
            )
        ]
        if r.random() < 0.4:
            out.append(
                self.say("customer", HOLD_C if give else REFUSE, "hold" if give else "refuse")
            )
            t = r.choice(types)
            out.append(
                self.render(
                    "agent",
                    self.pick(PUSH[t], lang),
                    "phish_push",
                    lang,
                    requested=frozenset({TYPE_KEYS[t]}),
                )
            )
        if give:
            given = list(types)
            if len(given) > 1 and r.random() < 0.4:
                given = r.sample(given, r.randint(1, len(given) - 1))
            out.append(self.give(given, self.msg_lang("customer")))
        else:
            out.append(self.say("customer", REFUSE, "refuse"))
        return out

    def ev_ask_refuse(self) -> list[Message]:
        typeset = weighted(self.r, ASK_WEIGHTS[self.line])
        out = [self.ask(typeset), self.say("customer", REFUSE, "refuse")]
        if self.r.random() < 0.7:
            out.append(self.say("agent", BACKOFF, "backoff"))
        return out

    def ev_talk(self) -> list[Message]:
        return [
            self.say("customer", TALK, "talk_secret"),
            self.say("agent", WARN if self.r.random() < 0.5 else RESET, "warning_or_reset"),
        ]

    def event(self, name: str) -> list[Message]:
        if name == "ask_give":
            return self.ev_ask_give()
        if name == "volunteer":
            return self.ev_volunteer()
        if name == "split_card":
            return self.ev_split_card()
        if name == "otp_paste":
            return self.ev_otp_paste()
        if name == "pin_change":
            return self.ev_pin_change()
        if name == "phish_give":
            return self.ev_phish(True)
        if name == "phish_refuse":
            return self.ev_phish(False)
        if name == "ask_refuse":
            return self.ev_ask_refuse()
        if name == "talk":
            return self.ev_talk()
        if name == "verify":
            return self.verify()
        return self.clean_pair()


def build(r: Random, cid: str, line: str, lang: str, secret: bool) -> Conversation:
    b = Builder(r, line, lang)
    names: list[str] = []
    if secret:
        names.append(weighted(r, SECRET_EVENTS[line]))
        if r.random() < 0.25:
            table = {k: v for k, v in SECRET_EVENTS[line].items() if k != "split_card"}
            names.append(weighted(r, table))
        if r.random() < 0.35:
            names.insert(r.randint(0, len(names)), weighted(r, CLEAN_EVENTS))
    else:
        names.append(weighted(r, CLEAN_EVENTS))
        if r.random() < 0.4:
            names.append(weighted(r, CLEAN_EVENTS))
    events = [b.event(n) for n in names]
    head = [b.opener(), [b.say("agent", GREET, "greeting")]]
    closing: list[Message] = []
    if r.random() < 0.7:
        closing.append(b.say("customer", CLOSE_C, "closing"))
    if r.random() < 0.6:
        closing.append(b.say("agent", CLOSE_A, "closing"))
    target = r.randint(4, 14)
    body: list[tuple[bool, list[Message]]] = [(False, ev) for ev in events]

    def size() -> int:
        return sum(len(c) for c in head) + sum(len(c) for _, c in body) + len(closing)

    while size() < target:
        body.insert(r.randint(0, len(body)), (True, b.filler()))
    while size() > 14 and any(f for f, _ in body):
        idx = next(i for i, (f, _) in enumerate(body) if f)
        body.pop(idx)
    while size() > 14 and len([1 for f, _ in body if not f]) > 1:
        idx = max(
            i
            for i, (f, c) in enumerate(body)
            if not f and not any(lab.split_part for m in c for lab in m.labels)
        )
        body.pop(idx)
    while size() > 14 and closing:
        closing.pop()
    while size() < 4:
        body.append((True, b.filler()))
    messages = [m for c in head for m in c] + [m for _, c in body for m in c] + closing
    return Conversation(cid, f"{line}/{names[0]}" if secret or names else line, lang, messages)


# --------------------------------------------------------------------------------------
# Self-checks used while generating
# --------------------------------------------------------------------------------------

RUN = re.compile(r"\d(?:[ \-.]?\d)*")


def problems(conv: Conversation) -> list[str]:
    """What is wrong with a generated conversation (an empty list when it is sound)."""
    out: list[str] = []
    values: list[tuple[str, str]] = []
    for msg in conv.messages:
        spans = sorted((lab.start, lab.end) for lab in msg.labels)
        for (_, e1), (s2, _) in pairwise(spans):
            if s2 < e1:
                out.append(f"overlapping labels in {msg.text!r}")
        for lab in msg.labels:
            value = msg.text[lab.start : lab.end]
            if not value or value != value.strip():
                out.append(f"bad span {value!r}")
            digits = re.sub(r"\D", "", value)
            if lab.type == CC and lab.split_part and len(digits) <= 4:
                continue
            values.append((lab.type, value))
    for msg in conv.messages:
        masked_text = list(msg.text)
        for lab in msg.labels:
            masked_text[lab.start : lab.end] = "#" * (lab.end - lab.start)
        rest = "".join(masked_text)
        for typ, value in values:
            if typ == PW or not value[:1].isdigit():
                if value in rest:
                    out.append(f"secret {value!r} also outside its label: {msg.text!r}")
            elif re.search(rf"(?<!\d){re.escape(value)}(?!\d)", rest):
                out.append(f"secret {value!r} also outside its label: {msg.text!r}")
        for m in RUN.finditer(rest):
            digits = re.sub(r"\D", "", m.group(0))
            if 13 <= len(digits) <= 19 and luhn.is_valid(digits):
                out.append(f"unlabelled Luhn-valid number {m.group(0)!r} in {msg.text!r}")
    if not 4 <= len(conv.messages) <= 14:
        out.append(f"{len(conv.messages)} messages")
    return out


def generate(seed: int, count: int = 480) -> list[Conversation]:
    """`count` conversations, the same for the same seed."""
    r = Random(seed)
    conversations: list[Conversation] = []
    for i in range(count):
        line = r.choices(LINES, [30, 25, 20, 25])[0]
        lang = r.choices(["en", "es", "mix"], [55, 30, 15])[0]
        secret = r.random() < 0.46
        for _ in range(200):
            conv = build(r, f"s11-{seed}-{i:04d}", line, lang, secret)
            if not problems(conv):
                break
        else:  # pragma: no cover - the retries always find a sound conversation
            raise RuntimeError(f"no sound conversation for {seed}/{i}: {problems(conv)}")
        conversations.append(conv)
    return conversations
