"""PASSWORD: the secret a customer types after a password cue.

"my password is Hunter2!", "pw: abc123", "contraseña: Perro2023", "password for the app is
'blue sky 9'". After an explicit "is", ":" or "=" any word counts unless it describes
the password ("my password is wrong"); after a bare cue ("pw abc123") the word must look
like a password (a digit, a symbol or an inner capital).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from guard._model import EntityType
from guard.recognizers._cues import CueFinder

_QUOTES = "\"'“”‘’`«»"
# What may stand between the cue and the value: "for my online account", "de la app".
_FILLER = r"(?:\s+(?:for|to|on|of|in|de|para|del|en)(?:\s+[\w\-]+){1,3}?)?"
# "is", "was", ":", "=", "es", "would be" ... (the strong copulas)
_COPULA = (
    r"(?:\s*(?::|=|-+>|->)\s*"
    r"|\s+(?:is|was|would\s+be|will\s+be|es|era|sería|seria|será|sera)(?:\s*:)?\s+)"
)
# "changed my password to X": the value must look like a password ("to access" is not one).
_SOFT_COPULA = r"\s+(?:to|a)\s+"
_STRIP = ".,;:?)]}"
_MIN_LENGTH = 3
_MAX_LENGTH = 64
_LOOKS_LIKE_A_PASSWORD = regex.compile(r"\d|[^\w\s]|\w\p{Lu}")


class PasswordRecognizer(EntityRecognizer):
    """Finds the value given after a password cue."""

    ENTITY = EntityType.PASSWORD.value
    #: Passwords need no digit: this recognizer runs on every message.
    NEEDS_DIGITS = False
    name: str
    SCORE = 0.85
    BARE_SCORE = 0.7

    def __init__(
        self,
        cues: Sequence[str],
        not_cues: Sequence[str] = (),
        stopwords: Sequence[str] = (),
        supported_language: str = "en",
    ) -> None:
        self._cues = CueFinder(cues, not_cues=not_cues)
        # What follows a cue: "(for my account) is <value>", "to <value>", " <value>".
        self._rest = regex.compile(
            rf"(?:{_FILLER}(?P<copula>{_COPULA})|{_SOFT_COPULA}|\s+)"
            rf"(?P<value>[{_QUOTES}][^{_QUOTES}\n]{{1,{_MAX_LENGTH}}}[{_QUOTES}]"
            rf"|[^\s{_QUOTES}]{{1,{_MAX_LENGTH}}})",
            regex.IGNORECASE,
        )
        self._stopwords = frozenset(w.lower() for w in stopwords)
        super().__init__(
            supported_entities=[self.ENTITY],
            name="PasswordRecognizer",
            supported_language=supported_language,
            context=list(cues),
        )

    def load(self) -> None:
        """Nothing to load: the pattern is compiled in __init__."""

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None
    ) -> list[RecognizerResult]:
        if entities and self.ENTITY not in entities:
            return []
        results: list[RecognizerResult] = []
        for cue in self._cues.find(text):
            match = self._rest.match(text, cue.end)
            if match is None:
                continue
            span = self._value_span(match)
            if span is None:
                continue
            if results and span[0] < results[-1].end:
                continue
            strong = match.group("copula") is not None
            value = text[span[0] : span[1]]
            if not strong and not _LOOKS_LIKE_A_PASSWORD.search(value):
                continue
            score = self.SCORE if strong else self.BARE_SCORE
            results.append(self._result(span[0], span[1], score, strong))
        return results

    def _value_span(self, match: regex.Match[str]) -> tuple[int, int] | None:
        start, end = match.span("value")
        value = match.group("value")
        if value[0] in _QUOTES and value[-1] in _QUOTES and len(value) > 2:
            start, end = start + 1, end - 1
        else:
            while end > start and match.string[end - 1] in _STRIP:
                end -= 1
        word = match.string[start:end]
        if len(word) < _MIN_LENGTH or word.lower() in self._stopwords:
            return None
        return start, end

    def _result(self, start: int, end: int, score: float, strong: bool) -> RecognizerResult:
        how = (
            "after 'is'/':' following a password cue"
            if strong
            else "password-like word after a cue"
        )
        return RecognizerResult(
            entity_type=self.ENTITY,
            start=start,
            end=end,
            score=score,
            analysis_explanation=AnalysisExplanation(
                recognizer=self.name, original_score=score, textual_explanation=how
            ),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
