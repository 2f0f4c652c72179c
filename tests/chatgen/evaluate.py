"""Detection quality of the engine on a generated corpus: recall per type, clean messages
touched, masks that leak hidden digits; and the misses, grouped by template.

    python -m tests.chatgen.evaluate [--seed 11] [--size 4000] [--show 3] [--type PIN]
    python -m tests.chatgen.evaluate --holdout      (phrasings never used for tuning)
    python -m tests.chatgen.evaluate --fresh        (phrasings written blind, 2026-11-27)

Every message is synthetic, so the report prints them in full.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from guard import Engine, Finding, Message, Role, Verdict
from tests.chatgen.messages import TYPES, Sample, Secret, corpus

#: The issue's bar.
MIN_RECALL = 0.98
MAX_CLEAN_TOUCHED = 0.01


@dataclass(frozen=True)
class Miss:
    sample: Sample
    secret: Secret
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class Leak:
    sample: Sample
    secret: Secret
    shown: str  # what the masked text shows where the secret was


@dataclass
class Evaluation:
    found: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    misses: list[Miss] = field(default_factory=list)
    clean: int = 0
    touched: list[tuple[Sample, tuple[Finding, ...]]] = field(default_factory=list)
    leaks: list[Leak] = field(default_factory=list)
    #: findings in messages with secrets that sit on no secret
    stray: list[tuple[Sample, Finding]] = field(default_factory=list)

    def recall(self, secret_type: str) -> float:
        total = self.total[secret_type]
        return self.found[secret_type] / total if total else 1.0

    @property
    def touched_rate(self) -> float:
        return len(self.touched) / self.clean if self.clean else 0.0

    @property
    def passed(self) -> bool:
        return (
            all(self.recall(t) >= MIN_RECALL for t in TYPES)
            and self.touched_rate < MAX_CLEAN_TOUCHED
            and not self.leaks
        )


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _output_span(
    engine: Engine, text: str, masked: str, findings: Sequence[Finding], start: int, end: int
) -> tuple[int, int] | None:
    """Where [start, end) of `text` landed in `masked`, from each finding's masking style
    (a `replace` style changes the length; `keep_last` keeps it). None if that does not
    account for the masked text's length (an unknown operator)."""
    styles = engine.rules.policy.masking.types
    edits: list[tuple[int, int, int]] = []  # (start, end, new length)
    for finding in sorted(findings, key=lambda f: f.start):
        replace = styles[finding.type].replace
        size = len(replace) if replace is not None else finding.end - finding.start
        edits.append((finding.start, finding.end, size))
    if len(text) + sum(size - (e - s) for s, e, size in edits) != len(masked):
        return None

    def where(position: int, *, closing: bool) -> int:
        shift = 0
        for s, e, size in edits:
            if e <= position and not (closing and e == position and s == position):
                shift += size - (e - s)
            elif s < position < e and size != e - s:
                return s + shift + (size if closing else 0)  # inside a resized mask
        return position + shift

    return where(start, closing=False), where(end, closing=True)


def _leaks(engine: Engine, sample: Sample, verdict: Verdict) -> list[Leak]:
    """Secrets that a finding touched but whose hidden characters still show."""
    if verdict.text is None or verdict.text == sample.text:
        return []
    leaks: list[Leak] = []
    for secret in sample.secrets:
        touching = [
            f for f in verdict.findings if _overlaps(f.start, f.end, secret.start, secret.end)
        ]
        if not touching:
            continue  # a miss, counted by recall
        span = _output_span(
            engine, sample.text, verdict.text, verdict.findings, secret.start, secret.end
        )
        if span is None:
            leaks.append(Leak(sample, secret, "<masked text length not explained by the policy>"))
            continue
        shown = verdict.text[span[0] : span[1]]
        if secret.type == "PASSWORD":
            leaked = any(ch.isalnum() for ch in shown)
        else:
            # Only the last `keep_last` digits of the secret may still show.
            visible = _digits(shown)
            leaked = len(visible) > secret.keep_last or not _digits(secret.value).endswith(visible)
        if leaked:
            leaks.append(Leak(sample, secret, shown))
    return leaks


def evaluate(engine: Engine, samples: Sequence[Sample]) -> Evaluation:
    result = Evaluation()
    for index, sample in enumerate(samples):
        role = Role.AGENT if sample.family == "agent" else Role.CUSTOMER
        verdict, _ = engine.inspect(Message(f"m{index}", sample.text, role))
        findings = verdict.findings
        if sample.is_clean:
            result.clean += 1
            if findings:
                result.touched.append((sample, findings))
            continue
        for secret in sample.secrets:
            result.total[secret.type] += 1
            if any(
                f.type.value == secret.type and _overlaps(f.start, f.end, secret.start, secret.end)
                for f in findings
            ):
                result.found[secret.type] += 1
            else:
                result.misses.append(Miss(sample, secret, findings))
        for finding in findings:
            if not any(
                _overlaps(finding.start, finding.end, s.start, s.end) for s in sample.secrets
            ):
                result.stray.append((sample, finding))
        result.leaks.extend(_leaks(engine, sample, verdict))
    return result


# ── the report ──────────────────────────────────────────────────────────────────────────


def marked(text: str, spans: Sequence[tuple[int, int, str]]) -> str:
    """`text` with each span wrapped as «value|LABEL» (synthetic data only)."""
    out, position = [], 0
    for start, end, label in sorted(spans):
        if start < position:
            continue
        out.append(text[position:start] + f"«{text[start:end]}|{label}»")
        position = end
    out.append(text[position:])
    return repr("".join(out))


def _found(findings: Sequence[Finding]) -> str:
    return ", ".join(f"{f.type.value}@{f.start}:{f.end}" for f in findings) or "nothing"


def _grouped(items: Sequence[tuple[str, str]], show: int) -> list[str]:
    groups: dict[str, list[str]] = defaultdict(list)
    for key, line in items:
        groups[key].append(line)
    lines: list[str] = []
    for key, examples in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        lines.append(f"  {len(examples):4d} × {key!r}")
        lines.extend(f"         {example}" for example in examples[:show])
    return lines


def render_report(result: Evaluation, show: int = 3, only: str | None = None) -> str:
    lines = ["| type | found | total | recall |", "| --- | ---: | ---: | ---: |"]
    for secret_type in TYPES:
        lines.append(
            f"| {secret_type} | {result.found[secret_type]} | {result.total[secret_type]} "
            f"| {result.recall(secret_type):.2%} |"
        )
    lines.append(
        f"\nclean messages touched: {len(result.touched)}/{result.clean} "
        f"= {result.touched_rate:.2%} (bar < {MAX_CLEAN_TOUCHED:.0%})"
    )
    lines.append(f"masks that leak hidden characters: {len(result.leaks)}")
    lines.append(f"stray findings in messages with secrets: {len(result.stray)}")
    misses = [
        (
            f"{m.secret.type} in [{m.sample.family}] {m.sample.template}",
            f"{marked(m.sample.text, [(m.secret.start, m.secret.end, m.secret.type)])}"
            f"  found: {_found(m.findings)}",
        )
        for m in result.misses
        if only is None or m.secret.type == only
    ]
    if misses:
        lines += ["", "MISSES (secret type, family, template):", *_grouped(misses, show)]
    touched = [
        (
            f"[{sample.family}] {sample.template}",
            marked(sample.text, [(f.start, f.end, f.type.value) for f in findings]),
        )
        for sample, findings in result.touched
        if only is None or any(f.type.value == only for f in findings)
    ]
    if touched:
        lines += ["", "CLEAN MESSAGES TOUCHED (family, template):", *_grouped(touched, show)]
    leaks = [
        (f"{leak.secret.type} [{leak.sample.family}] {leak.sample.template}",
         f"{leak.sample.text!r} -> shows {leak.shown!r}")
        for leak in result.leaks
    ]  # fmt: skip
    if leaks:
        lines += ["", "LEAKY MASKS:", *_grouped(leaks, show)]
    stray = [
        (f"{finding.type.value} in [{sample.family}] {sample.template}",
         marked(sample.text, [(finding.start, finding.end, finding.type.value)]))
        for sample, finding in result.stray
        if only is None or finding.type.value == only
    ]  # fmt: skip
    if stray:
        lines += ["", "STRAY FINDINGS BESIDE SECRETS:", *_grouped(stray, show)]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--size", type=int, default=4000)
    parser.add_argument("--show", type=int, default=3, help="examples per group")
    parser.add_argument("--type", dest="only", choices=TYPES, help="report only this type")
    parser.add_argument(
        "--holdout",
        action="store_true",
        help="held-out phrasings (tests/chatgen/holdout.py): a measure, never tuning data",
    )
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="fresh phrasings written blind (tests/chatgen/holdout_fresh.py): a measure only",
    )
    args = parser.parse_args(argv)
    if args.holdout and args.fresh:
        parser.error("--holdout and --fresh measure different sets: pick one")
    if args.fresh:
        from tests.chatgen.holdout_fresh import holdout_corpus as fresh_corpus

        samples = fresh_corpus(args.seed, args.size)
    elif args.holdout:
        from tests.chatgen.holdout import holdout_corpus

        samples = holdout_corpus(args.seed, args.size)
    else:
        samples = corpus(args.seed, args.size)
    result = evaluate(Engine(), samples)
    kind = "fresh phrasings, " if args.fresh else "held-out phrasings, " if args.holdout else ""
    print(f"{kind}seed {args.seed}, {args.size} messages")
    print(render_report(result, args.show, args.only))
    return 0 if result.passed else 1


if __name__ == "__main__":
    sys.exit(main())
