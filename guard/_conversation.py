"""Conversation rules: what a customer message means given what came before it.

Two rules read the conversation state and return findings the single-message
recognizers cannot see (rules/conversation.yaml sets their bounds):

- `answers`: after an agent asked for a security code, a passcode, an SSN, a PIN or a
  password, the customer's reply may be the bare value ("482", "sure, 551903"); so after
  an agent's notice that a code was sent, after the customer named a value without
  giving it ("the pin is"), and after one the customer gave, which a correction may
  replace ("no wait, 5820"); and after a message that talked about one without asking
  for it ("please don't type your social here", "the ATM says wrong PIN"), for a value
  of that type's own length. A listed ask is answered in its order ("your ZIP, the last
  4 and your PIN").
- `split cards`: a card number typed over consecutive customer messages ("4111", "1111",
  "1111", "1111") is found on the message that completes it, naming the earlier ones
  (guard/_split_cards.py; `ConversationRule` runs it on each customer message).

Pure functions of (message, findings, violations, state); the state never holds a secret
(see guard/_state.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from itertools import chain, pairwise

import regex
from stdnum.us import ssn as stdnum_ssn

from guard._bare_passwords import BarePasswords, stated
from guard._chat_numbers import (
    NOT_A_DIGIT,
    ChatNumber,
    named_otherwise,
    numbers_in,
)
from guard._mail import mail_body
from guard._model import EntityType, Finding, Message, Role, Violation
from guard._phrasing import MONTH, PhraseSet, fold, overlaps, phrase_pattern
from guard._rules import ConversationRules
from guard._split_cards import SplitCardRule
from guard._state import CardRun, ConversationState, PendingAsk
from guard._text import NormalizedText

# (`folded` caches: a customer message is read for phrases by several rules)
from guard.recognizers._base import NAMED_SCORE, starred_retype
from guard.recognizers._phrases import digit_count
from guard.recognizers._phrases import folded as fold_message

ANSWER_RECOGNIZER = "ConversationAnswerRule"
ANSWER_SCORE = 0.85

_DIGITS = re.compile(r"\d")
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
# A message that only stalls ("one sec", "no rush") keeps a wait going.
_STALL_WORDS = 6
_STALL_CHARS = 40
_ANSWER_MAX_NUMBERS = 2  # "sure, 551903. also my zip is 94107"
# A correction in chat's way: a star before the right value ("*743", "*674 112 🙂").
_STARRED = re.compile(r"\s*\*\s?(\d(?:[ \-]?\d)*)\s*[^\w\s]{0,6}\s*")
# A date written with its month in words: "11 de abril de 1955", "April 1, 1983".
_WORDED_DATE = re.compile(
    rf"(?i)\b\d{{1,2}}\s+de\s+{MONTH}\s+(?:de|del)\s+\d{{4}}\b"
    rf"|\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    rf"|\b\d{{1,2}}\s+{MONTH},?\s+\d{{4}}\b"
)
_LIST_MARKER = re.compile(r"(?:^|\n)[ \t]*(\d{1,2})[.)][ \t]")
_OTHER_SLOT = "other"  # an item of a listed ask an agent may ask for (a ZIP, the last 4)
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
# Words that order the parts of a card typed in pieces, right before a part.
_NEXT_PART = re.compile(
    r"(?i)\b(?:(?:(?:first|second|third|next|last|other)\s+)?(?:part|half|bit|chunk|group|set)"
    r"(?:\s*#?\d)?(?:\s+is)?|(?:(?:primera|segunda|tercera|siguiente|[uú]ltima|otra)\s+)?"
    r"(?:parte|mitad)(?:\s*#?\d)?(?:\s+es)?|first|then|next|rest(?:\s+is)?|the\s+rest"
    r"|after\s+that|primero|luego|despu[eé]s|sigue|el\s+resto|lo\s+dem[aá]s)[\s:,]*\Z"
)
# Words of an agent's new ask that take back the one before it.
_REPLACES = re.compile(
    r"(?i)\b(?:actually|instead|scratch\s+that|never\s+mind|forget|en\s+realidad|mejor|"
    r"en\s+vez|olv[ií]d(?:e|a|ate|ese)|perd[oó]n)\b"
)
# The codes a recognizer may read by a weak cue or by where they stand, that an ask for
# another code may read again as that code.
_RETYPED_CODES = frozenset({EntityType.CARD_SECURITY_CODE, EntityType.ONE_TIME_PASSCODE})
_LETTER = re.compile(r"[^\W\d_]")
# What may close a message after a cue that announces the value: a copula or a colon
# ("the pin is", "mi contraseña es:"), a few words before it allowed ("la clave del cajero
# que puse es:"); a strong cue may also close it alone (`_BARE_CLOSE`: "and the code on
# the back"), unless the message denies ("I forgot my PIN": `_DENIAL`).
_ANNOUNCED = regex.compile(
    r"(?:\s+[^\W\d]+){0,5}?\s*(?:[:=]|-+|\b(?:is|are|es|son|was|era)\b)[\s:=\-.…,]*"
)
# What may close such a message: "... the code on the back, hold on", "mi NIP es, a ver".
_HOLD_ON = re.compile(
    r"(?:[\s,;.…!\-]+(?:hold on|one sec(?:ond)?|just a sec|wait|give me a sec|un momento|"
    r"un segundo|espera|espere|a ver|dejeme \w+|dejame \w+|let me \w+(?: \w+)?|ahorita))+"
    r"[\s.…!]*$"
)
# Words of a message that talks about a secret without announcing it.
_DENIAL = re.compile(
    r"\b(?:forgot|forget|lost|don'?t|didn'?t|never|changed|reset|blocked|locked|stolen|"
    r"olvid\w*|perd\w*|no|nunca|cambi\w*|bloque\w*|robad\w*)\b"
)
# A message's last words (past a closing copula) are read from its last characters.
_WORD_OF = re.compile(r"[\w']+|#")
_TAIL_CHARS = 40
_CUE_REACH_WORDS = 6  # the cue's last word and up to five before a closing copula
# Words that end some cues ("ss no", "text me", "got a text with") but most messages too.
_FUNCTION_WORDS = frozenset(
    {"no", "me", "with", "is", "in", "on", "one", "con", "the", "a", "an", "to", "of", "for",
     "my", "your", "it", "i", "el", "la", "los", "las", "de", "del", "en", "mi", "tu", "su",
     "te", "se", "lo", "le", "y", "and", "or", "o", "que", "es", "un", "una"}
)  # fmt: skip
_COPULAS = frozenset({"is", "are", "es", "son", "was", "era"})
_BARE_CLOSE = regex.compile(r"[\s.…!]*")
_FILLER_OPEN = regex.compile(
    r"[\s,.!]*(?:(?:ok(?:ay)?|k|so|and|also|now|here'?s|here|y|bueno|ahora|aqu[ií]\s+va|"
    r"ah[ií]\s+va|listo)[\s,.!]+)*(?:the|my|el|la|mi)?\s*"
)
# Before a value a verb gives (`givers`), the words that may stand between: "probé con
# 3709", "me llegó el 696456", "tried: 8720".
_GIVER_TAIL = r"(?:[ \t]+(?:con|el|la|with|like|in))?[ \t:,]*\Z"
_GIVER_REACH = 40
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
# A card's digits as people group them: "4111", "4111 1111", "4111-1111".
_CARD_GROUPS = re.compile(r"\d{4}(?:[ \-]?\d{4})*")
_LAST_FOUR = 4
# What a reply to an ask for the last four, a ZIP or a date of birth carries: the last
# four, a ZIP ("4531 83834", "4654 y 01004", "0980\nzip is 86300").
_VERIFY_DIGITS = frozenset({4, 5})
# An agent's message that asks for the ZIP code (beside a notice of a code sent).
_ZIP_ASKED = re.compile(r"\b(?:zip|postal)\b")
# A reply that is a ZIP code: "es el 37185", "77033-1234".
_ZIP_REPLY = re.compile(r"[^\d]{0,24}?(?<!\d)\d{5}(?:-\d{4})?(?!\d)[^\d]{0,12}")
# Nine digits as the last four and a ZIP, never an SSN's groups: "5606 99223".
_FOUR_AND_ZIP = re.compile(r"\d{4}\D+\d{5}")
# An employer identification number has the SSN's nine digits, grouped 2-7.
_EIN = re.compile(r"\d{2}-\d{7}")
_VERIFY_VALUE = re.compile(r"(?<![\d/\-.])\d{4,5}(?![\d/\-])")
_BIRTH_DATE = re.compile(r"\b\d{1,2}[/\-.]\d{1,2}[/\-.]\d{2,4}\b")
# A notice's phrase after this many characters of a warning ("please don't send ...").
_NOT_NOTICE_REACH = 24


class ConversationRule:
    """The conversation rules of rules/conversation.yaml."""

    def __init__(
        self,
        rules: ConversationRules,
        cues: Mapping[EntityType, Iterable[str]] | None = None,
        weak_cues: Mapping[EntityType, Iterable[str]] | None = None,
        card_cues: Iterable[str] = (),
        corrections: Iterable[str] = (),
    ) -> None:
        """`cues`: per type, the phrases that name a value of it ("pin", "el nip"); a
        customer message that names one and gives no value announces it ("the pin is",
        "and my pin"). `weak_cues` ("social") announce one only before "is" or ":".
        `card_cues` name a card: after them the next numbers are its parts.
        `corrections` take back a value the customer gave ("no wait, 5820")."""
        self._answers = rules.answers
        self._split = SplitCardRule(rules.split_cards)
        self._answer_types = tuple(rules.answers.types)
        self._answer_not = PhraseSet(p for ps in rules.answers.not_context.values() for p in ps)
        self._followers = frozenset(
            fold(w) for ps in rules.answers.followers.values() for p in ps for w in p.split()
        )
        self._notices = [
            (entity, PhraseSet(p for ps in vocabulary.values() for p in ps))
            for entity, vocabulary in rules.answers.notices.items()
            if entity in rules.answers.types
        ]
        self._other_asks = PhraseSet(p for ps in rules.answers.other_asks.values() for p in ps)
        self._card_named = PhraseSet(card_cues)
        self._corrections = PhraseSet(corrections)
        weak = weak_cues or {}
        # The last word of every cue that is no function word ("ss no" ends on "ss", "text
        # me" on "text": "no" and "me" end most messages): a message whose last words hold
        # none announces nothing. The words a cue has after it widen the reach.
        ends: set[str] = set()
        trailing = 0
        for phrases in [*(cues or {}).values(), *weak.values()]:
            for phrase in phrases:
                words = _WORD_OF.findall(fold(phrase))
                content = [i for i, word in enumerate(words) if word not in _FUNCTION_WORDS]
                if not words:
                    continue
                last = content[-1] if content else len(words) - 1
                ends.add(words[last])
                trailing = max(trailing, len(words) - 1 - last)
        self._cue_ends = frozenset(ends)
        self._cue_reach = _CUE_REACH_WORDS + trailing
        # One phrase set of every cue, and per cue's words the types it names and
        # whether strongly: one search per message.
        self._cue_types: dict[tuple[str, ...], list[tuple[EntityType, bool]]] = {}
        for strong, vocabulary in ((True, cues or {}), (False, weak)):
            for entity, phrases in vocabulary.items():
                if entity not in rules.answers.types:
                    continue
                for phrase in phrases:
                    key = tuple(_WORD_OF.findall(fold(phrase)))
                    if key:
                        self._cue_types.setdefault(key, []).append((entity, strong))
        self._announcing = PhraseSet(" ".join(words) for words in self._cue_types)
        # Per topic phrase's words, the types it names: one search per message.
        self._topic_types: dict[tuple[str, ...], list[EntityType]] = {}
        for entity, topic in rules.answers.topics.items():
            if entity in rules.answers.types:
                for phrase in (p for ps in topic.values() for p in ps):
                    key = tuple(_WORD_OF.findall(fold(phrase)))
                    if key:
                        self._topic_types.setdefault(key, []).append(entity)
        self._topics = PhraseSet(" ".join(words) for words in self._topic_types)
        self._giver = _phrase_pattern(
            rules.answers.givers.values(), before=r"(?<![\w'])", after=_GIVER_TAIL
        )
        self._handover = _phrase_pattern(
            rules.answers.handovers.values(), before=r"(?<![\w'])", after=_GIVER_TAIL
        )
        self._replacing = _phrase_pattern(
            rules.answers.replacements.values(), before=r"[ \t]+", after=r"[ \t]+"
        )
        self._not_notice = _phrase_pattern(
            rules.answers.not_notices.values(), before=r"(?<![\w'])", after=r"[ \t]+\Z"
        )
        self._sender = _phrase_pattern(
            rules.answers.senders.values(), before=r"[ \t]*", after=r"[ \t]*[:#]?[ \t]*(?=\d)"
        )
        self._passwords = BarePasswords(
            not_passwords=_phrase_pattern(
                rules.answers.not_passwords.values(),
                before=r"(?<![\w'])",
                # ("my username is", "el rastreo dice": what names it, then a link)
                after=r"[ \t]*(?:is|es|was|era|says|said|dice|decia|=|:|->)?[ \t:\-]*\Z",
            ),
            not_numbers=self._answer_not,
            card_named=self._card_named,
        )

    def step(
        self,
        message: Message,
        norm: NormalizedText,
        findings: Sequence[Finding],
        violations: Sequence[Violation],
        state: ConversationState,
    ) -> tuple[list[Finding], ConversationState]:
        """Findings the conversation adds to `message`, and the conversation's new state."""
        turn = state.turn + 1
        at = message.timestamp
        ask = self._live_ask(state.ask, turn, at)
        runs = tuple(
            run
            for run in (
                self._split.live_run(r, turn, at) for r in (state.card, *state.card_restarts)
            )
            if run is not None
        )
        added: list[Finding] = []
        # What the split-card rule may not take as a card's part: the recognizers'
        # findings, and values given for an agent's ask. A value read as one only after a
        # notice, a topic or the customer's own words ("¿Le llegó el código?" - "5339")
        # may be the next part of a card being typed, or its first in groups of four
        # ("2221 8144"): masked, it still counts as a part.
        claimed: list[Finding] = list(findings)
        verify = state.verify_turn
        if verify is not None and turn - verify > self._answers.max_turns:
            verify = None
        if message.role is Role.AGENT:
            ask, verify = self._agent_step(
                fold_message(norm.text), findings, violations, ask, verify=verify, turn=turn, at=at
            )
        else:
            if ask is not None:
                ask_origin, with_card = ask.origin, ask.with_card
                folded = fold_message(norm.text) if ask.origin == "given" else ""
                answers = self._answers_in(
                    norm,
                    ask,
                    findings,
                    folded,
                    right_after=turn - ask.turn == 1,
                    verifying=verify is not None,
                )
                answered = {f.type for f in [*findings, *answers]} & set(ask.types)
                if (
                    answers
                    or answered
                    # a card named next is no correction: "te paso el número de la tarjeta"
                    or (ask.origin == "given" and self._card_named.find(folded))
                ):
                    # "your PIN and the code from the text" - "the code is 896517": the
                    # PIN is still asked for.
                    rest = tuple(t for t in ask.types if t not in answered)
                    keep = ask.origin == "ask" and answered and rest
                    ask = (
                        PendingAsk(rest, ask.turn, ask.at, with_card=ask.with_card)
                        if keep
                        else None
                    )
                added.extend(answers)
                claimed.extend(
                    answer
                    for answer in answers
                    # (Asked for the card too, a value may be a part of it, until it is whole.)
                    if not (with_card and not self._split.holds_a_card(runs))
                    and (
                        ask_origin == "ask"
                        or not (
                            runs or _CARD_GROUPS.fullmatch(message.text, answer.start, answer.end)
                        )
                    )
                )
            if _DIGITS.search(norm.text):
                found, runs, typing = self._parts(
                    message, norm, claimed, runs, turn=turn, verifying=verify is not None
                )
                added.extend(found)
                ask = None if typing else ask
                if verify is not None and _answers_verification(norm.text, [*findings, *added]):
                    verify = None  # answered: the next short number may be a secret
            ask = self._customer_wait(norm, [*findings, *added], ask, turn, at)
            if not norm.text.rstrip().endswith("?"):  # ("what's a cvv?" gives none)
                ask = self._topic_wait(fold_message(norm.text), ask, turn, at)
        new_state = ConversationState(
            turn,
            self._stalled(ask, turn, norm.text),
            runs[0] if runs else None,
            at if at is not None else state.last_at,
            runs[1:],
            verify,
        )
        return added, new_state

    def _stalled(self, ask: PendingAsk | None, turn: int, text: str) -> PendingAsk | None:
        """`ask` (an agent's ask or notice), its turns counted again from a message that
        only stalls ("one sec", "it hasn't come yet", "no rush"), up to as many stalls as
        the turns it waits."""
        if (
            ask is None
            or ask.origin not in ("ask", "notice")  # (talk of a value waits no longer)
            or ask.turn >= turn
            or ask.stalls >= self._answers.max_turns
        ):
            return ask
        if not _is_stall(text):
            return ask
        return replace(ask, turn=turn, stalls=ask.stalls + 1)

    def _agent_step(
        self,
        folded: str,
        findings: Sequence[Finding],
        violations: Sequence[Violation],
        ask: PendingAsk | None,
        *,
        verify: int | None,
        turn: int,
        at: float | None,
    ) -> tuple[PendingAsk | None, int | None]:
        """What an agent's message opens or ends: an ask for a value (or a notice that one
        was sent, or talk of one), and the turn of an allowed ask awaiting its answer."""
        asked = [v.requested for v in violations if v.requested in self._answer_types]
        if asked:
            slots = self._slots(folded, violations)
            types = tuple(dict.fromkeys(asked))
            # An agent who pushes for another value still awaits the first ("your PIN" ...
            # "Without the SSN the account gets closed" - "0554"), unless it says the new
            # ask replaces it ("Actually, I need your SSN").
            fallback: tuple[EntityType, ...] = ()
            if (
                ask is not None
                and ask.origin == "ask"
                and turn - ask.turn <= self._answers.max_turns
                and _REPLACES.search(folded) is None
            ):
                fallback = tuple(t for t in ask.awaited if t not in types)
            with_card = any(v.requested is EntityType.CREDIT_CARD for v in violations)
            ask = PendingAsk(types, turn, at, slots=slots, fallback=fallback, with_card=with_card)
            verify = None
        else:
            # A value the agent's message carries itself (a bot that sends the code in
            # the chat) is a notice too: the customer may type it back.
            carried = [f.type for f in findings if f.type in self._answer_types]
            noticed = tuple(dict.fromkeys([*carried, *self._noticed(folded)]))
            if noticed:
                ask = PendingAsk(noticed, turn, at, origin="notice")
                if not violations and _ZIP_ASKED.search(folded):
                    verify = turn  # "don't share the SMS code. I only need your ZIP."
            elif violations:
                # It now asks for what it must not ("the full card number"): the numbers
                # that follow are no longer the last four or the ZIP asked for before.
                verify = None
                ask = self._topic_wait(folded, None, turn, at)
            else:
                if self._other_asks.find(folded):
                    # "the last 4 of the card and your billing zip?": it now asks for
                    # something else, whose answer is no secret.
                    verify = turn
                    ask = None
                ask = self._topic_wait(folded, ask, turn, at)
        return ask, verify

    def _parts(
        self,
        message: Message,
        norm: NormalizedText,
        claimed: Sequence[Finding],
        runs: tuple[CardRun, ...],
        *,
        turn: int,
        verifying: bool,
    ) -> tuple[list[Finding], tuple[CardRun, ...], bool]:
        """The split-card rule's step: the card a part completes, the runs that go on,
        and whether the customer now types a card in parts. The ZIP an agent asked for
        is no part (a last four may be one: "MY CARD IS 5394" after an ask for the last
        four starts a card)."""
        if (
            verifying
            and _ZIP_REPLY.fullmatch(norm.text)
            and not self._card_named.find(fold_message(norm.text))  # ("card starts 62456")
        ):
            return [], runs, False
        found, runs = self._split.step(message, norm, claimed, runs, turn=turn)
        return found, runs, self._types_a_card(message, norm, runs)

    def _types_a_card(
        self, message: Message, norm: NormalizedText, runs: tuple[CardRun, ...]
    ) -> bool:
        """Whether the customer now types a card in parts ("card is 3782"): what follows
        are its parts, not the value an ask awaited. (A card given whole leaves the ask
        open: "my sister's card 4577341501924388" - "885" is its code.)"""
        started = [run for run in runs if message.id in run.ids]
        return (
            bool(started)
            and not self._split.holds_a_card(started)
            and bool(self._card_named.find(fold_message(norm.text)))
        )

    # ── bare answers ──

    def _live_ask(self, ask: PendingAsk | None, turn: int, at: float | None) -> PendingAsk | None:
        if ask is None or turn - ask.turn > self._answers.max_turns:
            return None
        if at is not None and ask.at is not None and at - ask.at > self._answers.max_seconds:
            return None
        return ask

    def _answers_in(
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
                number = ChatNumber(
                    starred.start(1), starred.end(1), NOT_A_DIGIT.sub("", starred[1])
                )
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
        if ask.slots:
            # "33191, 0522, 6837" for "your ZIP, the last 4 and your PIN": in order (a
            # date written in words is one item: "11 de abril de 1955, 438").
            dates = [m.span() for m in _WORDED_DATE.finditer(text)]
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
            listed = len(items) == len(ask.slots) and not any(
                items[0].start < start and end <= items[-1].end
                for start, end in self._corrections.find(fold_message(text))
            )
        if listed:
            found = self._listed(norm, ask, items, taken)
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
        if EntityType.PASSWORD in ask.awaited:
            # ("lucygomez_, 5Firul@is!, 395244": the code is a code, the password is the
            # word beside it.)
            claimed = [*taken, *((f.start, f.end) for f in found)]
            password = self._bare_password(
                norm, corrected=ask.origin == "given", letters=bool(found)
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
    ) -> list[Finding]:
        """The values of a reply that answers a listed ask item by item."""
        found: list[Finding] = []
        for number, slot in zip(numbers, ask.slots, strict=True):
            if slot == _OTHER_SLOT or not number.digits:
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
            given = self._giver.search(
                folded, max(floor, number.start - _GIVER_REACH), number.start
            ) is not None or (
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
            units = self._split.units if free else None
            # (What a verb gives right before it is no name: "change it from 5445".)
            before = number.start if given else floor
            if named_otherwise(text, number, self._answer_not, floor=before, after=units):
                continue
            if _POSSESSED.search(text, max(0, number.start - 8), number.start):
                continue  # "my 2020 honda"
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

    def _customer_wait(
        self,
        norm: NormalizedText,
        findings: Sequence[Finding],
        ask: PendingAsk | None,
        turn: int,
        at: float | None,
    ) -> PendingAsk | None:
        """What a customer's own message makes the next one likely to carry: a value
        it named without giving ("the pin is"), or a correction of one it gave."""
        given = tuple(dict.fromkeys(f.type for f in findings if f.type in self._answer_types))
        if given and (ask is None or ask.origin != "ask"):
            return PendingAsk(given, turn, at, origin="given")
        if ask is None and any(f.type is EntityType.CREDIT_CARD for f in findings):
            # A card given whole, its code not with it: a bare 3 or 4 digits next are the
            # code ("es la card de my wife: 4553 0725 5140 4710" - "532").
            return PendingAsk((EntityType.CARD_SECURITY_CODE,), turn, at, origin="topic")
        # (The customer's own words name what comes next better than a notice or a
        # topic: "I've sent a code to your phone" - "ok so my pin" - "is 5814".)
        waiting = ask is not None and ask.origin in ("ask", "given")
        if waiting or digit_count(norm.text) > 2 or not self._cue_types:
            return ask  # (a count may stand in the cue: "y los 3 de atrás")
        text = norm.text.rstrip()
        if text.endswith("?"):
            return ask  # "what's a cvv?" names one and gives nothing
        # A cue that announces a value ends the message (but for a copula, a colon or a
        # "hold on"): most messages end on a word no cue ends on, and need no search.
        whole = fold_message(norm.text).rstrip()  # (folding keeps spaces, and only them)
        tail = _HOLD_ON.sub("", whole[-_TAIL_CHARS:])
        words = _WORD_OF.findall(tail)
        if words and words[-1] in _COPULAS:
            words.pop()
        if self._cue_ends.isdisjoint(words[-self._cue_reach :]):
            return ask
        folded = _HOLD_ON.sub("", whole)
        if _DENIAL.search(folded):
            return ask  # "I forgot my PIN", "no tengo el cvv"
        spans = self._announcing.find(folded)
        named = tuple(
            dict.fromkeys(
                entity
                for start, end in spans
                # the longest cue wins: "verification code" is no card's "code", "the code
                # they texted" no card's "the code"
                if not any(s < end and start < e and e - s > end - start for s, e in spans)
                for entity, strong in self._cue_types.get(
                    tuple(_WORD_OF.findall(folded, start, end)), ()
                )
                if _ANNOUNCED.fullmatch(folded, end)
                or (
                    _BARE_CLOSE.fullmatch(folded, end)
                    # (a weak cue alone after filler: "ok the code", "y el código")
                    and (strong or _FILLER_OPEN.fullmatch(folded, 0, start) is not None)
                )
            )
        )
        return PendingAsk(named, turn, at, origin="announced") if named else ask

    def _topic_wait(
        self, folded: str, ask: PendingAsk | None, turn: int, at: float | None
    ) -> PendingAsk | None:
        """A wait for a value that `folded` talks about without asking for it or giving
        it ("don't type your social here", "the ATM says wrong PIN"), when nothing
        stronger is awaited."""
        if ask is not None and ask.origin != "topic":
            return ask
        spans = self._topics.find(folded)
        if not spans:
            return ask
        # Not a phrase within what an agent may ask for ("su código postal"); beside such
        # an ask ("never share your PIN; the last 4 of the card?") a short number answers
        # it: only an SSN, of its own length, is still awaited.
        others = self._other_asks.find(folded)
        spans = [span for span in spans if not any(overlaps(span, o) for o in others)]
        only = (EntityType.US_SSN,) if others else tuple(EntityType)
        named = tuple(
            dict.fromkeys(
                entity
                for start, end in spans
                # the longest phrase wins: "el código de seguridad" is no passcode's
                if not any(s < end and start < e and e - s > end - start for s, e in spans)
                for entity in self._topic_types.get(tuple(_WORD_OF.findall(folded, start, end)), ())
                if entity in only
            )
        )
        return PendingAsk(named, turn, at, origin="topic") if named else ask

    def _slots(self, folded: str, violations: Sequence[Violation]) -> tuple[str, ...]:
        """What an ask lists, in its order, when it also asks for what an agent may ask
        ("Confirm your ZIP, the last 4 of the card, and your PIN"); () otherwise."""
        others = self._other_asks.find(folded)
        if not others:
            return ()
        items = [(start, _OTHER_SLOT) for start, _end in others]
        items += [(v.start, v.requested.value) for v in violations]
        return tuple(slot for _start, slot in sorted(items))

    def _noticed(self, folded: str) -> tuple[EntityType, ...]:
        """The types an agent's message says were sent to the customer (not in a
        warning: "please don't send your card's security code")."""
        return tuple(
            entity
            for entity, phrases in self._notices
            if any(
                self._not_notice.search(folded, max(0, start - _NOT_NOTICE_REACH), start) is None
                for start, _end in phrases.find(folded)
            )
        )

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


def _phrase_pattern(
    vocabulary: Iterable[Iterable[str]], *, before: str, after: str
) -> re.Pattern[str]:
    """One pattern of a vocabulary's phrases (all languages) in folded text."""
    return phrase_pattern(chain.from_iterable(vocabulary), before=before, after=after)


def _is_stall(text: str) -> bool:
    """A short message with no number and no question: it waits with the reader ("one
    sec", "still nothing", "no rush", "take your time")."""
    return (
        len(text) <= _STALL_CHARS
        and not _DIGITS.search(text)
        and "?" not in text
        and len(_WORD_OF.findall(text)) <= _STALL_WORDS
    )


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


def _answers_verification(text: str, findings: Sequence[Finding]) -> bool:
    """A customer message gives what an agent may ask: 4 or 5 digits no finding took
    (the last four, a ZIP: "4412 90210", "CP 21162") or a date of birth ("25/01/1970",
    "11 de abril de 1955"); not an expiry ("08/28")."""
    return (
        any(
            not any(overlaps(value.span(), (f.start, f.end)) for f in findings)
            for value in _VERIFY_VALUE.finditer(text)
        )
        or _BIRTH_DATE.search(text) is not None
        or _WORDED_DATE.search(text) is not None
    )


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
