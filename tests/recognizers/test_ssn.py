"""SsnRecognizer: 3-2-4 anywhere, nine digits with a cue; invalid SSNs are not SSNs."""

from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer

from guard import EntityType, Rules
from tests.recognizers.conftest import found, spans_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("do you need my social? it's 301527719", ["301527719"]),
        ("¿ocupan mi seguro social? aquí está: 301527719", ["301527719"]),
        ("Seguro 575617080", ["575617080"]),
        ("social: 301/52/7719", ["301/52/7719"]),
        ("301 - 52 - 7719", ["301 - 52 - 7719"]),
        ("my socail is 301527719", ["301527719"]),
        ("its 164868306, my ssn", ["164868306"]),
        # a form named between the cue and the value
        ("here's my ssn for the w-9: 471662667", ["471662667"]),
        ("its 311193713 (my ssn)", ["311193713"]),
        ("536-22-8190", ["536-22-8190"]),
        ("my ssn is 536-22-8190", ["536-22-8190"]),
        ("ssn 536 22 8190", ["536 22 8190"]),
        ("social: 536.22.8190", ["536.22.8190"]),
        ("here it is 412-88-1290 thanks", ["412-88-1290"]),
        ("social 536228190", ["536228190"]),
        ("my social is 536228190", ["536228190"]),
        ("SSN: 536228190", ["536228190"]),
        ("SS# 536228190", ["536228190"]),
        ("social security number 536228190", ["536228190"]),
        ("536228190 is my social", ["536228190"]),
        ("mi seguro social es 536228190", ["536228190"]),
        ("número de seguro social: 536-22-8190", ["536-22-8190"]),
        ("name Ana Lopez ssn 536228190 dob 03/14/1985", ["536228190"]),
        # dictated: pauses written as commas, or the nine digits written as a count
        ("my ssn is 536, 22, 8190", ["536, 22, 8190"]),
        ("mi seguro social es 536,22,8190", ["536,22,8190"]),
        ("social security number 536,228,190", ["536,228,190"]),
        # a form's boxes, the value on the line under its label
        (
            "Social security number\n536 | 22 | 8190\nor\nEmployer identification number",
            ["536 | 22 | 8190"],
        ),
    ],
)
def test_ssns(
    recognizers: dict[str, EntityRecognizer], rules: Rules, text: str, expected: list[str]
) -> None:
    assert found(recognizers, rules, EntityType.US_SSN, text) == spans_of(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "do you need my ssn? order 301527719 shipped",
        "ssn 000-12-3456",
        "ssn 666-12-3456",
        "ssn 912-12-3456",
        "ssn 123-00-4567",
        "ssn 123-45-0000",
        "536228190",
        "routing number 021000021",
        "call me at 555-123-4567",
        "should I send my social?",
        "last four of my social are 8190",
        "xxx-xx-8190",
        "***-**-8190",
        "my social security check for $1,234.56 didn't come",
        "order 536-228-190",
        "order 536,228,190",
        "my social security check was $536,228,190",
        "ssn? 536, 22 and 8190 are my store numbers",
        "zip 90210-1234",
        "¿necesitan mi número de seguro social?",
    ],
)
def test_not_ssns(recognizers: dict[str, EntityRecognizer], rules: Rules, text: str) -> None:
    assert found(recognizers, rules, EntityType.US_SSN, text) == []
