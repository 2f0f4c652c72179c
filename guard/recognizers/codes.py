"""CARD_SECURITY_CODE, ONE_TIME_PASSCODE and PIN: short numbers named by their cue."""

from __future__ import annotations

from collections.abc import Sequence

import regex
from presidio_analyzer import RecognizerResult

from guard._model import EntityType
from guard.recognizers._base import CueRecognizer, has_match, numbers_in
from guard.recognizers._cues import Binding
from guard.recognizers._phrases import PhraseIndex

# An expiry date: 12/26, 12/2026, 12-26, "exp 1226" is left to the cue.
_EXPIRY = regex.compile(r"(?<![\d/])(?:0?[1-9]|1[0-2])\s?[/\-]\s?(?:20)?\d{2}(?![\d/])")
# A card-length digit run (12+ digits, possibly grouped).
_CARD_RUN = regex.compile(r"\d(?:[ \-.]{0,2}\d){11,}")
# How far a code may sit from the expiry or card it follows in "card, exp, code".
_TAIL_REACH = 16


class SecurityCodeRecognizer(CueRecognizer):
    """CVV/CVC/CID: 3 or 4 digits named as a card's security code.

    Also the bare code in "4111 1111 1111 1111 12/26 123": a 3-4 digit number beside a
    card number and its expiry date is that card's code.
    """

    ENTITY = EntityType.CARD_SECURITY_CODE.value
    MIN_DIGITS = 3
    MAX_DIGITS = 4
    WEAK_SCORE = 0.55
    CARD_TAIL_SCORE = 0.75

    def __init__(
        self,
        cues: Sequence[str],
        weak_cues: Sequence[str] = (),
        not_cues: Sequence[str] = (),
        *,
        card_cues: Sequence[str] = (),
        after: int = 40,
        before: int = 24,
        supported_language: str = "en",
    ) -> None:
        self._card_cues = PhraseIndex(card_cues)
        super().__init__(
            cues,
            weak_cues,
            not_cues,
            after=after,
            before=before,
            supported_language=supported_language,
        )

    def score(self, text: str, binding: Binding) -> float:
        score = super().score(text, binding)
        if binding.cue.weak and self._about_a_card(text):
            score += self.SCORE - self.WEAK_SCORE  # "card ..., code 123": a weak cue counts
        return score

    def _about_a_card(self, text: str) -> bool:
        return has_match(_CARD_RUN, text) or bool(self._card_cues.find(text))

    def without_cue(self, text: str) -> list[RecognizerResult]:
        if not has_match(_CARD_RUN, text):
            return []
        expiries = [m.span() for m in _EXPIRY.finditer(text)]
        if not expiries:
            return []
        results = []
        for number in numbers_in(text):
            if not self.MIN_DIGITS <= number.digits <= self.MAX_DIGITS:
                continue
            for start, end in expiries:
                after_expiry = 0 <= number.start - end <= _TAIL_REACH
                before_expiry = 0 <= start - number.end <= 3
                if after_expiry or before_expiry:
                    results.append(
                        self._result(
                            number.start,
                            number.end,
                            self.CARD_TAIL_SCORE,
                            "3-4 digits beside a card number and expiry",
                        )
                    )
                    break
        return results


class OneTimePasscodeRecognizer(CueRecognizer):
    """One-time passcodes: 4 to 8 digits ("123 456", "123-456") named as a code."""

    ENTITY = EntityType.ONE_TIME_PASSCODE.value
    MIN_DIGITS = 4
    MAX_DIGITS = 8
    WEAK_SCORE = 0.7


class PinRecognizer(CueRecognizer):
    """PINs: 4 to 6 digits named as a PIN."""

    ENTITY = EntityType.PIN.value
    MIN_DIGITS = 4
    MAX_DIGITS = 6
    SCORE = 0.9
