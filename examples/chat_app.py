"""The demo: a small Starlette chat server, wrapped by `GuardMiddleware`.

    GET  /                                         the page: a customer pane and an agent pane
    WS   /ws/{conversation}?role=customer|agent    send {"text"}; everyone in the conversation
                                                   gets {"id", "role", "text", "action"}
    POST /api/conversations/{conversation}/messages   {"role", "text"} -> the delivered message
    GET  /api/conversations/{conversation}/messages   the stored history

The app itself knows nothing about secrets: it stores and relays what reaches it. Only what
passed the middleware is stored, so the history never holds a secret. Run it with
`make demo` or `guard demo --host H --port P`.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import json
import re
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp
from starlette.websockets import WebSocket, WebSocketDisconnect

from guard import Action, Config
from guard._guard import Guard
from guard.middleware import EventSink, From, GuardedRoute, GuardedSocket, GuardMiddleware, verdicts

STATIC = Path(__file__).parent / "static"
ROLES = ("customer", "agent")
MAX_TEXT = 4000
HISTORY = 500
_CONVERSATION = re.compile(r"[A-Za-z0-9_-]{1,64}")

#: What the middleware guards in this app: the message API and the socket.
GUARDED_ROUTES = [
    GuardedRoute(
        "/api/conversations/{conversation}/messages",
        methods=("POST",),
        request_fields=("text",),
        conversation=From.path("conversation"),
        role=From.json("role"),
    )
]
GUARDED_SOCKETS = [
    GuardedSocket(
        "/ws/{conversation}",
        fields=("text",),
        send_fields=("text",),
        conversation=From.path("conversation"),
        role=From.query("role"),
        send_role=From.json("role"),
    )
]


@dataclass
class Conversation:
    messages: deque[dict[str, Any]] = field(default_factory=lambda: deque(maxlen=HISTORY))
    sockets: set[WebSocket] = field(default_factory=set)


class ChatRoom:
    """Conversations in memory: their delivered messages and their open sockets."""

    def __init__(self) -> None:
        self.conversations: dict[str, Conversation] = {}
        self._ids = itertools.count(1)

    def get(self, name: str) -> Conversation:
        return self.conversations.setdefault(name, Conversation())

    async def deliver(self, name: str, role: str, text: str, action: str) -> dict[str, Any]:
        message = {"id": f"m{next(self._ids)}", "role": role, "text": text, "action": action}
        conversation = self.get(name)
        conversation.messages.append(message)
        frame = json.dumps(message, ensure_ascii=False)
        for socket in list(conversation.sockets):
            try:
                await socket.send_text(frame)
            except (RuntimeError, WebSocketDisconnect, OSError):
                conversation.sockets.discard(socket)
        return message


def _action(checked: tuple[Any, ...]) -> str:
    action = Action.ALLOW
    for verdict in checked:
        action |= verdict.action
    return action.value


def _problem(status: int, detail: str) -> Response:
    body = {"type": "about:blank", "title": "Bad request", "status": status, "detail": detail}
    return JSONResponse(body, status_code=status, media_type="application/problem+json")


def create_app(
    config: Config | None = None,
    *,
    guarded: bool = True,
    guard: Guard | None = None,
    on_verdict: EventSink | None = None,
) -> ASGIApp:
    """The demo app; `guarded=False` gives the bare app (for the benchmark)."""
    room = ChatRoom()

    async def page(request: Request) -> Response:
        return FileResponse(STATIC / "index.html")

    async def post_message(request: Request) -> Response:
        name = request.path_params["conversation"]
        if not _CONVERSATION.fullmatch(name):
            return _problem(400, "conversation: letters, digits, '-' and '_', at most 64")
        try:
            data = await request.json()
        except ValueError:
            return _problem(400, "the body is not JSON")
        if not isinstance(data, dict):
            return _problem(400, "expected a JSON object")
        role, text = data.get("role"), data.get("text")
        if role not in ROLES:
            return _problem(400, "role: must be 'customer' or 'agent'")
        if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
            return _problem(400, f"text: a non-empty string of at most {MAX_TEXT} characters")
        message = await room.deliver(name, role, text, _action(verdicts(request.scope)))
        return JSONResponse(message, status_code=201)

    async def history(request: Request) -> Response:
        name = request.path_params["conversation"]
        conversation = room.conversations.get(name)
        messages = list(conversation.messages) if conversation else []
        return JSONResponse({"conversation": name, "messages": messages})

    async def chat(socket: WebSocket) -> None:
        name = socket.path_params["conversation"]
        role = socket.query_params.get("role")
        if role not in ROLES or not _CONVERSATION.fullmatch(name):
            await socket.close(code=1008)
            return
        await socket.accept()
        conversation = room.get(name)
        conversation.sockets.add(socket)
        try:
            while True:
                raw = await socket.receive_text()
                try:
                    data = json.loads(raw)
                except ValueError:
                    data = {"text": raw}
                text = data.get("text") if isinstance(data, dict) else None
                if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
                    await socket.send_json({"error": "bad_message", "detail": "expected {text}"})
                    continue
                await room.deliver(name, role, text, _action(verdicts(socket.scope)))
        except WebSocketDisconnect:
            pass
        finally:
            conversation.sockets.discard(socket)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # The rules, recognizers and libraries are loaded by now and live as long as the
        # server: keep them out of the collector's full passes (one takes ~100 ms).
        gc.collect()
        gc.freeze()
        yield

    app = Starlette(
        lifespan=lifespan,
        routes=[
            Route("/", page),
            Route("/api/conversations/{conversation}/messages", post_message, methods=["POST"]),
            Route("/api/conversations/{conversation}/messages", history, methods=["GET"]),
            WebSocketRoute("/ws/{conversation}", chat),
            Mount("/static", StaticFiles(directory=STATIC), name="static"),
        ],
    )
    app.state.room = room
    if not guarded:
        return app
    return GuardMiddleware(
        app,
        routes=GUARDED_ROUTES,
        sockets=GUARDED_SOCKETS,
        guard=guard,
        config=config,
        on_verdict=on_verdict,
    )
