# ruff: noqa: E501
"""Blind set 21: an AI assistant desk and voice (IVR) transcripts.

Theme. A card issuer's chat where the agent side is often an AI assistant: templated,
tool-driven replies ("I found your account. Card ending in 4821 · balance $1,204.33 · next
payment due 12/05"), bullet lists, markdown, bold, JSON-ish lookup snippets, transaction tables
with amounts, dates, merchant ids, auth codes and references, hand-offs to a human, and customers
who paste their secrets to the bot anyway (card, CVV, SSN, the code just texted, passwords, PINs),
often reacting to the bot ("ok bot here: 4532 ...", "agent!!! my code is ..."). A minority of
"assistants" are phishing bots or misconfigured ones asking for secrets in templated phrasing;
a few human agents are careless. Legitimate asks: last four, ZIP, date of birth, name, yes/no,
"reply 1 or 2".

Second half: speech-to-text transcripts of voice calls posted into the chat system. Callers say
numbers as words, digits or a mix ("four five three two, one one", "oh" for zero, "double seven",
"triple one", "forty five thirty two", Spanish "cuatro cinco tres dos", "doble cero",
"cuarenta y cinco"), with fillers ("uh", "um", "este", "o sea", "pues"), ASR slips ("for",
"to"), keypad (DTMF) captures and speaker tags. The IVR prompts legitimately (last four, ZIP,
date of birth) or, in phishing calls, for secrets. A spoken secret is labelled from its first to
its last number word (fillers inside the span belong to it), and only where a careful reader
would take it as the full value: partial cards, last fours, ZIP codes, phone numbers,
confirmation numbers read back by the IVR and amounts stay unlabelled.

English, Spanish (Mexico, Argentina, Spain, Colombia, Chile, Caribbean) and Spanglish.

Written blind: the author read only lines 1-85 of tests/blind/e2e_set.py (the shared schema),
tests/blind/evaluate_e2e.py (the scorer) and the [tool.ruff] section of pyproject.toml; nothing
of guard's code, rules, tests, benchmarks or README, nor the other blind sets.

Conventions: card and SSN labels keep 4 trailing digits; a card typed over several messages is
labelled in each message with `split_part=True` (only the last part keeps 4 digits, the earlier
parts keep none). Look-alike long references are made Luhn-invalid on purpose.
`generate(seed)` is deterministic: one seeded `random.Random` drives everything.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from random import Random

from stdnum import luhn

from tests.blind.e2e_set import CC, CVV, OTP, PIN, PW, SSN, Conversation, Label, Message

# --------------------------------------------------------------------------------------
# Secret and look-alike values
# --------------------------------------------------------------------------------------

DIGITS = "0123456789"

# (brand, prefixes, lengths, weight)
BRANDS: list[tuple[str, list[str], list[int], int]] = [
    ("visa", ["4"], [16], 22),
    ("visa13", ["4"], [13], 2),
    ("visa19", ["4"], [19], 2),
    ("mastercard", ["51", "52", "53", "54", "55"], [16], 14),
    ("mastercard2", ["2221", "2298", "2341", "2480", "2591", "2630", "2702", "2720"], [16], 5),
    ("amex", ["34", "37"], [15], 9),
    ("discover", ["6011", "644", "645", "647", "649", "65"], [16, 16, 19], 6),
    ("jcb", ["3528", "3530", "3541", "3566", "3589"], [16], 4),
    ("diners", ["36", "38", "300", "301", "305"], [14], 4),
    ("unionpay", ["62", "6212", "6250", "6282"], [16, 16, 17, 18, 19], 4),
    ("maestro", ["5018", "5020", "5038", "6304", "6759", "6761", "6763"], [16, 19, 13], 4),
]


def rand_digits(rng: Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def make_card(rng: Random, brand: str | None = None) -> tuple[str, str]:
    """A Luhn-valid card number (digits only) and its brand."""
    if brand is None:
        brand = rng.choices([b[0] for b in BRANDS], weights=[b[3] for b in BRANDS])[0]
    _, prefixes, lengths, _ = next(b for b in BRANDS if b[0] == brand)
    prefix = rng.choice(prefixes)
    length = rng.choice(lengths)
    body = prefix + rand_digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body), brand


def card_groups(digits: str, brand: str) -> list[int]:
    n = len(digits)
    if brand == "amex":
        return [4, 6, 5]
    if n == 14:
        return [4, 6, 4]
    if n == 13:
        return [4, 4, 5]
    if n == 17:
        return [4, 4, 4, 5]
    if n == 18:
        return [4, 4, 4, 6]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def chunk(digits: str, groups: list[int]) -> list[str]:
    out, i = [], 0
    for g in groups:
        out.append(digits[i : i + g])
        i += g
    if i < len(digits):
        out.append(digits[i:])
    return [c for c in out if c]


def fours(digits: str) -> list[int]:
    sizes = [4] * (len(digits) // 4)
    if len(digits) % 4:
        sizes.append(len(digits) % 4)
    return sizes


def fmt_card(rng: Random, digits: str, brand: str) -> str:
    """A card the way people type it."""
    style = rng.choices(
        ["space", "plain", "dash", "dot", "space4", "double", "mixed"],
        weights=[40, 22, 14, 4, 8, 3, 3],
    )[0]
    groups = card_groups(digits, brand)
    if style == "plain":
        return digits
    if style == "space4":
        return " ".join(chunk(digits, fours(digits)))
    parts = chunk(digits, groups)
    if style == "dash":
        return "-".join(parts)
    if style == "dot":
        return ".".join(parts)
    if style == "double":
        return "  ".join(parts)
    if style == "mixed":
        return "".join(
            p + (rng.choice([" ", "-"]) if i < len(parts) - 1 else "") for i, p in enumerate(parts)
        )
    return " ".join(parts)


def split_card(rng: Random, digits: str, brand: str) -> list[str]:
    """The card typed over two or three messages, each part formatted like its source."""
    parts = chunk(digits, card_groups(digits, brand))
    sep = rng.choice([" ", " ", "", "-"])
    if len(parts) >= 4 and rng.random() < 0.45:
        cut1 = rng.randint(1, len(parts) - 2)
        cut2 = rng.randint(cut1 + 1, len(parts) - 1)
        pieces = [parts[:cut1], parts[cut1:cut2], parts[cut2:]]
    else:
        cut = rng.randint(1, len(parts) - 1)
        pieces = [parts[:cut], parts[cut:]]
    out = [sep.join(p) for p in pieces]
    if len(re.sub(r"\D", "", out[-1])) < 4:  # the last part must carry the last four
        out = [sep.join(pieces[0]), sep.join([x for p in pieces[1:] for x in p])]
    return out


def make_ssn(rng: Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group = rng.randint(1, 99)
    serial = rng.randint(1, 9999)
    return f"{area:03d}{group:02d}{serial:04d}"


def fmt_ssn(rng: Random, d: str) -> str:
    style = rng.choices(["dash", "space", "plain", "dot"], weights=[62, 16, 17, 5])[0]
    if style == "plain":
        return d
    sep = {"dash": "-", "space": " ", "dot": "."}[style]
    return f"{d[:3]}{sep}{d[3:5]}{sep}{d[5:]}"


def make_otp(rng: Random) -> str:
    n = rng.choices([6, 4, 5, 7, 8], weights=[70, 8, 6, 6, 10])[0]
    return rand_digits(rng, n)


def fmt_otp(rng: Random, d: str) -> str:
    if len(d) == 6 and rng.random() < 0.2:
        return d[:3] + rng.choice([" ", "-"]) + d[3:]
    if len(d) == 8 and rng.random() < 0.2:
        return d[:4] + " " + d[4:]
    return d


def make_pin(rng: Random) -> str:
    n = rng.choices([4, 6, 5], weights=[82, 14, 4])[0]
    return rand_digits(rng, n)


def make_cvv(rng: Random, brand: str) -> str:
    return rand_digits(rng, 4 if brand == "amex" else 3)


PW_WORDS = [
    "sunshine",
    "Mariposa",
    "dragon",
    "Boca",
    "tequila",
    "Princesa",
    "monkey",
    "Chivas",
    "shadow",
    "Gatito",
    "football",
    "Luna",
    "Tigre",
    "america",
    "Pumas",
    "canela",
    "Cielo",
    "bluebird",
    "Rocky",
    "pepito",
    "Colocolo",
    "Milanesa",
    "corazon",
    "Barcelona",
    "Yankees",
    "Bruno",
    "chocolate",
    "Azul",
    "summer",
    "Paloma",
    "mustang",
    "Valentina",
    "cumbia",
    "Tormenta",
]
PW_SYMS = "#$&*@!_."


def make_pw(rng: Random) -> str:
    w = rng.choice(PW_WORDS)
    year = str(rng.choice([rng.randint(1960, 2024), rng.randint(1, 99)]))
    style = rng.randint(0, 8)
    if style == 0:
        pw = w + year
    elif style == 1:
        pw = w + rng.choice(PW_SYMS) + year
    elif style == 2:
        table = str.maketrans({"a": "@", "o": "0", "e": "3", "i": "1", "s": "$"})
        pw = w.translate(table) + year
    elif style == 3:
        pw = (
            w.capitalize()
            + rng.choice(PW_SYMS)
            + rng.choice(PW_WORDS).lower()
            + str(rng.randint(1, 99))
        )
    elif style == 4:
        alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789#$%&*"
        pw = "".join(rng.choice(alphabet) for _ in range(rng.randint(9, 14)))
    elif style == 5:
        pw = w.upper() + year
    elif style == 6:
        pw = (
            rng.choice(PW_WORDS).lower()
            + rng.choice(["_", ".", "-"])
            + w.lower()
            + str(rng.randint(1, 9))
        )
    elif style == 7:
        pw = w + year + rng.choice(PW_SYMS) + rng.choice("abcxyz")
    else:
        pw = "Mi" + w.capitalize() + year
    pw = pw.replace(" ", "")
    while pw and not pw[-1].isalnum():
        pw = pw[:-1]
    return pw


def luhn_invalid(rng: Random, n: int, prefix: str = "") -> str:
    s = prefix + rand_digits(rng, n - len(prefix))
    if luhn.is_valid(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


# --------------------------------------------------------------------------------------
# Names, places, merchants
# --------------------------------------------------------------------------------------

BANKS = [
    "Northwind Card",
    "Meridian Bank",
    "Cobalt Card",
    "Summit Federal",
    "Aurora Credit",
    "Banco Solar",
    "BancoAmigo",
    "Tarjeta Cóndor",
    "Keystone One",
    "Lumen Card",
]
BOTS = ["Nova", "Ava", "Max", "Sofi", "Leo", "Clara", "Bolt", "Tina", "Atlas", "Lía", "Kai"]
HUMANS_EN = ["Marcus", "Jenna", "Priya", "Tom", "Aisha", "Derek", "Kayla", "Brandon", "Mei", "Ron"]
HUMANS_ES = [
    "Luis",
    "Carmen",
    "Diego",
    "Valeria",
    "Jimena",
    "Andrés",
    "Rocío",
    "Matías",
    "Camila",
    "Óscar",
]
FIRST_EN = [
    "James",
    "Maria",
    "Kevin",
    "Ashley",
    "Tyrone",
    "Emily",
    "Brian",
    "Jasmine",
    "Linda",
    "Steve",
    "Nicole",
    "Dwayne",
]
LAST_EN = [
    "Miller",
    "Johnson",
    "Nguyen",
    "Smith",
    "Brooks",
    "Patel",
    "Walker",
    "O'Neil",
    "Baker",
    "Reyes",
]
FIRST_ES = [
    "José",
    "Guadalupe",
    "Martín",
    "Sofía",
    "Juan Carlos",
    "Lucía",
    "Alejandro",
    "Florencia",
    "Camilo",
    "Daniela",
    "Ramón",
    "Yesenia",
]
LAST_ES = [
    "García",
    "Hernández",
    "Rodríguez",
    "Fernández",
    "López",
    "Martínez",
    "Pérez",
    "Gómez",
    "Rojas",
    "Castillo",
]
MERCHANTS = [
    "AMZN Mktp US*2K4LT0QA1",
    "UBER *TRIP HELP.UBER.COM",
    "SQ *BLUE BOTTLE COFFEE",
    "WAL-MART #3349",
    "NETFLIX.COM",
    "SHELL OIL 57442",
    "OXXO CHAPULTEPEC",
    "MERCADOPAGO*MLIBRE",
    "RAPPI*RESTAURANTE",
    "SPOTIFY P1A2B3C4",
    "DOORDASH*CHIPOTLE",
    "TARGET 00012345",
    "APPLE.COM/BILL",
    "STEAMGAMES.COM 4259522985",
    "COSTCO WHSE #0481",
    "LIVERPOOL INSURGENTES",
    "EL CORTE INGLES",
    "FALABELLA",
    "PAYPAL *EBAY",
    "HOME DEPOT #6612",
]
SHORT_MERCHANTS = [
    "walmart",
    "Costco",
    "the gas station",
    "Target",
    "Amazon",
    "Oxxo",
    "Soriana",
    "Mercadona",
    "Uber",
    "Rappi",
    "Home Depot",
    "Éxito",
    "Jumbo",
]
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
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

# Regional flavour for Spanish speakers: interjections, "ok", "please", filler words, phone.
REGIONS: dict[str, dict[str, list[str]]] = {
    "mx": {
        "tag": [" güey", " jefe", "", ""],
        "ok": ["va", "sale", "órale", "ok"],
        "pls": ["porfa", "por favor", "porfis"],
        "fill": ["este", "o sea", "eh", "mmm"],
        "cel": ["celular", "cel"],
        "hola": ["Hola", "Buenas", "Qué onda"],
    },
    "ar": {
        "tag": [" che", "", ""],
        "ok": ["dale", "joya", "listo"],
        "pls": ["porfa", "por favor"],
        "fill": ["eh", "este", "o sea", "bueno"],
        "cel": ["celu", "celular"],
        "hola": ["Hola", "Buenas", "Holis"],
    },
    "es": {
        "tag": [" tío", "", ""],
        "ok": ["vale", "venga", "vale vale"],
        "pls": ["por favor", "porfa"],
        "fill": ["pues", "eh", "a ver", "mmm"],
        "cel": ["móvil"],
        "hola": ["Hola", "Buenas", "Buenas tardes"],
    },
    "co": {
        "tag": [" parce", " sumercé", "", ""],
        "ok": ["listo", "bueno", "dale"],
        "pls": ["por favor", "porfa", "hágame el favor"],
        "fill": ["pues", "eh", "este", "o sea"],
        "cel": ["celular", "cel"],
        "hola": ["Hola", "Buenas", "Buenos días"],
    },
    "cl": {
        "tag": [" po", "", ""],
        "ok": ["ya", "ya po", "dale"],
        "pls": ["porfa", "por favor"],
        "fill": ["eh", "este", "o sea", "mmm"],
        "cel": ["celular", "cel"],
        "hola": ["Hola", "Wena", "Buenas"],
    },
    "pr": {
        "tag": [" mano", " wepa", "", ""],
        "ok": ["ok", "dale", "ta bien"],
        "pls": ["porfa", "por favor"],
        "fill": ["este", "eh", "o sea", "mira"],
        "cel": ["cel", "celular"],
        "hola": ["Hola", "Saludos", "Buenas"],
    },
}
EN_REGION: dict[str, list[str]] = {
    "tag": ["", "", " lol", " man"],
    "ok": ["ok", "okay", "k", "alright"],
    "pls": ["please", "pls", "plz"],
    "fill": ["uh", "um", "uhh", "umm", "hmm"],
    "cel": ["phone", "cell"],
    "hola": ["Hi", "Hello", "Hey"],
}

# --------------------------------------------------------------------------------------
# Numbers said out loud (speech-to-text renderings)
# --------------------------------------------------------------------------------------

EN_D = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ES_D = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
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
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
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
ES_20S = [
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
    "twenty first",
    "twenty second",
    "twenty third",
    "twenty fourth",
    "twenty fifth",
    "twenty sixth",
    "twenty seventh",
    "twenty eighth",
    "twenty ninth",
    "thirtieth",
    "thirty first",
]


def en_num(n: int) -> str:
    """Cardinal in English words, 0..999999."""
    if n < 10:
        return EN_D[n]
    if n < 20:
        return EN_TEENS[n - 10]
    if n < 100:
        return EN_TENS[n // 10] + ("" if n % 10 == 0 else " " + EN_D[n % 10])
    if n < 1000:
        rest = n % 100
        return EN_D[n // 100] + " hundred" + ("" if rest == 0 else " " + en_num(rest))
    rest = n % 1000
    return en_num(n // 1000) + " thousand" + ("" if rest == 0 else " " + en_num(rest))


def es_num(n: int) -> str:
    """Cardinal in Spanish words, 0..999999."""
    if n < 10:
        return ES_D[n]
    if n < 20:
        return ES_TEENS[n - 10]
    if n < 30:
        return ES_20S[n - 20]
    if n < 100:
        return ES_TENS[n // 10] + ("" if n % 10 == 0 else " y " + ES_D[n % 10])
    if n == 100:
        return "cien"
    if n < 1000:
        rest = n % 100
        return ES_HUNDREDS[n // 100] + ("" if rest == 0 else " " + es_num(rest))
    rest = n % 1000
    head = "mil" if n // 1000 == 1 else es_num(n // 1000) + " mil"
    return head + ("" if rest == 0 else " " + es_num(rest))


def say_digit(rng: Random, d: str, lang: str, slips: bool) -> str:
    k = int(d)
    if lang == "es":
        return ES_D[k]
    if k == 0:
        return rng.choice(["oh", "oh", "zero"])
    if slips:
        r = rng.random()
        if k == 4 and r < 0.06:
            return "for"
        if k == 2 and r < 0.06:
            return rng.choice(["to", "too"])
        if k == 8 and r < 0.03:
            return "ate"
    return EN_D[k]


def say_digitwise(rng: Random, group: str, lang: str, slips: bool = True) -> str:
    words: list[str] = []
    i = 0
    double, triple = ("doble", "triple") if lang == "es" else ("double", "triple")
    while i < len(group):
        d = group[i]
        run = 1
        while i + run < len(group) and group[i + run] == d and run < 3:
            run += 1
        if run == 3 and rng.random() < 0.5:
            words.append(f"{triple} {say_digit(rng, d, lang, False)}")
            i += 3
            continue
        if run >= 2 and rng.random() < 0.35:
            words.append(f"{double} {say_digit(rng, d, lang, False)}")
            i += 2
            continue
        words.append(say_digit(rng, d, lang, slips))
        i += 1
    return " ".join(words)


def say_pair(rng: Random, pair: str, lang: str) -> str:
    a, b = int(pair[0]), int(pair[1])
    if a == 0:
        return ("cero " + ES_D[b]) if lang == "es" else ("oh " + EN_D[b])
    if a == 1:
        return ES_TEENS[b] if lang == "es" else EN_TEENS[b]
    if b == 0:  # "forty" next to another number word would be ambiguous: say the digits
        return say_digitwise(rng, pair, lang, slips=False)
    if lang == "es":
        return ES_20S[b] if a == 2 else f"{ES_TENS[a]} y {ES_D[b]}"
    return EN_TENS[a] + rng.choice([" ", " ", "-"]) + EN_D[b]


def say_pairs(rng: Random, group: str, lang: str) -> str:
    words = []
    start = 0
    if len(group) % 2:
        words.append(say_digit(rng, group[0], lang, False))
        start = 1
    for i in range(start, len(group), 2):
        words.append(say_pair(rng, group[i : i + 2], lang))
    return " ".join(words)


def spoken(
    rng: Random,
    digits: str,
    groups: list[int],
    lang: str,
    fillers: list[str],
    numerals: float = 0.0,
    pairs: float = 0.0,
    filler_rate: float = 0.25,
) -> str:
    """A number as a caller says it and the recogniser writes it down."""
    base = lang if lang != "mix" else rng.choice(["en", "en", "es"])
    rendered = []
    for g in chunk(digits, groups):
        glang = base
        if lang == "mix" and rng.random() < 0.2:
            glang = "es" if base == "en" else "en"
        r = rng.random()
        if r < numerals:
            rendered.append(g)
        elif r < numerals + pairs and len(g) >= 2:
            rendered.append(say_pairs(rng, g, glang))
        else:
            rendered.append(say_digitwise(rng, g, glang))
    out = rendered[0]
    for w in rendered[1:]:
        if fillers and rng.random() < filler_rate:
            f = rng.choice(fillers)
            sep = rng.choice([f", {f}, ", f" {f} ", f"... {f}... ", f", {f} "])
        else:
            sep = rng.choice([", ", " ", " ", "... ", ", "])
        out += sep + w
    return out


def spell_pw(rng: Random, pw: str, lang: str) -> str:
    """A password spelled out on the phone ("capital B, o, c, a, one nine oh five")."""
    names_en = {
        "#": "hashtag",
        "$": "dollar sign",
        "&": "and sign",
        "*": "star",
        "@": "at sign",
        "!": "exclamation point",
        "_": "underscore",
        ".": "dot",
        "-": "dash",
        "%": "percent",
    }
    names_es = {
        "#": "numeral",
        "$": "signo de pesos",
        "&": "ampersand",
        "*": "asterisco",
        "@": "arroba",
        "!": "signo de admiración",
        "_": "guion bajo",
        ".": "punto",
        "-": "guion",
        "%": "por ciento",
    }
    out = []
    for ch in pw:
        if ch.isdigit():
            out.append(ES_D[int(ch)] if lang == "es" else EN_D[int(ch)])
        elif ch.isalpha():
            low = ch.lower()
            if ch.isupper():
                out.append(("mayúscula " if lang == "es" else "capital ") + low)
            else:
                out.append(low)
        else:
            out.append((names_es if lang == "es" else names_en).get(ch, ch))
    sep = rng.choice([" ", ", ", " "])
    return sep.join(out)


def say_dob(rng: Random, day: int, month: int, year: int, lang: str) -> str:
    if lang == "es":
        yy = year % 100
        tail = (
            f"mil novecientos {es_num(yy)}"
            if year < 2000
            else f"dos mil {es_num(yy)}"
            if yy
            else "dos mil"
        )
        if rng.random() < 0.4 and year < 2000:
            tail = f"del {es_num(yy)}"
        return f"{es_num(day) if day != 1 else 'primero'} de {MONTHS_ES[month - 1]} {'de ' if not tail.startswith('del') else ''}{tail}"
    yy = year % 100
    if year < 2000:
        ytxt = "nineteen " + (en_num(yy) if yy >= 10 else "oh " + EN_D[yy])
    else:
        ytxt = "two thousand" + ("" if yy == 0 else " " + en_num(yy))
    if rng.random() < 0.5:
        return f"{MONTHS_EN[month - 1].lower()} {EN_ORD[day - 1]} {ytxt}"
    return f"{say_digitwise(rng, f'{month:02d}', 'en', False)}, {say_pairs(rng, f'{day:02d}', 'en')}, {ytxt}"


def say_amount(rng: Random, cents: int, lang: str) -> str:
    d, c = divmod(cents, 100)
    if lang == "es":
        cur = rng.choice(["pesos", "dólares"])
        return f"{es_num(d)} {cur}" + ("" if c == 0 else f" con {es_num(c)} centavos")
    if rng.random() < 0.5 or c == 0:
        return f"{en_num(d)} dollars" + ("" if c == 0 else f" and {en_num(c)} cents")
    return f"{en_num(d)} {en_num(c) if c >= 10 else 'oh ' + EN_D[c]}"


# --------------------------------------------------------------------------------------
# Templates, rendering, noise
# --------------------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{(\w+)\}")
# Slots holding a secret, by name without trailing digits. "part" is an earlier part of a
# split card (keeps nothing), "lastpart" the part that ends it (keeps the last four).
SECRET_BASE: dict[str, str] = {
    "card": CC,
    "part": CC,
    "lastpart": CC,
    "cvv": CVV,
    "ssn": SSN,
    "otp": OTP,
    "pw": PW,
    "pin": PIN,
}

Pool = str | list[str] | dict[str, list[str]]


def render(tpl: str, get: Callable[[str], str]) -> tuple[str, list[Label]]:
    out: list[str] = []
    labels: list[Label] = []
    pos = n = 0
    for m in SLOT_RE.finditer(tpl):
        lit = tpl[pos : m.start()]
        out.append(lit)
        n += len(lit)
        name = m.group(1)
        value = get(name)
        base = name.rstrip(DIGITS)
        typ = SECRET_BASE.get(base)
        if typ is not None:
            keep = 0 if base == "part" else 4 if typ in (CC, SSN) else 0
            labels.append(
                Label(typ, n, n + len(value), keep=keep, split_part=base in ("part", "lastpart"))
            )
        out.append(value)
        n += len(value)
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), labels


def map_literals(tpl: str, fn: Callable[[str], str]) -> str:
    pieces = SLOT_RE.split(tpl)
    for i in range(0, len(pieces), 2):
        pieces[i] = fn(pieces[i])
    for i in range(1, len(pieces), 2):
        pieces[i] = "{" + pieces[i] + "}"
    return "".join(pieces)


def strip_accents(s: str) -> str:
    kept = (
        ch
        for ch in unicodedata.normalize("NFD", s)
        if unicodedata.category(ch) != "Mn" or ch == "\u0303"
    )
    return unicodedata.normalize("NFC", "".join(kept))


ABBREV_EN = [
    (r"\byou\b", "u"),
    (r"\bplease\b", "pls"),
    (r"\byour\b", "ur"),
    (r"\bthanks\b", "thx"),
    (r"\bbecause\b", "bc"),
    (r"\bare\b", "r"),
    (r"\bokay\b", "ok"),
    (r"\bright now\b", "rn"),
]
ABBREV_ES = [
    (r"\bpor favor\b", "porfa"),
    (r"\bque\b", "q"),
    (r"\btambién\b", "tmb"),
    (r"\bporque\b", "xq"),
    (r"\bgracias\b", "grax"),
    (r"\bestá\b", "ta"),
    (r"\bpara\b", "pa"),
    (r"\bde acuerdo\b", "dale"),
]


def typo(rng: Random, s: str) -> str:
    words = [m for m in re.finditer(r"[A-Za-zÀ-ÿ]{5,}", s)]
    if not words:
        return s
    w = rng.choice(words)
    word = w.group(0)
    i = rng.randint(1, len(word) - 3)
    kind = rng.random()
    if kind < 0.5:
        word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    elif kind < 0.8:
        word = word[:i] + word[i + 1 :]
    else:
        word = word[:i] + word[i] + word[i:]
    return s[: w.start()] + word + s[w.end() :]


def chat_noise(rng: Random, tpl: str, lang: str) -> str:
    """Casing, abbreviations, dropped accents and a typo, applied outside the value slots."""
    r = [rng.random() for _ in range(7)]
    if r[0] < 0.06:
        tpl = map_literals(tpl, str.upper)
    elif r[0] < 0.42:
        tpl = map_literals(tpl, str.lower)
    if r[1] < 0.3:
        table = ABBREV_EN if lang == "en" else ABBREV_ES if lang == "es" else ABBREV_EN + ABBREV_ES
        tpl = map_literals(tpl, lambda s: _subs(s, table))
    if lang != "en" and r[2] < 0.4:
        tpl = map_literals(tpl, strip_accents)
    if r[3] < 0.14:
        pieces = SLOT_RE.split(tpl)
        idx = [i for i in range(0, len(pieces), 2) if re.search(r"[A-Za-zÀ-ÿ]{5,}", pieces[i])]
        if idx:
            k = rng.choice(idx)
            pieces[k] = typo(rng, pieces[k])
            tpl = "".join(p if i % 2 == 0 else "{" + p + "}" for i, p in enumerate(pieces))
    if r[4] < 0.4 and tpl.endswith(".") and not tpl.endswith(".."):
        tpl = tpl[:-1]
    if r[5] < 0.1:
        tpl = map_literals(tpl, lambda s: s.replace("?", "??").replace("!", "!!"))
    if r[6] < 0.08:
        tpl = map_literals(tpl, lambda s: s.replace(", ", " "))
    return tpl


def _subs(s: str, table: list[tuple[str, str]]) -> str:
    for pat, rep in table:
        s = re.sub(pat, rep, s, flags=re.IGNORECASE)
    return s


def asr_noise(rng: Random, tpl: str, style: str, fillers: list[str], rate: float) -> str:
    """Speech-to-text output: casing, punctuation, fillers and the odd unknown token."""
    if style in ("raw", "mixed"):
        tpl = map_literals(tpl, str.lower)
    if style == "raw" or (style == "mixed" and rng.random() < 0.5):
        tpl = map_literals(
            tpl, lambda s: re.sub(r" {2,}", " ", re.sub(r"[.!?¿¡;]", "", s.replace(", ", " ")))
        )
    if fillers and rng.random() < rate:
        pieces = SLOT_RE.split(tpl)
        idx = [i for i in range(0, len(pieces), 2) if " " in pieces[i].strip()]
        if idx:
            k = rng.choice(idx)
            spaces = [m.start() for m in re.finditer(" ", pieces[k])]
            at = rng.choice(spaces)
            pieces[k] = pieces[k][:at] + " " + rng.choice(fillers) + pieces[k][at:]
            tpl = "".join(p if i % 2 == 0 else "{" + p + "}" for i, p in enumerate(pieces))
    if rng.random() < 0.05:
        tpl = map_literals(
            tpl,
            lambda s: s.replace(" the ", " the <unk> ", 1).replace(" que ", " que [inaudible] ", 1),
        )
    return tpl


def pick(rng: Random, pool: Pool, lang: str) -> str:
    if isinstance(pool, str):
        return pool
    if isinstance(pool, dict):
        if lang in pool:
            return rng.choice(pool[lang])
        if lang == "mix":
            return rng.choice(pool[rng.choice(["en", "es"])])
        return rng.choice(pool["en"])
    return rng.choice(pool)


def fmt_money(rng: Random, cents: int, region: str, style: int | None = None) -> str:
    """An amount in the region's notation; `style` fixes one house style per conversation."""
    d, c = divmod(cents, 100)
    us = f"{d:,}.{c:02d}"
    eu = us.replace(",", "X").replace(".", ",").replace("X", ".")
    whole = f"{d * 10:,}".replace(",", ".")
    options = {
        "mx": [f"${us}", f"${us} MXN", f"$ {us}"],
        "ar": [f"$ {eu}", f"${eu}", f"ARS {eu}"],
        "es": [f"{eu} €", f"{eu}€", f"€{eu}"],
        "co": [f"$ {whole}", f"${whole}", f"{whole} pesos"],
        "cl": [f"$ {whole}", f"${whole}", f"{whole} pesos"],
    }.get(region, [f"${us}", f"${us}", f"USD {us}", f"$ {us}"])
    if style is not None:
        return options[style % len(options)]
    return rng.choice(options)


def fmt_phone(rng: Random, region: str) -> str:
    r = rand_digits
    if region == "mx":
        return rng.choice(
            [
                f"55 {r(rng, 4)} {r(rng, 4)}",
                f"+52 81 {r(rng, 4)} {r(rng, 4)}",
                f"33-{r(rng, 4)}-{r(rng, 4)}",
            ]
        )
    if region == "ar":
        return rng.choice([f"11 {r(rng, 4)}-{r(rng, 4)}", f"+54 9 11 {r(rng, 4)}-{r(rng, 4)}"])
    if region == "es":
        return rng.choice(
            [
                f"6{r(rng, 2)} {r(rng, 3)} {r(rng, 3)}",
                f"+34 6{r(rng, 2)} {r(rng, 2)} {r(rng, 2)} {r(rng, 2)}",
            ]
        )
    if region == "co":
        return rng.choice(
            [f"300 {r(rng, 3)} {r(rng, 4)}", f"+57 31{r(rng, 1)} {r(rng, 3)} {r(rng, 4)}"]
        )
    if region == "cl":
        return rng.choice([f"+56 9 {r(rng, 4)} {r(rng, 4)}", f"9 {r(rng, 4)} {r(rng, 4)}"])
    area = rng.choice(["312", "305", "213", "646", "787", "915", "210", "718", "404", "702"])
    mid, end = str(rng.randint(200, 989)), r(rng, 4)
    return rng.choice(
        [
            f"({area}) {mid}-{end}",
            f"{area}-{mid}-{end}",
            f"+1 {area} {mid} {end}",
            f"{area}.{mid}.{end}",
            f"1-{area}-{mid}-{end}",
        ]
    )


def fmt_zip(rng: Random, region: str) -> str:
    if region == "ar":
        return rng.choice(["C1425", "B1636", "1406", "X5000"])
    if region == "co":
        return rng.choice(["110111", "050021", "760001", "080002"])
    if region == "cl":
        return rng.choice(["8320000", "7500000", "8340457"])
    if region == "pr":
        return rng.choice(["00907", "00926", "00612", "00725"])
    if region == "es":
        return f"{rng.choice(['28', '08', '41', '46', '29'])}{rand_digits(rng, 3)}"
    return f"{rng.randint(10000, 99950)}"


def fmt_masked(rng: Random, last4: str, bin6: str) -> str:
    return rng.choice(
        [
            f"**** **** **** {last4}",
            f"•••• {last4}",
            f"XXXX-XXXX-XXXX-{last4}",
            f"{bin6}******{last4}",
            f"****{last4}",
            f"x{last4}",
            f"•••• •••• •••• {last4}",
            f"{bin6[:4]} **** **** {last4}",
        ]
    )


def txn_table(rng: Random, c: Ctx) -> str:
    es = c.vlang == "es"
    rows = []
    for _ in range(rng.randint(3, 5)):
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        date = f"{day:02d}/{month:02d}" if es else f"{month:02d}/{day:02d}"
        merchant = rng.choice(MERCHANTS)
        amount = fmt_money(rng, rng.randint(199, 89999), c.region, c.money_style)
        status = rng.choice(
            ["Pendiente", "Aplicado", "Rechazado"] if es else ["Pending", "Posted", "Declined"]
        )
        ref = f"TX-{rand_digits(rng, 5)}-{rand_digits(rng, 4)}"
        auth = rand_digits(rng, 6)
        mid = luhn_invalid(rng, 15, rng.choice(["0", "4", "5"]))
        rows.append((date, merchant, amount, status, ref, auth, mid))
    style = rng.randint(0, 4)
    if style == 0:
        head = (
            "| Fecha | Comercio | Monto | Estado | Referencia |"
            if es
            else "| Date | Merchant | Amount | Status | Reference |"
        )
        lines = [head, "|---|---|---|---|---|"]
        lines += [f"| {d} | {m} | {a} | {s} | {r} |" for d, m, a, s, r, _, _ in rows]
        return "\n".join(lines)
    if style == 1:
        return "\n".join(
            f"• {d} · {m} · **{a}** · {s} · auth {au}" for d, m, a, s, _, au, _ in rows
        )
    if style == 2:
        items = ",\n".join(
            f'  {{"date": "{d}", "merchant": "{m}", "amount": "{a}", "status": "{s}", "mid": "{mi}"}}'
            for d, m, a, s, _, _, mi in rows
        )
        return "```json\n[\n" + items + "\n]\n```"
    if style == 3:
        lines = [f"{d}  {m[:22]:<22}  {a:>12}  {r}" for d, m, a, _, r, _, _ in rows]
        return "```\n" + "\n".join(lines) + "\n```"
    label = "Comercio ID" if es else "Merchant ID"
    return "\n".join(
        f"{i + 1}. {m} — {a} ({d}) · {label}: {mi} · Ref: {r}"
        for i, (d, m, a, _, r, _, mi) in enumerate(rows)
    )


VOICE_TAGS: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ("Caller: ", "IVR: ", "Agent: "),
        ("CALLER: ", "IVR: ", "AGENT: "),
        ("[caller] ", "[ivr] ", "[agent] "),
        ("Customer: ", "VoiceBot: ", "Rep: "),
        ("spk_1: ", "spk_0: ", "spk_2: "),
    ],
    "es": [
        ("Cliente: ", "IVR: ", "Agente: "),
        ("Llamante: ", "Sistema: ", "Asesor: "),
        ("CLIENTE: ", "IVR: ", "AGENTE: "),
        ("[cliente] ", "[ivr] ", "[agente] "),
        ("spk_1: ", "spk_0: ", "spk_2: "),
    ],
}
REGIONAL_SLOTS = ("tag", "ok", "pls", "fill", "cel", "hola")


class Ctx:
    """One conversation being written: its language, persona, values and messages."""

    def __init__(self, rng: Random, lang: str, voice: bool) -> None:
        self.rng = rng
        self.lang = lang
        self.voice = voice
        if lang == "en":
            self.region, self.reg = "us", EN_REGION
        else:
            self.region = (
                rng.choice(list(REGIONS)) if lang == "es" else rng.choice(["mx", "pr", "co", "mx"])
            )
            self.reg = REGIONS[self.region]
        self.vlang = lang if lang != "mix" else rng.choice(["en", "es"])
        self.msgs: list[Message] = []
        self.asr = rng.choice(["raw", "raw", "punct", "mixed"])
        self.stamps = rng.random() < 0.35
        self.clock = rng.randint(2, 30)
        self.tags = rng.choice(VOICE_TAGS["en" if self.vlang == "en" else "es"])
        self.card = ""
        self.brand = "visa"
        self.money_style = rng.randint(0, 99)
        self.v: dict[str, str] = {}
        self._values()

    # ---- values -------------------------------------------------------------------
    def fillers(self, lang: str | None = None) -> list[str]:
        lang = lang or self.lang
        if lang == "en" or self.lang == "en":
            return EN_REGION["fill"]
        if lang == "mix":
            return self.reg["fill"] + ["uh", "um"]
        return self.reg["fill"]

    def say(
        self,
        digits: str,
        groups: list[int] | None = None,
        numerals: float = 0.0,
        pairs: float = 0.0,
        lang: str | None = None,
    ) -> str:
        """A number spoken by the caller (lang None: code-switching allowed) or the desk."""
        lang = lang or self.lang
        fill = self.fillers(lang)
        s = spoken(self.rng, digits, groups or [len(digits)], lang, fill, numerals, pairs)
        if self.asr == "raw":
            s = re.sub(r"\s+", " ", s.replace("...", " ").replace(",", " ")).strip()
        return s

    def _values(self) -> None:
        rng, v, es = self.rng, self.v, self.vlang == "es"
        v["bank"] = rng.choice(BANKS)
        v["bot"] = rng.choice(BOTS)
        v["agent"] = rng.choice(HUMANS_ES if es else HUMANS_EN)
        first = rng.choice(FIRST_ES if es else FIRST_EN)
        v["first"] = first
        v["name"] = f"{first} {rng.choice(LAST_ES if es else LAST_EN)}"
        v["last4x"] = rand_digits(rng, 4)
        v["phone"] = fmt_phone(rng, self.region)
        v["ph4"] = re.sub(r"\D", "", v["phone"])[-4:]
        v["zip"] = fmt_zip(rng, self.region)
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1948, 2003)
        v["dob"] = (
            rng.choice(
                [
                    f"{day:02d}/{month:02d}/{year}",
                    f"{day}/{month}/{year}",
                    f"{day}-{month:02d}-{year}",
                ]
            )
            if es
            else rng.choice(
                [
                    f"{month:02d}/{day:02d}/{year}",
                    f"{month}/{day}/{year}",
                    f"{MONTHS_EN[month - 1]} {day}, {year}",
                    f"{year}-{month:02d}-{day:02d}",
                ]
            )
        )
        v["dob_s"] = say_dob(rng, day, month, year, self.vlang)
        cents = [rng.choice([rng.randint(150, 9999), rng.randint(1000, 250000)]) for _ in range(3)]
        v["amt"], v["amt2"], v["amt3"] = (
            fmt_money(rng, x, self.region, self.money_style) for x in cents
        )
        v["amt_s"] = say_amount(rng, cents[1], self.vlang)
        m1, d1, m2, d2 = (
            rng.randint(1, 12),
            rng.randint(1, 28),
            rng.randint(1, 12),
            rng.randint(1, 28),
        )
        if es:
            v["date"] = rng.choice(
                [
                    f"{d1:02d}/{m1:02d}",
                    f"{d1} de {MONTHS_ES[m1 - 1]}",
                    f"{d1:02d}-{MONTHS_ES[m1 - 1][:3]}",
                ]
            )
            v["date2"] = rng.choice([f"{d2:02d}/{m2:02d}/2024", f"{d2} de {MONTHS_ES[m2 - 1]}"])
            v["mmdd"] = f"{d1:02d}/{m1:02d}"
        else:
            v["date"] = rng.choice(
                [f"{m1:02d}/{d1:02d}", f"{MONTHS_EN[m1 - 1][:3]} {d1}", f"{m1}/{d1}/24"]
            )
            v["date2"] = rng.choice([f"{m2:02d}/{d2:02d}/2024", f"{MONTHS_EN[m2 - 1]} {d2}"])
            v["mmdd"] = f"{m1:02d}/{d1:02d}"
        em, ey = rng.randint(1, 12), rng.randint(25, 31)
        v["exp"] = rng.choice([f"{em:02d}/{ey}", f"{em}/{ey}", f"{em:02d}/20{ey}"])
        v["exp_s"] = (
            self.say(f"{em:02d}", [2], lang=self.vlang)
            + " "
            + (say_pair(rng, str(ey), "es") if self.vlang == "es" else say_pair(rng, str(ey), "en"))
        )
        v["expc"] = rng.choice([f"{em:02d}/{ey}", f"{em:02d}{ey}", f"{em:02d} {ey}", f"{em}/{ey}"])
        v["ref"] = f"TX-{rand_digits(rng, 5)}-{rand_digits(rng, 4)}"
        v["case"] = rng.choice(
            [
                f"CS-2024-{rand_digits(rng, 6)}",
                f"#{rand_digits(rng, 8)}",
                f"CAS-{rand_digits(rng, 7)}",
                f"{rand_digits(rng, 9)}",
                f"INC{rand_digits(rng, 7)}",
            ]
        )
        order = luhn_invalid(rng, 17, rng.choice(["1", "7"]))
        v["order"] = f"{order[:3]}-{order[3:10]}-{order[10:]}"
        v["conf"] = rng.choice(
            [
                "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
                rand_digits(rng, 8),
                f"CNF-{rand_digits(rng, 6)}",
            ]
        )
        v["confd"] = rand_digits(rng, rng.choice([6, 7, 8]))
        v["conf_s"] = self.say(
            v["confd"], {6: [3, 3], 7: [3, 4], 8: [4, 4]}[len(v["confd"])], lang=self.vlang
        )
        v["longref"] = luhn_invalid(
            rng, rng.randint(16, 19), rng.choice(["4", "5", "3", "6", "9", "0"])
        )
        v["mid"] = luhn_invalid(rng, 15, rng.choice(["0", "4", "5"]))
        v["auth"] = rand_digits(rng, 6)
        v["arn"] = luhn_invalid(rng, 23, "7")
        v["track"] = rng.choice(
            [
                "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(16)),
                " ".join(chunk("9400" + rand_digits(rng, 18), [4, 4, 4, 4, 4, 2])),
                "TBA" + rand_digits(rng, 12),
            ]
        )
        v["merchant"] = rng.choice(MERCHANTS)
        v["shop"] = rng.choice(SHORT_MERCHANTS)
        handle = (
            strip_accents(first.split()[0].lower()).replace("ñ", "n")
            + rng.choice([".", "_", ""])
            + rand_digits(rng, 2)
        )
        v["user"] = handle
        v["email"] = (
            handle
            + "@"
            + rng.choice(["gmail.com", "yahoo.com", "hotmail.com", "outlook.es", "icloud.com"])
        )
        v["time"] = (
            f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}"
            if not es
            else f"{rng.randint(0, 23)}:{rng.randint(0, 59):02d}"
        )
        v["wait"] = str(rng.randint(2, 15))
        v["apr"] = f"{rng.randint(14, 32)}.{rand_digits(rng, 2)}%"
        v["ext"] = rand_digits(rng, 4)
        v["addr"] = rng.choice(
            [
                f"{rng.randint(100, 9999)} W Oak St Apt {rng.randint(1, 40)}B",
                f"{rng.randint(10, 999)} Maple Ave",
                f"Av. Insurgentes Sur {rng.randint(100, 3000)}, depto {rng.randint(1, 30)}",
                f"Calle {rng.randint(1, 120)} # {rng.randint(1, 90)}-{rng.randint(1, 99)}",
            ]
        )
        v["limit"] = fmt_money(rng, rng.randint(50, 300) * 10000, self.region, self.money_style)
        v["bin6"] = rng.choice(["4", "5", "37"]) + rand_digits(rng, 4)
        v["bin_s"] = self.say(v["bin6"][:4], [4], lang=self.vlang)
        self.set_last4(rand_digits(rng, 4))
        v["ph4_s"] = self.say(v["ph4"], [4], pairs=0.2, lang=self.vlang)
        v["zip_s"] = self.say(re.sub(r"\D", "", v["zip"]) or "10001", [5], lang=self.vlang)
        v["phone_s"] = self.say(
            re.sub(r"\D", "", v["phone"])[-10:], [3, 3, 4], numerals=0.15, lang=self.vlang
        )
        v["table"] = txn_table(rng, self)

    def set_last4(self, last4: str) -> None:
        self.v["last4"] = last4
        self.v["last4_s"] = self.say(last4, [4], pairs=0.2, lang=self.vlang)
        self.v["masked"] = fmt_masked(self.rng, last4, self.v["bin6"])

    def new_card(self, brand: str | None = None) -> str:
        self.card, self.brand = make_card(self.rng, brand)
        self.v["bin6"] = self.card[:6]
        self.v["bin_s"] = self.say(self.card[:4], [4], lang=self.vlang)
        self.set_last4(self.card[-4:])
        return self.card

    def card_text(self) -> str:
        return fmt_card(self.rng, self.card, self.brand)

    def card_said(self) -> str:
        if self.rng.random() < 0.18:
            return (
                fmt_card(self.rng, self.card, self.brand)
                if self.rng.random() < 0.7
                else " ".join(chunk(self.card, fours(self.card)))
            )
        groups = card_groups(self.card, self.brand) if self.rng.random() < 0.7 else fours(self.card)
        return self.say(
            self.card,
            groups,
            numerals=self.rng.choice([0.0, 0.0, 0.3]),
            pairs=self.rng.choice([0.0, 0.0, 0.35]),
        )

    def cvv_said(self) -> str:
        return self.say(make_cvv(self.rng, self.brand), None, numerals=0.1)

    # ---- messages -----------------------------------------------------------------
    def _get(self, vals: dict[str, str]) -> Callable[[str], str]:
        def get(name: str) -> str:
            if name in vals:
                return vals[name]
            if name in self.v:
                return self.v[name]
            if name in REGIONAL_SLOTS:
                return self.rng.choice(self.reg[name])
            raise KeyError(name)

        return get

    def _tag(self, who: int) -> str:
        self.clock += self.rng.randint(3, 28)
        stamp = f"[{self.clock // 60:02d}:{self.clock % 60:02d}] " if self.stamps else ""
        return stamp + self.tags[who]

    def _emit(
        self,
        role: str,
        pool: Pool,
        kind: str,
        ask: tuple[str, ...],
        vals: dict[str, str],
        mode: str,
    ) -> Message:
        # the desk answers in one language; customers code-switch
        tpl = pick(self.rng, pool, self.lang if mode in ("cust", "caller") else self.vlang)
        if mode == "cust":
            tpl = chat_noise(self.rng, tpl, self.lang)
        elif mode == "human":
            if self.rng.random() < 0.25:
                tpl = map_literals(tpl, str.lower)
        elif mode == "caller":
            tpl = self._tag(0) + asr_noise(self.rng, tpl, self.asr, self.fillers(), 0.35)
        elif mode == "rep":
            tpl = self._tag(2) + asr_noise(self.rng, tpl, self.asr, self.fillers(self.vlang), 0.1)
        elif mode == "ivr":
            tpl = self._tag(1) + tpl
        text, labels = render(tpl, self._get(vals))
        msg = Message(role=role, text=text, labels=labels, requested=frozenset(ask), kind=kind)
        self.msgs.append(msg)
        return msg

    def cust(self, pool: Pool, kind: str = "clean", **vals: str) -> Message:
        return self._emit("customer", pool, kind, (), vals, "cust")

    def bot(
        self, pool: Pool, kind: str = "bot_reply", ask: tuple[str, ...] = (), **vals: str
    ) -> Message:
        return self._emit("agent", pool, kind, ask, vals, "bot")

    def human(
        self, pool: Pool, kind: str = "human_reply", ask: tuple[str, ...] = (), **vals: str
    ) -> Message:
        return self._emit("agent", pool, kind, ask, vals, "human")

    def caller(self, pool: Pool, kind: str = "clean", **vals: str) -> Message:
        return self._emit("customer", pool, kind, (), vals, "caller")

    def ivr(
        self, pool: Pool, kind: str = "ivr_prompt", ask: tuple[str, ...] = (), **vals: str
    ) -> Message:
        return self._emit("agent", pool, kind, ask, vals, "ivr")

    def rep(
        self, pool: Pool, kind: str = "rep_reply", ask: tuple[str, ...] = (), **vals: str
    ) -> Message:
        return self._emit("agent", pool, kind, ask, vals, "rep")

    def chance(self, p: float) -> bool:
        return self.rng.random() < p


# --------------------------------------------------------------------------------------
# Chat pools: the assistant's side (legitimate unless the name says otherwise)
# --------------------------------------------------------------------------------------

BOT_GREET: dict[str, list[str]] = {
    "en": [
        "Hi! I'm {bot}, {bank}'s virtual assistant 🤖 How can I help today?\n\n1️⃣ Check balance\n2️⃣ Lost or stolen card\n3️⃣ Dispute a charge\n4️⃣ Something else",
        'Hello {first}, welcome back! I\'m {bot}, an automated assistant. Try things like *"card locked"*, *"payment due"* or *"talk to an agent"*.',
        "👋 Hi, this is {bot} (automated). Please don't share full card numbers, PINs or passwords in this chat. What can I do for you?",
        "Welcome to {bank} Chat. You're talking to {bot}, our AI assistant. Type your question below.\n_Messages may be monitored for quality._",
        "[{bot} · AI assistant] Hi there! I can help with balances, payments, card controls and disputes. What brings you in?",
        "Hi {first} 👋 I'm {bot}. I see a card ending in {last4} on your profile. What can I help with?",
        "Good afternoon! {bot} here, {bank}'s digital assistant. Reply with a number:\n1 – Balance & payments\n2 – Card lock / replace\n3 – Fraud or disputes\n0 – Talk to a person",
    ],
    "es": [
        "¡Hola! Soy {bot}, tu asistente virtual de {bank} 🤖 ¿En qué te ayudo?\n\n1️⃣ Consultar saldo\n2️⃣ Reportar tarjeta perdida o robada\n3️⃣ Aclarar un cargo\n4️⃣ Otra cosa",
        "Hola {first}, soy {bot}, asistente automático de {bank}. Por tu seguridad, nunca compartas tu NIP, CVV ni contraseñas por este chat. ¿Qué necesitas?",
        "Bienvenido/a al chat de {bank}. Estás hablando con {bot}, nuestro asistente con IA. Escribe tu consulta 👇",
        "[{bot} · asistente virtual] ¡Hola! Puedo ayudarte con saldos, pagos, bloqueo de tarjeta y aclaraciones. ¿Qué se te ofrece?",
        "Hola {first} 👋 Soy {bot}. Veo una tarjeta terminada en {last4} en tu perfil. ¿Cómo te ayudo hoy?",
        "¡Buenas! Te atiende {bot}, el asistente digital de {bank}. Responde con un número:\n1 – Saldo y pagos\n2 – Bloqueo o reposición\n3 – Fraude o aclaraciones\n0 – Hablar con una persona",
    ],
}

CUST_INTENT: dict[str, list[str]] = {
    "en": [
        "hi i need help with my card",
        "what's my balance",
        "my card got declined at {shop}",
        "I want to dispute a charge",
        "lost my card",
        "need to activate my new card",
        "agent",
        "talk to a human please",
        "why was I charged {amt}??",
        "when is my payment due",
        "my card is locked and I'm at the register right now",
        "hi, there's a charge from {merchant} I don't recognize",
        "can you raise my limit",
        "the app keeps logging me out",
        "3",
        "2",
        "representative",
        "card declined. again.",
        "Hello, I was double charged at {shop} on {date}",
    ],
    "es": [
        "hola necesito ayuda con mi tarjeta",
        "cuál es mi saldo",
        "me rechazaron la tarjeta en {shop}{tag}",
        "quiero aclarar un cargo",
        "perdí mi tarjeta",
        "quiero activar mi tarjeta nueva",
        "asesor",
        "quiero hablar con una persona {pls}",
        "por qué me cobraron {amt}??",
        "se me bloqueó la tarjeta{tag}",
        "{hola}, tengo un cargo de {merchant} que no reconozco",
        "no puedo entrar a la app",
        "3",
        "me cobraron doble en {shop} el {date}",
        "necesito subir mi límite",
        "hola buenas, mi tarjeta no pasa",
    ],
    "mix": [
        "hola, my card got declined en el {shop}",
        "necesito hablar con un agent pls",
        "me cobraron {amt} twice, what happened",
        "hi, quiero checar mi balance",
        "my card está bloqueada",
        "hola I need help, no puedo entrar a la app",
    ],
}

BOT_LEGIT_ASK: dict[str, list[str]] = {
    "en": [
        "Sure! To find your account, please enter the **last 4 digits** of your card.",
        "I can help with that. First, what's the billing ZIP code on the account?",
        "To verify it's you, please confirm your date of birth (MM/DD/YYYY).",
        "Got it. What's the full name on the account?",
        "Is this about the card ending in {last4}? Reply **1** for Yes or **2** for No.",
        "Happy to help. Please type only the **last four** digits of the card (never the full number 🙂).",
        "For verification I just need two things:\n• last 4 digits of your card\n• billing ZIP",
        "Which transaction? You can reply with the amount or the date.",
        "Okay! Can you confirm the phone number on file ends in {ph4}? Reply YES or NO.",
        "Sure thing. Just so I pull up the right card — what are the last 4 digits? (Don't send the whole number.)",
    ],
    "es": [
        "¡Claro! Para buscar tu cuenta, escribe los **últimos 4 dígitos** de tu tarjeta.",
        "Con gusto. Primero, ¿cuál es el código postal de facturación?",
        "Para verificar tu identidad, confirma tu fecha de nacimiento (DD/MM/AAAA).",
        "¿A nombre de quién está la cuenta?",
        "¿Es sobre la tarjeta terminada en {last4}? Responde **1** para Sí o **2** para No.",
        "Escribe solo los **últimos cuatro** dígitos de la tarjeta (nunca el número completo 🙂).",
        "Para verificar necesito:\n• últimos 4 dígitos de tu tarjeta\n• código postal",
        "¿Cuál movimiento? Puedes responder con el monto o la fecha.",
        "¿Me confirmas que tu {cel} termina en {ph4}? Responde SÍ o NO.",
    ],
}

CUST_LAST4: dict[str, list[str]] = {
    "en": [
        "{last4}",
        "last 4 is {last4}",
        "ending in {last4}",
        "the one ending {last4}",
        "it's {last4}",
        "{last4} i think",
        "last four {last4}, zip {zip}",
        "ends with {last4}",
    ],
    "es": [
        "{last4}",
        "termina en {last4}",
        "los últimos 4 son {last4}",
        "es la terminación {last4}",
        "{last4} creo",
        "últimos 4: {last4} y cp {zip}",
        "la que termina en {last4}",
    ],
    "mix": ["ends in {last4}", "es la que termina en {last4} ok", "last 4 son {last4}"],
}
CUST_ZIP: dict[str, list[str]] = {
    "en": ["{zip}", "zip is {zip}", "{zip} (billing)", "ZIP: {zip}"],
    "es": ["{zip}", "cp {zip}", "mi código postal es {zip}", "C.P. {zip}"],
}
CUST_DOB: dict[str, list[str]] = {
    "en": ["{dob}", "dob {dob}", "born {dob}", "{dob} and zip {zip}"],
    "es": ["{dob}", "nací el {dob}", "fecha de nacimiento {dob}", "{dob}, cp {zip}"],
}
CUST_NAME: dict[str, list[str]] = {
    "en": ["{name}", "it's {name}", "{name} (primary)"],
    "es": ["{name}", "a nombre de {name}", "está a mi nombre, {name}"],
}
CUST_YES: dict[str, list[str]] = {
    "en": ["1", "yes", "yep 1", "1 yes", "YES"],
    "es": ["1", "sí", "si 1", "Sí", "1 {ok}"],
}
CUST_NO: dict[str, list[str]] = {
    "en": ["2", "no that wasn't me", "2 - not me", "NO"],
    "es": ["2", "no, no fui yo", "2 no reconozco", "NO"],
}
CUST_BYE: dict[str, list[str]] = {
    "en": [
        "thanks",
        "ok thx",
        "ty!!",
        "great thank you",
        "ok",
        "cool",
        "perfect, that's all",
        "thank u so much",
    ],
    "es": [
        "gracias",
        "ok grax",
        "{ok} gracias",
        "muchas gracias{tag}",
        "perfecto",
        "listo, gracias",
        "mil gracias",
    ],
    "mix": ["ok thanks", "gracias, bye", "ok perfect gracias"],
}

BOT_NOT_FOUND: dict[str, list[str]] = {
    "en": [
        "Hmm, I couldn't find a card ending in {last4x}. Please check the last 4 digits and try again, or type **agent**.",
        "Sorry, that didn't match our records. Please re-enter the **last 4 digits** only.",
        "I'm not able to verify that yet. Reply with the last 4 of your card, or say *agent* to chat with a person.",
    ],
    "es": [
        "Mmm, no encontré una tarjeta terminada en {last4x}. Revisa los últimos 4 dígitos o escribe **asesor**.",
        "Lo siento, no coincide con nuestros registros. Escribe de nuevo solo los **últimos 4 dígitos**.",
        "Todavía no puedo verificarte. Responde con los últimos 4 de tu tarjeta o escribe *asesor* para hablar con una persona.",
    ],
}

BOT_WARN_CARD: dict[str, list[str]] = {
    "en": [
        "⚠️ It looks like you shared a full card number. For your security I've hidden it — I only ever need the **last 4 digits**.",
        "For your protection, please don't send full card numbers or security codes in chat. I've masked what you sent.",
        "Thanks. I've removed the card details from this conversation. {bank} will never ask for your CVV or PIN here.",
        "I can't process full card numbers in chat 🙅 Let me connect you with a specialist who can help with the card ending in {last4}.",
        "🔒 Heads up: card numbers shared here are automatically redacted. Next time, just the last 4 is enough.",
    ],
    "es": [
        "⚠️ Parece que compartiste un número de tarjeta completo. Por tu seguridad lo ocultamos; solo necesito los **últimos 4 dígitos**.",
        "Por tu protección, no envíes números de tarjeta ni códigos de seguridad por chat. Ya enmascaré lo que enviaste.",
        "Gracias. Eliminé los datos de la tarjeta de esta conversación. {bank} nunca te pedirá tu CVV ni tu NIP por aquí.",
        "No puedo procesar números completos de tarjeta en el chat 🙅 Te comunico con un especialista para la tarjeta terminada en {last4}.",
        "🔒 Ojo: los números de tarjeta que se comparten aquí se ocultan automáticamente. La próxima vez bastan los últimos 4.",
    ],
}

BOT_LOOKUP: dict[str, list[str]] = {
    "en": [
        "I found your account. Card ending in {last4} · balance {amt} · next payment due {mmdd}",
        "✅ Account verified.\n**Card:** {masked}\n**Balance:** {amt}\n**Available credit:** {amt2}\n**Minimum payment:** {amt3} due {date}",
        'Here\'s what I found:\n```\n{"card": "{masked}", "status": "ACTIVE", "balance": "{amt}", "due": "{date}", "case_id": "{case}"}\n```',
        "Your last payment of {amt2} posted on {date2}. Reference: {ref}",
        "Card ending in {last4} is **locked** 🔒 since {date2} at {time}. Reply 1 to unlock or 2 to keep it locked.",
        "**{masked}**\nStatement balance: {amt}\nCurrent APR: {apr}\nCredit limit: {limit}\nNext due: {mmdd}",
        "Found it! Card •••• {last4}\n• Status: Active\n• Balance: {amt}\n• Last payment: {amt2} ({date2})\n• Autopay: OFF",
        "lookup_account → ok\n`card_last4={last4} status=OPEN balance={amt} min_due={amt3} due={mmdd}`",
    ],
    "es": [
        "Encontré tu cuenta. Tarjeta terminada en {last4} · saldo {amt} · próximo pago {mmdd}",
        "✅ Cuenta verificada.\n**Tarjeta:** {masked}\n**Saldo:** {amt}\n**Crédito disponible:** {amt2}\n**Pago mínimo:** {amt3} antes del {date}",
        'Esto es lo que encontré:\n```\n{"tarjeta": "{masked}", "estado": "ACTIVA", "saldo": "{amt}", "folio": "{case}"}\n```',
        "Tu último pago de {amt2} se aplicó el {date2}. Referencia: {ref}",
        "La tarjeta terminada en {last4} está **bloqueada** 🔒 desde el {date2} a las {time}. Responde 1 para desbloquear o 2 para mantenerla bloqueada.",
        "**{masked}**\nSaldo al corte: {amt}\nTasa anual: {apr}\nLímite de crédito: {limit}\nFecha límite de pago: {mmdd}",
        "¡Listo! Tarjeta •••• {last4}\n• Estado: Activa\n• Saldo: {amt}\n• Último pago: {amt2} ({date2})\n• Domiciliación: NO",
    ],
}

BOT_TABLE: dict[str, list[str]] = {
    "en": [
        "Here are your recent transactions on •••• {last4}:\n\n{table}",
        "Recent activity (card ending {last4}):\n{table}\n\nReply with the number of a transaction to dispute it.",
        "{table}\n\nAnything look unfamiliar? Reply 1 for yes or 2 for no.",
        "I pulled the last few charges 👇\n{table}\n_Pending charges can take 1–3 days to post._",
    ],
    "es": [
        "Estos son tus movimientos recientes de la tarjeta •••• {last4}:\n\n{table}",
        "Movimientos recientes (terminación {last4}):\n{table}\n\n¿Reconoces todos? Responde 1 (sí) o 2 (no).",
        "Te muestro los últimos cargos 👇\n{table}\n_Los cargos pendientes pueden tardar de 1 a 3 días en aplicarse._",
    ],
}

BOT_HANDOFF: dict[str, list[str]] = {
    "en": [
        "🔄 Connecting you to a human agent. Estimated wait: {wait} min. Reference: {ref}",
        "I'm transferring you to a specialist. Please stay in this chat. Case {case}.",
        "*{agent} has joined the chat*",
        "You're #{wait} in line. Tip: never share your PIN or one-time codes, even with agents.",
        "Okay, I'll get a person for you. While you wait: **we will never ask for your full card number, CVV, PIN or password.**",
    ],
    "es": [
        "🔄 Te comunico con un asesor. Tiempo estimado: {wait} min. Referencia: {ref}",
        "Te transfiero con un especialista. No cierres el chat. Folio {case}.",
        "*{agent} se unió al chat*",
        "Eres el #{wait} en la fila. Recuerda: nunca compartas tu NIP ni códigos de verificación, ni con asesores.",
        "Va, te paso con una persona. Mientras esperas: **nunca te pediremos el número completo de tu tarjeta, CVV, NIP ni contraseña.**",
    ],
}

HUMAN_HELLO: dict[str, list[str]] = {
    "en": [
        "Hi {first}, this is {agent}. I've read your chat with {bot}. Give me a moment to pull up the card ending in {last4}.",
        "Hello! {agent} here 🙂 I see you're asking about a charge of {amt} on {date}.",
        "Thanks for waiting, I'm {agent}. How can I help?",
        "Hi there, {agent} from the card services team. I have your account open.",
    ],
    "es": [
        "Hola {first}, soy {agent}. Ya leí tu conversación con {bot}. Dame un momento para revisar la tarjeta terminada en {last4}.",
        "¡Hola! Te atiende {agent} 🙂 Veo que preguntas por un cargo de {amt} del {date}.",
        "Gracias por esperar, soy {agent}. ¿En qué te ayudo?",
        "Buenas, te saluda {agent} del área de tarjetas. Ya tengo tu cuenta abierta.",
    ],
}

HUMAN_WARN_CARD: dict[str, list[str]] = {
    "en": [
        "Please don't send your full card number or CVV here, I've deleted it from the chat. I only need the last 4.",
        "no worries, I removed that message. for the future pls don't share your card number in chat",
        "I can see the account already, no need to send any numbers 👍",
        "I've redacted the card details you sent. I have the card ending in {last4} right here on my screen.",
    ],
    "es": [
        "Por favor no envíes el número completo ni el CVV por aquí, ya lo borré del chat. Solo necesito los últimos 4.",
        "no te preocupes, ya eliminé ese mensaje. para la próxima no compartas tu tarjeta por chat",
        "Ya tengo tu cuenta en pantalla, no necesitas mandarme ningún número 👍",
        "Oculté los datos de la tarjeta que enviaste. Ya tengo en pantalla la terminada en {last4}.",
    ],
}
HUMAN_WARN_CODE: dict[str, list[str]] = {
    "en": [
        "Just so you know, we'll never ask for your PIN, password or the codes we text you.",
        "Please don't share that code with anyone, me included. I've deleted your message.",
        "I removed that message. Codes and PINs are only for you to type into the app or the ATM.",
    ],
    "es": [
        "Te comento que nunca te pediremos tu NIP, contraseña ni los códigos que te llegan por SMS.",
        "No compartas ese código con nadie, ni conmigo. Ya borré tu mensaje.",
        "Eliminé ese mensaje. Los códigos y el NIP son solo para que tú los escribas en la app o en el cajero.",
    ],
}
HUMAN_WARN_ID: dict[str, list[str]] = {
    "en": [
        "Thanks, but please never share your social or your online banking password with anyone, including us.",
        "I've removed your SSN from the chat, I don't need it. Your DOB was enough to verify you.",
    ],
    "es": [
        "Gracias, pero nunca compartas tu seguro social ni tu contraseña de banca en línea con nadie, ni con nosotros.",
        "Quité tu número de seguro social del chat, no lo necesito. Con tu fecha de nacimiento fue suficiente.",
    ],
}
HUMAN_BACKTRACK: dict[str, list[str]] = {
    "en": [
        "You're right, sorry about that. You don't need to send it, I'll verify you another way.",
        "Fair enough! No need to share it. I can send a secure link to the phone ending in {ph4} instead.",
    ],
    "es": [
        "Tienes razón, disculpa. No necesitas enviarlo, te verifico de otra forma.",
        "¡Va! No hace falta compartirlo. Mejor te mando un enlace seguro al {cel} terminado en {ph4}.",
    ],
}
BOT_WARN_CVV: dict[str, list[str]] = {
    "en": [
        "Please don't share your card's security code here. I've hidden it; I never need it in chat.",
        "🔒 I've removed the security code from your message. We never ask for CVV/CVC in this chat.",
    ],
    "es": [
        "No compartas el código de seguridad de tu tarjeta aquí. Ya lo oculté; nunca lo necesito en el chat.",
        "🔒 Quité el código de seguridad de tu mensaje. Nunca pedimos el CVV/CVC por este chat.",
    ],
}

HUMAN_RESOLVE: dict[str, list[str]] = {
    "en": [
        "Done ✅ I've opened a dispute for {amt} at {merchant}. Case number {case}. You'll get a provisional credit within 10 business days.",
        "I've ordered a replacement card; it should arrive in 5-7 business days. Tracking: {track}",
        "I've unlocked the card ending in {last4}. Please try the purchase again.",
        "Payment of {amt2} is scheduled for {date}. Confirmation: {conf}",
        "I reversed the late fee of {amt3}. Ref {ref}.",
        "All set. Your new limit is {limit}, effective today. Confirmation {conf}.",
    ],
    "es": [
        "Listo ✅ Levanté la aclaración por {amt} en {merchant}. Folio {case}. Verás un abono provisional en máximo 10 días hábiles.",
        "Ya pedí tu tarjeta de reposición; llega en 5 a 7 días hábiles. Guía de rastreo: {track}",
        "Desbloqueé la tarjeta terminada en {last4}. Intenta la compra de nuevo.",
        "Tu pago de {amt2} quedó programado para el {date}. Confirmación: {conf}",
        "Te bonifiqué la comisión por pago tardío de {amt3}. Ref {ref}.",
        "Listo. Tu nuevo límite es {limit}, a partir de hoy. Confirmación {conf}.",
    ],
}

BOT_OTP_SENT: dict[str, list[str]] = {
    "en": [
        "I just sent a 6-digit code to the phone ending in {ph4}. Enter it **in the app** to unlock your account — never share it in chat, not even with me.",
        "🔐 A verification code was sent by SMS to •••-•••-{ph4}. Type it on the login screen (not here). It expires in 10 minutes.",
        "Done! Check your texts for a one-time code. {bank} will never ask you to read it or send it to anyone.",
        "I've started a password reset. You'll get a code at {email} — use it on the reset page only.",
    ],
    "es": [
        "Te envié un código de 6 dígitos al {cel} terminado en {ph4}. Ingrésalo **en la app** para desbloquear tu cuenta; no lo compartas por chat, ni conmigo.",
        "🔐 Enviamos un código de verificación por SMS al número •••{ph4}. Escríbelo en la pantalla de inicio de sesión (no aquí). Vence en 10 minutos.",
        "¡Listo! Revisa tus mensajes, te llegó un código de un solo uso. {bank} nunca te pedirá que lo leas ni que lo compartas.",
        "Inicié el restablecimiento de contraseña. Te llegará un código a {email}; úsalo solo en la página de restablecimiento.",
    ],
}

BOT_OTP_WARN: dict[str, list[str]] = {
    "en": [
        "Please don't share codes in chat 🙏 I've hidden it. Enter the code in the app; if it expired, tap **Resend**.",
        "For your security, one-time codes should only be typed into the app or website. {bank} staff will never ask for them.",
        "That code is private. If someone asked you for it, reply **fraud** and I'll lock your account right away.",
        "I've removed your message because it contained a verification code. Codes are valid for a single login on *your* device.",
    ],
    "es": [
        "No compartas códigos por chat 🙏 Ya lo oculté. Escribe el código en la app; si ya venció, toca **Reenviar**.",
        "Por tu seguridad, los códigos de un solo uso solo se escriben en la app o en la web. Nadie de {bank} te los va a pedir.",
        "Ese código es privado. Si alguien te lo pidió, responde **fraude** y bloqueo tu cuenta de inmediato.",
        "Eliminé tu mensaje porque tenía un código de verificación. Los códigos sirven para un solo inicio de sesión en *tu* dispositivo.",
    ],
}

BOT_PW_WARN: dict[str, list[str]] = {
    "en": [
        "I can't see or check passwords or PINs — and please never share them here. I've hidden your message. Want me to send a reset link to {email}?",
        "I've removed that message. Passwords are case-sensitive; tap **Forgot password?** on the login screen to reset it.",
    ],
    "es": [
        "No puedo ver ni revisar contraseñas ni NIP, y por favor no los compartas aquí. Ya oculté tu mensaje. ¿Te mando un enlace de restablecimiento a {email}?",
        "Eliminé ese mensaje. La contraseña distingue mayúsculas y minúsculas; toca **¿Olvidaste tu contraseña?** para cambiarla.",
    ],
}
BOT_PIN_WARN: dict[str, list[str]] = {
    "en": [
        "For your security, please don't type your PIN in chat. You can set a new PIN in the app under **Card settings → Change PIN**.",
        "Your PIN is locked after 3 attempts 🔒 It resets at midnight, or you can choose a new one in the app.",
    ],
    "es": [
        "Por tu seguridad, no escribas tu NIP en el chat. Puedes cambiarlo en la app en **Configuración de tarjeta → Cambiar NIP**.",
        "Tu NIP se bloqueó después de 3 intentos 🔒 Se restablece a medianoche, o puedes elegir uno nuevo en la app.",
    ],
}
BOT_SSN_WARN: dict[str, list[str]] = {
    "en": [
        "Thanks, you're verified ✅ I don't need your Social Security number — please never share it in chat. I've removed it.",
        "Got it. Just a heads-up: we never ask for a full SSN here, so I've redacted that part of your message.",
    ],
    "es": [
        "Gracias, ya quedaste verificado ✅ No necesito tu número de Seguro Social; por favor no lo compartas por chat. Ya lo eliminé.",
        "Entendido. Te aviso que aquí nunca pedimos el SSN completo, así que oculté esa parte de tu mensaje.",
    ],
}

# --------------------------------------------------------------------------------------
# Chat pools: what customers paste
# --------------------------------------------------------------------------------------

CUST_CARD: dict[str, list[str]] = {
    "en": [
        "ok bot here: {card}",
        "{card}",
        "here's the whole number {card}",
        "card is {card}",
        "bot u keep asking for the last 4, it's {card}",
        "AGENT!!! i already told you, the card is {card}",
        "it's this one {card}",
        "Card number: {card}",
        "full number is {card} can you just look it up",
        "{card} <- that one",
        "ugh. {card}",
        "my card {card} got declined again",
        "the card ending {last4}, full number {card}",
        "**{card}**",
        "`{card}`",
        "try this: {card}",
        "copy pasted from my wallet: {card}",
        "ok here it is\n{card}",
        "fine. {card}. now can I talk to a person",
        "is it safe to send? {card}",
    ],
    "es": [
        "ok bot ahí va: {card}",
        "{card}",
        "mi tarjeta es la {card}",
        "el número completo es {card}",
        "ya te dije{tag}, es la {card}",
        "número de tarjeta: {card}",
        "ASESOR!!! la tarjeta es {card}",
        "te paso la tarjeta {pls}: {card}",
        "esta es {card}",
        "es la {card} la que termina en {last4}",
        "copio y pego: {card}",
        "tarjeta {card}",
        "a ver si así: {card}",
        "{card} esa es la que me rechazan",
    ],
    "mix": [
        "ok bot aquí va mi card: {card}",
        "my tarjeta es {card}",
        "la card number es {card} ok?",
        "here va: {card}",
        "es esta card {card}, the one ending {last4}",
        "ya te dije, the number is {card}",
    ],
}

CUST_CARD_CVV: dict[str, list[str]] = {
    "en": [
        "card {card} exp {exp} cvv {cvv}",
        "{card} {expc} {cvv}",
        "Card: {card}\nExp: {exp}\nCVV: {cvv}",
        "number {card}, security code {cvv}, exp {exp}",
        '{"card": "{card}", "exp": "{exp}", "cvv": "{cvv}"}',
        "here u go {card} and the code on the back is {cvv}",
        "• Card: {card}\n• Expires: {exp}\n• CVC: {cvv}",
        "{card}\n{exp}\n{cvv}",
        "{card} exp {exp} sec code {cvv} zip {zip}",
    ],
    "es": [
        "tarjeta {card} vence {exp} cvv {cvv}",
        "{card} {expc} {cvv}",
        "Número: {card}\nVencimiento: {exp}\nCódigo de seguridad: {cvv}",
        "la tarjeta es {card} y el código de atrás {cvv}",
        "• Tarjeta: {card}\n• Vence: {exp}\n• CVV: {cvv}",
        "{card}\n{exp}\n{cvv}",
        "es la {card}, vto {exp}, cód {cvv}",
    ],
    "mix": [
        "card {card} vence {exp} y el cvv es {cvv}",
        "la card es {card}, expira {exp}, security code {cvv}",
    ],
}

CUST_CVV: dict[str, list[str]] = {
    "en": [
        "cvv {cvv}",
        "and the cvv is {cvv}",
        "security code: {cvv}",
        "CVC {cvv}",
        "the code on the back is {cvv}",
        "oh and {cvv} is the cvv",
        "cvv2: {cvv}",
        "sec code {cvv} if u need it",
    ],
    "es": [
        "el cvv es {cvv}",
        "código de seguridad {cvv}",
        "los de atrás son {cvv}",
        "cvc: {cvv}",
        "y el código de atrás {cvv}",
        "cvv {cvv} por si lo ocupas",
    ],
    "mix": ["el cvv is {cvv}", "security code es {cvv}"],
}

CUST_OTP: dict[str, list[str]] = {
    "en": [
        "the code you sent is {otp}",
        "agent!!! my code is {otp}",
        "{otp}",
        "code: {otp}",
        "got it, {otp}",
        "it says {otp} but the app says invalid??",
        "here {otp} hurry it expires",
        "ok bot the code is {otp}",
        "{bank}: Your verification code is {otp}. It expires in 10 minutes. Never share this code.",
        "[SMS] {otp} is your {bank} one-time passcode. We'll never call or text to ask for it.",
        "i got 2 texts, the newest one is {otp}",
        "is it {otp}? it's not working",
        "verification code {otp}",
        "Code {otp}",
        "the number in the text is {otp}",
    ],
    "es": [
        "el código que me mandaron es {otp}",
        "me llegó el {otp}",
        "ya{tag}, es {otp}",
        "código: {otp}",
        "{otp}",
        "{bank}: Tu código de verificación es {otp}. No lo compartas con nadie.",
        "me dice {otp} pero la app dice inválido",
        "el código es {otp} {pls} que se vence",
        "[SMS] {otp} es tu clave dinámica de {bank}. Vence en 5 min.",
        "el token dice {otp}",
        "me llegaron dos, el último es {otp}",
    ],
    "mix": [
        "the code que me llegó es {otp}",
        "ok el code es {otp}",
        "me llegó un text con el {otp}",
        "{otp} <- ese es el code",
    ],
}

CUST_PW: dict[str, list[str]] = {
    "en": [
        "my password is {pw}",
        "pw: {pw}",
        "tried {pw} and it says wrong password",
        "login {user} / {pw}",
        "username {user} password {pw}",
        "my old password was {pw} and now it doesn't work",
        "user: {email}\npass: {pw}",
        "i just changed it to {pw} but it keeps saying invalid",
        "is {pw} too weak? it won't let me save it",
        "password = {pw}",
        "it's {pw} with a capital, I'm sure",
    ],
    "es": [
        "mi contraseña es {pw}",
        "contraseña: {pw}",
        "puse {pw} y me dice que está mal",
        "usuario {user} clave {pw}",
        "la clave de la app es {pw}",
        "la contra es {pw}",
        "mi clave de internet es {pw}",
        "usuario: {email}\ncontraseña: {pw}",
        "ya la cambié a {pw} y sigue sin entrar",
    ],
    "mix": [
        "my password es {pw}",
        "la password que puse es {pw}",
        "el user es {user} y el pass {pw}",
    ],
}

CUST_PW_CHANGE: dict[str, list[str]] = {
    "en": [
        "old pw {pw} new one {pw2}",
        "changed it from {pw} to {pw2} and still locked",
        "was {pw} now {pw2}",
    ],
    "es": [
        "la vieja era {pw} y la nueva {pw2}",
        "cambié de {pw} a {pw2} y sigue bloqueada",
        "antes: {pw} / ahora: {pw2}",
    ],
}

CUST_PIN: dict[str, list[str]] = {
    "en": [
        "my pin is {pin}",
        "pin {pin} doesn't work at the atm",
        "I set the pin to {pin} yesterday and it's declined",
        "ATM PIN: {pin}",
        "the pin i use is {pin}, it worked last week",
        "can you check if {pin} is the right pin",
        "it keeps saying incorrect pin but it's {pin}",
    ],
    "es": [
        "mi NIP es {pin}",
        "el pin del cajero es {pin}",
        "la clave del cajero es {pin}",
        "puse {pin} de NIP y no me deja",
        "mi pin es {pin} y me sale pin incorrecto",
        "la clave de 4 dígitos es {pin}",
        "siempre uso {pin} en el cajero",
    ],
    "mix": ["mi pin es {pin} but it's not working", "el ATM me dice wrong pin, es {pin}"],
}

CUST_SSN: dict[str, list[str]] = {
    "en": [
        "my ssn is {ssn}",
        "social: {ssn}",
        "SSN {ssn} DOB {dob}",
        "here's my social so you can find me {ssn}",
        "ssn {ssn}, zip {zip}",
        "it's {ssn} (social)",
        "Full name: {name}\nSSN: {ssn}\nDOB: {dob}",
        "do you need my social? it's {ssn}",
    ],
    "es": [
        "mi seguro social es {ssn}",
        "el social es {ssn}",
        "SSN: {ssn}",
        "te paso mi social {ssn} para que me encuentres",
        "número de seguro social {ssn}",
        "Nombre: {name}\nSSN: {ssn}\nNacimiento: {dob}",
    ],
    "mix": ["mi social security es {ssn}", "el SSN es {ssn}, ok?"],
}

CUST_SPLIT_INTRO: dict[str, list[str]] = {
    "en": ["{part}", "ok the number is {part}", "card: {part}", "first part {part}", "here {part}"],
    "es": ["{part}", "ok el número es {part}", "tarjeta: {part}", "primero {part}", "va {part}"],
    "mix": ["ok the number es {part}", "{part}"],
}
CUST_SPLIT_MID: dict[str, list[str]] = {
    "en": ["{part}", "{part} ...", "then {part}"],
    "es": ["{part}", "{part} ...", "luego {part}"],
}
CUST_SPLIT_END: dict[str, list[str]] = {
    "en": [
        "{lastpart}",
        "{lastpart} exp {exp}",
        "{lastpart} that's it",
        "and {lastpart}",
        "rest is {lastpart}",
    ],
    "es": [
        "{lastpart}",
        "{lastpart} vence {exp}",
        "{lastpart} y ya",
        "y {lastpart}",
        "lo demás: {lastpart}",
    ],
    "mix": ["{lastpart} that's it", "y {lastpart}"],
}

# --------------------------------------------------------------------------------------
# Chat pools: forbidden asks (phishing or misconfigured bots, careless humans)
# --------------------------------------------------------------------------------------

PHISH_CARD_CVV: dict[str, list[str]] = {
    "en": [
        "To continue, please provide:\n• full card number\n• expiration date\n• CVV",
        "⚠️ Your card has been temporarily suspended. To reactivate, reply with your **16-digit card number**, **expiry** and **security code**.",
        "Verification required. Please enter your full card number and the 3-digit code on the back.",
        "[Automated] To verify your identity, type the card number exactly as it appears on your card, followed by the CVV.",
        "**Step 2 of 3** – Card verification\nPlease reply with:\n1. Card number (16 digits)\n2. MM/YY\n3. CVV/CVC",
    ],
    "es": [
        "Para continuar, proporciona:\n• número completo de tarjeta\n• fecha de vencimiento\n• CVV",
        "⚠️ Tu tarjeta fue suspendida temporalmente. Para reactivarla, responde con los **16 dígitos** de tu tarjeta, la **fecha de vencimiento** y el **código de seguridad**.",
        "Verificación requerida. Escribe el número completo de tu tarjeta y los 3 dígitos del reverso.",
        "**Paso 2 de 3** – Validación de tarjeta\nResponde con:\n1. Número de tarjeta (16 dígitos)\n2. MM/AA\n3. CVV",
    ],
}
PHISH_CARD: dict[str, list[str]] = {
    "en": [
        "Please type the full 16-digit number of the card ending in {last4} so I can confirm it's yours.",
        "To unlock your card, reply with the complete card number (no spaces).",
    ],
    "es": [
        "Escribe el número completo de la tarjeta terminada en {last4} para confirmar que es tuya.",
        "Para desbloquear tu tarjeta, responde con el número completo de la tarjeta (sin espacios).",
    ],
}
PHISH_OTP: dict[str, list[str]] = {
    "en": [
        "We sent a 6-digit code to your phone. Reply here with the code to finish verification.",
        "To continue, please provide the one-time passcode we just texted you 👇",
        "Enter the verification code you received below to unlock your account.",
    ],
    "es": [
        "Para verificar, ingresa el código de 6 dígitos que te enviamos 👇",
        "Te mandamos un código por SMS. Respóndelo aquí para terminar la verificación.",
        "Escribe aquí la clave dinámica que te llegó para desbloquear tu cuenta.",
    ],
}
PHISH_PIN: dict[str, list[str]] = {
    "en": ["Please type your 4-digit card PIN to continue.", "For security, confirm your ATM PIN:"],
    "es": [
        "Por favor ingresa tu NIP de 4 dígitos para continuar.",
        "Por seguridad, confirma la clave de tu tarjeta (4 dígitos):",
    ],
}
PHISH_PW: dict[str, list[str]] = {
    "en": [
        "Reply with your online banking username and password to restore access.",
        "To re-sync your account, please enter your current password.",
    ],
    "es": [
        "Escribe tu usuario y contraseña de banca en línea para restablecer el acceso.",
        "Para sincronizar tu cuenta, ingresa tu contraseña actual.",
    ],
}
PHISH_SSN: dict[str, list[str]] = {
    "en": [
        "Please provide your Social Security Number (SSN) to verify your identity.",
        "To complete verification, type your full SSN (XXX-XX-XXXX).",
    ],
    "es": [
        "Proporciona tu número de Seguro Social (SSN) completo para verificar tu identidad.",
        "Para completar la verificación escribe tu SSN completo (XXX-XX-XXXX).",
    ],
}
PHISH_ACK: dict[str, list[str]] = {
    "en": [
        "Thank you. Your account is being verified. Do not close this window. Ref: {ref}",
        "✅ Received. Processing… please wait.",
        "Thanks! One more step.",
    ],
    "es": [
        "Gracias. Tu cuenta está siendo verificada. No cierres esta ventana. Ref: {ref}",
        "✅ Recibido. Procesando… espera un momento.",
        "¡Gracias! Un paso más.",
    ],
}

CARELESS_CARD_CVV: dict[str, list[str]] = {
    "en": [
        "ok I can run the payment from here, just send me the card number, exp and the 3 digit code on the back",
        "can u type the full card # and cvv real quick so I can verify",
        "To process it manually I'll need the full card number plus the security code.",
    ],
    "es": [
        "ok yo te proceso el pago desde aquí, nada más mándame el número de la tarjeta, vencimiento y el código de atrás",
        "¿me escribes el número completo de la tarjeta y el cvv para validar rapidito?",
        "Para hacerlo manual necesito el número completo de la tarjeta y el código de seguridad.",
    ],
}
CARELESS_OTP: dict[str, list[str]] = {
    "en": [
        "I just sent you a code, can you type it here for me?",
        "what's the code you got? I need it to finish on my end",
    ],
    "es": [
        "te acabo de mandar un código, ¿me lo escribes aquí?",
        "¿qué código te llegó? lo necesito para terminar de mi lado",
    ],
}
CARELESS_SSN: dict[str, list[str]] = {
    "en": [
        "I'll need your full social to pull up the account",
        "what's your SSN? the whole thing pls, the system won't take the last 4",
    ],
    "es": [
        "necesito tu seguro social completo para encontrar la cuenta",
        "¿cuál es tu SSN? completo porfa, el sistema no acepta solo los últimos 4",
    ],
}
CARELESS_PIN: dict[str, list[str]] = {
    "en": [
        "what pin did you set? I can check if it matches",
        "type your current pin so I can reset it",
    ],
    "es": ["¿qué NIP pusiste? reviso si coincide", "escríbeme tu NIP actual para restablecerlo"],
}
CARELESS_PW: dict[str, list[str]] = {
    "en": [
        "give me your password and I'll log in and check the settings",
        "what password are you using? I'll see if it's the right one",
    ],
    "es": [
        "pásame tu contraseña y entro a revisar la configuración",
        "¿qué contraseña estás usando? veo si es la correcta",
    ],
}
AGENT_ECHO_CVV: dict[str, list[str]] = {
    "en": ["ok so that's cvv {cvv}, got it", "perfect, {cvv} for the code, running it now"],
    "es": ["ok entonces cvv {cvv}, anotado", "perfecto, código {cvv}, ya lo estoy pasando"],
}
CUST_REFUSE: dict[str, list[str]] = {
    "en": [
        "wait, why do you need that? my bank says never share it",
        "is this really {bank}??",
        "no. I'll call the number on the back of my card",
        "that sounds like a scam tbh",
        "I'm not comfortable sending that here",
        "uh my app literally says don't share the code with anyone",
    ],
    "es": [
        "oye, ¿para qué quieres eso? el banco dice que nunca lo comparta",
        "¿de verdad eres {bank}??",
        "no, mejor llamo al número de atrás de la tarjeta",
        "esto suena a estafa la verdad",
        "no me da confianza mandar eso por aquí",
        "en la app dice que no comparta el código con nadie",
    ],
    "mix": ["wait, para qué necesitas eso?", "no way, eso es scam"],
}

# --------------------------------------------------------------------------------------
# Chat pools: conversations without a secret (look-alikes everywhere)
# --------------------------------------------------------------------------------------

CUST_TXN_Q: dict[str, list[str]] = {
    "en": [
        "what's {merchant}? it says {amt}",
        "the {amt} on {date} isn't mine",
        "what is reference {longref} on my statement?",
        "why is there a pending {amt2} from {shop}",
        "merchant id {mid} charged me {amt}, who is that",
        "auth code {auth} — is that the refund?",
    ],
    "es": [
        "¿qué es {merchant}? dice {amt}",
        "el cargo de {amt} del {date} no es mío",
        "¿qué es la referencia {longref} de mi estado de cuenta?",
        "¿por qué hay un cargo pendiente de {amt2} de {shop}?",
        "el comercio {mid} me cobró {amt}, ¿quién es?",
        "número de autorización {auth}, ¿es el reembolso?",
    ],
    "mix": ["what is this cargo de {amt} del {date}?", "hay un pending de {amt2}, what is that"],
}
BOT_TXN_EXPLAIN: dict[str, list[str]] = {
    "en": [
        "That's a pending authorization from **{merchant}** for {amt}. It usually drops off or posts within 3 days. Reference: {ref}",
        "Reference {longref} is the trace number for your {amt2} payment on {date2}. Nothing to worry about 👍",
        "Auth code {auth} belongs to the refund of {amt} from {merchant}. It should post in 3–5 business days.",
        "That charge came from Merchant ID {mid} ({merchant}). If you don't recognize it, reply **dispute**.",
    ],
    "es": [
        "Es una autorización pendiente de **{merchant}** por {amt}. Normalmente se cae o se aplica en 3 días. Referencia: {ref}",
        "La referencia {longref} es el número de rastreo de tu pago de {amt2} del {date2}. Todo en orden 👍",
        "La autorización {auth} corresponde al reembolso de {amt} de {merchant}. Se refleja en 3 a 5 días hábiles.",
        "Ese cargo viene del comercio {mid} ({merchant}). Si no lo reconoces, responde **aclaración**.",
    ],
}
CUST_DISPUTE: dict[str, list[str]] = {
    "en": [
        "I want to dispute {amt} from {merchant} on {date}",
        "order {order} never arrived, charged {amt}",
        "got charged twice for the same thing, {amt} each",
        "I cancelled my subscription and they still charged {amt2}",
        "the tracking {track} says delivered but I got nothing",
    ],
    "es": [
        "quiero aclarar un cargo de {amt} de {merchant} del {date}",
        "el pedido {order} nunca llegó y me cobraron {amt}",
        "me cobraron dos veces lo mismo, {amt} cada uno",
        "cancelé la suscripción y me siguieron cobrando {amt2}",
        "la guía {track} dice entregado pero no me llegó nada",
    ],
    "mix": ["quiero hacer un dispute del charge de {amt}", "el order {order} never llegó"],
}
BOT_DISPUTE: dict[str, list[str]] = {
    "en": [
        "Got it. I've opened a dispute:\n• **Case:** {case}\n• **Amount:** {amt}\n• **Merchant:** {merchant}\n• **Merchant ID:** {mid}\nYou'll receive updates by email.",
        "Dispute created ✅ Case {case}. Provisional credit of {amt} will appear within 1–2 business days. ARN: {arn}",
        "Thanks. I added order {order} and tracking {track} to case {case}.",
        '```\n{"dispute_id": "{case}", "amount": "{amt}", "reason_code": "13.1", "status": "OPEN"}\n```\nI\'ll keep you posted.',
    ],
    "es": [
        "Listo. Abrí una aclaración:\n• **Folio:** {case}\n• **Monto:** {amt}\n• **Comercio:** {merchant}\n• **ID comercio:** {mid}\nTe avisaremos por correo.",
        "Aclaración registrada ✅ Folio {case}. Verás un abono provisional de {amt} en 1 a 2 días hábiles. ARN: {arn}",
        "Gracias. Agregué el pedido {order} y la guía {track} al folio {case}.",
        '```\n{"folio": "{case}", "monto": "{amt}", "codigo_motivo": "13.1", "estado": "ABIERTO"}\n```\nTe mantengo al tanto.',
    ],
}
BOT_CONFIRM_TXN: dict[str, list[str]] = {
    "en": [
        "Did you make this purchase?\n{amt} · {merchant} · {date}\nReply **1** for Yes or **2** for No.",
        "Is this the charge? {merchant} — {amt} on {date}. Reply YES or NO.",
    ],
    "es": [
        "¿Reconoces esta compra?\n{amt} · {merchant} · {date}\nResponde **1** para Sí o **2** para No.",
        "¿Es este el cargo? {merchant} — {amt} el {date}. Responde SÍ o NO.",
    ],
}
# Security questions paired with the assistant's answers (nobody asks for anything here).
SECURITY_QA: list[tuple[dict[str, list[str]], dict[str, list[str]]]] = [
    (
        {
            "en": [
                "is it safe to send my card number here?",
                "can I just paste my card number so you can find me?",
                "should I type my full card # here?",
            ],
            "es": [
                "¿es seguro mandar mi número de tarjeta por aquí?",
                "¿te puedo pasar el número de tarjeta para que me encuentres?",
            ],
            "mix": ["is it safe mandar mi card number aquí?"],
        },
        {
            "en": [
                "Great question! **Never** send your full card number, CVV, PIN, passwords or one-time codes in chat. I'll only ever ask for the last 4 digits."
            ],
            "es": [
                "¡Buena pregunta! **Nunca** envíes el número completo de tu tarjeta, CVV, NIP, contraseñas ni códigos por chat. Solo te voy a pedir los últimos 4 dígitos."
            ],
        },
    ),
    (
        {
            "en": [
                "do you need my cvv?",
                "what's a CVV anyway",
                "where is the security code on my card?",
            ],
            "es": ["¿necesitas mi cvv?", "¿qué es el CVV?", "¿dónde viene el código de seguridad?"],
        },
        {
            "en": [
                "The CVV is the 3-digit security code on the back (4 digits on the front for Amex). Keep it private — you don't need it for anything in this chat."
            ],
            "es": [
                "El CVV es el código de seguridad de 3 dígitos del reverso (4 al frente en Amex). Es privado; no lo necesitas para nada en este chat."
            ],
        },
    ),
    (
        {
            "en": [
                "someone called saying they're from {bank} and asked for my pin",
                "a bot on whatsapp asked for my password, was that you?",
                "I got a text saying my card is locked and to reply with the code, legit?",
                "do you guys ever ask for the social security number?",
            ],
            "es": [
                "me llamaron diciendo que eran de {bank} y me pidieron el NIP",
                "un bot en whatsapp me pidió mi contraseña, ¿eran ustedes?",
                "me llegó un SMS que dice que responda con el código para desbloquear, ¿es real?",
                "¿ustedes piden el número de seguro social?",
            ],
            "mix": ["me llamaron de {bank} y me pidieron el pin, was that legit?"],
        },
        {
            "en": [
                "{bank} will never call, text or chat to ask for your PIN, password, SSN or verification codes. If someone did, it's a scam — reply **fraud** and I'll help you lock your card."
            ],
            "es": [
                "{bank} nunca te va a llamar, escribir ni chatear para pedirte tu NIP, contraseña, seguro social o códigos. Si alguien lo hizo es fraude; responde **fraude** y te ayudo a bloquear la tarjeta."
            ],
        },
    ),
    (
        {
            "en": [
                "i got a code i didn't ask for, should i be worried",
                "why am I getting verification texts at 3am",
            ],
            "es": [
                "me llegó un código que no pedí, ¿me preocupo?",
                "¿por qué me llegan códigos en la madrugada?",
            ],
        },
        {
            "en": [
                "If you received a code you didn't request, someone may be trying to sign in. Don't share it with anyone. I recommend changing your password in the app."
            ],
            "es": [
                "Si te llegó un código que no pediste, alguien podría estar intentando entrar. No lo compartas con nadie. Te recomiendo cambiar tu contraseña en la app."
            ],
        },
    ),
    (
        {
            "en": ["can I change my PIN in the app?", "how do I reset my pin"],
            "es": ["¿puedo cambiar mi NIP en la app?", "¿cómo cambio mi NIP?"],
        },
        {
            "en": [
                "Yes: open the app → **Card settings** → **Change PIN**. You'll never be asked to type the PIN here."
            ],
            "es": [
                "Sí: abre la app → **Configuración de tarjeta** → **Cambiar NIP**. Nunca te pediremos escribir el NIP aquí."
            ],
        },
    ),
]
BOT_SECURITY_A: dict[str, list[str]] = {
    lang: [a for _, ans in SECURITY_QA for a in ans[lang]] for lang in ("en", "es")
}
CUST_LOCK: dict[str, list[str]] = {
    "en": [
        "ok lock the one ending in {last4} pls",
        "please freeze card {masked}",
        "yes lock it. it's the {last4} one",
        "fraud. lock {last4}",
    ],
    "es": [
        "{ok}, bloquea la que termina en {last4}",
        "congela la tarjeta {masked} {pls}",
        "sí bloquéala, es la {last4}",
        "fraude. bloquea la {last4}",
    ],
}
BOT_LOCKED: dict[str, list[str]] = {
    "en": [
        "🔒 Done. Card {masked} is locked. You can unlock it any time in the app. Case {case}.",
        "Locked ✅ {masked}\nA replacement can be sent to {addr}. Reply 1 to order it, 2 to skip.",
    ],
    "es": [
        "🔒 Listo. La tarjeta {masked} está bloqueada. Puedes desbloquearla en la app cuando quieras. Folio {case}.",
        "Bloqueada ✅ {masked}\nPodemos enviar una reposición a {addr}. Responde 1 para pedirla, 2 para omitir.",
    ],
}
CUST_PAY: dict[str, list[str]] = {
    "en": [
        "I want to pay {amt} from my checking ending {last4x}",
        "make a payment of {amt} on {date}",
        "pay the minimum",
        "can I pay {amt3} today and the rest on the {date}?",
    ],
    "es": [
        "quiero pagar {amt} de mi cuenta terminación {last4x}",
        "haz un pago de {amt} el {date}",
        "quiero pagar el mínimo",
        "¿puedo pagar {amt3} hoy y el resto el {date}?",
    ],
    "mix": ["quiero hacer un payment de {amt}", "pay el minimum pls"],
}
BOT_PAY_CONFIRM: dict[str, list[str]] = {
    "en": [
        "Confirm payment of **{amt}** on {date} from account ending {last4x}?\nReply 1 to confirm, 2 to cancel.",
        "You're paying {amt3} (minimum due) from •••• {last4x}. Reply YES to confirm.",
    ],
    "es": [
        "¿Confirmas el pago de **{amt}** el {date} desde la cuenta terminación {last4x}?\nResponde 1 para confirmar, 2 para cancelar.",
        "Vas a pagar {amt3} (pago mínimo) desde •••• {last4x}. Responde SÍ para confirmar.",
    ],
}
BOT_PAY_DONE: dict[str, list[str]] = {
    "en": [
        "✅ Payment scheduled.\nConfirmation #{conf}\nReference: {ref}\nAmount: {amt}",
        "Done! Your payment will post on {date}. Confirmation number: {conf}. Trace: {longref}",
    ],
    "es": [
        "✅ Pago programado.\nConfirmación #{conf}\nReferencia: {ref}\nMonto: {amt}",
        "¡Listo! Tu pago se aplica el {date}. Número de confirmación: {conf}. Rastreo: {longref}",
    ],
}

# --------------------------------------------------------------------------------------
# Voice pools (transcript lines; the tag is added by the writer)
# --------------------------------------------------------------------------------------

IVR_WELCOME: dict[str, list[str]] = {
    "en": [
        "Thank you for calling {bank}. This call may be recorded for quality. Para español, oprima dos.",
        "Welcome to {bank}. In a few words, tell me why you're calling. You can say things like 'activate my card' or 'make a payment'.",
        "Hi, I'm {bot}, {bank}'s virtual assistant. How can I help you today?",
    ],
    "es": [
        "Gracias por llamar a {bank}. Esta llamada puede ser grabada. For English, press one.",
        "Bienvenido a {bank}. Dígame en pocas palabras el motivo de su llamada, por ejemplo 'activar mi tarjeta' o 'hacer un pago'.",
        "Hola, soy {bot}, el asistente virtual de {bank}. ¿En qué le puedo ayudar?",
    ],
}
CALLER_INTENT: dict[str, list[str]] = {
    "en": [
        "yeah hi I need to activate my new card",
        "representative",
        "agent",
        "operator operator",
        "I wanna check my balance",
        "there's a charge I don't recognize",
        "my card got declined",
        "I lost my wallet",
        "payment",
        "I need to talk to somebody about fraud",
        "my card's locked out",
        "I can't log in to the app",
    ],
    "es": [
        "sí hola quiero activar mi tarjeta nueva",
        "asesor",
        "operadora",
        "quiero saber mi saldo",
        "tengo un cargo que no reconozco",
        "me rechazaron la tarjeta",
        "perdí mi cartera",
        "quiero hablar con alguien por un fraude",
        "pagar",
        "no puedo entrar a la aplicación",
    ],
    "mix": [
        "hola yes I need to activar mi card",
        "agente please",
        "quiero checar my balance",
        "no puedo hacer log in",
    ],
}
IVR_ASK_LAST4: dict[str, list[str]] = {
    "en": [
        "Please enter or say the last four digits of your card.",
        "Using your keypad, enter the last four digits of the card you're calling about.",
        "To get started, say or enter the last 4 digits of your card number.",
    ],
    "es": [
        "Por favor, marque o diga los últimos cuatro dígitos de su tarjeta.",
        "Con su teclado, ingrese los últimos 4 dígitos de la tarjeta.",
    ],
}
IVR_ASK_ZIP: dict[str, list[str]] = {
    "en": ["Please say or enter the five-digit ZIP code on your account."],
    "es": ["Diga o marque el código postal de su cuenta."],
}
IVR_ASK_DOB: dict[str, list[str]] = {
    "en": [
        "For verification, please say your date of birth.",
        "Next, say your date of birth, for example, January fifth, nineteen eighty.",
    ],
    "es": [
        "Para verificar, diga su fecha de nacimiento.",
        "Ahora diga su fecha de nacimiento, por ejemplo, cinco de enero de mil novecientos ochenta.",
    ],
}
IVR_YESNO: dict[str, list[str]] = {
    "en": [
        "Are you calling about the card ending in {last4_s}? Please say yes or no.",
        "I heard {last4_s}. Is that right?",
    ],
    "es": [
        "¿Llama por la tarjeta terminada en {last4_s}? Diga sí o no.",
        "Escuché {last4_s}. ¿Es correcto?",
    ],
}
IVR_RETRY: dict[str, list[str]] = {
    "en": [
        "Sorry, I didn't get that. I only need the last four digits.",
        "I'm sorry, I didn't understand. Let me get you to someone who can help. Please hold.",
    ],
    "es": [
        "Disculpe, no le entendí. Solo necesito los últimos cuatro dígitos.",
        "Disculpe, no le entendí. Lo comunico con un asesor, por favor espere.",
    ],
}
IVR_TRANSFER: dict[str, list[str]] = {
    "en": [
        "Please hold while I transfer your call. Your call is important to us.",
        "Transferring you to a specialist. Estimated wait time is {wait} minutes.",
    ],
    "es": [
        "Por favor espere mientras transferimos su llamada.",
        "Lo transfiero con un especialista. El tiempo estimado de espera es de {wait} minutos.",
    ],
}
IVR_BALANCE: dict[str, list[str]] = {
    "en": [
        "Your current balance is {amt_s}. Your next payment is due on {date}. To make a payment, say payment.",
        "Your available credit is {amt_s}. For recent transactions, say transactions.",
    ],
    "es": [
        "Su saldo actual es de {amt_s}. Su próximo pago vence el {date}. Para hacer un pago, diga pago.",
        "Su crédito disponible es de {amt_s}. Para movimientos recientes, diga movimientos.",
    ],
}
IVR_CONF: dict[str, list[str]] = {
    "en": [
        "Your payment of {amt_s} has been scheduled. Your confirmation number is {conf_s}. Again, that's {conf_s}.",
        "Thank you. Your payment is scheduled. Please write down your confirmation number: {conf_s}.",
    ],
    "es": [
        "Su pago de {amt_s} quedó programado. Su número de confirmación es {conf_s}. Repito, {conf_s}.",
        "Gracias. Su pago quedó programado. Anote su número de confirmación: {conf_s}.",
    ],
}
IVR_HOW_MUCH: dict[str, list[str]] = {
    "en": ["How much would you like to pay? You can say the amount or say minimum payment."],
    "es": ["¿Cuánto desea pagar? Puede decir la cantidad o decir pago mínimo."],
}

CALLER_LAST4: dict[str, list[str]] = {
    "en": ["{last4_s}", "it's {last4_s}", "{last4_s}", "last four {last4_s}"],
    "es": ["{last4_s}", "son {last4_s}", "termina en {last4_s}"],
}
CALLER_ZIP: dict[str, list[str]] = {
    "en": ["{zip_s}", "zip is {zip_s}"],
    "es": ["{zip_s}", "el código postal es {zip_s}"],
}
CALLER_DOB: dict[str, list[str]] = {
    "en": ["{dob_s}", "it's {dob_s}", "born {dob_s}"],
    "es": ["{dob_s}", "nací el {dob_s}"],
}
CALLER_YES: dict[str, list[str]] = {
    "en": ["yes", "yeah", "correct", "yep that's it"],
    "es": ["sí", "correcto", "sí señorita", "ajá sí"],
}
CALLER_NAME: dict[str, list[str]] = {
    "en": ["{name}", "yeah it's {name}", "this is {name}"],
    "es": ["{name}", "sí, soy {name}", "habla {name}"],
}
CALLER_BYE: dict[str, list[str]] = {
    "en": ["ok thank you", "alright thanks bye", "great thanks"],
    "es": ["ok gracias", "muchas gracias, bye", "{ok} gracias"],
}
CALLER_AMOUNT: dict[str, list[str]] = {
    "en": [
        "{amt_s}",
        "I was charged {amt_s} twice",
        "the charge is {amt_s} from {merchant}",
        "uh pay {amt_s}",
    ],
    "es": ["{amt_s}", "me cobraron {amt_s} dos veces", "el cargo es de {amt_s}", "pagar {amt_s}"],
}
CALLER_CONF: dict[str, list[str]] = {
    "en": ["ok {conf_s} got it", "can you repeat that? {conf_s}?", "let me write it down {conf_s}"],
    "es": ["ok {conf_s}, ya lo anoté", "¿me lo repite? {conf_s}"],
}

CALLER_CARD: dict[str, list[str]] = {
    "en": [
        "{card}",
        "the card number is {card}",
        "yeah it's {card}",
        "ok so it's {card}",
        "I'll just give you the whole thing {card}",
        "my card number {card}",
        "it's {card} and it expires {exp_s}",
        "hold on let me get my card ... ok {card}",
        "I don't know the last four by heart but the card is {card}",
    ],
    "es": [
        "{card}",
        "el número de la tarjeta es {card}",
        "sí es {card}",
        "a ver es {card}",
        "le doy el número completo {card}",
        "mi tarjeta es la {card} y vence {exp_s}",
        "déjeme buscar la tarjeta ... ya, es {card}",
    ],
    "mix": ["ok so my card es {card}", "el number es {card}", "let me see ... es {card}"],
}
CALLER_CVV: dict[str, list[str]] = {
    "en": [
        "and the security code on the back is {cvv}",
        "the code is {cvv}",
        "cvv {cvv}",
        "you need the code on the back? it's {cvv}",
    ],
    "es": [
        "y el código de seguridad es {cvv}",
        "el código de atrás es {cvv}",
        "los numeritos de atrás {cvv}",
    ],
}
CALLER_OTP: dict[str, list[str]] = {
    "en": [
        "oh I got a code it says {otp}",
        "the code is {otp}",
        "it says {otp}, is that you guys?",
        "I got a text {otp}",
        "do you need the code? it's {otp}",
    ],
    "es": [
        "me llegó un código dice {otp}",
        "el código es {otp}",
        "dice {otp}, ¿son ustedes?",
        "me mandaron {otp}",
        "¿ocupa el código? es {otp}",
    ],
    "mix": ["me llegó un code, it says {otp}", "el code es {otp}"],
}
CALLER_PIN: dict[str, list[str]] = {
    "en": [
        "my card got blocked at the atm I think I put the wrong pin, my pin is {pin}",
        "the pin is {pin} I've had it for years",
        "I tried {pin} three times",
        "is it {pin}? that's what I always use",
    ],
    "es": [
        "se me bloqueó en el cajero creo que puse mal el nip, mi nip es {pin}",
        "la clave del cajero es {pin}",
        "puse {pin} tres veces",
        "mi pin es {pin} de toda la vida",
    ],
}
CALLER_PW: dict[str, list[str]] = {
    "en": [
        "and my online password is {pw}",
        "the password I'm using is {pw}",
        "I typed {pw} and it said incorrect",
    ],
    "es": [
        "y mi contraseña de la app es {pw}",
        "la contraseña que uso es {pw}",
        "escribí {pw} y me dice incorrecta",
    ],
}
CALLER_SSN: dict[str, list[str]] = {
    "en": [
        "or I can give you my social, it's {ssn}",
        "my social security number is {ssn}",
        "social is {ssn}",
        "you want my social? {ssn}",
    ],
    "es": [
        "o le doy mi seguro social, es {ssn}",
        "mi número de seguro social es {ssn}",
        "el social es {ssn}",
    ],
}
CALLER_SPLIT_A: dict[str, list[str]] = {
    "en": ["my card number is {part}", "{part}", "ok it's {part}"],
    "es": ["el número de mi tarjeta es {part}", "{part}", "ok es {part}"],
}
CALLER_SPLIT_B: dict[str, list[str]] = {
    "en": ["{part}", "{part} hold on"],
    "es": ["{part}", "{part} espere"],
}
CALLER_SPLIT_END: dict[str, list[str]] = {
    "en": ["{lastpart}", "{lastpart} that's it", "{lastpart} and that's the whole thing"],
    "es": ["{lastpart}", "{lastpart} y ya", "{lastpart} ese es todo"],
}
CALLER_PARTIAL: dict[str, list[str]] = {
    "en": [
        "it starts with {bin_s}, I don't have the rest with me",
        "I only remember it starts with {bin_s}",
        "the last four are {last4_s}",
        "my zip is {zip_s} and my phone number is {phone_s}",
        "you can call me back at {phone_s}",
    ],
    "es": [
        "empieza con {bin_s}, no tengo el resto aquí",
        "solo me acuerdo que empieza con {bin_s}",
        "los últimos cuatro son {last4_s}",
        "mi código postal es {zip_s} y mi teléfono es {phone_s}",
        "me puede regresar la llamada al {phone_s}",
    ],
}
CALLER_VAGUE: dict[str, list[str]] = {
    "en": [
        "I got some code but I deleted the text",
        "the code says it expired",
        "I don't have a PIN, I never set one",
        "it's like four something, I forget",
        "I changed my password last week and now it won't take it",
    ],
    "es": [
        "me llegó un código pero lo borré",
        "dice que el código ya venció",
        "no tengo NIP, nunca lo puse",
        "es como cuatro algo, no me acuerdo",
        "cambié mi contraseña la semana pasada y ya no me deja",
    ],
}
CALLER_REFUSE: dict[str, list[str]] = {
    "en": [
        "no, I'm not giving that out, I'll call the number on the back of my card",
        "wait, my bank said they'd never ask for that",
        "how do I know this is really {bank}?",
    ],
    "es": [
        "no, eso no se lo doy, voy a llamar al número que viene atrás de mi tarjeta",
        "oiga, el banco dice que nunca piden eso",
        "¿cómo sé que es de verdad {bank}?",
    ],
}

REP_HELLO: dict[str, list[str]] = {
    "en": [
        "thank you for holding my name is {agent} can I have your full name please",
        "hi this is {agent} with {bank}, who do I have the pleasure of speaking with?",
        "thanks for calling {bank}, this is {agent}. I see you're calling about the card ending in {last4_s}, is that right?",
    ],
    "es": [
        "gracias por esperar le atiende {agent} me puede dar su nombre completo",
        "buenas tardes, habla {agent} de {bank}, ¿con quién tengo el gusto?",
        "gracias por llamar a {bank}, le atiende {agent}, ¿llama por la tarjeta terminada en {last4_s}?",
    ],
}
REP_ASK_DOB: dict[str, list[str]] = {
    "en": [
        "okay and can you verify your date of birth for me?",
        "for security can I get your date of birth",
    ],
    "es": [
        "muy bien, ¿me confirma su fecha de nacimiento?",
        "por seguridad, ¿me da su fecha de nacimiento?",
    ],
}
REP_ASK_ZIP: dict[str, list[str]] = {
    "en": ["can you confirm the ZIP code on the account?"],
    "es": ["¿me confirma el código postal de la cuenta?"],
}
REP_ASK_LAST4: dict[str, list[str]] = {
    "en": ["and the last four of the card please", "which card is this about, just the last four"],
    "es": [
        "y los últimos cuatro de la tarjeta por favor",
        "¿de qué tarjeta se trata? solo los últimos cuatro",
    ],
}
# The live agent's verification questions and the answers they get.
REP_VERIFY: list[tuple[dict[str, list[str]], dict[str, list[str]]]] = [
    (REP_ASK_DOB, CALLER_DOB),
    (REP_ASK_ZIP, CALLER_ZIP),
    (REP_ASK_LAST4, CALLER_LAST4),
]
REP_WARN_CARD: dict[str, list[str]] = {
    "en": [
        "oh you don't need to read me the whole number, I only need the last four. I'll go ahead and mask that in our notes",
        "please don't read your card number or security code out loud, I have everything I need on my screen",
        "okay so for next time, the last four is all we ever need, I've kept that out of the notes",
    ],
    "es": [
        "ah no necesita leerme el número completo, solo los últimos cuatro, ya lo oculté de las notas",
        "por favor no me lea el número de la tarjeta ni el código de seguridad, ya tengo la información en pantalla",
        "ok, para la próxima con los últimos cuatro es suficiente, no lo dejé en las notas",
    ],
}
REP_WARN_CODE: dict[str, list[str]] = {
    "en": [
        "just so you know we'll never ask you for your PIN or the codes we text you",
        "okay, for your safety don't share that code with anyone, not even me",
        "that code is only for the app, please don't read it to anybody on the phone",
    ],
    "es": [
        "le comento que nunca le vamos a pedir su NIP ni los códigos que le llegan por mensaje",
        "ok, por su seguridad no comparta ese código con nadie, ni conmigo",
        "ese código es solo para la aplicación, no se lo lea a nadie por teléfono",
    ],
}
REP_WARN_PIN: dict[str, list[str]] = {
    "en": [
        "I can't see or verify PINs on my end, and please don't share it. I can unlock the card and you can reset the PIN in the app",
        "okay I'm going to stop you there, never share your PIN or password with anyone, including us",
    ],
    "es": [
        "yo no puedo ver ni verificar el NIP, y por favor no lo comparta. Puedo desbloquear la tarjeta y usted cambia el NIP en la app",
        "lo detengo ahí, nunca comparta su NIP ni su contraseña con nadie, ni con nosotros",
    ],
}
REP_WARN_ID: dict[str, list[str]] = {
    "en": [
        "I'm going to stop you there, never share your social over the phone, we already verified you",
        "you didn't need to give me that, your date of birth was enough, I won't note it down",
    ],
    "es": [
        "lo detengo ahí, nunca comparta su seguro social por teléfono, ya lo verificamos",
        "no hacía falta que me lo diera, con su fecha de nacimiento fue suficiente, no lo voy a anotar",
    ],
}
REP_OTP_SENT: dict[str, list[str]] = {
    "en": [
        "I've just sent a verification link to the phone ending in {ph4_s}, go ahead and tap it, you don't need to read anything to me",
        "you'll get a text with a code, that's for the app only, please don't read it to me",
    ],
    "es": [
        "le acabo de mandar un enlace de verificación al celular terminado en {ph4_s}, solo tóquelo, no necesita leerme nada",
        "le va a llegar un mensaje con un código, es solo para la app, no me lo lea",
    ],
}
REP_RESOLVE: dict[str, list[str]] = {
    "en": [
        "alright your card ending in {last4_s} is activated, you can start using it right away",
        "I've filed the dispute for {amt_s}, your confirmation number is {conf_s}",
        "your balance is {amt_s} and your payment is due on {date}",
        "I've sent a replacement card, it should arrive in five to seven business days",
    ],
    "es": [
        "listo, su tarjeta terminada en {last4_s} ya está activada",
        "levanté la aclaración por {amt_s}, su número de folio es {conf_s}",
        "su saldo es de {amt_s} y su fecha de pago es el {date}",
        "le enviamos una tarjeta de reposición, llega en cinco a siete días hábiles",
    ],
}

IVR_PHISH_INTRO: dict[str, list[str]] = {
    "en": [
        "This is an automated message from the {bank} fraud department. We detected a suspicious purchase of {amt_s} at {merchant}.",
        "Hello, this is {bank} security. Your card has been locked due to unusual activity.",
    ],
    "es": [
        "Este es un mensaje automático del departamento de fraudes de {bank}. Detectamos una compra sospechosa por {amt_s}.",
        "Hola, le hablamos de seguridad de {bank}. Su tarjeta fue bloqueada por actividad inusual.",
    ],
}
IVR_PHISH_CARD: dict[str, list[str]] = {
    "en": [
        "To verify your identity, please say or enter your full sixteen-digit card number, followed by the pound key.",
        "Please read me the full card number on the front of your card.",
    ],
    "es": [
        "Para verificar su identidad, diga o marque el número completo de su tarjeta de dieciséis dígitos, seguido de la tecla gato.",
        "Por favor dígame el número completo que aparece al frente de su tarjeta.",
    ],
}
IVR_PHISH_CVV: dict[str, list[str]] = {
    "en": ["Now say the three-digit security code on the back of your card."],
    "es": ["Ahora diga el código de seguridad de tres dígitos del reverso de su tarjeta."],
}
IVR_PHISH_PIN: dict[str, list[str]] = {
    "en": [
        "Finally, please enter your four-digit PIN.",
        "To cancel the charge, enter your card PIN now.",
    ],
    "es": [
        "Por último, marque su NIP de cuatro dígitos.",
        "Para cancelar el cargo, marque ahora el NIP de su tarjeta.",
    ],
}
IVR_PHISH_OTP: dict[str, list[str]] = {
    "en": [
        "We have sent a one-time code to your phone. Please say the code now to cancel the transaction."
    ],
    "es": ["Le enviamos un código a su celular. Dígalo ahora para cancelar la operación."],
}
IVR_PHISH_SSN: dict[str, list[str]] = {
    "en": ["Please say your full Social Security number."],
    "es": ["Diga su número de seguro social completo."],
}
IVR_READBACK: dict[str, list[str]] = {
    "en": ["You entered {card}. If this is correct, press one."],
    "es": ["Usted marcó {card}. Si es correcto, oprima uno."],
}
CALLER_DTMF: list[str] = [
    "[DTMF] {card}#",
    "<dtmf>{card}</dtmf>",
    "(keypad) {card} #",
    "[tones: {card}]",
]
CALLER_DTMF_PIN: list[str] = ["[DTMF] {pin}#", "<dtmf>{pin}</dtmf>", "(keypad) {pin}"]
REP_CARELESS_CARD: dict[str, list[str]] = {
    "en": [
        "ok I'm gonna need you to read me the full card number and the code on the back so I can process the payment",
        "can you read me the whole card number real quick and the security code",
    ],
    "es": [
        "ok necesito que me lea el número completo de la tarjeta y el código de atrás para procesar el pago",
        "¿me puede leer el número completo de la tarjeta y el código de seguridad?",
    ],
}
REP_CARELESS_OTP: dict[str, list[str]] = {
    "en": [
        "can you read me the code we just texted you?",
        "what's the code on your screen? I need it to finish",
    ],
    "es": [
        "¿me puede leer el código que le acabamos de mandar?",
        "¿qué código le llegó? lo necesito para terminar",
    ],
}
REP_CARELESS_PIN: dict[str, list[str]] = {
    "en": ["what's your PIN? I'll check if it matches what we have"],
    "es": ["¿cuál es su NIP? para ver si coincide"],
}

# Verification asks paired with the answers they get (all legitimate).
ASK_LAST4: dict[str, list[str]] = {
    "en": [
        "To find your account, please enter the **last 4 digits** of your card.",
        "What are the last four digits of the card? (Just the last 4 🙂)",
        "Please confirm the last 4 of the card you're asking about.",
    ],
    "es": [
        "Para buscar tu cuenta, escribe los **últimos 4 dígitos** de tu tarjeta.",
        "¿Cuáles son los últimos cuatro dígitos de la tarjeta? (Solo los últimos 4 🙂)",
    ],
}
ASK_ZIP: dict[str, list[str]] = {
    "en": [
        "What's the billing ZIP code on the account?",
        "Please reply with your 5-digit ZIP code.",
    ],
    "es": [
        "¿Cuál es el código postal de facturación?",
        "Responde con tu código postal, por favor.",
    ],
}
ASK_DOB: dict[str, list[str]] = {
    "en": [
        "Please confirm your date of birth (MM/DD/YYYY).",
        "For security, what's your date of birth?",
    ],
    "es": [
        "Confirma tu fecha de nacimiento (DD/MM/AAAA).",
        "Por seguridad, ¿cuál es tu fecha de nacimiento?",
    ],
}
ASK_NAME: dict[str, list[str]] = {
    "en": ["What's the full name on the account?", "Can you confirm the cardholder's name?"],
    "es": ["¿A nombre de quién está la cuenta?", "¿Me confirmas el nombre del titular?"],
}
VERIFY_PAIRS: list[tuple[dict[str, list[str]], dict[str, list[str]]]] = [
    (ASK_LAST4, CUST_LAST4),
    (ASK_LAST4, CUST_LAST4),
    (ASK_ZIP, CUST_ZIP),
    (ASK_DOB, CUST_DOB),
    (ASK_NAME, CUST_NAME),
]
CUST_LOGIN_INTENT: dict[str, list[str]] = {
    "en": [
        "I can't log in",
        "locked out of my account",
        "forgot my password",
        "the app says verify your identity",
        "it keeps asking me for a code",
        "reset password pls",
    ],
    "es": [
        "no puedo entrar",
        "se me bloqueó el usuario",
        "olvidé mi contraseña",
        "la app me pide verificar identidad",
        "me sigue pidiendo un código",
        "quiero cambiar mi contraseña",
    ],
    "mix": ["no puedo hacer login", "la app me pide un code", "forgot mi password"],
}
CUST_ATM_INTENT: dict[str, list[str]] = {
    "en": [
        "the atm ate my card",
        "my pin isn't working",
        "atm says incorrect pin",
        "can't withdraw cash",
    ],
    "es": [
        "el cajero se tragó mi tarjeta",
        "mi NIP no funciona",
        "el cajero dice NIP incorrecto",
        "no puedo sacar efectivo",
    ],
    "mix": ["el ATM no me deja sacar cash", "mi pin no funciona"],
}
CUST_OTP_AGAIN: dict[str, list[str]] = {
    "en": ["new one: {otp}", "ok it sent another, {otp}", "{otp} now?", "resent. {otp}"],
    "es": ["otro: {otp}", "me llegó otro, {otp}", "¿y ahora {otp}?", "reenviado: {otp}"],
}
CUST_OTP_AFTER: dict[str, list[str]] = {
    "en": [
        "ok it worked",
        "still not working",
        "it says expired",
        "ok done, I'm in",
        "why does it keep sending codes",
    ],
    "es": [
        "ya funcionó",
        "sigue sin funcionar",
        "dice que ya venció",
        "listo ya entré",
        "por qué me siguen llegando códigos",
    ],
}
CUST_VAGUE: dict[str, list[str]] = {
    "en": [
        "the code never came",
        "I got the code but it expired",
        "I changed my pin last week",
        "my password has a # in it, is that why?",
        "it says my CVV doesn't match at checkout",
        "do I need the code from the text?",
    ],
    "es": [
        "nunca me llegó el código",
        "me llegó el código pero ya venció",
        "cambié mi NIP la semana pasada",
        "mi contraseña tiene un # ¿será por eso?",
        "me dice que el CVV no coincide al pagar",
        "¿necesito el código del mensaje?",
    ],
}
PHISH_GREET: dict[str, list[str]] = {
    "en": [
        "Hello! This is the {bank} Secure Verification Assistant. We noticed unusual activity on your card ending in {last4}.",
        "🔔 {bank} Alert: your account has been limited. Complete verification with this assistant to restore access.",
        "Hi, I'm {bot}. Your card ending in {last4} needs to be re-validated today to avoid suspension.",
    ],
    "es": [
        "¡Hola! Soy el Asistente de Verificación Segura de {bank}. Detectamos actividad inusual en tu tarjeta terminada en {last4}.",
        "🔔 Alerta {bank}: tu cuenta fue limitada. Completa la verificación con este asistente para restablecer el acceso.",
        "Hola, soy {bot}. Tu tarjeta terminada en {last4} debe revalidarse hoy para evitar la suspensión.",
    ],
}
CUST_PHISH_REACT: dict[str, list[str]] = {
    "en": ["what happened?", "ok", "what activity??", "?", "oh no ok what do I do"],
    "es": ["¿qué pasó?", "ok", "¿cuál actividad??", "?", "ay no, ¿qué hago?"],
    "mix": ["what? qué pasó", "ok what do I do"],
}
GEN_PIN: dict[str, list[str]] = {
    "en": ["{pin}", "it's {pin}", "uh ok {pin}"],
    "es": ["{pin}", "es {pin}", "{pin} ¿así?"],
}
DUMP_LABELS: dict[str, dict[str, list[str]]] = {
    "en": {
        "name": ["Name", "Cardholder"],
        "card": ["Card", "Card number", "CC#", "card no"],
        "exp": ["Exp", "Expiry", "EXP"],
        "cvv": ["CVV", "CVC", "Security code", "cvv2"],
        "zip": ["ZIP", "Zip code"],
        "dob": ["DOB", "Birthday"],
        "ssn": ["SSN", "Social"],
        "pin": ["PIN", "ATM pin"],
        "pw": ["Password", "Online pw"],
        "phone": ["Phone", "Cell"],
        "email": ["Email"],
    },
    "es": {
        "name": ["Nombre", "Titular"],
        "card": ["Tarjeta", "Número de tarjeta", "No. tarjeta"],
        "exp": ["Vence", "Vencimiento", "Exp"],
        "cvv": ["CVV", "Código de seguridad", "CVC"],
        "zip": ["CP", "Código postal"],
        "dob": ["Fecha de nacimiento", "Nacimiento"],
        "ssn": ["SSN", "Seguro social"],
        "pin": ["NIP", "PIN"],
        "pw": ["Contraseña", "Clave app"],
        "phone": ["Cel", "Teléfono"],
        "email": ["Correo"],
    },
}
DUMP_INTRO: dict[str, list[str]] = {
    "en": [
        "ok here's everything so you stop asking:\n",
        "Here:\n",
        "",
        "all my info:\n",
        "bot, take it all 🙄\n",
    ],
    "es": [
        "ahí va todo para que no me preguntes más:\n",
        "aquí están mis datos:\n",
        "",
        "toma{tag}:\n",
    ],
}


# --------------------------------------------------------------------------------------
# Chat conversations
# --------------------------------------------------------------------------------------


def verify(c: Ctx) -> None:
    ask, answer = c.rng.choice(VERIFY_PAIRS)
    c.bot(ask, "bot_legit_ask")
    c.cust(answer)


def chat_card_paste(c: Ctx) -> None:
    c.new_card()
    c.bot(BOT_GREET, "bot_greet")
    c.cust(CUST_INTENT)
    r = c.rng.random()
    c.bot(ASK_LAST4 if r < 0.3 else BOT_LEGIT_ASK, "bot_legit_ask")
    if r < 0.3:
        c.cust(CUST_LAST4, last4=c.v["last4x"])
        c.bot(BOT_NOT_FOUND, "bot_reply")
        c.cust(CUST_CARD, "card_typed", card=c.card_text())
    elif r < 0.65:
        c.cust(CUST_CARD, "card_typed", card=c.card_text())
    else:
        c.cust(CUST_CARD_CVV, "card_cvv", card=c.card_text(), cvv=make_cvv(c.rng, c.brand))
    c.bot(BOT_WARN_CARD, "bot_warn")
    if c.chance(0.5):
        c.bot(BOT_LOOKUP, "bot_lookup")
    if c.chance(0.3):
        c.cust(CUST_CVV, "cvv", cvv=make_cvv(c.rng, c.brand))
        c.bot(BOT_WARN_CVV, "bot_warn")
    if c.chance(0.6):
        c.cust(CUST_BYE)


def chat_otp_paste(c: Ctx) -> None:
    c.bot(BOT_GREET, "bot_greet")
    c.cust(CUST_LOGIN_INTENT)
    if c.chance(0.6):
        verify(c)
    c.bot(BOT_OTP_SENT, "bot_otp_notice")
    if c.chance(0.2):
        c.cust(CUST_VAGUE)
        c.bot(BOT_OTP_WARN, "bot_warn")
    c.cust(CUST_OTP, "otp", otp=fmt_otp(c.rng, make_otp(c.rng)))
    c.bot(BOT_OTP_WARN, "bot_warn")
    if c.chance(0.35):
        c.cust(CUST_OTP_AGAIN, "otp", otp=fmt_otp(c.rng, make_otp(c.rng)))
        c.bot(BOT_OTP_WARN, "bot_warn")
    else:
        c.cust(CUST_OTP_AFTER)
    if c.chance(0.4):
        c.bot(BOT_HANDOFF, "bot_handoff")
        c.human(HUMAN_WARN_CODE, "human_warn")


def chat_pw_pin(c: Ctx) -> None:
    c.bot(BOT_GREET, "bot_greet")
    what = c.rng.choice(["pw", "pw", "pw2", "pin", "pin", "both"])
    c.cust(CUST_ATM_INTENT if what == "pin" else CUST_LOGIN_INTENT)
    if c.chance(0.5):
        verify(c)
    if what in ("pw", "both"):
        c.cust(CUST_PW, "password", pw=make_pw(c.rng))
    if what == "pw2":
        c.cust(CUST_PW_CHANGE, "password", pw=make_pw(c.rng), pw2=make_pw(c.rng))
    if what in ("pin", "both"):
        c.cust(CUST_PIN, "pin", pin=make_pin(c.rng))
    c.bot(BOT_PIN_WARN if what == "pin" else BOT_PW_WARN, "bot_warn")
    if c.chance(0.4):
        c.cust(CUST_VAGUE)
        c.bot(BOT_SECURITY_A, "bot_reply")
    if c.chance(0.5):
        c.cust(CUST_BYE)


def chat_ssn(c: Ctx) -> None:
    c.bot(BOT_GREET, "bot_greet")
    c.cust(CUST_INTENT)
    ask, answer = c.rng.choice([(ASK_DOB, CUST_DOB), (ASK_ZIP, CUST_ZIP), (ASK_NAME, CUST_NAME)])
    c.bot(ask, "bot_legit_ask")
    if c.chance(0.4):
        c.cust(answer)
        c.bot(BOT_NOT_FOUND, "bot_reply")
    c.cust(CUST_SSN, "ssn", ssn=fmt_ssn(c.rng, make_ssn(c.rng)))
    c.bot(BOT_SSN_WARN, "bot_warn")
    if c.chance(0.6):
        c.bot(BOT_LOOKUP, "bot_lookup")
    if c.chance(0.5):
        c.cust(CUST_BYE)


def chat_split_card(c: Ctx) -> None:
    c.new_card()
    c.bot(BOT_GREET, "bot_greet")
    c.cust(CUST_INTENT)
    c.bot(BOT_LEGIT_ASK, "bot_legit_ask")
    parts = split_card(c.rng, c.card, c.brand)
    c.cust(CUST_SPLIT_INTRO, "card_split", part=parts[0])
    if c.chance(0.2):
        c.bot(BOT_NOT_FOUND, "bot_reply")
    for p in parts[1:-1]:
        c.cust(CUST_SPLIT_MID, "card_split", part=p)
    c.cust(CUST_SPLIT_END, "card_split", lastpart=parts[-1])
    c.bot(BOT_WARN_CARD, "bot_warn")
    if c.chance(0.4):
        c.bot(BOT_LOOKUP, "bot_lookup")


def chat_dump(c: Ctx) -> None:
    c.new_card()
    c.bot(BOT_GREET, "bot_greet")
    c.cust(CUST_INTENT)
    c.bot(c.rng.choice([BOT_LEGIT_ASK, ASK_LAST4, ASK_DOB]), "bot_legit_ask")
    lang = c.vlang
    labels = DUMP_LABELS[lang]
    extra = c.rng.sample(
        ["exp", "cvv", "zip", "dob", "ssn", "pin", "pw", "phone", "email", "name"],
        c.rng.randint(2, 5),
    )
    if not any(f in extra for f in ("cvv", "ssn", "pin", "pw")):
        extra.append(c.rng.choice(["cvv", "ssn", "pin", "pw"]))
    order = ["name", "card", "exp", "cvv", "zip", "dob", "ssn", "pin", "pw", "phone", "email"]
    fields = [f for f in order if f == "card" or f in extra]
    vals = {
        "card": c.card_text(),
        "cvv": make_cvv(c.rng, c.brand),
        "ssn": fmt_ssn(c.rng, make_ssn(c.rng)),
        "pin": make_pin(c.rng),
        "pw": make_pw(c.rng),
    }
    style = c.rng.randint(0, 5)
    lines = []
    for f in fields:
        name = c.rng.choice(labels[f])
        slot = "{" + f + "}"
        if style == 0:
            lines.append(f"• {name}: {slot}")
        elif style == 1:
            lines.append(f"{name}: {slot}")
        elif style == 2:
            lines.append(f"- {name} - {slot}")
        elif style == 3:
            lines.append(f"**{name}:** {slot}")
        elif style == 4:
            key = strip_accents(name.lower()).replace(" ", "_").replace(".", "").replace("#", "")
            lines.append(f'"{key}": "{slot}"')
        else:
            lines.append(f"{name} {slot}")
    if style == 4:
        body = "{" + ", ".join(lines) + "}"
    elif style == 5:
        body = " / ".join(lines)
    else:
        body = "\n".join(lines)
    intro = pick(c.rng, DUMP_INTRO, lang)
    c.cust(intro + body, "dump", **vals)
    c.bot(BOT_WARN_CARD, "bot_warn")
    if c.chance(0.5):
        c.bot(BOT_HANDOFF, "bot_handoff")
        c.human(HUMAN_WARN_CARD, "human_warn")


def chat_handoff(c: Ctx) -> None:
    c.new_card()
    c.bot(BOT_GREET, "bot_greet")
    c.cust(
        c.rng.choice(
            [
                CUST_INTENT,
                {
                    "en": ["agent", "human pls", "AGENT", "talk to a real person"],
                    "es": [
                        "asesor",
                        "una persona {pls}",
                        "ASESOR",
                        "quiero hablar con alguien de verdad",
                    ],
                },
            ]
        )
    )
    c.bot(BOT_HANDOFF, "bot_handoff")
    c.human(HUMAN_HELLO, "human_hello")
    what = c.rng.choice(["card", "card_cvv", "otp", "ssn", "pin", "card_cvv"])
    cvv = make_cvv(c.rng, c.brand)
    if what == "card":
        c.cust(CUST_CARD, "card_typed", card=c.card_text())
    elif what == "card_cvv":
        c.cust(CUST_CARD_CVV, "card_cvv", card=c.card_text(), cvv=cvv)
    elif what == "otp":
        c.cust(CUST_OTP, "otp", otp=fmt_otp(c.rng, make_otp(c.rng)))
    elif what == "ssn":
        c.cust(CUST_SSN, "ssn", ssn=fmt_ssn(c.rng, make_ssn(c.rng)))
    else:
        c.cust(CUST_PIN, "pin", pin=make_pin(c.rng))
    if what == "card_cvv" and c.chance(0.3):
        c.human(AGENT_ECHO_CVV, "agent_echo", cvv=cvv)
    else:
        c.human(
            HUMAN_WARN_CARD
            if what.startswith("card")
            else HUMAN_WARN_ID
            if what == "ssn"
            else HUMAN_WARN_CODE,
            "human_warn",
        )
    c.human(HUMAN_RESOLVE, "human_resolve")
    if c.chance(0.6):
        c.cust(CUST_BYE)


PHISH_FLOWS: dict[str, tuple[dict[str, list[str]], tuple[str, ...]]] = {
    "card_cvv": (PHISH_CARD_CVV, (CC, CVV)),
    "card": (PHISH_CARD, (CC,)),
    "otp": (PHISH_OTP, (OTP,)),
    "pin": (PHISH_PIN, (PIN,)),
    "pw": (PHISH_PW, (PW,)),
    "ssn": (PHISH_SSN, (SSN,)),
}


def comply(c: Ctx, what: str, kind_prefix: str = "") -> None:
    """The customer hands over what was asked for, in chat."""
    if what == "card_cvv":
        c.cust(
            CUST_CARD_CVV,
            kind_prefix + "card_cvv",
            card=c.card_text(),
            cvv=make_cvv(c.rng, c.brand),
        )
    elif what == "card":
        c.cust(CUST_CARD, kind_prefix + "card_typed", card=c.card_text())
    elif what == "otp":
        c.cust(CUST_OTP, kind_prefix + "otp", otp=fmt_otp(c.rng, make_otp(c.rng)))
    elif what == "pin":
        c.cust(CUST_PIN if c.chance(0.5) else GEN_PIN, kind_prefix + "pin", pin=make_pin(c.rng))
    elif what == "pw":
        c.cust(CUST_PW, kind_prefix + "password", pw=make_pw(c.rng))
    else:
        c.cust(CUST_SSN, kind_prefix + "ssn", ssn=fmt_ssn(c.rng, make_ssn(c.rng)))


def chat_phish_bot(c: Ctx) -> None:
    c.new_card()
    phisher = c.chance(0.6)
    c.bot(PHISH_GREET if phisher else BOT_GREET, "phish_greet" if phisher else "bot_greet")
    c.cust(CUST_PHISH_REACT if phisher else CUST_INTENT)
    first = c.rng.choice(["card_cvv", "card_cvv", "card", "otp", "pin", "pw", "ssn"])
    others = [
        k
        for k in PHISH_FLOWS
        if k != first and not (first.startswith("card") and k.startswith("card"))
    ]
    steps = [first, *c.rng.sample(others, c.rng.randint(0, 2))]
    for what in steps:
        pool, ask = PHISH_FLOWS[what]
        c.bot(pool, "phish_ask", ask=ask)
        if c.chance(0.7):
            comply(c, what, "phished_")
            c.bot(PHISH_ACK, "phish_ack")
        else:
            c.cust(CUST_REFUSE)
            break


def chat_careless_agent(c: Ctx) -> None:
    c.new_card()
    c.bot(BOT_GREET, "bot_greet")
    c.cust(CUST_INTENT)
    c.bot(BOT_HANDOFF, "bot_handoff")
    c.human(HUMAN_HELLO, "human_hello")
    what = c.rng.choice(["card_cvv", "card_cvv", "otp", "ssn", "pin", "pw"])
    pool, ask = {
        "card_cvv": (CARELESS_CARD_CVV, (CC, CVV)),
        "otp": (CARELESS_OTP, (OTP,)),
        "ssn": (CARELESS_SSN, (SSN,)),
        "pin": (CARELESS_PIN, (PIN,)),
        "pw": (CARELESS_PW, (PW,)),
    }[what]
    c.human(pool, "careless_ask", ask=ask)
    if c.chance(0.75):
        if what == "card_cvv" and c.chance(0.35):
            cvv = make_cvv(c.rng, c.brand)
            c.cust(CUST_CARD_CVV, "card_cvv", card=c.card_text(), cvv=cvv)
            c.human(AGENT_ECHO_CVV, "agent_echo", cvv=cvv)
        else:
            comply(c, what)
        c.human(HUMAN_RESOLVE, "human_resolve")
    else:
        c.cust(CUST_REFUSE)
        c.human(HUMAN_BACKTRACK, "human_reply")
    if c.chance(0.5):
        c.cust(CUST_BYE)


def chat_clean_lookup(c: Ctx) -> None:
    c.bot(BOT_GREET, "bot_greet")
    c.cust(CUST_INTENT)
    verify(c)
    c.bot(BOT_LOOKUP, "bot_lookup")
    if c.chance(0.7):
        c.cust(
            {
                "en": [
                    "can you show me my recent charges",
                    "what are my last transactions",
                    "show transactions",
                ],
                "es": [
                    "muéstrame mis últimos movimientos",
                    "¿cuáles son mis cargos recientes?",
                    "movimientos",
                ],
                "mix": ["show me mis movimientos", "mis last charges pls"],
            }
        )
        c.bot(BOT_TABLE, "bot_table")
    c.cust(CUST_TXN_Q)
    c.bot(BOT_TXN_EXPLAIN, "bot_reply")
    if c.chance(0.4):
        c.bot(BOT_CONFIRM_TXN, "bot_legit_ask")
        c.cust(c.rng.choice([CUST_YES, CUST_NO]))
    if c.chance(0.6):
        c.cust(CUST_BYE)


def chat_clean_dispute(c: Ctx) -> None:
    c.bot(BOT_GREET, "bot_greet")
    c.cust(CUST_DISPUTE)
    verify(c)
    c.bot(BOT_CONFIRM_TXN, "bot_legit_ask")
    c.cust(CUST_NO)
    c.bot(BOT_DISPUTE, "bot_dispute")
    if c.chance(0.5):
        c.cust(CUST_DISPUTE)
        c.bot(BOT_DISPUTE, "bot_dispute")
    if c.chance(0.35):
        c.bot(BOT_HANDOFF, "bot_handoff")
        c.human(HUMAN_HELLO, "human_hello")
        c.human(HUMAN_RESOLVE, "human_resolve")
    c.cust(CUST_BYE)


def chat_clean_security(c: Ctx) -> None:
    c.bot(BOT_GREET, "bot_greet")
    for q, a in c.rng.sample(SECURITY_QA, c.rng.choice([1, 1, 2])):
        c.cust(q)
        c.bot(a, "bot_reply")
    if c.chance(0.3):
        c.cust(CUST_VAGUE)
        c.bot(BOT_SECURITY_A, "bot_reply")
    if c.chance(0.7):
        c.cust(CUST_LOCK)
        c.bot(BOT_LOCKED, "bot_reply")
        c.cust(c.rng.choice([CUST_YES, CUST_NO]))
    if c.chance(0.3):
        c.bot(BOT_HANDOFF, "bot_handoff")
        c.human(HUMAN_WARN_CODE, "human_warn")
    c.cust(CUST_BYE)


def chat_clean_payment(c: Ctx) -> None:
    c.bot(BOT_GREET, "bot_greet")
    c.cust(CUST_PAY)
    verify(c)
    c.bot(BOT_LOOKUP, "bot_lookup")
    c.bot(BOT_PAY_CONFIRM, "bot_legit_ask")
    c.cust(CUST_YES)
    c.bot(BOT_PAY_DONE, "bot_reply")
    if c.chance(0.5):
        c.cust(CUST_TXN_Q)
        c.bot(BOT_TXN_EXPLAIN, "bot_reply")
    if c.chance(0.6):
        c.cust(CUST_BYE)


# --------------------------------------------------------------------------------------
# Voice conversations (speech-to-text transcripts)
# --------------------------------------------------------------------------------------

OTP_GROUPS: dict[int, list[int]] = {4: [4], 5: [2, 3], 6: [3, 3], 7: [3, 4], 8: [4, 4]}


def said_otp(c: Ctx) -> str:
    otp = make_otp(c.rng)
    return c.say(
        otp, OTP_GROUPS[len(otp)] if c.chance(0.7) else [len(otp)], numerals=0.15, pairs=0.25
    )


def said_pin(c: Ctx) -> str:
    pin = make_pin(c.rng)
    return c.say(
        pin,
        [len(pin)] if c.chance(0.6) else [2] * (len(pin) // 2) + ([1] if len(pin) % 2 else []),
        numerals=0.12,
        pairs=0.3,
    )


def said_ssn(c: Ctx) -> str:
    return c.say(make_ssn(c.rng), [3, 2, 4], numerals=0.15, pairs=0.15)


def said_pw(c: Ctx) -> str:
    pw = make_pw(c.rng)
    r = c.rng.random()
    if r < 0.5:
        s = spell_pw(c.rng, pw, c.vlang)
        return s.replace(", ", " ") if c.asr == "raw" else s
    return pw.lower() if r < 0.8 else pw


def said_card_parts(c: Ctx) -> list[str]:
    groups = card_groups(c.card, c.brand)
    parts = chunk(c.card, groups)
    cut = c.rng.randint(1, len(parts) - 1)
    pieces = [parts[:cut], parts[cut:]]
    if len(parts) >= 4 and c.chance(0.35) and cut < len(parts) - 1:
        cut2 = c.rng.randint(cut + 1, len(parts) - 1)
        pieces = [parts[:cut], parts[cut:cut2], parts[cut2:]]
    out = []
    for piece in pieces:
        digits = "".join(piece)
        out.append(c.say(digits, [len(g) for g in piece], numerals=0.15, pairs=0.15))
    return out


def dtmf(c: Ctx, digits: str) -> str:
    return digits if c.chance(0.6) else " ".join(digits)


def voice_card(c: Ctx) -> None:
    c.new_card()
    c.ivr(IVR_WELCOME, "ivr_welcome")
    c.caller(CALLER_INTENT)
    c.ivr(IVR_ASK_LAST4, "ivr_legit_ask")
    read_early = c.chance(0.45)
    if read_early:
        c.caller(CALLER_CARD, "card_words", card=c.card_said())
        c.ivr(IVR_RETRY, "ivr_prompt")
    else:
        c.caller(CALLER_LAST4)
        c.ivr(IVR_YESNO, "ivr_legit_ask")
        c.caller(CALLER_YES)
    c.ivr(IVR_TRANSFER, "ivr_prompt")
    c.rep(REP_HELLO, "rep_hello")
    c.caller(CALLER_NAME)
    if not read_early or c.chance(0.4):
        c.caller(CALLER_CARD, "card_words", card=c.card_said())
    c.rep(REP_WARN_CARD, "rep_warn")
    if c.chance(0.4):
        c.caller(CALLER_CVV, "cvv_words", cvv=c.cvv_said())
        c.rep(REP_WARN_CARD, "rep_warn")
    c.rep(REP_RESOLVE, "rep_resolve")
    c.caller(CALLER_BYE)


def voice_otp(c: Ctx) -> None:
    c.ivr(IVR_WELCOME, "ivr_welcome")
    c.caller(
        {
            "en": [
                "I can't log in to the app",
                "it keeps asking me for a code",
                "my online banking is locked",
            ],
            "es": [
                "no puedo entrar a la aplicación",
                "me sigue pidiendo un código",
                "se me bloqueó la banca en línea",
            ],
            "mix": ["no puedo hacer log in", "la app me pide un code"],
        }
    )
    c.ivr(IVR_ASK_DOB, "ivr_legit_ask")
    c.caller(CALLER_DOB)
    c.ivr(IVR_TRANSFER, "ivr_prompt")
    c.rep(REP_HELLO, "rep_hello")
    c.rep(REP_OTP_SENT, "rep_otp_notice")
    c.caller(CALLER_OTP, "otp_words", otp=said_otp(c))
    c.rep(REP_WARN_CODE, "rep_warn")
    if c.chance(0.3):
        c.caller(CALLER_OTP, "otp_words", otp=said_otp(c))
        c.rep(REP_WARN_CODE, "rep_warn")
    elif c.chance(0.4):
        c.caller(CALLER_VAGUE)
    c.rep(REP_RESOLVE, "rep_resolve")
    c.caller(CALLER_BYE)


def voice_pin_pw(c: Ctx) -> None:
    c.ivr(IVR_WELCOME, "ivr_welcome")
    c.caller(CALLER_INTENT)
    c.ivr(IVR_ASK_LAST4, "ivr_legit_ask")
    c.caller(CALLER_LAST4)
    c.ivr(IVR_TRANSFER, "ivr_prompt")
    c.rep(REP_HELLO, "rep_hello")
    c.caller(CALLER_NAME)
    what = c.rng.choice(["pin", "pin", "pw", "both"])
    if what in ("pin", "both"):
        c.caller(CALLER_PIN, "pin_words", pin=said_pin(c))
    if what in ("pw", "both"):
        c.caller(CALLER_PW, "password_said", pw=said_pw(c))
    c.rep(REP_WARN_PIN, "rep_warn")
    if c.chance(0.4):
        c.caller(CALLER_VAGUE)
    c.rep(REP_RESOLVE, "rep_resolve")
    c.caller(CALLER_BYE)


def voice_ssn(c: Ctx) -> None:
    c.ivr(IVR_WELCOME, "ivr_welcome")
    c.caller(CALLER_INTENT)
    c.ivr(IVR_ASK_ZIP, "ivr_legit_ask")
    c.caller(CALLER_ZIP)
    c.ivr(IVR_ASK_DOB, "ivr_legit_ask")
    c.caller(CALLER_DOB)
    if c.chance(0.4):
        c.ivr(IVR_TRANSFER, "ivr_prompt")
        c.rep(REP_HELLO, "rep_hello")
        c.rep(c.rng.choice(REP_VERIFY)[0], "rep_legit_ask")
    c.caller(CALLER_SSN, "ssn_words", ssn=said_ssn(c))
    c.rep(REP_WARN_ID, "rep_warn")
    c.rep(REP_RESOLVE, "rep_resolve")
    c.caller(CALLER_BYE)


def voice_split_card(c: Ctx) -> None:
    c.new_card()
    c.ivr(IVR_WELCOME, "ivr_welcome")
    c.caller(CALLER_INTENT)
    c.ivr(IVR_TRANSFER, "ivr_prompt")
    c.rep(REP_HELLO, "rep_hello")
    c.caller(CALLER_NAME)
    parts = said_card_parts(c)
    c.caller(CALLER_SPLIT_A, "card_split_words", part=parts[0])
    for p in parts[1:-1]:
        c.caller(CALLER_SPLIT_B, "card_split_words", part=p)
    c.caller(CALLER_SPLIT_END, "card_split_words", lastpart=parts[-1])
    c.rep(REP_WARN_CARD, "rep_warn")
    c.rep(REP_RESOLVE, "rep_resolve")


def voice_phish(c: Ctx) -> None:
    c.new_card()
    if c.chance(0.6):
        c.ivr(IVR_PHISH_INTRO, "ivr_phish_intro")
        steps = c.rng.choice(
            [
                ["card", "cvv", "pin"],
                ["card", "cvv"],
                ["card", "otp"],
                ["otp"],
                ["pin"],
                ["card", "ssn"],
                ["ssn", "pin"],
            ]
        )
        for what in steps:
            pool, ask = {
                "card": (IVR_PHISH_CARD, (CC,)),
                "cvv": (IVR_PHISH_CVV, (CVV,)),
                "pin": (IVR_PHISH_PIN, (PIN,)),
                "otp": (IVR_PHISH_OTP, (OTP,)),
                "ssn": (IVR_PHISH_SSN, (SSN,)),
            }[what]
            c.ivr(pool, "ivr_phish_ask", ask=ask)
            if not c.chance(0.75):
                c.caller(CALLER_REFUSE)
                break
            if what == "card":
                if c.chance(0.4):
                    digits = dtmf(c, c.card)
                    c.caller(CALLER_DTMF, "card_dtmf", card=digits)
                    if c.chance(0.5):
                        c.ivr(
                            IVR_READBACK,
                            "ivr_readback",
                            card=" ".join(chunk(c.card, fours(c.card)))
                            if c.chance(0.5)
                            else c.card,
                        )
                else:
                    c.caller(CALLER_CARD, "card_words", card=c.card_said())
            elif what == "cvv":
                c.caller(CALLER_CVV, "cvv_words", cvv=c.cvv_said())
            elif what == "pin":
                if c.chance(0.5):
                    c.caller(CALLER_DTMF_PIN, "pin_dtmf", pin=dtmf(c, make_pin(c.rng)))
                else:
                    c.caller(GEN_PIN, "pin_words", pin=said_pin(c))
            elif what == "otp":
                c.caller(CALLER_OTP, "otp_words", otp=said_otp(c))
            else:
                c.caller(CALLER_SSN, "ssn_words", ssn=said_ssn(c))
        return
    c.ivr(IVR_WELCOME, "ivr_welcome")
    c.caller(CALLER_INTENT)
    c.ivr(IVR_TRANSFER, "ivr_prompt")
    c.rep(REP_HELLO, "rep_hello")
    c.caller(CALLER_NAME)
    what = c.rng.choice(["card", "card", "otp", "pin"])
    if what == "card":
        c.rep(REP_CARELESS_CARD, "rep_careless_ask", ask=(CC, CVV))
        if c.chance(0.75):
            c.caller(CALLER_CARD, "card_words", card=c.card_said())
            c.caller(CALLER_CVV, "cvv_words", cvv=c.cvv_said())
        else:
            c.caller(CALLER_REFUSE)
    elif what == "otp":
        c.rep(REP_CARELESS_OTP, "rep_careless_ask", ask=(OTP,))
        if c.chance(0.75):
            c.caller(CALLER_OTP, "otp_words", otp=said_otp(c))
        else:
            c.caller(CALLER_REFUSE)
    else:
        c.rep(REP_CARELESS_PIN, "rep_careless_ask", ask=(PIN,))
        if c.chance(0.75):
            c.caller(GEN_PIN, "pin_words", pin=said_pin(c))
        else:
            c.caller(CALLER_REFUSE)
    c.rep(REP_RESOLVE, "rep_resolve")


def voice_clean(c: Ctx) -> None:
    c.ivr(IVR_WELCOME, "ivr_welcome")
    c.caller(CALLER_INTENT)
    c.ivr(IVR_ASK_LAST4, "ivr_legit_ask")
    c.caller(CALLER_LAST4)
    c.ivr(IVR_YESNO, "ivr_legit_ask")
    c.caller(CALLER_YES)
    c.ivr(IVR_BALANCE, "ivr_balance")
    if c.chance(0.6):
        c.caller(
            {
                "en": ["payment", "make a payment", "I want to pay"],
                "es": ["pago", "hacer un pago", "quiero pagar"],
            }
        )
        c.ivr(IVR_HOW_MUCH, "ivr_legit_ask")
        c.caller(CALLER_AMOUNT)
        c.ivr(IVR_CONF, "ivr_confirmation")
        if c.chance(0.6):
            c.caller(CALLER_CONF)
    else:
        c.caller(CALLER_AMOUNT)
        c.ivr(IVR_TRANSFER, "ivr_prompt")
        c.rep(REP_HELLO, "rep_hello")
        ask, answer = c.rng.choice(REP_VERIFY)
        c.rep(ask, "rep_legit_ask")
        c.caller(answer)
        c.rep(REP_RESOLVE, "rep_resolve")
    c.caller(CALLER_BYE)


def voice_clean_partial(c: Ctx) -> None:
    c.ivr(IVR_WELCOME, "ivr_welcome")
    c.caller(CALLER_INTENT)
    c.ivr(IVR_ASK_LAST4, "ivr_legit_ask")
    c.caller(CALLER_PARTIAL)
    c.ivr(IVR_RETRY, "ivr_prompt")
    c.rep(REP_HELLO, "rep_hello")
    c.caller(CALLER_NAME)
    ask, answer = c.rng.choice(REP_VERIFY)
    c.rep(ask, "rep_legit_ask")
    c.caller(CALLER_PARTIAL if ask is REP_ASK_LAST4 and c.chance(0.5) else answer)
    c.caller(CALLER_VAGUE)
    c.rep(REP_WARN_CODE, "rep_warn")
    if c.chance(0.5):
        c.rep(REP_OTP_SENT, "rep_otp_notice")
        c.caller(CALLER_VAGUE)
    c.rep(REP_RESOLVE, "rep_resolve")
    if c.chance(0.5):
        c.caller(CALLER_CONF)
    c.caller(CALLER_BYE)


# --------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------

# (kind, writer, weight, voice)
KINDS: list[tuple[str, Callable[[Ctx], None], int, bool]] = [
    ("chat_card_paste", chat_card_paste, 7, False),
    ("chat_otp_paste", chat_otp_paste, 6, False),
    ("chat_pw_pin", chat_pw_pin, 5, False),
    ("chat_ssn", chat_ssn, 4, False),
    ("chat_split_card", chat_split_card, 4, False),
    ("chat_dump", chat_dump, 3, False),
    ("chat_handoff", chat_handoff, 4, False),
    ("chat_phish_bot", chat_phish_bot, 4, False),
    ("chat_careless_agent", chat_careless_agent, 3, False),
    ("chat_clean_lookup", chat_clean_lookup, 6, False),
    ("chat_clean_dispute", chat_clean_dispute, 5, False),
    ("chat_clean_security", chat_clean_security, 5, False),
    ("chat_clean_payment", chat_clean_payment, 4, False),
    ("voice_card", voice_card, 7, True),
    ("voice_otp", voice_otp, 5, True),
    ("voice_pin_pw", voice_pin_pw, 5, True),
    ("voice_ssn", voice_ssn, 4, True),
    ("voice_split_card", voice_split_card, 3, True),
    ("voice_phish", voice_phish, 5, True),
    ("voice_clean", voice_clean, 7, True),
    ("voice_clean_partial", voice_clean_partial, 6, True),
]


def generate(seed: int, count: int = 480) -> list[Conversation]:
    """`count` conversations of blind set 21, the same for the same seed."""
    rng = Random(seed)
    names = [k[0] for k in KINDS]
    if count <= len(names):
        plan = names[:count]
    else:
        plan = names + rng.choices(names, weights=[k[2] for k in KINDS], k=count - len(names))
    rng.shuffle(plan)
    writers = {k[0]: (k[1], k[3]) for k in KINDS}
    conversations: list[Conversation] = []
    for i, kind in enumerate(plan):
        writer, voice = writers[kind]
        lang = rng.choices(["en", "es", "mix"], weights=[45, 37, 18])[0]
        c = Ctx(rng, lang, voice)
        writer(c)
        conversations.append(
            Conversation(cid=f"s21-{seed}-{i:04d}", kind=kind, lang=lang, messages=c.msgs)
        )
    return conversations
