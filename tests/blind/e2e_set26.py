# ruff: noqa: E501
"""Blind end-to-end set 26: a card issuer's disputes and fraud desk, and assisted typing.

Theme: the chat of a card issuer's disputes and fraud desk, in English, Spanish (Mexico,
Spain, Argentina, Colombia, Chile, Puerto Rico and US Hispanic varieties) and Spanglish.
Customers dispute charges (merchant names, transaction ids, amounts, dates, claim and case
numbers, 23-digit ARNs, 6-character authorization codes that are not secrets, merchant phone
numbers, order and tracking numbers), answer fraud alerts and quote the bank's texts back
(some of them with the bank's own one-time code), get a replacement card after fraud, and fill
in a chargeback form in the chat, sometimes with values they should never type (the full card
number, the CVV, the SSN "for the claim", the online banking password, the code texted to
verify the claim, the PIN "the thief didn't know"). Others type with help: voice dictation
that writes numbers as words or mixed, a relative typing for an elderly parent, screen-reader
users pasting what they heard, customers pasting a whole claim draft from their notes.
Look-alikes that must stay untouched are everywhere: claim numbers, ARNs, auth codes, amounts,
dates, last fours, masked numbers, phone numbers, ZIP codes, national ids of other countries,
Luhn-invalid long references. Agents are mostly legitimate (last four, ZIP, date and amount of
the charge, "never share your code"); a minority are phishers posing as the fraud team, or
careless agents, and ask for forbidden secrets.

Written blind: its author read only lines 1-85 of tests/blind/e2e_set.py (the shared schema),
tests/blind/evaluate_e2e.py (the scorer) and the [tool.ruff] section of pyproject.toml; never
guard's code, rules, tests, benchmarks or README, nor the other blind sets.

`generate(seed)` is deterministic: one seeded `random.Random` drives everything.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from random import Random

from stdnum import luhn

from tests.blind.e2e_set import (
    CC,
    CVV,
    OTP,
    PIN,
    PW,
    SLOT_RE,
    SSN,
    Conversation,
    Label,
    Message,
)

# --------------------------------------------------------------------------------------
# Rendering: templates with slots, secret values labelled where they land
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sec:
    """A secret value for a template slot."""

    type: str
    text: str
    keep: int = 0
    split: bool = False


@dataclass(frozen=True)
class Frag:
    """Text already rendered, with its labels relative to its own start."""

    text: str
    labels: tuple[Label, ...] = ()


Value = str | Sec | Frag
Bank = dict[str, list[str]]
AskBank = dict[str, list[tuple[str, frozenset[str]]]]

SECRET_KEY_TYPE: dict[str, str] = {
    "card": CC,
    "cvv": CVV,
    "ssn": SSN,
    "otp": OTP,
    "pw": PW,
    "pin": PIN,
}


def render(
    template: str, values: dict[str, Value], noise: Callable[[str], str] | None = None
) -> Frag:
    out: list[str] = []
    labels: list[Label] = []
    pos = 0
    last = 0

    def lit(s: str) -> str:
        return noise(s) if noise is not None and s else s

    for m in SLOT_RE.finditer(template):
        piece = lit(template[last : m.start()])
        out.append(piece)
        pos += len(piece)
        value = values[m.group(1)]
        if isinstance(value, Sec):
            labels.append(Label(value.type, pos, pos + len(value.text), value.keep, value.split))
            text = value.text
        elif isinstance(value, Frag):
            labels.extend(
                Label(lab.type, lab.start + pos, lab.end + pos, lab.keep, lab.split_part)
                for lab in value.labels
            )
            text = value.text
        else:
            text = value
        out.append(text)
        pos += len(text)
        last = m.end()
    out.append(lit(template[last:]))
    return Frag("".join(out), tuple(labels))


def join_frags(parts: Sequence[Frag], sep: str) -> Frag:
    values: dict[str, Value] = {f"p{i}": part for i, part in enumerate(parts)}
    template = sep.join(f"{{p{i}}}" for i in range(len(parts)))
    return render(template, values)


# --------------------------------------------------------------------------------------
# How people type: abbreviations, typos, accents dropped, lower case
# --------------------------------------------------------------------------------------

EN_ABBREV: tuple[tuple[str, str], ...] = (
    (r"\byou\b", "u"),
    (r"\bplease\b", "pls"),
    (r"\bPlease\b", "Plz"),
    (r"\bI'm\b", "im"),
    (r"\bdon't\b", "dont"),
    (r"\bdidn't\b", "didnt"),
    (r"\bthanks\b", "thx"),
    (r"\bThanks\b", "Thx"),
    (r"\bbecause\b", "bc"),
    (r"\bit's\b", "its"),
    (r"\bcan't\b", "cant"),
    (r"\bokay\b", "ok"),
    (r"\bwhat\b", "wut"),
    (r"\bare\b", "r"),
    (r"\bto be honest\b", "tbh"),
    (r"\bright now\b", "rn"),
)
ES_ABBREV: tuple[tuple[str, str], ...] = (
    (r"\bque\b", "q"),
    (r"\bpor favor\b", "porfa"),
    (r"\bPor favor\b", "xfa"),
    (r"\bporque\b", "xq"),
    (r"\bpor qué\b", "xq"),
    (r"\btambién\b", "tmb"),
    (r"\bestá\b", "ta"),
    (r"\bpara\b", "pa"),
    (r"\bgracias\b", "grax"),
    (r"\bsaludos\b", "slds"),
    (r"\bde\b", "d"),
    (r"\bmuy\b", "mui"),
)


def strip_accents(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def typo_words(rng: Random, s: str, rate: float) -> str:
    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        if rng.random() >= rate:
            return word
        i = rng.randrange(1, len(word) - 2)
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]

    return re.sub(r"[^\W\d_]{5,}", swap, s)


def make_noise(rng: Random, lang: str) -> Callable[[str], str] | None:
    if rng.random() < 0.3:
        return None
    lower = rng.random() < 0.4
    no_accents = lang != "en" and rng.random() < 0.55
    abbrev = rng.random() < 0.45
    typo = rng.choice((0.0, 0.0, 0.03, 0.06))
    no_punct = rng.random() < 0.3
    if lang == "en":
        subs = EN_ABBREV
    elif lang == "es":
        subs = ES_ABBREV
    else:
        subs = (*EN_ABBREV, *ES_ABBREV)

    def noise(s: str) -> str:
        if abbrev:
            for pat, rep in subs:
                if rng.random() < 0.5:
                    s = re.sub(pat, rep, s)
        if typo:
            s = typo_words(rng, s, typo)
        if no_accents:
            s = strip_accents(s)
        if no_punct:
            s = s.replace("¿", "").replace("¡", "")
            s = re.sub(r"\.(?=\s*$)", "", s)
        if lower:
            s = s.lower()
        return s

    return noise


# --------------------------------------------------------------------------------------
# Values: secrets and look-alikes
# --------------------------------------------------------------------------------------


def digits(rng: Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def alnum(rng: Random, n: int, letters: str = "ABCDEFGHJKLMNPQRSTUVWXYZ") -> str:
    pool = letters + "0123456789"
    return "".join(rng.choice(pool) for _ in range(n))


def luhn_bad(number: str) -> str:
    """The same digits, made Luhn-invalid if they happened to be valid."""
    if len(number) >= 2 and luhn.is_valid(number):
        return number[:-1] + str((int(number[-1]) + 1) % 10)
    return number


BRANDS: tuple[tuple[str, tuple[str, ...], tuple[int, ...], int], ...] = (
    ("visa", ("4",), (16, 16, 16, 16, 13, 19), 30),
    (
        "mastercard",
        ("51", "52", "53", "54", "55", "2221", "2223", "2300", "2410", "2500", "2619", "2720"),
        (16,),
        22,
    ),
    ("amex", ("34", "37"), (15,), 12),
    ("discover", ("6011", "644", "645", "647", "649", "65"), (16, 16, 19), 8),
    ("jcb", ("3528", "3530", "3541", "3566", "3589"), (16, 16, 19), 5),
    ("diners", ("300", "301", "303", "305", "36", "38"), (14,), 5),
    ("unionpay", ("62", "6212", "6250", "6282"), (16, 16, 17, 18, 19), 6),
    ("maestro", ("5018", "5020", "5038", "5893", "6304", "6759", "6761", "6763"), (16, 13, 19), 6),
)


def make_card(rng: Random) -> tuple[str, str]:
    brand, prefixes, lengths, _w = rng.choices(BRANDS, weights=[b[3] for b in BRANDS])[0]
    prefix = rng.choice(prefixes)
    length = rng.choice(lengths)
    body = prefix + digits(rng, length - len(prefix) - 1)
    return brand, body + luhn.calc_check_digit(body)


def card_groups(rng: Random, number: str, brand: str) -> list[int]:
    n = len(number)
    if brand == "amex":
        return rng.choice(([4, 6, 5], [4, 6, 5], [4, 6, 5], [4, 4, 4, 3]))
    if n == 14:
        return rng.choice(([4, 6, 4], [4, 6, 4], [4, 4, 4, 2]))
    if n == 13:
        return rng.choice(([4, 4, 5], [4, 3, 3, 3], [4, 4, 4, 1]))
    if n == 16:
        return rng.choice(([4, 4, 4, 4], [4, 4, 4, 4], [4, 4, 4, 4], [8, 8]))
    if n == 17:
        return [4, 4, 4, 5]
    if n == 18:
        return rng.choice(([4, 4, 4, 6], [6, 12]))
    return rng.choice(([4, 4, 4, 4, 3], [4, 4, 4, 4, 3], [6, 13]))


def fours(length: int) -> list[int]:
    return [4] * (length // 4) + ([length % 4] if length % 4 else [])


def cut(number: str, groups: Sequence[int]) -> list[str]:
    assert sum(groups) == len(number), (number, groups)
    out, i = [], 0
    for g in groups:
        out.append(number[i : i + g])
        i += g
    return out


def format_card(rng: Random, number: str, brand: str) -> str:
    style = rng.choices(
        ("space", "none", "dash", "dot", "mixed", "double"), weights=(45, 18, 22, 4, 6, 5)
    )[0]
    if style == "none":
        return number
    parts = cut(number, card_groups(rng, number, brand))
    if style == "space":
        return " ".join(parts)
    if style == "dash":
        return "-".join(parts)
    if style == "dot":
        return ".".join(parts)
    if style == "double":
        return "  ".join(parts)
    out = parts[0]
    for p in parts[1:]:
        out += rng.choice((" ", "-", " - ", " ")) + p
    return out


def make_ssn(rng: Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def format_ssn(rng: Random, ssn: str) -> str:
    a, g, s = ssn[:3], ssn[3:5], ssn[5:]
    return rng.choices(
        (f"{a}-{g}-{s}", f"{a} {g} {s}", ssn, f"{a}.{g}.{s}", f"{a}-{g} {s}"),
        weights=(58, 15, 20, 4, 3),
    )[0]


PW_WORDS = (
    "Sunflower", "tigre", "Mango", "Loco", "river", "Girasol", "chispita", "Bogota", "Luna",
    "Pelusa", "Maverick", "cumbia", "Dragon", "Coquito", "Pumas", "Boca", "Colo", "Azul",
    "Brisa", "Shadow", "Buster", "Canela", "Tequila", "Monkey", "Sirena", "Yankees", "Bella",
    "Rocky", "Paloma", "Gatito", "Abuela", "Nacho", "Kitty", "Lakers", "Churro", "Morena",
)  # fmt: skip


def make_pw(rng: Random) -> str:
    w1 = rng.choice(PW_WORDS)
    shape = rng.randrange(7)
    year = str(rng.choice((rng.randint(1950, 2024), rng.randint(10, 99))))
    sym = rng.choice("!#$*@&_.%")
    if shape == 0:
        return f"{w1}{sym}{year}"
    if shape == 1:
        return f"{w1.lower()}{year}{sym}"
    if shape == 2:
        w2 = rng.choice(PW_WORDS)
        return f"{w1}{rng.choice('._-')}{w2}{digits(rng, 2)}"
    if shape == 3:
        leet = w1.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return f"{leet}{digits(rng, rng.choice((2, 4)))}{sym}"
    if shape == 4:
        return f"{w1.upper()}{sym}{digits(rng, 3)}"
    if shape == 5:
        return f"{rng.choice(('Mi', 'My', 'Te', 'I'))}{w1}{rng.choice(('Amo', 'Love', 'Es', ''))}{year}{sym}"
    return f"{w1[:3].lower()}{digits(rng, 3)}{w1[3:].upper()}{sym}"


def make_otp(rng: Random) -> str:
    return digits(rng, rng.choices((6, 4, 5, 7, 8), weights=(72, 10, 6, 4, 8))[0])


def make_pin(rng: Random) -> str:
    return digits(rng, 6 if rng.random() < 0.12 else 4)


# ---- look-alikes ----------------------------------------------------------------------

EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")  # fmt: skip
ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip


def make_date(rng: Random, lang: str) -> str:
    y = rng.choice((2023, 2024, 2024, 2025, 2025))
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    if lang == "en":
        return rng.choice(
            (
                f"{m:02d}/{d:02d}/{y}",
                f"{m}/{d}",
                f"{m}/{d}/{y % 100:02d}",
                f"{EN_MONTHS[m - 1]} {d}",
                f"{EN_MONTHS[m - 1][:3]} {d}, {y}",
                f"{EN_MONTHS[m - 1]} {d}{'th' if 10 < d < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}",
                f"{y}-{m:02d}-{d:02d}",
            )
        )
    return rng.choice(
        (
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}",
            f"{d} de {ES_MONTHS[m - 1]}",
            f"{d} de {ES_MONTHS[m - 1]} de {y}",
            f"{d:02d}-{ES_MONTHS[m - 1][:3]}-{y}",
            f"{d:02d}.{m:02d}.{y}",
        )
    )


def make_amount(rng: Random, region: str) -> str:
    small = rng.random() < 0.6
    if region in ("us", "pr"):
        d = rng.randint(3, 299) if small else rng.randint(300, 4999)
        c = rng.choice((0, 99, 49, rng.randint(1, 98)))
        num = f"{d:,}.{c:02d}"
        return rng.choice(
            (
                f"${num}",
                f"${num}",
                f"$ {num}",
                f"{num} USD",
                f"${num} dlls" if region == "pr" else f"${num}",
            )
        )
    if region == "mx":
        d = rng.randint(49, 2999) if small else rng.randint(3000, 45999)
        c = rng.choice((0, 0, 50, 99))
        num = f"{d:,}.{c:02d}"
        return rng.choice((f"${num}", f"${num} MXN", f"{d} pesos", f"MXN {num}"))
    if region == "es":
        d = rng.randint(3, 299) if small else rng.randint(300, 2999)
        c = rng.choice((0, 99, 90, 50, rng.randint(1, 98)))
        ds = f"{d:,}".replace(",", ".")
        return rng.choice(
            (f"{ds},{c:02d} €", f"{d},{c:02d}€", f"{d},{c:02d} euros", f"€{d},{c:02d}")
        )
    if region == "ar":
        d = rng.randint(2000, 99999) if small else rng.randint(100000, 899999)
        ds = f"{d:,}".replace(",", ".")
        return rng.choice((f"$ {ds},00", f"ARS {ds}", f"${ds}", f"{ds} pesos"))
    if region == "co":
        d = rng.randint(10, 999) * 1000 if small else rng.randint(1000, 4999) * 1000
        ds = f"{d:,}".replace(",", ".")
        return rng.choice((f"$ {ds}", f"COP {ds}", f"${ds} pesos", f"${ds}"))
    d = rng.randint(2, 99) * 1000 + rng.choice((990, 490, 0))
    ds = f"{d:,}".replace(",", ".")
    return rng.choice((f"$ {ds}", f"{ds} CLP", f"${ds}"))


def make_phone(rng: Random, region: str) -> str:
    if region == "us":
        a = rng.choice(("800", "888", "866", "877", "855", "415", "212", "305", "713"))
        n = f"01{digits(rng, 2)}"
        return rng.choice(
            (f"({a}) 555-{n}", f"1-{a}-555-{n}", f"{a}.555.{n}", f"{a}-555-{n}", f"+1 {a} 555 {n}")
        )
    if region == "pr":
        return rng.choice(
            (
                f"(787) 555-{digits(rng, 4)}",
                f"1-800-555-{digits(rng, 4)}",
                f"939-555-{digits(rng, 4)}",
            )
        )
    if region == "mx":
        return rng.choice(
            (
                f"55 5{digits(rng, 3)} {digits(rng, 4)}",
                f"+52 55 {digits(rng, 4)} {digits(rng, 4)}",
                f"800 {digits(rng, 3)} {digits(rng, 4)}",
                f"33 {digits(rng, 4)} {digits(rng, 4)}",
            )
        )
    if region == "es":
        return rng.choice(
            (
                f"91{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 3)}",
                f"+34 6{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}",
                f"900 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
            )
        )
    if region == "ar":
        return rng.choice(
            (
                f"+54 11 {digits(rng, 4)}-{digits(rng, 4)}",
                f"0800-{digits(rng, 3)}-{digits(rng, 4)}",
                f"11 {digits(rng, 4)}-{digits(rng, 4)}",
            )
        )
    if region == "co":
        return rng.choice(
            (
                f"601 {digits(rng, 3)} {digits(rng, 4)}",
                f"+57 3{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 4)}",
                f"01 8000 {digits(rng, 6)}",
            )
        )
    return rng.choice(
        (
            f"+56 2 {digits(rng, 4)} {digits(rng, 4)}",
            f"600 {digits(rng, 3)} {digits(rng, 4)}",
            f"+56 9 {digits(rng, 4)} {digits(rng, 4)}",
        )
    )


def make_zip(rng: Random, region: str) -> str:
    if region == "us":
        z = f"{rng.randint(1001, 99950):05d}"
        return z if rng.random() < 0.85 else f"{z}-{digits(rng, 4)}"
    if region == "pr":
        return rng.choice(("00907", "00918", "00926", "00725", "00680", "00961"))
    if region == "mx":
        return f"{rng.randint(1000, 99999):05d}"
    if region == "es":
        return f"{rng.randint(1, 52):02d}{digits(rng, 3)}"
    if region == "ar":
        return rng.choice(
            (
                f"C{rng.randint(1000, 1499)}{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(3))}",
                f"{rng.randint(1000, 9499)}",
            )
        )
    if region == "co":
        return f"{rng.randint(5, 99):02d}{digits(rng, 4)}"
    return f"{rng.randint(1000000, 9999999)}"


def make_natid(rng: Random, region: str) -> str:
    if region == "es":
        n = rng.randint(10000000, 79999999)
        return f"DNI {n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if region == "ar":
        return f"DNI {rng.randint(20, 45)}.{digits(rng, 3)}.{digits(rng, 3)}"
    if region == "co":
        return f"C.C. 1.{rng.randint(0, 99):03d}.{digits(rng, 3)}.{digits(rng, 3)}"
    if region == "cl":
        return f"RUT {rng.randint(5, 24)}.{digits(rng, 3)}.{digits(rng, 3)}-{rng.choice('0123456789K')}"
    if region == "mx":
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        return rng.choice(
            (
                f"CURP {''.join(rng.choice(letters) for _ in range(4))}{rng.randint(50, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.choice('HM')}DF{''.join(rng.choice(letters) for _ in range(3))}{digits(rng, 2)}",
                f"INE {luhn_bad(digits(rng, 13))}",
            )
        )
    if region == "pr":
        return f"licencia {digits(rng, 7)}"
    return f"pasaporte G{digits(rng, 8)}"


def make_medicare(rng: Random) -> str:
    let = "ACDEFGHJKMNPQRTUVWXY"
    an = let + "0123456789"
    return (
        f"{rng.randint(1, 9)}{rng.choice(let)}{rng.choice(an)}{rng.randint(0, 9)}-"
        f"{rng.choice(let)}{rng.choice(an)}{rng.randint(0, 9)}-"
        f"{rng.choice(let)}{rng.choice(let)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
    )


def make_claim(rng: Random, lang: str) -> str:
    y = rng.choice((2024, 2025))
    if lang == "es":
        return rng.choice(
            (
                f"AC-{digits(rng, 8)}",
                f"{rng.randint(1, 9)}{digits(rng, 9)}",
                f"RC-{y}-{digits(rng, 6)}",
                f"CB{digits(rng, 8)}",
                f"ACL{digits(rng, 7)}",
            )
        )
    return rng.choice(
        (
            f"CLM-{digits(rng, 8)}",
            f"DSP-{y}-{digits(rng, 6)}",
            f"{rng.randint(1, 9)}{digits(rng, 8)}",
            f"CB{digits(rng, 8)}",
            f"{rng.randint(1, 9)}{digits(rng, 9)}",
            f"D{digits(rng, 7)}",
        )
    )


def make_arn(rng: Random) -> str:
    return rng.choice(("74", "74", "24", "75", "85")) + digits(rng, 21)


def make_auth(rng: Random) -> str:
    if rng.random() < 0.4:
        return digits(rng, 6)
    while True:
        code = alnum(rng, 6)
        if any(c.isdigit() for c in code) and any(c.isalpha() for c in code):
            return code


def make_txn(rng: Random) -> str:
    y, m, d = rng.choice((24, 25)), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        (
            f"TXN{digits(rng, 10)}",
            luhn_bad(f"{rng.randint(1, 9)}{digits(rng, 13)}"),
            alnum(rng, 12),
            f"{y}{m:02d}{d:02d}-{digits(rng, 6)}",
            f"T-{alnum(rng, 4)}-{alnum(rng, 4)}",
        )
    )


def make_ref(rng: Random) -> str:
    """A long reference that looks like a card but fails the Luhn check."""
    prefix = rng.choice(("4", "5", "37", "6011", "3", "8", "9"))
    length = rng.choice((15, 16, 16, 16, 19))
    number = luhn_bad(prefix + digits(rng, length - len(prefix)))
    if length == 16 and rng.random() < 0.5:
        return " ".join(cut(number, [4, 4, 4, 4]))
    return number


def amazon_order(rng: Random) -> str:
    n = luhn_bad("1" + digits(rng, 16))
    return f"{n[:3]}-{n[3:10]}-{n[10:]}"


def make_order(rng: Random, region: str) -> str:
    if region in ("us", "pr"):
        return rng.choice(
            (
                amazon_order(rng),
                f"W{digits(rng, 9)}",
                f"#{digits(rng, 6)}",
                f"{alnum(rng, 3)}-{digits(rng, 5)}",
                f"BBY01-{digits(rng, 12)}",
                amazon_order(rng),
            )
        )
    return rng.choice(
        (
            luhn_bad(f"2000{digits(rng, 12)}"),
            f"#{digits(rng, 6)}",
            f"{digits(rng, 10)}",
            f"PED-{digits(rng, 7)}",
            f"{alnum(rng, 8)}",
        )
    )


def ups_tracking(rng: Random) -> str:
    """1Z, a shipper code, a service code and a package number; never a Luhn-valid digit tail."""
    code = f"1Z{alnum(rng, 6)}{digits(rng, 10)}"
    tail = re.search(r"\d+$", code)
    assert tail is not None
    return code[: tail.start()] + luhn_bad(tail.group())


def make_tracking(rng: Random, region: str) -> str:
    usps = "94001" + digits(rng, 17)
    options = [
        ups_tracking(rng),
        " ".join(cut(usps, [4, 4, 4, 4, 4, 2])),
        usps,
        " ".join(cut(digits(rng, 12), [4, 4, 4])),
    ]
    if region != "us":
        options += [
            f"{rng.choice(('RR', 'CX', 'LX', 'PQ'))}{digits(rng, 9)}{rng.choice(('ES', 'MX', 'AR', 'CO', 'CN'))}",
            f"{digits(rng, 10)}",
            f"{digits(rng, 22)}",
        ]
    return rng.choice(options)


def make_masked(rng: Random, last4: str) -> str:
    return rng.choice(
        (
            f"**** {last4}",
            f"**** **** **** {last4}",
            f"XXXX-XXXX-XXXX-{last4}",
            f"xxxx{last4}",
            f"•••• {last4}",
            f"*{last4}",
            f"...{last4}",
            f"XXXXXXXXXXXX{last4}",
        )
    )


MERCHANTS_EN = (
    "AMZN Mktp US*2K4L81", "UBER *TRIP", "SQ *BLUE BOTTLE COFFEE", "PAYPAL *EBAY", "NETFLIX.COM",
    "WALMART.COM", "TST* The Rusty Spoon", "APPLE.COM/BILL", "SPOTIFY USA", "DOORDASH*CHIPOTLE",
    "BESTBUY 00012345", "TARGET T-1234", "SHELL OIL 57444", "HOTELS.COM", "LYFT *RIDE SAT 8PM",
    "STEAMGAMES.COM 4259522985", "GOOGLE *YouTube TV", "SHEIN.COM", "TEMU.COM", "CASH APP*JOHN D",
    "COSTCO WHSE #0482", "MICROSOFT*XBOX", "HULU 877-8244858", "PLAYSTATION NETWORK",
    "AIRBNB * HMQ4X2", "GRUBHUB*PIZZAHUT", "INSTACART", "SEPHORA.COM", "NIKE.COM",
    "ETSY.COM - MakerShop", "CHEWY.COM", "ADOBE *CREATIVE CLD", "SP * GYMSHARK", "WISH.COM",
)  # fmt: skip
MERCHANTS_ES = (
    "MERCADOPAGO*MERCADOLIBRE", "OXXO 1234", "RAPPI*RESTAURANTE", "DIDI FOOD", "LIVERPOOL INSURGENTES",
    "EL CORTE INGLES", "MERCADONA", "GLOVO", "CABIFY", "FALABELLA", "EXITO CALLE 80", "DESPEGAR.COM",
    "CINEPOLIS", "SANBORNS", "COPPEL", "ZARA.COM", "RENFE VIAJEROS", "VUELING", "AEROMEXICO",
    "BODEGA AURRERA", "PEDIDOSYA", "NETFLIX.COM", "SPOTIFY", "AMAZON MX", "UBER *EATS", "TEMU.COM",
)  # fmt: skip

EN_FIRST = ("Linda", "James", "Patricia", "Robert", "Tasha", "Kevin", "Maria", "David", "Donna", "Ray", "Grace", "Tyrone")  # fmt: skip
EN_LAST = ("Johnson", "Miller", "Nguyen", "Okafor", "Walsh", "Hernandez", "Brooks", "Kowalski", "Patel", "Reed")  # fmt: skip
ES_FIRST = ("María", "José", "Guadalupe", "Juan Carlos", "Lucía", "Rosa", "Alejandro", "Carmen", "Héctor", "Paola", "Ana Sofía", "Luis")  # fmt: skip
ES_LAST = ("García", "Rodríguez", "Hernández", "Martínez", "López", "Pérez", "Gómez", "Sánchez", "Ramírez", "Torres", "Fernández")  # fmt: skip
BANKS_EN = ("Cardinal Bank", "NorthStar Card", "Summit Federal CU", "Harbor Trust", "BlueRidge Card", "Keystone Visa")  # fmt: skip
BANKS_ES = ("Banco Solera", "Tarjetas Alianza", "Banca Meridiana", "BancoNorte", "Caja Altamira", "Banco Austral")  # fmt: skip
AGENTS_EN = ("Dana", "Marcus", "Priya", "Kevin", "Alicia", "Tom", "Jordan", "Mei")
AGENTS_ES = ("Mariana", "Jorge", "Lucía", "Andrés", "Valentina", "Óscar", "Ximena", "Rodrigo")
REASONS_EN = ("never received", "cancelled subscription", "duplicate charge", "fraud, I didn't authorize it", "item not as described", "refund never credited")  # fmt: skip
REASONS_ES = ("no recibí el producto", "cargo duplicado", "no reconozco la compra", "cancelé la suscripción", "el reembolso no se acreditó", "fraude")  # fmt: skip
RELS_EN = (("mom", "her", "she"), ("dad", "his", "he"), ("grandma", "her", "she"), ("grandpa", "his", "he"), ("aunt", "her", "she"), ("father-in-law", "his", "he"))  # fmt: skip
RELS_ES = (("mamá", "ella"), ("papá", "él"), ("abuela", "ella"), ("abuelo", "él"), ("suegra", "ella"), ("tía", "ella"))  # fmt: skip

REGIONS: dict[str, tuple[str, ...]] = {
    "en": ("us",),
    "es": ("mx", "mx", "mx", "es", "es", "ar", "co", "cl", "pr", "us"),
    "mix": ("us", "us", "pr", "mx"),
}


@dataclass
class Ctx:
    lang: str
    region: str
    brand: str
    number: str
    ssn: str
    otp: str
    pin: str
    cvv: str
    v: dict[str, Value]


def make_ctx(rng: Random, lang: str) -> Ctx:
    region = rng.choice(REGIONS[lang])
    tlang = "en" if lang == "en" or (lang == "mix" and rng.random() < 0.5) else "es"
    brand, number = make_card(rng)
    ssn = make_ssn(rng)
    otp = make_otp(rng)
    pin = make_pin(rng)
    cvv = digits(rng, 4 if brand == "amex" else 3)
    last4 = number[-4:]
    spanish = lang == "es"
    first = rng.choice(ES_FIRST if spanish or (lang == "mix" and rng.random() < 0.7) else EN_FIRST)
    last = rng.choice(ES_LAST if spanish or lang == "mix" else EN_LAST)
    rel_en = rng.choice(RELS_EN)
    rel_es = rng.choice(RELS_ES)
    m, yy = rng.randint(1, 12), rng.randint(25, 31)
    uname = strip_accents(first.split()[0].lower())
    v: dict[str, Value] = {
        "card": Sec(CC, format_card(rng, number, brand), keep=4),
        "cvv": Sec(CVV, cvv),
        "ssn": Sec(SSN, format_ssn(rng, ssn), keep=4),
        "otp": Sec(OTP, otp),
        "pin": Sec(PIN, pin),
        "pw": Sec(PW, make_pw(rng)),
        "bank": rng.choice(BANKS_ES if spanish else BANKS_EN),
        "merchant": rng.choice(MERCHANTS_ES if region not in ("us",) or spanish else MERCHANTS_EN),
        "merchant2": rng.choice(MERCHANTS_EN + MERCHANTS_ES),
        "amount": make_amount(rng, region),
        "amount2": make_amount(rng, region),
        "date": make_date(rng, tlang),
        "date2": make_date(rng, tlang),
        "claim": make_claim(rng, tlang),
        "case": rng.choice(
            (f"REF-{alnum(rng, 4)}-{alnum(rng, 4)}", f"#{digits(rng, 7)}", f"C-{digits(rng, 6)}")
        ),
        "mcase": rng.choice(
            (
                digits(rng, 8),
                f"CS{digits(rng, 7)}",
                f"#{digits(rng, 6)}",
                f"{alnum(rng, 3)}-{digits(rng, 5)}",
            )
        ),
        "arn": make_arn(rng),
        "auth": make_auth(rng),
        "txn": make_txn(rng),
        "ref": make_ref(rng),
        "phone": make_phone(rng, region),
        "myphone": make_phone(rng, region if region != "us" else "us"),
        "zip": make_zip(rng, region),
        "last4": last4,
        "last4b": digits(rng, 4),
        "masked": make_masked(rng, last4),
        "order": make_order(rng, region),
        "tracking": make_tracking(rng, region),
        "exp": rng.choice(
            (f"{m:02d}/{yy}", f"{m}/{yy}", f"{m:02d}/20{yy}", f"{m:02d}{yy}", f"{m:02d}-{yy}")
        ),
        "dob": (
            f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(1932, 1998)}"
            if tlang == "en" and region in ("us", "pr")
            else f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1932, 1998)}"
        ),
        "name": f"{first} {last}",
        "agent": rng.choice(AGENTS_ES if spanish else AGENTS_EN),
        "user": rng.choice(
            (
                f"{uname}{last[0].lower()}{rng.randint(50, 99)}",
                f"{uname}.{strip_accents(last.lower())}",
                f"{uname}_{rng.randint(1940, 2001)}",
                f"{uname[0]}{strip_accents(last.lower())}",
            )
        ),
        "natid": make_natid(rng, region),
        "medicare": make_medicare(rng),
        "ssn4": ssn[-4:],
        "reason": rng.choice(REASONS_ES if tlang == "es" else REASONS_EN),
        "rel": rel_en[0],
        "pos": rel_en[1],
        "Pos": rel_en[1].capitalize(),
        "subj": rel_en[2],
        "Subj": rel_en[2].capitalize(),
        "rel_es": rel_es[0],
        "el": rel_es[1],
        "age": str(rng.randint(72, 94)),
        "days": str(rng.choice((3, 5, 7, 10))),
        "short": str(rng.choice((72166, 227898, 33748, 89203, 692632, 96923))),
    }
    return Ctx(lang, region, brand, number, ssn, otp, pin, cvv, v)


# --------------------------------------------------------------------------------------
# Numbers as words: voice dictation and screen readers
# --------------------------------------------------------------------------------------

EN_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
ES_DIGIT_WORDS = ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")
EN_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")  # fmt: skip
EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
ES_TEENS = ("diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve")  # fmt: skip
ES_TWENTIES = ("veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve")  # fmt: skip
ES_TENS = (
    "",
    "",
    "",
    "treinta",
    "cuarenta",
    "cincuenta",
    "sesenta",
    "setenta",
    "ochenta",
    "noventa",
)


def en_pair(n: int) -> str:
    if n < 10:
        return f"oh {EN_DIGIT_WORDS[n]}"
    if n < 20:
        return EN_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return (
        EN_TENS[tens]
        if unit == 0
        else f"{EN_TENS[tens]}{'-' if n % 3 else ' '}{EN_DIGIT_WORDS[unit]}"
    )


def es_pair(n: int) -> str:
    if n < 10:
        return f"cero {ES_DIGIT_WORDS[n]}"
    if n < 20:
        return ES_TEENS[n - 10]
    if n < 30:
        return ES_TWENTIES[n - 20]
    tens, unit = divmod(n, 10)
    return ES_TENS[tens] if unit == 0 else f"{ES_TENS[tens]} y {ES_DIGIT_WORDS[unit]}"


def spell(
    rng: Random, number: str, lang: str, groups: Sequence[int] | None = None, pairs: bool = False
) -> str:
    """Digits written out as words, the way dictation software or a person types them."""
    es = lang == "es"
    if pairs and len(number) % 2 == 0:
        chunks = [number[i : i + 2] for i in range(0, len(number), 2)]
        words = [es_pair(int(c)) if es else en_pair(int(c)) for c in chunks]
        return rng.choice((" ", ", ", " ")).join(words)
    table = list(ES_DIGIT_WORDS if es else EN_DIGIT_WORDS)
    if not es and rng.random() < 0.4:
        table[0] = "oh"
    inner = rng.choice((" ", " ", "-", ", "))
    between = rng.choice((", ", " ", "... ", " - ", ". ")) if groups else inner
    parts = cut(number, groups) if groups else [number]
    out = between.join(inner.join(table[int(d)] for d in part) for part in parts)
    if rng.random() < 0.25:
        out = out[0].upper() + out[1:]
    return out


def mixed(rng: Random, number: str, lang: str, groups: Sequence[int]) -> str:
    """Some groups as digits, some as words: dictation that half understood."""
    parts = cut(number, groups)
    as_words = [rng.random() < 0.5 for _ in parts]
    if all(as_words):
        as_words[rng.randrange(len(parts))] = False
    if not any(as_words):
        as_words[rng.randrange(len(parts))] = True
    table = ES_DIGIT_WORDS if lang == "es" else EN_DIGIT_WORDS
    rendered = [
        " ".join(table[int(d)] for d in p) if w else p for p, w in zip(parts, as_words, strict=True)
    ]
    return rng.choice((" ", ", ", " ")).join(rendered)


def spaced(rng: Random, number: str, groups: Sequence[int] | None = None) -> str:
    """Digits one by one, the way a screen reader reads them back."""
    inner = rng.choice((" ", " ", ", ", " "))
    if not groups:
        return inner.join(number)
    between = rng.choice((", ", "  ", " - ", ". ", ", "))
    return between.join(inner.join(p) for p in cut(number, groups))


def words_amount(rng: Random, lang: str) -> str:
    d, c = rng.randint(11, 99), rng.randint(10, 99)
    if lang == "es":
        return rng.choice(
            (f"{es_pair(d)} con {es_pair(c)}", f"{es_pair(d)} pesos", f"mil {es_pair(d)} pesos")
        )
    return rng.choice(
        (
            f"{en_pair(d)} {en_pair(c)}",
            f"{en_pair(d)} dollars and {en_pair(c)} cents",
            f"a hundred and {en_pair(d)} bucks",
        )
    )


# --------------------------------------------------------------------------------------
# Template banks
# --------------------------------------------------------------------------------------

AGENT_OPEN: Bank = {
    "en": [
        "Hi, you're chatting with {agent} from the {bank} disputes team. How can I help today?",
        "Thanks for contacting {bank} Fraud & Disputes. My name is {agent}, what can I do for you?",
        "Hello! {agent} here. I can help you with a charge or a fraud alert.",
        "Welcome to {bank} chat. You're connected with {agent}.",
        "Hi there, this is {agent}. I see you have a question about a transaction?",
    ],
    "es": [
        "Hola, le atiende {agent} del área de aclaraciones de {bank}. ¿En qué le puedo ayudar?",
        "Buen día, soy {agent} de {bank}, área de fraudes y contracargos.",
        "¡Hola! Te saluda {agent} de {bank}. Cuéntame qué pasó con el cargo.",
        "Bienvenido al chat de {bank}, le atiende {agent}.",
        "Hola, soy {agent}. ¿Tienes una consulta sobre un movimiento de tu tarjeta?",
    ],
}

DISPUTE_OPEN: Bank = {
    "en": [
        "hi, there's a charge on my card I don't recognize. {merchant} for {amount} on {date}",
        "I need to dispute a charge please. {merchant}, {amount}, posted {date}.",
        "Hello I was charged {amount} by {merchant} and I never received the item. Order {order}",
        "someone used my card?? i see {amount} at {merchant} and i was at work all day on {date}",
        "I want to open a chargeback. {merchant} said they refunded me but it never showed up. They gave me reference number {arn}",
        "Got double charged at {merchant}, two charges of {amount} on {date}",
        "Hi. I canceled my subscription with {merchant} and they still charged me {amount} on {date}.",
        "There's a pending charge of {amount} from {merchant} that I didn't make. Card ending in {last4}.",
        "Good morning, I'd like to dispute a transaction. Merchant: {merchant}. Amount: {amount}. Date: {date}.",
        "my statement shows {merchant} {amount} and i have no idea what that is",
        "HELLO I NEED TO REPORT A CHARGE I DID NOT MAKE {amount} {merchant}",
        "Hey, quick one. {merchant} charged me {amount} twice, once {date} and again {date2}",
        "I returned the stuff to {merchant} weeks ago (tracking {tracking}) and still no refund of {amount}",
        "Fraud on my account. {amount} at {merchant}, {amount2} at {merchant2}. Neither was me.",
    ],
    "es": [
        "Hola, tengo un cargo que no reconozco de {merchant} por {amount} del {date}",
        "Buenas tardes, quiero hacer una aclaración por un cargo de {amount} en {merchant}",
        "Me cobraron dos veces en {merchant}, {amount} cada uno, el {date}",
        "Oiga, me aparece un cargo de {merchant} por {amount} y yo no compré nada",
        "Hola, quiero disputar un cobro. Compré en {merchant} el {date} y nunca me llegó el pedido {order}",
        "Che, me debitaron {amount} de {merchant} y no fui yo",
        "Buenas, me han cobrado {amount} en {merchant} el {date} y no he sido yo",
        "Quiero reclamar un cargo de {amount}, el comercio es {merchant}. Tarjeta terminación {last4}",
        "Regáleme ayuda por favor, me salió un cobro de {merchant} por {amount} que no reconozco",
        "Hola! Cancelé la suscripción de {merchant} y me siguieron cobrando {amount}",
        "buenas noches, devolví un producto a {merchant} hace un mes (guía {tracking}) y no me regresan los {amount}",
        "Hola, tengo dos compras raras: {amount} en {merchant} y {amount2} en {merchant2}. Ninguna la hice yo",
        "Necesito hacer un contracargo urgente, {merchant} me cobró {amount} el {date}",
    ],
    "mix": [
        "hola, tengo un charge de {merchant} por {amount} que no reconozco",
        "Hi, necesito hacer un dispute de un cargo de {amount} en {merchant} del {date}",
        "oye me hicieron double charge en {merchant}, {amount} dos veces",
        "Hello, me aparece un pending charge de {amount} y yo no fui, card ending {last4}",
        "quiero abrir un chargeback porque {merchant} never sent my order {order}",
        "hi! el refund de {merchant} nunca llegó, they said it was processed on {date}",
    ],
}

AGENT_VERIFY: Bank = {
    "en": [
        "I'm sorry to hear that. Can you confirm the last four digits of the card the charge posted to?",
        "To verify the account, what's the billing ZIP code?",
        "Could you please confirm your full name and date of birth?",
        "Before we start, can I get the last 4 of the card and the ZIP code on file?",
        "Thanks. For verification, please confirm the last four digits of your card only. Don't send the full number.",
        "Sure. What's the name on the account and the billing zip?",
    ],
    "es": [
        "Lamento lo sucedido. ¿Me confirma los últimos 4 dígitos de la tarjeta?",
        "Para validar su identidad, ¿me indica el código postal registrado?",
        "¿Me puede dar su nombre completo y fecha de nacimiento?",
        "Vale, ¿me dices los cuatro últimos dígitos de la tarjeta, por favor?",
        "Para ubicar la cuenta necesito solo los últimos 4 dígitos de la tarjeta, no el número completo.",
        "¿Me confirmás tu nombre y la fecha de nacimiento del titular?",
    ],
}

CUST_VERIFY: Bank = {
    "en": [
        "last four is {last4}",
        "ending in {last4}. zip {zip}",
        "It's the card that ends {last4}, zip code {zip}",
        "{name}, DOB {dob}",
        "{last4}",
        "card ends in {last4} and my zip is {zip}",
        "name is {name}, born {dob}, zip {zip}",
        "the one ending {masked} on the app",
    ],
    "es": [
        "terminación {last4}",
        "los últimos 4 son {last4} y mi CP es {zip}",
        "{name}, nací el {dob}",
        "{last4}",
        "la tarjeta termina en {last4}, código postal {zip}",
        "Soy {name}, fecha de nacimiento {dob}. {natid}",
        "en la app sale {masked}",
    ],
    "mix": [
        "ending {last4}, mi zip es {zip}",
        "los last four son {last4}",
        "{name}, DOB {dob}",
    ],
}

# Follow-up questions about the charge, each with fitting answers.
DETAIL_TOPICS: dict[str, dict[str, Bank]] = {
    "order": {
        "ask": {
            "en": [
                "Do you have the order number from the merchant?",
                "What's the order number on the receipt or confirmation email?",
            ],
            "es": [
                "¿Tiene el número de pedido del comercio?",
                "¿Me compartes el número de orden que aparece en el correo de confirmación?",
            ],
        },
        "ans": {
            "en": [
                "order number is {order}",
                "Order # {order}, placed {date}",
                "the confirmation email says order {order}",
            ],
            "es": [
                "el pedido es el {order}",
                "número de orden {order}, del {date}",
                "en el correo dice pedido {order}",
            ],
            "mix": ["el order number es {order}"],
        },
    },
    "tracking": {
        "ask": {
            "en": [
                "Do you have a tracking number for the return or the delivery?",
                "Did the merchant give you a tracking number?",
            ],
            "es": [
                "¿Tiene el número de guía o de seguimiento?",
                "¿Le dieron algún número de rastreo?",
            ],
        },
        "ans": {
            "en": [
                "tracking: {tracking}",
                "it says delivered but nothing came, tracking {tracking}",
                "Return tracking number {tracking}, shipped {date}",
            ],
            "es": [
                "la guía es {tracking}",
                "el rastreo {tracking} dice entregado pero no me llegó nada",
                "número de seguimiento: {tracking}",
            ],
            "mix": ["el tracking es {tracking}"],
        },
    },
    "arn": {
        "ask": {
            "en": [
                "If the merchant says they refunded you, they should have an ARN, a 23-digit reference. Do you have it?",
                "Can you share the refund reference number (ARN) the merchant gave you?",
            ],
            "es": [
                "Si el comercio dice que le reembolsó, debe tener un ARN de 23 dígitos. ¿Lo tiene?",
                "¿Me comparte el número de referencia del reembolso (ARN) que le dio el comercio?",
            ],
        },
        "ans": {
            "en": [
                "ARN {arn}",
                "they emailed me this: {arn}",
                "the refund reference is {arn} dated {date}",
                "here: {arn}",
            ],
            "es": [
                "ARN {arn}",
                "me mandaron esta referencia: {arn}",
                "la referencia del reembolso es {arn}",
            ],
            "mix": ["el ARN que me dieron es {arn}"],
        },
    },
    "auth": {
        "ask": {
            "en": [
                "What's the authorization code shown next to the transaction? It's a 6-character code, not a password.",
                "In the app, tap the transaction. Do you see an auth code? Can you read it to me?",
            ],
            "es": [
                "¿Me confirma el código de autorización que aparece junto al movimiento? Son 6 caracteres.",
                "En la app, toque el movimiento. ¿Me dice el número de autorización?",
            ],
        },
        "ans": {
            "en": [
                "auth code {auth}",
                "it says Authorization: {auth}",
                "{auth}",
                "approval code {auth} on {date}",
            ],
            "es": [
                "autorización {auth}",
                "el código de autorización es {auth}",
                "{auth}",
                "dice Aut. {auth}",
            ],
            "mix": ["el auth code es {auth}"],
        },
    },
    "phone": {
        "ask": {
            "en": [
                "Did you try contacting the merchant first? Do you have their number?",
                "Which number did you call at the merchant?",
            ],
            "es": [
                "¿Ya intentó contactar al comercio? ¿Tiene su teléfono?",
                "¿A qué número llamó del comercio?",
            ],
        },
        "ans": {
            "en": [
                "yes I called {phone} twice, nobody answers",
                "their number on the statement is {phone}",
                "I called {phone} on {date} and they hung up on me",
            ],
            "es": [
                "sí, llamé al {phone} y nadie contesta",
                "el teléfono que sale en el estado de cuenta es {phone}",
                "marqué al {phone} el {date} y me colgaron",
            ],
            "mix": ["les llamé al {phone} pero nobody answers"],
        },
    },
    "mcase": {
        "ask": {
            "en": ["Did the merchant give you a case or ticket number?"],
            "es": ["¿El comercio le dio un número de caso o de ticket?"],
        },
        "ans": {
            "en": [
                "their case number is {mcase}",
                "ticket {mcase}, the rep was named Kevin",
                "case {mcase} opened {date}",
            ],
            "es": ["me dieron el caso {mcase}", "ticket {mcase}, me atendió una tal Karen"],
            "mix": ["me dieron el case number {mcase}"],
        },
    },
    "txn": {
        "ask": {
            "en": ["Can you send me the transaction ID from the app so I pick the right one?"],
            "es": ["¿Me pasa el ID de la transacción que sale en la app?"],
        },
        "ans": {
            "en": ["transaction id {txn}", "ID: {txn}, {amount}", "it says Transaction {txn}"],
            "es": ["ID de transacción {txn}", "el id es {txn} por {amount}"],
            "mix": ["el transaction ID es {txn}"],
        },
    },
    "when": {
        "ask": {
            "en": [
                "What was the date and the exact amount of the charge?",
                "When did the charge post, and for how much?",
            ],
            "es": [
                "¿Cuál fue la fecha y el monto exacto del cargo?",
                "¿Qué día se hizo el cargo y por cuánto?",
            ],
        },
        "ans": {
            "en": [
                "{date}, {amount}",
                "it was {amount} on {date}, and another {amount2} on {date2}",
                "posted {date} for {amount}",
            ],
            "es": [
                "el {date} por {amount}",
                "fue de {amount} el {date} y otro de {amount2} el {date2}",
                "{amount}, {date}",
            ],
            "mix": ["fue el {date}, {amount}"],
        },
    },
    "ref": {
        "ask": {
            "en": ["Is there any reference number on the merchant's receipt?"],
            "es": ["¿El ticket del comercio trae algún número de referencia?"],
        },
        "ans": {
            "en": [
                "the receipt has Ref {ref}",
                "there's a long number on it: {ref}",
                "ref no. {ref} and invoice {mcase}",
            ],
            "es": ["el ticket dice Ref. {ref}", "hay un número largo: {ref}"],
            "mix": ["el receipt dice Ref {ref}"],
        },
    },
}

AGENT_INFO: Bank = {
    "en": [
        "I've opened dispute {claim} for {amount}. You'll see a provisional credit within {days} business days.",
        "Your claim number is {claim}. Please keep it for your records.",
        "The card ending in {last4} is now blocked. A replacement will ship to the address on file in 5-7 business days.",
        "The merchant has 45 days to respond. We'll update you by email about case {claim}.",
        "Reference for this chat: {case}. If anyone calls asking for codes, hang up, that's not us.",
        "I see the charge: {merchant}, {amount}, auth code {auth}, posted {date}.",
        "The refund was processed by the merchant on {date} with ARN {arn}. It can take up to 10 days to post.",
        "Done. Claim {claim} is filed and a temporary credit of {amount} will show as pending.",
        "You can follow the claim at {bank} online > Disputes, or call us at {phone}.",
    ],
    "es": [
        "Listo, abrí la aclaración {claim} por {amount}. Verá un abono provisional en {days} días hábiles.",
        "Su número de folio es {claim}. Consérvelo por favor.",
        "La tarjeta terminación {last4} quedó bloqueada. La reposición llegará a su domicilio en 5 a 7 días hábiles.",
        "El comercio tiene 45 días para responder. Le avisaremos por correo sobre el caso {claim}.",
        "Referencia de este chat: {case}. Si alguien le llama pidiendo códigos, cuelgue; no somos nosotros.",
        "Veo el cargo: {merchant}, {amount}, autorización {auth}, del {date}.",
        "El comercio procesó el reembolso el {date} con ARN {arn}. Puede tardar hasta 10 días en reflejarse.",
        "Hecho. El reclamo {claim} quedó registrado y se le abonará {amount} de forma provisional.",
        "Puede dar seguimiento en la app de {bank} o al {phone}.",
    ],
}

WARN: dict[str, Bank] = {
    "general": {
        "en": [
            "Quick reminder: {bank} will never ask you for your PIN, your password or the one-time codes we send. If anyone does, it's a scam.",
            "Heads up: we don't need your SSN, password or PIN to file a dispute. Please never send those here.",
        ],
        "es": [
            "Le recuerdo que {bank} nunca le pedirá su NIP, contraseña ni los códigos que le enviamos por SMS.",
            "Ojo: nunca te vamos a pedir la clave del SMS ni tu contraseña. Si alguien te la pide, es fraude.",
        ],
    },
    "card": {
        "en": [
            "Please don't type your full card number or CVV in this chat. The last four digits are all I need.",
            "Please delete that message if you can, and don't send the full card number or security code again. I only need the last 4.",
            "For your safety I've masked that number on our side. In the future, only the last four digits, please.",
        ],
        "es": [
            "Por favor no escriba el número completo de la tarjeta ni el CVV en este chat; con los últimos 4 dígitos es suficiente.",
            "Si puede, borre ese mensaje y no vuelva a enviar el número completo ni el código de seguridad. Solo necesito los últimos 4.",
            "Por su seguridad ocultamos ese número. La próxima vez, solo los últimos cuatro dígitos, por favor.",
        ],
    },
    "code": {
        "en": [
            "For your security, never share the verification code from our texts with anyone, including me.",
            "If someone calls saying they're from our fraud team and asks for the code we sent, hang up and call the number on the back of your card.",
            "That code is only for you to enter in the app. Please don't send it in chat or read it to anyone on the phone.",
        ],
        "es": [
            "Por su seguridad, no comparta el código de verificación con nadie, ni siquiera conmigo.",
            "Si alguien le llama diciendo que es del área de fraudes y le pide el código, cuelgue y llame al número al reverso de su tarjeta.",
            "Ese código es solo para que usted lo ingrese en la app. No lo mande por chat ni se lo lea a nadie por teléfono.",
        ],
    },
    "pin": {
        "en": [
            "You'll set a new PIN for the replacement card at an ATM or in the app. Please don't send it to us.",
            "Please don't share your PIN here or with anyone. We can't see or set it for you; you choose it at activation.",
        ],
        "es": [
            "El PIN de la nueva tarjeta lo asigna usted en cajero o en la app; no nos lo envíe por aquí.",
            "No comparta su NIP por aquí ni con nadie. Nosotros no lo vemos ni lo asignamos; usted lo elige al activar.",
        ],
    },
    "pw": {
        "en": [
            "Please don't share your password with anyone, including us. Use the reset link instead, and pick a new one since this one was typed here.",
            "I can't check passwords, and you should never send one in chat. Please reset it now.",
        ],
        "es": [
            "No comparta su contraseña con nadie, ni con nosotros. Use el enlace para restablecerla y elija una nueva, ya que la escribió aquí.",
            "Yo no puedo revisar contraseñas y nunca debe enviarlas por chat. Cámbiela ahora, por favor.",
        ],
    },
    "ssn": {
        "en": [
            "We don't need your Social Security number for a dispute. Please don't send it in chat.",
            "Thanks, but please never type your full SSN here. I've asked for that message to be masked.",
        ],
        "es": [
            "Para la aclaración no necesitamos su seguro social, contraseña ni NIP. No los comparta por este medio.",
            "Gracias, pero por favor nunca escriba su seguro social completo aquí. Ya pedí que se oculte ese mensaje.",
        ],
    },
}

KEY_WARN = {"card": "card", "cvv": "card", "otp": "code", "pin": "pin", "pw": "pw", "ssn": "ssn"}

CUST_CLOSING: Bank = {
    "en": [
        "thanks! just to be sure, you don't need my PIN or anything right?",
        "ok great. so if someone texts me asking for a code I just ignore it?",
        "Thank you so much. Claim number saved.",
        "perfect, thanks {agent}",
        "Ok. And I shouldn't give my password to anyone who calls, correct?",
        "thx. btw the text said never share the code so I didn't",
        "great, will the new card have a new CVV too?",
    ],
    "es": [
        "Gracias! o sea que no necesitan mi NIP ni nada, ¿verdad?",
        "Vale, entonces si me llega un SMS pidiendo la clave lo ignoro",
        "Muchas gracias, ya anoté el folio",
        "perfecto, gracias {agent}",
        "Ok. ¿Y la contraseña no se la doy a nadie que me llame, cierto?",
        "Listo, mil gracias. El mensaje decía que no compartiera el código y no lo hice",
        "¿la tarjeta nueva trae otro CVV?",
    ],
    "mix": [
        "ok thanks! entonces no les doy el code a nadie, right?",
        "perfecto, thank you {agent}",
    ],
}

QUOTE_FRAME: Bank = {
    "en": [
        'I just got this text, is it from you guys? "{quote}"',
        "got this: {quote}",
        "They sent me: '{quote}' - is this real?",
        "Copy paste of the text:\n{quote}",
        "is this legit?? {quote}",
        "Received from {short}: {quote}",
        "my phone says: {quote}\nwhat do I do",
    ],
    "es": [
        'Me llegó este mensaje, ¿es de ustedes? "{quote}"',
        "me mandaron esto: {quote}",
        "Les copio el SMS:\n{quote}",
        "¿Esto es real? {quote}",
        "Me llegó del {short}: «{quote}»",
        "mire lo que me llegó: {quote}",
    ],
    "mix": [
        "me llegó este text: {quote}",
        "is this real? me llegó: '{quote}'",
    ],
}

BANK_ALERT: Bank = {
    "en": [
        "{bank} FRAUD ALERT: Did you attempt a {amount} purchase at {merchant} on {date} with card ending {last4}? Reply YES or NO. Reply STOP to opt out.",
        "{bank}: Suspicious activity on card ...{last4}. {amount} at {merchant}. Reply Y if this was you, N if not.",
        "{bank} Alert: A transaction of {amount} at {merchant} was declined. If this was you, reply 1. If not, reply 2. Questions? Call {phone}.",
        "{bank}: Reply YES if you made this purchase: {merchant} {amount} {date}. Reply NO if you did not.",
        "Free Msg: {bank} Fraud Svcs. Card ending {last4} used for {amount} at {merchant}. Was this you? Reply YES/NO",
    ],
    "es": [
        "{bank}: ¿Reconoce la compra por {amount} en {merchant} con su tarjeta terminación {last4}? Responda SI o NO.",
        "{bank} ALERTA: Se detectó un intento de compra de {amount} en {merchant} el {date}. Si fue usted responda 1, si no responda 2.",
        "{bank}: Cargo de {amount} en {merchant} con tarjeta *{last4}. Si no lo reconoce llame al {phone}.",
        "{bank} informa: compra rechazada por {amount} en {merchant}. ¿Fue usted? Responda SI/NO.",
    ],
}

BANK_CODE: Bank = {
    "en": [
        "{bank}: {otp} is your verification code. We'll never call or text to ask for this code. Don't share it.",
        "Your {bank} code is {otp}. It expires in 10 minutes. If you didn't request it, call {phone}.",
        "{bank}: Use code {otp} to confirm the dispute of {amount} at {merchant}. Never share this code, not even with {bank} staff.",
        "{bank} security code: {otp}. Do not share.",
        "<#> {bank}: your one-time passcode is {otp}",
        "{bank}: Enter {otp} to verify your identity. Card ending {last4}. Msg&data rates may apply.",
    ],
    "es": [
        "{bank}: Su código de verificación es {otp}. No lo comparta con nadie, ni con personal del banco.",
        "{bank}: {otp} es tu clave dinámica. Vence en 5 minutos.",
        "Tu código {bank} es {otp}. Si no lo solicitaste, llama al {phone}.",
        "{bank}: Para confirmar la aclaración de {amount} ingrese el código {otp}. Nunca lo compartas.",
        "{bank} Token: {otp}. No lo compartas.",
        "{bank}: el código para validar tu tarjeta terminación {last4} es {otp}",
    ],
}

ALERT_AGENT: Bank = {
    "en": [
        "Yes, that alert is from us. Did you make the {amount} purchase at {merchant}?",
        "That's one of our fraud alerts. Can you confirm whether you recognize that charge?",
        "That text is legit. Just to double check, is the card ending in {last4} still in your possession?",
    ],
    "es": [
        "Sí, esa alerta es nuestra. ¿Usted hizo la compra de {amount} en {merchant}?",
        "Es una alerta de fraude de {bank}. ¿Reconoce ese cargo?",
        "Ese mensaje es legítimo. ¿La tarjeta terminación {last4} sigue en su poder?",
    ],
}

NOT_ME: Bank = {
    "en": [
        "No that wasn't me. I have my card right here",
        "NO. never been to {merchant} in my life",
        "not me! i replied NO to the text too",
        "I did buy something at {merchant} but it was {amount2}, not {amount}",
    ],
    "es": [
        "No, yo no fui. Tengo la tarjeta conmigo",
        "NO, nunca he comprado en {merchant}",
        "no fui yo, ya respondí NO al mensaje",
        "Sí compré en {merchant} pero fueron {amount2}, no {amount}",
    ],
    "mix": ["no fui yo, I have the card right here", "NO, never compré en {merchant}"],
}

BLOCK_INFO: Bank = {
    "en": [
        "Thanks. I've declined the charge and blocked the card ending {last4}. Your new card will arrive in 5-7 business days; tracking will be {tracking}.",
        "Understood. Card ending {last4} is closed and claim {claim} is open for {amount}.",
        "Done: the card is blocked, the {amount} charge is disputed under {claim}, and a replacement is on its way.",
    ],
    "es": [
        "Gracias. Rechacé el cargo y bloqueé la tarjeta terminación {last4}. La nueva llegará en 5 a 7 días hábiles; guía {tracking}.",
        "Entendido. La tarjeta terminación {last4} quedó cancelada y se abrió el reclamo {claim} por {amount}.",
        "Listo: tarjeta bloqueada, el cargo de {amount} en disputa con folio {claim} y la reposición en camino.",
    ],
}

# ---- forbidden asks -------------------------------------------------------------------


def asks(*items: tuple[str, tuple[str, ...]]) -> list[tuple[str, frozenset[str]]]:
    return [(text, frozenset(kinds)) for text, kinds in items]


PHISH_INTRO: Bank = {
    "en": [
        "Hello, this is the {bank} fraud prevention team. We detected a suspicious charge of {amount} at {merchant}.",
        "Hi {name}, I'm {agent} from the fraud department. Your card has been flagged for unusual activity.",
        "Security team here. There's an attempted transfer on your account that we need to stop right now.",
        "URGENT from {bank} Fraud: your card ending {last4} was used at {merchant}. I can reverse it now.",
    ],
    "es": [
        "Hola, le habla el área de prevención de fraudes de {bank}. Detectamos un cargo sospechoso de {amount} en {merchant}.",
        "Buenas {name}, soy {agent} del departamento de seguridad. Su tarjeta fue marcada por actividad inusual.",
        "Somos del área de fraudes. Hay un intento de compra en su cuenta que tenemos que frenar ya.",
        "URGENTE {bank}: su tarjeta terminación {last4} se usó en {merchant}. Lo podemos revertir ahora mismo.",
    ],
}

PHISH_ASK: AskBank = {
    "en": asks(
        (
            "To reverse the charge I need the code we just sent to your phone. Please type it here.",
            (OTP,),
        ),
        ("Confirm your card number and CVV so we can block it.", (CC, CVV)),
        (
            "For verification, please provide the full 16-digit card number and the expiration date.",
            (CC,),
        ),
        (
            "This is the fraud team. To stop the pending transaction, reply with the 6-digit code you received.",
            (OTP,),
        ),
        (
            "I'll need your online banking password to access the dispute portal on your behalf.",
            (PW,),
        ),
        ("Please enter your card PIN so we can confirm you're the cardholder.", (PIN,)),
        ("To file the claim I need your full Social Security number.", (SSN,)),
        (
            "Read me the 3 digits on the back of the card and the code from the text message.",
            (CVV, OTP),
        ),
        (
            "We need to verify the account: full card number, security code, and your PIN.",
            (CC, CVV, PIN),
        ),
        ("Please send your username and password so I can reset the card controls.", (PW,)),
        ("For the refund to go through, type the verification code and your SSN.", (OTP, SSN)),
        (
            "What's the code in the text we sent? It's needed to cancel the fraudulent charge.",
            (OTP,),
        ),
        ("Confirm the last 4 and the CVV of the card please.", (CVV,)),
        (
            "Go ahead and type the full card number, no spaces, so I can match it to the fraud report.",
            (CC,),
        ),
        ("Type your social and your ATM PIN so I can validate your identity.", (SSN, PIN)),
    ),
    "es": asks(
        ("Para revertir el cargo necesito el código que le acabamos de enviar por SMS.", (OTP,)),
        (
            "Confírmeme el número completo de la tarjeta y el código de seguridad de atrás para bloquearla.",
            (CC, CVV),
        ),
        ("Por seguridad, indíqueme su NIP para validar que es el titular.", (PIN,)),
        ("Necesito su contraseña de la banca en línea para levantar la aclaración.", (PW,)),
        ("Para el reclamo requiero su número de seguro social completo.", (SSN,)),
        ("Dictame el código de 6 dígitos que te llegó para cancelar la compra.", (OTP,)),
        ("Pasame los 16 números de la tarjeta y el CVV así te la damos de baja.", (CC, CVV)),
        (
            "Regáleme el número de la tarjeta, la fecha de vencimiento y el código de atrás.",
            (CC, CVV),
        ),
        ("Dime la clave que te ha llegado al móvil para anular el cargo.", (OTP,)),
        ("Para continuar necesito su usuario y contraseña de la app.", (PW,)),
        ("Indíqueme el PIN de la tarjeta y el código del SMS.", (PIN, OTP)),
        ("Confírmeme los últimos 4 dígitos y el CVV, por favor.", (CVV,)),
        (
            "Para verificar, indíqueme los 16 dígitos de la tarjeta y la fecha de vencimiento.",
            (CC,),
        ),
        ("Escriba su seguro social y su NIP para validar su identidad.", (SSN, PIN)),
    ),
}

PHISH_PUSH: AskBank = {
    "en": asks(
        (
            "If you don't give me the code in the next 5 minutes the charge will go through and you'll lose the money.",
            (OTP,),
        ),
        (
            "I understand, but I am from the bank. Without the PIN I can't stop the transaction.",
            (PIN,),
        ),
        ("Sir/ma'am it's standard procedure, we need the full card number to cancel it.", (CC,)),
        ("It's just for verification, the password is encrypted on our side.", (PW,)),
    ),
    "es": asks(
        ("Si no me da el código en 5 minutos el cargo se aplica y pierde el dinero.", (OTP,)),
        ("Le entiendo, pero somos del banco. Sin el NIP no puedo detener la operación.", (PIN,)),
        (
            "Es el procedimiento, necesitamos el número completo de la tarjeta para cancelarla.",
            (CC,),
        ),
        ("Es solo para verificar, la contraseña va encriptada.", (PW,)),
    ),
}

CARELESS_ASK: AskBank = {
    "en": asks(
        (
            "Can you type the full card number? I can't find the transaction with just the last four.",
            (CC,),
        ),
        (
            "What's the security code on the back? I need it to attach the card to the claim.",
            (CVV,),
        ),
        ("For the claim form I need your full SSN, please.", (SSN,)),
        ("Could you read me the code we texted you so I can verify the claim?", (OTP,)),
        ("Please send the complete card number and expiration so I can pull the statement.", (CC,)),
        ("To confirm you're the cardholder, can you tell me the card's PIN?", (PIN,)),
        ("What's your online banking password? I can check the claim from your profile.", (PW,)),
    ),
    "es": asks(
        (
            "¿Me puede escribir el número completo de la tarjeta? Con los últimos 4 no me sale el movimiento.",
            (CC,),
        ),
        ("¿Me regala el CVV para adjuntar la tarjeta al reclamo?", (CVV,)),
        ("Para el formulario necesito su seguro social completo.", (SSN,)),
        ("¿Me dicta el código que le enviamos para validar la aclaración?", (OTP,)),
        ("Pásame el número entero de la tarjeta con la fecha de vencimiento, porfa.", (CC,)),
        ("Para confirmar que es el titular, ¿me dice el NIP de la tarjeta?", (PIN,)),
        (
            "¿Me da su contraseña de la banca en línea? Así reviso el reclamo desde su perfil.",
            (PW,),
        ),
    ),
}

CARELESS_SORRY: Bank = {
    "en": [
        "Apologies, I shouldn't have asked for that. Please never share your full card number, CVV or codes in chat. I've flagged the message for deletion.",
        "My supervisor corrected me: we only need the last four. Please don't send the full number or the code again.",
    ],
    "es": [
        "Disculpe, no debí pedirle eso. Nunca comparta el número completo, el CVV ni los códigos por chat. Ya solicité borrar el mensaje.",
        "Mi supervisora me corrige: solo necesitamos los últimos 4 dígitos. No vuelva a enviar el número completo ni el código.",
    ],
}

REFUSE: dict[str, Bank] = {
    "general": {
        "en": [
            "no, I'll call the number on the back of my card",
            "Nope. My bank never asks for that. Bye",
            "I don't think so. What's your employee ID?",
            "hold on, I'm going to hang up and call {bank} directly at the number on my statement",
        ],
        "es": [
            "No, eso no se comparte",
            "mejor llamo al número que viene atrás de la tarjeta",
            "ni loco, eso es estafa",
            "espere, mejor voy a la sucursal",
        ],
        "mix": ["no way, mejor llamo al number on the back", "nah, eso es scam"],
    },
    OTP: {
        "en": [
            "I'm not comfortable sharing that. The text literally said never share the code.",
            "the message says don't give the code to anyone, so no",
        ],
        "es": [
            "el banco dice que nunca pidan el código, así que no",
            "el SMS dice clarito que no lo comparta",
        ],
        "mix": ["no way, el banco nunca pide el code"],
    },
    PIN: {
        "en": ["why would the fraud team need my PIN?", "nobody gets my PIN, not even the bank"],
        "es": ["¿Para qué quieren mi NIP si son del banco?", "el NIP no se lo doy a nadie"],
    },
    PW: {
        "en": [
            "I'm not giving my password to anyone, sorry",
            "you guys told me never to share my password",
        ],
        "es": [
            "No le voy a dar mi contraseña. Chao",
            "la contraseña no se comparte, eso me dijeron ustedes",
        ],
    },
    CC: {
        "en": ["hmm no. you should already have my card number if you're the bank"],
        "es": ["No. Si son el banco ya deberían tener el número de mi tarjeta"],
    },
    CVV: {
        "en": ["the CVV? no way, that's what scammers always ask for"],
        "es": ["¿el código de atrás? no, eso es lo que piden los estafadores"],
    },
    SSN: {
        "en": ["I'm not putting my social in a chat"],
        "es": ["no voy a poner mi seguro social en un chat"],
    },
}


# ---- customers giving secrets ---------------------------------------------------------

GIVE: dict[str, Bank] = {
    "card": {
        "en": [
            "the card number is {card}",
            "{card}",
            "ok its {card} exp {exp}",
            "Card: {card}",
            "My full card number is {card}. The charge is {amount} at {merchant}.",
            "here you go {card}",
            "card # {card} exp. {exp}",
            "It's {card}, the one ending {last4}",
            "{card} expires {exp}",
        ],
        "es": [
            "el número es {card}",
            "tarjeta {card} vence {exp}",
            "Es la {card}",
            "Ahí va: {card}",
            "número de tarjeta: {card}",
            "{card}",
            "es esta {card} con vencimiento {exp}",
            "mi tarjeta es la {card}, la que termina en {last4}",
        ],
        "mix": [
            "el card number es {card}",
            "ok, {card} exp {exp}",
            "la tarjeta es {card}",
        ],
    },
    "cvv": {
        "en": [
            "cvv {cvv}",
            "the 3 digits on the back are {cvv}",
            "security code is {cvv}",
            "{cvv}",
            "CVV: {cvv}",
            "code on back {cvv}",
        ],
        "es": [
            "el código de atrás es {cvv}",
            "cvv: {cvv}",
            "los tres numeritos de atrás: {cvv}",
            "{cvv}",
            "código de seguridad {cvv}",
            "el CVC es {cvv}",
        ],
        "mix": ["el cvv es {cvv}", "security code {cvv}"],
    },
    "cid": {
        "en": [
            "the 4 digit code on the front is {cvv}",
            "CID {cvv}",
            "security code (amex, on the front) {cvv}",
            "{cvv}",
        ],
        "es": [
            "el código de 4 dígitos del frente es {cvv}",
            "CID {cvv}",
            "es amex, el código de enfrente es {cvv}",
            "{cvv}",
        ],
    },
    "ssn": {
        "en": [
            "my social is {ssn}",
            "SSN {ssn}",
            "ss# {ssn}",
            "ok, {ssn}",
            "Social security number: {ssn}",
            "it's {ssn}",
        ],
        "es": [
            "mi seguro social es {ssn}",
            "el social es {ssn}",
            "número de seguro social: {ssn}",
            "{ssn}",
            "SSN {ssn}",
        ],
        "mix": ["mi social es {ssn}", "el SSN es {ssn}"],
    },
    "otp": {
        "en": [
            "the code is {otp}",
            "{otp}",
            "ok got it {otp}",
            "code: {otp}",
            "It says {otp}",
            "just got it, {otp}",
        ],
        "es": [
            "el código es {otp}",
            "me llegó {otp}",
            "{otp}",
            "la clave es {otp}",
            "ya me llegó: {otp}",
            "dice {otp}",
        ],
        "mix": ["el code es {otp}", "me llegó el code {otp}"],
    },
    "pin": {
        "en": [
            "pin is {pin}",
            "my PIN is {pin}",
            "{pin}",
            "PIN: {pin}",
            "the pin i use at the atm is {pin}",
        ],
        "es": [
            "mi NIP es {pin}",
            "el pin es {pin}",
            "la clave del cajero es {pin}",
            "{pin}",
            "NIP: {pin}",
        ],
        "mix": ["el PIN es {pin}", "my pin es {pin}"],
    },
    "pw": {
        "en": [
            "password is {pw}",
            "user {user} pass {pw}",
            "my password: {pw}",
            "username {user}\npassword {pw}",
            "it's {pw}",
        ],
        "es": [
            "mi contraseña es {pw}",
            "usuario {user} contraseña {pw}",
            "la clave de la app es {pw}",
            "usuario: {user}\ncontraseña: {pw}",
            "es {pw}",
        ],
        "mix": ["el password es {pw}", "user {user}, contraseña {pw}"],
    },
}

SHORT_GIVE: dict[str, Bank] = {
    "card": {
        "en": ["card {card}", "{card}", "card number {card}"],
        "es": ["tarjeta {card}", "{card}", "número {card}"],
    },
    "cvv": {
        "en": ["cvv {cvv}", "code {cvv}", "back {cvv}"],
        "es": ["cvv {cvv}", "código {cvv}", "atrás {cvv}"],
    },
    "ssn": {"en": ["ssn {ssn}", "social {ssn}"], "es": ["seguro social {ssn}", "ssn {ssn}"]},
    "otp": {"en": ["code {otp}", "sms code {otp}"], "es": ["código {otp}", "clave SMS {otp}"]},
    "pin": {"en": ["pin {pin}", "PIN {pin}"], "es": ["NIP {pin}", "pin {pin}"]},
    "pw": {"en": ["password {pw}", "pass {pw}"], "es": ["contraseña {pw}", "clave {pw}"]},
}

VOLUNTEER_CARD: Bank = {
    "en": [
        "I have two cards with you guys, not sure which one. Here's the whole number: {card}",
        "i dont remember the last 4 off the top of my head, the card is {card}",
        "Here's the card so you can look it up faster: {card} exp {exp}",
        "It's my debit card {card}. Please hurry, they're still using it",
        "card {card}, I already froze it in the app",
    ],
    "es": [
        "Tengo dos tarjetas con ustedes, no sé cuál. Le paso el número completo: {card}",
        "no me acuerdo de los últimos 4, la tarjeta es {card}",
        "Para que lo busque más rápido: {card} vence {exp}",
        "Es mi tarjeta de débito {card}. Apúrense que la siguen usando",
        "la tarjeta es {card}, ya la congelé en la app",
    ],
    "mix": [
        "tengo dos cards, no sé cuál, el número es {card}",
        "here's the card para que lo busques: {card}",
    ],
}

ADD_CVV: Bank = {
    "en": [
        "do you need the cvv too? it's {cvv}",
        "and the security code is {cvv} in case you need it",
        "cvv {cvv} exp {exp}",
    ],
    "es": [
        "¿necesita el cvv? es {cvv}",
        "y el código de seguridad es {cvv} por si acaso",
        "cvv {cvv} vence {exp}",
    ],
}

# ---- replacement card, PIN, password, SSN ---------------------------------------------

REPLACE_OPEN: Bank = {
    "en": [
        "Hi, I reported fraud on my card last week and I still don't have the replacement.",
        "My card was closed because of fraud ({claim}). When does the new one arrive?",
        "hello, the new card came but I don't know how to activate it",
        "Need a replacement card, mine was used at {merchant} without permission. Old card ended {last4}",
    ],
    "es": [
        "Hola, reporté fraude la semana pasada y todavía no me llega la tarjeta nueva.",
        "Me cancelaron la tarjeta por fraude (folio {claim}). ¿Cuándo llega la nueva?",
        "hola, ya me llegó el plástico nuevo pero no sé cómo activarlo",
        "Necesito reposición de tarjeta, la usaron en {merchant} sin permiso. La vieja terminaba en {last4}",
    ],
    "mix": [
        "hi, reporté fraud hace una semana y no me llega la new card",
        "ya me llegó la tarjeta nueva, how do I activate it?",
    ],
}

REPLACE_AGENT: Bank = {
    "en": [
        "Your replacement shipped {date} via UPS, tracking {tracking}. It should arrive within {days} business days.",
        "I see the new card ending in {last4b} was mailed to the address on file, ZIP {zip}.",
        "You can activate it in the app under Cards > Activate, or by calling {phone}. You'll choose a new PIN at activation; never send it here.",
        "Autopay merchants like {merchant} may need the new card details; update them directly on their site, not in this chat.",
    ],
    "es": [
        "Su reposición salió el {date} por paquetería, guía {tracking}. Debe llegar en {days} días hábiles.",
        "Veo que la tarjeta nueva terminación {last4b} se envió a su domicilio, CP {zip}.",
        "Puede activarla en la app en Tarjetas > Activar o llamando al {phone}. Ahí elige su NIP; nunca lo envíe por aquí.",
        "Los cargos domiciliados como {merchant} hay que actualizarlos directo en su sitio, no por este chat.",
    ],
}

REPLACE_CUST_CLEAN: Bank = {
    "en": [
        "got it, the new one ends in {last4b}",
        "my zip is {zip}, address didn't change",
        "ok the tracking {tracking} says out for delivery",
        "do I need to call {phone} or can I do it in the app?",
        "what about my {merchant} subscription, will it bounce?",
        "and my old card {masked} is dead right?",
    ],
    "es": [
        "ok, la nueva termina en {last4b}",
        "mi CP es {zip}, no cambié de domicilio",
        "la guía {tracking} dice en reparto",
        "¿tengo que llamar al {phone} o lo hago en la app?",
        "¿y mi suscripción de {merchant}? ¿se va a rechazar?",
        "y la vieja {masked} ya no sirve, ¿verdad?",
    ],
}

PIN_LEAK: Bank = {
    "en": [
        "ok so the new card came, do I keep the same PIN? it was {pin}",
        "can you set the PIN on the new one to {pin}? I can't remember new numbers",
        "The thief didn't know my PIN ({pin}) so how did they take cash out??",
        "I never told anyone my pin, it's {pin}, it's not even my birthday",
        "the app wants a new pin. is {pin} ok or is it too easy",
        "I changed my PIN to {pin} at the ATM yesterday, is that enough?",
    ],
    "es": [
        "ya llegó la tarjeta, ¿sigo con el mismo NIP? era {pin}",
        "¿me pueden poner el NIP {pin} en la nueva? no me acuerdo de números nuevos",
        "El ladrón no sabía mi NIP ({pin}), ¿cómo sacaron efectivo?",
        "nunca le di mi pin a nadie, es {pin}, ni siquiera es mi cumpleaños",
        "la app me pide PIN nuevo, ¿{pin} sirve o es muy fácil?",
        "Cambié el pin a {pin} en el cajero ayer, ¿con eso basta?",
    ],
    "mix": [
        "el new PIN puede ser {pin}?",
        "the thief no sabía mi pin, es {pin}",
    ],
}

NEW_CARD_LEAK: Bank = {
    "en": [
        "the new card is {card}, is it active already?",
        "New card number {card} exp {exp}. Do I need to update {merchant} myself?",
        "it came! {card} - what do I do now",
    ],
    "es": [
        "la tarjeta nueva es {card}, ¿ya está activa?",
        "Nueva tarjeta {card} vence {exp}. ¿Yo tengo que actualizar {merchant}?",
        "¡ya llegó! {card} ¿qué hago ahora?",
    ],
}

LOGIN_OPEN: Bank = {
    "en": [
        "I'm trying to check my dispute {claim} online but it says wrong password.",
        "I can't log in to see the claim status. I've been locked out twice.",
        "the app won't let me in to upload the receipt for the dispute",
    ],
    "es": [
        "Quiero ver mi aclaración {claim} en línea pero me dice contraseña incorrecta.",
        "No puedo entrar a ver el estatus del reclamo, ya me bloquearon dos veces.",
        "la app no me deja entrar pa subir el ticket de la aclaración",
    ],
    "mix": ["no puedo hacer login para ver el dispute {claim}"],
}

LOGIN_AGENT: Bank = {
    "en": [
        "I can help. I'll send a reset link to the email on file. Please don't share your password with me.",
        "I can't see passwords on my end. Use 'Forgot password' in the app and you'll get a link.",
        "What's the username you're using? Only the username, please.",
    ],
    "es": [
        "Le ayudo. Le envío un enlace de restablecimiento al correo registrado; no me comparta su contraseña.",
        "Yo no veo contraseñas. Use 'Olvidé mi contraseña' en la app y le llega un enlace.",
        "¿Qué usuario está usando? Solo el usuario, por favor.",
    ],
}

PW_LEAK: Bank = {
    "en": [
        "I'm typing {pw} and it says it's wrong. Is that not it?",
        "username is {user} and the password I always use is {pw}",
        "my login is {user} / {pw} can you just check it on your side",
        "tried {pw} and {pw2}, neither works",
        "the password is {pw} I wrote it down when I opened the account",
    ],
    "es": [
        "Pongo {pw} y me dice que está mal. ¿No es esa?",
        "el usuario es {user} y la contraseña que siempre uso es {pw}",
        "mi acceso es {user} / {pw}, ¿lo puede revisar de su lado?",
        "probé {pw} y {pw2} y ninguna sirve",
        "la contraseña es {pw}, la anoté cuando abrí la cuenta",
    ],
    "mix": [
        "el password que pongo es {pw} y dice incorrect",
        "user {user}, password {pw}, no funciona",
    ],
}

SSN_LEAK: Bank = {
    "en": [
        "do you need my social for the claim? it's {ssn}",
        "The form on the site asked for SSN so here: {ssn}",
        "for the police report and the claim: SSN {ssn}, DOB {dob}",
        "I'll give you my social so you know it's me, {ssn}",
        "my ss number is {ssn} if that helps find the account",
    ],
    "es": [
        "¿necesitan mi seguro social para el reclamo? es {ssn}",
        "El formulario pedía el social, aquí está: {ssn}",
        "para el reporte: seguro social {ssn}, nacimiento {dob}",
        "le doy mi social para que vea que soy yo: {ssn}",
    ],
    "mix": ["para el claim, mi social es {ssn}", "here, el SSN es {ssn}"],
}

SSN_LOOKALIKE: Bank = {
    "en": [
        "last 4 of my social are {ssn4} if you need them",
        "Medicare card number {medicare}, in case that's needed",
        "my phone is {myphone}",
    ],
    "es": [
        "los últimos 4 del seguro social son {ssn4}",
        "mi identificación: {natid}",
        "mi teléfono es {myphone}",
    ],
}

# ---- assisted typing ------------------------------------------------------------------

DICT_INTRO: Bank = {
    "en": [
        "sorry I'm using voice to text so there might be mistakes",
        "Hi I'm dictating this because of my hands. I need to dispute a charge from {merchant}",
        "using talk to text in the car, bear with me",
        "hello this is voice typing I have arthritis. somebody charged {amount} on my card",
    ],
    "es": [
        "disculpe estoy dictando por voz, puede haber errores",
        "Hola, le dicto porque no veo bien las letras. Tengo un cargo de {merchant} que no hice",
        "estoy usando el dictado del celular, perdón si sale raro",
        "hola le hablo con el micrófono del teclado, me cobraron {amount} y no fui yo",
    ],
    "mix": [
        "sorry estoy usando voice to text",
        "hi, dictando por voz, tengo un charge raro de {merchant}",
    ],
}

DICT_GIVE: dict[str, Bank] = {
    "card": {
        "en": [
            "my card number is {card}",
            "card number {card} and the charge was {wamount}",
            "okay the number is {card} period",
            "{card}",
        ],
        "es": [
            "el número de mi tarjeta es {card}",
            "tarjeta {card} y el cargo fue de {wamount}",
            "el número es {card} punto",
            "{card}",
        ],
    },
    "ssn": {
        "en": [
            "my social security number is {ssn}",
            "social {ssn}",
            "SSN is {ssn} comma date of birth {dob}",
        ],
        "es": [
            "mi número de seguro social es {ssn}",
            "seguro social {ssn}",
            "el social es {ssn} coma mi fecha de nacimiento {dob}",
        ],
    },
    "otp": {
        "en": ["the code they sent is {otp}", "code {otp}", "it says your code is {otp}"],
        "es": ["el código que me mandaron es {otp}", "código {otp}", "dice su código es {otp}"],
    },
    "cvv": {
        "en": ["the three numbers on the back are {cvv}", "security code {cvv}"],
        "es": ["los tres números de atrás son {cvv}", "código de seguridad {cvv}"],
    },
    "pin": {
        "en": ["my pin number is {pin}", "pin {pin} the thief didn't know it"],
        "es": ["mi NIP es {pin}", "el pin es {pin} el ladrón no lo sabía"],
    },
}

DICT_LOOKALIKE: Bank = {
    "en": [
        "the charge was {wamount} at {merchant}",
        "my zip code is {wzip}",
        "the card ending in {wlast4}",
        "it happened on {date} around {wtime}",
        "card ends with {wlast4} zip {wzip}",
    ],
    "es": [
        "el cargo fue de {wamount} en {merchant}",
        "mi código postal es {wzip}",
        "la tarjeta que termina en {wlast4}",
        "fue el {date} como a {wtime}",
        "termina en {wlast4} y el CP es {wzip}",
    ],
}

REL_INTRO: Bank = {
    "en": [
        "Hi, I'm typing for my {rel}, {subj}'s {age} and doesn't use computers. {Pos} card got used at {merchant}.",
        "Hello, this is {pos} daughter. My {rel} is sitting next to me and asked me to handle this dispute for {amount}.",
        "I'm helping my {rel} with a fraud claim, {subj} got a call from someone saying they were the bank",
        "my {rel} ({age}) got scammed, I'm on the chat for {pos} account. {subj} is right here to confirm",
    ],
    "es": [
        "Hola, le escribo por mi {rel_es} que ya está grande ({age} años) y no sabe usar el chat. Le cobraron {amount} en {merchant}.",
        "Buenas, soy la hija. Mi {rel_es} está aquí conmigo y me pidió que hiciera la aclaración.",
        "Estoy ayudando a mi {rel_es} con un fraude, le llamaron diciendo que eran del banco",
        "a mi {rel_es} le robaron la tarjeta, {el} está aquí a mi lado para confirmar",
    ],
    "mix": [
        "hi, le escribo por mi {rel_es}, {el} no sabe usar el chat. Le hicieron un charge de {amount}"
    ],
}

REL_AGENT: Bank = {
    "en": [
        "Thanks for helping. With {pos} permission, can you confirm the account holder's full name and date of birth?",
        "No problem. I'll need the last four of {pos} card and the ZIP code to find the account.",
        "Happy to help. Please note we never need {pos} PIN or SSN to open a dispute.",
    ],
    "es": [
        "Gracias por ayudar. Con permiso del titular, ¿me confirma su nombre completo y fecha de nacimiento?",
        "Claro. Necesito los últimos 4 dígitos de la tarjeta del titular y su código postal.",
        "Con gusto. Le aviso que para la aclaración no necesitamos su NIP ni su seguro social.",
    ],
}

REL_CLEAN: Bank = {
    "en": [
        "{Pos} name is {name}, born {dob}",
        "card ends {last4}, zip {zip}",
        "{Subj} says {pos} DOB is {dob} and the card is the one ending {last4}",
        "{Pos} Medicare number is {medicare} if that helps",
        "the scammer called from {phone}",
    ],
    "es": [
        "se llama {name}, nació el {dob}",
        "la tarjeta termina en {last4}, CP {zip}",
        "dice que la tarjeta es la que termina en {last4}",
        "su identificación es {natid}",
        "el que llamó marcó del {phone}",
    ],
}

REL_GIVE: dict[str, Bank] = {
    "ssn": {
        "en": [
            "my {rel}'s social is {ssn}",
            "{Pos} SSN is {ssn}, {subj} said you might need it",
            "{Subj} wants me to give you {pos} social: {ssn}",
        ],
        "es": [
            "el seguro social de mi {rel_es} es {ssn}",
            "su social es {ssn}, dice que a lo mejor lo necesitan",
            "mi {rel_es} dice que le pase su seguro social: {ssn}",
        ],
    },
    "card": {
        "en": [
            "{Pos} card number is {card}",
            "here's {pos} card, {subj} read it to me: {card}",
            "{Subj} has the card here, it says {card}",
        ],
        "es": [
            "la tarjeta de mi {rel_es} es {card}",
            "me la dictó {el}: {card}",
            "aquí tiene la tarjeta, dice {card}",
        ],
    },
    "pin": {
        "en": [
            "{Subj} says nobody knew {pos} PIN, it's {pin}",
            "{Pos} pin is {pin}, {subj} never wrote it down",
            "the PIN the thief didn't know is {pin}",
        ],
        "es": [
            "dice que nadie sabía su NIP, es {pin}",
            "su pin es {pin} y nunca lo anotó",
            "el NIP que el ladrón no sabía es {pin}",
        ],
    },
    "otp": {
        "en": [
            "{Subj} got a text with {otp} and gave it to the guy on the phone",
            "the caller asked for the code {otp}, {subj} read it to him",
        ],
        "es": [
            "le llegó un mensaje con {otp} y se lo dio al señor que llamó",
            "el que llamó le pidió el código {otp} y {el} se lo dijo",
        ],
    },
    "pw": {
        "en": ["{Pos} online banking password is {pw}, {subj} thinks the caller got it"],
        "es": ["la contraseña de la banca de mi {rel_es} es {pw}, cree que el que llamó la sacó"],
    },
}

SR_INTRO: Bank = {
    "en": [
        "I'm blind and use VoiceOver, so I'm pasting what it read to me",
        "Screen reader user here. I copied the text from the notification:",
        "I use JAWS. Here's what it reads on my statement line:",
        "Low vision, using TalkBack, sorry if formatting is weird",
    ],
    "es": [
        "Soy ciego y uso VoiceOver, le pego lo que me leyó",
        "Uso lector de pantalla. Copié el texto de la notificación:",
        "Uso NVDA, esto es lo que me lee en el movimiento:",
        "Tengo baja visión y uso TalkBack, perdón si sale raro",
    ],
}

SR_GIVE: dict[str, Bank] = {
    "card": {
        "en": [
            "VoiceOver reads the card number as {card}",
            "the card says: {card}",
            "card number, {card}",
        ],
        "es": [
            "VoiceOver me lee el número de tarjeta así: {card}",
            "la tarjeta dice: {card}",
            "número de tarjeta, {card}",
        ],
    },
    "otp": {
        "en": [
            "it read: your verification code is, {otp}. do not share",
            "notification: {bank}, code, {otp}",
            "the text says code {otp}",
        ],
        "es": [
            "me leyó: su código de verificación es, {otp}. no lo comparta",
            "notificación: {bank}, código, {otp}",
            "el mensaje dice código {otp}",
        ],
    },
    "cvv": {
        "en": ["and on the back it reads {cvv}", "security code, {cvv}"],
        "es": ["y atrás me leyó {cvv}", "código de seguridad, {cvv}"],
    },
    "ssn": {
        "en": ["my SSN from the document reader: {ssn}", "social security number, {ssn}"],
        "es": ["el lector me leyó mi seguro social: {ssn}", "número de seguro social, {ssn}"],
    },
}

SR_LOOKALIKE: Bank = {
    "en": [
        "it reads the charge as: {merchant}, {amount}, {date}, card ending {slast4}",
        "statement line: {merchant}. amount {amount}. authorization {auth}",
        "the notification said: purchase declined, card ending in {slast4}, call {phone}",
        "VoiceOver says: star star star star {last4}",
    ],
    "es": [
        "me lee el cargo así: {merchant}, {amount}, {date}, tarjeta terminación {slast4}",
        "movimiento: {merchant}. importe {amount}. autorización {auth}",
        "la notificación decía: compra rechazada, tarjeta terminación {slast4}, llame al {phone}",
        "VoiceOver dice: asterisco asterisco asterisco asterisco {last4}",
    ],
}

# ---- forms and drafts -----------------------------------------------------------------

FORM_LABELS: dict[str, dict[str, list[str]]] = {
    "en": {
        "name": ["Cardholder name", "Name", "Full name"],
        "merchant": ["Merchant name", "Merchant", "Store"],
        "date": ["Transaction date", "Date of charge", "Date"],
        "amount": ["Amount", "Amount disputed", "Charge amount"],
        "reason": ["Reason", "Reason for dispute"],
        "last4": ["Last 4 of card", "Card last four", "Last 4"],
        "auth": ["Authorization code", "Auth code", "Approval code"],
        "arn": ["ARN", "Refund reference (ARN)", "Acquirer ref #"],
        "order": ["Order number", "Order #"],
        "tracking": ["Tracking", "Tracking number"],
        "phone": ["Merchant phone", "Merchant contact #"],
        "zip": ["Billing ZIP", "ZIP"],
        "dob": ["Date of birth", "DOB"],
        "card": ["Card number", "Full card number", "Card #", "Card no."],
        "exp": ["Exp", "Expiration", "Exp date"],
        "cvv": ["CVV", "Security code", "CVV2", "3 digit code"],
        "ssn": ["SSN", "Social Security #", "SSN (for the claim)"],
        "pw": ["Online banking password", "Password", "App password"],
        "otp": ["Code texted to verify the claim", "Verification code", "SMS code"],
        "pin": ["PIN", "Card PIN (thief didn't know it)", "ATM PIN"],
        "user": ["Username", "Online banking user"],
    },
    "es": {
        "name": ["Nombre del titular", "Nombre", "Nombre completo"],
        "merchant": ["Comercio", "Nombre del comercio", "Establecimiento"],
        "date": ["Fecha de la operación", "Fecha del cargo", "Fecha"],
        "amount": ["Importe", "Monto", "Monto reclamado"],
        "reason": ["Motivo", "Motivo de la aclaración"],
        "last4": ["Últimos 4 dígitos", "Terminación de la tarjeta", "Ult. 4"],
        "auth": ["Código de autorización", "No. de autorización", "Autorización"],
        "arn": ["ARN", "Referencia del reembolso (ARN)"],
        "order": ["Número de pedido", "No. de orden"],
        "tracking": ["Guía", "Número de rastreo"],
        "phone": ["Teléfono del comercio", "Tel. comercio"],
        "zip": ["Código postal", "CP"],
        "dob": ["Fecha de nacimiento", "F. nacimiento"],
        "card": ["Número de tarjeta", "No. de tarjeta", "Tarjeta", "Número completo de la tarjeta"],
        "exp": ["Vencimiento", "Fecha de vencimiento", "Vence"],
        "cvv": ["CVV", "Código de seguridad", "CVC"],
        "ssn": ["Seguro social", "SSN", "No. de seguro social"],
        "pw": ["Contraseña de banca en línea", "Contraseña", "Clave de la app"],
        "otp": ["Código enviado por SMS", "Código de verificación", "Clave dinámica"],
        "pin": ["NIP", "PIN de la tarjeta", "NIP (el ladrón no lo sabía)"],
        "user": ["Usuario", "Usuario de banca en línea"],
    },
}

FORM_LEGIT_KEYS = ("name", "merchant", "date", "amount", "reason", "last4", "auth", "arn", "order", "tracking", "phone", "zip", "dob")  # fmt: skip

FORM_AGENT_INTRO: Bank = {
    "en": [
        "To file the chargeback, please copy this, fill it in and send it back:",
        "I'll need a few details for the claim form. Please answer each line:",
        "Dispute form (fill in after the colon):",
    ],
    "es": [
        "Para levantar el contracargo copie esto, llénelo y me lo devuelve:",
        "Necesito unos datos para el formulario del reclamo. Conteste cada línea:",
        "Formulario de aclaración (llene después de los dos puntos):",
    ],
}

FORM_CUST_INTRO: Bank = {
    "en": ["ok here:", "", "Here you go", "filled it in, I added everything just in case", "done:"],
    "es": ["ok aquí está:", "", "Ahí va", "lo llené, le puse todo por si acaso", "listo:"],
}

DRAFT_INTRO: Bank = {
    "en": [
        "I wrote everything down so I'll just paste my notes:",
        "Pasting my draft of the claim, tell me if anything is missing",
        "here's what I have in my notes app",
        "",
    ],
    "es": [
        "Anoté todo, le pego mis notas:",
        "Le pego el borrador del reclamo, dígame si falta algo",
        "esto es lo que tengo en mis notas",
        "",
    ],
}

DRAFT_LINES: dict[str, dict[str, list[str]]] = {
    "en": {
        "header": [
            "DISPUTE NOTES - {date}",
            "Claim draft ({merchant})",
            "=== chargeback {merchant} ===",
            "Notes for the bank:",
        ],
        "merchant": ["Merchant: {merchant}", "charged by {merchant}", "store = {merchant}"],
        "amount": [
            "Amount: {amount}",
            "charged {amount} on {date}",
            "{amount} (and {amount2} pending)",
        ],
        "auth": ["auth code {auth}", "Authorization: {auth}"],
        "arn": ["refund ARN {arn}", "ARN: {arn} (merchant says refunded {date2})"],
        "phone": ["called {phone} on {date2}, no answer", "merchant phone {phone}"],
        "order": ["order {order}", "Order #: {order}"],
        "tracking": ["tracking {tracking}", "return shipped, tracking {tracking}"],
        "claim": ["old claim # {claim}", "case {claim}"],
        "masked": ["statement shows {masked}", "card on statement: {masked}"],
        "ref": ["receipt ref {ref}"],
        "card": ["card {card} exp {exp}", "Card number: {card}", "card: {card}"],
        "cvv": ["cvv {cvv}", "CVV: {cvv}"],
        "ssn": ["my ssn {ssn} (they asked for it on the form)", "SSN: {ssn}"],
        "pw": ["bank login: {user} / {pw}", "online banking pw: {pw}"],
        "otp": ["code they texted: {otp}", "verification code {otp}"],
        "pin": ["PIN {pin} (thief didn't know it)", "pin: {pin}"],
        "reason": ["Reason: {reason}", "why: {reason}"],
    },
    "es": {
        "header": [
            "NOTAS ACLARACIÓN - {date}",
            "Borrador reclamo ({merchant})",
            "=== contracargo {merchant} ===",
            "Para el banco:",
        ],
        "merchant": ["Comercio: {merchant}", "me cobró {merchant}"],
        "amount": [
            "Monto: {amount}",
            "cobraron {amount} el {date}",
            "{amount} (y {amount2} pendiente)",
        ],
        "auth": ["autorización {auth}", "No. autorización: {auth}"],
        "arn": ["ARN del reembolso {arn}", "ARN: {arn} (dicen que reembolsaron el {date2})"],
        "phone": ["llamé al {phone} el {date2}, no contestan", "tel. comercio {phone}"],
        "order": ["pedido {order}", "No. de orden: {order}"],
        "tracking": ["guía {tracking}", "devolución enviada, guía {tracking}"],
        "claim": ["folio anterior {claim}", "caso {claim}"],
        "masked": ["en el estado de cuenta sale {masked}"],
        "ref": ["referencia del ticket {ref}"],
        "card": ["tarjeta {card} vence {exp}", "Número de tarjeta: {card}", "tarjeta: {card}"],
        "cvv": ["cvv {cvv}", "CVV: {cvv}"],
        "ssn": ["mi seguro social {ssn} (lo pedía el formulario)", "SSN: {ssn}"],
        "pw": ["banca en línea: {user} / {pw}", "contraseña app: {pw}"],
        "otp": ["código que me mandaron: {otp}", "clave SMS {otp}"],
        "pin": ["NIP {pin} (el ladrón no lo sabía)", "pin: {pin}"],
        "reason": ["Motivo: {reason}", "por qué: {reason}"],
    },
}

DRAFT_LOOKALIKE_KEYS = ("merchant", "amount", "auth", "arn", "phone", "order", "tracking", "claim", "masked", "ref", "reason")  # fmt: skip

SPLIT_INTRO: Bank = {
    "en": [
        "card number coming in pieces, the app keeps cutting me off",
        "ok the number is",
        "hold on typing it",
        "",
    ],
    "es": [
        "le paso el número en partes porque se me corta",
        "ok el número es",
        "espere, se lo escribo",
        "",
    ],
}

SPLIT_FIRST: Bank = {
    "en": ["{part}", "card: {part}", "{part}...", "it's {part}"],
    "es": ["{part}", "tarjeta: {part}", "{part}...", "es la {part}"],
}

SPLIT_NEXT: Bank = {
    "en": ["{part}", "{part}", "then {part}", "and {part}", "{part} ..."],
    "es": ["{part}", "{part}", "luego {part}", "y {part}", "{part}..."],
}

SPLIT_LAST: Bank = {
    "en": [
        "{part}",
        "{part}",
        "{part} exp {exp}",
        "and {part}",
        "{part} that's it",
        "last part {part}",
    ],
    "es": [
        "{part}",
        "{part}",
        "{part} vence {exp}",
        "y {part}",
        "{part} eso es todo",
        "y al final {part}",
    ],
}

AGENT_GENERIC_ACK: Bank = {
    "en": [
        "Thank you, one moment please.",
        "Got it, checking now.",
        "Thanks for your patience.",
        "Let me look into that.",
    ],
    "es": [
        "Gracias, un momento por favor.",
        "Entendido, lo reviso.",
        "Gracias por su paciencia.",
        "Déjeme revisar.",
    ],
}

PHISH_ACK: Bank = {
    "en": [
        "Perfect, processing the reversal now. Stay on the chat.",
        "Thank you. One more step.",
        "Great, that matches our records.",
    ],
    "es": [
        "Perfecto, procesando la reversión. No se salga del chat.",
        "Gracias. Un paso más.",
        "Excelente, coincide con nuestros registros.",
    ],
}

BANK_TEXT_QUESTION: Bank = {
    "en": [
        "someone from 'the fraud team' is on the phone asking me to read this code back. should I?",
        "I didn't request any code. Is somebody trying to get into my account?",
        "the chat guy earlier wanted this code to reverse the charge",
        "why did I get a code if I didn't do anything",
    ],
    "es": [
        "me está llamando alguien de 'fraudes' pidiéndome que le lea este código, ¿se lo doy?",
        "Yo no pedí ningún código, ¿alguien está tratando de entrar a mi cuenta?",
        "el del chat de antes me pidió este código pa revertir el cargo",
        "¿por qué me llegó un código si no hice nada?",
    ],
}

BANK_TEXT_AGENT: Bank = {
    "en": [
        "Please don't share that code with anyone. We never call asking for it. I'm locking the card now.",
        "That code was triggered by someone trying to add your card to a wallet. Don't read it to anyone; hang up.",
        "Thanks for checking with us. That's a scam call. The code should never be shared, not even here.",
    ],
    "es": [
        "Por favor no comparta ese código con nadie; nunca llamamos para pedirlo. Voy a bloquear la tarjeta.",
        "Ese código se generó porque alguien intentó agregar su tarjeta a una billetera digital. No se lo lea a nadie y cuelgue.",
        "Gracias por consultarnos. Es una llamada fraudulenta; el código no se comparte, ni siquiera aquí.",
    ],
}

# --------------------------------------------------------------------------------------
# Conversation builder
# --------------------------------------------------------------------------------------


class Chat:
    def __init__(self, rng: Random, lang: str, ctx: Ctx) -> None:
        self.rng = rng
        self.lang = lang
        self.ctx = ctx
        self.msgs: list[Message] = []
        self.noise = make_noise(rng, lang)
        self.agent_lang = lang if lang != "mix" else rng.choice(("en", "es"))
        self.used: set[str] = set()

    def clang(self) -> str:
        """The language a customer message is picked in."""
        if self.lang == "mix":
            return "mix" if self.rng.random() < 0.6 else self.rng.choice(("en", "es"))
        return self.lang

    def pick(self, bank: Bank, lang: str) -> str:
        """A template of the bank in that language, avoiding one this chat already used."""
        options = bank.get(lang)
        if not options:
            options = bank[self.rng.choice(("en", "es"))] if lang == "mix" else bank["en"]
        fresh = [o for o in options if o not in self.used] or options
        choice = self.rng.choice(fresh)
        self.used.add(choice)
        return choice

    def frag(self, template: str, noisy: bool = False, **over: Value) -> Frag:
        values = {**self.ctx.v, **over}
        return render(template, values, self.noise if noisy else None)

    def cust(self, bank: Bank, kind: str = "clean", **over: Value) -> Frag:
        template = self.pick(bank, self.clang())
        return self.cust_t(template, kind, **over)

    def cust_t(self, template: str, kind: str = "clean", **over: Value) -> Frag:
        frag = self.frag(template, noisy=True, **over)
        self.add("customer", frag, kind)
        return frag

    def agent(self, bank: Bank, kind: str = "info", **over: Value) -> None:
        template = self.pick(bank, self.agent_lang)
        self.add("agent", self.frag(template, **over), kind)

    def ask(self, bank: AskBank, kind: str, only: str | None = None) -> frozenset[str]:
        options = bank[self.agent_lang]
        if only is not None:
            options = [o for o in options if o[1] == frozenset({only})]
            assert options, only
        fresh = [o for o in options if o[0] not in self.used] or options
        template, requested = self.rng.choice(fresh)
        self.used.add(template)
        self.add("agent", self.frag(template), kind, requested)
        return requested

    def add(
        self, role: str, frag: Frag, kind: str, requested: frozenset[str] = frozenset()
    ) -> None:
        text = frag.text.strip()
        if not text:
            return
        shift = len(frag.text) - len(frag.text.lstrip())
        labels = [
            Label(lab.type, lab.start - shift, lab.end - shift, lab.keep, lab.split_part)
            for lab in frag.labels
        ]
        self.msgs.append(Message(role, text, labels, requested, kind))


def maybe(rng: Random, p: float) -> bool:
    return rng.random() < p


def warn(ch: Chat, *keys: str) -> None:
    topics = sorted({KEY_WARN.get(k, k) for k in keys if KEY_WARN.get(k, k) in WARN}) or ["general"]
    if ch.rng.random() < 0.2:
        topics.append("general")
    ch.agent(WARN[ch.rng.choice(topics)], "warning")


def refuse(ch: Chat, requested: frozenset[str]) -> None:
    banks = [REFUSE[t] for t in (CC, CVV, SSN, OTP, PW, PIN) if t in requested]
    if not banks or ch.rng.random() < 0.3:
        banks.append(REFUSE["general"])
    ch.cust(ch.rng.choice(banks), "clean")


def key_of(kind: str) -> str:
    return {CC: "card", CVV: "cvv", SSN: "ssn", OTP: "otp", PW: "pw", PIN: "pin"}[kind]


def give_frag(ch: Chat, key: str, short: bool = False) -> Frag:
    """A customer phrase handing over one secret (the CID bank for an Amex CVV)."""
    if key == "cvv" and ch.ctx.brand == "amex" and not short:
        bank = GIVE["cid"]
    else:
        bank = SHORT_GIVE[key] if short else GIVE[key]
    lang = ch.clang()
    if short and lang == "mix":
        lang = ch.rng.choice(("en", "es"))
    return ch.frag(ch.pick(bank, lang), noisy=True)


def comply(ch: Chat, requested: frozenset[str], kind: str) -> None:
    keys = [key_of(t) for t in (CC, CVV, SSN, OTP, PW, PIN) if t in requested]
    rng = ch.rng
    if len(keys) == 1 or maybe(rng, 0.4):
        for key in keys:
            ch.add("customer", give_frag(ch, key), kind)
        return
    parts = [give_frag(ch, key, short=True) for key in keys]
    ch.add(
        "customer", join_frags(parts, rng.choice((", ", " / ", "\n", " and ", " - ", ". "))), kind
    )


def detail_round(ch: Chat, topics: Sequence[str] | None = None) -> None:
    rng = ch.rng
    topic = rng.choice(list(topics) if topics else sorted(DETAIL_TOPICS))
    ch.agent(DETAIL_TOPICS[topic]["ask"], "legit_ask")
    ch.cust(DETAIL_TOPICS[topic]["ans"], "lookalike")


def word_values(ch: Chat, lang: str) -> dict[str, Value]:
    rng = ch.rng
    zip_digits = re.sub(r"\D", "", str(ch.ctx.v["zip"]))[:5] or "94107"
    hour = rng.randint(2, 9)
    wtime = (
        rng.choice(
            (
                f"{EN_DIGIT_WORDS[hour]} thirty",
                f"{hour} pm",
                f"{en_pair(hour + 10)} hundred hours",
                f"{EN_DIGIT_WORDS[hour]} fifteen",
            )
        )
        if lang == "en"
        else rng.choice(
            (
                f"las {ES_DIGIT_WORDS[hour]} y media",
                f"las {ES_DIGIT_WORDS[hour]} de la tarde",
                f"las {hour} y cuarto",
            )
        )
    )
    return {
        "wamount": words_amount(rng, lang),
        "wzip": spell(rng, zip_digits, lang),
        "wlast4": spell(rng, ch.ctx.number[-4:], lang)
        if maybe(rng, 0.6)
        else spell(rng, ch.ctx.number[-4:], lang, pairs=True),
        "wtime": wtime,
    }


# --------------------------------------------------------------------------------------
# Families
# --------------------------------------------------------------------------------------


def b_dispute_lookalikes(ch: Chat) -> None:
    rng = ch.rng
    if maybe(rng, 0.5):
        ch.agent(AGENT_OPEN, "greeting")
    ch.cust(DISPUTE_OPEN, "lookalike")
    ch.agent(AGENT_VERIFY, "legit_ask")
    ch.cust(CUST_VERIFY, "lookalike")
    for topic in rng.sample(sorted(DETAIL_TOPICS), rng.randint(1, 3)):
        detail_round(ch, [topic])
    ch.agent(AGENT_INFO, "info")
    if maybe(rng, 0.55):
        ch.cust(CUST_CLOSING, "clean")
    if maybe(rng, 0.5):
        warn(ch, rng.choice(("general", "code", "card", "pin")))


def b_fraud_alert(ch: Chat) -> None:
    rng = ch.rng
    alert = ch.frag(ch.pick(BANK_ALERT, "en" if ch.lang == "en" else ch.agent_lang))
    ch.cust(QUOTE_FRAME, "lookalike", quote=alert)
    ch.agent(ALERT_AGENT, "legit_ask")
    ch.cust(NOT_ME, "clean")
    if maybe(rng, 0.5):
        ch.agent(AGENT_VERIFY, "legit_ask")
        ch.cust(CUST_VERIFY, "lookalike")
    ch.agent(BLOCK_INFO, "info")
    if maybe(rng, 0.5):
        ch.cust(CUST_CLOSING, "clean")
    warn(ch, rng.choice(("general", "code")))


def b_replacement_status(ch: Chat) -> None:
    rng = ch.rng
    ch.cust(REPLACE_OPEN, "lookalike")
    ch.agent(AGENT_VERIFY, "legit_ask")
    ch.cust(CUST_VERIFY, "lookalike")
    for _ in range(rng.randint(1, 3)):
        ch.agent(REPLACE_AGENT, "info")
        ch.cust(REPLACE_CUST_CLEAN, "lookalike")
    warn(ch, "pin")
    if maybe(rng, 0.4):
        ch.cust(CUST_CLOSING, "clean")


def b_phish_refused(ch: Chat) -> None:
    rng = ch.rng
    if maybe(rng, 0.5):
        ch.cust(DISPUTE_OPEN, "lookalike")
    ch.agent(PHISH_INTRO, "phish_intro")
    refuse(ch, ch.ask(PHISH_ASK, "phish_ask"))
    if maybe(rng, 0.6):
        refuse(ch, ch.ask(PHISH_PUSH, "phish_ask"))
    if maybe(rng, 0.3):
        ch.cust(SSN_LOOKALIKE, "lookalike")


def b_assisted_clean(ch: Chat) -> None:
    rng = ch.rng
    lang = "es" if ch.lang == "es" or (ch.lang == "mix" and maybe(rng, 0.5)) else "en"
    mode = rng.choice(("dictation", "relative", "screen"))
    if mode == "dictation":
        ch.cust(DICT_INTRO, "clean")
        ch.agent(AGENT_VERIFY, "legit_ask")
        for _ in range(rng.randint(2, 3)):
            ch.cust_t(ch.pick(DICT_LOOKALIKE, lang), "dictated_lookalike", **word_values(ch, lang))
        ch.agent(AGENT_INFO, "info")
    elif mode == "relative":
        ch.cust(REL_INTRO, "clean")
        ch.agent(REL_AGENT, "legit_ask")
        for _ in range(rng.randint(2, 3)):
            ch.cust(REL_CLEAN, "lookalike")
        ch.agent(AGENT_INFO, "info")
        if maybe(rng, 0.5):
            warn(ch)
    else:
        ch.cust(SR_INTRO, "clean")
        slast4 = spaced(rng, ch.ctx.number[-4:])
        for _ in range(rng.randint(1, 2)):
            ch.cust(SR_LOOKALIKE, "screen_reader_lookalike", slast4=slast4)
        ch.agent(DETAIL_TOPICS["when"]["ask"], "legit_ask")
        ch.cust(DETAIL_TOPICS["when"]["ans"], "lookalike")
        ch.agent(AGENT_INFO, "info")


def b_draft_clean(ch: Chat) -> None:
    rng = ch.rng
    ch.cust(DISPUTE_OPEN, "lookalike")
    ch.agent(DETAIL_TOPICS["when"]["ask"], "legit_ask")
    ch.add("customer", draft(ch, []), "draft_paste")
    ch.agent(AGENT_INFO, "info")
    if maybe(rng, 0.4):
        ch.cust(CUST_CLOSING, "clean")


def b_dispute_card_typed(ch: Chat) -> None:
    rng = ch.rng
    if maybe(rng, 0.4):
        ch.agent(AGENT_OPEN, "greeting")
    ch.cust(DISPUTE_OPEN, "lookalike")
    ch.agent(AGENT_VERIFY, "legit_ask")
    ch.cust(VOLUNTEER_CARD, "card_typed")
    if maybe(rng, 0.35):
        ch.cust(ADD_CVV, "card_typed")
    warn(ch, "card")
    if maybe(rng, 0.6):
        detail_round(ch)
    ch.agent(AGENT_INFO, "info")


def b_split_card(ch: Chat) -> None:
    rng = ch.rng
    ctx = ch.ctx
    ch.cust(DISPUTE_OPEN, "lookalike")
    if maybe(rng, 0.5):
        ch.ask(CARELESS_ASK, "careless_ask", only=CC)
    else:
        ch.agent(AGENT_VERIFY, "legit_ask")
    lang = ch.clang()
    if lang == "mix":
        lang = rng.choice(("en", "es"))
    groups = card_groups(rng, ctx.number, ctx.brand)
    if len(groups) == 2 and maybe(rng, 0.5):
        groups = [4, 4, 4, 4] if len(ctx.number) == 16 else groups
    gs = cut(ctx.number, groups)
    sep = rng.choice((" ", " ", "-", ""))
    valid_cuts = [k for k in range(1, len(gs)) if sum(len(g) for g in gs[k:]) >= 4]
    n_cuts = min(len(valid_cuts), rng.choice((1, 1, 2)))
    cuts = sorted(rng.sample(valid_cuts, n_cuts))
    bounds = [0, *cuts, len(gs)]
    parts = [sep.join(gs[a:b]) for a, b in pairwise(bounds)]
    intro = ch.pick(SPLIT_INTRO, lang)
    if intro and maybe(rng, 0.5):
        ch.cust_t(intro, "clean")
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        sec = Sec(CC, part, keep=4 if last else 0, split=True)
        bank = SPLIT_FIRST if i == 0 else SPLIT_LAST if last else SPLIT_NEXT
        ch.cust_t(ch.pick(bank, lang), "card_split", part=sec)
    warn(ch, "card")
    ch.agent(AGENT_INFO, "info")


def b_bank_text_otp(ch: Chat) -> None:
    rng = ch.rng
    code_lang = "en" if ch.lang == "en" else ("es" if ch.lang == "es" else rng.choice(("en", "es")))
    if maybe(rng, 0.25):
        # a phisher in the chat asks for the code and the customer pastes the whole text
        if maybe(rng, 0.5):
            ch.agent(PHISH_INTRO, "phish_intro")
        ch.ask(PHISH_ASK, "phish_ask", only=OTP)
        ch.cust_t(ch.pick(BANK_CODE, code_lang), "bank_text_pasted")
        ch.agent(PHISH_ACK, "phish_intro")
        if maybe(rng, 0.5):
            ch.cust(CUST_VERIFY, "lookalike")
        return
    if maybe(rng, 0.3):
        ch.agent(AGENT_OPEN, "greeting")
    quote = ch.frag(ch.pick(BANK_CODE, code_lang))
    ch.cust(QUOTE_FRAME, "bank_text_pasted", quote=quote)
    if maybe(rng, 0.6):
        ch.cust(BANK_TEXT_QUESTION, "clean")
    ch.agent(BANK_TEXT_AGENT, "warning")
    if maybe(rng, 0.4):
        alert = ch.frag(ch.pick(BANK_ALERT, code_lang))
        ch.cust(QUOTE_FRAME, "lookalike", quote=alert)
        ch.agent(ALERT_AGENT, "legit_ask")
        ch.cust(NOT_ME, "clean")
    ch.agent(BLOCK_INFO, "info")


def form_frag(ch: Chat, keys: Sequence[str], lang: str, filled: bool) -> Frag:
    rng = ch.rng
    labels = FORM_LABELS[lang]
    sep = rng.choice((": ", ": ", " - ", ":", " = ")) if filled else ":"
    bullet = rng.choice(("", "", "- ", "* ", "• "))
    lines = []
    for key in keys:
        label = rng.choice(labels[key])
        lines.append(f"{bullet}{label}{sep}{{{key}}}" if filled else f"{bullet}{label}{sep}")
    template = "\n".join(lines)
    if not filled:
        return Frag(template)
    return ch.frag(template, noisy=maybe(rng, 0.5))


def b_chargeback_form(ch: Chat) -> None:
    rng = ch.rng
    lang = ch.agent_lang
    ch.cust(DISPUTE_OPEN, "lookalike")
    legit = rng.sample(FORM_LEGIT_KEYS, rng.randint(4, 7))
    phish = maybe(rng, 0.3)
    secret_keys = (
        rng.sample(["card", "cvv", "ssn", "pw", "otp", "pin"], rng.randint(1, 3))
        if maybe(rng, 0.85)
        else []
    )
    if "card" in secret_keys and maybe(rng, 0.6):
        secret_keys.insert(secret_keys.index("card") + 1, "exp")
    if "pw" in secret_keys and maybe(rng, 0.5):
        secret_keys.insert(secret_keys.index("pw"), "user")
    intro = ch.frag(ch.pick(FORM_AGENT_INTRO, lang))
    asked = legit + (secret_keys if phish else [])
    body = form_frag(ch, asked, lang, filled=False)
    requested = frozenset(SECRET_KEY_TYPE[k] for k in asked if k in SECRET_KEY_TYPE)
    ch.add(
        "agent",
        join_frags([intro, body], "\n"),
        "form_request" if not requested else "phish_form",
        requested,
    )
    filled_keys = asked if phish else legit + secret_keys
    flang = lang if ch.lang != "mix" or maybe(rng, 0.6) else ("es" if lang == "en" else "en")
    filled = form_frag(ch, filled_keys, flang, filled=True)
    pre = ch.frag(ch.pick(FORM_CUST_INTRO, flang), noisy=True)
    ch.add("customer", join_frags([pre, filled], "\n") if pre.text else filled, "form_fill")
    if phish:
        ch.agent(PHISH_ACK, "phish_intro")
    else:
        if secret_keys:
            warn(ch, *secret_keys)
        ch.agent(AGENT_INFO, "info")


def draft(ch: Chat, secret_keys: Sequence[str]) -> Frag:
    rng = ch.rng
    lang = "en" if ch.lang == "en" else ("es" if ch.lang == "es" else rng.choice(("en", "es")))
    lines_bank = DRAFT_LINES[lang]
    keys = rng.sample(DRAFT_LOOKALIKE_KEYS, rng.randint(4, 7)) + list(secret_keys)
    rng.shuffle(keys)
    bullet = rng.choice(("- ", "* ", "", "• ", "> "))
    lines = [rng.choice(lines_bank["header"])] if maybe(rng, 0.7) else []
    lines += [bullet + rng.choice(lines_bank[k]) for k in keys]
    intro = ch.pick(DRAFT_INTRO, lang)
    body = ch.frag("\n".join(lines))
    if intro:
        return join_frags([ch.frag(intro, noisy=True), body], rng.choice(("\n", "\n\n")))
    return body


def b_claim_draft(ch: Chat) -> None:
    rng = ch.rng
    ch.cust(DISPUTE_OPEN, "lookalike")
    ch.agent(rng.choice((AGENT_VERIFY, DETAIL_TOPICS["when"]["ask"])), "legit_ask")
    keys = rng.sample(["card", "cvv", "ssn", "pw", "otp", "pin"], rng.randint(1, 3))
    ch.add("customer", draft(ch, keys), "draft_paste")
    warn(ch, *keys)
    ch.agent(AGENT_INFO, "info")
    if maybe(rng, 0.4):
        ch.cust(CUST_CLOSING, "clean")


def dictated_value(ch: Chat, key: str, lang: str) -> Sec:
    rng = ch.rng
    ctx = ch.ctx
    if key == "card":
        groups = card_groups(rng, ctx.number, ctx.brand)
        if len(groups) == 2:
            groups = fours(len(ctx.number))
        text = (
            mixed(rng, ctx.number, lang, groups)
            if maybe(rng, 0.4)
            else spell(rng, ctx.number, lang, groups)
        )
        return Sec(CC, text, keep=4)
    if key == "ssn":
        if maybe(rng, 0.3):
            return Sec(SSN, mixed(rng, ctx.ssn, lang, [3, 2, 4]), keep=4)
        return Sec(SSN, spell(rng, ctx.ssn, lang, [3, 2, 4] if maybe(rng, 0.6) else None), keep=4)
    number = {"otp": ctx.otp, "cvv": ctx.cvv, "pin": ctx.pin}[key]
    kind = {"otp": OTP, "cvv": CVV, "pin": PIN}[key]
    if maybe(rng, 0.15):
        return Sec(kind, number)  # dictation got the digits right
    return Sec(kind, spell(rng, number, lang, pairs=maybe(rng, 0.35)))


def b_dictation(ch: Chat) -> None:
    rng = ch.rng
    lang = "es" if ch.lang == "es" or (ch.lang == "mix" and maybe(rng, 0.5)) else "en"
    ch.cust(DICT_INTRO, "clean")
    ch.agent(AGENT_VERIFY, "legit_ask")
    words = word_values(ch, lang)
    ch.cust_t(ch.pick(DICT_LOOKALIKE, lang), "dictated_lookalike", **words)
    targets = rng.sample(["card", "ssn", "otp", "cvv", "pin"], rng.choice((1, 1, 2)))
    if "card" not in targets and maybe(rng, 0.35):
        targets[0] = "card"
    phishy = maybe(rng, 0.2)
    for key in targets:
        if phishy or maybe(rng, 0.3):
            bank, kind = (PHISH_ASK, "phish_ask") if phishy else (CARELESS_ASK, "careless_ask")
            ch.ask(bank, kind, only=SECRET_KEY_TYPE[key])
        value = dictated_value(ch, key, lang)
        ch.cust_t(ch.pick(DICT_GIVE[key], lang), "dictated", **{key: value}, **words)
    if maybe(rng, 0.5):
        ch.cust_t(ch.pick(DICT_LOOKALIKE, lang), "dictated_lookalike", **word_values(ch, lang))
    if phishy:
        ch.agent(PHISH_ACK, "phish_intro")
        return
    warn(ch, *targets)
    ch.agent(AGENT_INFO, "info")


def b_relative(ch: Chat) -> None:
    rng = ch.rng
    ch.cust(REL_INTRO, "clean")
    ch.agent(REL_AGENT, "legit_ask")
    ch.cust(REL_CLEAN, "lookalike")
    keys = rng.sample(["ssn", "card", "pin", "otp", "pw"], rng.choice((1, 1, 2)))
    for key in keys:
        over: dict[str, Value] = {}
        if maybe(rng, 0.2) and key in ("ssn", "card"):
            lang = "es" if ch.lang == "es" else "en"
            over[key] = dictated_value(ch, key, lang)
        ch.cust(REL_GIVE[key], "relative", **over)
    if maybe(rng, 0.5):
        ch.cust(REL_CLEAN, "lookalike")
    warn(ch, *keys)
    ch.agent(AGENT_INFO, "info")


def b_screen_reader(ch: Chat) -> None:
    rng = ch.rng
    ctx = ch.ctx
    ch.cust(SR_INTRO, "clean")
    slast4 = spaced(rng, ctx.number[-4:])
    ch.cust(SR_LOOKALIKE, "screen_reader_lookalike", slast4=slast4)
    keys = rng.sample(["card", "otp", "cvv", "ssn"], rng.choice((1, 1, 2)))
    if "card" not in keys and maybe(rng, 0.3):
        keys[0] = "card"
    if "cvv" in keys and "card" not in keys and maybe(rng, 0.5):
        keys.insert(0, "card")
    for key in keys:
        if key == "card":
            groups = card_groups(rng, ctx.number, ctx.brand)
            value = Sec(
                CC,
                spaced(
                    rng,
                    ctx.number,
                    groups
                    if len(groups) > 2
                    else [4, 4, 4, 4]
                    if len(ctx.number) == 16
                    else groups,
                ),
                keep=4,
            )
        elif key == "ssn":
            value = Sec(SSN, spaced(rng, ctx.ssn, [3, 2, 4]), keep=4)
        else:
            number = ctx.otp if key == "otp" else ctx.cvv
            value = Sec(
                OTP if key == "otp" else CVV, spaced(rng, number) if maybe(rng, 0.7) else number
            )
        ch.cust(SR_GIVE[key], "screen_reader", **{key: value})
    warn(ch, *keys)
    if maybe(rng, 0.5):
        detail_round(ch, ["when", "auth", "order"])
    ch.agent(AGENT_INFO, "info")


def b_phish_complied(ch: Chat) -> None:
    rng = ch.rng
    if maybe(rng, 0.5):
        ch.cust(DISPUTE_OPEN, "lookalike")
    ch.agent(PHISH_INTRO, "phish_intro")
    if maybe(rng, 0.4):
        ch.agent(AGENT_VERIFY, "legit_ask")
        ch.cust(CUST_VERIFY, "lookalike")
    for _ in range(rng.choice((1, 1, 2))):
        requested = ch.ask(PHISH_ASK, "phish_ask")
        comply(ch, requested, "phish_reply")
        ch.agent(PHISH_ACK, "phish_intro")


def b_careless_agent(ch: Chat) -> None:
    rng = ch.rng
    ch.cust(DISPUTE_OPEN, "lookalike")
    ch.agent(AGENT_VERIFY, "legit_ask")
    ch.cust(CUST_VERIFY, "lookalike")
    requested = ch.ask(CARELESS_ASK, "careless_ask")
    comply(ch, requested, "careless_reply")
    if maybe(rng, 0.7):
        ch.agent(CARELESS_SORRY, "warning")
    ch.agent(AGENT_INFO, "info")


def b_replacement_pin(ch: Chat) -> None:
    rng = ch.rng
    ch.cust(REPLACE_OPEN, "lookalike")
    ch.agent(REPLACE_AGENT, "info")
    leaked = ["pin"] if maybe(rng, 0.6) else ["card", "pin"] if maybe(rng, 0.4) else ["card"]
    if "card" in leaked:
        ch.cust(NEW_CARD_LEAK, "card_typed")
    if "pin" in leaked:
        ch.cust(PIN_LEAK, "pin_typed")
    warn(ch, *leaked)
    if maybe(rng, 0.5):
        ch.cust(REPLACE_CUST_CLEAN, "lookalike")
        ch.agent(REPLACE_AGENT, "info")


def b_login_password(ch: Chat) -> None:
    rng = ch.rng
    ch.cust(LOGIN_OPEN, "lookalike")
    pw2 = Sec(PW, make_pw(rng))
    if maybe(rng, 0.25):
        ch.ask(PHISH_ASK, "phish_ask", only=PW)
        ch.cust(PW_LEAK, "password_typed", pw2=pw2)
        ch.agent(PHISH_ACK, "phish_intro")
        return
    ch.agent(LOGIN_AGENT, "legit_ask")
    ch.cust(PW_LEAK, "password_typed", pw2=pw2)
    warn(ch, "pw")
    if maybe(rng, 0.5):
        ch.cust(CUST_CLOSING, "clean")


def b_ssn_for_claim(ch: Chat) -> None:
    rng = ch.rng
    ch.cust(DISPUTE_OPEN, "lookalike")
    if maybe(rng, 0.3):
        ch.ask(CARELESS_ASK, "careless_ask", only=SSN)
        comply(ch, frozenset({SSN}), "careless_reply")
    else:
        ch.agent(AGENT_VERIFY, "legit_ask")
        ch.cust(SSN_LEAK, "ssn_typed")
    if maybe(rng, 0.5):
        ch.cust(SSN_LOOKALIKE, "lookalike")
    warn(ch, "ssn")
    ch.agent(AGENT_INFO, "info")


FAMILIES: tuple[tuple[str, int, Callable[[Chat], None]], ...] = (
    # no secret typed (look-alikes, refusals)
    ("dispute_lookalikes", 10, b_dispute_lookalikes),
    ("fraud_alert_reply", 7, b_fraud_alert),
    ("replacement_status", 5, b_replacement_status),
    ("phish_refused", 6, b_phish_refused),
    ("assisted_clean", 4, b_assisted_clean),
    ("draft_clean", 4, b_draft_clean),
    # secrets typed
    ("dispute_card_typed", 8, b_dispute_card_typed),
    ("split_card", 6, b_split_card),
    ("bank_text_otp", 7, b_bank_text_otp),
    ("chargeback_form", 7, b_chargeback_form),
    ("claim_draft", 5, b_claim_draft),
    ("dictation", 7, b_dictation),
    ("relative_for_parent", 6, b_relative),
    ("screen_reader", 5, b_screen_reader),
    ("phish_complied", 8, b_phish_complied),
    ("careless_agent", 4, b_careless_agent),
    ("replacement_pin", 4, b_replacement_pin),
    ("login_password", 4, b_login_password),
    ("ssn_for_claim", 3, b_ssn_for_claim),
)

LANGS = (("en", 45), ("es", 40), ("mix", 15))


def generate(seed: int, count: int = 480) -> list[Conversation]:
    rng = Random(seed)
    schedule = list(range(len(FAMILIES)))
    rng.shuffle(schedule)
    weights = [f[1] for f in FAMILIES]
    conversations: list[Conversation] = []
    for i in range(count):
        index = (
            schedule[i]
            if i < len(schedule)
            else rng.choices(range(len(FAMILIES)), weights=weights)[0]
        )
        name, _weight, build = FAMILIES[index]
        lang = rng.choices([lang for lang, _ in LANGS], weights=[w for _, w in LANGS])[0]
        ctx = make_ctx(rng, lang)
        chat = Chat(rng, lang, ctx)
        build(chat)
        conversations.append(Conversation(f"b26-{seed}-{i:04d}", name, lang, chat.msgs))
    return conversations
