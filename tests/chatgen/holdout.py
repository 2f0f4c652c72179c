"""Held-out phrasings: templates written apart from `templates`, never used while tuning.

The quality gate's templates are what the recognizers were tuned on; these measure how
that tuning carries over to wordings it never saw (other cue spellings, slang, frames).
Use them to judge generalization, not as tuning data:

    python -m tests.chatgen.evaluate --holdout --seed 7
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

from tests.chatgen.messages import TYPES, clean
from tests.chatgen.render import Family, Sample, join, sample_of

POSITIVES: dict[str, tuple[Family, ...]] = {
    "CREDIT_CARD": (
        Family(
            "holdout card",
            {
                "en": (
                    "card on file should be {CARD}",
                    "charge {CARD} for the {AMOUNT}",
                    "{NAME}, {CARD}, {EXP}",
                    "Card#: {CARD}",
                    "try this one: {CARD} (visa)",
                    "{CARD} <- that's the one",
                    "the digits are {CARD}",
                    "{hi}payment card {CARD} thx",
                    "number on my debit is {CARD}",
                ),
                "es": (
                    "numero de tarjeta: {CARD}",
                    "pásale a esta {CARD}",
                    "la tarjeta nueva es la {CARD} con vencimiento {EXP}",
                ),
            },
        ),
    ),
    "CARD_SECURITY_CODE": (
        Family(
            "holdout security code",
            {
                "en": (
                    "the little code on the back is {CVV}",
                    "back code {CVV}",
                    "3 numbers on the back: {CVV}",
                    "security #: {CVV}",
                    "cvv# {CVV}",
                    "{CARD} {EXP} cvv: {CVV}",
                    "cvv number is {CVV}",
                    "sec. code {CVV}",
                    "the code behind the card is {CVV}",
                    "{CARD} exp {EXP} {CVV} is the cvc",
                    "security code on my visa: {CVV}",
                    "cvv2 is {CVV} i think",
                ),
                "es": (
                    "el cvv de atrás {CVV}",
                    "los números de atrás de la tarjeta son {CVV}",
                    "cod. de seguridad {CVV}",
                    "{CARD} venc {EXP} cvv {CVV}",
                ),
            },
        ),
    ),
    "US_SSN": (
        Family(
            "holdout ssn",
            {
                "en": (
                    "social sec number {SSN}",
                    "my SS is {SSN9}",
                    "tax id / ssn {SSN}",
                    "SSN (for verification): {SSN}",
                    "ssn= {SSN9}",
                    "last name Diaz, ssn {SSN9}",
                    "social security # is {SSN}",
                    "my social is {SSN} and dob {DATE}",
                    "SSN - {SSN9}",
                ),
                "es": (
                    "no. de seguro social {SSN9}",
                    "mi social es {SSN9}",
                    "el número de social es {SSN}",
                ),
            },
        ),
    ),
    "ONE_TIME_PASSCODE": (
        Family(
            "holdout passcode",
            {
                "en": (
                    "one time code came: {OTP}",
                    "2-step code {OTP}",
                    "the otp they sent is {OTP}",
                    "code = {OTP}",
                    "the app shows {OTP} as the code",
                    "my login code: {OTP}",
                    "verification: {OTP}",
                    "the passcode they texted is {OTP}",
                    "texted code {OTP}",
                    "the number in the text is {OTP}",
                    "OTP {OTP} pls hurry",
                ),
                "es": (
                    "el código que me mandaron es {OTP}",
                    "código recibido: {OTP}",
                    "me llegó el código {OTP}",
                ),
            },
        ),
    ),
    "PASSWORD": (
        Family(
            "holdout password",
            {
                "en": (
                    "my pword is {PW}",
                    "pass: {PW}",
                    "pw is {PW}",
                    "my online banking password is {PW}",
                    "password should be {PW}",
                    "my password's {PW}",
                    "Password: {PW} (case sensitive)",
                    "the pass for my account is {PW}",
                    "logon password {PW}",
                    "i use {PW} as my password",
                ),
                "es": ("mi contraseña: {PW}", "la contra es {PW}", "contraseña nueva: {PW}"),
            },
        ),
    ),
    "PIN": (
        Family(
            "holdout pin",
            {
                "en": (
                    "pin# {PIN}",
                    "my 4 digit pin is {PIN}",
                    "debit card pin: {PIN}",
                    "PIN = {PIN}",
                    "atm pin number {PIN}",
                    "the pin for it is {PIN}",
                    "my pin for the debit is {PIN}",
                    "pin would be {PIN}",
                ),
                "es": ("el NIP de mi tarjeta es {PIN}", "mi clave de cajero es {PIN}", "nip {PIN}"),
            },
        ),
    ),
}

NEGATIVES: tuple[Family, ...] = (
    Family(
        "holdout look-alikes",
        {
            "en": (
                "order #112-4482913-2291",
                "my account number ends with {L4}",
                "the charge of {AMOUNT} on {DATE}",
                "ticket INC-0042311",
                "call back at {PHONE} after 5",
                "apt 12B, {ADDR}",
                "promo code SPRING25",
                "zip {ZIP} and last 4 are {L4}",
                "I have 2 cards, ending {L4} and {L4}",
                "refund {AMOUNT} to the card ending {L4}",
                "my bill is due {DATE}",
                "reference: {LINV}",
                "serial F2LX1234 model {MODEL}",
                "my number changed to {PHONE}",
                "ups tracking {TRK}",
            ),
            "es": (
                "mi pedido #{CASE} no ha llegado",
                "me cobraron {AMOUNT} el {DATE}",
                "marque al {PHONE}",
                "mi cuenta termina en {L4}",
            ),
        },
    ),
    Family(
        "holdout talk",
        {
            "en": (
                "the code expired, can you send another",
                "my pin expired?",
                "what are the 3 digits on the back for?",
                "is the cvv needed?",
                "I don't remember my password",
                "do I give you my social here?",
                "the passcode never arrived",
                "I locked my pin after {N} tries",
                "where do I find my ssn",
                "the 2fa keeps failing since {DATE}",
            ),
            "es": (
                "la clave no me funciona",
                "¿el código tiene 6 dígitos?",
                "no me acuerdo de mi nip",
                "¿dónde veo el cvv?",
            ),
        },
    ),
)


def mixed_corpus(
    seed: int,
    size: int,
    positives: Mapping[str, Sequence[Family]],
    negatives: Sequence[Family],
    clean_share: float,
    run_on: str,
) -> list[Sample]:
    """Like `messages.corpus`: messages with secrets from `positives`; clean ones half
    from `negatives`, half from the usual mix of look-alikes (so the clean rate stays
    comparable across sets); some secrets run on into a negative. An agent's line (a
    family named "agent") is never appended to a customer's message: such a draw stays
    unjoined."""
    rng = random.Random(seed)
    samples: list[Sample] = []
    for index in range(size):
        if rng.random() < clean_share:
            if rng.random() < 0.5:
                samples.append(sample_of(rng, rng.choice(negatives)))
            else:
                samples.append(clean(rng))
            continue
        secret_type = TYPES[index % len(TYPES)]
        sample = sample_of(rng, rng.choice(positives[secret_type]))
        if rng.random() < 0.15:
            other = sample_of(rng, rng.choice(negatives))
            separator = rng.choice((" ", ". ", " and "))
            if other.family != "agent":
                sample = join([sample, other], [separator], run_on)
        samples.append(sample)
    return samples


def holdout_corpus(seed: int, size: int, clean_share: float = 0.5) -> list[Sample]:
    """The held-out phrasings, mixed as `mixed_corpus` does."""
    return mixed_corpus(seed, size, POSITIVES, NEGATIVES, clean_share, "holdout run-on")
