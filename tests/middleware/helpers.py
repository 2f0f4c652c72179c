"""Shared by the middleware tests: chat messages people write, rules that block, raw ASGI."""

from __future__ import annotations

import asyncio
import json
import random
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import yaml
from starlette.types import ASGIApp, Message

from guard._rules import default_rules_dir
from tests.chatgen import values

# ── messages ────────────────────────────────────────────────────────────────────────────

CARD_TEMPLATES = (
    "my card is {card}",
    "Sure, card number {card} exp {expiry}",
    "here you go: {card} thanks!",
    "{card} is the one I used yesterday",
    "i paid with {card}, can you refund it?",
    "mi tarjeta es {card}",
    "el número de la tarjeta: {card} gracias",
    "le pagué con {card} y no llegó el pedido",
    "Card: {card}\nName: Maria Lopez",
    "ok the number is {card} and the zip is 30301",
)
CLEAN_MESSAGES = (
    "Hi, I was charged $42.17 twice on 11/02 and I need help.",
    "My order 112-4482913-2291 never arrived",
    "Hola, necesito ayuda con mi pedido del 3 de mayo",
    "Can you call me at (415) 555-0132 after 5pm?",
    "The last four of my card are 4242, zip 94103",
    "¿Pueden reembolsar los 19,99 € que me cobraron?",
    "Thanks for your help today!",
    "I've been waiting 45 minutes, ticket #88213",
)
CVV_REQUESTS = (
    "What's the CVV on the back of your card?",
    "Can you give me the 3 digit security code on the back of the card?",
    "Please send me your card's CVV so I can verify you",
    "¿Me puede dar el código de seguridad de su tarjeta?",
)


def digits_of(text: str) -> str:
    return re.sub(r"\D", "", text)


def card_message(rng: random.Random) -> tuple[str, str]:
    """(a message carrying a card number as people type it, the card's digits)."""
    _brand, card = values.card(rng)
    text = rng.choice(CARD_TEMPLATES).format(card=card, expiry=values.expiry(rng))
    return text, digits_of(card)


def leaks(digits: str, delivered: str) -> bool:
    """True when more than the last four of `digits` can be read back from `delivered`."""
    return digits[:-4] in digits_of(delivered)


# ── rules ───────────────────────────────────────────────────────────────────────────────


def blocking_rules(directory: Path, blocks: dict[str, list[str]]) -> Path:
    """A rules directory whose policy blocks `blocks[role]` types (others as shipped)."""
    policy = yaml.safe_load((default_rules_dir() / "policy.yaml").read_text())
    for role, types in blocks.items():
        for name in types:
            policy["findings"][role][name] = "block"
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "policy.yaml").write_text(yaml.safe_dump(policy))
    return directory


class Events(list[dict[str, Any]]):
    """An event sink that keeps what it is given."""

    def __call__(self, event: dict[str, Any]) -> None:
        self.append(event)

    def text(self) -> str:
        return json.dumps(self)


# ── raw ASGI ────────────────────────────────────────────────────────────────────────────


def http_scope(
    path: str, method: str = "POST", headers: list[tuple[bytes, bytes]] | None = None
) -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": headers or [],
        "client": ("127.0.0.1", 5000),
        "server": ("127.0.0.1", 8000),
    }


async def run_http(app: ASGIApp, scope: dict[str, Any], chunks: list[bytes]) -> list[Message]:
    """Drive one HTTP exchange; return what the app (through the middleware) sent."""
    incoming = [
        {"type": "http.request", "body": chunk, "more_body": i < len(chunks) - 1}
        for i, chunk in enumerate(chunks)
    ] or [{"type": "http.request", "body": b"", "more_body": False}]
    sent: list[Message] = []

    async def receive() -> Message:
        if incoming:
            return incoming.pop(0)
        await asyncio.sleep(3600)
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(message)

    await asyncio.wait_for(app(scope, receive, send), 10)
    return sent


def body_of(sent: list[Message]) -> bytes:
    return b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")


def headers_of(sent: list[Message]) -> dict[str, str]:
    start = next(m for m in sent if m["type"] == "http.response.start")
    return {k.decode().lower(): v.decode() for k, v in start["headers"]}


class Socket:
    """A WebSocket client driving an ASGI app in-process (frames as ASGI messages)."""

    def __init__(self, app: ASGIApp, path: str, query: str = "") -> None:
        self.app = app
        self.scope = {
            "type": "websocket",
            "asgi": {"version": "3.0"},
            "scheme": "ws",
            "path": path,
            "raw_path": path.encode(),
            "query_string": query.encode(),
            "root_path": "",
            "headers": [],
            "subprotocols": [],
            "client": ("127.0.0.1", 5000),
            "server": ("127.0.0.1", 8000),
        }
        self.to_app: asyncio.Queue[Message] = asyncio.Queue()
        self.from_app: asyncio.Queue[Message] = asyncio.Queue()
        self.task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> Socket:
        self.task = asyncio.create_task(self.app(self.scope, self.to_app.get, self.from_app.put))
        await self.to_app.put({"type": "websocket.connect"})
        accepted = await self.next()
        assert accepted["type"] == "websocket.accept", accepted
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.to_app.put({"type": "websocket.disconnect", "code": 1000})
        assert self.task is not None
        await asyncio.wait_for(self.task, 5)

    async def send_text(self, text: str) -> None:
        await self.to_app.put({"type": "websocket.receive", "text": text})

    async def send_bytes(self, data: bytes) -> None:
        await self.to_app.put({"type": "websocket.receive", "bytes": data})

    async def next(self, timeout: float = 5) -> Message:
        return await asyncio.wait_for(self.from_app.get(), timeout)

    async def text(self) -> str:
        message = await self.next()
        assert message["type"] == "websocket.send", message
        return str(message["text"])

    async def json(self) -> Any:
        return json.loads(await self.text())

    async def nothing(self, wait: float = 0.2) -> bool:
        try:
            await asyncio.wait_for(self.from_app.get(), wait)
        except TimeoutError:
            return True
        return False


Handler = Callable[[dict[str, Any]], Awaitable[None]]
