"""The text layer: normalize a message once, keep a map back to the caller's characters.

Recognizers read `NormalizedText.text`, where the disguises people put on numbers are
undone, and every span they report is mapped back with `to_original`, so findings and
masks always refer to the characters the caller gave. Two passes:

1. characters (here): Unicode decimal digits (fullwidth, Arabic-Indic, ...) become ASCII
   digits; invisible characters (zero-width space and joiners, word joiner, BOM, soft
   hyphen, Hangul fillers) and marks riding on a digit (keycap "4️⃣") vanish; unusual
   spaces become " ", Unicode dashes "-", Cyrillic and Greek letters that look like Latin
   ones their Latin twins, decomposed accents compose, anything else takes its NFKC form.
2. numbers (`guard._numbers`): spelled-out digits, look-alike letters and "oh" inside
   numbers become digits ("4111 one one one one" → "4111 1111", "4O11" → "4011"), while
   number words and o/l/I words in prose stay words.

Most chat messages need neither pass: cheap checks send them down a fast path that
returns the identity map.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from guard._numbers import LOOKALIKES, Edit, may_hold_a_number, number_edits


# Not frozen: a frozen dataclass's __init__ sets each field through object.__setattr__,
# which made building the one object `normalize` returns for every message cost as much
# as the rest of the common, fast case. It is read-only all the same, and hashes by value
# as it did when frozen.
@dataclass(slots=True, unsafe_hash=True)
class NormalizedText:
    """A normalized copy of `original` and, per normalized character, its source span
    (read-only: built by `normalize`, never changed).

    `starts[i]:ends[i]` is the original span that produced normalized character `i`
    (a whole word for a spelled-out digit). Both are None when the text needed no
    change (the common, fast case).
    """

    original: str
    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    @property
    def is_identity(self) -> bool:
        return self.starts is None

    def source(self, index: int) -> tuple[int, int]:
        """The original span of normalized character `index`."""
        if self.starts is None or self.ends is None:
            return index, index + 1
        return self.starts[index], self.ends[index]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalized span [start, end) to the original text."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            position = self.starts[start] if start < len(self.starts) else len(self.original)
            return position, position
        return self.starts[start], self.ends[end - 1]


# ── pass 1: characters ──────────────────────────────────────────────────────────────────

# Everything but printable ASCII, tab and line breaks goes through `_fold_char`.
_SPECIAL = re.compile(r"[^\t\n\r\x20-\x7e]")
_MINUS_SIGNS = frozenset("\u2212\ufe63\uff0d")
# Dots people put between digit groups ("4111•1111"); elsewhere they stay bullets, so
# that a masked "•••• 1234" still reads as masked.
_DOTS = frozenset("\u2022\u00b7\u2219\u22c5\u2027\u30fb")
# Letters from other scripts that look like Latin ones ("оne" with a Cyrillic о, "4Ο11"
# with a Greek Ο): read as their Latin twins.
_CONFUSABLES = {
    **dict(zip("АВЕКМНОРСТХІЅЈӀ", "ABEKMHOPCTXISJI", strict=True)),  # Cyrillic capitals
    **dict(zip("аеорсухіѕјԁһӏ", "aeopcyxisjdhl", strict=True)),  # Cyrillic small letters
    **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧο", "ABEZHIKMNOPTYXo", strict=True)),  # Greek
    "\u01c0": "|",  # dental click
    "\u2223": "|",  # divides
    "\u0131": "i",  # dotless i
    "\u3007": "0",  # ideographic number zero
}
# Characters that render as nothing (Unicode's default-ignorable code points that are
# not format characters: Hangul fillers, the combining grapheme joiner, variation
# selectors...) and the blank Braille pattern.
_IGNORABLE_RANGES = (
    (0x034F, 0x034F),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x2800, 0x2800),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0xE0000, 0xE0FFF),
)
_MARKS = frozenset({"Mn", "Me"})
# "❤️" keeps its variation selector; "4️⃣" and "O︎" lose it.
_EMOJI_SELECTORS = frozenset("\ufe0e\ufe0f")
# (read from the selector, a rare character, so that the search skips to it)
_MARKED_DIGIT = re.compile("[\ufe0e\ufe0f](?<=[0-9OolI|].)")


@lru_cache(maxsize=4096)
def invisible(char: str) -> bool:
    """Whether `char` renders as nothing (format characters, fillers, joiners)."""
    if unicodedata.category(char) == "Cf":
        return True
    code = ord(char)
    return any(low <= code <= high for low, high in _IGNORABLE_RANGES)


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """The normalized form of one character out of context ('' to drop it)."""
    if char in _CONFUSABLES:
        return _CONFUSABLES[char]
    category = unicodedata.category(char)
    if invisible(char):
        return ""
    if category == "Cc":
        return " " if char.isspace() else ""
    if category == "Nd":
        return str(unicodedata.decimal(char))
    if category in ("Zs", "Zl", "Zp"):
        return " "
    if category == "Pd" or char in _MINUS_SIGNS:
        return "-"
    return unicodedata.normalize("NFKC", char)


@dataclass(slots=True)
class _Folded:
    """Pass 1's output: the folded text, each folded character's original span, and
    where it put Latin letters for letters of another script."""

    pieces: list[str]
    starts: list[int]
    ends: list[int]
    foreign: list[int]

    def copy(self, text: str, start: int, end: int) -> None:
        self.pieces.append(text[start:end])
        self.starts.extend(range(start, end))
        self.ends.extend(range(start + 1, end + 1))

    def add(self, mapped: str, index: int) -> None:
        self.pieces.append(mapped)
        self.starts.extend([index] * len(mapped))
        self.ends.extend([index + 1] * len(mapped))

    def stretch(self, index: int) -> None:
        """Let the last original character's folded characters reach over the mark at
        `index` too (all of them: "¼" folds to "1⁄4", one source for three)."""
        start = self.starts[-1]
        at = len(self.ends) - 1
        while at >= 0 and self.starts[at] == start:
            self.ends[at] = index + 1
            at -= 1

    def compose(self, mark: str, index: int) -> bool:
        """Put a combining mark on the character before it ("o" + U+0301 = "ó")."""
        if not self.pieces or not self.pieces[-1]:
            return False
        composed = unicodedata.normalize("NFC", self.pieces[-1][-1] + mark)
        if len(composed) != 1:
            return False
        self.pieces[-1] = self.pieces[-1][:-1] + composed
        self.stretch(index)
        return True


@lru_cache(maxsize=4096)
def _stays(char: str) -> bool:
    """Whether pass 1 leaves `char` as it is wherever it stands ("é", "¿", "👍", and
    the emoji variation selector unless it rides on a digit: see `_MARKED_DIGIT`)."""
    if char in _EMOJI_SELECTORS:
        return True
    return (
        _fold_char(char) == char and char not in _DOTS and unicodedata.category(char) not in _MARKS
    )


def char_class(chars: Iterable[str]) -> str:
    """A regex character class body for `chars`, in ranges ("à-ö")."""
    codes = sorted(map(ord, chars))
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(
        re.escape(chr(low)) if low == high else f"{re.escape(chr(low))}-{re.escape(chr(high))}"
        for low, high in ranges
    )


# The non-ASCII characters chat is full of (accented letters, quotes, arrows, emoji)
# that pass 1 leaves as they are, found once here: a message made of them and printable
# ASCII is cleared by one search, without a look at each character. (Not the emoji
# variation selector: it needs the look at the character before it.)
_COMMON_BLOCKS = ((0x00A0, 0x024F), (0x2010, 0x2BFF), (0x1F300, 0x1FAFF))
_CHANGING = re.compile(
    "[^\t\n\r\x20-\x7e"
    + char_class(
        char
        for low, high in _COMMON_BLOCKS
        for char in map(chr, range(low, high + 1))
        if _stays(char)
    )
    + "]"
)


def _fold(text: str) -> _Folded | None:
    """Pass 1: the folded text and its offset map (None when nothing changes)."""
    if text.isascii():
        if text.isprintable() or _SPECIAL.search(text) is None:
            return None  # no control character
    elif _CHANGING.search(text) is None or (
        all(map(_stays, _SPECIAL.findall(text))) and _MARKED_DIGIT.search(text) is None
    ):
        return None
    folded = _Folded([], [], [], [])
    position = 0
    last = ""
    for match in _SPECIAL.finditer(text):
        index = match.start()
        if index > position:
            folded.copy(text, position, index)
            last = text[index - 1]
        position = index + 1
        char = text[index]
        if char in _DOTS and last.isdigit() and text[index + 1 : index + 2].isdecimal():
            mapped = "."
        elif unicodedata.category(char) in _MARKS and not invisible(char):
            # A keycap or combining mark riding on a digit ("4️⃣", "4O̲11") belongs to it:
            # it is masked with it. On a letter it composes ("o" + U+0301 = "ó").
            if last.isdigit():
                folded.stretch(index)
                continue
            if folded.compose(char, index):
                last = folded.pieces[-1][-1]
                continue
            if last and last in LOOKALIKES:
                folded.stretch(index)
                continue
            mapped = _fold_char(char)
        else:
            mapped = _fold_char(char)
        if mapped:
            if char in _CONFUSABLES:
                folded.foreign.append(len(folded.starts))
            folded.add(mapped, index)
            last = mapped[-1]
    folded.copy(text, position, len(text))
    return folded


# ── both passes ─────────────────────────────────────────────────────────────────────────


def _build(
    original: str,
    folded: str,
    starts1: Sequence[int],
    ends1: Sequence[int],
    edits: list[Edit],
) -> NormalizedText:
    """Apply pass-2 edits to the folded text, composing both offset maps."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for start, end, text, spans in [*edits, (len(folded), len(folded), "", ())]:
        pieces.append(folded[position:start])
        starts.extend(starts1[position:start])
        ends.extend(ends1[position:start])
        pieces.append(text)
        for span_start, span_end in spans:
            starts.append(starts1[span_start])
            ends.append(ends1[span_end - 1])
        position = end
    return NormalizedText(original, "".join(pieces), tuple(starts), tuple(ends))


# A secret span with no letter ("4111 1111 1111 1111") has nothing for pass 2 to read.
_LETTER = re.compile(r"[A-Za-z|]")


def _normalize(text: str, eager: bool) -> NormalizedText:
    folding = _fold(text)
    if folding is None:
        # The fast path: most chat messages, and secrets typed in plain digits.
        readable = _LETTER.search(text) is not None if eager else may_hold_a_number(text)
        edits = number_edits(text, eager) if readable else []
        if not edits:
            return NormalizedText(text, text)
        # pass 1 changed nothing: its offset map is the identity
        return _build(text, text, range(len(text)), range(1, len(text) + 1), edits)
    folded = "".join(folding.pieces)
    foreign = frozenset(folding.foreign)
    work = eager or bool(foreign) or may_hold_a_number(folded)
    edits = number_edits(folded, eager, foreign) if work else []
    if not edits and folded == text:
        return NormalizedText(text, text)
    return _build(text, folded, folding.starts, folding.ends, edits)


def normalize(text: str) -> NormalizedText:
    """Normalize `text` for detection and keep the offset map back to it."""
    return _normalize(text, eager=False)


def normalize_secret(text: str) -> NormalizedText:
    """Normalize a span already known to be a secret: every digit word, "oh" and
    look-alike letter in it counts as a digit, whatever stands beside it."""
    return _normalize(text, eager=True)
