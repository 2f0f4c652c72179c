"""The values the engine reads and returns: messages, findings, violations, verdicts.

All are immutable and serialise to plain JSON-ready dicts (the `guard scan` wire format).
None of them keeps the raw value of a secret: a `Finding` holds offsets into the caller's text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

#: Shortest and longest card numbers of any brand (a 12-digit Maestro, a 19-digit Visa).
CARD_DIGITS = (12, 19)


class EntityType(StrEnum):
    """The kinds of secret guard finds (Presidio entity names)."""

    CREDIT_CARD = "CREDIT_CARD"
    CARD_SECURITY_CODE = "CARD_SECURITY_CODE"
    US_SSN = "US_SSN"
    ONE_TIME_PASSCODE = "ONE_TIME_PASSCODE"
    PASSWORD = "PASSWORD"  # noqa: S105 (an entity name, not a secret)
    PIN = "PIN"


class Role(StrEnum):
    """Who wrote a message."""

    CUSTOMER = "customer"
    AGENT = "agent"


class Action(StrEnum):
    """What happens to a message; ordered allow < mask < block."""

    ALLOW = "allow"
    MASK = "mask"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        return _ACTION_RANK[self]

    def __or__(self, other: object) -> Action:
        """The stronger of two actions."""
        if not isinstance(other, Action):
            return NotImplemented
        return self if self.rank >= other.rank else other


_ACTION_RANK = {Action.ALLOW: 0, Action.MASK: 1, Action.BLOCK: 2}


@dataclass(frozen=True, slots=True)
class Message:
    """One chat message as the engine sees it.

    `timestamp` is seconds (any epoch) set by the caller; the core never reads a clock.
    When it is None the conversation rules count turns only.
    """

    id: str
    text: str
    role: Role
    conversation: str = ""
    timestamp: float | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """A secret found in a message: its type and where it sits in the caller's text.

    `parts` names earlier messages that carried other parts of the same secret
    (a card number typed over several messages), so that a caller can purge them.
    """

    type: EntityType
    start: int
    end: int
    score: float
    recognizer: str
    explanation: str = ""
    parts: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "type": self.type.value,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 2),
            "recognizer": self.recognizer,
        }
        if self.explanation:
            data["explanation"] = self.explanation
        if self.parts:
            data["parts"] = list(self.parts)
        return data

    def describe(self) -> str:
        """A log-safe placeholder, never the value: ``<CREDIT_CARD 5:24>``."""
        return f"<{self.type.value} {self.start}:{self.end}>"


@dataclass(frozen=True, slots=True)
class Violation:
    """An agent message that asks for something an agent must not ask for."""

    requested: EntityType
    start: int
    end: int
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "requested": self.requested.value,
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the engine decided for one message.

    `text` is the text to deliver: the original when allowed, masked when masked,
    None when blocked.
    """

    id: str
    action: Action
    text: str | None
    findings: tuple[Finding, ...] = ()
    violations: tuple[Violation, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def types(self) -> list[str]:
        """Sorted names of every type found or requested (log-safe)."""
        names = {f.type.value for f in self.findings}
        names.update(v.requested.value for v in self.violations)
        return sorted(names)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "action": self.action.value,
            "text": self.text,
            "findings": [f.to_dict() for f in self.findings],
            "violations": [v.to_dict() for v in self.violations],
        }
        data.update(self.extra)
        return data
