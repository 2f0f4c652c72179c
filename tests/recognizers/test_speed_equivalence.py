"""The recognizers' fast forms say what their plain forms say.

For speed, `NumberFinder` scans ASCII texts with the stdlib `re`, `digit_count` counts
bytes and `vocabulary_of` reads words through a byte table. These tests hold each to the
plain form it stands for."""

from __future__ import annotations

import re
import sys
from itertools import pairwise

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from guard import Rules
from guard._phrasing import _fold_char, fold, trie_pattern
from guard.recognizers import PasswordRecognizer, _phrases, build_recognizers, password
from guard.recognizers import _cues as cues
from guard.recognizers._phrases import digit_count

# The number pattern as it was written before its look-behinds were given fixed widths.
_PLAIN_NUMBER = regex.compile(
    r"""
    (?<![\w$€£¥+%&@^~|\\!…])(?:(?<!\*)|(?<![\w*]\*)(?=\d*\*))(?<!\.\.)(?<![*•·●xX]{2})
    (?:(?<![*•·●xX]{2}[\ \-.])|(?<=:\*\*\ ))(?<!\w\#)
    (?<!\b\d{1,4}[.,:/\-])(?<![A-Za-z]{2}-)(?<![$€£¥]\ )(?<!\(\d{3}\)\ ?)
    (?:
        \d{3}[\ \-/]\d{3}(?!\d|[\ \-.]\d(?!\d\d[\ \-]\d{3}(?!\d)))
      | \d{4}[\ \-]\d{4}(?![\d]|[\ \-.]\d)
      | \d(?:[\ \-]\d){2,7}(?!\d)
      | \d+
    )
    (?![\w%€$&@^~|+]|[.,:/\-]\d)(?!\*[\w*])(?!\ ?[xX*•]{2})(?!\)\s?\d)
    (?!\ ?(?:%|(?i:percent|por\ ?ciento|a\.m|p\.m)\b))
    (?!\ ?-?\ ?(?i:d[ií]gitos?|digits?|characters?|caracteres|numbers?|n[uú]meros)\b)
    (?!\ (?i:veces|times|days|d[ií]as|years|a[nñ]os|dollars|d[oó]lares|usd|bucks|pesos|points|
        puntos|miles|millas|pts)\b)
    """,
    regex.VERBOSE,
)

# Pieces that exercise the look-arounds: digits and every separator they check, masks,
# currency, labels of units, letters in both cases, characters beyond ASCII (an Arabic
# digit, a no-break space, the separators \x1c-\x1f that only `re` calls spaces).
_PIECES = [
    *"0123456789 -.,:/()$€*#%xX•aAb_\t\n\x1c\xa0٣é",
    "12", "123", "1234", "(555)", "...", "**", "$ ", "WN-", " percent", " digits", "-digitos",
    " times", " DIAS", " usd", "p.m", "ſ", "\u0301", "²", "😅", "¿", "ñ", "\u212a", "“",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)


@settings(max_examples=3000)
@given(_TEXTS)
@example("😅(555)\x1c0")  # \x1c beyond ASCII: a space to `re`, not to `regex`
def test_number_scan_matches_the_plain_pattern(text: str) -> None:
    plain = [(m.start(), m.end()) for m in _PLAIN_NUMBER.finditer(text)]
    assert [(n.start, n.end) for n in cues.NumberFinder().find(text)] == plain
    if text.isascii():
        assert [m.span() for m in cues._ASCII_NUMBER.finditer(text)] == plain


# Any character of the blocks chat draws on (Latin-1 and Latin Extended, punctuation,
# symbols, emoji) among digits and the separators the number pattern reads.
_CHAT_CHARS = st.characters(
    codec="utf-8",
    min_codepoint=0x80,
    max_codepoint=0x1FAFF,
    categories=["L", "M", "N", "P", "S", "Z"],
)
_MIXED = st.lists(
    st.sampled_from([*"0123456789 -.,:/$*xX", "1234", " digits", " dias"]) | _CHAT_CHARS,
    max_size=20,
).map("".join)


@settings(max_examples=1500)
@given(_MIXED)
def test_stdlib_scan_beyond_ascii_reads_as_regex_does(text: str) -> None:
    """Where `_READ_APART` finds nothing, `re` and `regex` find the same numbers."""
    if cues._READ_APART.search(text) is None:
        assert [m.span() for m in cues._UNICODE_NUMBER.finditer(text)] == [
            m.span() for m in cues._NUMBER.finditer(text)
        ]


@given(st.text(alphabet=st.sampled_from([*"0123456789a ٣\ud800é"]), max_size=30))
def test_digit_count_counts_ascii_digits(text: str) -> None:
    assert digit_count(text) == sum(ch in "0123456789" for ch in text)


# Word characters and others in Latin-1, separators `re` and `str.split` read apart, and
# beyond Latin-1 characters that are no word character (the fast pass takes such texts)...
_FAST_PASS_CHARS = [*"aZ09_ -.'`´\t\n\x1c\x85\xa0ÁéñÑßÿªº²½×÷¿", *"😀\ufe0f\ud800–’"]
# ...and what sends a text through the regex pass: "#", word characters beyond Latin-1
# (look-alikes that fold: "ſ", "İ", "K" the Kelvin sign).
_VOCABULARY_CHARS = [*_FAST_PASS_CHARS, *"#ſİKΩωЖ٣ⅷʼ"]


@settings(max_examples=3000)
@given(
    st.text(alphabet=st.sampled_from(_FAST_PASS_CHARS), max_size=30)
    | st.text(alphabet=st.sampled_from(_VOCABULARY_CHARS), max_size=30)
)
def test_words_are_the_regex_word_pass(text: str) -> None:
    matches = list(re.finditer(r"\w+|#", fold(text)))
    assert _phrases.vocabulary_of(text) == {m.group() for m in matches}
    words = _phrases.words_of(text)
    assert words.words == tuple(m.group() for m in matches)
    bounds = words.offsets()
    assert [(bounds[2 * i], bounds[2 * i + 1]) for i in range(len(matches))] == [
        m.span() for m in matches
    ]
    joined = [
        re.fullmatch(r"[\s\-.]{0,3}", fold(text)[a.end() : b.start()]) for a, b in pairwise(matches)
    ]
    assert [words.joined(i) for i in range(1, len(matches))] == [j is not None for j in joined]


def test_folding_keeps_what_the_fast_word_pass_reads_unfolded() -> None:
    # `vocabulary_of` reads a character beyond Latin-1 that is no word character as a
    # space without folding it: none may fold into a word character or "#". And
    # `Words.joined` reads the gaps between words unfolded: folding makes no character
    # a space, dash or dot, nor one of these another character.
    word, gap = re.compile(r"\w|#"), re.compile(r"[\s\-.]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        folded = _fold_char(char)
        assert bool(gap.fullmatch(char)) == bool(gap.fullmatch(folded)), hex(code)
        if code > 0xFF and not word.match(char):
            assert not word.search(folded), hex(code)


# A phrase matches only where all its words occur: the gate lets a text through exactly
# when some phrase has all its words among the text's.
_PHRASES = [("pin",), ("card", "pin"), ("el", "codigo"), ("numero", "de", "seguro"), ("ss", "#")]
_GATE_WORDS = st.sampled_from(["pin", "card", "el", "codigo", "numero", "de", "seguro", "ss", "#"])


@given(st.frozensets(_GATE_WORDS))
def test_the_phrase_gate_admits_the_texts_that_hold_some_phrase_s_words(
    vocabulary: frozenset[str],
) -> None:
    gate = _phrases.PhraseGate(_PHRASES, {"pin"})
    assert gate.admits(vocabulary) == any(set(words) <= vocabulary for words in _PHRASES)


# Phrases that overlap, nest and chain ("card pin" and "pin number" share "pin"), in
# texts of their words, other words and the gaps a phrase may or may not span.
_INDEXED = ["pin", "card pin", "pin number", "my card pin", "el codigo", "codigo de acceso",
            "de", "ss #", "one time pin", "time"]  # fmt: skip
_PHRASE_TEXTS = st.lists(
    st.tuples(
        st.sampled_from(["Pin", "pin", "card", "number", "my", "el", "código", "codigo", "de",
                         "acceso", "ss", "#", "one", "time", "x", "pins"]),
        st.sampled_from(["", " ", "-", ".", "  ", " - ", "\n", ", ", "....", " ¿"]),
    ),
    max_size=8,
).map(lambda pieces: "".join(word + gap for word, gap in pieces))  # fmt: skip


def _plain_phrase_matches(phrases: list[str], text: str) -> list[tuple[int, int]]:
    """Every whole-word occurrence of every phrase, then the longest of overlapping ones
    (then the earliest): what `PhraseIndex.find` stands for."""
    tokens = list(re.finditer(r"\w+|#", fold(text)))
    found = []
    for words in {_phrases.phrase_words(phrase) for phrase in phrases}:
        for i in range(len(tokens) - len(words) + 1):
            part = tokens[i : i + len(words)]
            if [t.group() for t in part] == list(words) and all(
                re.fullmatch(r"[\s\-.]{0,3}", text[a.end() : b.start()]) for a, b in pairwise(part)
            ):
                found.append((part[0].start(), part[-1].end()))
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda m: (m[0] - m[1], m[0])):
        if all(end <= s or e <= start for s, e in chosen):
            chosen.append((start, end))
    return sorted(chosen)


@settings(max_examples=3000)
@given(_PHRASE_TEXTS)
def test_phrase_index_finds_the_longest_of_overlapping_phrases(text: str) -> None:
    index = _phrases.PhraseIndex(_INDEXED)
    found = [(m.start, m.end) for m in index.find(text)]
    assert found == _plain_phrase_matches(_INDEXED, text)


@settings(max_examples=500)
@given(
    st.lists(st.text("abcdeñ", min_size=1, max_size=5), min_size=1, max_size=8),
    st.text("abcdeñ #", max_size=30),
)
def test_a_trie_pattern_finds_what_the_plain_alternation_finds(words: list[str], text: str) -> None:
    plain = re.compile("|".join(map(re.escape, words)))
    assert (re.search(trie_pattern(words), text) is None) == (plain.search(text) is None)


# Cue words of the shipped rules and verbs of trying, in any case, with accents, beside
# digits, symbols and characters beyond ASCII.
_PASSWORD_PIECES = [
    "password", "PassWord", "pw", "PWD", "contraseña", "CONTRASEÑA", "contrasena", "clave",
    "cLaVe", "credenciales", "pass", "tried", "TYPED", "entered", "probé con", "PROBÉ",
    "intenté con", "reset it to", "changed mine to", "my", "is", " ", "-", ":", "1234", "x",
    "é", "ñ", "İ", "\u212a", "ſ", "😅", "’", "#",
]  # fmt: skip


_PASSWORD_RECOGNIZER: list[PasswordRecognizer] = [
    r for r in build_recognizers(Rules.load().detection) if isinstance(r, PasswordRecognizer)
]


@settings(max_examples=2000, deadline=None)  # (a loaded machine must not fail it)
@given(st.lists(st.sampled_from(_PASSWORD_PIECES), max_size=8).map("".join))
def test_the_password_gate_rules_out_only_what_the_recognizer_would(text: str) -> None:
    """`PasswordRecognizer.worth_reading` opens with one search of the folded text; a text
    it rules out is one the cue index and the verbs of trying rule out too."""
    (recognizer,) = _PASSWORD_RECOGNIZER
    full = recognizer._index.may_name(text, recognizer.ENTITY) or password._may_try(text)
    assert recognizer.worth_reading(text) == full
