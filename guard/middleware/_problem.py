"""RFC 9457 problem answers: what the middleware says instead of passing a message on.

A problem names what was wrong in types and field paths, never in the message's text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from starlette.types import Send

PROBLEM_TYPE = "application/problem+json"
_BASE = "urn:guard:problem:"


class Problem:
    """One problem answer: status, a stable type URI, a title, a detail and extensions."""

    __slots__ = ("body", "status")

    def __init__(self, status: int, kind: str, title: str, detail: str, **extra: Any) -> None:
        document: dict[str, Any] = {
            "type": _BASE + kind,
            "title": title,
            "status": status,
            "detail": detail,
        }
        document.update(extra)
        self.status = status
        self.body = json.dumps(document, ensure_ascii=False).encode()

    async def send(self, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": self.status,
                "headers": [
                    (b"content-type", PROBLEM_TYPE.encode()),
                    (b"content-length", str(len(self.body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": self.body, "more_body": False})


def blocked(where: Sequence[dict[str, Any]], *, request: bool = True) -> Problem:
    """422 for a request (or 502 for an answer) that carries or asks for a secret."""
    types = sorted({t for item in where for t in item["types"]})
    names = ", ".join(types) if types else "a secret"
    if request:
        return Problem(
            422,
            "blocked",
            "Message blocked",
            f"The message carries or asks for {names}; it was not delivered.",
            types=types,
            blocked=list(where),
        )
    return Problem(
        502,
        "answer-blocked",
        "Answer blocked",
        f"The answer carried or asked for {names}; it was not delivered.",
        types=types,
        blocked=list(where),
    )


def too_large(limit: int) -> Problem:
    return Problem(
        413, "too-large", "Body too large", f"The body is over {limit} bytes.", limit=limit
    )


def malformed(detail: str) -> Problem:
    return Problem(400, "malformed", "Malformed message", detail)


def scan_failed(*, request: bool = True) -> Problem:
    """The message could not be checked, so it was not delivered (fail closed)."""
    what = "message" if request else "answer"
    return Problem(
        503 if request else 502,
        "scan-failed",
        "Message not checked",
        f"The {what} could not be checked for secrets, so it was not delivered.",
    )
