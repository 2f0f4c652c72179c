"""Fourth blind end-to-end evaluation set for guard: street-level support chats.

Written without reading guard's code, rules, tests, benchmarks or the other blind sets
(only the schema of `tests.blind.e2e_set`). Conversations imitate how people in the US,
Mexico, Puerto Rico, Colombia, Argentina and Spain really type in a card issuer's chat:
slang ("el plástico", "el NIP", "mi social", "cc#"), typos, several secrets per message,
secrets buried in stories, odd splits, spelled-out digits, values in quotes or code
blocks, subtly phishing agents, bots with menus, and hard negatives (amounts, dates,
phones, Luhn-failing order numbers and IMEIs, masked numbers, last-four talk, ...).

`generate(seed, count)` is deterministic: one seeded `random.Random` drives everything,
and a self-check validates every label before the set is returned.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from random import Random

from stdnum import luhn

from tests.blind.e2e_set import CC, CVV, OTP, PIN, PW, SSN, TYPES, Conversation, Label, Message

KEEP: dict[str, int] = {CC: 4, SSN: 4}
LANGS: tuple[str, ...] = ("en", "es", "mix")


@dataclass(frozen=True)
class V:
    """A secret value placed in a message."""

    type: str
    text: str
    keep: int = -1  # -1: the type's default
    split: bool = False


Part = str | V

# --------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------

BRANDS: dict[str, tuple[list[str], list[int]]] = {
    "visa": (["4"], [16, 16, 16, 13, 19]),
    "mc": ([str(p) for p in range(51, 56)] + ["2221", "2300", "2499", "2610", "2720"], [16]),
    "amex": (["34", "37"], [15]),
    "discover": (["6011", "644", "645", "647", "649", "65"], [16, 16, 19]),
    "jcb": (["3528", "3540", "3566", "3589"], [16]),
    "diners": (["300", "301", "305", "36", "38"], [14, 16]),
    "unionpay": (["62"], [16, 19]),
    "maestro": (["5018", "5020", "5038", "6304", "6759", "6761"], [16, 19]),
}

WORDS_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
WORDS_ES = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
WORD_DIGIT: dict[str, str] = {w: str(i) for i, w in enumerate(WORDS_EN)}
WORD_DIGIT.update({w: str(i) for i, w in enumerate(WORDS_ES)})
WORD_DIGIT["oh"] = "0"


def card_digits(rng: Random, brand: str | None = None) -> str:
    brand = brand or rng.choice(
        ["visa"] * 5
        + ["mc"] * 4
        + ["amex"] * 2
        + ["discover", "jcb", "diners", "unionpay"]
        + ["maestro"]
    )
    prefixes, lengths = BRANDS[brand]
    prefix = rng.choice(prefixes)
    length = rng.choice(lengths)
    if brand == "diners" and prefix == "36":
        length = 14
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


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


def card_sizes(digits: str) -> list[int]:
    if len(digits) == 15:
        return [4, 6, 5]
    if len(digits) == 14:
        return [4, 6, 4]
    return [4] * 5


def fmt_card(rng: Random, digits: str) -> str:
    r = rng.random()
    std = card_sizes(digits)
    if r < 0.30:
        return group(digits, std, " ")
    if r < 0.45:
        return group(digits, std, "-")
    if r < 0.55:
        return digits
    if r < 0.60:
        return group(digits, std, ".")
    if r < 0.65:
        return group(digits, std, "  ")
    if r < 0.72 and len(digits) == 16:  # "4111-1111 1111/1111"
        return f"{digits[:4]}-{digits[4:8]} {digits[8:12]}/{digits[12:]}"
    if r < 0.79 and len(digits) == 16:  # "4111 1111 1111 111 1"
        return f"{digits[:4]} {digits[4:8]} {digits[8:12]} {digits[12:15]} {digits[15]}"
    if r < 0.85:
        return f"{digits[:8]} {digits[8:]}"
    if r < 0.92:
        return group(digits, [3] * 7, " ")
    return group(digits, std, " - ")


def spell(digits: str, lang: str) -> str:
    words = WORDS_ES if lang == "es" else WORDS_EN
    return " ".join(words[int(d)] for d in digits)


def spelled_card(rng: Random, lang: str) -> str:
    digits = card_digits(rng, rng.choice(["visa", "mc", "discover"]))
    wl = "es" if lang == "es" or (lang == "mix" and rng.random() < 0.5) else "en"
    if rng.random() < 0.5:  # digits, then the last group in words
        return f"{digits[:4]} {digits[4:8]} {digits[8:12]} {spell(digits[12:], wl)}"
    groups = [spell(digits[i : i + 4], wl) for i in range(0, len(digits), 4)]
    return ", ".join(groups)


def ssn_digits(rng: Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def fmt_ssn(rng: Random, d: str) -> str:
    return rng.choice(
        [
            f"{d[:3]}-{d[3:5]}-{d[5:]}",
            f"{d[:3]}-{d[3:5]}-{d[5:]}",
            f"{d[:3]} {d[3:5]} {d[5:]}",
            d,
            f"{d[:3]}.{d[3:5]}.{d[5:]}",
            f"{d[:3]}-{d[3:5]} {d[5:]}",
        ]
    )


def digits_str(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def otp_value(rng: Random) -> str:
    r = rng.random()
    if r < 0.55:
        return digits_str(rng, 6)
    if r < 0.7:
        d = digits_str(rng, 6)
        return f"{d[:3]} {d[3:]}"
    if r < 0.8:
        d = digits_str(rng, 6)
        return f"{d[:3]}-{d[3:]}"
    if r < 0.9:
        return digits_str(rng, 4)
    return digits_str(rng, rng.choice([5, 7, 8]))


PW_WORDS = [
    "Mariposa",
    "tigre",
    "Sunshine",
    "Yankees",
    "Boricua",
    "Chivas",
    "messi",
    "Paella",
    "Cafecito",
    "Bogota",
    "Gatito",
    "dragon",
    "Lupita",
    "Corazon",
    "Patitos",
    "Ronaldo",
    "princesa",
    "Coqui",
    "Bichota",
    "Azul",
    "Huracan",
    "Mango",
    "Tacos",
    "Madrid",
]
PW_SYMBOLS = ["!", "#", "$", "@", "*", "&", ".", "_", "%"]


def pw_value(rng: Random) -> str:
    w = rng.choice(PW_WORDS)
    r = rng.random()
    if r < 0.3:
        return f"{w}{rng.choice(PW_SYMBOLS)}{rng.randint(1980, 2025)}"
    if r < 0.5:
        return f"{w.lower()}{rng.randint(10, 999)}"
    if r < 0.65:
        leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return f"{leet}{rng.choice(PW_SYMBOLS)}{rng.randint(10, 99)}"
    if r < 0.8:
        w2 = rng.choice(PW_WORDS)
        return f"{w.capitalize()}{w2.capitalize()}{rng.randint(1, 99)}{rng.choice('!#$@*&%')}"
    if r < 0.9:
        return "".join(
            rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789#$!")
            for _ in range(rng.randint(9, 14))
        )
    return f"{rng.choice(PW_SYMBOLS)}{w}{rng.randint(1, 9)}{w[:2].upper()}"


def cvv_value(rng: Random) -> str:
    return digits_str(rng, 3)


def pin_value(rng: Random) -> str:
    return digits_str(rng, 6) if rng.random() < 0.08 else digits_str(rng, 4)


def sec(kind: str, rng: Random, lang: str) -> V:
    """A secret value for a slot name (without its _N suffix)."""
    if kind == "card":
        return V(CC, fmt_card(rng, card_digits(rng)))
    if kind == "amex":
        return V(CC, fmt_card(rng, card_digits(rng, "amex")))
    if kind == "cardw":
        return V(CC, spelled_card(rng, lang))
    if kind == "cvv":
        return V(CVV, cvv_value(rng))
    if kind == "cid":
        return V(CVV, digits_str(rng, 4))
    if kind == "cvvw":
        return V(CVV, spell(cvv_value(rng), wlang(rng, lang)))
    if kind == "ssn":
        return V(SSN, fmt_ssn(rng, ssn_digits(rng)))
    if kind == "ssnw":
        d = ssn_digits(rng)
        wl = wlang(rng, lang)
        return V(SSN, f"{d[:3]}-{d[3:5]}-{spell(d[5:], wl)}")
    if kind == "otp":
        return V(OTP, otp_value(rng))
    if kind == "otpw":
        return V(OTP, spell(digits_str(rng, 6), wlang(rng, lang)))
    if kind == "pw":
        return V(PW, pw_value(rng))
    if kind == "pin":
        return V(PIN, pin_value(rng))
    if kind == "pinw":
        return V(PIN, spell(digits_str(rng, 4), wlang(rng, lang)))
    raise KeyError(kind)


SECRET_KINDS = {
    "card",
    "amex",
    "cardw",
    "cvv",
    "cid",
    "cvvw",
    "ssn",
    "ssnw",
    "otp",
    "otpw",
    "pw",
    "pin",
    "pinw",
}
BARE_OF_TYPE: dict[str, list[str]] = {
    CC: ["card"] * 6 + ["amex", "cardw"],
    CVV: ["cvv"] * 5 + ["cid", "cvvw"],
    SSN: ["ssn"] * 6 + ["ssnw"],
    OTP: ["otp"] * 6 + ["otpw"],
    PW: ["pw"],
    PIN: ["pin"] * 6 + ["pinw"],
}


def wlang(rng: Random, lang: str) -> str:
    if lang == "mix":
        return rng.choice(["en", "es"])
    return lang


# --------------------------------------------------------------------------------------
# Hard-negative values
# --------------------------------------------------------------------------------------

RUN_RE = re.compile(r"\d(?:[\d \-./]*\d)?")


def luhn_card_like(text: str) -> bool:
    """True when text holds a Luhn-valid run of 13-19 digits (separators allowed)."""
    for m in RUN_RE.finditer(text):
        candidates = [re.sub(r"\D", "", m.group()), *re.findall(r"\d+", m.group())]
        for c in candidates:
            if 13 <= len(c) <= 19 and luhn.is_valid(c):
                return True
    return False


def non_luhn(rng: Random, n: int, prefix: str = "") -> str:
    d = prefix + digits_str(rng, n - len(prefix))
    if luhn.is_valid(d):
        d = d[:-1] + str((int(d[-1]) + 1) % 10)
    return d


def amount(rng: Random, lang: str) -> str:
    whole, cents = (
        rng.choice([rng.randint(1, 99), rng.randint(100, 9999), rng.randint(1000, 99999)]),
        rng.randint(0, 99),
    )
    if lang == "es" or (lang == "mix" and rng.random() < 0.5):
        dotted = f"{whole:,}".replace(",", ".")
        return rng.choice(
            [
                f"${dotted},{cents:02d}",
                f"MXN ${whole:,}.{cents:02d}",
                f"{dotted} pesos",
                f"{dotted},{cents:02d} €",
                f"COP {whole * 1000:,}".replace(",", "."),
                f"${whole:,} pesos",
                f"US${whole:,}.{cents:02d}",
            ]
        )
    return rng.choice(
        [
            f"${whole:,}.{cents:02d}",
            f"${whole}",
            f"USD {whole:,}.{cents:02d}",
            f"${whole:,}.{cents:02d}",
        ]
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


def date(rng: Random, lang: str) -> str:
    y, m, d = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
    if lang == "es" or (lang == "mix" and rng.random() < 0.5):
        return rng.choice(
            [
                f"{d:02d}/{m:02d}/{y}",
                f"{d} de {MONTHS_ES[m - 1]}",
                f"{d}/{m}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d}-{MONTHS_ES[m - 1][:3]}-{y % 100:02d}",
                f"{d} de {MONTHS_ES[m - 1]} de {y}",
            ]
        )
    return rng.choice(
        [
            f"{m:02d}/{d:02d}/{y}",
            f"{m}/{d}",
            f"{MONTHS_EN[m - 1]} {d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{MONTHS_EN[m - 1][:3]} {d}, {y}",
            f"{m}/{d}/{y % 100:02d}",
        ]
    )


def time_(rng: Random, lang: str) -> str:
    h, mi = rng.randint(1, 12), rng.choice([0, 5, 15, 30, 45, 52])
    return rng.choice(
        [
            f"{h}:{mi:02d} pm",
            f"{h + 12}:{mi:02d}",
            f"{h}:{mi:02d} a. m.",
            f"{h}:{mi:02d}hs",
            f"{h}:{mi:02d}AM",
        ]
    )


def phone(rng: Random, lang: str) -> str:
    while True:
        p = rng.choice(
            [
                f"+1 ({rng.choice(['787', '939', '305', '646', '713'])}) 555-{digits_str(rng, 4)}",
                f"+52 55 {digits_str(rng, 4)} {digits_str(rng, 4)}",
                "+34 6" + " ".join(digits_str(rng, 2) for _ in range(4)),
                f"+57 3{digits_str(rng, 2)} {digits_str(rng, 3)} {digits_str(rng, 4)}",
                f"+54 9 11 {digits_str(rng, 4)}-{digits_str(rng, 4)}",
                f"1-800-555-{digits_str(rng, 4)}",
                f"787-{digits_str(rng, 3)}-{digits_str(rng, 4)}",
                f"({rng.choice(['212', '415', '954'])}) {digits_str(rng, 3)}-{digits_str(rng, 4)}",
                f"+1{rng.choice(['787', '305'])}{digits_str(rng, 7)}",
            ]
        )
        if not luhn_card_like(p):
            return p


def zip_(rng: Random, lang: str) -> str:
    return rng.choice(
        [
            digits_str(rng, 5),
            f"{rng.randint(10000, 99999)}-{digits_str(rng, 4)}",
            f"00{rng.randint(601, 988)}",
            f"28{rng.randint(1, 99):03d}",
            f"0{rng.randint(1000, 9999)}",
        ]
    )


def zip4(rng: Random, lang: str) -> str:
    return f"{rng.randint(10000, 99999)}-{digits_str(rng, 4)}"


def order(rng: Random, lang: str) -> str:
    d = non_luhn(rng, rng.randint(13, 19), rng.choice(["", "1", "11", "40", "70", "52"]))
    r = rng.random()
    if r < 0.5:
        return d
    if r < 0.7:
        return f"#{d}"
    if r < 0.85:
        return group(d, [4] * 5, " ")
    return f"{d[:3]}-{d[3:10]}-{d[10:]}"


def imei(rng: Random, lang: str) -> str:
    d = non_luhn(rng, 15, "35")
    return d if rng.random() < 0.7 else f"{d[:2]}-{d[2:8]}-{d[8:14]}-{d[14]}"


def track(rng: Random, lang: str) -> str:
    alnum = "ABCDEFGHJKLMNPRSTVWXY0123456789"
    return rng.choice(
        [
            "1Z" + "".join(rng.choice(alnum) for _ in range(6)) + digits_str(rng, 10),
            f"9400 {digits_str(rng, 4)} {digits_str(rng, 4)} {digits_str(rng, 4)} "
            f"{digits_str(rng, 4)} {digits_str(rng, 2)}",
            f"{digits_str(rng, 4)} {digits_str(rng, 4)} {digits_str(rng, 4)}",
            "LX" + digits_str(rng, 9) + "MX",
            "ES" + digits_str(rng, 10) + "X",
        ]
    )


def last4(rng: Random, lang: str) -> str:
    return digits_str(rng, 4)


def masked(rng: Random, lang: str) -> str:
    l4 = digits_str(rng, 4)
    return rng.choice(
        [
            f"XXXX-XXXX-XXXX-{l4}",
            f"**** **** **** {l4}",
            f"4{digits_str(rng, 3)} •••• •••• {l4}",
            f"xxxxxxxxxxxx{l4}",
            f"***-**-{l4}",
            f"5{digits_str(rng, 5)}******{l4}",
            f"…{l4}",
            f"XXX-XX-{l4}",
        ]
    )


def ref(rng: Random, lang: str) -> str:
    def c() -> str:
        return rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")

    return rng.choice(
        [
            f"CAS-{rng.randint(2023, 2026)}-{digits_str(rng, 6)}",
            f"REF-{c()}{rng.randint(1, 9)}{c()}{c()}-{digits_str(rng, 2)}{c()}{c()}",
            f"#{c()}{digits_str(rng, 1)}{c()}{digits_str(rng, 1)}{c()}{c()}{digits_str(rng, 1)}",
            f"TKT-{digits_str(rng, 5)}",
            f"SR{digits_str(rng, 8)}",
            f"AC-{digits_str(rng, 4)}-{c()}",
        ]
    )


def conf(rng: Random, lang: str) -> str:
    return digits_str(rng, rng.randint(6, 10))


def flight(rng: Random, lang: str) -> str:
    return rng.choice(["AA ", "IB", "AM ", "AV ", "B6 ", "AR", "UA", "DL ", "VY", "LA"]) + str(
        rng.randint(10, 9999)
    )


def points(rng: Random, lang: str) -> str:
    n = rng.randint(1000, 250000)
    if lang == "es":
        return f"{n:,}".replace(",", ".")
    return f"{n:,}"


def year(rng: Random, lang: str) -> str:
    return str(rng.randint(1998, 2025))


def exp(rng: Random, lang: str) -> str:
    m, y = rng.randint(1, 12), rng.randint(25, 32)
    return rng.choice([f"{m:02d}/{y}", f"{m}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}"])


def addr(rng: Random, lang: str) -> str:
    n = rng.randint(10, 9999)
    return rng.choice(
        [
            f"{n} Brickell Ave Apt {rng.randint(100, 3999)}, Miami FL {zip4(rng, lang)}",
            f"Calle {rng.randint(10, 140)} #{rng.randint(1, 99)}-{rng.randint(1, 99)}, Bogotá",
            f"Av. Corrientes {n} {rng.randint(1, 12)}°B, CABA",
            f"C/ Alcalá {rng.randint(1, 300)}, 3º izq, 280{rng.randint(10, 99)} Madrid",
            f"Calle Loíza {n}, San Juan PR 009{rng.randint(10, 99)}",
            f"Av. Insurgentes Sur {n}, CP 0{rng.randint(1000, 9999)}, CDMX",
            f"{n} W {rng.randint(1, 200)}th St, New York NY 100{rng.randint(10, 99)}",
        ]
    )


CLEAN_SLOTS: dict[str, Callable[[Random, str], str]] = {
    "amount": amount,
    "date": date,
    "time": time_,
    "phone": phone,
    "zip": zip_,
    "zip4": zip4,
    "order": order,
    "imei": imei,
    "track": track,
    "last4": last4,
    "masked": masked,
    "ref": ref,
    "conf": conf,
    "flight": flight,
    "points": points,
    "year": year,
    "exp": exp,
    "addr": addr,
}

# --------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{(\w+)\}")


def fill(rng: Random, lang: str, template: str, fixed: dict[str, Part] | None = None) -> list[Part]:
    parts: list[Part] = []
    pos = 0
    for m in SLOT_RE.finditer(template):
        parts.append(template[pos : m.start()])
        name = m.group(1)
        base = name.split("_")[0]
        if fixed and name in fixed:
            parts.append(fixed[name])
        elif base in SECRET_KINDS:
            parts.append(sec(base, rng, lang))
        else:
            parts.append(CLEAN_SLOTS[base](rng, lang))
        pos = m.end()
    parts.append(template[pos:])
    return parts


def build(
    role: str, parts: list[Part], kind: str, requested: frozenset[str] = frozenset()
) -> Message:
    text = ""
    labels: list[Label] = []
    for p in parts:
        if isinstance(p, str):
            text += p
            continue
        keep = p.keep if p.keep >= 0 else KEEP.get(p.type, 0)
        labels.append(Label(p.type, len(text), len(text) + len(p.text), keep, p.split))
        text += p.text
    return Message(role, text, labels, requested, kind)


Pool = dict[str, list[str]]


def pick(rng: Random, pool: Pool, lang: str) -> str:
    if lang in pool and (lang != "mix" or rng.random() < 0.6):
        return rng.choice(pool[lang])
    return rng.choice(pool[rng.choice(["en", "es"])])


# Customer messages that volunteer secrets inside longer text.
STORIES: dict[str, Pool] = {
    "story_card": {
        "en": [
            "hey so i got charged {amount} twice at target on {date}. card is {card} if that helps",
            "My debit card {card} got declined at the gas station this morning, what's going on??",
            "cc# {card} exp {exp}",
            "the long number is {card}, the one ending {last4} is my wife's, not this one",
            "Trying to add my card to apple pay and it keeps "
            "failing. {card} — says 'card not supported'",
            "i need to dispute {amount} from {date}, used card {card}. order {order}",
            "Long story short: I was in Cancun, flight {flight} got delayed, "
            "and the hotel ran {card} for {amount} instead of the deposit",
            "my son used the card ({card}) to buy robux, like {amount} worth. can we reverse?",
        ],
        "es": [
            "Buenas tardes, me cobraron {amount} dos veces en "
            "Oxxo el {date}. La tarjeta de débito es {card}",
            "Che, el plástico {card} me lo rebotaron en el súper, ¿qué onda?",
            "Hola, quiero cancelar la tarjeta {card} porque la perdí ayer en el Transmilenio",
            "el numero de mi tarjeta es {card} y vence {exp}",
            "Me llegó un cargo de {amount} que no reconozco, "
            "tarjeta {card}, ya tengo el folio {ref}",
            "Oye, a mi mamá le clonaron la tarjeta {card}, vive en {addr}",
            "ayer en el cajero de la calle 85 se me quedó el plástico {card} 😩",
        ],
        "mix": [
            "Hi, mi card {card} got blocked y necesito usarla hoy",
            "ok so the tarjeta is {card}, la de débito, not the credit one",
        ],
    },
    "story_cvv": {
        "en": [
            "card {card} exp {exp} cvv {cvv}",
            "{card} {exp} {cvv}",
            "the 3 digits behind are {cvv}, does that matter for the charge?",
            "cvc: {cvv} — the site keeps rejecting it tho",
            "amex {amex}, the 4 on the front are {cid}",
            "i typed security code {cvv} on the checkout and it said declined",
            "Card ending {last4}, the code on back is {cvv}. Bought tickets for {date}",
        ],
        "es": [
            "mi tarjeta: {card} vence {exp} código {cvv}",
            "los 3 de atrás son {cvv}",
            "tarjeta {card}, código de seguridad {cvv}, ¿por "
            "qué no pasa la compra en Mercado Libre?",
            "Es una American Express {amex}, el código del frente es {cid}",
            "el cvv es {cvv} y la fecha {exp}, ya revisé mil veces",
        ],
        "mix": ["the cvv es {cvv}, lo puse bien i swear", "card {card} y el código {cvv} ok?"],
    },
    "story_ssn": {
        "en": [
            "my social is {ssn} and my dob is {date}",
            "SS# {ssn}. I applied for the card on {date} and never heard back",
            "For the credit limit increase form: SSN {ssn}, income {amount}/yr",
            "they said I need to verify identity so here: ssn {ssn}, address {addr}",
            "I think someone opened a card with my social ({ssn}) — I got a letter dated {date}",
        ],
        "es": [
            "Mi social es {ssn}, ¿lo necesitan para el aumento de línea?",
            "número de seguro social {ssn}, vivo en {addr}",
            "Buenas, para la solicitud: seguro social {ssn} y mi cel {phone}",
            "le di mi social {ssn} a la otra agente y no me llamaron",
        ],
        "mix": ["my social es {ssn}, ok?", "el SSN is {ssn} btw"],
    },
    "story_otp": {
        "en": [
            "I got a text with {otp} but the app says invalid",
            "the code is {otp}, it expires in 10 min right?",
            "authenticator shows {otp} now",
            "got 2 codes lol {otp} and {otp_2}, which one",
            "someone called me and I gave them the code {otp} 😬 was that you guys?",
        ],
        "es": [
            "me llegó el código {otp} pero la app dice que es inválido",
            "el token me da {otp}",
            "me llegaron dos códigos, {otp} y {otp_2}, ¿cuál uso?",
            "me llamaron del banco y les pasé el código {otp}, ¿eso está bien?",
        ],
        "mix": ["el code que me llegó es {otp}, what do I do with it"],
    },
    "story_pw": {
        "en": [
            "my password is {pw} and it keeps saying wrong",
            "I tried {pw} and {pw_2}, both locked me out",
            "login: jramos84 / pw: {pw}",
            'password = "{pw}"',
            "I reset it to {pw} last week and now it doesn't work",
        ],
        "es": [
            "mi contraseña es {pw}",
            "la clave de la app es {pw}, ya la probé 3 veces",
            "probé con {pw} y con {pw_2} y nada",
            "usuario: lupita_gzz, contraseña: {pw}",
        ],
        "mix": ["password: {pw} pero no funciona", "la contraseña es {pw} i think"],
    },
    "story_pin": {
        "en": [
            "i changed my pin to {pin} yesterday at the ATM and now it says incorrect PIN",
            "pin {pin} is not working at any ATM",
            "The PIN for the debit card is {pin}, my daughter needs to use it",
            "ATM ate my card after I put {pin} twice",
        ],
        "es": [
            "el NIP del cajero es {pin} y no me deja sacar",
            "la clave del cajero es {pin}, ¿está bloqueada?",
            "puse el pin {pin} en el datáfono y me dijo incorrecto",
            "mi NIP {pin} dejó de funcionar desde el {date}",
        ],
        "mix": ["my NIP es {pin} pero el ATM says wrong"],
    },
    "multi": {
        "en": [
            "ok card {card}, cvv {cvv}, pin {pin}, please just fix it",
            "social {ssn}, card {card}, the code you sent {otp}",
            "pw is {pw} and the pin is {pin}, I wrote them on a post-it lol",
            "{card} exp {exp} sec code {cvv} zip {zip}",
        ],
        "es": [
            "tarjeta {card}, cvv {cvv}, NIP {pin}. Ya no sé qué más hacer",
            "seguro social {ssn} y la contraseña {pw}, a ver si así me ayudan",
            "número {card} / código {cvv} / clave del cajero {pin}",
        ],
        "mix": ["card {card} y el cvv {cvv}, also my pin es {pin}"],
    },
    "wrapped": {
        "en": [
            "```\n{card}\n```",
            "cvv [{cvv}]",
            "pin: '{pin}'",
            "(ssn {ssn})",
            "pw -> `{pw}`",
            'code "{otp}"',
            "card <{card}>",
        ],
        "es": [
            "```{card}```",
            'código de seguridad: "{cvv}"',
            "NIP: «{pin}»",
            "mi clave es '{pw}'",
            "el código: [{otp}]",
        ],
    },
    "spelled": {
        "en": [
            "card number is {cardw}",
            "security code is {cvvw}",
            "my pin is {pinw}",
            "the code was {otpw}",
            "social is {ssnw}",
        ],
        "es": [
            "el número es {cardw}",
            "el código de atrás es {cvvw}",
            "el pin es {pinw}",
            "el código que me llegó: {otpw}",
            "mi social es {ssnw}",
        ],
    },
}

STORY_TYPES: dict[str, str] = {
    "story_card": CC,
    "story_cvv": CVV,
    "story_ssn": SSN,
    "story_otp": OTP,
    "story_pw": PW,
    "story_pin": PIN,
}

# Agent asks for forbidden values: (template, requested types).
ASKS: dict[str, dict[str, list[tuple[str, frozenset[str]]]]] = {}


def _asks(lang: str, typ: str, texts: list[str]) -> None:
    ASKS.setdefault(lang, {}).setdefault(typ, []).extend((t, frozenset({typ})) for t in texts)


_asks(
    "en",
    CC,
    [
        "To issue the refund I'll need the full card number, the long number on the front.",
        "Can you type out all 16 digits of the card for me?",
        "Just to be safe, please confirm the complete card number so I can locate the account.",
        "What's the card number? The whole thing please, not only the last four.",
        "Could you send me the cc# so I can process the replacement?",
        "Thanks for waiting! I see the charge of {amount}. Which "
        "card was it, can you give me the full number?",
    ],
)
_asks(
    "es",
    CC,
    [
        "Para procesar el reembolso necesito el número completo de la tarjeta.",
        "¿Me pasás los 16 números del plástico?",
        "Por seguridad, confírmeme el número de la tarjeta completo, por favor.",
        "Me regala el número de la tarjeta de débito completo, porfa",
        "Indíqueme los dígitos de la tarjeta, todos, para ubicar la cuenta.",
    ],
)
_asks(
    "en",
    CVV,
    [
        "And the 3 digits behind the card?",
        "What's the security code on the back?",
        "Please provide the CVV so I can verify the card.",
        "Since it's an Amex, can you read me the 4-digit "
        "code printed on the front, above the number?",
        "Just confirm the CVC for me and we're done.",
    ],
)
_asks(
    "es",
    CVV,
    [
        "¿Y los 3 dígitos de atrás?",
        "¿Me indica el código de seguridad del reverso?",
        "Necesito el CVV para validar la tarjeta.",
        "Como es American Express, dígame los 4 dígitos del frente, arriba del número.",
        "Confírmeme el código CVC y listo.",
    ],
)
_asks(
    "en",
    SSN,
    [
        "Please verify your full Social Security number.",
        "What's your SS#? All 9 digits.",
        "I'll need the complete SSN to pull the application.",
        "To unlock it, just confirm your social for me, the full one.",
    ],
)
_asks(
    "es",
    SSN,
    [
        "¿Me confirma su número de seguro social completo?",
        "Necesito el social completo, los 9 dígitos.",
        "Para verificar, dígame su SSN completo por favor.",
    ],
)
_asks(
    "en",
    OTP,
    [
        "Just to be safe, can you read me the code we texted?",
        "What's the 6-digit code you just got?",
        "Please reply here with the verification code from your authenticator app.",
        "I sent a one-time passcode to your phone, what does it say?",
        "Type the code we emailed into this chat so I can finish.",
    ],
)
_asks(
    "es",
    OTP,
    [
        "¿Me dicta el código que le llegó por SMS?",
        "Pasame el token que te aparece en la app.",
        "Escríbame aquí el código de verificación que le enviamos.",
        "Le mandé un código de un solo uso, ¿me lo puede leer?",
    ],
)
_asks(
    "en",
    PW,
    [
        "What's the password you use to log in? I'll check if it's the issue.",
        "Tell me your online banking password and I'll reset it from here.",
        "Can you share your current password so I can verify the account?",
    ],
)
_asks(
    "es",
    PW,
    [
        "¿Cuál es la contraseña de la app? Así la reviso.",
        "Dígame la clave de la banca en línea para verificar.",
        "¿Me compartes tu contraseña actual?",
    ],
)
_asks(
    "en",
    PIN,
    [
        "What's your ATM PIN?",
        "Read me the 4-digit PIN so I can confirm it's set correctly.",
        "Please confirm the card PIN.",
    ],
)
_asks(
    "es",
    PIN,
    [
        "¿Me dice su NIP?",
        "¿Cuál es el PIN del cajero?",
        "Dígame la clave de 4 dígitos de la tarjeta de débito.",
    ],
)
_asks("mix", OTP, ["Ok, ahora dime el code que te llegó por text"])
_asks("mix", CC, ["Perfect, pásame el card number completo please"])
_asks("mix", PIN, ["Y el PIN del debit card?"])

MULTI_ASKS: dict[str, list[tuple[str, frozenset[str]]]] = {
    "en": [
        (
            "I'll need the card number, expiration and the 3 digits on the back.",
            frozenset({CC, CVV}),
        ),
        ("Please confirm your full SSN and the code we just texted you.", frozenset({SSN, OTP})),
        ("Can you confirm the last 4 of the card and the code we just texted?", frozenset({OTP})),
        ("To verify: billing ZIP and your ATM PIN please.", frozenset({PIN})),
        (
            "Last four of your social is fine, and then your online banking password.",
            frozenset({PW}),
        ),
    ],
    "es": [
        ("Necesito el número de tarjeta y el código de seguridad.", frozenset({CC, CVV})),
        ("Confírmeme su social completo y la contraseña de la app.", frozenset({SSN, PW})),
        ("Dígame el código postal de facturación y el token que le llegó.", frozenset({OTP})),
        ("Los últimos 4 de la tarjeta y el NIP, por favor.", frozenset({PIN})),
    ],
}

# Legitimate agent messages.
LEGIT: dict[str, Pool] = {
    "ask_last4": {
        "en": [
            "Can you confirm the last 4 digits of the card?",
            "What are the last four of your SSN?",
            "Just the last 4 of the card, please, never the full number.",
            "Which card is it? Tell me the last four digits only.",
        ],
        "es": [
            "¿Me confirma los últimos 4 dígitos de la tarjeta?",
            "¿Cuáles son los últimos cuatro del seguro social?",
            "Solo los últimos 4 del plástico, por favor, nunca el número completo.",
        ],
    },
    "ask_zip": {
        "en": [
            "Please confirm the billing ZIP code on the account.",
            "What's the ZIP code on file?",
        ],
        "es": [
            "¿Me indica el código postal de facturación?",
            "¿Cuál es el código postal registrado?",
        ],
    },
    "warning": {
        "en": [
            "Never share your PIN or the codes we text you, not even with us.",
            "We will never ask for your password or your full card number in chat.",
            "Heads up: nobody from our team will ask for the 3 digits on the back of your card.",
            "Please don't post your social here, the last 4 is all we ever need.",
        ],
        "es": [
            "Nunca le pediremos su clave ni el código del token.",
            "Recuerde: no comparta su NIP con nadie, ni con nosotros.",
            "Ojo, nunca te vamos a pedir el CVV por chat.",
            "Por favor no escriba su contraseña aquí.",
        ],
    },
    "instruction": {
        "en": [
            "Enter the code in the app, not here.",
            "You can reset your PIN at any of our ATMs or in the app under Card > PIN.",
            "Go to Settings > Security > Change password to set a new one.",
            "I just sent a code to the phone ending in {last4}; "
            "type it in the app to finish the unlock.",
            "When the ATM asks, enter your new PIN twice and you're set.",
        ],
        "es": [
            "Ingrese el código en la app, no aquí.",
            "Puede cambiar su NIP en cualquier cajero.",
            "Entrá a Configuración > Seguridad para cambiar la clave.",
            "Le enviamos un código al celular terminado en {last4}; "
            "ingréselo en la app para desbloquear.",
        ],
    },
    "bot_menu": {
        "en": [
            "Hi! I'm CardBot 🤖. Reply:\n1 - Balance\n2 - Lost or stolen "
            "card\n3 - Dispute a charge\n4 - Talk to an agent",
            "Main menu:\n[1] Card activation\n[2] Change PIN "
            "(done at ATM)\n[3] Travel notice\n[0] Agent",
        ],
        "es": [
            "¡Hola! Soy el asistente virtual. Responda:\n1️⃣ Saldo\n2️⃣ Reportar "
            "tarjeta robada\n3️⃣ Aclaraciones\n4️⃣ Hablar con un asesor",
            "Menú principal:\n1. Activar tarjeta\n2. Cambiar "
            "NIP (en cajero)\n3. Aviso de viaje\n0. Asesor",
        ],
    },
    "info": {
        "en": [
            "Your replacement card ending in {last4} ships "
            "in 5-7 business days. Tracking: {track}.",
            "I see the charge of {amount} on {date} at {time}.",
            "Your case number is {ref}. Refund of {amount} should post by {date}.",
            "Your balance is {amount} and you have {points} points.",
            "Refund issued, confirmation {conf}. The card on file is {masked}.",
            "Order {order} was refunded {amount} on {date}.",
            "You can call us at {phone}, we're open until {time}.",
        ],
        "es": [
            "Su tarjeta de reposición terminada en {last4} "
            "llega en 5 a 7 días hábiles. Guía: {track}.",
            "Veo el cargo de {amount} del {date} a las {time}.",
            "Su número de caso es {ref}. El reembolso de {amount} se verá reflejado el {date}.",
            "Su saldo es {amount} y tiene {points} puntos.",
            "Listo, folio de aclaración {conf}. La tarjeta registrada es {masked}.",
            "Puede llamarnos al {phone}, atendemos hasta las {time}.",
        ],
    },
}

CLEAN_CUSTOMER: Pool = {
    "en": [
        "hi, I was charged {amount} on {date} and I don't recognize it",
        "my order {order} never arrived, tracking says {track}",
        "call me at {phone} after {time}",
        "new address is {addr}",
        "the card ending in {last4} was lost",
        "I see {masked} on the statement, is that mine?",
        "flight {flight} was cancelled and I still got charged {amount}",
        "I have {points} points, can I use them?",
        "my phone IMEI is {imei} if you need it for the insurance claim",
        "zip is {zip4}",
        "I forgot my PIN, how do I reset it?",
        "the code never arrived, can you resend?",
        "the 3 digits on the back are worn off, can I still use it?",
        "my password has a # in it, is that allowed?",
        "been a customer since {year}, this is ridiculous",
        "confirmation # {conf}",
        "ref {ref}",
        "ok",
        "thanks!!",
        "hello?",
        "It was {amount} at {time} on {date}, store #{last4}",
        "balance shows {amount} but it should be {amount_2}",
        "is my SSN needed for the limit increase? I'd rather not type it here",
        "the authenticator app got deleted when I switched phones",
    ],
    "es": [
        "hola, me cobraron {amount} el {date} y no fui yo",
        "mi pedido {order} nunca llegó, la guía dice {track}",
        "llámeme al {phone} después de las {time}",
        "mi nueva dirección es {addr}",
        "la tarjeta terminada en {last4} se me perdió",
        "en el estado de cuenta aparece {masked}, ¿es la mía?",
        "se canceló el vuelo {flight} y igual me cobraron {amount}",
        "tengo {points} puntos, ¿los puedo usar?",
        "el IMEI del celular es {imei}, por lo del seguro",
        "mi código postal es {zip}",
        "se me olvidó el NIP, ¿cómo lo cambio?",
        "no me llega el código, ¿me lo reenvían?",
        "el código de atrás está borrado, ¿igual sirve la tarjeta?",
        "soy cliente desde {year}, qué vergüenza",
        "folio {conf}",
        "referencia {ref}",
        "dale",
        "gracias!!",
        "¿hola? ¿siguen ahí?",
        "fue de {amount} a las {time} el {date}",
        "me aparece un saldo de {amount} y debería ser {amount_2}",
        "no quiero poner mi social por aquí, ¿hay otra forma?",
        "borré la app del token al cambiar de celular",
    ],
    "mix": [
        "hi, me cobraron {amount} on {date}, no fui yo",
        "my tarjeta ending in {last4} no sirve",
        "ok perfecto, thanks",
        "el order number es {order}",
    ],
}

OPENERS: Pool = {
    "en": [
        "hi",
        "Hello, I need help with my card",
        "hey there",
        "good morning",
        "Hi, quick question about a charge",
    ],
    "es": [
        "hola",
        "Buenas tardes",
        "Hola, necesito ayuda con mi tarjeta",
        "buen día",
        "Qué tal, tengo un problema con un cargo",
    ],
    "mix": ["hola, hi", "Hi, necesito ayuda"],
}
AGENT_HELLO: Pool = {
    "en": [
        "Hi, this is Dana from Card Services. How can I help?",
        "Thanks for reaching out! What's going on?",
    ],
    "es": [
        "Hola, le atiende Marisol de Servicio a Tarjetahabientes. ¿En qué le ayudo?",
        "¡Hola! ¿En qué te puedo ayudar hoy?",
    ],
}
CLOSERS_A: Pool = {
    "en": [
        "Anything else I can help with today?",
        "All set! Have a great day.",
        "I've noted it on the case {ref}.",
    ],
    "es": [
        "¿Le puedo ayudar en algo más?",
        "Listo, ¡que tenga buen día!",
        "Quedó registrado en el caso {ref}.",
    ],
}
CLOSERS_C: Pool = {
    "en": ["no that's it, thx", "ok thank you", "👍"],
    "es": ["no, eso es todo, gracias", "ok gracias", "👍", "listo, mil gracias"],
}

BARE_PRE: Pool = {
    "en": ["", "", "", "sure ", "ok ", "it's ", "yeah ", "here: ", "k "],
    "es": ["", "", "", "claro, ", "dale ", "es ", "ok ", "sí, ", "va: "],
}
BARE_POST: Pool = {
    "en": ["", "", "", " thanks", " 🙏", "."],
    "es": ["", "", "", " gracias", " 👍", "."],
}
ANNOUNCE: dict[str, Pool] = {
    CC: {
        "en": ["ok let me grab the card", "one sec, it's in my wallet", "ok the card number is"],
        "es": [
            "ok déjame buscar la tarjeta",
            "espere que la saco de la cartera",
            "ahí va el plástico",
        ],
    },
    CVV: {
        "en": [
            "hold on, flipping the card for the code on the back",
            "the 3 digits behind, one sec",
        ],
        "es": [
            "a ver, volteo la tarjeta para el código de atrás",
            "el código de seguridad, un momento",
        ],
    },
    SSN: {
        "en": ["ok my social, hold on", "let me find my SS card"],
        "es": ["ok, mi social, un momento", "déjeme buscar la tarjeta del seguro social"],
    },
    PIN: {
        "en": ["my PIN is, hold on, let me remember", "ok the pin I set at the ATM:"],
        "es": ["mi NIP es, a ver, déjeme acordarme", "la clave del cajero que puse es:"],
    },
    PW: {
        "en": ["ok the password I'm using is", "hold on, my password is saved in my notes"],
        "es": ["la contraseña que estoy usando es", "espere, tengo la clave de la app anotada"],
    },
    OTP: {
        "en": ["the code just came in, hold on", "ok got the text, the code is"],
        "es": ["ya me llegó el código, un momento", "ok, el token dice"],
    },
}
CORRECT_PRE: Pool = {
    "en": ["sorry, typo: ", "wait no, it's ", "my bad, ", "oops ", "correction: "],
    "es": ["perdón, es ", "no espera, es ", "me equivoqué, es ", "corrijo: ", "uy no, "],
}


# --------------------------------------------------------------------------------------
# Conversation builder
# --------------------------------------------------------------------------------------


class Cycle:
    """Deals items in shuffled rounds, so that every item comes up equally often."""

    def __init__(self, rng: Random, items: list[str]) -> None:
        self.rng = rng
        self.items = items
        self.queue: list[str] = []

    def next(self) -> str:
        if not self.queue:
            self.queue = list(self.items)
            self.rng.shuffle(self.queue)
        return self.queue.pop()


class Conv:
    def __init__(self, rng: Random, lang: str, asks: Cycle, stories: Cycle) -> None:
        self.rng = rng
        self.lang = lang
        self.asks = asks
        self.stories = stories
        self.msgs: list[Message] = []
        self.last_ask = ""

    def say(
        self,
        role: str,
        template: str,
        kind: str,
        requested: frozenset[str] = frozenset(),
        fixed: dict[str, Part] | None = None,
    ) -> Message:
        msg = build(role, fill(self.rng, self.lang, template, fixed), kind, requested)
        self.msgs.append(msg)
        return msg

    def pool(self, role: str, pool: Pool, kind: str) -> Message:
        return self.say(role, pick(self.rng, pool, self.lang), kind)

    def opening(self) -> None:
        if self.rng.random() < 0.8:
            self.pool("customer", OPENERS, "clean")
        if self.rng.random() < 0.7:
            self.pool("agent", AGENT_HELLO, "clean")

    def closing(self) -> None:
        if self.rng.random() < 0.6:
            self.pool("agent", CLOSERS_A, "clean")
        if self.rng.random() < 0.5:
            self.pool("customer", CLOSERS_C, "clean")

    def filler(self, n: int) -> None:
        for _ in range(n):
            if self.rng.random() < 0.6:
                self.pool("customer", CLEAN_CUSTOMER, "clean")
            else:
                self.pool("agent", LEGIT["info"], "info")

    def answer(self, typ: str) -> V:
        """A value of `typ` that fits the agent's last question (Amex code, 4-digit PIN)."""
        asked = self.last_ask
        while True:
            value = sec(self.rng.choice(BARE_OF_TYPE[typ]), self.rng, self.lang)
            if typ in (CC, SSN, PW):
                return value
            n = len(value_digits(value.text))
            if typ == CVV and ("Amex" in asked or "American Express" in asked) and n != 4:
                continue
            if typ == CVV and "Amex" not in asked and "American" not in asked and n != 3:
                continue
            if typ == PIN and "4" in asked and n != 4:
                continue
            if typ == OTP and "6-digit" in asked and n != 6:
                continue
            return value

    def bare(self, typ: str, kind: str) -> V:
        lang = self.lang if self.lang != "mix" else self.rng.choice(["en", "es"])
        value = self.answer(typ)
        pre, post = self.rng.choice(BARE_PRE[lang]), self.rng.choice(BARE_POST[lang])
        self.msgs.append(build("customer", [pre, value, post], kind))
        return value

    def ask(self, typ: str, kind: str = "ask") -> None:
        lang = self.lang
        if lang == "mix" and typ in ASKS["mix"] and self.rng.random() < 0.5:
            template, req = self.rng.choice(ASKS["mix"][typ])
        else:
            lang = lang if lang != "mix" else self.rng.choice(["en", "es"])
            template, req = self.rng.choice(ASKS[lang][typ])
        self.say("agent", template, kind, req)
        self.last_ask = template


def sc_story(c: Conv) -> str:
    fam = c.stories.next()
    c.opening()
    c.filler(c.rng.randint(0, 1))
    c.say("customer", pick(c.rng, STORIES[fam], c.lang), fam)
    lang = c.lang if c.lang != "mix" else "en"
    c.pool("agent", LEGIT["warning" if c.rng.random() < 0.6 else "info"], "legit")
    if c.rng.random() < 0.5:
        c.say("customer", pick(c.rng, STORIES[c.rng.choice(list(STORY_TYPES))], lang), "story_more")
    c.filler(c.rng.randint(0, 2))
    c.closing()
    return fam


def sc_ask_answer(c: Conv) -> str:
    typ = c.asks.next()
    c.opening()
    c.filler(c.rng.randint(0, 1))
    c.ask(typ, c.rng.choice(["ask_direct", "ask_subtle"]))
    c.bare(typ, "bare_answer")
    if c.rng.random() < 0.3:
        c.say(
            "customer",
            c.rng.choice(CORRECT_PRE["es" if c.lang == "es" else "en"]) + "{v}",
            "correction",
            fixed={"v": c.answer(typ)},
        )
    c.filler(c.rng.randint(0, 1))
    c.closing()
    return f"ask_answer_{typ}"


def sc_multi_ask(c: Conv) -> str:
    lang = c.lang if c.lang != "mix" else c.rng.choice(["en", "es"])
    template, req = c.rng.choice(MULTI_ASKS[lang])
    c.opening()
    c.say("agent", template, "ask_multi", req)
    parts: list[Part] = []
    for typ in [t for t in TYPES if t in req]:
        if parts:
            parts.append(c.rng.choice([", ", " / ", " y ", " and ", "\n"]))
        parts.append(sec(BARE_OF_TYPE[typ][0], c.rng, c.lang))
    if req == frozenset({OTP}) or req == frozenset({PIN}) or req == frozenset({PW}):
        # the allowed half of the question comes first
        slot = "zip" if "ZIP" in template or "postal" in template else "last4"
        first = CLEAN_SLOTS[slot](c.rng, lang)
        parts = [first, c.rng.choice([", ", " and ", " y ", " - "]), *parts]
    c.msgs.append(build("customer", parts, "multi_answer"))
    c.filler(c.rng.randint(0, 2))
    c.closing()
    return "multi_ask"


def sc_legit(c: Conv) -> str:
    c.opening()
    c.filler(c.rng.randint(0, 1))
    fam = c.rng.choice(["ask_last4", "ask_zip"])
    c.pool("agent", LEGIT[fam], fam)
    value = CLEAN_SLOTS["last4" if fam == "ask_last4" else "zip"](c.rng, c.lang)
    c.say(
        "customer",
        c.rng.choice(["{v}", "{v}", "ok {v}", "es {v}", "it's {v}"]),
        "clean",
        fixed={"v": value},
    )
    c.pool("agent", LEGIT[c.rng.choice(["warning", "instruction", "info"])], "legit")
    c.filler(c.rng.randint(1, 3))
    c.closing()
    return "legit_only"


def sc_otp_typed_back(c: Conv) -> str:
    c.opening()
    c.pool(
        "agent",
        {"en": [LEGIT["instruction"]["en"][3]], "es": [LEGIT["instruction"]["es"][3]]},
        "instruction",
    )
    if c.rng.random() < 0.4:
        c.pool(
            "customer",
            {"en": ["got it", "ok one sec", "it came"], "es": ["ya me llegó", "ok, un segundo"]},
            "clean",
        )
    c.bare(OTP, "typed_back")
    c.pool("agent", LEGIT["warning"], "warning")
    c.filler(c.rng.randint(0, 2))
    c.closing()
    return "otp_typed_back"


def sc_announce(c: Conv) -> str:
    typ = c.rng.choice([CC, CC, SSN, CVV, PIN, PW, OTP])
    c.opening()
    c.filler(c.rng.randint(0, 1))
    c.pool("customer", ANNOUNCE[typ], "clean")
    c.bare(typ, "announced")
    if c.rng.random() < 0.4:
        lang = "es" if c.lang == "es" else "en"
        c.say(
            "customer",
            c.rng.choice(CORRECT_PRE[lang]) + "{v}",
            "correction",
            fixed={"v": c.answer(typ)},
        )
    c.pool("agent", LEGIT["warning"], "warning")
    c.filler(c.rng.randint(0, 2))
    c.closing()
    return f"announce_{typ}"


def sc_split(c: Conv) -> str:
    digits = card_digits(c.rng)
    n = c.rng.choice([2, 2, 3])
    cuts = sorted(c.rng.sample(range(3, len(digits) - 4), n - 1))
    pieces = [digits[a:b] for a, b in zip([0, *cuts], [*cuts, len(digits)], strict=True)]
    c.opening()
    if c.rng.random() < 0.5:
        c.ask(CC, "ask_direct")
    lang = "es" if c.lang == "es" else "en"
    for i, piece in enumerate(pieces):
        last = i == len(pieces) - 1
        txt = group(piece, [4] * 5, " ") if len(piece) > 4 and c.rng.random() < 0.5 else piece
        pre = (
            ""
            if i == 0
            else c.rng.choice(
                {
                    "en": ["", "", "then ", "rest: ", "and "],
                    "es": ["", "", "y ", "sigue ", "luego "],
                }[lang]
            )
        )
        c.msgs.append(build("customer", [pre, V(CC, txt, 4 if last else 0, True)], "split"))
    c.pool("agent", LEGIT["warning"], "warning")
    c.filler(c.rng.randint(0, 2))
    c.closing()
    return "split_card"


def sc_bot(c: Conv) -> str:
    lang = "es" if c.lang == "es" else "en"
    c.pool("agent", LEGIT["bot_menu"], "bot_menu")
    c.say("customer", c.rng.choice(["1", "2", "3", "4", "0", "agent", "asesor"]), "clean")
    c.say(
        "agent",
        {
            "en": "Please enter the 5-digit ZIP code on file.",
            "es": "Por favor ingrese el código postal registrado.",
        }[lang],
        "ask_zip",
    )
    c.say("customer", "{zip}", "clean")
    if c.rng.random() < 0.5:
        c.say(
            "agent",
            {
                "en": "Thanks. Now the last 4 digits of the card.",
                "es": "Gracias. Ahora los últimos 4 dígitos de la tarjeta.",
            }[lang],
            "ask_last4",
        )
        c.say("customer", "{last4}", "clean")
    c.pool("agent", LEGIT["info"], "info")
    if c.rng.random() < 0.5:  # a phishing-style bot step
        typ = c.rng.choice([OTP, PIN, CVV])
        c.ask(typ, "ask_bot")
        c.bare(typ, "bare_answer")
    c.filler(c.rng.randint(0, 2))
    c.closing()
    return "bot_flow"


def sc_clean(c: Conv) -> str:
    c.opening()
    c.filler(c.rng.randint(2, 5))
    for _ in range(c.rng.randint(0, 2)):
        c.pool(
            "agent",
            LEGIT[c.rng.choice(["warning", "instruction", "ask_last4", "ask_zip"])],
            "legit",
        )
        c.pool("customer", CLEAN_CUSTOMER, "clean")
    c.closing()
    return "clean_chat"


def sc_phish(c: Conv) -> str:
    """An agent that first does everything right, then slips in a forbidden ask."""
    c.opening()
    c.pool("agent", LEGIT["ask_last4"], "ask_last4")
    c.say("customer", "{last4}", "clean")
    c.pool("agent", LEGIT["info"], "info")
    typ = c.asks.next()
    c.ask(typ, "ask_subtle")
    if c.rng.random() < 0.7:
        c.bare(typ, "bare_answer")
    else:
        c.pool(
            "customer",
            {
                "en": ["wait, you guys said never to share that", "is that safe?"],
                "es": ["pero ustedes dicen que nunca lo comparta", "¿eso es seguro?"],
            },
            "clean",
        )
    c.filler(c.rng.randint(0, 1))
    c.closing()
    return f"phish_{typ}"


SCENARIOS: list[tuple[Callable[[Conv], str], int]] = [
    (sc_story, 24),
    (sc_ask_answer, 31),
    (sc_multi_ask, 6),
    (sc_legit, 9),
    (sc_otp_typed_back, 6),
    (sc_announce, 8),
    (sc_split, 7),
    (sc_bot, 6),
    (sc_clean, 9),
    (sc_phish, 10),
]


# --------------------------------------------------------------------------------------
# Self-check
# --------------------------------------------------------------------------------------


def value_digits(value: str) -> str:
    out = []
    for tok in re.findall(r"[^\W\d_]+|\d", value.lower()):
        if tok.isdigit():
            out.append(tok)
        elif tok in WORD_DIGIT:
            out.append(WORD_DIGIT[tok])
        else:
            raise AssertionError(f"unexpected word {tok!r} in {value!r}")
    return "".join(out)


def valid_ssn(d: str) -> bool:
    return (
        len(d) == 9
        and d[:3] not in ("000", "666")
        and d[0] != "9"
        and d[3:5] != "00"
        and d[5:] != "0000"
    )


def check_label(msg: Message, lab: Label) -> None:
    value = msg.text[lab.start : lab.end]
    assert value and value == value.strip(), (msg.text, lab)
    assert lab.keep == (KEEP.get(lab.type, 0) if not lab.split_part else lab.keep), lab
    if lab.type == PW:
        assert " " not in value and len(value) >= 6, value
        return
    d = value_digits(value)
    if lab.type == CC and not lab.split_part:
        assert 13 <= len(d) <= 19 and luhn.is_valid(d), value
    elif lab.type == CVV:
        assert len(d) in (3, 4), value
    elif lab.type == SSN:
        assert valid_ssn(d), value
    elif lab.type == OTP:
        assert 4 <= len(d) <= 8, value
    elif lab.type == PIN:
        assert len(d) in (4, 6), value


def check_conversation(conv: Conversation) -> None:
    split: list[Label] = []
    split_digits = ""
    for msg in conv.messages:
        assert msg.role in ("customer", "agent")
        prev_end = -1
        for lab in sorted(msg.labels, key=lambda la: la.start):
            assert lab.start >= prev_end, msg.text
            prev_end = lab.end
            check_label(msg, lab)
            if lab.split_part:
                split.append(lab)
                split_digits += value_digits(msg.text[lab.start : lab.end])
        if msg.requested:
            assert msg.role == "agent" and not msg.labels
        if not msg.labels and not msg.requested:
            assert not luhn_card_like(msg.text), msg.text
    if split:
        assert 13 <= len(split_digits) <= 19 and luhn.is_valid(split_digits), split_digits
        assert [lab.keep for lab in split] == [0] * (len(split) - 1) + [4]


def clean_ok(messages: list[Message]) -> bool:
    return all(m.labels or m.requested or not luhn_card_like(m.text) for m in messages)


def generate(seed: int, count: int = 400) -> list[Conversation]:
    rng = Random(seed)
    funcs = [f for f, _ in SCENARIOS]
    weights = [w for _, w in SCENARIOS]
    conversations: list[Conversation] = []
    asks = Cycle(rng, list(TYPES))
    stories = Cycle(rng, [*STORY_TYPES, *STORY_TYPES, "multi", "wrapped", "spelled"])
    for i in range(count):
        lang = rng.choices(LANGS, weights=[45, 40, 15])[0]
        func = rng.choices(funcs, weights=weights)[0]
        while True:
            c = Conv(rng, lang, asks, stories)
            kind = func(c)
            if clean_ok(c.msgs):
                break
        conversations.append(Conversation(f"s4-{seed}-{i:04d}", kind, lang, c.msgs))
    self_check(conversations, full=count >= 400)
    return conversations


def self_check(conversations: list[Conversation], full: bool) -> None:
    labels: Counter[str] = Counter()
    asks: Counter[str] = Counter()
    clean = 0
    for conv in conversations:
        check_conversation(conv)
        for msg in conv.messages:
            labels.update(lab.type for lab in msg.labels)
            asks.update(msg.requested)
            clean += not msg.labels and not msg.requested
    if full:
        for typ in TYPES:
            assert labels[typ] >= 40, (typ, labels)
            assert asks[typ] >= 20, (typ, asks)
        assert clean >= 1000, clean


if __name__ == "__main__":
    convs = generate(1)
    n_labels: Counter[str] = Counter(
        lab.type for c in convs for m in c.messages for lab in m.labels
    )
    n_asks: Counter[str] = Counter(t for c in convs for m in c.messages for t in m.requested)
    print(len(convs), sum(len(c.messages) for c in convs), dict(n_labels), dict(n_asks))
