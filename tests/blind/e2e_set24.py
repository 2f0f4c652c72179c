# ruff: noqa: E501
"""Blind end-to-end set 24 for guard: customers who paste whole artefacts into the chat.

Theme: customers of a card issuer's chat paste what they see instead of typing it: the OCR
text of a photo or a screenshot (a card's front or back, the app's card-details screen, a
declined-payment or checkout screen, a letter from the bank, a PIN mailer), a forwarded
email (headers From/To/Subject/Date, quoted replies with ">", signatures, legal footers,
links), an SMS thread copied from the phone (short codes, timestamps, texts from the bank
and from scammers, one-time codes), a receipt or an order confirmation (merchant, terminal
id, auth code, masked card, order and tracking numbers), a statement excerpt, an app error
page (error codes, request ids, build numbers), a PDF form's text, a note from the phone.
Around the paste they write a line or two ("is this legit?", "mira lo que me llegó"), in
English, Spanish (Mexico, Spain, Argentina, Colombia, US Hispanic) or Spanglish.

Real secrets sit inside some pastes (a full card with expiry and CVV from a photo, an OTP
in a bank text, an SSN on a form, a password in a note, a PIN on a mailer); many pastes
hold none but are full of look-alikes (auth codes, terminal and merchant ids, short codes,
masked cards, last fours, amounts, dates, phone numbers, ZIP codes, Luhn-invalid references,
request ids, build numbers).  OCR noise (O for 0, l for 1, S for 5, B for 8, doubled spaces,
stray characters, broken lines) touches the text around the secrets; the secrets themselves
stay legible (a card may be broken over two OCR lines or typed over several messages).
Agents answer normally; a minority (phishers or careless agents) ask for forbidden secrets,
and legitimate asks (last four, ZIP, name, date of birth, address) request nothing.

Written blind: its author read only lines 1-85 of tests/blind/e2e_set.py (the shared schema),
tests/blind/evaluate_e2e.py (the scorer) and the [tool.ruff] section of pyproject.toml, and
none of guard's code, rules, tests, benchmarks or the other blind sets.

`generate(seed, count)` is deterministic: one seeded `random.Random` drives everything.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from random import Random

from stdnum import luhn

from tests.blind.e2e_set import CC, CVV, OTP, PIN, PW, SSN, Conversation, Label, Message

SLOT = re.compile(r"\{(\w+)\}")
DIGIT_RUN = re.compile(r"\d(?:[\d \-./]*\d)?")

# --------------------------------------------------------------------------------------
# Text with labelled spans
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Frag:
    """A piece of text and the secret spans it holds (offsets into `text`)."""

    text: str
    labels: tuple[Label, ...] = ()


Piece = str | Frag


def frag(piece: Piece) -> Frag:
    return piece if isinstance(piece, Frag) else Frag(piece)


def cat(*parts: Piece) -> Frag:
    out: list[str] = []
    labels: list[Label] = []
    pos = 0
    for part in parts:
        f = frag(part)
        labels.extend(
            Label(x.type, x.start + pos, x.end + pos, x.keep, x.split_part) for x in f.labels
        )
        out.append(f.text)
        pos += len(f.text)
    return Frag("".join(out), tuple(labels))


def joined(sep: str, parts: Sequence[Piece]) -> Frag:
    items: list[Piece] = []
    for i, part in enumerate(parts):
        if i:
            items.append(sep)
        items.append(part)
    return cat(*items)


def fill(template: str, slots: dict[str, Piece]) -> Frag:
    """Replace every {name} of `template` by slots[name], carrying secret labels along."""
    parts: list[Piece] = []
    last = 0
    for m in SLOT.finditer(template):
        parts.append(template[last : m.start()])
        parts.append(slots[m.group(1)])
        last = m.end()
    parts.append(template[last:])
    return cat(*parts)


def secret(kind: str, value: str, *, split: bool = False, keep: int | None = None) -> Frag:
    if keep is None:
        keep = 4 if kind in (CC, SSN) else 0
    return Frag(value, (Label(kind, 0, len(value), keep, split),))


def words(text: str, sep: str = " ") -> tuple[str, ...]:
    """A word list written on one line."""
    return tuple(text.split(sep))


# --------------------------------------------------------------------------------------
# Noise: OCR around the secrets, typos in what people type
# --------------------------------------------------------------------------------------

TO_LETTER = {"0": "O", "1": "l", "5": "S", "8": "B"}
TO_DIGIT = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}
STRAY = "|'.,~`:;_»"


def ocr(rng: Random, f: Frag, level: float) -> Frag:
    """OCR damage outside the secret spans (and two characters around them)."""
    if level <= 0:
        return f
    text = f.text
    shield: set[int] = set()
    for lab in f.labels:
        shield.update(range(lab.start - 2, lab.end + 2))
    out: list[str] = []
    newpos: list[int] = []
    n = 0
    for i, ch in enumerate(text):
        newpos.append(n)
        piece = ch
        if i not in shield:
            r = rng.random()
            prev_c = out[-1][-1] if out else ""
            next_c = text[i + 1] if i + 1 < len(text) else ""
            if ch in TO_LETTER and r < level:
                piece = TO_LETTER[ch]
            elif (
                ch in TO_DIGIT and r < level * 0.4 and not prev_c.isdigit() and not next_c.isdigit()
            ):
                piece = TO_DIGIT[ch]
            elif ch == " " and r < level * 1.5:
                piece = "  "
            elif ch == "\n" and r < level * 2:
                piece = rng.choice(["\n\n", " \n", "\n ", "\n|"])
            elif ch.isalpha() and r < level * 0.12:
                piece = ch + rng.choice(STRAY)
        out.append(piece)
        n += len(piece)
    newpos.append(n)
    labels = tuple(
        Label(x.type, newpos[x.start], newpos[x.end], x.keep, x.split_part) for x in f.labels
    )
    return Frag("".join(out), labels)


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def typo(rng: Random, s: str, rate: float = 0.35) -> str:
    """How people really type: no accents, lower case, missing punctuation, swapped letters."""
    if rng.random() > rate:
        return s
    chunks = re.split(r"(\{\w+\})", s)

    def each(fn: Callable[[str], str]) -> str:
        return "".join(c if i % 2 else fn(c) for i, c in enumerate(chunks))

    op = rng.randrange(9)
    if op == 0:
        return each(str.lower)
    if op == 1:
        return each(strip_accents)
    if op == 2:
        return each(lambda c: c.replace("¿", "").replace("¡", "").replace("?", "??"))
    if op == 3:
        return each(lambda c: c.replace(".", "").replace(",", ""))
    if op == 4:
        return each(lambda c: strip_accents(c.lower()))
    if op == 5 and rng.random() < 0.4:
        return each(str.upper)
    # swap or double a letter inside one word of a literal chunk
    idx = [i for i in range(0, len(chunks), 2) if re.search(r"[a-záéíóúñ]{4,}", chunks[i])]
    if not idx:
        return s
    i = rng.choice(idx)
    words = list(re.finditer(r"[a-záéíóúñ]{4,}", chunks[i]))
    w = rng.choice(words)
    j = rng.randrange(w.start(), w.end() - 1)
    c = chunks[i]
    swapped = c[:j] + c[j + 1] + c[j] + c[j + 2 :]
    doubled = c[:j] + c[j] + c[j:]
    chunks[i] = swapped if op % 2 else doubled
    return "".join(chunks)


# --------------------------------------------------------------------------------------
# Secret values
# --------------------------------------------------------------------------------------

BRANDS: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {
    "visa": (("4",), (16, 16, 16, 16, 13, 19)),
    "mastercard": (("51", "52", "53", "54", "55", "2221", "2234", "2360", "2511", "2720"), (16,)),
    "amex": (("34", "37"), (15,)),
    "discover": (("6011", "644", "647", "649", "65"), (16, 16, 19)),
    "jcb": (("3528", "3541", "3566", "3589"), (16,)),
    "diners": (("300", "303", "305", "36", "38"), (14,)),
    "unionpay": (("62", "6212", "6250", "6282"), (16, 16, 17, 19)),
    "maestro": (("5018", "5020", "5038", "6304", "6759", "6761", "6763"), (16, 19, 13)),
}
BRAND_WEIGHTS = {
    "visa": 30,
    "mastercard": 22,
    "amex": 12,
    "discover": 8,
    "jcb": 6,
    "diners": 6,
    "unionpay": 8,
    "maestro": 8,
}
NETWORK = {
    "visa": ("VISA", "Visa", "VISA Signature", "VISA Debit"),
    "mastercard": ("mastercard", "MasterCard", "World Elite Mastercard", "mastercard debit"),
    "amex": ("AMERICAN EXPRESS", "AMEX"),
    "discover": ("DISCOVER", "DISCOVER it"),
    "jcb": ("JCB",),
    "diners": ("Diners Club International", "DINERS CLUB"),
    "unionpay": ("UnionPay", "UnionPay 银联", "QuickPass"),
    "maestro": ("maestro", "Maestro"),
}
BRAND_SAYS = {
    "visa": "Visa",
    "mastercard": "Mastercard",
    "amex": "Amex",
    "discover": "Discover",
    "jcb": "JCB",
    "diners": "Diners Club",
    "unionpay": "UnionPay",
    "maestro": "Maestro",
}


def digits(rng: Random, n: int, lead: bool = True) -> str:
    first = rng.choice("123456789") if lead else rng.choice("0123456789")
    return first + "".join(rng.choice("0123456789") for _ in range(n - 1))


def card_digits(rng: Random, brand: str) -> str:
    prefixes, lengths = BRANDS[brand]
    prefix = rng.choice(prefixes)
    length = rng.choice(lengths)
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - 1 - len(prefix)))
    return body + luhn.calc_check_digit(body)


def card_groups(rng: Random, d: str) -> list[str]:
    n = len(d)
    if n == 15:
        sizes = [4, 6, 5]
    elif n == 14:
        sizes = rng.choice([[4, 6, 4], [4, 4, 4, 2]])
    elif n == 13:
        sizes = rng.choice([[4, 4, 5], [4, 3, 3, 3]])
    elif n == 17:
        sizes = [4, 4, 4, 5]
    elif n == 19:
        sizes = rng.choice([[4, 4, 4, 4, 3], [6, 13], [4, 4, 4, 7]])
    else:
        sizes = [4, 4, 4, 4]
    out, pos = [], 0
    for size in sizes:
        out.append(d[pos : pos + size])
        pos += size
    return out


def fmt_card(rng: Random, d: str, ocr_like: bool = False) -> str:
    groups = card_groups(rng, d)
    style = rng.choices(
        ["space", "dash", "none", "dot", "double"],
        weights=[55, 14, 18, 4, 14 if ocr_like else 2],
    )[0]
    if ocr_like and style in ("dash", "dot", "none"):
        style = rng.choice(["space", "space", "double", style])
    if style == "none":
        return d
    if style == "double":
        return "".join(
            g + (rng.choice(["  ", " ", "   "]) if i < len(groups) - 1 else "")
            for i, g in enumerate(groups)
        )
    return {"space": " ", "dash": "-", "dot": "."}[style].join(groups)


def split_card(rng: Random, d: str) -> list[str]:
    """The card as typed over two or three messages, each part whole groups."""
    groups = card_groups(rng, d)
    if len(groups[-1]) < 4 and len(groups) > 2:
        groups = [*groups[:-2], groups[-2] + groups[-1]]
    nparts = 3 if len(groups) >= 4 and rng.random() < 0.35 else 2
    cuts = sorted(rng.sample(range(1, len(groups)), nparts - 1))
    bounds = [0, *cuts, len(groups)]
    sep = rng.choice([" ", " ", "", "-"])
    return [sep.join(groups[a:b]) for a, b in pairwise(bounds)]


def fmt_ssn(rng: Random) -> str:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    a, g, s = f"{area:03d}", f"{group:02d}", f"{serial:04d}"
    style = rng.choices(["dash", "space", "none"], weights=[65, 20, 15])[0]
    if style == "dash":
        return f"{a}-{g}-{s}"
    if style == "space":
        return f"{a} {g} {s}"
    return a + g + s


def fmt_otp(rng: Random) -> str:
    n = rng.choices([6, 4, 5, 7, 8], weights=[70, 8, 6, 4, 12])[0]
    code = digits(rng, n, lead=rng.random() < 0.8)
    if n == 6 and rng.random() < 0.12:
        return code[:3] + rng.choice([" ", "-"]) + code[3:]
    return code


def fmt_pin(rng: Random) -> str:
    return digits(rng, 6 if rng.random() < 0.1 else 4, lead=rng.random() < 0.85)


PW_WORDS = words(
    "Sunflower mariposa Guacamole tigre Bluebird chispita Pancho Lucky Estrella Mango Dragon Yankees Cielo Canela Rocky Princesa Gatito River Halcon Lunita Bruno Tamal Sonrisa Cowboys Peaches Tequila Boricua Messi Chelsea Paloma"
)


def fmt_password(rng: Random) -> str:
    w = rng.choice(PW_WORDS)
    yr = rng.choice(["84", "1990", "2024", "07", "22", "123", "1", "2019", "99", "0510"])
    end_sym = rng.choice("!#$*@")
    mid_sym = rng.choice("!@#$%*&_.-")
    style = rng.randrange(6)
    if style == 0:
        return f"{w}{mid_sym}{yr}"
    if style == 1:
        return f"{w}{yr}{end_sym}"
    if style == 2:
        w2 = rng.choice(PW_WORDS)
        return f"{w.lower()}_{w2.lower()}{yr}"
    if style == 3:
        leet = w.translate(str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1"}))
        return f"{leet.capitalize()}{mid_sym}{yr}"
    if style == 4:
        return temp_password(rng)
    return f"{w}{w[0].upper()}{yr}{end_sym}{end_sym}"


def temp_password(rng: Random) -> str:
    pool = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"
    syms = "!#$%&*@"
    n = rng.randint(8, 12)
    chars = [rng.choice(pool) for _ in range(n - 2)]
    chars.insert(rng.randrange(1, len(chars)), rng.choice(syms))
    chars.insert(rng.randrange(1, len(chars)), rng.choice("23456789"))
    return "".join(chars)


# --------------------------------------------------------------------------------------
# Look-alikes (never secrets)
# --------------------------------------------------------------------------------------


def not_card(rng: Random, n: int, lead: bool = True) -> str:
    """n digits that are never a Luhn-valid card number."""
    d = digits(rng, n, lead)
    if 13 <= n <= 19 and luhn.is_valid(d):
        d = d[:-1] + str((int(d[-1]) + 1) % 10)
    return d


def ref(rng: Random, sizes: Sequence[int], sep: str = "", lead: bool = True) -> str:
    d = not_card(rng, sum(sizes), lead)
    out, pos = [], 0
    for size in sizes:
        out.append(d[pos : pos + size])
        pos += size
    return sep.join(out)


def hexs(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng: Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))


def uuid(rng: Random) -> str:
    return "-".join(hexs(rng, k) for k in (8, 4, 4, 4, 12))


CURRENCY = {"us": "usd", "mx": "mxn", "es": "eur", "ar": "ars", "co": "cop"}


def money(rng: Random, region: str, lo: float = 3, hi: float = 900) -> str:
    cur = CURRENCY[region]
    x = round(rng.uniform(lo, hi), 2)
    if cur == "usd":
        return f"${x:,.2f}"
    if cur == "mxn":
        x *= 18
        return rng.choice([f"${x:,.2f} MXN", f"${x:,.2f}", f"MXN {x:,.2f}"])
    if cur == "eur":
        s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return rng.choice([f"{s} €", f"{s} EUR", f"{s}€"])
    if cur == "ars":
        x *= 900
        s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return rng.choice([f"$ {s}", f"ARS {s}", f"${s}"])
    x = round(x * 3900, -2)
    s = f"{x:,.0f}".replace(",", ".")
    return rng.choice([f"$ {s}", f"COP {s}", f"${s}"])


MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
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


def a_date(rng: Random, region: str, style: int | None = None) -> str:
    y, m, d = rng.choice([2024, 2025, 2025, 2025]), rng.randint(1, 12), rng.randint(1, 28)
    if style is None:
        style = rng.randrange(4)
    if region == "us":
        return (
            f"{m:02d}/{d:02d}/{y}",
            f"{MONTHS_EN[m - 1]} {d}, {y}",
            f"{m:02d}/{d:02d}/{y % 100:02d}",
            f"{y}-{m:02d}-{d:02d}",
        )[style]
    return (
        f"{d:02d}/{m:02d}/{y}",
        f"{d} de {MONTHS_ES[m - 1]} de {y}",
        f"{d:02d}/{m:02d}/{y % 100:02d}",
        f"{d:02d}-{MONTHS_ES[m - 1][:3].upper()}-{y}",
    )[style]


def a_time(rng: Random, region: str) -> str:
    h, mi = rng.randint(0, 23), rng.randint(0, 59)
    if region == "us" and rng.random() < 0.8:
        return f"{(h % 12) or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}"
    return f"{h:02d}:{mi:02d}"


def a_phone(rng: Random, region: str, tollfree: bool = False) -> str:
    if region == "us":
        if tollfree:
            return (
                rng.choice(["1-800", "1-888", "1-877", "1-866"])
                + f"-555-{rng.randint(100, 199):04d}"
            )
        return rng.choice(["({a}) 555-{b}", "{a}-555-{b}", "+1 {a} 555 {b}"]).format(
            a=rng.choice(["305", "786", "713", "212", "347", "773", "602", "407", "210", "323"]),
            b=f"{rng.randint(100, 199):04d}",
        )
    if region == "mx":
        return rng.choice(["55 5140 {a}", "800 123 {b}", "+52 55 8123 {a}"]).format(
            a=f"{rng.randint(0, 9999):04d}", b=f"{rng.randint(0, 9999):04d}"
        )
    if region == "es":
        return rng.choice(["900 10 {a}", "+34 6{b} {c} {d}", "91 {b} {c} {d}"]).format(
            a=f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
            b=f"{rng.randint(10, 99)}",
            c=f"{rng.randint(10, 99)}",
            d=f"{rng.randint(10, 99)}",
        )
    if region == "ar":
        return rng.choice(["0810-555-{a}", "11 4{b}-{a}", "0800-222-{a}"]).format(
            a=f"{rng.randint(0, 9999):04d}", b=f"{rng.randint(100, 999)}"
        )
    return rng.choice(["601 {a} {b}", "01 8000 {a}{b}", "+57 310 {a} {b}"]).format(
        a=f"{rng.randint(100, 999)}", b=f"{rng.randint(1000, 9999)}"
    )


def short_code(rng: Random) -> str:
    return rng.choice(
        ["72975", "227898", "33748", "692632", "86753", "24273", "88022", "26000", "729725"]
    )


def case_no(rng: Random) -> str:
    return rng.choice(
        [
            f"CAS-{digits(rng, 7)}",
            f"{rng.choice([2024, 2025])}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{digits(rng, 6)}",
            f"#{digits(rng, 8)}",
            f"DSP-{rng.randint(24, 25)}-{digits(rng, 6, lead=False)}",
            f"{alnum(rng, 3)}{digits(rng, 6)}",
            f"C-{digits(rng, 9)}",
        ]
    )


def auth_code(rng: Random) -> str:
    return rng.choice(
        [
            digits(rng, 6, lead=False),
            digits(rng, 5, lead=False) + rng.choice("ABCDEFX"),
            alnum(rng, 6),
        ]
    )


def order_no(rng: Random) -> str:
    return rng.choice(
        [
            ref(rng, (3, 7, 7), "-"),
            f"W{digits(rng, 9)}",
            f"#{digits(rng, 5)}-{digits(rng, 5)}",
            f"{alnum(rng, 2)}-{digits(rng, 8)}",
            ref(rng, (4, 4, 4), "-"),
            f"ML-{digits(rng, 10)}",
        ]
    )


def tracking_no(rng: Random) -> str:
    return rng.choice(
        [
            f"1Z{alnum(rng, 6)}{digits(rng, 10, lead=False)}",
            ref(rng, (4, 4, 4, 4, 4, 2), " "),
            digits(rng, 22),
            ref(rng, (4, 4, 4), " "),
            f"LX{digits(rng, 9)}MX",
            f"{alnum(rng, 2)}{digits(rng, 9)}ES",
        ]
    )


def scam_url(rng: Random, short: str) -> str:
    base = strip_accents(short.lower()).replace(" ", "")
    return rng.choice(
        [
            f"https://{base}-secure-{rng.choice(['verify', 'login', 'alerta', 'update', 'soporte'])}.{rng.choice(['com', 'info', 'net', 'co', 'online', 'app'])}/{alnum(rng, 6).lower()}",
            f"http://bit.ly/{alnum(rng, 7)}",
            f"https://{base}.{rng.choice(['verificar', 'clientes', 'seguridad', 'help'])}-{digits(rng, 3)}.com",
            f"https://tinyurl.com/{alnum(rng, 8).lower()}",
            f"http://{base[:4]}{rng.choice(['-mx', '-us', '0nline', 'bnk'])}.top/l?id={digits(rng, 6)}",
        ]
    )


# --------------------------------------------------------------------------------------
# People, banks, places
# --------------------------------------------------------------------------------------

EN_FIRST = words(
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Chris Karen Daniel Nancy Matthew Lisa Anthony Betty Mark Ashley Kevin Kimberly Brian Emily Tyler Megan Jordan Brittany Dwayne Latoya Keisha Tanisha"
)
ES_FIRST = words(
    "María José Guadalupe Juan Ana Luis Carmen Carlos Rosa Jorge Sofía Miguel Valentina Alejandro Camila Diego Lucía Javier Martina Fernando Paola Andrés Daniela Ricardo Gabriela Sergio Verónica Héctor Yesenia Maribel Joaquín Florencia Nicolás Milagros Santiago Catalina Yolanda Xiomara Wilmer Jhon"
)
EN_LAST = words(
    "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin Lee Thompson White Harris Clark Lewis Walker Young Allen King Wright Scott Green Baker Adams Nelson"
)
ES_LAST = words(
    "García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Reyes Morales Cruz Ortiz Gutiérrez Chávez Ramos Ruiz Vargas Castillo Jiménez Moreno Romero Herrera Medina Aguilar"
)
US_STREETS = words(
    "Elm St|Maple Ave|Oak Dr|W 38th St|Bissonnet St|NW 7th St|Cedar Ln|Grand Concourse|S Halsted St|E Colfax Ave|Palm Blvd|Ocean Dr|Broadway",
    "|",
)
US_CITIES = (
    ("Springfield, IL", "627"),
    ("Houston, TX", "770"),
    ("Miami, FL", "331"),
    ("Los Angeles, CA", "900"),
    ("Chicago, IL", "606"),
    ("Phoenix, AZ", "850"),
    ("San Antonio, TX", "782"),
    ("Orlando, FL", "328"),
    ("Newark, NJ", "071"),
    ("Bronx, NY", "104"),
    ("El Paso, TX", "799"),
    ("Hialeah, FL", "330"),
)
LATAM_PLACES = {
    "mx": (
        ("Av. Insurgentes Sur {n}, Col. Del Valle", "Ciudad de México, CDMX", "03100"),
        ("Calle Hidalgo {n}, Centro", "Guadalajara, Jal.", "44100"),
        ("Av. Constitución {n} Pte.", "Monterrey, N.L.", "64000"),
    ),
    "es": (
        ("C/ Alcalá {n}, 4º B", "Madrid", "28009"),
        ("Carrer de Mallorca {n}, 2º 1ª", "Barcelona", "08036"),
        ("Avda. de la Constitución {n}", "Sevilla", "41001"),
    ),
    "ar": (
        ("Av. Corrientes {n} 3°A", "CABA", "C1043"),
        ("Bv. Oroño {n}", "Rosario, Santa Fe", "S2000"),
        ("Calle 7 N° {n}", "La Plata", "B1900"),
    ),
    "co": (
        ("Calle 72 # {n}-34 Apto 502", "Bogotá D.C.", "110221"),
        ("Carrera 43A # {n}-15", "Medellín", "050021"),
        ("Av. 6N # {n}-20", "Cali", "760001"),
    ),
}
US_BANKS = (
    ("Harbor Bank", "Harbor", "harborbank.com"),
    ("Keystone Card", "Keystone", "keystonecard.com"),
    ("Bluestem Card Services", "Bluestem", "bluestemcard.com"),
    ("Northwind Credit", "Northwind", "northwindcredit.com"),
    ("Summit Federal Card", "SummitFed", "summitfed.com"),
)
ES_BANKS = {
    "mx": (
        ("Banco Solaris", "Solaris", "bancosolaris.mx"),
        ("Tarjeta Alba", "Alba", "tarjetaalba.com.mx"),
    ),
    "es": (
        ("Banca Meridia", "Meridia", "bancameridia.es"),
        ("Banco Solaris", "Solaris", "bancosolaris.es"),
    ),
    "ar": (
        ("Banco Austral", "Austral", "bancoaustral.com.ar"),
        ("Tarjeta Alba", "Alba", "tarjetaalba.com.ar"),
    ),
    "co": (
        ("Crédito Sierra", "Sierra", "creditosierra.com.co"),
        ("Banco Solaris", "Solaris", "bancosolaris.co"),
    ),
}
MERCHANTS = {
    "us": words(
        "AMZN Mktp US|UBER *TRIP|STARBUCKS #10234|WALMART SUPERCENTER|SQ *TACOS EL GUERO|NETFLIX.COM|SPOTIFY USA|SHELL OIL 57442|TARGET T-1234|COSTCO WHSE #0482|BESTBUY.COM|DOORDASH*CHIPOTLE|APPLE.COM/BILL|CVS/PHARMACY #07712|HOME DEPOT #6532|LYFT *RIDE|TEMU.COM|SHEIN.COM|WALGREENS #4471|PUBLIX #1290",
        "|",
    ),
    "mx": words(
        "OXXO CUAUHTEMOC|MERCADOLIBRE|WALMART EXPRESS|LIVERPOOL PERISUR|DIDI FOOD|RAPPI MX|SORIANA HIPER|UBER EATS MX|COPPEL|PEMEX ES 4412",
        "|",
    ),
    "es": words(
        "MERCADONA|EL CORTE INGLES|AMAZON.ES|ZARA ESPANA|GLOVO|RENFE VIAJEROS|CARREFOUR|REPSOL|ALIEXPRESS|LIDL",
        "|",
    ),
    "ar": words(
        "MERCADOPAGO*TIENDA|COTO|CARREFOUR AR|RAPPI AR|YPF SERVICENTRO|FRAVEGA|DIA TIENDA|PEDIDOSYA",
        "|",
    ),
    "co": words(
        "EXITO CALLE 80|RAPPI COLOMBIA|D1 TIENDAS|FALABELLA|TERPEL|CARULLA|MERCADOLIBRE CO|ALKOSTO",
        "|",
    ),
}
TIERS = words(
    "PLATINUM|Rewards|World Elite|Signature|GOLD|Platinum Preferred|Cash+|Débito|Oro|Clásica|Infinite|Black",
    "|",
)
VALID_WORDS = words(
    "VALID THRU|GOOD THRU|VALID\nTHRU|EXP|EXPIRES END|VENCE|VÁLIDA HASTA|VENC|MONTH/YEAR|VALID\nFROM 03/23  THRU",
    "|",
)


@dataclass
class Person:
    first: str
    last: str
    email: str
    street: str
    city: str
    zip: str
    phone: str
    dob: str
    brand: str
    card: str
    exp: str
    cvv: str
    pin: str
    pw: str


@dataclass
class Ctx:
    rng: Random
    lang: str  # en, es, mix
    region: str  # us, mx, es, ar, co
    agent_es: bool
    paste_es: bool
    person: Person
    bank: str
    short: str
    url: str
    slots: dict[str, Piece] = field(default_factory=dict)

    @property
    def full(self) -> str:
        return f"{self.person.first} {self.person.last}"


def make_person(rng: Random, region: str, hispanic: bool) -> Person:
    first = rng.choice(ES_FIRST if hispanic else EN_FIRST)
    last = rng.choice(ES_LAST if hispanic else EN_LAST)
    if hispanic and rng.random() < 0.4:
        last = f"{last} {rng.choice(ES_LAST)}"
    handle = strip_accents(f"{first}.{last.split()[0]}".lower())
    email = f"{handle}{rng.choice(['', str(rng.randint(1, 99)), str(rng.randint(1970, 2005))])}@{rng.choice(['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'icloud.com'])}"
    if region == "us":
        city, zip3 = rng.choice(US_CITIES)
        street = f"{rng.randint(100, 9999)} {rng.choice(US_STREETS)}"
        zip_code = f"{zip3}{rng.randint(0, 99):02d}"
    else:
        street_t, city, zip_code = rng.choice(LATAM_PLACES[region])
        street = street_t.format(n=rng.randint(10, 1999))
    brand = rng.choices(list(BRAND_WEIGHTS), weights=list(BRAND_WEIGHTS.values()))[0]
    card = card_digits(rng, brand)
    exp = f"{rng.randint(1, 12):02d}/{rng.randint(25, 31)}"
    dob_y, dob_m, dob_d = rng.randint(1950, 2003), rng.randint(1, 12), rng.randint(1, 28)
    dob = (
        f"{dob_m:02d}/{dob_d:02d}/{dob_y}" if region == "us" else f"{dob_d:02d}/{dob_m:02d}/{dob_y}"
    )
    return Person(
        first=first,
        last=last,
        email=email,
        street=street,
        city=city,
        zip=zip_code,
        phone=a_phone(rng, region),
        dob=dob,
        brand=brand,
        card=card,
        exp=exp,
        cvv=digits(rng, 4 if brand == "amex" else 3, lead=rng.random() < 0.9),
        pin=fmt_pin(rng),
        pw=fmt_password(rng),
    )


def make_slots(ctx: Ctx) -> dict[str, Piece]:
    rng, p, region = ctx.rng, ctx.person, ctx.region
    merchants = MERCHANTS[region if region in MERCHANTS else "us"]
    m1, m2, m3 = rng.sample(merchants, 3)
    s: dict[str, Piece] = {
        "name": ctx.full,
        "first": p.first,
        "NAME": strip_accents(ctx.full.upper()) if rng.random() < 0.7 else ctx.full.upper(),
        "email": p.email,
        "street": p.street,
        "city": p.city,
        "zip": p.zip,
        "cphone": p.phone,
        "dob": p.dob,
        "bank": ctx.bank,
        "BANK": ctx.bank.upper(),
        "short": ctx.short,
        "url": ctx.url,
        "bphone": a_phone(rng, region, tollfree=True),
        "bphone2": a_phone(rng, region, tollfree=True),
        "scam_phone": a_phone(rng, region if region != "us" else "us"),
        "scam_url": scam_url(rng, ctx.short),
        "scam_url2": scam_url(rng, ctx.short),
        "last4": p.card[-4:],
        "brand": BRAND_SAYS[p.brand],
        "network": rng.choice(NETWORK[p.brand]),
        "tier": rng.choice(TIERS),
        "valid": rng.choice(VALID_WORDS),
        "exp": p.exp,
        "exp_long": f"{p.exp[:2]}/20{p.exp[3:]}",
        "since": f"{rng.randint(0, 24):02d}",
        "masked": rng.choice(
            [
                "************",
                "XXXX XXXX XXXX ",
                "**** **** **** ",
                "•••• ",
                "···· ",
                "xxxx-xxxx-xxxx-",
                "*",
            ]
        )
        + p.card[-4:],
        "masked_ssn": f"XXX-XX-{rng.randint(1, 9999):04d}",
        "amt": money(rng, region),
        "amt2": money(rng, region, 1, 120),
        "amt3": money(rng, region, 200, 3000),
        "bal": money(rng, region, 100, 6000),
        "limit": money(rng, region, 2000, 15000),
        "date": a_date(rng, region),
        "date2": a_date(rng, region),
        "date3": a_date(rng, region, 0),
        "time": a_time(rng, region),
        "time2": a_time(rng, region),
        "time3": a_time(rng, region),
        "merchant": m1,
        "merchant2": m2,
        "merchant3": m3,
        "case": case_no(rng),
        "ref": ref(rng, (rng.randint(8, 12),)),
        "ref16": ref(rng, (4, 4, 4, 4), rng.choice([" ", "", "-"])),
        "arn": digits(rng, 23),
        "auth": auth_code(rng),
        "auth2": auth_code(rng),
        "tid": digits(rng, 8, lead=False),
        "mid": digits(rng, rng.choice([9, 10, 12]), lead=False),
        "order": order_no(rng),
        "track": tracking_no(rng),
        "reqid": uuid(rng),
        "build": f"{rng.randint(5, 26)}.{rng.randint(0, 20)}.{rng.randint(0, 9)} ({digits(rng, 5)})",
        "errcode": rng.choice(["AUTH-", "ERR_", "E", "SEC-", "PMT-", "CRD-", "0x"])
        + digits(rng, 4),
        "sc": short_code(rng),
        "sc2": short_code(rng),
        "conf": alnum(rng, 8),
        "points": f"{rng.randint(1, 90)},{rng.randint(100, 999)}",
        "pct": f"{rng.randint(15, 29)}.{rng.randint(10, 99)}%",
        "year": str(rng.choice([2024, 2025])),
        "acct": f"****{digits(rng, 4, lead=False)}",
        "ssn_last4": f"{rng.randint(1, 9999):04d}",
        "new4": digits(rng, 4, lead=False),
        "income": f"${rng.randint(18, 140)},{rng.choice(['000', '500'])}",
        "rent": f"${rng.randint(650, 2400):,}",
        "employer": rng.choice(
            [
                "HEB",
                "Walmart Inc.",
                "Self-employed",
                "Memorial Hermann",
                "Amazon.com Services",
                "Miami-Dade County Public Schools",
                "Uber (driver)",
                "Taquería Los Primos LLC",
            ]
        ),
        # secrets
        "card": secret(CC, fmt_card(rng, p.card)),
        "card_ocr": secret(CC, fmt_card(rng, p.card, ocr_like=True)),
        "cvv": secret(CVV, p.cvv),
        "otp": secret(OTP, fmt_otp(rng)),
        "otp2": secret(OTP, fmt_otp(rng)),
        "pin": secret(PIN, p.pin),
        "pw": secret(PW, p.pw),
        "pw_old": secret(PW, fmt_password(rng)),
        "tmp_pw": secret(PW, temp_password(rng)),
        "ssn": secret(SSN, fmt_ssn(rng)),
    }
    return s


# --------------------------------------------------------------------------------------
# Picking lines
# --------------------------------------------------------------------------------------

Lines = dict[str, Sequence[str]]
REGIONS = ("us", "mx", "es", "ar", "co")
TAGS = tuple(f"{r}|" for r in REGIONS)


def fit_lines(ctx: Ctx, options: Sequence[str]) -> list[str]:
    """Lines tagged 'mx|', 'es|', 'ar|', 'co|', 'us|' fit only that region; the rest fit all."""
    fit = []
    for line in options:
        tag, sep, rest = line.partition("|")
        if sep and tag in REGIONS:
            if tag == ctx.region:
                fit.append(rest)
        else:
            fit.append(line)
    return fit or [o.partition("|")[2] if o[:3] in TAGS else o for o in options]


def choose(ctx: Ctx, options: Sequence[str]) -> str:
    return ctx.rng.choice(fit_lines(ctx, options))


def cust_line(ctx: Ctx, lines: Lines, rate: float = 0.35) -> str:
    return typo(ctx.rng, choose(ctx, lines[ctx.lang]), rate)


def agent_line(ctx: Ctx, lines: Lines) -> str:
    return choose(ctx, lines["es" if ctx.agent_es else "en"])


def cust_msg(ctx: Ctx, lines: Lines, kind: str = "chat", rate: float = 0.35) -> Message:
    return msg("customer", fill(cust_line(ctx, lines, rate), ctx.slots), kind)


def agent_msg(
    ctx: Ctx, lines: Lines, kind: str = "reply", requested: Sequence[str] = ()
) -> Message:
    return msg("agent", fill(agent_line(ctx, lines), ctx.slots), kind, requested)


def msg(role: str, f: Piece, kind: str, requested: Sequence[str] = ()) -> Message:
    f = frag(f)
    return Message(role, f.text, list(f.labels), frozenset(requested), kind)


# --------------------------------------------------------------------------------------
# Chat vocabulary shared by every family
# --------------------------------------------------------------------------------------

GREET: Lines = {
    "en": (
        "hi",
        "hello",
        "hey",
        "Hi there",
        "hello?",
        "hi i need help",
        "Good morning",
        "hey can someone help me",
        "hi, quick question",
    ),
    "es": (
        "hola",
        "Hola buenas tardes",
        "buenos días",
        "hola, una consulta",
        "mx|hola, buenas, oiga",
        "es|Hola, buenas",
        "ar|hola, buen día",
        "co|Buenas tardes, qué pena molestar",
        "us|hola, necesito ayuda",
        "ar|buenas, una pregunta",
        "mx|buenas tardes, disculpe",
        "es|Buenas, a ver si me podéis ayudar",
        "co|buenos días sumercé",
    ),
    "mix": (
        "hola, hi",
        "hi, necesito ayuda",
        "hello, una pregunta",
        "hola, quick question",
        "hey hola",
        "hi buenas",
    ),
}
AGENT_HELLO: Lines = {
    "en": (
        "Hi {first}, thanks for reaching out. What can I help with today?",
        "Hello! You're chatting with Dana from {bank}. How can I help?",
        "Hi there, I'm here to help. What's going on?",
        "Thanks for contacting {bank}. What can I do for you?",
    ),
    "es": (
        "Hola {first}, gracias por escribirnos. ¿En qué te puedo ayudar?",
        "¡Hola! Te atiende Laura de {bank}. ¿En qué le puedo ayudar?",
        "Hola, bienvenido al chat de {bank}. Cuéntame qué pasó.",
        "ar|Hola, ¿cómo estás? Contame en qué te ayudo.",
        "es|Hola, buenas. ¿En qué puedo ayudarte?",
    ),
}
CLOSE_C: Lines = {
    "en": (
        "thanks",
        "ok thank you",
        "perfect ty",
        "thank u so much",
        "ok got it",
        "great, thanks for the help",
        "ok",
        "appreciate it",
        "thx",
    ),
    "es": (
        "gracias",
        "ok muchas gracias",
        "listo, gracias",
        "mx|sale, gracias",
        "mx|órale, muchas gracias",
        "es|vale, gracias",
        "es|genial, gracias",
        "ar|dale, gracias",
        "ar|buenísimo, gracias",
        "co|listo, muchas gracias, muy amable",
        "co|bueno, que Dios le pague",
        "us|ok gracias mija",
        "perfecto, gracias",
    ),
    "mix": (
        "ok gracias",
        "perfect, gracias",
        "thank you, muy amable",
        "ok thanks, bye",
        "gracias, have a good day",
        "ok perfecto thanks",
    ),
}
CLOSE_A: Lines = {
    "en": (
        "You're welcome! Anything else I can help with?",
        "Happy to help. Have a great day!",
        "Glad I could help. Take care, {first}.",
        "You're all set. Thanks for chatting with {bank}.",
    ),
    "es": (
        "¡Con gusto! ¿Algo más en lo que te pueda ayudar?",
        "Para servirte. ¡Que tengas buen día!",
        "Un placer ayudarle. Que tenga buena tarde.",
        "ar|De nada, cualquier cosa escribinos.",
        "es|De nada, cualquier cosa aquí estamos.",
    ),
}
# Hard negatives: agents that name the secrets without asking for them, by topic.
WARN: dict[str, Lines] = {
    "card": {
        "en": (
            "For your safety I've masked the card details you pasted. Please don't send the full card number or the security code in chat.",
            "Just so you know, we never need your full card number, CVV, PIN or SSN in this chat. The last four digits are enough.",
            "Please delete that photo from your messages when you can; it shows the full number and the CVV.",
        ),
        "es": (
            "Por tu seguridad oculté los datos de la tarjeta que pegaste. No envíes el número completo ni el código de seguridad por el chat.",
            "mx|Te comento que nunca necesitamos tu NIP, tu CVV ni el número completo de la tarjeta por este medio.",
            "Te pido que borres esa foto cuando puedas; se ve el número completo y el CVV.",
            "ar|Ojo, nunca mandes el número completo ni el código de seguridad por acá; con los últimos 4 alcanza.",
        ),
    },
    "otp": {
        "en": (
            "We will never ask you for the code in that text. Please don't reply to it.",
            "That code is only for you. Don't give it to anyone who calls or texts, even if they say they're from {bank}.",
            "A real {bank} text will never ask you to reply with a code or to call a number that isn't on the back of your card.",
            "Please never share your PIN, passwords or one-time codes with anyone, including us.",
        ),
        "es": (
            "Nunca te vamos a pedir el código de ese mensaje. No lo respondas, por favor.",
            "Ese código es solo para ti. No se lo des a nadie que te llame o te escriba, aunque diga que es de {bank}.",
            "co|Recuerde que la clave dinámica es personal e intransferible; {bank} nunca se la va a solicitar.",
            "es|Te recuerdo que nunca te pediremos el PIN ni las claves que te llegan al móvil.",
            "ar|Ojo: el código que te llega por SMS es solo tuyo, no se lo pases a nadie, ni a nosotros.",
            "Por favor nunca compartas tu PIN, contraseñas ni códigos con nadie, ni siquiera con nosotros.",
        ),
    },
    "pw": {
        "en": (
            "If you typed your password on that site, change it in the app right away: Profile > Security > Change password.",
            "Please don't keep passwords in a notes app, and never send them in chat. A password manager is safer.",
            "Please never share your PIN, passwords or one-time codes with anyone, including us.",
        ),
        "es": (
            "Si escribiste tu contraseña en esa página, cámbiala ya desde la app: Perfil > Seguridad > Cambiar contraseña.",
            "Te recomiendo no guardar contraseñas en las notas del teléfono y nunca mandarlas por chat.",
            "Por favor nunca compartas tu PIN, contraseñas ni códigos con nadie, ni siquiera con nosotros.",
        ),
    },
    "pin": {
        "en": (
            "Heads up: the PIN on that letter is private. Don't send it here; you can change it at any ATM.",
            "Nobody from {bank} will ever ask for your PIN, not in chat and not by phone.",
        ),
        "es": (
            "El PIN de la carta es confidencial. No lo mandes por aquí; lo puedes cambiar en cualquier cajero.",
            "mx|Nadie de {bank} te va a pedir tu NIP, ni por chat ni por teléfono.",
            "Nadie de {bank} te va a pedir tu PIN, ni por chat ni por teléfono.",
        ),
    },
    "ssn": {
        "en": (
            "No need to send the Social Security number, I can find the application with your name and date of birth.",
            "Please don't share documents with your full SSN here; use the secure upload in the app.",
        ),
        "es": (
            "No hace falta el número de Seguro Social, con tu nombre y fecha de nacimiento ubico la solicitud.",
            "Por favor no compartas documentos con tu Seguro Social completo aquí; usa la carga segura de la app.",
        ),
    },
}
WARN_TOPICS = {
    "card_photo": ("card",),
    "app_screen": ("card", "otp"),
    "payment_screen": ("card",),
    "letter": ("ssn", "pin"),
    "pin_mailer": ("pin",),
    "email": ("otp", "pw"),
    "sms": ("otp",),
    "receipt": ("card",),
    "statement": ("card", "otp"),
    "app_error": ("pw", "otp"),
    "form": ("ssn", "card"),
    "note": ("pw", "pin"),
}
# Legitimate asks, each with the answers that fit it.
LEGIT: tuple[tuple[Lines, Lines], ...] = (
    (
        {
            "en": (
                "Can you confirm the last 4 digits of the card?",
                "Which card is it, the one ending in {last4}?",
            ),
            "es": (
                "¿Me confirmas los últimos 4 dígitos de la tarjeta?",
                "¿Es la tarjeta terminada en {last4}?",
                "ar|¿Me pasás los últimos 4 de la tarjeta?",
            ),
        },
        {
            "en": ("{last4}", "ends in {last4}", "yes that one, {last4}", "last 4 are {last4}"),
            "es": ("{last4}", "termina en {last4}", "sí, esa, la {last4}"),
            "mix": ("{last4}", "termina en {last4}", "yes esa, {last4}"),
        },
    ),
    (
        {
            "en": (
                "What's the billing ZIP code on the account?",
                "Can you confirm the ZIP code on file?",
            ),
            "es": ("¿Cuál es el código postal de facturación?", "¿Me confirmas tu código postal?"),
        },
        {
            "en": ("{zip}", "it's {zip}", "zip {zip}"),
            "es": ("{zip}", "es el {zip}", "cp {zip}"),
            "mix": ("{zip}", "el zip es {zip}"),
        },
    ),
    (
        {
            "en": (
                "Please confirm your full name and date of birth.",
                "To verify you, what's your name and date of birth?",
            ),
            "es": (
                "Por favor confírmame tu nombre completo y tu fecha de nacimiento.",
                "co|¿Me regala su nombre completo y la fecha de nacimiento, por favor?",
            ),
        },
        {
            "en": ("{name}, {dob}", "{name} dob {dob}", "{name}\n{dob}"),
            "es": ("{name}, {dob}", "{name}, nací el {dob}"),
            "mix": ("{name}, dob {dob}", "{name}, {dob}"),
        },
    ),
    (
        {
            "en": (
                "What's the mailing address on the account?",
                "What's the address on the account?",
            ),
            "es": (
                "¿Me confirmas tu domicilio registrado?",
                "¿Me confirmas la dirección registrada?",
            ),
        },
        {
            "en": ("{street}, {city} {zip}", "{street} {city}"),
            "es": ("{street}, {city}", "a {street}, {city} {zip}"),
            "mix": ("{street}, {city} {zip}",),
        },
    ),
    (
        {
            "en": ("Could you tell me the date and the amount of the charge you don't recognize?",),
            "es": (
                "¿Me dices la fecha y el monto del cargo que no reconoces?",
                "es|¿Me indicas el importe y la fecha del cargo?",
            ),
        },
        {
            "en": ("{date} for {amt}", "it was {amt} on {date}"),
            "es": ("el {date}, por {amt}", "{amt} el {date}"),
            "mix": ("fue el {date}, {amt}", "{amt} on {date}"),
        },
    ),
    (
        {
            "en": ("Can you confirm the email address on your profile?",),
            "es": (
                "¿Me confirmas el correo que tienes registrado?",
                "ar|¿Me confirmás el mail que tenés registrado?",
            ),
        },
        {"en": ("{email}", "it's {email}"), "es": ("{email}", "es {email}"), "mix": ("{email}",)},
    ),
)
FOLLOW_C: Lines = {
    "en": (
        "so what do I do now?",
        "should I cancel the card??",
        "can you send me a new card",
        "is my money safe?",
        "ok but did they take anything",
        "will i get the money back",
        "what happens now",
    ),
    "es": (
        "¿y ahora qué hago?",
        "¿tengo que cancelar la tarjeta?",
        "¿me pueden mandar otra tarjeta?",
        "¿mi dinero está seguro?",
        "mx|¿y ahora qué onda, me van a regresar el dinero?",
        "ar|¿y ahora qué hago, la doy de baja?",
        "es|¿y ahora qué tengo que hacer?",
        "co|¿y entonces qué hago, la bloqueo?",
    ),
    "mix": (
        "y ahora what do I do?",
        "should I cancelar la tarjeta?",
        "me pueden send una tarjeta nueva?",
        "ok pero did they take money?",
        "y el refund?",
    ),
}
FOLLOW_A: Lines = {
    "en": (
        "I've locked the card ending in {last4} and ordered a replacement. It should arrive at {street} in 5-7 business days.",
        "Nothing has posted yet. I've added a fraud alert and opened case {case}; you'll get an email update within 48 hours.",
        "You won't be responsible for unauthorized charges. I've filed the dispute for {amt}, reference {case}.",
        "Your account looks fine. I recommend turning on card alerts in the app so you see every purchase.",
        "I've sent a new card to the address on file. Your new card will have a different number; the old one ending {last4} is closed.",
    ),
    "es": (
        "Bloqueé la tarjeta terminada en {last4} y pedí una reposición. Llega a {street} en 5 a 7 días hábiles.",
        "Todavía no hay ningún cargo. Agregué una alerta de fraude y abrí el caso {case}; te llega un correo en 48 horas.",
        "No eres responsable de cargos no autorizados. Ya levanté la aclaración por {amt}, folio {case}.",
        "es|Tu cuenta está bien. Te recomiendo activar las notificaciones en la app para ver cada compra.",
        "ar|Ya te di de baja la tarjeta terminada en {last4} y te pedí una nueva; te llega en 5 a 7 días hábiles.",
        "co|Listo, bloqueé la tarjeta terminada en {last4}. La nueva le llega en 5 a 7 días hábiles.",
    ),
}

# Forbidden asks: (types asked, lines).  Phishers and careless agents.
ASKS: dict[str, Lines] = {
    OTP: {
        "en": (
            "can you paste the code from that text here? I need it to verify you",
            "Please read me the 6-digit code we just sent so I can cancel the charge.",
            "To stop the transaction, reply here with the verification code on your screen.",
            "what's the one time passcode in that sms? type it here pls",
            "I'll need the code from the text message to confirm your identity.",
            "Send me the security code that just arrived by text and I'll reverse the payment.",
            "Go ahead and copy the OTP from the bank text into the chat.",
        ),
        "es": (
            "¿Me puedes pegar aquí el código que te llegó por SMS?",
            "Para cancelar el cargo necesito que me dictes el código de 6 dígitos que te acabamos de enviar.",
            "co|Regáleme por favor la clave dinámica que le llegó al celular para validar.",
            "es|Para verificar tu identidad, indícame el código que te ha llegado al móvil.",
            "ar|Pasame el código que te llegó por mensaje así lo valido.",
            "mx|¿Me compartes el código de verificación que te llegó, por favor? Es para bloquear la operación.",
            "Escríbeme el código del mensaje de texto para confirmar que eres tú.",
        ),
    },
    CC: {
        "en": (
            "Please type the full card number from the photo so I can pull up the account.",
            "I can't read the picture, can you send the complete 16-digit card number?",
            "What's the full number on the front of the card?",
            "Type out the long number on the card for me and I'll look it up.",
        ),
        "es": (
            "¿Me escribes el número completo de la tarjeta, los 16 dígitos?",
            "No se ve bien la foto, ¿me mandas el número de la tarjeta completo?",
            "ar|Pasame el número completo de la tarjeta así la busco.",
            "es|¿Me indicas el número entero de la tarjeta, por favor?",
        ),
    },
    CVV: {
        "en": (
            "What are the 3 digits on the back of the card?",
            "I also need the security code (CVV) to process the replacement.",
            "Can you send the CVC from the back so I can verify the card?",
        ),
        "es": (
            "¿Me indicas el código de seguridad de 3 dígitos que está atrás?",
            "mx|¿Me pasas el CVV de la tarjeta para validar?",
            "También necesito el código de seguridad de atrás de la tarjeta.",
        ),
    },
    PIN: {
        "en": (
            "To confirm the card is active, what PIN came in the letter?",
            "Can you tell me the 4-digit PIN on the mailer so I can check it's correct?",
            "What PIN are you entering at the ATM? I'll compare it with ours.",
        ),
        "es": (
            "mx|¿Me confirmas tu NIP para validar que la tarjeta está activa?",
            "¿Cuál es el PIN que viene en la carta? Así reviso si está bien.",
            "es|Dime el PIN que estás poniendo en el cajero y lo compruebo.",
            "ar|¿Qué PIN estás poniendo? Pasámelo y lo chequeo.",
        ),
    },
    PW: {
        "en": (
            "What password are you typing? I'll check it on my side.",
            "Send me your current online banking password and I'll reset it for you.",
            "Type the password you're using so I can see why it fails.",
        ),
        "es": (
            "¿Qué contraseña estás poniendo? Escríbemela y la reviso.",
            "ar|Pasame la contraseña que usás y te la reseteo.",
            "Mándame tu contraseña actual de la banca en línea para restablecerla.",
        ),
    },
    SSN: {
        "en": (
            "Can you type the full Social Security number from the form?",
            "I'll need your full SSN to open the dispute.",
            "Please send all 9 digits of your social so I can match the application.",
        ),
        "es": (
            "¿Me das tu número de Seguro Social completo para abrir la disputa?",
            "Necesito los 9 dígitos de tu Seguro Social para encontrar la solicitud.",
        ),
    },
}
ASK_CARD_CVV: Lines = {
    "en": (
        "Send the card number, expiration and the 3 digits on the back and I'll update it.",
        "To reissue I need the full card number plus the CVV.",
    ),
    "es": (
        "Mándame el número de la tarjeta, la fecha de vencimiento y los 3 dígitos de atrás y la actualizo.",
        "mx|Para reponerla necesito el número completo de la tarjeta y el CVV.",
    ),
}
COMPLY: dict[str, Lines] = {
    OTP: {
        "en": (
            "{otp}",
            "ok it's {otp}",
            "the text says {otp}",
            "{otp} - that's the one that came at {time}",
            "code is {otp}",
        ),
        "es": (
            "{otp}",
            "es el {otp}",
            "dice {otp}",
            "ahí va: {otp}",
            "mx|es {otp}, ¿ya con eso?",
            "co|la clave es {otp}",
        ),
        "mix": ("{otp}", "ok es {otp}", "dice {otp}, that one?", "el code es {otp}"),
    },
    CC: {
        "en": ("{card}", "it's {card}", "{card} exp {exp}", "number is {card}"),
        "es": ("{card}", "es {card}", "{card} vence {exp}", "el número es {card}"),
        "mix": ("{card}", "es {card}", "{card} exp {exp}", "ok el number es {card}"),
    },
    CVV: {
        "en": ("{cvv}", "back says {cvv}", "it's {cvv}", "cvv {cvv}"),
        "es": ("{cvv}", "atrás dice {cvv}", "es {cvv}", "el cvv es {cvv}"),
        "mix": ("{cvv}", "el cvv es {cvv}", "back dice {cvv}"),
    },
    PIN: {
        "en": ("{pin}", "it's {pin}", "the letter says {pin}", "pin is {pin}"),
        "es": ("{pin}", "es {pin}", "la carta dice {pin}", "mx|mi nip es {pin}", "el pin es {pin}"),
        "mix": ("{pin}", "es {pin}", "el pin es {pin}"),
    },
    PW: {
        "en": ("{pw}", "i'm typing {pw}", "it's {pw}", "password is {pw}"),
        "es": ("{pw}", "estoy poniendo {pw}", "es {pw}", "la contraseña es {pw}"),
        "mix": ("{pw}", "estoy typing {pw}", "es {pw}"),
    },
    SSN: {
        "en": ("{ssn}", "it's {ssn}", "ssn {ssn}", "my social is {ssn}"),
        "es": ("{ssn}", "es {ssn}", "mi seguro social es {ssn}"),
        "mix": ("{ssn}", "mi social es {ssn}", "es {ssn}"),
    },
}
COMPLY_CARD_CVV: Lines = {
    "en": ("{card} {exp} {cvv}", "{card}\nexp {exp}\ncvv {cvv}", "card {card}, {exp}, code {cvv}"),
    "es": (
        "{card} {exp} {cvv}",
        "{card}\nvence {exp}\ncódigo {cvv}",
        "tarjeta {card}, vence {exp}, cvv {cvv}",
    ),
    "mix": ("{card} exp {exp} cvv {cvv}", "{card}\n{exp}\n{cvv}"),
}
REFUSE: Lines = {
    "en": (
        "no, the text literally says don't share it with anyone",
        "I'd rather not, can I call instead?",
        "wait why do you need that? the bank says never share it",
        "no. this feels like a scam",
        "I'm not comfortable sending that here",
    ),
    "es": (
        "no, el mensaje dice que no lo comparta con nadie",
        "prefiero no, ¿puedo llamar mejor?",
        "mx|nel, eso no se comparte, ¿no?",
        "ar|ni loca te paso eso, dice que no lo comparta",
        "es|no, eso no te lo voy a dar, que pone que no lo comparta",
        "co|qué pena pero eso no lo doy por acá",
        "¿para qué lo necesitas? eso es personal",
    ),
    "mix": (
        "no, el text dice don't share it",
        "mmm no, I'd rather llamar",
        "no way, eso es scam",
        "no, eso no lo doy por aquí sorry",
    ),
}
# After a refusal: ask the ZIP, ask the last four, or point to the phone line.
AFTER_REFUSE: tuple[Lines, ...] = (
    {
        "en": (
            "You're right, sorry about that. Please don't share it. I'll verify you another way: can you confirm your ZIP code?",
            "Fair enough. What's the billing ZIP code instead?",
        ),
        "es": (
            "Tienes razón, disculpa. No lo compartas. Te verifico de otra forma: ¿me confirmas tu código postal?",
            "Está bien. ¿Me das tu código postal entonces?",
        ),
    },
    {
        "en": (
            "Totally fair. Keep that private; can you give me just the last four digits of the card?",
            "No problem. The last 4 digits of the card are enough then.",
        ),
        "es": (
            "Tienes razón. Guárdalo; ¿me das solo los últimos 4 dígitos de la tarjeta?",
            "ar|Tenés razón, perdón. Pasame solo los últimos 4 de la tarjeta.",
        ),
    },
    {
        "en": ("Understood, no problem. You can also call the number on the back of your card.",),
        "es": (
            "Entendido, sin problema. También puedes llamar al número que está atrás de tu tarjeta.",
        ),
    },
)
AFTER_COMPLY: Lines = {
    "en": (
        "Thanks, give me a moment.",
        "Got it. I'm processing that now.",
        "Thank you. Please hold while I update the account.",
        "Perfect, one moment please.",
    ),
    "es": (
        "Gracias, dame un momento.",
        "Listo, ya lo estoy procesando.",
        "Gracias. Permíteme mientras actualizo la cuenta.",
        "ar|Bárbaro, dame un segundo.",
        "co|Listo, regáleme un momentico.",
    ),
}


# --------------------------------------------------------------------------------------
# Pasted artefacts
# --------------------------------------------------------------------------------------


@dataclass
class Paste:
    kind: str  # conversation kind
    group: str  # message kind suffix: what was pasted
    body: Frag
    leads: Lines
    replies: Lines
    asks: tuple[str, ...] = ()


def replies_of(lines: Lines, *idx: int) -> Lines:
    """The agent answers (by index, English and Spanish aligned) that fit one variant."""
    return {lang: tuple(options[i] for i in idx) for lang, options in lines.items()}


def tpl(
    ctx: Ctx, en: Sequence[str], es: Sequence[str], extra: dict[str, Piece] | None = None
) -> Frag:
    template = choose(ctx, es if ctx.paste_es else en)
    slots = {**ctx.slots, **extra} if extra else ctx.slots
    return fill(template, slots)


def broken_card(ctx: Ctx) -> Frag:
    """The card number as OCR breaks it over two lines (one span, newline inside)."""
    groups = card_groups(ctx.rng, ctx.person.card)
    cut = ctx.rng.randrange(1, len(groups))
    value = " ".join(groups[:cut]) + ctx.rng.choice(["\n", " \n", "\n\n"]) + " ".join(groups[cut:])
    return secret(CC, value)


# --- card photos ------------------------------------------------------------------------

CARD_FRONT_EN = (
    "{BANK}\n{tier}\n\n{card_ocr}\n{valid} {exp}\n{NAME}\n{network}",
    "{network}   {tier}\n{card_ocr}\nMEMBER SINCE {since}   {valid} {exp}\n{NAME}",
    "{bank} {tier}\n)))\n{card_ocr}\n{exp}\n{NAME}",
    "{card_ocr}\n{NAME}\nGOOD THRU {exp}\n{network}",
    "{BANK}\n[chip]\n{card_ocr}\n{valid}\n{exp}\n{NAME}\n{network}\nDEBIT",
    "IMG_{imgno}.HEIC\n\n{BANK}   {tier}\n{card_ocr}\n{valid} {exp}   {NAME}",
)
CARD_FRONT_ES = (
    "{BANK}\n{tier}\n{card_ocr}\nVENCE {exp}\n{NAME}\n{network}",
    "TARJETA DE DÉBITO\n{BANK}\n{card_ocr}\nVÁLIDA HASTA {exp}\n{NAME}",
    "{bank} {tier}\n{card_ocr}\nVENC. {exp}\n{NAME}\n{network}",
    "mx|{BANK}\nTARJETA DE CRÉDITO\n{card_ocr}\nVENCE FIN DE {exp}\n{NAME}\n{network}",
    "ar|{BANK}\n{network}\n{card_ocr}\nDESDE 03/23  HASTA {exp}\n{NAME}",
)
AMEX_FRONT = (
    "AMERICAN EXPRESS\n{tier}\n{cvv}\n{card_ocr}\nMEMBER SINCE {since}   VALID THRU {exp}\n{NAME}",
    "AMERICAN EXPRESS\n{cvv}\n{card_ocr}\n{valid} {exp}\n{NAME}\nCENTURION",
)
CARD_BACK_EN = (
    "AUTHORIZED SIGNATURE - NOT VALID UNLESS SIGNED\n{NAME}\n{last4}  {cvv}\nFor customer service call {bphone}\nThis card is issued by {bank} pursuant to a license from {brand}. Use of this card is subject to the cardholder agreement.\n{url}",
    "Customer Service {bphone}\nLost/Stolen {bphone2}\n\nAUTHORIZED SIGNATURE\n\n{last4} {cvv}\n\n{bank}, N.A.\nIf found please return to P.O. Box {pobox}",
    "CVV2 {cvv}\nNOT VALID UNLESS SIGNED\nCall {bphone} to activate\n{url}",
    "{last4}\t{cvv}\nsignature\n{network}\nThis card is property of {bank}. Misuse is a federal crime.",
)
CARD_BACK_ES = (
    "FIRMA AUTORIZADA\n{last4} {cvv}\nAtención a clientes {bphone}\nEsta tarjeta es propiedad de {bank}. Su uso está sujeto al contrato de adhesión.\n{url}",
    "CÓDIGO DE SEGURIDAD {cvv}\nFIRMA DEL TITULAR\nReporte robo o extravío al {bphone}",
    "es|FIRMA AUTORIZADA / AUTHORIZED SIGNATURE\n{last4}  {cvv}\nEn caso de pérdida llame al {bphone}\nTarjeta emitida por {bank}",
    "co|FIRMA\n{last4} {cvv}\nLínea de atención {bphone}\nEsta tarjeta es intransferible.",
)
CARD_COVERED_EN = (
    "{BANK}\n{tier}\n{masked16}\n{valid} {exp}\n{NAME}\n{network}",
    "{network}\n{masked16}\nGOOD THRU {exp}\n{NAME}\n(i covered the number)",
    "{bank}\n**** **** **** {last4}\nMEMBER SINCE {since}\n{NAME}",
)
CARD_COVERED_ES = (
    "{BANK}\n{masked16}\nVENCE {exp}\n{NAME}\n(tapé el número)",
    "TARJETA DE DÉBITO\nXXXX XXXX XXXX {last4}\nVÁLIDA HASTA {exp}\n{NAME}",
)
CARD_LEADS: Lines = {
    "en": (
        "is this the right card number? the app says invalid",
        "this is what I see on my card",
        "I took a pic of my card and copied the text, can you check it",
        "here's my card from the photo, why won't it go thru",
        "scanned my card with the camera and this came out",
        "my new card, the app won't let me add it",
        "card says this:",
        "can you tell me if this card is active",
    ),
    "es": (
        "le tomé foto a la tarjeta y esto es lo que sale",
        "mira, esto dice la tarjeta",
        "mx|aquí están los datos de la tarjeta, la app no me la acepta",
        "ar|te copio lo que dice la tarjeta, no me la toma la app",
        "es|os paso lo que pone la tarjeta, la app dice que no es válida",
        "co|le copio los datos de la tarjeta que no me deja registrarla",
        "us|mira lo que dice la tarjeta, el app no la acepta",
        "¿esta tarjeta ya está activa? esto es lo que dice",
    ),
    "mix": (
        "this is what I see en la tarjeta",
        "le tomé pic a la card, the app says invalid",
        "mira la card, why no la acepta la app?",
        "copié el texto de la foto, is this right?",
        "my new tarjeta, no me deja agregarla",
    ),
}
CARD_REPLIES: Lines = {
    "en": (
        "Thanks. I've hidden that from the chat for your protection; please don't post full card details here. The card ending in {last4} isn't activated yet, you can activate it in the app under Cards.",
        "Got it. For security, never send the full number or the code on the back in chat. I can see the card ending in {last4} on your profile and it's active.",
        "Thank you. The app will reject the card if the expiration date doesn't match; make sure you enter {exp} exactly as printed.",
        "I see the card ending in {last4}. It was blocked after three failed attempts; I've unblocked it, please try again in 10 minutes.",
    ),
    "es": (
        "Gracias. Por seguridad oculté esos datos del chat; no compartas el número completo ni el código de seguridad por aquí. La tarjeta terminada en {last4} todavía no está activada.",
        "Listo. Veo la tarjeta terminada en {last4} en tu perfil y está activa. Por favor no envíes los datos completos por este medio.",
        "Gracias. La app rechaza la tarjeta si la fecha de vencimiento no coincide; escribe {exp} tal como aparece.",
        "co|Gracias. La tarjeta terminada en {last4} quedó bloqueada por intentos fallidos; ya la desbloqueé, intente de nuevo en 10 minutos.",
        "ar|Gracias. Te aviso que no hace falta mandar los datos completos. La tarjeta terminada en {last4} ya está habilitada.",
    ),
}
COVERED_REPLIES: Lines = {
    "en": (
        "Thanks for covering the number, that's perfect. I see the card ending in {last4}; it shows active.",
        "Good call hiding the number. The card ending in {last4} was mailed on {date} and still needs activation.",
    ),
    "es": (
        "Gracias por tapar el número, así está perfecto. Veo la tarjeta terminada en {last4} y aparece activa.",
        "Muy bien que ocultaste el número. La tarjeta terminada en {last4} se envió el {date} y falta activarla.",
    ),
}


def masked16(ctx: Ctx) -> str:
    mask = ctx.rng.choice(
        ["XXXX XXXX XXXX ", "**** **** **** ", "•••• •••• •••• ", "#### #### #### "]
    )
    return mask + ctx.person.card[-4:]


def fam_card_photo(ctx: Ctx, variant: str) -> Paste:
    rng = ctx.rng
    extra: dict[str, Piece] = {
        "imgno": digits(rng, 4, lead=False),
        "pobox": str(rng.randint(1000, 99999)),
        "masked16": masked16(ctx),
    }
    if rng.random() < 0.12:
        extra["card_ocr"] = broken_card(ctx)
    amex = ctx.person.brand == "amex"
    if variant == "card_covered":
        body = tpl(ctx, CARD_COVERED_EN, CARD_COVERED_ES, extra)
        return Paste(
            variant, "card_photo", ocr(rng, body, 0.05), CARD_LEADS, COVERED_REPLIES, (CC, CVV)
        )
    if variant == "card_back" and not amex:
        body = tpl(ctx, CARD_BACK_EN, CARD_BACK_ES, extra)
        return Paste(variant, "card_photo", ocr(rng, body, 0.05), CARD_LEADS, CARD_REPLIES, (CC,))
    if amex:
        front = fill(rng.choice(AMEX_FRONT), {**ctx.slots, **extra})
        return Paste(
            "card_front_back" if variant != "card_front" else variant,
            "card_photo",
            ocr(rng, front, 0.04),
            CARD_LEADS,
            CARD_REPLIES,
            (PIN,),
        )
    front = tpl(ctx, CARD_FRONT_EN, CARD_FRONT_ES, extra)
    if variant == "card_front_back":
        back = tpl(ctx, CARD_BACK_EN, CARD_BACK_ES, extra)
        sep = rng.choice(
            [
                "\n\n",
                "\n\n---- back ----\n",
                "\n\n(back)\n",
                "\n\natrás:\n" if ctx.paste_es else "\n\nback side:\n",
            ]
        )
        body = cat(front, sep, back)
        return Paste(variant, "card_photo", ocr(rng, body, 0.04), CARD_LEADS, CARD_REPLIES, (PIN,))
    return Paste(
        "card_front", "card_photo", ocr(rng, front, 0.04), CARD_LEADS, CARD_REPLIES, (CVV,)
    )


# --- app card screens -------------------------------------------------------------------

APP_DETAILS_EN = (
    "Card details\n{network} •••• {last4}\n\nCard number\n{card}\n\nExpiration\n{exp}\n\nSecurity code\n{cvv}\n\nCopy number    Hide details\nBilling address: {street}, {city} {zip}",
    "{time} ▾ 5G 87%\n< Virtual card\n{bank} {tier}\n{card}\nEXP {exp}   CVV {cvv}\n{NAME}\n[Copy card number]\nLock card\nReport lost or stolen",
    "Your virtual card is ready\n{card}\nValid thru {exp}\nCVC {cvv}\nUse it online right away while your physical card ships (arrives by {date2}).",
    "Card\n{NAME}\nNumber {card}\nExpiry {exp}\nCVV2 {cvv}\nStatus: Active\nSpending limit {limit}",
)
APP_DETAILS_ES = (
    "Datos de la tarjeta\nTarjeta digital •••• {last4}\nNúmero de tarjeta\n{card}\nVencimiento\n{exp}\nCVV dinámico\n{cvv}\nVálido por 5 min\nCopiar",
    "Mi tarjeta digital\n{card}\nVence {exp}   CVV {cvv}\n{NAME}\nBloquear tarjeta\nReportar robo o extravío",
    "es|Tarjeta virtual\n{card}\nCaducidad {exp}\nCVV {cvv}\nTitular {NAME}\nCopiar número",
    "ar|Tarjeta virtual\nNúmero\n{card}\nVto. {exp}   Cód. seg. {cvv}\nCopiar datos",
)
APP_MASKED_EN = (
    "Card details\n{bank} {tier} ···· {last4}\nShow card number\nExpires {exp}\nAvailable credit {bal}\nCredit limit {limit}\nStatement balance {amt3}\nMinimum payment {amt2} due {date2}\n[Lock card]  [Replace card]",
    "{time} 4G 54%\nHome    Cards    Pay    More\n{network} ••{last4}\nCurrent balance {bal}\nPending {amt2}\nLast payment {amt} on {date}\nView card number ›",
    "Recent activity\n{merchant}   -{amt}   Pending\n{merchant2}   -{amt2}   {date}\nPAYMENT THANK YOU   +{amt3}   {date2}\nCard ending {last4}",
)
APP_MASKED_ES = (
    "Mi tarjeta\n{bank} •••• {last4}\nVer datos\nSaldo disponible {bal}\nLímite de crédito {limit}\nPago mínimo {amt2}\nFecha límite de pago {date2}\nApagar tarjeta",
    "Movimientos\n{merchant}   -{amt}   Pendiente\n{merchant2}   -{amt2}   {date}\nPAGO RECIBIDO   +{amt3}   {date2}\nTarjeta ***{last4}",
    "mx|Tarjeta de crédito ****{last4}\nSaldo al corte {amt3}\nPago para no generar intereses {bal}\nPago mínimo {amt2}\nFecha de corte {date}\nFecha límite {date2}",
)
APP_LEADS: Lines = {
    "en": (
        "the app shows this but the store won't take it",
        "can I use this virtual card for netflix? this is what it shows",
        "copied from the app, is this the number for my new card?",
        "this is what I see in the app",
        "why does my screen look like this",
        "where do i see the full number? this is my screen",
    ),
    "es": (
        "esto me sale en la app",
        "¿por qué me sale así?",
        "mx|¿puedo usar esta tarjeta digital en Amazon? esto me sale",
        "es|esto es lo que me aparece en la app, ¿está bien?",
        "ar|mirá lo que me muestra la app",
        "co|esto es lo que me aparece en la aplicación",
        "¿dónde veo el número completo? esto es lo que tengo",
    ),
    "mix": (
        "this is what I see en la app",
        "el app me muestra esto, why?",
        "copié esto del app, is that my new card?",
        "mira mi screen, no entiendo el balance",
    ),
}
APP_REPLIES: Lines = {
    "en": (
        "Yes, that virtual card works online right away. Please don't paste its details here though; I've hidden them.",
        "Thanks. Your available credit updates once pending charges post, usually in 1-3 business days.",
        "You can see the full number by tapping 'Show card number' and confirming with Face ID. Never share it in chat.",
        "That's your card ending in {last4}. The pending {amt2} should drop off if the merchant doesn't complete it.",
    ),
    "es": (
        "Sí, esa tarjeta digital funciona en compras en línea desde ya. Eso sí, no pegues sus datos aquí; ya los oculté.",
        "Gracias. El saldo disponible se actualiza cuando se aplican los cargos pendientes, normalmente en 1 a 3 días hábiles.",
        "Para ver el número completo toca 'Ver datos' y confirma con tu huella. Nunca lo compartas en el chat.",
        "Es tu tarjeta terminada en {last4}. El cargo pendiente de {amt2} se libera si el comercio no lo completa.",
    ),
}


def fam_app_screen(ctx: Ctx, variant: str) -> Paste:
    if variant == "app_card_details":
        body = tpl(ctx, APP_DETAILS_EN, APP_DETAILS_ES)
        return Paste(
            variant, "app_screen", ocr(ctx.rng, body, 0.02), APP_LEADS, APP_REPLIES, (PW, OTP)
        )
    body = tpl(ctx, APP_MASKED_EN, APP_MASKED_ES)
    return Paste(
        variant, "app_screen", ocr(ctx.rng, body, 0.03), APP_LEADS, APP_REPLIES, (CC, CVV, OTP)
    )


# --- payment screens --------------------------------------------------------------------

REASONS = (
    "05 - Do not honor",
    "51 - Insufficient funds",
    "N7 - CVV2 mismatch",
    "54 - Expired card",
    "14 - Invalid card number",
    "R1 - Revocation of authorization",
    "57 - Transaction not permitted",
    "65 - Exceeds withdrawal frequency",
    "59 - Suspected fraud",
)
DECLINED_EN = (
    "Payment declined\nWe couldn't process your payment of {amt} at {merchant}.\nCard: {brand} {masked}\nReason code: {reason}\nTransaction ID: {reqid}\n{date} {time}\n\nTry again     Contact support",
    "{merchant}\nCheckout\nOrder total {amt}\n⚠ Your card was declined. Please use a different payment method.\nerror: card_declined (do_not_honor)\nPaid with {brand} ending {last4}\nRef {ref}",
    "TRANSACTION DENIED\nINSUFFICIENT FUNDS\nAMOUNT {amt}\nTERM ID {tid}\nSEQ {auth}\nCARD {masked}\n{date} {time}\nPLEASE TAKE YOUR CARD",
    "Apple Pay\nPayment Not Completed\n{merchant}\n{amt}\n{brand} ····{last4}\nContact the card issuer for more information.",
    "Order #{order} could not be placed\nThe payment method {brand} ****{last4} was declined by your bank.\nAmount: {amt}\nPlease update your payment information within 24 hours.",
    "DECLINED\n{merchant}\nMID {mid}  TID {tid}\n{brand} {masked}\nRESP {reason}\nTOTAL {amt}\nRETAIN THIS COPY",
)
DECLINED_ES = (
    "Pago rechazado\nNo pudimos procesar tu pago de {amt} en {merchant}.\nTarjeta: {brand} {masked}\nCódigo de motivo: {reason}\nID de operación: {reqid}\n{date} {time}",
    "OPERACIÓN DENEGADA\nCONSULTE A SU ENTIDAD\nIMPORTE {amt}\nTERMINAL {tid}\nTARJ {masked}\nAUT ------\n{date} {time}",
    "mx|TRANSACCIÓN DECLINADA\nFONDOS INSUFICIENTES\nAFILIACIÓN {mid}\nTARJETA {masked}\nIMPORTE {amt}\nFOLIO {ref}",
    "ar|Pago rechazado\nTu tarjeta {brand} terminada en {last4} fue rechazada.\nMonto {amt}\nComercio {merchant}\nNº de operación {ref}",
    "co|Transacción rechazada\nEntidad: {bank}\nTarjeta ****{last4}\nValor {amt}\nCUS {ref}\nMotivo: {reason}",
)
CHECKOUT_EN = (
    "Payment\nCard number\n{card}\nMM/YY        CVC\n{exp}        {cvv}\nName on card\n{name}\nZIP\n{zip}\n\n⚠ Your card number is incorrect.\n[ Pay {amt} ]",
    "Card information\n{card}   {exp}   {cvv}\nCountry or region: United States   ZIP {zip}\nYour card was declined.\nPay {amt}",
    "Add a debit or credit card\nCard number: {card}\nExpiration date: {exp}\nSecurity code: {cvv}\nBilling ZIP: {zip}\nThere was a problem adding your card. Try again later. (code {errcode})",
)
CHECKOUT_ES = (
    "Datos de pago\nNúmero de tarjeta\n{card}\nFecha de vencimiento {exp}   CVV {cvv}\nTitular {NAME}\n❗ Tu tarjeta fue rechazada. Intenta con otro medio de pago.\nPagar {amt}",
    "Agregar tarjeta\nNúmero: {card}\nVencimiento: {exp}\nCódigo de seguridad: {cvv}\nNo pudimos agregar tu tarjeta. Código {errcode}",
    "mx|Pago con tarjeta\n{card}\n{exp}  {cvv}\n{NAME}\nTu banco rechazó la transacción. Intenta de nuevo.\nTotal {amt}",
)
PAY_LEADS: Lines = {
    "en": (
        "I'm trying to pay and it says this, what's wrong with my card?",
        "this is what I typed and it keeps failing",
        "got this at the register, I have money in there!!",
        "why was I declined? this is the screen",
        "screenshot text below, it keeps saying declined",
    ),
    "es": (
        "quiero pagar y me sale esto, ¿qué tiene mi tarjeta?",
        "mx|me rechazaron la tarjeta en la tienda, me salió esto",
        "es|me ha salido esto al pagar, ¿por qué me la deniegan?",
        "ar|me rebotó la tarjeta, me sale esto",
        "co|me rechazaron el pago, esto fue lo que salió",
        "us|me declinaron la tarjeta, mira",
    ),
    "mix": (
        "me salió este error al pagar, why??",
        "me declinaron la card, mira el screen",
        "estoy tratando de pagar y dice esto",
        "declined otra vez, qué pasa con mi tarjeta?",
    ),
}
PAY_REPLIES: Lines = {
    "en": (
        "Thanks. I see that attempt was declined because the expiration date entered didn't match. Please try again with the date on your card.",
        "That decline came from our fraud filter. I've confirmed the purchase with you, so you can try again now.",
        "The card ending in {last4} is over its daily limit. It resets at midnight Eastern.",
        "I see the decline for {amt}. Your card is fine; the merchant sent the wrong ZIP code. Try again and check the billing ZIP.",
    ),
    "es": (
        "Gracias. Veo que el intento se rechazó porque la fecha de vencimiento no coincidía. Intenta de nuevo con la fecha de tu tarjeta.",
        "Ese rechazo lo generó nuestro filtro de fraude. Ya lo validé contigo, así que puedes intentarlo otra vez.",
        "La tarjeta terminada en {last4} llegó a su límite diario. Se restablece a medianoche.",
        "Veo el rechazo por {amt}. Tu tarjeta está bien; vuelve a intentarlo verificando el código postal.",
    ),
}


def fam_payment(ctx: Ctx, variant: str) -> Paste:
    extra: dict[str, Piece] = {"reason": ctx.rng.choice(REASONS)}
    if variant == "checkout_form":
        body = tpl(ctx, CHECKOUT_EN, CHECKOUT_ES, extra)
        return Paste(
            variant, "payment_screen", ocr(ctx.rng, body, 0.02), PAY_LEADS, PAY_REPLIES, (OTP,)
        )
    body = tpl(ctx, DECLINED_EN, DECLINED_ES, extra)
    return Paste(
        variant, "payment_screen", ocr(ctx.rng, body, 0.04), PAY_LEADS, PAY_REPLIES, (CC, CVV, PIN)
    )


# --- letters from the bank --------------------------------------------------------------

LETTER_BODY_EN = (
    "We recently tried to reach you about unusual activity on your account. For your protection we placed a temporary hold on your card. Please call us to review these transactions:\n{date2}  {merchant}  {amt}\n{date2}  {merchant2}  {amt2}",
    "Good news! Your credit limit has been increased to {limit}, effective {date2}. No action is needed.",
    "Your replacement card is on its way and should arrive within 7-10 business days. Your old card ending in {last4} will stop working on {date2}.",
    "Your Annual Percentage Rate (APR) for purchases will change to {pct} beginning with the billing cycle that starts after {date2}. You have the right to reject this change by calling us before {date3}.",
    "Thank you for your recent application. We are unable to approve your request at this time because of: (1) too many recent inquiries; (2) limited credit history. Our decision was based in part on information from Equifax, P.O. Box 740241, Atlanta, GA 30374, 1-800-685-1111.",
    "We have completed our review of your dispute for {amt} from {merchant}. The provisional credit posted on {date2} is now final. Claim number: {case}.",
)
LETTER_BODY_ES = (
    "Recientemente intentamos comunicarnos con usted por movimientos inusuales en su cuenta. Por su protección bloqueamos temporalmente su tarjeta. Le pedimos llamarnos para revisar estas operaciones:\n{date2}  {merchant}  {amt}\n{date2}  {merchant2}  {amt2}",
    "Nos complace informarle que su límite de crédito aumentó a {limit} a partir del {date2}.",
    "Su tarjeta de reposición ya fue enviada y llegará en un plazo de 7 a 10 días hábiles. Su tarjeta anterior con terminación {last4} dejará de funcionar el {date2}.",
    "Hemos concluido la revisión de su aclaración por {amt} en {merchant}. El abono provisional del {date2} queda como definitivo. Folio: {case}.",
    "mx|Le informamos que su tasa de interés anual ordinaria cambiará a {pct} a partir del {date2}. CAT promedio informativo sin IVA.",
)
LETTER_EN = (
    "{bank}\nP.O. Box {pobox}\nWilmington, DE 19886-{pobox4}\n\n{date}\n\n{NAME}\n{street}\n{city} {zip}\n\nRe: Account ending in {last4}\nCase number: {case}\n\nDear {name},\n\n{body}\n\nIf you have questions, call us at {bphone}, 24 hours a day, 7 days a week.\n\nSincerely,\n\n{bank} Customer Care\n\nMember FDIC. Equal Housing Lender.",
    "{BANK}\n{date}\n{NAME}\n{street}\n{city} {zip}\nAccount: {masked}\nReference: {ref}\n\n{body}\n\nSincerely,\nCardmember Services\n{bphone}  |  {url}\n\nPage 1 of 2",
    "IMPORTANT INFORMATION ABOUT YOUR ACCOUNT\n{date}\n{NAME}  •  SSN: {masked_ssn}  •  Account {masked}\n\n{body}\n\nQuestions? {bphone} (TTY: 711)",
)
LETTER_ES = (
    "{BANK}\n{city}, a {date}\n\n{NAME}\n{street}\n{city}  C.P. {zip}\n\nAsunto: Tarjeta con terminación {last4}\nFolio: {case}\n\nEstimado(a) {name}:\n\n{body}\n\nSi tiene dudas comuníquese al {bphone}, las 24 horas.\n\nAtentamente,\n\n{bank}\nAtención a Clientes",
    "{bank}\n{date}\nSr./Sra. {NAME}\n{street}\nCuenta: {masked}\nReferencia: {ref}\n\n{body}\n\nCordialmente,\nServicio al Cliente {bphone}",
)
LETTER_SSN_EN = (
    "{bank}\n{date}\n\n{NAME}\n{street}\n{city} {zip}\n\nVerification of your information\nWe received your application on {date2}. Please review the information below and call {bphone} if anything is incorrect.\n\nName: {NAME}\nSocial Security Number: {ssn}\nDate of Birth: {dob}\nAddress: {street}, {city} {zip}\nAnnual income: {income}\n\nApplication ID: {ref}",
    "NOTICE OF ACTION TAKEN\n{date}\nApplicant: {NAME}\nSSN {ssn}\nProduct: {bank} {tier} Card\nDecision: Counteroffer - credit limit {limit}\nReference {case}\n\nThe federal Equal Credit Opportunity Act prohibits creditors from discriminating against credit applicants...",
    "{BANK} - Form 1099-INT ({year})\nPAYER: {bank}, P.O. Box {pobox}\nRECIPIENT'S TIN: {ssn}\nRECIPIENT: {NAME}\n{street}\n{city} {zip}\nAccount number: {masked}\n1 Interest income  {amt2}\n4 Federal income tax withheld  $0.00",
)
LETTER_SSN_ES = (
    "{bank}\n{date}\n\n{NAME}\n{street}\n{city} {zip}\n\nVerificación de sus datos\nRecibimos su solicitud el {date2}. Revise la información y llámenos al {bphone} si algo es incorrecto.\n\nNombre: {NAME}\nNúmero de Seguro Social: {ssn}\nFecha de nacimiento: {dob}\nDirección: {street}, {city} {zip}\n\nNúmero de solicitud: {ref}",
    "AVISO DE DECISIÓN\n{date}\nSolicitante: {NAME}\nSeguro Social: {ssn}\nProducto: Tarjeta {bank} {tier}\nResultado: aprobada con límite de {limit}\nFolio {case}",
)
LETTER_LEADS: Lines = {
    "en": (
        "I got this letter in the mail, is this real?",
        "what does this letter mean? copied it below",
        "got this today, I never applied for anything",
        "can you explain this letter",
        "this came in the mail, is it from you guys?",
    ),
    "es": (
        "me llegó esta carta, ¿es de ustedes?",
        "¿qué significa esta carta? la copio abajo",
        "mx|me llegó esto por correo, ¿es real?",
        "es|me ha llegado esta carta a casa, ¿de qué va?",
        "ar|me llegó esta carta, ¿es trucha?",
        "co|me llegó esta carta a la casa, ¿me la explica por favor?",
    ),
    "mix": (
        "me llegó esta letter, is it real?",
        "got this carta in the mail, qué significa?",
        "can you explain esta carta please",
        "mira lo que me llegó por mail, is this from you?",
    ),
}
LETTER_REPLIES: Lines = {
    "en": (
        "Yes, that letter is from us. It's about the account ending in {last4}. Nothing else is needed from you.",
        "Thanks for sending it. That's a real notice from {bank}; the case {case} is still open and you'll hear from us within 10 business days.",
        "That letter is legitimate. For your privacy please don't share documents with your Social Security number in chat; I've hidden it.",
        "I can confirm we sent that. If you want to reject the change, I can note it on the account now.",
    ),
    "es": (
        "Sí, esa carta es nuestra. Es sobre la tarjeta terminada en {last4}; no necesitas hacer nada más.",
        "Gracias por enviarla. Es un aviso real de {bank}; el folio {case} sigue abierto y te contactaremos en 10 días hábiles.",
        "La carta es legítima. Por tu privacidad no compartas documentos con tu número de Seguro Social en el chat; ya lo oculté.",
        "Te confirmo que nosotros la enviamos. Si quieres rechazar el cambio lo puedo registrar ahora.",
    ),
}


def fam_letter(ctx: Ctx, variant: str) -> Paste:
    rng = ctx.rng
    extra: dict[str, Piece] = {
        "pobox": str(rng.randint(1000, 99999)),
        "pobox4": digits(rng, 4, lead=False),
    }
    if variant == "letter_ssn":
        body = tpl(ctx, LETTER_SSN_EN, LETTER_SSN_ES, extra)
        return Paste(
            variant,
            "letter",
            ocr(rng, body, rng.choice([0.0, 0.03])),
            LETTER_LEADS,
            replies_of(LETTER_REPLIES, 2),
            (SSN, OTP),
        )
    extra["body"] = tpl(ctx, LETTER_BODY_EN, LETTER_BODY_ES)
    body = tpl(ctx, LETTER_EN, LETTER_ES, extra)
    return Paste(
        variant,
        "letter",
        ocr(rng, body, rng.choice([0.0, 0.03, 0.05])),
        LETTER_LEADS,
        replies_of(LETTER_REPLIES, 0, 1, 3),
        (SSN, CC, PIN),
    )


# --- PIN mailers ------------------------------------------------------------------------

PIN_MAILER_EN = (
    "{BANK}\nCONFIDENTIAL - PERSONAL IDENTIFICATION NUMBER\nFor card ending in {last4}\n\n{NAME}\n{street}\n{city} {zip}\n\nYour PIN is:\n\n{pin_sp}\n\nMemorize your PIN and destroy this notice. Never share it with anyone.\nTo change your PIN visit any {bank} ATM or call {bphone}.",
    "PIN MAILER\n- - - - - - - - tear here - - - - - - - -\n{NAME}\nCard: {masked}\nPIN  {pin}\nIssued: {date}\nDo not keep this notice with your card.",
    "{bank}\nYour new PIN\nCard ending {last4}\n[ {pin_sp} ]\nPeel here to reveal | Keep this in a safe place\nQuestions: {bphone}",
)
PIN_MAILER_ES = (
    "mx|{BANK}\nNIP CONFIDENCIAL\nTarjeta terminación {last4}\n{NAME}\n\nSu Número de Identificación Personal (NIP) es:\n\n{pin_sp}\n\nMemorícelo y destruya este documento. Nunca lo comparta.",
    "es|{BANK}\nCARTA PIN - CONFIDENCIAL\nTarjeta nº {masked}\nSu número secreto (PIN) es: {pin}\nPor su seguridad, destruya esta carta después de memorizarlo.",
    "ar|{BANK}\nCLAVE PIN\nTarjeta terminada en {last4}\nTu PIN es {pin}\nNo lo anotes ni lo compartas.",
    "co|{BANK}\nCLAVE PERSONAL\nTarjeta débito ****{last4}\nSu clave es: {pin_sp}\nCámbiela en cualquier cajero {bank}.",
    "us|{BANK}\nPIN CONFIDENCIAL\nTarjeta que termina en {last4}\nSu PIN es:\n{pin_sp}\nNo lo comparta con nadie.",
    "{BANK}\nPIN CONFIDENCIAL\nTarjeta que termina en {last4}\nSu PIN es:\n{pin_sp}\nMemorícelo y destruya esta carta.",
)
PIN_NOTICE_EN = (
    "{BANK}\nYour new card is on its way\nFor security, your PIN will be mailed separately and should arrive within 5 business days of your card.\nCard ending in {last4}\nTo set a PIN now, open the app > Cards > Set PIN, or call {bphone}.\nReference: {ref}",
    "{bank}\nPIN reminder request received {date}\nWe don't print PINs on letters anymore. To see or change your PIN, sign in at {url} or visit an ATM.\nCard ****{last4}",
)
PIN_NOTICE_ES = (
    "{BANK}\nTu nueva tarjeta va en camino\nPor seguridad, tu PIN llegará en un sobre aparte en un plazo de 5 días hábiles.\nTarjeta terminada en {last4}\nPara asignar tu PIN ahora entra a la app > Tarjetas > Asignar PIN o llama al {bphone}.\nReferencia: {ref}",
    "mx|{BANK}\nAsignación de NIP\nYa no enviamos el NIP impreso. Asígnalo desde la app o en cualquier cajero {bank}.\nTarjeta ****{last4}\nFolio {case}",
)
PIN_LEADS: Lines = {
    "en": (
        "got this letter, the ATM keeps saying wrong PIN but this is what it says",
        "is my pin supposed to be this? copied from the letter",
        "this came with my card, what do I do with it",
        "the pin letter came but it doesn't work at the atm",
        "where's my PIN? all I got is this",
    ),
    "es": (
        "me llegó la carta del PIN pero el cajero dice que es incorrecto",
        "mx|me llegó la carta del NIP, ¿la tengo que guardar?",
        "es|me ha llegado la carta con el PIN pero el cajero no lo acepta",
        "ar|me llegó la carta con la clave, pero el cajero me dice que está mal",
        "co|me llegó la clave pero el cajero no me la recibe",
        "¿dónde está mi PIN? solo me llegó esto",
    ),
    "mix": (
        "me llegó el PIN letter pero el ATM dice wrong pin",
        "this is the carta del pin, qué hago?",
        "el cajero dice incorrect PIN, mira la carta",
    ),
}
PIN_REPLIES: Lines = {
    "en": (
        "Please don't share the PIN here, even with us. If the ATM rejects it, the card may not be activated yet; I've activated it now.",
        "After 3 wrong attempts the PIN locks for 24 hours. I've reset the counter; try again at any {bank} ATM.",
        "Your PIN arrives separately from the card. You can also set a new one in the app under Cards > Set PIN.",
    ),
    "es": (
        "Por favor no compartas el PIN aquí, ni siquiera con nosotros. Si el cajero lo rechaza puede que la tarjeta no esté activada; ya la activé.",
        "Después de 3 intentos fallidos el PIN se bloquea 24 horas. Ya reinicié el contador; intenta en cualquier cajero {bank}.",
        "mx|Tu NIP llega por separado. También puedes asignar uno nuevo en la app en Tarjetas > Asignar NIP.",
    ),
}


def fam_pin(ctx: Ctx, variant: str) -> Paste:
    rng = ctx.rng
    if variant == "pin_notice":
        body = tpl(ctx, PIN_NOTICE_EN, PIN_NOTICE_ES)
        return Paste(variant, "pin_mailer", ocr(rng, body, 0.03), PIN_LEADS, PIN_REPLIES, (PIN, CC))
    pin = ctx.person.pin
    spaced = rng.choice([" ".join(pin), "  ".join(pin), pin, pin])
    body = tpl(ctx, PIN_MAILER_EN, PIN_MAILER_ES, {"pin_sp": secret(PIN, spaced)})
    return Paste(variant, "pin_mailer", ocr(rng, body, 0.04), PIN_LEADS, PIN_REPLIES, (CVV, CC))


# --- forwarded emails -------------------------------------------------------------------

FWD_HEAD_EN = (
    "---------- Forwarded message ---------\nFrom: {sender}\nDate: {edate}\nSubject: {subject}\nTo: {to}\n\n",
    "________________________________\nFrom: {sender}\nSent: {edate}\nTo: {to}\nSubject: {subject}\n\n",
    "Begin forwarded message:\n\nFrom: {sender}\nSubject: {subject}\nDate: {edate}\nTo: {to}\n\n",
    "Fwd: {subject}\n{sender}\nto {to_short} · {edate}\n\n",
)
FWD_HEAD_ES = (
    "---------- Mensaje reenviado ---------\nDe: {sender}\nDate: {edate}\nAsunto: {subject}\nPara: {to}\n\n",
    "________________________________\nDe: {sender}\nEnviado: {edate}\nPara: {to}\nAsunto: {subject}\n\n",
    "Inicio del mensaje reenviado:\n\nDe: {sender}\nAsunto: {subject}\nFecha: {edate}\nPara: {to}\n\n",
)
FOOTER_EN = (
    "\n\n--\nThis email was sent from an unmonitored mailbox. Please do not reply.\n{bank}, N.A. Member FDIC. © {year} {bank}. All rights reserved.\nPrivacy | Security Center | Unsubscribe",
    "\n\nCONFIDENTIALITY NOTICE: This message and any attachments are intended only for the named recipient and may contain confidential information.",
    "\n\nSent from my iPhone",
    "",
)
FOOTER_ES = (
    "\n\n--\nEste correo se envió desde una cuenta no monitoreada. No respondas a este mensaje.\n© {year} {bank}. Todos los derechos reservados.\nAviso de privacidad | Centro de seguridad",
    "\n\nAVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo del destinatario.",
    "\n\nEnviado desde mi iPhone",
    "",
)
# Subjects line up with the bodies below, one for one.
PHISH_SUBJ_EN = (
    "Action required: unusual sign-in activity",
    "Your card has been suspended",
    "Your reward points expire today",
    "Refund notification",
    "[URGENT] Payment scheduled today",
)
PHISH_SUBJ_ES = (
    "Acción requerida: actividad inusual en su cuenta",
    "Su tarjeta ha sido suspendida",
    "Sus puntos vencen hoy",
    "Notificación de reembolso",
)
PHISH_BODY_EN = (
    "Dear Valued Customer,\n\nWe detected an unusual sign-in attempt on your {bank} account from a new device (Lagos, NG) on {date}.\nIf this wasn't you, verify your identity within 24 hours or your account will be suspended:\n\n{scam_url}\n\nReference: {case}\n\nThank you,\n{bank} Security Team",
    "Your card ending in {last4} has been temporarily restricted.\nTo restore access, confirm your card details here: {scam_url}\nFailure to do so within 48 hours will result in permanent closure.\n\nCase ID: {case}",
    "Congratulations! You have {points} reward points expiring on {date2}.\nRedeem now before they are lost: {scam_url}\n\nThis is a limited time offer.",
    "Refund notification\nYou are eligible for a refund of {amt} for an overcharge on {date}.\nComplete the form at {scam_url} to receive your funds within 3-5 business days.\nTransaction reference: {ref}",
    "Hello {first},\nA payment of {amt3} to {merchant} is scheduled for today. If you did not authorize this, call our fraud line IMMEDIATELY at {scam_phone}.\nInvoice #{order}",
)
PHISH_BODY_ES = (
    "Estimado cliente:\n\nDetectamos un intento de acceso inusual a su cuenta {bank} desde un dispositivo nuevo el {date}.\nSi no fue usted, verifique su identidad en las próximas 24 horas o su cuenta será suspendida:\n\n{scam_url}\n\nReferencia: {case}\n\nAtentamente,\nEquipo de Seguridad {bank}",
    "Su tarjeta con terminación {last4} fue restringida temporalmente.\nPara reactivarla confirme sus datos aquí: {scam_url}\nSi no lo hace en 48 horas será cancelada definitivamente.\n\nFolio: {case}",
    "¡Felicidades! Tiene {points} puntos que vencen el {date2}.\nCanjéelos ahora: {scam_url}",
    "Notificación de reembolso\nUsted tiene un saldo a favor de {amt}. Llene el formulario en {scam_url} para recibirlo.\nReferencia: {ref}",
)
OTP_SUBJ_EN = (
    "Your verification code",
    "Your one-time passcode",
    "Sign-in code for {bank}",
    "Confirm it's you",
)
OTP_SUBJ_ES = ("Tu código de verificación", "Código de acceso a {bank}", "Confirma que eres tú")
OTP_BODY_EN = (
    "Hi {first},\n\nYour {bank} verification code is:\n\n{otp}\n\nThis code expires in 10 minutes. If you didn't request it, you can ignore this email or call us at {bphone}.",
    "Use this code to finish signing in: {otp}\n\nRequested from: Chrome on Windows · {city} · {date} {time}\nNot you? Change your password right away.",
    "{bank} Online Banking\n\nOne-time passcode: {otp}\nFor your security, never share this code. {bank} will never ask you for it by phone, text or chat.\nRequest ID {reqid}",
    "Hello,\nTo approve the transfer of {amt3} to account {acct}, enter code {otp} in the app.\nIf you didn't start this transfer, do not enter the code and call {bphone}.",
)
OTP_BODY_ES = (
    "Hola {first}:\n\nTu código de verificación de {bank} es:\n\n{otp}\n\nVence en 10 minutos. Si no lo solicitaste, ignora este correo.",
    "Usa este código para terminar de iniciar sesión: {otp}\nSolicitado desde: Chrome en Android · {date} {time}\n¿No fuiste tú? Cambia tu contraseña.",
    "co|{bank}\nSu clave de un solo uso es {otp}. No la comparta con nadie. {bank} nunca se la solicitará.",
    "es|Hola {first},\nPara confirmar la transferencia de {amt3} introduce la clave {otp}.\nSi no has sido tú, no la introduzcas y llama al {bphone}.",
)
TMP_BODY_EN = (
    "Hello {first},\n\nAs requested, here is your temporary password:\n\n{tmp_pw}\n\nIt expires in 24 hours. You'll be asked to create a new password after you sign in.\nIf you didn't request this, call {bphone} immediately.",
    "Your {bank} password was reset on {date} at {time}.\nTemporary password: {tmp_pw}\nSign in at {url} and choose a new password.",
)
TMP_BODY_ES = (
    "Hola {first}:\n\nTu contraseña temporal es:\n\n{tmp_pw}\n\nCaduca en 24 horas. Al entrar te pediremos crear una nueva.\nSi no lo solicitaste, llama al {bphone}.",
    "Restablecimos tu contraseña el {date} a las {time}.\nContraseña provisional: {tmp_pw}\nEntra en {url} y elige una nueva.",
)
CLEAN_SUBJ_EN = (
    "Your statement is ready",
    "Dispute update - Case {case}",
    "Payment confirmation",
    "Your card has shipped",
    "Re: refund for order {order}",
)
CLEAN_SUBJ_ES = (
    "Tu estado de cuenta está disponible",
    "Actualización de tu aclaración {case}",
    "Confirmación de pago",
    "Tu tarjeta va en camino",
)
CLEAN_BODY_EN = (
    "Hi {first}, your {bank} statement for the account ending in {last4} is now available.\nStatement balance: {amt3}\nMinimum payment due: {amt2}\nDue date: {date2}\nView statement: https://{url}/statements",
    "Dispute update - Case {case}\nWe've issued a temporary credit of {amt} while we investigate the charge from {merchant} on {date}. We'll contact you within 10 business days.",
    "Payment confirmation\nWe received your payment of {amt} on {date}.\nConfirmation number: {conf}\nPayment from checking {acct}",
    "Your new card ending in {new4} shipped on {date} via USPS.\nTracking: {track}\nActivate it at {url}/activate when it arrives.",
    "Thanks for your patience. The merchant confirmed the refund of {amt} for order {order}; allow 5-7 business days.\n\n> On {edate}, {name} <{email}> wrote:\n> Hi, I never got my refund for order {order}. I returned it on {date2}, tracking {track}.\n> Thanks, {first}",
)
CLEAN_BODY_ES = (
    "Hola {first}, tu estado de cuenta de la tarjeta terminada en {last4} ya está disponible.\nSaldo al corte: {amt3}\nPago mínimo: {amt2}\nFecha límite de pago: {date2}",
    "Actualización de tu aclaración {case}\nAbonamos {amt} de forma provisional mientras investigamos el cargo de {merchant} del {date}.",
    "Confirmación de pago\nRecibimos tu pago de {amt} el {date}.\nNúmero de confirmación: {conf}\nCuenta de origen {acct}",
    "Tu nueva tarjeta terminada en {new4} se envió el {date}.\nGuía de rastreo: {track}",
)
SCAM_REPLY_EN = (
    "{head}here it is {card} exp {exp} cvv {cvv}\n\nOn {edate}, {short} Security <security@{scamdom}> wrote:\n> Dear client, your card has been suspended due to suspicious activity.\n> To reactivate it, reply with your card number, expiration date and CVV.\n> \n> {short} Security Team",
    "{head}Thank you. Your card has been reactivated. You will receive a confirmation code shortly, please reply with it.\n\n> From: {name} <{email}>\n> Sent: {edate}\n> Subject: RE: Card suspended\n>\n> ok here: {card}\n> {exp} {cvv}\n>\n> > Reply with your card number, expiry and security code to avoid closure.",
    "{head}ok i sent it, is that all?\n{card}  {exp}  cvv {cvv}\n\n-----Original Message-----\nFrom: {short} Fraud Dept <fraud@{scamdom}>\nSubject: Verify card ending {last4}\nPlease confirm the full card number and security code within 24h.",
    "{head}my social is {ssn}, dob {dob}\n\nOn {edate}, {short} Identity Verification <verify@{scamdom}> wrote:\n> To release your refund of {amt} we must verify your identity.\n> Reply with your full SSN and date of birth.",
)
SCAM_REPLY_ES = (
    "{head}aquí está: {card} vence {exp} cvv {cvv}\n\nEl {edate}, Soporte {short} <soporte@{scamdom}> escribió:\n> Estimado cliente, su tarjeta fue suspendida por actividad sospechosa.\n> Para reactivarla responda con el número de tarjeta, vencimiento y CVV.",
    "{head}Gracias. Su tarjeta fue reactivada. En breve recibirá un código de confirmación, respóndanos con él.\n\n> De: {name} <{email}>\n> Enviado: {edate}\n>\n> ya le mandé: {card}\n> {exp} {cvv}",
    "{head}mi número de seguro social es {ssn}\n\nEl {edate}, Verificación {short} <verify@{scamdom}> escribió:\n> Para liberar su reembolso de {amt} necesitamos verificar su identidad.",
)
EMAIL_LEADS: Lines = {
    "en": (
        "is this email legit?",
        "I got this email, is it from you?",
        "forwarding this, looks weird",
        "what is this? pasting the email",
        "can you check this email please",
        "this email says my account is locked??",
    ),
    "es": (
        "¿este correo es real?",
        "me llegó este correo, ¿es de ustedes?",
        "mx|oigan, me llegó este mail, ¿es neta?",
        "es|me ha llegado este correo, ¿es vuestro?",
        "ar|me llegó este mail, ¿es trucho?",
        "co|me llegó este correo, ¿será verdadero?",
        "¿qué es esto? les pego el correo",
    ),
    "mix": (
        "me llegó este email, is it legit?",
        "is this correo from you guys?",
        "forwarding esto, se ve raro",
    ),
}
EMAIL_LEADS_REPLIED: Lines = {
    "en": (
        "I think I messed up, I answered this email before reading it well",
        "I replied to this before I realized... is it a scam?",
        "oh no. I answered them. here's the thread",
        "my mom forwarded me this, she already answered it",
    ),
    "es": (
        "creo que la regué, contesté este correo antes de leerlo bien",
        "mx|ya les contesté, ¿fue un fraude? aquí está el correo",
        "es|creo que la he liado, respondí a este correo",
        "ar|me parece que me la mandé, les contesté este mail",
        "co|ay no, yo ya les respondí, mire el correo",
    ),
    "mix": (
        "creo que I messed up, contesté este email",
        "ya les respondí antes de leerlo bien, is it a scam?",
    ),
}
EMAIL_REPLIES: Lines = {
    "en": (
        "That email didn't come from us. Please don't click the link or reply to it. Forward it to phishing@{url} and delete it.",
        "Thanks for checking with us. That is a legitimate {bank} email.",
        "That's a scam. Since you replied with your card details, I've closed the card ending in {last4} and ordered a new one.",
        "Yes, that code email is ours. It was triggered by a sign-in attempt at {time}. If it wasn't you, I'll lock online access now.",
        "That's a scam. Since you sent your Social Security number, I've added an extended fraud alert to your profile and I recommend freezing your credit.",
    ),
    "es": (
        "Ese correo no es nuestro. No abras el enlace ni lo respondas. Reenvíalo a phishing@{url} y bórralo.",
        "Gracias por consultarnos. Ese correo sí es de {bank}.",
        "Es un fraude. Como respondiste con los datos de tu tarjeta, cancelé la tarjeta terminada en {last4} y pedí una nueva.",
        "Sí, ese correo con el código es nuestro. Se generó por un intento de inicio de sesión a las {time}.",
        "Es un fraude. Como enviaste tu número de Seguro Social, agregué una alerta de fraude a tu perfil y te recomiendo congelar tu crédito.",
    ),
}


def fam_email(ctx: Ctx, variant: str) -> Paste:
    rng = ctx.rng
    es = ctx.paste_es
    scamdom = f"{strip_accents(ctx.short.lower())}-{rng.choice(['support', 'secure', 'alertas', 'verify'])}.{rng.choice(['net', 'info', 'com.co', 'online'])}"
    if ctx.region == "us":
        edate = f"{rng.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {rng.choice(MONTHS_EN)} {rng.randint(1, 28)}, {ctx.slots['year']} at {a_time(rng, 'us')}"
    else:
        edate = f"{rng.choice(['lunes', 'martes', 'miércoles', 'jueves', 'viernes'])}, {rng.randint(1, 28)} de {rng.choice(MONTHS_ES)} de {ctx.slots['year']} {a_time(rng, ctx.region)}"
    bank_sender = f"{ctx.bank} <{rng.choice(['no-reply', 'alerts', 'notificaciones' if es else 'notifications'])}@{ctx.url}>"
    extra: dict[str, Piece] = {
        "edate": edate,
        "scamdom": scamdom,
        "to": rng.choice(
            [f"<{ctx.person.email}>", f"{ctx.full} <{ctx.person.email}>", ctx.person.email]
        ),
        "to_short": "mí" if es else "me",
    }
    if variant == "email_phish":
        i = rng.randrange(len(PHISH_BODY_ES if es else PHISH_BODY_EN))
        subj = (PHISH_SUBJ_ES if es else PHISH_SUBJ_EN)[i]
        extra["sender"] = rng.choice(
            [
                f"{ctx.bank} <alerts@{scamdom}>",
                f"{ctx.short} Security <no-reply@secure-{strip_accents(ctx.short.lower())}.help>",
                f"Customer Service <service{digits(rng, 3)}@gmail.com>",
            ]
        )
        body = fill((PHISH_BODY_ES if es else PHISH_BODY_EN)[i], {**ctx.slots, **extra})
        asks: tuple[str, ...] = (CC, OTP, PW)
    elif variant == "email_otp":
        subj = rng.choice(OTP_SUBJ_ES if es else OTP_SUBJ_EN)
        extra["sender"] = bank_sender
        body = tpl(ctx, OTP_BODY_EN, OTP_BODY_ES, extra)
        asks = (PW,)
    elif variant == "email_temp_password":
        subj = "Tu contraseña temporal" if es else "Your temporary password"
        extra["sender"] = bank_sender
        body = tpl(ctx, TMP_BODY_EN, TMP_BODY_ES, extra)
        asks = (OTP,)
    elif variant == "email_clean":
        i = rng.randrange(len(CLEAN_BODY_ES if es else CLEAN_BODY_EN))
        subj = (CLEAN_SUBJ_ES if es else CLEAN_SUBJ_EN)[i]
        extra["sender"] = bank_sender
        body = fill((CLEAN_BODY_ES if es else CLEAN_BODY_EN)[i], {**ctx.slots, **extra})
        asks = (CC, SSN)
    else:  # email_scam_reply: the customer's own reply to a scammer, forwarded
        extra["head"] = ""
        templates = SCAM_REPLY_ES if es else SCAM_REPLY_EN
        fits = [j for j, t in enumerate(templates) if ctx.region == "us" or "{ssn}" not in t]
        i = rng.choice(fits)
        body = fill(templates[i], {**ctx.slots, **extra})
        ssn_scam = any(lab.type == SSN for lab in body.labels)
        if ssn_scam:
            subj = "Re: Reembolso" if es else "RE: Refund"
        else:
            subj = rng.choice(
                ["RE: Card suspended", "Re: Verify card ending {last4}"]
                if not es
                else ["RE: Tarjeta suspendida", "Re: Verifique su tarjeta"]
            )
        scammer = f"{ctx.short} Security <security@{scamdom}>"
        if i == 1:  # the scammer's answer, quoting the customer's reply
            extra["sender"] = scammer
        else:  # the customer's own reply
            extra["sender"] = f"{ctx.full} <{ctx.person.email}>"
            extra["to"] = f"<security@{scamdom}>"
            extra["to_short"] = f"security@{scamdom}"
        asks = (OTP,)
    extra["subject"] = fill(subj, ctx.slots)
    head = tpl(ctx, FWD_HEAD_EN, FWD_HEAD_ES, extra)
    foot = (
        tpl(ctx, FOOTER_EN, FOOTER_ES)
        if variant in ("email_otp", "email_clean", "email_temp_password")
        else frag(
            rng.choice(
                [
                    "",
                    "\n\nSent from my iPhone",
                    "\n\nEnviado desde mi Android" if es else "\n\nGet Outlook for Android",
                ]
            )
        )
    )
    idx = {
        "email_phish": (0,),
        "email_otp": (3,),
        "email_temp_password": (1,),
        "email_clean": (1,),
        "email_scam_reply": (2,),
    }[variant]
    if any(lab.type == SSN for lab in body.labels):
        idx = (4,)
    leads = EMAIL_LEADS_REPLIED if variant == "email_scam_reply" else EMAIL_LEADS
    return Paste(
        variant, "email", cat(head, body, foot), leads, replies_of(EMAIL_REPLIES, *idx), asks
    )


# --- SMS threads ------------------------------------------------------------------------

SMS_OTP_EN = (
    "{short}: Your verification code is {code}. Don't share it with anyone. We'll never call or text to ask for it.",
    "{short} Alert: Use code {code} to sign in. Code expires in 10 min. Didn't request it? Call {bphone}.",
    "Your {short} one-time passcode is {code}. Msg&data rates may apply. Reply STOP to end.",
    "{code} is your {short} security code. It expires in 5 minutes. Never share this code.",
    "{short}: To approve the online purchase of {amt} at {merchant}, enter code {code}. If this wasn't you, do NOT share it.",
    "<#> {short}: {code} is your code to add card ending {last4} to a digital wallet. Never share it. FA+9qCX9VSu",
    "{short}: {code} es tu código. / {code} is your code. Vence en 10 min.",
)
SMS_OTP_ES = (
    "{short}: Tu código de verificación es {code}. No lo compartas con nadie. Vigencia 5 min.",
    "co|{short}: Su clave dinámica es {code}. Nunca la comparta. Si no la solicitó llame al {bphone}.",
    "es|{short}: La clave para confirmar la operación de {amt} en {merchant} es {code}. No la facilites a nadie.",
    "mx|{short}: Tu código de seguridad para compra en línea es {code}. Si no reconoces la operación llama al {bphone}.",
    "ar|{short}: Tu código es {code}. No lo compartas. Si no fuiste vos, llamá al {bphone}.",
    "<#> {short}: {code} es tu código para dar de alta tu tarjeta terminación {last4}. No lo compartas. FA+9qCX9VSu",
    "{short} informa: {code} es tu clave de acceso. Nadie de {short} te la pedirá.",
)
SMS_ALERT_EN = (
    "{short} Alert: A purchase of {amt} at {merchant} was made on your card ending in {last4} on {date}. Reply YES if you made it or NO if not.",
    "{short}: Your payment of {amt} was received on {date}. Conf #{conf}.",
    "{short}: Your card ending {last4} was declined at {merchant2} for {amt2}. Reply 1 if this was you, 2 if not.",
    "{short}: Your statement is ready. Balance {bal}, minimum due {amt2} by {date2}.",
    "FREE {short} MSG: Your new card has shipped and should arrive by {date2}. Track: {track}",
    "{short}: Card ending {last4} was used at {merchant3} for {amt3}. Not you? Call {bphone}. Txt STOP to opt out",
)
SMS_ALERT_ES = (
    "{short}: Compra por {amt} en {merchant} con tu tarjeta terminación {last4} el {date}. Si no la reconoces responde NO.",
    "{short}: Recibimos tu pago de {amt} el {date}. Folio {conf}.",
    "{short}: Se rechazó una compra de {amt2} en {merchant2} con tu tarjeta {last4}. Responde 1 si fuiste tú, 2 si no.",
    "{short}: Tu estado de cuenta está listo. Saldo {bal}, pago mínimo {amt2}, fecha límite {date2}.",
    "{short}: Tu nueva tarjeta va en camino, llega antes del {date2}.",
)
SMS_SCAM_EN = (
    "{short} Security: your card has been temporarily locked. Verify now at {scam_url} to avoid suspension.",
    "USPS: Your package is on hold due to an incomplete address. Update here: {scam_url2}",
    "Hi this is {short} Fraud Dept. We blocked a charge of {amt3}. A specialist will call you. To verify, reply with the code we send you.",
    "Your {short} account will be closed today. Call {scam_phone} immediately. Ref {ref}",
    "Did you attempt a purchase of {amt3} at {merchant}? If NOT call {scam_phone}",
    "Dear customer, your reward points ({points} pts) expire today! Redeem: {scam_url}",
    "[{short}] Unusual activity detected on card ****{last4}. Confirm your details: {scam_url}",
    "E-ZPass: You have an unpaid toll of $6.99. Pay by {date2} to avoid a $50 late fee: {scam_url2}",
)
SMS_SCAM_ES = (
    "{short}: su tarjeta fue bloqueada temporalmente. Verifique en {scam_url} para evitar la cancelación.",
    "Correos: su paquete está retenido por falta de datos. Actualice aquí: {scam_url2}",
    "Hola, le habla el área de fraudes de {short}. Bloqueamos un cargo de {amt3}. Un asesor le llamará, dígale el código que le enviaremos.",
    "{short}: ¿Reconoce la compra de {amt3} en {merchant}? Si NO, llame al {scam_phone}",
    "Estimado cliente, sus puntos {short} ({points}) vencen hoy. Canjee en {scam_url}",
    "mx|BANCO: Se detectó un cargo no reconocido. Para cancelarlo ingrese a {scam_url} o llame al {scam_phone}",
    "es|DGT: tiene una multa pendiente de pago. Evite el recargo en {scam_url2}",
)
SMS_ME_EN = ("NO", "YES", "Who is this?", "STOP", "1", "2", "I didn't make that purchase")
SMS_ME_ES = ("NO", "SI", "¿quién es?", "1", "2", "no reconozco esa compra")
SMS_LEADS: Lines = {
    "en": (
        "is this legit?",
        "I keep getting these texts, copying them here",
        "got these texts this morning, are they from you?",
        "copied my texts:",
        "this is what my phone shows",
    ),
    "es": (
        "mira lo que me llegó",
        "¿estos mensajes son de ustedes?",
        "mx|me están llegando estos mensajes, ¿es neta que son del banco?",
        "es|me han llegado estos SMS al móvil, ¿son vuestros?",
        "ar|me llegaron estos mensajes al celu, ¿son truchos?",
        "co|me llegaron estos mensajes al celular, ¿son de ustedes?",
        "es|os copio los mensajes que me han llegado",
    ),
    "mix": (
        "mira lo que me llegó, is this legit?",
        "me llegaron estos texts, son de ustedes?",
        "copié los mensajes del phone:",
    ),
}
SMS_LEADS_CODES: Lines = {
    "en": (
        "someone called saying they're from the bank and asked for the code... these are the texts",
        "what are these codes? I didn't request anything",
        "I keep getting codes I never asked for",
        "a guy on the phone wants the code from this text, is that normal?",
        "is this legit?",
    ),
    "es": (
        "me llamaron diciendo que eran del banco y me pidieron el código, estos son los mensajes",
        "¿qué son estos códigos? yo no pedí nada",
        "mx|me llegan códigos que no pedí, ¿qué onda?",
        "co|me está llegando la clave dinámica sin que yo la pida",
        "ar|me llegan códigos que no pedí, ¿me están hackeando?",
        "es|me llegan claves por SMS que no he pedido",
    ),
    "mix": (
        "someone me llamó y pidió el code, these are the texts",
        "qué son estos codes? I didn't request nada",
        "me llegan codes que no pedí, is this normal?",
    ),
}
SMS_REPLIES: Lines = {
    "en": (
        "The codes are from us; they're sent when someone tries to sign in. Don't share them with anyone. I've locked online access until we reset your password.",
        "Those texts with links are not from us. We never send links asking you to verify your card. Please delete them.",
        "The purchase alert is real. If you didn't make it, reply NO to the text or tell me here and I'll block the card ending in {last4}.",
        "Thanks for checking. Anyone who calls asking for the code in those texts is a scammer, even if the caller ID shows our number.",
        "Those are real {bank} alerts. I checked the account and nothing looks wrong.",
    ),
    "es": (
        "Los códigos sí son nuestros; se envían cuando alguien intenta entrar a tu cuenta. No se los compartas a nadie. Ya bloqueé el acceso en línea.",
        "Los mensajes con enlaces no son nuestros. Nunca enviamos links para verificar tu tarjeta. Bórralos, por favor.",
        "La alerta de compra es real. Si no la hiciste, dímelo aquí y bloqueo la tarjeta terminada en {last4}.",
        "Gracias por avisar. Quien te llame pidiendo el código de esos mensajes es un estafador, aunque aparezca nuestro número.",
        "Esas son alertas reales de {bank}. Revisé la cuenta y todo se ve bien.",
    ),
}


def sms_times(ctx: Ctx, n: int) -> list[str]:
    """Timestamps of a copied thread, in order: one day label, clock times going forward."""
    rng = ctx.rng
    es = ctx.paste_es
    day = rng.choice(
        [
            "Hoy" if es else "Today",
            "Ayer" if es else "Yesterday",
            a_date(rng, ctx.region, 2) + ",",
            "",
        ]
    )
    minute = rng.randint(0, 24 * 60 - 1 - 30 * n)
    out = []
    for _ in range(n):
        minute += rng.randint(0, 29)
        h, mi = divmod(minute, 60)
        if ctx.region == "us" and not es:
            clock = f"{(h % 12) or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}"
        else:
            clock = f"{h:02d}:{mi:02d}"
        out.append(f"{day} {clock}".strip())
    return out


def sms_entry(ctx: Ctx, text: Frag, sender: str, when: str) -> Frag:
    style = ctx.slots["sms_style"]
    if style == "ios":
        return cat(f"{when}\n", text)
    if style == "android":
        return cat(f"[{when}] {sender}: ", text)
    return cat(text, f"\n{when}")


def fam_sms(ctx: Ctx, variant: str) -> Paste:
    rng = ctx.rng
    es = ctx.paste_es
    ctx.slots["sms_style"] = rng.choice(["ios", "android", "plain"])
    sender_bank = ctx.slots["sc"] if rng.random() < 0.6 else ctx.short
    sender_scam = rng.choice(
        [
            a_phone(rng, ctx.region),
            f"+1 ({rng.randint(200, 989)}) 555-{rng.randint(100, 199):04d}",
            "info@" + alnum(rng, 6).lower() + ".com",
            str(ctx.slots["sc2"]),
        ]
    )
    entries: list[tuple[Frag, str]] = []
    if variant == "sms_otp":
        for key in ("otp", "otp2")[: rng.choice([1, 1, 2])]:
            t = choose(ctx, SMS_OTP_ES if es else SMS_OTP_EN)
            entries.append((fill(t, {**ctx.slots, "code": ctx.slots[key]}), sender_bank))
        for _ in range(rng.choice([0, 1, 1, 2])):
            pool = rng.choice(
                [SMS_ALERT_ES if es else SMS_ALERT_EN, SMS_SCAM_ES if es else SMS_SCAM_EN]
            )
            entries.insert(
                rng.randrange(len(entries) + 1),
                (
                    fill(choose(ctx, pool), ctx.slots),
                    sender_scam if pool in (SMS_SCAM_EN, SMS_SCAM_ES) else sender_bank,
                ),
            )
        asks: tuple[str, ...] = (OTP,)
    elif variant == "sms_scam":
        for t in rng.sample(
            fit_lines(ctx, SMS_SCAM_ES if es else SMS_SCAM_EN), rng.choice([1, 2, 3])
        ):
            entries.append((fill(t, ctx.slots), sender_scam))
        if rng.random() < 0.4:
            entries.append(
                (fill(choose(ctx, SMS_ALERT_ES if es else SMS_ALERT_EN), ctx.slots), sender_bank)
            )
        asks = (OTP, CC)
    else:
        for t in rng.sample(
            fit_lines(ctx, SMS_ALERT_ES if es else SMS_ALERT_EN), rng.choice([1, 2, 3])
        ):
            entries.append((fill(t, ctx.slots), sender_bank))
        asks = (OTP, PIN)
    if rng.random() < 0.3:
        entries.insert(
            rng.randrange(1, len(entries) + 1),
            (frag(rng.choice(SMS_ME_ES if es else SMS_ME_EN)), "Me" if not es else "Yo"),
        )
    times = sms_times(ctx, len(entries))
    parts = [
        sms_entry(ctx, text, sender, when)
        for (text, sender), when in zip(entries, times, strict=True)
    ]
    top = rng.choice(
        [f"{sender_bank}\nText Message\n", f"{sender_bank}\n", "", f"SMS {sender_bank}\n"]
        if not es
        else [f"{sender_bank}\nMensaje de texto\n", f"{sender_bank}\n", ""]
    )
    body = cat(top, joined(rng.choice(["\n\n", "\n"]), parts))
    idx = {"sms_otp": (0, 3), "sms_scam": (1, 3), "sms_alerts": (2, 4)}[variant]
    leads = SMS_LEADS_CODES if variant == "sms_otp" else SMS_LEADS
    return Paste(variant, "sms", body, leads, replies_of(SMS_REPLIES, *idx), asks)


# --- receipts and order confirmations --------------------------------------------------

RECEIPT_EN = (
    "{MERCHANT}\n{rstreet}\n{city} {zip2}\nTID: {tid}   MID: {mid}\n{date}  {time}\n{brand_up} CREDIT  {masked}\nENTRY: CHIP\nAUTH CODE: {auth}\nAPPROVED\nSALE   {amt}\nTIP    {amt2}\nTOTAL  {amt3}\nREF# {ref}\nAID: A0000000031010\nTVR 0000008000\nCUSTOMER COPY",
    "{MERCHANT}\nStore #{store}  Reg {reg}  Trans {trans}\n{date} {time}\nSUBTOTAL        {amt}\nTAX             {amt2}\nTOTAL           {amt3}\n{brand_up}       {masked}\nAPPROVAL # {auth}\nCONTACTLESS\nITEMS SOLD {items}\nThank you for shopping with us!",
    "RECEIPT\nMerchant: {merchant}\nTerminal: {tid}\nBatch: {batch}  Invoice: {invoice}\nCard: {brand} ****{last4}\nType: PURCHASE\nAmount: {amt}\nAuth: {auth}\nRRN: {ref}\nStatus: APPROVED\n{date} {time}\nCARDHOLDER COPY",
    "{MERCHANT}\nGAS  PUMP #{reg}\nREGULAR  {gallons} G @ $3.459\nFUEL TOTAL {amt}\n{brand_up} {masked}\nAUTH {auth}   SEQ {trans}\n{date} {time}",
)
RECEIPT_ES = (
    "{MERCHANT}\n{rstreet}\nTERMINAL: {tid}\nAFILIACIÓN: {mid}\nVENTA\nTARJETA: {masked}\nAUT: {auth}\nIMPORTE: {amt}\n{date} {time}\nFIRMA ____________\nCOPIA CLIENTE",
    "es|{MERCHANT}\nCOMERCIO Nº {mid}\nTERMINAL {tid}\nTARJ: {masked}\nAUT: {auth}  OP: {trans}\nIMPORTE {amt}\n{date} {time}\nCOPIA PARA EL CLIENTE",
    "ar|{MERCHANT}\nCUIT 30-{cuit}-7\nTICKET Nº {invoice}\nTARJETA {brand_up} {masked}\nCUOTAS: 3\nCÓD. AUT. {auth}\nTOTAL {amt}\n{date} {time}",
    "co|{MERCHANT}\nNIT 900.{nit}-1\nFACTURA POS {invoice}\nTARJETA {masked}\nAPROB. {auth}\nRRN {ref}\nTOTAL {amt}\nIVA incluido\n{date} {time}",
    "mx|{MERCHANT}\nSUC. {store}  CAJA {reg}\nTICKET {trans}\nSUBTOTAL {amt}\nIVA {amt2}\nTOTAL {amt3}\nPAGO TARJETA {masked}\nAUT {auth}\n{date} {time}\nFACTURA EN LÍNEA: folio {invoice}",
)
ORDER_EN = (
    "Order Confirmation\nThank you for your order, {first}!\nOrder #{order}\nPlaced on {date}\nItems: 2\nSubtotal: {amt}\nShipping: FREE\nTax: {amt2}\nOrder total: {amt3}\nPaid with {brand} ending in {last4}\nShip to: {name}, {street}, {city} {zip}\nTracking number: {track}",
    "Your order has shipped!\nOrder {order}\nCarrier: UPS  Tracking: {track}\nEstimated delivery: {date2}\nPayment: {brand} ····{last4}  {amt3}",
    "Booking confirmed\nConfirmation code: {conf}\nGuest: {NAME}\nCheck-in {date}  Check-out {date2}\nTotal charged {amt3} to card {masked}\nCancellation number will be sent by email.",
)
ORDER_ES = (
    "Confirmación de pedido\n¡Gracias por tu compra, {first}!\nPedido #{order}\nFecha: {date}\nSubtotal: {amt}\nEnvío: GRATIS\nTotal: {amt3}\nPagado con {brand} terminada en {last4}\nEnviar a: {name}, {street}\nNúmero de guía: {track}",
    "Tu pedido va en camino\nPedido {order}\nPaquetería: DHL  Guía: {track}\nEntrega estimada: {date2}\nPago: {brand} ****{last4}  {amt3}",
)
FOLIO_EN = (
    "GUEST FOLIO\n{MERCHANT}\nGuest: {NAME}   Room {reg}\nArrival {date}  Departure {date2}\nRoom charge  {amt3}\nTax  {amt2}\nBalance due  $0.00\nPayment: {brand_up} {card}  Exp {exp_long}\nAuth {auth}",
    "RENTAL AGREEMENT #{invoice}\nRenter: {NAME}\nPickup {date} {time}\nMethod of payment: {brand_up} {card} EXP {exp}\nDeposit hold {amt3}\nAuth code {auth}",
)
FOLIO_ES = (
    "FOLIO DEL HUÉSPED\n{MERCHANT}\nHuésped: {NAME}   Hab. {reg}\nLlegada {date}  Salida {date2}\nHospedaje {amt3}\nForma de pago: {brand_up} {card}  Vto {exp}\nAutorización {auth}",
)
RECEIPT_LEADS: Lines = {
    "en": (
        "I was charged twice for this, here's the receipt",
        "this is the receipt, the amount on my account is different",
        "why does my statement show a different amount? receipt below",
        "I didn't order this, but I got this confirmation",
        "the hotel charged me again, this is the folio",
        "receipt:",
    ),
    "es": (
        "me cobraron doble, aquí está el ticket",
        "mx|este es el ticket, en mi estado de cuenta sale otra cantidad",
        "es|os paso el ticket, me han cobrado dos veces",
        "ar|te paso el ticket, me cobraron de más",
        "co|le paso el recibo, me cobraron doble",
        "yo no pedí esto pero me llegó esta confirmación",
    ),
    "mix": (
        "me cobraron twice, aquí está el receipt",
        "this is el ticket, pero el charge es diferente",
        "no ordené esto pero me llegó este confirmation",
        "el hotel me cobró otra vez, mira",
    ),
}
RECEIPT_REPLIES: Lines = {
    "en": (
        "Thanks for the receipt. I see one charge of {amt} that posted and a pending authorization that will drop off in 3-5 business days.",
        "I see both charges from {merchant}. I've opened dispute {case} for the duplicate.",
        "The amount is different because the tip was added after the authorization. That's normal.",
        "If you didn't place that order, I'll close the card ending in {last4} and open a fraud claim.",
    ),
    "es": (
        "Gracias por el ticket. Veo un cargo de {amt} aplicado y una autorización pendiente que se libera en 3 a 5 días hábiles.",
        "Veo los dos cargos de {merchant}. Ya abrí la aclaración {case} por el duplicado.",
        "El monto cambia porque la propina se agregó después de la autorización. Es normal.",
        "Si no hiciste ese pedido, cancelo la tarjeta terminada en {last4} y abro un reporte de fraude.",
    ),
}


def fam_receipt(ctx: Ctx, variant: str) -> Paste:
    rng = ctx.rng
    extra: dict[str, Piece] = {
        "MERCHANT": str(ctx.slots["merchant"]).upper(),
        "rstreet": f"{rng.randint(10, 9999)} {rng.choice(US_STREETS)}"
        if ctx.region == "us"
        else str(ctx.person.street),
        "zip2": f"{rng.randint(10000, 99999)}",
        "brand_up": BRAND_SAYS[ctx.person.brand].upper(),
        "store": digits(rng, 4, lead=False),
        "reg": str(rng.randint(1, 40)),
        "trans": digits(rng, 4),
        "items": str(rng.randint(1, 30)),
        "batch": digits(rng, 3, lead=False),
        "invoice": digits(rng, 6, lead=False),
        "gallons": f"{rng.uniform(5, 20):.3f}",
        "cuit": digits(rng, 8),
        "nit": f"{rng.randint(100, 999)}.{rng.randint(100, 999)}",
    }
    if variant == "rental_folio":
        body = tpl(ctx, FOLIO_EN, FOLIO_ES, extra)
        return Paste(
            variant, "receipt", ocr(rng, body, 0.03), RECEIPT_LEADS, RECEIPT_REPLIES, (CVV,)
        )
    if variant == "order_confirmation":
        body = tpl(ctx, ORDER_EN, ORDER_ES, extra)
        return Paste(variant, "receipt", body, RECEIPT_LEADS, RECEIPT_REPLIES, (CC, CVV))
    body = tpl(ctx, RECEIPT_EN, RECEIPT_ES, extra)
    return Paste(
        variant,
        "receipt",
        ocr(rng, body, rng.choice([0.03, 0.06])),
        RECEIPT_LEADS,
        RECEIPT_REPLIES,
        (CC, CVV, OTP),
    )


# --- statement excerpts -----------------------------------------------------------------

STMT_HEAD_EN = (
    "Date      Description                               Amount      Balance",
    "Trans Date  Post Date  Description  Reference Number  Amount",
    "DATE | DESCRIPTION | AMOUNT",
    "Transactions\nDate\tDescription\tAmount",
)
STMT_HEAD_ES = (
    "Fecha     Concepto                         Cargo      Abono     Saldo",
    "FECHA OPER.  FECHA CARGO  DESCRIPCIÓN  IMPORTE",
    "Fecha | Descripción | Importe",
)
STMT_DESC_EN = (
    "{m}",
    "{m} {city}",
    "PAYMENT THANK YOU",
    "INTEREST CHARGE ON PURCHASES",
    "LATE FEE",
    "ZELLE TO {payee} Conf# {conf}",
    "RECURRING {m} {ref}",
    "FOREIGN TRANSACTION FEE",
    "{m} #{store} {zip}",
    "ATM WITHDRAWAL {atm}",
    "ANNUAL MEMBERSHIP FEE",
)
STMT_DESC_ES = (
    "{m}",
    "COMPRA {m}",
    "SU PAGO GRACIAS",
    "INTERESES ORDINARIOS",
    "COMISIÓN POR PAGO TARDÍO",
    "TRANSFERENCIA SPEI {conf}",
    "RETIRO CAJERO {atm}",
    "DOMICILIACIÓN {m} REF {ref}",
    "IVA INTERESES",
)
STMT_FOOT_EN = (
    "Previous balance {bal}\nPayments and credits -{amt3}\nPurchases +{amt}\nNew balance {bal}\nMinimum payment due {amt2}\nPayment due date {date2}\nAccount number ending in {last4}",
    "Statement closing date {date}\nCredit limit {limit}   Available credit {bal}\nAPR on purchases {pct}",
    "Page 2 of 4\n{bank} · P.O. Box {pobox} · {url}",
    "Total fees charged in {year} $0.00\nTotal interest charged in {year} {amt2}",
)
STMT_FOOT_ES = (
    "Saldo anterior {bal}\nPagos y abonos -{amt3}\nCompras +{amt}\nSaldo al corte {bal}\nPago mínimo {amt2}\nFecha límite de pago {date2}\nTarjeta terminación {last4}",
    "Fecha de corte {date}\nLímite de crédito {limit}   Crédito disponible {bal}\nTasa de interés anual {pct}",
    "mx|CAT PROMEDIO 68.5% sin IVA. Informativo.\nNúmero de cliente {ref}\nCLABE {clabe}",
    "es|IBAN ES{iban}\nExtracto nº {invoice}\nPágina 2 de 3",
)
STMT_LEADS: Lines = {
    "en": (
        "what are these charges? copied from my statement",
        "I don't recognize some of these, pasting my statement",
        "why was I charged interest? here's the statement",
        "this is from my statement, I paid on time",
        "can you explain these",
    ),
    "es": (
        "¿qué son estos cargos? los copié del estado de cuenta",
        "no reconozco algunos de estos movimientos",
        "mx|¿por qué me cobraron intereses? aquí está el estado de cuenta",
        "es|no reconozco estos movimientos del extracto",
        "ar|no reconozco estos consumos del resumen",
        "co|no reconozco estas compras del extracto",
    ),
    "mix": (
        "qué son estos charges? del statement",
        "no reconozco some of these",
        "why me cobraron interest? aquí está el statement",
    ),
}
STMT_REPLIES: Lines = {
    "en": (
        "Thanks. The interest charge is because the full statement balance wasn't paid by {date2}. I can request a one-time courtesy credit.",
        "I see those charges. Which ones don't you recognize? I'll open a dispute for them.",
        "The foreign transaction fee applies to purchases processed outside the US, even online.",
        "That recurring charge is a subscription. I can block future charges from that merchant.",
    ),
    "es": (
        "Gracias. El interés se cobró porque no se pagó el saldo total antes del {date2}. Puedo solicitar una bonificación única.",
        "Veo esos cargos. ¿Cuáles no reconoces? Abro la aclaración de esos.",
        "Ese cargo recurrente es una suscripción. Puedo bloquear los cobros futuros de ese comercio.",
        "es|Esa comisión se cobra por operaciones en moneda extranjera, también en compras en línea.",
    ),
}


def fam_statement(ctx: Ctx, variant: str) -> Paste:
    rng = ctx.rng
    es = ctx.paste_es
    rows = []
    bal = rng.uniform(200, 4000)
    for _ in range(rng.randint(3, 9)):
        m = str(rng.choice(MERCHANTS[ctx.region]))
        desc_t = rng.choice(STMT_DESC_ES if es else STMT_DESC_EN)
        desc = fill(
            desc_t,
            {
                **ctx.slots,
                "m": m,
                "payee": rng.choice(EN_FIRST).upper() + " " + rng.choice(EN_LAST).upper(),
                "store": digits(rng, 4, lead=False),
                "atm": digits(rng, 6),
                "ref": ref(rng, (rng.randint(6, 11),)),
                "conf": alnum(rng, 9),
            },
        ).text
        amount = round(rng.uniform(2, 400), 2)
        bal += amount
        d = a_date(rng, ctx.region, 0)[:5]
        if ctx.region == "us":
            amt_s, bal_s = f"{amount:,.2f}", f"{bal:,.2f}"
        else:
            amt_s = f"{amount:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
            bal_s = f"{bal:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        style = rng.randrange(3)
        if style == 0:
            rows.append(f"{d}  {desc:<38} {amt_s:>9}  {bal_s:>10}")
        elif style == 1:
            rows.append(
                f"{d} {a_date(rng, ctx.region, 0)[:5]} {desc} {ref(rng, (rng.choice([11, 17, 23]),), lead=False)} {amt_s}"
            )
        else:
            rows.append(f"{d} | {desc} | {amt_s}")
    head = choose(ctx, STMT_HEAD_ES if es else STMT_HEAD_EN)
    foot = tpl(
        ctx,
        STMT_FOOT_EN,
        STMT_FOOT_ES,
        {
            "pobox": str(rng.randint(1000, 99999)),
            "clabe": digits(rng, 18, lead=False),
            "iban": digits(rng, 22),
            "invoice": digits(rng, 5),
        },
    )
    body = cat(head, "\n", "\n".join(rows), "\n\n", foot)
    return Paste(
        variant,
        "statement",
        ocr(rng, body, rng.choice([0.0, 0.0, 0.03])),
        STMT_LEADS,
        STMT_REPLIES,
        (CC, CVV, SSN),
    )


# --- app error pages --------------------------------------------------------------------

ERROR_EN = (
    "Something went wrong\nError code: {errcode}\nRequest ID: {reqid}\nBuild {build} · iOS 17.4.1\n{tstamp}\n[Try again]",
    "We're sorry, we can't complete your request right now.\nIf the problem continues, call {bphone} and mention reference {ref}.\n(HTTP 503 · {errcode})",
    "Unable to sign in\nYour account has been locked after too many attempts. Try again in 30 minutes or reset your password.\nSession {sess}\nv{build}",
    "Oops! Card could not be added to Wallet.\nCode: {errcode}\nDevice: Pixel 7 · Android 14\nTrace {reqid}\nTime: {tstamp}",
    "Error 403 - Forbidden\nThe requested URL /api/v2/cards/{acct2}/controls was denied.\nCorrelation-ID: {reqid}\nServer: edge-{edge}\n{tstamp}",
    "Payment scheduling failed\nWe couldn't schedule your payment of {amt} for {date2}.\nCode {errcode} | Ref {ref}\nPlease try again later.",
)
ERROR_ES = (
    "Algo salió mal\nCódigo de error: {errcode}\nID de solicitud: {reqid}\nVersión {build} · Android 14\n{tstamp}\n[Reintentar]",
    "Lo sentimos, no podemos completar tu solicitud en este momento.\nSi el problema continúa llama al {bphone} e indica la referencia {ref}.\n(HTTP 503 · {errcode})",
    "No pudimos iniciar sesión\nTu usuario fue bloqueado por demasiados intentos. Intenta en 30 minutos o restablece tu contraseña.\nSesión {sess}",
    "es|Se ha producido un error\nCódigo {errcode}\nReferencia {ref}\nInténtalo de nuevo más tarde.",
    "mx|Error al dar de alta tu tarjeta en la app\nCódigo: {errcode}\nFolio {ref}\n{tstamp}",
)
ERROR_OTP_EN = (
    "Verification failed\nThe code {otp} is incorrect or has expired. Request a new code.\nAttempts remaining: 2\nError {errcode}",
    "Enter the 6-digit code we sent to (•••) •••-{phone4}\n[ {otp} ]\n⚠ That code didn't work. Codes expire after 10 minutes.\nResend code",
    "Invalid OTP: {otp}\nerror_code={errcode} request_id={reqid}\nPlease try again.",
)
ERROR_OTP_ES = (
    "Verificación fallida\nEl código {otp} es incorrecto o ya venció. Solicita uno nuevo.\nIntentos restantes: 2\nError {errcode}",
    "Ingresa el código de 6 dígitos que enviamos al ••• ••• {phone4}\n[ {otp} ]\n⚠ Ese código no funcionó. Los códigos vencen a los 10 minutos.\nReenviar código",
    "co|Clave dinámica inválida: {otp}\nCódigo de error {errcode}\nIntente nuevamente.",
)
ERROR_PW_LEADS: Lines = {
    "en": (
        "I'm typing {pw} and it says this:",
        "my password is {pw} and I keep getting this error",
        "it doesn't take my password ({pw}), this comes up:",
        "tried {pw} like 5 times, now this",
    ),
    "es": (
        "estoy poniendo {pw} y me sale esto:",
        "mi contraseña es {pw} y me sale este error",
        "mx|le pongo {pw} y me aparece esto",
        "ar|pongo {pw} y me tira este error",
        "es|meto la contraseña {pw} y me sale esto",
    ),
    "mix": (
        "estoy typing {pw} y me sale esto",
        "mi password es {pw} pero me da este error",
        "le pongo {pw} and it says:",
    ),
}
ERROR_LEADS: Lines = {
    "en": (
        "the app keeps showing this",
        "I can't log in, this is the error",
        "what does this error mean?",
        "this is what I see when I try to pay",
        "getting this every time",
    ),
    "es": (
        "la app me sale con esto",
        "no puedo entrar, este es el error",
        "¿qué significa este error?",
        "mx|me sale este error cada que intento pagar",
        "ar|me tira este error la app",
        "co|me aparece este error en la aplicación",
    ),
    "mix": (
        "el app me sale con este error",
        "no puedo hacer login, mira",
        "qué significa este error? it keeps happening",
    ),
}
ERROR_REPLIES: Lines = {
    "en": (
        "Thanks for the details. That error usually means the app is out of date; please update to the latest version and try again.",
        "Your online access was locked after several attempts. I've unlocked it; please reset your password from the sign-in screen.",
        "That code expired. Tap 'Resend code' and enter the new one within 10 minutes. Never share the code with anyone.",
        "We had an outage this morning that caused that error. It's fixed now.",
    ),
    "es": (
        "Gracias por los detalles. Ese error suele salir cuando la app está desactualizada; actualízala e intenta de nuevo.",
        "Tu acceso se bloqueó por varios intentos. Ya lo desbloqueé; restablece tu contraseña desde la pantalla de inicio.",
        "Ese código ya venció. Toca 'Reenviar código' e ingresa el nuevo en menos de 10 minutos. No se lo compartas a nadie.",
        "Tuvimos una falla esta mañana que generaba ese error. Ya quedó resuelta.",
    ),
}


def fam_app_error(ctx: Ctx, variant: str) -> Paste:
    rng = ctx.rng
    tstamp = rng.choice(
        [
            f"{ctx.slots['year']}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z",
            f"{ctx.slots['date']} {ctx.slots['time']}",
            f"{ctx.slots['year']}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} UTC",
        ]
    )
    extra: dict[str, Piece] = {
        "tstamp": tstamp,
        "sess": f"{alnum(rng, 4)}-{alnum(rng, 4)}",
        "acct2": digits(rng, 9),
        "edge": f"{rng.choice(['iad', 'dfw', 'mia', 'lax'])}{rng.randint(1, 60)}",
        "phone4": digits(rng, 4, lead=False),
    }
    if variant == "app_error_otp":
        body = tpl(ctx, ERROR_OTP_EN, ERROR_OTP_ES, extra)
        return Paste(
            variant,
            "app_error",
            ocr(rng, body, 0.02),
            ERROR_LEADS,
            replies_of(ERROR_REPLIES, 2),
            (OTP, PW),
        )
    body = tpl(ctx, ERROR_EN, ERROR_ES, extra)
    if variant == "app_error_pw":
        return Paste(
            variant,
            "app_error",
            ocr(rng, body, 0.02),
            ERROR_PW_LEADS,
            replies_of(ERROR_REPLIES, 0, 1, 3),
            (OTP,),
        )
    return Paste(
        variant,
        "app_error",
        ocr(rng, body, 0.03),
        ERROR_LEADS,
        replies_of(ERROR_REPLIES, 0, 1, 3),
        (PW, OTP, SSN),
    )


# --- PDF forms --------------------------------------------------------------------------

DISPUTE_EN = (
    "CARDHOLDER DISPUTE FORM\nCardholder name: {name}\nCard number: {card}\nPhone: {cphone}\nTransaction date: {date}    Amount: {amt}\nMerchant: {merchant}\nReason:\n[X] I did not authorize this transaction\n[ ] I was charged twice\n[ ] Merchandise not received\nSignature: ______________   Date: {date2}\nReturn to: {bank} Disputes, P.O. Box {pobox}, fax {fax}",
    "Statement of Unauthorized Transaction\n1. Account Number {card}\n2. Name {NAME}\n3. Transactions in question:\n   {date}  {merchant}  {amt}\n   {date2}  {merchant2}  {amt2}\n4. Was your card lost or stolen?  Yes [ ]  No [X]\n5. Date you first noticed: {date3}\nI declare under penalty of perjury that the above is true.",
    "Dispute Claim #{case}\nName on account: {name}\nAccount / Card #: {card}\nExp. date: {exp}\nDisputed amount: {amt}\nMerchant name: {merchant}\nDescription: charged after cancelling subscription on {date2}",
)
DISPUTE_ES = (
    "FORMATO DE ACLARACIÓN\nNombre del titular: {name}\nNúmero de tarjeta: {card}\nTeléfono: {cphone}\nFecha de la operación: {date}    Importe: {amt}\nComercio: {merchant}\nMotivo:\n[X] No reconozco el cargo\n[ ] Cargo duplicado\nFirma: ______________   Fecha: {date2}",
    "es|SOLICITUD DE RETROCESIÓN\nTitular: {NAME}\nTarjeta nº: {card}\nOperación: {date}  {merchant}  {amt}\nMotivo: operación no autorizada",
    "co|FORMATO DE RECLAMACIÓN\nNombre: {NAME}\nNúmero de la tarjeta: {card}\nValor reclamado: {amt}\nEstablecimiento: {merchant}\nFecha: {date}",
)
DISPUTE_MASKED_EN = (
    "CARDHOLDER DISPUTE FORM\nCardholder name: {name}\nLast 4 digits of card: {last4}\nPhone: {cphone}\nTransaction date: {date}    Amount: {amt}\nMerchant: {merchant}\nReference number: {ref16}\n[X] I did not authorize this transaction\nSignature: ______________   Date: {date2}",
    "Dispute Claim #{case}\nName on account: {name}\nCard: {masked}\nDisputed amount: {amt}\nARN: {arn}\nMerchant: {merchant}\nStatus: Under review",
)
DISPUTE_MASKED_ES = (
    "FORMATO DE ACLARACIÓN\nNombre del titular: {name}\nÚltimos 4 dígitos: {last4}\nFecha de la operación: {date}    Importe: {amt}\nComercio: {merchant}\nNúmero de referencia: {ref16}\nFirma: ______________",
)
APPLICATION_EN = (
    "CREDIT CARD APPLICATION\n1. Applicant information\nFull name: {name}\nDate of birth: {dob}\nSocial Security Number: {ssn}\nHome address: {street}, {city} {zip}\nPhone: {cphone}\nEmail: {email}\n2. Employment\nEmployer: {employer}\nAnnual income: {income}\nHousing: Rent {rent}/mo\n3. Authorized user (optional)\nName: ____________  DOB: __/__/____",
    "Application for Credit - Page 1 of 3\nApplicant: {NAME}\nSSN: {ssn}      DOB: {dob}\nMother's maiden name: __________\nTotal monthly income: {income}\nApplication #: {ref}\nSubmitted {date} {time}",
    "Identity Verification Form\nPlease complete and return to {bank}.\nName: {name}\nSocial Security #: {ssn}\nDriver License #: {dl}\nState: {state}\nReason: address change request {case}",
)
APPLICATION_ES = (
    "SOLICITUD DE TARJETA DE CRÉDITO\n1. Datos del solicitante\nNombre completo: {name}\nFecha de nacimiento: {dob}\nNúmero de Seguro Social: {ssn}\nDomicilio: {street}, {city} {zip}\nTeléfono: {cphone}\nCorreo: {email}\n2. Empleo\nEmpleador: {employer}\nIngreso anual: {income}",
    "Formulario de verificación de identidad\nNombre: {name}\nSeguro Social (SSN): {ssn}\nLicencia de conducir: {dl}\nMotivo: cambio de domicilio, folio {case}",
)
W9_EN = (
    "Form W-9 (Rev. March 2024)\nRequest for Taxpayer Identification Number and Certification\n1 Name: {name}\n3 Federal tax classification: [X] Individual/sole proprietor\n5 Address: {street}\n6 City, state, ZIP: {city} {zip}\nPart I Taxpayer Identification Number (TIN)\nSocial security number\n{ssn_box}\nor\nEmployer identification number\n__ - _______\nPart II Certification\nSignature of U.S. person ____________ Date {date}",
)
FORM_LEADS: Lines = {
    "en": (
        "I filled out the form, here it is",
        "is this form filled out right?",
        "copying the form text since the upload isn't working",
        "the upload keeps failing so I'm pasting it",
        "here's the dispute form",
        "do I have to send this form? this is what I have",
    ),
    "es": (
        "ya llené el formulario, aquí está",
        "¿así está bien llenado el formato?",
        "no me deja subir el archivo, les copio el texto",
        "mx|aquí está el formato de aclaración ya llenado",
        "es|os pego el formulario que no me deja adjuntarlo",
        "co|le copio el formato porque no me deja adjuntarlo",
    ),
    "mix": (
        "ya llené el form, aquí está",
        "el upload no funciona, so I'm pasting it",
        "is this form bien llenado?",
    ),
}
FORM_REPLIES: Lines = {
    "en": (
        "Thanks, I've attached it to your case {case}. For next time, the form only needs the last four digits of the card.",
        "Got it. We'll review the dispute and send a decision within 10 business days.",
        "Thanks. Please don't paste forms with your full SSN into chat; use the secure upload in the app instead. I've removed it here.",
        "That looks complete. You'll see a provisional credit of {amt} within 2 business days.",
        "Thanks, I've attached it to application {ref}. You'll have a decision within 7-10 business days.",
    ),
    "es": (
        "Gracias, ya lo adjunté a tu folio {case}. Para la próxima, el formato solo necesita los últimos cuatro dígitos de la tarjeta.",
        "Listo. Revisaremos la aclaración y te daremos respuesta en 10 días hábiles.",
        "Gracias. Por favor no pegues formularios con tu número de Seguro Social completo en el chat; usa la carga segura de la app.",
        "Está completo. Verás un abono provisional de {amt} en 2 días hábiles.",
        "Gracias, ya lo adjunté a la solicitud {ref}. Tendrás respuesta en 7 a 10 días hábiles.",
    ),
}


def fam_form(ctx: Ctx, variant: str) -> Paste:
    rng = ctx.rng
    extra: dict[str, Piece] = {
        "pobox": str(rng.randint(1000, 99999)),
        "fax": a_phone(rng, "us", tollfree=True),
        "dl": f"{rng.choice('ABCDFGHMRSW')}{digits(rng, rng.choice([7, 8, 12]))}",
        "state": rng.choice(["TX", "FL", "CA", "IL", "NY", "AZ", "NJ"]),
    }
    if variant == "form_dispute_card":
        body = tpl(ctx, DISPUTE_EN, DISPUTE_ES, extra)
        return Paste(
            variant,
            "form",
            ocr(rng, body, rng.choice([0.0, 0.02])),
            FORM_LEADS,
            replies_of(FORM_REPLIES, 0, 1, 3),
            (CVV, SSN),
        )
    if variant == "form_dispute_masked":
        body = tpl(ctx, DISPUTE_MASKED_EN, DISPUTE_MASKED_ES, extra)
        return Paste(
            variant,
            "form",
            ocr(rng, body, rng.choice([0.0, 0.03])),
            FORM_LEADS,
            replies_of(FORM_REPLIES, 1, 3),
            (CC, SSN),
        )
    if variant == "form_application_ssn":
        body = tpl(ctx, APPLICATION_EN, APPLICATION_ES, extra)
        return Paste(
            variant,
            "form",
            ocr(rng, body, rng.choice([0.0, 0.02])),
            FORM_LEADS,
            replies_of(FORM_REPLIES, 2, 4),
            (PW,),
        )
    ssn = fmt_ssn(rng).replace("-", "").replace(" ", "")
    box = rng.choice(
        [
            f"{ssn[:3]} | {ssn[3:5]} | {ssn[5:]}",
            " ".join(ssn[:3]) + " - " + " ".join(ssn[3:5]) + " - " + " ".join(ssn[5:]),
            f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}",
            f"{ssn[:3]}  {ssn[3:5]}  {ssn[5:]}",
        ]
    )
    extra["ssn_box"] = secret(SSN, box)
    body = fill(W9_EN[0], {**ctx.slots, **extra})
    return Paste(
        variant, "form", ocr(rng, body, 0.03), FORM_LEADS, replies_of(FORM_REPLIES, 2, 4), (SSN,)
    )


# --- notes from the phone ---------------------------------------------------------------

NOTE_LINES_EN = (
    "{bank} app login: {email}\npw: {pw}",
    "bank pw {pw}",
    "online banking -> user {user} / pass {pw}",
    "debit pin {pin}",
    "atm pin: {pin}",
    "card {card} exp {exp} cvv {cvv}",
    "{brand} {card} {exp} {cvv}",
    "old password (changed): {pw_old}\nnew: {pw}",
    "PIN for card ending {last4} = {pin}",
)
NOTE_LINES_ES = (
    "app {bank}: {email}\ncontraseña: {pw}",
    "clave banco {pw}",
    "usuario {user} / clave {pw}",
    "mx|NIP tarjeta débito {pin}",
    "pin cajero {pin}",
    "tarjeta {card} vence {exp} cvv {cvv}",
    "contraseña vieja: {pw_old}\nnueva: {pw}",
    "ar|clave del cajero: {pin}",
)
NOTE_FILLER_EN = (
    "rent {rent} on the 1st",
    "call mom sunday",
    "car insurance due {date2}",
    "dentist {date} {time}",
    "gym code is on the fridge",
    "netflix renew {date2}",
    "return amazon pkg, tracking {track}",
    "{bank} card due 14th, autopay min",
    "landlord {cphone}",
    "costco list: eggs, milk, tp",
)
NOTE_FILLER_ES = (
    "renta {rent} el día 1",
    "llamar a mamá el domingo",
    "seguro del carro vence {date2}",
    "dentista {date} {time}",
    "pagar la luz",
    "devolver paquete, guía {track}",
    "tarjeta {bank} se paga el 14",
    "casero {cphone}",
    "lista: huevos, leche, tortillas",
)
NOTE_LEADS: Lines = {
    "en": (
        "I keep everything in my notes, the app says wrong password. here's what I have",
        "this is what I saved in my phone, which one is right?",
        "copied from my notes app, why doesn't it work",
        "my husband saved this in notes, can you check it's the right info",
    ),
    "es": (
        "tengo todo en mis notas, la app dice que la contraseña está mal. esto es lo que tengo",
        "esto es lo que guardé en el cel, ¿cuál es la buena?",
        "mx|lo copié de mis notas, ¿por qué no me deja entrar?",
        "es|lo tengo apuntado en las notas del móvil, mira",
        "ar|lo tengo anotado en el celu, fijate",
    ),
    "mix": (
        "lo tengo en mis notes, el app dice wrong password",
        "copié esto de mis notas, which one is right?",
        "this is what I saved en el phone",
    ),
}
NOTE_LEADS_CLEAN: Lines = {
    "en": (
        "these are my reminders, is my card payment on autopay?",
        "copied my notes, when is my payment due exactly?",
        "this is my to do list lol, can you check the due date",
    ),
    "es": (
        "estas son mis notas, ¿mi pago está domiciliado?",
        "copié mis notas, ¿cuándo vence mi pago?",
        "mx|esta es mi lista de pendientes, ¿me confirmas la fecha de pago?",
    ),
    "mix": (
        "copié mis notes, when is my payment due?",
        "this is my lista, el autopay está on?",
    ),
}
NOTE_REPLIES: Lines = {
    "en": (
        "Please don't share passwords or PINs here, and I'd recommend not keeping them in a notes app. You can reset the password from the sign-in screen.",
        "For your security I've hidden that message. Let's reset your password: tap 'Forgot password' and we'll text you a code.",
        "I can't check passwords or PINs, and you should never send them to anyone. I'll send you a reset link to {email}.",
        "Thanks. Your {bank} payment is due on the 14th and autopay is set to the minimum payment, so you're covered.",
    ),
    "es": (
        "Por favor no compartas contraseñas ni PIN aquí, y te recomiendo no guardarlos en las notas. Puedes restablecer la contraseña desde la pantalla de inicio.",
        "Por tu seguridad oculté ese mensaje. Restablezcamos tu contraseña: toca '¿Olvidaste tu contraseña?' y te enviamos un código.",
        "No puedo revisar contraseñas ni PIN, y nunca se los debes mandar a nadie. Te envío un enlace para restablecerla a {email}.",
        "Gracias. Tu pago de {bank} vence el día 14 y el cargo automático está en el pago mínimo, así que estás cubierto.",
    ),
}


def fam_note(ctx: Ctx, variant: str) -> Paste:
    rng = ctx.rng
    es = ctx.paste_es
    user = strip_accents(ctx.person.first.lower()) + rng.choice(
        ["", str(rng.randint(1, 99)), "_" + strip_accents(ctx.person.last.split()[0].lower())]
    )
    slots = {**ctx.slots, "user": user}
    filler = [
        fill(choose(ctx, NOTE_FILLER_ES if es else NOTE_FILLER_EN), slots)
        for _ in range(rng.randint(1, 4))
    ]
    if variant == "note_clean":
        body_parts: list[Frag] = filler
        asks: tuple[str, ...] = (PW, PIN)
    else:
        pool = [
            line
            for line in (NOTE_LINES_ES if es else NOTE_LINES_EN)
            if line[:3] not in TAGS or line.startswith(ctx.region + "|")
        ]
        picked = rng.sample(pool, rng.choice([1, 2, 2, 3]))
        secrets = [fill(line[3:] if line[:3] in TAGS else line, slots) for line in picked]
        body_parts = filler + secrets
        rng.shuffle(body_parts)
        asks = (OTP,)
    title = rng.choice(
        [
            "Notes\n",
            "bank stuff\n",
            "IMPORTANT\n",
            "",
            "Passwords\n" if variant != "note_clean" else "to do\n",
        ]
        if not es
        else ["Notas\n", "cosas del banco\n", "", "IMPORTANTE\n"]
    )
    body = cat(title, joined("\n", body_parts))
    if variant == "note_clean":
        return Paste(variant, "note", body, NOTE_LEADS_CLEAN, replies_of(NOTE_REPLIES, 3), asks)
    return Paste(variant, "note", body, NOTE_LEADS, replies_of(NOTE_REPLIES, 0, 1, 2), asks)


# --- a card typed over several messages -------------------------------------------------

SPLIT_LEADS: Lines = {
    "en": (
        "the photo of my card came out blurry so I'll just type the number",
        "the scan didn't work, typing it",
        "ok the app can't read my card, here",
        "the picture cuts off the number, so:",
        "the screenshot won't upload, I'll type what it says",
    ),
    "es": (
        "la foto de la tarjeta salió borrosa, mejor te escribo el número",
        "no me deja escanear la tarjeta, te lo escribo",
        "mx|la foto no se ve, ahí te va el número",
        "ar|la foto salió movida, te lo paso escrito",
        "es|la foto sale cortada, te lo escribo",
        "co|la foto no cargó, le escribo el número",
    ),
    "mix": (
        "la foto salió blurry, I'll type it",
        "el scan no funcionó, te lo escribo",
        "the picture no se ve, so aquí va",
    ),
}
SPLIT_FIRST: Lines = {
    "en": ("{p}", "number is {p}", "its {p}", "{p}...", "ok {p}"),
    "es": ("{p}", "el número es {p}", "es {p}", "{p}...", "ahí va {p}"),
    "mix": ("{p}", "el number es {p}", "es {p}", "ok {p}"),
}
SPLIT_NEXT: Lines = {
    "en": ("{p}", "then {p}", "and {p}", "{p}"),
    "es": ("{p}", "luego {p}", "y {p}", "{p}"),
    "mix": ("{p}", "y {p}", "then {p}"),
}
SPLIT_EXP: Lines = {
    "en": (" exp {exp}", "\n{exp}", " exp {exp_long}", " good thru {exp}"),
    "es": (" vence {exp}", "\n{exp}", " vto {exp}", " venc {exp_long}"),
    "mix": (" exp {exp}", " vence {exp}", "\n{exp}"),
}
SPLIT_CVV: Lines = {
    "en": (
        "cvv {cvv}",
        "and the back says {cvv}",
        "security code {cvv}",
        "{cvv} is the code on the back",
    ),
    "es": ("cvv {cvv}", "atrás dice {cvv}", "el código de atrás es {cvv}", "código {cvv}"),
    "mix": ("cvv {cvv}", "el back dice {cvv}", "code de atrás {cvv}"),
}
SPLIT_REPLIES: Lines = {
    "en": (
        "Thanks. For your security please don't type full card numbers in chat; I've hidden those messages. The card ending in {last4} is active.",
        "Got it, but please never send the whole card number here. I can find the card with the last four digits.",
        "Thank you, I found it. The card ending in {last4} was locked for suspected fraud; I've unlocked it.",
    ),
    "es": (
        "Gracias. Por tu seguridad no escribas el número completo de la tarjeta en el chat; ya oculté esos mensajes. La tarjeta terminada en {last4} está activa.",
        "Listo, pero por favor nunca mandes el número entero por aquí. Con los últimos cuatro dígitos la encuentro.",
        "Gracias, ya la encontré. La tarjeta terminada en {last4} estaba bloqueada por sospecha de fraude; ya la desbloqueé.",
    ),
}


def split_messages(ctx: Ctx) -> list[Message]:
    """The card typed over two or three messages; only the last part keeps its last four."""
    rng = ctx.rng
    parts = split_card(rng, ctx.person.card)
    out = []
    for j, part in enumerate(parts):
        last = j == len(parts) - 1
        value = secret(CC, part, split=True, keep=4 if last else 0)
        line = cust_line(ctx, SPLIT_FIRST if j == 0 else SPLIT_NEXT, 0.2)
        f = fill(line, {"p": value})
        if last and rng.random() < 0.35:
            f = cat(f, fill(choose(ctx, SPLIT_EXP[ctx.lang]), ctx.slots))
        out.append(msg("customer", f, "split_card"))
    return out


def card_message(ctx: Ctx, lines: Lines, kind: str) -> list[Message]:
    """A customer sends the card, whole or over two or three messages."""
    if ctx.rng.random() < 0.3:
        return split_messages(ctx)
    return [cust_msg(ctx, lines, kind, 0.2)]


def run_split(ctx: Ctx) -> list[Message]:
    rng = ctx.rng
    msgs: list[Message] = []
    if rng.random() < 0.3:
        msgs.append(cust_msg(ctx, GREET))
    msgs.append(cust_msg(ctx, SPLIT_LEADS, "lead"))
    if rng.random() < 0.35:
        msgs.append(agent_msg(ctx, ASKS[CC], "ask", (CC,)))
    elif rng.random() < 0.3:
        msgs.append(
            agent_msg(
                ctx,
                {
                    "en": ("ok go ahead", "Sure, I'm listening.", "ok"),
                    "es": ("ok, adelante", "Claro, dime.", "ok"),
                },
                "reply",
            )
        )
    msgs.extend(split_messages(ctx))
    if rng.random() < 0.3:
        msgs.append(cust_msg(ctx, SPLIT_CVV, "answer", 0.2))
    msgs.append(agent_msg(ctx, SPLIT_REPLIES))
    tail(ctx, msgs)
    return msgs


# --------------------------------------------------------------------------------------
# Conversations
# --------------------------------------------------------------------------------------

ASK_RATE = 0.17
ECHO_OTP: Lines = {
    "en": (
        "I see the code {otp} in your message; that one was sent by us when someone tried to sign in.",
        "The code {otp} you pasted was generated at {time}. Don't give it to anyone.",
    ),
    "es": (
        "Veo el código {otp} en tu mensaje; ese lo enviamos nosotros cuando intentaron entrar a tu cuenta.",
        "El código {otp} que pegaste se generó a las {time}. No se lo des a nadie.",
    ),
}
ECHO_CARD: Lines = {
    "en": (
        "The card you pasted, {card}, is the one we reissued last month.",
        "I see {card} in your message; that card is already closed.",
    ),
    "es": (
        "La tarjeta que pegaste, {card}, es la que repusimos el mes pasado.",
        "Veo la {card} en tu mensaje; esa tarjeta ya está cancelada.",
    ),
}
WARN_ACK: Lines = {
    "en": (
        "ok good to know",
        "oh ok, I didn't know that",
        "ok I won't",
        "got it",
        "ok thanks for telling me",
    ),
    "es": (
        "ok, gracias por avisar",
        "ah ok, no sabía",
        "va, no lo vuelvo a hacer",
        "mx|órale, gracias",
        "es|vale, entendido",
        "ar|dale, entendido",
    ),
    "mix": ("ok, good to know", "ah ok, no sabía", "ok I won't, gracias"),
}


def forbidden_ask(ctx: Ctx, paste: Paste, msgs: list[Message]) -> None:
    rng = ctx.rng
    asks = [k for k in paste.asks if k != SSN or ctx.region == "us"] or [CVV]
    kind = rng.choice(asks)
    if kind == CC and rng.random() < 0.35:
        msgs.append(agent_msg(ctx, ASK_CARD_CVV, "ask", (CC, CVV)))
        if rng.random() < 0.55:
            msgs.append(cust_msg(ctx, COMPLY_CARD_CVV, "answer", 0.2))
            msgs.append(agent_msg(ctx, AFTER_COMPLY))
            return
    else:
        msgs.append(agent_msg(ctx, ASKS[kind], "ask", (kind,)))
        if rng.random() < 0.55:
            if kind == CC:
                msgs.extend(card_message(ctx, COMPLY[CC], "answer"))
            else:
                msgs.append(cust_msg(ctx, COMPLY[kind], "answer", 0.2))
            msgs.append(agent_msg(ctx, AFTER_COMPLY))
            return
    msgs.append(cust_msg(ctx, REFUSE))
    which = rng.randrange(3)
    msgs.append(agent_msg(ctx, AFTER_REFUSE[which], "legit_ask" if which < 2 else "reply"))
    if which < 2:
        msgs.append(cust_msg(ctx, LEGIT[1 - which][1], "chat", 0.2))


def tail(ctx: Ctx, msgs: list[Message]) -> None:
    rng = ctx.rng
    if rng.random() < 0.35:
        msgs.append(cust_msg(ctx, FOLLOW_C))
        msgs.append(agent_msg(ctx, FOLLOW_A))
    if rng.random() < 0.6:
        msgs.append(cust_msg(ctx, CLOSE_C, "chat", 0.5))
        if rng.random() < 0.5:
            msgs.append(agent_msg(ctx, CLOSE_A))


def run_paste(ctx: Ctx, paste: Paste) -> list[Message]:
    rng = ctx.rng
    msgs: list[Message] = []
    if rng.random() < 0.25:
        msgs.append(cust_msg(ctx, GREET))
        if rng.random() < 0.6:
            msgs.append(agent_msg(ctx, AGENT_HELLO, "hello"))
    mkind = "paste_" + paste.group
    lead = fill(cust_line(ctx, paste.leads, 0.4), ctx.slots)
    body = paste.body
    r = rng.random()
    if lead.labels and r >= 0.82:
        r = 0.0
    if r < 0.45:
        sep = (
            rng.choice(["\n", "\n\n", " ", "\n\n\n"])
            if lead.text.endswith(":")
            else rng.choice(["\n", "\n\n", ": ", " ", "\n\n\n"])
        )
        text = cat(lead, sep, body)
    elif r < 0.62:
        text = cat(body, rng.choice(["\n\n", "\n", " ", "\n\n^^ "]), lead)
    elif r < 0.82:
        msgs.append(msg("customer", lead, "lead"))
        text = body
    else:
        text = body
    msgs.append(msg("customer", text, mkind))
    if rng.random() < 0.15:
        msgs.append(
            cust_msg(
                ctx,
                {
                    "en": ("??", "hello?", "is it real or not", "pls answer"),
                    "es": ("??", "¿hola?", "¿es real o no?", "mx|¿me ayudan?"),
                    "mix": ("??", "hello?", "es real or not?"),
                },
                "chat",
                0.2,
            )
        )
    echo = None
    if paste.kind in ("sms_otp", "email_otp", "app_error_otp"):
        echo = ECHO_OTP
    elif paste.kind in ("card_front", "app_card_details", "checkout_form", "form_dispute_card"):
        echo = ECHO_CARD
    if echo is not None and rng.random() < 0.06:
        msgs.append(agent_msg(ctx, echo, "echo"))
    else:
        msgs.append(agent_msg(ctx, paste.replies))
    r = rng.random()
    if r < ASK_RATE and paste.asks:
        forbidden_ask(ctx, paste, msgs)
    elif r < ASK_RATE + 0.3:
        ask, answer = rng.choice(LEGIT)
        msgs.append(agent_msg(ctx, ask, "legit_ask"))
        msgs.append(cust_msg(ctx, answer, "chat", 0.2))
        msgs.append(
            agent_msg(
                ctx,
                {
                    "en": (
                        "Thanks, that matches.",
                        "Thank you, you're verified.",
                        "Perfect, thanks.",
                    ),
                    "es": (
                        "Gracias, coincide.",
                        "Gracias, ya quedaste verificado.",
                        "Perfecto, gracias.",
                    ),
                },
            )
        )
    elif r < ASK_RATE + 0.55:
        msgs.append(agent_msg(ctx, WARN[rng.choice(WARN_TOPICS[paste.group])], "warn"))
        if rng.random() < 0.6:
            msgs.append(cust_msg(ctx, WARN_ACK, "chat", 0.4))
    tail(ctx, msgs)
    return msgs


FAMILIES = {
    "card_front": (fam_card_photo, 6),
    "card_front_back": (fam_card_photo, 3),
    "card_back": (fam_card_photo, 3),
    "card_covered": (fam_card_photo, 3),
    "app_card_details": (fam_app_screen, 5),
    "app_card_masked": (fam_app_screen, 4),
    "declined_screen": (fam_payment, 4),
    "checkout_form": (fam_payment, 4),
    "bank_letter": (fam_letter, 4),
    "letter_ssn": (fam_letter, 2),
    "pin_mailer": (fam_pin, 5),
    "pin_notice": (fam_pin, 2),
    "email_phish": (fam_email, 4),
    "email_otp": (fam_email, 4),
    "email_scam_reply": (fam_email, 3),
    "email_temp_password": (fam_email, 2),
    "email_clean": (fam_email, 3),
    "sms_otp": (fam_sms, 9),
    "sms_scam": (fam_sms, 5),
    "sms_alerts": (fam_sms, 4),
    "receipt": (fam_receipt, 4),
    "order_confirmation": (fam_receipt, 4),
    "rental_folio": (fam_receipt, 1),
    "statement": (fam_statement, 4),
    "app_error": (fam_app_error, 4),
    "app_error_otp": (fam_app_error, 2),
    "app_error_pw": (fam_app_error, 2),
    "form_dispute_card": (fam_form, 3),
    "form_dispute_masked": (fam_form, 2),
    "form_application_ssn": (fam_form, 4),
    "form_w9": (fam_form, 2),
    "note_secrets": (fam_note, 5),
    "note_clean": (fam_note, 2),
    "split_card": (None, 5),
}
US_ONLY = {"letter_ssn", "form_application_ssn", "form_w9"}


def make_ctx(rng: Random, kind: str) -> Ctx:
    lang = rng.choices(["en", "es", "mix"], weights=[45, 35, 20])[0]
    if lang == "en":
        region = "us"
    elif lang == "es":
        region = rng.choices(["mx", "us", "es", "co", "ar"], weights=[30, 25, 15, 15, 15])[0]
    else:
        region = rng.choices(["us", "mx"], weights=[75, 25])[0]
    if kind in US_ONLY:
        region = "us"
    agent_es = lang == "es" or (lang == "mix" and rng.random() < 0.5)
    if lang == "es":
        paste_es = region != "us" or rng.random() < 0.55
    else:
        paste_es = lang == "mix" and rng.random() < 0.35
    hispanic = lang != "en" or rng.random() < 0.3
    person = make_person(rng, region, hispanic)
    if region == "us":
        bank, short, url = rng.choice(US_BANKS)
    else:
        bank, short, url = rng.choice(ES_BANKS[region])
    ctx = Ctx(rng, lang, region, agent_es, paste_es, person, bank, short, url)
    ctx.slots = make_slots(ctx)
    return ctx


def lookalikes_ok(conv: Conversation) -> bool:
    """No unlabelled digit run is a Luhn-valid card or shaped like an SSN."""
    for m in conv.messages:
        chars = list(m.text)
        for lab in m.labels:
            chars[lab.start : lab.end] = "X" * (lab.end - lab.start)
        masked = "".join(chars)
        for run in DIGIT_RUN.finditer(masked):
            d = re.sub(r"\D", "", run.group())
            if 13 <= len(d) <= 19 and luhn.is_valid(d):
                return False
        if re.search(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", masked):
            return False
    return True


def build(rng: Random, kind: str, cid: str) -> Conversation:
    ctx = make_ctx(rng, kind)
    fam, _weight = FAMILIES[kind]
    if fam is None:
        messages = run_split(ctx)
        real_kind = kind
    else:
        paste = fam(ctx, kind)
        messages = run_paste(ctx, paste)
        real_kind = paste.kind
    return Conversation(cid, real_kind, ctx.lang, messages)


def generate(seed: int, count: int = 480) -> list[Conversation]:
    rng = Random(seed)
    kinds = list(FAMILIES)
    weights = [w for _f, w in FAMILIES.values()]
    schedule = kinds[:count] if count >= len(kinds) else []
    schedule += rng.choices(kinds, weights=weights, k=count - len(schedule))
    rng.shuffle(schedule)
    out: list[Conversation] = []
    for i, kind in enumerate(schedule):
        cid = f"b24-{seed}-{i:04d}"
        for _attempt in range(100):
            conv = build(rng, kind, cid)
            if lookalikes_ok(conv):
                break
        else:
            raise RuntimeError(f"could not build a clean {kind} conversation")
        out.append(conv)
    return out
