"""Phrase matching for the conversation rules: folded text, vocabularies, spans.

`fold` lowercases a text and strips its accents one character for one, so a span of the
folded text is the same span of the text it came from. A `PhraseSet` finds the phrases
of one rules vocabulary in folded text: whole words, any spaces or dashes between words
("one-time" = "one time"), "*" for up to three words, apostrophes optional ("whats").
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

#: Regex timeout (seconds): a pathological message fails instead of hanging a worker.
REGEX_TIMEOUT = 0.25

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
# A phrase's words: letters, digits and apostrophes ("what's", "i'll"), and "#".
_TOKEN = regex.compile(r"[\w']+|#")
# Between two words of a phrase the text may hold spaces and dashes only ("one-time").
_SOFT_GAP = regex.compile(r"[\s\-–]*")
#: "*" in a phrase stands for up to this many words.
WILDCARD_WORDS = 3


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    lower = char.lower()
    if len(lower) != 1:
        lower = char
    decomposed = unicodedata.normalize("NFD", lower)
    if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
        return decomposed[0]
    return lower


def fold(text: str) -> str:
    """`text` lowercased, accents and curly apostrophes undone, one character for one
    (a span of the folded text is the same span of `text`)."""
    if text.isascii():
        return text.lower().replace("`", "'")
    return "".join(_fold_char(c) for c in text.translate(_APOSTROPHES))


@dataclass(frozen=True, slots=True)
class _Tokens:
    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    #: soft[i]: only spaces or dashes stand between word i - 1 and word i
    soft: tuple[bool, ...]


@lru_cache(maxsize=16)
def _tokens(folded: str) -> _Tokens:
    """The words of a folded text (cached: every vocabulary reads the same message)."""
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    soft: list[bool] = []
    previous_end = 0
    for match in _TOKEN.finditer(folded):
        words.append(match.group())
        starts.append(match.start())
        ends.append(match.end())
        gap = _SOFT_GAP.fullmatch(folded, previous_end, match.start())
        soft.append(gap is not None)
        previous_end = match.end()
    return _Tokens(tuple(words), tuple(starts), tuple(ends), tuple(soft))


def _phrase_words(phrase: str) -> tuple[str, ...]:
    words = regex.findall(r"[\w']+|#|\*", fold(phrase))
    while words and words[0] == "*":
        words.pop(0)
    while words and words[-1] == "*":
        words.pop()
    return tuple(words)


class PhraseSet:
    """A vocabulary of phrases found in folded text: whole words, any spaces or dashes
    between words ("one-time" = "one time"), "*" for up to three words.

    Matching looks words up by the phrase's first word: one pass over the message's
    words, whatever the size of the vocabulary.
    """

    def __init__(self, phrases: Iterable[str], *, unskippable: Iterable[str] = ()) -> None:
        # Words "*" may not stand for: "code * on the back" must not read "the code is
        # printed on the back" as one object phrase.
        self._unskippable = frozenset(fold(w) for w in unskippable)
        by_first: dict[str, set[tuple[str, ...]]] = {}
        for phrase in phrases:
            words = _phrase_words(phrase)
            # People drop apostrophes: "what's" is also "whats", "don't" also "dont".
            for variant in {words, tuple(w.replace("'", "") for w in words)}:
                if variant and variant[0]:
                    by_first.setdefault(variant[0], set()).add(variant)
        self._by_first = {
            first: sorted(options, key=len, reverse=True) for first, options in by_first.items()
        }

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def find(self, folded: str) -> list[Span]:
        """Every match in `folded`, one per start word (the longest phrase there)."""
        if not self._by_first:
            return []
        tokens = _tokens(folded)
        found: list[Span] = []
        for index, word in enumerate(tokens.words):
            if word in self._by_first:
                end = self._longest(tokens, index)
                if end is not None:
                    found.append((tokens.starts[index], end))
        return found

    def match_at(self, folded: str, position: int) -> Span | None:
        """The longest match starting exactly at `position`, if any."""
        tokens = _tokens(folded)
        index = bisect_left(tokens.starts, position)
        if index == len(tokens.starts) or tokens.starts[index] != position:
            return None
        if tokens.words[index] not in self._by_first:
            return None
        end = self._longest(tokens, index)
        return (position, end) if end is not None else None

    def _longest(self, tokens: _Tokens, index: int) -> int | None:
        best: int | None = None
        for phrase in self._by_first[tokens.words[index]]:
            last = _match_rest(tokens, index, phrase, 1, self._unskippable)
            if last is not None and (best is None or tokens.ends[last] > best):
                best = tokens.ends[last]
        return best


def _match_rest(
    tokens: _Tokens,
    position: int,
    phrase: tuple[str, ...],
    k: int,
    unskippable: frozenset[str] = frozenset(),
) -> int | None:
    """The index of the last word when `phrase[k:]` matches right after word `position`."""
    words, soft = tokens.words, tokens.soft
    while k < len(phrase):
        if phrase[k] == "*":
            for skip in range(WILDCARD_WORDS + 1):
                nxt = position + 1 + skip
                if nxt >= len(words) or not soft[nxt]:
                    return None
                if words[nxt] == phrase[k + 1]:
                    last = _match_rest(tokens, nxt, phrase, k + 2, unskippable)
                    if last is not None:
                        return last
                if words[nxt] in unskippable:
                    return None
            return None
        position += 1
        if position >= len(words) or not soft[position] or words[position] != phrase[k]:
            return None
        k += 1
    return position


Span = tuple[int, int]


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def drop_overlapping(spans: Sequence[Span], blockers: Sequence[Span]) -> list[Span]:
    return [s for s in spans if not any(overlaps(s, b) for b in blockers)]


def drop_contained(spans: Sequence[Span], containers: Sequence[Span]) -> list[Span]:
    return [s for s in spans if not any(c[0] <= s[0] and s[1] <= c[1] for c in containers)]


def within(spans: Sequence[Span], start: int, end: int) -> list[Span]:
    return [s for s in spans if start <= s[0] and s[1] <= end]
