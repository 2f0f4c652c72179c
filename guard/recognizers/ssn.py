"""US_SSN: 3-2-4 with dash, space or dot anywhere; 9 digits in any grouping with a cue.

An SSN whose area is 000, 666 or 9xx, whose group is 00 or whose serial is 0000 is not an
SSN (python-stdnum's rules, which also reject the numbers known from advertising).
"""

from __future__ import annotations

import re
from functools import lru_cache

from stdnum.us import ssn as stdnum_ssn

from guard._model import EntityType
from guard._phrasing import CURRENCY
from guard.recognizers._base import CueRecognizer, Hit
from guard.recognizers._cues import Number
from guard.recognizers._phrases import digit_count

# The first digit opens each pattern (then look-behinds check what precedes it), so the
# scan skips to digits at C speed.
_BOUNDARY_BEFORE = rf"\d(?<![\w{CURRENCY}+]\d)(?<![\w*]\*\d)(?<!\d[.,:/\-]\d)(?<!\d\d)"
_BOUNDARY_AFTER = r"(?![\w%]|[.,:/\-]\d)"
# With no cue: 123-45-6789, 123 45 6789, 123.45.6789, 123 - 45 - 6789 (one separator
# throughout).
_SHAPED = re.compile(rf"{_BOUNDARY_BEFORE}\d{{2}}(\ ?[\-.]\ ?|\ )\d{{2}}\1\d{{4}}{_BOUNDARY_AFTER}")
# The middle of every 3-2-4 shape, with nothing to check before it: a search for it skips
# to separators at C speed, about half the cost of a scan of _SHAPED over a message that
# holds none (most messages).
_SHAPED_MIDDLE = re.compile(r"[\-. ]\d{2}\ ?[\-. ]\ ?\d{4}")
# With a cue: any of those, mixed separators, or nine digits in a row.
# (and "536, 22, 8190": dictation writes its pauses as commas)
# "123-45-6789", "123 - 45 - 6789", "123/45/6789"; a form's boxes, "123 | 45 | 6789"
_SEP = r"(?:\ ?[\-./|]\ ?|,\ ?|\ {1,2})?"
# (Or three groups of three with commas: dictation writes nine digits as a count,
# "536,228,190".)
_ANY = re.compile(
    rf"{_BOUNDARY_BEFORE}(?:\d{{2}}{_SEP}\d{{2}}{_SEP}\d{{4}}|\d{{2}},\d{{3}},\d{{3}}){_BOUNDARY_AFTER}"
)
_SSN_DIGITS = 9


_SEPARATORS = str.maketrans("", "", " -./,|")  # every character but the digits of a match


@lru_cache(maxsize=64)
def is_valid_ssn(digits: str) -> bool:
    """python-stdnum's SSN rules (~5 µs a call: cached, as a number bound to its cue is
    checked again when its 3-2-4 shape counts without one)."""
    return bool(stdnum_ssn.is_valid(digits))


class SsnRecognizer(CueRecognizer):
    """US Social Security numbers."""

    ENTITY = EntityType.US_SSN.value
    MIN_DIGITS = 9
    MAX_DIGITS = 9
    SCORE = 0.95
    WEAK_SCORE = 0.85
    SHAPED_SCORE = 0.8
    DIGITS_WITHOUT_CUE = 9

    def candidates(self, text: str) -> list[Number]:
        if digit_count(text) < _SSN_DIGITS:
            return []
        return [Number(m.start(), m.end(), 9) for m in _ANY.finditer(text)]

    def validate(self, text: str, number: Number) -> bool:
        return is_valid_ssn(text[number.start : number.end].translate(_SEPARATORS))

    def without_cue(self, text: str) -> list[Hit]:
        if digit_count(text) < _SSN_DIGITS or _SHAPED_MIDDLE.search(text) is None:
            return []
        return [
            self._result(m.start(), m.end(), self.SHAPED_SCORE, "3-2-4 digits, valid SSN parts")
            for m in _SHAPED.finditer(text)
            if self._numbers.is_eligible(text, m.start(), m.end())
            and is_valid_ssn(m.group().translate(_SEPARATORS))
        ]
