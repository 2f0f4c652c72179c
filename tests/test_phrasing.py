"""Phrase matching for the conversation rules: folding keeps offsets, phrases match whole
words across spaces and dashes, "*" stands for up to three words (never a verb or "and")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard._phrasing import PhraseSet, fold


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_fold_keeps_one_character_for_one(text: str) -> None:
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("¿CUÁL es su NÚMERO?", "¿cual es su numero?"),
        ("What’s", "what's"),
        ("contraseña", "contrasena"),
        ("ＣＶＶ", "ＣＶＶ".lower()),
    ],
)
def test_fold_lowercases_and_strips_accents(text: str, folded: str) -> None:
    assert fold(text) == folded


def spans(phrases: list[str], text: str, **options: object) -> list[str]:
    folded = fold(text)
    return [folded[s:e] for s, e in PhraseSet(phrases, **options).find(folded)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("phrases", "text", "found"),
    [
        (["one time code"], "the one-time code", ["one-time code"]),
        (["one time code"], "the one - time  code", ["one - time  code"]),
        (["card number"], "your card, number", []),  # a comma is no gap inside a phrase
        (["card number"], "cardnumber", []),
        (["pin"], "pinterest and spin", []),  # whole words only
        (["what's"], "whats your pin", ["whats"]),  # apostrophes are optional
        (["code * on the back"], "the code printed on the back", ["code printed on the back"]),
        (["code * on the back"], "the code that is printed right on the back", []),  # > 3
        (["i * need"], "i am going to need", ["i am going to need"]),
        (
            ["security code", "security code we sent"],
            "the security code we sent",
            ["security code we sent"],
        ),
        (["card #"], "card # please", ["card #"]),
    ],
)
def test_phrases_match_whole_words_with_gaps(
    phrases: list[str], text: str, found: list[str]
) -> None:
    assert spans(phrases, text) == found


def test_a_wildcard_never_stands_for_an_unskippable_word() -> None:
    text = "the code is printed on the back"
    assert spans(["code * on the back"], text) == ["code is printed on the back"]
    assert spans(["code * on the back"], text, unskippable=["is"]) == []
    assert (
        spans(["digits * on the back"], "digits and the code on the back", unskippable=["and"])
        == []
    )


def test_match_at_finds_only_a_phrase_starting_there() -> None:
    phrases = PhraseSet(["was changed", "was"])
    text = fold("your PIN was changed today")
    assert phrases.match_at(text, text.index("was")) == (9, 20)
    assert phrases.match_at(text, text.index("changed")) is None
    assert not PhraseSet([])


_PROBED = ["my code", "the code * sent", "what's your pin", "número de seguro social", "ss #"]
_PROBED_PIECES = ["my", "code", "the", "you", "sent", "what's", "whats", "your", "pin", "número",
                  "numero", "de", "seguro", "social", "ss", "#", "codes", "x", " ", "  ", "-",
                  ", ", "'", "é"]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PROBED_PIECES), max_size=10).map(" ".join))
def test_the_probe_rules_out_only_texts_without_a_phrase(text: str) -> None:
    """`PhraseSet.find` first searches the text for each phrase's longest word; what that
    search rules out holds no phrase."""
    probed = PhraseSet(_PROBED)
    unprobed = PhraseSet(_PROBED)
    unprobed._probe = None
    folded = fold(text)
    assert probed.find(folded) == unprobed.find(folded)


def test_a_wildcard_never_reaches_across_a_line_break() -> None:
    phrases = PhraseSet(["number * on the back"])
    assert phrases.find(fold("the number printed on the back")) == [(4, 30)]
    assert phrases.find(fold("- card number\n- code on the back")) == []
