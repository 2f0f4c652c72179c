"""guard's recognizers: Presidio `EntityRecognizer`s, one per secret type.

`build_recognizers` makes them from the detection rules through an explicit mapping;
they can be added to a Presidio `AnalyzerEngine` registry like any other recognizer.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from guard._model import EntityType
from guard._rules import DetectionRules
from guard.recognizers.card import BRANDS, Brand, CardNumberRecognizer, brand_of
from guard.recognizers.codes import (
    OneTimePasscodeRecognizer,
    PinRecognizer,
    SecurityCodeRecognizer,
)
from guard.recognizers.password import PasswordRecognizer
from guard.recognizers.ssn import SsnRecognizer

__all__ = [
    "BRANDS",
    "Brand",
    "CardNumberRecognizer",
    "OneTimePasscodeRecognizer",
    "PasswordRecognizer",
    "PinRecognizer",
    "SecurityCodeRecognizer",
    "SsnRecognizer",
    "brand_of",
    "build_recognizers",
]


def build_recognizers(rules: DetectionRules, language: str = "en") -> list[EntityRecognizer]:
    """One recognizer per secret type, configured from `rules`.

    Cues of every language are active in each recognizer; `language` only tags them for a
    Presidio registry (register once per language there).
    """
    after, before = rules.window.after, rules.window.before
    csc, otp = EntityType.CARD_SECURITY_CODE, EntityType.ONE_TIME_PASSCODE
    ssn, pin, card = EntityType.US_SSN, EntityType.PIN, EntityType.CREDIT_CARD
    return [
        CardNumberRecognizer(
            context=rules.cues(card),
            not_context=rules.not_cues(card),
            supported_language=language,
        ),
        SecurityCodeRecognizer(
            rules.cues(csc),
            rules.weak_cues(csc),
            rules.not_cues(csc),
            card_cues=rules.cues(card),
            after=after,
            before=before,
            supported_language=language,
        ),
        SsnRecognizer(
            rules.cues(ssn),
            rules.weak_cues(ssn),
            rules.not_cues(ssn),
            after=after,
            before=before,
            supported_language=language,
        ),
        OneTimePasscodeRecognizer(
            rules.cues(otp),
            rules.weak_cues(otp),
            rules.not_cues(otp),
            after=after,
            before=before,
            supported_language=language,
        ),
        PinRecognizer(
            rules.cues(pin),
            rules.weak_cues(pin),
            rules.not_cues(pin),
            after=after,
            before=before,
            supported_language=language,
        ),
        PasswordRecognizer(
            cues=rules.cues(EntityType.PASSWORD),
            not_cues=rules.not_cues(EntityType.PASSWORD),
            stopwords=rules.password.stopwords,
            supported_language=language,
        ),
    ]
