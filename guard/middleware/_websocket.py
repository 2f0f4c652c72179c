"""WebSocket: check every text frame the client sends and every one the app sends.

Frames are JSON objects (text at the socket's field paths, masked in place) or plain text
(the whole frame is the message). A blocked client frame never reaches the app: the
client gets `{"error": "blocked", "types": [...]}` and the connection stays open. A
blocked app frame is dropped (the event sink hears of it). Client frames are turns of the
conversation; app frames are checked alone, because an app relays what participants wrote.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from guard._model import Action, Role, Verdict
from guard.middleware._checker import Checker, ScanError, Subject, new_id
from guard.middleware._config import GuardedSocket, Limits, Place, RoleError
from guard.middleware._fields import FieldPath, collect_slots
from guard.middleware._http import VERDICTS_KEY


class SocketGuard:
    """One WebSocket connection on a guarded path."""

    def __init__(
        self,
        app: ASGIApp,
        socket: GuardedSocket,
        params: dict[str, str],
        checker: Checker,
        limits: Limits,
    ) -> None:
        self.app = app
        self.socket = socket
        self.params = params
        self.checker = checker
        self.max_frame = limits.max_body
        self.id = new_id()
        self.count = 0
        self.scope: Scope = {}
        self.send: Send | None = None
        self.conversation = ""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.scope = dict(scope)
        self.scope[VERDICTS_KEY] = ()
        self.send = send
        self.conversation = self.socket.conversation_of(Place(self.scope, self.params))

        async def guarded_receive() -> Message:
            return await self.receive(receive)

        async def guarded_send(message: Message) -> None:
            await self.send_out(message, send)

        await self.app(self.scope, guarded_receive, guarded_send)

    async def receive(self, receive: Receive) -> Message:
        while True:
            message = await receive()
            if message["type"] != "websocket.receive":
                return message
            self.scope[VERDICTS_KEY] = ()
            checked = await self._frame(message, "receive", self._error_to_client)
            if checked is not None:
                return checked

    async def send_out(self, message: Message, send: Send) -> None:
        if message["type"] == "websocket.send":
            checked = await self._frame(message, "send", None)
            if checked is None:
                return
            message = checked
        await send(message)

    async def _error_to_client(self, error: dict[str, Any]) -> None:
        if self.send is not None:
            await self.send({"type": "websocket.send", "text": json.dumps(error)})

    async def _frame(self, message: Message, direction: str, refuse: Any) -> Message | None:
        """The frame to pass on (masked), or None when it must not go."""
        raw = message.get("text")
        binary = raw is None
        if isinstance(raw, str):
            text = raw
        else:
            try:
                text = (message.get("bytes") or b"").decode("utf-8")
            except UnicodeDecodeError:
                return message  # binary data, not chat text
        if len(text) > self.max_frame:
            await self._refuse(refuse, {"error": "too_large", "limit": self.max_frame})
            return None
        self.count += 1
        try:
            result, verdicts = await self._check(text, direction)
        except ScanError:
            await self._refuse(refuse, {"error": "blocked", "types": [], "reason": "not checked"})
            return None
        except RoleError as problem:
            await self._refuse(refuse, {"error": "bad_message", "detail": f"{problem}"})
            return None
        if result is None:
            types = sorted({t for v in verdicts for t in v.types})
            await self._refuse(refuse, {"error": "blocked", "types": types})
            return None
        if direction == "receive":
            self.scope[VERDICTS_KEY] = verdicts
        if result == text:
            return message
        if binary:
            return {"type": message["type"], "bytes": result.encode()}
        return {"type": message["type"], "text": result}

    async def _refuse(self, refuse: Any, error: dict[str, Any]) -> None:
        if refuse is not None:
            await refuse(error)

    async def _check(self, text: str, direction: str) -> tuple[str | None, tuple[Verdict, ...]]:
        """(the frame's text to pass on, or None when blocked; the verdicts)."""
        socket = self.socket
        paths: tuple[FieldPath, ...] = (
            socket.receive_paths if direction == "receive" else socket.send_paths
        )
        document: Any = None
        if text.lstrip().startswith("{"):
            try:
                document = json.loads(text)
            except (ValueError, RecursionError):
                document = None
        if not isinstance(document, dict):
            role = self._role(direction, Place(self.scope, self.params))
            verdict = await self.checker.check(
                text, self._subject(direction, role, ""), stateful=direction == "receive"
            )
            return (None if verdict.action is Action.BLOCK else verdict.text), (verdict,)
        verdicts: list[Verdict] = []
        blocked = False
        changed = False
        for slot in collect_slots(paths, document):
            place = Place(self.scope, self.params, document, slot.owner)
            role = self._role(direction, place)
            verdict = await self.checker.check(
                slot.text,
                self._subject(direction, role, slot.label),
                stateful=direction == "receive",
            )
            verdicts.append(verdict)
            if verdict.action is Action.BLOCK:
                blocked = True
            elif verdict.text is not None and verdict.text != slot.text:
                slot.replace(verdict.text)
                changed = True
        if blocked:
            return None, tuple(verdicts)
        return (json.dumps(document, ensure_ascii=False) if changed else text), tuple(verdicts)

    def _role(self, direction: str, place: Place) -> Role:
        if direction == "receive":
            return self.socket.role_of(place)
        return self.socket.send_role_of(place)

    def _subject(self, direction: str, role: Role, field: str) -> Subject:
        return Subject(
            f"{self.id}.{self.count}", role, self.conversation, direction, self.socket.path, field
        )
