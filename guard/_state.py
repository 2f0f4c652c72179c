"""Conversation state: what the engine remembers of a conversation between messages.

It is small, explicit and serialisable (`to_dict` / `from_dict`, with a format version),
passed into the pure core and returned from it; stores keep it between messages.

It never holds a secret. A pending ask names only the types a value may have, why one is
awaited (an ask, a notice, the customer's own words) and the order of a listed ask. A card
number typed over several messages is remembered as a `CardRun`: its first six digits
(the issuer prefix, which PCI DSS allows to be shown), how many digits came so far, the
ids of the messages that carried them, and two Luhn partial sums, enough to tell brand,
length and checksum when the next part arrives without keeping the hidden middle digits.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from guard._exceptions import StoreError
from guard._model import EntityType

#: Version of the `to_dict` format; `from_dict` refuses any other.
STATE_VERSION = 1

#: Digits of a card number's issuer prefix (BIN/IIN) that may be kept.
BIN_DIGITS = 6

_TYPES = {t.value: t for t in EntityType}


def _luhn_value(digit: int, doubled: bool) -> int:
    if not doubled:
        return digit
    twice = digit * 2
    return twice - 9 if twice > 9 else twice


@dataclass(frozen=True, slots=True)
class CardRun:
    """The parts of a card number typed so far, without its hidden digits.

    `even` is the Luhn sum (mod 10) of the digits so far if the rest of the number has an
    even count of digits; `odd` if it has an odd count. A complete number is valid when
    `even` (nothing left to come) is 0.
    """

    prefix: str
    length: int
    even: int
    odd: int
    ids: tuple[str, ...]
    first_turn: int
    first_at: float | None = None
    #: the turn of the latest part (None: not known, a state written before it was kept)
    last_turn: int | None = None

    @classmethod
    def start(cls, digits: str, message_id: str, turn: int, at: float | None) -> CardRun:
        return cls("", 0, 0, 0, (), turn, at).extend(digits, message_id, turn)

    def extend(self, digits: str, message_id: str, turn: int | None = None) -> CardRun:
        """This run followed by `digits` (one message's part, at `turn`)."""
        added = len(digits)
        # The digits so far move `added` places left: parity of their position flips
        # when `added` is odd.
        even, odd = (self.even, self.odd) if added % 2 == 0 else (self.odd, self.even)
        for offset, char in enumerate(digits):
            place = added - 1 - offset  # position from the right within the new part
            digit = int(char)
            # Doubled when its distance from the final check digit is odd.
            even += _luhn_value(digit, place % 2 == 1)
            odd += _luhn_value(digit, place % 2 == 0)
        prefix = (self.prefix + digits)[:BIN_DIGITS]
        return CardRun(
            prefix,
            self.length + added,
            even % 10,
            odd % 10,
            (*self.ids, message_id),
            self.first_turn,
            self.first_at,
            turn,
        )

    @property
    def luhn_valid(self) -> bool:
        return self.even == 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "prefix": self.prefix,
            "length": self.length,
            "even": self.even,
            "odd": self.odd,
            "ids": list(self.ids),
            "first_turn": self.first_turn,
            "first_at": self.first_at,
            "last_turn": self.last_turn,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CardRun:
        prefix = str(data["prefix"])
        if not prefix.isdigit() or len(prefix) > BIN_DIGITS:
            raise ValueError("card run prefix must be at most 6 digits")
        return cls(
            prefix=prefix,
            length=int(data["length"]),
            even=int(data["even"]) % 10,
            odd=int(data["odd"]) % 10,
            ids=tuple(str(i) for i in data["ids"]),
            first_turn=int(data["first_turn"]),
            first_at=_optional_float(data.get("first_at")),
            last_turn=None if data.get("last_turn") is None else int(data["last_turn"]),
        )


@dataclass(frozen=True, slots=True)
class PendingAsk:
    """A value of these types may come next, since `turn` (and time `at`, when known).

    `origin` says why: an agent asked for it ("ask"); an agent said it was sent ("notice":
    "I just sent a code to your phone"); the customer named it without giving it yet
    ("announced": "the pin is" ... "1168"); or the customer gave one, which a correction
    may replace ("given": "my pin is 8604" ... "no wait, 5820"); or a message talked about
    it without asking for it or giving it ("topic": "please don't type your social here",
    "the ATM says wrong PIN"). Only an ask takes a value of another type's length ("the
    code?" - "482").
    """

    types: tuple[EntityType, ...]
    turn: int
    at: float | None = None
    origin: str = "ask"
    #: what the ask listed, in its order, when it listed more than one thing: a type's
    #: name, or "other" for what an agent may ask ("your ZIP, the last 4 and your PIN")
    slots: tuple[str, ...] = ()
    #: short stalls since it began ("one sec", "no rush"): each restarted the count of
    #: turns, up to as many as the turns an ask waits
    stalls: int = 0
    #: what an earlier ask the agent pushed past still awaits ("your PIN" ... "Without
    #: the SSN the account gets closed"): a bare value may still be one, until any value
    #: answers the ask
    fallback: tuple[EntityType, ...] = ()
    #: whether the ask named the card number too ("your card number and PIN"): a bare
    #: number may then be a part of the card as well as the value
    with_card: bool = False

    ORIGINS: ClassVar[frozenset[str]] = frozenset({"ask", "notice", "announced", "given", "topic"})

    def __post_init__(self) -> None:
        if self.origin not in self.ORIGINS:
            raise ValueError(f"unknown origin of a pending ask: {self.origin!r}")

    @property
    def awaited(self) -> tuple[EntityType, ...]:
        """The types a bare value may be: the asked ones first, then the fallback."""
        return (*self.types, *self.fallback) if self.fallback else self.types

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "types": [t.value for t in self.types],
            "turn": self.turn,
            "at": self.at,
        }
        if self.origin != "ask":
            data["origin"] = self.origin
        if self.slots:
            data["slots"] = list(self.slots)
        if self.stalls:
            data["stalls"] = self.stalls
        if self.fallback:
            data["fallback"] = [t.value for t in self.fallback]
        if self.with_card:
            data["with_card"] = True
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PendingAsk:
        origin = data.get("origin", "ask")
        if not isinstance(origin, str):
            raise ValueError("a pending ask's origin is a string")
        return cls(
            types=_types(data["types"]),
            turn=int(data["turn"]),
            at=_optional_float(data.get("at")),
            origin=origin,
            slots=tuple(str(slot) for slot in data.get("slots", ())),
            stalls=int(data.get("stalls", 0)),
            fallback=_types(data.get("fallback", ())),
            with_card=bool(data.get("with_card", False)),
        )


@dataclass(frozen=True, slots=True)
class ConversationState:
    """The state of one conversation.

    turn:          messages seen so far
    ask:           the last agent request for a secret, while a bare answer to it may follow
    card:          a card number being typed over consecutive customer messages
    card_restarts: the same run started at a later part, in case its first parts were
                   something else (a menu choice "3", an order number), latest last
    last_at:       the timestamp of the last message that carried one
    verify_turn:   the turn of an agent's ask for what it may ask (the last four, a ZIP, a
                   date of birth) while no reply has given it: the next short numbers
                   answer it
    """

    turn: int = 0
    ask: PendingAsk | None = None
    card: CardRun | None = None
    last_at: float | None = None
    card_restarts: tuple[CardRun, ...] = ()
    verify_turn: int | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "version": STATE_VERSION,
            "turn": self.turn,
            "ask": self.ask.to_dict() if self.ask is not None else None,
            "card": self.card.to_dict() if self.card is not None else None,
            "last_at": self.last_at,
        }
        if self.card_restarts:
            data["card_restarts"] = [run.to_dict() for run in self.card_restarts]
        if self.verify_turn is not None:
            data["verify_turn"] = self.verify_turn
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConversationState:
        """The state `to_dict` wrote, or `StoreError` when it is corrupt or of another
        version (the message names the problem, never a value)."""
        if not isinstance(data, Mapping):
            raise StoreError("corrupt conversation state: not a mapping")
        version = data.get("version", STATE_VERSION)
        if version != STATE_VERSION:
            raise StoreError(
                f"conversation state version {version!r} is not {STATE_VERSION}; "
                "it was written by another version of guard"
            )
        try:
            ask = data.get("ask")
            card = data.get("card")
            return cls(
                turn=int(data.get("turn", 0)),
                ask=PendingAsk.from_dict(ask) if ask is not None else None,
                card=CardRun.from_dict(card) if card is not None else None,
                last_at=_optional_float(data.get("last_at")),
                card_restarts=tuple(map(CardRun.from_dict, data.get("card_restarts", ()))),
                verify_turn=_optional_int(data.get("verify_turn")),
            )
        except KeyError as error:
            raise StoreError(f"corrupt conversation state: no {error}") from None
        except (TypeError, ValueError) as error:
            # The message of int("...") would echo the stored value: name the kind only.
            raise StoreError(f"corrupt conversation state: {type(error).__name__}") from None


def _optional_int(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError("a turn must be a number")
    return int(value)


def _optional_float(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise TypeError("a time must be a number")
    return float(value)


def _types(values: Iterable[object]) -> tuple[EntityType, ...]:
    types = []
    for value in values:
        entity = _TYPES.get(str(value))
        if entity is None:
            raise ValueError("unknown type in pending ask")
        types.append(entity)
    return tuple(types)
