"""`RedisStore`: conversation state in Redis, shared by every worker and machine.

Each conversation is one key (`guard:state:<conversation>`) holding its state as JSON,
with a TTL renewed on every message. `transact` updates a key atomically with optimistic
locking: WATCH the key, read it, run the step, then MULTI/SET/EXEC; when another worker
wrote the key in between, EXEC fails and the step runs again on the fresh state. The
engine's step is a pure function, so running it again is safe.

Fail mode. When Redis cannot be reached (refused, timed out, DNS failure, auth error)
`transact` raises `StoreError` naming the server (never its password) after at most
`timeout` seconds; the state of the conversation is not touched. Callers decide:
`Guard.check` raises it, the middleware then blocks the message when `fail_closed` is on
(the default) or delivers it unchecked when off, and reports `scan_failed`. With
`on_unreachable="stateless"` the store instead runs the step on a fresh state and keeps
nothing: every message is still checked on its own, but the conversation rules (a bare
answer after an ask, a card split over messages) are blind until Redis is back, and a
warning is logged for each such message.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from typing import Any, Literal
from urllib.parse import urlsplit

import redis
import redis.asyncio
from redis.exceptions import RedisError, WatchError

from guard._exceptions import StoreError
from guard._state import ConversationState
from guard.stores._base import Step, T

logger = logging.getLogger("guard.stores.redis")

#: What `transact` does when Redis cannot be reached.
OnUnreachable = Literal["raise", "stateless"]

KEY_PREFIX = "guard:state:"
# Backoff after a lost WATCH race (seconds): two workers on one conversation rarely race.
_BACKOFF_BASE = 0.001
_BACKOFF_MAX = 0.05


def describe_url(url: str) -> str:
    """The server a URL names, without user name or password (for errors and logs)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        port = ":?"
    path = parts.path if parts.scheme == "unix" else (parts.path if parts.path != "/" else "")
    return f"{parts.scheme}://{host}{port}{path}"


class RedisStore:
    """Conversation state in Redis.

    url:             redis://[:password@]host:port/db, rediss:// (TLS) or unix:///path
    ttl:             seconds a conversation's state lives after its last message
    timeout:         seconds to connect or to wait for an answer before giving up
    max_retries:     attempts when other workers keep writing the same conversation
    on_unreachable:  "raise" (StoreError, the default) or "stateless" (see module doc)
    """

    def __init__(
        self,
        url: str,
        ttl: float = 3600.0,
        *,
        timeout: float = 2.0,
        max_retries: int = 50,
        on_unreachable: OnUnreachable = "raise",
        key_prefix: str = KEY_PREFIX,
    ) -> None:
        if ttl <= 0:
            raise ValueError("ttl must be more than 0 seconds")
        if timeout <= 0:
            raise ValueError("timeout must be more than 0 seconds")
        if max_retries < 1:
            raise ValueError("max_retries must be at least 1")
        if on_unreachable not in ("raise", "stateless"):
            raise ValueError("on_unreachable must be 'raise' or 'stateless'")
        self.url = url
        self.server = describe_url(url)
        self.ttl_ms = max(1, round(ttl * 1000))
        self._timeout = timeout
        self._max_retries = max_retries
        self._on_unreachable = on_unreachable
        self._prefix = key_prefix
        options: dict[str, Any] = {
            "socket_timeout": timeout,
            "socket_connect_timeout": timeout,
        }
        try:
            self._client: redis.Redis = redis.Redis.from_url(url, **options)
        except ValueError as error:
            raise StoreError(f"bad Redis URL for {self.server}: {error}") from None
        self._options = options
        # An asyncio client belongs to the event loop it first ran on.
        self._async: tuple[asyncio.AbstractEventLoop, redis.asyncio.Redis] | None = None

    def key(self, conversation: str) -> str:
        return self._prefix + conversation

    # ── sync ──

    def transact(self, conversation: str, step: Step[T]) -> T:
        key = self.key(conversation)
        try:
            with self._client.pipeline(transaction=True) as pipe:
                for attempt in range(self._max_retries):
                    try:
                        pipe.watch(key)  # type: ignore[no-untyped-call]
                        state = self._load(pipe.get(key), conversation)
                        result, new_state = step(state)
                        pipe.multi()
                        pipe.set(key, _dump(new_state), px=self.ttl_ms)
                        pipe.execute()
                        return result
                    except WatchError:
                        time.sleep(self._backoff(attempt))
        except RedisError as error:
            return self._unreachable(conversation, step, error)
        raise self._contended(conversation)

    # ── async ──

    async def atransact(self, conversation: str, step: Step[T]) -> T:
        key = self.key(conversation)
        client = self._async_client()
        try:
            async with client.pipeline(transaction=True) as pipe:
                for attempt in range(self._max_retries):
                    try:
                        await pipe.watch(key)
                        state = self._load(await pipe.get(key), conversation)
                        result, new_state = step(state)
                        pipe.multi()  # type: ignore[no-untyped-call]
                        pipe.set(key, _dump(new_state), px=self.ttl_ms)
                        await pipe.execute()
                        return result
                    except WatchError:
                        await asyncio.sleep(self._backoff(attempt))
        except RedisError as error:
            return self._unreachable(conversation, step, error)
        raise self._contended(conversation)

    def _async_client(self) -> redis.asyncio.Redis:
        loop = asyncio.get_running_loop()
        if self._async is None or self._async[0] is not loop:
            client = redis.asyncio.Redis.from_url(self.url, **self._options)
            self._async = (loop, client)
        return self._async[1]

    # ── shared ──

    @staticmethod
    def _backoff(attempt: int) -> float:
        """Seconds to wait after losing a race for a conversation: jittered, growing."""
        return min(_BACKOFF_BASE * (1 << min(attempt, 16)), _BACKOFF_MAX) * random.random()  # noqa: S311

    def _load(self, raw: object, conversation: str) -> ConversationState:
        if raw is None:
            return ConversationState()
        if not isinstance(raw, bytes | str):
            raise StoreError(f"corrupt conversation state in {self.server} for {conversation!r}")
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            raise StoreError(
                f"corrupt conversation state in {self.server} for {conversation!r}: not JSON"
            ) from None
        return ConversationState.from_dict(data)

    def _unreachable(self, conversation: str, step: Step[T], error: RedisError) -> T:
        problem = f"Redis at {self.server} failed: {type(error).__name__}"
        if self._on_unreachable == "stateless":
            logger.warning("%s; checking a message of %r without its state", problem, conversation)
            return step(ConversationState())[0]
        raise StoreError(
            f"{problem} (is it running and reachable? timeout {self._timeout:g}s)"
        ) from None

    def _contended(self, conversation: str) -> StoreError:
        return StoreError(
            f"conversation {conversation!r} in {self.server} changed under every one of "
            f"{self._max_retries} attempts to update it"
        )

    def ping(self) -> None:
        """Check that Redis answers; `StoreError` if it does not."""
        try:
            self._client.ping()
        except RedisError as error:
            raise StoreError(
                f"Redis at {self.server} failed: {type(error).__name__} "
                f"(is it running and reachable? timeout {self._timeout:g}s)"
            ) from None

    def close(self) -> None:
        self._client.close()
        self._async = None

    async def aclose(self) -> None:
        """Close the connections of the asyncio client (and the sync one)."""
        if self._async is not None:
            await self._async[1].aclose()
            self._async = None
        self._client.close()


def _dump(state: ConversationState) -> str:
    return json.dumps(state.to_dict(), separators=(",", ":"))
