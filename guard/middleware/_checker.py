"""One place where the middleware asks the guard about a text and reports what it said.

Every check goes to the event sink as a log-safe dict (ids, types, offsets, action, rule;
never text). A check that raises is blocked (`ScanError`) when failing closed, or passed
on unchecked when not; either way the error is logged by type, without the text.
"""

from __future__ import annotations

import inspect
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from guard._exceptions import GuardError
from guard._guard import Guard
from guard._model import Action, Message, Role, Verdict
from guard._state import ConversationState

logger = logging.getLogger("guard.middleware")

#: Receives one log-safe dict per check; may be a coroutine function.
EventSink = Callable[[dict[str, Any]], Any]


class ScanError(Exception):
    """Checking a message raised and the middleware fails closed: the message is blocked."""


@dataclass(slots=True)
class LocalState:
    """The conversation state of one request's messages, kept out of the store."""

    state: ConversationState = field(default_factory=ConversationState)


def new_id() -> str:
    """A random id for a request or connection (message ids in events are built on it)."""
    return os.urandom(6).hex()


class Subject(NamedTuple):
    """Whose text is checked, and where it was found (for the event, never the text).
    A named tuple: one is made per message, and they are cheaper than frozen classes."""

    id: str
    role: Role
    conversation: str
    direction: str
    route: str
    field: str = ""

    def event(self, name: str) -> dict[str, Any]:
        """An event `name` about this subject (its fields, never the text)."""
        return {
            "event": name,
            "id": self.id,
            "conversation": self.conversation,
            "role": self.role.value,
            "direction": self.direction,
            "route": self.route,
            "field": self.field,
        }


def event_of(verdict: Verdict, subject: Subject) -> dict[str, Any]:
    """The log-safe record of one verdict."""
    return {
        **subject.event("verdict"),
        "action": verdict.action.value,
        "types": verdict.types,
        "findings": [
            {"type": f.type.value, "start": f.start, "end": f.end, "recognizer": f.recognizer}
            for f in verdict.findings
        ],
        "violations": [v.to_dict() for v in verdict.violations],
    }


class Checker:
    """The guard, the event sink and the fail-closed policy, shared by every request."""

    def __init__(self, guard: Guard, on_verdict: EventSink | None, fail_closed: bool) -> None:
        self.guard = guard
        self.on_verdict = on_verdict
        self.fail_closed = fail_closed

    async def check(
        self,
        text: str,
        subject: Subject,
        *,
        stateful: bool = True,
        emit: bool = True,
        local: LocalState | None = None,
    ) -> Verdict:
        """The verdict on `text`; `stateful=False` checks it alone, outside its conversation;
        `local` threads a state through the messages of one request instead of the store
        (a chat-completion list with no conversation id is a conversation of its own);
        `emit=False` leaves reporting to the caller (`emit_verdict`)."""
        message = Message(subject.id, text, subject.role, subject.conversation if stateful else "")
        try:
            if local is not None:
                verdict, local.state = self.guard.engine.inspect(message, local.state)
            else:
                verdict = await self.guard.acheck(message)
        except Exception as error:
            await self._failed(error, subject)
            if self.fail_closed:
                raise ScanError(type(error).__name__) from None
            return Verdict(subject.id, Action.ALLOW, text, extra={"unchecked": True})
        if emit and self.on_verdict is not None:
            await self.emit(event_of(verdict, subject))
        return verdict

    async def emit_verdict(self, verdict: Verdict, subject: Subject) -> None:
        if self.on_verdict is not None:
            await self.emit(event_of(verdict, subject))

    async def _failed(self, error: Exception, subject: Subject) -> None:
        # guard's own errors never carry message text; anything else is named by type only.
        reason = str(error) if isinstance(error, GuardError) else type(error).__name__
        logger.error(
            "could not check %s message %s on %s (%s): %s",
            subject.direction,
            subject.id,
            subject.route,
            subject.field or "text",
            reason,
        )
        await self.emit(
            {
                **subject.event("scan_failed"),
                "action": Action.BLOCK.value if self.fail_closed else Action.ALLOW.value,
                "error": type(error).__name__,
            }
        )

    async def emit(self, event: dict[str, Any]) -> None:
        if self.on_verdict is None:
            return
        try:
            result = self.on_verdict(event)
            if inspect.isawaitable(result):
                await result
        except Exception as error:
            logger.error("event sink failed: %s", type(error).__name__)
