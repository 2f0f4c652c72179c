"""Property: any Luhn-valid card of any brand, in any supported format, with words around
it, is found as one CREDIT_CARD finding covering exactly its digits."""

from __future__ import annotations

from hypothesis import given, settings

from guard import Engine, EntityType
from tests.chatgen.strategies import cards_in_messages

ENGINE = Engine()


@settings(max_examples=300, deadline=None)
@given(cards_in_messages())
def test_any_valid_card_is_found(case: tuple[str, str, int, int]) -> None:
    _, text, start, end = case
    cards = [(f.start, f.end) for f in ENGINE.detect(text) if f.type is EntityType.CREDIT_CARD]
    assert cards == [(start, end)], f"{text!r}: expected card at {start}:{end}, got {cards}"
