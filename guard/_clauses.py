"""An agent message cut into sentences and clauses, for the agent-request rule.

A sentence ends at ". ! ? ;" or a line break (not after an abbreviation, nor at the
number of a list item); a clause at a comma, a dash, a colon, a contrastive word
(`clause_breaks` of rules/requests.yaml: "..., but I do need the last four") or "and"
before a clause opener (`clause_starts`). Each clause knows its sentence, whether that
sentence is a question, and how it was cut from the clause before it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

import regex

from guard._phrasing import fold

# A sentence ends at . ! ? ; or a line break, not after an abbreviation ("card no. 1").
_SENTENCE_END = regex.compile(
    r"(?<!\b(?:no|num|nr|mr|mrs|ms|dr|sr|sra|srta|st|approx|etc|vs))"
    r"(?<!(?:^|\n)[ \t]*\d{1,2})"  # "1. your SSN": a numbered list item
    # "send me 1. the expiry, 2. the card number": items numbered inline (not "the last 4.")
    r"(?<![,;:][ \t]*\d{1,2})(?<!\s1(?=\.\s[^\n]{0,120}?,\s*2[.)]\s))"
    r"[.!?;]+(?=[\s\"')\]]|$)|\n+|(?=¿)|(?=¡)"
)
_COMMA = regex.compile(r",|\s[\-–—]+\s|:(?=\s)")
#: A word of folded text.
WORD = regex.compile(r"[\w'][\w']*")
#: What opens an item of a list: a bullet or a number ("- card number", "• CVV", "2)
#: your PIN").
LIST_MARKER = r"(?:[\-*•·–]|\d{1,2}[.)])"
# The next line opens a list item.
_ITEM_NEXT = regex.compile(rf"[ \t]*\n\s*{LIST_MARKER}\s")
_LIST_ITEM = regex.compile(rf"\s*{LIST_MARKER}\s+")

# Who speaks, at the head of a line of a call's transcript: "IVR:", "[00:48] [ivr]",
# "Sistema:", "spk_0:", "[02:15] cliente:" (a role, not a label: "Order: 4111" is none).
_SPEAKER = (
    r"(?i:customer|caller|client[ea]?|llamante|user|usuario|agent[e]?|asesora?|rep"
    r"|representa(?:tive|nte)|operat(?:or|ora)|operador|ivr|system|sistema|bot|voicebot"
    r"|assistant|asistente|cardholder|titular|member|socio|(?:spk|speaker|hablante)[_ ]?\d{1,2})"
)
_SPEAKER_TAG = regex.compile(
    rf"(?m)^[ \t]*(?:(?:\[[^\]\n]{{1,24}}\][ \t]*)+(?:{_SPEAKER}:[ \t]+)?|{_SPEAKER}:[ \t]+)"
)


def speaker_tags(folded: str) -> list[tuple[int, int]]:
    """Where the speaker tags of a transcript's lines stand."""
    return (
        [m.span() for m in _SPEAKER_TAG.finditer(folded)] if ":" in folded or "[" in folded else []
    )


def after_speaker_tag(text: str) -> int:
    """Where a message's words start past the speaker tag that opens it, if any
    ("[02:15] cliente: 1111" -> 17); 0 for a message with none."""
    tags = speaker_tags(text)
    return tags[0][1] if tags and tags[0][0] == 0 else 0


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    sentence: int
    question: bool
    #: how it was cut from the clause before it: "" (first), "comma", "and", "break",
    #: "item" (a list item under a line that opened the list)
    joint: str


def sentence_of(folded: str, position: int) -> int:
    """The index of the sentence `position` stands in."""
    return sum(1 for _ in _SENTENCE_END.finditer(folded, 0, position))


class ClauseSplitter:
    """Cuts folded messages into clauses, with the contrastive words that start a new
    clause (`breaks`) and the words that open one after "and" (`starts`)."""

    def __init__(self, breaks: Iterable[str], starts: Iterable[str]) -> None:
        folded_breaks = sorted({fold(p) for p in breaks}, key=len)
        folded_starts = sorted({fold(p) for p in starts}, key=len)
        self._breaks = regex.compile(
            r"(?<=\w\s*)\s(?=(?:"
            + "|".join(regex.escape(b) for b in reversed(folded_breaks))
            + r")(?!\w))"
        )
        self._and = regex.compile(
            r"\s(?=(?:and|or|y|o|e|u|&)\s+(?:"
            + "|".join(regex.escape(s) for s in reversed(folded_starts))
            + r")(?![\w']))"
        )

    def clauses(self, folded: str) -> list[Clause]:
        """The clauses of a folded message, in order."""
        clauses: list[Clause] = []
        start = 0
        sentence = 0
        ends = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(folded)]
        ends.append((len(folded), len(folded)))
        listing = False  # the sentence before opened or continued a list ("send me:")
        for stop, after in ends:
            if stop > start or after > start:
                text = folded[start:after]
                question = "?" in folded[stop:after] or "¿" in text
                cut = self._cut(folded, start, stop, sentence=sentence, question=question)
                item = _LIST_ITEM.match(folded, start, stop) is not None
                if cut and listing and item:
                    # "Please send me the following:\n- card number\n- CVV": a list item
                    # continues the ask that opened the list.
                    cut[0] = replace(cut[0], joint="item")
                clauses.extend(cut)
                listing = (
                    folded[start:stop].rstrip().endswith(":")
                    or (not item and _ITEM_NEXT.match(folded, stop) is not None)
                    or (listing and item)
                )
                sentence += 1
            start = after
        return clauses

    def _cut(
        self, folded: str, start: int, end: int, *, sentence: int, question: bool
    ) -> list[Clause]:
        """The clauses of one sentence."""
        out: list[Clause] = []
        cuts: list[tuple[int, int, str]] = []
        for m in _COMMA.finditer(folded, start, end):
            cuts.append((m.start(), m.end(), "comma"))
        for m in self._breaks.finditer(folded, start, end):
            cuts.append((m.start(), m.end(), "break"))
        for m in self._and.finditer(folded, start, end):
            cuts.append((m.start(), m.end(), "and"))
        cuts.sort()
        position, joint = start, ""
        for cut_start, cut_end, kind in cuts:
            if cut_start < position:
                continue
            if folded[position:cut_start].strip():
                out.append(Clause(position, cut_start, sentence, question, joint))
                joint = kind
            elif kind == "break":
                joint = kind
            position = cut_end
        if folded[position:end].strip():
            out.append(Clause(position, end, sentence, question, joint))
        return out


def opens_list(folded: str, clause: Clause) -> bool:
    """The clause ends in a colon ("Checklist for the reissue:"), or its line is
    followed by the items of a list ("Para procesar la aclaración mándeme\n- ...")."""
    return (
        folded.startswith(":", clause.end)
        or folded[clause.start : clause.end].rstrip(" \t").endswith(":")
        or (
            _ITEM_NEXT.match(folded, clause.end) is not None
            and _LIST_ITEM.match(folded, clause.start) is None  # (not an item itself)
        )
    )


def after_colon(folded: str, before: Clause, clause: Clause) -> bool:
    """Whether a colon stands between two clauses of one sentence."""
    return before.sentence == clause.sentence and ":" in folded[before.end : clause.start]


def first_word(folded: str, position: int) -> int:
    """Where the first word at or after `position` starts."""
    found = WORD.search(folded, position)
    return found.start() if found else position
