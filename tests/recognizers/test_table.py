"""TableRecognizer: a column whose header names a type holds values of that type."""

from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer

from guard import Engine, EntityType, Rules
from tests.recognizers.conftest import ARTIFACTS, spans_of

CSC, PIN, OTP, SSN, PW = (
    EntityType.CARD_SECURITY_CODE,
    EntityType.PIN,
    EntityType.ONE_TIME_PASSCODE,
    EntityType.US_SSN,
    EntityType.PASSWORD,
)


def read(
    recognizers: dict[str, EntityRecognizer], rules: Rules, text: str
) -> list[tuple[str, str]]:
    """(type, value) of what the table reader reports in `text`, in text order."""
    results = recognizers["TABLE"].analyze(text, None, ARTIFACTS)
    return [
        (r.entity_type, text[r.start : r.end])
        for r in sorted(results, key=lambda r: r.start)
        if r.score >= rules.policy.threshold
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a markdown table; a masked or empty cell is no value
        (
            "Here are the new hires:\n\n| Employee | Card | New PIN |\n|---|---|---|\n"
            "| Ana Ruiz | 5215 2353 4386 9006 | 8598 |\n| Bo Lind | **** 1507 | — |\n"
            "| Cy Hall | 4111 1111 1111 1111 | 405411 |",
            [(PIN, "8598"), (PIN, "405411")],
        ),
        (
            "| Empleado | Tarjeta | NIP nuevo |\n|---|---|---|\n| Héctor | 4034093578364025 | 1615",
            [(PIN, "1615")],
        ),
        # CSV rows under a header: the cvv column, not the cost center's
        (
            "here's the list:\nemployee,card number,expiry,cvv,cost center\n"
            "Daniela,4350936138414639,05/2026,838,MKT-30\nDwayne,4344-9068-8525-2077,06-31,995,749",
            [(CSC, "838"), (CSC, "995")],
        ),
        # ... a quoted field holding its commas ('"10,000"') is one cell
        (
            "Employee,Emp ID,Card Number,Exp,CVV,Monthly Limit\nÓscar Cruz,E212751,"
            '4251077974856995,4/27,380,"10,000"\nKaren Miller,226402,5313-0330-4307-7595,'
            "04/30,379,5000.00",
            [(CSC, "380"), (CSC, "379")],
        ),
        # semicolons, tabs; a password column; an SSN column (a valid one only)
        ("nombre;usuario;contraseña\nAna;ana.g;Tortuga88!\nBo;bo.r;n/a", [(PW, "Tortuga88!")]),
        ("name\tssn\nAna\t536-22-8190\nBo\t000-12-3456", [(SSN, "536-22-8190")]),
        ("card | code\n4111 1111 1111 1111 | 482913", [(OTP, "482913")]),
        # a form's columns aligned by spaces
        ("Card number\n4111 1111 1111 1111\nMM/YY        CVC\n08/29        512", [(CSC, "512")]),
        # JSON fields whose key ends on a cue, in any case or joint
        (
            '{"holder": "Ana Ruiz", "web_password": "Pelicano#41", "atmPin": 7310}',
            [(PW, "Pelicano#41"), (PIN, "7310")],
        ),
        ('{"ssn": "536-22-8190", "sms-code": "604218"}', [(SSN, "536-22-8190"), (OTP, "604218")]),
    ],
)
def test_values_in_a_named_column(
    recognizers: dict[str, EntityRecognizer],
    rules: Rules,
    text: str,
    expected: list[tuple[EntityType, str]],
) -> None:
    assert read(recognizers, rules, text) == [(t.value, v) for t, v in expected]


@pytest.mark.parametrize(
    "text",
    [
        # no header names a secret: ZIPs, amounts, cost centers, employee ids
        "name,zip,amount\nAna,30301,45.00\nBo,90210,12.50",
        "| Employee | ID | Cost center |\n|---|---|---|\n| Ana | 48213 | 7710 |",
        # a row of another shape ends the table
        "employee,pin\nAna,4821,extra,cells\nBo",
        # a header holds no digit; a cue in prose is no header
        "I reset my PIN, and the card\n4821 was the old one, 1234 the new",
        # words in a code column
        "card | cvv\n4111 1111 1111 1111 | on the back",
        # prose spaced out is no table
        "Thanks   for   your   help,   the   pin   is   fine\nI   paid   4821   today",
        # JSON keys about a secret, not naming its value
        '{"password_changed": "2025-03-01", "pin_attempts": 3, "passwordStrength": "weak"}',
        '{"order_id": "112-4482913", "zip": "94107", "promo_code": "SAVE20"}',
        # a charge's record: its authorization code, a transaction's code
        '{"merchant": "HEB #221", "auth_code": "201834", "transaction_code": "550123"}',
    ],
)
def test_no_value_without_a_named_column(
    recognizers: dict[str, EntityRecognizer], rules: Rules, text: str
) -> None:
    assert read(recognizers, rules, text) == []


def test_the_engine_masks_a_pasted_table() -> None:
    text = "| Employee | Card | New PIN |\n|---|---|---|\n| Ana Ruiz | 5215 2353 4386 9006 | 8598 |"
    engine = Engine()
    spans = sorted((f.start, f.end) for f in engine.detect(text))
    assert spans == spans_of(text, ["5215 2353 4386 9006", "8598"])


def test_the_next_cell_of_a_row_is_read_by_its_column_not_as_the_cards_code() -> None:
    text = (
        "| Name | Card | Cost center | Blocked MCC |\n|---|---|---|---|\n"
        "| Kayla Oka | 5215 2353 4386 9006 | 5356 | 5812 |"
    )
    engine = Engine()
    assert [(f.type, text[f.start : f.end]) for f in engine.detect(text)] == [
        (EntityType.CREDIT_CARD, "5215 2353 4386 9006")
    ]
