"""guard's recognizers: Presidio `EntityRecognizer`s, one per secret type.

`build_recognizers` makes them from the detection rules through an explicit mapping;
they can be added to a Presidio `AnalyzerEngine` registry like any other recognizer.
"""

from __future__ import annotations

from guard._model import EntityType
from guard._rules import DetectionRules
from guard.recognizers._base import CueOptions, GuardRecognizer
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


def build_recognizers(rules: DetectionRules, language: str = "en") -> list[GuardRecognizer]:
    """One recognizer per secret type, configured from `rules`.

    Cues of every language are active in each recognizer; `language` only tags them for a
    Presidio registry (register once per language there). The recognizers share one
    index of every type's cues (`CueIndex`), so that a cue inside a longer cue of another
    type counts for that type only: "pin" in "one time pin" is not a PIN cue.
    """
    corrections = rules.correction_words()
    numbers = NumberFinder(rules.label_words(), is_card=lambda digits: brand_of(digits) is not None)

    secret_types = [t for t in EntityType if t is not EntityType.CREDIT_CARD]
    index = CueIndex(
        {
            t.value: CueSet(rules.cues(t), rules.weak_cues(t), rules.not_cues(t))
            for t in secret_types
        }
    )

    options = CueOptions(
        after=rules.window.after,
        before=rules.window.before,
        numbers=numbers,
        index=index,
        corrections=corrections,
        supported_language=language,
    )

    def cues_of(entity: EntityType) -> tuple[list[str], list[str], list[str]]:
        return rules.cues(entity), rules.weak_cues(entity), rules.not_cues(entity)

    card, csc = EntityType.CREDIT_CARD, EntityType.CARD_SECURITY_CODE
    merchant = rules.merchant_codes
    return [
        CardNumberRecognizer(
            context=rules.cues(card),
            not_context=rules.not_cues(card),
            labels=rules.card_label_words(),
            numbers=numbers,
            supported_language=language,
        ),
        SecurityCodeRecognizer(
            *cues_of(csc),
            card_cues=rules.cues(card),
            card_back_words=[p for ps in rules.card_back_words.values() for p in ps],
            **options,
        ),
        SsnRecognizer(*cues_of(EntityType.US_SSN), **options),
        OneTimePasscodeRecognizer(
            *cues_of(EntityType.ONE_TIME_PASSCODE),
            merchant_cues=merchant.cues,
            receipt_words=merchant.receipt_phrases(),
            sent_words=merchant.sent_phrases(),
            **options,
        ),
        PinRecognizer(*cues_of(EntityType.PIN), **options),
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
        TableRecognizer(index, merchant_keys=merchant.cues, supported_language=language),
    ]
