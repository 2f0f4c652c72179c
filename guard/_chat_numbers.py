"""Numbers as a person types one value in chat ("482", "551 903", "123-45-6789"), and
whether a phrase names one as something else ("zip 94107", "order 4111", "$1200").

Read by both conversation rules: bare answers (guard/_conversation.py) and split cards
(guard/_split_cards.py).
"""

from __future__ import annotations

import re
from typing import NamedTuple

import regex

from guard._phrasing import PhraseSet, fold

# A number as a person types one value: "482", "551 903", "4 8 2", "123-45-6789".
# Not part of a word, an amount, a masked number, a date, a time or a decimal.
# (It opens with a digit, then looks behind it, so the stdlib scan skips to digits at C
# speed: the third-party `regex` module tries every position.)
_NUMBER = re.compile(
    r"\d(?<![\w$€£¥*+#•…]\d)(?:(?<!\(\d)|(?=[\d \-]*\)(?!\s?\d)))"  # "(8636)", not "(555) 1"
    r"(?<!\d[.,:/\-]\d)(?<![$€£¥*•xX#][\s\-]\d)(?<!\.\.\d)"
    # (digit groups joined by spaces, a dash or a dot; " - " sets fields apart instead:
    # "774150409 - 982624")
    r"(?:(?:[ \t]{1,2}|[\-.][ \t]?|[ \t][\-.](?![ \t]))?\d)*"
    r"(?![\w%€$£*•]|[.,:/\-]\d|[ \-]?[*xX•]{2})"
)
# An amount or a decimal typed bare ("45.20", "1,200.50"), or a date ("13.12.2009").
_DECIMAL = re.compile(
    r"^\d{1,3}(?:[.,]\d{3})*[.,]\d{2}$|^\d+\.\d{1,2}$"
    r"|^(?:0?[1-9]|[12]\d|3[01])[./\-](?:0?[1-9]|[12]\d|3[01])[./\-](?:19|20)?\d{2}$"
)
NOT_A_DIGIT = re.compile(r"\D")
# Prepositions (and "#") name a number as a date, a time, a place or an id only right
# before it ("on 12/05", "de 1969", "at 5", "#4481"): with words between, they name nothing.
_PREPOSITIONS = frozenset(
    {"in", "on", "at", "by", "of", "from", "since", "until", "before", "after", "around",
     "about", "de", "en", "a las", "desde", "hasta", "antes", "después", "#"}
)  # fmt: skip
_ADJACENT = re.compile(r"[ \t]*")
# A number standing alone (not "B6" in "flight B6 3578").
_STANDALONE_NUMBER = regex.compile(r"(?<![^\W\d_])\d+(?![^\W\d_])")
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
        if _DECIMAL.match(match.group()):
            continue
        digits = NOT_A_DIGIT.sub("", match.group())
        number = ChatNumber(match.start(), match.end(), digits)
        if not_context is not None and named_otherwise(text, number, not_context):
            continue
        numbers.append(number)
    return numbers


def named_otherwise(
    text: str,
    number: ChatNumber,
    not_context: PhraseSet,
    *,
    after: PhraseSet | None = None,
    floor: int = 0,
) -> bool:
    """A `not_context` phrase right before the number (not before `floor`), or right
    after it (`after`, when given, is what may not follow it)."""
    low = max(floor, number.start - _NOT_CONTEXT_REACH)
    high = min(len(text), number.end + 12)
    window = fold(text[low:high])  # one character for one: offsets hold
    start_in, end_in = number.start - low, number.end - low
    for start, end in not_context.find(window):
        between = window[end:start_in]
        if end <= start_in and not _STANDALONE_NUMBER.search(between):
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
