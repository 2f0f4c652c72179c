"""`GuardMiddleware`: guard in front of an ASGI chat server.

    app = GuardMiddleware(
        app,
        routes=[GuardedRoute("/chats/{conversation}/messages",
                             conversation=From.path("conversation"), role=From.json("role"))],
        sockets=[GuardedSocket("/ws/{conversation}",
                               conversation=From.path("conversation"), role=From.query("role"))],
    )

No message reaches the app with a secret in it, and no agent request for forbidden data
reaches a customer. Pure ASGI (not `BaseHTTPMiddleware`): `http` and `websocket` scopes on
the configured paths are checked, everything else (other paths, `lifespan`) passes through.
"""

from __future__ import annotations

from collections.abc import Sequence

from starlette.types import ASGIApp, Receive, Scope, Send

from guard._config import Config
from guard._exceptions import ConfigError
from guard._guard import Guard
from guard._model import EntityType, Verdict
from guard._rules import Rules
from guard.middleware._checker import Checker, EventSink
from guard.middleware._config import (
    DEFAULT_ROLE_NAMES,
    From,
    GuardedRoute,
    GuardedSocket,
    Limits,
)
from guard.middleware._http import VERDICTS_KEY, HttpGuard
from guard.middleware._websocket import SocketGuard

__all__ = [
    "DEFAULT_ROLE_NAMES",
    "EventSink",
    "From",
    "GuardMiddleware",
    "GuardedRoute",
    "GuardedSocket",
    "rules_hold_back",
    "verdicts",
]


def rules_hold_back(rules: Rules) -> int:
    """How far after a number a cue can still make it a secret ("482 is my cvv"): the
    rules' `window.before` plus the longest cue phrase."""
    detection = rules.detection
    longest = max(
        (len(p) for t in EntityType for p in (*detection.cues(t), *detection.weak_cues(t))),
        default=0,
    )
    return detection.window.before + longest + 2


def verdicts(scope: Scope) -> tuple[Verdict, ...]:
    """The verdicts on what the app just received: the request body's messages (HTTP), or
    the frame last received (WebSocket). Empty when nothing was checked."""
    found: tuple[Verdict, ...] = scope.get(VERDICTS_KEY, ())
    return found


class GuardMiddleware:
    """Checks chat messages on the way into and out of an ASGI app.

    routes:      HTTP routes whose JSON bodies carry messages (`GuardedRoute`)
    sockets:     WebSocket paths whose frames carry messages (`GuardedSocket`)
    guard:       the `Guard` to use; by default one built from `config`
    config:      rules directory, store and fail-closed setting (default: GUARD_ env vars,
                 the same `Config` the CLI reads)
    on_verdict:  called with a log-safe dict for every check (ids, types, offsets, action,
                 rule; never text); a coroutine function is awaited
    fail_closed: block a message when checking it raises (default: `config.fail_closed`)
    max_body:    bytes of a request body (or JSON answer, or frame) the middleware reads;
                 a longer request gets 413
    hold_back:   characters of a streamed answer held after digits (see `_stream.py`);
                 by default as far as the rules let a cue follow its value
    max_hold:    the most characters a streamed answer may hold
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        routes: Sequence[GuardedRoute] = (),
        sockets: Sequence[GuardedSocket] = (),
        guard: Guard | None = None,
        config: Config | None = None,
        on_verdict: EventSink | None = None,
        fail_closed: bool | None = None,
        max_body: int = 1024 * 1024,
        hold_back: int | None = None,
        max_hold: int = 512,
    ) -> None:
        for item in routes:
            if not isinstance(item, GuardedRoute):
                raise ConfigError(
                    f"expected GuardedRoute, got {type(item).__name__}", setting="routes"
                )
        for entry in sockets:
            if not isinstance(entry, GuardedSocket):
                raise ConfigError(
                    f"expected GuardedSocket, got {type(entry).__name__}", setting="sockets"
                )
        config = config if config is not None else Config.from_env()
        self.app = app
        self.guard = guard if guard is not None else Guard.from_config(config)
        if hold_back is None:
            hold_back = min(rules_hold_back(self.guard.engine.rules), max_hold)
        self.limits = Limits(max_body, hold_back, max_hold)
        self.routes = tuple(routes)
        self.sockets = tuple(sockets)
        self.checker = Checker(
            self.guard, on_verdict, config.fail_closed if fail_closed is None else fail_closed
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "http":
            for route in self.routes:
                params = route.match(scope)
                if params is not None and scope["method"] in route.methods:
                    await HttpGuard(self.app, route, params, self.checker, self.limits)(
                        scope, receive, send
                    )
                    return
        elif kind == "websocket":
            for guarded_socket in self.sockets:
                found = guarded_socket.match(scope)
                if found is not None:
                    guarded = SocketGuard(
                        self.app, guarded_socket, found, self.checker, self.limits
                    )
                    await guarded(scope, receive, send)
                    return
        await self.app(scope, receive, send)
