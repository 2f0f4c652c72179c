"""Rendering templates into messages: values, small talk, typing habits, secret spans."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from tests.chatgen import values
from tests.chatgen.noise import Style

CREDIT_CARD = "CREDIT_CARD"
CARD_SECURITY_CODE = "CARD_SECURITY_CODE"
US_SSN = "US_SSN"
ONE_TIME_PASSCODE = "ONE_TIME_PASSCODE"
PASSWORD = "PASSWORD"
PIN = "PIN"
TYPES: tuple[str, ...] = (CREDIT_CARD, CARD_SECURITY_CODE, US_SSN, ONE_TIME_PASSCODE, PASSWORD, PIN)
#: Digits the default policy leaves visible at the end of a masked secret.
KEEP_LAST = {CREDIT_CARD: 4, US_SSN: 4}


@dataclass(frozen=True)
class Secret:
    """A secret in a generated message: its type, span and characters (synthetic)."""

    type: str
    start: int
    end: int
    value: str

    @property
    def keep_last(self) -> int:
        return KEEP_LAST.get(self.type, 0)


@dataclass(frozen=True)
class Sample:
    """A generated message. `template` names the pattern it came from (for reports)."""

    text: str
    secrets: tuple[Secret, ...]
    lang: str
    template: str
    family: str

    @property
    def is_clean(self) -> bool:
        return not self.secrets


# ── rendering ───────────────────────────────────────────────────────────────────────────

_SLOT = re.compile(r"\{([A-Za-z0-9_]+)\}")

ValueMaker = Callable[[random.Random, dict[str, str]], str]


def _card(rng: random.Random, seen: dict[str, str]) -> str:
    brand, number = values.card(rng)
    seen["brand"] = brand
    return number


def _security_code(rng: random.Random, seen: dict[str, str]) -> str:
    # Beside an Amex number the code has four digits; alone, the usual three (Amex codes
    # named as such come from the "amex code" templates).
    brand = seen.get("brand", "visa")
    return values.security_code(rng, brand)


def _simple(maker: Callable[[random.Random], str]) -> ValueMaker:
    return lambda rng, _seen: maker(rng)


#: Slots whose value is a secret, and its type.
SECRET_SLOTS: dict[str, str] = {
    "CARD": CREDIT_CARD,
    "CVV": CARD_SECURITY_CODE,
    "CID": CARD_SECURITY_CODE,
    "SSN": US_SSN,
    "SSN9": US_SSN,
    "OTP": ONE_TIME_PASSCODE,
    "PW": PASSWORD,
    "PWA": PASSWORD,
    "PWS": PASSWORD,
    "PIN": PIN,
}

_NAMES = ("Maria Lopez", "John Smith", "Jose Garcia", "Ana Martinez", "Mike Johnson",
          "Luz Hernandez", "david kim", "carmen rodriguez", "Tyrone Williams")  # fmt: skip
_BANKS = ("Chase", "BofA", "Wells Fargo", "Amazon", "Google", "PayPal", "Citi", "Venmo",
          "Banorte", "BBVA")  # fmt: skip
_USERS = ("mlopez84", "jsmith", "carlos.r", "maria_g", "tkim2", "ana.mtz", "dwill77")
_SPACED_PASSWORDS = ("blue sky 9", "my dog max 2020", "i love tacos 7", "go team go 22",
                     "casa azul 45", "sol y luna 8")  # fmt: skip

VALUE_MAKERS: dict[str, ValueMaker] = {
    "CARD": _card,
    "CVV": _security_code,
    "CID": lambda rng, _seen: values.security_code(rng, "amex"),
    "SSN": _simple(values.ssn_shaped),
    "SSN9": _simple(values.ssn_plain),
    "OTP": _simple(values.passcode),
    "PW": _simple(values.password),
    "PWA": _simple(values.plain_password),
    "PWS": lambda rng, _seen: rng.choice(_SPACED_PASSWORDS),
    "PIN": _simple(values.pin),
    "EXP": _simple(values.expiry),
    "PHONE": _simple(values.phone),
    "AMOUNT": _simple(values.amount),
    "DATE": _simple(values.date),
    "TIME": _simple(values.time_of_day),
    "ZIP": _simple(values.zip_code),
    "L4": _simple(values.last_four),
    "MASKED": _simple(values.masked_card),
    "LINV": _simple(values.luhn_invalid_number),
    "IMEI": _simple(values.imei),
    "TRK": _simple(values.tracking_number),
    "CASE": _simple(values.case_number),
    "ROUTING": _simple(values.routing_number),
    "EMP": _simple(values.employee_id),
    "POINTS": _simple(values.points),
    "FLT": _simple(values.flight),
    "ADDR": _simple(values.street_address),
    "YEAR": _simple(values.year),
    "N": _simple(values.small_count),
    "EXT": lambda rng, _seen: values.digits(rng, rng.randint(3, 5)),
    "PCT": lambda rng, _seen: f"{rng.randint(1, 35)}.{rng.randint(0, 99):02d}%",
    "ROOM": lambda rng, _seen: str(rng.randint(100, 2999)),
    "SKU": lambda rng, _seen: values.digits(rng, rng.randint(6, 8)),
    "VERSION": lambda rng, _seen: f"{rng.randint(1, 17)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}",
    "MODEL": lambda rng, _seen: rng.choice(("SM-G991U", "A2643", "XR-500", "TX-1100")),
    "BANK": lambda rng, _seen: rng.choice(_BANKS),
    "MEMBER": lambda rng, _seen: values.digits(rng, rng.randint(8, 11)),
    "NAME": lambda rng, _seen: rng.choice(_NAMES),
    "USER": lambda rng, _seen: rng.choice(_USERS),
}

SMALL_TALK: dict[str, dict[str, tuple[str, ...]]] = {
    "hi": {
        "en": ("", "", "", "", "hi ", "Hi, ", "hello ", "hey ", "ok ", "okay ", "ok so ",
               "yes ", "yeah ", "sure ", "sure, ", "alright ", "sorry, ", "um ", "Good morning, ",
               "got it. ", "ok here: ", "yep ", "hi there, ", "ugh fine ", "Hello, "),
        "es": ("", "", "", "", "hola ", "Hola, ", "buenas ", "ok ", "sí ", "si ", "claro ",
               "bueno ", "listo ", "perdón, ", "a ver ", "ok aquí va: ", "buenas tardes, ",
               "ya ", "va ", "ándale "),
    },
    "thx": {
        "en": ("", "", "", "", " thanks", " thank you", " thx", " ty", ". Thanks!", " pls",
               " please", " is that ok?", " let me know if you need anything else", " asap",
               "!", ".", " hurry please", " did it work?", " lmk", " and thats it"),
        "es": ("", "", "", "", " gracias", " muchas gracias", " grax", " porfa", " por favor",
               "!", ".", " ¿ya quedó?", " ¿algo más?", " rápido porfa", " gracias!!"),
    },
    "ctx": {
        "en": ("I need to update my payment info.", "the payment keeps failing",
               "i want to pay my bill", "I was charged twice", "calling about my order",
               "my account is locked", "im trying to log in", "I got a text from you guys",
               "i just want this fixed", "ok", "fine", "I'm on the app right now",
               "my wife usually does this", "this is my third time contacting you",
               "sorry im at work", "the website wont let me"),
        "es": ("necesito actualizar mi forma de pago.", "el pago no pasa",
               "quiero pagar mi factura", "me cobraron doble", "es sobre mi pedido",
               "mi cuenta está bloqueada", "estoy tratando de entrar", "ok", "ya", "bueno",
               "estoy en la app", "es la tercera vez que escribo", "ando en el trabajo"),
    },
}  # fmt: skip
SMALL_TALK_SLOTS = frozenset(SMALL_TALK)


class _Builder:
    """Concatenates text and values, recording where each secret lands."""

    def __init__(self) -> None:
        self.parts: list[tuple[str, bool]] = []  # (text, is_value)
        self.secrets: list[Secret] = []
        self.length = 0

    def add(self, text: str, *, value: bool = False, secret_type: str | None = None) -> None:
        if secret_type is not None:
            self.secrets.append(Secret(secret_type, self.length, self.length + len(text), text))
        self.parts.append((text, value))
        self.length += len(text)

    def text(self) -> str:
        return "".join(text for text, _ in self.parts)


def render(rng: random.Random, template: str, lang: str, family: str, style: Style) -> Sample:
    """Fill `template`: values where they go, small talk and typing habits around them."""
    builder = _Builder()
    seen: dict[str, str] = {}
    if style.emoji and rng.random() < 0.3:
        builder.add(style.emoji + " ")
    position = 0
    for match in _SLOT.finditer(template):
        if match.start() > position:
            builder.add(style.literal(template[position : match.start()]))
        name = match.group(1)
        if name in SMALL_TALK_SLOTS:
            talk_lang = rng.choice(("en", "es")) if lang == "mix" else lang
            builder.add(style.small_talk(rng, rng.choice(SMALL_TALK[name][talk_lang])))
        else:
            value = VALUE_MAKERS[name](rng, seen)
            builder.add(value, value=True, secret_type=SECRET_SLOTS.get(name))
        position = match.end()
    if position < len(template):
        builder.add(style.literal(template[position:]))
    if builder.parts and not builder.parts[-1][1]:
        last, _ = builder.parts.pop()
        builder.parts.append((style.finish(last), False))
    if style.emoji and rng.random() < 0.7:
        builder.parts.append((" " + style.emoji, False))
    return Sample(builder.text(), tuple(builder.secrets), lang, template, family)


def join(samples: Sequence[Sample], separators: Sequence[str], family: str) -> Sample:
    """Several messages typed as one run-on message."""
    text = ""
    secrets: list[Secret] = []
    for index, sample in enumerate(samples):
        if index:
            separator = separators[index - 1]
            # "104 865" then "534 is the cvv" joined by a space would be one number to
            # any reader: between two values people put a word or a full stop.
            if text[-1:].isdigit() and sample.text[:1].isdigit() and not separator.strip(" ,"):
                separator = ". "
            text += separator
        offset = len(text)
        secrets.extend(
            Secret(s.type, s.start + offset, s.end + offset, s.value) for s in sample.secrets
        )
        text += sample.text
    langs = {s.lang for s in samples}
    lang = langs.pop() if len(langs) == 1 else "mix"
    template = " + ".join(s.template for s in samples)
    return Sample(text, tuple(secrets), lang, template, family)


# ── templates ───────────────────────────────────────────────────────────────────────────


# Spanish articles agree with the cue: "la clave dinámica", "los 3 dígitos".
_FEMININE = re.compile(r"\b(el|El|EL|del) (clave|contraseña)\b")
_PLURAL = re.compile(r"\b(el|El|EL) ((?:\d|tres) (?:d[ií]gitos|n[uú]meros))\b")
_FEMININE_ARTICLE = {"el": "la", "El": "La", "EL": "LA", "del": "de la"}
_PLURAL_ARTICLE = {"el": "los", "El": "Los", "EL": "LOS"}


def _agree(frame: str) -> str:
    frame = _FEMININE.sub(lambda m: f"{_FEMININE_ARTICLE[m[1]]} {m[2]}", frame)
    return _PLURAL.sub(lambda m: f"{_PLURAL_ARTICLE[m[1]]} {m[2]}", frame)


@dataclass(frozen=True)
class Family:
    """Templates of one kind: frames with a {cue} slot, per language, and cue words."""

    name: str
    frames: dict[str, tuple[str, ...]]
    cues: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def draw(self, rng: random.Random) -> tuple[str, str]:
        """(template with its cue filled in, language)."""
        lang = rng.choice(tuple(self.frames))
        frame = rng.choice(self.frames[lang])
        if "{cue}" in frame:
            cue_lang = lang if lang in self.cues else rng.choice(("en", "es"))
            frame = frame.replace("{cue}", rng.choice(self.cues[cue_lang]))
            frame = _agree(frame)
        return frame, lang


def sample_of(rng: random.Random, family: Family) -> Sample:
    template, lang = family.draw(rng)
    return render(rng, template, lang, family.name, Style.draw(rng))
