"""Finding cue phrases fast: one word pass per message, then dictionary look-ups.

A long regex alternation of a hundred phrases costs ~20 µs per message per type; looking
words up costs a fraction of that and the word pass is shared by every recognizer that
reads the same message. Matching is case-insensitive and whole-word; between the words
of a phrase the text may hold up to three spaces, dashes or dots ("one-time",
"one time", "ss#").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Any

_TOKEN = re.compile(r"\w+|#")
_GAP = re.compile(r"[\s\-.]{0,3}")


@dataclass(frozen=True, slots=True)
class Words:
    """The words of one text: lowercased, with their offsets, and the set of them."""

    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    vocabulary: frozenset[str]


_SPLIT = re.compile(r"(\w+|#)")
_NOT_DIGITS = str.maketrans("", "", "0123456789")


def _accent_table() -> dict[int, str]:
    """Accented Latin letters -> their base letter, one character for one."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and base.isascii() and len(base) == 1:
            table[code] = base
    return table


_UNACCENT = _accent_table()


def lowered(text: str) -> str:
    """`text` lowercased with accents dropped ("Código" -> "codigo"), same length, so
    "codigo" matches "código" whichever way either was written."""
    lower = text.lower()
    return lower if lower.isascii() else lower.translate(_UNACCENT)


@lru_cache(maxsize=64)
def digit_count(text: str) -> int:
    """How many ASCII digits `text` holds (a C-speed gate for the number recognizers)."""
    return len(text) - len(text.translate(_NOT_DIGITS))


@lru_cache(maxsize=64)
def vocabulary_of(text: str) -> frozenset[str]:
    """The set of lowercased words of `text`: enough to rule most phrase sets out."""
    return frozenset(_TOKEN.findall(lowered(text)))


@lru_cache(maxsize=64)
def words_of(text: str) -> Words:
    """The words of `text` (cached: every recognizer reading a message shares them)."""
    lower = lowered(text)
    if len(lower) != len(text):  # a few characters lengthen when lowercased ("İ")
        spans = [m.span() for m in _TOKEN.finditer(text)]
        words = tuple(lowered(text[start:end]) for start, end in spans)
        return Words(
            words, tuple(s for s, _ in spans), tuple(e for _, e in spans), frozenset(words)
        )
    # One split gives words and the text between them; running sums of the pieces'
    # lengths give every word's offsets, all at C speed.
    pieces = _SPLIT.split(lower)
    bounds = tuple(accumulate(map(len, pieces)))
    words = tuple(pieces[1::2])
    return Words(words, bounds[0::2][: len(words)], bounds[1::2], frozenset(words))


def phrase_words(phrase: str) -> tuple[str, ...]:
    return tuple(lowered(word) for word in _TOKEN.findall(phrase))


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    start: int
    end: int
    phrase: tuple[str, ...]


_END = ""  # trie key marking the end of a phrase (no word is empty)


class PhraseIndex:
    """Non-overlapping whole-word matches of a set of phrases, longest first.

    Phrases live in a trie of words, so matching at a word costs the length of the
    longest phrase found there, not the number of phrases that start with that word.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        self._trie: dict[str, Any] = {}
        keys: set[str] = set()
        for phrase in phrases:
            words = phrase_words(phrase)
            if not words:
                continue
            node = self._trie
            for word in words:
                node = node.setdefault(word, {})
            node[_END] = words
            # Gate: a phrase can only match where its longest word occurs. Gating on
            # first words would let "the", "my" or "el" open every message.
            keys.add(max(words, key=len))
        self._keys = frozenset(keys)

    def __bool__(self) -> bool:
        return bool(self._trie)

    def find(self, text: str) -> list[PhraseMatch]:
        if self._keys.isdisjoint(vocabulary_of(text)):
            return []
        words = words_of(text)
        # Every match at every word, then the longest win: "código de acceso" beats the
        # "el código" that starts a word earlier.
        candidates: list[PhraseMatch] = []
        trie = self._trie
        for index, word in enumerate(words.words):
            node = trie.get(word)
            if node is not None:
                candidates.extend(self._matches_at(text, words, index, node))
        if len(candidates) < 2:
            return candidates
        chosen: list[PhraseMatch] = []
        for match in sorted(candidates, key=lambda m: (m.start - m.end, m.start)):
            if all(match.end <= c.start or c.end <= match.start for c in chosen):
                chosen.append(match)
        return sorted(chosen, key=lambda m: m.start)

    @staticmethod
    def _matches_at(text: str, words: Words, index: int, node: dict[str, Any]) -> list[PhraseMatch]:
        """Every phrase that starts at word `index` (whose trie node is `node`)."""
        found = []
        start, last = words.starts[index], index
        while True:
            phrase = node.get(_END)
            if phrase is not None:
                found.append(PhraseMatch(start, words.ends[last], phrase))
            following = last + 1
            if following >= len(words.words):
                break
            child = node.get(words.words[following])
            if child is None or not _GAP.fullmatch(text, words.ends[last], words.starts[following]):
                break
            node, last = child, following
        return found

    def occurs_between(self, text: str, start: int, end: int) -> bool:
        """Whether a phrase lies wholly inside text[start:end]."""
        return any(start <= m.start and m.end <= end for m in self.find(text))
