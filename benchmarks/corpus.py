"""The benchmark corpus: generated customer-care messages, mostly clean, some with secrets.

The same generator as the quality tests (tests/chatgen), drawn from a fixed seed so every
engine reads the same messages in the same order.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script: make tests.chatgen importable

from tests.chatgen.messages import TYPES, corpus, negative, with_secret  # noqa: E402
from tests.chatgen.templates import NEGATIVES  # noqa: E402

#: Share of messages with no secret: real support chat is mostly small talk.
CLEAN_SHARE = 0.8


def lookalike_mix(seed: int = 2024, size: int = 2000) -> list[str]:
    """The quality tests' mix at 80% clean: every clean message is a look-alike (amounts,
    phones, order numbers...) or talk about a secret; the rest carry secrets. A stress
    case: nearly every message has digits or a cue word."""
    return [sample.text for sample in corpus(seed, size, clean_share=CLEAN_SHARE)]


#: Negative families whose messages carry no number: greetings, complaints, talk about
#: secrets without a value. Most of real support chat looks like these.
TALK_FAMILIES = ("small talk", "talk about secrets")


def chat_mix(seed: int = 2024, size: int = 2000) -> list[str]:
    """Support-chat traffic: ~65% talk with no number, ~20% look-alike numbers (amounts,
    dates, phones, order and tracking numbers...), ~15% messages carrying secrets."""
    rng = random.Random(seed)
    lookalikes = [f.name for f in NEGATIVES if f.name not in TALK_FAMILIES]
    texts = []
    for index in range(size):
        roll = rng.random()
        if roll < 0.65:
            texts.append(negative(rng, rng.choice(TALK_FAMILIES)).text)
        elif roll < 0.85:
            texts.append(negative(rng, rng.choice(lookalikes)).text)
        else:
            texts.append(with_secret(rng, TYPES[index % len(TYPES)]).text)
    return texts
