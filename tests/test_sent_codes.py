"""A code the bank texts, named by a word that also names a password ("clave de acceso",
"temporary password"), is a one-time passcode when the message reads as the bank's text:
it says not to share it, or how long it lasts (rules/detection.yaml `sent_code_signs`).
So are four digits a card's code's word names in a text that says how soon they expire or
what they approve. A PIN stays a PIN: a PIN mailer says "never share it" too."""

from __future__ import annotations

import pytest

from guard import Engine, EntityType, Message, Role

ENGINE = Engine()
OTP, PIN, PW = EntityType.ONE_TIME_PASSCODE, EntityType.PIN, EntityType.PASSWORD


def found(text: str) -> list[tuple[EntityType, str]]:
    return [(f.type, text[f.start : f.end]) for f in ENGINE.detect(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tu clave de acceso es 482913. No la compartas con nadie.", "482913"),
        ("Banorte: 482913 es tu clave de acceso, vigencia 5 min", "482913"),
        ("dice 288 627 es tu clave de acceso", "288 627"),
        ("Su clave de acceso es 5521. Válida por 10 minutos", "5521"),
        ("Your temporary password is 48291302. It expires in 24 hours", "48291302"),
        ("dice: 134-887 es tu clave de acceso. Nadie te la pedirá, no la compartas", "134-887"),
    ],
)
def test_a_code_the_bank_texts_is_a_passcode(text: str, value: str) -> None:
    assert found(text) == [(OTP, value)]
    verdict, _ = ENGINE.inspect(Message("m", text, Role.CUSTOMER))
    assert [f.type for f in verdict.findings] == [OTP]
    assert value not in (verdict.text or "")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Your NorthStar Card code is 8658. It expires in 10 minutes.", "8658"),
        ("Plata: Usa el código 3187 para confirmar el retiro sin tarjeta.", "3187"),
        ("La app me mandó un código 6372 para aprobar un pago con la tarjeta. Es real?", "6372"),
    ],
)
def test_four_digits_a_cards_code_names_in_a_bank_text_are_a_passcode(
    text: str, value: str
) -> None:
    assert found(text) == [(OTP, value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no sign of the bank's text: the cue's own type
        ("my amex security code is 1234", [(EntityType.CARD_SECURITY_CODE, "1234")]),
        ("card expires in 2027, cid 4321", [(EntityType.CARD_SECURITY_CODE, "4321")]),
        ("mi clave de acceso a la app es 4821", [(PW, "4821")]),
        ("my pin is 4821", [(PIN, "4821")]),
        ("la clave del cajero es 4821", [(PIN, "4821")]),
        ("Your PIN is:\n\n5129\n\nMemorize your PIN. Never share it with anyone.", [(PIN, "5129")]),
        # a password with letters stays one, whatever the message says
        ("mi contraseña es Gato1234, no la compartas", [(PW, "Gato1234")]),
        ("my password is Tigre2020 and it expires in 30 days", [(PW, "Tigre2020")]),
    ],
)
def test_other_passwords_and_pins_keep_their_type(
    text: str, expected: list[tuple[EntityType, str]]
) -> None:
    assert found(text) == expected
