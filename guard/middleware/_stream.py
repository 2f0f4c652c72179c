"""Streamed answers (`text/event-stream`, chunked text): mask with a bounded hold-back.

A card number can arrive split over two chunks ("4111 1111" then " 1111 1111"). So the
tail of the text that could still be part of a secret is held back until the next chunk
shows how it ends: any run of digits (or spelled digits) for `hold_back` more characters,
so that a cue after the number ("482 is my cvv") is seen too, and the last, unfinished
word. Everything before that is checked together with the last `hold_back` characters
already sent (a cue before a number) and sent on, masked. Held text never exceeds
`max_hold` characters. Latency added: none for text without digits, else until
`hold_back` more characters arrive; `benchmarks/bench_middleware.py` measures it.

Server-sent events are parsed into events; the text is each event's data, or the string at
`stream_fields` in its JSON data (`choices[*].delta.content`). When text is held, the
events carrying it wait, and the released text goes in the first of them.
"""

from __future__ import annotations

import codecs
import json
import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from guard._model import Action, Finding, Verdict, Violation
from guard.middleware._checker import Checker, Subject
from guard.middleware._fields import FieldPath, collect_slots

_NUMBER_WORDS = (
    "zero|oh|one|two|three|four|five|six|seven|eight|nine|"
    "cero|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve"
)
_UNIT = rf"(?:\d+|\b(?:{_NUMBER_WORDS})\b)"
#: Digits, or spelled digits, with the separators people put between groups.
_NUMBER_RUN = re.compile(rf"{_UNIT}(?:[\s\-./,]*{_UNIT})*", re.IGNORECASE)
_LAST_SPACE = re.compile(r"\s(?=\S*\Z)")


@dataclass(slots=True)
class Unit:
    """A piece of the stream as the client will get it: its text (None when it carries
    none, like an SSE comment) and how to write it back with other text in place."""

    text: str | None
    render: Callable[[str], bytes]
    drop_when_empty: bool = True


class HoldBack:
    """The held tail of one streamed answer, and the checks that release it."""

    def __init__(
        self,
        checker: Checker,
        subject: Subject,
        hold_back: int = 64,
        max_hold: int = 512,
    ) -> None:
        self.checker = checker
        self.subject = subject
        self.hold_back = hold_back
        self.max_hold = max(max_hold, hold_back)
        self.units: deque[Unit] = deque()
        self.held = ""
        self.context = ""
        self.offset = 0  # characters of the answer released so far
        self.findings: list[Finding] = []
        self.masked = False

    async def push(self, units: list[Unit], *, final: bool) -> tuple[bytes, Verdict | None]:
        """Queue `units`, release what is safe: (bytes to send, the verdict if blocked)."""
        for unit in units:
            self.units.append(unit)
            if unit.text:
                self.held += unit.text
        cut = self._cut(final)
        if cut == 0 and not final:
            return self._release(0, ""), None
        window = self.context + self.held
        verdict = await self.checker.check(window, self.subject, stateful=False, emit=False)
        base = len(self.context)
        if verdict.action is Action.BLOCK:
            pending = self._pending_ask(verdict, len(window), final)
            if pending is None:
                blocked = self._summary(verdict, Action.BLOCK, base)
                await self.checker.emit_verdict(blocked, self.subject)
                return b"", blocked
            # "el número de la tarjeta: " may be an ask, or the words before a value the
            # next chunk brings: hold it, release what comes before it.
            cut = min(cut, max(pending - base, 0))
        cut = self._settle(cut, verdict.findings, base, final)
        region = self.held[:cut]
        to_mask = self._to_mask(verdict, base, cut)
        masked = self.checker.guard.engine.redact(region, to_mask) if to_mask else region
        self.findings.extend(
            replace(f, start=f.start + self.offset, end=f.end + self.offset) for f in to_mask
        )
        self.masked = self.masked or bool(to_mask)
        out = self._release(cut, masked)
        self.context = (self.context + region)[-self.hold_back :]
        self.offset += cut
        if final:
            action = Action.MASK if self.masked else Action.ALLOW
            await self.checker.emit_verdict(
                Verdict(self.subject.id, action, None, tuple(self.findings)), self.subject
            )
        return out, None

    def _pending_ask(self, verdict: Verdict, window: int, final: bool) -> int | None:
        """Where an undecided ask starts: one that ends within the hold-back of the
        window's end while more text may come (None: the block stands)."""
        if final or not verdict.violations:
            return None
        policy = self.checker.guard.engine.rules.policy
        if any(
            policy.action_for(self.subject.role, f.type) is Action.BLOCK for f in verdict.findings
        ):
            return None
        if any(v.end < window - self.hold_back for v in verdict.violations):
            return None
        return min(v.start for v in verdict.violations)

    def _cut(self, final: bool) -> int:
        """How much of the held text may go now."""
        held = self.held
        if final:
            return len(held)
        if not held or held[-1].isspace():
            cut = len(held)
        else:
            last = _LAST_SPACE.search(held)
            cut = last.end() if last else 0
        limit = len(held) - self.hold_back
        for run in _NUMBER_RUN.finditer(held):
            if run.end() > limit:
                cut = min(cut, run.start())
                break
        return max(cut, len(held) - self.max_hold)

    def _settle(self, cut: int, findings: tuple[Finding, ...], base: int, final: bool) -> int:
        """Never cut through a secret: send it whole when it is complete, else hold it
        (within `max_hold`: past that the part before the cut goes, masked)."""
        held = len(self.held)
        for finding in findings:
            start, end = finding.start - base, finding.end - base
            if start < cut < end:
                cut = end if final or end < held else max(start, 0)
        return max(cut, held - self.max_hold)

    def _to_mask(self, verdict: Verdict, base: int, cut: int) -> list[Finding]:
        if verdict.action is Action.ALLOW:
            return []
        policy = self.checker.guard.engine.rules.policy
        found = []
        for finding in verdict.findings:
            start, end = max(finding.start - base, 0), min(finding.end - base, cut)
            if start < end and policy.action_for(self.subject.role, finding.type) is Action.MASK:
                found.append(replace(finding, start=start, end=end))
        return found

    def _summary(self, verdict: Verdict, action: Action, base: int) -> Verdict:
        shift = self.offset - base
        violations = tuple(
            Violation(v.requested, v.start + shift, v.end + shift, v.rule)
            for v in verdict.violations
        )
        findings = [replace(f, start=f.start + shift, end=f.end + shift) for f in verdict.findings]
        return Verdict(self.subject.id, action, None, tuple(findings), violations)

    def _release(self, cut: int, text: str) -> bytes:
        """Send the units before `cut`; the released text goes in the first of them."""
        out: list[bytes] = []
        consumed = 0
        placed = False
        while self.units:
            unit = self.units[0]
            if unit.text is None:
                out.append(unit.render(""))
                self.units.popleft()
                continue
            if consumed >= cut and unit.text:
                break
            take = min(len(unit.text), cut - consumed)
            piece = "" if placed else text
            placed = placed or bool(piece)
            if piece or not unit.drop_when_empty:
                out.append(unit.render(piece))
            if take == len(unit.text):
                self.units.popleft()
            else:
                unit.text = unit.text[take:]
            consumed += take
        self.held = self.held[cut:]
        return b"".join(out)


class TextSplitter:
    """Chunked text: every chunk is a unit."""

    def __init__(self, charset: str = "utf-8") -> None:
        self._decoder = codecs.getincrementaldecoder(charset)(errors="replace")
        self._charset = charset

    def feed(self, data: bytes, *, final: bool) -> list[Unit]:
        text = self._decoder.decode(data, final)
        if not text:
            return []
        charset = self._charset
        return [Unit(text, lambda t: t.encode(charset, errors="replace"))]

    def blocked(self, types: list[str]) -> bytes:
        return b""


class EventSplitter:
    """Server-sent events: every complete event is a unit (text: its data, or the string
    at `paths` in its JSON data)."""

    def __init__(self, paths: tuple[FieldPath, ...]) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._paths = paths
        self._pending = ""

    def feed(self, data: bytes, *, final: bool) -> list[Unit]:
        text = self._pending + self._decoder.decode(data, final)
        # A lone '\r' at the end may be the first half of '\r\n'.
        keep = "\r" if text.endswith("\r") and not final else ""
        text = text[: len(text) - len(keep)].replace("\r\n", "\n").replace("\r", "\n")
        *events, rest = text.split("\n\n")
        self._pending = rest + keep
        if final and self._pending:
            events.append(self._pending)
            self._pending = ""
        return [self._unit(event) for event in events]

    def _unit(self, event: str) -> Unit:
        lines = event.split("\n")
        data_at = [i for i, line in enumerate(lines) if line.startswith("data:")]
        if not data_at:
            raw = (event + "\n\n").encode()
            return Unit(None, lambda _t: raw)
        values = [lines[i][5:].removeprefix(" ") for i in data_at]
        head = lines[: data_at[0]]
        tail = [line for line in lines[data_at[0] :] if not line.startswith("data:")]

        def write(data: str) -> bytes:
            body = [f"data: {line}" for line in data.split("\n")]
            return ("\n".join([*head, *body, *tail]) + "\n\n").encode()

        data = "\n".join(values)
        if not self._paths:
            return Unit(data, write)
        try:
            document: Any = json.loads(data)
        except (ValueError, RecursionError):
            return Unit(None, lambda _t: write(data))
        slots = collect_slots(self._paths, document)
        if not slots:
            return Unit(None, lambda _t: write(data))
        slot = slots[0]

        def write_json(text: str) -> bytes:
            slot.replace(text)
            return write(json.dumps(document, ensure_ascii=False))

        return Unit(slot.text, write_json, drop_when_empty=False)

    def blocked(self, types: list[str]) -> bytes:
        payload = json.dumps({"error": "blocked", "types": types})
        return f"event: guard\ndata: {payload}\n\n".encode()
