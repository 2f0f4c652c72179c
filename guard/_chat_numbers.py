"""Numbers as a person types one value in chat ("482", "551 903", "123-45-6789"), and
whether a phrase names one as something else ("zip 94107", "order 4111", "$1200").

Read by both conversation rules: bare answers (guard/_conversation.py) and split cards
(guard/_split_cards.py).
"""

from __future__ import annotations

import re
from typing import NamedTuple

import regex

from guard._clauses import speaker_tags
from guard._phrasing import CURRENCY, MONTH, PhraseSet, fold
from guard.recognizers._cues import STREET_BEFORE
from guard.recognizers._phrases import digits_of

# A number as a person types one value: "482", "551 903", "4 8 2", "123-45-6789".
# Not part of a word, an amount, a masked number, a date, a time or a decimal.
# (It opens with a digit, then looks behind it, so the stdlib scan skips to digits at C
# speed: the third-party `regex` module tries every position.)
_NUMBER = re.compile(
    rf"\d(?<![\w{CURRENCY}*+#•·●…]\d)"
    r"(?:(?<!\(\d)|(?=[\d \-]*\)(?!\s?\d)))"  # "(8636)", not "(555) 1"
    rf"(?<!\d[.,:/\-]\d)(?<![{CURRENCY}*•·●#][\s\-]\d)(?<!\.\.\d)"
    # ("XX 1234", "x-4821": masked; not "yahoo.com.mx\n904", "box 12", "fax 555")
    r"(?<![xX][xX][\s\-]\d)(?<![^A-Za-z][xX][\s\-]\d)(?<!^[xX][\s\-]\d)"
    # (digit groups joined by spaces, a dash or a dot; " - " sets fields apart instead:
    # "774150409 - 982624")
    r"(?:(?:[ \t]{1,2}|[\-.][ \t]?|[ \t][\-.](?![ \t]))?\d)*"
    # (nor the first group of a masked number: "4185 05** **** 3460")
    # (a star alone after it is chat's sign of a correction: "oops 3494*")
    r"(?![\w%€$£•·●]|\*[\w*]|[.,:/\-]\d|[ \-]?\d{0,4}[*xX•·●]{2})"
)
# An amount or a decimal typed bare ("45.20", "1,200.50"), or a date ("13.12.2009",
# "2025-05-07").
_DECIMAL = re.compile(
    r"^\d{1,3}(?:[.,]\d{3})*[.,]\d{2}$|^\d+\.\d{1,2}$"
    r"|^(?:0?[1-9]|[12]\d|3[01])[./\-](?:0?[1-9]|[12]\d|3[01])[./\-](?:19|20)?\d{2}$"
    r"|^(?:19|20)\d{2}[./\-](?:0?[1-9]|1[0-2])[./\-](?:0?[1-9]|[12]\d|3[01])$"
)
# A day or a year beside a month in words is a date: "26 de marzo", "Jan 18, 2023", "5
# may", "marzo de 2024", "18th of June". A day before the month, a day or a year after it.
_DATE_AFTER = re.compile(rf"(?i)(?:st|nd|rd|th)?[ \t]+(?:de[ \t]+|of[ \t]+)?{MONTH}(?![^\W\d_])")
_DATE_BEFORE = re.compile(
    rf"(?i)(?<![^\W\d_]){MONTH}[ \t]+(?:\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+)?"
    rf"(?:de[ \t]+|del[ \t]+)?\Z"
    rf"|\b(?:de|del)[ \t]+{MONTH}[ \t]+(?:de|del)[ \t]+\Z"
)
_DATE_REACH = 20
# What a month in words stands before: a day, a year, or both ("May 5 1987").
_DAY_OR_YEAR = re.compile(r"\d{1,2}(?:[ \t]{1,2}\d{4})?|\d{4}")
# A build number in brackets after a version: "versión 7.0 (4748)", "v5.11 (build 2024)".
_BUILD_BEFORE = re.compile(r"\d\.\d+[ \t]*\([ \t]*(?:build|compilaci[oó]n)?[ \t:#]*\Z", re.I)
# A toll-free number's start, however it goes on: "1-800-HELP-NOW", "1 888 555 0199".
_TOLL_FREE = re.compile(r"1[ \t.\-]8(?:00|33|44|55|66|77|88)\b")
# What opens a phone number before its digits: a country code ("+52 55 4334 9229") or an
# area code in brackets ("(81) 0662-2482").
_PHONE_PREFIX = re.compile(r"(?:\+\d{1,3}|\(\d{1,4}\))[ \t.\-]?\Z")
# A number tied by a dash to capitals before it or letters after it is part of a code, an
# id or a spelled phone number: "error R-611", "1-888-NWCARDS", "CAS-3953509".
_ID_BEFORE = re.compile(r"(?<![^\W\d_])[A-Z]{1,5}-\Z")
_ID_AFTER = re.compile(r"-[^\W\d_]{2,}")
# Prepositions (and "#") name a number as a date, a time, a place or an id only right
# before it ("on 12/05", "de 1969", "at 5", "#4481"): with words between, they name nothing.
_PREPOSITIONS = frozenset(
    {"in", "on", "at", "by", "of", "from", "since", "until", "before", "after", "around",
     "about", "de", "en", "a las", "desde", "hasta", "antes", "después", "#"}
)  # fmt: skip
_ADJACENT = re.compile(r"[ \t]*")
# An expiry date typed with a dash after its word: "6083 vence 08-25", "exp 11-2027".
_DASHED_EXPIRY = re.compile(r"(?:0?[1-9]|1[0-2])-(?:20)?\d\d")
_EXPIRY_WORD = re.compile(
    r"(?i)\b(?:exp\w*|venc\w*|vto|valid(?:\s+thru)?|good\s+thru|caduca)\.?:?[ \t]*\Z"
)
# A ZIP code after a city and a state: "Hialeah, FL 33104", "Austin, TX. 78701", or with
# no comma before a state's code that is no word too ("Bronx NY 75445", "Caguas PR
# 00873"; not "IN", "OK", "ME", nor Spanish "DE", "LA", "MI" in capitals).
_STATE_BEFORE = re.compile(
    r",[ \t]*[A-Z]{2}\.?,?[ \t]+\Z"
    r"|[a-zà-ÿ][ \t]+(?:AK|AZ|AR|CA|CO|CT|FL|GA|IA|ID|IL|KS|KY|MD|MA|MN|MS|MO|MT|NE|NV|NH|NJ|NM|"
    r"NY|NC|ND|RI|SC|SD|TN|TX|UT|VT|WA|WV|WI|WY|DC|PR|VI|GU)\.?,?[ \t]+\Z"
)
_ZIP_DIGITS = 5
# ... or closing an address: "6765 NW 7th St Apt 33C, 71401".
# The tax forms people name by number: "el seguro social completo en el 1099".
_TAX_FORM = re.compile(r"1099|1098|1040")
_FORM_BEFORE = re.compile(
    r"(?i)\b(?:the|a|my|your|form|el|un|mi|su|tu|del|forma|formulario)[ \t]+\Z"
)
_FORM_AFTER = re.compile(r"(?i)-[a-z]{1,4}\b|[ \t]+(?:form|forms|formulario|tax)\b")
# A number standing alone (not "B6" in "flight B6 3578").
_STANDALONE_NUMBER = regex.compile(r"(?<![^\W\d_])\d+(?![^\W\d_])")
# A phrase in another clause names nothing: "I gave it on the phone but ok, 443121027".
# (Not after a full stop: "Av. Juárez 0522" abbreviates.)
_CLAUSE_BREAK = re.compile(r"\b(?:but|pero|though|aunque)\b|[;!?]")
# How far before a number a `not_context` phrase still names it ("zip is 94107").
_NOT_CONTEXT_REACH = 24


class ChatNumber(NamedTuple):
    """A number of a message: where it stands and its digits."""

    start: int
    end: int
    digits: str


def numbers_in(text: str, not_context: PhraseSet | None = None) -> list[ChatNumber]:
    """The numbers of `text` as a person types one value each, but amounts, decimals
    and dates, and (with `not_context`) those a phrase names as something else."""
    numbers = []
    for match in _NUMBER.finditer(text):
        if _DECIMAL.match(match.group()) or part_of_something(text, match.start(), match.end()):
            continue
        number = ChatNumber(match.start(), match.end(), digits_of(match.group()))
        if not_context is not None and named_otherwise(text, number, not_context):
            continue
        numbers.append(number)
    return numbers


def part_of_something(text: str, start: int, end: int) -> bool:
    """The number at `start:end` is part of a date in words, a phone number, a build
    number, an id, an address (a ZIP code after its state) or an expiry date, or names a
    tax form ("el 1099")."""
    if _TAX_FORM.fullmatch(text, start, end) and (
        _FORM_BEFORE.search(text, max(0, start - 12), start) or _FORM_AFTER.match(text, end)
    ):
        return True
    low = max(0, start - _DATE_REACH)
    if end - start <= 2 and _DATE_AFTER.match(text, end):
        return True  # a day: "26 de marzo"
    if _DAY_OR_YEAR.fullmatch(text, start, end) and _DATE_BEFORE.search(text, low, start):
        return True  # a day or a year: "Jan 18, 2023", "marzo de 2024"
    # (Each pattern needs a character the plain tests below look for first: most numbers
    # stand beside none of them and are spared the searches.)
    before = text[max(0, start - 24) : start]
    return bool(
        (text[start] == "1" and _TOLL_FREE.match(text, start, end))
        or (
            ("+" in before[-7:] or ")" in before[-7:])
            and _PHONE_PREFIX.search(text, max(0, start - 7), start)
        )
        or ("(" in before and _BUILD_BEFORE.search(text, max(0, start - 24), start))
        or (before[-1:] == "-" and _ID_BEFORE.search(text, max(0, start - 6), start))
        or (text[end : end + 1] == "-" and _ID_AFTER.match(text, end))
        or (
            "-" in text[start:end]
            and _DASHED_EXPIRY.fullmatch(text, start, end) is not None
            and _EXPIRY_WORD.search(text, max(0, start - 16), start) is not None
        )
        or (
            end - start == _ZIP_DIGITS
            and (
                _STATE_BEFORE.search(text, max(0, start - 8), start) is not None
                or STREET_BEFORE.search(text, max(0, start - 40), start) is not None
            )
        )
    )


# What may stand between the thing named and its number past a clause break: "verify me
# with my zip instead? its 20576", "mi código postal, es 06700".
_STILL_NAMED = re.compile(
    r"\s*(?:instead|then|too|also|tambi[eé]n|mejor|entonces)?\s*[?.!,;]+\s*"
    r"(?:it'?s|its|it\s+is|that'?s|es|is|son)\s*[:,]?\s*"
)


def named_otherwise(
    text: str,
    number: ChatNumber,
    not_context: PhraseSet,
    *,
    after: PhraseSet | None = None,
    floor: int = 0,
) -> bool:
    """A `not_context` phrase right before the number (not before `floor`, nor in the
    speaker tag of a transcript's line: "Customer: 5337" names no customer number), or
    right after it (`after`, when given, is what may not follow it). A thing named, then
    "its" past a clause break, names the number too, whatever `floor` ("can you verify me
    with my zip instead? its 20576")."""
    tags = 0
    for _tag_start, tag_end in speaker_tags(text):
        if tag_end <= number.start:
            tags = max(tags, tag_end)
    low = max(tags, number.start - _NOT_CONTEXT_REACH)
    high = min(len(text), number.end + 12)
    window = fold(text[low:high])  # one character for one: offsets hold
    start_in, end_in = number.start - low, number.end - low
    floor_in = floor - low
    for start, end in not_context.find(window):
        between = window[end:start_in]
        still = _CLAUSE_BREAK.search(between) is not None and (
            _STILL_NAMED.fullmatch(between) is not None
        )
        if start < floor_in and not still:
            continue
        if (
            end <= start_in
            and not _STANDALONE_NUMBER.search(between)
            and (still or not _CLAUSE_BREAK.search(between))
        ):
            if window[start:end] in _PREPOSITIONS and not _ADJACENT.fullmatch(between):
                continue  # "hold on... 814348", "el de siempre, 3528": no date, no time
            return True
        if after is None and start >= end_in and not window[end_in:start].strip(" -"):
            return True
    if after is not None:
        for start, _end in after.find(window):
            if start >= end_in and not window[end_in:start].strip(" -"):
                return True
    return False
