"""SecurityCodeRecognizer: 3-4 digits named as a card's code, or beside a card and expiry."""

from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer

from guard import EntityType, Rules
from tests.recognizers.conftest import found, spans_of

CARD = "4111 1111 1111 1111"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("802 (back of card)", ["802"]),
        ("cvv 123", ["123"]),
        # an app's dynamic code, its label on the line above
        ("Tarjeta digital\nCVV dinámico\n552\nVálido por 5 min", ["552"]),
        ("Dynamic CVV\n318", ["318"]),
        # a card's back pasted as text: the strip's last four and the code, no front
        (
            "AUTHORIZED SIGNATURE - NOT VALID UNLESS SIGNED\nLINDA BAKER\n3985  643\n"
            "For customer service call 1-877-555-0184",
            ["643"],
        ),
        ("2489\t363\nsignature\nWorld Elite Mastercard", ["363"]),
        ("mira la card: 1007\t326\nfirma\nEsta tarjeta es propiedad de Banco Sol.", ["326"]),
        # the value typed into the field its cue names after it
        ("i keyed 614 into the cvc box, did i mess up", ["614"]),
        ("metí 902 como cvv y no pasa", ["902"]),
        ("the 3 numbers behind the card r 897", ["897"]),
        ("my CVV is 123", ["123"]),
        ("CVV2: 908", ["908"]),
        ("CVC 456", ["456"]),
        ("cvc2 = 789", ["789"]),
        ("CID 1234", ["1234"]),
        ("amex cid is 4321", ["4321"]),
        ("CSC: 321", ["321"]),
        ("security code is 555", ["555"]),
        ("the security code on the back is 042", ["042"]),
        ("the 3 digits on the back are 908", ["908"]),
        ("three digits on the back 771", ["771"]),
        ("the 4-digit code on the front is 4821", ["4821"]),
        ("card verification value 112", ["112"]),
        ("123 is my cvv", ["123"]),
        ("código de seguridad 345", ["345"]),
        ("el código de seguridad es 678", ["678"]),
        ("codigo de seguridad: 901", ["901"]),
        ("el cvv de mi tarjeta es 246", ["246"]),
        # pasted forms, and where the code is said instead of what it is
        ("Cód. seguridad: 517", ["517"]),
        ("codigo seguridad 0 8 2", ["0 8 2"]),
        ("the back says 604 but it's faded", ["604"]),
        ("7712 the back one", ["7712"]),
        ("atrás dice 552, ¿ese?", ["552"]),
        ("es el 419 que está al lado de la firma", ["419"]),
        ("the one on the back is 3 0 9", ["3 0 9"]),
        (f"{CARD}\n11/27\n3 0 8", ["3 0 8"]),
        (f"{CARD} 12/26 123", ["123"]),
        (f"{CARD} exp 12/26 cvv 123", ["123"]),
        (f"{CARD}, 03/29, 456", ["456"]),
        (f"card {CARD} exp 0329 code 456", ["456"]),
        (f"{CARD} vence 04/28 código 777", ["777"]),
        ("ok cvv 123 and exp 11/27", ["123"]),
        ("los numeritos de atrás 405", ["405"]),
        ("el códgo de atrás de la tarjeta es 692", ["692"]),
        # an Amex's code above the card number, or "the four of the front"
        ("the 4 digit code above the number is 6262", ["6262"]),
        ("3738 1505 6566 219, that's it, los 4 del front son 5071", ["5071"]),
        # "in the back"; the cue as a voice note spells it
        ("[voice note] the three numbers in the back say 4 7 8", ["4 7 8"]),
        ("[voice note] see vee vee is 250", ["250"]),
        # the cue as autocorrect leaves it
        ("CV is 823", ["823"]),
        # where on the card, between the expiry and the code
        (f"number {CARD}, expires 05/29, back 915", ["915"]),
        # fields pasted with bars
        ("4384 7887 0876 2396 | 2/29 | 922", ["922"]),
        ("4384 7887 0876 2396|2/29|922", ["922"]),
        # "dice" is no month ("dic" is diciembre): 2068 is no year here
        ("el cvv dice 2068", ["2068"]),
        # after a card, an expiry typed with a space alone, and the code
        ("4466 1155 0196 3552, 10 25, 041", ["041"]),
        (f"tarjeta {CARD} vence marzo 29, cvv 412", ["412"]),
        # Spanglish: "code" for "código"
        ("el code del frente es 9241", ["9241"]),
        ("and the 3 numbers behind are 509", ["509"]),
        (f"Card # {CARD}, atrás says 918", ["918"]),
        ("los 4 numeritos del frente son 8712", ["8712"]),
        ("la amex 346225371449352 los 4 numeritos de adelante 2257", ["2257"]),
        ("American Express: 370201346113141, los 4 números del frente 9143", ["9143"]),
        # a photo of the back: the code on the line after the signature strip's words
        (
            "[Image text]: AUTHORIZED SIGNATURE - NOT VALID UNLESS SIGNED\n364\nCUSTOMER SERVICE",
            ["364"],
        ),
        ("foto de atrás [Texto de la imagen]: FIRMA AUTORIZADA\n02B", ["02B"]),
        ("Interpreter: he says 020, the three on the back.", ["020"]),
        # told far from its cue in a scam told again; "atrás" mistyped
        ("he told me to read him the 3 numbers on the back to confirm, i read 419", ["419"]),
        ("le di los tres de artas 822", ["822"]),
        # a form in markdown: the bold label closes before the value
        (
            "- **Card number:** 4589 2314 6523 5432\n- **Expiration:** 08/2025\n- **CVV:** 342",
            ["342"],
        ),
    ],
)
def test_security_codes(
    recognizers: dict[str, EntityRecognizer], rules: Rules, text: str, expected: list[str]
) -> None:
    assert found(recognizers, rules, EntityType.CARD_SECURITY_CODE, text) == spans_of(
        text, expected
    )


@pytest.mark.parametrize(
    "text",
    [
        "the back has 3 numbers on it, which ones?",
        "I'll be back in 5 minutes",
        "what's a CVV?",
        "where do I find the security code?",
        "the code on the back is scratched off",
        "my cvv is on the back, it's 3 digits",
        "zip code 90210",
        "area code 305",
        "promo code SAVE20",
        "do you need the cvv for the card ending in 1234?",
        "cvv? my card XXXX-XXXX-XXXX-4321 has none",
        "the cvv of my card **** 4321 is worn off",
        "I paid $123 yesterday",
        "call 555-123-4567",
        "it expires 12/26",
        "security code you texted me: 482913",
        "¿qué es el código de seguridad?",
        "cvv for order 1123-4456-7789",
        "one sec... ok its 3077",
        # a statement's lines: a phone number and a date make no card
        "1) 79.64 USD COINBASE 8885550113 10/20 6:26pm\n2) $519.32 SQ *BLUE BOTTLE 0412 10/20",
        "un seg ya te digo 1234",
        # a line of a four and a three with nothing of a card's back around it
        "my order\n1234  567\ncustomer service said wait",
        "room 2104  305\nsee you there",
        # a bank's text names its passcode this way
        "the message: 0954 is your Altura security code. Don't share it with anyone.",
    ],
)
def test_not_security_codes(
    recognizers: dict[str, EntityRecognizer], rules: Rules, text: str
) -> None:
    assert found(recognizers, rules, EntityType.CARD_SECURITY_CODE, text) == []
