"""The shortcuts of number eligibility give the answers of the plain searches they spare."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from guard.recognizers._cues import _LAST_FOUR, _LAST_FOUR_REACH, NumberFinder

_PIECES = st.sampled_from(
    [
        "ending in ",
        "ENDS WITH ",
        "End on ",
        "ended in",
        "last four ",
        "Last 4 digits of my card ",
        "LAST two numbers ",
        "termina en ",
        "que termina en ",
        "Terminado en ",
        "ultimos 4 ",
        "últimos dos dígitos del ",
        "ÚLTIMOS 4 ",
        "are ",
        "is: ",
        "#",
        "-",
        " ",
        "\n",
        ": ",
        "1234",
        "9",
        "send ",
        "quest ",
        "blast ",
        "x",
        "é",
        "ſ",
        "K",
        "the card ",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=12).map("".join)


def _windowed(text: str, start: int) -> bool:
    return _LAST_FOUR.search(text, max(0, start - _LAST_FOUR_REACH), start) is not None


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_last_four_shortcut_agrees_with_the_windowed_search(text: str) -> None:
    for start in range(len(text) + 1):
        assert NumberFinder.is_last_four(text, start) == _windowed(text, start)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="endlastrmiqucoENDLASTú 4:-", max_size=60))
def test_last_four_shortcut_agrees_on_any_text(text: str) -> None:
    for start in range(len(text) + 1):
        assert NumberFinder.is_last_four(text, start) == _windowed(text, start)


def test_last_four_shortcut_agrees_on_the_corpora() -> None:
    from benchmarks.corpus import chat_mix, lookalike_mix

    for text in chat_mix(2024, 600) + lookalike_mix(2024, 600):
        for start in range(len(text) + 1):
            assert NumberFinder.is_last_four(text, start) == _windowed(text, start)
