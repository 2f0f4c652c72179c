"""spaCy for guard: blank `en`/`es` pipelines (tokenizer only), nothing downloaded.

guard's own recognizers read the normalized text directly and need no NLP artifacts.
The blank pipelines serve the Presidio recognizers a user adds beside them, and
`build_analyzer` hands the same recognizers to a Presidio `AnalyzerEngine`.
"""

from __future__ import annotations

from collections.abc import Sequence

import spacy
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

LANGUAGES: tuple[str, ...] = ("en", "es")


class BlankSpacyNlpEngine(SpacyNlpEngine):
    """A Presidio NLP engine on `spacy.blank(lang)` pipelines, or on a pipeline the user
    installed (`models={"en": "en_core_web_sm"}`); it never downloads a model."""

    engine_name = "spacy_blank"

    def __init__(self, models: dict[str, str] | None = None) -> None:
        chosen = models or {}
        super().__init__(
            models=[
                {"lang_code": lang, "model_name": chosen.get(lang, f"blank:{lang}")}
                for lang in LANGUAGES
            ]
        )

    def load(self) -> None:
        pipelines: dict[str, Language] = {}
        for model in self.models:
            name = model["model_name"]
            if name.startswith("blank:"):
                pipelines[model["lang_code"]] = spacy.blank(name.removeprefix("blank:"))
            else:
                pipelines[model["lang_code"]] = spacy.load(name)
        self.nlp = pipelines  # type: ignore[assignment]  # Presidio declares it None


def empty_artifacts(nlp_engine: BlankSpacyNlpEngine, language: str = "en") -> NlpArtifacts:
    """Artifacts for a text guard's recognizers read without tokens."""
    return NlpArtifacts(
        entities=[],
        tokens=Doc(Vocab(), words=[]),
        tokens_indices=[],
        lemmas=[],
        nlp_engine=nlp_engine,
        language=language,
    )


def build_analyzer(
    recognizers: Sequence[EntityRecognizer], *, with_predefined: bool = False
) -> AnalyzerEngine:
    """A Presidio AnalyzerEngine on blank spaCy that runs `recognizers`
    (and Presidio's predefined recognizers when `with_predefined`)."""
    nlp_engine = BlankSpacyNlpEngine()
    registry = RecognizerRegistry(supported_languages=list(LANGUAGES))
    if with_predefined:
        registry.load_predefined_recognizers(languages=list(LANGUAGES), nlp_engine=nlp_engine)
    for recognizer in recognizers:
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(
        registry=registry, nlp_engine=nlp_engine, supported_languages=list(LANGUAGES)
    )
