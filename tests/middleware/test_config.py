"""Routes, sockets, field paths and `From`: checked once, when the middleware is built."""

from __future__ import annotations

from typing import Any

import pytest

from guard import ConfigError, Role
from guard._guard import Guard
from guard.middleware import From, GuardedRoute, GuardedSocket, GuardMiddleware
from guard.middleware._config import Place, RoleError
from guard.middleware._fields import FieldPath, collect_slots
from tests.middleware.helpers import http_scope


@pytest.mark.parametrize(
    ("source", "steps"),
    [
        ("text", ("text",)),
        ("messages[*].content", ("messages", None, "content")),
        ("choices[0].delta.content", ("choices", 0, "delta", "content")),
        ("a.b.c", ("a", "b", "c")),
        ("data[*][*].t", ("data", None, None, "t")),
    ],
)
def test_field_paths_parse(source: str, steps: tuple[Any, ...]) -> None:
    assert FieldPath.parse(source).steps == steps


@pytest.mark.parametrize(
    "source", ["", ".text", "text.", "a..b", "a[", "[*].x", "a[x]", "a.[0]", "a b", "a[-1]"]
)
def test_bad_field_paths_are_a_config_error(source: str) -> None:
    with pytest.raises(ConfigError, match="expected a path"):
        FieldPath.parse(source)


def test_slots_cover_strings_and_content_parts_with_their_owner() -> None:
    body = {
        "messages": [
            {"role": "user", "content": "one"},
            {"role": "assistant", "content": None},
            {"role": "user", "content": [{"type": "text", "text": "two"}, {"n": 3}]},
        ],
        "text": "top",
    }
    found = collect_slots((FieldPath.parse("messages[*].content"), FieldPath.parse("text")), body)
    assert [(s.label, s.text, s.owner.get("role")) for s in found] == [
        ("messages[0].content", "one", "user"),
        ("messages[2].content[0].type", "text", "user"),
        ("messages[2].content[0].text", "two", "user"),
        ("text", "top", None),
    ]
    found[0].replace("ONE")
    assert body["messages"][0]["content"] == "ONE"  # type: ignore[index]


def test_two_paths_to_one_string_check_it_once() -> None:
    paths = (FieldPath.parse("a[*].b"), FieldPath.parse("a[0].b"))
    assert len(collect_slots(paths, {"a": [{"b": "x"}]})) == 1


def test_from_reads_every_place() -> None:
    scope = http_scope("/c/42", headers=[(b"x-conversation-id", b"h1")])
    scope["query_string"] = b"role=agent&x=1"
    place = Place(scope, {"conversation": "42"}, {"meta": {"conv": 7}}, {"role": "user"})
    assert From.path("conversation").find(place) == "42"
    assert From.header("X-Conversation-Id").find(place) == "h1"
    assert From.query("role").find(place) == "agent"
    assert From.json("meta.conv").find(place) == "7"
    assert From.item("role").find(place) == "user"
    assert From.scope(lambda s: s["path"]).find(place) == "/c/42"
    assert From.value("customer").find(place) == "customer"
    for missing in (From.path("x"), From.header("x"), From.query("y"), From.json("meta.x")):
        assert missing.find(place) is None


def test_a_route_matches_its_path_and_reads_role_and_conversation() -> None:
    route = GuardedRoute(
        "/c/{conversation}", conversation=From.path("conversation"), role=From.json("who")
    )
    scope = http_scope("/c/abc")
    params = route.match(scope)
    assert params == {"conversation": "abc"}
    assert route.match(http_scope("/c/abc/more")) is None
    assert route.conversation_of(Place(scope, params)) == "abc"
    assert route.role_of(Place(scope, params, {"who": "Agent"})) is Role.AGENT
    assert route.role_of(Place(scope, params, {"who": "user"})) is Role.CUSTOMER
    with pytest.raises(RoleError, match="unknown role"):
        route.role_of(Place(scope, params, {"who": "bot"}))
    with pytest.raises(RoleError, match="no role"):
        route.role_of(Place(scope, params, {}))


@pytest.mark.parametrize(
    ("build", "setting"),
    [
        (lambda: GuardedRoute("chat"), "path"),
        (lambda: GuardedRoute("/chat", role="robot"), "role"),
        (lambda: GuardedRoute("/chat", request_fields=("a..b",)), "field"),
        (lambda: GuardedSocket("/ws", send_role="robot"), "send_role"),
        (lambda: GuardedSocket("/ws", fields=("[0]",)), "field"),
        (lambda: From.json("a["), "field"),
    ],
)
def test_bad_configuration_fails_when_built(build: Any, setting: str) -> None:
    with pytest.raises(ConfigError) as caught:
        build()
    assert caught.value.setting.startswith(setting)


@pytest.mark.parametrize(
    ("options", "setting"),
    [
        ({"routes": [GuardedSocket("/ws")]}, "routes"),
        ({"sockets": [GuardedRoute("/c")]}, "sockets"),
        ({"max_body": 0}, "max_body"),
        ({"hold_back": 100, "max_hold": 10}, "hold_back"),
    ],
)
def test_the_middleware_checks_its_arguments(
    guard: Guard, options: dict[str, Any], setting: str
) -> None:
    async def app(scope: Any, receive: Any, send: Any) -> None:
        raise AssertionError("never called")

    with pytest.raises(ConfigError) as caught:
        GuardMiddleware(app, guard=guard, **options)
    assert caught.value.setting == setting


def test_the_middleware_builds_its_guard_from_the_config(tmp_path: Any) -> None:
    from guard import Config

    async def app(scope: Any, receive: Any, send: Any) -> None:
        return None

    middleware = GuardMiddleware(app, config=Config(fail_closed=False))
    assert middleware.checker.fail_closed is False
    assert middleware.guard.engine.detect("card 4111 1111 1111 1111")
