"""The demo under a real uvicorn server (`guard demo --port 0`) on loopback."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_RUNNING = re.compile(r"Uvicorn running on (http://\S+)")


def guard_command() -> list[str]:
    script = Path(sys.executable).with_name("guard")
    if script.exists():
        return [str(script)]
    found = shutil.which("guard")
    if found is None:
        pytest.fail("the guard command is not installed: pip install -e '.[dev]'")
    return [found]


@pytest.fixture(scope="session")
def demo_url() -> Iterator[str]:
    """The base URL of the demo, served by `guard demo` on a free loopback port."""
    command = [*guard_command(), "demo", "--host", "127.0.0.1", "--port", "0"]
    command += ["--examples", str(ROOT / "examples")]
    server = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert server.stderr is not None
    lines: list[str] = []
    found: list[str] = []
    ready = threading.Event()

    def drain() -> None:
        assert server.stderr is not None
        for line in server.stderr:
            lines.append(line)
            match = _RUNNING.search(line)
            if match:
                found.append(match.group(1))
                ready.set()
        ready.set()

    threading.Thread(target=drain, daemon=True).start()
    deadline = time.monotonic() + 60
    while not ready.wait(0.1):
        if time.monotonic() > deadline:
            break
    if not found:
        server.kill()
        server.wait()
        pytest.fail("guard demo did not start:\n" + "".join(lines[-30:]))
    try:
        yield found[0]
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
