# ruff: noqa: E501
"""Seventeenth blind end-to-end set: a US bank's desk that serves Spanish speakers through
machine translation and human interpreters.

Written blind, without reading guard's code, rules, tests, benchmarks or README (only the
shared schema of `tests.blind.e2e_set` and the scorer `tests.blind.evaluate_e2e`).

Many agents write English only and reach Spanish-first customers (Puerto Rico, the Dominican
Republic, Venezuela, Colombia, Mexico, Cuba, Central America) through a translation tool, so
their Spanish is stiff or calqued ("el número de atrás de su tarjeta", "su número de
identificación personal", "la palabra de paso"); some messages carry both languages
("[Translated] ... [Original] ..."); some chats go through an interpreter who relays each side.
Customers answer in Caribbean Spanish (dropped s, "pa'", "ta' bien"), in WhatsApp bursts, in
voice-to-text, or in English to help the agent.

Roles: an interpreter relaying the agent's words is an "agent" message (an ask relayed is an
ask); an interpreter relaying the customer's words is a "customer" message and its values are
labelled. Values are only ever labelled in customer messages.

Labels: full card numbers (Luhn-valid, brand lengths, keep 4; a card typed over several
messages has one split_part label per message, the last part keeps 4), card security codes
(3 digits, 4 for an Amex), SSNs (valid area/group/serial, keep 4), one-time codes (4-8
digits), passwords, PINs (4-6 digits). Agent messages carry `requested` when they ask for one
of those; verification with the last four, a billing ZIP, the date of birth, the name or the
expiry alone is legitimate, and so are warnings and notices that only name a secret.
About half of the conversations hold no secret at all, with many numbers that are not
secrets: amounts (USD, RD$, pesos, bolívares), Spanish dates, phone numbers, ZIPs, last-four
references, masked numbers, case and ticket numbers, interpreter IDs, branch numbers, years.

`generate(seed)` is deterministic: one seeded `random.Random` drives everything.
"""

from __future__ import annotations

import re
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
    SSN,
    Conversation,
    Label,
    Message,
)

SLOT_RE = re.compile(r"\{(\w+)\}")

# --------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------

BRANDS: list[tuple[str, list[str], int]] = [
    ("visa", ["4"], 16),
    ("visa", ["4"], 16),
    ("visa13", ["4"], 13),
    ("visa19", ["4"], 19),
    ("mc", ["51", "52", "53", "54", "55"], 16),
    ("mc2", ["2221", "2300", "2500", "2720"], 16),
    ("amex", ["34", "37"], 15),
    ("discover", ["6011", "65"], 16),
    ("diners", ["36", "300", "305"], 14),
    ("jcb", ["3528", "3560", "3589"], 16),
]


def make_card(rng: Random) -> tuple[str, str]:
    brand, prefixes, length = rng.choice(BRANDS)
    body = rng.choice(prefixes)
    while len(body) < length - 1:
        body += str(rng.randrange(10))
    return brand, body + luhn.calc_check_digit(body)


def group_sizes(brand: str, length: int) -> list[int]:
    if brand == "amex":
        return [4, 6, 5]
    if brand == "diners":
        return [4, 6, 4]
    if length == 13:
        return [4, 3, 3, 3]
    sizes = [4] * (length // 4)
    if length % 4:
        sizes.append(length % 4)
    return sizes


def odd_sizes(rng: Random, length: int) -> list[int]:
    sizes: list[int] = []
    left = length
    while left > 0:
        size = min(left, rng.choice([2, 3, 3, 4, 5, 6]))
        sizes.append(size)
        left -= size
    if sizes[-1] == 1:
        sizes[-2] += 1
        sizes.pop()
    return sizes


def chunk(digits: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i : i + size])
        i += size
    return out


def format_card(rng: Random, brand: str, digits: str) -> str:
    style = rng.choices(["plain", "space", "dash", "odd", "dot"], [3, 5, 2, 2, 1])[0]
    if style == "plain":
        return digits
    if style == "odd":
        return " ".join(chunk(digits, odd_sizes(rng, len(digits))))
    sep = {"space": " ", "dash": "-", "dot": "."}[style]
    return sep.join(chunk(digits, group_sizes(brand, len(digits))))


def make_ssn(rng: Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}{rng.randrange(1, 100):02d}{rng.randrange(1, 10000):04d}"


def format_ssn(rng: Random, digits: str, plain_ok: bool) -> str:
    if plain_ok and rng.random() < 0.35:
        return digits
    sep = rng.choice(["-", "-", "-", " "])
    return f"{digits[:3]}{sep}{digits[3:5]}{sep}{digits[5:]}"


def make_otp(rng: Random) -> str:
    n = rng.choice([4, 5, 6, 6, 6, 6, 7, 8])
    digits = "".join(str(rng.randrange(10)) for _ in range(n))
    if n == 6 and rng.random() < 0.3:
        return digits[:3] + rng.choice([" ", "-"]) + digits[3:]
    return digits


def make_pin(rng: Random) -> str:
    n = rng.choices([4, 5, 6], [8, 1, 2])[0]
    return "".join(str(rng.randrange(10)) for _ in range(n))


def make_cvv(rng: Random, amex: bool) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(4 if amex else 3))


PW_WORDS = [
    "Coqui",
    "Boricua",
    "Mangu",
    "Arepa",
    "Quisqueya",
    "Caracas",
    "Medellin",
    "Tostones",
    "Guagua",
    "Chinola",
    "Pupusa",
    "Sancocho",
    "Mofongo",
    "Coquito",
    "Yunque",
    "Cibao",
    "Guayaba",
    "Flamboyan",
    "Malecon",
    "Tamarindo",
    "Morir",
    "Bachata",
    "Sofrito",
    "Chamo",
]


def make_pw(rng: Random) -> str:
    word = rng.choice(PW_WORDS)
    if rng.random() < 0.3:
        word = word.lower()
    if rng.random() < 0.3:
        word += rng.choice(PW_WORDS).lower()
    num = str(rng.choice([rng.randrange(10, 100), rng.randrange(1950, 2025), rng.randrange(1, 10)]))
    sym = rng.choice(["!", "#", "*", "@", "$", "_", "."])
    form = rng.randrange(4)
    if form == 0:
        return f"{word}{sym}{num}"
    if form == 1:
        return f"{word}{num}{sym if sym != '.' else '!'}"
    if form == 2:
        return f"{num}{word}{sym if sym != '.' else '#'}"
    return f"{word}{num}"


def digits4(rng: Random) -> str:
    return f"{rng.randrange(10000):04d}"


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


def make_phone(rng: Random) -> str:
    a, b = rng.randrange(200, 1000), rng.randrange(10000)
    return rng.choice(
        [
            f"+1-787-{a}-{b:04d}",
            f"+1 (809) {a}-{b:04d}",
            f"+1 939 {a} {b:04d}",
            f"+58 412-{a}-{b:04d}",
            f"+57 310 {a} {b:04d}",
            f"+52 55 {rng.randrange(1000, 10000)} {b:04d}",
            f"(787) {a}-{b:04d}",
            f"829-{a}-{b:04d}",
        ]
    )


def make_amount(rng: Random) -> str:
    return rng.choice(
        [
            f"${rng.randrange(5, 999)}.{rng.randrange(100):02d}",
            f"${rng.randrange(1, 10)},{rng.randrange(1000):03d}.00",
            f"RD$ {rng.randrange(1, 80)},{rng.choice(['000', '500', '250'])}",
            f"RD${rng.randrange(500, 9999)}",
            f"Bs. {rng.randrange(1, 90)}.{rng.randrange(1000):03d},00",
            f"{rng.randrange(200, 9000)} pesos",
            f"MXN {rng.randrange(1, 20)},{rng.randrange(1000):03d}",
            f"COP {rng.randrange(50, 900)}.000",
            f"{rng.randrange(20, 500)} dólares",
        ]
    )


def make_vals(rng: Random) -> dict[str, str]:
    brand, card_digits = make_card(rng)
    amex = brand == "amex"
    day, month, year = rng.randrange(1, 29), rng.randrange(12), rng.randrange(1938, 2001)
    d2, m2 = rng.randrange(1, 29), rng.randrange(12)
    exp_m, exp_y = rng.randrange(1, 13), rng.randrange(26, 32)
    return {
        "brand": brand,
        "card_digits": card_digits,
        "card": format_card(rng, brand, card_digits),
        "cvv": make_cvv(rng, amex),
        "rawssn": make_ssn(rng),
        "otp": make_otp(rng),
        "pin": make_pin(rng),
        "pw": make_pw(rng),
        "last4": digits4(rng),
        "zip": rng.choice(["009", "007", "006"]) + f"{rng.randrange(100):02d}"
        if rng.random() < 0.6
        else rng.choice(["33125", "33012", "10458", "07087", "32822", "02119", "60623", "77036"]),
        "dob": rng.choice(
            [
                f"{day} de {MONTHS_ES[month]} de {year}",
                f"{day:02d}/{month + 1:02d}/{year}",
                f"{day}/{month + 1}/{year}",
            ]
        ),
        "dob_en": rng.choice([f"{MONTHS_EN[month]} {day}, {year}", f"{month + 1}/{day}/{year}"]),
        "date_es": rng.choice(
            [
                f"{d2} de {MONTHS_ES[m2]}",
                f"{d2:02d}/{m2 + 1:02d}/2024",
                f"el {d2} de {MONTHS_ES[m2]} de 2025",
            ]
        ).removeprefix("el "),
        "date_en": f"{MONTHS_EN[m2]} {d2}",
        "exp": rng.choice(
            [
                f"{exp_m:02d}/{exp_y}",
                f"{exp_m:02d}/20{exp_y}",
                f"{MONTHS_ES[exp_m - 1]} del 20{exp_y}",
            ]
        ),
        "phone": make_phone(rng),
        "amt": make_amount(rng),
        "amt2": make_amount(rng),
        "case": rng.choice(
            [
                f"CAS-{rng.randrange(1000000, 9999999)}",
                f"2025-{rng.randrange(100000, 999999)}",
                f"#{rng.randrange(10000000, 99999999)}",
                f"TK{rng.randrange(100000, 999999)}",
            ]
        ),
        "interp": str(rng.randrange(10000, 99999)),
        "branch": f"{rng.randrange(1, 999):03d}"
        if rng.random() < 0.5
        else f"0{rng.randrange(100, 999)}",
        "year": str(rng.randrange(1995, 2025)),
        "agent": rng.choice(
            [
                "Kevin",
                "Ashley",
                "Brandon",
                "Megan",
                "Tyler",
                "Lauren",
                "Josh",
                "Brittany",
                "Derek",
                "Amanda",
            ]
        ),
        "tool": rng.choice(["LinguaBridge", "TransDesk", "MT-Assist", "BankTranslate"]),
    }


# --------------------------------------------------------------------------------------
# Filling templates
# --------------------------------------------------------------------------------------


def slot_type(name: str) -> str | None:
    return SECRET_SLOTS.get(name.split("_", maxsplit=1)[0])


def fill(template: str, vals: dict[str, str]) -> tuple[str, list[Label]]:
    out: list[str] = []
    labels: list[Label] = []
    pos = 0
    length = 0
    for m in SLOT_RE.finditer(template):
        lit = template[pos : m.start()]
        out.append(lit)
        length += len(lit)
        name = m.group(1)
        value = vals[name]
        kind = slot_type(name)
        if kind is not None:
            labels.append(Label(kind, length, length + len(value), KEEP_LAST.get(kind, 0)))
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), labels


class Builder:
    def __init__(self, rng: Random, lang: str, vals: dict[str, str]) -> None:
        self.rng = rng
        self.lang = lang
        self.vals = vals
        self.messages: list[Message] = []

    def customer(self, template: str, kind: str = "clean") -> None:
        if "{ssn}" in template:
            cue = re.search(r"social|SSN", template.replace("{ssn}", ""), re.IGNORECASE)
            self.vals["ssn"] = format_ssn(self.rng, self.vals["rawssn"], plain_ok=cue is not None)
        text, labels = fill(template, self.vals)
        self.messages.append(Message("customer", text, labels, kind=kind))

    def agent(
        self, template: str, requested: frozenset[str] = frozenset(), kind: str = "clean"
    ) -> None:
        text, labels = fill(template, self.vals)
        assert not labels, template
        self.messages.append(Message("agent", text, [], requested, kind))

    def agent_pair(
        self, pair: tuple[str, str], requested: frozenset[str] = frozenset(), kind: str = "clean"
    ) -> None:
        self.agent(self.translate(pair), requested, kind)

    def translate(self, pair: tuple[str, str]) -> str:
        es, en = pair
        if self.lang == "en":
            return en
        if self.lang == "es":
            if self.rng.random() < 0.12:
                return f"{es} (Traducido por {{tool}})"
            return es
        form = self.rng.randrange(5)
        if form == 0:
            return f"[Translated] {es} [Original] {en}"
        if form == 1:
            return f"{en}\n\n(Traducción automática: {es})"
        if form == 2:
            return f"[ES] {es}\n[EN] {en}"
        if form == 3:
            return es
        return en

    def cust_pool(self, pools: dict[str, list[str]], kind: str = "clean") -> None:
        self.customer(self.rng.choice(pools[self.lang]), kind)


# --------------------------------------------------------------------------------------
# Vocabulary: agent side (Spanish as the translation tool writes it, English original)
# --------------------------------------------------------------------------------------

ASK: dict[str, list[tuple[str, str]]] = {
    CC: [
        (
            "Por favor, proporcione su número de tarjeta completo para verificar.",
            "Please provide your complete card number to verify.",
        ),
        (
            "¿Puede usted escribir todos los números de la tarjeta, por favor?",
            "Can you type all the numbers of the card, please?",
        ),
        (
            "Necesito el número entero de su tarjeta de débito para proceder con la solicitud.",
            "I need the whole debit card number to proceed with the request.",
        ),
        (
            "Favor de proveer el número largo que está en el frente de su tarjeta.",
            "Please provide the long number on the front of your card.",
        ),
        (
            "Para localizar la cuenta, escriba el número de la tarjeta completo, todos los dígitos.",
            "To locate the account, type the full card number, all of the digits.",
        ),
    ],
    CVV: [
        (
            "¿Cuál es el número de atrás de su tarjeta? Los dígitos pequeños, por favor.",
            "What is the number on the back of your card? The small digits, please.",
        ),
        (
            "Por favor, proporcione el código de seguridad de la tarjeta, el que está en el reverso.",
            "Please provide the card security code, the one on the back.",
        ),
        (
            "Favor de decirme el CVV de su tarjeta para confirmar la compra.",
            "Please tell me the CVV of your card to confirm the purchase.",
        ),
        (
            "¿Puede usted leer el código que está atrás, al lado de la firma?",
            "Can you read the code on the back, next to the signature?",
        ),
    ],
    SSN: [
        (
            "Por favor, proporcione su número de seguro social completo para verificar.",
            "Please provide your full social security number to verify.",
        ),
        (
            "¿Puede usted dar los nueve dígitos de su seguro social?",
            "Can you give the nine digits of your social security?",
        ),
        (
            "Necesito su número de seguridad social entero, no solamente los últimos cuatro.",
            "I need your entire social security number, not only the last four.",
        ),
        (
            "Para abrir la cuenta, escriba su SSN completo, por favor.",
            "To open the account, type your full SSN, please.",
        ),
    ],
    OTP: [
        (
            "¿Puede usted confirmar el código de verificación que fue enviado?",
            "Can you confirm the verification code that was sent?",
        ),
        (
            "Por favor, léame el código de un solo uso que recibió por mensaje de texto.",
            "Please read me the one-time code you received by text message.",
        ),
        (
            "Dígame el código que le llegó a su celular, por favor.",
            "Tell me the code that arrived on your cell phone, please.",
        ),
        (
            "Acabo de enviar un código. ¿Me lo puede escribir aquí para validar?",
            "I just sent a code. Can you write it here so I can validate?",
        ),
    ],
    PW: [
        (
            "Por favor, proporcione su palabra de paso de la banca en línea.",
            "Please provide your online banking password.",
        ),
        (
            "¿Cuál es su contraseña de la aplicación? La necesito para entrar a su perfil.",
            "What is your app password? I need it to enter your profile.",
        ),
        (
            "Escriba su clave de acceso de la banca por internet, por favor.",
            "Please type your internet banking access password.",
        ),
    ],
    PIN: [
        (
            "Por favor, proporcione su número de identificación personal de la tarjeta.",
            "Please provide the personal identification number of the card.",
        ),
        ("¿Cuál es su PIN del cajero automático?", "What is your ATM PIN?"),
        (
            "Dígame el PIN que usa en el cajero, por favor.",
            "Tell me the PIN you use at the ATM, please.",
        ),
        (
            "Para desbloquear la tarjeta necesito su número PIN actual.",
            "To unblock the card I need your current PIN number.",
        ),
    ],
}
ASK_CC_CVV: list[tuple[str, str]] = [
    (
        "Para verificar, necesito el número completo de la tarjeta, la fecha de vencimiento y el código de atrás.",
        "To verify, I need the full card number, the expiration date and the code on the back.",
    ),
    (
        "Por favor, proporcione los números de la tarjeta y también los números de atrás.",
        "Please provide the card numbers and also the numbers on the back.",
    ),
]

# The interpreter relaying an agent's ask to the customer (agent side).
INTERP_ASK: dict[str, list[str]] = {
    CC: [
        "Intérprete: el agente pregunta el número completo de su tarjeta.",
        "Intérprete: dice el agente que necesita todos los números de la tarjeta.",
    ],
    CVV: [
        "Intérprete: el agente pregunta por el código de atrás de la tarjeta.",
        "Intérprete: el agente necesita los numeritos de atrás de la tarjeta.",
    ],
    SSN: [
        "Intérprete: el agente pregunta su número de seguro social completo.",
        "Intérprete: dice que le dé su seguro social, los nueve números.",
    ],
    OTP: [
        "Intérprete: el agente dice que le lea el código que le llegó por texto.",
        "Intérprete: el agente pregunta cuál es el código que le mandaron.",
    ],
    PW: [
        "Intérprete: el agente pregunta su contraseña de la aplicación.",
        "Intérprete: dice el agente que le diga la clave para entrar a la app.",
    ],
    PIN: [
        "Intérprete: el agente pregunta cuál es su PIN de la tarjeta.",
        "Intérprete: el agente necesita su PIN del cajero.",
    ],
}
# The English-speaking agent's own ask, before the interpreter relays it.
EN_ASK_SHORT: dict[str, list[str]] = {
    CC: ["Can you ask her for the full card number?", "I'll need the whole card number from him."],
    CVV: [
        "Please ask for the security code on the back of the card.",
        "Could you get the CVV from her?",
    ],
    SSN: [
        "Please ask him for his full social security number.",
        "I need her complete SSN, please.",
    ],
    OTP: [
        "Ask her to read the code we just texted her.",
        "I need the verification code he received.",
    ],
    PW: ["Please ask her for her online banking password.", "Can you get his app password?"],
    PIN: ["Can you ask her for the PIN on the card?", "I need his ATM PIN, please."],
}
INTERP_INTRO = [
    "Intérprete #{interp} en la línea. Voy a interpretar todo lo que se diga.",
    "Interpreter #{interp} joining. I will interpret everything said in first person.",
    "Buenas, le habla la intérprete de español, identificación {interp}.",
    "Interpreter ID {interp} connected to the chat.",
]

THANKS = [
    (
        "Gracias. Un momento mientras verifico la información.",
        "Thank you. One moment while I verify the information.",
    ),
    (
        "Gracias por la información. Estoy revisando su cuenta ahora.",
        "Thanks for the information. I am reviewing your account now.",
    ),
    (
        "Perfecto, gracias. Por favor espere un momento.",
        "Perfect, thank you. Please wait a moment.",
    ),
]
GREET = [
    (
        "Hola, gracias por comunicarse con el banco. Mi nombre es {agent}. ¿En qué le puedo ayudar hoy?",
        "Hi, thanks for contacting the bank. My name is {agent}. How can I help you today?",
    ),
    (
        "Buenos días. Le atiende {agent}. Este chat usa traducción automática.",
        "Good morning, this is {agent}. This chat uses automatic translation.",
    ),
    (
        "Bienvenido al chat del banco. Usted está hablando con {agent}.",
        "Welcome to the bank chat. You are talking with {agent}.",
    ),
]
CLOSE = [
    (
        "¿Hay algo más en que le pueda ayudar hoy?",
        "Is there anything else I can help you with today?",
    ),
    (
        "Gracias por su paciencia. Que tenga un buen día.",
        "Thanks for your patience. Have a good day.",
    ),
    (
        "Su solicitud fue completada. Gracias por ser cliente del banco.",
        "Your request was completed. Thank you for being a customer of the bank.",
    ),
]
VERIFY: dict[str, list[tuple[str, str]]] = {
    "last4": [
        (
            "Para verificar su identidad, ¿puede confirmar los últimos cuatro dígitos de su tarjeta?",
            "To verify your identity, can you confirm the last four digits of your card?",
        ),
        (
            "¿Cuáles son los últimos 4 números de la tarjeta, solamente los últimos 4?",
            "What are the last 4 numbers of the card, only the last 4?",
        ),
    ],
    "zip": [
        (
            "¿Cuál es el código postal de su dirección de facturación?",
            "What is the ZIP code of your billing address?",
        ),
        (
            "Por favor, confirme el código zip donde le llegan los estados de cuenta.",
            "Please confirm the ZIP code where you receive the statements.",
        ),
    ],
    "dob": [
        ("Por favor, confirme su fecha de nacimiento.", "Please confirm your date of birth."),
        (
            "¿Puede usted proveer su fecha de nacimiento para verificar?",
            "Can you provide your date of birth to verify?",
        ),
    ],
    "name": [
        (
            "¿Puede usted confirmar su nombre completo como aparece en la cuenta?",
            "Can you confirm your full name as it appears on the account?",
        )
    ],
    "exp": [
        (
            "¿Me puede confirmar solamente la fecha de vencimiento de la tarjeta? No necesito el número.",
            "Can you confirm only the card's expiration date? I don't need the number.",
        )
    ],
    "ssn4": [
        (
            "Por favor, proporcione los últimos 4 de su seguro social para verificar.",
            "Please provide the last 4 of your social security number to verify.",
        ),
        (
            "Solamente necesito los cuatro números finales de su seguro social, no el número completo.",
            "I only need the final four numbers of your social security, not the full number.",
        ),
    ],
}
VERIFY_ANS: dict[str, dict[str, list[str]]] = {
    "last4": {
        "es": [
            "termina en {last4}",
            "{last4}",
            "los últimos cuatro son {last4}",
            "la que termina en {last4}",
            "e' la que termina en {last4}, la de débito",
        ],
        "en": ["ends in {last4}", "last four {last4}", "{last4}", "the one ending {last4}"],
        "mix": ["last 4 son {last4}", "termina en {last4} the debit one", "{last4} es la debit"],
    },
    "zip": {
        "es": ["{zip}", "mi zip code es {zip}", "código postal {zip}", "el zip e' {zip}"],
        "en": ["{zip}", "zip is {zip}", "my zip code {zip}"],
        "mix": ["el zip code es {zip}", "{zip} creo"],
    },
    "dob": {
        "es": ["{dob}", "nací el {dob}", "mi fecha de nacimiento es {dob}"],
        "en": ["{dob_en}", "I was born {dob_en}", "birthday {dob_en}"],
        "mix": ["{dob_en}", "nací {dob}"],
    },
    "name": {
        "es": [
            "María del Carmen Rivera Ortiz",
            "José Manuel Peña",
            "Yaritza Colón Santiago",
            "Rafael Antonio Báez",
        ],
        "en": ["Maria Rivera", "Jose M Pena", "Luis A. Hernandez"],
        "mix": ["Carmen Rodríguez, con acento", "Wilfredo Cruz Jr."],
    },
    "exp": {
        "es": ["vence {exp}", "{exp}", "dice válida hasta {exp}"],
        "en": ["expires {exp}", "{exp}"],
        "mix": ["expira {exp}", "{exp} I think"],
    },
    "ssn4": {
        "es": ["los últimos 4 del social son {last4}", "{last4}", "termina en {last4}"],
        "en": ["last 4 of my social {last4}", "{last4}"],
        "mix": ["los last four son {last4}", "{last4}"],
    },
}
WARN = [
    (
        "[Aviso traducido] Nunca comparta su PIN, contraseña o código de verificación con nadie, ni siquiera con nosotros.",
        "[Translated notice] Never share your PIN, password or verification code with anyone, not even with us.",
    ),
    (
        "Por su seguridad, no escriba el número completo de su tarjeta ni el código de atrás en este chat.",
        "For your security, do not type your full card number or the code on the back in this chat.",
    ),
    (
        "Nosotros nunca le vamos a pedir su número de seguro social completo por chat.",
        "We will never ask you for your full social security number by chat.",
    ),
    (
        "Le enviamos un código por texto. Introdúzcalo usted mismo en la aplicación; no lo escriba aquí.",
        "We sent you a code by text. Enter it yourself in the app; do not write it here.",
    ),
    (
        "Si alguien le pide su palabra de paso por teléfono, cuelgue y llame al número de atrás de su tarjeta.",
        "If someone asks for your password by phone, hang up and call the number on the back of your card.",
    ),
    (
        "El banco no solicita su número de identificación personal por mensaje de texto ni por chat.",
        "The bank does not request your personal identification number by text message or chat.",
    ),
]
WARN_AFTER = [
    (
        "Por favor, no comparta su PIN ni contraseñas por este medio. Ya eliminamos el mensaje por su protección.",
        "Please do not share your PIN or passwords through this channel. We already removed the message for your protection.",
    ),
    (
        "Gracias, pero no necesito esa información. Por su seguridad, no la escriba en el chat.",
        "Thanks, but I don't need that information. For your security, don't type it in the chat.",
    ),
    (
        "No debe compartir ese código con nadie. Le recomiendo cambiar su clave en la aplicación.",
        "You should not share that code with anyone. I recommend changing your password in the app.",
    ),
]
NOTICE = [
    (
        "Su tarjeta nueva llegará en 7 a 10 días hábiles. El PIN llegará en un sobre separado.",
        "Your new card will arrive in 7 to 10 business days. The PIN will arrive in a separate envelope.",
    ),
    (
        "Puede cambiar su PIN en cualquier cajero automático del banco o en la aplicación.",
        "You can change your PIN at any of the bank's ATMs or in the app.",
    ),
    (
        "Su número de caso es {case}. Guárdelo para referencia.",
        "Your case number is {case}. Keep it for reference.",
    ),
    (
        "La disputa por {amt} fue abierta el {date_es}. Recibirá respuesta en 10 días hábiles.",
        "The dispute for {amt} was opened on {date_en}. You will receive an answer in 10 business days.",
    ),
    (
        "La tarjeta terminada en {last4} quedó bloqueada y se envió un reemplazo.",
        "The card ending in {last4} was blocked and a replacement was sent.",
    ),
    (
        "Puede visitar la sucursal #{branch} para recoger la tarjeta con identificación.",
        "You can visit branch #{branch} to pick up the card with ID.",
    ),
    (
        "Para restablecer su contraseña, use la opción 'Olvidé mi contraseña' en la aplicación.",
        "To reset your password, use the 'Forgot my password' option in the app.",
    ),
    (
        "Veo la tarjeta XXXX-XXXX-XXXX-{last4} en su perfil. Está activa.",
        "I see card XXXX-XXXX-XXXX-{last4} on your profile. It is active.",
    ),
    (
        "El cargo de {amt} del {date_es} aparece como pendiente.",
        "The {amt} charge from {date_en} shows as pending.",
    ),
    (
        "Para llamadas internacionales marque +1-800-555-0199. Tenemos intérpretes disponibles.",
        "For international calls dial +1-800-555-0199. We have interpreters available.",
    ),
    (
        "Su cuenta está abierta desde {year}. El límite nuevo es {amt2}.",
        "Your account has been open since {year}. The new limit is {amt2}.",
    ),
]

# --------------------------------------------------------------------------------------
# Vocabulary: customer side
# --------------------------------------------------------------------------------------

OPEN: dict[str, list[str]] = {
    "es": [
        "hola buenas",
        "buenas tardes, tengo un problema con mi tarjeta",
        "mi tarjeta e' que no me pasa en ningún sitio",
        "oiga me cobraron {amt} y yo no hice esa compra",
        "hola pa' activar la tarjeta nueva",
        "buenas, la app no me deja entrar",
        "me bloquearon la tarjeta y estoy en Santo Domingo",
        "buenas noche mija necesito ayuda",
        "hola. Disculpe no hablo inglés",
        "buenas tardes mire es que fui al cajero y no me dio el dinero",
        "saludo, quiero reportar un cargo raro de {amt2}",
    ],
    "en": [
        "hi, my card is not working",
        "hello sorry my english is not very good",
        "I am in Caracas and the card got blocked",
        "someone charged {amt} on my account",
        "hi I need help with the app please",
        "good afternoon, I want to activate my new card",
        "hello, the ATM keep my card yesterday",
    ],
    "mix": [
        "hola, my card got blocked",
        "buenas, necesito help con la app",
        "me cobraron twice el mismo charge de {amt}",
        "hi, hablo poquito inglés, ok?",
        "hello, la tarjeta no funciona en el supermarket",
        "buenas, I need to activate la tarjeta nueva",
    ],
}
FILLER: dict[str, list[str]] = {
    "es": [
        "ok",
        "ta' bien",
        "sí",
        "ajá",
        "gracias",
        "dale",
        "un momento que la busco",
        "perdone, es que no veo bien",
        "ya",
        "??",
        "ok ok",
        "sí señor",
    ],
    "en": ["ok", "thank you", "yes", "ok one moment", "sorry", "yes please"],
    "mix": ["ok", "ok gracias", "sí, yes", "wait un momento", "ok thank you mija", "ya, done"],
}
REFUSE: dict[str, list[str]] = {
    "es": [
        "yo no le voy a dar mi clave, mi hijo me dijo que nunca la diera",
        "el PIN no se lo doy a nadie, eso me lo enseñaron",
        "¿y pa' qué usted quiere mi seguro social completo?",
    ],
    "en": ["I don't give my PIN to anybody, sorry", "my son say never give the password"],
    "mix": ["no, el PIN no se lo doy, sorry", "my daughter dice que nunca dé el código"],
}
NEG_CUST: dict[str, list[str]] = {
    "es": [
        "mi número nuevo es {phone}",
        "me cobraron {amt} el {date_es}",
        "le mandé {amt} a mi mamá y no le llegó",
        "pagué {amt2} en la farmacia y me lo cobraron dos vece",
        "el cajero de la sucursal {branch} se tragó la tarjeta",
        "el caso que me dieron ayer fue {case}",
        "tengo la cuenta desde {year}",
        "llámeme al {phone} si quiere",
        "la tarjeta que termina en {last4} es la que no sirve",
        "en la app me sale ****{last4} nada má",
        "mi hija me ayudó, su número e' {phone}",
        "la intérprete de ayer era la {interp}, muy amable",
        "el cargo dice {amt} pero yo pagué {amt2}",
        "me llegó una carta con fecha {date_es}",
    ],
    "en": [
        "my new number is {phone}",
        "they charged me {amt} on {date_en}",
        "I sent {amt} to my mother in Venezuela",
        "the ATM at branch {branch} keep the card",
        "case number they gave me {case}",
        "call me at {phone}",
        "the card ending {last4} is the one not working",
        "I have the account since {year}",
    ],
    "mix": [
        "mi phone nuevo es {phone}",
        "me charged {amt} dos veces",
        "el case number es {case}",
        "la card que termina en {last4}",
        "mandé {amt} por la app y no llegó",
        "branch {branch} en Bayamón",
        "el {date_es} fue el charge",
    ],
}

ANSWER: dict[str, dict[str, list[str]]] = {
    CC: {
        "es": [
            "ok, es {card}",
            "mi tarjeta e' {card}",
            "{card}",
            "el número es {card} y vence {exp}",
            "ta' bien, {card}",
            "aquí ta': {card}",
            "Es la {card}",
        ],
        "en": ["sure it's {card}", "{card}", "card number {card}", "ok the number is {card}"],
        "mix": ["ok es {card}", "the number es {card}", "{card} esa es la debit", "aquí: {card}"],
    },
    CVV: {
        "es": [
            "el de atrá' es {cvv}",
            "{cvv}",
            "CVV {cvv}",
            "atrás dice {cvv}",
            "los numeritos son {cvv}",
        ],
        "en": ["the code on the back is {cvv}", "{cvv}", "security code {cvv}"],
        "mix": ["el code de atrás es {cvv}", "{cvv}", "back dice {cvv}"],
    },
    SSN: {
        "es": [
            "mi seguro social es {ssn}",
            "{ssn}",
            "el social e' {ssn}",
            "seguro social: {ssn}",
            "ok, mi social {ssn}",
        ],
        "en": ["my social is {ssn}", "SSN {ssn}", "{ssn}", "social security {ssn}"],
        "mix": ["mi social security es {ssn}", "{ssn}", "el SSN es {ssn}"],
    },
    OTP: {
        "es": ["el código es {otp}", "{otp}", "me llegó {otp}", "dice {otp}", "ya me llegó, {otp}"],
        "en": ["the code is {otp}", "{otp}", "got it: {otp}"],
        "mix": ["el code es {otp}", "{otp}", "me llegó el text, {otp}"],
    },
    PW: {
        "es": [
            "mi contraseña es {pw}",
            'la clave es "{pw}"',
            "es {pw} con la primera en mayúscula",
            "{pw}",
        ],
        "en": ["password is {pw}", 'it\'s "{pw}"', "{pw}"],
        "mix": ["el password es {pw}", 'es "{pw}"', "{pw}"],
    },
    PIN: {
        "es": [
            "mi PIN es {pin}",
            "{pin}",
            "la clave del cajero es {pin}",
            "es {pin}",
            "el pin e' {pin}",
        ],
        "en": ["my pin is {pin}", "{pin}", "pin {pin}"],
        "mix": ["el PIN es {pin}", "{pin}", "my pin es {pin}"],
    },
}
ANSWER_CC_CVV: dict[str, list[str]] = {
    "es": [
        "{card} y el código {cvv}",
        "{card} vence {exp}, atrás dice {cvv}",
        "número {card}, código de atrás {cvv}",
    ],
    "en": ["{card} exp {exp} cvv {cvv}", "number {card} and the back code is {cvv}"],
    "mix": ["{card}, el cvv es {cvv}", "card {card} y atrás {cvv}"],
}
VOLUNTEER: dict[str, dict[str, list[str]]] = {
    PIN: {
        "es": [
            "pa' que sepa el PIN e' {pin} y no me lo acepta",
            "yo pongo {pin} que es mi PIN y me dice incorrecto",
            "mi clave del cajero es {pin}, ¿ta' bloqueada?",
        ],
        "en": ["I put my pin {pin} and say wrong", "my PIN is {pin} but the ATM say invalid"],
        "mix": ["mi PIN es {pin} y el ATM dice invalid", "puse {pin} que es el pin y nada"],
    },
    PW: {
        "es": [
            "mi contraseña es {pw} y no me deja entrar",
            "yo escribo {pw} y me dice error",
            "la clave que uso es {pw}",
        ],
        "en": ["my password is {pw} and it not work", "I type {pw} and say error"],
        "mix": ["el password es {pw} y no funciona", "pongo {pw} y me sale error"],
    },
    OTP: {
        "es": [
            "me llegó un código {otp}, ¿eso e' de ustede?",
            "el mensaje dice {otp} ¿lo pongo aquí?",
        ],
        "en": ["I receive a code {otp}, is from you?", "the text say {otp}"],
        "mix": ["me llegó un text con {otp}, es del bank?"],
    },
    CVV: {
        "es": ["la compra me pide el código de atrás, es {cvv}, ¿por qué no pasa?"],
        "en": ["the store ask the code on the back, {cvv}, but decline"],
        "mix": ["el online store pide el cvv {cvv} y no pasa"],
    },
    SSN: {
        "es": ["pa' que me encuentre má rápido mi seguro social es {ssn}"],
        "en": ["my social security is {ssn} if you need"],
        "mix": ["por si acaso mi social es {ssn}"],
    },
}
# The interpreter speaking for the customer (customer role, the value labelled).
RELAY: dict[str, list[str]] = {
    CC: [
        "Interpreter: the customer says the number on the card is {card}.",
        "Interpreter: she reads the card number, {card}.",
    ],
    CVV: [
        "Interpreter: she says the code on the back is {cvv}.",
        "Interpreter: he says {cvv}, the three on the back.",
    ],
    SSN: [
        "Interpreter: her social is {ssn}, she says.",
        "Interpreter: he says his social security number is {ssn}.",
    ],
    OTP: ["Interpreter: he says the code is {otp}.", "Interpreter: she received {otp} by text."],
    PW: [
        "Interpreter: he says the password is {pw}.",
        'Interpreter: she says her password is "{pw}", capital first letter.',
    ],
    PIN: ["Interpreter: she says her PIN is {pin}.", "Interpreter: he says the PIN is {pin}."],
}
RELAY_NEG = [
    "Interpreter: she says the card ends in {last4}.",
    "Interpreter: he says his ZIP code is {zip}.",
    "Interpreter: she says she was born {dob_en}.",
    "Interpreter: he says the charge was {amt} on {date_en}.",
    "Interpreter: she says her new phone number is {phone}.",
    "Interpreter: he says he does not want to give the PIN, his son told him never to.",
]
INTERP_ES_NEG = [
    "Intérprete: el agente pregunta los últimos cuatro números de la tarjeta.",
    "Intérprete: el agente pregunta su código postal.",
    "Intérprete: el agente dice que el cargo de {amt} fue reversado.",
    "Intérprete: dice el agente que nunca comparta su PIN con nadie.",
    "Intérprete: el agente pregunta su fecha de nacimiento.",
]
SPLIT_FIRST = ["{card_p}", "ok ahí va {card_p}", "es {card_p}", "{card_p}...", "number: {card_p}"]
SPLIT_MID = ["{card_p}", "y {card_p}", "{card_p} sigue"]
SPLIT_LAST = ["{card_p}", "{card_p} ya", "{card_p} esa e'", "y {card_p}", "{card_p} done"]
CORRECT: dict[str, list[str]] = {
    "es": ["perdón, no, es {X_b}", "me equivoqué, es {X_b}", "ay no, {X_b}, ese e' el bueno"],
    "en": ["sorry, it is {X_b}", "no wait, {X_b}"],
    "mix": ["sorry, es {X_b}", "no espere, {X_b}"],
}

# --------------------------------------------------------------------------------------
# Conversations
# --------------------------------------------------------------------------------------

VERIFY_KEYS = ["last4", "zip", "dob", "name", "exp", "ssn4"]


def opening(b: Builder) -> None:
    rng = b.rng
    if rng.random() < 0.5:
        b.agent_pair(rng.choice(GREET), kind="greeting")
        b.cust_pool(OPEN)
    else:
        b.cust_pool(OPEN)
        if rng.random() < 0.4:
            b.cust_pool(FILLER)
        b.agent_pair(rng.choice(GREET), kind="greeting")


def verify(b: Builder) -> None:
    key = b.rng.choice(VERIFY_KEYS)
    b.agent_pair(b.rng.choice(VERIFY[key]), kind="verify")
    b.customer(b.rng.choice(VERIFY_ANS[key][b.lang]), kind="verify_answer")


def ask_answer(b: Builder) -> None:
    rng = b.rng
    if rng.random() < 0.4:
        verify(b)
    kind = rng.choice([CC, CVV, SSN, OTP, OTP, PW, PIN, PIN, "both"])
    if kind == "both":
        b.agent_pair(rng.choice(ASK_CC_CVV), frozenset({CC, CVV}), "ask")
        b.customer(rng.choice(ANSWER_CC_CVV[b.lang]), "answer")
    else:
        b.agent_pair(rng.choice(ASK[kind]), frozenset({kind}), "ask")
        if rng.random() < 0.2:
            b.cust_pool(FILLER)
        tpl = rng.choice(ANSWER[kind][b.lang])
        b.customer(tpl, "bare_answer" if tpl.startswith("{") else "answer")
    b.agent_pair(rng.choice(THANKS), kind="thanks")


def interpreter(b: Builder) -> None:
    rng = b.rng
    b.agent(rng.choice(INTERP_INTRO), kind="interpreter_intro")
    b.cust_pool(OPEN)
    kind = rng.choice([CC, CVV, SSN, OTP, PW, PIN])
    b.agent(rng.choice(EN_ASK_SHORT[kind]), frozenset({kind}), "ask")
    b.agent(rng.choice(INTERP_ASK[kind]), frozenset({kind}), "interpreter_ask")
    b.customer(rng.choice(ANSWER[kind]["es"]), "answer")
    b.customer(rng.choice(RELAY[kind]), "relay")
    if rng.random() < 0.5:
        b.agent("Thank you. One moment please.", kind="thanks")


def volunteer(b: Builder) -> None:
    rng = b.rng
    kind = rng.choice([PIN, PIN, PW, PW, OTP, CVV, SSN])
    if rng.random() < 0.5:
        verify(b)
    b.customer(rng.choice(VOLUNTEER[kind][b.lang]), "volunteer")
    b.agent_pair(rng.choice(WARN_AFTER), kind="warning")


def split_card(b: Builder) -> None:
    rng = b.rng
    digits = b.vals["card_digits"]
    n = len(digits)
    options = {
        13: [[4, 4, 5], [8, 5], [6, 7]],
        14: [[4, 6, 4], [10, 4], [6, 8]],
        15: [[4, 6, 5], [10, 5], [4, 4, 7]],
        16: [[8, 8], [4, 4, 8], [4, 4, 4, 4], [4, 8, 4], [12, 4]],
        19: [[4, 4, 4, 7], [8, 11], [4, 4, 4, 4, 3]],
    }[n]
    sizes = rng.choice(options)
    if sizes[-1] < 4:
        sizes = [*sizes[:-2], sizes[-2] + sizes[-1]]
    sizes = sizes[:4]
    assert sum(sizes) == n
    parts = chunk(digits, sizes)
    if rng.random() < 0.7:
        b.agent_pair(rng.choice(ASK[CC]), frozenset({CC}), "ask")
    else:
        b.cust_pool(FILLER)
    for i, raw in enumerate(parts):
        part = raw
        if len(part) >= 8 and rng.random() < 0.5:
            part = " ".join(
                chunk(part, [4] * (len(part) // 4) + ([len(part) % 4] if len(part) % 4 else []))
            )
        last = i == len(parts) - 1
        pool = SPLIT_FIRST if i == 0 else SPLIT_LAST if last else SPLIT_MID
        b.vals["card_p"] = part
        text, labels = fill(rng.choice(pool), b.vals)
        (lab,) = labels
        lab = Label(CC, lab.start, lab.end, 4 if last else 0, split_part=True)
        b.messages.append(Message("customer", text, [lab], kind="split"))
    b.agent_pair(rng.choice(THANKS), kind="thanks")


def correction(b: Builder) -> None:
    rng = b.rng
    kind = rng.choice([PIN, OTP, CVV])
    slot = {PIN: "pin", OTP: "otp", CVV: "cvv"}[kind]
    first = b.vals[slot]
    b.agent_pair(rng.choice(ASK[kind]), frozenset({kind}), "ask")
    b.customer(rng.choice(ANSWER[kind][b.lang]), "answer")
    second = first
    while second == first:
        digs = list(first)
        idx = [i for i, c in enumerate(digs) if c.isdigit()]
        i = rng.choice(idx[:-1])
        j = idx[idx.index(i) + 1]
        digs[i], digs[j] = digs[j], digs[i]
        if digs == list(first):
            digs[j] = str((int(digs[j]) + 1) % 10)
        second = "".join(digs)
    b.vals[f"{slot}_b"] = second
    b.customer(rng.choice(CORRECT[b.lang]).replace("X_b", f"{slot}_b"), "correction")
    b.agent_pair(rng.choice(THANKS), kind="thanks")


def refusal(b: Builder) -> None:
    rng = b.rng
    kind = rng.choice([PIN, PW, SSN, OTP])
    b.agent_pair(rng.choice(ASK[kind]), frozenset({kind}), "ask")
    b.cust_pool(REFUSE)
    b.agent_pair(rng.choice(WARN), kind="warning")


def legit_verify(b: Builder) -> None:
    verify(b)
    if b.rng.random() < 0.6:
        verify(b)
    b.agent_pair(b.rng.choice(NOTICE), kind="notice")


def dispute(b: Builder) -> None:
    rng = b.rng
    b.cust_pool(NEG_CUST)
    verify(b)
    b.agent_pair(rng.choice(NOTICE), kind="notice")
    if rng.random() < 0.6:
        b.cust_pool(NEG_CUST)


def warnings_only(b: Builder) -> None:
    rng = b.rng
    b.agent_pair(rng.choice(WARN), kind="warning")
    b.cust_pool(FILLER)
    if rng.random() < 0.5:
        b.cust_pool(REFUSE)
    b.agent_pair(rng.choice(NOTICE), kind="notice")


def interpreter_neg(b: Builder) -> None:
    rng = b.rng
    b.agent(rng.choice(INTERP_INTRO), kind="interpreter_intro")
    b.cust_pool(OPEN)
    for _ in range(rng.randrange(1, 3)):
        b.agent(rng.choice(INTERP_ES_NEG), kind="interpreter_relay")
        b.customer(rng.choice(NEG_CUST["es"] + VERIFY_ANS["last4"]["es"] + VERIFY_ANS["zip"]["es"]))
        b.customer(rng.choice(RELAY_NEG), "relay")


POSITIVE = [(ask_answer, 8), (interpreter, 3), (volunteer, 3), (split_card, 2), (correction, 2)]
NEGATIVE = [(legit_verify, 5), (dispute, 4), (warnings_only, 2), (interpreter_neg, 2), (refusal, 2)]


def build(rng: Random, index: int, seed: int) -> Conversation:
    lang = rng.choices(["en", "es", "mix"], [41, 53, 6])[0]  # interpreter chats are "mix" too
    vals = make_vals(rng)
    b = Builder(rng, lang, vals)
    positive = rng.random() < 0.5
    table = POSITIVE if positive else NEGATIVE
    body = rng.choices([f for f, _ in table], [w for _, w in table])[0]
    if body in (interpreter, interpreter_neg):
        b.lang = lang = "mix"
    elif rng.random() < 0.75:
        opening(b)
    body(b)
    if not positive and rng.random() < 0.4:
        b.cust_pool(NEG_CUST)
    if len(b.messages) < 10 and rng.random() < 0.6:
        b.agent_pair(rng.choice(CLOSE), kind="closing")
    if len(b.messages) < 10 and rng.random() < 0.5:
        b.cust_pool(FILLER)
    while len(b.messages) < 3:
        b.cust_pool(FILLER)
    msgs = b.messages[:10]
    if lang == "es" and rng.random() < 0.15:  # voice-to-text: no final stop
        for m in msgs:
            ends = [lab.end for lab in m.labels]
            if m.role == "customer" and m.text[-1:] in (".", "!") and len(m.text) not in ends:
                m.text = m.text[:-1]
    return Conversation(f"s17-{seed}-{index:04d}", body.__name__, lang, msgs)


# --------------------------------------------------------------------------------------
# Self-check
# --------------------------------------------------------------------------------------

RUN_RE = re.compile(r"\d+(?:[ \-.]\d+)*")
SSN_SHAPE_RE = re.compile(r"(?<!\d)(\d{3})[- .](\d{2})[- .](\d{4})(?!\d)")
BRAND_RE = re.compile(r"^(?:4|5[1-5]|2[2-7]|3[0-9]|6)")
PW_RE = re.compile(r"^\S+$")


def valid_ssn(digits: str) -> bool:
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def accidental(msg: Message) -> str | None:
    covered = set()
    for lab in msg.labels:
        covered.update(range(lab.start, lab.end))
    for run in RUN_RE.finditer(msg.text):
        groups = [
            (g.start() + run.start(), g.end() + run.start())
            for g in re.finditer(r"\d+", run.group())
        ]
        for i in range(len(groups)):
            for j in range(i, len(groups)):
                span = range(groups[i][0], groups[j][1])
                digits = "".join(msg.text[a:z] for a, z in groups[i : j + 1])
                card_like = 13 <= len(digits) <= 19 and BRAND_RE.match(digits)
                unlabelled = not all(k in covered for k in span if msg.text[k].isdigit())
                if card_like and unlabelled and luhn.is_valid(digits):
                    return f"unlabelled card-like run {digits!r}"
    for m in SSN_SHAPE_RE.finditer(msg.text):
        digits = "".join(m.groups())
        if valid_ssn(digits) and not any(
            lab.type == SSN and lab.start <= m.start() and m.end() <= lab.end for lab in msg.labels
        ):
            return f"unlabelled SSN shape {m.group()!r}"
    return None


def check(conv: Conversation) -> None:
    assert 3 <= len(conv.messages) <= 10, conv.cid
    split_msgs = 0
    for msg in conv.messages:
        assert msg.role in ("customer", "agent")
        if msg.role == "agent":
            assert not msg.labels, (conv.cid, msg.text)
        else:
            assert not msg.requested, (conv.cid, msg.text)
        reason = accidental(msg)
        assert reason is None, (conv.cid, msg.text, reason)
        split_msgs += any(lab.split_part for lab in msg.labels)
        for lab in msg.labels:
            value = msg.text[lab.start : lab.end]
            assert 0 <= lab.start < lab.end <= len(msg.text), (conv.cid, msg.text, lab)
            assert value == value.strip() and value, (conv.cid, msg.text, lab)
            digits = re.sub(r"\D", "", value)
            if lab.type != PW:
                assert re.fullmatch(r"\d+(?:[ \-.]\d+)*", value), (conv.cid, value, lab)
            if lab.split_part:
                assert lab.type == CC and msg.labels[0] is lab and len(msg.labels) == 1
            elif lab.type == CC:
                assert lab.keep == 4 and BRAND_RE.match(digits) and luhn.is_valid(digits), (
                    conv.cid,
                    value,
                )
                assert len(digits) in (13, 14, 15, 16, 19), (conv.cid, value)
                if digits.startswith(("34", "37")):
                    assert len(digits) == 15
            elif lab.type == SSN:
                assert lab.keep == 4 and len(digits) == 9 and valid_ssn(digits), (conv.cid, value)
                if value.isdigit():
                    assert re.search(r"social|SSN", msg.text, re.IGNORECASE), (conv.cid, msg.text)
            elif lab.type == CVV:
                assert len(digits) in (3, 4) and lab.keep == 0, (conv.cid, value)
            elif lab.type == OTP:
                assert 4 <= len(digits) <= 8 and lab.keep == 0, (conv.cid, value)
            elif lab.type == PIN:
                assert 4 <= len(digits) <= 6 and lab.keep == 0, (conv.cid, value)
            elif lab.type == PW:
                assert PW_RE.match(value) and lab.keep == 0, (conv.cid, value)
            else:
                raise AssertionError(lab)
    if split_msgs:
        parts = [lab for m in conv.messages for lab in m.labels if lab.split_part]
        texts = [
            m.text[m.labels[0].start : m.labels[0].end]
            for m in conv.messages
            if m.labels and m.labels[0].split_part
        ]
        digits = re.sub(r"\D", "", "".join(texts))
        assert 2 <= len(parts) <= 4 and luhn.is_valid(digits) and BRAND_RE.match(digits), (
            conv.cid,
            texts,
        )
        assert [lab.keep for lab in parts] == [0] * (len(parts) - 1) + [4]


def generate(seed: int, count: int = 480) -> list[Conversation]:
    rng = Random(seed)
    conversations: list[Conversation] = []
    for index in range(count):
        for _attempt in range(20):
            conv = build(rng, index, seed)
            if all(accidental(m) is None for m in conv.messages):
                break
        check(conv)
        conversations.append(conv)
    return conversations
