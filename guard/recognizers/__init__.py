"""guard's recognizers: Presidio `EntityRecognizer`s, one per secret type.

`build_recognizers` makes them from the detection rules through an explicit mapping;
they can be added to a Presidio `AnalyzerEngine` registry like any other recognizer.
"""

from __future__ import annotations

from typing import TypeVar

from guard._model import EntityType
from guard._rules import DetectionRules
from guard.recognizers._base import CueRecognizer, GuardRecognizer
from guard.recognizers._cues import CueIndex, CueSet, NumberFinder
from guard.recognizers.card import BRANDS, Brand, CardNumberRecognizer, brand_of
from guard.recognizers.codes import (
    OneTimePasscodeRecognizer,
    PinRecognizer,
    SecurityCodeRecognizer,
)
from guard.recognizers.password import PasswordRecognizer
from guard.recognizers.ssn import SsnRecognizer
from guard.recognizers.table import TableRecognizer

__all__ = [
    "BRANDS",
    "Brand",
    "CardNumberRecognizer",
    "GuardRecognizer",
    "OneTimePasscodeRecognizer",
    "PasswordRecognizer",
    "PinRecognizer",
    "SecurityCodeRecognizer",
    "SsnRecognizer",
    "TableRecognizer",
    "brand_of",
    "build_recognizers",
]


_C = TypeVar("_C", bound=CueRecognizer)


def build_recognizers(rules: DetectionRules, language: str = "en") -> list[GuardRecognizer]:
    """One recognizer per secret type, configured from `rules`.

    Cues of every language are active in each recognizer; `language` only tags them for a
    Presidio registry (register once per language there). The recognizers share one
    index of every type's cues (`CueIndex`), so that a cue inside a longer cue of another
    type counts for that type only: "pin" in "one time pin" is not a PIN cue.
    """
    after, before = rules.window.after, rules.window.before
    corrections = rules.correction_words()
    numbers = NumberFinder(rules.label_words(), is_card=lambda digits: brand_of(digits) is not None)

    secret_types = [t for t in EntityType if t is not EntityType.CREDIT_CARD]
    index = CueIndex(
        {
            t.value: CueSet(rules.cues(t), rules.weak_cues(t), rules.not_cues(t))
            for t in secret_types
        }
    )

    def cue_recognizer(kind: type[_C], entity: EntityType) -> _C:
        return kind(
            rules.cues(entity),
            rules.weak_cues(entity),
            rules.not_cues(entity),
            after=after,
            before=before,
            numbers=numbers,
            index=index,
            corrections=corrections,
            supported_language=language,
        )

    card, csc = EntityType.CREDIT_CARD, EntityType.CARD_SECURITY_CODE
    otp = EntityType.ONE_TIME_PASSCODE
    return [
        CardNumberRecognizer(
            context=rules.cues(card),
            not_context=rules.not_cues(card),
            labels=rules.card_label_words(),
            numbers=numbers,
            supported_language=language,
        ),
        SecurityCodeRecognizer(
            rules.cues(csc),
            rules.weak_cues(csc),
            rules.not_cues(csc),
            index=index,
            card_cues=rules.cues(card),
            after=after,
            before=before,
            numbers=numbers,
            corrections=corrections,
            supported_language=language,
        ),
        cue_recognizer(SsnRecognizer, EntityType.US_SSN),
        OneTimePasscodeRecognizer(
            rules.cues(otp),
            rules.weak_cues(otp),
            rules.not_cues(otp),
            merchant_cues=rules.merchant_codes.cues,
            receipt_words=[p for ps in rules.merchant_codes.receipt_words.values() for p in ps],
            after=after,
            before=before,
            numbers=numbers,
            index=index,
            corrections=corrections,
            supported_language=language,
        ),
        cue_recognizer(PinRecognizer, EntityType.PIN),
        PasswordRecognizer(
            cues=rules.cues(EntityType.PASSWORD),
            not_cues=rules.not_cues(EntityType.PASSWORD),
            index=index,
            stopwords=rules.password.stopwords,
            tells=rules.password.tells,
            changes=rules.password.changes,
            spoken=rules.password.spoken,
            spoken_ends=rules.password.spoken_ends,
            corrections=corrections,
            numbers=numbers,
            supported_language=language,
        ),
        TableRecognizer(index, supported_language=language),
    ]
