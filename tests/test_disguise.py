"""Disguised secrets through the engine: found, offsets into the caller's text, masked in
the form they were written; and the prose that must stay untouched."""

from __future__ import annotations

import random

import pytest

from guard import Action, Engine, EntityType, Message, Role
from guard._redact import mask_keep_last
from tests.chatgen import disguise

CARD = "4111 1111 1111 1111"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def customer(text: str) -> Message:
    return Message("m1", text, Role.CUSTOMER)


def fullwidth(text: str) -> str:
    return "".join(chr(0xFF10 + int(ch)) if ch.isdigit() else ch for ch in text)


# (message, secret as written, type, masked message)
POSITIVES = [
    (
        "my card is four one one one one one one one one one one one one one one one",
        "four one one one one one one one one one one one one one one one",
        EntityType.CREDIT_CARD,
        "my card is * * * * * * * * * * * * one one one one",
    ),
    (
        "card: 4111 one one one one 1111 1111 thanks",
        "4111 one one one one 1111 1111",
        EntityType.CREDIT_CARD,
        "card: **** * * * * **** 1111 thanks",
    ),
    (
        "mi tarjeta es cuatro-uno-uno-uno-uno-uno-uno-uno-uno-uno-uno-uno-uno-uno-uno-uno",
        "cuatro-uno-uno-uno-uno-uno-uno-uno-uno-uno-uno-uno-uno-uno-uno-uno",
        EntityType.CREDIT_CARD,
        "mi tarjeta es *-*-*-*-*-*-*-*-*-*-*-*-uno-uno-uno-uno",
    ),
    (
        f"card {fullwidth(CARD)} ok",
        fullwidth(CARD),
        EntityType.CREDIT_CARD,
        "card **** **** **** １１１１ ok",
    ),
    (
        "card ٤١١١ ١١١١ ١١١١ ١١١١",
        "٤١١١ ١١١١ ١١١١ ١١١١",
        EntityType.CREDIT_CARD,
        "card **** **** **** ١١١١",
    ),
    (
        "card 4111\u200b1111\u200b1111\u200b1111 ok",
        "4111\u200b1111\u200b1111\u200b1111",
        EntityType.CREDIT_CARD,
        "card ************1111 ok",
    ),
    (
        "card 4111\u00a01111\u20131111\u00ad 1111",
        "4111\u00a01111\u20131111\u00ad 1111",
        EntityType.CREDIT_CARD,
        "card ****\u00a0****\u2013**** 1111",
    ),
    (
        "my visa 4lll llll llll llll",
        "4lll llll llll llll",
        EntityType.CREDIT_CARD,
        "my visa **** **** **** llll",
    ),
    (
        "card 4O12-8888-8888-l88|",
        "4O12-8888-8888-l88|",
        EntityType.CREDIT_CARD,
        "card ****-****-****-l88|",
    ),
    (
        "my social is one two three four five six seven eight nine",
        "one two three four five six seven eight nine",
        EntityType.US_SSN,
        "my social is * * * * * six seven eight nine",
    ),
    (
        "ssn 536-22-l987",
        "536-22-l987",
        EntityType.US_SSN,
        "ssn ***-**-l987",
    ),
    (
        "mi seguro social es cinco tres seis - dos dos - uno nueve ocho siete",
        "cinco tres seis - dos dos - uno nueve ocho siete",
        EntityType.US_SSN,
        "mi seguro social es * * * - * * - uno nueve ocho siete",
    ),
    (
        "the cvv is four five six",
        "four five six",
        EntityType.CARD_SECURITY_CODE,
        "the cvv is * * *",
    ),
    (
        "el código de seguridad es cero cinco nueve",
        "cero cinco nueve",
        EntityType.CARD_SECURITY_CODE,
        "el código de seguridad es * * *",
    ),
    (
        "cvv 4️⃣5️⃣6️⃣",
        "4️⃣5️⃣6️⃣",
        EntityType.CARD_SECURITY_CODE,
        "cvv ***",
    ),
    (
        "the code you texted me is four oh five nine one two",
        "four oh five nine one two",
        EntityType.ONE_TIME_PASSCODE,
        "the code you texted me is * * * * * *",
    ),
    (
        "verification code: double seven three, four o five",
        "double seven three, four o five",
        EntityType.ONE_TIME_PASSCODE,
        "verification code: * * *, * * *",
    ),
    (
        "my pin is ｌ９Ｏ４",
        "ｌ９Ｏ４",
        EntityType.PIN,
        "my pin is ****",
    ),
]


@pytest.mark.parametrize(("text", "secret", "entity", "masked"), POSITIVES)
def test_disguised_secret_is_found_and_masked_in_its_written_form(
    engine: Engine, text: str, secret: str, entity: EntityType, masked: str
) -> None:
    verdict, _ = engine.inspect(customer(text))
    assert [(f.type, text[f.start : f.end]) for f in verdict.findings] == [(entity, secret)]
    assert verdict.action is Action.MASK
    assert verdict.text == masked


# Everything here must come back allowed and unchanged.
NEGATIVES = [
    "I have two cards",
    "there were one or two charges I don't recognize",
    "four of us are traveling next week, one time only",
    "can you send me a one-time passcode?",
    "I never got a one time code, two factor is broken",
    "uno de mis cargos no lo reconozco, llegó dos o tres veces",
    "the last four are one two three four",
    "card ending in 4821, the two of them",
    "XXXX-XXXX-XXXX-1234",
    "**** **** **** 1234",
    "•••• 1234",
    "I paid $1,250.00 on 03/14/2025 and $20 one time",
    "call me at (555) 123-4567 after five",
    "Oh, 2 cards were declined at Oslo lol",
    "I'm 25 lol and Bill said SOS",
    "mi folio es S516854, apt 4B, Galaxy S20",
    "double check the three charges please",
    "use this one please, the other one is blocked",
    "twenty-one dollars on the 3rd",
    "nine to five, Monday to Friday",
    "ünïcödé ✓ señor, ¿cómo está? “hello” — ok…",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_prose_with_number_words_and_look_alikes_is_untouched(engine: Engine, text: str) -> None:
    verdict, _ = engine.inspect(customer(text))
    assert (verdict.action, verdict.text, verdict.findings) == (Action.ALLOW, text, ())


@pytest.mark.parametrize(
    ("text", "keep", "expected"),
    [
        ("four one one one one one one one one one one one one one one one", 4,
         "* * * * * * * * * * * * one one one one"),
        ("４１１１\u200b１１１１", 4, "****１１１１"),
        ("4O11 l111 1111 IIII", 4, "**** **** **** IIII"),
        ("double oh seven", 0, "* * *"),
        ("fo\u200bur five six", 0, "* * *"),
        ("4\ufe0f\u20e31\ufe0f\u20e3", 0, "**"),
        ("one two three - four five - six seven eight nine", 4,
         "* * * - * * - six seven eight nine"),
        ("⑤③⑥-②②-①⑨⑧⑦", 4, "***-**-①⑨⑧⑦"),
    ],
)  # fmt: skip
def test_mask_keep_last_hides_each_digit_once_in_any_form(
    text: str, keep: int, expected: str
) -> None:
    assert mask_keep_last(text, keep, "*") == expected


def test_offsets_index_the_callers_text(engine: Engine) -> None:
    text = (
        "ｈｉ ✓ my card is ４１１１\u200b 1111 one one one one 1111, cvv ｆｏｕｒ fi\u200bve six ok"
    )
    findings = engine.detect(text)
    assert [(f.type, text[f.start : f.end]) for f in findings] == [
        (EntityType.CREDIT_CARD, "４１１１\u200b 1111 one one one one 1111"),
        (EntityType.CARD_SECURITY_CODE, "ｆｏｕｒ fi\u200bve six"),
    ]


# ── the generator's families, on a seed held apart from development ──────────────────


@pytest.mark.parametrize("secret_type", disguise.TYPES)
def test_every_disguise_family_is_caught_and_concealed(engine: Engine, secret_type: str) -> None:
    rng = random.Random(20261127)
    for family in disguise.families_for(secret_type):
        misses = []
        for _ in range(60):
            sample = disguise.disguised(rng, secret_type, family)
            verdict, _ = engine.inspect(customer(sample.text))
            found = any(
                f.type.value == secret_type and f.start <= sample.start and sample.end <= f.end
                for f in verdict.findings
            )
            if not (found and disguise.is_concealed(verdict.text, sample)):
                misses.append(sample.text)
        assert len(misses) <= 3, (family, misses)  # >= 95%


def test_clean_messages_stay_clean(engine: Engine) -> None:
    rng = random.Random(7)
    touched = []
    for _ in range(400):
        text, _lang = disguise.clean(rng)
        verdict, _ = engine.inspect(customer(text))
        if verdict.findings or verdict.text != text:
            touched.append(text)
    assert len(touched) <= 4, touched  # < 1%
