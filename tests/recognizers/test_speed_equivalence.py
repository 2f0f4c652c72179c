"""The recognizers' fast forms say what their plain forms say.

For speed, `NumberFinder` scans ASCII texts with the stdlib `re` and `digit_count` counts
bytes. These tests hold each to the plain form it stands for."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.recognizers import _cues as cues
from guard.recognizers._phrases import digit_count

# The number pattern as it was written before its look-behinds were given fixed widths.
_PLAIN_NUMBER = regex.compile(
    r"""
    (?<![\w$€£¥+%&@^~|\\!…])(?<![\w*]\*)(?<!\.\.)(?<![*•·●xX]{2}[\ \-.]?)(?<!\w\#)
    (?<!\b\d{1,4}[.,:/\-])(?<![A-Za-z]{2}-)(?<![$€£¥]\ )(?<!\(\d{3}\)\ ?)
    (?:
        \d{3}[\ \-]\d{3}(?![\d]|[\ \-.]\d)
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
    " times", " DIAS", " usd", "p.m", "ſ",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)


@settings(max_examples=3000)
@given(_TEXTS)
def test_number_scan_matches_the_plain_pattern(text: str) -> None:
    plain = [(m.start(), m.end()) for m in _PLAIN_NUMBER.finditer(text)]
    assert [(n.start, n.end) for n in cues.NumberFinder().find(text)] == plain
    if text.isascii():
        assert [m.span() for m in cues._ASCII_NUMBER.finditer(text)] == plain


@given(st.text(alphabet=st.sampled_from([*"0123456789a ٣\ud800é"]), max_size=30))
def test_digit_count_counts_ascii_digits(text: str) -> None:
    assert digit_count(text) == sum(ch in "0123456789" for ch in text)
