"""Phrase matching for the conversation rules: folded text, vocabularies, spans.

`fold` lowercases a text and strips its accents one character for one, so a span of the
folded text is the same span of the text it came from. A `PhraseSet` finds the phrases
of one rules vocabulary in folded text: whole words, any spaces or dashes between words
("one-time" = "one time"), "*" for up to three words, apostrophes optional ("whats").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain
from typing import Any

import regex

#: Regex timeout (seconds): a pathological message fails instead of hanging a worker.
REGEX_TIMEOUT = 0.25

# A phrase's words: letters, digits and apostrophes ("what's", "i'll"), and "#".
_TOKEN = regex.compile(r"[\w']+|#")
_SPLIT = re.compile(r"([\w']+|#)")
# Between two words of a phrase the text may hold spaces and dashes only ("one-time").
_SOFT_CHARS = "".join(chr(c) for c in range(0x110000) if chr(c).isspace()) + "-–"
# ... and emoji, which people drop between any two words ("otra 😅 vez", "el 👉 nuevo"):
# pictographs, their joiners, variation selectors and skin tones.
_SOFT_GAP = re.compile(
    "[" + re.escape(_SOFT_CHARS) + "\u200d\ufe0e\ufe0f\u2600-\u27bf\U0001f000-\U0001faff]*"
)
#: "*" in a phrase stands for up to this many words.
WILDCARD_WORDS = 3

#: The currency signs an amount opens or closes with, for character classes: "$120",
#: "₡2.692", "₱1,500", "120€".
CURRENCY = "$€£¥₡₱₹₩₽₺₫₴₦₲₵₸¢"
#: Words of money after an amount ("1200 dollars", "2476 dlls", "340 pesos"): a regex
#: alternation, to be used case-insensitively and whole-word.
MONEY_WORDS = r"dollars?|d[oó]lares|dlls?|dls|usd|mxn|pesos|bucks|euros?|cents|centavos"

#: A month in words, English or Spanish ("Jan", "marzo", "sept."), for patterns that read
#: dates: "may" and "mar" only where a day or a year beside them makes them months.
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero?|febrero"
    r"|marzo|abr(?:il)?|mayo|junio|julio|ago(?:sto)?|sept?iembre|setiembre|octubre"
    r"|noviembre|dic(?:iembre)?|may|mar)\.?"
)


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    lower = char.lower()
    if len(lower) != 1:
        lower = char
    decomposed = unicodedata.normalize("NFD", lower)
    if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
        return decomposed[0]
    return lower


class _FoldTable(dict[int, str]):
    """`str.translate` table that folds each character the first time it meets it."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD = _FoldTable({ord(c): "'" for c in "’‘`´ʼ"})
# Latin-1 folds into Latin-1: text within it (Spanish: "¿Cuál?", "contraseña") folds
# through a table of bytes at C speed, where `str.translate` looks each character up.
_FOLD_LATIN_1 = "".join(map(chr, range(256))).translate(_FOLD).encode("latin-1")


def fold(text: str) -> str:
    """`text` lowercased, accents and curly apostrophes undone, one character for one
    (a span of the folded text is the same span of `text`)."""
    if text.isascii():
        return text.lower().replace("`", "'")
    try:
        return text.encode("latin-1").translate(_FOLD_LATIN_1).decode("latin-1")
    except UnicodeEncodeError:
        return text.translate(_FOLD)


def split_words(
    text: str, splitter: re.Pattern[str]
) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...], list[str]]:
    """Words, their starts and ends, and the text before each word, for a `splitter`
    with one capturing group ("(\\w+)"): one split and running sums of the pieces'
    lengths, at C speed."""
    pieces = splitter.split(text)
    bounds = tuple(accumulate(map(len, pieces)))
    words = tuple(pieces[1::2])
    count = len(words)
    return words, bounds[0::2][:count], bounds[1::2], pieces[0::2][:count]


@dataclass(frozen=True, slots=True)
class _Tokens:
    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    #: soft[i]: only spaces or dashes stand between word i - 1 and word i
    soft: tuple[bool, ...]
    #: broken[i]: a line break stands between word i - 1 and word i
    broken: tuple[bool, ...]
    vocabulary: frozenset[str]
    #: the indices at which each word stands
    positions: dict[str, list[int]]


@lru_cache(maxsize=16)
def _tokens(folded: str) -> _Tokens:
    """The words of a folded text (cached: every vocabulary reads the same message)."""
    words, starts, ends, gaps = split_words(folded, _SPLIT)
    # (most gaps are one space: no search for them)
    soft = tuple(gap == " " or _SOFT_GAP.fullmatch(gap) is not None for gap in gaps)
    broken = tuple(gap != " " and "\n" in gap for gap in gaps)
    positions: dict[str, list[int]] = {}
    for index, word in enumerate(words):
        positions.setdefault(word, []).append(index)
    return _Tokens(words, starts, ends, soft, broken, frozenset(words), positions)


def trie_pattern(words: Iterable[str]) -> str:
    """A pattern that finds any of `words`, factored as a trie ("pass|pw" is "p(?:ass|w)"):
    at each position the engine follows one branch instead of trying every word (the
    typo variants of the cue words make the list long). A search needs no more than the
    shortest word on a branch: what would continue it is left out."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        if "" in node:
            return ""
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(trie)


def phrase_pattern(
    phrases: Iterable[str], *, gap: str = r"[ \t\-]+", before: str = "", after: str = ""
) -> re.Pattern[str]:
    """One pattern of `phrases` (folded, longest first) for folded text, their words
    apart by `gap`, between `before` and `after`. No phrase: a pattern that never
    matches."""
    folded = sorted({fold(p).strip() for p in phrases if p.strip()}, key=len, reverse=True)
    alternatives = "|".join(gap.join(map(re.escape, p.split())) for p in folded) or r"(?!)"
    return re.compile(f"{before}(?:{alternatives}){after}")


def vocabulary_pattern(
    vocabulary: Iterable[Iterable[str]], *, before: str, after: str
) -> re.Pattern[str]:
    """`phrase_pattern` of a rules vocabulary's phrases, every language at once."""
    return phrase_pattern(chain.from_iterable(vocabulary), before=before, after=after)


def innermost(words: frozenset[str]) -> set[str]:
    """The words that hold none of the others: "pass" stands for "password"."""
    return {w for w in words if not any(other != w and other in w for other in words)}


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
        self._firsts = frozenset(self._by_first)
        # A phrase matches only where its longest word occurs: one search of the text for
        # those words (at C speed) rules out most messages before their words are read.
        gates = {
            max((w for w in words if w != "*"), key=len, default="")
            for words in (v for options in by_first.values() for v in options)
        }
        self._probe = (
            re.compile(trie_pattern(innermost(frozenset(gates)))) if "" not in gates else None
        )
        # The same phrases as a trie of words ("*" an edge of its own): matching at a
        # word walks the words that follow once, not once per phrase.
        self._trie: dict[str, Any] = {}
        for options in by_first.values():
            for words in options:
                node = self._trie
                for word in words:
                    node = node.setdefault(word, {})
                node[_END] = True

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def find(self, folded: str) -> list[Span]:
        """Every match in `folded`, one per start word (the longest phrase there)."""
        if not self._by_first:
            return []
        if self._probe is not None and self._probe.search(folded) is None:
            return []
        tokens = _tokens(folded)
        # Only the words that start one of the phrases are visited (most vocabularies
        # have none in a given message: one set operation).
        firsts = self._firsts & tokens.vocabulary
        if not firsts:
            return []
        found: list[Span] = []
        for word in firsts:
            for index in tokens.positions[word]:
                end = self._longest(tokens, index)
                if end is not None:
                    found.append((tokens.starts[index], end))
        found.sort()
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
        last = _walk(tokens, index, self._trie[tokens.words[index]], self._unskippable)
        return None if last is None else tokens.ends[last]


_END = ""  # trie key: a phrase ends here (no word is empty)


def _walk(
    tokens: _Tokens, position: int, node: dict[str, Any], unskippable: frozenset[str]
) -> int | None:
    """The index of the last word of the longest phrase of trie `node` that continues
    right after word `position` (None when none does)."""
    words, soft = tokens.words, tokens.soft
    best = position if _END in node else None
    following = position + 1
    if following < len(words) and soft[following]:
        child = node.get(words[following])
        if child is not None:
            found = _walk(tokens, following, child, unskippable)
            if found is not None and (best is None or found > best):
                best = found
    star = node.get("*")
    if star is not None:
        for skip in range(WILDCARD_WORDS + 1):
            nxt = position + 1 + skip
            # ("*" stands for words of one line: a list's next item is another thing)
            if nxt >= len(words) or not soft[nxt] or tokens.broken[nxt]:
                break
            child = star.get(words[nxt])
            if child is not None:
                found = _walk(tokens, nxt, child, unskippable)
                if found is not None and (best is None or found > best):
                    best = found
            if words[nxt] in unskippable:
                break
    return best


Span = tuple[int, int]


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def drop_overlapping(spans: Sequence[Span], blockers: Sequence[Span]) -> list[Span]:
    return [s for s in spans if not any(overlaps(s, b) for b in blockers)]


def drop_contained(spans: Sequence[Span], containers: Sequence[Span]) -> list[Span]:
    return [s for s in spans if not any(c[0] <= s[0] and s[1] <= c[1] for c in containers)]


def within(spans: Sequence[Span], start: int, end: int) -> list[Span]:
    return [s for s in spans if start <= s[0] and s[1] <= end]
