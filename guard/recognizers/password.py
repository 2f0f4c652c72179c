"""PASSWORD: the secret a customer types after a password cue.

"my password is Hunter2!", "pw: abc123", "contraseña: Perro2023", "password for the app is
'blue sky 9'". After an explicit "is", ":" or "=" any word counts unless it describes
the password ("my password is wrong"); after a bare cue ("pw abc123") the word must look
like a password (a digit, a symbol or an inner capital).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from guard._model import EntityType
from guard._phrasing import fold, innermost, phrase_pattern, trie_pattern
from guard.recognizers._base import GuardRecognizer, Hit, correction_joint
from guard.recognizers._cues import CueIndex, CueSet, NumberFinder
from guard.recognizers._phrases import digit_count, folded
from guard.recognizers._tables import DELIMITERS

_QUOTES = "\"'“”‘’`«»"
# What may stand between the cue and the copula: "for my online account", "i have",
# "de internet que tengo" (words without digits, at most five).
# (Emoji may stand among them: "my password 😩 is Tigre@".)
_EMOJI = r"[^\w\s\x00-\x7f]{1,8}"
_FILLER = (
    r"(?P<filler>(?:[ \t]+(?:(?!(?:is|was|es|era)\b)[^\W\d](?:[^\W\d]|['\-])*"
    rf"|{_EMOJI})){{0,7}}?)"
)
# "is", "was", ":", "=", "→", "...", " - ", "should be", "is set to", "es"... (the strong
# copulas), and an aside in parentheses: "password (just in case) X".
_COPULA = (
    # (a label in markdown's bold or italics: "**Contraseña:** luna.summer6", "**PW**: ...")
    r"(?:(?:\*\*|__)?\s*(?::|=|=>|-+>|→|\.{2,}|…)\s*(?:(?:\*\*|__)\s*)?|\s+[-–—]+\s+"
    # ("old password (changed): chelsea_messi84": an aside, then the colon)
    r"|\s*\([^()\n]{0,40}\)\s*(?:[:=]\s*)?|['’]s\s+"
    # ("my password, it's M0ch1%66", "mi contraseña, es Perro!7")
    r"|,\s*(?:it['’]?s|its|it\s+is|es|que\s+es|which\s+is)\s+"
    r"|\s+(?:(?:is|was|has\s+been)(?:\s+now|\s+set\s+to|\s+changed\s+to|\s+gonna\s+be"
    r"|\s+going\s+to\s+be)?|"
    r"(?:should|must|would|will|shall)\s+be|set\s+to|now\s+is|"
    r"es|era|ser[ií]a|ser[aá]|va\s+a\s+ser|deber[ií]a\s+ser|debe\s+ser|es\s+ahora|ahora\s+es"
    r"|gonna\s+be)(?:\s*:)?\s+)"
)
# "Summer16% is my password", "CORAZON851 es la contraseña", "its X the password",
# "X <- app password": the value before its cue (it must look like a password).
# ('"Luna$2023" <- password': quotes around it are no part of it.)
_VALUE_BEFORE = r"(?:^|(?<=\s))[\"'“‘«]?(?P<value>[^\s\"'“”‘’`«»]{3,64})[\"'”’»]?"
_WORDS_BEFORE_CUE = r"(?:[^\W\d]+\s+){0,2}$"
# "i tried Chase123 and it says wrong password", "intenté con Perro2023 y dice contraseña
# incorrecta": the value typed, then the screen's answer naming it.
_TRIED = (
    r"(?:tried|typed|entered|used|put\s+in|intent[eé](?:\s+con)?|puse|escrib[ií]|us[eé])\s+"
    rf"{_VALUE_BEFORE}\s+(?:and|but|y|pero)\s+(?:it\s+|then\s+)?"
    r"(?:says?|said|shows?|showed|dice|sale|me\s+sale|aparece)\s+"
)
# "puse Perro2023 de contraseña", "tengo Gatita57 como clave": the value set as one.
_SET_AS = (
    r"(?:puse|pongo|puso|pusimos|tengo|ten[ií]a|uso|us[eé]|usaba|put|set|use|used)\s+"
    rf"{_VALUE_BEFORE}\s+(?:de|como|as)\s+"
)
# 'I reset it to "Rocky1994" and it still says invalid credentials': set, then refused.
_RESET_TO = (
    r"(?:reset|changed|set|updated|cambi[eé]|puse)\s+(?:it|la|lo)?\s*(?:to|a|como)?\s*"
    r"[\"'“‘]?(?P<value>[^\s\"'“”‘’`«»]{3,64})[\"'”’]?\s+(?:and|but|y|pero)\s+"
    r"(?:it\s+|then\s+)?(?:still\s+|todav[ií]a\s+|a[uú]n\s+)?"
    r"(?:says?|said|shows?|dice|sale|me\s+sale|aparece)\s+"
)
_BEFORE_CUE = regex.compile(
    rf"{_VALUE_BEFORE}\s*(?:(?:is|es|was|era|ser[aá]|as|como|that'?s|thats|that\s+is)\b|=|<-+|←)"
    rf"\s*{_WORDS_BEFORE_CUE}"
    rf"|{_SET_AS}{_WORDS_BEFORE_CUE}"
    rf"|{_RESET_TO}{_WORDS_BEFORE_CUE}"
    rf"|(?:it'?s|its|this\s+is|that'?s|here'?s|esta\s+es)\s+{_VALUE_BEFORE}\s+{_WORDS_BEFORE_CUE}"
    rf"|{_TRIED}{_WORDS_BEFORE_CUE}",
    regex.IGNORECASE,
)
# Copulas that are words or ":" / "=" take any value; punctuation ("...", "→", " - ",
# an aside in parentheses) only one that looks like a password.
_WORD_COPULA = regex.compile(r"[:=]|[^\W\d]")
_BEFORE_REACH = 90
# "password (X)", "clave [X]", "pw: 'X'", "contraseña #X", "pin: *X*": a value set off by
# brackets, quotes, a hash or markdown emphasis right after the cue.
_CLOSERS = {
    "(": ")",
    "[": "]",
    "{": "}",
    "'": "'",
    '"': '"',
    "“": "”",
    "‘": "’",
    "«": "»",
    "`": "`",
    "*": "*",
    "#": "",
}
_WRAPPED = regex.compile(
    r"(?:[ \t]+(?!(?:is|was|es|era)\b)[^\W\d](?:[^\W\d]|['\-])*){0,3}?"
    r"(?:[ \t]+|[ \t]*:[ \t]*)(?P<open>[(\[{'\"“‘«`*#])"
    r"(?P<value>[^\s)\]}'\"”’»`*]{1,64})"
    r"(?P<close>[)\]}'\"”’»`*]?)"
)
#: With this many filler words between cue and copula, the value must look like one.
_LONG_FILLER = 3
# "changed my password to X": the value must look like a password ("to access" is not one).
_SOFT_COPULA = r"[ \t]+(?:to|a)[ \t]+"
_LETTER = regex.compile(r"[^\W\d_]")
# The domain of an email address: "@outlook.com", "@prodigy.net.mx".
_EMAIL_DOMAIN = r"@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,24}"
# A login pasted from a password manager: "emily.moore@outlook.com / rayados-Rayados-36",
# "aruiz@icloud.com | HkVR3ibxejs3!UDo", the address and the password on two lines: the
# word after the address is its password.
_CREDENTIALS = regex.compile(
    rf"[^@\s/|]+{_EMAIL_DOMAIN}[ \t]*(?:/|\||:|\s-\s|\t|\r?\n)[ \t]*"
    r"(?P<value>[^\s\"'“”]{6,64})"
)
# ... or named as a login, then "user / password": "our shared admin login for the card
# portal is lauren_travel / jaguar.2026&".
_LOGIN_PAIR = regex.compile(
    r"(?i)\b(?:login|log-in|log\s+in|credentials|credenciales|usuario\s+y\s+contrase[nñ]a"
    # ... or the online bank's: "banca en línea: mperez / TeGatitoLove31.", "mi acceso es
    # luciag64 / MyMonkeyAmo1953%"
    r"|online\s+banking|banca\s+(?:en\s+l[ií]nea|m[oó]vil|online|digital)|mi\s+acceso"
    # ... or labelled as a pair: "user / password: williamsl2 / Maverick@87"
    r"|(?:user(?:name)?|usuario|email|correo)\s*/\s*(?:password|pass|pw|contrase[nñ]a|clave))\b"
    r"[^\n.]{0,60}?(?:\b(?:is|are|es|son)\b|:)[ \t]+[\w.\-@]{2,64}[ \t]*/[ \t]*"
    r"(?P<value>[^\s\"'“”,]{4,64})"
)
# ... or a message that is only "user / password": "perezk1 / uFGRtN5pEkQg".
_BARE_LOGIN_CHARS = 110
_USERNAME_MARK = re.compile(r"[\d._]")
_USERNAME_LETTERS = 3
_SYMBOL = re.compile(r"[^\w\s]")
_BARE_LOGIN = regex.compile(
    r"[ \t]*(?P<user>[A-Za-z][\w.\-]{2,40})[ \t]*/[ \t]*(?P<value>[^\s/\"'“”,]{6,64})[ \t]*"
)
_PIN_LIKE_DIGITS = 6
_LOGIN_HINT = re.compile(
    r"log-?\s?in|credenc|credential|usuario y contrase|online banking|banca|mi acceso"
)
_DIGIT_OR_SYMBOL = regex.compile(r"[\d_]|[^\w\s'’]")
# After "old one", "la nueva": "was", "is", ":", "->" or just a space (the text is folded:
# lowercase, no accents).
_CHANGE_COPULA_WORDS = (
    "was", "is", "were", "will be", "would be", "gonna be", "es", "era", "sera", "seria",
    "va a ser",
)  # fmt: skip
_CHANGED_COPULA = (
    r"(?![\w\-])[ \t]*(?:(?:"
    + "|".join([*map(re.escape, _CHANGE_COPULA_WORDS), "=", ":", "->"])
    + r")[ \t:]*)?[ \t]*(?=\S)"
)
_STRIP = ".,;:?)]}"
# The words of `_CHANGED_COPULA` ("el límite nuevo es RD$8680" names no password).
_CHANGE_COPULAS = frozenset(word for phrase in _CHANGE_COPULA_WORDS for word in phrase.split())
# A password said aloud: its words (at most this many) apart by spaces or commas, and
# how many letters spelled one by one make it one without a named symbol.
_SAID_WORD = re.compile(r"[^\W_]+")
_SAID_GAP = re.compile(r"[ \t]*,?[ \t]+|,")
_SAID_WORDS = 32  # ("capital m capital a capital r ..." says each letter in two words)
# After a word that may end a password said aloud ("punto", "period", "dot"), more of it
# spelled: a lone letter or a digit word, apart by a space or a comma.
_SPELLED_ON = re.compile(
    r"[ \t]*,?[ \t]+(?:[^\W\d_]|zero|one|two|three|four|five|six|seven|eight|nine|cero|uno"
    r"|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)(?![^\W_])"
)
_SPELLED_LETTERS = 3
# After a group of digits, more of the number: "713| 931 6861".
_GROUP_GOES_ON = re.compile(r"(?<=\d)[ \-.]\d")
# "26.72%", "$1,200", "12/26": numbers of another kind (a bare "123456" may be a password).
_NUMBER_LIKE = regex.compile(r"[$€£]?\d+(?:[.,/:\-]\d+)+%?|[$€£]\d+|\d+%")
#: "XXXX-XXXX-XXXX-6283", "****1234": a masked number, no password.
MASKED_NUMBER = re.compile(r"[\d\-]*(?:[*•·●.]{2,}|[xX]{3,})[\d\-*•·●.xX]*\d[\d\-]*")
#: "reset it here: example.com/reset", "juan@mail.com": a link or an address, no password.
LINK_OR_ADDRESS = regex.compile(
    r"(?i)(?:https?://|www\.)\S*"
    r"|[\w.\-]+\.(?:com|org|net|gov|edu|io|co|us|mx|es|app|info|biz|ly)(?:/\S*)?"
    rf"|[^@\s]+{_EMAIL_DOMAIN}"  # ("g@t0.2k" is a password)
)
_MIN_LENGTH = 3
_MAX_LENGTH = 64
# A digit, a symbol (an apostrophe is none: "don't") or an inner capital.
_LOOKS_LIKE_A_PASSWORD = regex.compile(r"\d|[^\w\s'’]|\p{Ll}\p{Lu}")


def _is_emoji_like(char: str) -> bool:
    """An emoji, a joiner or a variation selector: no password character anyone types
    on a phone keyboard's letter pages (ASCII symbols are)."""
    return not char.isascii() and not char.isalnum()


# Trying values at a login: "I tried X and Y", "probé con X y con Y", "reset it to X",
# "estoy poniendo X", "I'm typing X", "uso X para todo".
_TRIED_VERBS = (
    r"tried|typed|entered|prob[eé](?:\s+con)?|intent[eé](?:\s+con)?|"
    # ... or told to try it: "pruebe con LUPITA*1992 que es la que usa para todo"
    r"pruebe(?:\s+con)?|prueba(?:\s+con)?|try(?:\s+with)?|"
    # ("changed it last week to X": words of time between, never "from")
    r"(?:rese?t|changed) (?:it|mine|my (?:password|pass|pw)|the password)"
    r"(?: (?!from\b)[^\W\d_]+){0,2} to|"
    # "I changed it from Pelota2017_ to $FALCON96sevilla", "la cambié de X a Y"
    r"(?:changed|change|switched) (?:it|mine|my (?:password|pass|pw)|the password) from|"
    r"(?:la |lo )?cambi[eé] de|"
    # "ya la cambié, ahora es Paloma1994", "ya la cambie to P4l0m4!"
    r"la cambi[eé](?:,?\s+ahora\s+es|\s+(?:a|to|por))|"
    r"typing|entering|putting\s+in|put\s+in|using|use|i\s+type|i\s+enter|"
    r"poniendo|pongo|puse|he\s+puesto|escribiendo|escrib[oií]|metiendo|met[oií]|usando|uso|"
    # ... reused everywhere, or to be set by the agent: "I reused B0c@5485 on every site",
    # "can you just set it to hArLeY_23", "¿me la puedes cambiar tú a harley.hunter08?"
    r"re-?used?|reus[eé]|set\s+it\s+to|change\s+it\s+to"
    r"|(?:me\s+la\s+puedes?\s+)?cambi[aá](?:rmela|rla|r)?\s+(?:t[uú]\s+|usted\s+)?a"
)
_TRIED_VERB = re.compile(rf"(?i)\b(?:{_TRIED_VERBS})\b")
_TRIED_WORD = r"[\"'“‘«]?(?P<{}>[^\s\"'“”‘’«»,]{{6,64}})[\"'”’»]?"
_TRIED_VALUES = regex.compile(
    rf"(?i)\b(?:{_TRIED_VERBS})\s+"
    + _TRIED_WORD.format("first")
    + r"(?=[\s,]|$)(?:\s*,?\s+(?:and|or|y|o|to|a)\s+(?:(?:also|then|too|tambi[eé]n|tmb|tb|"
    + r"luego|despu[eé]s)\s+)?(?:con\s+)?"
    + _TRIED_WORD.format("second")
    + r"(?=[\s,]|$))?"
)
_TRIED_HOW = "password-like value tried at a login"
# ("¿me la puedes cambiar a ...?": "la", a password's or a key's, asked to be set)
_SETTING = re.compile(
    r"(?i)\b(?:rese?t|changed|cambi[eé]|cambi[aá]rmela|cambi[aá]rla|me\s+la\s+puedes\s+cambiar)\b"
)


# What each verb above holds, folded ("probé" is "probe"): a folded text that holds none
# of these tries no value, and one search of a trie of them (at C speed) rules most
# messages out before the verbs' pattern runs.
_TRIED_STEMS = frozenset({
    "tried", "typed", "entered", "typing", "entering", "put", "use", "usin", "uso", "usando",
    "poniendo", "pongo", "puse", "escrib", "meti", "meto", "probe", "intente", "t to", "ne to",
    "i type", "i enter",
    "reset", "changed", "it from", "mine from", "password from", "pass from", "pw from",
    "cambie de", "la cambie", "he puesto", "pruebe", "prueba", "try",
    "reuse", "re-use", "set it to", "change it to", "cambiar",
})  # fmt: skip
_TRIED_STEM = re.compile(trie_pattern(_TRIED_STEMS))


def _lowered(text: str) -> str:
    """`text` for a probe's search: lowercased when ASCII (no cache look-up; a backtick
    stays one), else `folded` (lowercased, accents undone)."""
    return text.lower() if text.isascii() else folded(text)


def _may_try(text: str) -> bool:
    """Whether `text` may try values at a login ("I tried X and Y")."""
    return _TRIED_STEM.search(_lowered(text)) is not None and _TRIED_VERB.search(text) is not None


# A letter, a digit and a symbol: a password, never a word of prose.
_STRONG_PASSWORD = regex.compile(r"(?=[^\s]*[^\W\d_])(?=[^\s]*\d)(?=[^\s]*[!@#$%^&*_+=?~|])[^\s]+")
# Three letters and a digit ("winter5207", "CowboysPrincess08"), or both cases and a
# symbol ("C$ZSVkVNY"), or letters around a symbol ("daniela_soccer!"): a password when
# tried together with another, or when the login's refusal is told after it.
_LETTERS_AND_DIGITS = regex.compile(
    r"(?=(?:[^\W\d_][^\s]*){3})(?=[^\s]*\d)[^\s]+"
    r"|(?=[^\s]*\p{Ll})(?=[^\s]*\p{Lu})(?=[^\s]*[!@#$%^&*_+=?~|])[^\s]+"
    r"|(?=[^\s]*\p{Ll}\p{Lu}[^\s]*\p{Ll}\p{Lu})[^\s]+"  # "gzNxXpDtRoDq"
    r"|[^\W\d_]{3,}[_@#$%&*+=~|][^\W\d_]{2,}[^\s]*"  # "daniela_soccer!"
)


def _header_cell(text: str, cue_end: int, span: tuple[int, int]) -> bool:
    """Whether the cue ending at `cue_end` is a cell of a table's header and the value a
    cell of the next line (the table reader reads its column)."""
    if "\n" not in text[cue_end : span[0]]:
        return False
    line = text[text.rfind("\n", 0, cue_end) + 1 : cue_end]
    return any(delimiter in line for delimiter in DELIMITERS)


def _a_login(user: str, value: str) -> bool:
    """Whether "user / value" alone in a message is a login: a username with a digit, a
    dot or an underscore ("perezk1", "maria.lopez"), or a value with a symbol, and a
    value with a small letter and a digit or symbol (not "AA1234 / AA5678", "Gold /
    Platinum")."""
    return (
        user != value
        and sum(ch.isalpha() for ch in user) >= _USERNAME_LETTERS
        and any(ch.islower() for ch in value)
        and _DIGIT_OR_SYMBOL.search(value) is not None
        and (_USERNAME_MARK.search(user) is not None or _SYMBOL.search(value) is not None)
    )


def _looks_strong(text: str, span: tuple[int, int]) -> bool:
    """Whether text[span] has a password's shape on its own: letters, digits and a
    symbol, or three letters and a digit, or the like (`_LETTERS_AND_DIGITS`)."""
    return (
        _STRONG_PASSWORD.fullmatch(text, *span) is not None
        or _LETTERS_AND_DIGITS.fullmatch(text, *span) is not None
    )


class PasswordRecognizer(GuardRecognizer):
    """Finds the value given after a password cue."""

    ENTITY = EntityType.PASSWORD.value
    SCORE = 0.85
    BARE_SCORE = 0.7
    PIN_LIKE_SCORE = 0.8

    def __init__(
        self,
        cues: Sequence[str],
        not_cues: Sequence[str] = (),
        stopwords: Sequence[str] = (),
        index: CueIndex | None = None,
        *,
        tells: Sequence[str] = (),
        corrections: Sequence[str] = (),
        changes: Sequence[str] = (),
        spoken: Sequence[str] = (),
        spoken_ends: Sequence[str] = (),
        numbers: NumberFinder | None = None,
        supported_language: str = "en",
    ) -> None:
        # A password said aloud: its symbols named in words, and what ends it.
        self._spoken = (
            phrase_pattern(spoken, gap=r"[ \t]+", before=r"\b", after=r"\b") if spoken else None
        )
        self._spoken_ends = phrase_pattern(spoken_ends, gap=r"[ \t]+", before=r"\b", after=r"\b")
        self._index = (
            index if index is not None else CueIndex.single(self.ENTITY, CueSet(cues, (), not_cues))
        )
        # What follows a cue: "(for my account) is <value>", "to <value>", " <value>".
        value = (
            rf"(?P<value>[{_QUOTES}][^{_QUOTES}\n]{{1,{_MAX_LENGTH}}}[{_QUOTES}]"
            rf"|[^\s{_QUOTES}]{{1,{_MAX_LENGTH}}})"
        )
        # Tried in this order; the first that yields a valid value wins.
        # ("la contraseña que uso es 🙏 Chivas$": an emoji before the value)
        self._strong = regex.compile(
            rf"{_FILLER}(?P<copula>{_COPULA})(?:{_EMOJI}\s+)?{value}", regex.I
        )
        self._soft = regex.compile(rf"{_SOFT_COPULA}{value}", regex.I)
        # ("le di mi contraseña de la app, Bogota09?B, porque...": set apart by commas)
        self._apposed = regex.compile(
            rf"{_FILLER}[ \t]*,[ \t]+{value}(?=[ \t]*(?:[,.;!]|\Z))", regex.I
        )
        # ("he asked for my login password ... and I gave it: Cowboys91?C")
        self._given = regex.compile(
            r"\b(?:gave|told|read|sent|texted|typed|entered|se\s+la\s+di|se\s+la\s+dije|le\s+di|"
            r"les\s+di)(?:\s+(?:it|them|him|her))?(?:\s+(?:it|them))?(?:\s+to\s+(?:him|her|them))?"
            rf"[ \t]*:[ \t]*{value}",
            regex.I,
        )
        # ("contraseña\nMiClave.74ros": the value on the next line)
        self._bare = regex.compile(rf"(?:[ \t]+|[ \t]*:?[ \t]*\r?\n[ \t]*){value}", regex.I)
        # A value typed to replace one: "Tigre2020! sorry, Tigre2021!".
        self._corrected = correction_joint(tuple(corrections))
        self._value = regex.compile(value)
        # "password for the app X": a few words, then a value that must look like one.
        self._filled = regex.compile(
            rf"{_FILLER}[ \t]+(?=[^\s{_QUOTES}]*[\d!@#$%^&*_+=?~]){value}", regex.I
        )
        # "old one was thepapi39 and new one is valentina_papi!": the old and the new
        # one of a password changed, named with no word for password.
        self._changed = (
            phrase_pattern(changes, before=r"(?<![\w'])", after=_CHANGED_COPULA)
            if changes
            else None
        )
        # (A search for the phrases alone, at C speed, rules most messages out first; in
        # a message with digits, one search for them and the verbs of trying.)
        change_words = frozenset(fold(phrase) for phrase in changes)
        self._change_probe = re.compile(trie_pattern(innermost(change_words)))
        self._try_or_change = re.compile(trie_pattern(innermost(change_words | _TRIED_STEMS)))
        # What `worth_reading` looks for first: the stems `CueIndex.may_name` and
        # `_may_try` look for, and the phrases of a change, folded.
        self._gate = re.compile(
            trie_pattern(
                self._index.probe_words(self.ENTITY)
                | _TRIED_STEMS
                | {fold(phrase) for phrase in changes}
            )
        )
        self._stopwords = frozenset(w.lower() for w in stopwords)
        # (read with apostrophes dropped, on both sides: "won't take" is "wont take")
        self._tells = (
            phrase_pattern(
                (fold(tell).replace("'", "") for tell in tells),
                gap=r"[\s\-.]+",
                before=r"\b",
                after=r"\b",
            )
            if tells
            else None
        )
        # "... wrong password and my zip code is 16069": a number a label names is that
        # thing ("the password for the order is xk92!a" is still a password).
        self._numbers = numbers if numbers is not None else NumberFinder()
        super().__init__(
            supported_entities=[self.ENTITY],
            name="PasswordRecognizer",
            supported_language=supported_language,
            context=list(cues),
        )

    def worth_reading(self, text: str) -> bool:
        if "@" in text and _CREDENTIALS.search(text) is not None:
            return True
        if "/" in text and (
            (_LOGIN_HINT.search(_lowered(text)) and _LOGIN_PAIR.search(text))
            or (len(text) <= _BARE_LOGIN_CHARS and _BARE_LOGIN.fullmatch(text))
        ):
            return True
        if digit_count(text):
            # The number recognizers read this message's words anyway.
            if self.ENTITY in self._index.types_named(text):
                return True
            return self._try_or_change.search(_lowered(text)) is not None and (
                _may_try(text) or self._may_change(text)
            )
        # Most chat has no digit, and this recognizer alone reads it: one search rules out
        # most messages, which hold neither the stem of a cue word nor a verb of trying.
        # (ASCII text folds to its lowercase.)
        if self._gate.search(_lowered(text)) is None:
            return False
        return self._index.may_name(text, self.ENTITY) or _may_try(text) or self._may_change(text)

    def _may_change(self, text: str) -> bool:
        """Whether `text` may name the old or new one of a password changed."""
        if self._changed is None:
            return False
        return self._change_probe.search(_lowered(text)) is not None and (
            self._changed.search(folded(text)) is not None
        )

    def find(self, text: str) -> list[Hit]:
        results: list[Hit] = [*self._tried(text), *self._old_and_new(text), *self._pasted(text)]
        cues = self._index.find(text, self.ENTITY)
        for cue in cues:
            found = (
                self._after(text, cue.end)
                or self._said_after(text, cue.end)
                or self._apposed_after(text, cue.end)
            )
            if found is not None and self._labelled(text, found[0], found[1]):
                found = None  # "the pw and artículo 2647344": an item number, not the value
            found = found or self._before(text, cue.start)
            if found is None:
                continue
            start, end, score, how = found
            if text[start:end].isdigit() and len(text[start:end]) <= _PIN_LIKE_DIGITS:
                # ("la clave que tengo anotada es 2343": a PIN's form; a PIN's reader, if
                # its cue names one too, wins the span)
                score = min(score, self.PIN_LIKE_SCORE)
            end = self._said_end(text, start, end)
            if any(start < hit.end and hit.start < end for hit in results):
                continue
            if self._labelled(text, start, end):
                continue
            results.append(self._result(start, end, score, how))
        if cues and ":" in text:
            results.extend(self._given_after(text, cues[0].end, results))
        if results and self._corrected is not None:
            results.extend(self._replacements(text, results, self._corrected))
        return sorted(results, key=lambda hit: hit.start)

    def _apposed_after(self, text: str, position: int) -> tuple[int, int, float, str] | None:
        """A value set apart by commas right after the cue, that looks like a password
        ("mi contraseña de la app, Bogota09?B, porque")."""
        match = self._apposed.match(text, position)
        span = self._value_span(match) if match is not None else None
        if span is None or not _looks_strong(text, span):
            return None
        return span[0], span[1], self.BARE_SCORE, "password-like word set apart after a cue"

    def _given_after(self, text: str, position: int, found: list[Hit]) -> list[Hit]:
        """A value told after the password was named ("... asked for my login password
        ... and I gave it: Cowboys91?C"), when it looks like a password."""
        hits: list[Hit] = []
        for match in self._given.finditer(text, position):
            span = self._value_span(match)
            if (
                span is not None
                and _looks_strong(text, span)
                and not any(span[0] < hit.end and hit.start < span[1] for hit in found)
            ):
                hits.append(self._result(*span, self.BARE_SCORE, "password told after its cue"))
        return hits

    def _said_end(self, text: str, start: int, end: int) -> int:
        """Where a password said aloud from `start` ends, when it goes on past `end`:
        through named symbols, letters spelled one by one, number words and the word
        they go with ("Rosita 1992 underscore", "UNDERSCORE, CAPITAL B, I, N, G, O"), up
        to a word that ends it ("i think", "period", "GA") or a word of prose ("and")."""
        if self._spoken is None:
            return end
        lowered = folded(text)  # (one character for one: offsets hold)
        last = end
        said = spelled = 0
        position = start
        for _count in range(_SAID_WORDS):
            word = _SAID_WORD.search(lowered, position)
            if word is None or (
                word.start() > last and not _SAID_GAP.fullmatch(lowered, last, word.start())
            ):
                break
            symbol = self._spoken.match(lowered, word.start())
            if symbol is not None:
                said += 1
                last = position = max(last, symbol.end())
                continue
            ending = self._spoken_ends.match(lowered, word.start())
            if ending is not None and _SPELLED_ON.match(lowered, ending.end()) is not None:
                # "a m e r i c a punto nueve cero": a dot said inside the password, letters
                # or digits spelled after it
                said += 1
                last = position = max(last, ending.end())
                continue
            if ending is not None or (len(word.group()) > 1 and word.group() in self._stopwords):
                break
            spelled += len(word.group()) == 1
            last = position = max(last, word.end())
        if said or spelled >= _SPELLED_LETTERS:
            return last
        return end

    def _said_after(self, text: str, position: int) -> tuple[int, int, float, str] | None:
        """A password said aloud after its cue and a copula ("PASSWORD IS UNDERSCORE
        PIOLIN 88", "password for the app is Rosita 1992 underscore")."""
        if self._spoken is None:
            return None
        strong = self._strong.match(text, position)
        if strong is None:
            return None
        start = strong.start("value")
        end = self._said_end(text, start, start)
        if end == start:
            return None
        return start, end, self.SCORE, "password said aloud after a password cue"

    def _replacements(self, text: str, found: list[Hit], joint: re.Pattern[str]) -> list[Hit]:
        """Values typed to replace a value found: "my password is Tigre2020! sorry,
        Tigre2021!", "la clave es Luna#88 digo Luna#89"."""
        hits: list[Hit] = []
        for hit in found:
            between = joint.match(folded(text), hit.end)
            if between is None:
                continue
            # The value starts after the joint's last space: a symbol glued to its
            # front (".Mariposa36") is part of it.
            start = max(
                text.rfind(" ", hit.end, between.end()), text.rfind("\n", hit.end, between.end())
            )
            match = self._value.match(text, start + 1 if start >= 0 else between.end())
            span = self._value_span(match) if match is not None else None
            if span is not None and self._looks_like_one(text, span):
                hits.append(self._result(*span, hit.score, "typed to replace a password"))
        return hits

    def _pasted(self, text: str) -> list[Hit]:
        """The password of a login pasted as "address / password", or named a login as
        "user / password"."""
        if "@" not in text and "/" not in text:
            return []
        hits = []
        matches = [*_CREDENTIALS.finditer(text)] if "@" in text else []
        if "/" in text:
            matches.extend(_LOGIN_PAIR.finditer(text))
            bare = _BARE_LOGIN.fullmatch(text)
            if bare is not None and _a_login(bare["user"], bare["value"]):
                matches.append(bare)
        for match in matches:
            span = self._value_span(match)
            if span is not None and self._looks_like_one(text, span):
                hits.append(self._result(*span, self.BARE_SCORE, "password pasted after its login"))
        return hits

    def _old_and_new(self, text: str) -> list[Hit]:
        """The old and the new one of a changed password, named with no word for
        password ("old one was thepapi39 and new one is valentina_papi!", "la vieja era
        Tigre$1637 y la nueva Daniela1986"): words with a letter that look like one."""
        if self._changed is None or not self._may_change(text):
            return []
        hits: list[Hit] = []
        for named in self._changed.finditer(folded(text)):
            label = named.group()  # (with what hands the value over)
            words = [w for w in label.split() if w not in _CHANGE_COPULAS]
            if len(words) == 1 and ":" not in label:
                continue  # a lone word ("new", "nueva") only as a label: "nueva: Cowboys.123"
            match = self._value.match(text, named.end())
            span = self._value_span(match) if match is not None else None
            if (
                span is not None
                and _DIGIT_OR_SYMBOL.search(text, *span) is not None  # (not "iPhone")
                and _LETTER.search(text, *span) is not None  # (not "4733": a PIN's)
                # (not the old card's number: "y la vieja XXXX-XXXX-XXXX-6283")
                and MASKED_NUMBER.fullmatch(text, *span) is None
            ):
                hits.append(
                    self._result(*span, self.BARE_SCORE, "the old or new one of a password")
                )
        return hits

    def _labelled(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] is a number a label names ("zip code is 16069")."""
        return text[start:end].isdigit() and self._numbers.is_labelled(text, start)

    def _tried(self, text: str) -> list[Hit]:
        """Values tried at a login with no word for password: "I tried Huracan$2022 and
        Mango@1980, both locked me out", "probé con @Azul2AZ y con Chivas@2019". A word
        with a letter, a digit and a symbol counts; one of letters and digits counts
        when two are tried together or the login's refusal is told after it ("I typed
        Lakers2020 like 5 times", "estoy poniendo princesa78 y me dice que es incorrecta",
        "uso chivas.america8 para todo")."""
        if not _may_try(text):
            return []
        hits: list[Hit] = []
        for match in _TRIED_VALUES.finditer(text):
            strong: list[tuple[int, int]] = []
            plain: list[tuple[int, int]] = []
            for name in ("first", "second"):
                start, end = match.span(name)
                while end > start and text[end - 1] in ".?":
                    end -= 1  # "... it to M@dr1d.56." ends a sentence ("Pass1!" keeps "!")
                if start < 0 or not self._is_value(text[start:end]):
                    continue
                if _STRONG_PASSWORD.fullmatch(text, start, end):
                    strong.append((start, end))
                elif _LETTERS_AND_DIGITS.fullmatch(text, start, end):
                    plain.append((start, end))
            # "I reset it to X": a value set as the new one needs no more.
            setting = _SETTING.search(text, match.start(), match.start("first")) is not None
            if plain and not (setting or strong or len(plain) > 1 or self._told(text, match.end())):
                plain = []
            hits.extend(
                self._result(start, end, self.BARE_SCORE, _TRIED_HOW)
                for start, end in sorted(strong + plain)
            )
        return hits

    def _told(self, text: str, position: int) -> bool:
        """Whether a tell of a refused (or reused) password follows `position`."""
        if self._tells is None:
            return False
        return self._tells.search(fold(text[position:]).replace("'", "")) is not None

    def _after(self, text: str, position: int) -> tuple[int, int, float, str] | None:
        wrapped = _WRAPPED.match(text, position)
        if wrapped is not None and wrapped.group("close") == _CLOSERS[wrapped.group("open")]:
            start, end = wrapped.span("value")
            quoted = wrapped.group("open") in _QUOTES
            if self._is_value(text[start:end]) and (
                quoted or self._looks_like_one(text, (start, end))
            ):
                return start, end, self.SCORE, "value in brackets or quotes after a password cue"
        strong = self._strong.match(text, position)
        span = self._value_span(strong) if strong is not None else None
        if strong is not None and span is not None:
            filler = len((strong.group("filler") or "").split())
            plain_ok = filler < _LONG_FILLER and _WORD_COPULA.search(strong.group("copula"))
            if plain_ok or self._looks_like_one(text, span):
                return span[0], span[1], self.SCORE, "value after 'is' or ':' and a password cue"
        for pattern in (self._soft, self._bare, self._filled):
            match = pattern.match(text, position)
            span = self._value_span(match) if match is not None else None
            if span is not None and pattern is self._bare and _header_cell(text, position, span):
                continue  # "user | password\nana.g | ...": the next line's first cell
            if (
                span is not None
                and self._looks_like_one(text, span)
                # (not a group of a longer number: "... no me llega al 713 931 6861")
                and _GROUP_GOES_ON.match(text, span[1]) is None
            ):
                return span[0], span[1], self.BARE_SCORE, "password-like word after a cue"
        return None

    @staticmethod
    def _looks_like_one(text: str, span: tuple[int, int]) -> bool:
        return _LOOKS_LIKE_A_PASSWORD.search(text, span[0], span[1]) is not None

    def _before(self, text: str, position: int) -> tuple[int, int, float, str] | None:
        match = _BEFORE_CUE.search(text, max(0, position - _BEFORE_REACH), position)
        if match is None:
            return None
        start, end = next(span for span in match.spans("value") if span[0] >= 0)
        while end > start and text[end - 1] in _STRIP:
            end -= 1
        value = text[start:end]
        # (not a question quoted: "me preguntó '¿cuál es la clave que usa en el cajero?'")
        if not self._is_value(value) or not _LOOKS_LIKE_A_PASSWORD.search(value):
            return None
        return start, end, self.BARE_SCORE, "password-like value before 'is my password'"

    def _value_span(self, match: regex.Match[str]) -> tuple[int, int] | None:
        """The value's span with quotes and trailing punctuation dropped, or None when it
        is a word that describes the password ("my password is wrong")."""
        start, end = match.span("value")
        value = match.group("value")
        if value[0] in _QUOTES and value[-1] in _QUOTES and len(value) > 2:
            start, end = start + 1, end - 1
        else:
            # (and emoji typed right after it: "incorrecta👍", "Perro7😅")
            while end > start and (
                match.string[end - 1] in _STRIP or _is_emoji_like(match.string[end - 1])
            ):
                end -= 1
        word = match.string[start:end]
        if word.startswith(("(", "[", "{", "<")):
            return None  # "pw (just in case) ...": an aside, not a value
        return (start, end) if self._is_value(word) else None

    def _is_value(self, word: str) -> bool:
        """Not too short, not a word that describes a password ("wrong", "otra!"), not
        the start of a Spanish question ("¿dónde"), not an amount, rate or date."""
        return (
            len(word) >= _MIN_LENGTH
            and word.rstrip("!.?,;:").lower() not in self._stopwords
            and any(ch.isalnum() for ch in word)
            and not word.startswith(("¿", "¡", "//"))  # ("//..." after "https:": a link)
            and _NUMBER_LIKE.fullmatch(word) is None
            and LINK_OR_ADDRESS.fullmatch(word) is None
        )
