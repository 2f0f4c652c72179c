# ruff: noqa: E501
"""Blind end-to-end set 15: two support desks of one US bank (Crestline Bank), 2026.

Written blind: without reading guard's code, rules, tests, benchmarks, README or any other
blind set. Only the shared schema at the top of tests/blind/e2e_set.py and the scorer in
tests/blind/evaluate_e2e.py were read.

(1) Merchant services: small shop, food-truck, salon and online-store owners who take cards.
Their chats are full of numeric look-alikes that must pass untouched (merchant IDs, terminal
IDs, batch numbers, approval codes, ARNs, invoice and order numbers, fee percentages, routing
and account numbers, EINs, error codes, store numbers, masked receipt lines), beside their
customers' full card numbers pasted for a refund or a keyed sale, the owner's own PIN, the code
texted to them, an online-banking or terminal admin password, and phishers posing as
"merchant support".

(2) A student and young-adult checking line: lowercase slang, emoji, bursts of short messages,
voice-to-text, parents typing for their kids, payment-app handles, gamer tags, student IDs,
course numbers, authenticator codes and pasted 2FA texts; international students from Mexico,
Colombia, Puerto Rico and Spain.

English about 55%, Spanish 25%, Spanglish 20%; about half of the conversations hold no secret.
Agents mostly verify legitimately (last four, ZIP, date of birth, business name, MID, TID, the
last deposit) or talk about secrets without asking; some ask for what they must not, and
phishers do.

`generate(seed, count)` is deterministic: one seeded `random.Random` drives everything. Every
label's span is computed from the fill, and a self-check asserts the spans, the values (Luhn
and brand length for cards, area/group/serial for SSNs, digit counts for codes and PINs), and
that no unlabelled card- or SSN-shaped number sits in any message by accident.
"""

from __future__ import annotations

import re
from collections import defaultdict
from random import Random

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

BANK = "Crestline"

# --------------------------------------------------------------------------------------
# Luhn, cards, SSNs
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


def luhn_complete(body: str) -> str:
    for ch in "0123456789":
        if luhn_ok(body + ch):
            return body + ch
    raise AssertionError(body)


def luhn_break(digits: str) -> str:
    """The same digits, made Luhn-invalid by moving the last one if needed."""
    if not luhn_ok(digits):
        return digits
    return digits[:-1] + str((int(digits[-1]) + 1) % 10)


def brand_lengths(d: str) -> set[int]:
    """Lengths a card of this prefix has; empty when no brand starts this way."""
    if d.startswith("4"):
        return {13, 16, 19}
    if d[:2] in {"51", "52", "53", "54", "55"} or 2221 <= int(d[:4]) <= 2720:
        return {16}
    if d[:2] in {"34", "37"}:
        return {15}
    if d.startswith("6011") or 644 <= int(d[:3]) <= 649 or d.startswith("65"):
        return {16, 19}
    if d[:2] in {"36", "38"} or 300 <= int(d[:3]) <= 305:
        return {14, 16}
    if 3528 <= int(d[:4]) <= 3589:
        return {16, 17, 18, 19}
    if d.startswith("62"):
        return {16, 17, 18, 19}
    return set()


def card_like(d: str) -> bool:
    """Luhn-valid with a brand's prefix (or any 2-6 start): what a detector could take for a card."""
    return 13 <= len(d) <= 19 and luhn_ok(d) and (bool(brand_lengths(d)) or d[0] in "23456")


def card_ok(d: str) -> bool:
    return d.isdigit() and luhn_ok(d) and len(d) in brand_lengths(d)


BRANDS: list[tuple[str, int]] = [
    ("visa", 26),
    ("mc", 14),
    ("mc2", 7),
    ("amex", 12),
    ("discover", 9),
    ("diners", 5),
    ("jcb", 6),
    ("unionpay", 7),
]


def new_card(rng: Random, brand: str) -> str:
    if brand == "visa":
        prefix, length = "4", 16
    elif brand == "mc":
        prefix, length = "5" + rng.choice("12345"), 16
    elif brand == "mc2":
        prefix, length = str(rng.randint(2221, 2720)), 16
    elif brand == "amex":
        prefix, length = rng.choice(["34", "37"]), 15
    elif brand == "discover":
        prefix, length = rng.choice(["6011", str(rng.randint(644, 649)), "65"]), 16
    elif brand == "diners":
        prefix, length = rng.choice(["36", "38", str(rng.randint(300, 305))]), 14
    elif brand == "jcb":
        prefix, length = str(rng.randint(3528, 3589)), rng.choice([16, 16, 16, 19])
    else:  # unionpay
        prefix, length = (
            "62" + rng.choice(["12", "22", "58", "84", "30"]),
            rng.choice([16, 16, 17, 18, 19]),
        )
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - 1 - len(prefix)))
    return luhn_complete(body)


def std_groups(n: int) -> list[int]:
    return {
        13: [4, 4, 5],
        14: [4, 6, 4],
        15: [4, 6, 5],
        16: [4, 4, 4, 4],
        17: [4, 4, 4, 5],
        18: [4, 4, 4, 6],
        19: [4, 4, 4, 4, 3],
    }[n]


def chunk(d: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for s in sizes:
        out.append(d[i : i + s])
        i += s
    return out


def fmt_card(rng: Random, d: str) -> str:
    style = rng.choices(
        ["space", "plain", "dash", "dot", "odd", "newline"], [36, 24, 14, 5, 11, 10]
    )[0]
    groups = chunk(d, std_groups(len(d)))
    if style == "space":
        return " ".join(groups)
    if style == "plain":
        return d
    if style == "dash":
        return "-".join(groups)
    if style == "dot":
        return ".".join(groups)
    if style == "odd":
        sizes: list[int] = []
        left = len(d)
        while left > 0:
            s = min(left, rng.randint(2, 6))
            sizes.append(s)
            left -= s
        if sizes[-1] == 1:
            sizes[-2] += 1
            sizes.pop()
        return " ".join(chunk(d, sizes))
    cut = rng.randrange(1, len(groups))
    return " ".join(groups[:cut]) + "\n" + " ".join(groups[cut:])


def split_card(rng: Random, d: str) -> list[str]:
    """The card cut at group borders into 2-4 parts; the last holds at least 4 digits."""
    groups = chunk(d, std_groups(len(d)))
    if len(groups[-1]) < 4:
        groups[-2] += groups[-1]
        groups.pop()
    k = min(rng.choice([2, 2, 3, 3, 4]), len(groups))
    cuts = sorted(rng.sample(range(1, len(groups)), k - 1))
    parts, prev = [], 0
    for cut in [*cuts, len(groups)]:
        sep = rng.choice([" ", " ", ""])
        parts.append(sep.join(groups[prev:cut]))
        prev = cut
    return parts


def ssn_valid(d: str) -> bool:
    if len(d) != 9 or not d.isdigit():
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def new_ssn(rng: Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def fmt_ssn(rng: Random, d: str) -> str:
    style = rng.choices(["-", " ", ".", ""], [55, 15, 5, 25])[0]
    return style.join([d[:3], d[3:5], d[5:]]) if style else d


def fmt_otp(rng: Random, d: str) -> str:
    if len(d) == 6:
        style = rng.choices(["", " ", "-"], [70, 18, 12])[0]
        return d[:3] + style + d[3:]
    if len(d) == 8 and rng.random() < 0.3:
        return d[:4] + " " + d[4:]
    return d


def digits(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def near_miss(rng: Random, d: str) -> str:
    """A mistyped twin of a code: two neighbours swapped, or one digit changed."""
    for _ in range(10):
        i = rng.randrange(len(d) - 1)
        out = d[:i] + d[i + 1] + d[i] + d[i + 2 :]
        if out != d:
            return out
    i = rng.randrange(len(d))
    return d[:i] + str((int(d[i]) + 1) % 10) + d[i + 1 :]


PW_WORDS = [
    "Tacos", "Bella", "Sunflower", "Longhorns", "Mariposa", "Chispa", "Gatito", "Blessed", "Luna",
    "Pupusas", "Coqui", "Cafecito", "Dodgers", "Sakura", "Tigres", "Azul", "Kobe", "Mochi",
    "Frijol", "Rayados", "Nopal", "Cumbia", "Selena", "Mango", "Pikachu", "Birria", "Glitter",
    "Brisket", "Canela", "Huskies",
]  # fmt: skip
ADMIN_WORDS = [
    "Admin",
    "Clover",
    "PosAdmin",
    "Terminal",
    "Manager",
    "SalonMgr",
    "TruckPOS",
    "ShopAdmin",
]
END_SYMS = "!@#$%*&"
MID_SYMS = "!@#$%*&_."
LEET = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "$"})


def new_pw(rng: Random, admin: bool = False) -> str:
    pw = _new_pw(rng, admin)
    if len(pw) < 8:
        pw = pw[0].upper() + pw[1:] + str(rng.randint(10, 99))
    return pw


def _new_pw(rng: Random, admin: bool) -> str:
    if admin:
        word = rng.choice(ADMIN_WORDS)
        pat = rng.randrange(3)
        if pat == 0:
            return f"{word}{rng.choice(END_SYMS)}{digits(rng, 4)}"
        if pat == 1:
            return f"{word}{rng.randint(10, 99)}{rng.choice(END_SYMS)}"
        return f"{rng.choice(PW_WORDS)}{rng.choice(END_SYMS)}{word}{rng.randint(1, 9)}"
    w1, w2 = rng.sample(PW_WORDS, 2)
    pat = rng.randrange(6)
    if pat == 0:
        return f"{w1}{rng.choice(['2024', '2025', '2026', '4life', '123', str(rng.randint(10, 99))])}{rng.choice(END_SYMS)}"
    if pat == 1:
        return f"{w1}{rng.choice(END_SYMS)}{digits(rng, 4)}"
    if pat == 2:
        return f"{w1.lower()}.{w2.lower()}{rng.randint(1, 99)}"
    if pat == 3:
        return w1[0] + w1[1:].lower().translate(LEET) + rng.choice(END_SYMS)
    if pat == 4:
        return f"{w1}{rng.choice(MID_SYMS)}{w2}{rng.randint(1, 999)}"
    return f"{w1.lower()}_{rng.randint(1, 99)}{rng.choice(END_SYMS)}{w2[:3].upper()}"


def pw_variant(rng: Random, pw: str) -> str:
    options = [
        pw[0].swapcase() + pw[1:],
        pw + rng.choice(END_SYMS),
        pw[:-1] + (rng.choice("0123456789") if not pw[-1].isdigit() else rng.choice(END_SYMS)),
    ]
    options = [o for o in options if o != pw and o[-1] not in ".?"]
    return rng.choice(options)


# --------------------------------------------------------------------------------------
# Negative values (look-alikes that must pass untouched)
# --------------------------------------------------------------------------------------

FIRST_EN = [
    "jake",
    "maya",
    "tyler",
    "bri",
    "marcus",
    "kayla",
    "ethan",
    "destiny",
    "noah",
    "aaliyah",
    "kev",
    "priya",
    "trent",
    "jaz",
    "dre",
]
FIRST_ES = [
    "maria",
    "sofi",
    "diego",
    "vale",
    "mateo",
    "cami",
    "andres",
    "lucia",
    "santi",
    "dani",
    "jose",
    "ximena",
    "ale",
    "pao",
    "lupita",
]
LAST = [
    "lopez",
    "nguyen",
    "garcia",
    "smith",
    "martinez",
    "johnson",
    "rivera",
    "kim",
    "torres",
    "brown",
    "ramirez",
    "patel",
    "cruz",
    "ortiz",
]
KID_NAMES = [
    "Sofía",
    "Diego",
    "Mateo",
    "Valentina",
    "Camila",
    "Andrés",
    "Jayden",
    "Emily",
    "Marcus",
    "Isabella",
    "Lucas",
    "Gabriela",
]
FULL_NAMES = [
    "Maria Lopez",
    "Tyler Nguyen",
    "Kayla Johnson",
    "Diego Ramirez",
    "Priya Patel",
    "Andrés Rivera",
    "Destiny Brown",
    "José Ortiz",
    "Camila Torres",
    "Marcus Kim",
]
AGENTS = ["Dana", "Luis", "Rachel", "Marco", "Keisha", "Ana", "Jordan", "Paola", "Trevor", "Inés"]
BIZ = [
    "Tacos El Güero", "Bella Nails & Spa", "Lone Star Coffee Truck", "Crown Cuts Barbershop",
    "Petal & Stem Florist", "Vintage Threads", "La Arepa Loca", "Kim's Alterations", "Smoke Pit BBQ",
    "Glow Lash Studio", "Panadería San Juan", "Birria Bros", "Mango Mango Smoothies",
    "Estética Lupita", "Boricua Bites food truck", "Second Spin Records",
]  # fmt: skip
COURSES = [
    "CHEM 1301",
    "MATH 2413",
    "ECON 2301",
    "BIOL 1406",
    "PSY 2301",
    "HIST 1301",
    "PHYS 1401",
    "ENGL 1302",
    "CS 1428",
    "ACCT 2301",
]
DORMS = [
    "Jester West 412",
    "Torres Hall 214",
    "Kinsolving 3B",
    "dorm 12 room 305",
    "Hall C rm 118",
    "Casa Verde apt 7",
    "North Tower 1009",
]
ERRS = [
    "E-305", "E305", "declined 05", "error 1002", "code 51", "DECLINED 54", "CARD READ ERROR 12",
    "Comm Error 107", "HOST UNAVAILABLE (91)", "E-2207", "err 0x1F4", "NO RESPONSE 96", "declined 61",
]  # fmt: skip
FEES = [
    "2.6% + 10¢",
    "2.9% + 30¢",
    "3.5% + 15¢",
    "2.75%",
    "2.6% + 15¢",
    "3.49% + 49¢",
    "1.95% + 10¢",
    "2.7% flat",
]
BRAND_WORD = ["VISA", "MC", "MASTERCARD", "AMEX", "DISCOVER", "DEBIT", "VISA DEBIT"]
GAMER_WORDS = [
    "sniper",
    "NoScope",
    "ElTigre",
    "queso",
    "xXShadow",
    "Goku",
    "Lobo",
    "Pixel",
    "Rayo",
    "Vandal",
    "Chavo",
    "Ghost",
]
MONTHS_EN = ["Jan", "Feb", "March", "April", "May", "June", "Jan.", "Feb."]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio"]


def neg_value(rng: Random, base: str, lang: str, person: tuple[str, str] = ("", "")) -> str:
    es = lang == "es"
    if base == "mid":
        n = rng.choice([12, 13, 14, 15, 15, 16, 16])
        return luhn_break(rng.choice("45812369") + digits(rng, n - 1))
    if base == "tid":
        return rng.choice("1234567") + digits(rng, 7)
    if base == "batch":
        return rng.choice(
            [
                f"{rng.randint(1, 999):03d}",
                f"{rng.randint(1, 9999):04d}",
                str(rng.randint(100, 999)),
            ]
        )
    if base == "auth":
        pat = rng.randrange(4)
        if pat == 0:
            return digits(rng, 5) + rng.choice("ABCDXZ")
        if pat == 1:
            return digits(rng, 6)
        if pat == 2:
            return "0" + digits(rng, 5)
        return rng.choice("TVM") + digits(rng, 5)
    if base == "arn":
        return rng.choice(["24", "74", "85", "24"]) + digits(rng, 21)
    if base == "inv":
        return rng.choice(
            [
                f"INV-2026-{rng.randint(1, 999):04d}",
                f"#{rng.randint(1000, 99999)}",
                f"{rng.randint(1000, 9999)}",
                f"INV{rng.randint(10000, 99999)}",
            ]
        )
    if base == "order":
        return rng.choice(
            [
                f"#{rng.randint(1001, 19999)}",
                f"ORD-{rng.randint(10000, 99999)}",
                f"#{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                f"{rng.randint(100000, 999999)}",
            ]
        )
    if base == "amt":
        whole = rng.choices(
            [rng.randint(3, 99), rng.randint(100, 999), rng.randint(1000, 4999)], [45, 40, 15]
        )[0]
        cents = rng.choice(["00", "50", "99", f"{rng.randint(0, 99):02d}"])
        num = f"{whole:,}" if rng.random() < 0.7 else str(whole)
        if es and rng.random() < 0.3:
            return f"{num}.{cents} dólares"
        return rng.choice([f"${num}.{cents}", f"${num}.{cents}", f"${whole}", f"{num}.{cents}"])
    if base == "fee":
        return rng.choice(FEES)
    if base == "feeamt":
        return f"${rng.randint(1, 90)}.{rng.randint(0, 99):02d}"
    if base == "date":
        if es:
            return rng.choice(
                [
                    f"{rng.randint(1, 28)} de {rng.choice(MONTHS_ES)}",
                    f"{rng.randint(1, 6)}/{rng.randint(1, 28)}",
                    rng.choice(["lunes", "martes", "viernes"]),
                ]
            )
        return rng.choice(
            [
                f"{rng.randint(1, 6)}/{rng.randint(1, 28)}",
                f"{rng.choice(MONTHS_EN)} {rng.randint(1, 28)}",
                f"{rng.randint(1, 6):02d}/{rng.randint(1, 28):02d}/2026",
                rng.choice(["Monday", "Friday", "Tuesday"]),
            ]
        )
    if base == "exp":
        mm, yy = rng.randint(1, 12), rng.randint(26, 31)
        return rng.choice([f"{mm:02d}/{yy}", f"{mm}/{yy}", f"{mm:02d}-{yy}", f"{mm:02d}/20{yy}"])
    if base == "routing":
        while True:
            d8 = f"{rng.choice([rng.randint(1, 12), rng.randint(21, 32)]):02d}" + digits(rng, 6)
            for last in "0123456789":
                r = d8 + last
                w = [3, 7, 1] * 3
                if sum(int(c) * k for c, k in zip(r, w, strict=True)) % 10 == 0:
                    return r
    if base == "acct":
        return rng.choice("123456789") + digits(rng, rng.choice([9, 10, 11]))
    if base == "ein":
        return f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"
    if base == "err":
        return rng.choice(ERRS)
    if base == "store":
        return f"{rng.randint(1, 999):04d}"
    if base == "masked":
        l4 = digits(rng, 4)
        pat = rng.randrange(6)
        if pat == 0:
            return f"{rng.choice(BRAND_WORD)} ************{l4}"
        if pat == 1:
            return f"XXXX{l4}"
        if pat == 2:
            return f"{rng.choice(BRAND_WORD)} XXXX XXXX XXXX {l4}"
        if pat == 3:
            return f"AMEX ***********{l4}"
        if pat == 4:
            return f"•••• {l4}"
        return f"{rng.choice(BRAND_WORD)} ...{l4}"
    if base == "last4":
        return digits(rng, 4)
    if base == "caseno":
        return rng.choice(
            [
                f"CB-{digits(rng, 7)}",
                f"{rng.choice('123456789')}{digits(rng, 7)}",
                f"DSP-2026-{digits(rng, 5)}",
            ]
        )
    if base == "rrn":
        return rng.choice("0123456") + digits(rng, 11)
    if base == "serial":
        return rng.choice(
            [
                f"1850{digits(rng, 6)}",
                f"C042UQ{digits(rng, 8)}",
                f"WPOS-{digits(rng, 8)}",
                f"SN {digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}",
            ]
        )
    if base == "biz":
        return rng.choice(BIZ)
    if base == "bank":
        return BANK
    if base == "agent":
        return rng.choice(AGENTS)
    if base == "name":
        return rng.choice(KID_NAMES)
    if base == "fullname":
        return rng.choice(FULL_NAMES)
    if base == "phone":
        pat = rng.randrange(6)
        area = rng.choice(["512", "737", "210", "713", "956", "915", "305", "787"])
        if pat == 0:
            return f"({area}) 555-01{rng.randint(10, 99)}"
        if pat == 1:
            return f"{area}-555-01{rng.randint(10, 99)}"
        if pat == 2:
            return f"+52 55 {digits(rng, 4)} {digits(rng, 4)}"
        if pat == 3:
            return f"+57 3{rng.randint(10, 22)} {digits(rng, 3)} {digits(rng, 4)}"
        if pat == 4:
            return f"{area}.555.01{rng.randint(10, 99)}"
        return f"+34 6{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"
    if base == "zip":
        return rng.choice(
            [
                "78705",
                "78741",
                "77004",
                "79968",
                "33199",
                "00925",
                "10027",
                "78539",
                "85281",
                "32816",
            ]
        )
    if base == "dob":
        y, m, d = rng.randint(1998, 2008), rng.randint(1, 12), rng.randint(1, 28)
        if es:
            return rng.choice([f"{d} de {rng.choice(MONTHS_ES)} de {y}", f"{d:02d}/{m:02d}/{y}"])
        return rng.choice(
            [
                f"{m:02d}/{d:02d}/{y}",
                f"{m}/{d}/{y}",
                f"{rng.choice(MONTHS_EN)} {d}, {y}",
                f"{m}-{d}-{y % 100:02d}",
            ]
        )
    if base == "time":
        return rng.choice(
            [
                f"{rng.randint(1, 11)}:{rng.choice(['00', '15', '30', '45'])}",
                f"{rng.randint(1, 11)}pm",
                f"{rng.randint(8, 11)}:{rng.randint(10, 59)} am",
                "midnight",
            ]
        )
    if base == "handle":
        f = rng.choice(FIRST_EN + FIRST_ES)
        pat = rng.randrange(4)
        if pat == 0:
            return f"${f}{rng.randint(2000, 2008)}"
        if pat == 1:
            return f"@{f}-{rng.choice(LAST)}-{rng.randint(1, 9):02d}"
        if pat == 2:
            return f"${f.capitalize()}{rng.choice(LAST).capitalize()}{rng.randint(1, 99)}"
        return f"@{f}.{rng.choice(LAST)}{rng.randint(1, 30)}"
    if base == "gamer":
        w = rng.choice(GAMER_WORDS)
        return rng.choice(
            [
                f"xX{w}{rng.randint(10, 99)}Xx",
                f"{w}_{rng.randint(1, 999)}",
                f"{w}{rng.choice(['MX', 'PR', 'TX'])}{rng.randint(1, 99)}",
                f"Lil{w}{rng.randint(2000, 2008)}",
            ]
        )
    if base == "user":
        f, ln = person if person[0] else (rng.choice(FIRST_EN + FIRST_ES), rng.choice(LAST))
        return rng.choice(
            [
                f"{f}.{ln[0]}{rng.randint(2000, 2008)}",
                f"{f[0]}{ln}{rng.randint(1, 9):02d}",
                f"{f}_{ln}",
                f"{f}{ln[:3]}{rng.randint(10, 99)}",
            ]
        )
    if base == "email":
        f, ln = person if person[0] else (rng.choice(FIRST_EN + FIRST_ES), rng.choice(LAST))
        dom = rng.choice(
            [
                "gmail.com",
                "utexas.edu",
                "icloud.com",
                "outlook.com",
                "miners.utep.edu",
                "hotmail.com",
            ]
        )
        return f"{f}.{ln}{rng.choice(['', str(rng.randint(1, 99))])}@{dom}"
    if base == "sid":
        return "9" + digits(rng, 8) if rng.random() < 0.75 else "8" + digits(rng, 8)
    if base == "dorm":
        return rng.choice(DORMS)
    if base == "course":
        return rng.choice(COURSES)
    if base == "year":
        return rng.choice(["2026", "2027", "2025"])
    if base == "score":
        return rng.choice(["92", "78", "64", "88", "101/120", "3.4"])
    if base == "apt":
        return rng.choice(["3B", "12", "204", "1C", "7"])
    if base == "ticket":
        return rng.choice(
            [
                f"{rng.randint(10, 99)}-{rng.randint(10000, 99999)}/LAX",
                f"#TM-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
                f"{rng.randint(10, 99)}-{rng.randint(10000, 99999)}/HOU",
            ]
        )
    if base == "track":
        if rng.random() < 0.5:
            return "9400 " + " ".join(digits(rng, 4) for _ in range(4)) + " " + digits(rng, 2)
        return "1Z" + rng.choice(["999AA1", "4E27W0", "X4Y82R"]) + digits(rng, 10)
    if base == "amazon":
        return f"{rng.randint(111, 114)}-{digits(rng, 7)}-{digits(rng, 7)}"
    if base == "venmo":
        return luhn_break(rng.choice("34") + digits(rng, 18))
    raise KeyError(base)


CONV_SCOPED = {
    "mid",
    "tid",
    "biz",
    "handle",
    "user",
    "email",
    "sid",
    "zip",
    "dob",
    "phone",
    "store",
    "ein",
    "gamer",
    "name",
    "fullname",
    "dorm",
    "agent",
    "exp",
    "last4",
}

# --------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------

Entry = str | tuple[frozenset[str], str] | tuple[str, str]
REG: dict[tuple[str, str, str], list[Entry]] = defaultdict(list)


def add(cat: str, desk: str, lang: str, entries: list[Entry]) -> None:
    REG[cat, desk, lang].extend(entries)


def T(*types: str) -> frozenset[str]:
    return frozenset(types)


# ---- clean customer messages, heavy with look-alikes --------------------------------

add(
    "neg",
    "m",
    "en",
    [
        "Hi, the deposit for batch {batch} hasn't hit my account. It settled {date}, net {amt}. MID {mid}.",
        "terminal keeps saying {err} when people tap their phones. TID {tid}, store #{store}",
        "Got a chargeback notice for {amt}, ARN {arn}. Receipt shows {masked}, auth code {auth}. What do I need to send?",
        "Why is my rate {fee} now? My old statement says {fee2}.",
        "Customer says she got charged twice for order {order}, {amt} each. Approvals {auth} and {auth2}.",
        "Deposit came in short, expected {amt} and got {amt2}. Is that fees or a hold?",
        "I need to change where deposits go. New routing {routing}, account {acct}. EIN {ein} for {biz}.",
        "Food truck here, MID {mid}. Tap to pay on my phone throws {err} for every Amex.",
        "Refunded invoice {inv} on {date} but the customer says nothing showed up. Card on the receipt: {masked}",
        "batch {batch} says 14 transactions, my terminal report says 13. TID {tid}.",
        "Online checkout took {amt} from a card ending {last4} but order {order} was cancelled before it shipped.",
        "Chargeback reason 13.1, ARN {arn}, {amt}, case {caseno}. When is the deadline to respond?",
        "Receipt reads: APPROVED {auth} / {masked} / CONTACTLESS / REF {rrn}. The customer's bank says declined??",
        "Need a copy of my 1099-K for 2025. Business is {biz}, EIN {ein}, MID {mid}.",
        "We moved locations, new one is store #{store}. Can I keep TID {tid} or do I need a new one?",
        "My March statement has {fee} plus a $9.95 monthly and a $79.00 PCI fee. What's the PCI one for?",
        "After last night's update the terminal shows {err}. Serial on the back: {serial}.",
        "Keyed a sale for {amt} instead of {amt2}, approval {auth}. Can I void it before the batch closes at {time}?",
        "Settlement report says batch {batch}, {date}, gross {amt}, fees {feeamt}. Still pending on my end.",
        "Salon owner, {biz}. A client disputed {amt} from {date}, her receipt says {masked}. Case {caseno}.",
        "Tip adjust didn't go through on 3 tickets, auth {auth}, {auth2}, {auth3}. Batch {batch} closed at {time}.",
        "Our online store payout says {amt} on {date} but the bank shows {amt2}. Deposit account ending {last4}.",
        "Customer paid {amt} with Apple Pay, receipt shows {masked}. She wants the refund on a different card, can I do that?",
        "Error {err} every time I try to close the batch. TID {tid}, MID {mid}.",
        "Two deposits on {date}: {amt} and {amt2}. Which batches are those? I only closed batch {batch}.",
        "my reader says {err} and then prints a receipt with {masked} DECLINED. TID {tid}",
    ],
)
add(
    "neg",
    "m",
    "es",
    [
        "Hola, el depósito del lote {batch} no ha llegado. Se liquidó el {date} por {amt}. Mi MID es {mid}.",
        "La terminal me marca {err} cada vez que pasan la tarjeta. TID {tid}, sucursal {store}.",
        "Me llegó un contracargo por {amt}, ARN {arn}. El recibo dice {masked}, autorización {auth}.",
        "¿Por qué me están cobrando {fee}? Antes era {fee2}. Tengo un food truck, comercio {mid}.",
        "Cambié la cuenta para los depósitos: ruta {routing}, cuenta {acct}. EIN {ein}.",
        "Una clienta pagó dos veces el pedido {order}, {amt} cada uno, aprobaciones {auth} y {auth2}.",
        "Hice el reembolso de la factura {inv} el {date} pero la clienta dice que no le ha caído. Tarjeta con terminación {last4}.",
        "El cierre de lote de la sucursal {store} fue a las {time} y el depósito salió de {amt2}, esperaba {amt}.",
        "Tengo una estética, {biz}. ¿Me mandan el 1099-K de 2025? EIN {ein}.",
        "El recibo dice APROBADO {auth} {masked} SIN CONTACTO, pero al cliente le sale rechazada.",
        "Número de serie de la terminal: {serial}. Desde la actualización sale {err}.",
        "Buenas, el lote {batch} tenía 22 ventas y solo me depositaron {amt}. TID {tid}.",
        "Tengo una guagua de comida, MID {mid}, y la terminal dice {err} desde ayer",
    ],
)
add(
    "neg",
    "m",
    "mix",
    [
        "hola, my deposit del batch {batch} no ha llegado, MID {mid}",
        "la terminal dice {err} otra vez, TID {tid}, ayuda porfa que tengo fila",
        "el chargeback es de {amt}, ARN {arn}, y el receipt dice {masked}",
        "the fee es {fee}?? antes me cobraban {fee2}",
        "un cliente me pagó twice, order {order}, approval {auth} y {auth2}",
        "cambié el routing a {routing} y la cuenta {acct}, is that ok?",
        "el refund de la invoice {inv} no le llega a la señora, card ending {last4}",
        "settled el {date} por {amt} pero el deposit no aparece, batch {batch}",
    ],
)
add(
    "neg",
    "s",
    "en",
    [
        "hey so i sent {amt} to {handle} on zelle and it's been pending since {date} 😭",
        "ngl my card got declined at the campus store for my {course} book, it was like {amt}",
        "my roommate venmo'd me {amt} for rent from {handle} but nothing in my checking??",
        "why is there a {amt} charge from some gaming store lol my gamertag is {gamer} and i didnt buy anything",
        "student id is {sid} if that helps, i live in {dorm}",
        "got a text from {phone} saying my account is locked, is that u guys or a scam",
        "the card ending in {last4} is mine, the other one is my mom's",
        "concert tix were {amt} + fees, order {ticket}, and i got charged twice fr",
        "my username is {user} and email {email}, it keeps saying account not found",
        "split rent for apt {apt} is {amt} each, i sent mine {date} but my landlord says no",
        "lmao got a {score} on my {course} midterm but my account is at {amt} 💀",
        "tracking {track} says delivered but nothing came, can i dispute it with my card",
        "can u raise my daily limit? need to pay {amt} for the fall {year} housing deposit",
        "cash app says {handle} sent me {amt} but it's not showing up",
        "tbh idk what this {amt} charge on {date} is, it says SQ *COFFEE CART",
        "amazon order {amazon} got cancelled but the {amt} is still pending",
        "my venmo transaction id is {venmo} if u need it",
        "i'm an international student, my phone is {phone} and my zip here is {zip}",
        "pls i need the money for my flight on {date}, the {amt} transfer from my mom is stuck",
        "it says my card ending {last4} expires {exp} but i got a new one, do i activate it?",
        "paid {amt2} for the {course} lab fee with apple pay and it charged me {amt}",
        "Hi, I'm Jayden's dad. He's in {dorm} and says his card ending {last4} was declined for {amt}. Can you check?",
        "my gf sent me {amt} on zelle from {phone} like 2 hrs ago, nothing yet",
        "the screenshot says 'Transaction declined - code 05 - card ending {last4}' idk what that means",
        "ok so 3 of us split the airbnb, {amt} each, sent to {handle} and {handle2}",
        "my student id {sid} got linked wrong, it shows someone else's name on the meal plan",
    ],
)
add(
    "neg",
    "s",
    "es",
    [
        "q onda, no me llega el zelle de mi roomie, {amt} de la renta",
        "wey me cobraron dos veces el boleto del concierto, orden {ticket}",
        "mi matrícula es {sid} y vivo en {dorm}, ¿eso sirve?",
        "me llegó un mensaje del {phone} diciendo que mi cuenta está bloqueada, ¿son ustedes?",
        "la tarjeta que termina en {last4} es la mía, la otra es de mi papá",
        "mi usuario es {user} y el correo {email}, no me deja entrar",
        "neta no sé qué es este cargo de {amt} del {date}",
        "parce, mi mamá me mandó {amt} desde Colombia y no aparece",
        "vale, el pedido de Amazon {amazon} se canceló pero sigue el cargo de {amt}",
        "mi número de acá es {phone} y el código postal {zip}",
        "el cash app de mi amiga es {handle}, le mandé {amt} y no le llegó",
        "mi gamertag es {gamer} y me salió un cargo de {amt} de la tienda de juegos, yo no fui",
        "Soy la mamá de {name}, estudia en {dorm}. Su tarjeta que termina en {last4} no pasa, ¿qué pasó?",
        "la captura dice 'rechazada - código 05 - tarjeta {masked}', q significa eso",
        "Wepa, mi abuela me mandó {amt} por ATH Móvil desde el {phone} y no me aparece",
        "tío, me han cobrado {amt} en la matrícula del curso {course}, ¿es normal?",
    ],
)
add(
    "neg",
    "s",
    "mix",
    [
        "ok so le mandé {amt} a {handle} por zelle y dice pending 😭",
        "my card ending {last4} no pasa en la tienda del campus, q onda",
        "el cargo de {amt} del {date}, idk what it is fr",
        "mi student id es {sid}, i live in {dorm}",
        "me cobraron twice los tickets, order {ticket} 😤",
        "my mom me mandó {amt} por zelle y no aparece, xfa check",
        "mi username es {user} y el email {email}, no puedo hacer login",
        "el tracking {track} dice delivered pero no llegó nada, can i dispute?",
    ],
)

add(
    "short",
    "s",
    "en",
    [
        "hello??",
        "anyone there",
        "pls",
        "😭😭",
        "ok",
        "wait",
        "fr?",
        "lol ok",
        "idk",
        "hellooo",
        "pls hurry",
        "ok ty",
    ],
)
add("short", "s", "es", ["hola??", "ayuda", "porfa", "q onda", "oigan", "wey", "holaaa", "xfa"])
add("short", "s", "mix", ["hello?? alguien", "porfa help", "ok wey", "pls ayuda"])
add("short", "m", "en", ["Hello?", "Still there?", "ok", "Customer is waiting, please"])
add("short", "m", "es", ["¿Hola?", "¿Sigue ahí?", "Ok", "Tengo clientes esperando"])
add("short", "m", "mix", ["hello? sigue ahí?", "ok perfect"])

add(
    "wait",
    "*",
    "en",
    [
        "hold on",
        "one sec",
        "lemme check",
        "ok wait it's on my other phone",
        "sec",
        "hang on, customer is still here",
        "hmm ok",
    ],
)
add(
    "wait",
    "*",
    "es",
    [
        "espérame",
        "ahorita lo busco",
        "dame un segundo",
        "un momento",
        "a ver, déjeme ver",
    ],
)
add("wait", "*", "mix", ["wait, ahorita lo busco", "un sec", "hold on, déjame ver"])
add(
    "wait_otp",
    "*",
    "en",
    ["it hasn't come yet", "ok it came", "searching my texts lol", "nothing yet... ok there it is"],
)
add(
    "wait_card",
    "*",
    "en",
    ["brb getting my wallet", "card's in my car, hold on", "she's reading it to me, sec"],
)
add("wait_card", "*", "es", ["voy por la cartera", "déjeme sacar la tarjeta"])
add("wait_card", "*", "mix", ["wait, voy por mi wallet"])
add("wait_otp", "*", "es", ["ya llegó", "todavía no me llega", "ya me llegó el mensaje"])
add("wait_otp", "*", "mix", ["ok ya llegó", "todavía no llega, wait"])

add("confused", "*", "en", ["which code?", "what number?", "huh?", "wdym", "sorry, which one?"])
add("confused", "*", "es", ["¿cuál código?", "¿cuál?", "¿cómo?", "¿perdón, cuál número?"])
add("confused", "*", "mix", ["cuál code?", "wdym? cuál"])

add(
    "refuse",
    "*",
    "en",
    [
        "no, i'm not sending that here",
        "isn't that the thing you guys always say never to share?",
        "uhh that seems sus ngl",
        "I'd rather not type that in a chat. Can I verify another way?",
        "Why do you need that? Your letters say the bank never asks for it.",
        "I'm not comfortable giving that out over chat.",
        "nah i'll call the number on the back of my card",
    ],
)
add(
    "refuse",
    "*",
    "es",
    [
        "No, eso no lo voy a mandar por aquí.",
        "¿No que nunca lo piden? Mejor llamo al banco.",
        "nel, eso no lo doy",
        "Prefiero no escribir eso en el chat. ¿Hay otra forma de verificar?",
    ],
)
add(
    "refuse",
    "*",
    "mix",
    ["nah, eso no lo mando por aquí", "umm that's sus, mejor llamo", "no way, eso es privado"],
)

add(
    "thanks",
    "*",
    "en",
    [
        "thank u!!",
        "ok thanks",
        "ty 🙏",
        "perfect, thanks",
        "appreciate it",
        "k",
        "Great, thank you.",
        "thx",
    ],
)
add(
    "thanks",
    "*",
    "es",
    ["¡gracias!", "mil gracias", "ok, gracias", "va, gracias", "Muy amable, gracias."],
)
add("thanks", "*", "mix", ["ok thank u, gracias!", "ty, gracias 🙏", "perfect, gracias"])

add(
    "intro",
    "*",
    "en",
    [
        "the app keeps cutting off long numbers so i'll send it in pieces",
        "ok sending it in parts",
        "my keyboard is glitching, gonna type it in chunks",
    ],
)
add(
    "intro",
    "*",
    "es",
    [
        "la app me corta los números largos, se los mando en partes",
        "va en pedazos porque no me deja pegarlo",
    ],
)
add("intro", "*", "mix", ["te lo mando in parts porque la app lo corta", "ok va en pedazos"])

# ---- customer secrets, volunteered ------------------------------------------------------

add(
    "sec",
    "m",
    "en",
    [
        "Customer wants a refund but lost her receipt. Her card is {card}, can you push {amt} back to it?",
        "Terminal's down, can you key this one for me? {card} exp {exp} cvv {cvv}, {amt}",
        "Receipt shows {cmasked} APPROVED {auth}. The full number the guy read me is {card} — is that what you need for the refund?",
        "For the chargeback on order {order}: the card used was {card}, sale on {date} for {amt}.",
        "Amex customer on the phone, card {card_amex} CID {cid}, paying invoice {inv}. Can you run it? My Clover is frozen.",
        "the code you just texted me is {otp}",
        "I got a text with {otp} but the portal says it expired",
        "My debit card PIN is {pin} if you need it to unlock the deposits",
        "I can't get into the merchant portal. Password is {pw} am I typing it wrong?",
        "The tech told me to give you the terminal admin password: {pw}",
        "Owner verification: SSN {ssn}, EIN {ein}, business {biz}.",
        "Ugh, the app logged me out again. User {user}, pw {pw}",
        "Here is the card the customer used:\n{card}\nOrder {order}, she wants it back on the same card.",
        "Refund please: {card} / {exp} / {amt}. Thanks!",
        "Guy paid with a JCB and the terminal rejected it: {card_jcb}. Can I take it manually? Back code {cvv}",
        "PIN for the business debit is {pin}, the ATM ate my card",
        "Got your text, code {otp}. Now can you release batch {batch}?",
        "She booked by phone: {card}, exp {exp}, security code {cvv}. I wrote it on a sticky note lol, can I run it?",
        "2FA for the portal: {otp}",
        'my online banking password is "{pw}" and it says locked',
        "Terminal password is {pw} — I changed it last week, my manager knows it too",
        "Security code from the back of the customer's card: {cvv}",
        "Batch {batch} receipt: {cmasked} SALE {amt} AUTH {auth}\ncustomer's full card {card} — refund that one please",
        "Diners card from a tourist, {card_diners}, terminal says {err}. Can you process it?",
        "my SSN is {ssn} (sole proprietor, no EIN yet)",
        "The W-9 says SSN or EIN. I don't have an EIN so it's {ssn}",
        'Here\'s what the customer wrote on the order form: "{card}" exp {exp}. Can I charge it?',
    ],
)
add(
    "sec",
    "m",
    "es",
    [
        "La clienta quiere su reembolso y no trae el recibo. Su tarjeta es {card}, fueron {amt}.",
        "Se me cayó la terminal, ¿me pueden pasar esta venta a mano? Tarjeta {card}, vence {exp}, código {cvv}",
        "El recibo dice {cmasked} APROBADO {auth}, pero el número completo que me dictó el señor es {card}",
        "Ya me llegó el código: {otp}",
        "Mi NIP de la tarjeta del negocio es {pin}, para que me desbloqueen",
        "No puedo entrar al portal de comercios, mi contraseña es {pw}",
        "El técnico me dijo que les diera la contraseña de administrador de la terminal: {pw}",
        "Para la verificación del dueño: seguro social {ssn}, EIN {ein}",
        "Mi número de seguro social: {ssn} (lo pide el formulario W-9)",
        "Para el contracargo del pedido {order}, la tarjeta del cliente era {card}",
        "Cliente con American Express: {card_amex}, los 4 números del frente {cid}, quiere pagar la factura {inv}",
        "el pin es {pin} pero ya lo intenté 2 veces",
        "Código que me mandaron por mensaje: {otp}. ¿Ya pueden liberar el lote {batch}?",
        "Tarjeta UnionPay de un turista: {card_unionpay}. La terminal la rechaza con {err}.",
        "Le paso el código de la app de autenticación: {otp}",
        "El dueño anterior dejó la contraseña de la terminal en un papelito: {pw}",
    ],
)
add(
    "sec",
    "m",
    "mix",
    [
        "el cliente me dio su card para el refund: {card}, son {amt}",
        "la terminal no sirve, can you run it manual? {card} exp {exp} cvv {cvv}",
        "ya me llegó el code, {otp}",
        "my pin es {pin}, el de la debit del negocio",
        "el password del portal es {pw} y no me deja entrar, ayuda",
        "the admin password de la terminal es {pw} y el técnico dijo que se los diera",
        "mi social es {ssn} para el owner verification",
        "el W-9 pide my SSN, es {ssn}",
    ],
)
add(
    "sec",
    "s",
    "en",
    [
        "pls help my card got locked 😭 the number is {card}",
        "ok so the code is {otp}",
        "ngl i think someone has my password, it's {pw} 😬 should i change it",
        "Hi, this is his mom typing. My son's card is {card}, he's at college and it keeps getting declined.",
        "authenticator app says {otp} rn",
        'it says "{otp} is your verification code. Don\'t share it with anyone."',
        "idk if my pin is {pin} or if i changed it lmao",
        "my ssn is {ssn} for the student account form",
        "the 3 numbers on the back are {cvv}",
        "my card number is {card} expiration {exp} and the code on the back is {cvv}",
        "screenshot of the text says: {bank}: Your code is {otp}. Expires in 10 min.",
        "i tried buying tickets with {card} and it said declined 😤",
        "my daughter's debit is {card}, she says it got charged twice at the bookstore",
        "pin {pin}",
        "fr i just typed my password {pw} like 5 times and it keeps saying wrong",
        "social {ssn}",
        "cvv {cvv} exp {exp}",
        "wait i got 2 codes, {otp} and then {otp_b}, which one",
        "my login is {user} and password {pw}",
        "yo the card i used on steam was {card}, gamertag {gamer} if that matters",
        "venmo is {handle}, the card linked is {card}",
        'got this: "{bank}: {otp} is your one-time code. We\'ll never call to ask for it."',
        "pls the code {otp} expires in like 5 min",
        "new pin i set is {pin} but the atm says invalid",
        "This is Kayla's mother. Her social is {ssn}, I'm the parent on the account.",
        "for the FAFSA refund thing they need my ssn right? its {ssn}",
        "hi yes I need help my daughter's card number is {card} and she is in college thank you",
        "the code they sent me is {otp} comma can you unlock it now",
        "my pin is {pin} period i need cash for the bus",
        "screenshot of my authenticator: Crestline — {otp} (expires in 0:21)",
    ],
)
add(
    "sec",
    "s",
    "es",
    [
        "porfa ayúdame, me bloquearon la tarjeta 😭 es la {card}",
        "el código es {otp} xfa apúrate que se vence",
        "neta no me acuerdo mi nip, creo que es {pin}",
        "Hola, soy la mamá de {name}. La tarjeta de mi hija es {card}, está estudiando en Austin y no le pasa.",
        "el authenticator dice {otp}",
        'me llegó esto: "{bank}: tu código es {otp}. No lo compartas."',
        "mi contraseña es {pw} ya la puse mil veces y nada",
        "mi seguro social es {ssn}, lo pide la forma de la cuenta de estudiante",
        "los 3 de atrás son {cvv}",
        "wey compré los boletos con la {card} y me los cobraron doble",
        "el pin que le puse es {pin} pero el cajero dice que no",
        "mi tarjeta es {card} vence {exp} y el código de atrás {cvv}",
        "tío, la clave del banco en línea es {pw} y me dice que está bloqueada",
        "parce, el código que me llegó es {otp}",
        "Wepa, estoy bregando con la tarjeta, el número es {card}",
        "mi clave del cajero es {pin}, bendito no me deja sacar chavos",
        "Qué pena con usted, el código es {otp}",
        "Vale, os paso el PIN: {pin}",
    ],
)
add(
    "sec",
    "s",
    "mix",
    [
        "ok so mi card es {card}, porfa check it",
        "ya me llegó el code: {otp} 🙏",
        "my password es {pw} and it says wrong, q onda",
        "mi pin is {pin} i think, o era otro idk",
        "my mom says her social es {ssn}, ella es la parent en la cuenta",
        "el cvv es {cvv} lol",
        "la card de mi hijo es {card}, he's in college y no le pasa",
        "el authenticator app dice {otp}",
        "bro la card es {card}, it got declined en el Oxxo",
        "xfa my mom's code es {otp}, she's the parent en la cuenta",
    ],
)

# ---- customer answers to an ask (bare or short) ---------------------------------------

add("ans", "*", "en", [
    "{otp}", "its {otp}", "ok it came, {otp}", "{otp} 👍", "code is {otp}", "um {otp}? lmk if it works",
    "{pin}", "its {pin}", "pin: {pin}", "ok it's {pin}",
    "{pw}", "it's {pw}", "\"{pw}\"", "password is {pw}", "ok, {pw}",
    "{cvv}", "back says {cvv}", "{cvv} i think",
    "{card}", "here: {card}", "ok {card}",
    "{card} exp {exp} cvv {cvv}", "{card}\nexp {exp}\n{cvv}", "{card} {exp} {cvv}",
    "{ssn}", "sure, it's {ssn}", "ok... {ssn}",
    "admin password is {pw} and my pin is {pin}",
    "{ssn} and the code was {otp}",
    "{otp} no wait {otp_b}",
])  # fmt: skip
add("ans", "*", "es", [
    "{otp}", "es {otp}", "ya llegó: {otp}", "me salió {otp}",
    "{pin}", "es {pin}", "mi nip es {pin}",
    "{pw}", "es {pw}", "la contraseña es {pw}",
    "{cvv}", "atrás dice {cvv}",
    "{card}", "es la {card}", "{card} vence {exp} código {cvv}",
    "{ssn}", "claro, es {ssn}",
    "la contraseña es {pw} y el pin {pin}",
])  # fmt: skip
add("ans", "*", "mix", [
    "ok el code es {otp}", "ya, {otp}", "es {pin}", "ok mi pin es {pin}", "the password es {pw}",
    "es la {card}", "ok {card} y el cvv {cvv}", "mi social es {ssn}",
])  # fmt: skip

add(
    "fix",
    "*",
    "en",
    ["wait no it's {val}", "sorry typo, {val}", "oops {val}*", "nvm that one's old, it's {val}"],
)
add("fix", "*", "es", ["perdón, es {val}", "no espere, es {val}", "me equivoqué, es {val}"])
add("fix", "*", "mix", ["wait no, es {val}", "sorry, era {val}"])

add("split_first", "*", "en", ["{part}", "ok it's {part}", "first part {part}", "{part}..."])
add("split_mid", "*", "en", ["{part}", "then {part}", "next {part}"])
add(
    "split_last",
    "*",
    "en",
    ["{part}", "and {part}", "last part {part}", "{part} thats it", "{part} exp {exp}"],
)
add("split_first", "*", "es", ["{part}", "los primeros: {part}", "empieza con {part}"])
add("split_mid", "*", "es", ["{part}", "luego {part}", "después {part}"])
add("split_last", "*", "es", ["{part}", "y al final {part}", "los últimos {part}", "y {part} ya"])
add("split_first", "*", "mix", ["ok the first ones {part}", "{part}"])
add("split_mid", "*", "mix", ["luego {part}", "{part}"])
add("split_last", "*", "mix", ["and last {part}", "y {part}, that's it"])
add("split_tail", "*", "en", ["exp {exp} cvv {cvv}", "{cvv} on the back", "exp {exp}"])
add("split_tail", "*", "es", ["vence {exp}, código {cvv}", "atrás dice {cvv}", "vence {exp}"])
add("split_tail", "*", "mix", ["exp {exp} y el cvv {cvv}", "vence {exp}"])

# ---- customer replies to legitimate verification --------------------------------------

VRESP: dict[str, dict[str, list[str]]] = {
    "en": {
        "last4": [
            "{last4}",
            "ends in {last4}",
            "last 4 are {last4}",
            "it's the one ending {last4}",
            "{last4} i think",
        ],
        "zip": ["{zip}", "zip is {zip}", "{zip} (campus address)"],
        "dob": ["{dob}", "dob {dob}", "born {dob}"],
        "mid": ["{biz}, MID {mid}", "MID is {mid}", "{mid}"],
        "tid": ["TID {tid}", "{tid}", "sticker says TID {tid}"],
        "deposit": ["last one was {amt} on {date}", "{amt} i think", "{amt}, batch {batch}"],
        "exp": ["{exp}", "exp {exp}"],
        "email": ["{email}"],
        "phone": ["{phone}"],
        "name": ["{fullname}"],
    },
    "es": {
        "last4": ["{last4}", "termina en {last4}", "los últimos 4 son {last4}"],
        "zip": ["{zip}", "el código postal es {zip}"],
        "dob": ["{dob}", "nací el {dob}"],
        "mid": ["{biz}, MID {mid}", "el MID es {mid}"],
        "tid": ["TID {tid}", "{tid}"],
        "deposit": ["el último fue de {amt} el {date}", "{amt} creo"],
        "exp": ["{exp}", "vence {exp}"],
        "email": ["{email}"],
        "phone": ["{phone}"],
        "name": ["{fullname}"],
    },
    "mix": {
        "last4": ["{last4}", "ends in {last4}, la de débito", "los last 4 son {last4}"],
        "zip": ["{zip}", "el zip es {zip}"],
        "dob": ["{dob}", "mi dob es {dob}"],
        "mid": ["MID {mid}, {biz}"],
        "tid": ["el TID es {tid}"],
        "deposit": ["fue {amt} el {date}"],
        "exp": ["{exp}"],
        "email": ["{email}"],
        "phone": ["{phone}"],
        "name": ["{fullname}"],
    },
}

# ---- agents: legitimate ----------------------------------------------------------------

add(
    "vask",
    "*",
    "en",
    [
        ("last4", "Can you confirm the last four digits of the card?"),
        ("last4", "What are the last 4 of the card on file?"),
        ("last4", "Which card was it? Just the last four, please."),
        ("zip", "What's the billing ZIP on the account?"),
        ("zip", "Can you confirm the ZIP code on file?"),
        ("dob", "Please confirm your date of birth."),
        ("dob", "And the date of birth of the primary account holder?"),
        ("exp", "What's the expiration date on the card? Just the month and year."),
        ("email", "What's the email address on the account?"),
        ("phone", "What phone number is on the account?"),
        ("name", "Can I get the full name on the account?"),
    ],
)
add(
    "vask",
    "m",
    "en",
    [
        ("mid", "Could you confirm the business name and the MID on your statement?"),
        ("mid", "What's your merchant ID? It's at the top right of your monthly statement."),
        ("tid", "What's the TID on the sticker on the back of the terminal?"),
        ("deposit", "What was the amount of your last deposit?"),
    ],
)
add(
    "vask",
    "*",
    "es",
    [
        ("last4", "¿Me confirma los últimos 4 dígitos de la tarjeta?"),
        ("zip", "¿Cuál es el código postal de facturación?"),
        ("dob", "¿Me da su fecha de nacimiento, por favor?"),
        ("exp", "¿Cuál es la fecha de vencimiento de la tarjeta? Solo mes y año."),
        ("email", "¿Cuál es el correo registrado en la cuenta?"),
    ],
)
add(
    "vask",
    "m",
    "es",
    [
        (
            "mid",
            "¿Me confirma el nombre del negocio y el número de comercio (MID) de su estado de cuenta?",
        ),
        ("tid", "¿Qué TID aparece en la etiqueta de atrás de la terminal?"),
        ("deposit", "¿De cuánto fue su último depósito?"),
    ],
)
add(
    "vask",
    "*",
    "mix",
    [
        ("last4", "ok, dame los last four de la card porfa"),
        ("zip", "cuál es tu ZIP code?"),
        ("dob", "y tu date of birth?"),
    ],
)
add("vask", "m", "mix", [("tid", "me pasas el TID de la terminal? está en el sticker de atrás")])

add(
    "info",
    "m",
    "en",
    [
        "Thanks. I see batch {batch} settled {date} for {amt}; the deposit should post in 1-2 business days.",
        "Your current rate is {fee} card-present and 3.5% + 15¢ keyed.",
        "I found the chargeback, ARN {arn}. Upload the signed receipt in the dispute portal by {date}.",
        "That {err} usually means the terminal lost its connection. Hold the power button for 10 seconds and try again.",
        "I can see the sale on my side: {amt}, approval {auth}, batch {batch}. Let me check where it is.",
        "I've opened case {caseno} for this. You'll get an email within 48 hours.",
        "I've opened case {caseno} for the short deposit. You'll get an email within 48 hours.",
        "The refund for invoice {inv} was sent {date}; it can take 5-10 business days to show on the card ending {last4}.",
        "TID {tid} is still active under MID {mid}, so you can keep it at the new store.",
    ],
)
add(
    "info",
    "s",
    "en",
    [
        "I see the Zelle payment of {amt} to {handle} is still processing; it should land by {date}.",
        "That {amt} charge is from a campus vendor. I can open a dispute if you don't recognize it.",
        "Your daily debit limit is $500; I can raise it to $1,000 for 24 hours.",
        "I've locked the card ending {last4}. A replacement ships to the address on file in 5-7 days.",
        "Looks like the {amt} from {handle} bounced back to the sender. They'll need to resend it.",
        "I've opened case {caseno} for this; you'll hear back by email within 2 business days.",
    ],
)
add(
    "info",
    "m",
    "es",
    [
        "Gracias. Veo que el lote {batch} se liquidó el {date} por {amt}; el depósito se refleja en 1-2 días hábiles.",
        "Su tarifa actual es {fee} con tarjeta presente.",
        "Abrí el caso {caseno} por el depósito incompleto.",
        "Ese {err} normalmente es de conexión. Reinicie la terminal y vuelva a intentar.",
        "Veo la venta de {amt} con autorización {auth} en el lote {batch}; déjeme revisar dónde está.",
    ],
)
add(
    "info",
    "s",
    "es",
    [
        "Ya bloqueé la tarjeta que termina en {last4}. La nueva te llega en 5 a 7 días.",
        "El Zelle de {amt} sigue en proceso, debería reflejarse el {date}.",
        "Veo el cargo de {amt} del {date}; si no lo reconoces, abro una disputa.",
        "Tu límite diario de débito es de $500; te lo puedo subir a $1,000 por 24 horas.",
        "Abrí el caso {caseno}, te llega un correo en 2 días hábiles.",
    ],
)
add(
    "info",
    "*",
    "mix",
    [
        "ok, ya vi el cargo de {amt} del {date}, let me check",
        "listo, la card ending {last4} ya quedó unlocked",
        "tu limit diario es $500, te lo puedo subir por 24 hrs",
        "abrí el case {caseno}, te llega un email en 48 hrs",
    ],
)

add(
    "warn",
    "*",
    "en",
    [
        "Never share your PIN with anyone, including us.",
        "We'll text you a one-time code. Enter it in the app only, please don't send it here.",
        "Please don't type full card numbers in this chat. The last four is all I need.",
        "Heads up: we will never ask for your password, your PIN or the codes we text you.",
        "You'll get a verification code by text in a minute. Type it on the login screen, not here.",
        "Your PIN can be changed at any of our ATMs or in the app under Card settings.",
        "Don't send your Social Security number over chat; if we ever need it we use the secure upload.",
        "If you ever get a text asking for your code or password, that's not us. Just delete it.",
    ],
)
add(
    "warn",
    "s",
    "en",
    [
        "Quick tip: turn on the card lock in the app and never give your login to friends, even for a split payment.",
        "If a parent is helping, they should log in with their own credentials; never share yours.",
    ],
)
add(
    "warn",
    "m",
    "en",
    [
        "You can reset your terminal's admin password from the merchant portal under Settings > Users.",
        "If someone calling from 'merchant support' asks for your terminal password, hang up and call the number on your statement.",
        "For refunds, use the Refund button on the terminal with the original receipt; you never need the customer's full card number.",
    ],
)
add(
    "warn",
    "*",
    "es",
    [
        "Nunca comparta su NIP con nadie, ni siquiera con nosotros.",
        "Le enviaremos un código por SMS; ingréselo en la app, no lo escriba aquí.",
        "Por favor no escriba números completos de tarjeta en este chat; solo necesito los últimos 4.",
        "Nunca le pediremos su contraseña, su PIN ni los códigos que le enviamos.",
        "Si le llega un mensaje pidiendo su código o contraseña, no es de nosotros.",
    ],
)
add(
    "warn",
    "m",
    "es",
    [
        "Puede restablecer la contraseña de la terminal desde el portal de comercios, en Configuración > Usuarios."
    ],
)
add(
    "warn",
    "*",
    "mix",
    [
        "ok, pero never share tu PIN, ni con nosotros 🙏",
        "te va a llegar un code por text, ponlo en la app, no aquí porfa",
        "porfa no mandes el card number completo aquí, solo los last four",
    ],
)

# Reactions to a secret the customer just typed: they talk about it, they do not ask.
REACT: dict[str, dict[str, list[str]]] = {
    "en": {
        CC: [
            "Please don't type full card numbers in this chat. The last four is all I need.",
            "For security I've removed the card number you typed. Please use only the last four going forward.",
            "Thanks, but please never send a full card number here. I can find it with the last four.",
        ],
        CVV: [
            "No need for the security code, please don't share it here.",
            "I've removed the code you typed; we never need the CVV in chat.",
        ],
        PIN: [
            "Never share your PIN with anyone, including us.",
            "Please don't send your PIN here. You can change it at any ATM or in the app under Card settings.",
        ],
        OTP: [
            "Thanks, but please don't send codes here. Enter it in the app only.",
            "That code is only for you to type in the app; we never need it in chat.",
        ],
        PW: [
            "Please don't share your password here. I'd change it now from the login screen.",
            "We never need your password. Please reset it from the portal, since it's been shared in chat.",
        ],
        SSN: [
            "Don't send your Social Security number over chat; if we ever need it we use the secure upload."
        ],
    },
    "es": {
        CC: [
            "Por favor no escriba números completos de tarjeta en este chat; solo necesito los últimos 4.",
            "Por seguridad borré el número de tarjeta que escribió.",
        ],
        CVV: ["No es necesario el código de seguridad, por favor no lo comparta aquí."],
        PIN: ["Nunca comparta su NIP con nadie, ni siquiera con nosotros."],
        OTP: ["No comparta el código aquí; ingréselo solo en la app."],
        PW: [
            "Por favor no comparta su contraseña aquí; le recomiendo cambiarla desde la pantalla de inicio de sesión."
        ],
        SSN: [
            "No envíe su número de seguro social por chat; si hace falta usamos la carga segura."
        ],
    },
    "mix": {
        CC: ["porfa no mandes el card number completo aquí, solo los last four"],
        PIN: ["ok, pero never share tu PIN, ni con nosotros 🙏"],
        OTP: ["el code es solo para la app, no lo mandes aquí porfa"],
    },
}

add(
    "greet",
    "m",
    "en",
    [
        "Hi, thanks for contacting {bank} Merchant Services, this is {agent}. How can I help?",
        "Merchant Services, {agent} here. What's going on?",
    ],
)
add(
    "greet",
    "s",
    "en",
    [
        "Hi! This is {agent} with {bank} student checking. What can I do for you?",
        "Hey there, {agent} here 👋 how can I help?",
    ],
)
add(
    "greet",
    "m",
    "es",
    ["Hola, gracias por comunicarse con Servicios para Comercios de {bank}, le atiende {agent}."],
)
add(
    "greet",
    "s",
    "es",
    ["¡Hola! Soy {agent} de la línea de cuentas para estudiantes. ¿En qué te ayudo?"],
)
add("greet", "*", "mix", ["Hi! Soy {agent}, how can I help?"])
add(
    "close",
    "*",
    "en",
    [
        "Anything else I can help with today?",
        "You're all set. Have a great day!",
        "Done. You'll see it in 1-2 business days.",
    ],
)
add("close", "*", "es", ["¿Algo más en lo que le pueda ayudar?", "Listo, que tenga buen día."])
add("close", "*", "mix", ["Listo! anything else?", "ok you're all set, bye!"])
add(
    "ack",
    "*",
    "en",
    [
        "Thanks, one moment while I look that up.",
        "Got it, checking now.",
        "Thank you. Give me a minute.",
    ],
)
add("ack", "*", "es", ["Gracias, un momento por favor.", "Perfecto, lo reviso."])
add("ack", "*", "mix", ["ok, déjame checar", "got it, un momento"])
add(
    "backoff",
    "*",
    "en",
    [
        "You're right, sorry about that. The last four is all I need.",
        "Totally fair. Let's verify with your date of birth and billing ZIP instead.",
        "Good call. You can also call the number on the back of your card to verify.",
    ],
)
add(
    "backoff",
    "*",
    "es",
    [
        "Tiene razón, disculpe. Con los últimos 4 dígitos es suficiente.",
        "Está bien, verifiquemos con su fecha de nacimiento y código postal.",
    ],
)
add("backoff", "*", "mix", ["ok no worries, con los last four es suficiente."])

# ---- agents: forbidden asks -------------------------------------------------------------

add(
    "ask",
    "m",
    "en",
    [
        (
            T(CC, CVV),
            "To process the refund I'll need the customer's full card number, expiration date and CVV.",
        ),
        (
            T(PW),
            "I'll need the admin password for your terminal so I can push the update remotely.",
        ),
        (T(CC), "Please send the customer's full card number so I can find the transaction."),
        (
            T(PIN),
            "What's the 4-digit PIN on the business debit card? I need it to release the hold.",
        ),
        (T(PW), "To reset the terminal I need the current admin password first."),
        (
            T(SSN),
            "As a sole proprietor, please confirm your full Social Security number for the tax form.",
        ),
        (
            T(CVV),
            "Thanks! Just need the billing ZIP and the security code on the back of the card.",
        ),
        (
            T(PW),
            "Quick one: what's the business name, the MID, and the admin password on the terminal?",
        ),
        (
            T(CC),
            "For the refund I need the card number the customer used, the whole thing, not just the last four.",
        ),
    ],
)
add(
    "ask",
    "s",
    "en",
    [
        (
            T(SSN, OTP),
            "Since you're under 18, I need your parent's SSN and the code we texted to their phone.",
        ),
        (T(PW), "What's the password you use for the app? I'll log in and look."),
        (T(CC), "Just paste the card number here and I'll take care of the dispute 👍"),
        (T(PIN), "Type the PIN you use at the ATM and I'll reset it on my end."),
        (
            T(OTP),
            "Hey, what's the code in your authenticator app right now? I'll enter it on my side.",
        ),
    ],
)
add(
    "ask",
    "*",
    "en",
    [
        (T(OTP), "Please reply with the 6-digit code we just sent to your phone."),
        (T(PIN), "For security, can you confirm your debit card PIN?"),
        (T(PW), "Can you type your online banking password here so I can check why it's locked?"),
        (T(SSN), "Please confirm your full Social Security number."),
        (
            T(CC, CVV),
            "Before we continue I need:\n- the full card number\n- the expiration date\n- the 3 digits on the back",
        ),
        (
            T(OTP),
            "[Support Bot] To unlock your account, reply with the verification code sent to the phone number on file.",
        ),
        (T(OTP), "What's the code? The one that just came in by text."),
        (T(CC), "Can you read me the long number on the front of the card?"),
        (
            T(SSN),
            "I know you gave me the last four, but the system needs all 9 digits of your SSN.",
        ),
        (T(SSN), "To verify ownership, send your SSN and date of birth."),
        (T(CVV), "Can you confirm the last four and the CVV?"),
        (
            T(CC, CVV),
            "🤖 AutoAssist: To dispute this charge reply with (1) the full card number (2) the expiration (3) the CVV.",
        ),
        (T(PIN), "Please confirm your date of birth and the PIN on the card."),
        (T(OTP), "Can you confirm your billing ZIP and the code we just texted you?"),
        (T(SSN), "What's your date of birth and your full social?"),
        (
            T(PW, OTP),
            "[Support Bot] Please provide:\n• your username\n• your password\n• the 6-digit code from your authenticator app",
        ),
    ],
)
add(
    "ask",
    "*",
    "es",
    [
        (
            T(CC, CVV),
            "Para procesar el reembolso necesito el número completo de la tarjeta, la fecha de vencimiento y el código de seguridad.",
        ),
        (T(OTP), "Por favor, envíeme el código de 6 dígitos que le acabamos de mandar por SMS."),
        (T(PIN), "¿Me confirma el NIP de su tarjeta de débito?"),
        (T(SSN), "Confírmeme su número de seguro social completo, por favor."),
        (T(PW), "¿Cuál es la contraseña con la que entra a la banca en línea?"),
        (T(CVV), "¿Me confirma el código postal y los 3 números de atrás de la tarjeta?"),
        (T(CC), "Mándeme el número completo de la tarjeta para ubicar el cargo."),
        (T(OTP), "¿Qué código le salió en la app de autenticación?"),
        (T(PIN), "Escriba aquí la clave del cajero para reiniciarla."),
        (T(PIN), "Confírmeme su fecha de nacimiento y el PIN de la tarjeta."),
        (T(OTP), "¿Me confirma su código postal y el código que le acabamos de enviar?"),
    ],
)
add(
    "ask",
    "m",
    "es",
    [
        (
            T(PW),
            "Necesito la contraseña de administrador de la terminal para actualizarla a distancia.",
        )
    ],
)
add("ask", "s", "es", [(T(CVV), "Dame los 3 numeritos de atrás de la tarjeta porfa y lo reviso")])
add(
    "ask",
    "*",
    "mix",
    [
        (T(CC, CVV), "ok para el refund I need el card number completo y el CVV"),
        (T(OTP), "mándame el code que te llegó por text"),
        (T(PIN), "what's your PIN? es para verificar"),
        (T(PW), "pásame tu password del app y lo checo"),
        (T(SSN), "necesito tu social completo, los 9 digits"),
    ],
)

add(
    "followup",
    "*",
    "en",
    [
        (T(OTP), "The 6-digit one we just texted, just type it here."),
        (T(PIN), "Just the 4 digits you use at the ATM."),
        (T(PW), "The one you log in with. Go ahead and type it."),
        (T(CC), "The full number on the front, please."),
        (T(CVV), "The 3 digits on the back."),
        (T(SSN), "All nine digits, please."),
    ],
)
add(
    "followup",
    "*",
    "es",
    [
        (T(OTP), "El de 6 dígitos que le llegó, escríbalo aquí."),
        (T(PIN), "Los 4 dígitos que usa en el cajero."),
        (T(PW), "La contraseña con la que entra, escríbala aquí."),
        (T(CC), "El número completo del frente, por favor."),
        (T(CVV), "Los 3 números de atrás."),
        (T(SSN), "Los nueve dígitos, por favor."),
    ],
)
add(
    "followup",
    "*",
    "mix",
    [(T(OTP), "el code de 6 digits, escríbelo aquí"), (T(PIN), "los 4 digits del PIN porfa")],
)

add(
    "phish",
    "m",
    "en",
    [
        (
            T(PW),
            "{bank} Merchant Services Security: your deposits are on hold due to a terminal compliance issue. Reply with the terminal admin password to release batch {batch}.",
        ),
        (
            T(PW),
            "Hi, this is {agent} from merchant support. We're pushing a mandatory update tonight, what's the admin password on your terminal so I can log in remotely?",
        ),
        (
            T(PIN, OTP),
            "URGENT: unusual refund activity on MID {mid}. To stop the refunds, confirm your debit card PIN and the code we just texted.",
        ),
        (
            T(PW),
            "Tech support here. I need your portal login password to re-link your deposit account.",
        ),
        (
            T(OTP),
            "We detected a chargeback fraud ring. Reply with the 6-digit code sent to your phone to secure your account.",
        ),
        (
            T(PIN),
            "Merchant verification: to keep TID {tid} active, enter the PIN of the business debit card below.",
        ),
    ],
)
add(
    "phish",
    "s",
    "en",
    [
        (
            T(PIN),
            "⚠️ Fraud Dept: your card was used in another state. Reply with your PIN to keep it active.",
        ),
        (
            T(CC, CVV),
            "Hi it's the bank's student team 😊 we're giving $50 to new accounts, just send your card number and the 3 digits on the back",
        ),
        (
            T(OTP),
            "Security alert: reply with the code we texted to verify it's you or your account will be closed in 24h",
        ),
        (
            T(SSN, PW),
            "This is the scholarship refund office. We need your SSN and online banking password to deposit your refund.",
        ),
    ],
)
add(
    "phish",
    "m",
    "es",
    [
        (
            T(PW),
            "Soporte de Comercios: su cuenta será suspendida. Responda con la contraseña de administrador de la terminal para evitarlo.",
        ),
        (
            T(PIN, OTP),
            "Departamento de fraudes: confirme el NIP de su tarjeta y el código que le enviamos para desbloquear sus depósitos.",
        ),
    ],
)
add(
    "phish",
    "s",
    "es",
    [
        (
            T(CC, CVV),
            "¡Hola! Somos del banco 😊 por ser estudiante te regalamos $50, solo mándanos el número de tu tarjeta y el código de atrás.",
        )
    ],
)
add(
    "phish",
    "m",
    "mix",
    [
        (
            T(PW),
            "Hi, soy de merchant support. Necesito el admin password de tu terminal para el update de hoy.",
        )
    ],
)
add(
    "phish",
    "s",
    "mix",
    [(T(OTP), "alerta de seguridad: mándanos el code que te llegó para verificar tu account")],
)
add(
    "phish_intro",
    "m",
    "en",
    [
        "Hello, this is {agent} with {bank} Merchant Services Security.",
        "Hi! Merchant support here, we're contacting all {bank} merchants about a terminal update.",
    ],
)
add(
    "phish_intro",
    "s",
    "en",
    [
        "Hi, this is {agent} from the {bank} student accounts team 😊",
        "{bank} Security Center: we noticed unusual activity on your account.",
    ],
)
add(
    "phish_intro",
    "m",
    "es",
    ["Hola, le habla {agent} del área de seguridad de Servicios para Comercios de {bank}."],
)
add(
    "phish_intro",
    "s",
    "es",
    ["Hola, soy {agent} del equipo de cuentas para estudiantes de {bank} 😊"],
)
add("phish_intro", "*", "mix", ["Hi, soy {agent} de {bank} security."])
add(
    "phish_assure",
    "*",
    "en",
    [
        "Yes, this is the official {bank} support line.",
        "Totally legit, you can see our logo right here.",
        "This is the {bank} security team, we're trying to protect you.",
    ],
)
add(
    "phish_assure",
    "*",
    "es",
    [
        "Sí, es la línea oficial de {bank}.",
        "Somos del equipo de seguridad de {bank}, es para protegerle.",
    ],
)
add("phish_assure", "*", "mix", ["yes, somos {bank} oficial, don't worry"])
add(
    "phish_doubt",
    "*",
    "en",
    [
        "is this really the bank?",
        "wait who is this",
        "how do i know this is legit",
        "that's weird, nobody told me about an update",
    ],
)
add(
    "phish_doubt",
    "*",
    "es",
    ["¿de verdad son del banco?", "¿quién habla?", "qué raro, nadie me avisó"],
)
add("phish_doubt", "*", "mix", ["wait, quién es?", "is this legit? qué raro"])

# --------------------------------------------------------------------------------------
# Filling templates
# --------------------------------------------------------------------------------------

CARD_BRAND_SUFFIX = {"visa", "mc", "mc2", "amex", "discover", "diners", "jcb", "unionpay"}
NO_AMEX_HINTS = ("3 digits", "3 numbers", "3 números", "3 numeritos", "3 de atrás")


def slot_type(name: str) -> str | None:
    return SECRET_SLOTS.get(name.split("_", maxsplit=1)[0])


def template_types(template: str) -> set[str]:
    return {t for name in SLOT_RE.findall(template) if (t := slot_type(name))}


class Ctx:
    """One conversation being written: its language, desk, values and messages."""

    def __init__(self, rng: Random, lang: str, desk: str) -> None:
        self.rng = rng
        self.lang = lang
        self.desk = desk
        self.agent_lang = lang if lang != "mix" else rng.choice(["en", "es", "mix", "mix"])
        self.conv_values: dict[str, str] = {}
        self.secrets: dict[str, str] = {}
        self.last_card = ""
        self.no_amex = False
        self.msgs: list[Message] = []
        self.optional: list[bool] = []
        self.has_split = False
        self.used: list[Entry] = []
        self.person = (
            rng.choice(FIRST_ES if lang == "es" else FIRST_EN + FIRST_ES),
            rng.choice(LAST),
        )
        self.cvv3 = False  # the message says "3 digits": its code has three
        self.otp_len = 0  # an ask for "the 6-digit code" fixes the code's length
        self.pin_len = 0

    # -- languages and pools
    def cust_lang(self) -> str:
        if self.lang != "mix":
            return self.lang
        return self.rng.choices(["mix", "en", "es"], [60, 20, 20])[0]

    def pool(self, cat: str, lang: str) -> list[Entry]:
        out = REG.get((cat, self.desk, lang), []) + REG.get((cat, "*", lang), [])
        if not out and lang == "mix":
            out = REG.get((cat, self.desk, "en"), []) + REG.get((cat, "*", "en"), [])
        return out

    # -- values
    def card_value(self, name: str) -> str:
        suffix = name.split("_", 1)[1] if "_" in name else ""
        if name not in self.secrets:
            if suffix in CARD_BRAND_SUFFIX:
                d = new_card(self.rng, suffix)
                self.secrets.setdefault("card", d)
            elif suffix:  # card_b: a second card
                d = self.new_main_card()
            else:
                d = self.new_main_card()
            self.secrets[name] = d
        self.last_card = self.secrets[name]
        return self.secrets[name]

    def new_main_card(self) -> str:
        brands = [(b, w) for b, w in BRANDS if not (self.no_amex and b == "amex")]
        brand = self.rng.choices([b for b, _ in brands], [w for _, w in brands])[0]
        return new_card(self.rng, brand)

    def secret_value(self, name: str) -> str:
        rng = self.rng
        base = name.split("_", maxsplit=1)[0]
        if base == "card":
            return fmt_card(rng, self.card_value(name))
        if base == "cid":
            key = f"cid:{self.last_card}"
            if key not in self.secrets:
                self.secrets[key] = digits(rng, 4)
            return self.secrets[key]
        if base == "cvv":
            card = self.last_card or self.secrets.get("card", "")
            n = 4 if card[:2] in {"34", "37"} and not self.cvv3 else 3
            key = f"cvv{n}:{card}"
            if key not in self.secrets:
                self.secrets[key] = digits(rng, n)
            if name.endswith("_b"):
                return near_miss(rng, self.secrets[key])
            return self.secrets[key]
        if base == "ssn":
            if "ssn" not in self.secrets:
                self.secrets["ssn"] = new_ssn(rng)
            return fmt_ssn(rng, self.secrets["ssn"])
        if base == "otp":
            if "otp" not in self.secrets:
                self.secrets["otp"] = digits(
                    rng, self.otp_len or rng.choices([4, 5, 6, 7, 8], [8, 3, 70, 3, 16])[0]
                )
            if name.endswith("_b"):
                if "otp_b" not in self.secrets:
                    first = self.secrets["otp"]
                    self.secrets["otp_b"] = (
                        near_miss(rng, first) if rng.random() < 0.5 else digits(rng, len(first))
                    )
                    if self.secrets["otp_b"] == first:
                        self.secrets["otp_b"] = near_miss(rng, first)
                return fmt_otp(rng, self.secrets["otp_b"])
            return fmt_otp(rng, self.secrets["otp"])
        if base == "pin":
            if "pin" not in self.secrets:
                self.secrets["pin"] = digits(
                    rng, self.pin_len or rng.choices([4, 5, 6], [75, 7, 18])[0]
                )
            if name.endswith("_b"):
                return near_miss(rng, self.secrets["pin"])
            return self.secrets["pin"]
        if base == "pw":
            if "pw" not in self.secrets:
                self.secrets["pw"] = new_pw(rng, admin=self.desk == "m" and rng.random() < 0.5)
            if name.endswith("_b"):
                return pw_variant(rng, self.secrets["pw"])
            return self.secrets["pw"]
        raise KeyError(name)

    def value(self, name: str, lang: str, cache: dict[str, str]) -> str:
        if name in cache:
            return cache[name]
        if slot_type(name):
            val = self.secret_value(name)
        elif name == "clast4":  # the last four of the card given in this conversation
            val = self.secrets["card"][-4:]
        elif name == "cmasked":  # a receipt line masking the card the message goes on to give
            card = self.card_value("card")
            mask = self.rng.choice(
                ["************", "XXXXXXXXXXXX", "XXXX XXXX XXXX ", "**** ", "..."]
            )
            brand = (
                "AMEX"
                if card[:2] in {"34", "37"}
                else {"4": "VISA", "5": "MC", "2": "MC", "6": "DISCOVER", "3": "DINERS"}[card[0]]
            )
            if card[:2] == "62":
                brand = "UNIONPAY"
            elif card[:2] == "35":
                brand = "JCB"
            val = f"{brand} {mask}{card[-4:]}" if self.rng.random() < 0.7 else mask + card[-4:]
        elif (
            name in {"amt2", "feeamt"}
            and "amt" in cache
            and float(re.sub(r"[^\d.]", "", cache["amt"]).rstrip(".")) >= 10
        ):
            # a second amount near the first (a short deposit, a wrong sale), or the fees on it
            first = float(re.sub(r"[^\d.]", "", cache["amt"]).rstrip("."))
            factor = (
                self.rng.uniform(0.02, 0.04) if name == "feeamt" else self.rng.uniform(0.55, 0.97)
            )
            val = f"${first * factor:,.2f}"
        else:
            base = name if name == "last4" else re.sub(r"\d+$", "", name)
            if base in CONV_SCOPED and base == name:
                if name not in self.conv_values:
                    self.conv_values[name] = neg_value(self.rng, base, lang, self.person)
                val = self.conv_values[name]
            else:
                val = neg_value(self.rng, base, lang)
                for _ in range(5):  # a second value of a kind differs from the first
                    if val not in cache.values():
                        break
                    val = neg_value(self.rng, base, lang)
        cache[name] = val
        return val

    def fill(
        self, template: str, lang: str, part: tuple[str, int] | None = None
    ) -> tuple[str, list[Label]]:
        out: list[str] = []
        labels: list[Label] = []
        pos = last = 0
        cache: dict[str, str] = {}
        self.cvv3 = any(h in template for h in NO_AMEX_HINTS)
        for m in SLOT_RE.finditer(template):
            lit = template[last : m.start()]
            out.append(lit)
            pos += len(lit)
            name = m.group(1)
            if name == "part":
                assert part is not None
                val = part[0]
                labels.append(Label(CC, pos, pos + len(val), keep=part[1], split_part=True))
            else:
                val = self.value(name, lang, cache)
                typ = slot_type(name)
                if typ:
                    labels.append(Label(typ, pos, pos + len(val), keep=KEEP_LAST.get(typ, 0)))
            out.append(val)
            pos += len(val)
            last = m.end()
        out.append(template[last:])
        labels.sort(key=lambda lab: lab.start)
        return "".join(out), labels

    # -- messages
    def cust(
        self,
        template: str,
        kind: str,
        lang: str,
        optional: bool = False,
        part: tuple[str, int] | None = None,
    ) -> Message:
        text, labels = self.fill(template, lang, part)
        msg = Message("customer", text, labels, frozenset(), kind)
        self.msgs.append(msg)
        self.optional.append(optional)
        return msg

    def agent(
        self,
        template: str,
        kind: str,
        requested: frozenset[str] = frozenset(),
        optional: bool = False,
    ) -> Message:
        if requested and any(h in template for h in NO_AMEX_HINTS) and "card" not in self.secrets:
            self.no_amex = True
        if OTP in requested and re.search(r"\b6[- ]d[ií]git", template):
            self.otp_len = self.otp_len or 6
        if PIN in requested and re.search(r"\b4[- ]d[ií]git", template):
            self.pin_len = self.pin_len or 4
        text, labels = self.fill(template, self.agent_lang)
        assert not labels
        msg = Message("agent", text, [], requested, kind)
        self.msgs.append(msg)
        self.optional.append(optional)
        return msg

    def pick(self, cat: str, lang: str) -> Entry:
        """A template of the pool, one this conversation has not used yet if there is one."""
        pool = self.pool(cat, lang)
        fresh = [e for e in pool if e not in self.used] or pool
        entry = self.rng.choice(fresh)
        self.used.append(entry)
        return entry

    def pick_str(self, cat: str, lang: str) -> str:
        entry = self.pick(cat, lang)
        assert isinstance(entry, str)
        return entry


# --------------------------------------------------------------------------------------
# Conversation building blocks
# --------------------------------------------------------------------------------------


def say_neg(c: Ctx, optional: bool = False) -> None:
    lang = c.cust_lang()
    c.cust(c.pick_str("neg", lang), "neg", lang, optional)


def say_short(c: Ctx) -> None:
    lang = c.cust_lang()
    c.cust(c.pick_str("short", lang), "short", lang, optional=True)


def say_wait(c: Ctx, types: frozenset[str]) -> None:
    """A customer holding on before answering (no value): never the same line twice in a row."""
    lang = c.cust_lang()
    options = [str(t) for t in c.pool("wait", lang)]
    if OTP in types:
        options += [str(t) for t in c.pool("wait_otp", lang)]
    if types & {CC, CVV}:
        options += [str(t) for t in c.pool("wait_card", lang)]
    if c.msgs and c.msgs[-1].role == "customer":
        options = [t for t in options if t != c.msgs[-1].text] or options
    c.cust(c.rng.choice(options), "wait", lang)


def opener(c: Ctx) -> None:
    if c.rng.random() < 0.45:
        c.agent(c.pick_str("greet", c.agent_lang), "greet", optional=True)
    if c.desk == "s" and c.rng.random() < 0.3:
        say_short(c)
    say_neg(c)


def verify(c: Ctx, optional: bool = False) -> None:
    entry = c.pick("vask", c.agent_lang)
    assert isinstance(entry, tuple)
    vtype, text = entry
    c.agent(str(text), "legit_verify", optional=optional)
    lang = c.cust_lang()
    resp = VRESP[lang].get(str(vtype)) or VRESP["en"][str(vtype)]
    c.cust(c.rng.choice(resp), "verify_answer", lang, optional=optional)


def closer(c: Ctx) -> None:
    r = c.rng.random()
    if r < 0.5:
        c.agent(c.pick_str("close", c.agent_lang), "close", optional=True)
    if r < 0.25 or r > 0.75:
        lang = c.cust_lang()
        c.cust(c.pick_str("thanks", lang), "thanks", lang, optional=True)


def ask(c: Ctx, cat: str = "ask") -> frozenset[str]:
    entry = c.pick(cat, c.agent_lang)
    assert isinstance(entry, tuple)
    types, text = entry
    assert isinstance(types, frozenset)
    c.agent(str(text), "phish" if cat == "phish" else "ask_forbidden", requested=types)
    return types


def answer_templates(c: Ctx, lang: str, types: frozenset[str]) -> tuple[list[str], list[str]]:
    cands = [
        str(t)
        for t in c.pool("ans", lang)
        if template_types(str(t)) and template_types(str(t)) <= types
    ]
    full = [t for t in cands if template_types(t) == types]
    return cands, full


def answer(c: Ctx, types: frozenset[str]) -> set[str]:
    """The customer gives what was asked: one message for all, or one per type (maybe not all)."""
    rng = c.rng
    lang = c.cust_lang()
    _cands, full = answer_templates(c, lang, types)
    if full and (len(types) == 1 or rng.random() < 0.6):
        template = rng.choice(full)
        c.cust(template, "answer", lang)
        return template_types(template)
    given: set[str] = set()
    order = sorted(types, key=[CC, SSN, PW, PIN, OTP, CVV].index)
    for i, typ in enumerate(order):
        if i > 0 and rng.random() < 0.2:
            break  # a partial answer
        lang = c.cust_lang()
        _c, single = answer_templates(c, lang, frozenset([typ]))
        if not single:
            lang = "en" if lang == "mix" else lang
            _c, single = answer_templates(c, "en", frozenset([typ]))
        c.cust(rng.choice(single), "answer", lang)
        given.add(typ)
    return given


def correction(c: Ctx, types: set[str]) -> None:
    fixable = [t for t in types if t in {OTP, PIN, PW, CVV}]
    if not fixable:
        return
    typ = c.rng.choice(sorted(fixable))
    lang = c.cust_lang()
    template = c.pick_str("fix", lang).replace(
        "{val}", "{" + {OTP: "otp_b", PIN: "pin_b", PW: "pw_b", CVV: "cvv_b"}[typ] + "}"
    )
    if typ == PW and "*" in template:
        template = template.replace("*", "")
    c.cust(template, "correction", lang)


def split(c: Ctx) -> None:
    assert not c.has_split
    c.has_split = True
    d = c.card_value("card")
    parts = split_card(c.rng, d)
    last_template = ""
    for i, part in enumerate(parts):
        lang = c.cust_lang()
        last = i == len(parts) - 1
        cat = "split_first" if i == 0 else "split_last" if last else "split_mid"
        last_template = c.pick_str(cat, lang)
        c.cust(last_template, "split_card", lang, part=(part, 4 if last else 0))
        if not last and c.rng.random() < 0.08:
            c.cust(c.pick_str("wait", lang), "wait", lang, optional=True)
    if c.rng.random() < 0.4 and d[:2] not in {
        "34",
        "37",
    }:  # an Amex's code is on the front: left out
        lang = c.cust_lang()
        tails = [
            str(t)
            for t in c.pool("split_tail", lang)
            if not ("{exp}" in str(t) and "{exp}" in last_template)
        ]
        if tails:
            tail = c.rng.choice(tails)
            c.cust(tail, "answer" if template_types(tail) else "expiry", lang)


# --------------------------------------------------------------------------------------
# Conversation flows
# --------------------------------------------------------------------------------------


def react(c: Ctx, types: set[str], optional: bool = False) -> None:
    """The agent tells the customer off for a secret just typed (talks about it, asks nothing)."""
    typ = c.rng.choice(sorted(types))
    lang = c.agent_lang
    options = REACT[lang].get(typ) or REACT["es" if lang == "es" else "en"][typ]
    c.agent(c.rng.choice(options), "legit_react", optional=optional)


def flow_clean(c: Ctx) -> None:
    rng = c.rng
    opener(c)
    warned = False
    for _ in range(rng.randint(1, 3)):
        r = rng.random()
        if r < 0.45:
            verify(c)
        elif r < 0.75:
            cat = "warn" if not warned and rng.random() < 0.35 else "info"
            warned |= cat == "warn"
            c.agent(c.pick_str(cat, c.agent_lang), "legit_warn" if cat == "warn" else "legit_info")
            if rng.random() < 0.6:
                if c.desk == "s" and rng.random() < 0.4:
                    say_short(c)
                else:
                    say_neg(c, optional=True)
        else:
            if c.desk == "s" and rng.random() < 0.5:
                say_short(c)
            say_neg(c, optional=True)
    closer(c)


def flow_volunteer(c: Ctx) -> None:
    rng = c.rng
    if rng.random() < 0.6:
        opener(c)
    elif c.desk == "s" and rng.random() < 0.5:
        say_short(c)
    if rng.random() < 0.3:
        verify(c, optional=True)
    lang = c.cust_lang()
    first = c.pick_str("sec", lang)
    c.cust(first, "volunteer", lang)
    given = template_types(first)
    if rng.random() < 0.25:
        lang = c.cust_lang()
        others = [str(t) for t in c.pool("sec", lang) if not template_types(str(t)) & given]
        if others:
            second = rng.choice(others)
            c.cust(second, "volunteer", lang)
            given |= template_types(second)
    r = rng.random()
    if r < 0.55:
        react(c, given)
    elif r < 0.85:
        c.agent(c.pick_str("ack", c.agent_lang), "ack")
    closer(c)


def flow_asked(c: Ctx) -> None:
    rng = c.rng
    opener(c)
    if rng.random() < 0.4:
        verify(c, optional=True)
    types = ask(c)
    for _ in range(rng.choices([0, 1, 2], [55, 30, 15])[0]):
        say_wait(c, types)
    if rng.random() < 0.2:
        if c.msgs[-1].role == "agent":
            lang = c.cust_lang()
            c.cust(c.pick_str("confused", lang), "confused", lang)
        follow = [
            e for e in c.pool("followup", c.agent_lang) if isinstance(e, tuple) and e[0] <= types
        ]
        if follow:
            ftypes, ftext = rng.choice(follow)
            assert isinstance(ftypes, frozenset)
            c.agent(str(ftext), "ask_followup", requested=ftypes)
            if rng.random() < 0.5:
                say_wait(c, types)
    given = answer(c, types)
    if rng.random() < 0.2:
        correction(c, given)
    if rng.random() < 0.7:
        c.agent(c.pick_str("ack", c.agent_lang), "ack")
    closer(c)


def flow_refused(c: Ctx) -> None:
    opener(c)
    if c.rng.random() < 0.3:
        verify(c, optional=True)
    ask(c)
    lang = c.cust_lang()
    c.cust(c.pick_str("refuse", lang), "refuse", lang)
    c.agent(c.pick_str("backoff", c.agent_lang), "legit_backoff")
    if c.rng.random() < 0.6:
        verify(c)
    closer(c)


def flow_split(c: Ctx) -> None:
    rng = c.rng
    opener(c)
    if rng.random() < 0.5:
        ask_cc = [e for e in c.pool("ask", c.agent_lang) if isinstance(e, tuple) and CC in e[0]]
        types, text = rng.choice(ask_cc)
        assert isinstance(types, frozenset)
        c.agent(str(text), "ask_forbidden", requested=types)
    if rng.random() < 0.5:
        lang = c.cust_lang()
        c.cust(c.pick_str("intro", lang), "intro", lang, optional=True)
    split(c)
    r = rng.random()
    if r < 0.5:
        react(c, {CC}, optional=True)
    elif r < 0.8:
        c.agent(c.pick_str("ack", c.agent_lang), "ack", optional=True)
    closer(c)


def flow_mistake(c: Ctx) -> None:
    """Asked for the last four, the customer types the whole card."""
    rng = c.rng
    opener(c)
    last4 = [e for e in c.pool("vask", c.agent_lang) if isinstance(e, tuple) and e[0] == "last4"]
    c.agent(str(rng.choice(last4)[1]), "legit_verify")
    lang = c.cust_lang()
    c.cust(
        rng.choice(
            [
                "{card}",
                "oh it's {card}",
                "{card} 👍",
                "es la {card}" if lang != "en" else "the whole thing is {card}",
            ]
        ),
        "answer",
        lang,
    )
    react(c, {CC})
    if rng.random() < 0.6:
        lang = c.cust_lang()
        c.cust(
            rng.choice(
                ["sorry! ends in {clast4}", "oops lol {clast4}", "perdón, {clast4}"]
                if lang != "en"
                else ["sorry! ends in {clast4}", "oops lol {clast4}"]
            ),
            "verify_answer",
            lang,
        )
    closer(c)


def flow_phish(c: Ctx, gives: bool) -> None:
    rng = c.rng
    if rng.random() < 0.3:
        opener(c)
    else:
        c.agent(c.pick_str("phish_intro", c.agent_lang), "phish_intro")
    types = ask(c, "phish")
    lang = c.cust_lang()
    if rng.random() < 0.4:
        c.cust(c.pick_str("phish_doubt", lang), "doubt", lang)
        follow = [
            e for e in c.pool("followup", c.agent_lang) if isinstance(e, tuple) and e[0] <= types
        ]
        if follow and rng.random() < 0.6:
            ftypes, ftext = rng.choice(follow)
            assert isinstance(ftypes, frozenset)
            c.agent(str(ftext), "phish", requested=ftypes)
        else:
            c.agent(c.pick_str("phish_assure", c.agent_lang), "phish_assure")
    if gives:
        answer(c, types)
    else:
        lang = c.cust_lang()
        c.cust(c.pick_str("refuse", lang), "refuse", lang)


FLOWS: list[tuple[str, int]] = [
    ("clean", 39),
    ("refused", 8),
    ("volunteer", 20),
    ("asked", 15),
    ("split", 6),
    ("mistake", 5),
    ("phish", 7),
]


def build(rng: Random, cid: str) -> Conversation:
    lang = rng.choices(["en", "es", "mix"], [55, 25, 20])[0]
    desk = rng.choice(["m", "s"])
    flow = rng.choices([f for f, _ in FLOWS], [w for _, w in FLOWS])[0]
    c = Ctx(rng, lang, desk)
    if flow == "clean":
        flow_clean(c)
    elif flow == "refused":
        flow_refused(c)
    elif flow == "volunteer":
        flow_volunteer(c)
    elif flow == "asked":
        flow_asked(c)
    elif flow == "split":
        flow_split(c)
    elif flow == "mistake":
        flow_mistake(c)
    else:
        gives = rng.random() < 0.6
        flow_phish(c, gives)
        flow = "phish_gave" if gives else "phish_refused"
    msgs = list(c.msgs)
    optional = list(c.optional)
    while len(msgs) > 10:
        i = optional.index(True)
        del msgs[i]
        del optional[i]
    while len(msgs) < 3:
        if msgs[-1].role == "customer":
            cat = c.rng.choice(["close", "ack"])
            text, _ = c.fill(c.pick_str(cat, c.agent_lang), c.agent_lang)
            msgs.append(Message("agent", text, [], frozenset(), cat))
        elif msgs[0].role == "customer":
            text, _ = c.fill(c.pick_str("greet", c.agent_lang), c.agent_lang)
            msgs.insert(0, Message("agent", text, [], frozenset(), "greet"))
        else:
            lang = c.cust_lang()
            text, _ = c.fill(c.pick_str("thanks", lang), lang)
            msgs.append(Message("customer", text, [], frozenset(), "thanks"))
    desk_name = "merchant" if desk == "m" else "student"
    return Conversation(cid, f"{desk_name}_{flow}", lang, msgs)


# --------------------------------------------------------------------------------------
# Self-check
# --------------------------------------------------------------------------------------

RUN_RE = re.compile(r"\d(?:[ .\-]?\d)*")
SSN_SHAPE_RE = re.compile(r"(?<!\d)(\d{3})([ .\-])(\d{2})\2(\d{4})(?!\d)")
CODE_CHARS_RE = re.compile(r"\d(?:[ \-]?\d)*")


def _overlaps(start: int, end: int, labels: list[Label], typ: str) -> bool:
    return any(lab.type == typ and lab.start < end and start < lab.end for lab in labels)


def check(convs: list[Conversation]) -> None:
    for conv in convs:
        assert 3 <= len(conv.messages) <= 10, (conv.cid, len(conv.messages))
        split_parts: list[tuple[int, Label]] = []
        for mi, msg in enumerate(conv.messages):
            text = msg.text
            assert msg.role in {"customer", "agent"}
            if msg.role == "agent":
                assert not msg.labels, conv.cid
            else:
                assert not msg.requested, conv.cid
            assert msg.labels == sorted(msg.labels, key=lambda lab: lab.start)
            for lab in msg.labels:
                assert 0 <= lab.start < lab.end <= len(text), (conv.cid, lab)
                val = text[lab.start : lab.end]
                assert val == val.strip(), (conv.cid, val)
                before = text[lab.start - 1] if lab.start else " "
                after = text[lab.end] if lab.end < len(text) else " "
                assert not before.isalnum() and not after.isalnum(), (conv.cid, text, val)
                d = re.sub(r"\D", "", val)
                if lab.type == CC:
                    assert re.fullmatch(r"\d[\d .\-\n]*\d", val), (conv.cid, val)
                    if lab.split_part:
                        split_parts.append((mi, lab))
                    else:
                        assert lab.keep == 4 and card_ok(d), (conv.cid, val)
                elif lab.type == SSN:
                    assert lab.keep == 4 and ssn_valid(d), (conv.cid, val)
                    assert re.fullmatch(r"\d{9}|\d{3}([ .\-])\d{2}\1\d{4}", val), (conv.cid, val)
                elif lab.type == CVV:
                    assert lab.keep == 0 and re.fullmatch(r"\d{3,4}", val), (conv.cid, val)
                elif lab.type == OTP:
                    assert lab.keep == 0 and CODE_CHARS_RE.fullmatch(val) and 4 <= len(d) <= 8, (
                        conv.cid,
                        val,
                    )
                elif lab.type == PIN:
                    assert lab.keep == 0 and re.fullmatch(r"\d{4,6}", val), (conv.cid, val)
                elif lab.type == PW:
                    assert lab.keep == 0 and not re.search(r"\s", val) and len(val) >= 6, (
                        conv.cid,
                        val,
                    )
                    assert after not in ".,;:!?", (conv.cid, text)
                else:
                    raise AssertionError(lab.type)
            # nothing card- or SSN-shaped left unlabelled
            for m in RUN_RE.finditer(text):
                d = re.sub(r"\D", "", m.group())
                if card_like(d):
                    assert _overlaps(m.start(), m.end(), msg.labels, CC), (
                        conv.cid,
                        text,
                        m.group(),
                    )
            for m in re.finditer(r"\d+", text):
                if card_like(m.group()):
                    assert _overlaps(m.start(), m.end(), msg.labels, CC), (
                        conv.cid,
                        text,
                        m.group(),
                    )
            for m in SSN_SHAPE_RE.finditer(text):
                if ssn_valid(m.group(1) + m.group(3) + m.group(4)):
                    inside = _overlaps(m.start(), m.end(), msg.labels, SSN) or _overlaps(
                        m.start(), m.end(), msg.labels, CC
                    )
                    assert inside, (conv.cid, text, m.group())
        if split_parts:
            msg_ids = [mi for mi, _ in split_parts]
            assert len(msg_ids) == len(set(msg_ids)) >= 2, conv.cid  # one part a message
            whole = "".join(
                re.sub(r"\D", "", conv.messages[mi].text[lab.start : lab.end])
                for mi, lab in split_parts
            )
            assert card_ok(whole), (conv.cid, whole)
            for _mi, lab in split_parts[:-1]:
                assert lab.keep == 0, conv.cid
            last_mi, last_lab = split_parts[-1]
            assert (
                last_lab.keep == 4
                and len(
                    re.sub(r"\D", "", conv.messages[last_mi].text[last_lab.start : last_lab.end])
                )
                >= 4
            )
            assert conv.messages[last_mi].labels[0].split_part, (
                conv.cid
            )  # the scorer reads labels[0]
            assert not any(
                lab.type == CC and not lab.split_part for m in conv.messages for lab in m.labels
            ), conv.cid


# --------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------


def generate(seed: int, count: int = 480) -> list[Conversation]:
    rng = Random(seed)
    convs = [build(rng, f"s15-{seed}-{i:04d}") for i in range(count)]
    check(convs)
    return convs
