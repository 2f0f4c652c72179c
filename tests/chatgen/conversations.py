"""Conversations whose meaning spans messages, English and Spanish.

- `ask_then_answer`: an agent asks for a security code, a passcode, an SSN, a PIN or a
  password (blocked or not), and the customer replies with the bare value ("482", "sure,
  551903", "it's 4 8 2"), maybe after a "one sec" and an agent's "take your time".
- `split_card`: the customer types a card number over 2-4 messages ("4111", "1111",
  "1111", "1111", or two groups then the rest), maybe with words around the digits and
  an agent's "go on" in between.
- `notice_then_code`: an agent says a passcode was sent ("I just sent a code to your
  phone"), asking for nothing, and the customer types it back anyway; or the agent then
  asks for something else (the last four, a ZIP) and the number answers that.
- `customer_words`: the customer announces a value ("the pin is") and types it alone next,
  or gives one and corrects it ("no wait, 5820"); or gives one and then types a number
  that means something else.
- `topic_then_value`: a message talks about a value without asking for it ("please don't
  type your social here", "the ATM keeps saying wrong PIN", "the CVV is the 3 digits on
  the back") and the customer types it anyway: a full SSN, a PIN after a verb that gives
  it ("tried 8720 twice"), a code after one ("got 865609 from 88202"), a card's code
  bare; or a number that means something else (the last four, a ZIP, a bare 4 digits
  after PIN talk).
- negatives: numbers after an allowed ask (last four, ZIP), after a warning, long after
  the ask (turns or seconds), or with another meaning (a ZIP, an amount, an order or
  phone number); numbers typed in a row that are no card (order numbers, phone numbers,
  ZIPs, amounts, Luhn-invalid groups).

Each conversation says which message must carry which finding (and, for a card, which
earlier messages are its parts) and that no other message may carry one of those types.

    python -m tests.chatgen.conversations --seed 5 --size 2000
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from stdnum import luhn
from stdnum.us import ssn as stdnum_ssn

from tests.chatgen import agent
from tests.chatgen.cards import BRAND_SPECS, card_number, group, luhn_invalid

CREDIT_CARD = agent.CREDIT_CARD
ANSWERABLE = (
    agent.CARD_SECURITY_CODE,
    agent.ONE_TIME_PASSCODE,
    agent.US_SSN,
    agent.PIN,
    agent.PASSWORD,
)


@dataclass(frozen=True)
class Turn:
    id: str
    role: str  # "customer" | "agent"
    text: str
    timestamp: float | None = None


@dataclass
class Conversation:
    family: str
    turns: list[Turn] = field(default_factory=list)
    #: message id -> the type it must carry (the bare answer, the completed card)
    expected: dict[str, str] = field(default_factory=dict)
    #: message id -> the earlier ids a split card must name
    parts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: the types no message may carry (beyond `expected`)
    watched: frozenset[str] = frozenset()


class _Builder:
    def __init__(self, family: str, rng: random.Random, timed: bool) -> None:
        self.conversation = Conversation(family)
        self.rng = rng
        self.clock: float | None = 1_700_000_000.0 if timed else None

    def add(self, role: str, text: str, gap: float | None = None) -> str:
        message_id = f"m{len(self.conversation.turns)}"
        if self.clock is not None:
            self.clock += gap if gap is not None else self.rng.uniform(2, 40)
        self.conversation.turns.append(Turn(message_id, role, text, self.clock))
        return message_id


# ── values a customer types ────────────────────────────────────────────────────────────


def _digits(rng: random.Random, count: int) -> str:
    first = str(rng.randrange(1, 10))
    return first + "".join(str(rng.randrange(10)) for _ in range(count - 1))


def _ssn(rng: random.Random) -> str:
    while True:
        digits = (
            f"{rng.randrange(1, 900):03d}{rng.randrange(1, 100):02d}{rng.randrange(1, 10_000):04d}"
        )
        if stdnum_ssn.is_valid(digits):
            return digits


def _password(rng: random.Random) -> str:
    words = ("Hunter", "Perro", "sunshine", "Dragon", "Maria", "Tigre", "blue", "Rocky")
    tails = ("2!", "1987", "#44", "_x9", "2024$", "!!7", "08*")
    return rng.choice(words) + rng.choice(tails)


def answer_value(rng: random.Random, secret_type: str) -> str:
    """A value of `secret_type` typed the way customers do."""
    if secret_type == agent.CARD_SECURITY_CODE:
        digits = _digits(rng, rng.choice((3, 3, 3, 4)))
    elif secret_type == agent.ONE_TIME_PASSCODE:
        digits = _digits(rng, rng.choice((6, 6, 6, 4, 5, 8)))
    elif secret_type == agent.PIN:
        digits = _digits(rng, rng.choice((4, 4, 4, 6)))
    elif secret_type == agent.US_SSN:
        digits = _ssn(rng)
        return rng.choice(
            (
                digits,
                f"{digits[:3]}-{digits[3:5]}-{digits[5:]}",
                f"{digits[:3]} {digits[3:5]} {digits[5:]}",
            )
        )
    else:
        return _password(rng)
    style = rng.randrange(6)
    if style == 0 and len(digits) <= 4:
        return " ".join(digits)
    if style == 1 and len(digits) == 6:
        return f"{digits[:3]} {digits[3:]}"
    if style == 2 and len(digits) == 6:
        return f"{digits[:3]}-{digits[3:]}"
    return digits


ANSWER_FRAMES = {
    "en": (
        "{v}",
        "{v}",
        "sure, {v}",
        "it's {v}",
        "ok {v}",
        "{v} thanks",
        "yes {v}",
        "here you go: {v}",
        "{v} 👍",
        "umm {v}",
        "got it - {v}",
        "{v}.",
    ),
    "es": (
        "{v}",
        "{v}",
        "claro, {v}",
        "es {v}",
        "ok {v}",
        "{v} gracias",
        "sí, {v}",
        "aquí está: {v}",
        "listo {v}",
    ),
}
# More ways to give a value, and to type the parts of a card.
ANSWER_FRAMES["en"] += ("I got {v}", "it says {v}", "{v} is what I got", "the code? {v}")
ANSWER_FRAMES["es"] += ("es el {v}", "me salió {v}", "mi clave? {v}")

STALLS = {
    "en": ("one sec", "let me grab my card", "hold on", "ok give me a minute", "looking for it"),
    "es": ("un momento", "déjeme buscarla", "espere", "ya le digo"),
}
# Talk of other things, longer than a stall.
OTHER_TALK = {
    "en": ("my card got declined at the grocery store yesterday",
           "i also want to ask about the late fee on my last statement",
           "the app keeps logging me out when i open the statements page",
           "and my husband has a card on this account too, is that ok"),
    "es": ("también quería preguntar por el cargo de la anualidad de este mes",
           "la app se me cierra cuando abro los estados de cuenta",
           "y mi esposo también tiene una tarjeta en esta cuenta"),
}  # fmt: skip
AGENT_FILLERS = {
    "en": ("Take your time.", "No problem.", "Sure, I'll wait.", "Go on.", "Okay."),
    "es": ("Tómese su tiempo.", "No hay problema.", "Claro, espero.", "Adelante.", "Ok."),
}


def _ask(rng: random.Random, secret_type: str, lang: str) -> str:
    while True:
        sample = agent.forbidden(rng, lang)
        if sample.requested == frozenset({secret_type}) and sample.family != "free":
            return sample.text


def ask_then_answer(rng: random.Random) -> Conversation:
    lang = rng.choice(("en", "en", "es"))
    secret_type = rng.choice(ANSWERABLE)
    build = _Builder("answer", rng, timed=rng.random() < 0.5)
    if rng.random() < 0.3:
        build.add("customer", rng.choice(("hi, I need help with my card", "hola, necesito ayuda")))
    build.add("agent", _ask(rng, secret_type, lang))
    if rng.random() < 0.25:
        build.add("customer", rng.choice(STALLS[lang]))
        if rng.random() < 0.5:
            build.add("agent", rng.choice(AGENT_FILLERS[lang]))
    value = answer_value(rng, secret_type)
    answer = build.add("customer", rng.choice(ANSWER_FRAMES[lang]).format(v=value))
    build.conversation.expected[answer] = secret_type
    build.conversation.watched = frozenset({secret_type})
    return build.conversation


# An agent's word that a passcode is on its way: no ask, yet customers type it back.
NOTICES = {
    "en": (
        "I just sent a code to your phone ending in {last4}. Please don't share it.",
        "We've texted you a verification code.",
        "I've sent a one-time passcode to the email on file.",
        "You should receive a 6-digit code in a moment.",
        "A code is on its way to your phone, enter it on the verification screen.",
        "Sending you a code now.",
        "I sent you a new code, the old one expired.",
    ),
    "es": (
        "Le acabo de mandar un código al celular terminado en {last4}.",
        "Le enviamos un código por SMS, no lo comparta.",
        "Ya le envié el código de verificación a su correo.",
        "En un momento le llegará un código a su teléfono.",
        "Te mandamos una clave temporal por mensaje.",
    ),
}
# What an agent asks next that is not the passcode: its answer is no passcode.
OTHER_ASKS = {
    "en": (
        "Can you also confirm the last four of your SSN?",
        "What's your billing ZIP code?",
        "And the last 4 digits of the card?",
    ),
    "es": ("¿Me confirma los últimos cuatro de su seguro social?", "¿Cuál es su código postal?"),
}


def notice_then_code(rng: random.Random) -> Conversation:
    """An agent says a passcode was sent; the customer types it back anyway, or, after
    the agent asks for something else, answers that."""
    lang = rng.choice(("en", "en", "es"))
    build = _Builder("notice", rng, timed=rng.random() < 0.5)
    build.add("agent", rng.choice(NOTICES[lang]).format(last4=f"{rng.randrange(10_000):04d}"))
    if rng.random() < 0.25:
        build.add("customer", rng.choice(STALLS[lang]))
    if rng.random() < 0.3:  # the wait ends: the next number answers the other ask
        build.add("agent", rng.choice(OTHER_ASKS[lang]))
        value = f"{rng.randrange(10_000, 99_999)}" if rng.random() < 0.5 else _digits(rng, 4)
        build.add("customer", rng.choice(ANSWER_FRAMES[lang]).format(v=value))
    else:
        value = answer_value(rng, agent.ONE_TIME_PASSCODE)
        answer = build.add("customer", rng.choice(ANSWER_FRAMES[lang]).format(v=value))
        build.conversation.expected[answer] = agent.ONE_TIME_PASSCODE
    build.conversation.watched = frozenset({agent.ONE_TIME_PASSCODE})
    return build.conversation


# The customer's own words about a value: a cue that announces it, a correction of it.
ANNOUNCE = {
    agent.CARD_SECURITY_CODE: {
        "en": ("the cvv is", "and the code on the back", "security code:"),
        "es": ("el cvv es", "y el código de atrás", "código de seguridad:"),
    },
    agent.ONE_TIME_PASSCODE: {
        "en": ("the code they texted is", "ok the text code", "verification code:"),
        "es": ("el código que me llegó es", "código de verificación:"),
    },
    agent.PIN: {"en": ("the pin is", "my pin:", "and my pin"), "es": ("el NIP es", "mi pin es:")},
    agent.US_SSN: {"en": ("my ssn is", "social:"), "es": ("mi seguro social es",)},
    agent.PASSWORD: {"en": ("my password is", "password:"), "es": ("mi contraseña es",)},
}
GIVE = {"en": "my {cue} is {v}", "es": "mi {cue} es {v}"}
CUE_WORD = {
    agent.CARD_SECURITY_CODE: {"en": "cvv", "es": "cvv"},
    agent.ONE_TIME_PASSCODE: {"en": "code", "es": "código de verificación"},
    agent.PIN: {"en": "pin", "es": "nip"},
    agent.US_SSN: {"en": "ssn", "es": "seguro social"},
    agent.PASSWORD: {"en": "password", "es": "contraseña"},
}
CORRECTIONS = {
    "en": ("sorry, wrong one, it's {v}", "no wait, {v}", "oops typo, {v}", "i mean {v}",
           "actually it's {v}, my bad"),
    "es": ("perdón, me equivoqué, es {v}", "no, espere, es {v}", "quise decir {v}",
           "perdón, el correcto es {v}"),
}  # fmt: skip
NOT_CORRECTIONS = {
    "en": ("thanks, my zip is {zip}", "ok, order {order} still hasn't arrived"),
    "es": ("gracias, mi código postal es {zip}", "ok, el pedido {order} no ha llegado"),
}


def customer_words(rng: random.Random) -> Conversation:
    """The customer announces a value and gives it in the next message, or gives one and
    corrects it; or gives one and then types a number that means something else."""
    lang = rng.choice(("en", "en", "es"))
    secret_type = rng.choice(ANSWERABLE)
    build = _Builder("own words", rng, timed=rng.random() < 0.5)
    kind = rng.randrange(3)
    if kind == 0:  # announced, then given alone
        build.add("customer", rng.choice(ANNOUNCE[secret_type][lang]))
        value = answer_value(rng, secret_type)
        answer = build.add("customer", value if rng.random() < 0.7 else f"{value} 👍")
        build.conversation.expected[answer] = secret_type
    else:
        first = answer_value(rng, secret_type)
        cue = CUE_WORD[secret_type][lang]
        build.add("customer", GIVE[lang].format(cue=cue, v=first))
        if rng.random() < 0.3:
            build.add("agent", rng.choice(AGENT_FILLERS[lang]))
        if kind == 1:  # corrected
            value = answer_value(rng, secret_type)
            answer = build.add("customer", rng.choice(CORRECTIONS[lang]).format(v=value))
            build.conversation.expected[answer] = secret_type
        else:  # something else follows
            build.add("customer", _fill_other(rng, rng.choice(NOT_CORRECTIONS[lang])))
    build.conversation.watched = frozenset({secret_type})
    return build.conversation


def _card_parts(rng: random.Random) -> tuple[str, list[str]]:
    brand = rng.choice(BRAND_SPECS)
    digits = card_number(rng, brand)
    sizes = rng.choice(brand.groupings) if rng.random() < 0.5 else (4,) * 5
    groups = group(digits, sizes)
    count = rng.randint(2, min(4, len(groups)))
    cuts = sorted(rng.sample(range(1, len(groups)), count - 1))
    parts = []
    for start, end in zip([0, *cuts], [*cuts, len(groups)], strict=True):
        parts.append(rng.choice((" ", " ", "-", "")).join(groups[start:end]))
    return digits, parts


PART_FRAMES = {
    "en": ("{p}", "{p}", "{p}", "then {p}", "{p}...", "and {p}", "next {p}", "{p} ok?"),
    "es": ("{p}", "{p}", "{p}", "luego {p}", "y {p}", "{p}..."),
}
FIRST_FRAMES = {
    "en": ("{p}", "{p}", "my card is {p}", "ok it's {p}", "card: {p}"),
    "es": ("{p}", "{p}", "mi tarjeta es {p}", "es {p}"),
}

PART_FRAMES["en"] += ("next four: {p}", "the rest is {p}")
PART_FRAMES["es"] += ("y al final {p}", "el resto {p}")
FIRST_FRAMES["en"] += ("first four: {p}", "the first part is {p}")
FIRST_FRAMES["es"] += ("los primeros 4 son {p}",)


def split_card(rng: random.Random) -> Conversation:
    lang = rng.choice(("en", "en", "es"))
    build = _Builder("split card", rng, timed=rng.random() < 0.5)
    if rng.random() < 0.4:
        build.add("agent", rng.choice(agent.PARTIAL_ASKS[lang]))
    _, parts = _card_parts(rng)
    ids = []
    if rng.random() < 0.15:  # the last part with its expiry date: "1111 exp 12/27"
        expiry = f"{rng.randrange(1, 13):02d}/{rng.randrange(26, 33)}"
        parts[-1] += rng.choice((" exp ", " vence ", " ", " expires ")) + expiry
    shouting = rng.random() < 0.1  # "CARD: 4111", "NEXT 1111"
    for index, part in enumerate(parts):
        frames = FIRST_FRAMES if index == 0 else PART_FRAMES
        text = rng.choice(frames[lang]).format(p=part)
        ids.append(
            build.add("customer", text.upper() if shouting else text, gap=rng.uniform(1, 20))
        )
        if index < len(parts) - 1 and rng.random() < 0.2:
            build.add("agent", rng.choice(AGENT_FILLERS[lang]), gap=rng.uniform(1, 5))
        if index < len(parts) - 1 and rng.random() < 0.15:  # "hold on", "one sec" between
            for _ in range(rng.randint(1, 3)):
                build.add("customer", rng.choice(STALLS[lang]), gap=rng.uniform(1, 5))
    build.conversation.expected[ids[-1]] = CREDIT_CARD
    build.conversation.parts[ids[-1]] = tuple(ids[:-1])
    build.conversation.watched = frozenset({CREDIT_CARD})
    return build.conversation


# ── negatives ──────────────────────────────────────────────────────────────────────────

OTHER_NUMBERS = {
    "en": (
        "my zip is {zip}",
        "it was ${amount}",
        "the charge was {amount} dollars",
        "order #{order}",
        "call me at {phone}",
        "on {date}",
        "I have {small} cards",
        "the one ending in {last4}",
        "last four are {last4}",
        "apt {small}",
        "it happened {small} times",
        "born in {year}",
        # an address, a build number, a vanity number, a date in words
        "I live at {last4} Oak Street",
        "the app shows version 2.{small} ({last4})",
        "the card says call 1-800-{small}{small}{small}-CARD",
        "it posted Jan {small}, {year}",
    ),
    "es": (
        "mi código postal es {zip}",
        "fue de ${amount}",
        "pedido {order}",
        "mi teléfono es {phone}",
        "el {date}",
        "tengo {small} tarjetas",
        "la que termina en {last4}",
        "nací en {year}",
        "vivo en Av. Juárez {last4}",
        "me sale la versión 4.{small} ({last4})",
        "me llamaron del (55) {last4}-{last4}",
        "el cargo fue el {small} de marzo de {year}",
    ),
}


# Messages that talk about a value without asking for it, by the agent or the customer.
TOPICS = {
    agent.US_SSN: {
        "en": ("Please do not type your Social Security number in this chat.",
               "I only need the last 4 of your SSN, nothing more."),
        "es": ("No escriba su número de seguro social completo por aquí, por favor.",
               "Solo ocupo los últimos 4 de su seguro social."),
    },
    agent.PIN: {
        "en": ("the ATM keeps telling me my pin is wrong",
               "You can reset your PIN in the app under Card settings."),
        "es": ("el cajero me rechaza el NIP desde ayer",
               "Su PIN se bloquea después de tres intentos fallidos."),
    },
    agent.ONE_TIME_PASSCODE: {
        "en": ("the website wants a code to finish the purchase",
               "Never share the code with anyone, not even with us."),
        "es": ("la página me pide un código para terminar la compra",
               "Nunca comparta el código con nadie."),
    },
    agent.CARD_SECURITY_CODE: {
        "en": ("The security code is the three digits on the back, by the signature.",),
        "es": ("El código de seguridad son los 3 dígitos de atrás, junto a la firma.",),
    },
}  # fmt: skip
TOPIC_VALUES = {
    agent.US_SSN: {"en": ("ok it's {v}", "{v} there", "fine, {v} hurry up"),
                   "es": ("ok es {v}", "aquí va {v}", "{v} apúrele")},
    agent.PIN: {"en": ("typed {v} three times", "I entered {v} and it failed",
                       "I've been using {v} forever"),
                "es": ("metí el {v} y nada", "marqué {v} tres veces", "intenté con {v} ayer")},
    agent.ONE_TIME_PASSCODE: {"en": ("got {v} from 24273", "it says {v} lol", "received {v}"),
                              "es": ("me llegó el {v} desde el 24273", "dice {v}",
                                     "recibí {v} wey")},
    agent.CARD_SECURITY_CODE: {"en": ("mine says {v}, right?", "{v} the one on the back"),
                               "es": ("el mío tiene {v} verdad?", "{v} es ese?")},
}  # fmt: skip
TOPIC_OTHERS = {
    agent.US_SSN: {"en": ("{last4}", "last 4 are {last4}"),
                   "es": ("{last4}", "termina en {last4}")},
    agent.PIN: {"en": ("{last4}", "the card ends in {last4}"),
                "es": ("{last4}", "mi zip es {zip}")},
    agent.ONE_TIME_PASSCODE: {"en": ("my zip is {zip}", "order {order}"),
                              "es": ("mi código postal es {zip}", "el pedido {order}")},
    agent.CARD_SECURITY_CODE: {"en": ("it was ${amount}", "card ending in {last4}"),
                               "es": ("pagué ${amount}", "termina en {last4}")},
}  # fmt: skip


def topic_then_value(rng: random.Random) -> Conversation:
    """A message talks about a value; the customer types it anyway, or a number that
    means something else."""
    lang = rng.choice(("en", "en", "es"))
    secret_type = rng.choice(tuple(TOPICS))
    build = _Builder("topic", rng, timed=rng.random() < 0.5)
    text = rng.choice(TOPICS[secret_type][lang])
    # (the customer's own words are lowercase without a closing full stop)
    build.add("customer" if text[0].islower() else "agent", text)
    if rng.random() < 0.2:
        build.add("customer", rng.choice(STALLS[lang]))
    if rng.random() < 0.3:
        build.add("customer", _fill_other(rng, rng.choice(TOPIC_OTHERS[secret_type][lang])))
    else:
        value = answer_value(rng, secret_type)
        if secret_type == agent.ONE_TIME_PASSCODE:
            value = _digits(rng, 6)
        answer = build.add("customer", rng.choice(TOPIC_VALUES[secret_type][lang]).format(v=value))
        build.conversation.expected[answer] = secret_type
    build.conversation.watched = frozenset({secret_type})
    return build.conversation


def _fill_other(rng: random.Random, frame: str) -> str:
    return frame.format(
        zip=f"{rng.randrange(10_000, 99_999)}",
        amount=f"{rng.randrange(5, 900)}.{rng.randrange(100):02d}",
        order=f"{rng.randrange(100, 999)}-{rng.randrange(1_000_000, 9_999_999)}",
        phone=f"{rng.randrange(200, 999)}-{rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}",
        date=f"{rng.randrange(1, 13)}/{rng.randrange(1, 29)}",
        small=rng.randrange(2, 9),
        last4=f"{rng.randrange(10_000):04d}",
        year=rng.randrange(1950, 2005),
    )


def no_answer(rng: random.Random) -> Conversation:
    """Numbers after an ask that are not the asked value, or after no forbidden ask."""
    lang = rng.choice(("en", "en", "es"))
    build = _Builder("no answer", rng, timed=True)
    kind = rng.randrange(4)
    secret_type = rng.choice(ANSWERABLE[:4])
    if kind == 0:  # an allowed ask, then a number
        build.add("agent", rng.choice(agent.PARTIAL_ASKS[lang]))
        build.add(
            "customer", rng.choice(ANSWER_FRAMES[lang]).format(v=f"{rng.randrange(10_000):04d}")
        )
    elif kind == 1:  # a warning, then a number that means something else
        sample = agent.legitimate(rng, lang)
        build.add("agent", sample.text)
        build.add("customer", _fill_other(rng, rng.choice(OTHER_NUMBERS[lang])))
    elif kind == 2:  # the ask, then numbers that mean something else
        build.add("agent", _ask(rng, secret_type, lang))
        build.add("customer", _fill_other(rng, rng.choice(OTHER_NUMBERS[lang])))
    else:  # the ask expired: too many turns of talk, or too long ago
        build.add("agent", _ask(rng, secret_type, lang))
        if rng.random() < 0.5:
            # (stalls keep an ask waiting; talk of other things does not)
            for _ in range(5):
                build.add("customer", rng.choice(OTHER_TALK[lang]))
            build.add("customer", answer_value(rng, secret_type))
        else:
            build.add("customer", answer_value(rng, secret_type), gap=3600)
    build.conversation.watched = frozenset(ANSWERABLE[:4])
    return build.conversation


def no_card(rng: random.Random) -> Conversation:
    """Numbers typed in a row that are no card."""
    lang = rng.choice(("en", "en", "es"))
    build = _Builder("no card", rng, timed=rng.random() < 0.5)
    kind = rng.randrange(4)
    if kind == 0:  # numbers with their meaning
        for _ in range(rng.randint(2, 4)):
            build.add("customer", _fill_other(rng, rng.choice(OTHER_NUMBERS[lang])))
    elif kind == 1:  # a Luhn-invalid card-like number in groups
        digits = _luhn_invalid_card(rng)
        for part in group(digits, (4, 4, 4, 4, 4)):
            build.add("customer", part)
    elif kind == 2:  # a phone number, then a ZIP and an amount
        build.add(
            "customer",
            f"{rng.randrange(200, 999)}-{rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}",
        )
        build.add("customer", f"{rng.randrange(10_000, 99_999)}")
        build.add("customer", f"{rng.randrange(5, 900)}.{rng.randrange(100):02d}")
    else:  # a card split with too long a pause
        build.clock = build.clock or 1_700_000_000.0
        _, parts = _card_parts(rng)
        build.add("customer", parts[0])
        for part in parts[1:]:
            build.add("customer", part, gap=900)
    build.conversation.watched = frozenset({CREDIT_CARD})
    return build.conversation


def _luhn_invalid_card(rng: random.Random) -> str:
    """A number with a card brand's prefix whose every prefix of a card length (13-19
    digits) fails the Luhn check: a mistyped card, an account or reference number."""
    while True:
        spec = rng.choice(BRAND_SPECS)
        length = rng.choice(spec.lengths)
        prefix = rng.choice(spec.prefixes)
        digits = (prefix + luhn_invalid(rng, length))[:length]
        if not any(luhn.is_valid(digits[:n]) for n in range(13, len(digits) + 1)):
            return digits


def corpus(seed: int, size: int) -> list[Conversation]:
    rng = random.Random(seed)
    makers = (
        ask_then_answer,
        split_card,
        no_answer,
        no_card,
        notice_then_code,
        customer_words,
        topic_then_value,
    )
    return [makers[i % len(makers)](rng) for i in range(size)]


# ── measuring ──────────────────────────────────────────────────────────────────────────


@dataclass
class Measure:
    expected: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    stray: int = 0
    messages: int = 0
    misses: list[tuple[Conversation, str]] = field(default_factory=list)
    strays: list[tuple[Conversation, str, list[str]]] = field(default_factory=list)

    def rate(self, family: str) -> float:
        return self.found[family] / max(self.expected[family], 1)


def measure(engine: object, conversations: Sequence[Conversation]) -> Measure:
    from guard import Engine, Message, Role

    assert isinstance(engine, Engine)
    result = Measure()
    for conversation in conversations:
        state = None
        for turn in conversation.turns:
            message = Message(turn.id, turn.text, Role(turn.role), "c", turn.timestamp)
            verdict, state = engine.inspect(message, state)
            result.messages += 1
            types = [f.type.value for f in verdict.findings]
            wanted = conversation.expected.get(turn.id)
            if wanted is not None:
                result.expected[conversation.family] += 1
                hits = [f for f in verdict.findings if f.type.value == wanted]
                parts = conversation.parts.get(turn.id)
                if hits and (parts is None or hits[0].parts == parts):
                    result.found[conversation.family] += 1
                else:
                    result.misses.append((conversation, turn.id))
            elif turn.role == "customer" and not _is_part(conversation, turn.id):
                stray = [t for t in types if t in conversation.watched]
                # A value the recognizers find on their own ("my pin 4321") is not stray.
                if stray and any(
                    f.recognizer.startswith(("Conversation", "SplitCard")) for f in verdict.findings
                ):
                    result.stray += 1
                    result.strays.append((conversation, turn.id, stray))
    return result


def _is_part(conversation: Conversation, message_id: str) -> bool:
    """An earlier part of a split card: a finding there (a 16-digit prefix of a 19-digit
    number that is itself a valid card) is no false alarm."""
    return any(message_id in parts for parts in conversation.parts.values())


def render(result: Measure, show: int = 20) -> str:
    lines = [
        f"bare answers found: {result.found['answer']}/{result.expected['answer']} "
        f"({result.rate('answer'):.2%})",
        f"split cards found (with their parts): {result.found['split card']}/"
        f"{result.expected['split card']} ({result.rate('split card'):.2%})",
        f"passcodes typed back after a notice: {result.found['notice']}/"
        f"{result.expected['notice']} ({result.rate('notice'):.2%})",
        f"values announced or corrected by the customer: {result.found['own words']}/"
        f"{result.expected['own words']} ({result.rate('own words'):.2%})",
        f"values typed after talk of them: {result.found['topic']}/"
        f"{result.expected['topic']} ({result.rate('topic'):.2%})",
        f"stray conversation findings: {result.stray} in {result.messages} messages",
    ]
    for conversation, message_id in result.misses[:show]:
        lines.append(f"  MISS [{conversation.family}] {message_id}: " + _transcript(conversation))
    for conversation, message_id, types in result.strays[:show]:
        lines.append(
            f"  STRAY [{conversation.family}] {message_id} {types}: " + _transcript(conversation)
        )
    return "\n".join(lines)


def _transcript(conversation: Conversation) -> str:
    return " | ".join(f"{t.id} {t.role[0]}: {t.text!r}" for t in conversation.turns)


def main(argv: Sequence[str] | None = None) -> int:
    from guard import Engine

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--show", type=int, default=20)
    args = parser.parse_args(argv)
    print(render(measure(Engine(), corpus(args.seed, args.size)), args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
