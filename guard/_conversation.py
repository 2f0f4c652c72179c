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

import regex

from guard._answers import OTHER_SLOT, WORDED_DATE, AnswerReader
from guard._clauses import LIST_MARKER
from guard._model import EntityType, Finding, Message, Role, Violation
from guard._phrasing import PhraseSet, fold, overlaps, vocabulary_pattern
from guard._rules import ConversationRules
from guard._split_cards import SplitCardRule
from guard._state import CardRun, ConversationState, PendingAsk
from guard._text import NormalizedText

# (`folded` caches: a customer message is read for phrases by several rules)
from guard.recognizers._phrases import digit_count
from guard.recognizers._phrases import folded as fold_message

_DIGITS = re.compile(r"\d")
# A message that only stalls ("one sec", "no rush") keeps a wait going.
_STALL_WORDS = 6
_STALL_CHARS = 40
# Words of an agent's new ask that take back the one before it.
_REPLACES = re.compile(
    r"(?i)\b(?:actually|instead|scratch\s+that|never\s+mind|forget|en\s+realidad|mejor|"
    r"en\s+vez|olv[ií]d(?:e|a|ate|ese)|perd[oó]n)\b"
)
# What may close a message after a cue that announces the value: a copula or a colon
# ("the pin is", "mi contraseña es:"), a few words before it allowed ("la clave del cajero
# que puse es:"); a strong cue may also close it alone (`_BARE_CLOSE`: "and the code on
# the back"), unless the message denies ("I forgot my PIN": `_DENIAL`).
# (An emoji or a hand pointing down may close it too: "the pin i used 👇", "my password
# is this one: 🙂".)
_ANNOUNCED = regex.compile(
    r"(?:\s+[^\W\d]+){0,5}?\s*(?:[:=]|-+|\b(?:is|are|es|son|was|era)\b|[👇⬇↓])[^\w?]*"
)
# What may close such a message: "... the code on the back, hold on", "mi NIP es, a ver".
_HOLD_ON = re.compile(
    r"(?:[\s,;.…!\-]+(?:hold on|one sec(?:ond)?|just a sec|wait|give me a sec|un momento|"
    r"un segundo|espera|espere|a ver|dejeme \w+|dejame \w+|let me \w+(?: \w+)?|ahorita))+"
    r"[\s.…!]*$"
)
# A message that announces what the customer types, with no word for it: "this is what
# I'm typing:", "esto es lo que escribo:", "here's what I enter 👇".
_WHAT_I_TYPE = regex.compile(
    r"(?i)\b(?:(?:this\s+is|here'?s|here\s+is)\s+what\s+i(?:'?m|\s+am)?\s+(?:typ|enter|us|put)\w*"
    r"(?:\s+in)?|what\s+i(?:'?m|\s+am)?\s+(?:typ|enter|us)\w*(?:\s+in)?\s+is"
    r"|(?:esto\s+es\s+)?lo\s+que\s+(?:estoy\s+)?(?:escrib|pong|ingres|met|us|digit|tecle|"
    r"poniendo|escribiendo)\w*(?:\s+es)?)[^\w?]*\Z"
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
# A card's digits as people group them: "4111", "4111 1111", "4111-1111".
_CARD_GROUPS = re.compile(r"\d{4}(?:[ \-]?\d{4})*")
# An agent's message that asks for the ZIP code (beside a notice of a code sent).
_ZIP_ASKED = re.compile(r"\b(?:zip|postal)\b")
# A reply that is a ZIP code ("es el 37185", "77033-1234") or the last four ("2198 i
# think", "oops lol 4390"): the number, a few words around it.
_ZIP_REPLY, _FOUR_REPLY = (
    re.compile(rf"[^\d]{{0,24}}?(?<!\d){digits}(?!\d)[^\d]{{0,12}}")
    for digits in (r"\d{5}(?:-\d{4})?", r"\d{4}")
)
_VERIFY_VALUE = re.compile(r"(?<![\d/\-.])\d{4,5}(?![\d/\-])")
_BIRTH_DATE = re.compile(r"\b\d{1,2}[/\-.]\d{1,2}[/\-.]\d{2,4}\b")
# An item of a list an agent writes: "- The OTP", "• el CVV", "1) ...", "2. su PIN".
_LIST_ITEM = re.compile(rf"(?:^|\n|[ \t,;])[ \t]*{LIST_MARKER}[ \t]+(?=[^\W\d])")
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
        self._notices = [
            (entity, PhraseSet(p for ps in vocabulary.values() for p in ps))
            for entity, vocabulary in rules.answers.notices.items()
            if entity in rules.answers.types
        ]
        self._other_asks = PhraseSet(p for ps in rules.answers.other_asks.values() for p in ps)
        self._worded_asks = PhraseSet(p for ps in rules.answers.worded_asks.values() for p in ps)
        self._card_named = PhraseSet(card_cues)
        self._reader = AnswerReader(
            rules.answers,
            corrections=PhraseSet(corrections),
            card_named=self._card_named,
            units=self._split.units,
        )
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
        self._not_notice = vocabulary_pattern(
            rules.answers.not_notices.values(), before=r"(?<![\w'])", after=r"[ \t]+\Z"
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
                answers = self._reader.answers_in(
                    norm,
                    ask,
                    findings,
                    folded,
                    right_after=turn - ask.turn == 1,
                    # (the customer's own words name what comes next, whatever the agent
                    # asked to verify: "PIN I entered at the machine:" - "8415")
                    verifying=verify is not None and ask.origin != "announced",
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
            # ("what's a cvv?" gives none; "El cajero dice que excedí los intentos del
            # PIN, ¿qué hago?" talks of the PIN before its question)
            statement = _before_the_question(norm.text)
            if statement:
                ask = self._topic_wait(fold_message(statement), ask, turn, at)
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
        is no part, and the last four goes on with no whole card typed before it
        ("3641 066562 4390" - "oops lol 4390"); it may start a card ("MY CARD IS 5394")
        or go on with one being typed."""
        if _BIRTH_DATE.search(norm.text) or WORDED_DATE.search(norm.text):
            # who the cardholder is, a date of birth among it ("Harold Hernández\n
            # 10-16-1938\n57899"): its ZIP is no part of a card
            return [], runs, False
        if verifying and not self._card_named.find(fold_message(norm.text)):
            # (a card named: "card starts 62456")
            if _ZIP_REPLY.fullmatch(norm.text):
                return [], runs, False
            if _FOUR_REPLY.fullmatch(norm.text):
                runs = tuple(r for r in runs if not self._split.holds_a_card([r]))
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
        if ask is not None and ask.origin == "topic" and _WHAT_I_TYPE.search(norm.text):
            # "my online banking is locked" - "this is what I'm typing:": the value of the
            # talk comes next, as if named
            return PendingAsk(ask.types, turn, at, origin="announced")
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
        if len(_LIST_ITEM.findall(folded)) > 1:
            # (in a list, what is answered in words is an item too: "- Tu full name";
            # elsewhere it is talk: "This e-mail may contain confidential information")
            others += self._worded_asks.find(folded)
        if not others:
            return ()
        # (phrases that overlap are one item: "la fecha de vencimiento", "su nombre
        # completo")
        items: list[tuple[int, str]] = []
        reach = -1
        for start, end in sorted(others):
            if start >= reach:
                items.append((start, OTHER_SLOT))
            reach = max(reach, end)
        items += [(v.start, v.requested.value) for v in violations]
        return tuple(slot for _start, slot in sorted(items))

    def _noticed(self, folded: str) -> tuple[EntityType, ...]:
        """The types an agent's message says were sent to the customer (not in a
        warning: "please don't send your card's security code"; not a code that is
        something else asked for: "reply with your ZIP code", "responde con tu código
        postal")."""
        others = self._other_asks.find(folded)
        return tuple(
            entity
            for entity, phrases in self._notices
            if any(
                self._not_notice.search(folded, max(0, start - _NOT_NOTICE_REACH), start) is None
                and not any(overlaps((start, end), other) for other in others)
                for start, end in phrases.find(folded)
            )
        )


# Where a closing question opens: "¿", or the end of the sentence before it.
_QUESTION_OPENS = re.compile(r"(?s:.*)(?:¿|[.!?\n][ \t]*)")


def _before_the_question(text: str) -> str:
    """`text` without the question that closes it, if any ("what's a cvv?" leaves
    nothing; "the atm says wrong pin. what do i do?" leaves its first sentence)."""
    body = text.rstrip()
    if not body.endswith("?"):
        return text
    opens = _QUESTION_OPENS.match(body, 0, len(body) - 1)
    return body[: opens.end()].rstrip("¿ \t") if opens is not None else ""


def _is_stall(text: str) -> bool:
    """A short message with no number and no question: it waits with the reader ("one
    sec", "still nothing", "no rush", "take your time")."""
    return (
        len(text) <= _STALL_CHARS
        and not _DIGITS.search(text)
        and "?" not in text
        and len(_WORD_OF.findall(text)) <= _STALL_WORDS
    )


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
        or WORDED_DATE.search(text) is not None
    )
