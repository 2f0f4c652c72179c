"""The `ConversationStore` protocol."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar, runtime_checkable

from guard._state import ConversationState

T = TypeVar("T")

#: One atomic step on a conversation: old state -> (result, new state).
Step = Callable[[ConversationState], tuple[T, ConversationState]]


@runtime_checkable
class ConversationStore(Protocol):
    """Keeps each conversation's state and updates it atomically.

    `transact` reads the state of `conversation` (a fresh one when unknown or expired),
    runs `step` on it, saves the new state and returns the step's result. Two calls on the
    same conversation never interleave: one sees the other's saved state. `atransact` is
    the same for async callers; it must not block the event loop on I/O.
    """

    def transact(self, conversation: str, step: Step[T]) -> T: ...

    async def atransact(self, conversation: str, step: Step[T]) -> T: ...

    def close(self) -> None: ...
