"""Bare answers: the values a customer's reply gives for what an agent asked (or noticed,
or the customer named, gave or talked about) with no cue of their own: "482", "sure,
551903", a listed ask answered in its order ("33191, 0522, 6837"), a password typed bare
("Perro!!7 thanks").

`ConversationRule` (guard/_conversation.py) knows when a reply may answer and what it
awaits (a `PendingAsk`); `AnswerReader` knows which numbers and words of the reply are the
values, and which are something else (a phone number, an order number, a sender's short
code, a number a verb does not give).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

import regex
from stdnum.us import ssn as stdnum_ssn

from guard._bare_passwords import BarePasswords, stated
from guard._chat_numbers import ChatNumber, named_otherwise, numbers_in
from guard._clauses import LIST_MARKER
from guard._mail import mail_body
from guard._model import EntityType, Finding
from guard._phrasing import MONTH, PhraseSet, fold, overlaps, vocabulary_pattern
from guard._rules import AnswerRules
from guard._state import PendingAsk
from guard._text import NormalizedText

# (`folded` caches: a customer message is read for phrases by several rules)
from guard.recognizers._base import NAMED_SCORE, starred_retype
from guard.recognizers._cues import NumberFinder
from guard.recognizers._phrases import digits_of
from guard.recognizers._phrases import folded as fold_message

ANSWER_RECOGNIZER = "ConversationAnswerRule"
ANSWER_SCORE = 0.85
# Digit counts a bare answer of each type may have.
_ANSWER_DIGITS: dict[EntityType, tuple[int, int]] = {
    EntityType.CARD_SECURITY_CODE: (3, 4),
    EntityType.ONE_TIME_PASSCODE: (4, 8),
    EntityType.PIN: (4, 6),
    EntityType.US_SSN: (9, 9),
}
# Where a quoted ask ends, in a reply that quotes it first.
_QUOTE_END = re.compile(r"""[?!"”»\n]|->|=>""")
# ... in a pasted screen, a line break only after a line that quotes ("> What's the
# PIN?") or asks: its last line ("Last payment Jan 18, 2023") answers nothing.
_PASTE_LINES = 3
_QUOTING_LINE = re.compile(r"""(?:^|\n)[ \t]*(?:[>"“«]|re:)[^\n]*\n\Z|[?!][ \t]*\n\Z""", re.I)
# "my 2020 honda", "mi 2015": a number owned like a thing is no secret given.
_POSSESSED = regex.compile(r"(?i)(?<!\w)(?:my|our|mi|mis|nuestr[oa]s?)\s+\Z")
# The word right after a number (if it is the next thing in the text).
_NEXT_WORD = regex.compile(r"[ \t]{1,2}([\w']+)")
# A bare answer: at most this many words ("ok here it is: 551903 thanks").
_ANSWER_MAX_WORDS = 12
_ANSWER_MAX_NUMBERS = 2  # "sure, 551903. also my zip is 94107"
# A correction in chat's way: a star before the right value ("*743", "*674 112 🙂").
_STARRED = re.compile(r"\s*\*\s?(\d(?:[ \-]?\d)*)\s*[^\w\s]{0,6}\s*")
# Where the fields of a listed answer part: line breaks; list markers on one line ("1)
# 793469 2) Brenda Reyes 3) 883"); commas or semicolons.
_LINE_BREAKS = re.compile(rf"[ \t]*\n\s*(?:{LIST_MARKER}[ \t]+)?")
_INLINE_MARKER = re.compile(r"(?:^|[ \t,;]+)\d{1,2}[.)][ \t]+")
_FIELD_BREAK = re.compile(r"[ \t]*[,;][ \t]*")
_FIELD_MARKER = re.compile(rf"\s*{LIST_MARKER}[ \t]+")
_LIST_MARKER = re.compile(r"(?:^|\n)[ \t]*(\d{1,2})[.)][ \t]")
# Words a reply says: a number typed apart is one ("it's 5 9 8 so i type that in").
_WORDS = regex.compile(r"\d(?:[ \-]?\d)*|\w+")
# Shapes no code, passcode, PIN or SSN is typed in: a phone number (North American
# "555-0142", Latin American "0662-2482", Spanish "612 34 56 78"), an ISO date, a month
# and year, a ZIP+4, a version number.
_NOT_AN_ANSWER = regex.compile(
    r"^(?:\d{3}[ \-.]\d{3}[ \-.]\d{4}|\d{3,4}-\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}-\d{2}|\d{5}-\d{4}"
    r"|\d{2,3}(?:[ .]\d{2}){3}|\d{2}[ .]\d{3}(?:[ .]\d{2}){2}"
    r"|\d{1,2}(?:\.\d{1,3}){2,})$"  # ... and a version: "1.1.8"
)
# Security codes, passcodes and PINs: a reply of 3 to 8 digits after asking for any of
# them is that value, whatever length the asked type usually has.
_CODE_TYPES = frozenset(
    {EntityType.CARD_SECURITY_CODE, EntityType.ONE_TIME_PASSCODE, EntityType.PIN}
)
_CODE_DIGITS = (3, 8)
_LAST_FOUR_DIGITS = 4
# Words that order the parts of a card typed in pieces, right before a part.
_NEXT_PART = re.compile(
    r"(?i)\b(?:(?:(?:first|second|third|next|last|other)\s+)?(?:part|half|bit|chunk|group|set)"
    r"(?:\s*#?\d)?(?:\s+is)?|(?:(?:primera|segunda|tercera|siguiente|[uú]ltima|otra)\s+)?"
    r"(?:parte|mitad)(?:\s*#?\d)?(?:\s+es)?|first|then|next|rest(?:\s+is)?|the\s+rest"
    r"|after\s+that|primero|luego|despu[eé]s|sigue|el\s+resto|lo\s+dem[aá]s)[\s:,]*\Z"
)
# The codes a recognizer may read by a weak cue or by where they stand, that an ask for
# another code may read again as that code.
_RETYPED_CODES = frozenset({EntityType.CARD_SECURITY_CODE, EntityType.ONE_TIME_PASSCODE})
_LETTER = re.compile(r"[^\W\d_]")
# Before a value a verb gives (`givers`), the words that may stand between: "probé con
# 3709", "me llegó el 696456", "tried: 8720".
_GIVER_TAIL = r"(?:[ \t]+(?:con|el|la|with|like|in))?[ \t:,]*\Z"
_GIVER_REACH = 40
# ... and after words that hand a value over, line breaks too: "aquí está:\n\n1753".
_HANDOVER_TAIL = r"[\s:,\-]*\Z"
# Groups of a value read out or typed apart ("284... 603", "12, 34 56"): what may stand
# between them, and how many digits each has.
_GROUP_GAP = re.compile(r"[ \t]*(?:\.{2,}|…|,)[ \t.…,]*")
_GROUP_DIGITS = (2, 4)
# ... and an SSN's three groups also apart by a spaced dash: "098 - 53 - 3435".
_SSN_GAP = re.compile(r"[ \t]*-[ \t]*")
_SSN_GROUPS = [3, 2, 4]
# What a topic takes: a PIN or a short code only after a verb that gives it ("tried
# 8720"); a code of this many digits also bare.
_TOPIC_BARE_CODE = 6
_LAST_FOUR = 4
# What a reply to an ask for the last four, a ZIP or a date of birth carries: the last
# four, a ZIP ("4531 83834", "4654 y 01004", "0980\nzip is 86300").
_VERIFY_DIGITS = frozenset({4, 5})
# Nine digits as the last four and a ZIP, never an SSN's groups: "5606 99223".
_FOUR_AND_ZIP = re.compile(r"\d{4}\D+\d{5}")
# An employer identification number has the SSN's nine digits, grouped 2-7.
_EIN = re.compile(r"\d{2}-\d{7}")
# A date written with its month in words: "11 de abril de 1955", "April 1, 1983".
WORDED_DATE = re.compile(
    rf"(?i)\b\d{{1,2}}\s+de\s+{MONTH}\s+(?:de|del)\s+\d{{4}}\b"
    rf"|\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    rf"|\b\d{{1,2}}\s+{MONTH},?\s+\d{{4}}\b"
)
OTHER_SLOT = "other"  # an item of a listed ask an agent may ask for (a ZIP, the last 4)


class AnswerReader:
    """Reads a customer's reply for the values a `PendingAsk` awaits (the `answers`
    rule of rules/conversation.yaml). `corrections` take a value back ("no wait, 5820");
    `card_named` names a number a card's part ("card is 3737"); `units` make a number a
    quantity ("1200 dollars")."""

    def __init__(
        self,
        answers: AnswerRules,
        *,
        corrections: PhraseSet,
        card_named: PhraseSet,
        units: PhraseSet,
    ) -> None:
        self._corrections = corrections
        self._units = units
        self._answer_not = PhraseSet(p for ps in answers.not_context.values() for p in ps)
        self._followers = frozenset(
            fold(w) for ps in answers.followers.values() for p in ps for w in p.split()
        )
        self._giver = vocabulary_pattern(
            answers.givers.values(), before=r"(?<![\w'])", after=_GIVER_TAIL
        )
        self._handover = vocabulary_pattern(
            answers.handovers.values(), before=r"(?<![\w'])", after=_HANDOVER_TAIL
        )
        self._replacing = vocabulary_pattern(
            answers.replacements.values(), before=r"[ \t]+", after=r"[ \t]+"
        )
        self._sender = vocabulary_pattern(
            answers.senders.values(), before=r"[ \t]*", after=r"[ \t]*[:#]?[ \t]*(?=\d)"
        )
        self._passwords = BarePasswords(
            not_passwords=vocabulary_pattern(
                answers.not_passwords.values(),
                before=r"(?<![\w'])",
                # ("my username is", "el rastreo dice": what names it, then a link)
                after=r"[ \t]*(?:is|es|was|era|says|said|dice|decia|=|:|->)?[ \t:\-]*\Z",
            ),
            not_numbers=self._answer_not,
            card_named=card_named,
        )

    def answers_in(
        self,
        norm: NormalizedText,
        ask: PendingAsk,
        findings: Sequence[Finding],
        folded: str,
        *,
        right_after: bool = False,
        verifying: bool = False,
    ) -> list[Finding]:
        """The values a customer's reply gives for `ask` (`folded`: the reply folded, read
        for a correction when the customer gave the last value; `right_after`: the reply
        is the message right after the ask; `verifying`: an ask for the last four, a ZIP
        or a date of birth is still unanswered, and its short numbers answer it)."""
        if ask.origin == "given":
            starred = _STARRED.fullmatch(norm.text)
            if starred is not None:
                # "*743": the chat sign of a correction, on the value alone
                number = ChatNumber(starred.start(1), starred.end(1), digits_of(starred[1]))
                return self._bare_numbers(norm, ask, [number], [], floor=0)
            if not self._corrections.find(folded) and _LETTER.search(norm.text):
                return []  # a correction says so ("no wait, 5820"), or is the value alone
        # What the recognizers found stays, but for a code of a type not asked for where
        # one was, unless a cue of its own named it: "card and PIN" - "4278 ... 8014 -
        # 7127" is a PIN, not the card's code; "the last 4 and the CVV" - "código 1086"
        # is the CVV; but "Su código de verificación es 391198" after an ask for the PIN
        # is the text the bank sent. (A PIN has no weak cue: "my pin, old is 434184"
        # names one however far the value.)
        asked_codes = _CODE_TYPES & set(ask.types)
        taken = [
            (f.start, f.end)
            for f in findings
            if not (
                asked_codes
                and f.type in _RETYPED_CODES
                and f.type not in asked_codes
                and f.score < NAMED_SCORE
            )
        ]
        text = norm.text
        every_number = numbers_in(text, None)
        listed = False
        # (An ask for two values or more, and nothing else, lists them too: "read me the
        # code we sent and your PIN" - "949640, 6184".)
        slots = ask.slots or (
            tuple(t.value for t in ask.types) if ask.origin == "ask" and len(ask.types) > 1 else ()
        )
        if slots:
            # "33191, 0522, 6837" for "your ZIP, the last 4 and your PIN": in order (a
            # date written in words is one item: "11 de abril de 1955, 438").
            dates = [m.span() for m in WORDED_DATE.finditer(text)]
            # (The numbers of a numbered list are no items: "1) 7816\n2) 3819\n3) 6864".)
            markers = {m.start(1) for m in _LIST_MARKER.finditer(text)}
            items = [
                n
                for n in every_number
                if n.start not in markers and not any(s <= n.start < e for s, e in dates)
            ]
            items += [ChatNumber(s, e, "") for s, e in dates]
            items.sort()
            # (Not when the reply takes a value back: "5157... no wait, uh, 1306" gives
            # one value twice, not two items.)
            if len(items) != len(slots):
                # "649838, 04/05/1982, 9196, 903, diego98@yahoo.com": one field per item,
                # whatever it holds (a date in digits, an email, a name).
                items = _field_items(text, every_number)
            listed = len(items) == len(slots) and not any(
                items[0].start < start and end <= items[-1].end
                for start, end in self._corrections.find(fold_message(text))
            )
        if listed:
            found = self._listed(norm, ask, items, taken, slots)
        else:
            found = self._bare_numbers(
                norm,
                ask,
                every_number,
                taken,
                floor=0,
                right_after=right_after,
                verifying=verifying,
            )
        if not found and not listed and every_number:
            # A reply that quotes the ask first ('re: ... can you read it to me? 332238',
            # 'you said "..." -> 149675', "> What's the PIN?\n5001") answers in its last
            # part.
            tail = max(
                (
                    m.end()
                    for m in _QUOTE_END.finditer(text, 0, every_number[-1].start)
                    if _quotes(text, m)
                ),
                default=0,
            )
            if tail:
                after = [n for n in every_number if n.start >= tail]
                found = self._bare_numbers(norm, ask, after, taken, floor=tail, verifying=verifying)
        if not found and not listed and len(every_number) > 1:
            # Read out or typed in groups: "okay it says 284... 603".
            joined = _joined(text, every_number)
            if joined is not None:
                found = self._bare_numbers(norm, ask, [joined], taken, floor=0, verifying=verifying)
        if found:
            found.extend(_restarted(norm, found, every_number))
        if EntityType.PASSWORD in ask.awaited:
            # ("lucygomez_, 5Firul@is!, 395244": the code is a code, the password is the
            # word beside it.)
            claimed = [*taken, *((f.start, f.end) for f in found)]
            # (The reply's numbers found or read as other values answered something
            # else: "sunshine17 y el código es 568733".)
            password = self._bare_password(
                norm, corrected=ask.origin == "given", letters=bool(claimed)
            )
            if password is not None and (ask.origin != "topic" or stated(norm.original, password)):
                start, end = password
                if not any(overlaps((start, end), span) for span in claimed):
                    found.append(self._answer(EntityType.PASSWORD, start, end, ask))
        return found

    def _listed(
        self,
        norm: NormalizedText,
        ask: PendingAsk,
        numbers: list[ChatNumber],
        taken: list[tuple[int, int]],
        slots: Sequence[str],
    ) -> list[Finding]:
        """The values of a reply that answers a listed ask item by item."""
        found: list[Finding] = []
        for number, slot in zip(numbers, slots, strict=True):
            if slot == OTHER_SLOT or not number.digits:
                continue
            entity = self._answer_type(number.digits, (EntityType(slot),))
            start, end = norm.to_original(number.start, number.end)
            if entity is not None and not any(overlaps((start, end), span) for span in taken):
                found.append(self._answer(entity, start, end, ask))
        return found

    def _bare_numbers(
        self,
        norm: NormalizedText,
        ask: PendingAsk,
        numbers: list[ChatNumber],
        taken: list[tuple[int, int]],
        *,
        floor: int,
        right_after: bool = False,
        verifying: bool = False,
    ) -> list[Finding]:
        """The values among `numbers` that answer `ask`, when the reply from `floor` on
        is short and carries few numbers: "482", "sure, 551903" (in a longer one, a value
        handed over: "... So um, here you go: 593, thanks"). With `verifying`, a
        number of a last four's or a ZIP's length is one, unless a verb gives it."""
        text = norm.text
        # (A reply written as a mail answers in its body: "Hi Carla,\n\n702523\n\n-- ...")
        body_start, body_end = mail_body(text)
        numbers = [n for n in numbers if n.end <= body_end]
        # ("416423... 416423... 416423" is one value, said again.) A longer reply may
        # still give a valid SSN: "I already gave it on the phone but ok, 443121027".
        words = _WORDS.findall(text, max(floor, body_start), body_end)
        long_reply = len(words) > _ANSWER_MAX_WORDS
        if len({n.digits for n in numbers}) > _ANSWER_MAX_NUMBERS:
            return []
        folded = fold_message(text)
        # (In a longer reply, only a value handed over: "honestly I just want this fixed.
        # So um, here you go: 593, thanks"; or a valid SSN.)
        handed = {n.start for n in numbers if long_reply and self._handed_over(folded, n, floor)}
        if long_reply and EntityType.US_SSN not in ask.awaited:
            numbers = [n for n in numbers if n.start in handed]
            if not numbers:
                return []
        # "just got 865609 from 88202": the number after the sender's words sent the code.
        senders = {m.end() for n in numbers if (m := self._sender.match(folded, n.end)) is not None}
        found: list[Finding] = []
        given_end = -1  # where the last value a verb gave ends
        for number in numbers:
            if number.start in senders:
                continue
            if _NEXT_PART.search(text, max(floor, number.start - 16), number.start):
                continue  # "primero 6213", "then 5330": a part of a card typed in pieces
            # (Asked for the card too, a number of no asked value's length is a part of it.)
            entity = self._answer_type(
                number.digits, ask.awaited, exact=ask.origin != "ask" or ask.with_card
            )
            if entity is None or (
                long_reply and entity is not EntityType.US_SSN and number.start not in handed
            ):
                continue
            if entity is EntityType.US_SSN and (
                _FOUR_AND_ZIP.fullmatch(text, number.start, number.end)
                or _EIN.fullmatch(text, number.start, number.end)
            ):
                continue  # "5606 99223": the last four and a ZIP; "26-6210217": an EIN
            # A value a verb gives ("tried 8720 twice", "puse 1326 en el atm"), or that
            # replaces one it gave ("from 5445 to 5422"), one a sender follows, a valid
            # SSN: any word may follow it but a unit.
            # (... or words that hand it over: "aquí está:\n\n1753" after talk of a code)
            given = (
                self._giver.search(folded, max(floor, number.start - _GIVER_REACH), number.start)
                is not None
                or number.start in handed
                or (not long_reply and self._handed_over(folded, number, floor))
            ) or (
                given_end >= 0
                and self._replacing.fullmatch(folded, given_end, number.start) is not None
            )
            if given:
                given_end = number.end
            elif verifying and len(number.digits) in _VERIFY_DIGITS:
                continue  # "4654 y 01004", "its 8506. dob 3/18/69": the last four, a ZIP
            free = (
                given
                or entity is EntityType.US_SSN
                or self._sender.match(folded, number.end) is not None
            )
            units = self._units if free else None
            # (What a verb gives right before it is no name: "change it from 5445".)
            before = number.start if given else floor
            if named_otherwise(text, number, self._answer_not, floor=before, after=units):
                continue
            if _owned_or_last_four(text, number):
                continue
            if _NOT_AN_ANSWER.match(text[number.start : number.end]):
                continue
            if not free and not self._may_follow(text, number.end):
                continue
            if ask.origin == "topic" and not _topic_takes(
                entity,
                number.digits,
                given=given,
                # the value alone, right after the talk of it: "never share your PIN" - "7089"
                alone=right_after and len(numbers) == 1 and not _LETTER.search(text),
            ):
                continue
            start, end = norm.to_original(number.start, number.end)
            if any(overlaps((start, end), span) for span in taken):
                continue
            found.append(self._answer(entity, start, end, ask))
            retyped = starred_retype(text, number.end, len(number.digits))
            if retyped is not None:  # "6167\n*6176"
                found.append(self._answer(entity, *norm.to_original(*retyped), ask))
        return found

    def _handed_over(self, folded: str, number: ChatNumber, floor: int) -> bool:
        """Whether words that hand a value over stand right before `number`."""
        low = max(floor, number.start - _GIVER_REACH)
        return self._handover.search(folded, low, number.start) is not None

    def _may_follow(self, text: str, end: int) -> bool:
        """What follows a bare value is a filler word, punctuation or nothing."""
        after = _NEXT_WORD.match(text, end)
        return after is None or fold(after.group(1)) in self._followers

    @staticmethod
    def _answer_type(
        digits: str, asked: Sequence[EntityType], *, exact: bool = False
    ) -> EntityType | None:
        """The type a bare number of `digits` answers; with `exact`, only a type whose own
        length it has."""
        for entity in asked:
            bounds = _ANSWER_DIGITS.get(entity)
            if bounds is None or not bounds[0] <= len(digits) <= bounds[1]:
                continue
            if entity is EntityType.US_SSN and not stdnum_ssn.is_valid(digits):
                continue
            return entity
        if exact:
            return None
        # Asked for a code, answered with a code of another length ("the code?" - "482"):
        # the asked type still, so that the value is masked.
        codes = [t for t in asked if t in _CODE_TYPES]
        if codes == [EntityType.CARD_SECURITY_CODE] and len(digits) > 4:
            return None  # a card's code has 3 or 4 digits, never more
        if codes and _CODE_DIGITS[0] <= len(digits) <= _CODE_DIGITS[1]:
            return codes[0]
        return None

    def _bare_password(
        self, norm: NormalizedText, *, corrected: bool = False, letters: bool = False
    ) -> tuple[int, int] | None:
        """The password a short reply gives bare: "Perro!!7 thanks", "sure, it's
        Tr0ub4dor&3", "it's Paloma#283 with a capital first letter", or the part after a
        quote of the ask ("> Could you type your password here?\nC4n3l44")."""
        text = norm.text
        found = self._passwords.find(text, 0, corrected=corrected, letters=letters)
        if found is None:
            tail = max((m.end() for m in _QUOTE_END.finditer(text) if _quotes(text, m)), default=0)
            if tail:
                found = self._passwords.find(text, tail, corrected=corrected, letters=letters)
        return norm.to_original(*found) if found is not None else None

    @staticmethod
    def _answer(entity: EntityType, start: int, end: int, ask: PendingAsk) -> Finding:
        return Finding(
            type=entity,
            start=start,
            end=end,
            score=ANSWER_SCORE,
            recognizer=ANSWER_RECOGNIZER,
            explanation=f"bare value after an agent asked for {entity.value} (turn {ask.turn})",
        )


# Between the first digits of a value read out and the whole value read again: "He says
# 7-2-0... wait, 7200", "me dice que es 8-3-2... no, espere, 8327".
_RESTART = re.compile(
    r"(?i)[\s.…,]*(?:wait|no|sorry|i\s+mean|espera|espere|perd[oó]n|digo)"
    r"(?:[\s.…,]+(?:wait|no|sorry|espera|espere))?[\s.…,!:]*"
)


def _owned_or_last_four(text: str, number: ChatNumber) -> bool:
    """A thing's number ("my 2020 honda") or a last four ("card ends 5694", "los últimos
    4 del seguro social son 7900"): no value asked for."""
    return _POSSESSED.search(text, max(0, number.start - 8), number.start) is not None or (
        len(number.digits) == _LAST_FOUR_DIGITS and NumberFinder.is_last_four(text, number.start)
    )


def _restarted(
    norm: NormalizedText, found: Sequence[Finding], numbers: Sequence[ChatNumber]
) -> list[Finding]:
    """The whole value read again after the first digits of it were given and taken
    back ("He says 7-2-0... wait, 7200"): of the same type as the digits it restarts."""
    at = {(f.start, f.end): f for f in found}
    again: list[Finding] = []
    for first, then in pairwise(numbers):
        finding = at.get(norm.to_original(first.start, first.end))
        start, end = norm.to_original(then.start, then.end)
        if (
            finding is not None
            and (start, end) not in at
            and len(then.digits) > len(first.digits)
            and then.digits.startswith(first.digits)
            and _RESTART.fullmatch(norm.text, first.end, then.start)
        ):
            how = "the whole value read again after its first digits"
            again.append(replace(finding, start=start, end=end, explanation=how))
    return again


def _topic_takes(entity: EntityType, digits: str, *, given: bool, alone: bool) -> bool:
    """A value of a topic's type the customer typed anyway: an SSN (valid, as checked)
    and a card's code bare, a PIN after a verb that gives it or `alone` (the whole reply,
    right after the topic) when no last four (of 4 digits: "never share your PIN" -
    "4417" may be the card's), a code after a verb or of many digits."""
    if entity is EntityType.PIN:
        return given or (alone and len(digits) > _LAST_FOUR)
    if entity is EntityType.ONE_TIME_PASSCODE:
        return given or len(digits) >= _TOPIC_BARE_CODE
    return True


def _quotes(text: str, end: re.Match[str]) -> bool:
    """`end` closes a quote of the ask; in a pasted screen (many lines), a line break
    only after a quoting line."""
    if end.group() != "\n" or text.count("\n") - text.count("\n\n") < _PASTE_LINES:
        return True
    line_start = text.rfind("\n", 0, end.start()) + 1
    return _QUOTING_LINE.search(text, max(0, line_start - 1), end.end()) is not None


def _joined(text: str, numbers: Sequence[ChatNumber]) -> ChatNumber | None:
    """The numbers of a reply as one value when they are groups of it: a few digits
    each, apart by dots or commas ("284... 603")."""
    if len(numbers) > 3:
        return None
    for number in numbers:
        if not _GROUP_DIGITS[0] <= len(number.digits) <= _GROUP_DIGITS[1]:
            return None
    gaps = (
        (_GROUP_GAP, _SSN_GAP) if [len(n.digits) for n in numbers] == _SSN_GROUPS else (_GROUP_GAP,)
    )
    for left, right in pairwise(numbers):
        if not any(gap.fullmatch(text, left.end, right.start) for gap in gaps):
            return None
    return ChatNumber(numbers[0].start, numbers[-1].end, "".join(n.digits for n in numbers))


def _field_items(text: str, numbers: Sequence[ChatNumber]) -> list[ChatNumber]:
    """A reply's fields as the items of a listed answer: its lines, or else its parts
    between list markers ("1) ... 2) ..."), commas or semicolons. A field holding one
    number is that number; any other field (a name, a date, an email) is an item with no
    digits."""
    body = text.strip()
    if "\n" in body:
        cuts = [m.span() for m in _LINE_BREAKS.finditer(text)]
    elif len(_INLINE_MARKER.findall(text)) > 1:
        cuts = [m.span() for m in _INLINE_MARKER.finditer(text)]
    else:
        cuts = [m.span() for m in _FIELD_BREAK.finditer(text)]
    starts = [0, *(end for _start, end in cuts)]
    ends = [*(start for start, _end in cuts), len(text)]
    items: list[ChatNumber] = []
    for first, end in zip(starts, ends, strict=True):
        if not text[first:end].strip():
            continue
        marker = _FIELD_MARKER.match(text, first)  # (the first field's: "1) 793469")
        start = marker.end() if marker is not None else first
        inside = [n for n in numbers if start <= n.start and n.end <= end]
        items.append(inside[0] if len(inside) == 1 else ChatNumber(start, end, ""))
    return items
