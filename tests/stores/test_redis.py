"""RedisStore against a real redis-server: atomic updates, TTL, workers sharing state,
and a clear error (or the documented stateless mode) when Redis is unreachable."""

from __future__ import annotations

import asyncio
import json
import random
import threading
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest
import redis

from guard import Config, ConversationState, Engine, EntityType, Message, Role, StoreError
from guard._guard import Guard, store_from_config
from guard.stores import ConversationStore
from guard.stores.redis import RedisStore, describe_url
from tests.chatgen.cards import card_number, group
from tests.conftest import free_port


def count(state: ConversationState) -> tuple[int, ConversationState]:
    """A step that counts its calls in the state's turn."""
    return state.turn, replace(state, turn=state.turn + 1)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.fixture
def store(redis_client: redis.Redis, redis_url: str) -> Iterator[RedisStore]:
    made = RedisStore(redis_url, ttl=60)
    yield made
    made.close()


def test_it_is_a_conversation_store(store: RedisStore) -> None:
    assert isinstance(store, ConversationStore)


def test_state_persists_between_messages_and_conversations_are_apart(
    store: RedisStore,
) -> None:
    assert [store.transact("a", count) for _ in range(3)] == [0, 1, 2]
    assert store.transact("b", count) == 0


def test_every_write_sets_the_ttl(store: RedisStore, redis_client: redis.Redis) -> None:
    store.transact("c1", count)
    ttl_ms = redis_client.pttl(store.key("c1"))
    assert 55_000 < ttl_ms <= 60_000
    redis_client.pexpire(store.key("c1"), 5_000)
    store.transact("c1", count)
    assert redis_client.pttl(store.key("c1")) > 55_000


def test_an_expired_conversation_starts_fresh(redis_url: str, redis_client: redis.Redis) -> None:
    short = RedisStore(redis_url, ttl=0.05)
    short.transact("c", count)
    assert redis_client.exists(short.key("c"))
    deadline = time.monotonic() + 5
    while redis_client.exists(short.key("c")) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert short.transact("c", count) == 0
    short.close()


def test_concurrent_updates_of_one_conversation_are_atomic(
    redis_url: str, redis_client: redis.Redis
) -> None:
    workers, per_worker = 6, 40
    stores = [RedisStore(redis_url, ttl=60) for _ in range(workers)]
    errors: list[BaseException] = []

    def work(worker: RedisStore) -> None:
        try:
            for _ in range(per_worker):
                worker.transact("hot", count)
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert stores[0].transact("hot", count) == workers * per_worker
    for made in stores:
        made.close()


def test_concurrent_async_updates_are_atomic(redis_url: str, redis_client: redis.Redis) -> None:
    async def run() -> int:
        stores = [RedisStore(redis_url, ttl=60) for _ in range(4)]
        await asyncio.gather(*(s.atransact("hot", count) for s in stores for _ in range(10)))
        result = await stores[0].atransact("hot", count)
        for made in stores:
            await made.aclose()
        return result

    assert asyncio.run(run()) == 40


def test_two_workers_catch_a_card_split_across_them(
    redis_url: str, redis_client: redis.Redis, engine: Engine
) -> None:
    rng = random.Random(7)
    digits = card_number(rng, length=16)
    parts = group(digits, (4, 4, 4, 4))
    workers = [Guard(Engine(), RedisStore(redis_url)), Guard(Engine(), RedisStore(redis_url))]
    verdicts = [
        workers[i % 2].check(Message(f"m{i}", part, Role.CUSTOMER, "conv-1"))
        for i, part in enumerate(parts)
    ]
    assert [v.findings for v in verdicts[:-1]] == [(), (), ()]
    [finding] = verdicts[-1].findings
    assert finding.type is EntityType.CREDIT_CARD
    assert finding.parts == ("m0", "m1", "m2")
    assert verdicts[-1].text == parts[-1]  # the last four stay visible
    for worker in workers:
        worker.close()


def test_two_workers_share_a_pending_ask(redis_url: str, redis_client: redis.Redis) -> None:
    first, second = Guard(Engine(), RedisStore(redis_url)), Guard(Engine(), RedisStore(redis_url))
    asked = first.check(Message("a1", "What's the CVV on the back?", Role.AGENT, "conv-2"))
    assert asked.action.value == "block"
    answer = asyncio.run(second.acheck(Message("c1", "sure, 482", Role.CUSTOMER, "conv-2")))
    assert [f.type for f in answer.findings] == [EntityType.CARD_SECURITY_CODE]
    assert answer.text == "sure, ***"
    first.close()
    second.close()


def test_redis_never_holds_the_hidden_digits_of_a_card(
    store: RedisStore, redis_client: redis.Redis
) -> None:
    rng = random.Random(11)
    guard = Guard(Engine(), store)
    for _ in range(20):
        digits = card_number(rng, length=16)
        conversation = f"c{digits}"[:8]
        for index, part in enumerate(group(digits, (4, 4, 4))):
            guard.check(Message(f"m{index}", part, Role.CUSTOMER, conversation))
            raw = redis_client.get(store.key(conversation))
            assert raw is not None
            assert digits[6:12] not in raw.decode()
        redis_client.delete(store.key(conversation))


def test_guard_from_config_uses_redis(redis_url: str, redis_client: redis.Redis) -> None:
    config = Config(store=redis_url, state_ttl=30)
    made = store_from_config(config)
    assert isinstance(made, RedisStore)
    made.transact("x", count)
    assert 25_000 < redis_client.pttl(made.key("x")) <= 30_000
    made.close()


@pytest.mark.parametrize(
    "raw",
    [b"not json", b'{"version": 99, "turn": 1}', b'{"turn": "many"}', b'{"ask": {"types": ["X"]}}'],
)
def test_corrupt_state_is_a_store_error(
    store: RedisStore, redis_client: redis.Redis, raw: bytes
) -> None:
    redis_client.set(store.key("bad"), raw)
    with pytest.raises(StoreError, match="state"):
        store.transact("bad", count)


def unreachable_url() -> str:
    return f"redis://:s3cret-pw@127.0.0.1:{free_port()}/0"


def test_unreachable_redis_is_a_clear_store_error_without_the_password() -> None:
    url = unreachable_url()
    down = RedisStore(url, timeout=0.5)
    with pytest.raises(StoreError) as raised:
        down.transact("c", count)
    message = str(raised.value)
    assert describe_url(url) in message
    assert "s3cret" not in message
    assert "reachable" in message
    with pytest.raises(StoreError, match="reachable"):
        asyncio.run(down.atransact("c", count))
    with pytest.raises(StoreError, match="reachable"):
        down.ping()


def test_unreachable_redis_in_stateless_mode_checks_each_message_alone(
    caplog: pytest.LogCaptureFixture,
) -> None:
    down = RedisStore(unreachable_url(), timeout=0.5, on_unreachable="stateless")
    guard = Guard(Engine(), down)
    verdict = guard.check(
        Message("m1", "card 4111 1111 1111 1111", Role.CUSTOMER, "conversation-9")
    )
    assert verdict.text == "card **** **** **** 1111"
    assert "without its state" in caplog.text
    assert "4111" not in caplog.text
    assert asyncio.run(down.atransact("c", count)) == 0


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="ttl"):
        RedisStore("redis://localhost", ttl=0)
    with pytest.raises(ValueError, match="on_unreachable"):
        RedisStore("redis://localhost", on_unreachable="ignore")  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="bad Redis URL"):
        RedisStore("redis://:pw@localhost:notaport/0")


def test_describe_url_drops_credentials() -> None:
    assert describe_url("redis://user:pw@cache.local:6380/2") == "redis://cache.local:6380/2"
    assert describe_url("unix:///run/redis.sock") == "unix:///run/redis.sock"
    assert "pw" not in describe_url("rediss://:pw@h/0")


def test_state_in_redis_is_the_versioned_dict(store: RedisStore, redis_client: redis.Redis) -> None:
    store.transact("v", count)
    data = json.loads(redis_client.get(store.key("v")))
    assert data["version"] == 1
    assert ConversationState.from_dict(data).turn == 1


def test_guard_scan_with_a_redis_store_catches_a_card_split_over_two_runs(
    redis_url: str, redis_client: redis.Redis
) -> None:
    """Two `guard scan` processes (runs) share conversation state through Redis."""
    from click.testing import CliRunner

    from guard.cli import main

    def scan(*records: dict[str, str]) -> list[dict[str, object]]:
        lines = "\n".join(
            json.dumps({"conversation": "c9", "role": "customer", **r}) for r in records
        )
        result = CliRunner().invoke(main, ["scan", "--store", redis_url], input=lines + "\n")
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.stdout.splitlines()]

    first = scan({"id": "m1", "text": "4111 1111"})
    second = scan({"id": "m2", "text": "1111 1111"})
    assert first[0]["findings"] == []
    assert second[0]["findings"][0]["parts"] == ["m1"]
    assert second[0]["text"] == "**** 1111"


def test_guard_scan_with_an_unreachable_store_reports_each_line() -> None:
    from click.testing import CliRunner

    from guard.cli import main

    line = json.dumps({"id": "m1", "conversation": "c", "role": "customer", "text": "hi"})
    result = CliRunner().invoke(main, ["scan", "--store", unreachable_url()], input=line + "\n")
    [record] = [json.loads(x) for x in result.stdout.splitlines()]
    assert "conversation store" in record["error"]
    assert "s3cret" not in result.stdout + result.stderr
