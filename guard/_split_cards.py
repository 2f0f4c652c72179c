"""Split card numbers: a card typed over consecutive customer messages ("4111", "1111",
"1111", "1111") is found on the message that completes it, naming the earlier ones.

Pure: the card runs a conversation has going come in and go out (guard/_state.py holds
them: a prefix, a length and a Luhn sum, never the digits).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from guard._chat_numbers import ChatNumber, named_otherwise, numbers_in
from guard._clauses import after_speaker_tag
from guard._model import EntityType, Finding, Message
from guard._phrasing import PhraseSet
from guard._rules import SplitCardRules
from guard._state import BIN_DIGITS, CardRun
from guard._text import NormalizedText
from guard.recognizers._base import NAMED_SCORE
from guard.recognizers._cues import NumberFinder, street_number
from guard.recognizers._phrases import digits_of
from guard.recognizers.card import BRANDS, MAX_DIGITS
from guard.recognizers.codes import SecurityCodeRecognizer

SPLIT_CARD_RECOGNIZER = "SplitCardRule"
SPLIT_CARD_SCORE = 1.0

# A part typed on from the last: "...9736-5936" (alone, the dots mask a number instead).
_CONTINUED = re.compile(r"[ \t]*(?:\.{2,}|…)[ \t]*(\d{2,}(?:[ \-]\d{2,})*)[ \t.…!]*")
# Card runs kept at once: started at the last few parts.
_MAX_RUNS = 3
# Dots after a number: more of it follows ("6762...").
_GOES_ON = re.compile(r"[ \t]*(?:\.{2,}|…)[ \t]*$")
# The fewest digits of a part typed beside a code ("1420-2909 código 623").
_MIN_PART_DIGITS = 4
# A run of one group this long may be a last four told, not a card's start.
_LONE_GROUP = 4
# After a whole card of the common length, a card's code (3 or 4 digits) is no part of
# a longer one ("67" may be: "3052 826030 0680" - "67"; so may a shorter valid start go on).
_WHOLE_DIGITS = 16
# What names a part as a card's last, the part that completes it ("y termina en 4238
# 1720"), and how far before the part it may stand.
_ENDING_REACH = 24
_ENDING = re.compile(
    r"(?i)\b(?:termina(?:da|do)?\s+en|ends?\s+(?:in|with)|ending\s+(?:in|with)"
    r"|(?:los\s+)?[uú]ltimos(?:\s+(?:cuatro|4|n[uú]meros|d[ií]gitos))?|[uú]ltima\s+parte"
    r"|(?:the\s+)?last(?:\s+(?:four|4|digits|numbers|ones|part|group))?)[\s:,\-]*\Z"
)
# A message of digit groups alone, apart by commas or spaces: one part of a card.
_GROUPS_ONLY = re.compile(r"[ \t]*\d{3,}(?:[ \t]*,[ \t]*\d{3,})+[ \t.]*")
# A phone number shape: 3-3-4, 3-4, (555) 123-4567.
_PHONE = re.compile(
    r"^(?:\d{3}[ \-.]\d{3}[ \-.]\d{4}|\d{3}-\d{4}|1[ \-]\d{3}[ \-]\d{3}[ \-]\d{4})$"
)


class SplitCardRule:
    """The `split_cards` rule of rules/conversation.yaml."""

    def __init__(self, rules: SplitCardRules) -> None:
        self._cards = rules
        self._not_context = PhraseSet(p for ps in rules.not_context.values() for p in ps)
        #: Words after a number that make it a quantity, not a card's part ("1200 dollars").
        self.units = PhraseSet(p for ps in rules.units.values() for p in ps)

    def live_run(self, run: CardRun | None, turn: int, at: float | None) -> CardRun | None:
        """`run`, unless it has run out of messages or of time. Messages count from
        its latest part: "hold on", "sorry the chat is lagging" may come between any two
        (the digits a run may hold bound how long it goes on)."""
        if run is None:
            return None
        latest = run.last_turn if run.last_turn is not None else run.first_turn
        if turn - latest >= self._cards.max_messages:
            return None
        if (
            at is not None
            and run.first_at is not None
            and at - run.first_at > self._cards.max_seconds
        ):
            return None
        return run

    def holds_a_card(self, runs: Sequence[CardRun]) -> bool:
        """Whether one of `runs` is a whole card already (a longer brand may still grow
        it): a number after it is the next value asked for, not more of the card."""
        return any(run.length >= self._cards.min_digits and _is_card(run) for run in runs)

    def step(
        self,
        message: Message,
        norm: NormalizedText,
        findings: Sequence[Finding],
        runs: tuple[CardRun, ...],
        *,
        turn: int,
    ) -> tuple[list[Finding], tuple[CardRun, ...]]:
        """The card a part completes, and the runs that go on. Each live run (earliest
        start first) takes this part; after a message without a part, a new run starts
        here too, so that a number typed before the card ("3" from a menu, an order
        number, then "I'll type my card number") does not spoil it."""
        # (a transcript's line is read past its speaker tag: "[02:15] cliente: 1111")
        body = after_speaker_tag(norm.text)
        # (nor a street number: "its 5869 Lakeview Blvd, Boston MA 30303")
        numbers = [
            n
            for n in numbers_in(norm.text)
            if n.start >= body and not street_number(norm.text, n.end)
        ]
        if not numbers:
            # "...9736-5936" goes on with the card being typed; an amount or a date typed
            # between two parts ("pagué $812.21 en Remitly") is no part and ends nothing.
            continued = _CONTINUED.fullmatch(norm.text, body) if runs else None
            if continued is None:
                return [], runs
            start, end = continued.span(1)
            numbers = [ChatNumber(start, end, digits_of(continued[1]))]
        if len(numbers) > 1 and _GROUPS_ONLY.fullmatch(norm.text, body):
            # "3737, 946307": groups of one part, nothing else in the message.
            numbers = [
                ChatNumber(numbers[0].start, numbers[-1].end, "".join(n.digits for n in numbers))
            ]
        if len(numbers) > 1:
            # "los primeros 4 son 4111": a count beside the part is no part.
            numbers = [n for n in numbers if len(n.digits) > 2]
        if len(numbers) > 1:
            # "2142 exp 04/2027 cvv 042", "6415 7417 y el de atrás es 636": the code the
            # recognizers found beside the last part is no part.
            free = [n for n in numbers if not _taken(norm, n, findings)]
            if not free:
                # "1420-2909 código 623": both read as codes by a weak cue; the part is
                # the one of a part's length (it still has to complete a card).
                free = [
                    n
                    for n in numbers
                    if len(n.digits) >= _MIN_PART_DIGITS
                    and not _taken(norm, n, findings, min_score=NAMED_SCORE)
                ]
            numbers = free if len(free) == 1 else numbers
        if len(numbers) != 1:
            return [], ()
        [number] = numbers
        start, end = norm.to_original(number.start, number.end)
        # A code or an SSN of its own is no card part unless it completes the card ("7139
        # 5012 09/29" ends a card though "5012" beside an expiry looks like a code); a
        # (short) card may be the start of a longer one: "card: 6288 9826 7784", "6044".
        claimed = _taken(norm, number, findings)
        if _PHONE.match(norm.text[number.start : number.end]):
            return [], ()
        if (
            claimed
            and _taken(norm, number, findings, min_score=NAMED_SCORE)
            and _GOES_ON.match(norm.text, number.end) is None
        ):
            # A value its own cue names is no part, unless it says more follows ("6762..."):
            # "it sent me 034133" after a phone number typed alone ("6465550123") made a
            # Luhn-valid 16 digits.
            return [], runs
        digits = number.digits
        going: list[CardRun] = []
        for run in runs:
            given_whole = (
                len(run.ids) == 1
                and run.length >= _WHOLE_DIGITS
                and SecurityCodeRecognizer.MIN_DIGITS
                <= len(digits)
                <= SecurityCodeRecognizer.MAX_DIGITS
            )
            if (claimed or given_whole) and self.holds_a_card([run]):
                # a card given whole, then its code (asked for or not): "it's 992", "532"
                # (typed in parts, a 19-digit card may go on: "4111", ..., "1111", "111";
                # so may a shorter valid start: "4533 3147 8932 8" - "807")
                continue
            if _typed_again(run, digits):
                continue  # "SHELL OIL 57442311" in two messages: one number, not two parts
            if run.length + len(digits) <= MAX_DIGITS:
                extended = run.extend(digits, message.id, turn)
                if _could_be_card(extended.prefix):
                    going.append(extended)
        # A part typed right after another continues it; one typed after a message
        # without a part ("I'll type my card number") may also start a card afresh, and
        # so may one after a lone group of four ("6817" for the last four asked, then
        # "es la 6207", "luego 7928", ...).
        fresh = not going or all(
            (run.last_turn is not None and run.last_turn < turn - 1)
            or (len(run.ids) == 1 and run.length <= _LONE_GROUP)
            for run in runs
        )
        # A part read as a code may still start a card when it says more follows
        # ("6762..."); a card's last four, told to find it, starts none ("last 4 are 5962").
        goes_on = _GOES_ON.match(norm.text, number.end) is not None
        opens = (not claimed or goes_on) and not NumberFinder.is_last_four(norm.text, number.start)
        if fresh and opens and len(digits) <= MAX_DIGITS and _could_be_card(digits[:6]):
            going.append(CardRun.start(digits, message.id, turn, message.timestamp))
        if not going:
            return [], ()
        complete = next(
            (
                run
                for run in going
                if len(run.ids) >= 2 and run.length >= self._cards.min_digits and _is_card(run)
            ),
            None,
        )
        if claimed and complete is None and not goes_on:
            return [], ()
        # Last (it costs most): "order 4111", "zip 94107", "$1200" are no card parts; but
        # the card's end may be named so when it completes the card being read out ("él
        # dice 5291 0075" - "y termina en 4238 1720").
        ending = complete is not None and _ENDING.search(
            norm.text, max(0, number.start - _ENDING_REACH), number.start
        )
        if not ending and named_otherwise(norm.text, number, self._not_context, after=self.units):
            return [], ()
        if complete is not None:
            finding = Finding(
                type=EntityType.CREDIT_CARD,
                start=start,
                end=end,
                score=SPLIT_CARD_SCORE,
                recognizer=SPLIT_CARD_RECOGNIZER,
                explanation=f"card number over {len(complete.ids)} messages, "
                f"{complete.length} digits, Luhn valid",
                parts=complete.ids[:-1],
            )
            # A brand that allows longer numbers (a 19-digit Visa, UnionPay) may still
            # get more digits: keep the run so that they are caught too.
            return [finding], (complete,) if _may_grow(complete) else ()
        return [], tuple(going[-_MAX_RUNS:])


def _issuer_intervals() -> tuple[list[int], list[int]]:
    """Every brand's issuer ranges as intervals of 6-digit prefixes, merged and sorted:
    the starts and the ends (inclusive)."""
    spans = sorted(
        (
            low * 10 ** (BIN_DIGITS - len(str(low))),
            (high + 1) * 10 ** (BIN_DIGITS - len(str(low))) - 1,
        )
        for brand in BRANDS
        for low, high in brand.ranges
    )
    merged: list[list[int]] = []
    for low, high in spans:
        if merged and low <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], high)
        else:
            merged.append([low, high])
    return [low for low, _ in merged], [high for _, high in merged]


_ISSUER_STARTS, _ISSUER_ENDS = _issuer_intervals()


def _could_be_card(prefix: str) -> bool:
    """Some brand's issuer prefix starts with (or is started by) `prefix`."""
    if not prefix:
        return False
    prefix = prefix[:BIN_DIGITS]
    scale = 10 ** (BIN_DIGITS - len(prefix))
    lowest, highest = int(prefix) * scale, (int(prefix) + 1) * scale - 1
    # The last interval starting at or below `highest` is the only one that may overlap.
    index = bisect_right(_ISSUER_STARTS, highest) - 1
    return index >= 0 and _ISSUER_ENDS[index] >= lowest


def _typed_again(run: CardRun, digits: str) -> bool:
    """Whether `digits` repeat the one part of `run`: its length and its first six digits
    (the run keeps no more of them). A card's first two parts alike that far are one in a
    million; shorter ones may well be ("4444 4444 ...")."""
    return (
        len(run.ids) == 1
        and run.length == len(digits)
        and len(run.prefix) >= BIN_DIGITS
        and digits.startswith(run.prefix)
    )


def _may_grow(run: CardRun) -> bool:
    """Some brand with this prefix has valid lengths beyond the run's."""
    for length in range(run.length + 1, MAX_DIGITS + 1):
        shaped = run.prefix + "0" * (length - len(run.prefix))
        if any(brand.matches(shaped) for brand in BRANDS):
            return True
    return False


def _taken(
    norm: NormalizedText,
    number: ChatNumber,
    findings: Sequence[Finding],
    *,
    min_score: float = 0.0,
) -> bool:
    """Whether a finding of another type than a card (scoring at least `min_score`)
    covers `number`."""
    start, end = norm.to_original(number.start, number.end)
    return any(
        start < f.end
        and f.start < end
        and f.type is not EntityType.CREDIT_CARD
        and f.score >= min_score
        for f in findings
    )


def _is_card(run: CardRun) -> bool:
    if not run.luhn_valid:
        return False
    shaped = run.prefix + "0" * (run.length - len(run.prefix))
    return any(brand.matches(shaped) for brand in BRANDS)
