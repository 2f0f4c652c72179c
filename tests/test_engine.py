"""The pure core: detection, overlap resolution, policy and the verdict."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from guard import Action, ConversationState, Engine, EntityType, Finding, Message, Role, Rules
from guard._engine import resolve_overlaps
from guard._rules import default_rules_dir

CARD = "4111 1111 1111 1111"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def customer(text: str, id: str = "m1") -> Message:
    return Message(id, text, Role.CUSTOMER, conversation="c1")


def finding(type: EntityType, start: int, end: int, score: float) -> Finding:
    return Finding(type, start, end, score, "test")


def test_overlaps_keep_the_card_then_the_higher_score() -> None:
    card = finding(EntityType.CREDIT_CARD, 0, 19, 0.8)
    code = finding(EntityType.ONE_TIME_PASSCODE, 15, 19, 0.95)
    pin = finding(EntityType.PIN, 25, 29, 0.9)
    otp = finding(EntityType.ONE_TIME_PASSCODE, 25, 29, 0.7)
    assert resolve_overlaps([otp, code, pin, card]) == [card, pin]


def test_same_score_ties_break_by_type_priority() -> None:
    csc = finding(EntityType.CARD_SECURITY_CODE, 3, 6, 0.8)
    otp = finding(EntityType.ONE_TIME_PASSCODE, 3, 6, 0.8)
    assert resolve_overlaps([otp, csc]) == [csc]


def test_verdict_masks_and_reports_offsets_into_the_original(engine: Engine) -> None:
    text = f"card: {CARD}, cvv 123"
    verdict, state = engine.inspect(customer(text))
    assert verdict.action is Action.MASK
    assert verdict.text == "card: **** **** **** 1111, cvv ***"
    assert [(f.type, text[f.start : f.end]) for f in verdict.findings] == [
        (EntityType.CREDIT_CARD, CARD),
        (EntityType.CARD_SECURITY_CODE, "123"),
    ]
    assert state.turn == 1
    assert verdict.to_dict()["findings"][0]["score"] == 1.0


def test_offsets_index_the_original_when_the_text_is_not_ascii(engine: Engine) -> None:
    text = "ünïcödé ✓ card \u2007" + CARD.replace(" ", "\u00a0") + " ok"
    [found] = engine.detect(text)
    assert text[found.start : found.end] == CARD.replace(" ", "\u00a0")


def test_clean_message_is_allowed_untouched(engine: Engine) -> None:
    text = "I paid $1,250.00 on 03/14/2025 at 10:30, order 112-4482913-2291"
    verdict, _ = engine.inspect(customer(text))
    assert (verdict.action, verdict.text, verdict.findings) == (Action.ALLOW, text, ())


def test_state_is_passed_in_and_returned_without_mutation(engine: Engine) -> None:
    before = ConversationState()
    _, after = engine.inspect(customer("hello"), before)
    assert before.turn == 0
    assert after.turn == 1


def test_block_policy_drops_the_text(tmp_path: Path) -> None:
    rules_dir = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules_dir)
    policy = rules_dir / "policy.yaml"
    policy.write_text(policy.read_text().replace("CREDIT_CARD: mask", "CREDIT_CARD: block", 1))
    verdict, _ = Engine(Rules.load(rules_dir)).inspect(customer(f"card {CARD}"))
    assert verdict.action is Action.BLOCK
    assert verdict.text is None
    assert verdict.to_dict()["text"] is None


def test_allow_policy_reports_but_does_not_mask(tmp_path: Path) -> None:
    rules_dir = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules_dir)
    policy = rules_dir / "policy.yaml"
    policy.write_text(policy.read_text().replace("PIN: mask", "PIN: allow", 1))
    text = f"pin 4821 and card {CARD}"
    verdict, _ = Engine(Rules.load(rules_dir)).inspect(customer(text))
    assert verdict.action is Action.MASK
    assert verdict.text == "pin 4821 and card **** **** **** 1111"
    assert {f.type for f in verdict.findings} == {EntityType.PIN, EntityType.CREDIT_CARD}


def test_presidio_recognizers_can_be_mixed_in() -> None:
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    engine = Engine(recognizers=[EmailRecognizer()])
    # Types guard does not know are not acted on; guard's own still are.
    found = engine.detect(f"mail me at a@b.co, card {CARD}")
    assert [f.type for f in found] == [EntityType.CREDIT_CARD]


def test_guard_recognizers_run_inside_presidio_analyzer_engine() -> None:
    from guard._nlp import build_analyzer
    from guard.recognizers import build_recognizers

    analyzer = build_analyzer(build_recognizers(Rules.load().detection))
    results = analyzer.analyze(text=f"my card {CARD}, ssn 536-22-1987", language="en")
    assert sorted(r.entity_type for r in results) == ["CREDIT_CARD", "US_SSN"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("G-482913 is your Google verification code.", "482913"),
        ("Use 482913 to verify your account", "482913"),
        ("Enter 559201 to sign in", "559201"),
        ("usa 559201 para verificar", "559201"),
        # a bank's text calls it a card or security code; too long for a card's code
        ("<#> Your Orchard Card code: 552901\nhX7+kLp0Qz", "552901"),
        ("629104 is your Redwood Card verification code. Don't share it.", "629104"),
        ("Tu código de seguridad Banco Sur: 88213406", "88213406"),
        ("731552. ese es el código", "731552"),
    ],
)
def test_passcodes_pasted_from_a_text_message(engine: Engine, text: str, value: str) -> None:
    [found] = engine.detect(text)
    assert (found.type, text[found.start : found.end]) == (EntityType.ONE_TIME_PASSCODE, value)


@pytest.mark.parametrize(
    "text",
    ["I need to verify 3 charges of 1200", "flight WN-2309 at 5pm", "I tried to log in 5 times"],
)
def test_another_number_between_cue_and_value_binds_nothing(engine: Engine, text: str) -> None:
    assert engine.detect(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "my pin is 1234 626\U00010d43 1111 1111 1111",
        "pin 1234 5\U00010d4311 1111 1111 1111",
        "my pin is 1234 and 626\U00010d43 1111 1111 1111",
    ],
)
def test_a_digit_only_regex_reads_makes_no_card(engine: Engine, text: str) -> None:
    # "\U00010d43" (a Hanifi Rohingya digit) is a digit to `regex`, not to int(): a long
    # run holding one used to raise ValueError while looking for a card inside it.
    assert all(found.type is not EntityType.CREDIT_CARD for found in engine.detect(text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (f"- {CARD}\n- 313", "313"),
        (f"1) {CARD}\n2) 07/28\n3) 902", "902"),
        (f"{CARD}; 4410", "4410"),
        (f"JANE DOE\n{CARD}\nAUTHORIZED SIGNATURE   651", "651"),
        # a card's face copied as text: number, expiry, name, code
        (f"ACME BANK\n{CARD}\nVALID THRU 09 / 31\nANA RUIZ\n447\nCall 800-555-0100", "447"),
    ],
)
def test_a_code_listed_after_a_card_is_its_code(engine: Engine, text: str, code: str) -> None:
    found = {(f.type, text[f.start : f.end]) for f in engine.detect(text)}
    assert (EntityType.CARD_SECURITY_CODE, code) in found


@pytest.mark.parametrize(
    "text",
    [
        f"{CARD} exp 07/28, I paid $5692 on 03/04",
        f"- {CARD}\n- 2023 is when they sent it",
        f"{CARD}\ncall me at 555-123-4567",
    ],
)
def test_amounts_years_and_phones_after_a_card_are_no_code(engine: Engine, text: str) -> None:
    assert {f.type for f in engine.detect(text)} == {EntityType.CREDIT_CARD}


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "ssn 060-79-8214. typed it twice to check: 060 79 8214",
            "ssn ***-**-8214. typed it twice to check: *** ** 8214",
        ),
        ("my pin is 4821, same as my old one: 4821", "my pin is ****, same as my old one: ****"),
        # the digits are the secret wherever they stand in the message
        ("cvv 123 and my order had 123 items", "cvv *** and my order had *** items"),
    ],
)
def test_a_value_typed_again_in_its_message_is_masked_there_too(
    engine: Engine, text: str, masked: str
) -> None:
    verdict, _ = engine.inspect(Message("m", text, Role.CUSTOMER))
    assert verdict.text == masked


def test_a_short_number_is_no_repeat_of_a_longer_value(engine: Engine) -> None:
    verdict, _ = engine.inspect(Message("m", "ssn 536-22-8190, I have 2 cards", Role.CUSTOMER))
    assert verdict.text == "ssn ***-**-8190, I have 2 cards"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a short value is never masked in part: the groups joined to the digits found
        ("Banco Sol: 771 904 es tu clave de acceso. No la compartas.", "771 904"),
        ("the app locked, my password was 4410 2291", "4410 2291"),
    ],
)
def test_a_short_value_is_masked_whole(engine: Engine, text: str, value: str) -> None:
    verdict, _ = engine.inspect(Message("m", text, Role.CUSTOMER))
    assert [text[f.start : f.end] for f in verdict.findings] == [value]
    assert not any(group in (verdict.text or "") for group in value.replace("-", " ").split())
