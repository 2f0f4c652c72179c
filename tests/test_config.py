"""One Config for every shell, from GUARD_ environment variables and explicit values."""

from __future__ import annotations

from pathlib import Path

import pytest

from guard import Config, ConfigError


def test_defaults() -> None:
    config = Config.from_env({})
    assert (config.rules, config.store, config.fail_closed) == (None, "memory", True)


def test_environment_then_overrides() -> None:
    env = {"GUARD_RULES": "/etc/guard", "GUARD_STATE_TTL": "90", "GUARD_FAIL_CLOSED": "off"}
    config = Config.from_env(env, state_ttl=30.0, rules=None)
    assert config.rules == Path("/etc/guard")
    assert config.state_ttl == 30.0
    assert config.fail_closed is False


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"GUARD_MAX_CONVERSATIONS": "lots"}, "GUARD_MAX_CONVERSATIONS"),
        ({"GUARD_FAIL_CLOSED": "maybe"}, "expected true or false"),
        ({"GUARD_STORE": "postgres://x"}, "redis:// URL"),
        ({"GUARD_STATE_TTL": "0"}, "more than 0"),
    ],
)
def test_bad_values_are_named(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Config.from_env(env)


def test_store_fail_mode_from_the_environment() -> None:
    assert Config.from_env({}).store_on_unreachable == "raise"
    config = Config.from_env({"GUARD_STORE_ON_UNREACHABLE": "stateless"})
    assert config.store_on_unreachable == "stateless"
    with pytest.raises(ConfigError, match=r"expected 'raise' or 'stateless'"):
        Config.from_env({"GUARD_STORE_ON_UNREACHABLE": "ignore"})


def test_redis_store_is_exported_lazily() -> None:
    import guard.stores

    assert guard.stores.RedisStore.__name__ == "RedisStore"
    with pytest.raises(AttributeError):
        _ = guard.stores.NoSuchStore  # type: ignore[attr-defined]
