# ruff: noqa: E501
"""Blind end-to-end set 9: a year of a card issuer's customer-care chat logs.

Written blind: without reading guard's code, rules, tests, benchmarks or the other blind
sets (only the shared dataclasses at the top of tests.blind.e2e_set and the scorer in
tests.blind.evaluate_e2e were read). It tries to look like thousands of real chats rather
than a handful of templates: English, Spanish (Mexico, US Hispanic, Caribbean, Spain,
Argentina) and Spanglish; customers who type in lowercase, in caps, without punctuation,
with typos, autocorrect damage and emoji, who split one thought over several messages,
correct themselves, answer a question asked two or three messages earlier, paste the bank's
texts and e-mails, or dictate by voice ("four five three two ..."); human agents and an AI
assistant who verify properly (last four, billing ZIP, date of birth, expiry alone), agents
and phishers posing as agents who ask for the six forbidden things in many phrasings
(direct, indirect, polite, urgent, Spanish, mixed), and agent lines that only mention a
secret ("we will never ask for your PIN", "the code expires in 10 minutes").

Secrets: full card numbers of every major brand (Luhn-valid, any format, split over several
messages, spelled out, disguised with look-alike letters or odd separators), security codes
(CVV/CVC/CID), valid SSNs, one-time passcodes (typed, pasted SMS and e-mails), passwords and
PINs. About 45% of the conversations hold one; the others are clean but full of hard
negatives: amounts, dates, times, phone numbers in every format, ZIP and ZIP+4, UPS and USPS
tracking numbers, order, case, ticket and confirmation numbers, Luhn-invalid 16-digit
references, acquirer reference numbers, last-four references, masked cards, routing and
account numbers, merchant descriptors with store numbers, years, addresses, error codes,
and talk about secrets without a value ("I forgot my PIN"). About one conversation in ten
holds a forbidden ask that the customer refuses.

Labels come from the template fill: each secret is a piece of the message whose span is
known when the text is joined, and the invariants (span text is the value, the value's
digits are there, no overlaps, no Luhn-valid card-like number outside the labels) are
asserted while generating. `generate(seed)` is deterministic: one seeded `random.Random`
drives everything.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from random import Random
from typing import TypeVar

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

# --------------------------------------------------------------------------------------
# Pieces, labels and invariants
# --------------------------------------------------------------------------------------

SLOT = re.compile(r"\{(\w+)\}")
NUMBER_RUN = re.compile(r"\d(?:[\d \-./\u00a0\u2009]*\d)?")
TOKEN = re.compile(r"[^\W\d_]+|\d")


@dataclass(frozen=True)
class Secret:
    """A secret value as it is typed in the message, with the digits (or text) it stands for."""

    type: str
    text: str
    canon: str
    split: bool = False  # one part of a card typed over several messages
    wordy: bool = False  # spelled out: takes the writer's letter case


Piece = str | Secret
T = TypeVar("T")


class Retry(Exception):
    """A draw broke an invariant that a fresh draw of the same conversation fixes."""


EN_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
ES_DIGITS = ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")
WORD_DIGIT: dict[str, str] = {w: str(i) for i, w in enumerate(EN_DIGITS)}
WORD_DIGIT.update({w: str(i) for i, w in enumerate(ES_DIGITS)})
WORD_DIGIT.update({"oh": "0", "un": "1"})
LOOKALIKE = {"o": "0", "l": "1"}
REPEAT = {"double": 2, "triple": 3, "doble": 2}


def digits_of(text: str) -> str:
    """The digits a typed value stands for: digits, look-alike letters or number words."""
    out: list[str] = []
    times = 1
    for tok in TOKEN.findall(text):
        if len(tok) == 1 and tok.isdigit():
            out.append(str(unicodedata.digit(tok)) * times)
            times = 1
            continue
        word = tok.lower()
        if word in REPEAT:
            times = REPEAT[word]
            continue
        if word in WORD_DIGIT:
            out.append(WORD_DIGIT[word] * times)
        elif all(ch in LOOKALIKE for ch in word):
            out.append("".join(LOOKALIKE[ch] for ch in word) * times)
        else:
            raise AssertionError(f"unexpected word {tok!r} in secret value {text!r}")
        times = 1
    return "".join(out)


def ssn_valid(digits: str) -> bool:
    return (
        len(digits) == 9
        and digits.isdigit()
        and digits[:3] not in ("000", "666")
        and digits[0] != "9"
        and digits[3:5] != "00"
        and digits[5:] != "0000"
    )


def check_secret(sec: Secret) -> None:
    assert sec.text and sec.text == sec.text.strip(), f"untrimmed secret {sec.text!r}"
    if sec.type == PW:
        assert sec.text == sec.canon and not re.search(r"\s", sec.text), sec
        assert 6 <= len(sec.text) <= 24, sec
        return
    assert digits_of(sec.text) == sec.canon, f"{sec.text!r} does not spell {sec.canon}"
    n = len(sec.canon)
    if sec.type == CC:
        if sec.split:
            assert 2 <= n <= 15, sec
        else:
            assert 13 <= n <= 19 and luhn.is_valid(sec.canon), sec
    elif sec.type == SSN:
        assert ssn_valid(sec.canon), sec
    elif sec.type == CVV:
        assert n in (3, 4), sec
    elif sec.type == OTP:
        assert 4 <= n <= 8, sec
    elif sec.type == PIN:
        assert 4 <= n <= 6, sec
    else:
        raise AssertionError(sec)


def card_like_outside(text: str, labels: Sequence[Label]) -> str | None:
    """A Luhn-valid 13-19 digit number (whole digit groups) outside every label, if any."""
    chars = list(text)
    for lab in labels:
        for i in range(lab.start, lab.end):
            chars[i] = "#"
    masked = "".join(chars)
    for run in NUMBER_RUN.finditer(masked):
        groups: list[str] = re.findall(r"\d+", run.group())
        for i in range(len(groups)):
            total = ""
            for j in range(i, len(groups)):
                total += groups[j]
                if len(total) > 19:
                    break
                if len(total) >= 13 and luhn.is_valid(total):
                    return total
    return None


def build_message(
    role: str, kind: str, pieces: Sequence[Piece], requested: frozenset[str] = frozenset()
) -> Message:
    """Join the pieces; every Secret piece becomes a label over exactly its characters."""
    parts: list[str] = []
    labels: list[Label] = []
    secrets: list[Secret] = []
    pos = 0
    for piece in pieces:
        if isinstance(piece, Secret):
            check_secret(piece)
            labels.append(
                Label(
                    piece.type,
                    pos,
                    pos + len(piece.text),
                    keep=KEEP_LAST.get(piece.type, 0),
                    split_part=piece.split,
                )
            )
            secrets.append(piece)
            parts.append(piece.text)
            pos += len(piece.text)
        else:
            parts.append(piece)
            pos += len(piece)
    text = "".join(parts)
    assert text.strip(), "empty message"
    for lab, sec in zip(labels, secrets, strict=True):
        assert text[lab.start : lab.end] == sec.text
        before = text[lab.start - 1] if lab.start > 0 else " "
        after = text[lab.end] if lab.end < len(text) else " "
        if sec.type == PW:
            assert not before.isalnum() and not after.isalnum(), (text, sec)
        else:
            assert not before.isdigit() and not after.isdigit(), (text, sec)
            assert digits_of(text[lab.start : lab.end]) == sec.canon, (text, sec)
    for a, b in pairwise(labels):
        assert a.end < b.start, f"labels touch or overlap in {text!r}"
    found = card_like_outside(text, labels)
    if found:
        raise Retry(f"card-like number {found} outside the labels of {text!r}")
    if role == "agent":
        assert all(r in (CC, CVV, SSN, OTP, PW, PIN) for r in requested)
    else:
        assert not requested
    return Message(role=role, text=text, labels=labels, requested=frozenset(requested), kind=kind)


def wpick(rng: Random, pairs: Sequence[tuple[T, float]]) -> T:
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for item, weight in pairs:
        x -= weight
        if x < 0:
            return item
    return pairs[-1][0]


def rand_digits(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# --------------------------------------------------------------------------------------
# Secret values and the ways people type them
# --------------------------------------------------------------------------------------

BRANDS: tuple[tuple[str, float], ...] = (
    ("visa", 30),
    ("mastercard", 20),
    ("mastercard2", 6),
    ("amex", 12),
    ("discover", 9),
    ("jcb", 4),
    ("diners", 4),
    ("unionpay", 4),
    ("maestro", 3),
    ("visa13", 2),
    ("visa19", 2),
)


def card_number(rng: Random, brand: str | None = None) -> str:
    brand = brand or wpick(rng, BRANDS)
    length = 16
    if brand == "visa":
        prefix = "4"
    elif brand == "visa13":
        prefix, length = "4", 13
    elif brand == "visa19":
        prefix, length = "4", 19
    elif brand == "mastercard":
        prefix = str(rng.randint(51, 55))
    elif brand == "mastercard2":
        prefix = str(rng.randint(2221, 2720))
    elif brand == "amex":
        prefix, length = rng.choice(("34", "37")), 15
    elif brand == "discover":
        prefix = rng.choice(("6011", "65", str(rng.randint(644, 649))))
    elif brand == "jcb":
        prefix = str(rng.randint(3528, 3589))
    elif brand == "diners":
        prefix, length = rng.choice(("36", "38", str(rng.randint(300, 305)))), 14
    elif brand == "unionpay":
        prefix, length = "62", rng.choice((16, 16, 17, 18, 19))
    else:  # maestro
        prefix, length = (
            rng.choice(("6304", "6759", "5018", "5020", "5038", "6761")),
            rng.choice((16, 19)),
        )
    body = prefix + rand_digits(rng, length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(number) and len(number) == length
    return number


def card_groups(rng: Random, n: int) -> list[int]:
    if n == 16:
        return [4, 4, 4, 4]
    if n == 15:
        return [4, 6, 5]
    if n == 14:
        return [4, 6, 4]
    if n == 13:
        return rng.choice(([4, 4, 5], [4, 3, 3, 3], [4, 4, 4, 1]))
    if n == 17:
        return [4, 4, 4, 5]
    if n == 18:
        return rng.choice(([4, 4, 4, 6], [6, 12]))
    return rng.choice(([4, 4, 4, 4, 3], [4, 4, 4, 7], [6, 13]))


def chunk(digits: str, sizes: Sequence[int]) -> list[str]:
    out, pos = [], 0
    for size in sizes:
        out.append(digits[pos : pos + size])
        pos += size
    assert pos == len(digits), (digits, sizes)
    return out


def irregular_sizes(rng: Random, n: int) -> list[int]:
    while True:
        sizes, left = [], n
        while left > 0:
            size = min(left, rng.randint(2, 6))
            sizes.append(size)
            left -= size
        if len(sizes) >= 2 and sizes != [4] * (n // 4):
            return sizes


def word_digits(rng: Random, digits: str, lang: str, oh: bool = False, double: bool = False) -> str:
    """One group of digits spelled out, the way a voice keyboard or a careful typist does."""
    names = ES_DIGITS if lang == "es" else EN_DIGITS
    words: list[str] = []
    i = 0
    while i < len(digits):
        d = digits[i]
        if (
            double
            and lang != "es"
            and i + 1 < len(digits)
            and digits[i + 1] == d
            and rng.random() < 0.7
        ):
            name = "oh" if (oh and d == "0") else names[int(d)]
            words.append(f"double {name}")
            i += 2
            continue
        words.append("oh" if (oh and d == "0" and lang != "es") else names[int(d)])
        i += 1
    return " ".join(words)


def spell(rng: Random, groups: Sequence[str], lang: str) -> str:
    oh = rng.random() < 0.35
    double = rng.random() < 0.3
    joiner = rng.choice((", ", " ", " - ", ". ", ", ", " "))
    spelled = [word_digits(rng, g, lang, oh, double) for g in groups]
    if rng.random() < 0.15:
        spelled[0] = spelled[0][:1].upper() + spelled[0][1:]
    return joiner.join(spelled)


FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def lookalike(rng: Random, text: str) -> str:
    """Swap some zeros for the letter O and some ones for a lowercase l."""
    chars = list(text)
    spots = [i for i, ch in enumerate(chars) if ch in "01"]
    if not spots:
        return text
    for i in rng.sample(
        spots, k=max(1, len(spots) // 2 + rng.randint(0, 1)) if len(spots) > 1 else 1
    ):
        chars[i] = rng.choice("Oo") if chars[i] == "0" else "l"
    return "".join(chars)


CARD_FORMATS: tuple[tuple[str, float], ...] = (
    ("plain", 20),
    ("space", 34),
    ("dash", 15),
    ("dot", 3),
    ("mixed", 7),
    ("irregular", 8),
    ("comma", 3),
    ("double_space", 3),
)
DISGUISED_FORMATS: tuple[tuple[str, float], ...] = (
    ("lookalike", 20),
    ("nbsp", 14),
    ("underscore", 8),
    ("slash", 7),
    ("newline", 12),
    ("spaced", 14),
    ("fullwidth", 4),
    ("thin", 4),
    ("star_sep", 5),
    ("pipe", 4),
    ("glued_words", 8),
)


def format_number(
    rng: Random, digits: str, groups: Sequence[int], style: str, lang: str
) -> tuple[str, bool]:
    """Text of a number typed in `style`, and whether it is spelled out (letter case applies)."""
    parts = chunk(digits, groups)
    if style == "plain":
        return digits, False
    if style == "space":
        return " ".join(parts), False
    if style == "dash":
        return "-".join(parts), False
    if style == "dot":
        return ".".join(parts), False
    if style == "comma":
        return ", ".join(parts), False
    if style == "double_space":
        return "  ".join(parts), False
    if style == "mixed":
        return "".join(p + rng.choice((" ", "-", " - ", "  ", " ")) for p in parts[:-1]) + parts[
            -1
        ], False
    if style == "irregular":
        sep = rng.choice((" ", " ", "-", ""))
        if sep == "":
            sep = " "
        return sep.join(chunk(digits, irregular_sizes(rng, len(digits)))), False
    if style == "lookalike":
        return lookalike(rng, rng.choice((" ", "-", "")).join(parts)), False
    if style == "nbsp":
        return "\u00a0".join(parts), False
    if style == "thin":
        return "\u2009".join(parts), False
    if style == "underscore":
        return "_".join(parts), False
    if style == "slash":
        return "/".join(parts), False
    if style == "pipe":
        return " | ".join(parts), False
    if style == "star_sep":
        return " * ".join(parts), False
    if style == "newline":
        return "\n".join(parts), False
    if style == "spaced":
        return "   ".join(" ".join(p) for p in parts) if rng.random() < 0.5 else " ".join(
            digits
        ), False
    if style == "fullwidth":
        return " ".join(parts).translate(FULLWIDTH), False
    if style == "words":
        return spell(rng, parts, lang), True
    if style == "glued_words":
        # a voice keyboard that wrote some groups as digits and others as words
        out = [p if rng.random() < 0.5 else word_digits(rng, p, lang) for p in parts]
        if all(o == p for o, p in zip(out, parts, strict=True)):
            out[-1] = word_digits(rng, parts[-1], lang)
        return " ".join(out), True
    raise AssertionError(style)


def short_number(rng: Random, digits: str, style: str, lang: str) -> tuple[str, bool]:
    """A 3-8 digit secret (code, PIN, CVV) typed in `style`."""
    if style == "plain":
        return digits, False
    if style == "half":
        mid = len(digits) // 2
        return digits[:mid] + rng.choice((" ", "-", " ")) + digits[mid:], False
    if style == "spaced":
        return " ".join(digits), False
    if style == "dashed":
        return "-".join(digits), False
    if style == "words":
        return word_digits(rng, digits, lang, oh=rng.random() < 0.3), True
    raise AssertionError(style)


def ssn_digits(rng: Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        digits = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        assert ssn_valid(digits)
        return digits


def ssn_text(rng: Random, digits: str, lang: str, style: str | None = None) -> tuple[str, bool]:
    style = style or wpick(
        rng,
        (
            ("dash", 46),
            ("space", 14),
            ("plain", 18),
            ("dot", 3),
            ("words", 7),
            ("spaced", 3),
            ("nbsp", 2),
            ("wide_dash", 4),
            ("comma", 3),
        ),
    )
    parts = chunk(digits, (3, 2, 4))
    if style == "wide_dash":
        return " - ".join(parts), False
    if style == "spaced":
        return " ".join(digits), False
    return format_number(rng, digits, (3, 2, 4), style, lang)


PW_WORDS = (
    "sunflower",
    "girasol",
    "tigre",
    "mariposa",
    "dragon",
    "monkey",
    "shadow",
    "princesa",
    "estrella",
    "chocolate",
    "mango",
    "pelusa",
    "coco",
    "luna",
    "sol",
    "corazon",
    "summer",
    "winter",
    "bluesky",
    "soccer",
    "futbol",
    "boca",
    "america",
    "chivas",
    "yankees",
    "dodgers",
    "heat",
    "pokemon",
    "batman",
    "canela",
    "chispita",
    "tequila",
    "familia",
    "bendicion",
    "milagro",
    "angelito",
    "lucky",
    "pepper",
    "bella",
    "max",
    "rocky",
    "cookie",
    "panda",
    "gatito",
    "perrito",
    "cielo",
    "mama",
    "papi",
    "abuela",
)
PW_NAMES = (
    "Carlos",
    "Maria",
    "Lupita",
    "Jose",
    "Daniela",
    "Kevin",
    "Ashley",
    "Brandon",
    "Yesenia",
    "Javier",
    "Camila",
    "Mateo",
    "Valentina",
    "Santi",
    "Britney",
    "Tyler",
    "Jessica",
    "Luis",
    "Ana",
    "Rosa",
)
LEET = str.maketrans({"a": "@", "o": "0", "e": "3", "i": "1", "s": "$"})


def password(rng: Random) -> str:
    while True:
        kind = rng.randint(0, 9)
        word = rng.choice(PW_WORDS)
        if kind == 0:
            pw = word + str(rng.randint(1, 2025))
        elif kind == 1:
            pw = word.capitalize() + rng.choice("!#$*@.") + str(rng.randint(10, 2024))
        elif kind == 2:
            pw = word.capitalize().translate(LEET) + rng.choice(("!", "1", "2024", "#1", "$"))
        elif kind == 3:
            pw = (
                rng.choice(PW_NAMES)
                + str(rng.randint(1960, 2012))
                + rng.choice(("", "!", "*", "."))
            )
        elif kind == 4:
            alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#$%&*?"
            pw = "".join(rng.choice(alphabet) for _ in range(rng.randint(10, 16)))
        elif kind == 5:
            pw = (
                rng.choice(("ilove", "te_amo", "mi", "my", "soy", "the"))
                + word
                + str(rng.randint(1, 99))
            )
        elif kind == 6:
            pw = rng.choice(PW_NAMES).lower() + "_" + word + rng.choice(("", "1", "22", "!"))
        elif kind == 7:
            pw = ".".join((word, rng.choice(PW_WORDS), str(rng.randint(1, 99))))
        elif kind == 8:
            pw = (
                word.upper()[:1]
                + word[1:]
                + rng.choice(PW_WORDS).capitalize()
                + rng.choice(("!", "?", "#", "2023"))
            )
        else:
            pw = rng.choice(
                ("Qwerty", "Abc", "Password", "Contrasena", "Hola", "Welcome")
            ) + rng.choice(("123", "1234", "2024!", "@99", "#1"))
        pw = pw.strip(".")
        if 6 <= len(pw) <= 24 and pw[-1] != "." and pw[0].isalnum():
            return pw


# --------------------------------------------------------------------------------------
# Hard negatives: numbers that must pass untouched
# --------------------------------------------------------------------------------------

MONTHS_EN = (
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
)
MONTHS_ES = (
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
)
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
AREA_CODES = (
    "305",
    "786",
    "954",
    "407",
    "813",
    "212",
    "718",
    "347",
    "646",
    "917",
    "213",
    "323",
    "818",
    "415",
    "408",
    "512",
    "210",
    "956",
    "915",
    "713",
    "832",
    "214",
    "469",
    "602",
    "520",
    "702",
    "312",
    "773",
    "404",
    "678",
    "617",
    "201",
    "973",
    "787",
    "939",
    "505",
    "720",
    "503",
    "206",
    "619",
    "909",
)
ZIP_AREAS: tuple[tuple[int, int, tuple[tuple[str, str], ...]], ...] = (
    (33101, 33199, (("Miami", "FL"), ("Hialeah", "FL"), ("Miami Beach", "FL"))),
    (32801, 32839, (("Orlando", "FL"), ("Kissimmee", "FL"))),
    (10001, 10040, (("New York", "NY"),)),
    (10451, 10475, (("Bronx", "NY"),)),
    (90001, 90089, (("Los Angeles", "CA"),)),
    (77001, 77099, (("Houston", "TX"),)),
    (78201, 78260, (("San Antonio", "TX"),)),
    (79901, 79938, (("El Paso", "TX"),)),
    (60601, 60660, (("Chicago", "IL"), ("Cicero", "IL"))),
    (85001, 85050, (("Phoenix", "AZ"),)),
    (901, 988, (("San Juan", "PR"), ("Carolina", "PR"), ("Bayamón", "PR"))),
    (7087, 7087, (("Union City", "NJ"),)),
    (7501, 7514, (("Paterson", "NJ"),)),
    (2108, 2136, (("Boston", "MA"),)),
    (75201, 75254, (("Dallas", "TX"),)),
    (92101, 92199, (("San Diego", "CA"), ("Chula Vista", "CA"))),
    (89101, 89169, (("Las Vegas", "NV"),)),
    (30301, 30350, (("Atlanta", "GA"),)),
)


def amount(rng: Random, lang: str, region: str = "us") -> str:
    big = rng.random() < 0.35
    value = (
        rng.randint(1000, 9999) + rng.randint(0, 99) / 100
        if big
        else rng.randint(1, 999) + rng.randint(0, 99) / 100
    )
    if rng.random() < 0.2:
        value = float(int(value))
    cents = rng.random() < 0.8 and value != int(value)
    if lang == "es" and region == "es":
        text = f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return rng.choice((f"{text} €", f"{text}€", f"{text} euros"))
    if lang == "es" and region == "ar" and rng.random() < 0.5:
        text = f"{int(value):,}".replace(",", ".")
        return rng.choice((f"${text}", f"$ {text}", f"{text} pesos"))
    if lang == "es" and region == "mx" and rng.random() < 0.4:
        return rng.choice(
            (
                f"${value:,.2f} MXN",
                f"{value:,.2f} pesos",
                f"MXN {value:,.2f}",
                f"${int(value):,} pesos",
            )
        )
    body = f"{value:,.2f}" if cents else f"{int(value):,}"
    if rng.random() < 0.12:
        body = body.replace(",", "")
    return rng.choice(
        (
            f"${body}",
            f"${body}",
            f"$ {body}",
            f"{body} dollars",
            f"USD {body}",
            f"${body} USD",
            f"{body} dlls" if lang != "en" else f"${body}",
        )
    )


def date(rng: Random, lang: str, region: str = "us") -> str:
    year = rng.choice((2023, 2024, 2024, 2025))
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    if lang == "es":
        mon = MONTHS_ES[month - 1]
        options = [
            f"{day}/{month:02d}/{year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day} de {mon}",
            f"{day} de {mon} de {year}",
            f"{day}-{mon[:3]}",
            f"{rng.choice(WEEKDAYS_ES)} {day}",
            f"{day}/{month}",
        ]
        if region == "us":
            options += [f"{month}/{day}/{year}", f"{month}/{day}"]
        return rng.choice(options)
    mon = MONTHS_EN[month - 1]
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return rng.choice(
        (
            f"{month:02d}/{day:02d}/{year}",
            f"{month}/{day}/{year % 100:02d}",
            f"{month}/{day}",
            f"{mon} {day}",
            f"{mon[:3]} {day}",
            f"{mon} {day}{suffix}",
            f"{year}-{month:02d}-{day:02d}",
            f"the {day}{suffix}",
            f"last {rng.choice(WEEKDAYS_EN)}",
            f"{mon} {day}, {year}",
            f"{month}-{day}-{year}",
        )
    )


def clock(rng: Random, lang: str) -> str:
    hour, minute = rng.randint(1, 12), rng.choice((0, 5, 12, 15, 20, 30, 41, 45, 50, 58))
    if lang == "es":
        return rng.choice(
            (
                f"{hour}:{minute:02d}",
                f"las {hour}:{minute:02d}",
                f"{hour + 12}:{minute:02d} hrs",
                f"{hour}:{minute:02d} pm",
                f"como a las {hour}",
            )
        )
    return rng.choice(
        (
            f"{hour}:{minute:02d} pm",
            f"{hour}:{minute:02d}pm",
            f"{hour}:{minute:02d} AM",
            f"{hour}am",
            f"around {hour}:{minute:02d}",
            f"{hour + 12}:{minute:02d}",
        )
    )


def phone(rng: Random, area: str | None = None) -> str:
    area = area or rng.choice(AREA_CODES)
    exch, line = rng.randint(201, 989), rng.randint(0, 9999)
    return rng.choice(
        (
            f"({area}) {exch}-{line:04d}",
            f"{area}-{exch}-{line:04d}",
            f"{area}.{exch}.{line:04d}",
            f"{area}{exch}{line:04d}",
            f"+1 {area} {exch} {line:04d}",
            f"1-{area}-{exch}-{line:04d}",
            f"{area} {exch} {line:04d}",
            f"+1 ({area}) {exch}-{line:04d}",
            f"+1{area}{exch}{line:04d}",
            f"({area}){exch}-{line:04d}",
        )
    )


def intl_phone(rng: Random) -> str:
    return rng.choice(
        (
            f"+52 55 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
            f"+52 1 33 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
            f"+54 9 11 {rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            f"+34 6{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
            f"+1 809 {rng.randint(200, 999)} {rng.randint(1000, 9999)}",
            f"+57 3{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
        )
    )


def zip5(rng: Random) -> str:
    lo, hi, _ = rng.choice(ZIP_AREAS)
    return f"{rng.randint(lo, hi):05d}"


def zip4(rng: Random, base: str | None = None) -> str:
    return f"{base or zip5(rng)}-{rng.randint(1, 9999):04d}"


def routing(rng: Random) -> str:
    """A 9-digit ABA routing number with a valid checksum."""
    while True:
        head = f"{rng.choice((rng.randint(1, 12), rng.randint(21, 32))):02d}" + rand_digits(rng, 6)
        w = (3, 7, 1, 3, 7, 1, 3, 7)
        total = sum(int(d) * k for d, k in zip(head, w, strict=True))
        check = (-total) % 10
        number = head + str(check)
        if (
            sum(int(d) * k for d, k in zip(number, (3, 7, 1, 3, 7, 1, 3, 7, 1), strict=True)) % 10
            == 0
        ):
            return number


def account_number(rng: Random) -> str:
    n = rng.choice((8, 9, 10, 10, 11, 12))
    digits = str(rng.randint(1, 9)) + rand_digits(rng, n - 1)
    if rng.random() < 0.2:
        digits = "000" + digits[3:]
    return digits


def ups(rng: Random) -> str:
    alnum = "ABCDEFGHJKLMNPRSTUVWXY0123456789"
    return (
        "1Z"
        + "".join(rng.choice(alnum) for _ in range(6))
        + rand_digits(rng, 2)
        + rand_digits(rng, 8)
    )


def usps(rng: Random) -> str:
    prefix = rng.choice(
        ("9400", "9205", "9361", "9270", "9405", "9202", "9374", "7019", "7020", "7022")
    )
    n = 20 if prefix.startswith("70") else rng.choice((22, 22, 20))
    digits = prefix + rand_digits(rng, n - 4)
    return rng.choice(
        (digits, digits, " ".join(chunk(digits, [4] * (n // 4) + ([n % 4] if n % 4 else []))))
    )


def luhn_invalid(rng: Random, n: int = 16, prefix: str | None = None) -> str:
    prefix = prefix if prefix is not None else rng.choice(("4", "5", "3", "6", "7", "8", "2", "1"))
    body = prefix + rand_digits(rng, n - len(prefix) - 1)
    good = luhn.calc_check_digit(body)
    bad = rng.choice([d for d in "0123456789" if d != good])
    number = body + bad
    assert not luhn.is_valid(number)
    return number


def reference16(rng: Random) -> str:
    digits = luhn_invalid(rng, 16)
    return rng.choice(
        (digits, " ".join(chunk(digits, [4, 4, 4, 4])), "-".join(chunk(digits, [4, 4, 4, 4])))
    )


def arn(rng: Random) -> str:
    return rng.choice(("7", "2", "8")) + rand_digits(rng, 22)


def case_number(rng: Random) -> str:
    return rng.choice(
        (
            f"CS-{rand_digits(rng, 7)}",
            f"{rand_digits(rng, 8)}",
            f"INC{rand_digits(rng, 7)}",
            f"2024-{rand_digits(rng, 6)}",
            f"D{rand_digits(rng, 9)}",
            f"#{rand_digits(rng, 6)}",
            f"CAS-{rand_digits(rng, 5)}-{rng.choice('ABCDEFGHJK')}{rand_digits(rng, 1)}{rng.choice('XYZQW')}",
            f"{rand_digits(rng, 10)}",
        )
    )


def order_number(rng: Random) -> str:
    return rng.choice(
        (
            f"{rand_digits(rng, 3)}-{rand_digits(rng, 7)}-{rand_digits(rng, 7)}",
            f"#{rand_digits(rng, 7)}",
            f"W{rand_digits(rng, 10)}",
            f"{rand_digits(rng, 4)}-{rand_digits(rng, 4)}",
            f"ORD-{rand_digits(rng, 6)}",
            f"{rand_digits(rng, 9)}",
            f"BBY01-{rand_digits(rng, 12)}",
            f"#{rng.randint(100, 999)}{rng.choice('ABCDEFGH')}{rand_digits(rng, 4)}",
        )
    )


def confirmation(rng: Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return rng.choice(
        (
            "".join(rng.choice(letters + "23456789") for _ in range(8)),
            f"PMT{rand_digits(rng, 9)}",
            f"{rand_digits(rng, 10)}",
            f"{rng.choice(letters)}{rand_digits(rng, 6)}",
            f"CONF-{rand_digits(rng, 4)}-{rand_digits(rng, 4)}",
            f"{rand_digits(rng, 12)}",
        )
    )


def masked_card(rng: Random, last4: str) -> str:
    return rng.choice(
        (
            f"**** **** **** {last4}",
            f"****{last4}",
            f"XXXX-XXXX-XXXX-{last4}",
            f"xxxx xxxx xxxx {last4}",
            f"•••• {last4}",
            f"************{last4}",
            f"card ending in {last4}",
            f"*{last4}",
            f"x{last4}",
            f"...{last4}",
        )
    )


def year(rng: Random) -> str:
    return str(rng.randint(1998, 2025))


def dob(rng: Random, lang: str) -> str:
    y, m, d = rng.randint(1944, 2004), rng.randint(1, 12), rng.randint(1, 28)
    if lang == "es":
        return rng.choice(
            (
                f"{d:02d}/{m:02d}/{y}",
                f"{d} de {MONTHS_ES[m - 1]} de {y}",
                f"{d}/{m}/{y % 100:02d}",
                f"{d} de {MONTHS_ES[m - 1]} del {y % 100:02d}",
            )
        )
    return rng.choice(
        (
            f"{m:02d}/{d:02d}/{y}",
            f"{m}/{d}/{y % 100:02d}",
            f"{MONTHS_EN[m - 1]} {d}, {y}",
            f"{MONTHS_EN[m - 1][:3]} {d} {y}",
            f"{m}-{d}-{y}",
            f"{y}-{m:02d}-{d:02d}",
        )
    )


def expiry(rng: Random) -> str:
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    return rng.choice(
        (
            f"{m:02d}/{y}",
            f"{m:02d}/{y}",
            f"{m}/{y}",
            f"{m:02d}/20{y}",
            f"{m:02d}-{y}",
            f"{MONTHS_EN[m - 1][:3]} 20{y}",
        )
    )


STREETS = (
    "NW 7th St",
    "SW 8th St",
    "Calle Ocho",
    "Collins Ave",
    "Biscayne Blvd",
    "Main St",
    "Elm St",
    "Oak Ave",
    "W 42nd St",
    "Broadway",
    "Ponce de León Ave",
    "Calle Loíza",
    "Av. Ashford",
    "Mission St",
    "S Alamo St",
    "Westheimer Rd",
    "Bissonnet St",
    "E Cesar Chavez Ave",
    "N Central Ave",
    "Fulton St",
    "Grand Concourse",
    "Bergenline Ave",
    "Harlem Ave",
    "Pico Blvd",
)


def city_of(rng: Random, zip_code: str) -> tuple[str, str]:
    z = int(zip_code)
    for lo, hi, cities in ZIP_AREAS:
        if lo <= z <= hi:
            return rng.choice(cities)
    return ("Miami", "FL")


def address(rng: Random, zip_code: str) -> str:
    city, state = city_of(rng, zip_code)
    num = rng.randint(12, 18999)
    unit = rng.choice(
        (
            "",
            "",
            f" Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
            f" Apt {rng.randint(101, 2410)}",
            f" Unit {rng.randint(1, 999)}",
            f" #{rng.randint(1, 120)}",
        )
    )
    return rng.choice(
        (
            f"{num} {rng.choice(STREETS)}{unit}, {city}, {state} {zip_code}",
            f"{num} {rng.choice(STREETS)}{unit} {city} {state} {zip_code}",
            f"{num} {rng.choice(STREETS).lower()}{unit.lower()}, {city.lower()} {zip_code}",
        )
    )


MERCHANTS = (
    "AMZN Mktp US*2K4L91",
    "UBER *TRIP",
    "SQ *BLUE BOTTLE COFFEE",
    "PAYPAL *STEAM GAMES",
    "WALMART #4471",
    "WAL-MART SUPERCENTER 1093",
    "SHELL OIL 57442",
    "NETFLIX.COM",
    "OXXO",
    "MERCADOLIBRE",
    "DIDI FOOD",
    "RAPPI",
    "AIRBNB * HMDBQ5",
    "SPOTIFY USA",
    "DOORDASH*CHIPOTLE",
    "TARGET 00023481",
    "HOME DEPOT #6311",
    "CVS/PHARMACY #08812",
    "APPLE.COM/BILL",
    "GOOGLE *YOUTUBE",
    "TEMU.COM",
    "SHEIN",
    "COSTCO WHSE #1024",
    "PUBLIX #1442",
    "H-E-B #592",
    "WESTERN UNION 8002",
    "REMITLY",
    "ZELLE",
    "CASH APP*MIKE",
    "LYFT *RIDE",
    "SPIRIT AIRLINES",
    "AVIANCA",
    "AEROMEXICO",
    "MARRIOTT MIAMI",
    "CHEVRON 0203345",
    "7-ELEVEN 34112",
    "DOLLAR TREE #3310",
    "BEST BUY 00001875",
    "ADOBE *ACROPRO",
)
ISSUERS = (
    "Meridian",
    "Northwind",
    "Banco Altavista",
    "Solara",
    "Cobalt",
    "Puente Financial",
    "Harbor One",
    "Andes Credit",
    "Lumen Bank",
    "Caribe",
    "BlueRidge",
    "Azteca Pay",
)
FIRST_NAMES = (
    "Maria",
    "Jose",
    "Luis",
    "Ana",
    "Carlos",
    "Guadalupe",
    "Juan",
    "Rosa",
    "Miguel",
    "Yesenia",
    "Daniel",
    "Ashley",
    "Kevin",
    "Jessica",
    "Brandon",
    "Tiffany",
    "Marcus",
    "Keisha",
    "Emily",
    "Jacob",
    "Olivia",
    "Noah",
    "Camila",
    "Valentina",
    "Santiago",
    "Mateo",
    "Lucía",
    "Martina",
    "Facundo",
    "Agustina",
    "Iker",
    "Nerea",
    "Yaritza",
    "Wilfredo",
    "Xiomara",
    "Brenda",
    "Omar",
    "Linda",
    "Robert",
    "Patricia",
    "Dwayne",
    "Priya",
    "Wei",
    "Nguyen",
    "Fatima",
    "Gabriel",
)
LAST_NAMES = (
    "Garcia",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Gonzalez",
    "Perez",
    "Sanchez",
    "Ramirez",
    "Torres",
    "Flores",
    "Rivera",
    "Gomez",
    "Diaz",
    "Reyes",
    "Morales",
    "Cruz",
    "Ortiz",
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Miller",
    "Davis",
    "Wilson",
    "Anderson",
    "Thomas",
    "Jackson",
    "Fernández",
    "Álvarez",
    "Romero",
    "Castillo",
    "Méndez",
)
AGENT_NAMES = (
    "Carla",
    "Steve",
    "Marisol",
    "Andre",
    "Beatriz",
    "Tom",
    "Yolanda",
    "Raj",
    "Kim",
    "Luis",
    "Diana",
    "Héctor",
    "Paola",
    "Jordan",
    "Nadia",
)
BOT_NAMES = ("Nova", "Ava", "Lía", "Max", "Iris", "Sol")
COUNTRIES_EN = (
    "Mexico",
    "Colombia",
    "the Dominican Republic",
    "Spain",
    "Italy",
    "Japan",
    "Peru",
    "Canada",
    "Puerto Rico",
    "Cancun",
    "Guatemala",
    "Argentina",
)
COUNTRIES_ES = (
    "México",
    "Colombia",
    "República Dominicana",
    "España",
    "Italia",
    "Japón",
    "Perú",
    "Canadá",
    "Puerto Rico",
    "Cancún",
    "Guatemala",
    "Argentina",
    "Honduras",
    "El Salvador",
)
PLACES_EN = (
    "the gym",
    "a bar on Ocean Drive",
    "the airport",
    "Walmart",
    "my cousin's wedding",
    "the bus",
    "work",
    "the laundromat",
    "a gas station",
)
PLACES_ES = (
    "el gimnasio",
    "el aeropuerto",
    "el Walmart",
    "la boda de mi prima",
    "el camión",
    "el trabajo",
    "la lavandería",
    "una gasolinera",
    "el colectivo",
    "el metro",
)
EMOJI = (
    "🙏",
    "😅",
    "😭",
    "👍",
    "🙄",
    "😩",
    "💳",
    "🤦‍♀️",
    "🤦",
    "😡",
    "🥲",
    "❤️",
    "😂",
    "✅",
    "🤞",
    "😬",
    "😤",
    "🙏🏽",
    "👍🏻",
    "😔",
    "💀",
    "🫠",
)


# --------------------------------------------------------------------------------------
# How people type: letter case, punctuation, typos, autocorrect, shorthand, emoji
# --------------------------------------------------------------------------------------

PROTECTED_WORDS = """
card cards number numbers pin pins nip cvv cvc cvv2 cid ccv code codes codigo código security seguridad password
passwords contraseña contrasena clave claves social ssn seguro passcode otp token verification verificación
verificacion tarjeta tarjetas digits dígitos digitos digit back atrás atras reverso text texto sms mensaje last four
últimos ultimos cuatro zip postal routing account cuenta order tracking case reference referencia confirmation
pass exp expiration expiry vence vencimiento full complete completo completa whole entire front frente debit
credit débito debito crédito credito ending termina terminación terminacion sent enviamos enviado send
"""
PROTECTED = frozenset(PROTECTED_WORDS.split()) | frozenset(EN_DIGITS) | frozenset(ES_DIGITS)
WORD = re.compile(r"[A-Za-zÁÉÍÓÚáéíóúÑñü']+")
KEYS = "qwertyuiop asdfghjkl zxcvbnm"
AUTOCORRECT_EN = {
    "charge": "change",
    "charged": "changed",
    "statement": "statment",
    "received": "recieved",
    "address": "adress",
    "weird": "wierd",
    "definitely": "definately",
    "dispute": "dispite",
    "transaction": "transition",
    "fraudulent": "fraudulant",
    "well": "we'll",
    "its": "it's",
    "there": "their",
    "were": "we're",
    "separate": "seperate",
    "refund": "refudn",
    "cancel": "cancle",
    "payment": "paymnet",
    "waiting": "wating",
    "because": "becuase",
    "minutes": "mins",
    "pending": "pendng",
}
AUTOCORRECT_ES = {
    "cobraron": "covraron",
    "hace": "ase",
    "hola": "ola",
    "aquí": "aki",
    "bueno": "weno",
    "vez": "ves",
    "qué": "que",
    "haber": "aber",
    "llegó": "yego",
    "llego": "yego",
    "ahorita": "aorita",
    "cajero": "cagero",
    "también": "tambien",
    "pagué": "pague",
    "porque": "porq",
    "después": "despues",
    "está": "esta",
    "hice": "ise",
    "compra": "conpra",
}
SHORT_EN = (
    (r"\byou\b", "u"),
    (r"\byour\b", "ur"),
    (r"\byou're\b", "ur"),
    (r"\bplease\b", "pls"),
    (r"\bthanks\b", "thx"),
    (r"\bbecause\b", "bc"),
    (r"\bokay\b", "ok"),
    (r"\bI'm\b", "im"),
    (r"\bdon't\b", "dont"),
    (r"\bcan't\b", "cant"),
    (r"\bit's\b", "its"),
    (r"\bdoesn't\b", "doesnt"),
    (r"\bright now\b", "rn"),
    (r"\bI don't know\b", "idk"),
    (r"\bthough\b", "tho"),
    (r"\bgoing to\b", "gonna"),
    (r"\bwant to\b", "wanna"),
    (r"\bmessage\b", "msg"),
    (r"\bare\b", "r"),
)
SHORT_ES = (
    (r"\bque\b", "q"),
    (r"\bpor favor\b", "porfa"),
    (r"\bporque\b", "xq"),
    (r"\btambién\b", "tb"),
    (r"\bpara\b", "pa"),
    (r"\bmensaje\b", "msj"),
    (r"\bgracias\b", "grax"),
    (r"\bpor\b", "x"),
    (r"\bmuy\b", "mui"),
    (r"\bestá\b", "ta"),
    (r"\bnada\b", "nd"),
    (r"\bsaludos\b", "slds"),
    (r"\bdónde\b", "dnd"),
    (r"\bpues\b", "pos"),
)
DEACCENT = str.maketrans("áéíóúÁÉÍÓÚ", "aeiouAEIOU")
PUNCT_GAP = re.compile(r"(?<!\d)[.,!?;:]+(?=\s)|(?<![\d\s])[.,!?;:]+$")


@dataclass
class Style:
    case: str  # as_is, lower, upper, nopunct, sentence
    typo: float
    emoji: float
    short: float
    accents: bool
    enye: bool
    shout: float  # chance that a single message is typed in caps


def make_style(rng: Random, careful: bool = False) -> Style:
    if careful:
        return Style("as_is", 0.0, 0.0, 0.0, True, True, 0.0)
    return Style(
        case=wpick(
            rng, (("as_is", 38), ("lower", 30), ("nopunct", 18), ("upper", 4), ("sentence", 10))
        ),
        typo=rng.choice((0.0, 0.0, 0.02, 0.04, 0.07, 0.1)),
        emoji=rng.choice((0.0, 0.0, 0.08, 0.2, 0.35)),
        short=rng.choice((0.0, 0.0, 0.3, 0.6, 0.9)),
        accents=rng.random() < 0.35,
        enye=rng.random() < 0.6,
        shout=rng.choice((0.0, 0.0, 0.0, 0.05, 0.15)),
    )


def typo_word(rng: Random, word: str, lang: str) -> str:
    low = word.lower()
    table = AUTOCORRECT_ES if lang == "es" else AUTOCORRECT_EN
    if low in table and rng.random() < 0.6:
        return table[low]
    if len(word) < 4 or low in PROTECTED:
        return word
    i = rng.randint(1, len(word) - 2)
    op = rng.randint(0, 3)
    if op == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op == 1:
        return word[:i] + word[i + 1 :]
    if op == 2:
        return word[:i] + word[i] + word[i:]
    row = next((r for r in KEYS.split() if word[i].lower() in r), None)
    if not row:
        return word
    j = row.index(word[i].lower())
    near = row[max(0, j - 1)] if rng.random() < 0.5 else row[min(len(row) - 1, j + 1)]
    return word[:i] + near + word[i + 1 :]


def restyle(rng: Random, style: Style, text: str, lang: str, shout: bool, last: bool) -> str:
    """One literal piece of a message as this writer types it."""
    if not text:
        return text
    if style.short and rng.random() < style.short:
        for pattern, repl in SHORT_ES if lang == "es" else SHORT_EN:
            if rng.random() < 0.6:
                text = re.sub(pattern, repl, text, flags=re.IGNORECASE)
    if style.typo:
        text = WORD.sub(
            lambda m: typo_word(rng, m.group(), lang) if rng.random() < style.typo else m.group(),
            text,
        )
    if lang == "es" and not style.accents:
        text = text.translate(DEACCENT)
        if not style.enye:
            text = text.replace("ñ", "n")
        text = text.replace("¿", "").replace("¡", "")
    case = "upper" if shout else style.case
    if case in ("lower", "nopunct"):
        text = text.lower()
    elif case == "upper":
        text = text.upper()
    if case == "nopunct":
        text = PUNCT_GAP.sub("", text) if last else re.sub(r"(?<!\d)[.,!?;:]+(?=\s)", "", text)
        text = text.replace("¿", "").replace("¡", "")
        text = re.sub(r"(?<=[a-z])'(?=[a-z])", "", text)
    return text


def case_secret(sec: Secret, style: Style, shout: bool) -> Secret:
    if not sec.wordy:
        return sec
    case = "upper" if shout else style.case
    if case == "upper":
        return Secret(sec.type, sec.text.upper(), sec.canon, sec.split, True)
    if case in ("lower", "nopunct"):
        return Secret(sec.type, sec.text.lower(), sec.canon, sec.split, True)
    return sec


# --------------------------------------------------------------------------------------
# A conversation being written
# --------------------------------------------------------------------------------------

REGIONS_ES: tuple[tuple[str, float], ...] = (
    ("mx", 34),
    ("us", 24),
    ("car", 18),
    ("es", 12),
    ("ar", 12),
)
REGIONS_MIX: tuple[tuple[str, float], ...] = (("us", 60), ("mx", 18), ("car", 22))
REGION_TAG = re.compile(r"^(mx|us|car|es|ar)\|")

FILL_ES: dict[str, dict[str, tuple[str, ...]]] = {
    "hi": {
        "mx": ("hola", "buenas tardes", "buenas", "qué tal", "hola buenas noches", "buen día"),
        "ar": ("hola", "buenas", "buen día", "hola che", "holaa"),
        "es": ("hola", "buenas", "buenos días", "hola qué tal", "buenas tardes"),
        "car": ("hola", "saludos", "buenas", "hola buenas", "bendiciones", "hola buenos días"),
        "us": ("hola", "hi", "hello", "buenas", "hola good morning"),
    },
    "ok": {
        "mx": ("ok", "va", "sale", "órale", "okey", "ah ok", "está bien", "ándale"),
        "ar": ("dale", "ok", "bárbaro", "listo", "joya", "ah ok"),
        "es": ("vale", "vale vale", "ok", "perfecto", "venga", "de acuerdo"),
        "car": ("ok", "ta bien", "perfecto", "okey", "ok mi amor", "está bien"),
        "us": ("ok", "okay", "ok perfecto", "está bien", "okey", "ok cool"),
    },
    "cel": {
        "mx": ("cel", "celular"),
        "ar": ("celu", "celular"),
        "es": ("móvil", "teléfono", "móvil"),
        "car": ("celular", "cel", "teléfono"),
        "us": ("cel", "celular", "phone", "teléfono"),
    },
    "wait": {
        "mx": ("un momento", "ahorita le digo", "déjeme ver", "espéreme tantito", "un seg"),
        "ar": ("esperá", "un segundo", "dame un toque", "bancame un segundo"),
        "es": ("espera un momento", "un segundo", "espérate", "un momento"),
        "car": ("un momentito", "espérame", "dame un chin", "un momento"),
        "us": ("un momento", "hold on", "espera", "one sec", "dame un segundo"),
    },
}
FILL_EN: dict[str, tuple[str, ...]] = {
    "hi": (
        "hi",
        "hello",
        "hey",
        "hi there",
        "good morning",
        "hello?",
        "hii",
        "good afternoon",
        "yo",
    ),
    "ok": ("ok", "okay", "ok cool", "alright", "k", "got it", "ok great", "sounds good", "oh ok"),
    "cel": ("phone", "cell", "cell phone", "mobile"),
    "wait": (
        "hold on",
        "one sec",
        "wait",
        "gimme a sec",
        "hang on",
        "1 sec",
        "one moment",
        "brb let me check",
    ),
}
FILL_BOTH: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "thanks": (
        ("thanks", "thank you", "ty", "thx", "thank you so much", "tysm", "thanks!!"),
        ("gracias", "muchas gracias", "mil gracias", "grax", "graciasss", "gracias 🙏"),
    ),
    "please": (
        ("please", "pls", "plz", "please!!"),
        ("por favor", "porfa", "porfavor", "x fa", "porfis"),
    ),
    "sorry": (
        ("sorry", "oops", "my bad", "sry", "oh wait", "sorry sorry"),
        ("perdón", "disculpa", "perdona", "ay perdón", "uy", "disculpe"),
    ),
    "yes": (
        ("yes", "yeah", "yep", "yes ma'am", "correct", "that's right", "ya"),
        ("sí", "si", "así es", "correcto", "sip", "sí señorita", "eso"),
    ),
    "no": (("no", "nope", "no it wasn't me", "nah"), ("no", "nop", "no fui yo", "para nada")),
}
TEMPLATE_LANG = re.compile(
    r"[áéíóúñ¿¡]|\b(el|la|los|mi|que|es|por|para|tarjeta|número|código|hola|gracias|cuál|dígame|usted|su|un|una|del|con|sí|me|le|ya|tu)\b",
    re.IGNORECASE,
)


class Ctx:
    """The people of one conversation, the values they share, and the messages so far."""

    def __init__(self, rng: Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.region = (
            "us" if lang == "en" else wpick(rng, REGIONS_ES if lang == "es" else REGIONS_MIX)
        )
        self.style = make_style(rng)
        self.persona = "bot" if rng.random() < 0.3 else "human"
        self.agent_style = make_style(rng, careful=True)
        if self.persona == "human" and rng.random() < 0.12:
            self.agent_style = Style("lower", 0.0, 0.0, 0.0, True, True, 0.0)
        self.agent_name = rng.choice(BOT_NAMES if self.persona == "bot" else AGENT_NAMES)
        self.issuer = rng.choice(ISSUERS)
        self.first, self.last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        self.zip = zip5(rng)
        self.phone = phone(rng)
        self.phone_last4 = re.sub(r"\D", "", self.phone)[-4:]
        self.card = card_number(rng)
        self.last4 = self.card[-4:]
        self.ssn = ssn_digits(rng)
        self.exp = expiry(rng)
        self.dob = dob(rng, "es" if lang == "es" else "en")
        self.email = f"{self.first.lower()}{rng.choice(('.', '_', ''))}{self.last.lower()}{rng.choice(('', str(rng.randint(1, 99)), year(rng)))}@{rng.choice(('gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'icloud.com', 'aol.com'))}"
        self.email = self.email.translate(str.maketrans("áéíóúñ", "aeioun"))
        self.messages: list[Message] = []

    # -- choosing words -------------------------------------------------------------

    def vlang(self) -> str:
        if self.lang == "mix":
            return "es" if self.rng.random() < 0.5 else "en"
        return self.lang

    def pick(self, en: Sequence[str], es: Sequence[str], mix: Sequence[str] = ()) -> str:
        rng = self.rng
        if self.lang == "en":
            pool = en
        elif self.lang == "es":
            pool = es
        else:
            r = rng.random()
            pool = mix if (mix and r < 0.5) else (en if r < 0.72 else es)
        options = [t for t in pool if not REGION_TAG.match(t) or t.startswith(self.region + "|")]
        if not options:
            options = [t for t in pool if not REGION_TAG.match(t)]
        return REGION_TAG.sub("", rng.choice(options))

    def filler(self, name: str, lang: str) -> str:
        rng = self.rng
        base = name.rstrip("0123456789")
        es = lang == "es"
        if base in FILL_BOTH:
            return rng.choice(FILL_BOTH[base][1 if es else 0])
        if base in FILL_EN:
            return rng.choice(FILL_ES[base][self.region]) if es else rng.choice(FILL_EN[base])
        simple: dict[str, Callable[[], str]] = {
            "issuer": lambda: self.issuer,
            "agent": lambda: self.agent_name,
            "name": lambda: f"{self.first} {self.last}",
            "first": lambda: self.first,
            "lastname": lambda: self.last,
            "amount": lambda: amount(rng, lang, self.region),
            "date": lambda: date(rng, lang, self.region),
            "time": lambda: clock(rng, lang),
            "phone": lambda: phone(rng),
            "tollfree": lambda: (
                rng.choice(("1-800-", "1-888-", "(877) ", "866-"))
                + f"{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"
            ),
            "myphone": lambda: self.phone,
            "intl": lambda: intl_phone(rng),
            "zip": lambda: self.zip,
            "zip4": lambda: zip4(rng, self.zip),
            "otherzip": lambda: zip5(rng),
            "last4": lambda: self.last4,
            "last4p": lambda: self.phone_last4,
            "ssn4": lambda: self.ssn[-4:],
            "masked": lambda: masked_card(rng, self.last4),
            "oldlast4": lambda: rand_digits(rng, 4),
            "merchant": lambda: rng.choice(MERCHANTS),
            "case": lambda: case_number(rng),
            "order": lambda: order_number(rng),
            "ups": lambda: ups(rng),
            "usps": lambda: usps(rng),
            "ref": lambda: reference16(rng),
            "arn": lambda: arn(rng),
            "routing": lambda: routing(rng),
            "acct": lambda: account_number(rng),
            "acct4": lambda: rand_digits(rng, 4),
            "conf": lambda: confirmation(rng),
            "year": lambda: year(rng),
            "dob": lambda: self.dob,
            "exp": lambda: self.exp,
            "addr": lambda: address(rng, self.zip),
            "email": lambda: self.email,
            "mins": lambda: str(rng.choice((5, 10, 15, 20, 30, 45, 90))),
            "days": lambda: str(rng.randint(3, 21)),
            "points": lambda: f"{rng.randint(1, 95)},{rng.randint(0, 999):03d}",
            "apr": lambda: f"{rng.randint(15, 29)}.{rng.choice(('99', '49', '24', '74'))}%",
            "limit": lambda: (
                f"${rng.choice((500, 1000, 1500, 2500, 3000, 5000, 7500, 10000, 12000)):,}"
            ),
            "country": lambda: rng.choice(COUNTRIES_ES if es else COUNTRIES_EN),
            "place": lambda: rng.choice(PLACES_ES if es else PLACES_EN),
            "store": lambda: f"#{rng.randint(100, 9999)}",
            "n": lambda: str(rng.randint(2, 6)),
            "emoji": lambda: rng.choice(EMOJI),
            "weekday": lambda: rng.choice(WEEKDAYS_ES if es else WEEKDAYS_EN),
            "month": lambda: rng.choice(MONTHS_ES if es else MONTHS_EN),
            "atm": lambda: f"ATM {rng.choice(('#', 'ID ', ''))}{rng.randint(1000, 99999)}",
            "check": lambda: str(rng.randint(101, 4999)),
            "income": lambda: rng.choice(
                (
                    f"${rng.randint(28, 140)},000",
                    f"${rng.randint(28, 140)}k",
                    f"{rng.randint(2, 9)},{rng.randint(0, 9)}00 al mes"
                    if es
                    else f"{rng.randint(2, 9)},{rng.randint(0, 9)}00 a month",
                )
            ),
            "pct": lambda: f"{rng.randint(1, 5)}%",
            "flight": lambda: (
                f"{rng.choice(('AA', 'UA', 'DL', 'AM', 'AV', 'NK', 'B6'))} {rng.randint(100, 2999)}"
            ),
            "error": lambda: rng.choice(
                ("E-1043", "500", "403", "CR-207", "1001", "ERR_9", "4012", "E51")
            ),
        }
        if name in simple:
            return simple[name]()
        if base not in simple:
            raise KeyError(f"unknown slot {name}")
        return simple[base]()

    def fill(self, template: str, slots: dict[str, Piece]) -> list[Piece]:
        lang = (
            "es"
            if (self.lang == "es" or (self.lang == "mix" and TEMPLATE_LANG.search(template)))
            else "en"
        )
        pieces: list[Piece] = []
        cache: dict[str, Piece] = {}
        pos = 0
        used: set[str] = set()
        for m in SLOT.finditer(template):
            pieces.append(template[pos : m.start()])
            name = m.group(1)
            if name in slots:
                value = slots[name]
                used.add(name)
            else:
                if name not in cache:
                    cache[name] = self.filler(name, lang)
                value = cache[name]
            pieces.append(value)
            pos = m.end()
        pieces.append(template[pos:])
        unused = [k for k, v in slots.items() if isinstance(v, Secret) and k not in used]
        assert not unused, f"secret slots {unused} missing from {template!r}"
        return pieces

    # -- writing messages -----------------------------------------------------------

    def _emit(
        self, role: str, kind: str, template: str, requested: Sequence[str], slots: dict[str, Piece]
    ) -> list[Message]:
        rng = self.rng
        lang = (
            "es"
            if (self.lang == "es" or (self.lang == "mix" and TEMPLATE_LANG.search(template)))
            else "en"
        )
        style = self.style if role == "customer" else self.agent_style
        pieces = self.fill(template, slots)
        # "||" in a template splits one thought over several messages
        chunks: list[list[Piece]] = [[]]
        for piece in pieces:
            if isinstance(piece, str) and "||" in piece:
                first, *rest = piece.split("||")
                chunks[-1].append(first)
                for part in rest:
                    chunks.append([part])
            else:
                chunks[-1].append(piece)
        out: list[Message] = []
        for chunk_pieces in chunks:
            shout = role == "customer" and rng.random() < style.shout
            styled: list[Piece] = []
            for i, piece in enumerate(chunk_pieces):
                if isinstance(piece, Secret):
                    styled.append(case_secret(piece, style, shout))
                else:
                    styled.append(
                        restyle(rng, style, piece, lang, shout, i == len(chunk_pieces) - 1)
                    )
            while styled and isinstance(styled[0], str) and not styled[0].strip():
                styled.pop(0)
            while styled and isinstance(styled[-1], str) and not styled[-1].strip():
                styled.pop()
            if not styled:
                continue
            if isinstance(styled[0], str):
                styled[0] = styled[0].lstrip()
            if isinstance(styled[-1], str):
                styled[-1] = styled[-1].rstrip()
            if style.case == "sentence" and isinstance(styled[0], str) and styled[0]:
                styled[0] = styled[0][0].upper() + styled[0][1:]
            if role == "customer" and style.emoji and rng.random() < style.emoji:
                mark = rng.choice(EMOJI) * rng.choice((1, 1, 1, 2, 3))
                if isinstance(styled[-1], Secret) and styled[-1].type == PW:
                    styled.append(" " + mark)
                else:
                    styled.append(rng.choice((" ", "", " ")) + mark)
            has_secret = any(isinstance(p, Secret) for p in styled)
            sub_kind = (
                kind
                if (has_secret or len(chunks) == 1)
                else ("chat" if role == "customer" else kind)
            )
            req = (
                frozenset(requested)
                if (role == "agent" and (len(chunks) == 1 or chunk_pieces is chunks[-1]))
                else frozenset()
            )
            msg = build_message(role, sub_kind, styled, req)
            prev = out[-1] if out else (self.messages[-1] if self.messages else None)
            if (
                prev
                and prev.role == msg.role
                and prev.text == msg.text
                and not msg.labels
                and not msg.requested
            ):
                continue
            out.append(msg)
        self.messages.extend(out)
        return out

    def cust(self, kind: str, template: str, **slots: Piece) -> list[Message]:
        return self._emit("customer", kind, template, (), slots)

    def agent(
        self, kind: str, template: str, requested: Sequence[str] = (), **slots: Piece
    ) -> list[Message]:
        return self._emit("agent", kind, template, requested, slots)

    def c(
        self,
        kind: str,
        en: Sequence[str],
        es: Sequence[str],
        mix: Sequence[str] = (),
        **slots: Piece,
    ) -> list[Message]:
        return self.cust(kind, self.pick(en, es, mix), **slots)

    def a(
        self,
        kind: str,
        en: Sequence[str],
        es: Sequence[str],
        mix: Sequence[str] = (),
        requested: Sequence[str] = (),
        **slots: Piece,
    ) -> list[Message]:
        return self.agent(kind, self.pick(en, es, mix), requested, **slots)

    # -- secrets as this customer types them ------------------------------------------

    def card_secret(self, digits: str | None = None, fmt: str | None = None) -> Secret:
        digits = digits or self.card
        lang = (
            "es" if self.lang == "es" or (self.lang == "mix" and self.rng.random() < 0.4) else "en"
        )
        fmt = fmt or wpick(self.rng, CARD_FORMATS)
        text, wordy = format_number(self.rng, digits, card_groups(self.rng, len(digits)), fmt, lang)
        return Secret(CC, text, digits, wordy=wordy)

    def short_secret(self, kind: str, digits: str, fmt: str | None = None) -> Secret:
        lang = (
            "es" if self.lang == "es" or (self.lang == "mix" and self.rng.random() < 0.4) else "en"
        )
        if fmt is None:
            fmt = wpick(
                self.rng,
                (
                    ("plain", 84),
                    ("half", 4 if kind == OTP else 0),
                    ("spaced", 4),
                    ("dashed", 2),
                    ("words", 6),
                ),
            )
        text, wordy = short_number(self.rng, digits, fmt, lang)
        return Secret(kind, text, digits, wordy=wordy)

    def otp(self, fmt: str | None = None) -> Secret:
        n = wpick(self.rng, ((6, 62), (4, 12), (5, 6), (7, 4), (8, 10)))
        return self.short_secret(OTP, rand_digits(self.rng, n), fmt)

    def pin(self, fmt: str | None = None) -> Secret:
        n = wpick(self.rng, ((4, 82), (6, 13), (5, 5)))
        return self.short_secret(PIN, rand_digits(self.rng, n), fmt)

    def cvv(self, four: bool | None = None, fmt: str | None = None) -> Secret:
        if four is None:
            four = self.card[:2] in ("34", "37")
        return self.short_secret(
            CVV,
            rand_digits(self.rng, 4 if four else 3),
            fmt or wpick(self.rng, (("plain", 92), ("words", 5), ("spaced", 3))),
        )

    def ssn_secret(self, style: str | None = None) -> Secret:
        lang = (
            "es" if self.lang == "es" or (self.lang == "mix" and self.rng.random() < 0.4) else "en"
        )
        text, wordy = ssn_text(self.rng, self.ssn, lang, style)
        return Secret(SSN, text, self.ssn, wordy=wordy)

    def pw(self) -> Secret:
        value = password(self.rng)
        return Secret(PW, value, value)

    # -- the finished conversation ------------------------------------------------------

    def finish(self) -> list[Message]:
        split_msgs = [m for m in self.messages if any(lab.split_part for lab in m.labels)]
        if split_msgs:
            digits = "".join(
                digits_of(m.text[lab.start : lab.end])
                for m in split_msgs
                for lab in m.labels
                if lab.split_part
            )
            assert 13 <= len(digits) <= 19 and luhn.is_valid(digits), digits
            assert split_msgs[-1].labels[0].split_part, (
                "the last part must be the first label of its message"
            )
            assert all(sum(lab.split_part for lab in m.labels) == 1 for m in split_msgs)
        assert self.messages
        return self.messages


# --------------------------------------------------------------------------------------
# Agents asking for what they must never ask for (human agents, bots gone wrong, phishers)
# --------------------------------------------------------------------------------------

Pools = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]

ASKS: dict[tuple[str, ...], Pools] = {
    (CC,): (
        (
            "Can you please provide the full card number?",
            "I'll need the complete 16-digit number on the front of your card.",
            "To proceed, please type your card number here.",
            "What's the long number on the card?",
            "Could you read me all the numbers on the front of the card?",
            "For verification purposes, please confirm the full card number.",
            "Please send the card number so I can look it up.",
            "can u send me the card number pls",
            "I need the card number, all the digits. No spaces is fine.",
            "Go ahead and enter the entire card number in the chat and I'll check it for you.",
            "Which card would you like to use for the payment? I'll need the whole number, not just the last four.",
            "Kindly share your debit card number so we can unblock the account.",
            "URGENT: reply with your card number to stop the fraudulent charge of {amount}.",
            "Just type the number across the front of the card and we're done.",
            "I can't pull it up with the last four, could you send me the complete number instead?",
            "Please provide the primary account number (PAN) printed on your card.",
            "Type out the card number exactly as it appears on the card, including all digits.",
            "What is the number on the new card you received? The 16 digits, please.",
            "So I can link it, what's the full number of the card you want to add?",
            "Before I can issue the refund I need the card number it should go to. The full one please.",
            "Could you give me the card number? I only see {masked} on my end.",
            "Ok. Now the card number please, all 15 or 16 digits depending on the card.",
            "Hmm the system isn't taking the last 4. Can you send me the whole card number?",
            "Send me a picture of the front of the card, or just type the number if that's easier.",
            "I'm going to need that card number again, the whole thing this time.",
        ),
        (
            "¿Me puede proporcionar el número completo de su tarjeta?",
            "Necesito los 16 dígitos de la tarjeta para continuar.",
            "Por favor escriba aquí el número de su tarjeta.",
            "car|¿Me regala el número de la tarjeta completo, por favor?",
            "Dígame el número que aparece al frente de su plástico, por favor.",
            "ar|Pasame el número de la tarjeta así la reviso.",
            "¿Cuál es el número de tarjeta? Todos los dígitos, por favor.",
            "Para desbloquear su cuenta, envíe el número de su tarjeta de débito.",
            "Confírmeme el número completo de la tarjeta, no solo los últimos cuatro.",
            "¿Me dicta los números de la tarjeta?",
            "URGENTE: responda con el número de su tarjeta para cancelar el cargo de {amount}.",
            "me podrías mandar el número de tu tarjeta? es para validar",
            "es|¿Nos facilita el número de la tarjeta completo, por favor?",
            "Necesito que me digas el número de la tarjeta, el largo que está adelante.",
            "mx|¿Me proporciona los 16 dígitos de su plástico para ubicar la cuenta?",
            "Para hacer el reembolso necesito el número completo de la tarjeta a donde lo depositamos.",
            "¿Qué número tiene la tarjeta nueva que le llegó? Todos los números por favor.",
            "No me aparece con los últimos 4, ¿me escribe el número completo?",
            "ar|Mandame el número entero de la tarjeta y lo verifico ya.",
            "Escriba el número de la tarjeta tal como aparece en el plástico.",
        ),
        (
            "Me puedes dar el card number completo?",
            "Please, necesito el número de la tarjeta completo para verificar.",
            "Send me el número de la card, all the digits",
            "Can you type the full número de tarjeta here?",
            "Ok perfecto, now I need the whole card number, todos los números.",
            "Para el refund necesito el full card number, porfa.",
        ),
    ),
    (CVV,): (
        (
            "Can you give me the 3-digit security code on the back of the card?",
            "What's the CVV?",
            "Just read me the digits on the back and we're all set.",
            "Please provide the CVV2 code so I can validate the card.",
            "What are the three numbers next to the signature strip?",
            "And the security code? It's the little number on the back.",
            "I'll also need the CVC to finish verifying.",
            "For Amex it's the 4 digits on the front, above the card number. What are they?",
            "please confirm cvv",
            "Last thing, the code on the back of the card please.",
            "I don't need the whole card number, just the 3 digits on the back.",
            "Could you type the security code printed on the back? It helps us confirm you have the card.",
            "What's the CID on your Amex?",
            "Can you flip the card over and tell me the 3 numbers?",
            "To complete the payment I need the card's security code.",
        ),
        (
            "¿Me puede dar el código de seguridad de la tarjeta?",
            "¿Cuáles son los 3 dígitos del reverso?",
            "Dígame los tres números de atrás de la tarjeta, por favor.",
            "¿Me confirma el CVV?",
            "Necesito el código de seguridad (CVV) para validar el plástico.",
            "mx|¿Me regala los tres numeritos de atrás de su tarjeta?",
            "ar|Pasame el código de seguridad, los 3 números de atrás.",
            "es|¿Me indicas el CVV que aparece en el reverso de la tarjeta?",
            "Solo me falta el código que viene atrás junto a la firma.",
            "No necesito el número completo, solo los 3 dígitos de atrás.",
            "¿Cuál es el código de 4 dígitos que está al frente de su American Express?",
            "Voltee la tarjeta y dígame los 3 números que tiene atrás.",
        ),
        (
            "Me das el CVV? los 3 digits de atrás",
            "Ok and el código de seguridad de la card?",
            "Necesito the security code, el que está en el back.",
            "please dame los 3 números del back de la tarjeta",
        ),
    ),
    (SSN,): (
        (
            "Can you provide your full Social Security number?",
            "What's your SSN?",
            "To verify your identity, please type your social security number.",
            "I'll need all 9 digits of your Social.",
            "Please confirm your complete SSN, not just the last four.",
            "And your social? The full number please.",
            "For the credit limit increase I need your Social Security number.",
            "what is ur social",
            "Could you share your SSN so I can pull up the account?",
            "The system needs your full social security number to continue the application.",
            "I need your SSN to send the 1099, can you type it here?",
            "Please enter your nine-digit Social Security number below.",
            "Can I get your social real quick? The whole thing.",
        ),
        (
            "¿Me puede proporcionar su número de seguro social completo?",
            "¿Cuál es su número de Seguro Social?",
            "Necesito los nueve dígitos de su seguro social.",
            "Para verificar su identidad escriba su número de seguro social, por favor.",
            "¿Me da su social completo?",
            "Para el aumento de límite necesito su número de seguro social.",
            "Confírmeme su SSN completo, no solo los últimos 4.",
            "us|¿Me dices tu número de social? el completo",
            "¿Me facilita su número de la seguridad social de Estados Unidos?",
        ),
        (
            "Me das tu social security number completo?",
            "Necesito your SSN, los 9 dígitos.",
            "Ok, now tu número de social, the full one please",
        ),
    ),
    (OTP,): (
        (
            "I just sent a code to your phone. Can you read it to me?",
            "What's the verification code you received?",
            "Please type the code we just sent you.",
            "What did the text say? I need the 6 digits.",
            "You should have gotten a one-time passcode by SMS. What is it?",
            "Can you tell me the code from the email we sent?",
            "Please reply with the 6-digit code to cancel the transaction.",
            "I sent you a text message with a code, please share it here so I can verify you.",
            "We need the passcode from the app notification to continue. What does it show?",
            "Read me the numbers in the text you just got from us.",
            "type the code here pls, it expires soon",
            "To stop the {amount} charge, send me the code we just texted you.",
            "What's the OTP?",
            "Can you forward me the security code you received?",
            "Did you get the code? Go ahead and paste it in the chat.",
            "The code we sent to your email, what is it?",
        ),
        (
            "Le acabo de enviar un código a su celular, ¿me lo puede leer?",
            "¿Cuál es el código de verificación que le llegó?",
            "Por favor escriba el código que le enviamos.",
            "¿Qué dice el mensaje de texto? Necesito los 6 dígitos.",
            "Dígame el código que le llegó por SMS.",
            "¿Me comparte el código que le mandamos a su correo?",
            "Para cancelar el cargo responda con el código de 6 dígitos.",
            "mx|¿Me dicta el código que le acaba de llegar al cel?",
            "ar|Pasame el código que te llegó por mensaje.",
            "es|¿Me dices el código que te ha llegado al móvil?",
            "¿Me confirma el token que aparece en la app?",
            "car|Mi amor, ¿me lee el codiguito que le llegó?",
            "Escriba aquí el código de un solo uso que recibió.",
        ),
        (
            "Me dices el code que te llegó by text?",
            "Please, el código que te mandamos, type it here",
            "Ok te envié un text con un código, what is it?",
            "necesito el OTP que te llegó al cel",
        ),
    ),
    (PW,): (
        (
            "Can you give me your online banking password so I can check the settings?",
            "What's your password?",
            "Please type your current password so I can reset the account.",
            "I'll need your login password to look into this.",
            "What password are you using to log in?",
            "Send me the password you tried and I'll see why it's failing.",
            "Could you confirm your app password for me?",
            "To unlock the profile I need your username and password.",
            "what's the pw on the account",
            "Give me the password and I'll log in and fix it for you.",
        ),
        (
            "¿Me puede dar su contraseña de la banca en línea?",
            "¿Cuál es su contraseña?",
            "Escriba su contraseña actual para poder restablecer la cuenta.",
            "Necesito su clave de internet para revisar.",
            "¿Qué contraseña está usando para entrar a la app?",
            "Mándeme la contraseña que intentó y reviso por qué falla.",
            "ar|Pasame tu clave de home banking y lo arreglo.",
            "es|¿Me indicas tu contraseña para acceder a la cuenta?",
            "Para desbloquear el perfil necesito su usuario y contraseña.",
        ),
        (
            "Me das tu password para entrar a la app?",
            "Necesito tu contraseña, the one you use to log in.",
            "Ok type tu password aquí and I'll reset it",
        ),
    ),
    (PIN,): (
        (
            "What's your PIN?",
            "Can you give me your 4-digit PIN to verify?",
            "Please type your ATM PIN.",
            "To reset it I need your current PIN.",
            "What PIN do you use at the ATM?",
            "Could you confirm the PIN for the card?",
            "and ur pin?",
            "Just tell me the PIN you tried and I'll check if it matches.",
            "What PIN would you like to set? Type it here and I'll update it.",
            "I need the card PIN to process the cash advance.",
        ),
        (
            "¿Cuál es su NIP?",
            "¿Me puede dar su PIN de 4 dígitos?",
            "Escriba el PIN del cajero, por favor.",
            "mx|¿Me confirma su NIP para validar la tarjeta?",
            "ar|Pasame la clave del cajero, los 4 números.",
            "es|¿Me dices el PIN de la tarjeta?",
            "Para restablecerlo necesito su PIN actual.",
            "¿Qué PIN quiere poner? Escríbalo aquí y lo cambio.",
            "Dígame el PIN que intentó en el cajero.",
        ),
        (
            "Cuál es tu PIN number?",
            "Me das el PIN de la card?",
            "Necesito tu NIP, the 4 digits",
        ),
    ),
    (CC, CVV): (
        (
            "Please send the card number, expiration date and security code.",
            "I'll need the full card number and the 3 digits on the back.",
            "Can you confirm the card number and CVV so I can process the payment?",
            "To add the card I need the number, the expiry and the code on the back.",
            "Type the 16 digits and the CVV and I'll run it again.",
        ),
        (
            "Necesito el número de la tarjeta, la fecha de vencimiento y el código de seguridad.",
            "¿Me da el número completo de la tarjeta y los 3 dígitos de atrás?",
            "Para procesar el pago escriba el número de tarjeta y el CVV.",
            "ar|Pasame los números de la tarjeta, vencimiento y código de atrás.",
        ),
        (
            "Send me el card number y el CVV porfa",
            "Necesito the full number y el código de atrás.",
        ),
    ),
    (OTP, PIN): (
        (
            "Please give me the code we just sent and your PIN to cancel the charge.",
            "To secure the account I need the SMS code and your ATM PIN.",
            "Read me the text code, then your PIN.",
        ),
        (
            "Para bloquear la tarjeta necesito el código que le llegó y su NIP.",
            "Dígame el código del mensaje y su PIN del cajero.",
        ),
        ("Dame el code que te llegó y tu PIN",),
    ),
    (PW, OTP): (
        (
            "To get you back in I need your password and the verification code we sent.",
            "Send me your login password plus the 6-digit code from the text.",
        ),
        (
            "Para entrar a su cuenta necesito su contraseña y el código que le enviamos.",
            "Escriba su contraseña y el código de verificación, por favor.",
        ),
        ("Necesito tu password y el code del text",),
    ),
    (SSN, PIN): (
        (
            "For security I need your SSN and your card PIN.",
            "Please verify with your full social and your PIN.",
        ),
        (
            "Por seguridad necesito su seguro social y su NIP.",
            "Confirme su número de seguro social completo y el PIN.",
        ),
        ("Dame tu social y tu PIN para verificar",),
    ),
    (CC, CVV, PIN): (
        ("To issue the replacement I need the card number, the CVV and your PIN.",),
        ("Para reponer la tarjeta necesito el número, el código de atrás y el NIP.",),
        (),
    ),
}
ASK_KIND = {
    CC: "ask_card",
    CVV: "ask_cvv",
    SSN: "ask_ssn",
    OTP: "ask_otp",
    PW: "ask_password",
    PIN: "ask_pin",
}

PHISH_OPEN: Pools = (
    (
        "This is the {issuer} Fraud Prevention Department. We detected a suspicious charge of {amount} at {merchant}. Did you make this purchase?",
        "{issuer} Security: your card has been temporarily locked due to unusual activity. Reply here to unlock it.",
        "Hello, I'm calling from {issuer} card services about a transaction of {amount} that was flagged on {date}.",
        "ALERT from {issuer}: a login from a new device was detected. If this wasn't you, we need to verify you now.",
        "Hi {first}, this is {agent} from the {issuer} security team. We noticed 3 attempted charges on your account.",
        "Your {issuer} account will be suspended in 24 hours unless you verify your information.",
    ),
    (
        "Le escribe el Departamento de Fraudes de {issuer}. Detectamos un cargo sospechoso por {amount} en {merchant}. ¿Usted lo reconoce?",
        "{issuer} Seguridad: su tarjeta fue bloqueada temporalmente por actividad inusual. Responda aquí para desbloquearla.",
        "Hola, le hablo de {issuer} por una compra de {amount} marcada el {date}.",
        "ALERTA {issuer}: se detectó un inicio de sesión desde otro dispositivo. Si no fue usted, debemos verificarlo ahora.",
        "Hola {first}, soy {agent} del equipo de seguridad de {issuer}. Vimos 3 intentos de cargo en su cuenta.",
        "Su cuenta de {issuer} será suspendida en 24 horas si no verifica sus datos.",
    ),
    (
        "Hola, this is {issuer} fraud department. Vimos un cargo de {amount} en {merchant}, was it you?",
        "{issuer} Security: tu card está bloqueada por actividad sospechosa. Reply to unlock.",
    ),
)
PHISH_PUSH: Pools = (
    (
        "This is time sensitive, the transaction will go through in 5 minutes if we don't verify.",
        "Don't worry, this is a secure line. We just need to confirm it's really you.",
        "I understand, but without this step I can't stop the charge.",
        "Sir/ma'am, this is standard procedure. Every customer goes through it.",
    ),
    (
        "Es urgente, el cargo se aplica en 5 minutos si no verificamos.",
        "No se preocupe, esta línea es segura. Solo confirmamos que es usted.",
        "Entiendo, pero sin este paso no puedo detener el cargo.",
        "Es el procedimiento normal, a todos los clientes se les pide.",
    ),
    ("Es urgent, the charge goes through en 5 minutos.", "Tranquilo, this is a secure chat."),
)


def ask_for(ctx: Ctx, types: Sequence[str]) -> list[Message]:
    key = tuple(types)
    en, es, mix = ASKS[key]
    kind = ASK_KIND[key[0]] if len(key) == 1 else "ask_multi"
    return ctx.a(kind, en, es, mix, requested=key)


# --------------------------------------------------------------------------------------
# Agents doing it right: greetings, proper verification, warnings that only mention secrets
# --------------------------------------------------------------------------------------

GREET_HUMAN: Pools = (
    (
        "Hi, thanks for contacting {issuer}! My name is {agent}. How can I help you today?",
        "Hello {first}, this is {agent} with {issuer} Card Services. What can I do for you?",
        "Thank you for waiting. You're chatting with {agent}. How may I assist?",
        "Hi there! {agent} here from {issuer}. I see you have a question about your card.",
        "Good afternoon, you've reached {issuer} customer care. I'm {agent}.",
        "hi {first}! {agent} here, sorry for the wait. what's going on?",
        "Welcome to {issuer} chat. My name is {agent} and I'll be helping you today.",
    ),
    (
        "Hola, gracias por comunicarse con {issuer}. Mi nombre es {agent}, ¿en qué le puedo ayudar?",
        "Buenas tardes {first}, le atiende {agent} de {issuer}. ¿Cómo le ayudo?",
        "Gracias por esperar. Le saluda {agent}. ¿En qué puedo servirle?",
        "¡Hola! Soy {agent} de {issuer}. Veo que tiene una consulta sobre su tarjeta.",
        "es|Hola, soy {agent}, de atención al cliente de {issuer}. ¿En qué te puedo ayudar?",
        "ar|Hola {first}, te habla {agent} de {issuer}. ¿En qué te ayudo?",
        "Bienvenido al chat de {issuer}. Mi nombre es {agent} y le ayudaré hoy.",
    ),
    (
        "Hola! My name is {agent} from {issuer}, how can I help you hoy?",
        "Hi {first}, soy {agent}. ¿En qué te puedo ayudar today?",
    ),
)
GREET_BOT: Pools = (
    (
        "🤖 Hi! I'm {agent}, {issuer}'s virtual assistant. I can help with payments, cards, disputes and more. What do you need today?",
        "Hello, I'm {agent}, an AI assistant for {issuer}. I'll never ask for your full card number, PIN, password or the codes we text you. How can I help?",
        "Hi {first}! {agent} here, your {issuer} virtual assistant. Tell me in a few words what's going on.",
        "Welcome to {issuer}. I'm {agent}, a virtual assistant. Choose an option: 1) Lost or stolen card 2) Payments 3) Dispute a charge 4) Something else",
    ),
    (
        "🤖 ¡Hola! Soy {agent}, la asistente virtual de {issuer}. Puedo ayudarle con pagos, tarjetas y aclaraciones. ¿Qué necesita?",
        "Hola, soy {agent}, asistente virtual de {issuer}. Nunca le pediré su número de tarjeta completo, NIP, contraseña ni los códigos que le enviamos. ¿En qué le ayudo?",
        "¡Hola {first}! Soy {agent}, tu asistente virtual. Cuéntame en pocas palabras qué pasó.",
        "Bienvenido a {issuer}. Soy {agent}, asistente virtual. Elija una opción: 1) Tarjeta perdida o robada 2) Pagos 3) Aclaraciones 4) Otro",
    ),
    ("Hi! Soy {agent}, {issuer}'s virtual assistant. ¿En qué te ayudo today?",),
)
HANDOFF: Pools = (
    (
        "I'm connecting you with a live agent. Estimated wait: {n} minutes.",
        "Let me transfer you to a specialist who can help with this. One moment.",
        "I've passed your conversation to our team. A representative will join shortly.",
    ),
    (
        "Le comunico con un agente. Tiempo de espera estimado: {n} minutos.",
        "Voy a transferirle con un especialista. Un momento por favor.",
        "Un asesor se unirá a la conversación en breve.",
    ),
    ("Te paso con un agente, wait time is about {n} minutes.",),
)
VERIFY: dict[str, Pools] = {
    "last4": (
        (
            "To verify your identity, can you confirm the last four digits of the card?",
            "What are the last 4 digits of the card you're calling about?",
            "Could you give me just the last four of the card number?",
            "Please confirm the last 4 digits on your card. Only the last 4, please.",
            "Which card is it? The last four digits are enough.",
            "For security, please don't send the full number, just the last 4 digits.",
            "can you tell me the last 4 of the card?",
        ),
        (
            "Para verificar su identidad, ¿me confirma los últimos cuatro dígitos de la tarjeta?",
            "¿Cuáles son los últimos 4 dígitos de su tarjeta?",
            "Solo necesito los últimos 4 números de la tarjeta, por favor.",
            "¿Me indica la terminación de la tarjeta?",
            "Por seguridad no envíe el número completo, solo los últimos 4 dígitos.",
            "ar|¿Me pasás los últimos 4 números de la tarjeta?",
        ),
        ("Me confirmas los last 4 digits de la tarjeta?", "What are los últimos 4 de tu card?"),
    ),
    "confirm_last4": (
        (
            "Is this about the card ending in {last4}?",
            "Can you confirm the card number ending in {last4}? A yes or no is fine.",
            "I see a card ending {last4} on your profile, is that the one?",
            "Just to confirm, we're talking about {masked}, correct?",
        ),
        (
            "¿Se trata de la tarjeta con terminación {last4}?",
            "¿Me confirma que es la tarjeta que termina en {last4}? Con un sí o no es suficiente.",
            "Veo una tarjeta terminada en {last4} en su perfil, ¿es esa?",
        ),
        ("Es la card que termina en {last4}?",),
    ),
    "zip": (
        (
            "Can you confirm the billing ZIP code on the account?",
            "What's the ZIP code associated with your billing address?",
            "Please verify your 5-digit billing ZIP.",
            "And the zip code on file?",
            "What ZIP code do we have for your statements?",
        ),
        (
            "¿Me confirma el código postal de facturación?",
            "¿Cuál es el código postal de su dirección de facturación?",
            "¿Y el zip code que tiene registrado?",
            "Por favor verifique su código postal de 5 dígitos.",
        ),
        ("Y tu billing ZIP code?", "Me confirmas el zip code?"),
    ),
    "dob": (
        (
            "Can you please confirm your date of birth?",
            "What's your date of birth?",
            "And your DOB, please?",
            "Please verify the date of birth on the account.",
        ),
        (
            "¿Me confirma su fecha de nacimiento?",
            "¿Cuál es su fecha de nacimiento?",
            "Por favor indíqueme su fecha de nacimiento.",
        ),
        ("Y tu date of birth?",),
    ),
    "name": (
        (
            "Could you confirm the full name as it appears on the card?",
            "What's the name on the account?",
        ),
        (
            "¿Me confirma el nombre tal como aparece en la tarjeta?",
            "¿A nombre de quién está la cuenta?",
        ),
        (),
    ),
    "email": (
        ("What's the email address on file?", "Can you verify the email we have for you?"),
        ("¿Cuál es el correo electrónico registrado?", "¿Me confirma su correo?"),
        ("Y tu email address?",),
    ),
    "phone": (
        (
            "Can I get the phone number associated with the account?",
            "What's the best phone number to reach you?",
        ),
        (
            "¿Me da el número de teléfono registrado en la cuenta?",
            "¿A qué número le podemos llamar?",
        ),
        ("Cuál es tu phone number?",),
    ),
    "address": (
        ("Can you confirm the street address we have on file?", "What's your mailing address?"),
        ("¿Me confirma la dirección que tenemos registrada?", "¿Cuál es su dirección postal?"),
        (),
    ),
    "expiry": (
        (
            "What's the expiration date on the card?",
            "Can you confirm the expiry date printed on the card?",
            "When does the card expire?",
        ),
        ("¿Cuál es la fecha de vencimiento de la tarjeta?", "¿Me confirma la fecha de expiración?"),
        ("Y la expiration date de la tarjeta?",),
    ),
    "ssn4": (
        (
            "Could you verify the last 4 of your Social Security number?",
            "Please confirm the last four digits of your SSN. Only the last four.",
        ),
        (
            "¿Me confirma los últimos 4 dígitos de su seguro social?",
            "Solo necesito los últimos cuatro de su número de seguro social.",
        ),
        ("Me das los last 4 de tu social?",),
    ),
}
VERIFY_ANSWER: dict[str, Pools] = {
    "last4": (
        (
            "{last4}",
            "it ends in {last4}",
            "ending {last4}",
            "last 4 are {last4}",
            "{last4} i think",
            "the one ending in {last4}",
            "its {last4}",
        ),
        (
            "{last4}",
            "termina en {last4}",
            "la terminación es {last4}",
            "los últimos son {last4}",
            "{last4} creo",
            "es la {last4}",
        ),
        ("ends in {last4}", "termina en {last4}"),
    ),
    "confirm_last4": (
        ("{yes}", "{yes} that's the one", "yes ending {last4}", "{yes}, that one"),
        ("{yes}", "sí esa", "{yes}, la {last4}"),
        (),
    ),
    "zip": (
        (
            "{zip}",
            "zip is {zip}",
            "{zip4}",
            "it's {zip}",
            "{zip} 👍",
            "my zip is {zip} but i moved recently",
        ),
        ("{zip}", "el código postal es {zip}", "{zip4}", "es {zip}", "cp {zip}"),
        ("{zip}", "mi zip es {zip}"),
    ),
    "dob": (
        ("{dob}", "dob {dob}", "born {dob}", "{dob}."),
        ("{dob}", "nací el {dob}", "mi fecha de nacimiento es {dob}"),
        (),
    ),
    "name": (("{name}", "{name}, like it shows on the card"), ("{name}", "a nombre de {name}"), ()),
    "email": (("{email}", "it's {email}"), ("{email}", "es {email}"), ()),
    "phone": (
        ("{myphone}", "my cell is {myphone}", "{myphone} thats my cell"),
        ("{myphone}", "mi {cel} es {myphone}", "{myphone}"),
        (),
    ),
    "address": (("{addr}",), ("{addr}", "vivo en {addr}"), ()),
    "expiry": (
        ("{exp}", "expires {exp}", "exp {exp}", "it says {exp}"),
        ("{exp}", "vence {exp}", "vence el {exp}"),
        (),
    ),
    "ssn4": (
        ("{ssn4}", "last 4 of my social are {ssn4}", "ssn ends in {ssn4}"),
        ("{ssn4}", "los últimos 4 son {ssn4}", "termina en {ssn4}"),
        (),
    ),
}
VERIFIED: Pools = (
    (
        "Thank you, you're verified.",
        "Perfect, thanks for verifying.",
        "Got it, I've located your account.",
        "Thanks! I have your account pulled up.",
        "Great, that matches what we have.",
    ),
    (
        "Gracias, ya quedó verificado.",
        "Perfecto, gracias por verificar.",
        "Listo, ya ubiqué su cuenta.",
        "Gracias, coincide con lo que tenemos registrado.",
    ),
    ("Perfect, ya está verificado.", "Thanks, ya tengo tu account."),
)
WARN: Pools = (
    (
        "For your security, never share your PIN with anyone, including us.",
        "Just a reminder: {issuer} will never ask for your password or a one-time code.",
        "The code expires in 10 minutes.",
        "Please don't post your full card number in this chat. The last 4 is all I need.",
        "If anyone calls asking for the code we text you, hang up. That's a scam.",
        "Heads up: we will never ask for your CVV over chat, text or phone.",
        "I've sent a verification code to your phone ending in {last4p}. Enter it in the app, please don't share it here.",
        "You'll receive a code by text. Type it only on the {issuer} app or website, never in a chat or on a call.",
        "Please don't share your Social Security number here; the last four digits are enough for verification.",
        "Our agents will never ask you for your online banking password.",
        "For security reasons, I can't accept card numbers or security codes over chat.",
        "Remember that your PIN and the security code on the back of your card should stay private.",
        "Never give the 6-digit codes we text you to anyone who contacts you, even if they say they're from {issuer}.",
        "We don't need your password for this. You can reset it yourself from the login screen.",
        "Tip: choose a PIN that isn't your birthday or an easy sequence.",
        "I'll never ask for your SSN in full here, only the last 4 if needed.",
    ),
    (
        "Por su seguridad, nunca comparta su NIP con nadie, ni siquiera con nosotros.",
        "Le recordamos que {issuer} nunca le pedirá su contraseña ni códigos de un solo uso.",
        "El código vence en 10 minutos.",
        "Por favor no escriba el número completo de su tarjeta en este chat. Con los últimos 4 es suficiente.",
        "Si alguien le llama pidiendo el código que le enviamos por SMS, cuelgue. Es un fraude.",
        "Importante: nunca le pediremos su CVV por chat, mensaje o teléfono.",
        "Le envié un código de verificación a su celular terminado en {last4p}. Ingréselo en la app, no lo comparta aquí.",
        "Recibirá un código por mensaje. Escríbalo solo en la app o en la página de {issuer}, nunca en un chat ni por teléfono.",
        "Por favor no comparta su número de seguro social aquí; con los últimos 4 dígitos basta.",
        "Nuestros asesores nunca le pedirán su contraseña de la banca en línea.",
        "Por seguridad no puedo recibir números de tarjeta ni códigos de seguridad por chat.",
        "Nunca comparta los códigos de 6 dígitos que le enviamos, aunque le digan que llaman de {issuer}.",
        "es|Recuerda que nunca te pediremos el PIN ni las claves de acceso.",
        "ar|Acordate que nunca te vamos a pedir la clave ni el código que te llega por SMS.",
    ),
    (
        "Reminder: nunca compartas tu PIN con nadie.",
        "Por favor no mandes el full card number por aquí, solo los last 4.",
        "El code expires en 10 minutos, enter it in the app.",
    ),
)
CLOSE_AGENT: Pools = (
    (
        "Is there anything else I can help you with today?",
        "Anything else I can do for you?",
        "Thanks for chatting with {issuer}. Have a great day!",
        "You're all set. Take care!",
        "Glad I could help. Have a good one 😊",
        "I'll close this chat now. You may get a short survey about your experience.",
    ),
    (
        "¿Hay algo más en lo que le pueda ayudar?",
        "¿Algo más?",
        "Gracias por comunicarse con {issuer}. ¡Que tenga buen día!",
        "Listo, todo quedó resuelto. ¡Saludos!",
        "Cierro el chat. Es posible que reciba una breve encuesta.",
        "ar|¿Te puedo ayudar con algo más?",
        "es|¿Te puedo ayudar en algo más?",
    ),
    ("Anything else? Algo más en que te pueda ayudar?", "Ok perfecto, have a great day!"),
)
CLOSE_CUST: Pools = (
    (
        "no thats it {thanks}",
        "{thanks}",
        "nope, thanks!",
        "that's all",
        "ok {thanks} bye",
        "no",
        "all good",
        "{thanks} have a good day",
        "👍",
    ),
    (
        "no, eso es todo, {thanks}",
        "{thanks}",
        "nada más",
        "no {thanks}",
        "{ok} {thanks}",
        "ar|no, nada más, gracias",
        "car|no mi amor, gracias",
        "es|nada más, gracias",
    ),
    ("no, that's it, {thanks}", "ok {thanks}, bye"),
)
SMALL_AGENT: Pools = (
    (
        "One moment while I check.",
        "Thanks for waiting.",
        "Let me look into that for you.",
        "Sure, take your time.",
        "No problem.",
        "Give me a minute please.",
        "Still there?",
    ),
    (
        "Un momento mientras reviso.",
        "Gracias por su paciencia.",
        "Permítame revisar.",
        "Claro, tómese su tiempo.",
        "Sin problema.",
        "¿Sigue ahí?",
    ),
    ("Un momento, let me check.", "Ok, take your time."),
)
SMALL_CUST: Pools = (
    (
        "ok",
        "k",
        "{ok}",
        "hello?",
        "??",
        "are you there",
        "still waiting",
        "{wait}",
        "yes",
        "ya",
        "lol ok",
        "oh no",
        "ugh",
        "hmm",
        "wait what",
        "ok one sec",
        "ty",
    ),
    (
        "ok",
        "{ok}",
        "hola?",
        "??",
        "sigue ahí?",
        "{wait}",
        "sí",
        "jajaja ok",
        "ay no",
        "mmm",
        "ya",
        "ajá",
        "eso",
    ),
    ("ok", "ok perfecto", "sí", "yes", "hello? sigues ahí?"),
)


def greet(ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.45:
        ctx.c(
            "chat",
            (
                "{hi}",
                "{hi} i need help",
                "{hi} anyone there?",
                "hello i have a question about my card",
                "HELP",
                "{hi} good morning",
            ),
            (
                "{hi}",
                "{hi} necesito ayuda",
                "{hi}, tengo una duda con mi tarjeta",
                "buenas, alguien me atiende?",
                "AYUDA",
            ),
            ("{hi}", "hi necesito ayuda", "hello, tengo una pregunta"),
        )
    if ctx.persona == "bot":
        ctx.a("greeting", *GREET_BOT)
    else:
        ctx.a("greeting", *GREET_HUMAN)


def verify(ctx: Ctx, items: int | None = None) -> None:
    rng = ctx.rng
    items = rng.choice((0, 1, 1, 2, 2, 3)) if items is None else items
    choices = [
        "last4",
        "last4",
        "confirm_last4",
        "zip",
        "zip",
        "dob",
        "name",
        "email",
        "phone",
        "address",
        "expiry",
        "ssn4",
    ]
    rng.shuffle(choices)
    done: list[str] = []
    for what in choices:
        if len(done) >= items:
            break
        if what in done or (what.endswith("last4") and any(d.endswith("last4") for d in done)):
            continue
        done.append(what)
        ctx.a("verify", *VERIFY[what])
        if rng.random() < 0.12:
            ctx.c("chat", *SMALL_CUST)
        ctx.c("answer", *VERIFY_ANSWER[what])
    if done and rng.random() < 0.7:
        ctx.a("verified", *VERIFIED)


def close(ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.25:
        ctx.a("warn", *WARN)
    if rng.random() < 0.8:
        ctx.a("closing", *CLOSE_AGENT)
        if rng.random() < 0.75:
            ctx.c("chat", *CLOSE_CUST)


# --------------------------------------------------------------------------------------
# Customers sharing secrets: the ways it happens in real logs
# --------------------------------------------------------------------------------------

CARD_VOLUNTEER: Pools = (
    (
        "hi i want to pay my balance with my other card {card}",
        "can you check if this card is active {card}",
        "my card number is {card} and it keeps getting declined at {merchant}",
        "This is the card that got charged {amount} twice: {card}",
        "Card: {card}\nExp: {exp}",
        "{card} exp {exp}",
        "I got a new card in the mail, {card}, how do I activate it?",
        "im trying to add {card} to apple pay and it says card not supported",
        "the card number is {card}, name on card {name}",
        "lost my wallet at {place} the card was {card} please block it",
        "my son used my card {card} on {merchant} without asking, can i dispute that",
        "My daughter's card {card} was declined on {date}, why??",
        "charge of {amount} on {date} on card {card} is NOT mine",
        "hello my card {card} got blocked after i tried to buy a plane ticket",
        "PLEASE CANCEL THIS CARD {card} IT WAS STOLEN",
        "I'd like to make a payment of {amount} using {card}",
        "can you refund to this card instead {card}",
        "yes the card is {card}",
        "its this one {card} the visa",
        "number on the card: {card} (it's the business one)",
        "hi, {name} here. card {card}, I never received the replacement you sent to {addr}",
        "why was {card} charged an annual fee of {amount}??",
        "I think someone cloned my card {card}, there's a charge from {merchant} at {time}",
        "i'm at the register right now and {card} isn't going through 😩",
        "what's my balance on {card}",
        "ok so my card number {card} and the last statement was {amount}",
        "for the autopay use {card} not the checking account",
    ),
    (
        "hola quiero pagar con mi otra tarjeta {card}",
        "mi tarjeta es la {card} y me la rechazan en {merchant}",
        "me cobraron {amount} dos veces en la tarjeta {card}",
        "ar|che, la tarjeta es {card}, me la bloquearon y no sé por qué",
        "mx|buenas, me ayuda a activar la tarjeta {card} por favor",
        "es|hola, os paso el número de la tarjeta: {card}",
        "car|mi amor la tarjeta es {card}, me dijeron que estaba bloqueada",
        "Número de tarjeta: {card}\nVencimiento: {exp}",
        "{card} vence {exp}",
        "perdí mi cartera en {place}, la tarjeta es {card}, bloquéenla por favor",
        "mi hijo usó mi tarjeta {card} en {merchant} sin permiso",
        "el cargo de {amount} del {date} en la tarjeta {card} no lo hice yo",
        "quiero hacer un pago de {amount} con la tarjeta {card}",
        "mx|ya me llegó el plástico nuevo, es el {card}, cómo lo activo",
        "mi tarjeta {card} no pasa en ninguna tienda",
        "CANCELEN LA TARJETA {card} ME LA ROBARON",
        "us|la tarjeta que quiero usar es {card}",
        "es|el número es {card}, la de débito",
        "ar|te paso la tarjeta: {card}",
        "car|la tarjeta {card} me la clonaron, hay un cargo de {merchant}",
        "cuál es el saldo de la tarjeta {card}",
        "para el pago automático usen {card} por favor",
    ),
    (
        "hi, mi tarjeta {card} got declined en {merchant}",
        "quiero hacer un payment con esta card {card}",
        "the card es {card}, me la bloquearon",
        "my card number es {card}, can you check porfa",
        "la card {card} tiene un charge de {amount} que no es mío",
        "ok so la tarjeta is {card} exp {exp}",
    ),
)
CARD_CUE_SPLIT: Pools = (
    (
        "ok so the card number is || {card}",
        "here || {card}",
        "{wait} || ok got it || {card}",
        "my card number: || {card} || exp {exp}",
        "it's the new one they sent me || {card}",
        "the card they charged was || {card} || the {amount} one",
        "sorry my phone is dying || card {card}",
        "ok || {card} || is that enough?",
        "i'll just give you the number || {card}",
        "fine || {card}",
    ),
    (
        "ok el número de la tarjeta es || {card}",
        "aquí está || {card}",
        "{wait} || ya la encontré || {card}",
        "número de tarjeta: || {card} || vence {exp}",
        "es la tarjeta nueva || {card}",
        "la que me cobraron fue || {card}",
        "ok || {card} || con eso?",
        "ar|bueno te la paso || {card}",
        "car|ahí va mi amor || {card}",
    ),
    ("ok la card es || {card}", "here it is, la tarjeta || {card}", "{wait} || {card} || es esa"),
)
CARD_ANSWER: Pools = (
    (
        "{card}",
        "sure {card}",
        "ok its {card}",
        "{card} exp {exp}",
        "here you go {card}",
        "{card} is that right?",
        "it's {card}",
        "{card}\n{exp}",
        "ok... {card}",
    ),
    (
        "{card}",
        "claro, es {card}",
        "es {card}",
        "{card} vence {exp}",
        "ahí va {card}",
        "{card} así?",
        "ok {card}",
        "mx|sale, {card}",
        "ar|dale, {card}",
    ),
    ("{card}", "ok here, {card}", "es {card}"),
)
CVV_VOLUNTEER: Pools = (
    (
        "cvv {cvv}",
        "the code on the back is {cvv}",
        "security code: {cvv}",
        "ccv is {cvv}",
        "cvc {cvv}",
        "the 3 digits on the back are {cvv}",
        "and the 3 numbers behind are {cvv}",
        "CVV2 {cvv}",
        "security code {cvv} if you need it",
        "the little code is {cvv}",
        "exp {exp} cvv {cvv}",
        "it expires {exp} and the code on the back is {cvv}",
    ),
    (
        "el cvv es {cvv}",
        "el código de atrás es {cvv}",
        "código de seguridad: {cvv}",
        "los 3 numeritos de atrás son {cvv}",
        "cvv {cvv}",
        "y el código de seguridad {cvv}",
        "los números de atrás: {cvv}",
        "ar|el código de atrás es {cvv}",
        "vence {exp} y el código es {cvv}",
    ),
    ("el cvv es {cvv}", "security code es {cvv}", "los 3 digits de atrás {cvv}"),
)
CVV_ANSWER: Pools = (
    (
        "{cvv}",
        "its {cvv}",
        "{cvv} i think, it's kinda faded",
        "ok {cvv}",
        "{cvv}.",
        "umm {cvv}",
        "{cvv} on the back",
    ),
    ("{cvv}", "es {cvv}", "{cvv} creo, está borroso", "ok {cvv}", "son {cvv}"),
    ("{cvv}", "es {cvv}"),
)
CID_VOLUNTEER: Pools = (
    (
        "the 4 digit code on the front is {cvv}",
        "cid {cvv}",
        "amex code above the number: {cvv}",
        "the small number on the front says {cvv}",
    ),
    (
        "el código de 4 dígitos del frente es {cvv}",
        "el CID es {cvv}",
        "los 4 números chiquitos del frente: {cvv}",
    ),
    ("el code del frente es {cvv}",),
)
SSN_VOLUNTEER: Pools = (
    (
        "my ssn is {ssn}",
        "social {ssn}",
        "SSN: {ssn}",
        "my social security number is {ssn}",
        "ss# {ssn}",
        "for the application: {ssn}",
        "social is {ssn} and dob {dob}",
        "here's my social {ssn}, please hurry",
        "I already gave it on the phone but ok, {ssn}",
        "SSN {ssn} DOB {dob}",
        "you asked for my social last time too... {ssn}",
        "Name: {name}\nSSN: {ssn}\nDOB: {dob}",
        "it's {ssn} for the tax form",
        "my husband's social is {ssn}, he's the authorized user",
        "ssn {ssn} phone {myphone}",
        "{name} {ssn} {dob}",
    ),
    (
        "mi seguro social es {ssn}",
        "mi social es {ssn}",
        "el número de seguro social: {ssn}",
        "us|mi número de social es {ssn}",
        "seguro social {ssn}, fecha de nacimiento {dob}",
        "para la solicitud: {ssn}",
        "Nombre: {name}\nSeguro social: {ssn}",
        "aquí está mi social {ssn}",
        "es el {ssn}, el de mi esposo",
    ),
    (
        "mi social security es {ssn}",
        "my SSN es {ssn}",
        "el social number es {ssn}",
        "ok my social, {ssn}",
    ),
)
SSN_ANSWER: Pools = (
    ("{ssn}", "ok {ssn}", "{ssn} is that all", "it's {ssn}", "{ssn}."),
    ("{ssn}", "es {ssn}", "ok {ssn}", "{ssn} listo"),
    ("{ssn}", "ok, {ssn}"),
)
SMS_TEXTS: tuple[tuple[str, ...], tuple[str, ...]] = (
    (
        "{issuer}: Your verification code is {otp}. It expires in 10 minutes. Never share this code.",
        "Use {otp} to verify your {issuer} account. We will never call you to ask for this code.",
        "Your {issuer} one-time passcode: {otp}. Valid for 15 minutes. Reply STOP to opt out.",
        "<#> {otp} is your {issuer} code. Don't share it with anyone.",
        "{issuer} Alert: {otp} is your code to approve a purchase of {amount} at {merchant}. If this wasn't you call {tollfree}.",
        "{otp} is your {issuer} login code. Msg&data rates may apply.",
        "[{issuer}] Security code: {otp}. Do not share. Exp in 5 min.",
        "Your code is {otp}",
        "{issuer}: enter {otp} to confirm your new device. Questions? {tollfree}",
    ),
    (
        "[{issuer}] Código de verificación: {otp}. No lo compartas con nadie. Vence en 5 min.",
        "{otp} es tu código de seguridad de {issuer}. Si no lo solicitaste, llama al {tollfree}.",
        "{issuer}: Tu clave dinámica es {otp}. Nunca te la pediremos por teléfono.",
        "Tu código {issuer} es {otp}. Válido por 10 minutos.",
        "{issuer} informa: {otp} es el código para autorizar tu compra de {amount} en {merchant}.",
        "Código de acceso: {otp}",
    ),
)
SMS_WRAP: Pools = (
    (
        'i got this: "{sms}"',
        "this is what the text says:\n{sms}",
        "{sms}",
        "is this real?? {sms}",
        "copy paste: {sms}",
        "got a text that says {sms} - did you send this?",
        "ok it came:\n\n{sms}",
        'the text from {tollfree} said "{sms}"',
        "this one? {sms}",
    ),
    (
        'me llegó esto: "{sms}"',
        "el mensaje dice:\n{sms}",
        "{sms}",
        "esto es real?? {sms}",
        "me llegó este mensaje: {sms} ustedes lo mandaron?",
        "ya llegó:\n\n{sms}",
        "ar|me llegó esto al celu: {sms}",
        "es|me ha llegado esto al móvil: {sms}",
    ),
    ("me llegó este text: {sms}", 'got this mensaje: "{sms}"', "{sms} es este?"),
)
OTP_SAY: Pools = (
    (
        "the code is {otp}",
        "got it: {otp}",
        "{otp} is the code",
        "code {otp}",
        "it says {otp}",
        "verification code {otp}",
        "passcode: {otp}",
        "the text said {otp}",
        "ok the code came, {otp}",
        "{otp} but it says it expired already",
        "I typed {otp} in the app and it says invalid",
        "the email code is {otp}",
        "it gave me {otp}, now what",
        "the app is asking for a code, i got {otp}",
        "the code was {otp} right? I already typed it",
        "ok the code || {otp}",
        "it came || {otp} || now what",
        "code {otp} came at {time} from {tollfree}",
        "i got 2 texts, the last one says {otp}",
        "it's {otp} and it expires in {mins} min",
    ),
    (
        "el código es {otp}",
        "me llegó {otp}",
        "ya me llegó el código: {otp}",
        "el token es {otp}",
        "código {otp}",
        "dice {otp}",
        "puse {otp} en la app y dice que es inválido",
        "el código del correo es {otp}",
        "mx|me llegó el código al cel, es {otp}",
        "ar|el código que me llegó es {otp}",
        "es|me ha llegado el código {otp}",
        "car|el codiguito es {otp}",
        "el código era {otp} verdad? ya lo puse",
        "ok el código || {otp}",
        "me llegó a las {time} el código {otp}",
    ),
    ("el code es {otp}", "me llegó el code: {otp}", "the código is {otp}", "ya llegó, {otp}"),
)
OTP_ANSWER: Pools = (
    ("{otp}", "{otp} 👍", "ok {otp}", "it's {otp}", "{otp}?", "{otp} hurry it expires"),
    ("{otp}", "es {otp}", "ok {otp}", "{otp} ya"),
    ("{otp}", "ok es {otp}"),
)
EMAIL_OTP: tuple[str, str] = (
    "Subject: Your {issuer} security code\n\nHi {first},\n\nYour one-time security code is: {otp}\n\nThis code will expire in 10 minutes. If you didn't request it, call us at {tollfree}.\n\n{issuer} Security Team",
    "Asunto: Tu código de seguridad de {issuer}\n\nHola {first}:\n\nTu código de un solo uso es {otp}\n\nVence en 10 minutos. Si no lo solicitaste, llámanos al {tollfree}.\n\nEquipo de Seguridad {issuer}",
)
PW_SAY: Pools = (
    (
        "my password is {pw}",
        "pw: {pw}",
        "i changed my password to {pw} yesterday and now it says invalid",
        "user {email} pass {pw}",
        "password {pw}",
        "I've tried {pw} like 5 times",
        "the password I set was {pw}, I'm sure of it",
        "login: {email}\npassword: {pw}",
        "it won't take {pw} as a password, says it's too weak?",
        "my online banking pw is {pw} if that helps",
        "I reset it to {pw} but the app still locks me out",
        'my password is "{pw}"',
    ),
    (
        "mi contraseña es {pw}",
        "la contraseña es {pw}",
        "puse {pw} como contraseña y no entra",
        "usuario {email} contraseña {pw}",
        "mi clave de internet es {pw}",
        "ar|la clave del home banking es {pw}",
        "es|la contraseña que puse es {pw}",
        "ya intenté con {pw} como 5 veces",
        "cambié la contraseña a {pw} y me sigue bloqueando",
        "contraseña: {pw}",
    ),
    (
        "mi password es {pw}",
        "el password es {pw} y no funciona",
        "puse {pw} de password",
        "my contraseña es {pw}",
    ),
)
PW_ANSWER: Pools = (
    ("{pw}", "ok it's {pw}", "{pw} (case sensitive)", "its {pw}"),
    ("{pw}", "es {pw}", "ok {pw}"),
    ("{pw}", "es {pw}"),
)
PIN_SAY: Pools = (
    (
        "my pin is {pin}",
        "pin {pin}",
        "the atm pin is {pin} and it says wrong pin",
        "i put {pin} and it says incorrect",
        "PIN: {pin}",
        "my pin number is {pin}, can you check why it's not working",
        "its been {pin} since i got the card",
        "can you just set the pin to {pin}",
        "the pin on the letter was {pin} but I changed it",
        "i'm sure it's {pin}, i use it every day",
        "I tried {pin} three times and now it's locked",
        "new pin should be {pin}",
        "zip {zip}, pin {pin}",
        "my pin is {pin} and my zip is {zip}, the atm on {date} said invalid",
        "pin {pin} - tried at {atm} around {time}",
        "phone {myphone}, pin {pin}",
        "ok so my pin || is {pin} || and it still says wrong",
    ),
    (
        "mi pin es {pin}",
        "mx|mi nip es {pin} y el cajero dice que es incorrecto",
        "ar|la clave del cajero es {pin}",
        "es|el PIN es {pin}, me lo ha bloqueado el cajero",
        "el pin del cajero es {pin}",
        "puse {pin} y me dice incorrecto",
        "NIP: {pin}",
        "mx|le cambié el nip a {pin} y no me deja sacar dinero",
        "quiero que el pin sea {pin}",
        "intenté con {pin} tres veces y se bloqueó",
        "car|mi pin es {pin} mi amor, siempre ha sido ese",
        "código postal {zip} y el pin {pin}",
        "el pin es {pin}, lo intenté en el {atm} a las {time}",
    ),
    (
        "mi PIN es {pin}",
        "el pin number es {pin}",
        "my nip es {pin}",
        "puse el pin {pin} y no funciona",
    ),
)
PIN_ANSWER: Pools = (
    ("{pin}", "ok {pin}", "it's {pin}", "{pin} i think"),
    ("{pin}", "es {pin}", "ok {pin}", "{pin} creo"),
    ("{pin}",),
)
HESITATE: Pools = (
    (
        "why do you need that?",
        "umm is this safe?",
        "the app said never to share that...",
        "are you sure? i thought you guys never ask for that",
        "ok but how do i know this is really {issuer}",
        "hmm ok",
        "wait really?",
    ),
    (
        "para qué lo necesita?",
        "es seguro?",
        "la app dice que no lo comparta...",
        "seguro? pensé que ustedes nunca piden eso",
        "cómo sé que de verdad es {issuer}",
        "mmm ok",
        "en serio?",
    ),
    ("why lo necesitas?", "es safe?"),
)
PUSH_PREFIX: Pools = (
    (
        "This is time sensitive.",
        "Don't worry, this is a secure line.",
        "I understand, but it's required to stop the charge.",
        "It's standard procedure for every customer.",
        "We need to act fast.",
        "It's completely safe, I'm an authorized representative.",
    ),
    (
        "Es urgente.",
        "No se preocupe, esta línea es segura.",
        "Entiendo, pero es necesario para detener el cargo.",
        "Es el procedimiento normal.",
        "Tenemos que actuar rápido.",
        "Es totalmente seguro, soy representante autorizado.",
    ),
    ("Es urgent.", "Tranquilo, this is a secure chat."),
)
REFUSE: Pools = (
    (
        "no I'm not giving you that",
        "I'm not comfortable sharing that over chat",
        "isn't that something you shouldn't ask for?",
        "nope. the card literally says never share that",
        "I'll call the number on the back of my card instead",
        "that sounds like a scam tbh",
        "no. I'll go to a branch",
    ),
    (
        "no le voy a dar eso",
        "no me siento cómodo compartiendo eso por chat",
        "eso no se supone que no lo piden?",
        "no, mejor llamo al número de atrás de la tarjeta",
        "esto parece fraude",
        "ar|ni loco te paso eso",
        "mx|no, mejor voy a la sucursal",
    ),
    ("no, I'm not giving you eso", "mejor no, I'll call the bank"),
)
REFUSE_LAST4: Pools = (
    (
        "can I give you the last 4 instead?",
        "I'll give you the last four, not the whole thing",
        "last 4 only, sorry",
    ),
    (
        "le puedo dar los últimos 4 mejor?",
        "solo le doy los últimos cuatro",
        "ar|te paso los últimos 4 nomás",
    ),
    ("only the last 4, ok?",),
)
BACKOFF_LAST4: Pools = (
    (
        "You're right, I apologize. The last 4 digits are enough.",
        "No problem, we can verify you with your date of birth and ZIP code instead.",
        "Fair enough. Please call the number on the back of your card and we'll help you there.",
    ),
    (
        "Tiene razón, disculpe. Con los últimos 4 dígitos es suficiente.",
        "Sin problema, podemos verificarle con su fecha de nacimiento y código postal.",
    ),
    ("You're right, perdón. Los last 4 son suficientes.",),
)
BACKOFF: Pools = (
    (
        "You're right, you should never share that. Let's verify you another way.",
        "Understood. You can verify in the app instead, no need to share it here.",
        "No problem, we can verify you with your date of birth and ZIP code instead.",
        "Fair enough. Please call the number on the back of your card and we'll help you there.",
    ),
    (
        "Tiene razón, eso no se comparte. Le verifico de otra forma.",
        "Entendido. Puede verificarse en la app, no hace falta compartirlo aquí.",
        "Sin problema, podemos verificarle con su fecha de nacimiento y código postal.",
    ),
    ("You're right, eso no se comparte. Let's verify you de otra forma.",),
)

OPEN_TOPICS: dict[str, Pools] = {
    "card": (
        (
            "I have a charge I don't recognize",
            "my card isn't working",
            "i need to make a payment",
            "my card was declined and I have money in the account??",
            "I think my card got stolen",
            "need help with my card asap",
            "I want to dispute a charge from {merchant}",
            "how do i activate my new card",
            "card declined at {merchant} for {amount} wtf",
            "I want to add a card to my account",
            "the atm ate my card lol",
        ),
        (
            "tengo un cargo que no reconozco",
            "mi tarjeta no funciona",
            "quiero hacer un pago",
            "me rechazaron la tarjeta y sí tengo saldo",
            "creo que me robaron la tarjeta",
            "quiero reclamar un cargo de {merchant}",
            "cómo activo mi tarjeta nueva",
            "mx|me rechazaron la tarjeta en el {merchant}",
            "el cajero se tragó mi tarjeta",
            "ar|no me pasa la tarjeta en ningún lado",
            "es|me han rechazado la tarjeta",
        ),
        (
            "tengo un charge que no reconozco",
            "mi card no funciona",
            "I need help con mi tarjeta",
            "me declinaron la card en {merchant}",
        ),
    ),
    "pin": (
        (
            "the atm says wrong pin",
            "my pin got locked",
            "i can't take money out at the atm",
            "need to change my pin",
            "my pin doesn't work at the gas pump",
        ),
        (
            "el cajero dice pin incorrecto",
            "se me bloqueó el pin",
            "no puedo sacar dinero del cajero",
            "mx|necesito cambiar mi nip",
            "ar|no me deja sacar plata del cajero",
            "es|el cajero me dice que el PIN está mal",
        ),
        ("el ATM dice wrong pin", "necesito cambiar my PIN"),
    ),
    "login": (
        (
            "can't log into the app",
            "I'm locked out of my account",
            "the app keeps saying my password is wrong",
            "trying to sign in and it wants a code",
            "my online banking is locked",
        ),
        (
            "no puedo entrar a la app",
            "se me bloqueó la cuenta",
            "la app dice que mi contraseña está mal",
            "me pide un código para entrar",
            "ar|no puedo entrar al home banking",
        ),
        ("no puedo log in a la app", "la app dice wrong password"),
    ),
    "text": (
        (
            "hi I got a weird text from you guys",
            "did you just send me a code?",
            "got a text about a purchase I didn't make",
        ),
        (
            "me llegó un mensaje raro de ustedes",
            "ustedes me mandaron un código?",
            "me llegó un mensaje de una compra que no hice",
        ),
        ("me llegó un text raro", "did you guys send me un código?"),
    ),
}


INFO: Pools = (
    (
        "I've blocked the card. A replacement will ship to the address on file within 5-7 business days.",
        "I see the charge of {amount} from {merchant} on {date}. It's still pending, so it may drop off in 3-5 business days.",
        "Your payment of {amount} was received on {date}. Confirmation number {conf}.",
        "I've opened a dispute for {amount}. Your case number is {case}.",
        "The decline at {time} was a fraud precaution. I've removed the block, you can try again now.",
        "Your available credit is {amount} and your statement balance is {amount2}.",
        "Your replacement card shipped {date} via UPS, tracking {ups}.",
        "I've updated the account. You'll get an email confirmation at the address on file.",
        "Your new card ending in {last4} is active now.",
        "I've added a travel note from {date} to {date2}.",
        "Minimum payment due is {amount} by {date}.",
        "If you have more questions you can call us 24/7 at {tollfree}.",
    ),
    (
        "Ya bloqueé la tarjeta. La reposición llegará a su domicilio en 5 a 7 días hábiles.",
        "Veo el cargo de {amount} de {merchant} del {date}. Sigue pendiente, puede desaparecer en 3 a 5 días hábiles.",
        "Su pago de {amount} se recibió el {date}. Número de confirmación {conf}.",
        "Abrí una aclaración por {amount}. Su número de caso es {case}.",
        "El rechazo de las {time} fue preventivo. Ya quité el bloqueo, puede intentar de nuevo.",
        "Su crédito disponible es {amount} y el saldo al corte es {amount2}.",
        "Su tarjeta de reposición se envió el {date} por UPS, guía {ups}.",
        "Su tarjeta nueva con terminación {last4} ya está activa.",
        "El pago mínimo es {amount} con fecha límite {date}.",
        "Si tiene más dudas puede llamarnos al {tollfree}, las 24 horas.",
    ),
    (
        "Ok, ya bloqueé la card. The new one arrives en 5-7 business days.",
        "Your case number es {case}.",
        "Veo el charge de {amount} del {date}, it's pending.",
    ),
)
INFO_LOGIN: Pools = (
    (
        "I've unlocked your online access. Please set a new password from the login screen.",
        "Your profile is unlocked. You'll be asked to create a new password next time you sign in.",
        "I've reset your login. You'll get a confirmation email at {email}.",
        "The lock clears automatically after 30 minutes, but I've removed it for you now.",
    ),
    (
        "Ya desbloqueé su acceso en línea. Cree una contraseña nueva desde la pantalla de inicio.",
        "Su perfil está desbloqueado. Le pedirá crear una contraseña nueva al entrar.",
        "Restablecí su acceso. Le llegará una confirmación a {email}.",
    ),
    ("Ya unlocked tu perfil, create a new password al entrar.",),
)
INFO_PIN: Pools = (
    (
        "Your PIN is unlocked. You can set a new one in the app under Card settings > Change PIN.",
        "I've mailed a PIN reminder to the address on file. It arrives in 7-10 business days.",
        "The ATM lock clears at midnight ET. After that you can try again.",
    ),
    (
        "Su NIP ya está desbloqueado. Puede crear uno nuevo en la app en Configuración de tarjeta.",
        "Le enviamos un recordatorio de PIN por correo postal. Llega en 7 a 10 días hábiles.",
        "El bloqueo del cajero se quita a medianoche. Después puede intentar de nuevo.",
    ),
    ("Tu PIN ya está unlocked, change it en la app.",),
)
INFO_APPLY: Pools = (
    (
        "Your request has been submitted. Reference {case}. You'll hear back within 7-10 business days.",
        "Your credit limit request is under review, reference {conf}.",
        "Your 1099-INT for {year} is available under Documents in the app.",
        "I've updated your tax information. No further action is needed.",
    ),
    (
        "Su solicitud quedó registrada con el folio {case}. Le responderemos en 7 a 10 días hábiles.",
        "Su solicitud de aumento está en revisión, referencia {conf}.",
        "Ya actualicé su información fiscal.",
    ),
    ("Tu solicitud quedó submitted, reference {case}.",),
)
INFO_TEXT: Pools = (
    (
        "As a precaution I've locked the online access and the card. Your case number is {case}.",
        "That was a legitimate message from us, but please still don't share the code with anyone.",
        "I've blocked the new device and sent a confirmation to {email}.",
    ),
    (
        "Por precaución bloqueé el acceso en línea y la tarjeta. Su número de caso es {case}.",
        "Ese mensaje sí era nuestro, pero no comparta el código con nadie.",
    ),
    ("Por precaución locked tu acceso online, case {case}.",),
)
REMOVED: Pools = (
    (
        "I've removed your last message because it had a full card number. Please only send the last 4 digits.",
        "Please don't share full card numbers here, even with me. I only need the last four.",
        "Thanks, but for your safety please never type your card number in chat. I'll use the last 4.",
        "For your security I can't see or use card numbers sent in chat. Can you confirm the last 4 instead?",
    ),
    (
        "Eliminé su mensaje porque tenía el número completo de la tarjeta. Solo envíe los últimos 4 dígitos.",
        "Por favor no comparta el número completo aquí, ni siquiera conmigo. Solo necesito los últimos cuatro.",
        "Gracias, pero por seguridad nunca escriba el número de la tarjeta en el chat.",
    ),
    ("Please no mandes el card number completo aquí, solo los last 4.",),
)
SECRET_SCOLD: dict[str, Pools] = {
    SSN: (
        (
            "Please don't share your full SSN in chat. I've hidden it. The last 4 digits are enough.",
            "Thank you, but only the last four of your Social are needed here.",
        ),
        (
            "Por favor no comparta su seguro social completo en el chat. Con los últimos 4 es suficiente.",
        ),
        (),
    ),
    OTP: (
        (
            "Please don't share that code with anyone, including me. Enter it directly in the app.",
            "That code is only for you to type in the app. Never share it, even with us.",
        ),
        (
            "No comparta ese código con nadie, ni conmigo. Ingréselo directamente en la app.",
            "Ese código es solo para escribirlo en la app.",
        ),
        ("No compartas el code con nadie, enter it in the app.",),
    ),
    PW: (
        (
            "Please don't share your password here. I'd recommend changing it now from the login screen.",
            "We never need your password. Please change it since it's been shared in chat.",
        ),
        (
            "Por favor no comparta su contraseña aquí. Le recomiendo cambiarla ahora mismo.",
            "Nunca necesitamos su contraseña. Cámbiela, ya que la compartió en el chat.",
        ),
        ("Please no compartas tu password aquí, change it now.",),
    ),
    PIN: (
        (
            "Please don't share your PIN, even with me. You can change it in the app under Card settings.",
            "For your security, keep your PIN private. I'd suggest changing it at an ATM today.",
        ),
        (
            "Por favor no comparta su NIP, ni siquiera conmigo. Puede cambiarlo en la app.",
            "Por seguridad, mantenga su PIN en privado. Le sugiero cambiarlo hoy en un cajero.",
        ),
        ("No compartas tu PIN, ni conmigo. You can change it in the app.",),
    ),
    CVV: (
        ("Please don't send the security code in chat. I don't need it.",),
        ("Por favor no envíe el código de seguridad por chat. No lo necesito.",),
        (),
    ),
}


def maybe(ctx: Ctx, p: float) -> bool:
    return ctx.rng.random() < p


def opening(ctx: Ctx, topic: str | None = "card") -> None:
    if maybe(ctx, 0.85):
        greet(ctx)
    if topic and maybe(ctx, 0.6):
        ctx.c("chat", *OPEN_TOPICS[topic])


def ending(ctx: Ctx, info: Pools = INFO) -> None:
    if maybe(ctx, 0.55):
        ctx.a("info", *info)
    close(ctx)


# --------------------------------------------------------------------------------------
# Families that hold a secret
# --------------------------------------------------------------------------------------


def fam_card_volunteer(ctx: Ctx) -> None:
    opening(ctx)
    if maybe(ctx, 0.3):
        verify(ctx, 1)
    ctx.c("card_plain", *CARD_VOLUNTEER, card=ctx.card_secret())
    if maybe(ctx, 0.6):
        ctx.a("warn", *REMOVED)
    if maybe(ctx, 0.4):
        verify(ctx)
    ending(ctx)


def fam_card_cue_split(ctx: Ctx) -> None:
    opening(ctx)
    if maybe(ctx, 0.5):
        ctx.a("verify", *VERIFY["last4"])
        if maybe(ctx, 0.5):
            ctx.c("answer", *VERIFY_ANSWER["last4"])
            ctx.a("small", *SMALL_AGENT)
    ctx.c("card_cue_prev", *CARD_CUE_SPLIT, card=ctx.card_secret())
    if maybe(ctx, 0.6):
        ctx.a("warn", *REMOVED)
    ending(ctx)


def fam_card_split(ctx: Ctx) -> None:
    """A card typed over two to four messages, sometimes with chatter in between."""
    rng = ctx.rng
    opening(ctx)
    digits = ctx.card
    groups = chunk(digits, card_groups(rng, len(digits)))
    if len(groups) < 2:
        groups = chunk(digits, (len(digits) // 2, len(digits) - len(digits) // 2))
    nparts = rng.randint(2, min(4, len(groups)))
    cuts = sorted(rng.sample(range(1, len(groups)), nparts - 1))
    bounds = [0, *cuts, len(groups)]
    sep = rng.choice((" ", " ", "-", "", " "))
    parts = [sep.join(groups[a:b]) for a, b in pairwise(bounds)]
    secrets = [Secret(CC, p, re.sub(r"\D", "", p), split=True) for p in parts]
    first_en = (
        "card is {p}",
        "{p}",
        "ok its {p}",
        "number: {p}",
        "the card {p}",
        "{p}...",
        "my card number is {p}",
    )
    first_es = (
        "la tarjeta es {p}",
        "{p}",
        "es {p}",
        "número: {p}",
        "el número es {p}",
        "{p}...",
        "mi tarjeta {p}",
    )
    first_mix = ("la card es {p}", "my tarjeta es {p}")
    mid_en = ("{p}", "{p}", "then {p}", "{p} ...")
    mid_es = ("{p}", "{p}", "luego {p}", "{p} ...")
    last_en = ("{p}", "{p}", "{p} exp {exp}", "{p} that's it", "{p}.", "{p} 👍", "and {p}")
    last_es = ("{p}", "{p}", "{p} vence {exp}", "{p} y ya", "{p}.", "y {p}")
    between_c = (
        ("wait", "hold on", "sorry", "ugh hit enter", "my kid is pulling my arm lol"),
        ("espera", "perdón", "se me fue", "ay se envió"),
        (),
    )
    between_a = (
        ("Go ahead.", "I'm here, continue.", "Ok, and the rest?"),
        ("Adelante.", "Lo escucho, continúe.", "Ok, ¿y lo demás?"),
        ("Go ahead, continúe.",),
    )
    if maybe(ctx, 0.4):
        ask_for(ctx, (CC,))
    for i, sec in enumerate(secrets):
        if i == 0:
            ctx.c("card_split", *(first_en, first_es, first_mix), p=sec)
        elif i == len(secrets) - 1:
            ctx.c("card_split", *(last_en, last_es, ()), p=sec)
        else:
            ctx.c("card_split", *(mid_en, mid_es, ()), p=sec)
        if i < len(secrets) - 1:
            r = rng.random()
            if r < 0.15:
                ctx.c("chat", *between_c)
            elif r < 0.3:
                ctx.a("small", *between_a)
    if maybe(ctx, 0.6):
        ctx.a("warn", *REMOVED)
    ending(ctx)


def fam_card_voice(ctx: Ctx) -> None:
    opening(ctx)
    fmt = "words" if maybe(ctx, 0.75) else "glued_words"
    if maybe(ctx, 0.35):
        ask_for(ctx, (CC,))
        if maybe(ctx, 0.3):
            ctx.c("chat", *SMALL_CUST)
        ctx.c("card_voice", *CARD_ANSWER, card=ctx.card_secret(fmt=fmt))
    else:
        ctx.c(
            "card_voice",
            (
                "my card number is {card}",
                "Card number {card}",
                "ok the card is {card}",
                "{card}",
                "it's {card} expiration {exp}",
                "the number on the card is {card} and it was declined",
            ),
            (
                "mi número de tarjeta es {card}",
                "La tarjeta es {card}",
                "{card}",
                "el número es {card} vence {exp}",
                "es la {card}",
            ),
            ("la card es {card}", "my tarjeta es {card}"),
            card=ctx.card_secret(fmt=fmt),
        )
    if maybe(ctx, 0.5):
        ctx.a("warn", *REMOVED)
    ending(ctx)


def fam_card_disguised(ctx: Ctx) -> None:
    opening(ctx)
    fmt = wpick(ctx.rng, DISGUISED_FORMATS)
    ctx.c(
        "card_disguised",
        (
            "card: {card}",
            "number is {card} (sorry for the weird spacing)",
            "{card}",
            "lol hope the bot doesnt eat this {card}",
            "here it is {card}",
            "copied from my notes:\n{card}",
            "the card {card} is the one that got charged",
            "my card is {card} please check",
        ),
        (
            "tarjeta: {card}",
            "el número es {card} (perdón por el formato)",
            "{card}",
            "copiado de mis notas:\n{card}",
            "la tarjeta {card} es la que me cobraron",
            "mi tarjeta es {card} revisen por favor",
        ),
        ("la card: {card}", "here, la tarjeta {card}"),
        card=ctx.card_secret(fmt=fmt),
    )
    if maybe(ctx, 0.5):
        ctx.a("warn", *REMOVED)
    ending(ctx)


def fam_card_fix(ctx: Ctx) -> None:
    opening(ctx)
    other = card_number(ctx.rng)
    first, second = (
        (ctx.card_secret(other), ctx.card_secret())
        if maybe(ctx, 0.5)
        else (ctx.card_secret(), ctx.card_secret(other))
    )
    if maybe(ctx, 0.5):
        ctx.c("card_plain", *CARD_VOLUNTEER, card=first)
        ctx.c(
            "card_fix",
            (
                "{sorry} wrong one, it's {card}",
                "wait no that's my husband's card. mine is {card}",
                "no sorry that's the old card, the new one is {card}",
                "ugh wrong card. {card}",
                "sorry!! this one {card}",
            ),
            (
                "{sorry} me equivoqué, es {card}",
                "no espera esa es la de mi esposo, la mía es {card}",
                "perdón esa es la vieja, la nueva es {card}",
                "uy no, es esta {card}",
            ),
            ("sorry wrong one, es {card}", "no wait, la correcta es {card}"),
            card=second,
        )
    else:
        ctx.c(
            "card_fix",
            (
                "{card} no wait that's the old one, {card2}",
                "it's {card}... sorry no, {card2}",
                "{card} - actually use {card2} instead",
            ),
            (
                "{card} no espera esa es la vieja, {card2}",
                "es {card}... no perdón, {card2}",
                "{card} - mejor use la {card2}",
            ),
            ("{card} no wait, es la {card2}",),
            card=first,
            card2=second,
        )
    if maybe(ctx, 0.6):
        ctx.a("warn", *REMOVED)
    ending(ctx)


def fam_card_form(ctx: Ctx) -> None:
    opening(ctx)
    card = ctx.card_secret(fmt=wpick(ctx.rng, (("space", 40), ("plain", 40), ("dash", 20))))
    cvv = ctx.cvv()
    if maybe(ctx, 0.3):
        ask_for(ctx, (CC, CVV))
    ctx.c(
        "card_form",
        (
            "Card: {card}\nExp: {exp}\nCVV: {cvv}\nZip: {zip}",
            "{card} {exp} {cvv}",
            "card {card} exp {exp} code {cvv}",
            "{card} exp {exp} cvv {cvv} zip {zip}",
            "number {card}, expires {exp}, security code {cvv}",
            "{name}\n{card}\n{exp}\n{cvv}",
            "{card} | {exp} | {cvv}",
            "visa {card} {exp} cvc {cvv} billing zip {zip4}",
        ),
        (
            "Tarjeta: {card}\nVence: {exp}\nCódigo: {cvv}",
            "{card} {exp} {cvv}",
            "tarjeta {card} vence {exp} cvv {cvv}",
            "número {card}, vencimiento {exp}, código de seguridad {cvv}",
            "{name}\n{card}\n{exp}\n{cvv}",
            "{card} vence {exp} código atrás {cvv} cp {zip}",
        ),
        ("card {card} exp {exp} el cvv es {cvv}", "tarjeta {card} expiration {exp} code {cvv}"),
        card=card,
        cvv=cvv,
    )
    if maybe(ctx, 0.6):
        ctx.a("warn", *REMOVED)
    ending(ctx)


def fam_card_after_ask(ctx: Ctx) -> None:
    """An agent asks for the card; the answer comes one to three messages later."""
    opening(ctx)
    if maybe(ctx, 0.4):
        verify(ctx, 1)
    ask_for(ctx, (CC,))
    for _ in range(ctx.rng.choice((0, 1, 1, 2))):
        if maybe(ctx, 0.6):
            ctx.c("chat", *SMALL_CUST)
        else:
            ctx.a("small", *SMALL_AGENT)
    ctx.c("card_bare", *CARD_ANSWER, card=ctx.card_secret())
    if maybe(ctx, 0.4):
        ctx.a("info", *INFO)
    close(ctx)


def fam_cvv(ctx: Ctx) -> None:
    rng = ctx.rng
    opening(ctx)
    amex = ctx.card[:2] in ("34", "37")
    r = rng.random()
    if r < 0.4:
        ask_for(ctx, (CVV,))
        if maybe(ctx, 0.4):
            ctx.c("chat", *SMALL_CUST)
        if maybe(ctx, 0.2):
            ctx.a("small", *SMALL_AGENT)
        ctx.c("cvv_bare", *CVV_ANSWER, cvv=ctx.cvv())
    elif r < 0.7:
        ctx.a("verify", *VERIFY["expiry"])
        ctx.c("answer", *VERIFY_ANSWER["expiry"])
        ctx.c("cvv", *(CID_VOLUNTEER if amex else CVV_VOLUNTEER), cvv=ctx.cvv())
        ctx.a("warn", *SECRET_SCOLD[CVV])
    else:
        ctx.c("cvv", *(CID_VOLUNTEER if amex else CVV_VOLUNTEER), cvv=ctx.cvv())
        if maybe(ctx, 0.5):
            ctx.a("warn", *SECRET_SCOLD[CVV])
    ending(ctx)


def fam_ssn(ctx: Ctx) -> None:
    rng = ctx.rng
    opening(ctx, topic=None)
    ctx.c(
        "chat",
        (
            "I want to apply for a credit limit increase",
            "I need to update my tax info",
            "i'm applying for the secured card",
            "the app keeps asking to verify my identity",
            "I need my 1099",
        ),
        (
            "quiero pedir aumento de línea de crédito",
            "necesito actualizar mis datos fiscales",
            "quiero solicitar la tarjeta asegurada",
            "la app me pide verificar mi identidad",
        ),
        ("quiero un credit limit increase", "necesito mi 1099 form"),
    )
    voice = maybe(ctx, 0.12)
    sec = ctx.ssn_secret("words" if voice else None)
    if rng.random() < 0.45:
        ask_for(ctx, (SSN,))
        if maybe(ctx, 0.3):
            ctx.c("chat", *HESITATE)
            ctx.agent("ask_ssn", ctx.pick(*PUSH_PREFIX) + " " + ctx.pick(*ASKS[(SSN,)]), (SSN,))
        ctx.c("ssn_voice" if voice else "ssn_bare", *SSN_ANSWER, ssn=sec)
    else:
        if maybe(ctx, 0.4):
            ctx.a("verify", *VERIFY["ssn4"])
        ctx.c("ssn_voice" if voice else "ssn", *SSN_VOLUNTEER, ssn=sec)
        if maybe(ctx, 0.6):
            ctx.a("warn", *SECRET_SCOLD[SSN])
    if maybe(ctx, 0.15):
        other = ssn_digits(rng)
        text, wordy = ssn_text(rng, other, "en")
        ctx.c(
            "ssn_fix",
            ("{sorry} typo, it's {ssn}", "no wait that one's my wife's. mine: {ssn}"),
            ("{sorry}, es {ssn}", "no espera ese es el de mi esposa, el mío: {ssn}"),
            (),
            ssn=Secret(SSN, text, other, wordy=wordy),
        )
    ending(ctx, INFO_APPLY)


def fam_otp_sms(ctx: Ctx) -> None:
    opening(ctx, topic=None)
    lang = ctx.vlang()
    sms = ctx.rng.choice(SMS_TEXTS[1 if lang == "es" else 0])
    if maybe(ctx, 0.35):
        ctx.a("warn", *WARN)
    # the pasted text is a template of its own: fill it inside the wrapper
    wrapper = ctx.pick(*SMS_WRAP)
    template = wrapper.replace("{sms}", sms)
    ctx.cust("otp_sms", template, otp=ctx.otp(fmt="plain"))
    if maybe(ctx, 0.7):
        ctx.a("warn", *SECRET_SCOLD[OTP])
    if maybe(ctx, 0.4):
        ctx.c(
            "chat",
            ("so is it real or not", "ok so was it you guys?", "ok sorry", "oh ok i didnt know"),
            ("entonces sí es real o no?", "ah ok no sabía", "perdón"),
            (),
        )
        ctx.a(
            "info",
            (
                "That text was sent because someone tried to sign in. I've locked the online access, please reset your password in the app.",
                "Yes, that was us. Please enter it only in the app.",
            ),
            (
                "Ese mensaje se envió porque alguien intentó entrar. Bloqueé el acceso, restablezca su contraseña en la app.",
                "Sí, fuimos nosotros. Ingréselo solo en la app.",
            ),
        )
    close(ctx)


def fam_otp_say(ctx: Ctx) -> None:
    rng = ctx.rng
    opening(ctx, "login")
    r = rng.random()
    if r < 0.35:
        ask_for(ctx, (OTP,))
        for _ in range(rng.choice((0, 1, 2))):
            ctx.c(
                "chat",
                ("{wait}", "it hasn't come yet", "ok it's coming", "nothing yet", "still nothing"),
                ("{wait}", "no ha llegado", "ya casi", "nada todavía"),
                (),
            )
        ctx.c("otp_bare", *OTP_ANSWER, otp=ctx.otp())
    elif r < 0.6:
        # a legitimate agent says to enter the code in the app; the customer types it here anyway
        ctx.a(
            "warn",
            (
                "I've sent a code to your phone ending in {last4p}. Please enter it in the app to continue.",
                "You'll get a 6-digit code by text. Type it on the verification screen, not here.",
                "A code was sent to {email}. Enter it on the website to finish the reset.",
            ),
            (
                "Le envié un código a su celular terminado en {last4p}. Ingréselo en la app para continuar.",
                "Le llegará un código de 6 dígitos por SMS. Escríbalo en la pantalla de verificación, no aquí.",
            ),
        )
        if maybe(ctx, 0.3):
            ctx.c("chat", ("ok", "waiting", "got it"), ("ok", "espero", "ya"), ())
        ctx.c("otp_say", *OTP_SAY, otp=ctx.otp())
        ctx.a("warn", *SECRET_SCOLD[OTP])
    else:
        ctx.c("otp_say", *OTP_SAY, otp=ctx.otp())
        if maybe(ctx, 0.6):
            ctx.a("warn", *SECRET_SCOLD[OTP])
    if maybe(ctx, 0.15):
        ctx.c(
            "otp_fix",
            ("{sorry} it's {otp} not the other one", "no wait new one came: {otp}"),
            ("{sorry} es {otp}", "no espera llegó otro: {otp}"),
            (),
            otp=ctx.otp(),
        )
    ending(ctx, INFO_LOGIN)


def fam_otp_email(ctx: Ctx) -> None:
    opening(ctx, "text")
    lang = ctx.vlang()
    body = EMAIL_OTP[1 if lang == "es" else 0]
    wrap = ctx.pick(
        ("got this email:\n\n{mail}", "{mail}", "fwd:\n{mail}", "is this email legit?\n{mail}"),
        ("me llegó este correo:\n\n{mail}", "{mail}", "este correo es real?\n{mail}"),
        (),
    )
    ctx.cust("otp_email", wrap.replace("{mail}", body), otp=ctx.otp(fmt="plain"))
    ctx.a("warn", *SECRET_SCOLD[OTP])
    ending(ctx, INFO_TEXT)


def fam_otp_scam_report(ctx: Ctx) -> None:
    opening(ctx, topic=None)
    ctx.c(
        "otp_report",
        (
            "someone called me saying they were from {issuer} and asked for the code, i gave them {otp} 😭",
            "a guy texted me pretending to be you and I sent him the code {otp}, now there's a charge of {amount}",
            "I think I got scammed. they asked for the verification code and I read it to them: {otp}",
            "got a call from {phone} asking for my code. i said {otp} before i realized",
        ),
        (
            "me llamaron diciendo que eran de {issuer} y me pidieron el código, les di {otp} 😭",
            "un señor me escribió haciéndose pasar por ustedes y le mandé el código {otp}, ahora tengo un cargo de {amount}",
            "creo que me estafaron, me pidieron el código y se los leí: {otp}",
            "me llamaron del {phone} pidiendo el código y les dije {otp}",
        ),
        ("me llamaron de {issuer} y les di el code {otp}, now i have a charge de {amount}",),
        otp=ctx.otp(),
    )
    ctx.a(
        "info",
        (
            "I'm sorry that happened. I've locked the card and the online access right away. We'll never call asking for that code.",
            "Thanks for telling us quickly. I've blocked the card and opened fraud case {case}.",
        ),
        (
            "Lamento mucho lo sucedido. Ya bloqueé la tarjeta y el acceso en línea. Nunca le llamaremos para pedir ese código.",
            "Gracias por avisar rápido. Bloqueé la tarjeta y abrí el caso de fraude {case}.",
        ),
    )
    ending(ctx)


def fam_pw(ctx: Ctx) -> None:
    rng = ctx.rng
    opening(ctx, "login")
    if rng.random() < 0.35:
        ask_for(ctx, (PW,))
        if maybe(ctx, 0.3):
            ctx.c("chat", *HESITATE)
            ctx.agent("ask_password", ctx.pick(*PUSH_PREFIX) + " " + ctx.pick(*ASKS[(PW,)]), (PW,))
        ctx.c("pw_bare", *PW_ANSWER, pw=ctx.pw())
    else:
        if maybe(ctx, 0.4):
            ctx.a(
                "info",
                (
                    "Have you tried resetting your password from the login screen?",
                    "You can reset the password with the 'Forgot password?' link.",
                ),
                (
                    "¿Ya intentó restablecer la contraseña desde la pantalla de inicio?",
                    "Puede restablecerla con el enlace '¿Olvidó su contraseña?'.",
                ),
            )
        if maybe(ctx, 0.2):
            ctx.c(
                "pw_two",
                ("tried {pw} and {pw2}, neither works", "old one was {pw} and new one is {pw2}"),
                ("probé {pw} y {pw2} y ninguna sirve", "la vieja era {pw} y la nueva {pw2}"),
                ("tried {pw} y {pw2}, none works",),
                pw=ctx.pw(),
                pw2=ctx.pw(),
            )
        else:
            ctx.c("pw", *PW_SAY, pw=ctx.pw())
        ctx.a("warn", *SECRET_SCOLD[PW])
    ending(ctx, INFO_LOGIN)


def fam_pin(ctx: Ctx) -> None:
    rng = ctx.rng
    opening(ctx, "pin")
    r = rng.random()
    if r < 0.35:
        ask_for(ctx, (PIN,))
        if maybe(ctx, 0.25):
            ctx.c("chat", *HESITATE)
            ctx.agent("ask_pin", ctx.pick(*PUSH_PREFIX) + " " + ctx.pick(*ASKS[(PIN,)]), (PIN,))
        elif maybe(ctx, 0.3):
            ctx.c("chat", *SMALL_CUST)
        ctx.c("pin_bare", *PIN_ANSWER, pin=ctx.pin())
    elif r < 0.5:
        ctx.c(
            "pin_change",
            (
                "i want to change my pin from {pin} to {pin2}",
                "change pin {pin} -> {pin2} please",
                "can you switch my pin? the old one is {pin}, new {pin2}",
            ),
            (
                "quiero cambiar mi pin de {pin} a {pin2}",
                "mx|cámbieme el nip, el viejo es {pin} y el nuevo {pin2}",
                "cambiar pin {pin} por {pin2}",
            ),
            ("quiero cambiar el PIN de {pin} a {pin2}",),
            pin=ctx.pin(),
            pin2=ctx.pin(),
        )
        ctx.a("warn", *SECRET_SCOLD[PIN])
    else:
        if maybe(ctx, 0.3):
            ctx.a("warn", *WARN)
        ctx.c("pin", *PIN_SAY, pin=ctx.pin())
        if maybe(ctx, 0.7):
            ctx.a("warn", *SECRET_SCOLD[PIN])
        if maybe(ctx, 0.12):
            ctx.c(
                "pin_fix",
                ("{sorry} i mean {pin}", "no wait it's {pin}", "or maybe {pin}? idk"),
                ("{sorry} quise decir {pin}", "no espera es {pin}", "o {pin}? no sé"),
                (),
                pin=ctx.pin(),
            )
    ending(ctx, INFO_PIN)


def fam_agent_leak(ctx: Ctx) -> None:
    """An agent types a secret itself: quotes a card back, or hands out a temporary PIN or password."""
    rng = ctx.rng
    opening(ctx)
    r = rng.random()
    if r < 0.4:
        ctx.c("card_plain", *CARD_ANSWER, card=ctx.card_secret())
        ctx.a(
            "agent_quote",
            (
                "Thanks. Just to confirm, the card is {card}, expiring {exp}?",
                "I have {card} on file, is that the one?",
                "Got it: {card}. Let me run it.",
            ),
            (
                "Gracias. Para confirmar, la tarjeta es {card} con vencimiento {exp}?",
                "Tengo la {card}, ¿es esa?",
                "Recibido: {card}. Déjeme procesarla.",
            ),
            card=ctx.card_secret(fmt=rng.choice(("space", "plain", "dash"))),
        )
        ctx.c("chat", *VERIFY_ANSWER["confirm_last4"])
    elif r < 0.7:
        ctx.c(
            "chat",
            ("I forgot my pin", "i need a new pin", "my pin got locked"),
            ("olvidé mi NIP", "necesito un pin nuevo", "se me bloqueó el pin"),
            (),
        )
        ctx.a(
            "agent_leak",
            (
                "I've reset it. Your temporary PIN is {pin}, please change it at the next ATM.",
                "Done, the new PIN is {pin}.",
            ),
            (
                "Listo, su PIN temporal es {pin}; cámbielo en el próximo cajero.",
                "Hecho, el NIP nuevo es {pin}.",
            ),
            pin=ctx.pin(fmt="plain"),
        )
    else:
        ctx.c(
            "chat",
            ("I can't log in", "locked out again"),
            ("no puedo entrar a la app", "me bloqueé otra vez"),
            (),
        )
        ctx.a(
            "agent_leak",
            (
                "I've reset your online access. Temporary password: {pw} (you'll be asked to change it).",
                "Your temp password is {pw}",
            ),
            (
                "Restablecí su acceso. Contraseña temporal: {pw} (le pedirá cambiarla).",
                "Su contraseña temporal es {pw}",
            ),
            pw=ctx.pw(),
        )
    ending(ctx)


def fam_phisher_chain(ctx: Ctx) -> None:
    """A phisher posing as the issuer walks the customer through giving everything away."""
    rng = ctx.rng
    ctx.persona = "phisher"
    ctx.agent_style = Style(
        "as_is" if maybe(ctx, 0.6) else "lower", rng.choice((0.0, 0.02)), 0.0, 0.0, True, True, 0.0
    )
    ctx.agent_name = rng.choice(AGENT_NAMES)
    ctx.a("phish_open", *PHISH_OPEN)
    ctx.c(
        "chat",
        (
            "{no}!! I didn't buy anything",
            "what?? what do I need to do",
            "oh no. ok what do you need",
            "NO that wasn't me",
            "is my money safe??",
            "ok how do i fix it",
        ),
        (
            "{no}!! yo no compré nada",
            "qué?? qué tengo que hacer",
            "ay no. ok qué necesita",
            "NO, no fui yo",
            "mi dinero está seguro??",
            "cómo lo arreglo",
        ),
        ("no!! I didn't buy nada", "ok qué tengo que hacer?"),
    )
    steps = rng.sample([(OTP,), (CC,), (CVV,), (PIN,), (SSN,), (CC, CVV)], k=rng.randint(1, 3))
    for step in steps:
        ask_for(ctx, step)
        if maybe(ctx, 0.3):
            ctx.c("chat", *HESITATE)
            ctx.agent(
                ASK_KIND[step[0]] if len(step) == 1 else "ask_multi",
                ctx.pick(*PUSH_PREFIX) + " " + ctx.pick(*ASKS[step]),
                step,
            )
        if step == (OTP,):
            ctx.c("otp_bare", *OTP_ANSWER, otp=ctx.otp())
        elif step == (CC,):
            ctx.c("card_bare", *CARD_ANSWER, card=ctx.card_secret())
        elif step == (CVV,):
            ctx.c("cvv_bare", *CVV_ANSWER, cvv=ctx.cvv())
        elif step == (PIN,):
            ctx.c("pin_bare", *PIN_ANSWER, pin=ctx.pin())
        elif step == (SSN,):
            ctx.c("ssn_bare", *SSN_ANSWER, ssn=ctx.ssn_secret())
        else:
            ctx.c(
                "card_form",
                (
                    "{card} {cvv}",
                    "{card} exp {exp} cvv {cvv}",
                    "card {card} and the back says {cvv}",
                ),
                (
                    "{card} {cvv}",
                    "{card} vence {exp} código {cvv}",
                    "tarjeta {card} y atrás dice {cvv}",
                ),
                (),
                card=ctx.card_secret(),
                cvv=ctx.cvv(),
            )
    ctx.a(
        "phish_close",
        (
            "Thank you, the charge has been cancelled. Do not share this conversation with anyone.",
            "Perfect, you're verified. A new card is on the way.",
        ),
        (
            "Gracias, el cargo fue cancelado. No comparta esta conversación con nadie.",
            "Perfecto, quedó verificado. Su nueva tarjeta va en camino.",
        ),
        ("Thanks, el cargo fue cancelado.",),
    )
    if maybe(ctx, 0.4):
        ctx.c(
            "chat",
            ("ok thank you so much", "wait was this really {issuer}?"),
            ("ok muchas gracias", "espere, de verdad es {issuer}?"),
            (),
        )


def fam_late_answer(ctx: Ctx) -> None:
    """A forbidden ask answered two or three messages later with a bare value."""
    rng = ctx.rng
    kind = rng.choice((CC, CVV, SSN, OTP, PIN, PIN, OTP, PW))
    opening(ctx, {PW: "login", OTP: "login", PIN: "pin", SSN: None}.get(kind, "card"))
    ask_for(ctx, (kind,))
    waits: dict[str, Pools] = {
        CC: (
            (
                "let me get my wallet",
                "hold on its in the car",
                "one sec looking for it",
                "ok hang on",
            ),
            ("déjeme buscar la cartera", "espere que está en el carro", "ahorita la busco"),
            ("hold on, la estoy buscando",),
        ),
        CVV: (
            ("let me grab the card", "hold on", "one sec, the numbers are tiny"),
            ("déjeme buscar la tarjeta", "un momento", "espere, los números son chiquitos"),
            ("hold on, busco la card",),
        ),
        SSN: (
            ("one sec", "hold on i have to look it up", "let me find my card, i never remember it"),
            ("un momento", "déjeme buscarlo, nunca me lo acuerdo"),
            ("hold on, lo busco",),
        ),
        OTP: (
            ("it hasn't come yet", "waiting for the text", "ok it's coming", "nothing yet"),
            ("no ha llegado", "estoy esperando el mensaje", "todavía nada"),
            ("no ha llegado el text",),
        ),
        PIN: (
            ("hmm let me think", "one sec", "i have it written somewhere"),
            ("déjeme pensar", "un momento", "lo tengo anotado en algún lado"),
            ("hold on, déjame pensar",),
        ),
        PW: (
            ("let me check my notes app", "one sec", "i have it saved somewhere"),
            ("déjeme revisar mis notas", "un momento", "la tengo guardada en algún lado"),
            ("one sec, la busco",),
        ),
    }
    between: list[tuple[str, Pools]] = [
        ("customer", waits[kind]),
        ("agent", SMALL_AGENT),
        (
            "customer",
            (
                ("ok found it", "ok", "got it", "here"),
                ("ya", "ok", "listo", "aquí está"),
                ("ok got it",),
            ),
        ),
    ]
    for role, pools in between[: rng.choice((1, 2, 3))]:
        if role == "customer":
            ctx.c("chat", *pools)
        else:
            ctx.a("small", *pools)
    answers: dict[str, tuple[Pools, str, Callable[[], Secret]]] = {
        CC: (CARD_ANSWER, "card", ctx.card_secret),
        CVV: (CVV_ANSWER, "cvv", ctx.cvv),
        SSN: (SSN_ANSWER, "ssn", ctx.ssn_secret),
        OTP: (OTP_ANSWER, "otp", ctx.otp),
        PIN: (PIN_ANSWER, "pin", ctx.pin),
        PW: (PW_ANSWER, "pw", ctx.pw),
    }
    pools, slot, make = answers[kind]
    ctx.cust("late_answer", ctx.pick(*pools), **{slot: make()})
    ending(ctx, {PW: INFO_LOGIN, OTP: INFO_LOGIN, PIN: INFO_PIN, SSN: INFO_APPLY}.get(kind, INFO))


def fam_multi_secret(ctx: Ctx) -> None:
    opening(ctx)
    r = ctx.rng.random()
    if r < 0.4:
        ctx.c(
            "multi",
            (
                "ssn {ssn} dob {dob} address {addr}",
                "Name: {name}\nSSN: {ssn}\nPhone: {myphone}\nZIP: {zip}",
                "my social is {ssn} and i was born {dob}",
            ),
            (
                "seguro social {ssn}, nací el {dob}, vivo en {addr}",
                "Nombre: {name}\nSeguro social: {ssn}\nTel: {myphone}",
            ),
            (),
            ssn=ctx.ssn_secret(),
        )
    elif r < 0.7:
        ctx.c(
            "multi",
            ("card {card} pin {pin}", "the card is {card} and the pin is {pin}"),
            ("tarjeta {card} pin {pin}", "la tarjeta es {card} y el nip {pin}"),
            (),
            card=ctx.card_secret(),
            pin=ctx.pin(fmt="plain"),
        )
    else:
        ctx.c(
            "multi",
            ("user {email} password {pw} and the code they sent is {otp}", "pw {pw}, code {otp}"),
            (
                "usuario {email} contraseña {pw} y el código que me llegó es {otp}",
                "contraseña {pw}, código {otp}",
            ),
            (),
            pw=ctx.pw(),
            otp=ctx.otp(fmt="plain"),
        )
    ctx.a("warn", *WARN)
    ending(ctx)


# --------------------------------------------------------------------------------------
# Families without a secret: forbidden asks refused, and clean chats full of hard negatives
# --------------------------------------------------------------------------------------


def fam_ask_refused(ctx: Ctx) -> None:
    rng = ctx.rng
    if maybe(ctx, 0.35):
        ctx.persona = "phisher"
        ctx.agent_name = rng.choice(AGENT_NAMES)
        ctx.a("phish_open", *PHISH_OPEN)
        ctx.c(
            "chat",
            ("no that wasn't me", "what charge?", "who is this"),
            ("no fui yo", "cuál cargo?", "quién habla?"),
            (),
        )
    else:
        opening(ctx)
    types = rng.choice(
        [
            (CC,),
            (CVV,),
            (SSN,),
            (OTP,),
            (PW,),
            (PIN,),
            (CC, CVV),
            (OTP, PIN),
            (PW, OTP),
            (SSN, PIN),
            (CC, CVV, PIN),
        ]
    )
    ask_for(ctx, types)
    last4_ok = types[0] in (CC, SSN) and len(types) == 1
    ctx.c("refuse", *(REFUSE_LAST4 if last4_ok and maybe(ctx, 0.35) else REFUSE))
    if maybe(ctx, 0.4):
        ctx.agent(
            ASK_KIND[types[0]] if len(types) == 1 else "ask_multi",
            ctx.pick(*PUSH_PREFIX) + " " + ctx.pick(*ASKS[types]),
            types,
        )
        ctx.c("refuse", *REFUSE)
    if ctx.persona != "phisher" and maybe(ctx, 0.7):
        ctx.a("backoff", *(BACKOFF_LAST4 if last4_ok else BACKOFF))
        verify(ctx, 1)
        ending(ctx)


def fam_dispute(ctx: Ctx) -> None:
    opening(ctx, topic=None)
    ctx.c(
        "chat",
        (
            "there's a charge of {amount} from {merchant} on {date} that I didn't make",
            "I see {merchant} {amount} on my statement and I've never been there",
            "got charged twice for the same thing, {amount} on {date} and again on {date2}",
            "i returned the item on {date} but {merchant} never refunded the {amount}",
            "WHAT IS THIS CHARGE {merchant} {amount}",
            "my card ending {last4} has a {amount} charge at {time} and I was asleep",
            "so i was looking at my statement || and there's a charge from {merchant} || {amount} on {date} || i didn't make that",
            "hi || i see a charge || {merchant} {amount} || not mine",
        ),
        (
            "tengo un cargo de {amount} de {merchant} del {date} que no hice",
            "me aparece {merchant} por {amount} y nunca he comprado ahí",
            "me cobraron dos veces, {amount} el {date} y otra vez el {date2}",
            "devolví el producto el {date} y {merchant} no me ha reembolsado los {amount}",
            "QUÉ ES ESTE CARGO {merchant} {amount}",
            "en la tarjeta con terminación {last4} hay un cargo de {amount} a las {time}",
            "estaba viendo mi estado de cuenta || y hay un cargo de {merchant} || {amount} el {date} || yo no hice eso",
        ),
        (
            "tengo un charge de {amount} de {merchant} que no reconozco",
            "me cobraron twice, {amount} on {date}",
        ),
    )
    verify(ctx)
    ctx.a(
        "info",
        (
            "I see it: {merchant}, {amount}, posted {date}. I'll open a dispute for you.",
            "Thanks. That transaction was authorized at {time} with the chip. Was the card with you then?",
            "I found two charges of {amount}. One is a pending authorization that should fall off in 3-5 business days.",
        ),
        (
            "Ya lo veo: {merchant}, {amount}, aplicado el {date}. Le abro una aclaración.",
            "Gracias. Esa compra se autorizó a las {time} con chip. ¿Tenía la tarjeta con usted?",
            "Encontré dos cargos de {amount}. Uno es una preautorización que se libera en 3 a 5 días hábiles.",
        ),
    )
    if maybe(ctx, 0.6):
        ctx.c(
            "chat",
            (
                "yes i had it, I was at home all day",
                "no idea, I had the card in my wallet",
                "ok so do i have to pay it?",
            ),
            (
                "sí la tenía, estuve en mi casa todo el día",
                "ni idea, la tarjeta estaba en mi cartera",
                "y tengo que pagarlo?",
            ),
            (),
        )
    ctx.a(
        "info",
        (
            "Your dispute case number is {case}. You'll see a provisional credit of {amount} within 10 business days.",
            "I've filed it under case {case}. The merchant has 45 days to respond. Reference for your records: {ref}.",
            "Done. Case {case}. The acquirer reference number (ARN) is {arn} if the merchant asks for it.",
            "I've opened case {case} and ordered a new card ending in a different number. You won't be responsible for the {amount}.",
        ),
        (
            "Su número de aclaración es {case}. Verá un abono provisional de {amount} en 10 días hábiles.",
            "Quedó registrado con el folio {case}. El comercio tiene 45 días para responder. Referencia: {ref}.",
            "Listo. Caso {case}. El número ARN es {arn} por si el comercio se lo pide.",
        ),
        ("Your case number es {case}, el credit provisional llega en 10 business days.",),
    )
    if maybe(ctx, 0.4):
        ctx.c(
            "chat",
            (
                "is that {ref} number the one I give the store?",
                "ok can you send that to my email",
                "so the new card arrives when",
            ),
            (
                "ese número {ref} se lo doy a la tienda?",
                "me lo puede mandar al correo?",
                "y la tarjeta nueva cuándo llega",
            ),
            (),
        )
        ctx.a(
            "info",
            (
                "Yes, that's the reference. Keep it for your records.",
                "Yes, I've emailed a summary to {email}.",
                "In 5-7 business days.",
            ),
            (
                "Sí, esa es la referencia.",
                "Sí, le envié el resumen a {email}.",
                "En 5 a 7 días hábiles.",
            ),
            (),
        )
    close(ctx)


def fam_card_not_arrived(ctx: Ctx) -> None:
    opening(ctx, topic=None)
    ctx.c(
        "chat",
        (
            "my new card hasn't arrived, it's been {days} days",
            "where is my replacement card?? you said 5-7 days and it's been {days}",
            "hi, still waiting on my card, ordered it {date}",
            "did my card ship yet? i moved to {addr}",
        ),
        (
            "no me ha llegado la tarjeta nueva, ya van {days} días",
            "dónde está mi tarjeta de reposición? dijeron 5 a 7 días y ya van {days}",
            "sigo esperando mi tarjeta, la pedí el {date}",
            "ya enviaron mi tarjeta? me cambié a {addr}",
        ),
        ("my card no ha llegado, ya son {days} días", "dónde está my new card?"),
    )
    verify(ctx)
    ctx.a(
        "info",
        (
            "It shipped {date} by UPS. Tracking number: {ups}.",
            "It went out {date} via USPS, tracking {usps}. It should arrive by {date2}.",
            "I see it was mailed to {addr} on {date}. USPS tracking: {usps}",
            "It was returned to us as undeliverable on {date}. Can you confirm your address?",
        ),
        (
            "Se envió el {date} por UPS. Número de rastreo: {ups}.",
            "Salió el {date} por USPS, guía {usps}. Debe llegar el {date2}.",
            "Se envió a {addr} el {date}. Rastreo USPS: {usps}",
            "Nos la devolvieron el {date} por dirección incorrecta. ¿Me confirma su dirección?",
        ),
        ("It shipped {date} por UPS, tracking {ups}.",),
    )
    if maybe(ctx, 0.7):
        ctx.c(
            "chat",
            (
                "ok the address is {addr}",
                "it says delivered but it's not here",
                "can you overnight it? my phone is {myphone}",
                "that's the old address, the new one is {addr}",
            ),
            (
                "la dirección es {addr}",
                "dice entregado pero no está aquí",
                "me la pueden mandar express? mi {cel} es {myphone}",
                "esa es la dirección vieja, la nueva es {addr}",
            ),
            ("the address es {addr}", "dice delivered pero no llegó"),
        )
        ctx.a(
            "info",
            (
                "I've updated it and requested expedited shipping. New tracking: {ups}.",
                "I've reissued the card. You'll get the tracking by email at {email}.",
            ),
            (
                "Ya la actualicé y pedí envío express. Nueva guía: {ups}.",
                "Reemití la tarjeta. Le llegará el rastreo a {email}.",
            ),
        )
    close(ctx)


def fam_payment(ctx: Ctx) -> None:
    opening(ctx, topic=None)
    ctx.c(
        "chat",
        (
            "I paid {amount} on {date} from my checking but it's not showing",
            "my payment of {amount} isn't reflected and the due date was {date}",
            "i made a payment with confirmation {conf} and my balance still says {amount2}",
            "ok so || I paid {amount} on {date} || from my checking || and it still says I owe {amount2}",
            "paid from my bank, routing {routing}, account ending {acct4}. where is it",
            "can i pay {amount} today and the rest on the {date}?",
        ),
        (
            "pagué {amount} el {date} desde mi cuenta y no aparece",
            "mi pago de {amount} no se refleja y la fecha límite era el {date}",
            "hice un pago con confirmación {conf} y el saldo sigue en {amount2}",
            "pagué desde mi banco, ruta {routing}, cuenta terminación {acct4}, dónde está",
            "puedo pagar {amount} hoy y lo demás el {date}?",
        ),
        (
            "I paid {amount} el {date} y no aparece",
            "hice un payment de {amount}, confirmation {conf}",
        ),
    )
    verify(ctx)
    ctx.a(
        "info",
        (
            "I see the payment of {amount} received {date}, confirmation {conf}. It takes 1-2 business days to post.",
            "Payments made after 8 PM ET post the next business day. Yours will show on {date2}.",
            "I don't see it yet. Can you check with your bank using the trace number {conf}?",
            "Yes, you can split it. I've scheduled {amount} for today and {amount2} for {date}.",
        ),
        (
            "Veo el pago de {amount} recibido el {date}, confirmación {conf}. Se aplica en 1 a 2 días hábiles.",
            "Los pagos después de las 8 PM se aplican al día hábil siguiente. El suyo se verá el {date2}.",
            "Todavía no lo veo. ¿Puede revisar con su banco con el número de rastreo {conf}?",
            "Sí, se puede. Programé {amount} para hoy y {amount2} para el {date}.",
        ),
        ("Veo el payment de {amount} del {date}, confirmation {conf}.",),
    )
    if maybe(ctx, 0.5):
        ctx.c(
            "chat",
            ("will i get a late fee?", "ok so by {date} right", "and my minimum is {amount}?"),
            ("me van a cobrar recargo?", "ok entonces para el {date}", "y el mínimo es {amount}?"),
            (),
        )
        ctx.a(
            "info",
            (
                "No late fee since it was received on time.",
                "Correct. Minimum due is {amount} by {date}.",
            ),
            (
                "No, no hay recargo porque llegó a tiempo.",
                "Correcto. El mínimo es {amount} al {date}.",
            ),
            (),
        )
    close(ctx)


def fam_autopay(ctx: Ctx) -> None:
    opening(ctx, topic=None)
    ctx.c(
        "chat",
        (
            "I want to set up autopay from my bank account. routing number {routing} and account number {acct}",
            "can you add my checking for payments? Routing: {routing}\nAccount: {acct}",
            "set autopay for the minimum, bank routing # {routing} acct # {acct}",
            "change the autopay account to routing {routing}, account {acct} (savings)",
        ),
        (
            "quiero poner pago automático desde mi cuenta. número de ruta {routing} y número de cuenta {acct}",
            "agreguen mi cuenta de cheques: Ruta: {routing}\nCuenta: {acct}",
            "us|pago automático del mínimo, routing {routing} cuenta {acct}",
            "cambien la cuenta del pago automático, ruta {routing} cuenta {acct}",
        ),
        ("quiero autopay con mi bank account, routing {routing} account {acct}",),
    )
    verify(ctx, 1)
    ctx.a(
        "info",
        (
            "Done. Autopay will draft the statement balance on the due date each month, starting {date}.",
            "I've added the account ending in {acct4}. The first automatic payment is {date}.",
            "For security I can't see the full account number, but I've verified the routing number {routing} belongs to your bank.",
        ),
        (
            "Listo. El pago automático se cargará en la fecha límite de cada mes, a partir del {date}.",
            "Agregué la cuenta con terminación {acct4}. El primer pago automático es el {date}.",
        ),
        ("Listo, autopay starts el {date}.",),
    )
    close(ctx)


def fam_travel(ctx: Ctx) -> None:
    opening(ctx, topic=None)
    ctx.c(
        "chat",
        (
            "I'm traveling to {country} from {date} to {date2}, please don't block my card",
            "going to {country} next week, flight {flight} on {date}. my number there will be {intl}",
            "travel notice pls: {country} {date} - {date2}",
            "will my card work in {country}? I leave {weekday} at {time}",
        ),
        (
            "voy a viajar a {country} del {date} al {date2}, que no me bloqueen la tarjeta",
            "me voy a {country} la próxima semana, vuelo {flight} el {date}. mi número allá será {intl}",
            "aviso de viaje: {country} {date} - {date2}",
            "funciona mi tarjeta en {country}? salgo el {weekday} a las {time}",
        ),
        (
            "voy a {country} del {date} al {date2}, travel notice porfa",
            "I'm going to {country}, mi número allá es {intl}",
        ),
    )
    verify(ctx)
    ctx.a(
        "info",
        (
            "You don't need to set a travel notice anymore, but I've added a note for {country} from {date} to {date2}.",
            "All set. Foreign transaction fee on your card is {pct}. Save our international number: {phone}.",
            "Noted. If a purchase is declined abroad, call us collect at {phone}.",
        ),
        (
            "Ya no hace falta aviso de viaje, pero dejé una nota para {country} del {date} al {date2}.",
            "Listo. La comisión por compras en el extranjero es del {pct}. Guarde nuestro número internacional: {phone}.",
        ),
        ("All set, dejé la nota para {country}.",),
    )
    close(ctx)


def fam_limit(ctx: Ctx) -> None:
    opening(ctx, topic=None)
    ctx.c(
        "chat",
        (
            "can I get a credit limit increase? I make {income} now",
            "my limit is {limit} and i need like {limit2} for a trip",
            "why did my limit go down to {limit}?",
            "I've had the card since {year} and never missed a payment, can you raise my limit",
        ),
        (
            "me pueden aumentar la línea de crédito? ahora gano {income}",
            "mi límite es {limit} y necesito como {limit2} para un viaje",
            "por qué me bajaron el límite a {limit}?",
            "tengo la tarjeta desde {year} y nunca me he atrasado, me suben el límite?",
        ),
        ("can you subir mi credit limit? gano {income}",),
    )
    verify(ctx)
    ctx.a(
        "info",
        (
            "I can request it. Your current limit is {limit}. What's your total annual income?",
            "I've submitted a request for {limit2}. It's a soft inquiry and you'll hear back within 30 days.",
            "Your account is eligible for an increase to {limit2} effective today.",
        ),
        (
            "Puedo solicitarlo. Su límite actual es {limit}. ¿Cuál es su ingreso anual?",
            "Solicité un aumento a {limit2}. No afecta su historial y le responderán en 30 días.",
        ),
        ("Your current limit es {limit}, let me request {limit2}.",),
    )
    if maybe(ctx, 0.6):
        ctx.c(
            "answer",
            ("about {income}", "{income} before taxes", "{income} plus my husband's"),
            ("como {income}", "{income} antes de impuestos"),
            (),
        )
        ctx.a(
            "info",
            (
                "Thanks. Approved! New limit {limit2}.",
                "Thanks, it's under review. Reference {case}.",
            ),
            (
                "Gracias. ¡Aprobado! Nuevo límite {limit2}.",
                "Gracias, quedó en revisión. Folio {case}.",
            ),
            (),
        )
    close(ctx)


def fam_fraud_alert(ctx: Ctx) -> None:
    opening(ctx, topic=None)
    ctx.c(
        "chat",
        (
            "I got a text asking if I made a purchase of {amount} at {merchant} at {time}, it was me",
            "you guys blocked my card at {merchant} for {amount}, that was ME",
            "I got a fraud alert from {tollfree} about card {masked}, is it legit?",
            "your text said reply YES or NO about {amount} at {merchant}. I replied YES but the card is still blocked",
        ),
        (
            "me llegó un mensaje preguntando si hice una compra de {amount} en {merchant} a las {time}, sí fui yo",
            "me bloquearon la tarjeta en {merchant} por {amount}, fui YO",
            "me llegó una alerta de fraude del {tollfree} por la tarjeta {masked}, es real?",
            "contesté SÍ al mensaje de {amount} en {merchant} pero sigue bloqueada",
        ),
        ("me llegó un text about {amount} en {merchant}, sí fui yo",),
    )
    verify(ctx, ctx.rng.choice((1, 2)))
    ctx.a(
        "info",
        (
            "Thanks for confirming. I've removed the hold on {masked}. You can retry the purchase now.",
            "Yes, that alert came from us. The number {tollfree} is ours. I've cleared the block.",
            "Got it. I've marked the {amount} at {merchant} as authorized by you.",
        ),
        (
            "Gracias por confirmar. Quité el bloqueo de la tarjeta {masked}. Ya puede intentar de nuevo.",
            "Sí, esa alerta es nuestra. El número {tollfree} es oficial. Ya quité el bloqueo.",
        ),
        ("Thanks, ya quité el block de {masked}.",),
    )
    if maybe(ctx, 0.5):
        ctx.a("warn", *WARN)
    close(ctx)


def fam_statement(ctx: Ctx) -> None:
    opening(ctx, topic=None)
    ctx.c(
        "chat",
        (
            "why is my minimum payment {amount} this month? last month it was {amount2}",
            "what's my APR? the statement says {apr} but i was told 0% until {date}",
            "my statement closing date is the {date}? can i change it to after the 15th",
            "there's an interest charge of {amount} on my statement from {date}",
            "where do I see my statements from {year}?",
        ),
        (
            "por qué el pago mínimo es {amount} este mes? el mes pasado fue {amount2}",
            "cuál es mi tasa? el estado de cuenta dice {apr} pero me dijeron 0% hasta el {date}",
            "mi fecha de corte es el {date}? la puedo cambiar después del 15",
            "tengo un cargo por intereses de {amount} del {date}",
            "dónde veo mis estados de cuenta de {year}?",
        ),
        ("why mi minimum payment es {amount}?", "el statement dice {apr} APR"),
    )
    verify(ctx)
    ctx.a(
        "info",
        (
            "Your promotional 0% APR ended on {date}. The standard purchase APR is {apr}.",
            "The minimum is 1% of the balance plus interest and fees, which comes to {amount} this cycle.",
            "Statements from {year} are under Documents in the app, going back 7 years.",
            "I've changed your due date to the 20th starting with the {month} statement.",
        ),
        (
            "Su tasa promocional de 0% terminó el {date}. La tasa normal es {apr}.",
            "El mínimo es el 1% del saldo más intereses y cargos, que da {amount} este periodo.",
            "Los estados de cuenta de {year} están en Documentos en la app.",
        ),
        ("Your promo APR terminó el {date}, now it's {apr}.",),
    )
    close(ctx)


def fam_rewards(ctx: Ctx) -> None:
    opening(ctx, topic=None)
    ctx.c(
        "chat",
        (
            "how many points do I have? the app says {points} but I thought it was more",
            "can I use my {points} points for the {amount} flight on {date}?",
            "my cash back for {month} is missing, should be like {amount}",
        ),
        (
            "cuántos puntos tengo? la app dice {points} pero pensé que eran más",
            "puedo usar mis {points} puntos para el vuelo de {amount} del {date}?",
            "no me llegó el cashback de {month}, debería ser como {amount}",
        ),
        ("cuántos points tengo? dice {points}",),
    )
    verify(ctx, 1)
    ctx.a(
        "info",
        (
            "You have {points} points, worth {amount} as a statement credit.",
            "The {month} cash back posts on your next statement, on {date}.",
            "Points from the purchase on {date} are pending and will post in 2 billing cycles.",
        ),
        (
            "Tiene {points} puntos, equivalentes a {amount} de bonificación.",
            "El cashback de {month} se abona en su próximo estado de cuenta, el {date}.",
        ),
        ("Tienes {points} points, worth {amount}.",),
    )
    close(ctx)


def fam_forgot_pin(ctx: Ctx) -> None:
    opening(ctx, topic=None)
    ctx.c(
        "chat",
        (
            "I forgot my PIN, how do I reset it?",
            "my pin isn't working at the atm, I think I forgot it",
            "locked my pin lol, too many tries",
            "can I change my pin online or do I need to go to a branch",
            "do you mail the pin or how does that work",
            "is my pin the same as my debit card pin?",
        ),
        (
            "olvidé mi NIP, cómo lo cambio?",
            "no me funciona el pin en el cajero, creo que lo olvidé",
            "se me bloqueó el pin por intentar muchas veces",
            "puedo cambiar el pin en línea o tengo que ir a la sucursal",
            "ar|me olvidé la clave del cajero",
            "es|no me acuerdo del PIN de la tarjeta",
        ),
        ("olvidé my PIN, how do I change it?", "se me bloqueó el PIN"),
    )
    verify(ctx)
    ctx.a(
        "info",
        (
            "You can set a new PIN in the app under Card settings > Change PIN. It works right away.",
            "I can mail you a PIN reminder to the address on file. It arrives in 7-10 business days.",
            "The PIN locks after 3 wrong tries and resets at midnight ET. You can also change it in the app.",
            "We never send PINs by text or email. Set a new one in the app or at any of our ATMs.",
        ),
        (
            "Puede crear un NIP nuevo en la app en Configuración de tarjeta > Cambiar NIP. Funciona de inmediato.",
            "Le puedo enviar un recordatorio de PIN por correo postal. Llega en 7 a 10 días hábiles.",
            "El PIN se bloquea después de 3 intentos y se desbloquea a medianoche. También puede cambiarlo en la app.",
        ),
        ("You can change tu PIN en la app, Card settings.",),
    )
    ctx.a("warn", *WARN)
    if maybe(ctx, 0.5):
        ctx.c(
            "chat",
            (
                "ok and does it have to be 4 digits?",
                "can it be the same as the old one",
                "ok thank u",
            ),
            ("tiene que ser de 4 dígitos?", "puede ser el mismo de antes?", "ok gracias"),
            (),
        )
        ctx.a(
            "info",
            ("It can be 4 to 6 digits. Avoid your birth year.", "Yes, but we recommend a new one."),
            (
                "Puede ser de 4 a 6 dígitos. Evite su año de nacimiento.",
                "Sí, pero le recomendamos uno nuevo.",
            ),
            (),
        )
    close(ctx)


def fam_login(ctx: Ctx) -> None:
    opening(ctx, topic=None)
    ctx.c(
        "chat",
        (
            "I can't log in, my password isn't working and the reset code never arrives",
            "app says error {error} when I try to log in",
            "I forgot my password AND my username 🙄",
            "the verification code goes to my old number {phone}",
            "it keeps asking for a code but I don't get any text",
            "i changed phones and now the app wants a passcode",
        ),
        (
            "no puedo entrar, la contraseña no funciona y no me llega el código",
            "la app dice error {error} cuando intento entrar",
            "olvidé mi contraseña y mi usuario 🙄",
            "el código de verificación llega a mi número viejo {phone}",
            "me pide un código pero no me llega ningún mensaje",
            "cambié de {cel} y ahora la app me pide una clave",
        ),
        ("no puedo log in, el password no funciona", "the code no me llega"),
    )
    verify(ctx, ctx.rng.choice((1, 2)))
    ctx.a(
        "info",
        (
            "I've updated your phone to the one ending in {last4p}. Try 'Forgot password?' again and enter the code in the app, don't share it here.",
            "Error {error} usually means the app needs an update. Version 8.2 fixes it.",
            "I've unlocked the profile. You'll get a text with a code; it expires in 10 minutes.",
            "Your username is your email, {email}. You can reset the password from the login screen.",
        ),
        (
            "Actualicé su número al terminado en {last4p}. Intente '¿Olvidó su contraseña?' e ingrese el código en la app, no lo comparta aquí.",
            "El error {error} normalmente se arregla actualizando la app.",
            "Ya desbloqueé el perfil. Le llegará un código por SMS que vence en 10 minutos.",
            "Su usuario es su correo, {email}. Puede restablecer la contraseña desde el inicio de sesión.",
        ),
        ("Ya updated tu número, try again y enter the code en la app.",),
    )
    if maybe(ctx, 0.6):
        ctx.c(
            "chat",
            (
                "ok it worked!!",
                "got the code, I'm in",
                "still nothing",
                "ok it says my password has to be 8 characters",
            ),
            (
                "ya funcionó!!",
                "ya me llegó el código y entré",
                "nada todavía",
                "dice que la contraseña debe tener 8 caracteres",
            ),
            ("ya funcionó, thanks!",),
        )
    close(ctx)


def fam_lost_card(ctx: Ctx) -> None:
    opening(ctx, topic=None)
    ctx.c(
        "chat",
        (
            "I lost my card at {place} around {time}",
            "pretty sure my wallet got stolen at {place}, please lock the card ending {last4}",
            "can't find my card anywhere, last used it {date} at {merchant}",
            "FREEZE MY CARD",
        ),
        (
            "perdí mi tarjeta en {place} como a las {time}",
            "creo que me robaron la cartera en {place}, bloqueen la tarjeta con terminación {last4}",
            "no encuentro mi tarjeta, la usé por última vez el {date} en {merchant}",
            "BLOQUEEN MI TARJETA",
        ),
        ("perdí mi card en {place}", "lock my tarjeta ending {last4} porfa"),
    )
    verify(ctx)
    ctx.a(
        "info",
        (
            "I've locked {masked}. No charges went through after {time}. A new card will be mailed to {addr}.",
            "The card is frozen. Your new card will have a different number; shipping tracking: {ups}.",
            "Done. I see the last transaction was {amount} at {merchant} on {date}, which you made. Nothing suspicious.",
        ),
        (
            "Ya bloqueé la tarjeta {masked}. No hubo cargos después de las {time}. La nueva se enviará a {addr}.",
            "La tarjeta está congelada. La nueva tendrá otro número; guía de envío: {ups}.",
            "Listo. La última compra fue de {amount} en {merchant} el {date}, hecha por usted.",
        ),
        ("Ya bloqueé {masked}, the new one arrives in 5-7 days.",),
    )
    close(ctx)


def fam_refund(ctx: Ctx) -> None:
    opening(ctx, topic=None)
    ctx.c(
        "chat",
        (
            "{merchant} said they issued a refund on {date}, reference {ref}, but I don't see it",
            "the store gave me this refund number {ref} for {amount}",
            "refund of {amount} from order {order} never showed up",
            "airline says refund ARN is {arn}, can you find it?",
        ),
        (
            "{merchant} dice que hizo el reembolso el {date}, referencia {ref}, pero no lo veo",
            "la tienda me dio este número de reembolso {ref} por {amount}",
            "el reembolso de {amount} del pedido {order} nunca llegó",
            "la aerolínea dice que el ARN del reembolso es {arn}, lo pueden buscar?",
        ),
        ("el refund de {amount}, reference {ref}, no aparece", "{merchant} me dio el ARN {arn}"),
    )
    verify(ctx)
    ctx.a(
        "info",
        (
            "I found the credit of {amount} from {merchant}. It posted {date2}.",
            "Refunds can take up to 10 business days. I don't see reference {ref} yet; if it's not there by {date2}, we'll open a dispute.",
            "Thanks, with that ARN I can see the refund is in transit. It should post by {date2}.",
        ),
        (
            "Encontré el abono de {amount} de {merchant}. Se aplicó el {date2}.",
            "Los reembolsos tardan hasta 10 días hábiles. Aún no veo la referencia {ref}; si no aparece para el {date2}, abrimos aclaración.",
        ),
        ("I found the refund de {amount}, posted {date2}.",),
    )
    close(ctx)


def fam_update_info(ctx: Ctx) -> None:
    opening(ctx, topic=None)
    ctx.c(
        "chat",
        (
            "I need to update my address, new one is {addr}",
            "new phone number: {phone}",
            "please change my email to {email} and my phone to {phone}",
            "I moved. {addr}. zip+4 is {zip4}",
            "call me at {phone} between {time} and {time2} please",
        ),
        (
            "necesito actualizar mi dirección, la nueva es {addr}",
            "mi nuevo número de {cel}: {phone}",
            "cambien mi correo a {email} y mi teléfono a {phone}",
            "me mudé. {addr}",
            "llámenme al {phone} entre {time} y {time2} por favor",
        ),
        ("update my address, la nueva es {addr}", "mi new phone es {phone}"),
    )
    verify(ctx, ctx.rng.choice((1, 2, 3)))
    ctx.a(
        "info",
        (
            "Updated. We'll send a confirmation to both the old and new address.",
            "Your phone number is now {phone}. You'll receive a text to confirm.",
            "Done. I also updated the billing ZIP to {zip}.",
        ),
        (
            "Actualizado. Enviaremos confirmación a la dirección anterior y a la nueva.",
            "Su número ahora es {phone}. Le llegará un mensaje de confirmación.",
        ),
        ("Done, your phone now es {phone}.",),
    )
    close(ctx)


def fam_direct_deposit(ctx: Ctx) -> None:
    opening(ctx, topic=None)
    ctx.c(
        "chat",
        (
            "what's your routing number for direct deposit?",
            "my employer needs the routing and account number for my paycheck",
            "is the routing number {routing} correct for wires?",
        ),
        (
            "cuál es el número de ruta para el depósito directo?",
            "mi trabajo necesita el número de ruta y de cuenta para la nómina",
            "el número de ruta {routing} es el correcto para transferencias?",
        ),
        ("cuál es el routing number para direct deposit?",),
    )
    verify(ctx)
    ctx.a(
        "info",
        (
            "Our routing number is {routing}. Your full account number is in the app under Account details.",
            "Routing number: {routing}. Account number: {acct}. Funds arrive up to 2 days early.",
            "For wires use {routing}; for ACH direct deposit use the same number.",
        ),
        (
            "Nuestro número de ruta es {routing}. Su número de cuenta completo está en la app, en Detalles de la cuenta.",
            "Número de ruta: {routing}. Número de cuenta: {acct}.",
        ),
        ("Our routing number es {routing}.",),
    )
    close(ctx)


def fam_cvv_where(ctx: Ctx) -> None:
    opening(ctx, topic=None)
    ctx.c(
        "chat",
        (
            "where's the cvv on my card? the numbers on the back are faded",
            "my new card doesn't have a security code on the back?",
            "the website keeps saying invalid security code",
            "does the cvv change when I get a new card?",
            "amex asks for a 4 digit code, where is it",
        ),
        (
            "dónde está el cvv de mi tarjeta? los números de atrás están borrosos",
            "mi tarjeta nueva no tiene código de seguridad atrás?",
            "la página me dice código de seguridad inválido",
            "el cvv cambia con la tarjeta nueva?",
        ),
        ("dónde está el CVV de mi card?", "the website dice invalid security code"),
    )
    ctx.a(
        "info",
        (
            "On Visa, Mastercard and Discover it's the 3-digit number on the back; on Amex it's 4 digits on the front. Please don't share it here.",
            "Yes, every new card comes with a new security code. Make sure you're using the new card's expiry and code on the website.",
            "Newer cards show it in the app under Card details > Show security code. Don't type it in this chat.",
        ),
        (
            "En Visa y Mastercard son 3 dígitos atrás; en Amex son 4 al frente. Por favor no lo comparta aquí.",
            "Sí, cada tarjeta nueva trae código nuevo. Use la fecha y el código de la tarjeta nueva.",
            "En la app lo ve en Detalles de la tarjeta > Mostrar código. No lo escriba en este chat.",
        ),
        ("It's the 3 digits atrás de la tarjeta, please no lo compartas aquí.",),
    )
    close(ctx)


def fam_scam_talk(ctx: Ctx) -> None:
    opening(ctx, topic=None)
    ctx.c(
        "chat",
        (
            "someone called pretending to be you asking for my pin, I hung up",
            "I got a text from {phone} saying my account is locked and to click a link, is that you?",
            "a lady called from {phone} and asked for the code you sent me. I didn't give it",
            "got an email asking for my password, looks fake",
            "someone asked for my social on the phone, said they were from {issuer}",
        ),
        (
            "me llamaron haciéndose pasar por ustedes pidiéndome el pin, les colgué",
            "me llegó un mensaje del {phone} diciendo que mi cuenta está bloqueada y que dé clic en un link, son ustedes?",
            "me llamó una señora del {phone} pidiendo el código que me mandaron. no se lo di",
            "me llegó un correo pidiendo mi contraseña, se ve falso",
            "ar|me llamaron pidiendo la clave del home banking, corté",
        ),
        ("me llamaron asking for my PIN, les colgué", "got a text raro del {phone}"),
    )
    ctx.a(
        "info",
        (
            "Good call. We will never ask for your PIN, password, security code or the codes we text you.",
            "That's not us. Don't click the link. Forward the text to 7726 (SPAM) and delete it.",
            "Thanks for reporting it. I've added a fraud flag to your account, case {case}.",
        ),
        (
            "Hizo bien. Nunca le pediremos su NIP, contraseña, código de seguridad ni los códigos que le enviamos.",
            "No somos nosotros. No dé clic. Reenvíe el mensaje al 7726 y bórrelo.",
            "Gracias por reportarlo. Agregué una alerta de fraude a su cuenta, folio {case}.",
        ),
        ("Good call, nunca te pedimos tu PIN ni codes.",),
    )
    ctx.a("warn", *WARN)
    close(ctx)


def fam_order(ctx: Ctx) -> None:
    opening(ctx, topic=None)
    ctx.c(
        "chat",
        (
            "I ordered from {merchant}, order {order} on {date}, never arrived. Can I dispute?",
            "order #{order} for {amount} was cancelled but I was still charged",
            "the seller gave me tracking {usps} but it says label created since {date}",
            "UPS says delivered ({ups}) but I never got it",
        ),
        (
            "pedí en {merchant}, pedido {order} el {date}, nunca llegó. puedo reclamar?",
            "el pedido {order} de {amount} se canceló pero igual me cobraron",
            "el vendedor me dio la guía {usps} pero dice etiqueta creada desde el {date}",
            "UPS dice entregado ({ups}) pero nunca lo recibí",
        ),
        ("my order {order} de {merchant} nunca llegó", "el tracking {ups} dice delivered pero no"),
    )
    verify(ctx)
    ctx.a(
        "info",
        (
            "Yes. Since it's been more than 15 days, I've opened case {case} for {amount}.",
            "Please contact the merchant first; if they don't respond by {date2}, reach back and mention order {order}.",
        ),
        (
            "Sí. Como ya pasaron más de 15 días, abrí el caso {case} por {amount}.",
            "Primero contacte al comercio; si no responde para el {date2}, escríbanos con el pedido {order}.",
        ),
        ("Ok, abrí el case {case} por {amount}.",),
    )
    close(ctx)


def fam_bot_menu(ctx: Ctx) -> None:
    ctx.persona = "bot"
    ctx.agent_name = ctx.rng.choice(BOT_NAMES)
    ctx.a("greeting", *GREET_BOT)
    ctx.c(
        "chat",
        ("4", "agent", "representative", "talk to a human", "2", "balance"),
        ("4", "agente", "hablar con una persona", "asesor", "2", "saldo"),
        ("agent", "hablar con un agent"),
    )
    if maybe(ctx, 0.5):
        ctx.a(
            "bot",
            (
                "Your current balance is {amount}. Your next payment of {amount2} is due {date}.",
                "I can help with that. First, what are the last 4 digits of your card?",
            ),
            (
                "Su saldo actual es {amount}. Su próximo pago de {amount2} vence el {date}.",
                "Le ayudo con eso. Primero, ¿cuáles son los últimos 4 dígitos de su tarjeta?",
            ),
        )
        ctx.c("answer", *VERIFY_ANSWER["last4"])
    ctx.a("handoff", *HANDOFF)
    ctx.agent_name = ctx.rng.choice(AGENT_NAMES)
    ctx.persona = "human"
    ctx.a("greeting", *GREET_HUMAN)
    verify(ctx)
    ending(ctx)


def fam_chatty(ctx: Ctx) -> None:
    """A long, rambling clean conversation with numbers everywhere."""
    opening(ctx, topic=None)
    lines_en = (
        "so on {date} I went to {merchant} and paid {amount}, then at {time} there was another {amount2}",
        "my daughter's phone is {phone} if you need to call her, she's an authorized user",
        "we live at {addr}",
        "the card ending {last4} is mine, the one ending {oldlast4} is my wife's",
        "I called {tollfree} yesterday and waited {mins} minutes",
        "my account number? it's on the statement, {acct}, but I don't think you need it",
        "case {case} was opened last month and nobody called me back",
        "I've been a customer since {year}",
        "the rep gave me this reference {ref} last time",
        "also my zip is {zip4} not {otherzip}",
        "idk my pin, I never use the atm",
        "i don't even know my password honestly, I use face id",
        "and the code you text me always comes late",
    )
    lines_es = (
        "el {date} fui a {merchant} y pagué {amount}, luego a las {time} salió otro de {amount2}",
        "el {cel} de mi hija es {phone} por si la necesitan, ella es adicional",
        "vivimos en {addr}",
        "la tarjeta con terminación {last4} es la mía, la {oldlast4} es de mi esposo",
        "llamé al {tollfree} ayer y esperé {mins} minutos",
        "mi número de cuenta? está en el estado de cuenta, {acct}, pero no creo que lo necesiten",
        "el folio {case} lo abrieron el mes pasado y nadie me llamó",
        "soy cliente desde {year}",
        "la vez pasada me dieron esta referencia {ref}",
        "y mi código postal es {zip4}, no {otherzip}",
        "no me sé el pin, nunca uso el cajero",
        "ni sé mi contraseña, entro con la huella",
        "y el código que me mandan siempre llega tarde",
    )
    assert len(lines_en) == len(lines_es)
    order = list(range(len(lines_es)))
    ctx.rng.shuffle(order)
    for i in order[: ctx.rng.randint(3, 6)]:
        ctx.cust("chat", ctx.pick((lines_en[i],), (lines_es[i],)))
        if maybe(ctx, 0.45):
            ctx.a("small", *SMALL_AGENT)
    verify(ctx, 1)
    ending(ctx)


# --------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------

Family = Callable[[Ctx], None]

SECRET_FAMILIES: tuple[tuple[tuple[str, Family], float], ...] = (
    (("card_volunteer", fam_card_volunteer), 10),
    (("card_cue_split", fam_card_cue_split), 4),
    (("card_split", fam_card_split), 7),
    (("card_voice", fam_card_voice), 4),
    (("card_disguised", fam_card_disguised), 5),
    (("card_fix", fam_card_fix), 2.5),
    (("card_form", fam_card_form), 4),
    (("card_after_ask", fam_card_after_ask), 4),
    (("cvv", fam_cvv), 5),
    (("ssn", fam_ssn), 8),
    (("otp_sms", fam_otp_sms), 7),
    (("otp_say", fam_otp_say), 7),
    (("otp_email", fam_otp_email), 2),
    (("otp_scam_report", fam_otp_scam_report), 2.5),
    (("password", fam_pw), 8),
    (("pin", fam_pin), 8),
    (("agent_leak", fam_agent_leak), 2.5),
    (("phisher_chain", fam_phisher_chain), 5),
    (("late_answer", fam_late_answer), 6),
    (("multi_secret", fam_multi_secret), 2.5),
)
CLEAN_FAMILIES: tuple[tuple[tuple[str, Family], float], ...] = (
    (("dispute", fam_dispute), 9),
    (("card_not_arrived", fam_card_not_arrived), 7),
    (("payment", fam_payment), 8),
    (("autopay", fam_autopay), 5),
    (("travel", fam_travel), 5),
    (("credit_limit", fam_limit), 5),
    (("fraud_alert", fam_fraud_alert), 7),
    (("statement", fam_statement), 6),
    (("rewards", fam_rewards), 4),
    (("forgot_pin", fam_forgot_pin), 7),
    (("login_help", fam_login), 7),
    (("lost_card", fam_lost_card), 6),
    (("refund", fam_refund), 6),
    (("update_info", fam_update_info), 5),
    (("direct_deposit", fam_direct_deposit), 4),
    (("cvv_where", fam_cvv_where), 4),
    (("scam_talk", fam_scam_talk), 5),
    (("order", fam_order), 5),
    (("bot_menu", fam_bot_menu), 5),
    (("chatty", fam_chatty), 6),
)
LANGS: tuple[tuple[str, float], ...] = (("en", 50), ("es", 35), ("mix", 15))


def generate(seed: int, count: int = 480) -> list[Conversation]:
    """`count` conversations; the same seed always gives the same set."""
    rng = Random(seed)
    conversations: list[Conversation] = []
    for index in range(count):
        lang = wpick(rng, LANGS)
        r = rng.random()
        if r < 0.45:
            name, family = wpick(rng, SECRET_FAMILIES)
        elif r < 0.55:
            name, family = "ask_refused", fam_ask_refused
        else:
            name, family = wpick(rng, CLEAN_FAMILIES)
        for _attempt in range(200):
            ctx = Ctx(rng, lang)
            try:
                family(ctx)
                messages = ctx.finish()
            except Retry:
                continue
            break
        else:
            raise AssertionError(f"could not write a {name} conversation")
        holds = any(m.labels for m in messages)
        assert holds == (name in {n for (n, _), _ in SECRET_FAMILIES}), (name, holds)
        conversations.append(
            Conversation(cid=f"s9-{seed}-{index:04d}", kind=name, lang=lang, messages=messages)
        )
    return conversations


def _self_check() -> None:  # pragma: no cover - run by hand: python -m tests.blind.e2e_set9
    from collections import Counter

    for seed in (1, 2, 3):
        convs = generate(seed)
        again = generate(seed)
        assert [[m.text for m in c.messages] for c in convs] == [
            [m.text for m in c.messages] for c in again
        ]
        labels = Counter(lab.type for c in convs for m in c.messages for lab in m.labels)
        asks = Counter(t for c in convs for m in c.messages for t in m.requested)
        msgs = sum(len(c.messages) for c in convs)
        secret = sum(any(m.labels for m in c.messages) for c in convs)
        langs = Counter(c.lang for c in convs)
        print(
            f"seed {seed}: {len(convs)} conversations ({secret} with a secret), {msgs} messages, langs {dict(langs)}"
        )
        print(
            f"  labels {dict(labels)}  split parts {sum(lab.split_part for c in convs for m in c.messages for lab in m.labels)}"
        )
        print(f"  asks {dict(asks)}")


if __name__ == "__main__":
    _self_check()
