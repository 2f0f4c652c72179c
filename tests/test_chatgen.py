"""The measuring stick itself: generated labels are right, and the evaluation catches what
it must (a missed secret, a touched clean message, a mask that shows a hidden digit)."""

from __future__ import annotations

import pytest
from stdnum import luhn
from stdnum.us import ssn

from guard import Engine, EntityType, Finding, Message, Role
from tests.chatgen.evaluate import _output_span, evaluate
from tests.chatgen.messages import Sample, Secret, corpus

SAMPLES = corpus(5, 3000)


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def test_every_span_holds_its_value_and_spans_do_not_overlap() -> None:
    for sample in SAMPLES:
        ends = -1
        for secret in sorted(sample.secrets, key=lambda s: s.start):
            assert sample.text[secret.start : secret.end] == secret.value, sample
            assert secret.start >= ends, sample
            ends = secret.end


@pytest.mark.parametrize(
    ("secret_type", "valid"),
    [
        ("CREDIT_CARD", lambda v: 12 <= len(digits(v)) <= 19 and luhn.is_valid(digits(v))),
        ("CARD_SECURITY_CODE", lambda v: v.isdigit() and len(v) in (3, 4)),
        ("US_SSN", lambda v: ssn.is_valid(digits(v)) and len(digits(v)) == 9),
        ("ONE_TIME_PASSCODE", lambda v: 4 <= len(digits(v)) <= 8 and v.strip(" -0123456789") == ""),
        ("PIN", lambda v: v.isdigit() and 4 <= len(v) <= 6),
        ("PASSWORD", lambda v: len(v) >= 3 and not v.isdigit() and v[-1] not in ".,;:?"),
    ],
)
def test_every_value_is_valid_for_its_type(secret_type: str, valid: object) -> None:
    values = [s.value for sample in SAMPLES for s in sample.secrets if s.type == secret_type]
    assert len(values) > 100
    assert callable(valid)
    bad = [v for v in values if not valid(v)]
    assert not bad, bad[:5]


def test_both_languages_and_noise_are_drawn() -> None:
    langs = {s.lang for s in SAMPLES}
    assert {"en", "es", "mix"} <= langs
    assert any(s.text != s.text.lower() for s in SAMPLES)
    assert any(not s.text.isascii() for s in SAMPLES)
    assert sum(s.is_clean for s in SAMPLES) > len(SAMPLES) // 3


class _Scripted(Engine):
    """An engine that 'finds' exactly the findings it is given (for testing evaluate)."""

    def __init__(self, findings: dict[str, list[Finding]]) -> None:
        super().__init__()
        self._scripted = findings

    def detect(self, text: str) -> list[Finding]:
        return self._scripted.get(text, [])

    def inspect(self, message: Message, state: object = None) -> tuple[object, object]:  # type: ignore[override]
        findings = self._scripted.get(message.text, [])
        return self.decide(message, findings, []), state


def finding(type_: EntityType, start: int, end: int) -> Finding:
    return Finding(type_, start, end, 1.0, "test")


def test_evaluate_counts_misses_wrong_types_touched_messages_and_leaks() -> None:
    card = "4111 1111 1111 1111"
    found_text = f"card {card} ok"
    short_text = f"card {card} ok!"
    wrong_text = "pin 4821"
    clean_text = "call 555-123-4567"
    samples = [
        Sample(found_text, (Secret("CREDIT_CARD", 5, 24, card),), "en", "t1", "f"),
        Sample(short_text, (Secret("CREDIT_CARD", 5, 24, card),), "en", "t2", "f"),
        Sample(wrong_text, (Secret("PIN", 4, 8, "4821"),), "en", "t3", "f"),
        Sample(clean_text, (), "en", "t4", "f"),
    ]
    engine = _Scripted(
        {
            found_text: [finding(EntityType.CREDIT_CARD, 5, 24)],
            # found, but the mask stops short: "1111 1111" of the hidden digits show
            short_text: [finding(EntityType.CREDIT_CARD, 15, 24)],
            wrong_text: [finding(EntityType.ONE_TIME_PASSCODE, 4, 8)],
            clean_text: [finding(EntityType.ONE_TIME_PASSCODE, 5, 8)],
        }
    )
    result = evaluate(engine, samples)
    assert (result.found["CREDIT_CARD"], result.total["CREDIT_CARD"]) == (2, 2)
    assert (result.found["PIN"], result.total["PIN"]) == (0, 1)
    assert [m.sample.text for m in result.misses] == [wrong_text]
    assert [s.text for s, _ in result.touched] == [clean_text]
    assert [leak.sample.text for leak in result.leaks] == [short_text]
    assert not result.passed


def test_output_span_follows_a_replaced_password() -> None:
    engine = Engine()
    text = "pw: Hunter2! and ssn 536-22-8190"
    findings = [finding(EntityType.PASSWORD, 4, 12), finding(EntityType.US_SSN, 21, 32)]
    masked = engine.decide(Message("m", text, Role.CUSTOMER), findings, []).text
    assert masked is not None
    ssn_span = _output_span(engine, text, masked, findings, 21, 32)
    assert ssn_span is not None
    assert masked[ssn_span[0] : ssn_span[1]] == "***-**-8190"
    password_span = _output_span(engine, text, masked, findings, 4, 12)
    assert password_span is not None
    assert "Hunter" not in masked[password_span[0] : password_span[1]]
