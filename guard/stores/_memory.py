"""`MemoryStore`: conversation state in this process, bounded in size and in time."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from guard._state import ConversationState
from guard.stores._base import Step, T


class MemoryStore:
    """An in-process store: at most `max_conversations` conversations (the least recently
    used is dropped first), each forgotten `ttl` seconds after its last message.

    O(1) per message. Thread-safe; a lock per store keeps each step atomic, which is cheap
    because a step is pure computation. `clock` is injectable for tests.
    """

    def __init__(
        self,
        max_conversations: int = 100_000,
        ttl: float = 3600.0,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_conversations < 1:
            raise ValueError("max_conversations must be at least 1")
        if ttl <= 0:
            raise ValueError("ttl must be more than 0 seconds")
        self._max = max_conversations
        self._ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._states: OrderedDict[str, tuple[float, ConversationState]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._states)

    def transact(self, conversation: str, step: Step[T]) -> T:
        with self._lock:
            now = self._clock()
            entry = self._states.get(conversation)
            state = entry[1] if entry is not None and entry[0] > now else ConversationState()
            result, new_state = step(state)
            self._states[conversation] = (now + self._ttl, new_state)
            self._states.move_to_end(conversation)
            while len(self._states) > self._max:
                self._states.popitem(last=False)
            self._expire_oldest(now)
            return result

    async def atransact(self, conversation: str, step: Step[T]) -> T:
        # No I/O: the step runs inline, faster than a hop to a thread.
        return self.transact(conversation, step)

    def _expire_oldest(self, now: float) -> None:
        """Drop a few expired conversations from the cold end (amortised O(1))."""
        for _ in range(2):
            if not self._states:
                return
            key, (deadline, _state) = next(iter(self._states.items()))
            if deadline > now:
                return
            del self._states[key]

    def close(self) -> None:
        with self._lock:
            self._states.clear()
