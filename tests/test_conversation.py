"""Conversation rules: a bare answer after an ask, a card number split over messages."""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from guard import Action, ConversationState, Engine, EntityType, Message, Role, Rules, Verdict
from guard._rules import default_rules_dir
from tests.chatgen import conversations
from tests.chatgen.cards import BRAND_SPECS, card_number, group

CARD, CSC, SSN = EntityType.CREDIT_CARD, EntityType.CARD_SECURITY_CODE, EntityType.US_SSN
OTP, PASSWORD, PIN = EntityType.ONE_TIME_PASSCODE, EntityType.PASSWORD, EntityType.PIN
MIN_FOUND = 0.95
SEEDS = (303, 404)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def talk(
    engine: Engine,
    turns: Sequence[tuple[str, str] | tuple[str, str, float]],
    state: ConversationState | None = None,
) -> list[Verdict]:
    """Run one conversation: (role, text) or (role, text, timestamp) per message."""
    verdicts = []
    for index, turn in enumerate(turns):
        role, text = turn[0], turn[1]
        at = turn[2] if len(turn) > 2 else None  # type: ignore[misc]
        verdict, state = engine.inspect(Message(f"m{index}", text, Role(role), "c1", at), state)
        verdicts.append(verdict)
    return verdicts


def types_of(verdict: Verdict) -> list[EntityType]:
    return [f.type for f in verdict.findings]


# ── bare answers ───────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("ask", "reply", "expected", "masked"),
    [
        ("What's the CVV on the back?", "482", CSC, "***"),
        ("Can you read me the code we just texted?", "sure, 551903", OTP, "sure, ******"),
        ("I need your full social", "123456789", SSN, "*****6789"),
        ("I need your full social", "123-45-6789", SSN, "***-**-6789"),
        ("CVV please", "it's 4 8 2", CSC, "it's * * *"),
        ("What's your PIN?", "4321 thanks", PIN, "**** thanks"),
        ("What's your password?", "Hunter2!", PASSWORD, "********"),
        ("¿Cuál es el código de seguridad?", "claro, 0917", CSC, "claro, ****"),
        ("¿Me dicta el código que le enviamos?", "551 903", OTP, "*** ***"),
        ("¿Me dice el código de seguridad?", "es el 482", CSC, "es el ***"),
        ("¿Cuál es su NIP?", "mi nip? 4321", PIN, "mi nip? ****"),
        ("What's the OTP?", "551903 is what I got", OTP, "****** is what I got"),
        (
            "Can you read me the code we texted?",
            "Sure, 551903. Also my zip is 94107.",
            OTP,
            "Sure, ******. Also my zip is 94107.",
        ),
    ],
)
def test_a_bare_answer_after_an_ask_is_a_finding_of_the_asked_type(
    engine: Engine, ask: str, reply: str, expected: EntityType, masked: str
) -> None:
    asked, answer = talk(engine, [("agent", ask), ("customer", reply)])
    assert asked.action is Action.BLOCK  # the ask was blocked and still counts
    assert types_of(answer) == [expected]
    # "123-45-6789" is an SSN on its own, "551 903" alone a passcode; the others are
    # found only because of the ask
    assert answer.findings[0].recognizer in (
        "ConversationAnswerRule",
        "SsnRecognizer",
        "OneTimePasscodeRecognizer",
    )
    assert answer.text == masked


def test_the_same_reply_without_an_ask_is_nothing(engine: Engine) -> None:
    for reply in ("482", "sure, 551903", "123456789", "it's 4 8 2"):
        [verdict] = talk(engine, [("customer", reply)])
        assert verdict.findings == (), reply


def test_a_flag_only_ask_counts_too(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    path = rules / "requests.yaml"
    path.write_text(
        path.read_text().replace("  CARD_SECURITY_CODE: block", "  CARD_SECURITY_CODE: flag")
    )
    asked, answer = talk(
        Engine(Rules.load(rules)), [("agent", "What's the CVV?"), ("customer", "482")]
    )
    assert asked.action is Action.ALLOW
    assert types_of(answer) == [CSC]


def test_the_answer_may_come_after_a_stall(engine: Engine) -> None:
    verdicts = talk(
        engine,
        [
            ("agent", "What's the CVV?"),
            ("customer", "one sec"),
            ("agent", "Take your time."),
            ("customer", "ok 482"),
        ],
    )
    assert types_of(verdicts[-1]) == [CSC]


def test_the_ask_expires_after_max_turns(engine: Engine) -> None:
    limit = engine.rules.conversation.answers.max_turns
    talk_between = [("customer", "my card got declined at the store yesterday afternoon")] * limit
    verdicts = talk(engine, [("agent", "What's the CVV?"), *talk_between, ("customer", "482")])
    assert verdicts[-1].findings == ()
    within = talk(engine, [("agent", "What's the CVV?"), *talk_between[:-1], ("customer", "482")])
    assert types_of(within[-1]) == [CSC]


def test_stalls_keep_the_ask_waiting_up_to_as_many_again(engine: Engine) -> None:
    limit = engine.rules.conversation.answers.max_turns
    stalls = [("customer", "hold on"), ("agent", "No rush.")] * limit
    ask = ("agent", "Please reply with the one-time passcode.")
    within = talk(engine, [ask, *stalls[:limit], ("customer", "sorry for the wait. 418330")])
    assert types_of(within[-1]) == [OTP]
    # (a stall restarts the count at most `limit` times)
    verdicts = talk(engine, [ask, *stalls, *stalls, ("customer", "418330")])
    assert verdicts[-1].findings == ()


def test_the_ask_expires_after_max_seconds_when_messages_carry_times(engine: Engine) -> None:
    limit = engine.rules.conversation.answers.max_seconds
    late = talk(engine, [("agent", "What's the CVV?", 1000.0), ("customer", "482", 1001.0 + limit)])
    assert late[-1].findings == ()
    soon = talk(engine, [("agent", "What's the CVV?", 1000.0), ("customer", "482", 999.0 + limit)])
    assert types_of(soon[-1]) == [CSC]


def test_an_answer_consumes_the_ask(engine: Engine) -> None:
    """After the answer, a worded reply without a correction is something else; a number
    typed alone is the value retyped or corrected ("482" ... "123")."""
    verdicts = talk(
        engine,
        [
            ("agent", "What's the CVV?"),
            ("customer", "482"),
            ("customer", "ok 2 more questions, 123"),
        ],
    )
    assert types_of(verdicts[1]) == [CSC]
    assert verdicts[2].findings == ()
    verdicts = talk(
        engine, [("agent", "What's the CVV?"), ("customer", "482"), ("customer", "123")]
    )
    assert types_of(verdicts[2]) == [CSC]


def test_an_agent_pushing_for_another_value_still_awaits_the_first(engine: Engine) -> None:
    turns = [
        ("agent", "I need your ATM PIN to unblock it."),
        ("customer", "one sec"),
        ("agent", "Without the SSN the account gets closed today."),
        ("customer", "it's 0554, same as always"),
    ]
    assert types_of(talk(engine, turns)[-1]) == [EntityType.PIN]
    # ... until a value answers the new ask: a correction of it is of its type
    turns = [
        ("agent", "Share the 6-digit code we just sent you."),
        ("customer", "no voy a mandar eso"),
        ("agent", "Porfa mandame el CVC así avanzamos."),
        ("customer", "el código de seguridad es 5860"),
        ("customer", "no espera, 1019"),
    ]
    assert types_of(talk(engine, turns)[-1]) == [CSC]


def test_a_new_ask_replaces_the_old_one(engine: Engine) -> None:
    verdicts = talk(
        engine,
        [
            ("agent", "What's the CVV?"),
            ("agent", "Actually, I need your SSN."),
            ("customer", "482"),
        ],
    )
    assert verdicts[-1].findings == ()


@pytest.mark.parametrize(
    "reply",
    [
        "my zip is 94107",
        "it was $482",
        "on 12/24",
        "I have 3 cards",
        "order #482",
        "the one ending in 4821",
        "482 dollars",
        "call me at 415-555-0132",
        "45.20",
    ],
)
def test_numbers_that_mean_something_else_are_no_answer(engine: Engine, reply: str) -> None:
    verdicts = talk(
        engine, [("agent", "What's the CVV or the code we texted?"), ("customer", reply)]
    )
    assert verdicts[-1].findings == (), reply


@pytest.mark.parametrize(
    "ask",
    [
        "What are the last four digits of your card?",
        # a warning about a code beside an allowed ask: the reply answers the allowed ask
        "We will never ask for your CVV. Can you confirm the last 4 of the card?",
        "Nunca le pediremos el NIP. ¿Me confirma los últimos 4 de la tarjeta?",
        "Don't share the code. What's the ZIP code on file?",
    ],
)
def test_allowed_asks_open_no_ask(engine: Engine, ask: str) -> None:
    verdicts = talk(engine, [("agent", ask), ("customer", "4821")])
    assert verdicts[-1].findings == (), ask


@pytest.mark.parametrize(
    ("notice", "reply", "value"),
    [
        ("I just sent a code to your phone. Don't share it with anyone.", "821798", "821798"),
        ("I've texted you a passcode, please enter it on the website.", "it says 358087", "358087"),
        ("Le acabo de mandar un código al celular, no lo comparta.", "listo, es 646031", "646031"),
        ("Le enviamos un código por SMS; ingréselo en la app.", "ya me llegó, 2529", "2529"),
    ],
)
def test_a_code_typed_back_after_a_notice_is_a_passcode(
    engine: Engine, notice: str, reply: str, value: str
) -> None:
    """The agent asked for nothing, but the customer shares the code all the same."""
    verdicts = talk(engine, [("agent", notice), ("customer", reply)])
    assert verdicts[0].violations == ()
    assert types_of(verdicts[-1]) == [EntityType.ONE_TIME_PASSCODE]
    assert verdicts[-1].text == reply.replace(value, "*" * len(value))


@pytest.mark.parametrize(
    ("ask", "reply"),
    [
        ("Reply with your billing ZIP code so I can look you up.", "604522"),
        ("Contesta con tu código postal, por favor.", "110221"),
        ("What's the postal code on the account?", "7500000"),
    ],
)
def test_a_postal_code_asked_for_is_no_passcode_at_any_length(
    engine: Engine, ask: str, reply: str
) -> None:
    """An ask to "reply with your ZIP code" sends no code: the number that answers it is the postal
    code, whatever its country's length."""
    verdicts = talk(engine, [("agent", ask), ("customer", reply)])
    assert verdicts[-1].findings == ()


@pytest.mark.parametrize(
    "turns",
    [
        # a notice accepts only a passcode's own length
        [
            ("agent", "We've sent a passcode to your phone; enter it on the website"),
            ("customer", "ok 482"),
        ],
        # a later ask for something else ends the wait
        [
            ("agent", "I just sent a code to your phone ending in 4669."),
            ("agent", "Can you also confirm the last four of your SSN?"),
            ("customer", "sure, 6598"),
        ],
        [
            ("agent", "I just sent a code to your phone ending in 4394."),
            ("customer", "mine ends in 8910"),
        ],
    ],
)
def test_numbers_after_a_notice_that_are_no_passcode(
    engine: Engine, turns: list[tuple[str, str]]
) -> None:
    assert talk(engine, turns)[-1].findings == ()


@pytest.mark.parametrize(
    "reply",
    ["I don't have it on me", "¿para que necesita eso?", "déjeme ver👍", "eso?🤦‍♀️ no"],
)
def test_words_with_an_apostrophe_or_emoji_are_no_bare_password(engine: Engine, reply: str) -> None:
    verdicts = talk(engine, [("agent", "What's your account password?"), ("customer", reply)])
    assert verdicts[-1].findings == (), reply


@pytest.mark.parametrize(
    ("reply", "password"),
    [
        ("spk_1: it locked me out this morning", None),
        ("[03:12] Caller: ya no me acuerdo", None),
        ("[cliente] Marisol Peña", None),
        ("spk_1: Gr4nada!77", "Gr4nada!77"),
    ],
)
def test_a_transcripts_speaker_tag_is_no_bare_password(
    engine: Engine, reply: str, password: str | None
) -> None:
    verdicts = talk(
        engine, [("agent", "spk_2: what's the password you use online?"), ("customer", reply)]
    )
    found = [reply[f.start : f.end] for f in verdicts[-1].findings]
    assert found == ([password] if password else []), reply


def test_a_card_given_whole_after_an_ask_for_it_and_its_code_leaves_the_code_awaited(
    engine: Engine,
) -> None:
    ask = "Necesito el número de la tarjeta, la fecha de vencimiento y el código de atrás."
    turns = [("agent", ask), ("customer", "ES LA TARJETA DE MI HERMANA 4577341501924388")]
    verdicts = talk(engine, [*turns, ("customer", "885")])
    assert types_of(verdicts[-1]) == [EntityType.CARD_SECURITY_CODE]


@pytest.mark.parametrize(
    "turns",
    [
        [("customer", "es la card de my wife: 4553 0725 5140 4710"), ("customer", "532")],
        [("customer", "mi tarjeta es 6531 1465 34664632"), ("customer", "552 ✅")],
    ],
)
def test_three_digits_after_a_card_given_whole_are_its_code(
    engine: Engine, turns: list[tuple[str, str]]
) -> None:
    assert types_of(talk(engine, turns)[-1]) == [EntityType.CARD_SECURITY_CODE]


@pytest.mark.parametrize(
    "turns",
    [
        [
            ("agent", "What are the last 4 of the card on file?"),
            ("customer", "the whole thing is 3641 066562 4390"),
            ("agent", "Please don't type full card numbers here. The last four is all I need."),
            ("customer", "oops lol 4390"),
        ],
        [
            ("customer", "Food truck here, MID 227481312905."),
            ("agent", "Which card was it? Just the last four, please."),
            ("customer", "2198 i think"),
        ],
    ],
)
def test_the_last_four_asked_for_goes_on_with_no_number_typed_before_the_ask(
    engine: Engine, turns: list[tuple[str, str]]
) -> None:
    assert talk(engine, turns)[-1].findings == ()


@pytest.mark.parametrize(
    ("ask", "reply"),
    [
        (
            "You'll get a verification code by text. Type it on the login screen, not here.",
            "hola, my deposit del batch 6943 no ha llegado, MID 1175199513952251",
        ),
        ("What's the TID on the sticker on the back of the terminal?", "sticker says TID 50983701"),
    ],
)
def test_a_merchants_numbers_answer_no_ask(engine: Engine, ask: str, reply: str) -> None:
    assert talk(engine, [("agent", ask), ("customer", reply)])[-1].findings == ()


def test_an_ask_for_the_expiry_ends_the_wait_for_the_code(engine: Engine) -> None:
    turns = [
        ("agent", "Please confirm your billing ZIP and the CVV."),
        ("customer", "Nah thats a scam right?"),
        ("agent", "Please confirm the expiration date on the card, month and year only."),
        ("customer", "0430"),
    ]
    assert talk(engine, turns)[-1].findings == ()


@pytest.mark.parametrize(
    ("ask", "reply"),
    [
        ("¿me lo puede compartir por aquí?", "el cheque numero 9806 de 661 dlls no me lo aceptan"),
        ("What's your password?", "Ella recibe L.8000 cada mes, hoy no le llego"),
        ("What's your password?", "le mandé Q500 a mi mamá"),
    ],
)
def test_a_check_number_and_amounts_in_other_currencies_answer_no_ask(
    engine: Engine, ask: str, reply: str
) -> None:
    turns = [("agent", "Le acabamos de enviar un código por mensaje de texto. " + ask)]
    assert talk(engine, [*turns, ("customer", reply)])[-1].findings == ()


@pytest.mark.parametrize(
    "reply",
    [
        "I paid $546 on Sept 1th at 10pm and it still says past due",
        "pagué a las 9:30am, 21st of May",
        "el rastreo dice 1Z757X42654668012 pero no ha llegado nada",
        "the tracking says 1Z999AA10123456784",
    ],
)
def test_times_ordinals_and_named_tracking_numbers_are_no_bare_password(
    engine: Engine, reply: str
) -> None:
    verdicts = talk(engine, [("agent", "Send your login password now."), ("customer", reply)])
    assert verdicts[-1].findings == (), reply


def test_a_bare_password_keeps_its_symbols_but_not_the_emoji_after_it(engine: Engine) -> None:
    verdicts = talk(engine, [("agent", "What's your password?"), ("customer", "Football2599@ 😅")])
    assert verdicts[-1].text == "******** 😅"


@pytest.mark.parametrize(
    ("turns", "kind", "value"),
    [
        # a correction of a value just given
        (
            [("customer", "el cvv es 354"), ("customer", "perdón me equivoqué, es 102")],
            "CARD_SECURITY_CODE",
            "102",
        ),
        (
            [
                ("customer", "my pin is 8604"),
                ("customer", "is that enough?"),
                ("customer", "no wait, 5820. I always mix them up"),
            ],
            "PIN",
            "5820",
        ),
        (
            [("customer", "code 811962"), ("customer", "oops typo, 407 871")],
            "ONE_TIME_PASSCODE",
            "407 871",
        ),
        (
            [
                ("customer", "trying to sign in and it wants a code"),
                ("customer", "it's 8433363 and it expires in 20 min"),
                ("customer", "sry its 247095 not the other one"),
            ],
            "ONE_TIME_PASSCODE",
            "247095",
        ),
        # another offered after a value given
        (
            [
                ("customer", "necesito cambiar my pin"),
                ("customer", "intente con 7617 tres veces y se bloqueo"),
                ("customer", "or maybe 5301? idk"),
            ],
            "PIN",
            "5301",
        ),
        (
            [
                ("customer", "El pin que puse es 5039 but it says invalid"),
                ("customer", "O era 5739"),
            ],
            "PIN",
            "5739",
        ),
        (
            [("customer", "my pin is 8607"), ("customer", "nvm that one's old, it's 6807")],
            "PIN",
            "6807",
        ),
        ([("customer", "my pin is 3944"), ("customer", "oops 3494*")], "PIN", "3494"),
        # an SSN corrected in groups apart by commas
        (
            [("customer", "ES 192-44-9529"), ("customer", "UY, ES 223, 94, 1369")],
            "US_SSN",
            "223, 94, 1369",
        ),
        (
            [("customer", "mi contraseña es G4t1t42"), ("customer", "perdón, la nueva es Pum4s8")],
            "PASSWORD",
            "Pum4s8",
        ),
        # a value announced, then given alone
        ([("customer", "the pin is"), ("customer", "1168")], "PIN", "1168"),
        ([("customer", "mi contraseña es"), ("customer", "K1tty9")], "PASSWORD", "K1tty9"),
        (
            [("customer", "and the code on the back"), ("customer", "612")],
            "CARD_SECURITY_CODE",
            "612",
        ),
        ([("customer", "el NIP es:"), ("customer", "1408")], "PIN", "1408"),
        # ... closed by a hand pointing down or an emoji, or pointed at ("esta", "this one")
        ([("customer", "the pin i used 👇"), ("customer", "1043")], "PIN", "1043"),
        (
            [("customer", "mi contraseña es esta:"), ("customer", "Concur77# 😓")],
            "PASSWORD",
            "Concur77#",
        ),
        (
            [("customer", "my password is this one: 🙂"), ("customer", "Summ1t77")],
            "PASSWORD",
            "Summ1t77",
        ),
        # ... whatever the agent asked to verify before
        (
            [
                ("agent", "Can you tell me the last 4 digits of the card?"),
                ("customer", "PIN I entered at the machine:"),
                ("customer", "8415"),
            ],
            "PIN",
            "8415",
        ),
        ([("customer", "y los 3 de atrás"), ("customer", "047")], "CARD_SECURITY_CODE", "047"),
        # announced in a longer sentence, or with a "hold on" after
        (
            [
                ("customer", "hold on, flipping the card for the code on the back"),
                ("customer", "190"),
            ],
            "CARD_SECURITY_CODE",
            "190",
        ),
        (
            [("customer", "la clave del cajero que puse es:"), ("customer", "va: 4858.")],
            "PIN",
            "4858",
        ),
        (
            [("customer", "mi NIP es, a ver, déjeme acordarme"), ("customer", "va: 4761")],
            "PIN",
            "4761",
        ),
        # a correction in chat's way: a star before the right value
        ([("customer", "the code is 931463"), ("customer", "*2043")], "ONE_TIME_PASSCODE", "2043"),
        # emoji inside the correction's words
        (
            [("customer", "el cvv es 354"), ("customer", "otra 😅 vez: 391")],
            "CARD_SECURITY_CODE",
            "391",
        ),
        # a notice in Spanish with the pronoun joined to the verb
        (
            [("agent", "Acabo de mandarte un código por SMS."), ("customer", "listo, es 338123")],
            "ONE_TIME_PASSCODE",
            "338123",
        ),
        # a preposition names a number only right before it
        (
            [("agent", "¿Me puede decir su NIP?"), ("customer", "el de siempre, 3528")],
            "PIN",
            "3528",
        ),
        (
            [
                ("agent", "You should receive a text with a code."),
                ("customer", "hold on... 1609546"),
            ],
            "ONE_TIME_PASSCODE",
            "1609546",
        ),
        # a longer reply that hands the value over
        (
            [
                ("agent", "Just send the security code from the back."),
                ("customer", "honestly I just want this fixed. So um, here you go: 593, thanks"),
            ],
            "CARD_SECURITY_CODE",
            "593",
        ),
        (
            [
                ("agent", "Necesito el NIP para desbloquearla."),
                ("customer", "ay no sé si esto es buena idea pero bueno, ahí le va: 4821"),
            ],
            "PIN",
            "4821",
        ),
        # a reply written as a mail: its body answers
        (
            [
                ("agent", "What's the code we texted you?"),
                ("customer", "Hi Carla,\n\n702523\n\n-- \nAshley Kowalski\n6134 Maple St"),
            ],
            "ONE_TIME_PASSCODE",
            "702523",
        ),
        (
            [
                ("agent", "I've sent a verification code to the number ending in 3961."),
                (
                    "customer",
                    "To whom it may concern,\n\nthe app won't take it, it's 22488326"
                    "\n\nBest,\nCarmen\n\nSent from Yahoo Mail for Android",
                ),
            ],
            "ONE_TIME_PASSCODE",
            "22488326",
        ),
        # a laugh after the value
        ([("agent", "What's your ATM PIN?"), ("customer", "ok so 0 3 5 9 xd")], "PIN", "0 3 5 9"),
        # what the customer set it to, after talk of the ATM
        (
            [
                ("customer", "my debit card won't work at the ATM"),
                ("agent", "Sorry to hear that! Let me check the account."),
                ("customer", "i set it to 7731 when the card came"),
            ],
            "PIN",
            "7731",
        ),
        (
            [
                ("customer", "el cajero dice NIP incorrecto"),
                ("customer", "lo cambié a 5901 ayer en la sucursal"),
            ],
            "PIN",
            "5901",
        ),
        # talk of it, then a question of another thing
        (
            [
                ("customer", "El cajero dice que excedí los intentos del PIN, ¿qué hago?"),
                ("customer", "lo cambié a 2122 ayer en la sucursal"),
            ],
            "PIN",
            "2122",
        ),
        # a new value came after the one given, and the agent spoke between them
        (
            [
                ("agent", "I texted a code to the number on file."),
                ("customer", "it says 551290"),
                ("agent", "Please keep codes to yourself; they're only for the app."),
                ("customer", "got another one. 88120437"),
            ],
            "ONE_TIME_PASSCODE",
            "88120437",
        ),
        (
            [
                ("agent", "Te mandamos un código por SMS."),
                ("customer", "dice 661045"),
                ("agent", "Ese código es solo para la app, no lo compartas."),
                ("customer", "me llegó otro: 209918"),
            ],
            "ONE_TIME_PASSCODE",
            "209918",
        ),
    ],
)
def test_a_value_corrected_or_announced_by_the_customer(
    engine: Engine, turns: list[tuple[str, str]], kind: str, value: str
) -> None:
    verdict = talk(engine, turns)[-1]
    assert types_of(verdict) == [EntityType(kind)]
    assert value not in (verdict.text or "")


@pytest.mark.parametrize(
    "turns",
    [
        # no correction said: the next number is something else
        [("customer", "my pin is 8604"), ("customer", "ok 2 more questions, 1 is about fees")],
        [("customer", "my cvv is 354"), ("customer", "sorry, order 55123 is late")],
        # a cue with no value announces nothing when it is a question or a complaint
        [("customer", "what's a cvv?"), ("customer", "123")],
        [("customer", "I forgot my PIN"), ("customer", "1234")],
        # an earlier ask for a password is over once the agent asks for something else
        [
            ("agent", "Necesito tu contraseña actual para hacer el cambio."),
            ("customer", "¿y para qué necesita eso?"),
            ("agent", "¿Cuál es la terminación de la tarjeta?"),
            ("customer", "termina en 4866"),
        ],
        [("agent", "Necesito tu contraseña actual."), ("customer", "ok gracias!!")],
        [("agent", "What's the ZIP code on file?"), ("customer", "the code 86217 is my zip")],
    ],
)
def test_numbers_no_rule_of_the_customer_takes(
    engine: Engine, turns: list[tuple[str, str]]
) -> None:
    assert talk(engine, turns)[-1].findings == ()


@pytest.mark.parametrize(
    ("turns", "value"),
    [
        # the value in brackets, after a quote of the ask, or before "just came in"
        (
            [
                ("agent", "Please type the 6-digit code sent to your phone."),
                ("customer", "(270533)"),
            ],
            "270533",
        ),
        (
            [
                ("agent", "I've just sent a 6-digit code to your phone, can you read it to me?"),
                (
                    "customer",
                    "re: I've just sent a 6-digit code to your phone, can you read it? 332238",
                ),
            ],
            "332238",
        ),
        (
            [
                ("agent", "Send the code over!"),
                ("customer", 'you said "Send the code over!" -> 149675'),
            ],
            "149675",
        ),
        ([("agent", "What's the code we texted?"), ("customer", "396679 just came in")], "396679"),
        (
            [
                ("agent", "En un momento le llega un SMS con un código de 6 dígitos."),
                ("customer", "me salió 115583"),
            ],
            "115583",
        ),
    ],
)
def test_answers_in_brackets_after_a_quote_or_before_a_remark(
    engine: Engine, turns: list[tuple[str, str]], value: str
) -> None:
    verdict = talk(engine, turns)[-1]
    assert types_of(verdict) == [EntityType.ONE_TIME_PASSCODE]
    assert value not in (verdict.text or "")


def test_a_phone_number_in_brackets_is_no_answer(engine: Engine) -> None:
    verdicts = talk(
        engine, [("agent", "What's your PIN?"), ("customer", "call me at (555) 123-4567")]
    )
    assert verdicts[-1].findings == ()


@pytest.mark.parametrize(
    ("turns", "kinds", "kept"),
    [
        # a bot that sends the code in the chat: the customer types it back
        (
            [("agent", "[Bot] Tu código de verificación es 671765."), ("customer", "671765")],
            ["ONE_TIME_PASSCODE"],
            "",
        ),
        # said again, every time masked
        (
            [("agent", "Please confirm the PIN you use at the ATM."), ("customer", "it's 728034"),
             ("customer", "hellooo"), ("customer", "728034... 728034... 728034")],
            ["PIN", "PIN", "PIN"],
            "",
        ),
        (
            [("customer", "el cvv es 111"), ("customer", "???"), ("customer", "otra vez: 111")],
            ["CARD_SECURITY_CODE"],
            "",
        ),
        # a PIN changed, named so, after an ask for a passcode
        (
            [
                ("agent", "Tell me the code we just texted you."),
                ("customer", "please change my pin, old is 434184, i want 2393"),
            ],
            ["PIN", "PIN"],
            "",
        ),
        # the value typed again after the chat sign of a correction, in the same reply
        (
            [("agent", "Hello? Necesito tu PIN del ATM ya, please."), ("customer", "6167\n*6176")],
            ["PIN", "PIN"],
            "",
        ),
        # a password and a code in one reply, each found
        (
            [("agent", "Tu número de seguro social completo y el código que te enviamos."),
             ("customer", "774150409 - 982624")],
            ["US_SSN", "ONE_TIME_PASSCODE"],
            "0409",
        ),
        (
            [("agent", "Can you give me your username, password and the authenticator code?"),
             ("customer", "lucygomez_, 5Firul@is!, 395244")],
            ["PASSWORD", "ONE_TIME_PASSCODE"],
            "lucygomez_",
        ),
        # the password bare, the code named after it
        (
            [("agent", "I'll need your login password and the verification code to unlock it."),
             ("customer", "sunshine17 y el código es 568733")],
            ["PASSWORD", "ONE_TIME_PASSCODE"],
            "",
        ),
    ],
)  # fmt: skip
def test_values_typed_back_said_again_or_side_by_side(
    engine: Engine, turns: list[tuple[str, str]], kinds: list[str], kept: str
) -> None:
    verdict = talk(engine, turns)[-1]
    assert sorted(f.type.value for f in verdict.findings) == sorted(kinds)
    assert not any(ch.isdigit() for ch in (verdict.text or "").replace(kept, ""))


@pytest.mark.parametrize(
    ("ask", "reply", "masked"),
    [
        ("Your ZIP, the last 4 and your PIN.", "77033 - 5226 - 4988", "77033 - 5226 - ****"),
        ("Tu código postal, los últimos 4 y tu NIP.", "33191, 0522, 6837", "33191, 0522, ****"),
        ("Last four digits and the security code, please.", "8757 and 7665", "8757 and ****"),
        # items answered in words (an email, a name) among numbered ones
        ("I need:\n1) Your card PIN\n2) Your whole social\n3) Your date of birth\n4) The email on file\n5) Your full name", "420950\n259195366\n4-oct-1986\nmateo.medina@gmail.com\nMateo Medina", "******\n*****5366\n4-oct-1986\nmateo.medina@gmail.com\nMateo Medina"),  # noqa: E501
        # a code the recognizers read as a passcode by its weak cue is the one asked for
        ("Me confirma los últimos 4 dígitos y el CVV, por favor.", "terminación 7150, código 1086", "terminación 7150, código ****"),  # noqa: E501
        # a date written in words is one item
        ("Respóndeme con tu fecha de nacimiento y el CVV.", "1 de abril de 1955, 438", "1 de abril de 1955, ***"),  # noqa: E501
        ("Reply with your date of birth and CVV.", "April 1, 1983, 507", "April 1, 1983, ***"),
        # a password among the listed items
        ("Last four of your social is fine, and then your password.", "0067 y Mango!2018", "0067 y ********"),  # noqa: E501
        # answered as a numbered list: the list's own numbers are no items
        ("I'll need:\n• The 4-digit code on the front of your Amex\n• The last 4 digits of the card\n• The PIN", "1) 7816\n2) 3819\n3) 6864", "1) ****\n2) 3819\n3) ****"),  # noqa: E501
        # a value taken back is no second item
        ("Can you give me your billing ZIP code along with the PIN for the card?", "5157... no wait, uh, 1306", "****... no wait, uh, ****"),  # noqa: E501
        # answered field by field, whatever each field holds (a date in digits, an email, a name)
        ("Please send me:\n- The OTP\n- Your date of birth\n- The last 4 digits of the card\n- The three numbers on the back of the card\n- The email on file", "649838, 04/05/1982, 9196, 903, martinez.diego98@yahoo.com", "******, 04/05/1982, 9196, ***, martinez.diego98@yahoo.com"),  # noqa: E501
        ("Por favor envíeme: 1) su código postal 2) la clave de 4 dígitos del cajero 3) la fecha de vencimiento 4) su fecha de nacimiento", "1) 37499\n2) 205738\n3) 12/31\n4) 13 de junio de 1994", "1) 37499\n2) ******\n3) 12/31\n4) 13 de junio de 1994"),  # noqa: E501
        ("Para verificar, I'll need:\n- El code que te llegó por text\n- Tu full name\n- El security code", "1) 793469\n2) Brenda Reyes Herrera\n3) 883", "1) ******\n2) Brenda Reyes Herrera\n3) ***"),  # noqa: E501
        ("Por favor envíeme:\n1) Los últimos 4 dígitos de la tarjeta\n2) El correo registrado\n3) El código de seguridad", "1183\nacastillo@yahoo.com.mx\n904", "1183\nacastillo@yahoo.com.mx\n***"),  # noqa: E501
        # an ask for two values alone lists them too
        ("To cancel the charge, read me the code we sent and your PIN.", "949640, 6184", "******, ****"),  # noqa: E501
    ],
)  # fmt: skip
def test_a_listed_ask_is_answered_in_its_order(
    engine: Engine, ask: str, reply: str, masked: str
) -> None:
    """The ZIP and the last four an agent may ask for stay; the secret among them goes."""
    assert talk(engine, [("agent", ask), ("customer", reply)])[-1].text == masked


@pytest.mark.parametrize(
    ("ask", "reply"),
    [
        ("To cancel the charge, read me the code we sent and your PIN.", "949640, 6184"),
        ("Para cancelar el cargo necesito el código que le llegó y su NIP.", "9047, 9946"),
    ],
)
def test_two_values_asked_together_are_answered_in_their_order(
    engine: Engine, ask: str, reply: str
) -> None:
    answer = talk(engine, [("agent", ask), ("customer", reply)])[-1]
    assert types_of(answer) == [EntityType.ONE_TIME_PASSCODE, EntityType.PIN]


def test_words_of_a_mail_that_name_no_list_item_make_no_listed_ask(engine: Engine) -> None:
    """ "This e-mail may contain..." asks for no email: the reply's three numbers (a
    street number in its signature among them) are no listed answer."""
    ask = (
        "What's the verification code you just got?\n\nSincerely,\nTanya\n\n"
        "This e-mail may contain confidential information. We will never ask for your PIN "
        "or password by e-mail."
    )
    reply = (
        "Hi,\n\nno way, the app literally says never share the code\n\n-- \nKevin\n"
        "2613 Oak Ridge Dr #987, San Juan, VA 23574"
    )
    assert talk(engine, [("agent", ask), ("customer", reply)])[-1].findings == ()


def test_a_code_after_a_card_is_the_code_that_was_asked_for(engine: Engine) -> None:
    """Asked for the card and the PIN, the code typed after the card is the PIN."""
    turns = [
        ("agent", "I need the card number and the PIN to unlock it."),
        ("customer", "4278.8979.0137.8014 - 7127"),
    ]
    verdict = talk(engine, turns)[-1]
    assert sorted(f.type.value for f in verdict.findings) == ["CREDIT_CARD", "PIN"]


def test_words_in_capitals_and_amounts_are_no_bare_password(engine: Engine) -> None:
    turns = [
        ("agent", "Could you confirm your online banking password?"),
        ("customer", "| 05/19/2024 | INTEREST CHARGE | $20.26 |"),
    ]
    assert talk(engine, turns)[-1].findings == ()


def test_a_code_after_an_agent_triggered_one(engine: Engine) -> None:
    notice = "I triggered a new code to your email on file, it can take a couple of minutes."
    verdicts = talk(engine, [("agent", notice), ("customer", "got it: 929375")])
    assert types_of(verdicts[-1]) == [EntityType.ONE_TIME_PASSCODE]


# ── split card numbers ─────────────────────────────────────────────────────────────────


def test_a_card_in_four_messages_is_found_on_the_last_naming_the_others(engine: Engine) -> None:
    verdicts = talk(
        engine,
        [("customer", "4111"), ("customer", "1111"), ("customer", "1111"), ("customer", "1111")],
    )
    assert [v.findings for v in verdicts[:3]] == [(), (), ()]
    [finding] = verdicts[3].findings
    assert (finding.type, finding.start, finding.end) == (CARD, 0, 4)
    assert finding.parts == ("m0", "m1", "m2")
    assert finding.recognizer == "SplitCardRule"
    assert verdicts[3].action is Action.MASK
    assert verdicts[3].text == "1111"  # the last four may show
    assert verdicts[3].to_dict()["findings"][0]["parts"] == ["m0", "m1", "m2"]


def test_two_groups_then_the_rest_with_an_agent_between(engine: Engine) -> None:
    verdicts = talk(
        engine,
        [("customer", "my card is 4111 1111"), ("agent", "Go on."), ("customer", "1111 1111")],
    )
    [finding] = verdicts[-1].findings
    assert finding.parts == ("m0",)
    assert verdicts[-1].text == "**** 1111"


@pytest.mark.parametrize(
    "texts",
    [
        ["los primeros 4 son 4111", "luego 1111 1111", "y al final 1111"],
        ["first four: 4111", "next four: 1111", "then 1111", "last four 1111"],
        ["4111-1111", "1111-1111"],
        ["ok here goes 4111", "1111", "oops sorry 1111", "1111 done"],
        # groups of one part alone in a message, apart by a comma
        ["3782, 822463", "10005"],
        # a call's transcript: the speaker tag names no customer number
        ["Customer: four one one one", "Customer: 1111 uh", "Customer: one one one one 1111"],
        [
            "[02:11] cliente: cuatro uno uno uno",
            "[02:15] cliente: uno uno uno uno, once once, once once",
        ],
    ],
)
def test_parts_typed_with_words_around_them(engine: Engine, texts: list[str]) -> None:
    verdicts = talk(engine, [("customer", t) for t in texts])
    [finding] = verdicts[-1].findings
    assert finding.parts == tuple(f"m{i}" for i in range(len(texts) - 1))


def test_a_number_typed_again_is_no_second_part(engine: Engine) -> None:
    # (5744231157442311 is Luhn-valid with a Maestro prefix: two copies made a "card")
    verdicts = talk(
        engine,
        [
            ("customer", "is the charge from SHELL OIL 57442311 the one on my statement?"),
            ("customer", "from my statement:\nSept 18  SHELL OIL 57442311  Reno NV  338.83 USD"),
        ],
    )
    assert verdicts[-1].findings == ()
    # a short group may repeat in a card: "4444" then "4444 ..."
    verdicts = talk(engine, [("customer", "4444"), ("customer", "4444 4444 4448")])
    [finding] = verdicts[-1].findings
    assert finding.parts == ("m0",)


def test_an_identity_reply_is_no_part_and_a_cards_end_may_be_named(engine: Engine) -> None:
    # (the ZIP beside a date of birth is no part of the card read out next)
    verdicts = talk(
        engine,
        [
            ("agent", "May I ask your relationship to the cardholder?"),
            ("customer", "Harold Hernández\n10-16-1938\n57899"),
            ("customer", "ok hes reading it slow first part 4799 6892"),
            ("customer", "0326 2149 thats all of it"),
        ],
    )
    assert [(f.type, f.parts) for f in verdicts[-1].findings] == [(EntityType.CREDIT_CARD, ("m2",))]
    verdicts = talk(
        engine,
        [("customer", "él dice 5291 0075"), ("customer", "y termina en 4238 1720")],
    )
    assert [(f.type, f.parts) for f in verdicts[-1].findings] == [(EntityType.CREDIT_CARD, ("m0",))]


def test_a_card_typed_in_parts_after_the_last_four_told(engine: Engine) -> None:
    verdicts = talk(
        engine,
        [
            ("agent", "¿Me indica los últimos cuatro dígitos de la tarjeta?"),
            ("customer", "6817"),
            ("customer", "es la 6207"),
            ("customer", "luego 7928"),
            ("customer", "6133-8546-817 y el cvv 530"),
        ],
    )
    assert [(f.type, f.parts) for f in verdicts[-1].findings] == [
        (EntityType.CREDIT_CARD, ("m2", "m3")),
        (EntityType.CARD_SECURITY_CODE, ()),
    ]


def test_a_value_its_own_cue_names_is_no_part_of_a_card(engine: Engine) -> None:
    # (6465550123 then 034133 make a Luhn-valid 16 digits with a Discover prefix)
    verdicts = talk(
        engine,
        [
            ("customer", "6465550123"),
            ("agent", "Esa llamada no fue nuestra."),
            ("customer", "it sent me 034133"),
        ],
    )
    assert [f.type for f in verdicts[-1].findings] == [EntityType.ONE_TIME_PASSCODE]


def test_a_street_number_is_no_part_of_a_card(engine: Engine) -> None:
    # (5869 then the SSN asked for make a Luhn-valid 13 digits with a Maestro-like start)
    verdicts = talk(
        engine,
        [
            ("agent", "What's the address on file?"),
            ("customer", "its 5869 Lakeview Blvd, Boston MA 30303"),
            ("agent", "Please provide your full Social Security number."),
            ("customer", "ok... 713-09-5373"),
        ],
    )
    assert [f.type for f in verdicts[-1].findings] == [EntityType.US_SSN]


def test_a_card_named_after_an_agent_told_its_last_four_is_typed_in_parts(
    engine: Engine,
) -> None:
    verdicts = talk(
        engine,
        [
            ("agent", "I see you're having trouble with your card ending in 0288."),
            ("customer", "card starts 62456"),
            ("customer", "...2144-5606"),
            ("customer", "100288"),
        ],
    )
    assert [f.parts for f in verdicts[-1].findings] == [("m1", "m2")]


def test_the_zip_an_agent_asked_for_is_no_part_of_a_card(engine: Engine) -> None:
    verdicts = talk(
        engine,
        [
            ("agent", "¿Cuál es el código postal registrado?"),
            ("customer", "es el 37185"),
            ("customer", "5392"),
            ("customer", "3179.4012.0465 vence 12/2027 código 718"),
        ],
    )
    assert [f.parts for f in verdicts[-1].findings if f.type is EntityType.CREDIT_CARD] == [("m2",)]


@pytest.mark.parametrize("last", ["1111 exp 12/26", "1111 vence 12-26 😭", "1111 y vencce 12-26"])
def test_the_last_part_may_carry_the_expiry_date(engine: Engine, last: str) -> None:
    verdicts = talk(engine, [("customer", "4111 1111 1111"), ("customer", last)])
    [finding] = verdicts[-1].findings
    assert (finding.parts, verdicts[-1].text) == (("m0",), last)


@pytest.mark.parametrize("last", ["1111-1111 código 623", "11111111 CÓDIGO 623"])
def test_the_last_part_beside_its_code_both_read_as_codes_by_a_weak_cue(
    engine: Engine, last: str
) -> None:
    verdicts = talk(engine, [("customer", "la tarjeta es 4111 1111"), ("customer", last)])
    found = {f.type: f.parts for f in verdicts[-1].findings}
    assert found == {EntityType.CREDIT_CARD: ("m0",), EntityType.CARD_SECURITY_CODE: ()}


def test_parts_after_an_ask_for_the_card_and_its_pin_are_no_pin(engine: Engine) -> None:
    turns = [
        ("agent", "Responda con su número de tarjeta y clave para desbloquearla."),
        ("customer", "primero 4111"),
        ("customer", "luego 1111"),
        ("customer", "sigue 1111"),
        ("customer", "1111"),
    ]
    verdicts = talk(engine, turns)
    assert [f.type for v in verdicts[1:4] for f in v.findings] == []
    assert [f.parts for f in verdicts[-1].findings] == [("m1", "m2", "m3")]


@pytest.mark.parametrize(
    "parts",
    [
        ["first part 411", "next: 111", "rest is 1111111111"],
        ["la primera parte 4111 1111", "segunda parte 1111", "parte 3: 1111"],
        ["first half 41111111", "second half 11111111"],
    ],
)
def test_parts_named_as_parts_after_an_ask_for_the_card_and_its_code_are_no_code(
    engine: Engine, parts: list[str]
) -> None:
    ask = "I just need the card number and the code on the back, then it should post."
    verdicts = talk(engine, [("agent", ask), *(("customer", p) for p in parts)])
    assert [f.type for v in verdicts[1:-1] for f in v.findings] == []
    [finding] = verdicts[-1].findings
    assert finding.parts == tuple(f"m{i}" for i in range(1, len(parts)))


def test_an_ask_for_the_card_ends_a_verification_by_its_last_four(engine: Engine) -> None:
    turns = [
        ("agent", "I see you reported activity on the card ending in 0343."),
        ("agent", "Please provide the full card number so I can run the payment for you."),
        ("customer", "41111"),
        ("customer", "1111"),
        ("customer", "11"),
        ("customer", "11111"),
    ]
    verdicts = talk(engine, turns)
    assert [f.parts for f in verdicts[-1].findings] == [("m2", "m3", "m4")]


@pytest.mark.parametrize(
    "parts",
    [
        ["41111", "111 and", "1111 1111 and pls"],  # the first read as the PIN too
        ["4111111", "111111111"],  # no PIN's length
    ],
)
def test_bare_parts_after_an_ask_for_the_card_and_its_pin_complete_the_card(
    engine: Engine, parts: list[str]
) -> None:
    ask = "ALERT: Your account is suspended. Reply with your card number and PIN to reactivate."
    verdicts = talk(engine, [("agent", ask), *(("customer", p) for p in parts)])
    [finding] = verdicts[-1].findings
    assert finding.parts == tuple(f"m{i}" for i in range(1, len(parts)))
    assert verdicts[-1].action is Action.MASK


def test_a_pin_after_an_ask_for_the_card_and_its_pin_is_still_the_pin(engine: Engine) -> None:
    ask = "Reply with your card number and PIN."
    verdicts = talk(
        engine, [("agent", ask), ("customer", "4111 1111 1111 1111"), ("customer", "4821")]
    )
    assert types_of(verdicts[1]) == [CARD]
    assert types_of(verdicts[2]) == [EntityType.PIN]


def test_a_last_four_told_to_find_the_card_starts_no_card(engine: Engine) -> None:
    turns = [("customer", "not me. last 4 are 5962"), ("customer", "4111"), ("customer", "1111")]
    turns += [("customer", "1111 1111 that's it")]
    verdicts = talk(engine, turns)
    assert [f.parts for f in verdicts[-1].findings] == [("m1", "m2")]


def test_a_part_read_as_a_code_that_says_more_follows_starts_the_card(engine: Engine) -> None:
    ask = "Please share your full card number, expiration date and the 3-digit security code."
    turns = [("agent", ask), ("customer", "4111..."), ("customer", "then 1111")]
    turns += [("customer", "next 1111"), ("customer", "and 1111")]
    verdicts = talk(engine, turns)
    assert [f.type for f in verdicts[-1].findings] == [EntityType.CREDIT_CARD]


def test_an_ask_for_the_member_number_ends_the_talk_of_a_code(engine: Engine) -> None:
    turns = [
        ("customer", "the app keeps asking me for a verification code but I never get the text"),
        ("agent", "Could you share your member number? It's printed on your statement."),
        ("customer", "03250007"),
    ]
    assert talk(engine, turns)[-1].findings == ()


def test_a_19_digit_card_keeps_growing_after_a_valid_16_digit_prefix(engine: Engine) -> None:
    rng = random.Random(3)
    visa = next(
        d
        for d in (card_number(rng, BRAND_SPECS[0], 19) for _ in range(500))
        if __import__("stdnum.luhn").luhn.is_valid(d[:16])
    )
    parts = group(visa, (4, 4, 4, 4, 3))
    verdicts = talk(engine, [("customer", p) for p in parts])
    assert verdicts[-1].findings[0].parts == ("m0", "m1", "m2", "m3")


@pytest.mark.parametrize(
    "texts",
    [
        ["order 4111", "1111", "1111", "1111"],
        ["415-555-0132", "94107", "45.20"],
        ["94107", "4111", "2024"],
        ["my phone is 555 0132", "zip 94107", "$1111"],
        ["4111", "1111", "1111", "1112"],
        ["it was 1200", "then 1500", "and 2000", "and 1800"],
    ],
)
def test_numbers_typed_in_a_row_that_are_no_card(engine: Engine, texts: list[str]) -> None:
    verdicts = talk(engine, [("customer", t) for t in texts])
    assert all(CARD not in types_of(v) for v in verdicts), texts


def test_the_parts_must_come_within_the_window(engine: Engine) -> None:
    limit = engine.rules.conversation.split_cards.max_seconds
    late = talk(engine, [("customer", "4111 1111", 0.0), ("customer", "1111 1111", limit + 1)])
    assert late[-1].findings == ()
    chatty = [("customer", "4111 1111")] + [("agent", "Okay.")] * 8 + [("customer", "1111 1111")]
    assert talk(engine, chatty)[-1].findings == ()


def test_a_number_typed_before_the_card_does_not_spoil_it(engine: Engine) -> None:
    """A menu choice or an order number, then "I'll type my card number" and its parts:
    the card starts afresh after the message without a part."""
    parts = group("4539148803436467", (4, 4, 4, 4))  # a Luhn-valid Visa
    for before in ("3", "va: 51033572"):
        turns = [("customer", before), ("agent", "Sure, go ahead."), ("customer", "I'll type it")]
        turns += [("customer", part) for part in parts]
        verdict = talk(engine, turns)[-1]
        assert [f.type for f in verdict.findings] == [EntityType.CREDIT_CARD], before
        assert verdict.findings[0].parts == ("m3", "m4", "m5")


@pytest.mark.parametrize(
    "between",
    [
        [("customer", "te paso el número de la tarjeta")],  # the customer names a card
        [("agent", "Send me the whole card number please.")],  # the agent asks for one
    ],
)
def test_a_card_typed_after_a_code_is_no_correction_of_it(
    engine: Engine, between: list[tuple[str, str]]
) -> None:
    parts = group("4539148803436467", (4, 4, 4, 4))
    turns = [("customer", "el código es 73058"), *between, *(("customer", p) for p in parts)]
    verdicts = talk(engine, turns)
    assert [f.type for f in verdicts[-1].findings] == [EntityType.CREDIT_CARD]
    assert all(not v.findings for v in verdicts[len(between) + 1 : -1])


def test_the_state_never_holds_the_hidden_digits(engine: Engine) -> None:
    rng = random.Random(5)
    for _ in range(30):
        digits = card_number(rng, length=16)
        state = None
        for index, part in enumerate(group(digits, (4, 4, 4, 4))):
            _, state = engine.inspect(Message(f"m{index}", part, Role.CUSTOMER, "c"), state)
            assert digits[6:12] not in json.dumps(state.to_dict())


@st.composite
def split_cards(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A valid card of up to 16 digits cut at its group boundaries into 2-4 messages."""
    spec = draw(st.sampled_from(BRAND_SPECS))
    length = draw(st.sampled_from([n for n in spec.lengths if n <= 16]))
    digits = card_number(random.Random(draw(st.integers(0, 2**32))), spec, length)
    sizes = draw(st.sampled_from([*spec.groupings, (4, 4, 4, 4)]))
    groups = group(digits, sizes)
    count = draw(st.integers(2, min(4, len(groups))))
    cuts = sorted(
        draw(st.sets(st.integers(1, len(groups) - 1), min_size=count - 1, max_size=count - 1))
    )
    separator = draw(st.sampled_from([" ", "-", "", "  "]))
    parts = [
        separator.join(groups[a:b]) for a, b in zip([0, *cuts], [*cuts, len(groups)], strict=True)
    ]
    return digits, parts


@settings(max_examples=200, deadline=None)
@given(split_cards())
# (a first part that is a whole card: "67" still goes on with it)
@example(("3052826030068067", ["3052 826030 0680", "67"]))
@example(("4533314789328807", ["4533 3147 8932 8", "807"]))
def test_any_valid_card_split_at_group_boundaries_is_found_on_the_last_part(
    engine: Engine, case: tuple[str, list[str]]
) -> None:
    digits, parts = case
    verdicts = talk(engine, [("customer", p) for p in parts])
    cards = [f for f in verdicts[-1].findings if f.type is CARD]
    assert cards, (digits, parts)
    assert cards[0].parts == tuple(f"m{i}" for i in range(len(parts) - 1))
    shown = "".join(ch for ch in (verdicts[-1].text or "") if ch.isdigit())
    assert digits.endswith(shown) and len(shown) <= 4


# ── on generated conversations ─────────────────────────────────────────────────────────


@pytest.mark.parametrize("seed", SEEDS)
def test_generated_conversations_meet_the_bar(engine: Engine, seed: int) -> None:
    result = conversations.measure(engine, conversations.corpus(seed, 1200))
    report = conversations.render(result)
    assert result.rate("answer") >= MIN_FOUND, report
    assert result.rate("split card") >= MIN_FOUND, report
    assert result.rate("notice") >= MIN_FOUND, report
    assert result.rate("own words") >= MIN_FOUND, report
    assert result.stray == 0, report


def test_guard_scan_keeps_each_conversation_and_names_the_parts(engine: Engine) -> None:
    from guard._guard import Guard
    from guard._scan import scan_lines

    def line(message_id: str, conversation: str, role: str, text: str, at: str) -> str:
        record = {"id": message_id, "conversation": conversation, "role": role, "text": text}
        return json.dumps({**record, "timestamp": at})

    lines = [
        line("a1", "c1", "customer", "4111 1111", "2026-01-01T10:00:00"),
        line("b1", "c2", "agent", "What's the CVV?", "2026-01-01T10:00:01"),
        line("a2", "c1", "customer", "1111 1111", "2026-01-01T10:00:05"),
        line("b2", "c2", "customer", "482", "2026-01-01T11:00:00"),  # an hour later: expired
        line("b3", "c2", "agent", "And the PIN?", "2026-01-01T11:00:10"),
        line("b4", "c2", "customer", "4321", "2026-01-01T11:00:20"),
    ]
    out = {record["id"]: record for record in scan_lines(Guard(engine), lines)}
    assert out["a2"]["findings"][0]["parts"] == ["a1"]
    assert out["a2"]["text"] == "**** 1111"
    assert out["b1"]["action"] == "block"
    assert out["b2"]["findings"] == []
    assert [f["type"] for f in out["b4"]["findings"]] == ["PIN"]


@pytest.mark.parametrize("seed", [11, 12])
def test_a_stream_of_look_alike_numbers_never_adds_up_to_a_card(engine: Engine, seed: int) -> None:
    """The detection corpus (amounts, dates, phone, order, tracking and routing numbers,
    codes...) streamed through ONE conversation: no run of them is taken for a card."""
    from tests.chatgen.messages import corpus

    samples = corpus(seed, 2500, clean_share=0.8)
    state = None
    joined = []
    for index, sample in enumerate(samples):
        verdict, state = engine.inspect(
            Message(f"m{index}", sample.text, Role.CUSTOMER, "c"), state
        )
        joined += [
            (sample.text, f.parts) for f in verdict.findings if f.recognizer == "SplitCardRule"
        ]
    assert joined == []


def test_look_alike_replies_to_an_ask_are_rarely_taken_for_the_answer(engine: Engine) -> None:
    """After an ask, replies from the detection corpus's look-alikes (addresses, amounts,
    phone, order, flight, routing and masked numbers...) are something else. Only a bare
    5-digit ZIP after an ask for a passcode or PIN may pass for one."""
    from tests.chatgen.messages import corpus

    rng = random.Random(21)
    asks = [
        "What's the CVV on the back?",
        "Can you read me the code we texted?",
        "What's your PIN?",
        "What's your SSN?",
    ]
    replies = [
        s.text for s in corpus(21, 3000, clean_share=1.0) if any(c.isdigit() for c in s.text)
    ]
    taken = []
    for reply in replies:
        verdicts = talk(engine, [("agent", rng.choice(asks)), ("customer", reply)])
        if any(f.recognizer == "ConversationAnswerRule" for f in verdicts[1].findings):
            taken.append(reply)
    assert len(taken) <= 0.01 * len(replies), taken


# ── values typed after talk of them, verbs that give a value, senders, usernames ────────


@pytest.mark.parametrize(
    ("turns", "expected", "value"),
    [
        # a bare value and a remark after it
        (
            [("agent", "I need your PIN to unlock it."), ("customer", "its 4417 like always")],
            PIN,
            "4417",
        ),
        (
            [("agent", "¿Cuál es su NIP?"), ("customer", "3-9-0-2 el mismo de siempre")],
            PIN,
            "3-9-0-2",
        ),
        ([("agent", "Dígame el código de seguridad."), ("customer", "772 mano")], CSC, "772"),
        # a full SSN after talk of the SSN, even beside an allowed ask for its last 4
        (
            [
                ("agent", "Just the last four of your social please."),
                ("customer", "sure 262-81-4937"),
            ],
            SSN,
            "262-81-4937",
        ),
        (
            [
                ("agent", "No mande su seguro social completo por aquí."),
                ("customer", "ta bien es 262814937"),
            ],
            SSN,
            "262814937",
        ),
        (
            [
                ("agent", "Please don't send your SSN here."),
                ("customer", "oh ok its 262 - 81 - 4937 anyway"),
            ],
            SSN,
            "262 - 81 - 4937",
        ),
        # a PIN after a verb that gives it, in a PIN conversation
        (
            [
                ("customer", "the atm keeps rejecting my pin"),
                ("customer", "I entered 5583 like 4 times"),
            ],
            PIN,
            "5583",
        ),
        (
            [
                ("agent", "Puede restablecer su NIP en la app."),
                ("customer", "MARQUÉ 558301 Y NADA"),
            ],
            PIN,
            "558301",
        ),
        (
            [
                ("customer", "el cajero me dice nip incorrecto"),
                ("customer", "intenté con 5583 en el cajero de la esquina"),
            ],
            PIN,
            "5583",
        ),
        # a code after a verb, with its sender after it
        (
            [
                ("agent", "We sent you a verification code."),
                ("customer", "got 418223 from 72975 lol"),
            ],
            OTP,
            "418223",
        ),
        (
            [
                ("agent", "Le reenviamos el código."),
                ("customer", "me llegó el 418223 desde el número 72975"),
            ],
            OTP,
            "418223",
        ),
        (
            [
                ("agent", "Te mandamos un código nuevo."),
                ("customer", "ya recibí 4182 del short code 729-75"),
            ],
            OTP,
            "4182",
        ),
        (
            [
                ("customer", "the app says it will text me a code"),
                ("customer", "418223 finally came"),
            ],
            OTP,
            "418223",
        ),
        # read out in groups
        (
            [
                ("agent", "Never share the code with anyone."),
                ("customer", "ok it reads four one eight... two two three"),
            ],
            OTP,
            "four one eight... two two three",
        ),
        # a card's code after the agent said where it is
        (
            [
                ("agent", "The CVV is the 3 digits on the back of the card."),
                ("customer", "mine has 0 4 1 is that it?"),
            ],
            CSC,
            "0 4 1",
        ),
        (
            [
                ("agent", "El código de seguridad está atrás, junto a la firma."),
                ("customer", "el mío dice 7731 ese es?"),
            ],
            CSC,
            "7731",
        ),
        # a login that is stuck asks for a code, an ATM that refuses for a PIN
        (
            [("customer", "no puedo entrar a la app"), ("customer", "me llego 457190")],
            OTP,
            "457190",
        ),
        ([("customer", "se me bloqueo la cuenta"), ("customer", "ya llego, 4250")], OTP, "4250"),
        ([("customer", "cant log into the app"), ("customer", "got it 295576")], OTP, "295576"),
        (
            [
                ("customer", "I can't take money out at the atm"),
                ("customer", "I'm sure it's 52619, i use it every day"),
            ],
            PIN,
            "52619",
        ),
        (
            [
                ("customer", "no puedo sacar dinero del cajero"),
                ("customer", "puse 3267 y me dice incorrecto"),
            ],
            PIN,
            "3267",
        ),
        # the customer's own words name the value better than an agent's notice
        (
            [
                ("agent", "I've sent a verification code to your phone. Enter it in the app."),
                ("customer", "ok so my pin"),
                ("customer", "is 5814"),
            ],
            PIN,
            "5814",
        ),
        # a full SSN in a longer reply to an ask for its last four
        (
            [
                ("agent", "Please confirm the last four digits of your SSN. Only the last four."),
                ("customer", "I ALREADY GAVE IT ON THE PHONE BUT OK, 443121027"),
            ],
            SSN,
            "443121027",
        ),
        # how long a PIN has been the same
        (
            [
                ("customer", "I CAN'T TAKE MONEY OUT AT THE ATM"),
                ("customer", "ITS BEEN 4104 SINCE I GOT THE CARD"),
            ],
            PIN,
            "4104",
        ),
        # a weak cue alone after filler announces the value
        ([("customer", "y el código"), ("customer", "482913")], OTP, "482913"),
        # a value in a hurry after a stall
        (
            [
                ("agent", "I just sent a code to your phone. Can you read it to me?"),
                ("customer", "still nothing"),
                ("customer", "27036431 hurry it expires"),
            ],
            OTP,
            "27036431",
        ),
    ],
)
def test_a_value_typed_after_talk_of_it(
    engine: Engine, turns: list[tuple[str, str]], expected: EntityType, value: str
) -> None:
    verdict = talk(engine, turns)[-1]
    text = turns[-1][1]
    assert [(f.type, text[f.start : f.end]) for f in verdict.findings] == [(expected, value)]


@pytest.mark.parametrize(
    "turns",
    [
        # talk of a PIN or a code, then a number that is something else or not given
        [("customer", "the atm ate my card and now my pin fails"), ("customer", "5583")],
        [
            ("agent", "You can reset your PIN in the app."),
            ("customer", "the branch at 5583 Main St?"),
        ],
        [("customer", "it asks me for a code"), ("customer", "my zip is 94107")],
        [("customer", "it asks me for a code"), ("customer", "error 4012 keeps popping up")],
        [("agent", "Please confirm the ZIP code on file."), ("customer", "418223")],
        [("agent", "¿Me confirma su código postal?"), ("customer", "es 64856694")],
        # an SSN topic: its last four, a number that is no valid SSN
        [("agent", "Can you confirm the last 4 of your social?"), ("customer", "4937")],
        [("agent", "Don't type your SSN here."), ("customer", "my account 000123456 is locked")],
        # the sender, never the code
        [("agent", "We sent you a code."), ("customer", "nothing yet from 72975")],
        # a CVV warning beside an allowed ask
        [
            ("agent", "We never ask for the CVV. What are the last four of the card?"),
            ("customer", "7731"),
        ],
        # an address after an ask for it ends the wait for a password
        [
            ("agent", "What's your password?"),
            ("agent", "Can you confirm the street address we have on file?"),
            ("customer", "14282 e cesar chavez ave atlanta 30325"),
        ],
        # the ZIP an agent asked for beside a warning about the code it sent
        [
            (
                "agent",
                "No comparta el código que le llega por SMS. Solo necesito su código postal.",
            ),
            ("customer", "es el 78596"),
        ],
        # a ZIP after its state, in an address
        [
            ("agent", "What's the code we sent?"),
            ("customer", "3270 Calle Ocho Apt 21D, Hialeah, FL 33104"),
        ],
        # amounts and dates after a verb that gives a value
        [
            ("customer", "my pin is not working"),
            ("customer", "I tried 3 times and paid 250 dollars"),
        ],
    ],
)
def test_numbers_after_talk_of_a_value_that_are_not_it(
    engine: Engine, turns: list[tuple[str, str]]
) -> None:
    assert talk(engine, turns)[-1].findings == (), turns[-1][1]


@pytest.mark.parametrize(
    "reply",
    [
        "my username is jlopez_77",
        "USER: maria.gomez85",
        "mi usuario es pedro.ramirez9",
        "el correo es ana.t_82@mail.com",
        "login id = kchen2020",
    ],
)
def test_a_user_name_after_an_ask_for_credentials_is_no_password(
    engine: Engine, reply: str
) -> None:
    verdicts = talk(
        engine, [("agent", "Send me your login details and I'll check."), ("customer", reply)]
    )
    assert PASSWORD not in types_of(verdicts[-1]), reply


def test_a_password_beside_the_user_name_is_still_one(engine: Engine) -> None:
    verdicts = talk(
        engine, [("agent", "What's your password?"), ("customer", "usuario jlopez, Perro!!7")]
    )
    text = "usuario jlopez, Perro!!7"
    assert [text[f.start : f.end] for f in verdicts[-1].findings if f.type is PASSWORD] == [
        "Perro!!7"
    ]


def test_the_code_asked_after_a_whole_card_is_no_part_of_a_longer_card(engine: Engine) -> None:
    # a 16-digit UnionPay or Visa number may grow to 19 digits: a code asked for next
    # must not complete it (whatever its checksum)
    card = "6212 9642 1329 6369"
    for code in (str(n) for n in range(100, 1000, 37)):
        verdicts = talk(
            engine,
            [("customer", card), ("agent", "And the CVC on the back, please."), ("customer", code)],
        )
        assert types_of(verdicts[-1]) == [CSC], code


def test_an_ask_for_two_values_still_waits_for_the_other(engine: Engine) -> None:
    verdicts = talk(
        engine,
        [
            ("agent", "Give me your PIN and the code from the text message."),
            ("customer", "the code is 551903"),
            ("customer", "and 4417"),
        ],
    )
    assert types_of(verdicts[1]) == [OTP]
    assert types_of(verdicts[2]) == [PIN]


@pytest.mark.parametrize(
    ("ask", "reply", "values"),
    [
        ("What's her PIN?", "He says 7-2-0... wait, 7200", ["7-2-0", "7200"]),
        ("¿Cuál es el NIP?", "me dice que es 8-3-2... no, espere, 8327", ["8-3-2", "8327"]),
    ],
)
def test_a_value_read_again_after_its_first_digits(
    engine: Engine, ask: str, reply: str, values: list[str]
) -> None:
    verdict = talk(engine, [("agent", ask), ("customer", reply)])[-1]
    assert [reply[f.start : f.end] for f in verdict.findings] == values
    assert types_of(verdict) == [PIN, PIN]


@pytest.mark.parametrize(
    ("before", "reply", "expected"),
    [
        ("¿Compartió el código con alguien?", "aquí está:\n\n1753\n", [OTP]),
        ("Did you give them the code we texted?", "here it is\n552013", [OTP]),
        ("Never share your PIN.", "here you go: 4417", [PIN]),
        # after a wait for whoever holds it
        (
            "We'll text a verification code to the phone on file.",
            "hold on she's finding her glasses... ok 0430",
            [OTP],
        ),
        ("El código llega a su celular.", "espere que busca los lentes... ya, 28781", [OTP]),
    ],
)
def test_a_value_handed_over_after_talk_of_it(
    engine: Engine, before: str, reply: str, expected: list[EntityType]
) -> None:
    verdicts = talk(engine, [("agent", before), ("customer", reply)])
    assert types_of(verdicts[-1]) == expected


# ── numbers that are something else, after talk of a secret ──────────────────────────


@pytest.mark.parametrize(
    ("before", "reply"),
    [
        # a version and its build number in brackets
        ("What's your password?", "the app says Error 12 (ver 4.2 (5581)) again"),
        ("¿Cuál es su NIP?", "me sale error E-209 en la versión 3.1 (8812)"),
        # a toll-free or vanity number
        ("Never give your one-time code to anyone.", "someone from 1-866-BANKHELP texted me"),
        ("Don't type your PIN here.", "the sticker says 1 855 MY CARD, is that legit?"),
        # a street number
        ("Never share your PIN.", "I live at 2231 Magnolia Dr, apt 4"),
        ("No comparta su código de seguridad.", "vivo en Calle Ocampo 1187, col. Centro"),
        ("Recuerde no compartir el código.", "mi domicilio: Av. Insurgentes Sur 3354"),
        # a phone number, with a country or area code or in a national shape
        ("We never ask for your passcode.", "reach me on +44 7911 123456"),
        ("Nunca compartas tu clave dinámica.", "me llamaron del (55) 8123-4410"),
        ("Nunca compartas tu NIP.", "mi teléfono fijo 612 34 56 78"),
        ("No compartas el código.", "llámenme al 4412-7789 por favor"),
        # a date with its month in words, and its year
        ("The CVV is the 3 digits on the back.", "it posted on March 3, 2024"),
        ("El código llega por SMS.", "el cargo fue el 14 de febrero de 2025"),
        ("I sent a code to your phone.", "got charged Sept 30 2023"),
        # an id joined by a dash to letters
        ("Your PIN is never needed here.", "the ATM shows ERR-5120"),
        # an amount in a Latin American currency
        ("Te enviamos un código por SMS.", "¿cuánto es la comisión por pagar MXN 1.250?"),
        # the last four of a card masked with dots
        ("The CVV is on the back.", "card ●●●● 7741 is the one"),
        # a ZIP code after its state, with no comma before it; an EIN; an amount in colones
        ("Where should we mail the card? And your PIN.", "13463 Lakeview Ter, Bronx NY 75445"),
        ("Necesito su NIP y su dirección.", "vivo en Calle 3 F-14, Bayamón PR 00833"),
        ("Su número de tarjeta y clave.", "mi dirección es 6765 NW 7th St Apt 33C, 71401"),
        ("Verify your SSN now.", "it's 20-9268254"),
        ("Verify your SSN now.", "EIN 543075761"),
        ("Envíeme los tres dígitos de atrás.", "me cobraron ₡2.692, ¿por qué?"),
        # no password: a street number, a masked number, a number in words, an amount
        ("Your address and your password, please.", "9700 Cypress Ln Apt 7D, Miami FL 60219"),
        ("What is your online banking password?", "the statement says Card ...0947 for that"),
        ("What is your online banking password?", "IT SAYS  ****6207 ON THE  PAPER"),
        ("Verify your password now.", "I paid three thousand ninety-five dollars on May 2"),
        ("Verifique su contraseña.", "el cargo es de 122,00 EUR, sale como Renfe"),
        ("Confirm your online banking password.", "I used promo code SAVE20 and got charged"),
        ("Verifique su contraseña.", "Uber dice que el id del pago es TRF1877161661"),
        ("What's your password?", "the case number they gave me was #35052760"),
        ("Te mandamos un código por SMS.", "mi número de socio es 06770936"),
        # a last four, an identity document's number, a group of a phone number
        ("Por seguridad, indíqueme su NIP.", "los ultimos 4 del seguro social son 7900"),
        ("What's your PIN?", "card ends 5694, zip 00725"),
        ("Dime tu contraseña.", "Soy Paola, fecha de nacimiento 11/07/1997. pasaporte G91900070"),
        ("Necesito su seguro social completo.", "mi identificación: RUT 13.257.176-9"),
        ("Necesito su contraseña de la banca en línea.", "my phone is 55 5473 6527"),
        # named, then "its" past a clause break
        ("What's your PIN?", "i'd rather not. can you verify me with my zip instead? its 20576"),
        # a year after "en el", a tax form by its number
        ("¿Cuál es su NIP?", "hice $49,992.19 con DoorDash en el 2025"),
        ("Tell me the code we sent.", "para qué quieren el seguro social completo en el 1099?"),
        # the sign-off and signature of a reply written as a mail
        ("What's your online banking password?", "Hi Omar,\n\nexpires 02/26\n\nThanks,\nDeShawn"),
        (
            "What's your password?",
            "Hi,\n\nI'd rather not.\n\nThank you,\nJess\nSent from my iPhone",
        ),
    ],
)
def test_numbers_of_something_else_are_no_answer(engine: Engine, before: str, reply: str) -> None:
    verdicts = talk(engine, [("agent", before), ("customer", reply)])
    assert [f for f in verdicts[-1].findings if f.recognizer == "ConversationAnswerRule"] == []


def test_the_last_line_of_a_pasted_screen_answers_nothing(engine: Engine) -> None:
    paste = "copied from the app:\nBalance $210.44\nCredit line 5000\nLast statement\n4471"
    verdicts = talk(engine, [("agent", "Please don't send your CVV here."), ("customer", paste)])
    assert verdicts[-1].findings == ()
    # ... but a reply that quotes the ask answers it in its last line
    quoted = "> what's the security code?\n\n882"
    verdicts = talk(engine, [("agent", "What's the security code?"), ("customer", quoted)])
    assert types_of(verdicts[-1]) == [CSC]


def test_an_error_message_is_no_correction_of_a_value_given(engine: Engine) -> None:
    verdicts = talk(
        engine,
        [
            ("customer", "mi contraseña es Gato!2291"),
            ("agent", "No la comparta, por favor."),
            ("customer", "es que me da el error 4107 al entrar"),
        ],
    )
    assert verdicts[-1].findings == ()


def test_a_pin_of_more_than_four_digits_alone_right_after_talk_of_it(engine: Engine) -> None:
    verdicts = talk(engine, [("agent", "We'll never ask for your PIN."), ("customer", "558012")])
    assert types_of(verdicts[-1]) == [PIN]
    # four digits alone may be the card's last four; a stall between, anything
    for turns in (
        [("agent", "We'll never ask for your PIN."), ("customer", "5580")],
        [("agent", "Nunca le pediremos su NIP."), ("customer", "ok"), ("customer", "558012")],
    ):
        assert talk(engine, turns)[-1].findings == ()


@pytest.mark.parametrize(
    ("notice", "reply"),
    [
        ("Once the SMS arrives, paste it here.", "ok 40917"),
        ("Contesta con el código que te llegó por mensaje.", "ya, 771204"),
        ("Cuando le llegue el SMS me lo escribe.", "listo: 5529"),
    ],
)
def test_a_code_typed_back_after_being_told_to_type_it(
    engine: Engine, notice: str, reply: str
) -> None:
    verdicts = talk(engine, [("agent", notice), ("customer", reply)])
    assert types_of(verdicts[-1]) == [OTP]


# ── split cards in chat's way ─────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    "texts",
    [
        # capitals and words around each part, stalls between them
        ["CARD NUMBER: 5425", "HOLD ON", "THEN 2334", "SORRY", "BRB", "NEXT 3010", "OK",
         "LAG", "FINALLY 9903"],
        ["numero 5425", "espera", "se me cayó", "sigue 2334", "un seg", "ya", "3010",
         "perdón", "y ya 9903 🙏"],
    ],
)  # fmt: skip
def test_parts_may_come_with_stalls_between_each(engine: Engine, texts: list[str]) -> None:
    verdicts = talk(engine, [("customer", t) for t in texts])
    [finding] = verdicts[-1].findings
    assert finding.type is CARD
    assert len(finding.parts) == 3


def test_a_part_read_as_a_code_after_a_notice_still_continues_the_card(engine: Engine) -> None:
    verdicts = talk(
        engine,
        [
            ("customer", "4532 0151"),
            ("agent", "Le enviamos un código por SMS, no lo comparta."),
            ("customer", "1283"),  # read as the code typed back: masked anyway
            ("customer", "0366 listo"),
        ],
    )
    assert OTP in types_of(verdicts[2])
    [finding] = verdicts[-1].findings
    assert (finding.type, finding.parts) == (CARD, ("m0", "m2"))


@pytest.mark.parametrize(
    "first",
    [
        "me cobraron 40 dólares el 26 de marzo",  # a day of a date in words
        "see this:\n> card 4532 01** **** 0366 was declined",  # a masked card's first group
        "mi cel es +52 55 4334 9229",  # a phone number after its country code
    ],
)
def test_a_number_of_something_else_does_not_start_the_card(engine: Engine, first: str) -> None:
    turns = [("customer", first), ("customer", "el numero es 4532-0151"), ("customer", "1283")]
    turns += [("customer", "por ultimo 0366")]
    [finding] = talk(engine, turns)[-1].findings
    assert finding.parts == ("m1", "m2")


def test_a_code_typed_back_does_not_start_a_card_with_the_next_number(engine: Engine) -> None:
    # a 6-digit code typed back after a notice, then a folio: no card (Luhn-valid 15 digits)
    verdicts = talk(
        engine,
        [
            ("agent", "Te enviamos un código por SMS."),
            ("customer", "303101"),
            ("customer", "folio 799619598"),
        ],
    )
    assert CARD not in types_of(verdicts[-1])


# ── replies to an allowed ask after an over-share ──────────────────────────────────────


_VERIFY_EN = "Hi! To verify, can you give me the last 4 of your card and your billing ZIP?"
_VERIFY_ES = "Para validar, ¿me da los últimos 4 dígitos de la tarjeta y su fecha de nacimiento?"
_WARN_EN = "Please don't send your card's security code or full number in chat."
_WARN_ES = "No envíe el código de seguridad ni el número completo por este medio."


@pytest.mark.parametrize(
    ("shared", "warning", "reply"),
    [
        ("card 4111 1111 1111 1111 cvv 123", _WARN_EN, "1111 and 30301"),
        ("4111111111111111 exp 04/29 code 981", _WARN_EN, "1111\nZIP: 73301"),
        ("card 4111 1111 1111 1111 cvv 123", _WARN_EN, "1111"),
        ("card 4111 1111 1111 1111 cvv 123", _WARN_EN, "ITS 1111. DOB 7/4/81"),
        ("my ssn is 536-41-2870", "I don't need your SSN, only the last 4.", "3382 60614"),
        ("ssn 536412870", "Please don't share your social here.", "3382  60614"),
        ("tarjeta 4111 1111 1111 1111 cvv 123", _WARN_ES, "1111 y 01004"),
        ("tarjeta 4111 1111 1111 1111 cvv 123", _WARN_ES, "los ultimos son 1111"),
        ("mi seguro social es 536-41-2870", _WARN_ES, "termina en 1111, cp 06600"),
        ("puse el cvv 116 tal cual", "Nunca comparta su NIP ni su código de seguridad.", "9869"),
    ],
)
def test_the_last_four_after_an_over_share_and_a_warning_is_no_secret(
    engine: Engine, shared: str, warning: str, reply: str
) -> None:
    verify = _VERIFY_ES if "tarjeta" in shared or "mi " in shared else _VERIFY_EN
    verdicts = talk(
        engine, [("agent", verify), ("customer", shared), ("agent", warning), ("customer", reply)]
    )
    assert verdicts[1].findings  # the over-share itself is found
    assert verdicts[-1].findings == (), reply


@pytest.mark.parametrize(
    ("turns", "expected", "values"),
    [
        # the last four given: a later code or PIN counts again
        (
            [
                ("agent", _VERIFY_EN),
                ("customer", "5513 90210"),
                ("agent", "I just sent a code to your phone."),
                ("customer", "4821"),
            ],
            OTP,
            ["4821"],
        ),
        (
            [
                ("agent", "¿Me confirma su fecha de nacimiento?"),
                ("customer", "25/01/1970"),
                ("agent", "Le acabo de mandar un código al celular, no lo comparta."),
                ("customer", "0659"),
            ],
            OTP,
            ["0659"],
        ),
        # an ask for a secret after the allowed one: its answer counts
        (
            [
                ("agent", _VERIFY_EN),
                ("customer", "card 4111 1111 1111 1111"),
                ("agent", "Please don't send the full number. What's your ATM PIN?"),
                ("customer", "4821"),
            ],
            PIN,
            ["4821"],
        ),
        # a verb that gives a value: the value, whatever was asked
        (
            [
                ("agent", _VERIFY_EN),
                ("customer", "card 4111 1111 1111 1111"),
                ("agent", "The ATM locks your PIN after 3 tries."),
                ("customer", "i tried 8091 at the atm"),
            ],
            PIN,
            ["8091"],
        ),
    ],
)
def test_a_secret_after_the_allowed_ask_was_answered_or_replaced(
    engine: Engine, turns: list[tuple[str, str]], expected: EntityType, values: list[str]
) -> None:
    verdict = talk(engine, turns)[-1]
    text = turns[-1][1]
    assert [(f.type, text[f.start : f.end]) for f in verdict.findings] == [
        (expected, v) for v in values
    ]


def test_a_warning_not_to_send_a_code_is_no_notice_that_one_was_sent(engine: Engine) -> None:
    turns = [
        ("agent", "Thanks, but please don't send your card's security code in chat."),
        ("customer", "482193"),
    ]
    assert OTP not in types_of(talk(engine, turns)[-1])


# ── a PIN with a hedge, a change or a wish beside it ───────────────────────────────────


_PIN_TALK_EN = "For security we'll mail a PIN reminder, or you can reset it in the app."
_PIN_TALK_ES = "Por seguridad le enviaremos el recordatorio de NIP a su domicilio."


@pytest.mark.parametrize(
    ("before", "reply", "values"),
    [
        (_PIN_TALK_EN, "i think its 4471?", ["4471"]),
        (_PIN_TALK_EN, "I THINK IT'S 4471??", ["4471"]),
        (_PIN_TALK_EN, "pretty sure it's 880213", ["880213"]),
        (_PIN_TALK_EN, "is it still 3024 or do i need a new one", ["3024"]),
        (_PIN_TALK_EN, "i want to change it from 5445 to 5422", ["5445", "5422"]),
        (_PIN_TALK_EN, "can i change my pin from 0493 to 0532?", ["0493", "0532"]),
        (_PIN_TALK_ES, "creo que es 6616?", ["6616"]),
        (_PIN_TALK_ES, "creo q era 6616", ["6616"]),
        (_PIN_TALK_ES, "quiero cambiarlo de 3732 a 3854", ["3732", "3854"]),
        (_PIN_TALK_ES, "lo quiero cambiar de 748907 por 5691", ["748907", "5691"]),
        (_PIN_TALK_ES, "sigue siendo 3024 o necesito otro", ["3024"]),
        ("What's your current PIN?", "0663 but i want a new one", ["0663"]),
        ("¿Cuál es su NIP actual?", "254212 pero quiero otro", ["254212"]),
    ],
)
def test_a_pin_hedged_changed_or_beside_a_wish(
    engine: Engine, before: str, reply: str, values: list[str]
) -> None:
    verdict = talk(engine, [("agent", before), ("customer", reply)])[-1]
    assert [(f.type, reply[f.start : f.end]) for f in verdict.findings] == [
        (PIN, v) for v in values
    ]


@pytest.mark.parametrize(
    "reply",
    [
        "i think its 2 days ago",
        "change it from 2 to 3 weeks",
        "maybe 1200 dollars",
        "creo que es el martes",
        "i think it's the branch at 5583 Main St",
        "income 72,000. mortgage 2100",
        "ingresos 18,500 y renta 4500",
    ],
)
def test_hedges_and_changes_of_something_else_are_no_pin(engine: Engine, reply: str) -> None:
    assert talk(engine, [("agent", _PIN_TALK_EN), ("customer", reply)])[-1].findings == ()


def test_the_open_allowed_ask_survives_the_store_and_holds_no_value(engine: Engine) -> None:
    state = None
    for index, (role, text) in enumerate([("agent", _VERIFY_EN), ("customer", "my card is lost")]):
        _verdict, state = engine.inspect(Message(f"m{index}", text, Role(role), "c1"), state)
    assert state is not None and state.verify_turn == 1
    data = state.to_dict()
    assert ConversationState.from_dict(data) == state
    assert ConversationState.from_dict({**data, "verify_turn": None}).verify_turn is None


def test_a_number_a_card_word_names_is_no_password_given(engine: Engine) -> None:
    """After a password ask, "card is 3737" starts a card typed in parts: the parts that
    follow complete it, and none of them is the password."""
    replies = ["te paso el número de mi tarjeta", "card is 3782", "822463", "y 10005"]
    _, state = engine.inspect(Message("a", "¿Me confirma su contraseña de la app?", Role.AGENT))
    verdicts = []
    for index, text in enumerate(replies):
        verdict, state = engine.inspect(Message(f"c{index}", text, Role.CUSTOMER), state)
        verdicts.append(verdict)
    assert all(f.type is not EntityType.PASSWORD for v in verdicts for f in v.findings)
    assert [f.type for f in verdicts[-1].findings] == [EntityType.CREDIT_CARD]


@pytest.mark.parametrize(
    ("talked", "reply", "value"),
    [
        ("my bank password stopped working", "i'm sure it's tulipan.82, i wrote it", "tulipan.82"),
        ("no me acepta la contraseña de la app", "estoy segura que es girasol#19", "girasol#19"),
        ("locked out, app password is wrong", "it should be Pinguino2019 I think", "Pinguino2019"),
    ],
)  # fmt: skip
def test_after_talk_of_a_password_a_stated_value_is_one(
    engine: Engine, talked: str, reply: str, value: str
) -> None:
    verdicts = talk(engine, [("customer", talked), ("customer", reply)])
    assert [(f.type, reply[f.start : f.end]) for f in verdicts[-1].findings] == [
        (EntityType.PASSWORD, value)
    ]


@pytest.mark.parametrize(
    "reply",
    [
        "my flight AV1106 got cancelled too",
        "el folio que me dieron es INC634910",
        "the promo code SAVE20 didn't work either",
        "it happened at 10pm yesterday",
        "ok I'll try resetting it tonight",
    ],
)
def test_after_talk_of_a_password_other_words_are_none(engine: Engine, reply: str) -> None:
    verdicts = talk(
        engine, [("customer", "my online banking password stopped working"), ("customer", reply)]
    )
    assert verdicts[-1].findings == ()
