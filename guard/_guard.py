"""`Guard`: the engine with a conversation store, the object every shell drives.

The middleware, the service and the CLI build one `Guard` from a `Config` and call
`check` (or `acheck` from async code) for each message.
"""

from __future__ import annotations

from guard._config import Config
from guard._engine import Engine
from guard._model import Message, Verdict
from guard._state import ConversationState
from guard.stores import ConversationStore, MemoryStore


def store_from_config(config: Config) -> ConversationStore:
    """The store `config.store` names: "memory" or a redis:// URL."""
    if config.store == "memory":
        return MemoryStore(config.max_conversations, config.state_ttl)
    from guard.stores.redis import RedisStore  # noqa: PLC0415 (redis loads only when used)

    return RedisStore(config.store, config.state_ttl, on_unreachable=config.store_on_unreachable)


class Guard:
    """Checks messages in their conversations: engine + store."""

    def __init__(
        self, engine: Engine | None = None, store: ConversationStore | None = None
    ) -> None:
        self.engine = engine if engine is not None else Engine()
        self.store: ConversationStore = store if store is not None else MemoryStore()

    @classmethod
    def from_config(cls, config: Config | None = None) -> Guard:
        config = config if config is not None else Config.from_env()
        return cls(Engine(config.load_rules()), store_from_config(config))

    def check(self, message: Message) -> Verdict:
        """The verdict on `message`, its conversation's state updated."""
        if not message.conversation:
            return self.engine.inspect(message, ConversationState())[0]
        return self.store.transact(
            message.conversation, lambda state: self.engine.inspect(message, state)
        )

    async def acheck(self, message: Message) -> Verdict:
        """`check` for async callers."""
        if not message.conversation:
            return self.engine.inspect(message, ConversationState())[0]
        return await self.store.atransact(
            message.conversation, lambda state: self.engine.inspect(message, state)
        )

    def close(self) -> None:
        self.store.close()
