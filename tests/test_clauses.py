"""The clauses an agent message is cut into (guard/_clauses.py)."""

from __future__ import annotations

import pytest

from guard import Rules
from guard._clauses import ClauseSplitter, opens_list, sentence_of
from guard._phrasing import fold

RULES = Rules.load().requests
SPLITTER = ClauseSplitter(
    (p for ps in RULES.clause_breaks.values() for p in ps),
    (p for ps in RULES.clause_starts.values() for p in ps),
)


def cut(text: str) -> list[tuple[str, str, int]]:
    folded = fold(text)
    return [
        (folded[c.start : c.end].strip(), c.joint, c.sentence) for c in SPLITTER.clauses(folded)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sentences end at a full stop, not after an abbreviation or a list's number
        ("Thanks. What's the CVV?", [("thanks", "", 0), ("what's the cvv", "", 1)]),
        ("Card no. 4 is fine", [("card no. 4 is fine", "", 0)]),
        (
            "send me 1. the expiry, 2. the card number",
            [("send me 1. the expiry", "", 0), ("2. the card number", "comma", 0)],
        ),
        # ... but a sentence ending on a number still ends
        ("not the last 4. Send me all", [("not the last 4", "", 0), ("send me all", "", 1)]),
        # a list under a line that opens it, with or without a colon
        (
            "Mándeme\n- su NIP\n- el CVV",
            [("mandeme", "", 0), ("- su nip", "item", 1), ("- el cvv", "item", 2)],
        ),
        # a contrastive word starts a clause
        ("No need for the PIN, but I do need the ZIP", [
            ("no need for the pin", "", 0), ("but i do need the zip", "comma", 0)]),
    ],
)  # fmt: skip
def test_clauses(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert cut(text) == expected


def test_a_line_before_list_items_opens_a_list_and_an_item_does_not() -> None:
    folded = fold("Send me\n- your PIN\n- the CVV")
    first, item, _last = SPLITTER.clauses(folded)
    assert opens_list(folded, first) and not opens_list(folded, item)
    assert sentence_of(folded, folded.index("the cvv")) == 2
