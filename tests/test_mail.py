"""`mail_body`: the body of a message written as a mail, past its greeting and before its
sign-off, signature or the mail it quotes."""

from __future__ import annotations

import pytest

from guard._mail import mail_body


def body(text: str) -> str:
    start, end = mail_body(text)
    return text[start:end].strip()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi Carla,\n\n702523\n\n-- \nAshley Kowalski\n6134 Maple St", "702523"),
        (
            "To whom it may concern,\n\nthe app won't take it, it's 22488326\n\nBest,\nCarmen"
            "\n\nSent from Yahoo Mail for Android",
            "the app won't take it, it's 22488326",
        ),
        ("Hi Omar,\n\nexpires 02/26\n\nThanks,\nDeShawn", "expires 02/26"),
        (
            "Buenos días,\n\nel app no lo acepta, es 382525\n\nGracias,\nAgustín\n\n"
            "-----Mensaje original-----\nDe: Borinquen",
            "el app no lo acepta, es 382525",
        ),
        ("Hi X,\n\n882\n\nOn May 5, 2026, Ana wrote:\n> what's the code?", "882"),
        ("Estimados:\n\nla cambie de B4y4m0n*94 a navy_churro51\n\nUn saludo,\nJoaquín",
         "la cambie de B4y4m0n*94 a navy_churro51"),
        # a chat message is its own body; a quote of the ask before the answer stays
        ("hi its 482913", "hi its 482913"),
        ("482913 thanks", "482913 thanks"),
        ("> what's the code?\n> please\n\n882", "> what's the code?\n> please\n\n882"),
        ("ok 882\n> quoted", "ok 882"),
    ],
)  # fmt: skip
def test_the_body_of_a_mail(text: str, expected: str) -> None:
    assert body(text) == expected
