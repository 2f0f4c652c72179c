"""Conversation stores: where conversation state lives between messages.

A store is a small protocol (`ConversationStore`); adding one touches nothing else.
`MemoryStore` is the default; `RedisStore` shares state between workers and machines
(imported on first use: the redis client costs ~0.2 s to import).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from guard.stores._base import ConversationStore, Step
from guard.stores._memory import MemoryStore

if TYPE_CHECKING:
    from guard.stores.redis import RedisStore

__all__ = ["ConversationStore", "MemoryStore", "RedisStore", "Step"]


def __getattr__(name: str) -> Any:
    if name == "RedisStore":
        from guard.stores.redis import RedisStore  # noqa: PLC0415 (loaded when asked for)

        return RedisStore
    raise AttributeError(f"module 'guard.stores' has no attribute {name!r}")
