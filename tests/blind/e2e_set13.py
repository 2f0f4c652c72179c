# ruff: noqa: E501
"""Blind end-to-end set 13: a store-card and buy-now-pay-later provider's support chat, 2026.

The provider ("Cuotas+" / "PayLane") runs retail store cards, BNPL installment plans and a
co-branded airline card (AeroSol Visa). Customers reach it from a retailer's checkout widget
or by SMS-to-chat: hurried shoppers on phones (typos, autocorrect turning "cvv" into "CV" and
"pin" into "pun"), parents paying for kids, small shop owners, relatives helping an elderly
parent ("my mom's card is ..."), and scam victims. Agents are first-line chat agents, a
fraud team and a scripted bot ("Type 1 for ..."). English ~55%, Spanish ~30% (Mexican,
Salvadoran, Cuban, Peruvian), Spanglish ~15%.

Written without reading guard's code, rules, tests or benchmarks. Every message carries its
expected labels (type, exact span, trailing digits that may stay visible) and, for agent
messages, the secret types the agent asks for. Clean messages are full of look-alikes:
installment amounts, dates, phones, ZIPs, last-four and masked references, Luhn-invalid
order/plan numbers, tracking numbers, SKUs, points, confirmation codes and talk about
secrets without a value.

`generate(seed, count)` is deterministic: one seeded `random.Random` drives everything.
"""

from __future__ import annotations

import re
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

SLOT = re.compile(r"\{(\w+)\}")
SECRET_OF_SLOT: dict[str, str] = {
    "card": CC,
    "cvv": CVV,
    "ssn": SSN,
    "otp": OTP,
    "pw": PW,
    "pin": PIN,
    "part": CC,
}
NONE: frozenset[str] = frozenset()

# --------------------------------------------------------------------------------------
# Secret values
# --------------------------------------------------------------------------------------

BRANDS: list[tuple[str, Callable[[Random], str], tuple[int, ...]]] = [
    ("visa", lambda r: "4", (16, 16, 16, 13, 19)),
    ("mc", lambda r: str(r.randint(51, 55)), (16,)),
    ("mc2", lambda r: str(r.randint(2221, 2720)), (16,)),
    ("amex", lambda r: r.choice(["34", "37"]), (15,)),
    ("discover", lambda r: r.choice(["6011", "65", str(r.randint(644, 649))]), (16, 16, 19)),
    ("jcb", lambda r: str(r.randint(3528, 3589)), (16,)),
    ("diners", lambda r: r.choice(["36", "38", str(r.randint(300, 305))]), (14,)),
    ("unionpay", lambda r: "62", (16, 17, 18, 19)),
    (
        "maestro",
        lambda r: r.choice(
            ["5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763"]
        ),
        (16, 19),
    ),
]
BRAND_WEIGHTS = [28, 14, 6, 10, 9, 6, 5, 6, 4]


def make_card(rng: Random, brand: str | None = None) -> tuple[str, str]:
    if brand is None:
        entry = rng.choices(BRANDS, weights=BRAND_WEIGHTS)[0]
    else:
        entry = next(b for b in BRANDS if b[0] == brand)
    name, prefix_fn, lengths = entry
    prefix = prefix_fn(rng)
    length = rng.choice(lengths)
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return name, body + luhn.calc_check_digit(body)


def luhn_invalid(rng: Random, length: int, lead: str = "") -> str:
    body = lead + "".join(str(rng.randint(0, 9)) for _ in range(length - len(lead) - 1))
    good = int(luhn.calc_check_digit(body))
    return body + str((good + rng.randint(1, 9)) % 10)


def group_digits(digits: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for s in sizes:
        if i >= len(digits):
            break
        out.append(digits[i : i + s])
        i += s
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(out)


def card_groups(brand: str, n: int) -> list[int]:
    if brand == "amex":
        return [4, 6, 5]
    if brand == "diners":
        return [4, 6, 4]
    if n == 19:
        return [4, 4, 4, 4, 3]
    if n == 13:
        return [4, 4, 5]
    return [4] * (n // 4 + 1)


def fmt_card(rng: Random, brand: str, digits: str) -> str:
    n = len(digits)
    style = rng.choices(
        ["plain", "space", "dash", "dot", "irregular", "single", "mixed"],
        weights=[22, 34, 14, 6, 10, 6, 8],
    )[0]
    if style == "plain":
        return digits
    if style in ("space", "dash", "dot"):
        sep = {"space": " ", "dash": "-", "dot": "."}[style]
        return group_digits(digits, card_groups(brand, n), sep)
    if style == "irregular":
        sizes, left = [], n
        while left > 0:
            s = min(left, rng.randint(2, 6))
            sizes.append(s)
            left -= s
        return group_digits(digits, sizes, " ")
    if style == "single":
        return " ".join(digits)
    groups = group_digits(digits, card_groups(brand, n), "\x00").split("\x00")
    return "".join(
        g + (rng.choice([" ", "-", "  "]) if k < len(groups) - 1 else "")
        for k, g in enumerate(groups)
    )


def make_ssn(rng: Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def fmt_ssn(rng: Random, ssn: str) -> str:
    a, g, s = ssn[:3], ssn[3:5], ssn[5:]
    return rng.choices(
        [f"{a}-{g}-{s}", f"{a} {g} {s}", ssn, f"{a}.{g}.{s}", f"{a}-{g}{s}"],
        weights=[50, 18, 20, 6, 6],
    )[0]


def fmt_otp(rng: Random, otp: str) -> str:
    if len(otp) == 6 and rng.random() < 0.35:
        return otp[:3] + rng.choice([" ", "-"]) + otp[3:]
    if len(otp) == 8 and rng.random() < 0.3:
        return otp[:4] + " " + otp[4:]
    return otp


PW_WORDS = [
    "Sunflower",
    "mateo",
    "Chivas",
    "tequila",
    "Gatito",
    "Marlins",
    "lupita",
    "Peru",
    "Habana",
    "Bella",
    "dragon",
    "mango",
    "Cusco",
    "Tigres",
    "sofia",
    "Jaguar",
    "princesa",
    "Boston",
    "cafecito",
    "Izalco",
]
PW_TAIL = ["!", "#", "_", "$", "*", ".", "", "@"]


def make_pw(rng: Random) -> str:
    w = rng.choice(PW_WORDS)
    style = rng.randint(0, 4)
    if style == 0:
        return f"{w}{rng.randint(1970, 2024)}{rng.choice(PW_TAIL)}"
    if style == 1:
        return f"{w}{rng.choice(PW_TAIL)}{rng.randint(10, 99)}"
    if style == 2:
        return f"{rng.choice(PW_WORDS).lower()}{rng.choice(['_', '.', '-'])}{w}{rng.randint(1, 9)}"
    if style == 3:
        return "".join(
            rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!$%")
            for _ in range(rng.randint(9, 14))
        )
    return f"{w[0].upper()}{w[1:]}{rng.choice(['&', '+', '%'])}{rng.randint(100, 9999)}"


def make_pin(rng: Random) -> str:
    n = rng.choices([4, 5, 6], weights=[70, 8, 22])[0]
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def make_otp(rng: Random) -> str:
    n = rng.choices([4, 5, 6, 7, 8], weights=[12, 6, 66, 4, 12])[0]
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


# --------------------------------------------------------------------------------------
# Context: one conversation's people, secrets and look-alike fillers
# --------------------------------------------------------------------------------------

RETAILERS = [
    "Casa Moda",
    "HomeNest",
    "TechBarn",
    "Plaza Shoes",
    "Lumen Beauty",
    "KidsCorner",
    "MegaMart",
    "Sol Furniture",
    "GearUp Sports",
    "Bodega Azul",
]
NAMES_EN = [
    "Karen",
    "Mike",
    "Jasmine",
    "Tyler",
    "Denise",
    "Brandon",
    "Ashley",
    "Ron",
    "Tanya",
    "Kevin",
]
NAMES_ES = [
    "Lupita",
    "José",
    "Yesenia",
    "Marvin",
    "Odalys",
    "Rosa",
    "Jhonatan",
    "Milagros",
    "Kenia",
    "Wilber",
]
AGENTS = ["Dana", "Luis", "Priya", "Carmen", "Omar", "Sofía", "Grace", "Héctor"]
MONTHS_EN = [
    "Jan",
    "Feb",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
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
EMOJI = [" 🙏", " 😩", " 😅", " 🙄", " ❤️", " 😭", " 👍", " 🤦‍♀️", " 😡", " 🛒"]
RELATIVE_EN = [
    "my mom",
    "my mother",
    "my dad",
    "my grandma",
    "my abuela",
    "my father-in-law",
    "my aunt",
]
RELATIVE_ES = ["mi mamá", "mi papá", "mi abuelita", "mi suegra", "mi tía", "mi abuelo", "mi mami"]


class Ctx:
    def __init__(self, rng: Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.brand, self.card = make_card(rng)
        self.cvv = "".join(str(rng.randint(0, 9)) for _ in range(4 if self.brand == "amex" else 3))
        self.ssn = make_ssn(rng)
        self.otp = make_otp(rng)
        self.pw = make_pw(rng)
        self.pin = make_pin(rng)
        self.retailer = rng.choice(RETAILERS)
        self.name = rng.choice(NAMES_ES if lang == "es" else NAMES_EN + NAMES_ES)
        self.agent = rng.choice(AGENTS)
        self.part = ""
        self.last4_other = "".join(str(rng.randint(0, 9)) for _ in range(4))
        es = lang == "es"
        self.relative = rng.choice(
            RELATIVE_ES if es or (lang == "mix" and rng.random() < 0.5) else RELATIVE_EN
        )

    # non-secret fillers -------------------------------------------------------------
    def fill(self, name: str) -> str:
        r = self.rng
        es = self.lang == "es" or (self.lang == "mix" and r.random() < 0.4)
        if name == "last4":
            return self.card[-4:] if r.random() < 0.7 else self.last4_other
        if name == "masked":
            l4 = self.card[-4:]
            return r.choice(
                [
                    f"**** {l4}",
                    f"XXXX-XXXX-XXXX-{l4}",
                    f"•••• {l4}",
                    f"****{l4}",
                    f"xxxx xxxx xxxx {l4}",
                    f"*{l4}",
                ]
            )
        if name == "amount":
            return r.choice(
                [
                    f"${r.randint(20, 2400)}.{r.randint(0, 99):02d}",
                    f"${r.randint(1, 9)},{r.randint(0, 999):03d}.00",
                    f"{r.randint(20, 900)}.{r.randint(0, 99):02d} USD",
                    f"${r.randint(30, 600)}",
                ]
            )
        if name == "inst":
            return f"${r.randint(9, 320)}.{r.randint(0, 99):02d}"
        if name == "n":
            return r.choice(["4", "4", "6", "3", "12", "24"])
        if name == "date":
            m, d = r.randint(1, 12), r.randint(1, 28)
            if es:
                return r.choice(
                    [
                        f"{d} de {MONTHS_ES[m - 1]}",
                        f"{d:02d}/{m:02d}/2026",
                        f"el {d} de {MONTHS_ES[m - 1]}",
                    ]
                )
            return r.choice(
                [
                    f"{MONTHS_EN[m - 1]} {d}",
                    f"{m}/{d}/2026",
                    f"{m:02d}/{d:02d}/26",
                    f"2026-{m:02d}-{d:02d}",
                    f"{MONTHS_EN[m - 1]} {d}th",
                ]
            )
        if name == "time":
            return r.choice(
                [
                    f"{r.randint(1, 12)}:{r.choice(['00', '15', '30', '45', '05'])} {r.choice(['pm', 'am', 'PM'])}",
                    f"{r.randint(7, 22)}:{r.randint(0, 59):02d}",
                    f"{r.randint(1, 11)}{r.choice(['pm', 'am'])}",
                ]
            )
        if name == "phone":
            a = r.choice(["305", "786", "213", "956", "832", "571", "646", "702", "915", "407"])
            x, y = r.randint(200, 999), r.randint(0, 9999)
            return r.choice(
                [
                    f"({a}) {x}-{y:04d}",
                    f"{a}-{x}-{y:04d}",
                    f"{a}.{x}.{y:04d}",
                    f"+1 {a} {x} {y:04d}",
                    f"+1 ({a}) {x}-{y:04d}",
                    f"{a}{x}{y:04d}",
                    f"1-{a}-{x}-{y:04d}",
                    f"+1{a}{x}{y:04d}",
                ]
            )
        if name == "tollfree":
            return r.choice(
                [
                    "1-800-555-0199",
                    "1 (888) 555-0142",
                    "1-877-PAYLANE",
                    "800.555.0123",
                    "+1 866 555 0188",
                    "1-855-555-0107",
                ]
            )
        if name == "zip":
            return f"{r.randint(10001, 99950):05d}"
        if name == "zip4":
            return f"{r.randint(10001, 99950):05d}-{r.randint(1, 9999):04d}"
        if name == "order":
            return r.choice(
                [
                    luhn_invalid(r, r.randint(13, 19)),
                    f"ORD-{r.randint(1000000, 99999999)}",
                    luhn_invalid(r, 16, r.choice(["4", "5", "6011", "37"])),
                    f"#{luhn_invalid(r, 14)}",
                    f"{r.choice('ABCDEFGH')}{r.randint(10**8, 10**9)}",
                ]
            )
        if name == "plan":
            n = r.choice([13, 14, 15, 16, 16, 18, 19])
            raw = luhn_invalid(r, n, r.choice(["", "4", "5", "6", "3"]))
            return r.choice(
                [
                    raw,
                    group_digits(raw, [4, 4, 4, 4, 4], " "),
                    group_digits(raw, [4, 4, 4, 4, 4], "-"),
                    f"BNPL-{r.randint(100000, 999999)}",
                    f"PL{r.randint(10**7, 10**8)}",
                ]
            )
        if name == "track":
            return r.choice(
                [
                    f"1Z{r.randint(100, 999)}{r.choice(['AA', 'E2', 'X4'])}{r.randint(10**9, 10**10)}",
                    "".join(str(r.randint(0, 9)) for _ in range(22)),
                    f"9400 1{r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
                    f"TBA{r.randint(10**11, 10**12)}",
                    "".join(str(r.randint(0, 9)) for _ in range(12)),
                ]
            )
        if name == "store":
            return r.choice(
                [
                    f"#{r.randint(100, 9999)}",
                    f"{r.randint(1000, 9999)}",
                    f"No. {r.randint(10, 999)}",
                ]
            )
        if name == "sku":
            return r.choice(
                [
                    f"{r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(100, 999)}",
                    f"SKU{r.randint(10**6, 10**8)}",
                    f"{r.choice(['HN', 'TB', 'CM'])}-{r.randint(10000, 99999)}",
                    str(r.randint(10**11, 10**12)),
                ]
            )
        if name == "points":
            return r.choice(
                [
                    f"{r.randint(1, 99)},{r.randint(0, 999):03d}",
                    str(r.randint(100, 9999)),
                    f"{r.randint(1, 40)}k",
                ]
            )
        if name == "member":
            return r.choice(
                [
                    str(r.randint(10**8, 10**10)),
                    f"AS{r.randint(10**7, 10**8)}",
                    f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
                ]
            )
        if name == "conf":
            return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        if name == "flight":
            return f"AS {r.randint(100, 2999)}"
        if name == "gift":
            return f"${r.randint(5, 250)}.{r.choice(['00', '50', '25', '99'])}"
        if name == "giftno":
            return group_digits(luhn_invalid(r, 16, "6"), [4, 4, 4, 4], r.choice([" ", "-"]))
        if name == "exp":
            return r.choice(
                [
                    f"{r.randint(1, 12):02d}/{r.randint(26, 31)}",
                    f"{r.randint(1, 12):02d}/20{r.randint(26, 31)}",
                    f"{r.randint(1, 12)}/{r.randint(26, 31)}",
                ]
            )
        if name == "year":
            return r.choice(["2026", "2025", "2027", "2024"])
        if name == "dob":
            return f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(1940, 2002)}"
        if name == "email":
            return f"{self.name.lower().replace('é', 'e')}{r.randint(1, 99)}@{r.choice(['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com'])}"
        if name == "addr":
            return f"{r.randint(100, 9999)} {r.choice(['NW 7th St', 'Calle Ocho', 'Bissonnet St', 'Elm Ave', 'Alvarado St', 'Pine Ridge Rd'])}"
        if name == "apt":
            return f"Apt {r.randint(1, 40)}{r.choice(['', 'B', 'C'])}"
        if name == "ticket":
            return f"CS-{r.randint(100000, 999999)}"
        if name == "pct":
            return r.choice(["0%", "0% APR", "29.99%", "19.9%", "10%"])
        if name == "retailer":
            return self.retailer
        if name == "name":
            return self.name
        if name == "agent":
            return self.agent
        if name == "rel":
            return self.relative
        if name == "kid":
            return r.choice(["my son", "my daughter", "my kid", "mi hijo", "mi hija", "my teen"])
        raise KeyError(name)

    def secret(self, name: str) -> str:
        r = self.rng
        if name == "card":
            return fmt_card(r, self.brand, self.card)
        if name == "cvv":
            return self.cvv
        if name == "ssn":
            return fmt_ssn(r, self.ssn)
        if name == "otp":
            return fmt_otp(r, self.otp)
        if name == "pw":
            return self.pw
        if name == "pin":
            return self.pin
        if name == "part":
            return self.part
        raise KeyError(name)


# --------------------------------------------------------------------------------------
# Noise on customer templates (applied before filling, so spans stay exact)
# --------------------------------------------------------------------------------------

TYPOS: list[tuple[str, str]] = [
    (r"\bcard\b", "crad"),
    (r"\bnumber\b", "numbr"),
    (r"\bplease\b", "plz"),
    (r"\bthe\b", "teh"),
    (r"\bcvv\b", "CV"),
    (r"\bCVV\b", "CV"),
    (r"\bPIN\b", "pun"),
    (r"\bpin\b", "pun"),
    (r"\bsecurity\b", "secuirty"),
    (r"\bnúmero\b", "numero"),
    (r"\btarjeta\b", "targeta"),
    (r"\bcontraseña\b", "contrasena"),
    (r"\bcódigo\b", "codigo"),
    (r"\bgracias\b", "grax"),
    (r"\byou\b", "u"),
    (r"\bwhat\b", "wat"),
]


def noisy(rng: Random, template: str) -> str:
    slots = SLOT.findall(template)
    t = SLOT.sub("\x00", template)  # protect slot names from typos and case changes
    if rng.random() < 0.3:
        for pat, rep in rng.sample(TYPOS, 3):
            t = re.sub(pat, rep, t, count=1)
    if rng.random() < 0.2:
        t = t.lower()
    if rng.random() < 0.15:
        t = t.rstrip(".!?")
    if rng.random() < 0.15:
        t += rng.choice(EMOJI)
    if rng.random() < 0.08:
        t += rng.choice([" pls", " asap", " porfa", " ??", "!!", " thx"])
    for slot in slots:
        t = t.replace("\x00", "{" + slot + "}", 1)
    return t


def render(
    ctx: Ctx,
    template: str,
    kind: str,
    role: str = "customer",
    requested: frozenset[str] = NONE,
    split_last: bool | None = None,
) -> Message:
    if role == "customer":
        template = noisy(ctx.rng, template)
    out: list[str] = []
    length = 0
    labels: list[Label] = []
    pos = 0
    for m in SLOT.finditer(template):
        lit = template[pos : m.start()]
        out.append(lit)
        length += len(lit)
        slot = m.group(1)
        if slot in SECRET_OF_SLOT:
            value = ctx.secret(slot)
            typ = SECRET_OF_SLOT[slot]
            if slot == "part":
                keep = 4 if split_last else 0
                labels.append(Label(typ, length, length + len(value), keep, split_part=True))
            else:
                labels.append(Label(typ, length, length + len(value), KEEP_LAST.get(typ, 0)))
        else:
            value = ctx.fill(slot)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    return Message(role, "".join(out), labels, requested, kind)


# --------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------

Pool = dict[str, list[str]]


def pick(ctx: Ctx, pool: Pool) -> str:
    lang = ctx.lang
    if lang == "mix" and ctx.rng.random() < 0.35:
        lang = ctx.rng.choice(["en", "es"])
    options = pool.get(lang) or pool["en"]
    return ctx.rng.choice(options)


BOT_GREET: Pool = {
    "en": [
        "Hi! I'm Paly, the PayLane virtual assistant. Type 1 for payments, 2 for a lost or stolen card, 3 for your installment plan, 4 to talk to an agent.",
        "Welcome to {retailer} Credit support 💳 Reply 1 for balance, 2 for due date, 3 for fraud, 0 for an agent.",
        "Thanks for texting Cuotas+. Msg&data rates may apply. Reply HELP for help, STOP to opt out. Type AGENT anytime.",
        "Hello from PayLane! For your security, never share your full card number, PIN or passwords in this chat. How can I help today?",
    ],
    "es": [
        "¡Hola! Soy Paly, la asistente virtual de PayLane. Escribe 1 para pagos, 2 para tarjeta perdida o robada, 3 para tu plan de cuotas, 4 para hablar con un agente.",
        "Bienvenido al soporte de Crédito {retailer} 💳 Marca 1 saldo, 2 fecha de pago, 3 fraude, 0 agente.",
        "Gracias por escribir a Cuotas+. Pueden aplicar tarifas de mensajes. Escribe AGENTE en cualquier momento.",
        "¡Hola desde PayLane! Por tu seguridad, nunca compartas tu número de tarjeta completo, NIP ni contraseñas en este chat. ¿En qué te ayudo?",
    ],
}
AGENT_HELLO: Pool = {
    "en": [
        "Hi {name}, this is {agent} with PayLane support. How can I help?",
        "Thanks for waiting! {agent} here. What's going on with your account today?",
        "Hello, you're chatting with {agent} from the {retailer} Credit team.",
        "Hi there, {agent} from the fraud team. I see you reported activity on the card ending in {last4}.",
        "Good afternoon! My name is {agent}. I'll be helping you today.",
    ],
    "es": [
        "Hola {name}, le saluda {agent} de soporte PayLane. ¿En qué le puedo ayudar?",
        "¡Gracias por esperar! Soy {agent}. ¿Qué pasó con su cuenta?",
        "Buenas tardes, habla {agent} del equipo de Crédito {retailer}.",
        "Hola, soy {agent} del equipo de fraude. Veo que reportó movimientos en la tarjeta que termina en {last4}.",
    ],
    "mix": [
        "Hola {name}! Soy {agent}, how can I help you hoy?",
        "Hi, {agent} here from PayLane, ¿en qué le ayudo?",
    ],
}
CUST_OPEN: Pool = {
    "en": [
        "hi my payment wont go thru at checkout",
        "4",
        "agent",
        "Hello, I'm trying to buy something at {retailer} and the card keeps declining",
        "hey quick question, im at the register rn",
        "Hi. I need help with {rel}'s account, she's 82 and doesn't do computers",
        "someone used my card!!! i didnt buy anything at {retailer}",
        "I got a text saying my PayLane account was locked??",
        "hi, i run a small shop and want to pay my business card balance",
        "trying to set up the 4 payment thing for {kid}'s laptop",
        "Hi I have the AeroSol card and my miles didn't post",
        "can't log in to the app",
    ],
    "es": [
        "hola no me pasa el pago en la caja",
        "4",
        "agente",
        "Buenas, estoy comprando en {retailer} y me rechaza la tarjeta",
        "oiga una pregunta, estoy en la tienda ahorita",
        "Hola, le ayudo a {rel} con su cuenta, ella no sabe usar el celular",
        "me hicieron un cargo que yo no hice!!",
        "me llegó un mensaje que mi cuenta PayLane está bloqueada",
        "buenas, tengo una tiendita y quiero pagar la tarjeta del negocio",
        "quiero sacar el plan de 4 pagos para la compu de mi hija",
        "no puedo entrar a la app pe",
        "asere no me deja pagar",
    ],
    "mix": [
        "hola, my card got declined en la tienda",
        "hi, necesito ayuda con el payment plan",
        "oye my mom's account está locked",
        "hello, me cobraron twice por la misma orden",
        "buenas, I can't log in a la app",
    ],
}
CUST_CLOSE: Pool = {
    "en": [
        "ok thanks",
        "thank you so much!!",
        "ok that worked",
        "perfect ty",
        "👍",
        "Thanks, have a good day",
        "ok bye",
        "got it, appreciate it",
    ],
    "es": [
        "ok gracias",
        "muchas gracias!!",
        "ya funcionó, gracias",
        "perfecto",
        "👍",
        "gracias, que Dios le bendiga",
        "chévere, gracias",
        "cabal, gracias",
    ],
    "mix": ["ok gracias!", "perfect, muchas gracias", "ok ya, thanks", "listo thank you"],
}
AGENT_CLOSE: Pool = {
    "en": [
        "You're welcome! Anything else I can help with?",
        "Glad I could help. Your reference is {ticket}.",
        "Have a great day, and thanks for shopping at {retailer}!",
        "All set. You'll get a confirmation email at {email}.",
    ],
    "es": [
        "¡Con gusto! ¿Algo más en que le pueda ayudar?",
        "Con mucho gusto. Su número de referencia es {ticket}.",
        "Que tenga buen día, gracias por comprar en {retailer}.",
        "Listo. Le llegará un correo de confirmación a {email}.",
    ],
    "mix": ["De nada! Anything else?", "Listo, your reference is {ticket}."],
}

# Clean customer messages full of look-alikes.
CUST_CLEAN: Pool = {
    "en": [
        "it says 4 payments of {inst}, first one due {date}",
        "my plan number is {plan}",
        "the order number is {order}",
        "it's the card ending in {last4}",
        "the app shows {masked} is that mine?",
        "I paid {amount} on {date} at {time} and it still says past due",
        "you can call me at {phone}",
        "my zip is {zip}",
        "billing zip {zip4}",
        "tracking says {track} but nothing arrived",
        "I was at store {store} on {date}",
        "the item is SKU {sku}, it was {amount}",
        "I have {points} points, can I use them?",
        "my gift card balance says {gift}, card no. {giftno}",
        "confirmation code {conf}",
        "my AeroSol member number is {member}",
        "flight {flight} on {date}, the miles never posted",
        "should I send my SSN here? the form asks for it",
        "I forgot my PIN, how do I reset it",
        "I don't want to give my password in a chat lol",
        "what's the CVV for? the website keeps asking",
        "I called {tollfree} and they told me to chat here",
        "it was charged {amount} twice, {date}",
        "exp is {exp} if that helps",
        "my DOB is {dob}",
        "address is {addr} {apt}, {zip}",
        "the statement from {year} shows a different balance",
        "Ticket {ticket} from last week, nobody called me back",
        "can I change the due date to the {n}th?",
        "interest says {pct}, I thought it was free",
        "my email is {email}",
        "my phone number changed, new one is {phone}",
        "i have the confirmation email it says order {order} and plan {plan}",
        "I can give you the last 4 of my social if needed",
        "the text I got came from {phone}, is that you guys?",
        "they said I need a code but I never got one",
    ],
    "es": [
        "dice 4 pagos de {inst}, el primero el {date}",
        "mi número de plan es {plan}",
        "el número de orden es {order}",
        "es la tarjeta que termina en {last4}",
        "en la app sale {masked}, ¿esa es la mía?",
        "pagué {amount} el {date} a las {time} y sigue diciendo vencido",
        "me puede llamar al {phone}",
        "mi código postal es {zip}",
        "el rastreo dice {track} pero no ha llegado nada",
        "estuve en la tienda {store} el {date}",
        "el artículo es {sku}, costó {amount}",
        "tengo {points} puntos, ¿los puedo usar?",
        "el saldo de mi tarjeta de regalo dice {gift}",
        "código de confirmación {conf}",
        "¿le mando mi seguro social por aquí? no sé si es seguro",
        "se me olvidó el NIP, ¿cómo lo cambio?",
        "no le voy a dar mi contraseña por chat",
        "llamé al {tollfree} y me dijeron que escribiera aquí",
        "me cobraron {amount} dos veces, el {date}",
        "vence {exp} por si acaso",
        "mi fecha de nacimiento es {dob}",
        "mi dirección es {addr} {apt}, {zip}",
        "el interés dice {pct}, yo pensé que era sin intereses",
        "mi correo es {email}",
        "mi número nuevo es {phone}",
        "el mensaje me llegó del {phone}, ¿son ustedes?",
        "no me llegó ningún código",
        "tengo el folio {ticket} de la semana pasada",
        "¿puedo usar la tarjeta para vuelos? mi número de socio es {member}",
        "vuelo {flight} el {date}, no me dieron las millas",
    ],
    "mix": [
        "el plan dice 4 payments of {inst}, starting {date}",
        "es la card que termina en {last4}",
        "my order number es {order}",
        "pagué {amount} yesterday y todavía dice past due",
        "call me al {phone} please",
        "el zip es {zip}",
        "no me llegó el code del text",
        "¿tengo que mandar mi social? the form says so",
        "se me olvidó el PIN, how do I change it",
        "tracking {track} y nada llegó",
    ],
}
AGENT_CLEAN: Pool = {
    "en": [
        "I can see a plan of {n} payments of {inst}, next due {date}.",
        "Your payment of {amount} posted on {date}. The past-due flag should clear within 24 hours.",
        "The order {order} shows as shipped, tracking {track}.",
        "Your current balance is {amount}, minimum due {inst} by {date}.",
        "I've opened a dispute for the {amount} charge, reference {ticket}.",
        "Your AeroSol miles for flight {flight} will post within 6-8 weeks.",
        "You have {points} points, worth about {gift} at {retailer}.",
        "I see the card ending in {last4} was declined because of the billing ZIP mismatch.",
        "Your card {masked} has been locked. A new one ships to the address on file in 7-10 business days.",
        "You can reach the fraud line 24/7 at {tollfree}.",
        "Our interest rate for this plan is {pct}. Paying on time keeps it at 0%.",
    ],
    "es": [
        "Veo un plan de {n} pagos de {inst}, el siguiente vence el {date}.",
        "Su pago de {amount} se aplicó el {date}. El aviso de atraso se quita en 24 horas.",
        "La orden {order} ya se envió, número de rastreo {track}.",
        "Su saldo actual es {amount}, pago mínimo {inst} antes del {date}.",
        "Abrí una disputa por el cargo de {amount}, folio {ticket}.",
        "La tarjeta {masked} quedó bloqueada. La nueva llega en 7 a 10 días hábiles.",
        "Puede llamar a la línea de fraude al {tollfree}.",
        "Tiene {points} puntos, equivalen a unos {gift} en {retailer}.",
    ],
    "mix": [
        "Ok, I see the plan de {n} pagos de {inst}, next one es el {date}.",
        "Su payment de {amount} ya posted, todo bien.",
    ],
}
AGENT_LEGIT: Pool = {  # legitimate asks and warnings: requested is empty
    "en": [
        "Can you confirm the last four digits of the card?",
        "What's the billing ZIP code on the account?",
        "For verification, please confirm your date of birth.",
        "Could you give me the email address on file?",
        "What's the order number? It starts with ORD or is a long number on the receipt.",
        "Can you share the plan number from your confirmation email?",
        "What's the expiration date on the card? Month and year only, please.",
        "Please do NOT send your full card number, CVV or PIN here. We will never ask for them in chat.",
        "We'll never ask for your PIN or password. If someone does, it's a scam.",
        "You can reset your password yourself: open the app, tap Settings > Security > Reset password.",
        "To change your PIN, call the number on the back of the card or use the app. Don't type it here.",
        "Can you confirm the phone number on the account?",
        "What's the mailing address on file?",
        "Just the last 4 of your Social, please, not the full number.",
        "I'll send a verification code to the phone on file. Please enter it in the app, not in this chat.",
        "Type 1 to hear your balance, 2 for your due date, 3 to report fraud.",
        "Did you enter the code on the website, or did it expire?",
        "Never share the security code on the back of your card with anyone who calls you.",
    ],
    "es": [
        "¿Me confirma los últimos cuatro dígitos de la tarjeta?",
        "¿Cuál es el código postal de facturación?",
        "Para verificar, ¿me confirma su fecha de nacimiento?",
        "¿Me da el correo electrónico registrado?",
        "¿Cuál es el número de orden?",
        "¿Me comparte el número de plan que viene en su correo?",
        "¿Cuál es la fecha de vencimiento de la tarjeta? Solo mes y año.",
        "Por favor NO mande su número de tarjeta completo, código de seguridad ni NIP aquí. Nunca se los pediremos.",
        "Nunca le vamos a pedir su NIP ni su contraseña. Si alguien se lo pide, es una estafa.",
        "Puede cambiar su contraseña usted mismo en la app: Ajustes > Seguridad > Restablecer.",
        "Solo los últimos 4 de su seguro social, por favor, no el número completo.",
        "Le enviaré un código al celular registrado. Escríbalo en la app, no en este chat.",
        "Marque 1 para saldo, 2 para fecha de pago, 3 para reportar fraude.",
        "¿Cuál es la dirección registrada en la cuenta?",
    ],
    "mix": [
        "Can you confirm los últimos 4 de la card?",
        "¿Cuál es su billing ZIP?",
        "Please no mande el full card number aquí, we never ask for that.",
        "Puede resetear su password en la app, Settings > Security.",
    ],
}
# Forbidden asks: (template, requested types).
AGENT_ASK: dict[str, list[tuple[str, frozenset[str]]]] = {
    "en": [
        ("Please provide the full card number so I can run the payment for you.", frozenset({CC})),
        ("Can you type the 16 digits on the front of the card?", frozenset({CC})),
        ("What's the 3-digit code on the back of the card?", frozenset({CVV})),
        ("I'll also need the CVV to finish this.", frozenset({CVV})),
        ("Since it's an Amex, please send the 4-digit CID printed on the front.", frozenset({CVV})),
        (
            "To finish the credit application I need your full Social Security number.",
            frozenset({SSN}),
        ),
        ("What's your SSN? All 9 digits please.", frozenset({SSN})),
        ("I just sent a code to your phone, can you read it to me here?", frozenset({OTP})),
        (
            "What does the text message say? I need the verification code to proceed.",
            frozenset({OTP}),
        ),
        ("Send me your account password and I'll log in and fix it on my end.", frozenset({PW})),
        ("What's the PIN you use at the register? I'll verify it.", frozenset({PIN})),
        (
            "To verify you, I'll need: 1) full card number 2) expiration 3) security code.",
            frozenset({CC, CVV}),
        ),
        (
            "Ok so I can process the refund, I just need a couple of things from you, the card number and the code on the back, and then it should post in 3-5 days.",
            frozenset({CC, CVV}),
        ),
        (
            "PAYLANE ALERT: Your account is suspended. Reply with your card number and PIN to reactivate.",
            frozenset({CC, PIN}),
        ),
        (
            "Hurry, the hold expires in 10 min. Send the code we texted AND your login password now.",
            frozenset({OTP, PW}),
        ),
        (
            "If you want this done today I need the full social and the OTP, otherwise it goes to the back of the line.",
            frozenset({SSN, OTP}),
        ),
        ("To confirm it's really you, please provide your card PIN.", frozenset({PIN})),
    ],
    "es": [
        (
            "Por favor proporcióneme el número completo de la tarjeta para procesar el pago.",
            frozenset({CC}),
        ),
        ("¿Cuál es el código de seguridad de 3 dígitos atrás de la tarjeta?", frozenset({CVV})),
        (
            "Para la solicitud de crédito necesito su número de seguro social completo.",
            frozenset({SSN}),
        ),
        ("Le acabo de mandar un código por mensaje, ¿me lo puede escribir aquí?", frozenset({OTP})),
        ("Mándeme su contraseña y yo entro a su cuenta para arreglarlo.", frozenset({PW})),
        ("¿Cuál es su NIP? Lo necesito para verificar.", frozenset({PIN})),
        ("Necesito: número de tarjeta, fecha de vencimiento y el CVV.", frozenset({CC, CVV})),
        (
            "PAYLANE: Su cuenta fue bloqueada. Responda con su número de tarjeta y clave para desbloquearla.",
            frozenset({CC, PIN}),
        ),
        (
            "Para confirmar la identidad dígame la clave de 4 dígitos de su tarjeta.",
            frozenset({PIN}),
        ),
        (
            "Escríbame el código que le llegó y su contraseña, rápido porque se vence.",
            frozenset({OTP, PW}),
        ),
    ],
    "mix": [
        ("Ok, me puede dar el card number completo please?", frozenset({CC})),
        ("Necesito el CVV, los 3 números de atrás.", frozenset({CVV})),
        ("Para el application necesito su social security completo.", frozenset({SSN})),
        ("Le mandé un code por text, ¿me lo pasa?", frozenset({OTP})),
        ("What's your password? Así lo checo yo.", frozenset({PW})),
        ("Me confirma su PIN please?", frozenset({PIN})),
    ],
}

# Secret-bearing customer messages, by type.
CARD_MSG: Pool = {
    "en": [
        "{card}",
        "card number is {card}",
        "ok its {card}",
        "here: {card} exp {exp}",
        "{card} exp {exp} cvv {cvv}",
        "{card}\n{exp}\n{cvv}",
        "it's {card}, expires {exp}, CV {cvv}",
        "my card # {card}",
        "the number on the card is {card} and the 3 numbers on the back are {cvv}",
        "{rel}'s card is {card}, she's right here with me",
        "using {rel}'s card: {card} exp {exp}",
        "I'm paying for {kid}, card {card}",
        "business card {card} exp {exp} code {cvv}",
        "ok so the card is {card} I already tried twice and it keeps saying declined can you just run it",
        "AeroSol Visa {card}",
        "fine. {card}",
    ],
    "es": [
        "{card}",
        "el número de la tarjeta es {card}",
        "es la {card} vence {exp}",
        "{card} vence {exp} código {cvv}",
        "tarjeta {card}\nvencimiento {exp}\ncódigo de seguridad {cvv}",
        "la tarjeta de {rel} es {card}, aquí está conmigo",
        "le pago con la de {rel}: {card}",
        "ahí va: {card}",
        "es para mi hija, tarjeta {card}",
        "la tarjeta del negocio {card} exp {exp}",
        "ya mire es esta {card} y los 3 de atrás son {cvv}",
    ],
    "mix": [
        "ok la card es {card}",
        "{card} exp {exp} y el CVV {cvv}",
        "es la card de {rel}: {card}",
        "here va: {card}",
        "el card number is {card}",
    ],
}
CVV_MSG: Pool = {
    "en": [
        "cvv {cvv}",
        "the 3 numbers on the back are {cvv}",
        "security code is {cvv}",
        "CV is {cvv}",
        "{cvv}",
        "code on back: {cvv}",
        "the CID on the front is {cvv}",
        "oh and the cvc {cvv}",
    ],
    "es": [
        "el código de seguridad es {cvv}",
        "los 3 números de atrás son {cvv}",
        "cvv {cvv}",
        "{cvv}",
        "el código de atrás {cvv}",
        "código {cvv}",
    ],
    "mix": ["el CVV es {cvv}", "security code {cvv}", "los numeritos de atrás: {cvv}"],
}
SSN_MSG: Pool = {
    "en": [
        "my SSN is {ssn}",
        "social is {ssn}",
        "ssn: {ssn}",
        "ok {ssn} is my social",
        "Social Security number {ssn}",
        "{rel}'s social is {ssn}",
        "for the application: SSN {ssn}, DOB {dob}",
    ],
    "es": [
        "mi seguro social es {ssn}",
        "el social es {ssn}",
        "número de seguro social {ssn}",
        "SSN {ssn}",
        "el seguro social de {rel} es {ssn}",
    ],
    "mix": ["mi social es {ssn}", "el SSN es {ssn}", "ok my social: {ssn}"],
}
OTP_MSG: Pool = {
    "en": [
        "the code is {otp}",
        "{otp}",
        "got it: {otp}",
        "the text says {otp}",
        "PayLane: Your verification code is {otp}. It expires in 10 minutes. We will never call to ask for this code.",
        'it says "{retailer} Credit: use {otp} to confirm your purchase"',
        "FW: {otp} is your PayLane one-time passcode",
        "code {otp} i think",
        "ok the otp is {otp}",
    ],
    "es": [
        "el código es {otp}",
        "{otp}",
        "me llegó {otp}",
        "el mensaje dice {otp}",
        "PayLane: Tu código de verificación es {otp}. Vence en 10 minutos. No lo compartas.",
        "ya me llegó el código: {otp}",
        'dice "Cuotas+: {otp} es tu código de acceso"',
    ],
    "mix": ["el code es {otp}", "me llegó el text, dice {otp}", "ok the code: {otp}"],
}
PW_MSG: Pool = {
    "en": [
        "my password is {pw}",
        "pw: {pw}",
        "password {pw}",
        "i think the password was {pw}",
        "login is {email} and pass {pw}",
        "{rel}'s password is {pw}",
    ],
    "es": [
        "mi contraseña es {pw}",
        "contraseña: {pw}",
        "la clave de la app es {pw}",
        "el password es {pw}",
    ],
    "mix": ["mi password es {pw}", "la contraseña is {pw}", "pw {pw}"],
}
PIN_MSG: Pool = {
    "en": [
        "my PIN is {pin}",
        "pin {pin}",
        "the pin is {pin}",
        "my pun is {pin}",
        "PIN: {pin}",
        "{rel}'s PIN is {pin}",
    ],
    "es": [
        "mi NIP es {pin}",
        "el NIP es {pin}",
        "la clave de la tarjeta es {pin}",
        "mi pin {pin}",
        "NIP {pin}",
    ],
    "mix": ["mi PIN es {pin}", "el NIP is {pin}", "pin: {pin}"],
}
SECRET_POOLS: dict[str, Pool] = {
    CC: CARD_MSG,
    CVV: CVV_MSG,
    SSN: SSN_MSG,
    OTP: OTP_MSG,
    PW: PW_MSG,
    PIN: PIN_MSG,
}
SPLIT_MSG: Pool = {
    "en": [
        "{part}",
        "first part {part}",
        "then {part}",
        "{part} and",
        "next: {part}",
        "last ones {part}",
        "rest is {part}",
    ],
    "es": [
        "{part}",
        "primero {part}",
        "luego {part}",
        "y {part}",
        "los últimos {part}",
        "sigue {part}",
    ],
    "mix": ["{part}", "first {part}", "y luego {part}", "the rest {part}"],
}
CUST_REFUSE: Pool = {
    "en": [
        "uh I'm not sending that here",
        "isn't that against your own rules?",
        "you said you'd never ask for that",
        "no, I'll call instead",
    ],
    "es": [
        "no, eso no lo voy a mandar por aquí",
        "¿no que nunca lo piden?",
        "mejor llamo",
        "no me siento cómoda mandando eso",
    ],
    "mix": ["no, I'm not sending eso aquí", "mejor I'll call"],
}
SCAM_FWD: Pool = {  # forwarded scam texts, no value: clean customer messages
    "en": [
        'I got this: "PayLane: unusual activity on your card. Reply with your PIN to keep it active or call {phone}" is this real?',
        'someone texted "Your {retailer} card is locked, verify at paylane-secure-help.co" and I clicked it 😭',
        "a guy called saying he was from fraud and asked for the code you sent me, I didn't give it",
        'text from {phone}: "Cuotas+ ALERT: confirm your SSN to avoid closure". Scam right?',
    ],
    "es": [
        'me llegó esto: "PayLane: actividad inusual. Responda con su NIP para no bloquear su tarjeta" ¿es real?',
        "me llamaron diciendo que eran de fraude y me pidieron el código que me mandaron",
        "un mensaje del {phone} dice que confirme mi seguro social, ¿es estafa?",
    ],
    "mix": ['me llegó un text que dice "verify your card at paylane-help.co", is it real?'],
}
NO_VALUE: Pool = {  # talk about secrets without a value: clean customer messages
    "en": [
        "I forgot my PIN and the register wants it",
        "do I need to type my whole SSN for the 4-payment plan?",
        "the app says my password expired, I don't remember it",
        "never got the verification code, can you resend it to {phone}?",
        "where is the security code on an Amex? front or back?",
        "my kid knows my PIN, should I change it?",
        "is it safe to give my card number to the cashier over the phone?",
    ],
    "es": [
        "se me olvidó el NIP y la caja me lo pide",
        "¿tengo que poner todo mi seguro social para el plan de 4 pagos?",
        "la app dice que mi contraseña venció y no me acuerdo",
        "no me llegó el código de verificación, ¿me lo reenvían al {phone}?",
        "¿dónde está el código de seguridad en una Amex?",
        "mi hijo sabe mi clave, ¿la debo cambiar?",
    ],
    "mix": [
        "se me olvidó el PIN y la register me lo pide",
        "¿es safe dar mi card number por teléfono?",
    ],
}


# --------------------------------------------------------------------------------------
# Conversation builders
# --------------------------------------------------------------------------------------


def say(ctx: Ctx, pool: Pool, kind: str, role: str = "customer") -> Message:
    return render(ctx, pick(ctx, pool), kind, role)


def ask(ctx: Ctx, want: str | None = None) -> Message:
    lang = ctx.lang if ctx.lang in AGENT_ASK else "en"
    if ctx.lang == "mix" and ctx.rng.random() < 0.4:
        lang = ctx.rng.choice(["en", "es"])
    options = AGENT_ASK[lang]
    if want is not None:
        options = [o for o in options if want in o[1]] or [
            o for o in AGENT_ASK["en"] if want in o[1]
        ]
    template, req = ctx.rng.choice(options)
    kind = "scam_ask" if "ALERT" in template or template.startswith("PAYLANE") else "forbidden_ask"
    return render(ctx, template, kind, "agent", req)


def secret_msg(ctx: Ctx, typ: str) -> Message:
    return render(ctx, pick(ctx, SECRET_POOLS[typ]), f"give_{typ.lower()}")


def clean_turns(ctx: Ctx, n: int) -> list[Message]:
    out: list[Message] = []
    for _ in range(n):
        r = ctx.rng.random()
        if r < 0.45:
            out.append(say(ctx, CUST_CLEAN, "lookalike"))
        elif r < 0.7:
            out.append(say(ctx, AGENT_CLEAN, "agent_info", "agent"))
        else:
            out.append(say(ctx, AGENT_LEGIT, "legit_ask", "agent"))
    return out


def opening(ctx: Ctx) -> list[Message]:
    msgs: list[Message] = []
    if ctx.rng.random() < 0.5:
        msgs.append(say(ctx, BOT_GREET, "bot_menu", "agent"))
    msgs.append(say(ctx, CUST_OPEN, "opener"))
    msgs.append(say(ctx, AGENT_HELLO, "agent_hello", "agent"))
    return msgs


def closing(ctx: Ctx) -> list[Message]:
    out = [say(ctx, AGENT_CLOSE, "agent_close", "agent")]
    if ctx.rng.random() < 0.6:
        out.append(say(ctx, CUST_CLOSE, "closer"))
    return out


def conv_secret(ctx: Ctx) -> tuple[str, list[Message]]:
    r = ctx.rng
    kind = r.choices(
        [
            "card",
            "card_cvv",
            "relative_card",
            "bnpl_ssn",
            "otp",
            "scam_victim",
            "password",
            "pin",
            "shop_owner",
        ],
        weights=[18, 14, 8, 12, 14, 10, 9, 9, 6],
    )[0]
    msgs = opening(ctx)
    msgs += clean_turns(ctx, r.randint(0, 2))
    types: list[str] = {
        "card": [CC],
        "card_cvv": [CC, CVV],
        "relative_card": [CC],
        "bnpl_ssn": [SSN],
        "otp": [OTP],
        "scam_victim": [r.choice([OTP, PIN, CC, PW])],
        "password": [PW],
        "pin": [PIN],
        "shop_owner": [r.choice([CC, SSN]), CVV],
    }[kind]
    if kind == "shop_owner" and types[0] == SSN:
        types = [SSN]
    if kind == "relative_card":
        lang = ctx.lang if ctx.lang != "mix" or r.random() < 0.5 else r.choice(["en", "es"])
        msgs.append(
            render(ctx, r.choice([t for t in CARD_MSG[lang] if "{rel}" in t]), "give_relative_card")
        )
        types = []
    for typ in types:
        if typ == CVV and any(lab.type == CVV for m in msgs for lab in m.labels):
            continue
        roll = r.random()
        if roll < 0.4:
            msgs.append(ask(ctx, typ))
        elif roll < 0.75:
            msgs.append(say(ctx, AGENT_LEGIT, "legit_ask", "agent"))
        msgs.append(secret_msg(ctx, typ))
    if kind == "scam_victim":
        msgs.insert(len(msgs) - 1, say(ctx, SCAM_FWD, "scam_forward"))
    msgs += clean_turns(ctx, r.randint(0, 3))
    msgs += closing(ctx)
    return kind, msgs


def conv_split(ctx: Ctx) -> tuple[str, list[Message]]:
    r = ctx.rng
    msgs = opening(ctx)
    if r.random() < 0.5:
        msgs.append(ask(ctx, CC))
    digits = ctx.card
    nparts = r.randint(2, 4)
    while True:
        cuts = sorted(r.sample(range(2, len(digits) - 3), nparts - 1))
        bounds = [0, *cuts, len(digits)]
        if (
            all(bounds[i + 1] - bounds[i] >= 2 for i in range(nparts))
            and bounds[-1] - bounds[-2] >= 4
        ):
            break
    for i in range(nparts):
        chunk = digits[bounds[i] : bounds[i + 1]]
        if len(chunk) >= 6 and r.random() < 0.4:
            chunk = group_digits(chunk, [4, 4, 4, 4], " ")
        ctx.part = chunk
        last = i == nparts - 1
        msgs.append(render(ctx, pick(ctx, SPLIT_MSG), "give_card_split", split_last=last))
        if not last and r.random() < 0.2:
            msgs.append(
                Message(
                    "agent",
                    r.choice(["ok go on", "continúe", "ok", "got it, go ahead"]),
                    kind="agent_ack",
                )
            )
    if r.random() < 0.4:
        msgs.append(say(ctx, AGENT_LEGIT, "legit_ask", "agent"))
        msgs.append(say(ctx, CUST_CLEAN, "lookalike"))
    msgs += closing(ctx)
    return "card_split", msgs


def conv_clean(ctx: Ctx) -> tuple[str, list[Message]]:
    r = ctx.rng
    kind = r.choice(
        [
            "bnpl_question",
            "payment_due",
            "order_status",
            "rewards",
            "airline_miles",
            "forgot_no_value",
            "scam_report",
            "refused_ask",
        ]
    )
    msgs = opening(ctx)
    msgs += clean_turns(ctx, r.randint(1, 6))
    if kind == "forgot_no_value":
        msgs.insert(len(msgs) - r.randint(0, 2), say(ctx, NO_VALUE, "no_value"))
    if kind == "scam_report":
        msgs.append(say(ctx, SCAM_FWD, "scam_forward"))
        msgs.append(say(ctx, AGENT_LEGIT, "legit_ask", "agent"))
    if kind == "refused_ask":
        msgs.append(ask(ctx))
        msgs.append(say(ctx, CUST_REFUSE, "refusal"))
    msgs += closing(ctx)
    return kind, msgs


# --------------------------------------------------------------------------------------
# Validation of one conversation (regenerate on accidental collisions)
# --------------------------------------------------------------------------------------


def collides(conv: list[Message]) -> bool:
    values: set[str] = set()
    for m in conv:
        for lab in m.labels:
            v = m.text[lab.start : lab.end]
            if lab.split_part:
                continue
            values.add(v)
            if lab.type != PW:
                values.add(re.sub(r"\D", "", v))
    for m in conv:
        text = list(m.text)
        for lab in m.labels:
            for i in range(lab.start, lab.end):
                text[i] = "\x00"
        masked = "".join(text)
        for v in values:
            if not v:
                continue
            if v.isdigit():
                if re.search(rf"(?<!\d){v}(?!\d)", masked):
                    return True
            elif v in masked:
                return True
    return False


def generate(seed: int, count: int = 480) -> list[Conversation]:
    rng = Random(seed)
    out: list[Conversation] = []
    for i in range(count):
        lang = rng.choices(["en", "es", "mix"], weights=[55, 30, 15])[0]
        while True:
            ctx = Ctx(rng, lang)
            roll = rng.random()
            if roll < 0.38:
                kind, msgs = conv_secret(ctx)
            elif roll < 0.46:
                kind, msgs = conv_split(ctx)
            else:
                kind, msgs = conv_clean(ctx)
            while len(msgs) > 14:
                drop = max(k for k, m in enumerate(msgs) if not m.labels and not m.requested)
                del msgs[drop]
            while len(msgs) < 4:
                msgs.append(say(ctx, CUST_CLOSE, "closer"))
            if not collides(msgs):
                break
        out.append(Conversation(f"s13-{seed}-{i:04d}", kind, lang, msgs))
    return out
