"""Disguised secrets, as people (and people testing a filter) type them, EN and ES.

A secret's digits are written in one disguise family, or several at once:

    unicode      fullwidth, Arabic-Indic, Devanagari, mathematical... digits, mixed with ASCII
    invisible    zero-width characters, word joiners, soft hyphens inside the number;
                 non-breaking and other unusual spaces or Unicode dashes between groups
    lookalike    O/o for 0, l/I/| for 1 (and S, B, Z for 5, 8, 2 inside a group)
    spelled      every digit spelled out ("four one one one", "cuatro-uno-uno-uno")
    spelled_group one group spelled, the others digits ("4111 one one one one 1111 1111")
    oh           spelled out with "oh" for the zeros between digits
    one_by_one   typed one digit at a time ("2 3 0 0   7 3 6 0", "8.2.5.4", "8-2-6-0-6-0")
    mixed_words  digits and digit words mixed, one at a time ("4 one 6 nine, 3 seven four 5")
    combined     two or three of the above on the same number

`disguised(rng, secret_type, family)` gives a message carrying one disguised secret with
its exact span; `clean(rng)` gives a message with no secret but with the things the text
layer must leave alone (number words in prose, o/l/I words, masked numbers, amounts,
dates, phone numbers).

    python -m tests.chatgen.disguise [--seed 9] [--size 300] [--show 3]

reports, per family and secret type, how many were caught with nothing of the hidden part
left in the masked text, and how many clean messages were touched.
"""

from __future__ import annotations

import argparse
import random
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tests.chatgen import cards, values

CREDIT_CARD = "CREDIT_CARD"
US_SSN = "US_SSN"
CARD_SECURITY_CODE = "CARD_SECURITY_CODE"
ONE_TIME_PASSCODE = "ONE_TIME_PASSCODE"
PIN = "PIN"
TYPES: tuple[str, ...] = (CREDIT_CARD, US_SSN, CARD_SECURITY_CODE, ONE_TIME_PASSCODE, PIN)
KEEP_LAST = {CREDIT_CARD: 4, US_SSN: 4}

FAMILIES: tuple[str, ...] = (
    "unicode",
    "invisible",
    "lookalike",
    "spelled",
    "spelled_group",
    "oh",
    "one_by_one",
    "mixed_words",
    "combined",
)
#: Families that only make sense on a number of several groups.
_GROUPED_ONLY = frozenset({"spelled_group"})
#: Character-level families that `combined` draws from (words go on top of them).
_CHARACTER_FAMILIES = ("unicode", "invisible", "lookalike")


@dataclass(frozen=True)
class Disguised:
    """A message with one disguised secret at text[start:end] whose digits are `digits`."""

    text: str
    start: int
    end: int
    digits: str
    type: str
    family: str
    lang: str

    @property
    def keep_last(self) -> int:
        return KEEP_LAST.get(self.type, 0)

    @property
    def prefix(self) -> str:
        return self.text[: self.start]

    @property
    def suffix(self) -> str:
        return self.text[self.end :]


# ── character disguises ─────────────────────────────────────────────────────────────────

#: Zero of each decimal digit script people paste (fullwidth from CJK keyboards, the
#: Arabic and Indic scripts from phones set to those languages, math letters from
#: "fancy text" generators).
DIGIT_ZEROS = (
    0xFF10,  # fullwidth
    0x0660,  # Arabic-Indic
    0x06F0,  # extended Arabic-Indic (Persian, Urdu)
    0x0966,  # Devanagari
    0x09E6,  # Bengali
    0x0E50,  # Thai
    0x1D7CE,  # mathematical bold
    0x1D7D8,  # mathematical double-struck
    0x1D7E2,  # mathematical sans-serif
    0x1D7F6,  # mathematical monospace
)
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨"
INVISIBLES = (
    "\u200b",  # zero-width space
    "\u200c",  # zero-width non-joiner
    "\u200d",  # zero-width joiner
    "\u2060",  # word joiner
    "\ufeff",  # BOM / zero-width no-break space
    "\u00ad",  # soft hyphen
    "\u2061",  # function application
    "\u180e",  # Mongolian vowel separator
    "\u3164",  # Hangul filler
    "\u034f",  # combining grapheme joiner
)
ODD_SPACES = ("\u00a0", "\u2007", "\u2009", "\u202f", "\u3000", "\u2002", "\u2003", "\u205f")
ODD_DASHES = ("\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "\ufe63", "\uff0d")
#: digit -> letters people type for it
LOOKALIKES = {"0": ("O", "o", "O"), "1": ("l", "I", "|", "l")}
#: the same from Cyrillic and Greek keyboards
FOREIGN_LOOKALIKES = {"0": ("\u041e", "\u043e", "\u039f"), "1": ("\u0406", "\u0399")}
WEAK_LOOKALIKES = {"5": ("S", "s"), "8": ("B",), "2": ("Z", "z"), "1": ("i",)}


def unicode_digit(rng: random.Random, digit: str, zero: int | None = None) -> str:
    return chr((zero if zero is not None else rng.choice(DIGIT_ZEROS)) + int(digit))


def to_unicode(rng: random.Random, text: str) -> str:
    """Digits in one foreign script (all, or mixed with ASCII), mixed scripts, keycap
    emoji or other NFKC forms (superscripts, circled digits)."""
    if not any(ch.isdigit() for ch in text):
        return text
    if rng.random() < 0.1:
        return "".join(ch + "\ufe0f\u20e3" if ch.isdigit() else ch for ch in text)
    if rng.random() < 0.1:
        forms = rng.choice((SUPERSCRIPTS, CIRCLED))
        return "".join(forms[int(ch)] if ch.isdigit() else ch for ch in text)
    zero = rng.choice(DIGIT_ZEROS) if rng.random() < 0.8 else None
    share = rng.choice((1.0, 1.0, 0.6, 0.3))
    out = [
        unicode_digit(rng, ch, zero) if ch.isdigit() and rng.random() < share else ch for ch in text
    ]
    if not any(ord(c) > 127 for c in out):
        index = next(i for i, ch in enumerate(text) if ch.isdigit())
        out[index] = unicode_digit(rng, text[index], zero)
    return "".join(out)


def with_invisibles(rng: random.Random, text: str) -> str:
    """Invisible characters between digits; odd spaces and dashes as separators."""
    invisible = rng.choice(INVISIBLES)
    mixed = rng.random() < 0.3
    share = rng.choice((1.0, 0.5, 0.25))
    space, dash = rng.choice(ODD_SPACES), rng.choice(ODD_DASHES)
    out: list[str] = []
    for index, ch in enumerate(text):
        if ch == " ":
            out.append(space)
        elif ch == "-":
            out.append(dash)
        else:
            out.append(ch)
        if 0 < index + 1 < len(text) and rng.random() < share:
            out.append(rng.choice(INVISIBLES) if mixed else invisible)
    result = "".join(out)
    if result == text:  # a one-character value: hide something inside anyway
        result = text[0] + invisible + text[1:]
    return result


def with_lookalikes(rng: random.Random, text: str) -> str:
    """0 -> O/o, 1 -> l/I/| (all or some); S/B/Z for 5/8/2 only inside a group."""
    share = rng.choice((1.0, 1.0, 0.5))
    weak = rng.random() < 0.3
    letters = FOREIGN_LOOKALIKES if rng.random() < 0.15 else LOOKALIKES
    out = list(text)
    changed = False
    for index, ch in enumerate(text):
        inside = (
            0 < index < len(text) - 1 and text[index - 1].isdigit() and text[index + 1].isdigit()
        )
        if weak and inside and ch in WEAK_LOOKALIKES and rng.random() < share / 2:
            out[index] = rng.choice(WEAK_LOOKALIKES[ch])
            changed = True
        elif ch in letters and rng.random() < share:
            out[index] = rng.choice(letters[ch])
            changed = True
    if not changed:
        index = next((i for i, ch in enumerate(text) if ch in LOOKALIKES), None)
        if index is not None:
            out[index] = LOOKALIKES[text[index]][0]
    return "".join(out)


_CHARACTER_DISGUISES: dict[str, Callable[[random.Random, str], str]] = {
    "unicode": to_unicode,
    "invisible": with_invisibles,
    "lookalike": with_lookalikes,
}


# ── spelled-out digits ──────────────────────────────────────────────────────────────────

WORDS = {
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    "es": ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
}
#: (between the words of a group, between groups)
_WORD_SEPARATORS = (
    (" ", " "),
    (" ", ", "),
    (" ", "  "),
    (" ", " - "),
    ("-", " "),
    ("-", "-"),
    (", ", ", "),
    (" ", ". "),
)


def _alternating(word: str) -> str:
    """ "FoUr": the case a person flips to slip a number word past a filter."""
    return "".join(ch.upper() if i % 2 == 0 else ch.lower() for i, ch in enumerate(word))


def _case(rng: random.Random) -> Callable[[str], str]:
    return rng.choices((str.lower, str.capitalize, str.upper, _alternating), (66, 20, 10, 4))[0]


REPEATS = {"en": "double", "es": "doble"}


def spell(
    rng: random.Random,
    digits: str,
    lang: str,
    *,
    oh: bool = False,
    case: Callable[[str], str],
    group_starts: frozenset[int] = frozenset(),
    leading_zero: bool = False,
) -> list[str]:
    """The words of `digits`, one per digit; with `oh`, zeros between other digits are
    "oh" (or "o"), and so is a leading zero when `leading_zero`. Two equal digits of a
    group may be said "double four" (the repeat word and the digit word then stand for
    one digit each)."""
    zero = rng.choice(("oh", "oh", "o"))
    words = []
    index = 0
    while index < len(digits):
        digit = digits[index]
        between = 0 < index < len(digits) - 1
        heading = index == 0 and len(digits) >= 4 and leading_zero
        word = zero if oh and digit == "0" and (between or heading) else WORDS[lang][int(digit)]
        pair = index + 1 < len(digits) and digits[index + 1] == digit
        repeat = pair and index + 1 not in group_starts and word not in ("o", "oh")
        if repeat and rng.random() < 0.15:
            words.extend((case(REPEATS[lang]), case(word)))
            index += 2
            continue
        words.append(case(word))
        index += 1
    return words


def _grouped(items: list[str], groups: list[str], within: str, between: str) -> str:
    """`items` (one per digit) joined by `within` inside each group of `groups` and by
    `between` from one group to the next."""
    out: list[str] = []
    index = 0
    for number, group in enumerate(groups):
        if number:
            out.append(between)
        out.append(within.join(items[index : index + len(group)]))
        index += len(group)
    return "".join(out)


def spelled_groups(
    rng: random.Random, groups: Sequence[str], lang: str, *, oh: bool = False
) -> str:
    """`groups` spelled out; a card's groups sometimes one per line."""
    within, between = rng.choice(_WORD_SEPARATORS)
    if len(groups) > 3 and rng.random() < 0.1:
        between = "\n"
    case = _case(rng)
    joined = "".join(groups)
    starts = frozenset(sum(len(g) for g in groups[:i]) for i in range(1, len(groups)))
    leading = within in (" ", "-")  # "oh, seven ..." would read as an interjection
    words = spell(rng, joined, lang, oh=oh, case=case, group_starts=starts, leading_zero=leading)
    return _grouped(words, groups, within, between)


def one_group_spelled(rng: random.Random, groups: Sequence[str], separator: str, lang: str) -> str:
    """One group (or two) spelled out, the others in digits."""
    spelled = set(rng.sample(range(len(groups)), rng.choice((1, 1, 2)) if len(groups) > 2 else 1))
    case = _case(rng)
    parts = [
        " ".join(spell(rng, g, lang, case=case)) if i in spelled else g
        for i, g in enumerate(groups)
    ]
    return separator.join(parts)


#: (between the digits of a group, between groups) when digits are typed one at a time:
#: a wider gap, a dash, a slash or a comma between groups, or the same gap throughout.
_ONE_BY_ONE_SEPARATORS = (
    (" ", "   "),
    (" ", "  "),
    (" ", " - "),
    (" ", " / "),
    (" ", ", "),
    (" ", " "),
    (".", "."),
    ("-", "-"),
    ("-", " "),
)


def one_by_one(rng: random.Random, groups: Sequence[str], lang: str, *, words: bool = False) -> str:
    """`groups` typed one digit at a time; with `words`, some digits spelled out (at least
    one, and at least one typed)."""
    options = _ONE_BY_ONE_SEPARATORS
    if words:
        options = tuple(pair for pair in options if pair[0] == " ")
    digits = "".join(groups)
    if len(digits) < 4:
        # (three digits dotted or dashed read as a version or a formation: "7.0.1")
        options = tuple(pair for pair in options if pair[0] == " ")
    within, between = rng.choice(options)
    case = _case(rng)
    if words:
        spelled = {i for i in range(len(digits)) if rng.random() < 0.5}
        spelled = (spelled | {rng.randrange(len(digits))}) - {rng.randrange(len(digits))}
    else:
        spelled = set()
    written = [
        case(WORDS[lang][int(digit)]) if i in spelled else digit for i, digit in enumerate(digits)
    ]
    return _grouped(written, groups, within, between)


# ── secrets ─────────────────────────────────────────────────────────────────────────────


def _secret_groups(rng: random.Random, secret_type: str, need_zero: bool) -> tuple[list[str], str]:
    """(digit groups, the separator between them) for a secret of `secret_type`."""
    while True:
        groups, separator = _draw_groups(rng, secret_type)
        joined = "".join(groups)
        if not need_zero or "0" in joined[1:-1]:
            return groups, separator


def _draw_groups(rng: random.Random, secret_type: str) -> tuple[list[str], str]:
    if secret_type == CREDIT_CARD:
        spec = rng.choice(cards.BRAND_SPECS)
        number = cards.card_number(rng, spec)
        sizes = rng.choice(spec.groupings) if rng.random() < 0.8 else (4, 4, 4, 4, 4)
        separator = rng.choice((" ", " ", "-", "  ", " - ", "."))
        return cards.group(number, sizes), separator
    if secret_type == US_SSN:
        number = values.ssn_digits(rng)
        if rng.random() < 0.25:
            return [number], ""
        return [number[:3], number[3:5], number[5:]], rng.choice(("-", "-", " ", "."))
    if secret_type == CARD_SECURITY_CODE:
        return [values.digits(rng, rng.choice((3, 3, 3, 4)))], ""
    if secret_type == ONE_TIME_PASSCODE:
        size = rng.choice((6, 6, 6, 4, 8))
        number = values.digits(rng, size)
        if size == 6 and rng.random() < 0.3:
            return [number[:3], number[3:]], rng.choice((" ", "-"))
        return [number], ""
    return [values.digits(rng, rng.choice((4, 4, 4, 6)))], ""


def disguise_value(
    rng: random.Random, groups: Sequence[str], separator: str, family: str, lang: str
) -> str:
    """The secret's characters in disguise `family`."""
    plain = separator.join(groups)
    if family in _CHARACTER_DISGUISES:
        return _CHARACTER_DISGUISES[family](rng, plain)
    if family == "spelled":
        return spelled_groups(rng, groups, lang)
    if family == "oh":
        return spelled_groups(rng, groups, "en", oh=True)
    if family == "spelled_group":
        return one_group_spelled(rng, groups, separator or " ", lang)
    if family == "one_by_one":
        return one_by_one(rng, groups, lang)
    if family == "mixed_words":
        return one_by_one(rng, groups, lang, words=True)
    if family == "combined":
        chosen = rng.sample(_CHARACTER_FAMILIES, rng.choice((2, 2, 3)))
        if len(groups) > 2 and rng.random() < 0.3:
            text = one_group_spelled(rng, groups, separator or " ", lang)
            chosen = [f for f in chosen if f != "lookalike"] or ["invisible"]
        else:
            text = plain
        for name in chosen:
            text = _CHARACTER_DISGUISES[name](rng, text)
        return text
    raise ValueError(f"unknown disguise family: {family}")


# ── messages ────────────────────────────────────────────────────────────────────────────

#: (prefix, suffix) around a secret, per type and language.
TEMPLATES: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {
    CREDIT_CARD: {
        "en": (
            ("my card number is ", ""),
            ("card: ", " thanks"),
            ("here's the visa ", " pls charge it"),
            ("ok the long number on my card is ", ", can you check"),
            ("use this one ", " for the payment"),
            ("", " is my debit card"),
            ("the card I want to use is\n", "\nthank you"),
            ("Please update my card to ", "."),
        ),
        "es": (
            ("mi tarjeta es ", ""),
            ("el número de tarjeta es ", " gracias"),
            ("tarjeta: ", ", por favor"),
            ("use esta tarjeta ", " para el pago"),
            ("", " es mi tarjeta de débito"),
            ("le paso el numero de la tarjeta ", " ok?"),
        ),
    },
    US_SSN: {
        "en": (
            ("my social is ", ""),
            ("SSN: ", " thanks"),
            ("my social security number is ", "."),
            ("ok, ssn ", ", dob is in march"),
            ("here's my soc sec number ", " hope that helps"),
        ),
        "es": (
            ("mi seguro social es ", ""),
            ("número de seguro social: ", " gracias"),
            ("el numero del seguro social es ", ", ¿algo más?"),
        ),
    },
    CARD_SECURITY_CODE: {
        "en": (
            ("the cvv is ", ""),
            ("cvv: ", " thanks"),
            ("security code on the back is ", "."),
            ("my CVC is ", " btw"),
            ("the code on the back of my card is ", ", ok?"),
        ),
        "es": (
            ("el código de seguridad es ", ""),
            ("cvv ", " gracias"),
            ("el codigo de atras de la tarjeta es ", "."),
            ("los tres dígitos de atrás son ", " ok"),
        ),
    },
    ONE_TIME_PASSCODE: {
        "en": (
            ("the code you texted me is ", ""),
            ("verification code: ", " thanks"),
            ("my one-time passcode is ", "."),
            ("I got the otp ", ", what now?"),
            ("the 2fa code is ", " hurry pls"),
        ),
        "es": (
            ("el código de verificación es ", ""),
            ("me llegó el código por sms: ", " gracias"),
            ("código de acceso ", "."),
        ),
    },
    PIN: {
        "en": (
            ("my pin is ", ""),
            ("PIN: ", " thanks"),
            ("the atm pin is ", "."),
            ("card pin ", " if you need it"),
        ),
        "es": (
            ("mi pin es ", ""),
            ("el nip es ", " gracias"),
            ("la clave del cajero es ", "."),
        ),
    },
}


def disguised(
    rng: random.Random, secret_type: str, family: str, lang: str | None = None
) -> Disguised:
    """One message carrying a secret of `secret_type` in disguise `family`."""
    lang = lang or rng.choice(("en", "en", "es"))
    if family == "oh":
        lang = "en"
    groups, separator = _secret_groups(rng, secret_type, need_zero=family == "oh")
    if family in _GROUPED_ONLY and len(groups) < 3:
        family = "spelled"
    value = disguise_value(rng, groups, separator, family, lang)
    prefix, suffix = rng.choice(TEMPLATES[secret_type][lang])
    text = prefix + value + suffix
    return Disguised(
        text, len(prefix), len(prefix) + len(value), "".join(groups), secret_type, family, lang
    )


def families_for(secret_type: str) -> tuple[str, ...]:
    """The families that apply to `secret_type` (one group spelled needs several groups)."""
    if secret_type in (CREDIT_CARD, US_SSN):
        return FAMILIES
    return tuple(f for f in FAMILIES if f not in _GROUPED_ONLY)


# ── clean messages ──────────────────────────────────────────────────────────────────────

_NUMBER_WORDS = {
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "zero"),
    "es": ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "cero"),
}
_OIL_WORDS = (
    "Oslo", "Bill", "Lola", "Illinois", "OOO", "lol", "SOS", "BOB", "Zoe", "loop", "Ollie",
    "l'Oréal", "I", "I'll", "Io", "ZOOM", "solo", "hola", "Ilo", "LOL",
)  # fmt: skip
_CLEAN_TEMPLATES = {
    "en": (
        "I have {n} cards with you",
        "there were {n} or {n} charges I don't recognize",
        "{N} of us are traveling to {oil} next week",
        "I was charged {n} time for the same thing",
        "I only got a one-time passcode once, never again",
        "can you send me a one-time code? I'll wait",
        "the last four are {last}",
        "card ending in {last}, the {n} I use for gas",
        "it shows {masked} on my statement",
        "I paid {amount} on {date} and again {n} days later",
        "call me at {phone}, I'm free after {n}",
        "oh, {n} more thing: {oil} said I'd get a refund of {amount}",
        "lol {oil} I'm {age} and this is my {n} card",
        "Oh no, {n} of my cards got declined at {oil} 😭",
        "we have {n} kids and {n} dogs lol",
        "my order {order} arrived {n} days late",
        "double check the {n} charges from {date} please",
        "twenty-one dollars and {amount} on {date}",
        "I've called {n}, {n} times already",
        "the {n}-factor thing isn't working, no code arrives",
        "I'm in apt 4B, zip code is in my profile",
        "my Galaxy S20 can't open the app, {oil} says hi",
        "is it {n} or {n} business days?",
        "“Hello” — I need help with {oil}’s account…",
    ),
    "es": (
        "tengo {n} tarjetas con ustedes",
        "uno de mis cargos no lo reconozco",
        "me cobraron {n} o {n} veces",
        "somos {n} personas viajando a {oil}",
        "los últimos cuatro son {last}",
        "la tarjeta que termina en {last}, la de {n} años",
        "en el estado de cuenta sale {masked}",
        "pagué {amount} el {date} y {n} días después otra vez",
        "llámeme al {phone} después de las {n}",
        "¿son {n} o {n} días hábiles?",
        "mi folio es S516854, ¿me ayudan?",
        "{oil} dice que en {n} o {n} días me llega el código",
        "ya llamé {n}, {n} veces, ¡qué mal servicio!",
        "hola, ¿cómo están? tengo una duda con mi cuenta",
        "la tarjeta de mi esposa y la mía, las {n}, fueron bloqueadas",
    ),
}


def _clean_slot(rng: random.Random, slot: str, lang: str) -> str:
    if slot in ("n", "N"):
        word = rng.choice(_NUMBER_WORDS[lang][:5])
        return word.capitalize() if slot == "N" else word
    if slot == "oil":
        return rng.choice(_OIL_WORDS)
    if slot == "last":
        return values.last_four(rng)
    if slot == "masked":
        return values.masked_card(rng)
    if slot == "amount":
        return values.amount(rng)
    if slot == "date":
        return values.date(rng)
    if slot == "phone":
        return values.phone(rng)
    if slot == "age":
        return str(rng.randint(18, 80))
    if slot == "order":
        return values.luhn_invalid_number(rng)
    raise ValueError(f"unknown slot: {slot}")


def clean(rng: random.Random) -> tuple[str, str]:
    """(a message with no secret, its language)."""
    lang = rng.choice(("en", "en", "es"))
    template = rng.choice(_CLEAN_TEMPLATES[lang])
    out: list[str] = []
    rest = template
    while "{" in rest:
        head, _, tail = rest.partition("{")
        slot, _, rest = tail.partition("}")
        out.extend((head, _clean_slot(rng, slot, lang)))
    out.append(rest)
    return "".join(out), lang


# ── evaluation ──────────────────────────────────────────────────────────────────────────


def shown_after_masking(masked: str | None, sample: Disguised) -> str | None:
    """The characters the masked text shows where the secret was (None: the text
    around it changed too, or the message was blocked)."""
    if masked is None:
        return ""
    if not (masked.startswith(sample.prefix) and masked.endswith(sample.suffix)):
        return None
    return masked[len(sample.prefix) : len(masked) - len(sample.suffix)]


def revealed_digits(shown: str, mask_char: str = "*") -> str:
    """Every digit `shown` still carries, in any written form (digit words, Unicode
    digits, look-alike letters), read as a secret span is read."""
    from guard._text import normalize_secret  # the test side reads what masking reads

    norm = normalize_secret(shown).text
    return "".join(ch for ch in norm if ch.isalnum() and ch != mask_char)


def is_concealed(masked: str | None, sample: Disguised) -> bool:
    """Nothing of the hidden part is left: only the last `keep_last` digits show."""
    shown = shown_after_masking(masked, sample)
    if shown is None:
        return False
    if any(unicodedata.category(ch) == "Nd" for ch in shown) and not sample.keep_last:
        return False
    kept = sample.digits[-sample.keep_last :] if sample.keep_last else ""
    return revealed_digits(shown) == kept


@dataclass
class Report:
    caught: Counter[tuple[str, str]]
    total: Counter[tuple[str, str]]
    failures: dict[tuple[str, str], list[str]]
    clean: int
    touched: list[str]


def evaluate(seed: int, size: int) -> Report:
    """`size` disguised messages per family and type, and `size` clean ones."""
    from guard import Engine, Message, Role

    engine = Engine()
    rng = random.Random(seed)
    caught: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    failures: dict[tuple[str, str], list[str]] = defaultdict(list)
    for secret_type in TYPES:
        for family in families_for(secret_type):
            for _ in range(size):
                sample = disguised(rng, secret_type, family)
                verdict, _state = engine.inspect(Message("m", sample.text, Role.CUSTOMER))
                found = any(
                    f.type.value == secret_type and f.start <= sample.start and sample.end <= f.end
                    for f in verdict.findings
                )
                key = (family, secret_type)
                total[key] += 1
                if found and is_concealed(verdict.text, sample):
                    caught[key] += 1
                else:
                    failures[key].append(f"{sample.text!r} -> {verdict.text!r}")
    touched = []
    for _ in range(size):
        text, _lang = clean(rng)
        verdict, _state = engine.inspect(Message("m", text, Role.CUSTOMER))
        if verdict.findings:
            touched.append(f"{text!r} -> {[f.type.value for f in verdict.findings]}")
    return Report(caught, total, failures, size, touched)


def render(report: Report, show: int) -> str:
    lines = [f"{'family':<14}" + "".join(f"{t[:12]:>14}" for t in TYPES) + f"{'all':>10}"]
    for family in FAMILIES:
        cells = []
        for secret_type in TYPES:
            key = (family, secret_type)
            cells.append(
                f"{report.caught[key] / report.total[key]:>14.3f}"
                if report.total[key]
                else " " * 14
            )
        family_total = sum(v for (f, _t), v in report.total.items() if f == family)
        family_caught = sum(v for (f, _t), v in report.caught.items() if f == family)
        lines.append(f"{family:<14}" + "".join(cells) + f"{family_caught / family_total:>10.3f}")
    lines.append(f"clean touched: {len(report.touched)}/{report.clean}")
    for key, items in sorted(report.failures.items()):
        for item in items[:show]:
            lines.append(f"  MISS {key[0]}/{key[1]}: {item}")
    lines.extend(f"  TOUCHED {item}" for item in report.touched[:show])
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--size", type=int, default=300)
    parser.add_argument("--show", type=int, default=3)
    args = parser.parse_args(argv)
    report = evaluate(args.seed, args.size)
    sys.stdout.write(render(report, args.show) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
