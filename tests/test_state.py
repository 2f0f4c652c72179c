"""Conversation state: small, serialisable, versioned, and free of secrets."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import luhn

from guard import ConversationState, EntityType, StoreError
from guard._state import STATE_VERSION, CardRun, PendingAsk

ids = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
times = st.none() | st.floats(min_value=0, max_value=4e9, allow_nan=False)
asks = st.builds(
    PendingAsk,
    types=st.lists(st.sampled_from(list(EntityType)), min_size=1, max_size=3, unique=True).map(
        tuple
    ),
    turn=st.integers(0, 10**6),
    at=times,
    origin=st.sampled_from(sorted(PendingAsk.ORIGINS)),
    slots=st.lists(st.sampled_from(["other", "PIN", "US_SSN"]), max_size=3).map(tuple),
    stalls=st.integers(0, 4),
    fallback=st.lists(st.sampled_from(list(EntityType)), max_size=2, unique=True).map(tuple),
    with_card=st.booleans(),
)


@st.composite
def card_runs(draw: st.DrawFn) -> CardRun:
    parts = draw(st.lists(st.text("0123456789", min_size=1, max_size=6), min_size=1, max_size=4))
    run = CardRun.start(parts[0], draw(ids), draw(st.integers(0, 1000)), draw(times))
    for part in parts[1:]:
        run = run.extend(part, draw(ids))
    return run


states = st.builds(
    ConversationState,
    turn=st.integers(0, 10**6),
    ask=st.none() | asks,
    card=st.none() | card_runs(),
    last_at=times,
    card_restarts=st.lists(card_runs(), max_size=2).map(tuple),
)


@settings(max_examples=200, deadline=None)
@given(states)
def test_state_round_trips_through_json(state: ConversationState) -> None:
    data = json.loads(json.dumps(state.to_dict()))
    assert data["version"] == STATE_VERSION
    assert ConversationState.from_dict(data) == state


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("0123456789", min_size=1, max_size=7), min_size=1, max_size=5))
def test_card_run_knows_the_luhn_check_without_keeping_the_digits(parts: list[str]) -> None:
    run = CardRun.start(parts[0], "m0", 1, None)
    for index, part in enumerate(parts[1:], start=1):
        run = run.extend(part, f"m{index}")
    digits = "".join(parts)
    assert run.luhn_valid == luhn.is_valid(digits)
    assert run.length == len(digits)
    assert run.prefix == digits[:6]
    assert run.ids == tuple(f"m{i}" for i in range(len(parts)))
    # the state holds the first six digits and two one-digit sums, nothing more
    serialized = json.dumps(run.to_dict())
    if len(digits) >= 12:
        assert digits[6:12] not in serialized.replace(run.prefix, "")


def test_an_empty_state_is_the_default() -> None:
    assert ConversationState.from_dict({}) == ConversationState()


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"version": 2}, "version"),
        ({"turn": "many"}, "corrupt"),
        ({"ask": {"types": ["NOT_A_TYPE"], "turn": 1}}, "corrupt"),
        ({"ask": {"turn": 1}}, "corrupt"),
        (
            {
                "card": {
                    "prefix": "4111111111",
                    "length": 10,
                    "even": 0,
                    "odd": 0,
                    "ids": [],
                    "first_turn": 1,
                }
            },
            "corrupt",
        ),
        (
            {
                "card": {
                    "prefix": "41x",
                    "length": 3,
                    "even": 0,
                    "odd": 0,
                    "ids": [],
                    "first_turn": 1,
                }
            },
            "corrupt",
        ),
        ({"last_at": [1]}, "corrupt"),
    ],
)
def test_a_corrupt_state_is_a_store_error_naming_no_value(
    data: dict[str, object], problem: str
) -> None:
    with pytest.raises(StoreError, match=problem) as raised:
        ConversationState.from_dict(data)
    assert "4111111111" not in str(raised.value)


def test_a_state_that_is_not_a_mapping_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="not a mapping"):
        ConversationState.from_dict([1, 2])  # type: ignore[arg-type]
