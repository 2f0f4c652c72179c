"""US_SSN: 3-2-4 with dash, space or dot anywhere; 9 digits in any grouping with a cue.

An SSN whose area is 000, 666 or 9xx, whose group is 00 or whose serial is 0000 is not an
SSN (python-stdnum's rules, which also reject the numbers known from advertising).
"""

from __future__ import annotations

import regex
from presidio_analyzer import RecognizerResult
from stdnum.us import ssn as stdnum_ssn

from guard._model import EntityType
from guard.recognizers._base import CueRecognizer
from guard.recognizers._cues import Number

_BOUNDARY_BEFORE = r"(?<![\w$€£¥*+])(?<!\d[.,:/\-])"
_BOUNDARY_AFTER = r"(?![\w%]|[.,:/\-]\d)"
# With no cue: 123-45-6789, 123 45 6789, 123.45.6789 (one separator throughout).
_SHAPED = regex.compile(rf"{_BOUNDARY_BEFORE}\d{{3}}([\-. ])\d{{2}}\1\d{{4}}{_BOUNDARY_AFTER}")
# With a cue: any of those, mixed separators, or nine digits in a row.
_ANY = regex.compile(
    rf"{_BOUNDARY_BEFORE}\d{{3}}[\-. ]{{0,2}}\d{{2}}[\-. ]{{0,2}}\d{{4}}{_BOUNDARY_AFTER}"
)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


class SsnRecognizer(CueRecognizer):
    """US Social Security numbers."""

    ENTITY = EntityType.US_SSN.value
    MIN_DIGITS = 9
    MAX_DIGITS = 9
    SCORE = 0.95
    WEAK_SCORE = 0.85
    SHAPED_SCORE = 0.8

    def candidates(self, text: str) -> list[Number]:
        check = self._numbers.checker(text)
        return [Number(m.start(), m.end(), 9, check) for m in _ANY.finditer(text)]

    def validate(self, text: str, number: Number) -> bool:
        return bool(stdnum_ssn.is_valid(_digits(text[number.start : number.end])))

    def without_cue(self, text: str) -> list[RecognizerResult]:
        return [
            self._result(m.start(), m.end(), self.SHAPED_SCORE, "3-2-4 digits, valid SSN parts")
            for m in _SHAPED.finditer(text)
            if self._numbers.is_eligible(text, m.start(), m.end())
            and stdnum_ssn.is_valid(_digits(m.group()))
        ]
