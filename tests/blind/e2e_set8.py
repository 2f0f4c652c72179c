# ruff: noqa: E501
"""Blind end-to-end evaluation set 8 for guard: contact-center chats of a card issuer.

Written without reading guard's code, rules, tests, benchmarks or the other blind sets.
English (~50%), Spanish from several countries (~35%) and Spanglish (~15%); at least half
of the conversations hold no secret at all. Every label is computed from the template
fill, never by hand, and invariants are asserted while generating.

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
    NUMBER_RUN_RE,
    OTP,
    PIN,
    PW,
    SLOT_RE,
    SSN,
    Conversation,
    Label,
    Message,
)

Pool = dict[str, list[str]]

# slot -> (type, split part?)
SLOTS: dict[str, tuple[str, bool]] = {
    "card": (CC, False),
    "cvv": (CVV, False),
    "cid": (CVV, False),
    "ssn": (SSN, False),
    "otp": (OTP, False),
    "pw": (PW, False),
    "pin": (PIN, False),
    "part": (CC, True),
    "lastpart": (CC, True),
}

SSN_SHAPE_RE = re.compile(r"(?<!\d)(\d{3})([- .]?)(\d{2})\2(\d{4})(?!\d)")
DIGIT_RUN_RE = re.compile(r"\d{13,19}")

# --------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------

BRANDS: list[tuple[str, list[str], list[int], int]] = [
    # name, prefixes, lengths, weight
    ("visa", ["4"], [16, 16, 16, 16, 13, 19], 40),
    ("mc", ["51", "52", "53", "54", "55", "2221", "2300", "2520", "2720"], [16], 28),
    ("amex", ["34", "37"], [15], 12),
    ("discover", ["6011", "65", "644", "647", "649"], [16, 19], 8),
    ("diners", ["36", "300", "305", "38"], [14], 3),
    ("jcb", ["3528", "3540", "3566", "3589"], [16], 4),
    ("unionpay", ["62"], [16, 17, 18, 19], 5),
]


def make_card(rng: Random) -> tuple[str, str]:
    name, prefixes, lengths, _ = rng.choices(BRANDS, weights=[b[3] for b in BRANDS])[0]
    prefix = rng.choice(prefixes)
    length = rng.choice(lengths)
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    number = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(number) and len(number) == length
    return name, number


def groups_for(brand: str, n: int) -> list[int]:
    if brand == "amex":
        return [4, 6, 5]
    if brand == "diners":
        return [4, 6, 4]
    if n == 13:
        return [4, 4, 5]
    out = [4] * (n // 4)
    if n % 4:
        out.append(n % 4)
    return out


def chunk(number: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for s in sizes:
        out.append(number[i : i + s])
        i += s
    return out


def fmt_card(rng: Random, brand: str, number: str) -> str:
    parts = chunk(number, groups_for(brand, len(number)))
    style = rng.choices(
        ["plain", "space", "dash", "dot", "mixed", "double"], [30, 35, 18, 4, 7, 6]
    )[0]
    if style == "plain":
        return number
    if style == "space":
        return " ".join(parts)
    if style == "dash":
        return "-".join(parts)
    if style == "dot":
        return ".".join(parts)
    if style == "double":
        return "  ".join(parts)
    return "".join(
        p + (rng.choice([" ", "-", ""]) if i < len(parts) - 1 else "") for i, p in enumerate(parts)
    )


EN_DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ES_DIG = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]


def disguise_card(rng: Random, brand: str, number: str, lang: str) -> str:
    parts = chunk(number, groups_for(brand, len(number)))
    style = rng.choice(["spaced", "words", "letters", "stars", "slashes", "emoji"])
    if style == "spaced":
        return " ".join(number)
    if style == "words":
        words = ES_DIG if lang == "es" or (lang == "mix" and rng.random() < 0.5) else EN_DIG
        return ", ".join(" ".join(words[int(d)] for d in p) for p in parts)
    if style == "letters":
        swapped = "".join(
            {"0": "O", "1": "l"}.get(d, d) if rng.random() < 0.6 else d for d in number
        )
        return " ".join(chunk(swapped, groups_for(brand, len(number))))
    if style == "stars":
        return "*".join(parts)
    if style == "slashes":
        return " / ".join(parts)
    return " 🔹 ".join(parts)


def luhn_invalid(rng: Random, n: int, first: str = "") -> str:
    body = first + "".join(str(rng.randrange(10)) for _ in range(n - len(first)))
    if luhn.is_valid(body):
        body = body[:-1] + str((int(body[-1]) + 1) % 10)
    assert not luhn.is_valid(body)
    return body


def valid_ssn_parts(rng: Random) -> tuple[str, str, str]:
    while True:
        area = rng.randrange(1, 900)
        if area != 666:
            break
    return f"{area:03d}", f"{rng.randrange(1, 100):02d}", f"{rng.randrange(1, 10000):04d}"


def ssn_is_valid(a: str, g: str, s: str) -> bool:
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


def make_ssn(rng: Random) -> str:
    a, g, s = valid_ssn_parts(rng)
    assert ssn_is_valid(a, g, s)
    sep = rng.choices(["-", " ", ""], [70, 15, 15])[0]
    return f"{a}{sep}{g}{sep}{s}"


def make_otp(rng: Random) -> str:
    n = rng.choices([6, 4, 8], [80, 10, 10])[0]
    code = "".join(str(rng.randrange(10)) for _ in range(n))
    if n == 6 and rng.random() < 0.15:
        return code[:3] + " " + code[3:]
    return code


PW_WORDS = [
    "Rosita",
    "sunflower",
    "Tequila",
    "Mariposa",
    "bluehorse",
    "Chispita",
    "Yankees",
    "gatito",
    "Dolphins",
    "princesa",
    "Sparky",
    "Lupita",
    "Buddy",
    "Cielo",
    "Rocky",
    "Paloma",
    "Mustang",
    "Coquito",
    "Tigre",
    "Honeybee",
]


def make_pw(rng: Random) -> str:
    w = rng.choice(PW_WORDS)
    style = rng.randrange(6)
    if style == 0:
        return f"{w}{rng.randrange(1950, 2024)}"
    if style == 1:
        return f"{w}{rng.choice('!#$@*.')}{rng.randrange(10, 99)}"
    if style == 2:
        return f"{w.capitalize()}_{rng.choice(PW_WORDS).lower()}{rng.randrange(1, 9)}"
    if style == 3:
        return w.replace("a", "@").replace("o", "0") + str(rng.randrange(100))
    if style == 4:
        return f"{rng.choice(['Mi', 'My', 'El'])}{w.capitalize()}{rng.randrange(10, 99)}{rng.choice('!?#')}"
    return f"{w.lower()}{rng.choice(['123', '2024', '01', '77'])}"


def make_pin(rng: Random) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(rng.choices([4, 6], [90, 10])[0]))


# --------------------------------------------------------------------------------------
# Fill and context
# --------------------------------------------------------------------------------------


def fill(template: str, vals: dict[str, str]) -> tuple[str, list[Label]]:
    text, labels, pos = "", [], 0
    for m in SLOT_RE.finditer(template):
        text += template[pos : m.start()]
        name = m.group(1)
        value = vals[name]
        if name in SLOTS:
            typ, split = SLOTS[name]
            keep = KEEP_LAST.get(typ, 0)
            if name == "part":
                keep = 0
            labels.append(Label(typ, len(text), len(text) + len(value), keep, split))
        text += value
        pos = m.end()
    text += template[pos:]
    for lab in labels:
        assert text[lab.start : lab.end] == vals_lookup(vals, lab, text)
    return text, labels


def vals_lookup(vals: dict[str, str], lab: Label, text: str) -> str:
    return text[lab.start : lab.end]


FIRST_EN = [
    "Linda",
    "Robert",
    "Dorothy",
    "James",
    "Keisha",
    "Tom",
    "Margaret",
    "Kevin",
    "Ashley",
    "Harold",
    "Priya",
    "Duc",
    "Maria",
    "Frank",
]
FIRST_ES = [
    "María",
    "José",
    "Guadalupe",
    "Carlos",
    "Lucía",
    "Fernando",
    "Ana",
    "Jorge",
    "Rosa",
    "Martín",
    "Valentina",
    "Héctor",
    "Yolanda",
    "Diego",
]
LAST = [
    "García",
    "Smith",
    "Johnson",
    "Rodríguez",
    "Nguyen",
    "Martínez",
    "Williams",
    "López",
    "Brown",
    "Hernández",
    "Pérez",
    "Okafor",
]
AGENTS = ["Brenda", "Luis", "Tasha", "Miguel", "Sam", "Andrea", "Carmen", "Derek", "Paola", "Nick"]
MERCHANTS = [
    "AMZN Mktp US",
    "WALMART #2231",
    "UBER *TRIP",
    "NETFLIX.COM",
    "SHELL OIL 5742",
    "Mercado Libre",
    "OXXO",
    "Spotify",
    "DOORDASH*TACOS",
    "TARGET 00012",
    "Liverpool",
    "Éxito",
    "Rappi",
    "APPLE.COM/BILL",
    "SQ *COFFEE BAR",
    "Costco Whse 0481",
    "Carulla",
    "Steam Purchase",
]
STREETS = [
    "Maple Ave",
    "Calle 45",
    "Elm St",
    "Av. Insurgentes Sur",
    "Oak Ridge Dr",
    "Calle Luna",
    "Av. Corrientes",
    "Pine St Apt 3B",
    "Carrera 7",
]
CITIES = [
    "Houston",
    "Miami",
    "Bogotá",
    "Guadalajara",
    "Phoenix",
    "San Juan",
    "Buenos Aires",
    "Madrid",
    "Lima",
    "Chicago",
    "El Paso",
    "Orlando",
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


class Ctx:
    def __init__(self, rng: Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.msgs: list[Message] = []
        self.brand, self.number = make_card(rng)
        self.last4 = self.number[-4:]
        self.agent = rng.choice(AGENTS)
        es = lang == "es" or (lang == "mix" and rng.random() < 0.6)
        self.name = rng.choice(FIRST_ES if es else FIRST_EN) + " " + rng.choice(LAST)

    def pick(self, pool: Pool) -> str:
        lang = self.lang
        if lang == "mix" and "mix" not in pool:
            lang = self.rng.choice(["es", "en"])
        if lang not in pool:
            lang = "en"
        return self.rng.choice(pool[lang])

    def base_vals(self) -> dict[str, str]:
        r = self.rng
        es = self.lang == "es"
        day, mon = r.randrange(1, 29), r.randrange(12)
        return {
            "amt": r.choice(["$", "$", "US$", "MXN $", ""])
            + f"{r.randrange(3, 2500)}.{r.randrange(100):02d}"
            if not es or r.random() < 0.5
            else f"${r.randrange(3, 9000):,}".replace(",", "."),
            "amt2": f"${r.randrange(10, 600)}",
            "date": (f"{day} de {MONTHS_ES[mon]}" if es else f"{MONTHS_EN[mon]} {day}")
            if r.random() < 0.6
            else f"{mon + 1}/{day}",
            "year": str(r.randrange(1948, 2025)),
            "time": f"{r.randrange(1, 12)}:{r.randrange(60):02d} {r.choice(['am', 'pm', 'PM', 'AM'])}",
            "exp": f"{r.randrange(1, 13):02d}/{r.randrange(25, 32)}",
            "last4": self.last4,
            "other4": f"{r.randrange(10000):04d}",
            "zip": f"{r.randrange(1001, 99950):05d}",
            "phone": r.choice(
                [
                    f"({r.randrange(201, 989)}) {r.randrange(200, 999)}-{r.randrange(10000):04d}",
                    f"{r.randrange(201, 989)}-{r.randrange(200, 999)}-{r.randrange(10000):04d}",
                    f"+52 55 {r.randrange(1000, 9999)} {r.randrange(1000, 9999)}",
                    f"+57 3{r.randrange(10, 25)} {r.randrange(100, 999)} {r.randrange(1000, 9999)}",
                ]
            ),
            "phone4": f"{r.randrange(10000):04d}",
            "ref": r.choice(
                [
                    f"CS-{r.randrange(100000, 999999)}",
                    f"{r.randrange(10**7, 10**8)}",
                    f"INC{r.randrange(10**6, 10**7)}",
                    f"#{r.randrange(10**5, 10**6)}",
                    f"DSP-{r.randrange(2023, 2026)}-{r.randrange(1000, 99999)}",
                ]
            ),
            "longref": luhn_invalid(
                r, r.choice([13, 14, 15, 16, 16, 18, 19]), r.choice(["", "4", "5", "9", "0"])
            ),
            "tracking": r.choice(
                [
                    "9400" + "".join(str(r.randrange(10)) for _ in range(18)),
                    "1Z" + "".join(r.choice("0123456789ABCDEFX") for _ in range(16)),
                    "".join(str(r.randrange(10)) for _ in range(12)),
                ]
            ),
            "masked": r.choice(
                [
                    f"**** **** **** {self.last4}",
                    f"XXXX-XXXX-XXXX-{self.last4}",
                    f"ending in {self.last4}",
                    f"•••• {self.last4}",
                    f"{self.number[:6]}******{self.last4}",
                ]
            ),
            "merchant": r.choice(MERCHANTS),
            "addr": f"{r.randrange(12, 9999)} {r.choice(STREETS)}",
            "city": r.choice(CITIES),
            "agent": self.agent,
            "name": self.name,
            "first": self.name.split()[0],
            "dob": f"{r.randrange(1, 13):02d}/{r.randrange(1, 29):02d}/{r.randrange(1940, 2002)}",
            "n": str(r.randrange(2, 12)),
            "pct": f"{r.randrange(15, 30)}.{r.randrange(100):02d}%",
            "limit": f"${r.randrange(5, 250) * 100:,}",
            "nick": r.choice(
                [
                    "Gas card",
                    "la de emergencias",
                    "Costco Visa",
                    "tarjeta de mi mamá",
                    "Vacation card",
                    "la negra",
                    "Business",
                ]
            ),
            "branch": f"sucursal {r.randrange(100, 999)}",
        }

    def add(
        self,
        role: str,
        pool: Pool | str,
        kind: str = "clean",
        req: tuple[str, ...] = (),
        values: dict[str, str] | None = None,
        **extra: str,
    ) -> Message:
        template = pool if isinstance(pool, str) else self.pick(pool)
        vals = self.base_vals()
        vals.update(values or {})
        vals.update(extra)
        text, labels = fill(template, vals)
        if labels and kind == "clean":
            kind = "secret"
        msg = Message(role=role, text=text, labels=labels, requested=frozenset(req), kind=kind)
        self.msgs.append(msg)
        return msg

    # secret value helpers
    def card(self) -> str:
        return fmt_card(self.rng, self.brand, self.number)

    def cvv(self) -> str:
        n = 4 if self.brand == "amex" else 3
        return "".join(str(self.rng.randrange(10)) for _ in range(n))


# --------------------------------------------------------------------------------------
# Phrase pools
# --------------------------------------------------------------------------------------

AGENT_HELLO: Pool = {
    "en": [
        "Hi, thanks for contacting us! My name is {agent}. How can I help you today?",
        "Hello {first}, this is {agent}. What can I do for you?",
        "Thank you for waiting. You're chatting with {agent}. How may I assist?",
        "Good afternoon! {agent} here from Card Services 😊",
    ],
    "es": [
        "¡Hola! Gracias por comunicarte con nosotros, te atiende {agent}. ¿En qué te puedo ayudar?",
        "Buenas tardes, le saluda {agent}. ¿En qué le puedo servir?",
        "Hola {first}, con gusto le ayudo. Mi nombre es {agent}.",
        "Bienvenido(a) al chat de Tarjetas, soy {agent}. ¿Cuál es su consulta?",
    ],
    "mix": [
        "Hola! Soy {agent}, how can I help you today?",
        "Hi {first}, te atiende {agent}. ¿En qué te ayudo?",
        "Hello, thanks for waiting. Soy {agent}, ¿cómo le puedo ayudar?",
    ],
}
CUST_THANKS: Pool = {
    "en": [
        "ok thank you",
        "Thanks so much, you've been very helpful. Have a blessed day.",
        "great thx",
        "ok. bye",
        "Thank you {agent}!",
        "that's all, thanks",
        "ok got it",
    ],
    "es": [
        "Muchas gracias",
        "Ok gracias, muy amable",
        "gracias, que tenga buen día",
        "Listo, mil gracias",
        "Dale, gracias!",
        "vale, gracias",
        "ok",
    ],
    "mix": ["ok gracias!", "thank you, muy amable", "perfecto, thanks", "ok listo thx"],
}
AGENT_BYE: Pool = {
    "en": [
        "You're welcome! Is there anything else I can help you with today?",
        "My pleasure. Thank you for being a valued cardmember!",
        "Happy to help. Have a great rest of your day.",
        "Anything else before I close the chat?",
    ],
    "es": [
        "Con gusto. ¿Hay algo más en lo que le pueda ayudar?",
        "Fue un placer atenderte. ¡Que tengas excelente día!",
        "A la orden. Gracias por su preferencia.",
        "¿Algo más en lo que te pueda apoyar?",
    ],
    "mix": [
        "De nada! Anything else?",
        "Con gusto, have a good day!",
        "You're welcome, que tenga buen día.",
    ],
}
LEGIT_VERIFY: Pool = {
    "en": [
        "Before we continue, can you confirm the last four digits of the card?",
        "For verification, please provide your date of birth and the billing ZIP code.",
        "Can you verify the name on the account and the billing zip?",
        "Please confirm the last 4 of the card you're calling about.",
        "To verify your identity I'll need your full name and date of birth.",
        "Which card is this about? Just the last four digits, please.",
        "What's the ZIP code on file for the account?",
        "Could you confirm the phone number ending on the account?",
    ],
    "es": [
        "Para validar su identidad, ¿me confirma los últimos 4 dígitos de la tarjeta?",
        "¿Me puede proporcionar su fecha de nacimiento y el código postal de facturación?",
        "Por seguridad, ¿me indica el nombre completo del titular?",
        "¿Me confirma las últimas cuatro cifras del plástico?",
        "Para ubicar su cuenta, ¿me da su fecha de nacimiento por favor?",
        "¿Cuál es el código postal registrado en la cuenta?",
    ],
    "mix": [
        "Para verificar, can you confirm los últimos 4 dígitos de la card?",
        "Necesito your date of birth y el ZIP code de facturación, please.",
        "Can you give me el nombre completo on the account?",
    ],
}
LEGIT_CUST: Pool = {
    "en": [
        "last four {last4}",
        "{dob}, zip {zip}",
        "{name}. zip is {zip}",
        "it ends in {last4}",
        "DOB {dob}",
        "the one ending {last4}",
    ],
    "es": [
        "termina en {last4}",
        "{dob}, CP {zip}",
        "{name}, código postal {zip}",
        "los últimos son {last4}",
        "nací el {dob}",
    ],
    "mix": ["termina en {last4}", "my DOB es {dob}", "zip {zip}, last 4 {last4}"],
}
REMINDER: Pool = {
    "en": [
        "Just a reminder: we will never ask for your full card number, PIN, or password in this chat.",
        "Please don't share your security code or one-time passcode with anyone, including us.",
        "For your security, never give out the verification code we text you. We'll never call or chat asking for it.",
        "Tip: if anyone asks for your PIN claiming to be from the bank, it's a scam. Hang up and call the number on the back of your card.",
        "I've sent a verification request to the app. Please approve it there — no need to type anything here.",
    ],
    "es": [
        "Le recordamos que nunca le pediremos su NIP, contraseña ni el número completo de la tarjeta por este medio.",
        "Por su seguridad, no comparta el código que le llega por SMS con nadie, ni siquiera con nosotros.",
        "Recuerde: el código de seguridad de la tarjeta es personal, no lo comparta.",
        "Si alguien le pide su clave diciendo que es del banco, es fraude. Cuelgue y llame al número al reverso de su tarjeta.",
        "Le envié una notificación a la app para validar, solo apruébela ahí por favor.",
    ],
    "mix": [
        "Remember, nunca te vamos a pedir tu PIN o password por chat.",
        "Por favor no compartas el code que te llega by text con nadie.",
        "Just FYI: el CVV es solo para ti, never share it.",
    ],
}

# Forbidden agent asks by type (trainee slips, scammers).
ASK: dict[str, Pool] = {
    CC: {
        "en": [
            "Can you type out the full card number for me so I can pull it up?",
            "I'll need the 16 digits on the front of the card please.",
            "Ok please send me the complete card number, all of it.",
            "What's the long number on your card? The whole thing.",
            "To locate the account, give me the card number from start to end.",
            "Can you read me the number printed on the card?",
        ],
        "es": [
            "¿Me puede escribir el número completo de la tarjeta?",
            "Necesito los 16 dígitos del plástico por favor.",
            "Pásame el número de tarjeta completito para buscarte.",
            "¿Cuál es el número de la tarjeta? Todos los dígitos por favor.",
            "Regáleme el número completo de la tarjeta para validar.",
        ],
        "mix": [
            "Can you send me el número completo de la card?",
            "Necesito the full card number, todos los dígitos.",
            "Please escribe el card number completo.",
        ],
    },
    CVV: {
        "en": [
            "And the 3 digit code on the back?",
            "What's the security code on the back of the card?",
            "I also need the CVV to verify the card.",
            "Please provide the CVC as well.",
            "Can you flip the card over and read me the three numbers by the signature strip?",
        ],
        "es": [
            "¿Y los 3 dígitos del reverso?",
            "¿Me da el código de seguridad de la tarjeta?",
            "Necesito también el CVV por favor.",
            "Voltee la tarjeta y dígame los tres numeritos de atrás.",
        ],
        "mix": ["Y el CVV please, the 3 digits de atrás.", "Send me el security code también."],
    },
    SSN: {
        "en": [
            "Please provide your full Social Security number.",
            "I'll need all 9 digits of your SSN to proceed.",
            "What's your social? The whole number please.",
            "Can you confirm your complete social security number?",
        ],
        "es": [
            "Necesito su número de seguro social completo.",
            "¿Me da los 9 dígitos de su seguro social?",
            "Por favor escriba su SSN completo para continuar.",
        ],
        "mix": [
            "Necesito tu social security number completo, all 9 digits.",
            "What's your seguro social? El número completo.",
        ],
    },
    OTP: {
        "en": [
            "I just sent a code to your phone, can you read it to me?",
            "Please tell me the verification code you received.",
            "What's the 6 digit code we texted you?",
            "Go ahead and send me the one-time passcode so I can verify you.",
            "You should have a text with a code, type it here please.",
        ],
        "es": [
            "Le acabo de enviar un código por SMS, ¿me lo puede dictar?",
            "¿Me comparte el código de verificación que le llegó?",
            "Escríbame el código de 6 dígitos que le enviamos.",
            "Dígame el token que le llegó al celular.",
        ],
        "mix": [
            "Te mandé un code por text, ¿me lo puedes pasar?",
            "Please send me el código que te llegó al cel.",
        ],
    },
    PW: {
        "en": [
            "What's your online banking password? I can log in and check for you.",
            "Can you give me your password so I can reset it on my end?",
            "Please provide the password you use for the app.",
            "What password are you using? I'll see if it matches.",
        ],
        "es": [
            "¿Cuál es su contraseña de la banca en línea?",
            "Pásame tu clave de la app y reviso qué pasa.",
            "¿Me indica la contraseña con la que intenta entrar?",
        ],
        "mix": [
            "¿Cuál es tu password del app? I can check it.",
            "Give me tu contraseña so I can try.",
        ],
    },
    PIN: {
        "en": [
            "What's your current PIN? I need it to change it.",
            "Please confirm your 4 digit PIN.",
            "Can you tell me the PIN you use at the ATM?",
            "Type your PIN here so I can verify it's correct.",
        ],
        "es": [
            "¿Me confirma su NIP actual?",
            "¿Cuál es su PIN de 4 dígitos?",
            "Dígame la clave del cajero para verificarla.",
            "Escríbame su NIP para validar.",
        ],
        "mix": ["What's tu PIN actual?", "Necesito your PIN para verificar."],
    },
}
ASK_COMBO: dict[tuple[str, ...], Pool] = {
    (CC, CVV): {
        "en": [
            "Please send the full card number, expiration and CVV.",
            "I'll need the card number and the 3 digits on the back to process the refund.",
        ],
        "es": [
            "Mándeme el número de la tarjeta, la fecha de vencimiento y el código de atrás.",
            "Necesito número de tarjeta completo y CVV para hacer el reembolso.",
        ],
        "mix": ["Send me el card number completo y el CVV please."],
    },
    (OTP, PIN): {
        "en": ["To cancel the fraudulent charge, read me the code we sent and your PIN."],
        "es": ["Para cancelar el cargo necesito el código que le llegó y su NIP."],
    },
    (SSN, PW): {
        "en": ["Can you give me your SSN and your online password so I can unlock the profile?"],
        "es": ["Deme su seguro social y la contraseña de la app para desbloquear el perfil."],
    },
}
REFUSE: Pool = {
    "en": [
        "Umm I don't think I'm supposed to give that out in a chat?",
        "No. You guys always say never to share that.",
        "I'm not comfortable sending that here.",
        "Isn't that against your own rules? I'll call instead.",
        "why do you need that?? you already verified me",
    ],
    "es": [
        "Mmm no, eso no se debe dar por chat, ¿verdad?",
        "No, ustedes mismos dicen que no se comparte eso.",
        "Prefiero no darlo por aquí.",
        "¿Para qué lo necesita? Ya me verificó.",
    ],
    "mix": ["No way, eso no se comparte por chat.", "Hmm I'd rather not, ¿es necesario?"],
}
SUPERVISOR_FIX: Pool = {
    "en": [
        "I apologize, please disregard that — you don't need to share that. The last four digits are enough.",
        "Sorry about that! My mistake. Please don't send that here; I have what I need.",
        "You're right, I'm sorry. We don't need it. Let's continue with the last 4 only.",
    ],
    "es": [
        "Disculpe, no es necesario, con los últimos 4 dígitos es suficiente.",
        "Tiene razón, una disculpa. No lo envíe por aquí.",
        "Perdón, me equivoqué. No necesito ese dato.",
    ],
    "mix": ["Sorry, my mistake, no lo mandes. Con los last 4 es suficiente."],
}


# --------------------------------------------------------------------------------------
# Scenarios
# --------------------------------------------------------------------------------------


def opening(c: Ctx) -> None:
    c.add("agent", AGENT_HELLO)


def closing(c: Ctx) -> None:
    if c.rng.random() < 0.7:
        c.add("customer", CUST_THANKS)
    if c.rng.random() < 0.6:
        c.add("agent", AGENT_BYE)


def verify(c: Ctx) -> None:
    c.add("agent", LEGIT_VERIFY, kind="legit_verify")
    c.add("customer", LEGIT_CUST)


def s_balance(c: Ctx) -> None:
    opening(c)
    c.add(
        "customer",
        {
            "en": [
                "hi whats my balance and when is the payment due",
                "Hello. I made a payment of {amt} on {date} but it still shows past due??",
                "How much is my minimum payment this month",
                "i want to set up autopay for the statement balance",
                "Why was I charged a late fee of {amt2}? I paid on {date}!",
            ],
            "es": [
                "Hola, quiero saber mi saldo y la fecha límite de pago",
                "Buenas, hice un pago de {amt} el {date} y no se refleja",
                "¿Cuánto es el pago mínimo de este mes?",
                "Me cobraron {amt2} de comisión por pago tardío y yo pagué el {date}",
                "quiero domiciliar el pago de mi tarjeta",
            ],
            "mix": [
                "Hola, quiero saber my balance y cuándo es el due date",
                "Hice un payment de {amt} el {date} pero no aparece",
                "me cobraron un late fee de {amt2}, why??",
            ],
        },
    )
    verify(c)
    c.add(
        "agent",
        {
            "en": [
                "Thank you. Your current balance is {amt} and the minimum payment of {amt2} is due {date}.",
                "I see the payment of {amt} posted on {date}. It can take 1-2 business days to reflect.",
                "I've reversed the {amt2} late fee as a courtesy. You'll see the credit in {n} business days.",
                "Autopay is now set for the statement balance from your checking account ending in {other4}.",
            ],
            "es": [
                "Gracias. Su saldo actual es de {amt} y el pago mínimo de {amt2} vence el {date}.",
                "Veo el pago de {amt} aplicado el {date}, puede tardar de 1 a 2 días hábiles.",
                "Le bonifiqué la comisión de {amt2}. Se verá reflejado en {n} días hábiles.",
                "Listo, quedó domiciliado a la cuenta terminación {other4}.",
            ],
            "mix": [
                "Your balance es {amt}, el minimum payment de {amt2} vence el {date}.",
                "Ya te reversé el late fee de {amt2}, lo vas a ver en {n} días.",
            ],
        },
    )
    if c.rng.random() < 0.4:
        c.add(
            "customer",
            {
                "en": [
                    "ok and what's my APR? I thought it was lower",
                    "can i pay {amt2} today by phone at {time}?",
                ],
                "es": [
                    "¿y cuál es la tasa de interés? Pensé que era menor",
                    "¿puedo pagar {amt2} hoy en el {branch}?",
                ],
                "mix": ["ok y cuál es el APR?"],
            },
        )
        c.add(
            "agent",
            {
                "en": [
                    "Your purchase APR is {pct}.",
                    "Yes, payments made before 8 PM ET post the same day.",
                ],
                "es": ["Su tasa anual es de {pct}.", "Sí, el pago se refleja el mismo día."],
            },
        )
    if c.rng.random() < 0.3:
        c.add("agent", REMINDER, kind="reminder")
    closing(c)


def s_dispute_clean(c: Ctx) -> None:
    opening(c)
    c.add(
        "customer",
        {
            "en": [
                "There's a charge from {merchant} for {amt} on {date} that I didn't make",
                "I see 3 charges from {merchant} I don't recognize, total {amt}",
                "someone used my card at {merchant} {date} at like {time}",
                "I was charged twice for the same order at {merchant}, order number {ref}",
            ],
            "es": [
                "Tengo un cargo de {merchant} por {amt} el {date} que no reconozco",
                "Me aparecen 3 cargos de {merchant} que yo no hice",
                "alguien usó mi tarjeta en {merchant} el {date} a las {time}",
                "Me cobraron doble en {merchant}, el pedido es {ref}",
            ],
            "mix": [
                "Tengo un charge de {merchant} por {amt} que I didn't make",
                "me cobraron twice en {merchant}, order {ref}",
            ],
        },
    )
    verify(c)
    c.add(
        "agent",
        {
            "en": [
                "I've opened dispute {ref} for {amt}. A new card ending in a different number will arrive in {n} business days.",
                "Thanks. I see the transaction {masked}. I've blocked the card and filed the claim, reference {ref}.",
                "Provisional credit of {amt} has been applied while we investigate. Your case number is {ref}.",
            ],
            "es": [
                "Abrí la aclaración {ref} por {amt}. Le llegará un plástico nuevo en {n} días hábiles.",
                "Ya bloqueé la tarjeta {masked} y levanté el reporte con folio {ref}.",
                "Le aplicamos un abono provisional de {amt} mientras investigamos, folio {ref}.",
            ],
            "mix": [
                "Ya abrí el dispute {ref} por {amt}. Tu new card llega en {n} días.",
                "Bloqueé la card {masked}, case number {ref}.",
            ],
        },
    )
    if c.rng.random() < 0.5:
        c.add(
            "customer",
            {
                "en": [
                    "the merchant's reference on my statement says {longref}, do you need that?",
                    "ok my case number is {ref} right? writing it down",
                    "do I need to do anything with the old card ending {last4}?",
                ],
                "es": [
                    "en el estado de cuenta dice referencia {longref}, ¿le sirve?",
                    "¿el folio es {ref}? lo anoto",
                    "¿qué hago con la tarjeta vieja terminación {last4}?",
                ],
                "mix": ["el statement dice reference {longref}, lo necesitas?"],
            },
        )
        c.add(
            "agent",
            {
                "en": [
                    "No need, I have everything. Please cut the old card in half.",
                    "Correct, that's your case number.",
                ],
                "es": [
                    "No es necesario, ya tengo todo. Puede destruir la tarjeta anterior.",
                    "Correcto, ese es su folio.",
                ],
            },
        )
    closing(c)


def s_travel(c: Ctx) -> None:
    opening(c)
    c.add(
        "customer",
        {
            "en": [
                "Going to {city} from {date} for {n} days, do I need to tell you guys?",
                "travel notice pls. mexico + colombia, leaving {date}",
                "My card got declined at a hotel in {city} yesterday at {time}. I'm traveling!",
            ],
            "es": [
                "Voy a viajar a {city} el {date}, ¿tengo que avisar?",
                "me rechazaron la tarjeta en un hotel en {city}, estoy de viaje",
                "Quisiera registrar un viaje a Estados Unidos del {date} por {n} días",
            ],
            "mix": [
                "Voy de travel a {city} el {date}, need to avisar?",
                "me declinaron la card en {city} yesterday",
            ],
        },
    )
    if c.rng.random() < 0.6:
        verify(c)
    c.add(
        "agent",
        {
            "en": [
                "You don't need a travel notice anymore, but I've added a note. The decline was a security check; it's cleared now.",
                "All set! Your card ending in {last4} is good to use abroad. Foreign transaction fee is 0%.",
            ],
            "es": [
                "Ya no es necesario avisar, pero dejé una nota. El rechazo fue por seguridad y ya está liberado.",
                "Listo, su tarjeta terminación {last4} está habilitada para usarse en el extranjero.",
            ],
            "mix": ["All set, tu card {masked} ya funciona abroad."],
        },
    )
    closing(c)


def s_tracking(c: Ctx) -> None:
    opening(c)
    c.add(
        "customer",
        {
            "en": [
                "where is my replacement card?? ordered it {date}",
                "Card never arrived. It's been {n} days.",
                "I moved to {addr}, {city} {zip} - did my new card go to the old address?",
            ],
            "es": [
                "¿Dónde está mi tarjeta de reposición? La pedí el {date}",
                "No me ha llegado el plástico, ya van {n} días",
                "Me mudé a {addr}, CP {zip}, ¿a dónde mandaron la tarjeta?",
            ],
            "mix": [
                "Where is mi new card? la pedí el {date}",
                "no me ha llegado la card, ya son {n} days",
            ],
        },
    )
    verify(c)
    c.add(
        "agent",
        {
            "en": [
                "It shipped on {date}. Tracking number: {tracking}",
                "Your card {masked} was mailed to {addr}. The tracking is {tracking}.",
                "It's out for delivery, tracking {tracking}.",
            ],
            "es": [
                "Se envió el {date}. Número de guía: {tracking}",
                "El plástico {masked} se envió a {addr}. Guía {tracking}.",
                "Va en camino, guía {tracking}.",
            ],
            "mix": ["Se envió el {date}, tracking number {tracking}."],
        },
    )
    if c.rng.random() < 0.4:
        c.add(
            "customer",
            {
                "en": ["the tracking says {tracking} is delivered but I don't have it"],
                "es": ["la guía {tracking} dice entregado pero no tengo nada"],
            },
        )
        c.add(
            "agent",
            {
                "en": [
                    "I'm sorry! I've canceled that card and ordered a new one with expedited shipping, no charge."
                ],
                "es": [
                    "Lo siento, cancelé ese plástico y pedí uno nuevo con envío express sin costo."
                ],
            },
        )
    closing(c)


def s_address(c: Ctx) -> None:
    opening(c)
    c.add(
        "customer",
        {
            "en": [
                "I need to update my address to {addr}, {city} {zip}. And phone {phone}",
                "new phone number is {phone}, old one was disconnected",
                "please change the email and mailing address. {addr} apt {n}, zip {zip}",
            ],
            "es": [
                "Necesito actualizar mi dirección: {addr}, {city}, CP {zip}. Y mi cel {phone}",
                "Cambié de número, el nuevo es {phone}",
                "Cambio de domicilio a {addr} #{n}, código postal {zip}",
            ],
            "mix": ["Necesito update mi address a {addr}, {city} {zip}", "mi new phone es {phone}"],
        },
    )
    verify(c)
    c.add(
        "agent",
        {
            "en": [
                "Done. Your address is now {addr}, {city} {zip} and the phone {phone}.",
                "Updated! You'll get a confirmation letter at the new address within {n} days.",
            ],
            "es": [
                "Listo, quedó actualizado: {addr}, {city} {zip}, teléfono {phone}.",
                "Actualizado. Le llegará una carta de confirmación en {n} días.",
            ],
        },
    )
    closing(c)


def s_letter(c: Ctx) -> None:
    opening(c)
    c.add(
        "customer",
        {
            "en": [
                "I got a letter from you dated {date}. It says reference number {longref} and account {masked}. What is this about?",
                "Ok im reading off the letter: Notice ID {ref}, Account number ending {last4}, amount due {amt}",
                "The letter has a long number at the top {longref}. Is that my account number?",
            ],
            "es": [
                "Me llegó una carta con fecha {date}, dice número de referencia {longref} y cuenta {masked}. ¿De qué se trata?",
                "Le leo la carta: Folio {ref}, cuenta terminación {last4}, adeudo {amt}",
                "Arriba de la carta viene un número largo {longref}, ¿es mi número de cuenta?",
            ],
            "mix": [
                "Me llegó una letter, dice reference {longref}, what is it?",
                "La carta dice Notice {ref} y amount due {amt}",
            ],
        },
    )
    c.add(
        "agent",
        {
            "en": [
                "That number is an internal letter reference, not your account. It's the annual privacy notice — no action needed.",
                "That letter is about a change in terms effective {date}. Your APR will be {pct}.",
            ],
            "es": [
                "Ese número es una referencia interna de la carta, no es su cuenta. Es el aviso de privacidad anual.",
                "La carta es por un cambio de condiciones a partir del {date}. Su tasa será de {pct}.",
            ],
            "mix": ["Ese number es solo una referencia interna, no es tu account."],
        },
    )
    if c.rng.random() < 0.5:
        verify(c)
    closing(c)


def s_bot_clean(c: Ctx) -> None:
    c.add(
        "agent",
        {
            "en": [
                "Hi! I'm Ava, your virtual assistant. I can help with balance, payments, and card controls. What do you need?",
                "Virtual Assistant: Please tell me in a few words what you need help with.",
            ],
            "es": [
                "¡Hola! Soy Sofía, tu asistente virtual. Puedo ayudarte con saldo, pagos y bloqueos. ¿Qué necesitas?",
                "Asistente virtual: Cuéntame en pocas palabras en qué te ayudo.",
            ],
            "mix": ["Hi! Soy tu virtual assistant. ¿En qué te ayudo?"],
        },
    )
    for _ in range(c.rng.randrange(1, 4)):
        c.add(
            "customer",
            {
                "en": [
                    "agent",
                    "REPRESENTATIVE",
                    "talk to a human please",
                    "I already told you, I need a PERSON",
                    "this is ridiculous. agent agent agent",
                    "none of those options",
                ],
                "es": [
                    "asesor",
                    "quiero hablar con una persona",
                    "HUMANO",
                    "ya le dije que con un asesor!!",
                    "ninguna de esas opciones",
                    "operador por favor",
                ],
                "mix": ["agente please", "quiero un human, no bot", "REPRESENTANTE please!!"],
            },
        )
        c.add(
            "agent",
            {
                "en": [
                    "I'm sorry, I didn't understand. You can say things like 'pay my bill' or 'lock my card'.",
                    "I can help with that! First, what's this about? Balance / Payments / Lost card / Other",
                ],
                "es": [
                    "Perdón, no entendí. Puedes escribir cosas como 'pagar mi tarjeta' o 'bloquear tarjeta'.",
                    "¡Claro! Antes, elige un tema: Saldo / Pagos / Tarjeta perdida / Otro",
                ],
            },
        )
    c.add(
        "agent",
        {
            "en": ["Connecting you with an agent. Wait time is about {n} minutes."],
            "es": ["Te estoy transfiriendo con un asesor. El tiempo de espera es de {n} minutos."],
            "mix": ["Transferring you to an agent, espera {n} minutos."],
        },
    )
    opening(c)
    c.add(
        "customer",
        {
            "en": [
                "finally. my card keeps getting declined at {merchant}",
                "Why is my credit limit only {limit}?",
            ],
            "es": [
                "por fin. me rechazan la tarjeta en {merchant}",
                "¿por qué mi límite es de solo {limit}?",
            ],
            "mix": ["finally! my card sigue declined en {merchant}"],
        },
    )
    verify(c)
    c.add(
        "agent",
        {
            "en": [
                "I see the decline on {date} at {time} — it was flagged as unusual. I've cleared it, please try again.",
                "Your limit is {limit}; you can request an increase in the app after {n} months.",
            ],
            "es": [
                "Veo el rechazo del {date} a las {time}, se marcó como inusual. Ya lo liberé, intente de nuevo.",
                "Su límite es {limit}; puede solicitar un aumento en la app después de {n} meses.",
            ],
        },
    )
    closing(c)


def s_scam_report(c: Ctx) -> None:
    opening(c)
    c.add(
        "customer",
        {
            "en": [
                "I got this text: 'ALERT: Your card is locked. Reply with your card number and PIN to unlock.' Is that you guys??",
                "Someone called saying they're from your fraud department and asked me for the code they texted me. I hung up. Was that real?",
                "I got an email asking me to verify my SSN and password at a weird link. I didn't click",
                "a man on whatsapp said he was from the bank and wanted my CVV to 'cancel a purchase'",
            ],
            "es": [
                "Me llegó este mensaje: 'Su tarjeta fue bloqueada, responda con su número de tarjeta y NIP'. ¿Son ustedes?",
                "Me llamaron diciendo que eran del banco y me pidieron el código que me llegó por SMS. Colgué. ¿Era real?",
                "Me escribieron por WhatsApp pidiendo mi CVV para cancelar una compra, no les di nada",
                "Recibí un correo para 'verificar' mi contraseña, no le piqué",
            ],
            "mix": [
                "Me llegó un text diciendo que mi card está locked y que mande mi PIN, is that you?",
                "Un señor me llamó del 'fraud department' pidiendo el code, I hung up",
            ],
        },
    )
    c.add(
        "agent",
        {
            "en": [
                "Good call — that was not us. We never ask for your PIN, passcodes or full card number by text, phone or chat.",
                "That's a scam. Please don't respond. We will never ask for your verification code.",
            ],
            "es": [
                "Hizo muy bien, no fuimos nosotros. Nunca pedimos NIP, códigos ni el número completo de la tarjeta.",
                "Eso es fraude. No responda. Nunca le vamos a pedir el código de verificación.",
            ],
            "mix": ["Good call, that was a scam. Nunca pedimos tu PIN ni codes."],
        },
        kind="reminder",
    )
    verify(c)
    c.add(
        "agent",
        {
            "en": ["Your account looks fine, no unusual activity since {date}."],
            "es": ["Su cuenta se ve bien, sin movimientos inusuales desde el {date}."],
        },
    )
    closing(c)


def s_elderly_clean(c: Ctx) -> None:
    opening(c)
    c.add(
        "customer",
        {
            "en": [
                "Hello dear. My name is {name} and I am {n}8 years old, I have had this card since {year} when my late husband opened it. I live at {addr} in {city}. My daughter usually helps me but she is at work. I am trying to understand why my bill is {amt} when I only bought groceries.",
                "Good morning. I do not use computers much so forgive me. My grandson set this up. My phone number is {phone} if you need to call. I want to know about a charge from {date} for {amt}.",
                "Hi I'm writing from my tablet. I got a statement and the numbers are very small. Can you tell me what I owe? My account ends in {last4}, I believe. I was born in {year}.",
            ],
            "es": [
                "Buenos días, disculpe, soy {name}, tengo {n}5 años y no sé mucho de esto. Tengo la tarjeta desde {year}. Vivo en {addr}, {city}. Mi hija me ayuda pero hoy no está. Quiero saber por qué me llegó un cobro de {amt}.",
                "Buenas tardes señorita, mi nieto me instaló esto. Mi teléfono es {phone} por si me quiere marcar. Me aparece un cargo del {date} por {amt}.",
                "Hola, le escribo desde la tablet. No veo bien el estado de cuenta, ¿cuánto debo? Mi tarjeta termina en {last4} creo.",
            ],
            "mix": [
                "Hello mija, soy {name}, I have the card since {year}. Quiero saber why my bill es {amt}.",
                "Hi, mi nieto me puso esto. My phone es {phone}. Tengo un charge del {date}.",
            ],
        },
    )
    c.add(
        "agent",
        {
            "en": ["Of course, {first}, take your time. I'm happy to help."],
            "es": ["Claro que sí, {first}, con calma, con gusto le ayudo."],
            "mix": ["Of course {first}, con calma."],
        },
    )
    verify(c)
    c.add(
        "agent",
        {
            "en": [
                "The {amt} includes your purchases at {merchant} plus the annual fee. Your minimum payment is {amt2}, due {date}."
            ],
            "es": [
                "Los {amt} incluyen sus compras en {merchant} y la anualidad. Su pago mínimo es de {amt2} con vencimiento el {date}."
            ],
        },
    )
    c.add(
        "customer",
        {
            "en": [
                "Oh I see. My husband used to handle this. Thank you for your patience, I will mail a check for {amt2}. Should I write my account number on it?",
                "thank you dear, God bless",
            ],
            "es": [
                "Ah ya entendí. Mi esposo se encargaba de esto. Gracias por la paciencia.",
                "gracias mija, Dios la bendiga",
            ],
            "mix": ["ok thank you mija, Dios la bendiga"],
        },
    )
    c.add(
        "agent",
        {
            "en": [
                "You're very welcome! On the check you can just write the last four digits, {last4}.",
                "It was my pleasure, {first}.",
            ],
            "es": ["¡Con mucho gusto, {first}!"],
        },
    )


def s_trainee_refused(c: Ctx) -> None:
    opening(c)
    c.add(
        "customer",
        {
            "en": [
                "i need to dispute a charge from {merchant}",
                "my card was stolen",
                "I can't log into the app",
            ],
            "es": [
                "quiero reclamar un cargo de {merchant}",
                "me robaron la tarjeta",
                "no puedo entrar a la app",
            ],
            "mix": ["quiero dispute un charge de {merchant}", "me robaron la card"],
        },
    )
    typ = c.rng.choice([CC, CC, CVV, SSN, OTP, PW, PIN])
    if c.rng.random() < 0.25:
        combo = c.rng.choice(list(ASK_COMBO))
        c.add("agent", ASK_COMBO[combo], kind="ask_trainee", req=combo)
    else:
        c.add("agent", ASK[typ], kind="ask_trainee", req=(typ,))
    c.add("customer", REFUSE)
    c.add("agent", SUPERVISOR_FIX, kind="agent_clean")
    verify(c)
    c.add(
        "agent",
        {
            "en": ["Thank you. I've taken care of it; reference {ref}."],
            "es": ["Gracias, ya quedó; su folio es {ref}."],
            "mix": ["Thanks, ya quedó, reference {ref}."],
        },
    )
    closing(c)


def s_rewards(c: Ctx) -> None:
    opening(c)
    c.add(
        "customer",
        {
            "en": [
                "how many points do I have? want to redeem for a statement credit",
                "Can I add my wife as an authorized user? her DOB is {dob}",
                "is there an annual fee on this card? it's the one I call '{nick}'",
                "can you raise my limit to {limit}? I make about {amt} a month",
            ],
            "es": [
                "¿Cuántos puntos tengo? Los quiero cambiar",
                "¿Puedo agregar a mi esposo como adicional? Nació el {dob}",
                "¿Esta tarjeta cobra anualidad? Es la que tengo como '{nick}'",
                "¿Me pueden subir el límite a {limit}? Gano como {amt} al mes",
            ],
            "mix": [
                "Cuántos points tengo? quiero redeem",
                "Can I add a mi esposa como authorized user?",
            ],
        },
    )
    verify(c)
    c.add(
        "agent",
        {
            "en": [
                "You have {n},{other4} points, worth {amt2}. Redeemed!",
                "Done, the authorized user card will arrive in {n} business days.",
                "The annual fee is {amt2}, billed in {date}.",
                "I've submitted the increase request; decision reference {ref}.",
            ],
            "es": [
                "Tiene {n},{other4} puntos, equivalentes a {amt2}.",
                "Listo, la tarjeta adicional llega en {n} días hábiles.",
                "La anualidad es de {amt2} y se cobra en {date}.",
                "Envié la solicitud de aumento, folio {ref}.",
            ],
        },
    )
    closing(c)


# ---- scenarios with secrets ---------------------------------------------------------


def s_card_volunteer(c: Ctx) -> None:
    opening(c)
    amex = c.brand == "amex"
    code_word = "CID" if amex and c.lang != "es" else ("código de 4 dígitos" if amex else "CVV")
    c.add(
        "customer",
        {
            "en": [
                "I lost my wallet. card number is {card}",
                "hi my card {card} was charged {amt} by {merchant} and I did NOT do that",
                "Card: {card} please block it asap",
                "{card} this one. stolen.",
                "i think my card is compromised, the number is {card} exp {exp}",
                "My card number is {card}, I want to know why it was declined today at {time}",
            ],
            "es": [
                "Perdí mi cartera, el número de la tarjeta es {card}",
                "me hicieron un cargo de {amt} en {merchant} a la tarjeta {card} y yo no fui",
                "Tarjeta {card}, por favor bloquéenla ya",
                "{card} esa es, me la robaron",
                "creo que clonaron mi tarjeta {card} vence {exp}",
                "mi tarjeta {card} me la rechazaron hoy",
            ],
            "mix": [
                "perdí mi wallet, la card es {card}",
                "Me hicieron un charge de {amt} a la card {card}, I didn't do it",
                "block this card please: {card}",
            ],
        },
        card=c.card(),
    )
    if c.rng.random() < 0.45:
        c.add(
            "customer",
            {
                "en": [
                    "and the code on back is {cvv} if u need it",
                    "security code {cvv}",
                    "exp {exp} cvv {cvv}",
                    f"the {code_word} is {{cvv}}",
                ],
                "es": [
                    "y el código de atrás es {cvv} por si lo ocupa",
                    "código de seguridad {cvv}",
                    "vence {exp}, cvv {cvv}",
                    f"el {code_word} es {{cvv}}",
                ],
                "mix": ["y el CVV es {cvv} si lo need", "exp {exp} y security code {cvv}"],
            },
            cvv=c.cvv(),
        )
    c.add("agent", REMINDER, kind="reminder")
    if c.rng.random() < 0.6:
        verify(c)
    c.add(
        "agent",
        {
            "en": ["I've blocked the card {masked} and a replacement is on the way. Claim {ref}."],
            "es": ["Ya bloqueé la tarjeta {masked} y le enviamos una nueva. Folio {ref}."],
            "mix": ["Ya bloqueé la card {masked}, claim {ref}."],
        },
    )
    closing(c)


def s_card_split(c: Ctx) -> None:
    opening(c)
    c.add(
        "customer",
        {
            "en": [
                "i need to report fraud. ill send the card number",
                "my card got stolen hold on getting the number",
                "ok here's the card",
            ],
            "es": [
                "quiero reportar fraude, le paso el número de la tarjeta",
                "me robaron la tarjeta, espere busco el número",
                "va, le paso la tarjeta",
            ],
            "mix": ["quiero report fraud, te paso el card number", "hold on, busco la card"],
        },
    )
    groups = chunk(c.number, groups_for(c.brand, len(c.number)))
    nparts = c.rng.choice([2, 2, 3, len(groups)]) if len(groups) > 2 else 2
    nparts = min(nparts, len(groups))
    # distribute groups over nparts messages
    cuts = sorted(c.rng.sample(range(1, len(groups)), nparts - 1))
    bounds = [0, *cuts, len(groups)]
    sep = c.rng.choice([" ", "-", ""])
    pieces = [sep.join(groups[bounds[i] : bounds[i + 1]]) for i in range(nparts)]
    for i, piece in enumerate(pieces):
        last = i == len(pieces) - 1
        if i == 0:
            c.add(
                "customer",
                {
                    "en": ["{part}", "first part {part}", "{part}...", "it starts {part}"],
                    "es": ["{part}", "empieza con {part}", "{part}..", "los primeros: {part}"],
                    "mix": ["{part}", "first: {part}"],
                },
                kind="card_split",
                part=piece,
            )
        elif last:
            c.add(
                "customer",
                {
                    "en": [
                        "{lastpart}",
                        "{lastpart} thats it",
                        "and {lastpart}",
                        "last ones {lastpart}",
                    ],
                    "es": [
                        "{lastpart}",
                        "{lastpart} y ya",
                        "y {lastpart}",
                        "los últimos {lastpart}",
                    ],
                    "mix": ["{lastpart}", "y {lastpart} that's all"],
                },
                kind="card_split",
                lastpart=piece,
            )
        else:
            c.add(
                "customer",
                {"en": ["{part}", "then {part}"], "es": ["{part}", "luego {part}"]},
                kind="card_split",
                part=piece,
            )
    c.add("agent", REMINDER, kind="reminder")
    verify(c)
    c.add(
        "agent",
        {
            "en": ["Card {masked} is now blocked. Claim {ref}."],
            "es": ["La tarjeta {masked} ya quedó bloqueada. Folio {ref}."],
            "mix": ["La card {masked} ya está blocked. Claim {ref}."],
        },
    )
    closing(c)


def s_card_disguised(c: Ctx) -> None:
    opening(c)
    c.add(
        "customer",
        {
            "en": ["my card keeps getting declined", "need to check a charge"],
            "es": ["me siguen rechazando la tarjeta", "quiero revisar un cargo"],
            "mix": ["my card sigue declined"],
        },
    )
    c.add("agent", LEGIT_VERIFY, kind="legit_verify")
    c.add(
        "customer",
        {
            "en": [
                "my card is {card}",
                "idk the last 4 lol here's all of it {card}",
                "I'll write it so the bots don't read it: {card}",
                "number: {card}",
            ],
            "es": [
                "mi tarjeta es {card}",
                "no sé cuáles son, le doy todo: {card}",
                "se lo escribo así para que no lo lean los robots: {card}",
                "número: {card}",
            ],
            "mix": ["mi card es {card}", "no sé, here is everything: {card}"],
        },
        kind="card_disguised",
        card=disguise_card(c.rng, c.brand, c.number, c.lang),
    )
    c.add("agent", REMINDER, kind="reminder")
    c.add(
        "agent",
        {
            "en": [
                "I found the account. The declines were due to the card being past its expiration; a new one shipped {date}."
            ],
            "es": [
                "Ya encontré la cuenta. Los rechazos eran porque el plástico venció; el nuevo se envió el {date}."
            ],
        },
    )
    closing(c)


def s_notes_paste(c: Ctx) -> None:
    opening(c)
    c.add(
        "customer",
        {
            "en": [
                "need help with a payment that didn't go through",
                "can u check my card, copying from my notes",
            ],
            "es": ["necesito ayuda con un pago que no pasó", "le copio los datos de mis notas"],
            "mix": ["te copio de mis notes"],
        },
    )
    cvv = c.cvv()
    if c.rng.random() < 0.3:
        tmpl = c.pick(
            {
                "en": [
                    "Visa\n{card}\nexp {exp}\ncvv {cvv}\nonline pw: {pw}",
                    "BANK CARD\nnum: {card}\nexp: {exp}\nsec: {cvv}\napp password {pw}",
                ],
                "es": ["Tarjeta\n{card}\nvence {exp}\ncvv {cvv}\nclave app: {pw}"],
                "mix": ["Card\n{card}\nexp {exp}\ncvv {cvv}\npassword: {pw}"],
            }
        )
        c.add("customer", tmpl, kind="notes", card=c.card(), cvv=cvv, pw=make_pw(c.rng))
    else:
        c.add(
            "customer",
            {
                "en": [
                    "{name}\n{card}\n{exp}\n{cvv}",
                    "Card number: {card}\nExpiration: {exp}\nCVV: {cvv}\nZip: {zip}",
                    "📝 card {card} / {exp} / {cvv}",
                    "{card} {exp} {cvv}",
                ],
                "es": [
                    "{name}\n{card}\n{exp}\n{cvv}",
                    "Número: {card}\nVencimiento: {exp}\nCódigo: {cvv}\nCP: {zip}",
                    "📝 tarjeta {card} / {exp} / {cvv}",
                ],
            },
            kind="notes",
            card=c.card(),
            cvv=cvv,
        )
    c.add(
        "agent",
        {
            "en": [
                "Please don't send card details here — I've removed them. I can see the payment attempt of {amt} on {date}; it failed because the routing number was wrong."
            ],
            "es": [
                "Por favor no envíe los datos de la tarjeta por aquí. Veo el intento de pago de {amt} el {date}; falló porque la CLABE estaba mal."
            ],
            "mix": [
                "Please no mandes datos de la card aquí. El payment de {amt} falló por la cuenta."
            ],
        },
        kind="reminder",
    )
    closing(c)


def s_ssn(c: Ctx) -> None:
    opening(c)
    c.add(
        "customer",
        {
            "en": [
                "I applied for a card on {date} and never heard back",
                "want to check status of my application",
                "I was denied and I want to know why",
            ],
            "es": [
                "Solicité una tarjeta el {date} y no me han respondido",
                "quiero saber el estatus de mi solicitud",
                "me la negaron y quiero saber por qué",
            ],
            "mix": ["Apliqué para una card el {date}, what's the status?"],
        },
    )
    c.add(
        "agent",
        {
            "en": [
                "I can help. Can you give me the application reference number, or the last 4 of your SSN and your date of birth?",
                "Sure. Please verify your date of birth and the ZIP code you applied with.",
            ],
            "es": [
                "Con gusto. ¿Me da el número de solicitud, o los últimos 4 del seguro social y su fecha de nacimiento?",
                "Claro. Confirme su fecha de nacimiento y el código postal con el que aplicó.",
            ],
            "mix": ["Sure, dame el application number o los last 4 of your SSN y tu DOB."],
        },
        kind="legit_verify",
    )
    ssn = make_ssn(c.rng)
    c.add(
        "customer",
        {
            "en": [
                "ssn {ssn} dob {dob}",
                "my social is {ssn}",
                "{ssn} and I was born {dob}",
                "don't have the reference. Social security {ssn}",
                "I don't know if the last four is enough so here's the whole thing {ssn}",
            ],
            "es": [
                "mi seguro social es {ssn}",
                "SSN {ssn}, nací el {dob}",
                "no tengo el número, le doy el social: {ssn}",
                "{ssn} fecha de nac {dob}",
            ],
            "mix": ["mi social es {ssn}", "SSN {ssn}, DOB {dob}"],
        },
        ssn=ssn,
    )
    if c.rng.random() < 0.15:
        ssn2 = make_ssn(c.rng)
        c.add(
            "customer",
            {
                "en": ["sorry typo, it's {ssn}"],
                "es": ["perdón me equivoqué, es {ssn}"],
                "mix": ["sorry, es {ssn}"],
            },
            ssn=ssn2,
        )
    c.add("agent", REMINDER, kind="reminder")
    c.add(
        "agent",
        {
            "en": [
                "Your application {ref} needs a copy of your ID. Please upload it in the app.",
                "I found it. The decision letter was mailed {date}; the main reason was a credit freeze.",
            ],
            "es": [
                "Su solicitud {ref} necesita copia de identificación. Súbala en la app.",
                "La encontré. La carta se envió el {date}; el motivo fue un bloqueo en el buró.",
            ],
        },
    )
    closing(c)


def s_otp(c: Ctx) -> None:
    opening(c)
    c.add(
        "customer",
        {
            "en": [
                "trying to log in and it's asking for a code",
                "I'm not getting the verification text",
                "the app says enter code but i dont know where",
            ],
            "es": [
                "intento entrar y me pide un código",
                "no me llega el SMS de verificación",
                "la app me pide un token y no sé dónde ponerlo",
            ],
            "mix": ["la app me pide un code", "no me llega el text con el código"],
        },
    )
    c.add(
        "agent",
        {
            "en": [
                "I've sent a new code to the phone ending in {phone4}. Please enter it in the app only.",
                "A code was sent by text. Type it on the login screen, not here.",
            ],
            "es": [
                "Le envié un nuevo código al celular terminación {phone4}. Ingréselo solo en la app.",
                "Se le envió un código por SMS. Escríbalo en la pantalla de acceso, no aquí.",
            ],
            "mix": ["Te mandé un new code al phone terminado en {phone4}. Ponlo solo en la app."],
        },
        kind="reminder",
    )
    c.add(
        "customer",
        {
            "en": [
                "got it its {otp}",
                "{otp}",
                "is it {otp}? it says expires in 10 min",
                "the code is {otp} but it says invalid",
                "ok I got {otp} from {phone4}... wait where do I put it",
            ],
            "es": [
                "ya me llegó es {otp}",
                "{otp}",
                "¿es el {otp}? dice que vence en 10 min",
                "el código es {otp} pero dice inválido",
            ],
            "mix": ["ya llegó, it's {otp}", "el code es {otp} pero dice invalid"],
        },
        otp=make_otp(c.rng),
    )
    c.add("agent", REMINDER, kind="reminder")
    c.add(
        "agent",
        {
            "en": [
                "That code has now been used, so I've sent a fresh one. Enter it directly in the app."
            ],
            "es": ["Ese código ya no sirve; le envié otro. Ingréselo directamente en la app."],
            "mix": ["Ese code ya no sirve, te mandé otro. Ponlo en la app."],
        },
    )
    closing(c)


def s_password(c: Ctx) -> None:
    opening(c)
    c.add(
        "customer",
        {
            "en": [
                "I'm locked out. my password is {pw} and it says wrong",
                "can't log in, I've tried {pw} like 5 times",
                "User {first}{other4}, password {pw}. Not working!!",
                "i changed my password to {pw} last week and now it doesnt work",
            ],
            "es": [
                "Me bloquearon. Mi contraseña es {pw} y dice incorrecta",
                "no puedo entrar, ya puse {pw} como 5 veces",
                "usuario {first}{other4} contraseña {pw}, no funciona",
                "cambié la clave a {pw} y ya no me deja",
            ],
            "mix": [
                "Estoy locked out, mi password es {pw}",
                "no puedo log in, ya intenté {pw} five times",
            ],
        },
        pw=make_pw(c.rng),
    )
    c.add("agent", REMINDER, kind="reminder")
    verify(c)
    c.add(
        "agent",
        {
            "en": [
                "I've unlocked your profile. Use 'Forgot password' to set a new one — please choose one you haven't shared."
            ],
            "es": [
                "Desbloqueé su perfil. Use 'Olvidé mi contraseña' para crear una nueva que no haya compartido."
            ],
            "mix": ["Ya desbloqueé tu profile, usa 'Forgot password' para una nueva."],
        },
    )
    closing(c)


def s_pin(c: Ctx) -> None:
    opening(c)
    c.add(
        "customer",
        {
            "en": [
                "ATM ate my card. I put my pin {pin} 3 times and it was right",
                "I want to change my PIN, current one is {pin}",
                "pin {pin} not working at the store",
                "what's the daily ATM limit? my pin is {pin} btw and it keeps saying incorrect",
            ],
            "es": [
                "El cajero se tragó mi tarjeta, puse mi NIP {pin} y estaba bien",
                "quiero cambiar mi nip, el actual es {pin}",
                "mi clave {pin} no me funciona en el cajero",
                "le pongo {pin} y dice PIN incorrecto",
            ],
            "mix": [
                "El ATM se comió mi card, mi PIN es {pin}",
                "quiero change mi PIN, el actual es {pin}",
            ],
        },
        pin=make_pin(c.rng),
    )
    c.add("agent", REMINDER, kind="reminder")
    verify(c)
    c.add(
        "agent",
        {
            "en": [
                "I've reset the PIN attempts. You can set a new PIN at any of our ATMs or in the app. Daily limit is {amt2}."
            ],
            "es": [
                "Reinicié los intentos. Puede asignar un nuevo NIP en cualquier cajero o en la app. El límite diario es {amt2}."
            ],
            "mix": ["Ya reseteé los attempts. Puedes poner new PIN en el app."],
        },
    )
    closing(c)


def secret_value(c: Ctx, typ: str) -> str:
    if typ == CC:
        return c.card()
    if typ == CVV:
        return c.cvv()
    if typ == SSN:
        return make_ssn(c.rng)
    if typ == OTP:
        return make_otp(c.rng)
    if typ == PW:
        return make_pw(c.rng)
    return make_pin(c.rng)


def s_trainee_complied(c: Ctx) -> None:
    opening(c)
    c.add(
        "customer",
        {
            "en": ["need to dispute {amt} at {merchant}", "I think my card is compromised"],
            "es": [
                "necesito aclarar un cargo de {amt} en {merchant}",
                "creo que me clonaron la tarjeta",
            ],
            "mix": ["necesito dispute {amt} en {merchant}"],
        },
    )
    typ = c.rng.choice([CC, CC, CVV, SSN, OTP, PW, PIN])
    if typ == CVV:
        c.add("agent", ASK_COMBO[(CC, CVV)], kind="ask_trainee", req=(CC, CVV))
        c.add(
            "customer",
            {
                "en": ["{card} exp {exp} back code {cvv}", "ok {card}, {cvv}"],
                "es": ["{card} vence {exp} código {cvv}", "va: {card}, {cvv}"],
                "mix": ["ok {card}, cvv {cvv}"],
            },
            card=c.card(),
            cvv=c.cvv(),
        )
    else:
        c.add("agent", ASK[typ], kind="ask_trainee", req=(typ,))
        slot = {CC: "card", SSN: "ssn", OTP: "otp", PW: "pw", PIN: "pin"}[typ]
        value = secret_value(c, typ)
        c.add(
            "customer",
            {
                "en": ["ok it's {" + slot + "}", "{" + slot + "}", "sure, {" + slot + "}"],
                "es": ["ok es {" + slot + "}", "{" + slot + "}", "claro, {" + slot + "}"],
                "mix": ["ok es {" + slot + "}"],
            },
            values={slot: value},
        )
    c.add("agent", SUPERVISOR_FIX, kind="agent_clean")
    c.add(
        "agent",
        {
            "en": ["Claim {ref} is open for {amt}."],
            "es": ["Quedó abierta la aclaración {ref} por {amt}."],
            "mix": ["Claim {ref} abierto por {amt}."],
        },
    )
    closing(c)


def s_scammer(c: Ctx) -> None:
    c.add(
        "agent",
        {
            "en": [
                "Security Dept: We detected a suspicious purchase of {amt} at {merchant}. Did you authorize it?",
                "Hello, this is the Fraud Prevention team. Your card {masked} has been temporarily restricted.",
            ],
            "es": [
                "Departamento de Seguridad: detectamos una compra sospechosa de {amt} en {merchant}. ¿Usted la autorizó?",
                "Hola, le escribe el área de Prevención de Fraudes. Su tarjeta {masked} fue restringida temporalmente.",
            ],
            "mix": ["Fraud Dept: detectamos una compra de {amt} en {merchant}. Was it you?"],
        },
        kind="scam_open",
    )
    c.add(
        "customer",
        {
            "en": ["No!! I didn't buy that", "what? no. what do i do"],
            "es": ["¡No! yo no compré eso", "¿qué? no, ¿qué hago?"],
            "mix": ["NO, I didn't compré eso"],
        },
    )
    asks = c.rng.choice([(OTP,), (PIN,), (OTP, PIN), (CC, CVV), (CC,), (PW,)])
    pool = ASK_COMBO[asks] if len(asks) > 1 else ASK[asks[0]]
    c.add("agent", pool, kind="ask_scam", req=asks)
    complied = c.rng.random() < 0.65
    if complied:
        vals: dict[str, str] = {}
        parts = []
        for t in asks:
            slot = {CC: "card", CVV: "cvv", OTP: "otp", PIN: "pin", PW: "pw"}[t]
            vals[slot] = secret_value(c, t)
            parts.append("{" + slot + "}")
        body = ", ".join(parts)
        c.add(
            "customer",
            {
                "en": [f"ok {body}", f"{body}", f"here: {body} please cancel it"],
                "es": [f"es {body}, cancélenlo", f"{body}", f"ok, {body}"],
                "mix": [f"ok es {body}, please cancel it"],
            },
            values=vals,
        )
        c.add(
            "agent",
            {
                "en": [
                    "Thank you. The transaction has been cancelled. Do not contact your branch."
                ],
                "es": [
                    "Gracias. La transacción fue cancelada. No es necesario llamar a su sucursal."
                ],
            },
            kind="scam_close",
        )
    else:
        c.add("customer", REFUSE)
        c.add(
            "agent",
            {
                "en": ["If you don't verify, the card will be permanently closed in {n} minutes."],
                "es": ["Si no valida, la tarjeta se cancelará definitivamente en {n} minutos."],
            },
            kind="scam_close",
        )


def s_elderly_card(c: Ctx) -> None:
    opening(c)
    c.add(
        "customer",
        {
            "en": [
                "Hello, I am {name}. I'm going to read you the card because I can't find my glasses to see which numbers you need. It says {card} and under that it says valid thru {exp}. My late husband and I opened this in {year}.",
                "Good morning, sorry I am slow typing. My card is the gold one. The number on it is {card}. I want to pay my bill of {amt}.",
                "Hi, this is {name}, I'm {n}2 and my son usually does this. The numbers on the front are {card}. Is that what you need?",
            ],
            "es": [
                "Buenos días, soy {name}. Le voy a leer la tarjeta porque no encuentro mis lentes: dice {card} y abajo dice vence {exp}. La abrimos mi difunto esposo y yo en {year}.",
                "Buenas tardes, disculpe que escriba lento. Mi tarjeta es la dorada, el número es {card}. Quiero pagar {amt}.",
                "Hola, soy {name}, tengo {n}2 años y mi hijo es el que hace esto. Los números de enfrente son {card}, ¿eso necesita?",
            ],
            "mix": [
                "Hello mija, soy {name}. La card dice {card} y vence {exp}. We opened it en {year}."
            ],
        },
        card=c.card(),
    )
    if c.rng.random() < 0.4:
        c.add(
            "customer",
            {
                "en": [
                    "On the back there's a little number {cvv} next to the signature, do you need it too?"
                ],
                "es": ["Atrás tiene un numerito {cvv} junto a la firma, ¿también lo necesita?"],
                "mix": ["Atrás dice {cvv}, do you need it?"],
            },
            cvv=c.cvv(),
        )
    c.add(
        "agent",
        {
            "en": [
                "Thank you, {first}. Please don't type the full number here in the future — just the last four digits, {last4}, is enough for me.",
                "Got it. For your safety, we only ever need the last 4 digits. Never share the code on the back.",
            ],
            "es": [
                "Gracias, {first}. En adelante no escriba el número completo, con los últimos cuatro ({last4}) es suficiente.",
                "Listo. Por su seguridad, solo necesitamos los últimos 4 dígitos. Nunca comparta el código de atrás.",
            ],
        },
        kind="reminder",
    )
    c.add(
        "agent",
        {
            "en": ["Your balance is {amt}; the payment of {amt2} is scheduled for {date}."],
            "es": ["Su saldo es {amt}; el pago de {amt2} quedó programado para el {date}."],
        },
    )
    closing(c)


def s_bot_secret(c: Ctx) -> None:
    c.add(
        "agent",
        {
            "en": ["Hi! I'm your virtual assistant. To get started, tell me what you need."],
            "es": ["¡Hola! Soy tu asistente virtual. Cuéntame qué necesitas."],
            "mix": ["Hi! Soy tu virtual assistant, ¿qué necesitas?"],
        },
    )
    c.add(
        "customer",
        {
            "en": ["lost card", "AGENT", "block my card"],
            "es": ["tarjeta perdida", "ASESOR", "bloquear tarjeta"],
            "mix": ["lost card", "bloquear mi card"],
        },
    )
    c.add(
        "agent",
        {
            "en": [
                "I can lock your card. Which card? Tap the card tile in the app or tell me the last 4 digits."
            ],
            "es": [
                "Puedo bloquear tu tarjeta. ¿Cuál? Selecciónala en la app o dime los últimos 4 dígitos."
            ],
            "mix": ["I can lock tu card. Dime los last 4 digits."],
        },
        kind="legit_verify",
    )
    c.add(
        "customer",
        {
            "en": ["{card}", "ITS {card} JUST BLOCK IT", "here {card}"],
            "es": ["{card}", "ES LA {card} BLOQUÉELA YA", "esta {card}"],
            "mix": ["{card}", "esta: {card} block it!!"],
        },
        card=c.card(),
    )
    c.add(
        "agent",
        {
            "en": [
                "I only need the last 4 digits. Card ending in {last4} is now locked. Would you like to talk to an agent?"
            ],
            "es": [
                "Solo necesito los últimos 4 dígitos. La tarjeta terminación {last4} quedó bloqueada. ¿Quieres hablar con un asesor?"
            ],
        },
        kind="reminder",
    )
    c.add(
        "customer",
        {"en": ["yes", "YES a person"], "es": ["sí", "sí por favor"], "mix": ["yes, un asesor"]},
    )
    opening(c)
    verify(c)
    closing(c)


CLEAN_SCENARIOS: list[tuple[Callable[[Ctx], None], int]] = [
    (s_balance, 18), (s_dispute_clean, 14), (s_travel, 7), (s_tracking, 8), (s_address, 7),
    (s_letter, 8), (s_bot_clean, 8), (s_scam_report, 7), (s_elderly_clean, 7),
    (s_trainee_refused, 8), (s_rewards, 8),
]  # fmt: skip
SECRET_SCENARIOS: list[tuple[Callable[[Ctx], None], int]] = [
    (s_card_volunteer, 14), (s_card_split, 8), (s_card_disguised, 5), (s_notes_paste, 6),
    (s_ssn, 9), (s_otp, 9), (s_password, 7), (s_pin, 7), (s_trainee_complied, 8),
    (s_scammer, 8), (s_elderly_card, 5), (s_bot_secret, 5),
]  # fmt: skip


# --------------------------------------------------------------------------------------
# Invariants and generation
# --------------------------------------------------------------------------------------


def covered(labels: list[Label], start: int, end: int) -> bool:
    return any(lab.start < end and start < lab.end for lab in labels)


def message_ok(msg: Message) -> bool:
    text = msg.text
    for lab in msg.labels:
        value = text[lab.start : lab.end]
        assert value and value == value.strip(), (value, text)
        assert lab.keep == KEEP_LAST.get(lab.type, 0) or (lab.split_part and lab.keep == 0)
        if lab.type == CC and not lab.split_part:
            digits = re.sub(r"\D", "", value)
            if len(digits) >= 13 and not re.search(r"[A-Za-z]", value):
                assert luhn.is_valid(digits), value
        if lab.type == SSN:
            m = SSN_SHAPE_RE.fullmatch(value)
            assert m and ssn_is_valid(m.group(1), m.group(3), m.group(4)), value
    for m in list(NUMBER_RUN_RE.finditer(text)) + list(DIGIT_RUN_RE.finditer(text)):
        digits = re.sub(r"\D", "", m.group())
        if (
            13 <= len(digits) <= 19
            and luhn.is_valid(digits)
            and not covered(msg.labels, m.start(), m.end())
        ):
            return False
    for m in SSN_SHAPE_RE.finditer(text):
        if ssn_is_valid(m.group(1), m.group(3), m.group(4)) and not covered(
            msg.labels, m.start(), m.end()
        ):
            return False
    if msg.role == "agent" and msg.requested:
        assert not msg.labels
    return True


def split_ok(msgs: list[Message]) -> bool:
    split = [m for m in msgs if any(lab.split_part for lab in m.labels)]
    if not split:
        return True
    assert split[-1].labels[0].split_part and split[-1].labels[0].keep == 4
    joined = "".join(re.sub(r"\D", "", m.text[m.labels[0].start : m.labels[0].end]) for m in split)
    assert luhn.is_valid(joined), joined
    return True


def generate(seed: int, count: int = 480) -> list[Conversation]:
    rng = Random(seed)
    out: list[Conversation] = []
    for i in range(count):
        lang = rng.choices(["en", "es", "mix"], [50, 35, 15])[0]
        secret = rng.random() < 0.45
        pool = SECRET_SCENARIOS if secret else CLEAN_SCENARIOS
        scen = rng.choices([s for s, _ in pool], [w for _, w in pool])[0]
        for _attempt in range(50):
            c = Ctx(rng, lang)
            scen(c)
            if all(message_ok(m) for m in c.msgs) and split_ok(c.msgs):
                break
        else:
            raise AssertionError(f"could not draw a clean conversation for {scen.__name__}")
        out.append(
            Conversation(
                cid=f"s8-{seed}-{i:04d}", kind=scen.__name__[2:], lang=lang, messages=c.msgs
            )
        )
    return out
