"""The demo end to end: a real uvicorn server, a real WebSocket client, real HTTP."""

from __future__ import annotations

import asyncio
import json
import random
import uuid
from typing import Any

import httpx
import pytest
import websockets
from websockets.exceptions import InvalidStatus

from tests.middleware.helpers import CVV_REQUESTS, card_message, digits_of, leaks

pytestmark = pytest.mark.e2e

SSN = "536-22-1987"


def ws_url(base: str, conversation: str, role: str) -> str:
    return f"{base.replace('http://', 'ws://')}/ws/{conversation}?role={role}"


async def receive(socket: Any, timeout: float = 5) -> dict[str, Any]:
    return json.loads(await asyncio.wait_for(socket.recv(), timeout))  # type: ignore[no-any-return]


async def silent(socket: Any, wait: float = 0.5) -> bool:
    try:
        await asyncio.wait_for(socket.recv(), wait)
    except TimeoutError:
        return True
    return False


def test_every_participant_gets_the_card_masked(demo_url: str) -> None:
    rng = random.Random(2026)
    cases = [card_message(rng) for _ in range(8)]

    async def talk() -> None:
        conversation = uuid.uuid4().hex
        async with (
            websockets.connect(ws_url(demo_url, conversation, "customer")) as customer,
            websockets.connect(ws_url(demo_url, conversation, "agent")) as agent,
        ):
            for text, digits in cases:
                await customer.send(json.dumps({"text": text}))
                mine, theirs = await receive(customer), await receive(agent)
                assert mine == theirs
                assert mine["role"] == "customer" and mine["action"] == "mask"
                assert not leaks(digits, mine["text"]), mine["text"]
            await agent.send(json.dumps({"text": "Thanks, I can see the charge now."}))
            for socket in (customer, agent):
                message = await receive(socket)
                assert (message["role"], message["action"]) == ("agent", "allow")

    asyncio.run(talk())


@pytest.mark.parametrize("request_text", CVV_REQUESTS[:2])
def test_an_agent_asking_for_the_cvv_is_refused_and_the_customer_sees_nothing(
    demo_url: str, request_text: str
) -> None:
    """Needs agent-request detection (issue 4)."""

    async def talk() -> None:
        conversation = uuid.uuid4().hex
        async with (
            websockets.connect(ws_url(demo_url, conversation, "customer")) as customer,
            websockets.connect(ws_url(demo_url, conversation, "agent")) as agent,
        ):
            await agent.send(json.dumps({"text": request_text}))
            assert await receive(agent) == {"error": "blocked", "types": ["CARD_SECURITY_CODE"]}
            assert await silent(customer)
            await agent.send(json.dumps({"text": "Could you confirm the last four digits?"}))
            assert (await receive(customer))["action"] == "allow"

    asyncio.run(talk())


def test_the_http_api_masks_refuses_and_stores_no_secret(demo_url: str) -> None:
    conversation = uuid.uuid4().hex
    url = f"{demo_url}/api/conversations/{conversation}/messages"
    text, digits = card_message(random.Random(5))
    with httpx.Client(timeout=10) as http:
        masked = http.post(url, json={"role": "customer", "text": f"{text}, ssn {SSN}"})
        malformed = http.post(url, content=b'{"role": "customer", "text": "4111 1111')
        no_role = http.post(url, json={"text": "hello"})
        history = http.get(url).json()["messages"]
    assert masked.status_code == 201
    delivered = masked.json()["text"]
    assert masked.json()["action"] == "mask"
    assert not leaks(digits, delivered) and digits_of(SSN) not in digits_of(delivered)
    assert (malformed.status_code, no_role.status_code) == (400, 400)
    assert malformed.headers["content-type"] == "application/problem+json"
    assert [m["text"] for m in history] == [delivered]


def test_the_http_api_refuses_an_agents_cvv_request(demo_url: str) -> None:
    """Needs agent-request detection (issue 4)."""
    conversation = uuid.uuid4().hex
    url = f"{demo_url}/api/conversations/{conversation}/messages"
    with httpx.Client(timeout=10) as http:
        refused = http.post(url, json={"role": "agent", "text": CVV_REQUESTS[0]})
        history = http.get(url).json()["messages"]
    assert refused.status_code == 422
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.json()["types"] == ["CARD_SECURITY_CODE"]
    assert history == []


def test_messages_posted_over_http_reach_the_sockets(demo_url: str) -> None:
    async def talk() -> None:
        conversation = uuid.uuid4().hex
        async with websockets.connect(ws_url(demo_url, conversation, "agent")) as agent:
            async with httpx.AsyncClient(timeout=10) as http:
                posted = await http.post(
                    f"{demo_url}/api/conversations/{conversation}/messages",
                    json={"role": "customer", "text": "my card is 4539 1488 0343 6467"},
                )
            assert await receive(agent) == posted.json()
            assert "0343" not in posted.json()["text"]

    asyncio.run(talk())


def test_a_socket_with_a_bad_role_is_closed(demo_url: str) -> None:
    async def talk() -> None:
        with pytest.raises(InvalidStatus):
            async with websockets.connect(ws_url(demo_url, "c", "robot")) as socket:
                await socket.recv()

    asyncio.run(talk())
