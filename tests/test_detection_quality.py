"""Detection quality on generated customer-care chat: the issue's bar, measured.

Recall of each type in plain formats ≥ 98% (right type, overlapping span), no masked
text shows a hidden digit of a secret, fewer than 1% of clean messages touched.
The corpora are drawn from fixed seeds: the templates the recognizers were tuned on, and
both held-out phrasing sets (tests/chatgen/holdout.py, holdout_fresh.py), which have been
used for tuning since their first measure and so guard against regressions here. On
failure the misses are printed in full (they are synthetic).
`python -m tests.chatgen.evaluate [--holdout | --fresh] --seed N` shows the same report
for any other seed.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from guard import Engine
from tests.chatgen.evaluate import (
    MAX_CLEAN_TOUCHED,
    MIN_RECALL,
    Evaluation,
    evaluate,
    render_report,
)
from tests.chatgen.holdout import holdout_corpus
from tests.chatgen.holdout_fresh import holdout_corpus as fresh_corpus
from tests.chatgen.messages import TYPES, corpus
from tests.chatgen.render import Sample

SIZE = 1500
CORPORA: dict[str, Callable[[], list[Sample]]] = {
    "templates-seed3": lambda: corpus(3, SIZE),
    "templates-seed2026": lambda: corpus(2026, SIZE),
    "holdout-seed11": lambda: holdout_corpus(11, SIZE),
    "fresh-seed5": lambda: fresh_corpus(5, SIZE),
}


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.fixture(scope="module", params=sorted(CORPORA))
def result(request: pytest.FixtureRequest, engine: Engine) -> Evaluation:
    return evaluate(engine, CORPORA[request.param]())


def test_the_corpus_covers_every_type_and_clean_messages(result: Evaluation) -> None:
    for secret_type in TYPES:
        assert result.total[secret_type] >= 100, secret_type
    assert result.clean >= SIZE // 3


@pytest.mark.parametrize("secret_type", TYPES)
def test_recall_per_type(result: Evaluation, secret_type: str) -> None:
    recall = result.recall(secret_type)
    assert recall >= MIN_RECALL, (
        f"{secret_type} recall {recall:.2%} < {MIN_RECALL:.0%}\n"
        + render_report(result, show=3, only=secret_type)
    )


def test_clean_messages_are_rarely_touched(result: Evaluation) -> None:
    assert result.touched_rate < MAX_CLEAN_TOUCHED, (
        f"{len(result.touched)}/{result.clean} clean messages touched\n"
        + render_report(result, show=3)
    )


def test_no_mask_shows_a_hidden_digit(result: Evaluation) -> None:
    assert not result.leaks, render_report(result, show=5)
