"""CardNumberRecognizer: every brand and the formats people type; look-alikes left alone."""

from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer

from guard import EntityType, Rules
from tests.chatgen.cards import luhn_complete
from tests.recognizers.conftest import found, spans_of

# One Luhn-valid number per brand and length (prefix + filler + check digit).
VISA = luhn_complete("411111111111111")
VISA_13 = luhn_complete("422222222222")
VISA_19 = luhn_complete("453201511283036712")
MASTERCARD = luhn_complete("555555555555444")
MASTERCARD_2 = luhn_complete("222100000000000")
AMEX = luhn_complete("37828224631000")
DISCOVER = luhn_complete("601111111111111")
DISCOVER_644 = luhn_complete("644564456445644")
JCB = luhn_complete("353011133330000")
DINERS = luhn_complete("3056930902590")
UNIONPAY = luhn_complete("620000000000000")
UNIONPAY_19 = luhn_complete("621234567890123456")
MAESTRO = luhn_complete("675964982643845")
BRANDS = (VISA, VISA_13, VISA_19, MASTERCARD, MASTERCARD_2, AMEX, DISCOVER, DISCOVER_644, JCB,
          DINERS, UNIONPAY, UNIONPAY_19, MAESTRO)  # fmt: skip


def fours(number: str, sep: str) -> str:
    return sep.join(number[i : i + 4] for i in range(0, len(number), 4))


def luhn_broken(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 5) % 10)


@pytest.mark.parametrize("number", BRANDS)
def test_every_brand_plain_and_grouped(
    recognizers: dict[str, EntityRecognizer], rules: Rules, number: str
) -> None:
    for text in (number, fours(number, " "), fours(number, "-")):
        message = f"my card is {text} thanks"
        assert found(recognizers, rules, EntityType.CREDIT_CARD, message) == spans_of(
            message, [text]
        )


BLANK_LINE = f"{fours(VISA, ' ')[:14]}\n\n{VISA[12:]}"  # "4111 1111 1111\n\n1111"
AMEX_TWO_LINES = f"{AMEX[:4]} {AMEX[4:10]}\n{AMEX[10:]}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{fours(VISA, ' ')}", [fours(VISA, " ")]),
        (f"card: {fours(VISA, '.')}", [fours(VISA, ".")]),
        (f"card {fours(VISA, '/')}", [fours(VISA, "/")]),
        (f"tarjeta {fours(VISA, ' - ')}", [fours(VISA, " - ")]),
        (f"card {fours(VISA, '  ')}", [fours(VISA, "  ")]),
        (f"card {fours(VISA, chr(0xA0))}", [fours(VISA, chr(0xA0))]),
        (f"card\n{fours(VISA, chr(10))}\nthx", [fours(VISA, "\n")]),
        (f"visa {' '.join(VISA[i : i + 2] for i in range(0, 16, 2))}",
         [" ".join(VISA[i : i + 2] for i in range(0, 16, 2))]),
        (f"{VISA[:3]} {VISA[3:9]} {VISA[9:]} is it", [f"{VISA[:3]} {VISA[3:9]} {VISA[9:]}"]),
        (f"amex {AMEX[:4]} {AMEX[4:10]} {AMEX[10:]}", [f"{AMEX[:4]} {AMEX[4:10]} {AMEX[10:]}"]),
        (f"diners {DINERS[:4]}-{DINERS[4:10]}-{DINERS[10:]}",
         [f"{DINERS[:4]}-{DINERS[4:10]}-{DINERS[10:]}"]),
        (f"{fours(VISA, ' ')} 12/26 123", [fours(VISA, " ")]),
        (f"{VISA} exp 12/26 cvv 123", [VISA]),
        (f"{fours(MASTERCARD, '-')}, 03/29, 456", [fours(MASTERCARD, "-")]),
        (f"mi tarjeta es {VISA} y la otra {MASTERCARD}", [VISA, MASTERCARD]),
        (f"use {fours(DISCOVER, ' ')} por favor", [fours(DISCOVER, " ")]),
        # a label of short numbers ("check 1043", "zip 30301") names no card
        (f"PLEASE check {fours(VISA, '  ')} someone is using it", [fours(VISA, "  ")]),
        (f"zip {VISA}", [VISA]),
        # a blank line inside the number
        (f"{BLANK_LINE}, 06/27", [BLANK_LINE]),
        # line breaks and spaces are one style of separator inside a longer run
        (f"{AMEX_TWO_LINES} 11/2026 4979", [AMEX_TWO_LINES]),
        # dictated: groups set apart by commas
        (f"tarjeta {fours(VISA, ', ')}", [fours(VISA, ", ")]),
        # mixed separators, a slash between groups of four (no date)
        (f"es {VISA[:4]}-{VISA[4:8]} {VISA[8:12]}/{VISA[12:]}", [f"{VISA[:4]}-{VISA[4:8]} {VISA[8:12]}/{VISA[12:]}"]),  # noqa: E501
        # a card's own grouping with mixed separators, then its expiry and code
        (f"{VISA[:4]} {VISA[4:8]}-{VISA[8:12]}-{VISA[12:]} 04-29 311", [f"{VISA[:4]} {VISA[4:8]}-{VISA[8:12]}-{VISA[12:]}"]),  # noqa: E501
        # dictation pauses between groups
        (f"card is {fours(MASTERCARD, '... ')} ok", [fours(MASTERCARD, "... ")]),
        (f"tarjeta {fours(VISA, '…')}", [fours(VISA, "…")]),
        # groups set apart by a separator that disguises them
        (f"card is {fours(MASTERCARD, ' / ')}", [fours(MASTERCARD, " / ")]),
        (f"todo: {fours(VISA, '*')}", [fours(VISA, "*")]),
        (f"number: {fours(DISCOVER, ' 🔸 ')}", [fours(DISCOVER, " 🔸 ")]),
        # groups lined up with runs of spaces or tabs
        (f"card {fours(VISA, '    ')}", [fours(VISA, "    ")]),
        (f"{fours(MASTERCARD, chr(9) * 3)}", [fours(MASTERCARD, chr(9) * 3)]),
        # the same card typed twice, grouped or not
        (f"card: {fours(VISA, ' ')} {fours(VISA, ' ')}", [fours(VISA, " "), fours(VISA, " ")]),
        (f"{VISA} {VISA}", [VISA, VISA]),
        (f"{fours(AMEX, '-')}\n{fours(AMEX, '-')}", [fours(AMEX, "-"), fours(AMEX, "-")]),
        # halves and quarters with mixed separators
        (f"my card {VISA[:8]}-{VISA[8:12]} {VISA[12:]}, 548", [f"{VISA[:8]}-{VISA[8:12]} {VISA[12:]}"]),  # noqa: E501
        # a card listed before other answers set apart by commas
        (f"{fours(MASTERCARD, '  ')}, 83027, 79864660", [fours(MASTERCARD, "  ")]),
        # ... or typed a digit at a time among them, or one group between longer ones
        (f"x@aol.com, 01/01/2000, 372, {' '.join(MASTERCARD)}, 78514", [" ".join(MASTERCARD)]),
        (f"372 {MASTERCARD} 78514", [MASTERCARD]),
        # underscores, spaced stars and bars between groups
        (f"card {fours(VISA, '_')}", [fours(VISA, "_")]),
        (f"MY CARD IS {fours(MASTERCARD, ' * ')} PLEASE", [fours(MASTERCARD, " * ")]),
        (f"La card: {fours(DISCOVER, ' | ')}", [fours(DISCOVER, " | ")]),
        # fields pasted with bars and no spaces: a bar there stands for no "1"
        (f"{fours(VISA, ' ')}|8/30|336", [fours(VISA, " ")]),
        (f"> {VISA}|09/27|385", [VISA]),
        # after a labelled number, joined otherwise than it (a hypothesis find)
        ("ticket #88213 38/78/34/53/44/02/54 is the one", ["38/78/34/53/44/02/54"]),
        ("ticket #88213 6288101185630726 is the one", ["6288101185630726"]),
        ("ticket #88213 6598 0270 9826 3633 is the one", ["6598 0270 9826 3633"]),
        ("caso 40127 - 3782 822463 10005 fue el que usé", ["3782 822463 10005"]),
        ("ticket #88213 3056 930902 5904 is the one", ["3056 930902 5904"]),
        ("ticket #88213 6228 3447 7371 6048 39 is the one", ["6228 3447 7371 6048 39"]),
        ("ticket #88213 45 85 49 74 69 85 46 27 is the one", ["45 85 49 74 69 85 46 27"]),
    ],
)  # fmt: skip
def test_formats_people_type(
    recognizers: dict[str, EntityRecognizer], rules: Rules, text: str, expected: list[str]
) -> None:
    assert found(recognizers, rules, EntityType.CREDIT_CARD, text) == spans_of(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "call 555-123-4567 / 555-987-6543",
        "the years 2021 / 2022 / 2023 / 2024",
        "order 4811*1771*5522*7082*470",
        f"order number {luhn_broken(VISA)}",
        f"reference {fours(luhn_broken(MASTERCARD), ' ')}",
        f"ref {luhn_broken(AMEX)}",
        "my IMEI is 352099001761481",
        "imei: 35-209900-176148-1",
        "tracking number 9400 1000 0000 0000 0000 00",
        # a labelled run's groups are its own, whatever card a window of them makes
        "The ARN is 7 430928 6282 04829251560 4, the merchant's bank can trace it",
        "confirmation code 912-5876818-1050769",
        # an IBAN's groups; the next cell of a table's row under its header
        "el iban del supplier es IT63 I942 6503 7878 0378 3596 319",
        "ES91 2100 0418 4502 0005 1332",
        "UPS 9361 7246 3845 3760 7023 70",
        "usps 9205 5000 6244 3845 3760 7023 71 delivered?",
        "UPS 1Z999AA10123456784",
        "call me at (555) 123-4567 or 555.123.4567",
        "+1 555 123 4567, 1-800-555-0199",
        "the card ending in 1111",
        "XXXX-XXXX-XXXX-1234",
        "**** **** **** 1234",
        "3782 XXXXXX X1234",
        "I paid $4,111.11 on 11/11/2024",
        "routing 021000021 account 123456789",
        f"{VISA[:12]}",
        "order 112-4482913-2291",
        "points balance 1,234,567",
        "my zip is 90210-1234",
    ],
)
def test_look_alikes_are_not_cards(
    recognizers: dict[str, EntityRecognizer], rules: Rules, text: str
) -> None:
    assert found(recognizers, rules, EntityType.CREDIT_CARD, text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"pay it with my other card {fours(VISA, ' ')} - 3799 dlls",
        f"Citi {VISA} - 3737.17",
        f"{fours(VISA, ' ')}\n1250 pesos",
        # joined by "and" with no code named: a count, an amount
        f"card {fours(VISA, ' ')} and 014",
        f"the code is on the back: {fours(VISA, ' ')} and 1500 dollars",
    ],
)
def test_an_amount_after_a_card_is_no_code(
    recognizers: dict[str, EntityRecognizer], text: str
) -> None:
    results = recognizers[EntityType.CREDIT_CARD.value].analyze(text, None)
    assert [r.entity_type for r in results] == [EntityType.CREDIT_CARD.value]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # typed right after the card, listed on the next line, after an expiry in words
        (f"{fours(VISA, ' ')} 123", "123"),
        (f"- {fours(VISA, ' ')}\n- 085", "085"),
        (f"{fours(VISA, ' ')} nov 2030 685", "685"),
        (f"{VISA}, exp. marzo 29, cvv 412", "412"),
        (f"{AMEX[:4]}/{AMEX[4:10]}/{AMEX[10:]} abril de 2027 5533", "5533"),
        (f"DEBIT Kora\n{fours(VISA, ' ')}\nJun 2026 376", "376"),
        # a note whose items an emoji marks, its expiry typed with a space
        (f"🏦 {fours(VISA, ' ')}\n⏳ 11 28\n🔑 904", "904"),
        (f"💳 {VISA}\n🗓️ 3/30\n🔐 7710", "7710"),
        # joined by "and" after the code was named
        (
            f"it asked for the card number and the code on the back, i put {fours(VISA, ' ')}"
            " and 014",
            "014",
        ),
        (f"me pidió el número y el código de atrás, puse {fours(VISA, ' ')} y 357", "357"),
    ],
)
def test_a_code_typed_after_a_card_is_its_code(
    recognizers: dict[str, EntityRecognizer], text: str, code: str
) -> None:
    results = recognizers[EntityType.CREDIT_CARD.value].analyze(text, None)
    codes = [r for r in results if r.entity_type == EntityType.CARD_SECURITY_CODE.value]
    assert [(r.start, r.end) for r in codes] == spans_of(text, [code])


def test_a_pin_joined_to_a_card_after_the_pin_was_named(
    recognizers: dict[str, EntityRecognizer],
) -> None:
    text = f"I entered my debit card and pin on that site: {fours(VISA, ' ')} / 9263"
    results = recognizers[EntityType.CREDIT_CARD.value].analyze(text, None)
    assert [(r.entity_type, text[r.start : r.end]) for r in results][1:] == [
        (EntityType.PIN.value, "9263")
    ]


def codes_of(recognizers: dict[str, EntityRecognizer], text: str) -> list[str]:
    """The codes the card reader reports beside the cards of `text`."""
    results = recognizers[EntityType.CREDIT_CARD.value].analyze(text, None)
    return [
        text[r.start : r.end]
        for r in results
        if r.entity_type == EntityType.CARD_SECURITY_CODE.value
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (f"{fours(VISA, ' ')} 0928 257", "257"),
        (f"es la {MASTERCARD} 1127 4410 porfa", "4410"),
    ],
)
def test_a_code_after_an_expiry_typed_as_four_digits_is_masked_too(
    recognizers: dict[str, EntityRecognizer], text: str, code: str
) -> None:
    assert code in codes_of(recognizers, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # an Amex front: the four digits printed above the number
        (
            f"AMERICAN EXPRESS\nBLUE CASH\n7351\n{AMEX[:4]} {AMEX[4:10]} {AMEX[10:]}\n"
            "VALID THRU 08/29",
            "7351",
        ),
        # a card's back: the last four and the code on the signature strip
        (
            f"{fours(VISA, ' ')}\nEXP 04/28\n--- back ---\n{VISA[-4:]}  614\nCall 1-800-555-0100",
            "614",
        ),
    ],
)
def test_codes_a_photo_of_the_card_shows_apart_from_its_number(
    recognizers: dict[str, EntityRecognizer], text: str, code: str
) -> None:
    assert codes_of(recognizers, text) == [code]


def test_the_last_four_and_other_digits_in_prose_are_no_code(
    recognizers: dict[str, EntityRecognizer],
) -> None:
    text = f"my card {fours(VISA, ' ')}\norder {VISA[-4:]} 2345 shipped"
    results = recognizers[EntityType.CREDIT_CARD.value].analyze(text, None)
    assert [r.entity_type for r in results] == [EntityType.CREDIT_CARD.value]
