"""What GuardMiddleware costs: the demo chat app wrapped vs bare, side by side in one run.

    python benchmarks/bench_middleware.py [--messages 2000] [--concurrency 16] [--seconds 120]

Two real uvicorn servers on loopback, each in its own process: the demo app
(examples/chat_app.py) bare, and the same app behind GuardMiddleware. One client process
drives both with the same messages (benchmarks/corpus.py chat mix: mostly talk, some
look-alike numbers, some secrets), interleaved so that drift hits both alike:

  HTTP latency     POST /api/conversations/{c}/messages, one keep-alive connection per
                   server, one message at a time: p50 and p99 per message, and the added
                   time (guarded minus bare) at each.
  WebSocket relay  a customer socket sends a frame, the agent socket of the same
                   conversation receives it: p50 and p99.
  throughput       `--concurrency` keep-alive connections per server posting the corpus
                   as fast as answered; rounds alternate bare and guarded, best round kept.
  SSE hold-back    a chat-completion style stream (one word per event, every 20 ms): how
                   much later each character reaches the client through the middleware
                   (p50, p99): the price of holding a possible card number back.

Bounded: `--messages` per phase and `--seconds` in all (a phase that runs out of time
reports what it measured). The client is a small HTTP/1.1 writer over asyncio streams so
that the client is never the bottleneck it would be with a full client library.
"""

# The server processes import the app, the client process only what it drives.
# ruff: noqa: PLC0415

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for path in (str(HERE), str(ROOT)):
    if path not in sys.path:
        sys.path.insert(0, path)

TOKEN_INTERVAL = 0.02
STREAM_FIELDS = ("choices[0].delta.content",)


# ── the servers ─────────────────────────────────────────────────────────────────────────


def build_app(guarded: bool) -> Any:
    """The demo app plus a chat-completion style SSE endpoint, bare or guarded."""
    from starlette.requests import Request
    from starlette.responses import StreamingResponse
    from starlette.routing import Route

    from examples.chat_app import GUARDED_ROUTES, GUARDED_SOCKETS, create_app
    from guard.middleware import GuardedRoute, GuardMiddleware

    inner = create_app(guarded=False)

    async def stream(request: Request) -> StreamingResponse:
        words = re.findall(r"\S+\s*", request.query_params["text"])
        interval = float(request.query_params.get("interval", TOKEN_INTERVAL))

        async def events() -> Any:
            for word in words:
                delta = {"choices": [{"index": 0, "delta": {"content": word}}]}
                yield f"data: {json.dumps(delta)}\n\n"
                await asyncio.sleep(interval)
            yield "data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    inner.router.routes.append(Route("/stream", stream))  # type: ignore[attr-defined]
    if not guarded:
        return inner
    stream_route = GuardedRoute(
        "/stream", methods=("GET",), request_fields=(), stream_fields=STREAM_FIELDS
    )
    return GuardMiddleware(inner, routes=[*GUARDED_ROUTES, stream_route], sockets=GUARDED_SOCKETS)


def serve(mode: str) -> None:
    """Run one server (in its own process): print its port, then serve until killed."""
    import uvicorn

    app = build_app(mode == "guarded")
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    print(listener.getsockname()[1], flush=True)
    config = uvicorn.Config(app, log_level="warning", access_log=False)
    uvicorn.Server(config).run(sockets=[listener])


class Server:
    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--serve", mode], stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        self.port = int(self.process.stdout.readline())

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


async def wait_ready(port: int) -> None:
    for _ in range(200):
        try:
            connection = await Connection.open(port)
        except OSError:
            await asyncio.sleep(0.05)
            continue
        await connection.request("GET", "/api/conversations/warm/messages")
        connection.close()
        return
    raise RuntimeError(f"no server on port {port}")


# ── a small HTTP/1.1 client ─────────────────────────────────────────────────────────────


class Connection:
    """One keep-alive HTTP/1.1 connection; enough of the protocol for this benchmark."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer

    @classmethod
    async def open(cls, port: int) -> Connection:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        return cls(reader, writer)

    async def request(self, method: str, path: str, body: bytes = b"") -> tuple[int, bytes]:
        head = f"{method} {path} HTTP/1.1\r\nhost: bench\r\n"
        if body:
            head += f"content-type: application/json\r\ncontent-length: {len(body)}\r\n"
        self.writer.write(head.encode() + b"\r\n" + body)
        status, headers = await self._head()
        if headers.get("transfer-encoding") == "chunked":
            data = b"".join([chunk async for chunk in self._chunks()])
        else:
            data = await self.reader.readexactly(int(headers.get("content-length", "0")))
        return status, data

    async def stream(self, path: str, on_chunk: Callable[[bytes], None]) -> None:
        self.writer.write(f"GET {path} HTTP/1.1\r\nhost: bench\r\n\r\n".encode())
        _status, headers = await self._head()
        if headers.get("transfer-encoding") != "chunked":  # cut off at once: one body
            on_chunk(await self.reader.readexactly(int(headers.get("content-length", "0"))))
            return
        async for chunk in self._chunks():
            on_chunk(chunk)

    async def _head(self) -> tuple[int, dict[str, str]]:
        raw = await self.reader.readuntil(b"\r\n\r\n")
        lines = raw.decode("latin-1").split("\r\n")
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            if name:
                headers[name.strip().lower()] = value.strip().lower()
        return int(lines[0].split()[1]), headers

    async def _chunks(self) -> Any:
        while True:
            size = int((await self.reader.readuntil(b"\r\n")).strip(), 16)
            data = await self.reader.readexactly(size + 2)
            if size == 0:
                return
            yield data[:-2]

    def close(self) -> None:
        self.writer.close()


# ── the measurements ────────────────────────────────────────────────────────────────────


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def post_body(text: str, role: str) -> bytes:
    return json.dumps({"role": role, "text": text}).encode()


async def http_latency(
    ports: dict[str, int], texts: list[str], deadline: float
) -> dict[str, list[float]]:
    connections = {mode: await Connection.open(port) for mode, port in ports.items()}
    timings: dict[str, list[float]] = {mode: [] for mode in ports}
    statuses: dict[int, int] = {}
    for index, text in enumerate(texts):
        if time.monotonic() > deadline:
            break
        body = post_body(text, "customer" if index % 2 else "agent")
        order = list(ports) if index % 2 else list(reversed(ports))
        for mode in order:
            started = time.perf_counter()
            status, _ = await connections[mode].request(
                "POST", "/api/conversations/latency/messages", body
            )
            timings[mode].append(time.perf_counter() - started)
            if mode == "guarded":
                statuses[status] = statuses.get(status, 0) + 1
    for connection in connections.values():
        connection.close()
    print(f"  guarded HTTP answers by status: {dict(sorted(statuses.items()))}", file=sys.stderr)
    return timings


async def websocket_latency(
    ports: dict[str, int], texts: list[str], deadline: float
) -> dict[str, list[float]]:
    import websockets

    timings: dict[str, list[float]] = {mode: [] for mode in ports}
    sockets = {}
    for mode, port in ports.items():
        base = f"ws://127.0.0.1:{port}/ws/relay"
        customer = await websockets.connect(f"{base}?role=customer")
        agent = await websockets.connect(f"{base}?role=agent")
        sockets[mode] = (customer, agent)
    for index, text in enumerate(texts):
        if time.monotonic() > deadline:
            break
        frame = json.dumps({"text": text})
        for mode in list(ports) if index % 2 else list(reversed(ports)):
            customer, agent = sockets[mode]
            started = time.perf_counter()
            await customer.send(frame)
            reply = json.loads(await customer.recv())
            if "error" not in reply:  # delivered: the agent gets it too
                await agent.recv()
                timings[mode].append(time.perf_counter() - started)
    for customer, agent in sockets.values():
        await customer.close()
        await agent.close()
    return timings


async def throughput(
    port: int, texts: list[str], concurrency: int, deadline: float
) -> tuple[float, int]:
    bodies = [post_body(t, "customer") for t in texts]
    next_index = 0
    done = 0

    async def worker() -> None:
        nonlocal next_index, done
        connection = await Connection.open(port)
        while next_index < len(bodies) and time.monotonic() < deadline:
            body = bodies[next_index]
            next_index += 1
            await connection.request(
                "POST", f"/api/conversations/t{next_index % 50}/messages", body
            )
            done += 1
        connection.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    return done / elapsed, done


async def stream_delays(
    ports: dict[str, int], replies: list[str], deadline: float
) -> dict[str, list[float]]:
    """Per character, the time from the request to its arrival, by server."""
    from urllib.parse import quote

    arrivals: dict[str, list[float]] = {mode: [] for mode in ports}
    added: list[float] = []
    for reply in replies:
        if time.monotonic() > deadline:
            break
        seen: dict[str, list[float]] = {}
        for mode, port in ports.items():
            times: list[float] = []
            buffer = [""]
            started = time.perf_counter()

            def on_chunk(
                chunk: bytes,
                times: list[float] = times,
                buffer: list[str] = buffer,
                started: float = started,
            ) -> None:
                now = time.perf_counter() - started
                buffer[0] += chunk.decode()
                *events, buffer[0] = buffer[0].split("\n\n")
                for event in events:
                    data = event.removeprefix("data: ")
                    if data.startswith("{"):
                        content = json.loads(data)["choices"][0]["delta"].get("content", "")
                        times.extend([now] * len(content))

            connection = await Connection.open(port)
            await connection.stream(f"/stream?text={quote(reply)}", on_chunk)
            connection.close()
            seen[mode] = times
            arrivals[mode].extend(times)
        common = min(len(seen["bare"]), len(seen["guarded"]))
        added.extend(seen["guarded"][i] - seen["bare"][i] for i in range(common))
    arrivals["added"] = added
    return arrivals


async def engine_alone(texts: list[str]) -> list[float]:
    """`Guard.acheck` in this process on the same messages: the share of the engine."""
    from guard import Message, Role
    from guard._guard import Guard

    guard = Guard()
    for text in texts[:200]:
        await guard.acheck(Message("w", text, Role.CUSTOMER, "warm"))
    timings = []
    for index, text in enumerate(texts):
        role = Role.CUSTOMER if index % 2 else Role.AGENT
        started = time.perf_counter()
        await guard.acheck(Message(str(index), text, role, "engine"))
        timings.append(time.perf_counter() - started)
    return timings


# ── the report ──────────────────────────────────────────────────────────────────────────


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def latency_rows(name: str, timings: dict[str, list[float]]) -> list[str]:
    rows = []
    for label, share in (("p50", 0.5), ("p99", 0.99)):
        bare = percentile(timings["bare"], share)
        guarded = percentile(timings["guarded"], share)
        rows.append(f"| {name} {label} | {ms(bare)} | {ms(guarded)} | +{ms(guarded - bare)} |")
    return rows


async def run(args: argparse.Namespace) -> str:
    from corpus import chat_mix

    texts = chat_mix(seed=2026, size=args.messages)
    replies = [t for t in chat_mix(seed=7, size=400) if re.search(r"\d", t)][: args.streams]
    deadline = time.monotonic() + args.seconds
    servers = {mode: Server(mode) for mode in ("bare", "guarded")}
    try:
        ports = {mode: server.port for mode, server in servers.items()}
        for port in ports.values():
            await wait_ready(port)
        warm = texts[: min(200, len(texts))]
        await http_latency(ports, warm, deadline)
        print("HTTP latency...", file=sys.stderr)
        http = await http_latency(ports, texts, deadline)
        print("WebSocket relay...", file=sys.stderr)
        relay = await websocket_latency(ports, texts, deadline)
        print("throughput...", file=sys.stderr)
        rates: dict[str, list[float]] = {"bare": [], "guarded": []}
        for _ in range(args.rounds):
            for mode in ("bare", "guarded"):
                rate, _count = await throughput(ports[mode], texts, args.concurrency, deadline)
                rates[mode].append(rate)
        print("SSE hold-back...", file=sys.stderr)
        delays = await stream_delays(ports, replies, deadline)
        engine = await engine_alone(texts)
    finally:
        for server in servers.values():
            server.stop()

    bare_rate, guarded_rate = max(rates["bare"]), max(rates["guarded"])
    ratio = guarded_rate / bare_rate
    added = delays["added"]
    lines = [
        f"Measured {time.strftime('%Y-%m-%d')} on {sys.platform}, Python "
        f"{sys.version.split()[0]}, uvicorn on loopback, {len(http['bare'])} messages "
        f"(chat mix), {args.concurrency} connections for throughput, best of {args.rounds}; "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the end.",
        "",
        "| measure | bare app | with GuardMiddleware | added |",
        "| --- | ---: | ---: | ---: |",
        *latency_rows("HTTP POST message", http),
        *latency_rows("WebSocket relay", relay),
        f"| HTTP throughput | {bare_rate:,.0f} msg/s | {guarded_rate:,.0f} msg/s | "
        f"{(1 - ratio) * 100:.1f}% fewer (ratio {ratio:.2f}) |",
    ]
    lines.append(
        f"| engine alone (`Guard.acheck` in-process) | | p50 {ms(percentile(engine, 0.5))}, "
        f"p99 {ms(percentile(engine, 0.99))}, mean {ms(statistics.fmean(engine))} | |"
    )
    if added:
        lines.append(
            f"| SSE hold-back per character ({len(replies)} replies with digits, "
            f"{TOKEN_INTERVAL * 1000:.0f} ms/word) | | | p50 +{ms(statistics.median(added))}, "
            f"p99 +{ms(percentile(added, 0.99))} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--serve", choices=("bare", "guarded"), help=argparse.SUPPRESS)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--streams", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=120.0)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve)
        return
    print(asyncio.run(run(args)))


if __name__ == "__main__":
    main()
