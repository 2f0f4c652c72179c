"""Conversation state: what the engine remembers of a conversation between messages.

It is small, explicit and serialisable (`to_dict` / `from_dict`), passed into the pure
core and returned from it; stores keep it between messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from guard._exceptions import StoreError


@dataclass(frozen=True, slots=True)
class ConversationState:
    """The state of one conversation. `turn` counts the messages seen so far."""

    turn: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"turn": self.turn}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ConversationState:
        try:
            return cls(turn=int(data.get("turn", 0)))
        except (TypeError, ValueError) as error:
            raise StoreError(f"corrupt conversation state: {error}") from None
