"""GuardMiddleware on HTTP: JSON requests and answers, through a real Starlette app."""

from __future__ import annotations

import json
import logging
import random
import uuid
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from guard import Message, Role
from guard._exceptions import StoreError
from guard._guard import Guard
from guard._state import ConversationState
from guard.middleware import From, GuardedRoute, GuardMiddleware, verdicts
from guard.stores import Step
from tests.middleware.helpers import (
    CLEAN_MESSAGES,
    Events,
    body_of,
    card_message,
    digits_of,
    headers_of,
    http_scope,
    leaks,
    run_http,
)

pytestmark = pytest.mark.anyio

SSN = "536-22-1987"


class EchoApp:
    """A chat backend that answers with what it received (and counts its calls)."""

    def __init__(self) -> None:
        self.calls = 0
        self.app = Starlette(
            routes=[
                Route("/chat/{conversation}", self.echo, methods=["POST", "PUT"]),
                Route("/v1/chat/completions", self.echo, methods=["POST"]),
                Route("/open", self.echo, methods=["POST"]),
                Route("/reply", self.reply, methods=["POST"]),
            ]
        )

    async def echo(self, request: Request) -> Response:
        self.calls += 1
        raw = await request.body()
        return JSONResponse(
            {
                "received": json.loads(raw),
                "bytes": len(raw),
                "content_length": request.headers.get("content-length"),
                "actions": [v.action.value for v in verdicts(request.scope)],
            }
        )

    async def reply(self, request: Request) -> Response:
        self.calls += 1
        data = await request.json()
        return JSONResponse({"reply": data["say"], "role": data.get("as", "agent")})


CHAT = GuardedRoute(
    "/chat/{conversation}",
    conversation=From.path("conversation"),
    role=From.json("role"),
)
COMPLETIONS = GuardedRoute(
    "/v1/chat/completions",
    request_fields=("messages[*].content",),
    role=From.item("role"),
    conversation=From.header("x-conversation-id"),
)
REPLY = GuardedRoute(
    "/reply", request_fields=(), response_fields=("reply",), response_role=From.json("role")
)


def wrap(guard: Guard, events: Events | None = None, **options: Any) -> tuple[EchoApp, Any]:
    backend = EchoApp()
    app = GuardMiddleware(
        backend.app, routes=[CHAT, COMPLETIONS, REPLY], guard=guard, on_verdict=events, **options
    )
    return backend, app


def client(app: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")


def expected(guard: Guard, text: str, role: Role = Role.CUSTOMER) -> str | None:
    """What the engine alone delivers for `text`."""
    return guard.engine.inspect(Message("m", text, role))[0].text


def conversation() -> str:
    return uuid.uuid4().hex


@pytest.mark.parametrize("seed", range(25))
async def test_a_card_number_is_masked_before_the_app_sees_it(guard: Guard, seed: int) -> None:
    text, digits = card_message(random.Random(seed))
    backend, app = wrap(guard)
    async with client(app) as http:
        answer = await http.post(
            f"/chat/{conversation()}", json={"role": "customer", "text": text, "extra": [1, 2]}
        )
    assert answer.status_code == 200
    seen = answer.json()
    delivered = seen["received"]["text"]
    assert not leaks(digits, delivered), delivered
    assert delivered == expected(guard, text)
    assert seen["received"]["extra"] == [1, 2]
    assert seen["content_length"] == str(seen["bytes"])
    assert seen["actions"] == ["mask"]
    assert backend.calls == 1


@pytest.mark.parametrize("text", CLEAN_MESSAGES)
async def test_a_clean_body_reaches_the_app_byte_for_byte(guard: Guard, text: str) -> None:
    raw = json.dumps({"role": "customer", "text": text}, indent=3).encode()
    _backend, app = wrap(guard)
    async with client(app) as http:
        answer = await http.post(f"/chat/{conversation()}", content=raw)
    seen = answer.json()
    assert seen["bytes"] == len(raw)
    assert seen["received"]["text"] == text
    assert seen["actions"] == ["allow"]


async def test_chat_completion_lists_are_checked_item_by_item(guard: Guard) -> None:
    text, digits = card_message(random.Random(7))
    body = {
        "model": "m",
        "messages": [
            {"role": "system", "content": "You are a helpful agent."},
            {"role": "user", "content": text},
            {"role": "assistant", "content": "Thanks, let me look."},
            {"role": "user", "content": [{"type": "text", "text": f"again: {text}"}]},
        ],
    }
    events = Events()
    _backend, app = wrap(guard, events)
    async with client(app) as http:
        answer = await http.post(
            "/v1/chat/completions", json=body, headers={"x-conversation-id": conversation()}
        )
    seen = answer.json()["received"]["messages"]
    assert seen[0] == body["messages"][0] and seen[2] == body["messages"][2]
    assert not leaks(digits, seen[1]["content"])
    assert not leaks(digits, seen[3]["content"][0]["text"])
    assert seen[3]["content"][0]["type"] == "text"
    assert [e["field"] for e in events] == [
        "messages[0].content",
        "messages[1].content",
        "messages[2].content",
        "messages[3].content[0].type",
        "messages[3].content[0].text",
    ]
    assert [e["role"] for e in events] == ["agent", "customer", "agent", "customer", "customer"]


async def test_a_blocked_message_gets_a_422_problem_and_never_reaches_the_app(
    blocking_guard: Guard,
) -> None:
    events = Events()
    backend, app = wrap(blocking_guard, events)
    async with client(app) as http:
        answer = await http.post(
            f"/chat/{conversation()}", json={"role": "customer", "text": f"my ssn is {SSN}"}
        )
    assert answer.status_code == 422
    assert answer.headers["content-type"] == "application/problem+json"
    assert int(answer.headers["content-length"]) == len(answer.content)
    problem = answer.json()
    assert problem["status"] == 422 and problem["type"].endswith(":blocked")
    assert problem["types"] == ["US_SSN"]
    assert problem["blocked"] == [{"field": "text", "types": ["US_SSN"]}]
    assert digits_of(SSN) not in digits_of(answer.text)
    assert backend.calls == 0
    [event] = events
    assert (event["action"], event["types"], event["direction"]) == ("block", ["US_SSN"], "request")


async def test_one_blocked_item_blocks_the_whole_request(blocking_guard: Guard) -> None:
    backend, app = wrap(blocking_guard)
    body = {
        "messages": [
            {"role": "user", "content": "hello"},
            {"role": "user", "content": f"ssn {SSN}"},
        ]
    }
    async with client(app) as http:
        answer = await http.post("/v1/chat/completions", json=body)
    assert answer.status_code == 422
    assert answer.json()["blocked"] == [{"field": "messages[1].content", "types": ["US_SSN"]}]
    assert backend.calls == 0


@pytest.mark.parametrize(
    ("raw", "detail"),
    [
        (b'{"role": "customer", "text": "4111 1111', "not valid JSON"),
        (b"", "not valid JSON"),
        (b"\xff\xfe{}", "not valid JSON"),
        (b'"my card is 4111 1111 1111 1111"', "JSON object or array"),
        (b'{"text": "hello"}', "no role"),
        (b'{"role": "bot", "text": "hello"}', "unknown role"),
        (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
    ],
)
async def test_a_malformed_body_gets_400_and_never_reaches_the_app(
    guard: Guard, raw: bytes, detail: str
) -> None:
    backend, app = wrap(guard, max_body=1_000_000)
    async with client(app) as http:
        answer = await http.post(f"/chat/{conversation()}", content=raw)
    assert answer.status_code == 400, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    assert detail in answer.json()["detail"]
    assert "4111" not in answer.text
    assert backend.calls == 0


async def test_a_body_over_the_limit_gets_413_by_its_declared_length(guard: Guard) -> None:
    backend, app = wrap(guard, max_body=100)
    async with client(app) as http:
        answer = await http.post(
            f"/chat/{conversation()}", json={"role": "customer", "text": "x" * 200}
        )
    assert answer.status_code == 413
    assert answer.json()["limit"] == 100
    assert backend.calls == 0


async def test_a_streamed_body_over_the_limit_gets_413_without_a_declared_length(
    guard: Guard,
) -> None:
    backend, app = wrap(guard, max_body=100)
    chunks = [b'{"role": "customer", "text": "', b"x" * 60, b"y" * 60, b'"}']
    sent = await run_http(app, http_scope("/chat/c"), chunks)
    assert sent[0]["status"] == 413
    assert backend.calls == 0


async def test_a_chunked_body_within_the_limit_is_checked_whole(guard: Guard) -> None:
    _backend, app = wrap(guard)
    chunks = [b'{"role": "customer", "text": "card 4111 11', b'11 1111 1111 please"}']
    sent = await run_http(app, http_scope(f"/chat/{conversation()}"), chunks)
    seen = json.loads(body_of(sent))
    assert seen["received"]["text"] == "card **** **** **** 1111 please"
    assert seen["content_length"] == str(seen["bytes"])


async def test_unguarded_routes_and_methods_pass_untouched(guard: Guard) -> None:
    events = Events()
    _backend, app = wrap(guard, events)
    text = "card 4111 1111 1111 1111"
    async with client(app) as http:
        other = await http.post("/open", json={"text": text})
        wrong_method = await http.get(f"/chat/{conversation()}")
    assert other.json()["received"]["text"] == text
    assert wrong_method.status_code == 405
    assert events == []


async def test_lifespan_passes_through(guard: Guard) -> None:
    seen: list[str] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        seen.append(scope["type"])
        message = await receive()
        seen.append(message["type"])
        await send({"type": "lifespan.startup.complete"})

    async def receive() -> dict[str, Any]:
        return {"type": "lifespan.startup"}

    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await GuardMiddleware(app, routes=[CHAT], guard=guard)({"type": "lifespan"}, receive, send)
    assert seen == ["lifespan", "lifespan.startup"]
    assert sent == [{"type": "lifespan.startup.complete"}]


async def test_events_carry_ids_types_offsets_and_never_the_text(guard: Guard) -> None:
    text, digits = card_message(random.Random(3))
    events = Events()
    talk = conversation()
    _backend, app = wrap(guard, events)
    async with client(app) as http:
        await http.post(f"/chat/{talk}", json={"role": "customer", "text": text})
    [event] = events
    assert event["conversation"] == talk
    assert event["action"] == "mask" and "CREDIT_CARD" in event["types"]
    [card] = [f for f in event["findings"] if f["type"] == "CREDIT_CARD"]
    assert digits_of(text[card["start"] : card["end"]]) == digits
    assert digits not in digits_of(events.text()) and text not in events.text()


async def test_an_async_event_sink_is_awaited_and_a_failing_one_breaks_nothing(
    guard: Guard, caplog: pytest.LogCaptureFixture
) -> None:
    got: list[dict[str, Any]] = []

    async def sink(event: dict[str, Any]) -> None:
        got.append(event)

    def broken(event: dict[str, Any]) -> None:
        raise RuntimeError("sink down " + json.dumps(event))

    for on_verdict in (sink, broken):
        app = GuardMiddleware(EchoApp().app, routes=[CHAT], guard=guard, on_verdict=on_verdict)
        async with client(app) as http:
            answer = await http.post(
                f"/chat/{conversation()}", json={"role": "customer", "text": "hi"}
            )
        assert answer.status_code == 200
    assert len(got) == 1
    assert "event sink failed: RuntimeError" in caplog.text


class BrokenStore:
    """A conversation store that is down."""

    def transact(self, conversation: str, step: Step[Any]) -> Any:
        raise StoreError("store unreachable")

    async def atransact(self, conversation: str, step: Step[Any]) -> Any:
        step(ConversationState())  # the engine runs; saving fails
        raise StoreError("store unreachable")

    def close(self) -> None:
        pass


async def test_fail_closed_blocks_when_checking_raises_and_logs_no_text(
    guard: Guard, caplog: pytest.LogCaptureFixture
) -> None:
    broken = Guard(guard.engine, BrokenStore())
    events = Events()
    backend, app = wrap(broken, events)
    text = f"my card is 4111 1111 1111 1111 and ssn {SSN}"
    with caplog.at_level(logging.ERROR, logger="guard.middleware"):
        async with client(app) as http:
            answer = await http.post(
                f"/chat/{conversation()}", json={"role": "customer", "text": text}
            )
    assert answer.status_code == 503
    assert answer.json()["type"].endswith(":scan-failed")
    assert backend.calls == 0
    assert "store unreachable" in caplog.text
    assert "4111" not in caplog.text and "1987" not in caplog.text
    [event] = events
    assert (event["event"], event["action"], event["error"]) == (
        "scan_failed",
        "block",
        "StoreError",
    )


async def test_fail_open_passes_the_text_unchecked_when_configured(guard: Guard) -> None:
    broken = Guard(guard.engine, BrokenStore())
    events = Events()
    _backend, app = wrap(broken, events, fail_closed=False)
    async with client(app) as http:
        answer = await http.post(
            f"/chat/{conversation()}", json={"role": "customer", "text": "card 4111 1111 1111 1111"}
        )
    assert answer.status_code == 200
    assert answer.json()["received"]["text"] == "card 4111 1111 1111 1111"
    assert events[0]["action"] == "allow" and events[0]["event"] == "scan_failed"


async def test_a_json_answer_is_masked_with_a_correct_length(guard: Guard) -> None:
    text, digits = card_message(random.Random(11))
    _backend, app = wrap(guard)
    async with client(app) as http:
        answer = await http.post("/reply", json={"say": text})
    assert answer.status_code == 200
    assert int(answer.headers["content-length"]) == len(answer.content)
    assert not leaks(digits, answer.json()["reply"])


async def test_a_blocked_json_answer_is_replaced_by_a_502_problem(blocking_guard: Guard) -> None:
    events = Events()
    _backend, app = wrap(blocking_guard, events)
    async with client(app) as http:
        agent = await http.post("/reply", json={"say": "it is 4111 1111 1111 1111"})
        customer = await http.post(
            "/reply", json={"say": "it is 4111 1111 1111 1111", "as": "customer"}
        )
    assert agent.status_code == 502
    assert agent.json()["types"] == ["CREDIT_CARD"] and "4111" not in agent.text
    assert customer.status_code == 200  # the policy blocks cards from agents only
    assert customer.json()["reply"] == "it is **** **** **** 1111"
    assert [e["direction"] for e in events] == ["response", "response"]


class OddAnswers:
    """Answers that claim JSON but are not, or are too big to hold."""

    def __init__(self, body: bytes) -> None:
        self.body = body

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await receive()
        headers = [(b"content-type", b"application/json")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        half = len(self.body) // 2
        await send({"type": "http.response.body", "body": self.body[:half], "more_body": True})
        await send({"type": "http.response.body", "body": self.body[half:], "more_body": False})


async def test_an_answer_that_is_not_the_json_it_claims_is_checked_as_text(guard: Guard) -> None:
    route = GuardedRoute("/odd", request_fields=(), response_fields=("reply",))
    app = GuardMiddleware(
        OddAnswers(b"{reply: card 4111 1111 1111 1111"), routes=[route], guard=guard
    )
    sent = await run_http(app, http_scope("/odd"), [b""])
    assert body_of(sent) == b"{reply: card **** **** **** 1111"
    assert headers_of(sent)["content-length"] == str(len(body_of(sent)))


@pytest.mark.parametrize("fail_closed", [True, False])
async def test_a_json_answer_too_big_to_check(guard: Guard, fail_closed: bool) -> None:
    route = GuardedRoute("/odd", request_fields=(), response_fields=("reply",))
    body = json.dumps({"reply": "x" * 300}).encode()
    app = GuardMiddleware(
        OddAnswers(body), routes=[route], guard=guard, max_body=200, fail_closed=fail_closed
    )
    sent = await run_http(app, http_scope("/odd"), [b""])
    if fail_closed:
        assert sent[0]["status"] == 502 and b"scan-failed" in body_of(sent)
    else:
        assert sent[0]["status"] == 200 and body_of(sent) == body


async def test_starlette_add_middleware_wraps_an_app_in_one_line(guard: Guard) -> None:
    backend = EchoApp()
    backend.app.add_middleware(GuardMiddleware, routes=[CHAT], guard=guard)
    async with client(backend.app) as http:
        answer = await http.post(
            f"/chat/{conversation()}", json={"role": "customer", "text": "pin is 4821"}
        )
    assert answer.json()["received"]["text"] == expected(guard, "pin is 4821")
    assert answer.json()["actions"] == ["mask"]


@pytest.mark.parametrize("seed", range(6))
async def test_a_card_split_over_the_messages_of_one_request_is_hidden_in_every_part(
    guard: Guard, seed: int
) -> None:
    rng = random.Random(seed)
    digits = card_message(rng)[1]
    cut = rng.randint(4, len(digits) - 4)
    first, second = digits[:cut], digits[cut:]
    body = {
        "messages": [
            {"role": "assistant", "content": "Hi! How can I help?"},
            {"role": "user", "content": f"my card is {first}"},
            {"role": "user", "content": f"{second} thanks"},
        ]
    }
    _backend, app = wrap(guard)
    async with client(app) as http:
        answer = await http.post("/v1/chat/completions", json=body)
    seen = [m["content"] for m in answer.json()["received"]["messages"]]
    assert seen[0] == "Hi! How can I help?"
    assert digits_of(seen[1]) == "" and seen[1].startswith("my card is ")
    assert not leaks(digits, seen[1] + seen[2])


async def test_the_rules_come_from_the_same_environment_as_the_cli(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.middleware.helpers import blocking_rules

    monkeypatch.setenv("GUARD_RULES", str(blocking_rules(tmp_path, {"customer": ["US_SSN"]})))
    monkeypatch.setenv("GUARD_FAIL_CLOSED", "false")
    app = GuardMiddleware(EchoApp().app, routes=[CHAT])
    assert app.checker.fail_closed is False
    async with client(app) as http:
        answer = await http.post(
            f"/chat/{conversation()}", json={"role": "customer", "text": f"ssn {SSN}"}
        )
    assert answer.status_code == 422


@pytest.mark.parametrize("seed", [11, 12])
async def test_the_app_receives_exactly_what_the_engine_delivers_for_every_kind_of_message(
    guard: Guard, seed: int
) -> None:
    """Generated chat (EN/ES, every secret type, look-alikes, small talk), customer and
    agent: through the middleware the app gets the engine's text, or nothing when blocked."""
    from tests.chatgen.messages import corpus

    samples = corpus(seed, 120)
    _backend, app = wrap(guard)
    async with client(app) as http:
        for index, sample in enumerate(samples):
            role = Role.AGENT if index % 3 == 0 else Role.CUSTOMER
            answer = await http.post(
                f"/chat/{conversation()}", json={"role": role.value, "text": sample.text}
            )
            verdict = guard.engine.inspect(Message("m", sample.text, role))[0]
            if verdict.text is None:
                assert answer.status_code == 422, sample.text
                assert answer.json()["types"] == verdict.types
            else:
                assert answer.json()["received"]["text"] == verdict.text, sample.text
