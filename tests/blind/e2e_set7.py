# ruff: noqa: E501
"""Seventh blind end-to-end set: a representative sample of a card issuer's support chat.

Written without reading guard's code, rules, tests, benchmarks or the other blind sets
(only the scorer and the data schema of `tests.blind.e2e_set`). About half English, a
third Spanish (several regions), the rest Spanglish; everyday flows (lost card, declined
purchase, dispute, travel notice, locked account, PIN reset, activation, due date, credit
limit, fraud alert, balance, address change, replacement). Most conversations hold no
secret at all; where one appears it is where a real customer would type it. A few agents
ask for what they must not.

`generate(seed, count)` is deterministic: one seeded `random.Random` drives everything.
Offsets are computed while rendering; invariants are asserted at generation time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from random import Random

from tests.blind.e2e_set import CC, CVV, OTP, PIN, PW, SSN, Conversation, Label, Message

# --------------------------------------------------------------------------------------
# Secret values
# --------------------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError("unreachable")


def luhn_invalid(rng: Random, n: int, first: str = "") -> str:
    s = first + "".join(rng.choice("0123456789") for _ in range(n - len(first)))
    if luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    assert not luhn_ok(s)
    return s


# brand, prefixes, lengths, weight
BRANDS: list[tuple[str, list[str], list[int], int]] = [
    ("visa", ["4"], [16, 16, 16, 16, 13, 19], 40),
    ("mc", ["51", "52", "53", "54", "55", "2221", "2300", "2500", "2720"], [16], 30),
    ("amex", ["34", "37"], [15], 12),
    ("discover", ["6011", "65", "644", "645", "649"], [16], 10),
    ("jcb", ["3528", "3530", "3566", "3589"], [16], 3),
    ("diners", ["36", "300", "305", "38"], [14], 2),
    ("unionpay", ["62"], [16, 16, 19], 3),
]


def brand_ok(d: str) -> bool:
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    if d[:2] in ("51", "52", "53", "54", "55") or 2221 <= int(d[:4]) <= 2720:
        return n == 16
    if d[:2] in ("34", "37"):
        return n == 15
    if d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649:
        return n == 16
    if 3528 <= int(d[:4]) <= 3589:
        return n == 16
    if d[:2] in ("36", "38") or 300 <= int(d[:3]) <= 305:
        return n == 14
    if d.startswith("62"):
        return 16 <= n <= 19
    return False


@dataclass
class Card:
    brand: str
    digits: str


def new_card(rng: Random) -> Card:
    brand, prefixes, lengths, _ = rng.choices(BRANDS, weights=[b[3] for b in BRANDS])[0]
    prefix = rng.choice(prefixes)
    n = rng.choice(lengths)
    body = prefix + "".join(rng.choice("0123456789") for _ in range(n - len(prefix) - 1))
    digits = luhn_complete(body)
    assert luhn_ok(digits) and brand_ok(digits) and len(digits) == n
    return Card(brand, digits)


def groups(card: Card) -> list[str]:
    d = card.digits
    n = len(d)
    if n == 15:
        sizes = [4, 6, 5]
    elif n == 14:
        sizes = [4, 6, 4]
    elif n == 13:
        sizes = [4, 3, 3, 3]
    else:
        sizes = [4] * (n // 4) + ([n % 4] if n % 4 else [])
    out: list[str] = []
    i = 0
    for s in sizes:
        out.append(d[i : i + s])
        i += s
    assert "".join(out) == d
    return out


EN_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ES_WORDS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]


def fmt_card(rng: Random, card: Card, style: str) -> str:
    g = groups(card)
    if style == "plain":
        return card.digits
    if style == "space":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "dot":
        return ".".join(g)
    if style == "messy":  # uneven spacing as typed on a phone
        out = g[0]
        for part in g[1:]:
            out += rng.choice([" ", " ", "  ", "", "", "-"]) + part
        return out
    if style == "voice":  # dictation: every digit spaced, or comma groups
        if rng.random() < 0.5:
            return " ".join(card.digits)
        return ", ".join(g)
    if style == "words_en":
        return " ".join(
            EN_WORDS[int(c)] if c != "0" or rng.random() < 0.5 else "oh" for c in card.digits
        )
    if style == "words_es":
        return " ".join(ES_WORDS[int(c)] for c in card.digits)
    raise ValueError(style)


def new_ssn(rng: Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    grp = rng.randint(1, 99)
    ser = rng.randint(1, 9999)
    return f"{area:03d}{grp:02d}{ser:04d}"


def ssn_valid(d: str) -> bool:
    return (
        len(d) == 9
        and d[:3] not in ("000", "666")
        and d[0] != "9"
        and d[3:5] != "00"
        and d[5:] != "0000"
    )


def fmt_ssn(rng: Random, d: str) -> str:
    assert ssn_valid(d)
    style = rng.choices(["dash", "plain", "space"], weights=[6, 3, 2])[0]
    if style == "dash":
        return f"{d[:3]}-{d[3:5]}-{d[5:]}"
    if style == "space":
        return f"{d[:3]} {d[3:5]} {d[5:]}"
    return d


PW_WORDS = [
    "Maria",
    "tigers",
    "Yankees",
    "chispa",
    "Mariposa",
    "sunshine",
    "Boricua",
    "Lupita",
    "monkey",
    "Dragon",
    "canela",
    "Pelusa",
    "Rayados",
    "Chivas",
    "Boca",
    "Mateo",
    "princesa",
    "Soccer",
    "Jesus",
    "Luna",
    "Gatito",
    "Coqui",
    "Tequila",
    "america",
    "Blessed",
]


def new_pw(rng: Random) -> str:
    w = rng.choice(PW_WORDS)
    shape = rng.randint(0, 5)
    y = str(rng.choice([rng.randint(1960, 2024), rng.randint(1, 99)]))
    sym = rng.choice("!#$@.*_")
    if shape == 0:
        return w + y + sym
    if shape == 1:
        return w.lower() + y
    if shape == 2:
        return w + sym + y
    if shape == 3:
        return w.capitalize() + rng.choice(["Rojo", "Azul", "Love", "Bebe", "King"]) + y
    if shape == 4:
        return sym + w + y + sym
    return "".join(
        rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        for _ in range(rng.randint(8, 12))
    )


def new_pin(rng: Random) -> str:
    return "".join(rng.choice("0123456789") for _ in range(rng.choice([4, 4, 4, 4, 6])))


def new_otp(rng: Random) -> str:
    n = rng.choice([6, 6, 6, 6, 4, 8])
    d = "".join(rng.choice("0123456789") for _ in range(n))
    if n == 6 and rng.random() < 0.2:
        return d[:3] + rng.choice([" ", "-"]) + d[3:]
    return d


def new_cvv(rng: Random, card: Card) -> str:
    n = 4 if card.brand == "amex" else 3
    return "".join(rng.choice("0123456789") for _ in range(n))


# --------------------------------------------------------------------------------------
# Rendering with offsets
# --------------------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{(\w+)\}")
RUN_RE = re.compile(r"\d(?:[\d \-.]*\d)?")
SSN_SHAPE_RE = re.compile(r"(?<![\d-])(\d{3})([- .]?)(\d{2})\2(\d{4})(?![\d-])")


@dataclass
class Sec:
    type: str
    value: str
    keep: int = 0
    split: bool = False


MERCHANTS = [
    "Walmart #2291",
    "Target T-1187",
    "Amazon Mktp",
    "7-Eleven 33412",
    "Shell 57442",
    "Uber *Trip",
    "Netflix.com",
    "Spotify",
    "Home Depot #6510",
    "Costco Whse #0482",
    "DoorDash",
    "Best Buy 00318",
    "CVS/Pharmacy #04417",
    "Walgreens #12930",
    "Apple.com/bill",
    "Delta Air 0062",
    "Marriott",
    "Airbnb",
    "OXXO",
    "Mercado Libre",
    "Liverpool",
    "Rappi",
    "El Corte Ingles",
    "Zara",
    "Soriana",
    "Coppel",
    "Despegar",
    "Exito",
    "Falabella",
    "Sams Club 6323",
    "McDonald's F12345",
    "Chevron 0209871",
    "Steam Games",
    "Temu",
    "SHEIN",
    "Ticketmaster",
    "Burlington 0771",
    "Ross Stores #1520",
]
FIRST = [
    "Maria",
    "Jose",
    "Ashley",
    "Mike",
    "Luis",
    "Carmen",
    "Jennifer",
    "David",
    "Ana",
    "Carlos",
    "Brittany",
    "Kevin",
    "Sofia",
    "Juan",
    "Rosa",
    "Tyler",
    "Gabriela",
    "Pedro",
    "Lisa",
    "Omar",
    "Yesenia",
    "Diego",
    "Tanya",
    "Valentina",
]
AGENTS = [
    "Karen",
    "James",
    "Alicia",
    "Marcus",
    "Daniela",
    "Robert",
    "Paola",
    "Steve",
    "Lucia",
    "Andre",
    "Fernanda",
    "Nicole",
]
CITIES = [
    "Cancun",
    "Madrid",
    "Bogota",
    "San Juan",
    "Miami",
    "Orlando",
    "Buenos Aires",
    "CDMX",
    "Guadalajara",
    "Las Vegas",
    "Medellin",
    "Punta Cana",
    "Paris",
    "Rome",
    "London",
    "Tokyo",
    "Lima",
]
STREETS_EN = [
    "Elm St",
    "Oak Ave",
    "Maple Dr",
    "Sunset Blvd",
    "Main St",
    "Pine Ct",
    "Lakeview Rd",
    "W 3rd St",
]
STREETS_ES = [
    "Calle 5 de Mayo",
    "Av. Insurgentes Sur",
    "Calle Loiza",
    "Av. Corrientes",
    "Carrera 7",
    "Calle Mayor",
    "Av. Reforma",
    "Calle Luna",
]
MONTHS_EN = [
    "jan",
    "feb",
    "march",
    "april",
    "may",
    "june",
    "july",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
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


class Ctx:
    """Per-conversation values that stay the same (last four, ZIP, name...)."""

    def __init__(self, rng: Random, lang: str, card: Card) -> None:
        self.rng = rng
        self.lang = lang
        self.card = card
        self.cache: dict[str, str] = {}
        self.agent = False

    def es(self) -> bool:
        return self.lang == "es" or (self.lang == "mix" and self.rng.random() < 0.5)

    def fill(self, slot: str) -> str:
        sticky = {
            "l4",
            "zip",
            "name",
            "agent",
            "dob",
            "phone",
            "addr",
            "case",
            "limit",
            "city",
            "merchant",
            "amt",
            "date",
        }
        if slot in sticky and slot in self.cache:
            return self.cache[slot]
        v = self._fill(slot)
        if slot in sticky:
            self.cache[slot] = v
        return v

    def _fill(self, slot: str) -> str:
        rng = self.rng
        es = self.lang == "es"
        if slot == "l4":
            return self.card.digits[-4:]
        if slot == "zip":
            return f"{rng.randint(601, 99950):05d}"
        if slot == "name":
            return rng.choice(FIRST)
        if slot == "agent":
            return rng.choice(AGENTS)
        if slot in ("amt", "amt2", "amt3"):
            v = rng.choice(
                [
                    rng.randint(5, 99) + rng.randint(0, 99) / 100,
                    rng.randint(100, 2500) + rng.choice([0, 0.5, 0.99, 0.25]),
                    float(rng.randint(1, 30) * 50),
                ]
            )
            s = f"{v:,.2f}" if rng.random() < 0.7 else f"{v:,.0f}"
            if self.agent:
                return "$" + f"{v:,.2f}"
            if es and rng.random() < 0.3:
                return s.replace(",", "X").replace(".", ",").replace("X", ".") + rng.choice(
                    [" €", " pesos", ""]
                )
            return (
                rng.choice(["$", "$", "$", "USD "]) + s
                if rng.random() < 0.9
                else s + rng.choice([" dlls", " bucks", " pesos"])
            )
        if slot in ("date", "date2"):
            m, d = rng.randint(1, 12), rng.randint(1, 28)
            if es:
                return rng.choice(
                    [f"{d} de {MONTHS_ES[m - 1]}", f"{d}/{m:02d}", f"{d} de {MONTHS_ES[m - 1]}"]
                )
            return rng.choice(
                [
                    f"{m}/{d}",
                    f"{MONTHS_EN[m - 1]} {d}",
                    f"{m:02d}/{d:02d}/{rng.choice([2025, 2026])}",
                    f"the {d}th",
                ]
            )
        if slot == "dob":
            y, m, d = rng.randint(1948, 2004), rng.randint(1, 12), rng.randint(1, 28)
            if es:
                return rng.choice(
                    [f"{d:02d}/{m:02d}/{y}", f"{d} de {MONTHS_ES[m - 1]} del {y}", f"{d}-{m}-{y}"]
                )
            return rng.choice(
                [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{MONTHS_EN[m - 1]} {d} {y}"]
            )
        if slot == "phone":
            return rng.choice(
                [
                    f"({rng.randint(201, 989)}) 555-{rng.randint(100, 9999):04d}",
                    f"787-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
                    f"{rng.randint(201, 989)}{rng.randint(200, 999)}{rng.randint(1000, 9999)}",
                    f"55 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                    f"+34 6{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                    f"1-800-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
                ]
            )
        if slot == "case":
            return rng.choice(
                [
                    f"CAS-{rng.randint(1000000, 9999999)}",
                    f"{rng.randint(10000000, 99999999)}",
                    f"DSP{rng.randint(100000, 999999)}",
                    f"#{rng.randint(1000000, 9999999)}",
                ]
            )
        if slot == "ref":  # long Luhn-invalid reference / confirmation numbers
            n = rng.randint(13, 19)
            num = luhn_invalid(rng, n, rng.choice(["", "4", "5", "20", "3"]))
            return rng.choice([num, num, num[:4] + "-" + num[4:8] + "-" + num[8:]])
        if slot == "order":
            a = luhn_invalid(rng, 17, rng.choice(["11", "70", "11"]))
            return rng.choice(
                [
                    f"{a[:3]}-{a[3:10]}-{a[10:]}",
                    f"#{rng.randint(100000, 9999999)}",
                    f"W{rng.randint(1000000000, 9999999999)}",
                ]
            )
        if slot == "track":
            return rng.choice(
                [
                    "1Z"
                    + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(16)),
                    "9400" + "".join(rng.choice("0123456789") for _ in range(18)),
                    "".join(rng.choice("0123456789") for _ in range(12)),
                ]
            )
        if slot == "masked":
            l4 = self.card.digits[-4:]
            return rng.choice(
                [
                    f"************{l4}",
                    f"XXXX-XXXX-XXXX-{l4}",
                    f"•••• {l4}",
                    f"x{l4}",
                    f"****{l4}",
                    f"ending {l4}",
                    f"...{l4}",
                ]
            )
        if slot == "merchant":
            return rng.choice(MERCHANTS)
        if slot == "time":
            return rng.choice(
                [
                    f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d}pm",
                    f"{rng.randint(6, 11)} am",
                    f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d}",
                    f"las {rng.randint(1, 11)}",
                ]
            )
        if slot == "year":
            return str(rng.randint(2015, 2026))
        if slot == "addr":
            if es:
                return f"{rng.choice(STREETS_ES)} {rng.randint(10, 2999)}, int {rng.randint(1, 40)}"
            return f"{rng.randint(100, 9999)} {rng.choice(STREETS_EN)} apt {rng.randint(1, 40)}{rng.choice('ABCD')}"
        if slot == "limit":
            return f"${rng.choice([500, 1000, 1500, 2000, 3000, 5000, 7500, 10000]):,}"
        if slot == "n":
            return str(rng.randint(2, 10))
        if slot == "days":
            return str(rng.choice([3, 5, 7, 7, 10]))
        if slot == "city":
            return rng.choice(CITIES)
        if slot == "city2":
            return rng.choice(CITIES)
        if slot == "store":
            return str(rng.randint(100, 9999))
        if slot == "exp":
            return f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}"
        if slot == "hours":
            return str(rng.choice([24, 48, 72]))
        raise KeyError(slot)


def unlabelled_problem(text: str, labels: list[Label]) -> bool:
    chars = list(text)
    for lab in labels:
        for i in range(lab.start, lab.end):
            chars[i] = "#"
    t = "".join(chars)
    for m in RUN_RE.finditer(t):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            return True
        for sub in re.findall(r"\d+", m.group()):
            if 13 <= len(sub) <= 19 and luhn_ok(sub):
                return True
    return any(ssn_valid(m.group(1) + m.group(3) + m.group(4)) for m in SSN_SHAPE_RE.finditer(t))


def render(ctx: Ctx, tpl: str, secrets: dict[str, Sec] | None = None) -> tuple[str, list[Label]]:
    secrets = secrets or {}
    for _attempt in range(40):
        out: list[str] = []
        labels: list[Label] = []
        pos = 0
        last = 0
        for m in SLOT_RE.finditer(tpl):
            lit = tpl[last : m.start()]
            out.append(lit)
            pos += len(lit)
            slot = m.group(1)
            if slot in secrets:
                s = secrets[slot]
                out.append(s.value)
                labels.append(Label(s.type, pos, pos + len(s.value), s.keep, s.split))
                pos += len(s.value)
            else:
                v = ctx.fill(slot)
                out.append(v)
                pos += len(v)
            last = m.end()
        out.append(tpl[last:])
        text = "".join(out)
        for lab, (slot, s) in zip(
            labels,
            [
                (m.group(1), secrets[m.group(1)])
                for m in SLOT_RE.finditer(tpl)
                if m.group(1) in secrets
            ],
            strict=True,
        ):
            assert text[lab.start : lab.end] == s.value, (slot, text)
        if not unlabelled_problem(text, labels):
            return text, labels
        ctx.cache.clear()
    raise AssertionError(f"cannot render cleanly: {tpl}")


# --------------------------------------------------------------------------------------
# Phrase pools
# --------------------------------------------------------------------------------------

# Each flow: openers (customer), agent reply after verification, then body beats as
# alternating customer / agent pools. Keys: en, es, mix (mix customer lines; a mix
# conversation's agent answers in English or Spanish).

FLOWS: dict[str, dict[str, list[list[str]]]] = {
    "lost_stolen": {
        "en": [
            [
                "hi i lost my card",
                "I think my wallet got stolen at the gym, need to block my card asap",
                "cant find my card anywhere. can you freeze it??",
                "Hello, my purse was stolen last night with my credit card in it",
                "lost my card at a bar last night 😩 what do i do",
                "my card is gone. i think i left it at {merchant}",
            ],
            [
                "I'm sorry to hear that. I've placed a temporary lock on the card ending in {l4}. Do you see any charges you don't recognize?",
                "Thanks for confirming. The card ending {l4} is now blocked so no new purchases can go through. Can you review your recent transactions with me?",
                "Got it, I've locked the card. Before I order a replacement, were there any purchases after you lost it?",
            ],
            [
                "yes theres one at {merchant} for {amt} that wasnt me",
                "no i dont think so, last thing i bought was gas yesterday",
                "idk let me check.. ok theres a {amt} charge from {date} i didnt make",
                "just the {amt} one at {merchant} that was me tho",
            ],
            [
                "Thanks. I've reported the card lost and opened case {case} for the unrecognized charge. A new card with a new number will arrive in {days} business days.",
                "Understood. Your new card will be mailed to the address on file and should arrive within {days} business days. The old number will no longer work.",
                "Okay. I've marked that charge as fraud, case number {case}. You won't be responsible for it while we investigate.",
            ],
            [
                "can i get it faster? i have a trip {date}",
                "will my autopay still work with the new card",
                "ok and what about my netflix and stuff thats on the old card",
                "does the new card have a different number",
            ],
            [
                "I can expedite it for free, it should arrive in 2 business days. Recurring merchants may need the new number once it arrives.",
                "Yes, autopay from your bank account isn't affected. You'll need to update the card with merchants that bill you monthly.",
                "Yes, it'll have a new number and a new security code. You can add it to your digital wallet as soon as it's approved.",
            ],
        ],
        "es": [
            [
                "hola perdi mi tarjeta",
                "buenas, me robaron la cartera en el metro y ahi traia mi tarjeta",
                "no encuentro mi tarjeta, me la pueden bloquear porfa",
                "Buenas noches, me asaltaron y se llevaron mi tarjeta de credito",
                "che perdi la tarjeta, la podes bloquear?",
                "hola, creo que deje la tarjeta en el {merchant}",
            ],
            [
                "Lamento lo ocurrido. Ya bloqueé temporalmente la tarjeta con terminación {l4}. ¿Ve algún cargo que no reconozca?",
                "Gracias por verificar. La tarjeta que termina en {l4} ya está bloqueada. ¿Revisamos juntos sus últimos movimientos?",
                "Listo, la tarjeta quedó bloqueada. Antes de pedir la reposición, ¿hubo compras después de que la perdió?",
            ],
            [
                "si hay uno de {merchant} por {amt} que no hice yo",
                "no creo, lo ultimo que compre fue en el super ayer",
                "dejame ver... si hay un cargo de {amt} del {date} que no reconozco",
                "nomas el de {amt} en {merchant} pero ese si fui yo",
            ],
            [
                "Gracias. Reporté la tarjeta como extraviada y abrí el folio {case} por el cargo no reconocido. La nueva tarjeta llegará en {days} días hábiles.",
                "Entendido. La reposición se enviará a su domicilio registrado en {days} días hábiles aproximadamente. El número anterior ya no funcionará.",
                "De acuerdo. Marqué ese cargo como fraude con el número de caso {case}.",
            ],
            [
                "y no me la pueden mandar mas rapido? salgo de viaje el {date}",
                "y mis domiciliaciones? tengo el spotify y la luz",
                "ok gracias, la nueva tiene otro numero?",
                "va, y cuanto me cobran por la reposicion",
            ],
            [
                "Puedo enviarla urgente sin costo, llegaría en 2 días hábiles. Los cargos recurrentes tendrá que actualizarlos con el nuevo número.",
                "La reposición por robo no tiene costo. Tendrá número y código de seguridad nuevos.",
                "Sí, tendrá un número nuevo. Podrá agregarla a su cartera digital en cuanto se apruebe.",
            ],
        ],
        "mix": [
            [
                "hola i lost my tarjeta, can u block it",
                "me robaron el wallet en el mall, need to freeze my card",
                "oye my card se perdio yesterday 😩",
                "hi, se me perdio la card en el uber",
            ],
            [],
            [
                "si hay un charge de {amt} en {merchant} que no es mio",
                "no creo, the last one was mine",
                "hay uno del {date} por {amt} que yo no hice",
            ],
            [],
            [
                "ok pero can u send it faster, me voy de viaje el {date}",
                "y el autopay sigue working?",
                "ok thank u, la nueva tiene diferente number?",
            ],
            [],
        ],
    },
    "declined": {
        "en": [
            [
                "why was my card declined at {merchant}??",
                "my card keeps getting declined online wth",
                "Hi, I tried to pay {amt} at {merchant} and it got declined. I have plenty of credit",
                "card declined at the gas pump again. this is embarrassing",
                "trying to buy plane tickets and it says transaction denied",
            ],
            [
                "I'm sorry about that. I see a declined attempt for {amt} at {merchant} on {date}. It was stopped by our fraud filters. Was that you?",
                "Thanks. The decline was because the security code entered didn't match. Please try again and double-check the 3 digits on the back, but don't share them here.",
                "I see the transaction. It was declined because the billing ZIP entered didn't match the one on file.",
            ],
            [
                "yes that was me!! i'm literally at the register",
                "yeah it was me, can you approve it",
                "yes i was trying to order from them",
                "i typed the zip as {zip}, is that wrong?",
            ],
            [
                "Thanks for confirming. I've marked it as a valid transaction; please try again in a couple of minutes.",
                "Got it. I've cleared the fraud hold. If it declines again let me know and I'll stay on the chat.",
                "The ZIP on file ends differently. You can update it in the app under Profile > Address, or use the ZIP from your statement.",
            ],
            [
                "ok it went through thanks",
                "still declined ugh",
                "it worked 🙏",
                "ok trying again now",
            ],
            [
                "Glad it worked! Is there anything else I can help with?",
                "I'm sorry. I see another attempt declined for a different reason: the merchant flagged the address. You may want to try a different payment method for this one.",
                "Great. For future, you can turn on purchase alerts in the app so you'll get a text to approve it right away.",
            ],
        ],
        "es": [
            [
                "por que me rechazaron la tarjeta en {merchant}?",
                "buenas, mi tarjeta sale declinada en compras en linea",
                "Hola, intente pagar {amt} en {merchant} y me dice rechazada. Tengo saldo disponible",
                "me declinaron la tarjeta en la gasolinera que verguenza",
                "estoy tratando de comprar boletos de avion y dice transaccion denegada",
                "hola q tal, no me pasa la tarjeta en mercado libre",
            ],
            [
                "Disculpe las molestias. Veo un intento rechazado por {amt} en {merchant} el {date}, lo detuvieron nuestros filtros de seguridad. ¿Lo realizó usted?",
                "Gracias. El rechazo fue porque el código de seguridad no coincidió. Intente de nuevo verificando los 3 dígitos del reverso, pero no los comparta por aquí.",
                "Veo la operación. Se rechazó porque el código postal de facturación no coincide con el registrado.",
            ],
            [
                "si fui yo estoy en la caja",
                "si era yo, me la pueden autorizar?",
                "si, estaba comprando en linea",
                "puse el cp {zip} esta mal?",
            ],
            [
                "Gracias por confirmar. Ya la marqué como operación reconocida, intente de nuevo en un par de minutos.",
                "Listo, quité el bloqueo preventivo. Si vuelve a rechazarse avíseme.",
                "El código postal registrado es distinto. Puede actualizarlo en la app en Perfil > Domicilio.",
            ],
            ["ya paso gracias", "sigue saliendo rechazada 😡", "ya quedo!!", "ok lo intento"],
            [
                "¡Qué bueno! ¿Le ayudo con algo más?",
                "Lo siento. Veo otro intento rechazado, esta vez por el comercio. Le sugiero intentar con otro medio de pago para esta compra.",
                "Perfecto. Le recomiendo activar las alertas de compra en la app para autorizarlas al momento.",
            ],
        ],
        "mix": [
            [
                "my card got declined en {merchant}, why??",
                "oye la tarjeta keeps saying declined online",
                "trate de pagar {amt} and it got declined, tengo credito",
            ],
            [],
            ["yes fui yo, estoy en la register", "si that was me", "si I was buying online"],
            [],
            ["ok ya paso thanks", "still declined 😤", "ok voy a try again"],
            [],
        ],
    },
    "dispute": {
        "en": [
            [
                "i want to dispute a charge",
                "there's a charge from {merchant} for {amt} that I never received the item for",
                "Hi, I was charged twice by {merchant}. Same amount {amt} on {date}",
                "someone charged me {amt} for a subscription I cancelled in {year}",
                "need help disputing. ordered something never came, order {order}",
            ],
            [
                "I can help with that. Can you tell me the merchant, the amount and the date of the charge?",
                "Sorry about that. I see two charges of {amt} from {merchant}. Did you contact the merchant already?",
                "I can open a dispute. Do you have an order number or any emails from the merchant?",
            ],
            [
                "yes i emailed them {n} times no answer",
                "its {merchant} {amt} on {date}",
                "order number is {order}, tracking {track} says delivered but nothing came",
                "i called them and they said its the bank's problem lol",
            ],
            [
                "Thank you. I've opened dispute {case} and issued a temporary credit of {amt} while we investigate. You'll get a letter within 10 days.",
                "I've filed the dispute, reference {case}. The merchant has 30 days to respond. You don't need to pay that amount while it's under review.",
                "Got it. I've submitted it under case {case}. Please upload any receipts or emails in the app under Disputes.",
            ],
            [
                "how long does this take",
                "ok so i dont pay that part of my bill right?",
                "thank u!! will i get the money back",
                "ok where do i upload the screenshot",
            ],
            [
                "Most disputes are resolved within 30 to 60 days. We'll message you with updates.",
                "Correct, the disputed {amt} won't accrue interest while it's open. Pay the rest of your minimum as usual.",
                "In the app, tap the transaction, then Dispute > Add documents.",
            ],
        ],
        "es": [
            [
                "quiero hacer una aclaracion de un cargo",
                "tengo un cargo de {merchant} por {amt} y nunca me llego el pedido",
                "Hola, {merchant} me cobro dos veces {amt} el {date}",
                "me cobraron {amt} de una suscripcion que cancele en {year}",
                "necesito desconocer un cargo, pedido {order}",
            ],
            [
                "Con gusto le ayudo. ¿Me indica el comercio, el monto y la fecha del cargo?",
                "Lamento el inconveniente. Veo dos cargos de {amt} de {merchant}. ¿Ya se comunicó con el comercio?",
                "Puedo abrir una aclaración. ¿Tiene número de pedido o correos del comercio?",
            ],
            [
                "ya les mande correo {n} veces y nada",
                "es de {merchant} por {amt} del {date}",
                "el pedido es {order} y la guia {track} dice entregado pero no llego nada",
                "les llame y dicen que es cosa del banco",
            ],
            [
                "Gracias. Abrí la aclaración {case} y le hice un abono provisional de {amt} mientras se investiga.",
                "Registré la disputa con folio {case}. El comercio tiene 30 días para responder.",
                "Listo, quedó con el número {case}. Puede subir comprobantes en la app en la sección Aclaraciones.",
            ],
            [
                "cuanto tarda",
                "entonces no pago ese cargo verdad?",
                "gracias!! me regresan el dinero?",
                "y donde subo la captura",
            ],
            [
                "La mayoría se resuelven entre 30 y 60 días. Le avisaremos por mensaje.",
                "Correcto, ese monto no genera intereses mientras esté en revisión.",
                "En la app, toque el movimiento y luego Aclarar > Agregar documentos.",
            ],
        ],
        "mix": [
            [
                "quiero hacer un dispute de un charge de {merchant}",
                "me cobraron twice {amt} en {merchant}",
                "hi, tengo un charge de {amt} que nunca recibi el order",
            ],
            [],
            [
                "ya les mande email {n} times y nada",
                "el order es {order}, says delivered pero no llego",
                "es de {merchant}, {amt}, el {date}",
            ],
            [],
            ["how long tarda esto?", "ok so no lo pago verdad?", "gracias!!"],
            [],
        ],
    },
    "travel": {
        "en": [
            [
                "hi going to {city} next week, do i need to tell you?",
                "I want to set a travel notice please",
                "traveling to {city} from {date} to {date2}, dont want my card blocked like last time",
                "hey will my card work in {city}",
            ],
            [
                "Thanks for letting us know! You don't need a travel notice anymore, but I've added {city} to your profile anyway. Do you have a phone number where we can text you abroad?",
                "I've noted your trip to {city}. Your card has no foreign transaction fees. Is {phone} still the best number to reach you?",
                "Sure, I've added the travel dates. If we see anything unusual we'll text you to confirm.",
            ],
            [
                "yes same number",
                "my number is {phone}",
                "yes. also can i use it at atms there?",
                "ok cool what about the fees",
            ],
            [
                "Perfect. You can withdraw cash abroad with your PIN; a cash advance fee of 5% applies. Have a great trip!",
                "Great, all set. Remember your card works with tap-to-pay at most terminals there.",
                "No foreign transaction fees on your card. Cash advances do have a fee and interest from day one.",
            ],
            ["👍 thanks", "awesome ty", "ok perfect", "wait also adding {city2} on the way back"],
            ["You're welcome, safe travels!", "Added. Anything else?", "Done! Enjoy your trip."],
        ],
        "es": [
            [
                "hola me voy a {city} la otra semana, tengo que avisar?",
                "quiero dar aviso de viaje porfa",
                "viajo a {city} del {date} al {date2}, no quiero que me bloqueen la tarjeta como la otra vez",
                "buenas, funciona mi tarjeta en {city}?",
                "vale, me voy a {city} en verano, hay que avisar al banco?",
            ],
            [
                "¡Gracias por avisar! Ya no es obligatorio, pero agregué {city} a su perfil. ¿Tiene un número donde le podamos escribir en el extranjero?",
                "Registré su viaje a {city}. Su tarjeta no cobra comisión por compras en el extranjero. ¿Sigue siendo {phone} su número?",
                "Claro, ya agregué las fechas. Si vemos algo inusual le mandaremos un mensaje.",
            ],
            [
                "si el mismo",
                "mi cel es {phone}",
                "si. y puedo sacar del cajero alla?",
                "ok y las comisiones?",
            ],
            [
                "Perfecto. Puede retirar efectivo con su NIP en cajeros; aplica una comisión del 5% por disposición.",
                "Listo, todo registrado. Su tarjeta funciona sin contacto en la mayoría de terminales.",
                "No hay comisión por compras en el extranjero. Los retiros en efectivo sí tienen comisión.",
            ],
            ["👍 gracias", "genial gracias", "va perfecto", "ah y tambien voy a pasar por {city2}"],
            ["¡Buen viaje!", "Agregado. ¿Algo más?", "Listo, que disfrute su viaje."],
        ],
        "mix": [
            [
                "me voy a {city} next week, tengo que avisar?",
                "hi quiero poner un travel notice",
                "voy pa {city} el {date}, will my card work alla?",
            ],
            [],
            ["yes el mismo number", "mi number es {phone}", "si, y puedo usar el ATM there?"],
            [],
            ["ok thank u", "perfecto gracias", "👍"],
            [],
        ],
    },
    "locked_online": {
        "en": [
            [
                "i'm locked out of my online account",
                "it says my account is locked after too many attempts",
                "cant log in to the app, keeps saying invalid credentials",
                "forgot my password and the reset link isnt coming",
                "Hi, my online banking got locked and I need to pay my bill today",
            ],
            [
                "I can help. For security I can't see or reset your password in chat, but I can unlock the profile. I'll send a verification code to the phone on file; please enter it in the app, not here.",
                "Sorry about that. I've unlocked your profile. Please use 'Forgot password' on the login screen to set a new one.",
                "Let's get you back in. Are you seeing an error message? A screenshot without personal info is fine.",
            ],
            [
                "ok i got the text",
                "the link says expired",
                "it says error 403 whatever that means",
                "ok done, im in now",
                "still not working smh",
            ],
            [
                "Great. Please enter that code on the screen to finish. Never share it with anyone, including us.",
                "I've sent a new reset link to the email on file ending in @gmail.com. It's valid for 30 minutes.",
                "That error usually means the browser cached an old session. Try clearing cookies or use the app instead.",
            ],
            ["ok that worked thanks", "got it", "ugh fine", "ok im in. how do i turn on face id"],
            [
                "Glad you're in! Face ID is under Settings > Security.",
                "You're welcome. Anything else?",
                "Perfect. Remember, we'll never ask for your password or codes by chat or phone.",
            ],
        ],
        "es": [
            [
                "no puedo entrar a mi banca en linea",
                "me dice que mi cuenta esta bloqueada por intentos",
                "la app me dice usuario o contraseña invalidos",
                "olvide mi contraseña y no me llega el correo para cambiarla",
                "hola se me bloqueo la app y necesito pagar hoy",
            ],
            [
                "Con gusto le ayudo. Por seguridad no puedo ver ni cambiar su contraseña por chat, pero puedo desbloquear el perfil. Le enviaré un código a su celular registrado; ingréselo en la app, no aquí.",
                "Disculpe. Ya desbloqueé su perfil. Use 'Olvidé mi contraseña' en la pantalla de inicio para crear una nueva.",
                "Vamos a resolverlo. ¿Le aparece algún mensaje de error?",
            ],
            [
                "ok ya me llego el mensaje",
                "el link dice que expiro",
                "dice error 403",
                "ya entre",
                "sigue sin funcionar",
            ],
            [
                "Perfecto, ingrese ese código en la pantalla. Nunca lo comparta con nadie, ni con nosotros.",
                "Le envié un nuevo enlace al correo registrado. Es válido por 30 minutos.",
                "Ese error suele ser por la sesión guardada. Intente borrar cookies o use la app.",
            ],
            ["ya funciono gracias", "ok", "ash bueno", "ya entre, como activo la huella"],
            [
                "¡Qué bien! La huella se activa en Configuración > Seguridad.",
                "Con gusto. ¿Algo más?",
                "Perfecto. Recuerde que nunca le pediremos su contraseña ni códigos.",
            ],
        ],
        "mix": [
            [
                "no puedo hacer login en la app",
                "mi account esta locked, too many attempts",
                "olvide mi password y no me llega el email",
            ],
            [],
            ["ok ya me llego el text", "el link dice expired", "ya entre, thanks"],
            [],
            ["ok gracias", "ya funciono 🙏", "ok"],
            [],
        ],
    },
    "pin_reset": {
        "en": [
            [
                "how do i change my pin",
                "i forgot my pin and the atm ate my card lol",
                "need to reset my PIN, entered it wrong 3 times",
                "what's the pin for my credit card? never set one",
            ],
            [
                "You can set a new PIN in the app under Card settings > Change PIN. I can't see or set it for you here.",
                "For security, we'll mail a PIN reminder to your address on file, or you can reset it instantly in the app.",
                "Sure. After 3 wrong attempts the PIN is locked for 24 hours, but you can reset it in the app right away.",
            ],
            [
                "i dont see that option",
                "ok but the atm kept my card",
                "will the new one work right away?",
                "ok doing it now",
            ],
            [
                "It's under Manage card, scroll down to PIN. If you're on an older app version please update first.",
                "If the ATM retained your card, I'll cancel it and send a replacement. Your new PIN can be set when it arrives.",
                "Yes, it's active immediately for purchases. Some ATMs may take up to {hours} hours to recognize it.",
            ],
            ["ok found it thx", "ugh ok send the new one", "got it"],
            [
                "You're welcome! Please don't share your PIN with anyone.",
                "Done, the replacement will arrive in {days} business days.",
                "Anything else I can help with?",
            ],
        ],
        "es": [
            [
                "como cambio mi nip",
                "olvide mi nip y el cajero se trago la tarjeta",
                "necesito cambiar el pin, me equivoque 3 veces",
                "cual es el pin de mi tarjeta de credito? nunca puse uno",
                "hola, como hago para cambiar la clave del cajero?",
            ],
            [
                "Puede asignar un NIP nuevo en la app en Mi tarjeta > Cambiar NIP. Por aquí no puedo verlo ni asignarlo.",
                "Por seguridad le enviaremos el recordatorio de NIP a su domicilio, o puede cambiarlo al momento en la app.",
                "Claro. Después de 3 intentos el NIP se bloquea 24 horas, pero puede cambiarlo en la app.",
            ],
            [
                "no me sale esa opcion",
                "ok pero el cajero se quedo con mi tarjeta",
                "el nuevo ya funciona luego luego?",
                "ok ya lo estoy haciendo",
            ],
            [
                "Está en Administrar tarjeta, al final. Actualice la app si no la ve.",
                "Si el cajero retuvo la tarjeta, la cancelo y le envío una reposición.",
                "Sí, funciona de inmediato para compras. Algunos cajeros tardan hasta {hours} horas.",
            ],
            ["ya lo encontre gracias", "ok mandenme la nueva", "va"],
            [
                "¡De nada! No comparta su NIP con nadie.",
                "Listo, la reposición llega en {days} días hábiles.",
                "¿Algo más en que le ayude?",
            ],
        ],
        "mix": [
            [
                "como cambio mi pin? i forgot it",
                "el atm se comio mi card y no se el pin",
                "need to reset el nip porfa",
            ],
            [],
            [
                "no veo esa option",
                "ok pero el ATM se quedo con la card",
                "ok lo estoy haciendo now",
            ],
            [],
            ["ok gracias", "ok send me la nueva", "👍"],
            [],
        ],
    },
    "activation": {
        "en": [
            [
                "just got my new card how do i activate it",
                "my replacement card came, need to activate",
                "Hi, trying to activate my card but the website errors out",
                "activate card pls",
            ],
            [
                "Congrats on the new card! You can activate it in the app, or I can do it here. Please confirm the last 4 digits on the new card.",
                "Happy to help. I just need the last four of the new card and your date of birth.",
                "Sure. What are the last 4 digits on the front of the new card?",
            ],
            ["{l4}", "last 4 are {l4}", "its {l4}, dob {dob}", "{l4} and my birthday is {dob}"],
            [
                "Thank you. Your card ending in {l4} is now active. You can start using it right away.",
                "Done, it's active. Don't forget to sign the back and destroy the old card.",
                "All set. The old card will stop working once you use the new one.",
            ],
            [
                "do i need to update amazon",
                "ok thanks!",
                "what about the pin, is it the same?",
                "can i add it to apple pay",
            ],
            [
                "Yes, merchants that have the old number on file may need the new expiration date and code.",
                "Your PIN carries over from your previous card.",
                "Yes, you can add it to Apple Pay right away from the app.",
            ],
        ],
        "es": [
            [
                "me llego mi tarjeta nueva como la activo",
                "ya me llego la reposicion, quiero activarla",
                "Hola, trato de activar la tarjeta y la pagina da error",
                "activar tarjeta porfa",
            ],
            [
                "¡Felicidades por su nueva tarjeta! Puede activarla en la app o aquí mismo. Confírmeme los últimos 4 dígitos de la tarjeta nueva.",
                "Con gusto. Necesito los últimos cuatro dígitos de la tarjeta nueva y su fecha de nacimiento.",
                "Claro. ¿Cuáles son los últimos 4 dígitos de la tarjeta nueva?",
            ],
            ["{l4}", "los ultimos son {l4}", "{l4}, naci el {dob}", "termina en {l4}"],
            [
                "Gracias. Su tarjeta con terminación {l4} ya está activa.",
                "Listo, ya está activa. Recuerde destruir la tarjeta anterior.",
                "Todo listo. La anterior dejará de funcionar al usar la nueva.",
            ],
            [
                "tengo que actualizarla en netflix?",
                "ok gracias!",
                "y el nip es el mismo?",
                "la puedo poner en google pay?",
            ],
            [
                "Sí, los comercios con el número anterior pueden necesitar la nueva fecha de vencimiento.",
                "Su NIP es el mismo de la tarjeta anterior.",
                "Sí, puede agregarla desde la app de inmediato.",
            ],
        ],
        "mix": [
            [
                "me llego la new card, how do I activate it?",
                "quiero activar mi tarjeta nueva pls",
                "hi, la pagina no me deja activate la card",
            ],
            [],
            ["{l4}", "los last 4 son {l4}", "{l4}, mi birthday es {dob}"],
            [],
            ["ok thanks!", "y el pin es el mismo?", "la puedo poner en apple pay?"],
            [],
        ],
    },
    "due_date": {
        "en": [
            [
                "when is my payment due",
                "can i change my due date? the 3rd is bad for me",
                "I paid {amt} on {date} but it still shows past due",
                "whats my minimum payment this month",
            ],
            [
                "Your payment of {amt} is due on {date}. Would you like to set up autopay?",
                "You can change your due date once every 12 months. Which day works best?",
                "I see the payment of {amt} posted on {date}. It can take 1 to 2 business days to reflect.",
            ],
            [
                "can it be the 15th",
                "no thanks ill pay manually",
                "ok so im not gonna get a late fee right?",
                "yes set up autopay for the minimum",
            ],
            [
                "Done, starting next cycle your due date will be the 15th.",
                "No late fee will apply since the payment was received before {time} on the due date.",
                "Autopay is set for the minimum from your checking account ending {store}.",
            ],
            ["perfect thanks", "ok cool", "👍"],
            ["You're welcome! Anything else?", "Have a great day."],
        ],
        "es": [
            [
                "cuando es mi fecha limite de pago",
                "puedo cambiar mi fecha de corte? el 3 no me conviene",
                "pague {amt} el {date} y todavia me sale vencido",
                "cuanto es el pago minimo este mes",
                "hola cuanto tengo que pagar para no generar intereses",
            ],
            [
                "Su pago de {amt} vence el {date}. ¿Desea domiciliar el pago?",
                "Puede cambiar la fecha de pago una vez cada 12 meses. ¿Qué día le conviene?",
                "Veo su pago de {amt} aplicado el {date}. Puede tardar 1 a 2 días hábiles en reflejarse.",
            ],
            [
                "puede ser el 15?",
                "no gracias pago yo",
                "entonces no me cobran recargo verdad?",
                "si domicilien el minimo",
            ],
            [
                "Listo, a partir del próximo ciclo su fecha será el 15.",
                "No se aplicará cargo por pago tardío porque se recibió a tiempo.",
                "Quedó domiciliado el pago mínimo de su cuenta con terminación {store}.",
            ],
            ["perfecto gracias", "ok", "👍"],
            ["¡Con gusto! ¿Algo más?", "Que tenga buen día."],
        ],
        "mix": [
            [
                "cuando es my due date?",
                "puedo cambiar el due date al 15?",
                "pague {amt} el {date} y still says past due",
            ],
            [],
            ["ok so no late fee verdad?", "si set up el autopay", "no thanks, yo pago"],
            [],
            ["ok gracias", "perfect"],
            [],
        ],
    },
    "credit_limit": {
        "en": [
            [
                "can i get a credit limit increase",
                "why did my limit go down??",
                "Hi, I'd like to request a higher limit, I've had this card since {year}",
                "how much credit do i have left",
            ],
            [
                "I can submit a request. What's your current annual income and monthly housing payment?",
                "I see your limit changed from {limit} after our periodic review. I can request a reconsideration.",
                "Your available credit is {amt} of a {limit} limit.",
            ],
            [
                "about 58k a year, rent is 1450",
                "income 72,000. mortgage 2100",
                "i make like 40k",
                "ok can u request it",
            ],
            [
                "Thanks. Good news: you've been approved for a new limit of {limit}, effective now.",
                "I've submitted the request. You'll get a decision by email within 2 business days.",
                "Unfortunately we can't increase it right now. You'll receive a letter explaining why.",
            ],
            ["nice thank you!!", "does it affect my credit score", "ok"],
            ["This request doesn't affect your credit score.", "You're welcome!"],
        ],
        "es": [
            [
                "me pueden aumentar la linea de credito",
                "por que me bajaron el limite??",
                "Hola, quisiera un limite mas alto, tengo la tarjeta desde {year}",
                "cuanto credito me queda",
            ],
            [
                "Puedo enviar la solicitud. ¿Cuál es su ingreso mensual aproximado?",
                "Veo que su límite cambió de {limit} tras una revisión periódica. Puedo solicitar una reconsideración.",
                "Su crédito disponible es de {amt} de un límite de {limit}.",
            ],
            [
                "gano como 18 mil al mes",
                "ingreso 35,000 mensuales",
                "unos 2.500 euros",
                "ok pidalo porfa",
            ],
            [
                "Gracias. ¡Buenas noticias! Se aprobó un nuevo límite de {limit}.",
                "Envié la solicitud. Recibirá la respuesta por correo en 2 días hábiles.",
                "Por ahora no es posible aumentarlo. Le llegará una carta con el motivo.",
            ],
            ["genial gracias!!", "afecta mi buro?", "ok"],
            ["Esta solicitud no afecta su historial crediticio.", "¡Con gusto!"],
        ],
        "mix": [
            [
                "me pueden dar un credit limit increase?",
                "por que me bajaron el limit??",
                "cuanto credit me queda",
            ],
            [],
            ["gano like 45k al year", "ok request it porfa"],
            [],
            ["nice gracias", "afecta mi credit score?"],
            [],
        ],
    },
    "fraud_alert": {
        "en": [
            [
                "i got a text saying suspicious activity on my card",
                "got a fraud alert for {amt} at {merchant}, that wasnt me",
                "Hi, received a message to confirm a charge but I didn't make it",
                "someone used my card in {city} i'm in texas",
            ],
            [
                "Thanks for reaching out. I see an alert for {amt} at {merchant} on {date}. Do you recognize it?",
                "I'm sorry. I've blocked the card ending {l4} to stop further charges. Let's review the recent activity.",
                "I see it. That transaction was declined, so no money left your account.",
            ],
            [
                "no not me",
                "nope. also theres one for {amt2} the day before",
                "yes actually that was my son",
                "no and i still have my card with me",
            ],
            [
                "Understood. I've marked them as fraud, case {case}, and ordered a new card. You won't be charged for them.",
                "Thanks. I've reversed the {amt} charge and a new card is on the way in {days} business days.",
                "Okay, I've removed the alert and the card is unblocked.",
            ],
            [
                "how did they get my number if i still have the card",
                "ok thank you so much",
                "do i need to file a police report",
            ],
            [
                "Card numbers can be stolen online or by skimmers. Remember we'll never call asking for your codes.",
                "Not necessary for this case, but you can if you'd like.",
            ],
        ],
        "es": [
            [
                "me llego un mensaje de actividad sospechosa",
                "me salio una alerta por {amt} en {merchant} y no fui yo",
                "Hola, me pidieron confirmar una compra que no hice",
                "alguien uso mi tarjeta en {city} y yo estoy en monterrey",
            ],
            [
                "Gracias por comunicarse. Veo una alerta por {amt} en {merchant} el {date}. ¿La reconoce?",
                "Lo siento. Bloqueé la tarjeta con terminación {l4}. Revisemos los movimientos recientes.",
                "La veo. Esa operación fue rechazada, no salió dinero de su cuenta.",
            ],
            [
                "no no fui yo",
                "no. y hay otra de {amt2} del dia anterior",
                "ah si esa fue mi hija",
                "no y traigo la tarjeta conmigo",
            ],
            [
                "Entendido. Los marqué como fraude, folio {case}, y pedí una tarjeta nueva.",
                "Gracias. Revertí el cargo de {amt} y la nueva tarjeta llegará en {days} días hábiles.",
                "De acuerdo, quité la alerta y desbloqueé la tarjeta.",
            ],
            [
                "como consiguieron mi numero si tengo la tarjeta",
                "ok muchas gracias",
                "tengo que hacer denuncia?",
            ],
            [
                "Pudieron obtenerlo en línea o con un clonador. Recuerde que nunca le llamaremos para pedir sus códigos.",
                "No es necesario, pero puede hacerlo si lo desea.",
            ],
        ],
        "mix": [
            [
                "me llego un text de suspicious activity",
                "tengo un fraud alert de {amt} en {merchant}, no fui yo",
                "alguien uso mi card en {city}",
            ],
            [],
            ["no, no fui yo", "ah si, that was mi hijo", "no y tengo la card conmigo"],
            [],
            ["ok thank you", "como got my number?"],
            [],
        ],
    },
    "balance": {
        "en": [
            [
                "whats my balance",
                "how much do i owe",
                "Hi, can you tell me my current balance and available credit",
                "did my payment post yet",
            ],
            [
                "Your current balance is {amt} and your available credit is {amt2}.",
                "Your statement balance is {amt}; the current balance including new purchases is {amt2}.",
                "Yes, your payment of {amt} posted on {date}.",
            ],
            [
                "why is it so high",
                "ok and when do i get my rewards",
                "what about the pending {amt3} from {merchant}",
                "ok thx",
            ],
            [
                "It includes a pending charge from {merchant}. Pending charges usually post within 3 days.",
                "You have 4,250 points available to redeem in the app.",
                "That one is still pending and isn't part of your statement balance.",
            ],
        ],
        "es": [
            [
                "cual es mi saldo",
                "cuanto debo",
                "Hola, me puede decir mi saldo y credito disponible",
                "ya se aplico mi pago?",
            ],
            [
                "Su saldo actual es de {amt} y su crédito disponible es {amt2}.",
                "El saldo al corte es {amt}; el saldo actual con compras nuevas es {amt2}.",
                "Sí, su pago de {amt} se aplicó el {date}.",
            ],
            [
                "por que tan alto",
                "y los puntos?",
                "y el de {amt3} de {merchant} que esta pendiente",
                "ok grax",
            ],
            [
                "Incluye un cargo pendiente de {merchant}. Suelen aplicarse en 3 días.",
                "Tiene 4,250 puntos disponibles para canjear en la app.",
                "Ese sigue pendiente y no forma parte del saldo al corte.",
            ],
        ],
        "mix": [
            ["cual es mi balance?", "how much debo?", "ya se aplico mi payment?"],
            [],
            ["por que tan high", "ok thx"],
            [],
        ],
    },
    "address_change": {
        "en": [
            [
                "i moved need to update my address",
                "how do i change my mailing address",
                "Hi, I need my new card sent to my new address",
                "update address pls",
            ],
            [
                "Sure. What's the new address?",
                "Congrats on the move! Please type the new address, including ZIP.",
                "I can update it. What's the full new address?",
            ],
            ["{addr}, {zip}", "its {addr} zip {zip}", "{addr} {zip} and my new phone is {phone}"],
            [
                "Thank you, I've updated your address. A confirmation letter will go to both the old and new address.",
                "Updated. For security, address changes take 24 hours before a new card can be mailed there.",
                "Done. Is the phone number {phone} still correct?",
            ],
            ["yes", "ok thanks", "yes thats it"],
            ["Great, you're all set.", "You're welcome!"],
        ],
        "es": [
            [
                "me cambie de casa quiero actualizar mi domicilio",
                "como cambio mi direccion",
                "Hola, necesito que me manden la tarjeta a mi nueva direccion",
                "actualizar direccion porfa",
            ],
            [
                "Claro. ¿Cuál es la nueva dirección?",
                "Con gusto. Escriba la dirección completa con código postal.",
                "Puedo actualizarla. ¿Cuál es el nuevo domicilio?",
            ],
            [
                "{addr}, cp {zip}",
                "es {addr} codigo postal {zip}",
                "{addr} {zip} y mi nuevo cel es {phone}",
            ],
            [
                "Gracias, ya actualicé su domicilio.",
                "Actualizado. Por seguridad hay que esperar 24 horas para enviar una tarjeta al nuevo domicilio.",
                "Listo. ¿Sigue siendo correcto el teléfono {phone}?",
            ],
            ["si", "ok gracias", "si ese"],
            ["Perfecto, todo listo.", "¡Con gusto!"],
        ],
        "mix": [
            ["me mude, need to update mi address", "como cambio my address?"],
            [],
            ["{addr}, zip {zip}", "es {addr}, {zip}"],
            [],
            ["yes", "ok gracias"],
            [],
        ],
    },
    "replacement": {
        "en": [
            [
                "my card is cracked and the chip doesnt work",
                "need a new card, mine is all bent",
                "the magnetic strip is worn out, can i get a replacement",
                "my dog chewed my card 🙃",
            ],
            [
                "I can send a replacement. It'll keep the same number and you can keep using the current one until it arrives. Is the address on file still correct?",
                "No problem, I've ordered a replacement with the same number. It should arrive in {days} business days.",
                "Sorry about that! I'll order a new one. Would you like standard or expedited shipping?",
            ],
            ["yes same address", "expedited pls", "standard is fine", "will the number change"],
            [
                "Done, it ships today. Tracking number {track}.",
                "Ordered. The number stays the same but the expiration date and security code will be new.",
                "All set. It'll arrive by {date}.",
            ],
            ["ok thanks", "perfect", "cool"],
            ["You're welcome!", "Have a great day!"],
        ],
        "es": [
            [
                "mi tarjeta se rompio y el chip no sirve",
                "necesito una tarjeta nueva, la mia esta doblada",
                "la banda ya no pasa, me mandan otra?",
                "mi perro mordio la tarjeta jaja",
            ],
            [
                "Le envío una reposición. Conserva el mismo número y puede seguir usando la actual hasta que llegue. ¿El domicilio registrado es correcto?",
                "Sin problema, pedí una reposición con el mismo número. Llega en {days} días hábiles.",
                "¡Qué pena! ¿Prefiere envío normal o urgente?",
            ],
            ["si el mismo", "urgente porfa", "normal esta bien", "cambia el numero?"],
            [
                "Listo, sale hoy. Número de guía {track}.",
                "Pedido hecho. El número es el mismo pero la fecha de vencimiento y el código de seguridad serán nuevos.",
                "Todo listo. Llegará a más tardar el {date}.",
            ],
            ["ok gracias", "perfecto", "va"],
            ["¡Con gusto!", "Que tenga buen día."],
        ],
        "mix": [
            ["mi card se rompio, el chip no works", "need una tarjeta nueva, la mia esta bent"],
            [],
            ["yes same address", "expedited porfa", "va a cambiar el number?"],
            [],
            ["ok gracias", "perfect"],
            [],
        ],
    },
}

FLOW_WEIGHTS = {
    "lost_stolen": 10,
    "declined": 12,
    "dispute": 10,
    "travel": 7,
    "locked_online": 9,
    "pin_reset": 7,
    "activation": 8,
    "due_date": 7,
    "credit_limit": 5,
    "fraud_alert": 9,
    "balance": 7,
    "address_change": 4,
    "replacement": 5,
}

GREET = {
    "en": [
        "Hi, this is {agent} with Card Services. I can help with that. To verify your identity, please confirm the last 4 digits of your card and your billing ZIP code.",
        "Hello! I'm the virtual assistant. Before we start, can you confirm the last four digits of your card and your date of birth?",
        "Thanks for contacting us, {agent} here. For verification, what are the last 4 of your card and the ZIP code on your account?",
        "Hi there! I can look into that. Please verify with the last four digits of the card and your date of birth. Please don't send the full card number.",
        "Hey, {agent} here 👋 Can I get the last 4 of the card and your billing zip to pull up the account?",
    ],
    "es": [
        "Hola, le atiende {agent}. Con gusto le ayudo. Para verificar su identidad, ¿me confirma los últimos 4 dígitos de su tarjeta y su código postal?",
        "¡Hola! Soy el asistente virtual. Antes de continuar, ¿me indica los últimos cuatro dígitos de su tarjeta y su fecha de nacimiento?",
        "Gracias por comunicarse, soy {agent}. Para validar, ¿cuáles son los últimos 4 dígitos de la tarjeta y su código postal?",
        "Buen día, le saluda {agent}. Por favor confírmeme la terminación de su tarjeta y su fecha de nacimiento. No envíe el número completo por este medio.",
    ],
}

VERIFY_ANS = {
    "en": [
        "{l4} {zip}",
        "last 4 {l4}, zip {zip}",
        "{l4} and {zip}",
        "its {l4}. dob {dob}",
        "ending in {l4}, born {dob}",
        "{l4}\nzip is {zip}",
        "card ends {l4}, {zip}",
    ],
    "es": [
        "{l4} {zip}",
        "termina en {l4}, cp {zip}",
        "{l4} y {zip}",
        "{l4}, naci el {dob}",
        "ultimos 4 {l4} y codigo postal {zip}",
        "{l4} fecha de nac {dob}",
    ],
    "mix": [
        "{l4}, zip {zip}",
        "los last 4 son {l4} y el zip {zip}",
        "{l4}, mi birthday es {dob}",
        "termina en {l4}, zip code {zip}",
    ],
}

THANKS_VERIFY = {
    "en": [
        "Thank you, you're verified.",
        "Thanks, I've got your account pulled up.",
        "Perfect, thanks for verifying.",
    ],
    "es": [
        "Gracias, ya quedó verificado.",
        "Gracias, ya tengo su cuenta en pantalla.",
        "Perfecto, gracias por verificar.",
    ],
}

CLOSING_C = {
    "en": [
        "thanks!",
        "ok ty",
        "thank you so much",
        "thats all thanks",
        "ok bye",
        "appreciate it 🙏",
        "great thx",
    ],
    "es": [
        "gracias!",
        "ok grax",
        "muchas gracias",
        "eso es todo gracias",
        "mil gracias 🙏",
        "vale gracias",
        "listo gracias",
    ],
    "mix": ["ok thank u!", "gracias!!", "ok thanks, bye", "mil gracias 🙏"],
}
CLOSING_A = {
    "en": [
        "You're welcome! Thanks for being a cardmember.",
        "Happy to help. Have a great day!",
        "Anytime. Take care!",
    ],
    "es": [
        "¡Con gusto! Gracias por su preferencia.",
        "Fue un placer ayudarle. ¡Buen día!",
        "A la orden. ¡Que esté bien!",
    ],
}

# Legitimate agent reminders (mention the secrets, ask for none of them).
WARN = {
    "en": [
        "For your security, please don't share your full card number here. I've removed it from the chat. The last four digits are all I need.",
        "Please never share your PIN, security code or one-time codes with anyone, including us. I've masked what you sent.",
        "Thanks, but I don't need that. Please don't send your card's security code or full number in chat. For your safety I'm requesting a new card.",
        "Please don't type your password here. We'll never ask for it. I recommend changing it now in the app.",
        "That code was only for you to enter in the app. Since it was shared here, please request a new one.",
        "I don't need your full Social Security number, only the last 4. Please don't share it in chat.",
    ],
    "es": [
        "Por su seguridad, no comparta el número completo de su tarjeta por aquí. Ya lo eliminé del chat. Solo necesito los últimos cuatro dígitos.",
        "Nunca comparta su NIP, código de seguridad ni códigos de verificación con nadie, ni siquiera con nosotros.",
        "Gracias, pero no necesito ese dato. No envíe el código de seguridad ni el número completo por chat. Por seguridad le enviaré una tarjeta nueva.",
        "Por favor no escriba su contraseña aquí. Nunca se la pediremos. Le recomiendo cambiarla en la app.",
        "Ese código era solo para ingresarlo en la app. Como lo compartió aquí, solicite uno nuevo.",
        "No necesito su número de seguro social completo, solo los últimos 4. Por favor no lo comparta.",
    ],
}

# Customer messages holding a secret, per event, per language.
EVENTS: dict[str, dict[str, list[str]]] = {
    "card": {
        "en": [
            "my card number is {card}",
            "{card}",
            "here {card}",
            "its {card} can u just look it up",
            "i dont have the last 4 memorized lol here's the whole thing {card}",
            "card # {card} exp {exp}",
            "{card} that's the one",
            "ok the number on front is {card}",
            "sorry i know you said not to but its faster: {card}",
        ],
        "es": [
            "mi numero de tarjeta es {card}",
            "{card}",
            "aqui esta {card}",
            "es la {card} la pueden buscar?",
            "no me se los ultimos 4 jaja mejor toda: {card}",
            "tarjeta {card} vence {exp}",
            "{card} esa es",
            "el numero de enfrente es {card}",
            "ya se que dijo que no pero es mas rapido: {card}",
        ],
        "mix": [
            "my tarjeta es {card}",
            "{card}",
            "here esta {card}",
            "el card number es {card} can u check",
            "es esta {card} exp {exp}",
        ],
    },
    "card_cvv": {
        "en": [
            "card {card} cvv {cvv}",
            "{card} exp {exp} security code {cvv}",
            "number is {card} and the 3 digits on back are {cvv}",
            "{card}\n{exp}\n{cvv}",
            "ok its {card}, code on the back {cvv} just to save time",
        ],
        "es": [
            "tarjeta {card} cvv {cvv}",
            "{card} vence {exp} codigo de seguridad {cvv}",
            "el numero es {card} y los 3 de atras son {cvv}",
            "{card}\n{exp}\n{cvv}",
            "es {card}, el codigo de atras es {cvv} pa q sea mas rapido",
        ],
        "mix": [
            "card {card} y el cvv {cvv}",
            "{card} exp {exp} code {cvv}",
            "es {card}, los digits de atras {cvv}",
        ],
    },
    "cvv": {
        "en": [
            "i put the cvv {cvv} exactly like it says on the back",
            "the code on the back is {cvv} is that the problem?",
            "I entered {cvv} as the security code, maybe it's worn off?",
            "cvv is {cvv} i checked like 5 times",
            "is the cvc {cvv}? the numbers are faded",
        ],
        "es": [
            "puse el cvv {cvv} tal cual viene atras",
            "el codigo de atras es {cvv}, ese es el problema?",
            "puse {cvv} como codigo de seguridad, a lo mejor esta borroso",
            "el cvv es {cvv} ya lo revise como 5 veces",
        ],
        "mix": [
            "puse el cvv {cvv} exactly como dice atras",
            "el security code es {cvv}, is that wrong?",
            "el code de atras es {cvv}",
        ],
    },
    "ssn": {
        "en": [
            "my social is {ssn}",
            "ssn {ssn}",
            "{ssn} that's my social",
            "do you need my ssn? its {ssn}",
            "here's my full social so you can find me {ssn}",
        ],
        "es": [
            "mi seguro social es {ssn}",
            "ssn {ssn}",
            "{ssn} ese es mi social",
            "necesita mi seguro social? es {ssn}",
            "mi social completo es {ssn}",
        ],
        "mix": ["mi social es {ssn}", "el ssn es {ssn}", "here mi social {ssn}"],
    },
    "otp": {
        "en": [
            "the code is {otp}",
            "{otp}",
            "got it, {otp}",
            "it says {otp}",
            "code {otp}",
            "ok the text says your verification code is {otp}",
            "{otp} is the code",
        ],
        "es": [
            "el codigo es {otp}",
            "{otp}",
            "ya me llego, {otp}",
            "dice {otp}",
            "codigo {otp}",
            "me llego este: {otp}",
            "{otp} ese es",
        ],
        "mix": ["el code es {otp}", "{otp}", "ya me llego, its {otp}", "me llego el text, {otp}"],
    },
    "pw": {
        "en": [
            "my password is {pw} and it says invalid",
            "i've been typing {pw} and it won't take it",
            "password: {pw}",
            "can you just log in for me? user is same as email, pw {pw}",
            "I'm sure it's {pw}, I wrote it down",
        ],
        "es": [
            "mi contraseña es {pw} y me dice invalida",
            "estoy poniendo {pw} y no entra",
            "contraseña: {pw}",
            "no puede entrar usted? el usuario es mi correo, la clave es {pw}",
            "estoy segura que es {pw}, la tengo apuntada",
        ],
        "mix": [
            "mi password es {pw} y says invalid",
            "estoy poniendo {pw} y no works",
            "el pw es {pw}",
        ],
    },
    "pin": {
        "en": [
            "my pin is {pin} but the atm said incorrect",
            "i think its {pin}?",
            "pin {pin}",
            "i want to change it from {pin} to {pin2}",
            "I used {pin} like always",
        ],
        "es": [
            "mi nip es {pin} pero el cajero dice incorrecto",
            "creo que es {pin}?",
            "nip {pin}",
            "lo quiero cambiar de {pin} a {pin2}",
            "puse el {pin} como siempre",
            "mi clave del cajero es {pin}",
        ],
        "mix": [
            "mi pin es {pin} pero el ATM says incorrect",
            "creo que el nip es {pin}",
            "quiero cambiarlo de {pin} a {pin2}",
        ],
    },
    "pin_ctx": {
        "en": [
            "my pin is {pin} but the atm said incorrect",
            "will my pin {pin} work at atms over there?",
            "i tried {pin} at the atm and it said wrong pin",
            "the pin i use is {pin}, same as my debit",
            "does it still use {pin} as the pin or do i need a new one",
        ],
        "es": [
            "mi nip es {pin} pero el cajero dice incorrecto",
            "mi nip {pin} va a funcionar en los cajeros de alla?",
            "puse {pin} en el cajero y dice nip incorrecto",
            "el pin que uso es {pin} igual que el de debito",
            "sigue siendo {pin} el nip o necesito otro",
        ],
        "mix": [
            "mi pin es {pin} pero el ATM dice incorrect",
            "puse {pin} en el ATM y says wrong pin",
        ],
    },
    "card_voice": {
        "en": ["card number {card}", "my card is {card}", "ok its {card} sorry im driving"],
        "es": [
            "numero de tarjeta {card}",
            "mi tarjeta es {card}",
            "es la {card} perdon voy manejando",
        ],
        "mix": ["mi card number es {card}", "es {card} sorry voy manejando"],
    },
}

EVENT_FLOWS: dict[str, list[str]] = {
    "lost_stolen": ["card", "card", "card", "card_split", "ssn", "card_voice", "pin"],
    "declined": ["card", "cvv", "cvv", "card_cvv", "otp", "card", "pin"],
    "dispute": ["card", "card", "card", "card_split", "card_voice", "otp"],
    "travel": ["card", "ssn", "pin", "card"],
    "locked_online": ["pw", "pw", "pw", "otp", "otp", "ssn"],
    "pin_reset": ["pin", "pin", "pin", "otp", "card"],
    "activation": ["card", "card_cvv", "card_cvv", "card_split", "ssn", "otp", "card_voice", "cvv"],
    "due_date": ["card", "card", "card_split"],
    "credit_limit": ["ssn", "ssn", "card"],
    "fraud_alert": ["otp", "otp", "card", "cvv", "card_split"],
    "balance": ["card", "pin", "card_voice", "pin"],
    "address_change": ["ssn", "otp", "pw"],
    "replacement": ["card", "ssn", "card", "cvv"],
}

# Forbidden agent asks (careless or fake agents), with the types asked.
BAD_ASKS: dict[str, list[tuple[str, frozenset[str]]]] = {
    "en": [
        ("To speed this up, can you send me the full card number?", frozenset({CC})),
        (
            "I'll need the 16 digits on the front of the card to locate the account.",
            frozenset({CC}),
        ),
        (
            "Please provide the card number, expiration date and the 3-digit code on the back.",
            frozenset({CC, CVV}),
        ),
        ("Can you confirm the security code on the back of the card?", frozenset({CVV})),
        ("What's the CVV on the card? I need it to process the replacement.", frozenset({CVV})),
        ("We just texted you a verification code, please read it back to me.", frozenset({OTP})),
        (
            "Can you tell me the 6-digit code you received by SMS so I can verify you?",
            frozenset({OTP}),
        ),
        ("What's your current PIN? I'll reset it on my end.", frozenset({PIN})),
        ("Please confirm your ATM PIN so I can unlock it.", frozenset({PIN})),
        ("What password are you using to log in? I'll check if it matches.", frozenset({PW})),
        (
            "Send me your online banking username and password and I'll fix it from here.",
            frozenset({PW}),
        ),
        ("For verification I need your full Social Security number.", frozenset({SSN})),
        ("Can you give me your complete SSN, all 9 digits?", frozenset({SSN})),
        (
            "Ok, type your social and the card number here and I'll take care of it.",
            frozenset({SSN, CC}),
        ),
    ],
    "es": [
        ("Para agilizar, ¿me puede enviar el número completo de la tarjeta?", frozenset({CC})),
        ("Necesito los 16 dígitos de su tarjeta para ubicar la cuenta.", frozenset({CC})),
        (
            "Por favor indíqueme el número de tarjeta, la fecha de vencimiento y los 3 dígitos del reverso.",
            frozenset({CC, CVV}),
        ),
        ("¿Me confirma el código de seguridad que viene atrás de la tarjeta?", frozenset({CVV})),
        (
            "¿Cuál es el CVV de su tarjeta? Lo necesito para tramitar la reposición.",
            frozenset({CVV}),
        ),
        ("Le acabamos de enviar un código por SMS, ¿me lo puede dictar?", frozenset({OTP})),
        (
            "Regáleme el código de 6 dígitos que le llegó al celular para validarlo.",
            frozenset({OTP}),
        ),
        ("¿Cuál es su NIP actual? Yo se lo cambio desde aquí.", frozenset({PIN})),
        ("Confírmeme su PIN del cajero para desbloquearlo.", frozenset({PIN})),
        ("¿Qué contraseña está usando? Reviso si coincide.", frozenset({PW})),
        ("Envíeme su usuario y contraseña de la banca en línea y lo arreglo yo.", frozenset({PW})),
        ("Para verificar necesito su número de seguro social completo.", frozenset({SSN})),
        (
            "Escriba su seguro social y el número de la tarjeta y yo me encargo.",
            frozenset({SSN, CC}),
        ),
    ],
}
COMPLY: dict[str, dict[str, list[str]]] = {
    "cvv": {
        "en": ["its {cvv}", "{cvv}", "ok the back says {cvv}", "{cvv} i think, its kinda faded"],
        "es": ["es {cvv}", "{cvv}", "atras dice {cvv}", "{cvv} creo, esta medio borrado"],
        "mix": ["es {cvv}", "{cvv}", "atras says {cvv}"],
    },
    "pin": {
        "en": ["its {pin}", "{pin}", "ok my pin is {pin}", "{pin} but i want a new one"],
        "es": ["es {pin}", "{pin}", "mi nip es {pin}", "{pin} pero quiero otro"],
        "mix": ["es {pin}", "{pin}", "mi pin es {pin}"],
    },
    "pw": {
        "en": ["its {pw}", "{pw}", "ok password is {pw}", "user is my email and pw is {pw}"],
        "es": [
            "es {pw}",
            "{pw}",
            "la contraseña es {pw}",
            "el usuario es mi correo y la clave {pw}",
        ],
        "mix": ["es {pw}", "{pw}", "el password es {pw}"],
    },
}
OTP_SENT = {
    "en": [
        "I've sent a one-time code to the phone ending {store}. Enter it in the app when prompted.",
        "You should get a text with a code shortly. Please enter it on your screen, don't share it.",
        "To confirm it's you, the app will ask for a code we text you. Type it there, not in this chat.",
    ],
    "es": [
        "Le envié un código de un solo uso al celular que termina en {store}. Ingréselo en la app.",
        "Le llegará un mensaje con un código. Ingréselo en su pantalla, no lo comparta.",
        "Para confirmar su identidad la app le pedirá un código que le enviamos por SMS. Escríbalo ahí, no en este chat.",
    ],
}
ASK_EVENT = {CC: "card", CVV: "cvv", OTP: "otp", PIN: "pin", PW: "pw", SSN: "ssn"}

REFUSE = {
    "en": [
        "um i was told never to give that out?",
        "no, your app says you'll never ask for that",
        "isnt that something i shouldnt share",
        "i'd rather not. can you verify me another way?",
    ],
    "es": [
        "mmm me dijeron que eso nunca se da",
        "no, la app dice que ustedes nunca piden eso",
        "eso no se debe compartir verdad?",
        "prefiero no. hay otra forma de verificar?",
    ],
    "mix": ["hmm me dijeron que never share that", "no, la app says you never ask for that"],
}
AFTER_REFUSE = {
    "en": [
        "You're right, sorry about that. The last four and your ZIP are enough.",
        "Understood, no problem. We can continue with what you already gave me.",
    ],
    "es": [
        "Tiene razón, disculpe. Con los últimos cuatro y su código postal es suficiente.",
        "Entendido, no hay problema. Seguimos con lo que ya me dio.",
    ],
}

# Split card pieces.
SPLIT_FIRST = {
    "en": ["{part}", "card is {part}", "ok its {part}", "{part}..."],
    "es": ["{part}", "la tarjeta es {part}", "es {part}", "{part}..."],
    "mix": ["{part}", "la card es {part}", "ok es {part}"],
}
SPLIT_MID = {
    "en": ["{part}", "{part}", "then {part}"],
    "es": ["{part}", "{part}", "luego {part}"],
    "mix": ["{part}", "{part}"],
}
SPLIT_LAST = {
    "en": ["{part}", "{part}", "{part} thats it", "and {part}"],
    "es": ["{part}", "{part}", "{part} ya", "y {part}"],
    "mix": ["{part}", "{part} that's it", "y {part}"],
}

# Neutral chit-chat with numbers that are not secrets.
SMALLTALK = {
    "en": [
        "also is there a fee for paying by phone",
        "btw my number changed, its {phone}",
        "i called {phone} earlier and waited 40 min",
        "the letter i got says reference {ref}",
        "confirmation # {ref} if that helps",
        "i see ****{l4} in the app is that the right one",
        "the charge says {merchant} store {store}",
        "hold on",
        "sorry one sec my kid",
        "??",
        "hello?",
        "it's the card ending in {l4}, not the debit one",
        "I've been a customer since {year}",
        "my statement from {date} shows {amt}",
    ],
    "es": [
        "tambien cobran por pagar por telefono?",
        "por cierto cambie de numero, es {phone}",
        "llame al {phone} y nadie contesta",
        "la carta que me llego dice referencia {ref}",
        "numero de confirmacion {ref} por si sirve",
        "en la app sale ****{l4} esa es?",
        "el cargo dice {merchant} tienda {store}",
        "un momento",
        "perdon espere",
        "??",
        "hola??",
        "es la que termina en {l4}, no la de debito",
        "soy cliente desde {year}",
        "en mi estado de cuenta del {date} sale {amt}",
    ],
    "mix": [
        "btw cambie mi number, es {phone}",
        "la carta dice reference {ref}",
        "en la app sale ****{l4}, is that the one?",
        "hold on un momento",
        "hello??",
        "es la que termina en {l4}, not the debit",
    ],
}
SMALLTALK_A = {
    "en": [
        "No worries, take your time.",
        "Yes, that's the right one, the card ending in {l4}.",
        "Thanks, I see that reference, {ref}.",
        "Paying online or in the app is free.",
        "I'm still here! Let me know when you're ready.",
        "I see the account as {masked}, that's correct.",
    ],
    "es": [
        "No se preocupe, tómese su tiempo.",
        "Sí, es la correcta, la tarjeta con terminación {l4}.",
        "Gracias, veo esa referencia, {ref}.",
        "Pagar en línea o en la app no tiene costo.",
        "¡Sigo aquí! Avíseme cuando esté listo.",
        "Veo la cuenta como {masked}, es correcta.",
    ],
}

# --------------------------------------------------------------------------------------
# Building conversations
# --------------------------------------------------------------------------------------


@dataclass
class Builder:
    rng: Random
    ctx: Ctx
    lang: str
    agent_lang: str
    flow: str = ""
    msgs: list[Message] = field(default_factory=list)

    def pool(self, table: dict[str, list[str]], role: str) -> list[str]:
        if role == "agent":
            return table[self.agent_lang]
        if self.lang == "mix":
            if "mix" in table and table["mix"] and self.rng.random() < 0.7:
                return table["mix"]
            return table[self.rng.choice(["en", "es"])]
        return table[self.lang]

    def say(
        self,
        role: str,
        tpl: str,
        secrets: dict[str, Sec] | None = None,
        kind: str = "clean",
        requested: frozenset[str] = frozenset(),
    ) -> None:
        self.ctx.lang = self.agent_lang if role == "agent" else self.lang
        self.ctx.agent = role == "agent"
        text, labels = render(self.ctx, tpl, secrets)
        self.msgs.append(Message(role, text, labels, requested, kind))

    def line(self, role: str, table: dict[str, list[str]], kind: str = "clean") -> None:
        self.say(role, self.rng.choice(self.pool(table, role)), kind=kind)


def secret_for(rng: Random, ctx: Ctx, kind: str, lang: str) -> dict[str, Sec]:
    card = ctx.card
    if kind in ("card", "card_cvv"):
        style = rng.choices(
            ["plain", "space", "dash", "messy", "dot"], weights=[30, 40, 15, 10, 3]
        )[0]
        out = {"card": Sec(CC, fmt_card(rng, card, style), 4)}
        if kind == "card_cvv":
            out["cvv"] = Sec(CVV, new_cvv(rng, card))
        return out
    if kind == "card_voice":
        r = rng.random()
        if r < 0.5:
            style = "voice"
        else:
            style = (
                "words_es"
                if (lang == "es" or (lang == "mix" and rng.random() < 0.5))
                else "words_en"
            )
        return {"card": Sec(CC, fmt_card(rng, card, style), 4)}
    if kind == "cvv":
        return {"cvv": Sec(CVV, new_cvv(rng, card))}
    if kind == "ssn":
        return {"ssn": Sec(SSN, fmt_ssn(rng, new_ssn(rng)), 4)}
    if kind == "otp":
        return {"otp": Sec(OTP, new_otp(rng))}
    if kind == "pw":
        return {"pw": Sec(PW, new_pw(rng))}
    if kind == "pin":
        p1 = new_pin(rng)
        p2 = new_pin(rng)
        while p2 == p1:
            p2 = new_pin(rng)
        return {"pin": Sec(PIN, p1), "pin2": Sec(PIN, p2)}
    raise KeyError(kind)


def emit_event(b: Builder, kind: str, comply: bool = False) -> None:
    rng = b.rng
    if kind == "card_split":
        g = groups(b.ctx.card)
        if len(g) >= 4 and rng.random() < 0.5:
            parts = (
                ["".join(g[:2]), "".join(g[2:])]
                if rng.random() < 0.3
                else [" ".join(g[:2]), " ".join(g[2:])]
            )
        elif len(g) == 3:
            parts = g if rng.random() < 0.6 else [g[0] + " " + g[1], g[2]]
        else:
            parts = g
        assert re.sub(r"\D", "", "".join(parts)) == b.ctx.card.digits
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            table = SPLIT_LAST if last else (SPLIT_FIRST if i == 0 else SPLIT_MID)
            tpl = rng.choice(b.pool(table, "customer"))
            b.say(
                "customer", tpl, {"part": Sec(CC, part, 4 if last else 0, True)}, kind="card_split"
            )
        return
    if comply and kind in COMPLY:
        table = COMPLY[kind]
    elif kind == "pin" and b.flow != "pin_reset":
        table = EVENTS["pin_ctx"]
    else:
        table = EVENTS[kind]
    tpl = rng.choice(b.pool(table, "customer"))
    secrets = secret_for(rng, b.ctx, kind, b.lang)
    used = {s for s in SLOT_RE.findall(tpl)}
    secrets = {k: v for k, v in secrets.items() if k in used}
    # voice-to-text: sometimes the whole message is dictated without punctuation
    b.say("customer", tpl, secrets, kind=kind)


def warn_for(b: Builder, kind: str) -> None:
    idx = {
        "card": 0,
        "card_split": 0,
        "card_voice": 0,
        "card_cvv": 2,
        "cvv": 1,
        "pin": 1,
        "otp": 4,
        "pw": 3,
        "ssn": 5,
    }[kind]
    pool = WARN[b.agent_lang]
    tpl = pool[idx] if b.rng.random() < 0.75 else b.rng.choice(pool)
    b.say("agent", tpl, kind="warn")


def build(rng: Random, cid: str) -> Conversation:
    lang = rng.choices(["en", "es", "mix"], weights=[50, 35, 15])[0]
    agent_lang = lang if lang != "mix" else rng.choice(["en", "es"])
    flow_name = rng.choices(list(FLOW_WEIGHTS), weights=list(FLOW_WEIGHTS.values()))[0]
    flow = FLOWS[flow_name]
    card = new_card(rng)
    ctx = Ctx(rng, lang, card)
    b = Builder(rng, ctx, lang, agent_lang, flow_name)

    def beat(i: int, role: str) -> None:
        table = {k: v[i] for k, v in flow.items()}
        if role == "agent":
            b.line("agent", table)
        else:
            if lang == "mix" and not table.get("mix"):
                table["mix"] = []
            b.line("customer", table)

    # plan
    r = rng.random()
    event: str | None = None
    if r < 0.40:
        event = rng.choice(EVENT_FLOWS[flow_name])
    bad_ask = rng.random() < 0.11
    early = event in ("card", "card_split", "card_voice", "ssn", "card_cvv") and rng.random() < 0.6
    smalltalk = rng.random() < 0.15

    beat(0, "customer")
    if rng.random() < 0.15:  # impatient double message
        b.line(
            "customer",
            SMALLTALK
            if rng.random() < 0.3
            else {
                "en": ["hello??", "anyone there", "pls help"],
                "es": ["hola??", "hay alguien", "ayuda porfa"],
                "mix": ["hello??", "hay alguien?"],
            },
        )
    b.say("agent", rng.choice(GREET[agent_lang]), kind="verify")
    if early and event is not None:
        emit_event(b, event)
        if rng.random() < 0.8:
            warn_for(b, event)
        if rng.random() < 0.6:
            b.line("customer", VERIFY_ANS)
        event = None
    else:
        b.line("customer", VERIFY_ANS)
    if rng.random() < 0.15:
        b.line("agent", THANKS_VERIFY)
    if bad_ask:
        text, req = rng.choice(BAD_ASKS[agent_lang])
        b.say("agent", text, kind="ask", requested=req)
        if rng.random() < 0.55:
            # comply with the first asked type (the card plus code when both)
            if req == frozenset({CC, CVV}):
                emit_event(b, "card_cvv", comply=True)
            else:
                kinds = sorted(req)
                emit_event(b, ASK_EVENT[kinds[0]], comply=True)
        else:
            b.line("customer", REFUSE)
            b.line("agent", AFTER_REFUSE)
    beat(1, "agent")
    body_len = rng.choice([1, 1, 1, 1, 1, 2])
    event_at = rng.randint(0, body_len - 1)
    for i in range(body_len):
        ci = 2 + 2 * i
        if ci >= len(flow["en"]):
            break
        if smalltalk and i == 1:
            b.line("customer", SMALLTALK)
            if rng.random() < 0.6:
                b.line("agent", SMALLTALK_A)
        if event is not None and i == event_at:
            if event == "otp":
                b.say("agent", rng.choice(OTP_SENT[agent_lang]), kind="warn")
            emit_event(b, event)
            if rng.random() < 0.75:
                warn_for(b, event)
            event = None
        beat(ci, "customer")
        if ci + 1 < len(flow["en"]):
            beat(ci + 1, "agent")
    if event is not None:
        if event == "otp":
            b.say("agent", rng.choice(OTP_SENT[agent_lang]), kind="warn")
        emit_event(b, event)
        warn_for(b, event)
    if rng.random() < 0.45:
        b.line("customer", CLOSING_C)
        if rng.random() < 0.5:
            b.line("agent", CLOSING_A)
    return Conversation(cid, flow_name, lang, b.msgs)


def check(conv: Conversation) -> None:
    for m in conv.messages:
        for lab in m.labels:
            value = m.text[lab.start : lab.end]
            assert value and value == value.strip(), (conv.cid, m.text, lab)
            if lab.type == CC and not lab.split_part and any(c.isdigit() for c in value):
                d = re.sub(r"\D", "", value)
                assert luhn_ok(d) and brand_ok(d), value
            if lab.type == SSN:
                assert ssn_valid(re.sub(r"\D", "", value)), value
            if lab.type in (CC, SSN) and not lab.split_part:
                assert lab.keep == 4
        assert not unlabelled_problem(m.text, m.labels), m.text
        if m.role == "agent":
            assert not m.labels
    split = [lab for m in conv.messages for lab in m.labels if lab.split_part]
    if split:
        digits = "".join(
            re.sub(r"\D", "", m.text[lab.start : lab.end])
            for m in conv.messages
            for lab in m.labels
            if lab.split_part
        )
        assert luhn_ok(digits) and brand_ok(digits), digits
        last_msg = [m for m in conv.messages if any(lab.split_part for lab in m.labels)][-1]
        assert last_msg.labels[0].split_part


def generate(seed: int, count: int) -> list[Conversation]:
    rng = Random(seed)
    out = []
    for i in range(count):
        conv = build(rng, f"s7-{seed}-{i:04d}")
        check(conv)
        out.append(conv)
    return out
