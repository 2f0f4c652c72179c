"""Redaction: presidio-anonymizer operators that mask the caller's original characters.

`keep_last` styles (cards, SSNs, codes) hide every letter or digit of a secret but the
last N and keep its formatting ("**** **** **** 1234"). Because the span may be
disguised (fullwidth digits, digit words, look-alike letters), the operator re-reads it
through the text layer: each hidden digit, in whatever form it was written, becomes one
mask character, and invisible characters inside the secret are dropped.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.operators import Operator, OperatorType, Replace

from guard._exceptions import ConfigError
from guard._model import Finding
from guard._rules import Masking
from guard._text import invisible, normalize_secret


def mask_keep_last(text: str, keep_last: int, char: str) -> str:
    """Hide every letter and digit of `text` but the last `keep_last`, in any written form.

    One mask character replaces each hidden digit however it was written ("4", "４",
    "four", "O"); what people put between digits (spaces, dashes) stays, invisible
    characters go. The last `keep_last` digits keep their original form.
    """
    norm = normalize_secret(text)
    secret = [i for i, ch in enumerate(norm.text) if ch.isalnum()]
    hidden = set(secret[: max(len(secret) - keep_last, 0)])
    if norm.is_identity or (
        # One character for one (a no-break space read as a space, "O" as 0): the
        # original characters stand where the normalized ones do.
        norm.starts == tuple(range(len(text))) and norm.ends == tuple(range(1, len(text) + 1))
    ):
        return "".join(char if i in hidden else ch for i, ch in enumerate(text))
    out: list[str] = []
    position = 0
    index = 0
    # (Before the first character kept, a letter or digit the text layer turned into no
    # letter or digit is masked too, failing closed: "ﱞ" reads as a space and marks.)
    shown = secret[len(secret) - keep_last :] if keep_last > 0 else []
    masked_until = shown[0] if shown else len(norm.text)
    while index < len(norm.text):
        start, end = norm.source(index)
        stop = index + 1
        while stop < len(norm.text) and norm.source(stop) == (start, end):
            stop += 1  # one original character or word feeding several normalized ones
        out.append(_left_between(text[position:start], char))
        if hidden.isdisjoint(range(index, stop)):
            kept = text[max(start, position) : end]
            if index < masked_until and any(ch.isalnum() for ch in kept):
                kept = "".join(char if ch.isalnum() else ch for ch in kept)
            out.append(kept)
        else:
            out.append("".join(char if i in hidden else norm.text[i] for i in range(index, stop)))
        position = max(position, end)
        index = stop
    out.append(_left_between(text[position:], char))
    return "".join(out)


def _left_between(dropped: str, char: str) -> str:
    """What normalization dropped, as the masked text shows it: separators between
    spoken digits stay, invisible characters go, and (fail closed) any letter or digit
    is masked."""
    return "".join(
        char if ch.isalnum() else ch
        for ch in dropped
        if ch in "\t\n\r" or not (invisible(ch) or unicodedata.category(ch)[0] in "CM")
    )


class MaskKeepLast(Operator):
    """presidio-anonymizer operator `mask_keep_last`: params `keep_last`, `masking_char`."""

    NAME = "mask_keep_last"

    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        params = params or {}
        return mask_keep_last(text, int(params["keep_last"]), str(params["masking_char"]))

    def validate(self, params: dict[str, Any] | None = None) -> None:
        params = params or {}
        keep = params.get("keep_last")
        if not isinstance(keep, int) or keep < 0:
            raise ConfigError("keep_last must be a whole number >= 0", setting="keep_last")
        char = params.get("masking_char")
        if not isinstance(char, str) or len(char) != 1:
            raise ConfigError("masking_char must be one character", setting="masking_char")

    def operator_name(self) -> str:
        return self.NAME

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


class Redactor:
    """Masks findings in the original text with the styles from policy.yaml.

    The operators are presidio-anonymizer operators; the hot path applies them span by
    span (findings are already resolved and never overlap), which skips the engine's
    own conflict handling. `anonymizer()` gives the same masking through a Presidio
    `AnonymizerEngine`, for callers who want to drive Presidio themselves.
    """

    def __init__(self, masking: Masking) -> None:
        self._configs: dict[str, OperatorConfig] = {}
        self._operators: dict[str, tuple[Operator, dict[str, Any]]] = {}
        for entity, style in masking.types.items():
            operator: Operator
            params: dict[str, Any]
            if style.replace is not None:
                operator, params = Replace(), {"new_value": style.replace}
            else:
                operator = MaskKeepLast()
                params = {"keep_last": style.keep_last, "masking_char": masking.char}
            operator.validate(params)
            self._operators[entity.value] = (operator, params)
            self._configs[entity.value] = OperatorConfig(operator.operator_name(), params)

    def redact(self, text: str, findings: Sequence[Finding]) -> str:
        """`text` with every finding masked. Findings must not overlap."""
        if not findings:
            return text
        pieces: list[str] = []
        position = 0
        for finding in sorted(findings, key=lambda f: f.start):
            operator, params = self._operators[finding.type.value]
            pieces.append(text[position : finding.start])
            pieces.append(operator.operate(text[finding.start : finding.end], params))
            position = finding.end
        pieces.append(text[position:])
        return "".join(pieces)

    def anonymizer(self) -> tuple[AnonymizerEngine, dict[str, OperatorConfig]]:
        """A Presidio AnonymizerEngine with guard's operator registered, and the operator
        configuration per entity type that reproduces guard's masking."""
        engine = AnonymizerEngine()  # type: ignore[no-untyped-call]
        engine.add_anonymizer(MaskKeepLast)
        return engine, dict(self._configs)
