"""Shared machinery of the context-driven recognizers: cue phrases and number tokens.

A cue is a phrase from `rules/detection.yaml` ("cvv", "código de seguridad"). A value is
bound to the nearest cue: the first eligible value after a cue, or, when none follows,
the last one before it ("123 is my cvv").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import regex

from guard._phrasing import CURRENCY, MONEY_WORDS, innermost, trie_pattern
from guard._text import char_class
from guard.recognizers._phrases import (
    PhraseIndex,
    digit_count,
    folded,
    gate_word,
    phrase_words,
    vocabulary_of,
)

# Every pattern here and in the recognizers is fixed (never user-supplied) and has bounded
# quantifiers, so none can backtrack catastrophically; they run without the `regex`
# module's timeout, which costs ~3 µs per call.


class Cue(NamedTuple):
    start: int
    end: int
    weak: bool


# "I never got the code", "no me llegó el código", "the code didn't work": a cue in a
# denial names no value.
_DENIED_BEFORE = regex.compile(
    r"(?i)\b(?:no|never|didn'?t|did\s+not|haven'?t|have\s+not|hasn'?t|has\s+not|nunca|a[uú]n\s+no|"
    r"dont|don'?t|do\s+not)"
    r"\s+(?:me\s+|te\s+|le\s+)?(?:got|get|gotten|receive[ds]?|received|recib\w*|lleg\w*|came|come|"
    r"arrive[ds]?|arrived|show(?:ed|n)?\s+up|know|remember|s[eé]|recuerdo|have|tengo|share|"
    r"give|send|comparta\w*|compart\w+|d[eé]\w*|env[ií]\w+)"
    r"[ \t]+(?:(?!(?:and|y|but|pero|or|o)\b)[^\W\d]+[ \t]+)?$"
)
_DENIED_AFTER = regex.compile(
    r"(?i)\s+(?:never|didn'?t|did\s+not|doesn'?t|does\s+not|isn'?t|is\s+not|wasn'?t|was\s+not|"
    r"won'?t|nunca|no\s+(?:me\s+)?(?:lleg|sirv|funcion|pas|jal)\w*|expired|venci[oó]|caduc\w+)\b"
    # (not the warning a bank's text closes with: "... es tu código de verificación, nunca te
    # lo pediremos por teléfono", "... is your code. We never ask for it")
    r"(?!\s+(?:share|ask|call|request|(?:(?:te|le|se|les)\s+)?(?:(?:lo|la|los|las)\s+)?"
    r"(?:ped|solicit|compart|llam|mand)\w*)\b)"
)
_DENIAL_REACH = 40
# The first words of `_DENIED_BEFORE`, lowered, and how far back among the words before
# the cue one may stand (the denial, an object pronoun, the verb, one word).
_DENIAL_OPENERS = frozenset(
    {"no", "never", "didn't", "didnt", "did", "haven't", "havent", "have", "hasn't",
     "hasnt", "has", "nunca", "aún", "aun", "dont", "don't", "do"}
)  # fmt: skip
_DENIAL_WORDS_BACK = 6
_WORDS_OF = re.compile(r"[\w']+")
# A denial before a cue ends in a space or tab (or that and a newline); one after it opens
# with a space (the `regex` module's \s: ASCII spaces, and some beyond ASCII).
_DENIAL_BEFORE_ENDS = frozenset(" \t\n")
_ASCII_SPACES = frozenset(" \t\n\r\x0b\x0c")
_BRACKET_OPENS = frozenset(" (")
_VALUE_IN_BRACKETS = re.compile(r" ?\([ \t]*\d{3,8}[ \t]*\)")


def _denied(text: str, start: int, end: int) -> bool:
    """Whether the cue at text[start:end] stands in a denial. Most cues open the message
    or are followed by ":" or an end, and need no search; before the others a denial's
    first word must stand among the last few words. (A value in brackets right after
    the cue is given whatever the denial: "the thief didn't know my pin (6480)".)"""
    if text[end : end + 1] in _BRACKET_OPENS and _VALUE_IN_BRACKETS.match(text, end):
        return False
    if text[start - 1 : start] in _DENIAL_BEFORE_ENDS:
        low = max(0, start - _DENIAL_REACH)
        words = _WORDS_OF.findall(text[low:start].lower())[-_DENIAL_WORDS_BACK:]
        if not _DENIAL_OPENERS.isdisjoint(words) and _DENIED_BEFORE.search(text, low, start):
            return True
    after = text[end : end + 1]
    return (
        bool(after)
        and (after in _ASCII_SPACES or not after.isascii())
        and (_DENIED_AFTER.match(text, end) is not None)
    )


# A symbol glued between a cue word and what follows makes the word part of a value
# ("Contrasena@99", "clave$2020"), not a cue. ("#" is no such symbol: "pin#1234".)
_GLUED = frozenset("@$%^&*~|")


@dataclass(frozen=True, slots=True)
class CueSet:
    """One type's vocabulary: cues, weak cues, and phrases that look like cues but are not."""

    strong: Sequence[str]
    weak: Sequence[str] = ()
    negative: Sequence[str] = ()


_STRONG, _WEAK, _NOT = "strong", "weak", "not"


class CueIndex:
    """The cue phrases of every type in one index, read once per message.

    Overlapping phrases compete, the longest wins, whatever its type: "one time pin" is
    a passcode cue and no PIN cue, "zip code" is no code at all. A longer phrase that is
    only a weak cue ("el código") also counts, weakly, for the types of the phrases inside
    it ("código"). Cues in a denial ("I never got the code") count for nothing.
    """

    def __init__(self, sets: Mapping[str, CueSet]) -> None:
        roles: dict[tuple[str, ...], dict[str, str]] = {}
        for entity, cue_set in sets.items():
            for role, phrases in (
                (_NOT, cue_set.negative),
                (_WEAK, cue_set.weak),
                (_STRONG, cue_set.strong),
            ):
                for phrase in phrases:
                    words = phrase_words(phrase)
                    if words:
                        roles.setdefault(words, {})[entity] = role
        inherited: dict[tuple[str, ...], dict[str, str]] = {}
        for words, own in roles.items():
            if any(role != _WEAK for role in own.values()):
                continue
            for size in range(1, len(words)):
                for first in range(len(words) - size + 1):
                    for entity, role in roles.get(words[first : first + size], {}).items():
                        if entity not in own and role != _NOT:
                            inherited.setdefault(words, {})[entity] = _WEAK
        for words, extra in inherited.items():
            roles[words].update(extra)
        # Per phrase, the types it is a cue of and whether weakly ("not" roles left out).
        self._named = {
            words: tuple((entity, role == _WEAK) for entity, role in own.items() if role != _NOT)
            for words, own in roles.items()
        }
        self._index = PhraseIndex(" ".join(words) for words in roles)
        self._cues = lru_cache(maxsize=32)(self._cues_of)
        # Per type, the words one of its cues needs: most messages name no cue of a type
        # and are ruled out by the set of their words, without a look at the phrases.
        singles: dict[str, set[str]] = {}
        for words, named in self._named.items():
            for entity, _weak in named:
                if len(words) == 1:
                    singles.setdefault(entity, set()).add(words[0])
        keyed: dict[str, set[str]] = {}
        for words, named in self._named.items():
            for entity, _weak in named:
                keyed.setdefault(gate_word(words, singles.get(entity, set())), set()).add(entity)
        # Per key word, the types it may name: one intersection per message tells every
        # recognizer at once whether its type may be named.
        self._keyed = {word: frozenset(entities) for word, entities in keyed.items()}
        self._keys = frozenset(keyed)
        #: types_named(text): the types whose key words occur among the words of `text`
        #: (cached: every recognizer asks about the same message). A type not among
        #: them has no cue in `text`.
        self.types_named = lru_cache(maxsize=64)(self._types_named_in)
        # A key is among a message's words only if it, and so the shortest key inside it
        # ("pass" in "password"), occurs in the folded text: one search of that text
        # rules a message out without its word pass.
        keys_of: dict[str, set[str]] = {}
        for word, entities in keyed.items():
            for entity in entities:
                keys_of.setdefault(entity, set()).add(word)
        self._probe_words = {
            entity: frozenset(innermost(frozenset(words))) for entity, words in keys_of.items()
        }
        self._probes = {
            entity: re.compile(trie_pattern(words)) for entity, words in self._probe_words.items()
        }

    def probe_words(self, entity: str) -> frozenset[str]:
        """Words one of which every key word of `entity` holds: a folded text that holds
        none of them names no cue of that type."""
        return self._probe_words.get(entity, frozenset())

    @classmethod
    def single(cls, entity: str, cue_set: CueSet) -> CueIndex:
        return cls({entity: cue_set})

    def may_name(self, text: str, entity: str) -> bool:
        """False when `text` surely names no cue of `entity`: its words hold no key word
        of that type or, for a message without digits, often a search of its folded text."""
        if digit_count(text):
            # A message with digits has its words read by the number recognizers anyway.
            return entity in self.types_named(text)
        # Most chat has no digit, and there only the password recognizer asks: a search
        # rules most of it out and spares the word pass.
        probe = self._probes.get(entity)
        return (
            probe is not None
            and probe.search(folded(text)) is not None
            and entity in self.types_named(text)
        )

    def _types_named_in(self, text: str) -> frozenset[str]:
        present = self._keys.intersection(vocabulary_of(text))
        if not present:
            return frozenset()
        keyed = self._keyed
        return frozenset().union(*(keyed[word] for word in present))

    def find(self, text: str, entity: str) -> Sequence[Cue]:
        """The cues of `entity` in `text`, in text order."""
        if entity not in self.types_named(text):  # (as `may_name`, less its pre-check)
            return ()
        return self._cues(text).get(entity, ())

    def named_last_before(self, text: str, position: int, reach: int) -> frozenset[str]:
        """The types whose cue ends last before `position`, no further than `reach`
        characters back (a cue may name several: "código"). A purpose ("to verify",
        "para confirmar") says what a bank's text is for, not what was named: skipped."""
        nearest, named = -1, frozenset[str]()
        for entity, cues in self._cues(text).items():
            for cue in cues:
                end = cue.end
                if not position - reach <= end <= position or end < nearest:
                    continue
                if _PURPOSE.match(text, cue.start) is not None:
                    continue
                if end > nearest:
                    nearest, named = end, frozenset((entity,))
                else:
                    named |= {entity}
        return named

    def _cues_of(self, text: str) -> dict[str, tuple[Cue, ...]]:
        found: dict[str, list[Cue]] = {}
        for match in self._index.find(text):
            named = self._named[match.phrase]
            if not named:
                continue
            if (
                text[match.end : match.end + 1] in _GLUED
                and text[match.end + 1 : match.end + 2].isalnum()
            ):
                continue  # part of a value: "pw Contrasena@99"
            if _denied(text, match.start, match.end):
                continue
            for entity, weak in named:
                found.setdefault(entity, []).append(Cue(match.start, match.end, weak))
        return {
            entity: tuple(_merge_adjacent(text, cues)) if len(cues) > 1 else (cues[0],)
            for entity, cues in found.items()
        }


# A cue that says what a value is for: "to verify", "para confirmar".
_PURPOSE = re.compile(r"(?i)(?:to|para)\s")


def _merge_adjacent(text: str, cues: list[Cue]) -> list[Cue]:
    """One cue of "security" + "code on the back": cues with only spaces between."""
    merged: list[Cue] = []
    for cue in cues:
        if merged and not text[merged[-1].end : cue.start].strip():
            last = merged.pop()
            merged.append(Cue(last.start, cue.end, last.weak and cue.weak))
        else:
            merged.append(cue)
    return merged


# A number a person types as one value: a digit run, "123 456" / "123-456" halves, or
# single digits spaced out ("4 8 2 9"). It must not be glued to other digits by the
# punctuation of dates, times, amounts, phone numbers or masked numbers, nor to symbols
# that make it part of a bigger token ("azul%2004", "WN-2309", "$120").
# The pattern opens with a digit and its look-behinds read past it: a scan then skips to
# digits at C speed instead of trying the look-behinds at every position. They have a
# fixed width, so that the stdlib `re` runs it (faster than `regex`) on ASCII texts.
_NUMBER_PATTERN = rf"""
    \d
    (?<![\w{CURRENCY}+%&@^~|\\!…]\d)   # not inside a word, an amount or a token
    (?:(?<!\*\d)|(?<![\w*]\*\d)(?=\d*\*))  # "*6606", "x*1234", "**1234": masked
                                  # ("*1234*" is emphasis: markdown)
    (?<!\.\.\d)                 # "...3054" is a masked number
    (?<![*•·●xX]{{2}}\d)           # "xx1234",
    (?:(?<![*•·●xX]{{2}}[\ \-.]\d)  # "**** 1234", "***-**-6789": masked,
      |(?<=:\*\*\ \d))              # but "**CVV:** 342" closes a bold label
    (?<!\w\#\d)                 # "cowboys#1964": part of a token
    (?<!\b\d[.,:/\-]\d)          # not the tail of a date, time, amount or phone
    (?<!\b\d{{2}}[.,:/\-]\d)       # number (1 to 4 digits, then ".", ",", ":", "/"
    (?<!\b\d{{3}}[.,:/\-]\d)       # or "-")
    (?<!\b\d{{4}}[.,:/\-]\d)
    (?<![A-Za-z]{{2}}-\d)         # "WN-2309", "UA-1234": an identifier ("G-482913" is a code)
    (?<![{CURRENCY}]\ \d)             # "$ 120" is an amount
    (?<!\(\d{{3}}\)\d)             # "(555)123",
    (?<!\(\d{{3}}\)\ \d)           # "(555) 123": a phone number
    (?:                         # (the forms less their first digit, read above)
        \d{{2}}[\ \-/]\d{{3}}                      # 123 456 / 123-456 / 123/456, not a phone
        (?!\d|[\ \-.]\d(?!\d\d[\ \-]\d{{3}}(?!\d)))  # number (typed twice: "920-771 920-771")
      | \d{{3}}[\ \-]\d{{4}}(?![\d]|[\ \-.]\d)     # 1234 5678
      | (?:[\ \-]\d){{2,7}}(?!\d)                # 4 8 2 9
      | \d*
    )
    (?![\w%€$&@^~|+]|[.,:/\-]\d)  # not the head of a date, time, amount or token
    (?!\*[\w*])                   # "1234*5", "1234**"
    (?!\ ?[xX*•]{{2}})               # "3782 XXXXXX X9036": a masked number
    (?!\)\s?\d)                   # "(555) 123-4567"
    (?!\ ?(?:%|(?i:percent|por\ ?ciento|a\.m|p\.m)\b))
    (?!\ ?-?\ ?(?i:d[ií]gitos?|digits?|characters?|caracteres|numbers?|n[uú]meros)\b)
    (?!\ (?i:veces|times|days|d[ií]as|years|a[nñ]os|{MONEY_WORDS}|points|
        puntos|miles|millas|pts)\b)
    (?!\ (?i:forms?|formularios?|letters|cartas|emails|e-mails|correos|hours|horas
        |minutes|minutos|weeks|semanas|months|meses|pages|p[aá]ginas|copies|copias)\b)
"""
_NUMBER = regex.compile(_NUMBER_PATTERN, regex.VERBOSE)
# On ASCII text the two modules agree once `re` reads \w, \d, \s and \b as ASCII (its
# \s would also take the separators \x1c-\x1f, which `regex` does not).
_ASCII_NUMBER = re.compile(_NUMBER_PATTERN, re.VERBOSE | re.ASCII)
# Beyond ASCII they agree on the characters chat is full of (accented letters, "¿",
# quotes, emoji), not on all: `regex` reads combining marks and superscripts as word
# characters, `re` does not, and a few letters match an ASCII one ignoring case ("ſ",
# the Kelvin sign). A text holding none of those is read by `re`, ~2x faster.
_UNICODE_NUMBER = re.compile(_NUMBER_PATTERN, re.VERBOSE)


def _read_alike(chars: str) -> set[str]:
    """The characters of `chars` that `re` and `regex` read alike in these patterns."""
    alike = set(chars)
    for name in (r"\w", r"\d", r"\s"):
        alike -= set(re.findall(name, chars)) ^ set(regex.findall(name, chars))
    return {
        char
        for char in alike
        if not any(other.isascii() for other in char.lower() + char.upper() + char.casefold())
    }


_CHAT_BLOCKS = ((0x0080, 0x024F), (0x2010, 0x2BFF), (0x1F300, 0x1FAFF))
# (Nor do they read \x1c-\x1f alike: spaces to `re` beyond ASCII mode, not to `regex`.)
_READ_APART = re.compile(
    "[\x1c-\x1f]|[^\x00-\x7f"
    + char_class(
        _read_alike(
            "".join(chr(code) for low, high in _CHAT_BLOCKS for code in range(low, high + 1))
        )
    )
    + "]"
)

# Phone numbers (NANP, with or without +1, any common punctuation) and long digit runs
# (tracking, account and card numbers): numbers inside them are never a short secret.
_PHONE = regex.compile(
    r"(?<!\d)(?:\+?1[ .\-]?)?"
    r"(?:\(\d{3}\)\ ?\d{3}[ .\-]?\d{4}|\d{3}(?P<s>[ .\-])\d{3}(?P=s)\d{4}|\d{10})(?!\d)"
)
# "8032 W 3rd St": a street number (after a space: `street_number` looks for one first).
#: Before a number, a street or an apartment named: the number is an address's
#: ("Calle Reforma 1009", "Pine St 1583", "Apt 4B, 30301").
STREET_BEFORE = re.compile(
    r"(?i)\b(?:st|street|ave|avenue|rd|road|blvd|dr|drive|ln|lane|ct|court|apt|apartment|"
    r"suite|ste|unit|calle|avenida|av|col|colonia|depto)\b\.?[^\n\d]{0,3}[\w\-#]*[ \t]*,?[ \t]*\Z"
)
# ... and after it, an interior number: "1009 int. 18", "1583 apt 4".
_INTERIOR_AFTER = re.compile(
    r"(?i)[ \t]*,?[ \t]*(?:int\.?|interior|apt\.?|apto\.?|depto\.?|#)[ \t]*\w"
)
_STREET_AFTER = regex.compile(
    r"(?i)\ +(?:[NSEW]\.?\ +)?(?:\w+\ +){0,2}?"
    r"(?:st|street|ave|avenue|av|rd|road|blvd|boulevard|dr|drive|ln|lane|way|ct|court|pl|place|"
    r"hwy|highway|pkwy|parkway|cir|circle|ter|terrace|calle|avenida|camino)\b"
)


# A step of a path through the app's menus: "Cards > 6032 > Change PIN" (a card's last
# four, most often).
_STEP_MARKS = frozenset(">›»→")
_STEP_BEFORE = regex.compile(r"[>›»→][ \t]*\Z")
_STEP_AFTER = regex.compile(r"[ \t]*[>›»→][ \t]*[^\W\d]")


def _is_menu_step(text: str, start: int, end: int) -> bool:
    return (
        _STEP_AFTER.match(text, end) is not None
        and _STEP_BEFORE.search(text, max(0, start - 3), start) is not None
    )


def street_number(text: str, end: int) -> bool:
    """Whether the number that ends at `end` is a street number: "8032 W 3rd St",
    "9700 Cypress Ln"."""
    return text.startswith(" ", end) and _STREET_AFTER.match(text, end) is not None


# (A run stops before a date it runs into: "132 30 9664 1963-10-15".)
_LONG_RUN = regex.compile(
    r"(?<!\d)\d+(?P<sep>\ ?[\-.]\ ?|[\ \n]{1,2})\d+(?:(?P=sep)\d+)+(?![/\-.:]?\d)"
)
_LONG_RUN_DIGITS = 12
_PHONE_DIGITS = 10  # the fewest a _PHONE match holds
_DIGIT_GROUP = regex.compile(r"\d+")
_DECIMAL = regex.compile(r"\d")
_ASCII_DIGIT = re.compile(r"[0-9]")


# Inside a phone number or a long run, a number's neighbouring group of digits stands at
# most this far from it: the widest separator those patterns take is 3 characters (" - ").
_NEIGHBOUR_REACH = 4


def _digit_beside(text: str, start: int, end: int) -> bool:
    """Whether a digit stands within reach of text[start:end] on either side: only then
    may it be part of a phone number or a long run (a cheap look that spares most numbers
    those scans)."""
    return (
        _DECIMAL.search(text, max(0, start - _NEIGHBOUR_REACH), start) is not None
        or _DECIMAL.search(text, end, end + _NEIGHBOUR_REACH) is not None
    )


def _digits_in(number: str) -> int:
    """How many digits a number token holds: all but its spaces, dashes and slash when it is
    ASCII; beyond ASCII, the characters `str.isdigit` counts."""
    if number.isascii():
        return len(number) - number.count(" ") - number.count("-") - number.count("/")
    return sum(ch.isdigit() for ch in number)


def _holds_digits(text: str, count: int) -> bool:
    """Whether `text` holds `count` characters the `regex` patterns here read as digits
    (beyond ASCII that module knows more decimal digits than `str.isdigit`)."""
    if digit_count(text) >= count:
        return True
    return not text.isascii() and len(_DECIMAL.findall(text)) >= count


# "ending in 1234", "the last four are 1234", "últimos 4: 1234": partial data, never a secret.
_LAST_FOUR = regex.compile(
    r"""(?ix)
    (?:
        \bend\w{0,4}(?:\s+(?:in|with|on))?   # "phone ending 7100" too, and slips: "endiing"
                                        # (not "siendo 3024", "sending 4821")
      | (?:con\s+)?terminaci[oó]n(?:\s+en)?
      | last\s+(?:four|4|two|2|few)(?:\s+(?:digits?|numbers?))?(?:\s+of\s+(?:\w+\s+){0,2}?\w+)?
      | termina(?:da|do)?\s+en | que\s+termina\s+en
      | (?:que\s+)?(?:acaba|finaliza)(?:da|do)?\s+en   # "móvil acabado en 7780" (Spain)
      | [uú]ltimos\s+(?:cuatro|4|dos|2)(?:\s+(?:d[ií]gitos|n[uú]meros))?
        (?:\s+del?\s+(?:\w+\s+){0,2}?\w+)?
    )
    [\s:#\-]*(?:(?:are|is|were|son|es|would\ be)[\s:]*)?$
    """
)
_LAST_FOUR_REACH = 40
_LAST_FOUR_HEADS = ("end", "last", "termina", "que", "ultimos", "acaba", "finaliza")
# A year: 19xx or 20xx after "in", "since", a month name, "de" in a Spanish date...
_YEAR = regex.compile(r"(?:19|20)\d\d")
_YEAR_BEFORE = regex.compile(
    r"""(?ix)(?:\b(?:in|since|back\ in|year|from|until|til|en|desde|año|del?|hasta|
    # months, whole or cut short ("dic" for diciembre, never "dice")
    jan(?:uary)?|feb(?:ruary|rero)?|mar(?:ch|zo)?|apr(?:il)?|may(?:o)?|june?|july?|
    aug(?:ust)?|sept?(?:ember)?|oct(?:ober|ubre)?|nov(?:ember|iembre)?|dec(?:ember)?|
    ene(?:ro)?|abr(?:il)?|jun(?:io)?|jul(?:io)?|ago(?:sto)?|sep(?:tiembre)?|set(?:iembre)?|
    dic(?:iembre)?)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?)\s*$"""
)
# A model year owned like a thing: "my 2007 honda", "mi 2015 jetta", "our 1998 camry".
_OWNED_BEFORE = regex.compile(r"(?i)\b(?:my|our|his|her|mi|mis|nuestr[oa]s?|su)\s+$")
_OWNED_AFTER = regex.compile(r"\s+[^\W\d]{2,}")
# Between a label and its number: "zip is 30301", "order #: 12345", "vuelo número 2309".
_LABEL_GAP = regex.compile(
    r"(?i)[\s:#=.\-]*(?:(?:is|was|es|era|are|number|num|nr|no|n[uú]mero|de|del|says|said|shows|"
    r"has|had|tiene|trae|"
    r"reads|dice|muestra|was|auth|authorization|autorizaci[oó]n|approval|aprobaci[oó]n|code|"
    r"c[oó]digo)\b[\s:#=.\-]*){0,4}"
)
_LABEL_REACH = 32  # ("recibo: código de autorización 551203")
# Between a number and the label that names it after it: "86217 is my zip", "35400 es
# mi código postal", "4821 = the order number".
_NAMED_AFTER = regex.compile(
    r"(?i)[ \t]*(?:is|was|are|es|era|=)[ \t]+(?:(?:my|the|our|your|mi|el|la|su|tu)[ \t]+)?"
)


class Number(NamedTuple):
    """A number token. An ineligible one (a last-four reference, a labelled or phone
    number) is never a secret, and a cue that reaches it first binds nothing.

    Eligibility (`NumberFinder.is_eligible`) is worked out only for the numbers a cue
    reaches.
    """

    start: int
    end: int
    digits: int


class NumberFinder:
    """Finds the number tokens of a message once for every recognizer that reads it."""

    def __init__(
        self, labels: Sequence[str] = (), is_card: Callable[[str], bool] | None = None
    ) -> None:
        self._labels = PhraseIndex(labels)
        self._is_card = is_card
        self.find = lru_cache(maxsize=32)(self._find)
        self._covering = lru_cache(maxsize=32)(self._covering_spans)
        #: _label_bounds(text): where the labels of `text` end, and where they start.
        self._label_bounds = lru_cache(maxsize=32)(self._label_bounds_of)
        #: is_eligible(text, start, end): whether text[start:end] may be a secret.
        self.is_eligible = lru_cache(maxsize=256)(self._is_eligible)

    def _find(self, text: str) -> tuple[Number, ...]:
        matches: list[re.Match[str]] | list[regex.Match[str]]
        if text.isascii():
            matches = list(_ASCII_NUMBER.finditer(text))
        elif _READ_APART.search(text) is None:
            matches = list(_UNICODE_NUMBER.finditer(text))
        else:
            matches = list(_NUMBER.finditer(text))
        return tuple(Number(m.start(), m.end(), _digits_in(m.group())) for m in matches)

    def _is_eligible(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] may be a secret: not a last-four reference, not a
        labelled number ("zip 30301"), not part of a phone number or long digit run."""
        return not (
            self.is_last_four(text, start)
            or self._is_year(text, start, end)
            or (_STEP_MARKS.intersection(text[end : end + 3]) and _is_menu_step(text, start, end))
            or (text.startswith(" ", end) and street_number(text, end))
            or (
                _INTERIOR_AFTER.match(text, end) is not None
                and STREET_BEFORE.search(text, max(0, start - 40), start) is not None
            )
            or self._is_labelled(text, start, self._label_bounds(text)[0])
            or self._is_named_after(text, end)
            or (_digit_beside(text, start, end) and self._is_covered(text, start, end))
        )

    def _is_named_after(self, text: str, end: int) -> bool:
        """Whether a label names the number after it: "the code 86217 is my zip"."""
        after = _NAMED_AFTER.match(text, end)
        return after is not None and after.end() in self._label_bounds(text)[1]

    def _is_covered(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] is part of a phone number or a long digit run."""
        return any(
            s <= start and end <= e and (s, e) != (start, end) for s, e in self._covering(text)
        )

    def _covering_spans(self, text: str) -> list[tuple[int, int]]:
        """The phone numbers and long digit runs of `text`: numbers inside them are
        never a short secret."""
        # Most messages hold too few digits for a phone number, let alone a long run:
        # their scans (the slowest patterns here) are skipped.
        if not _holds_digits(text, _PHONE_DIGITS):
            return []
        covered = [m.span() for m in _PHONE.finditer(text)]
        if _holds_digits(text, _LONG_RUN_DIGITS):
            for run in _LONG_RUN.finditer(text):
                if sum(ch.isdigit() for ch in run.group()) >= _LONG_RUN_DIGITS:
                    covered.append(self._card_in(run) or run.span())
        return covered

    def _label_bounds_of(self, text: str) -> tuple[list[int], frozenset[int]]:
        """Where the labels of `text` end and start, from one search of its words (not
        a label a verb takes as its object: "Code texted to verify the claim: 688507")."""
        found = self._labels.find(text) if self._labels else []
        found = [
            m
            for m in found
            if _VERB_OF_LABEL.search(text, max(0, m.start - _VERB_OF_LABEL_REACH), m.start) is None
        ]
        return [m.end for m in found], frozenset(m.start for m in found)

    def _card_in(self, run: regex.Match[str]) -> tuple[int, int] | None:
        """The span of a card number inside a long run, so that a code or PIN typed
        beside it ("pin 0704 3550 9053 9917 4448") is not taken for part of it."""
        if self._is_card is None:
            return None
        groups = [
            (m.start() + run.start(), m.end() + run.start(), m.group())
            for m in _DIGIT_GROUP.finditer(run.group())
        ]
        for first, last in ((0, len(groups)), (1, len(groups)), (0, len(groups) - 1)):
            part = groups[first:last]
            if not part:
                continue
            # `regex` reads digits Python's int() and the Luhn check do not ("\U00010d43"):
            # only ASCII digits can be a card.
            digits = "".join(g[2] for g in part)
            if digits.isascii() and digits.isdigit() and self._is_card(digits):
                return part[0][0], part[-1][1]
        return None

    @staticmethod
    def is_last_four(text: str, start: int) -> bool:
        """Whether the number at `start` is a last-four reference ("ending in 4821")."""
        window = max(0, start - _LAST_FOUR_REACH)
        # Every match opens with one of `_LAST_FOUR_HEADS`, in any case. On ASCII text
        # (where only ASCII letters match them, ignoring case) a few `in` tests on the
        # lowered window rule out most numbers, and spare them the search.
        if text.isascii():
            before = text[window:start].lower()
            if not any(head in before for head in _LAST_FOUR_HEADS):
                return False
        return _LAST_FOUR.search(text, window, start) is not None

    def is_labelled(self, text: str, start: int) -> bool:
        """Whether one of this finder's labels names the value at `start` ("zip 30301")."""
        return self._is_labelled(text, start, self._label_bounds(text)[0])

    @classmethod
    def labelled_by(cls, index: PhraseIndex, text: str, start: int) -> bool:
        """Whether a phrase of `index` names the number at `start` ("tracking 9400...")."""
        return cls._is_labelled(text, start, [m.end for m in index.find(text)])

    @staticmethod
    def _is_labelled(text: str, start: int, label_ends: list[int]) -> bool:
        return any(
            0 <= start - end <= _LABEL_REACH and _LABEL_GAP.fullmatch(text, end, start)
            for end in label_ends
        )

    @staticmethod
    def _is_year(text: str, start: int, end: int) -> bool:
        if end - start != 4 or not _YEAR.fullmatch(text, start, end):
            return False
        return _YEAR_BEFORE.search(text, max(0, start - 16), start) is not None or (
            _OWNED_BEFORE.search(text, max(0, start - 12), start) is not None
            and _OWNED_AFTER.match(text, end) is not None
        )


# Before a label, a code's purpose that takes it as its object: the number after it is
# the code, not the thing the label names ("Code texted to verify the claim: 688507",
# "código para confirmar el pedido: 482913").
_VERB_OF_LABEL = re.compile(
    r"(?i)\b(?:code|c[oó]digo|clave|passcode|otp)\b[^\n.?!]{0,24}?\b(?:to|para)\s+"
    r"(?:verify|confirm|validate|process|file|open|verificar|confirmar|validar|procesar"
    r"|abrir|levantar)\s+(?:the|your|my|this|el|la|su|tu|mi|este|esta)\s+\Z"
)
_VERB_OF_LABEL_REACH = 64

#: Whether text[start:end] may be a secret (`NumberFinder.is_eligible`).
Eligibility = Callable[[str, int, int], bool]


class Binding(NamedTuple):
    """A value bound to its cue. `broken`: a clause break ("and", ",") lies between."""

    number: Number
    cue: Cue
    gap: int
    broken: bool = False


# What may stand between a value and the cue after it: "123 is my cvv", "4821 = pin",
# "482913 es el código", "773 cvv".
_BACKWARD_GAP = regex.compile(
    r"""(?ix)\W*
    (?:is|was|are|es|era|son|that'?s|thats|it'?s|its|that\ is|which\ is|=|:|<-+|←|as|como
      |es[ea]\ es|eso\ es|this\ is|that\ one\ is  # "451486. ese es el código"
      |by|por|via|v[ií]a  # "I received 3069 by sms"
      |que\ est[aá]|que\ sale|que\ viene  # "330 que está junto a la firma"
      |que\ es|que\ era|que\ fue  # "yo pongo 3519 que es mi PIN"
      |which\ was|that\ was  # "I gave him 255643 which was the code from the text"
      |(?:and|y)\ (?:it\ |me\ )?(?:says|said|dice|dijo|sale|shows))  # "2678 y me dice PIN"
    (?:\W+(?:[^\W\d]+|\d[\-\ ]?(?:digits?|d[ií]gitos?|n[uú]meros?))){0,3}
    \W*"""
)
# A bank's text names its code before what it is for, further from the cue: "92382346
# is your banco altavista login code", "482913 es tu código de Banco Sol".
_IS_YOUR_GAP = regex.compile(r"(?i)\W*(?:is|es)\ +(?:your|tu|su)(?:\W+[^\W\d]+){0,5}\W*")
_IS_YOUR_REACH = 48
# An aside in brackets between a cue and its value.
_ASIDE = regex.compile(r"\([^()\n\d]{0,80}\)")
# "4 digits", "de 6 dígitos", "6-digit": the length of a value, not another number.
_LENGTH = regex.compile(
    r"(?i)\b(?:\d{1,2}|\d-\d)\ ?-?\ ?(?:d[ií]gitos?|digits?|n[uú]meros?|numbers?|numeritos|"
    r"characters?|caracteres|letras?)\b"
)
# What holds a digit but is no number before a value: a length, or a word joined to its
# digits (a form, a model: "W-9", "1099-K").
_NOT_A_NUMBER = regex.compile(
    rf"{_LENGTH.pattern.removeprefix('(?i)')}|\b[a-z]+-?\d+\b|\b\d+-[a-z]+\b"
    # ... or the masked number the value was sent to: "to (•••) •••-3648", "al ••• 3407"
    r"|[•*●]{2,}[ \t\-.]?\d{2,4}\b",
    regex.I,
)
# "its 361 the cvv code", "es 4821 mi pin": the value named before its cue.
# ("3024 el nip" opening a message; "sigue siendo 3024 el nip")
_PRESENTED = regex.compile(
    r"(?i)(?:^\s*|\b(?:it'?s|its|this\s+is|that'?s|thats|here'?s|esta\s+es|es|era|sigue\s+siendo)"
    r"\s+)$"
)
# A value typed into a field the cue names after it: "i put 481 for the cvv", "puse 481
# en el cvv", "typed 0428 as my pin".
_TYPED_BEFORE = regex.compile(
    r"(?i)\b(?:put|putting|typed|typing|entered|entering|keyed|punched|tried|trying|used|"
    r"using|puse|pongo|poniendo|escrib[ií]|met[ií]|us[eé]|prob[eé]|tecle[eé]|marqu[eé])\s+$"
)
_FOR_THE_GAP = regex.compile(
    r"(?i)\s+(?:for|in|into|as|en|como|para)\s+(?:(?:the|my|this|that|el|la|mi|este|esta)\s+)?"
)
# (A conjunction is no such word: "mi nip es 2973 y el code es 853674" names two values.)
_ARTICLE_GAP = regex.compile(
    r"(?i),?\s+\(?(?:(?:the|my|your|our|el|la|mi|tu|su)\s+)?"
    r"(?:(?!(?:and|y|or|o|but|pero)\s)[^\W\d]+\s+)?"
)
# Between a cue and a later value, these end the cue's clause: "my pin 🥲 and 4620 is...".
_CLAUSE_BREAK = regex.compile(
    r"(?i)[;!?]|,\s|\b(?:and|also|but|y|pero|adem[aá]s|tambi[eé]n|plus)\b"
)
# A value never answers a cue from the sentence before: "what's a cvv? ...".
# (An ellipsis, "pin... 4207", is no end; nor are exclamation marks right before the
# value: "verification code ‼️ 8369171", "my code!!! 482913".)
_SENTENCE_END = regex.compile(r"\?|!(?![!\s\ufe0f]*\d)|(?<!\.)\.\s")
# A question about the value, answered at once: "do you need my ssn? its 328646015",
# "¿necesita mi seguro social? es 252780948".
_SELF_ANSWERED = regex.compile(
    r"(?i)[^?!.\n]{0,24}\?+\s*(?:it'?s|its|it\s+is|here\s+it\s+is|here'?s|here|es|son|"
    r"aqu[ií](?:\s+est[aá])?|ah[ií]\s+va)\s*[:\-]?\s*"
)
# ... or told in the next sentence to whoever asked for it: "they asked for my code. i
# said 714626 before i realized", "me pidieron el código. Le di 551203".
_TOLD_NEXT = regex.compile(
    r"(?i)[^?!.\n]{0,40}[.!?]+\s+(?:and\s+|y\s+)?(?:i\s+(?:said|gave\s+(?:it\s+to\s+)?(?:him|her|them)|"
    r"told\s+(?:him|her|them)|read\s+(?:it\s+to\s+)?(?:him|her|them))|le\s+(?:di|dije|pas[eé]|le[ií])|"
    r"se\s+lo\s+(?:di|dije|pas[eé]|le[ií]))\s*:?\s*"
)
# ... or asked about in the next sentence: "the app wants a new pin. is 4649 ok or is it
# too easy", "me pide un NIP nuevo. ¿1234 está bien?".
_ASKED_ABOUT_NEXT = regex.compile(
    r"(?i)[^?!.\n]{0,40}[.!?]+\s+(?:(?:is|would|will|does|can\s+i\s+use|should\s+i\s+use"
    r"|could\s+i\s+use|sirve|puedo\s+(?:usar|poner))\s+)?¿?\s*"
)
_ASKED_ABOUT_AFTER = regex.compile(
    r"(?i)\s*(?:ok|okay|good|fine|safe|secure|strong|weak|work|be\s+(?:ok|okay|good|fine|safe)"
    r"|too\s+(?:easy|simple|weak)|est[aá]\s+bien|sirve|es\s+(?:segur[oa]|muy\s+f[aá]cil|buen[oa]))\b"
)
# ... or standing as a sentence of its own right after the cue's: "i told him the code.
# 263605. then he hung up".
_FULL_STOP = re.compile(r"\.[ \t]+")
_SENTENCE_OF_ITS_OWN = re.compile(r"[ \t]*(?:[.!]|\n|\Z)")
# Between a cue and its value across a line break: "my pin is:\n1234".
_FORWARD_GAP = regex.compile(
    r"(?i)[\s:=\-]*(?:(?:is|es|are|son|was|era)\b[\s:=\-]*)?"
    r"|[^\n]*:[ \t]*\n\s*"  # "cvv de la tarjeta:\n508": the line ends with a colon
)
# "063 card security code", "773 cvv": nothing between them at all.
# ("802 (back of card)": an aside in brackets names the value before it.)
_BARE_GAP = regex.compile(r"[\s,:;=\-]*\(?")
# A quote opened between a number and a cue after it: the cue speaks in another voice.
_QUOTE_OPENS = re.compile(r"[«“]")


def _bind_backward(
    text: str,
    cue: Cue,
    numbers: Sequence[Number],
    before: int,
    eligible: Eligibility,
    *,
    bare: bool,
    texted: bool,
) -> Binding | None:
    """The number right before `cue` when only copula words stand between them (or,
    with `bare`, nothing but spaces and punctuation). Without `texted` a number a bank's
    text names ("0954 is your Altura security code") is none of this type."""
    for number in reversed(numbers):
        if number.end <= cue.start:
            if text[number.start - 1 : number.start] == "#":
                return None  # "home depot #6612 they sent me a code": a thing's number
            gap = cue.start - number.end
            if not texted and _IS_YOUR_GAP.fullmatch(text, number.end, cue.start):
                return None
            if _QUOTE_OPENS.search(text, number.end, cue.start):
                return None  # "Me llegó del 89203: «...el código...»": the sender's number
            if (
                gap <= before
                and eligible(text, number.start, number.end)
                and (
                    _BACKWARD_GAP.fullmatch(text, number.end, cue.start)
                    or (bare and _BARE_GAP.fullmatch(text, number.end, cue.start))
                    or (
                        _PRESENTED.search(text, max(0, number.start - 16), number.start)
                        and _ARTICLE_GAP.fullmatch(text, number.end, cue.start)
                    )
                    or (
                        _TYPED_BEFORE.search(text, max(0, number.start - 16), number.start)
                        and _FOR_THE_GAP.fullmatch(text, number.end, cue.start)
                    )
                )
            ):
                return Binding(number, cue, gap)
            if (
                gap <= _IS_YOUR_REACH
                and _IS_YOUR_GAP.fullmatch(text, number.end, cue.start)
                and eligible(text, number.start, number.end)
            ):
                return Binding(number, cue, min(gap, before))
            return None
    return None


# After a number that is no value, what hands over the value next: "for the card ending
# in 7152 is: 0470".
_THEN_THE_VALUE = re.compile(
    r"[ \t]*(?:is|es|was|era)?[ \t]*[:=][ \t]*(?=\d)|[ \t]+(?:is|es)[ \t]+(?=\d)"
)


# A value alone on its line, as a form or an app's screen shows it: "...\n[ 563592 ]".
_FIELD_BEFORE = regex.compile(r"\n[ \t]*[\[(«\"']?[ \t]*\Z")
_FIELD_AFTER = regex.compile(r"[ \t]*[\])»\"']?[ \t]*(?:\n|\Z)")
# A number that is no value closing its line: a value alone on a later line may follow
# ("Your new PIN\nCard ending 0178\n[ 7483 ]", a PIN mailer's lines).
_ENDS_ITS_LINE = regex.compile(r"[ \t]*[\])»\"'.]?[ \t]*\n")


def _alone_on_its_line(text: str, number: Number) -> bool:
    """Whether `number` stands alone on its line (in brackets or quotes at most)."""
    return (
        _FIELD_BEFORE.search(text, max(0, number.start - 8), number.start) is not None
        and _FIELD_AFTER.match(text, number.end) is not None
    )


def _bind_forward(
    text: str, cue: Cue, numbers: Sequence[Number], after: int, eligible: Eligibility
) -> Binding | None:
    """The first number after `cue` within reach, unless it is ineligible or sits on a
    later line after other words ("I changed my PIN last week\n994742 is the code")."""
    after_skipped = cue.end  # (past a number that is no value but hands one over)
    for number in numbers:
        if number.start >= cue.end:
            gap = number.start - cue.end
            if gap > after and "(" in text[cue.end : number.start]:
                # An aside counts for nothing: "PIN (written so the bot can't read it): 6817".
                gap = len(_ASIDE.sub("", text[cue.end : number.start]))
            if gap > after:
                return None
            if not eligible(text, number.start, number.end):
                if (
                    _THEN_THE_VALUE.match(text, number.end) is not None
                    or _ENDS_ITS_LINE.match(text, number.end) is not None
                ):
                    # "(PIN) for the card ending in 7152 is: 0470": on to it ("Your new
                    # PIN\nCard ending 0178\n7483": on to a value alone on its line)
                    after_skipped = number.end
                    continue
                return None
            if _ASCII_DIGIT.search(text, after_skipped, number.start) and _ASCII_DIGIT.search(
                _NOT_A_NUMBER.sub("", text[after_skipped : number.start])
            ):
                # "to verify 3 charges of 1200": another number came first (but "pin de 4
                # dígitos es 4800" only tells the value's length, and "ssn for the w-9:
                # 471662667" names a form)
                return None
            if (
                "\n" in text[cue.end : number.start]
                and not _FORWARD_GAP.fullmatch(text, cue.end, number.start)
                and not _alone_on_its_line(text, number)
            ):
                return None
            if (
                _SENTENCE_END.search(text, cue.end, number.start + 1)  # (sees the digit)
                and not _SELF_ANSWERED.fullmatch(text, cue.end, number.start)
                and not _TOLD_NEXT.fullmatch(text, cue.end, number.start)
                and not (
                    _ASKED_ABOUT_NEXT.fullmatch(text, cue.end, number.start)
                    and _ASKED_ABOUT_AFTER.match(text, number.end)
                )
                and not (
                    _FULL_STOP.fullmatch(text, cue.end, number.start)
                    and _SENTENCE_OF_ITS_OWN.match(text, number.end)
                )
            ):
                return None  # "¿qué es el cvv? booked on WN 202"
            broken = _CLAUSE_BREAK.search(text, cue.end, number.start) is not None
            return Binding(number, cue, gap, broken)
    return None


def bind(
    text: str,
    cues: Sequence[Cue],
    numbers: Sequence[Number],
    *,
    after: int,
    before: int,
    eligible: Eligibility,
    texted: bool = True,
) -> list[Binding]:
    """Bind each cue to the first number after it within `after` characters, or to the
    number right before it when only copula words separate them ("123 is my cvv"),
    whichever is nearer (after wins a tie). Both lists are in text order. An ineligible
    number reached first stops the cue ("last four of my ssn 1234, ..."). `texted`: the
    type is one a bank texts ("92382346 is your banco altavista login code")."""
    bindings: dict[int, Binding] = {}
    for cue in cues:
        forward = _bind_forward(text, cue, numbers, after, eligible)
        broken = forward is not None and forward.broken
        backward = _bind_backward(
            text, cue, numbers, before, eligible, bare=forward is None or broken, texted=texted
        )
        chosen = forward
        if backward is not None and (forward is None or broken or backward.gap < forward.gap):
            chosen = backward
        if chosen is not None:
            known = bindings.get(chosen.number.start)
            if known is None or (chosen.cue.weak, chosen.gap) < (known.cue.weak, known.gap):
                bindings[chosen.number.start] = chosen
    return [bindings[k] for k in sorted(bindings)]
