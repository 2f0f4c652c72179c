"""Agent requests for forbidden data: "what's the CVV?" in an agent message is a violation.

`AgentRequestRule` reads an agent message with the vocabulary of rules/requests.yaml (the
file explains the matching). The message is cut into sentences and clauses
(`guard._clauses`); an object
phrase ("security code", "número de tarjeta") is requested when the clause asks for it
and it is neither partial ("last four of your SSN"), nor warned about ("we will never ask
for your PIN"), nor sent to another channel ("enter the code in the app, not here").

The helpers `fold` and `PhraseSet` are shared with the conversation rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import regex

from guard._clauses import (
    WORD,
    Clause,
    ClauseSplitter,
    after_colon,
    first_word,
    opens_list,
    sentence_of,
    speaker_tags,
)
from guard._model import EntityType, Violation
from guard._phrasing import (
    REGEX_TIMEOUT,
    PhraseSet,
    Span,
    drop_contained,
    drop_overlapping,
    fold,
    overlaps,
    within,
)
from guard._rules import MerchantCodes, RequestRules, Vocabulary
from guard._text import NormalizedText, normalize

# ── what stands around an object ───────────────────────────────────────────────────────

# "my password", "mi tarjeta", "our PIN policy": the writer's own thing, not the reader's.
_FIRST_PERSON = regex.compile(r"(?<!\w)(?:my|mi|mis|our|nuestros?|nuestras?)\s+(?:[\w'\-]+\s+)?\Z")
# "your SSN", "su contraseña": the reader's own thing.
_SECOND_PERSON = regex.compile(r"(?<!\w)(?:your|ur|su|sus|tu|tus)\s+(?:[\w'\-]+\s+){0,2}\Z")
# Words that join two things: a "*" in an object phrase never stands for them.
_CONJUNCTIONS = ("and", "or", "plus", "but", "then", "y", "o", "e", "u", "pero", "luego")
# Nothing more in the clause: "... is required.", "... is required, please."
_CLAUSE_END = regex.compile(r"\s*(?:[.!?;,:]|$|\s*(?:please|por\s+favor))")
# A quoted word right after a request verb: "type 'yes'", "escriba 'sí'".
_QUOTE_NEXT = regex.compile(r"\s*['\"“”‘’«]")
# What a requirement is for, when it asks: "... is required to proceed".
_TO_GO_ON = regex.compile(
    r"\s+(?:(?:in\s+order\s+)?to\s+(?:proceed|continue|verify|confirm|complete|process|finish|"
    r"unlock|move\s+forward|go\s+(?:on|ahead)|validate|authenticate)|before\s+(?:we|i)\b|"
    r"para\s+(?:continuar|proceder|verificar|confirmar|completar|procesar|validar|seguir))"
)
# Words that start what a request is for ("share it with us to complete verification"),
# or what follows if it is refused ("read it to me now or the money is gone").
_PURPOSE = frozenset(
    {"to", "so", "para", "for", "because", "porque", "since", "and", "y", "or", "o", "otherwise"}
    # ... or when: "read it to me when it arrives", "léamelo cuando le llegue"
    | {"when", "once", "as", "after", "cuando", "apenas", "en", "luego"}
)
# A message that is one phrase about the reader's thing: "Your password", "Su NIP".
_LONE = regex.compile(r"\s*(?:your|ur|su|tu)\s[^.,;!?¿¡\n]{1,60}[.:?!\s]*")
# This chat, named as the place to type: "here", "in the chat", "aquí".
_HERE = regex.compile(r"(?<!\w)(?:here|aqu[ií]|in (?:the|this) chat|en (?:el|este) chat)(?!\w)")
# A negation shortly before "here": "don't send it here", "no lo comparta aquí".
_NEGATED_BEFORE = regex.compile(
    r"(?<!\w)(?:no|not|never|nunca|jam[aá]s|don'?t|do\s+not)(?!\w)[^.!?;\n]*\Z"
)
_NEGATION_REACH = 32
# How many words a polite opener may stand from its object, besides its determiner.
_POLITE_REACH = 3
# "The code is on the back": a lone statement, however short, asks nothing.
_COPULAS = frozenset({"is", "are", "was", "were", "es", "son", "esta", "estan"})
# Question words: a cue that opens with one and holds its object asks a question, with or
# without the question mark ("what pin do you punch in at the atm").
_WH = ("what ", "which ", "que ", "cual ", "cuales ")
# A clause opening a follow-up ask: "and the CVV", "y el código", "also your PIN".
# Not "next to the signature strip", "now that ...": those place or time, they ask nothing.
_FOLLOW_UP = regex.compile(
    r"\s*(?:and|also|plus|now(?!\s+that)|next(?!\s+to\b)|then|y|tambi[eé]n|adem[aá]s|ahora|"
    r"luego(?!\s+de\b))\s"
)
# An object named whole: a partial phrase after it does not make it partial.
_WHOLE = regex.compile(r"\b(?:full|complete|entire|whole|complet[oa]|enter[oa])\b")
# A line quoted from an earlier message, as mail quotes it.
_QUOTED_LINE = regex.compile(r"(?m)^[ \t]*>.*$")
# A clause that is only what is still needed: "..., just the 3 digits on the back",
# "No necesito el número completo, solo los 3 dígitos de atrás".
_ONLY = regex.compile(r"\s*(?:just|only|solo|s[oó]lo|nom[aá]s|nada\s+m[aá]s)\s")
# A length after a thing named ("... de 9 dígitos", "... (routing) of nine digits"): its own.
_ITS_LENGTH = regex.compile(
    r"(?:\s*\([^()\n]{1,24}\))?\s+(?:de|of|with|con)\s+(?:\d{1,2}|[a-z]{3,9})\s*-?\s*"
    r"(?:d[ií]gitos|digits|n[uú]meros|numbers|numeros)\b"
)


# The next ways of reaching someone in a warning's list: "We will never call, text or
# email you to ask for your PIN" ("text or email you to ask for ..." is still warned).
_MORE_WAYS = regex.compile(
    r"\s*(?:(?:or|and|nor|ni|o|y)\s+)?(?:text|txt|sms|e-?mail|message|dm|chat|call|phone|"
    r"write|contact|llam|escrib|chate|mensaje)\w*(?!\w)"
)
# Between two items of a list: "the number, the expiration", "número y vencimiento".
_LIST_GLUE = regex.compile(
    r"\s*(?:[,/&+]\s*)?(?:(?:and|or|y|o|e)\s+)?(?:(?:the|your|its|la|el|su|tu)\s+)?"
)
# A value right after an object phrase: "card number: 4111 ...", "CVV 123", or read back
# masked ("SSN: ***-**-3875", "Tarjeta: XXXX-XXXX-XXXX-4454"); not the next item of a
# list ("- PIN\n- 16-digit card number").
_VALUE_AFTER = regex.compile(
    r"(?![ \t]*\n\s*(?:[\-*•·–]|\d{1,2}[.)]))"
    r"[\s:#=\-]{0,4}(?:(?:is|es|to\s+be|will\s+be|ser[aá])\s+)?"
    r"(?:\d[\d\s\-.]{2,}|[*•·●xX]{2,}[*•·●xX \-.]*\d{2,4})"
)


@dataclass(frozen=True, slots=True)
class _Mention:
    type: EntityType
    start: int
    end: int
    generic: bool


@dataclass(frozen=True, slots=True)
class _Found:
    type: EntityType
    start: int
    end: int


class AgentRequestRule:
    """Finds requests for forbidden data in an agent message (see rules/requests.yaml)."""

    name = "requests"

    def __init__(self, rules: RequestRules, merchant: MerchantCodes | None = None) -> None:
        unskippable = [w for p in rules.phrases(rules.verbs) for w in p.split()]
        unskippable += [w for p in rules.phrases(rules.predicates) for w in p.split()]
        unskippable += (
            _CONJUNCTIONS  # "digits * on the back" is not "digits and the code on the back"
        )
        # (with their typing slips: built once, they make the largest tries)
        objects = {t: rules.object_phrases(v) for t, v in rules.objects.items()}
        self._objects = {
            t: PhraseSet(phrases, unskippable=unskippable) for t, phrases in objects.items()
        }
        self._generic = {t: PhraseSet(rules.phrases(v)) for t, v in rules.generic_objects.items()}
        self._referring = PhraseSet(rules.phrases(rules.referring_objects))
        self._context = [
            (t, PhraseSet(rules.phrases(v))) for t, v in rules.referring_context.items()
        ]
        back = rules.referring_context.get(EntityType.CARD_SECURITY_CODE)
        self._card_back = PhraseSet(rules.phrases(back)) if back else None
        # A picture of the card shows its number and its code: asking for one asks for both.
        self._images = PhraseSet(rules.phrases(rules.card_images))
        self._expiry = PhraseSet(rules.phrases(rules.expiry))
        self._with_expiry = [
            (t, PhraseSet(rules.phrases(v))) for t, v in rules.listed_with_expiry.items()
        ]
        self._with_card = [
            (t, PhraseSet(rules.phrases(v))) for t, v in rules.listed_with_card.items()
        ]
        self._any_object = PhraseSet(
            [
                *(p for phrases in objects.values() for p in phrases),
                *rules.phrases(rules.card_images),
                *rules.phrases(rules.expiry),
                *(p for v in rules.generic_objects.values() for p in rules.phrases(v)),
                *rules.phrases(rules.referring_objects),
            ]
        )

        def phrases(vocabulary: Vocabulary) -> PhraseSet:
            return PhraseSet(rules.phrases(vocabulary))

        self._not_objects = phrases(rules.not_objects)
        # A merchant's code asked for in a message about a charge asks for no passcode
        # ("the authorization code shown next to the transaction"), unless it was sent to
        # the customer (rules/detection.yaml `merchant_codes`).
        self._merchant = PhraseSet(merchant.cues if merchant else ())
        self._receipt = PhraseSet(merchant.receipt_phrases() if merchant else ())
        self._sent = PhraseSet(merchant.sent_phrases() if merchant else ())
        self._partial = phrases(rules.partial)
        self._holders = frozenset(
            fold(w) for ps in rules.partial_holders.values() for p in ps for w in p.split()
        )
        self._retractions = phrases(rules.retractions)
        self._answers = phrases(rules.self_answers)
        self._not_headers = phrases(rules.not_list_headers)
        self._requests = phrases(rules.requests)
        self._requests_after = phrases(rules.requests_after)
        self._required_after = phrases(rules.required_after)
        self._openers = phrases(rules.polite_openers)
        self._not_asking = frozenset(
            fold(w) for ps in rules.not_asking_verbs.values() for p in ps for w in p.split()
        )
        self._not_requests = phrases(rules.not_requests)
        self._pronouns = phrases(rules.pronoun_requests)
        self._warnings = phrases(rules.warnings)
        self._past_questions = phrases(rules.past_questions)
        self._not_warnings = phrases(rules.not_warnings)
        self._threats = phrases(rules.threats)
        self._consequences = phrases(rules.consequences)
        self._absences = phrases(rules.absences)
        self._elsewhere = phrases(rules.elsewhere)
        self._screens = phrases(rules.other_screens)
        self._input_verbs = frozenset(
            " ".join(fold(p).split()) for ps in rules.input_verbs.values() for p in ps
        )
        self._info = phrases(rules.info)
        self._predicates = phrases(rules.predicates)
        self._verbs = phrases(rules.verbs)
        self._starts = phrases(rules.clause_starts)
        possessed = sorted({fold(w) for ps in rules.possessed.values() for w in ps}, key=len)
        # "the expiration date of <your card number>": the object only says whose date.
        self._possessor = (
            regex.compile(
                r"(?<!\w)(?:"
                + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in reversed(possessed))
                + r")\s+(?:of|for|on|from|de|del|para|en)\s+"
                r"(?:(?:your|ur|the|this|that|su|tu|la|el|esta|este)\s+)?\Z"
            )
            if possessed
            else None
        )
        self._bare = frozenset(
            fold(w) for ws in rules.bare_words.values() for p in ws for w in p.split()
        )
        self._splitter = ClauseSplitter(
            (p for ps in rules.clause_breaks.values() for p in ps),
            (p for ps in rules.clause_starts.values() for p in ps),
        )
        # Filler words allowed after a partial phrase before its object ("of your"), on
        # its line: the next item of a list ("- Last 4 of the card\n- The security code")
        # is an object of its own.
        self._partial_glue = regex.compile(
            r"(?:(?:[^\S\n]|[\-:])+(?:digits?|numbers?|nums?|of|on|from|for|in|an?|de|del|la|el|"
            r"los|las|su|sus|un|una|tu|your|the|his|her|their|my|card|cards|tarjeta|credit|debit|"
            r"cr[eé]dito|"
            r"d[eé]bito|account|cuenta|numeros?|d[ií]gitos?|cifras?)(?!\w))*(?:[^\S\n]|[\-:])*"
        )

    def find(self, text: str) -> list[Violation]:
        """The forbidden requests in one agent message, one per type, in text order."""
        return self.find_in(normalize(text))

    def find_in(self, norm: NormalizedText) -> list[Violation]:
        """`find` on a message the engine already normalized."""
        folded = fold(norm.text)
        if ">" in folded:
            # Lines quoted from earlier mail ("> > Dame tu social security number") ask
            # nothing now: blanked, offsets kept.
            folded = _QUOTED_LINE.sub(lambda line: " " * len(line[0]), folded)
        found = self._find(folded)
        violations = []
        for item in found:
            start, end = norm.to_original(item.start, item.end)
            violations.append(Violation(item.type, start, end, f"requests.{item.type.value}"))
        return violations

    # ── the steps ──

    def _find(self, folded: str) -> list[_Found]:
        if not self._any_object.find(folded) and not self._pronouns.find(folded):
            return []
        mentions, named = self._mentions(folded)
        clauses = self._splitter.clauses(folded)
        warnings, threatened = self._warnings_in(folded, named)
        # "the PIN you use at the ATM" names a PIN; it sends nobody to an ATM; and
        # "IVR: Now say ..." names who speaks in a call's transcript, not another channel.
        elsewhere = drop_contained(self._elsewhere.find(folded), [*named, *speaker_tags(folded)])
        away = self._away(clauses, elsewhere, self._typed_in(folded) if elsewhere else set())
        requests = self._request_cues(folded, warnings, elsewhere, named)
        after = self._requests_after.find(folded)
        required = self._required_after.find(folded)
        # (Not in a predicate: "puede ser de 4 a 6 dígitos" is no polite "¿puede...?")
        openers = drop_overlapping(
            drop_overlapping(self._openers.find(folded), warnings), self._predicates.find(folded)
        )
        info = drop_contained(self._info.find(folded), named)
        every_verb = self._verbs.find(folded)
        verbs = drop_contained(every_verb, named)
        partial_spans = self._partial.find(folded)
        partial = self._partial_mentions(folded, mentions, partial_spans)

        taken_back = self._taken_back(folded, clauses, mentions, requests)

        found: list[_Found] = []
        asking = False  # the clause before asked for something
        warning = False  # the clause before warned
        heading = False  # a list is open under a heading that may ask ("Checklist:")
        for index, clause in enumerate(clauses):
            inside = [m for m in mentions if clause.start <= m.start < clause.end]
            cues = within(requests, clause.start, clause.end)
            clause_info = within(info, clause.start, clause.end)
            # A warning covers the list that follows it: "don't share your SSN, card
            # number, or CVV", "Never share:\n- PIN\n- CVV".
            warned = (
                bool(within(warnings, clause.start, clause.end))
                # "Did you share the code with anyone?": what was done with it elsewhere
                or self._past_questions.match_at(folded, first_word(folded, clause.start))
                is not None
            ) or (
                warning
                and (not cues or _MORE_WAYS.match(folded, clause.start) is not None)
                # ("I don't need the whole number, just the 3 digits on the back")
                and _ONLY.match(folded, clause.start) is None
                and (
                    clause.joint == "item"
                    or (
                        clause.joint in ("comma", "and")
                        and clauses[index - 1].sentence == clause.sentence
                    )
                )
            )
            warning = warned
            # "Checklist for the reissue: card number, CVV, PIN": items under a heading.
            listed, heading = self._listing(
                folded, clauses, index, heading=heading, warned=warned, cues=cues, info=clause_info
            )
            # "What PIN are you entering at the ATM?": a question that holds its object
            # asks for it wherever the reader types it.
            which = any(
                s < m.start < e and (clause.question or folded.startswith(_WH, s))
                for m in inside
                for s, e in cues
            )
            if warned or (away[index] and not which) or clause.sentence in taken_back:
                asking = False
                continue
            # A list item: "please provide your name, date of birth, and full SSN".
            continues = (
                index > 0
                and asking
                and (
                    clause.joint == "item"
                    or (
                        clauses[index - 1].sentence == clause.sentence
                        and clause.joint in ("comma", "and")
                    )
                )
                and self._starts.match_at(folded, first_word(folded, clause.start)) is None
            )
            clause_verbs = within(verbs, clause.start, clause.end)
            polite_openers = within(openers, clause.start, clause.end)
            stops = [*clause_info, *clause_verbs]
            bare = self._is_bare(
                folded,
                clause,
                inside,
                after=after,
                allowed=[*partial_spans, *named],
                verbs=clause_verbs,
                every_verb=within(every_verb, clause.start, clause.end),
                lead_in=index > 0
                and self._is_lead_in(folded, clauses[index - 1], clause, mentions),
                listed=listed,
            )
            clause_asks = bool(cues) or (continues and not stops) or (listed and bare)
            for mention in inside:
                inherits = continues and not any(e <= mention.start for _, e in stops)
                if mention in partial:
                    continue
                # "What security code is on the back?": the cue holds the object's start.
                direct = any(s <= mention.start < e for s, e in cues)
                if not direct and (
                    self._is_subject(folded, mention)
                    or self._has_value(folded, mention)
                    or self._is_possessor(folded, mention)
                    or _FIRST_PERSON.search(folded, max(0, mention.start - 24), mention.start)
                ):
                    continue
                if (
                    inherits
                    or bare
                    or clause.sentence in threatened
                    or self._cue_before(mention, cues, clause_info)
                    or self._polite_ask(folded, mention, polite_openers, clause_info)
                    or self._cue_after(mention, within(after, clause.start, clause.end), info)
                    or self._required(folded, mention, within(required, clause.start, clause.end))
                ):
                    found.append(_Found(mention.type, mention.start, mention.end))
            pointed = self._pronoun_asks(folded, clause, mentions, partial)
            found.extend(pointed)
            asking = clause_asks or bool(pointed)
        return _first_per_type(found)

    def _warnings_in(self, folded: str, named: list[Span]) -> tuple[list[Span], set[int]]:
        """The warnings of a message, and the sentences that say what happens without
        the value instead ("Without your PIN I can't stop the charge"): those ask for
        what they name, whatever warning words they hold."""
        warnings = drop_overlapping(self._warnings.find(folded), self._not_warnings.find(folded))
        warnings = drop_contained(warnings, named)  # "social security no."
        # ("No. de orden:", "No. 4471": "número", cut short)
        warnings = [w for w in warnings if _NUMBER_ABBREVIATION.match(folded, w[0]) is None]
        # ... nor words in an aside after what a form's field names: "- NIP (el ladrón no
        # lo sabía):"
        if "(" in folded:
            fields = [m.span(1) for m in _FIELD_ASIDE.finditer(folded)]
            warnings = [w for w in warnings if not any(s <= w[0] < e for s, e in fields)]
        threatened = {sentence_of(folded, s) for s, _e in self._threats.find(folded)}
        consequences = {sentence_of(folded, s) for s, _e in self._consequences.find(folded)}
        if consequences:
            # ("Without the SSN the account gets closed": what happens without the value)
            threatened |= consequences & {
                sentence_of(folded, s) for s, _e in self._absences.find(folded)
            }
        if threatened:
            warnings = [w for w in warnings if sentence_of(folded, w[0]) not in threatened]
        return warnings, threatened

    def _pronoun_asks(
        self, folded: str, clause: Clause, mentions: list[_Mention], partial: set[_Mention]
    ) -> list[_Found]:
        """What a pronoun request in `clause` points back to ("We sent a code to your
        phone. Can you read it to me?")."""
        # ("I'll go ahead and mask that": the agent's own step asks nothing)
        pronouns = drop_overlapping(self._pronouns.find(folded), self._not_requests.find(folded))
        return [
            _Found(referent.type, start, end)
            for start, end in within(pronouns, clause.start, clause.end)
            if self._ends_clause(folded, end, clause.end)
            for referent in self._referents(mentions, partial, start)
        ]

    def _taken_back(
        self, folded: str, clauses: list[Clause], mentions: list[_Mention], cues: list[Span]
    ) -> set[int]:
        """Questions the next sentence takes back ("Security code? No need, just the
        billing ZIP.", not "What's the CVV? No need to spell it out"), and bare questions
        it answers by naming what the thing is ("CVV? It's the 3 digits on the back", not
        "And your PIN? It's the last step", nor "What's your CVV? It's the 3 digits on the
        back"): their sentences."""
        retracted: set[int] = set()
        answered: set[int] = set()
        for before, clause in pairwise(clauses):
            if clause.sentence == before.sentence or not before.question:
                continue
            start = first_word(folded, clause.start)
            span = self._retractions.match_at(folded, start)
            if (
                span is not None
                and _RETRACTION_END.match(folded, span[1])
                # ("¿Cuál es el número? No solo los últimos 4.": "not only", no retraction)
                and not (folded[span[0] : span[1]] == "no" and _NOT_ONLY.match(folded, span[1]))
            ):
                retracted.add(before.sentence)
            elif (
                self._answers.match_at(folded, start) is not None
                # ("And the security code? It's the little number on the back": a
                # follow-up asks, whatever explains it.)
                and _FOLLOW_UP.match(folded, before.start) is None
            ):
                end = next((c.start for c in clauses if c.sentence > clause.sentence), None)
                if any(start < m.start < (end or len(folded)) for m in mentions):
                    answered.add(before.sentence)
        if answered:  # a question with a request cue asks, whatever follows it
            answered -= {c.sentence for c in clauses if within(cues, c.start, c.end)}
        return retracted | answered

    def _listing(
        self,
        folded: str,
        clauses: list[Clause],
        index: int,
        *,
        heading: bool,
        warned: bool,
        cues: list[Span],
        info: list[Span],
    ) -> tuple[bool, bool]:
        """Whether the clause is an item of a list under a heading that asks, and whether
        such a list is open after it."""
        clause = clauses[index]
        listed = heading and (
            clause.joint == "item"
            or (index > 0 and after_colon(folded, clauses[index - 1], clause))
        )
        opens = (
            not warned
            and opens_list(folded, clause)
            and self._heading_asks(folded, clause, cues, info)
        )
        return listed, (listed and not warned) or opens

    def _heading_asks(
        self, folded: str, clause: Clause, cues: list[Span], info: list[Span]
    ) -> bool:
        """A list heading whose bare items are asked for: "Checklist for the reissue:",
        "To replace it I need:"; not a menu, tips or news ("Menu:", "What changed:")."""
        if within(self._not_headers.find(folded), clause.start, clause.end):
            return False
        if cues:
            return True
        if info or within(self._verbs.find(folded), clause.start, clause.end):
            return False
        return not any(
            m.group() in self._not_asking for m in WORD.finditer(folded, clause.start, clause.end)
        )

    def _request_cues(
        self, folded: str, warnings: list[Span], elsewhere: list[Span], named: list[Span]
    ) -> list[Span]:
        """The request cues of a message that may ask for something."""
        requests = drop_overlapping(self._requests.find(folded), self._not_requests.find(folded))
        requests = drop_overlapping(requests, warnings)
        # "type 'yes' to confirm": the quoted word is what is to be typed.
        requests = [r for r in requests if not _QUOTE_NEXT.match(folded, r[1])]
        found_screens = self._screens.find(folded)
        screens = drop_contained(found_screens, named)  # "the app password"
        # ... but "la clave que le aparece en la app" still names the app a value shows on:
        # "ingrese" it there instructs, "dígame" it asks.
        screens += [s for s in found_screens if _SHOWN_ON.search(folded, 0, s[0])]
        if (elsewhere or screens) and not self._names_here(folded):
            # Another place named anywhere: "enter"/"type" instruct ("1. Open the app.
            # 2. Enter the code we sent you.").
            requests = [
                r
                for r in requests
                if " ".join(folded[r[0] : r[1]].split()) not in self._input_verbs
            ]
        # "you'll need your PIN for ATM withdrawals" states a need, it asks nothing.
        info = self._info.find(folded)
        return [r for r in requests if not any(overlaps(r, i) and i[0] < r[0] for i in info)]

    @staticmethod
    def _names_here(folded: str) -> bool:
        """Whether the message names this chat as the place to type ("type it here"),
        not as the place not to ("..., no lo comparta aquí")."""
        return any(
            _NEGATED_BEFORE.search(folded, max(0, m.start() - _NEGATION_REACH), m.start()) is None
            for m in _HERE.finditer(folded)
        )

    def _mentions(self, folded: str) -> tuple[list[_Mention], list[Span]]:
        """The object phrases of a message, and the spans of every phrase that named one
        before overlaps were resolved."""
        candidates: list[_Mention] = []
        for entity, phrases in self._objects.items():
            candidates.extend(_Mention(entity, s, e, False) for s, e in phrases.find(folded))
        for entity, phrases in self._generic.items():
            candidates.extend(_Mention(entity, s, e, True) for s, e in phrases.find(folded))
        images = self._images.find(folded)
        for s, e in images:
            candidates.append(_Mention(EntityType.CREDIT_CARD, s, e, False))
            candidates.append(_Mention(EntityType.CARD_SECURITY_CODE, s, e, False))
        candidates.extend(self._listed_with_expiry(folded))
        candidates.extend(self._listed_with_card(folded, candidates))
        referring = self._referring.find(folded)
        # "Reply with the number:\n1) Balance\n2) Lost card": the number of an option.
        if referring and _MENU.search(folded) is None:
            # (Not a word of another object: in "the number, the code on the back and the
            # PIN", "back" says what the code is, not what the number is; in "el número
            # completo de la tarjeta", "tarjeta" says what the number is. A generic one
            # still tells: "cuando le llegue el mensaje, me copia los números".)
            context = self._context_type(
                folded,
                [
                    (m.start, m.end)
                    for m in candidates
                    if not m.generic and not any(overlaps((m.start, m.end), r) for r in referring)
                ],
            )
            if context is not None:
                # (Not one inside a picture's phrase: "the numbers on the front and back"
                # name the card and its code, not "the numbers" of one.)
                candidates.extend(
                    _Mention(context, s, e, True)
                    for s, e in referring
                    if not any(overlaps(image, (s, e)) for image in images)
                )
        # "zip code" is no passcode; "account number on your card" is still a card number.
        # The length said right after such a thing is its own: "número de teléfono de 9
        # dígitos", "número de ruta (routing) de 9 dígitos" ask no SSN's nine digits.
        blockers = [
            (start, end + (length.end() - length.start() if length else 0))
            for start, end in self._not_objects.find(folded)
            for length in [_ITS_LENGTH.match(folded, end)]
        ]
        blockers.extend(self._merchant_codes(folded))
        candidates = [
            m
            for m in candidates
            if not any(
                overlaps((m.start, m.end), b) and b[1] - b[0] >= m.end - m.start for b in blockers
            )
        ]
        named = [(m.start, m.end) for m in candidates]
        candidates = _merge_same_type(candidates)
        # Longest first; a specific phrase beats a generic one of the same length.
        candidates.sort(key=lambda m: (-(m.end - m.start), m.generic, m.start))
        kept: list[_Mention] = []
        for mention in candidates:
            if all(
                mention.end <= k.start
                or k.end <= mention.start
                or ((k.start, k.end) == (mention.start, mention.end) and k.type != mention.type)
                for k in kept
            ):
                kept.append(mention)
        kept.sort(key=lambda m: m.start)
        # A generic phrase counts only in a sentence that names no specific object (a
        # card's number, none of its type: "the full number and the code on the back",
        # "el número, el código de atrás y el NIP" list things of the card).
        specific = {(sentence_of(folded, m.start), m.type) for m in kept if not m.generic}
        specific_sentences = {sentence for sentence, _type in specific}
        mentions = [
            m
            for m in kept
            if not m.generic
            or sentence_of(folded, m.start) not in specific_sentences
            or (
                m.type is EntityType.CREDIT_CARD
                and (sentence_of(folded, m.start), m.type) not in specific
            )
        ]
        # "check the back of the card and give me the code": the card's code.
        if any(m.generic and m.type is not EntityType.CARD_SECURITY_CODE for m in mentions):
            objects = [(m.start, m.end) for m in mentions if not m.generic]
            mentions = [self._retyped(folded, m, objects) for m in mentions]
        return mentions, named

    def _merchant_codes(self, folded: str) -> list[Span]:
        """Where a merchant's code is named in a message about a charge that says no code
        was sent to the customer."""
        if not self._merchant:
            return []
        named = self._merchant.find(folded)
        if not named or not self._receipt.find(folded) or self._sent.find(folded):
            return []
        return named

    def _listed_with_expiry(self, folded: str) -> list[_Mention]:
        """ "The number, the expiration and the code": listed beside the card's expiry,
        a bare "number" is the card's and a bare "code" its security code."""
        expiries = self._expiry.find(folded) if self._with_expiry else []
        if not expiries:
            return []
        listed: list[_Mention] = []
        for entity, phrases in self._with_expiry:
            for start, end in phrases.find(folded):
                if any(
                    _LIST_GLUE.fullmatch(folded, end, e_start)
                    or _LIST_GLUE.fullmatch(folded, e_end, start)
                    for e_start, e_end in expiries
                ):
                    listed.append(_Mention(entity, start, end, False))
        return listed

    def _listed_with_card(self, folded: str, candidates: list[_Mention]) -> list[_Mention]:
        """ "Su número de tarjeta y clave": listed right after the card's number, a bare
        "clave" is the card's PIN (`listed_with_card`)."""
        cards = [m.end for m in candidates if m.type is EntityType.CREDIT_CARD and not m.generic]
        if not cards or not self._with_card:
            return []
        return [
            _Mention(entity, start, end, False)
            for entity, phrases in self._with_card
            for start, end in phrases.find(folded)
            if any(_LIST_GLUE.fullmatch(folded, card_end, start) for card_end in cards)
        ]

    def _retyped(self, folded: str, mention: _Mention, objects: list[Span]) -> _Mention:
        """A generic mention in a sentence that names the card's back (outside the
        `objects` named: "el código de atrás" is its own) is the card's code."""
        if not mention.generic or self._card_back is None:
            return mention
        sentence = sentence_of(folded, mention.start)
        for start, end in self._card_back.find(folded):
            if any(s <= start and end <= e for s, e in objects):
                continue
            if sentence_of(folded, start) == sentence:
                return _Mention(EntityType.CARD_SECURITY_CODE, mention.start, mention.end, True)
        return mention

    def _typed_in(self, folded: str) -> set[int]:
        """The sentences that tell the reader to type or enter something."""
        return {
            sentence_of(folded, start)
            for start, end in self._requests.find(folded)
            if " ".join(folded[start:end].split()) in self._input_verbs
        }

    @staticmethod
    def _away(clauses: list[Clause], elsewhere: list[Span], typed_in: set[int]) -> list[bool]:
        """Clauses that send the reader to another channel. "Enter it on the page, not in
        the chat": a comma-joined "not here" speaks for the clause before it too. A
        question that has the reader type nothing asks for what stands there: "what's
        the admin password on the terminal?" """
        away = [
            bool(within(elsewhere, c.start, c.end))
            and not (c.question and c.sentence not in typed_in)
            for c in clauses
        ]
        for index in range(len(clauses) - 1, 0, -1):
            clause = clauses[index]
            if (
                away[index]
                and clause.joint == "comma"
                and clauses[index - 1].sentence == clause.sentence
            ):
                away[index - 1] = True
        return away

    def _context_type(self, folded: str, others: list[Span]) -> EntityType | None:
        """The type "the number" stands for in this message, if the message says (in
        words outside `others`, objects named apart from it)."""
        for entity, words in self._context:
            if any(
                not any(s <= start and end <= e for s, e in others)
                for start, end in words.find(folded)
            ):
                return entity
        return None

    def _partial_mentions(
        self, folded: str, mentions: list[_Mention], spans: list[Span]
    ) -> set[_Mention]:
        """Mentions a partial phrase is attached to: the one right after it, or else the
        nearest one before it in the same sentence."""
        partial: set[_Mention] = set()
        for start, end in spans:
            if _NOT_JUST.search(folded, max(0, start - 24), start):
                continue  # "all of it, not just the last four": the whole is asked for
            # "last 4 digits of your card number": the phrases may overlap.
            overlapping = [m for m in mentions if overlaps((m.start, m.end), (start, end))]
            if overlapping:
                partial.update(overlapping)
                continue
            glue = self._partial_glue.match(folded, end, timeout=REGEX_TIMEOUT)
            glue_end = glue.end() if glue else end
            # "last four of your card number": the glue may eat the object's first word.
            following = [m for m in mentions if end <= m.start <= glue_end]
            if following:
                partial.add(following[0])
                continue
            before = [m for m in mentions if m.end <= start]
            if before:
                nearest = before[-1]
                gap = folded[nearest.end : start]
                if _WHOLE.search(folded, nearest.start, nearest.end):
                    continue  # "I need the full SSN, the last four isn't enough"
                if (
                    len(gap) <= 40
                    and not regex.search(r"[.!?;]", gap)
                    # "the code we sent to your phone ending in 4410": the phone's end.
                    # A card or an SSN is itself told by its end, whatever stands between
                    and (
                        nearest.type in _ENDED
                        # ... or the object's own last words: "the code sent to your phone"
                        or not any(
                            w.group() in self._holders
                            for w in list(WORD.finditer(folded, nearest.start, start))[1:]
                        )
                    )
                ):
                    partial.add(nearest)
        return partial

    def _is_subject(self, folded: str, mention: _Mention) -> bool:
        """The object is the subject of a statement: "your PIN was changed"."""
        position = mention.end
        while position < len(folded) and folded[position] in " \t'":
            position += 1
        if folded.startswith("s ", position - 1) and folded[position - 1] == "'":
            position += 1  # "card's"
        return self._predicates.match_at(folded, position) is not None

    def _is_possessor(self, folded: str, mention: _Mention) -> bool:
        if self._possessor is None:
            return False
        window = max(0, mention.start - 48)
        return self._possessor.search(folded, window, mention.start) is not None

    @staticmethod
    def _has_value(folded: str, mention: _Mention) -> bool:
        """The value follows the object ("card number: 4111..."): given, not asked."""
        return _VALUE_AFTER.match(folded, mention.end) is not None

    @staticmethod
    def _cue_before(mention: _Mention, cues: list[Span], info: list[Span]) -> bool:
        for cue_start, cue_end in cues:
            if cue_start > mention.start:
                continue
            if cue_end > mention.start:
                return True  # "what PIN do you use": the cue holds the object's first word
            if not any(cue_end <= s and e <= mention.start for s, e in info):
                return True
        return False

    @staticmethod
    def _required(folded: str, mention: _Mention, required: list[Span]) -> bool:
        """ "Your SSN is required", "the CVV is required to proceed" ask for it; "a PIN is
        required for ATM withdrawals" states a rule."""
        for start, end in required:
            if start < mention.end or start - mention.end > 40:
                continue  # the cue follows the object: "the PIN for your card is required"
            if _TO_GO_ON.match(folded, end):
                return True
            # "Your SSN is required." asks; "your SSN is required only for ..." explains.
            if _owned_by_reader(folded, mention) and _CLAUSE_END.match(folded, end):
                return True
        return False

    def _polite_ask(
        self, folded: str, mention: _Mention, openers: list[Span], info: list[Span]
    ) -> bool:
        """ "Could you quote the card number", "please specify the CVV": a polite opener,
        then any verb but one that asks nothing ("could you reset your password"), then
        the object, within a few words."""
        for _start, end in openers:
            if end > mention.start:
                continue
            words = [m.group() for m in WORD.finditer(folded, end, mention.start)]
            if len(words) > _POLITE_REACH + 2:
                continue
            if any(w in self._not_asking for w in words):
                continue
            if any(end <= s and e <= mention.start for s, e in info):
                continue
            return True
        return False

    @staticmethod
    def _cue_after(mention: _Mention, cues: list[Span], info: list[Span]) -> bool:
        for cue_start, _cue_end in cues:
            if cue_start < mention.end:
                continue
            if not any(mention.end <= s and e <= cue_start for s, e in info):
                return True
        return False

    def _words_outside(self, folded: str, start: int, end: int, spans: list[Span]) -> list[str]:
        words = []
        for m in WORD.finditer(folded, start, end):
            if any(s <= m.start() and m.end() <= e for s, e in spans):
                continue
            words.append(m.group())
        return words

    def _is_bare(
        self,
        folded: str,
        clause: Clause,
        mentions: list[_Mention],
        *,
        after: list[Span],
        allowed: list[Span],
        verbs: list[Span],
        every_verb: list[Span],
        lead_in: bool = False,
        listed: bool = False,
    ) -> bool:
        """A clause that is just the object and filler words, asked as a question or
        with "please" ("And the CVV?", "Security code, please", "CVV:")."""
        if not mentions:
            return False
        polite = within(after, clause.start, clause.end)
        tail = folded[clause.end : clause.end + 16]
        polite_next = any(0 <= s - clause.end <= 3 for s, _ in after) and tail[:1] == ","
        # "CVV:" as a form label, with the value still to come (not "CVV: 123"); the
        # colon may close the clause itself ("Social Security #:\n3 digit code:").
        own_colon = folded[clause.start : clause.end].rstrip(" \t").endswith(":")
        label = (tail[:1] == ":" or own_colon) and not folded[
            clause.end + (tail[:1] == ":") :
        ].split("\n", 1)[0].strip()
        # "And the CVV" (the question mark dropped): a follow-up that only names the object.
        follow_up = _FOLLOW_UP.match(folded, clause.start) is not None or lead_in
        only = _ONLY.match(folded, clause.start) is not None
        # "Your password" as a whole message, maybe with a filler appendix: "the full card
        # number, all 16 digits".
        alone = not folded[: clause.start].strip() and self._only_filler_after(folded, clause.end)
        lone = clause.joint == "" and (_LONE.fullmatch(folded) is not None or alone)
        asked = clause.question or polite or polite_next or label or follow_up or only or listed
        if not (asked or lone):
            return False
        if not asked and any(folded[s:e] in _COPULAS for s, e in every_verb):
            return False  # "The code is on the back.": a statement, its verb in the phrase
        # (an aside in brackets says no more: "NIP (el ladrón no lo sabía):")
        asides = [m.span() for m in _ASIDE.finditer(folded, clause.start, clause.end)]
        spans = [(m.start, m.end) for m in mentions] + polite + allowed + asides
        words = self._words_outside(folded, clause.start, clause.end, spans)
        if words and words[-1] in ("is", "es"):
            words.pop()  # "And your password is...?"
        elif verbs:
            return False  # "is the CVV the one on the back?" asks about it
        return len(words) <= 8 and all(w in self._bare for w in words)

    def _only_filler_after(self, folded: str, end: int) -> bool:
        """Whether nothing but a few filler words follows `end` in the message."""
        rest = folded[end:]
        if not rest.strip(" .!"):
            return True
        words = self._words_outside(folded, end, len(folded), [])
        return bool(rest[:1] == ",") and len(words) <= 4 and all(w in self._bare for w in words)

    def _is_lead_in(
        self, folded: str, before: Clause, clause: Clause, mentions: list[_Mention]
    ) -> bool:
        """ "Last thing - the 3 digits on the back": the clause before is filler only."""
        if before.sentence != clause.sentence:
            return False
        words = self._words_outside(folded, before.start, before.end, [])
        if any(m.start < before.end and before.start < m.end for m in mentions):
            return False
        return bool(words) and all(w in self._bare for w in words)

    def _ends_clause(self, folded: str, position: int, end: int) -> bool:
        """Only filler words follow a pronoun request in its clause ("read it to me"),
        up to what it is for ("... to complete verification", "... para continuar")."""
        words = self._words_outside(folded, position, end, [])
        for index, word in enumerate(words):
            if word in _PURPOSE:
                words = words[:index]
                break
        return all(w in self._bare for w in words)

    @staticmethod
    def _referents(
        mentions: list[_Mention], partial: set[_Mention], position: int
    ) -> list[_Mention]:
        """What a pronoun stands for: the last object named before it (both types of a
        picture of the card: "take a photo of your card and send it")."""
        before = [m for m in mentions if m.end <= position and m not in partial]
        if not before:
            return []
        last = before[-1]
        return [m for m in before if (m.start, m.end) == (last.start, last.end)]


# Before a partial phrase, these deny it: "not (just) the last four", "no solo los últimos",
# "the rest after the first six".
_NOT_JUST = regex.compile(
    r"(?:\bnot(?:\s+(?:just|only|merely))?|\binstead\s+of|\brather\s+than|"
    r"\bno(?:\s+(?:solo|s[oó]lo|solamente|nada\s+m[aá]s))?|\ben\s+vez\s+de|"
    # "the digits after the first four": what follows the part, not the part
    r"\bafter|\bdespu[eé]s\s+de|\bluego\s+de)"
    r"\s+(?:the\s+|los\s+|las\s+|el\s+|la\s+)?$"
)


# Numbered options, one a line or inline with ")": "1) Balance\n2) Lost card".
_MENU = regex.compile(
    r"(?:^|\n)[ \t]*1[ \t]*[.):\-–][^\n]*\n[ \t]*2[ \t]*[.):\-–]|(?<!\w)1\)[^\n]*?(?<!\w)2\)"
)


# Right before a place: where a value shows, not where to go.
_SHOWN_ON = regex.compile(r"(?:aparece|sale|appears|shows|shown|showing)\s+(?:en|in|on)\s+$")


# Types a partial phrase may describe ("your card number on file, ending in 4455"); a code,
# a PIN or a password has no end to tell it by.
_ENDED = frozenset({EntityType.CREDIT_CARD, EntityType.US_SSN})

# An aside in brackets, and one that closes a form's field ("Card PIN (thief didn't know
# it):" on its own line).
_ASIDE = regex.compile(r"\([^()\n]{0,80}\)")
_FIELD_ASIDE = regex.compile(r"(?m)^[^\n(]{1,60}(\([^()\n]{0,80}\))[ \t]*:[ \t]*$")
# "No." cut short for "número" ("No. de orden:", "No. 4471", "No.: 88"), no "no".
_NUMBER_ABBREVIATION = regex.compile(r"no[.º°]\s*(?:de\b|del\b|\d|:|#)")
# A bare "no" right before these says "not only": "No solo los últimos 4", "no just the
# last four".
_NOT_ONLY = regex.compile(r"\s+(?:just|only|solo|s[oó]lo|solamente)\b")
# After a retraction, only what is not needed or what is instead: "No need, just the ZIP."
_RETRACTION_END = regex.compile(
    r"(?:\s+(?:for|this|that|it|here|now|anymore|actually|thanks|esto|eso|aqu[ií]|ahora|"
    r"gracias))*\s*(?:[,.!;:)\-–—]|$|(?:just|only|solo|s[oó]lo|solamente)\b)"
)


def _owned_by_reader(folded: str, mention: _Mention) -> bool:
    """ "Your SSN is required" asks for it; "a PIN is required for ATM withdrawals" and
    "the CVV is required for online purchases" state a rule."""
    text = folded[mention.start : mention.end]
    if regex.match(r"(?:your|ur|su|sus|tu|tus)\s", text):
        return True
    return _SECOND_PERSON.search(folded, max(0, mention.start - 40), mention.start) is not None


def _merge_same_type(mentions: list[_Mention]) -> list[_Mention]:
    """Overlapping phrases for one type make one mention ("six-digit code" + "code we
    texted" = "six-digit code we texted")."""
    merged: list[_Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.type, m.start)):
        last = merged[-1] if merged else None
        if last is not None and last.type == mention.type and mention.start < last.end:
            merged[-1] = _Mention(
                last.type,
                last.start,
                max(last.end, mention.end),
                last.generic and mention.generic,
            )
        else:
            merged.append(mention)
    return merged


def _first_per_type(found: list[_Found]) -> list[_Found]:
    seen: set[EntityType] = set()
    first: list[_Found] = []
    for item in sorted(found, key=lambda f: f.start):
        if item.type not in seen:
            seen.add(item.type)
            first.append(item)
    return first
