"""What the middleware guards: routes, sockets, where the text sits, whose it is.

A `GuardedRoute` names an HTTP path (Starlette syntax, `/chats/{conversation}/messages`),
the JSON field paths that hold message text in the request and in the response, and where
the conversation id and the author's role come from (`From`). A `GuardedSocket` does the
same for a WebSocket path. Everything is parsed and checked once, when the middleware is
built: a bad field path or role is a `ConfigError` then, never a surprise per request.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple
from urllib.parse import parse_qsl

from starlette.convertors import Convertor
from starlette.routing import compile_path
from starlette.types import Scope

from guard._exceptions import ConfigError
from guard._model import Role
from guard.middleware._fields import FieldPath, Step, parse_fields

#: Role names the middleware understands: guard's own and chat-completion style ones.
DEFAULT_ROLE_NAMES: Mapping[str, Role] = {
    "customer": Role.CUSTOMER,
    "user": Role.CUSTOMER,
    "agent": Role.AGENT,
    "assistant": Role.AGENT,
    "system": Role.AGENT,
    "developer": Role.AGENT,
    "tool": Role.AGENT,
}

# ── where a conversation id or a role comes from ────────────────────────────────────────


class Place(NamedTuple):
    """Everything a `From` may read: the ASGI scope, path parameters, the JSON body."""

    scope: Scope
    params: Mapping[str, str]
    body: Any = None
    owner: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class From:
    """Where a value sits: a path parameter, a header, a query parameter, a JSON body
    field, a key of the message object that holds the text (`item`), a callable on the
    ASGI scope, or a fixed value.

    >>> From.path("conversation"), From.header("x-conversation-id"), From.json("role")
    """

    kind: Literal["path", "header", "query", "json", "item", "scope", "value"]
    name: str = ""
    func: Callable[[Scope], str | None] | None = None
    steps: tuple[Step, ...] = ()

    @classmethod
    def path(cls, name: str) -> From:
        return cls("path", name)

    @classmethod
    def header(cls, name: str) -> From:
        return cls("header", name.lower())

    @classmethod
    def query(cls, name: str) -> From:
        return cls("query", name)

    @classmethod
    def json(cls, path: str) -> From:
        return cls("json", path, steps=FieldPath.parse(path).steps)  # parsed once, here

    @classmethod
    def item(cls, key: str) -> From:
        return cls("item", key)

    @classmethod
    def scope(cls, func: Callable[[Scope], str | None]) -> From:
        return cls("scope", getattr(func, "__name__", "callable"), func)

    @classmethod
    def value(cls, value: str) -> From:
        return cls("value", value)

    def describe(self) -> str:
        return f"{self.kind} {self.name!r}" if self.kind != "value" else repr(self.name)

    def find(self, place: Place) -> str | None:
        """The value at this place, or None when it is not there."""
        value: object = None
        if self.kind == "value":
            value = self.name
        elif self.kind == "path":
            value = place.params.get(self.name)
        elif self.kind == "header":
            for key, raw in place.scope.get("headers", ()):
                if key.decode("latin-1").lower() == self.name:
                    value = raw.decode("latin-1")
                    break
        elif self.kind == "query":
            query = place.scope.get("query_string", b"").decode("latin-1")
            value = dict(parse_qsl(query)).get(self.name)
        elif self.kind == "json":
            value = _json_value(place.body, self.steps)
        elif self.kind == "item":
            value = place.owner.get(self.name) if place.owner is not None else None
        elif self.func is not None:
            value = self.func(place.scope)
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        return value if isinstance(value, str) and value else None


def _json_value(document: Any, steps: tuple[Step, ...]) -> object:
    node = document
    for step in steps:
        if isinstance(step, str) and isinstance(node, dict):
            node = node.get(step)
        elif isinstance(step, int) and isinstance(node, list) and step < len(node):
            node = node[step]
        else:
            return None
    return node


def as_from(value: From | Callable[[Scope], str | None] | str | None) -> From | None:
    if value is None or isinstance(value, From):
        return value
    if isinstance(value, str):
        return From.value(value)
    if callable(value):
        return From.scope(value)
    raise ConfigError(f"expected a From, a callable or a string, got {type(value).__name__}")


@dataclass(frozen=True, slots=True)
class Limits:
    """How much the middleware reads and holds.

    max_body:  bytes of a request body, a JSON answer or a frame; more is refused
    hold_back: characters of a streamed answer held after digits (see `_stream.py`)
    max_hold:  the most characters a streamed answer may hold
    """

    max_body: int = 1024 * 1024
    hold_back: int = 64
    max_hold: int = 512

    def __post_init__(self) -> None:
        if self.max_body < 1:
            raise ConfigError("must be at least 1 byte", setting="max_body")
        if self.hold_back < 1 or self.max_hold < self.hold_back:
            raise ConfigError("need 1 <= hold_back <= max_hold", setting="hold_back")


# ── routes and sockets ──────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class _Where:
    """Shared by routes and sockets: a compiled path and how to read conversation and role."""

    path: str
    conversation: From | Callable[[Scope], str | None] | str | None = None
    role: From | Callable[[Scope], str | None] | str | Role = Role.CUSTOMER
    role_names: Mapping[str, Role] = field(default_factory=lambda: dict(DEFAULT_ROLE_NAMES))
    _regex: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _convertors: dict[str, Convertor[Any]] = field(init=False, repr=False, compare=False)
    _conversation: From | None = field(init=False, repr=False, compare=False)
    _role: From = field(init=False, repr=False, compare=False)
    _names: dict[str, Role] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.path.startswith("/"):
            raise ConfigError(f"must start with '/', got {self.path!r}", setting="path")
        regex, _format, convertors = compile_path(self.path)
        names = {k.lower(): v for k, v in self.role_names.items()}
        role_from = self._from_role(self.role, names, "role")
        if role_from is None:
            raise ConfigError("a route needs a role", setting="role")
        self._set(
            _regex=regex,
            _convertors=convertors,
            _conversation=as_from(self.conversation),
            _role=role_from,
            _names=names,
        )

    def _set(self, **values: Any) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)

    @staticmethod
    def _from_role(
        role: From | Callable[[Scope], str | None] | str | Role,
        names: Mapping[str, Role],
        setting: str,
    ) -> From | None:
        found = as_from(role.value if isinstance(role, Role) else role)
        if found is not None and found.kind == "value" and found.name.lower() not in names:
            raise ConfigError(f"unknown role {found.name!r}", setting=setting)
        return found

    def match(self, scope: Scope) -> dict[str, str] | None:
        """The path parameters when `scope`'s path is this one, else None."""
        found = self._regex.match(scope.get("path", ""))
        if found is None:
            return None
        return {
            key: str(self._convertors[key].convert(value))
            for key, value in found.groupdict().items()
        }

    def conversation_of(self, place: Place) -> str:
        found = self._conversation.find(place) if self._conversation is not None else None
        return found or ""

    def role_of(self, place: Place) -> Role:
        """The author's role, or `RoleError` saying where it was looked for."""
        raw = self._role.find(place)
        if raw is None:
            raise RoleError(f"no role in {self._role.describe()}")
        role = self._names.get(raw.lower())
        if role is None:
            raise RoleError(f"unknown role in {self._role.describe()}")
        return role

    def _side_role(self, finder: From | None, place: Place) -> Role:
        raw = finder.find(place) if finder is not None else None
        role = self._names.get(raw.lower()) if raw else None
        # A message of unknown authorship is checked as the agent side: the stricter one.
        return role if role is not None else Role.AGENT


class RoleError(ValueError):
    """A message's role is missing or unknown (answered as a 400, never guessed)."""


@dataclass(frozen=True)
class GuardedRoute(_Where):
    """An HTTP route whose JSON bodies carry chat messages.

    path:            Starlette path syntax; parameters feed `From.path`
    methods:         the request methods guarded (others pass untouched)
    request_fields:  where message text sits in the request JSON
    response_fields: where message text sits in the response JSON (the bot or agent side);
                     empty to leave JSON responses alone
    stream_fields:   in `text/event-stream` responses, where the text sits in each event's
                     JSON data (`choices[*].delta.content`); empty: the data is the text
    conversation:    where the conversation id comes from (none: each message alone)
    role:            the request's author: a `Role`, or where to read it
    response_role:   the response's author
    record_responses: check JSON responses in the conversation's state, as turns of it
                     (a bot's answers); otherwise each is checked alone
    """

    methods: tuple[str, ...] = ("POST", "PUT", "PATCH")
    request_fields: tuple[str, ...] | str = ("text",)
    response_fields: tuple[str, ...] | str = ()
    stream_fields: tuple[str, ...] | str = ()
    response_role: From | Callable[[Scope], str | None] | str | Role = Role.AGENT
    record_responses: bool = False
    request_paths: tuple[FieldPath, ...] = field(init=False, repr=False, compare=False)
    response_paths: tuple[FieldPath, ...] = field(init=False, repr=False, compare=False)
    stream_paths: tuple[FieldPath, ...] = field(init=False, repr=False, compare=False)
    _response_role: From | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        self._set(
            methods=tuple(m.upper() for m in self.methods),
            request_paths=parse_fields(self.request_fields),
            response_paths=parse_fields(self.response_fields),
            stream_paths=parse_fields(self.stream_fields),
            _response_role=self._from_role(self.response_role, self._names, "response_role"),
        )

    def response_role_of(self, place: Place) -> Role:
        return self._side_role(self._response_role, place)


@dataclass(frozen=True)
class GuardedSocket(_Where):
    """A WebSocket path whose frames carry chat messages.

    fields:      where the text sits in JSON frames; a frame that is not a JSON object is
                 text as a whole
    send_fields: the same for frames the app sends
    send_role:   the author of frames the app sends: a `Role` or where to read it in the
                 frame (`From.json("role")`); frames sent are checked alone, never as turns
                 of the conversation, because the app relays what its participants wrote
    """

    fields: tuple[str, ...] | str = ("text",)
    send_fields: tuple[str, ...] | str = ("text",)
    send_role: From | Callable[[Scope], str | None] | str | Role = Role.AGENT
    receive_paths: tuple[FieldPath, ...] = field(init=False, repr=False, compare=False)
    send_paths: tuple[FieldPath, ...] = field(init=False, repr=False, compare=False)
    _send_role: From | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        self._set(
            receive_paths=parse_fields(self.fields),
            send_paths=parse_fields(self.send_fields),
            _send_role=self._from_role(self.send_role, self._names, "send_role"),
        )

    def send_role_of(self, place: Place) -> Role:
        return self._side_role(self._send_role, place)
