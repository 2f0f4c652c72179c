"""Pass 2 of the text layer: reading number-like tokens as digits.

A run of number-like tokens ("4111 one one one one", "4O11 l111", "cuatro uno uno uno",
"double four", "four oh five") becomes digits when it reads as a number:

- spelled-out digits (English, Spanish) count three at a time, or beside a typed number;
  a lone number word ("two cards", "a one-time code", "use this one") stays a word;
- look-alike letters (O o → 0, l I | → 1) count inside or between digit groups; Z z → 2,
  S s → 5, B → 8, i → 1 only between digits ("S516854" is an id, "Oslo" a city);
- "oh" (and "o" between English digit words) is zero only between digits;
- "double four", "triple seven" repeat the digit.

Consecutive digit words collapse into one digit group; the coarser separators people put
between groups ("four one one one, one one one one ...") stay as one separator
character, so the recognizers see "4111 1111 ...". `number_edits` returns the edits for
the text layer to apply; `may_hold_a_number` is its cheap, conservative pre-check.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from guard._model import CARD_DIGITS
from guard._phrasing import MONEY_WORDS

_ENGLISH_DIGITS = {
    "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "niner": "9",
}  # fmt: skip
_SPANISH_DIGITS = {
    "cero": "0", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5",
    "seis": "6", "siete": "7", "ocho": "8", "nueve": "9",
}  # fmt: skip
_DIGIT_WORDS = _ENGLISH_DIGITS | _SPANISH_DIGITS
# Numbers said in pairs ("four twenty four", "sesenta y uno noventa y cinco", "cuarenta y
# dos veintidós"): a tens word is two digits, or its first digit when a unit digit follows
# it ("twenty four", "twenty-four", "sesenta y uno").
_ENGLISH_TENS = {
    "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
    "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
    "twenty": "20", "thirty": "30", "forty": "40", "fourty": "40", "fifty": "50",
    "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
}  # fmt: skip
_SPANISH_TENS = {
    "diez": "10", "once": "11", "doce": "12", "trece": "13", "catorce": "14", "quince": "15",
    "dieciseis": "16", "dieciséis": "16", "diecisiete": "17", "dieciocho": "18",
    "diecinueve": "19", "veinte": "20", "veintiuno": "21", "veintiún": "21", "veintidos": "22",
    "veintidós": "22", "veintitres": "23", "veintitrés": "23", "veinticuatro": "24",
    "veinticinco": "25", "veintiseis": "26", "veintiséis": "26", "veintisiete": "27",
    "veintiocho": "28", "veintinueve": "29", "treinta": "30", "cuarenta": "40",
    "cincuenta": "50", "sesenta": "60", "setenta": "70", "ochenta": "80", "noventa": "90",
}  # fmt: skip
_TENS = _ENGLISH_TENS | _SPANISH_TENS
# Words that are also words of the other language ("once" is eleven only among numbers).
_TENS_AMONG_NUMBERS = frozenset({"once"})
# What stands between a tens word and its unit: a space, a hyphen, Spanish " y ".
_TENS_AND_UNIT = re.compile(r"[ \t]{1,2}|-|[ \t]+y[ \t]+")
# Words dictation writes for a digit said aloud ("five for nine five", "won four oh six",
# "ate two ate nine"): digits only between spoken digits (see `_sound_alikes`).
_SOUND_ALIKES = {"won": "1", "to": "2", "too": "2", "for": "4", "ate": "8"}
_EDGE_SOUND_ALIKES = frozenset({"won", "ate", "too"})
_SPOKEN_RUN = 3
_LONG_SPOKEN_RUN = 6  # ("for" opening a card read aloud: "for three six nine, eight ...")
_ZERO_OH = "oh"
_ENGLISH_REPEATS = {"double": 2, "triple": 3, "treble": 3}
_REPEATS = {**_ENGLISH_REPEATS, "doble": 2}
_STRONG = "OolI|"
_WEAK = "ZSBisz"
LOOKALIKES = _STRONG + _WEAK
# Letters that stand for digits only between digits ("4S11"), never at a token's edge.
_WEAK_LOOKALIKES = frozenset(_WEAK)
_LOOKALIKE_DIGITS = str.maketrans(LOOKALIKES, "00111" + "258152")
# A group of typed digits and look-alike letters, a digit among them ("4B", "S01323").
_DIGITS_AND_LOOKALIKES = re.compile(rf"(?=[^0-9]*[0-9])[0-9{re.escape(LOOKALIKES)}]+")

_WORDS = "|".join(
    sorted([*_DIGIT_WORDS, *_TENS, *_SOUND_ALIKES, _ZERO_OH, *_REPEATS], key=len, reverse=True)
)
_STRONG_CLASS = "[" + re.escape(_STRONG) + "]"
_NUMBER_CHARS = "0-9" + re.escape(LOOKALIKES)
_ITEM = rf"(?<![^\W_])(?:(?i:{_WORDS})|[{_NUMBER_CHARS}]++)(?![^\W_])"


def _by_first_letter(words: Iterable[str]) -> dict[str, list[str]]:
    """The rest of each word by its first letter, longest first."""
    rests: dict[str, list[str]] = {}
    for word in sorted(set(words), key=len, reverse=True):
        rests.setdefault(word[0], []).append(word[1:])
    return rests


# The first item of a chain is `_ITEM` written to open with a character class, so that
# the search skips to the characters an item may start with (opening with a look-behind,
# it would be tried at every position): it reads the first character, then what may
# follow that character. (Under (?i) the long s "ſ" is an "s" too; the tests check the
# starts against every code point.)
# (A sound-alike opens no chain: "to", "for", "ate" open too much prose, and a search
# that stopped at every "a", "f", "t" and "w" would cost every message.)
_OPENING_WORDS = [word for word in _WORDS.split("|") if word not in _SOUND_ALIKES]
_ITEM_STARTS = "".join(
    char
    for char in map(chr, range(0x250))
    if re.fullmatch(rf"[{_NUMBER_CHARS}]|(?i:[{''.join(_by_first_letter(_OPENING_WORDS))}])", char)
)
_FIRST_ITEM = (
    rf"[{re.escape(_ITEM_STARTS)}](?<![^\W_].)"
    rf"(?:(?<=[{_NUMBER_CHARS}])[{_NUMBER_CHARS}]*+"
    + "".join(
        rf"|(?<=(?i:{re.escape(first)}))(?i:{'|'.join(map(re.escape, rests))})"
        for first, rests in _by_first_letter(_OPENING_WORDS).items()
    )
    + r")(?![^\W_])"
)
# What may join two tokens of one spoken or typed number.
# (Dictation pauses too: "four one seven nine... two five zero one".)
# ... and separators said aloud, as dictation leaves them: "four one eight seven dash five
# seven five five", "cinco tres ocho cinco coma ocho ocho ...".
# ... and the fillers of speech a transcript keeps ("tres ocho nueve eh cuatro dos", "four
# four one three uhh 4613 ..."): they part groups, as a pause does.
_SPOKEN_SEPARATORS = (
    r"(?i:dash|hyphen|comma|coma|gui[oó]n"
    r"|u+h+m*|u+m+|h+m+|m{2,}|e+r+m+|e+h+m*|e+m+|a+h+|este|o[ \t]+sea|pues|mira|bueno"
    r"|a[ \t]+ver)"
)
# Emoji typed between the groups of a number ("4246 1416 3883 🥲 5585", "5344👀6610"):
# they part groups, as a space does.
_EMOJI = "\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f"
_EMOJI_GAP = re.compile(rf"[{_EMOJI}]")
# ("tres o sea cuatro": that "o" is no zero, its "o sea" a filler)
_GAP = (
    r"(?:[ \t]{1,3}(?!(?i:o[ \t]+sea)(?![^\W_]))"
    r"|[ \t]{0,2}(?:[,\-./]|\.{2,3}|…|\r?\n)[ \t]{0,2}(?!(?i:o[ \t]+sea)(?![^\W_]))"
    rf"|[ \t,.…]{{1,4}}{_SPOKEN_SEPARATORS}[ \t,.…]{{1,4}}"
    rf"|[ \t]{{0,2}}[{_EMOJI}]{{1,6}}[ \t]{{0,2}}"
    # ("sesenta y uno": the "y" of a tens word and its unit)
    r"|(?<=(?i:nta))[ \t]+y[ \t]+)"
)
# (group 1: the tokens after the first, if any)
_CHAIN = re.compile(rf"{_FIRST_ITEM}((?:{_GAP}{_ITEM})*)")
# (a chain holds "y", "sea" and "ver" only in a gap: "sesenta y uno", "tres o sea cuatro",
# "dos a ver cinco")
_TOKEN = re.compile(
    rf"(?<![^ \t\r\n,\-./…{_EMOJI}])"
    rf"(?!(?:{_SPOKEN_SEPARATORS}|(?i:y|sea|ver))(?![^ \t\r\n,\-./…{_EMOJI}]))"
    rf"[^ \t\r\n,\-./…{_EMOJI}]+"
)
# A value's name glued to it ("cvv143", "code887084", "pin1234"): a space parts them, so
# that the name reads as a cue and the digits as its value.
_GLUED_NAMES = ("cvv", "cvc", "cid", "pin", "nip", "otp", "ssn", "code", "codigo", "clave")
_GLUED_NAME = re.compile(
    rf"(?i)(?<![^\W\d_])(?:{'|'.join(_GLUED_NAMES)}|c[oó]digo)(?=[0-9]{{3,9}}(?![0-9A-Za-z]))"
)
_GLUED_WORDS = frozenset(name.encode() for name in _GLUED_NAMES)
_LETTER_THEN_DIGIT = re.compile(r"[^\W\d_][0-9]")
# ... but for an id that only opens with such a name: "Confirmation #: OTP15468427",
# "Plan ID OTP25655315", "your confirmation number is OTP12764327".
_ID_LABEL_BEFORE = re.compile(
    r"(?i)(?:#|\bno\.?|\bnumber|\bn[uú]mero|\bid|\bref\w*|\bconfirmation|\bconfirmaci[oó]n"
    r"|\bfolio|\bplan|\border|\bpedido|\bcase|\bcaso|\bticket)(?:[ \t]+(?:is|es|was|era))?"
    r"[ \t:#=\-]*$"
)
# Digits on both sides of emoji (see `_EMOJI`): pass 2 has work. (Read from the emoji, a
# rare character, so that the search skips to it.)
_EMOJI_BETWEEN_DIGITS = re.compile(
    rf"[{_EMOJI}](?:(?<=[0-9].)|(?<=[0-9][ \t].)|(?<=[0-9][ \t][ \t].))"
    rf"[{_EMOJI}]{{0,5}}[ \t]{{0,2}}[0-9]"
)
# Anything but typed digits and what joins them ("4111 1111 1111 1111", "11/27").
_BEYOND_TYPED_DIGITS = re.compile(r"[^0-9 \t\r\n,\-./…]")
# Three digits typed one at a time, one character between them: "2 3 0", "8.2.5",
# "8-2-6", or two spaces as a PIN mailer prints them, "4  6  0", or a comma as a screen
# reader reads them, "2, 8, 6" (read from the first digit, the look-behind after it, so
# that the search skips to digits; "3-5 days" and "iOS 17.5.8" are ruled out here).
_ONE_BY_ONE = re.compile(
    r"[0-9](?<![0-9].)(?:(?:[ \t.\-][0-9](?![0-9])){2}|(?:(?:[ \t]{2}|,[ \t])[0-9](?![0-9])){2})"
)
# (the same in `_LETTERS_ONLY` bytes, where it is a cheaper first check)
_ONE_BY_ONE_BYTES, _ONE_BY_TWO_BYTES = b"\v \v \v", b"\v  \v  \v"
# Pass 2 has work only if the text holds a digit, two number words in a row, or a group
# of look-alike letters that may be typed digits ("oO|"): checked with C-speed searches
# first, since most chat has none of them. Each regex search opens with a character class
# (a look-alike letter, a capital) so that the regex engine skips to the few places where
# a match may start: a pattern that opens with a look-behind is tried at every position,
# and each place tried costs about as much as ten characters skipped.
# ASCII letters stay, lowercased, ASCII digits become a vertical tab, every other byte a
# space: `split` then gives the runs of ASCII letters, as `[A-Za-z]+` would, without a
# match object per word, and a search for one byte says whether there is a digit, faster
# than a regex search. Lowercased, because pass 2 reads number words in any case ("FoUr
# oNe" is 41).
_DIGIT_BYTE = ord("\v")  # whitespace to `bytes.split`
_LETTERS_ONLY = bytes(
    ord(char.lower())
    if char in string.ascii_letters
    else _DIGIT_BYTE
    if char in string.digits
    else ord(" ")
    for char in map(chr, range(256))
)
# (a word with accents by the ASCII letters it opens with: "veintid" of "veintidós")
_SPOKEN_WORDS = frozenset(
    word.encode().translate(_LETTERS_ONLY).split()[0]
    for word in [*_DIGIT_WORDS, *_TENS, _ZERO_OH, "o", *_REPEATS]
)


# A look-alike letter beside a digit ("4O11"), or a group of strong look-alikes that
# opens a token before a digit ("lll 4111"), read from the letter...
_LOOKALIKE_CLASS = f"[{re.escape(LOOKALIKES)}]"
_LOOKALIKE_BY_DIGIT = re.compile(
    rf"{_LOOKALIKE_CLASS}(?:[0-9]|(?<=[0-9].)"
    rf"|(?<={_STRONG_CLASS})(?<![^\W_].){_STRONG_CLASS}*+{_GAP}[0-9])"
)
# ... and a whole group of strong look-alikes after a digit ("4111 lll"), read from the
# letter too, in the reversed text (where it opens a token before the digit).
_REVERSED_GAP = r"(?:[ \t]{1,3}|[ \t]{0,2}(?:[,\-./]|\.{2,3}|…|\n\r?)[ \t]{0,2})"
_LOOKALIKES_AFTER_DIGIT = re.compile(
    rf"{_STRONG_CLASS}(?<!(?:[^\W_]|{_STRONG_CLASS}).){_STRONG_CLASS}*+{_REVERSED_GAP}[0-9]"
)
# "lO", "oO", "lI", "oI" or a pipe: a look-alike group may be typed as digits.
_TYPED_HINT = re.compile(r"[OI|](?:(?<=\|)|(?<=[lo].))")
# A run of look-alikes is read once, from its first letter (possessive: no backtracking
# inside a long run), and must end on a strong look-alike.
_TYPED_GROUP = re.compile(
    rf"{_STRONG_CLASS}(?<![{re.escape(LOOKALIKES)}].)[{re.escape(LOOKALIKES)}]++"
    rf"(?<={_STRONG_CLASS})(?![^\W_])"
)
# "the last four one two three four": the first number word names a count, not a digit.
_COUNT_BEFORE = re.compile(r"(?i)(?<![^\W_])(?:last|first|final|next|[uú]ltimos|primeros)[ \t]+$")
# "zero one-time fees": a number word in a compound is a word.
_COMPOUND_AFTER = re.compile(r"-[^\W\d_]")
# "typed 8 4 5 0 three times": a digit word before a unit counts, it is no digit.
_COUNTED_AFTER = re.compile(
    r"(?i)[ \t]+(?:times|veces|tries|attempts|intentos|days|d[ií]as|hours|horas|minutes|"
    r"minutos|weeks|semanas|months|meses|years|a[nñ]os|cards|tarjetas)\b"
)
_COMPOUND_BEFORE = re.compile(r"[^\W\d_]-$")
# "use this one 4111 ...": "one" after a determiner is a pronoun, not a digit.
_PRONOUN_ONE_BEFORE = re.compile(
    r"(?i)(?<![^\W_])(?:this|that|the|which|each|every|no|any|another|new|old|other|right"
    r"|wrong|only|same|good|bad|second|third|correct|main|physical|virtual|business"
    r"|personal|debit|credit|better|older|newer)[ \t]+$"
)

# Token kinds.
_DIGITS, _WORD, _OH, _REPEAT, _MIXED, _PURE, _OTHER = range(7)
_SPOKEN = frozenset({_WORD, _OH, _REPEAT})
# (what may stand beside a sound-alike for it to be a digit: a digit word or "oh")
_SPOKEN_DIGIT = frozenset({_WORD, _OH})
_NUMERIC = frozenset({_DIGITS, _WORD, _MIXED, _PURE})
# A single look-alike letter counts between groups of a number this long (or as a group
# of a card-shaped stretch).
_SINGLE_BETWEEN = 6
# An expiry date between bars (a card's: a year from 2020 to 2049; "|9-63|" is none),
# and a token of digits and bars only.
_BARRED_EXPIRY = re.compile(
    r"\|[ \t]*(?:0?[1-9]|1[0-2])[ \t]*[/\-][ \t]*(?:20)?[2-4]\d[ \t]*(?:\||$)", re.M
)
_BARRED_DIGITS = re.compile(r"[0-9|]+")
_SINGLE_WORDS = frozenset("Io")
# Chat words of look-alike letters only: typed as a word ("123-4567 lol lol 123-4567"),
# never digits; typed otherwise ("lOl", "l0l") they may be.
_CHAT_WORDS = frozenset({"lol", "lolol", "lool", "loool", "lo", "ol", "lil"})
_CARD_LENGTH, _CARD_MAX = CARD_DIGITS
# What may join the groups of a card-shaped stretch (the card recognizer's separators),
# and of an SSN.
_SHAPE_GAP = re.compile(r"[ \t]{1,2}|[ \t]*\n[ \t]*| ?- ?|[./]")
_SSN_GAPS = frozenset({"-", " ", "."})
# A look-alike group beside one digit group counts when the number around it is long.
_LONG_NUMBER = 5
# "oh" heads a spoken number this long ("oh seven two five").
_HEADED_NUMBER = 4
# Two spoken digits count beside a typed number this long ("123-45-six seven ...").
_SPOKEN_PAIR = 4


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str
    kind: int
    value: str | None = None  # the digits it stands for; None: it stays as written
    foreign: bool = False  # it has letters from another script ("ΙІІ" for "III")
    unit: bool = False  # a digit of a number said or typed one digit at a time
    after_tens: bool = False  # a unit said after a tens word: it joins it ("twenty four")


def _kind(token: str, eager: bool) -> int:
    if token.isdigit():
        return _DIGITS
    lower = token.lower()
    if lower in _DIGIT_WORDS or lower in _TENS:
        return _WORD
    if lower in _SOUND_ALIKES:
        return _WORD if eager else _OTHER  # (a digit only among spoken digits)
    if lower == _ZERO_OH:
        return _OH
    if lower in _REPEATS:
        return _REPEAT
    if eager:
        return _MIXED
    # "S516854", "B12", "4B": a weak look-alike heading or closing an id is a letter,
    # and among letters only ("Oslo", "SOS") it always is.
    if token[0] in _WEAK_LOOKALIKES or token[-1] in _WEAK_LOOKALIKES:
        return _OTHER
    if any(ch.isdigit() for ch in token):
        return _MIXED
    # "OOZl" inside a number; "OSLO", "Oslo", "oil" are words ("|Z|" is not).
    return _OTHER if _plain_word(token) and any(ch in _WEAK_LOOKALIKES for ch in token) else _PURE


def _plain_word(token: str) -> bool:
    """Cased like a word: "lol", "LOL", "Lol" (two letters at least, no pipe)."""
    cased = token.islower() or token.isupper() or token.istitle()
    return cased and "|" not in token and sum(ch.isalpha() for ch in token) >= 2


def _typed_as_digits(token: str) -> bool:
    """A look-alike token no word looks like: "oO|", "lOl", "OOl" (a pipe, or mixed case
    that is not a capitalized word)."""
    has_case = any(ch.isupper() for ch in token) and any(ch.islower() for ch in token)
    return "|" in token or (has_case and not token.istitle())


def _resolve(tokens: list[_Token], folded: str, *, eager: bool, counted: bool) -> None:
    """Decide which tokens of one chain stand for digits (set their `value`)."""
    # Tokens inside a stretch shaped like a card or an SSN: there a group at the edge may
    # be a lone spelled digit or look-alike.
    shaped = _shaped(tokens, folded)
    for token in tokens:
        if token.kind == _DIGITS:
            token.value = token.text
        elif token.kind == _WORD:
            lower = token.text.lower()
            token.value = _DIGIT_WORDS.get(lower) or _TENS.get(lower) or _SOUND_ALIKES[lower]
    _pair_tens(tokens, folded)
    _resolve_lookalikes(tokens, folded, eager, shaped)
    _resolve_oh(tokens, folded, eager)
    # "double four", "triple oh": the repeat word carries the extra copies.
    for token, following in pairwise(tokens):
        if token.kind == _REPEAT and following.value is not None and len(following.value) == 1:
            token.value = following.value * (_REPEATS[token.text.lower()] - 1)
    if eager:
        for token in tokens:
            token.unit = token.kind in _SPOKEN and token.value is not None
        return
    if counted and tokens[0].kind in _SPOKEN:
        tokens[0].value = None
    # A number said or typed one digit at a time ("4 one 6 nine", "2 3 0 0  7 3 6 0",
    # "8.2.5.4"): its digits are units, joined into groups below (see `_gap_edits`).
    index = 0
    while index < len(tokens):
        if not _may_be_unit(tokens[index]):
            index += 1
            continue
        stop = index
        while stop < len(tokens) and _may_be_unit(tokens[stop]):
            stop += 1
        if _units_count(tokens[index:stop], folded):
            for token in tokens[index:stop]:
                token.unit = True
        index = stop
    # Spoken digits count three at a time, or beside a typed number: "two cards",
    # "2 one-way tickets", "$20 one time" stay words.
    solid = sum(len(t.text) for t in tokens if t.kind in (_DIGITS, _MIXED) and t.value)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.kind not in _SPOKEN or token.value is None or token.unit:
            index += 1
            continue
        stop = index
        while stop < len(tokens) and tokens[stop].kind in _SPOKEN and tokens[stop].value:
            stop += 1
        spoken = sum(len(t.value or "") for t in tokens[index:stop])
        typed = (index > 0 and tokens[index - 1].value is not None) + (
            stop < len(tokens) and tokens[stop].value is not None
        )
        if _spoken_counts(spoken, typed, solid, any(shaped[index:stop])):
            for token in tokens[index:stop]:
                token.unit = True
        else:
            for token in tokens[index:stop]:
                token.value = None
        index = stop


def _may_be_unit(token: _Token) -> bool:
    """A spoken digit ("six", "oh" read as zero) or one typed digit ("6", "l" read as 1)."""
    if token.value is None:
        return False
    return token.kind in _SPOKEN or len(token.text) == 1


# What joins the digits of a group typed one at a time ("2 3 0 0", "8.2.5.4", "8-2-6-0",
# "4  6  0  9" as a PIN mailer prints it, "2, 8, 6, 4" as a screen reader reads it), and
# how many digits such a number has at least: a version "7.0.1", a formation "4-4-2", a
# score "3 - 1" and a list "1, 2, 3" stay as written.
_TYPED_JOINTS = {" ": 3, "\t": 3, "  ": 4, ", ": 4, "-": 4, ".": 4}


def _units_count(run: list[_Token], folded: str) -> bool:
    """Whether a run of spoken and single typed digits is one number: three digits or
    more with a digit word among them ("0 nueve dos", "4 six 5 2"), or typed digits
    joined by a space, a dash or a dot ("7 1 1", "8.2.5.4")."""
    digits = sum(len(t.value or "") for t in run)
    if any(t.kind in _SPOKEN for t in run):
        return digits >= 3
    if len(run) < 3:
        return False
    gaps = [folded[a.end : b.start] for a, b in pairwise(run)]
    joint = _joiner(gaps)
    joints = [gap for gap in gaps if _gap_rank(gap) == joint]
    least = _TYPED_JOINTS.get(joints[0], 0)
    return least > 0 and digits >= least and all(gap == joints[0] for gap in joints)


def _joiner(gaps: list[str]) -> int:
    """The rank of the gap that joins digits in a run: the commonest, the finest on a
    tie; the others separate groups."""
    tally = Counter(map(_gap_rank, gaps))
    return min(tally, key=lambda rank: (-tally[rank], rank))


def _spoken_counts(spoken: int, typed: int, solid: int, shaped: bool) -> bool:
    """Whether a run of `spoken` digits, with `typed` digit groups next to it in a chain
    of `solid` typed digits, is part of a number."""
    if spoken >= 3:
        return True
    if spoken == 2:
        return typed > 0 and solid >= _SPOKEN_PAIR
    # One spoken digit only as a group of a card-long number ("4760 2065 2182 zero"):
    # "$20 zero 25" is not a number.
    return typed > 0 and shaped


def _resolve_lookalikes(tokens: list[_Token], folded: str, eager: bool, shaped: list[bool]) -> None:
    """Look-alike letters count inside a number, or as a group between digit groups."""
    # Fields pasted with bars ("4265 6971 4084 8537|8/30|336"): there a bar beside digits
    # parts fields, it stands for no "1". (Not in a span known to be a secret: there the
    # bar is one of its digits, as the message around it read it: "3003-470404-96|9-10".)
    fields = not eager and "|" in folded and _BARRED_EXPIRY.search(folded) is not None
    count = len(tokens)
    numeric = [t.kind in _NUMERIC for t in tokens]
    digit_chars = sum(
        1 if t.kind == _WORD else sum(ch.isdigit() for ch in t.text)
        for t in tokens
        if t.kind in (_DIGITS, _WORD, _MIXED)
    )
    # Characters that stand for digits (a digit word stands for one).
    numeric_chars = sum(1 if t.kind == _WORD else len(t.text) for t in tokens if t.kind in _NUMERIC)
    pure: list[int] = []
    spoken_o = _spoken_o(tokens)
    for index, token in enumerate(tokens):
        if token.kind == _MIXED:
            if fields and _BARRED_DIGITS.fullmatch(token.text):
                continue
            # "4O11", "1l1l" inside a number; alone, only when it is mostly a number.
            size = len(token.text)
            near = (index > 0 and numeric[index - 1]) or (index + 1 < count and numeric[index + 1])
            if eager or near or size >= 3 or size - _count_letters(token.text) >= 2:
                token.value = token.text.translate(_LOOKALIKE_DIGITS)
        elif token.kind == _PURE:
            if token.text in ("o", "O") and index in spoken_o:
                token.kind = _OH  # "four o five" is "four oh five"; never Spanish "uno o dos"
            elif eager:
                token.value = token.text.translate(_LOOKALIKE_DIGITS)
            else:
                pure.append(index)
    # A group of look-alikes counts beside digits, so decide from the digits outwards:
    # "4lll llll llll llll" converts group by group.
    solid = sum(len(t.text) for t in tokens if t.kind in (_DIGITS, _MIXED))
    # Sweeps left to right, then right to left, then once more: a bounded number of
    # passes (a message is untrusted input), enough for groups on either side.
    for order in (pure, pure[::-1], pure):
        for index in order:
            if tokens[index].value is not None:
                continue
            token = tokens[index]
            neighbours = [tokens[j] for j in (index - 1, index + 1) if 0 <= j < count]
            if _is_field_bar(token, neighbours):
                continue
            counts = _PureContext(
                beside=sum(t.kind in _NUMERIC for t in neighbours),
                digits_beside=sum(
                    t.kind in (_DIGITS, _MIXED)
                    or (t.kind in (_PURE, _WORD) and t.value is not None)
                    for t in neighbours
                ),
                solid_beside=sum(t.kind in (_DIGITS, _MIXED) for t in neighbours),
                digits=digit_chars,
                others=numeric_chars - len(token.text),
                solid=solid,
                card_like=shaped[index],
                typed=_typed(token),
                tied=_tied(tokens, index, folded),
            )
            if _pure_counts(token.text, counts):
                token.value = token.text.translate(_LOOKALIKE_DIGITS)


def _is_field_bar(token: _Token, neighbours: list[_Token]) -> bool:
    """A lone "|" beside a group of several digits separates pasted fields ("4939 5039
    1757 1177 | 12/2029 | 586", "8537|8/30|336"); between single digits ("4 1 1 | 1 1")
    or glued inside a short group ("3703-450119-63|71") it is a 1."""
    if token.text != "|" or len(neighbours) != 2:
        return False
    before, after = neighbours
    if before.kind not in (_DIGITS, _MIXED) or after.kind not in (_DIGITS, _MIXED):
        return False
    glued = before.end == token.start and token.end == after.start
    longest = max(len(before.text), len(after.text))
    return longest >= (_FIELD_DIGITS if glued else 2)


# Digits of the longer group beside a bar glued to both, for it to part fields.
_FIELD_DIGITS = 4


def _spoken_o(tokens: list[_Token]) -> set[int]:
    """Indexes of the single o's that sit, alone or in a run, between English digit
    words, before them ("four o five", "double o seven", "o o seven two") or closing
    two of them ("five four six O")."""
    found: set[int] = set()
    index = 0
    while index < len(tokens):
        if tokens[index].text not in ("o", "O"):
            index += 1
            continue
        stop = index
        while stop < len(tokens) and tokens[stop].text in ("o", "O"):
            stop += 1
        if stop < len(tokens):
            # "four o five", and heading a number: "o seven two five"
            before = tokens[index - 1].text.lower() if index > 0 else "double"
            words = (before, tokens[stop].text.lower())
            if all(w in _ENGLISH_DIGITS or w in _ENGLISH_REPEATS for w in words):
                found.update(range(index, stop))
        elif index >= 2 and all(
            tokens[j].text.lower() in _ENGLISH_DIGITS for j in (index - 2, index - 1)
        ):
            found.update(range(index, stop))  # closing spoken digits: "five four six O"
        index = stop
    return found


@dataclass(frozen=True, slots=True)
class _PureContext:
    beside: int  # numeric tokens next to it
    digits_beside: int  # ... of which hold digits (typed, or look-alikes already read)
    solid_beside: int  # ... of which hold typed digits
    digits: int  # digits in the chain
    others: int  # characters of the chain's other numeric tokens
    solid: int  # characters of the chain's tokens that hold typed digits
    card_like: bool  # it sits in a stretch grouped like a card number or an SSN
    typed: bool  # it cannot be a word ("oO|", "lOl", letters from another script)
    tied: bool  # a dash or a dot, not a space, joins it to a neighbour


def _tied(tokens: list[_Token], index: int, folded: str) -> bool:
    """Whether a dash, a dot or a line break, not only spaces, joins token `index` to a
    neighbour ("4265-6873-5407-I")."""
    pairs = [(tokens[j], tokens[j + 1]) for j in (index - 1, index) if 0 <= j < len(tokens) - 1]
    return any(folded[a.end : b.start].strip(" \t") for a, b in pairs)


def _pure_counts(text: str, at: _PureContext) -> bool:
    """Whether a group of look-alike letters only ("IIII", "lOl", "O") stands for digits."""
    typed = at.typed
    if text.lower() in _CHAT_WORDS and _plain_word(text):
        return False
    if at.beside == 0 or at.digits == 0:
        return len(text) >= 3 and typed
    if at.digits_beside == 0:
        return False
    if len(text) == 1:
        # "4111 1111 1111 l 111", "4039 9758 8731 O"; "I" (the pronoun) and "o"
        # (Spanish "or") only tied into a card-long number: never "2 o 3", "$20 I 1234".
        if text in _SINGLE_WORDS and not (typed or (at.tied and at.card_like)):
            return False
        between = at.digits_beside == 2 and at.solid >= _SINGLE_BETWEEN
        # (closing a card-long number after a group of look-alikes read as digits:
        # "5O38 63I9 ol|o O")
        closing = at.solid_beside > 0 or (at.digits_beside > 0 and at.solid >= _SINGLE_BETWEEN)
        return between or (closing and at.card_like)
    if at.digits_beside == 2 or typed:
        return True
    # At a number's edge, a short group that reads as a word ("lol", "Io", "lo") stays
    # one, unless the number is card-long ("6288 4l87 9694 4753 OO").
    short_word = len(text) < 4 and _plain_word(text) and not at.card_like
    return at.others >= _LONG_NUMBER and not short_word


# What may follow a closing "oh" (nothing, or the end of a sentence).
_SENTENCE_CLOSERS = frozenset(["", ".", ",", "!", "?", "\n", ";", "("])


def _resolve_oh(tokens: list[_Token], folded: str, eager: bool) -> None:
    """ "oh" is zero between digits ("four oh oh five", "double oh seven") or heading a
    spoken number ("oh seven two five"), never after a number ("... 996 oh and my other
    card") or as an interjection ("Oh, 4 5 6")."""
    count = len(tokens)
    index = 0
    while index < count:
        if tokens[index].kind != _OH:
            index += 1
            continue
        stop = index
        while stop < count and tokens[stop].kind == _OH:
            stop += 1
        before = tokens[index - 1] if index > 0 else None
        after = tokens[stop] if stop < count else None
        between = (
            before is not None
            and (before.value is not None or before.kind == _REPEAT)
            and after is not None
            and (after.value is not None or after.kind == _REPEAT)
        )
        # "... four four oh", "... six five eight one, oh": "oh" closing spoken digits
        # at the end of a sentence is their last zero ("one two three oh wait" is not).
        closing = (
            after is None
            and index >= 2
            and tokens[index - 1].kind == _WORD
            and tokens[index - 2].kind in _SPOKEN
            and folded[tokens[stop - 1].end :].lstrip()[:1] in _SENTENCE_CLOSERS
        )
        if (
            eager
            or between
            or closing
            or (before is None and _heads_a_number(tokens, stop, folded))
        ):
            for token in tokens[index:stop]:
                token.value = "0"
        index = stop


def _heads_a_number(tokens: list[_Token], first: int, folded: str) -> bool:
    """Whether the "oh"s before tokens[first] head a spoken number of four digits or more
    (a space or a dash after them: "Oh, one two three" is an interjection)."""
    if not 0 < first < len(tokens):
        return False
    if folded[tokens[first - 1].end : tokens[first].start].strip() not in ("", "-"):
        return False
    digits = first  # the "oh"s
    for token in tokens[first:]:
        if token.kind not in _SPOKEN:
            break
        digits += 1
    return digits >= _HEADED_NUMBER


_STRETCH = _NUMERIC | {_REPEAT}
_SAID = frozenset({_WORD, _REPEAT})  # words of a spoken group ("double two")


def _stretch_size(token: _Token) -> int:
    """How many digits a token of a stretch stands for (a repeat word, the extra copies)."""
    if token.kind == _WORD:
        return 1
    if token.kind == _REPEAT:
        return _REPEATS[token.text.lower()] - 1
    return len(token.text)


def _shaped(tokens: list[_Token], folded: str) -> list[bool]:
    """Per token, whether it sits in a stretch shaped like a card number (12 to 19 digits,
    a digit word or a look-alike counting one, in groups joined by one kind of space,
    dash, dot, slash or line break) or like an SSN (3, 2 and 4 typed characters joined
    by one dash, space or dot)."""
    count = len(tokens)
    shaped = [False] * count
    # (between two spoken digits the gap is inside a group: it does not count)
    gaps = [
        None if a.kind in _SAID and b.kind in _SAID else folded[a.end : b.start]
        for a, b in pairwise(tokens)
    ]
    start = 0
    while start < count:
        stop = start + 1  # tokens[start:stop]: numeric, joined by one kind of gap
        if tokens[start].kind in _NUMERIC:
            joint: str | None = None
            # ("double two" is two digits: a repeat word stands in the stretch too)
            while stop < count and tokens[stop].kind in _STRETCH:
                gap = gaps[stop - 1]
                if gap is not None:
                    if joint is None and _SHAPE_GAP.fullmatch(gap):
                        joint = gap
                    elif gap != joint:
                        break
                stop += 1
            size = sum(_stretch_size(t) for t in tokens[start:stop])
            if _CARD_LENGTH <= size <= _CARD_MAX:
                shaped[start:stop] = [True] * (stop - start)
            for first in range(start, stop - 2):
                group = tokens[first : first + 3]
                sizes = tuple(len(t.text) for t in group)
                typed = all(t.kind != _WORD for t in group)
                same = gaps[first] == gaps[first + 1] and gaps[first] in _SSN_GAPS
                if sizes == (3, 2, 4) and typed and same:
                    shaped[first : first + 3] = [True] * 3
        # Where the gap changes, the last group may open the next stretch ("one 5B93-...").
        start = stop - 1 if stop - start > 1 and stop < count else stop
    return shaped


def _standalone(token: _Token) -> bool:
    """Whether a token may stand for digits on its own ("4O11", "oO|")."""
    return token.kind == _MIXED or (token.kind == _PURE and len(token.text) >= 3 and _typed(token))


def _typed(token: _Token) -> bool:
    return token.foreign or _typed_as_digits(token.text)


def _count_letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _gap_rank(gap: str) -> int:
    """The kind of a gap between two spoken digits, finest first."""
    if "\n" in gap:
        return 6
    bare = gap.replace("\t", " ").strip(" ")
    if not bare:
        return 1 if len(gap) == 1 else 2
    spaced = bare != gap
    if bare == "-":
        return 4 if spaced else 0
    if bare == ",":
        return 3 if spaced else 1
    # (a bare dot joins digits typed one at a time, "8.2.5.4"; ". " and " / " part groups)
    return 5 if bare == gap == "." else 7


def _group_separator(gap: str) -> str:
    """The one character that stands between two groups of a spoken number: a line
    break or a dash as typed, a dot only alone ("one. two" ends a sentence), else a
    space (a slash too: "five two six / three three / ..." is an SSN's groups, and
    "526/33/5163" would read as a date or a fraction)."""
    for char in ("\n", "-"):
        if char in gap:
            return char
    return "." if gap == "." else " "


# An edit of pass 2: replace folded text [start, end) with `text`, each character of
# which comes from the folded span in `spans`.
Edit = tuple[int, int, str, Sequence[tuple[int, int]]]


def number_edits(folded: str, eager: bool, foreign: frozenset[int] = frozenset()) -> list[Edit]:
    """The edits that turn the numbers in `folded` (pass 1's output) into digits.

    `foreign`: positions of letters pass 1 took from another script; a look-alike group
    written with them is typed as digits on purpose."""
    edits: list[Edit] = (
        [
            (name.end(), name.end(), " ", [(name.end() - 1, name.end())])
            for name in _GLUED_NAME.finditer(folded)
            if _ID_LABEL_BEFORE.search(folded, max(0, name.start() - 32), name.start()) is None
        ]
        if _LETTER_THEN_DIGIT.search(folded) is not None
        else []
    )
    for chain in _CHAIN.finditer(folded):
        base, end = chain.span()
        if (
            _BEYOND_TYPED_DIGITS.search(folded, base, end) is None
            and _ONE_BY_ONE.search(folded, base, end) is None
        ):
            continue  # typed digits only, in groups: nothing to read
        if chain.group(1):
            tokens = [
                _Token(base + m.start(), base + m.end(), m.group(), _kind(m.group(), eager))
                for m in _TOKEN.finditer(chain.group())
            ]
        else:
            tokens = [_Token(base, end, chain.group(), _kind(chain.group(), eager))]
        if foreign:
            for token in tokens:
                token.foreign = not foreign.isdisjoint(range(token.start, token.end))
        _sound_alikes(tokens)
        _tens_among_numbers(tokens, folded)
        _weak_edges(tokens, folded)
        if len(tokens) == 1 and not eager and not _standalone(tokens[0]):
            continue  # a lone word: "I", "one", "lol"
        last, first = tokens[-1], tokens[0]
        if last.kind == _WORD and (
            _COMPOUND_AFTER.match(folded, last.end) or _COUNTED_AFTER.match(folded, last.end)
        ):
            last.kind = _OTHER  # "one-time", "two-factor", "six-digit", "three times"
        # (a match ends at the token, or one line break before it)
        if first.kind == _WORD and _COMPOUND_BEFORE.search(
            folded, max(0, first.start - 3), first.start
        ):
            first.kind = _OTHER  # "twenty-one", "forty-five"
        # A word that is no number-like token ("is", "Oslo") ends a number.
        run: list[_Token] = []
        for token in [*tokens, _Token(0, 0, "", _OTHER)]:
            if token.kind != _OTHER:
                run.append(token)
            elif run:
                if not _plain_number(run, eager):
                    edits.extend(_run_edits(run, folded, eager))
                edits.extend(_emoji_gap_edits(run, folded))
                run = []
    edits.sort(key=lambda edit: edit[0])
    return edits


def _weak_edges(tokens: list[_Token], folded: str) -> None:
    """OCR reads 8 as B, 5 as S, 2 as Z at a group's edge too ("447-4B-8995", "3439
    S01323 6Z668"): inside a stretch shaped like a card or an SSN, a group of digits and
    look-alikes is digits, whatever letter opens or closes it (elsewhere "S516854" is an
    id)."""
    edges = [
        index
        for index, token in enumerate(tokens)
        if token.kind == _OTHER and _DIGITS_AND_LOOKALIKES.fullmatch(token.text)
    ]
    if not edges:
        return
    for index in edges:
        tokens[index].kind = _MIXED
    shaped = _shaped(tokens, folded)
    for index in edges:
        if not shaped[index]:
            tokens[index].kind = _OTHER


def _sound_alikes(tokens: list[_Token]) -> None:
    """A word dictation writes for a digit is that digit among spoken digits: between
    two, with three or more around it ("five for nine five", "one two to three four",
    not "two for one", "one to five"); "won", "ate", "too" also at the edge of three
    ("ate four one four"), "for", which opens and closes much prose, only opening six
    or more ("for three six nine, eight four nine six"), "to" never at an edge."""
    for _sweep in range(2):  # (one may stand beside another: "ate two ate nine")
        for index, token in enumerate(tokens):
            lower = token.text.lower()
            if token.kind != _OTHER or lower not in _SOUND_ALIKES:
                continue
            left = _spoken_run(tokens, index, -1)
            right = _spoken_run(tokens, index, 1)
            between = left > 0 and right > 0 and left + right >= _SPOKEN_RUN
            if lower in _EDGE_SOUND_ALIKES:
                edge = max(left, right) >= _SPOKEN_RUN
            else:  # (only "for" opening a long run: "... four for the payment", "update
                # my card to three seven ..." are words)
                edge = lower == "for" and left == 0 and right >= _LONG_SPOKEN_RUN
            if between or edge:
                token.kind = _WORD


def _tens_among_numbers(tokens: list[_Token], folded: str) -> None:
    """A tens word that is also a word of the other language ("once") is a number only
    after a spoken one ("cuatro once"; "I used it once" is a word); one joined by a hyphen
    to typed digits is a name ("7-Eleven")."""
    for index, token in enumerate(tokens):
        if token.kind != _WORD:
            continue
        lower = token.text.lower()
        before = tokens[index - 1] if index else None
        after_spoken = before is not None and before.kind in _SPOKEN_DIGIT
        named = (
            before is not None
            and before.kind == _DIGITS
            and folded[before.end : token.start] == "-"
        )
        if (lower in _TENS_AMONG_NUMBERS and not after_spoken) or (lower in _TENS and named):
            token.kind = _OTHER


def _pair_tens(tokens: list[_Token], folded: str) -> None:
    """A tens word and the unit said after it are one pair of digits: "twenty four" is
    24 ("twenty" stands for its 2, "four" joins it), "sesenta y uno" 61."""
    for tens, unit in pairwise(tokens):
        if (
            tens.kind == _WORD
            and unit.kind == _WORD
            and tens.value is not None
            and len(tens.value) == 2
            and tens.value[1] == "0"
            and tens.value != "10"
            and unit.value is not None
            and unit.text.lower() in _DIGIT_WORDS
            and unit.value != "0"
            and _TENS_AND_UNIT.fullmatch(folded, tens.end, unit.start) is not None
        ):
            tens.value = tens.value[0]
            unit.after_tens = True


def _spoken_run(tokens: list[_Token], index: int, step: int) -> int:
    """How many spoken digits stand next to token `index`, one way."""
    count = 0
    index += step
    while 0 <= index < len(tokens) and tokens[index].kind in _SPOKEN_DIGIT:
        count += 1
        index += step
    return count


def _emoji_gap_edits(tokens: list[_Token], folded: str) -> list[Edit]:
    """Emoji between two typed groups of a number become a space ("3883 🥲 5585" is
    "3883 5585"); between spoken digits `_gap_edits` already parts the groups."""
    edits: list[Edit] = []
    for a, b in pairwise(tokens):
        if a.unit or b.unit or not _EMOJI_GAP.search(folded, a.end, b.start):
            continue
        if (a.kind == _DIGITS or a.value is not None) and (
            b.kind == _DIGITS or b.value is not None
        ):
            edits.append((a.end, b.start, " ", [(a.end, b.start)]))
    return edits


def _plain_number(tokens: list[_Token], eager: bool) -> bool:
    """Whether a run is typed digits only ("4111 1111 1111 1111"), or typed digits
    closed by "oh"s ("... 4881 oh and my other card"): it has nothing to read (an "oh"
    after a number is a word, see `_resolve_oh`)."""
    kinds = [token.kind for token in tokens]
    while kinds and kinds[-1] == _OH and not eager:
        kinds.pop()
    if not all(kind == _DIGITS for kind in kinds):
        return False
    # ("2 3 0 0 ...": digits typed one at a time are joined into groups)
    return not any(len(a.text) == len(b.text) == 1 for a, b in pairwise(tokens))


# A clock time said in words: "at ten thirty", "a las diez y cuarto", "eleven forty five pm".
_TIME_BEFORE = re.compile(
    r"(?i)(?<![^\W_])(?:at|by|around|until|till|before|after|since|from|a[ \t]+las?"
    r"|hasta[ \t]+las?|antes[ \t]+de[ \t]+las?|desde[ \t]+las?|sobre[ \t]+las?)[ \t]+$"
)
_TIME_AFTER = re.compile(
    r"(?i)[ \t]*(?:a\.?m\.?|p\.?m\.?|o'?clock|hrs|horas|de[ \t]+la[ \t]+(?:ma[ñn]ana|tarde|noche))"
    r"(?![^\W_])"
)
# ... or an amount: "the fee was twenty five fifty", "costs twenty nine ninety nine".
_AMOUNT_BEFORE = re.compile(
    r"(?i)(?<![^\W_])(?:fees?|costs?|costed|charged(?:[ \t]+(?:me|us))?|paid|pay|price|"
    r"total|balance|cost[oó]|cuesta|cobraron|cobr[oó]|pagu[eé]|comisi[oó]n|precio)"
    r"(?:[ \t]+(?:was|is|of|de|es|fue|era))?[ \t]+$"
)
_AMOUNT_AFTER = re.compile(rf"(?i)[ \t]*(?:{MONEY_WORDS})(?![^\W_])")
# (a time is a few words: "at ten thirty five", not "at two two nine eight seven")
_TIME_WORDS = 4


def _a_time(tokens: list[_Token], folded: str) -> bool:
    """Whether a run of words only, a tens word among them, is a clock time or an
    amount."""
    if len(tokens) > _TIME_WORDS or not all(t.kind in _SPOKEN for t in tokens):
        return False
    if not any(t.text.lower() in _TENS for t in tokens):
        return False
    base, end = tokens[0].start, tokens[-1].end
    return (
        _TIME_BEFORE.search(folded, max(0, base - 16), base) is not None
        or _AMOUNT_BEFORE.search(folded, max(0, base - 24), base) is not None
        or _TIME_AFTER.match(folded, end) is not None
        or _AMOUNT_AFTER.match(folded, end) is not None
    )


def _run_edits(tokens: list[_Token], folded: str, eager: bool) -> list[Edit]:
    if not eager and _a_time(tokens, folded):
        return []  # "the code expires at ten thirty": a time, not digits
    base = tokens[0].start
    window = max(0, base - 12)
    counted = _COUNT_BEFORE.search(folded, window, base) is not None or (
        tokens[0].text.lower() == "one"
        and _PRONOUN_ONE_BEFORE.search(folded, window, base) is not None
    )
    _resolve(tokens, folded, eager=eager, counted=counted)
    return [*_token_edits(tokens), *_gap_edits(tokens, folded)]


def _token_edits(tokens: list[_Token]) -> list[Edit]:
    edits: list[Edit] = []
    for token in tokens:
        value = token.value
        if value is None or value == token.text:
            continue
        if token.kind in (_MIXED, _PURE):
            spans = [(token.start + i, token.start + i + 1) for i in range(len(value))]
        else:
            spans = [(token.start, token.end)] * len(value)
        edits.append((token.start, token.end, value, spans))
    return edits


def _gap_edits(tokens: list[_Token], folded: str) -> list[Edit]:
    """Join spoken digits into groups; one separator character between groups."""
    edits: list[Edit] = []
    pairs = list(pairwise(tokens))
    # "53 - 72 - nine zero - six seven": a number of typed and spoken groups keeps the
    # typed separators; an all-spoken one gets compact ones ("123-45-6789").
    typed_groups = any(not t.unit and t.value is not None for t in tokens)
    unit_pair = [a.unit and b.unit for a, b in pairs]
    # Inside each run of digits said or typed one at a time the commonest gap (the finest
    # on a tie) joins digits, the others separate groups: "six two-eight four six four"
    # is 62-8464, "2 3 0 0   7 3 6 0" is 2300 7360.
    finest: dict[int, int] = {}
    run: list[int] = []
    # Per token of such a run, how many digits the whole run holds.
    run_digits: dict[int, int] = {}
    for index, in_run in enumerate([*unit_pair, False]):
        if in_run:
            run.append(index)
            continue
        if run:
            # (what joins a tens word and its unit tells nothing of the other gaps)
            gaps = [folded[pairs[i][0].end : pairs[i][1].start] for i in run]
            joiner = _joiner(
                [gap for i, gap in zip(run, gaps, strict=True) if not pairs[i][1].after_tens]
                or gaps
            )
            finest.update(dict.fromkeys(run, joiner))
            members = range(run[0], run[-1] + 2)
            held = sum(len(tokens[i].value or "") for i in members)
            run_digits.update(dict.fromkeys(members, held))
            run = []
    for index, (a, b) in enumerate(pairs):
        if a.value is None or b.value is None or not (a.unit or b.unit):
            continue
        gap = folded[a.end : b.start]
        if b.after_tens:
            edits.append((a.end, b.start, "", ()))  # "sesenta y uno": 61
            continue
        if index in finest and _gap_rank(gap) == finest[index]:
            edits.append((a.end, b.start, "", ()))
            continue
        if index not in finest:
            # A typed and a spoken group keep what stands between them ("11/27 - three
            # seven one", "... nine. 275 26 6433"), but for a comma; and a comma beside
            # a card's worth of digits typed one at a time, which parts list items
            # ("372, 5 2 5 8 ... 7 6, 78514").
            # A word said between them (a filler, "dash") is a pause: one separator.
            whole = max(run_digits.get(index, 0), run_digits.get(index + 1, 0))
            if (gap.strip() == "," and not CARD_DIGITS[0] <= whole <= CARD_DIGITS[1]) or any(
                char.isalpha() for char in gap
            ):
                edits.append((a.end, b.start, _group_separator(gap), [(a.end, b.start)]))
            continue
        if typed_groups and _SHAPE_GAP.fullmatch(gap):
            continue  # beside typed groups, spoken groups keep the same separators
        separator = _group_separator(gap)
        if gap != separator:
            edits.append((a.end, b.start, separator, [(a.end, b.start)]))
    return edits


def may_hold_a_number(text: str) -> bool:
    """False only when pass 2 cannot change `text` (a cheap, conservative check): it
    needs a look-alike letter beside a digit, a number word (two in a row when there
    is no digit), or a group of look-alikes typed as digits."""
    letters = text.encode("utf-8", "surrogatepass").translate(_LETTERS_ONLY)
    words = letters.split()
    spoken = not _SPOKEN_WORDS.isdisjoint(words)
    if _DIGIT_BYTE in letters:
        if (
            spoken
            or (
                (_ONE_BY_ONE_BYTES in letters or _ONE_BY_TWO_BYTES in letters)
                and _ONE_BY_ONE.search(text) is not None
            )
            or (not text.isascii() and _EMOJI_BETWEEN_DIGITS.search(text) is not None)
            or (
                not _GLUED_WORDS.isdisjoint(words)
                and _LETTER_THEN_DIGIT.search(text) is not None
                and _GLUED_NAME.search(text) is not None
            )
            or _LOOKALIKE_BY_DIGIT.search(text) is not None
            or _LOOKALIKES_AFTER_DIGIT.search(text[::-1]) is not None
        ):
            return True
    elif spoken and any(a in _SPOKEN_WORDS and b in _SPOKEN_WORDS for a, b in pairwise(words)):
        return True
    if _TYPED_HINT.search(text) is None:
        return False
    return any(
        match.start() == 0 or not text[match.start() - 1].isalnum()
        for match in _TYPED_GROUP.finditer(text)
    )
