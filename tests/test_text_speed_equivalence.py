"""The text layer's fast searches say what their plain forms say.

For speed, several searches in `guard._numbers` and `guard._text` open with a character
class (so that the regex engine skips to the few places a match may start), read the
reversed text, or lean on tables computed at import. These tests hold each of them to the
plain form it stands for, kept here as the reference."""

from __future__ import annotations

import re
import sys
from itertools import pairwise

from hypothesis import example, given, settings
from hypothesis import strategies as st

from guard import _numbers as numbers
from guard import _text as text_layer
from guard.recognizers._phrases import digits_of

# Pieces that exercise the boundaries: digits, strong and weak look-alikes, a pipe (a
# look-alike that is not a word character), an underscore, accents, the long s (an "s"
# under (?i)), every gap character, number words in several cases.
_PIECES = [
    *"05lIOoZsiBa_é|ſ",
    " ", "  ", "\t", "-", ".", ",", "/", "\n", "\r\n", " - ",
    "one", "oh", "ONE", "Two", "oNe", "double", "cuatro", "ſix", "lO", "oI", "4O11", "lll",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)

_LOOKALIKES = re.escape(numbers.LOOKALIKES)
_STRONG = numbers._STRONG_CLASS
_GAP = numbers._GAP
_PLAIN_CHAIN = re.compile(rf"{numbers._ITEM}(?:{_GAP}{numbers._ITEM})*")
_PLAIN_LOOKALIKE_BY_DIGIT = re.compile(
    rf"[0-9][{_LOOKALIKES}]|[{_LOOKALIKES}][0-9]"
    rf"|[0-9]{_GAP}{_STRONG}++(?![^\W_])|(?<![^\W_]){_STRONG}++{_GAP}[0-9]"
)
_PLAIN_TYPED_GROUP = numbers._TYPED_GROUP
_PLAIN_ONE_BY_ONE = re.compile(
    r"(?<![0-9])[0-9](?:[ \t.\-][0-9](?![0-9])){2}"
    r"|(?<![0-9])[0-9](?:(?:[ \t]{2}|,[ \t])[0-9](?![0-9])){2}"
)
_LETTERS = re.compile(r"[A-Za-z]+")
_SPOKEN = frozenset(word.decode() for word in numbers._SPOKEN_WORDS)


def _plain_may_hold_a_number(text: str) -> bool:
    words = [word.lower() for word in _LETTERS.findall(text)]
    spoken = not _SPOKEN.isdisjoint(words)
    if re.search(r"[0-9]", text):
        if spoken or _PLAIN_LOOKALIKE_BY_DIGIT.search(text) or _PLAIN_ONE_BY_ONE.search(text):
            return True
    elif spoken and any(a in _SPOKEN and b in _SPOKEN for a, b in pairwise(words)):
        return True
    if "|" not in text and not any(pair in text for pair in ("lO", "oO", "lI", "oI")):
        return False
    return any(
        match.start() == 0 or not text[match.start() - 1].isalnum()
        for match in _PLAIN_TYPED_GROUP.finditer(text)
    )


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("l|l one two")  # the pipe inside a token opens no chain of its own
@example("_one two ſix 4")
def test_the_chain_search_finds_the_plain_chains(text: str) -> None:
    fast = [match.span() for match in numbers._CHAIN.finditer(text)]
    assert fast == [match.span() for match in _PLAIN_CHAIN.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("5 l|a")  # the group after the digit runs on through the pipe, into a word
@example("5 l|")
@example("4111 lll")
@example("|ll 4111")
@example("a|l 5")
@example("0..l")  # a dictation pause, read backwards too
def test_look_alikes_by_digits_are_found_from_the_letters(text: str) -> None:
    fast = (
        numbers._LOOKALIKE_BY_DIGIT.search(text) is not None
        or numbers._LOOKALIKES_AFTER_DIGIT.search(text[::-1]) is not None
    )
    assert fast == (_PLAIN_LOOKALIKE_BY_DIGIT.search(text) is not None)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("oNe tWo tHree")
@example("5one")
@example("four o five")
def test_the_pre_check_answers_as_its_plain_form(text: str) -> None:
    assert numbers.may_hold_a_number(text) == _plain_may_hold_a_number(text)


# Typed digits and what may join them, nothing else.
_TYPED_PIECES = [*"0123456789", " ", "  ", "   ", "\t", "-", ".", ",", "/", "\n", " - ", "12"]
_TYPED_TEXTS = st.lists(st.sampled_from(_TYPED_PIECES), max_size=16).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TYPED_TEXTS)
@example("1 2  3 4")
@example("7.0.1")
@example("2 3 0 0   7 3 6 0")
def test_typed_digits_the_pre_check_rules_out_have_nothing_to_read(text: str) -> None:
    if not numbers.may_hold_a_number(text):
        assert numbers.number_edits(text, eager=False) == []


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("2 3 0")
@example("5.2-3")
@example("12 3 4 5")
@example("4  6  0")
@example("4\t\t6  0")
@example("2, 8, 6")
def test_digits_typed_one_at_a_time_are_found_from_the_bytes(text: str) -> None:
    fast = numbers._ONE_BY_ONE.search(text) is not None
    letters = text.encode("utf-8", "surrogatepass").translate(numbers._LETTERS_ONLY)
    in_bytes = numbers._ONE_BY_ONE_BYTES in letters or numbers._ONE_BY_TWO_BYTES in letters
    assert fast == (in_bytes and fast)
    assert fast == (_PLAIN_ONE_BY_ONE.search(text) is not None)


def test_every_character_that_may_open_an_item_opens_the_chain_search() -> None:
    # (a sound-alike, "for", "ate", continues a chain and opens none)
    firsts = "".join({word[0] for word in numbers._OPENING_WORDS})
    opens = re.compile(rf"[{numbers._NUMBER_CHARS}]|(?i:[{firsts}])")
    missing = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if opens.fullmatch(chr(code)) and chr(code) not in numbers._ITEM_STARTS
    ]
    assert missing == []


def test_the_kept_characters_are_those_pass_1_leaves_alone() -> None:
    for low, high in text_layer._COMMON_BLOCKS:
        for char in map(chr, range(low, high + 1)):
            kept = text_layer._CHANGING.search(char) is None
            assert kept == text_layer._stays(char), hex(ord(char))
    assert text_layer._CHANGING.search("\ufe0f") is not None  # checked with the digit before it


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_digits_of_a_normalized_text_are_its_regex_digits(raw: str) -> None:
    # (normalized, every digit is ASCII: the byte deletion and `\D` agree)
    normalized = text_layer.normalize(raw).text
    assert digits_of(normalized) == re.sub(r"\D", "", normalized)
