"""Masking through presidio-anonymizer: formatting kept, last four where the policy says."""

from __future__ import annotations

import pytest

from guard import Engine, EntityType, Finding
from guard._exceptions import ConfigError
from guard._redact import MaskKeepLast, mask_keep_last


@pytest.mark.parametrize(
    ("text", "keep", "expected"),
    [
        ("4111 1111 1111 1111", 4, "**** **** **** 1111"),
        ("4111-1111-1111-1111", 4, "****-****-****-1111"),
        ("3782 822463 10005", 4, "**** ****** *0005"),
        ("536-22-1987", 4, "***-**-1987"),
        ("482 913", 0, "*** ***"),
        ("123", 0, "***"),
        ("12", 4, "12"),
        # a bar inside a secret span is one of its digits, even before an expiry's shape
        ("3003-470404-96|9-10", 4, "****-******-**|9-10"),
    ],
)
def test_mask_keep_last(text: str, keep: int, expected: str) -> None:
    assert mask_keep_last(text, keep, "*") == expected


def test_operator_validates_its_parameters() -> None:
    operator = MaskKeepLast()
    operator.validate({"keep_last": 4, "masking_char": "#"})
    with pytest.raises(ConfigError, match="keep_last"):
        operator.validate({"keep_last": -1, "masking_char": "#"})
    with pytest.raises(ConfigError, match="masking_char"):
        operator.validate({"keep_last": 4, "masking_char": "##"})


def test_password_is_replaced_whole_without_leaking_its_length() -> None:
    engine = Engine()
    text = "password: correcthorsebatterystaple"
    start = text.index("correct")
    masked = engine.redact(text, [Finding(EntityType.PASSWORD, start, len(text), 0.9, "t")])
    assert masked == "password: ********"


def test_several_findings_are_masked_in_one_pass() -> None:
    engine = Engine()
    text = "ssn 536-22-1987 pin 4821"
    findings = engine.detect(text)
    assert engine.redact(text, findings) == "ssn ***-**-1987 pin ****"


def test_presidio_anonymizer_engine_masks_like_guard() -> None:
    """Callers who drive Presidio themselves get the same masking from `anonymizer()`."""
    from presidio_anonymizer.entities import RecognizerResult

    from guard import Rules
    from guard._redact import Redactor

    engine = Engine()
    text = "card 4111 1111 1111 1111, pin 4821, password: Hunter2!"
    findings = engine.detect(text)
    anonymizer, operators = Redactor(Rules.load().policy.masking).anonymizer()
    spans = [RecognizerResult(f.type.value, f.start, f.end, f.score) for f in findings]
    result = anonymizer.anonymize(text=text, analyzer_results=spans, operators=operators)
    assert result.text == engine.redact(text, findings)
    assert result.text == "card **** **** **** 1111, pin ****, password: ********"
