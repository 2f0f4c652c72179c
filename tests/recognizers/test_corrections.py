"""A value typed to replace the one before it ("pin 4821 sorry 4812") is of the same type:
both are found, whatever the correction words (rules/detection.yaml `corrections`)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard import Engine, EntityType, Message, Role, Rules
from tests.recognizers.conftest import spans_of

ENGINE = Engine()
RULES = Rules.load()

CVV, OTP, PIN, PW = (
    EntityType.CARD_SECURITY_CODE,
    EntityType.ONE_TIME_PASSCODE,
    EntityType.PIN,
    EntityType.PASSWORD,
)


def findings_of(text: str) -> list[tuple[EntityType, int, int]]:
    verdict, _ = ENGINE.inspect(Message("m", text, Role.CUSTOMER))
    return [(f.type, f.start, f.end) for f in verdict.findings]


@pytest.mark.parametrize(
    ("text", "entity", "values"),
    [
        ("my pin is 4821 sorry 4812", PIN, ["4821", "4812"]),
        ("pin 4821... actually 4812", PIN, ["4821", "4812"]),
        ("cvv is 123. wait no, it's 132", CVV, ["123", "132"]),
        ("cvv 123 no wait 132", CVV, ["123", "132"]),
        ("code 482913 i mean 482931", OTP, ["482913", "482931"]),
        ("el código es 482913 digo 482931", OTP, ["482913", "482931"]),
        ("mi nip es 4821, perdón, 4812", PIN, ["4821", "4812"]),
        ("password: Tigre2020! sorry, Tigre2021!", PW, ["Tigre2020!", "Tigre2021!"]),
        ("la contraseña es Luna#88 digo Luna#89", PW, ["Luna#88", "Luna#89"]),
        ("my password is hunter2 sorry i mean .Hunter3.", PW, ["hunter2", ".Hunter3"]),
        # with fillers among the correction words
        ("mmm código 7522... no wait, eh, 5722", OTP, ["7522", "5722"]),
        # retyped after the chat sign of a correction, as long as the value
        ("el código es 192330\n*193230", OTP, ["192330", "193230"]),
        ("my pin is 4821 *4812", PIN, ["4821", "4812"]),
        # the first one expired
        ("first code was 9608 but it expired, new one is 926479", OTP, ["9608", "926479"]),
        ("el código era 960812 pero expiró, el nuevo es 926479", OTP, ["960812", "926479"]),
        # the value set against the wrong one: "X not Y", either found
        ("my password is C0wb0ys73 not c0wb0ys73", PW, ["C0wb0ys73", "c0wb0ys73"]),
        ("my pw is *Mariposa2021 not *Mariposa20211", PW, ["*Mariposa2021", "*Mariposa20211"]),
        ("la clave es Qwerty89@ no qwerty89@.", PW, ["Qwerty89@", "qwerty89@"]),
        ("my pin is 1376, not 1367", PIN, ["1376", "1367"]),
        ("el código es 994695 y no 994659", OTP, ["994695", "994659"]),
        # it was changed: what it was, and what it is now
        ("password was Tigre2020 now it's Leon2021!", PW, ["Tigre2020", "Leon2021!"]),
        ("my pw used to be Summer2020, but now it's Winter#21", PW, ["Summer2020", "Winter#21"]),
        ("la contraseña era Gato123 y ahora es Perro456", PW, ["Gato123", "Perro456"]),
        ("la clave del cajero era 4821, ahora 7730", PIN, ["4821", "7730"]),
        # a correction word slipped
        ("el cvv es 219, me equivouqé, es 291", CVV, ["219", "291"]),
    ],
)
def test_a_value_typed_to_replace_another_is_of_its_type(
    text: str, entity: EntityType, values: list[str]
) -> None:
    assert findings_of(text) == [(entity, s, e) for s, e in spans_of(text, values)]


@pytest.mark.parametrize(
    "text",
    [
        # what follows the correction is something else
        "cvv 123 sorry my zip is 30301",
        "pin 4821 no 5521 is my zip",
        "my password is fluffy22 sorry it's late",
        "code 482913 sorry, call me at 555-201-3344",
        "my password is Tigre2020 now it's fixed",
        "cvv 123 now it's 5pm",
        # what is set against a value is something else
        "my pin is 1376 not 2 days ago",
        "the password is Tigre2020 not my email",
        "cvv 123 not 12/27",
        "my password is Tigre2020 not 12345678",
        # a masked number of another length after a value
        "pin 4821, card *66061",
    ],
)
def test_what_follows_a_correction_may_be_something_else(text: str) -> None:
    assert len(findings_of(text)) == 1, findings_of(text)


# (A correction that ends in a label leaves the number after it labelled: "cvv 111 por
# error 111" reads "error 111" as an error code.)
LABELS = {word.split()[-1] for word in RULES.detection.label_words()}
CORRECTIONS = sorted(w for w in RULES.detection.correction_words() if w.split()[-1] not in LABELS)
FRAMES = {
    CVV: ("cvv {a} {fix} {b}", "my security code is {a}, {fix}, {b}"),
    PIN: ("pin {a} {fix} {b}", "mi nip es {a} {fix} {b}"),
    OTP: ("the code is {a} {fix} {b}", "código {a}... {fix} {b}"),
}
DIGITS = {CVV: (3, 3), PIN: (4, 4), OTP: (6, 6)}


@settings(max_examples=150, deadline=None)
@given(
    entity=st.sampled_from(sorted(FRAMES)),
    fix=st.sampled_from(CORRECTIONS),
    data=st.data(),
)
def test_any_correction_word_carries_the_type_over(
    entity: EntityType, fix: str, data: st.DataObject
) -> None:
    low, high = DIGITS[entity]
    value = st.text("123456789", min_size=low, max_size=high)
    a, b = data.draw(value), data.draw(value)
    text = data.draw(st.sampled_from(FRAMES[entity])).format(a=a, fix=fix, b=b)
    assert findings_of(text) == [(entity, s, e) for s, e in spans_of(text, [a, b])], text
