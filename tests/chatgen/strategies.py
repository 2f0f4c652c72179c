"""Hypothesis strategies built on the chat generators: cards in every format, messages."""

from __future__ import annotations

import random

from hypothesis import strategies as st

from tests.chatgen import cards
from tests.chatgen.messages import Sample, negative
from tests.chatgen.templates import NEGATIVES

#: Words people put around a card number (no digits: the card is the only number).
BEFORE = ("", "card ", "my card is ", "card number: ", "here you go ", "use ", "visa ",
          "cc# ", "tarjeta: ", "mi tarjeta es ", "ok its ", "the new one is\n", "number ",
          "Card: ")  # fmt: skip
AFTER = ("", " thanks", "!", ".", " por favor", " 🙏", " is that ok?", " exp 12/26",
         " exp 12/26 cvv 123", " 12/26 123", ", 03/29, 4821", " vence 04/28", "\nthx")  # fmt: skip


@st.composite
def card_numbers(draw: st.DrawFn) -> str:
    """A Luhn-valid number with a real issuer prefix and a length valid for its brand."""
    spec = draw(st.sampled_from(cards.BRAND_SPECS))
    length = draw(st.sampled_from(spec.lengths))
    prefix = draw(st.sampled_from(spec.prefixes))
    body = draw(st.text("0123456789", min_size=length - len(prefix) - 1,
                        max_size=length - len(prefix) - 1))  # fmt: skip
    return cards.luhn_complete(prefix + body)


@st.composite
def formatted_cards(draw: st.DrawFn) -> tuple[str, str]:
    """(digits, the card as typed): plain, by fours, the brand's grouping, pairs or
    irregular groups, joined by any separator cards.py knows."""
    number = draw(card_numbers())
    spec = next(s for s in cards.BRAND_SPECS if any(number.startswith(p) for p in s.prefixes))
    sizes = draw(
        st.one_of(
            st.just(()),
            st.just((4,) * 5),
            st.sampled_from(spec.groupings),
            st.just((2,) * 10),
            st.lists(st.integers(3, 6), min_size=8, max_size=8).map(tuple),
        )
    )
    if not sizes:
        return number, number
    separator = draw(st.sampled_from(cards.SEPARATORS))
    return number, separator.join(cards.group(number, sizes))


@st.composite
def cards_in_messages(draw: st.DrawFn) -> tuple[str, str, int, int]:
    """(digits, message, start, end): a formatted card with words around it."""
    number, typed = draw(formatted_cards())
    before, after = draw(st.sampled_from(BEFORE)), draw(st.sampled_from(AFTER))
    text = before + typed + after
    return number, text, len(before), len(before) + len(typed)


#: Families of single-fact look-alikes the issue lists as "must pass untouched".
UNTOUCHABLE = tuple(
    f.name
    for f in NEGATIVES
    if f.name not in {"talk about secrets with numbers", "agent", "small talk"}
)


@st.composite
def clean_messages(draw: st.DrawFn) -> Sample:
    """One generated look-alike message of a family the issue names."""
    family = draw(st.sampled_from(UNTOUCHABLE))
    seed = draw(st.integers(0, 2**32 - 1))
    return negative(random.Random(seed), family)
