"""The text layer: normalize a message once, keep a map back to the caller's characters.

Recognizers read `NormalizedText.text`, where disguises are undone (Unicode digits become
ASCII digits, invisible format characters vanish, unusual spaces and dashes become plain
ones). Every span they report is mapped back with `to_original`, so findings and masks
always refer to the characters the caller gave.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Characters that render as nothing but can split a number: zero-width space/joiners,
# word joiner, BOM, soft hyphen, and the other Unicode format (Cf) characters.
_SPACE_CATEGORIES = frozenset({"Zs", "Zl", "Zp"})
_DASH_CATEGORY = "Pd"
_MINUS_SIGNS = frozenset("\u2212\ufe63\uff0d")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalized copy of `original` and, per normalized character, its source span.

    `starts[i]:ends[i]` is the original span that produced normalized character `i`.
    Both are None when the text needed no change (the common, fast case).
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


def _map_char(char: str) -> str:
    """The normalized form of one non-ASCII character ('' to drop it)."""
    category = unicodedata.category(char)
    if category == "Cf":
        return ""
    if category == "Nd":
        return str(unicodedata.decimal(char))
    if category in _SPACE_CATEGORIES:
        return " "
    if category == _DASH_CATEGORY or char in _MINUS_SIGNS:
        return "-"
    folded = unicodedata.normalize("NFKC", char)
    return folded


def normalize(text: str) -> NormalizedText:
    """Normalize `text` for detection and keep the offset map back to it."""
    if text.isascii():
        return NormalizedText(text, text)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for index, char in enumerate(text):
        mapped = char if char.isascii() else _map_char(char)
        for piece in mapped:
            pieces.append(piece)
            starts.append(index)
            ends.append(index + 1)
    return NormalizedText(text, "".join(pieces), tuple(starts), tuple(ends))
