"""Table tests per recognizer (Presidio style): run one recognizer on a text and compare the
spans it reports, at or above the policy's threshold, with the expected values."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from presidio_analyzer import EntityRecognizer
from presidio_analyzer.nlp_engine import NlpArtifacts

from guard import EntityType, Rules, normalize
from guard._nlp import BlankSpacyNlpEngine, empty_artifacts
from guard.recognizers import build_recognizers


@pytest.fixture(scope="session")
def rules() -> Rules:
    return Rules.load()


#: What the engine hands its own recognizers: they read text, not tokens.
ARTIFACTS: NlpArtifacts = empty_artifacts(BlankSpacyNlpEngine())


@pytest.fixture(scope="session")
def recognizers(rules: Rules) -> dict[str, EntityRecognizer]:
    """guard's recognizers built from the shipped rules, by the entity each finds
    ("TABLE": the reader of tables, whose columns name their types)."""
    return {r.ENTITY: r for r in build_recognizers(rules.detection)}


def spans_of(text: str, values: Sequence[str]) -> list[tuple[int, int]]:
    """The spans of `values` in `text`, each looked for after the previous one."""
    spans, position = [], 0
    for value in values:
        start = text.index(value, position)
        spans.append((start, start + len(value)))
        position = start + len(value)
    return spans


def found(
    recognizers: dict[str, EntityRecognizer], rules: Rules, entity: EntityType, text: str
) -> list[tuple[int, int]]:
    """What the recognizer for `entity` reports in `text`, as sorted spans into `text`.

    The recognizer reads the normalized text, as in the engine; spans are mapped back."""
    recognizer = recognizers[entity.value]
    norm = normalize(text)
    results = recognizer.analyze(norm.text, [entity.value], ARTIFACTS)
    threshold = rules.policy.threshold
    return sorted(
        norm.to_original(r.start, r.end)
        for r in results
        if r.entity_type == entity.value and r.score >= threshold
    )
