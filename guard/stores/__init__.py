"""Conversation stores: where conversation state lives between messages.

A store is a small protocol (`ConversationStore`); adding one touches nothing else.
`MemoryStore` is the default; the Redis store shares state between workers.
"""

from guard.stores._base import ConversationStore, Step
from guard.stores._memory import MemoryStore

__all__ = ["ConversationStore", "MemoryStore", "Step"]
