"""Customer-care chat messages in English, Spanish and both, with every secret's exact span.

A message comes from a template ("my {cue} is {CVV}{thx}", see `templates`) whose cue is
drawn from the words people use for that secret, whose values come from `values`, and
whose small talk and typing habits come from `noise`. Positives carry one secret or several
(card, expiry and code in one line; a PIN and a passcode in one run-on message) and may
carry look-alikes beside them; negatives carry only look-alikes (amounts, dates, phone
numbers, last-four references, masked numbers, order, tracking and case numbers...) or
talk about secrets without a value ("I forgot my PIN").

    >>> sample = positive(random.Random(7), "PIN")
    >>> "PIN" in [s.type for s in sample.secrets]
    True

`corpus(seed, size)` draws a reproducible mix of both.
"""

from __future__ import annotations

import random

from tests.chatgen import templates
from tests.chatgen.render import (
    CARD_SECURITY_CODE,
    CREDIT_CARD,
    KEEP_LAST,
    ONE_TIME_PASSCODE,
    PASSWORD,
    PIN,
    TYPES,
    US_SSN,
    Family,
    Sample,
    Secret,
    join,
    sample_of,
)

__all__ = [
    "CARD_SECURITY_CODE",
    "CREDIT_CARD",
    "KEEP_LAST",
    "ONE_TIME_PASSCODE",
    "PASSWORD",
    "PIN",
    "TYPES",
    "US_SSN",
    "Sample",
    "Secret",
    "clean",
    "corpus",
    "negative",
    "positive",
]

_RUN_ON = (" ", " and ", ". ", ", ", " also ", "\n", " y ", "... ", " oh and ", " también ", "\n\n")


def positive(rng: random.Random, secret_type: str) -> Sample:
    """One message carrying a secret of `secret_type` (maybe others too)."""
    family: Family = rng.choice(templates.POSITIVES[secret_type])
    return sample_of(rng, family)


def negative(rng: random.Random, family_name: str | None = None) -> Sample:
    """One message that carries no secret (optionally from a named negative family)."""
    if family_name is None:
        family = rng.choice(templates.NEGATIVES)
    else:
        family = next(f for f in templates.NEGATIVES if f.name == family_name)
    return sample_of(rng, family)


def clean(rng: random.Random) -> Sample:
    """A negative, sometimes two or three typed as one run-on message."""
    if rng.random() < 0.12:
        parts = [negative(rng) for _ in range(rng.choice((2, 2, 2, 3)))]
        separators = [rng.choice(_RUN_ON) for _ in parts[1:]]
        return join(parts, separators, "run-on negatives")
    return negative(rng)


def with_secret(rng: random.Random, secret_type: str) -> Sample:
    """A positive, sometimes run on with another secret or with look-alikes."""
    sample = positive(rng, secret_type)
    roll = rng.random()
    if roll < 0.12:
        other = positive(rng, rng.choice(TYPES))
        parts = [sample, other] if rng.random() < 0.5 else [other, sample]
        return join(parts, [rng.choice(_RUN_ON)], "run-on secrets")
    if roll < 0.24:
        other = negative(rng)
        parts = [sample, other] if rng.random() < 0.5 else [other, sample]
        return join(parts, [rng.choice(_RUN_ON)], "secret beside look-alikes")
    if roll < 0.34:
        # A long message: the secret in the middle of a complaint or an explanation.
        before, after = negative(rng, "small talk"), negative(rng, "small talk")
        return join([before, sample, after], [rng.choice(_RUN_ON), rng.choice(_RUN_ON)], "long")
    return sample


def corpus(seed: int, size: int, clean_share: float = 0.5) -> list[Sample]:
    """`size` messages, about `clean_share` of them clean, the rest spread over the types."""
    rng = random.Random(seed)
    samples: list[Sample] = []
    for index in range(size):
        if rng.random() < clean_share:
            samples.append(clean(rng))
        else:
            samples.append(with_secret(rng, TYPES[index % len(TYPES)]))
    return samples


def secrets_of(samples: list[Sample], secret_type: str) -> list[tuple[Sample, Secret]]:
    return [(s, secret) for s in samples for secret in s.secrets if secret.type == secret_type]
