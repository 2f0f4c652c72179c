"""CREDIT_CARD: full payment card numbers of every major brand, as people type them.

A candidate is a run of digit groups joined by the separators people use (spaces, double
spaces, dashes, " - ", dots, slashes, line breaks). It counts when its digits carry a
brand's issuer prefix, a length valid for that brand, and a valid Luhn checksum. When a
run holds more than a card (a card, then its expiry and code), the card is the leading
groups of the run; a group is never split.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from stdnum import luhn

from guard._model import CARD_DIGITS, EntityType
from guard._phrasing import MONEY_WORDS, MONTH
from guard.recognizers._base import GuardRecognizer, Hit
from guard.recognizers._cues import NumberFinder
from guard.recognizers._phrases import PhraseIndex, digit_count, digits_of
from guard.recognizers._tables import in_table_row


@dataclass(frozen=True, slots=True)
class Brand:
    """A card brand: issuer prefix ranges (inclusive, same digit count) and valid lengths."""

    name: str
    ranges: tuple[tuple[int, int], ...]
    lengths: frozenset[int]
    usual_length: int
    # Each range with its prefix's digit count, worked out once: (width, low, high).
    _prefixes: tuple[tuple[int, int, int], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        prefixes = tuple((len(str(low)), low, high) for low, high in self.ranges)
        object.__setattr__(self, "_prefixes", prefixes)

    def matches(self, digits: str) -> bool:
        if len(digits) not in self.lengths:
            return False
        for width, low, high in self._prefixes:  # noqa: SIM110 (any() over a generator is slower)
            if low <= int(digits[:width]) <= high:
                return True
        return False


def _lengths(low: int, high: int) -> frozenset[int]:
    return frozenset(range(low, high + 1))


BRANDS: tuple[Brand, ...] = (
    Brand("amex", ((34, 34), (37, 37)), frozenset({15}), 15),
    Brand("visa", ((4, 4),), frozenset({13, 16, 19}), 16),
    Brand("mastercard", ((51, 55), (2221, 2720)), frozenset({16}), 16),
    Brand("discover", ((6011, 6011), (644, 649), (65, 65), (622126, 622925)), _lengths(16, 19), 16),
    Brand("jcb", ((3528, 3589),), _lengths(16, 19), 16),
    Brand("jcb", ((2131, 2131), (1800, 1800)), frozenset({15}), 15),
    Brand("diners", ((300, 305), (3095, 3095), (36, 36), (38, 39)), _lengths(14, 19), 14),
    Brand("unionpay", ((62, 62), (81, 81)), _lengths(16, 19), 16),
    Brand("mir", ((2200, 2204),), _lengths(16, 19), 16),
    Brand("maestro", ((50, 50), (56, 69)), _lengths(12, 19), 16),
)

#: Shortest and longest card numbers of any brand.
MIN_DIGITS, MAX_DIGITS = CARD_DIGITS
#: Below this length a number must have a card word near it (12-digit Maestro).
CONTEXT_FREE_DIGITS = 13


# The brands whose prefixes may start with each digit, in BRANDS order: most brands are
# ruled out by a number's first digit, before any prefix is parsed.
_BRANDS_BY_FIRST_DIGIT: dict[str, tuple[Brand, ...]] = {
    first: tuple(
        brand
        for brand in BRANDS
        if any(str(low)[0] <= first <= str(high)[0] for low, high in brand.ranges)
    )
    for first in "0123456789"
}


# The two-digit openings of some brand's prefix: a window opening otherwise holds no card.
_CARD_OPENINGS: frozenset[str] = frozenset(
    f"{opening:02d}"
    for brand in BRANDS
    for low, high in brand.ranges
    for opening in (
        range(low * 10, low * 10 + 10)
        if low == high < 10
        else range(int(str(low)[:2]), int(str(high)[:2]) + 1)
    )
)


@lru_cache(maxsize=32)
def brand_of(digits: str) -> Brand | None:
    """The brand whose prefix and length `digits` fits, if its Luhn checksum is valid.

    (Cached: a run is read whole, then by windows, and `NumberFinder` reads it again.)
    """
    for brand in _BRANDS_BY_FIRST_DIGIT.get(digits[:1], BRANDS):
        if brand.matches(digits):
            return brand if luhn.is_valid(digits) else None
    return None


# Digit groups joined by what people type between them. " / " is left out: it joins
# two phone numbers far more often than two halves of a card.
# (A blank line too, and a comma: dictated numbers come out as "4963, 2161, 39928".)
# (And a dictation pause: "3572... 5316... 5091... 3557"; spaces lined up to align
# groups: "4263    0529    3304    5325"; underscores: "5336_6483_5519_6445".)
_SEPARATOR = (
    r"(?:[ \t]{1,6}|[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*|\ ?-\ ?|[./_]|,[ \t]?|(?:\.{3}|…)[ \t]?)"
)
# (Patterns open with a digit, not a look-behind, so the scan skips to digits at C speed.)
_RUN = re.compile(rf"\d(?<!\d\d)\d*(?:{_SEPARATOR}\d+)*(?!\d)")
_GROUP = re.compile(r"(\D*)(\d+)")  # a separator (none first) and a group
_GAP = re.compile(r"\D+")  # a separator inside a run
_SEPARATORS = str.maketrans("", "", " \t\r\n-./_,…")  # every character of _SEPARATOR
# After a run: a code typed next, with or without its cue ("cvv: 049", ", 049").
# (The words that name a card's code beside it.)
_CODE_WORDS = r"cvv2?|cvc2?|cid|csc|code|c[oó]digo"
_CODE_AFTER = re.compile(
    rf"(?i)[\s,;:]{{1,3}}(?:(?:{_CODE_WORDS}|sec(?:urity)?(?:\s+code)?)\W{{0,3}})?"
    r"\d{3,4}(?!\d)"
)

# How cards are printed (4-4-4-4, Amex 4-6-5, Diners 4-6-4, 19 digits 4-4-4-4-3), or typed
# in halves and quarters of that (8-4-4, 8-8, 12-4): groups of these lengths are one card
# even when typed with mixed separators ("42630529-3304 5325").
_CARD_GROUPINGS = frozenset(
    {
        *((4, 4, 4, 4), (4, 6, 5), (4, 6, 4), (4, 4, 4, 4, 3)),
        *((8, 4, 4), (4, 4, 8), (4, 8, 4), (8, 8), (12, 4)),
    }
)

# A code listed after the card, on the next line or item, past its expiry and the
# cardholder's name if they stand between: "- 4289 1563 2073 6147\n- 085", "1) 3410
# ...\n2) 02/29\n3) 595", a card's face copied as text ("...\nGOOD THRU 10 / 30\nOLGA
# LOPEZ\n132").
# (an emoji may mark the items of a note: "💳 ...\n📅 2/31\n🔒 253"; the expiry of such a
# note may be typed "09 29")
_ITEM = r"[ \t]*(?:\r?\n|[,;|])[ \t]*(?:(?:[-•*·]|\d[.)]|[^\w\s\x00-\x7f]{1,3})[ \t]*)?"
_EXPIRY_ITEM = (
    r"(?:(?:good\ thru|valid\ thru|exp\w*|vence|vto|valid\w*|hasta)\W{0,3})?"
    r"(?:0?[1-9]|1[0-2])(?:\ ?[/\-]\ ?|\ )(?:20)?\d\d"
)
_NAME_ITEM = r"[^\W\d_][^\W\d_ .'\-]*(?:[ .'\-]+[^\W\d_]+){0,4}"
# After the card, its expiry in words, then its code: "... 8649 nov 2030 685", "... vence
# marzo 29, cvv 412", "... 61946 abril de 2027 5533", "...\nJun 2026 376".
_CODE_AFTER_WORDED_EXPIRY = re.compile(
    rf"[\s,;|]+(?:(?:exp\w*|vence|vto|valid\w*|good\ thru|hasta)\W{{0,3}})?{MONTH}"
    rf"[ \t/\-]*(?:de[ \t]+)?(?:20)?\d\d(?!\d)[\s,;|]+(?:(?:{_CODE_WORDS})\W{{0,3}})?"
    r"(?P<code>\d{3,4})(?![\w%$€/.,:\-]|\ ?\d)",
    re.IGNORECASE,
)
_LISTED_CODE = re.compile(
    rf"(?:{_ITEM}(?:{_EXPIRY_ITEM}|{_NAME_ITEM})(?=[ \t]*(?:\r?\n|[,;|]))){{0,2}}{_ITEM}"
    rf"(?:(?:{_CODE_WORDS})\W{{0,3}})?"
    r"(?!(?:19|20)\d\d(?!\d))(?P<code>\d{3,4})(?![\w%$€/.,:\-]|\ ?\d)",  # (not a year)
    re.IGNORECASE,
)

# A code joined to the card by "and" or "/" ("... 4042 and 014", "... 2252 y 555", "...
# 2949 / 9263"), and the words that name a code or a PIN before the card.
_JOINED_CODE = re.compile(
    r"[ \t]+(?:and|y|&|/)[ \t]+(?P<code>\d{3,4})"
    rf"(?![\w%$€/.,:\-]|[ \t]?\d|[ \t]+(?:{MONEY_WORDS})\b)",
    re.IGNORECASE,
)
_PIN_NAMED = re.compile(r"(?i)\b(?:pin|nip)\b")
_CODE_NAMED = re.compile(
    rf"(?i)\b(?:{_CODE_WORDS}|security|seguridad|the back|de atr[aá]s|del reverso)\b"
)

# Groups set apart by one separator no one types inside a number, the same throughout: a
# spaced slash, a star, a bar, a symbol or emoji ("2300 / 2686 / 8018 / 5770",
# "4811*1771*...", "5392 * 8197 * ...", "5018 | 4569 | ...", "2300 🔹 4348 🔹 ..."): a card
# disguised, when its digits make one (brand and Luhn).
_ODD_SEPARATED = re.compile(
    r"(?<![\d*])\d{3,6}(?P<sep>[ \t]?(?:/|\*|\||[^\w\s\x00-\x7f]{1,3})[ \t]?)\d{3,6}"
    r"(?:(?P=sep)\d{3,6}){1,4}(?![\d*])"
)

# (What `_ODD_SEPARATED` needs between two digits: most messages hold none of it.)
_ODD_SEPARATOR_HINT = re.compile(r"\d[ \t]?(?:/[ \t]|\*[ \t]?\d|\||[^\w\s\x00-\x7f])")

_CONTEXT_REACH = 60
# Beside a leftover (an expiry or a code) the card may be followed by at most this much.
_MAX_LEFTOVER_GROUP = 4


def _card_grouped(lengths: list[int]) -> bool:
    """Groups of these lengths are how a card is printed or typed: one of
    `_CARD_GROUPINGS`, or fours with a shorter last group (4-4-4-4-2 for 18 digits), or
    pairs (45 85 49 74 ...)."""
    return (
        tuple(lengths) in _CARD_GROUPINGS
        or (len(lengths) >= 3 and all(n == 4 for n in lengths[:-1]) and 1 <= lengths[-1] <= 4)
        or (len(lengths) >= _PAIRS and all(n == 2 for n in lengths[:-1]) and lengths[-1] <= 2)
    )


_PAIRS = 6  # (a card typed in pairs has 7 to 10 of them)


#: A card's signature strip as a line of text: the last four, then the code ("9461  431",
#: "2489\t363"), at the line's head or after a lead-in ending in a colon ("the app says
#: invalid: 2626\t901": group "lead").
SIGNATURE_STRIP = re.compile(
    r"(?m)(?:^|(?P<lead>:[ \t]*))[ \t]*(?P<last>\d{4})[ \t]{1,3}(?P<code>\d{3})[ \t]*$"
)
# The four digits on the line right above an Amex number, alone on it: its CID.
_LINE_ABOVE = re.compile(r"(?:^|\n)[ \t]*(?P<code>\d{4})[ \t]*\n[ \t]*\Z")
# An expiry typed as four digits: "0928".
_MMYY = re.compile(r"(?:0[1-9]|1[0-2])\d\d")
# What makes the digits after a card an amount, not its code: "- 3799 dlls", "- 3737.17".
_AMOUNT_AFTER = re.compile(rf"[.,]\d{{1,2}}(?!\d)|[ \t]*(?i:{MONEY_WORDS})(?![^\W_])")


class _Group(NamedTuple):
    start: int
    end: int
    digits: str
    separator: str  # what joins it to the group before ('' for the first)


_DATE_IN_RUN = re.compile(r"(?<!\d)\d{1,2}/(?:\d{2}){1,2}(?!\d)")


def _whole_card(typed: str, digits: str) -> Brand | None:
    """The brand of a run (`typed`, holding `digits`) read whole, if it is one card. A run
    read whole keeps one separator style, or holds no date: "4111 1111 1111 1 05/2027"
    must not lend the card its expiry year as "last four"."""
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
        return None
    if "/" in typed and len(set(_GAP.findall(typed))) > 1 and _DATE_IN_RUN.search(typed):
        return None  # ("5554-2381 2977/7889": a slash between groups of four is no date)
    return brand_of(digits)


def _may_be_code(text: str, group: _Group) -> bool:
    """Whether a group typed after a card may be its code: 3-4 digits, no amount."""
    return 3 <= len(group.digits) <= 4 and _AMOUNT_AFTER.match(text, group.end) is None


def _in_iban(text: str, start: int) -> bool:
    """Whether the run at `start` opens after an IBAN's country letters ("ES91 2100 0418
    4502 0005 1332", "IT63 I942 ..."): two capitals glued to it, a word of their own."""
    country = text[max(0, start - 2) : start]
    return (
        len(country) == 2
        and country.isascii()
        and country.isalpha()
        and country.isupper()
        and not text[start - 3 : start - 2].isalnum()
    )


def _groups(text: str, run: re.Match[str]) -> list[_Group]:
    """The digit groups of one run, each with the separator before it."""
    return [
        _Group(match.start(2), match.end(2), match.group(2), match.group(1))
        for match in _GROUP.finditer(text, run.start(), run.end())
    ]


class CardNumberRecognizer(GuardRecognizer):
    """Finds card numbers by issuer prefix, brand length and Luhn checksum."""

    ENTITY = EntityType.CREDIT_CARD.value
    MIN_DIGITS = MIN_DIGITS  # the shortest card (the module constant above)
    CODE_ENTITY = EntityType.CARD_SECURITY_CODE.value
    PIN_ENTITY = EntityType.PIN.value
    TRAILING_CODE_SCORE = 0.7
    SCORE = 1.0
    SHORT_SCORE = 0.8

    def __init__(
        self,
        context: Sequence[str] = (),
        not_context: Sequence[str] = (),
        numbers: NumberFinder | None = None,
        labels: Sequence[str] = (),
        supported_language: str = "en",
    ) -> None:
        self._context = PhraseIndex(context)
        self._not_context = PhraseIndex([*not_context, *labels])
        self._numbers = numbers if numbers is not None else NumberFinder()
        super().__init__(
            supported_entities=[self.ENTITY, self.CODE_ENTITY, self.PIN_ENTITY],
            name="CardNumberRecognizer",
            supported_language=supported_language,
            context=list(context),
        )

    def find(self, text: str) -> list[Hit]:
        results: list[Hit] = []
        if digit_count(text) < MIN_DIGITS:
            return results
        for run in _RUN.finditer(text):
            start, end = run.span()
            if end - start < MIN_DIGITS or _in_iban(text, start):
                continue
            typed = run.group()
            # (Most cards are typed as one group: their run is their digits.)
            whole = typed if typed.isdecimal() else typed.translate(_SEPARATORS)
            if len(whole) < MIN_DIGITS:
                continue
            brand = _whole_card(typed, whole)
            if brand is not None:
                # The usual case: the run is one card.
                hit = self._card(text, start, end, len(whole), brand)
                if hit is not None:
                    results.append(hit)
                    results.extend(self._listed_code(text, end))
                continue
            if len(whole) == len(typed):
                continue  # one group, and not a card read whole: no window holds one
            groups = _groups(text, run)
            # "... 979 8/30 cvv: 049": a code typed after the run.
            code_follows = _CODE_AFTER.match(text, run.end()) is not None
            for first, last, brand in self._cards_in(groups, code_follows):
                joint = groups[first].separator
                if (
                    first > 0
                    and (joint.strip() or (last > first and joint == groups[first + 1].separator))
                    # (in a card's own grouping it is a card typed after the label's
                    # number: "ticket #88213 6598 0270 9826 3633", "... 6228 3447 7371
                    # 6048 39")
                    and not _card_grouped([len(g.digits) for g in groups[first : last + 1]])
                    and self._is_negated(text, groups[0].start)
                ):
                    # "confirmation code 912-5876818-1050769", "The ARN is 7 430928 6282
                    # 04829251560 4": the groups of a labelled run, joined as it joins them,
                    # are its own ("ticket #88213 38/78/34/..." is a ticket, then a card)
                    continue
                length = sum(len(g.digits) for g in groups[first : last + 1])
                hit = self._card(text, groups[first].start, groups[last].end, length, brand)
                if hit is None:
                    continue
                results.append(hit)
                if last + 1 < len(groups) and _may_be_code(text, groups[last + 1]):
                    # "4111 1111 1111 1111 123": the group typed right after a card is its
                    # code (or the end of a longer card): masked either way; after an
                    # expiry typed as four digits, the group after it too ("... 5510 0928
                    # 257").
                    after = [groups[last + 1]]
                    if (
                        _MMYY.fullmatch(after[0].digits)
                        and last + 2 < len(groups)
                        and _may_be_code(text, groups[last + 2])
                    ):
                        after.append(groups[last + 2])
                    results.extend(
                        self._result(
                            code.start,
                            code.end,
                            self.TRAILING_CODE_SCORE,
                            "3-4 digits typed right after a card number",
                            entity=self.CODE_ENTITY,
                        )
                        for code in after
                    )
                else:
                    results.extend(self._listed_code(text, groups[last].end))
        if _ODD_SEPARATOR_HINT.search(text) is not None:
            results.extend(self._odd_separated(text, results))
        if results and "\n" in text:
            results.extend(self._printed_codes(text, results))
        return results

    def _printed_codes(self, text: str, found: list[Hit]) -> list[Hit]:
        """Codes a pasted photo of the card shows apart from its number: the four digits
        printed above an Amex number ("GOLD\n4896\n3460 561691 87379"), and the code
        after the last four on the back's signature strip ("9461  431")."""
        taken = [(hit.start, hit.end) for hit in found]
        hits: list[Hit] = []
        for hit in [h for h in found if h.entity_type == self.ENTITY]:
            digits = digits_of(text[hit.start : hit.end])
            spans: list[tuple[int, int]] = []
            brand = brand_of(digits)
            if brand is not None and brand.name == "amex":
                above = _LINE_ABOVE.search(text, 0, hit.start)
                if above is not None:
                    spans.append(above.span("code"))
            # (the strip's line holds only the card's last four and the code)
            spans.extend(
                strip.span("code")
                for strip in SIGNATURE_STRIP.finditer(text)
                if not strip["lead"] and strip["last"] == digits[-4:]
            )
            for start, end in spans:
                if not any(s < end and start < e for s, e in taken):
                    how = "3-4 digits printed on the card beside its number"
                    score = self.TRAILING_CODE_SCORE
                    hits.append(self._result(start, end, score, how, entity=self.CODE_ENTITY))
                    taken.append((start, end))
        return hits

    def _odd_separated(self, text: str, found: list[Hit]) -> list[Hit]:
        """Cards whose groups a disguising separator sets apart (see `_ODD_SEPARATED`)."""
        hits = []
        for match in _ODD_SEPARATED.finditer(text):
            start, end = match.span()
            if any(hit.start < end and start < hit.end for hit in found):
                continue
            digits = digits_of(match.group())
            brand = brand_of(digits) if MIN_DIGITS <= len(digits) <= MAX_DIGITS else None
            if brand is not None:
                hit = self._card(text, start, end, len(digits), brand)
                if hit is not None:
                    hits.append(hit)
        return hits

    def _listed_code(self, text: str, end: int) -> list[Hit]:
        """The code listed on the line or item after a card ending at `end`, if any (not
        the next cell of a table's row: its header says what that is), or joined to it by
        "and" or "/" when the message named the code (or the PIN) before the card ("it
        asked for the card number and the code on the back, i put 4955 ... 4042 and 014")."""
        entity = self.CODE_ENTITY
        listed = _LISTED_CODE.match(text, end) or _CODE_AFTER_WORDED_EXPIRY.match(text, end)
        if listed is None:
            joined = _JOINED_CODE.match(text, end)
            if joined is not None and _CODE_NAMED.search(text, 0, end) is not None:
                listed = joined
            elif joined is not None and _PIN_NAMED.search(text, 0, end) is not None:
                # "I entered my debit card and pin on that site: 6495 ... 2949 / 9263"
                listed, entity = joined, self.PIN_ENTITY
        if listed is None:
            return []
        start, stop = listed.span("code")
        if "\n" not in text[end:start] and in_table_row(text, start):
            return []  # ("| Card | Cost center |" ... "| 4111 ... | 5356 |")
        if _AMOUNT_AFTER.match(text, stop) is not None:
            return []  # "... 5453\n3799 dlls": an amount
        how = "3-4 digits listed after a card number"
        return [self._result(start, stop, self.TRAILING_CODE_SCORE, how, entity=entity)]

    def _card(self, text: str, start: int, end: int, length: int, brand: Brand) -> Hit | None:
        """The card number of `length` digits at text[start:end], unless a label names it
        ("tracking 9400 ...") or, a short one, no card word stands near it."""
        if self._is_negated(text, start):
            return None
        if length < CONTEXT_FREE_DIGITS and not self._has_context(text, start):
            return None
        score = self.SCORE if length >= CONTEXT_FREE_DIGITS else self.SHORT_SCORE
        return self._result(start, end, score, f"{brand.name} prefix, {length} digits, Luhn valid")

    def _cards_in(
        self, groups: list[_Group], code_follows: bool = False
    ) -> list[tuple[int, int, Brand]]:
        """Group index ranges [first, last] of the cards in a run that is not one card
        read whole, left to right."""
        found: list[tuple[int, int, Brand]] = []
        # The digits of the run from each group on: a window that opens where no brand's
        # prefix can, or that cannot reach CONTEXT_FREE_DIGITS, holds no card.
        digits = "".join(g.digits for g in groups)
        offset = 0
        index = 0
        while index < len(groups) and len(digits) - offset >= CONTEXT_FREE_DIGITS:
            best = None
            if digits[offset : offset + 2] in _CARD_OPENINGS:
                # (A card typed twice: the groups before the second copy are the first.)
                after_card = bool(found) and found[-1][1] == index - 1
                best = self._best_window(groups, index, code_follows, after_card)
            if best is None:
                offset += len(groups[index].digits)
                index += 1
                continue
            found.append(best)
            offset += sum(len(g.digits) for g in groups[index : best[1] + 1])
            index = best[1] + 1
        return found

    def _best_window(
        self, groups: list[_Group], first: int, code_follows: bool = False, after_card: bool = False
    ) -> tuple[int, int, Brand] | None:
        """The most plausible card starting at group `first`, if any."""
        candidates: list[tuple[tuple[int, int], tuple[int, int, Brand]]] = []
        digits = ""
        for last in range(first, len(groups)):
            digits += groups[last].digits
            if len(digits) > MAX_DIGITS:
                break
            # A 12-digit card (Maestro) only ever stands alone: inside a longer run, twelve
            # digits are far more often part of something else.
            if len(digits) < CONTEXT_FREE_DIGITS or not self._plausible_window(
                groups, first, last, after_card
            ):
                continue
            brand = brand_of(digits)
            if brand is not None:
                usual = 0 if len(digits) == brand.usual_length else 1
                candidates.append(((usual, -len(digits)), (first, last, brand)))
        if not candidates:
            return None
        best = min(candidates, key=lambda c: c[0])[1]
        longest = max(candidates, key=lambda c: -c[0][1])[1]
        # "62 21 26 13 63 81 12 98 33 2": groups of one or two digits after a card are
        # the rest of a longer card, not a code or an expiry; so is a group joined by the
        # card's own dot, dash or slash ("4543.6666.5937.6630.011"): a code typed after
        # a card is set apart by a space.
        extra = groups[best[1] + 1 : longest[1] + 1]
        inner = groups[best[1]].separator if best[1] > best[0] else ""
        after_longest = groups[longest[1] + 1 :]
        if longest[1] > best[1] and (
            all(len(g.digits) <= 2 for g in extra)
            or (inner.strip() and all(g.separator == inner for g in extra))
            # "5018 0004 5486 9727 004 12/26 123": a code still follows the longer card
            or any(3 <= len(g.digits) <= 4 for g in after_longest)
            or code_follows
        ):
            return longest
        return best

    @staticmethod
    def _plausible_window(
        groups: list[_Group], first: int, last: int, after_card: bool = False
    ) -> bool:
        """A card inside a longer run keeps one separator style, what follows it in the
        run is short (an expiry, a code), never another long group, and what precedes it
        is set apart by another separator (a tracking number is one long uniform run),
        unless it is a card found just before (`after_card`: one card typed twice)."""
        separators = {groups[i].separator for i in range(first + 1, last + 1)}
        # (Spaces and line breaks are one style: "3487 920831\n02031 11/2026". A card's
        # own grouping may mix them: "4416 5773-8504-9298 02-30 109".)
        if len({" " if sep.isspace() else sep for sep in separators}) > 1 and (
            tuple(len(g.digits) for g in groups[first : last + 1]) not in _CARD_GROUPINGS
        ):
            return False
        # Groups before the card like its own groups: a tracking or account number,
        # unless it is one group and the card ends the run ("pin 0704 3550 9053 9917 4448").
        leading = groups[first - 1] if first > 0 and not after_card else None
        if (
            leading is not None
            and (first > 1 or last + 1 < len(groups) or len(groups[last].digits) < 3)
            and groups[first].separator in separators
            and leading.separator in ("", groups[first].separator)  # not "10/2027 5433..."
            and len(leading.digits) == len(groups[first].digits)
        ):
            return False
        if first == last:
            return True  # one group typed as the whole card: "372, 5 2 5 8 ... 7 6, 78514"
        size = last + 1 - first
        if [g.digits for g in groups[last + 1 : last + 1 + size]] == [
            g.digits for g in groups[first : last + 1]
        ]:
            return True  # the same card typed again after it
        following = []
        for group in groups[last + 1 : last + 4]:
            if "\n" in group.separator or (
                "," in group.separator and not any("," in sep for sep in separators)
            ):
                break  # the next line or item is something else ("...\n17866 Park Pl")
            following.append(group)
        return all(len(g.digits) <= _MAX_LEFTOVER_GROUP for g in following)

    def _has_context(self, text: str, start: int) -> bool:
        return self._context.occurs_between(text, max(0, start - _CONTEXT_REACH), start)

    def _is_negated(self, text: str, start: int) -> bool:
        return NumberFinder.labelled_by(self._not_context, text, start)
