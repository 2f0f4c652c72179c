from __future__ import annotations

from pathlib import Path

import pytest

from guard import Config
from guard._guard import Guard
from tests.middleware.helpers import blocking_rules


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def guard() -> Guard:
    """The shipped rules; conversation state in memory."""
    return Guard.from_config(Config())


@pytest.fixture(scope="session")
def blocking_guard(tmp_path_factory: pytest.TempPathFactory) -> Guard:
    """Rules that block a customer's SSN and an agent's card number (the shipped ones mask)."""
    rules: Path = blocking_rules(
        tmp_path_factory.mktemp("rules"), {"customer": ["US_SSN"], "agent": ["CREDIT_CARD"]}
    )
    return Guard.from_config(Config(rules=rules))
