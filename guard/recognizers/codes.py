"""CARD_SECURITY_CODE, ONE_TIME_PASSCODE and PIN: short numbers named by their cue."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import NamedTuple, Unpack

import regex

from guard._model import EntityType
from guard._phrasing import CURRENCY, MONEY_WORDS, innermost, trie_pattern
from guard.recognizers._base import CueOptions, CueRecognizer, Hit
from guard.recognizers._cues import Binding, Cue
from guard.recognizers._phrases import PhraseIndex, digit_count, folded, phrase_words
from guard.recognizers.card import CONTEXT_FREE_DIGITS as CARD_CONTEXT_FREE_DIGITS
from guard.recognizers.card import MAX_DIGITS as CARD_MAX_DIGITS
from guard.recognizers.card import MIN_DIGITS as CARD_MIN_DIGITS
from guard.recognizers.card import SIGNATURE_STRIP, brand_of

# A card-length digit run (12+ digits, grouped any way people type them).
_CARD_RUN = r"\d(?:[\s\-./]{0,3}\d){11,}"
# An expiry date (12/26, 12/2026, 12-26, 06 / 29) and a 3-4 digit code right beside it:
# "4111 1111 1111 1111 12/26 123", "... exp 12/26, cvv 123", "... 123 12/26", and
# fields pasted with bars: "4384 7887 0876 2396 | 2/29 | 922".
# (or typed with a space alone after a card, as pasted fields are: "4466 ..., 10 25, 041")
_EXPIRY = (
    r"(?<![\d/\-])(?:(?:0?[1-9]|1[0-2])\ ?[/\-]\ ?(?:20)?\d{2}|(?:0[1-9]|1[0-2])\ (?:20)?\d{2})"
    r"(?![\d/\-])"
)
# (A code may be typed a digit at a time: "06/2030\n2 5 0".)
_CODE = (
    rf"(?<![\w.,:/\-*•{CURRENCY}])(?<![*•xX{CURRENCY}]\ )"  # (not an amount: "$5692")
    r"(?P<code>\d{3,4}|\d(?:\ \d){2,3}(?!\ \d))(?![\w%]|[.,:/\-]\d)"
)
_CODE_AFTER_EXPIRY = (
    rf"{_EXPIRY}[\s,;/\-|]*"
    r"(?:(?i:and|y|cvv|cvc|cid|csc|code|c[oó]digo|sec|security|back|behind|atr[aá]s|"
    r"detr[aá]s|reverso|dorso)\W{0,3}){0,2}"
    rf"{_CODE}"
)
_CODE_BEFORE_EXPIRY = rf"{_CODE}[\s,;/\-|]+(?:(?i:exp\w*|vence|vto)\W{{0,3}})?{_EXPIRY}"
# Where an expiry date may begin (1-2 digits, then "/" or "-") and where a code may (a run
# of 3-4 digits). The two patterns above open with look-behinds, so a scan of the text
# tries every position; these open with a digit, so their scan skips to digits at C speed,
# and the patterns above are then tried at the few places these find.
_EXPIRY_AT = r"\d(?<![\d/\-]\d)(?=\d?\ ?[/\-]\ ?\d|\d\ \d\d)"
_CODE_AT = r"\d(?<!\d\d)\d{2,3}(?!\d)"

# A bank's text: "el código para autorizar tu compra de $4,090.99 en MERCADOLIBRE es
# 780 044", "your code to approve the $50.00 charge at ACME is 123456".
_TEXTED = (
    r"(?i)\b(?:c[oó]digo|code)\s+(?:para|to)\s+(?:autorizar|confirmar|aprobar|validar|"
    r"authori[sz]e|confirm|approve|verify)\b"
)
# (The head alone, searched first: most messages naming a code hold none.)
_TEXTED_HEAD = re.compile(_TEXTED)
_TEXTED_CODE = regex.compile(
    _TEXTED + r"[^\n]{0,120}?\s(?:es|is|:)\s+(?P<code>\d{3}[\ \-]\d{3}|\d{4,8})(?![\w,]|[.\-/]\d)"
)
# A number typed at an ATM and refused, then named as the PIN: "I typed 9761 at the ATM and
# it said incorrect PIN", "puse 4821 en el cajero y me dice NIP incorrecto".
_TYPED = (
    r"(?i)\b(?:typed|entered|tried|put\s+in|punched\s+in|used|pressed|dialed|keyed\s+in|"
    r"puse|ingres[eé]|marqu[eé]|teclee|tecl[eé]|presion[eé]|"
    r"met[ií]|prob[eé](?:\s+con)?|intt?ent[eé](?:\s+con)?|digit[eé])\s+(?P<pin>\d{4,6})\b"
    r"(?![.,:/\-]\d)"
)
# ... or kept written down ("I have 0915 saved in my notes as the PIN")
_TYPED_PIN = regex.compile(
    _TYPED + r"|(?i:\b(?:have|tengo)\s+(?P<pin>\d{4,6})\s+(?:saved|written|noted|stored|"
    r"anotad[oa]|guardad[oa]|apuntad[oa])\b)"
)
_TYPED_PIN_REACH = 70
_VERB_REACH = 16  # (the verb before the value: "punched in ")
# ... or tried again and again until the card locked, with no word for PIN: "i tried
# 7668 three times and now its locked", "intente con 6596 tres veces y se bloqueo".
_TRIED_AND_LOCKED = regex.compile(
    _TYPED
    + rf"(?!\s+(?:{MONEY_WORDS}|times|veces|days|d[ií]as)\b)"
    + r"(?=[^.!?\n]{0,48}?\b(?:times|veces|locked|blocked|bloque\w*|retained|atm|cajero)\b)"
)
_LOCK_HINT = re.compile(r"times|veces|lock|bloque|retained|atm|cajero")
_LOCKED = re.compile(r"(?i)times|veces|lock|block|bloque|retained")
_LOCKED_REACH = 56
# ... or typed in the app and refused there: a passcode ("I typed 822856 in the app and it
# says invalid", "puse 551203 en la app y dice código incorrecto").
_TYPED_IN_APP = regex.compile(
    _TYPED + r"(?=\s+(?:in|into|on|en)\s+(?:the|la|el|mi|my)\s+(?:app|aplicaci[oó]n|website|site|"
    r"p[aá]gina|web)\b[^.!?\n]{0,40}?\b(?:invalid|wrong|incorrect|expired|inv[aá]lid[oa]|"
    r"incorrect[oa]|err[oó]ne[oa]|vencid[oa]|expir[oó]|doesn'?t\s+work|didn'?t\s+work|no\s+sirve|"
    r"no\s+funciona)\b)"
)
_APP_HINT = re.compile(r"\bapp\b|aplicaci|website|p[aá]gina|\bweb\b|\bsite\b")
# ... or said to have arrived, or read off a screen, right before it, in the forms a
# passcode takes: "I got 552524", "it says 414-199", "me llegó el 1 3 9 7" (the text
# layer joins digits typed one at a time), "me salió en el reloj: 9 6 6 7 7 9". After a
# bare "I got" or "dice" four or five digits are as often an amount ("I got 1500 back").
# (Read backwards from each number, which must have one of those forms: a search of the
# whole message for the words would try them at every position.)
_RECEIVED_TAIL = (
    r"(?:\s+(?:el|este|this|otro|otra|uno\s+nuevo|another(?:\s+one)?|a\s+new\s+one))?"
    r"[\s:,\-]*(?:(?:es|is|it'?s|its)\s+)?\Z"
)
_RECEIVED = re.compile(
    r"(?i)\b(?:i\s+(?:just\s+|finally\s+)?(?:got|received)\s+(?:it|this|one)\b"
    r"|it\s+(?:says|said|shows|reads|came|arrived)|recib[ií]|me\s+(?:mandaron|enviaron)"
    # ("the text say 173-325", "el mensaje dice 482913": what the text itself says)
    r"|(?:text|message|sms|mensaje)\s+(?:says?|said|dice|dec[ií]a)"
    r"|(?:me\s+)?(?:lleg[oó]|sali[oó]|aparece|apareci[oó])(?:\s+en\s+(?:el|la|mi)\s+[^\W\d]+)?)"
    + _RECEIVED_TAIL
)
_RECEIVED_BARE = re.compile(
    r"(?i)\b(?:(?:i|she|he|they)\s+(?:just\s+|finally\s+)?(?:got|received)"
    r"|just\s+(?:got|received)|dice"
    r"|(?:got|received)\s+it)" + _RECEIVED_TAIL
)
_RECEIVED_REACH = 48
_RECEIVED_SHAPE = re.compile(r"\d{4,8}|\d{3}[ \-]\d{3}|\d{4}[ \-]\d{4}")
# (... or four or five digits from a zero: no amount opens with one, "just got 0299")
_RECEIVED_BARE_SHAPE = re.compile(r"\d{6,8}|\d{3}[ \-]\d{3}|0\d{3,4}")
_RECEIVED_HINT = re.compile(
    r"got|receiv|say|said|shows|reads|came|arrived|lleg|sali|aparec|recib|dice|mandaron|"
    r"enviaron"
)
# A message that is nothing but a number in the halves a passcode is shown in ("205-747",
# "654 459"): no amount, date, phone number, ZIP or last four takes that shape alone.
# (Quotes, stars and emoji may stand around it.)
_LONE_PAD = rf"(?:[\s\"'“”‘’*`.!]|[^\x00-\x7f\w{CURRENCY}])*"
_LONE_CODE = re.compile(rf"{_LONE_PAD}(\d{{3}}[ \-]\d{{3}}){_LONE_PAD}")
_LONE_REACH = 24  # the longest such message (with a few emoji)
# Either hint, in one search: whether a passcode may stand with no cue at all.
# ... or a bank's text that gives the code, then what it is for: "Tarjeta Atlas: usa
# 643037 para autorizar la compra por $91.24", "Código 4653 para registrar tu tarjeta en
# la billetera digital", "Use 571642 to approve the charge".
# (The code named so only where a text starts it, or a line, or a colon: "I used code
# 2024 to get a discount" is a promotion's.) The value opens the pattern, so that its scan
# skips to digits at C speed; the words before it are read after.
_TEXTED_FIRST = re.compile(
    r"(?P<code>\d(?<![\w,.\-/$]\d)(?:\d{2}[ \-]\d{3}|\d{3,7}))(?![\w,.\-/])"
    r"[ \t]+(?:para|to)[ \t]+[^\W\d]{3,}"
)
_TEXTED_FIRST_BEFORE = re.compile(
    r"(?i)(?:\b(?:usa|use|utiliza|utilice|ingresa|ingrese|enter)"
    r"|(?:^|[:\n])[ \t]*(?:c[oó]digo|code))[ \t]*:?[ \t]+\Z"
)
_TEXTED_FIRST_REACH = 16
# (What it needs, in lowercase text: a value, then what it is for.)
_TEXTED_FIRST_HINT = re.compile(r"\d[ \t]+(?:para|to)[ \t]")
# Any of those hints, in one search: whether a passcode may stand with no cue at all.
_UNCUED_HINT = re.compile(
    f"{_APP_HINT.pattern}|{_RECEIVED_HINT.pattern}|{_TEXTED_FIRST_HINT.pattern}"
)
# An amount of money: a charge talked about ("auth code 987125, £1,183.59").
_MONEY = r"(?i:usd|eur|mxn|gbp|cop|ars|clp|pen|brl|cad|jpy)"
_AMOUNT = re.compile(rf"[{CURRENCY}]\s?\d|\b{_MONEY}\s?\d|\d[\d.,]*\s?(?:[{CURRENCY}]|{_MONEY}\b)")
# The old and the new one of a PIN changed, in a message that names the PIN anywhere:
# "can u switch my pin? the old one is 8086, new 5733", "el viejo era 3784 y el nuevo
# 4402".
_CHANGED_PIN = regex.compile(
    r"(?i)\b(?:(?:old|new|current|previous|viej[oa]|nuev[oa]|actual|anterior)(?:\s+one)?"
    r"(?:\s+(?:is|was|es|era|ser[aá]))?"
    # "y quiero 2114", "lo quiero cambiar a 0389", "change it to 5733"
    r"|(?:lo\s+)?quiero(?:\s+(?:cambiar(?:lo)?\s+a|que\s+sea|el))?|cambiarlo\s+a|"
    r"(?:change|switch|set)\s+it\s+to|make\s+it|"
    # "old is 3678, I want 8875", "i want the new one to be 2657"
    r"(?:i\s+)?(?:want|would\s+like|'?d\s+like)(?:\s+(?:it|the\s+new\s+one|the\s+new\s+pin)"
    r"\s+to\s+be)?)"
    r"[\s:=]*(?P<pin>\d{4,6})\b(?![.,:/\-]\d)"
)

_Pattern = re.Pattern[str] | regex.Pattern[str]


class _Scans(NamedTuple):
    """The patterns above, compiled by one regex module."""

    card_run: _Pattern
    expiry_at: _Pattern
    code_at: _Pattern
    code_after_expiry: _Pattern
    code_before_expiry: _Pattern

    @classmethod
    def compiled(cls, compile: Callable[[str], _Pattern]) -> _Scans:
        return cls(
            *map(
                compile, (_CARD_RUN, _EXPIRY_AT, _CODE_AT, _CODE_AFTER_EXPIRY, _CODE_BEFORE_EXPIRY)
            )
        )


# `regex` reads any text. On ASCII text the stdlib `re` agrees with it once it reads \d,
# \w and \s as ASCII, and runs these scans about twice as fast.
_SCANS = _Scans.compiled(regex.compile)
_ASCII_SCANS = _Scans.compiled(lambda pattern: re.compile(pattern, re.ASCII))


def _scans_for(text: str) -> _Scans:
    return _ASCII_SCANS if text.isascii() else _SCANS


@lru_cache(maxsize=32)
def _has_card_run(text: str) -> bool:
    """Whether `text` holds a card-length digit run (cached: both the weak-cue score and
    the search for a bare code ask about the same message)."""
    return _scans_for(text).card_run.search(text) is not None


def _has_card(text: str) -> bool:
    """Whether a card-length digit run of `text` holds a card: a window of its groups, 13
    to 19 digits, with a brand's prefix and length and a valid Luhn checksum (not
    "COINBASE 8885550113 10/20", a phone number and a date)."""
    for run in _scans_for(text).card_run.finditer(text):
        groups = _GROUP_DIGITS.findall(run.group())
        for first in range(len(groups)):
            digits = ""
            for group in groups[first:]:
                digits += group
                if len(digits) > CARD_MAX_DIGITS:
                    break
                if len(digits) >= CARD_CONTEXT_FREE_DIGITS and brand_of(digits) is not None:
                    return True
    return False


_GROUP_DIGITS = re.compile(r"\d+")


def _codes_beside_expiry(text: str) -> set[tuple[int, int]]:
    """The spans of the codes `_CODE_AFTER_EXPIRY` and `_CODE_BEFORE_EXPIRY` find, as
    overlapping scans would: each pattern tried at every place one of its matches may
    start (a match starts at an expiry date, or at a code typed before one)."""
    scans = _scans_for(text)
    expiries = [m.start() for m in scans.expiry_at.finditer(text)]
    if not expiries:
        return set()
    spans = set()
    for start in expiries:
        match = scans.code_after_expiry.match(text, start)
        if match is not None:
            spans.add(match.span("code"))
    # A code typed before an expiry date ends before the last one begins.
    for code in scans.code_at.finditer(text, 0, expiries[-1]):
        match = scans.code_before_expiry.match(text, code.start())
        if match is not None:
            spans.add(match.span("code"))
    return spans


def _lone_code(text: str) -> tuple[int, int] | None:
    """Where the code stands in a message that holds nothing else (`_LONE_CODE`)."""
    if len(text) > _LONE_REACH:
        return None
    match = _LONE_CODE.fullmatch(text)
    return match.span(1) if match is not None else None


class SecurityCodeRecognizer(CueRecognizer):
    """CVV/CVC/CID: 3 or 4 digits named as a card's security code.

    Also the bare code in "4111 1111 1111 1111 12/26 123": a 3-4 digit number beside a
    card number and its expiry date is that card's code.
    """

    ENTITY = EntityType.CARD_SECURITY_CODE.value
    MIN_DIGITS = 3
    MAX_DIGITS = 4
    GATE_DIGITS = 2  # ("FIRMA AUTORIZADA\n02B": read off a photo)
    TEXTED = False
    WEAK_SCORE = 0.55
    CARD_TAIL_SCORE = 0.75
    DIGITS_WITHOUT_CUE = CARD_MIN_DIGITS + MIN_DIGITS  # a card and its code

    def __init__(
        self,
        cues: Sequence[str],
        weak_cues: Sequence[str] = (),
        not_cues: Sequence[str] = (),
        *,
        card_cues: Sequence[str] = (),
        card_back_words: Sequence[str] = (),
        **options: Unpack[CueOptions],
    ) -> None:
        self._card_cues = PhraseIndex(card_cues)
        self._card_back = PhraseIndex(card_back_words)
        super().__init__(cues, weak_cues, not_cues, **options)

    def score(self, text: str, binding: Binding) -> float:
        score = super().score(text, binding)
        if binding.cue.weak and self._about_a_card(text):
            score += self.SCORE - self.WEAK_SCORE  # "card ..., code 123": a weak cue counts
        return score

    def _about_a_card(self, text: str) -> bool:
        return _has_card_run(text) or bool(self._card_cues.find(text))

    def _may_hold_a_value(self, text: str) -> bool:
        return super()._may_hold_a_value(text) or (
            "\n" in text and SIGNATURE_STRIP.search(text) is not None
        )

    def without_cue(self, text: str) -> list[Hit]:
        back = self._on_the_back(text)
        if digit_count(text) < CARD_MIN_DIGITS:
            return back
        spans = _codes_beside_expiry(text)
        if not spans or not _has_card(text):
            return back
        return back + [
            self._result(start, end, self.CARD_TAIL_SCORE, "3-4 digits beside a card's expiry")
            for start, end in sorted(spans)
            if self._numbers.is_eligible(text, start, end)  # not the card's own last group
        ]

    def _on_the_back(self, text: str) -> list[Hit]:
        """The code on a card's back pasted as text: the signature strip's line of the
        last four and the code ("AUTHORIZED SIGNATURE ...\n3985  643\n...")."""
        if "\n" not in text or not self._card_back:
            return []
        strips = list(SIGNATURE_STRIP.finditer(text))
        if not strips or not self._card_back.find(text):
            return []
        how = "3 digits beside the last four on a card's signature strip"
        return [self._result(*strip.span("code"), self.CARD_TAIL_SCORE, how) for strip in strips]


class OneTimePasscodeRecognizer(CueRecognizer):
    """One-time passcodes: 4 to 8 digits ("123 456", "123-456") named as a code.

    Also the code of a bank's text that names the purchase first: "el código para
    autorizar tu compra de $4,090.99 en MERCADOLIBRE es 780 044" (the amount and the
    merchant stand between the cue and the value), and a number typed in the app and
    refused there ("I typed 822856 in the app and it says invalid").
    """

    ENTITY = EntityType.ONE_TIME_PASSCODE.value
    MIN_DIGITS = 4
    MAX_DIGITS = 8
    GATE_DIGITS = 3  # ("your verification code is 532B")
    WEAK_SCORE = 0.7
    TEXTED_SCORE = 0.8
    #: A text that gives the code, then its use, even beside a card's words.
    TEXT_SCORE = 0.9
    TYPED_SCORE = 0.75

    RECEIVED_SCORE = 0.7
    LONE_SCORE = 0.6

    def __init__(
        self,
        cues: Sequence[str],
        weak_cues: Sequence[str] = (),
        not_cues: Sequence[str] = (),
        *,
        merchant_cues: Sequence[str] = (),
        receipt_words: Sequence[str] = (),
        sent_words: Sequence[str] = (),
        **options: Unpack[CueOptions],
    ) -> None:
        # Cues that may name a merchant's code, as their words are read ("auth code").
        self._merchant_cues = frozenset(" ".join(phrase_words(c)) for c in merchant_cues)
        # (A search for a word of each, at C speed, rules most messages out first.)
        keys = frozenset(max(phrase_words(c), key=len) for c in merchant_cues if phrase_words(c))
        self._merchant_probe = re.compile(trie_pattern(innermost(keys))) if keys else None
        self._receipt = PhraseIndex(receipt_words)
        self._sent = PhraseIndex(sent_words)
        super().__init__(cues, weak_cues, not_cues, **options)

    def cues_in(self, text: str) -> Sequence[Cue]:
        cues = super().cues_in(text)
        if not cues or self._merchant_probe is None:
            return cues
        if self._merchant_probe.search(folded(text)) is None:
            return cues
        merchant = [
            cue
            for cue in cues
            if " ".join(phrase_words(text[cue.start : cue.end])) in self._merchant_cues
        ]
        if not merchant or not (self._receipt.find(text) or _AMOUNT.search(text)):
            return cues
        if self._sent.find(text):
            return cues  # "the auth code you texted me for the purchase is 482913"
        # ("AUTH CODE: 507633" on a receipt: the merchant's approval of the charge)
        return [cue for cue in cues if cue not in merchant]

    def _may_hold_a_value(self, text: str) -> bool:
        return (
            super()._may_hold_a_value(text)
            or _UNCUED_HINT.search(text.lower()) is not None
            or _lone_code(text) is not None
        )

    def without_cue(self, text: str) -> list[Hit]:
        lone = _lone_code(text)
        if lone is not None:
            return [self._result(*lone, self.LONE_SCORE, "a message of a code's two halves")]
        lowered = text.lower()
        hits = (
            [
                self._result(
                    *match.span("pin"), self.TYPED_SCORE, "number typed in the app, refused"
                )
                for match in _TYPED_IN_APP.finditer(text)
                if self._numbers.is_eligible(text, *match.span("pin"))
            ]
            if _APP_HINT.search(lowered) is not None
            else []
        )
        if _RECEIVED_HINT.search(lowered) is not None:
            hits.extend(self._received(text))
        # (A bank's text names "code" or "código", a cue of this type.)
        if _TEXTED_HEAD.search(text) is not None:
            hits.extend(
                self._result(*match.span("code"), self.TEXTED_SCORE, "the code of a bank's text")
                for match in _TEXTED_CODE.finditer(text)
            )
        if _TEXTED_FIRST_HINT.search(lowered) is not None:
            hits.extend(
                self._result(*match.span("code"), self.TEXT_SCORE, "a text: code, then its use")
                for match in _TEXTED_FIRST.finditer(text)
                if _TEXTED_FIRST_BEFORE.search(
                    text, max(0, match.start() - _TEXTED_FIRST_REACH), match.start()
                )
                is not None
                and self._numbers.is_eligible(text, *match.span("code"))
            )
        return hits

    def _received(self, text: str) -> list[Hit]:
        """Numbers said to have arrived or read off a screen (`_RECEIVED`): each is one
        number token (not the head of an amount or of "123456 points"), and eligible."""
        hits = []
        for number in self._numbers.find(text):
            start, end = number.start, number.end
            if not _RECEIVED_SHAPE.fullmatch(text, start, end):
                continue
            low = max(0, start - _RECEIVED_REACH)
            said = _RECEIVED.search(text, low, start) is not None or (
                _RECEIVED_BARE_SHAPE.fullmatch(text, start, end) is not None
                and _RECEIVED_BARE.search(text, low, start) is not None
            )
            if said and self._numbers.is_eligible(text, start, end):
                how = "number that arrived or is shown"
                hits.append(self._result(start, end, self.RECEIVED_SCORE, how))
        return hits


class PinRecognizer(CueRecognizer):
    """PINs: 4 to 6 digits named as a PIN; also a number typed at an ATM that the
    message then says was refused as a PIN ("I typed 9761 at the ATM and it said
    incorrect PIN": too far from its cue for the usual binding), and the old and new
    one of a PIN changed ("switch my pin? the old one is 8086, new 5733"), and one tried
    until the card locked ("i tried 7668 three times and now its locked")."""

    ENTITY = EntityType.PIN.value
    MIN_DIGITS = 4
    MAX_DIGITS = 6
    GATE_DIGITS = 3  # ("(PIN) es S788")
    SCORE = 0.9
    TYPED_SCORE = 0.75

    def _may_hold_a_value(self, text: str) -> bool:
        return super()._may_hold_a_value(text) or self._may_lock(text)

    @staticmethod
    def _may_lock(text: str) -> bool:
        return _LOCK_HINT.search(text.lower()) is not None

    def without_cue(self, text: str) -> list[Hit]:
        if not self._may_lock(text):
            return []
        return [
            self._result(*match.span("pin"), self.TYPED_SCORE, "number tried until it locked")
            for match in _TRIED_AND_LOCKED.finditer(text)
            if self._numbers.is_eligible(text, *match.span("pin"))
            # ("I tried 1500 at the atm": a round sum, unless the card locked on it)
            and not (
                match.group("pin").endswith("00")
                and not _LOCKED.search(text, match.end(), match.end() + _LOCKED_REACH)
            )
        ]

    def find(self, text: str) -> list[Hit]:
        results = super().find(text)
        cues = self._index.find(text, self.ENTITY)
        if not cues:
            return results
        taken = {(hit.start, hit.end) for hit in results}
        last = cues[-1]
        # "I typed 9761 at the ATM and it said incorrect PIN", "punch my PIN into the
        # keypad to verify. I pressed 9819": typed before the PIN is named, or after.
        reach = (
            max(0, last.start - _TYPED_PIN_REACH - _VERB_REACH),
            cues[0].end + _TYPED_PIN_REACH,
        )
        for match in _TYPED_PIN.finditer(text, *reach):
            span = match.span("pin")
            if span not in taken and self._numbers.is_eligible(text, *span):
                results.append(self._result(*span, self.TYPED_SCORE, "number typed, then a PIN"))
                taken.add(span)
        tokens: set[tuple[int, int]] | None = None
        for match in _CHANGED_PIN.finditer(text):
            span = match.span("pin")
            if tokens is None:
                tokens = {(n.start, n.end) for n in self._numbers.find(text)}
            # (One number token: not "1500" of "I want 1500 dollars".)
            if span not in taken and span in tokens and self._numbers.is_eligible(text, *span):
                results.append(self._result(*span, self.TYPED_SCORE, "the old or new PIN"))
        return results
