"""`CueRecognizer`: a number is a secret of a type when a cue for that type sits near it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import ClassVar, NamedTuple, TypedDict

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from guard._phrasing import MONEY_WORDS, phrase_pattern
from guard.recognizers._cues import Binding, Cue, CueIndex, CueSet, Number, NumberFinder, bind
from guard.recognizers._phrases import digit_count, folded

# The letters OCR reads digits as (a character class's body).
_OCR_LETTERS = "OolISZB"
# A digit beside a letter OCR reads for one ("S788", "02B"): a value may be read off a
# photo with fewer typed digits than its length.
_OCR_MIX = re.compile(rf"[0-9][{_OCR_LETTERS}]|[{_OCR_LETTERS}][0-9]")
# A value right after its cue (a copula, a colon or a line break between), its digits
# mixed with the letters OCR reads them as ("B34 335", "Z19596", "6O3").
_VALUE_LEAD = r"[)\]]?[ \t]*(?:(?:is|es|was|era|son|are)\b)?[ \t]*:?[ \t]*(?:\r?\n[ \t]*)?"
_READ_OFF = re.compile(
    _VALUE_LEAD + rf"(?P<value>(?=[0-9{_OCR_LETTERS}]*[0-9])"
    rf"(?:[0-9{_OCR_LETTERS}]{{2,4}}[ \-][0-9{_OCR_LETTERS}]{{2,4}}|[0-9{_OCR_LETTERS}]{{3,8}}))"
    r"(?![\w\-])"
)
# ... or its digits written as a count, as dictation writes a long number: "verification
# code is 482,913", "my pin is 4,821".
_READ_AS_COUNT = re.compile(
    _VALUE_LEAD + r"(?P<value>\d{1,3}(?:,\d{3}){1,2})(?![\w%,]|[.:/\-]\d)"
    rf"(?![ \t]*(?i:{MONEY_WORDS}|points|puntos|pts|miles|millas|"
    r"percent|por[ \t]?ciento)\b)"
)
_COUNT_REACH = 24
# A copula or a colon that hands over the value written as a count.
_COPULA_END = re.compile(r"(?:\b(?:is|es|was|era|son|are)|:)[ \t]*\Z")
# Between values of a list: "684 326 and 393-848", "369 972 y 873372", "1234, 5678".
# ("primero el código 639720 y luego otro 05656569", "and then another one 4471")
_LIST_JOINT = re.compile(
    r"(?i)\s*(?:,\s*)?(?:(?:and|or|y|o|&)\s+(?:(?:then|luego|despu[eé]s)\s+)?(?:con\s+)?"
    r"(?:(?:otro|otra|another(?:\s+one)?)[\s:,]+)?)?"
)


# Right before a value told, given or typed in a retelling, however far its cue stands
# before it: "me dijo que me iba a llegar un código ... y se lo leí, era 617831", "they
# sent me a code and told me to read it back ... it was 9460", "i read 738".
_TOLD = re.compile(
    r"(?i)(?:\b(?:it|that|this)\s+(?:was|is)|\bit'?s|\b(?:era|fue)"
    r"|\b(?:i|he|she|they)\s+(?:read|said|gave|told)"
    r"(?:\s+(?:it\s+to\s+)?(?:him|her|them))?(?:\s+it)?"
    r"|\b(?:les?|se\s+lo|se\s+los)\s+(?:di|dije|le[ií]|pas[eé]|dict[eé])|\byo\s+se\s+lo\s+dije"
    # ... or read out by whoever holds it: "she read it to me: 0957247", "me lo leyó: ..."
    r"|\bread\s+(?:it|them)\s+(?:to|for)\s+me|\bme\s+(?:lo|la|los)\s+(?:ley[oó]|dict[oó]|dijo)"
    # ... or given already, the value in brackets: "i gave it already (62883)", "yo ya lo
    # di (329843)"; or read back when asked: "asks me to read it back... 548630"
    # (a search that ends at the value: "already gave it", "ya lo di" end as these do)
    r"|\b(?:gave|told|read)\s+(?:it|them)(?:\s+(?:already|back|to\s+(?:him|her|them)))?"
    # ... or done as told: "'read it to me' so i did. 682 424", "les leí los números: 377881"
    r"|\bso\s+i\s+did\.?|\bles?\s+le[ií]\s+(?:los|el)\s+(?:n[uú]meros|c[oó]digo|d[ií]gitos)"
    r"|\b(?:lo|la|los)\s+(?:di|dije|le[ií]))"
    r"[ \t]*(?:[:,]|\.{2,}|…)?[ \t]*\(?\Z"
)
_TOLD_REACH = 24  # (how far back from the value `_TOLD` looks)
_RETOLD_REACH = 160  # (how far before the value its cue may stand)


# Between a value changed and the one that replaces it: "change pin 4733 -> 8725",
# "cambiar pin 9337 por 5752" (or "x", texting), "from 6967 to 742960" (after a word of
# changing).
_CHANGE_JOINT = re.compile(r"(?i)\s*(?:->|→|=>|>|\s(?:to|into|for|por|x|a|al)\s)\s*")
_CHANGING = re.compile(
    r"(?i)\b(?:chang\w*|updat\w*|switch\w*|from|cambi\w*|actualiz\w*|de|del)\b[^.!?\n\d]{0,40}$"
)


# "4821\n*4812", "code 192330 *193230": the chat sign of a correction, on the value typed
# again right after it.
_STARRED_AFTER = re.compile(r"[ \t]*\n?[ \t]*\*[ \t]?(\d+)(?![\w*])")


def starred_retype(text: str, end: int, digits: int) -> tuple[int, int] | None:
    """The span of a value retyped after the chat sign of a correction ("*") right after
    the value that ends at `end`, when as long as it (`digits`): "*6606" after a value of
    another length is a masked number."""
    starred = _STARRED_AFTER.match(text, end)
    if starred is None or len(starred[1]) != digits:
        return None
    return starred.span(1)


@lru_cache(maxsize=8)
def correction_joint(corrections: tuple[str, ...]) -> re.Pattern[str] | None:
    """What stands between a value and the one typed to replace it, in folded text: one
    or more correction words (rules/detection.yaml `corrections`), punctuation, maybe a
    copula: "4821 sorry 4812", "123. wait no, it's 132", "4821, perdón, 4812". None
    without correction words. (Cached: every recognizer reads the same words.)"""
    if not corrections:
        return None
    words = phrase_pattern(corrections, gap=r"[ \t\-]+", before=r"(?<!\w)", after=r"(?!\w)")
    return re.compile(
        rf"[\W_]*?{words.pattern}(?:[\W_]+{words.pattern})*[\W_]*"
        r"(?:(?:it'?s|its|it\s+is|is|es|era|son)(?!\w)[\W_]*)?"
    )


def _best_of(results: list[Hit], more: list[Hit]) -> list[Hit]:
    """`results` and `more`, a span found in both once, at the better score."""
    if not more:
        return results
    at = {(hit.start, hit.end): index for index, hit in enumerate(results)}
    for hit in more:
        index = at.get((hit.start, hit.end))
        if index is None:
            at[hit.start, hit.end] = len(results)
            results.append(hit)
        elif hit.score > results[index].score:
            results[index] = hit
    return results


class Hit(NamedTuple):
    """One value a recognizer found, as the engine reads it. A Presidio
    `RecognizerResult` (with its `AnalysisExplanation`) is built from it only when
    Presidio asks, through `analyze`: the engine's hot path never pays for one."""

    entity_type: str
    start: int
    end: int
    score: float
    explanation: str


class GuardRecognizer(EntityRecognizer):
    """What guard's recognizers share: nothing to load, and results that carry their
    explanation (never the matched text) and the recognizer's name."""

    ENTITY: ClassVar[str]
    #: Fewest digits a value of this type has.
    MIN_DIGITS: ClassVar[int] = 0
    #: Fewest digits a message needs before this recognizer can find anything (None:
    #: MIN_DIGITS; fewer where OCR letters may stand for some: "PIN es S788").
    GATE_DIGITS: ClassVar[int | None] = None
    name: str

    @classmethod
    def gate_digits(cls) -> int:
        """Fewest digits a message needs before this recognizer reads it."""
        return cls.MIN_DIGITS if cls.GATE_DIGITS is None else cls.GATE_DIGITS

    def load(self) -> None:
        """Nothing to load: patterns are compiled at import or in __init__."""

    def worth_reading(self, text: str) -> bool:
        """A cheap look (cached word set, digit count) that rules a message out before
        `find` reads it, once it has MIN_DIGITS digits. True means "maybe"."""
        return True

    def wanted(self, entities: list[str] | None) -> bool:
        """Whether a caller asking for `entities` wants what this recognizer finds."""
        return not entities or any(e in self.supported_entities for e in entities)

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None
    ) -> list[RecognizerResult]:
        """Presidio's entry point: `find` when the caller wants these entities."""
        return [self.to_result(hit) for hit in self.find(text)] if self.wanted(entities) else []

    def find(self, text: str) -> list[Hit]:
        """Every value of this recognizer's types in `text` (guard needs no NLP artifacts)."""
        raise NotImplementedError

    def to_result(self, hit: Hit) -> RecognizerResult:
        """`hit` as Presidio's result, with its explanation (never the matched text)."""
        return RecognizerResult(
            entity_type=hit.entity_type,
            start=hit.start,
            end=hit.end,
            score=hit.score,
            analysis_explanation=AnalysisExplanation(
                recognizer=self.name, original_score=hit.score, textual_explanation=hit.explanation
            ),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )

    def _result(
        self,
        start: int,
        end: int,
        score: float,
        explanation: str,
        entity: str | None = None,
    ) -> Hit:
        return Hit(entity or self.ENTITY, start, end, round(score, 4), explanation)


#: A finding scoring at least this was named by a cue of its own type ("código de
#: verificación es 391198"), not only by a weak cue ("código 1086") or by where it stands
#: (beside a card, after an ask): the conversation rules may read the others as another
#: type or as part of a card.
NAMED_SCORE = 0.8


class CueOptions(TypedDict, total=False):
    """What a `CueRecognizer` takes beside its cues: a subclass that adds its own
    arguments passes these on (`**options: Unpack[CueOptions]`)."""

    after: int
    before: int
    numbers: NumberFinder | None
    index: CueIndex | None
    corrections: Sequence[str]
    supported_language: str


class CueRecognizer(GuardRecognizer):
    """Base of the context-driven recognizers (security code, passcode, PIN, SSN).

    Subclasses set `ENTITY`, the digit counts a value may have, and may refine
    `candidates` (which numbers may be values) and `validate` (one hook per value).
    """

    MIN_DIGITS: ClassVar[int]
    MAX_DIGITS: ClassVar[int]
    #: Score of a value right beside a cue; a weak cue ("code") scores WEAK_SCORE.
    SCORE: ClassVar[float] = 0.85
    WEAK_SCORE: ClassVar[float] = 0.65
    #: Score lost by a value at the far edge of the window.
    DISTANCE_PENALTY: ClassVar[float] = 0.1
    #: Score lost by a value in the next clause ("pin ... and 4620").
    CLAUSE_PENALTY: ClassVar[float] = 0.15
    #: Whether a bank texts values of this type: "92382346 is your banco altavista
    #: login code" names one ("0954 is your Altura security code" names no card's code).
    TEXTED: ClassVar[bool] = True

    def __init__(
        self,
        cues: Sequence[str],
        weak_cues: Sequence[str] = (),
        not_cues: Sequence[str] = (),
        *,
        after: int = 40,
        before: int = 24,
        numbers: NumberFinder | None = None,
        index: CueIndex | None = None,
        corrections: Sequence[str] = (),
        supported_language: str = "en",
    ) -> None:
        self._index = (
            index
            if index is not None
            else CueIndex.single(self.ENTITY, CueSet(cues, weak_cues, not_cues))
        )
        self._corrected = correction_joint(tuple(corrections))
        self._numbers = numbers if numbers is not None else NumberFinder()
        self._after = after
        self._before = before
        super().__init__(
            supported_entities=[self.ENTITY],
            name=type(self).__name__,
            supported_language=supported_language,
            context=[*cues, *weak_cues],
        )

    #: Fewest digits a message needs for `without_cue` to find anything (None: never).
    DIGITS_WITHOUT_CUE: ClassVar[int | None] = None

    def worth_reading(self, text: str) -> bool:
        # The engine asks only about messages with GATE_DIGITS digits or more, whose words
        # the number recognizers read anyway: `CueIndex.may_name`'s pre-check spares none.
        return not self.too_few_digits(text) and self._may_hold_a_value(text)

    def _may_hold_a_value(self, text: str) -> bool:
        """Whether `text`, with digits enough for a value, may hold one: a cue named, or
        digits enough for `without_cue`. (A subclass whose `without_cue` reads other
        hints widens this, not `worth_reading`: the digit count is taken once.)"""
        if self.DIGITS_WITHOUT_CUE is not None and digit_count(text) >= self.DIGITS_WITHOUT_CUE:
            return True
        return self.ENTITY in self._index.types_named(text)

    def too_few_digits(self, text: str) -> bool:
        """Fewer digits than a value has, and no letter read off a photo beside one."""
        return digit_count(text) < self.MIN_DIGITS and _OCR_MIX.search(text) is None

    def cues_in(self, text: str) -> Sequence[Cue]:
        """The cues of this type in `text`, in text order (a subclass may drop some)."""
        return self._index.find(text, self.ENTITY)

    def find(self, text: str) -> list[Hit]:
        cues = self.cues_in(text)
        if not cues:
            return self.without_cue(text)
        numbers = self.candidates(text)
        results = [
            self._result(b.number.start, b.number.end, self.score(text, b), self._explain(b))
            for b in bind(
                text,
                cues,
                numbers,
                after=self._after,
                before=self._before,
                eligible=self._numbers.is_eligible,
                texted=self.TEXTED,
            )
            if self.validate(text, b.number)
        ]
        if results:
            results.extend(self._listed_after(text, numbers, results))
        results.extend(self._read_off(text, cues, results))
        # A value found twice (bound and found without a cue: "ssn 123-45-6789"; bound to
        # a far weak cue and told in a retelling: "... a code and asked me to read it
        # back 548630") counts once, at the better score.
        return _best_of(results, [*self._told(text, numbers, results), *self.without_cue(text)])

    def _told(self, text: str, numbers: Sequence[Number], bound: list[Hit]) -> list[Hit]:
        """Values told, given or typed in a retelling ("... se lo leí, era 617831", "i
        read 738"), beyond the reach of a cue of this type named before them, when no
        cue of another type stands nearer."""
        hits: list[Hit] = []
        taken = {(h.start, h.end) for h in bound if h.score >= self.WEAK_SCORE}
        for number in numbers:
            span = (number.start, number.end)
            if (
                span in taken
                or _TOLD.search(text, max(0, number.start - _TOLD_REACH), number.start) is None
                or self.ENTITY
                not in self._index.named_last_before(text, number.start, _RETOLD_REACH)
                or not self._numbers.is_eligible(text, *span)
                or not self.validate(text, number)
            ):
                continue
            hits.append(self._result(*span, self.WEAK_SCORE, "told after its cue, in a retelling"))
        return hits

    def _read_off(self, text: str, cues: Sequence[Cue], bound: list[Hit]) -> list[Hit]:
        """A value right after a strong cue in a form no number token takes: read off a
        photo, OCR letters in it ("verification code is B34 335", "PIN es S788",
        "FIRMA AUTORIZADA\n02B": a group of this type's length, most of it digits, the
        rest look-alike letters), or written as a count ("code is 482,913")."""
        hits: list[Hit] = []
        for cue in cues:
            if cue.weak:
                continue
            found = self._read_with_letters(text, cue.end) or self._read_as_count(text, cue.end)
            if found is None:
                continue
            start, end, how = found
            if not any(h.start < end and start < h.end for h in bound):
                hits.append(self._result(start, end, self.SCORE - 0.1, how))
        return hits

    def _read_with_letters(self, text: str, at: int) -> tuple[int, int, str] | None:
        match = _READ_OFF.match(text, at)
        if match is None:
            return None
        value = match.group("value")
        digits = sum(ch.isdigit() for ch in value)
        letters = len(value) - digits - value.count(" ") - value.count("-")
        if (
            letters
            and 2 * digits > len(value)
            and self.MIN_DIGITS <= digits + letters <= self.MAX_DIGITS
        ):
            return (*match.span("value"), "value read off a photo")
        return None

    def _read_as_count(self, text: str, at: int) -> tuple[int, int, str] | None:
        if "," not in text[at : at + _COUNT_REACH]:
            return None  # (most values hold no comma: no need for the pattern)
        match = _READ_AS_COUNT.match(text, at)
        if match is None:
            return None
        start, end = match.span("value")
        if _COPULA_END.search(text, max(0, at - 4), start) is None:
            return None  # ("the app says 82,634": a balance shown; "code is 482,913")
        if not self.MIN_DIGITS <= end - start - match.group("value").count(",") <= self.MAX_DIGITS:
            return None
        return start, end, "digits written as a count"

    def _listed_after(self, text: str, numbers: Sequence[Number], bound: list[Hit]) -> list[Hit]:
        """Values listed right after a bound one ("2 codes: 684 326 and 393-848"), or
        typed to replace it ("pin 4821 sorry 4812")."""
        listed: list[Hit] = []
        taken = {(h.start, h.end) for h in bound}
        for hit in bound:
            end = hit.end
            for number in numbers:
                if number.start < end or (number.start, number.end) in taken:
                    continue
                if _LIST_JOINT.fullmatch(text, end, number.start) is not None:
                    how = "listed after a value"
                elif self._corrects(text, end, number.start):
                    how = "typed to replace a value"
                elif _CHANGE_JOINT.fullmatch(text, end, number.start) and _CHANGING.search(
                    text, max(0, hit.start - 48), hit.start
                ):
                    how = "the new value of a change"
                else:
                    break
                if not self._numbers.is_eligible(
                    text, number.start, number.end
                ) or not self.validate(text, number):
                    break
                listed.append(self._result(number.start, number.end, hit.score, how))
                taken.add((number.start, number.end))
                end = number.end
            retyped = starred_retype(text, end, digit_count(text[hit.start : hit.end]))
            if retyped is not None and retyped not in taken:
                listed.append(self._result(*retyped, hit.score, "retyped after a '*'"))
                taken.add(retyped)
        return listed

    def _corrects(self, text: str, end: int, start: int) -> bool:
        """Whether text[end:start] takes back the value before it for the one after."""
        return self._corrected is not None and (
            self._corrected.fullmatch(folded(text), end, start) is not None
        )

    def candidates(self, text: str) -> list[Number]:
        """The numbers that could be a value of this type."""
        return [
            n for n in self._numbers.find(text) if self.MIN_DIGITS <= n.digits <= self.MAX_DIGITS
        ]

    def validate(self, text: str, number: Number) -> bool:
        """Last check of one bound value (e.g. SSN area and group rules)."""
        return True

    def without_cue(self, text: str) -> list[Hit]:
        """Values that count even with no cue (e.g. 123-45-6789). None by default."""
        return []

    def score(self, text: str, binding: Binding) -> float:
        base = self.WEAK_SCORE if binding.cue.weak else self.SCORE
        reach = self._after if binding.number.start >= binding.cue.end else self._before
        penalty = self.CLAUSE_PENALTY if binding.broken else 0.0
        return base - penalty - self.DISTANCE_PENALTY * (binding.gap / max(reach, 1))

    def _explain(self, binding: Binding) -> str:
        side = "after" if binding.number.start >= binding.cue.end else "before"
        strength = "weak cue" if binding.cue.weak else "cue"
        return f"{binding.number.digits} digits {binding.gap} chars {side} a {strength}"
