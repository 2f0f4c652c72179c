"""Shared machinery of the context-driven recognizers: cue phrases and number tokens.

A cue is a phrase from `rules/detection.yaml` ("cvv", "código de seguridad"). A value is
bound to the nearest cue: the first eligible value after a cue, or, when none follows,
the last one before it ("123 is my cvv").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from guard.recognizers._phrases import PhraseIndex, phrase_words

# Every pattern here and in the recognizers is fixed (never user-supplied) and has bounded
# quantifiers, so none can backtrack catastrophically; they run without the `regex`
# module's timeout, which costs ~3 µs per call.


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    weak: bool


class CueFinder:
    """Finds cue phrases, dropping those that sit inside a 'not a cue' phrase."""

    def __init__(
        self, cues: Sequence[str], weak_cues: Sequence[str] = (), not_cues: Sequence[str] = ()
    ) -> None:
        self._weak = {phrase_words(c) for c in weak_cues}
        self._cues = PhraseIndex([*cues, *weak_cues])
        self._not = PhraseIndex(not_cues)

    def find(self, text: str) -> list[Cue]:
        found = [Cue(m.start, m.end, m.phrase in self._weak) for m in self._cues.find(text)]
        if not found or not self._not:
            return found
        excluded = [(m.start, m.end) for m in self._not.find(text)]
        return [c for c in found if not any(s <= c.start and c.end <= e for s, e in excluded)]


# A number a person types as one value: a digit run, "123 456" / "123-456" halves, or
# single digits spaced out ("4 8 2 9"). It must not be glued to other digits by the
# punctuation of dates, times, amounts, phone numbers or masked numbers.
_NUMBER = regex.compile(
    r"""
    (?<![\w$€£¥*+])              # not inside a word, an amount or a masked number
    (?<!\d[.,:/\-])              # not the tail of a date, time, amount or phone number
    (?<![$€£¥]\ )                 # "$ 120" is an amount
    (?<!\)\ ?)                    # "(555) 123" is a phone number
    (?:
        \d{3}[\ \-]\d{3}(?!\d)     # 123 456 / 123-456
      | \d{4}[\ \-]\d{4}(?!\d)     # 1234 5678
      | \d(?:[\ \-]\d){2,7}(?!\d)  # 4 8 2 9
      | \d+
    )
    (?![\w%€]|[.,:/\-]\d)         # not the head of a date, time, amount or phone number
    (?!\ ?(?:%|(?i:percent|por\ ?ciento|a\.m|p\.m)\b))
    (?!\ ?-?\ ?(?i:d[ií]gitos?|digits?|characters?|caracteres|numbers?|n[uú]meros)\b)
    """,
    regex.VERBOSE,
)

# "ending in 1234", "the last four are 1234", "últimos 4: 1234": partial data, never a secret.
_LAST_FOUR = regex.compile(
    r"""(?ix)
    (?:
        (?:ending|ends|end|ended)\ (?:in|with|on)
      | last\ (?:four|4|two|2|few)(?:\ (?:digits?|numbers?))?(?:\ of\ (?:\w+\ ){0,2}?\w+)?
      | termina(?:da|do)?\ en | que\ termina\ en
      | [uú]ltimos\ (?:cuatro|4|dos|2)(?:\ (?:d[ií]gitos|n[uú]meros))?(?:\ de\ (?:\w+\ ){0,2}?\w+)?
    )
    [\s:#\-]*(?:(?:are|is|were|son|es|would\ be)[\s:]*)?$
    """
)
_LAST_FOUR_REACH = 40


@dataclass(frozen=True, slots=True)
class Number:
    start: int
    end: int
    digits: int


def find_numbers(text: str) -> list[Number]:
    """Every standalone number token in `text`, except last-four references."""
    numbers: list[Number] = []
    for match in _NUMBER.finditer(text):
        start, end = match.span()
        before = text[max(0, start - _LAST_FOUR_REACH) : start]
        if _LAST_FOUR.search(before):
            continue
        numbers.append(Number(start, end, sum(ch.isdigit() for ch in match.group())))
    return numbers


@dataclass(frozen=True, slots=True)
class Binding:
    number: Number
    cue: Cue
    gap: int


def bind(
    cues: Sequence[Cue], numbers: Sequence[Number], *, after: int, before: int
) -> list[Binding]:
    """Bind each cue to the first number after it within `after` characters, or else to
    the last number before it within `before` characters. Both lists are in text order."""
    bindings: dict[int, Binding] = {}
    for cue in cues:
        chosen: Binding | None = None
        for number in numbers:
            if number.start >= cue.end:
                gap = number.start - cue.end
                if gap <= after:
                    chosen = Binding(number, cue, gap)
                break
        if chosen is None:
            for number in reversed(numbers):
                if number.end <= cue.start:
                    gap = cue.start - number.end
                    if gap <= before:
                        chosen = Binding(number, cue, gap)
                    break
        if chosen is not None:
            known = bindings.get(chosen.number.start)
            if known is None or (chosen.cue.weak, chosen.gap) < (known.cue.weak, known.gap):
                bindings[chosen.number.start] = chosen
    return [bindings[k] for k in sorted(bindings)]
