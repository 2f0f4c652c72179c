"""`guard scan`: JSON Lines in, one verdict line out per input line, in input order.

Kept apart from the CLI so the batch auditor and the tests can drive it without click.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from guard._exceptions import MessageError, StoreError
from guard._guard import Guard
from guard._model import Message, Role, Verdict

_ROLES = {r.value: r for r in Role}
_FIELDS = ("id", "conversation", "role", "text")


def parse_line(line: str) -> tuple[Message, str | int]:
    """One JSON Lines record -> (Message, the id as given), or MessageError saying why not."""
    if not line.strip():
        raise MessageError("empty line")
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise MessageError(f"not JSON: {error.msg} at column {error.colno}") from None
    if not isinstance(data, dict):
        raise MessageError(f"expected a JSON object, got {type(data).__name__}")
    message = message_from_dict(data)
    raw_id: str | int = data["id"]
    return message, raw_id


def message_from_dict(data: dict[str, Any]) -> Message:
    missing = [name for name in _FIELDS if name not in data]
    if missing:
        raise MessageError(f"missing field{'s' if len(missing) > 1 else ''} {', '.join(missing)}")
    message_id = data["id"]
    if isinstance(message_id, bool) or not isinstance(message_id, str | int):
        raise MessageError("must be a string or an integer", field="id")
    for name in ("conversation", "text"):
        if not isinstance(data[name], str):
            raise MessageError(f"must be a string, got {type(data[name]).__name__}", field=name)
    role = _ROLES.get(data["role"]) if isinstance(data["role"], str) else None
    if role is None:
        raise MessageError("must be 'customer' or 'agent'", field="role")
    return Message(
        id=str(message_id),
        text=data["text"],
        role=role,
        conversation=data["conversation"],
        timestamp=_timestamp(data.get("timestamp")),
    )


def _timestamp(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not math.isfinite(value):
            raise MessageError("must be a finite number", field="timestamp")
        return float(value)
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value).timestamp()
        except ValueError:
            raise MessageError("must be seconds or an ISO 8601 time", field="timestamp") from None
    raise MessageError("must be seconds or an ISO 8601 time", field="timestamp")


def _known_id(line: str) -> object:
    """The id of a bad line, when it can be read (for its error record)."""
    try:
        data = json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        return None
    if isinstance(data, dict):
        value = data.get("id")
        if isinstance(value, str | int) and not isinstance(value, bool):
            return value
    return None


@dataclass
class ScanSummary:
    lines: int = 0
    errors: int = 0
    actions: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)

    def add(self, verdict: Verdict) -> None:
        self.actions[verdict.action.value] += 1
        self.types.update(f.type.value for f in verdict.findings)
        self.types.update(f"request:{v.requested.value}" for v in verdict.violations)

    def render(self) -> str:
        actions = ", ".join(f"{self.actions[a]} {a}" for a in ("allow", "mask", "block"))
        found = ", ".join(f"{t} {n}" for t, n in sorted(self.types.items())) or "nothing"
        return f"{self.lines} lines: {actions}, {self.errors} bad\nfound: {found}"


def scan_lines(
    guard: Guard, lines: Iterable[str], summary: ScanSummary | None = None
) -> Iterator[dict[str, Any]]:
    """One output record per input line, in order, each conversation's state kept in the
    guard's store. A line that cannot be read, or whose conversation state cannot be
    loaded or saved, gets an error record; the other lines are still processed."""
    summary = summary if summary is not None else ScanSummary()
    for line in lines:
        summary.lines += 1
        try:
            message, raw_id = parse_line(line)
        except MessageError as error:
            summary.errors += 1
            yield {"id": _known_id(line), "error": str(error)}
            continue
        try:
            verdict = guard.check(message)
        except StoreError as error:
            summary.errors += 1
            yield {"id": raw_id, "error": f"conversation store: {error}"}
            continue
        summary.add(verdict)
        record = verdict.to_dict()
        record["id"] = raw_id  # echoed as given, string or number
        yield record
