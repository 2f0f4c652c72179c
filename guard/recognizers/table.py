"""Values in the columns of a pasted table whose header names them, and in the fields of
pasted JSON whose key names them.

A program administrator pastes a markdown table or CSV rows ("| Employee | Card | New PIN
|", "employee,card number,expiry,cvv,cost center"): each value stands far from the word
that names it, in its column. A header cell that holds a cue of a type makes its column a
column of that type; a cell of that column in a row of as many cells below it is a value
of that type when it has the type's form (its digit count; a password, any one word).
A JSON field is read the same way, its key's words ("online_pw", "cardPin") as the header.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar

from guard._model import EntityType
from guard.recognizers._base import GuardRecognizer, Hit
from guard.recognizers._cues import CueIndex
from guard.recognizers._tables import DELIMITERS, RULE_ROW, Cell, line_spans, split_cells
from guard.recognizers.codes import (
    OneTimePasscodeRecognizer,
    PinRecognizer,
    SecurityCodeRecognizer,
)
from guard.recognizers.ssn import SsnRecognizer, is_valid_ssn

# A cell that says the value is missing: "—", "n/a", "ninguno".
_EMPTY = frozenset({"", "-", "—", "–", "n/a", "na", "none", "ninguno", "ninguna", "x", "?"})
_DIGIT_SEPARATORS = str.maketrans("", "", " -.")
_ONE_WORD = re.compile(r"\S+")
# A JSON field: "key": "value" or "key": 1234 (group "value": the value without quotes).
_JSON_FIELD = re.compile(
    r'"(?P<key>[A-Za-z][\w\- .]{0,40})"\s*:\s*(?:"(?P<value>[^"\n]{1,80})"|(?P<number>\d{3,12})\b)'
)
# Words a key may put before its cue: whose or which the value is.
_KEY_QUALIFIERS = frozenset(
    [
        "online",
        "web",
        "app",
        "mobile",
        "portal",
        "banking",
        "bank",
        "login",
        "user",
        "account",
        "card",
        "atm",
        "debit",
        "credit",
        "new",
        "old",
        "current",
        "temp",
        "temporary",
        "one",
        "time",
        "verification",
        "security",
        "sms",
        "text",
        "otp",
        "my",
        "your",
        "customer",
        "cardholder",
        "primary",
        "backup",
    ]
)
# The words of a key: "online_pw", "card-pin", "cardPin" read as "online pw", "card pin".
_KEY_JOINT = re.compile(r"[_\-.]+|(?<=[a-z])(?=[A-Z])")

#: Digit counts of the types a column may hold, tried in this order for a cell.
_LENGTHS: tuple[tuple[EntityType, int, int], ...] = (
    (
        EntityType.CARD_SECURITY_CODE,
        SecurityCodeRecognizer.MIN_DIGITS,
        SecurityCodeRecognizer.MAX_DIGITS,
    ),
    (EntityType.PIN, PinRecognizer.MIN_DIGITS, PinRecognizer.MAX_DIGITS),
    (
        EntityType.ONE_TIME_PASSCODE,
        OneTimePasscodeRecognizer.MIN_DIGITS,
        OneTimePasscodeRecognizer.MAX_DIGITS,
    ),
    (EntityType.US_SSN, SsnRecognizer.MIN_DIGITS, SsnRecognizer.MAX_DIGITS),
)


class TableRecognizer(GuardRecognizer):
    """Secrets in the columns of a pasted table or CSV whose header names them."""

    ENTITY = "TABLE"  # (not a type: each column's header names the type of its cells)
    SCORE = 0.85
    TYPES: ClassVar[tuple[EntityType, ...]] = (
        EntityType.CARD_SECURITY_CODE,
        EntityType.PIN,
        EntityType.ONE_TIME_PASSCODE,
        EntityType.US_SSN,
        EntityType.PASSWORD,
    )

    def __init__(
        self, index: CueIndex, merchant_keys: Iterable[str] = (), supported_language: str = "en"
    ) -> None:
        """`merchant_keys`: keys of a charge's record that name no secret ("auth_code")."""
        self._index = index
        self._merchant_keys = frozenset(merchant_keys)
        super().__init__(
            supported_entities=[t.value for t in self.TYPES],
            name="TableRecognizer",
            supported_language=supported_language,
        )

    def worth_reading(self, text: str) -> bool:
        # A header line and a row (a line break, a delimiter), and a cue in the text; or
        # a JSON field (whose key's words the text's own words may not show: "online_pw").
        return '":' in text or (
            "\n" in text
            and any(d in text for d in DELIMITERS)
            and bool(self._index.types_named(text))
        )

    def find(self, text: str) -> list[Hit]:
        hits: list[Hit] = self._json_fields(text) if '":' in text else []
        lines = list(line_spans(text))
        index = 0
        while index < len(lines) - 1:
            header = self._header(text, *lines[index])
            if header is None:
                index += 1
                continue
            delimiter, count, columns = header
            index += 1
            while index < len(lines):
                start, end = lines[index]
                if delimiter not in text[start:end]:
                    break
                if RULE_ROW.fullmatch(text, start, end):
                    index += 1
                    continue
                cells = split_cells(text, start, end, delimiter)
                if len(cells) != count:
                    break
                for column, types in columns.items():
                    hit = self._value(text, cells[column], types)
                    if hit is not None:
                        hits.append(hit)
                index += 1
        return hits

    def _json_fields(self, text: str) -> list[Hit]:
        """Values of JSON fields whose key names a type: {"online_pw": "corazon&1960"}."""
        hits: list[Hit] = []
        for field in _JSON_FIELD.finditer(text):
            # (the key is a cue, or ends on one after words of whose it is: "online_pw",
            # "otpCode"; "password_changed", "pin_attempts" name something about it,
            # "auth_code" a charge's record)
            key = _KEY_JOINT.sub(" ", field["key"]).lower().strip()
            if key in self._merchant_keys:
                continue
            named = tuple(
                t
                for t in self.TYPES
                if any(
                    c.end == len(key) and _KEY_QUALIFIERS.issuperset(key[: c.start].split())
                    for c in self._index.find(key, t.value)
                )
            )
            if not named:
                continue
            group = "value" if field["value"] is not None else "number"
            hit = self._value(text, Cell(*field.span(group)), named)
            if hit is not None:
                hits.append(hit)
        return hits

    def _header(
        self, text: str, start: int, end: int
    ) -> tuple[str, int, dict[int, tuple[EntityType, ...]]] | None:
        """The delimiter, the cell count and the typed columns of a header line: cells of
        words only, one at least that names a type."""
        line = text[start:end]
        if any(ch.isdigit() for ch in line):
            return None
        for delimiter in DELIMITERS:
            if delimiter not in line:
                continue
            cells = split_cells(text, start, end, delimiter)
            if len(cells) < 2:
                continue
            columns: dict[int, tuple[EntityType, ...]] = {}
            for column, cell in enumerate(cells):
                words = text[cell.start : cell.end]
                named = tuple(t for t in self.TYPES if self._index.find(words, t.value))
                if named:
                    columns[column] = named
            if columns:
                return delimiter, len(cells), columns
        return None

    def _value(self, text: str, cell: Cell, types: tuple[EntityType, ...]) -> Hit | None:
        value = text[cell.start : cell.end]
        if value.lower() in _EMPTY or "*" in value or "•" in value:
            return None  # (missing, or masked: "**** 1507")
        digits = value.translate(_DIGIT_SEPARATORS)
        if digits.isdigit():
            for entity, low, high in _LENGTHS:
                if entity in types and low <= len(digits) <= high:
                    if entity is EntityType.US_SSN and not is_valid_ssn(digits):
                        continue
                    how = f"{len(digits)} digits in a column its header names"
                    return self._result(cell.start, cell.end, self.SCORE, how, entity.value)
            return None
        if EntityType.PASSWORD in types and _ONE_WORD.fullmatch(value):
            how = "a word in a column its header names a password"
            return self._result(cell.start, cell.end, self.SCORE, how, EntityType.PASSWORD.value)
        return None
