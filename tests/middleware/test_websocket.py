"""GuardMiddleware on WebSocket frames, both ways, through a real Starlette app."""

from __future__ import annotations

import json
import random
import uuid
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from guard import Message, Role
from guard._guard import Guard
from guard.middleware import From, GuardedSocket, GuardMiddleware, verdicts
from tests.middleware.helpers import CVV_REQUESTS, Events, Socket, card_message, leaks
from tests.middleware.test_http import BrokenStore

pytestmark = pytest.mark.anyio

SSN = "536-22-1987"
#: What the app says on its own when a client sends "say <key>".
APP_LINES = {"card": "your card 4111 1111 1111 1111 is on file", "hello": "hello"}


class Backend:
    """Echoes each frame back as the app received it, with the verdicts' actions; on
    "say <key>" the app sends `APP_LINES[key]` as its own words."""

    def __init__(self) -> None:
        self.received: list[str] = []
        self.app = Starlette(
            routes=[
                WebSocketRoute("/ws/{conversation}", self.chat),
                WebSocketRoute("/raw", self.chat),
            ]
        )

    async def chat(self, socket: WebSocket) -> None:
        await socket.accept()
        try:
            while True:
                message = await socket.receive()
                if message["type"] == "websocket.disconnect":
                    return
                if message.get("bytes") is not None:
                    self.received.append(repr(message["bytes"]))
                    await socket.send_bytes(message["bytes"])
                    continue
                text = message["text"]
                self.received.append(text)
                if text.startswith("say "):
                    await socket.send_json({"role": "agent", "text": APP_LINES[text[4:]]})
                    continue
                actions = [v.action.value for v in verdicts(socket.scope)]
                await socket.send_json({"got": text, "actions": actions})
        except WebSocketDisconnect:
            return


SOCKET = GuardedSocket(
    "/ws/{conversation}",
    conversation=From.path("conversation"),
    role=From.query("role"),
    send_role=From.json("role"),
)


def wrap(guard: Guard, events: Events | None = None, **options: Any) -> tuple[Backend, Any]:
    backend = Backend()
    return backend, GuardMiddleware(
        backend.app, sockets=[SOCKET], guard=guard, on_verdict=events, **options
    )


def path() -> str:
    return f"/ws/{uuid.uuid4().hex}"


def engine_text(guard: Guard, text: str, role: Role = Role.CUSTOMER) -> str | None:
    return guard.engine.inspect(Message("m", text, role))[0].text


@pytest.mark.parametrize("seed", range(10))
async def test_a_json_frame_is_masked_in_place(guard: Guard, seed: int) -> None:
    text, digits = card_message(random.Random(seed))
    backend, app = wrap(guard)
    async with Socket(app, path(), "role=customer") as ws:
        await ws.send_text(json.dumps({"text": text, "client_id": 7}))
        echoed = await ws.json()
    got = json.loads(echoed["got"])
    assert got == {"text": engine_text(guard, text), "client_id": 7}
    assert not leaks(digits, backend.received[0])
    assert echoed["actions"] == ["mask"]


async def test_a_plain_text_frame_is_masked_as_a_whole(guard: Guard) -> None:
    backend, app = wrap(guard)
    async with Socket(app, path(), "role=customer") as ws:
        await ws.send_text("mi tarjeta es 4539 1488 0343 6467")
        echoed = await ws.json()
    assert echoed["got"] == engine_text(guard, "mi tarjeta es 4539 1488 0343 6467")
    assert "0343" not in backend.received[0]


async def test_a_clean_frame_passes_unchanged(guard: Guard) -> None:
    backend, app = wrap(guard)
    frame = '{"text":  "Hi, I was charged twice on 11/02"}'
    async with Socket(app, path(), "role=customer") as ws:
        await ws.send_text(frame)
        echoed = await ws.json()
    assert backend.received == [frame]
    assert echoed["actions"] == ["allow"]


async def test_a_blocked_frame_gets_an_error_and_the_connection_stays_open(
    blocking_guard: Guard,
) -> None:
    events = Events()
    backend, app = wrap(blocking_guard, events)
    async with Socket(app, path(), "role=customer") as ws:
        await ws.send_text(json.dumps({"text": f"my ssn is {SSN}"}))
        assert await ws.json() == {"error": "blocked", "types": ["US_SSN"]}
        await ws.send_text(json.dumps({"text": "still there?"}))
        echoed = await ws.json()
    assert backend.received == ['{"text": "still there?"}']
    assert json.loads(echoed["got"]) == {"text": "still there?"}
    assert [e["action"] for e in events] == ["block", "allow"]
    assert "1987" not in events.text()


@pytest.mark.parametrize("request_text", CVV_REQUESTS)
async def test_an_agent_asking_for_the_cvv_is_refused(guard: Guard, request_text: str) -> None:
    """Needs agent-request detection (issue 4): a violation for CARD_SECURITY_CODE."""
    backend, app = wrap(guard)
    async with Socket(app, path(), "role=agent") as ws:
        await ws.send_text(json.dumps({"text": request_text}))
        refusal = await ws.json()
    assert refusal == {"error": "blocked", "types": ["CARD_SECURITY_CODE"]}
    assert backend.received == []


async def test_frames_the_app_sends_are_masked_and_checked_alone(guard: Guard) -> None:
    events = Events()
    _backend, app = wrap(guard, events)
    async with Socket(app, path(), "role=customer") as ws:
        await ws.send_text("say card")
        sent = await ws.json()
    assert sent == {"role": "agent", "text": "your card **** **** **** 1111 is on file"}
    outgoing = [e for e in events if e["direction"] == "send"]
    assert [(e["role"], e["action"]) for e in outgoing] == [("agent", "mask")]


async def test_a_blocked_frame_from_the_app_is_dropped(blocking_guard: Guard) -> None:
    events = Events()
    _backend, app = wrap(blocking_guard, events)
    async with Socket(app, path(), "role=customer") as ws:
        await ws.send_text("say card")
        assert await ws.nothing()
        await ws.send_text("say hello")
        assert await ws.json() == {"role": "agent", "text": "hello"}
    assert [e["action"] for e in events if e["direction"] == "send"] == ["block", "allow"]


async def test_binary_frames_of_text_are_checked_and_other_bytes_pass(guard: Guard) -> None:
    _backend, app = wrap(guard)
    async with Socket(app, path(), "role=customer") as ws:
        await ws.send_bytes(b"card 4111 1111 1111 1111")
        first = await ws.next()
        await ws.send_bytes(b"\xff\x00\x01")
        second = await ws.next()
    assert first["bytes"] == b"card **** **** **** 1111"
    assert second["bytes"] == b"\xff\x00\x01"


async def test_a_frame_over_the_limit_is_refused(guard: Guard) -> None:
    backend, app = wrap(guard, max_body=50)
    async with Socket(app, path(), "role=customer") as ws:
        await ws.send_text("x" * 51)
        assert await ws.json() == {"error": "too_large", "limit": 50}
    assert backend.received == []


async def test_a_missing_role_refuses_the_frame(guard: Guard) -> None:
    backend, app = wrap(guard)
    async with Socket(app, path(), "role=robot") as ws:
        await ws.send_text("hello")
        error = await ws.json()
    assert error["error"] == "bad_message" and "unknown role" in error["detail"]
    assert backend.received == []


async def test_fail_closed_refuses_a_frame_it_could_not_check(guard: Guard) -> None:
    events = Events()
    backend, app = wrap(Guard(guard.engine, BrokenStore()), events)
    async with Socket(app, path(), "role=customer") as ws:
        await ws.send_text("card 4111 1111 1111 1111")
        error = await ws.json()
    assert error == {"error": "blocked", "types": [], "reason": "not checked"}
    assert backend.received == []
    assert events[0]["event"] == "scan_failed"


async def test_unguarded_socket_paths_pass_untouched(guard: Guard) -> None:
    _backend, app = wrap(guard)
    async with Socket(app, "/raw") as ws:
        await ws.send_text("card 4111 1111 1111 1111")
        echoed = await ws.json()
    assert echoed["got"] == "card 4111 1111 1111 1111"
    assert echoed["actions"] == []


async def test_conversation_state_follows_the_path(guard: Guard) -> None:
    events = Events()
    _backend, app = wrap(guard, events)
    where = path()
    async with Socket(app, where, "role=customer") as ws:
        await ws.send_text("hello")
        await ws.json()
    assert events[0]["conversation"] == where.rsplit("/", 1)[1]


async def test_frames_carry_exactly_what_the_engine_delivers_for_every_kind_of_message(
    guard: Guard,
) -> None:
    from tests.chatgen.messages import corpus

    samples = corpus(21, 120)
    _backend, app = wrap(guard)
    for index, sample in enumerate(samples):
        role = Role.AGENT if index % 3 == 0 else Role.CUSTOMER
        # a conversation per frame: the engine's verdict with a fresh state
        async with Socket(app, path(), f"role={role.value}") as ws:
            await ws.send_text(json.dumps({"text": sample.text}))
            reply = await ws.json()
        verdict = guard.engine.inspect(Message("m", sample.text, role))[0]
        if verdict.text is None:
            assert reply == {"error": "blocked", "types": verdict.types}, sample.text
        else:
            assert json.loads(reply["got"]) == {"text": verdict.text}, sample.text
