"""One configuration object shared by the CLI, the service and the middleware.

Every setting can come from a `GUARD_` environment variable (GUARD_RULES, GUARD_STORE, ...);
explicit arguments win over the environment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Literal

from guard._exceptions import ConfigError
from guard._rules import Rules

ENV_PREFIX = "GUARD_"


@dataclass(frozen=True, slots=True)
class Config:
    """guard's settings.

    rules:             a rules directory (None: the rules shipped with guard)
    store:             "memory" or a redis:// URL for conversation state
    max_conversations: conversations the in-memory store keeps (least recent dropped)
    state_ttl:         seconds a conversation's state lives after its last message
    fail_closed:       block a message when scanning it raises (else pass it, logged)
    store_on_unreachable:
                       with a Redis store that cannot be reached: "raise" (a StoreError:
                       the message is blocked or the line is an error) or "stateless"
                       (check each message on its own until Redis is back)
    """

    rules: Path | None = None
    store: str = "memory"
    max_conversations: int = 100_000
    state_ttl: float = 3600.0
    fail_closed: bool = True
    store_on_unreachable: Literal["raise", "stateless"] = "raise"

    def __post_init__(self) -> None:
        if self.max_conversations < 1:
            raise ConfigError("must be at least 1", setting="max_conversations")
        if self.state_ttl <= 0:
            raise ConfigError("must be more than 0 seconds", setting="state_ttl")
        if self.store_on_unreachable not in ("raise", "stateless"):
            raise ConfigError(
                f"expected 'raise' or 'stateless', got {self.store_on_unreachable!r}",
                setting="store_on_unreachable",
            )
        if self.store != "memory" and not self.store.startswith(
            ("redis://", "rediss://", "unix://")
        ):
            raise ConfigError(
                f"expected 'memory' or a redis:// URL, got {self.store!r}", setting="store"
            )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Config:
        """Settings from GUARD_* variables, then `overrides` (None values are ignored)."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for field in fields(cls):
            raw = environ.get(ENV_PREFIX + field.name.upper())
            if raw is not None:
                values[field.name] = _parse(field.name, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def load_rules(self) -> Rules:
        return Rules.load(self.rules)


def _parse(name: str, raw: str) -> Any:
    setting = ENV_PREFIX + name.upper()
    try:
        if name == "rules":
            return Path(raw)
        if name == "max_conversations":
            return int(raw)
        if name == "state_ttl":
            return float(raw)
        if name == "fail_closed":
            lowered = raw.strip().lower()
            if lowered in {"1", "true", "yes", "on"}:
                return True
            if lowered in {"0", "false", "no", "off"}:
                return False
            raise ValueError(f"expected true or false, got {raw!r}")
    except ValueError as error:
        raise ConfigError(str(error), setting=setting) from None
    return raw
