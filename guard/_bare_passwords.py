"""A password a customer's reply gives bare, with no word for password before it:
"Perro!!7 thanks", "sure, it's Tr0ub4dor&3", "it's Paloma#283 with a capital first
letter" after an agent asked for one, or "I'm sure it's .Mariposa36." after talk of it.

Read by the conversation rule (guard/_conversation.py), which knows when a reply may
give one; this module knows which word of the reply it is, and which words are
something else (an amount, an order number, an email address, a masked number, a user
name, a card's first part).
"""

from __future__ import annotations

import re

import regex

from guard._chat_numbers import ChatNumber, named_otherwise, part_of_something
from guard._clauses import after_speaker_tag
from guard._mail import mail_body
from guard._phrasing import CURRENCY, PhraseSet, fold
from guard.recognizers._cues import street_number
from guard.recognizers.password import LINK_OR_ADDRESS, MASKED_NUMBER

# A password given bare: a short reply whose last word has a digit, a symbol or an
# inner capital ("Hunter2!", "sure, it's Tr0ub4dor&3").
_PASSWORD_WORD = regex.compile(r"\S{4,64}")
# (An apostrophe inside a word is no password's symbol: "don't".)
# (An inner capital after a small letter: "CHARGE" in capitals is a word.)
_LOOKS_LIKE_A_PASSWORD = regex.compile(r"\d|[^\w\s'’]|_|\p{Ll}\p{Lu}|^'|'$")
_PASSWORD_MAX_WORDS = 4
_PASSWORD_LONG_REPLY = 8  # words: beyond, a reply is a sentence, not a password given
_LETTER = re.compile(r"[^\W\d_]")
# No password: an order number or an amount ("482-4572135", "$20.26", "72,000",
# "122,00"), a masked number ("...0947", "****6207", "356600******7054"), words of
# letters joined by hyphens ("ninety-five", "follow-up").
_GROUPED_NUMBER = re.compile(r"\d+(?:[\-./]\d+)+")
_AMOUNT = re.compile(
    rf"[{CURRENCY}]\d[\d.,]*|\d[\d.,]*(?:[{CURRENCY}%]|usd|mxn|eur)"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?"  # ... and one in thousands: "72,000"
    r"|\d{1,3}(?:\.\d{3})*,\d{2}"  # ... or with a decimal comma: "122,00", "1.250,50"
    r"|(?:l|q|rd\$|c\$|us\$)\.?\d[\d.,]*",  # ... or in lempiras, quetzales...: "L.8000", "Q500"
    re.IGNORECASE,
)
# A group of digits right beside a number, one space or dash apart: "55 5473 6527".
_GROUP_BEFORE = re.compile(r"\d[ \-]\Z")
_GROUP_AFTER = re.compile(r"[ \-]\d")
_HASH_NUMBER = re.compile(r"#\d+")  # "#35052760": a case or an order number
# A time, an ordinal, a quantity with its unit: "10pm", "9:30am", "1th", "21st", "10min".
_WITH_UNIT = re.compile(
    r"\d{1,2}(?::\d{2})?(?:am|pm|a\.m\.?|p\.m\.?|hrs?)|\d+(?:st|nd|rd|th|mins?|k|x)",
    re.IGNORECASE,
)
_HYPHENATED = regex.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
# How far before a word the words that name it a user name may stand ("my username is").
_NAMED_REACH = 40
# How far before a number a card word names it a card's part ("card is 3737").
_CARD_NAMED_REACH = 24
_TRAILING = ".,;:?)]}"
_LEADING = "¿¡(\"'“‘«"

# After talk of a password (no ask), a reply gives one only as a word of small letters
# and a digit or symbol, stated as the value: "I'm sure it's .Mariposa36.", "estoy segura
# que es america.1965" (not "AV1106 got cancelled", "el folio es INC634910").
_STATED_BEFORE = regex.compile(
    r"(?i)(?:it'?s|its|is|was|es|era|ser[ií]a|should\s+be|debe\s+ser|deber[ií]a\s+ser|"
    r"puse|pongo|uso|use|typed|tried)[\s:\"'“‘«]*\Z"
)
_PASSWORD_SHAPE = regex.compile(r"(?=(?:\S*\p{Ll}){3})(?=\S*[\d\W_])\S+")


class BarePasswords:
    """Finds the word of a reply that is a password given bare.

    `not_passwords` (folded text) ends in words that name the word after them as
    something else ("my username is"); `not_numbers` names a number as something else
    ("termina en 4866"); `card_named` names a number a card's part ("card is 3737").
    """

    def __init__(
        self, *, not_passwords: re.Pattern[str], not_numbers: PhraseSet, card_named: PhraseSet
    ) -> None:
        self._not_password = not_passwords
        self._not_numbers = not_numbers
        self._card_named = card_named

    def find(
        self, text: str, floor: int, *, corrected: bool, letters: bool
    ) -> tuple[int, int] | None:
        """The password of `text` from `floor` on. With `corrected`, a reply that takes
        a value back may say more ("sorry, wrong one, it's sunshine1987"); with
        `letters`, only a word with a letter: the reply's numbers answered something
        else."""
        # (In a reply written as a mail, only its body: not "Thanks,\nDeShawn" nor "Sent
        # from my iPhone".)
        body_start, body_end = mail_body(text)
        # (nor the speaker tag of a transcript's line: "spk_1: the code says it expired")
        body_start = max(body_start, after_speaker_tag(text))
        words = list(_PASSWORD_WORD.finditer(text, max(floor, body_start), body_end))
        short = len(words) <= _PASSWORD_MAX_WORDS + 2 * corrected
        if not words or len(words) > _PASSWORD_LONG_REPLY:
            return None
        looking = [span for span in map(self._looks_like, words) if span is not None]
        if letters:
            looking = [(a, b) for a, b in looking if _LETTER.search(text, a, b)]
        if short and looking:
            return looking[-1]
        # A longer reply, one word that looks like a password: "it's X with a capital P".
        return looking[0] if len(looking) == 1 else None

    def _looks_like(self, word: re.Match[str] | regex.Match[str]) -> tuple[int, int] | None:
        """The span of `word` without the punctuation, quotes and emoji around it, when
        it looks like a password."""
        text = word.string
        start, end = word.span()
        # Not the punctuation, quotes and emoji around a word ("¿para", "eso?🤦").
        while start < end and text[start] in _LEADING:
            start += 1
        while end > start and (
            text[end - 1] in _TRAILING or not (text[end - 1].isascii() or text[end - 1].isalnum())
        ):
            end -= 1
        value = text[start:end]
        if self._not_password.search(fold(text[max(0, start - _NAMED_REACH) : start])):
            return None  # "my username is crodriguez4"
        # (Exclamation marks closing a word are tone, not a symbol: "gracias!!".)
        if len(value) < 4 or not _LOOKS_LIKE_A_PASSWORD.search(value.rstrip("!")):
            return None
        if _GROUPED_NUMBER.fullmatch(value) or _AMOUNT.fullmatch(value):
            return None  # "482-4572135", "$20.26": an order number, an amount
        if (
            MASKED_NUMBER.fullmatch(value)
            or _HYPHENATED.fullmatch(value)
            or _HASH_NUMBER.fullmatch(value)
            or _WITH_UNIT.fullmatch(value)
        ):
            return None
        if LINK_OR_ADDRESS.fullmatch(value):
            return None  # "dwayne.reyes2010@gmail.com": an email address
        if value.isdigit() and (
            named_otherwise(text, ChatNumber(start, end, value), self._not_numbers)
            or part_of_something(text, start, end)
            or street_number(text, end)
            or self._card_named.find(fold(text[max(0, start - _CARD_NAMED_REACH) : start]))
            or _GROUP_BEFORE.search(text[max(0, start - 2) : start]) is not None
            or _GROUP_AFTER.match(text, end) is not None
        ):
            # "termina en 4866", "versión 9.9 (3825)": a number of something else; "card
            # is 3737": a card's first part; "55 5473 6527": a group of a longer number
            return None
        return start, end


def stated(text: str, span: tuple[int, int]) -> bool:
    """Whether the password-like word at `span` of the original `text` is stated as the
    value."""
    start, end = span
    return (
        _PASSWORD_SHAPE.fullmatch(text, start, end) is not None
        and _STATED_BEFORE.search(text, max(0, start - 24), start) is not None
    )
