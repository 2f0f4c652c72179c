"""Exceptions raised by guard.

    GuardError
    ├── RulesError          a rules file is missing, unreadable or invalid
    ├── ConfigError         a configuration value is invalid
    ├── MessageError        a message given to the engine is malformed
    └── StoreError          a conversation store cannot be reached or is corrupt

No exception carries the text of a message: errors name types, keys and offsets only.
"""

from __future__ import annotations

from pathlib import Path


class GuardError(Exception):
    """Base class of every error guard raises on purpose."""


class RulesError(GuardError):
    """A rules file could not be loaded.

    The message names the file, the key inside it (dotted path) and the problem.
    """

    def __init__(self, problem: str, *, file: Path | str | None = None, key: str = "") -> None:
        self.file = str(file) if file is not None else None
        self.key = key
        self.problem = problem
        where = self.file or "<rules>"
        if key:
            where = f"{where}: {key}"
        super().__init__(f"{where}: {problem}")


class ConfigError(GuardError):
    """A configuration value (argument, option or GUARD_ environment variable) is invalid."""

    def __init__(self, problem: str, *, setting: str = "") -> None:
        self.setting = setting
        self.problem = problem
        super().__init__(f"{setting}: {problem}" if setting else problem)


class MessageError(GuardError):
    """A message is malformed: a missing field, a wrong type or an unknown role."""

    def __init__(self, problem: str, *, field: str = "") -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}" if field else problem)


class StoreError(GuardError):
    """A conversation store failed: unreachable server, timeout or corrupt state."""
