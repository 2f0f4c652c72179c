"""Where message text sits in a JSON document: field paths like `messages[*].content`.

A `FieldPath` is parsed once, when the middleware is built; `collect_slots` finds every
string at or under the paths in a parsed body, and each `TextSlot` can put masked text back
in place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from guard._exceptions import ConfigError

_KEY = r"[\w\-$@:]+"
_INDEX = r"\[(?:\*|\d+)\]"
_PATH = re.compile(rf"{_KEY}(?:{_INDEX})*(?:\.{_KEY}(?:{_INDEX})*)*")
_STEP = re.compile(rf"({_KEY})|\[(\*|\d+)\]")

Step = str | int | None  # a key, a list index, or None for every item ([*])


@dataclass(frozen=True, slots=True)
class TextSlot:
    """One string found at a field path: where it is, and the object that owns it.

    `owner` is the JSON object the path's last key was read from (a chat-completion
    message, for `messages[*].content`): `From.item` reads the role there.
    """

    label: str
    container: dict[str, Any] | list[Any]
    key: str | int
    owner: dict[str, Any]

    @property
    def text(self) -> str:
        return str(_get(self.container, self.key))

    def replace(self, text: str) -> None:
        if isinstance(self.container, dict):
            self.container[str(self.key)] = text
        else:
            self.container[int(self.key)] = text


@dataclass(frozen=True, slots=True)
class FieldPath:
    """A dotted JSON path with list steps: `text`, `messages[*].content`, `choices[0].delta`.

    Every string at or under the value the path names is message text, so
    `messages[*].content` covers both plain strings and lists of content parts.
    """

    source: str
    steps: tuple[Step, ...]

    @classmethod
    def parse(cls, source: str) -> FieldPath:
        if not _PATH.fullmatch(source):
            raise ConfigError(
                "expected a path like 'text' or 'messages[*].content'", setting=f"field {source!r}"
            )
        steps: list[Step] = []
        for key, index in _STEP.findall(source):
            if key:
                steps.append(key)
            else:
                steps.append(None if index == "*" else int(index))
        return cls(source, tuple(steps))

    def slots(self, document: Any) -> Iterator[TextSlot]:
        """Every string at or under this path in `document`, in document order."""
        yield from self._walk(document, self.steps, "", None)

    def _walk(
        self, node: Any, steps: tuple[Step, ...], label: str, owner: dict[str, Any] | None
    ) -> Iterator[TextSlot]:
        if not steps:
            return
        step, rest = steps[0], steps[1:]
        if isinstance(step, str):
            if isinstance(node, dict) and step in node:
                here = f"{label}.{step}" if label else step
                yield from self._descend(node, step, rest, here, node)
        elif isinstance(node, list):
            indexes = range(len(node)) if step is None else [step] if step < len(node) else []
            for index in indexes:
                yield from self._descend(node, index, rest, f"{label}[{index}]", owner)

    def _descend(
        self,
        container: dict[str, Any] | list[Any],
        key: str | int,
        rest: tuple[Step, ...],
        label: str,
        owner: dict[str, Any] | None,
    ) -> Iterator[TextSlot]:
        value = _get(container, key)
        if rest:
            yield from self._walk(value, rest, label, owner)
        else:
            yield from _strings(container, key, label, owner if owner is not None else {})


def _strings(
    container: dict[str, Any] | list[Any], key: str | int, label: str, owner: dict[str, Any]
) -> Iterator[TextSlot]:
    value = _get(container, key)
    if isinstance(value, str):
        yield TextSlot(label, container, key, owner)
    elif isinstance(value, dict):
        for name in value:
            yield from _strings(value, name, f"{label}.{name}", owner)
    elif isinstance(value, list):
        for index in range(len(value)):
            yield from _strings(value, index, f"{label}[{index}]", owner)


def _get(container: dict[str, Any] | list[Any], key: str | int) -> Any:
    return container[str(key)] if isinstance(container, dict) else container[int(key)]


def parse_fields(fields: tuple[str, ...] | list[str] | str) -> tuple[FieldPath, ...]:
    if isinstance(fields, str):
        fields = (fields,)
    return tuple(FieldPath.parse(f) for f in fields)


def collect_slots(paths: tuple[FieldPath, ...], document: Any) -> list[TextSlot]:
    """The strings at `paths`, each once even when two paths reach it."""
    seen: set[tuple[int, str | int]] = set()
    found: list[TextSlot] = []
    for path in paths:
        for slot in path.slots(document):
            identity = (id(slot.container), slot.key)
            if identity not in seen:
                seen.add(identity)
                found.append(slot)
    return found
