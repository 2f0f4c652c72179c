"""MemoryStore: bounded in conversations and in time, atomic per step."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import replace

import pytest

from guard import ConversationState
from guard.stores import ConversationStore, MemoryStore


def count(state: ConversationState) -> tuple[int, ConversationState]:
    return state.turn, replace(state, turn=state.turn + 1)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_it_is_a_conversation_store() -> None:
    assert isinstance(MemoryStore(), ConversationStore)


def test_state_persists_per_conversation() -> None:
    store = MemoryStore()
    assert [store.transact("a", count) for _ in range(3)] == [0, 1, 2]
    assert store.transact("b", count) == 0
    assert asyncio.run(store.atransact("a", count)) == 3


def test_a_conversation_is_forgotten_ttl_seconds_after_its_last_message() -> None:
    clock = Clock()
    store = MemoryStore(ttl=10, clock=clock)
    store.transact("a", count)
    clock.now += 9.9
    assert store.transact("a", count) == 1  # renewed
    clock.now += 9.9
    assert store.transact("a", count) == 2
    clock.now += 10.1
    assert store.transact("a", count) == 0


def test_the_least_recently_used_conversation_goes_first() -> None:
    store = MemoryStore(max_conversations=3)
    for name in "abc":
        store.transact(name, count)
    store.transact("a", count)  # a is now the most recent
    store.transact("d", count)  # b goes
    assert len(store) == 3
    assert store.transact("a", count) == 2
    assert store.transact("b", count) == 0


def test_expired_conversations_are_dropped_as_new_ones_come() -> None:
    clock = Clock()
    store = MemoryStore(ttl=1, clock=clock)
    for index in range(50):
        store.transact(f"old{index}", count)
    clock.now += 5
    for index in range(50):
        store.transact(f"new{index}", count)
    assert len(store) == 50


def test_concurrent_steps_on_one_conversation_are_atomic() -> None:
    store = MemoryStore()

    def work() -> None:
        for _ in range(200):
            store.transact("hot", count)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert store.transact("hot", count) == 1600


def test_a_failing_step_leaves_the_state_as_it_was() -> None:
    store = MemoryStore()
    store.transact("a", count)

    def boom(state: ConversationState) -> tuple[int, ConversationState]:
        raise RuntimeError("step failed")

    with pytest.raises(RuntimeError):
        store.transact("a", boom)
    assert store.transact("a", count) == 1


def test_bad_bounds_are_refused() -> None:
    with pytest.raises(ValueError, match="max_conversations"):
        MemoryStore(max_conversations=0)
    with pytest.raises(ValueError, match="ttl"):
        MemoryStore(ttl=0)


def test_close_forgets_everything() -> None:
    store = MemoryStore()
    store.transact("a", count)
    store.close()
    assert len(store) == 0
