"""Streamed answers: SSE and chunked text, held back so a split secret is still masked.

Raw ASGI event-order tests: an app sends the chunks it is given; the test reads exactly
what the middleware passes on, message by message.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.types import Message, Receive, Scope, Send

from guard import Message as ChatMessage
from guard import Role
from guard._guard import Guard
from guard.middleware import GuardedRoute, GuardMiddleware
from tests.middleware.helpers import (
    CLEAN_MESSAGES,
    Events,
    body_of,
    card_message,
    headers_of,
    http_scope,
    leaks,
    run_http,
)

pytestmark = pytest.mark.anyio

STREAM = GuardedRoute("/stream", methods=("GET",), request_fields=())
DELTAS = GuardedRoute(
    "/completions", methods=("GET",), request_fields=(), stream_fields=("choices[0].delta.content",)
)


def streaming_app(
    chunks: list[bytes],
    media_type: str,
    length: int | None = None,
    after: list[bytes] | None = None,
) -> Any:
    """An app that answers with `chunks`, one ASGI message each (and logs what it sent)."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(b"content-type", media_type.encode())]
        if length is not None:
            headers.append((b"content-length", str(length).encode()))
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        for index, chunk in enumerate(chunks):
            last = index == len(chunks) - 1
            await send({"type": "http.response.body", "body": chunk, "more_body": not last})

    return app


async def stream(
    guard: Guard, route: GuardedRoute, chunks: list[bytes], media_type: str, **kw: Any
) -> list[Message]:
    app = GuardMiddleware(streaming_app(chunks, media_type), routes=[route], guard=guard, **kw)
    return await run_http(app, http_scope(route.path, "GET"), [])


def sse_text(raw: bytes) -> str:
    """The text an SSE client assembles from plain data events."""
    events = raw.decode().split("\n\n")
    parts = []
    for event in events:
        data = [line[6:] for line in event.split("\n") if line.startswith("data: ")]
        if data:
            parts.append("\n".join(data))
    return "".join(parts)


def delta_text(raw: bytes) -> str:
    parts = []
    for event in raw.decode().split("\n\n"):
        for line in event.split("\n"):
            if line.startswith("data: ") and line[6:] != "[DONE]":
                parts.append(json.loads(line[6:])["choices"][0]["delta"].get("content", ""))
    return "".join(parts)


async def test_a_card_split_over_two_events_is_masked(guard: Guard) -> None:
    chunks = [b"data: my card is 4111 1111\n\n", b"data:  1111 1111 thanks\n\n"]
    sent = await stream(guard, STREAM, chunks, "text/event-stream")
    assert sent[0]["type"] == "http.response.start"
    assert "content-length" not in headers_of(sent)
    text = sse_text(body_of(sent))
    assert text == "my card is **** **** **** 1111 thanks"
    assert sent[-1]["more_body"] is False


async def test_text_without_digits_is_not_held(guard: Guard) -> None:
    chunks = [b"data: Hello there, \n\n", b"data: how can I help \n\n", b"data: you today?\n\n"]
    sent = await stream(guard, STREAM, chunks, "text/event-stream")
    bodies = [m["body"] for m in sent if m["type"] == "http.response.body"]
    # every event goes on as it comes: nothing in it could be part of a secret
    assert bodies[:2] == chunks[:2]
    assert sse_text(body_of(sent)) == "Hello there, how can I help you today?"


async def test_digits_are_held_for_hold_back_characters_then_released(guard: Guard) -> None:
    chunks = [b"order 12345 ", b"x" * 10 + b" ", b"y" * 70 + b" ", b"done"]
    sent = await stream(guard, STREAM, chunks, "text/plain; charset=utf-8", hold_back=64)
    bodies = [m["body"] for m in sent if m["type"] == "http.response.body"]
    assert bodies[0] == b"order "  # the number waits...
    assert b"12345" in bodies[1]  # ...until 64 characters follow it
    assert body_of(sent) == b"".join(chunks)


async def test_held_text_is_bounded(guard: Guard) -> None:
    chunks = [b"1 2 3 4 5 6 7 8 9 " * 10] + [b"0 " * 10] * 10
    app = GuardMiddleware(
        streaming_app(chunks, "text/plain"), routes=[STREAM], guard=guard, hold_back=16, max_hold=40
    )
    sent = await run_http(app, http_scope("/stream", "GET"), [])
    released = 0
    total = 0
    bodies = [m["body"] for m in sent if m["type"] == "http.response.body"]
    for chunk, body in zip(chunks, bodies, strict=False):
        total += len(chunk)
        released += len(body)
        assert total - released <= 40


async def test_chat_completion_deltas_with_a_split_number_are_masked(guard: Guard) -> None:
    tokens = ["Your", " card", " 4539", " 1488", " 0343", " 6467", " is", " on", " file."]

    def event(content: str) -> bytes:
        data = {"id": "c1", "choices": [{"index": 0, "delta": {"content": content}}]}
        return f"data: {json.dumps(data)}\n\n".encode()

    role = b'data: {"id": "c1", "choices": [{"index": 0, "delta": {"role": "assistant"}}]}\n\n'
    chunks = [b": keep-alive\n\n", role, *[event(t) for t in tokens], b"data: [DONE]\n\n"]
    sent = await stream(guard, DELTAS, chunks, "text/event-stream")
    raw = body_of(sent)
    whole = "".join(tokens)
    assert delta_text(raw) == guard.engine.inspect(ChatMessage("m", whole, Role.AGENT))[0].text
    assert "0343" not in raw.decode()
    assert raw.startswith(b": keep-alive\n\n" + role)
    assert raw.endswith(b"data: [DONE]\n\n")


async def test_a_cue_before_a_held_code_is_seen(guard: Guard) -> None:
    chunks = [b"data: the cvv is 4\n\n", b"data: 82, thanks\n\n"]
    sent = await stream(guard, STREAM, chunks, "text/event-stream")
    assert sse_text(body_of(sent)) == "the cvv is ***, thanks"


async def test_a_single_text_body_gets_a_correct_length(guard: Guard) -> None:
    body = b"card 4111-1111-1111-1111 ok"
    app = GuardMiddleware(
        streaming_app([body], "text/plain", len(body)), routes=[STREAM], guard=guard
    )
    sent = await run_http(app, http_scope("/stream", "GET"), [])
    assert body_of(sent) == b"card ****-****-****-1111 ok"
    assert headers_of(sent)["content-length"] == str(len(body_of(sent)))


async def test_a_blocked_stream_ends_with_an_error_event_and_drops_the_rest(
    blocking_guard: Guard,
) -> None:
    chunks = [
        b"data: hello \n\n",
        b"data: card 4111 1111 1111 1111 \n\n",
        b"data: more " * 3 + b"\n\n",
    ]
    events = Events()
    sent = await stream(blocking_guard, STREAM, chunks, "text/event-stream", on_verdict=events)
    raw = body_of(sent).decode()
    assert "4111" not in raw
    assert raw.startswith("data: hello \n\n")
    assert raw.endswith('event: guard\ndata: {"error": "blocked", "types": ["CREDIT_CARD"]}\n\n')
    assert "more" not in raw
    assert sent[-1]["more_body"] is False
    assert [e["action"] for e in events] == ["block"]


async def test_other_media_types_pass_untouched(guard: Guard) -> None:
    body = b'{"x": "4111 1111 1111 1111"}'
    app = GuardMiddleware(
        streaming_app([body], "application/octet-stream"), routes=[STREAM], guard=guard
    )
    sent = await run_http(app, http_scope("/stream", "GET"), [])
    assert body_of(sent) == body


def cut_at(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts} | {0, len(data)})
    return [data[a:b] for a, b in itertools.pairwise(points) if b > a]


def as_events(text: str, cuts: list[int]) -> bytes:
    """`text` as SSE data events ending at character `cuts` (a newline: a new data line)."""
    points = sorted({c % (len(text) + 1) for c in cuts} | {0, len(text)})
    out = []
    for a, b in itertools.pairwise(points):
        if b > a:
            out.append("".join(f"data: {line}\n" for line in text[a:b].split("\n")) + "\n")
    return "".join(out).encode()


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seed=st.integers(0, 10**6),
    cuts=st.lists(st.integers(0, 400), max_size=12),
    event_cuts=st.lists(st.integers(0, 400), max_size=6),
    sse=st.booleans(),
)
def test_any_split_of_a_message_delivers_what_the_engine_delivers_whole(
    guard: Guard, seed: int, cuts: list[int], event_cuts: list[int], sse: bool
) -> None:
    rng = random.Random(seed)
    text, digits = card_message(rng)
    text = f"{rng.choice(CLEAN_MESSAGES)} {text} {rng.choice(CLEAN_MESSAGES)}"
    if sse:
        # events end anywhere in the text; the network cuts the bytes anywhere too
        chunks, media = cut_at(as_events(text, event_cuts), cuts), "text/event-stream"
    else:
        chunks, media = cut_at(text.encode(), cuts), "text/plain"
    sent = asyncio.run(stream(guard, STREAM, chunks, media))
    raw = body_of(sent)
    delivered = sse_text(raw) if sse else raw.decode()
    # (a message the engine blocks is delivered empty)
    expected = guard.engine.inspect(ChatMessage("m", text, Role.AGENT))[0].text
    assert delivered == (expected if expected is not None else "")
    assert not leaks(digits, delivered), (chunks, delivered)


async def test_an_agent_streaming_a_cvv_request_is_cut_off_before_the_ask(guard: Guard) -> None:
    words = ["Thanks! ", "To ", "verify, ", "what's ", "the ", "CV", "V ", "on ", "the ", "back? "]
    chunks = [f"data: {w}\n\n".encode() for w in words]
    events = Events()
    sent = await stream(guard, STREAM, chunks, "text/event-stream", on_verdict=events)
    raw = body_of(sent).decode()
    assert "CV" not in raw.replace('"CARD_SECURITY_CODE"', "")
    assert sse_text(raw.split("event: guard")[0].encode()) == "Thanks! To verify, what's the "
    assert raw.endswith('data: {"error": "blocked", "types": ["CARD_SECURITY_CODE"]}\n\n')
    [event] = events
    assert (
        event["action"] == "block" and event["violations"][0]["requested"] == "CARD_SECURITY_CODE"
    )
