# ruff: noqa: E501
"""Sixteenth blind end-to-end set: the accessibility-first support channel of a US card issuer.

Written blind: without reading guard's code, rules, tests, benchmarks or README, and
without running guard. Only the shared schema (`tests.blind.e2e_set`) and the scorer
(`tests.blind.evaluate_e2e`) were read.

Setting (2026): "Northway", a US card issuer, runs a chat channel built for customers with
disabilities, in English (~55%), Spanish (~30%) and Spanglish (~15%). Who writes there:

- customers who dictate (speech-to-text): numbers as words or as digits or both, spoken
  punctuation left in ("period", "comma", "punto", "coma"), homophones ("for", "to",
  "won", "ate", "oh"), "double five", pairs ("forty one eleven"), no capitals, run-ons;
- screen-reader users typing slowly in short bursts, repeating a value to be sure, and
  typing a card over two to four messages (split parts);
- relay-service calls: an operator types for a deaf or speech-impaired customer, in
  capitals, with "(CUSTOMER SAYS)", "GA" at the end of a turn and "SK" to end;
- OCR: text recognized from a photo of a card, a PIN mailer, a Social Security card, a
  text-message screenshot, a statement, a letter or a receipt, with OCR damage (O for 0,
  l or I for 1, S for 5, B for 8, Z for 2, lost or extra spaces, broken lines); the card,
  code, SSN, one-time code or PIN in it is labelled exactly as it appears;
- caregivers, adult children and power-of-attorney holders writing for someone else.

Agents (people and a bot) mostly verify legitimately (last four, ZIP, date of birth,
name, amount of a recent charge, expiry alone) and talk about secrets without asking for
them; some ask for what they must not (full card, code, full SSN, texted code, password,
PIN), kindly, folded into an allowed ask, relay-style, in a numbered list, or as a phisher.
About half of the conversations hold no secret at all and carry many hard negatives
(amounts and dates in words, phone and TTY numbers, relay operator numbers, ZIP codes,
masked numbers, letter, claim and case references, medication doses, room numbers).

`generate(seed, count)` is deterministic (one seeded `random.Random`) and checks its own
labels before returning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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

BANK = "Northway"

# --------------------------------------------------------------------------------------
# Numbers in words
# --------------------------------------------------------------------------------------

EN_DIGIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
EN_HOMOPHONE = {
    "0": ["oh", "oh", "zero"],
    "1": ["won"],
    "2": ["to", "too"],
    "4": ["for"],
    "8": ["ate"],
}
ES_DIGIT = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
EN_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ES_TEENS = [
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
]
ES_TENS = [
    "",
    "",
    "veinte",
    "treinta",
    "cuarenta",
    "cincuenta",
    "sesenta",
    "setenta",
    "ochenta",
    "noventa",
]
ES_VEINTI = [
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
]
ES_HUNDREDS = [
    "",
    "ciento",
    "doscientos",
    "trescientos",
    "cuatrocientos",
    "quinientos",
    "seiscientos",
    "setecientos",
    "ochocientos",
    "novecientos",
]

EN_ORD = [
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
EN_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
ES_MONTHS = [
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


def en_num(n: int) -> str:
    if n < 10:
        return EN_DIGIT[n]
    if n < 20:
        return EN_TEENS[n - 10]
    if n < 100:
        return EN_TENS[n // 10] + ("" if n % 10 == 0 else " " + EN_DIGIT[n % 10])
    if n < 1000:
        rest = n % 100
        return EN_DIGIT[n // 100] + " hundred" + ("" if rest == 0 else " " + en_num(rest))
    rest = n % 1000
    return en_num(n // 1000) + " thousand" + ("" if rest == 0 else " " + en_num(rest))


def es_num(n: int) -> str:
    if n < 10:
        return ES_DIGIT[n]
    if n < 20:
        return ES_TEENS[n - 10]
    if n < 30:
        return ES_VEINTI[n - 20]
    if n < 100:
        return ES_TENS[n // 10] + ("" if n % 10 == 0 else " y " + ES_DIGIT[n % 10])
    if n == 100:
        return "cien"
    if n < 1000:
        rest = n % 100
        return ES_HUNDREDS[n // 100] + ("" if rest == 0 else " " + es_num(rest))
    rest = n % 1000
    head = "mil" if n // 1000 == 1 else es_num(n // 1000) + " mil"
    return head + ("" if rest == 0 else " " + es_num(rest))


def en_ordinal(n: int) -> str:
    if n <= 20:
        return EN_ORD[n]
    if n % 10 == 0:
        return "thirtieth"
    return EN_TENS[n // 10] + " " + EN_ORD[n % 10]


# --------------------------------------------------------------------------------------
# Secret values: generation
# --------------------------------------------------------------------------------------

BRANDS: list[tuple[str, float]] = [
    ("visa", 0.38),
    ("mastercard", 0.24),
    ("amex", 0.15),
    ("discover", 0.11),
    ("jcb", 0.06),
    ("diners", 0.06),
]
BRAND_WORD = {
    "visa": "VISA",
    "mastercard": "mastercard",
    "amex": "AMERICAN EXPRESS",
    "discover": "DISCOVER",
    "jcb": "JCB",
    "diners": "Diners Club",
}


def make_card(rng: Random, brand: str) -> str:
    if brand == "visa":
        prefix, length = "4" + str(rng.randint(0, 9)), 16
    elif brand == "mastercard":
        prefix = str(rng.randint(51, 55)) if rng.random() < 0.7 else str(rng.randint(2221, 2720))
        length = 16
    elif brand == "amex":
        prefix, length = rng.choice(["34", "37"]), 15
    elif brand == "discover":
        prefix, length = rng.choice(["6011", "65", str(rng.randint(644, 649))]), 16
    elif brand == "jcb":
        prefix, length = str(rng.randint(3528, 3589)), 16
    else:
        prefix, length = rng.choice(["36", str(rng.randint(300, 305))]), 14
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def card_groups(digits: str) -> list[str]:
    sizes = {15: [4, 6, 5], 14: [4, 6, 4]}.get(len(digits), [4] * (len(digits) // 4))
    out, pos = [], 0
    for size in sizes:
        out.append(digits[pos : pos + size])
        pos += size
    return out


def ssn_valid(digits: str) -> bool:
    if len(digits) != 9 or not digits.isdigit():
        return False
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    if area in (0, 666) or area >= 900 or group == 0 or serial == 0:
        return False
    return digits not in {"123456789", "078051120", "219099999"}


def make_ssn(rng: Random) -> str:
    while True:
        digits = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn_valid(digits):
            return digits


PW_WORDS = [
    "Sunflower",
    "Bluebird",
    "Rosita",
    "Marley",
    "Piolin",
    "Chispita",
    "Lakers",
    "Tigre",
    "Gardenia",
    "Bingo",
    "Paloma",
    "Redwood",
    "Corazon",
    "Buster",
    "Mariposa",
    "Walnut",
    "Cielito",
    "Hummingbird",
]
PW_SYMBOLS = ["!", "@", "#", "$", "_", "*"]
EN_SYMBOL = {
    "!": "exclamation point",
    "@": "at sign",
    "#": "pound sign",
    "$": "dollar sign",
    "_": "underscore",
    "*": "asterisk",
}
ES_SYMBOL = {
    "!": "signo de exclamación",
    "@": "arroba",
    "#": "numeral",
    "$": "signo de dólar",
    "_": "guion bajo",
    "*": "asterisco",
}


def make_password(rng: Random) -> str:
    word = rng.choice(PW_WORDS)
    digits = rng.choice(
        [str(rng.randint(1940, 2026)), f"{rng.randint(1, 99):02d}", str(rng.randint(100, 999))]
    )
    symbol = rng.choice(PW_SYMBOLS)
    shape = rng.random()
    if shape < 0.5:
        return word + digits + symbol
    if shape < 0.75:
        return word.lower() + symbol + digits
    return symbol + word + digits


# --------------------------------------------------------------------------------------
# Secret values: rendering as written
# --------------------------------------------------------------------------------------

EN_GROUP_JOIN = [" ", " ", ", ", " comma ", " dash "]
ES_GROUP_JOIN = [" ", " ", ", ", " coma ", " guion "]
OCR_SUB = {"0": ["O", "o"], "1": ["l", "I"], "5": ["S"], "8": ["B"], "2": ["Z"]}


def digit_word(d: str, lang: str, rng: Random, homophones: bool) -> str:
    if lang == "es":
        return ES_DIGIT[int(d)]
    if d == "0":
        return rng.choice(EN_HOMOPHONE["0"])
    if homophones and d in EN_HOMOPHONE and rng.random() < 0.3:
        return rng.choice(EN_HOMOPHONE[d])
    return EN_DIGIT[int(d)]


def words_group(group: str, lang: str, rng: Random, homophones: bool = True) -> str:
    out: list[str] = []
    i = 0
    while i < len(group):
        d = group[i]
        if lang == "en" and i + 1 < len(group) and group[i + 1] == d and rng.random() < 0.25:
            out.append("double " + digit_word(d, lang, rng, homophones=False))
            i += 2
            continue
        out.append(digit_word(d, lang, rng, homophones))
        i += 1
    return " ".join(out)


def pair_words(pair: str, lang: str) -> str:
    a, b = int(pair[0]), int(pair[1])
    if lang == "en":
        if a == 0:
            return "oh " + EN_DIGIT[b]
        if a == 1:
            return EN_TEENS[b]
        return EN_TENS[a] + ("" if b == 0 else " " + EN_DIGIT[b])
    if a == 0:
        return "cero " + ES_DIGIT[b]
    if a == 1:
        return ES_TEENS[b]
    if a == 2:
        return ES_VEINTI[b]
    return ES_TENS[a] + ("" if b == 0 else " y " + ES_DIGIT[b])


def pairs_group(group: str, lang: str) -> str:
    return " ".join(pair_words(group[i : i + 2], lang) for i in range(0, len(group), 2))


def ocr_damage(value: str, rng: Random, rate: float = 0.22) -> str:
    chars = list(value)
    spots = [i for i, c in enumerate(chars) if c in OCR_SUB]
    if not spots:
        return value
    chosen = [i for i in spots if rng.random() < rate] or [rng.choice(spots)]
    for i in chosen:
        chars[i] = rng.choice(OCR_SUB[chars[i]])
    return "".join(chars)


def pick_lang(lang: str, rng: Random) -> str:
    return rng.choice(["en", "es"]) if lang == "mix" else lang


def join_groups(parts: list[str], lang: str, rng: Random) -> str:
    joiner = rng.choice(EN_GROUP_JOIN if lang == "en" else ES_GROUP_JOIN)
    return joiner.join(parts)


def render_groups(
    groups: list[str], mode: str, lang: str, rng: Random, pairs_ok: bool
) -> tuple[str, str]:
    """Render digit groups in the way `mode` writes numbers; returns (text, parse style)."""
    wlang = pick_lang(lang, rng)
    if mode == "dict":
        r = rng.random()
        if r < 0.4:
            return join_groups([words_group(g, wlang, rng) for g in groups], wlang, rng), "spoken"
        if r < 0.62:
            parts = [words_group(g, wlang, rng) if rng.random() < 0.5 else g for g in groups]
            if all(p.isdigit() for p in parts):
                parts[0] = words_group(groups[0], wlang, rng)
            return join_groups(parts, wlang, rng), "spoken"
        if r < 0.78 and pairs_ok:
            return join_groups([pairs_group(g, wlang) for g in groups], wlang, rng), "spoken"
        return rng.choice([" ", ", "]).join(groups), "digits"
    if mode == "relay":
        if rng.random() < 0.5:
            text = join_groups(
                [words_group(g, wlang, rng, homophones=False) for g in groups], wlang, rng
            )
            return text.upper(), "spoken"
        return " ".join(groups), "digits"
    if mode == "ocr":
        text = " ".join(groups)
        text = ocr_damage(text, rng)
        if len(groups) > 2 and rng.random() < 0.25:  # a lost space
            cut = text.index(" ")
            text = text[:cut] + text[cut + 1 :]
        elif len(groups) > 2 and rng.random() < 0.15:  # a broken line
            cut = text.rindex(" ")
            text = text[:cut] + "\n" + text[cut + 1 :]
        return text, "ocr"
    if mode == "care" and rng.random() < 0.15:
        return join_groups(
            [words_group(g, wlang, rng, homophones=False) for g in groups], wlang, rng
        ), "spoken"
    return rng.choice(["", " ", " ", "-"]).join(groups), "digits"


def render_short(digits: str, mode: str, lang: str, rng: Random) -> tuple[str, str]:
    """A CVV, one-time code or PIN as written."""
    wlang = pick_lang(lang, rng)
    if mode == "dict":
        r = rng.random()
        if r < 0.6:
            return words_group(digits, wlang, rng), "spoken"
        if r < 0.75 and len(digits) % 2 == 0:
            return pairs_group(digits, wlang), "spoken"
        return digits, "digits"
    if mode == "relay":
        if rng.random() < 0.5:
            return words_group(digits, wlang, rng, homophones=False).upper(), "spoken"
        return digits, "digits"
    if mode == "ocr":
        text = ocr_damage(digits, rng, 0.3)
        if len(digits) == 6 and rng.random() < 0.3:
            text = text[:3] + " " + text[3:]
        return text, "ocr"
    r = rng.random()
    if len(digits) >= 6 and r < 0.25:
        half = len(digits) // 2
        return digits[:half] + " " + digits[half:], "digits"
    if r < 0.4:
        return " ".join(digits), "digits"
    if mode == "care" and r < 0.5:
        return words_group(digits, wlang, rng, homophones=False), "spoken"
    return digits, "digits"


def render_ssn(digits: str, mode: str, lang: str, rng: Random) -> tuple[str, str]:
    groups = [digits[:3], digits[3:5], digits[5:]]
    wlang = pick_lang(lang, rng)
    if mode == "dict":
        r = rng.random()
        if r < 0.55:
            joiner = rng.choice([", ", " dash " if wlang == "en" else " guion ", " "])
            return joiner.join(words_group(g, wlang, rng) for g in groups), "spoken"
        if r < 0.75:
            parts = [g if i != 1 else words_group(g, wlang, rng) for i, g in enumerate(groups)]
            return ", ".join(parts), "spoken"
        return " ".join(groups), "digits"
    if mode == "relay":
        if rng.random() < 0.45:
            return ", ".join(
                words_group(g, wlang, rng, homophones=False) for g in groups
            ).upper(), "spoken"
        return "-".join(groups), "digits"
    if mode == "ocr":
        return ocr_damage("-".join(groups), rng), "ocr"
    return rng.choice(["-", "-", " ", ""]).join(groups), "digits"


def render_password(pw: str, mode: str, lang: str, rng: Random) -> tuple[str, str]:
    wlang = pick_lang(lang, rng)
    if mode not in ("dict", "relay") and rng.random() < 0.85:
        return pw, "pw"
    symbols = EN_SYMBOL if wlang == "en" else ES_SYMBOL
    capital = "capital" if wlang == "en" else "mayúscula"
    tokens: list[str] = []
    if rng.random() < 0.5:  # spelled out letter by letter
        for ch in pw:
            if ch.isupper():
                tokens.append(f"{capital} {ch.lower()}")
            elif ch.isalpha():
                tokens.append(ch)
            elif ch.isdigit():
                tokens.append(EN_DIGIT[int(ch)] if wlang == "en" else ES_DIGIT[int(ch)])
            else:
                tokens.append(symbols[ch])
        text = rng.choice([" ", ", "]).join(tokens)
    else:  # words as words, symbols spelled out
        for chunk in re.findall(r"[A-Za-z]+|\d+|[^A-Za-z\d]", pw):
            if chunk.isalpha():
                tokens.append(chunk if chunk[0].isupper() else chunk.lower())
            elif chunk.isdigit():
                tokens.append(chunk)
            else:
                tokens.append(symbols[chunk])
        text = " ".join(tokens)
    if mode == "relay":
        text = text.upper()
    return text, "pwspoken"


# --------------------------------------------------------------------------------------
# Reading a rendered value back (the self-check)
# --------------------------------------------------------------------------------------

WORD_DIGIT: dict[str, str] = {w: str(i) for i, w in enumerate(EN_DIGIT)}
WORD_DIGIT.update({w: str(i) for i, w in enumerate(ES_DIGIT)})
WORD_DIGIT.update({"oh": "0", "won": "1", "to": "2", "too": "2", "for": "4", "ate": "8"})
UNIT_WORD: dict[str, str] = {EN_DIGIT[i]: str(i) for i in range(1, 10)}
UNIT_WORD.update({ES_DIGIT[i]: str(i) for i in range(1, 10)})
TENS_WORD: dict[str, str] = {EN_TENS[i]: str(i) for i in range(2, 10)}
TENS_WORD.update({ES_TENS[i]: str(i) for i in range(3, 10)})
TWO_DIGIT_WORD: dict[str, str] = {w: str(10 + i) for i, w in enumerate(EN_TEENS)}
TWO_DIGIT_WORD.update({w: str(10 + i) for i, w in enumerate(ES_TEENS)})
TWO_DIGIT_WORD.update({w: str(20 + i) for i, w in enumerate(ES_VEINTI)})
SPOKEN_SKIP = {"comma", "coma", "dash", "guion"}
OCR_READ = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8", "Z": "2"}


def read_spoken(text: str) -> str:
    tokens = re.findall(r"[a-záéíóúüñ]+|\d", text.lower())
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.isdigit():
            out.append(tok)
        elif tok in ("double", "triple"):
            i += 1
            out.append(WORD_DIGIT[tokens[i]] * (2 if tok == "double" else 3))
        elif tok in TENS_WORD:
            j = i + 1
            if j < len(tokens) and tokens[j] == "y":
                j += 1
            if j < len(tokens) and tokens[j] in UNIT_WORD:
                out.append(TENS_WORD[tok] + UNIT_WORD[tokens[j]])
                i = j
            else:
                out.append(TENS_WORD[tok] + "0")
        elif tok in TWO_DIGIT_WORD:
            out.append(TWO_DIGIT_WORD[tok])
        elif tok in WORD_DIGIT:
            out.append(WORD_DIGIT[tok])
        elif tok not in SPOKEN_SKIP:
            raise AssertionError(f"unreadable token {tok!r} in {text!r}")
        i += 1
    return "".join(out)


def read_digits(text: str) -> str:
    assert re.fullmatch(r"[\d \-,.]+", text), text
    return re.sub(r"\D", "", text)


def read_ocr(text: str) -> str:
    out = []
    for ch in text:
        if ch.isdigit():
            out.append(ch)
        elif ch in OCR_READ:
            out.append(OCR_READ[ch])
        else:
            assert ch in " \n-", f"unreadable OCR character {ch!r} in {text!r}"
    return "".join(out)


SYMBOL_READ = {v: k for k, v in EN_SYMBOL.items()} | {v: k for k, v in ES_SYMBOL.items()}


def read_password(text: str) -> str:
    words = text.replace(", ", " ").split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        low = words[i].lower()
        matched = False
        for size in (4, 3, 2, 1):
            phrase = " ".join(w.lower() for w in words[i : i + size])
            if phrase in SYMBOL_READ:
                out.append(SYMBOL_READ[phrase])
                i += size
                matched = True
                break
        if matched:
            continue
        if low in ("capital", "mayúscula"):
            out.append(words[i + 1].upper())
            i += 2
            continue
        if low in EN_DIGIT or low in ES_DIGIT:
            out.append(WORD_DIGIT[low])
        else:
            out.append(words[i])
        i += 1
    return "".join(out)


BRAND_PREFIX_RE = re.compile(r"^(4|5[1-5]|2[2-7]|3[47]|3[0689]|6011|6[2458]|35)")


def brand_length_ok(d: str) -> bool:
    n = len(d)
    if d.startswith("4"):
        return n in (13, 16, 19)
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return n == 16
    if d[:2] in ("34", "37"):
        return n == 15
    if d.startswith(("6011", "65")) or 644 <= int(d[:3]) <= 649:
        return n in (16, 19)
    if 3528 <= int(d[:4]) <= 3589:
        return n in (16, 19)
    if d.startswith("36") or 300 <= int(d[:3]) <= 305:
        return n == 14
    return False


# --------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------
# Modes: dict (speech-to-text), sr (screen reader, short bursts), relay (operator types,
# capitals, GA/SK), ocr (pasted image text), care (caregiver / power of attorney).
# Secret slots: card, card2 (same card again), cvv, ssn, ssn2, otp, pin, pw.

MODES = ("dict", "sr", "relay", "ocr", "care")
SECRET_SLOT_RE = re.compile(r"^(card|cvv|ssn|otp|pin|pw)\d?$")
SLOT_TYPE = {"card": CC, "cvv": CVV, "ssn": SSN, "otp": OTP, "pin": PIN, "pw": PW}
SLOT_RE16 = re.compile(r"\{(\w+)\}")

# (mode, lang, template): customer messages that hold secrets
SECRET_TEMPLATES: list[tuple[str, str, str]] = [
    # dictation, English
    ("dict", "en", "ok so the card number is {card} period and it expires {exp_w} period"),
    (
        "dict",
        "en",
        "yes the numbers on the front are {card} new line the three on the back are {cvv}",
    ),
    ("dict", "en", "my social is {ssn} period i was born {dob_w}"),
    ("dict", "en", "the code that came on my phone says {otp} period do i put it somewhere"),
    (
        "dict",
        "en",
        "um the pin i picked was {pin} comma but the machine at the pharmacy keeps saying wrong pin",
    ),
    ("dict", "en", "password for the app is {pw} i think period my daughter set it up"),
    ("dict", "en", "card {card} comma security code {cvv} comma zip {zip} period"),
    ("dict", "en", "its {card} no wait let me read it again slower {card2}"),
    ("dict", "en", "hold on the text says your code is {otp} and something about not sharing it"),
    (
        "dict",
        "en",
        "sorry my phone types what i say period social security {ssn} and my zip is {zip}",
    ),
    ("dict", "en", "the numbers on the back are {cvv} period i had to use the magnifier"),
    # dictation, Spanish
    ("dict", "es", "el número de la tarjeta es {card} punto vence en {exp_es} punto"),
    ("dict", "es", "mi seguro social es {ssn} coma nací el {dob_es}"),
    ("dict", "es", "el código que me llegó dice {otp} punto qué hago con él"),
    ("dict", "es", "el pin es {pin} pero el cajero me lo rechaza coma ya van dos veces"),
    ("dict", "es", "la contraseña de la aplicación es {pw} punto"),
    ("dict", "es", "atrás de la tarjeta dice {cvv} nueva línea y adelante {card}"),
    ("dict", "es", "los números de atrás son {cvv} punto"),
    # dictation, Spanglish
    ("dict", "mix", "ok el card number es {card} y el code de atrás {cvv} punto"),
    ("dict", "mix", "me llegó un text con el code {otp} coma what do i do with it"),
    ("dict", "mix", "my pin es {pin} period no me acuerdo si lo cambié"),
    ("dict", "mix", "el social de mi esposo is {ssn} period"),
    # screen reader, English
    ("sr", "en", "card number {card}"),
    ("sr", "en", "repeating to be sure: {card}"),
    ("sr", "en", "cvv {cvv}"),
    ("sr", "en", "ssn {ssn}. typed it twice to check: {ssn2}"),
    ("sr", "en", "code {otp}"),
    ("sr", "en", "pin is {pin}, same one as before"),
    ("sr", "en", "my password is {pw} (sorry, slow typist)"),
    ("sr", "en", "ok. {card} exp {exp}"),
    # screen reader, Spanish
    ("sr", "es", "número {card}"),
    ("sr", "es", "repito para estar segura: {card}"),
    ("sr", "es", "el código de seguridad {cvv}"),
    ("sr", "es", "seguro social {ssn}"),
    ("sr", "es", "código {otp}"),
    ("sr", "es", "mi clave es {pw}"),
    ("sr", "es", "pin {pin}"),
    # screen reader, Spanglish
    ("sr", "mix", "ok el number es {card}"),
    ("sr", "mix", "the code es {otp}"),
    ("sr", "mix", "cvv {cvv} ok?"),
    # relay, English
    ("relay", "en", "(CUSTOMER SAYS) CARD NUMBER IS {card} GA"),
    (
        "relay",
        "en",
        "CUSTOMER SAYS SOCIAL IS {ssn} AND SHE WANTS TO KNOW WHY THE CARD WAS DECLINED GA",
    ),
    ("relay", "en", "(CUSTOMER SAYS) THE CODE ON MY PHONE IS {otp} GA"),
    ("relay", "en", "CUSTOMER IS READING THE BACK OF THE CARD (CUSTOMER SAYS) {cvv} GA"),
    ("relay", "en", "(CUSTOMER SAYS) MY PIN IS {pin} I KEEP FORGETTING IT GA"),
    ("relay", "en", "(CUSTOMER SAYS) PASSWORD IS {pw} GA"),
    # relay, Spanish
    ("relay", "es", "({cl} DICE) EL NÚMERO DE LA TARJETA ES {card} GA"),
    ("relay", "es", "({cl} DICE) MI SEGURO SOCIAL ES {ssn} GA"),
    ("relay", "es", "({cl} DICE) EL CÓDIGO QUE ME LLEGÓ ES {otp} GA"),
    ("relay", "es", "({cl} DICE) EL PIN ES {pin} GA"),
    ("relay", "es", "({cl} DICE) LOS NÚMEROS DE ATRÁS SON {cvv} GA"),
    ("relay", "es", "({cl} DICE) LA CONTRASEÑA ES {pw} GA"),
    # relay, Spanglish
    ("relay", "mix", "(CUSTOMER SAYS) EL CARD NUMBER ES {card} GA"),
    # OCR, English
    ("ocr", "en", "here is the front [Image text]: {brand} {card} VALID THRU {exp} {holder}"),
    (
        "ocr",
        "en",
        "photo of the back [Image text]: AUTHORIZED SIGNATURE - NOT VALID UNLESS SIGNED\n{cvv}\nCUSTOMER SERVICE {phone}",
    ),
    (
        "ocr",
        "en",
        "[Image text]: Your Personal ldentification Number (PIN) for the card ending in {last4} is: {pin}\nPlease memorize it and destroy this notice.",
    ),
    (
        "ocr",
        "en",
        "[Image text]: SOCIAL SECURITY\n{ssn}\nTHIS NUMBER HAS BEEN ESTABLISHED FOR\n{holder}",
    ),
    (
        "ocr",
        "en",
        "screenshot [Image text]: Messages Today {time} {bank}: your verification code is {otp}. We will never call to ask for it.",
    ),
    # OCR, Spanish
    ("ocr", "es", "le saqué foto [Texto de la imagen]: {brand} {card} VENCE {exp} {holder}"),
    (
        "ocr",
        "es",
        "[Texto de la imagen]: Su número de identificación personal (PIN) es {pin}\nMemorícelo y destruya este aviso.",
    ),
    (
        "ocr",
        "es",
        "[Image text]: {bank}: su código de verificación es {otp}. No lo comparta con nadie.",
    ),
    ("ocr", "es", "[Texto de la imagen]: SEGURO SOCIAL {ssn} {holder}"),
    ("ocr", "es", "foto de atrás [Texto de la imagen]: FIRMA AUTORIZADA\n{cvv}"),
    # OCR, Spanglish
    ("ocr", "mix", "le tomé foto a la card [Image text]: {card} {exp}"),
    ("ocr", "mix", "el back de la tarjeta [Image text]: NOT VALID UNLESS SIGNED {cvv}"),
    # caregiver, English
    (
        "care",
        "en",
        "I'm {my_rel}'s caregiver, {he} is legally blind. {His} card is {card} and the code on the back is {cvv}",
    ),
    (
        "care",
        "en",
        "I have power of attorney for {my_rel}. {His} social is {ssn}, {he}'s at {carehome} room {room}",
    ),
    (
        "care",
        "en",
        "{my_rel}'s pin is {pin}, {he} wrote it on the pill organizer. can you change it",
    ),
    ("care", "en", "{my_rel} got the text code {otp} but {he} can't read the screen anymore"),
    ("care", "en", "{his} online password is {pw}, I help {him} log in every month"),
    ("care", "en", "this is for {my_rel}, {he} takes {med} and gets confused. card {card}"),
    ("care", "en", "the code on the back of {his} card is {cvv}, I'm reading it for {him}"),
    # caregiver, Spanish
    ("care", "es", "soy {cuidadora} de {mi_rel}. su tarjeta es {card}"),
    ("care", "es", "tengo poder notarial de {mi_rel}, su seguro social es {ssn}"),
    ("care", "es", "el pin de {mi_rel} es {pin}, ya no se acuerda"),
    ("care", "es", "a {mi_rel} le llegó el código {otp} pero no ve bien la pantalla"),
    ("care", "es", "la contraseña de {mi_rel} es {pw}"),
    ("care", "es", "la tarjeta de {mi_rel} es {card}, los números de atrás {cvv}"),
    ("care", "es", "los números de atrás de la tarjeta de {mi_rel} son {cvv}"),
    # caregiver, Spanglish
    ("care", "mix", "I'm the caregiver de {mi_rel}, su card es {card} y el cvv {cvv}"),
    ("care", "mix", "{my_rel}'s seguro social es {ssn}, {he} only speaks spanish"),
    ("care", "mix", "el code que le llegó a {mi_rel} es {otp}"),
]

# Split cards: an optional lead-in, then the parts (mode, lang, part template)
SPLIT_LEADS: list[tuple[str, str, str]] = [
    ("sr", "en", "ok card number. it's long, I'll send it in pieces"),
    ("sr", "es", "ok el número, lo mando en partes porque escribo despacio"),
    ("sr", "mix", "ok te mando el card number en partes"),
    ("dict", "en", "ok im going to read the card slowly period"),
    ("dict", "es", "le voy a leer la tarjeta despacio punto"),
    ("dict", "mix", "ok voy a leer la card despacio"),
    ("relay", "en", "(CUSTOMER SAYS) HOLD ON READING THE CARD (CONT)"),
    ("relay", "es", "({cl} DICE) UN MOMENTO, ESTOY LEYENDO LA TARJETA (CONT)"),
    ("care", "en", "hold on, {he}'s reading it to me"),
    ("care", "es", "un momento, me lo está leyendo"),
]
SPLIT_PARTS: dict[tuple[str, str], list[str]] = {
    ("sr", "en"): ["{part}", "then {part}", "next: {part}", "{part} and that's the last of it"],
    ("sr", "es"): ["{part}", "luego {part}", "sigue {part}", "y al final {part}"],
    ("dict", "en"): ["{part}", "{part} comma", "and then {part}", "last part {part} period"],
    ("dict", "es"): ["{part}", "{part} coma", "y luego {part}", "lo último {part} punto"],
    ("relay", "en"): ["{part} (CONT)", "{part} (CONT)", "{part} GA"],
    ("relay", "es"): ["{part} (CONT)", "{part} (CONT)", "{part} GA"],
    ("care", "en"): ["{part}", "{part}", "then {part}"],
    ("care", "es"): ["{part}", "{part}", "después {part}"],
}

# (mode, lang, template): customer messages without secrets, heavy in look-alikes
CLEAN_OPENERS: list[tuple[str, str, str]] = [
    (
        "dict",
        "en",
        "hi period i need help with my card comma i am using voice typing so sorry for mistakes",
    ),
    ("dict", "en", "hello new line im blind and using dictation comma theres a charge i dont know"),
    (
        "dict",
        "es",
        "hola punto necesito ayuda con mi tarjeta coma estoy dictando así que perdón por los errores",
    ),
    ("dict", "mix", "hi necesito help con mi card comma estoy usando voice typing"),
    ("sr", "en", "hi. I use a screen reader, please be patient"),
    ("sr", "en", "hello. low vision here, typing slow"),
    ("sr", "es", "hola. uso lector de pantalla, tenga paciencia"),
    ("sr", "mix", "hola, uso screen reader so I type slow"),
    ("relay", "en", "HELLO THIS IS THE RELAY OPERATOR {op} WITH A CALL FROM A DEAF CUSTOMER GA"),
    ("relay", "en", "THIS IS A RELAY CALL, I AM CA {op} TYPING FOR THE CUSTOMER GA"),
    (
        "relay",
        "es",
        "HOLA, LE HABLA EL OPERADOR DE RELEVO {op} CON UNA LLAMADA DE UN CLIENTE SORDO GA",
    ),
    ("relay", "mix", "HI THIS IS RELAY OPERATOR {op}, EL CLIENTE HABLA ESPAÑOL GA"),
    ("ocr", "en", "hi, I can't read small print so I took pictures of my letter"),
    ("ocr", "en", "Hello, my phone reads pictures out loud for me, I'll paste what it found"),
    ("ocr", "es", "hola, no veo bien la letra chiquita así que le tomé fotos a la carta"),
    ("ocr", "mix", "hi, no puedo leer el statement, le tomé foto"),
    ("care", "en", "Hi, I'm writing for {my_rel}, {he}'s {age} and can't use the phone anymore"),
    ("care", "en", "Hello, I'm {my_rel}'s caregiver and I have power of attorney"),
    ("care", "es", "hola, soy {cuidadora} de {mi_rel}, que tiene {age} años"),
    ("care", "mix", "hi, escribo por {mi_rel}, {he}'s {age} y no ve bien"),
]

# customer messages raising the issue
CLEAN_ISSUES: list[tuple[str, str, str]] = [
    ("dict", "en", "i see a charge of {amount_w} from {date_w} comma i did not make it"),
    (
        "dict",
        "en",
        "my card ending in {last4_w} got declined at the pharmacy comma it was my {med} refill",
    ),
    ("dict", "en", "the last charge i made was {amount_w} at the grocery store {date_w}"),
    (
        "dict",
        "en",
        "my new card came but i cant see the sticker to activate it period the letter has a phone number {phone_w}",
    ),
    ("dict", "es", "veo un cargo de {amount_es} del {date_es} coma yo no lo hice"),
    ("dict", "es", "la tarjeta termina en {last4_es} coma la rechazaron en la farmacia"),
    ("dict", "mix", "ok so el charge de {amount_w} es del {date_es} y yo no lo hice"),
    ("sr", "en", "The charge was {amount} on {date}."),
    ("sr", "en", "the card in the app shows {masked}. is that the new one"),
    ("sr", "en", "statement says {amount} but I paid {amount} on {date}"),
    ("sr", "es", "el cargo fue de {amount} el {date}"),
    ("sr", "mix", "el charge de {amount} no lo reconozco"),
    ("relay", "en", "(CUSTOMER SAYS) I SEE A CHARGE FOR {amount} FROM {date} I DIDNT MAKE GA"),
    ("relay", "en", "CUSTOMER CAN BE REACHED BY TTY AT {phone} OR THROUGH 711 GA"),
    ("relay", "es", "({cl} DICE) HAY UN CARGO DE {amount} DEL {date} QUE NO RECONOZCO GA"),
    ("relay", "mix", "(CUSTOMER SAYS) HAY UN CHARGE DE {amount} QUE NO RECONOZCO GA"),
    (
        "ocr",
        "en",
        "[Image text]: {bank} Card Statement\nAccount ending in {last4}\nClosing date {date_long}\nNew balance {amount_big}\nMinimum payment due $35.00\nPayment due date {date_long2}",
    ),
    (
        "ocr",
        "en",
        "[Image text]: Ref: {ref}\nWe received your dispute of {amount} (claim {claim}). We will write to you within 10 business days.",
    ),
    (
        "ocr",
        "en",
        "[Image text]: {pharmacy} #{store}\n{med_caps} $4.00\nVISA {masked_x}\n{date} {time}\nAUTH #: {auth}",
    ),
    (
        "ocr",
        "en",
        "[Image text]: {bank} Accessibility Services, PO Box {pobox}, case no. {case}. Large print and Braille statements are available at no cost. TTY: 711.",
    ),
    (
        "ocr",
        "es",
        "[Texto de la imagen]: Estado de cuenta {bank}\nCuenta terminada en {last4}\nSaldo nuevo {amount_big}\nFecha límite {date_long}",
    ),
    (
        "ocr",
        "es",
        "[Texto de la imagen]: Ref.: {ref} Recibimos su disputa por {amount} (reclamo {claim}).",
    ),
    ("ocr", "mix", "[Image text]: {pharmacy} #{store} {med_caps} VISA {masked_x} {date}"),
    ("care", "en", "{He}'s in room {room} at {carehome}, they don't let residents keep phones"),
    ("care", "en", "The POA letter is dated {date_w2}, case number {case}"),
    (
        "care",
        "en",
        "{his} card ending in {last4} was used at {pharmacy} for {amount}, that's {his} {med}, so that one's fine",
    ),
    ("care", "es", "{el_ella} está en el cuarto {room} de {carehome}"),
    ("care", "es", "la carta del poder notarial tiene el número de caso {case}"),
    ("care", "es", "{mi_rel} toma {med} y la farmacia le cobró {amount} dos veces"),
    ("care", "mix", "the letter says reference {ref}, caso {case}"),
    ("care", "mix", "{mi_rel} is in room {room}, no tiene phone"),
]

# customer messages answering a legitimate verification question
CLEAN_ANSWERS: list[tuple[str, str, str]] = [
    ("dict", "en", "the zip is {zip} and i live at {street} apartment {apt} period"),
    ("dict", "en", "i was born {dob_w} period"),
    ("dict", "en", "it ends in {last4_w} period"),
    ("dict", "en", "the expiration on it is {exp_w} if that helps new line thank you"),
    ("dict", "en", "you can call me back at {phone_w} after {time_w}"),
    ("dict", "en", "no i will not say the code out loud my nephew told me never to do that period"),
    ("dict", "es", "mi código postal es {zip} y vivo en el {street} apartamento {apt}"),
    ("dict", "es", "nací el {dob_es} punto"),
    ("dict", "es", "termina en {last4_es} punto"),
    ("dict", "es", "me pueden llamar al {phone_es} después de {time_es}"),
    ("dict", "mix", "la card termina en {last4_w} comma zip {zip}"),
    ("sr", "en", "card ending {last4}"),
    ("sr", "en", "zip {zip}"),
    ("sr", "en", "DOB {dob}"),
    ("sr", "en", "sorry. my screen reader read the whole page twice. it ends {last4}"),
    ("sr", "es", "termina en {last4}"),
    ("sr", "es", "código postal {zip}"),
    ("sr", "es", "fecha de nacimiento {dob}"),
    ("sr", "mix", "la card ending {last4}, zip {zip}"),
    ("relay", "en", "(CUSTOMER SAYS) CARD ENDS IN {last4} ZIP IS {zip} GA"),
    ("relay", "en", "(CUSTOMER SAYS) BIRTHDAY IS {dob} GA"),
    ("relay", "en", "(CUSTOMER SAYS) OK I WILL NOT GIVE THE CODE, THANK YOU FOR TELLING ME GA"),
    ("relay", "es", "({cl} DICE) TERMINA EN {last4}, CÓDIGO POSTAL {zip} GA"),
    ("relay", "mix", "(CUSTOMER SAYS) LA CARD TERMINA EN {last4} GA"),
    (
        "ocr",
        "en",
        "the last charge on the statement picture was {amount}, and the card ends {last4}",
    ),
    ("ocr", "es", "el último cargo en la foto es de {amount}, la tarjeta termina en {last4}"),
    ("care", "en", "{my_rel}'s zip is {zip}, {he} lives with me at {street}"),
    ("care", "en", "{he} was born {dob}"),
    ("care", "es", "nació el {dob}, su código postal es {zip}"),
    ("care", "mix", "{he} was born el {dob}, zip {zip}"),
]

CLEAN_REFUSALS: list[tuple[str, str, str]] = [
    ("dict", "en", "um i dont think i should say that out loud period can we do it another way"),
    ("sr", "en", "I'd rather not type that here."),
    ("care", "en", "I don't feel comfortable giving that out in a chat. Is there another way?"),
    ("ocr", "en", "I'd rather not send a picture of that. What else can I give you?"),
    ("relay", "en", "(CUSTOMER SAYS) I DONT WANT TO GIVE THAT OVER RELAY GA"),
    ("dict", "es", "no creo que deba decir eso por aquí punto"),
    ("sr", "es", "prefiero no escribir eso aquí"),
    ("care", "es", "no me siento cómoda dando eso por chat"),
    ("ocr", "es", "no voy a mandar foto de eso, qué más le puedo dar"),
    ("relay", "es", "({cl} DICE) NO QUIERO DAR ESO POR RELEVO GA"),
    ("sr", "mix", "hmm no, prefiero not to share that"),
    ("dict", "mix", "no i dont want to dar eso por chat period"),
]

CLEAN_CLOSERS: list[tuple[str, str, str]] = [
    ("dict", "en", "ok thank you so much period have a good day"),
    ("sr", "en", "thanks. bye"),
    ("relay", "en", "(CUSTOMER SAYS) THANK YOU SO MUCH, BYE SK"),
    ("relay", "en", "CUSTOMER SAYS THANKS, NOTHING ELSE. SKSK"),
    ("ocr", "en", "Great, thank you for reading it to me."),
    ("care", "en", "Thank you, that helps a lot."),
    ("dict", "es", "muchas gracias punto que tenga buen día"),
    ("sr", "es", "gracias. adiós"),
    ("relay", "es", "({cl} DICE) MUCHAS GRACIAS, ADIÓS SK"),
    ("ocr", "es", "gracias por leérmelo"),
    ("care", "es", "gracias, me ayudó mucho"),
    ("dict", "mix", "ok thank you muchas gracias"),
    ("sr", "mix", "ok gracias, bye"),
    ("care", "mix", "thank you, mi mamá dice gracias también"),
]

# (lang, relay style, phase, template): legitimate agent messages. Phases: greet, verify,
# safety (talks about secrets without asking), after (a secret was typed anyway), info, close.
LEGIT_AGENT: list[tuple[str, bool, str, str]] = [
    (
        "en",
        False,
        "greet",
        "Hi, I'm {agent} with {bank} Accessibility Support. Take all the time you need.",
    ),
    (
        "en",
        False,
        "greet",
        "[{bank} Assist bot] Hi! I can help with card locks, disputes and replacements. Type 'agent' at any time to reach a person.",
    ),
    (
        "en",
        False,
        "greet",
        "Hello and welcome. There's no time limit on this chat, so go at whatever pace works for you.",
    ),
    (
        "en",
        False,
        "verify",
        "Thanks! To verify, could you tell me the last four digits of the card and the billing ZIP code?",
    ),
    ("en", False, "verify", "Can you confirm the cardholder's date of birth?"),
    (
        "en",
        False,
        "verify",
        "Could you confirm the amount of your most recent charge? Roughly is fine.",
    ),
    ("en", False, "verify", "Could you tell me the name exactly as it appears on the card?"),
    (
        "en",
        False,
        "verify",
        "The expiration date by itself is fine if you have it handy, just month and year.",
    ),
    (
        "en",
        False,
        "verify",
        "No problem about the typos. I read that as the card ending in {last4}, is that right?",
    ),
    (
        "en",
        False,
        "safety",
        "Just a reminder: we will never ask for your full card number, your PIN or the code on the back in this chat. Please don't type them.",
    ),
    (
        "en",
        False,
        "safety",
        "I'm sending a one-time code to the phone on file. Enter it in the app only. Please don't send it to me.",
    ),
    (
        "en",
        False,
        "safety",
        "You can ask the relay operator to read the letter to you, but please don't type the card number here.",
    ),
    (
        "en",
        False,
        "safety",
        "As the caregiver you'll need to upload the power of attorney form in the secure portal. I can't take {your_rel}'s Social Security number in chat.",
    ),
    (
        "en",
        False,
        "safety",
        "Never share your PIN with anyone, including us. You can change it at any {bank} ATM with audio guidance.",
    ),
    (
        "en",
        False,
        "safety",
        "If the picture includes the card number, please crop it out or cover it before you send it.",
    ),
    (
        "en",
        False,
        "after",
        "I've masked the number you sent, for your safety. The last four is all I ever need.",
    ),
    (
        "en",
        False,
        "after",
        "Thank you, but please don't send that here. I've hidden it from the transcript, and I'd suggest we replace the card to be safe.",
    ),
    (
        "en",
        False,
        "after",
        "No harm done, I've removed that from the chat. We never need it. Let's lock the card and send a new one.",
    ),
    (
        "en",
        False,
        "info",
        "Your replacement card will arrive in 5 to 7 business days, in a large-print envelope as you asked.",
    ),
    (
        "en",
        False,
        "info",
        "Thanks, that matches. I've opened dispute case {case} for the {amount} charge.",
    ),
    (
        "en",
        False,
        "info",
        "I've added a note that you prefer chat and large print. Braille statements are also free if you'd like them.",
    ),
    ("en", False, "close", "Is there anything else I can help with today?"),
    ("en", False, "close", "Thanks for reaching out, and have a good rest of your day."),
    ("en", True, "greet", "HELLO, THIS IS {agent} WITH {bank}, HOW CAN I HELP GA"),
    (
        "en",
        True,
        "verify",
        "THANK YOU. PLEASE CONFIRM THE LAST FOUR OF THE CARD AND THE ZIP CODE GA",
    ),
    ("en", True, "verify", "CAN THE CUSTOMER CONFIRM HER DATE OF BIRTH GA"),
    ("en", True, "info", "GOT IT, THE CHARGE FROM {date} IS NOW DISPUTED. ANYTHING ELSE GA"),
    (
        "en",
        True,
        "safety",
        "PLEASE TELL THE CUSTOMER WE WILL TEXT A CODE, AND SHE SHOULD ENTER IT IN THE APP, NOT READ IT TO US GA",
    ),
    (
        "en",
        True,
        "after",
        "PLEASE LET THE CUSTOMER KNOW WE DO NOT NEED THAT NUMBER, WE WILL SEND A NEW CARD GA",
    ),
    ("en", True, "close", "THANK YOU FOR CALLING {bank}, GOODBYE SK"),
    (
        "es",
        False,
        "greet",
        "Hola, soy {agent_es} de Soporte de Accesibilidad de {bank}. Tómese su tiempo.",
    ),
    (
        "es",
        False,
        "greet",
        "[Asistente de {bank}] ¡Hola! Le ayudo con bloqueos, disputas y reposiciones. Escriba 'agente' para hablar con una persona.",
    ),
    (
        "es",
        False,
        "verify",
        "Para verificar, ¿me da los últimos cuatro dígitos de la tarjeta y su código postal?",
    ),
    ("es", False, "verify", "¿Me confirma la fecha de nacimiento del titular?"),
    ("es", False, "verify", "¿Cuál fue el monto del último cargo que reconoce?"),
    ("es", False, "verify", "Con la fecha de vencimiento basta, solo mes y año."),
    (
        "es",
        False,
        "safety",
        "Por su seguridad, nunca comparta su PIN ni el código de atrás, ni siquiera con nosotros.",
    ),
    (
        "es",
        False,
        "safety",
        "Le vamos a enviar un código por mensaje de texto. Ingréselo solo en la aplicación, no aquí.",
    ),
    (
        "es",
        False,
        "safety",
        "Como cuidador o cuidadora, necesita subir el poder notarial en el portal seguro; por chat no puedo recibir el Seguro Social de {su_rel}.",
    ),
    ("es", False, "after", "Ya tapé el número que mandó. Solo necesito los últimos cuatro."),
    (
        "es",
        False,
        "after",
        "Gracias, pero no lo mande por aquí. Ya lo oculté y le recomiendo reponer la tarjeta.",
    ),
    (
        "es",
        False,
        "info",
        "Su tarjeta nueva llega en 5 a 7 días hábiles, con letra grande como pidió.",
    ),
    ("es", False, "info", "Listo, abrí la disputa {case} por el cargo de {amount}."),
    ("es", False, "close", "¿Algo más en que le pueda ayudar?"),
    (
        "es",
        True,
        "verify",
        "GRACIAS. POR FAVOR CONFIRME LOS ÚLTIMOS CUATRO DÍGITOS DE LA TARJETA GA",
    ),
    ("es", True, "after", "POR FAVOR DÍGALE AL CLIENTE QUE NO NECESITAMOS ESE NÚMERO GA"),
    ("es", True, "close", "GRACIAS POR LLAMAR A {bank}, HASTA LUEGO SK"),
    ("mix", False, "verify", "No worries, solo necesito los last four digits y el ZIP code."),
    (
        "mix",
        False,
        "safety",
        "Ok, te mando un code por text, pero no me lo mandes aquí, ponlo en la app.",
    ),
    ("mix", False, "safety", "Recuerda, never share tu PIN con nadie, ni con nosotros."),
    (
        "mix",
        False,
        "after",
        "Ok, ya lo borré del chat, no necesito el card number completo, only the last four.",
    ),
    ("mix", False, "info", "Perfecto, ya está el dispute del charge de {amount}."),
    ("mix", False, "close", "Anything else, ¿algo más?"),
]

# (lang, relay style, template, requested): forbidden agent asks
ASK_AGENT: list[tuple[str, bool, str, tuple[str, ...]]] = [
    (
        "en",
        False,
        "Thanks for your patience! For accessibility we can take the full card number right here in chat, no need to call. Go ahead whenever you're ready.",
        (CC,),
    ),
    (
        "en",
        False,
        "To verify, please type your billing ZIP and the 3-digit security code from the back of the card.",
        (CVV,),
    ),
    (
        "en",
        False,
        "I just need a few things, take your time:\n1) your date of birth\n2) your full Social Security number\n3) the PIN for the card",
        (SSN, PIN),
    ),
    (
        "en",
        False,
        "We just sent a 6-digit code to your phone. Could you read it to me here so I can finish the verification?",
        (OTP,),
    ),
    (
        "en",
        False,
        "No rush at all. When you can, type the whole number on the front of the card, all of the digits, and I'll look it up.",
        (CC,),
    ),
    (
        "en",
        False,
        "If it's easier with your screen reader, you can just paste your online banking password here and I'll reset it from my side.",
        (PW,),
    ),
    (
        "en",
        False,
        "For {your_rel}'s account I'll need the Social Security number, all nine digits, and the PIN {he} uses at the ATM.",
        (SSN, PIN),
    ),
    (
        "en",
        False,
        "{bank} Security Alert: your card is on hold. Reply with the card number, expiration and CVV to restore access.",
        (CC, CVV),
    ),
    (
        "en",
        False,
        "Can you confirm your last name, and then the four-digit PIN, just so I know it's you?",
        (PIN,),
    ),
    (
        "en",
        False,
        "What's the security code on the back? The three little numbers next to the signature strip.",
        (CVV,),
    ),
    (
        "en",
        False,
        "Could you please give me your social security number so I can pull up the account?",
        (SSN,),
    ),
    (
        "en",
        False,
        "[{bank} Assist bot] To continue, enter the one-time passcode we texted you in this chat.",
        (OTP,),
    ),
    (
        "en",
        False,
        "Please type the password for the {bank} app so I can check whether it's locked.",
        (PW,),
    ),
    (
        "en",
        False,
        "Could you send a clear photo of the front and back of the card so I can read the number and the security code?",
        (CC, CVV),
    ),
    (
        "en",
        True,
        "THANK YOU. PLEASE ASK THE CUSTOMER FOR THE FULL CARD NUMBER AND THE CODE ON THE BACK GA",
        (CC, CVV),
    ),
    ("en", True, "PLEASE HAVE HIM READ THE CODE WE JUST TEXTED TO HIS PHONE GA", (OTP,)),
    ("en", True, "WHAT IS THE CUSTOMER'S FULL SOCIAL SECURITY NUMBER GA", (SSN,)),
    (
        "es",
        False,
        "Con gusto le ayudo. Por accesibilidad podemos tomar aquí mismo el número completo de la tarjeta. Adelante cuando guste.",
        (CC,),
    ),
    (
        "es",
        False,
        "Para verificar necesito su código postal y los tres dígitos de atrás de la tarjeta.",
        (CVV,),
    ),
    (
        "es",
        False,
        "Le enviamos un código por mensaje de texto. ¿Me lo puede leer aquí, por favor?",
        (OTP,),
    ),
    (
        "es",
        False,
        "Necesito lo siguiente:\n1) la fecha de nacimiento\n2) el número de Seguro Social completo\n3) el PIN del cajero",
        (SSN, PIN),
    ),
    (
        "es",
        False,
        "Para el acceso de {su_rel}, escríbame la contraseña que usa en la aplicación.",
        (PW,),
    ),
    ("es", False, "¿Me confirma su nombre y el NIP de cuatro dígitos de la tarjeta?", (PIN,)),
    (
        "es",
        False,
        "Aviso de Seguridad {bank}: su tarjeta está bloqueada. Responda con el número de tarjeta y el CVV para desbloquearla.",
        (CC, CVV),
    ),
    (
        "es",
        False,
        "¿Me puede dar el número de Seguro Social de {su_rel} para encontrar la cuenta?",
        (SSN,),
    ),
    ("es", True, "POR FAVOR PIDA AL CLIENTE EL NÚMERO COMPLETO DE LA TARJETA GA", (CC,)),
    ("es", True, "¿CUÁL ES EL CÓDIGO QUE LE LLEGÓ POR TEXTO? GA", (OTP,)),
    (
        "mix",
        False,
        "Ok perfecto, para verificar send me el card number completo y el CVV please",
        (CC, CVV),
    ),
    ("mix", False, "Te mandamos un code por text, ¿me lo puedes dar aquí?", (OTP,)),
    (
        "mix",
        False,
        "Necesito el social security number completo de {tu_rel}, all nine digits",
        (SSN,),
    ),
    ("mix", False, "¿Cuál es el password de tu app? I can reset it desde aquí", (PW,)),
    ("mix", False, "Ok, y el PIN de la card para confirmar?", (PIN,)),
]

# --------------------------------------------------------------------------------------
# Non-secret fillers
# --------------------------------------------------------------------------------------

FIRST = [
    "Walter",
    "Dolores",
    "Harold",
    "Maria",
    "James",
    "Rosa",
    "Earl",
    "Carmen",
    "Linda",
    "Jose",
    "Betty",
    "Ramon",
    "Gloria",
    "Frank",
]
LAST = [
    "Henderson",
    "Garcia",
    "Okafor",
    "Nguyen",
    "Ramirez",
    "Kowalski",
    "Johnson",
    "Delgado",
    "Brooks",
    "Santos",
    "Whitfield",
    "Morales",
]
STREETS = [
    "Elm Street",
    "Maple Ave",
    "Sunset Blvd",
    "Oak Lane",
    "Calle Luna",
    "Pine Road",
    "Cedar Court",
    "Lincoln Way",
]
CAREHOMES = [
    "Maple Grove",
    "Sunrise Senior Living",
    "Oak Terrace",
    "Brookdale",
    "Casa Serena",
    "Willow Creek",
]
MEDS = [
    "metformin 500",
    "lisinopril 10 mg",
    "atorvastatin 40",
    "levothyroxine 75 mcg",
    "amlodipine 5 mg",
    "gabapentin 300",
    "losartan 50",
    "metformina 850",
]
PHARMACIES = ["WALGREENS", "CVS PHARMACY", "RITE AID", "WALMART PHARMACY"]
AGENTS_EN = ["Dana", "Marcus", "Priya", "Tom", "Keisha"]
AGENTS_ES = ["Marisol", "Andrés", "Lucía", "Javier", "Paola"]


def f_date(rng: Random, _c: dict) -> str:
    return f"{rng.randint(1, 12)}/{rng.randint(1, 28)}"


def f_date_long(rng: Random, _c: dict) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2026"


def f_date_w(rng: Random, _c: dict) -> str:
    return f"{rng.choice(EN_MONTHS)} {en_ordinal(rng.randint(1, 31))}"


def f_date_w2(rng: Random, _c: dict) -> str:
    return f"{rng.choice(EN_MONTHS).title()} {rng.randint(1, 28)}, {rng.choice([2025, 2026])}"


def f_date_es(rng: Random, _c: dict) -> str:
    day = rng.randint(1, 30)
    return f"{'primero' if day == 1 else es_num(day)} de {rng.choice(ES_MONTHS)}"


def f_amount(rng: Random, _c: dict) -> str:
    return f"${rng.randint(3, 480)}.{rng.randint(0, 99):02d}"


def f_amount_big(rng: Random, _c: dict) -> str:
    return f"${rng.randint(1, 9)},{rng.randint(0, 999):03d}.{rng.randint(0, 99):02d}"


def f_amount_w(rng: Random, _c: dict) -> str:
    dollars, cents = rng.randint(2, 900), rng.choice([0, 0, rng.randint(1, 99)])
    text = f"{en_num(dollars)} dollars"
    return text + (f" and {en_num(cents)} cents" if cents else "")


def f_amount_es(rng: Random, _c: dict) -> str:
    dollars, cents = rng.randint(2, 900), rng.choice([0, 0, rng.randint(1, 99)])
    text = f"{es_num(dollars)} dólares"
    return text + (f" con {es_num(cents)} centavos" if cents else "")


def f_dob(rng: Random, _c: dict) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(1930, 1965)}"


def f_dob_w(rng: Random, _c: dict) -> str:
    year = rng.randint(1930, 1965)
    return f"{rng.choice(EN_MONTHS)} {en_ordinal(rng.randint(1, 28))} nineteen {en_num(year % 100)}"


def f_dob_es(rng: Random, _c: dict) -> str:
    return f"{es_num(rng.randint(2, 28))} de {rng.choice(ES_MONTHS)} de mil novecientos {es_num(rng.randint(30, 65))}"


def f_time(rng: Random, _c: dict) -> str:
    return f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}"


def f_time_w(rng: Random, _c: dict) -> str:
    return rng.choice(["two thirty", "ten in the morning", "noon", "four oclock", "six fifteen"])


def f_time_es(rng: Random, _c: dict) -> str:
    return rng.choice(
        ["las tres y media", "las diez de la mañana", "mediodía", "las cuatro", "las seis y cuarto"]
    )


def f_phone(rng: Random, _c: dict) -> str:
    tail = f"01{rng.randint(10, 99)}"
    return rng.choice([f"1-800-555-{tail}", f"(312) 555-{tail}", f"1-888-555-{tail}"])


def f_phone_w(rng: Random, _c: dict) -> str:
    tail = f"01{rng.randint(10, 99)}"
    return "eight hundred five five five " + " ".join(digit_word(d, "en", rng, True) for d in tail)


def f_phone_es(rng: Random, _c: dict) -> str:
    tail = f"01{rng.randint(10, 99)}"
    return "ochocientos cinco cinco cinco " + " ".join(ES_DIGIT[int(d)] for d in tail)


def f_last4(_r: Random, c: dict) -> str:
    return c["last4"]


def f_last4_w(rng: Random, c: dict) -> str:
    return " ".join(digit_word(d, "en", rng, True) for d in c["last4"])


def f_last4_es(_r: Random, c: dict) -> str:
    return " ".join(ES_DIGIT[int(d)] for d in c["last4"])


def f_masked(rng: Random, c: dict) -> str:
    return rng.choice(
        [
            f"**** {c['last4']}",
            f"•••• •••• •••• {c['last4']}",
            f"XXXX-XXXX-XXXX-{c['last4']}",
            f"ending {c['last4']}",
        ]
    )


def f_masked_x(_r: Random, c: dict) -> str:
    return "XXXXXXXXXXXX" + c["last4"]


def f_exp(_r: Random, c: dict) -> str:
    return c["exp"]


def f_exp_w(_r: Random, c: dict) -> str:
    month, year = c["exp"].split("/")
    return f"{pair_words(month, 'en')} slash {en_num(int(year))}"


def f_exp_es(_r: Random, c: dict) -> str:
    month, year = c["exp"].split("/")
    return f"{ES_MONTHS[int(month) - 1]} del {es_num(int(year))}"


def f_ref(rng: Random, _c: dict) -> str:
    return f"NW-{rng.choice([2025, 2026])}-{rng.randint(100000, 999999)}"


def f_claim(rng: Random, _c: dict) -> str:
    return f"CLM-{rng.randint(10000000, 99999999)}"


def f_case(rng: Random, _c: dict) -> str:
    return f"{rng.randint(1000000, 9999999)}"


def f_auth(rng: Random, _c: dict) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def f_street(rng: Random, _c: dict) -> str:
    return f"{rng.randint(12, 9800)} {rng.choice(STREETS)}"


def f_apt(rng: Random, _c: dict) -> str:
    return rng.choice([f"{rng.randint(1, 40)}{rng.choice('ABCD')}", str(rng.randint(101, 940))])


FILLERS = {
    "date": f_date,
    "date_long": f_date_long,
    "date_long2": f_date_long,
    "date_w": f_date_w,
    "date_w2": f_date_w2,
    "date_es": f_date_es,
    "amount": f_amount,
    "amount_big": f_amount_big,
    "amount_w": f_amount_w,
    "amount_es": f_amount_es,
    "dob": lambda _r, c: c["dob"],
    "dob_w": f_dob_w,
    "dob_es": f_dob_es,
    "time": f_time,
    "time_w": f_time_w,
    "time_es": f_time_es,
    "phone": f_phone,
    "phone_w": f_phone_w,
    "phone_es": f_phone_es,
    "last4": f_last4,
    "last4_w": f_last4_w,
    "last4_es": f_last4_es,
    "masked": f_masked,
    "masked_x": f_masked_x,
    "exp": f_exp,
    "exp_w": f_exp_w,
    "exp_es": f_exp_es,
    "ref": f_ref,
    "claim": f_claim,
    "case": f_case,
    "auth": f_auth,
    "street": f_street,
    "apt": f_apt,
    "zip": lambda _r, c: c["zip"],
    "op": lambda rng, _c: str(rng.randint(1000, 9999)),
    "room": lambda rng, _c: str(rng.randint(101, 450)),
    "age": lambda rng, _c: str(rng.randint(72, 97)),
    "store": lambda rng, _c: str(rng.randint(1000, 19999)),
    "pobox": lambda rng, _c: str(rng.randint(1000, 99999)),
    "med": lambda rng, _c: rng.choice(MEDS),
    "med_caps": lambda rng, _c: rng.choice(MEDS).upper(),
    "pharmacy": lambda rng, _c: rng.choice(PHARMACIES),
    "carehome": lambda rng, _c: rng.choice(CAREHOMES),
    "holder": lambda _r, c: c["holder"],
    "brand": lambda _r, c: BRAND_WORD[c["brand"]],
    "bank": lambda _r, _c: BANK,
    "agent": lambda rng, _c: rng.choice(AGENTS_EN),
    "agent_es": lambda rng, _c: rng.choice(AGENTS_ES),
}

# --------------------------------------------------------------------------------------
# Building messages
# --------------------------------------------------------------------------------------


@dataclass
class Secret:
    type: str
    truth: str  # the digits (or the password) behind the text
    text: str  # the value as written
    style: str  # how to read it back: digits, spoken, ocr, pw, pwspoken
    keep: int = 0
    split_part: bool = False


@dataclass
class Tracked:
    msg: Message
    label: Label
    secret: Secret


RELATIVES: list[tuple[str, ...]] = [
    ("my dad", "he", "his", "him", "mi papá", "su papá", "tu papá", "él"),
    ("my mom", "she", "her", "her", "mi mamá", "su mamá", "tu mamá", "ella"),
    ("my husband", "he", "his", "him", "mi esposo", "su esposo", "tu esposo", "él"),
    ("my wife", "she", "her", "her", "mi esposa", "su esposa", "tu esposa", "ella"),
    ("my grandmother", "she", "her", "her", "mi abuela", "su abuela", "tu abuela", "ella"),
    ("my uncle", "he", "his", "him", "mi tío", "su tío", "tu tío", "él"),
    ("my aunt", "she", "her", "her", "mi tía", "su tía", "tu tía", "ella"),
]
CTX_SLOTS = (
    "cl",
    "cuidadora",
    "my_rel",
    "he",
    "his",
    "him",
    "mi_rel",
    "su_rel",
    "tu_rel",
    "el_ella",
    "your_rel",
    "He",
    "His",
)


class Builder:
    def __init__(self, rng: Random, lang: str, mode: str) -> None:
        self.rng = rng
        self.lang = lang
        self.mode = mode
        brand = rng.choices([b for b, _ in BRANDS], [w for _, w in BRANDS])[0]
        self.card = make_card(rng, brand)
        self.ctx: dict = {
            "brand": brand,
            "last4": self.card[-4:] if rng.random() < 0.7 else f"{rng.randint(0, 9999):04d}",
            "exp": f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}",
            "holder": f"{rng.choice(FIRST)} {rng.choice('ABCDEFGHJKLMRST')} {rng.choice(LAST)}".upper(),
            "cl": rng.choice(["EL CLIENTE", "LA CLIENTA"]),
            "zip": f"{rng.randint(10001, 99950)}",
            "dob": f_dob(rng, {}),
            "cuidadora": rng.choice(["la cuidadora", "el cuidador"]),
        }
        rel = rng.choice(RELATIVES)
        for key, value in zip(
            ("my_rel", "he", "his", "him", "mi_rel", "su_rel", "tu_rel", "el_ella"),
            rel,
            strict=True,
        ):
            self.ctx[key] = value
        self.ctx["your_rel"] = "your " + rel[0].removeprefix("my ")
        self.ctx["He"], self.ctx["His"] = rel[1].capitalize(), rel[2].capitalize()
        self.used: set[str] = set()
        self.cvv = "".join(str(rng.randint(0, 9)) for _ in range(4 if brand == "amex" else 3))
        self.ssn = make_ssn(rng)
        self.otp = "".join(
            str(rng.randint(0, 9)) for _ in range(rng.choice([4, 6, 6, 6, 6, 8, 5, 7]))
        )
        self.pin = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([4, 4, 4, 6, 5])))
        self.pw = make_password(rng)
        self.tracked: list[Tracked] = []

    def secret(self, slot: str) -> Secret:
        base = SECRET_SLOT_RE.match(slot)
        assert base
        kind = SLOT_TYPE[base.group(1)]
        rng, mode, lang = self.rng, self.mode, self.lang
        if kind == CC:
            text, style = render_groups(
                card_groups(self.card), mode, lang, rng, len(self.card) == 16
            )
            return Secret(CC, self.card, text, style, KEEP_LAST[CC])
        if kind == SSN:
            text, style = render_ssn(self.ssn, mode, lang, rng)
            return Secret(SSN, self.ssn, text, style, KEEP_LAST[SSN])
        if kind == PW:
            text, style = render_password(self.pw, mode, lang, rng)
            return Secret(PW, self.pw, text, style)
        truth = {CVV: self.cvv, OTP: self.otp, PIN: self.pin}[kind]
        text, style = render_short(truth, mode, lang, rng)
        return Secret(kind, truth, text, style)

    def fill(
        self, template: str, caps: bool, parts: dict[str, Secret] | None = None
    ) -> tuple[str, list[tuple[Label, Secret]]]:
        out: list[str] = []
        length = 0
        pos = 0
        labels: list[tuple[Label, Secret]] = []
        for m in SLOT_RE16.finditer(template):
            literal = template[pos : m.start()]
            out.append(literal)
            length += len(literal)
            pos = m.end()
            slot = m.group(1)
            if parts is not None and slot in parts:
                sec = parts[slot]
            elif SECRET_SLOT_RE.match(slot):
                sec = self.secret(slot)
            else:
                value = self.ctx[slot] if slot in CTX_SLOTS else FILLERS[slot](self.rng, self.ctx)
                if caps:
                    value = value.upper()
                out.append(value)
                length += len(value)
                continue
            labels.append(
                (Label(sec.type, length, length + len(sec.text), sec.keep, sec.split_part), sec)
            )
            out.append(sec.text)
            length += len(sec.text)
        out.append(template[pos:])
        return "".join(out), labels

    def customer(self, template: str, kind: str, parts: dict[str, Secret] | None = None) -> Message:
        text, labels = self.fill(template, self.mode == "relay", parts)
        if not labels and template.startswith("[") and self.rng.random() < 0.6:
            text = ocr_damage(text, self.rng, 0.08)  # pasted OCR text, no secret inside
        msg = Message("customer", text, [lab for lab, _ in labels], kind=kind)
        self.tracked.extend(Tracked(msg, lab, sec) for lab, sec in labels)
        return msg

    def agent(self, template: str, kind: str, requested: tuple[str, ...] = ()) -> Message:
        assert not any(SECRET_SLOT_RE.match(s) for s in SLOT_RE16.findall(template)), template
        text, _ = self.fill(template, caps=SLOT_RE16.sub("", template).isupper())
        return Message("agent", text, [], frozenset(requested), kind=kind)

    # ---- picking templates (a template is used at most once per conversation if possible)

    def fresh(self, pool: list[str]) -> str:
        unused = [t for t in pool if t not in self.used] or pool
        template = self.rng.choice(unused)
        self.used.add(template)
        return template

    def pick(self, entries: list[tuple[str, str, str]]) -> str:
        return self.fresh(self.pool(entries))

    def unused(self, entries: list[tuple[str, str, str]]) -> int:
        return sum(t not in self.used for t in self.pool(entries))

    def pool(self, entries: list[tuple[str, str, str]]) -> list[str]:
        langs = (
            [self.lang]
            if self.lang != "mix"
            else (["mix"] if self.rng.random() < 0.6 else ["mix", "en", "es"])
        )
        for scope in (langs, ["mix", "en", "es"] if self.lang == "mix" else [self.lang]):
            found = [t for m, lg, t in entries if m == self.mode and lg in scope]
            if found:
                return found
        relay = self.mode == "relay"
        found = [t for m, lg, t in entries if lg == self.lang and (m == "relay") == relay]
        return found or [t for m, lg, t in entries if lg == "en" and (m == "relay") == relay]

    def secret_template(self, wanted: tuple[str, ...] | None = None) -> str:
        def types_of(t: str) -> set[str]:
            return {
                SLOT_TYPE[m.group(1)]
                for s in SLOT_RE16.findall(t)
                if (m := SECRET_SLOT_RE.match(s))
            }

        langs = [self.lang] + (["en", "es"] if self.lang == "mix" else [])
        relay = self.mode == "relay"
        for scope in ("mode", "lang", "any"):
            found = []
            for m, lg, t in SECRET_TEMPLATES:
                if scope == "mode" and (m != self.mode or lg not in langs):
                    continue
                if scope == "lang" and (lg not in langs or (m == "relay") != relay or m == "ocr"):
                    continue
                if scope == "any" and ((m == "relay") != relay or m == "ocr"):
                    continue
                types = types_of(t)
                if wanted is None or (types and types <= set(wanted)):
                    found.append(t)
            if found:
                return self.fresh(found)
        raise AssertionError(f"no secret template for {self.mode} {self.lang} {wanted}")

    def legit(self, *phases: str) -> Message:
        relay = self.mode == "relay" and self.rng.random() < 0.5
        langs = {self.lang} | (
            {"en", "es"} if self.lang == "mix" and self.rng.random() < 0.5 else set()
        )
        phase = self.rng.choice(phases)
        pool = [t for lg, r, ph, t in LEGIT_AGENT if lg in langs and r == relay and ph == phase]
        if not pool:
            pool = [t for lg, r, ph, t in LEGIT_AGENT if lg in langs and not r and ph == phase]
        if not pool:
            pool = [
                t for lg, r, ph, t in LEGIT_AGENT if lg in ("en", "es") and not r and ph == phase
            ]
        return self.agent(self.fresh(pool), "legit_" + phase)

    def forbidden(self, wanted: str | None = None) -> tuple[Message, tuple[str, ...]]:
        relay = self.mode == "relay" and self.rng.random() < 0.6
        langs = {self.lang} | (
            {"en", "es"} if self.lang == "mix" and self.rng.random() < 0.4 else set()
        )
        entries = [
            (lg, r, t, req) for lg, r, t, req in ASK_AGENT if wanted is None or wanted in req
        ]
        pool = [(t, req) for lg, r, t, req in entries if lg in langs and r == relay]
        pool = pool or [(t, req) for lg, r, t, req in entries if lg in langs and not r]
        pool = pool or [(t, req) for lg, r, t, req in entries if not r]
        template, requested = self.rng.choice(pool)
        return self.agent(template, "forbidden_ask", requested), requested


# --------------------------------------------------------------------------------------
# Conversations
# --------------------------------------------------------------------------------------


def split_card(b: Builder) -> list[Message]:
    rng = b.rng
    mode = b.mode
    groups = card_groups(b.card)
    n_parts = rng.choice([2, 2, 3, 3, 4]) if len(groups) >= 4 else rng.choice([2, 3])
    n_parts = min(n_parts, len(groups))
    cuts = sorted(rng.sample(range(1, len(groups)), n_parts - 1))
    chunks = [groups[a:z] for a, z in zip([0, *cuts], [*cuts, len(groups)], strict=True)]
    plang = pick_lang(b.lang, rng)
    part_tpls = SPLIT_PARTS[(mode, plang)]
    msgs: list[Message] = []
    for i, chunk in enumerate(chunks):
        last = i == len(chunks) - 1
        if mode == "sr" or (mode == "care" and rng.random() < 0.7):
            text, style = " ".join(chunk), "digits"
        else:
            text, style = render_groups(chunk, mode, plang, rng, pairs_ok=len(b.card) == 16)
        sec = Secret(CC, "".join(chunk), text, style, KEEP_LAST[CC] if last else 0, split_part=True)
        if mode == "relay":
            tpl = part_tpls[-1] if last else part_tpls[0]
        elif i == 0:
            tpl = part_tpls[0]
        elif last:
            tpl = part_tpls[-1] if rng.random() < 0.6 else rng.choice(part_tpls)
        else:
            tpl = rng.choice(part_tpls[:-1])
        msgs.append(b.customer(tpl, "split_part", {"part": sec}))
        if not last and mode == "dict" and rng.random() < 0.2:
            nudge = (
                "Sigo aquí, adelante."
                if plang == "es"
                else rng.choice(["Got it, go on.", "Take your time."])
            )
            msgs.append(b.agent(nudge, "legit_info"))
    return msgs


def build_conversation(rng: Random, index: int) -> Conversation:
    lang = rng.choices(["en", "es", "mix"], [0.55, 0.30, 0.15])[0]
    mode = rng.choice(MODES)
    scenario = rng.choices(["clean", "ask", "secret", "split"], [0.42, 0.22, 0.29, 0.07])[0]
    if scenario == "split" and mode == "ocr":
        mode = "sr"
    b = Builder(rng, lang, mode)
    secret_kind = f"secret_{mode}"
    msgs: list[Message] = []
    if rng.random() < 0.85:
        msgs.append(b.customer(b.pick(CLEAN_OPENERS), "clean"))
    msgs.append(b.legit("greet"))
    if scenario == "clean":
        msgs.append(b.customer(b.pick(CLEAN_ISSUES), "clean"))
        for _ in range(min(rng.randint(1, 3), b.unused(CLEAN_ANSWERS))):
            msgs.append(b.legit("verify", "verify", "safety"))
            msgs.append(b.customer(b.pick(CLEAN_ANSWERS), "clean"))
        msgs.append(b.legit("info", "safety", "close"))
    elif scenario == "ask":
        if rng.random() < 0.6:
            msgs.append(b.customer(b.pick(CLEAN_ISSUES), "clean"))
        if rng.random() < 0.35:
            msgs.append(b.legit("verify"))
            msgs.append(b.customer(b.pick(CLEAN_ANSWERS), "clean"))
        ask, requested = b.forbidden()
        msgs.append(ask)
        if rng.random() < 0.6:
            msgs.append(b.customer(b.secret_template(requested), secret_kind))
            if rng.random() < 0.4 and len(requested) > 1:
                msgs.append(b.customer(b.secret_template(requested), secret_kind))
            msgs.append(b.legit("info", "close"))
        else:
            msgs.append(b.customer(b.pick(CLEAN_REFUSALS), "clean"))
            msgs.append(b.legit("verify"))
            if b.unused(CLEAN_ANSWERS):
                msgs.append(b.customer(b.pick(CLEAN_ANSWERS), "clean"))
                msgs.append(b.legit("info", "close"))
    elif scenario == "secret":
        if rng.random() < 0.6:
            msgs.append(b.customer(b.pick(CLEAN_ISSUES), "clean"))
            msgs.append(b.legit("verify", "safety"))
        msgs.append(b.customer(b.secret_template(), secret_kind))
        if rng.random() < 0.3:
            msgs.append(b.customer(b.secret_template(), secret_kind))
        msgs.append(b.legit("after"))
        if rng.random() < 0.5 and b.unused(CLEAN_ANSWERS):
            msgs.append(b.customer(b.pick(CLEAN_ANSWERS), "clean"))
            msgs.append(b.legit("info"))
    else:
        if rng.random() < 0.4:
            msgs.append(b.customer(b.pick(CLEAN_ISSUES), "clean"))
        if rng.random() < 0.3:
            msgs.append(b.forbidden(CC)[0])
        lead = [t for m, lg, t in SPLIT_LEADS if m == mode and lg == lang]
        if lead and rng.random() < 0.7:
            msgs.append(b.customer(rng.choice(lead), "clean"))
        msgs.extend(split_card(b))
        msgs.append(b.legit("after"))
    if rng.random() < 0.6:
        msgs.append(b.customer(b.pick(CLEAN_CLOSERS), "clean"))
    while len(msgs) > 10:  # drop leading small talk, never a labelled or asking message
        msgs.remove(next(m for m in msgs if not m.labels and not m.requested))
    while len(msgs) < 3:
        msgs.append(b.legit("close"))
    kept = {id(m) for m in msgs}
    conv = Conversation(f"s16-{index:04d}", f"{scenario}_{mode}", lang, msgs)
    check(conv, [t for t in b.tracked if id(t.msg) in kept])
    return conv


# --------------------------------------------------------------------------------------
# Self-check
# --------------------------------------------------------------------------------------

RUN_RE = re.compile(r"\d(?:[\d \-./]*\d)?")
SSN_SHAPE_RE = re.compile(r"(?<![\d-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\d-])")


def read_back(sec: Secret, value: str) -> str:
    if sec.style == "digits":
        return read_digits(value)
    if sec.style == "spoken":
        return read_spoken(value)
    if sec.style == "ocr":
        return read_ocr(value)
    if sec.style == "pwspoken":
        return read_password(value)
    return value


def check(conv: Conversation, tracked: list[Tracked]) -> None:
    split_truth = ""
    split_msgs = [m for m in conv.messages if any(lab.split_part for lab in m.labels)]
    for msg in conv.messages:
        if msg.role == "agent":
            assert not msg.labels, msg.text
        else:
            assert not msg.requested
    for t in tracked:
        lab, sec, text = t.label, t.secret, t.msg.text
        assert 0 <= lab.start < lab.end <= len(text), (conv.cid, lab)
        value = text[lab.start : lab.end]
        assert value == sec.text and value == value.strip(), (conv.cid, value)
        got = read_back(sec, value)
        if sec.style == "pwspoken" and value.isupper():
            assert got.lower() == sec.truth.lower(), (got, sec.truth)
        else:
            assert got == sec.truth, (conv.cid, value, got, sec.truth)
        if lab.type == CC:
            if lab.split_part:
                split_truth += got
                last = t.msg is split_msgs[-1]
                assert lab.keep == (KEEP_LAST[CC] if last else 0)
                assert t.msg.labels[0] is lab
            else:
                assert lab.keep == KEEP_LAST[CC]
                assert luhn.is_valid(got) and brand_length_ok(got), got
        elif lab.type == SSN:
            assert lab.keep == KEEP_LAST[SSN] and ssn_valid(got), got
        elif lab.type == CVV:
            assert len(got) in (3, 4) and got.isdigit(), got
        elif lab.type == OTP:
            assert 4 <= len(got) <= 8 and got.isdigit(), got
        elif lab.type == PIN:
            assert 4 <= len(got) <= 6 and got.isdigit(), got
        else:
            assert len(got) >= 6 and " " not in sec.truth
    if split_msgs:
        assert luhn.is_valid(split_truth) and brand_length_ok(split_truth), split_truth
        assert 2 <= len(split_msgs) <= 4
        assert sum(lab.split_part for m in conv.messages for lab in m.labels) == len(split_msgs)
    for msg in conv.messages:
        spans = [(lab.start, lab.end) for lab in msg.labels]

        def labelled(a: int, z: int, spans: list[tuple[int, int]] = spans) -> bool:
            return any(a < e and s < z for s, e in spans)

        for m in RUN_RE.finditer(msg.text):
            if labelled(m.start(), m.end()):
                continue
            tokens = re.findall(r"\d+", m.group())
            for i in range(len(tokens)):
                for j in range(i + 1, len(tokens) + 1):
                    digits = "".join(tokens[i:j])
                    if (
                        13 <= len(digits) <= 19
                        and BRAND_PREFIX_RE.match(digits)
                        and luhn.is_valid(digits)
                    ):
                        raise AssertionError(
                            f"unlabelled card-like run in {conv.cid}: {msg.text!r}"
                        )
        for m in SSN_SHAPE_RE.finditer(msg.text):
            if not labelled(m.start(), m.end()) and ssn_valid(m.group(1) + m.group(3) + m.group(4)):
                raise AssertionError(f"unlabelled SSN-like run in {conv.cid}: {msg.text!r}")


def generate(seed: int, count: int = 480) -> list[Conversation]:
    """`count` conversations of the accessibility channel, deterministic in `seed`."""
    rng = Random(seed)
    return [build_conversation(rng, i) for i in range(count)]
