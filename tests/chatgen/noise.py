"""How people actually type in a support chat: lowercase, no punctuation, typos, emoji.

A `Style` is drawn once per message and applied to its literal text and small talk,
never inside a value (a secret or a look-alike keeps its exact characters, so that
its span stays known).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

EMOJI = ("🙏", "😊", "😡", "🙄", "👍", "😅", "😭", "❤️", "🤞", "😤", "🥲", "✅", "👀", "😩")

_FINAL_PUNCT = re.compile(r"[.!?]+(?=\s*$)")
_COMMAS = re.compile(r",(?=\s)")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True)
class Style:
    case: str  # "as_is" | "lower" | "upper" | "capitalized"
    drop_final_punct: bool
    drop_commas: bool
    drop_apostrophes: bool
    double_spaces: bool
    typo_rate: float
    emoji: str  # "" or an emoji sequence to add around the message

    @classmethod
    def draw(cls, rng: random.Random) -> Style:
        case = rng.choices(("as_is", "lower", "upper", "capitalized"), (50, 38, 3, 9))[0]
        return cls(
            case=case,
            drop_final_punct=rng.random() < 0.45,
            drop_commas=rng.random() < 0.3,
            drop_apostrophes=rng.random() < 0.35,
            double_spaces=rng.random() < 0.05,
            typo_rate=rng.choice((0.0, 0.0, 0.05, 0.12)),
            emoji=rng.choice(EMOJI) * rng.choice((1, 1, 2)) if rng.random() < 0.15 else "",
        )

    def literal(self, text: str) -> str:
        """Apply the style to template text between values (cue words stay spelled right)."""
        if self.drop_apostrophes:
            text = text.replace("'", "").replace("’", "")
        if self.drop_commas:
            text = _COMMAS.sub("", text)
        if self.double_spaces:
            text = text.replace(" ", "  ", 1)
        return self._case(text)

    def small_talk(self, rng: random.Random, text: str) -> str:
        """Apply the style to small talk around the facts: typos allowed here."""
        if self.typo_rate:
            text = " ".join(
                typo(rng, w) if len(w) > 3 and rng.random() < self.typo_rate else w
                for w in text.split(" ")
            )
        return self.literal(text)

    def finish(self, text: str) -> str:
        """Whole-message touches that move no value: only the end of the text changes."""
        if self.drop_final_punct:
            text = _FINAL_PUNCT.sub("", text)
        return text

    def _case(self, text: str) -> str:
        if self.case == "lower":
            return text.lower()
        if self.case == "upper":
            return text.upper()
        return text


def typo(rng: random.Random, word: str) -> str:
    """One slip of the fingers: a swap, a drop, a double or a wrong letter."""
    index = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[: index - 1] + word[index] + word[index - 1] + word[index + 1 :]
    if kind == 1:
        return word[:index] + word[index + 1 :]
    if kind == 2:
        return word[:index] + word[index] + word[index:]
    return word[:index] + rng.choice(_LETTERS) + word[index + 1 :]
