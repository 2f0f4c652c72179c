"""The numbers of a chat message as a person types one value each (guard/_chat_numbers)."""

from __future__ import annotations

import pytest

from guard._chat_numbers import numbers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("acastillo@yahoo.com.mx\n904", ["904"]),
        ("PO box 904", ["904"]),
        ("fax 5551234", ["5551234"]),
        ("my pin is 4821", ["4821"]),
        ("551 903", ["551 903"]),
        # a star alone after a value corrects it
        ("oops 3494*", ["3494"]),
    ],
)
def test_numbers_typed_as_values(text: str, expected: list[str]) -> None:
    assert [text[n.start : n.end] for n in numbers_in(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # masked numbers, amounts, dates
        "XX 1234",
        "card x-4821",
        "x 4821 is mine",
        "XXXX-XXXX-XXXX 1234",
        "**** 1234",
        "1234*5",
        "1234**",
        "$120.50",
        "12/26/2024",
    ],
)
def test_no_value_is_read_in_masked_numbers_amounts_and_dates(text: str) -> None:
    assert numbers_in(text) == []
