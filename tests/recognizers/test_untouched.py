"""The issue's list of what must pass untouched, through every recognizer at once."""

from __future__ import annotations

import pytest

from guard import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize(
    "text",
    [
        # amounts, dates, times
        "I was charged $1,234.56 twice",
        "me cobraron 1.234,56 € de más",
        "the payment of 4500 dollars on 03/14/2025 at 10:30 am",
        "my appointment is 2025-11-03 at 14:45",
        "el 15 de marzo de 2024 a las 9:30",
        # phone numbers in every common US format
        "call me at (555) 123-4567",
        "my number is 555-123-4567",
        "555.123.4567 is my cell",
        "+1 555 123 4567",
        "+1-555-123-4567 or 1-800-555-0199",
        "1 (800) 555-0199 ext 4821",
        "text me at 5551234567",
        # ZIP and ZIP+4
        "zip is 90210",
        "billing zip 10001-2345",
        "código postal 28013",
        # last-four references and masked numbers
        "the card ending in 1234",
        "the last four are 1234",
        "los últimos cuatro son 1234",
        "últimos cuatro 1234",
        "XXXX-XXXX-XXXX-1234",
        "**** 1234",
        "3782 XXXXXX X1234",
        "xxx-xx-6789",
        # order, reference, tracking, case and confirmation numbers
        "order number 4532015112830367",
        "order 112-4482913-2291",
        "tracking 1Z999AA10123456784",
        "usps 9400 1000 0000 0000 0000 00",
        "case number 04812345",
        "confirmation #K7X9QP",
        "my IMEI is 352099001761481",
        "routing number 021000021",
        "employee id 20931",
        "I have 45,210 points",
        "my flight UA 1234 leaves at 6:15",
        "I live at 1234 Elm Street Apt 5",
        "customer since 2019",
        # talk about secrets, no value
        "should I send my social?",
        "I forgot my PIN",
        "my password isn't working",
        "what's a CVV?",
        "I never got the verification code",
        "olvidé mi contraseña",
        "no me llegó el código",
        "my pin is 4 digits right?",
        "the code expires in 10 minutes",
    ],
)
def test_passes_untouched(engine: Engine, text: str) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in engine.detect(text)]
    assert found == []
