"""HTTP: check JSON request bodies before the app sees them, and the app's answers after.

`HttpGuard` is made per request (like starlette's `GZipResponder`). The request body is
read whole (up to `max_body`), parsed, and each message text at the route's field paths
checked in order: blocked -> 422 problem and the app is never called; masked -> the
body is rewritten with a correct Content-Length. Answers: JSON bodies are held whole and
checked at `response_fields`; `text/event-stream` and `text/plain` answers go through the
hold-back of `_stream.py`; other types pass untouched.
"""

from __future__ import annotations

import codecs
import json
from typing import Any

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from guard._model import Action, Verdict
from guard.middleware import _problem
from guard.middleware._checker import Checker, LocalState, ScanError, Subject, new_id
from guard.middleware._config import GuardedRoute, Limits, Place, RoleError
from guard.middleware._fields import TextSlot, collect_slots
from guard.middleware._stream import EventSplitter, HoldBack, TextSplitter

#: Where the middleware leaves the verdicts on a request body for the app to read.
VERDICTS_KEY = "guard.verdicts"


def _media_type(headers: Headers) -> str:
    return headers.get("content-type", "").partition(";")[0].strip().lower()


def _is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")


class HttpGuard:
    """One HTTP request on a guarded route."""

    def __init__(
        self,
        app: ASGIApp,
        route: GuardedRoute,
        params: dict[str, str],
        checker: Checker,
        limits: Limits,
    ) -> None:
        self.app = app
        self.route = route
        self.params = params
        self.checker = checker
        self.limits = limits
        self.id = new_id()
        self.conversation = ""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        route = self.route
        scope = dict(scope)
        self.conversation = route.conversation_of(Place(scope, self.params))
        if route.request_paths:
            outcome = await self._check_request(scope, receive)
            if outcome is None:  # the client went away
                return
            if isinstance(outcome, _problem.Problem):
                await outcome.send(send)
                return
            body, verdicts = outcome
            scope[VERDICTS_KEY] = verdicts
            receive = _Replay(body, receive)
        await self.app(scope, receive, AnswerGuard(self, scope, send))

    # ── the request ─────────────────────────────────────────────────────────────────────

    async def _check_request(
        self, scope: Scope, receive: Receive
    ) -> tuple[bytes, tuple[Verdict, ...]] | _problem.Problem | None:
        body = await self._read(scope, receive)
        if body is None or isinstance(body, _problem.Problem):
            return body
        try:
            document = json.loads(body)
        except (ValueError, RecursionError) as error:
            where = (
                f" at line {error.lineno} column {error.colno}"
                if isinstance(error, json.JSONDecodeError)
                else ""
            )
            return _problem.malformed(f"The body is not valid JSON{where}.")
        if not isinstance(document, dict | list):
            return _problem.malformed("The body must be a JSON object or array.")
        place = Place(scope, self.params, document)
        self.conversation = self.route.conversation_of(place)
        slots = collect_slots(self.route.request_paths, document)
        try:
            roles = [
                self.route.role_of(Place(scope, self.params, document, s.owner)) for s in slots
            ]
        except RoleError as error:
            return _problem.malformed(f"{error}.")
        verdicts: list[Verdict] = []
        blocked: list[dict[str, Any]] = []
        local = LocalState() if not self.conversation and len(slots) > 1 else None
        for index, (slot, role) in enumerate(zip(slots, roles, strict=True)):
            subject = Subject(
                self._message_id(index, len(slots)),
                role,
                self.conversation,
                "request",
                self.route.path,
                slot.label,
            )
            try:
                verdict = await self.checker.check(slot.text, subject, local=local)
            except ScanError:
                return _problem.scan_failed()
            verdicts.append(verdict)
            if verdict.action is Action.BLOCK:
                blocked.append({"field": slot.label, "types": verdict.types})
        if blocked:
            return _problem.blocked(blocked)
        texts = self._hide_parts(verdicts)
        if not _rewrite(slots, texts):
            return body, tuple(verdicts)
        new_body = json.dumps(document, ensure_ascii=False).encode()
        headers = MutableHeaders(scope=scope)
        headers["content-length"] = str(len(new_body))
        return new_body, tuple(verdicts)

    def _hide_parts(self, verdicts: list[Verdict]) -> list[str | None]:
        """The texts to deliver. A card typed over several messages of this request is
        found in its last part; the earlier parts (each one number, see `Finding.parts`)
        are in this request too, so their digits are hidden as well."""
        texts = [v.text for v in verdicts]
        where = {v.id: index for index, v in enumerate(verdicts)}
        char = self.checker.guard.engine.rules.policy.masking.char
        for verdict in verdicts:
            for finding in verdict.findings:
                for part in finding.parts:
                    index = where.get(part)
                    text = texts[index] if index is not None else None
                    if index is not None and text is not None:
                        texts[index] = "".join(char if c.isdigit() else c for c in text)
        return texts

    def _message_id(self, index: int, count: int) -> str:
        return self.id if count == 1 else f"{self.id}.{index}"

    async def _read(self, scope: Scope, receive: Receive) -> bytes | _problem.Problem | None:
        declared = Headers(scope=scope).get("content-length")
        if declared is not None:
            if not declared.isdigit():
                return _problem.malformed("The Content-Length header is not a number.")
            if int(declared) > self.limits.max_body:
                return _problem.too_large(self.limits.max_body)
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limits.max_body:
                return _problem.too_large(self.limits.max_body)
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)


def _rewrite(slots: list[TextSlot], texts: list[str | None]) -> bool:
    """Put masked texts in place; True when anything changed."""
    changed = False
    for slot, text in zip(slots, texts, strict=True):
        if text is not None and text != slot.text:
            slot.replace(text)
            changed = True
    return changed


class _Replay:
    """`receive` that gives the (checked) body first, then the client's later messages."""

    def __init__(self, body: bytes, receive: Receive) -> None:
        self.body = body
        self.receive = receive
        self.given = False

    async def __call__(self) -> Message:
        if self.given:
            return await self.receive()
        self.given = True
        return {"type": "http.request", "body": self.body, "more_body": False}


class AnswerGuard:
    """The `send` the app answers through: holds the start until the body shows what
    to do (starlette `gzip.py`), then checks JSON whole and streams with the hold-back."""

    def __init__(self, request: HttpGuard, scope: Scope, send: Send) -> None:
        self.request = request
        self.scope = scope
        self.send = send
        self.start: Message = {}
        self.mode = ""
        self.chunks: list[bytes] = []
        self.size = 0
        self.hold: HoldBack | None = None
        self.splitter: TextSplitter | EventSplitter | None = None
        self.first = True
        self.done = False

    async def __call__(self, message: Message) -> None:
        kind = message["type"]
        if self.done:
            return  # the answer was cut off: the rest is dropped
        if kind == "http.response.start":
            self.start = message
            self.mode = self._mode(Headers(raw=message.get("headers", [])))
            if self.mode == "pass":
                await self.send(message)
        elif kind != "http.response.body" or self.mode == "pass":
            if kind == "http.response.pathsend" and self.mode != "pass":
                await self.send(self.start)
            await self.send(message)
        elif self.mode == "json":
            await self._json_body(message)
        else:
            await self._stream_body(message)

    def _mode(self, headers: Headers) -> str:
        route = self.request.route
        media_type = _media_type(headers)
        if "content-encoding" in headers:
            return "pass"  # compressed by an inner middleware: nothing readable to check
        if _is_json(media_type) and route.response_paths:
            return "json"
        if media_type == "text/event-stream":
            return "events"
        if media_type == "text/plain":
            return "text"
        return "pass"

    def _subject(self, suffix: str, field: str, role: Any) -> Subject:
        return Subject(
            f"{self.request.id}.{suffix}",
            role,
            self.request.conversation,
            "response",
            self.request.route.path,
            field,
        )

    # ── JSON answers ────────────────────────────────────────────────────────────────────

    async def _json_body(self, message: Message) -> None:
        chunk = message.get("body", b"")
        self.size += len(chunk)
        self.chunks.append(chunk)
        if self.size > self.request.limits.max_body:
            # Too big to hold and check whole: refuse it, or pass it unchecked.
            if self.request.checker.fail_closed:
                self.done = True
                await _problem.scan_failed(request=False).send(self.send)
                return
            self.mode = "pass"
            await self.send(self.start)
            await self.send({**message, "body": b"".join(self.chunks)})
            return
        if message.get("more_body", False):
            return
        body = b"".join(self.chunks)
        try:
            document = json.loads(body)
        except (ValueError, RecursionError):
            # Not the JSON it claims to be: check it as text rather than let it through.
            self.mode = "text"
            await self._stream_body({"type": "http.response.body", "body": body})
            return
        try:
            answer = await self._check_answer(document)
        except ScanError:
            await _problem.scan_failed(request=False).send(self.send)
            return
        if isinstance(answer, _problem.Problem):
            await answer.send(self.send)
            return
        if answer is not None:
            body = answer
            MutableHeaders(raw=self.start["headers"])["content-length"] = str(len(body))
        await self.send(self.start)
        await self.send({"type": "http.response.body", "body": body, "more_body": False})

    async def _check_answer(self, document: Any) -> bytes | _problem.Problem | None:
        route = self.request.route
        slots = collect_slots(route.response_paths, document)
        verdicts: list[Verdict] = []
        blocked: list[dict[str, Any]] = []
        for index, slot in enumerate(slots):
            place = Place(self.scope, self.request.params, document, slot.owner)
            subject = self._subject(f"r{index}", slot.label, route.response_role_of(place))
            verdict = await self.request.checker.check(
                slot.text, subject, stateful=route.record_responses
            )
            verdicts.append(verdict)
            if verdict.action is Action.BLOCK:
                blocked.append({"field": slot.label, "types": verdict.types})
        if blocked:
            return _problem.blocked(blocked, request=False)
        if not _rewrite(slots, [v.text for v in verdicts]):
            return None
        return json.dumps(document, ensure_ascii=False).encode()

    # ── streamed answers ────────────────────────────────────────────────────────────────

    async def _stream_body(self, message: Message) -> None:
        more = message.get("more_body", False)
        if self.hold is None or self.splitter is None:
            route = self.request.route
            place = Place(self.scope, self.request.params)
            subject = self._subject("s", "", route.response_role_of(place))
            self.hold = HoldBack(
                self.request.checker,
                subject,
                self.request.limits.hold_back,
                self.request.limits.max_hold,
            )
            headers = MutableHeaders(raw=self.start["headers"])
            if self.mode == "events":
                self.splitter = EventSplitter(route.stream_paths)
            else:
                self.splitter = TextSplitter(_charset(headers))
            if more and "content-length" in headers:
                del headers["content-length"]
        units = self.splitter.feed(message.get("body", b""), final=not more)
        try:
            out, blocked = await self.hold.push(units, final=not more)
        except ScanError:
            out, blocked = b"", Verdict(self.hold.subject.id, Action.BLOCK, None)
        if blocked is not None:
            out = self.splitter.blocked(blocked.types)
            self.done = True
            more = False
        if self.first:
            self.first = False
            if not more:
                headers = MutableHeaders(raw=self.start["headers"])
                headers["content-length"] = str(len(out))
            await self.send(self.start)
        if out or not more:
            await self.send({"type": "http.response.body", "body": out, "more_body": more})


def _charset(headers: MutableHeaders) -> str:
    for part in headers.get("content-type", "").split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset" and value:
            try:
                return codecs.lookup(value.strip('"')).name
            except LookupError:
                return "utf-8"
    return "utf-8"
