"""Finding cue phrases fast: one word pass per message, then dictionary look-ups.

A long regex alternation of a hundred phrases costs ~20 µs per message per type; looking
words up costs a fraction of that and the word pass is shared by every recognizer that
reads the same message. Matching is case-insensitive and whole-word; between the words
of a phrase the text may hold up to three spaces, dashes or dots ("one-time",
"one time", "ss#").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache
from itertools import accumulate
from typing import Any, NamedTuple

from guard._phrasing import fold

_TOKEN = re.compile(r"\w+|#")
_GAP = re.compile(r"[\s\-.]{0,3}")
# The one word pass of a message: its folded text cut into gap, word, gap, ..., word, gap.
_SPLIT = re.compile(r"(\w+|#)")
_ASCII_DIGITS = b"0123456789"
# The same pass, faster, for most texts: a byte table folds each word character and turns
# every other one into a space (one character for one, at C speed), and the words are the
# runs of non-spaces. Beyond Latin-1 only characters that are no word character may stand
# (they fold to none either): each is encoded as "?", a space to the table.
_LATIN_1_WORDS = bytes(
    ord(folded) if _TOKEN.fullmatch(folded) else ord(" ")
    for folded in fold("".join(map(chr, range(256))))
)
_WORD_BEYOND_LATIN_1 = re.compile(r"[^\W\x00-\xff]")
_SPACED_SPLIT = re.compile(r"([^ ]+)")


class Words:
    """The words of one text, folded, and the gaps around them. Offsets into the text
    are worked out when first asked for: most texts a phrase index reads hold none of
    its phrases."""

    __slots__ = ("_bounds", "_pieces", "_text", "words")

    def __init__(self, text: str, pieces: list[str]) -> None:
        self._text = text
        #: gap, word, gap, ..., word, gap (a gap's length is the gap's in the text)
        self._pieces = pieces
        self.words: tuple[str, ...] = tuple(pieces[1::2])
        self._bounds: tuple[int, ...] | None = None

    def offsets(self) -> tuple[int, ...]:
        """Where the pieces end: words `first` to `last` stand at
        text[offsets[2 * first] : offsets[2 * last + 1]]."""
        if self._bounds is None:
            # Fold keeps one character for one, so the running sums of the pieces'
            # lengths are offsets into the text: word i ends at bounds[2 * i + 1].
            self._bounds = tuple(accumulate(map(len, self._pieces)))
        return self._bounds

    def joined(self, word: int) -> bool:
        """Whether word `word` (not the first) may continue a phrase: no more than
        three spaces, dashes or dots stand between it and the word before. (Folding
        makes no character one of these, nor one of these another: the text is read.)"""
        bounds = self.offsets()
        gap = self._text[bounds[2 * word - 1] : bounds[2 * word]]
        return gap == " " or _GAP.fullmatch(gap) is not None  # (most gaps are one space)


@lru_cache(maxsize=64)
def digit_count(text: str) -> int:
    """How many ASCII digits `text` holds (a C-speed gate for the number recognizers).

    Counted in the UTF-8 bytes: `bytes.translate` deletes bytes ~5x faster than
    `str.translate` deletes characters, and in UTF-8 the bytes of ASCII digits stand
    for nothing else. ("surrogatepass": a lone surrogate holds no digit either.)
    """
    raw = text.encode("utf-8", "surrogatepass")
    return len(raw) - len(raw.translate(None, _ASCII_DIGITS))


_NOT_ASCII_DIGITS = bytes(b for b in range(256) if b not in _ASCII_DIGITS)


def digits_of(text: str) -> str:
    """The ASCII digits of `text`, in order ("536-22-8190" -> "536228190"): the digits of
    a normalized text, whose digits are all ASCII. (Bytes are deleted at C speed, ~20x
    faster than a regex substitution.)"""
    return text.encode("utf-8", "surrogatepass").translate(None, _NOT_ASCII_DIGITS).decode()


@lru_cache(maxsize=64)
def folded(text: str) -> str:
    """`fold(text)`, cached: every reader of a message shares it."""
    return fold(text)


@lru_cache(maxsize=64)
def _spaced(text: str) -> str | None:
    """`text` folded, with a space for every character but word characters; None when
    that takes the regex pass: "#" (a word of its own, even in "ss#") or a word
    character beyond Latin-1. (Cached: `vocabulary_of` and `words_of` share it.)"""
    if "#" in text or (not text.isascii() and _WORD_BEYOND_LATIN_1.search(text)):
        return None
    return text.encode("latin-1", "replace").translate(_LATIN_1_WORDS).decode("latin-1")


@lru_cache(maxsize=64)
def vocabulary_of(text: str) -> frozenset[str]:
    """The set of folded words of `text`: enough to rule most phrase sets out."""
    spaced = _spaced(text)
    if spaced is None:
        return frozenset(_SPLIT.split(folded(text))[1::2])
    return frozenset(spaced.split())


@lru_cache(maxsize=64)
def words_of(text: str) -> Words:
    """The words of `text`, folded (lowercase, no accents: "Código" is "codigo"), with
    their offsets (cached: every recognizer reading a message shares them)."""
    spaced = _spaced(text)
    if spaced is None:
        return Words(text, _SPLIT.split(folded(text)))
    return Words(text, _SPACED_SPLIT.split(spaced))


def phrase_words(phrase: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(fold(phrase)))


def gate_word(words: tuple[str, ...], singles: AbstractSet[str]) -> str:
    """The word of a phrase that gates it: one that is a phrase by itself when it holds
    one ("pin" in "card pin", already a gate of its own), else its longest word (the
    rarest, as a rule)."""
    return max((w for w in words if w in singles), key=len, default=None) or max(words, key=len)


class PhraseGate:
    """Whether a text may hold one of a set of phrases, told from the set of its words:
    a phrase matches only where all its words occur. Each phrase is filed under its gate
    word. One set operation rules most texts out; the rest are held to the phrases filed
    under the words they hold ("número de caso" holds none of those filed under
    "numero"), which spares most texts without a phrase the walk along their words."""

    def __init__(self, phrases: Iterable[tuple[str, ...]], singles: AbstractSet[str]) -> None:
        filed: dict[str, set[frozenset[str]]] = {}
        for words in phrases:
            filed.setdefault(gate_word(words, singles), set()).add(frozenset(words))
        self.keys = frozenset(filed)
        self._filed = filed
        # Gate words that are phrases by themselves ("pin", "cvv"): holding one is enough.
        self._alone = frozenset(key for key, phrases in filed.items() if {key} in phrases)

    def admits(self, vocabulary: frozenset[str]) -> bool:
        if self.keys.isdisjoint(vocabulary):
            return False
        if not self._alone.isdisjoint(vocabulary):
            return True
        return any(
            words <= vocabulary for key in self.keys & vocabulary for words in self._filed[key]
        )


class PhraseMatch(NamedTuple):
    start: int
    end: int
    phrase: tuple[str, ...]


_END = ""  # trie key marking the end of a phrase (no word is empty)

# A phrase found at words `first` to `last`.
_Found = tuple[int, int, tuple[str, ...]]


def _longest_first(found: list[_Found], bounds: tuple[int, ...]) -> list[_Found]:
    """Of overlapping phrases, the longest in the text win, then the earliest: "código
    de acceso" beats the "el código" that starts a word earlier. (Phrases overlap
    exactly when they share a word: the words taken are kept as the bits of an int.)"""
    taken = 0
    chosen: list[_Found] = []
    for _length, first, last, words in sorted(
        (bounds[2 * first] - bounds[2 * last + 1], first, last, words)
        for first, last, words in found
    ):
        span = (1 << (last + 1)) - (1 << first)
        if not taken & span:
            taken |= span
            chosen.append((first, last, words))
    return sorted(chosen)


def _resolve(found: list[_Found], bounds: tuple[int, ...]) -> list[_Found]:
    """The phrases that stand of `found` (which comes by first word, then by length).

    Mostly phrases nest ("numero de seguro social" holds "seguro social" and "social")
    or stand apart: the outermost then win, each longer than every phrase inside it,
    and a pass along the list finds them. Only when two outermost phrases overlap does
    the longest-first contest run (`_longest_first`)."""
    outer: list[_Found] = []
    reach = -1  # the last word of the outermost phrases so far
    for phrase in found:
        first, last, _words = phrase
        if outer and outer[-1][0] == first:
            outer[-1] = phrase  # the longer phrase at the same word
        elif last <= reach:
            continue  # inside an outer phrase
        elif first <= reach:
            return _longest_first(found, bounds)  # overlapping outer phrases
        else:
            outer.append(phrase)
        reach = max(reach, last)
    return outer


class PhraseIndex:
    """Non-overlapping whole-word matches of a set of phrases, longest first.

    Phrases live in a trie of words, so matching at a word costs the length of the
    longest phrase found there, not the number of phrases that start with that word.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        self._trie: dict[str, Any] = {}
        all_words = {phrase_words(phrase) for phrase in phrases} - {()}
        for words in all_words:
            node = self._trie
            for word in words:
                node = node.setdefault(word, {})
            node[_END] = words
        # Gate: a phrase can only match where its words occur, so one of them stands for
        # it (gating on first words would let "the", "my" or "el" open every message),
        # and then all of them.
        singles = {words[0] for words in all_words if len(words) == 1}
        self._gate = PhraseGate(all_words, singles)

    def __bool__(self) -> bool:
        return bool(self._trie)

    def find(self, text: str) -> list[PhraseMatch]:
        if not self._gate.admits(vocabulary_of(text)):
            return []
        words = words_of(text)
        all_words = words.words
        count = len(all_words)
        # Every phrase at every word that opens one, walking the trie along the words
        # that follow. (Fold keeps spaces, dashes and dots: a gap of the folded text is
        # a gap of `text`.)
        found: list[_Found] = []
        opens = self._trie.get
        for first, word in enumerate(all_words):
            node = opens(word)
            if node is None:
                continue
            last = first
            while True:
                phrase = node.get(_END)
                if phrase is not None:
                    found.append((first, last, phrase))
                following = last + 1
                if following == count:
                    break
                node = node.get(all_words[following])
                if node is None or not words.joined(following):
                    break
                last = following
        if not found:
            return []
        bounds = words.offsets()
        if len(found) > 1:
            found = _resolve(found, bounds)
        return [
            PhraseMatch(bounds[2 * first], bounds[2 * last + 1], phrase)
            for first, last, phrase in found
        ]

    def occurs_between(self, text: str, start: int, end: int) -> bool:
        """Whether a phrase lies wholly inside text[start:end]."""
        return any(start <= m.start and m.end <= end for m in self.find(text))
