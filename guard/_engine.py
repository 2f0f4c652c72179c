"""The engine: a pure function of (message, conversation state, rules) -> verdict, state.

No I/O, no globals, no clock: the shells (middleware, service, CLI, auditor) load state,
call `Engine.inspect`, save the state and act on the verdict.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from guard._chat_numbers import numbers_in
from guard._conversation import ConversationRule
from guard._model import Action, EntityType, Finding, Message, Role, Verdict, Violation
from guard._nlp import BlankSpacyNlpEngine
from guard._phrasing import phrase_pattern
from guard._redact import Redactor
from guard._requests import AgentRequestRule
from guard._rules import Rules
from guard._state import ConversationState
from guard._text import NormalizedText, normalize
from guard.recognizers import GuardRecognizer, build_recognizers
from guard.recognizers._phrases import digit_count, digits_of, folded

#: When two findings overlap, the higher score wins; on a tie, the earlier type here.
TYPE_PRIORITY: tuple[EntityType, ...] = (
    EntityType.CREDIT_CARD,
    EntityType.US_SSN,
    EntityType.CARD_SECURITY_CODE,
    EntityType.PIN,
    EntityType.ONE_TIME_PASSCODE,
    EntityType.PASSWORD,
)
_PRIORITY = {t: i for i, t in enumerate(TYPE_PRIORITY)}
_KNOWN = {t.value: t for t in EntityType}


# A value typed again in its message ("ssn 060-79-8214. typed it twice to check: 060 79
# 8214") is that value too, once it has this many digits.
_REPEATED_DIGITS = 3
REPEAT_RECOGNIZER = "RepeatedValue"


def _repeats(
    norm: NormalizedText, found: Sequence[Finding], spans: Sequence[tuple[int, int]], digits: int
) -> list[Finding]:
    """Findings for the other numbers of a message that repeat a found value's digits."""
    text = norm.text
    all_digits = digits_of(text)
    values: dict[str, Finding] = {}
    for finding, (start, end) in zip(found, spans, strict=True):
        value = digits_of(text[start:end])
        # (One search of the message's digits rules most values out: typed once, their
        # digits stand once in them.)
        if (
            len(value) >= _REPEATED_DIGITS
            and digits >= 2 * len(value)
            and all_digits.count(value) > 1
        ):
            values.setdefault(value, finding)
    repeats: list[Finding] = []
    for number in numbers_in(text) if values else ():
        first = values.get(number.digits)
        if first is None or any(s < number.end and number.start < e for s, e in spans):
            continue
        start, end = norm.to_original(number.start, number.end)
        how = "the same value typed again in the message"
        repeats.append(Finding(first.type, start, end, first.score, REPEAT_RECOGNIZER, how))
    return repeats


# A value set against another in a correction: "it's C0wb0ys73 not c0wb0ys73", "1376 not
# 1367", "es Qwerty89@ no qwerty89@". Either one found, the other is of its type when it
# looks like it (the same digit count; a password of about its length and letters).
_CONTRAST = regex.compile(
    r"(?<![^\s\"'“(])(?P<a>[^\s,;\"'”]{3,64})[\"'”]?[,;]?[ \t]+"
    r"(?i:not|no|y\s+no|and\s+not|but\s+not|instead\s+of|rather\s+than|en\s+vez\s+de"
    r"|en\s+lugar\s+de)[ \t]+[\"'“]?(?P<b>[^\s,;\"'”]{3,64})"
)
_CONTRAST_PROBE = re.compile(r"(?i)\b(?:not?|instead|rather|vez|lugar)\b")
# ... unless what follows says what it is: "pin 4821 no 5521 is my zip".
_DESCRIBED = re.compile(r"[ \t]+(?i:is|es|was|era|are|son)\b")
_CONTRAST_END = ".!?)"
_CONTRAST_SIMILAR = 0.6  # (difflib's ratio: "Qwerty89@" and "qwerty89@" are 0.89)
CONTRAST_RECOGNIZER = "ContrastedValue"


def _like(value: str, other: str, entity: EntityType) -> bool:
    """Whether `other` may be a retyping of `value`, a secret of type `entity`."""
    if entity is EntityType.PASSWORD:
        return (
            abs(len(value) - len(other)) <= 3
            and not other.isdigit()
            and SequenceMatcher(None, value.lower(), other.lower()).ratio() >= _CONTRAST_SIMILAR
        )
    return other.isdigit() and len(digits_of(value)) == len(other)


def _contrasted(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """Findings for the values set against a found one in a correction ("it's X not Y")."""
    if not findings or _CONTRAST_PROBE.search(text) is None:
        return []
    added: list[Finding] = []
    for match in _CONTRAST.finditer(text):
        (a_start, a_end), (b_start, b_end) = match.span("a"), match.span("b")
        while b_end > b_start and text[b_end - 1] in _CONTRAST_END:
            b_end -= 1
        for (start, end), (o_start, o_end) in (
            ((a_start, a_end), (b_start, b_end)),
            ((b_start, b_end), (a_start, a_end)),
        ):
            found = next((f for f in findings if (f.start, f.end) == (start, end)), None)
            if (
                found is None
                or found.type is EntityType.CREDIT_CARD
                or any(f.start < o_end and o_start < f.end for f in [*findings, *added])
                or not _like(text[start:end], text[o_start:o_end], found.type)
                or _DESCRIBED.match(text, o_end) is not None
            ):
                continue
            how = "a value set against a found one in a correction"
            added.append(Finding(found.type, o_start, o_end, found.score, CONTRAST_RECOGNIZER, how))
    return added


_CARD = EntityType.CREDIT_CARD.value
_OTP = EntityType.ONE_TIME_PASSCODE.value
# A short value is never masked in part: a group of digits joined by one space or dash to
# the digits found ("288 627 es tu clave de acceso" read as "627") is the value's too, up
# to a code's length.
_GROUP_BEFORE = re.compile(r"(?<![\d\w])\d{2,4}[ \-]\Z")
_GROUP_AFTER = re.compile(r"[ \-]\d{2,4}(?![\d\w])")
_WHOLE_NUMBER_DIGITS = 8


def _whole_number(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the number whose digits text[start:end] are part of, when it is short."""
    before = _GROUP_BEFORE.search(text, max(0, start - 5), start)
    after = _GROUP_AFTER.match(text, end)
    wider_start = before.start() if before is not None else start
    wider_end = after.end() if after is not None else end
    if (wider_start, wider_end) == (start, end):
        return start, end
    if digit_count(text[wider_start:wider_end]) > _WHOLE_NUMBER_DIGITS:
        return start, end
    return wider_start, wider_end


def resolve_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Keep the strongest of overlapping findings; cards always beat shorter secrets."""
    ranked = sorted(findings, key=lambda f: (_PRIORITY[f.type] != 0, -f.score, _PRIORITY[f.type]))
    kept: list[Finding] = []
    for finding in ranked:
        if all(finding.end <= k.start or k.end <= finding.start for k in kept):
            kept.append(finding)
    return sorted(kept, key=lambda f: f.start)


# A code the bank texts (rules/detection.yaml `sent_code_signs`): a number of this many
# digits that a password's cue names ("Tu clave de acceso es 482913. No la compartas") is
# a one-time passcode. (Not a PIN's: a PIN mailer says "never share it" too.)
_SENT_TYPES = frozenset({EntityType.PASSWORD.value})
_SENT_CODE = re.compile(r"\d(?:[ \-]?\d){3,7}")
_SENT_HOW = "; the message reads as a code the bank texts"
# ... and four digits a card's code's cue names in a text that says how soon it expires
# or what it approves ("Your NorthStar Card code is 8658. It expires in 10 minutes", "Usa
# el código 3187 para confirmar el retiro"): a passcode, not an Amex CID.
_CSC = EntityType.CARD_SECURITY_CODE.value
_FOUR_DIGITS = re.compile(r"\d{4}")
_TEXTED = re.compile(
    r"(?i)\b(?:expires?|expira|vence|caduca)\s+(?:in|en)\s+\d+\s*(?:min|minutes|minutos"
    r"|hrs?|hours|horas)\b|\b(?:to|para)\s+(?:approve|confirm|authorize|aprobar|confirmar"
    r"|autorizar)\b"
)


class Engine:
    """Detects, judges and masks secrets in chat messages.

    >>> engine = Engine()
    >>> verdict, state = engine.inspect(Message("m1", "card 4111 1111 1111 1111", Role.CUSTOMER))
    >>> verdict.text
    'card **** **** **** 1111'
    """

    def __init__(
        self, rules: Rules | None = None, *, recognizers: Sequence[EntityRecognizer] = ()
    ) -> None:
        self.rules = rules if rules is not None else Rules.load()
        self._own: list[GuardRecognizer] = build_recognizers(self.rules.detection)
        # What `_detect` reads of each recognizer, looked up once (it runs per message).
        self._readers = [(r.gate_digits(), r.worth_reading, r.find, r.name) for r in self._own]
        # Presidio recognizers a user adds may read tokens: only then is spaCy run.
        self._extra = list(recognizers)
        self._nlp = BlankSpacyNlpEngine()
        if self._extra:
            self._nlp.load()
        self._threshold = self.rules.policy.threshold
        signs = [p for ps in self.rules.detection.sent_code_signs.values() for p in ps]
        self._sent_signs = (
            phrase_pattern(signs, before=r"(?<!\w)", after=r"(?!\w)") if signs else None
        )
        self._redactor = Redactor(self.rules.policy.masking)
        self._requests = AgentRequestRule(
            self.rules.requests, merchant=self.rules.detection.merchant_codes
        )
        detection = self.rules.detection
        self._conversation = ConversationRule(
            self.rules.conversation,
            cues={t: detection.cues(t) for t in EntityType if t is not EntityType.CREDIT_CARD},
            weak_cues={t: detection.weak_cues(t) for t in EntityType},
            card_cues=detection.cues(EntityType.CREDIT_CARD),
            corrections=detection.correction_words(),
        )

    @property
    def recognizers(self) -> list[EntityRecognizer]:
        """The Presidio recognizers the engine runs, guard's own first."""
        return [*self._own, *self._extra]

    def detect(self, text: str) -> list[Finding]:
        """Every secret in `text`, offsets into `text`, overlaps resolved."""
        found = self._detect(normalize(text))
        if not found:
            return found  # (most messages: no call for what sets a value against them)
        more = _contrasted(text, found)
        return resolve_overlaps([*found, *more]) if more else found

    def _detect(self, norm: NormalizedText) -> list[Finding]:
        found: list[Finding] = []
        text = norm.text
        digits = digit_count(text)
        threshold = self._threshold
        spans: list[tuple[int, int]] = []  # (where the findings stand in `text`)
        for min_digits, worth_reading, find, name in self._readers:
            # The digit count, then a cached word set, rule most recognizers out of most
            # messages before they read them.
            if digits < min_digits or not worth_reading(text):
                continue
            for entity, hit_start, hit_end, score, explanation in find(text):
                if score >= threshold:
                    span = (hit_start, hit_end)
                    if entity != _CARD and text[hit_start:hit_end].isdigit():
                        span = _whole_number(text, hit_start, hit_end)
                    kind, how = entity, explanation
                    if (entity in _SENT_TYPES and self._sent_code(text, *span)) or (
                        entity == _CSC
                        and _FOUR_DIGITS.fullmatch(text, *span)
                        and _TEXTED.search(text) is not None
                    ):
                        kind, how = _OTP, explanation + _SENT_HOW
                    start, end = norm.to_original(*span)
                    found.append(Finding(_KNOWN[kind], start, end, score, name, how))
                    spans.append(span)
        if found and digits >= 2 * _REPEATED_DIGITS:
            found.extend(_repeats(norm, found, spans, digits))
        if self._extra:
            found.extend(self._detect_extra(norm))
        if len(found) < 2:
            return found
        return resolve_overlaps(found)

    def _sent_code(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end], a password's, is a code the bank texted:
        4 to 8 digits in a message that says not to share it or how long it lasts."""
        return (
            self._sent_signs is not None
            and _SENT_CODE.fullmatch(text, start, end) is not None
            and self._sent_signs.search(folded(text)) is not None
        )

    def _detect_extra(self, norm: NormalizedText) -> list[Finding]:
        """What the Presidio recognizers a user added find (through spaCy's tokens)."""
        found: list[Finding] = []
        artifacts = self._nlp.process_text(norm.text, "en")
        for extra in self._extra:
            for result in extra.analyze(norm.text, extra.supported_entities, artifacts):
                finding = self._to_finding(norm, extra, result)
                if finding is not None:
                    found.append(finding)
        return found

    def _to_finding(
        self, norm: NormalizedText, recognizer: EntityRecognizer, result: RecognizerResult
    ) -> Finding | None:
        entity = _KNOWN.get(result.entity_type)
        if entity is None or result.score < self._threshold:
            return None
        start, end = norm.to_original(result.start, result.end)
        explanation = result.analysis_explanation
        return Finding(
            type=entity,
            start=start,
            end=end,
            score=float(result.score),
            recognizer=str(getattr(recognizer, "name", type(recognizer).__name__)),
            explanation=explanation.textual_explanation or "" if explanation else "",
        )

    def inspect(
        self, message: Message, state: ConversationState | None = None
    ) -> tuple[Verdict, ConversationState]:
        """Judge one message in its conversation; return the verdict and the new state."""
        state = state if state is not None else ConversationState()
        norm = normalize(message.text)
        findings = self._detect(norm)
        violations = self._requests.find_in(norm) if message.role is Role.AGENT else []
        added, state = self._conversation.step(message, norm, findings, violations, state)
        if added:
            # On a tie the conversation's finding wins: it names the parts of a split card.
            findings = resolve_overlaps([*added, *findings])
        more = _contrasted(message.text, findings) if findings else []
        if more:
            findings = resolve_overlaps([*findings, *more])
        return self.decide(message, findings, violations), state

    def decide(
        self, message: Message, findings: Sequence[Finding], violations: Sequence[Violation]
    ) -> Verdict:
        """Apply the policy to what was found and build the verdict."""
        policy = self.rules.policy
        action = Action.ALLOW
        to_mask: list[Finding] = []
        for finding in findings:
            finding_action = policy.action_for(message.role, finding.type)
            action |= finding_action
            if finding_action is Action.MASK:
                to_mask.append(finding)
        for violation in violations:
            action |= self.violation_action(message.role, violation)
        if action is Action.BLOCK:
            text = None
        elif to_mask:
            text = self._redactor.redact(message.text, to_mask)
        else:
            text = message.text
        return Verdict(message.id, action, text, tuple(findings), tuple(violations))

    def violation_action(self, role: Role, violation: Violation) -> Action:
        """The action rules/requests.yaml sets for a request of this type: block, or
        flag (the message is delivered, the violation recorded)."""
        if self.rules.requests.actions[violation.requested] == "flag":
            return Action.ALLOW
        return Action.BLOCK

    def redact(self, text: str, findings: Sequence[Finding]) -> str:
        """Mask `findings` in `text` with the policy's masking styles."""
        return self._redactor.redact(text, resolve_overlaps(findings))
